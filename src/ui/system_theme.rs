//! The desktop's light/dark preference.
//!
//! On Linux it comes from the XDG desktop portal through mundy, run on
//! Limber's own tokio worker. Why not iced's built-in watcher: it runs
//! mundy on async-io, whose `blocking` pool threads never exit and wake
//! twice a second for the life of the process, paused or not (measured
//! with /proc schedstat; see docs/performance.md). Elsewhere iced's own
//! detection (through winit) is used.

use iced::theme::Mode;
use iced::{Subscription, Task};

/// The preference at start-up, read before the window opens so the first
/// frame already has the right colours. `None`: ask iced once it runs.
#[cfg(target_os = "linux")]
pub fn initial() -> Option<Mode> {
    use iced::futures::StreamExt;
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

#[cfg(not(target_os = "linux"))]
pub fn initial() -> Option<Mode> {
    None
}

/// Asks for the preference when [`initial`] had no answer. On Linux that is
/// the watcher's first item already (iced, with its own detection off,
/// would only answer "no preference", possibly after the portal did).
#[cfg(target_os = "linux")]
pub fn query() -> Task<Mode> {
    Task::none()
}

#[cfg(not(target_os = "linux"))]
pub fn query() -> Task<Mode> {
    iced::system::theme()
}

/// Every change of the preference (on Linux the first item is the current
/// value).
#[cfg(target_os = "linux")]
pub fn changes() -> Subscription<Mode> {
    Subscription::run(stream)
}

/// The preference now, then each change, from the desktop portal. Must be
/// polled and dropped inside a tokio runtime with I/O enabled.
#[cfg(target_os = "linux")]
pub fn stream() -> impl iced::futures::Stream<Item = Mode> + Send + 'static {
    use iced::futures::StreamExt;
    mundy::Preferences::stream(mundy::Interest::ColorScheme).map(|p| mode(p.color_scheme))
}

#[cfg(not(target_os = "linux"))]
pub fn changes() -> Subscription<Mode> {
    iced::system::theme_changes()
}

#[cfg(target_os = "linux")]
fn mode(scheme: mundy::ColorScheme) -> Mode {
    match scheme {
        mundy::ColorScheme::Dark => Mode::Dark,
        mundy::ColorScheme::Light => Mode::Light,
        mundy::ColorScheme::NoPreference => Mode::None,
    }
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;

    #[test]
    fn each_colour_scheme_maps_to_its_mode() {
        assert_eq!(mode(mundy::ColorScheme::Dark), Mode::Dark);
        assert_eq!(mode(mundy::ColorScheme::Light), Mode::Light);
        assert_eq!(mode(mundy::ColorScheme::NoPreference), Mode::None);
    }
}
