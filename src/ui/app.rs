//! The application: which screen is showing, the routines, settings, and
//! the plumbing between screens, keyboard, timers and the window.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use iced::futures::Stream;
use iced::keyboard;
use iced::theme::Mode;
use iced::window;
use iced::{Element, Size, Subscription, Task, Theme, system};

use super::keys::{self, Key};
use super::screens::finish::{self, Finish};
use super::screens::history::{self, HistoryScreen};
use super::screens::library::{self, Library};
use super::screens::player::{self, Player};
use super::screens::safety::{self, Safety};
use super::theme;
use crate::paths::Paths;
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
    muted: bool,
    /// The last layout structure drawn, and the background parity that
    /// forces a full redraw when it changes (see `theme::with_parity`).
    layout: (u64, bool),
    /// Where the history screen exports; `None` = the documents folder.
    export_dir: Option<PathBuf>,
}

pub enum Screen {
    Library,
    Player(Box<Player>),
    Finish(Finish),
    Safety(Safety),
    History(Box<HistoryScreen>),
}

#[derive(Clone, Debug)]
pub enum Message {
    Library(library::Message),
    Player(player::Message),
    Finish(finish::Message),
    Safety(safety::Message),
    History(history::Message),
    Key(Key),
    /// The player's timer fired.
    Tick,
    Resized(Size),
    SystemTheme(Mode),
}

/// How the window opens.
pub struct Launch {
    pub paths: Paths,
    pub settings: Settings,
    pub notices: Vec<String>,
    /// `limber play ROUTINE [--start]`.
    pub play: Option<(String, bool)>,
}

impl App {
    pub fn new(launch: Launch) -> (App, Task<Message>) {
        let entries = routine::library(&launch.paths.routines());
        let mut app = App {
            paths: launch.paths,
            settings: launch.settings,
            notices: launch.notices,
            entries,
            library: Library::default(),
            screen: Screen::Library,
            size: BASE,
            compact: false,
            restore: None,
            fullscreen: false,
            system_mode: Mode::Light,
            muted: false,
            layout: (0, false),
            export_dir: None,
        };
        let mut tasks = vec![system::theme().map(Message::SystemTheme)];
        if let Some((routine, start)) = launch.play {
            match crate::cli::resolve(&routine, &app.paths) {
                Ok((id, r)) => {
                    app.open_player(id, r);
                    if start {
                        tasks.push(app.update(Message::Player(player::Message::Start)));
                    }
                }
                Err(message) => app.notices.push(message),
            }
        }
        (app, Task::batch(tasks))
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
            .unwrap_or_else(|| history::default_export_dir(&self.paths.data));
        let (screen, task) = HistoryScreen::open(self.paths.history(), today, dir);
        self.screen = Screen::History(Box::new(screen));
        task.map(Message::History)
    }

    fn open_player(&mut self, id: String, routine: Arc<crate::routine::Routine>) {
        self.screen = Screen::Player(Box::new(Player::new(
            id,
            routine,
            self.settings.plan_options(),
            self.settings.breathing_guide,
            Instant::now(),
        )));
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        let task = self.handle(message);
        let key = self.layout_key();
        if key != self.layout.0 {
            self.layout = (key, !self.layout.1);
        }
        task
    }

    fn layout_key(&self) -> u64 {
        let screen: u64 = match &self.screen {
            Screen::Library => 1,
            Screen::Player(p) => p.layout_key(),
            Screen::Finish(_) => 2,
            Screen::Safety(_) => 3,
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
            Message::Key(key) => match self.key_message(key) {
                Some(message) => self.handle(message),
                None => Task::none(),
            },
            Message::Tick => self.handle(Message::Player(player::Message::Tick)),
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
                        if let Some(Ok(r)) = self
                            .entries
                            .iter()
                            .find(|e| e.id == id)
                            .map(|e| e.routine.clone())
                        {
                            self.open_player(id, r);
                        }
                    }
                    library::Action::ShowSafety => self.screen = Screen::Safety(Safety),
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
                // Sounds join here once audio lands; the events are drained
                // so they never pile up.
                let _ = p.take_events();
                match action {
                    player::Action::None => Task::none(),
                    player::Action::Ended(outcome) => {
                        self.screen = Screen::Finish(Finish { outcome });
                        self.leave_compact()
                    }
                    player::Action::Leave => {
                        self.screen = Screen::Library;
                        self.leave_compact()
                    }
                    player::Action::ToggleCompact => self.toggle_compact(),
                    player::Action::ToggleFullscreen => self.toggle_fullscreen(),
                    player::Action::ToggleMute => {
                        self.muted = !self.muted;
                        p.muted = self.muted;
                        Task::none()
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
            Message::Finish(finish::Message::Done) | Message::Safety(safety::Message::Close) => {
                self.screen = Screen::Library;
                Task::none()
            }
        }
    }

    /// The message a key means on the current screen.
    fn key_message(&self, key: Key) -> Option<Message> {
        match &self.screen {
            Screen::Library => keys::library(key).map(Message::Library),
            Screen::Player(p) => keys::player(key, p.mode()).map(Message::Player),
            Screen::Finish(_) => keys::finish(key).map(Message::Finish),
            Screen::Safety(_) => keys::safety(key).map(Message::Safety),
            Screen::History(_) => keys::history(key).map(Message::History),
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
            Screen::Safety(_) => "Safety — Limber".into(),
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
            Screen::History(h) => h.view().map(Message::History),
        }
    }

    pub fn subscription(&self) -> Subscription<Message> {
        let mut subs = vec![
            keyboard::listen().filter_map(key_message),
            window::resize_events().map(|(_, size)| Message::Resized(size)),
            system::theme_changes().map(Message::SystemTheme),
        ];
        // The only timer: wake the player exactly when something changes.
        // Paused, at a gate, or on any other screen there is none, so an
        // idle window does no work at all.
        if let Screen::Player(p) = &self.screen
            && let Some(at) = p.next_wake()
        {
            subs.push(Subscription::run_with(at, wake_at));
        }
        Subscription::batch(subs)
    }
}

fn key_message(event: keyboard::Event) -> Option<Message> {
    keys::from_event(event).map(Message::Key)
}

fn wake_at(at: &Instant) -> impl Stream<Item = Message> + use<> {
    let deadline = tokio::time::Instant::from_std(*at);
    iced::futures::stream::once(async move {
        tokio::time::sleep_until(deadline).await;
        Message::Tick
    })
}
