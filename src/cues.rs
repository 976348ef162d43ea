//! Sound cues: which cue each engine event gets, and which of them this
//! person wants to hear.
//!
//! Pure core: no audio device, no GUI, and no clock. The
//! [conductor](crate::conductor) maps events with [`cues_for`] and hands the
//! cues out ahead of time; [`chimes`](crate::chimes) says what each sounds
//! like.

use std::time::Instant;

use crate::routine::{Plan, StepKind};
use crate::session::{BreathPhase, Event, EventKind};

/// One of the sounds Limber plays.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Cue {
    /// Each of the last 3 seconds of a get-ready (or a pause that leads
    /// straight into work) and of a hold.
    Tick,
    /// Work starts: a move, the next set, or the next side after a pause.
    Start,
    Halfway,
    /// Change sides now.
    Switch,
    /// A rest between sets starts.
    Rest,
    /// A set (or the whole move) is done.
    SetDone,
    /// The routine is finished.
    Complete,
    /// The app waits for the person: a question, or a move that lasts until
    /// they confirm it.
    Attention,
    /// Breathe in (optional breath tone).
    Inhale,
    /// Breathe out (optional breath tone).
    Exhale,
}

impl Cue {
    pub const ALL: [Cue; 10] = [
        Cue::Tick,
        Cue::Start,
        Cue::Halfway,
        Cue::Switch,
        Cue::Rest,
        Cue::SetDone,
        Cue::Complete,
        Cue::Attention,
        Cue::Inhale,
        Cue::Exhale,
    ];

    /// The name used in the settings file and in cue logs.
    pub fn key(self) -> &'static str {
        match self {
            Cue::Tick => "tick",
            Cue::Start => "start",
            Cue::Halfway => "halfway",
            Cue::Switch => "switch",
            Cue::Rest => "rest",
            Cue::SetDone => "set_done",
            Cue::Complete => "complete",
            Cue::Attention => "attention",
            Cue::Inhale => "inhale",
            Cue::Exhale => "exhale",
        }
    }

    pub fn from_key(key: &str) -> Option<Cue> {
        Cue::ALL.into_iter().find(|c| c.key() == key)
    }

    pub fn index(self) -> usize {
        self as usize
    }

    /// When several events fall on the same instant only one cue is played:
    /// the one that tells the person what to do now.
    fn priority(self) -> u8 {
        match self {
            Cue::Complete => 9,
            Cue::Switch => 8,
            Cue::Start => 7,
            Cue::Attention => 6,
            Cue::Rest => 5,
            Cue::SetDone => 4,
            Cue::Halfway => 3,
            Cue::Tick => 2,
            Cue::Inhale | Cue::Exhale => 1,
        }
    }
}

/// Written by its name (`"set_done"`), as in the settings file.
impl serde::Serialize for Cue {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.key())
    }
}

/// Which cues the person wants to hear (from the settings).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CuePrefs {
    enabled: [bool; Cue::ALL.len()],
}

impl Default for CuePrefs {
    /// Every cue on, breath tones off (as in the default settings).
    fn default() -> CuePrefs {
        let mut p = CuePrefs::all();
        p.set(Cue::Inhale, false);
        p.set(Cue::Exhale, false);
        p
    }
}

impl CuePrefs {
    /// Every cue, breath tones included.
    pub fn all() -> CuePrefs {
        CuePrefs {
            enabled: [true; Cue::ALL.len()],
        }
    }

    pub fn enabled(&self, cue: Cue) -> bool {
        self.enabled[cue.index()]
    }

    pub fn set(&mut self, cue: Cue, on: bool) {
        self.enabled[cue.index()] = on;
    }
}

/// The cue an event calls for, before preferences: `None` for events that
/// make no sound (reps, breath holds, the start of a get-ready...).
pub fn cue_of(event: &Event, plan: &Plan) -> Option<Cue> {
    let step = plan.steps.get(event.step);
    match event.kind {
        EventKind::StepStarted(StepKind::Work) => Some(Cue::Start),
        EventKind::StepStarted(StepKind::Rest) => Some(Cue::Rest),
        EventKind::StepStarted(_) => None,
        EventKind::SwitchSides => Some(Cue::Switch),
        EventKind::Countdown(_) => {
            let step = step?;
            let leads_into_work = || {
                plan.steps
                    .get(event.step + 1)
                    .is_some_and(|next| next.kind == StepKind::Work)
            };
            let ticks = match step.kind {
                StepKind::Prepare => true,
                // A hold, not a rep move (reps are paced by the breath).
                StepKind::Work => step.reps.is_none(),
                // A pause that ends straight in work is a get-ready too.
                StepKind::Rest | StepKind::Switch => leads_into_work(),
                StepKind::Gate => false,
            };
            ticks.then_some(Cue::Tick)
        }
        EventKind::Halfway => Some(Cue::Halfway),
        EventKind::Rep(_) => None,
        EventKind::Breath(BreathPhase::Inhale) => Some(Cue::Inhale),
        EventKind::Breath(BreathPhase::Exhale) => Some(Cue::Exhale),
        EventKind::Breath(BreathPhase::Hold) => None,
        EventKind::AwaitingConfirm | EventKind::GateReached => Some(Cue::Attention),
        EventKind::SetDone => Some(Cue::SetDone),
        EventKind::Finished => Some(Cue::Complete),
    }
}

/// The cue an event gets for this person, if any.
pub fn cue_for(event: &Event, plan: &Plan, prefs: &CuePrefs) -> Option<Cue> {
    cue_of(event, plan).filter(|&c| prefs.enabled(c))
}

/// A cue with the moment it is due.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Planned {
    pub cue: Cue,
    /// When it should be heard (the event's planned moment).
    pub at: Instant,
    /// The plan step the event belongs to.
    pub step: usize,
}

/// The cues for a batch of events (in the order the engine gave them): one
/// per instant at most, the most telling one (see [`Cue`]'s priorities), so
/// that, for example, the end of a set followed at once by a rest sounds as
/// "rest" rather than two sounds on top of each other.
pub fn cues_for(events: &[Event], plan: &Plan, prefs: &CuePrefs) -> Vec<Planned> {
    let mut out: Vec<Planned> = Vec::new();
    for event in events {
        let Some(cue) = cue_for(event, plan, prefs) else {
            continue;
        };
        let planned = Planned {
            cue,
            at: event.at,
            step: event.step,
        };
        match out.iter_mut().find(|p| p.at == event.at) {
            Some(same) if cue.priority() > same.cue.priority() => *same = planned,
            Some(_) => {}
            None => out.push(planned),
        }
    }
    out
}

#[cfg(test)]
pub(crate) mod tests;
