//! What each screen's actions do to the app: open another screen, start
//! file work, or tell the audio and the window.

use std::sync::Arc;
use std::time::Instant;

use iced::Task;

use super::{App, Message, Screen, work};
use crate::conductor::Outcome;
use crate::history::{Record, Via};
use crate::routine::{Entry, Routine, Source};
use crate::tr;
use crate::ui::screens::between::Between;
use crate::ui::screens::editor::{self, Editor};
use crate::ui::screens::finish::{self, Finish};
use crate::ui::screens::history::{self, HistoryScreen};
use crate::ui::screens::library;
use crate::ui::screens::player::{self, Player};
use crate::ui::screens::reminders::{self, RemindersScreen};
use crate::ui::screens::safety::{self, Safety};
use crate::ui::screens::settings::{self, SettingsScreen};

impl App {
    pub(super) fn on_library(&mut self, action: library::Action) -> Task<Message> {
        match action {
            library::Action::Open(id) => {
                let found = self.entries.iter().find(|e| e.id == id);
                if let Some(routine) = found.and_then(|e| e.usable().cloned()) {
                    return self.open_player(id, routine);
                }
            }
            library::Action::ShowSafety => {
                self.screen = Screen::Safety(Safety { first_run: false });
            }
            library::Action::Edit(id) => self.edit(&id),
            library::Action::NewRoutine => {
                let id =
                    crate::library::free_id(&self.entries, &self.paths.routines(), "my-routine");
                let file = crate::library::own_file(&self.paths.routines(), &id);
                self.screen = Screen::Editor(Box::new(
                    Editor::new(
                        id,
                        editor::Origin::New,
                        &crate::library::starter(),
                        editor::known_moves(&self.entries),
                        false,
                    )
                    .with_file(file),
                ));
            }
            library::Action::ShowSettings => {
                let mut screen = SettingsScreen::new(
                    self.settings.clone(),
                    self.paths.settings().display().to_string(),
                );
                screen.sound_notice = self.audio.notice();
                self.screen = Screen::Settings(Box::new(screen));
                self.show_voice();
                // Off the UI thread: the engine and its voices.
                self.voice.look_up_voices();
                return work::voice_looked_up(self.voice.watch());
            }
            library::Action::ShowHistory => return self.open_history(),
            library::Action::ShowReminders => return self.open_reminders(),
            library::Action::ShowBetween => self.screen = Screen::Between(Between),
            library::Action::Import => return self.browse_import(),
            library::Action::None => {}
        }
        Task::none()
    }

    /// A player message: the player moves on, the audio gets its cues.
    pub(super) fn player(&mut self, message: player::Message) -> Task<Message> {
        let Screen::Player(p) = &mut self.screen else {
            return Task::none();
        };
        let now = Instant::now();
        // Counting down, the player is looked at about once a second: a
        // much longer gap means the computer slept, and it pauses there.
        let counting = p
            .session()
            .is_some_and(|s| !s.is_paused() && !s.is_finished() && s.next_change(now).is_some());
        if !counting {
            self.sleep.forget();
        } else if let Some(at) = self.sleep.look(now, std::time::SystemTime::now()) {
            p.update(player::Message::Slept(at), now);
        }
        let action = p.update(message, now);
        let handout = p.take_cues();
        self.audio.hand(&handout);
        self.audio.say(&handout.phrases, &self.voice);
        p.sound = self.audio.status();
        self.on_player(action)
    }

    fn on_player(&mut self, action: player::Action) -> Task<Message> {
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
                let Screen::Player(p) = &self.screen else {
                    return Task::none();
                };
                work::step_up(
                    self.paths.routines(),
                    self.paths.state(),
                    p.id.clone(),
                    routine,
                    chrono::Local::now().fixed_offset(),
                )
            }
            player::Action::ToggleMute => {
                // Remembered like any setting.
                let muted = self.audio.toggle_muted();
                if let Screen::Player(p) = &mut self.screen {
                    p.muted = muted;
                }
                self.settings.muted = muted;
                work::save_settings(self.paths.settings(), self.settings.clone(), None)
            }
        }
    }

    pub(super) fn on_finish(&mut self, action: finish::Action) -> Task<Message> {
        match action {
            finish::Action::None => Task::none(),
            finish::Action::Done(update) => {
                self.screen = Screen::Library;
                match update {
                    Some(r) => work::record(self.paths.history(), r, true),
                    None => Task::none(),
                }
            }
        }
    }

    pub(super) fn on_safety(&mut self, action: safety::Action) -> Task<Message> {
        let safety::Action::Close { first_run } = action;
        self.screen = Screen::Library;
        if !first_run {
            return Task::none();
        }
        let remember = work::remember_safety(self.paths.state());
        let play = match self.after_safety.take() {
            Some(play) => self.play(play),
            None => Task::none(),
        };
        let import = match self.import_after_safety.take() {
            Some(file) => self.import_file(file),
            None => Task::none(),
        };
        Task::batch([remember, play, import])
    }

    pub(super) fn on_settings(&mut self, action: settings::Action) -> Task<Message> {
        match action {
            settings::Action::None => Task::none(),
            settings::Action::Reveal(y) => iced::widget::operation::snap_to(
                settings::scroll_id(),
                iced::widget::operation::RelativeOffset { x: 0.0, y },
            ),
            settings::Action::Changed(values) => {
                let login = (values.start_at_login != self.settings.start_at_login)
                    .then_some(values.start_at_login);
                let language = values.language != self.settings.language;
                self.settings = values;
                // Another language: every page speaks it from the next
                // frame; the bundled routines are read again in it.
                let reload = if language {
                    crate::i18n::apply(self.settings.language);
                    work::reload_library(self.paths.routines())
                } else {
                    Task::none()
                };
                self.audio.apply(&self.settings);
                self.voice.apply(&self.settings);
                // The first write over a file that had mistakes keeps a copy.
                let backup = std::mem::take(&mut self.backup_settings)
                    .then(|| chrono::Local::now().naive_local());
                let save =
                    work::save_settings(self.paths.settings(), self.settings.clone(), backup);
                match login {
                    Some(on) if self.live => Task::batch([save, reload, work::start_at_login(on)]),
                    _ => Task::batch([save, reload]),
                }
            }
            settings::Action::Play(cue) => {
                self.audio.preview(cue);
                Task::none()
            }
            settings::Action::TryVoice => {
                if self.settings.voice {
                    self.voice.try_voice(&crate::wording::sample_phrase());
                }
                // What comes of it (a missing engine, a failure) shows
                // once the voice has tried.
                work::voice_looked_up(self.voice.watch())
            }
            settings::Action::Open(target) => work::open(match target {
                settings::Target::RoutinesFolder => self.paths.routines(),
                settings::Target::SettingsFile => self.paths.settings(),
            }),
            settings::Action::Close => {
                self.screen = Screen::Library;
                Task::none()
            }
        }
    }

    pub(super) fn on_editor(&mut self, action: editor::Action) -> Task<Message> {
        let dir = self.paths.routines();
        match action {
            editor::Action::None => Task::none(),
            editor::Action::Save { id, routine } => work::save_routine(dir, id, routine),
            editor::Action::Duplicate(mut routine) => {
                let Screen::Editor(e) = &self.screen else {
                    return Task::none();
                };
                let base = format!("{}-copy", e.id);
                let id = crate::library::free_id(&self.entries, &dir, &base);
                routine.name = format!("{} (copy)", routine.name);
                let file = crate::library::own_file(&dir, &id);
                // The copy gets its own copies of the pictures.
                let names = crate::pictures::named(&routine)
                    .into_iter()
                    .map(String::from)
                    .collect();
                let pictures = match routine.file.clone() {
                    Some(from) => work::copy_pictures(from, file.clone(), names),
                    None => Task::none(),
                };
                self.screen = Screen::Editor(Box::new(
                    Editor::new(
                        id,
                        editor::Origin::New,
                        &routine,
                        editor::known_moves(&self.entries),
                        false,
                    )
                    .with_file(file),
                ));
                pictures
            }
            editor::Action::Reset { id } => {
                work::put_aside(dir, id, chrono::Local::now().naive_local())
            }
            editor::Action::Close => {
                self.screen = Screen::Library;
                Task::none()
            }
            editor::Action::ChoosePicture => self.choose_pictures(),
            editor::Action::Export { id } => self.export_routine(id),
            editor::Action::Print(routine) => self.print_sheet(routine),
            editor::Action::CopyPictures { from, names } => match &self.screen {
                Screen::Editor(e) => match e.draft.file.clone() {
                    Some(to) => work::copy_pictures(from, to, names),
                    None => Task::none(),
                },
                _ => Task::none(),
            },
        }
    }

    pub(super) fn on_history(&mut self, action: history::Action) -> Task<Message> {
        match action {
            history::Action::None => Task::none(),
            history::Action::Run(task) => task.map(Message::History),
            history::Action::Close => {
                self.screen = Screen::Library;
                Task::none()
            }
        }
    }

    pub(super) fn on_reminders(&mut self, action: reminders::Action) -> Task<Message> {
        match action {
            reminders::Action::None => Task::none(),
            reminders::Action::Changed(list) => {
                self.settings.reminders = crate::settings::Entries(list);
                self.save_plan()
            }
            reminders::Action::Pause(p) => {
                work::pause_reminders(self.paths.clone(), pause_until(p), work::Paused::Reminders)
            }
            reminders::Action::BreaksChanged(breaks) => {
                self.settings.breaks = breaks.map(Box::new);
                self.save_plan()
            }
            reminders::Action::PauseBreaks(p) => {
                work::pause_reminders(self.paths.clone(), pause_until(p), work::Paused::Breaks)
            }
            reminders::Action::Close => {
                self.screen = Screen::Library;
                Task::none()
            }
        }
    }

    /// Saves the settings after the reminders or breaks changed, and
    /// starts the service they need.
    fn save_plan(&mut self) -> Task<Message> {
        let backup =
            std::mem::take(&mut self.backup_settings).then(|| chrono::Local::now().naive_local());
        let save = work::save_settings(self.paths.settings(), self.settings.clone(), backup);
        if self.live {
            self.ensure_service();
        }
        save
    }

    /// Opens the Reminders page; the returned task reads the ledger and
    /// the history.
    fn open_reminders(&mut self) -> Task<Message> {
        let routines = self
            .entries
            .iter()
            .filter_map(|e| e.usable().map(|r| (e.id.clone(), r.name.clone())))
            .collect();
        self.screen = Screen::Reminders(Box::new(RemindersScreen::new(
            self.settings.reminders.0.clone(),
            self.settings.breaks.as_deref().cloned(),
            routines,
            reminders::Loaded::default(),
        )));
        Task::batch([
            work::load_reminders(self.paths.clone()),
            work::idle_source(),
        ])
    }

    /// Opens `limber play ROUTINE [--start]`'s routine.
    pub(super) fn play(&mut self, (routine, start): (String, bool)) -> Task<Message> {
        match crate::library::find(&routine, &self.paths.routines()) {
            Ok((id, r)) => {
                let offer = self.open_player(id, r);
                if start {
                    return Task::batch([
                        offer,
                        self.update(Message::Player(player::Message::Start)),
                    ]);
                }
                offer
            }
            Err(e) => {
                self.notices.push(format!("limber: {e}"));
                Task::none()
            }
        }
    }

    fn open_player(&mut self, id: String, routine: Arc<Routine>) -> Task<Message> {
        self.screen = Screen::Player(Box::new(Player::new(
            id.clone(),
            routine.clone(),
            &self.settings,
            Instant::now(),
        )));
        // A routine opened by path is not in the library: read its pictures.
        let pictures = work::load_pictures(vec![routine.clone()]);
        // The phrases are rendered in the background from now on, first
        // things first, so that starting never waits for speech.
        let speech = self.settings.speech_prefs();
        if speech.on {
            let script =
                crate::speech::script(routine.clone(), self.settings.plan_options(), &speech);
            self.voice.prepare(script);
            self.voice_loaded = true;
        }
        let offer = match self.settings.progression_rule() {
            Some(rule) => work::offer(self.paths.history(), self.paths.state(), id, routine, rule),
            None => Task::none(),
        };
        Task::batch([pictures, offer])
    }

    /// Shows what the voice found on the settings page.
    pub(super) fn show_voice(&mut self) {
        if let Screen::Settings(s) = &mut self.screen {
            s.voices = self.voice.voices();
            s.voice_notice = self.voice.notice().filter(|_| self.settings.voice);
        }
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
            Source::Bundled => (editor::Origin::Bundled, false),
            Source::User(path) => (
                editor::Origin::User {
                    overrides_bundled: entry.overrides_bundled,
                },
                // A small read on a click: whether saving will drop comments.
                crate::library::has_comments(path),
            ),
        };
        let file = crate::library::own_file(&self.paths.routines(), id);
        self.screen = Screen::Editor(Box::new(
            Editor::new(
                id.to_string(),
                origin,
                routine,
                editor::known_moves(&self.entries),
                comments,
            )
            .with_file(file),
        ));
    }

    /// Opens the history screen; the returned task reads the file.
    fn open_history(&mut self) -> Task<Message> {
        let today = chrono::Local::now().date_naive();
        let dir = self
            .export_dir
            .clone()
            .unwrap_or_else(|| self.paths.exports.clone());
        let (mut screen, task) = HistoryScreen::open(history::Files::of(&self.paths), today, dir);
        // Exports sent elsewhere are tests': no viewer pops up.
        screen.open_reports = self.export_dir.is_none();
        self.screen = Screen::History(Box::new(screen));
        task.map(Message::History)
    }

    /// Shows the finish screen and saves the session at once, off the UI
    /// thread. A session where nothing was started is not kept.
    fn finish(&mut self, outcome: Outcome) -> Task<Message> {
        let ended = chrono::Local::now().fixed_offset();
        let record = Record::from_outcome(&outcome, ended, Via::Window);
        let task = match &record {
            Some(r) => work::record(self.paths.history(), r.clone(), false),
            None => Task::none(),
        };
        self.screen = Screen::Finish(Box::new(Finish::new(
            outcome,
            record,
            self.settings.ask_pain,
        )));
        task
    }

    /// What the reminder service asked: show a routine (unless one is
    /// being followed), or come to the front.
    pub(super) fn requested(&mut self, requests: Vec<crate::instance::Request>) -> Task<Message> {
        let mut tasks = Vec::new();
        for request in requests {
            if let crate::instance::Request::Play(id) = request {
                let busy = matches!(&self.screen, Screen::Player(p)
                    if p.session().is_some_and(|s| !s.is_finished()));
                if busy {
                    self.notices.push(tr!("app-reminder-busy", id = id));
                    continue;
                }
                tasks.push(self.play((id, false)));
            }
            tasks.push(iced::window::oldest().and_then(iced::window::gain_focus));
        }
        Task::batch(tasks)
    }

    /// The routines folder was read again. An editor open on one of the
    /// person's files hears whether it changed outside Limber.
    pub(super) fn library_loaded(&mut self, entries: Vec<Entry>) {
        // An empty result means the reload itself failed (the bundled
        // routines are always there): keep what is shown.
        if entries.is_empty() {
            return;
        }
        self.entries = crate::routine::refresh(&self.entries, entries);
        self.library.selected = self
            .library
            .selected
            .min(self.entries.len().saturating_sub(1));
        if let Screen::Editor(e) = &mut self.screen
            && e.origin != editor::Origin::New
            && let Some(entry) = self.entries.iter().find(|x| x.id == e.id)
            && matches!(entry.source, Source::User(_))
        {
            e.file_changed(entry.routine.as_deref());
        }
    }
}

/// Until when "Pause for 1 hour" / "until tomorrow" pause (`None`: resume).
fn pause_until(p: reminders::Pause) -> Option<chrono::DateTime<chrono::FixedOffset>> {
    let now = chrono::Local::now();
    let until = match p {
        reminders::Pause::Hour => Some(now + chrono::Duration::hours(1)),
        reminders::Pause::Tomorrow => now
            .date_naive()
            .succ_opt()
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .and_then(|t| t.and_local_timezone(chrono::Local).earliest()),
        reminders::Pause::Resume => None,
    };
    until.map(|u| u.fixed_offset())
}
