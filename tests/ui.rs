//! Screen tests with iced_test: the real `App`, clicked and typed at.
//!
//! The simulator drives widgets only, so keyboard shortcuts are sent as the
//! app's own `Message::Key` (what the keyboard subscription produces; the
//! mapping from key events is unit-tested in `ui::keys`).

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use iced::{Settings, Size};
use iced_test::Simulator;
use limber::paths::Paths;
use limber::routine::{self, PlanOptions, StepKind};
use limber::settings::Settings as UserSettings;
use limber::ui::app::{App, Launch, Message, Screen};
use limber::ui::keys::{Key, PlayerMode};
use limber::ui::screens::player::{self, Player};
use limber::ui::theme;

fn settings() -> Settings {
    Settings {
        fonts: theme::FONT_FILES.iter().map(|f| (*f).into()).collect(),
        default_font: theme::FONT,
        ..Settings::default()
    }
}

const SIZE: Size = Size::new(1280.0, 800.0);

struct Ui {
    app: App,
    _home: tempfile::TempDir,
}

impl Ui {
    fn new() -> Ui {
        Ui::with_home(tempfile::tempdir().unwrap())
    }

    fn with_home(home: tempfile::TempDir) -> Ui {
        let paths = Paths::under(home.path());
        let (app, _) = App::new(Launch {
            paths,
            settings: UserSettings::default(),
            notices: Vec::new(),
            play: None,
        });
        Ui { app, _home: home }
    }

    fn simulator(&self) -> Simulator<'_, Message> {
        Simulator::with_size(settings(), SIZE, self.app.view())
    }

    /// Clicks the widget showing `text` and feeds the resulting messages.
    fn click(&mut self, text: &str) {
        let mut sim = self.simulator();
        sim.click(text)
            .unwrap_or_else(|e| panic!("cannot click {text:?}: {e}"));
        let messages: Vec<Message> = sim.into_messages().collect();
        assert!(!messages.is_empty(), "clicking {text:?} did nothing");
        for m in messages {
            let _ = self.app.update(m);
        }
    }

    fn shows(&self, text: &str) -> bool {
        self.simulator().find(text).is_ok()
    }

    fn key(&mut self, key: Key) {
        let _ = self.app.update(Message::Key(key));
    }

    fn player(&self) -> &Player {
        match self.app.screen() {
            Screen::Player(p) => p,
            _ => panic!("not in the player"),
        }
    }

    fn step_kind(&self) -> Option<StepKind> {
        self.player().session()?.step().map(|s| s.kind)
    }

    fn move_id(&self) -> Option<String> {
        let session = self.player().session()?;
        session.current_move().map(|m| m.id.clone())
    }

    /// Presses Skip until the gate question is on screen.
    fn skip_to_gate(&mut self) {
        for _ in 0..60 {
            if self.shows("Any pain after stretching?") {
                return;
            }
            self.click("Skip");
        }
        panic!("never reached the gate");
    }
}

#[test]
fn pick_a_routine_start_pause_and_resume() {
    let mut ui = Ui::new();
    assert!(ui.shows("Sciatica relief"));
    ui.click("Sciatica relief");
    assert_eq!(ui.player().mode(), PlayerMode::Ready);
    assert!(ui.shows("Start"));
    ui.click("Start");
    assert_eq!(ui.player().mode(), PlayerMode::Running);
    assert_eq!(ui.step_kind(), Some(StepKind::Prepare));
    assert!(ui.shows("Get ready"));
    assert!(ui.shows("Figure-4 stretch"));
    ui.click("Pause");
    assert!(ui.player().session().unwrap().is_paused());
    assert!(ui.shows("Resume"));
    assert!(
        ui.app.title().starts_with("Paused · "),
        "{}",
        ui.app.title()
    );
    ui.click("Resume");
    assert!(!ui.player().session().unwrap().is_paused());
    assert!(ui.shows("Pause"));
}

#[test]
fn the_title_shows_time_left_and_the_move() {
    let mut ui = Ui::new();
    ui.click("Sciatica relief");
    assert_eq!(ui.app.title(), "Sciatica relief — Limber");
    ui.click("Start");
    let title = ui.app.title();
    assert!(
        title == "0:10 · Get ready: Figure-4 stretch — Limber"
            || title == "0:09 · Get ready: Figure-4 stretch — Limber",
        "{title}"
    );
    ui.click("Skip");
    assert!(ui.app.title().ends_with(" · Figure-4 stretch — Limber"));
}

#[test]
fn the_gate_answered_no_goes_on_to_strengthening() {
    let mut ui = Ui::new();
    ui.click("Sciatica relief");
    ui.click("Start");
    ui.skip_to_gate();
    assert!(matches!(ui.player().mode(), PlayerMode::Gate { .. }));
    assert!(ui.shows("Yes"));
    ui.click("No");
    assert_eq!(ui.move_id().as_deref(), Some("hip-flexion"));
    assert!(ui.shows("Unilateral hip flexion"));
}

#[test]
fn the_gate_answered_yes_skips_strengthening() {
    let mut ui = Ui::new();
    ui.click("Sciatica relief");
    ui.click("Start");
    ui.skip_to_gate();
    ui.click("Yes");
    assert_eq!(ui.move_id().as_deref(), Some("roll-glute"));
    assert!(ui.shows("Figure-4 glute roll-out"));
}

#[test]
fn stop_asks_first_and_keep_going_carries_on() {
    let mut ui = Ui::new();
    ui.click("Sciatica relief");
    ui.click("Start");
    ui.click("Skip");
    ui.click("Stop");
    assert_eq!(ui.player().mode(), PlayerMode::ConfirmStop);
    assert!(ui.shows("Stop this session?"));
    // The clock stands still while the question is up.
    assert!(ui.player().session().unwrap().is_paused());
    ui.click("Keep going");
    assert!(!ui.shows("Stop this session?"));
    assert!(!ui.player().session().unwrap().is_paused());
    // Esc then Enter stops; the session ends as partial.
    ui.key(Key::Escape);
    assert!(ui.shows("Stop this session?"));
    ui.key(Key::Enter);
    let Screen::Finish(f) = ui.app.screen() else {
        panic!("stopping should show the summary");
    };
    assert!(!f.outcome.summary.finished);
    assert!(ui.shows("Session stopped"));
    ui.click("Back to the library");
    assert!(matches!(ui.app.screen(), Screen::Library));
}

/// The whole sciatica routine, start to finish, with the keyboard alone.
#[test]
fn the_whole_routine_with_the_keyboard_alone() {
    let mut ui = Ui::new();
    ui.key(Key::Enter); // open the selected (first) routine
    assert_eq!(ui.player().mode(), PlayerMode::Ready);
    ui.key(Key::Space); // start
    let mut seen = Vec::new();
    for _ in 0..200 {
        match ui.app.screen() {
            Screen::Finish(_) => break,
            Screen::Player(p) => {
                if let Some(id) = ui.move_id()
                    && seen.last() != Some(&id)
                {
                    seen.push(id);
                }
                match p.mode() {
                    PlayerMode::Gate { .. } => ui.key(Key::Char('n')),
                    _ => ui.key(Key::Right),
                }
            }
            _ => panic!("left the player"),
        }
    }
    assert_eq!(
        seen,
        [
            "figure-4",
            "childs-pose",
            "hip-flexion",
            "bridge",
            "roll-glute",
            "roll-it-band",
            "roll-hamstring"
        ]
    );
    assert!(ui.shows("Well done"));
    let Screen::Finish(f) = ui.app.screen() else {
        unreachable!()
    };
    assert!(f.outcome.summary.finished);
    assert_eq!(f.outcome.summary.moves.len(), 7);
    ui.key(Key::Enter);
    assert!(matches!(ui.app.screen(), Screen::Library));
}

#[test]
fn a_broken_routine_shows_as_an_error_card() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("config/routines");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("oops.ron"),
        "(name: \"Oops\",\n moves: [(id: \"a\", name: \"A\", hold: \"0s\")])",
    )
    .unwrap();
    let mut ui = Ui::with_home(home);
    assert!(ui.shows("oops"));
    let error = ui
        .app
        .entries()
        .iter()
        .find(|e| e.id == "oops")
        .unwrap()
        .routine
        .clone()
        .unwrap_err();
    assert_eq!((error.line, error.col), (2, 38));
    assert!(ui.shows(&error.to_string()));
    // It cannot be started: opening it keeps the library. User routines
    // come after the bundled ones.
    for _ in 0..routine::BUNDLED.len() {
        ui.key(Key::Right);
    }
    ui.key(Key::Enter);
    assert!(matches!(ui.app.screen(), Screen::Library));
}

#[test]
fn arrow_keys_move_between_cards() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("config/routines");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("mine.ron"),
        r#"(name: "Mine", moves: [(id: "a", name: "A", hold: "30s")])"#,
    )
    .unwrap();
    let mut ui = Ui::with_home(home);
    // The user's routine comes after the bundled ones.
    for _ in 0..routine::BUNDLED.len() {
        ui.key(Key::Right);
    }
    ui.key(Key::Enter);
    assert_eq!(ui.player().id, "mine");
    ui.key(Key::Escape);
    assert!(matches!(ui.app.screen(), Screen::Library));
    ui.key(Key::Left);
    ui.key(Key::Enter);
    let last_bundled = routine::BUNDLED.last().unwrap().0;
    assert_eq!(ui.player().id, last_bundled);
}

#[test]
fn the_safety_page_is_always_reachable() {
    let mut ui = Ui::new();
    ui.click("Safety");
    assert!(ui.shows("Stop and get medical care if you have"));
    assert!(ui.shows("Any change in bladder or bowel control"));
    ui.key(Key::Escape);
    assert!(matches!(ui.app.screen(), Screen::Library));
}

// -- Snapshots ----------------------------------------------------------------

/// A player 12.5 s into the sciatica routine (left figure-4, breathing in),
/// at a fixed moment so the picture is always the same.
fn player_at(seconds: f64) -> Player {
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
        PlanOptions::default(),
        true,
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
fn assert_matches(snapshot: iced_test::simulator::Snapshot, name: &str) {
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

fn decode(path: &Path) -> (Vec<u8>, u32, u32) {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(path).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buf).unwrap();
    buf.truncate(info.buffer_size());
    (buf, info.width, info.height)
}

#[test]
fn snapshot_player_light() {
    let p = player_at(12.5);
    let mut sim = Simulator::with_size(settings(), SIZE, p.view(false));
    assert_matches(sim.snapshot(&theme::light()).unwrap(), "player-light");
}

#[test]
fn snapshot_player_dark() {
    let p = player_at(12.5);
    let mut sim = Simulator::with_size(settings(), SIZE, p.view(false));
    assert_matches(sim.snapshot(&theme::dark()).unwrap(), "player-dark");
}

#[test]
fn snapshot_player_compact() {
    let p = player_at(12.5);
    let mut sim = Simulator::with_size(settings(), Size::new(480.0, 320.0), p.view(true));
    assert_matches(sim.snapshot(&theme::light()).unwrap(), "player-compact");
}

#[test]
fn snapshots_tell_states_apart() {
    // A snapshot test that cannot fail is no test: different moments must
    // give different pictures.
    let render = |seconds| {
        let p = player_at(seconds);
        let mut sim = Simulator::with_size(settings(), SIZE, p.view(false));
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("moment-{seconds}"));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        sim.snapshot(&theme::light())
            .unwrap()
            .matches_image(dir.join("shot"))
            .unwrap();
        decode(&dir.join("shot-tiny-skia.png")).0
    };
    assert_ne!(render(12.5), render(20.5));
}
