//! What the app does when file work it started has finished: mostly, say
//! how it went on the screen that asked for it.

use std::path::PathBuf;
use std::sync::Arc;

use iced::Task;

use super::{App, Message, Screen};
use crate::files::FileError;
use crate::history::HistoryError;
use crate::pack::{Contents, PackError};
use crate::tr;
use crate::ui::dialog::Choice;
use crate::ui::screens::editor::{self, Editor};

/// File work that finished, with how it went.
#[derive(Clone, Debug)]
pub enum Done {
    /// The session's record was written (or not) to the history.
    Recorded(Result<(), HistoryError>),
    /// An update of a record (pain, note) was written, after leaving the
    /// finish screen.
    Updated(Result<(), HistoryError>),
    /// A step-up decision was stored.
    SteppedUp(Result<(), FileError>),
    /// The editor's routine was written to this file.
    EditorSaved(Result<PathBuf, FileError>),
    /// The person's version of a bundled routine was put aside (here).
    EditorReset(Result<PathBuf, FileError>),
    /// The settings were written; `Some(path)`: the old file, which had
    /// mistakes, was kept there first.
    SettingsSaved(Result<Option<PathBuf>, FileError>),
    /// The safety page was remembered as read.
    SafetyRemembered(Result<(), FileError>),
    /// A folder or file was opened with the system's opener.
    Opened(Result<(), FileError>),
    /// Reminders were paused or resumed.
    Paused(Result<(), FileError>),
    /// The login entry was added or removed.
    Autostart(Result<(), crate::desktop::autostart::AutostartError>),
    /// Import, export, pictures and printing (see `sharing`).
    Shared(Shared),
}

/// What a file dialog was asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Chose {
    Import,
    /// Where to write the pack of routine `id`.
    Export(String),
    Pictures,
}

/// File work for sharing that finished, with how it went.
#[derive(Clone, Debug)]
pub enum Shared {
    Chose(Chose, Choice),
    Checked(PathBuf, Result<Arc<Contents>, PackError>),
    /// Installed: the routine's name and file.
    Installed(Result<(String, PathBuf), PackError>),
    Exported(Result<PathBuf, PackError>),
    Printed(Result<PathBuf, crate::print::PrintError>),
    /// Pictures copied in for the editor's move: their names.
    Adopted(Result<Vec<String>, crate::pictures::AdoptError>),
    /// Pictures were copied for the routine being edited (this many).
    Copied(Result<usize, FileError>),
}

impl App {
    pub(super) fn done(&mut self, done: Done) -> Task<Message> {
        match done {
            Done::Recorded(result) => {
                if let Screen::Finish(f) = &mut self.screen {
                    f.set_saved(result);
                } else if let Err(e) = result {
                    self.notices
                        .push(tr!("app-save-session-failed", error = e.to_string()));
                }
                Task::none()
            }
            Done::Updated(result) => self.notice_if_failed(result, tr!("app-save-pain-failed")),
            Done::SteppedUp(result) => {
                self.notice_if_failed(result, tr!("app-save-step-up-failed"))
            }
            Done::SettingsSaved(result) => {
                match result {
                    Ok(Some(backup)) => self.notices.push(tr!(
                        "app-settings-backup",
                        file = backup.display().to_string()
                    )),
                    Ok(None) => {}
                    Err(e) => self
                        .notices
                        .push(tr!("app-save-settings-failed", error = e.to_string())),
                }
                Task::none()
            }
            Done::SafetyRemembered(result) => {
                self.notice_if_failed(result, tr!("app-save-safety-failed"))
            }
            Done::Opened(result) => {
                if let Err(e) = result {
                    self.notices.push(tr!(
                        "app-open-failed",
                        file = e.path.display().to_string(),
                        error = e.reason.to_string()
                    ));
                }
                Task::none()
            }
            Done::Paused(result) => self.notice_if_failed(result, tr!("app-pause-failed")),
            Done::Autostart(result) => self.notice_if_failed(result, tr!("app-autostart-failed")),
            Done::EditorSaved(result) => {
                if let Screen::Editor(e) = &mut self.screen {
                    match result {
                        Ok(_) => e.saved(),
                        Err(err) => {
                            e.status = Some(tr!("app-editor-save-failed", error = err.to_string()))
                        }
                    }
                }
                self.handle(Message::RoutinesChanged)
            }
            Done::EditorReset(result) => {
                self.editor_reset(result);
                self.handle(Message::RoutinesChanged)
            }
            Done::Shared(shared) => self.shared(shared),
        }
    }

    fn notice_if_failed<E: std::fmt::Display>(
        &mut self,
        result: Result<(), E>,
        what: String,
    ) -> Task<Message> {
        if let Err(e) = result {
            self.notices.push(tr!(
                "app-failed-because",
                what = what,
                error = e.to_string()
            ));
        }
        Task::none()
    }

    /// Back to the bundled routine, in the editor.
    fn editor_reset(&mut self, result: Result<PathBuf, FileError>) {
        let Screen::Editor(e) = &mut self.screen else {
            return;
        };
        if let Err(err) = result {
            e.status = Some(tr!("app-editor-reset-failed", error = err.to_string()));
            return;
        }
        let id = e.id.clone();
        if let Some(r) = crate::library::bundled(&id) {
            let file = crate::library::own_file(&self.paths.routines(), &id);
            let mut fresh = Editor::new(
                id,
                editor::Origin::Bundled,
                &r,
                editor::known_moves(&self.entries),
                false,
            )
            .with_file(file);
            fresh.status = Some(tr!("app-editor-reset-done"));
            self.screen = Screen::Editor(Box::new(fresh));
        }
    }
}
