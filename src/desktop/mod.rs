//! The desktop around Limber: keeping the screen awake, notifications,
//! the tray icon, starting at login, idle time, and noticing sleep and
//! clock changes.
//!
//! A front-end layer (like `audio`): it talks to the system (D-Bus on
//! Linux through zbus on tokio; Win32 and IOKit calls elsewhere), and
//! every part degrades to a notice when the desktop lacks it, never to a
//! crash. What to do and when is decided in the core (`reminders`).

pub mod autostart;
pub mod awake;
pub mod idle;
pub mod notifications;
#[cfg(windows)]
pub mod registry;
pub mod sleep;
#[cfg(any(windows, target_os = "macos"))]
pub mod system_tray;
#[cfg(target_os = "linux")]
pub mod tray;
pub mod tray_menu;
pub mod wall_clock;
#[cfg(target_os = "linux")]
pub mod wayland_idle;

/// Takes back what Limber registered with the system outside its own
/// folders: the login entry, and on Windows the name and icon its notices
/// carry; first the running reminder service is asked to quit, so that
/// its program can be removed. The Windows installer runs this (`limber
/// unregister`) when Limber is removed; routines, settings and history stay.
pub fn unregister(paths: Option<&crate::paths::Paths>) -> Result<(), String> {
    if let Some(paths) = paths {
        // Best effort: a service that does not end in time leaves its
        // program to be removed at the next restart.
        let _ = crate::instance::stop_service(paths, std::time::Duration::from_secs(5));
    }
    let login = autostart::remove().map_err(|e| e.to_string());
    #[cfg(windows)]
    let notices = notifications::unregister_app_id();
    #[cfg(not(windows))]
    let notices = Ok(());
    login.and(notices)
}

/// A desktop service that is not there, and why: said once, then the
/// fallback is used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Missing {
    pub what: Service,
    pub why: String,
}

/// The desktop services Limber can do without.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Service {
    SessionBus,
    Notifications,
    KeepAwake,
    IdleTime,
    Tray,
}

impl Service {
    /// Its name in a sentence, in the current language.
    pub fn name(self) -> String {
        match self {
            Service::SessionBus => crate::tr!("desktop-session-bus"),
            Service::Notifications => crate::tr!("desktop-notifications"),
            Service::KeepAwake => crate::tr!("desktop-keep-awake"),
            Service::IdleTime => crate::tr!("desktop-idle-time"),
            Service::Tray => crate::tr!("desktop-tray"),
        }
    }
}

impl std::fmt::Display for Missing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::tr!(
            "desktop-cannot-use",
            what = self.what.name(),
            why = self.why.clone()
        ))
    }
}

impl std::error::Error for Missing {}

impl Missing {
    pub fn new(what: Service, why: impl std::fmt::Display) -> Missing {
        Missing {
            what,
            why: why.to_string(),
        }
    }
}

/// The session bus, if there is one.
#[cfg(target_os = "linux")]
pub async fn session_bus() -> Result<zbus::Connection, Missing> {
    zbus::Connection::session()
        .await
        .map_err(|e| Missing::new(Service::SessionBus, brief(&e)))
}

/// An error's first line, without the noise some D-Bus errors carry.
#[cfg(target_os = "linux")]
fn brief(e: &impl std::fmt::Display) -> String {
    let text = e.to_string();
    text.lines().next().unwrap_or_default().trim().to_string()
}

/// What arrives on a channel, as a stream (until every sender is gone).
pub fn channel_stream<T: Send + 'static>(
    rx: tokio::sync::mpsc::UnboundedReceiver<T>,
) -> impl futures_util::Stream<Item = T> + Send + 'static {
    futures_util::stream::unfold(rx, |mut rx| async move { rx.recv().await.map(|v| (v, rx)) })
}

/// Limber's 64 px icon as RGBA pixels (width, height), for the window
/// and the tray.
pub fn app_icon() -> Option<(Vec<u8>, u32, u32)> {
    let bytes: &[u8] = include_bytes!("../../assets/icon/limber-64.png");
    let mut decoder = png::Decoder::new(bytes);
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().ok()?;
    let mut pixels = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut pixels).ok()?;
    if info.color_type != png::ColorType::Rgba {
        return None;
    }
    pixels.truncate(info.buffer_size());
    Some((pixels, info.width, info.height))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_icon_decodes_to_64_square_rgba_pixels() {
        let (pixels, w, h) = super::app_icon().expect("the bundled icon decodes");
        assert_eq!((w, h), (64, 64));
        assert_eq!(pixels.len(), 64 * 64 * 4);
        // Not an empty picture: some pixels are opaque.
        assert!(pixels.chunks(4).any(|p| p[3] == 255));
    }
}
