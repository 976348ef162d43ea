//! The espeak-ng program (Linux): run for each phrase, text on its input,
//! a WAV file on its output. It is called as a program, not linked, so
//! Limber builds and runs without it (chimes only, and the settings page
//! says why).

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::engine::{Engine, Rendered, VoiceChoice, VoiceError, parse_wav};

/// The program to run: `LIMBER_ESPEAK` if set (another build, or a
/// stand-in in tests), else `espeak-ng` from the `PATH`.
pub struct Espeak {
    program: PathBuf,
}

const NAME: &str = "espeak-ng";
/// Its default voice for a language: English as spoken in America, and
/// espeak-ng's own voice for the others ("de", "fr", "es").
fn default_voice(language: &str) -> &str {
    match language {
        "en" | "" => "en-us",
        "fr" => "fr-fr",
        other => other,
    }
}

impl Espeak {
    pub fn new() -> Espeak {
        let program = std::env::var_os("LIMBER_ESPEAK")
            .filter(|p| !p.is_empty())
            .map_or_else(|| PathBuf::from(NAME), PathBuf::from);
        Espeak::with_program(program)
    }

    pub fn with_program(program: PathBuf) -> Espeak {
        Espeak { program }
    }

    pub(super) fn missing(&self) -> VoiceError {
        VoiceError::Missing(if self.program.as_os_str() == NAME {
            crate::tr!("voice-no-espeak")
        } else {
            crate::tr!(
                "voice-program-cannot-run",
                program = self.program.display().to_string()
            )
        })
    }

    fn failed(&self, why: impl Into<String>) -> VoiceError {
        VoiceError::Failed {
            engine: NAME.into(),
            why: why.into(),
        }
    }

    /// Runs the program with `args` and `input`; its output, or why not.
    fn run(&self, args: &[&str], input: &str, timeout: Duration) -> Result<Vec<u8>, VoiceError> {
        let mut child = Command::new(&self.program)
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| match e.kind() {
                std::io::ErrorKind::NotFound | std::io::ErrorKind::PermissionDenied => {
                    self.missing()
                }
                _ => self.failed(crate::tr!(
                    "voice-program-cannot-start",
                    error = e.to_string()
                )),
            })?;
        if let Some(mut stdin) = child.stdin.take() {
            // Phrases are short: they fit in the pipe, no need to wait.
            let _ = stdin.write_all(input.as_bytes());
        }
        let mut stdout = child
            .stdout
            .take()
            .ok_or_else(|| self.failed(crate::tr!("voice-program-no-output")))?;
        let mut stderr = child
            .stderr
            .take()
            .ok_or_else(|| self.failed(crate::tr!("voice-program-no-output")))?;
        let reader = std::thread::spawn(move || {
            let mut out = Vec::new();
            let _ = stdout.read_to_end(&mut out);
            out
        });
        let errors = std::thread::spawn(move || {
            let mut out = String::new();
            let _ = stderr.read_to_string(&mut out);
            out
        });
        let end = Instant::now() + timeout;
        let status = loop {
            match child.try_wait() {
                Ok(Some(status)) => break status,
                Ok(None) if Instant::now() < end => std::thread::sleep(Duration::from_millis(2)),
                Ok(None) => {
                    let _ = child.kill();
                    let _ = child.wait();
                    return Err(VoiceError::TimedOut {
                        engine: NAME.into(),
                        after: timeout,
                    });
                }
                Err(e) => return Err(self.failed(e.to_string())),
            }
        };
        let out = reader.join().unwrap_or_default();
        let message = errors.join().unwrap_or_default();
        let first = message.lines().next().unwrap_or("").trim().to_string();
        if !status.success() || first.starts_with("Error") || (out.is_empty() && !first.is_empty())
        {
            return Err(self.failed(if first.is_empty() {
                crate::tr!("voice-program-ended", status = status.to_string())
            } else {
                first
            }));
        }
        Ok(out)
    }
}

impl Default for Espeak {
    fn default() -> Espeak {
        Espeak::new()
    }
}

impl Engine for Espeak {
    fn id(&self) -> &'static str {
        NAME
    }

    fn probe(&mut self) -> Result<String, VoiceError> {
        let out = self.run(&["--version"], "", Duration::from_secs(5))?;
        let text = String::from_utf8_lossy(&out);
        // "eSpeak NG text-to-speech: 1.51  Data at: ..."
        let version = text
            .split("text-to-speech:")
            .nth(1)
            .and_then(|rest| rest.split_whitespace().next())
            .unwrap_or("");
        Ok(format!("{NAME} {version}").trim().to_string())
    }

    fn voices(&mut self, language: &str) -> Result<Vec<VoiceChoice>, VoiceError> {
        let filter = format!("--voices={language}");
        let out = self.run(&[&filter], "", Duration::from_secs(5))?;
        let mut voices: Vec<VoiceChoice> = Vec::new();
        for line in String::from_utf8_lossy(&out).lines().skip(1) {
            // Pty Language Age/Gender VoiceName File Other...
            let cols: Vec<&str> = line.split_whitespace().collect();
            let [_, language, _, name, file, ..] = cols[..] else {
                continue;
            };
            // MBROLA voices need their own data, rarely installed.
            if file.starts_with("mb/") || voices.iter().any(|v| v.id == language) {
                continue;
            }
            voices.push(VoiceChoice {
                id: language.to_string(),
                label: name.replace('_', " "),
            });
        }
        // The same two accents in a higher voice.
        for (base, label) in [
            ("en-us", "English (America), higher"),
            ("en-gb", "English (Great Britain), higher"),
        ] {
            if voices.iter().any(|v| v.id == base) {
                voices.push(VoiceChoice {
                    id: format!("{base}+f3"),
                    label: label.into(),
                });
            }
        }
        let default = default_voice(language);
        voices.sort_by_key(|v| v.id != default);
        Ok(voices)
    }

    fn render(
        &mut self,
        text: &str,
        voice: &str,
        language: &str,
        wpm: u32,
        timeout: Duration,
    ) -> Result<Rendered, VoiceError> {
        let voice = if voice.is_empty() {
            default_voice(language)
        } else {
            voice
        };
        let wpm = wpm.to_string();
        let out = self.run(
            &["-v", voice, "-s", &wpm, "--stdin", "--stdout"],
            text,
            timeout,
        )?;
        parse_wav(&out).map_err(|why| VoiceError::Garbage {
            engine: NAME.into(),
            why,
        })
    }
}
