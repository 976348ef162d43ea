//! The end of a session: what was done, an optional pain rating and note,
//! then back to the library.
//!
//! The session is saved to the history the moment it ends (before this
//! screen can be closed or the app can crash); a rating or note given here
//! is saved as an update of the same record when leaving.

use iced::widget::{Column, button, center, column, container, row, scrollable, text, text_input};
use iced::{Alignment, Element, Length};

use crate::conductor::Outcome;
use crate::history::{HistoryError, Pain, Record};
use crate::routine::clock;
use crate::tr;
use crate::ui::keys::Key;
use crate::ui::theme;
use crate::ui::widgets::{hint, pain};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Message {
    Done,
    Pain(u8),
    Note(String),
}

/// What became of the record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Saved {
    /// Too little happened to be worth keeping (nothing was started).
    NotKept,
    Saving,
    Saved,
    Failed(HistoryError),
}

/// What the app should do after an update.
#[derive(Debug, PartialEq)]
pub enum Action {
    None,
    /// Back to the library, saving this update of the record first (the
    /// rating or note given here), if there is one.
    Done(Option<Record>),
}

pub struct Finish {
    pub outcome: Outcome,
    /// The record as first saved (to update with pain and note).
    pub record: Option<Record>,
    pub saved: Saved,
    ask_pain: bool,
    pain_after: Option<u8>,
    note: String,
}

impl Finish {
    pub fn new(outcome: Outcome, record: Option<Record>, ask_pain: bool) -> Finish {
        Finish {
            saved: if record.is_some() {
                Saved::Saving
            } else {
                Saved::NotKept
            },
            outcome,
            record,
            ask_pain,
            pain_after: None,
            note: String::new(),
        }
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Pain(n) => {
                self.pain_after = (self.pain_after != Some(n)).then_some(n.min(10));
            }
            Message::Note(text) => self.note = text.chars().take(500).collect(),
            Message::Done => return Action::Done(self.amended()),
        }
        Action::None
    }

    /// The record was saved (or not), as the app heard back.
    pub fn set_saved(&mut self, result: Result<(), HistoryError>) {
        self.saved = match result {
            Ok(()) => Saved::Saved,
            Err(e) => Saved::Failed(e),
        };
    }

    /// The record with what was added here, if anything was.
    pub fn amended(&self) -> Option<Record> {
        let record = self.record.as_ref()?;
        if self.pain_after.is_none() && self.note.trim().is_empty() {
            return None;
        }
        Some(
            record
                .clone()
                .with_pain(record.pain_before, self.pain_after.and_then(Pain::new))
                .with_note(&self.note),
        )
    }

    pub fn view(&self) -> Element<'_, Message> {
        let s = &self.outcome.summary;
        let title = if s.finished {
            tr!("finish-well-done")
        } else {
            tr!("finish-stopped")
        };
        let subtitle = if s.finished {
            tr!("finish-finished", name = self.outcome.routine.name.clone())
        } else {
            tr!("finish-part-way", name = self.outcome.routine.name.clone())
        };
        let stat = |value: String, label: String| {
            column![
                text(value).size(44).font(theme::BOLD),
                text(label).size(17).style(theme::muted_text),
            ]
            .align_x(Alignment::Center)
            .width(180)
        };
        let stats = row![
            stat(clock(s.active), tr!("finish-active-time")),
            stat(s.done().to_string(), tr!("finish-moves-done")),
            stat(s.skipped().to_string(), tr!("finish-skipped")),
        ]
        .spacing(24);
        let moves =
            Column::with_children(s.moves.iter().filter(|m| m.reached || s.finished).map(|m| {
                let (mark, style): (String, fn(&iced::Theme) -> text::Style) = if m.done {
                    (tr!("finish-mark-done"), theme::accent_text)
                } else {
                    (tr!("finish-mark-skipped"), theme::muted_text)
                };
                row![
                    text(m.name.as_str()).size(19).width(Length::Fill),
                    text(clock(m.spent)).size(19).style(theme::muted_text),
                    text(mark).size(19).style(style),
                ]
                .spacing(16)
                .into()
            }))
            .spacing(8);
        let card = container(scrollable(moves).height(Length::Shrink))
            .padding(20)
            .max_width(640)
            .style(theme::card);
        let saved = match &self.saved {
            Saved::NotKept => text(tr!("finish-not-kept")).style(theme::muted_text),
            Saved::Saving => text(tr!("finish-saving")).style(theme::muted_text),
            Saved::Saved => text(tr!("finish-saved")).style(theme::accent_text),
            Saved::Failed(e) => {
                text(tr!("finish-save-failed", error = e.to_string())).style(theme::danger_text)
            }
        }
        .size(16);
        let mut page = column![
            text(title).size(52).font(theme::BOLD),
            text(subtitle).size(22).style(theme::muted_text),
            stats,
            card,
        ]
        .spacing(22)
        .align_x(Alignment::Center);
        if self.record.is_some() {
            if self.ask_pain {
                page = page.push(pain::rating(
                    tr!("pain-question-after"),
                    self.pain_after,
                    Message::Pain,
                ));
            }
            page = page.push(
                text_input(&tr!("finish-note-placeholder"), &self.note)
                    .on_input(Message::Note)
                    .on_submit(Message::Done)
                    .size(17)
                    .padding(10)
                    .width(560),
            );
        }
        page = page.push(saved).push(
            button(
                container(hint::labelled(tr!("finish-back-library"), "Enter", 22.0))
                    .padding([12, 26]),
            )
            .style(theme::primary_button)
            .on_press(Message::Done),
        );
        center(page).padding(24).into()
    }
}

pub fn key(key: Key) -> Option<Message> {
    use Message as M;
    match key {
        Key::Enter | Key::Escape => Some(M::Done),
        Key::Char(c) => c.to_digit(10).map(|d| M::Pain(d as u8)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finish_returns_with_enter_and_digits_rate_pain() {
        assert_eq!(key(Key::Enter), Some(Message::Done));
        assert_eq!(key(Key::Char('3')), Some(Message::Pain(3)));
        assert_eq!(key(Key::Char('x')), None);
    }
}
