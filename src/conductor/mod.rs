//! The conductor: one running session and the cues it calls for.
//!
//! Both front ends, the window's player and `limber follow`, drive a
//! routine only through a [`Conductor`]: they pass the time in, call
//! [`Conductor::tick`] or [`Conductor::control`], give the returned
//! [`Handout`] to the audio, and come back by [`Conductor::next_wake`]. So
//! the look-ahead, the wake-up rule and what each control takes back are
//! written once.
//!
//! Pure core: no clock is read here, no device is touched.

use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::cues::{CuePrefs, Planned};
use crate::routine::{Answer, Plan, PlanOptions, Routine, StepKind};
use crate::session::{ADD_TIME, Event, Session, Summary};
use crate::speech::{SpeechPrefs, Spoken};

pub mod asleep;
mod lookahead;

use lookahead::{Lookahead, gate_reached};

/// How far ahead cues are handed to the audio. A little over the longest
/// gap between two [`Conductor::next_wake`]s while anything can sound (one
/// second: the countdown's), so waking for the display is enough for sound.
pub const LOOKAHEAD: Duration = Duration::from_millis(1300);

/// The least time before its moment that a cue reaches the audio: more than
/// any output latency we expect, so each can start on its exact sample.
pub const MIN_LEAD: Duration = Duration::from_millis(300);

/// What a person can do to a running routine.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Control {
    TogglePause,
    Pause,
    Resume,
    /// Ends the current step now and goes to the next (not past a question).
    Skip,
    /// Back to the start of the previous move.
    Back,
    /// This step again from its start.
    Restart,
    /// [`ADD_TIME`] more for this step.
    AddTime,
    /// Done with a move that lasts until you say so.
    Confirm,
    Answer(Answer),
}

/// What the audio should do after a tick or a control.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Handout {
    /// Cues handed out earlier for after this moment no longer hold: take
    /// them back before playing [`Handout::cues`].
    pub cancel_after: Option<Instant>,
    /// Cues to play, each at its moment.
    pub cues: Vec<Planned>,
    /// Phrases to say, each at its moment (see [`crate::speech`]); taken
    /// back with the cues.
    pub phrases: Vec<Spoken>,
    /// The step changed by a control: cut the phrase being said, if any.
    pub hush: bool,
    /// Questions answered in advance (see [`Setup::answer`]) by this
    /// handout: (section index, answer).
    pub answered: Vec<(usize, Answer)>,
}

impl Handout {
    /// Adds a later handout to this one, as if both were given in turn:
    /// cues of this one that the later one takes back are dropped.
    pub fn then(&mut self, later: Handout) {
        if let Some(t) = later.cancel_after {
            self.cues.retain(|c| c.at <= t);
            self.phrases.retain(|p| p.at <= t);
            // Cues given to the audio before this one are taken back from
            // the earlier moment, if there was one.
            self.cancel_after = Some(self.cancel_after.map_or(t, |first| first.min(t)));
        }
        self.cues.extend(later.cues);
        self.phrases.extend(later.phrases);
        self.hush |= later.hush;
        self.answered.extend(later.answered);
    }
}

/// Everything a routine needs to start.
#[derive(Clone, Debug)]
pub struct Setup {
    /// The routine's id (its file name without `.ron`).
    pub id: String,
    pub routine: Arc<Routine>,
    pub options: PlanOptions,
    pub prefs: CuePrefs,
    /// Which phrases to say ([`SpeechPrefs::default`]: none).
    pub speech: SpeechPrefs,
    /// Answer every question with this the moment it is reached, without
    /// waiting (`limber follow --answer`).
    pub answer: Option<Answer>,
}

/// How a session went, for the finish screen and the history.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub routine_id: String,
    pub routine: Arc<Routine>,
    pub summary: Summary,
    /// From start to end, pauses included.
    pub duration: Duration,
    /// Pain rating given before the start.
    pub pain_before: Option<u8>,
}

#[derive(Clone, Debug)]
pub struct Conductor {
    id: String,
    session: Session,
    lookahead: Lookahead,
    answer: Option<Answer>,
    started: Instant,
}

impl Conductor {
    /// Starts the routine at `now`, with the first cues.
    pub fn start(setup: Setup, now: Instant) -> (Conductor, Handout) {
        let (session, events) = Session::start(setup.routine, setup.options, now);
        let mut conductor = Conductor {
            id: setup.id,
            session,
            lookahead: Lookahead::new(setup.prefs, setup.speech, LOOKAHEAD, setup.answer),
            answer: setup.answer,
            started: now,
        };
        let mut out = Handout::default();
        conductor.settle(events, now, &mut out);
        conductor.look_ahead(now, &mut out);
        (conductor, out)
    }

    pub fn session(&self) -> &Session {
        &self.session
    }

    pub fn plan(&self) -> &Plan {
        self.session.plan()
    }

    pub fn is_finished(&self) -> bool {
        self.session.is_finished()
    }

    /// Time passed: what fell due, and what is coming up.
    pub fn tick(&mut self, now: Instant) -> Handout {
        let mut out = Handout::default();
        let events = self.session.tick(now);
        self.settle(events, now, &mut out);
        self.look_ahead(now, &mut out);
        out
    }

    /// Applies a control at `now`. What fell due before it is handed out
    /// first; every cue handed out for later is taken back (the timeline
    /// changed), then the control's own cues and what now comes up.
    pub fn control(&mut self, control: Control, now: Instant) -> Handout {
        let mut out = Handout::default();
        let due = self.session.tick(now);
        self.settle(due, now, &mut out);
        self.lookahead.reset();
        out.cancel_after = Some(now);
        // A phrase about the step being left is cut; pausing or adding
        // time lets it finish.
        out.hush = !matches!(
            control,
            Control::TogglePause | Control::Pause | Control::Resume | Control::AddTime
        );
        let s = &mut self.session;
        let events = match control {
            Control::TogglePause => s.toggle_pause(now),
            Control::Pause => s.pause(now),
            Control::Resume => s.resume(now),
            Control::Skip => s.skip(now),
            Control::Back => s.back(now),
            Control::Restart => s.restart(now),
            Control::AddTime => s.add_time(now, ADD_TIME),
            Control::Confirm => s.confirm(now),
            Control::Answer(answer) => s.answer(now, answer),
        };
        self.settle(events, now, &mut out);
        self.look_ahead(now, &mut out);
        out
    }

    /// When to tick next at the latest; `None` while nothing can happen
    /// without input (paused, at a question, finished). Waking then keeps
    /// both the display's seconds and the sound on time: every cue reaches
    /// the audio at least [`MIN_LEAD`] before its moment.
    pub fn next_wake(&self, now: Instant) -> Option<Instant> {
        let change = self.session.next_change(now)?;
        let handout = self
            .lookahead
            .handed_until()
            .map_or(now, |until| until.checked_sub(MIN_LEAD).unwrap_or(now));
        Some(change.min(handout.max(now)))
    }

    /// How the session has gone up to `now`.
    pub fn outcome(&self, now: Instant, pain_before: Option<u8>) -> Outcome {
        Outcome {
            routine_id: self.id.clone(),
            routine: self.session.plan().routine.clone(),
            summary: self.session.summary(now),
            duration: now.saturating_duration_since(self.started),
            pain_before,
        }
    }

    /// Cues for events that fell due; with answers given in advance, each
    /// question reached is answered at the moment it was reached.
    fn settle(&mut self, mut events: Vec<Event>, now: Instant, out: &mut Handout) {
        if let Some(answer) = self.answer {
            for _ in 0..self.session.plan().steps.len() {
                let at_gate = self
                    .session
                    .step()
                    .filter(|s| s.kind == StepKind::Gate)
                    .map(|s| s.section);
                let (Some(section), Some(at)) = (at_gate, gate_reached(&events)) else {
                    break;
                };
                events.extend(self.session.answer(at, answer));
                events.extend(self.session.tick(now));
                out.answered.push((section, answer));
            }
        }
        self.lookahead.take(&events, &self.session, now, out);
    }

    fn look_ahead(&mut self, now: Instant, out: &mut Handout) {
        self.lookahead.preview(&self.session, now, out);
    }
}

#[cfg(test)]
mod tests;
