//! One session as it is kept in the history.

use std::fmt;

use chrono::{DateTime, FixedOffset, NaiveDate, Timelike};
use serde::{Deserialize, Serialize};

use crate::conductor::Outcome;
use crate::routine::{Answer, Routine};
use crate::session::Summary;

/// The line format this Limber writes. A line with a larger `v` comes from a
/// newer Limber: it is kept in the file, never interpreted or rewritten.
pub const FORMAT_VERSION: u32 = 1;

/// A recorded session. Serialized as one JSON object per line, fields in
/// this order; `null` stands for "not given".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    /// Format version of this line ([`FORMAT_VERSION`] when written here).
    pub v: u32,
    /// Wall-clock start, in the local time of the day with its UTC offset.
    #[serde(with = "crate::timefmt::rfc3339")]
    pub started_at: DateTime<FixedOffset>,
    #[serde(with = "crate::timefmt::rfc3339")]
    pub ended_at: DateTime<FixedOffset>,
    /// The routine's id (its file name without `.ron`).
    pub routine: String,
    /// The routine's name at the time of the session.
    pub routine_name: String,
    /// The session reached its end; `false` means it was stopped part-way.
    pub completed: bool,
    /// Time spent in the routine, pauses excluded, in whole seconds.
    pub active_seconds: u64,
    pub pain_before: Option<Pain>,
    pub pain_after: Option<Pain>,
    pub note: Option<String>,
    /// Every move of the routine as planned, in order.
    #[serde(default)]
    pub moves: Vec<MoveRecord>,
    /// Answers to the routine's questions, in the order given.
    #[serde(default)]
    pub answers: Vec<GateAnswer>,
    /// Names the session across lines: a later line with the same id
    /// replaces an earlier one (the app saves a session as soon as it ends,
    /// then again if the pain rating or a note is added). Lines without an
    /// id never replace anything.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Where the session was followed; absent in lines from before this
    /// field existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub via: Option<Via>,
}

/// Where a session was followed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Via {
    /// In Limber's window.
    Window,
    /// By ear, with `limber follow` in a terminal.
    Terminal,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MoveRecord {
    pub id: String,
    pub name: String,
    pub status: MoveStatus,
    /// Time spent on it, pauses excluded, in whole seconds.
    pub seconds: u64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MoveStatus {
    /// Every side and set ran to the end.
    Done,
    /// Started or passed over, but not done in full.
    Skipped,
    /// The session stopped before reaching it.
    NotReached,
}

impl MoveStatus {
    /// How the move went, in a word or two of the current language.
    pub fn label(self) -> String {
        match self {
            MoveStatus::Done => crate::tr!("history-move-done"),
            MoveStatus::Skipped => crate::tr!("history-move-skipped"),
            MoveStatus::NotReached => crate::tr!("history-move-not-reached"),
        }
    }

    /// The same in English, for CSV exports (which stay in English).
    pub fn csv_label(self) -> &'static str {
        match self {
            MoveStatus::Done => "done",
            MoveStatus::Skipped => "skipped",
            MoveStatus::NotReached => "not reached",
        }
    }
}

/// A question asked during the session and its answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GateAnswer {
    /// The name of the section the question guards.
    pub section: String,
    pub question: String,
    pub answer: Reply,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reply {
    Yes,
    No,
}

impl From<Answer> for Reply {
    fn from(a: Answer) -> Reply {
        match a {
            Answer::Yes => Reply::Yes,
            Answer::No => Reply::No,
        }
    }
}

impl Reply {
    /// "Yes" or "No" in the current language.
    pub fn label(self) -> String {
        match self {
            Reply::Yes => crate::tr!("history-answer-yes"),
            Reply::No => crate::tr!("history-answer-no"),
        }
    }

    /// "yes" or "no", for CSV exports (which stay in English).
    pub fn csv_label(self) -> &'static str {
        match self {
            Reply::Yes => "yes",
            Reply::No => "no",
        }
    }
}

/// A pain rating, 0 (none) to 10 (worst imaginable).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Pain(u8);

impl Pain {
    pub const MAX: u8 = 10;

    /// `None` above 10.
    pub fn new(value: u8) -> Option<Pain> {
        (value <= Pain::MAX).then_some(Pain(value))
    }

    pub fn get(self) -> u8 {
        self.0
    }
}

impl TryFrom<u8> for Pain {
    type Error = String;
    fn try_from(value: u8) -> Result<Pain, String> {
        Pain::new(value).ok_or_else(|| format!("pain rating {value} is not between 0 and 10"))
    }
}

impl From<Pain> for u8 {
    fn from(p: Pain) -> u8 {
        p.0
    }
}

impl fmt::Display for Pain {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl Record {
    /// A record of the session `summary` describes. `started_at` and
    /// `ended_at` are wall-clock times in local time with their offset (for
    /// example `chrono::Local::now().fixed_offset()` taken by the caller);
    /// they are kept to the second. Pain and note start empty: set them with
    /// [`Record::with_pain`] and [`Record::with_note`].
    pub fn from_summary(
        summary: &Summary,
        routine_id: &str,
        routine: &Routine,
        started_at: DateTime<FixedOffset>,
        ended_at: DateTime<FixedOffset>,
    ) -> Record {
        let moves = summary
            .moves
            .iter()
            .map(|m| MoveRecord {
                id: m.id.clone(),
                name: m.name.clone(),
                status: if m.done {
                    MoveStatus::Done
                } else if m.reached {
                    MoveStatus::Skipped
                } else {
                    MoveStatus::NotReached
                },
                seconds: m.spent.as_secs_f64().round() as u64,
            })
            .collect();
        let answers = summary
            .answers
            .iter()
            .map(|&(section, answer)| {
                let s = routine.sections.get(section);
                GateAnswer {
                    section: s.map(|s| s.name.clone()).unwrap_or_default(),
                    question: s
                        .and_then(|s| s.gate.as_ref())
                        .map(|g| g.question.clone())
                        .unwrap_or_default(),
                    answer: answer.into(),
                }
            })
            .collect();
        Record {
            v: FORMAT_VERSION,
            started_at: whole_second(started_at),
            ended_at: whole_second(ended_at),
            routine: routine_id.to_string(),
            routine_name: routine.name.clone(),
            completed: summary.finished,
            active_seconds: summary.active.as_secs_f64().round() as u64,
            pain_before: None,
            pain_after: None,
            note: None,
            moves,
            answers,
            id: None,
            via: None,
        }
    }

    /// The record of a session that ended (or was stopped) at `ended_at`,
    /// wall clock, as both front ends keep it: the pain rating given
    /// before, and an id so that a later update replaces it. `None` when
    /// nothing was started: such a session is not worth keeping.
    pub fn from_outcome(
        outcome: &Outcome,
        ended_at: DateTime<FixedOffset>,
        via: Via,
    ) -> Option<Record> {
        if !outcome.summary.moves.iter().any(|m| m.reached) {
            return None;
        }
        let started_at =
            ended_at - chrono::Duration::from_std(outcome.duration).unwrap_or_default();
        let mut record = Record::from_summary(
            &outcome.summary,
            &outcome.routine_id,
            &outcome.routine,
            started_at,
            ended_at,
        )
        .with_pain(outcome.pain_before.and_then(Pain::new), None)
        .with_id(session_id(&started_at));
        record.via = Some(via);
        Some(record)
    }

    pub fn with_id(mut self, id: impl Into<String>) -> Record {
        self.id = Some(id.into());
        self
    }

    pub fn with_pain(mut self, before: Option<Pain>, after: Option<Pain>) -> Record {
        self.pain_before = before;
        self.pain_after = after;
        self
    }

    /// Sets the note; blank text means no note.
    pub fn with_note(mut self, note: &str) -> Record {
        let note = note.trim();
        self.note = (!note.is_empty()).then(|| note.to_string());
        self
    }

    /// The calendar day of the session: the local date where and when it
    /// started (its own offset, not today's).
    pub fn date(&self) -> NaiveDate {
        self.started_at.date_naive()
    }

    pub fn moves_done(&self) -> usize {
        self.count(MoveStatus::Done)
    }

    pub fn moves_skipped(&self) -> usize {
        self.count(MoveStatus::Skipped)
    }

    fn count(&self, status: MoveStatus) -> usize {
        self.moves.iter().filter(|m| m.status == status).count()
    }
}

/// A name for a session that stays the same when its record is updated.
fn session_id(started: &DateTime<FixedOffset>) -> String {
    use std::hash::{BuildHasher, Hasher};
    // RandomState is seeded randomly per process: enough to tell apart two
    // sessions started in the same second by two windows.
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_i64(started.timestamp_nanos_opt().unwrap_or_default());
    format!(
        "{}-{:04x}",
        started.format("%Y%m%dT%H%M%S"),
        h.finish() & 0xffff
    )
}

fn whole_second(t: DateTime<FixedOffset>) -> DateTime<FixedOffset> {
    t.with_nanosecond(0).unwrap_or(t)
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::time::{Duration, Instant};

    use super::*;
    use crate::routine::{PlanOptions, parse};
    use crate::session::Session;

    const ROUTINE: &str = r#"(
        name: "Test, \"quoted\"",
        defaults: (prepare: "5s", rest: "0s", switch: "0s"),
        sections: [
            (name: "Stretch", moves: [(id: "hold", name: "Hold", hold: "20s")]),
            (name: "Strengthen", gate: (question: "Any pain?", yes: Skip, no: Run),
             moves: [(id: "reps", name: "Reps", reps: 5, tempo: "4s")]),
            (name: "Roll", moves: [(id: "roll", name: "Roll", hold: "30s")]),
        ],
    )"#;

    fn t(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    #[test]
    fn a_stopped_session_is_partial_with_moves_done_skipped_and_not_reached() {
        let routine = Arc::new(parse("test.ron", ROUTINE).unwrap());
        let base = Instant::now();
        let (mut session, _) = Session::start(routine.clone(), PlanOptions::default(), base);
        // Prepare 5 s, hold 20 s: finished by 25 s; then the gate.
        session.tick(base + Duration::from_secs(26));
        session.answer(base + Duration::from_secs(26), Answer::No);
        // Skip the reps move part-way, then stop during the roll's prepare.
        session.tick(base + Duration::from_secs(35));
        session.skip(base + Duration::from_secs(35));
        let summary = session.summary(base + Duration::from_secs(37));
        let started = t("2025-03-30T07:59:58.700+01:00");
        let ended = t("2025-03-30T08:10:00+01:00");
        let r = Record::from_summary(&summary, "test", &routine, started, ended)
            .with_pain(Pain::new(6), None)
            .with_note("  stiff today \n");

        assert_eq!(r.v, FORMAT_VERSION);
        assert!(!r.completed, "{summary:?}");
        assert_eq!(r.routine, "test");
        assert_eq!(r.routine_name, "Test, \"quoted\"");
        assert_eq!(r.started_at.to_rfc3339(), "2025-03-30T07:59:58+01:00");
        assert_eq!(r.started_at.offset().local_minus_utc(), 3600);
        // 25 s of stretch, the 1 s at the gate not counted, 5 + 4 s of
        // strengthening, 2 s into the roll's get-ready.
        assert_eq!(r.active_seconds, 36);
        let statuses: Vec<_> = r.moves.iter().map(|m| (m.id.as_str(), m.status)).collect();
        assert_eq!(
            statuses,
            [
                ("hold", MoveStatus::Done),
                ("reps", MoveStatus::Skipped),
                ("roll", MoveStatus::NotReached),
            ]
        );
        assert_eq!(r.moves[0].seconds, 20);
        assert_eq!(r.moves[1].seconds, 4);
        assert_eq!(r.moves[2].seconds, 0);
        assert_eq!(
            r.answers,
            [GateAnswer {
                section: "Strengthen".into(),
                question: "Any pain?".into(),
                answer: Reply::No,
            }]
        );
        assert_eq!(r.pain_before, Pain::new(6));
        assert_eq!(r.pain_after, None);
        assert_eq!(r.note.as_deref(), Some("stiff today"));
        assert_eq!(r.moves_done(), 1);
        assert_eq!(r.moves_skipped(), 1);
    }

    #[test]
    fn a_session_that_reaches_the_end_is_completed() {
        let routine = Arc::new(parse("test.ron", ROUTINE).unwrap());
        let base = Instant::now();
        let (mut session, _) = Session::start(routine.clone(), PlanOptions::default(), base);
        session.tick(base + Duration::from_secs(26));
        session.answer(base + Duration::from_secs(26), Answer::Yes);
        session.tick(base + Duration::from_secs(200));
        let summary = session.summary(base + Duration::from_secs(200));
        assert!(summary.finished);
        let started = t("2025-01-01T09:00:00-05:00");
        let r = Record::from_summary(&summary, "test", &routine, started, started).with_note("   ");
        assert!(r.completed);
        assert_eq!(r.note, None, "blank note is no note");
        assert_eq!(r.answers[0].answer, Reply::Yes);
        assert_eq!(r.date(), NaiveDate::from_ymd_opt(2025, 1, 1).unwrap());
        assert!(
            r.moves
                .iter()
                .all(|m| m.id != "reps" || m.status != MoveStatus::Done),
            "strengthening was skipped by the gate: {:?}",
            r.moves
        );
    }

    #[test]
    fn pain_is_0_to_10() {
        assert_eq!(Pain::new(0).map(Pain::get), Some(0));
        assert_eq!(Pain::new(10).map(Pain::get), Some(10));
        assert_eq!(Pain::new(11), None);
        assert!(serde_json::from_str::<Pain>("11").is_err());
        assert_eq!(serde_json::from_str::<Pain>("7").unwrap(), Pain(7));
    }

    #[test]
    fn json_line_round_trips_and_keeps_the_offset() {
        let r = Record {
            v: FORMAT_VERSION,
            started_at: t("2024-10-27T01:30:00+01:00"),
            ended_at: t("2024-10-27T01:10:00+00:00"),
            routine: "r".into(),
            routine_name: "R".into(),
            completed: true,
            active_seconds: 600,
            pain_before: None,
            pain_after: Pain::new(2),
            note: Some("line one\nline two".into()),
            moves: vec![],
            answers: vec![],
            id: Some("s-1".into()),
            via: None,
        };
        let line = serde_json::to_string(&r).unwrap();
        assert!(!line.contains('\n'), "{line}");
        assert!(line.starts_with(r#"{"v":1,"started_at":"2024-10-27T01:30:00+01:00","#));
        assert!(
            line.contains(r#""pain_before":null,"pain_after":2"#),
            "{line}"
        );
        let back: Record = serde_json::from_str(&line).unwrap();
        assert_eq!(back, r);
        assert_eq!(back.ended_at.offset().local_minus_utc(), 0);
    }
}
