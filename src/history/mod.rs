//! The session history: one line per session in `history.jsonl`, and the
//! figures the history screen and `limber history` show.
//!
//! - [`record`]: what is kept about a session ([`Record`]), built from the
//!   engine's [`Summary`](crate::session::Summary) and the wall-clock start
//!   and end.
//! - [`store`]: the file. Appending is the only write: one whole line,
//!   under a file lock, flushed and fsynced before [`append`] returns. Loading
//!   skips a torn or corrupt line with a [`Warning`] naming its line and keeps
//!   everything after it; a record from a newer Limber is kept as it is.
//! - [`stats`]: calendar days, streaks, minutes per ISO week, the pain series
//!   and the plain-words summary. "Today" always comes in as an argument.
//! - [`export`]: CSV and JSON, shared by the CLI and the screen.
//!
//! This module is core: no iced, no audio, no clock. The line format is
//! described in `docs/history-format.md`.

pub mod export;
pub mod record;
pub mod stats;
pub mod store;

pub use export::{Format, to_csv, to_json};
pub use record::{FORMAT_VERSION, GateAnswer, MoveRecord, MoveStatus, Pain, Record, Reply, Via};
pub use stats::{DayStat, Overview, PainPoint, PainTrend, PainWhen, Stats, Streaks, WeekStat};
pub use store::{History, HistoryError, NewerLine, Warning, append, load, parse};

#[cfg(test)]
pub(crate) mod testing {
    use chrono::DateTime;

    use super::record::{FORMAT_VERSION, MoveRecord, MoveStatus, Pain, Record};

    /// A completed 14-minute session starting at `start` (RFC 3339), pain
    /// 5 → 3, with `note` to tell it apart.
    pub fn record(start: &str, note: &str) -> Record {
        let started_at = DateTime::parse_from_rfc3339(start).unwrap();
        Record {
            v: FORMAT_VERSION,
            started_at,
            ended_at: started_at + chrono::Duration::minutes(15),
            routine: "sciatica-relief".into(),
            routine_name: "Sciatica relief".into(),
            completed: true,
            active_seconds: 840,
            pain_before: Pain::new(5),
            pain_after: Pain::new(3),
            note: Some(note.into()),
            moves: vec![MoveRecord {
                id: "figure-4".into(),
                name: "Figure-4 stretch".into(),
                status: MoveStatus::Done,
                seconds: 120,
            }],
            answers: vec![],
            id: None,
            via: None,
        }
    }
}
