//! Blocking work (file reads and writes) run away from the UI thread, on
//! tokio's blocking pool, so the window never stalls on a slow disk.

use iced::Task;

/// Runs `work` on the blocking pool and gives its result back.
pub async fn off_thread<T, E>(work: impl FnOnce() -> Result<T, E> + Send + 'static) -> Result<T, E>
where
    T: Send + 'static,
    E: Send + 'static,
{
    match tokio::task::spawn_blocking(work).await {
        Ok(result) => result,
        Err(e) => match e.try_into_panic() {
            // A panic in file work is a bug, not a file problem: let it show.
            Ok(panic) => std::panic::resume_unwind(panic),
            // Cancelled: the runtime is shutting down with the window.
            Err(_) => std::future::pending().await,
        },
    }
}

/// [`off_thread`] as a task for the window's runtime.
pub fn blocking<T, E>(work: impl FnOnce() -> Result<T, E> + Send + 'static) -> Task<Result<T, E>>
where
    T: Send + 'static,
    E: Send + 'static,
{
    Task::future(off_thread(work))
}
