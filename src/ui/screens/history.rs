//! The history screen: the plain-words summary, streaks, a calendar of the
//! days with sessions, minutes per week, the pain trend and every session.
//!
//! The file is read off the UI thread ([`HistoryScreen::open`] returns the
//! task); everything the screen shows is computed there once, into
//! [`Loaded`]. "Today" comes in from the app, so tests can fix it. The list
//! is built a page at a time, newest first, so ten years of daily sessions
//! open as fast as a week's.

mod breaks;
pub mod charts;
pub mod list;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::NaiveDate;
use iced::widget::operation::AbsoluteOffset;
use iced::widget::{
    Column, Row, Space, button, canvas, center, column, container, operation, row, scrollable,
    sensor, text,
};
use iced::{Alignment, Element, Length, Task, Theme};

use self::charts::{BAR_WEEKS, Bars, Calendar, MAX_WEEKS, PainChart, ThemedCache};
use crate::breaks::summary::Day;
use crate::files::FileError;
use crate::history::{
    self, DayStat, Format, HistoryError, PainPoint, Record, Stats, Warning, WeekStat,
};
use crate::i18n::format_date;
use crate::print::PrintError;
use crate::reminders::adherence::{self, Adherence};
use crate::reminders::ledger::Ledger;
use crate::tr;
use crate::ui::keys::Key;
use crate::ui::theme;
use crate::ui::widgets::hint;
use crate::ui::work::off_thread;

/// Sessions added to the list at a time.
pub const PAGE: usize = 40;

const LIST: &str = "history-sessions";

#[derive(Clone, Debug, PartialEq)]
pub enum Message {
    /// The file was read (or not) in the background.
    Loaded(Result<Arc<Loaded>, HistoryError>),
    Close,
    /// Select the session at this place in the list (0 = newest).
    Select(usize),
    /// Move the selection up (-1) or down (1).
    Move(i32),
    /// A day in the calendar was clicked: select its latest session.
    SelectDay(NaiveDate),
    /// Show another page of older sessions.
    ShowMore,
    Export(Format),
    Exported(Result<PathBuf, FileError>),
    /// Write a progress report (PDF) of the last weeks and open it.
    Report,
    Reported(Result<PathBuf, PrintError>),
    /// The list was scrolled: its offset and visible height.
    Scrolled {
        offset: f32,
        height: f32,
    },
    /// The list's visible height, when it first shows or changes.
    ListSized(f32),
}

pub enum Action {
    None,
    /// Back to the library.
    Close,
    /// Work for the runtime: reading, writing, scrolling.
    Run(Task<Message>),
}

/// Everything the screen shows, computed off the UI thread.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub today: NaiveDate,
    /// As in the file: oldest first (the list reads it backwards).
    pub records: Vec<Record>,
    pub stats: Stats,
    /// Days for the calendar, up to and including today.
    pub calendar: Vec<DayStat>,
    /// The last [`BAR_WEEKS`] weeks, oldest first.
    pub weeks: Vec<WeekStat>,
    /// Rated sessions in those weeks, for the pain chart.
    pub pain: Vec<PainPoint>,
    pub warnings: Vec<Warning>,
    /// Records from a newer Limber, kept in the file but not shown.
    pub newer: usize,
    /// This week's reminders: planned against done (none planned: zero).
    pub planned: Adherence,
    /// Movement breaks per local day.
    pub breaks: BTreeMap<NaiveDate, Day>,
}

impl Loaded {
    pub fn new(history: history::History, today: NaiveDate) -> Loaded {
        let stats = Stats::new(&history.records, today);
        let calendar = stats.calendar(charts::calendar_start(today, MAX_WEEKS), today);
        let weeks = stats.weeks(BAR_WEEKS);
        let pain_from = weeks.first().map_or(today, |w| w.monday);
        let pain = stats
            .pain
            .iter()
            .filter(|p| p.date >= pain_from && p.date <= today)
            .copied()
            .collect();
        Loaded {
            today,
            calendar,
            weeks,
            pain,
            stats,
            newer: history.newer.len(),
            warnings: history.warnings,
            records: history.records,
            planned: Adherence::default(),
            breaks: BTreeMap::new(),
        }
    }

    /// The session at place `i` in the list, newest first.
    /// With this week's planned sessions counted from the reminder ledger.
    pub fn with_plan(mut self, ledger: &Ledger) -> Loaded {
        let sessions = adherence::sessions_of(&self.records);
        self.planned = adherence::this_week(ledger, &sessions, self.today);
        self
    }

    pub fn session(&self, i: usize) -> Option<&Record> {
        let n = self.records.len();
        (i < n).then(|| &self.records[n - 1 - i])
    }
}

/// The files the screen reads.
#[derive(Clone, Debug, Default)]
pub struct Files {
    pub history: PathBuf,
    /// The reminder ledger, for planned sessions.
    pub plan: PathBuf,
    /// The movement breaks ledger.
    pub breaks: PathBuf,
}

impl Files {
    pub fn of(paths: &crate::paths::Paths) -> Files {
        Files {
            history: paths.history(),
            plan: paths.plan(),
            breaks: paths.breaks(),
        }
    }
}

/// Reads and summarises the history file (a missing file is an empty
/// history). Blocking: call it off the UI thread.
pub fn load(files: &Files, today: NaiveDate) -> Result<Loaded, HistoryError> {
    // A ledger that cannot be read only leaves out what it adds.
    let ledger = Ledger::load(&files.plan).unwrap_or_default();
    let breaks = crate::breaks::ledger::load(&files.breaks).unwrap_or_default();
    history::load(&files.history).map(|h| {
        let mut loaded = Loaded::new(h, today).with_plan(&ledger);
        loaded.breaks = crate::breaks::summary::by_day(&breaks);
        loaded
    })
}

/// Writes a progress report of the eight weeks up to `today` as
/// `limber-report-YYYY-MM-DD.pdf` in `dir` (never over another file) and,
/// with `show`, opens it. Blocking: call it off the UI thread.
pub fn write_report(
    dir: &Path,
    plan: &Path,
    today: NaiveDate,
    records: &[Record],
    show: bool,
) -> Result<PathBuf, PrintError> {
    use crate::print::{Paper, report};
    let from = today - chrono::Days::new(7 * 8 - 1);
    let input = report::Input {
        records,
        from,
        to: today,
        planned: crate::reminders::adherence::planned_between(plan, records, from, today),
        paper: Paper::from_env(),
    };
    let pdf = report::report(&input)?;
    let base = format!("limber-report-{}", today.format("%Y-%m-%d"));
    let path = crate::print::save(dir, &base, &pdf)?;
    // Written is what matters; a missing viewer only means it is not shown.
    if show {
        let _ = open::that_detached(&path);
    }
    Ok(path)
}

/// Writes the records (and in JSON the breaks) as
/// `limber-history-YYYY-MM-DD.csv` (or `.json`) in `dir`, never over an
/// existing file (`…-2.csv` and so on instead). Blocking: call it off the
/// UI thread.
pub fn write_export(
    dir: &Path,
    today: NaiveDate,
    format: Format,
    loaded: &Loaded,
) -> Result<PathBuf, FileError> {
    std::fs::create_dir_all(dir).map_err(FileError::at(dir))?;
    let base = format!("limber-history-{}", today.format("%Y-%m-%d"));
    let ext = format.extension();
    let path = (1..)
        .map(|n| match n {
            1 => dir.join(format!("{base}.{ext}")),
            n => dir.join(format!("{base}-{n}.{ext}")),
        })
        .find(|p| !p.exists())
        .expect("some name is free");
    let breaks = crate::breaks::summary::for_json(&loaded.breaks);
    history::export::save(&path, format, &loaded.records, &breaks).map_err(FileError::at(&path))?;
    Ok(path)
}

enum State {
    Loading,
    Failed(HistoryError),
    Ready(Arc<Loaded>),
}

#[derive(Clone, Debug, PartialEq)]
enum Export {
    Idle,
    Writing(Format),
    Written(Format, PathBuf),
    Failed(FileError),
    Reporting,
    /// A progress report was written here (and opened).
    Reported(PathBuf),
    ReportFailed(PrintError),
}

pub struct HistoryScreen {
    files: Files,
    export_dir: PathBuf,
    /// Open a written report in the system's viewer (off in tests).
    pub open_reports: bool,
    today: NaiveDate,
    state: State,
    /// The selected session's place in the list (0 = newest).
    selected: usize,
    /// How many sessions the list shows (pages of [`PAGE`]).
    shown: usize,
    export: Export,
    /// The list's scroll offset and visible height, as last reported.
    scroll: (f32, f32),
    calendar_cache: ThemedCache,
    bars_cache: ThemedCache,
    pain_cache: ThemedCache,
}

impl HistoryScreen {
    /// The screen for these files, and the task reading them. `today` is
    /// the local date now; exports are written to `export_dir`.
    pub fn open(files: Files, today: NaiveDate, export_dir: PathBuf) -> (Self, Task<Message>) {
        let screen = HistoryScreen {
            files: files.clone(),
            export_dir,
            open_reports: true,
            today,
            state: State::Loading,
            selected: 0,
            shown: PAGE,
            export: Export::Idle,
            scroll: (0.0, 0.0),
            calendar_cache: ThemedCache::default(),
            bars_cache: ThemedCache::default(),
            pain_cache: ThemedCache::default(),
        };
        let task = Task::perform(off_thread(move || load(&files, today)), |r| {
            Message::Loaded(r.map(Arc::new))
        });
        (screen, task)
    }

    /// The screen with a history already loaded (tests, benchmarks).
    pub fn with_loaded(loaded: Loaded, export_dir: PathBuf) -> Self {
        let (mut screen, _) = HistoryScreen::open(Files::default(), loaded.today, export_dir);
        screen.update(Message::Loaded(Ok(Arc::new(loaded))));
        screen
    }

    pub fn loaded(&self) -> Option<&Loaded> {
        match &self.state {
            State::Ready(l) => Some(l),
            _ => None,
        }
    }

    pub fn is_loading(&self) -> bool {
        matches!(self.state, State::Loading)
    }

    /// The selected session, if any.
    pub fn selected(&self) -> Option<&Record> {
        self.loaded()?.session(self.selected)
    }

    /// The history file this screen reads.
    pub fn path(&self) -> &Path {
        &self.files.history
    }

    /// Forget the drawings (the theme changed).
    pub fn clear_caches(&self) {
        for cache in [&self.calendar_cache, &self.bars_cache, &self.pain_cache] {
            cache.clear();
        }
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Loaded(result) => {
                self.state = match result {
                    Ok(loaded) => State::Ready(loaded),
                    Err(e) => State::Failed(e),
                };
                self.selected = 0;
                self.shown = PAGE;
                self.clear_caches();
                Action::None
            }
            Message::Close => Action::Close,
            Message::Select(i) => {
                self.select(i);
                Action::None
            }
            Message::Move(delta) => {
                let count = self.loaded().map_or(0, |l| l.records.len());
                if count == 0 {
                    return Action::None;
                }
                let target = (self.selected as i64 + i64::from(delta)).clamp(0, count as i64 - 1);
                self.select(target as usize);
                self.reveal()
            }
            Message::SelectDay(date) => {
                let Some(loaded) = self.loaded() else {
                    return Action::None;
                };
                let found = (0..loaded.records.len())
                    .find(|&i| loaded.session(i).is_some_and(|r| r.date() == date));
                match found {
                    Some(i) => {
                        self.select(i);
                        self.reveal()
                    }
                    None => Action::None,
                }
            }
            Message::ShowMore => {
                let count = self.loaded().map_or(0, |l| l.records.len());
                self.shown = (self.shown + PAGE).min(count.max(PAGE));
                Action::None
            }
            Message::Export(format) => self.export(format),
            Message::Exported(result) => {
                let format = match self.export {
                    Export::Writing(f) => f,
                    _ => Format::Csv,
                };
                self.export = match result {
                    Ok(path) => Export::Written(format, path),
                    Err(e) => Export::Failed(e),
                };
                Action::None
            }
            Message::Report => self.report(),
            Message::Reported(result) => {
                self.export = match result {
                    Ok(path) => Export::Reported(path),
                    Err(e) => Export::ReportFailed(e),
                };
                Action::None
            }
            Message::Scrolled { offset, height } => {
                self.scroll = (offset, height);
                Action::None
            }
            Message::ListSized(height) => {
                self.scroll.1 = height;
                Action::None
            }
        }
    }

    /// Selects a session, adding pages to the list until it is in it.
    fn select(&mut self, i: usize) {
        let count = self.loaded().map_or(0, |l| l.records.len());
        if i >= count {
            return;
        }
        self.selected = i;
        if i >= self.shown {
            self.shown = (i / PAGE + 1) * PAGE;
        }
    }

    /// Scrolls the list just enough to show the selected session whole (or
    /// at least its top).
    fn reveal(&mut self) -> Action {
        let Some(loaded) = self.loaded() else {
            return Action::None;
        };
        // Every row above the selected one is closed, so of known height.
        let top = self.selected as f32 * (list::ROW_HEIGHT + list::ROW_SPACING);
        let bottom = top + loaded.session(self.selected).map_or(0.0, list::open_height);
        let (offset, height) = self.scroll;
        let margin = 8.0;
        let target = if top < offset + margin {
            (top - margin).max(0.0)
        } else if height > 0.0 && bottom > offset + height - margin {
            (bottom - height + margin).min(top - margin)
        } else if height <= 0.0 && top > offset {
            // The list has not said how tall it is: bring the top up.
            top - margin
        } else {
            return Action::None;
        };
        self.scroll.0 = target;
        Action::Run(operation::scroll_to(
            LIST,
            AbsoluteOffset { x: 0.0, y: target },
        ))
    }

    fn export(&mut self, format: Format) -> Action {
        let Some(loaded) = self.loaded_arc() else {
            return Action::None;
        };
        if loaded.records.is_empty() || matches!(self.export, Export::Writing(_)) {
            return Action::None;
        }
        self.export = Export::Writing(format);
        let (dir, today) = (self.export_dir.clone(), self.today);
        Action::Run(Task::perform(
            off_thread(move || write_export(&dir, today, format, &loaded)),
            Message::Exported,
        ))
    }

    /// Writes a progress report of the last eight weeks into the export
    /// folder and opens it in the system's PDF viewer, for printing.
    fn report(&mut self) -> Action {
        let Some(loaded) = self.loaded_arc() else {
            return Action::None;
        };
        if matches!(self.export, Export::Writing(_) | Export::Reporting) {
            return Action::None;
        }
        self.export = Export::Reporting;
        let (dir, today, show) = (self.export_dir.clone(), self.today, self.open_reports);
        let plan = self.files.plan.clone();
        Action::Run(Task::perform(
            off_thread(move || write_report(&dir, &plan, today, &loaded.records, show)),
            Message::Reported,
        ))
    }

    fn loaded_arc(&self) -> Option<Arc<Loaded>> {
        match &self.state {
            State::Ready(l) => Some(Arc::clone(l)),
            _ => None,
        }
    }

    /// Changes whenever the screen's structure changes (loaded, selection,
    /// more rows, an export message), so the app can force a full redraw
    /// (see `theme::with_parity`). Scrolling to another session changes the
    /// selection, and with it the key.
    pub fn layout_key(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = std::hash::DefaultHasher::new();
        "history".hash(&mut h);
        match &self.state {
            State::Loading => 0u8.hash(&mut h),
            State::Failed(_) => 1u8.hash(&mut h),
            State::Ready(l) => (2u8, l.records.len(), l.breaks.len()).hash(&mut h),
        }
        (self.selected, self.shown).hash(&mut h);
        match &self.export {
            Export::Idle => 0u8.hash(&mut h),
            Export::Writing(_) => 1u8.hash(&mut h),
            Export::Written(_, p) => (2u8, p).hash(&mut h),
            Export::Failed(e) => (3u8, e.to_string()).hash(&mut h),
            Export::Reporting => 4u8.hash(&mut h),
            Export::Reported(p) => (5u8, p).hash(&mut h),
            Export::ReportFailed(e) => (6u8, e.to_string()).hash(&mut h),
        }
        h.finish()
    }

    // -- View ---------------------------------------------------------------

    /// The screen; `small` for a small window (under about 900 × 560
    /// logical pixels), which shows the figures and the sessions without
    /// the charts.
    pub fn view(&self, small: bool) -> Element<'_, Message> {
        let body: Element<'_, Message> = match &self.state {
            State::Loading => center(
                text(tr!("history-loading"))
                    .size(20)
                    .style(theme::muted_text),
            )
            .into(),
            State::Failed(error) => self.failed(error),
            // Breaks can come before the first session.
            State::Ready(l) if l.records.is_empty() => match breaks::card(&l.breaks, l.today, 3) {
                Some(card) => column![card, empty()].spacing(16).into(),
                None => empty(),
            },
            State::Ready(l) if small => self.small_dashboard(l),
            State::Ready(l) => self.dashboard(l),
        };
        let (spacing, padding) = if small { (10, 16) } else { (18, 28) };
        let page = column![self.header(small), body].spacing(spacing);
        container(page).padding(padding).into()
    }

    fn header(&self, small: bool) -> Element<'_, Message> {
        let loaded = self.loaded().filter(|l| !l.records.is_empty());
        let mut buttons = Row::new().spacing(10).align_y(Alignment::Center);
        // Smaller buttons in a small window, so they fit beside the label.
        let (label_size, padding) = if small {
            (14.0, [6, 10])
        } else {
            (16.0, [10, 16])
        };
        if loaded.is_some() {
            let writing = matches!(self.export, Export::Writing(_) | Export::Reporting);
            // A small window has room for short labels only.
            let report = if small {
                tr!("history-report-short")
            } else {
                tr!("history-report")
            };
            buttons = buttons.push(
                button(hint::labelled(report, "R", label_size))
                    .padding(padding)
                    .style(theme::control_button)
                    .on_press_maybe((!writing).then_some(Message::Report)),
            );
            // The formats' names alone in a small window.
            let (csv, json) = if small {
                ("CSV".to_string(), "JSON".to_string())
            } else {
                (tr!("history-export-csv"), tr!("history-export-json"))
            };
            for (label, key, format) in [(csv, "E", Format::Csv), (json, "J", Format::Json)] {
                buttons = buttons.push(
                    button(hint::labelled(label, key, label_size))
                        .padding(padding)
                        .style(theme::control_button)
                        .on_press_maybe((!writing).then_some(Message::Export(format))),
                );
            }
        }
        buttons = buttons.push(
            button(hint::labelled(tr!("history-to-library"), "Esc", label_size))
                .padding(padding)
                .style(theme::control_button)
                .on_press(Message::Close),
        );
        let Some(l) = loaded else {
            return row![
                text(tr!("history-title")).size(34).font(theme::BOLD),
                Space::new().width(Length::Fill),
                buttons
            ]
            .align_y(Alignment::Center)
            .into();
        };
        let label = text(tr!("history-title"))
            .size(17)
            .font(theme::SEMIBOLD)
            .style(theme::accent_text);
        // A small window puts how the export went on a line of its own.
        let top: Element<'_, Message> = if small {
            let top = row![label, Space::new().width(Length::Fill), buttons]
                .spacing(12)
                .align_y(Alignment::Center);
            if matches!(self.export, Export::Idle) {
                top.into()
            } else {
                column![top, self.export_status()].spacing(4).into()
            }
        } else {
            row![label, self.export_status(), buttons]
                .spacing(16)
                .align_y(Alignment::Center)
                .into()
        };
        let mut details = Vec::new();
        if let Some(p) = &l.stats.overview.pain {
            details.push(tr!("history-pain-explained", explanation = p.explain()));
        }
        details.push(totals(l));
        let mut header = column![
            top,
            text(l.stats.overview.to_string())
                .size(if small { 21 } else { 30 })
                .font(theme::BOLD),
        ]
        .spacing(4);
        // The small window's room goes to the sessions.
        if !small {
            header = header.push(text(details.join(" · ")).size(16).style(theme::muted_text));
        }
        if let Some(notice) = file_notice(l) {
            header = header.push(text(notice).size(14).style(theme::muted_text));
        }
        header.into()
    }

    /// How the last export went, beside the export buttons.
    fn export_status(&self) -> Element<'_, Message> {
        let (message, style): (String, fn(&Theme) -> text::Style) = match &self.export {
            Export::Idle => (String::new(), theme::muted_text),
            Export::Writing(f) => (
                tr!("history-exporting", format = f.extension().to_uppercase()),
                theme::muted_text,
            ),
            Export::Written(f, path) => (
                tr!(
                    "history-exported",
                    format = f.extension().to_uppercase(),
                    path = path.display().to_string()
                ),
                theme::accent_text,
            ),
            Export::Failed(e) => (
                tr!("history-export-failed", error = e.to_string()),
                theme::danger_text,
            ),
            Export::Reporting => (tr!("history-reporting"), theme::muted_text),
            Export::Reported(path) => (
                tr!("history-reported", path = path.display().to_string()),
                theme::accent_text,
            ),
            Export::ReportFailed(e) => (
                tr!("history-report-failed", error = e.to_string()),
                theme::danger_text,
            ),
        };
        text(message)
            .size(15)
            .style(style)
            .width(Length::Fill)
            .align_x(text::Alignment::Right)
            .wrapping(text::Wrapping::WordOrGlyph)
            .into()
    }

    fn failed<'a>(&'a self, error: &HistoryError) -> Element<'a, Message> {
        let card = container(
            column![
                text(tr!("history-unreadable"))
                    .size(26)
                    .font(theme::BOLD)
                    .style(theme::danger_text),
                text(error.to_string()).size(16).font(iced::Font::MONOSPACE),
                text(tr!("history-unreadable-help"))
                    .size(17)
                    .style(theme::muted_text),
            ]
            .spacing(14),
        )
        .padding(24)
        .max_width(760)
        .style(theme::error_card);
        center(card).into()
    }

    fn dashboard<'a>(&'a self, l: &'a Loaded) -> Element<'a, Message> {
        let streak = |n: u32| tr!("history-streak-days", count = n);
        let this_week = l.weeks.last().copied();
        let week_minutes = this_week.map_or(0.0, |w| w.minutes()).round() as u32;
        let week_sessions = this_week.map_or(0, |w| w.sessions);
        let tiles = row![
            tile(
                tr!("history-streak-current"),
                l.stats.streaks.current.to_string(),
                streak(l.stats.streaks.current),
                true
            ),
            tile(
                tr!("history-streak-best"),
                l.stats.streaks.best.to_string(),
                streak(l.stats.streaks.best),
                false
            ),
            tile(
                tr!("history-this-week"),
                week_minutes.to_string(),
                tr!("history-this-week-unit", count = week_sessions),
                false
            ),
        ]
        .spacing(16);
        // Once reminders are planned: planned against done, this week.
        let tiles = if l.planned.planned > 0 {
            tiles.push(tile(
                tr!("history-planned"),
                tr!(
                    "history-planned-value",
                    done = l.planned.done,
                    planned = l.planned.planned
                ),
                tr!("history-planned-unit"),
                false,
            ))
        } else {
            tiles
        };

        let calendar = card(
            column![
                row![
                    card_title(tr!("history-calendar-title")),
                    Space::new().width(Length::Fill),
                    heat_legend(),
                ]
                .align_y(Alignment::Center),
                canvas(Calendar {
                    days: &l.calendar,
                    today: l.today,
                    cache: &self.calendar_cache,
                })
                .width(Length::Fill)
                .height(Length::Fill),
            ]
            .spacing(10),
        )
        // The calendar and the charts share the height, so a short window
        // shrinks the squares rather than squashing the charts.
        .height(Length::FillPortion(5))
        .max_height(290);

        let bars = card(
            column![
                row![
                    card_title(tr!("history-minutes-title")),
                    Space::new().width(Length::Fill),
                    dot(tr!("history-bars-this-week"), theme::CORAL),
                ]
                .align_y(Alignment::Center),
                canvas(Bars {
                    weeks: &l.weeks,
                    cache: &self.bars_cache,
                })
                .width(Length::Fill)
                .height(Length::Fill),
            ]
            .spacing(8),
        );
        let pain_chart: Element<'a, Message> = if l.pain.is_empty() {
            center(
                text(tr!("history-pain-none"))
                    .size(15)
                    .style(theme::muted_text)
                    .align_x(text::Alignment::Center),
            )
            .into()
        } else {
            let start = l.weeks.first().map_or(l.today, |w| w.monday);
            canvas(PainChart {
                points: &l.pain,
                start,
                days: (l.weeks.len() * 7) as u32,
                cache: &self.pain_cache,
            })
            .width(Length::Fill)
            .height(Length::Fill)
            .into()
        };
        let pain = card(
            column![
                row![
                    card_title(tr!("history-pain-title")),
                    Space::new().width(Length::Fill),
                    dot(tr!("history-pain-before"), theme::CORAL),
                    dot_primary(tr!("history-pain-after")),
                ]
                .spacing(14)
                .align_y(Alignment::Center),
                pain_chart,
            ]
            .spacing(8),
        );

        let left = column![
            tiles,
            calendar,
            row![bars, pain].spacing(16).height(Length::FillPortion(6)),
        ]
        .spacing(16)
        .width(Length::FillPortion(3));

        // Once the sitting timer has run: the last days' breaks above the
        // sessions.
        let right: Element<'a, Message> = match breaks::card(&l.breaks, l.today, 3) {
            Some(card) => column![card, self.sessions(l)]
                .spacing(16)
                .width(Length::FillPortion(2))
                .into(),
            None => self.sessions(l),
        };
        row![left, right].spacing(20).height(Length::Fill).into()
    }

    /// The small window's page: the streaks and this week in a line, then
    /// the sessions; the calendar and charts need room to be read.
    fn small_dashboard<'a>(&'a self, l: &'a Loaded) -> Element<'a, Message> {
        let streaks = &l.stats.streaks;
        let this_week = l.weeks.last().copied();
        let week_minutes = this_week.map_or(0.0, |w| w.minutes()).round() as u32;
        let mut figures = tr!(
            "history-small-figures",
            current = streaks.current,
            best = streaks.best,
            minutes = week_minutes,
        );
        if let Some(words) = l.planned.words() {
            figures.push_str(&format!(" · {words}"));
        }
        if let Some(d) = l.breaks.get(&l.today) {
            let breaks = tr!("history-small-breaks", taken = d.taken, offered = d.offered);
            figures.push_str(&format!(" · {breaks}"));
        }
        column![
            text(figures).size(16).font(theme::SEMIBOLD),
            self.sessions(l),
            text(tr!("history-small-hint"))
                .size(13)
                .style(theme::muted_text),
        ]
        .spacing(10)
        .height(Length::Fill)
        .into()
    }

    fn sessions<'a>(&'a self, l: &'a Loaded) -> Element<'a, Message> {
        let count = l.records.len();
        let shown = self.shown.min(count);
        let mut rows = Column::with_children((0..shown).filter_map(|i| {
            l.session(i)
                .map(|r| list::session_row(i, r, l.today, i == self.selected))
        }))
        .spacing(list::ROW_SPACING);
        if shown < count {
            let more = (count - shown).min(PAGE);
            // Scrolling near the end brings the next page by itself; the
            // button is there for the keyboard and for clarity.
            rows = rows.push(
                sensor(
                    container(
                        button(text(tr!("history-show-older", count = more)).size(15))
                            .padding([8, 16])
                            .style(theme::control_button)
                            .on_press(Message::ShowMore),
                    )
                    .center_x(Length::Fill)
                    .padding([8, 0]),
                )
                .key(shown)
                .anticipate(200)
                .on_show(|_| Message::ShowMore),
            );
        } else if let Some(first) = l.records.first() {
            rows = rows.push(
                container(
                    text(tr!(
                        "history-first-session",
                        date = format_date(first.date(), &tr!("history-date-long"))
                    ))
                    .size(14)
                    .style(theme::muted_text),
                )
                .center_x(Length::Fill)
                .padding([10, 0]),
            );
        }
        let list = sensor(
            scrollable(rows)
                .id(LIST)
                .height(Length::Fill)
                .direction(scrollable::Direction::Vertical(
                    scrollable::Scrollbar::new()
                        .width(6)
                        .scroller_width(6)
                        .spacing(8),
                ))
                .style(quiet_scrollbar)
                .on_scroll(|v| Message::Scrolled {
                    offset: v.absolute_offset().y,
                    height: v.bounds().height,
                }),
        )
        .on_show(|size| Message::ListSized(size.height))
        .on_resize(|size| Message::ListSized(size.height));
        card(
            column![
                row![
                    card_title(tr!("history-sessions-title")),
                    Space::new().width(Length::Fill),
                    text(tr!("history-sessions-count", count = count))
                        .size(14)
                        .style(theme::muted_text),
                ]
                .align_y(Alignment::Center),
                list,
            ]
            .spacing(12),
        )
        .width(Length::FillPortion(2))
        .height(Length::Fill)
        .into()
    }
}

/// "142 sessions and 31 h 20 min in all".
fn totals(l: &Loaded) -> String {
    let minutes = l.stats.total_active_seconds / 60;
    let time = if minutes >= 60 {
        tr!(
            "history-hours-minutes",
            hours = minutes / 60,
            minutes = format!("{:02}", minutes % 60)
        )
    } else {
        tr!("history-minutes", minutes = minutes)
    };
    tr!("history-totals", count = l.records.len(), time = time)
}

/// Skipped lines and records from a newer Limber, in a quiet sentence.
pub fn file_notice(l: &Loaded) -> Option<String> {
    let mut parts = Vec::new();
    if !l.warnings.is_empty() {
        let mut lines: Vec<String> = l
            .warnings
            .iter()
            .take(5)
            .map(|w| w.line.to_string())
            .collect();
        if l.warnings.len() > 5 {
            lines.push("…".into());
        }
        parts.push(tr!(
            "history-damaged-lines",
            count = l.warnings.len(),
            lines = lines.join(", ")
        ));
    }
    if l.newer > 0 {
        parts.push(tr!("history-newer-records", count = l.newer));
    }
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// A thin, quiet scrollbar that lights up in teal under the mouse, and no
/// shadow on the middle-click overlay (tiny-skia leaves stale pixels around
/// shadows).
fn quiet_scrollbar(theme: &Theme, status: scrollable::Status) -> scrollable::Style {
    let mut style = scrollable::default(theme, status);
    let hovered = matches!(
        status,
        scrollable::Status::Hovered {
            is_vertical_scrollbar_hovered: true,
            ..
        } | scrollable::Status::Dragged {
            is_vertical_scrollbar_dragged: true,
            ..
        }
    );
    let scroller = if hovered {
        theme.palette().primary
    } else {
        iced::Color {
            a: 0.28,
            ..theme.palette().text
        }
    };
    style.vertical_rail.background = Some(theme::hairline(theme).into());
    style.vertical_rail.scroller.background = scroller.into();
    style.auto_scroll.shadow = iced::Shadow::default();
    style
}

fn card<'a>(content: impl Into<Element<'a, Message>>) -> container::Container<'a, Message> {
    container(content)
        .padding(16)
        .width(Length::Fill)
        .style(theme::card)
}

fn card_title<'a>(title: String) -> iced::widget::Text<'a> {
    text(title).size(17).font(theme::SEMIBOLD)
}

fn tile<'a>(
    label: String,
    value: String,
    unit: impl Into<String>,
    accent: bool,
) -> Element<'a, Message> {
    let value = text(value).size(38).font(theme::BOLD);
    let value = if accent {
        value.color(theme::CORAL)
    } else {
        value.style(theme::accent_text)
    };
    card(
        column![
            text(label).size(15).style(theme::muted_text),
            row![value, text(unit.into()).size(17).style(theme::muted_text)]
                .spacing(8)
                .align_y(Alignment::End),
        ]
        .spacing(2),
    )
    .padding([12, 18])
    .into()
}

fn heat_legend<'a>() -> Element<'a, Message> {
    let square = |level: usize| {
        container(Space::new().width(12).height(12))
            .style(move |t: &Theme| container::Style {
                background: Some(charts::heat_color(t, level).into()),
                border: iced::border::rounded(3),
                ..container::Style::default()
            })
            .into()
    };
    let mut legend = Row::new().spacing(4).align_y(Alignment::Center).push(
        text(tr!("history-heat-less"))
            .size(12)
            .style(theme::muted_text),
    );
    legend = legend.push(Row::with_children((0..5).map(square)).spacing(3));
    legend
        .push(
            text(tr!("history-heat-more"))
                .size(12)
                .style(theme::muted_text),
        )
        .into()
}

fn dot<'a>(label: String, color: iced::Color) -> Element<'a, Message> {
    row![
        text("●").size(13).color(color),
        text(label).size(14).style(theme::muted_text)
    ]
    .spacing(5)
    .align_y(Alignment::Center)
    .into()
}

fn dot_primary<'a>(label: String) -> Element<'a, Message> {
    row![
        text("●").size(13).style(theme::accent_text),
        text(label).size(14).style(theme::muted_text)
    ]
    .spacing(5)
    .align_y(Alignment::Center)
    .into()
}

/// No sessions yet: what will appear here, and how to get there.
fn empty<'a>() -> Element<'a, Message> {
    let bullets = [
        tr!("history-empty-calendar"),
        tr!("history-empty-minutes"),
        tr!("history-empty-pain"),
        tr!("history-empty-sessions"),
    ];
    let list = Column::with_children(bullets.into_iter().map(|b| {
        row![
            text("•").size(18).style(theme::accent_text),
            text(b).size(18)
        ]
        .spacing(10)
        .into()
    }))
    .spacing(8);
    let card = container(
        column![
            text(tr!("history-empty-title")).size(30).font(theme::BOLD),
            text(tr!("history-empty-intro")).size(18),
            list,
            text(tr!("history-empty-export"))
                .size(16)
                .style(theme::muted_text),
            button(
                container(hint::labelled(tr!("history-empty-choose"), "Esc", 18.0))
                    .padding([8, 18])
            )
            .style(theme::primary_button)
            .on_press(Message::Close),
        ]
        .spacing(18),
    )
    .padding(32)
    .max_width(760)
    .style(theme::card);
    center(card).into()
}

/// History: Esc back, ↑/↓ through the sessions, E and J export.
pub fn key(key: Key) -> Option<Message> {
    use crate::history::Format;
    use Message as M;
    match key {
        Key::Escape => Some(M::Close),
        Key::Up => Some(M::Move(-1)),
        Key::Down => Some(M::Move(1)),
        Key::Char('e') => Some(M::Export(Format::Csv)),
        Key::Char('j') => Some(M::Export(Format::Json)),
        Key::Char('r') => Some(M::Report),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::testing::record;
    use crate::history::{NewerLine, Pain};
    use chrono::Days;

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn loaded(starts: &[&str], today: &str) -> Loaded {
        let records = starts.iter().map(|s| record(s, s)).collect();
        Loaded::new(
            history::History {
                records,
                ..Default::default()
            },
            date(today),
        )
    }

    #[test]
    fn loaded_prepares_the_charts_up_to_today() {
        let l = loaded(
            &["2026-08-01T08:00:00+01:00", "2026-11-20T08:00:00+00:00"],
            "2026-11-21",
        );
        assert_eq!(l.calendar.last().map(|d| d.date), Some(date("2026-11-21")));
        assert_eq!(
            l.calendar.first().map(|d| d.date),
            Some(charts::calendar_start(date("2026-11-21"), MAX_WEEKS))
        );
        assert_eq!(l.weeks.len(), BAR_WEEKS);
        assert_eq!(l.weeks.last().unwrap().sessions, 1);
        // Only the session inside the bars' twelve weeks is on the pain chart.
        assert_eq!(l.pain.len(), 1);
        assert_eq!(l.pain[0].date, date("2026-11-20"));
        // The list reads newest first.
        assert_eq!(l.session(0).unwrap().date(), date("2026-11-20"));
        assert_eq!(l.session(1).unwrap().date(), date("2026-08-01"));
        assert!(l.session(2).is_none());
    }

    #[test]
    fn arrows_move_the_selection_and_pages_follow() {
        let starts: Vec<String> = (0..PAGE + 5)
            .map(|i| {
                let d = date("2026-01-01") + Days::new(i as u64);
                format!("{d}T08:00:00+00:00")
            })
            .collect();
        let starts: Vec<&str> = starts.iter().map(String::as_str).collect();
        let mut s = HistoryScreen::with_loaded(loaded(&starts, "2026-03-01"), PathBuf::new());
        assert_eq!(s.selected().unwrap().date(), date("2026-02-14"));
        let key = s.layout_key();
        s.update(Message::Move(-1));
        assert_eq!(s.selected, 0, "the top stays put");
        s.update(Message::Move(1));
        assert_eq!(s.selected().unwrap().date(), date("2026-02-13"));
        assert_ne!(s.layout_key(), key, "a new selection redraws everything");
        for _ in 1..PAGE {
            s.update(Message::Move(1));
        }
        assert_eq!(s.selected, PAGE);
        assert_eq!(
            s.shown,
            2 * PAGE,
            "the next page came in with the selection"
        );
        for _ in 0..10 {
            s.update(Message::Move(1));
        }
        assert_eq!(s.selected, PAGE + 4, "the bottom stays put");
        assert_eq!(s.selected().unwrap().date(), date("2026-01-01"));
    }

    #[test]
    fn clicking_a_calendar_day_selects_its_latest_session() {
        let mut s = HistoryScreen::with_loaded(
            loaded(
                &[
                    "2026-11-18T08:00:00+00:00",
                    "2026-11-18T19:00:00+00:00",
                    "2026-11-20T08:00:00+00:00",
                ],
                "2026-11-21",
            ),
            PathBuf::new(),
        );
        s.update(Message::SelectDay(date("2026-11-18")));
        assert_eq!(s.selected, 1);
        assert_eq!(
            s.selected().unwrap().started_at.format("%H").to_string(),
            "19"
        );
        s.update(Message::SelectDay(date("2026-11-19")));
        assert_eq!(s.selected, 1, "a day without sessions changes nothing");
    }

    #[test]
    fn scrolling_reveals_the_selection_only_when_it_is_out_of_view() {
        let starts: Vec<String> = (1..=30)
            .map(|d| format!("2026-09-{d:02}T08:00:00+00:00"))
            .collect();
        let starts: Vec<&str> = starts.iter().map(String::as_str).collect();
        let mut s = HistoryScreen::with_loaded(loaded(&starts, "2026-10-01"), PathBuf::new());
        s.update(Message::ListSized(500.0));
        // The second row is in view: no scrolling.
        assert!(matches!(s.update(Message::Move(1)), Action::None));
        for _ in 0..8 {
            s.update(Message::Move(1));
        }
        assert!(s.scroll.0 > 0.0, "moving down past the view scrolled");
        let row = list::ROW_HEIGHT + list::ROW_SPACING;
        let top = row * s.selected as f32;
        assert!(s.scroll.0 <= top, "the selected row's top is in view");
        // Back up to the top: scrolled back to 0.
        for _ in 0..9 {
            s.update(Message::Move(-1));
        }
        assert_eq!(s.scroll.0, 0.0);
    }

    #[test]
    fn exports_get_dated_names_and_never_overwrite() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("Documents");
        let mut l = loaded(
            &["2026-11-20T08:00:00+00:00", "2026-11-21T08:00:00+00:00"],
            "2026-11-21",
        );
        l.breaks.insert(
            date("2026-11-21"),
            Day {
                offered: 2,
                ..Day::default()
            },
        );
        let records = l.records.clone();
        let today = date("2026-11-21");
        let first = write_export(&out, today, Format::Csv, &l).unwrap();
        assert_eq!(first, out.join("limber-history-2026-11-21.csv"));
        let second = write_export(&out, today, Format::Csv, &l).unwrap();
        assert_eq!(second, out.join("limber-history-2026-11-21-2.csv"));
        let json = write_export(&out, today, Format::Json, &l).unwrap();
        assert_eq!(json, out.join("limber-history-2026-11-21.json"));
        let back: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
        let sessions: Vec<Record> = serde_json::from_value(back["sessions"].clone()).unwrap();
        assert_eq!(sessions, records);
        assert_eq!(back["breaks"][0]["offered"], 2);
        assert_eq!(
            std::fs::read_to_string(&first).unwrap(),
            history::to_csv(&records)
        );
        // A folder that cannot be made says where.
        let blocked = dir.path().join("file");
        std::fs::write(&blocked, "").unwrap();
        let err = write_export(&blocked.join("sub"), today, Format::Csv, &l).unwrap_err();
        let sub = blocked.join("sub");
        assert!(
            err.to_string().contains(&sub.display().to_string()),
            "{err}"
        );
        assert_eq!(err.path, blocked.join("sub"));
    }

    #[test]
    fn the_file_notice_names_skipped_lines_and_newer_records() {
        let mut l = loaded(&["2026-11-20T08:00:00+00:00"], "2026-11-21");
        assert_eq!(file_notice(&l), None);
        l.warnings = vec![
            Warning {
                line: 3,
                message: "x".into(),
            },
            Warning {
                line: 9,
                message: "y".into(),
            },
        ];
        l.newer = 1;
        assert_eq!(
            file_notice(&l).unwrap(),
            "2 damaged lines in the history file were skipped (lines 3, 9). \
             1 record from a newer Limber was kept but not shown."
        );
        l.warnings.truncate(1);
        l.newer = 4;
        assert_eq!(
            file_notice(&l).unwrap(),
            "1 damaged line in the history file was skipped (line 3). \
             4 records from a newer Limber were kept but not shown."
        );
        // What `Loaded::new` counts.
        let h = history::History {
            records: vec![record("2026-11-20T08:00:00+00:00", "").with_pain(Pain::new(4), None)],
            newer: vec![NewerLine {
                line: 2,
                version: 7,
                text: "{}".into(),
            }],
            warnings: vec![],
        };
        assert_eq!(Loaded::new(h, date("2026-11-21")).newer, 1);
    }

    #[test]
    fn history_keys_browse_export_and_go_back() {
        use crate::history::Format;
        use Message as M;
        assert_eq!(key(Key::Escape), Some(M::Close));
        assert_eq!(key(Key::Down), Some(M::Move(1)));
        assert_eq!(key(Key::Up), Some(M::Move(-1)));
        assert_eq!(key(Key::Char('e')), Some(M::Export(Format::Csv)));
        assert_eq!(key(Key::Char('j')), Some(M::Export(Format::Json)));
        assert_eq!(key(Key::Char('h')), None);
        assert_eq!(key(Key::Space), None);
    }
}
