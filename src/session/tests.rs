//! Engine tests. Time is a base `Instant` plus offsets, so every test is
//! exact and independent of the machine's speed.

use std::sync::Arc;
use std::time::{Duration, Instant};

use proptest::prelude::*;

use super::*;
use crate::routine::{Answer, PlanOptions, Routine, Side, StepKind, parse};

/// Steps of `TEST` (start–end, seconds):
/// 0 prepare 0–5 · 1 work L1 5–25 · 2 switch 25–28 · 3 work R1 28–48 ·
/// 4 rest 48–58 · 5 work L2 58–78 · 6 switch 78–81 · 7 work R2 81–101 ·
/// 8 gate @101 · 9 prepare 101–106 · 10 reps ×5 106–126 · 11 prepare 126–131 ·
/// 12 open work (until done) @131
const TEST: &str = r#"(
    name: "Test",
    defaults: (prepare: "5s", rest: "10s", switch: "3s"),
    sections: [
        (name: "A", moves: [(id: "hold", name: "Hold", hold: "20s", sides: Both, sets: 2,
                             breath: (inhale: "4s", exhale: "6s"))]),
        (name: "B", gate: (question: "Pain?", yes: Skip, no: Run),
         moves: [(id: "reps", name: "Reps", reps: 5, tempo: "4s")]),
        (name: "C", moves: [(id: "open", name: "Open", until_done: true)]),
    ],
)"#;

fn routine(text: &str) -> Arc<Routine> {
    Arc::new(parse("test.ron", text).unwrap())
}

fn start() -> (Session, Instant, Vec<Event>) {
    let base = Instant::now();
    let (s, events) = Session::start(routine(TEST), PlanOptions::default(), base);
    (s, base, events)
}

fn at(base: Instant, secs: f64) -> Instant {
    base + Duration::from_secs_f64(secs)
}

fn kinds(events: &[Event]) -> Vec<EventKind> {
    events.iter().map(|e| e.kind).collect()
}

fn secs(base: Instant, e: &Event) -> f64 {
    (e.at - base).as_secs_f64()
}

/// Finds the first event of a kind and returns when it was due.
fn when(base: Instant, events: &[Event], kind: EventKind) -> Option<f64> {
    events
        .iter()
        .find(|e| e.kind == kind)
        .map(|e| secs(base, e))
}

#[test]
fn the_plan_matches_the_documented_steps() {
    let (s, _, _) = start();
    let kinds: Vec<StepKind> = s.plan().steps.iter().map(|s| s.kind).collect();
    use StepKind::*;
    assert_eq!(
        kinds,
        [
            Prepare, Work, Switch, Work, Rest, Work, Switch, Work, Gate, Prepare, Work, Prepare,
            Work
        ]
    );
    let starts: Vec<u64> = s.plan().steps.iter().map(|s| s.start.as_secs()).collect();
    assert_eq!(
        starts,
        [0, 5, 25, 28, 48, 58, 78, 81, 101, 101, 106, 126, 131]
    );
    assert_eq!(s.plan().total, Duration::from_secs(131));
}

#[test]
fn start_announces_the_first_step() {
    let (s, base, events) = start();
    assert_eq!(kinds(&events), [EventKind::StepStarted(StepKind::Prepare)]);
    assert_eq!(events[0].at, base);
    let status = s.status(base);
    assert_eq!(status.remaining, Duration::from_secs(5));
    assert_eq!(status.phase, Phase::Running);
    assert_eq!(status.routine_left, Duration::from_secs(131));
}

#[test]
fn get_ready_counts_down_then_work_starts_on_its_deadline() {
    let (mut s, base, _) = start();
    let events = s.tick(at(base, 5.3));
    assert_eq!(
        kinds(&events),
        [
            EventKind::Countdown(3),
            EventKind::Countdown(2),
            EventKind::Countdown(1),
            EventKind::StepStarted(StepKind::Work),
            EventKind::Breath(BreathPhase::Inhale),
        ]
    );
    let times: Vec<f64> = events.iter().map(|e| secs(base, e)).collect();
    assert_eq!(times, [2.0, 3.0, 4.0, 5.0, 5.0]);
    let status = s.status(at(base, 5.3));
    assert_eq!(status.index, 1);
    assert_eq!(status.elapsed, Duration::from_millis(300));
}

#[test]
fn a_hold_has_halfway_breaths_and_a_switch() {
    let (mut s, base, _) = start();
    let events = s.tick(at(base, 28.0));
    assert_eq!(when(base, &events, EventKind::Halfway), Some(15.0));
    let breaths: Vec<(f64, EventKind)> = events
        .iter()
        .filter(|e| e.step == 1 && matches!(e.kind, EventKind::Breath(_)))
        .map(|e| (secs(base, e), e.kind))
        .collect();
    use BreathPhase::*;
    assert_eq!(
        breaths,
        [
            (5.0, EventKind::Breath(Inhale)),
            (9.0, EventKind::Breath(Exhale)),
            (15.0, EventKind::Breath(Inhale)),
            (19.0, EventKind::Breath(Exhale)),
        ],
        "a 4 s + 6 s breath over a 20 s hold, with no new breath at its very end"
    );
    assert_eq!(when(base, &events, EventKind::SwitchSides), Some(25.0));
    assert_eq!(
        when(base, &events, EventKind::StepStarted(StepKind::Switch)),
        Some(25.0)
    );
    // The left side of set 1 is not the end of the set.
    assert_eq!(when(base, &events, EventKind::SetDone), None);
}

#[test]
fn set_done_after_the_second_side() {
    let (mut s, base, _) = start();
    let events = s.tick(at(base, 50.0));
    assert_eq!(when(base, &events, EventKind::SetDone), Some(48.0));
    assert_eq!(s.step().unwrap().kind, StepKind::Rest);
}

#[test]
fn breath_status_follows_the_pattern() {
    let (mut s, base, _) = start();
    s.tick(at(base, 7.0));
    let b = s.status(at(base, 7.0)).breath.unwrap();
    assert_eq!(b.phase, BreathPhase::Inhale);
    assert!((b.level - 0.5).abs() < 1e-6, "halfway through a 4 s inhale");
    s.tick(at(base, 12.0));
    let b = s.status(at(base, 12.0)).breath.unwrap();
    assert_eq!(b.phase, BreathPhase::Exhale);
    assert!((b.level - 0.5).abs() < 1e-6, "halfway through a 6 s exhale");
    // No breathing guide while getting ready.
    let (s, base, _) = start();
    assert_eq!(s.status(base).breath, None);
}

#[test]
fn a_tick_arriving_ten_seconds_late_does_not_drift() {
    let (mut s, base, _) = start();
    s.tick(at(base, 20.0));
    // The next tick comes 10 s late, after two step boundaries.
    let events = s.tick(at(base, 40.0));
    assert_eq!(
        when(base, &events, EventKind::StepStarted(StepKind::Switch)),
        Some(25.0)
    );
    assert_eq!(
        when(base, &events, EventKind::StepStarted(StepKind::Work)),
        Some(28.0)
    );
    let status = s.status(at(base, 40.0));
    assert_eq!(status.index, 3);
    assert_eq!(status.elapsed, Duration::from_secs(12));
    assert_eq!(status.remaining, Duration::from_secs(8));
    assert_eq!(status.routine_left, Duration::from_secs(91));
}

#[test]
fn events_do_not_depend_on_how_often_it_ticks() {
    let run = |step_ms: u64| {
        let (mut s, base, mut all) = start();
        let mut t = 0;
        while t <= 101_000 {
            all.extend(s.tick(base + Duration::from_millis(t)));
            t += step_ms;
        }
        all.extend(s.tick(at(base, 101.0)));
        all.into_iter()
            .map(|e| ((e.at - base).as_millis(), e.step, e.kind))
            .collect::<Vec<_>>()
    };
    let fine = run(10);
    assert_eq!(fine, run(1000));
    assert_eq!(fine, run(7_777));
    assert_eq!(fine, run(200_000));
    assert!(fine.iter().any(|e| e.2 == EventKind::GateReached));
}

#[test]
fn pause_across_a_step_boundary() {
    let (mut s, base, _) = start();
    s.pause(at(base, 4.0));
    assert_eq!(s.status(at(base, 30.0)).phase, Phase::Paused);
    // Nothing happens while paused, however long.
    assert!(s.tick(at(base, 30.0)).is_empty());
    assert_eq!(s.status(at(base, 30.0)).remaining, Duration::from_secs(1));
    assert!(
        s.next_change(at(base, 30.0)).is_none(),
        "a paused session sleeps"
    );
    // Resume at 34: the second left in get-ready runs out at 35.
    s.resume(at(base, 34.0));
    assert!(
        s.tick(at(base, 34.999))
            .iter()
            .all(|e| e.kind != EventKind::StepStarted(StepKind::Work))
    );
    let events = s.tick(at(base, 35.0));
    assert_eq!(
        when(base, &events, EventKind::StepStarted(StepKind::Work)),
        Some(35.0)
    );
    // The whole routine shifted by the 30 s pause; the work step ends at 55.
    let events = s.tick(at(base, 56.0));
    assert_eq!(
        when(base, &events, EventKind::StepStarted(StepKind::Switch)),
        Some(55.0)
    );
}

#[test]
fn pausing_twice_or_resuming_when_running_changes_nothing() {
    let (mut s, base, _) = start();
    s.pause(at(base, 1.0));
    s.pause(at(base, 3.0));
    s.resume(at(base, 5.0));
    s.resume(at(base, 6.0));
    assert_eq!(s.status(at(base, 6.0)).elapsed, Duration::from_secs(2));
    s.toggle_pause(at(base, 6.0));
    assert!(s.is_paused());
    s.toggle_pause(at(base, 8.0));
    assert!(!s.is_paused());
    assert_eq!(s.status(at(base, 8.0)).elapsed, Duration::from_secs(2));
}

#[test]
fn skip_during_the_last_second() {
    let (mut s, base, _) = start();
    s.tick(at(base, 4.5));
    let events = s.skip(at(base, 4.5));
    assert_eq!(
        kinds(&events),
        [
            EventKind::StepStarted(StepKind::Work),
            EventKind::Breath(BreathPhase::Inhale)
        ]
    );
    assert_eq!(events[0].at, at(base, 4.5));
    // The old deadline (5 s) passes without moving on again.
    let events = s.tick(at(base, 5.5));
    assert!(
        events
            .iter()
            .all(|e| !matches!(e.kind, EventKind::StepStarted(_)))
    );
    assert_eq!(s.index(), 1);
    assert_eq!(s.status(at(base, 5.5)).elapsed, Duration::from_secs(1));
    assert!(s.records()[0].skipped);
}

#[test]
fn skipping_work_marks_the_move_skipped() {
    let (mut s, base, _) = start();
    s.tick(at(base, 10.0));
    s.skip(at(base, 10.0));
    let summary = s.summary(at(base, 10.0));
    assert_eq!(summary.moves.len(), 3, "every move of the plan is listed");
    assert!(!summary.moves[0].done);
    assert!(summary.moves[0].reached);
    assert!(!summary.moves[1].reached);
    assert_eq!(summary.moves[0].spent, Duration::from_secs(5));
    assert_eq!(summary.skipped(), 1);
}

#[test]
fn back_from_the_first_step_restarts_it() {
    let (mut s, base, _) = start();
    let events = s.back(at(base, 3.0));
    // The countdown that fell due first, then the restart.
    assert_eq!(
        kinds(&events),
        [
            EventKind::Countdown(3),
            EventKind::Countdown(2),
            EventKind::StepStarted(StepKind::Prepare)
        ]
    );
    assert_eq!(events[2].at, at(base, 3.0));
    assert_eq!(s.index(), 0);
    assert_eq!(s.status(at(base, 3.0)).remaining, Duration::from_secs(5));
    // And it runs from there: work starts 5 s after the restart.
    let events = s.tick(at(base, 8.0));
    assert_eq!(
        when(base, &events, EventKind::StepStarted(StepKind::Work)),
        Some(8.0)
    );
}

#[test]
fn back_goes_to_the_previous_work_step() {
    let (mut s, base, _) = start();
    s.tick(at(base, 50.0)); // resting between sets
    assert_eq!(s.step().unwrap().kind, StepKind::Rest);
    s.back(at(base, 50.0));
    assert_eq!(s.index(), 3, "right side of set 1");
    s.back(at(base, 51.0));
    assert_eq!(s.index(), 1, "left side of set 1, past the switch");
}

#[test]
fn restart_runs_the_step_again_in_full() {
    let (mut s, base, _) = start();
    s.tick(at(base, 20.0));
    let events = s.restart(at(base, 20.0));
    assert_eq!(events[0].kind, EventKind::StepStarted(StepKind::Work));
    assert_eq!(s.index(), 1);
    assert_eq!(s.status(at(base, 20.0)).remaining, Duration::from_secs(20));
    let events = s.tick(at(base, 41.0));
    assert_eq!(
        when(base, &events, EventKind::StepStarted(StepKind::Switch)),
        Some(40.0)
    );
    assert_eq!(when(base, &events, EventKind::Halfway), Some(30.0));
}

#[test]
fn adding_time_extends_the_step_and_counts_down_again() {
    let (mut s, base, _) = start();
    s.tick(at(base, 23.0)); // 2 s left in the left side, countdown 3 sent
    s.add_time(at(base, 23.0), ADD_TIME);
    assert_eq!(s.status(at(base, 23.0)).remaining, Duration::from_secs(17));
    let events = s.tick(at(base, 40.5));
    assert_eq!(
        when(base, &events, EventKind::Halfway),
        None,
        "halfway only once"
    );
    let countdown: Vec<f64> = events
        .iter()
        .filter(|e| matches!(e.kind, EventKind::Countdown(_)))
        .map(|e| secs(base, e))
        .collect();
    assert_eq!(countdown, [37.0, 38.0, 39.0]);
    assert_eq!(
        when(base, &events, EventKind::StepStarted(StepKind::Switch)),
        Some(40.0)
    );
    // The extra is for that step only.
    assert_eq!(s.status(at(base, 40.5)).length, Duration::from_secs(3));
}

#[test]
fn rep_steps_count_reps_from_the_tempo() {
    let (mut s, base, _) = start();
    s.tick(at(base, 101.0));
    s.answer(at(base, 101.0), Answer::No);
    let events = s.tick(at(base, 126.5));
    let reps: Vec<(f64, EventKind)> = events
        .iter()
        .filter(|e| matches!(e.kind, EventKind::Rep(_)))
        .map(|e| (secs(base, e), e.kind))
        .collect();
    assert_eq!(
        reps,
        [
            (106.0, EventKind::Rep(1)),
            (110.0, EventKind::Rep(2)),
            (114.0, EventKind::Rep(3)),
            (118.0, EventKind::Rep(4)),
            (122.0, EventKind::Rep(5)),
        ]
    );
    // Default pacing: inhale for 40 % of the rep, move on the exhale.
    assert_eq!(
        when(base, &events, EventKind::Breath(BreathPhase::Exhale)),
        Some(107.6)
    );
    assert_eq!(when(base, &events, EventKind::SetDone), Some(126.0));
    // Reading the rep number mid-step.
    let (mut s, base, _) = start();
    s.tick(at(base, 101.0));
    s.answer(at(base, 101.0), Answer::No);
    s.tick(at(base, 115.0));
    assert_eq!(s.status(at(base, 115.0)).rep, Some((3, 5)));
}

#[test]
fn a_gate_waits_for_an_answer() {
    let (mut s, base, _) = start();
    let events = s.tick(at(base, 500.0));
    assert_eq!(when(base, &events, EventKind::GateReached), Some(101.0));
    assert_eq!(s.status(at(base, 500.0)).phase, Phase::Gate);
    assert!(s.next_change(at(base, 500.0)).is_none());
    // Skip does not get past a gate.
    s.skip(at(base, 500.0));
    assert_eq!(s.step().unwrap().kind, StepKind::Gate);
}

#[test]
fn gate_answered_no_runs_the_section() {
    let (mut s, base, _) = start();
    s.tick(at(base, 101.0));
    let events = s.answer(at(base, 120.0), Answer::No);
    assert_eq!(kinds(&events), [EventKind::StepStarted(StepKind::Prepare)]);
    assert_eq!(events[0].at, at(base, 120.0));
    assert_eq!(s.plan().move_of(s.step().unwrap()).unwrap().id, "reps");
    assert_eq!(s.plan().total, Duration::from_secs(131));
    assert_eq!(s.summary(at(base, 120.0)).answers, [(1, Answer::No)]);
}

#[test]
fn gate_answered_yes_skips_the_section() {
    let (mut s, base, _) = start();
    s.tick(at(base, 101.0));
    s.answer(at(base, 101.0), Answer::Yes);
    assert_eq!(s.plan().move_of(s.step().unwrap()).unwrap().id, "open");
    assert_eq!(
        s.plan().total,
        Duration::from_secs(106),
        "reps section left out"
    );
    assert!(
        s.plan()
            .steps
            .iter()
            .all(|st| st.mv.is_none_or(|m| m.section != 1))
    );
    assert_eq!(s.records().len(), s.plan().steps.len());
}

#[test]
fn gate_can_repeat_an_earlier_section() {
    let text = TEST.replace("yes: Skip", "yes: Repeat(\"A\")");
    let base = Instant::now();
    let (mut s, _) = Session::start(routine(&text), PlanOptions::default(), base);
    s.tick(at(base, 101.0));
    s.answer(at(base, 101.0), Answer::Yes);
    let step = s.step().unwrap();
    assert_eq!(step.kind, StepKind::Prepare);
    assert!(step.repeat);
    assert_eq!(s.plan().move_of(step).unwrap().id, "hold");
    assert_eq!(s.plan().total, Duration::from_secs(101 + 101 + 5));
}

#[test]
fn answering_when_not_at_a_gate_does_nothing() {
    let (mut s, base, _) = start();
    s.answer(at(base, 1.0), Answer::Yes);
    assert_eq!(s.index(), 0);
    assert!(s.summary(at(base, 1.0)).answers.is_empty());
}

#[test]
fn done_when_ready_waits_for_confirmation_then_finishes() {
    let (mut s, base, _) = start();
    s.tick(at(base, 101.0));
    s.answer(at(base, 101.0), Answer::Yes);
    let events = s.tick(at(base, 106.0));
    assert_eq!(when(base, &events, EventKind::AwaitingConfirm), Some(106.0));
    // It waits as long as it takes, counting up.
    assert!(s.tick(at(base, 300.0)).is_empty());
    let status = s.status(at(base, 300.0));
    assert_eq!(status.phase, Phase::Confirm);
    assert_eq!(status.overtime, Duration::from_secs(194));
    let events = s.confirm(at(base, 300.0));
    assert_eq!(kinds(&events), [EventKind::SetDone, EventKind::Finished]);
    assert!(s.is_finished());
    assert_eq!(s.status(at(base, 300.0)).phase, Phase::Finished);
    let summary = s.summary(at(base, 300.0));
    assert!(summary.finished);
    // The hold ran in full, the reps were left out by the gate, the open
    // move was confirmed.
    let ids: Vec<&str> = summary.moves.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["hold", "open"]);
    assert_eq!((summary.done(), summary.skipped()), (2, 0));
    assert_eq!(summary.moves[1].spent, Duration::from_secs(194));
}

#[test]
fn a_timed_done_when_ready_step_waits_after_its_timer() {
    let text = r#"(name: "T", defaults: (prepare: "0s"),
        moves: [(id: "a", name: "A", hold: "10s", until_done: true)])"#;
    let base = Instant::now();
    let (mut s, _) = Session::start(routine(text), PlanOptions::default(), base);
    let events = s.tick(at(base, 15.0));
    assert_eq!(when(base, &events, EventKind::AwaitingConfirm), Some(10.0));
    assert!(!s.is_finished());
    assert_eq!(s.status(at(base, 15.0)).overtime, Duration::from_secs(5));
    s.confirm(at(base, 15.0));
    assert!(s.is_finished());
}

#[test]
fn the_routine_finishes_exactly_at_its_end() {
    let text = r#"(name: "T", defaults: (prepare: "2s"),
        moves: [(id: "a", name: "A", hold: "3s")])"#;
    let base = Instant::now();
    let (mut s, _) = Session::start(routine(text), PlanOptions::default(), base);
    let events = s.tick(at(base, 60.0));
    assert_eq!(when(base, &events, EventKind::Finished), Some(5.0));
    assert_eq!(when(base, &events, EventKind::SetDone), Some(5.0));
    assert!(s.is_finished());
    let summary = s.summary(at(base, 60.0));
    assert_eq!(summary.active, Duration::from_secs(5));
    assert_eq!(summary.done(), 1);
    // Controls after the end are harmless.
    s.skip(at(base, 61.0));
    s.pause(at(base, 61.0));
    s.add_time(at(base, 61.0), ADD_TIME);
    assert!(s.is_finished());
    assert!(s.next_change(at(base, 61.0)).is_none());
}

#[test]
fn active_time_leaves_out_pauses() {
    let (mut s, base, _) = start();
    s.pause(at(base, 2.0));
    s.resume(at(base, 62.0));
    s.tick(at(base, 70.0));
    assert_eq!(s.summary(at(base, 70.0)).active, Duration::from_secs(10));
}

#[test]
fn the_affected_side_gets_its_extras() {
    let text = r#"(name: "T", defaults: (prepare: "0s", switch: "0s"),
        moves: [
            (id: "h", name: "H", hold: "30s", sides: Both),
            (id: "r", name: "R", reps: 10, tempo: "2s", sides: Both),
            (id: "n", name: "N", reps: 10, tempo: "2s", sides: Both, extra: false),
            (id: "one", name: "One", hold: "20s", sides: Affected),
        ])"#;
    let options = PlanOptions {
        affected: Some(Side::Left),
        extra_reps: 3,
        extra_time: crate::routine::Dur::from_secs(15),
        ..PlanOptions::default()
    };
    let plan = crate::routine::Plan::new(routine(text), &options);
    let work: Vec<(Option<Side>, u64, Option<u32>)> = plan
        .steps
        .iter()
        .filter(|s| s.kind == StepKind::Work)
        .map(|s| (s.side, s.duration.as_secs(), s.reps))
        .collect();
    assert_eq!(
        work,
        [
            (Some(Side::Left), 45, None),
            (Some(Side::Right), 30, None),
            (Some(Side::Left), 26, Some(13)),
            (Some(Side::Right), 20, Some(10)),
            (Some(Side::Left), 20, Some(10)),
            (Some(Side::Right), 20, Some(10)),
            (Some(Side::Left), 35, None),
        ]
    );
    // With no switch pause, the cue to change sides comes as the side starts.
    let base = Instant::now();
    let (mut s, _) = Session::start(routine(text), options, base);
    let events = s.tick(at(base, 46.0));
    assert_eq!(when(base, &events, EventKind::SwitchSides), Some(45.0));
}

#[test]
fn next_change_wakes_for_the_next_visible_second() {
    let (mut s, base, _) = start();
    // 0.25 s in: the countdown shows 0:05 until 1 s has gone.
    assert_eq!(s.next_change(at(base, 0.25)), Some(at(base, 1.0)));
    s.tick(at(base, 5.5));
    // In a hold with breathing: the next whole second (6.0) comes first.
    assert_eq!(s.next_change(at(base, 5.5)), Some(at(base, 6.0)));
    s.tick(at(base, 8.9));
    // 0.1 s before the exhale.
    let next = s.next_change(at(base, 8.9)).unwrap();
    assert!((next - base).as_secs_f64() - 9.0 < 1e-6);
}

#[test]
fn status_progress_runs_from_zero_to_one() {
    let (mut s, base, _) = start();
    assert_eq!(s.status(base).routine_progress, 0.0);
    s.tick(at(base, 65.5));
    let p = s.status(at(base, 65.5)).routine_progress;
    assert!((p - 65.5 / 131.0).abs() < 1e-4, "{p}");
    let f = s.status(at(base, 65.5)).fraction;
    assert!((f - 7.5 / 20.0).abs() < 1e-4, "{f}");
}

#[derive(Clone, Debug)]
enum Control {
    Tick,
    Pause,
    Resume,
    Skip,
    Back,
    Restart,
    Add,
    Yes,
    No,
    Confirm,
}

fn control() -> impl Strategy<Value = Control> {
    prop_oneof![
        4 => Just(Control::Tick),
        1 => Just(Control::Pause),
        1 => Just(Control::Resume),
        1 => Just(Control::Skip),
        1 => Just(Control::Back),
        1 => Just(Control::Restart),
        1 => Just(Control::Add),
        1 => Just(Control::Yes),
        1 => Just(Control::No),
        1 => Just(Control::Confirm),
    ]
}

proptest! {
    /// Any sequence of controls at any times: no panic, events in time
    /// order and never in the future, status always in range.
    #[test]
    fn any_sequence_of_controls_is_safe(
        moves in proptest::collection::vec((control(), 0u64..30_000), 1..120)
    ) {
        let (mut s, base, first) = start();
        let mut now = base;
        let mut last = first.last().unwrap().at;
        for (c, gap_ms) in moves {
            now += Duration::from_millis(gap_ms);
            let events = match c {
                Control::Tick => s.tick(now),
                Control::Pause => s.pause(now),
                Control::Resume => s.resume(now),
                Control::Skip => s.skip(now),
                Control::Back => s.back(now),
                Control::Restart => s.restart(now),
                Control::Add => s.add_time(now, ADD_TIME),
                Control::Yes => s.answer(now, Answer::Yes),
                Control::No => s.answer(now, Answer::No),
                Control::Confirm => s.confirm(now),
            };
            for e in &events {
                prop_assert!(e.at <= now, "event from the future: {:?}", e);
                prop_assert!(e.at >= last, "events out of order: {:?}", e);
                last = e.at;
            }
            let st = s.status(now);
            prop_assert!((0.0..=1.0).contains(&st.fraction));
            prop_assert!((0.0..=1.0).contains(&st.routine_progress));
            prop_assert!(st.remaining <= st.length);
            prop_assert_eq!(s.records().len(), s.plan().steps.len());
            if let Some(next) = s.next_change(now) {
                prop_assert!(next > now);
            }
        }
    }

    /// However the ticks fall, the session is where the clock says.
    #[test]
    fn ticks_never_change_where_the_session_is(
        gaps in proptest::collection::vec(1u64..20_000, 1..60)
    ) {
        let (mut a, base, _) = start();
        let mut now = base;
        for gap in gaps {
            now += Duration::from_millis(gap);
            a.tick(now);
        }
        // The same routine, started at the same instant, ticked once.
        let (mut b, _) = Session::start(routine(TEST), PlanOptions::default(), base);
        b.tick(now);
        prop_assert_eq!(a.status(now), b.status(now));
    }
}
