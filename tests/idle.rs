//! The idle sources for real: X11 under Xvfb (which has MIT-SCREEN-SAVER):
//! stillness grows the idle time, `xdotool mousemove` resets it, and a
//! full-screen active window is seen from its EWMH properties; GNOME's
//! idle monitor against a python3-dbusmock stand-in on a bus of the test's
//! own. Each is skipped with a message when its tools are missing.
#![cfg(target_os = "linux")]

use std::process::{Child, Command, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

use limber::desktop::idle::x11::X11;

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn have(program: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// A display number no one uses (two per process id: the tests run at
/// once).
fn display(n: u32) -> String {
    format!(":{}", 200 + (std::process::id() % 250) * 2 + n)
}

/// Starts Xvfb on `display` and connects to it.
fn xvfb(display: &str) -> (Server, X11) {
    let server = Command::new("Xvfb")
        .args([display, "-screen", "0", "640x480x24", "-nolisten", "tcp"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("Xvfb starts");
    let server = Server(server);
    // Wait for the server to take connections.
    let start = Instant::now();
    loop {
        match X11::open(Some(display)) {
            Ok(x) => return (server, x),
            Err(e) if start.elapsed() > Duration::from_secs(10) => panic!("{e}"),
            Err(_) => sleep(Duration::from_millis(50)),
        }
    }
}

#[test]
fn x11_idle_grows_when_still_and_resets_on_mouse_movement() {
    if !have("Xvfb") || !have("xdotool") {
        eprintln!("skipped: Xvfb or xdotool is not installed");
        return;
    }
    let display = display(0);
    let (_server, x) = xvfb(&display);
    let move_to = |x: u32| {
        let ok = Command::new("xdotool")
            .args(["mousemove", &x.to_string(), "100"])
            .env("DISPLAY", &display)
            .status()
            .expect("xdotool runs");
        assert!(ok.success());
    };

    move_to(10);
    let fresh = x.idle().unwrap();
    assert!(fresh < Duration::from_millis(500), "just moved: {fresh:?}");
    sleep(Duration::from_millis(1500));
    let still = x.idle().unwrap();
    assert!(still >= Duration::from_millis(1400), "still: {still:?}");
    move_to(300);
    let moved = x.idle().unwrap();
    assert!(
        moved < still && moved < Duration::from_millis(500),
        "moved: {moved:?}"
    );
}

/// What a window manager would say: `window` is active and, with
/// `fullscreen`, in the full-screen state.
fn set_active(display: &str, window: u32, fullscreen: bool) {
    use x11rb::connection::Connection;
    use x11rb::protocol::xproto::{AtomEnum, ConnectionExt as _, PropMode};
    use x11rb::wrapper::ConnectionExt as _;
    let (conn, screen) = x11rb::connect(Some(display)).unwrap();
    let root = conn.setup().roots[screen].root;
    let atom = |name: &[u8]| conn.intern_atom(false, name).unwrap().reply().unwrap().atom;
    let (active, state, full, above) = (
        atom(b"_NET_ACTIVE_WINDOW"),
        atom(b"_NET_WM_STATE"),
        atom(b"_NET_WM_STATE_FULLSCREEN"),
        atom(b"_NET_WM_STATE_ABOVE"),
    );
    conn.change_property32(PropMode::REPLACE, root, active, AtomEnum::WINDOW, &[window])
        .unwrap();
    if window != 0 {
        let states: &[u32] = if fullscreen { &[above, full] } else { &[above] };
        conn.change_property32(PropMode::REPLACE, window, state, AtomEnum::ATOM, states)
            .unwrap();
    }
    conn.sync().unwrap();
}

#[test]
fn x11_sees_a_full_screen_active_window() {
    use x11rb::connection::Connection;
    use x11rb::protocol::xproto::{ConnectionExt as _, CreateWindowAux, WindowClass};
    use x11rb::wrapper::ConnectionExt as _;
    if !have("Xvfb") {
        eprintln!("skipped: Xvfb is not installed");
        return;
    }
    let display = display(1);
    let (_server, x) = xvfb(&display);
    // No window manager: nothing is active, nothing is full screen.
    assert!(!x.fullscreen());
    // A window of another client (kept open while the checks run).
    let (conn, screen) = x11rb::connect(Some(&display)).unwrap();
    let root = conn.setup().roots[screen].root;
    let window = conn.generate_id().unwrap();
    conn.create_window(
        0,
        window,
        root,
        0,
        0,
        640,
        480,
        0,
        WindowClass::INPUT_OUTPUT,
        0,
        &CreateWindowAux::new(),
    )
    .unwrap();
    conn.sync().unwrap();
    set_active(&display, window, true);
    assert!(x.fullscreen(), "a full-screen window has the focus");
    set_active(&display, window, false);
    assert!(!x.fullscreen(), "the same window, not full screen");
    set_active(&display, 0, false);
    assert!(!x.fullscreen(), "no active window");
}

#[test]
fn a_display_that_is_not_there_is_a_missing_source() {
    let e = X11::open(Some(":4999")).err().expect("no server on :4999");
    assert!(
        e.to_string().starts_with("cannot use idle time: X11:"),
        "{e}"
    );
}

/// A session bus of the test's own, ended with it.
struct Bus(Child);

impl Drop for Bus {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A session bus of the test's own and its address; `None` (said) when
/// dbus-daemon or python3-dbusmock is missing.
fn private_bus(python: &str) -> Option<(Bus, String)> {
    use std::io::{BufRead, BufReader};
    let dbusmock = Command::new(python)
        .args(["-c", "import dbusmock"])
        .status()
        .is_ok_and(|s| s.success());
    if !have("dbus-daemon") || !dbusmock {
        eprintln!("skipped: dbus-daemon or python3-dbusmock is not installed");
        return None;
    }
    let mut daemon = Command::new("dbus-daemon")
        .args(["--session", "--nofork", "--print-address=1"])
        .stdout(Stdio::piped())
        .spawn()
        .expect("dbus-daemon starts");
    let mut address = String::new();
    BufReader::new(daemon.stdout.take().unwrap())
        .read_line(&mut address)
        .unwrap();
    Some((Bus(daemon), address.trim().to_string()))
}

#[tokio::test]
async fn gnome_idle_monitor_is_read_over_dbus() {
    let python = "/usr/bin/python3";
    let Some((_bus, address)) = private_bus(python) else {
        return;
    };
    let mock = Command::new(python)
        .args([
            "-m",
            "dbusmock",
            "org.gnome.Mutter.IdleMonitor",
            "/org/gnome/Mutter/IdleMonitor/Core",
            "org.gnome.Mutter.IdleMonitor",
        ])
        .env("DBUS_SESSION_BUS_ADDRESS", &address)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("dbusmock starts");
    let _mock = Server(mock);
    let bus = zbus::connection::Builder::address(address.as_str())
        .unwrap()
        .build()
        .await
        .unwrap();
    // Wait for the stand-in, then teach it GetIdletime.
    let start = Instant::now();
    loop {
        let added = bus
            .call_method(
                Some("org.gnome.Mutter.IdleMonitor"),
                "/org/gnome/Mutter/IdleMonitor/Core",
                Some("org.freedesktop.DBus.Mock"),
                "AddMethod",
                &(
                    "org.gnome.Mutter.IdleMonitor",
                    "GetIdletime",
                    "",
                    "t",
                    "ret = 4321",
                ),
            )
            .await;
        match added {
            Ok(_) => break,
            Err(e) if start.elapsed() > Duration::from_secs(10) => panic!("{e}"),
            Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
        }
    }
    let idle = limber::desktop::idle::mutter_idle(&bus).await.unwrap();
    assert_eq!(idle, Duration::from_millis(4321));
}

/// A headless sway of the test's own, on a runtime folder of its own. Sway
/// refuses to run as root, so as root (CI) it runs as `nobody`.
struct Sway {
    child: Child,
    runtime: tempfile::TempDir,
}

impl Drop for Sway {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Sway {
    fn start() -> Sway {
        let runtime = tempfile::tempdir().unwrap();
        let config = runtime.path().join("config");
        // Empty: no background program, no bar.
        std::fs::write(&config, "").unwrap();
        let root = std::process::Command::new("id")
            .arg("-u")
            .output()
            .is_ok_and(|o| o.stdout == b"0\n");
        let mut command = if root {
            // nobody's own runtime folder, readable by root (the test).
            let status = Command::new("chown")
                .args(["-R", "65534:65534"])
                .arg(runtime.path())
                .status()
                .unwrap();
            assert!(status.success());
            let mut c = Command::new("setpriv");
            c.args(["--reuid=65534", "--regid=65534", "--clear-groups", "sway"]);
            c
        } else {
            Command::new("sway")
        };
        let child = command
            .arg("-c")
            .arg(&config)
            .env_clear()
            .env("PATH", "/usr/bin:/bin")
            .env("HOME", runtime.path())
            .env("XDG_RUNTIME_DIR", runtime.path())
            .env("WLR_BACKENDS", "headless")
            .env("WLR_LIBINPUT_NO_DEVICES", "1")
            .env("WLR_RENDERER", "pixman")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("sway starts");
        Sway { child, runtime }
    }

    /// Its socket, once it takes connections.
    fn connect(&self) -> std::os::unix::net::UnixStream {
        let path = self.runtime.path().join("wayland-1");
        let start = Instant::now();
        loop {
            match std::os::unix::net::UnixStream::connect(&path) {
                Ok(s) => return s,
                Err(e) if start.elapsed() > Duration::from_secs(10) => {
                    panic!("sway's socket {}: {e}", path.display())
                }
                Err(_) => sleep(Duration::from_millis(50)),
            }
        }
    }
}

#[test]
fn wayland_idle_comes_from_the_compositor_and_input_resets_it() {
    use limber::desktop::wayland_idle::WaylandIdle;
    if !have("sway") || !have("wtype") || !have("setpriv") {
        eprintln!("skipped: sway, wtype or setpriv is not installed");
        return;
    }
    let sway = Sway::start();
    let timeout = Duration::from_millis(800);
    let idle = WaylandIdle::over(sway.connect(), timeout).unwrap();
    assert!(
        ["ext-idle-notify-v1", "KDE idle protocol"].contains(&idle.protocol()),
        "{}",
        idle.protocol()
    );
    // Present until the compositor says idled.
    assert_eq!(idle.idle().unwrap(), Duration::ZERO);
    sleep(Duration::from_millis(1500));
    let still = idle.idle().unwrap();
    assert!(
        // The upper bound is loose: a busy machine may oversleep.
        still >= Duration::from_millis(1300) && still < Duration::from_secs(10),
        "still for 1.5 s: {still:?}"
    );
    // A key from a virtual keyboard: the compositor says resumed.
    let typed = Command::new("wtype")
        .arg("a")
        .env("XDG_RUNTIME_DIR", sway.runtime.path())
        .env("WAYLAND_DISPLAY", "wayland-1")
        .status()
        .expect("wtype runs");
    assert!(typed.success());
    let start = Instant::now();
    while idle.idle().unwrap() != Duration::ZERO {
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "input did not reset the idle time: {:?}",
            idle.idle()
        );
        sleep(Duration::from_millis(20));
    }
    // The compositor going away is said, not hidden.
    drop(sway);
    let start = Instant::now();
    while idle.idle().is_ok() {
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "the lost connection was not seen"
        );
        sleep(Duration::from_millis(20));
    }
}

/// logind's `LockedHint` changing on this session is heard at once (the
/// sitting timer's lock), against python3-dbusmock's logind on a bus of the
/// test's own.
#[tokio::test]
async fn a_lock_is_heard_from_logind_as_it_happens() {
    use std::collections::HashMap;

    use futures_util::StreamExt;
    use zbus::zvariant::Value;

    let python = "/usr/bin/python3";
    let Some((_bus, address)) = private_bus(python) else {
        return;
    };
    // The test's bus stands in for the system bus.
    let mock = Command::new(python)
        .args(["-m", "dbusmock", "--system", "-t", "logind"])
        .env("DBUS_SYSTEM_BUS_ADDRESS", &address)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("dbusmock starts");
    let _mock = Server(mock);
    let bus = zbus::connection::Builder::address(address.as_str())
        .unwrap()
        .build()
        .await
        .unwrap();
    // A session, and `session/auto` naming it (as logind resolves it).
    let start = Instant::now();
    loop {
        let added = bus
            .call_method(
                Some("org.freedesktop.login1"),
                "/org/freedesktop/login1",
                Some("org.freedesktop.DBus.Mock"),
                "AddSession",
                &("c1", "seat0", 1000u32, "me", true),
            )
            .await;
        match added {
            Ok(_) => break,
            Err(e) if start.elapsed() > Duration::from_secs(10) => panic!("{e}"),
            Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
        }
    }
    let mut props: HashMap<&str, Value<'_>> = HashMap::new();
    props.insert("Id", Value::from("c1"));
    let methods: Vec<(&str, &str, &str, &str)> = Vec::new();
    bus.call_method(
        Some("org.freedesktop.login1"),
        "/org/freedesktop/login1",
        Some("org.freedesktop.DBus.Mock"),
        "AddObject",
        &(
            "/org/freedesktop/login1/session/auto",
            "org.freedesktop.login1.Session",
            props,
            methods,
        ),
    )
    .await
    .unwrap();

    let mut changes = Box::pin(
        limber::desktop::idle::lock_changes_on(&bus)
            .await
            .expect("the session's lock hint is watched"),
    );
    let lock = |locked: bool| {
        let bus = bus.clone();
        async move {
            bus.call_method(
                Some("org.freedesktop.login1"),
                "/org/freedesktop/login1/session/c1",
                Some("org.freedesktop.login1.Session"),
                "SetLockedHint",
                &(locked,),
            )
            .await
            .unwrap();
        }
    };
    for locked in [true, false] {
        lock(locked).await;
        let heard = tokio::time::timeout(Duration::from_secs(5), changes.next()).await;
        assert!(matches!(heard, Ok(Some(()))), "locked {locked}: not heard");
    }
}
