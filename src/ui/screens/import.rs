//! Importing a routine: the file chosen (in the Open dialog, dropped on the
//! window, or double-clicked), what it holds once checked, and whether to
//! add it, replace a routine with the same id, or keep both. A broken file
//! is shown with its `file:line:col` and nothing is copied.

use std::path::PathBuf;
use std::sync::Arc;

use iced::widget::{Column, Row, Space, button, column, container, row, text, text_input};
use iced::{Alignment, Element, Length};

use crate::pack::{Contents, Install, PackError};
use crate::routine::{Plan, clock};
use crate::tr;
use crate::ui::keys::Key;
use crate::ui::widgets::hint;
use crate::ui::{art, theme};

#[derive(Clone, Debug, PartialEq)]
pub enum Message {
    /// Show the Open dialog.
    Browse,
    /// A path typed by hand (when there is no dialog).
    PathTyped(String),
    OpenTyped,
    /// Add it (under its own id, or, when taken, as `free_id`).
    Import,
    /// Replace the routine with the same id.
    Replace,
    Close,
}

#[derive(Debug, PartialEq)]
pub enum Action {
    None,
    Browse,
    /// Read and check this file.
    Check(PathBuf),
    /// Install what was checked.
    Install(Install),
    Close,
}

pub enum State {
    /// Waiting for a file (the dialog is up, or there is none).
    Choosing {
        dialog: Option<String>,
    },
    Checking(PathBuf),
    /// Checked: `taken` when a routine with its id exists (`free` is a
    /// free id to keep both).
    Ready {
        file: PathBuf,
        contents: Arc<Contents>,
        taken: bool,
        free: String,
    },
    Refused {
        file: PathBuf,
        why: PackError,
    },
    Installing,
    Done {
        name: String,
        path: PathBuf,
    },
    Failed(PackError),
}

pub struct Import {
    pub state: State,
    typed: String,
}

impl Import {
    pub fn new(state: State) -> Import {
        Import {
            state,
            typed: String::new(),
        }
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Browse => Action::Browse,
            Message::PathTyped(t) => {
                self.typed = t;
                Action::None
            }
            Message::OpenTyped if !self.typed.trim().is_empty() => {
                Action::Check(PathBuf::from(self.typed.trim()))
            }
            Message::OpenTyped => Action::None,
            Message::Import => match &self.state {
                State::Ready { taken: false, .. } => Action::Install(Install::New),
                State::Ready {
                    taken: true, free, ..
                } => Action::Install(Install::As(free.clone())),
                _ => Action::None,
            },
            Message::Replace => match &self.state {
                State::Ready { taken: true, .. } => Action::Install(Install::Replace),
                _ => Action::None,
            },
            Message::Close => Action::Close,
        }
    }

    /// Layout changes, for the app's redraw key.
    pub fn layout_key(&self) -> u64 {
        match &self.state {
            State::Choosing { dialog } => 1 + u64::from(dialog.is_some()),
            State::Checking(_) => 3,
            State::Ready { taken, .. } => 4 + u64::from(*taken),
            State::Refused { .. } => 6,
            State::Installing => 7,
            State::Done { .. } => 8,
            State::Failed(_) => 9,
        }
    }

    pub fn view(&self) -> Element<'_, Message> {
        let button_with = |label: String, key: &'static str, m: Message, primary: bool| {
            button(hint::labelled(label, key, 16.0))
                .padding([10, 16])
                .style(if primary {
                    theme::primary_button
                } else {
                    theme::control_button
                })
                .on_press(m)
        };
        let close = button_with(tr!("import-close"), "Esc", Message::Close, false);
        let body: Element<'_, Message> = match &self.state {
            State::Choosing { dialog } => self.choosing(dialog.as_deref()),
            State::Checking(file) => {
                text(tr!("import-checking", file = file.display().to_string()))
                    .size(18)
                    .into()
            }
            State::Ready {
                file,
                contents,
                taken,
                free,
            } => {
                let mut buttons = Row::new().spacing(10);
                if *taken {
                    buttons = buttons
                        .push(button_with(
                            tr!("import-keep-both"),
                            "Enter",
                            Message::Import,
                            true,
                        ))
                        .push(button_with(
                            tr!("import-replace"),
                            "R",
                            Message::Replace,
                            false,
                        ));
                } else {
                    buttons = buttons.push(button_with(
                        tr!("import-add"),
                        "Enter",
                        Message::Import,
                        true,
                    ));
                }
                let note = if *taken {
                    tr!("import-taken", id = contents.id.as_str(), free = free)
                } else {
                    tr!("import-will-add", id = contents.id.as_str())
                };
                column![
                    summary(file, contents),
                    text(note).size(16),
                    row![buttons, close].spacing(10),
                ]
                .spacing(18)
                .into()
            }
            State::Refused { file, why } => column![
                text(tr!("import-refused", file = file.display().to_string()))
                    .size(20)
                    .font(theme::BOLD)
                    .style(theme::danger_text),
                text(tr!("import-refused-why")).size(16),
                container(text(why.to_string()).size(14).font(iced::Font::MONOSPACE))
                    .padding(12)
                    .width(Length::Fill)
                    .style(theme::error_card),
                row![
                    button_with(tr!("import-choose-another"), "O", Message::Browse, false),
                    close
                ]
                .spacing(10),
            ]
            .spacing(14)
            .into(),
            State::Installing => text(tr!("import-importing")).size(18).into(),
            State::Done { name, path } => column![
                text(tr!("import-done", name = name))
                    .size(20)
                    .font(theme::BOLD),
                text(tr!("import-saved-as", path = path.display().to_string()))
                    .size(15)
                    .style(theme::muted_text),
                button_with(tr!("import-back"), "Esc", Message::Close, true),
            ]
            .spacing(14)
            .into(),
            State::Failed(why) => column![
                text(tr!("import-failed"))
                    .size(20)
                    .font(theme::BOLD)
                    .style(theme::danger_text),
                text(why.to_string()).size(15),
                close,
            ]
            .spacing(14)
            .into(),
        };
        let page = column![
            text(tr!("import-title")).size(34).font(theme::BOLD),
            text(tr!("import-subtitle"))
                .size(17)
                .style(theme::muted_text),
            Space::new().height(8),
            body,
        ]
        .spacing(6)
        .max_width(900);
        container(page).padding(28).into()
    }

    fn choosing(&self, dialog: Option<&str>) -> Element<'_, Message> {
        let mut col = Column::new().spacing(12);
        col = col.push(match dialog {
            None => text(tr!("import-choose")).size(17),
            Some(_) => text(tr!("import-no-dialog")).size(17),
        });
        col = col.push(
            row![
                text_input(&tr!("import-path-hint"), &self.typed)
                    .on_input(Message::PathTyped)
                    .on_submit(Message::OpenTyped)
                    .size(16)
                    .padding(8),
                button(text(tr!("import-open")).size(16))
                    .padding([8, 16])
                    .style(theme::primary_button)
                    .on_press(Message::OpenTyped),
            ]
            .spacing(10)
            .align_y(Alignment::Center),
        );
        col.push(
            row![
                button(hint::labelled(tr!("import-choose-file"), "O", 16.0))
                    .padding([10, 16])
                    .style(theme::control_button)
                    .on_press(Message::Browse),
                button(hint::labelled(tr!("import-close"), "Esc", 16.0))
                    .padding([10, 16])
                    .style(theme::control_button)
                    .on_press(Message::Close),
            ]
            .spacing(10),
        )
        .into()
    }
}

/// What the file holds: name, length, moves with their pictures.
fn summary<'a>(file: &'a std::path::Path, c: &'a Contents) -> Element<'a, Message> {
    let r = &c.routine;
    let pictures = Row::with_children(
        r.moves()
            .take(6)
            .map(|m| art::view(r.file.as_deref(), Some(m), art::Pose::default(), 96, 72)),
    )
    .spacing(8);
    container(
        column![
            text(r.name.as_str()).size(26).font(theme::BOLD),
            text(tr!(
                "import-summary",
                length = clock(Plan::estimate(r)),
                moves = r.move_count(),
                pictures = c.pictures.len(),
                file = file.display().to_string()
            ))
            .size(15)
            .style(theme::accent_text),
            text(r.description.as_str())
                .size(15)
                .style(theme::muted_text),
            pictures,
        ]
        .spacing(8),
    )
    .padding(18)
    .width(Length::Fill)
    .style(theme::card)
    .into()
}

pub fn key(key: Key, state: &State) -> Option<Message> {
    match (key, state) {
        (Key::Escape, _) => Some(Message::Close),
        (Key::Enter, State::Ready { .. }) => Some(Message::Import),
        (Key::Enter, State::Done { .. }) => Some(Message::Close),
        (Key::Char('r'), State::Ready { taken: true, .. }) => Some(Message::Replace),
        (Key::Char('o'), State::Choosing { .. } | State::Refused { .. }) => Some(Message::Browse),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ready(taken: bool) -> Import {
        let dir = tempfile::tempdir().unwrap();
        let contents = crate::pack::gather("desk-break", dir.path()).unwrap();
        Import::new(State::Ready {
            file: "x.limber".into(),
            contents: Arc::new(contents),
            taken,
            free: "desk-break-2".into(),
        })
    }

    #[test]
    fn a_free_id_imports_and_a_taken_one_keeps_both_or_replaces() {
        assert_eq!(
            ready(false).update(Message::Import),
            Action::Install(Install::New)
        );
        assert_eq!(ready(false).update(Message::Replace), Action::None);
        assert_eq!(
            ready(true).update(Message::Import),
            Action::Install(Install::As("desk-break-2".into()))
        );
        assert_eq!(
            ready(true).update(Message::Replace),
            Action::Install(Install::Replace)
        );
    }

    #[test]
    fn keys_follow_the_state() {
        let r = ready(true);
        assert_eq!(key(Key::Char('r'), &r.state), Some(Message::Replace));
        assert_eq!(key(Key::Enter, &r.state), Some(Message::Import));
        assert_eq!(key(Key::Escape, &r.state), Some(Message::Close));
        let choosing = State::Choosing { dialog: None };
        assert_eq!(key(Key::Char('o'), &choosing), Some(Message::Browse));
        assert_eq!(key(Key::Char('r'), &choosing), None);
    }
}
