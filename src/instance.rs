//! Which Limber processes are running, and what one asks of another.
//!
//! The window and the reminder service each hold a lock file in the data
//! folder's `run/` for as long as they run (the system drops it when a
//! process ends, even killed), so there is one service at a time and the
//! service can tell whether a window is open. The service asks an open
//! window to show a routine by writing a small request file there, which
//! the window watches; with no window open it starts one instead. Anyone
//! can ask the service to quit (`limber background --quit`, the Windows
//! installer before it removes the program) with a file it watches.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use serde::{Deserialize, Serialize};

use crate::files::{FileError, write_atomic};
use crate::paths::Paths;

/// The kinds of Limber process that must not run twice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// The window (`limber`, `limber play`).
    Window,
    /// The reminder service (`limber background`).
    Service,
    /// A routine playing in the window: held while it runs, so that the
    /// service offers no movement break then.
    Routine,
}

impl Role {
    fn file(self) -> &'static str {
        match self {
            Role::Window => "window.lock",
            Role::Service => "service.lock",
            Role::Routine => "routine.lock",
        }
    }
}

fn run_dir(paths: &Paths) -> PathBuf {
    paths.data.join("run")
}

/// The lock of a running process; released when dropped or when the
/// process ends.
#[derive(Debug)]
pub struct Running(#[allow(dead_code)] File);

/// Takes the lock for `role`; `Ok(None)` if another process holds it.
pub fn claim(paths: &Paths, role: Role) -> Result<Option<Running>, FileError> {
    let path = run_dir(paths).join(role.file());
    let file = open_lock(&path)?;
    match file.try_lock() {
        Ok(()) => Ok(Some(Running(file))),
        Err(TryLockError::WouldBlock) => Ok(None),
        // A file system without locks: act as the only one.
        Err(TryLockError::Error(e)) if e.kind() == std::io::ErrorKind::Unsupported => {
            Ok(Some(Running(file)))
        }
        Err(TryLockError::Error(e)) => Err(FileError::new(&path, &e)),
    }
}

/// Whether a process holds the lock for `role` now.
pub fn is_running(paths: &Paths, role: Role) -> bool {
    let path = run_dir(paths).join(role.file());
    let Ok(file) = open_lock(&path) else {
        return false;
    };
    matches!(file.try_lock(), Err(TryLockError::WouldBlock))
}

fn open_lock(path: &Path) -> Result<File, FileError> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(FileError::at(dir))?;
    }
    OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)
        .map_err(FileError::at(path))
}

/// What the service asks of an open window.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Request {
    /// Show this routine's player, ready to start.
    Play(String),
    /// Come to the front.
    Open,
}

/// Requests older than this are stale (the window that should have taken
/// them closed meanwhile) and are dropped unread.
pub const REQUEST_TTL: Duration = Duration::from_secs(60);

/// The folder an open window watches for requests.
pub fn requests_dir(paths: &Paths) -> PathBuf {
    run_dir(paths).join("requests")
}

/// Leaves a request for the window (atomically: it never sees half).
pub fn send(paths: &Paths, request: &Request) -> Result<PathBuf, FileError> {
    let stamp = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap_or_default()
        .as_nanos();
    let path = requests_dir(paths).join(format!("{stamp}-{}.ron", std::process::id()));
    let text = ron::to_string(request).expect("a request always serializes");
    write_atomic(&path, text.as_bytes()).map_err(FileError::at(&path))?;
    Ok(path)
}

/// Takes the waiting requests, oldest first, removing their files; stale
/// or unreadable ones are removed unread.
pub fn take(paths: &Paths, now: SystemTime) -> Vec<Request> {
    let dir = requests_dir(paths);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for path in files {
        let fresh = std::fs::metadata(&path)
            .and_then(|m| m.modified())
            .is_ok_and(|t| now.duration_since(t).unwrap_or_default() < REQUEST_TTL);
        let request = std::fs::read_to_string(&path)
            .ok()
            .and_then(|text| ron::from_str::<Request>(&text).ok());
        // Removed first, so that a second window never takes it too.
        if std::fs::remove_file(&path).is_ok()
            && fresh
            && let Some(r) = request
        {
            out.push(r);
        }
    }
    out
}

/// The folder the reminder service watches for being asked to quit.
pub fn service_requests_dir(paths: &Paths) -> PathBuf {
    run_dir(paths).join("service")
}

fn quit_file(paths: &Paths) -> PathBuf {
    service_requests_dir(paths).join("quit")
}

/// What became of asking the service to quit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stopped {
    /// It was running and has ended.
    Stopped,
    /// None was running.
    NotRunning,
    /// It still runs after the wait.
    StillRunning,
}

/// Asks the running reminder service to quit and waits up to `wait` for
/// it to end (its lock to be let go).
pub fn stop_service(paths: &Paths, wait: Duration) -> Result<Stopped, FileError> {
    if !is_running(paths, Role::Service) {
        return Ok(Stopped::NotRunning);
    }
    let path = quit_file(paths);
    write_atomic(&path, b"").map_err(FileError::at(&path))?;
    let deadline = Instant::now() + wait;
    loop {
        if !is_running(paths, Role::Service) {
            let _ = std::fs::remove_file(&path);
            return Ok(Stopped::Stopped);
        }
        if Instant::now() >= deadline {
            return Ok(Stopped::StillRunning);
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Whether the service has been asked to quit; takes the request.
pub fn quit_requested(paths: &Paths) -> bool {
    std::fs::remove_file(quit_file(paths)).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_holder_at_a_time_and_released_when_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let paths = Paths::under(dir.path());
        assert!(!is_running(&paths, Role::Service));
        let first = claim(&paths, Role::Service).unwrap().expect("free");
        assert!(is_running(&paths, Role::Service));
        assert!(claim(&paths, Role::Service).unwrap().is_none(), "held");
        assert!(!is_running(&paths, Role::Window), "another role");
        drop(first);
        assert!(!is_running(&paths, Role::Service));
        assert!(claim(&paths, Role::Service).unwrap().is_some());
    }

    #[test]
    fn a_service_asked_to_quit_is_waited_for() {
        let dir = tempfile::tempdir().unwrap();
        let paths = Paths::under(dir.path());
        assert_eq!(
            stop_service(&paths, Duration::from_secs(1)).unwrap(),
            Stopped::NotRunning
        );
        assert!(!quit_requested(&paths), "nothing asked when none runs");
        // A stand-in service: holds the lock until asked to quit.
        let held = claim(&paths, Role::Service).unwrap().expect("free");
        let service_paths = paths.clone();
        let service = std::thread::spawn(move || {
            while !quit_requested(&service_paths) {
                std::thread::sleep(Duration::from_millis(10));
            }
            drop(held);
        });
        assert_eq!(
            stop_service(&paths, Duration::from_secs(30)).unwrap(),
            Stopped::Stopped
        );
        service.join().unwrap();
        assert!(!is_running(&paths, Role::Service));
        // One that does not listen: said, and the request waits for it.
        let _deaf = claim(&paths, Role::Service).unwrap().expect("free");
        assert_eq!(
            stop_service(&paths, Duration::from_millis(100)).unwrap(),
            Stopped::StillRunning
        );
        assert!(quit_requested(&paths), "the request stays");
    }

    #[test]
    fn requests_are_taken_once_in_order_and_stale_ones_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let paths = Paths::under(dir.path());
        send(&paths, &Request::Play("sciatica-relief".into())).unwrap();
        std::thread::sleep(Duration::from_millis(2));
        send(&paths, &Request::Open).unwrap();
        std::fs::write(requests_dir(&paths).join("0-junk.ron"), "not a request").unwrap();
        let now = SystemTime::now();
        assert_eq!(
            take(&paths, now),
            [Request::Play("sciatica-relief".into()), Request::Open]
        );
        assert!(take(&paths, now).is_empty(), "taken once");
        send(&paths, &Request::Open).unwrap();
        assert!(take(&paths, now + REQUEST_TTL * 2).is_empty(), "stale");
        assert_eq!(std::fs::read_dir(requests_dir(&paths)).unwrap().count(), 0);
    }
}
