//! The audio thread: opens the device when sound is wanted, watches it for
//! errors and stalls, looks for it again (less often the longer it stays
//! missing), closes it when nothing is left to play, and reads the
//! person's sound files.

use std::any::Any;
use std::collections::HashMap;
use std::sync::atomic::Ordering;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::device::{Output, Renderer, quiet_alsa_here};
use super::scheduler::{Bank, Scheduler};
use super::shared::{READY, Shared, UNAVAILABLE};
use super::sounds::{SoundFiles, build_bank};
use super::{Timing, lock};

/// The longest wait between two looks for a missing device.
const MAX_RETRY: Duration = Duration::from_secs(16);

pub(super) enum Control {
    Shutdown,
    /// The device opened as number `.0` reported an error (from its own
    /// thread): message, and whether the stream is lost.
    DeviceError(u64, String, bool),
    Sounds(SoundFiles),
    /// Whether sound may be needed soon (see [`Audio::set_wanted`]).
    Wanted(bool),
    /// Something is to be played now though no routine runs (a preview):
    /// open the device if it is closed, and close it again once quiet.
    Preview,
}

pub(super) struct Worker {
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
    pub(super) fn new(
        output: Box<dyn Output>,
        timing: Timing,
        sounds: SoundFiles,
        shared: Arc<Shared>,
        scheduler: Arc<Mutex<Scheduler>>,
        control: Receiver<Control>,
        errors: Sender<Control>,
    ) -> Worker {
        Worker {
            output,
            shared,
            scheduler,
            control,
            errors,
            timing,
            sounds,
            banks: HashMap::new(),
            generation: 0,
        }
    }

    pub(super) fn run(mut self) {
        quiet_alsa_here();
        self.load_sounds();
        let debug = std::env::var_os("LIMBER_AUDIO_DEBUG").is_some();
        let mut reported = Instant::now();
        let mut stream: Option<Box<dyn Any + Send>> = None;
        let mut opened_at = Instant::now();
        let mut next_try = Instant::now();
        let mut wanted = true;
        // A preview asked for the device while it was not wanted.
        let mut previewing = false;
        // Looking for a device that is not there costs a little each time:
        // wait longer after each miss, up to MAX_RETRY.
        let mut retry = self.timing.retry;
        loop {
            let now = Instant::now();
            if (wanted || previewing) && stream.is_none() && now >= next_try {
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
                        previewing = false;
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
                previewing = false;
                if debug {
                    eprintln!("audio: closed while not needed");
                }
            }
            // Phrases that ended are freed here, not in the device callback.
            let retired = std::mem::take(&mut lock(&self.scheduler).phrases.retired);
            if !retired.is_empty() {
                drop(retired);
                lock(&self.scheduler).phrases.retired.reserve(8);
            }
            let wait = match (&stream, wanted || previewing) {
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
                        self.shared.set(
                            UNAVAILABLE,
                            &crate::tr!("sound-failed", error = message.to_string()),
                        );
                        // The device may well still be there (a sound server
                        // that restarted can fail a stream opened while it
                        // was starting): try again soon.
                        next_try = Instant::now() + self.timing.retry / 4;
                    }
                }
                Ok(Control::Preview) => {
                    if !wanted && stream.is_none() && !previewing {
                        previewing = true;
                        next_try = Instant::now();
                        retry = self.timing.retry;
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
                        .set(UNAVAILABLE, &crate::tr!("sound-stopped-responding"));
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
        lock(&self.scheduler).start(bank);
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
