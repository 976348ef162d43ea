//! Rendered phrases kept on disk, one WAV file each, named by a hash of
//! everything that makes the sound: the engine, the voice, the speed and
//! the text. A file that cannot be read is rendered again.

use std::path::{Path, PathBuf};

use super::engine::{Rendered, parse_wav, wav_bytes};

/// What makes a phrase sound as it does.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PhraseKey {
    pub engine: &'static str,
    pub voice: String,
    pub wpm: u32,
    pub text: String,
}

impl PhraseKey {
    /// A number for the phrase, the same in every run and on every
    /// platform (FNV-1a over the parts), used for its file and by the audio.
    pub fn id(&self) -> u64 {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        let wpm = self.wpm.to_string();
        for part in [self.engine, &self.voice, &wpm, &self.text] {
            for b in part.bytes().chain([0u8]) {
                h ^= u64::from(b);
                h = h.wrapping_mul(0x0100_0000_01b3);
            }
        }
        h
    }
}

/// The phrase cache folder.
#[derive(Clone, Debug)]
pub struct Cache {
    dir: Option<PathBuf>,
}

impl Cache {
    /// `dir`: where to keep phrases; `None` keeps nothing.
    pub fn new(dir: Option<PathBuf>) -> Cache {
        Cache { dir }
    }

    fn file(&self, key: &PhraseKey) -> Option<PathBuf> {
        Some(self.dir.as_ref()?.join(format!("{:016x}.wav", key.id())))
    }

    /// The phrase, if it was kept and reads back whole.
    pub fn load(&self, key: &PhraseKey) -> Option<Rendered> {
        let bytes = std::fs::read(self.file(key)?).ok()?;
        parse_wav(&bytes).ok().filter(|r| !r.samples.is_empty())
    }

    /// Keeps the phrase (atomically; a failure only costs a render later).
    pub fn store(&self, key: &PhraseKey, phrase: &Rendered) -> Result<(), String> {
        let Some(path) = self.file(key) else {
            return Ok(());
        };
        write(&path, &wav_bytes(phrase)).map_err(|e| format!("{}: {e}", path.display()))
    }
}

fn write(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    crate::files::write_atomic(path, bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(text: &str) -> PhraseKey {
        PhraseKey {
            engine: "espeak-ng",
            voice: "en-us".into(),
            wpm: 170,
            text: text.into(),
        }
    }

    #[test]
    fn each_part_of_the_key_changes_the_id_and_ids_are_stable() {
        let k = key("Halfway");
        assert_eq!(k.id(), key("Halfway").id());
        assert_ne!(k.id(), key("Halfway.").id());
        assert_ne!(
            k.id(),
            PhraseKey {
                wpm: 171,
                ..k.clone()
            }
            .id()
        );
        assert_ne!(
            k.id(),
            PhraseKey {
                voice: "en-gb".into(),
                ..k.clone()
            }
            .id()
        );
        // "en" + "-us" must not read as "en-" + "us".
        let a = PhraseKey {
            voice: "a".into(),
            text: "bc".into(),
            ..k.clone()
        };
        let b = PhraseKey {
            voice: "ab".into(),
            text: "c".into(),
            ..k.clone()
        };
        assert_ne!(a.id(), b.id());
        // Fixed: the file names of a cache must not change between runs.
        assert_eq!(key("").id(), 0x0cef_fe77_24a1_6054, "{:x}", key("").id());
    }

    #[test]
    fn a_kept_phrase_comes_back_and_a_damaged_one_is_a_miss() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::new(Some(dir.path().join("voice")));
        let r = Rendered {
            rate: 22_050,
            samples: vec![0, 1000, -1000, 5],
        };
        assert_eq!(cache.load(&key("x")), None);
        cache.store(&key("x"), &r).unwrap();
        assert_eq!(cache.load(&key("x")), Some(r));
        std::fs::write(cache.file(&key("x")).unwrap(), b"garbage").unwrap();
        assert_eq!(cache.load(&key("x")), None);
    }
}
