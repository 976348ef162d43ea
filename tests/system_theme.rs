//! The desktop's light/dark preference, read the way Limber reads it on
//! Linux: a private session bus (`dbus-daemon`) with a stand-in desktop
//! portal that says "dark", then signals a change to "light".
#![cfg(target_os = "linux")]

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use iced::futures::StreamExt;
use iced::theme::Mode;
use limber::ui::system_theme;
use zbus::object_server::SignalEmitter;
use zbus::zvariant::{OwnedValue, Value};

const PATH: &str = "/org/freedesktop/portal/desktop";

struct Portal {
    scheme: u32,
}

#[zbus::interface(name = "org.freedesktop.portal.Settings")]
impl Portal {
    /// Like the real portal, answers a variant inside a variant.
    fn read(&self, namespace: &str, key: &str) -> zbus::fdo::Result<OwnedValue> {
        if (namespace, key) == ("org.freedesktop.appearance", "color-scheme") {
            OwnedValue::try_from(Value::new(Value::U32(self.scheme)))
                .map_err(|e| zbus::fdo::Error::Failed(e.to_string()))
        } else {
            Err(zbus::fdo::Error::Failed("no such setting".into()))
        }
    }

    #[zbus(signal)]
    async fn setting_changed(
        emitter: &SignalEmitter<'_>,
        namespace: &str,
        key: &str,
        value: Value<'_>,
    ) -> zbus::Result<()>;
}

/// A session bus of our own, ended when dropped.
struct Bus(Child);

impl Drop for Bus {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn private_bus() -> (Bus, String) {
    let mut child = Command::new("dbus-daemon")
        .args(["--session", "--nofork", "--print-address=1"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("dbus-daemon runs (scripts/setup --test installs it)");
    let mut address = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut address)
        .unwrap();
    (Bus(child), address.trim().to_string())
}

/// One test, so nothing else in this binary runs while it sets the
/// environment.
#[test]
fn dark_at_start_then_light_when_the_desktop_changes_and_nothing_without_a_bus() {
    without_a_bus_there_is_no_preference_at_once();
    let (_bus, address) = private_bus();
    assert!(address.starts_with("unix:"), "bus address {address:?}");
    // SAFETY: the only test in this binary (see above); no other thread
    // reads the environment now.
    unsafe { std::env::set_var("DBUS_SESSION_BUS_ADDRESS", &address) };

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let portal = runtime.block_on(async {
        zbus::connection::Builder::session()?
            .name("org.freedesktop.portal.Desktop")?
            .serve_at(PATH, Portal { scheme: 1 })?
            .build()
            .await
    });
    let portal = portal.expect("the stand-in portal is on the bus");

    // Start-up: read once, outside any runtime (as `ui::run` does).
    let initial = std::thread::spawn(system_theme::initial).join().unwrap();
    assert_eq!(initial, Some(Mode::Dark));

    // The watcher: the current value first, then the change.
    runtime.block_on(async {
        let mut modes = Box::pin(system_theme::stream());
        let first = tokio::time::timeout(Duration::from_secs(5), modes.next()).await;
        assert_eq!(first.ok().flatten(), Some(Mode::Dark));

        let iface = portal
            .object_server()
            .interface::<_, Portal>(PATH)
            .await
            .unwrap();
        iface.get_mut().await.scheme = 2;
        Portal::setting_changed(
            iface.signal_emitter(),
            "org.freedesktop.appearance",
            "color-scheme",
            Value::U32(2),
        )
        .await
        .unwrap();
        let next = tokio::time::timeout(Duration::from_secs(5), modes.next()).await;
        assert_eq!(next.ok().flatten(), Some(Mode::Light));
    });
}

fn without_a_bus_there_is_no_preference_at_once() {
    // A bus address where nothing listens: the read fails at once.
    let started = std::time::Instant::now();
    let mode = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "probe_without_bus", "--nocapture", "--ignored"])
        .env(
            "DBUS_SESSION_BUS_ADDRESS",
            "unix:path=/nonexistent/limber-test-bus",
        )
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&mode.stdout);
    assert!(mode.status.success(), "{out}");
    assert!(out.contains("mode: Some(None)"), "{out}");
    assert!(started.elapsed() < Duration::from_secs(5));
}

/// Limber's start-up read where no bus listens.
#[test]
#[ignore = "run in a process of its own by the test above"]
fn probe_without_bus() {
    println!("mode: {:?}", system_theme::initial());
}
