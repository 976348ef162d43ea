//! The output device, through cpal as rodio re-exports it: ALSA on Linux,
//! CoreAudio on macOS, WASAPI on Windows. The mixer is handed each buffer
//! with the time the device says it will be heard.

use std::any::Any;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

#[cfg(target_os = "linux")]
pub(super) use super::linux::{quiet_alsa_here, raise_priority};
use super::lock;
use super::scheduler::Scheduler;
use super::shared::Shared;

/// What the device callback calls to get its samples.
#[derive(Clone)]
pub struct Renderer {
    pub(super) scheduler: Arc<Mutex<Scheduler>>,
    pub(super) shared: Arc<Shared>,
}

impl Renderer {
    /// Fills an interleaved buffer whose first frame will be heard at
    /// `first_heard`.
    pub fn render(&self, out: &mut [f32], channels: usize, first_heard: Instant) {
        let now = Instant::now();
        self.shared
            .beat(now, first_heard.saturating_duration_since(now));
        let gain = self.shared.gain();
        let voice = self.shared.voice_level();
        lock(&self.scheduler).fill(out, channels, first_heard, now, gain, voice);
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
pub(super) struct NoOutput(pub(super) String);

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
pub(super) struct CpalOutput {
    /// The last failed look for a device: what the system's sound devices
    /// looked like then, when, and why it failed.
    missing: Option<(Option<DeviceSignature>, Instant, String)>,
}

/// Looking for a device through ALSA costs a millisecond or two of CPU
/// (configuration files, plugins). While the machine's sound devices and
/// sound-server sockets are unchanged, a device that was missing is still
/// missing, so a retry is answered from the last failure; a full look is
/// made anyway once a minute in case something this does not see changed.
pub(super) const FULL_LOOK: Duration = Duration::from_secs(60);

/// The reason a device is still missing, if nothing has changed since the
/// last failed look and it was less than [`FULL_LOOK`] ago.
pub(super) fn still_missing<'a>(
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
pub(super) struct DeviceSignature(pub(super) Vec<String>);

impl DeviceSignature {
    #[cfg(target_os = "linux")]
    fn now() -> Option<DeviceSignature> {
        Some(DeviceSignature(super::linux::sound_devices_seen()))
    }

    /// CoreAudio and WASAPI have no cheap look: every retry is a full one
    /// (a retry there costs little anyway).
    #[cfg(not(target_os = "linux"))]
    fn now() -> Option<DeviceSignature> {
        None
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
            .unwrap_or_else(|_| crate::tr!("sound-default-output"));
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
            other => Err(crate::tr!(
                "sound-format-unsupported",
                format = format!("{other:?}")
            )),
        }?;
        stream
            .play()
            .map_err(|e| crate::tr!("sound-cannot-start", error = brief(&e)))?;
        Ok((name, Box::new(stream)))
    }
}

/// The first sentence of an error, without its full stop, to keep a
/// notice short.
pub(super) fn brief(e: &impl std::fmt::Display) -> String {
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
        .ok_or_else(|| crate::tr!("sound-no-device"))?;
    let config = device
        .default_output_config()
        .map_err(|e| crate::tr!("sound-cannot-use", error = brief(&e)))?;
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
        .map_err(|e| crate::tr!("sound-cannot-open", error = brief(&e)))
}

/// Only ALSA prints messages of its own; CoreAudio and WASAPI report
/// errors through cpal alone.
#[cfg(not(target_os = "linux"))]
pub(super) fn quiet_alsa_here() {}

/// CoreAudio and WASAPI callback threads already run at a high priority.
#[cfg(not(target_os = "linux"))]
fn raise_priority() {}
