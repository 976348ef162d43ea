//! Planned against done: "5 of 6 planned sessions this week".
//!
//! A reminder counts as planned once its time has come (every one then has
//! an outcome in the ledger); it counts as done when a session of its
//! routine is in the history that day (two reminders of one routine on a
//! day need two sessions). A reminder shown and left unanswered counts as
//! missed once its day is over ([`Entry::settled`]), whether or not the
//! service has recorded it yet.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

#[cfg(doc)]
use super::ledger::Entry;
use super::ledger::{Ledger, Outcome};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Adherence {
    pub planned: usize,
    pub done: usize,
    pub skipped: usize,
    pub snoozed: usize,
    pub missed: usize,
}

impl Adherence {
    /// "5 of 6 planned sessions", or `None` when nothing was planned.
    pub fn words(&self) -> Option<String> {
        (self.planned > 0).then(|| {
            crate::tr!(
                "notice-planned-sessions",
                done = self.done,
                planned = self.planned
            )
        })
    }
}

/// Adherence over the days `from..=today`; `sessions(routine, date)`
/// counts the sessions done.
pub fn between(
    ledger: &Ledger,
    sessions: &dyn Fn(&str, NaiveDate) -> usize,
    from: NaiveDate,
    today: NaiveDate,
) -> Adherence {
    let mut a = Adherence::default();
    let mut per_day: BTreeMap<(NaiveDate, &str), usize> = BTreeMap::new();
    for (slot, entry) in ledger.slots() {
        if slot.date < from || slot.date > today || entry.outcome == Outcome::Planned {
            continue;
        }
        a.planned += 1;
        let done_that_day = sessions(&slot.routine, slot.date) > 0;
        match entry.settled(slot.date, today) {
            Outcome::Skipped => a.skipped += 1,
            Outcome::Snoozed => a.snoozed += 1,
            // Not yet recorded: done later that day counts as done.
            Outcome::Missed if entry.outcome != Outcome::Missed && done_that_day => {}
            Outcome::Missed => a.missed += 1,
            _ => {}
        }
        *per_day
            .entry((slot.date, slot.routine.as_str()))
            .or_default() += 1;
    }
    a.done = per_day
        .into_iter()
        .map(|((date, routine), planned)| planned.min(sessions(routine, date)))
        .sum();
    a
}

/// Planned against done from `from` to `today`, read from the ledger at
/// `plan` (for reports); `None` when nothing was planned then, or the
/// ledger cannot be read.
pub fn planned_between(
    plan: &std::path::Path,
    records: &[crate::history::Record],
    from: NaiveDate,
    today: NaiveDate,
) -> Option<Adherence> {
    let ledger = Ledger::load(plan).ok()?;
    let a = between(&ledger, &sessions_of(records), from, today);
    (a.planned > 0).then_some(a)
}

/// How many completed sessions of each routine each day has, from the
/// history's records, as [`between`] takes them.
pub fn sessions_of(
    records: &[crate::history::Record],
) -> impl Fn(&str, NaiveDate) -> usize + use<> {
    let done: Vec<(String, NaiveDate)> = records
        .iter()
        .filter(|r| r.completed)
        .map(|r| (r.routine.clone(), r.date()))
        .collect();
    move |routine: &str, date: NaiveDate| {
        done.iter()
            .filter(|(r, d)| r == routine && *d == date)
            .count()
    }
}

/// Adherence in the ISO week (Monday to Sunday) of `today`, up to today.
pub fn this_week(
    ledger: &Ledger,
    sessions: &dyn Fn(&str, NaiveDate) -> usize,
    today: NaiveDate,
) -> Adherence {
    let monday = today - chrono::Days::new(u64::from(today.weekday().num_days_from_monday()));
    between(ledger, sessions, monday, today)
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, NaiveTime};

    use super::*;
    use crate::reminders::ledger::Line;
    use crate::reminders::schedule::Slot;

    #[test]
    fn counts_planned_against_sessions_done() {
        let when = DateTime::parse_from_rfc3339("2026-12-02T18:30:00+01:00").unwrap();
        let mut ledger = Ledger::default();
        let slot = |day: u32, h: u32, routine: &str| Slot {
            date: NaiveDate::from_ymd_opt(2026, 11, day).unwrap(),
            at: NaiveTime::from_hms_opt(h, 0, 0).unwrap(),
            routine: routine.into(),
        };
        // Monday 30 Nov to Sunday 6 Dec is the week; the 29th is before it.
        for (day, h, routine, outcome) in [
            (29, 18, "sciatica-relief", Outcome::Started),
            (30, 18, "sciatica-relief", Outcome::Started),
            (30, 10, "desk-break", Outcome::Started),
            (30, 15, "desk-break", Outcome::Skipped),
        ] {
            ledger.apply(&Line::new(&slot(day, h, routine), outcome, when));
        }
        let mut s = slot(30, 18, "x");
        s.date = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        ledger.apply(&Line::new(&s, Outcome::Missed, when));
        let sessions = |routine: &str, date: NaiveDate| match (routine, date.day()) {
            ("sciatica-relief", 29 | 30) => 1,
            ("desk-break", 30) => 1,
            _ => 0,
        };
        let today = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
        let a = this_week(&ledger, &sessions, today);
        assert_eq!(
            a,
            Adherence {
                planned: 4,
                done: 2,
                skipped: 1,
                snoozed: 0,
                missed: 1,
            }
        );
        assert_eq!(a.words().unwrap(), "2 of 4 planned sessions");
        assert_eq!(Adherence::default().words(), None);
    }

    #[test]
    fn shown_and_left_counts_as_missed_once_its_day_is_over() {
        let when = DateTime::parse_from_rfc3339("2026-12-01T18:30:00+01:00").unwrap();
        let slot = |day: u32, routine: &str| Slot {
            date: NaiveDate::from_ymd_opt(2026, 12, day).unwrap(),
            at: NaiveTime::from_hms_opt(18, 30, 0).unwrap(),
            routine: routine.into(),
        };
        let mut ledger = Ledger::default();
        // Not yet settled by the service (it has not woken since).
        ledger.apply(&Line::new(
            &slot(1, "sciatica-relief"),
            Outcome::Shown,
            when,
        ));
        ledger.apply(&Line::new(
            &slot(1, "stretches-only"),
            Outcome::Snoozed,
            when,
        ));
        ledger.apply(&Line::new(&slot(1, "desk-break"), Outcome::Shown, when));
        ledger.apply(&Line::new(
            &slot(2, "sciatica-relief"),
            Outcome::Shown,
            when,
        ));
        // The desk break was done on the 1st from the library.
        let sessions = |routine: &str, date: NaiveDate| {
            usize::from(routine == "desk-break" && date.day() == 1)
        };
        let today = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
        let a = this_week(&ledger, &sessions, today);
        assert_eq!(
            a,
            Adherence {
                planned: 4,
                done: 1,
                skipped: 0,
                snoozed: 0,
                missed: 2,
            }
        );
        let entry = ledger.get(&slot(2, "sciatica-relief")).unwrap();
        assert_eq!(entry.settled(slot(2, "x").date, today), Outcome::Shown);
        assert_eq!(entry.settled(slot(1, "x").date, today), Outcome::Missed);
    }
}
