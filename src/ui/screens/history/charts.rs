//! The history's pictures: a calendar heatmap, minutes per week as bars and
//! the pain trend, each a canvas drawn through a [`ThemedCache`].
//!
//! Why caches everywhere: iced_tiny_skia 0.14 damages live canvas geometry
//! by its path bounds without stroke width or anti-aliasing, leaving stale
//! edges on partial redraws; cached geometry is damaged by the whole canvas
//! bounds, which is exact. The caches are cleared when the data changes (a
//! new screen has new caches) or the theme does (see [`ThemedCache`]).
//!
//! The geometry (where a day's square is, the scale of an axis, which colour
//! a day gets) is in plain functions tested below; the canvases only paint.

use std::cell::Cell;

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime};
use iced::alignment::Vertical;
use iced::widget::canvas::{self, Cache, Frame, Geometry, Path, Stroke, Text};
use iced::widget::text::Alignment as TextAlign;
use iced::{Color, Point, Rectangle, Renderer, Size, Theme, mouse};

use crate::history::stats::monday;
use crate::history::{DayStat, PainPoint, WeekStat};
use crate::i18n::format_date;
use crate::tr;
use crate::ui::theme;

/// The calendar never shows more than a year.
pub const MAX_WEEKS: usize = 53;
/// Nor fewer than this many weeks, however narrow the window.
pub const MIN_WEEKS: usize = 8;
/// Bars of minutes per week; the pain trend spans the same weeks.
pub const BAR_WEEKS: usize = 12;

/// A cache that forgets its drawing when the theme turns light or dark.
#[derive(Default)]
pub struct ThemedCache {
    cache: Cache,
    dark: Cell<Option<bool>>,
}

impl ThemedCache {
    pub fn draw(
        &self,
        renderer: &Renderer,
        theme: &Theme,
        size: Size,
        f: impl Fn(&mut Frame),
    ) -> Geometry {
        let dark = theme::is_dark(theme);
        if self.dark.replace(Some(dark)) != Some(dark) {
            self.cache.clear();
        }
        self.cache.draw(renderer, size, f)
    }

    pub fn clear(&self) {
        self.cache.clear();
    }
}

// -- Calendar geometry --------------------------------------------------------

/// Minutes on a day → how strongly it is coloured, 0 (no session) to 4.
pub fn heat_level(minutes: f32) -> usize {
    match minutes {
        m if m <= 0.0 => 0,
        m if m < 10.0 => 1,
        m if m < 20.0 => 2,
        m if m < 30.0 => 3,
        _ => 4,
    }
}

/// What a level means, for a legend.
pub fn heat_meaning(level: usize) -> String {
    match level {
        0 => tr!("history-heat-none"),
        1 => tr!("history-heat-under-10"),
        2 => tr!("history-heat-10-19"),
        3 => tr!("history-heat-20-29"),
        _ => tr!("history-heat-30-more"),
    }
}

/// The colour of a heat level: an empty square, then the primary teal
/// growing stronger.
pub fn heat_color(theme: &Theme, level: usize) -> Color {
    let p = theme.palette();
    let dark = theme::is_dark(theme);
    match level {
        0 => Color {
            a: if dark { 0.09 } else { 0.07 },
            ..p.text
        },
        l => Color {
            a: [0.32, 0.52, 0.76, 1.0][(l - 1).min(3)],
            ..p.primary
        },
    }
}

/// The Monday of the first of `weeks` calendar columns ending with the
/// week `today` is in.
pub fn calendar_start(today: NaiveDate, weeks: usize) -> NaiveDate {
    let weeks = weeks.max(1) as u64;
    monday(today) - Days::new(7 * (weeks - 1))
}

/// The column (week) and row (weekday, Monday first) of `date` in a
/// calendar starting on the Monday `start`; `None` before it.
pub fn cell_of(start: NaiveDate, date: NaiveDate) -> Option<(usize, usize)> {
    let days = (date - start).num_days();
    (days >= 0).then_some(((days / 7) as usize, (days % 7) as usize))
}

/// The date in a calendar cell.
pub fn date_of(start: NaiveDate, col: usize, row: usize) -> NaiveDate {
    start + Days::new((col * 7 + row) as u64)
}

/// Month names above the columns: one at each column whose week holds the
/// 1st of a month, plus the first column's month when there is room for it
/// before the next label.
pub fn month_labels(start: NaiveDate, weeks: usize) -> Vec<(usize, String)> {
    let mut labels: Vec<(usize, String)> = Vec::new();
    for col in 0..weeks {
        let first = date_of(start, col, 0);
        if let Some(d) = (0..7).map(|r| first + Days::new(r)).find(|d| d.day() == 1) {
            labels.push((col, month_name(d)));
        }
    }
    let room = labels.first().is_none_or(|(col, _)| *col >= 3);
    if room && labels.first().is_none_or(|(col, _)| *col != 0) {
        labels.insert(0, (0, month_name(start)));
    }
    labels
}

fn month_name(d: NaiveDate) -> String {
    if d.month() == 1 {
        format_date(d, &tr!("history-calendar-month-year"))
    } else {
        format_date(d, &tr!("history-calendar-month"))
    }
}

/// The weekday names beside the calendar's rows: Monday, Wednesday, Friday
/// and Sunday, short ("Mon"), in the current language.
pub fn weekday_labels() -> [(usize, String); 4] {
    let pattern = tr!("history-calendar-weekday");
    // 5 January 2026 is a Monday.
    let monday = NaiveDate::from_ymd_opt(2026, 1, 5).expect("a real date");
    [0, 2, 4, 6].map(|row| (row, format_date(monday + Days::new(row as u64), &pattern)))
}

/// Where the calendar's squares go in a canvas of a given size: as many
/// recent weeks as fit with squares no larger than the height allows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Grid {
    pub weeks: usize,
    /// The top-left of the first square.
    pub origin: Point,
    /// A square's side and the gap after it.
    pub cell: f32,
    pub gap: f32,
}

/// Room for the weekday names on the left and the month names on top.
pub const GRID_LEFT: f32 = 38.0;
pub const GRID_TOP: f32 = 20.0;
const MAX_CELL: f32 = 22.0;
const MIN_CELL: f32 = 8.0;

impl Grid {
    pub fn fit(size: Size) -> Grid {
        let rows_height = (size.height - GRID_TOP).max(0.0);
        // A square and its gap take `step`; the gap is a sixth of it.
        let step = (rows_height / 7.0).clamp(MIN_CELL * 1.2, MAX_CELL * 1.2);
        let room = (size.width - GRID_LEFT).max(0.0);
        let weeks = ((room / step).floor() as usize).clamp(MIN_WEEKS, MAX_WEEKS);
        // Narrow windows shrink the squares rather than the weeks.
        let step = step.min(room / weeks as f32).max(1.0);
        let gap = (step / 6.0).round().max(1.0);
        Grid {
            weeks,
            origin: Point::new(GRID_LEFT, GRID_TOP),
            cell: step - gap,
            gap,
        }
    }

    pub fn rect(&self, col: usize, row: usize) -> Rectangle {
        let step = self.cell + self.gap;
        Rectangle::new(
            Point::new(
                self.origin.x + col as f32 * step,
                self.origin.y + row as f32 * step,
            ),
            Size::new(self.cell, self.cell),
        )
    }

    /// The cell under a point (in canvas coordinates), gaps included.
    pub fn hit(&self, p: Point) -> Option<(usize, usize)> {
        let step = self.cell + self.gap;
        let (x, y) = (p.x - self.origin.x, p.y - self.origin.y);
        if x < 0.0 || y < 0.0 {
            return None;
        }
        let (col, row) = ((x / step) as usize, (y / step) as usize);
        (col < self.weeks && row < 7).then_some((col, row))
    }
}

/// The calendar heatmap: a column per week, a row per weekday.
pub struct Calendar<'a> {
    /// Contiguous days ending today (at most [`MAX_WEEKS`] weeks of them).
    pub days: &'a [DayStat],
    pub today: NaiveDate,
    pub cache: &'a ThemedCache,
}

impl Calendar<'_> {
    fn day(&self, date: NaiveDate) -> Option<&DayStat> {
        let first = self.days.first()?.date;
        let i = (date - first).num_days();
        usize::try_from(i).ok().and_then(|i| self.days.get(i))
    }

    /// The date under the cursor, if it has a session.
    fn session_day_at(&self, bounds: Rectangle, cursor: mouse::Cursor) -> Option<NaiveDate> {
        let p = cursor.position_in(bounds)?;
        let grid = Grid::fit(bounds.size());
        let (col, row) = grid.hit(p)?;
        let date = date_of(calendar_start(self.today, grid.weeks), col, row);
        self.day(date)
            .filter(|d| d.sessions > 0 && d.date <= self.today)
            .map(|d| d.date)
    }
}

impl canvas::Program<super::Message> for Calendar<'_> {
    type State = ();

    fn update(
        &self,
        _state: &mut (),
        event: &canvas::Event,
        bounds: Rectangle,
        cursor: mouse::Cursor,
    ) -> Option<canvas::Action<super::Message>> {
        match event {
            canvas::Event::Mouse(mouse::Event::ButtonPressed(mouse::Button::Left)) => self
                .session_day_at(bounds, cursor)
                .map(|d| canvas::Action::publish(super::Message::SelectDay(d)).and_capture()),
            _ => None,
        }
    }

    fn mouse_interaction(
        &self,
        _state: &(),
        bounds: Rectangle,
        cursor: mouse::Cursor,
    ) -> mouse::Interaction {
        if self.session_day_at(bounds, cursor).is_some() {
            mouse::Interaction::Pointer
        } else {
            mouse::Interaction::default()
        }
    }

    fn draw(
        &self,
        _state: &(),
        renderer: &Renderer,
        theme: &Theme,
        bounds: Rectangle,
        _cursor: mouse::Cursor,
    ) -> Vec<Geometry> {
        let size = bounds.size();
        let geometry = self.cache.draw(renderer, theme, size, |frame| {
            let grid = Grid::fit(size);
            let start = calendar_start(self.today, grid.weeks);
            let muted = theme::muted(theme);
            let label = |frame: &mut Frame, content: String, position: Point, align_y| {
                frame.fill_text(Text {
                    content,
                    position,
                    color: muted,
                    size: 12.0.into(),
                    font: theme::FONT,
                    align_y,
                    ..Text::default()
                });
            };
            for (row, name) in weekday_labels() {
                let r = grid.rect(0, row);
                label(frame, name, Point::new(0.0, r.center_y()), Vertical::Center);
            }
            for (col, name) in month_labels(start, grid.weeks) {
                let r = grid.rect(col, 0);
                label(frame, name, Point::new(r.x, 0.0), Vertical::Top);
            }
            let radius = (grid.cell * 0.2).min(4.0);
            for col in 0..grid.weeks {
                for row in 0..7 {
                    let date = date_of(start, col, row);
                    if date > self.today {
                        break;
                    }
                    let minutes = self.day(date).map_or(0.0, DayStat::minutes);
                    let r = grid.rect(col, row);
                    let square = Path::rounded_rectangle(r.position(), r.size(), radius.into());
                    frame.fill(&square, heat_color(theme, heat_level(minutes)));
                    if date == self.today {
                        frame.stroke(
                            &square,
                            Stroke::default().with_color(theme::CORAL).with_width(2.0),
                        );
                    }
                }
            }
        });
        vec![geometry]
    }
}

// -- Axes ---------------------------------------------------------------------

/// A round top for an axis starting at 0 that holds `max`, and the step
/// between its gridlines (at most four steps).
pub fn nice_scale(max: f32) -> (f32, f32) {
    const STEPS: [f32; 12] = [
        5.0, 10.0, 15.0, 20.0, 30.0, 60.0, 90.0, 120.0, 180.0, 240.0, 300.0, 600.0,
    ];
    let max = if max.is_finite() { max.max(0.0) } else { 0.0 };
    let step = STEPS
        .iter()
        .copied()
        .find(|s| (max / s).ceil() <= 4.0)
        .unwrap_or_else(|| (max / 4.0 / 600.0).ceil() * 600.0);
    let top = ((max / step).ceil().max(1.0)) * step;
    (top, step)
}

/// Where a moment falls across `days` days from the start of `start`, as a
/// share of the width (0 at the start, 1 at the end).
pub fn time_share(t: NaiveDateTime, start: NaiveDate, days: u32) -> f32 {
    let from = start.and_hms_opt(0, 0, 0).expect("midnight exists");
    let seconds = (t - from).num_seconds() as f32;
    seconds / (f64::from(days.max(1)) * 86_400.0) as f32
}

/// A day and month, short: "3 Nov" (in the current language).
pub fn short_date(d: NaiveDate) -> String {
    format_date(d, &tr!("history-date-short"))
}

fn label(
    frame: &mut Frame,
    content: String,
    position: Point,
    color: Color,
    align_x: TextAlign,
    align_y: Vertical,
) {
    frame.fill_text(Text {
        content,
        position,
        color,
        size: 12.0.into(),
        font: theme::FONT,
        align_x,
        align_y,
        ..Text::default()
    });
}

/// The plot area inside a chart's canvas: room for the axis labels.
fn plot_area(size: Size) -> Rectangle {
    let (left, right, top, bottom) = (34.0, 6.0, 14.0, 22.0);
    Rectangle::new(
        Point::new(left, top),
        Size::new(
            (size.width - left - right).max(1.0),
            (size.height - top - bottom).max(1.0),
        ),
    )
}

fn gridline(frame: &mut Frame, theme: &Theme, plot: Rectangle, y: f32, text: String) {
    frame.stroke(
        &Path::line(Point::new(plot.x, y), Point::new(plot.x + plot.width, y)),
        Stroke::default()
            .with_color(theme::hairline(theme))
            .with_width(1.0),
    );
    label(
        frame,
        text,
        Point::new(plot.x - 8.0, y),
        theme::muted(theme),
        TextAlign::Right,
        Vertical::Center,
    );
}

// -- Minutes per week ---------------------------------------------------------

/// Minutes per week as bars, oldest on the left; this week in coral.
pub struct Bars<'a> {
    pub weeks: &'a [WeekStat],
    pub cache: &'a ThemedCache,
}

impl<Message> canvas::Program<Message> for Bars<'_> {
    type State = ();

    fn draw(
        &self,
        _state: &(),
        renderer: &Renderer,
        theme: &Theme,
        bounds: Rectangle,
        _cursor: mouse::Cursor,
    ) -> Vec<Geometry> {
        let size = bounds.size();
        let geometry = self.cache.draw(renderer, theme, size, |frame| {
            let plot = plot_area(size);
            let max = self.weeks.iter().map(WeekStat::minutes).fold(0.0, f32::max);
            let (top, step) = nice_scale(max);
            let y_of = |m: f32| plot.y + plot.height * (1.0 - m / top);
            let mut m = 0.0;
            while m <= top + 0.5 {
                gridline(frame, theme, plot, y_of(m), format!("{m:.0}"));
                m += step;
            }
            let n = self.weeks.len().max(1);
            let slot = plot.width / n as f32;
            let width = (slot * 0.62).max(2.0);
            let muted = theme::muted(theme);
            for (i, w) in self.weeks.iter().enumerate() {
                let this_week = i + 1 == self.weeks.len();
                let x = plot.x + slot * i as f32 + (slot - width) / 2.0;
                let minutes = w.minutes();
                if minutes > 0.0 {
                    let y = y_of(minutes);
                    let height = (plot.y + plot.height - y).max(2.0);
                    let radius = (width / 2.0).min(4.0);
                    let bar = Path::rounded_rectangle(
                        Point::new(x, plot.y + plot.height - height),
                        Size::new(width, height),
                        iced::border::top(radius),
                    );
                    let color = if this_week {
                        theme::CORAL
                    } else {
                        theme.palette().primary
                    };
                    frame.fill(&bar, color);
                    label(
                        frame,
                        format!("{minutes:.0}"),
                        Point::new(x + width / 2.0, y - 3.0),
                        muted,
                        TextAlign::Center,
                        Vertical::Bottom,
                    );
                }
                // The Monday under every third bar, counted back from this
                // week's (whose label keeps inside the canvas).
                let from_end = self.weeks.len() - 1 - i;
                if from_end.is_multiple_of(3) {
                    let (x, align) = if this_week {
                        (x + width + (slot - width) / 2.0, TextAlign::Right)
                    } else {
                        (x + width / 2.0, TextAlign::Center)
                    };
                    label(
                        frame,
                        short_date(w.monday),
                        Point::new(x, plot.y + plot.height + 6.0),
                        muted,
                        align,
                        Vertical::Top,
                    );
                }
            }
        });
        vec![geometry]
    }
}

// -- Pain ---------------------------------------------------------------------

/// One of a session's ratings.
type Rating = fn(&PainPoint) -> Option<u8>;

/// Pain before (coral) and after (teal) each session, 0–10, over the same
/// weeks as the bars.
pub struct PainChart<'a> {
    /// Rated sessions in the span, oldest first.
    pub points: &'a [PainPoint],
    /// The Monday the span starts on, and its length in days.
    pub start: NaiveDate,
    pub days: u32,
    pub cache: &'a ThemedCache,
}

impl<Message> canvas::Program<Message> for PainChart<'_> {
    type State = ();

    fn draw(
        &self,
        _state: &(),
        renderer: &Renderer,
        theme: &Theme,
        bounds: Rectangle,
        _cursor: mouse::Cursor,
    ) -> Vec<Geometry> {
        let size = bounds.size();
        let geometry = self.cache.draw(renderer, theme, size, |frame| {
            let plot = plot_area(size);
            let y_of = |p: u8| plot.y + plot.height * (1.0 - f32::from(p) / 10.0);
            for p in [0, 5, 10] {
                gridline(frame, theme, plot, y_of(p), p.to_string());
            }
            let x_of = |point: &PainPoint| {
                let share = time_share(point.started_at.naive_local(), self.start, self.days);
                plot.x + plot.width * share.clamp(0.0, 1.0)
            };
            let muted = theme::muted(theme);
            let end = self.start + Days::new(u64::from(self.days.saturating_sub(1)));
            for (d, align) in [
                (self.start, TextAlign::Left),
                (
                    self.start + Days::new(u64::from(self.days / 2)),
                    TextAlign::Center,
                ),
                (end, TextAlign::Right),
            ] {
                let share = time_share(d.and_hms_opt(12, 0, 0).unwrap(), self.start, self.days);
                let x = match align {
                    TextAlign::Left => plot.x,
                    TextAlign::Right => plot.x + plot.width,
                    _ => plot.x + plot.width * share,
                };
                label(
                    frame,
                    short_date(d),
                    Point::new(x, plot.y + plot.height + 6.0),
                    muted,
                    align,
                    Vertical::Top,
                );
            }
            let series: [(Rating, Color); 2] = [
                (|p| p.before.map(|v| v.get()), theme::CORAL),
                (|p| p.after.map(|v| v.get()), theme.palette().primary),
            ];
            let dense = self.points.len() > 60;
            for (value, color) in series {
                let points: Vec<Point> = self
                    .points
                    .iter()
                    .filter_map(|p| value(p).map(|v| Point::new(x_of(p), y_of(v))))
                    .collect();
                // A single point is a dot only: a zero-length line makes
                // tiny-skia complain.
                if points.len() >= 2 {
                    let line = Path::new(|b| {
                        b.move_to(points[0]);
                        for p in &points[1..] {
                            b.line_to(*p);
                        }
                    });
                    frame.stroke(
                        &line,
                        Stroke::default()
                            .with_color(color)
                            .with_width(if dense { 1.5 } else { 2.5 })
                            .with_line_join(canvas::LineJoin::Round),
                    );
                }
                if !dense {
                    for p in points {
                        frame.fill(&Path::circle(p, 3.5), color);
                    }
                }
            }
        });
        vec![geometry]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn heat_levels_follow_minutes() {
        let levels: Vec<usize> = [0.0, 0.5, 9.9, 10.0, 19.5, 20.0, 29.9, 30.0, 240.0]
            .into_iter()
            .map(heat_level)
            .collect();
        assert_eq!(levels, [0, 1, 1, 2, 2, 3, 3, 4, 4]);
        assert_eq!(heat_level(-1.0), 0);
    }

    #[test]
    fn heat_colours_grow_stronger_and_differ_by_theme() {
        let light = theme::light();
        let alphas: Vec<f32> = (1..=4).map(|l| heat_color(&light, l).a).collect();
        assert!(alphas.windows(2).all(|w| w[0] < w[1]), "{alphas:?}");
        assert_eq!(heat_color(&light, 4), light.palette().primary);
        assert_ne!(heat_color(&light, 0), heat_color(&light, 1));
        assert_ne!(heat_color(&light, 2), heat_color(&theme::dark(), 2));
    }

    #[test]
    fn the_calendar_ends_with_this_week_and_days_find_their_cells() {
        // Saturday 21 November 2026.
        let today = date("2026-11-21");
        let start = calendar_start(today, 26);
        assert_eq!(start, date("2026-05-25"));
        assert_eq!(start.weekday(), chrono::Weekday::Mon);
        assert_eq!(cell_of(start, today), Some((25, 5)));
        assert_eq!(cell_of(start, start), Some((0, 0)));
        assert_eq!(cell_of(start, date("2026-05-31")), Some((0, 6)));
        assert_eq!(cell_of(start, date("2026-05-24")), None);
        for (col, row) in [(0, 0), (3, 6), (25, 5)] {
            assert_eq!(cell_of(start, date_of(start, col, row)), Some((col, row)));
        }
        // A Monday's calendar ends in its first row.
        assert_eq!(
            cell_of(calendar_start(date("2026-11-23"), 4), date("2026-11-23")),
            Some((3, 0))
        );
    }

    #[test]
    fn month_labels_sit_on_the_week_of_the_first() {
        // 25 May 2026 is a Monday: June 1st is in column 1, July 1st in 5.
        let start = date("2026-05-25");
        let labels = month_labels(start, 12);
        assert_eq!(
            labels,
            [
                (1, "Jun".to_string()),
                (5, "Jul".to_string()),
                (9, "Aug".to_string())
            ]
        );
        // With room before the first label, the first column gets its month.
        let start = date("2026-06-08");
        let labels = month_labels(start, 10);
        assert_eq!(labels[0], (0, "Jun".to_string()));
        assert_eq!(labels[1], (3, "Jul".to_string()));
        // January says which year.
        let labels = month_labels(date("2025-12-22"), 3);
        assert_eq!(labels, [(1, "Jan 2026".to_string())]);
    }

    #[test]
    fn the_grid_fits_more_weeks_in_wider_canvases_and_hits_cells() {
        let wide = Grid::fit(Size::new(700.0, 160.0));
        let narrow = Grid::fit(Size::new(400.0, 160.0));
        assert!(wide.weeks > narrow.weeks, "{wide:?} {narrow:?}");
        for g in [wide, narrow] {
            let last = g.rect(g.weeks - 1, 6);
            assert!(
                last.x + last.width <= 700.0 && last.y + last.height <= 160.0,
                "{g:?}"
            );
            assert!(g.cell >= MIN_CELL - 1.0, "{g:?}");
            assert_eq!(g.hit(g.rect(2, 3).center()), Some((2, 3)));
            assert_eq!(g.hit(Point::new(1.0, 1.0)), None, "the labels are no cell");
        }
        // Too narrow for the minimum: the squares shrink, the weeks stay.
        let tiny = Grid::fit(Size::new(150.0, 160.0));
        assert_eq!(tiny.weeks, MIN_WEEKS);
        let right = tiny.rect(MIN_WEEKS - 1, 0);
        assert!(right.x + right.width <= 150.0, "{tiny:?}");
        // Very wide: at most a year.
        assert_eq!(Grid::fit(Size::new(5000.0, 160.0)).weeks, MAX_WEEKS);
    }

    #[test]
    fn scales_are_round_and_hold_the_maximum() {
        for (max, expected) in [
            (0.0, (5.0, 5.0)),
            (4.0, (5.0, 5.0)),
            (14.0, (15.0, 5.0)),
            (42.0, (45.0, 15.0)),
            (84.0, (90.0, 30.0)),
            (98.0, (120.0, 30.0)),
            (420.0, (480.0, 120.0)),
            (f32::NAN, (5.0, 5.0)),
        ] {
            assert_eq!(nice_scale(max), expected, "max {max}");
        }
        for max in [1.0, 33.0, 61.0, 250.0, 1000.0, 5000.0] {
            let (top, step) = nice_scale(max);
            assert!(
                top >= max && top / step <= 4.0 + 1e-3,
                "{max}: {top} {step}"
            );
        }
    }

    #[test]
    fn time_shares_run_from_start_to_end() {
        let start = date("2026-09-01");
        let at = |s: &str| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
        assert_eq!(time_share(at("2026-09-01 00:00"), start, 10), 0.0);
        assert_eq!(time_share(at("2026-09-06 00:00"), start, 10), 0.5);
        assert_eq!(time_share(at("2026-09-11 00:00"), start, 10), 1.0);
        assert!((time_share(at("2026-09-01 12:00"), start, 10) - 0.05).abs() < 1e-6);
        assert!(time_share(at("2026-08-31 12:00"), start, 10) < 0.0);
        assert_eq!(short_date(date("2026-11-03")), "3 Nov");
    }

    #[test]
    fn the_calendar_names_every_other_weekday() {
        let names: Vec<(usize, String)> = weekday_labels().into();
        let expected = [(0, "Mon"), (2, "Wed"), (4, "Fri"), (6, "Sun")]
            .map(|(row, name)| (row, name.to_string()));
        assert_eq!(names, expected);
        assert_eq!(heat_meaning(0), "no session");
        assert_eq!(heat_meaning(9), "30 min or more");
    }
}
