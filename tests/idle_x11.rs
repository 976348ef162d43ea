//! The X11 idle source for real, under Xvfb (which has MIT-SCREEN-SAVER):
//! stillness grows the idle time, `xdotool mousemove` resets it.
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
