//! Routine files: bundled content, broken files, hostile input, plans.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use limber::routine::{self, BUNDLED, Dur, Plan, PlanOptions, Side, Source, StepKind, Work};
use proptest::prelude::*;

fn fixtures(dir: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(Path::new("tests/fixtures").join(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    files.sort();
    files
}

/// Each broken fixture starts with `// expect: LINE:COL words in the message`.
fn expectation(path: &Path) -> (usize, usize, String) {
    let bytes = std::fs::read(path).unwrap();
    let first = String::from_utf8_lossy(bytes.split(|&b| b == b'\n').next().unwrap()).into_owned();
    let rest = first
        .strip_prefix("// expect: ")
        .unwrap_or_else(|| panic!("{} has no expect line", path.display()));
    let (loc, words) = rest.split_once(' ').unwrap();
    let (line, col) = loc.split_once(':').unwrap();
    (
        line.parse().unwrap(),
        col.parse().unwrap(),
        words.to_string(),
    )
}

#[test]
fn every_broken_fixture_gets_a_located_error() {
    let files = fixtures("broken");
    assert!(files.len() >= 15, "only {} broken fixtures", files.len());
    for path in files {
        let (line, col, words) = expectation(&path);
        let error = routine::load_file(&path)
            .err()
            .unwrap_or_else(|| panic!("{} loaded without error", path.display()));
        assert_eq!(error.file, path.display().to_string());
        assert_eq!(
            (error.line, error.col),
            (line, col),
            "{}: {}",
            path.display(),
            error.message
        );
        assert!(
            error.message.contains(&words),
            "{}: message {:?} lacks {:?}",
            path.display(),
            error.message,
            words
        );
        // The display form is what `limber check` prints.
        assert!(
            error
                .to_string()
                .starts_with(&format!("{}:{line}:{col}: ", path.display()))
        );
    }
}

#[test]
fn a_50_mb_file_is_refused_without_parsing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.ron");
    let mut text = String::from("(name: \"Huge\", description: \"");
    text.push_str(&"x".repeat(50 * 1024 * 1024));
    text.push_str("\", moves: [(id: \"a\", name: \"A\", hold: \"30s\")])");
    std::fs::write(&path, text).unwrap();
    let error = routine::load_file(&path).unwrap_err();
    assert_eq!((error.line, error.col), (1, 1));
    assert!(
        error.message.contains("limited to 256 KiB"),
        "{}",
        error.message
    );
    assert!(error.message.contains("51200 KiB"), "{}", error.message);
}

#[test]
fn valid_fixtures_load() {
    let files = fixtures("valid");
    assert!(files.len() >= 3);
    for path in files {
        routine::load_file(&path).unwrap_or_else(|e| panic!("{e}"));
    }
}

#[test]
fn every_bundled_routine_checks_clean_and_is_embedded() {
    let on_disk: Vec<String> = std::fs::read_dir("routines")
        .unwrap()
        .map(|e| routine::id_of(&e.unwrap().path()))
        .collect();
    for id in &on_disk {
        assert!(
            BUNDLED.iter().any(|(b, _)| b == id),
            "routines/{id}.ron is not embedded in BUNDLED"
        );
    }
    for entry in routine::bundled() {
        let r = entry.routine.unwrap_or_else(|e| panic!("{e}"));
        assert!(
            !r.description.is_empty(),
            "{} needs a description",
            entry.id
        );
        assert!(on_disk.contains(&entry.id));
    }
}

#[test]
fn saving_and_reading_back_keeps_every_field() {
    for entry in routine::bundled() {
        let original = entry.routine.unwrap();
        let text = routine::to_ron(&original);
        let back = routine::parse("saved.ron", &text).unwrap_or_else(|e| panic!("{e}\n{text}"));
        assert_eq!(*original, back);
    }
}

/// The sciatica programme's doses, added up by hand.
#[test]
fn sciatica_relief_totals_match_the_doses() {
    let entry = routine::bundled()
        .into_iter()
        .find(|e| e.id == "sciatica-relief")
        .unwrap();
    let r = entry.routine.unwrap();
    let plan = Plan::new(r.clone(), &PlanOptions::default());
    let (prepare, rest, switch) = (10, 15, 5);
    // Figure-4: 3 rounds × (left 30 s + switch + right 30 s), rests between rounds.
    let figure4 = prepare + 3 * (30 + switch + 30) + 2 * rest;
    // Child's pose: 3 × 30 s with rests between.
    let childs = prepare + 3 * 30 + 2 * rest;
    // Hip flexion: 12 reps per leg at 6 s (3 s in, 3 s out).
    let hip = prepare + 12 * 6 + switch + 12 * 6;
    // Bridge: 3 sets × 12 reps at 6 s, rests between sets.
    let bridge = prepare + 3 * 12 * 6 + 2 * rest;
    // Roll-outs per side: glute 2 min, IT band 60 s, hamstring 60 s.
    let glute = prepare + 120 + switch + 120;
    let it_band = prepare + 60 + switch + 60;
    let hamstring = prepare + 60 + switch + 60;
    let total = figure4 + childs + hip + bridge + glute + it_band + hamstring;
    assert_eq!(total, 1305);
    assert_eq!(plan.total, Duration::from_secs(total));

    // Chosen values sit inside the programme's ranges.
    let f4 = r.find_move("figure-4").unwrap();
    assert_eq!(f4.work, Work::Hold(Dur::from_secs(30)));
    assert_eq!(f4.sets, 3);
    assert_eq!(
        f4.range,
        Some(routine::DoseRange::Hold {
            min: Dur::from_secs(30),
            max: Dur::from_secs(60)
        })
    );

    // Answering "yes, it hurt" leaves strengthening out.
    let gate = plan
        .steps
        .iter()
        .position(|s| s.kind == StepKind::Gate)
        .unwrap();
    assert_eq!(
        plan.steps[gate].start,
        Duration::from_secs(figure4 + childs)
    );
    let skipped = Plan::with_answers(
        r,
        &PlanOptions::default(),
        &[(plan.steps[gate].section, routine::Answer::Yes)],
    );
    assert_eq!(skipped.total, Duration::from_secs(total - hip - bridge));
}

fn bundled(id: &str) -> Arc<routine::Routine> {
    routine::bundled()
        .into_iter()
        .find(|e| e.id == id)
        .unwrap_or_else(|| panic!("{id} is not bundled"))
        .routine
        .unwrap_or_else(|e| panic!("{e}"))
}

fn total(r: &Arc<routine::Routine>) -> Duration {
    Plan::new(Arc::clone(r), &PlanOptions::default()).total
}

fn hold_range(min: u32, max: u32) -> Option<routine::DoseRange> {
    Some(routine::DoseRange::Hold {
        min: Dur::from_secs(min),
        max: Dur::from_secs(max),
    })
}

/// The moves of one section of the full session, in order.
fn section_moves(r: &routine::Routine, name: &str) -> Vec<routine::Move> {
    let i = r.section_index(name).unwrap();
    r.sections[i].moves.clone()
}

/// The stretch section of the full session on its own, same doses.
#[test]
fn stretches_only_totals_match_the_doses() {
    let r = bundled("stretches-only");
    let (prepare, rest, switch) = (10, 15, 5);
    // Figure-4: 3 rounds × (left 30 s + switch + right 30 s), rests between rounds.
    let figure4 = prepare + 3 * (30 + switch + 30) + 2 * rest;
    // Child's pose: 3 × 30 s with rests between.
    let childs = prepare + 3 * 30 + 2 * rest;
    assert_eq!(total(&r), Duration::from_secs(figure4 + childs));

    // The very moves of the full session, so the two never drift apart.
    let full = bundled("sciatica-relief");
    let moves: Vec<_> = r.moves().cloned().collect();
    assert_eq!(moves, section_moves(&full, "Stretch"));
}

/// The foam-roll section of the full session on its own, same doses.
#[test]
fn foam_roll_totals_match_the_doses() {
    let r = bundled("foam-roll");
    let (prepare, switch) = (10, 5);
    // Per side: glute 2 min, IT band 60 s, hamstring 60 s.
    let glute = prepare + 120 + switch + 120;
    let it_band = prepare + 60 + switch + 60;
    let hamstring = prepare + 60 + switch + 60;
    assert_eq!(total(&r), Duration::from_secs(glute + it_band + hamstring));

    let full = bundled("sciatica-relief");
    let moves: Vec<_> = r.moves().cloned().collect();
    assert_eq!(moves, section_moves(&full, "Foam roll"));
}

/// Seated piriformis and knee-to-chest, 20-30 s a side, then a walk.
#[test]
fn desk_break_totals_match_the_doses() {
    let r = bundled("desk-break");
    let switch = 5;
    // Seated piriformis: 30 s each side, the routine's 10 s get-ready.
    let piriformis = 10 + 30 + switch + 30;
    // Knee-to-chest: 30 s each side, 15 s to get down onto the floor.
    let knee = 15 + 30 + switch + 30;
    // The walk lasts until you are back: only its get-ready is timed.
    let walk = 10;
    assert_eq!(total(&r), Duration::from_secs(piriformis + knee + walk));

    for id in ["seated-piriformis", "knee-to-chest"] {
        let m = r.find_move(id).unwrap();
        assert_eq!(m.work, Work::Hold(Dur::from_secs(30)), "{id}");
        assert_eq!(m.range, hold_range(20, 30), "{id}");
        assert!(
            m.caution.as_deref().unwrap().contains("no bouncing"),
            "{id}"
        );
    }
    let walk = r.moves().last().unwrap();
    assert_eq!(walk.work, Work::Open);
    assert!(r.description.contains("30 to 60 minutes"));
}

/// Three trigger points, 30-90 s each until it releases, each side.
#[test]
fn massage_ball_totals_match_the_doses() {
    let r = bundled("massage-ball");
    let (prepare, switch) = (10, 5);
    // Each spot: 60 s a side before it asks whether the point has released.
    let spot = prepare + 60 + switch + 60;
    assert_eq!(total(&r), Duration::from_secs(3 * spot));

    let ids: Vec<&str> = r.moves().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["ball-glute", "ball-hamstring", "ball-low-back"]);
    for m in r.moves() {
        assert_eq!(m.work, Work::Hold(Dur::from_secs(60)), "{}", m.id);
        assert_eq!(m.range, hold_range(30, 90), "{}", m.id);
        // Enter ends it when the point releases; after the timer it waits.
        assert!(m.until_done, "{}", m.id);
    }
}

/// 15-20 min, with the cloth and the 48-hour rule where they will be read.
#[test]
fn cold_pack_totals_match_the_doses() {
    let r = bundled("cold-pack");
    // 20 s to lie down and settle the pack, then 15 minutes.
    assert_eq!(total(&r), Duration::from_secs(20 + 15 * 60));

    let m = r.find_move("cold-pack").unwrap();
    assert_eq!(m.range, hold_range(15 * 60, 20 * 60));
    // It stops when the time is up: no open-ended pack on the skin.
    assert!(!m.until_done);
    assert!(r.description.contains("thin cloth"));
    assert!(r.description.contains("48 hours"));
    assert!(m.caution.as_deref().unwrap().contains("thin cloth"));
}

#[test]
fn every_illustration_is_used_and_every_image_exists() {
    use limber::illustrations;
    let mut used = Vec::new();
    for (id, _) in BUNDLED {
        for m in bundled(id).moves() {
            let Some(image) = m.illustration() else {
                continue;
            };
            let ill = illustrations::find(image)
                .unwrap_or_else(|| panic!("{id}/{}: no illustration {image}", m.id));
            for frame in ill.frames {
                usvg::Tree::from_data(frame.svg, &usvg::Options::default())
                    .unwrap_or_else(|e| panic!("{}: {e}", frame.file));
            }
            used.push(image.to_string());
        }
    }
    for id in illustrations::ids() {
        assert!(
            used.iter().any(|u| u == id),
            "illustration {id} is used by no bundled routine"
        );
    }
}

/// A card a newcomer can follow: every move says how, in a few steps.
#[test]
fn every_bundled_move_has_two_to_four_steps() {
    for (id, _) in BUNDLED {
        for m in bundled(id).moves() {
            assert!(
                (2..=4).contains(&m.steps.len()),
                "{id}/{}: {} steps",
                m.id,
                m.steps.len()
            );
        }
    }
}

/// Two-sided moves show the same steps on both sides (the drawing is
/// mirrored and the card names the side), so the steps must not name one.
#[test]
fn two_sided_steps_name_no_side() {
    for (id, _) in BUNDLED {
        for m in bundled(id).moves() {
            if m.sides == routine::Sides::None {
                continue;
            }
            for step in &m.steps {
                let words: Vec<String> = step
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .map(str::to_lowercase)
                    .collect();
                for (i, w) in words.iter().enumerate() {
                    let angle = words.get(i + 1).is_some_and(|n| n.starts_with("angle"));
                    assert!(
                        !((w == "left" || w == "right") && !angle),
                        "{id}/{}: {step:?} names a side",
                        m.id
                    );
                }
            }
        }
    }
}

#[test]
fn user_routines_load_beside_bundled_and_a_broken_one_stays_listed() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("mine.ron"),
        r#"(name: "Mine", moves: [(id: "a", name: "A", hold: "45s")])"#,
    )
    .unwrap();
    std::fs::write(dir.path().join("broken.ron"), "(name: \"Oops\", moves: [").unwrap();
    std::fs::write(dir.path().join("notes.txt"), "not a routine").unwrap();
    std::fs::write(
        dir.path().join("sciatica-relief.ron"),
        r#"(name: "My sciatica", moves: [(id: "a", name: "A", hold: "45s")])"#,
    )
    .unwrap();
    let entries = routine::library(dir.path());
    let ids: Vec<&str> = entries.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(
        ids[0], "sciatica-relief",
        "the override keeps the bundled slot"
    );
    assert!(ids.contains(&"mine") && ids.contains(&"broken"));
    assert!(!ids.contains(&"notes"));
    let over = &entries[0];
    assert!(over.overrides_bundled);
    assert!(matches!(over.source, Source::User(_)));
    assert_eq!(over.routine.as_ref().unwrap().name, "My sciatica");
    let broken = entries.iter().find(|e| e.id == "broken").unwrap();
    let error = broken.routine.as_ref().unwrap_err();
    assert!(error.file.ends_with("broken.ron"));
    assert_eq!(error.line, 1);
}

#[test]
fn a_missing_user_folder_is_just_empty() {
    assert!(routine::user_dir(Path::new("/nonexistent/limber/routines")).is_empty());
}

#[test]
fn defaults_make_short_files_work() {
    let r = routine::parse(
        "short.ron",
        r#"(name: "Short", moves: [(id: "a", name: "A", hold: "1m30s")])"#,
    )
    .unwrap();
    let plan = Plan::new(Arc::new(r), &PlanOptions::default());
    // Built-in get-ready (10 s) then the hold.
    assert_eq!(plan.total, Duration::from_secs(100));
}

#[test]
fn plan_options_override_and_fill_in_pauses() {
    let text = r#"(name: "T", defaults: (rest: "20s"),
        moves: [(id: "a", name: "A", hold: "30s", sets: 2, sides: Both)])"#;
    let r = Arc::new(routine::parse("t.ron", text).unwrap());
    let options = PlanOptions {
        prepare: Some(Dur::from_secs(3)),
        fallback: routine::Timing {
            rest: Some(Dur::from_secs(99)),
            switch: Some(Dur::from_secs(7)),
            ..Default::default()
        },
        affected: Some(Side::Right),
        ..PlanOptions::default()
    };
    let plan = Plan::new(r, &options);
    // prepare 3 (user), 2 × (30 + switch 7 (user fallback) + 30), rest 20 (routine wins).
    assert_eq!(plan.total, Duration::from_secs(3 + 2 * 67 + 20));
}

fn sample() -> &'static str {
    BUNDLED[0].1
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_string_parses_or_errors_without_panic(text in "\\PC{0,400}") {
        let _ = routine::parse("any.ron", &text);
    }

    #[test]
    fn any_bytes_parse_or_error_without_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        if let Err(e) = routine::parse_bytes("any.ron", &bytes) {
            prop_assert!(e.line >= 1 && e.col >= 1);
        }
    }

    /// Damaged copies of a real routine: deleted, inserted and swapped text.
    #[test]
    fn damaged_routines_error_with_a_location_or_plan_fine(
        cut in 0usize..8000, len in 0usize..40, insert in "[(){}\\[\\],:\"a-z0-9 \\n-]{0,6}"
    ) {
        let text = sample();
        let mut start = cut.min(text.len());
        while !text.is_char_boundary(start) { start -= 1; }
        let mut end = (start + len).min(text.len());
        while !text.is_char_boundary(end) { end -= 1; }
        let damaged = format!("{}{}{}", &text[..start], insert, &text[end..]);
        match routine::parse("damaged.ron", &damaged) {
            Ok(r) => {
                let plan = Plan::new(Arc::new(r), &PlanOptions::default());
                prop_assert!(plan.total <= Duration::from_secs(12 * 3600));
            }
            Err(e) => {
                let lines = damaged.lines().count().max(1);
                prop_assert!(e.line >= 1 && e.line <= lines + 1, "{e}");
            }
        }
    }

    /// Any routine that loads has a plan within the limits.
    #[test]
    fn loaded_routines_have_bounded_plans(
        hold in 1u32..14_400, sets in 1u32..=50, reps in 1u32..=500
    ) {
        let text = format!(
            "(name: \"P\", moves: [(id: \"h\", name: \"H\", hold: \"{hold}s\", sets: {sets}, sides: Both), (id: \"r\", name: \"R\", reps: {reps}, tempo: \"60s\", sets: {sets})])"
        );
        match routine::parse("p.ron", &text) {
            Ok(r) => prop_assert!(Plan::estimate(&r) <= Duration::from_secs(12 * 3600)),
            Err(e) => prop_assert!(e.message.contains("would take"), "{e}"),
        }
    }
}

#[test]
fn the_documented_example_loads() {
    let doc = std::fs::read_to_string("docs/routine-format.md").unwrap();
    let start = doc.find("```ron\n").expect("an example block") + 7;
    let end = start + doc[start..].find("```").unwrap();
    let r = routine::parse("docs/routine-format.md", &doc[start..end])
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(r.sections.len(), 2);
    assert_eq!(r.move_count(), 5);
    let walk = r.find_move("walk").unwrap();
    assert_eq!(walk.work, Work::Open);
    // The doc lists every illustration id.
    for id in limber::illustrations::ids() {
        assert!(
            doc.contains(&format!("`{id}`")),
            "docs miss illustration {id}"
        );
    }
}

#[test]
fn every_illustration_parses_as_svg_and_every_file_is_used() {
    use limber::illustrations::{ALL, GENERIC};
    let mut registered = Vec::new();
    for ill in ALL.iter().chain(std::iter::once(&GENERIC)) {
        assert!(!ill.frames.is_empty());
        for frame in ill.frames {
            let tree = usvg::Tree::from_data(frame.svg, &usvg::Options::default())
                .unwrap_or_else(|e| panic!("{}: {e}", frame.file));
            let size = tree.size();
            assert_eq!(
                (size.width(), size.height()),
                (400.0, 300.0),
                "{}",
                frame.file
            );
            let text = std::str::from_utf8(frame.svg).unwrap();
            assert!(text.contains(r#"viewBox="0 0 400 300""#), "{}", frame.file);
            registered.push(frame.file);
        }
    }
    let mut on_disk: Vec<String> = std::fs::read_dir("assets/illustrations")
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".svg"))
        .collect();
    on_disk.sort();
    let mut registered: Vec<String> = registered.into_iter().map(String::from).collect();
    registered.sort();
    assert_eq!(on_disk, registered, "files and registry differ");
}

#[test]
fn a_file_that_breaks_keeps_its_last_good_version_until_fixed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mine.ron");
    std::fs::write(
        &path,
        r#"(name: "Mine", moves: [(id: "a", name: "A", hold: "45s")])"#,
    )
    .unwrap();
    let first = routine::library(dir.path());
    let mine =
        |entries: &[routine::Entry]| entries.iter().find(|e| e.id == "mine").cloned().unwrap();
    assert!(mine(&first).routine.is_ok());
    assert!(mine(&first).last_good.is_none());

    // Saved with a typo: the error shows, the last good version stays usable.
    std::fs::write(
        &path,
        r#"(name: "Mine", moves: [(id: "a", name: "A", hodl: "50s")])"#,
    )
    .unwrap();
    let second = routine::refresh(&first, routine::library(dir.path()));
    let broken = mine(&second);
    let error = broken.routine.as_ref().unwrap_err();
    assert!(error.message.contains("hodl"), "{error}");
    assert_eq!(broken.usable().unwrap().name, "Mine");
    assert_eq!(
        broken.usable().unwrap().moves().next().unwrap().hold(),
        Some(Dur::from_secs(45))
    );

    // Still broken on the next reload: the same good version carries over.
    let third = routine::refresh(&second, routine::library(dir.path()));
    assert_eq!(mine(&third).usable().unwrap().name, "Mine");

    // Fixed: the new version is used, nothing stale is kept.
    std::fs::write(
        &path,
        r#"(name: "Mine", moves: [(id: "a", name: "A", hold: "50s")])"#,
    )
    .unwrap();
    let fourth = routine::refresh(&third, routine::library(dir.path()));
    assert!(mine(&fourth).last_good.is_none());
    assert_eq!(
        mine(&fourth)
            .usable()
            .unwrap()
            .moves()
            .next()
            .unwrap()
            .hold(),
        Some(Dur::from_secs(50))
    );

    // A file broken from the start has nothing to fall back on.
    std::fs::write(dir.path().join("new.ron"), "(").unwrap();
    let fifth = routine::refresh(&fourth, routine::library(dir.path()));
    assert!(
        fifth
            .iter()
            .find(|e| e.id == "new")
            .unwrap()
            .usable()
            .is_none()
    );
}

const SAVER: &str = "LIMBER_TEST_ROUTINE_SAVER";

/// A big valid routine: `n` selects one of two versions.
fn big_routine(n: u32) -> String {
    let moves: Vec<String> = (0..90)
        .map(|i| {
            format!(
                "(id: \"m{i}\", name: \"Move {i} version {n}\", hold: \"{}s\", steps: [\"{}\"])",
                10 + n,
                "x".repeat(200)
            )
        })
        .collect();
    format!("(name: \"Big {n}\", moves: [{}])", moves.join(",\n"))
}

/// In a child process: save the two versions over and over until killed.
#[test]
fn saver_child() {
    let Ok(path) = std::env::var(SAVER) else {
        return; // Only does something when started by the crash test.
    };
    for i in 0u32.. {
        limber::files::write_atomic(Path::new(&path), big_routine(i % 2).as_bytes()).unwrap();
    }
}

/// A crash mid-save (kill -9 at random moments) never leaves a half-written
/// routine: the file is always one whole version or the other.
#[cfg(unix)]
#[test]
fn a_crash_mid_save_leaves_a_whole_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.ron");
    std::fs::write(&path, big_routine(0)).unwrap();
    let versions = [big_routine(0), big_routine(1)];
    let mut seed = 0x2545_f491_u64;
    for _ in 0..60 {
        let mut child = std::process::Command::new(std::env::current_exe().unwrap())
            .args([
                "saver_child",
                "--exact",
                "--nocapture",
                "--test-threads=1",
                "-q",
            ])
            .env(SAVER, &path)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        // xorshift: a different moment each time, between 5 and 60 ms.
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        std::thread::sleep(Duration::from_millis(5 + seed % 55));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            versions.contains(&text),
            "a torn file after a crash ({} bytes)",
            text.len()
        );
        routine::parse("big.ron", &text).unwrap();
    }
    // Leftover temporary files are hidden and never loaded as routines.
    let loaded = routine::user_dir(dir.path());
    assert_eq!(loaded.len(), 1);
    assert_eq!(loaded[0].id, "big");
}

/// The menu entry speaks each language Limber does, and its action is
/// named as the routine is in that language.
#[test]
fn the_desktop_entry_is_translated_like_the_routines() {
    use limber::i18n::Language;
    let entry = std::fs::read_to_string("assets/limber.desktop").unwrap();
    let action = entry.split("[Desktop Action ").nth(1).expect("an action");
    let id = action.split(']').next().unwrap();
    for language in &Language::ALL[1..] {
        let code = language.code();
        for key in ["GenericName", "Comment", "Keywords"] {
            assert!(
                entry.contains(&format!("\n{key}[{code}]=")),
                "{key}[{code}] is missing"
            );
        }
        let name = limber::routine::bundled_in(*language)
            .into_iter()
            .find(|e| e.id == id)
            .unwrap()
            .routine
            .unwrap()
            .name
            .clone();
        assert!(
            action.contains(&format!("\nName[{code}]={name}\n")),
            "Name[{code}] should be {name:?}"
        );
    }
}

/// The desktop menu entry's action opens a routine that really is bundled,
/// and the icons the README installs exist.
#[test]
fn the_desktop_entry_opens_a_bundled_routine() {
    let entry = std::fs::read_to_string("assets/limber.desktop").unwrap();
    let lines: Vec<&str> = entry.lines().collect();
    assert!(lines.contains(&"Exec=limber open %f"));
    assert!(lines.contains(&"MimeType=application/x-limber-routine;"));
    let mime = std::fs::read_to_string("assets/limber-mime.xml").unwrap();
    assert!(mime.contains(r#"<mime-type type="application/x-limber-routine">"#));
    assert!(mime.contains(&format!(
        r#"<glob pattern="*.{}"/>"#,
        limber::pack::EXTENSION
    )));
    assert!(lines.contains(&"Icon=limber"));
    let action = lines
        .iter()
        .find_map(|l| l.strip_prefix("Exec=limber play "))
        .expect("a desktop action that plays a routine");
    assert!(BUNDLED.iter().any(|(id, _)| *id == action), "{action}");
    assert!(Path::new("assets/icon/limber.svg").exists());
    for size in [16, 32, 48, 64, 128, 256, 512] {
        let png = format!("assets/icon/limber-{size}.png");
        assert!(Path::new(&png).exists(), "{png}");
    }
}
