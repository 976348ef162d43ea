//! Idle time from a Wayland compositor: `ext-idle-notify-v1` where it has
//! it, KDE's `org_kde_kwin_idle` where it does not (KWin, sway before
//! 1.8). GNOME has neither and is asked over D-Bus instead.
//!
//! Both protocols work the same way: the compositor says *idled* once no
//! input came for a timeout, and *resumed* at the next input. A thread
//! waits on the socket for those (a few an hour; it sleeps in between)
//! and keeps the moment of the last *idled*; the idle time at a look is
//! derived from it. Between *resumed* and the next *idled* the person counts as present
//! (idle time zero): less than the timeout, which is at most the shortest
//! time away that counts as a break.

use std::net::Shutdown;
use std::os::unix::net::UnixStream;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use wayland_client::globals::{GlobalListContents, registry_queue_init};
use wayland_client::protocol::{wl_registry::WlRegistry, wl_seat::WlSeat};
use wayland_client::{Connection, Dispatch, QueueHandle};
use wayland_protocols::ext::idle_notify::v1::client::{
    ext_idle_notification_v1::{self, ExtIdleNotificationV1},
    ext_idle_notifier_v1::ExtIdleNotifierV1,
};
use wayland_protocols_plasma::idle::client::{
    org_kde_kwin_idle::OrgKdeKwinIdle,
    org_kde_kwin_idle_timeout::{self, OrgKdeKwinIdleTimeout},
};

/// What the reading task keeps.
#[derive(Default)]
struct Seen {
    /// When the compositor last said idled (cleared at resumed).
    idled_at: Option<Instant>,
    /// Why the connection ended, if it did.
    lost: Option<String>,
}

/// Idle time from the compositor.
pub struct WaylandIdle {
    seen: Arc<Mutex<Seen>>,
    timeout: Duration,
    protocol: &'static str,
    /// The socket, to shut down (which ends the reading thread).
    socket: UnixStream,
}

impl Drop for WaylandIdle {
    fn drop(&mut self) {
        let _ = self.socket.shutdown(Shutdown::Both);
    }
}

impl WaylandIdle {
    /// Connects to the session's compositor (`WAYLAND_DISPLAY`, in
    /// `XDG_RUNTIME_DIR` unless it is a path).
    pub fn open(timeout: Duration) -> Result<WaylandIdle, String> {
        let display = std::env::var_os("WAYLAND_DISPLAY")
            .ok_or_else(|| crate::tr!("idle-wayland-no-variable", name = "WAYLAND_DISPLAY"))?;
        let mut path = PathBuf::from(&display);
        if path.is_relative() {
            let runtime = std::env::var_os("XDG_RUNTIME_DIR")
                .ok_or_else(|| crate::tr!("idle-wayland-no-variable", name = "XDG_RUNTIME_DIR"))?;
            path = PathBuf::from(runtime).join(display);
        }
        let socket = UnixStream::connect(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        WaylandIdle::over(socket, timeout)
    }

    /// Over a socket connected to a compositor.
    pub fn over(socket: UnixStream, timeout: Duration) -> Result<WaylandIdle, String> {
        let kept = socket.try_clone().map_err(|e| e.to_string())?;
        let conn = Connection::from_socket(socket).map_err(|e| e.to_string())?;
        let (globals, mut queue) =
            registry_queue_init::<Reader>(&conn).map_err(|e| e.to_string())?;
        let qh = queue.handle();
        let seat: WlSeat = globals
            .bind(&qh, 1..=1, ())
            .map_err(|_| crate::tr!("idle-wayland-no-seat"))?;
        let ms = u32::try_from(timeout.as_millis()).unwrap_or(u32::MAX);
        let protocol = if let Ok(notifier) = globals.bind::<ExtIdleNotifierV1, _, _>(&qh, 1..=1, ())
        {
            notifier.get_idle_notification(ms, &seat, &qh, ());
            "ext-idle-notify-v1"
        } else if let Ok(kde) = globals.bind::<OrgKdeKwinIdle, _, _>(&qh, 1..=1, ()) {
            kde.get_idle_timeout(&seat, ms, &qh, ());
            "KDE idle protocol"
        } else {
            return Err(crate::tr!("idle-wayland-no-protocol"));
        };
        let seen = Arc::new(Mutex::new(Seen::default()));
        let mut reader = Reader {
            seen: Arc::clone(&seen),
        };
        // The requests reach the compositor, and it has seen them, before
        // the first look.
        queue.roundtrip(&mut reader).map_err(|e| e.to_string())?;
        std::thread::Builder::new()
            .name("limber-wayland-idle".into())
            .spawn(move || {
                // Blocks on the socket until events come, or it is shut.
                let lost = loop {
                    if let Err(e) = queue.blocking_dispatch(&mut reader) {
                        break e.to_string();
                    }
                };
                reader.seen.lock().unwrap_or_else(|p| p.into_inner()).lost = Some(lost);
                drop(conn);
            })
            .map_err(|e| e.to_string())?;
        Ok(WaylandIdle {
            seen,
            timeout,
            protocol,
            socket: kept,
        })
    }

    /// Which protocol the compositor answers with.
    pub fn protocol(&self) -> &'static str {
        self.protocol
    }

    /// Time since the last input: zero until the compositor says idled,
    /// then the timeout plus the time since.
    pub fn idle(&self) -> Result<Duration, String> {
        let seen = self.seen.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(why) = &seen.lost {
            return Err(crate::tr!("idle-wayland-connection-ended", reason = why));
        }
        Ok(seen
            .idled_at
            .map_or(Duration::ZERO, |at| at.elapsed() + self.timeout))
    }
}

struct Reader {
    seen: Arc<Mutex<Seen>>,
}

impl Reader {
    fn idled(&mut self, idle: bool) {
        let mut seen = self.seen.lock().unwrap_or_else(|p| p.into_inner());
        seen.idled_at = idle.then(Instant::now);
    }
}

impl Dispatch<ExtIdleNotificationV1, ()> for Reader {
    fn event(
        reader: &mut Self,
        _: &ExtIdleNotificationV1,
        event: ext_idle_notification_v1::Event,
        _: &(),
        _: &Connection,
        _: &QueueHandle<Self>,
    ) {
        match event {
            ext_idle_notification_v1::Event::Idled => reader.idled(true),
            ext_idle_notification_v1::Event::Resumed => reader.idled(false),
            _ => {}
        }
    }
}

impl Dispatch<OrgKdeKwinIdleTimeout, ()> for Reader {
    fn event(
        reader: &mut Self,
        _: &OrgKdeKwinIdleTimeout,
        event: org_kde_kwin_idle_timeout::Event,
        _: &(),
        _: &Connection,
        _: &QueueHandle<Self>,
    ) {
        match event {
            org_kde_kwin_idle_timeout::Event::Idle => reader.idled(true),
            org_kde_kwin_idle_timeout::Event::Resumed => reader.idled(false),
            _ => {}
        }
    }
}

/// Objects whose events say nothing the timer needs.
macro_rules! quiet {
    ($($object:ty),*) => {$(
        impl Dispatch<$object, ()> for Reader {
            fn event(
                _: &mut Self,
                _: &$object,
                _: <$object as wayland_client::Proxy>::Event,
                _: &(),
                _: &Connection,
                _: &QueueHandle<Self>,
            ) {
            }
        }
    )*};
}

quiet!(WlSeat, ExtIdleNotifierV1, OrgKdeKwinIdle);

impl Dispatch<WlRegistry, GlobalListContents> for Reader {
    fn event(
        _: &mut Self,
        _: &WlRegistry,
        _: wayland_client::protocol::wl_registry::Event,
        _: &GlobalListContents,
        _: &Connection,
        _: &QueueHandle<Self>,
    ) {
    }
}
