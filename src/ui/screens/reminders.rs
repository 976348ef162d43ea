//! The Reminders page: which routine, at what time, on which days; the
//! coming week with what became of each reminder; pausing them; movement
//! breaks ([`breaks`]); and how the reminder service is doing. Every
//! change is saved at once (to `settings.ron`, where they can be edited by
//! hand too).

use chrono::{DateTime, Local, NaiveDate, NaiveTime, Weekday};
use iced::widget::{Column, Space, button, column, container, row, scrollable, text};
use iced::{Alignment, Element, Length};

use crate::breaks::Breaks;
use crate::breaks::summary::Day;
use crate::reminders::adherence::{self, Adherence};
use crate::reminders::ledger::{Ledger, Outcome};
use crate::reminders::schedule::occurrences;
use crate::reminders::{Days, Reminder, clock_time};
use crate::tr;
use crate::ui::keys::Key;
use crate::ui::theme;
use crate::ui::widgets::hint;

mod breaks;
pub use breaks::Field as BreakField;

/// What the page shows from the files, read off the UI thread.
#[derive(Clone, Debug, Default)]
pub struct Loaded {
    pub ledger: Ledger,
    /// (routine, date) of each completed session.
    pub sessions: Vec<(String, NaiveDate)>,
    /// Reminders are paused until then.
    pub paused_until: Option<DateTime<Local>>,
    /// The reminder service is running.
    pub service_running: bool,
    /// Movement breaks are paused until then.
    pub breaks_paused_until: Option<DateTime<Local>>,
    /// Today's movement breaks, once there are any.
    pub breaks_today: Option<Day>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Message {
    /// Move the selection to another field (±1).
    Select(i32),
    /// Move the selection a line up or down (±1): a reminder's row, or a
    /// field of the breaks.
    Line(i32),
    /// Change the selected field one step (±1).
    Step(i32),
    /// Change a field of a reminder directly.
    StepField(usize, Field, i32),
    /// Turn one day of a reminder on or off.
    ToggleDay(usize, Weekday),
    Add,
    Remove(usize),
    RemoveSelected,
    Pause(Pause),
    /// Movement breaks on or off.
    ToggleBreaks,
    BreakStep(BreakField, i32),
    BreakDay(Weekday),
    PauseBreaks(Pause),
    Close,
}

/// One thing to change in a reminder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Routine,
    Time,
    Days,
}

const FIELDS: [Field; 3] = [Field::Routine, Field::Time, Field::Days];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pause {
    Hour,
    Tomorrow,
    Resume,
}

#[derive(Debug, PartialEq)]
pub enum Action {
    None,
    /// The reminders changed: save them (and start the service).
    Changed(Vec<Reminder>),
    Pause(Pause),
    /// Movement breaks changed (`None`: off): save them.
    BreaksChanged(Option<Breaks>),
    PauseBreaks(Pause),
    Close,
}

pub struct RemindersScreen {
    pub reminders: Vec<Reminder>,
    /// (id, name) of the routines to choose from.
    routines: Vec<(String, String)>,
    /// Field `selected % 3` of reminder `selected / 3`; past the
    /// reminders' fields, a field of the breaks.
    pub selected: usize,
    /// Movement breaks (`None`: off).
    pub breaks: Option<Breaks>,
    /// The breaks as last set, to come back when they are turned on again.
    kept_breaks: Breaks,
    /// Where activity is read from, or why it cannot be (once known).
    idle: Option<Result<String, String>>,
    loaded: Loaded,
}

impl RemindersScreen {
    pub fn new(
        reminders: Vec<Reminder>,
        breaks: Option<Breaks>,
        routines: Vec<(String, String)>,
        loaded: Loaded,
    ) -> Self {
        let ids: Vec<String> = routines.iter().map(|(id, _)| id.clone()).collect();
        RemindersScreen {
            reminders,
            kept_breaks: breaks.clone().unwrap_or_else(|| breaks::fresh(&ids)),
            breaks,
            routines,
            selected: 0,
            idle: None,
            loaded,
        }
    }

    pub fn set_loaded(&mut self, loaded: Loaded) {
        self.loaded = loaded;
    }

    /// Where the sitting timer reads activity from (`Ok`: the source's
    /// name), or why it cannot.
    pub fn set_idle(&mut self, idle: Result<String, String>) {
        self.idle = Some(idle);
    }

    /// Fields that can be selected: each reminder's, then the breaks'.
    fn field_count(&self) -> usize {
        self.reminders.len() * FIELDS.len() + breaks::fields(self.breaks.is_some()).len()
    }

    /// The selected breaks field, if the selection is past the reminders.
    fn break_field(&self) -> Option<BreakField> {
        let first = self.reminders.len() * FIELDS.len();
        let at = self.selected.checked_sub(first)?;
        breaks::fields(self.breaks.is_some()).get(at).copied()
    }

    fn select_break(&mut self, field: BreakField) {
        let at = breaks::fields(self.breaks.is_some())
            .iter()
            .position(|f| *f == field)
            .unwrap_or(0);
        self.selected = self.reminders.len() * FIELDS.len() + at;
    }

    pub fn update(&mut self, message: Message) -> Action {
        let count = self.field_count();
        let reminder_fields = self.reminders.len() * FIELDS.len();
        match message {
            Message::Select(d) => {
                self.selected = (self.selected as i32 + d).clamp(0, count as i32 - 1) as usize;
                Action::None
            }
            Message::Line(d) => {
                // A reminder's row is three fields; a breaks field is a line.
                let (at, r, row) = (self.selected, reminder_fields, FIELDS.len());
                let to = match (d > 0, at < r) {
                    (true, true) if at + row < r => at + row,
                    (true, true) => r,
                    (true, false) => at + 1,
                    (false, true) if at >= row => at - row,
                    (false, true) => at,
                    (false, false) if at == r => r.saturating_sub(row),
                    (false, false) => at - 1,
                };
                self.selected = to.min(count - 1);
                Action::None
            }
            Message::Step(delta) => match self.break_field() {
                Some(BreakField::On) => self.toggle_breaks(),
                Some(field) => self.change_breaks(|b, ids| breaks::step(b, field, delta, ids)),
                None => {
                    let (i, field) = (
                        self.selected / FIELDS.len(),
                        FIELDS[self.selected % FIELDS.len()],
                    );
                    self.change(i, field, delta)
                }
            },
            Message::StepField(i, field, delta) => {
                self.selected =
                    i * FIELDS.len() + FIELDS.iter().position(|f| *f == field).unwrap_or(0);
                self.change(i, field, delta)
            }
            Message::ToggleDay(i, day) => {
                let Some(r) = self.reminders.get_mut(i) else {
                    return Action::None;
                };
                r.days = toggled(&r.days, day);
                Action::Changed(self.reminders.clone())
            }
            Message::Add => {
                let routine = self
                    .routines
                    .iter()
                    .find(|(id, _)| id == "sciatica-relief")
                    .or(self.routines.first())
                    .map_or(String::new(), |(id, _)| id.clone());
                self.reminders.push(Reminder {
                    routine,
                    at: NaiveTime::from_hms_opt(18, 30, 0).expect("a valid time"),
                    days: Days::Daily,
                });
                self.selected = (self.reminders.len() - 1) * FIELDS.len();
                Action::Changed(self.reminders.clone())
            }
            Message::Remove(i) => self.remove(i),
            Message::RemoveSelected if self.selected < reminder_fields => {
                self.remove(self.selected / FIELDS.len())
            }
            Message::RemoveSelected => Action::None,
            Message::Pause(p) => Action::Pause(p),
            Message::ToggleBreaks => {
                let action = self.toggle_breaks();
                self.select_break(BreakField::On);
                action
            }
            Message::BreakStep(field, delta) => {
                self.select_break(field);
                self.change_breaks(|b, ids| breaks::step(b, field, delta, ids))
            }
            Message::BreakDay(day) => {
                self.select_break(BreakField::Days);
                self.change_breaks(|b, _| breaks::toggle_day(b, day))
            }
            Message::PauseBreaks(p) => Action::PauseBreaks(p),
            Message::Close => Action::Close,
        }
    }

    fn toggle_breaks(&mut self) -> Action {
        self.breaks = match self.breaks.take() {
            Some(b) => {
                self.kept_breaks = b;
                None
            }
            None => Some(self.kept_breaks.clone()),
        };
        Action::BreaksChanged(self.breaks.clone())
    }

    /// Changes the breaks (when they are on) and saves them.
    fn change_breaks(&mut self, change: impl FnOnce(&mut Breaks, &[String])) -> Action {
        let ids: Vec<String> = self.routines.iter().map(|(id, _)| id.clone()).collect();
        let Some(b) = self.breaks.as_mut() else {
            return Action::None;
        };
        let before = b.clone();
        change(b, &ids);
        if *b == before {
            return Action::None;
        }
        Action::BreaksChanged(self.breaks.clone())
    }

    fn remove(&mut self, i: usize) -> Action {
        if i >= self.reminders.len() {
            return Action::None;
        }
        self.reminders.remove(i);
        let count = self.reminders.len() * FIELDS.len();
        self.selected = self.selected.min(count.saturating_sub(1));
        Action::Changed(self.reminders.clone())
    }

    fn change(&mut self, i: usize, field: Field, delta: i32) -> Action {
        let Some(r) = self.reminders.get_mut(i) else {
            return Action::None;
        };
        match field {
            Field::Routine => {
                let n = self.routines.len() as i32;
                if n == 0 {
                    return Action::None;
                }
                let at = self
                    .routines
                    .iter()
                    .position(|(id, _)| *id == r.routine)
                    .unwrap_or(0) as i32;
                r.routine = self.routines[(at + delta).rem_euclid(n) as usize].0.clone();
            }
            Field::Time => {
                // Steps of 15 minutes, on the quarter hour.
                let minutes = i64::from(r.at.hour_minutes());
                let stepped = ((minutes / 15 + i64::from(delta)) * 15).rem_euclid(24 * 60);
                r.at = NaiveTime::from_hms_opt((stepped / 60) as u32, (stepped % 60) as u32, 0)
                    .expect("a valid time");
            }
            Field::Days => {
                let order = [Days::Daily, Days::Weekdays, Days::Weekends];
                let at = order
                    .iter()
                    .position(|d| *d == r.days)
                    .map_or(-1, |p| p as i32);
                r.days = order[(at + delta).rem_euclid(order.len() as i32) as usize].clone();
            }
        }
        Action::Changed(self.reminders.clone())
    }

    /// Changes whenever the page's structure changes (for the app's redraw
    /// key).
    pub fn layout_key(&self) -> u64 {
        (self.selected as u64)
            ^ ((self.reminders.len() as u64) << 16)
            ^ (u64::from(self.breaks.is_some()) << 24)
            ^ 0x5eed << 32
    }

    fn name(&self, id: &str) -> String {
        self.routines.iter().find(|(r, _)| r == id).map_or_else(
            || tr!("reminders-no-such-routine", id = id),
            |(_, name)| name.clone(),
        )
    }

    pub fn view(&self) -> Element<'_, Message> {
        let list = Column::with_children(
            self.reminders
                .iter()
                .enumerate()
                .map(|(i, r)| self.reminder_card(i, r)),
        )
        .spacing(12);
        let add = button(hint::labelled(tr!("reminders-add"), "A", 16.0))
            .padding([10, 16])
            .style(theme::control_button)
            .on_press(Message::Add);
        let empty: Element<'_, Message> = if self.reminders.is_empty() {
            text(tr!("reminders-none-yet"))
                .size(17)
                .style(theme::muted_text)
                .into()
        } else {
            Space::new().into()
        };
        let page = column![
            text(tr!("reminders-title")).size(34).font(theme::BOLD),
            text(tr!("reminders-keys"))
                .size(16)
                .style(theme::muted_text),
            empty,
            list,
            add,
            self.week(),
            self.breaks_card(),
            self.service(),
            row![
                Space::new().width(Length::Fill),
                button(hint::labelled(tr!("reminders-back"), "Esc", 16.0))
                    .padding([10, 16])
                    .style(theme::primary_button)
                    .on_press(Message::Close),
            ],
        ]
        .spacing(16)
        .max_width(980);
        container(scrollable(page.padding(iced::Padding {
            right: 16.0,
            ..iced::Padding::ZERO
        })))
        .padding(32)
        .center_x(Length::Fill)
        .into()
    }

    fn reminder_card<'a>(&'a self, i: usize, r: &'a Reminder) -> Element<'a, Message> {
        let field = |f: Field, value: String| {
            let at = i * FIELDS.len() + FIELDS.iter().position(|x| *x == f).unwrap_or(0);
            stepper(value, at == self.selected, move |delta| {
                Message::StepField(i, f, delta)
            })
        };
        let days = row(ALL_DAYS.iter().map(|&d| {
            let on = r.days.includes(d);
            button(text(short_day(d)).size(14))
                .padding([4, 8])
                .style(if on {
                    theme::primary_button
                } else {
                    theme::control_button
                })
                .on_press(Message::ToggleDay(i, d))
                .into()
        }))
        .spacing(4);
        container(
            column![
                row![
                    field(Field::Routine, self.name(&r.routine)).width(Length::FillPortion(5)),
                    field(Field::Time, clock_time::format(&r.at)).width(Length::FillPortion(3)),
                    field(Field::Days, days_label(&r.days)).width(Length::FillPortion(4)),
                    button(text(tr!("reminders-remove")).size(15))
                        .padding([6, 10])
                        .style(theme::control_button)
                        .on_press(Message::Remove(i)),
                ]
                .spacing(10)
                .align_y(Alignment::Center),
                days,
            ]
            .spacing(8),
        )
        .padding(12)
        .style(theme::card)
        .into()
    }

    /// The coming week, and this week's planned against done.
    fn week(&self) -> Element<'_, Message> {
        let now = Local::now();
        let sessions = |routine: &str, date: NaiveDate| {
            self.loaded
                .sessions
                .iter()
                .filter(|(r, d)| r == routine && *d == date)
                .count()
        };
        let coming: Vec<Element<'_, Message>> =
            occurrences(&self.reminders, now.date_naive(), 7, &Local)
                .into_iter()
                .filter(|o| {
                    o.when.date_naive() > now.date_naive()
                        || o.when >= now
                        || self.loaded.ledger.get(&o.slot).is_some()
                })
                .take(6)
                .map(|o| {
                    let status = match self.loaded.ledger.get(&o.slot).map(|e| e.outcome) {
                        _ if sessions(&o.slot.routine, o.slot.date) > 0 => {
                            tr!("reminders-outcome-done")
                        }
                        Some(Outcome::Snoozed) => tr!("reminders-outcome-snoozed"),
                        Some(Outcome::Skipped) => tr!("reminders-outcome-skipped"),
                        Some(Outcome::Missed) => tr!("reminders-outcome-missed"),
                        Some(Outcome::Shown) => tr!("reminders-outcome-reminded"),
                        _ => String::new(),
                    };
                    row![
                        text(crate::service::when_words(o.when, now))
                            .size(16)
                            .width(180),
                        text(self.name(&o.slot.routine))
                            .size(16)
                            .width(Length::Fill),
                        text(status).size(16).style(theme::muted_text),
                    ]
                    .spacing(12)
                    .into()
                })
                .collect();
        let adherence: Adherence =
            adherence::this_week(&self.loaded.ledger, &sessions, now.date_naive());
        let mut col = column![
            text(tr!("reminders-coming-week"))
                .size(22)
                .font(theme::BOLD)
        ]
        .spacing(6);
        if coming.is_empty() {
            col = col.push(
                text(tr!("reminders-nothing-planned"))
                    .size(16)
                    .style(theme::muted_text),
            );
        }
        for line in coming {
            col = col.push(line);
        }
        if let Some(words) = adherence.words() {
            col = col.push(
                text(tr!("reminders-this-week", sessions = words))
                    .size(17)
                    .style(theme::accent_text),
            );
        }
        container(col)
            .padding(14)
            .style(theme::card)
            .width(Length::Fill)
            .into()
    }

    fn breaks_card(&self) -> Element<'_, Message> {
        breaks::card(breaks::Shown {
            breaks: self.breaks.as_ref(),
            selected: self.break_field(),
            routine_name: self
                .breaks
                .as_ref()
                .map_or_else(String::new, |b| self.name(&b.routine)),
            idle: self.idle.as_ref(),
            today: self.loaded.breaks_today.as_ref(),
            paused_until: self.loaded.breaks_paused_until,
        })
    }

    /// The reminder service, and pausing it.
    fn service(&self) -> Element<'_, Message> {
        let state = if self.reminders.is_empty() {
            tr!("reminders-service-starts")
        } else if self.loaded.service_running {
            tr!("reminders-service-running")
        } else {
            tr!("reminders-service-stopped")
        };
        let b = |label: String, p: Pause| {
            button(text(label).size(15))
                .padding([8, 12])
                .style(theme::control_button)
                .on_press(Message::Pause(p))
        };
        let pause: Element<'_, Message> = match self.loaded.paused_until {
            Some(until) if until > Local::now() => row![
                text(tr!(
                    "reminders-paused-until",
                    when = crate::service::when_words(until, Local::now())
                ))
                .size(16),
                b(tr!("reminders-resume"), Pause::Resume),
            ]
            .spacing(12)
            .align_y(Alignment::Center)
            .into(),
            _ => row![
                b(tr!("reminders-pause-hour"), Pause::Hour),
                b(tr!("reminders-pause-tomorrow"), Pause::Tomorrow)
            ]
            .spacing(10)
            .into(),
        };
        column![text(state).size(16).style(theme::muted_text), pause]
            .spacing(8)
            .into()
    }
}

const ALL_DAYS: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

/// A value between ‹ and › buttons, outlined when selected.
fn stepper<'a>(
    value: String,
    selected: bool,
    on_step: impl Fn(i32) -> Message,
) -> container::Container<'a, Message> {
    let arrow = |label: &'static str, delta: i32| {
        button(text(label).size(18).font(theme::SEMIBOLD))
            .padding([4, 12])
            .style(theme::control_button)
            .on_press(on_step(delta))
    };
    container(
        row![
            arrow("‹", -1),
            container(text(value).size(18))
                .width(Length::Fill)
                .center_x(Length::Fill),
            arrow("›", 1),
        ]
        .spacing(6)
        .align_y(Alignment::Center),
    )
    .padding([4, 6])
    .style(if selected {
        theme::card_selected
    } else {
        theme::card
    })
}

/// `days` with `day` turned on or off; at least one day stays on.
fn toggled(days: &Days, day: Weekday) -> Days {
    let mut on: Vec<Weekday> = ALL_DAYS.into_iter().filter(|d| days.includes(*d)).collect();
    if on.contains(&day) {
        if on.len() > 1 {
            on.retain(|d| *d != day);
        }
    } else {
        on.push(day);
    }
    simplest(on)
}

/// Days written the simplest way.
fn simplest(mut days: Vec<Weekday>) -> Days {
    days.sort_by_key(|d| d.num_days_from_monday());
    days.dedup();
    match days.len() {
        7 => Days::Daily,
        5 if days.iter().all(|d| Days::Weekdays.includes(*d)) => Days::Weekdays,
        2 if days.iter().all(|d| Days::Weekends.includes(*d)) => Days::Weekends,
        _ => Days::On(days),
    }
}

fn days_label(days: &Days) -> String {
    match days {
        Days::Daily => tr!("reminders-every-day"),
        Days::Weekdays => tr!("reminders-weekdays"),
        Days::Weekends => tr!("reminders-weekends"),
        Days::On(d) => d
            .iter()
            .map(|d| short_day(*d))
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// A day's short name on the day buttons and in lists of days (`Mon` in
/// the settings file stays English: see [`crate::reminders::short_day`]).
fn short_day(day: Weekday) -> String {
    match day {
        Weekday::Mon => tr!("reminders-day-mon"),
        Weekday::Tue => tr!("reminders-day-tue"),
        Weekday::Wed => tr!("reminders-day-wed"),
        Weekday::Thu => tr!("reminders-day-thu"),
        Weekday::Fri => tr!("reminders-day-fri"),
        Weekday::Sat => tr!("reminders-day-sat"),
        Weekday::Sun => tr!("reminders-day-sun"),
    }
}

trait HourMinutes {
    fn hour_minutes(&self) -> u32;
}

impl HourMinutes for NaiveTime {
    fn hour_minutes(&self) -> u32 {
        use chrono::Timelike;
        self.hour() * 60 + self.minute()
    }
}

pub fn key(key: Key) -> Option<Message> {
    match key {
        Key::Up => Some(Message::Line(-1)),
        Key::Down => Some(Message::Line(1)),
        Key::Tab { back: false } => Some(Message::Select(1)),
        Key::Tab { back: true } => Some(Message::Select(-1)),
        Key::Left => Some(Message::Step(-1)),
        Key::Right | Key::Enter | Key::Space => Some(Message::Step(1)),
        Key::Delete => Some(Message::RemoveSelected),
        Key::Char('a') => Some(Message::Add),
        Key::Char('b') => Some(Message::ToggleBreaks),
        Key::Escape => Some(Message::Close),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn screen() -> RemindersScreen {
        RemindersScreen::new(
            Vec::new(),
            None,
            vec![
                ("sciatica-relief".into(), "Sciatica relief".into()),
                ("desk-break".into(), "Desk break".into()),
            ],
            Loaded::default(),
        )
    }

    #[test]
    fn add_change_and_remove_with_the_keyboard() {
        let mut s = screen();
        let Action::Changed(r) = s.update(key(Key::Char('a')).unwrap()) else {
            panic!("adding saves")
        };
        assert_eq!(r[0].routine, "sciatica-relief");
        assert_eq!(clock_time::format(&r[0].at), "18:30");
        // Routine, then time, then days.
        s.update(key(Key::Right).unwrap());
        assert_eq!(s.reminders[0].routine, "desk-break");
        s.update(Message::Select(1));
        s.update(key(Key::Left).unwrap());
        assert_eq!(clock_time::format(&s.reminders[0].at), "18:15");
        s.update(Message::Select(1));
        s.update(key(Key::Right).unwrap());
        assert_eq!(s.reminders[0].days, Days::Weekdays);
        // Days one by one: Saturday and Sunday off from every day.
        s.update(Message::ToggleDay(0, Weekday::Sat));
        assert_eq!(
            s.reminders[0].days,
            Days::On(vec![
                Weekday::Mon,
                Weekday::Tue,
                Weekday::Wed,
                Weekday::Thu,
                Weekday::Fri,
                Weekday::Sat
            ])
        );
        s.update(Message::ToggleDay(0, Weekday::Sat));
        assert_eq!(s.reminders[0].days, Days::Weekdays);
        let Action::Changed(left) = s.update(key(Key::Delete).unwrap()) else {
            panic!("removing saves")
        };
        assert!(left.is_empty());
    }

    #[test]
    fn breaks_are_turned_on_and_set_from_the_keyboard_below_the_reminders() {
        let mut s = screen();
        s.update(Message::Add);
        s.update(Message::Select(2)); // the reminder's days
        // Down from the last reminder's row: the breaks' switch.
        s.update(key(Key::Down).unwrap());
        assert_eq!(s.break_field(), Some(BreakField::On));
        // Off, the switch is the only breaks field: Down stays there.
        s.update(key(Key::Down).unwrap());
        assert_eq!(s.break_field(), Some(BreakField::On));
        let Action::BreaksChanged(Some(on)) = s.update(key(Key::Enter).unwrap()) else {
            panic!("Enter on the switch turns breaks on")
        };
        assert_eq!(on.routine, "desk-break");
        assert_eq!(on.every, crate::routine::Dur::from_secs(45 * 60));
        s.update(key(Key::Down).unwrap());
        assert_eq!(s.break_field(), Some(BreakField::Every));
        let Action::BreaksChanged(Some(b)) = s.update(key(Key::Right).unwrap()) else {
            panic!("a change is saved")
        };
        assert_eq!(b.every, crate::routine::Dur::from_secs(50 * 60));
        // Del on a breaks field removes no reminder.
        assert_eq!(s.update(key(Key::Delete).unwrap()), Action::None);
        assert_eq!(s.reminders.len(), 1);
        // Up twice: the switch, then the reminder's row.
        s.update(key(Key::Up).unwrap());
        s.update(key(Key::Up).unwrap());
        assert_eq!((s.break_field(), s.selected), (None, 0));
        // B turns them off, and on again as they were.
        assert_eq!(
            s.update(key(Key::Char('b')).unwrap()),
            Action::BreaksChanged(None)
        );
        let Action::BreaksChanged(Some(again)) = s.update(key(Key::Char('b')).unwrap()) else {
            panic!("B turns breaks on")
        };
        assert_eq!(again, b);
        // A day from its button.
        let Action::BreaksChanged(Some(b)) = s.update(Message::BreakDay(Weekday::Sun)) else {
            panic!("a day is saved")
        };
        assert!(!b.days.includes(Weekday::Sun));
        assert_eq!(s.break_field(), Some(BreakField::Days));
    }

    #[test]
    fn days_are_shown_by_their_short_names() {
        assert_eq!(days_label(&Days::Daily), "Every day");
        assert_eq!(
            days_label(&Days::On(vec![Weekday::Mon, Weekday::Wed, Weekday::Fri])),
            "Mon Wed Fri"
        );
        assert_eq!(short_day(Weekday::Sun), "Sun");
    }

    #[test]
    fn times_step_on_the_quarter_hour_round_the_clock() {
        let mut s = screen();
        s.update(Message::Add);
        s.reminders[0].at = NaiveTime::from_hms_opt(23, 50, 0).unwrap();
        s.update(Message::StepField(0, Field::Time, 1));
        assert_eq!(clock_time::format(&s.reminders[0].at), "00:00");
        s.update(Message::StepField(0, Field::Time, -1));
        assert_eq!(clock_time::format(&s.reminders[0].at), "23:45");
    }
}
