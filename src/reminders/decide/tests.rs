//! A simulated week of reminders, in milliseconds: the service wakes only
//! when the decision says, and the person answers each notice.

use chrono::{Datelike, NaiveDateTime, NaiveTime, Timelike, Weekday};
use chrono_tz::{Europe::Berlin, Tz};

use super::*;
use crate::reminders::Days;

fn local(text: &str) -> DateTime<Tz> {
    let naive = NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap();
    Berlin.from_local_datetime(&naive).earliest().unwrap()
}

fn reminder(routine: &str, h: u32, m: u32, days: Days) -> Reminder {
    Reminder {
        routine: routine.into(),
        at: NaiveTime::from_hms_opt(h, m, 0).unwrap(),
        days,
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Answer {
    Start,
    Snooze,
    Skip,
    Ignore,
}

struct World {
    reminders: Vec<Reminder>,
    ledger: Ledger,
    /// Sessions done: (routine, date).
    sessions: Vec<(String, NaiveDate)>,
    paused_until: Option<DateTime<FixedOffset>>,
    now: DateTime<Tz>,
    next: Option<DateTime<Tz>>,
    /// Notices shown: "Mon 18:30 sciatica-relief" (local time shown).
    shown: Vec<String>,
}

impl World {
    fn new(reminders: Vec<Reminder>, start: &str) -> World {
        let mut w = World {
            reminders,
            ledger: Ledger::default(),
            sessions: Vec::new(),
            paused_until: None,
            now: local(start),
            next: None,
            shown: Vec::new(),
        };
        w.wake(&mut |_, _| Answer::Ignore);
        w
    }

    /// The service wakes at `self.now`.
    fn wake(&mut self, answer: &mut dyn FnMut(&World, &Slot) -> Answer) {
        let sessions = self.sessions.clone();
        let done = move |routine: &str, date: NaiveDate| {
            sessions
                .iter()
                .filter(|(r, d)| r == routine && *d == date)
                .count()
        };
        let d = decide(&Situation {
            reminders: &self.reminders,
            ledger: &self.ledger,
            done: &done,
            paused_until: self.paused_until,
            now: self.now,
        });
        for line in &d.record {
            self.ledger.apply(line);
        }
        self.next = d.next;
        let Some(slot) = d.show else { return };
        let now = self.now.fixed_offset();
        self.ledger.apply(&Line::new(&slot, Outcome::Shown, now));
        self.shown.push(format!(
            "{:?} {:02}:{:02} {}",
            self.now.weekday(),
            self.now.hour(),
            self.now.minute(),
            slot.routine
        ));
        match answer(self, &slot) {
            Answer::Start => {
                self.ledger.apply(&Line::new(&slot, Outcome::Started, now));
                self.sessions
                    .push((slot.routine.clone(), self.now.date_naive()));
            }
            Answer::Snooze => {
                self.ledger
                    .apply(&snooze(&slot, now, Duration::minutes(10)));
                self.next = Some(match self.next {
                    Some(n) => n.min(self.now + Duration::minutes(10)),
                    None => self.now + Duration::minutes(10),
                });
            }
            Answer::Skip => self.ledger.apply(&Line::new(&slot, Outcome::Skipped, now)),
            Answer::Ignore => {}
        }
    }

    /// Sleeps from wake-up to wake-up until `until` (the machine awake).
    fn run_until(&mut self, until: &str, answer: &mut dyn FnMut(&World, &Slot) -> Answer) {
        let until = local(until);
        while let Some(next) = self.next.filter(|n| *n <= until) {
            self.now = next;
            self.wake(answer);
        }
        self.now = until;
    }

    /// Asleep or off until `until`: no wake-ups; then one on resume.
    fn sleep_until(&mut self, until: &str, answer: &mut dyn FnMut(&World, &Slot) -> Answer) {
        self.now = local(until);
        self.wake(answer);
    }

    fn outcome(&self, date: &str, h: u32, m: u32, routine: &str) -> Option<Outcome> {
        let slot = Slot {
            date: NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap(),
            at: NaiveTime::from_hms_opt(h, m, 0).unwrap(),
            routine: routine.into(),
        };
        self.ledger.get(&slot).map(|e| e.outcome)
    }
}

#[test]
fn a_simulated_week_shows_each_reminder_once_at_the_right_moment() {
    let reminders = vec![
        reminder("sciatica-relief", 18, 30, Days::Daily),
        reminder("stretches-only", 7, 45, Days::Weekdays),
        // In the hour skipped when clocks go forward on Sunday.
        reminder("foam-roll", 2, 30, Days::On(vec![Weekday::Sun])),
    ];
    // Monday 2026-03-23, 06:00; Berlin changes to summer time on the 29th.
    let mut w = World::new(reminders, "2026-03-23 06:00");
    assert_eq!(w.next, Some(local("2026-03-23 07:45")));

    // Monday: start the morning one; snooze the evening one twice.
    let mut snoozes = 0;
    w.run_until(
        "2026-03-23 23:59",
        &mut |_, slot| match slot.routine.as_str() {
            "sciatica-relief" if snoozes < 2 => {
                snoozes += 1;
                Answer::Snooze
            }
            _ => Answer::Start,
        },
    );
    // Tuesday: skip the morning; the routine was done at 17:00 before its
    // reminder, which is then not shown.
    w.run_until("2026-03-24 17:00", &mut |_, _| Answer::Skip);
    w.sessions
        .push(("sciatica-relief".into(), w.now.date_naive()));
    w.run_until("2026-03-24 23:59", &mut |_, _| Answer::Start);
    // Wednesday: the laptop sleeps 18:00–21:00 across the reminder, which
    // shows once on waking.
    w.run_until("2026-03-25 18:00", &mut |_, _| Answer::Start);
    w.sleep_until("2026-03-25 21:00", &mut |_, _| Answer::Ignore);
    w.run_until("2026-03-25 23:59", &mut |_, _| Answer::Ignore);
    // Thursday: off from 06:00 to Friday 08:00. Nothing of Thursday shows;
    // Friday's morning one does, late.
    w.run_until("2026-03-26 06:00", &mut |_, _| Answer::Ignore);
    w.sleep_until("2026-03-27 08:00", &mut |_, _| Answer::Start);
    // Friday evening: shown at 18:30, then the clock is set back to 18:00;
    // the second 18:30 shows nothing.
    w.run_until("2026-03-27 18:35", &mut |_, _| Answer::Ignore);
    w.sleep_until("2026-03-27 18:00", &mut |_, _| Answer::Ignore);
    w.run_until("2026-03-27 23:59", &mut |_, _| Answer::Ignore);
    // The weekend, across the change to summer time.
    w.run_until("2026-03-29 23:59", &mut |_, _| Answer::Start);

    assert_eq!(
        w.shown,
        [
            "Mon 07:45 stretches-only",
            "Mon 18:30 sciatica-relief",
            "Mon 18:40 sciatica-relief",
            "Mon 18:50 sciatica-relief",
            "Tue 07:45 stretches-only",
            "Wed 07:45 stretches-only",
            "Wed 21:00 sciatica-relief",
            "Fri 08:00 stretches-only",
            "Fri 18:30 sciatica-relief",
            "Sat 18:30 sciatica-relief",
            // 02:30 does not exist that night: right after the gap.
            "Sun 03:00 foam-roll",
            "Sun 18:30 sciatica-relief",
        ]
    );
    assert_eq!(
        w.outcome("2026-03-23", 18, 30, "sciatica-relief"),
        Some(Outcome::Started)
    );
    assert_eq!(
        w.outcome("2026-03-24", 7, 45, "stretches-only"),
        Some(Outcome::Skipped)
    );
    assert_eq!(
        w.outcome("2026-03-24", 18, 30, "sciatica-relief"),
        Some(Outcome::Done)
    );
    assert_eq!(
        w.outcome("2026-03-26", 7, 45, "stretches-only"),
        Some(Outcome::Missed)
    );
    assert_eq!(
        w.outcome("2026-03-26", 18, 30, "sciatica-relief"),
        Some(Outcome::Missed)
    );
    // Shown and ignored: missed once the day was over.
    assert_eq!(
        w.outcome("2026-03-25", 18, 30, "sciatica-relief"),
        Some(Outcome::Missed)
    );
    assert_eq!(
        w.outcome("2026-03-27", 18, 30, "sciatica-relief"),
        Some(Outcome::Missed)
    );
    // Sunday's, started, stays started; its day is not over yet.
    assert_eq!(
        w.outcome("2026-03-29", 18, 30, "sciatica-relief"),
        Some(Outcome::Started)
    );
}

#[test]
fn a_reminder_shown_and_left_is_missed_when_its_day_ends_or_done_if_it_was() {
    let mut w = World::new(
        vec![
            reminder("sciatica-relief", 18, 30, Days::Daily),
            reminder("desk-break", 10, 0, Days::Daily),
        ],
        "2026-12-02 08:00",
    );
    // Both shown; neither answered (ignored, or the notice dismissed).
    w.run_until("2026-12-02 20:00", &mut |_, _| Answer::Ignore);
    assert_eq!(
        w.shown,
        ["Wed 10:00 desk-break", "Wed 18:30 sciatica-relief"]
    );
    // While the day lasts, it stays shown: it may still be done.
    assert_eq!(
        w.outcome("2026-12-02", 18, 30, "sciatica-relief"),
        Some(Outcome::Shown)
    );
    // The desk break was done from the library later that evening.
    w.sessions.push(("desk-break".into(), w.now.date_naive()));
    // Nothing wakes the service before tomorrow's first reminder.
    assert_eq!(w.next, Some(local("2026-12-03 10:00")));
    w.run_until("2026-12-03 10:30", &mut |_, _| Answer::Start);
    assert_eq!(
        w.outcome("2026-12-02", 18, 30, "sciatica-relief"),
        Some(Outcome::Missed)
    );
    assert_eq!(
        w.outcome("2026-12-02", 10, 0, "desk-break"),
        Some(Outcome::Done)
    );
    // Settled once: waking again records nothing more about that day.
    let sessions = w.sessions.clone();
    let done = move |routine: &str, date: NaiveDate| {
        sessions
            .iter()
            .filter(|(r, d)| r == routine && *d == date)
            .count()
    };
    let d = decide(&Situation {
        reminders: &w.reminders,
        ledger: &w.ledger,
        done: &done,
        paused_until: None,
        now: w.now,
    });
    assert!(d.record.is_empty(), "{:?}", d.record);
}

#[test]
fn after_a_long_absence_only_the_latest_of_today_shows() {
    let reminders = vec![
        reminder("stretches-only", 7, 45, Days::Daily),
        reminder("desk-break", 12, 0, Days::Daily),
        reminder("sciatica-relief", 18, 30, Days::Daily),
    ];
    let mut w = World::new(reminders, "2026-12-01 06:00");
    w.run_until("2026-12-01 07:00", &mut |_, _| Answer::Start);
    // Back at 13:00 two days later: one notice, the 12:00 one.
    w.sleep_until("2026-12-03 13:00", &mut |_, _| Answer::Ignore);
    assert_eq!(w.shown, ["Thu 13:00 desk-break"]);
    assert_eq!(
        w.outcome("2026-12-03", 7, 45, "stretches-only"),
        Some(Outcome::Missed)
    );
    assert_eq!(
        w.outcome("2026-12-02", 18, 30, "sciatica-relief"),
        Some(Outcome::Missed)
    );
    assert_eq!(w.next, Some(local("2026-12-03 18:30")));
}

#[test]
fn days_before_a_reminder_existed_are_not_missed() {
    // Set up at 19:00 for 18:30 daily: today's already passed, unplanned.
    let mut w = World::new(
        vec![reminder("sciatica-relief", 18, 30, Days::Daily)],
        "2026-12-02 19:00",
    );
    assert!(w.shown.is_empty());
    assert_eq!(w.outcome("2026-12-02", 18, 30, "sciatica-relief"), None);
    assert_eq!(w.outcome("2026-12-01", 18, 30, "sciatica-relief"), None);
    assert_eq!(w.next, Some(local("2026-12-03 18:30")));
    w.run_until("2026-12-03 20:00", &mut |_, _| Answer::Ignore);
    assert_eq!(w.shown, ["Thu 18:30 sciatica-relief"]);
}

#[test]
fn paused_reminders_wait_and_then_show_the_same_day() {
    let mut w = World::new(
        vec![reminder("sciatica-relief", 18, 30, Days::Daily)],
        "2026-12-02 18:00",
    );
    w.paused_until = Some(local("2026-12-02 19:00").fixed_offset());
    w.run_until("2026-12-02 18:45", &mut |_, _| Answer::Start);
    assert!(w.shown.is_empty(), "{:?}", w.shown);
    assert_eq!(w.next, Some(local("2026-12-02 19:00")));
    w.run_until("2026-12-02 20:00", &mut |_, _| Answer::Start);
    assert_eq!(w.shown, ["Wed 19:00 sciatica-relief"]);
}

#[test]
fn two_reminders_of_one_routine_need_two_sessions() {
    let mut w = World::new(
        vec![
            reminder("desk-break", 10, 0, Days::Daily),
            reminder("desk-break", 15, 0, Days::Daily),
        ],
        "2026-12-02 08:00",
    );
    w.run_until("2026-12-02 23:00", &mut |_, _| Answer::Start);
    assert_eq!(w.shown, ["Wed 10:00 desk-break", "Wed 15:00 desk-break"]);
}
