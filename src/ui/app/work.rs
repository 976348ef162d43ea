//! File work the app starts, each run off the UI thread through the core's
//! functions, each answering with a [`Message`].

use std::convert::Infallible;
use std::path::PathBuf;
use std::sync::Arc;

use chrono::{DateTime, FixedOffset, NaiveDateTime};
use iced::Task;

use super::{Done, Message};
use crate::files::FileError;
use crate::history::Record;
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
