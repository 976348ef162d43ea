//! macOS: `AVSpeechSynthesizer` writes each phrase into audio buffers
//! (`writeUtterance:toBufferCallback:`) instead of playing it; the buffers
//! are collected into one phrase.
//!
//! Compiled and checked for macOS in CI (`cargo clippy --target
//! aarch64-apple-darwin`); not run there or here (no Mac).

use std::ptr::NonNull;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use block2::RcBlock;
use objc2_avf_audio::{
    AVAudioBuffer, AVAudioCommonFormat, AVAudioPCMBuffer, AVSpeechSynthesisVoice,
    AVSpeechSynthesizer, AVSpeechUtterance,
};
use objc2_foundation::NSString;

use super::engine::{Engine, Rendered, VoiceChoice, VoiceError};

const NAME: &str = "macOS speech";

/// The words a minute of AVSpeechUtterance's default rate (0.5), about.
const NORMAL_WPM: f32 = 180.0;

pub struct AvSpeech;

impl AvSpeech {
    pub fn new() -> AvSpeech {
        AvSpeech
    }
}

/// One buffer's samples (the first channel), or the end of the phrase.
enum Piece {
    Samples(u32, Vec<f32>),
    End,
}

/// Reads the first channel of a buffer the synthesizer wrote.
///
/// # Safety
/// `buffer` must be the buffer handed to the callback, alive for the call.
unsafe fn read(buffer: NonNull<AVAudioBuffer>) -> Piece {
    let buffer: &AVAudioBuffer = unsafe { buffer.as_ref() };
    let Some(pcm) = buffer.downcast_ref::<AVAudioPCMBuffer>() else {
        return Piece::End;
    };
    unsafe {
        let frames = pcm.frameLength() as usize;
        if frames == 0 {
            return Piece::End;
        }
        let format = pcm.format();
        let rate = format.sampleRate().round() as u32;
        let stride = pcm.stride().max(1);
        let samples: Vec<f32> = if format.commonFormat() == AVAudioCommonFormat::PCMFormatInt16 {
            let channels = pcm.int16ChannelData();
            if channels.is_null() {
                return Piece::End;
            }
            let first = (*channels).as_ptr();
            (0..frames)
                .map(|i| f32::from(*first.add(i * stride)) / 32768.0)
                .collect()
        } else if format.commonFormat() == AVAudioCommonFormat::PCMFormatFloat32 {
            let channels = pcm.floatChannelData();
            if channels.is_null() {
                return Piece::End;
            }
            let first = (*channels).as_ptr();
            (0..frames).map(|i| *first.add(i * stride)).collect()
        } else {
            return Piece::End;
        };
        Piece::Samples(rate, samples)
    }
}

/// The voices for `code` ("de"): (identifier, name, language).
fn voices_for(code: &str) -> Vec<(String, String, String)> {
    // SAFETY: class methods and getters of live objects.
    unsafe {
        AVSpeechSynthesisVoice::speechVoices()
            .iter()
            .filter(|v| v.language().to_string().starts_with(code))
            .map(|v| {
                (
                    v.identifier().to_string(),
                    v.name().to_string(),
                    v.language().to_string(),
                )
            })
            .collect()
    }
}

impl Engine for AvSpeech {
    fn id(&self) -> &'static str {
        "avspeech"
    }

    fn probe(&mut self) -> Result<String, VoiceError> {
        if voices_for(crate::i18n::current().code()).is_empty() {
            return Err(VoiceError::Missing(crate::tr!(
                "voice-none-macos",
                language = crate::i18n::current().native_name()
            )));
        }
        Ok(NAME.to_string())
    }

    fn voices(&mut self, language: &str) -> Result<Vec<VoiceChoice>, VoiceError> {
        Ok(voices_for(language)
            .into_iter()
            .map(VoiceChoice::named)
            .collect())
    }

    fn render(
        &mut self,
        text: &str,
        voice: &str,
        language: &str,
        wpm: u32,
        timeout: Duration,
    ) -> Result<Rendered, VoiceError> {
        let (tx, rx) = mpsc::channel::<Piece>();
        let default = match language {
            "de" => "de-DE",
            "fr" => "fr-FR",
            "es" => "es-ES",
            _ => "en-US",
        };
        let callback = RcBlock::new(move |buffer: NonNull<AVAudioBuffer>| {
            // SAFETY: the synthesizer hands a live buffer for this call.
            let _ = tx.send(unsafe { read(buffer) });
        });
        // SAFETY: Objective-C calls on objects made here; the block is
        // copied by the synthesizer, which is kept alive until the end.
        let synth = unsafe {
            let utterance = AVSpeechUtterance::speechUtteranceWithString(&NSString::from_str(text));
            let chosen = if voice.is_empty() {
                AVSpeechSynthesisVoice::voiceWithLanguage(Some(&NSString::from_str(default)))
            } else {
                AVSpeechSynthesisVoice::voiceWithIdentifier(&NSString::from_str(voice))
            };
            utterance.setVoice(chosen.as_deref());
            utterance.setRate((0.5 * wpm as f32 / NORMAL_WPM).clamp(0.0, 1.0));
            let synth = AVSpeechSynthesizer::new();
            synth.writeUtterance_toBufferCallback(&utterance, RcBlock::as_ptr(&callback));
            synth
        };
        let end = Instant::now() + timeout;
        let mut rate = 0;
        let mut samples: Vec<f32> = Vec::new();
        loop {
            let left = end.saturating_duration_since(Instant::now());
            match rx.recv_timeout(left) {
                Ok(Piece::Samples(r, s)) => {
                    rate = r;
                    samples.extend(s);
                }
                Ok(Piece::End) => break,
                Err(_) => {
                    drop(synth);
                    return Err(VoiceError::TimedOut {
                        engine: NAME.into(),
                        after: timeout,
                    });
                }
            }
        }
        drop(synth);
        Ok(Rendered {
            rate,
            samples: samples
                .iter()
                .map(|s| (s * 32767.0).round().clamp(-32768.0, 32767.0) as i16)
                .collect(),
        })
    }
}
