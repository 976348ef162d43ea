//! Screen tests with iced_test: the real `App`, clicked and typed at.
//!
//! Most tests send keyboard shortcuts as the app's own `Message::Key`; a
//! few press real keys in the simulator to check the view's wrapper turns
//! them into those messages (the mapping itself is unit-tested in
//! `ui::keys`).

use std::path::Path;
use std::time::{Duration, Instant};

use iced::Size;
use iced_test::Simulator;
use limber::paths::Paths;
use limber::routine::{self, StepKind};
use limber::settings::Settings as UserSettings;
use limber::ui::app::{App, Launch, Message, Screen};
use limber::ui::keys::Key;
use limber::ui::screens::finish;
use limber::ui::screens::player::{self, Player};
use limber::ui::theme;

#[path = "common/screens.rs"]
mod screens;
use screens::{SIZE, assert_matches, decode, player_at, settings};

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
            first_run: false,
            live: false,
            system_mode: None,
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

    /// Feeds raw window events to the view; returns what it published.
    fn events(&mut self, events: Vec<iced::Event>) -> Vec<Message> {
        let mut sim = self.simulator();
        let _ = sim.simulate(events);
        let messages: Vec<Message> = sim.into_messages().collect();
        for m in &messages {
            let _ = self.app.update(m.clone());
        }
        messages
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

    /// Runs a task the app returned as the runtime would: what it outputs
    /// goes back into `update`, and so on. Window and widget actions (such
    /// as scrolling) need a real window and are left out.
    fn run(&mut self, task: iced::Task<Message>) {
        use iced::futures::StreamExt;
        use iced_test::runtime::{Action, task::into_stream};
        let Some(stream) = into_stream(task) else {
            return;
        };
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let actions = runtime
            .block_on(async {
                tokio::time::timeout(Duration::from_secs(20), stream.collect::<Vec<_>>()).await
            })
            .expect("the task finished");
        for action in actions {
            if let Action::Output(message) = action {
                let task = self.app.update(message);
                self.run(task);
            }
        }
    }

    /// Presses a key and runs what it starts (reading, exporting).
    fn key_run(&mut self, key: Key) {
        let task = self.app.update(Message::Key(key));
        self.run(task);
    }

    /// Clicks `text` and runs what it starts.
    fn click_run(&mut self, text: &str) {
        let mut sim = self.simulator();
        sim.click(text)
            .unwrap_or_else(|e| panic!("cannot click {text:?}: {e}"));
        let messages: Vec<Message> = sim.into_messages().collect();
        assert!(!messages.is_empty(), "clicking {text:?} did nothing");
        for m in messages {
            let task = self.app.update(m);
            self.run(task);
        }
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
    assert_eq!(ui.player().mode(), player::Mode::Ready);
    assert!(ui.shows("Start"));
    ui.click("Start");
    assert_eq!(ui.player().mode(), player::Mode::Running);
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

/// Space pressed in the window (not a `Message::Key`) starts, pauses and
/// resumes: the view's wrapper reports keys no widget used.
#[test]
fn a_real_space_key_starts_pauses_and_resumes() {
    use iced::keyboard::key::Named;
    let space = || iced_test::simulator::tap_key(Named::Space, None).collect();
    let mut ui = Ui::new();
    ui.click("Sciatica relief");
    assert_eq!(ui.player().mode(), player::Mode::Ready);
    let published = ui.events(space());
    assert!(
        matches!(published.as_slice(), [Message::Key(Key::Space)]),
        "one key message, not {} messages",
        published.len()
    );
    assert_eq!(ui.player().mode(), player::Mode::Running);
    ui.events(space());
    assert!(ui.player().session().unwrap().is_paused());
    ui.events(space());
    assert!(!ui.player().session().unwrap().is_paused());
}

/// The player's tick comes from the view: a redraw before its wake-up
/// asks for nothing, one at it publishes `Tick`. Paused, nothing wakes.
#[test]
fn the_view_ticks_when_the_wake_up_is_due_and_not_before() {
    let redraw = |at: Instant| {
        vec![iced::Event::Window(iced::window::Event::RedrawRequested(
            at,
        ))]
    };
    let mut ui = Ui::new();
    ui.click("Sciatica relief");
    assert_eq!(
        ui.player().next_wake(),
        None,
        "nothing to wake for before Start"
    );
    ui.click("Start");
    let at = ui.player().next_wake().expect("a running countdown wakes");
    let early = ui.events(redraw(at - Duration::from_millis(5)));
    assert!(
        early.is_empty(),
        "{} messages before the wake-up",
        early.len()
    );
    let due = ui.events(redraw(at));
    assert!(
        matches!(due.as_slice(), [Message::Tick]),
        "{} messages at the wake-up",
        due.len()
    );
    ui.click("Pause");
    assert_eq!(ui.player().next_wake(), None, "paused: no wake-up");
    assert!(ui.events(redraw(at + Duration::from_secs(5))).is_empty());
}

/// A window that gets no redraws (minimized, on most systems) still ticks:
/// while a countdown runs in a window without focus, a backstop
/// subscription fires a little after each wake-up no redraw took. With
/// focus (on screen, redrawing) or paused, it is gone.
#[test]
fn without_redraws_the_backstop_ticks_the_player() {
    use iced::advanced::subscription::{EventStream, into_recipes};
    use iced::futures::StreamExt;
    let mut ui = Ui::new();
    ui.click("Sciatica relief");
    let idle = into_recipes(ui.app.subscription()).len();
    ui.click("Start");
    let recipes = into_recipes(ui.app.subscription());
    assert_eq!(
        recipes.len(),
        idle + 1,
        "a running countdown adds the backstop"
    );
    let at = ui.player().next_wake().expect("a running countdown wakes");

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let tick = runtime.block_on(async {
        let streams = recipes.into_iter().map(|r| {
            let events: EventStream = iced::futures::stream::empty().boxed();
            r.stream(events)
        });
        let mut all = iced::futures::stream::select_all(streams);
        let first_tick = async {
            while let Some(m) = all.next().await {
                if matches!(m, Message::Tick) {
                    return Some(Instant::now());
                }
            }
            None
        };
        tokio::time::timeout(Duration::from_secs(5), first_tick).await
    });
    let when = tick.ok().flatten().expect("no tick without redraws");
    assert!(when >= at, "ticked before the wake-up");
    let before = ui.app.title();
    let _ = ui.app.update(Message::Tick);
    assert_ne!(ui.app.title(), before, "the tick moved the countdown");

    let _ = ui.app.update(Message::Focused(true));
    assert_eq!(
        into_recipes(ui.app.subscription()).len(),
        idle,
        "focused: no backstop"
    );
    let _ = ui.app.update(Message::Focused(false));
    assert_eq!(into_recipes(ui.app.subscription()).len(), idle + 1);
    ui.click("Pause");
    assert_eq!(
        into_recipes(ui.app.subscription()).len(),
        idle,
        "paused: no backstop"
    );
}

/// Window resizes reach the app as its size (the compact layout and the
/// small history page depend on it).
#[test]
fn a_window_resize_reaches_the_app() {
    let mut ui = Ui::new();
    let published = ui.events(vec![iced::Event::Window(iced::window::Event::Resized(
        Size::new(480.0, 320.0),
    ))]);
    assert!(
        matches!(published.as_slice(), [Message::Resized(s)] if s.width == 480.0 && s.height == 320.0),
        "{} messages",
        published.len()
    );
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
    assert!(matches!(ui.player().mode(), player::Mode::Gate { .. }));
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
    assert_eq!(ui.player().mode(), player::Mode::ConfirmStop);
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
    assert_eq!(ui.player().mode(), player::Mode::Ready);
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
                    player::Mode::Gate { .. } => ui.key(Key::Char('n')),
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
fn pain_is_rated_before_and_after_and_kept_with_the_note() {
    let mut ui = Ui::new();
    ui.click("Sciatica relief");
    assert!(ui.shows("How is your pain right now?"));
    ui.key(Key::Char('6'));
    assert!(!ui.shows(&player::severe()));
    ui.click("9");
    assert!(ui.shows(&player::severe()), "high pain shows the warning");
    ui.key(Key::Space);
    ui.click("Skip");
    ui.click("Skip");
    ui.key(Key::Escape);
    ui.key(Key::Enter);
    let Screen::Finish(f) = ui.app.screen() else {
        panic!("not finished")
    };
    let record = f.record.clone().expect("a started session is recorded");
    assert_eq!(record.pain_before.map(|p| p.get()), Some(9));
    assert!(!record.completed);
    assert_eq!(record.routine, "sciatica-relief");
    assert!(record.id.is_some());
    assert_eq!(f.amended(), None, "nothing added yet");
    assert!(ui.shows("How is your pain now?"));
    ui.key(Key::Char('3'));
    let _ = ui.app.update(Message::Finish(finish::Message::Note(
        "  hip looser  ".into(),
    )));
    let Screen::Finish(f) = ui.app.screen() else {
        unreachable!()
    };
    let amended = f.amended().unwrap();
    assert_eq!(amended.pain_after.map(|p| p.get()), Some(3));
    assert_eq!(amended.pain_before.map(|p| p.get()), Some(9));
    assert_eq!(amended.note.as_deref(), Some("hip looser"));
    assert_eq!(amended.id, record.id, "an update of the same session");
}

#[test]
fn stopping_before_anything_started_keeps_nothing() {
    let mut ui = Ui::new();
    ui.click("Sciatica relief");
    ui.click("Start");
    // Still in the get-ready countdown.
    ui.key(Key::Escape);
    ui.key(Key::Enter);
    let Screen::Finish(f) = ui.app.screen() else {
        panic!("not finished")
    };
    assert!(f.record.is_none());
    assert!(ui.shows("Nothing was started, so this is not kept in your history."));
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
fn settings_change_with_the_keyboard_and_apply_at_once() {
    let mut ui = Ui::new();
    ui.click("Settings");
    assert!(ui.shows("Affected side"));
    assert!(ui.shows("Not set"));
    // Affected side: Left, then two more reps on it.
    ui.key(Key::Right);
    assert!(ui.shows("Left"));
    ui.key(Key::Down);
    ui.key(Key::Right);
    ui.key(Key::Right);
    assert!(ui.shows("+2"));
    // Down to Appearance: dark now, and the window follows.
    use limber::ui::screens::settings::{ROWS, Row};
    let theme_row = ROWS.iter().position(|r| *r == Row::Theme).unwrap();
    for _ in 1..theme_row {
        ui.key(Key::Down);
    }
    ui.key(Key::Right);
    ui.key(Key::Right);
    assert!(ui.shows("Dark"));
    assert!(ui.app.theme().extended_palette().is_dark);
    ui.key(Key::Escape);
    assert!(matches!(ui.app.screen(), Screen::Library));
    // The next session uses the new values: 12 + 2 reps on the left.
    ui.key(Key::Enter);
    let plan = ui.player().plan();
    let hip_left = plan
        .steps
        .iter()
        .find(|s| s.kind == StepKind::Work && plan.move_of(s).unwrap().id == "hip-flexion")
        .unwrap();
    assert_eq!(hip_left.reps, Some(14));
}

#[test]
fn the_first_run_starts_with_the_safety_page() {
    let home = tempfile::tempdir().unwrap();
    let (mut app, _) = App::new(Launch {
        paths: Paths::under(home.path()),
        settings: UserSettings::default(),
        notices: Vec::new(),
        play: Some(("sciatica-relief".into(), false)),
        first_run: true,
        live: false,
        system_mode: None,
    });
    let Screen::Safety(s) = app.screen() else {
        panic!("the first run shows safety first")
    };
    assert!(s.first_run);
    {
        let mut sim = Simulator::with_size(settings(), SIZE, app.view());
        assert!(sim.find("Welcome to Limber").is_ok());
        assert!(
            sim.find("Real weakness in a leg, such as a foot that drags or gives way")
                .is_ok()
        );
        assert!(sim.find(limber::ui::screens::safety::not_medical()).is_ok());
    }
    let _ = app.update(Message::Key(Key::Enter));
    // Then what was asked for: the routine's player.
    assert!(matches!(app.screen(), Screen::Player(_)));
}

/// The issue's own example: 45 s holds in "my version" of sciatica relief,
/// made in the app (the save itself is checked against the real binary in
/// scripts/window-test).
#[test]
fn the_editor_changes_holds_adds_reorders_and_saves() {
    use limber::routine::draft::Field;
    use limber::ui::screens::editor::{self, FieldEdit};
    let mut ui = Ui::new();
    ui.key(Key::Char('e'));
    let Screen::Editor(_) = ui.app.screen() else {
        panic!("E opens the editor on the selected routine")
    };
    assert!(ui.shows(
        "Bundled routine \"sciatica-relief\": saving makes your own copy · 21:45 · 7 moves"
    ));
    // Figure-4 is selected: type a 45 s hold; the total updates live.
    let _ = ui
        .app
        .update(Message::Editor(editor::Message::Edit(FieldEdit::Text(
            Field::Hold,
            "45s".into(),
        ))));
    assert!(ui.shows(
        "Bundled routine \"sciatica-relief\": saving makes your own copy · 23:15 · 7 moves"
    ));
    assert!(
        ui.app.title().starts_with("• "),
        "unsaved changes show in the title"
    );
    // A bad value shows its problem and blocks saving.
    let _ = ui
        .app
        .update(Message::Editor(editor::Message::Edit(FieldEdit::Text(
            Field::Hold,
            "0s".into(),
        ))));
    assert!(ui.shows("between 1s and 4h"));
    ui.click("Save");
    assert!(ui.shows("Not saved: fix the problem in red first."));
    let _ = ui
        .app
        .update(Message::Editor(editor::Message::Edit(FieldEdit::Text(
            Field::Hold,
            "45s".into(),
        ))));
    // Child's pose, by keyboard, then a rep move instead of a hold.
    ui.key(Key::Down);
    ui.click("Reps");
    assert!(ui.shows("Seconds per rep"));
    ui.click("Hold");
    // Add a move after it from the picker, then move it up.
    ui.key(Key::Char('a'));
    assert!(ui.shows("Add a move"));
    ui.key(Key::Down);
    ui.key(Key::Enter);
    let Screen::Editor(e) = ui.app.screen() else {
        unreachable!()
    };
    assert_eq!(e.draft.move_count(), 8);
    assert_eq!(e.selected, 2);
    ui.key(Key::Char('['));
    let Screen::Editor(e) = ui.app.screen() else {
        unreachable!()
    };
    assert_eq!(e.selected, 1);
    // Ctrl+S asks the app to save (the write runs as a task).
    ui.key(Key::Save);
    // Leaving with unsaved changes asks once.
    ui.key(Key::Escape);
    assert!(ui.shows(
        "You have unsaved changes. Save with Ctrl+S, or press Esc again to leave without saving."
    ));
    ui.key(Key::Escape);
    assert!(matches!(ui.app.screen(), Screen::Library));
}

/// The editor is open on one of the person's files when it changes on
/// disk: with no unsaved changes the new version is loaded; with some, the
/// person is asked which to keep, and either answer works.
#[test]
fn the_editor_hears_when_its_file_changes_outside_limber() {
    use limber::routine::draft::Field;
    use limber::ui::screens::editor::{self, FieldEdit};
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("config/routines/mine.ron");
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    let write = |name: &str, hold: &str| {
        let text = format!(
            "(name: \"{name}\", moves: [(id: \"a\", name: \"Stretch\", hold: \"{hold}\")])"
        );
        std::fs::write(&file, text).unwrap();
    };
    write("Mine", "30s");
    let mut ui = Ui::with_home(home);
    let index = ui
        .app
        .entries()
        .iter()
        .position(|e| e.id == "mine")
        .unwrap();
    for _ in 0..index {
        ui.key(Key::Right);
    }
    ui.key(Key::Char('e'));
    let editor = |ui: &Ui| match ui.app.screen() {
        Screen::Editor(e) => (e.draft.name.clone(), e.conflict.is_some(), e.is_dirty()),
        _ => panic!("not in the editor"),
    };
    assert_eq!(editor(&ui), ("Mine".into(), false, false));

    // Changed outside, nothing unsaved: the file's version is simply loaded.
    write("Mine, changed", "40s");
    let reload = ui.app.update(Message::RoutinesChanged);
    ui.run(reload);
    assert_eq!(editor(&ui), ("Mine, changed".into(), false, false));
    assert!(ui.shows("Updated from the file, which was changed outside Limber."));

    // With an unsaved change, a change outside asks which to keep.
    let edit = |ui: &mut Ui, name: &str| {
        let _ = ui
            .app
            .update(Message::Editor(editor::Message::Edit(FieldEdit::Text(
                Field::Name,
                name.into(),
            ))));
    };
    edit(&mut ui, "Stretch, my way");
    write("Mine, theirs", "50s");
    let reload = ui.app.update(Message::RoutinesChanged);
    ui.run(reload);
    let (_, conflict, dirty) = editor(&ui);
    assert!(conflict && dirty, "asks, keeping the unsaved change");
    assert!(ui.shows("Keep mine") && ui.shows("Use the file's"));
    ui.click_run("Use the file's");
    assert_eq!(editor(&ui), ("Mine, theirs".into(), false, false));

    // Once more, and this time keep mine: it is saved over the file.
    edit(&mut ui, "Stretch, mine again");
    write("Mine, theirs again", "55s");
    let reload = ui.app.update(Message::RoutinesChanged);
    ui.run(reload);
    assert!(editor(&ui).1, "asks again");
    ui.click_run("Keep mine");
    let (_, conflict, dirty) = editor(&ui);
    assert!(!conflict && !dirty, "saved");
    let on_disk = limber::routine::load_file(&ui_file(&ui)).unwrap();
    assert_eq!(on_disk.name, "Mine, theirs");
    assert_eq!(on_disk.moves().next().unwrap().name, "Stretch, mine again");
}

/// The file of the routine open in the editor.
fn ui_file(ui: &Ui) -> std::path::PathBuf {
    match ui.app.screen() {
        Screen::Editor(e) => ui
            ._home
            .path()
            .join(format!("config/routines/{}.ron", e.id)),
        _ => panic!("not in the editor"),
    }
}

#[test]
fn new_routines_and_duplicates_get_free_names() {
    let mut ui = Ui::new();
    ui.click("New routine");
    let Screen::Editor(e) = ui.app.screen() else {
        panic!("not in the editor")
    };
    assert_eq!(e.id, "my-routine");
    assert!(ui.shows("New routine \"my-routine\", not saved yet · 0:40 · 1 move"));
    ui.key(Key::Char('d'));
    let Screen::Editor(e) = ui.app.screen() else {
        unreachable!()
    };
    assert_eq!(e.id, "my-routine-copy");
    assert_eq!(e.draft.name, "My routine (copy)");
}

#[test]
fn a_step_up_is_offered_before_the_start_and_can_be_taken_or_declined() {
    use limber::progression::{Rule, propose};
    let routine = routine::bundled().remove(0).routine.unwrap();
    let start = chrono::DateTime::parse_from_rfc3339("2026-11-01T08:00:00+01:00").unwrap();
    let records: Vec<_> = (0..3)
        .map(|d| {
            let summary = limber::session::Summary {
                finished: true,
                active: Duration::from_secs(1200),
                moves: vec![],
                answers: vec![(1, routine::Answer::No)],
            };
            let at = start + chrono::Duration::days(d);
            limber::history::Record::from_summary(&summary, "sciatica-relief", &routine, at, at)
        })
        .collect();
    let rule = Rule {
        step: routine::Dur::from_secs(5),
        after: 3,
    };
    let offer = propose("sciatica-relief", &routine, &records, None, rule).unwrap();
    let figure4 = |ui: &Ui| {
        ui.player()
            .plan()
            .routine
            .find_move("figure-4")
            .unwrap()
            .hold()
            .unwrap()
    };

    for take in [true, false] {
        let mut ui = Ui::new();
        ui.click("Sciatica relief");
        let _ = ui.app.update(Message::Offer(
            "sciatica-relief".into(),
            Some(offer.clone()),
        ));
        assert!(ui.shows("3 pain-free sessions in a row: ready for a little more?"));
        assert!(ui.shows("Figure-4 stretch: 30s → 35s · Child's pose: 30s → 35s"));
        ui.key(Key::Char(if take { 'y' } else { 'n' }));
        assert!(!ui.player().has_offer());
        let expected = if take { 35 } else { 30 };
        assert_eq!(figure4(&ui), routine::Dur::from_secs(expected));
    }
}

#[test]
fn the_safety_page_is_always_reachable() {
    let mut ui = Ui::new();
    ui.click("Safety");
    assert!(ui.shows("Exercise safely"));
    assert!(ui.shows("Stop and get medical care if you have"));
    assert!(ui.shows("Any change in bladder or bowel control"));
    ui.key(Key::Escape);
    assert!(matches!(ui.app.screen(), Screen::Library));
}

// -- Snapshots ----------------------------------------------------------------

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

/// The watched folder drives the library: a valid file appears, a broken
/// save shows its error and keeps the last good version, a fix replaces it.
#[tokio::test]
async fn live_reload_follows_the_routines_folder() {
    use iced::futures::StreamExt;
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("config/routines");
    std::fs::create_dir_all(&dir).unwrap();
    let mut changes = Box::pin(limber::watch::changes(dir.clone()));
    let mut ui = Ui::with_home(home);
    let next_change = async |changes: &mut std::pin::Pin<Box<_>>| {
        tokio::time::timeout(Duration::from_secs(3), StreamExt::next(changes))
            .await
            .expect("the folder change was not seen within 3 s")
    };
    // Polling starts the watcher; nothing has changed yet.
    assert!(
        tokio::time::timeout(Duration::from_millis(300), StreamExt::next(&mut changes))
            .await
            .is_err()
    );

    std::fs::write(
        dir.join("mine.ron"),
        r#"(name: "Mine", moves: [(id: "a", name: "A", hold: "45s")])"#,
    )
    .unwrap();
    next_change(&mut changes).await;
    let _ = ui
        .app
        .update(Message::LibraryLoaded(routine::library(&dir)));
    assert!(ui.shows("Mine"));

    std::fs::write(
        dir.join("mine.ron"),
        r#"(name: "Mine", moves: [(id: "a", name: "A", hold: "0s")])"#,
    )
    .unwrap();
    next_change(&mut changes).await;
    let _ = ui
        .app
        .update(Message::LibraryLoaded(routine::library(&dir)));
    let entry = ui.app.entries().iter().find(|e| e.id == "mine").unwrap();
    assert!(entry.routine.is_err());
    assert!(ui.shows("The file now has a mistake; the last version that worked is used:"));
    assert!(ui.shows("Mine"), "the card keeps the last good name");
    // And it can still be followed (it comes after the bundled routines).
    for _ in 0..routine::BUNDLED.len() {
        ui.key(Key::Right);
    }
    ui.key(Key::Enter);
    assert_eq!(ui.player().id, "mine");
    // Stop watching before the folder is removed with `ui`'s home: wine
    // cannot remove a folder that is still watched, and waits forever.
    drop(changes);
}

// -- History ------------------------------------------------------------------

/// The history screen: opened from the library, reading a real file in the
/// background, exporting into a folder of the test's own.
mod history_screen {
    use super::*;
    use chrono::{Days, NaiveDate};
    use limber::history::{self, MoveStatus, Pain, Record};
    use limber::ui::screens::history::{HistoryScreen, Loaded, list};

    use super::screens::{session, snapshot_history};

    impl Ui {
        fn history(&self) -> &HistoryScreen {
            match self.app.screen() {
                Screen::History(h) => h,
                _ => panic!("not in the history"),
            }
        }
    }

    /// Three sessions in the last ten days, in today's local terms: the
    /// newest yesterday (pain 4 → 3, a note), a stopped one the day before
    /// (pain 6 → 5), and one nine days ago (pain 7 → 6).
    fn three_sessions() -> Vec<Record> {
        let now = chrono::Local::now();
        let today = now.date_naive();
        let offset = *now.offset();
        let day = |n| today - Days::new(n);
        let mut stopped = session(day(2), 18, 30, offset)
            .with_pain(Pain::new(6), Pain::new(5))
            .with_note("stopped for the phone");
        stopped.completed = false;
        stopped.active_seconds = 5 * 60;
        stopped.moves[1].status = MoveStatus::NotReached;
        stopped.moves[1].seconds = 0;
        stopped.answers.clear();
        vec![
            session(day(9), 8, 0, offset).with_pain(Pain::new(7), Pain::new(6)),
            stopped,
            session(day(1), 7, 45, offset)
                .with_pain(Pain::new(4), Pain::new(3))
                .with_note("left hip tight, better after the bridge"),
        ]
    }

    fn home_with(records: &[Record]) -> tempfile::TempDir {
        let home = tempfile::tempdir().unwrap();
        let path = Paths::under(home.path()).history();
        for r in records {
            history::append(&path, r).unwrap();
        }
        home
    }

    #[test]
    fn history_opens_from_the_library_with_the_button_and_with_h() {
        let mut ui = Ui::new();
        assert!(ui.shows("History"));
        // The button starts reading; until the reading is back, a quiet line.
        let mut sim = ui.simulator();
        sim.click("History").unwrap();
        let messages: Vec<Message> = sim.into_messages().collect();
        let mut tasks = Vec::new();
        for m in messages {
            tasks.push(ui.app.update(m));
        }
        assert!(ui.history().is_loading());
        assert!(ui.shows("Loading your history…"));
        assert_eq!(ui.app.title(), "History — Limber");
        for task in tasks {
            ui.run(task);
        }
        assert!(!ui.history().is_loading());
        assert!(ui.shows("Your sessions will appear here"));
        assert!(!ui.shows("Export CSV"), "nothing to export yet");
        ui.key(Key::Escape);
        assert!(matches!(ui.app.screen(), Screen::Library));

        ui.key_run(Key::Char('h'));
        assert!(ui.shows("Your sessions will appear here"));
        // The friendly button goes back too.
        ui.click("Choose a routine");
        assert!(matches!(ui.app.screen(), Screen::Library));
    }

    #[test]
    fn a_seeded_history_shows_the_overview_and_its_sessions() {
        let mut ui = Ui::with_home(home_with(&three_sessions()));
        ui.key_run(Key::Char('h'));
        assert!(
            ui.shows("3 sessions in the last 3 weeks · average pain after a session 6 → 3"),
            "the plain-words summary"
        );
        assert!(ui.shows("Pain: your first rated session compared with your latest · 3 sessions and 33 min in all"));
        assert!(ui.shows("Current streak"));
        // Newest first, opened: its note in full and its moves.
        assert!(ui.shows("Yesterday · 07:45"));
        assert!(ui.shows("pain 4 → 3"));
        assert!(ui.shows("“left hip tight, better after the bridge”"));
        assert!(ui.shows("Any pain after stretching?"));
        assert!(ui.shows("Stopped part-way"));
        assert!(ui.shows("1 done · 1 not reached"));
        assert!(!ui.shows("not reached"), "the stopped session is closed");
        // Down opens the stopped session instead.
        ui.key(Key::Down);
        assert_eq!(
            ui.history().selected().unwrap().note.as_deref(),
            Some("stopped for the phone")
        );
        assert!(ui.shows("not reached"));
        assert!(ui.shows("“stopped for the phone”"));
        assert!(
            !ui.shows("Any pain after stretching?"),
            "it never got there"
        );
        ui.key(Key::Up);
        assert!(ui.shows("Any pain after stretching?"));
        // Clicking a row selects it too.
        let oldest = three_sessions()[0].clone();
        let today = chrono::Local::now().date_naive();
        ui.click(&list::when(oldest.started_at, today));
        assert_eq!(ui.history().selected(), Some(&oldest));
        ui.key(Key::Escape);
        assert!(matches!(ui.app.screen(), Screen::Library));
    }

    /// A minimal RFC 4180 reader for the checks below.
    fn read_csv(text: &str) -> Vec<Vec<String>> {
        let mut rows = vec![];
        let mut row = vec![];
        let mut cell = String::new();
        let mut quoted = false;
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                (true, '"') => quoted = false,
                (true, c) => cell.push(c),
                (false, '"') => quoted = true,
                (false, ',') => row.push(std::mem::take(&mut cell)),
                (false, '\r') if chars.peek() == Some(&'\n') => {}
                (false, '\n') => {
                    row.push(std::mem::take(&mut cell));
                    rows.push(std::mem::take(&mut row));
                }
                (false, c) => cell.push(c),
            }
        }
        rows
    }

    #[test]
    fn the_history_shows_the_last_days_movement_breaks() {
        let home = home_with(&three_sessions());
        let now = chrono::Local::now().fixed_offset();
        let yesterday = now - chrono::Duration::days(1);
        let line = |at: chrono::DateTime<chrono::FixedOffset>, outcome: &str, sitting: u32| {
            format!(
                "{{\"at\":\"{}\",\"outcome\":\"{outcome}\",\"sitting_min\":{sitting}}}\n",
                at.to_rfc3339()
            )
        };
        let ledger = [
            line(yesterday, "offered", 45),
            line(yesterday, "taken", 45),
            line(yesterday, "rested", 35),
            line(now, "offered", 45),
            line(now, "snoozed", 45),
            line(now, "offered", 50),
            line(now, "skipped", 50),
        ]
        .concat();
        std::fs::write(Paths::under(home.path()).breaks(), ledger).unwrap();
        let mut ui = Ui::with_home(home);
        ui.key_run(Key::Char('h'));
        assert!(ui.shows("Movement breaks"));
        assert!(ui.shows("Today"));
        assert!(ui.shows("Yesterday"));
        // Yesterday: 45 and 35 minutes of sitting between breaks.
        assert!(ui.shows("40 min"));
        assert!(ui.shows("snoozed"));
        let l = ui.history().loaded().unwrap();
        let today = &l.breaks[&now.date_naive()];
        assert_eq!((today.offered, today.snoozed, today.skipped), (2, 1, 1));
    }

    #[test]
    fn export_from_the_history_writes_csv_and_json_that_read_back() {
        let records = three_sessions();
        let mut ui = Ui::with_home(home_with(&records));
        let out = tempfile::tempdir().unwrap();
        let exports = out.path().join("Documents");
        ui.app.set_export_dir(exports.clone());
        ui.key_run(Key::Char('h'));

        // The button, for CSV.
        ui.click_run("Export CSV");
        let today = chrono::Local::now().date_naive();
        let csv_path = exports.join(format!("limber-history-{}.csv", today.format("%Y-%m-%d")));
        assert!(
            ui.shows(&format!("✓ Saved as CSV: {}", csv_path.display())),
            "says where it went"
        );
        let rows = read_csv(&std::fs::read_to_string(&csv_path).unwrap());
        assert_eq!(rows.len(), 1 + records.len(), "{rows:?}");
        assert_eq!(rows[0][0], "started_at");
        let column = |name: &str| rows[0].iter().position(|h| h == name).unwrap();
        let (date, completed, note, pain) = (
            column("date"),
            column("completed"),
            column("note"),
            column("pain_after"),
        );
        for (row, r) in rows[1..].iter().zip(&records) {
            assert_eq!(row.len(), rows[0].len());
            assert_eq!(row[date], r.date().format("%Y-%m-%d").to_string());
            assert_eq!(row[completed], r.completed.to_string());
            assert_eq!(row[note], r.note.clone().unwrap_or_default());
            assert_eq!(row[pain], r.pain_after.unwrap().to_string());
        }

        // The key, for JSON.
        ui.key_run(Key::Char('j'));
        let json_path = exports.join(format!("limber-history-{}.json", today.format("%Y-%m-%d")));
        assert!(ui.shows(&format!("✓ Saved as JSON: {}", json_path.display())));
        let back: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&json_path).unwrap()).unwrap();
        let back: Vec<Record> = serde_json::from_value(back["sessions"].clone()).unwrap();
        assert_eq!(back, records);

        // A second CSV never overwrites the first.
        ui.key_run(Key::Char('e'));
        assert!(
            exports
                .join(format!("limber-history-{}-2.csv", today.format("%Y-%m-%d")))
                .exists()
        );
        assert_eq!(std::fs::read_dir(&exports).unwrap().count(), 3);
    }

    #[test]
    fn an_unreadable_history_says_so_and_damaged_lines_are_mentioned() {
        let home = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(Paths::under(home.path()).history()).unwrap();
        let mut ui = Ui::with_home(home);
        ui.key_run(Key::Char('h'));
        assert!(ui.shows("Your history could not be read"));
        ui.key(Key::Escape);
        assert!(matches!(ui.app.screen(), Screen::Library));

        let home = home_with(&three_sessions());
        let path = Paths::under(home.path()).history();
        let mut text = std::fs::read_to_string(&path).unwrap();
        text.insert_str(0, "{\"v\":9,\"from\":\"the future\"}\nnot json at all\n");
        std::fs::write(&path, text).unwrap();
        let mut ui = Ui::with_home(home);
        ui.key_run(Key::Char('h'));
        assert!(ui.shows("3 sessions in the last 3 weeks · average pain after a session 6 → 3"));
        assert!(ui.shows(
            "1 damaged line in the history file was skipped (line 2). \
             1 record from a newer Limber was kept but not shown."
        ));
    }

    #[test]
    fn snapshot_history_light() {
        let screen = HistoryScreen::with_loaded(snapshot_history(), "/nowhere".into());
        let mut sim = Simulator::with_size(settings(), SIZE, screen.view(false));
        assert_matches(sim.snapshot(&theme::light()).unwrap(), "history-light");
    }

    #[test]
    fn snapshot_history_dark() {
        let screen = HistoryScreen::with_loaded(snapshot_history(), "/nowhere".into());
        let mut sim = Simulator::with_size(settings(), SIZE, screen.view(false));
        assert_matches(sim.snapshot(&theme::dark()).unwrap(), "history-dark");
    }

    #[test]
    fn a_small_window_shows_the_figures_and_sessions_without_charts() {
        // 480 × 320 at the smallest scale (0.85) is about 565 × 376.
        let small = Size::new(565.0, 376.0);
        let screen = HistoryScreen::with_loaded(snapshot_history(), "/nowhere".into());
        let mut sim = Simulator::with_size(settings(), small, screen.view(true));
        assert!(sim.find("Sessions").is_ok());
        assert!(sim.find("Library").is_ok());
        assert!(
            sim.find("A larger window shows the calendar and the charts.")
                .is_ok()
        );
        assert!(sim.find("Days you exercised").is_err());
        assert_matches(sim.snapshot(&theme::light()).unwrap(), "history-small");
        // The full layout has the charts.
        let mut sim = Simulator::with_size(settings(), SIZE, screen.view(false));
        assert!(sim.find("Days you exercised").is_ok());
        assert!(sim.find("Minutes per week").is_ok());
    }

    #[test]
    fn snapshot_history_empty() {
        let empty = Loaded::new(
            history::History::default(),
            NaiveDate::from_ymd_opt(2026, 11, 21).unwrap(),
        );
        let screen = HistoryScreen::with_loaded(empty, "/nowhere".into());
        let mut sim = Simulator::with_size(settings(), SIZE, screen.view(false));
        assert_matches(sim.snapshot(&theme::light()).unwrap(), "history-empty");
    }
}

#[test]
fn the_reminders_page_turns_movement_breaks_on_sets_them_and_pauses_them() {
    let mut ui = Ui::new();
    let paths = Paths::under(ui._home.path());
    ui.key_run(Key::Char('r'));
    assert!(ui.shows("Movement breaks"));
    assert!(
        !ui.shows("Pause breaks for 1 hour"),
        "off: nothing to pause"
    );
    // The switch, by clicking: on with the desk break every 45 minutes.
    ui.click_run("Off");
    let saved = || UserSettings::load(&paths.settings()).0.breaks;
    let on = saved().expect("breaks were saved on");
    assert_eq!(on.routine, "desk-break");
    assert_eq!(on.every, routine::Dur::from_secs(45 * 60));
    assert!(ui.shows("45 min"));
    assert!(ui.shows("Desk break"));
    // By keys: Down to the sitting time, Right for 50 minutes.
    ui.key_run(Key::Down);
    ui.key_run(Key::Right);
    assert_eq!(saved().unwrap().every, routine::Dur::from_secs(50 * 60));
    assert!(ui.shows("50 min"));
    // Pausing, and the page says until when.
    ui.click_run("Pause breaks for 1 hour");
    let state = limber::state::State::load(&paths.state());
    let until = state.breaks_paused_until().expect("paused");
    let minutes = (until - chrono::Local::now().fixed_offset()).num_minutes();
    assert!((58..=60).contains(&minutes), "{minutes}");
    assert!(ui.shows("Resume breaks"));
    ui.click_run("Resume breaks");
    assert_eq!(
        limber::state::State::load(&paths.state()).breaks_paused_until(),
        None
    );
    // B turns them off again; the settings say so.
    ui.key_run(Key::Char('b'));
    assert_eq!(saved(), None);
}
