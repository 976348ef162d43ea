//! The sample-accurate mixer: cues handed over by the handle wait here
//! until the device callback fills the buffer in which they are due.

use std::sync::Arc;
use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};

use super::speech::{Due, Phrases};
use super::{Onset, STALE, Sound};
use crate::cues::Cue;

pub(super) enum Command {
    Play(Cue, Instant),
    CancelAfter(Instant),
    /// Say the phrase with this number at its moment, if it is ready by
    /// then and ends before the limit.
    Say(u64, Instant, Option<Instant>),
    /// Say this phrase as soon as possible (*Try the voice*).
    SayNow(u64),
    /// Cut the phrase being said.
    Hush,
}

/// Built-in and user sounds, mono, at one sample rate.
pub(super) struct Bank {
    pub(super) rate: u32,
    pub(super) sounds: Vec<Arc<[f32]>>,
}

struct Voice {
    due: Instant,
    samples: Arc<[f32]>,
    pos: usize,
    /// Frames of this buffer to wait before the first sample.
    wait: usize,
    /// Set when taken back: frames left of a short fade-out.
    fade: Option<usize>,
}

/// Onsets kept for [`Audio::take_onsets`] when nobody takes them.
const MAX_ONSETS: usize = 4096;

/// Frames of the fade when a sounding cue is taken back.
pub(super) const FADE_FRAMES: usize = 256;

/// Mixes the cues into the device's buffers, each starting on the frame
/// that will be heard at its due time. Runs inside the device callback.
pub(super) struct Scheduler {
    commands: Receiver<Command>,
    pub(super) bank: Option<Arc<Bank>>,
    pub(super) pending: Vec<(Cue, Instant)>,
    voices: Vec<Voice>,
    pub(super) onsets: Vec<Onset>,
    mono: Vec<f32>,
    /// The voice's phrases.
    pub(super) phrases: Phrases,
}

impl Scheduler {
    pub(super) fn new(commands: Receiver<Command>) -> Scheduler {
        Scheduler {
            commands,
            bank: None,
            pending: Vec::new(),
            voices: Vec::new(),
            onsets: Vec::new(),
            mono: Vec::new(),
            phrases: Phrases::new(),
        }
    }

    fn take_commands(&mut self) {
        while let Ok(command) = self.commands.try_recv() {
            match command {
                Command::Play(cue, due) => self.pending.push((cue, due)),
                Command::CancelAfter(t) => {
                    self.pending.retain(|&(_, due)| due <= t);
                    for v in &mut self.voices {
                        if v.due > t && v.fade.is_none() {
                            v.fade = Some(FADE_FRAMES);
                        }
                    }
                    self.phrases.cancel_after(t);
                }
                Command::Say(id, at, until) => self.phrases.pending.push(Due {
                    id,
                    at: Some(at),
                    until,
                }),
                Command::SayNow(id) => self.phrases.pending.push(Due {
                    id,
                    at: None,
                    until: None,
                }),
                Command::Hush => self.phrases.hush(),
            }
        }
    }

    /// A new stream: the sounds at its rate, and nothing left ringing from
    /// the last one.
    pub(super) fn start(&mut self, bank: Arc<Bank>) {
        self.bank = Some(bank);
        self.voices.clear();
        self.phrases.speaking.clear();
    }

    /// Whether anything is still to sound (queued or ringing).
    pub(super) fn busy(&mut self) -> bool {
        self.take_commands();
        !self.pending.is_empty() || !self.voices.is_empty() || self.phrases.busy()
    }

    /// Drops what can no longer be played on time (while there is no device).
    pub(super) fn drop_stale(&mut self, now: Instant) {
        self.take_commands();
        self.pending.retain(|&(_, due)| due + STALE >= now);
        self.voices.clear();
        self.phrases.drop_stale(now);
    }

    /// Fills one interleaved buffer. `first_heard` is when its first frame
    /// will be heard; `now` is the time it is written; `gain` the volume,
    /// and `voice` how loud phrases are against the chimes.
    pub(super) fn fill(
        &mut self,
        out: &mut [f32],
        channels: usize,
        first_heard: Instant,
        now: Instant,
        gain: f32,
        voice: f32,
    ) {
        self.take_commands();
        out.iter_mut().for_each(|s| *s = 0.0);
        let Some(bank) = self.bank.clone() else {
            return;
        };
        let channels = channels.max(1);
        let frames = out.len() / channels;
        let rate = bank.rate as i128;
        let frame_of = |t: Instant| -> i128 {
            if t >= first_heard {
                (t - first_heard).as_nanos() as i128 * rate / 1_000_000_000
            } else {
                -((first_heard - t).as_nanos() as i128 * rate / 1_000_000_000)
            }
        };
        let stale = STALE.as_nanos() as i128 * rate / 1_000_000_000;
        let mut i = 0;
        while i < self.pending.len() {
            let (cue, due) = self.pending[i];
            let at = frame_of(due);
            if at >= frames as i128 {
                i += 1;
                continue;
            }
            self.pending.swap_remove(i);
            if at < -stale || gain <= 0.0 {
                continue;
            }
            let wait = at.max(0) as usize;
            if self.onsets.len() >= MAX_ONSETS {
                // Nobody is reading them (only `limber follow --cue-log` does).
                self.onsets.drain(..MAX_ONSETS / 4);
            }
            self.onsets.push(Onset {
                sound: Sound::Cue(cue),
                due,
                handed: now,
                heard: first_heard
                    + Duration::from_nanos((wait as u64 * 1_000_000_000) / bank.rate as u64),
            });
            self.voices.push(Voice {
                due,
                samples: bank.sounds[cue.index()].clone(),
                pos: 0,
                wait,
                fade: None,
            });
        }
        if gain > 0.0 {
            let onsets = &mut self.onsets;
            let heard = |wait: usize| {
                first_heard + Duration::from_nanos((wait as u64 * 1_000_000_000) / bank.rate as u64)
            };
            self.phrases
                .start(frames, bank.rate, frame_of, |id, due, wait| {
                    if onsets.len() < MAX_ONSETS {
                        onsets.push(Onset {
                            sound: Sound::Phrase(id),
                            due,
                            handed: now,
                            heard: heard(wait),
                        });
                    }
                });
        } else {
            // Muted: what falls due is not said later.
            self.phrases
                .start(frames, bank.rate, frame_of, |_, _, _| {});
            self.phrases.hush();
        }
        // Mix in mono, then copy to every channel.
        self.mono.clear();
        self.mono.resize(frames, 0.0);
        for v in &mut self.voices {
            let start = std::mem::take(&mut v.wait).min(frames);
            for m in &mut self.mono[start..] {
                if v.pos >= v.samples.len() {
                    break;
                }
                let fade = match &mut v.fade {
                    Some(0) => {
                        v.pos = v.samples.len();
                        break;
                    }
                    Some(left) => {
                        *left -= 1;
                        *left as f32 / FADE_FRAMES as f32
                    }
                    None => 1.0,
                };
                *m += v.samples[v.pos] * fade;
                v.pos += 1;
            }
        }
        self.voices
            .retain(|v| v.pos < v.samples.len() && v.fade != Some(0));
        self.phrases.mix(&mut self.mono, voice);
        for (frame, &m) in out.chunks_mut(channels).zip(&self.mono) {
            let s = limit(m * gain);
            frame.iter_mut().for_each(|o| *o = s);
        }
    }
}

/// A soft limiter: transparent below 0.8, never reaching 1.0, so that
/// overlapping cues or loud user files do not clip.
pub(super) fn limit(x: f32) -> f32 {
    const KNEE: f32 = 0.8;
    let a = x.abs();
    if a <= KNEE {
        x
    } else {
        let over = (a - KNEE) / (1.0 - KNEE);
        x.signum() * (KNEE + (1.0 - KNEE) * 0.98 * over.tanh())
    }
}
