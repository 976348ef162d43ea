//! Windows: the system's `SpeechSynthesizer` (Windows.Media.SpeechSynthesis)
//! writes each phrase to a stream, which holds a WAV file.
//!
//! Compiled and checked for Windows in CI (`cargo clippy --target
//! x86_64-pc-windows-gnu`); not run there or here.

use std::sync::mpsc;
use std::time::Duration;

use windows::Media::SpeechSynthesis::SpeechSynthesizer;
use windows::Storage::Streams::DataReader;
use windows::core::{HSTRING, Interface};
use windows_future::IAsyncOperation;

use super::engine::{Engine, Rendered, VoiceChoice, VoiceError, parse_wav};

const NAME: &str = "Windows speech";

/// The speed Windows calls 1.0, in words a minute (about).
const NORMAL_WPM: f64 = 170.0;

pub struct WinSpeech;

impl WinSpeech {
    pub fn new() -> WinSpeech {
        WinSpeech
    }
}

fn failed(e: impl std::fmt::Display) -> VoiceError {
    VoiceError::Failed {
        engine: NAME.into(),
        why: e.to_string(),
    }
}

/// This thread may use WinRT (it is a thread of Limber's own).
fn enter_winrt() {
    // SAFETY: a plain call; "already initialized" is fine too.
    let _ = unsafe {
        windows::Win32::System::WinRT::RoInitialize(
            windows::Win32::System::WinRT::RO_INIT_MULTITHREADED,
        )
    };
}

/// The voices for `code` ("de"): (id, name, language).
fn voices_for(code: &str) -> windows::core::Result<Vec<(String, String, String)>> {
    let all = SpeechSynthesizer::AllVoices()?;
    let mut out = Vec::new();
    for i in 0..all.Size()? {
        let v = all.GetAt(i)?;
        let language = v.Language()?.to_string();
        if language.to_ascii_lowercase().starts_with(code) {
            out.push((v.Id()?.to_string(), v.DisplayName()?.to_string(), language));
        }
    }
    Ok(out)
}

/// Says `text` into a WAV file's bytes.
fn synthesize(text: &str, voice: &str, code: &str, wpm: u32) -> windows::core::Result<Vec<u8>> {
    enter_winrt();
    let synth = SpeechSynthesizer::new()?;
    // No voice chosen: the first one for the language, if the system's
    // default speaks another.
    let voice = match voice {
        "" => voices_for(code)?
            .into_iter()
            .next()
            .map(|v| v.0)
            .unwrap_or_default(),
        chosen => chosen.to_string(),
    };
    if !voice.is_empty() {
        let all = SpeechSynthesizer::AllVoices()?;
        for i in 0..all.Size()? {
            let v = all.GetAt(i)?;
            if v.Id()? == voice.as_str() {
                synth.SetVoice(&v)?;
                break;
            }
        }
    }
    synth
        .Options()?
        .SetSpeakingRate((f64::from(wpm) / NORMAL_WPM).clamp(0.5, 6.0))?;
    let stream = synth
        .SynthesizeTextToStreamAsync(&HSTRING::from(text))?
        .join()?;
    let size = u32::try_from(stream.Size()?).unwrap_or(u32::MAX);
    let reader = DataReader::CreateDataReader(&stream.GetInputStreamAt(0)?)?;
    let loaded: IAsyncOperation<u32> = reader.LoadAsync(size)?.cast()?;
    let got = loaded.join()?;
    let mut bytes = vec![0u8; got as usize];
    reader.ReadBytes(&mut bytes)?;
    Ok(bytes)
}

/// Runs `work` on a thread of its own and waits for it up to `timeout`
/// (a synthesizer that hangs is left behind).
fn within<T: Send + 'static>(
    timeout: Duration,
    work: impl FnOnce() -> Result<T, VoiceError> + Send + 'static,
) -> Result<T, VoiceError> {
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .name("limber-voice-win".into())
        .spawn(move || {
            let _ = tx.send(work());
        })
        .map_err(failed)?;
    rx.recv_timeout(timeout).map_err(|_| VoiceError::TimedOut {
        engine: NAME.into(),
        after: timeout,
    })?
}

impl Engine for WinSpeech {
    fn id(&self) -> &'static str {
        "windows-speech"
    }

    fn probe(&mut self) -> Result<String, VoiceError> {
        let voices = within(Duration::from_secs(5), || {
            enter_winrt();
            voices_for(crate::i18n::current().code()).map_err(failed)
        })?;
        if voices.is_empty() {
            return Err(VoiceError::Missing(crate::tr!(
                "voice-none-windows",
                language = crate::i18n::current().native_name()
            )));
        }
        Ok(NAME.to_string())
    }

    fn voices(&mut self, language: &str) -> Result<Vec<VoiceChoice>, VoiceError> {
        let code = language.to_string();
        let voices = within(Duration::from_secs(5), move || {
            enter_winrt();
            voices_for(&code).map_err(failed)
        })?;
        Ok(voices.into_iter().map(VoiceChoice::named).collect())
    }

    fn render(
        &mut self,
        text: &str,
        voice: &str,
        language: &str,
        wpm: u32,
        timeout: Duration,
    ) -> Result<Rendered, VoiceError> {
        let (text, voice, code) = (text.to_string(), voice.to_string(), language.to_string());
        let bytes = within(timeout, move || {
            synthesize(&text, &voice, &code, wpm).map_err(failed)
        })?;
        parse_wav(&bytes).map_err(|why| VoiceError::Garbage {
            engine: NAME.into(),
            why,
        })
    }
}
