//! What the app does when file work it started has finished: mostly, say
//! how it went on the screen that asked for it.

use std::path::PathBuf;
use std::sync::Arc;

use iced::Task;

use super::{App, Message, Screen};
use crate::files::FileError;
use crate::history::HistoryError;
use crate::pack::{Contents, PackError};
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
    Printed(Result<PathBuf, String>),
    /// Pictures copied in for the editor's move: their names.
    Adopted(Result<Vec<String>, String>),
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
                        .push(format!("Could not save the last session: {e}"));
                }
                Task::none()
            }
            Done::Updated(result) => {
                self.notice_if_failed(result, "Could not save the pain rating and note")
            }
            Done::SteppedUp(result) => self.notice_if_failed(result, "Could not save the step up"),
            Done::SettingsSaved(result) => {
                match result {
                    Ok(Some(backup)) => self.notices.push(format!(
                        "Your settings file had mistakes; the old file was kept as {}",
                        backup.display()
                    )),
                    Ok(None) => {}
                    Err(e) => self.notices.push(format!("Could not save settings: {e}")),
                }
                Task::none()
            }
            Done::SafetyRemembered(result) => {
                self.notice_if_failed(result, "Could not remember that the safety page was read")
            }
            Done::Opened(result) => {
                if let Err(e) = result {
                    self.notices
                        .push(format!("Could not open {}: {}", e.path.display(), e.reason));
                }
                Task::none()
            }
            Done::Paused(result) => self.notice_if_failed(result, "Could not pause reminders"),
            Done::Autostart(result) => {
                self.notice_if_failed(result, "Could not change how Limber starts at login")
            }
            Done::EditorSaved(result) => {
                if let Screen::Editor(e) = &mut self.screen {
                    match result {
                        Ok(_) => e.saved(),
                        Err(err) => e.status = Some(format!("Could not save: {err}")),
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
        what: &str,
    ) -> Task<Message> {
        if let Err(e) = result {
            self.notices.push(format!("{what}: {e}"));
        }
        Task::none()
    }

    /// Back to the bundled routine, in the editor.
    fn editor_reset(&mut self, result: Result<PathBuf, FileError>) {
        let Screen::Editor(e) = &mut self.screen else {
            return;
        };
        if let Err(err) = result {
            e.status = Some(format!("Could not reset: {err}"));
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
            fresh.status = Some(
                "Back to the original. Your version was kept as a hidden file in your routines folder."
                    .into(),
            );
            self.screen = Screen::Editor(Box::new(fresh));
        }
    }
}
