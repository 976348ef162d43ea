//! The sitting timer: what the service makes of each look at the desktop.
//!
//! The rules, so that none of the usual failures of break timers happen:
//! - sitting is counted from the moment the person is found at the
//!   computer until they are away for `away` or more (idle time), lock the
//!   screen, suspend the laptop or run a Limber routine: each of those is a
//!   break, and the count starts again (the service is told of a lock and
//!   of a routine's end as they happen, not only at its looks);
//! - short pauses (reading, a phone call under `away`) are still sitting;
//! - a look far later than asked for means the machine slept: a break,
//!   never an "overdue" notice right after waking;
//! - nothing is counted outside the chosen hours and days, and no notice
//!   comes then; none while a routine runs; a due break is postponed (not
//!   dropped) while a full-screen window or do-not-disturb is on, and held
//!   while breaks are paused; one notice at a time;
//! - the next look is the earliest moment a threshold could be crossed:
//!   the break falls due, or the last input becomes `away` old. Nothing
//!   polls faster than that.

use chrono::{DateTime, Datelike, Duration, FixedOffset, TimeZone};
use serde::{Deserialize, Serialize};

use super::Breaks;
use crate::reminders::schedule::moment;

/// "In 5 minutes".
pub const SNOOZE: Duration = Duration::minutes(5);
/// How soon a break held back by a full-screen window or do-not-disturb is
/// looked at again.
pub const POSTPONE: Duration = Duration::minutes(1);
/// How far ahead the next working hours are looked for.
const LOOKAHEAD_DAYS: u64 = 8;

/// What the service sees when it looks.
#[derive(Clone, Debug)]
pub struct Observation<Tz: TimeZone> {
    pub now: DateTime<Tz>,
    /// Time since the last keyboard or mouse input; `None` when no idle
    /// source works, and plain clock time is counted.
    pub idle: Option<Duration>,
    pub locked: bool,
    /// The machine woke from a suspend since the last look.
    pub resumed: bool,
    /// A Limber routine is playing.
    pub routine_running: bool,
    /// A full-screen window has the focus, or do-not-disturb is on.
    pub busy: bool,
    /// Breaks are paused until then (from the tray).
    pub paused_until: Option<DateTime<FixedOffset>>,
}

impl<Tz: TimeZone> Observation<Tz> {
    /// At the computer, nothing special going on.
    pub fn at(now: DateTime<Tz>, idle: Option<Duration>) -> Observation<Tz> {
        Observation {
            now,
            idle,
            locked: false,
            resumed: false,
            routine_running: false,
            busy: false,
            paused_until: None,
        }
    }
}

/// What became of a stretch of sitting, for `breaks.jsonl`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    /// A notice offered a break.
    Offered,
    /// Start desk break.
    Taken,
    /// In 5 minutes.
    Snoozed,
    /// Skip (or the notice was closed).
    Skipped,
    /// A break with no notice: away, locked, suspended or a routine.
    Rested,
}

/// One line of the ledger.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Line {
    #[serde(with = "crate::timefmt::rfc3339")]
    pub at: DateTime<FixedOffset>,
    pub outcome: Outcome,
    /// Sitting time of the stretch so far, in whole minutes.
    pub sitting_min: i64,
}

/// How the person answered a notice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    Start,
    Snooze,
    Skip,
    /// Closed without choosing: taken as Skip.
    Closed,
}

/// A break to offer now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Offer {
    pub sitting: Duration,
}

impl Offer {
    /// "Time to stand up · 45 min sitting".
    pub fn title(&self) -> String {
        crate::tr!("notice-break-title", minutes = self.sitting.num_minutes())
    }
}

/// What to do after a look.
#[derive(Clone, Debug, PartialEq)]
pub struct Decision<Tz: TimeZone> {
    /// Lines to add to the ledger.
    pub record: Vec<Line>,
    /// A notice to show now.
    pub show: Option<Offer>,
    /// Take the notice on screen away: the person left, or hours ended.
    pub withdraw: bool,
    /// When to look again.
    pub next: DateTime<Tz>,
}

/// A stretch of sitting.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Stretch {
    since: DateTime<FixedOffset>,
    /// When a break is offered (moved on by a snooze or a skip).
    due: DateTime<FixedOffset>,
    /// Begun by Start desk break.
    taken: bool,
}

/// The timer's state between looks.
#[derive(Clone, Debug)]
pub struct Timer {
    config: Breaks,
    stretch: Option<Stretch>,
    /// A notice is on screen.
    showing: bool,
    /// The last look, and the moment it asked to be looked at again.
    last: Option<(DateTime<FixedOffset>, DateTime<FixedOffset>)>,
}

impl Timer {
    pub fn new(config: Breaks) -> Timer {
        Timer {
            config,
            stretch: None,
            showing: false,
            last: None,
        }
    }

    pub fn config(&self) -> &Breaks {
        &self.config
    }

    /// Whether a notice is on screen.
    pub fn showing(&self) -> bool {
        self.showing
    }

    /// Sitting time counted so far (zero when not sitting).
    pub fn sitting(&self, now: DateTime<FixedOffset>) -> Duration {
        self.stretch
            .map_or(Duration::zero(), |s| (now - s.since).max(Duration::zero()))
    }

    /// One look at the desktop.
    pub fn look<Tz: TimeZone>(&mut self, o: &Observation<Tz>) -> Decision<Tz> {
        let now = o.now.fixed_offset();
        let tz = o.now.timezone();
        let every = to_chrono(self.config.every);
        let away = to_chrono(self.config.away);
        let idle = o.idle.map(|i| i.max(Duration::zero()));
        let previous = self.last.map(|(at, _)| at);
        let slept = o.resumed || self.last.is_some_and(|(_, planned)| now - planned >= away);
        let local = o.now.naive_local();
        let in_hours = self.config.days.includes(local.date().weekday())
            && self.config.hours.contains(local.time());

        let mut d = Decision {
            record: Vec::new(),
            show: None,
            withdraw: false,
            next: now,
        };
        let present = !o.locked && !slept && idle.is_none_or(|i| i < away);
        let sitting_ok = present && in_hours && !o.routine_running;

        if !sitting_ok {
            if let Some(stretch) = self.stretch.take() {
                // Sitting ended at the last input (or the last look before
                // a sleep); outside hours it simply stops being counted.
                let end = if slept {
                    previous.unwrap_or(now)
                } else if o.locked || o.routine_running {
                    now
                } else {
                    now - idle.unwrap_or(Duration::zero())
                };
                let sitting = end - stretch.since;
                // The routine after Start was recorded as taken already.
                let taken = stretch.taken && o.routine_running;
                if (!present || o.routine_running) && !taken && sitting >= Duration::minutes(1) {
                    d.record.push(line(now, Outcome::Rested, sitting));
                }
            }
            if self.showing {
                self.showing = false;
                d.withdraw = true;
            }
            d.next = if !in_hours {
                self.next_hours(&o.now, &tz)
            } else {
                // Away, locked or in a routine: look for the return.
                now + away
            };
        } else {
            let stretch = *self.stretch.get_or_insert_with(|| {
                // Back since some moment after the last look: take the
                // earliest, so a break is never late; not before today's
                // hours began.
                let start = moment(&tz, local.date(), self.config.hours.start_time());
                let since = previous.unwrap_or(now).max(start.fixed_offset()).min(now);
                Stretch {
                    since,
                    due: since + every,
                    taken: false,
                }
            });
            // The moment the last input becomes `away` old.
            let leaves = idle.map(|i| now - i + away);
            let paused = o.paused_until.filter(|&until| until > now);
            let mut next = if now < stretch.due {
                stretch.due
            } else if self.showing {
                // One notice at a time: wait for its answer, or for the
                // person to leave.
                now + SNOOZE
            } else if let Some(until) = paused {
                until
            } else if o.busy {
                now + POSTPONE
            } else {
                let sitting = now - stretch.since;
                self.showing = true;
                d.show = Some(Offer { sitting });
                d.record.push(line(now, Outcome::Offered, sitting));
                now + SNOOZE
            };
            if let Some(leaves) = leaves {
                next = next.min(leaves);
            }
            d.next = next;
        }
        // Always some progress, even with an idle time from the future.
        d.next = d.next.max(now + Duration::seconds(1));
        self.last = Some((now, d.next));
        Decision {
            record: d.record,
            show: d.show,
            withdraw: d.withdraw,
            next: d.next.with_timezone(&tz),
        }
    }

    /// The person answered the notice at `now`. Start begins a new stretch
    /// (the routine that follows is a break as well).
    pub fn answer(&mut self, answer: Answer, now: DateTime<FixedOffset>) -> Vec<Line> {
        self.showing = false;
        let every = to_chrono(self.config.every);
        let Some(stretch) = self.stretch.as_mut() else {
            return Vec::new();
        };
        let sitting = now - stretch.since;
        let outcome = match answer {
            Answer::Start => {
                *stretch = Stretch {
                    since: now,
                    due: now + every,
                    taken: true,
                };
                Outcome::Taken
            }
            Answer::Snooze => {
                stretch.due = now + SNOOZE;
                Outcome::Snoozed
            }
            Answer::Skip | Answer::Closed => {
                stretch.due = now + every;
                Outcome::Skipped
            }
        };
        vec![line(now, outcome, sitting)]
    }

    /// A routine ran from `start` to `end`, heard of when it ended (perhaps
    /// between looks, which would not have seen it): a break. The count
    /// starts again at `end`; the sitting before `start` is recorded as
    /// rested, unless Start desk break began it (recorded as taken
    /// already) or a look saw the routine run (recorded then). Lines to
    /// record, and whether to take the notice on screen away.
    pub fn routine_ran(
        &mut self,
        start: DateTime<FixedOffset>,
        end: DateTime<FixedOffset>,
    ) -> (Vec<Line>, bool) {
        let mut record = Vec::new();
        if self.stretch.is_some_and(|s| s.since >= end) {
            // Counted from after it already.
            return (record, false);
        }
        if let Some(stretch) = self.stretch
            && !stretch.taken
        {
            let sitting = start - stretch.since;
            if sitting >= Duration::minutes(1) {
                record.push(line(end, Outcome::Rested, sitting));
            }
        }
        self.stretch = Some(Stretch {
            since: end,
            due: end + to_chrono(self.config.every),
            taken: false,
        });
        (record, std::mem::take(&mut self.showing))
    }

    /// The notice of an offer made at `now` could not be shown: nobody saw
    /// it, so it is not answered; the break is offered again after
    /// [`SNOOZE`].
    pub fn not_shown(&mut self, now: DateTime<FixedOffset>) {
        self.showing = false;
        if let Some(stretch) = self.stretch.as_mut() {
            stretch.due = now + SNOOZE;
        }
    }

    /// The next start of working hours after now.
    fn next_hours<Tz: TimeZone>(&self, now: &DateTime<Tz>, tz: &Tz) -> DateTime<FixedOffset> {
        let today = now.date_naive();
        (0..=LOOKAHEAD_DAYS)
            .filter_map(|n| today.checked_add_days(chrono::Days::new(n)))
            .filter(|date| self.config.days.includes(date.weekday()))
            .map(|date| moment(tz, date, self.config.hours.start_time()).fixed_offset())
            .find(|&start| start > now.fixed_offset())
            .unwrap_or_else(|| now.fixed_offset() + Duration::days(1))
    }
}

fn line(at: DateTime<FixedOffset>, outcome: Outcome, sitting: Duration) -> Line {
    Line {
        at,
        outcome,
        sitting_min: sitting.num_minutes().max(0),
    }
}

fn to_chrono(d: crate::routine::Dur) -> Duration {
    Duration::milliseconds(i64::from(d.as_millis()))
}

#[cfg(test)]
mod tests;
