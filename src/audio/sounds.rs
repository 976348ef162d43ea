//! The sounds cues play: the built-in ones, rendered at the device's rate,
//! or the person's own WAV or OGG files, decoded and resampled (through
//! rodio) on the audio thread.

use std::num::NonZero;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::MAX_USER_SOUND;
use super::scheduler::Bank;
use crate::cues::Cue;
use crate::settings::Settings;

/// The user's own files for cues, decoded (mono at their own rate).
#[derive(Default)]
pub(super) struct SoundFiles {
    /// By cue index: (rate, samples).
    pub(super) decoded: Vec<Option<(u32, Arc<[f32]>)>>,
    /// Paths to read on the audio thread (not on the caller's).
    pub(super) wanted: Vec<(Cue, PathBuf)>,
    pub(super) notices: Vec<String>,
}

impl SoundFiles {
    pub(super) fn from_settings(settings: &Settings, base: Option<&Path>) -> SoundFiles {
        let mut files = SoundFiles::default();
        for (&cue, path) in &settings.sounds {
            files.wanted.push((cue, resolve(path, base)));
        }
        files
    }

    /// Reads and decodes the files; one that is missing or broken falls
    /// back to the built-in cue, with a notice.
    pub(super) fn load(&mut self) {
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

/// A sound file's path from the settings: `~` is the home folder (HOME is
/// usually unset on Windows, so it comes from `directories`), and a
/// relative path starts from `base`.
pub(super) fn resolve(path: &Path, base: Option<&Path>) -> PathBuf {
    if let Ok(rest) = path.strip_prefix("~")
        && let Some(dirs) = directories::BaseDirs::new()
    {
        return dirs.home_dir().join(rest);
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

pub(super) fn build_bank(rate: u32, files: &SoundFiles) -> Bank {
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
