//! Writing files so that a crash never leaves half of one: the new content
//! goes to a temporary file beside the target, is flushed to disk, then
//! renamed over the target in one step.
//!
//! On Windows, std's rename replaces the target with `MoveFileExW`
//! (`MOVEFILE_REPLACE_EXISTING`) and, when that is refused because the
//! target is open, again with POSIX semantics, which works while Limber's
//! own readers have it open (std opens files sharing delete access). A
//! program that holds the file without sharing delete access (a virus
//! scanner or the search indexer having a look) still makes it fail for a
//! moment: the rename is tried again for up to a second.

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
        drop(f);
        replace(&temp, path)?;
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
    let name = path.file_name().ok_or_else(|| {
        io::Error::new(
            io::ErrorKind::InvalidInput,
            crate::tr!("error-path-no-file-name"),
        )
    })?;
    Ok(path.with_file_name(format!(
        ".{}.{}.tmp",
        name.to_string_lossy(),
        std::process::id()
    )))
}

/// Renames `from` over `to`, waiting out a brief hold on `to` (Windows).
fn replace(from: &Path, to: &Path) -> io::Result<()> {
    #[cfg(windows)]
    {
        use std::time::{Duration, Instant};
        let give_up = Instant::now() + HELD_FOR;
        let mut wait = Duration::from_millis(5);
        loop {
            match fs::rename(from, to) {
                Err(e) if held_open(&e) && Instant::now() < give_up => {
                    std::thread::sleep(wait);
                    wait = (wait * 2).min(Duration::from_millis(100));
                }
                done => return done,
            }
        }
    }
    #[cfg(not(windows))]
    fs::rename(from, to)
}

/// How long another program may hold the target before the write fails.
#[cfg(windows)]
const HELD_FOR: std::time::Duration = std::time::Duration::from_secs(1);

/// ERROR_ACCESS_DENIED or ERROR_SHARING_VIOLATION: someone has the target
/// open without sharing delete access.
#[cfg(windows)]
fn held_open(e: &io::Error) -> bool {
    matches!(e.raw_os_error(), Some(5 | 32))
}

/// Makes the rename itself durable (on Unix a folder is synced by opening
/// it). Windows cannot open a folder for flushing; NTFS journals the
/// rename itself, and the content was flushed before it, so after a crash
/// the file is the old one or the new one, whole.
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

    /// On Windows, a save while another program has the file open: one
    /// that shares delete access (as std's `File::open` does) is replaced
    /// at once on Windows 10 and later (POSIX rename semantics; wine and
    /// older file systems wait for it instead); one that does not is
    /// waited for; a hold longer than that fails the save and leaves the
    /// old file, with no temporary file behind.
    #[cfg(windows)]
    #[test]
    fn a_file_held_open_elsewhere_is_replaced_or_waited_for() {
        use std::os::windows::fs::OpenOptionsExt;
        use std::time::{Duration, Instant};
        const FILE_SHARE_READ: u32 = 1;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.ron");
        write_atomic(&path, b"one").unwrap();
        let hold_for = |file: File, time: Duration| {
            std::thread::spawn(move || {
                std::thread::sleep(time);
                drop(file);
            })
        };

        let reader = hold_for(File::open(&path).unwrap(), Duration::from_millis(200));
        write_atomic(&path, b"two").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two");
        reader.join().unwrap();

        let unshared = || {
            fs::OpenOptions::new()
                .read(true)
                .share_mode(FILE_SHARE_READ)
                .open(&path)
                .unwrap()
        };
        let holder = hold_for(unshared(), Duration::from_millis(200));
        let t = Instant::now();
        write_atomic(&path, b"three").unwrap();
        assert!(t.elapsed() >= Duration::from_millis(150), "it waited");
        holder.join().unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"three");

        let held = unshared();
        let err = write_atomic(&path, b"four").unwrap_err();
        assert!(held_open(&err), "{err}");
        drop(held);
        assert_eq!(fs::read(&path).unwrap(), b"three");
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["settings.ron"], "no temporary file is left");
    }

    #[test]
    fn temporary_files_are_hidden_and_not_ron() {
        let t = temp_path(Path::new("/x/my.ron")).unwrap();
        let name = t.file_name().unwrap().to_string_lossy().into_owned();
        assert!(name.starts_with('.') && name.ends_with(".tmp"), "{name}");
    }
}
