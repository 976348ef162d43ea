//! `limber follow` run for real, with input that is not a terminal, on a
//! routine of a few seconds. With no sound device (the usual case on a test
//! machine) it must run just the same, silently, with no ALSA noise.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

const TINY: &str = "tests/fixtures/valid/tiny-follow.ron";
#[cfg(target_os = "linux")]
const QUICK_VOICE: &str = "tests/fixtures/valid/quick-voice.ron";

/// The real binary, speaking English whatever the machine's language.
fn limber() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_limber"));
    command.env("LANGUAGE", "en").env("LC_ALL", "C.UTF-8");
    command
}

fn follow(home: &Path, args: &[&str], input: &str) -> Output {
    let mut child = limber()
        .arg("follow")
        .args(args)
        .env("LIMBER_HOME", home)
        // Never reach a sound server the machine may have running.
        .env("PULSE_SERVER", "unix:/nonexistent/limber-test")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run limber");
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(input.as_bytes()).unwrap();
    drop(stdin);
    child.wait_with_output().unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn quiet_stderr(o: &Output) {
    let err = text(&o.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert!(!err.contains("ALSA lib"), "ALSA noise on stderr:\n{err}");
}

#[test]
fn at_the_end_of_input_it_takes_the_assumed_answer_and_exits_0() {
    let home = tempfile::tempdir().unwrap();
    let o = follow(home.path(), &[TINY], "");
    let out = text(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "{out}\n{}", text(&o.stderr));
    quiet_stderr(&o);
    assert!(out.contains("Tiny follow (tiny-follow)"), "{out}");
    assert!(out.contains("Short hold · Left side (0:02)"), "{out}");
    assert!(out.contains("Go on? Answer y (yes) or n (no)."), "{out}");
    assert!(out.contains("taking \"yes\""), "{out}");
    assert!(out.contains("One more"), "the section ran: {out}");
    assert!(out.contains("Done: 2 of 2 moves"), "{out}");
}

#[test]
fn a_typed_line_answers_the_question() {
    let home = tempfile::tempdir().unwrap();
    let o = follow(home.path(), &[TINY], "maybe\nn\n");
    let out = text(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "{out}");
    quiet_stderr(&o);
    assert!(out.contains("Please answer y or n."), "{out}");
    assert!(!out.contains("One more"), "the section was skipped: {out}");
    assert!(!out.contains("taking"), "{out}");
    assert!(out.contains("Done: 1 of 1 move in"), "{out}");
}

#[test]
fn the_cue_log_lists_every_cue_at_its_planned_time() {
    let home = tempfile::tempdir().unwrap();
    let log = home.path().join("cues.tsv");
    // The chimes alone (the voice, where there is one, says some of these
    // instead: see the next test).
    std::fs::create_dir_all(home.path().join("config")).unwrap();
    std::fs::write(home.path().join("config/settings.ron"), "(voice: false)\n").unwrap();
    let o = follow(
        home.path(),
        &[TINY, "--answer", "no", "--cue-log", log.to_str().unwrap()],
        "",
    );
    let out = text(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "{out}");
    quiet_stderr(&o);
    assert!(out.contains("Go on? no (--answer)"), "{out}");
    let text = std::fs::read_to_string(&log).unwrap();
    assert!(text.contains("# start_unix_ms "), "{text}");
    assert!(
        text.contains("\ncue\tplanned_ms\thanded_ms\theard_ms\n"),
        "{text}"
    );
    let rows: Vec<(String, f64)> = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("cue\t"))
        // The voice's phrases have lines of their own (see below).
        .filter(|l| !l.starts_with("phrase\t"))
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            assert_eq!(f.len(), 4, "{l}");
            // With a device both times are numbers, without one both are "-".
            assert_eq!(f[2] == "-", f[3] == "-", "{l}");
            (f[0].to_string(), f[1].parse().unwrap())
        })
        .collect();
    assert!(phrases(&text).is_empty(), "the voice is off");
    let want = [
        ("start", 1000.0),
        ("halfway", 2000.0),
        ("switch", 3000.0),
        ("start", 4000.0),
        ("halfway", 5000.0),
        // The end of the last set and of the routine, on the gate answered
        // "no" at once: one sound.
        ("complete", 6000.0),
    ];
    assert_eq!(rows.len(), want.len(), "{rows:?}");
    for ((cue, ms), (want_cue, want_ms)) in rows.iter().zip(want) {
        assert_eq!(cue, want_cue);
        assert!((ms - want_ms).abs() < 0.5, "{cue} at {ms}");
    }
}

/// The phrases of a cue log: (planned ms, words).
fn phrases(log: &str) -> Vec<(f64, String)> {
    log.lines()
        .filter(|l| l.starts_with("phrase\t"))
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            assert_eq!(f.len(), 5, "{l}");
            (f[1].parse().unwrap(), f[4].to_string())
        })
        .collect()
}

// The voice here is espeak-ng; Windows and macOS voices are not run in CI.
#[cfg(target_os = "linux")]
#[test]
fn it_speaks_the_same_phrases_each_at_its_moment() {
    let home = tempfile::tempdir().unwrap();
    let log = home.path().join("cues.tsv");
    let o = follow(
        home.path(),
        &[
            QUICK_VOICE,
            "--answer",
            "no",
            "--cue-log",
            log.to_str().unwrap(),
        ],
        "",
    );
    let out = text(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "{out}");
    quiet_stderr(&o);
    assert!(out.contains("Speaking with espeak-ng"), "{out}");
    let log_text = std::fs::read_to_string(&log).unwrap();
    let said = phrases(&log_text);
    let words: Vec<&str> = said.iter().map(|(_, w)| w.as_str()).collect();
    assert_eq!(
        words,
        [
            "Short hold, left side, 6 seconds",
            "Halfway",
            "Switch sides",
            "Halfway",
            "A few reps, 3 reps, set 1 of 2",
            "Halfway",
            "Rest, 10 seconds. Next: last set",
            "Halfway",
            // "Done. 51 seconds" follows the last chime, after the end:
            // without a device nothing waits for it, and it is not logged.
        ]
    );
    // The first get-ready's phrase as soon as the audio can place it;
    // "Switch sides" in place of its chime, at the switch itself (9 s
    // get-ready, 6 s hold); the rest's words after its chime has rung out.
    assert!((said[0].0 - 300.0).abs() < 0.5, "{said:?}");
    assert!((said[2].0 - 15_000.0).abs() < 0.5, "{said:?}");
    let rest_chime: f64 = log_text
        .lines()
        .find_map(|l| l.strip_prefix("rest\t"))
        .and_then(|l| l.split('\t').next())
        .and_then(|ms| ms.parse().ok())
        .expect("a rest chime in the log");
    let gap = limber::speech::after_chime(limber::cues::Cue::Rest).as_secs_f64() * 1000.0;
    assert!((said[6].0 - (rest_chime + gap)).abs() < 0.5, "{said:?}");
    // Rendered once, kept in the cache folder under LIMBER_HOME.
    let cached = std::fs::read_dir(home.path().join("cache/voice"))
        .unwrap()
        .count();
    assert_eq!(cached, 7, "one file per distinct phrase");
}

#[cfg(target_os = "linux")]
#[test]
fn without_a_voice_it_says_why_once_and_follows_with_chimes() {
    let home = tempfile::tempdir().unwrap();
    let log = home.path().join("cues.tsv");
    let mut child = limber()
        .args(["follow", TINY, "--answer", "no", "--cue-log"])
        .arg(&log)
        .env("LIMBER_HOME", home.path())
        .env("LIMBER_ESPEAK", "/nonexistent/espeak-ng")
        .env("PULSE_SERVER", "unix:/nonexistent/limber-test")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let o = {
        let _ = child.stdin.take();
        child.wait_with_output().unwrap()
    };
    let out = text(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "{out}");
    quiet_stderr(&o);
    assert_eq!(
        out.matches("No voice: /nonexistent/espeak-ng cannot be run; chimes only.")
            .count(),
        1,
        "{out}"
    );
    let log = std::fs::read_to_string(&log).unwrap();
    assert!(phrases(&log).is_empty(), "{log}");
    assert!(log.contains("\ncomplete\t"), "{log}");
}

#[cfg(target_os = "linux")]
#[test]
fn a_voice_that_hangs_is_said_once_and_the_routine_keeps_its_time() {
    let home = tempfile::tempdir().unwrap();
    let fake = home.path().join("espeak-ng");
    std::fs::write(
        &fake,
        "#!/bin/sh\nif [ \"$1\" = --version ]; then echo 'eSpeak NG text-to-speech: 9'; exit 0; fi\nsleep 60\n",
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
    let started = std::time::Instant::now();
    let o = limber()
        .args(["follow", TINY, "--answer", "no", "--timing"])
        .env("LIMBER_HOME", home.path())
        .env("LIMBER_ESPEAK", &fake)
        .env("PULSE_SERVER", "unix:/nonexistent/limber-test")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let out = text(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "{out}");
    quiet_stderr(&o);
    assert_eq!(out.matches("did not answer within").count(), 1, "{out}");
    assert!(out.contains("Done: "), "{out}");
    assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
}

/// `limber history --json` for this home, parsed.
fn history(home: &Path) -> Vec<serde_json::Value> {
    let o = limber()
        .args(["history", "--json"])
        .env("LIMBER_HOME", home)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let doc: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    doc["sessions"].as_array().cloned().unwrap_or_default()
}

#[test]
fn a_session_followed_by_ear_is_kept_in_the_history() {
    let home = tempfile::tempdir().unwrap();
    let o = follow(home.path(), &[TINY], "n\n");
    let out = text(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "{out}");
    assert!(out.contains("Kept in your history"), "{out}");
    let records = history(home.path());
    assert_eq!(records.len(), 1, "{records:?}");
    let r = &records[0];
    assert_eq!(r["routine"], "tiny-follow");
    assert_eq!(r["routine_name"], "Tiny follow");
    assert_eq!(r["completed"], true);
    assert_eq!(r["via"], "terminal");
    assert_eq!(r["answers"][0]["question"], "Go on?");
    assert_eq!(r["answers"][0]["answer"], "no");
    // Not at a terminal, so no one was asked for a pain rating.
    assert_eq!(r["pain_before"], serde_json::Value::Null);
    // "No" skipped the second section, so its move was never planned.
    assert_eq!(r["moves"].as_array().map(Vec::len), Some(1));
    assert_eq!(r["moves"][0]["status"], "done");
}

#[cfg(unix)]
#[test]
fn a_session_stopped_by_a_signal_is_kept_as_partial() {
    use std::io::{BufRead, BufReader};
    let home = tempfile::tempdir().unwrap();
    let mut child = limber()
        .args(["follow", TINY])
        .env("LIMBER_HOME", home.path())
        .env("PULSE_SERVER", "unix:/nonexistent/limber-test")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    // Wait until the first hold has started, then stop it as a logout would.
    for line in lines.by_ref() {
        if line.unwrap().contains("Short hold · Left side") {
            break;
        }
    }
    std::thread::sleep(std::time::Duration::from_millis(300));
    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let rest: Vec<String> = lines.map_while(Result::ok).collect();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(130), "{rest:?}");
    assert!(rest.iter().any(|l| l.contains("Interrupted.")), "{rest:?}");
    let records = history(home.path());
    assert_eq!(records.len(), 1, "{records:?}");
    assert_eq!(records[0]["completed"], false);
    assert_eq!(records[0]["via"], "terminal");
    assert_ne!(records[0]["moves"][0]["status"], "not_reached");
}

/// At a terminal (a pseudo-terminal from util-linux's `script`), pain is
/// asked before and after, with keys, and kept with the session.
#[cfg(target_os = "linux")]
#[test]
fn at_a_terminal_pain_is_asked_before_and_after() {
    use std::io::Read;
    use std::sync::{Arc, Mutex};
    use std::time::{Duration, Instant};
    let home = tempfile::tempdir().unwrap();
    let command = format!("{} follow {TINY}", env!("CARGO_BIN_EXE_limber"));
    let mut child = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .env("LIMBER_HOME", home.path())
        .env("LANGUAGE", "en")
        .env("LC_ALL", "C.UTF-8")
        .env("PULSE_SERVER", "unix:/nonexistent/limber-test")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("`script` from util-linux runs the test in a terminal");
    let screen = Arc::new(Mutex::new(String::new()));
    let mut out = child.stdout.take().unwrap();
    let seen = screen.clone();
    let reader = std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = out.read(&mut buf) {
            if n == 0 {
                break;
            }
            seen.lock()
                .unwrap()
                .push_str(&String::from_utf8_lossy(&buf[..n]));
        }
    });
    // Waits until the terminal shows `text` (its `nth` time), then types.
    let mut keys = child.stdin.take().unwrap();
    let mut when_shown = |text: &str, nth: usize, typed: &str| {
        let deadline = Instant::now() + Duration::from_secs(20);
        while screen.lock().unwrap().matches(text).count() < nth {
            assert!(
                Instant::now() < deadline,
                "never showed {text:?}:\n{}",
                screen.lock().unwrap()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        keys.write_all(typed.as_bytes()).unwrap();
        keys.flush().unwrap();
    };
    // A mistake first, then 4; "n" at the question; 2 after.
    when_shown("How is your pain right now?", 1, "12\r");
    when_shown("A number from 0 to 10, please.", 1, "4\r");
    when_shown("Answer y (yes) or n (no).", 1, "n");
    when_shown("And your pain now?", 1, "2\r");
    let status = child.wait().unwrap();
    reader.join().unwrap();
    let out = screen.lock().unwrap().clone();
    assert!(status.success(), "{out}");
    let records = history(home.path());
    assert_eq!(records.len(), 1, "one session, updated: {records:?}\n{out}");
    assert_eq!(records[0]["pain_before"], 4);
    assert_eq!(records[0]["pain_after"], 2);
    assert_eq!(records[0]["completed"], true);
}

#[test]
fn an_unknown_routine_is_an_error() {
    let home = tempfile::tempdir().unwrap();
    let o = follow(home.path(), &["no-such-routine"], "");
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o.stderr).contains("no routine called"),
        "{}",
        text(&o.stderr)
    );
    let o = follow(home.path(), &[TINY, "--answer", "perhaps"], "");
    assert_eq!(o.status.code(), Some(2), "clap rejects it");
}
