//! File work the app starts, each run off the UI thread through the core's
//! functions, each answering with a [`Message`].

use std::convert::Infallible;
use std::path::PathBuf;
use std::sync::Arc;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime};
use iced::Task;

use super::results::{Chose, Shared};
use super::{Done, Message};
use crate::files::FileError;
use crate::history::Record;
use crate::pack::{Contents, Install};
use crate::progression::Rule;
use crate::routine::Routine;
use crate::settings::Settings;
use crate::state::State;
use crate::ui::work::blocking;

/// Reads the routines folder again.
pub(super) fn reload_library(dir: PathBuf) -> Task<Message> {
    // Reading the library cannot fail as a whole: a broken file is an
    // entry with its error.
    blocking(move || Ok::<_, Infallible>(crate::routine::library(&dir))).map(|loaded| {
        let Ok(entries) = loaded;
        Message::LibraryLoaded(entries)
    })
}

/// Reads what the Reminders page shows: the ledger, the sessions done,
/// whether reminders are paused and the service runs.
pub(super) fn load_reminders(paths: crate::paths::Paths) -> Task<Message> {
    use crate::ui::screens::reminders::Loaded;
    blocking(move || {
        let records = crate::history::load(&paths.history())
            .map(|h| h.records)
            .unwrap_or_default();
        Ok::<_, Infallible>(Loaded {
            ledger: crate::reminders::ledger::Ledger::load(&paths.plan()).unwrap_or_default(),
            sessions: records
                .iter()
                .filter(|r| r.completed)
                .map(|r| (r.routine.clone(), r.date()))
                .collect(),
            paused_until: State::load(&paths.state())
                .paused_until()
                .map(|t| t.with_timezone(&chrono::Local)),
            service_running: crate::instance::is_running(&paths, crate::instance::Role::Service),
            breaks_paused_until: State::load(&paths.state())
                .breaks_paused_until()
                .map(|t| t.with_timezone(&chrono::Local)),
            breaks_today: {
                let lines = crate::breaks::ledger::load(&paths.breaks()).unwrap_or_default();
                crate::breaks::summary::by_day(&lines).remove(&chrono::Local::now().date_naive())
            },
        })
    })
    .map(|loaded| {
        let Ok(loaded) = loaded;
        Message::RemindersLoaded(loaded)
    })
}

/// What a pause is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Paused {
    Reminders,
    Breaks,
}

/// Where the sitting timer would read activity from (the source's name),
/// or why it cannot: asked as the service asks, for the Reminders page.
pub(super) fn idle_source() -> Task<Message> {
    Task::perform(
        async {
            crate::desktop::idle::Idle::open()
                .await
                .map(|idle| idle.name().to_string())
                .map_err(|missing| missing.why)
        },
        Message::IdleSource,
    )
}

/// Pauses reminders or movement breaks until `until` (or resumes them),
/// then reads the page's figures again.
pub(super) fn pause_reminders(
    paths: crate::paths::Paths,
    until: Option<DateTime<FixedOffset>>,
    what: Paused,
) -> Task<Message> {
    let state = paths.state();
    blocking(move || {
        State::update(&state, |s| match what {
            Paused::Reminders => s.pause_reminders(until),
            Paused::Breaks => s.pause_breaks(until),
        })
    })
    .map(|result| Message::Done(Done::Paused(result)))
    .chain(load_reminders(paths))
}

/// Adds or removes the login entry that starts the reminder service.
pub(super) fn start_at_login(on: bool) -> Task<Message> {
    blocking(move || {
        let exe = std::env::current_exe()
            .map_err(|e| crate::desktop::autostart::AutostartError::System(e.to_string()))?;
        crate::desktop::autostart::set(on, &exe)
    })
    .map(|result| Message::Done(Done::Autostart(result)))
}

/// Takes the reminder service's requests out of their folder.
pub(super) fn take_requests(paths: crate::paths::Paths) -> Task<Message> {
    blocking(move || {
        Ok::<_, Infallible>(crate::instance::take(&paths, std::time::SystemTime::now()))
    })
    .map(|taken| {
        let Ok(requests) = taken;
        Message::Requested(requests)
    })
}

/// Reads the person's own pictures of these routines that are not read
/// yet, or changed since, into `art`'s store; the message only redraws.
pub(super) fn load_pictures(routines: Vec<Arc<Routine>>) -> Task<Message> {
    blocking(move || Ok::<_, Infallible>(crate::ui::art::read_pictures(&routines))).map(|read| {
        let Ok(count) = read;
        Message::PicturesLoaded(count)
    })
}

/// Appends a session's record (or an update of it) to the history; the
/// line is on disk when the message arrives.
pub(super) fn record(path: PathBuf, record: Record, update: bool) -> Task<Message> {
    blocking(move || crate::history::append(&path, &record)).map(move |result| {
        Message::Done(if update {
            Done::Updated(result)
        } else {
            Done::Recorded(result)
        })
    })
}

/// Writes the settings; `backup`: first keep a copy of the file as it was,
/// stamped with this moment.
pub(super) fn save_settings(
    path: PathBuf,
    values: Settings,
    backup: Option<NaiveDateTime>,
) -> Task<Message> {
    blocking(move || crate::settings::save(&path, &values, backup))
        .map(|result| Message::Done(Done::SettingsSaved(result)))
}

/// Opens a folder or file with the system's usual program.
pub(super) fn open(path: PathBuf) -> Task<Message> {
    blocking(move || {
        if path.extension().is_none() {
            let _ = std::fs::create_dir_all(&path);
        } else if !path.exists() {
            // Open an empty settings file rather than failing.
            crate::files::write_atomic(&path, b"()\n").map_err(FileError::at(&path))?;
        }
        open::that_detached(&path).map_err(FileError::at(&path))
    })
    .map(|result| Message::Done(Done::Opened(result)))
}

/// Saves the editor's routine as the person's own file `id`.
pub(super) fn save_routine(dir: PathBuf, id: String, routine: Routine) -> Task<Message> {
    blocking(move || crate::library::save_own(&dir, &id, &routine))
        .map(|result| Message::Done(Done::EditorSaved(result)))
}

/// Goes back to the bundled routine `id`, keeping the person's file aside.
pub(super) fn put_aside(dir: PathBuf, id: String, now: NaiveDateTime) -> Task<Message> {
    blocking(move || crate::library::put_aside(&dir, &id, now))
        .map(|result| Message::Done(Done::EditorReset(result)))
}

/// Stores a step-up decision made at `when`; a taken one (`routine`) is
/// saved as the person's own version of the routine, as the editor would.
pub(super) fn step_up(
    dir: PathBuf,
    state: PathBuf,
    id: String,
    routine: Option<Routine>,
    when: DateTime<FixedOffset>,
) -> Task<Message> {
    blocking(move || {
        if let Some(r) = &routine {
            crate::library::save_own(&dir, &id, r)?;
        }
        State::update(&state, |s| s.decided(&id, when))
    })
    .map(|result| Message::Done(Done::SteppedUp(result)))
}

/// Remembers that the safety page was read.
pub(super) fn remember_safety(state: PathBuf) -> Task<Message> {
    blocking(move || State::update(&state, |s| s.safety_read = true))
        .map(|result| Message::Done(Done::SafetyRemembered(result)))
}

/// Waits off the UI thread until the voice has done what it was asked
/// (looked up its voices, tried a phrase), then says so.
pub(super) fn voice_looked_up(watch: crate::voice::Watch) -> Task<Message> {
    blocking(move || {
        watch.wait_idle(std::time::Duration::from_secs(10));
        Ok::<_, Infallible>(())
    })
    .map(|_| Message::VoiceLookedUp)
}

/// Finds out whether to offer longer holds for the routine `id`, from the
/// history. An unreadable history offers nothing (the history screen is
/// where that is reported).
pub(super) fn offer(
    history: PathBuf,
    state: PathBuf,
    id: String,
    routine: Arc<Routine>,
    rule: Rule,
) -> Task<Message> {
    let asked = id.clone();
    blocking(move || crate::progression::offer(&history, &state, &id, &routine, rule))
        .map(move |found| Message::Offer(asked.clone(), found.ok().flatten()))
}

/// Reads and checks a file to import (a pack, or a routine with its
/// pictures); nothing is written.
pub(super) fn check_import(file: PathBuf) -> Task<Message> {
    let shown = file.clone();
    blocking(move || {
        let mut contents = crate::pack::open(&file)?;
        preview_pictures(&file, &mut contents);
        Ok(Arc::new(contents))
    })
    .map(move |result| Message::Done(Done::Shared(Shared::Checked(shown.clone(), result))))
}

/// Keeps the pictures of a file being imported in `art`'s store, under
/// the file's own name, so the import screen can show them.
fn preview_pictures(file: &std::path::Path, contents: &mut Contents) {
    use crate::ui::art::{self, Loaded, Stamp, Stored};
    let label = file.join(format!("{}.ron", contents.id));
    for (name, bytes) in &contents.pictures {
        let result = crate::pictures::decode(name, bytes, Some(crate::pictures::SCREEN_SIDE))
            .map(|d| Loaded::new(&d));
        let stored = Stored {
            stamp: Stamp(None),
            result,
        };
        art::keep(label.clone(), name.clone(), stored);
    }
    contents.routine.file = Some(label);
}

/// Installs checked contents into the routines folder.
pub(super) fn install(
    dir: PathBuf,
    contents: Arc<Contents>,
    how: Install,
    now: NaiveDateTime,
) -> Task<Message> {
    blocking(move || {
        crate::pack::install(&contents, &dir, &how, now).map(|p| (contents.routine.name.clone(), p))
    })
    .map(|result| Message::Done(Done::Shared(Shared::Installed(result))))
}

/// Packs the routine `id` (or the file at that path) into `out`.
pub(super) fn export(dir: PathBuf, id: String, out: PathBuf) -> Task<Message> {
    blocking(move || {
        let contents = crate::pack::gather(&id, &dir)?;
        crate::pack::export(&contents, &out).map(|()| out)
    })
    .map(|result| Message::Done(Done::Shared(Shared::Exported(result))))
}

/// Writes `routine`'s sheet into `dir` as `ID-sheet.pdf` (never over
/// another file) and, with `show`, opens it in the system's viewer.
pub(super) fn print_sheet(
    dir: PathBuf,
    id: String,
    routine: Routine,
    today: NaiveDate,
    show: bool,
) -> Task<Message> {
    blocking(move || {
        let paper = crate::print::Paper::from_env();
        let pdf = crate::print::sheet::sheet(&routine, paper, today)?;
        let path = crate::print::save(&dir, &format!("{id}-sheet"), &pdf)?;
        // Written is what matters; without a viewer it is just not shown.
        if show {
            let _ = open::that_detached(&path);
        }
        Ok::<_, crate::print::PrintError>(path)
    })
    .map(|result| Message::Done(Done::Shared(Shared::Printed(result))))
}

/// Copies picture files into the routine's own picture folder (next to
/// `routine_file`), checking each; gives the names the routine uses.
pub(super) fn adopt_pictures(routine_file: PathBuf, sources: Vec<PathBuf>) -> Task<Message> {
    blocking(move || crate::pictures::adopt(&routine_file, &sources))
        .map(|result| Message::Done(Done::Shared(Shared::Adopted(result))))
}

/// Copies the pictures `names` from where they are for the routine file
/// `from` into the picture folder of `to` (a duplicate, or a routine a
/// move was added to); the app then reads them.
pub(super) fn copy_pictures(from: PathBuf, to: PathBuf, names: Vec<String>) -> Task<Message> {
    blocking(move || {
        let [own, _] = crate::pictures::folders(&to);
        let mut copied = 0;
        for name in &names {
            // A missing picture stays missing in the copy too.
            let Ok(path) = crate::pictures::find(&from, name) else {
                continue;
            };
            let target = own.join(name);
            let bytes = std::fs::read(&path).map_err(FileError::at(&path))?;
            crate::files::write_atomic(&target, &bytes).map_err(FileError::at(&target))?;
            copied += 1;
        }
        Ok::<_, FileError>(copied)
    })
    .map(|result| Message::Done(Done::Shared(Shared::Copied(result))))
}

/// Shows a file dialog; `then` says what the choice is for.
pub(super) fn dialog(
    open: Option<(String, crate::ui::dialog::Filter, bool)>,
    save: Option<(String, String, crate::ui::dialog::Filter)>,
    then: Chose,
) -> Task<Message> {
    use crate::ui::dialog;
    Task::future(async move {
        let choice = match (open, save) {
            (Some((title, filter, multiple)), _) => dialog::open(title, filter, multiple).await,
            (None, Some((title, name, filter))) => dialog::save(title, name, filter).await,
            (None, None) => dialog::Choice::Cancelled,
        };
        Message::Done(Done::Shared(Shared::Chose(then.clone(), choice)))
    })
}
