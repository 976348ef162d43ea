//! Limber in each language: the player, library, history and settings
//! drawn in German, French and Spanish at the usual size (1280×800) and
//! the smallest (480×320), compared with the pictures in tests/snapshots
//! (look at them when a catalogue changes: nothing may be cut off).
//!
//! The language is process-wide, so the tests here take turns.

#[path = "common/screens.rs"]
mod screens;

use std::sync::Mutex;

use iced::Size;
use iced_test::Simulator;
use limber::i18n::{self, Language};
use limber::paths::Paths;
use limber::settings::Settings as UserSettings;
use limber::ui::app::{App, Launch, Message};
use limber::ui::keys::Key;
use limber::ui::screens::history::HistoryScreen;
use limber::ui::theme;
use screens::{SIZE, SMALL, assert_matches, player_at, settings, snapshot_history};

static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// A 480×320 window shows the pages at their smallest scale (0.85): this
/// much room in layout units.
const SMALL_PAGE: Size = Size::new(565.0, 376.0);

/// Runs `draw` in each translated language, then goes back to English.
fn in_each_language(draw: impl Fn(Language)) {
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    for language in &Language::ALL[1..] {
        i18n::set(*language);
        draw(*language);
    }
    i18n::set(Language::English);
}

/// The app in a window of `size` (real pixels).
fn app(home: &std::path::Path, size: Size) -> App {
    let (mut app, _) = App::new(Launch {
        paths: Paths::under(home),
        settings: UserSettings::default(),
        notices: Vec::new(),
        play: None,
        first_run: false,
        live: false,
        system_mode: None,
    });
    let _ = app.update(Message::Resized(size));
    app
}

#[test]
fn the_player_speaks_each_language() {
    in_each_language(|language| {
        let code = language.code();
        let p = player_at(12.5);
        let mut sim = Simulator::with_size(settings(), SIZE, p.view(false));
        // The words are the language's own, the move's name included.
        assert!(sim.find(i18n::message("player-pause", None)).is_ok());
        assert!(sim.find("Restart").is_err(), "{code}: English left");
        assert!(
            sim.find("Figure-4 stretch").is_err(),
            "{code}: the routine is in English"
        );
        assert_matches(
            sim.snapshot(&theme::light()).unwrap(),
            &format!("lang-player-{code}"),
        );
        let mut sim = Simulator::with_size(settings(), SMALL, p.view(true));
        assert_matches(
            sim.snapshot(&theme::light()).unwrap(),
            &format!("lang-player-small-{code}"),
        );
    });
}

#[test]
fn the_library_speaks_each_language() {
    in_each_language(|language| {
        let code = language.code();
        let home = tempfile::tempdir().unwrap();
        let big = app(home.path(), SIZE);
        let mut sim = Simulator::with_size(settings(), SIZE, big.view());
        assert!(
            sim.find("Sciatica relief").is_err(),
            "{code}: the routine is in English"
        );
        assert!(sim.find(i18n::message("library-settings", None)).is_ok());
        assert_matches(
            sim.snapshot(&theme::light()).unwrap(),
            &format!("lang-library-{code}"),
        );
        let small = app(home.path(), SMALL);
        let mut sim = Simulator::with_size(settings(), SMALL_PAGE, small.view());
        assert_matches(
            sim.snapshot(&theme::light()).unwrap(),
            &format!("lang-library-small-{code}"),
        );
    });
}

#[test]
fn the_history_speaks_each_language() {
    in_each_language(|language| {
        let code = language.code();
        let screen = HistoryScreen::with_loaded(snapshot_history(), "/nowhere".into());
        let mut sim = Simulator::with_size(settings(), SIZE, screen.view(false));
        assert!(
            sim.find("Days you exercised").is_err(),
            "{code}: English left"
        );
        assert_matches(
            sim.snapshot(&theme::light()).unwrap(),
            &format!("lang-history-{code}"),
        );
        let mut sim = Simulator::with_size(settings(), SMALL_PAGE, screen.view(true));
        assert_matches(
            sim.snapshot(&theme::light()).unwrap(),
            &format!("lang-history-small-{code}"),
        );
    });
}

#[test]
fn the_settings_speak_each_language() {
    in_each_language(|language| {
        let code = language.code();
        let home = tempfile::tempdir().unwrap();
        for (size, page, name) in [
            (SIZE, SIZE, format!("lang-settings-{code}")),
            (SMALL, SMALL_PAGE, format!("lang-settings-small-{code}")),
        ] {
            let mut app = app(home.path(), size);
            let _ = app.update(Message::Key(Key::Char('s')));
            let mut sim = Simulator::with_size(settings(), page, app.view());
            assert!(
                sim.find(i18n::message("library-settings", None)).is_ok(),
                "{code}: the page's title"
            );
            assert_matches(sim.snapshot(&theme::light()).unwrap(), &name);
        }
    });
}
