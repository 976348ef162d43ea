//! The end of a session: what was done, then back to the library.

use iced::widget::{Column, button, center, column, container, row, scrollable, text};
use iced::{Alignment, Element, Length};

use super::player::Outcome;
use crate::routine::clock;
use crate::ui::theme;
use crate::ui::widgets::hint;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Message {
    Done,
}

pub struct Finish {
    pub outcome: Outcome,
}

impl Finish {
    pub fn view(&self) -> Element<'_, Message> {
        let s = &self.outcome.summary;
        let title = if s.finished {
            "Well done"
        } else {
            "Session stopped"
        };
        let subtitle = if s.finished {
            format!("You finished {}.", self.outcome.routine_name)
        } else {
            format!("{}: saved as a partial session.", self.outcome.routine_name)
        };
        let stat = |value: String, label: &'static str| {
            column![
                text(value).size(44).font(theme::BOLD),
                text(label).size(17).style(theme::muted_text),
            ]
            .align_x(Alignment::Center)
            .width(180)
        };
        let stats = row![
            stat(clock(s.active), "active time"),
            stat(s.done().to_string(), "moves done"),
            stat(s.skipped().to_string(), "skipped"),
        ]
        .spacing(24);
        let moves =
            Column::with_children(s.moves.iter().filter(|m| m.reached || s.finished).map(|m| {
                let (mark, style): (&str, fn(&iced::Theme) -> text::Style) = if m.done {
                    ("✓", theme::accent_text)
                } else {
                    ("skipped", theme::muted_text)
                };
                row![
                    text(m.name.as_str()).size(19).width(Length::Fill),
                    text(clock(m.spent)).size(19).style(theme::muted_text),
                    text(mark).size(19).width(90).style(style),
                ]
                .spacing(16)
                .into()
            }))
            .spacing(8);
        let card = container(scrollable(moves).height(Length::Shrink))
            .padding(20)
            .max_width(640)
            .style(theme::card);
        center(
            column![
                text(title).size(52).font(theme::BOLD),
                text(subtitle).size(22).style(theme::muted_text),
                stats,
                card,
                button(
                    container(hint::labelled("Back to the library", "Enter", 22.0))
                        .padding([12, 26])
                )
                .style(theme::primary_button)
                .on_press(Message::Done),
            ]
            .spacing(26)
            .align_x(Alignment::Center),
        )
        .padding(24)
        .into()
    }
}
