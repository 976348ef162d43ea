//! Hearing from logind that the machine is about to sleep, so a running
//! routine pauses at that moment (the sleep watch catches it afterwards
//! where logind is not there).

use futures_util::{Stream, StreamExt};

/// Yields each time the machine is about to sleep; silent without logind.
pub fn before_sleep() -> impl Stream<Item = ()> + Send + 'static {
    crate::desktop::sleep::prepare_for_sleep()
        .filter_map(|going| async move { going.then_some(()) })
}
