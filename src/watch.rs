//! Watching a folder: the routines folder, so a file saved in a text
//! editor shows up in the library within a second; the config folder, so
//! the reminder service hears of changed settings; the window's requests.

use std::path::PathBuf;
use std::time::Duration;

use futures_util::Stream;
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
/// be watched are left out.
pub fn changes_in(dirs: Vec<PathBuf>) -> impl Stream<Item = ()> + Send + 'static {
    struct Watching {
        dirs: Vec<PathBuf>,
        /// Made on the first poll, inside the runtime, and dropped with
        /// the stream.
        watcher: Option<notify::RecommendedWatcher>,
        rx: Option<mpsc::UnboundedReceiver<()>>,
    }
    let start = Watching {
        dirs,
        watcher: None,
        rx: None,
    };
    futures_util::stream::unfold(start, |mut w| async move {
        if w.watcher.is_none() {
            let (tx, rx) = mpsc::unbounded_channel();
            let watcher =
                notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
                    // Reads and metadata-only events do not change what loads.
                    if event.is_ok_and(|e| !e.kind.is_access()) {
                        let _ = tx.send(());
                    }
                });
            let mut watcher = watcher.ok()?;
            let mut watching = 0;
            for dir in &w.dirs {
                let _ = std::fs::create_dir_all(dir);
                if watcher.watch(dir, RecursiveMode::NonRecursive).is_ok() {
                    watching += 1;
                }
            }
            if watching == 0 {
                return None;
            }
            w.watcher = Some(watcher);
            w.rx = Some(rx);
        }
        let rx = w.rx.as_mut()?;
        rx.recv().await?;
        tokio::time::sleep(SETTLE).await;
        while rx.try_recv().is_ok() {}
        Some(((), w))
    })
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
}
