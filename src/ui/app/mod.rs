//! The application: which screen is showing, and the plumbing between the
//! screens, the keyboard, the timers, the audio and the window.
//!
//! Each screen owns its `Message` and answers `update` with an `Action`.
//! [`App::handle`] only routes: messages to screens, each screen's action
//! to its handler in `actions`, results of file work (done off the UI
//! thread, see `work`) to `results`. Window sizing lives in `window`.

use std::path::PathBuf;
use std::time::Instant;

use iced::futures::StreamExt;
use iced::theme::Mode;
use iced::{Element, Size, Subscription, Task, Theme};

use super::backstop::Backstop;
use super::keys::{self, Key};
use super::screens::between::{self, Between};
use super::screens::editor::{self, Editor};
use super::screens::finish::{self, Finish};
use super::screens::history::{self, HistoryScreen};
use super::screens::import::{self, Import};
use super::screens::library::{self, Library};
use super::screens::player::{self, Player};
use super::screens::reminders::{self, RemindersScreen};
use super::screens::safety::{self, Safety};
use super::screens::settings::{self, SettingsScreen};
use super::widgets::pulse::Pulse;
use super::{system_theme, theme};
use crate::audio::Audio;
use crate::conductor::asleep::SleepWatch;
use crate::desktop::Missing;
use crate::desktop::awake::{Held, KeepAwake};
use crate::instance::{self, Request, Role};
use crate::paths::Paths;
use crate::progression::Proposal;
use crate::routine::{self, Entry};
use crate::settings::{Settings, ThemeChoice};
use crate::tr;
use crate::voice::Voice;
use crate::watch;

mod actions;
mod results;
mod sharing;
mod sleeping;
mod window;
mod work;

pub use results::Done;
pub use window::{BASE, COMPACT};

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
    /// A `limber open FILE` import waiting for the first-run safety page.
    import_after_safety: Option<PathBuf>,
    /// Cues are played here, on threads of their own.
    audio: Audio,
    /// What the audio thread was last told (see `Audio::set_wanted`).
    sound_wanted: bool,
    /// Renders the phrases the audio says (see `crate::voice`).
    voice: Voice,
    /// The voice holds a routine's phrases (dropped back in the library).
    voice_loaded: bool,
    /// Where the history screen exports; `None` = the documents folder.
    export_dir: Option<PathBuf>,
    /// The player's next wake-up, for the timer that ticks when the window
    /// gets no redraws (see `backstop`).
    backstop: Backstop,
    /// The window has keyboard focus (so it is on screen and redraws).
    focused: bool,
    /// Talks to the desktop (see `Launch::live`).
    live: bool,
    /// The screen's keep-awake, and whether it was last asked to hold.
    awake: KeepAwake,
    awake_wanted: bool,
    /// Notices a suspend while a routine runs.
    sleep: SleepWatch,
    /// This window's lock, which tells the reminder service a window is
    /// open (`None` in tests, or when another window has it).
    _window: Option<instance::Running>,
    /// Held while a routine plays, which tells the service to offer no
    /// movement break (`instance::Role::Routine`).
    playing: Option<instance::Running>,
}

pub enum Screen {
    Library,
    Player(Box<Player>),
    Finish(Box<Finish>),
    Safety(Safety),
    Settings(Box<SettingsScreen>),
    Editor(Box<Editor>),
    History(Box<HistoryScreen>),
    Reminders(Box<RemindersScreen>),
    Between(Between),
    Import(Box<Import>),
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
    Reminders(reminders::Message),
    Between(between::Message),
    /// What the Reminders page shows from the files.
    RemindersLoaded(reminders::Loaded),
    /// Where the sitting timer reads activity from, or why it cannot.
    IdleSource(Result<String, String>),
    Import(import::Message),
    /// A file was dropped on the window.
    Dropped(PathBuf),
    Key(Key),
    /// A step up to offer for the routine with this id (history read off
    /// the UI thread when the player opened).
    Offer(String, Option<Proposal>),
    /// Move keyboard focus to the next (or previous) field.
    Focus {
        back: bool,
    },
    /// The player's timer fired.
    Tick,
    /// Something changed in the user's routines folder.
    RoutinesChanged,
    /// The library was read again (off the UI thread).
    LibraryLoaded(Vec<Entry>),
    /// This many of the person's pictures were read (into `art`).
    PicturesLoaded(usize),
    /// File work started earlier finished.
    Done(Done),
    /// The screen's keep-awake was taken or released (or cannot be).
    Awake(Result<Option<Held>, Missing>),
    /// Something was left in the requests folder (by the reminder service).
    Requests,
    /// The requests found there.
    Requested(Vec<Request>),
    /// The computer is about to sleep (logind).
    Sleeping,
    /// The voice and its voices were looked up (for the settings page).
    VoiceLookedUp,
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
    /// Open the sound device and talk to the desktop: keep the screen
    /// awake, take requests from the reminder service, start it (off in
    /// tests: no noise, no D-Bus, no processes).
    pub live: bool,
    /// The desktop's light/dark preference if already known.
    pub system_mode: Option<Mode>,
}

impl App {
    pub fn new(launch: Launch) -> (App, Task<Message>) {
        let entries = routine::library(&launch.paths.routines());
        let audio = if launch.live {
            Audio::new(&launch.settings)
        } else {
            Audio::disabled(&launch.settings, &tr!("sound-off"))
        };
        // Nothing sounds until a routine runs (see App::update).
        audio.set_wanted(false);
        // The voice looks for its engine only once it is needed.
        let voice = if launch.live {
            let cache = Some(launch.paths.voice_cache());
            Voice::new(&launch.settings, cache, Box::new(audio.phrase_sink()))
        } else {
            Voice::off(&tr!("sound-off"))
        };
        let mut notices = launch.notices;
        notices.extend(audio.file_notices());
        let mut app = App {
            paths: launch.paths,
            settings: launch.settings,
            backup_settings: !notices.is_empty(),
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
            after_safety: None,
            import_after_safety: None,
            audio,
            sound_wanted: false,
            voice,
            voice_loaded: false,
            export_dir: None,
            backstop: Backstop::default(),
            focused: false,
            live: launch.live,
            awake: KeepAwake::default(),
            awake_wanted: false,
            sleep: SleepWatch::default(),
            _window: None,
            playing: None,
        };
        if app.live {
            app._window = instance::claim(&app.paths, Role::Window).ok().flatten();
            app.ensure_service();
        }
        // The system's light/dark setting is only watched when it matters.
        let mut tasks = vec![];
        if app.settings.theme == ThemeChoice::System && launch.system_mode.is_none() {
            tasks.push(system_theme::query().map(Message::SystemTheme));
        }
        tasks.push(app.load_pictures());
        // The login entry follows the setting and where this program is:
        // it may have gone (Limber removed and installed again) or name a
        // folder Limber was moved out of.
        if app.live && app.settings.start_at_login {
            tasks.push(work::start_at_login(true));
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

    /// Reads the pictures of every usable routine off the UI thread (only
    /// those not read yet or changed).
    fn load_pictures(&self) -> Task<Message> {
        let routines = self.entries.iter().filter_map(|e| e.usable().cloned());
        work::load_pictures(routines.collect())
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
        // Back in the library, the last routine's phrases are let go.
        if self.voice_loaded && matches!(self.screen, Screen::Library) {
            self.voice_loaded = false;
            self.voice.forget();
        }
        let key = self.layout_key();
        if key != self.layout.0 {
            self.layout = (key, !self.layout.1);
        }
        self.backstop.set(self.next_wake());
        self.mark_playing();
        Task::batch([task, self.keep_awake()])
    }

    /// Holds the routine lock while a routine runs (paused included) and
    /// lets it go when it ends. Only on those changes: opening a lock file
    /// is one small call, like the window's own lock at start.
    fn mark_playing(&mut self) {
        let playing = self.live
            && matches!(&self.screen, Screen::Player(p)
                if p.session().is_some_and(|s| !s.is_finished()));
        if playing == self.playing.is_some() {
            return;
        }
        self.playing = if playing {
            instance::claim(&self.paths, Role::Routine).ok().flatten()
        } else {
            None
        };
    }

    /// A routine counting down or waiting at a question keeps the screen
    /// awake (if the setting allows); paused, stopped or finished, not.
    fn keep_awake(&mut self) -> Task<Message> {
        let wanted = self.live
            && self.settings.keep_awake
            && matches!(&self.screen, Screen::Player(p)
                if p.session().is_some_and(|s| !s.is_paused() && !s.is_finished()));
        if wanted == self.awake_wanted {
            return Task::none();
        }
        self.awake_wanted = wanted;
        let awake = self.awake.clone();
        Task::perform(async move { awake.set(wanted).await }, Message::Awake)
    }

    /// Starts the reminder service if reminders are planned or movement
    /// breaks are on, and it is not running (it outlives the window).
    fn ensure_service(&mut self) {
        let nothing_to_do = self.settings.reminders.0.is_empty() && self.settings.breaks.is_none();
        if nothing_to_do || instance::is_running(&self.paths, Role::Service) {
            return;
        }
        if let Err(e) = crate::service::start_detached() {
            self.notices
                .push(tr!("app-service-failed", error = e.to_string()));
        }
    }

    /// Routes a message to its screen, and the screen's action to what
    /// carries it out.
    fn handle(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Library(message) => {
                let columns = library::columns(self.logical_size().width);
                let action = self.library.update(message, &self.entries, columns);
                self.on_library(action)
            }
            Message::Player(message) => self.player(message),
            Message::Finish(message) => match &mut self.screen {
                Screen::Finish(f) => {
                    let action = f.update(message);
                    self.on_finish(action)
                }
                _ => Task::none(),
            },
            Message::Safety(message) => match &mut self.screen {
                Screen::Safety(s) => {
                    let action = s.update(message);
                    self.on_safety(action)
                }
                _ => Task::none(),
            },
            Message::Settings(message) => match &mut self.screen {
                Screen::Settings(s) => {
                    let action = s.update(message);
                    self.on_settings(action)
                }
                _ => Task::none(),
            },
            Message::Editor(message) => match &mut self.screen {
                Screen::Editor(e) => {
                    let action = e.update(message);
                    self.on_editor(action)
                }
                _ => Task::none(),
            },
            Message::History(message) => match &mut self.screen {
                Screen::History(h) => {
                    let action = h.update(message);
                    self.on_history(action)
                }
                _ => Task::none(),
            },
            Message::Reminders(message) => match &mut self.screen {
                Screen::Reminders(r) => {
                    let action = r.update(message);
                    self.on_reminders(action)
                }
                _ => Task::none(),
            },
            Message::Between(message) => match &mut self.screen {
                Screen::Between(b) => {
                    let between::Action::Close = b.update(message);
                    self.screen = Screen::Library;
                    Task::none()
                }
                _ => Task::none(),
            },
            Message::RemindersLoaded(loaded) => {
                if let Screen::Reminders(r) = &mut self.screen {
                    r.set_loaded(loaded);
                }
                Task::none()
            }
            Message::IdleSource(idle) => {
                if let Screen::Reminders(r) = &mut self.screen {
                    r.set_idle(idle);
                }
                Task::none()
            }
            Message::Import(message) => match &mut self.screen {
                Screen::Import(i) => {
                    let action = i.update(message);
                    self.on_import(action)
                }
                _ => Task::none(),
            },
            Message::Dropped(path) => self.dropped(path),
            Message::Key(key) => match self.key_message(key) {
                Some(message) => self.handle(message),
                None => Task::none(),
            },
            Message::Tick => self.handle(Message::Player(player::Message::Tick)),
            Message::Offer(id, proposal) => {
                if let (Screen::Player(p), Some(proposal)) = (&mut self.screen, proposal)
                    && p.id == id
                {
                    p.offer(proposal);
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
            Message::RoutinesChanged => work::reload_library(self.paths.routines()),
            Message::LibraryLoaded(entries) => {
                self.library_loaded(entries);
                self.load_pictures()
            }
            Message::PicturesLoaded(_) => Task::none(),
            Message::Done(done) => self.done(done),
            Message::Awake(result) => {
                if let Err(missing) = result {
                    let notice = tr!("app-awake-missing", reason = missing.to_string());
                    if !self.notices.contains(&notice) {
                        self.notices.push(notice);
                    }
                }
                Task::none()
            }
            Message::Requests => work::take_requests(self.paths.clone()),
            Message::Requested(requests) => self.requested(requests),
            Message::Sleeping => {
                self.handle(Message::Player(player::Message::Slept(Instant::now())))
            }
            Message::VoiceLookedUp => {
                self.show_voice();
                Task::none()
            }
            Message::Focused(focused) => {
                self.focused = focused;
                Task::none()
            }
            Message::Resized(size) => {
                self.resized(size);
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
            Screen::Reminders(_) => reminders::key(key).map(Message::Reminders),
            Screen::Between(_) => between::key(key).map(Message::Between),
            Screen::Import(i) => import::key(key, &i.state).map(Message::Import),
        }
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
            Screen::Reminders(r) => 6 + (r.layout_key() << 4),
            Screen::Between(_) => 7,
            Screen::Import(i) => 6 + (i.layout_key() << 4),
        };
        screen
            ^ (u64::from(self.compact_layout()) << 62)
            ^ ((crate::i18n::current() as u64) << 58)
            ^ ((self.library.selected as u64) << 40)
            ^ ((self.notices.len() as u64) << 32)
    }

    pub fn title(&self) -> String {
        match &self.screen {
            Screen::Player(p) => p.title(),
            Screen::Finish(f) if f.outcome.summary.finished => {
                tr!("title-app", what = tr!("finish-well-done"))
            }
            Screen::Finish(_) => tr!("title-app", what = tr!("finish-stopped")),
            Screen::Safety(s) if s.first_run => tr!("title-welcome"),
            Screen::Safety(_) => tr!("title-app", what = tr!("library-safety")),
            Screen::Settings(_) => tr!("title-app", what = tr!("library-settings")),
            Screen::Editor(e) if e.is_dirty() => tr!("title-unsaved", name = e.draft.name.clone()),
            Screen::Editor(e) => tr!("title-app", what = e.draft.name.clone()),
            Screen::History(_) => tr!("title-app", what = tr!("library-history")),
            Screen::Reminders(_) => tr!("title-app", what = tr!("library-reminders")),
            Screen::Between(_) => tr!("title-app", what = tr!("library-between")),
            Screen::Import(_) => tr!("title-app", what = tr!("title-import")),
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
            .on_drop(Message::Dropped)
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
            Screen::Reminders(r) => r.view().map(Message::Reminders),
            Screen::Between(b) => b.view().map(Message::Between),
            Screen::Import(i) => i.view().map(Message::Import),
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
        if self.live {
            // The reminder service's requests (Start pressed on a notice),
            // with one look at those sent while the window was starting.
            subs.push(Subscription::run_with(
                instance::requests_dir(&self.paths),
                |dir| watch::now_and_changes(dir.clone()).map(|()| Message::Requests),
            ));
            // A routine running when the machine goes to sleep pauses.
            if self.awake_wanted {
                subs.push(Subscription::run(sleeping::before_sleep).map(|()| Message::Sleeping));
            }
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
