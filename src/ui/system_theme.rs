//! The desktop's light/dark preference, through mundy on every system: the
//! XDG desktop portal on Linux, AppKit's appearance on macOS, UISettings on
//! Windows.
//!
//! Why not iced's built-in detection: on Linux it runs mundy on async-io,
//! whose `blocking` pool threads never exit and wake twice a second for the
//! life of the process, paused or not (measured with /proc schedstat; see
//! docs/performance.md). On macOS and Windows it learns of a change through
//! the window, and iced pins the window to the light or dark look of the
//! theme Limber picks, so after the first answer no change ever arrives.
//!
//! mundy's macOS side must be set up on the main thread: [`initial`] runs
//! there before the window opens, and iced builds the stream of
//! [`changes`] on its main thread too (then polls it on the worker).

use iced::futures::StreamExt;
use iced::theme::Mode;
use iced::{Subscription, Task};

/// The preference at start-up, read before the window opens so the first
/// frame already has the right colours. `None`: no answer in time.
pub fn initial() -> Option<Mode> {
    use std::time::Duration;
    // Not mundy's `once_blocking`: with tokio it drops its D-Bus stream
    // outside the runtime and panics. Everything is created and dropped
    // inside this block instead.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .ok()?;
    runtime.block_on(async {
        // A desktop answers in a few ms; without a session bus it fails
        // at once. The cap only matters for a portal that hangs.
        let first = tokio::time::timeout(Duration::from_millis(150), stream().next()).await;
        first.ok().flatten()
    })
}

/// Asks for the preference when [`initial`] had no answer: the watcher's
/// first item already is that answer (iced, with its own detection off,
/// would only answer "no preference", possibly after the watcher did).
pub fn query() -> Task<Mode> {
    Task::none()
}

/// Every change of the preference; the first item is the current value.
pub fn changes() -> Subscription<Mode> {
    Subscription::run(stream)
}

/// The preference now, then each change. Must be polled and dropped inside
/// a tokio runtime with I/O enabled (the D-Bus connection on Linux).
pub fn stream() -> impl iced::futures::Stream<Item = Mode> + Send + 'static {
    mundy::Preferences::stream(mundy::Interest::ColorScheme).map(|p| mode(p.color_scheme))
}

fn mode(scheme: mundy::ColorScheme) -> Mode {
    match scheme {
        mundy::ColorScheme::Dark => Mode::Dark,
        mundy::ColorScheme::Light => Mode::Light,
        mundy::ColorScheme::NoPreference => Mode::None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_colour_scheme_maps_to_its_mode() {
        assert_eq!(mode(mundy::ColorScheme::Dark), Mode::Dark);
        assert_eq!(mode(mundy::ColorScheme::Light), Mode::Light);
        assert_eq!(mode(mundy::ColorScheme::NoPreference), Mode::None);
    }
}
