//! Cue tests: the event → cue mapping, a whole routine through the engine
//! with a fake clock, and analysis of the rendered sounds (no device).

use std::sync::Arc;
use std::time::{Duration, Instant};

use super::*;
use crate::routine::{Answer, PlanOptions, Routine, parse};
use crate::session::Session;

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

fn routine() -> Arc<Routine> {
    Arc::new(parse("cues.ron", ROUTINE).unwrap())
}

fn secs(base: Instant, t: Instant) -> f64 {
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
    let p = CuePrefs::from_settings(&settings);
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

// -- A whole routine with a fake clock ---------------------------------------

/// Runs the routine to its end as `limber follow` does: sleep until the
/// next change or the prompter's wake-up, answer the gate one second after
/// it is reached. Returns (cue, due, handed-out time), all in seconds.
fn follow_with_prompter(prefs: CuePrefs) -> Vec<(Cue, f64, f64)> {
    let base = Instant::now();
    let (mut session, first) = Session::start(routine(), PlanOptions::default(), base);
    let mut prompter = Prompter::new(prefs, LOOKAHEAD);
    let mut out = Vec::new();
    let hand = |cues: Vec<Planned>, now: Instant, out: &mut Vec<(Cue, f64, f64)>| {
        for c in cues {
            out.push((c.cue, secs(base, c.at), secs(base, now)));
        }
    };
    let cues = prompter.take(&first, session.plan());
    hand(cues, base, &mut out);
    let mut now = base;
    let mut gate_seen: Option<Instant> = None;
    for _ in 0..10_000 {
        let events = session.tick(now);
        let cues = prompter.take(&events, session.plan());
        hand(cues, now, &mut out);
        if session.is_finished() {
            return out;
        }
        if session.status(now).phase == crate::session::Phase::Gate {
            let reached = *gate_seen.get_or_insert(now);
            if now >= reached + Duration::from_secs(1) {
                prompter.reset();
                let events = session.answer(now, Answer::No);
                let cues = prompter.take(&events, session.plan());
                hand(cues, now, &mut out);
            }
        }
        let cues = prompter.preview(&session, now);
        hand(cues, now, &mut out);
        let mut next = [session.next_change(now), prompter.wake_at()]
            .into_iter()
            .flatten()
            .min();
        if session.status(now).phase == crate::session::Phase::Gate {
            next = Some(gate_seen.unwrap() + Duration::from_secs(1));
        }
        // A real loop never sleeps into the past.
        now = next.unwrap().max(now + Duration::from_millis(1));
    }
    panic!("the routine did not finish");
}

/// The run as `limber follow --answer no` does it: the gate is answered the
/// moment it is reached, by the previews and by the loop alike.
fn follow_answering(answer: Answer) -> Vec<(Cue, f64, f64)> {
    let base = Instant::now();
    let (mut session, first) = Session::start(routine(), PlanOptions::default(), base);
    let mut prompter = Prompter::new(CuePrefs::default(), LOOKAHEAD).answering(answer);
    let mut out = Vec::new();
    let mut hand = |cues: Vec<Planned>, now: Instant| {
        for c in cues {
            out.push((c.cue, secs(base, c.at), secs(base, now)));
        }
    };
    hand(prompter.take(&first, session.plan()), base);
    let mut now = base;
    while !session.is_finished() {
        let mut events = session.tick(now);
        if let Some(at) = Prompter::gate_reached(&events) {
            events.extend(session.answer(at, answer));
            events.extend(session.tick(now));
        }
        hand(prompter.take(&events, session.plan()), now);
        if session.is_finished() {
            break;
        }
        hand(prompter.preview(&session, now), now);
        let next = [session.next_change(now), prompter.wake_at()]
            .into_iter()
            .flatten()
            .min()
            .expect("never waits");
        now = next.max(now + Duration::from_millis(1));
    }
    out
}

#[test]
fn answers_given_in_advance_are_previewed_and_the_gate_is_silent() {
    use Cue::*;
    let cues = follow_answering(Answer::No);
    let got: Vec<(Cue, f64)> = cues.iter().map(|c| (c.0, c.1)).collect();
    // As before up to the gate at 59 (set done instead of attention), then
    // the strengthening section starts at once: get ready 59–64, reps 64–76.
    let mut want: Vec<(Cue, f64)> = expected().into_iter().filter(|c| c.1 < 59.0).collect();
    want.extend([
        (SetDone, 59.0),
        (Tick, 61.0),
        (Tick, 62.0),
        (Tick, 63.0),
        (Start, 64.0),
        (Halfway, 70.0),
        (Complete, 76.0),
    ]);
    assert!(close(&got, &want), "{got:?}\n{want:?}");
    // Every cue, those after the gate included, was handed out ahead.
    for (cue, due, handed) in cues {
        assert!(
            due - handed >= LOOKAHEAD.as_secs_f64() - 1e-6,
            "{cue:?} at {due}"
        );
    }

    // Answered "yes" the section is skipped: the routine ends at the gate,
    // with one sound there, the most telling one.
    let cues = follow_answering(Answer::Yes);
    let tail: Vec<(Cue, f64)> = cues.iter().rev().take(2).map(|c| (c.0, c.1)).collect();
    assert_eq!(tail[0], (Complete, 59.0));
    assert!(tail[1].1 < 59.0, "nothing else at 59: {cues:?}");
}

/// The same run with no look-ahead: a tick every 100 ms.
fn follow_by_ticking(prefs: &CuePrefs) -> Vec<(Cue, f64)> {
    let base = Instant::now();
    let (mut session, first) = Session::start(routine(), PlanOptions::default(), base);
    let mut out: Vec<(Cue, f64)> = cues_for(&first, session.plan(), prefs)
        .iter()
        .map(|c| (c.cue, secs(base, c.at)))
        .collect();
    for k in 1..2000 {
        let now = base + Duration::from_millis(100 * k);
        let mut events = session.tick(now);
        if secs(base, now) >= 60.0 && session.status(now).phase == crate::session::Phase::Gate {
            events.extend(session.answer(now, Answer::No));
        }
        out.extend(
            cues_for(&events, session.plan(), prefs)
                .iter()
                .map(|c| (c.cue, secs(base, c.at))),
        );
        if session.is_finished() {
            return out;
        }
    }
    panic!("the routine did not finish");
}

fn expected() -> Vec<(Cue, f64)> {
    use Cue::*;
    let mut v = vec![(Tick, 2.0), (Tick, 3.0), (Tick, 4.0)];
    // Each side of each set: start, halfway, the last 3 s ticked; then a
    // switch pause (ticked into the next side) or the rest / the gate.
    for (start, then) in [
        (5.0, Switch),
        (19.0, Rest),
        (35.0, Switch),
        (49.0, Attention),
    ] {
        v.extend([
            (Start, start),
            (Halfway, start + 5.0),
            (Tick, start + 7.0),
            (Tick, start + 8.0),
            (Tick, start + 9.0),
            (then, start + 10.0),
        ]);
        match then {
            Switch => v.extend([
                (Tick, start + 11.0),
                (Tick, start + 12.0),
                (Tick, start + 13.0),
            ]),
            Rest => v.extend([
                (Tick, start + 13.0),
                (Tick, start + 14.0),
                (Tick, start + 15.0),
            ]),
            _ => {}
        }
    }
    // Answered at 60: get ready 60–65, reps 65–77 (no ticks), the end.
    v.extend([
        (Tick, 62.0),
        (Tick, 63.0),
        (Tick, 64.0),
        (Start, 65.0),
        (Halfway, 71.0),
        (Complete, 77.0),
    ]);
    v
}

fn close(a: &[(Cue, f64)], b: &[(Cue, f64)]) -> bool {
    a.len() == b.len()
        && a.iter()
            .zip(b)
            .all(|(x, y)| x.0 == y.0 && (x.1 - y.1).abs() < 1e-6)
}

#[test]
fn a_whole_routine_gives_exactly_the_expected_cues() {
    let want = expected();
    let ticking = follow_by_ticking(&CuePrefs::default());
    assert!(
        close(&ticking, &want),
        "ticking:\n{ticking:?}\nwant:\n{want:?}"
    );

    let prompted = follow_with_prompter(CuePrefs::default());
    let cues: Vec<(Cue, f64)> = prompted.iter().map(|c| (c.0, c.1)).collect();
    assert!(close(&cues, &want), "prompted:\n{cues:?}\nwant:\n{want:?}");
}

#[test]
fn the_prompter_hands_cues_out_ahead_of_time() {
    let prompted = follow_with_prompter(CuePrefs::default());
    let lead = LOOKAHEAD.as_secs_f64();
    for &(cue, due, handed) in &prompted {
        // The cue right after the answer (at 60 s) cannot be foreseen.
        if due == 60.0 {
            continue;
        }
        assert!(
            (due - handed - lead).abs() < 1e-6,
            "{cue:?} due at {due} was handed out at {handed}"
        );
    }
}

#[test]
fn breath_tones_follow_the_breath_and_yield_to_other_cues() {
    let mut prefs = CuePrefs::default();
    prefs.set(Cue::Inhale, true);
    prefs.set(Cue::Exhale, true);
    let cues = follow_by_ticking(&prefs);
    let breath: Vec<(Cue, f64)> = cues
        .iter()
        .copied()
        .filter(|c| matches!(c.0, Cue::Inhale | Cue::Exhale))
        .collect();
    use Cue::*;
    // Reps 65–77, 2 s in / 2 s out; the inhale at 65 is the start cue and
    // the exhale at 71 the halfway cue.
    let want = [
        (Exhale, 67.0),
        (Inhale, 69.0),
        (Inhale, 73.0),
        (Exhale, 75.0),
    ];
    assert!(close(&breath, &want), "{breath:?}");
    let prompted = follow_with_prompter(prefs);
    let prompted: Vec<(Cue, f64)> = prompted.iter().map(|c| (c.0, c.1)).collect();
    assert!(close(&prompted, &cues), "{prompted:?}\n{cues:?}");
}

#[test]
fn after_a_pause_previewed_cues_are_handed_out_again_at_their_new_time() {
    let base = Instant::now();
    let (mut session, _) = Session::start(routine(), PlanOptions::default(), base);
    let mut prompter = Prompter::new(CuePrefs::default(), LOOKAHEAD);
    // At 1.8 s the tick due at 2 s is handed out ahead.
    let now = base + Duration::from_millis(1800);
    prompter.take(&session.tick(now), session.plan());
    let ahead = prompter.preview(&session, now);
    assert_eq!(ahead.len(), 1);
    assert_eq!(ahead[0].cue, Cue::Tick);
    assert_eq!(ahead[0].at, base + Duration::from_secs(2));
    // Paused at 1.9 s (the audio takes back cues after 1.9 s), resumed at 5.
    let paused = base + Duration::from_millis(1900);
    prompter.take(&session.tick(paused), session.plan());
    prompter.reset();
    prompter.take(&session.pause(paused), session.plan());
    assert!(prompter.preview(&session, paused).is_empty(), "paused");
    let resumed = base + Duration::from_secs(5);
    prompter.reset();
    let cues = prompter.take(&session.resume(resumed), session.plan());
    assert!(cues.is_empty());
    let again = prompter.preview(&session, resumed);
    assert_eq!(again.len(), 1);
    assert_eq!(again[0].at, base + Duration::from_millis(5100));
    // The real tick at that moment does not hand it out a second time.
    let later = base + Duration::from_millis(5150);
    assert!(
        prompter
            .take(&session.tick(later), session.plan())
            .is_empty()
    );
}

// -- The sounds --------------------------------------------------------------

const RATE: u32 = 16_000;

/// Magnitude of one frequency in a signal (Goertzel).
fn goertzel(x: &[f32], rate: u32, freq: f32) -> f32 {
    let w = TAU * freq / rate as f32;
    let c = 2.0 * w.cos();
    let (mut s1, mut s2) = (0.0f32, 0.0f32);
    for &v in x {
        let s0 = v + c * s1 - s2;
        s2 = s1;
        s1 = s0;
    }
    (s1 * s1 + s2 * s2 - c * s1 * s2).max(0.0).sqrt()
}

/// The strongest frequency between 100 Hz and 3 kHz, to within 0.5 Hz.
fn dominant(x: &[f32], rate: u32) -> f32 {
    let best = |lo: f32, hi: f32, step: f32| {
        let mut f = lo;
        let (mut best_f, mut best_m) = (lo, -1.0f32);
        while f <= hi {
            let m = goertzel(x, rate, f);
            if m > best_m {
                best_m = m;
                best_f = f;
            }
            f += step;
        }
        best_f
    };
    let coarse = best(100.0, 3000.0, 4.0);
    best(coarse - 4.0, coarse + 4.0, 0.5)
}

/// Where notes begin: 2.5 ms frames whose energy rises out of silence, or
/// to three times the most of 10 ms in the 20 ms before (a struck note; neither a
/// slow swell nor the beating of two ringing notes does that), at least
/// 50 ms apart. In seconds.
fn onsets(x: &[f32], rate: u32) -> Vec<f32> {
    let frame = (rate / 400) as usize;
    let energy: Vec<f32> = x
        .chunks(frame)
        .map(|c| c.iter().map(|v| v * v).sum())
        .collect();
    let floor = energy.iter().fold(0.0f32, |m, &e| m.max(e)) * 1e-3;
    let mut out: Vec<usize> = Vec::new();
    for k in 0..energy.len() {
        let before = energy[k.saturating_sub(8)..k.saturating_sub(4)]
            .iter()
            .fold(0.0f32, |m, &e| m.max(e));
        let rising = energy[k] > floor && (before <= floor || energy[k] > 3.0 * before);
        if rising && out.last().is_none_or(|&last| k >= last + 20) {
            out.push(k);
        }
    }
    out.iter().map(|&k| k as f32 * 0.0025).collect()
}

/// Each note's pitch, as heard: the dominant frequency just after each onset.
fn melody(cue: Cue) -> Vec<f32> {
    let x = render(cue, RATE);
    let on = onsets(&x, RATE);
    let sr = RATE as f32;
    on.iter()
        .enumerate()
        .map(|(i, &t)| {
            let end = on.get(i + 1).copied().unwrap_or(f32::MAX).min(t + 0.1);
            let a = ((t + 0.012) * sr) as usize;
            let b = ((end * sr) as usize).min(x.len());
            dominant(&x[a..b], RATE)
        })
        .collect()
}

fn near(f: f32, want: f32) -> bool {
    (f / want - 1.0).abs() < 0.015
}

#[test]
fn every_cue_has_its_length_and_no_clipping() {
    for rate in [16_000, 44_100, 48_000] {
        for cue in Cue::ALL {
            let d = design(cue);
            let x = render(cue, rate);
            let want = (d.length() * rate as f32).round() as usize;
            assert_eq!(x.len(), want, "{cue:?} at {rate}");
            assert!(x.iter().all(|v| v.is_finite()), "{cue:?}");
            let peak = x.iter().fold(0.0f32, |m, v| m.max(v.abs()));
            assert!(peak <= PEAK + 1e-4, "{cue:?} peaks at {peak}");
            assert!(peak > 0.8 * d.peak(), "{cue:?} is too quiet: {peak}");
            assert!(x[0].abs() < 0.01, "{cue:?} starts with a click");
            assert!(x[x.len() - 1].abs() < 1e-3, "{cue:?} ends with a click");
            // Sample-to-sample steps stay small: no clicks anywhere.
            let jump = x.windows(2).fold(0.0f32, |m, w| m.max((w[1] - w[0]).abs()));
            assert!(jump < 0.5, "{cue:?} jumps by {jump}");
        }
    }
}

#[test]
fn the_tick_is_short_and_soft() {
    let tick = render(Cue::Tick, RATE);
    assert!(tick.len() as f32 / RATE as f32 <= 0.1);
    let rms = |x: &[f32]| (x.iter().map(|v| v * v).sum::<f32>() / x.len() as f32).sqrt();
    // Most of its energy is in its first 30 ms.
    let head = &tick[..(0.03 * RATE as f32) as usize];
    let head_energy: f32 = head.iter().map(|v| v * v).sum();
    let all_energy: f32 = tick.iter().map(|v| v * v).sum();
    assert!(head_energy > 0.9 * all_energy);
    for cue in [Cue::Start, Cue::Halfway, Cue::SetDone, Cue::Complete] {
        let x = render(cue, RATE);
        assert!(rms(&tick) < rms(&x[..tick.len()]), "{cue:?}");
    }
}

#[test]
fn each_cue_plays_its_designed_melody() {
    use Cue::*;
    let m = |c| melody(c);
    let tick = m(Tick);
    assert_eq!(tick.len(), 1, "{tick:?}");
    assert!(near(tick[0], 1250.0), "{tick:?}");

    let start = m(Start);
    assert_eq!(start.len(), 2, "{start:?}");
    assert!(
        near(start[0], 659.26) && near(start[1], 987.77),
        "{start:?}"
    );

    let halfway = m(Halfway);
    assert_eq!(halfway.len(), 1);
    assert!(near(halfway[0], 783.99), "{halfway:?}");

    let switch = m(Switch);
    assert_eq!(switch.len(), 2, "{switch:?}");
    assert!(
        near(switch[0], 1174.66) && near(switch[1], 1174.66),
        "{switch:?}"
    );

    let rest = m(Rest);
    assert_eq!(rest.len(), 1);
    assert!(near(rest[0], 392.0), "{rest:?}");

    let done = m(SetDone);
    assert_eq!(done.len(), 2, "{done:?}");
    assert!(near(done[0], 987.77) && near(done[1], 659.26), "{done:?}");

    let complete = m(Complete);
    assert_eq!(complete.len(), 3, "{complete:?}");
    for (f, want) in complete.iter().zip([523.25, 659.26, 783.99]) {
        assert!(near(*f, want), "{complete:?}");
    }

    let attention = m(Attention);
    assert_eq!(attention.len(), 3, "{attention:?}");
    for (f, want) in attention.iter().zip([880.0, 659.26, 880.0]) {
        assert!(near(*f, want), "{attention:?}");
    }
}

#[test]
fn breath_tones_rise_and_fall() {
    let pitch_at = |cue, from: f32, to: f32| {
        let x = render(cue, RATE);
        let n = x.len() as f32;
        dominant(&x[(from * n) as usize..(to * n) as usize], RATE)
    };
    let (a, b) = (
        pitch_at(Cue::Inhale, 0.15, 0.3),
        pitch_at(Cue::Inhale, 0.7, 0.85),
    );
    assert!(b > a * 1.15, "inhale rises: {a} → {b}");
    let (a, b) = (
        pitch_at(Cue::Exhale, 0.15, 0.3),
        pitch_at(Cue::Exhale, 0.7, 0.85),
    );
    assert!(a > b * 1.15, "exhale falls: {a} → {b}");
    // Soft: well below the chimes.
    let peak = |c| render(c, RATE).iter().fold(0.0f32, |m, v| m.max(v.abs()));
    assert!(peak(Cue::Inhale) < 0.5 * peak(Cue::Start));
}

/// What an ear goes by: how many notes, their pitches, how long it rings.
type Signature = (usize, Vec<f32>, f32);

fn signature(cue: Cue) -> Signature {
    let x = render(cue, RATE);
    let pitches = match design(cue) {
        Design::Glide { .. } => {
            let n = x.len();
            vec![
                dominant(&x[n / 8..n / 3], RATE),
                dominant(&x[2 * n / 3..7 * n / 8], RATE),
            ]
        }
        Design::Notes { .. } => melody(cue),
    };
    // Time until the sound falls 40 dB below its peak, for good.
    let peak = x.iter().fold(0.0f32, |m, v| m.max(v.abs()));
    let last = x.iter().rposition(|v| v.abs() > peak * 0.01).unwrap_or(0);
    (onsets(&x, RATE).len(), pitches, last as f32 / RATE as f32)
}

#[test]
fn every_cue_can_be_told_from_every_other() {
    let sigs: Vec<(Cue, Signature)> = Cue::ALL.iter().map(|&c| (c, signature(c))).collect();
    for (i, (a, sa)) in sigs.iter().enumerate() {
        for (b, sb) in &sigs[i + 1..] {
            let differ = sa.0 != sb.0
                || sa.1.len() != sb.1.len()
                || sa
                    .1
                    .iter()
                    .zip(&sb.1)
                    .any(|(x, y)| (x / y - 1.0).abs() > 0.05);
            assert!(differ, "{a:?} {sa:?} sounds like {b:?} {sb:?}");
        }
    }
}
