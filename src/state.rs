//! What the app remembers between runs that is not a setting (e.g. that
//! the safety page was read). Kept in `state.ron` in the data folder.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::files::FileError;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct State {
    /// The person has read the safety page once.
    pub safety_read: bool,
    /// When a step up was last accepted or declined, by routine id
    /// (RFC 3339): pain-free sessions are counted from then.
    pub progression: BTreeMap<String, String>,
    /// Reminders are paused until then (RFC 3339), from the tray.
    pub reminders_paused_until: Option<String>,
    /// Movement breaks are paused until then (RFC 3339), from the tray.
    pub breaks_paused_until: Option<String>,
}

impl State {
    pub fn last_decision(&self, routine: &str) -> Option<chrono::DateTime<chrono::FixedOffset>> {
        self.progression
            .get(routine)
            .and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
    }
}

impl State {
    /// Reads the state; a missing or unreadable file is a fresh start
    /// (nothing in it is worth refusing to open for).
    pub fn load(path: &Path) -> State {
        std::fs::read_to_string(path)
            .ok()
            .and_then(|text| ron::from_str(&text).ok())
            .unwrap_or_default()
    }

    pub fn save(&self, path: &Path) -> Result<(), FileError> {
        let text =
            ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::new()).unwrap_or_default();
        crate::files::write_atomic(path, format!("{text}\n").as_bytes())
            .map_err(FileError::at(path))
    }

    /// Reads the state, changes it with `change`, and writes it back.
    pub fn update(path: &Path, change: impl FnOnce(&mut State)) -> Result<(), FileError> {
        let mut state = State::load(path);
        change(&mut state);
        state.save(path)
    }

    /// Until when reminders are paused, if they are.
    pub fn paused_until(&self) -> Option<chrono::DateTime<chrono::FixedOffset>> {
        self.reminders_paused_until
            .as_deref()
            .and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
    }

    /// Pauses reminders until `until`, or resumes them (`None`).
    pub fn pause_reminders(&mut self, until: Option<chrono::DateTime<chrono::FixedOffset>>) {
        self.reminders_paused_until = until.map(|t| t.to_rfc3339());
    }

    /// Until when movement breaks are paused, if they are.
    pub fn breaks_paused_until(&self) -> Option<chrono::DateTime<chrono::FixedOffset>> {
        self.breaks_paused_until
            .as_deref()
            .and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
    }

    /// Pauses movement breaks until `until`, or resumes them (`None`).
    pub fn pause_breaks(&mut self, until: Option<chrono::DateTime<chrono::FixedOffset>>) {
        self.breaks_paused_until = until.map(|t| t.to_rfc3339());
    }

    /// Remembers that a step up for `routine` was taken or declined at
    /// `when`: pain-free sessions are counted again from then.
    pub fn decided(&mut self, routine: &str, when: chrono::DateTime<chrono::FixedOffset>) {
        self.progression
            .insert(routine.to_string(), when.to_rfc3339());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembers_the_safety_page() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("data/state.ron");
        assert!(!State::load(&path).safety_read, "fresh start");
        State {
            safety_read: true,
            ..State::default()
        }
        .save(&path)
        .unwrap();
        assert!(State::load(&path).safety_read);
        std::fs::write(&path, "garbage").unwrap();
        assert!(!State::load(&path).safety_read);
    }
}
