//! The real `limber` binary, run as a user would from a terminal.

use std::path::Path;
use std::process::{Command, Output};

/// `limber ARGS` with its files under `home`, in English, without a display.
fn limber_command(home: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_limber"));
    command
        .args(args)
        .env("LIMBER_HOME", home)
        // The same words whatever the machine's language.
        .env("LANGUAGE", "en")
        .env("LC_ALL", "C.UTF-8")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY");
    command
}

fn limber(home: &Path, args: &[&str]) -> Output {
    limber_command(home, args).output().expect("run limber")
}

/// Writes `text` as the settings file under `home`.
fn write_settings(home: &Path, text: &str) {
    std::fs::create_dir_all(home.join("config")).unwrap();
    std::fs::write(home.join("config/settings.ron"), text).unwrap();
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn home() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

#[test]
fn every_command_has_help() {
    let h = home();
    for args in [
        vec!["--help"],
        vec!["list", "--help"],
        vec!["check", "--help"],
        vec!["plan", "--help"],
        vec!["play", "--help"],
        vec!["follow", "--help"],
    ] {
        let o = limber(h.path(), &args);
        assert!(o.status.success(), "{args:?}");
        assert!(
            stdout(&o).contains("Usage: limber"),
            "{args:?}: {}",
            stdout(&o)
        );
    }
}

/// Only where the desktop is an X11 or Wayland session that may be absent;
/// on Windows and macOS the window just opens.
#[cfg(not(any(windows, target_os = "macos")))]
#[test]
fn without_a_display_the_window_says_so_and_exits_1() {
    let h = home();
    for args in [vec![], vec!["play", "sciatica-relief"]] {
        let o = limber(h.path(), &args);
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        assert!(stderr(&o).contains("no display found"), "{}", stderr(&o));
        assert!(!stderr(&o).contains("panicked"));
    }
}

#[test]
fn list_json_has_the_documented_fields() {
    let h = home();
    let o = limber(h.path(), &["list", "--json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let list: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let items = list.as_array().unwrap();
    let sciatica = items.iter().find(|i| i["id"] == "sciatica-relief").unwrap();
    assert_eq!(sciatica["name"], "Sciatica relief");
    assert_eq!(sciatica["source"], "bundled");
    assert_eq!(sciatica["total_seconds"], 1305);
}

#[test]
fn list_shows_user_routines_and_broken_ones() {
    let h = home();
    let dir = h.path().join("config/routines");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("mine.ron"),
        r#"(name: "Mine", moves: [(id: "a", name: "A", hold: "45s")])"#,
    )
    .unwrap();
    std::fs::write(
        dir.join("bad.ron"),
        "(name: \"Bad\",\n  moves: [(id: \"a\")],\n)",
    )
    .unwrap();
    let o = limber(h.path(), &["list", "--json"]);
    assert!(o.status.success());
    let list: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let mine = list
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "mine")
        .unwrap();
    assert_eq!(mine["total_seconds"], 55);
    // Compared by components: Windows writes the path with backslashes.
    assert!(Path::new(mine["source"].as_str().unwrap()).ends_with("config/routines/mine.ron"));
    let bad = list
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "bad")
        .unwrap();
    assert!(
        bad["error"].as_str().unwrap().contains("bad.ron:2:"),
        "{bad}"
    );
    // The table shows both too.
    let table = stdout(&limber(h.path(), &["list"]));
    assert!(
        table.contains("Mine") && table.contains("bad.ron:2:"),
        "{table}"
    );
}

#[test]
fn check_passes_the_bundled_routines() {
    let h = home();
    let files: Vec<String> = std::fs::read_dir("routines")
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .collect();
    let args: Vec<&str> = std::iter::once("check")
        .chain(files.iter().map(String::as_str))
        .collect();
    let o = limber(h.path(), &args);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).is_empty());
}

#[test]
fn check_prints_file_line_col_for_every_broken_fixture() {
    let h = home();
    let o = limber(h.path(), &["check", "tests/fixtures/broken"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    // Windows joins a folder and its files with a backslash.
    #[cfg(windows)]
    let err = err.replace('\\', "/");
    let count = std::fs::read_dir("tests/fixtures/broken").unwrap().count();
    let located: Vec<&str> = err
        .lines()
        .filter(|l| l.starts_with("tests/fixtures/broken/"))
        .collect();
    assert_eq!(located.len(), count, "{err}");
    for line in located {
        let mut parts = line.splitn(4, ':');
        let (_file, l, c, msg) = (
            parts.next().unwrap(),
            parts.next().unwrap(),
            parts.next().unwrap(),
            parts.next().unwrap(),
        );
        assert!(
            l.parse::<usize>().is_ok() && c.parse::<usize>().is_ok(),
            "{line}"
        );
        assert!(msg.len() > 5, "{line}");
    }
    assert!(!err.contains("panicked"));
}

#[test]
fn check_mixes_good_and_bad_and_survives_garbage() {
    let h = home();
    let garbage = h.path().join("garbage.ron");
    let bytes: Vec<u8> = (0..20_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    std::fs::write(&garbage, bytes).unwrap();
    let o = limber(
        h.path(),
        &[
            "check",
            "routines/sciatica-relief.ron",
            garbage.to_str().unwrap(),
            "missing.ron",
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("garbage.ron:1:"), "{err}");
    assert!(
        err.contains("missing.ron:1:1: cannot read this file"),
        "{err}"
    );
    assert!(stdout(&o).contains("sciatica-relief.ron: ok"));
}

#[test]
fn plan_prints_the_timeline_and_total() {
    let h = home();
    let o = limber(h.path(), &["plan", "sciatica-relief"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(
        text.contains("Figure-4 stretch · Left side · set 1 of 3"),
        "{text}"
    );
    assert!(text.contains("Any pain after stretching?"));
    assert!(text.trim_end().ends_with("Total 21:45"), "{text}");
}

#[test]
fn plan_json_has_steps_with_times() {
    let h = home();
    let o = limber(h.path(), &["plan", "sciatica-relief", "--json"]);
    assert!(o.status.success());
    let plan: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(plan["total_seconds"], 1305.0);
    let steps = plan["steps"].as_array().unwrap();
    let first_work = steps.iter().find(|s| s["kind"] == "work").unwrap();
    assert_eq!(first_work["exercise"], "figure-4");
    assert_eq!(first_work["side"], "left");
    assert_eq!(first_work["set"], 1);
    assert_eq!(first_work["start_seconds"], 10.0);
    assert_eq!(first_work["duration_seconds"], 30.0);
    // Steps follow each other without gaps.
    let mut at = 0.0;
    for s in steps {
        assert_eq!(s["start_seconds"].as_f64().unwrap(), at, "{s}");
        at += s["duration_seconds"].as_f64().unwrap();
    }
    assert_eq!(at, 1305.0);
}

#[test]
fn plan_applies_the_users_affected_side_settings() {
    let h = home();
    write_settings(
        h.path(),
        "(affected_side: Left, extra_reps: 3, extra_time: \"15s\")",
    );
    let o = limber(h.path(), &["plan", "sciatica-relief", "--json"]);
    let plan: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    // +15 s on each left-side hold (3 figure-4 rounds, 3 roll-outs) and
    // +3 reps × 6 s on the left hip flexion.
    assert_eq!(plan["total_seconds"], 1305.0 + 6.0 * 15.0 + 18.0);
}

#[test]
fn plan_accepts_a_path_and_reports_unknown_ids() {
    let h = home();
    let o = limber(h.path(), &["plan", "routines/sciatica-relief.ron"]);
    assert!(o.status.success());
    let o = limber(h.path(), &["plan", "no-such-routine"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("no routine called \"no-such-routine\""));
    let o = limber(h.path(), &["plan", "tests/fixtures/broken/zero-hold.ron"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).starts_with("tests/fixtures/broken/zero-hold.ron:4:41: "));
}

#[test]
fn a_broken_settings_field_warns_and_the_rest_applies() {
    let h = home();
    write_settings(
        h.path(),
        "(affected_side: Left, extra_reps: \"many\", extra_time: \"15s\")",
    );
    let o = limber(h.path(), &["plan", "sciatica-relief", "--json"]);
    assert!(o.status.success());
    assert!(stderr(&o).contains("extra_reps"), "{}", stderr(&o));
    let plan: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(plan["total_seconds"], 1305.0 + 6.0 * 15.0);
    // Loading never rewrites the file.
    let text = std::fs::read_to_string(h.path().join("config/settings.ron")).unwrap();
    assert!(text.contains("\"many\""));
}

#[test]
fn reminders_lists_the_week_and_reports_a_broken_one_where_it_is() {
    let h = home();
    write_settings(
        h.path(),
        r#"(
    reminders: [
        (routine: "sciatica-relief", at: "18:30", days: Daily),
        (routine: "stretches-only", at: "25:00", days: Weekdays),
        (routine: "desk-break", at: "12:00", days: [Mon, Wed]),
    ],
)
"#,
    );
    let o = limber(h.path(), &["reminders", "--json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    // The broken one is reported at its line and column, and left out.
    assert!(
        stderr(&o).contains("settings.ron:4:") && stderr(&o).contains("\"25:00\""),
        "{}",
        stderr(&o)
    );
    let doc: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let rows = doc["reminders"].as_array().unwrap();
    let of = |id: &str| rows.iter().filter(|r| r["routine"] == id).count();
    // A week from today: every day once, Mondays and Wednesdays once each.
    assert_eq!(of("sciatica-relief"), 7, "{rows:?}");
    assert_eq!(of("desk-break"), 2, "{rows:?}");
    assert_eq!(of("stretches-only"), 0, "{rows:?}");
    let keys: Vec<String> = rows
        .iter()
        .map(|r| {
            format!(
                "{} {}",
                r["date"].as_str().unwrap(),
                r["at"].as_str().unwrap()
            )
        })
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted, "in the order they fall");
    for r in rows {
        assert!(
            ["planned", "due"].contains(&r["status"].as_str().unwrap()),
            "{r}"
        );
        assert!(
            r["name"].is_string(),
            "the routine's name is looked up: {r}"
        );
    }
    assert!(doc["paused_until"].is_null());
    assert!(doc["this_week"].is_object(), "{doc}");

    // The human table names the routines.
    let o = limber(h.path(), &["reminders"]);
    assert!(o.status.success());
    assert!(stdout(&o).contains("Sciatica relief"), "{}", stdout(&o));
    assert!(stdout(&o).contains("Desk break"), "{}", stdout(&o));
}

/// A reminder whose routine does not exist is shown as off, with the
/// reason in its status, and the columns stay in line.
#[test]
fn reminders_marks_one_without_a_routine_off() {
    let h = home();
    write_settings(
        h.path(),
        r#"(reminders: [(routine: "nope", at: "00:01", days: Daily), (routine: "sciatica-relief", at: "23:59", days: Daily)])"#,
    );
    let o = limber(h.path(), &["reminders"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    let lines: Vec<&str> = text.lines().filter(|l| l.contains("nope")).collect();
    assert_eq!(lines.len(), 7, "{text}");
    for l in &lines {
        assert!(l.trim_end().ends_with("off: no such routine"), "{text}");
        assert!(!l.contains("due") && !l.contains("planned"), "{text}");
    }
    // The status column starts at the same place on every line.
    let status_at = |l: &str, word: &str| l.find(word).map(|i| l[..i].chars().count());
    let header = text.lines().next().unwrap();
    let at = status_at(header, "STATUS");
    assert!(at.is_some(), "{text}");
    assert!(lines.iter().all(|l| status_at(l, "off:") == at), "{text}");
    assert!(
        text.lines()
            .filter(|l| l.contains("Sciatica relief"))
            .all(|l| status_at(l, "planned").or(status_at(l, "due")) == at),
        "{text}"
    );
    let o = limber(h.path(), &["reminders", "--json"]);
    let doc: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let nope = doc["reminders"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["routine"] == "nope")
        .unwrap();
    assert_eq!(nope["status"], "off", "{nope}");
    assert!(nope["name"].is_null(), "{nope}");
}

#[test]
fn reminders_without_any_says_how_to_plan_one() {
    let h = home();
    let o = limber(h.path(), &["reminders"]);
    assert!(o.status.success());
    assert!(
        stdout(&o).contains("No reminders planned"),
        "{}",
        stdout(&o)
    );
    assert!(
        stdout(&o).contains("reminders: [(routine:"),
        "{}",
        stdout(&o)
    );
}

/// What the Windows installer runs on removal: on Linux it takes the XDG
/// login entry away (under `LIMBER_HOME`, `DIR/autostart`), and leaves the
/// person's files and other entries.
#[cfg(all(unix, not(target_os = "macos")))]
#[test]
fn unregister_removes_the_login_entry_and_nothing_else() {
    let h = home();
    let autostart = h.path().join("autostart");
    std::fs::create_dir_all(&autostart).unwrap();
    std::fs::write(autostart.join("limber.desktop"), "[Desktop Entry]\n").unwrap();
    std::fs::write(autostart.join("other.desktop"), "[Desktop Entry]\n").unwrap();
    let routines = h.path().join("config/routines");
    std::fs::create_dir_all(&routines).unwrap();
    std::fs::write(routines.join("mine.ron"), "(mine)").unwrap();
    let o = limber(h.path(), &["unregister"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!autostart.join("limber.desktop").exists());
    assert!(autostart.join("other.desktop").exists());
    assert_eq!(
        std::fs::read_to_string(routines.join("mine.ron")).unwrap(),
        "(mine)"
    );
    // Nothing left to remove is fine too.
    let o = limber(h.path(), &["unregister"]);
    assert!(o.status.success(), "{}", stderr(&o));
}

/// A running program's output, line by line, read on a thread.
#[cfg(unix)]
fn lines_of(output: impl std::io::Read + Send + 'static) -> std::sync::mpsc::Receiver<String> {
    use std::io::BufRead;
    let (lines, said) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(output).lines() {
            let _ = lines.send(line.unwrap_or_default());
        }
    });
    said
}

/// Whether a line containing `text` comes within 30 s.
#[cfg(unix)]
fn says(said: &std::sync::mpsc::Receiver<String>, text: &str) -> bool {
    std::iter::from_fn(|| said.recv_timeout(std::time::Duration::from_secs(30)).ok())
        .any(|line| line.contains(text))
}

/// A service that can watch neither its settings nor its quit requests
/// says so, and runs on.
#[cfg(unix)]
#[test]
fn a_service_that_cannot_watch_says_so_and_runs() {
    let h = home();
    // Where the watched folders would be, links to nowhere: neither can
    // be made nor watched.
    let nowhere = h.path().join("nowhere");
    std::os::unix::fs::symlink(&nowhere, h.path().join("config")).unwrap();
    std::fs::create_dir_all(h.path().join("data/run")).unwrap();
    std::os::unix::fs::symlink(&nowhere, h.path().join("data/run/service")).unwrap();
    let mut service = limber_command(h.path(), &["background"])
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let errors = lines_of(service.stderr.take().unwrap());
    let output = lines_of(service.stdout.take().unwrap());
    let warned = says(&errors, "Cannot watch the settings folder");
    let started = says(&output, "reminder service is running");
    let still_running = service.try_wait().unwrap().is_none();
    let _ = service.kill();
    let _ = service.wait();
    assert!(warned, "no word of the missing watch");
    assert!(started && still_running, "the service did not run on");
}

/// `limber background --quit` ends a running reminder service (what the
/// Windows installer does before removing the program), and says when
/// none runs.
#[cfg(unix)]
#[test]
fn background_quit_stops_the_running_service() {
    let h = home();
    write_settings(
        h.path(),
        r#"(reminders: [(routine: "sciatica-relief", at: "23:59", days: Daily)])"#,
    );
    let mut service = limber_command(h.path(), &["background"])
        // No desktop: it says so and carries on.
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let said = lines_of(service.stdout.take().unwrap());
    assert!(
        says(&said, "reminder service is running"),
        "the service did not start"
    );

    let o = limber(h.path(), &["background", "--quit"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("reminder service stopped"),
        "{}",
        stdout(&o)
    );
    // Its lock is let go just before it exits: it ends, and well.
    let status = (0..100)
        .find_map(|_| {
            let status = service.try_wait().unwrap();
            if status.is_none() {
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
            status
        })
        .expect("the service still runs");
    assert!(status.success(), "{status}");

    let o = limber(h.path(), &["background", "--quit"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("No reminder service is running"),
        "{}",
        stdout(&o)
    );
}

/// `limber` in another language: the system's (`LANGUAGE`), unless the
/// settings choose one.
fn limber_in(home: &Path, language: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_limber"))
        .args(args)
        .env("LIMBER_HOME", home)
        .env("LANGUAGE", language)
        .env("LC_ALL", "C.UTF-8")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("run limber")
}

#[test]
fn the_terminal_speaks_the_systems_language_unless_the_settings_choose() {
    let h = home();
    // Windows and macOS take the system's language from their own
    // settings, not from these variables: there only the setting is tried.
    #[cfg(target_os = "linux")]
    system_language(h.path());

    // The setting wins over the system.
    let settings = limber::paths::Paths::under(h.path()).settings();
    std::fs::create_dir_all(settings.parent().unwrap()).unwrap();
    std::fs::write(&settings, "(language: English)").unwrap();
    let english = stdout(&limber_in(h.path(), "de", &["list"]));
    assert!(english.contains("Sciatica relief"), "{english}");
    std::fs::write(&settings, "(language: Spanish)").unwrap();
    let spanish = stdout(&limber_in(h.path(), "en", &["list"]));
    assert!(spanish.contains("Alivio de la ciática"), "{spanish}");
}

#[cfg(target_os = "linux")]
fn system_language(home: &Path) {
    let german = limber_in(home, "de_DE.UTF-8", &["list"]);
    assert!(german.status.success(), "{}", stderr(&german));
    let text = stdout(&german);
    assert!(
        !text.contains("Sciatica relief"),
        "the routines are German:\n{text}"
    );
    assert!(!text.contains("bundled"), "the table is German:\n{text}");
    let plan = stdout(&limber_in(home, "fr", &["plan", "sciatica-relief"]));
    assert!(!plan.contains("Figure-4 stretch"), "{plan}");
}

#[test]
fn check_verifies_a_routine_translation_against_its_routine() {
    let h = home();
    let all = limber(
        h.path(),
        &[
            "check",
            "i18n/de/routines",
            "i18n/fr/routines",
            "i18n/es/routines",
        ],
    );
    assert!(all.status.success(), "{}", stderr(&all));
    assert_eq!(stdout(&all).lines().count(), 18, "{}", stdout(&all));

    // A copy with a move left out and a step too few: refused, located.
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("i18n/de/routines");
    std::fs::create_dir_all(&folder).unwrap();
    let text = std::fs::read_to_string("i18n/de/routines/sciatica-relief.ron").unwrap();
    let start = text.find("\"bridge\"").expect("the bridge is translated");
    let cut = text[..start].rfind('\n').unwrap();
    let end = start + text[start..].find("\n        ),").unwrap() + "\n        ),".len();
    let broken = format!("{}{}", &text[..cut], &text[end..]);
    let path = folder.join("sciatica-relief.ron");
    std::fs::write(&path, broken).unwrap();
    let o = limber(h.path(), &["check", path.to_str().unwrap()]);
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(
        err.contains(&format!("{}:", path.display())) && err.contains("move \"bridge\" is missing"),
        "{err}"
    );

    // A translation of a routine Limber does not ship.
    let stray = folder.join("no-such-routine.ron");
    std::fs::write(&stray, "(name: \"x\", description: \"y\", moves: {})").unwrap();
    let o = limber(h.path(), &["check", stray.to_str().unwrap()]);
    assert!(
        stderr(&o).contains("no bundled routine \"no-such-routine\""),
        "{}",
        stderr(&o)
    );
}

#[test]
fn check_explains_a_translations_gaps_in_the_language() {
    let h = home();
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("i18n/de/routines");
    std::fs::create_dir_all(&folder).unwrap();
    // One step too few, an empty name and a move the routine lacks.
    let text = std::fs::read_to_string("i18n/de/routines/desk-break.ron").unwrap();
    let path = folder.join("desk-break.ron");
    let broken = text.replacen(
        "moves: {",
        "moves: {\n        \"no-such-move\": (name: \" \", steps: []),",
        1,
    );
    std::fs::write(&path, broken).unwrap();
    // Chosen in the settings: Windows and macOS do not read LANGUAGE.
    write_settings(h.path(), "(language: German)");
    let o = limber_in(h.path(), "de", &["check", path.to_str().unwrap()]);
    assert!(!o.status.success());
    let err = stderr(&o);
    let at = format!("{}:", path.display());
    assert!(
        err.contains(&at) && err.contains("die Routine hat keine Übung \"no-such-move\""),
        "{err}"
    );
    assert!(
        err.contains("Übung \"no-such-move\": der Name ist leer"),
        "{err}"
    );
    assert!(!err.contains("move \""), "no English left:\n{err}");

    let stray = folder.join("no-such-routine.ron");
    std::fs::write(&stray, "(name: \"x\", description: \"y\", moves: {})").unwrap();
    write_settings(h.path(), "(language: Spanish)");
    let err = stderr(&limber_in(
        h.path(),
        "es",
        &["check", stray.to_str().unwrap()],
    ));
    assert!(
        err.contains("no hay ninguna rutina incluida «no-such-routine»"),
        "{err}"
    );
}
