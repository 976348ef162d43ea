//! Files of JSON lines that are only ever appended to (the history, the
//! reminder ledger): one whole line per write, under a file lock, fsynced
//! before the write returns; a line torn by a crash is followed by a fresh
//! one, never glued to it.

use std::fs::{File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::Path;

/// Appends `json` (one line's worth, without its line end) to `path`,
/// creating the file and its folder if needed. Returns once it is on disk.
pub fn append(path: &Path, json: Vec<u8>) -> io::Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let is_new = !path.exists();
    let mut file = OpenOptions::new()
        .read(true)
        .append(true)
        .create(true)
        .open(path)?;
    lock(&file, Lock::Exclusive)?;
    let result = write_line(&mut file, json);
    // Dropping the file releases the lock as well; this is only tidier.
    let _ = file.unlock();
    result?;
    if is_new {
        sync_dir(path);
    }
    Ok(())
}

/// The whole file (empty if there is none), read under a shared lock so
/// that a half-written line is only ever seen after a crash.
pub fn read(path: &Path) -> io::Result<Vec<u8>> {
    let mut file = match File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e),
    };
    lock(&file, Lock::Shared)?;
    let mut bytes = Vec::new();
    let read = file.read_to_end(&mut bytes);
    let _ = file.unlock();
    read?;
    Ok(bytes)
}

/// Under the lock: start a fresh line if the file ends in a torn one, write
/// the line in one call, and wait for the disk.
fn write_line(file: &mut File, json: Vec<u8>) -> io::Result<()> {
    let len = file.seek(SeekFrom::End(0))?;
    let mut line = Vec::with_capacity(json.len() + 2);
    if len > 0 {
        file.seek(SeekFrom::End(-1))?;
        let mut last = [0u8];
        file.read_exact(&mut last)?;
        if last[0] != b'\n' {
            line.push(b'\n');
        }
    }
    line.extend_from_slice(&json);
    line.push(b'\n');
    file.write_all(&line)?;
    file.flush()?;
    file.sync_all()
}

/// Makes a newly created file's name durable too (Unix; elsewhere a no-op).
fn sync_dir(path: &Path) {
    #[cfg(unix)]
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && let Ok(d) = File::open(dir)
    {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = path;
}

enum Lock {
    Shared,
    Exclusive,
}

/// Takes the lock, waiting for another instance to finish. A file system
/// without locks (some network shares) is used without one: appends are
/// still whole lines.
fn lock(file: &File, kind: Lock) -> io::Result<()> {
    let result = match kind {
        Lock::Shared => file.lock_shared(),
        Lock::Exclusive => file.lock(),
    };
    match result {
        Err(e) if e.kind() == io::ErrorKind::Unsupported => Ok(()),
        other => other,
    }
}
