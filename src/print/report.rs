//! A progress report to bring to an appointment: one or two pages a physio
//! can read in a minute. The period and its figures, active minutes per
//! week, pain before and after each session as a chart, the moves most
//! often skipped, the answers to the pain check, and the notes.

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};

use super::layout::{Flow, GREY, INK, Page, RULE, SHADE, Weight, fit, width, wrap};
use super::{Paper, PrintError};
use crate::history::{MoveStatus, Record, Reply, stats};
use crate::routine::human;
use crate::tr;

/// What a report covers and what it is made from.
pub struct Input<'a> {
    /// Every session recorded (those outside the period are left out).
    pub records: &'a [Record],
    /// The first and last day of the period, inclusive.
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Sessions planned in the period, when something plans them
    /// (reminders); `None` leaves "planned" out of the report.
    pub planned: Option<crate::reminders::adherence::Adherence>,
    pub paper: Paper,
}

/// The report as a PDF.
pub fn report(input: &Input) -> Result<Vec<u8>, PrintError> {
    let records: Vec<&Record> = input
        .records
        .iter()
        .filter(|r| (input.from..=input.to).contains(&r.date()))
        .collect();
    let mut flow = Flow::new(input.paper);
    header(&mut flow, input, records.len());
    figures(&mut flow, input, &records);
    minutes_chart(&mut flow, input, &records);
    pain_chart(&mut flow, &records);
    skipped(&mut flow, &records);
    answers(&mut flow, &records);
    notes(&mut flow, &records);
    let title = tr!("report-title");
    flow.footer(&format!("{title} · Limber"));
    super::to_pdf(&flow.pages, &[], &title)
}

/// A day in the period line: "2 Nov 2026".
fn day(d: NaiveDate) -> String {
    crate::i18n::format_date(d, &tr!("report-date"))
}

/// A day under a chart, or of an answer: "2 Nov".
fn short_day(d: NaiveDate) -> String {
    crate::i18n::format_date(d, &tr!("report-day"))
}

fn heading(flow: &mut Flow, text: &str, height: f32) {
    flow.room(height + 26.0);
    flow.y += 10.0;
    flow.paragraph(text, 12.5, Weight::Bold, INK);
    flow.y += 4.0;
}

fn header(flow: &mut Flow, input: &Input, count: usize) {
    let weeks = ((input.to - input.from).num_days() + 1) as f32 / 7.0;
    flow.y += 4.0;
    flow.paragraph(&tr!("report-title"), 22.0, Weight::Bold, INK);
    flow.paragraph(
        &tr!(
            "report-period",
            from = day(input.from),
            to = day(input.to),
            weeks = tenths(weeks)
        ),
        10.5,
        Weight::Regular,
        INK,
    );
    if count == 0 {
        flow.y += 8.0;
        flow.paragraph(&tr!("report-no-sessions"), 11.0, Weight::Bold, INK);
    }
    flow.y += 6.0;
}

/// `x` to one decimal, for a number placeable: Fluent writes 8 as "8" and
/// 8.6 as "8.6" (or "8,6").
fn tenths(x: f32) -> f64 {
    (f64::from(x) * 10.0).round() / 10.0
}

/// A figure on its own (a chart's axis): whole, or with one decimal, as the
/// current language writes decimals ("7.5", "7,5").
fn fmt_num(x: f32) -> String {
    if (x - x.round()).abs() < 0.05 {
        format!("{}", x.round() as i64)
    } else {
        one_decimal(x)
    }
}

/// `x` with exactly one decimal ("4.0", "2.5"; "4,0" where the language
/// writes a decimal comma). Not a Fluent number: it would drop the ".0".
fn one_decimal(x: f32) -> String {
    let text = format!("{x:.1}");
    if crate::i18n::current().decimal_comma() {
        text.replace('.', ",")
    } else {
        text
    }
}

/// The four figures across the top.
fn figures(flow: &mut Flow, input: &Input, records: &[&Record]) {
    let done = records.len();
    let completed = records.iter().filter(|r| r.completed).count();
    let active: u64 = records.iter().map(|r| r.active_seconds).sum();
    let weeks = (((input.to - input.from).num_days() + 1) as f32 / 7.0).max(1.0);
    let days: std::collections::BTreeSet<NaiveDate> = records.iter().map(|r| r.date()).collect();
    let sessions = done.to_string();
    let cells = [
        (
            tr!("report-sessions"),
            sessions,
            tr!(
                "report-sessions-detail",
                finished = completed,
                stopped = done - completed
            ),
        ),
        (
            tr!("report-active"),
            human(std::time::Duration::from_secs(active)),
            tr!(
                "report-active-detail",
                minutes = (active as f32 / 60.0 / weeks).round()
            ),
        ),
        (
            tr!("report-days"),
            days.len().to_string(),
            tr!(
                "report-days-detail",
                days = (input.to - input.from).num_days() + 1
            ),
        ),
        (tr!("report-pain"), pain_change(records), pain_note(records)),
    ];
    let (x, w) = (flow.left(), flow.width());
    let cell_w = (w - 3.0 * 8.0) / 4.0;
    let room = cell_w - 16.0;
    // Label, figure and line under it each fit the box: smaller, or on more
    // lines (a taller box) in a longer language.
    let set: Vec<[(f32, Vec<String>); 3]> = cells
        .iter()
        .map(|(label, big, small)| {
            [
                fit(label, 8.5, Weight::Bold, room),
                fit(big, 16.0, Weight::Bold, room),
                fit(small, 8.0, Weight::Regular, room),
            ]
        })
        .collect();
    // Lines beyond the first, in the box that has most, for each row.
    let extra = |row: usize| {
        let most = set.iter().map(|c| c[row].1.len()).max().unwrap_or(1);
        most.saturating_sub(1) as f32
    };
    let (more_label, more_big, more_small) = (extra(0), extra(1), extra(2));
    let h = 58.0 + 10.0 * more_label + 18.0 * more_big + 9.5 * more_small;
    flow.room(h);
    let top = flow.y;
    let page = flow.page();
    for (i, [(ls, label), (bs, big), (ss, small)]) in set.iter().enumerate() {
        let cx = x + i as f32 * (cell_w + 8.0);
        page.rect(cx, top, cell_w, h, SHADE, RULE, 0.6);
        let mut y = top + 14.0;
        for (j, line) in label.iter().enumerate() {
            let ly = y + j as f32 * 10.0;
            page.text(cx + 8.0, ly, *ls, Weight::Bold, GREY, line);
        }
        y += 20.0 + 10.0 * more_label;
        for (j, line) in big.iter().enumerate() {
            let ly = y + j as f32 * 18.0;
            page.text(cx + 8.0, ly, *bs, Weight::Bold, INK, line);
        }
        y += 15.0 + 18.0 * more_big;
        for (j, line) in small.iter().enumerate() {
            let ly = y + j as f32 * 9.5;
            page.text(cx + 8.0, ly, *ss, Weight::Regular, INK, line);
        }
    }
    flow.y = top + h + 6.0;
    let mut routines: BTreeMap<&str, usize> = BTreeMap::new();
    for r in records {
        *routines.entry(r.routine_name.as_str()).or_default() += 1;
    }
    if !routines.is_empty() {
        let list: Vec<String> = routines.iter().map(|(n, c)| format!("{n} ({c})")).collect();
        flow.paragraph(
            &tr!("report-routines", list = list.join(", ")),
            9.0,
            Weight::Regular,
            INK,
        );
    }
    if let Some(a) = &input.planned {
        let (done, planned, skipped, missed) = (a.done, a.planned, a.skipped, a.missed);
        let line = match (skipped > 0, missed > 0) {
            (false, false) => tr!("report-reminders", done = done, planned = planned),
            (true, false) => tr!(
                "report-reminders-skipped",
                done = done,
                planned = planned,
                skipped = skipped
            ),
            (false, true) => tr!(
                "report-reminders-missed",
                done = done,
                planned = planned,
                missed = missed
            ),
            (true, true) => tr!(
                "report-reminders-skipped-missed",
                done = done,
                planned = planned,
                skipped = skipped,
                missed = missed
            ),
        };
        flow.paragraph(&line, 9.0, Weight::Regular, INK);
    }
}

/// Average pain after a session, first half of the rated sessions against
/// the second: "4.0 → 2.5".
fn pain_change(records: &[&Record]) -> String {
    let after: Vec<f32> = records
        .iter()
        .filter_map(|r| r.pain_after.map(|p| f32::from(p.get())))
        .collect();
    match after.len() {
        0 => tr!("report-pain-none"),
        1 => format!("{:.0}", after[0]),
        n => {
            let (a, b) = after.split_at(n / 2);
            let avg = |v: &[f32]| v.iter().sum::<f32>() / v.len() as f32;
            tr!(
                "report-pain-change",
                earlier = one_decimal(avg(a)),
                later = one_decimal(avg(b))
            )
        }
    }
}

fn pain_note(records: &[&Record]) -> String {
    let rated = records.iter().filter(|r| r.pain_after.is_some()).count();
    match rated {
        0 => tr!("report-pain-detail-none"),
        1 => tr!("report-pain-detail-one"),
        n => tr!("report-pain-detail", count = n),
    }
}

/// Bars of active minutes for each week of the period.
fn minutes_chart(flow: &mut Flow, input: &Input, records: &[&Record]) {
    let first = stats::monday(input.from);
    let mut weeks: Vec<(NaiveDate, f32)> = Vec::new();
    let mut monday = first;
    while monday <= input.to && weeks.len() < 27 {
        let sunday = monday + Days::new(6);
        let secs: u64 = records
            .iter()
            .filter(|r| (monday..=sunday).contains(&r.date()))
            .map(|r| r.active_seconds)
            .sum();
        weeks.push((monday, secs as f32 / 60.0));
        monday = monday + Days::new(7);
    }
    let h = 110.0;
    heading(flow, &tr!("report-minutes-chart"), h);
    let (x, w, top) = (flow.left(), flow.width(), flow.y);
    let most = weeks.iter().map(|(_, m)| *m).fold(0.0, f32::max).max(10.0);
    let scale = nice_top(most);
    let page = flow.page();
    let chart_x = x + 28.0;
    let chart_w = w - 28.0;
    let base = top + h - 18.0;
    let plot_h = h - 26.0;
    axis(page, chart_x, chart_w, base, plot_h, scale, 4);
    let slot = chart_w / weeks.len().max(1) as f32;
    let bar = (slot * 0.6).min(28.0);
    let days: Vec<String> = weeks.iter().map(|(monday, _)| short_day(*monday)).collect();
    let every = (weeks.len() / 9).max(1).max(spaced(&days, slot));
    for (i, ((_, minutes), day)) in weeks.iter().zip(&days).enumerate() {
        let bh = plot_h * minutes / scale;
        let bx = chart_x + i as f32 * slot + (slot - bar) / 2.0;
        if bh > 0.0 {
            page.rect(bx, base - bh, bar, bh, "#777777", INK, 0.6);
            if weeks.len() <= 14 {
                let label = format!("{}", minutes.round());
                let lw = width(&label, 7.5, Weight::Regular);
                page.text(
                    bx + (bar - lw) / 2.0,
                    base - bh - 3.0,
                    7.5,
                    Weight::Regular,
                    INK,
                    &label,
                );
            }
        }
        if i % every == 0 {
            page.text(bx, base + 11.0, 7.5, Weight::Regular, GREY, day);
        }
    }
    flow.y = top + h + 4.0;
}

/// Every how many of `labels`, `apart` points from one another under a
/// chart, to print so that they do not run into each other (longer names
/// of months in some languages).
fn spaced(labels: &[String], apart: f32) -> usize {
    let widest = labels
        .iter()
        .map(|l| width(l, 7.5, Weight::Regular))
        .fold(0.0, f32::max);
    if apart <= 0.0 {
        return 1;
    }
    // At least 2 points between them.
    ((widest + 2.0) / apart).ceil().max(1.0) as usize
}

/// A round number at or above `most` for a chart's top.
fn nice_top(most: f32) -> f32 {
    [
        10.0, 20.0, 30.0, 40.0, 60.0, 80.0, 100.0, 120.0, 150.0, 200.0, 300.0, 400.0, 600.0,
    ]
    .into_iter()
    .find(|t| *t >= most)
    .unwrap_or((most / 100.0).ceil() * 100.0)
}

/// Grid lines and their values on the left of a chart.
fn axis(page: &mut Page, x: f32, w: f32, base: f32, h: f32, top: f32, steps: u32) {
    for i in 0..=steps {
        let v = top * i as f32 / steps as f32;
        let y = base - h * i as f32 / steps as f32;
        page.polyline(
            &[(x, y), (x + w, y)],
            if i == 0 { INK } else { "#cccccc" },
            0.5,
            false,
        );
        let label = fmt_num(v);
        let lw = width(&label, 7.5, Weight::Regular);
        page.text(x - 5.0 - lw, y + 2.5, 7.5, Weight::Regular, GREY, &label);
    }
}

/// Pain before (solid, filled dots) and after (dashed, open dots) each
/// rated session: told apart in black and white by the line, not a colour.
fn pain_chart(flow: &mut Flow, records: &[&Record]) {
    let mut rated: Vec<&&Record> = records
        .iter()
        .filter(|r| r.pain_before.is_some() || r.pain_after.is_some())
        .collect();
    rated.sort_by_key(|r| r.started_at);
    let h = 130.0;
    heading(flow, &tr!("report-pain-chart"), h);
    if rated.is_empty() {
        flow.paragraph(&tr!("report-pain-chart-empty"), 9.5, Weight::Regular, INK);
        return;
    }
    let (x, w, top) = (flow.left(), flow.width(), flow.y);
    let chart_x = x + 28.0;
    let chart_w = w - 28.0 - 110.0;
    let base = top + h - 18.0;
    let plot_h = h - 26.0;
    let page = flow.page();
    axis(page, chart_x, chart_w, base, plot_h, 10.0, 5);
    let n = rated.len();
    let at = |i: usize| {
        if n == 1 {
            chart_x + chart_w / 2.0
        } else {
            chart_x + 8.0 + (chart_w - 16.0) * i as f32 / (n - 1) as f32
        }
    };
    let y_of = |p: u8| base - plot_h * f32::from(p) / 10.0;
    for (before, dash) in [(true, false), (false, true)] {
        let points: Vec<(f32, f32)> = rated
            .iter()
            .enumerate()
            .filter_map(|(i, r)| {
                let p = if before { r.pain_before } else { r.pain_after }?;
                Some((at(i), y_of(p.get())))
            })
            .collect();
        if points.len() > 1 {
            page.polyline(&points, INK, 1.4, dash);
        }
        for (px, py) in &points {
            page.circle(*px, *py, 2.6, if before { INK } else { "#ffffff" }, INK);
        }
    }
    let days: Vec<String> = rated.iter().map(|r| short_day(r.date())).collect();
    let every = (n / 8).max(1).max(spaced(&days, at(1) - at(0)));
    for (i, label) in days.iter().enumerate() {
        if i % every == 0 {
            let lw = width(label, 7.5, Weight::Regular);
            page.text(
                at(i) - lw / 2.0,
                base + 11.0,
                7.5,
                Weight::Regular,
                GREY,
                label,
            );
        }
    }
    // The legend.
    let lx = chart_x + chart_w + 18.0;
    let legend = [
        (tr!("report-before"), false, INK),
        (tr!("report-after"), true, "#ffffff"),
    ];
    let mut ly = top + 18.0;
    for (label, dash, fill) in &legend {
        page.polyline(&[(lx, ly), (lx + 26.0, ly)], INK, 1.4, *dash);
        page.circle(lx + 13.0, ly, 2.6, fill, INK);
        // The room right of the line, to the margin.
        let (size, lines) = fit(label, 9.0, Weight::Regular, x + w - lx - 32.0);
        for (j, line) in lines.iter().enumerate() {
            let y = ly + 3.5 + j as f32 * size * 1.2;
            page.text(lx + 32.0, y, size, Weight::Regular, INK, line);
        }
        ly += 18.0 + size * 1.2 * (lines.len() - 1) as f32;
    }
    flow.y = top + h + 4.0;
}

/// The moves skipped most often, with how often they came up.
fn skipped(flow: &mut Flow, records: &[&Record]) {
    let mut counts: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for r in records {
        for m in &r.moves {
            if m.status == MoveStatus::NotReached {
                continue;
            }
            let c = counts.entry(m.name.as_str()).or_default();
            c.1 += 1;
            c.0 += usize::from(m.status == MoveStatus::Skipped);
        }
    }
    let mut list: Vec<(&str, usize, usize)> = counts
        .into_iter()
        .filter(|(_, (s, _))| *s > 0)
        .map(|(n, (s, t))| (n, s, t))
        .collect();
    list.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    list.truncate(8);
    heading(
        flow,
        &tr!("report-skipped"),
        14.0 * list.len().max(1) as f32,
    );
    if list.is_empty() {
        flow.paragraph(&tr!("report-skipped-none"), 9.5, Weight::Regular, INK);
        return;
    }
    for (name, skipped, total) in list {
        flow.paragraph(
            &tr!(
                "report-skipped-move",
                move = name,
                skipped = skipped,
                total = total
            ),
            9.5,
            Weight::Regular,
            INK,
        );
    }
}

/// Each question asked, with how it was answered and when "yes".
fn answers(flow: &mut Flow, records: &[&Record]) {
    let mut by_question: BTreeMap<&str, (Vec<NaiveDate>, usize)> = BTreeMap::new();
    for r in records {
        for a in &r.answers {
            let e = by_question.entry(a.question.as_str()).or_default();
            match a.answer {
                Reply::Yes => e.0.push(r.date()),
                Reply::No => e.1 += 1,
            }
        }
    }
    heading(
        flow,
        &tr!("report-answers"),
        14.0 * by_question.len().max(1) as f32,
    );
    if by_question.is_empty() {
        flow.paragraph(&tr!("report-answers-none"), 9.5, Weight::Regular, INK);
        return;
    }
    for (question, (yes, no)) in by_question {
        let line = if yes.is_empty() {
            tr!("report-answer", question = question, yes = 0, no = no)
        } else {
            let days: Vec<String> = yes.iter().map(|d| short_day(*d)).collect();
            tr!(
                "report-answer-days",
                question = question,
                yes = yes.len(),
                no = no,
                days = days.join(", ")
            )
        };
        flow.paragraph(&line, 9.5, Weight::Regular, INK);
    }
}

/// Every note, oldest first, with its date, routine and pain.
fn notes(flow: &mut Flow, records: &[&Record]) {
    let mut with_notes: Vec<&&Record> = records
        .iter()
        .filter(|r| r.note.as_deref().is_some_and(|n| !n.trim().is_empty()))
        .collect();
    with_notes.sort_by_key(|r| r.started_at);
    heading(flow, &tr!("report-notes"), 28.0);
    if with_notes.is_empty() {
        flow.paragraph(&tr!("report-notes-none"), 9.5, Weight::Regular, INK);
        return;
    }
    for r in with_notes {
        let date = crate::i18n::format_date(r.date(), &tr!("report-note-date"));
        let routine = &r.routine_name;
        let head = match (r.pain_before, r.pain_after) {
            (Some(b), Some(a)) => tr!(
                "report-note-head-pain",
                date = date,
                routine = routine,
                before = b.get(),
                after = a.get()
            ),
            (Some(b), None) => tr!(
                "report-note-head-before",
                date = date,
                routine = routine,
                before = b.get()
            ),
            (None, Some(a)) => tr!(
                "report-note-head-after",
                date = date,
                routine = routine,
                after = a.get()
            ),
            (None, None) => tr!("report-note-head", date = date, routine = routine),
        };
        let body = wrap(
            r.note.as_deref().unwrap_or(""),
            9.5,
            Weight::Regular,
            flow.width() - 12.0,
        );
        flow.room(13.0 * (body.len() + 1) as f32 + 4.0);
        flow.paragraph(&head, 9.0, Weight::Bold, GREY);
        let x = flow.left() + 12.0;
        for line in body {
            flow.y += 12.8;
            let y = flow.y;
            flow.page()
                .text(x, y - 3.0, 9.5, Weight::Regular, INK, &line);
        }
        flow.y += 4.0;
    }
}
