//! The voice: phrases turned into samples ahead of time, on a thread of
//! its own, by the platform's speech engine, and kept in a cache.
//!
//! [`Voice::prepare`] is given every phrase a routine will say (see
//! [`crate::speech::script`]), in the order they come, when the routine
//! opens: they are rendered first things first, or read back from the
//! cache (keyed by engine, voice, speed and text), and handed to a
//! [`Sink`] (the audio) by a number, [`Voice::id`]. A phrase needed that was
//! not in the script (the minutes at the end, an answer that changed the
//! plan) goes to the front of the queue. Nothing here waits on the engine:
//! a phrase not ready by its moment is dropped by the audio.
//!
//! Engines, by platform: the `espeak-ng` program (Linux; `engine::Espeak`),
//! `AVSpeechSynthesizer` (macOS) and `SpeechSynthesizer` (Windows). An
//! engine that is missing, fails, hangs (each phrase is timed out) or gives
//! garbage is said once ([`Voice::notice`]) and leaves the chimes as they
//! are; after [`MAX_FAILURES`] the voice stops trying until restarted.
//!
//! The thread sleeps on its queue: an idle window or a paused routine
//! costs nothing.

mod cache;
mod engine;
mod espeak;
#[cfg(target_os = "macos")]
mod macos;
#[cfg(target_os = "windows")]
mod windows;

use std::collections::{HashSet, VecDeque};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

pub use cache::{Cache, PhraseKey};
pub use engine::{Engine, PEAK, Rendered, VoiceChoice, VoiceError, check, parse_wav, wav_bytes};
pub use espeak::Espeak;

use crate::settings::Settings;

/// Longest an engine may take over one phrase.
pub const RENDER_TIMEOUT: Duration = Duration::from_secs(5);
/// Failures after which the voice gives up for this run.
pub const MAX_FAILURES: u32 = 3;

/// Where rendered phrases go: the audio, which plays each by its number.
pub trait Sink: Send {
    /// A phrase is ready.
    fn deliver(&self, id: u64, phrase: Arc<Rendered>);
    /// Play this (delivered) phrase now: *Try the voice*.
    fn play_now(&self, id: u64);
    /// The phrases delivered so far are no longer needed.
    fn forget(&self);
}

/// Whether the voice can speak.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VoiceStatus {
    /// The engine has not been looked at yet (it is, the first time a
    /// phrase is wanted).
    Unknown,
    /// Speaking with this engine ("espeak-ng 1.51").
    Ready(String),
    /// No voice, and why.
    Unavailable(String),
}

/// How the rendering went so far (for measurements).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    /// Phrases the engine rendered.
    pub rendered: u32,
    /// Phrases read back from the cache.
    pub cached: u32,
    pub failed: u32,
    /// Time spent rendering (and reading the cache).
    pub busy: Duration,
    /// Since the last `prepare`: how long until its first phrase was ready.
    pub first_ready: Option<Duration>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct Config {
    voice: String,
    /// The language phrases are in (ISO 639-1): picks the default voice.
    language: &'static str,
    wpm: u32,
}

enum Job {
    Prepare(Vec<String>),
    Urgent(String),
    Try(String),
    Voices,
    Configure(Config),
    Forget,
    Shutdown,
}

struct Shared {
    config: Mutex<Config>,
    status: Mutex<VoiceStatus>,
    notice: Mutex<Option<String>>,
    voices: Mutex<Vec<VoiceChoice>>,
    /// Phrases delivered to the sink (or failed), by number.
    done: Mutex<HashSet<u64>>,
    stats: Mutex<Stats>,
    /// Jobs sent, and jobs the thread has finished with (the queue
    /// emptied): equal when nothing is left to do.
    sent: AtomicU64,
    finished: AtomicU64,
}

/// The handle the window and `limber follow` hold. Every call returns at
/// once.
pub struct Voice {
    jobs: Sender<Job>,
    shared: Arc<Shared>,
    engine: &'static str,
    thread: Option<JoinHandle<()>>,
}

/// The engine of this platform.
pub fn platform_engine() -> Box<dyn Engine> {
    #[cfg(target_os = "macos")]
    {
        Box::new(macos::AvSpeech::new())
    }
    #[cfg(target_os = "windows")]
    {
        Box::new(windows::WinSpeech::new())
    }
    #[cfg(not(any(target_os = "macos", target_os = "windows")))]
    {
        Box::new(Espeak::new())
    }
}

impl Voice {
    /// The platform's engine, keeping phrases in `cache` (see
    /// [`crate::paths::Paths::voice_cache`]).
    pub fn new(settings: &Settings, cache: Option<PathBuf>, sink: Box<dyn Sink>) -> Voice {
        Voice::with_engine(
            settings,
            platform_engine(),
            Cache::new(cache),
            sink,
            RENDER_TIMEOUT,
        )
    }

    /// A voice with this engine and cache; `timeout` for each phrase.
    pub fn with_engine(
        settings: &Settings,
        engine: Box<dyn Engine>,
        cache: Cache,
        sink: Box<dyn Sink>,
        timeout: Duration,
    ) -> Voice {
        let (jobs, rx) = mpsc::channel();
        let shared = Arc::new(Shared {
            config: Mutex::new(config_of(settings)),
            status: Mutex::new(VoiceStatus::Unknown),
            notice: Mutex::new(None),
            voices: Mutex::new(Vec::new()),
            done: Mutex::new(HashSet::new()),
            stats: Mutex::new(Stats::default()),
            sent: AtomicU64::new(0),
            finished: AtomicU64::new(0),
        });
        let id = engine.id();
        let worker = Worker {
            engine,
            cache,
            sink,
            shared: shared.clone(),
            jobs: rx,
            queue: VecDeque::new(),
            failures: 0,
            prepared_at: None,
            speak_with: String::new(),
            voice_checked: false,
            timeout,
        };
        let thread = std::thread::Builder::new()
            .name("limber-voice".into())
            .spawn(move || worker.run())
            .ok();
        if thread.is_none() {
            *lock(&shared.status) = VoiceStatus::Unavailable(crate::tr!("voice-no-thread"));
        }
        Voice {
            jobs,
            shared,
            engine: id,
            thread,
        }
    }

    /// A voice that never speaks (tests of the window, which make no
    /// sound): its status says why.
    pub fn off(reason: &str) -> Voice {
        let (jobs, _) = mpsc::channel();
        Voice {
            jobs,
            shared: Arc::new(Shared {
                config: Mutex::new(Config {
                    voice: String::new(),
                    language: "en",
                    wpm: 0,
                }),
                status: Mutex::new(VoiceStatus::Unavailable(reason.to_string())),
                notice: Mutex::new(None),
                voices: Mutex::new(Vec::new()),
                done: Mutex::new(HashSet::new()),
                stats: Mutex::new(Stats::default()),
                sent: AtomicU64::new(0),
                finished: AtomicU64::new(0),
            }),
            engine: "off",
            thread: None,
        }
    }

    /// A handle to wait on off the UI thread (see [`Watch`]).
    pub fn watch(&self) -> Watch {
        Watch(self.shared.clone())
    }

    /// The number the audio knows a phrase by, with the current voice.
    pub fn id(&self, text: &str) -> u64 {
        self.key(text).id()
    }

    fn key(&self, text: &str) -> PhraseKey {
        let config = lock(&self.shared.config).clone();
        PhraseKey {
            engine: self.engine,
            voice: config.key(),
            wpm: config.wpm,
            text: text.to_string(),
        }
    }

    /// Renders these phrases (a routine's script) in this order, instead
    /// of what was queued before.
    pub fn prepare(&self, texts: Vec<String>) {
        self.send(Job::Prepare(texts));
    }

    /// A phrase is about to be said: render it first, unless it is ready.
    pub fn want(&self, text: &str) {
        if !lock(&self.shared.done).contains(&self.id(text)) {
            self.send(Job::Urgent(text.to_string()));
        }
    }

    /// Says a phrase as soon as it is ready (*Try the voice*).
    pub fn try_voice(&self, text: &str) {
        self.send(Job::Try(text.to_string()));
    }

    /// Looks the engine and its voices up (for the settings page).
    pub fn look_up_voices(&self) {
        self.send(Job::Voices);
    }

    /// The voices found by [`Voice::look_up_voices`].
    pub fn voices(&self) -> Vec<VoiceChoice> {
        lock(&self.shared.voices).clone()
    }

    /// Applies changed settings (voice, speed).
    pub fn apply(&self, settings: &Settings) {
        let config = config_of(settings);
        if *lock(&self.shared.config) != config {
            *lock(&self.shared.config) = config.clone();
            self.send(Job::Configure(config));
        }
    }

    /// Drops the phrases of the last routine (the audio's copies too).
    pub fn forget(&self) {
        self.send(Job::Forget);
    }

    pub fn status(&self) -> VoiceStatus {
        lock(&self.shared.status).clone()
    }

    pub fn is_available(&self) -> bool {
        matches!(self.status(), VoiceStatus::Ready(_))
    }

    /// Why the voice is not speaking, or what went wrong once, if anything.
    pub fn notice(&self) -> Option<String> {
        match self.status() {
            VoiceStatus::Unavailable(why) => Some(crate::tr!("voice-unavailable", reason = why)),
            _ => lock(&self.shared.notice).clone(),
        }
    }

    pub fn stats(&self) -> Stats {
        *lock(&self.shared.stats)
    }

    /// Waits (up to `limit`) until the engine has been looked at; whether
    /// it can speak. For command-line use.
    pub fn probe(&self, limit: Duration) -> bool {
        self.look_up_voices();
        let end = Instant::now() + limit;
        while self.status() == VoiceStatus::Unknown && Instant::now() < end {
            std::thread::sleep(Duration::from_millis(2));
        }
        self.is_available()
    }

    /// Waits (up to `limit`) until everything asked for is rendered;
    /// whether it was. For command-line use and measurements.
    pub fn wait_idle(&self, limit: Duration) -> bool {
        self.watch().wait_idle(limit)
    }

    fn send(&self, job: Job) {
        self.shared.sent.fetch_add(1, Ordering::AcqRel);
        if self.jobs.send(job).is_err() {
            self.shared.finished.fetch_add(1, Ordering::AcqRel);
        }
    }
}

impl Drop for Voice {
    fn drop(&mut self) {
        let _ = self.jobs.send(Job::Shutdown);
        if let Some(thread) = self.thread.take() {
            // A hanging engine is timed out; wait a little, then let the
            // thread end on its own.
            let end = Instant::now() + Duration::from_millis(300);
            while !thread.is_finished() && Instant::now() < end {
                std::thread::sleep(Duration::from_millis(2));
            }
            if thread.is_finished() {
                let _ = thread.join();
            }
        }
    }
}

/// The voice's state, readable from another thread: the window waits on
/// it off its own thread for the voices to be looked up.
#[derive(Clone)]
pub struct Watch(Arc<Shared>);

impl Watch {
    /// Waits (up to `limit`) until the voice has done all it was asked.
    pub fn wait_idle(&self, limit: Duration) -> bool {
        let end = Instant::now() + limit;
        loop {
            let sent = self.0.sent.load(Ordering::Acquire);
            if self.0.finished.load(Ordering::Acquire) >= sent {
                return true;
            }
            if Instant::now() >= end {
                return false;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    }
}

impl Config {
    /// The voice as part of a phrase's cache key: the same words in
    /// another language's default voice are another phrase.
    fn key(&self) -> String {
        format!("{}/{}", self.language, self.voice)
    }
}

/// The voice settings, in the current language.
fn config_of(settings: &Settings) -> Config {
    Config {
        voice: settings.voice_name.trim().to_string(),
        language: crate::i18n::current().code(),
        wpm: settings.voice_speed(),
    }
}

struct Worker {
    engine: Box<dyn Engine>,
    cache: Cache,
    sink: Box<dyn Sink>,
    shared: Arc<Shared>,
    jobs: Receiver<Job>,
    queue: VecDeque<String>,
    failures: u32,
    /// When the last `prepare` came, until its first phrase is ready.
    prepared_at: Option<Instant>,
    /// The voice to render with: the chosen one, or empty (the language's
    /// default) when the chosen one does not speak the language.
    speak_with: String,
    /// Whether `speak_with` was worked out for the current settings (on
    /// the first phrase, not at start: listing voices runs the engine).
    voice_checked: bool,
    timeout: Duration,
}

impl Worker {
    fn run(mut self) {
        // Jobs taken but not finished: counted as finished once the queue
        // they filled is empty.
        let mut taken = 0;
        loop {
            let job = if self.queue.is_empty() {
                self.shared
                    .finished
                    .fetch_add(std::mem::take(&mut taken), Ordering::AcqRel);
                match self.jobs.recv() {
                    Ok(job) => Some(job),
                    Err(_) => break,
                }
            } else {
                self.jobs.try_recv().ok()
            };
            taken += u64::from(job.is_some());
            match job {
                Some(Job::Shutdown) => break,
                Some(Job::Prepare(texts)) => {
                    self.queue = texts.into();
                    self.prepared_at = Some(Instant::now());
                    lock(&self.shared.stats).first_ready = None;
                }
                Some(Job::Urgent(text)) => self.queue.push_front(text),
                Some(Job::Try(text)) => {
                    if let Some(id) = self.say(&text) {
                        self.sink.play_now(id);
                    }
                }
                Some(Job::Voices) if self.ready() => {
                    let language = lock(&self.shared.config).language;
                    match self.engine.voices(language) {
                        Ok(v) => *lock(&self.shared.voices) = v,
                        Err(e) => self.failed(&e),
                    }
                }
                Some(Job::Voices) => {}
                Some(Job::Configure(config)) => self.configure(config),
                Some(Job::Forget) => {
                    self.queue.clear();
                    lock(&self.shared.done).clear();
                    self.sink.forget();
                }
                None => {}
            }
            if let Some(text) = self.queue.pop_front() {
                self.say(&text);
            }
        }
    }

    /// Takes new settings. A chosen voice that does not speak the new
    /// language (an English voice kept from before the language changed)
    /// gives way to the language's default voice.
    /// (The phrase keys keep the chosen voice, with the language beside
    /// it, so the window and this thread still agree on them.)
    fn configure(&mut self, config: Config) {
        self.voice_checked = true;
        self.speak_with = config.voice.clone();
        if !config.voice.is_empty()
            && self.ready()
            && let Ok(voices) = self.engine.voices(config.language)
        {
            if !voices.iter().any(|v| v.id == config.voice) {
                self.speak_with.clear();
            }
            *lock(&self.shared.voices) = voices;
        }
        *lock(&self.shared.config) = config;
    }

    /// Looks at the engine the first time; whether it can speak.
    fn ready(&mut self) -> bool {
        let status = lock(&self.shared.status).clone();
        match status {
            VoiceStatus::Ready(_) => true,
            VoiceStatus::Unavailable(_) => false,
            VoiceStatus::Unknown => {
                let found = match self.engine.probe() {
                    Ok(what) => VoiceStatus::Ready(what),
                    Err(e) => VoiceStatus::Unavailable(e.to_string()),
                };
                let ok = matches!(found, VoiceStatus::Ready(_));
                *lock(&self.shared.status) = found;
                ok
            }
        }
    }

    /// Makes a phrase ready (from the cache, or the engine) and delivers
    /// it; its number, unless it failed.
    fn say(&mut self, text: &str) -> Option<u64> {
        if !self.ready() {
            self.queue.clear();
            return None;
        }
        let config = lock(&self.shared.config).clone();
        if !self.voice_checked {
            self.configure(config.clone());
        }
        let key = PhraseKey {
            engine: self.engine.id(),
            voice: config.key(),
            wpm: config.wpm,
            text: text.to_string(),
        };
        let id = key.id();
        if lock(&self.shared.done).contains(&id) {
            return Some(id);
        }
        let started = Instant::now();
        let phrase = match self.cache.load(&key) {
            Some(p) => {
                lock(&self.shared.stats).cached += 1;
                p
            }
            None => {
                let rendered = self
                    .engine
                    .render(
                        text,
                        &self.speak_with,
                        config.language,
                        config.wpm,
                        self.timeout,
                    )
                    .and_then(|raw| check(self.engine.id(), text, raw));
                match rendered {
                    Ok(p) => {
                        lock(&self.shared.stats).rendered += 1;
                        // A cache that cannot be written only costs a render.
                        let _ = self.cache.store(&key, &p);
                        p
                    }
                    Err(e) => {
                        lock(&self.shared.done).insert(id);
                        self.failed(&e);
                        return None;
                    }
                }
            }
        };
        {
            let mut stats = lock(&self.shared.stats);
            stats.busy += started.elapsed();
            if let Some(t) = self.prepared_at.take() {
                stats.first_ready = Some(t.elapsed());
            }
        }
        self.sink.deliver(id, Arc::new(phrase));
        lock(&self.shared.done).insert(id);
        Some(id)
    }

    /// Says what went wrong, once; gives up after [`MAX_FAILURES`].
    fn failed(&mut self, e: &VoiceError) {
        self.failures += 1;
        lock(&self.shared.stats).failed += 1;
        let mut notice = lock(&self.shared.notice);
        if notice.is_none() {
            *notice = Some(crate::tr!("voice-phrase-failed", error = e.to_string()));
        }
        drop(notice);
        if self.failures >= MAX_FAILURES || matches!(e, VoiceError::Missing(_)) {
            *lock(&self.shared.status) = VoiceStatus::Unavailable(e.to_string());
            self.queue.clear();
        }
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

// The tests run the real espeak-ng (and stand-in shell scripts).
#[cfg(all(test, target_os = "linux"))]
mod tests;
