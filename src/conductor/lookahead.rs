//! Handing cues out ahead of their moment, so that the audio can start each
//! on the sample it is due rather than when a timer happens to wake up.

use std::time::{Duration, Instant};

use crate::cues::{CuePrefs, Planned, cues_for};
use crate::routine::{Answer, Plan, StepKind};
use crate::session::{Event, EventKind, Session};

/// What has been handed out, and how far ahead.
#[derive(Clone, Debug)]
pub(super) struct Lookahead {
    prefs: CuePrefs,
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
    pub(super) fn new(prefs: CuePrefs, lead: Duration, answer: Option<Answer>) -> Lookahead {
        Lookahead {
            prefs,
            lead,
            handed_until: None,
            answer,
        }
    }

    pub(super) fn handed_until(&self) -> Option<Instant> {
        self.handed_until
    }

    /// Cues for events the session just produced, less those already handed
    /// out ahead of time.
    pub(super) fn take(&self, events: &[Event], plan: &Plan) -> Vec<Planned> {
        let fresh: Vec<Event> = events
            .iter()
            .filter(|e| self.handed_until.is_none_or(|until| e.at > until))
            .filter(|e| !(self.answer.is_some() && e.kind == EventKind::GateReached))
            .copied()
            .collect();
        cues_for(&fresh, plan, &self.prefs)
    }

    /// Cues due between now and now + lead that were not handed out yet,
    /// found by running a copy of the session ahead.
    pub(super) fn preview(&mut self, session: &Session, now: Instant) -> Vec<Planned> {
        let horizon = now + self.lead;
        if self.handed_until.is_some_and(|until| until >= horizon) {
            return Vec::new();
        }
        let mut ahead = session.clone();
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
        let out = self.take(&events, ahead.plan());
        self.handed_until = Some(horizon);
        out
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
