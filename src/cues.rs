//! Sound cues: which cue each engine event gets, when to hand it to the
//! audio, and what each cue sounds like.
//!
//! Pure core: no audio device, no GUI, and no clock. The window and
//! `limber follow` both map events with [`cues_for`] (or through a
//! [`Prompter`], which also looks a little ahead so that the audio can start
//! each cue on the exact sample it is due), and [`render`] synthesises the
//! built-in sounds at any sample rate.

use std::f32::consts::TAU;
use std::time::{Duration, Instant};

use crate::routine::{Answer, Plan, StepKind};
use crate::session::{BreathPhase, Event, EventKind, Session};
use crate::settings::Settings;

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

    /// A short description for a settings screen.
    pub fn label(self) -> &'static str {
        match self {
            Cue::Tick => "Last 3 seconds",
            Cue::Start => "Start",
            Cue::Halfway => "Halfway",
            Cue::Switch => "Switch sides",
            Cue::Rest => "Rest",
            Cue::SetDone => "Set done",
            Cue::Complete => "Routine complete",
            Cue::Attention => "Waiting for you",
            Cue::Inhale => "Breathe in",
            Cue::Exhale => "Breathe out",
        }
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

/// Which cues the person wants to hear (from the settings).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CuePrefs {
    enabled: [bool; Cue::ALL.len()],
}

impl Default for CuePrefs {
    /// Every cue on, breath tones off (as in the default settings).
    fn default() -> CuePrefs {
        CuePrefs::from_settings(&Settings::default())
    }
}

impl CuePrefs {
    /// Every cue, breath tones included.
    pub fn all() -> CuePrefs {
        CuePrefs {
            enabled: [true; Cue::ALL.len()],
        }
    }

    pub fn from_settings(s: &Settings) -> CuePrefs {
        let mut p = CuePrefs::all();
        for cue in Cue::ALL {
            p.set(cue, s.cue_on(cue));
        }
        p
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

/// How far ahead a [`Prompter`] hands cues out by default: more than any
/// output latency we expect, little enough that a pause or skip rarely has
/// to take a cue back.
pub const LOOKAHEAD: Duration = Duration::from_millis(300);

/// Hands cues to the audio ahead of their moment, so that it can start each
/// on the sample it is due rather than when a timer happens to wake up.
///
/// Use: after each `session.tick(now)` pass its events to [`Prompter::take`];
/// then call [`Prompter::preview`] to get the cues due in the next
/// [`LOOKAHEAD`]; sleep until [`Prompter::wake_at`] (or the next screen
/// update). After any control that changes the timeline (pause, skip, back,
/// restart, +15 s, an answer, a confirmation): tick first, then call
/// [`Prompter::reset`] and take back the cues the audio was given for later
/// than now (`Audio::cancel_after(now)`), then pass the control's own
/// events to `take`.
#[derive(Clone, Debug)]
pub struct Prompter {
    prefs: CuePrefs,
    lead: Duration,
    /// Every event due up to here has been handed out.
    handed_until: Option<Instant>,
    /// The next moment to preview from.
    wake: Option<Instant>,
    /// Every question is answered with this, at once, without asking.
    answer: Option<Answer>,
}

impl Prompter {
    pub fn new(prefs: CuePrefs, lead: Duration) -> Prompter {
        Prompter {
            prefs,
            lead,
            handed_until: None,
            wake: None,
            answer: None,
        }
    }

    /// For runs where every question is answered in advance (`limber follow
    /// --answer`): previews answer each gate the moment it is reached (the
    /// caller answers the real session at that same moment, see
    /// [`Prompter::gate_reached`]), and a gate makes no sound, since nobody
    /// is waited for. So the cues on both sides of a gate are one batch:
    /// the end of a set right before the end of the routine is heard as
    /// "complete" alone.
    pub fn answering(mut self, answer: Answer) -> Prompter {
        self.answer = Some(answer);
        self
    }

    /// When, among these events, a gate was reached.
    pub fn gate_reached(events: &[Event]) -> Option<Instant> {
        events
            .iter()
            .rev()
            .find(|e| e.kind == EventKind::GateReached)
            .map(|e| e.at)
    }

    pub fn prefs(&self) -> &CuePrefs {
        &self.prefs
    }

    pub fn set_prefs(&mut self, prefs: CuePrefs) {
        self.prefs = prefs;
    }

    /// Cues for events the session just produced, less those already handed
    /// out ahead of time.
    pub fn take(&mut self, events: &[Event], plan: &Plan) -> Vec<Planned> {
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
    pub fn preview(&mut self, session: &Session, now: Instant) -> Vec<Planned> {
        let horizon = now + self.lead;
        if self.handed_until.is_some_and(|until| until >= horizon) {
            return Vec::new();
        }
        let mut ahead = session.clone();
        let mut events = ahead.tick(horizon);
        if let Some(answer) = self.answer {
            // Answer each gate the moment it is reached, as the caller will.
            for _ in 0..ahead.plan().steps.len() {
                let Some(at) = Prompter::gate_reached(&events)
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
        self.wake = ahead.next_change(horizon).map(|t| t - self.lead);
        out
    }

    /// When to call [`Prompter::preview`] again (`None`: nothing is coming
    /// without input).
    pub fn wake_at(&self) -> Option<Instant> {
        self.wake
    }

    /// Forgets what was handed out ahead (after a control changed the
    /// timeline).
    pub fn reset(&mut self) {
        self.handed_until = None;
        self.wake = None;
    }
}

// -- Synthesis -------------------------------------------------------------

/// Peak level of the loudest built-in cue: leaves headroom for two cues
/// overlapping and for the user's volume.
pub const PEAK: f32 = 0.5;

/// What a struck note is made of.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Timbre {
    /// A small bell: a strong fundamental, an octave, and inharmonic upper
    /// partials that die away faster than the fundamental.
    Bell,
    /// A short, dry, wood-block-like knock.
    Wood,
}

/// One note of a cue.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Note {
    /// Start, from the start of the cue (seconds).
    pub at: f32,
    /// Fundamental (Hz).
    pub freq: f32,
    /// Decay time constant of the fundamental (seconds).
    pub decay: f32,
    /// Relative loudness.
    pub gain: f32,
    pub timbre: Timbre,
}

/// How a cue is built.
#[derive(Clone, Debug, PartialEq)]
pub enum Design {
    Notes {
        notes: Vec<Note>,
        /// Length of the whole sound (seconds).
        length: f32,
        /// Peak level it is scaled to.
        peak: f32,
    },
    /// A soft tone sliding from one pitch to another (breath tones).
    Glide {
        from: f32,
        to: f32,
        length: f32,
        peak: f32,
    },
}

impl Design {
    pub fn length(&self) -> f32 {
        match self {
            Design::Notes { length, .. } | Design::Glide { length, .. } => *length,
        }
    }

    pub fn peak(&self) -> f32 {
        match self {
            Design::Notes { peak, .. } | Design::Glide { peak, .. } => *peak,
        }
    }
}

// Pitches (equal temperament, A4 = 440 Hz).
const G4: f32 = 392.00;
const C5: f32 = 523.25;
const E5: f32 = 659.26;
const G5: f32 = 783.99;
const A5: f32 = 880.00;
const B5: f32 = 987.77;
const D6: f32 = 1174.66;

fn bell(at: f32, freq: f32, decay: f32) -> Note {
    Note {
        at,
        freq,
        decay,
        gain: 1.0,
        timbre: Timbre::Bell,
    }
}

/// The design of each built-in cue. Each differs from every other in its
/// rhythm (number of notes), its melody (rising, falling, repeated) or its
/// register, so they can be told apart with eyes closed:
///
/// | cue | sound |
/// | --- | --- |
/// | tick | one short dry knock, high |
/// | start | two bells rising a fifth, E5 → B5 |
/// | halfway | one bell, G5 |
/// | switch | two quick bells on the same note, D6 D6 |
/// | rest | one soft low bell with a long ring, G4 |
/// | set done | two bells falling a fifth, B5 → E5 |
/// | complete | a rising arpeggio C5 E5 G5, the last one ringing |
/// | attention | three bells, high-low-high, A5 E5 A5 |
/// | inhale / exhale | a soft tone gliding up / down |
pub fn design(cue: Cue) -> Design {
    match cue {
        Cue::Tick => Design::Notes {
            notes: vec![Note {
                at: 0.0,
                freq: 1250.0,
                decay: 0.012,
                gain: 1.0,
                timbre: Timbre::Wood,
            }],
            length: 0.08,
            peak: 0.3,
        },
        Cue::Start => Design::Notes {
            notes: vec![bell(0.0, E5, 0.30), bell(0.15, B5, 0.40)],
            length: 1.0,
            peak: PEAK,
        },
        Cue::Halfway => Design::Notes {
            notes: vec![bell(0.0, G5, 0.45)],
            length: 1.0,
            peak: 0.45,
        },
        Cue::Switch => Design::Notes {
            notes: vec![bell(0.0, D6, 0.12), bell(0.16, D6, 0.25)],
            length: 0.7,
            peak: 0.45,
        },
        Cue::Rest => Design::Notes {
            notes: vec![bell(0.0, G4, 0.55)],
            length: 1.4,
            peak: 0.4,
        },
        Cue::SetDone => Design::Notes {
            notes: vec![bell(0.0, B5, 0.20), bell(0.15, E5, 0.45)],
            length: 1.1,
            peak: PEAK,
        },
        Cue::Complete => Design::Notes {
            notes: vec![
                bell(0.0, C5, 0.25),
                bell(0.16, E5, 0.25),
                bell(0.32, G5, 0.70),
            ],
            length: 1.8,
            peak: PEAK,
        },
        Cue::Attention => Design::Notes {
            notes: vec![
                bell(0.0, A5, 0.12),
                bell(0.2, E5, 0.12),
                bell(0.4, A5, 0.30),
            ],
            length: 1.1,
            peak: 0.45,
        },
        Cue::Inhale => Design::Glide {
            from: 330.0,
            to: 440.0,
            length: 0.9,
            peak: 0.18,
        },
        Cue::Exhale => Design::Glide {
            from: 440.0,
            to: 330.0,
            length: 0.9,
            peak: 0.18,
        },
    }
}

/// Partials of a timbre: (frequency ratio, amplitude, decay-time ratio).
fn partials(timbre: Timbre) -> &'static [(f32, f32, f32)] {
    match timbre {
        // Ratios close to those of a struck bar or small bell: the octave
        // gives warmth, the inharmonic ones the "ding"; higher partials fade
        // faster, as in a real bell.
        Timbre::Bell => &[
            (1.0, 1.0, 1.0),
            (2.0, 0.28, 0.6),
            (2.76, 0.20, 0.4),
            (5.40, 0.09, 0.22),
            (8.93, 0.04, 0.12),
        ],
        // A wood block: few partials, all short.
        Timbre::Wood => &[(1.0, 1.0, 1.0), (2.57, 0.35, 0.6), (4.11, 0.15, 0.4)],
    }
}

/// Attack time of a struck note: short enough to sound struck, long enough
/// not to click.
const ATTACK: f32 = 0.004;
/// Fade at the very end of each cue, so it ends on silence.
const TAIL: f32 = 0.02;

/// Renders a built-in cue as mono samples at `rate` Hz.
pub fn render(cue: Cue, rate: u32) -> Vec<f32> {
    render_design(&design(cue), rate)
}

pub fn render_design(design: &Design, rate: u32) -> Vec<f32> {
    let sr = rate as f32;
    let len = (design.length() * sr).round() as usize;
    let mut out = vec![0.0f32; len];
    match design {
        Design::Notes { notes, .. } => {
            for note in notes {
                let start = (note.at * sr).round() as usize;
                for &(ratio, amp, decay_ratio) in partials(note.timbre) {
                    let f = note.freq * ratio;
                    if f >= sr / 2.0 {
                        continue;
                    }
                    let tau = note.decay * decay_ratio;
                    let w = TAU * f / sr;
                    for (i, s) in out[start.min(len)..].iter_mut().enumerate() {
                        let t = i as f32 / sr;
                        let attack = if t < ATTACK {
                            0.5 - 0.5 * (std::f32::consts::PI * t / ATTACK).cos()
                        } else {
                            1.0
                        };
                        let env = note.gain * amp * attack * (-t / tau).exp();
                        if env < 1e-6 && t > ATTACK {
                            break;
                        }
                        *s += env * (w * i as f32).sin();
                    }
                }
            }
        }
        Design::Glide {
            from, to, length, ..
        } => {
            // Exponential glide (even in pitch), a slow swell and release.
            let mut phase = 0.0f32;
            for (i, s) in out.iter_mut().enumerate() {
                let t = i as f32 / sr;
                let x = t / length;
                let f = from * (to / from).powf(x);
                phase = (phase + TAU * f / sr) % TAU;
                let swell = (std::f32::consts::PI * x).sin().powf(1.5);
                *s = swell * (phase.sin() + 0.15 * (2.0 * phase).sin());
            }
        }
    }
    // Scale to the designed peak, then fade the very end to silence.
    let peak = out.iter().fold(0.0f32, |m, s| m.max(s.abs()));
    if peak > 0.0 {
        let k = design.peak() / peak;
        out.iter_mut().for_each(|s| *s *= k);
    }
    let tail = ((TAIL * sr) as usize).min(len);
    for i in 0..tail {
        out[len - 1 - i] *= i as f32 / tail as f32;
    }
    out
}

#[cfg(test)]
mod tests;
