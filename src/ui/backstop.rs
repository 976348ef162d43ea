//! The backstop for the player's wake-ups when the window gets no redraws.
//!
//! Ticks normally come from redraws (`widgets::pulse`): cheap, on the UI
//! thread. But a minimized or hidden window gets no redraws on Wayland,
//! macOS or Windows, and the countdown and its cues must go on: people
//! follow a routine by ear. This timer on the async worker wakes a little
//! after each wake-up the app asked for and, if no tick has come since,
//! ticks itself. While ticks come on time it costs one worker wake-up per
//! tick and sends nothing.

use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use iced::futures::Stream;

/// How late a wake-up may be before the backstop ticks. Cues are handed to
/// the audio thread 1.2 s ahead, so a tick this late loses none.
pub const GRACE: Duration = Duration::from_millis(100);

/// The player's next wake-up, shared between the app and the timer.
#[derive(Clone, Debug, Default)]
pub struct Backstop(Arc<Mutex<Option<Instant>>>);

impl Backstop {
    /// What the player waits for now (`None`: nothing, paused or idle).
    pub fn set(&self, next: Option<Instant>) {
        *self.0.lock().unwrap_or_else(PoisonError::into_inner) = next;
    }

    fn next(&self) -> Option<Instant> {
        *self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Yields once for each wake-up that passed by `GRACE` with no new
    /// one set (no tick came). Must run inside tokio.
    pub fn missed(self) -> impl Stream<Item = ()> + Send + 'static {
        iced::futures::stream::unfold((self, None), |(backstop, mut fired)| async move {
            loop {
                match backstop.next() {
                    Some(at) if Some(at) != fired => {
                        tokio::time::sleep_until((at + GRACE).into()).await;
                        if backstop.next() == Some(at) {
                            fired = Some(at);
                            return Some(((), (backstop, fired)));
                        }
                    }
                    // Waiting for the app to take the last one, or for a
                    // wake-up to be set again.
                    _ => tokio::time::sleep(GRACE).await,
                }
            }
        })
    }
}

/// One backstop per app: it is its own subscription's identity.
impl Hash for Backstop {
    fn hash<H: Hasher>(&self, state: &mut H) {
        Arc::as_ptr(&self.0).hash(state);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use iced::futures::StreamExt;

    fn runtime() -> tokio::runtime::Runtime {
        tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .unwrap()
    }

    #[test]
    fn a_wake_up_with_no_tick_is_reported_once() {
        let backstop = Backstop::default();
        let started = Instant::now();
        backstop.set(Some(started + Duration::from_millis(50)));
        runtime().block_on(async {
            let mut missed = Box::pin(backstop.clone().missed());
            let first = tokio::time::timeout(Duration::from_secs(5), missed.next()).await;
            assert_eq!(first.ok().flatten(), Some(()));
            assert!(started.elapsed() >= Duration::from_millis(50) + GRACE);
            // Not again for the same wake-up, however long the app takes.
            let again = tokio::time::timeout(Duration::from_millis(400), missed.next()).await;
            assert!(again.is_err(), "reported the same wake-up twice");
            // The app ticked and asked for the next one: that one counts.
            backstop.set(Some(Instant::now() + Duration::from_millis(50)));
            let next = tokio::time::timeout(Duration::from_secs(5), missed.next()).await;
            assert_eq!(next.ok().flatten(), Some(()));
        });
    }

    #[test]
    fn a_tick_on_time_moves_the_wake_up_and_nothing_is_reported() {
        let backstop = Backstop::default();
        // Each wake-up is set well ahead of the next tick, so a busy
        // machine that runs a tick late does not make it a missed one.
        backstop.set(Some(Instant::now() + Duration::from_millis(300)));
        runtime().block_on(async {
            let mut missed = Box::pin(backstop.clone().missed());
            let ticker = backstop.clone();
            let ticks = tokio::spawn(async move {
                // The redraw-driven ticks: each sets the next wake-up.
                for _ in 0..6 {
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    ticker.set(Some(Instant::now() + Duration::from_millis(300)));
                }
                ticker.set(None);
            });
            let got = tokio::time::timeout(Duration::from_millis(1000), missed.next()).await;
            assert!(got.is_err(), "reported a wake-up that was ticked on time");
            ticks.await.unwrap();
        });
    }
}
