//! Spoken phrases: which moments of a routine the voice speaks at, and
//! what it says there.
//!
//! The chimes say *that* something changed; the phrases say *what*: the
//! coming move, side and dose at each get-ready, "Switch sides",
//! "Halfway", a rest and what follows it, the last set, a question and the
//! keys that answer it, a move that waits for Enter, and the end. Rep
//! counts and the breathing words are optional.
//!
//! A phrase **follows the chime** of its moment: it starts once the
//! built-in chime has rung out ([`after_chime`]), so the two never sound
//! together. Where the words say just what the chime says ("Switch
//! sides", "Halfway", and the breathing words for the breath tones) they
//! **replace** it ([`replaces`]): the pause to switch sides is too short
//! for a chime, the words and the 3-2-1 ticks one after another. A phrase must
//! end [`MARGIN`] before the next sound (chime or phrase), so phrases never
//! overlap one another or the next cue: the
//! [conductor](crate::conductor) works out that limit, and the audio drops
//! a phrase whose rendered length does not fit it.
//!
//! Pure core: the words come from [`crate::wording`]; no clock, no device.

use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::cues::{Cue, Planned};
use crate::routine::{Answer, PlanOptions, Routine, StepKind};
use crate::session::{BreathPhase, Event, EventKind, Phase, Session};
use crate::wording;

/// A phrase ends at least this long before the next sound.
pub const MARGIN: Duration = Duration::from_millis(400);
/// The silence between a chime's end and the phrase that follows it.
pub const AFTER_CHIME_GAP: Duration = Duration::from_millis(100);

/// Which phrases this person wants (from the settings).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SpeechPrefs {
    /// Speak at all.
    pub on: bool,
    /// Count the reps of rep moves.
    pub reps: bool,
    /// Say the breathing words ("Breathe in", "Lift") on each breath.
    pub breathing: bool,
}

impl SpeechPrefs {
    /// The voice on, optional phrases off (as in the default settings).
    pub const ON: SpeechPrefs = SpeechPrefs {
        on: true,
        reps: false,
        breathing: false,
    };
}

/// A phrase with its moment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spoken {
    pub text: String,
    /// When its first sound should be heard.
    pub at: Instant,
    /// It must have ended by then (the next sound, less [`MARGIN`]);
    /// `None`: nothing follows it without input.
    pub until: Option<Instant>,
    /// The plan step of its moment.
    pub step: usize,
}

/// Whether these words, said at the moment of `cue`, take its place: they
/// say just what it says.
pub fn replaces(words: &str, cue: Cue) -> bool {
    match cue {
        Cue::Switch => words.starts_with(&wording::switch_sides()),
        Cue::Halfway => words.starts_with(&wording::halfway()),
        Cue::Inhale | Cue::Exhale => true,
        _ => false,
    }
}

/// How long after a chime starts a phrase may follow it: when the built-in
/// chime has rung out, and a little more.
pub fn after_chime(cue: Cue) -> Duration {
    let ms = (crate::chimes::design(cue).length() * 1000.0).round() as u64;
    Duration::from_millis(ms) + AFTER_CHIME_GAP
}

/// The words an event calls for, if any, for this person. `session` is the
/// session the event came from (for the plan, and the time spent at the end).
pub fn words_of(event: &Event, session: &Session, prefs: &SpeechPrefs) -> Option<String> {
    if !prefs.on {
        return None;
    }
    let plan = session.plan();
    let step = plan.steps.get(event.step);
    match event.kind {
        EventKind::StepStarted(StepKind::Prepare) => {
            let work = plan.steps[event.step..]
                .iter()
                .find(|s| s.kind == StepKind::Work)?;
            Some(wording::get_ready_phrase(plan, work))
        }
        EventKind::StepStarted(StepKind::Rest) => {
            let next = session.upcoming_after(event.step).map(|(_, s)| s);
            Some(wording::rest_phrase(plan, step?, next))
        }
        EventKind::StepStarted(StepKind::Work) => {
            let step = step?;
            let before = event.step.checked_sub(1).and_then(|i| plan.steps.get(i));
            // The first side of the last set, unless a rest just said so.
            let last = step.sets > 1 && step.set == step.sets;
            let first_side = before.is_none_or(|b| !(b.mv == step.mv && b.set == step.set));
            let rest_said = before.is_some_and(|b| b.kind == StepKind::Rest);
            (last && first_side && !rest_said).then(wording::last_set)
        }
        EventKind::StepStarted(_) => None,
        EventKind::SwitchSides => Some(wording::switch_sides()),
        EventKind::Halfway => Some(wording::halfway()),
        EventKind::GateReached => {
            let gate = plan.routine.sections[step?.section].gate.as_ref()?;
            Some(wording::question_phrase(gate))
        }
        EventKind::AwaitingConfirm => Some(wording::confirm_phrase(plan, step?)),
        EventKind::Finished => Some(wording::done_phrase(session.summary(event.at).active)),
        EventKind::Rep(n) if prefs.reps => Some(n.to_string()),
        EventKind::Breath(phase) if prefs.breathing && phase != BreathPhase::Hold => {
            Some(wording::breath_words(plan, step?, phase))
        }
        EventKind::Rep(_) | EventKind::Breath(_) => None,
        EventKind::Countdown(_) | EventKind::SetDone => None,
    }
}

/// Joins phrases due at the same moment into one: "Halfway. Breathe out".
fn join(into: &mut String, more: &str) {
    if !into.ends_with(['.', '?', '!']) {
        into.push('.');
    }
    into.push(' ');
    into.push_str(more);
}

/// The phrases for a batch of events (in the engine's order): one per
/// instant at most, each `at` its event's moment; see [`place`] for the
/// moment it is heard. `until` is left unset.
pub fn phrases_for(events: &[Event], session: &Session, prefs: &SpeechPrefs) -> Vec<Spoken> {
    // Words by instant, each with its rank: the count, then what the
    // moment is, then the breath.
    let mut found: Vec<(Instant, usize, u8, String)> = Vec::new();
    for event in events {
        let Some(words) = words_of(event, session, prefs) else {
            continue;
        };
        let rank = match event.kind {
            EventKind::Rep(_) => 0,
            EventKind::Breath(_) => 2,
            _ => 1,
        };
        found.push((event.at, event.step, rank, words));
    }
    let mut out: Vec<Spoken> = Vec::new();
    let mut instants: Vec<Instant> = found.iter().map(|f| f.0).collect();
    instants.dedup();
    for at in instants {
        if out.iter().any(|p| p.at == at) {
            continue;
        }
        let mut here: Vec<&(Instant, usize, u8, String)> =
            found.iter().filter(|f| f.0 == at).collect();
        here.sort_by_key(|f| f.2);
        let mut text = here[0].3.clone();
        for more in &here[1..] {
            join(&mut text, &more.3);
        }
        out.push(Spoken {
            text,
            at,
            until: None,
            step: here[0].1,
        });
    }
    out
}

/// Moves a phrase after the chime that `cues` plays at its moment, if any.
pub fn place(phrase: &mut Spoken, cues: &[Planned]) {
    if let Some(chime) = cues.iter().find(|c| c.at == phrase.at) {
        phrase.at += after_chime(chime.cue);
    }
}

/// Whether an event makes a sound for this person: a chime or words.
pub fn sounds(
    event: &Event,
    session: &Session,
    cues: &crate::cues::CuePrefs,
    prefs: &SpeechPrefs,
) -> bool {
    crate::cues::cue_for(event, session.plan(), cues).is_some()
        || words_of(event, session, prefs).is_some()
}

/// Every phrase a routine will say if it runs without controls, each
/// question answered as its plan assumes, in order of first use, each
/// once: what to render before the start, first things first.
pub fn script(routine: Arc<Routine>, options: PlanOptions, prefs: &SpeechPrefs) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    if !prefs.on {
        return out;
    }
    // Any instant does: only the order and the words matter here. The
    // session is moved on a minute at a time; questions are answered, and
    // moves that wait are confirmed, the moment they are reached.
    let start = Instant::now();
    let (mut session, mut events) = Session::start(routine, options, start);
    let mut now = start;
    for _ in 0..100_000 {
        let waits_from = events
            .iter()
            .rev()
            .find(|e| matches!(e.kind, EventKind::GateReached | EventKind::AwaitingConfirm))
            .map(|e| e.at);
        for phrase in phrases_for(&events, &session, prefs) {
            if !out.contains(&phrase.text) {
                out.push(phrase.text);
            }
        }
        if session.is_finished() {
            break;
        }
        let at = waits_from.unwrap_or(now);
        events = match session.status(now).phase {
            Phase::Gate => {
                let answer = session
                    .step()
                    .and_then(|s| session.plan().routine.sections[s.section].gate.as_ref())
                    .map_or(Answer::No, |g| g.assumed_answer());
                session.answer(at, answer)
            }
            Phase::Confirm => session.confirm(at),
            _ => {
                now += Duration::from_secs(60);
                session.tick(now)
            }
        };
        now = now.max(at);
    }
    out
}

#[cfg(test)]
mod tests;
