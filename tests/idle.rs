//! The idle sources for real: X11 under Xvfb (which has MIT-SCREEN-SAVER):
//! stillness grows the idle time, `xdotool mousemove` resets it; GNOME's
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

/// A display number no one uses (one per process id).
fn display() -> String {
    format!(":{}", 200 + std::process::id() % 500)
}

#[test]
fn x11_idle_grows_when_still_and_resets_on_mouse_movement() {
    if !have("Xvfb") || !have("xdotool") {
        eprintln!("skipped: Xvfb or xdotool is not installed");
        return;
    }
    let display = display();
    let server = Command::new("Xvfb")
        .args([
            display.as_str(),
            "-screen",
            "0",
            "640x480x24",
            "-nolisten",
            "tcp",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("Xvfb starts");
    let _server = Server(server);
    // Wait for the server to take connections.
    let start = Instant::now();
    let x = loop {
        match X11::open(Some(&display)) {
            Ok(x) => break x,
            Err(e) if start.elapsed() > Duration::from_secs(10) => panic!("{e}"),
            Err(_) => sleep(Duration::from_millis(50)),
        }
    };
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

#[tokio::test]
async fn gnome_idle_monitor_is_read_over_dbus() {
    use std::io::{BufRead, BufReader};
    let python = "/usr/bin/python3";
    let dbusmock = Command::new(python)
        .args(["-c", "import dbusmock"])
        .status()
        .is_ok_and(|s| s.success());
    if !have("dbus-daemon") || !dbusmock {
        eprintln!("skipped: dbus-daemon or python3-dbusmock is not installed");
        return;
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
    let _bus = Bus(daemon);
    let address = address.trim().to_string();
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
