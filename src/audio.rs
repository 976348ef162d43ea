//! Plays cues on the sound device, on threads of its own.
//!
//! [`Audio::new`] never fails and never waits: it starts a thread that opens
//! the default output device, and keeps trying while there is none, or
//! after the device went away (headphones unplugged, the sound server
//! stopped): every 2 s at first, then less often up to every 16 s. While
//! the machine's sound devices and sockets are unchanged, a retry is a few
//! file-system checks rather than a full look through ALSA. Meanwhile cues are simply not heard; [`Audio::notice`]
//! says why, for a small "sound unavailable" note in the window.
//!
//! Cues are placed on the exact sample they are due. The device's callback
//! learns from cpal when the buffer it is filling will be heard (the
//! `playback` timestamp, which includes the device's own latency), so a cue
//! handed over ahead of time (see [`crate::cues::Prompter`]) starts on time
//! whatever the buffer size, and a cue handed over late starts at once.
//! rodio's `MixerDeviceSink` hides that timestamp, so the stream is opened
//! with cpal as rodio re-exports it (the same crate rodio plays through),
//! and rodio decodes and converts the person's own sound files.
//!
//! How the window (or any loop that owns a [`crate::session::Session`])
//! drives it, with a [`crate::cues::Prompter`]:
//!
//! ```no_run
//! # use std::time::Instant;
//! # use limber::{audio::Audio, cues::{CuePrefs, Prompter, LOOKAHEAD}, session::Session};
//! # fn f(session: &mut Session, audio: &Audio, prompter: &mut Prompter) {
//! // On every tick of the clock:
//! let now = Instant::now();
//! let events = session.tick(now);
//! audio.play_all(prompter.take(&events, session.plan()));
//! audio.play_all(prompter.preview(session, now));
//! // ...wake again at the earliest of session.next_change(now) and
//! // prompter.wake_at().
//!
//! // On a control (pause, skip, back, restart, +15 s, answer, confirm):
//! let now = Instant::now();
//! let events = session.tick(now);
//! audio.play_all(prompter.take(&events, session.plan()));
//! prompter.reset();
//! audio.cancel_after(now);
//! let events = session.skip(now);
//! audio.play_all(prompter.take(&events, session.plan()));
//! # }
//! ```
//!
//! On Linux, ALSA's own error messages (which it prints on stderr when there
//! is no sound card, or the sound server is missing) are turned off for the
//! threads that talk to ALSA; the reason is shown as a notice instead.

use std::any::Any;
use std::collections::HashMap;
use std::num::NonZero;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU8, AtomicU32, AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::cues::{self, Cue};
use crate::settings::Settings;

/// Cues more than this late are dropped rather than played.
pub const STALE: Duration = Duration::from_secs(1);
/// Longest user sound kept (longer files are cut).
pub const MAX_USER_SOUND: Duration = Duration::from_secs(10);

/// Whether sound can be heard.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SoundStatus {
    /// Still opening the device.
    Starting,
    /// Playing through this device.
    Ready(String),
    /// No sound, and why; it is tried again every few seconds.
    Unavailable(String),
}

/// A cue as the device took it: for onset measurements (`--cue-log`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Onset {
    pub cue: Cue,
    /// When it should be heard.
    pub due: Instant,
    /// When its first sample was written to the device's buffer.
    pub handed: Instant,
    /// When the device said that sample would be heard.
    pub heard: Instant,
}

/// The longest wait between two looks for a missing device.
const MAX_RETRY: Duration = Duration::from_secs(16);

/// How often the audio thread looks after the device.
#[derive(Clone, Copy, Debug)]
pub struct Timing {
    /// Wait between attempts to open a device.
    pub retry: Duration,
    /// A device whose callback has not run for this long is taken as gone.
    pub stall: Duration,
    /// How often the thread checks for a stall and drops stale cues.
    pub poll: Duration,
}

impl Default for Timing {
    fn default() -> Timing {
        Timing {
            retry: Duration::from_secs(2),
            stall: Duration::from_millis(1500),
            poll: Duration::from_millis(250),
        }
    }
}

/// The handle the window and `limber follow` hold. Cheap calls only: each
/// sends a message or reads an atomic.
pub struct Audio {
    commands: Sender<Command>,
    control: Sender<Control>,
    shared: Arc<Shared>,
    scheduler: Arc<Mutex<Scheduler>>,
    thread: Option<JoinHandle<()>>,
}

impl Audio {
    /// Starts the audio thread on the default output device. Never fails:
    /// without a device the routine carries on silently.
    pub fn new(settings: &Settings) -> Audio {
        let base = crate::paths::Paths::from_env().map(|p| p.config);
        Audio::with_output(
            settings,
            base,
            Box::new(CpalOutput::default()),
            Timing::default(),
        )
    }

    /// An audio handle that never opens a device (`--mute`-like runs and
    /// tests): status stays unavailable with this reason.
    pub fn disabled(settings: &Settings, reason: &str) -> Audio {
        Audio::with_output(
            settings,
            None,
            Box::new(NoOutput(reason.to_string())),
            Timing::default(),
        )
    }

    /// `base` is the folder relative sound file paths start from.
    pub fn with_output(
        settings: &Settings,
        base: Option<PathBuf>,
        output: Box<dyn Output>,
        timing: Timing,
    ) -> Audio {
        let (commands, command_rx) = mpsc::channel();
        let (control, control_rx) = mpsc::channel();
        let shared = Arc::new(Shared {
            state: AtomicU8::new(STARTING),
            detail: Mutex::new(String::new()),
            notices: Mutex::new(Vec::new()),
            volume: AtomicU32::new(settings.volume().to_bits()),
            muted: AtomicBool::new(settings.muted),
            heartbeat: AtomicU64::new(0),
            steady_since: AtomicU64::new(0),
            callbacks: AtomicU64::new(0),
            longest_gap: AtomicU64::new(0),
            latency_min: AtomicU64::new(u64::MAX),
            latency_max: AtomicU64::new(0),
            epoch: Instant::now(),
        });
        let scheduler = Arc::new(Mutex::new(Scheduler::new(command_rx)));
        let sounds = SoundFiles::from_settings(settings, base.as_deref());
        let worker = Worker {
            output,
            shared: shared.clone(),
            scheduler: scheduler.clone(),
            control: control_rx,
            errors: control.clone(),
            timing,
            sounds,
            banks: HashMap::new(),
            generation: 0,
        };
        let thread = std::thread::Builder::new()
            .name("limber-audio".into())
            .spawn(move || worker.run())
            .ok();
        if thread.is_none() {
            shared.set(UNAVAILABLE, "cannot start the audio thread");
        }
        Audio {
            commands,
            control,
            shared,
            scheduler,
            thread,
        }
    }

    /// Plays a cue at `due` (on the exact sample if `due` is still ahead;
    /// at once if it has passed, unless it is over a second late).
    pub fn play(&self, cue: Cue, due: Instant) {
        let _ = self.commands.send(Command::Play(cue, due));
    }

    /// Plays each of these cues at its moment.
    pub fn play_all(&self, cues: impl IntoIterator<Item = cues::Planned>) {
        for c in cues {
            self.play(c.cue, c.at);
        }
    }

    /// Takes back the cues handed over for after `t` (after a pause, skip,
    /// or any control that changes the timeline); one already sounding
    /// stops quickly.
    pub fn cancel_after(&self, t: Instant) {
        let _ = self.commands.send(Command::CancelAfter(t));
    }

    /// Volume 0..=1 (a loudness scale: the level heard goes with its square).
    pub fn set_volume(&self, volume: f32) {
        let v = if volume.is_nan() {
            0.0
        } else {
            volume.clamp(0.0, 1.0)
        };
        self.shared.volume.store(v.to_bits(), Ordering::Relaxed);
    }

    pub fn volume(&self) -> f32 {
        f32::from_bits(self.shared.volume.load(Ordering::Relaxed))
    }

    pub fn set_muted(&self, muted: bool) {
        self.shared.muted.store(muted, Ordering::Relaxed);
    }

    pub fn is_muted(&self) -> bool {
        self.shared.muted.load(Ordering::Relaxed)
    }

    /// Flips mute and returns the new state (M in the player).
    /// Tells the audio thread whether sound may be needed soon (a routine
    /// is running). While it is not, the thread closes the device once
    /// nothing is left to play, stops looking for one, and sleeps: an idle
    /// or paused window costs nothing, even with a sound card playing
    /// silence otherwise. Wanted again, the device opens at once. `true`
    /// when the handle is made.
    pub fn set_wanted(&self, wanted: bool) {
        let _ = self.control.send(Control::Wanted(wanted));
    }

    pub fn toggle_muted(&self) -> bool {
        !self.shared.muted.fetch_xor(true, Ordering::Relaxed)
    }

    /// Applies changed settings: volume, mute, and the user's sound files
    /// (read again on the audio thread).
    pub fn apply(&self, settings: &Settings) {
        self.set_volume(settings.volume());
        self.set_muted(settings.muted);
        let base = crate::paths::Paths::from_env().map(|p| p.config);
        let _ = self.control.send(Control::Sounds(SoundFiles::from_settings(
            settings,
            base.as_deref(),
        )));
    }

    pub fn status(&self) -> SoundStatus {
        let detail = lock(&self.shared.detail).clone();
        match self.shared.state.load(Ordering::Acquire) {
            READY => SoundStatus::Ready(detail),
            UNAVAILABLE => SoundStatus::Unavailable(detail),
            _ => SoundStatus::Starting,
        }
    }

    /// Sound can be heard right now (one atomic read: fine every frame).
    pub fn is_available(&self) -> bool {
        self.shared.state.load(Ordering::Acquire) == READY
    }

    /// "Sound unavailable: REASON" while there is no device, else `None`.
    pub fn notice(&self) -> Option<String> {
        match self.status() {
            SoundStatus::Unavailable(reason) => Some(format!("Sound unavailable: {reason}")),
            _ => None,
        }
    }

    /// Problems with the user's sound files (each fell back to the
    /// built-in cue). Read once the audio thread has started.
    pub fn file_notices(&self) -> Vec<String> {
        lock(&self.shared.notices).clone()
    }

    /// Waits (up to `limit`) until the first attempt to open a device is
    /// over; for command-line use, never the window's.
    pub fn wait_started(&self, limit: Duration) -> bool {
        let end = Instant::now() + limit;
        while self.shared.state.load(Ordering::Acquire) == STARTING {
            if Instant::now() >= end {
                return false;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        true
    }

    /// Waits (up to `limit`) until the device has been calling back with no
    /// gap longer than 100 ms for `settle`, or is known to be unavailable; for command-line use, so
    /// that the first cue does not fall in a sound server's start-up.
    /// Returns whether sound is available.
    pub fn wait_ready(&self, settle: Duration, limit: Duration) -> bool {
        let end = Instant::now() + limit;
        loop {
            let now = Instant::now();
            match self.shared.state.load(Ordering::Acquire) {
                UNAVAILABLE => return false,
                READY => {
                    let steady = self
                        .shared
                        .steady_since()
                        .is_some_and(|t| now >= t + settle);
                    let alive = self
                        .shared
                        .last_beat()
                        .is_some_and(|t| now < t + Duration::from_millis(200));
                    if steady && alive {
                        return true;
                    }
                }
                _ => {}
            }
            if now >= end {
                return self.is_available();
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    /// The cues the device has taken since the last call, in order.
    pub fn take_onsets(&self) -> Vec<Onset> {
        std::mem::take(&mut lock(&self.scheduler).onsets)
    }
}

impl Drop for Audio {
    fn drop(&mut self) {
        let _ = self.control.send(Control::Shutdown);
        if let Some(thread) = self.thread.take() {
            // Opening a device can hang on a broken sound server: wait a
            // little, then let the thread finish on its own.
            let end = Instant::now() + Duration::from_millis(500);
            while !thread.is_finished() && Instant::now() < end {
                std::thread::sleep(Duration::from_millis(2));
            }
            if thread.is_finished() {
                let _ = thread.join();
            }
        }
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

const STARTING: u8 = 0;
const READY: u8 = 1;
const UNAVAILABLE: u8 = 2;

struct Shared {
    state: AtomicU8,
    detail: Mutex<String>,
    notices: Mutex<Vec<String>>,
    volume: AtomicU32,
    muted: AtomicBool,
    /// Time of the device's last callback, in µs since `epoch` (+1, so that
    /// 0 means never).
    heartbeat: AtomicU64,
    /// Since when the current stream has called back without a long gap
    /// (same scale; 0: not yet).
    steady_since: AtomicU64,
    /// For `LIMBER_AUDIO_DEBUG`: callbacks, the longest gap between two
    /// (µs), and the device latency range (µs), since the last report.
    callbacks: AtomicU64,
    longest_gap: AtomicU64,
    latency_min: AtomicU64,
    latency_max: AtomicU64,
    epoch: Instant,
}

impl Shared {
    fn set(&self, state: u8, detail: &str) {
        *lock(&self.detail) = detail.to_string();
        self.state.store(state, Ordering::Release);
    }

    fn beat(&self, now: Instant, latency: Duration) {
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

    fn last_beat(&self) -> Option<Instant> {
        self.at(self.heartbeat.load(Ordering::Relaxed))
    }

    fn steady_since(&self) -> Option<Instant> {
        self.at(self.steady_since.load(Ordering::Relaxed))
    }

    fn gain(&self) -> f32 {
        if self.muted.load(Ordering::Relaxed) {
            0.0
        } else {
            let v = f32::from_bits(self.volume.load(Ordering::Relaxed));
            v * v
        }
    }
}

enum Command {
    Play(Cue, Instant),
    CancelAfter(Instant),
}

enum Control {
    Shutdown,
    /// The device opened as number `.0` reported an error (from its own
    /// thread): message, and whether the stream is lost.
    DeviceError(u64, String, bool),
    Sounds(SoundFiles),
    /// Whether sound may be needed soon (see [`Audio::set_wanted`]).
    Wanted(bool),
}

// -- The sample-accurate mixer ---------------------------------------------

/// Built-in and user sounds, mono, at one sample rate.
struct Bank {
    rate: u32,
    sounds: Vec<Arc<[f32]>>,
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

/// A longer gap between two callbacks means the device is not steady yet.
const STEADY_GAP: Duration = Duration::from_millis(100);

/// Onsets kept for [`Audio::take_onsets`] when nobody takes them.
const MAX_ONSETS: usize = 4096;

/// Frames of the fade when a sounding cue is taken back.
const FADE_FRAMES: usize = 256;

/// Mixes the cues into the device's buffers, each starting on the frame
/// that will be heard at its due time. Runs inside the device callback.
struct Scheduler {
    commands: Receiver<Command>,
    bank: Option<Arc<Bank>>,
    pending: Vec<(Cue, Instant)>,
    voices: Vec<Voice>,
    onsets: Vec<Onset>,
    mono: Vec<f32>,
}

impl Scheduler {
    fn new(commands: Receiver<Command>) -> Scheduler {
        Scheduler {
            commands,
            bank: None,
            pending: Vec::new(),
            voices: Vec::new(),
            onsets: Vec::new(),
            mono: Vec::new(),
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
                }
            }
        }
    }

    /// Whether anything is still to sound (queued or ringing).
    fn busy(&mut self) -> bool {
        self.take_commands();
        !self.pending.is_empty() || !self.voices.is_empty()
    }

    /// Drops what can no longer be played on time (while there is no device).
    fn drop_stale(&mut self, now: Instant) {
        self.take_commands();
        self.pending.retain(|&(_, due)| due + STALE >= now);
        self.voices.clear();
    }

    /// Fills one interleaved buffer. `first_heard` is when its first frame
    /// will be heard; `now` is the time it is written.
    fn fill(
        &mut self,
        out: &mut [f32],
        channels: usize,
        first_heard: Instant,
        now: Instant,
        gain: f32,
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
                cue,
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
        for (frame, &m) in out.chunks_mut(channels).zip(&self.mono) {
            let s = limit(m * gain);
            frame.iter_mut().for_each(|o| *o = s);
        }
    }
}

/// A soft limiter: transparent below 0.8, never reaching 1.0, so that
/// overlapping cues or loud user files do not clip.
fn limit(x: f32) -> f32 {
    const KNEE: f32 = 0.8;
    let a = x.abs();
    if a <= KNEE {
        x
    } else {
        let over = (a - KNEE) / (1.0 - KNEE);
        x.signum() * (KNEE + (1.0 - KNEE) * 0.98 * over.tanh())
    }
}

// -- Sound files -------------------------------------------------------------

/// The user's own files for cues, decoded (mono at their own rate).
#[derive(Default)]
struct SoundFiles {
    /// By cue index: (rate, samples).
    decoded: Vec<Option<(u32, Arc<[f32]>)>>,
    /// Paths to read on the audio thread (not on the caller's).
    wanted: Vec<(Cue, PathBuf)>,
    notices: Vec<String>,
}

impl SoundFiles {
    fn from_settings(settings: &Settings, base: Option<&Path>) -> SoundFiles {
        let mut files = SoundFiles::default();
        for (key, path) in &settings.sounds {
            let Some(cue) = Cue::from_key(key) else {
                let names: Vec<&str> = Cue::ALL.iter().map(|c| c.key()).collect();
                files.notices.push(format!(
                    "sounds: there is no cue called \"{key}\" (cues: {})",
                    names.join(", ")
                ));
                continue;
            };
            files.wanted.push((cue, resolve(path, base)));
        }
        files
    }

    /// Reads and decodes the files; one that is missing or broken falls
    /// back to the built-in cue, with a notice.
    fn load(&mut self) {
        self.decoded = vec![None; Cue::ALL.len()];
        for (cue, path) in std::mem::take(&mut self.wanted) {
            match decode_file(&path) {
                Ok(sound) => self.decoded[cue.index()] = Some(sound),
                Err(why) => self.notices.push(format!(
                    "sounds: {}: {why}; using the built-in \"{}\" cue",
                    path.display(),
                    cue.key()
                )),
            }
        }
    }
}

fn resolve(path: &Path, base: Option<&Path>) -> PathBuf {
    if let Ok(rest) = path.strip_prefix("~")
        && let Some(home) = std::env::var_os("HOME")
    {
        return PathBuf::from(home).join(rest);
    }
    match base {
        Some(base) if path.is_relative() => base.join(path),
        _ => path.to_path_buf(),
    }
}

/// Decodes a WAV or OGG file to mono samples.
fn decode_file(path: &Path) -> Result<(u32, Arc<[f32]>), String> {
    use rodio::Source;
    let file = std::fs::File::open(path).map_err(|e| format!("cannot open it ({e})"))?;
    let decoder = rodio::Decoder::try_from(file)
        .map_err(|e| format!("cannot read it as WAV or OGG ({e})"))?;
    let channels = decoder.channels().get() as usize;
    let rate = decoder.sample_rate().get();
    let max = MAX_USER_SOUND.as_secs() as usize * rate as usize * channels;
    let interleaved: Vec<f32> = decoder.take(max).collect();
    let mono: Vec<f32> = interleaved
        .chunks(channels)
        .map(|f| f.iter().sum::<f32>() / channels as f32)
        .collect();
    if mono.iter().all(|s| s.abs() < 1e-4) {
        return Err("it holds no sound".into());
    }
    Ok((rate, mono.into()))
}

/// Converts mono samples to another rate (rodio's converter).
fn resample(samples: &[f32], from: u32, to: u32) -> Vec<f32> {
    if from == to {
        return samples.to_vec();
    }
    let (Some(one), Some(from), Some(to)) =
        (NonZero::new(1u16), NonZero::new(from), NonZero::new(to))
    else {
        return Vec::new();
    };
    let buffer = rodio::buffer::SamplesBuffer::new(one, from, samples.to_vec());
    rodio::source::UniformSourceIterator::new(buffer, one, to).collect()
}

fn build_bank(rate: u32, files: &SoundFiles) -> Bank {
    let sounds = Cue::ALL
        .iter()
        .map(
            |&cue| match files.decoded.get(cue.index()).and_then(|d| d.as_ref()) {
                Some((from, samples)) => resample(samples, *from, rate).into(),
                None => crate::chimes::render(cue, rate).into(),
            },
        )
        .collect();
    Bank { rate, sounds }
}

// -- Devices -----------------------------------------------------------------

/// What the device callback calls to get its samples.
#[derive(Clone)]
pub struct Renderer {
    scheduler: Arc<Mutex<Scheduler>>,
    shared: Arc<Shared>,
}

impl Renderer {
    /// Fills an interleaved buffer whose first frame will be heard at
    /// `first_heard`.
    pub fn render(&self, out: &mut [f32], channels: usize, first_heard: Instant) {
        let now = Instant::now();
        self.shared
            .beat(now, first_heard.saturating_duration_since(now));
        let gain = self.shared.gain();
        lock(&self.scheduler).fill(out, channels, first_heard, now, gain);
    }
}

/// Something to play through: the real device, or a stand-in in tests.
pub trait Output: Send {
    /// Finds the device; returns its sample rate and channel count.
    fn probe(&mut self) -> Result<(u32, u16), String>;
    /// Starts the stream found by `probe`; sound stops when the returned
    /// value is dropped. `errors` reports (message, fatal) from the
    /// device's thread.
    fn start(
        &mut self,
        renderer: Renderer,
        errors: Box<dyn FnMut(String, bool) + Send>,
    ) -> Result<(String, Box<dyn Any + Send>), String>;
}

/// No device at all.
struct NoOutput(String);

impl Output for NoOutput {
    fn probe(&mut self) -> Result<(u32, u16), String> {
        Err(self.0.clone())
    }

    fn start(
        &mut self,
        _: Renderer,
        _: Box<dyn FnMut(String, bool) + Send>,
    ) -> Result<(String, Box<dyn Any + Send>), String> {
        Err(self.0.clone())
    }
}

/// The default output device, through cpal.
#[derive(Default)]
struct CpalOutput {
    /// The last failed look for a device: what the system's sound devices
    /// looked like then, when, and why it failed.
    missing: Option<(Option<DeviceSignature>, Instant, String)>,
}

/// Looking for a device through ALSA costs a millisecond or two of CPU
/// (configuration files, plugins). While the machine's sound devices and
/// sound-server sockets are unchanged, a device that was missing is still
/// missing, so a retry is answered from the last failure; a full look is
/// made anyway once a minute in case something this does not see changed.
const FULL_LOOK: Duration = Duration::from_secs(60);

/// The reason a device is still missing, if nothing has changed since the
/// last failed look and it was less than [`FULL_LOOK`] ago.
fn still_missing<'a>(
    last: Option<&'a (Option<DeviceSignature>, Instant, String)>,
    signature: &Option<DeviceSignature>,
    now: Instant,
) -> Option<&'a str> {
    let (seen, at, reason) = last?;
    let unchanged = signature.is_some() && seen == signature;
    (unchanged && now.saturating_duration_since(*at) < FULL_LOOK).then_some(reason.as_str())
}

/// What the system's sound devices look like from here, cheaply: on Linux
/// the device nodes in /dev/snd and whether a PulseAudio or PipeWire socket
/// exists. Elsewhere there is none, and every retry is a full look.
#[derive(Clone, Debug, PartialEq, Eq)]
struct DeviceSignature(Vec<String>);

impl DeviceSignature {
    fn now() -> Option<DeviceSignature> {
        if !cfg!(target_os = "linux") {
            return None;
        }
        let mut seen: Vec<String> = std::fs::read_dir("/dev/snd")
            .map(|entries| {
                let names = entries.flatten();
                names
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        seen.sort();
        if let Some(dir) = std::env::var_os("XDG_RUNTIME_DIR") {
            let dir = PathBuf::from(dir);
            for socket in ["pulse/native", "pipewire-0"] {
                if dir.join(socket).exists() {
                    seen.push(socket.to_string());
                }
            }
        }
        if let Some(server) = std::env::var_os("PULSE_SERVER") {
            let server = server.to_string_lossy().into_owned();
            let socket = server.strip_prefix("unix:").unwrap_or(&server);
            let there = Path::new(socket).exists();
            seen.push(format!("{server} {there}"));
        }
        Some(DeviceSignature(seen))
    }
}

/// Device period we ask for: 50 ms (two of them are buffered). Cue timing
/// does not depend on it (see the module docs); it sets how soon a cue
/// handed over late, such as the one for a skip, is heard, and how long the
/// callback thread may be kept waiting on a busy machine before the sound
/// breaks up.
const PERIOD: Duration = Duration::from_millis(50);

impl Output for CpalOutput {
    fn probe(&mut self) -> Result<(u32, u16), String> {
        let signature = DeviceSignature::now();
        if let Some(reason) = still_missing(self.missing.as_ref(), &signature, Instant::now()) {
            return Err(reason.to_string());
        }
        quiet_alsa_here();
        match default_device() {
            Ok((_, config)) => {
                self.missing = None;
                Ok((config.sample_rate(), config.channels()))
            }
            Err(reason) => {
                self.missing = Some((signature, Instant::now(), reason.clone()));
                Err(reason)
            }
        }
    }

    fn start(
        &mut self,
        renderer: Renderer,
        errors: Box<dyn FnMut(String, bool) + Send>,
    ) -> Result<(String, Box<dyn Any + Send>), String> {
        use rodio::cpal::traits::{DeviceTrait, StreamTrait};
        use rodio::cpal::{BufferSize, SampleFormat, StreamConfig, SupportedBufferSize};
        quiet_alsa_here();
        let (device, supported) = default_device()?;
        let name = device
            .description()
            .map(|d| d.name().to_string())
            .unwrap_or_else(|_| "the default output".into());
        let rate = supported.sample_rate();
        let period = (rate as f64 * PERIOD.as_secs_f64()) as u32;
        let buffer_size = match *supported.buffer_size() {
            SupportedBufferSize::Range { min, max } if min <= period && period <= max => {
                BufferSize::Fixed(period)
            }
            _ => BufferSize::Default,
        };
        let config = StreamConfig {
            channels: supported.channels(),
            sample_rate: rate,
            buffer_size,
        };
        let stream = match supported.sample_format() {
            SampleFormat::F32 => build::<f32>(&device, &config, renderer, errors),
            SampleFormat::I16 => build::<i16>(&device, &config, renderer, errors),
            SampleFormat::U16 => build::<u16>(&device, &config, renderer, errors),
            SampleFormat::I32 => build::<i32>(&device, &config, renderer, errors),
            SampleFormat::F64 => build::<f64>(&device, &config, renderer, errors),
            SampleFormat::U8 => build::<u8>(&device, &config, renderer, errors),
            other => Err(format!(
                "the device wants {other:?} samples, which Limber cannot make"
            )),
        }?;
        stream
            .play()
            .map_err(|e| format!("cannot start the sound device ({})", brief(&e)))?;
        Ok((name, Box::new(stream)))
    }
}

/// The first sentence of an error, without its full stop, to keep a
/// notice short.
fn brief(e: &impl std::fmt::Display) -> String {
    let text = e.to_string();
    let first = text.split(". ").next().unwrap_or(&text);
    let first = first.trim_end_matches('.');
    let mut chars = first.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => text,
    }
}

fn default_device() -> Result<(rodio::cpal::Device, rodio::cpal::SupportedStreamConfig), String> {
    use rodio::cpal::traits::{DeviceTrait, HostTrait};
    let device = rodio::cpal::default_host()
        .default_output_device()
        .ok_or_else(|| "no sound device found".to_string())?;
    let config = device
        .default_output_config()
        .map_err(|e| format!("the sound device cannot be used ({})", brief(&e)))?;
    Ok((device, config))
}

fn build<T>(
    device: &rodio::cpal::Device,
    config: &rodio::cpal::StreamConfig,
    renderer: Renderer,
    mut errors: Box<dyn FnMut(String, bool) + Send>,
) -> Result<rodio::cpal::Stream, String>
where
    T: rodio::cpal::SizedSample + rodio::cpal::FromSample<f32>,
{
    use rodio::cpal::ErrorKind;
    use rodio::cpal::traits::DeviceTrait;
    let channels = config.channels as usize;
    let mut scratch: Vec<f32> = Vec::new();
    let mut first = true;
    let data = move |out: &mut [T], info: &rodio::cpal::OutputCallbackInfo| {
        if std::mem::take(&mut first) {
            quiet_alsa_here();
            raise_priority();
        }
        let ts = info.timestamp();
        // How long until what is written now is heard, as the device says.
        let latency = ts.playback.saturating_duration_since(ts.callback);
        scratch.resize(out.len(), 0.0);
        renderer.render(&mut scratch, channels, Instant::now() + latency);
        for (o, &s) in out.iter_mut().zip(&scratch) {
            *o = T::from_sample(s);
        }
    };
    // Glitches (an underrun, a failed call that the next period retries)
    // are survived; the stream counts as lost when the device is gone, or
    // when errors come in a flood (a stream that fails on every period).
    let mut window = (Instant::now(), 0u32);
    let error = move |e: rodio::cpal::Error| {
        let now = Instant::now();
        if now.duration_since(window.0) > Duration::from_secs(1) {
            window = (now, 0);
        }
        window.1 += 1;
        let gone = matches!(
            e.kind(),
            ErrorKind::DeviceNotAvailable
                | ErrorKind::HostUnavailable
                | ErrorKind::StreamInvalidated
                | ErrorKind::PermissionDenied
        );
        match window.1 {
            n if n <= 20 => errors(e.to_string(), gone),
            21 => errors(format!("{e} (and more)"), true),
            _ => {}
        }
    };
    device
        .build_output_stream::<T, _, _>(*config, data, error, None)
        .map_err(|e| format!("cannot open the sound device ({})", brief(&e)))
}

/// Turns off ALSA's messages on stderr for the calling thread (ALSA lets a
/// thread install its own handler; ours drops the message). The reason the
/// device could not be used still reaches the person, as a notice.
#[cfg(target_os = "linux")]
fn quiet_alsa_here() {
    use std::cell::Cell;
    use std::ffi::{c_char, c_int};
    thread_local!(static QUIET: Cell<bool> = const { Cell::new(false) });
    unsafe extern "C" fn drop_message(
        _file: *const c_char,
        _line: c_int,
        _function: *const c_char,
        _err: c_int,
        _fmt: *const c_char,
        _args: *mut alsa_sys::__va_list_tag,
    ) {
    }
    QUIET.with(|q| {
        if !q.get() {
            // SAFETY: installs a thread-local handler that ignores its
            // arguments; alsa-lib keeps only the function pointer.
            unsafe {
                alsa_sys::snd_lib_error_set_local(Some(drop_message));
            }
            q.set(true);
        }
    });
}

#[cfg(not(target_os = "linux"))]
fn quiet_alsa_here() {}

/// Asks for the calling thread (the device callback's) to get a larger
/// share of a busy machine, as sound servers do: a lower nice value where
/// allowed, else nothing. Not real-time scheduling: with ALSA's PulseAudio
/// plugin a real-time callback thread starves the plugin's own (ordinary)
/// thread and the stream fails. (CoreAudio and WASAPI threads are already
/// high priority.)
#[cfg(target_os = "linux")]
fn raise_priority() {
    // SAFETY: plain system calls on the calling thread with valid arguments.
    unsafe {
        let tid = libc::syscall(libc::SYS_gettid) as libc::id_t;
        libc::setpriority(libc::PRIO_PROCESS, tid, -11);
    }
}

#[cfg(not(target_os = "linux"))]
fn raise_priority() {}

// -- The audio thread ----------------------------------------------------------

struct Worker {
    output: Box<dyn Output>,
    shared: Arc<Shared>,
    scheduler: Arc<Mutex<Scheduler>>,
    control: Receiver<Control>,
    errors: Sender<Control>,
    timing: Timing,
    sounds: SoundFiles,
    banks: HashMap<u32, Arc<Bank>>,
    /// How many streams were opened: errors from an older one are ignored.
    generation: u64,
}

impl Worker {
    fn run(mut self) {
        quiet_alsa_here();
        self.load_sounds();
        let debug = std::env::var_os("LIMBER_AUDIO_DEBUG").is_some();
        let mut reported = Instant::now();
        let mut stream: Option<Box<dyn Any + Send>> = None;
        let mut opened_at = Instant::now();
        let mut next_try = Instant::now();
        let mut wanted = true;
        // Looking for a device that is not there costs a little each time:
        // wait longer after each miss, up to MAX_RETRY.
        let mut retry = self.timing.retry;
        loop {
            let now = Instant::now();
            if wanted && stream.is_none() && now >= next_try {
                match self.open() {
                    Ok((name, s)) => {
                        stream = Some(s);
                        retry = self.timing.retry;
                        opened_at = Instant::now();
                        if debug {
                            eprintln!("audio: opened {name}");
                        }
                        self.shared.set(READY, &name);
                    }
                    Err(reason) => {
                        if debug {
                            eprintln!("audio: cannot open: {reason}");
                        }
                        self.shared.set(UNAVAILABLE, &reason);
                        next_try = Instant::now() + retry;
                        retry = (retry * 2).min(MAX_RETRY.max(self.timing.retry));
                    }
                }
            }
            if stream.is_none() {
                lock(&self.scheduler).drop_stale(Instant::now());
            }
            // Not wanted: let what is queued ring out, then close the device
            // so its callback stops running.
            if !wanted && stream.is_some() && !lock(&self.scheduler).busy() {
                stream = None;
                if debug {
                    eprintln!("audio: closed while not needed");
                }
            }
            let wait = match (&stream, wanted) {
                (Some(_), _) => self.timing.poll,
                (None, true) => next_try.saturating_duration_since(Instant::now()),
                // Nothing to do until told otherwise.
                (None, false) => Duration::from_secs(3600),
            };
            match self.control.recv_timeout(wait) {
                Ok(Control::Shutdown) | Err(RecvTimeoutError::Disconnected) => break,
                Ok(Control::DeviceError(generation, message, fatal)) => {
                    if debug {
                        eprintln!("audio: device error (fatal: {fatal}): {message}");
                    }
                    if fatal && stream.is_some() && generation == self.generation {
                        stream = None;
                        self.shared
                            .set(UNAVAILABLE, &format!("the sound device failed ({message})"));
                        // The device may well still be there (a sound server
                        // that restarted can fail a stream opened while it
                        // was starting): try again soon.
                        next_try = Instant::now() + self.timing.retry / 4;
                    }
                }
                Ok(Control::Wanted(w)) => {
                    if w && !wanted && stream.is_none() {
                        next_try = Instant::now();
                        retry = self.timing.retry;
                    }
                    wanted = w;
                }
                Ok(Control::Sounds(files)) => {
                    self.sounds = files;
                    self.load_sounds();
                    self.banks.clear();
                    // Swap the new sounds in at the device's rate.
                    let rate = lock(&self.scheduler).bank.as_ref().map(|b| b.rate);
                    if let Some(rate) = rate {
                        let bank = self.bank(rate);
                        lock(&self.scheduler).bank = Some(bank);
                    }
                }
                Err(RecvTimeoutError::Timeout) => {}
            }
            if debug && reported.elapsed() >= Duration::from_secs(5) {
                reported = Instant::now();
                self.report();
            }
            // A device that stopped calling back is gone (unplugged, or the
            // sound server went away without an error).
            if stream.is_some() {
                let last = self.shared.last_beat().unwrap_or(opened_at).max(opened_at);
                if last.elapsed() > self.timing.stall {
                    if debug {
                        eprintln!("audio: no callback for {:?}: reopening", last.elapsed());
                    }
                    stream = None;
                    self.shared
                        .set(UNAVAILABLE, "the sound device stopped responding");
                    next_try = Instant::now();
                }
            }
        }
        drop(stream);
    }

    fn report(&self) {
        let sh = &self.shared;
        let n = sh.callbacks.swap(0, Ordering::Relaxed);
        let gap = sh.longest_gap.swap(0, Ordering::Relaxed);
        let lo = sh.latency_min.swap(u64::MAX, Ordering::Relaxed);
        let hi = sh.latency_max.swap(0, Ordering::Relaxed);
        if n > 0 {
            eprintln!(
                "audio: {n} callbacks, longest gap {:.1} ms, latency {:.1}-{:.1} ms",
                gap as f64 / 1000.0,
                lo as f64 / 1000.0,
                hi as f64 / 1000.0
            );
        }
    }

    fn load_sounds(&mut self) {
        self.sounds.load();
        *lock(&self.shared.notices) = self.sounds.notices.clone();
    }

    /// The sounds at a sample rate (made once per rate).
    fn bank(&mut self, rate: u32) -> Arc<Bank> {
        self.banks
            .entry(rate)
            .or_insert_with(|| Arc::new(build_bank(rate, &self.sounds)))
            .clone()
    }

    fn open(&mut self) -> Result<(String, Box<dyn Any + Send>), String> {
        let (rate, _channels) = self.output.probe()?;
        let bank = self.bank(rate);
        {
            let mut s = lock(&self.scheduler);
            s.bank = Some(bank);
            s.voices.clear();
        }
        self.shared.steady_since.store(0, Ordering::Relaxed);
        let renderer = Renderer {
            scheduler: self.scheduler.clone(),
            shared: self.shared.clone(),
        };
        self.generation += 1;
        let generation = self.generation;
        let errors = self.errors.clone();
        let report = Box::new(move |message: String, fatal: bool| {
            let _ = errors.send(Control::DeviceError(generation, message, fatal));
        });
        self.output.start(renderer, report)
    }
}

#[cfg(test)]
mod tests;
