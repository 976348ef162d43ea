//! How long since the last keyboard or mouse input, for the sitting timer.
//!
//! Asked only when the timer wants to know (`breaks::timer` says when), so
//! each source is one cheap query, never a stream:
//! - Linux on X11: the MIT-SCREEN-SAVER extension's `QueryInfo`, through
//!   x11rb (not in a Wayland session, where XWayland's idle time would be
//!   wrong);
//! - Linux on Wayland: the compositor's `ext-idle-notify-v1`, or KDE's
//!   idle protocol ([`crate::desktop::wayland_idle`]), which say when
//!   input stops and starts again (event-driven: nothing is asked);
//! - Linux on GNOME (X11 or Wayland): Mutter's
//!   `org.gnome.Mutter.IdleMonitor` `GetIdletime` on the session bus;
//! - Linux, last: logind's `IdleHint`/`IdleSinceHint` on the session, where
//!   the desktop keeps them (coarse: set after the desktop's idle delay);
//! - Windows: `GetLastInputInfo`;
//! - macOS: `CGEventSourceSecondsSinceLastEventType` (any input event).
//!
//! When none answers, the timer counts plain clock time, and the
//! [`Missing`] says why.
//!
//! Whether a full-screen window has the focus (a presentation, a video
//! call), so a due break waits: on X11 from the active window's
//! `_NET_WM_STATE`, on Windows from `SHQueryUserNotificationState`;
//! elsewhere it cannot be seen and is taken as no.

use std::time::Duration;

use super::Missing;

const WHAT: crate::desktop::Service = crate::desktop::Service::IdleTime;

/// Where idle time comes from.
pub struct Idle {
    source: platform::Source,
}

impl Idle {
    /// The first source that answers, or why there is none.
    pub async fn open() -> Result<Idle, Missing> {
        let source = platform::Source::open().await?;
        Ok(Idle { source })
    }

    /// The source's name, for notices and logs, in the current language.
    pub fn name(&self) -> String {
        self.source.name()
    }

    /// Time since the last input.
    pub async fn idle(&mut self) -> Result<Duration, Missing> {
        self.source.idle().await
    }

    /// Whether the focused window is full screen (`false` where that
    /// cannot be seen).
    pub fn fullscreen(&self) -> bool {
        self.source.fullscreen()
    }
}

/// The X11 source on its own, for its test under Xvfb.
#[cfg(target_os = "linux")]
pub mod x11 {
    use std::time::Duration;

    use x11rb::connection::Connection;
    use x11rb::protocol::screensaver::ConnectionExt as _;
    use x11rb::protocol::xproto::{AtomEnum, ConnectionExt as _};
    use x11rb::rust_connection::RustConnection;

    use super::{Missing, WHAT};

    pub struct X11 {
        conn: RustConnection,
        root: u32,
        atoms: Atoms,
    }

    /// The EWMH names the full-screen check reads.
    struct Atoms {
        active_window: u32,
        wm_state: u32,
        fullscreen: u32,
    }

    impl X11 {
        /// Connects to `display` (`None`: `$DISPLAY`) and checks that the
        /// server has the extension.
        pub fn open(display: Option<&str>) -> Result<X11, Missing> {
            let fail = |e: &dyn std::fmt::Display| Missing::new(WHAT, format!("X11: {e}"));
            let (conn, screen) = x11rb::connect(display).map_err(|e| fail(&e))?;
            let root = conn.setup().roots[screen].root;
            let version = conn
                .screensaver_query_version(1, 1)
                .map_err(|e| fail(&e))?
                .reply();
            if version.is_err() {
                return Err(Missing::new(WHAT, crate::tr!("notice-idle-no-extension")));
            }
            let atom = |name: &[u8]| -> Result<u32, Missing> {
                Ok(conn
                    .intern_atom(false, name)
                    .map_err(|e| fail(&e))?
                    .reply()
                    .map_err(|e| fail(&e))?
                    .atom)
            };
            let atoms = Atoms {
                active_window: atom(b"_NET_ACTIVE_WINDOW")?,
                wm_state: atom(b"_NET_WM_STATE")?,
                fullscreen: atom(b"_NET_WM_STATE_FULLSCREEN")?,
            };
            Ok(X11 { conn, root, atoms })
        }

        /// Whether the window the window manager calls active is full
        /// screen. Without a window manager (or an answer), no.
        pub fn fullscreen(&self) -> bool {
            let first = |window: u32, property: u32, kind: AtomEnum, long: u32| {
                self.conn
                    .get_property(false, window, property, kind, 0, long)
                    .ok()?
                    .reply()
                    .ok()
            };
            let Some(active) = first(self.root, self.atoms.active_window, AtomEnum::WINDOW, 1)
                .and_then(|r| r.value32().and_then(|mut v| v.next()))
                .filter(|w| *w != 0)
            else {
                return false;
            };
            first(active, self.atoms.wm_state, AtomEnum::ATOM, 64)
                .and_then(|r| {
                    r.value32()
                        .map(|mut v| v.any(|a| a == self.atoms.fullscreen))
                })
                .unwrap_or(false)
        }

        pub fn idle(&self) -> Result<Duration, Missing> {
            let fail = |e: &dyn std::fmt::Display| Missing::new(WHAT, format!("X11: {e}"));
            let info = self
                .conn
                .screensaver_query_info(self.root)
                .map_err(|e| fail(&e))?
                .reply()
                .map_err(|e| fail(&e))?;
            Ok(Duration::from_millis(u64::from(info.ms_since_user_input)))
        }
    }
}

/// GNOME's idle monitor on its own, for its test against a stand-in.
#[cfg(target_os = "linux")]
pub use platform::mutter_idle;

#[cfg(target_os = "linux")]
mod platform {
    use std::time::Duration;

    use super::x11::X11;
    use super::{Missing, WHAT};
    use crate::desktop::wayland_idle::WaylandIdle;

    pub enum Source {
        /// Boxed: the connections' buffers are large, the bus handle small.
        X11(Box<X11>),
        Wayland(Box<WaylandIdle>),
        Mutter(zbus::Connection),
        /// logind's idle hint on the session (the system bus): the last
        /// real source, where the desktop keeps it.
        Logind(zbus::Connection),
    }

    impl Source {
        pub async fn open() -> Result<Source, Missing> {
            // The compositor's own word first in a Wayland session.
            let wayland = std::env::var_os("WAYLAND_DISPLAY").is_some();
            let compositor = if wayland {
                // Idled after the shortest time away that counts as a
                // break: any `away` setting is then seen.
                match WaylandIdle::open(crate::breaks::AWAY_MIN.std()) {
                    Ok(w) => return Ok(Source::Wayland(Box::new(w))),
                    Err(e) => format!("Wayland: {e}; "),
                }
            } else {
                String::new()
            };
            // X11 next: it answers locally, without a bus round trip. Not
            // in a Wayland session: XWayland sees only its own windows'
            // input, so the idle time would grow while the person types.
            let x11 = if wayland {
                crate::tr!("notice-idle-wayland-session")
            } else if std::env::var_os("DISPLAY").is_some() {
                match X11::open(None) {
                    Ok(x) => return Ok(Source::X11(Box::new(x))),
                    Err(e) => e.why,
                }
            } else {
                crate::tr!("notice-idle-no-display")
            };
            let bus = crate::desktop::session_bus().await;
            let mutter = match bus {
                Ok(bus) => match mutter_idle(&bus).await {
                    Ok(_) => return Ok(Source::Mutter(bus)),
                    Err(e) => e,
                },
                Err(e) => e.why,
            };
            let logind = match zbus::Connection::system().await {
                Ok(system) => match logind_idle(&system).await {
                    Ok(_) => return Ok(Source::Logind(system)),
                    Err(e) => e,
                },
                Err(e) => crate::desktop::brief(&e),
            };
            Err(Missing::new(
                WHAT,
                format!("{compositor}{x11}; GNOME: {mutter}; logind: {logind}"),
            ))
        }

        pub fn name(&self) -> String {
            match self {
                Source::X11(_) => crate::tr!("idle-source-x11"),
                Source::Wayland(w) => match w.protocol() {
                    "ext-idle-notify-v1" => crate::tr!("idle-source-wayland-ext"),
                    _ => crate::tr!("idle-source-wayland-kde"),
                },
                Source::Mutter(_) => crate::tr!("idle-source-gnome"),
                Source::Logind(_) => crate::tr!("idle-source-logind"),
            }
        }

        pub fn fullscreen(&self) -> bool {
            match self {
                Source::X11(x) => x.fullscreen(),
                // A Wayland compositor tells no other program.
                Source::Wayland(_) | Source::Mutter(_) | Source::Logind(_) => false,
            }
        }

        pub async fn idle(&mut self) -> Result<Duration, Missing> {
            match self {
                Source::X11(x) => x.idle(),
                Source::Wayland(w) => w
                    .idle()
                    .map_err(|e| Missing::new(WHAT, format!("Wayland: {e}"))),
                Source::Mutter(bus) => mutter_idle(bus)
                    .await
                    .map_err(|e| Missing::new(WHAT, format!("GNOME: {e}"))),
                Source::Logind(bus) => logind_idle(bus)
                    .await
                    .map_err(|e| Missing::new(WHAT, format!("logind: {e}"))),
            }
        }
    }

    /// Idle time from logind's `IdleHint` and `IdleSinceHint` on this
    /// session: the time since the session went idle, or zero while it is
    /// not. The desktop sets the hint (GNOME after its idle delay, so the
    /// time away is seen that much late); one that never did (the hint
    /// never changed: `IdleSinceHint` is 0) gives no idle time.
    pub async fn logind_idle(bus: &zbus::Connection) -> Result<Duration, String> {
        let session = zbus::Proxy::new(
            bus,
            "org.freedesktop.login1",
            "/org/freedesktop/login1/session/auto",
            "org.freedesktop.login1.Session",
        )
        .await
        .map_err(|e| crate::desktop::brief(&e))?;
        let idle: bool = session
            .get_property("IdleHint")
            .await
            .map_err(|e| crate::desktop::brief(&e))?;
        let since: u64 = session
            .get_property("IdleSinceHint")
            .await
            .map_err(|e| crate::desktop::brief(&e))?;
        if since == 0 {
            return Err(crate::tr!("notice-idle-logind-unset"));
        }
        if !idle {
            return Ok(Duration::ZERO);
        }
        let since = std::time::UNIX_EPOCH + Duration::from_micros(since);
        Ok(std::time::SystemTime::now()
            .duration_since(since)
            .unwrap_or_default())
    }

    /// Mutter's idle time for the core monitor, in milliseconds.
    pub async fn mutter_idle(bus: &zbus::Connection) -> Result<Duration, String> {
        let reply = bus
            .call_method(
                Some("org.gnome.Mutter.IdleMonitor"),
                "/org/gnome/Mutter/IdleMonitor/Core",
                Some("org.gnome.Mutter.IdleMonitor"),
                "GetIdletime",
                &(),
            )
            .await
            .map_err(|e| crate::desktop::brief(&e))?;
        let ms: u64 = reply
            .body()
            .deserialize()
            .map_err(|e| crate::desktop::brief(&e))?;
        Ok(Duration::from_millis(ms))
    }
}

#[cfg(windows)]
mod platform {
    use std::time::Duration;

    use windows_sys::Win32::System::SystemInformation::GetTickCount;
    use windows_sys::Win32::UI::Input::KeyboardAndMouse::{GetLastInputInfo, LASTINPUTINFO};

    use super::{Missing, WHAT};

    pub struct Source;

    impl Source {
        pub async fn open() -> Result<Source, Missing> {
            Source.idle().await.map(|_| Source)
        }

        pub fn name(&self) -> String {
            crate::tr!("idle-source-windows")
        }

        /// A full-screen program, Direct3D full screen, or presentation
        /// mode: what Windows itself holds its notifications back for.
        pub fn fullscreen(&self) -> bool {
            use windows_sys::Win32::UI::Shell::{
                QUNS_BUSY, QUNS_PRESENTATION_MODE, QUNS_RUNNING_D3D_FULL_SCREEN,
                SHQueryUserNotificationState,
            };
            let mut state = 0;
            // SAFETY: `state` is a valid place for the answer.
            let ok = unsafe { SHQueryUserNotificationState(&mut state) } >= 0;
            ok && [
                QUNS_BUSY,
                QUNS_RUNNING_D3D_FULL_SCREEN,
                QUNS_PRESENTATION_MODE,
            ]
            .contains(&state)
        }

        pub async fn idle(&mut self) -> Result<Duration, Missing> {
            let mut info = LASTINPUTINFO {
                cbSize: size_of::<LASTINPUTINFO>() as u32,
                dwTime: 0,
            };
            // SAFETY: `info` is a valid LASTINPUTINFO with its size set.
            if unsafe { GetLastInputInfo(&mut info) } == 0 {
                return Err(Missing::new(WHAT, crate::tr!("idle-windows-failed")));
            }
            // SAFETY: no arguments; both counters wrap at 2^32 ms alike.
            let now = unsafe { GetTickCount() };
            Ok(Duration::from_millis(u64::from(
                now.wrapping_sub(info.dwTime),
            )))
        }
    }
}

#[cfg(target_os = "macos")]
mod platform {
    use std::time::Duration;

    use super::{Missing, WHAT};

    /// kCGEventSourceStateCombinedSessionState
    const COMBINED_SESSION: i32 = 0;
    /// kCGAnyInputEventType
    const ANY_INPUT: u32 = !0;

    #[link(name = "CoreGraphics", kind = "framework")]
    unsafe extern "C" {
        fn CGEventSourceSecondsSinceLastEventType(state: i32, event_type: u32) -> f64;
    }

    pub struct Source;

    impl Source {
        pub async fn open() -> Result<Source, Missing> {
            Source.idle().await.map(|_| Source)
        }

        pub fn name(&self) -> String {
            crate::tr!("idle-source-macos")
        }

        /// Not seen on macOS.
        pub fn fullscreen(&self) -> bool {
            false
        }

        pub async fn idle(&mut self) -> Result<Duration, Missing> {
            // SAFETY: plain values in, a number out.
            let secs =
                unsafe { CGEventSourceSecondsSinceLastEventType(COMBINED_SESSION, ANY_INPUT) };
            Duration::try_from_secs_f64(secs)
                .map_err(|_| Missing::new(WHAT, format!("CoreGraphics answered {secs}")))
        }
    }
}

#[cfg(not(any(target_os = "linux", windows, target_os = "macos")))]
mod platform {
    use std::time::Duration;

    use super::{Missing, WHAT};

    pub struct Source;

    impl Source {
        pub async fn open() -> Result<Source, Missing> {
            Err(Missing::new(WHAT, crate::tr!("notice-idle-no-source")))
        }

        pub fn name(&self) -> String {
            crate::tr!("idle-source-none")
        }

        pub fn fullscreen(&self) -> bool {
            false
        }

        pub async fn idle(&mut self) -> Result<Duration, Missing> {
            Err(Missing::new(WHAT, crate::tr!("notice-idle-no-source")))
        }
    }
}

/// One item each time logind's `LockedHint` on this session changes (the
/// screen locked or unlocked; Linux), so the sitting timer hears of a lock
/// at once, however short. Silent without logind, or off Linux: the lock
/// is then looked at only when the timer looks anyway.
pub fn lock_changes() -> impl futures_util::Stream<Item = ()> + Send + 'static {
    #[cfg(target_os = "linux")]
    {
        use futures_util::StreamExt;
        futures_util::stream::once(async {
            let bus = zbus::Connection::system().await.ok()?;
            lock_changes_on(&bus).await
        })
        .filter_map(|s| async move { s })
        .flatten()
    }
    #[cfg(not(target_os = "linux"))]
    futures_util::stream::pending()
}

/// [`lock_changes`] on a given system bus; `None` without logind or a
/// session of this process.
#[cfg(target_os = "linux")]
pub async fn lock_changes_on(
    bus: &zbus::Connection,
) -> Option<impl futures_util::Stream<Item = ()> + Send + 'static + use<>> {
    use futures_util::StreamExt;
    let path = session_path(bus).await?;
    let props = zbus::fdo::PropertiesProxy::builder(bus)
        .destination("org.freedesktop.login1")
        .ok()?
        .path(path)
        .ok()?
        .build()
        .await
        .ok()?;
    let changes = props.receive_properties_changed().await.ok()?;
    Some(changes.filter_map(|signal| async move {
        let args = signal.args().ok()?;
        let about_lock = args.changed_properties().contains_key("LockedHint")
            || args.invalidated_properties().contains(&"LockedHint");
        about_lock.then_some(())
    }))
}

/// The object of this process's logind session: signals come from its own
/// path, not from `session/auto`.
#[cfg(target_os = "linux")]
async fn session_path(bus: &zbus::Connection) -> Option<zbus::zvariant::OwnedObjectPath> {
    let auto = zbus::Proxy::new(
        bus,
        "org.freedesktop.login1",
        "/org/freedesktop/login1/session/auto",
        "org.freedesktop.login1.Session",
    )
    .await
    .ok()?;
    let id: String = auto.get_property("Id").await.ok()?;
    let manager = zbus::Proxy::new(
        bus,
        "org.freedesktop.login1",
        "/org/freedesktop/login1",
        "org.freedesktop.login1.Manager",
    )
    .await
    .ok()?;
    manager.call("GetSession", &(id,)).await.ok()
}

/// Whether the screen is locked, from logind's `LockedHint` on the
/// session (Linux); elsewhere, or without logind, never known (a lock is
/// then seen as time away once it lasts `away`).
pub struct LockHint {
    #[cfg(target_os = "linux")]
    bus: Option<zbus::Connection>,
}

impl LockHint {
    pub async fn open() -> LockHint {
        LockHint {
            #[cfg(target_os = "linux")]
            bus: zbus::Connection::system().await.ok(),
        }
    }

    pub async fn locked(&self) -> bool {
        #[cfg(target_os = "linux")]
        if let Some(bus) = &self.bus {
            let proxy = zbus::Proxy::new(
                bus,
                "org.freedesktop.login1",
                "/org/freedesktop/login1/session/auto",
                "org.freedesktop.login1.Session",
            )
            .await;
            if let Ok(proxy) = proxy {
                return proxy
                    .get_property::<bool>("LockedHint")
                    .await
                    .unwrap_or(false);
            }
        }
        false
    }
}
