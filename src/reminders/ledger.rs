//! What became of each reminder, one JSON line per event in `plan.jsonl`
//! (in the data folder, beside the history): append-only like the history,
//! and read back leniently (a torn line is skipped, the rest count).
//!
//! ```json
//! {"date":"2026-12-02","at":"18:30","routine":"sciatica-relief","outcome":"snoozed","until":"2026-12-02T18:40:00+01:00","when":"2026-12-02T18:30:04+01:00"}
//! ```
//! A later line for the same slot replaces an earlier one. `planned` lines
//! say from when a reminder was known, so that days before it existed do
//! not count as missed.
//!
//! A reminder that was shown and then ignored or dismissed keeps `shown`
//! while its day lasts (the person may still start it, or do the routine
//! from the library). Once its day is over it is settled: the service
//! records `done` when the routine was done that day after all, or
//! `missed` (see [`super::decide`]); until the service has woken to write
//! that line, readers count it the same way ([`Entry::settled`]).

use std::collections::BTreeMap;
use std::path::Path;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use super::clock_time;
use super::schedule::Slot;
use crate::files::FileError;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// The reminder was first known then (see [`Line::when`]).
    Planned,
    /// Its notification was shown.
    Shown,
    /// The person pressed Start.
    Started,
    /// "In 10 minutes": shown again at `until`.
    Snoozed,
    /// "Skip today".
    Skipped,
    /// Its day ended (or passed while the computer was off) unanswered:
    /// never shown, or shown (or snoozed) and then ignored or dismissed.
    Missed,
    /// The routine was already done that day when its time came, or was
    /// done later that day without Start being pressed on the notice.
    Done,
}

impl Outcome {
    pub fn label(self) -> &'static str {
        match self {
            Outcome::Planned => "planned",
            Outcome::Shown => "shown",
            Outcome::Started => "started",
            Outcome::Snoozed => "snoozed",
            Outcome::Skipped => "skipped",
            Outcome::Missed => "missed",
            Outcome::Done => "done",
        }
    }
}

/// One line of the ledger.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Line {
    #[serde(with = "crate::timefmt::date")]
    pub date: NaiveDate,
    #[serde(with = "clock_time")]
    pub at: NaiveTime,
    pub routine: String,
    pub outcome: Outcome,
    /// For `snoozed`: when to show it again.
    #[serde(
        default,
        with = "crate::timefmt::rfc3339::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub until: Option<DateTime<FixedOffset>>,
    /// When this happened.
    #[serde(with = "crate::timefmt::rfc3339")]
    pub when: DateTime<FixedOffset>,
}

impl Line {
    pub fn new(slot: &Slot, outcome: Outcome, when: DateTime<FixedOffset>) -> Line {
        Line {
            date: slot.date,
            at: slot.at,
            routine: slot.routine.clone(),
            outcome,
            until: None,
            when,
        }
    }

    pub fn slot(&self) -> Slot {
        Slot {
            date: self.date,
            at: self.at,
            routine: self.routine.clone(),
        }
    }
}

/// The latest outcome of a slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    pub outcome: Outcome,
    pub until: Option<DateTime<FixedOffset>>,
    pub when: DateTime<FixedOffset>,
}

impl Entry {
    /// The outcome as it stands on `today` for a slot on `date`: shown or
    /// snoozed and left unanswered counts as missed once its day is over
    /// (the service records it so when it next wakes).
    pub fn settled(&self, date: NaiveDate, today: NaiveDate) -> Outcome {
        match self.outcome {
            Outcome::Shown | Outcome::Snoozed if date < today => Outcome::Missed,
            outcome => outcome,
        }
    }
}

/// Every slot's latest outcome, and since when each reminder is known.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Ledger {
    outcomes: BTreeMap<Slot, Entry>,
    since: BTreeMap<(String, NaiveTime), DateTime<FixedOffset>>,
    /// Lines that could not be read (1-based), skipped.
    pub skipped: Vec<usize>,
}

impl Ledger {
    /// Reads the ledger's lines; unreadable ones are skipped and counted.
    pub fn parse(bytes: &[u8]) -> Ledger {
        let mut ledger = Ledger::default();
        for (i, line) in bytes.split(|&b| b == b'\n').enumerate() {
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            match serde_json::from_slice::<Line>(line) {
                Ok(l) => ledger.apply(&l),
                Err(_) => ledger.skipped.push(i + 1),
            }
        }
        ledger
    }

    /// The ledger at `path`; a missing file is an empty ledger.
    pub fn load(path: &Path) -> Result<Ledger, FileError> {
        crate::jsonl::read(path)
            .map(|bytes| Ledger::parse(&bytes))
            .map_err(FileError::at(path))
    }

    /// Takes a line in, as if read from the file.
    pub fn apply(&mut self, line: &Line) {
        if line.outcome == Outcome::Planned {
            self.since
                .entry((line.routine.clone(), line.at))
                .or_insert(line.when);
            return;
        }
        self.outcomes.insert(
            line.slot(),
            Entry {
                outcome: line.outcome,
                until: line.until,
                when: line.when,
            },
        );
    }

    pub fn get(&self, slot: &Slot) -> Option<&Entry> {
        self.outcomes.get(slot)
    }

    /// Since when the reminder for `routine` at `at` is planned.
    pub fn since(&self, routine: &str, at: NaiveTime) -> Option<DateTime<FixedOffset>> {
        self.since.get(&(routine.to_string(), at)).copied()
    }

    /// Slots with an outcome (every planned one whose time has come), in
    /// order.
    pub fn slots(&self) -> impl Iterator<Item = (&Slot, &Entry)> {
        self.outcomes.iter()
    }
}

/// Appends a line to the ledger at `path`; on disk when it returns.
pub fn append(path: &Path, line: &Line) -> Result<(), FileError> {
    let json = serde_json::to_vec(line).expect("a ledger line always serializes");
    crate::jsonl::append(path, json).map_err(FileError::at(path))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn when(text: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(text).unwrap()
    }

    fn slot() -> Slot {
        Slot {
            date: NaiveDate::from_ymd_opt(2026, 12, 2).unwrap(),
            at: NaiveTime::from_hms_opt(18, 30, 0).unwrap(),
            routine: "sciatica-relief".into(),
        }
    }

    #[test]
    fn the_latest_line_of_a_slot_wins_and_torn_lines_are_skipped() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.jsonl");
        let mut snoozed = Line::new(&slot(), Outcome::Snoozed, when("2026-12-02T18:30:04+01:00"));
        snoozed.until = Some(when("2026-12-02T18:40:04+01:00"));
        append(
            &path,
            &Line::new(&slot(), Outcome::Planned, when("2026-12-01T09:00:00+01:00")),
        )
        .unwrap();
        append(
            &path,
            &Line::new(&slot(), Outcome::Shown, when("2026-12-02T18:30:00+01:00")),
        )
        .unwrap();
        append(&path, &snoozed).unwrap();
        // A crash mid-write, then one more line.
        let mut bytes = std::fs::read(&path).unwrap();
        bytes.extend_from_slice(b"{\"date\":\"2026-12-0");
        std::fs::write(&path, bytes).unwrap();
        append(
            &path,
            &Line::new(&slot(), Outcome::Started, when("2026-12-02T18:41:00+01:00")),
        )
        .unwrap();

        let ledger = Ledger::load(&path).unwrap();
        assert_eq!(ledger.skipped, vec![4]);
        let entry = ledger.get(&slot()).unwrap();
        assert_eq!(entry.outcome, Outcome::Started);
        assert_eq!(
            ledger.since("sciatica-relief", slot().at),
            Some(when("2026-12-01T09:00:00+01:00"))
        );
        assert_eq!(ledger.slots().count(), 1);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(r#""at":"18:30""#), "{text}");
        assert!(
            text.contains(r#""until":"2026-12-02T18:40:04+01:00""#),
            "{text}"
        );
    }

    #[test]
    fn a_missing_ledger_is_empty() {
        let dir = tempfile::tempdir().unwrap();
        let ledger = Ledger::load(&dir.path().join("none.jsonl")).unwrap();
        assert_eq!(ledger, Ledger::default());
    }
}
