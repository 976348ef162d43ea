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

pub use crate::safety::{how_to, not_medical, red_flags, working};
use crate::tr;

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
        let bullets = |items: [String; 3]| {
            Column::with_children(items.into_iter().map(|item| {
                row![text("•").size(20), text(item).size(20)]
                    .spacing(12)
                    .into()
            }))
            .spacing(8)
        };
        let flags = container(
            column![
                text(tr!("safety-stop-if"))
                    .size(24)
                    .font(theme::BOLD)
                    .style(theme::danger_text),
                bullets(red_flags()),
            ]
            .spacing(12),
        )
        .padding(20)
        .width(Length::Fill)
        .style(theme::error_card);
        let page = column![
            text(if self.first_run {
                tr!("safety-welcome")
            } else {
                tr!("safety-title")
            })
            .size(40)
            .font(theme::BOLD),
            text(not_medical()).size(20),
            flags,
            column![
                text(tr!("safety-while")).size(24).font(theme::BOLD),
                bullets(how_to())
            ]
            .spacing(12),
            text(working()).size(18).style(theme::muted_text),
            if self.first_run {
                button(
                    container(hint::labelled(tr!("safety-understand"), "Enter", 20.0))
                        .padding([10, 22]),
                )
            } else {
                button(container(hint::labelled(tr!("back"), "Esc", 20.0)).padding([10, 22]))
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
