//! Simulated workdays, in milliseconds: the service looks only when the
//! timer asks (or when the desktop tells it something: a lock, a routine
//! starting or ending), the person's input comes from a script, and each
//! notice gets a scripted answer.

use std::collections::VecDeque;

use chrono::{NaiveDateTime, Timelike};
use chrono_tz::{Europe::Berlin, Tz};
use proptest::prelude::*;

use super::*;
use crate::breaks::Hours;
use crate::reminders::Days;
use crate::routine::Dur;

fn local(text: &str) -> DateTime<Tz> {
    let naive = NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap();
    Berlin.from_local_datetime(&naive).earliest().unwrap()
}

/// Monday 2026-12-07 at a time of day.
fn mon(hm: &str) -> DateTime<Tz> {
    local(&format!("2026-12-07 {hm}"))
}

fn hm(t: DateTime<Tz>) -> String {
    format!("{:02}:{:02}", t.hour(), t.minute())
}

/// Every 45 minutes, 5 away, 09:00-17:30 on weekdays.
fn office() -> Breaks {
    Breaks {
        hours: Hours::parse("09:00-17:30").unwrap(),
        days: Days::Weekdays,
        ..Breaks::default()
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Doing {
    /// A key or the mouse every 7 seconds.
    Typing,
    /// Typing in a full-screen call.
    Meeting,
    /// No input.
    Away,
    Locked,
    /// The laptop is suspended: the service cannot look.
    Asleep,
    /// A Limber routine plays (no input).
    Routine,
}

const KEYS_EVERY: i64 = 7;

struct World {
    timer: Timer,
    /// From each moment on, what the person does; in time order.
    plan: Vec<(DateTime<Tz>, Doing)>,
    /// Whether the idle source works.
    idle_source: bool,
    /// Whether logind says when the laptop wakes.
    tells_resume: bool,
    paused_until: Option<DateTime<FixedOffset>>,
    /// Answers to the notices in turn; afterwards, `then`.
    answers: VecDeque<Option<Answer>>,
    then: Option<Answer>,
    next: DateTime<Tz>,
    offers: Vec<DateTime<Tz>>,
    lines: Vec<Line>,
    looks: Vec<DateTime<Tz>>,
    on_screen: bool,
    withdrawn: usize,
}

impl World {
    fn new(config: Breaks, plan: &[(&str, Doing)], then: Option<Answer>) -> World {
        let plan: Vec<(DateTime<Tz>, Doing)> = plan.iter().map(|(t, d)| (mon(t), *d)).collect();
        World {
            timer: Timer::new(config),
            next: plan[0].0,
            plan,
            idle_source: true,
            tells_resume: true,
            paused_until: None,
            answers: VecDeque::new(),
            then,
            offers: Vec::new(),
            lines: Vec::new(),
            looks: Vec::new(),
            on_screen: false,
            withdrawn: 0,
        }
    }

    fn doing(&self, t: DateTime<Tz>) -> Doing {
        self.plan
            .iter()
            .rev()
            .find(|(from, _)| *from <= t)
            .map_or(Doing::Away, |(_, d)| *d)
    }

    /// The last input at or before `t`.
    fn last_input(&self, t: DateTime<Tz>) -> DateTime<Tz> {
        let mut last = self.plan[0].0 - Duration::hours(8);
        for (i, (from, doing)) in self.plan.iter().enumerate() {
            if *from > t {
                break;
            }
            if matches!(doing, Doing::Typing | Doing::Meeting) {
                // Keys at `from`, then every few seconds, before the next
                // segment and not after `t`.
                let cap = match self.plan.get(i + 1) {
                    Some((to, _)) if *to <= t => *to - Duration::seconds(1),
                    _ => t,
                };
                let keys = (cap - *from).num_seconds() / KEYS_EVERY;
                last = *from + Duration::seconds(keys * KEYS_EVERY);
            }
        }
        last
    }

    /// The next moment the desktop tells the service something.
    fn next_event(&self, after: DateTime<Tz>) -> Option<DateTime<Tz>> {
        self.plan.windows(2).find_map(|w| {
            let (a, b) = (w[0].1, w[1].1);
            let told = |d: Doing| matches!(d, Doing::Locked | Doing::Routine);
            (w[1].0 > after && (told(a) || told(b)) && a != Doing::Asleep).then_some(w[1].0)
        })
    }

    fn run_until(&mut self, end: DateTime<Tz>) {
        let mut previous = self.next;
        loop {
            let mut t = self.next;
            if let Some(e) = self.next_event(previous) {
                t = t.min(e);
            }
            // logind tells of a wake since the last look.
            let mut resumed = self.tells_resume
                && self
                    .plan
                    .windows(2)
                    .any(|p| p[0].1 == Doing::Asleep && p[1].0 > previous && p[1].0 <= t);
            if self.doing(t) == Doing::Asleep {
                // Looked at the moment it wakes.
                t = self
                    .plan
                    .iter()
                    .find(|(from, d)| *from > t && *d != Doing::Asleep)
                    .map_or(end, |(from, _)| *from);
                resumed = self.tells_resume;
            }
            if t > end {
                break;
            }
            assert!(t >= previous, "time runs forward");
            previous = t;
            self.look(t, resumed);
        }
    }

    fn look(&mut self, t: DateTime<Tz>, resumed: bool) {
        self.looks.push(t);
        let doing = self.doing(t);
        let o = Observation {
            now: t,
            idle: self.idle_source.then(|| t - self.last_input(t)),
            locked: doing == Doing::Locked,
            resumed,
            routine_running: doing == Doing::Routine,
            busy: doing == Doing::Meeting,
            paused_until: self.paused_until,
        };
        let d = self.timer.look(&o);
        assert!(d.next > t, "the next look is later");
        self.lines.extend(d.record);
        if d.withdraw {
            assert!(self.on_screen);
            self.on_screen = false;
            self.withdrawn += 1;
        }
        self.next = d.next;
        if let Some(offer) = d.show {
            assert!(!self.on_screen, "one notice at a time");
            assert!(offer.sitting >= to_chrono(self.timer.config().every));
            self.offers.push(t);
            self.on_screen = true;
            let answer = self.answers.pop_front().unwrap_or(self.then);
            if let Some(answer) = answer {
                self.on_screen = false;
                let lines = self.timer.answer(answer, t.fixed_offset());
                self.lines.extend(lines);
                // The service looks again after an answer.
                self.look(t, false);
            }
        }
    }

    fn offered(&self) -> Vec<String> {
        self.offers.iter().map(|t| hm(*t)).collect()
    }

    fn outcomes(&self) -> Vec<(Outcome, i64)> {
        self.lines
            .iter()
            .map(|l| (l.outcome, l.sitting_min))
            .collect()
    }
}

use Doing::*;

#[test]
fn steady_typing_gets_a_break_offer_every_45_minutes_of_hours() {
    let mut w = World::new(office(), &[("08:00", Typing)], Some(Answer::Skip));
    w.run_until(mon("23:59"));
    assert_eq!(
        w.offered(),
        [
            "09:45", "10:30", "11:15", "12:00", "12:45", "13:30", "14:15", "15:00", "15:45",
            "16:30", "17:15"
        ]
    );
    // Skipping keeps counting the sitting.
    assert_eq!(
        w.lines[0],
        line(
            mon("09:45").fixed_offset(),
            Outcome::Offered,
            Duration::minutes(45)
        )
    );
    assert_eq!(w.outcomes()[2], (Outcome::Offered, 90));
    // Looks come when a threshold could be crossed (every 5 minutes at
    // most while typing, as `away` is 5 minutes), not every second.
    // 8.5 hours at one look per 5 minutes, two per offer (the offer and
    // after its answer), and the look at 08:00 that slept until 09:00.
    let looks = w.looks.len();
    assert!(looks <= 102 + 2 * 11 + 3, "{looks} looks");
    assert!(looks >= 100, "{looks} looks: away is checked");
    assert!(
        w.looks
            .iter()
            .all(|t| hm(*t) == "08:00" || *t >= mon("09:00"))
    );
}

#[test]
fn a_lunch_away_is_a_break_and_the_count_starts_again() {
    let mut w = World::new(
        office(),
        &[
            ("09:00", Typing),
            ("12:10", Away),
            ("13:05", Typing),
            ("17:30", Away),
        ],
        Some(Answer::Skip),
    );
    w.run_until(mon("18:00"));
    assert_eq!(
        w.offered(),
        [
            "09:45", "10:30", "11:15", "12:00", "13:49", "14:34", "15:19", "16:04", "16:49"
        ]
    );
    // Back at 13:05, seen at the look after: counted from the look before
    // (13:04:59), so the break is never late.
    // The sitting before lunch ran until the last key, 12:09:59.
    assert!(
        w.outcomes().contains(&(Outcome::Rested, 189)),
        "{:?}",
        w.outcomes()
    );
    // While away, a look every 5 minutes for the return, no more.
    let lunch = w
        .looks
        .iter()
        .filter(|t| **t > mon("12:10") && **t < mon("13:05"));
    let lunch: Vec<_> = lunch.collect();
    assert!((10..=12).contains(&lunch.len()), "{lunch:?}");
    // Once found away (the last key 5 minutes old), every 5 minutes.
    let found = mon("12:14") + Duration::seconds(56);
    let after: Vec<_> = lunch.iter().filter(|t| ***t >= found).collect();
    assert!(
        after
            .windows(2)
            .all(|p| **p[1] - **p[0] == Duration::minutes(5)),
        "{lunch:?}"
    );
}

#[test]
fn a_short_pause_under_away_is_still_sitting() {
    let mut w = World::new(
        office(),
        &[("09:00", Typing), ("09:20", Away), ("09:24", Typing)],
        None,
    );
    w.run_until(mon("10:00"));
    assert_eq!(w.offered(), ["09:45"]);
}

#[test]
fn no_overdue_break_right_after_waking() {
    for tells_resume in [true, false] {
        let mut w = World::new(
            office(),
            &[("09:00", Typing), ("10:00", Asleep), ("10:50", Typing)],
            Some(Answer::Skip),
        );
        w.tells_resume = tells_resume;
        w.run_until(mon("12:30"));
        assert_eq!(
            w.offered(),
            ["09:45", "11:35", "12:20"],
            "logind tells of the wake: {tells_resume}"
        );
    }
}

#[test]
fn a_locked_screen_is_a_break_however_short() {
    let mut w = World::new(
        office(),
        &[("09:00", Typing), ("10:00", Locked), ("10:03", Typing)],
        Some(Answer::Skip),
    );
    w.run_until(mon("11:00"));
    assert_eq!(w.offered(), ["09:45", "10:45"]);
    assert!(
        w.outcomes().contains(&(Outcome::Rested, 60)),
        "{:?}",
        w.outcomes()
    );
}

#[test]
fn nothing_outside_hours_or_days_and_no_looks_either() {
    let mut w = World::new(
        office(),
        &[("16:00", Typing), ("20:00", Away)],
        Some(Answer::Skip),
    );
    w.run_until(mon("23:59"));
    assert_eq!(w.offered(), ["16:45"]);
    // The look at 17:30 found the hours over and asked to be woken at
    // 09:00 on Tuesday.
    assert_eq!(w.next, local("2026-12-08 09:00"));

    // Saturday: typing all day, no offer; one look, then Monday 09:00.
    let sat = [("00:00", Typing)];
    let mut w = World::new(office(), &sat, Some(Answer::Skip));
    w.plan[0].0 = local("2026-12-05 08:00");
    w.next = w.plan[0].0;
    w.run_until(local("2026-12-06 23:00"));
    assert!(w.offered().is_empty());
    assert_eq!(w.looks.len(), 1);
    assert_eq!(w.next, local("2026-12-07 09:00"));
}

#[test]
fn the_notice_is_withdrawn_when_the_hours_end_or_the_person_leaves() {
    let mut w = World::new(office(), &[("09:00", Typing), ("09:50", Away)], None);
    w.run_until(mon("10:30"));
    assert_eq!(w.offered(), ["09:45"]);
    assert_eq!(w.withdrawn, 1, "left for a break without answering");
}

#[test]
fn snoozed_twice_then_started() {
    let mut w = World::new(
        office(),
        &[("09:00", Typing), ("09:56", Routine), ("10:03", Typing)],
        Some(Answer::Skip),
    );
    w.answers = [
        Some(Answer::Snooze),
        Some(Answer::Snooze),
        Some(Answer::Start),
    ]
    .into();
    w.run_until(mon("11:00"));
    // Back from the routine at 10:03, counted from the look at 10:01.
    assert_eq!(w.offered(), ["09:45", "09:50", "09:55", "10:46"]);
    assert_eq!(
        w.outcomes()[..6],
        [
            (Outcome::Offered, 45),
            (Outcome::Snoozed, 45),
            (Outcome::Offered, 50),
            (Outcome::Snoozed, 50),
            (Outcome::Offered, 55),
            (Outcome::Taken, 55),
        ]
    );
}

#[test]
fn a_break_taken_early_moves_the_next_one() {
    let mut w = World::new(
        office(),
        &[("09:00", Typing), ("09:30", Routine), ("09:37", Typing)],
        Some(Answer::Skip),
    );
    w.run_until(mon("11:00"));
    // Back from the routine some time after the look at 09:35.
    assert_eq!(w.offered(), ["10:20"]);
    assert_eq!(w.outcomes()[0], (Outcome::Rested, 30));
}

#[test]
fn a_full_screen_meeting_postpones_the_break_without_dropping_it() {
    let mut w = World::new(
        office(),
        &[("09:00", Typing), ("09:40", Meeting), ("10:20", Typing)],
        Some(Answer::Skip),
    );
    w.run_until(mon("10:30"));
    assert_eq!(w.offered(), ["10:20"]);
    assert_eq!(w.outcomes()[0], (Outcome::Offered, 80));
}

#[test]
fn paused_breaks_wait_for_the_pause_to_end() {
    let mut w = World::new(office(), &[("09:00", Typing)], Some(Answer::Skip));
    w.paused_until = Some(mon("11:00").fixed_offset());
    w.run_until(mon("11:50"));
    assert_eq!(w.offered(), ["11:00", "11:45"]);
}

#[test]
fn without_an_idle_source_clock_time_counts_and_a_lock_resets() {
    let mut w = World::new(
        office(),
        &[
            ("09:00", Typing),
            ("12:00", Away),
            ("13:00", Locked),
            ("13:10", Typing),
        ],
        Some(Answer::Skip),
    );
    w.idle_source = false;
    w.run_until(mon("14:30"));
    // Away is not seen without an idle source; the lock is.
    // Unlocked at 13:10, counted from the look before (13:05).
    assert_eq!(
        w.offered(),
        ["09:45", "10:30", "11:15", "12:00", "12:45", "13:50"]
    );
    // And no looks in between: only when a break falls due, or on events.
    assert!(w.looks.len() <= 16, "{:?}", w.looks);
}

#[test]
fn a_short_every_for_trying_it_out() {
    let config = Breaks {
        every: Dur::from_secs(60),
        away: Dur::from_secs(30),
        ..Breaks::default()
    };
    let mut w = World::new(config, &[("09:00", Typing)], Some(Answer::Skip));
    w.run_until(mon("09:05"));
    assert_eq!(w.offered(), ["09:01", "09:02", "09:03", "09:04", "09:05"]);
}

// -- Any day at all -------------------------------------------------------

fn doing() -> impl Strategy<Value = Doing> {
    prop_oneof![
        4 => Just(Typing),
        1 => Just(Meeting),
        2 => Just(Away),
        1 => Just(Locked),
        1 => Just(Asleep),
        1 => Just(Routine),
    ]
}

fn answer() -> impl Strategy<Value = Option<Answer>> {
    prop_oneof![
        Just(None),
        Just(Some(Answer::Start)),
        Just(Some(Answer::Snooze)),
        Just(Some(Answer::Skip)),
        Just(Some(Answer::Closed)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_day_keeps_the_promises(
        segments in prop::collection::vec((doing(), 1i64..150), 1..20),
        answers in prop::collection::vec(answer(), 0..10),
        every_min in 1u32..120,
        away_s in 30u32..900,
        idle_source in any::<bool>(),
    ) {
        let config = Breaks {
            every: Dur::from_secs(every_min * 60),
            away: Dur::from_secs(away_s),
            ..office()
        };
        let mut plan = Vec::new();
        let mut at = mon("07:00");
        for (d, minutes) in &segments {
            plan.push((at, *d));
            at += Duration::minutes(*minutes);
        }
        plan.push((at, Away));
        let end = at + Duration::hours(1);
        let mut w = World::new(config.clone(), &[("07:00", Away)], None);
        w.plan = plan;
        w.idle_source = idle_source;
        w.answers = answers.into();
        w.run_until(end);

        let every = to_chrono(config.every);
        let away = to_chrono(config.away);
        for &t in &w.offers {
            let doing = w.doing(t);
            // Within hours, never in a routine, locked or a meeting.
            prop_assert!(config.hours.contains(t.time()), "{t}");
            prop_assert!(!matches!(doing, Routine | Locked | Meeting | Asleep), "{t}: {doing:?}");
            if idle_source {
                // Someone was there.
                prop_assert!(t - w.last_input(t) < away, "{t}");
            }
            // Not within `every` of waking up.
            let woke = w
                .plan
                .windows(2)
                .filter(|p| p[0].1 == Asleep && p[1].0 <= t)
                .map(|p| p[1].0)
                .next_back();
            if let Some(woke) = woke {
                prop_assert!(t - woke >= every, "{t}: woke at {woke}");
            }
        }
        // Looks are bounded: `away`, or a minute's postponement, is the
        // finest step, besides the events and answers.
        let minutes = (end - mon("07:00")).num_minutes() as usize;
        let per_minute = 60usize.div_ceil(away_s.min(60) as usize);
        let looks = w.looks.len();
        let most = minutes * per_minute + 3 * segments.len() + 2 * w.offers.len() + 2;
        prop_assert!(looks <= most, "{} looks, at most {}", looks, most);
        // Every offer is in the ledger with the sitting time it follows.
        let offered = w.lines.iter().filter(|l| l.outcome == Outcome::Offered).count();
        prop_assert_eq!(offered, w.offers.len());
    }
}

/// Typing all along: looks whenever the timer asks, from `from` up to
/// `until`; the offers made (at what sitting time), and the next look.
fn typing(t: &mut Timer, from: DateTime<Tz>, until: &str) -> (Vec<(String, i64)>, DateTime<Tz>) {
    let until = mon(until);
    let mut offers = Vec::new();
    let mut now = from;
    while now <= until {
        let d = t.look(&Observation::at(now, Some(Duration::zero())));
        if let Some(o) = d.show {
            offers.push((hm(now), o.sitting.num_minutes()));
        }
        now = d.next;
    }
    (offers, now)
}

#[test]
fn an_offer_whose_notice_failed_is_not_answered_and_comes_again() {
    let mut t = Timer::new(office());
    let (offers, _) = typing(&mut t, mon("09:00"), "09:45");
    assert_eq!(offers, [("09:45".to_string(), 45)]);
    // The notice could not be shown: no answer, nothing on screen.
    t.not_shown(mon("09:45").fixed_offset());
    assert!(!t.showing());
    let (offers, _) = typing(&mut t, mon("09:46"), "09:52");
    assert_eq!(offers, [("09:50".to_string(), 50)]);
}

#[test]
fn a_routine_run_between_looks_is_a_break_when_it_ends() {
    let mut t = Timer::new(office());
    let (offers, next) = typing(&mut t, mon("09:00"), "09:19");
    assert!(offers.is_empty());
    // The desk break from the library, 09:20 to 09:27: no look saw it.
    let (lines, withdraw) = t.routine_ran(mon("09:20").fixed_offset(), mon("09:27").fixed_offset());
    assert!(!withdraw);
    assert_eq!(
        lines
            .iter()
            .map(|l| (l.outcome, l.sitting_min))
            .collect::<Vec<_>>(),
        [(Outcome::Rested, 20)]
    );
    // The count starts again at its end: the next offer is at 10:12.
    let (offers, _) = typing(&mut t, next.max(mon("09:27")), "10:12");
    assert_eq!(offers, [("10:12".to_string(), 45)]);
    // Start desk break: the routine that follows was recorded as taken,
    // and its end starts the count again.
    t.answer(Answer::Start, mon("10:13").fixed_offset());
    let (lines, _) = t.routine_ran(mon("10:13").fixed_offset(), mon("10:20").fixed_offset());
    assert!(lines.is_empty(), "{lines:?}");
    assert_eq!(
        t.sitting(mon("10:30").fixed_offset()),
        Duration::minutes(10)
    );
    // Heard of twice (the history changed again): counted once.
    let (lines, _) = t.routine_ran(mon("10:13").fixed_offset(), mon("10:20").fixed_offset());
    assert!(lines.is_empty());
    assert_eq!(
        t.sitting(mon("10:30").fixed_offset()),
        Duration::minutes(10)
    );
}

#[test]
fn a_routine_that_ends_while_its_break_is_offered_takes_the_notice_away() {
    let mut t = Timer::new(office());
    let (offers, _) = typing(&mut t, mon("09:00"), "09:45");
    assert_eq!(offers.len(), 1);
    assert!(t.showing());
    // Done from the library instead of from the notice.
    let (lines, withdraw) = t.routine_ran(mon("09:46").fixed_offset(), mon("09:52").fixed_offset());
    assert!(withdraw);
    assert!(!t.showing());
    assert_eq!(lines[0].outcome, Outcome::Rested);
}
