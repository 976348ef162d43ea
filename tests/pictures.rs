//! A person's own pictures in a routine: each format read, a broken, a
//! missing and a huge one reported by `limber check` at their place, the
//! routine still usable, and the card drawn with the picture and mirrored
//! for the other side (iced_test snapshots).

#[path = "common/images.rs"]
mod images;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::time::{Duration, Instant};

use iced::{Settings, Size};
use iced_test::Simulator;
use limber::pictures::{self, Decoded};
use limber::routine::{self, Picture};
use limber::settings::Settings as UserSettings;
use limber::ui::screens::player::{self, Player};
use limber::ui::{art, theme};

fn limber(home: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_limber"))
        .args(args)
        .env("LIMBER_HOME", home)
        // The same words whatever the machine's language.
        .env("LANGUAGE", "en")
        .env("LC_ALL", "C.UTF-8")
        .output()
        .unwrap()
}

/// A routine in `dir` naming `images` (one move each), written as `id.ron`.
fn routine_with(dir: &Path, id: &str, images: &[&str]) -> PathBuf {
    let moves: Vec<String> = images
        .iter()
        .enumerate()
        .map(|(i, image)| {
            format!("        (\n            id: \"m{i}\",\n            name: \"Move {i}\",\n            image: {image},\n            hold: \"20s\",\n            sides: Both,\n            prepare: \"0s\",\n        ),\n")
        })
        .collect();
    let text = format!(
        "(\n    name: \"Mine\",\n    moves: [\n{}    ],\n)\n",
        moves.concat()
    );
    let path = dir.join(format!("{id}.ron"));
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn each_format_is_read_and_checked_clean() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    images::png(&d.join("mine/photos/a.png"));
    images::jpeg(&d.join("b.JPG"));
    images::gif(&d.join("mine/moving.gif"));
    images::svg(&d.join("mine/drawn.svg"));
    images::png(&d.join("mine/up.png"));
    let file = routine_with(
        d,
        "mine",
        &[
            r#""photos/a.png""#,
            r#""b.JPG""#,
            r#""moving.gif""#,
            r#""drawn.svg""#,
            r#"["photos/a.png", "up.png"]"#,
        ],
    );
    let (r, _) = pictures::check_file(&file).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(
        r.find_move("m4").unwrap().image,
        Some(Picture::Files(vec!["photos/a.png".into(), "up.png".into()]))
    );
    // The GIF keeps its three frames and their timing.
    let Decoded::Raster(frames) = pictures::load(&file, "moving.gif", None).unwrap() else {
        panic!("a GIF is a raster picture");
    };
    assert_eq!(frames.len(), 3);
    assert_eq!(frames[1].delay, Duration::from_millis(100));
    assert!(matches!(
        pictures::load(&file, "drawn.svg", None),
        Ok(Decoded::Svg(_))
    ));
    let out = limber(d, &["check", file.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn broken_missing_and_huge_pictures_are_reported_where_they_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    images::png(&d.join("fine.png"));
    images::broken(&d.join("broken.png"));
    images::huge(&d.join("huge.png"));
    std::fs::write(d.join("big.jpg"), vec![0u8; 11 * 1024 * 1024]).unwrap();
    let file = routine_with(
        d,
        "mine",
        &[
            r#""fine.png""#,
            r#""broken.png""#,
            r#""gone.png""#,
            r#""huge.png""#,
            r#""big.jpg""#,
        ],
    );
    let out = limber(d, &["check", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = err.lines().collect();
    let f = file.display().to_string();
    // Each move takes 8 lines; `image` is the 4th line of each.
    let expect = [
        (15, "picture \"broken.png\" is not a readable PNG picture"),
        (23, "picture \"gone.png\" is missing"),
        (31, "picture \"huge.png\" is 9000 × 4 pixels"),
        (39, "picture \"big.jpg\" is 11.0 MiB"),
    ];
    for (line, message) in expect {
        let prefix = format!("{f}:{line}:");
        let found = lines.iter().find(|l| l.starts_with(&prefix));
        let found = found.unwrap_or_else(|| panic!("no error at line {line}:\n{err}"));
        assert!(found.contains(message), "{found}");
    }
    assert!(!err.contains("fine.png"), "{err}");
    // The routine itself still loads: the window shows placeholders.
    let entries = routine::user_dir(d);
    let mine = entries.iter().find(|e| e.id == "mine").unwrap();
    assert_eq!(mine.routine.as_ref().unwrap().move_count(), 5);
}

#[test]
fn unsafe_or_wrong_picture_names_are_format_errors() {
    for (image, message) in [
        (
            r#""../outside.png""#,
            "must stay inside the routine's folder",
        ),
        (r#""/etc/photo.png""#, "is an absolute path"),
        (
            r#""photo.bmp""#,
            "should be a .png, .jpg, .jpeg, .gif or .svg file",
        ),
        (r#"["a.png", "b.png", "c.png"]"#, "one or two files"),
        (r#""figure-5""#, "there is no illustration \"figure-5\""),
    ] {
        let text = format!(
            "(name: \"X\", moves: [(id: \"a\", name: \"A\",\n image: {image}, hold: \"10s\")])"
        );
        let e = routine::parse("x.ron", &text).unwrap_err();
        assert_eq!(
            (e.line, e.message.contains(message)),
            (2, true),
            "{image}: {e}"
        );
    }
}

#[test]
fn pairs_and_mirror_survive_saving() {
    let text = r#"(name: "X", moves: [(id: "a", name: "A", image: ["down.png", "up.png"], mirror: false, reps: 10)])"#;
    let r = routine::parse("x.ron", text).unwrap();
    let m = r.find_move("a").unwrap();
    assert!(!m.mirror);
    let saved = routine::to_ron(&r);
    assert!(saved.contains("mirror: false"), "{saved}");
    assert_eq!(routine::parse("again.ron", &saved).unwrap(), r);
}

// -- On the card ------------------------------------------------------------

fn settings() -> Settings {
    Settings {
        fonts: theme::FONT_FILES.iter().map(|f| (*f).into()).collect(),
        default_font: theme::FONT,
        ..Settings::default()
    }
}

/// A player on a two-sided move with a picture, `seconds` in (the left
/// side runs from 0 s to 20 s, the right from 25 s).
fn player(file: &Path, seconds: u64) -> Player {
    let r = Arc::new(routine::load_file(file).unwrap());
    art::read_pictures(std::slice::from_ref(&r));
    let base = Instant::now();
    let mut p = Player::new("mine".into(), r, &UserSettings::default(), base);
    p.update(player::Message::Start, base);
    p.update(player::Message::Tick, base + Duration::from_secs(seconds));
    p
}

fn shot(p: &Player, name: &str) -> (Vec<u8>, u32, u32) {
    let mut sim = Simulator::with_size(settings(), Size::new(1280.0, 800.0), p.view(false));
    let snapshot = sim.snapshot(&theme::light()).unwrap();
    let reference = Path::new("tests/snapshots").join(format!("{name}-tiny-skia.png"));
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("picture-snapshots");
    std::fs::create_dir_all(&dir).unwrap();
    let actual = dir.join(format!("{name}-tiny-skia.png"));
    let _ = std::fs::remove_file(&actual);
    snapshot.matches_image(dir.join(name)).unwrap();
    let got = decode(&actual);
    if !reference.exists() {
        std::fs::copy(&actual, &reference).unwrap();
        eprintln!("wrote new snapshot {}", reference.display());
    }
    let want = decode(&reference);
    assert_eq!((want.1, want.2), (got.1, got.2), "{name}: size changed");
    let differing = want
        .0
        .chunks(4)
        .zip(got.0.chunks(4))
        .filter(|(a, b)| a.iter().zip(b.iter()).any(|(x, y)| x.abs_diff(*y) > 8))
        .count();
    assert!(
        differing < (got.1 * got.2 / 500) as usize,
        "{name}: {differing} pixels differ; see {}",
        actual.display()
    );
    got
}

fn decode(path: &Path) -> (Vec<u8>, u32, u32) {
    let image = image::open(path).unwrap().into_rgba8();
    let (w, h) = image.dimensions();
    (image.into_raw(), w, h)
}

/// Where the green and purple halves of the picture are on screen: the mean
/// x of each colour's pixels.
fn halves_at(pixels: &(Vec<u8>, u32, u32)) -> (f64, f64) {
    let (data, w, _) = pixels;
    let (mut green, mut purple) = ((0.0, 0u64), (0.0, 0u64));
    for (i, p) in data.chunks(4).enumerate() {
        let x = (i as u32 % w) as f64;
        let near = |c: [u8; 3]| (0..3).all(|k| p[k].abs_diff(c[k]) < 6);
        if near(images::GREEN) {
            green = (green.0 + x, green.1 + 1);
        } else if near(images::PURPLE) {
            purple = (purple.0 + x, purple.1 + 1);
        }
    }
    assert!(
        green.1 > 2000 && purple.1 > 2000,
        "the picture is on the card"
    );
    (green.0 / green.1 as f64, purple.0 / purple.1 as f64)
}

#[test]
fn the_card_shows_the_picture_and_mirrors_it_for_the_left_side() {
    let dir = tempfile::tempdir().unwrap();
    images::png(&dir.path().join("mine/photo.png"));
    let file = routine_with(dir.path(), "mine", &[r#""photo.png""#]);
    // Pictures show the right side: the left side is the mirror image.
    let left = shot(&player(&file, 3), "card-picture-left");
    let right = shot(&player(&file, 30), "card-picture-right");
    let (green_l, purple_l) = halves_at(&left);
    let (green_r, purple_r) = halves_at(&right);
    assert!(
        green_r < purple_r,
        "as drawn on the right side: green on the left"
    );
    assert!(
        green_l > purple_l,
        "mirrored on the left side: green on the right"
    );
}

#[test]
fn a_missing_picture_shows_a_placeholder_and_the_routine_runs() {
    let dir = tempfile::tempdir().unwrap();
    let file = routine_with(dir.path(), "mine", &[r#""nowhere.png""#]);
    let p = player(&file, 3);
    assert!(p.session().is_some_and(|s| !s.is_finished()));
    let (data, _, _) = shot(&p, "card-picture-missing");
    let green = data
        .chunks(4)
        .filter(|p| (0..3).all(|k| p[k].abs_diff(images::GREEN[k]) < 6))
        .count();
    assert!(green < 2000, "no picture is drawn, only the placeholder");
}

#[test]
fn mirror_false_keeps_the_picture_as_it_is_on_both_sides() {
    let dir = tempfile::tempdir().unwrap();
    images::png(&dir.path().join("mine/photo.png"));
    let file = routine_with(dir.path(), "mine", &[r#""photo.png""#]);
    let text = std::fs::read_to_string(&file)
        .unwrap()
        .replace("sides: Both,", "sides: Both,\n            mirror: false,");
    std::fs::write(&file, text).unwrap();
    let r = Arc::new(routine::load_file(&file).unwrap());
    art::read_pictures(std::slice::from_ref(&r));
    let m = r.find_move("m0");
    let left = art::drawn(Some(&file), m, art::Pose::still(Some(routine::Side::Left)));
    let right = art::drawn(Some(&file), m, art::Pose::still(Some(routine::Side::Right)));
    let (art::Drawn::Raster(l), art::Drawn::Raster(r)) = (left, right) else {
        panic!("the photo is drawn")
    };
    assert_eq!(l.id(), r.id(), "the same (unmirrored) frame on both sides");
}
