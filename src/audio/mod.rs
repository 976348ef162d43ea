//! Plays cues on the sound device, on threads of its own.
//!
//! [`Audio::new`] never fails and never waits: it starts a thread that opens
//! the default output device, and keeps trying while there is none, or
//! after the device went away (headphones unplugged, the sound server
//! stopped): every 2 s at first, then less often up to every 16 s. While
//! the machine's sound devices and sockets are unchanged, a retry is a few
//! file-system checks rather than a full look through ALSA. Meanwhile cues
//! are simply not heard; [`Audio::notice`] says why, for a small "sound
//! unavailable" note in the window.
//!
//! Cues are placed on the exact sample they are due. The device's callback
//! learns from cpal when the buffer it is filling will be heard (the
//! `playback` timestamp, which includes the device's own latency), so a cue
//! handed over ahead of time (see [`crate::conductor`]) starts on time
//! whatever the buffer size, and a cue handed over late starts at once.
//! rodio's `MixerDeviceSink` hides that timestamp, so the stream is opened
//! with cpal as rodio re-exports it (the same crate rodio plays through),
//! and rodio decodes and converts the person's own sound files.
//!
//! How a front end drives it, with a [`crate::conductor::Conductor`]:
//!
//! ```no_run
//! # use std::time::Instant;
//! # use limber::{audio::Audio, conductor::{Conductor, Control}};
//! # fn f(conductor: &mut Conductor, audio: &Audio) {
//! // When the conductor's next wake-up comes:
//! audio.hand(&conductor.tick(Instant::now()));
//! // On a control (pause, skip, back, restart, +15 s, answer, confirm):
//! audio.hand(&conductor.control(Control::Skip, Instant::now()));
//! # }
//! ```
//!
//! On Linux, ALSA's own error messages (which it prints on stderr when there
//! is no sound card, or the sound server is missing) are turned off for the
//! threads that talk to ALSA; the reason is shown as a notice instead.
//!
//! The parts, by job: this file holds the handle the rest of Limber uses;
//! `shared.rs` the state that the handle, the audio thread and the device
//! callback share; `scheduler.rs` the sample-accurate mixer that runs in
//! the device callback; `sounds.rs` the built-in cues and the person's own
//! sound files; `device.rs` the output device through cpal (ALSA, CoreAudio
//! or WASAPI), with the Linux-only parts in `linux.rs`; `worker.rs` the
//! audio thread that opens, watches and reopens the device.

mod device;
#[cfg(target_os = "linux")]
mod linux;
mod scheduler;
mod shared;
mod sounds;
mod speech;
mod worker;

use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::sync::mpsc::{self, Sender};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::conductor::Handout;
use crate::cues::{self, Cue};
use crate::settings::Settings;
use crate::speech::Spoken;
use crate::voice::{Rendered, Voice};

use device::{CpalOutput, NoOutput};
pub use device::{Output, Renderer};
use scheduler::{Command, Scheduler};
use shared::{READY, STARTING, Shared, UNAVAILABLE};
use sounds::SoundFiles;
use worker::{Control, Worker};

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

/// Something the audio plays: a cue, or a phrase of the voice (by its
/// number, see [`Voice::id`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sound {
    Cue(Cue),
    Phrase(u64),
}

/// A sound as the device took it: for onset measurements (`--cue-log`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Onset {
    pub sound: Sound,
    /// When it should be heard.
    pub due: Instant,
    /// When its first sample was written to the device's buffer.
    pub handed: Instant,
    /// When the device said that sample would be heard.
    pub heard: Instant,
}

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
        let audio = Audio::with_output(
            settings,
            None,
            Box::new(NoOutput(reason.to_string())),
            Timing::default(),
        );
        // Known at once: the page opened next says so without waiting for
        // the thread to find out.
        audio.shared.set(UNAVAILABLE, reason);
        audio
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
        let shared = Arc::new(Shared::new(settings.volume(), settings.muted));
        shared.set_voice_level(settings.voice_volume());
        let scheduler = Arc::new(Mutex::new(Scheduler::new(command_rx)));
        let worker = Worker::new(
            output,
            timing,
            SoundFiles::from_settings(settings, base.as_deref()),
            shared.clone(),
            scheduler.clone(),
            control_rx,
            control.clone(),
        );
        let thread = std::thread::Builder::new()
            .name("limber-audio".into())
            .spawn(move || worker.run())
            .ok();
        if thread.is_none() {
            shared.set(UNAVAILABLE, &crate::tr!("sound-no-thread"));
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

    /// Carries out a conductor's handout: takes back what no longer holds,
    /// cuts the phrase being said if the step changed, then plays the new
    /// cues. Its phrases go through [`Audio::say`].
    pub fn hand(&self, handout: &Handout) {
        if let Some(t) = handout.cancel_after {
            self.cancel_after(t);
        }
        if handout.hush {
            let _ = self.commands.send(Command::Hush);
        }
        self.play_all(handout.cues.iter().copied());
    }

    /// Says each phrase at its moment, with `voice`'s rendering (asked for
    /// at once if it is not ready yet; dropped if still not ready then).
    pub fn say(&self, phrases: &[Spoken], voice: &Voice) {
        for p in phrases {
            voice.want(&p.text);
            let _ = self
                .commands
                .send(Command::Say(voice.id(&p.text), p.at, p.until));
        }
    }

    /// Where the voice delivers its phrases.
    pub fn phrase_sink(&self) -> PhraseSink {
        PhraseSink {
            scheduler: self.scheduler.clone(),
            commands: self.commands.clone(),
            control: self.control.clone(),
        }
    }

    /// Plays a cue now, opening the device for it if no routine runs (the
    /// settings page's preview).
    pub fn preview(&self, cue: Cue) {
        self.play(cue, Instant::now());
        let _ = self.control.send(Control::Preview);
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

    /// Tells the audio thread whether sound may be needed soon (a routine
    /// is running). While it is not, the thread closes the device once
    /// nothing is left to play, stops looking for one, and sleeps: an idle
    /// or paused window costs nothing, even with a sound card playing
    /// silence otherwise. Wanted again, the device opens at once. `true`
    /// when the handle is made.
    pub fn set_wanted(&self, wanted: bool) {
        let _ = self.control.send(Control::Wanted(wanted));
    }

    /// Flips mute and returns the new state (M in the player).
    pub fn toggle_muted(&self) -> bool {
        !self.shared.muted.fetch_xor(true, Ordering::Relaxed)
    }

    /// Applies changed settings: volume, mute, the voice's loudness, and
    /// the user's sound files (read again on the audio thread).
    pub fn apply(&self, settings: &Settings) {
        self.set_volume(settings.volume());
        self.set_muted(settings.muted);
        self.shared.set_voice_level(settings.voice_volume());
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
            SoundStatus::Unavailable(reason) => {
                Some(crate::tr!("sound-unavailable", reason = reason))
            }
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

    /// Whether anything is still to sound (queued, or ringing or being said).
    pub fn busy(&self) -> bool {
        lock(&self.scheduler).busy()
    }

    /// The cues the device has taken since the last call, in order.
    pub fn take_onsets(&self) -> Vec<Onset> {
        std::mem::take(&mut lock(&self.scheduler).onsets)
    }
}

/// The voice's way into the mixer (see [`crate::voice::Sink`]): phrases go
/// into the scheduler's table from the voice's thread, under its lock, so
/// the device callback never allocates for them.
#[derive(Clone)]
pub struct PhraseSink {
    scheduler: Arc<Mutex<Scheduler>>,
    commands: Sender<Command>,
    control: Sender<Control>,
}

impl crate::voice::Sink for PhraseSink {
    fn deliver(&self, id: u64, phrase: Arc<Rendered>) {
        lock(&self.scheduler).phrases.table.insert(id, phrase);
    }

    fn play_now(&self, id: u64) {
        let _ = self.commands.send(Command::SayNow(id));
        let _ = self.control.send(Control::Preview);
    }

    fn forget(&self) {
        let old = std::mem::take(&mut lock(&self.scheduler).phrases.table);
        lock(&self.scheduler).phrases.table.reserve(512);
        drop(old);
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

#[cfg(test)]
mod tests;
