//! What the screen tests share: the simulator's settings, the player and
//! history fixtures, and the snapshot comparison.

#![allow(dead_code)]

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{Days, FixedOffset, NaiveDate, TimeZone};
use iced::{Settings, Size};
use limber::history::{
    self, FORMAT_VERSION, GateAnswer, MoveRecord, MoveStatus, Pain, Record, Reply,
};
use limber::routine;
use limber::settings::Settings as UserSettings;
use limber::ui::screens::history::Loaded;
use limber::ui::screens::player::{self, Player};
use limber::ui::theme;

/// The window's usual size, and the smallest it is used at.
pub const SIZE: Size = Size::new(1280.0, 800.0);
pub const SMALL: Size = Size::new(480.0, 320.0);

pub fn settings() -> Settings {
    Settings {
        fonts: theme::FONT_FILES.iter().map(|f| (*f).into()).collect(),
        default_font: theme::FONT,
        ..Settings::default()
    }
}

/// A player `seconds` into the sciatica routine (12.5: left figure-4,
/// breathing in), at a fixed moment so the picture is always the same.
pub fn player_at(seconds: f64) -> Player {
    let routine = routine::bundled()
        .into_iter()
        .find(|e| e.id == "sciatica-relief")
        .unwrap()
        .routine
        .unwrap();
    let base = Instant::now();
    let mut p = Player::new(
        "sciatica-relief".into(),
        Arc::clone(&routine),
        &UserSettings::default(),
        base,
    );
    p.update(player::Message::Start, base);
    p.update(
        player::Message::Tick,
        base + Duration::from_secs_f64(seconds),
    );
    p
}

/// Compares a snapshot with the committed PNG, allowing tiny differences in
/// anti-aliasing between machines. A missing reference is written (commit
/// it); a mismatch leaves the new picture in target/snapshots to look at.
pub fn assert_matches(snapshot: iced_test::simulator::Snapshot, name: &str) {
    let reference = Path::new("tests/snapshots").join(format!("{name}-tiny-skia.png"));
    if !reference.exists() {
        snapshot
            .matches_image(Path::new("tests/snapshots").join(name))
            .unwrap();
        eprintln!("wrote new snapshot {}", reference.display());
        return;
    }
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("snapshots");
    std::fs::create_dir_all(&dir).unwrap();
    let actual = dir.join(format!("{name}-tiny-skia.png"));
    let _ = std::fs::remove_file(&actual);
    snapshot.matches_image(dir.join(name)).unwrap();
    let (a, aw, ah) = decode(&reference);
    let (b, bw, bh) = decode(&actual);
    assert_eq!((aw, ah), (bw, bh), "{name}: size changed");
    let differing = a
        .chunks(4)
        .zip(b.chunks(4))
        .filter(|(p, q)| p.iter().zip(q.iter()).any(|(x, y)| x.abs_diff(*y) > 8))
        .count();
    let share = differing as f64 / (f64::from(aw) * f64::from(ah));
    assert!(
        share < 0.002,
        "{name}: {:.3}% of pixels differ; see {}",
        share * 100.0,
        actual.display()
    );
}

pub fn decode(path: &Path) -> (Vec<u8>, u32, u32) {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(path).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buf).unwrap();
    buf.truncate(info.buffer_size());
    (buf, info.width, info.height)
}

pub fn moves(statuses: &[(&str, &str, MoveStatus, u64)]) -> Vec<MoveRecord> {
    statuses
        .iter()
        .map(|&(id, name, status, seconds)| MoveRecord {
            id: id.into(),
            name: name.into(),
            status,
            seconds,
        })
        .collect()
}

/// A session on `date` at `hour`:`minute` in `offset`.
pub fn session(date: NaiveDate, hour: u32, minute: u32, offset: FixedOffset) -> Record {
    let started_at = offset
        .from_local_datetime(&date.and_hms_opt(hour, minute, 0).unwrap())
        .unwrap();
    Record {
        v: FORMAT_VERSION,
        started_at,
        ended_at: started_at + chrono::Duration::minutes(16),
        routine: "sciatica-relief".into(),
        routine_name: "Sciatica relief".into(),
        completed: true,
        active_seconds: 14 * 60 + 2,
        pain_before: None,
        pain_after: None,
        note: None,
        moves: moves(&[
            ("figure-4", "Figure-4 stretch", MoveStatus::Done, 180),
            ("bridge", "Bridge", MoveStatus::Done, 150),
        ]),
        answers: vec![GateAnswer {
            section: "Strengthen".into(),
            question: "Any pain after stretching?".into(),
            answer: Reply::No,
        }],
        id: None,
        via: None,
    }
}

/// Ten weeks of sessions before a fixed Saturday, on most days, pain
/// easing, a stopped session now and then, London offsets: always the same.
pub fn snapshot_history() -> Loaded {
    let today = NaiveDate::from_ymd_opt(2026, 11, 21).unwrap();
    let mut seed: u64 = 0x5eed;
    let mut next = |n: u64| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) % n
    };
    let mut records = Vec::new();
    for back in (1..=70u64).rev() {
        if next(10) < 3 {
            continue;
        }
        let date = today - Days::new(back);
        let summer = date < NaiveDate::from_ymd_opt(2026, 10, 25).unwrap();
        let offset = FixedOffset::east_opt(if summer { 3600 } else { 0 }).unwrap();
        let mut r = session(date, 7 + next(2) as u32 * 11, next(60) as u32, offset);
        let before = (7 - (70 - back) * 4 / 70) as u8;
        let after = before.saturating_sub(1 + next(2) as u8);
        r = r.with_pain(Pain::new(before), Pain::new(after));
        r.active_seconds = 600 + next(600);
        if next(8) == 0 {
            r.completed = false;
            r.moves[1].status = MoveStatus::NotReached;
            r.pain_after = None;
        }
        if back % 9 == 1 {
            r = r.with_note("left hip tight in the morning");
        }
        records.push(r);
    }
    Loaded::new(
        history::History {
            records,
            ..Default::default()
        },
        today,
    )
}
