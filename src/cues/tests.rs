//! Cue tests: the event → cue mapping, a whole routine through the engine
//! with a fake clock, and analysis of the rendered sounds (no device).

use std::sync::Arc;
use std::time::{Duration, Instant};

use super::*;
use crate::routine::{PlanOptions, Routine, parse};
use crate::settings::Settings;

/// Steps (start–end, seconds):
/// 0 prepare 0–5 · 1 work L1 5–15 · 2 switch 15–19 · 3 work R1 19–29 ·
/// 4 rest 29–35 · 5 work L2 35–45 · 6 switch 45–49 · 7 work R2 49–59 ·
/// 8 gate @59 · (answered at 60) 9 prepare 60–65 · 10 reps ×3 65–77 · end 77
const ROUTINE: &str = r#"(
    name: "Cues",
    defaults: (prepare: "5s", rest: "6s", switch: "4s"),
    sections: [
        (name: "A", moves: [(id: "hold", name: "Hold", hold: "10s", sides: Both, sets: 2)]),
        (name: "B", gate: (question: "Pain?", yes: Skip, no: Run),
         moves: [(id: "reps", name: "Reps", reps: 3, tempo: "4s",
                  breath: (inhale: "2s", exhale: "2s"))]),
    ],
)"#;

/// The routine above (the conductor's tests use it too).
pub(crate) fn routine() -> Arc<Routine> {
    Arc::new(parse("cues.ron", ROUTINE).unwrap())
}

pub(crate) fn secs(base: Instant, t: Instant) -> f64 {
    (t - base).as_secs_f64()
}

fn ev(at: Instant, step: usize, kind: EventKind) -> Event {
    Event { at, step, kind }
}

fn plan() -> Plan {
    Plan::new(routine(), &PlanOptions::default())
}

// -- Mapping -----------------------------------------------------------------

#[test]
fn each_event_maps_to_its_cue() {
    let plan = plan();
    let t = Instant::now();
    let p = CuePrefs::all();
    let cases = [
        (
            ev(t, 1, EventKind::StepStarted(StepKind::Work)),
            Some(Cue::Start),
        ),
        (
            ev(t, 4, EventKind::StepStarted(StepKind::Rest)),
            Some(Cue::Rest),
        ),
        (ev(t, 0, EventKind::StepStarted(StepKind::Prepare)), None),
        (ev(t, 2, EventKind::StepStarted(StepKind::Switch)), None),
        (ev(t, 8, EventKind::StepStarted(StepKind::Gate)), None),
        (ev(t, 2, EventKind::SwitchSides), Some(Cue::Switch)),
        (ev(t, 1, EventKind::Halfway), Some(Cue::Halfway)),
        (ev(t, 7, EventKind::SetDone), Some(Cue::SetDone)),
        (ev(t, 8, EventKind::GateReached), Some(Cue::Attention)),
        (ev(t, 10, EventKind::AwaitingConfirm), Some(Cue::Attention)),
        (ev(t, 11, EventKind::Finished), Some(Cue::Complete)),
        (ev(t, 10, EventKind::Rep(2)), None),
        (
            ev(t, 10, EventKind::Breath(BreathPhase::Inhale)),
            Some(Cue::Inhale),
        ),
        (
            ev(t, 10, EventKind::Breath(BreathPhase::Exhale)),
            Some(Cue::Exhale),
        ),
        (ev(t, 10, EventKind::Breath(BreathPhase::Hold)), None),
    ];
    for (event, cue) in cases {
        assert_eq!(cue_for(&event, &plan, &p), cue, "{event:?}");
    }
}

#[test]
fn ticks_only_in_get_ready_pauses_and_holds() {
    let plan = plan();
    let t = Instant::now();
    let p = CuePrefs::all();
    let tick = |step| cue_for(&ev(t, step, EventKind::Countdown(2)), &plan, &p);
    assert_eq!(tick(0), Some(Cue::Tick), "get-ready");
    assert_eq!(tick(1), Some(Cue::Tick), "a hold");
    assert_eq!(tick(2), Some(Cue::Tick), "a switch pause leading into work");
    assert_eq!(tick(4), Some(Cue::Tick), "a rest leading into work");
    assert_eq!(tick(10), None, "a rep move is paced by the breath");
    // A rest that leads into a get-ready is not itself a get-ready.
    let text = r#"(name: "R", defaults: (prepare: "5s", rest_after: "10s"),
        moves: [(id: "a", name: "A", hold: "10s"), (id: "b", name: "B", hold: "10s")])"#;
    let plan = Plan::new(
        Arc::new(parse("r.ron", text).unwrap()),
        &PlanOptions::default(),
    );
    let kinds: Vec<StepKind> = plan.steps.iter().map(|s| s.kind).collect();
    assert_eq!(kinds[2], StepKind::Rest);
    assert_eq!(kinds[3], StepKind::Prepare);
    assert_eq!(cue_for(&ev(t, 2, EventKind::Countdown(1)), &plan, &p), None);
}

#[test]
fn preferences_silence_single_cues_and_breath_tones_are_opt_in() {
    let plan = plan();
    let t = Instant::now();
    let default = CuePrefs::default();
    let inhale = ev(t, 10, EventKind::Breath(BreathPhase::Inhale));
    assert_eq!(cue_for(&inhale, &plan, &default), None, "off by default");
    let halfway = ev(t, 1, EventKind::Halfway);
    assert_eq!(cue_for(&halfway, &plan, &default), Some(Cue::Halfway));

    let settings = Settings {
        cue_halfway: false,
        breath_tones: true,
        ..Settings::default()
    };
    let p = settings.cue_prefs();
    assert_eq!(cue_for(&halfway, &plan, &p), None);
    assert_eq!(cue_for(&inhale, &plan, &p), Some(Cue::Inhale));
}

#[test]
fn one_cue_per_instant_the_most_telling_one() {
    let plan = plan();
    let t = Instant::now();
    let later = t + Duration::from_secs(1);
    let p = CuePrefs::all();
    let batch = [
        ev(t, 3, EventKind::SetDone),
        ev(t, 4, EventKind::StepStarted(StepKind::Rest)),
        ev(later, 5, EventKind::StepStarted(StepKind::Work)),
        ev(later, 5, EventKind::Breath(BreathPhase::Inhale)),
    ];
    let cues: Vec<(Cue, Instant)> = cues_for(&batch, &plan, &p)
        .iter()
        .map(|c| (c.cue, c.at))
        .collect();
    assert_eq!(cues, [(Cue::Rest, t), (Cue::Start, later)]);

    // With the rest cue turned off, the set-done cue is heard instead.
    let mut p = CuePrefs::all();
    p.set(Cue::Rest, false);
    let cues = cues_for(&batch[..2], &plan, &p);
    assert_eq!(cues.len(), 1);
    assert_eq!(cues[0].cue, Cue::SetDone);

    // The end of the last set before a question: the question wins.
    let gate = [
        ev(t, 7, EventKind::SetDone),
        ev(t, 8, EventKind::StepStarted(StepKind::Gate)),
        ev(t, 8, EventKind::GateReached),
    ];
    let cues = cues_for(&gate, &plan, &CuePrefs::all());
    assert_eq!(cues.len(), 1);
    assert_eq!(cues[0].cue, Cue::Attention);
}

#[test]
fn keys_round_trip() {
    for cue in Cue::ALL {
        assert_eq!(Cue::from_key(cue.key()), Some(cue));
        assert_eq!(Cue::ALL[cue.index()], cue);
    }
    assert_eq!(Cue::from_key("gong"), None);
}
