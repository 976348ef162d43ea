//! The Reminders page: which routine, at what time, on which days; the
//! coming week with what became of each reminder; pausing them; and how
//! the reminder service is doing. Every change is saved at once (to
//! `settings.ron`, where they can be edited by hand too).

use chrono::{DateTime, Local, NaiveDate, NaiveTime, Weekday};
use iced::widget::{Column, Space, button, column, container, row, scrollable, text};
use iced::{Alignment, Element, Length};

use crate::reminders::adherence::{self, Adherence};
use crate::reminders::ledger::{Ledger, Outcome};
use crate::reminders::schedule::occurrences;
use crate::reminders::{Days, Reminder, clock_time, short_day};
use crate::ui::keys::Key;
use crate::ui::theme;
use crate::ui::widgets::hint;

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
}

#[derive(Clone, Debug, PartialEq)]
pub enum Message {
    /// Move the selection to another field (±1).
    Select(i32),
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
    Close,
}

pub struct RemindersScreen {
    pub reminders: Vec<Reminder>,
    /// (id, name) of the routines to choose from.
    routines: Vec<(String, String)>,
    /// Field `selected % 3` of reminder `selected / 3`.
    pub selected: usize,
    loaded: Loaded,
}

impl RemindersScreen {
    pub fn new(reminders: Vec<Reminder>, routines: Vec<(String, String)>, loaded: Loaded) -> Self {
        RemindersScreen {
            reminders,
            routines,
            selected: 0,
            loaded,
        }
    }

    pub fn set_loaded(&mut self, loaded: Loaded) {
        self.loaded = loaded;
    }

    pub fn update(&mut self, message: Message) -> Action {
        let count = self.reminders.len() * FIELDS.len();
        match message {
            Message::Select(d) => {
                if count > 0 {
                    self.selected = (self.selected as i32 + d).clamp(0, count as i32 - 1) as usize;
                }
                Action::None
            }
            Message::Step(delta) => {
                let (i, field) = (
                    self.selected / FIELDS.len(),
                    FIELDS[self.selected % FIELDS.len()],
                );
                self.change(i, field, delta)
            }
            Message::StepField(i, field, delta) => {
                self.selected =
                    i * FIELDS.len() + FIELDS.iter().position(|f| *f == field).unwrap_or(0);
                self.change(i, field, delta)
            }
            Message::ToggleDay(i, day) => {
                let Some(r) = self.reminders.get_mut(i) else {
                    return Action::None;
                };
                let mut days: Vec<Weekday> = ALL_DAYS
                    .into_iter()
                    .filter(|d| r.days.includes(*d))
                    .collect();
                if days.contains(&day) {
                    // At least one day stays on.
                    if days.len() > 1 {
                        days.retain(|d| *d != day);
                    }
                } else {
                    days.push(day);
                }
                r.days = simplest(days);
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
            Message::RemoveSelected => self.remove(self.selected / FIELDS.len()),
            Message::Pause(p) => Action::Pause(p),
            Message::Close => Action::Close,
        }
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
        (self.selected as u64) ^ ((self.reminders.len() as u64) << 16) ^ 0x5eed << 32
    }

    fn name(&self, id: &str) -> String {
        self.routines.iter().find(|(r, _)| r == id).map_or_else(
            || format!("{id} (no such routine)"),
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
        let add = button(hint::labelled("Add a reminder", "A", 16.0))
            .padding([10, 16])
            .style(theme::control_button)
            .on_press(Message::Add);
        let empty: Element<'_, Message> = if self.reminders.is_empty() {
            text("No reminders yet. Add one, and Limber reminds you at that time with a notification you can start the routine from.")
                .size(17)
                .style(theme::muted_text)
                .into()
        } else {
            Space::new().into()
        };
        let page = column![
            text("Reminders").size(34).font(theme::BOLD),
            text("↑ ↓ choose · ← → change · Del remove · saved as you go")
                .size(16)
                .style(theme::muted_text),
            empty,
            list,
            add,
            self.week(),
            self.service(),
            row![
                Space::new().width(Length::Fill),
                button(hint::labelled("Back", "Esc", 16.0))
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
            let arrow = |label: &'static str, delta: i32| {
                button(text(label).size(18).font(theme::SEMIBOLD))
                    .padding([4, 12])
                    .style(theme::control_button)
                    .on_press(Message::StepField(i, f, delta))
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
            .style(if at == self.selected {
                theme::card_selected
            } else {
                theme::card
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
                    button(text("Remove").size(15))
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
                        _ if sessions(&o.slot.routine, o.slot.date) > 0 => "done",
                        Some(Outcome::Snoozed) => "snoozed",
                        Some(Outcome::Skipped) => "skipped",
                        Some(Outcome::Missed) => "missed",
                        Some(Outcome::Shown) => "reminded",
                        _ => "",
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
        let mut col = column![text("The coming week").size(22).font(theme::BOLD)].spacing(6);
        if coming.is_empty() {
            col = col.push(text("Nothing planned.").size(16).style(theme::muted_text));
        }
        for line in coming {
            col = col.push(line);
        }
        if let Some(words) = adherence.words() {
            col = col.push(
                text(format!("This week so far: {words}."))
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

    /// The reminder service, and pausing it.
    fn service(&self) -> Element<'_, Message> {
        let state = if self.reminders.is_empty() {
            "The reminder service starts when you add a reminder."
        } else if self.loaded.service_running {
            "The reminder service is running."
        } else {
            "The reminder service is not running; it starts with Limber, or at login (Settings)."
        };
        let b = |label: &'static str, p: Pause| {
            button(text(label).size(15))
                .padding([8, 12])
                .style(theme::control_button)
                .on_press(Message::Pause(p))
        };
        let pause: Element<'_, Message> = match self.loaded.paused_until {
            Some(until) if until > Local::now() => row![
                text(format!(
                    "Paused until {}.",
                    crate::service::when_words(until, Local::now())
                ))
                .size(16),
                b("Resume", Pause::Resume),
            ]
            .spacing(12)
            .align_y(Alignment::Center)
            .into(),
            _ => row![
                b("Pause for 1 hour", Pause::Hour),
                b("Pause until tomorrow", Pause::Tomorrow)
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
        Days::Daily => "Every day".into(),
        Days::Weekdays => "Weekdays".into(),
        Days::Weekends => "Weekends".into(),
        Days::On(d) => d
            .iter()
            .map(|d| short_day(*d))
            .collect::<Vec<_>>()
            .join(" "),
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
        Key::Up => Some(Message::Select(-(FIELDS.len() as i32))),
        Key::Down => Some(Message::Select(FIELDS.len() as i32)),
        Key::Tab { back: false } => Some(Message::Select(1)),
        Key::Tab { back: true } => Some(Message::Select(-1)),
        Key::Left => Some(Message::Step(-1)),
        Key::Right | Key::Enter | Key::Space => Some(Message::Step(1)),
        Key::Delete => Some(Message::RemoveSelected),
        Key::Char('a') => Some(Message::Add),
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
