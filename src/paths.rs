//! Where Limber keeps its files.
//!
//! `LIMBER_HOME=DIR` puts everything under `DIR/config` and `DIR/data`
//! (portable use, tests); otherwise the platform's usual places are used
//! (on Linux `~/.config/limber` and `~/.local/share/limber`).

use std::path::{Path, PathBuf};

/// No home folder could be found for Limber's files.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NoHome;

impl std::fmt::Display for NoHome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::tr!("error-no-home"))
    }
}

impl std::error::Error for NoHome {}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paths {
    pub config: PathBuf,
    pub data: PathBuf,
    /// Where history exports go: the documents folder, or `DIR/exports`
    /// under `LIMBER_HOME` (which keeps every file Limber writes under it).
    pub exports: PathBuf,
    /// What can be made again (the voice's phrases): the platform's cache
    /// folder (`~/.cache/limber` on Linux), or `DIR/cache`.
    pub cache: PathBuf,
}

/// `LIMBER_HOME=DIR`, when it is set (and not empty).
pub fn limber_home() -> Option<PathBuf> {
    std::env::var_os("LIMBER_HOME")
        .filter(|home| !home.is_empty())
        .map(PathBuf::from)
}

impl Paths {
    /// Reads `LIMBER_HOME`, falling back to the platform's directories.
    pub fn from_env() -> Option<Paths> {
        match limber_home() {
            Some(home) => Some(Paths::under(&home)),
            None => {
                let dirs = directories::ProjectDirs::from("", "", "Limber")?;
                let data = dirs.data_dir().to_path_buf();
                let exports = directories::UserDirs::new()
                    .and_then(|d| d.document_dir().map(Path::to_path_buf))
                    .unwrap_or_else(|| data.clone());
                Some(Paths {
                    config: dirs.config_dir().to_path_buf(),
                    cache: dirs.cache_dir().to_path_buf(),
                    data,
                    exports,
                })
            }
        }
    }

    /// [`Paths::from_env`], or why not.
    pub fn find() -> Result<Paths, NoHome> {
        Paths::from_env().ok_or(NoHome)
    }

    /// Everything under one folder.
    pub fn under(home: &Path) -> Paths {
        Paths {
            config: home.join("config"),
            data: home.join("data"),
            exports: home.join("exports"),
            cache: home.join("cache"),
        }
    }

    /// The user's own routines (and edited copies of bundled ones).
    pub fn routines(&self) -> PathBuf {
        self.config.join("routines")
    }

    pub fn settings(&self) -> PathBuf {
        self.config.join("settings.ron")
    }

    pub fn history(&self) -> PathBuf {
        self.data.join("history.jsonl")
    }

    /// What became of each reminder (see `reminders::ledger`).
    pub fn plan(&self) -> PathBuf {
        self.data.join("plan.jsonl")
    }
    /// What became of each movement break (see `breaks::ledger`).
    pub fn breaks(&self) -> PathBuf {
        self.data.join("breaks.jsonl")
    }

    /// Rendered phrases of the voice.
    pub fn voice_cache(&self) -> PathBuf {
        self.cache.join("voice")
    }

    /// What the app remembers between runs (see `state.rs`).
    pub fn state(&self) -> PathBuf {
        self.data.join("state.ron")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn everything_lives_under_home() {
        let p = Paths::under(Path::new("/tmp/x"));
        assert_eq!(p.routines(), Path::new("/tmp/x/config/routines"));
        assert_eq!(p.settings(), Path::new("/tmp/x/config/settings.ron"));
        assert_eq!(p.history(), Path::new("/tmp/x/data/history.jsonl"));
        assert_eq!(p.exports, Path::new("/tmp/x/exports"));
        assert_eq!(p.voice_cache(), Path::new("/tmp/x/cache/voice"));
    }
}
