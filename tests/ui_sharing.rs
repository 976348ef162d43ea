//! The window's import, picture, print and report actions with iced_test:
//! the real `App`, its file work run as the runtime would run it.

#[path = "common/images.rs"]
mod images;

use std::path::Path;
use std::time::Duration;

use iced::{Settings, Size};
use iced_test::Simulator;
use limber::paths::Paths;
use limber::routine::Picture;
use limber::settings::Settings as UserSettings;
use limber::ui::app::{App, Launch, Message, Screen};
use limber::ui::keys::Key;
use limber::ui::screens::import::State;
use limber::ui::theme;

struct Ui {
    app: App,
    home: tempfile::TempDir,
}

impl Ui {
    fn new() -> Ui {
        let home = tempfile::tempdir().unwrap();
        let (mut app, _) = App::new(Launch {
            paths: Paths::under(home.path()),
            settings: UserSettings::default(),
            notices: Vec::new(),
            play: None,
            first_run: false,
            live: false,
            system_mode: None,
        });
        app.set_export_dir(home.path().join("Documents"));
        Ui { app, home }
    }

    /// Sends a message and runs the tasks it starts, feeding their
    /// messages back (window actions left out).
    fn send(&mut self, message: Message) {
        use iced::futures::StreamExt;
        use iced_test::runtime::{Action, task::into_stream};
        let task = self.app.update(message);
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
                self.send(message);
            }
        }
    }

    fn shows(&self, text: &str) -> bool {
        let settings = Settings {
            fonts: theme::FONT_FILES.iter().map(|f| (*f).into()).collect(),
            default_font: theme::FONT,
            ..Settings::default()
        };
        let mut sim = Simulator::with_size(settings, Size::new(1280.0, 800.0), self.app.view());
        sim.find(text).is_ok()
    }

    fn routines(&self) -> std::path::PathBuf {
        self.home.path().join("config/routines")
    }
}

/// A pack of a small routine with one picture, written by the CLI.
fn pack(dir: &Path, text: &str) -> std::path::PathBuf {
    let src = dir.join("src");
    std::fs::create_dir_all(&src).unwrap();
    std::fs::write(src.join("knees.ron"), text).unwrap();
    images::png(&src.join("knees/photo.png"));
    let out = dir.join("knees.limber");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_limber"))
        .args(["export", src.join("knees.ron").to_str().unwrap(), "-o"])
        .arg(&out)
        .env("LIMBER_HOME", dir)
        .env("LANGUAGE", "en")
        .env("LC_ALL", "C.UTF-8")
        .status()
        .unwrap();
    assert!(status.success());
    out
}

const KNEES: &str =
    r#"(name: "Knees", moves: [(id: "a", name: "Knee lift", image: "photo.png", hold: "10s")])"#;

#[test]
fn a_dropped_pack_is_shown_checked_and_imported() {
    let mut ui = Ui::new();
    let outer = tempfile::tempdir().unwrap();
    let file = pack(outer.path(), KNEES);
    ui.send(Message::Dropped(file));
    let Screen::Import(i) = ui.app.screen() else {
        panic!("dropping a pack opens the import")
    };
    assert!(matches!(i.state, State::Ready { taken: false, .. }));
    assert!(ui.shows("Knees"));
    assert!(ui.shows("It will be added to your routines as \"knees\"."));
    ui.send(Message::Key(Key::Enter));
    assert!(ui.routines().join("knees.ron").exists());
    assert!(ui.routines().join("knees/photo.png").exists());
    assert!(ui.shows("\"Knees\" is in your library."));
    ui.send(Message::Key(Key::Escape));
    assert!(matches!(ui.app.screen(), Screen::Library));
    assert!(ui.app.entries().iter().any(|e| e.id == "knees"));
    // It is selected: Enter opens it.
    ui.send(Message::Key(Key::Enter));
    let Screen::Player(p) = ui.app.screen() else {
        panic!("Enter opens the imported routine")
    };
    assert_eq!(p.id, "knees");
    ui.send(Message::Key(Key::Escape));
    // The same again: the id is taken, Enter keeps both.
    let file = outer.path().join("knees.limber");
    ui.send(Message::Dropped(file));
    assert!(ui.shows("Keep both"));
    ui.send(Message::Key(Key::Enter));
    assert!(ui.routines().join("knees-2.ron").exists());
}

#[test]
fn a_broken_pack_is_refused_with_its_place_and_nothing_copied() {
    let mut ui = Ui::new();
    let outer = tempfile::tempdir().unwrap();
    let file = pack(outer.path(), KNEES);
    // Break the routine inside: re-pack it with a typo.
    let dir = outer.path().join("src");
    std::fs::write(dir.join("knees.ron"), KNEES.replace("hold", "hodl")).unwrap();
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&file).unwrap());
    zip.start_file("knees.ron", zip::write::SimpleFileOptions::default())
        .unwrap();
    std::io::Write::write_all(&mut zip, KNEES.replace("hold", "hodl").as_bytes()).unwrap();
    zip.finish().unwrap();
    ui.send(Message::Dropped(file.clone()));
    let Screen::Import(i) = ui.app.screen() else {
        panic!("the import screen")
    };
    let State::Refused { why, .. } = &i.state else {
        panic!("refused")
    };
    let why = why.to_string();
    assert!(
        why.starts_with(&format!("{}/knees.ron:1:", file.display())),
        "{why}"
    );
    assert!(ui.shows("Nothing was copied. What is wrong:"));
    assert!(!ui.routines().join("knees.ron").exists());
}

#[test]
fn the_editor_takes_a_dropped_picture_and_prints_a_sheet() {
    let mut ui = Ui::new();
    ui.send(Message::Key(Key::Char('n')));
    let Screen::Editor(_) = ui.app.screen() else {
        panic!("N makes a new routine")
    };
    let outer = tempfile::tempdir().unwrap();
    let photo = outer.path().join("My Photo.JPG");
    images::jpeg(&photo);
    ui.send(Message::Dropped(photo));
    let Screen::Editor(e) = ui.app.screen() else {
        panic!("still editing")
    };
    assert_eq!(
        e.draft.get(0).unwrap().base.image,
        Some(Picture::Files(vec!["My-Photo.jpg".into()]))
    );
    assert!(ui.routines().join("my-routine/My-Photo.jpg").exists());
    ui.send(Message::Key(Key::Save));
    ui.send(Message::Key(Key::Char('p')));
    // Joined part by part, so the text matches the app's on Windows too.
    let sheet = ui
        .home
        .path()
        .join("Documents")
        .join("my-routine-sheet.pdf");
    assert!(sheet.exists(), "the sheet is written");
    assert!(std::fs::read(&sheet).unwrap().starts_with(b"%PDF"));
    assert!(ui.shows(&format!(
        "Sheet saved (and opened to print): {}",
        sheet.display()
    )));
}

#[test]
fn the_history_page_writes_a_progress_report() {
    let mut ui = Ui::new();
    let path = Paths::under(ui.home.path()).history();
    let r = serde_json::from_str::<limber::history::Record>(&format!(
        r#"{{"v":1,"started_at":"{now}","ended_at":"{now}","routine":"desk-break","routine_name":"Desk break","completed":true,"active_seconds":160,"pain_before":4,"pain_after":2,"note":"fine","moves":[],"answers":[]}}"#,
        now = chrono::Local::now().fixed_offset().to_rfc3339()
    ))
    .unwrap();
    limber::history::append(&path, &r).unwrap();
    ui.send(Message::Key(Key::Char('h')));
    assert!(ui.shows("Progress report"));
    ui.send(Message::Key(Key::Char('r')));
    let today = chrono::Local::now().date_naive();
    let report = ui
        .home
        .path()
        .join("Documents")
        .join(format!("limber-report-{}.pdf", today.format("%Y-%m-%d")));
    assert!(report.exists());
    assert!(ui.shows(&format!("✓ Report saved: {}", report.display())));
}

#[test]
fn a_duplicate_gets_its_own_copies_of_the_pictures() {
    let mut ui = Ui::new();
    let outer = tempfile::tempdir().unwrap();
    ui.send(Message::Dropped(pack(outer.path(), KNEES)));
    ui.send(Message::Key(Key::Enter));
    ui.send(Message::Key(Key::Escape));
    ui.send(Message::RoutinesChanged);
    let at = ui
        .app
        .entries()
        .iter()
        .position(|e| e.id == "knees")
        .unwrap();
    assert_eq!(at, 6, "after the six bundled routines");
    ui.send(Message::Key(Key::Down));
    ui.send(Message::Key(Key::Down));
    ui.send(Message::Key(Key::Char('e')));
    let Screen::Editor(e) = ui.app.screen() else {
        panic!("E edits the imported routine")
    };
    assert_eq!(e.id, "knees");
    ui.send(Message::Key(Key::Char('d')));
    let Screen::Editor(e) = ui.app.screen() else {
        panic!("D opens the copy")
    };
    assert_eq!(e.id, "knees-copy");
    assert_eq!(
        std::fs::read(ui.routines().join("knees-copy/photo.png")).unwrap(),
        std::fs::read(ui.routines().join("knees/photo.png")).unwrap()
    );
}

#[test]
fn a_move_added_from_another_routine_brings_its_picture() {
    use limber::ui::screens::editor;
    let mut ui = Ui::new();
    let outer = tempfile::tempdir().unwrap();
    ui.send(Message::Dropped(pack(outer.path(), KNEES)));
    ui.send(Message::Key(Key::Enter));
    ui.send(Message::Key(Key::Escape));
    ui.send(Message::RoutinesChanged);
    ui.send(Message::Key(Key::Char('n')));
    let known = editor::known_moves(ui.app.entries());
    let at = known.iter().position(|k| k.m.name == "Knee lift").unwrap();
    ui.send(Message::Editor(editor::Message::OpenAdd));
    ui.send(Message::Editor(editor::Message::Add(Some(at))));
    assert_eq!(
        std::fs::read(ui.routines().join("my-routine/photo.png")).unwrap(),
        std::fs::read(ui.routines().join("knees/photo.png")).unwrap()
    );
    let Screen::Editor(e) = ui.app.screen() else {
        panic!("still editing")
    };
    let routine = e.draft.to_routine().unwrap();
    let file = routine.file.clone().unwrap();
    assert!(
        limber::pictures::problems(&file, &limber::routine::to_ron(&routine), &routine).is_empty()
    );
}
