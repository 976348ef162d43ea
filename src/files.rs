//! Writing files so that a crash never leaves half of one: the new content
//! goes to a temporary file beside the target, is flushed to disk, then
//! renamed over the target in one step.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Replaces `path` with `bytes` atomically, creating its folder if needed.
/// Readers see the old file or the new one, never a mix.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    fs::create_dir_all(dir)?;
    let temp = temp_path(path)?;
    let written = (|| {
        let mut f = File::create(&temp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        fs::rename(&temp, path)?;
        sync_dir(dir)
    })();
    if written.is_err() {
        let _ = fs::remove_file(&temp);
    }
    written
}

/// `dir/BASE.EXT`, or `dir/BASE-2.EXT` and so on: the first name no file
/// has, so a new export never replaces an older one.
pub fn free_path(dir: &Path, base: &str, ext: &str) -> PathBuf {
    (1..)
        .map(|n| match n {
            1 => dir.join(format!("{base}.{ext}")),
            n => dir.join(format!("{base}-{n}.{ext}")),
        })
        .find(|p| !p.exists())
        .expect("some name is free")
}

/// The temporary file for `path`: hidden, and not ending in the target's
/// extension, so folder scans (e.g. for `*.ron`) never pick it up.
fn temp_path(path: &Path) -> io::Result<PathBuf> {
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "the path has no file name"))?;
    Ok(path.with_file_name(format!(
        ".{}.{}.tmp",
        name.to_string_lossy(),
        std::process::id()
    )))
}

/// Makes the rename itself durable (on Unix a folder is synced by opening
/// it; elsewhere this is not possible and not needed).
fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        File::open(dir)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok(())
    }
}

/// A file Limber could not read or write: which, what kind of failure, and
/// the system's words for it. Cloneable, so it can travel in the window's
/// messages; shown as `PATH: REASON`.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}: {reason}", path.display())]
pub struct FileError {
    pub path: PathBuf,
    pub kind: io::ErrorKind,
    pub reason: String,
}

impl FileError {
    pub fn new(path: &Path, error: &io::Error) -> FileError {
        FileError {
            path: path.to_path_buf(),
            kind: error.kind(),
            reason: error.to_string(),
        }
    }

    /// For `map_err`: `write_atomic(&p, b).map_err(FileError::at(&p))`.
    pub fn at(path: &Path) -> impl FnOnce(io::Error) -> FileError + '_ {
        move |error| FileError::new(path, &error)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_creates_folders_and_replaces() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a/b/file.ron");
        write_atomic(&path, b"one").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"one");
        write_atomic(&path, b"two").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two");
        // No temporary file is left behind.
        let names: Vec<_> = fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["file.ron"]);
    }

    #[test]
    fn a_failed_write_leaves_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("file.ron");
        write_atomic(&path, b"old").unwrap();
        // A folder where the temporary file should go makes the write fail.
        fs::create_dir(temp_path(&path).unwrap()).unwrap();
        assert!(write_atomic(&path, b"new").is_err());
        assert_eq!(fs::read(&path).unwrap(), b"old");
    }

    #[test]
    fn temporary_files_are_hidden_and_not_ron() {
        let t = temp_path(Path::new("/x/my.ron")).unwrap();
        let name = t.file_name().unwrap().to_string_lossy().into_owned();
        assert!(name.starts_with('.') && name.ends_with(".tmp"), "{name}");
    }
}
