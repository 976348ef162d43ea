//! What the handle, the audio thread and the device callback share: the
//! device's state for notices, volume and mute, and the callback's
//! heartbeat, all readable without waiting on the callback.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU8, AtomicU32, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use super::lock;

pub(super) const STARTING: u8 = 0;
pub(super) const READY: u8 = 1;
pub(super) const UNAVAILABLE: u8 = 2;

pub(super) struct Shared {
    pub(super) state: AtomicU8,
    pub(super) detail: Mutex<String>,
    pub(super) notices: Mutex<Vec<String>>,
    pub(super) volume: AtomicU32,
    pub(super) muted: AtomicBool,
    /// How loud phrases are against the chimes (f32 bits).
    voice: AtomicU32,
    /// Time of the device's last callback, in µs since `epoch` (+1, so that
    /// 0 means never).
    heartbeat: AtomicU64,
    /// Since when the current stream has called back without a long gap
    /// (same scale; 0: not yet).
    pub(super) steady_since: AtomicU64,
    /// For `LIMBER_AUDIO_DEBUG`: callbacks, the longest gap between two
    /// (µs), and the device latency range (µs), since the last report.
    pub(super) callbacks: AtomicU64,
    pub(super) longest_gap: AtomicU64,
    pub(super) latency_min: AtomicU64,
    pub(super) latency_max: AtomicU64,
    epoch: Instant,
}

impl Shared {
    pub(super) fn new(volume: f32, muted: bool) -> Shared {
        Shared {
            state: AtomicU8::new(STARTING),
            detail: Mutex::new(String::new()),
            notices: Mutex::new(Vec::new()),
            volume: AtomicU32::new(volume.to_bits()),
            muted: AtomicBool::new(muted),
            voice: AtomicU32::new(1.0f32.to_bits()),
            heartbeat: AtomicU64::new(0),
            steady_since: AtomicU64::new(0),
            callbacks: AtomicU64::new(0),
            longest_gap: AtomicU64::new(0),
            latency_min: AtomicU64::new(u64::MAX),
            latency_max: AtomicU64::new(0),
            epoch: Instant::now(),
        }
    }

    pub(super) fn set(&self, state: u8, detail: &str) {
        *lock(&self.detail) = detail.to_string();
        self.state.store(state, Ordering::Release);
    }

    pub(super) fn beat(&self, now: Instant, latency: Duration) {
        let us = now.saturating_duration_since(self.epoch).as_micros() as u64 + 1;
        let last = self.heartbeat.swap(us, Ordering::Relaxed);
        let gap = if last > 0 {
            us.saturating_sub(last)
        } else {
            u64::MAX
        };
        if last > 0 {
            self.longest_gap.fetch_max(gap, Ordering::Relaxed);
        }
        if gap > STEADY_GAP.as_micros() as u64 || self.steady_since.load(Ordering::Relaxed) == 0 {
            self.steady_since.store(us, Ordering::Relaxed);
        }
        self.callbacks.fetch_add(1, Ordering::Relaxed);
        let latency = latency.as_micros() as u64;
        self.latency_min.fetch_min(latency, Ordering::Relaxed);
        self.latency_max.fetch_max(latency, Ordering::Relaxed);
    }

    fn at(&self, us: u64) -> Option<Instant> {
        (us > 0).then(|| self.epoch + Duration::from_micros(us - 1))
    }

    pub(super) fn last_beat(&self) -> Option<Instant> {
        self.at(self.heartbeat.load(Ordering::Relaxed))
    }

    pub(super) fn steady_since(&self) -> Option<Instant> {
        self.at(self.steady_since.load(Ordering::Relaxed))
    }

    pub(super) fn set_voice_level(&self, level: f32) {
        self.voice.store(level.to_bits(), Ordering::Relaxed);
    }

    pub(super) fn voice_level(&self) -> f32 {
        f32::from_bits(self.voice.load(Ordering::Relaxed))
    }

    pub(super) fn gain(&self) -> f32 {
        if self.muted.load(Ordering::Relaxed) {
            0.0
        } else {
            let v = f32::from_bits(self.volume.load(Ordering::Relaxed));
            v * v
        }
    }
}

/// A longer gap between two callbacks means the device is not steady yet.
const STEADY_GAP: Duration = Duration::from_millis(100);
