//! Handing cues and phrases out ahead of their moment, so that the audio
//! can start each on the sample it is due rather than when a timer happens
//! to wake up.

use std::time::{Duration, Instant};

use super::{Handout, MIN_LEAD};
use crate::cues::{CuePrefs, cue_for, cues_for};
use crate::routine::{Answer, StepKind};
use crate::session::{Event, EventKind, Session};
use crate::speech::{self, MARGIN, SpeechPrefs};

/// How far past a phrase's moment the next sound is looked for (a phrase
/// is never this long).
const REACH: Duration = Duration::from_secs(30);

/// What has been handed out, and how far ahead.
#[derive(Clone, Debug)]
pub(super) struct Lookahead {
    prefs: CuePrefs,
    speech: SpeechPrefs,
    lead: Duration,
    /// Every event due up to here has been handed out.
    handed_until: Option<Instant>,
    /// Every question is answered with this, at once: previews answer each
    /// gate the moment it is reached (as the conductor will), and a gate
    /// makes no sound, since nobody is waited for. So the cues on both sides
    /// of a gate are one batch: the end of a set right before the end of the
    /// routine is heard as "complete" alone.
    answer: Option<Answer>,
}

impl Lookahead {
    pub(super) fn new(
        prefs: CuePrefs,
        speech: SpeechPrefs,
        lead: Duration,
        answer: Option<Answer>,
    ) -> Lookahead {
        Lookahead {
            prefs,
            speech,
            lead,
            handed_until: None,
            answer,
        }
    }

    pub(super) fn handed_until(&self) -> Option<Instant> {
        self.handed_until
    }

    /// Cues and phrases for events the session just produced, less those
    /// already handed out ahead of time. `session` is where the events
    /// left it; `now` is when the handout reaches the audio.
    pub(super) fn take(
        &self,
        events: &[Event],
        session: &Session,
        now: Instant,
        out: &mut Handout,
    ) {
        let fresh: Vec<Event> = events
            .iter()
            .filter(|e| self.handed_until.is_none_or(|until| e.at > until))
            .filter(|e| !(self.answer.is_some() && e.kind == EventKind::GateReached))
            .copied()
            .collect();
        let mut cues = cues_for(&fresh, session.plan(), &self.prefs);
        let mut phrases = speech::phrases_for(&fresh, session, &self.speech);
        // Words that say what their chime says take its place.
        cues.retain(|c| {
            !phrases
                .iter()
                .any(|p| p.at == c.at && speech::replaces(&p.text, c.cue))
        });
        for phrase in &mut phrases {
            let moment = phrase.at;
            phrase.until = self
                .next_sound(&fresh, session, moment)
                .map(|t| t.checked_sub(MARGIN).unwrap_or(t));
            speech::place(phrase, &cues);
            phrase.at = phrase.at.max(now + MIN_LEAD);
        }
        // No room at all before the next sound: nothing to say.
        phrases.retain(|p| p.until.is_none_or(|u| u > p.at));
        out.cues.extend(cues);
        out.phrases.extend(phrases);
    }

    /// When the next sound after `moment` is due: among `events` (a batch
    /// that left `session` where it is), else further ahead.
    fn next_sound(&self, events: &[Event], session: &Session, moment: Instant) -> Option<Instant> {
        let sounds = |e: &Event, s: &Session| {
            e.at > moment
                && !(self.answer.is_some() && e.kind == EventKind::GateReached)
                && (cue_for(e, s.plan(), &self.prefs).is_some()
                    || speech::words_of(e, s, &self.speech).is_some())
        };
        if let Some(e) = events.iter().find(|e| sounds(e, session)) {
            return Some(e.at);
        }
        let mut ahead = session.clone();
        let later = self.run_ahead(&mut ahead, moment + REACH);
        later.iter().find(|e| sounds(e, &ahead)).map(|e| e.at)
    }

    /// Moves a copy of the session on to `horizon`, answering questions as
    /// the conductor will.
    fn run_ahead(&self, ahead: &mut Session, horizon: Instant) -> Vec<Event> {
        let mut events = ahead.tick(horizon);
        if let Some(answer) = self.answer {
            for _ in 0..ahead.plan().steps.len() {
                let Some(at) = gate_reached(&events)
                    .filter(|_| ahead.step().is_some_and(|s| s.kind == StepKind::Gate))
                else {
                    break;
                };
                events.extend(ahead.answer(at, answer));
                events.extend(ahead.tick(horizon));
            }
        }
        events
    }

    /// Cues and phrases due between now and now + lead that were not
    /// handed out yet, found by running a copy of the session ahead.
    pub(super) fn preview(&mut self, session: &Session, now: Instant, out: &mut Handout) {
        let horizon = now + self.lead;
        if self.handed_until.is_some_and(|until| until >= horizon) {
            return;
        }
        let mut ahead = session.clone();
        let events = self.run_ahead(&mut ahead, horizon);
        self.take(&events, &ahead, now, out);
        self.handed_until = Some(horizon);
    }

    /// Forgets what was handed out ahead (a control changed the timeline).
    pub(super) fn reset(&mut self) {
        self.handed_until = None;
    }
}

/// When, among these events, a gate was reached.
pub(super) fn gate_reached(events: &[Event]) -> Option<Instant> {
    events
        .iter()
        .rev()
        .find(|e| e.kind == EventKind::GateReached)
        .map(|e| e.at)
}
