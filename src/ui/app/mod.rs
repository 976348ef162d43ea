//! The application: which screen is showing, the routines, settings, and
//! the plumbing between screens, keyboard, timers and the window.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use iced::futures::StreamExt;
use iced::theme::Mode;
use iced::window;
use iced::{Element, Size, Subscription, Task, Theme};

use super::backstop::Backstop;
use super::keys::{self, Key};
use super::screens::editor::{self, Editor};
use super::screens::finish::{self, Finish};
use super::screens::history::{self, HistoryScreen};
use super::screens::library::{self, Library};
use super::screens::player::{self, Player};
use super::screens::safety::{self, Safety};
use super::screens::settings::{self, SettingsScreen};
use super::widgets::pulse::Pulse;
use super::{system_theme, theme, watch};
use crate::audio::Audio;
use crate::conductor::Outcome;
use crate::history::{Record, Via};
use crate::paths::Paths;
use crate::progression::Proposal;
use crate::routine::{self, Entry};
use crate::settings::{Settings, ThemeChoice};

/// The window's size at start, and the layout the full player is drawn for.
pub const BASE: Size = Size::new(1280.0, 800.0);
/// The compact player's layout size (and the compact window's size).
pub const COMPACT: Size = Size::new(480.0, 320.0);

pub struct App {
    paths: Paths,
    settings: Settings,
    notices: Vec<String>,
    entries: Vec<Entry>,
    library: Library,
    screen: Screen,
    /// The window's size in system units (without our own scale).
    size: Size,
    compact: bool,
    /// The window size to return to when leaving compact mode.
    restore: Option<Size>,
    fullscreen: bool,
    system_mode: Mode,
    /// The last layout structure drawn, and the background parity that
    /// forces a full redraw when it changes (see `theme::with_parity`).
    layout: (u64, bool),
    /// The settings file had mistakes when loaded: keep a copy of it before
    /// the app first writes over it.
    backup_settings: bool,
    /// A `limber play` request waiting for the first-run safety page.
    after_safety: Option<(String, bool)>,
    /// Cues are played here, on threads of their own.
    audio: Audio,
    /// What the audio thread was last told (see `Audio::set_wanted`).
    sound_wanted: bool,
    /// Where the history screen exports; `None` = the documents folder.
    export_dir: Option<PathBuf>,
    /// The player's next wake-up, for the timer that ticks when the window
    /// gets no redraws (see `backstop`).
    backstop: Backstop,
    /// The window has keyboard focus (so it is on screen and redraws).
    focused: bool,
}

pub enum Screen {
    Library,
    Player(Box<Player>),
    Finish(Box<Finish>),
    Safety(Safety),
    Settings(SettingsScreen),
    Editor(Box<Editor>),
    History(Box<HistoryScreen>),
}

#[derive(Clone, Debug)]
pub enum Message {
    Library(library::Message),
    Player(player::Message),
    Finish(finish::Message),
    Safety(safety::Message),
    Settings(settings::Message),
    Editor(editor::Message),
    History(history::Message),
    Key(Key),
    /// A step up to offer for the routine with this id (history read off
    /// the UI thread when the player opened).
    Offer(String, Option<Proposal>),
    /// A step-up decision was stored (or not).
    Decided(Result<(), String>),
    /// Move keyboard focus to the next (or previous) field.
    Focus {
        back: bool,
    },
    /// The editor's file was written (or not).
    EditorSaved(Result<(), String>),
    /// The user's version of a bundled routine was put aside (or not).
    EditorReset(Result<(), String>),
    /// The player's timer fired.
    Tick,
    /// The session record was written (or not) to the history.
    Saved(Result<(), String>),
    /// An update of a record (pain, note) was written, after leaving the
    /// finish screen.
    Updated(Result<(), String>),
    /// Something changed in the user's routines folder.
    RoutinesChanged,
    /// The library was read again (off the UI thread).
    LibraryLoaded(Vec<Entry>),
    /// The settings file was written; `Some(path)` if the old file, which had
    /// mistakes, was kept there first.
    SettingsSaved(Result<Option<PathBuf>, String>),
    /// Opening a folder or file with the system's opener failed.
    OpenFailed(String),
    Resized(Size),
    /// The window gained or lost keyboard focus.
    Focused(bool),
    SystemTheme(Mode),
}

/// How the window opens.
pub struct Launch {
    pub paths: Paths,
    pub settings: Settings,
    pub notices: Vec<String>,
    /// `limber play ROUTINE [--start]`.
    pub play: Option<(String, bool)>,
    /// The safety page has never been acknowledged: show it first.
    pub first_run: bool,
    /// Open the sound device (off in tests: they must not make noise).
    pub sound: bool,
    /// The desktop's light/dark preference if already known.
    pub system_mode: Option<Mode>,
}

impl App {
    pub fn new(launch: Launch) -> (App, Task<Message>) {
        let entries = routine::library(&launch.paths.routines());
        let audio = if launch.sound {
            Audio::new(&launch.settings)
        } else {
            Audio::disabled(&launch.settings, "sound is off")
        };
        // Nothing sounds until a routine runs (see App::update).
        audio.set_wanted(false);
        let mut notices = launch.notices;
        notices.extend(audio.file_notices());
        let mut app = App {
            paths: launch.paths,
            settings: launch.settings,
            notices,
            entries,
            library: Library::default(),
            screen: Screen::Library,
            size: BASE,
            compact: false,
            restore: None,
            fullscreen: false,
            system_mode: launch.system_mode.unwrap_or(Mode::Light),
            layout: (0, false),
            backup_settings: false,
            after_safety: None,
            audio,
            sound_wanted: false,
            export_dir: None,
            backstop: Backstop::default(),
            focused: false,
        };
        app.backup_settings = !app.notices.is_empty();
        // The system's light/dark setting is only watched when it matters.
        let mut tasks = vec![];
        if app.settings.theme == ThemeChoice::System && launch.system_mode.is_none() {
            tasks.push(system_theme::query().map(Message::SystemTheme));
        }
        if launch.first_run {
            // Read this first; a requested routine opens afterwards.
            app.after_safety = launch.play;
            app.screen = Screen::Safety(Safety { first_run: true });
        } else if let Some(play) = launch.play {
            tasks.push(app.play(play));
        }
        (app, Task::batch(tasks))
    }

    /// Opens `limber play ROUTINE [--start]`'s routine.
    fn play(&mut self, (routine, start): (String, bool)) -> Task<Message> {
        match crate::cli::resolve(&routine, &self.paths) {
            Ok((id, r)) => {
                let offer = self.open_player(id, r);
                if start {
                    return Task::batch([
                        offer,
                        self.update(Message::Player(player::Message::Start)),
                    ]);
                }
                return offer;
            }
            Err(message) => self.notices.push(message),
        }
        Task::none()
    }

    /// Stores a step-up decision; a taken one is saved as the person's own
    /// version of the routine (the same file the editor writes).
    fn step_up(&mut self, id: String, routine: Option<crate::routine::Routine>) -> Task<Message> {
        let (state_path, dir) = (self.paths.state(), self.paths.routines());
        blocking(move || {
            if let Some(r) = &routine {
                let path = dir.join(format!("{id}.ron"));
                crate::files::write_atomic(&path, crate::routine::to_ron(r).as_bytes())
                    .map_err(|e| format!("{}: {e}", path.display()))?;
            }
            let mut state = crate::state::State::load(&state_path);
            state
                .progression
                .insert(id, chrono::Local::now().fixed_offset().to_rfc3339());
            state.save(&state_path).map_err(|e| e.to_string())
        })
        .map(Message::Decided)
    }

    /// Opens the editor on the routine `id`.
    fn edit(&mut self, id: &str) {
        let Some(entry) = self.entries.iter().find(|e| e.id == id) else {
            return;
        };
        let Some(routine) = entry.usable() else {
            return;
        };
        let (origin, comments) = match &entry.source {
            routine::Source::Bundled => (editor::Origin::Bundled, false),
            routine::Source::User(path) => (
                editor::Origin::User {
                    overrides_bundled: entry.overrides_bundled,
                },
                // A small read on a click: whether saving will drop comments.
                std::fs::read_to_string(path).is_ok_and(|t| t.contains("//") || t.contains("/*")),
            ),
        };
        self.screen = Screen::Editor(Box::new(Editor::new(
            id.to_string(),
            origin,
            routine,
            editor::known_moves(&self.entries),
            comments,
        )));
    }

    /// An id for a new routine file that nothing uses yet.
    fn free_id(&self, base: &str) -> String {
        let taken = |id: &str| {
            self.entries.iter().any(|e| e.id == id)
                || self.paths.routines().join(format!("{id}.ron")).exists()
        };
        std::iter::once(base.to_string())
            .chain((2..).map(|n| format!("{base}-{n}")))
            .find(|id| !taken(id))
            .expect("some name is free")
    }

    pub fn screen(&self) -> &Screen {
        &self.screen
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Sends the history screen's exports to `dir` instead of the
    /// documents folder (tests).
    pub fn set_export_dir(&mut self, dir: PathBuf) {
        self.export_dir = Some(dir);
    }

    /// Opens the history screen; the returned task reads the file.
    fn open_history(&mut self) -> Task<Message> {
        let today = chrono::Local::now().date_naive();
        let dir = self
            .export_dir
            .clone()
            .unwrap_or_else(|| self.paths.exports.clone());
        let (screen, task) = HistoryScreen::open(self.paths.history(), today, dir);
        self.screen = Screen::History(Box::new(screen));
        task.map(Message::History)
    }

    fn open_player(&mut self, id: String, routine: Arc<crate::routine::Routine>) -> Task<Message> {
        self.screen = Screen::Player(Box::new(Player::new(
            id.clone(),
            routine.clone(),
            &self.settings,
            Instant::now(),
        )));
        let Some(rule) = self.settings.progression_rule() else {
            return Task::none();
        };
        let (history, state) = (self.paths.history(), self.paths.state());
        blocking(move || {
            let records = crate::history::load(&history)
                .map_err(|e| e.to_string())?
                .records;
            let since = crate::state::State::load(&state).last_decision(&id);
            Ok((
                id.clone(),
                crate::progression::propose(&id, &routine, &records, since, rule),
            ))
        })
        .map(|found| match found {
            Ok((id, proposal)) => Message::Offer(id, proposal),
            Err(_) => Message::Offer(String::new(), None),
        })
    }

    /// Shows the finish screen and saves the session at once, off the UI
    /// thread. A session where nothing was started is not kept.
    fn finish(&mut self, outcome: Outcome) -> Task<Message> {
        let ended = chrono::Local::now().fixed_offset();
        let record = Record::from_outcome(&outcome, ended, Via::Window);
        let task = match &record {
            Some(r) => save(self.paths.history(), r.clone()).map(Message::Saved),
            None => Task::none(),
        };
        self.screen = Screen::Finish(Box::new(Finish::new(
            outcome,
            record,
            self.settings.ask_pain,
        )));
        task
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        let task = self.handle(message);
        // The sound device is kept open only while a routine runs, so an
        // idle or paused window costs nothing.
        let wanted = matches!(&self.screen, Screen::Player(p)
            if p.session().is_some_and(|s| !s.is_paused() && !s.is_finished()));
        if wanted != self.sound_wanted {
            self.sound_wanted = wanted;
            self.audio.set_wanted(wanted);
        }
        let key = self.layout_key();
        if key != self.layout.0 {
            self.layout = (key, !self.layout.1);
        }
        self.backstop.set(self.next_wake());
        task
    }

    /// When the player must be ticked next; `None` = not until input.
    fn next_wake(&self) -> Option<Instant> {
        match &self.screen {
            Screen::Player(p) => p.next_wake(),
            _ => None,
        }
    }

    fn layout_key(&self) -> u64 {
        let screen: u64 = match &self.screen {
            Screen::Library => 1,
            Screen::Player(p) => p.layout_key(),
            Screen::Finish(_) => 2,
            Screen::Safety(_) => 3,
            Screen::Settings(s) => 4 + ((s.selected as u64) << 8),
            Screen::Editor(e) => 5 + (e.layout_key() << 4),
            Screen::History(h) => h.layout_key(),
        };
        screen
            ^ (u64::from(self.compact_layout()) << 62)
            ^ ((self.library.selected as u64) << 40)
            ^ ((self.notices.len() as u64) << 32)
    }

    fn handle(&mut self, message: Message) -> Task<Message> {
        let now = Instant::now();
        match message {
            Message::Offer(id, proposal) => {
                if let (Screen::Player(p), Some(proposal)) = (&mut self.screen, proposal)
                    && p.id == id
                {
                    p.offer(proposal);
                }
                Task::none()
            }
            Message::Decided(result) => {
                if let Err(e) = result {
                    self.notices
                        .push(format!("Could not save the step up: {e}"));
                }
                Task::none()
            }
            Message::Focus { back } => {
                if back {
                    iced::widget::operation::focus_previous()
                } else {
                    iced::widget::operation::focus_next()
                }
            }
            Message::Key(key) => match self.key_message(key) {
                Some(message) => self.handle(message),
                None => Task::none(),
            },
            Message::Tick => self.handle(Message::Player(player::Message::Tick)),
            Message::Focused(focused) => {
                self.focused = focused;
                Task::none()
            }
            Message::Resized(size) => {
                // Resize events arrive divided by our own scale factor.
                let scale = self.scale_factor();
                self.size = Size::new(size.width * scale, size.height * scale);
                Task::none()
            }
            Message::SystemTheme(mode) => {
                self.system_mode = mode;
                match &mut self.screen {
                    Screen::Player(p) => p.clear_caches(),
                    Screen::History(h) => h.clear_caches(),
                    _ => {}
                }
                Task::none()
            }
            Message::Library(message) => {
                let columns = library::columns(self.logical_size().width);
                match self.library.update(message, &self.entries, columns) {
                    library::Action::Open(id) => {
                        if let Some(r) = self
                            .entries
                            .iter()
                            .find(|e| e.id == id)
                            .and_then(|e| e.usable().cloned())
                        {
                            return self.open_player(id, r);
                        }
                    }
                    library::Action::ShowSafety => {
                        self.screen = Screen::Safety(Safety { first_run: false });
                    }
                    library::Action::Edit(id) => self.edit(&id),
                    library::Action::NewRoutine => {
                        let id = self.free_id("my-routine");
                        let mut routine = crate::routine::parse(
                            "new",
                            r#"(name: "My routine", moves: [(id: "my-move", name: "My move", hold: "30s")])"#,
                        )
                        .expect("the starting routine is valid");
                        routine.description = "My own routine.".into();
                        self.screen = Screen::Editor(Box::new(Editor::new(
                            id,
                            editor::Origin::New,
                            &routine,
                            editor::known_moves(&self.entries),
                            false,
                        )));
                    }
                    library::Action::ShowSettings => {
                        let mut screen = SettingsScreen::new(
                            self.settings.clone(),
                            self.paths.settings().display().to_string(),
                        );
                        screen.sound_notice = self.audio.notice();
                        self.screen = Screen::Settings(screen);
                    }
                    library::Action::ShowHistory => return self.open_history(),
                    library::Action::None => {}
                }
                Task::none()
            }
            Message::Player(message) => {
                let Screen::Player(p) = &mut self.screen else {
                    return Task::none();
                };
                let action = p.update(message, now);
                let handout = p.take_cues();
                if let Some(t) = handout.cancel_after {
                    self.audio.cancel_after(t);
                }
                self.audio.play_all(handout.cues);
                p.sound = self.audio.status();
                match action {
                    player::Action::None => Task::none(),
                    player::Action::Ended(outcome) => {
                        let save = self.finish(outcome);
                        Task::batch([save, self.leave_compact()])
                    }
                    player::Action::Leave => {
                        self.screen = Screen::Library;
                        self.leave_compact()
                    }
                    player::Action::ToggleCompact => self.toggle_compact(),
                    player::Action::ToggleFullscreen => self.toggle_fullscreen(),
                    player::Action::SteppedUp(routine) => {
                        let id = p.id.clone();
                        self.step_up(id, routine)
                    }
                    player::Action::ToggleMute => {
                        // Remembered like any setting.
                        let muted = self.audio.toggle_muted();
                        p.muted = muted;
                        self.settings.muted = muted;
                        save_settings(self.paths.settings(), self.settings.clone(), false)
                            .map(Message::SettingsSaved)
                    }
                }
            }
            Message::History(message) => {
                let Screen::History(h) = &mut self.screen else {
                    return Task::none();
                };
                match h.update(message) {
                    history::Action::None => Task::none(),
                    history::Action::Run(task) => task.map(Message::History),
                    history::Action::Close => {
                        self.screen = Screen::Library;
                        Task::none()
                    }
                }
            }
            Message::Finish(message) => {
                let Screen::Finish(f) = &mut self.screen else {
                    return Task::none();
                };
                if message != finish::Message::Done {
                    f.update(message);
                    return Task::none();
                }
                let update = f.amended();
                self.screen = Screen::Library;
                match update {
                    Some(r) => save(self.paths.history(), r).map(Message::Updated),
                    None => Task::none(),
                }
            }
            Message::Saved(result) => {
                if let Screen::Finish(f) = &mut self.screen {
                    f.saved = match result {
                        Ok(()) => finish::Saved::Saved,
                        Err(e) => finish::Saved::Failed(e),
                    };
                } else if let Err(e) = result {
                    self.notices
                        .push(format!("Could not save the last session: {e}"));
                }
                Task::none()
            }
            Message::Updated(result) => {
                if let Err(e) = result {
                    self.notices
                        .push(format!("Could not save the pain rating and note: {e}"));
                }
                Task::none()
            }
            Message::RoutinesChanged => {
                let dir = self.paths.routines();
                blocking(move || Ok(routine::library(&dir))).map(|loaded| match loaded {
                    Ok(entries) => Message::LibraryLoaded(entries),
                    Err(_) => Message::LibraryLoaded(Vec::new()),
                })
            }
            Message::LibraryLoaded(entries) => {
                // An empty result means the reload itself failed: keep what
                // is shown rather than emptying the library.
                if !entries.is_empty() {
                    self.entries = routine::refresh(&self.entries, entries);
                    self.library.selected = self
                        .library
                        .selected
                        .min(self.entries.len().saturating_sub(1));
                }
                Task::none()
            }
            Message::Safety(safety::Message::Close) => {
                let first_run = matches!(&self.screen, Screen::Safety(s) if s.first_run);
                self.screen = Screen::Library;
                if !first_run {
                    return Task::none();
                }
                let path = self.paths.state();
                let remember = blocking(move || {
                    let mut state = crate::state::State::load(&path);
                    state.safety_read = true;
                    state.save(&path).map_err(|e| e.to_string())
                })
                .then(|r| match r {
                    Ok(()) => Task::none(),
                    Err(e) => Task::done(Message::OpenFailed(format!(
                        "Could not remember that the safety page was read: {e}"
                    ))),
                });
                let play = match self.after_safety.take() {
                    Some(play) => self.play(play),
                    None => Task::none(),
                };
                Task::batch([remember, play])
            }
            Message::Settings(message) => {
                let Screen::Settings(screen) = &mut self.screen else {
                    return Task::none();
                };
                match screen.update(message) {
                    settings::Action::None => Task::none(),
                    settings::Action::Reveal(y) => iced::widget::operation::snap_to(
                        settings::scroll_id(),
                        iced::widget::operation::RelativeOffset { x: 0.0, y },
                    ),
                    settings::Action::Changed(values) => {
                        self.settings = values;
                        self.audio.apply(&self.settings);
                        let backup = std::mem::take(&mut self.backup_settings);
                        save_settings(self.paths.settings(), self.settings.clone(), backup)
                            .map(Message::SettingsSaved)
                    }
                    settings::Action::Play(cue) => {
                        self.audio.play(cue, Instant::now());
                        Task::none()
                    }
                    settings::Action::Open(target) => {
                        let path = match target {
                            settings::Target::RoutinesFolder => self.paths.routines(),
                            settings::Target::SettingsFile => self.paths.settings(),
                        };
                        open_path(path)
                    }
                    settings::Action::Close => {
                        self.screen = Screen::Library;
                        Task::none()
                    }
                }
            }
            Message::Editor(message) => {
                let Screen::Editor(e) = &mut self.screen else {
                    return Task::none();
                };
                match e.update(message) {
                    editor::Action::None => Task::none(),
                    editor::Action::Save { id, routine } => {
                        let path = self.paths.routines().join(format!("{id}.ron"));
                        let text = crate::routine::to_ron(&routine);
                        blocking(move || {
                            crate::files::write_atomic(&path, text.as_bytes())
                                .map_err(|e| format!("{}: {e}", path.display()))
                        })
                        .map(Message::EditorSaved)
                    }
                    editor::Action::Duplicate(mut routine) => {
                        let base = format!("{}-copy", e.id);
                        let id = self.free_id(&base);
                        routine.name = format!("{} (copy)", routine.name);
                        self.screen = Screen::Editor(Box::new(Editor::new(
                            id,
                            editor::Origin::New,
                            &routine,
                            editor::known_moves(&self.entries),
                            false,
                        )));
                        Task::none()
                    }
                    editor::Action::Reset { id } => {
                        let path = self.paths.routines().join(format!("{id}.ron"));
                        blocking(move || {
                            let aside = path.with_file_name(format!(
                                ".{id}.ron.replaced-{}",
                                chrono::Local::now().format("%Y%m%d-%H%M%S")
                            ));
                            std::fs::rename(&path, &aside)
                                .map_err(|e| format!("{}: {e}", path.display()))
                        })
                        .map(Message::EditorReset)
                    }
                    editor::Action::Close => {
                        self.screen = Screen::Library;
                        Task::none()
                    }
                }
            }
            Message::EditorSaved(result) => {
                if let Screen::Editor(e) = &mut self.screen {
                    match result {
                        Ok(()) => e.saved(),
                        Err(err) => e.status = Some(format!("Could not save: {err}")),
                    }
                }
                self.handle(Message::RoutinesChanged)
            }
            Message::EditorReset(result) => {
                match result {
                    Ok(()) => {
                        // Back to the bundled routine, in the editor.
                        let id = match &self.screen {
                            Screen::Editor(e) => e.id.clone(),
                            _ => return Task::none(),
                        };
                        if let Some(r) = routine::bundled()
                            .into_iter()
                            .find(|b| b.id == id)
                            .and_then(|b| b.routine.ok())
                        {
                            let mut fresh = Editor::new(
                                id,
                                editor::Origin::Bundled,
                                &r,
                                editor::known_moves(&self.entries),
                                false,
                            );
                            fresh.status = Some(
                                "Back to the original. Your version was kept as a hidden file in your routines folder.".into(),
                            );
                            self.screen = Screen::Editor(Box::new(fresh));
                        }
                    }
                    Err(err) => {
                        if let Screen::Editor(e) = &mut self.screen {
                            e.status = Some(format!("Could not reset: {err}"));
                        }
                    }
                }
                self.handle(Message::RoutinesChanged)
            }
            Message::SettingsSaved(result) => {
                match result {
                    Ok(Some(backup)) => self.notices.push(format!(
                        "Your settings file had mistakes; the old file was kept as {}",
                        backup.display()
                    )),
                    Ok(None) => {}
                    Err(e) => self.notices.push(format!("Could not save settings: {e}")),
                }
                Task::none()
            }
            Message::OpenFailed(e) => {
                self.notices.push(e);
                Task::none()
            }
        }
    }

    /// The message a key means on the current screen.
    fn key_message(&self, key: Key) -> Option<Message> {
        if let Key::Tab { back } = key {
            return Some(Message::Focus { back });
        }
        match &self.screen {
            Screen::Library => library::key(key).map(Message::Library),
            Screen::Player(p) => player::key(key, p.mode()).map(Message::Player),
            Screen::Finish(_) => finish::key(key).map(Message::Finish),
            Screen::Safety(_) => safety::key(key).map(Message::Safety),
            Screen::Settings(_) => settings::key(key).map(Message::Settings),
            Screen::Editor(e) => editor::key(key, e.adding()).map(Message::Editor),
            Screen::History(_) => history::key(key).map(Message::History),
        }
    }

    fn toggle_compact(&mut self) -> Task<Message> {
        if self.compact {
            return self.leave_compact();
        }
        self.compact = true;
        self.restore = Some(self.size);
        let size = COMPACT;
        window::oldest().and_then(move |id| {
            Task::batch([
                window::set_mode(id, window::Mode::Windowed),
                window::resize(id, size),
                window::set_level(id, window::Level::AlwaysOnTop),
            ])
        })
    }

    fn leave_compact(&mut self) -> Task<Message> {
        if !self.compact {
            return Task::none();
        }
        self.compact = false;
        let size = self.restore.take().unwrap_or(BASE);
        window::oldest().and_then(move |id| {
            Task::batch([
                window::resize(id, size),
                window::set_level(id, window::Level::Normal),
            ])
        })
    }

    fn toggle_fullscreen(&mut self) -> Task<Message> {
        self.fullscreen = !self.fullscreen;
        let mode = if self.fullscreen {
            window::Mode::Fullscreen
        } else {
            window::Mode::Windowed
        };
        window::oldest().and_then(move |id| window::set_mode(id, mode))
    }

    fn small_window(&self) -> bool {
        self.size.width < 760.0 || self.size.height < 500.0
    }

    /// The compact player layout: asked for, or the window is small.
    fn compact_layout(&self) -> bool {
        matches!(self.screen, Screen::Player(_)) && (self.compact || self.small_window())
    }

    /// Everything is drawn for a base size and scaled to fit the window, so
    /// the countdown grows with it and stays readable from the floor. The
    /// scale follows the window's real size only (not the compact switch),
    /// because resize requests are made in scaled units.
    pub fn scale_factor(&self) -> f32 {
        let (w, h) = (self.size.width, self.size.height);
        let player = matches!(self.screen, Screen::Player(_));
        if player && self.small_window() {
            (w / COMPACT.width).min(h / COMPACT.height).clamp(0.75, 3.0)
        } else if player {
            (w / BASE.width).min(h / BASE.height).clamp(0.75, 3.0)
        } else {
            (w / BASE.width).min(h / BASE.height).clamp(0.85, 2.0)
        }
    }

    fn logical_size(&self) -> Size {
        let s = self.scale_factor();
        Size::new(self.size.width / s, self.size.height / s)
    }

    pub fn title(&self) -> String {
        match &self.screen {
            Screen::Player(p) => p.title(),
            Screen::Finish(f) if f.outcome.summary.finished => "Well done — Limber".into(),
            Screen::Finish(_) => "Session stopped — Limber".into(),
            Screen::Safety(s) if s.first_run => "Welcome — Limber".into(),
            Screen::Safety(_) => "Safety — Limber".into(),
            Screen::Settings(_) => "Settings — Limber".into(),
            Screen::Editor(e) => format!(
                "{}{} — Limber",
                if e.is_dirty() { "• " } else { "" },
                e.draft.name
            ),
            Screen::History(_) => "History — Limber".into(),
            Screen::Library => "Limber".into(),
        }
    }

    pub fn theme(&self) -> Theme {
        let dark = match self.settings.theme {
            ThemeChoice::Dark => true,
            ThemeChoice::Light => false,
            ThemeChoice::System => self.system_mode == Mode::Dark,
        };
        theme::with_parity(dark, self.layout.1)
    }

    pub fn view(&self) -> Element<'_, Message> {
        // Keys, resizes and the player's wake-ups come through one wrapper
        // on the UI thread (see `widgets::pulse` for why).
        Pulse::new(self.screen_view())
            .wake_at(self.next_wake(), Message::Tick)
            .on_key(|event| keys::from_event(event).map(Message::Key))
            .on_resize(Message::Resized)
            .on_focus(Message::Focused)
            .into()
    }

    fn screen_view(&self) -> Element<'_, Message> {
        match &self.screen {
            Screen::Library => self
                .library
                .view(
                    &self.entries,
                    library::columns(self.logical_size().width),
                    &self.notices,
                )
                .map(Message::Library),
            Screen::Player(p) => p.view(self.compact_layout()).map(Message::Player),
            Screen::Finish(f) => f.view().map(Message::Finish),
            Screen::Safety(s) => s.view().map(Message::Safety),
            Screen::Settings(s) => s.view().map(Message::Settings),
            Screen::Editor(e) => e.view().map(Message::Editor),
            Screen::History(h) => {
                let size = self.logical_size();
                let small = size.width < 900.0 || size.height < 560.0;
                h.view(small).map(Message::History)
            }
        }
    }

    pub fn subscription(&self) -> Subscription<Message> {
        // Only what the window cannot see itself. None of these listens to
        // window events (iced would hand each one, each redraw's too, to
        // every listener on the async worker).
        let mut subs = vec![Subscription::run_with(self.paths.routines(), |dir| {
            watch::changes(dir.clone()).map(|()| Message::RoutinesChanged)
        })];
        if self.settings.theme == ThemeChoice::System {
            subs.push(system_theme::changes().map(Message::SystemTheme));
        }
        // Ticks come from redraws; this one stands by for a window that
        // gets none (minimized, on most systems), so only while the window
        // is not focused. Paused, at a gate or on any other screen it does
        // not exist, so nothing wakes at all.
        if !self.focused && self.next_wake().is_some() {
            subs.push(Subscription::run_with(self.backstop.clone(), |b| {
                b.clone().missed().map(|()| Message::Tick)
            }));
        }
        Subscription::batch(subs)
    }
}

fn save_settings(
    path: PathBuf,
    values: Settings,
    backup: bool,
) -> Task<Result<Option<PathBuf>, String>> {
    blocking(move || crate::settings::save(&path, &values, backup))
}

/// Opens a folder or file with the system's usual program.
fn open_path(path: PathBuf) -> Task<Message> {
    blocking(move || {
        if path.extension().is_none() {
            let _ = std::fs::create_dir_all(&path);
        } else if !path.exists() {
            // Open an empty settings file rather than failing.
            crate::files::write_atomic(&path, b"()\n").map_err(|e| e.to_string())?;
        }
        open::that_detached(&path).map_err(|e| format!("Could not open {}: {e}", path.display()))
    })
    .then(|result| match result {
        Ok(()) => Task::none(),
        Err(e) => Task::done(Message::OpenFailed(e)),
    })
}

/// Appends a record to the history on a blocking thread (it fsyncs).
fn save(path: PathBuf, record: Record) -> Task<Result<(), String>> {
    blocking(move || crate::history::append(&path, &record).map_err(|e| e.to_string()))
}

/// Runs blocking work (file I/O) away from the UI thread.
pub fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, String> + Send + 'static,
) -> Task<Result<T, String>> {
    Task::future(async move {
        tokio::task::spawn_blocking(work)
            .await
            .unwrap_or_else(|e| Err(format!("the background task failed: {e}")))
    })
}
