//! The list of sessions, newest first: one line of figures per session and
//! the selected one opened up with its moves and answers.
//!
//! Rows that are not selected have a known height ([`ROW_HEIGHT`]) so
//! the screen can scroll the selected one into view without measuring.

use std::time::Duration;

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate};
use iced::border::Radius;
use iced::widget::{Column, Space, button, column, container, row, rule, text};
use iced::{Alignment, Border, Color, Element, Length, Theme};

use super::Message;
use crate::history::{MoveStatus, Pain, Record};
use crate::i18n::format_date;
use crate::routine::clock;
use crate::tr;
use crate::ui::theme;

/// Height of a closed row: three lines.
pub const ROW_HEIGHT: f32 = 88.0;
/// Space between rows.
pub const ROW_SPACING: f32 = 6.0;
/// A line of the opened part (a move or an answer).
const DETAIL_LINE: f32 = 24.0;

/// About how tall the opened row is (a long note may wrap differently).
pub fn open_height(r: &Record) -> f32 {
    let note = note(r).map_or(0.0, |n| 4.0 + 20.0 * (n.chars().count() / 50 + 1) as f32);
    let answers = if r.answers.is_empty() {
        0.0
    } else {
        8.0 + DETAIL_LINE * r.answers.len() as f32
    };
    ROW_HEIGHT + note + 22.0 + DETAIL_LINE * r.moves.len() as f32 + answers
}

fn note(r: &Record) -> Option<&str> {
    r.note.as_deref().map(str::trim).filter(|n| !n.is_empty())
}

/// When a session started, as the person saw it on their clock: "Today ·
/// 08:05", "Yesterday · 19:30", "Tuesday · 07:45" within the week, then
/// "Sat 14 Nov · 08:05", with the year when it is not this year's (in the
/// current language, the date patterns from the catalogue).
pub fn when(started_at: DateTime<FixedOffset>, today: NaiveDate) -> String {
    let date = started_at.date_naive();
    let time = started_at.format("%H:%M").to_string();
    let days = (today - date).num_days();
    let day = match days {
        0 => tr!("history-today"),
        1 => tr!("history-yesterday"),
        2..=6 => format_date(date, &tr!("history-date-weekday")),
        _ if date.year() == today.year() => format_date(date, &tr!("history-date-this-year")),
        _ => format_date(date, &tr!("history-date-other-year")),
    };
    tr!("history-when", day = capitalized(&day), time = time)
}

/// The day heads its line: "Jueves", "Mardi" (French and Spanish write
/// weekday names in lower case).
fn capitalized(day: &str) -> String {
    let mut chars = day.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// "pain 5 → 3", "pain before 5", "pain after 3", or nothing.
pub fn pain_text(before: Option<Pain>, after: Option<Pain>) -> Option<String> {
    match (before, after) {
        (Some(b), Some(a)) => Some(tr!("history-row-pain", before = b.get(), after = a.get())),
        (Some(b), None) => Some(tr!("history-row-pain-before", before = b.get())),
        (None, Some(a)) => Some(tr!("history-row-pain-after", after = a.get())),
        (None, None) => None,
    }
}

/// "6 done · 1 skipped · 2 not reached", leaving out the zeros (but always
/// saying how many were done).
pub fn moves_text(r: &Record) -> String {
    let count = |s: MoveStatus| r.moves.iter().filter(|m| m.status == s).count();
    let mut parts = vec![tr!("history-row-done", count = count(MoveStatus::Done))];
    let skipped = count(MoveStatus::Skipped);
    if skipped > 0 {
        parts.push(tr!("history-row-skipped", count = skipped));
    }
    let not_reached = count(MoveStatus::NotReached);
    if not_reached > 0 {
        parts.push(tr!("history-row-not-reached", count = not_reached));
    }
    parts.join(" · ")
}

/// At most `max` characters of the first line, with "…" when cut.
pub fn one_line(s: &str, max: usize) -> String {
    let first = s.lines().next().unwrap_or("");
    let cut = first.chars().count() > max || s.lines().nth(1).is_some();
    let mut out: String = first.chars().take(max).collect();
    if cut {
        out = out.trim_end().to_string();
        out.push('…');
    }
    out
}

fn active(r: &Record) -> String {
    tr!(
        "history-row-active",
        time = clock(Duration::from_secs(r.active_seconds))
    )
}

fn row_style(selected: bool) -> impl Fn(&Theme) -> container::Style {
    move |theme| {
        let p = theme.palette();
        if selected {
            container::Style {
                background: Some(
                    Color {
                        a: 0.09,
                        ..p.primary
                    }
                    .into(),
                ),
                border: Border {
                    color: p.primary,
                    width: 2.0,
                    radius: Radius::from(12.0),
                },
                ..container::Style::default()
            }
        } else {
            container::Style {
                background: Some(
                    Color {
                        a: if theme::is_dark(theme) { 0.04 } else { 0.025 },
                        ..p.text
                    }
                    .into(),
                ),
                border: Border {
                    radius: Radius::from(12.0),
                    ..Border::default()
                },
                ..container::Style::default()
            }
        }
    }
}

fn coral_text(_: &Theme) -> text::Style {
    text::Style {
        color: Some(theme::CORAL),
    }
}

/// One session: `i` is its place in the list (0 = newest).
pub fn session_row<'a>(
    i: usize,
    r: &'a Record,
    today: NaiveDate,
    selected: bool,
) -> Element<'a, Message> {
    let (status, status_style): (String, fn(&Theme) -> text::Style) = if r.completed {
        (tr!("history-row-completed"), theme::accent_text)
    } else {
        (tr!("history-row-stopped"), coral_text)
    };
    let first = row![
        text(when(r.started_at, today))
            .size(17)
            .font(theme::SEMIBOLD),
        Space::new().width(Length::Fill),
        text(pain_text(r.pain_before, r.pain_after).unwrap_or_default())
            .size(16)
            .font(theme::SEMIBOLD),
    ]
    .align_y(Alignment::Center);
    let second = row![
        text(format!("{} · {}", one_line(&r.routine_name, 32), active(r)))
            .size(14)
            .wrapping(text::Wrapping::None)
            .width(Length::Fill),
        text(status).size(14).style(status_style),
    ]
    .spacing(10)
    .align_y(Alignment::Center);
    // The note shares the third line, cut short, unless the row is open.
    let mut third = row![text(moves_text(r)).size(14).style(theme::muted_text)].spacing(12);
    if let Some(n) = note(r).filter(|_| !selected) {
        third = third.push(
            text(tr!("history-row-note", note = one_line(n, 44)))
                .size(14)
                .wrapping(text::Wrapping::None),
        );
    }
    let mut body = Column::new()
        .spacing(4)
        .push(first)
        .push(second)
        .push(third);
    let height = if selected {
        if let Some(n) = note(r) {
            body = body.push(text(tr!("history-row-note", note = n)).size(15));
        }
        body = body.push(details(r));
        Length::Shrink
    } else {
        Length::Fixed(ROW_HEIGHT)
    };
    button(
        container(body)
            .padding([10, 14])
            .width(Length::Fill)
            .height(height)
            .clip(true)
            .style(row_style(selected)),
    )
    .padding(0)
    .style(theme::bare_button)
    .on_press(Message::Select(i))
    .into()
}

/// The opened part: every move with how it went, then the answers.
fn details(r: &Record) -> Element<'_, Message> {
    let moves = Column::with_children(r.moves.iter().map(|m| {
        let (mark, style): (&str, fn(&Theme) -> text::Style) = match m.status {
            MoveStatus::Done => ("✓", theme::accent_text),
            MoveStatus::Skipped => ("–", coral_text),
            MoveStatus::NotReached => ("·", theme::muted_text),
        };
        let time = if m.seconds > 0 {
            clock(Duration::from_secs(m.seconds))
        } else {
            String::new()
        };
        row![
            text(mark).size(15).width(20).style(style),
            text(m.name.as_str()).size(15).width(Length::Fill),
            text(m.status.label()).size(14).style(theme::muted_text),
            text(time)
                .size(14)
                .width(48)
                .align_x(text::Alignment::Right)
                .style(theme::muted_text),
        ]
        .spacing(8)
        .height(DETAIL_LINE)
        .align_y(Alignment::Center)
        .into()
    }));
    let mut details = column![rule::horizontal(1), moves].spacing(8);
    if !r.answers.is_empty() {
        let answers = Column::with_children(r.answers.iter().map(|a| {
            row![
                text(a.question.as_str())
                    .size(15)
                    .width(Length::Fill)
                    .wrapping(text::Wrapping::None),
                text(a.answer.label())
                    .size(15)
                    .font(theme::SEMIBOLD)
                    .width(36),
            ]
            .spacing(8)
            .height(DETAIL_LINE)
            .align_y(Alignment::Center)
            .into()
        }));
        details = details.push(answers);
    }
    details.padding([4, 0]).into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::testing::record;
    use crate::history::{GateAnswer, MoveRecord, Reply};

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn at(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    #[test]
    fn when_reads_like_a_person_would_say_it() {
        let today = date("2026-11-21"); // a Saturday
        assert_eq!(
            when(at("2026-11-21T08:05:00+00:00"), today),
            "Today · 08:05"
        );
        assert_eq!(
            when(at("2026-11-20T19:30:00+00:00"), today),
            "Yesterday · 19:30"
        );
        assert_eq!(
            when(at("2026-11-17T07:45:00+00:00"), today),
            "Tuesday · 07:45"
        );
        assert_eq!(
            when(at("2026-11-14T08:00:00+00:00"), today),
            "Sat 14 Nov · 08:00"
        );
        assert_eq!(
            when(at("2025-11-14T08:00:00+00:00"), today),
            "Fri 14 Nov 2025 · 08:00"
        );
        // The clock the person saw: 00:30 in +01:00 is that day, not the
        // UTC day before.
        assert_eq!(
            when(at("2026-11-21T00:30:00+01:00"), today),
            "Today · 00:30"
        );
    }

    #[test]
    fn pain_and_moves_in_words() {
        let p = |v| Pain::new(v);
        assert_eq!(pain_text(p(5), p(3)).as_deref(), Some("pain 5 → 3"));
        assert_eq!(pain_text(p(5), None).as_deref(), Some("pain before 5"));
        assert_eq!(pain_text(None, p(0)).as_deref(), Some("pain after 0"));
        assert_eq!(pain_text(None, None), None);

        let mut r = record("2026-11-21T08:05:00+00:00", "");
        assert_eq!(moves_text(&r), "1 done");
        let mv = |status| MoveRecord {
            id: "x".into(),
            name: "X".into(),
            status,
            seconds: 0,
        };
        r.moves.push(mv(MoveStatus::Skipped));
        r.moves.push(mv(MoveStatus::NotReached));
        r.moves.push(mv(MoveStatus::NotReached));
        assert_eq!(moves_text(&r), "1 done · 1 skipped · 2 not reached");
        r.moves.clear();
        assert_eq!(moves_text(&r), "0 done");
    }

    #[test]
    fn long_or_multi_line_text_is_cut_to_one_line() {
        assert_eq!(one_line("short", 10), "short");
        assert_eq!(one_line("exactly ten", 11), "exactly ten");
        assert_eq!(one_line("a bit too long here", 9), "a bit too…");
        assert_eq!(one_line("first\nsecond", 40), "first…");
        assert_eq!(one_line("é → ✓ ok", 5), "é → ✓…");
        assert_eq!(one_line("", 5), "");
    }

    #[test]
    fn opened_rows_grow_with_notes_moves_and_answers() {
        let plain = record("2026-11-21T08:05:00+00:00", "  ");
        let with_note = record("2026-11-21T08:05:00+00:00", "left hip tight");
        assert!(open_height(&plain) > ROW_HEIGHT);
        assert!(open_height(&with_note) > open_height(&plain));
        let mut asked = with_note.clone();
        asked.answers.push(GateAnswer {
            section: "Strengthen".into(),
            question: "Any pain after stretching?".into(),
            answer: Reply::No,
        });
        assert!(open_height(&asked) > open_height(&with_note));
        let mut more = asked.clone();
        more.moves.extend(asked.moves.clone());
        assert!(open_height(&more) > open_height(&asked));
    }
}
