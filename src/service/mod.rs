//! `limber background`: the reminder service.
//!
//! It sleeps until the next planned reminder (a wall-clock timer, so a
//! suspend or a clock change only makes it look again), then decides with
//! the core's [`reminders::decide`] what to show, and shows it as a
//! notification with Start / In 10 minutes / Skip today. A tray icon, where
//! the desktop has a tray, offers the next reminder, the routines, pausing
//! and opening Limber. Start opens the player in the window that is open,
//! or in a new one. Without notifications, the window itself opens at the
//! reminder's time; nothing missing ever stops the service.

use std::collections::BTreeSet;
use std::process::ExitCode;
use std::sync::Arc;

use chrono::{DateTime, Duration, Local, NaiveDate};
use futures_util::{Stream, StreamExt};

use crate::desktop::wall_clock;
use crate::instance::{self, Request, Role};
use crate::paths::Paths;
use crate::reminders::Reminder;
use crate::reminders::decide::{Situation, decide, snooze};
use crate::reminders::ledger::{self, Ledger, Line, Outcome};
use crate::reminders::schedule::Slot;
use crate::routine::{Entry, Plan, Routine};
use crate::settings::Settings;
use crate::state::State;
use crate::tr;

mod breaks;
mod clock;
mod desk;

use clock::Clock;
use desk::{Desk, Input, Pause};

/// "In 10 minutes".
pub const SNOOZE: Duration = Duration::minutes(10);
/// A reminder held back by do-not-disturb is tried again after this.
const DND_RETRY: Duration = Duration::minutes(5);

pub fn run(paths: Paths) -> ExitCode {
    let running = match instance::claim(&paths, Role::Service) {
        Ok(Some(r)) => r,
        Ok(None) => {
            println!("{}", tr!("notice-service-already-running"));
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("limber: {e}");
            return ExitCode::from(1);
        }
    };
    // A request to quit left for an earlier service is not for this one.
    instance::quit_requested(&paths);
    // On macOS the tray and notices need the main thread to run the
    // application's event loop; the service then runs beside it.
    #[cfg(target_os = "macos")]
    return crate::desktop::system_tray::run_app_beside(move || serve(paths, running));
    #[cfg(not(target_os = "macos"))]
    ExitCode::from(serve(paths, running))
}

/// Runs the service until it is asked to stop; the exit status.
fn serve(paths: Paths, running: instance::Running) -> u8 {
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!(
                "{}",
                tr!("notice-service-cannot-start", error = e.to_string())
            );
            return 1;
        }
    };
    runtime.block_on(async {
        let service = Service::start(paths).await;
        service.run().await;
    });
    drop(running);
    0
}

struct Service {
    paths: Paths,
    clock: Clock,
    settings: Settings,
    entries: Vec<Entry>,
    ledger: Ledger,
    desk: Desk,
    /// The reminder notice on screen: its id and slot.
    shown: Option<(u32, Slot)>,
    /// Notices already said (each problem is said once).
    said: BTreeSet<String>,
    breaks: breaks::Breaking,
    /// Settings and quit requests, watched from before the service says it
    /// runs; taken by [`Service::inputs`].
    watch: Option<crate::watch::Watch>,
    /// Asked to quit while it was starting.
    quit_at_start: bool,
}

impl Service {
    async fn start(paths: Paths) -> Service {
        let (settings, notices) = Settings::load(&paths.settings());
        let mut service = Service {
            entries: crate::routine::library(&paths.routines()),
            ledger: Ledger::default(),
            desk: Desk::connect().await,
            clock: Clock::from_env(),
            settings,
            shown: None,
            said: BTreeSet::new(),
            breaks: breaks::Breaking::default(),
            watch: None,
            quit_at_start: false,
            paths,
        };
        for n in notices {
            service.say(tr!("notice-warning", notice = n));
        }
        for missing in service.desk.missing() {
            service.say(missing);
        }
        service.load_ledger();
        // Watching starts before the service says it runs, so `--quit`
        // sent the moment it does is seen; one sent while it was starting
        // is looked for once the watch is on.
        // The data folder too: a session that ends there (the desk break
        // run from the library) is a movement break.
        service.watch = crate::watch::Watch::start(&[
            service.paths.config.clone(),
            instance::service_requests_dir(&service.paths),
            service.paths.data.clone(),
        ]);
        let needed = [
            service.paths.config.clone(),
            instance::service_requests_dir(&service.paths),
        ];
        if service
            .watch
            .as_ref()
            .is_none_or(|w| w.unwatched.iter().any(|d| needed.contains(d)))
        {
            service.say(tr!("notice-service-cannot-watch"));
        }
        service.quit_at_start = instance::quit_requested(&service.paths);
        println!("{}", tr!("notice-service-running"));
        service
    }

    fn say(&mut self, text: String) {
        if self.said.insert(text.clone()) {
            eprintln!("limber: {text}");
        }
    }

    fn load_ledger(&mut self) {
        match Ledger::load(&self.paths.plan()) {
            Ok(l) => self.ledger = l,
            Err(e) => self.say(tr!("notice-ledger-unreadable", error = e.to_string())),
        }
    }

    async fn run(mut self) {
        let mut inputs = Box::pin(self.inputs());
        loop {
            let next = self.step().await;
            let sleep = async {
                match next {
                    Some(t) => {
                        wall_clock::sleep_until(self.clock.system(t)).await;
                    }
                    None => std::future::pending::<()>().await,
                }
            };
            tokio::select! {
                () = sleep => {}
                input = inputs.next() => match input {
                    Some(Input::Stop) | None => break,
                    Some(input) => {
                        if !self.handle(input).await {
                            break;
                        }
                    }
                },
            }
        }
        self.desk.close().await;
        println!("{}", tr!("notice-service-stopped"));
    }

    /// Everything that can wake the service besides its timer.
    fn inputs(&mut self) -> impl Stream<Item = Input> + use<> {
        // The settings, requests to quit (`limber background --quit`, and
        // the Windows installer before it removes the program) and the
        // history: one watcher for the three folders.
        let paths = self.paths.clone();
        let changes = futures_util::stream::iter(self.watch.take())
            .flat_map(crate::watch::Watch::into_changed_paths)
            .flat_map(move |changed| {
                let inputs = if instance::quit_requested(&paths) {
                    vec![Input::Stop]
                } else {
                    inputs_of_changes(&paths, &changed)
                };
                futures_util::stream::iter(inputs)
            });
        let stop = futures_util::stream::once(stop_signal()).map(|()| Input::Stop);
        let quit_at_start = futures_util::stream::iter(self.quit_at_start.then_some(Input::Stop));
        futures_util::stream::select_all([
            self.desk.inputs().boxed(),
            quit_at_start.boxed(),
            changes.boxed(),
            stop.boxed(),
            // Never ends on its own.
            futures_util::stream::pending().boxed(),
        ])
    }

    /// Looks at the time: records what happened, shows what is due,
    /// updates the tray; when to look again.
    async fn step(&mut self) -> Option<DateTime<Local>> {
        let now = self.clock.now();
        let reminders = self.usable_reminders();
        let sessions = self.sessions();
        let done = move |routine: &str, date: NaiveDate| {
            sessions
                .iter()
                .filter(|(r, d)| r == routine && *d == date)
                .count()
        };
        let paused_until = State::load(&self.paths.state()).paused_until();
        let decision = decide(&Situation {
            reminders: &reminders,
            ledger: &self.ledger,
            done: &done,
            paused_until,
            now,
        });
        for line in &decision.record {
            self.record(line.clone());
        }
        let mut next = decision.next;
        if let Some(slot) = decision.show {
            if self.desk.do_not_disturb().await {
                // Held back, not dropped: looked at again soon.
                let retry = now + DND_RETRY;
                next = Some(next.map_or(retry, |n| n.min(retry)));
            } else {
                self.show(slot, now).await;
            }
        }
        if let Some(look) = self.breaks_step(now).await {
            next = Some(next.map_or(look, |n| n.min(look)));
        }
        let menu = self.menu(&reminders, decision.next.as_ref(), paused_until, now);
        self.desk.set_menu(menu).await;
        next
    }

    /// Reminders whose routine exists; the others are said once.
    fn usable_reminders(&mut self) -> Vec<Reminder> {
        let mut out = Vec::new();
        for r in self.settings.reminders.0.clone() {
            if self.routine(&r.routine).is_some() {
                out.push(r);
            } else {
                self.say(tr!(
                    "notice-reminder-no-routine",
                    id = &r.routine,
                    time = crate::reminders::clock_time::format(&r.at)
                ));
            }
        }
        out
    }

    fn routine(&self, id: &str) -> Option<Arc<Routine>> {
        self.entries
            .iter()
            .find(|e| e.id == id)
            .and_then(|e| e.usable().cloned())
    }

    /// (routine, local date) of each completed session in the history.
    fn sessions(&mut self) -> Vec<(String, NaiveDate)> {
        match crate::history::load(&self.paths.history()) {
            Ok(h) => h
                .records
                .iter()
                .filter(|r| r.completed)
                .map(|r| (r.routine.clone(), r.date()))
                .collect(),
            Err(e) => {
                self.say(tr!("notice-history-unreadable", error = e.to_string()));
                Vec::new()
            }
        }
    }

    fn record(&mut self, line: Line) {
        if let Err(e) = ledger::append(&self.paths.plan(), &line) {
            self.say(tr!("notice-ledger-unwritable", error = e.to_string()));
        }
        self.ledger.apply(&line);
    }

    async fn show(&mut self, slot: Slot, now: DateTime<Local>) {
        let title = match self.routine(&slot.routine) {
            Some(r) => tr!(
                "notice-reminder-title",
                name = &r.name,
                minutes = Plan::estimate(&r).as_secs().div_ceil(60)
            ),
            None => tr!("notice-reminder-title-id", id = &slot.routine),
        };
        let tip = crate::selfcare::tip_for(slot.date);
        // One notice at a time.
        if let Some((id, _)) = self.shown.take() {
            self.desk.close_notice(id).await;
        }
        match self.desk.notify(&title, &tip).await {
            Some(id) => self.shown = Some((id, slot.clone())),
            None => {
                // No notifications: the window opens on the routine instead.
                self.open(Request::Play(slot.routine.clone()));
            }
        }
        self.record(Line::new(&slot, Outcome::Shown, now.fixed_offset()));
    }

    /// Handles an input; `false` to stop.
    async fn handle(&mut self, input: Input) -> bool {
        let now = self.clock.now();
        if self.breaks_input(&input, now).await {
            return true;
        }
        match input {
            Input::Action { id, key } => {
                let Some((shown, slot)) = self.shown.clone() else {
                    return true;
                };
                if shown != id {
                    return true;
                }
                self.shown = None;
                let when = now.fixed_offset();
                match key.as_str() {
                    "start" | "default" => {
                        self.record(Line::new(&slot, Outcome::Started, when));
                        self.open(Request::Play(slot.routine.clone()));
                    }
                    "snooze" => self.record(snooze(&slot, when, SNOOZE)),
                    "skip" => self.record(Line::new(&slot, Outcome::Skipped, when)),
                    _ => {}
                }
                self.desk.close_notice(id).await;
            }
            Input::Closed { id } => {
                if self.shown.as_ref().is_some_and(|(s, _)| *s == id) {
                    self.shown = None;
                }
            }
            Input::Start(routine) => self.open(Request::Play(routine)),
            Input::Pause(p) => {
                self.pause(pause_until(p, now));
            }
            Input::OpenLimber => self.open(Request::Open),
            Input::Settings => {
                let (settings, notices) = Settings::load(&self.paths.settings());
                // A new language shows from here on: the tray's menu is
                // made again after this input, notices as they come.
                crate::i18n::apply(settings.language);
                for n in notices {
                    self.say(tr!("notice-warning", notice = n));
                }
                self.settings = settings;
                self.entries = crate::routine::library(&self.paths.routines());
            }
            Input::Resumed | Input::PauseBreaks(_) | Input::Locked | Input::History => {}
            Input::Stop => return false,
        }
        true
    }

    fn pause(&mut self, until: Option<DateTime<Local>>) {
        let path = self.paths.state();
        if let Err(e) = State::update(&path, |s| {
            s.pause_reminders(until.map(|u| u.fixed_offset()))
        }) {
            self.say(tr!("notice-cannot-pause-reminders", error = e.to_string()));
        }
    }

    /// Shows a routine (or Limber) in the open window, or in a new one.
    fn open(&mut self, request: Request) {
        if instance::is_running(&self.paths, Role::Window) {
            if let Err(e) = instance::send(&self.paths, &request) {
                self.say(tr!("notice-window-unreachable", error = e.to_string()));
            }
            return;
        }
        let args: Vec<String> = match request {
            Request::Play(routine) => vec!["play".into(), routine],
            Request::Open => Vec::new(),
        };
        if let Err(e) = spawn_window(&args) {
            self.say(tr!("notice-window-cannot-open", error = e.to_string()));
        }
    }

    fn menu(
        &self,
        reminders: &[Reminder],
        next: Option<&DateTime<Local>>,
        paused_until: Option<DateTime<chrono::FixedOffset>>,
        now: DateTime<Local>,
    ) -> desk::Menu {
        let next = match (next, reminders.is_empty()) {
            (_, true) => tr!("tray-no-reminders"),
            (None, false) => tr!("tray-none-this-week"),
            (Some(t), false) => {
                // A snoozed reminder comes back at its own time; otherwise
                // the next is the reminder planned at that time of day.
                let snoozed = self
                    .ledger
                    .slots()
                    .find(|(_, e)| {
                        e.outcome == Outcome::Snoozed && e.until == Some(t.fixed_offset())
                    })
                    .map(|(slot, _)| slot.routine.clone());
                let routine = snoozed
                    .or_else(|| {
                        reminders
                            .iter()
                            .find(|r| r.at == t.time())
                            .map(|r| r.routine.clone())
                    })
                    .and_then(|id| self.routine(&id));
                let when = when_words(*t, now);
                match routine {
                    Some(r) => tr!("tray-next-routine", name = &r.name, when = when),
                    None => tr!("tray-next", when = when),
                }
            }
        };
        desk::Menu {
            next,
            routines: self
                .entries
                .iter()
                .filter_map(|e| e.usable().map(|r| (e.id.clone(), r.name.clone())))
                .collect(),
            paused: paused_until.filter(|u| *u > now.fixed_offset()).map(|u| {
                tr!(
                    "tray-reminders-paused",
                    when = when_words(u.with_timezone(&Local), now)
                )
            }),
            breaks: self.breaks_menu(now),
        }
    }
}

/// What a burst of changes in the watched folders means: the history
/// changed, or (anything else, or a change the watcher could not place)
/// the settings may have. The service's own ledgers and the state file,
/// written by it and the window, wake nothing.
fn inputs_of_changes(paths: &Paths, changed: &[std::path::PathBuf]) -> Vec<Input> {
    // An atomic write's temporary file (`.state.ron.1234.tmp`) counts as
    // its target.
    let target = |p: &std::path::Path| -> Option<String> {
        let name = p.file_name()?.to_str()?;
        let temp = name
            .strip_prefix('.')
            .and_then(|n| n.strip_suffix(".tmp"))
            .and_then(|n| n.rsplit_once('.'))
            .map(|(n, _)| n);
        Some(temp.unwrap_or(name).to_string())
    };
    let named = |p: &std::path::Path, file: std::path::PathBuf| {
        target(p).is_some_and(|n| file.file_name().is_some_and(|f| f.to_str() == Some(&n)))
    };
    let mut inputs = Vec::new();
    if changed.iter().any(|p| named(p, paths.history())) {
        inputs.push(Input::History);
    }
    let ours = [paths.history(), paths.plan(), paths.breaks(), paths.state()];
    if changed.is_empty()
        || changed
            .iter()
            .any(|p| !ours.iter().any(|f| named(p, f.clone())))
    {
        inputs.push(Input::Settings);
    }
    inputs
}

/// Until when a pause chosen in the tray lasts (`None`: resume).
fn pause_until(p: Pause, now: DateTime<Local>) -> Option<DateTime<Local>> {
    match p {
        Pause::Hour => Some(now + Duration::hours(1)),
        Pause::Tomorrow => now
            .date_naive()
            .succ_opt()
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .and_then(|t| t.and_local_timezone(Local).earliest()),
        Pause::Resume => None,
    }
}

/// "today at 18:30", "tomorrow at 07:45", "Fri at 18:30".
pub fn when_words(t: DateTime<Local>, now: DateTime<Local>) -> String {
    let time = t.format("%H:%M").to_string();
    let days = (t.date_naive() - now.date_naive()).num_days();
    match days {
        0 => tr!("tray-today-at", time = time),
        1 => tr!("tray-tomorrow-at", time = time),
        _ => tr!(
            "tray-day-at",
            day = crate::reminders::day_label(chrono::Datelike::weekday(&t)),
            time = time
        ),
    }
}

/// Starts `limber background` as a process of its own, not waited for.
pub fn start_detached() -> std::io::Result<()> {
    spawn_window(&["background".to_string()])
}

/// Starts Limber's window as a process of its own, not waited for (a
/// thread reaps it when it exits).
fn spawn_window(args: &[String]) -> std::io::Result<()> {
    let exe = std::env::current_exe()?;
    let mut command = std::process::Command::new(exe);
    // Windows: no console window flashing up for the new process.
    #[cfg(windows)]
    std::os::windows::process::CommandExt::creation_flags(&mut command, 0x0800_0000);
    let mut child = command
        .args(args)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()?;
    std::thread::spawn(move || {
        let _ = child.wait();
    });
    Ok(())
}

/// Resolves when the process is asked to stop (SIGTERM/SIGINT; Ctrl-C).
async fn stop_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let (Ok(mut term), Ok(mut int)) = (
            signal(SignalKind::terminate()),
            signal(SignalKind::interrupt()),
        ) else {
            return std::future::pending().await;
        };
        tokio::select! {
            _ = term.recv() => {}
            _ = int.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    }
}
