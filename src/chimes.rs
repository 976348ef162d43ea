//! What each cue sounds like: small bells and a wood knock, synthesised at
//! any sample rate, so no sound files are needed and every cue can be told
//! from every other with eyes closed.
//!
//! Pure core: numbers in, samples out; the audio player mixes them.

use std::f32::consts::TAU;

use crate::cues::Cue;

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
