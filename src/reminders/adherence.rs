//! Planned against done: "5 of 6 planned sessions this week".
//!
//! A reminder counts as planned once its time has come (every one then has
//! an outcome in the ledger); it counts as done when a session of its
//! routine is in the history that day (two reminders of one routine on a
//! day need two sessions).

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

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

/// Adherence over the days `from..=to`; `sessions(routine, date)` counts
/// the sessions done.
pub fn between(
    ledger: &Ledger,
    sessions: &dyn Fn(&str, NaiveDate) -> usize,
    from: NaiveDate,
    to: NaiveDate,
) -> Adherence {
    let mut a = Adherence::default();
    let mut per_day: BTreeMap<(NaiveDate, &str), usize> = BTreeMap::new();
    for (slot, entry) in ledger.slots() {
        if slot.date < from || slot.date > to || entry.outcome == Outcome::Planned {
            continue;
        }
        a.planned += 1;
        match entry.outcome {
            Outcome::Skipped => a.skipped += 1,
            Outcome::Snoozed => a.snoozed += 1,
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

/// Planned against done from `from` to `to`, read from the ledger at
/// `plan` (for reports); `None` when nothing was planned then, or the
/// ledger cannot be read.
pub fn planned_between(
    plan: &std::path::Path,
    records: &[crate::history::Record],
    from: NaiveDate,
    to: NaiveDate,
) -> Option<Adherence> {
    let ledger = Ledger::load(plan).ok()?;
    let a = between(&ledger, &sessions_of(records), from, to);
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
}
