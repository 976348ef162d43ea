//! What every speech engine does (text in, samples out), the checks its
//! output must pass, and the small WAV reader and writer they share.

use std::time::Duration;

/// A phrase as samples: mono, 16-bit, at the engine's rate, trimmed of
/// leading and trailing silence and scaled to [`PEAK`], so that its first
/// sample is the moment it is heard.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rendered {
    pub rate: u32,
    pub samples: Vec<i16>,
}

impl Rendered {
    pub fn duration(&self) -> Duration {
        Duration::from_secs_f64(self.samples.len() as f64 / f64::from(self.rate.max(1)))
    }
}

/// A voice a person can choose.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VoiceChoice {
    /// What the engine calls it (kept in the settings).
    pub id: String,
    /// How the settings page shows it.
    pub label: String,
}

impl VoiceChoice {
    /// A system voice shown by its name and language: "Anna (de-DE)".
    pub fn named((id, name, language): (String, String, String)) -> VoiceChoice {
        VoiceChoice {
            id,
            label: format!("{name} ({language})"),
        }
    }
}

/// Why a phrase could not be said. Shown in the current language; `why`
/// is the system's or the engine's own words, or one of Limber's
/// (already in the language).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VoiceError {
    /// No engine on this system, and how to get one.
    Missing(String),
    Failed {
        engine: String,
        why: String,
    },
    TimedOut {
        engine: String,
        after: Duration,
    },
    /// The engine answered with something that is not speech.
    Garbage {
        engine: String,
        why: String,
    },
}

impl std::fmt::Display for VoiceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            VoiceError::Missing(why) => why.clone(),
            VoiceError::Failed { engine, why } => {
                crate::tr!("voice-engine-failed", engine = engine, reason = why)
            }
            VoiceError::TimedOut { engine, after } => crate::tr!(
                "voice-engine-timed-out",
                engine = engine,
                seconds = after.as_secs()
            ),
            VoiceError::Garbage { engine, why } => {
                crate::tr!("voice-engine-garbage", engine = engine, reason = why)
            }
        })
    }
}

impl std::error::Error for VoiceError {}

/// A speech engine: the espeak-ng program on Linux, AVSpeechSynthesizer on
/// macOS, SpeechSynthesizer on Windows.
pub trait Engine: Send {
    /// A stable name, part of each phrase's cache key.
    fn id(&self) -> &'static str;
    /// Whether it can speak here: what it is ("espeak-ng 1.51"), or why not.
    fn probe(&mut self) -> Result<String, VoiceError>;
    /// The voices it offers for `language` (an ISO 639-1 code, "de").
    fn voices(&mut self, language: &str) -> Result<Vec<VoiceChoice>, VoiceError>;
    /// Says `text` with `voice` (empty: its default voice for `language`)
    /// at `wpm` words a minute, giving up after `timeout`. The raw
    /// samples: [`check`] vets and tidies them.
    fn render(
        &mut self,
        text: &str,
        voice: &str,
        language: &str,
        wpm: u32,
        timeout: Duration,
    ) -> Result<Rendered, VoiceError>;
}

/// Peak level phrases are scaled to (of full scale), as loud as the
/// loudest chime.
pub const PEAK: f32 = crate::chimes::PEAK;
/// Quieter than this (of full scale, after scaling) is silence at either
/// end of a phrase.
const SILENCE: i32 = 328;
/// A short fade kept after the last sound, so the end is not cut.
const TAIL: Duration = Duration::from_millis(20);

/// Checks what an engine returned for `text` and tidies it: a plausible
/// rate, some sound, a length that fits the text, then trimmed and scaled
/// (see [`Rendered`]).
pub fn check(engine: &str, text: &str, raw: Rendered) -> Result<Rendered, VoiceError> {
    let garbage = |why: String| VoiceError::Garbage {
        engine: engine.to_string(),
        why,
    };
    if !(8_000..=192_000).contains(&raw.rate) {
        return Err(garbage(crate::tr!("voice-bad-rate", rate = raw.rate)));
    }
    let peak = raw
        .samples
        .iter()
        .map(|s| i32::from(*s).abs())
        .max()
        .unwrap_or(0);
    if peak < 300 {
        return Err(garbage(crate::tr!("voice-silence")));
    }
    let scale = PEAK * 32767.0 / peak as f32;
    let scaled: Vec<i16> = raw
        .samples
        .iter()
        .map(|&s| (f32::from(s) * scale).round().clamp(-32767.0, 32767.0) as i16)
        .collect();
    let loud = |s: &i16| i32::from(*s).abs() >= SILENCE;
    let first = scaled.iter().position(loud).unwrap_or(0);
    let last = scaled.iter().rposition(loud).unwrap_or(0);
    let tail = (TAIL.as_secs_f64() * f64::from(raw.rate)) as usize;
    let end = (last + 1 + tail).min(scaled.len());
    let mut samples = scaled[first..end].to_vec();
    let n = samples.len();
    for (i, s) in samples[n.saturating_sub(tail)..]
        .iter_mut()
        .rev()
        .enumerate()
    {
        *s = (f32::from(*s) * i as f32 / tail.max(1) as f32) as i16;
    }
    let out = Rendered {
        rate: raw.rate,
        samples,
    };
    let seconds = out.duration().as_secs_f64();
    let chars = text.chars().filter(|c| c.is_alphanumeric()).count().max(1) as f64;
    // Between a very fast and a very slow speaker, with room to spare.
    let (shortest, longest) = (0.01 * chars, 0.4 * chars + 2.0);
    if seconds < shortest.min(0.08) || seconds > longest {
        return Err(garbage(crate::tr!(
            "voice-bad-length",
            seconds = (seconds * 100.0).round() / 100.0,
            chars = chars as usize
        )));
    }
    Ok(out)
}

/// Reads a WAV file's bytes: 8/16/32-bit PCM or 32-bit float, any number
/// of channels (mixed to mono). A data chunk whose size runs past the end
/// (a stream written before its length was known) is read to the end.
pub fn parse_wav(bytes: &[u8]) -> Result<Rendered, String> {
    if bytes.len() < 12 || &bytes[0..4] != b"RIFF" || &bytes[8..12] != b"WAVE" {
        return Err("not a WAV file".into());
    }
    let u16_at = |i: usize| u16::from_le_bytes([bytes[i], bytes[i + 1]]);
    let u32_at =
        |i: usize| u32::from_le_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
    let mut at = 12;
    let mut format: Option<(u16, u16, u32, u16)> = None;
    while at + 8 <= bytes.len() {
        let id = &bytes[at..at + 4];
        let size = u32_at(at + 4) as usize;
        let body = at + 8;
        if id == b"fmt " {
            if body + 16 > bytes.len() {
                return Err("a cut-off format chunk".into());
            }
            format = Some((
                u16_at(body),
                u16_at(body + 2),
                u32_at(body + 4),
                u16_at(body + 14),
            ));
        } else if id == b"data" {
            let (kind, channels, rate, bits) = format.ok_or("no format before the data")?;
            let end = body.saturating_add(size).min(bytes.len());
            let data = &bytes[body..end];
            let channels = usize::from(channels.max(1));
            let frame: Vec<f32> = match (kind, bits) {
                (1, 16) => data
                    .chunks_exact(2)
                    .map(|b| f32::from(i16::from_le_bytes([b[0], b[1]])) / 32768.0)
                    .collect(),
                (1, 8) => data
                    .iter()
                    .map(|&b| (f32::from(b) - 128.0) / 128.0)
                    .collect(),
                (1, 32) => data
                    .chunks_exact(4)
                    .map(|b| i32::from_le_bytes([b[0], b[1], b[2], b[3]]) as f32 / 2_147_483_648.0)
                    .collect(),
                (3, 32) => data
                    .chunks_exact(4)
                    .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
                    .collect(),
                (0xFFFE, _) => return Err("an extensible WAV format".into()),
                _ => return Err(format!("{bits}-bit samples of format {kind}")),
            };
            let samples = frame
                .chunks(channels)
                .map(|f| {
                    let m = f.iter().sum::<f32>() / channels as f32;
                    (m * 32767.0).round().clamp(-32768.0, 32767.0) as i16
                })
                .collect();
            return Ok(Rendered { rate, samples });
        }
        at = body.saturating_add(size + (size & 1));
    }
    Err("no sound data".into())
}

/// A mono 16-bit WAV file of these samples.
pub fn wav_bytes(r: &Rendered) -> Vec<u8> {
    let data = r.samples.len() * 2;
    let mut out = Vec::with_capacity(44 + data);
    out.extend_from_slice(b"RIFF");
    out.extend_from_slice(&((36 + data) as u32).to_le_bytes());
    out.extend_from_slice(b"WAVEfmt ");
    out.extend_from_slice(&16u32.to_le_bytes());
    out.extend_from_slice(&1u16.to_le_bytes());
    out.extend_from_slice(&1u16.to_le_bytes());
    out.extend_from_slice(&r.rate.to_le_bytes());
    out.extend_from_slice(&(r.rate * 2).to_le_bytes());
    out.extend_from_slice(&2u16.to_le_bytes());
    out.extend_from_slice(&16u16.to_le_bytes());
    out.extend_from_slice(b"data");
    out.extend_from_slice(&(data as u32).to_le_bytes());
    for s in &r.samples {
        out.extend_from_slice(&s.to_le_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tone(rate: u32, seconds: f32, level: f32) -> Rendered {
        let n = (rate as f32 * seconds) as usize;
        let samples = (0..n)
            .map(|i| ((i as f32 * 0.05).sin() * level * 32767.0) as i16)
            .collect();
        Rendered { rate, samples }
    }

    #[test]
    fn wav_round_trips_and_a_streamed_length_is_read_to_the_end() {
        let r = tone(22_050, 0.5, 0.3);
        let bytes = wav_bytes(&r);
        assert_eq!(parse_wav(&bytes).unwrap(), r);
        // As espeak-ng --stdout writes it: sizes it could not know.
        let mut streamed = bytes.clone();
        streamed[4..8].copy_from_slice(&0x7fff_f024u32.to_le_bytes());
        streamed[40..44].copy_from_slice(&0x7fff_f000u32.to_le_bytes());
        assert_eq!(parse_wav(&streamed).unwrap(), r);
        assert!(parse_wav(b"RIFF1234WAVEjunk").is_err());
        assert!(parse_wav(b"hello, I am not a sound").is_err());
    }

    #[test]
    fn silence_and_lengths_that_do_not_fit_the_text_are_refused() {
        let quiet = tone(22_050, 1.0, 0.001);
        assert!(matches!(
            check("e", "Halfway", quiet),
            Err(VoiceError::Garbage { .. })
        ));
        let endless = tone(22_050, 30.0, 0.5);
        assert!(check("e", "Halfway", endless).is_err());
        let odd_rate = Rendered {
            rate: 3,
            ..tone(22_050, 1.0, 0.5)
        };
        assert!(check("e", "Halfway", odd_rate).is_err());
        assert!(check("e", "Halfway", tone(22_050, 0.8, 0.5)).is_ok());
    }

    #[test]
    fn a_phrase_is_trimmed_to_its_sound_and_scaled() {
        let mut r = tone(10_000, 1.0, 0.2);
        let silence = vec![0i16; 2_000];
        r.samples.splice(0..0, silence.iter().copied());
        r.samples.extend(&silence);
        let out = check("e", "Halfway", r).unwrap();
        assert!(
            i32::from(out.samples[0]).abs() >= SILENCE,
            "starts on its sound"
        );
        assert!(out.samples.len() < 10_000 + 300, "{}", out.samples.len());
        let peak = out
            .samples
            .iter()
            .map(|s| i32::from(*s).abs())
            .max()
            .unwrap();
        assert!((peak - (PEAK * 32767.0) as i32).abs() < 40, "{peak}");
        assert_eq!(*out.samples.last().unwrap(), 0, "fades to nothing");
    }
}
