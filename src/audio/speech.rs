//! Phrases in the mixer: the voice's rendered phrases, kept by number, each
//! started on the frame it is due like a cue, resampled on the fly from the
//! engine's rate to the device's (linear interpolation; speech has little
//! above the engine's 11 kHz anyway).
//!
//! The rules: a phrase starts on its planned frame or not at all (not
//! ready by then, or a little late already: dropped); one that would run
//! past its limit (the next sound) is dropped; a new phrase cuts one still
//! being said, and a take-back or a cut fades it out, so two phrases never
//! sound together. Nothing here allocates while mixing: the table is
//! filled from the voice's thread under the scheduler's lock, and a phrase
//! that ends is handed back for the audio thread to free.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Instant;

use crate::voice::Rendered;

/// A phrase this late (in seconds) is no longer started: it would be heard
/// off its moment.
pub(super) const LATE: f64 = 0.03;

/// A phrase waiting for its moment.
#[derive(Clone, Copy, Debug)]
pub(super) struct Due {
    pub(super) id: u64,
    /// `None`: as soon as it can (*Try the voice*).
    pub(super) at: Option<Instant>,
    pub(super) until: Option<Instant>,
}

/// A phrase being said.
pub(super) struct Speaking {
    pub(super) due: Option<Instant>,
    phrase: Arc<Rendered>,
    /// Where in the phrase (in its own samples), and how far each device
    /// frame moves.
    pos: f64,
    step: f64,
    /// Frames of this buffer to wait before the first sample.
    wait: usize,
    /// Frames left of a fade-out, once cut.
    pub(super) fade: Option<usize>,
}

/// Frames of the fade when a phrase is cut (as long as a cue's).
pub(super) const FADE_FRAMES: usize = 256;

pub(super) struct Phrases {
    /// Ready phrases by number (filled by the voice).
    pub(super) table: HashMap<u64, Arc<Rendered>>,
    pub(super) pending: Vec<Due>,
    pub(super) speaking: Vec<Speaking>,
    /// Phrases that ended, to be freed off the device's thread.
    pub(super) retired: Vec<Arc<Rendered>>,
}

impl Phrases {
    pub(super) fn new() -> Phrases {
        Phrases {
            table: HashMap::with_capacity(512),
            pending: Vec::with_capacity(64),
            speaking: Vec::with_capacity(4),
            retired: Vec::with_capacity(8),
        }
    }

    pub(super) fn busy(&self) -> bool {
        !self.pending.is_empty() || !self.speaking.is_empty()
    }

    pub(super) fn cancel_after(&mut self, t: Instant) {
        self.pending.retain(|p| p.at.is_none_or(|at| at <= t));
        for s in &mut self.speaking {
            if s.due.is_some_and(|d| d > t) && s.fade.is_none() {
                s.fade = Some(FADE_FRAMES);
            }
        }
    }

    /// Cuts whatever is being said.
    pub(super) fn hush(&mut self) {
        for s in &mut self.speaking {
            s.fade.get_or_insert(FADE_FRAMES);
        }
    }

    /// Without a device: what is due is gone.
    pub(super) fn drop_stale(&mut self, now: Instant) {
        self.pending.retain(|p| p.at.is_some_and(|at| at > now));
        self.speaking.clear();
    }

    /// Starts the phrases due in this buffer. `frame_of` turns a moment
    /// into a frame of it; returns the started ones' (id, due, frame).
    pub(super) fn start(
        &mut self,
        frames: usize,
        rate: u32,
        frame_of: impl Fn(Instant) -> i128,
        mut started: impl FnMut(u64, Instant, usize),
    ) {
        let late = (LATE * f64::from(rate)) as i128;
        let mut i = 0;
        while i < self.pending.len() {
            let due = self.pending[i];
            let at = due.at.map_or(0, &frame_of);
            if at >= frames as i128 {
                i += 1;
                continue;
            }
            self.pending.swap_remove(i);
            let Some(phrase) = self.table.get(&due.id).cloned() else {
                // Not rendered by its moment: dropped, never late.
                continue;
            };
            if at < -late {
                continue;
            }
            let step = f64::from(phrase.rate) / f64::from(rate.max(1));
            let length = (phrase.samples.len() as f64 / step).ceil() as i128;
            if due.until.is_some_and(|u| at.max(0) + length > frame_of(u)) {
                // It would run into the next sound.
                continue;
            }
            self.hush();
            let wait = at.max(0) as usize;
            if let Some(t) = due.at {
                started(due.id, t, wait);
            }
            if self.speaking.len() < self.speaking.capacity() {
                self.speaking.push(Speaking {
                    due: due.at,
                    phrase,
                    pos: 0.0,
                    step,
                    wait,
                    fade: None,
                });
            }
        }
    }

    /// Adds what is being said to a mono buffer, `level` times as loud as
    /// the phrase itself.
    pub(super) fn mix(&mut self, mono: &mut [f32], level: f32) {
        let frames = mono.len();
        for s in &mut self.speaking {
            let start = std::mem::take(&mut s.wait).min(frames);
            let samples = &s.phrase.samples;
            for m in &mut mono[start..] {
                let i = s.pos as usize;
                if i + 1 >= samples.len() {
                    s.pos = samples.len() as f64;
                    break;
                }
                let fade = match &mut s.fade {
                    Some(0) => break,
                    Some(left) => {
                        *left -= 1;
                        *left as f32 / FADE_FRAMES as f32
                    }
                    None => 1.0,
                };
                let frac = (s.pos - i as f64) as f32;
                let (a, b) = (f32::from(samples[i]), f32::from(samples[i + 1]));
                *m += (a + (b - a) * frac) / 32768.0 * level * fade;
                s.pos += s.step;
            }
        }
        let mut k = 0;
        while k < self.speaking.len() {
            let s = &self.speaking[k];
            if s.pos as usize + 1 >= s.phrase.samples.len() || s.fade == Some(0) {
                let done = self.speaking.swap_remove(k);
                if self.retired.len() < self.retired.capacity() {
                    self.retired.push(done.phrase);
                }
            } else {
                k += 1;
            }
        }
    }
}
