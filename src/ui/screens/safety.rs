//! Safety information: the red flags, how to stretch, and what Limber is
//! not. Reachable from the library at any time (S).

use iced::widget::{Column, button, column, container, row, scrollable, text};
use iced::{Element, Length};

use crate::ui::keys::Key;
use crate::ui::theme;
use crate::ui::widgets::hint;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Message {
    Close,
}

/// `first_run`: shown before anything else the first time Limber opens,
/// with a button to acknowledge it instead of "Back".
pub struct Safety {
    pub first_run: bool,
}

/// Stop and get medical care for any of these.
pub const RED_FLAGS: [&str; 3] = [
    "Severe pain, or pain that keeps getting worse",
    "Real weakness in a leg, such as a foot that drags or gives way",
    "Any change in bladder or bowel control",
];

pub const HOW_TO: [&str; 3] = [
    "Stretch to a mild stretch, never into pain.",
    "Move slowly and hold still: no bouncing, no forcing.",
    "If stretching leaves you in pain, skip strengthening that day. Limber asks before it starts.",
];

pub const NOT_MEDICAL: &str = "Limber guides exercise. It does not diagnose or treat any condition and does not replace a doctor or physiotherapist.";

pub const WORKING: &str = "Signs it is helping: less pain, longer gaps between flare-ups, better sleep, and sitting, standing and walking more comfortably. Expect changes over 3 to 5 sessions spread across several weeks.";

/// What the app should do after an update.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Back to the library; `first_run`: the page was read for the first
    /// time, which is remembered.
    Close { first_run: bool },
}

impl Safety {
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Close => Action::Close {
                first_run: self.first_run,
            },
        }
    }

    pub fn view(&self) -> Element<'_, Message> {
        let bullets = |items: &'static [&'static str]| {
            Column::with_children(items.iter().map(|item| {
                row![text("•").size(20), text(*item).size(20)]
                    .spacing(12)
                    .into()
            }))
            .spacing(8)
        };
        let flags = container(
            column![
                text("Stop and get medical care if you have")
                    .size(24)
                    .font(theme::BOLD)
                    .style(theme::danger_text),
                bullets(&RED_FLAGS),
            ]
            .spacing(12),
        )
        .padding(20)
        .width(Length::Fill)
        .style(theme::error_card);
        let page = column![
            text(if self.first_run {
                "Welcome to Limber"
            } else {
                "Exercise safely"
            })
            .size(40)
            .font(theme::BOLD),
            text(NOT_MEDICAL).size(20),
            flags,
            column![
                text("While you exercise").size(24).font(theme::BOLD),
                bullets(&HOW_TO)
            ]
            .spacing(12),
            text(WORKING).size(18).style(theme::muted_text),
            if self.first_run {
                button(
                    container(hint::labelled("I understand, let's start", "Enter", 20.0))
                        .padding([10, 22]),
                )
            } else {
                button(container(hint::labelled("Back", "Esc", 20.0)).padding([10, 22]))
            }
            .style(theme::primary_button)
            .on_press(Message::Close),
        ]
        .spacing(24)
        .max_width(860);
        container(scrollable(page))
            .padding(40)
            .center_x(Length::Fill)
            .into()
    }
}

pub fn key(key: Key) -> Option<Message> {
    match key {
        Key::Enter | Key::Escape | Key::Space => Some(Message::Close),
        _ => None,
    }
}
