//! Watching the user's routines folder, so a file saved in a text editor
//! shows up in the library within a second.

use std::path::PathBuf;
use std::time::Duration;

use iced::futures::channel::mpsc;
use iced::futures::{SinkExt, Stream, StreamExt};
use notify::{RecursiveMode, Watcher};

/// Editors save in several steps (write a temp file, rename, touch):
/// changes closer together than this become one reload.
const SETTLE: Duration = Duration::from_millis(200);

/// Yields once per burst of changes in `dir` (created if missing). If the
/// folder cannot be watched, the stream stays silent: the library can
/// still be reloaded by reopening the app.
pub fn changes(dir: PathBuf) -> impl Stream<Item = ()> {
    iced::stream::channel(4, async move |mut output: mpsc::Sender<()>| {
        let (tx, mut rx) = mpsc::unbounded();
        let watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
            // Reads and metadata-only events do not change what loads.
            if event.is_ok_and(|e| !e.kind.is_access()) {
                let _ = tx.unbounded_send(());
            }
        });
        let _ = std::fs::create_dir_all(&dir);
        let mut watcher = match watcher {
            Ok(w) => w,
            Err(_) => return,
        };
        if watcher.watch(&dir, RecursiveMode::NonRecursive).is_err() {
            return;
        }
        while rx.next().await.is_some() {
            tokio::time::sleep(SETTLE).await;
            while rx.try_recv().is_ok() {}
            if output.send(()).await.is_err() {
                break;
            }
        }
        drop(watcher);
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
