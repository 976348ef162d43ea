//! The history's movement breaks: a small table of the last days with
//! breaks (offered, taken, snoozed, skipped, and the average stretch of
//! sitting between breaks), shown once the sitting timer has run.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use iced::widget::{Column, Space, column, container, row, text};
use iced::{Alignment, Element, Length};

use super::Message;
use crate::breaks::summary::Day;
use crate::i18n::format_date;
use crate::tr;
use crate::ui::theme;

/// Days looked back on, today included.
pub const DAYS: i64 = 7;

/// The days with breaks among the last [`DAYS`], newest first, at most
/// `rows` of them.
pub fn recent(
    days: &BTreeMap<NaiveDate, Day>,
    today: NaiveDate,
    rows: usize,
) -> Vec<(NaiveDate, &Day)> {
    let from = today - chrono::Days::new(DAYS as u64 - 1);
    days.range(from..=today)
        .rev()
        .take(rows)
        .map(|(d, day)| (*d, day))
        .collect()
}

/// "Today", "Yesterday", "Tuesday".
fn day_name(date: NaiveDate, today: NaiveDate) -> String {
    match (today - date).num_days() {
        0 => tr!("history-today"),
        1 => tr!("history-yesterday"),
        _ => format_date(date, &tr!("history-date-weekday")),
    }
}

/// The card, or `None` when no break happened in the last week.
pub fn card<'a>(
    days: &'a BTreeMap<NaiveDate, Day>,
    today: NaiveDate,
    rows: usize,
) -> Option<Element<'a, Message>> {
    let recent = recent(days, today, rows);
    if recent.is_empty() {
        return None;
    }
    const NUMBER: f32 = 74.0;
    const SITTING: f32 = 92.0;
    let cells = |name: Element<'a, Message>, values: [String; 4], sitting: String, head: bool| {
        let cell = |t: String, width: f32| {
            let t = text(t).size(if head { 13 } else { 15 });
            let t = if head { t.style(theme::muted_text) } else { t };
            container(t)
                .width(width)
                .align_x(iced::alignment::Horizontal::Right)
        };
        let [offered, taken, snoozed, skipped] = values;
        row![
            container(name).width(Length::Fill),
            cell(offered, NUMBER),
            cell(taken, NUMBER),
            cell(snoozed, NUMBER),
            cell(skipped, NUMBER),
            cell(sitting, SITTING),
        ]
        .align_y(Alignment::Center)
    };
    let head = cells(
        Space::new().into(),
        [
            tr!("history-breaks-offered"),
            tr!("history-breaks-taken"),
            tr!("history-breaks-snoozed"),
            tr!("history-breaks-skipped"),
        ],
        tr!("history-breaks-sitting"),
        true,
    );
    let lines = Column::with_children(recent.into_iter().map(|(date, d)| {
        cells(
            text(day_name(date, today))
                .size(15)
                .font(theme::SEMIBOLD)
                .into(),
            [d.offered, d.taken, d.snoozed, d.skipped].map(|n| n.to_string()),
            d.average_sitting_min()
                .map_or_else(|| "–".into(), |m| tr!("history-minutes", minutes = m)),
            false,
        )
        .into()
    }))
    .spacing(4);
    Some(
        container(
            column![
                row![
                    text(tr!("history-breaks-title"))
                        .size(17)
                        .font(theme::SEMIBOLD),
                    Space::new().width(Length::Fill),
                    text(tr!("history-breaks-sitting-explained"))
                        .size(13)
                        .style(theme::muted_text),
                ]
                .align_y(Alignment::Center),
                head,
                lines,
            ]
            .spacing(6),
        )
        .padding(16)
        .width(Length::Fill)
        .style(theme::card)
        .into(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn recent_days_are_the_last_week_newest_first() {
        let day = |offered| Day {
            offered,
            ..Day::default()
        };
        let days = BTreeMap::from([
            (date("2026-11-24"), day(9)), // eight days before: left out
            (date("2026-11-26"), day(1)),
            (date("2026-11-30"), day(2)),
            (date("2026-12-02"), day(3)),
            (date("2026-12-03"), day(4)), // after "today" (a clock change)
        ]);
        let today = date("2026-12-02");
        let offered: Vec<u32> = recent(&days, today, 5)
            .iter()
            .map(|(_, d)| d.offered)
            .collect();
        assert_eq!(offered, [3, 2, 1]);
        assert_eq!(recent(&days, today, 2).len(), 2);
        assert_eq!(day_name(date("2026-12-01"), today), "Yesterday");
        assert_eq!(day_name(date("2026-11-26"), today), "Thursday");
        assert!(card(&BTreeMap::new(), today, 3).is_none());
        assert!(card(&days, today, 3).is_some());
    }
}
