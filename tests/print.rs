//! The printable sheet and the progress report, checked the way a reader
//! would: poppler's `pdfinfo` (pages, paper), `pdftotext` (every move, its
//! dose, the safety notes) and `pdftoppm` (every page has ink on it).
//! `scripts/setup --test` installs poppler-utils. Linux only: poppler's
//! programs cannot be started from the Windows build under wine (the PDFs
//! are the same bytes on every system).
#![cfg(target_os = "linux")]

#[path = "common/images.rs"]
mod images;

use std::path::Path;
use std::process::{Command, Output};

use limber::history::{self, MoveRecord, MoveStatus, Pain, Record, Reply};
use limber::print::sheet::dose;

fn limber(home: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_limber"));
    cmd.args(args).env("LIMBER_HOME", home);
    // English whatever the machine's language (LANGUAGE comes before the
    // locale variables, which the paper size is taken from).
    cmd.env("LANGUAGE", "en");
    for v in ["LC_ALL", "LC_PAPER", "LANG"] {
        cmd.env_remove(v);
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "limber {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn poppler(tool: &str, args: &[&str]) -> String {
    let out = Command::new(tool)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{tool} ({e}): run scripts/setup --test for poppler-utils"));
    assert!(
        out.status.success(),
        "{tool}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// (pages, "W x H pts") from pdfinfo.
fn info(pdf: &Path) -> (usize, String) {
    let text = poppler("pdfinfo", &[pdf.to_str().unwrap()]);
    let field = |name: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(name))
            .map(|v| v.trim().to_string())
            .unwrap_or_default()
    };
    (field("Pages:").parse().unwrap(), field("Page size:"))
}

/// Text with line breaks and repeated spaces made single spaces.
fn words(pdf: &Path) -> String {
    let text = poppler("pdftotext", &[pdf.to_str().unwrap(), "-"]);
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Renders every page and gives, for each, the share of pixels that are
/// not white.
fn ink(pdf: &Path, dir: &Path) -> Vec<f64> {
    let prefix = dir.join("page");
    poppler(
        "pdftoppm",
        &[
            "-png",
            "-r",
            "40",
            pdf.to_str().unwrap(),
            prefix.to_str().unwrap(),
        ],
    );
    let mut pages: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with("page"))
        .collect();
    pages.sort();
    pages
        .iter()
        .map(|p| {
            let img = image::open(p).unwrap().into_rgb8();
            let dark = img
                .pixels()
                .filter(|px| px.0.iter().any(|c| *c < 200))
                .count();
            dark as f64 / f64::from(img.width() * img.height())
        })
        .collect()
}

#[test]
fn the_sciatica_sheet_has_every_move_its_dose_and_the_safety_notes() {
    let home = tempfile::tempdir().unwrap();
    let pdf = home.path().join("sheet.pdf");
    limber(
        home.path(),
        &["print", "sciatica-relief", "-o", pdf.to_str().unwrap()],
        &[],
    );
    let (pages, size) = info(&pdf);
    assert!((2..=4).contains(&pages), "{pages} pages");
    assert!(size.contains("(A4)"), "{size}");
    let text = words(&pdf);
    let routine = limber::library::bundled("sciatica-relief").unwrap();
    for m in routine.moves() {
        assert!(text.contains(&m.name), "move {} missing", m.name);
        assert!(text.contains(&dose(m)), "dose {} missing", dose(m));
        for line in m.steps.iter().chain(&m.caution) {
            let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(text.contains(&line), "{}: {line:?} missing", m.name);
        }
    }
    assert!(text.contains("Hold 30 s, 3 rounds, each side"));
    for flag in limber::safety::red_flags() {
        assert!(text.contains(&flag), "{flag}");
    }
    assert!(
        text.contains("Any pain after stretching?"),
        "the pain check"
    );
    assert!(text.contains("Left side Right side"), "both sides drawn");
    let shares = ink(&pdf, home.path());
    assert_eq!(shares.len(), pages);
    for (i, s) in shares.iter().enumerate() {
        assert!(*s > 0.01, "page {} is blank ({s})", i + 1);
    }
}

#[test]
fn letter_paper_where_the_locale_says_so() {
    let home = tempfile::tempdir().unwrap();
    let pdf = home.path().join("sheet.pdf");
    limber(
        home.path(),
        &["print", "desk-break", "-o", pdf.to_str().unwrap()],
        &[("LANG", "en_US.UTF-8")],
    );
    assert!(info(&pdf).1.contains("612 x 792"), "{}", info(&pdf).1);
    limber(
        home.path(),
        &[
            "print",
            "desk-break",
            "-o",
            pdf.to_str().unwrap(),
            "--paper",
            "a4",
        ],
        &[("LANG", "en_US.UTF-8")],
    );
    assert!(info(&pdf).1.contains("A4"));
}

fn session(day: u32, pain: (u8, u8), skipped: bool, yes: bool, note: Option<&str>) -> Record {
    let started_at =
        chrono::DateTime::parse_from_rfc3339(&format!("2026-11-{day:02}T08:00:00+01:00")).unwrap();
    Record {
        v: history::FORMAT_VERSION,
        started_at,
        ended_at: started_at + chrono::Duration::minutes(20),
        routine: "sciatica-relief".into(),
        routine_name: "Sciatica relief".into(),
        completed: true,
        active_seconds: 1100,
        pain_before: Pain::new(pain.0),
        pain_after: Pain::new(pain.1),
        note: note.map(Into::into),
        moves: vec![
            MoveRecord {
                id: "figure-4".into(),
                name: "Figure-4 stretch".into(),
                status: MoveStatus::Done,
                seconds: 300,
            },
            MoveRecord {
                id: "bridge".into(),
                name: "Bridge".into(),
                status: if skipped {
                    MoveStatus::Skipped
                } else {
                    MoveStatus::Done
                },
                seconds: 30,
            },
        ],
        answers: vec![history::GateAnswer {
            section: "Strengthen".into(),
            question: "Any pain after stretching?".into(),
            answer: if yes { Reply::Yes } else { Reply::No },
        }],
        id: None,
        via: None,
    }
}

#[test]
fn the_report_shows_the_period_figures_skips_answers_and_notes() {
    let home = tempfile::tempdir().unwrap();
    let path = home.path().join("data/history.jsonl");
    for (i, day) in [2, 4, 9, 11, 16, 18, 23, 25].into_iter().enumerate() {
        let note = match day {
            4 => Some("left hip tight after the drive"),
            18 => Some("slept through the night"),
            _ => None,
        };
        let r = session(
            day,
            (6 - i as u8 / 2, 4 - i as u8 / 3),
            i % 3 == 0,
            day == 9,
            note,
        );
        history::append(&path, &r).unwrap();
    }
    // Before the period: left out.
    history::append(&path, &session(1, (9, 9), true, true, Some("too early"))).unwrap();
    // Reminders for four of those days: three done, one missed.
    let plan: String = [(2, "started"), (4, "shown"), (6, "missed"), (9, "snoozed")]
        .iter()
        .map(|(day, outcome)| {
            format!(
                "{{\"date\":\"2026-11-{day:02}\",\"at\":\"07:30\",\"routine\":\"sciatica-relief\",\
                 \"outcome\":\"{outcome}\",\"when\":\"2026-11-{day:02}T07:30:00+01:00\"}}\n"
            )
        })
        .collect();
    std::fs::write(home.path().join("data/plan.jsonl"), plan).unwrap();
    let pdf = home.path().join("report.pdf");
    limber(
        home.path(),
        &[
            "report",
            "--since",
            "2026-11-02",
            "-o",
            pdf.to_str().unwrap(),
        ],
        &[],
    );
    let (pages, _) = info(&pdf);
    assert!((1..=2).contains(&pages), "{pages} pages");
    let text = words(&pdf);
    for wanted in [
        "Progress report",
        "from 2 Nov 2026",
        "8 finished, 0 stopped early",
        // Three of the four sessions that reminders planned.
        "Reminders: 3 of 4 planned sessions done (1 missed)",
        "Active minutes per week",
        "Pain before and after each session",
        "Bridge: skipped 3 of 8 times",
        "Any pain after stretching? Yes 1 time, no 7. Yes on 9 Nov.",
        "left hip tight after the drive",
        "slept through the night",
    ] {
        assert!(text.contains(wanted), "{wanted:?} missing from:\n{text}");
    }
    assert!(!text.contains("too early"), "a session before --since");
    for s in ink(&pdf, home.path()) {
        assert!(s > 0.01, "a blank page");
    }
}

#[test]
fn an_empty_history_still_makes_a_readable_report() {
    let home = tempfile::tempdir().unwrap();
    let pdf = home.path().join("report.pdf");
    limber(home.path(), &["report", "-o", pdf.to_str().unwrap()], &[]);
    assert_eq!(info(&pdf).0, 1);
    assert!(words(&pdf).contains("No sessions were recorded in this period."));
}

#[test]
fn a_sheet_shows_your_own_pictures_of_each_kind_and_says_when_one_is_missing() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("mine");
    images::png(&dir.join("a.png"));
    images::jpeg(&dir.join("b.jpg"));
    images::gif(&dir.join("c.gif"));
    images::svg(&dir.join("d.svg"));
    let file = home.path().join("mine.ron");
    std::fs::write(
        &file,
        r#"(name: "Mine", moves: [
            (id: "a", name: "Photo A", image: "a.png", hold: "30s", sides: Both),
            (id: "b", name: "Photo B", image: "b.jpg", reps: 10),
            (id: "c", name: "Moving C", image: "c.gif", reps: 8),
            (id: "d", name: "Drawing D", image: "d.svg", hold: "20s", mirror: false, sides: Left),
            (id: "e", name: "Lost E", image: "gone.png", hold: "20s"),
        ])"#,
    )
    .unwrap();
    let pdf = home.path().join("sheet.pdf");
    limber(
        home.path(),
        &["print", file.to_str().unwrap(), "-o", pdf.to_str().unwrap()],
        &[],
    );
    let text = words(&pdf);
    for name in [
        "Photo A",
        "Photo B",
        "Moving C",
        "Drawing D",
        "Lost E",
        "Picture missing",
    ] {
        assert!(text.contains(name), "{name} missing from {text}");
    }
    // The pictures are in it: pdfimages lists the raster ones.
    let list = poppler("pdfimages", &["-list", pdf.to_str().unwrap()]);
    assert!(list.lines().count() >= 2 + 4, "{list}");
    for s in ink(&pdf, home.path()) {
        assert!(s > 0.01, "a blank page");
    }
}
