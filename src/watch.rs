//! Watching a folder: the routines folder, so a file saved in a text
//! editor shows up in the library within a second; the config folder, so
//! the reminder service hears of changed settings; the window's requests.

use std::path::PathBuf;
use std::time::Duration;

use futures_util::{Stream, StreamExt};
use notify::{RecursiveMode, Watcher};
use tokio::sync::mpsc;

/// Editors save in several steps (write a temp file, rename, touch):
/// changes closer together than this become one reload.
const SETTLE: Duration = Duration::from_millis(200);

/// Yields once per burst of changes in `dir` (created if missing). If the
/// folder cannot be watched, the stream stays silent: the library can
/// still be reloaded by reopening the app.
pub fn changes(dir: PathBuf) -> impl Stream<Item = ()> + Send + 'static {
    changes_in(vec![dir])
}

/// Like [`changes`], for several folders with one watcher (one thread):
/// yields once per burst of changes in any of them. Folders that cannot
/// be watched are left out. The watcher starts on the first poll; use
/// [`Watch::start`] where changes made before then must be seen.
pub fn changes_in(dirs: Vec<PathBuf>) -> impl Stream<Item = ()> + Send + 'static {
    futures_util::stream::once(async move { Watch::start(&dirs) })
        .filter_map(std::future::ready)
        .flat_map(Watch::into_changes)
}

/// Like [`changes`], but yields once more as soon as the watcher runs, so
/// whatever was already in `dir` is looked at with nothing missed between
/// that look and the watch (the window's requests: one may be written
/// while it starts).
pub fn now_and_changes(dir: PathBuf) -> impl Stream<Item = ()> + Send + 'static {
    futures_util::stream::once(async move { Watch::start(&[dir]) })
        .filter_map(std::future::ready)
        .flat_map(|w| futures_util::stream::once(std::future::ready(())).chain(w.into_changes()))
}

/// A watcher that is already watching: every change from its start on is
/// seen, however late its stream is first polled.
pub struct Watch {
    /// Kept for as long as the stream lives: dropping it stops the watch.
    _watcher: notify::RecommendedWatcher,
    /// The paths each change was about.
    rx: mpsc::UnboundedReceiver<Vec<PathBuf>>,
    /// The folders that could not be watched.
    pub unwatched: Vec<PathBuf>,
}

impl Watch {
    /// Watches `dirs` (each created if missing) from now on; `None` when
    /// none of them can be watched.
    pub fn start(dirs: &[PathBuf]) -> Option<Watch> {
        let (tx, rx) = mpsc::unbounded_channel();
        let mut watcher =
            notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
                // Reads and metadata-only events do not change what loads.
                if let Ok(e) = event
                    && !e.kind.is_access()
                {
                    let _ = tx.send(e.paths);
                }
            })
            .ok()?;
        let mut unwatched = Vec::new();
        for dir in dirs {
            let _ = std::fs::create_dir_all(dir);
            if watcher.watch(dir, RecursiveMode::NonRecursive).is_err() {
                unwatched.push(dir.clone());
            }
        }
        (unwatched.len() < dirs.len()).then_some(Watch {
            _watcher: watcher,
            rx,
            unwatched,
        })
    }

    /// One item per burst of changes.
    pub fn into_changes(self) -> impl Stream<Item = ()> + Send + 'static {
        self.into_changed_paths().map(|_| ())
    }

    /// One item per burst of changes: the paths changed in it (a path may
    /// come more than once; a change the watcher could not place, none).
    pub fn into_changed_paths(self) -> impl Stream<Item = Vec<PathBuf>> + Send + 'static {
        futures_util::stream::unfold(self, |mut w| async move {
            let mut paths = w.rx.recv().await?;
            tokio::time::sleep(SETTLE).await;
            while let Ok(more) = w.rx.try_recv() {
                paths.extend(more);
            }
            Some((paths, w))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use futures_util::StreamExt;

    /// Waits up to `limit` for the stream's next item.
    async fn next_within(stream: &mut (impl Stream<Item = ()> + Unpin), limit: Duration) -> bool {
        tokio::time::timeout(limit, stream.next()).await.is_ok()
    }

    #[tokio::test]
    async fn a_saved_file_is_noticed_once_per_burst() {
        let dir = tempfile::tempdir().unwrap();
        let mut stream = Box::pin(changes(dir.path().to_path_buf()));
        // Give the watcher a moment to start before the first write.
        assert!(!next_within(&mut stream, Duration::from_millis(300)).await);
        for i in 0..5 {
            std::fs::write(dir.path().join("mine.ron"), format!("({i})")).unwrap();
        }
        assert!(
            next_within(&mut stream, Duration::from_secs(2)).await,
            "no change seen"
        );
        // The burst was one reload.
        assert!(!next_within(&mut stream, Duration::from_millis(500)).await);
        std::fs::remove_file(dir.path().join("mine.ron")).unwrap();
        assert!(
            next_within(&mut stream, Duration::from_secs(2)).await,
            "removal not seen"
        );
    }

    #[tokio::test]
    async fn one_watcher_sees_each_of_its_folders() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a"), dir.path().join("b"));
        let mut stream = Box::pin(changes_in(vec![a.clone(), b.clone()]));
        assert!(!next_within(&mut stream, Duration::from_millis(300)).await);
        assert!(a.is_dir() && b.is_dir(), "made when missing");
        std::fs::write(b.join("quit"), "").unwrap();
        assert!(
            next_within(&mut stream, Duration::from_secs(2)).await,
            "the second folder's change not seen"
        );
        std::fs::write(a.join("settings.ron"), "()").unwrap();
        assert!(
            next_within(&mut stream, Duration::from_secs(2)).await,
            "the first folder's change not seen"
        );
    }

    #[tokio::test]
    async fn a_started_watch_sees_changes_made_before_its_first_poll() {
        let dir = tempfile::tempdir().unwrap();
        let watch = Watch::start(&[dir.path().to_path_buf()]).unwrap();
        std::fs::write(dir.path().join("quit"), "").unwrap();
        let mut stream = Box::pin(watch.into_changes());
        assert!(
            next_within(&mut stream, Duration::from_secs(2)).await,
            "a change before the first poll was lost"
        );
    }

    #[test]
    fn nothing_to_watch_is_none() {
        let file = tempfile::NamedTempFile::new().unwrap();
        // A folder cannot be made inside a file.
        assert!(Watch::start(&[file.path().join("sub")]).is_none());
    }

    #[tokio::test]
    async fn now_and_changes_looks_once_then_per_change() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("request"), "").unwrap();
        let mut stream = Box::pin(now_and_changes(dir.path().to_path_buf()));
        assert!(
            next_within(&mut stream, Duration::from_secs(2)).await,
            "no first look"
        );
        assert!(!next_within(&mut stream, Duration::from_millis(300)).await);
        std::fs::write(dir.path().join("another"), "").unwrap();
        assert!(
            next_within(&mut stream, Duration::from_secs(2)).await,
            "a change after the first look not seen"
        );
    }
}
