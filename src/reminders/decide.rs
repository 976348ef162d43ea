//! The reminder service's one decision, made whenever it wakes: what to
//! record, what to show now, and when to wake next.
//!
//! The rules, so that a laptop that sleeps, travels or has its clock set
//! never bursts with old reminders:
//! - a reminder whose time has come today and has no outcome yet is shown,
//!   once, however late (the laptop slept through it) — unless its routine
//!   was already done today, which is recorded as `done`;
//! - when several have come, only the latest is shown; the earlier ones are
//!   recorded as missed (one notice at a time);
//! - a day that ended with a reminder never shown records it as missed;
//!   nothing from an earlier day is ever shown;
//! - a day that ended with a reminder shown (or snoozed) and then ignored or
//!   dismissed records it as missed — or as done, when its routine was done
//!   that day all the same (from the library, say);
//! - a snoozed one comes back at its time, the same day;
//! - days before a reminder existed are not counted at all.

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, TimeZone};

use super::Reminder;
use super::ledger::{Ledger, Line, Outcome};
use super::schedule::{Slot, occurrences};

/// How far back unseen reminders are recorded as missed.
pub const LOOKBACK_DAYS: u32 = 7;
/// How far ahead the next reminder is looked for.
const LOOKAHEAD_DAYS: u32 = 8;

/// What the service knows when it wakes.
pub struct Situation<'a, Tz: TimeZone> {
    pub reminders: &'a [Reminder],
    pub ledger: &'a Ledger,
    /// How many sessions of a routine were done on a day (the history).
    pub done: &'a dyn Fn(&str, NaiveDate) -> usize,
    /// Reminders are paused until then (from the tray or the app).
    pub paused_until: Option<DateTime<FixedOffset>>,
    pub now: DateTime<Tz>,
}

/// What to do now.
#[derive(Clone, Debug, PartialEq)]
pub struct Decision<Tz: TimeZone> {
    /// Lines to add to the ledger first.
    pub record: Vec<Line>,
    /// The reminder to show now, if any.
    pub show: Option<Slot>,
    /// When to wake next; `None` while nothing is planned in the next week.
    pub next: Option<DateTime<Tz>>,
}

pub fn decide<Tz: TimeZone>(s: &Situation<'_, Tz>) -> Decision<Tz> {
    let now = s.now.fixed_offset();
    let today = s.now.date_naive();
    let tz = s.now.timezone();
    let mut record: Vec<Line> = Vec::new();
    let mut next: Option<DateTime<FixedOffset>> = None;
    let sooner = |t: DateTime<FixedOffset>, next: &mut Option<DateTime<FixedOffset>>| {
        *next = Some(next.map_or(t, |n| n.min(t)));
    };

    // A reminder seen for the first time is planned from now on.
    for r in s.reminders {
        let known = s.ledger.since(&r.routine, r.at).is_some()
            || record
                .iter()
                .any(|l| l.routine == r.routine && l.at == r.at);
        if !known {
            let slot = Slot {
                date: today,
                at: r.at,
                routine: r.routine.clone(),
            };
            record.push(Line::new(&slot, Outcome::Planned, now));
        }
    }
    let since = |slot: &Slot| s.ledger.since(&slot.routine, slot.at).unwrap_or(now);

    let from = today
        .checked_sub_days(chrono::Days::new(u64::from(LOOKBACK_DAYS)))
        .unwrap_or(today);
    let mut due: Vec<Slot> = Vec::new();
    for o in occurrences(s.reminders, from, LOOKBACK_DAYS + LOOKAHEAD_DAYS, &tz) {
        let when = o.when.fixed_offset();
        if when < since(&o.slot) {
            continue;
        }
        if when > now {
            sooner(when, &mut next);
            continue;
        }
        match s.ledger.get(&o.slot).map(|e| (e.outcome, e.until)) {
            // Shown or snoozed, then its day ended unanswered.
            Some((Outcome::Shown | Outcome::Snoozed, _)) if o.slot.date != today => {
                record.push(Line::new(&o.slot, settle(s, &o.slot, &record), now));
            }
            Some((Outcome::Snoozed, until)) => {
                let until = until.unwrap_or(when);
                if until <= now {
                    due.push(o.slot);
                } else {
                    sooner(until, &mut next);
                }
            }
            Some(_) => {}
            None if already_done(s, &o.slot, &record) => {
                record.push(Line::new(&o.slot, Outcome::Done, now));
            }
            None if o.slot.date != today => {
                record.push(Line::new(&o.slot, Outcome::Missed, now));
            }
            None => due.push(o.slot),
        }
    }

    let paused = s.paused_until.filter(|&until| until > now);
    let show = match paused {
        Some(until) => {
            if !due.is_empty() {
                sooner(until, &mut next);
            }
            None
        }
        None => {
            // One notice at a time: the latest; the others were missed.
            let latest = due.pop();
            for slot in due {
                record.push(Line::new(&slot, Outcome::Missed, now));
            }
            latest
        }
    };
    Decision {
        record,
        show,
        next: next.map(|t| t.with_timezone(&tz)),
    }
}

/// Whether the routine of `slot` was already done that day, counting one
/// session for each earlier reminder of it that day that was started or
/// found done.
fn already_done<Tz: TimeZone>(s: &Situation<'_, Tz>, slot: &Slot, record: &[Line]) -> bool {
    let done = (s.done)(&slot.routine, slot.date);
    let used = s
        .ledger
        .slots()
        .filter(|(other, e)| {
            other.date == slot.date
                && other.routine == slot.routine
                && other.at < slot.at
                && matches!(e.outcome, Outcome::Started | Outcome::Done)
        })
        .count()
        + record
            .iter()
            .filter(|l| {
                l.date == slot.date && l.routine == slot.routine && l.outcome == Outcome::Done
            })
            .count();
    done > used
}

/// What a reminder shown and left unanswered becomes once its day is
/// over: done when its routine was done that day anyway, else missed.
fn settle<Tz: TimeZone>(s: &Situation<'_, Tz>, slot: &Slot, record: &[Line]) -> Outcome {
    if already_done(s, slot, record) {
        Outcome::Done
    } else {
        Outcome::Missed
    }
}

/// "In 10 minutes": the line that snoozes `slot` from `now`.
pub fn snooze(slot: &Slot, now: DateTime<FixedOffset>, by: Duration) -> Line {
    let mut line = Line::new(slot, Outcome::Snoozed, now);
    line.until = Some(now + by);
    line
}

#[cfg(test)]
mod tests;
