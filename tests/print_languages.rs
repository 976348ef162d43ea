//! The printed pages in another language than English. The language is
//! process-wide, so this file holds a single test (its own process, no
//! other test thread to disturb): every bundled routine's sheet and a
//! report come out in German, with German month names and decimal commas.
//! While the German catalogue lacks print messages, their English text is
//! used; the PDFs must still be made and laid out.
#![cfg(target_os = "linux")]

use std::path::Path;
use std::process::Command;

use chrono::NaiveDate;
use limber::history::{self, MoveRecord, MoveStatus, Pain, Record, Reply};
use limber::i18n::{self, Language};
use limber::print::{Paper, report, sheet};

/// The PDF's text, words joined by single spaces.
fn words(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .args([pdf.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext: run scripts/setup --test for poppler-utils");
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn session(day: u32, skipped: bool) -> Record {
    let started_at =
        chrono::DateTime::parse_from_rfc3339(&format!("2026-03-{day:02}T08:00:00+01:00")).unwrap();
    Record {
        v: history::FORMAT_VERSION,
        started_at,
        ended_at: started_at + chrono::Duration::minutes(20),
        routine: "sciatica-relief".into(),
        routine_name: "Ischias".into(),
        completed: !day.is_multiple_of(3),
        active_seconds: 1100,
        pain_before: Pain::new(6),
        pain_after: Pain::new(if day < 15 { 5 } else { 2 }),
        note: day
            .is_multiple_of(4)
            .then(|| "Oberschenkelrückseitendehnungsübungen halfen".into()),
        moves: vec![MoveRecord {
            id: "bridge".into(),
            name: "Brücke".into(),
            status: if skipped {
                MoveStatus::Skipped
            } else {
                MoveStatus::Done
            },
            seconds: 30,
        }],
        answers: vec![history::GateAnswer {
            section: "Kräftigen".into(),
            question: "Schmerzen nach dem Dehnen?".into(),
            answer: if day == 9 { Reply::Yes } else { Reply::No },
        }],
        id: None,
        via: None,
    }
}

#[test]
fn sheets_and_a_report_in_german() {
    i18n::set(Language::German);
    let dir = tempfile::tempdir().unwrap();
    let printed = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
    for (id, _) in limber::routine::BUNDLED {
        let routine = limber::library::bundled(id).unwrap();
        for paper in [Paper::A4, Paper::Letter] {
            let pdf = sheet::sheet(&routine, paper, printed).unwrap();
            assert!(pdf.starts_with(b"%PDF"), "{id}");
            let path = dir.path().join(format!("{id}.pdf"));
            std::fs::write(&path, &pdf).unwrap();
            let text = words(&path);
            assert!(
                text.contains("März 2026"),
                "{id}: the date in German: {text}"
            );
            assert!(text.contains(&routine.name), "{id}");
        }
    }

    let records: Vec<Record> = [2, 4, 9, 12, 16, 20, 23, 28]
        .into_iter()
        .map(|day| session(day, day % 3 == 1))
        .collect();
    let input = report::Input {
        records: &records,
        from: NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
        // Sixty days: 8.6 weeks.
        to: NaiveDate::from_ymd_opt(2026, 4, 29).unwrap(),
        planned: None,
        paper: Paper::A4,
    };
    let pdf = report::report(&input).unwrap();
    let path = dir.path().join("report.pdf");
    std::fs::write(&path, &pdf).unwrap();
    let text = words(&path);
    // A number placeable gets the decimal comma from the German catalogue;
    // until that has the message, the English one (and its point) is used.
    let translated = i18n::files(Language::German)
        .iter()
        .any(|(_, ftl)| ftl.contains("\nreport-period ="));
    let weeks = if translated { "8,6" } else { "8.6" };
    for wanted in [
        weeks,
        "Mär",
        "5,0 → 2,0",
        "Oberschenkelrückseitendehnungsübungen",
    ] {
        assert!(text.contains(wanted), "{wanted:?} missing from:\n{text}");
    }
    i18n::set(Language::English);
}
