//! Conductor tests: a whole routine with a fake clock, the look-ahead and
//! wake-up rule, each control's handout, and (property) that a run with
//! look-ahead and take-backs is heard exactly as a naive run that ticks
//! every few milliseconds.

use std::time::{Duration, Instant};

use proptest::prelude::*;

use super::*;
use crate::cues::tests::{routine, secs};
use crate::cues::{Cue, cues_for};
use crate::session::Phase;
use crate::speech::SpeechPrefs;

fn setup(prefs: CuePrefs, answer: Option<Answer>) -> Setup {
    Setup {
        id: "cues".into(),
        routine: routine(),
        options: PlanOptions::default(),
        prefs,
        speech: SpeechPrefs::default(),
        answer,
    }
}

/// (cue, due, handed out), in seconds from the start.
type Heard = Vec<(Cue, f64, f64)>;

/// Cues as the audio would hear them: handed out with their moment, and
/// taken back when a later handout cancels after some moment.
#[derive(Default)]
struct Ear {
    heard: Heard,
}

impl Ear {
    fn hand(&mut self, base: Instant, now: Instant, h: Handout) {
        if let Some(t) = h.cancel_after {
            let t = secs(base, t);
            self.heard.retain(|c| c.1 <= t);
        }
        for c in h.cues {
            self.heard.push((c.cue, secs(base, c.at), secs(base, now)));
        }
    }

    fn cues(&self) -> Vec<(Cue, f64)> {
        self.heard.iter().map(|c| (c.0, c.1)).collect()
    }
}

/// Runs the routine as a front end does: sleep until the next wake-up,
/// answer the gate one second after it is reached.
fn follow(prefs: CuePrefs) -> Heard {
    let base = Instant::now();
    let (mut c, first) = Conductor::start(setup(prefs, None), base);
    let mut ear = Ear::default();
    ear.hand(base, base, first);
    let mut now = base;
    let mut gate_seen: Option<Instant> = None;
    for _ in 0..10_000 {
        let h = c.tick(now);
        ear.hand(base, now, h);
        if c.is_finished() {
            return ear.heard;
        }
        let mut next = c.next_wake(now);
        if c.session().status(now).phase == Phase::Gate {
            let reached = *gate_seen.get_or_insert(now);
            if now >= reached + Duration::from_secs(1) {
                let h = c.control(Control::Answer(Answer::No), now);
                ear.hand(base, now, h);
                next = c.next_wake(now);
            } else {
                assert_eq!(next, None, "nothing to wake for at a question");
                next = Some(reached + Duration::from_secs(1));
            }
        }
        // A real loop never sleeps into the past.
        now = next.unwrap().max(now + Duration::from_millis(1));
    }
    panic!("the routine did not finish");
}

/// The run as `limber follow --answer` does it: the gate is answered the
/// moment it is reached, by the look-ahead and by the conductor alike.
fn follow_answering(answer: Answer) -> (Heard, Vec<(usize, Answer)>) {
    let base = Instant::now();
    let (mut c, first) = Conductor::start(setup(CuePrefs::default(), Some(answer)), base);
    let mut ear = Ear::default();
    let mut answered = first.answered.clone();
    ear.hand(base, base, first);
    let mut now = base;
    while !c.is_finished() {
        let h = c.tick(now);
        answered.extend(h.answered.iter().copied());
        ear.hand(base, now, h);
        if c.is_finished() {
            break;
        }
        let next = c.next_wake(now).expect("never waits");
        now = next.max(now + Duration::from_millis(1));
    }
    (ear.heard, answered)
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
        if secs(base, now) >= 60.0 && session.status(now).phase == Phase::Gate {
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

fn cues_only(run: &[(Cue, f64, f64)]) -> Vec<(Cue, f64)> {
    run.iter().map(|c| (c.0, c.1)).collect()
}

#[test]
fn a_whole_routine_gives_exactly_the_expected_cues() {
    let want = expected();
    let ticking = follow_by_ticking(&CuePrefs::default());
    assert!(
        close(&ticking, &want),
        "ticking:\n{ticking:?}\nwant:\n{want:?}"
    );

    let conducted = cues_only(&follow(CuePrefs::default()));
    assert!(
        close(&conducted, &want),
        "conducted:\n{conducted:?}\nwant:\n{want:?}"
    );
}

#[test]
fn cues_are_handed_out_ahead_of_time_by_waking_for_the_display_alone() {
    let run = follow(CuePrefs::default());
    let (min, max) = (MIN_LEAD.as_secs_f64(), LOOKAHEAD.as_secs_f64());
    for &(cue, due, handed) in &run {
        // The cue right after the answer (at 60 s) cannot be foreseen.
        if due == 60.0 {
            continue;
        }
        let lead = due - handed;
        assert!(
            lead >= min - 1e-6 && lead <= max + 1e-6,
            "{cue:?} due at {due} was handed out at {handed}"
        );
    }
}

#[test]
fn the_wake_up_is_the_displays_next_second_and_never_later() {
    let base = Instant::now();
    let (mut c, _) = Conductor::start(setup(CuePrefs::default(), None), base);
    // Get ready 0–5 s: the countdown shows whole seconds.
    let now = base + Duration::from_millis(1250);
    c.tick(now);
    assert_eq!(c.next_wake(now), Some(base + Duration::from_secs(2)));
    assert_eq!(c.next_wake(now), c.session().next_change(now));
    c.control(Control::Pause, now);
    assert_eq!(c.next_wake(now), None, "paused: nothing to wake for");
}

#[test]
fn answers_given_in_advance_are_looked_ahead_and_the_gate_is_silent() {
    use Cue::*;
    let (cues, answered) = follow_answering(Answer::No);
    assert_eq!(answered, vec![(1, Answer::No)]);
    let got = cues_only(&cues);
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
            due - handed >= MIN_LEAD.as_secs_f64() - 1e-6,
            "{cue:?} at {due}"
        );
    }

    // Answered "yes" the section is skipped: the routine ends at the gate,
    // with one sound there, the most telling one.
    let (cues, _) = follow_answering(Answer::Yes);
    let tail: Vec<(Cue, f64)> = cues.iter().rev().take(2).map(|c| (c.0, c.1)).collect();
    assert_eq!(tail[0], (Complete, 59.0));
    assert!(tail[1].1 < 59.0, "nothing else at 59: {cues:?}");
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
    let conducted = cues_only(&follow(prefs));
    assert!(close(&conducted, &cues), "{conducted:?}\n{cues:?}");
}

#[test]
fn after_a_pause_cues_handed_out_ahead_are_taken_back_and_handed_out_again() {
    let base = Instant::now();
    let (mut c, _) = Conductor::start(setup(CuePrefs::default(), None), base);
    // At 0.8 s the tick due at 2 s is handed out ahead.
    let now = base + Duration::from_millis(800);
    let ahead = c.tick(now);
    assert_eq!(ahead.cancel_after, None);
    assert_eq!(ahead.cues.len(), 1);
    assert_eq!(ahead.cues[0].cue, Cue::Tick);
    assert_eq!(ahead.cues[0].at, base + Duration::from_secs(2));
    // Paused at 1.9 s: everything after 1.9 s is taken back, nothing new.
    let paused = base + Duration::from_millis(1900);
    let h = c.control(Control::TogglePause, paused);
    assert_eq!(h.cancel_after, Some(paused));
    assert!(h.cues.is_empty(), "paused: {h:?}");
    assert!(c.tick(paused + Duration::from_secs(1)).cues.is_empty());
    // Resumed at 5 s: the two ticks still to come, at their new moments.
    let resumed = base + Duration::from_secs(5);
    let again = c.control(Control::TogglePause, resumed);
    assert_eq!(again.cancel_after, Some(resumed));
    let at: Vec<Instant> = again.cues.iter().map(|c| c.at).collect();
    assert_eq!(
        at,
        [
            base + Duration::from_millis(5100),
            base + Duration::from_millis(6100)
        ]
    );
    // The real tick at that moment does not hand them out a second time.
    let later = base + Duration::from_millis(5150);
    assert!(c.tick(later).cues.is_empty());
}

#[test]
fn skip_back_restart_and_more_time_each_take_back_and_hand_out_anew() {
    let base = Instant::now();
    let (mut c, _) = Conductor::start(setup(CuePrefs::default(), None), base);
    let t = |ms: u64| base + Duration::from_millis(ms);
    // Skip the get-ready at 1 s: the hold starts now, with its start cue.
    let h = c.control(Control::Skip, t(1000));
    assert_eq!(h.cancel_after, Some(t(1000)));
    assert_eq!(
        h.cues.first().map(|p| (p.cue, p.at)),
        Some((Cue::Start, t(1000)))
    );
    // +15 s in the 10 s hold: the halfway cue moves from 6 s to 13.5 s.
    c.tick(t(2000));
    let h = c.control(Control::AddTime, t(2000));
    assert!(h.cues.iter().all(|p| p.at > t(2000)), "{h:?}");
    let mut later = Vec::new();
    let mut now = t(2000);
    while now < t(14_000) {
        now = c.next_wake(now).unwrap();
        later.extend(c.tick(now).cues);
    }
    let halfway: Vec<Instant> = later
        .iter()
        .filter(|p| p.cue == Cue::Halfway)
        .map(|p| p.at)
        .collect();
    assert_eq!(halfway, [t(13_500)]);
    // Restart starts this hold again, with its start cue now.
    let h = c.control(Control::Restart, now);
    assert_eq!(c.session().index(), 1);
    assert_eq!(
        h.cues.first().map(|p| (p.cue, p.at)),
        Some((Cue::Start, now))
    );
    // Back from the first hold goes to the very start: the get-ready, whose
    // ticks are further off than the look-ahead.
    let later = now + Duration::from_secs(3);
    let h = c.control(Control::Back, later);
    assert_eq!(c.session().index(), 0);
    assert_eq!(h.cancel_after, Some(later));
    assert!(h.cues.is_empty(), "{h:?}");
}

#[test]
fn the_outcome_counts_time_from_the_start_pauses_included() {
    let base = Instant::now();
    let (mut c, _) = Conductor::start(setup(CuePrefs::default(), None), base);
    c.control(Control::Pause, base + Duration::from_secs(2));
    let o = c.outcome(base + Duration::from_secs(30), Some(4));
    assert_eq!(o.routine_id, "cues");
    assert_eq!(o.duration, Duration::from_secs(30));
    assert_eq!(o.summary.active, Duration::from_secs(2));
    assert_eq!(o.pain_before, Some(4));
    assert!(!o.summary.finished);
}

// -- Property: look-ahead and take-backs change nothing that is heard ---------

#[derive(Clone, Copy, Debug)]
enum Act {
    Wait(u64),
    Do(Control),
}

fn act() -> impl Strategy<Value = Act> {
    prop_oneof![
        6 => (1u64..4000).prop_map(Act::Wait),
        1 => Just(Act::Do(Control::TogglePause)),
        1 => Just(Act::Do(Control::Skip)),
        1 => Just(Act::Do(Control::Back)),
        1 => Just(Act::Do(Control::Restart)),
        1 => Just(Act::Do(Control::AddTime)),
        1 => Just(Act::Do(Control::Answer(Answer::No))),
        1 => Just(Act::Do(Control::Answer(Answer::Yes))),
    ]
}

/// Cues heard by a naive player that ticks every 10 ms and applies each
/// control at the same moments.
fn naive(acts: &[(u64, Option<Control>)]) -> Vec<(Cue, f64)> {
    let base = Instant::now();
    let prefs = CuePrefs::default();
    let (mut s, first) = Session::start(routine(), PlanOptions::default(), base);
    let mut out: Vec<(Cue, f64)> = Vec::new();
    let hear = |events: Vec<Event>, plan: &Plan, out: &mut Vec<(Cue, f64)>| {
        out.extend(
            cues_for(&events, plan, &prefs)
                .iter()
                .map(|c| (c.cue, secs(base, c.at))),
        );
    };
    hear(first, s.plan(), &mut out);
    let mut ms = 0;
    for &(at, control) in acts {
        while ms + 10 < at {
            ms += 10;
            let events = s.tick(base + Duration::from_millis(ms));
            hear(events, &s.plan().clone(), &mut out);
        }
        ms = at;
        let now = base + Duration::from_millis(ms);
        let events = s.tick(now);
        hear(events, &s.plan().clone(), &mut out);
        if let Some(control) = control {
            let events = match control {
                Control::TogglePause => s.toggle_pause(now),
                Control::Skip => s.skip(now),
                Control::Back => s.back(now),
                Control::Restart => s.restart(now),
                Control::AddTime => s.add_time(now, ADD_TIME),
                Control::Answer(a) => s.answer(now, a),
                _ => unreachable!(),
            };
            hear(events, &s.plan().clone(), &mut out);
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn what_is_heard_is_what_a_naive_ticking_player_hears(
        acts in proptest::collection::vec(act(), 1..40)
    ) {
        let base = Instant::now();
        let (mut c, first) = Conductor::start(setup(CuePrefs::default(), None), base);
        let mut ear = Ear::default();
        ear.hand(base, base, first);
        // The moments of each control, for the naive run; waits are cut
        // at each wake-up, as a front end sleeps no longer than that.
        let mut timeline: Vec<(u64, Option<Control>)> = Vec::new();
        let mut ms: u64 = 0;
        for a in acts {
            match a {
                Act::Wait(d) => {
                    let until = ms + d;
                    while ms < until {
                        let now = base + Duration::from_millis(ms);
                        let wake = c.next_wake(now).map(|w| {
                            // In whole ms, never in the past.
                            (w - base).as_millis().max(u128::from(ms) + 1) as u64
                        });
                        ms = wake.map_or(until, |w| w.min(until));
                        let now = base + Duration::from_millis(ms);
                        ear.hand(base, now, c.tick(now));
                        timeline.push((ms, None));
                    }
                }
                Act::Do(control) => {
                    let now = base + Duration::from_millis(ms);
                    ear.hand(base, now, c.control(control, now));
                    timeline.push((ms, Some(control)));
                }
            }
        }
        // Only what was due by the end was heard; later cues were only
        // handed out ahead.
        let end = ms as f64 / 1000.0;
        let mut heard = ear.cues();
        heard.retain(|c| c.1 <= end + 1e-9);
        let want = naive(&timeline);
        prop_assert!(close(&heard, &want), "heard {:?}\nwant {:?}", heard, want);
        // Nothing was handed out late, or sooner than the look-ahead.
        for &(cue, due, handed) in &ear.heard {
            prop_assert!(due - handed <= LOOKAHEAD.as_secs_f64() + 1e-6, "{:?} {} {}", cue, due, handed);
        }
    }
}

// -- Phrases ---------------------------------------------------------------

/// A phrase as the audio would get it: (text, at, until, handed), seconds.
type Said = Vec<(String, f64, Option<f64>, f64)>;

/// How long the person takes to answer a question: after it is said.
const ANSWER_AFTER: Duration = Duration::from_secs(6);

/// Follows the sciatica routine with the voice on, as `follow` does, and
/// returns the cues and the phrases heard.
fn follow_speaking(speech: SpeechPrefs) -> (Heard, Said) {
    let base = Instant::now();
    let setup = Setup {
        id: "sciatica-relief".into(),
        routine: Arc::new(crate::routine::bundled_routine("sciatica-relief")),
        options: PlanOptions::default(),
        prefs: CuePrefs::default(),
        speech,
        answer: None,
    };
    let (mut c, first) = Conductor::start(setup, base);
    let mut ear = Ear::default();
    let mut said: Said = Vec::new();
    let mut hand = |ear: &mut Ear, now: Instant, h: Handout| {
        if let Some(t) = h.cancel_after {
            let t = secs(base, t);
            said.retain(|p| p.1 <= t);
        }
        for p in &h.phrases {
            said.push((
                p.text.clone(),
                secs(base, p.at),
                p.until.map(|u| secs(base, u)),
                secs(base, now),
            ));
        }
        ear.hand(base, now, h);
    };
    hand(&mut ear, base, first);
    let mut now = base;
    let mut gate_seen: Option<Instant> = None;
    for _ in 0..100_000 {
        let h = c.tick(now);
        hand(&mut ear, now, h);
        if c.is_finished() {
            return (ear.heard, said);
        }
        let mut next = c.next_wake(now);
        if c.session().status(now).phase == Phase::Gate {
            let reached = *gate_seen.get_or_insert(now);
            if now >= reached + ANSWER_AFTER {
                let h = c.control(Control::Answer(Answer::No), now);
                hand(&mut ear, now, h);
                next = c.next_wake(now);
            } else {
                next = Some(reached + ANSWER_AFTER);
            }
        }
        now = next.unwrap().max(now + Duration::from_millis(1));
    }
    panic!("the routine did not finish");
}

#[test]
fn phrases_come_in_the_scripts_order_and_never_meet_another_sound() {
    let speech = SpeechPrefs {
        on: true,
        reps: true,
        breathing: true,
    };
    let (cues, said) = follow_speaking(speech);
    let mut texts: Vec<String> = Vec::new();
    for (text, ..) in &said {
        if !texts.contains(text) {
            texts.push(text.clone());
        }
    }
    let routine = Arc::new(crate::routine::bundled_routine("sciatica-relief"));
    assert_eq!(
        texts,
        crate::speech::script(routine, PlanOptions::default(), &speech),
        "the pre-rendered script is what is said"
    );
    let lead = MIN_LEAD.as_secs_f64();
    let margin = crate::speech::MARGIN.as_secs_f64();
    for (i, (text, at, until, handed)) in said.iter().enumerate() {
        assert!(*at >= handed + lead - 1e-9, "{text} handed too late");
        let Some(until) = *until else {
            // No limit: it waits for the person, or nothing sounds for long.
            let quiet = cues.iter().all(|c| c.1 <= *at || c.1 > at + 25.0);
            assert!(text.contains("Press") || quiet, "{text}: no limit");
            continue;
        };
        assert!(
            until > *at + 0.3,
            "{text}: no room at {at:.3} (until {until:.3})"
        );
        // Nothing else sounds from its start until the margin after its limit.
        let next = until + margin;
        for (cue, due, _) in &cues {
            assert!(
                !(*due >= *at - 1e-9 && *due < next - 1e-9),
                "{text} at {at:.3}..{until:.3} meets {cue:?} at {due:.3}"
            );
        }
        if let Some(other) = said.get(i + 1) {
            assert!(other.1 >= next - 1e-9, "{text} runs into {}", other.0);
        }
    }
    // The breathing words replace the breath tones; no tone is left where
    // words are said.
    assert!(
        cues.iter()
            .all(|c| !matches!(c.0, Cue::Inhale | Cue::Exhale))
    );
}

#[test]
fn a_phrase_follows_the_chime_of_its_moment() {
    let (cues, said) = follow_speaking(SpeechPrefs::ON);
    // A rest: its chime, then the words.
    let rest = said.iter().find(|p| p.0.starts_with("Rest")).unwrap();
    let chime = cues.iter().find(|c| c.0 == Cue::Rest).unwrap();
    let gap = crate::speech::after_chime(Cue::Rest).as_secs_f64();
    assert!(
        (rest.1 - (chime.1 + gap)).abs() < 1e-6,
        "{rest:?} {chime:?}"
    );
    // "Switch sides" and "Halfway" say what their chimes say: they take
    // their place, and the other chimes stay.
    assert!(
        !cues
            .iter()
            .any(|c| matches!(c.0, Cue::Switch | Cue::Halfway))
    );
    let switches = said.iter().filter(|p| p.0 == "Switch sides").count();
    assert_eq!(
        switches, 7,
        "figure-4's three sets, hip flexion, three roll-outs"
    );
    assert!(cues.iter().any(|c| c.0 == Cue::Start));
    // The first get-ready has no chime: its phrase starts as soon as the
    // audio can place it.
    let first = &said[0];
    assert_eq!(
        first.0,
        "Figure-4 stretch, left side, 30 seconds, set 1 of 3"
    );
    assert!((first.1 - MIN_LEAD.as_secs_f64()).abs() < 1e-6, "{first:?}");
}

#[test]
fn moving_on_cuts_the_phrase_and_pausing_does_not() {
    let base = Instant::now();
    let setup = Setup {
        speech: SpeechPrefs::ON,
        ..setup(CuePrefs::default(), None)
    };
    let (mut c, first) = Conductor::start(setup, base);
    assert!(!first.hush);
    assert_eq!(first.phrases.len(), 1, "the get-ready says the move");
    let t = base + Duration::from_secs(1);
    assert!(!c.control(Control::Pause, t).hush);
    assert!(!c.control(Control::Resume, t).hush);
    assert!(!c.control(Control::AddTime, t).hush);
    let skip = c.control(Control::Skip, t);
    assert!(skip.hush, "a skip cuts what is being said");
    assert_eq!(skip.cancel_after, Some(t));
    assert!(c.control(Control::Back, t).hush);
    let mut merged = Handout::default();
    merged.then(c.control(Control::Restart, t));
    assert!(merged.hush, "a merged handout keeps the cut");
}
