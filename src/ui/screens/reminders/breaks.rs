//! The Reminders page's movement-breaks card: on or off, how long a
//! stretch of sitting, how long away counts as a break, which routine,
//! which hours and days; where activity is read from; today's breaks; and
//! pausing them.

use chrono::{DateTime, Local, Weekday};
use iced::widget::{Space, button, column, container, row, text};
use iced::{Alignment, Element, Length};

use super::{ALL_DAYS, Message, Pause, days_label, short_day, stepper};
use crate::breaks::summary::Day;
use crate::breaks::{Breaks, EVERY_RANGE};
use crate::reminders::Days;
use crate::routine::Dur;
use crate::tr;
use crate::ui::theme;
use crate::ui::widgets::hint;

/// One thing to change about breaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// On or off.
    On,
    Every,
    Away,
    Routine,
    From,
    Until,
    Days,
}

/// The fields that can be selected: only the switch while breaks are off.
pub fn fields(on: bool) -> &'static [Field] {
    const ON: [Field; 7] = [
        Field::On,
        Field::Every,
        Field::Away,
        Field::Routine,
        Field::From,
        Field::Until,
        Field::Days,
    ];
    if on { &ON } else { &ON[..1] }
}

/// Sitting times offered by the arrows (a time written by hand in
/// `settings.ron` steps to its neighbours).
const EVERY_STEPS: [u32; 16] = [
    1, 5, 10, 15, 20, 25, 30, 40, 45, 50, 60, 75, 90, 120, 180, 240,
];
/// Times away offered by the arrows, in seconds.
const AWAY_STEPS: [u32; 10] = [30, 60, 120, 180, 300, 600, 900, 1200, 1800, 3600];

/// The next step above (`delta > 0`) or below `now` among `steps`, or
/// `now` at either end.
fn step_among(steps: &[u32], now: u32, delta: i32) -> u32 {
    if delta > 0 {
        steps.iter().copied().find(|s| *s > now).unwrap_or(now)
    } else {
        steps
            .iter()
            .rev()
            .copied()
            .find(|s| *s < now)
            .unwrap_or(now)
    }
}

/// Changes `field` of `b` one step; `routines` are the ids to choose from.
pub fn step(b: &mut Breaks, field: Field, delta: i32, routines: &[String]) {
    match field {
        Field::On => {}
        Field::Every => {
            let minutes = b.every.as_millis() / 60_000;
            let next = Dur::from_secs(step_among(&EVERY_STEPS, minutes, delta) * 60);
            if EVERY_RANGE.contains(&next) {
                b.every = next;
            }
        }
        Field::Away => {
            let secs = b.away.as_millis() / 1000;
            b.away = Dur::from_secs(step_among(&AWAY_STEPS, secs, delta));
        }
        Field::Routine => {
            let n = routines.len() as i32;
            if n > 0 {
                let at = routines.iter().position(|id| *id == b.routine);
                let next = match at {
                    Some(at) => (at as i32 + delta).rem_euclid(n),
                    None => 0,
                };
                b.routine = routines[next as usize].clone();
            }
        }
        // Half hours; the start stays before the end.
        Field::From => {
            let start = b.hours.start as i32 + delta * 30;
            let start = (start.div_euclid(30) * 30).clamp(0, b.hours.end as i32 - 30);
            b.hours.start = start as u32;
        }
        Field::Until => {
            let end = b.hours.end as i32 + delta * 30;
            let end = (end.div_euclid(30) * 30).clamp(b.hours.start as i32 + 30, 24 * 60);
            b.hours.end = end as u32;
        }
        Field::Days => {
            let order = [Days::Daily, Days::Weekdays, Days::Weekends];
            let at = order
                .iter()
                .position(|d| *d == b.days)
                .map_or(-1, |p| p as i32);
            b.days = order[(at + delta).rem_euclid(order.len() as i32) as usize].clone();
        }
    }
}

/// Turns one day on or off (at least one stays on).
pub fn toggle_day(b: &mut Breaks, day: Weekday) {
    b.days = super::toggled(&b.days, day);
}

/// `45 min`, `1 h 30 min`, `2 h`, `30 s`.
fn length(d: Dur) -> String {
    let secs = d.as_millis() / 1000;
    match (secs / 3600, secs % 3600 / 60, secs % 60) {
        (0, 0, s) => tr!("breaks-seconds", seconds = s),
        (0, m, 0) => tr!("breaks-minutes", minutes = m),
        (h, 0, 0) => tr!("breaks-hours", hours = h),
        (h, m, 0) => tr!("breaks-hours-minutes", hours = h, minutes = m),
        _ => d.to_string(),
    }
}

fn hour_label(minutes: u32) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// What the card shows besides the settings.
pub struct Shown<'a> {
    pub breaks: Option<&'a Breaks>,
    /// The selected field, if it is one of these.
    pub selected: Option<Field>,
    pub routine_name: String,
    /// Where activity is read from (`Ok`: the source's name), or why it
    /// cannot be; `None` until known.
    pub idle: Option<&'a Result<String, String>>,
    pub today: Option<&'a Day>,
    pub paused_until: Option<DateTime<Local>>,
}

pub fn card<'a>(shown: Shown<'a>) -> Element<'a, Message> {
    let title = text(tr!("breaks-title")).size(22).font(theme::BOLD);
    let switch = |on: bool, selected: bool| {
        let label = if on {
            tr!("breaks-on")
        } else {
            tr!("breaks-off")
        };
        container(
            button(hint::labelled(label, "B", 15.0))
                .padding([6, 12])
                .style(if on {
                    theme::primary_button
                } else {
                    theme::control_button
                })
                .on_press(Message::ToggleBreaks),
        )
        .padding(3)
        .style(move |t: &iced::Theme| {
            if selected {
                theme::card_selected(t)
            } else {
                container::Style::default()
            }
        })
    };
    let Some(b) = shown.breaks else {
        let col = column![
            row![
                title,
                Space::new().width(Length::Fill),
                switch(false, shown.selected == Some(Field::On)),
            ]
            .align_y(Alignment::Center),
            text(tr!("breaks-off-explained"))
                .size(16)
                .style(theme::muted_text),
        ]
        .spacing(10);
        return container(col)
            .padding(14)
            .style(theme::card)
            .width(Length::Fill)
            .into();
    };
    let field = |f: Field, value: String| {
        stepper(value, shown.selected == Some(f), move |delta| {
            Message::BreakStep(f, delta)
        })
    };
    let label = |t: String| text(t).size(16).style(theme::muted_text);
    let settings = column![
        row![
            label(tr!("breaks-sentence-after")),
            field(Field::Every, length(b.every)).width(170),
            label(tr!("breaks-sentence-away")),
            field(Field::Away, length(b.away)).width(150),
            label(tr!("breaks-sentence-is-a-break")),
        ]
        .spacing(10)
        .align_y(Alignment::Center),
        row![
            label(tr!("breaks-sentence-offer")),
            field(Field::Routine, shown.routine_name).width(Length::FillPortion(5)),
            label(tr!("breaks-sentence-from")),
            field(Field::From, hour_label(b.hours.start)).width(Length::FillPortion(3)),
            label(tr!("breaks-sentence-to")),
            field(Field::Until, hour_label(b.hours.end)).width(Length::FillPortion(3)),
        ]
        .spacing(10)
        .align_y(Alignment::Center),
        row![
            field(Field::Days, days_label(&b.days)).width(200),
            row(ALL_DAYS.iter().map(|&d| {
                button(text(short_day(d)).size(14))
                    .padding([4, 8])
                    .style(if b.days.includes(d) {
                        theme::primary_button
                    } else {
                        theme::control_button
                    })
                    .on_press(Message::BreakDay(d))
                    .into()
            }))
            .spacing(4),
        ]
        .spacing(10)
        .align_y(Alignment::Center),
    ]
    .spacing(8);

    let source: Element<'a, Message> = match shown.idle {
        None => Space::new().into(),
        Some(Ok(name)) => text(tr!("breaks-activity-source", source = name))
            .size(15)
            .style(theme::muted_text)
            .into(),
        Some(Err(why)) => text(tr!("breaks-activity-unseen", why = why))
            .size(15)
            .style(theme::danger_text)
            .into(),
    };
    let today: Element<'a, Message> = match shown.today {
        Some(day) => text(tr!("breaks-today", breaks = day.words()))
            .size(16)
            .style(theme::accent_text)
            .into(),
        None => Space::new().into(),
    };
    let pause_button = |label: String, p: Pause| {
        button(text(label).size(15))
            .padding([8, 12])
            .style(theme::control_button)
            .on_press(Message::PauseBreaks(p))
    };
    let now = Local::now();
    let pause: Element<'a, Message> = match shown.paused_until {
        Some(until) if until > now => row![
            text(tr!(
                "breaks-paused-until",
                when = crate::service::when_words(until, now)
            ))
            .size(16),
            pause_button(tr!("breaks-resume"), Pause::Resume),
        ]
        .spacing(12)
        .align_y(Alignment::Center)
        .into(),
        _ => row![
            pause_button(tr!("breaks-pause-hour"), Pause::Hour),
            pause_button(tr!("breaks-pause-tomorrow"), Pause::Tomorrow),
        ]
        .spacing(10)
        .into(),
    };
    container(
        column![
            row![
                title,
                Space::new().width(Length::Fill),
                switch(true, shown.selected == Some(Field::On)),
            ]
            .align_y(Alignment::Center),
            settings,
            source,
            today,
            pause,
        ]
        .spacing(10),
    )
    .padding(14)
    .style(theme::card)
    .width(Length::Fill)
    .into()
}

/// Breaks with every field at its default but the routine, which is the
/// desk break if there is one.
pub fn fresh(routines: &[String]) -> Breaks {
    let mut b = Breaks::default();
    if !routines.contains(&b.routine)
        && let Some(first) = routines.first()
    {
        b.routine = first.clone();
    }
    b
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::breaks::Hours;

    fn ids() -> Vec<String> {
        vec!["sciatica-relief".into(), "desk-break".into()]
    }

    #[test]
    fn sitting_time_steps_through_the_offered_lengths_and_stays_in_range() {
        let mut b = Breaks::default();
        step(&mut b, Field::Every, 1, &ids());
        assert_eq!(b.every, Dur::from_secs(50 * 60));
        b.every = Dur::from_secs(42 * 60); // written by hand
        step(&mut b, Field::Every, -1, &ids());
        assert_eq!(b.every, Dur::from_secs(40 * 60));
        b.every = Dur::from_secs(60);
        step(&mut b, Field::Every, -1, &ids());
        assert_eq!(b.every, Dur::from_secs(60), "1 minute is the shortest");
        b.every = Dur::from_secs(4 * 3600);
        step(&mut b, Field::Every, 1, &ids());
        assert_eq!(b.every, Dur::from_secs(4 * 3600), "4 hours is the longest");
        step(&mut b, Field::Away, -1, &ids());
        assert_eq!(b.away, Dur::from_secs(180));
        b.away = Dur::from_secs(30);
        step(&mut b, Field::Away, -1, &ids());
        assert_eq!(b.away, Dur::from_secs(30), "30 seconds is the shortest");
        let words: Vec<String> = [30, 300, 3600, 5400, 90]
            .map(|s| length(Dur::from_secs(s)))
            .into();
        assert_eq!(words, ["30 s", "5 min", "1 h", "1 h 30 min", "1m30s"]);
    }

    #[test]
    fn hours_step_by_half_hours_and_never_cross() {
        let mut b = Breaks {
            hours: Hours::parse("09:00-17:30").unwrap(),
            ..Breaks::default()
        };
        step(&mut b, Field::From, 1, &ids());
        assert_eq!(b.hours.label(), "09:30-17:30");
        step(&mut b, Field::Until, 1, &ids());
        assert_eq!(b.hours.label(), "09:30-18:00");
        b.hours = Hours::parse("12:00-12:30").unwrap();
        step(&mut b, Field::From, 1, &ids());
        step(&mut b, Field::Until, -1, &ids());
        assert_eq!(
            b.hours.label(),
            "12:00-12:30",
            "a span stays at least 30 min"
        );
        b.hours = Hours::parse("23:00-24:00").unwrap();
        step(&mut b, Field::Until, 1, &ids());
        assert_eq!(b.hours.label(), "23:00-24:00");
        b.hours = Hours::parse("00:00-08:00").unwrap();
        step(&mut b, Field::From, -1, &ids());
        assert_eq!(b.hours.label(), "00:00-08:00");
        // A start written by hand off the half hour steps onto it.
        b.hours = Hours::parse("08:10-17:00").unwrap();
        step(&mut b, Field::From, 1, &ids());
        assert_eq!(b.hours.label(), "08:30-17:00");
    }

    #[test]
    fn routine_and_days_cycle_and_a_fresh_setting_prefers_the_desk_break() {
        let mut b = fresh(&ids());
        assert_eq!(b.routine, "desk-break");
        step(&mut b, Field::Routine, 1, &ids());
        assert_eq!(b.routine, "sciatica-relief");
        assert_eq!(fresh(&["mine".to_string()]).routine, "mine");
        step(&mut b, Field::Days, 1, &ids());
        assert_eq!(b.days, Days::Weekdays);
        toggle_day(&mut b, Weekday::Fri);
        assert!(!b.days.includes(Weekday::Fri) && b.days.includes(Weekday::Mon));
        assert_eq!(fields(false), [Field::On]);
        assert_eq!(fields(true).len(), 7);
    }
}
