//! Import, export, pictures and printing: what those actions do, and what
//! happens when their file work (in `work`) or a file dialog comes back.

use std::path::PathBuf;
use std::sync::Arc;

use iced::Task;

use super::results::{Chose, Shared};
use super::{App, Message, Screen, work};
use crate::pack::{Contents, PackError};
use crate::routine::Routine;
use crate::tr;
use crate::ui::dialog::{self, Choice};
use crate::ui::screens::import::{self, Import, State};

impl App {
    /// Opens the import screen on `file` and checks it (after the safety
    /// page, when that is showing for the first time).
    pub fn import_file(&mut self, file: PathBuf) -> Task<Message> {
        if matches!(&self.screen, Screen::Safety(s) if s.first_run) {
            self.import_after_safety = Some(file);
            return Task::none();
        }
        self.screen = Screen::Import(Box::new(Import::new(State::Checking(file.clone()))));
        work::check_import(file)
    }

    /// Opens the import screen and the Open dialog.
    pub(super) fn browse_import(&mut self) -> Task<Message> {
        self.screen = Screen::Import(Box::new(Import::new(State::Choosing { dialog: None })));
        work::dialog(
            Some((tr!("dialog-import"), dialog::ROUTINES, false)),
            None,
            Chose::Import,
        )
    }

    /// A file dropped on the window: a picture for the move being edited,
    /// or a routine to import (not in the middle of a session).
    pub(super) fn dropped(&mut self, path: PathBuf) -> Task<Message> {
        let picture = crate::pictures::Kind::of(&path.to_string_lossy()).is_some();
        match &self.screen {
            Screen::Editor(e) if picture => match e.draft.file.clone() {
                Some(file) => work::adopt_pictures(file, vec![path]),
                None => Task::none(),
            },
            Screen::Player(p) if p.session().is_some() => Task::none(),
            _ if picture => Task::none(),
            _ => self.import_file(path),
        }
    }

    pub(super) fn on_import(&mut self, action: import::Action) -> Task<Message> {
        match action {
            import::Action::None => Task::none(),
            import::Action::Browse => work::dialog(
                Some((tr!("dialog-import"), dialog::ROUTINES, false)),
                None,
                Chose::Import,
            ),
            import::Action::Check(file) => self.import_file(file),
            import::Action::Install(how) => {
                let Screen::Import(i) = &mut self.screen else {
                    return Task::none();
                };
                let State::Ready { contents, .. } = &i.state else {
                    return Task::none();
                };
                let contents = contents.clone();
                i.state = State::Installing;
                let now = chrono::Local::now().naive_local();
                work::install(self.paths.routines(), contents, how, now)
            }
            import::Action::Close => {
                // Back in the library, the routine just imported is selected.
                if let Screen::Import(i) = &self.screen
                    && let State::Done { path, .. } = &i.state
                {
                    let id = crate::routine::id_of(path);
                    if let Some(at) = self.entries.iter().position(|e| e.id == id) {
                        self.library.selected = at;
                    }
                }
                self.screen = Screen::Library;
                Task::none()
            }
        }
    }

    /// Asks where to write the pack of routine `id`; without a dialog it
    /// goes into the documents folder.
    pub(super) fn export_routine(&mut self, id: String) -> Task<Message> {
        let name = format!("{id}.{}", crate::pack::EXTENSION);
        work::dialog(
            None,
            Some((tr!("dialog-export"), name, dialog::PACKS)),
            Chose::Export(id),
        )
    }

    pub(super) fn print_sheet(&mut self, routine: Routine) -> Task<Message> {
        let dir = self.exports();
        let show = self.export_dir.is_none();
        let Screen::Editor(e) = &mut self.screen else {
            return Task::none();
        };
        e.status = Some(tr!("sharing-writing-sheet"));
        let today = chrono::Local::now().date_naive();
        work::print_sheet(dir, e.id.clone(), routine, today, show)
    }

    pub(super) fn choose_pictures(&mut self) -> Task<Message> {
        work::dialog(
            Some((tr!("dialog-pictures"), dialog::PICTURES, true)),
            None,
            Chose::Pictures,
        )
    }

    /// Where files the person asked for go when no dialog says.
    fn exports(&self) -> PathBuf {
        self.export_dir
            .clone()
            .unwrap_or_else(|| self.paths.exports.clone())
    }

    fn editor_status(&mut self, status: String) {
        if let Screen::Editor(e) = &mut self.screen {
            e.status = Some(status);
        }
    }

    pub(super) fn shared(&mut self, shared: Shared) -> Task<Message> {
        match shared {
            Shared::Chose(what, choice) => self.chose(what, choice),
            Shared::Checked(file, result) => {
                self.checked(file, result);
                Task::none()
            }
            Shared::Installed(result) => {
                if let Screen::Import(i) = &mut self.screen {
                    i.state = match result {
                        Ok((name, path)) => State::Done { name, path },
                        Err(e) => State::Failed(e),
                    };
                }
                self.handle(Message::RoutinesChanged)
            }
            Shared::Exported(result) => {
                self.editor_status(match result {
                    Ok(path) => tr!("sharing-exported", file = path.display().to_string()),
                    Err(e) => tr!("sharing-export-failed", error = e.to_string()),
                });
                Task::none()
            }
            Shared::Printed(result) => {
                self.editor_status(match result {
                    Ok(path) => tr!("sharing-sheet-saved", file = path.display().to_string()),
                    Err(e) => tr!("sharing-sheet-failed", error = e.to_string()),
                });
                Task::none()
            }
            Shared::Copied(Err(e)) => {
                self.editor_status(tr!("sharing-copy-pictures-failed", error = e.to_string()));
                Task::none()
            }
            Shared::Copied(Ok(_)) => match &self.screen {
                Screen::Editor(e) => {
                    let routine = e.draft.to_routine().ok();
                    work::load_pictures(routine.into_iter().map(Arc::new).collect())
                }
                _ => Task::none(),
            },
            Shared::Adopted(result) => match (result, &mut self.screen) {
                (Ok(names), Screen::Editor(e)) => {
                    e.set_pictures(names);
                    let routine = e.draft.to_routine().ok();
                    work::load_pictures(routine.into_iter().map(Arc::new).collect())
                }
                (Err(why), _) => {
                    self.editor_status(tr!("sharing-picture-failed", error = why.to_string()));
                    Task::none()
                }
                _ => Task::none(),
            },
        }
    }

    fn chose(&mut self, what: Chose, choice: Choice) -> Task<Message> {
        match (what, choice) {
            (_, Choice::Cancelled) => Task::none(),
            (Chose::Import, Choice::Chosen(files)) => match files.into_iter().next() {
                Some(file) => self.import_file(file),
                None => Task::none(),
            },
            (Chose::Import, Choice::Unavailable(why)) => {
                if let Screen::Import(i) = &mut self.screen {
                    i.state = State::Choosing { dialog: Some(why) };
                }
                Task::none()
            }
            (Chose::Export(id), Choice::Chosen(files)) => match files.into_iter().next() {
                Some(out) => work::export(self.paths.routines(), id, out),
                None => Task::none(),
            },
            (Chose::Export(id), Choice::Unavailable(_)) => {
                let out = crate::files::free_path(&self.exports(), &id, crate::pack::EXTENSION);
                work::export(self.paths.routines(), id, out)
            }
            (Chose::Pictures, Choice::Chosen(files)) => match &self.screen {
                Screen::Editor(e) => match e.draft.file.clone() {
                    Some(file) => work::adopt_pictures(file, files),
                    None => Task::none(),
                },
                _ => Task::none(),
            },
            (Chose::Pictures, Choice::Unavailable(_)) => {
                self.editor_status(tr!("sharing-no-dialog-pictures"));
                Task::none()
            }
        }
    }

    fn checked(&mut self, file: PathBuf, result: Result<Arc<Contents>, PackError>) {
        let Screen::Import(i) = &mut self.screen else {
            return;
        };
        i.state = match result {
            Err(why) => State::Refused { file, why },
            Ok(contents) => {
                let dir = self.paths.routines();
                let taken = crate::pack::exists(&dir, &contents.id);
                let free = crate::library::free_id(&self.entries, &dir, &contents.id);
                State::Ready {
                    file,
                    contents,
                    taken,
                    free,
                }
            }
        };
    }
}
