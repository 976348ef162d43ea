//! A progress report to bring to an appointment: one or two pages a physio
//! can read in a minute. The period and its figures, active minutes per
//! week, pain before and after each session as a chart, the moves most
//! often skipped, the answers to the pain check, and the notes.

use std::collections::BTreeMap;

use chrono::{Datelike, Days, NaiveDate};

use super::layout::{Flow, GREY, INK, Page, RULE, SHADE, Weight, width, wrap};
use super::{Paper, PrintError};
use crate::history::{MoveStatus, Record, Reply, stats};
use crate::routine::human;

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
    flow.footer("Progress report · Limber");
    super::to_pdf(&flow.pages, &[], "Progress report")
}

fn day(d: NaiveDate) -> String {
    d.format("%-d %b %Y").to_string()
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
    flow.paragraph("Progress report", 22.0, Weight::Bold, INK);
    flow.paragraph(
        &format!(
            "Exercise sessions from {} to {} ({} week{}), as recorded by Limber",
            day(input.from),
            day(input.to),
            fmt_num(weeks),
            if (weeks - 1.0).abs() < 0.05 { "" } else { "s" }
        ),
        10.5,
        Weight::Regular,
        INK,
    );
    if count == 0 {
        flow.y += 8.0;
        flow.paragraph(
            "No sessions were recorded in this period.",
            11.0,
            Weight::Bold,
            INK,
        );
    }
    flow.y += 6.0;
}

fn fmt_num(x: f32) -> String {
    if (x - x.round()).abs() < 0.05 {
        format!("{}", x.round() as i64)
    } else {
        format!("{x:.1}")
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
            "Sessions",
            sessions,
            format!("{completed} finished, {} stopped early", done - completed),
        ),
        (
            "Active time",
            human(std::time::Duration::from_secs(active)),
            format!(
                "about {} min a week",
                (active as f32 / 60.0 / weeks).round()
            ),
        ),
        (
            "Days with a session",
            days.len().to_string(),
            format!("of {} days", (input.to - input.from).num_days() + 1),
        ),
        (
            "Pain after a session",
            pain_change(records),
            pain_note(records),
        ),
    ];
    let h = 58.0;
    flow.room(h);
    let (x, w, top) = (flow.left(), flow.width(), flow.y);
    let cell_w = (w - 3.0 * 8.0) / 4.0;
    let page = flow.page();
    for (i, (label, big, small)) in cells.iter().enumerate() {
        let cx = x + i as f32 * (cell_w + 8.0);
        page.rect(cx, top, cell_w, h, SHADE, RULE, 0.6);
        page.text(cx + 8.0, top + 14.0, 8.5, Weight::Bold, GREY, label);
        page.text(cx + 8.0, top + 34.0, 16.0, Weight::Bold, INK, big);
        page.text(cx + 8.0, top + 49.0, 8.0, Weight::Regular, INK, small);
    }
    flow.y = top + h + 6.0;
    let mut routines: BTreeMap<&str, usize> = BTreeMap::new();
    for r in records {
        *routines.entry(r.routine_name.as_str()).or_default() += 1;
    }
    if !routines.is_empty() {
        let list: Vec<String> = routines.iter().map(|(n, c)| format!("{n} ({c})")).collect();
        flow.paragraph(
            &format!("Routines: {}", list.join(", ")),
            9.0,
            Weight::Regular,
            INK,
        );
    }
    if let Some(a) = &input.planned {
        let mut line = format!(
            "Reminders: {} of {} planned sessions done",
            a.done, a.planned
        );
        let others: Vec<String> = [(a.skipped, "skipped"), (a.missed, "missed")]
            .iter()
            .filter(|(n, _)| *n > 0)
            .map(|(n, what)| format!("{n} {what}"))
            .collect();
        if !others.is_empty() {
            line.push_str(&format!(" ({})", others.join(", ")));
        }
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
        0 => "not rated".into(),
        1 => format!("{:.0}", after[0]),
        n => {
            let (a, b) = after.split_at(n / 2);
            let avg = |v: &[f32]| v.iter().sum::<f32>() / v.len() as f32;
            format!("{:.1} → {:.1}", avg(a), avg(b))
        }
    }
}

fn pain_note(records: &[&Record]) -> String {
    let rated = records.iter().filter(|r| r.pain_after.is_some()).count();
    match rated {
        0 => "no ratings in this period".into(),
        1 => "one rating (0–10)".into(),
        n => format!("earlier → later, {n} ratings"),
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
    heading(flow, "Active minutes per week", h);
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
    let every = (weeks.len() / 9).max(1);
    for (i, (monday, minutes)) in weeks.iter().enumerate() {
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
            let label = monday.format("%-d %b").to_string();
            page.text(bx, base + 11.0, 7.5, Weight::Regular, GREY, &label);
        }
    }
    flow.y = top + h + 4.0;
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
    heading(
        flow,
        "Pain before and after each session (0 = none, 10 = worst)",
        h,
    );
    if rated.is_empty() {
        flow.paragraph(
            "No session in this period has a pain rating. Turn on pain ratings in Limber's settings to see them here.",
            9.5,
            Weight::Regular,
            INK,
        );
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
    let every = (n / 8).max(1);
    for (i, r) in rated.iter().enumerate() {
        if i % every == 0 {
            let label = r.date().format("%-d %b").to_string();
            let lw = width(&label, 7.5, Weight::Regular);
            page.text(
                at(i) - lw / 2.0,
                base + 11.0,
                7.5,
                Weight::Regular,
                GREY,
                &label,
            );
        }
    }
    // The legend.
    let lx = chart_x + chart_w + 18.0;
    for (i, (label, dash, fill)) in [("Before", false, INK), ("After", true, "#ffffff")]
        .iter()
        .enumerate()
    {
        let ly = top + 18.0 + i as f32 * 18.0;
        page.polyline(&[(lx, ly), (lx + 26.0, ly)], INK, 1.4, *dash);
        page.circle(lx + 13.0, ly, 2.6, fill, INK);
        page.text(lx + 32.0, ly + 3.5, 9.0, Weight::Regular, INK, label);
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
        "Moves most often skipped",
        14.0 * list.len().max(1) as f32,
    );
    if list.is_empty() {
        flow.paragraph("No move was skipped.", 9.5, Weight::Regular, INK);
        return;
    }
    for (name, skipped, total) in list {
        flow.paragraph(
            &format!("{name}: skipped {skipped} of {total} times"),
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
        "Answers to the pain check",
        14.0 * by_question.len().max(1) as f32,
    );
    if by_question.is_empty() {
        flow.paragraph(
            "No question was asked in this period.",
            9.5,
            Weight::Regular,
            INK,
        );
        return;
    }
    for (question, (yes, no)) in by_question {
        let mut line = format!(
            "{question} Yes {} time{}, no {no}.",
            yes.len(),
            if yes.len() == 1 { "" } else { "s" }
        );
        if !yes.is_empty() {
            let days: Vec<String> = yes.iter().map(|d| d.format("%-d %b").to_string()).collect();
            line.push_str(&format!(" Yes on {}.", days.join(", ")));
        }
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
    heading(flow, "Notes", 28.0);
    if with_notes.is_empty() {
        flow.paragraph("No notes in this period.", 9.5, Weight::Regular, INK);
        return;
    }
    for r in with_notes {
        let pain = match (r.pain_before, r.pain_after) {
            (Some(b), Some(a)) => format!(" · pain {b} → {a}"),
            (Some(b), None) => format!(" · pain before {b}"),
            (None, Some(a)) => format!(" · pain after {a}"),
            (None, None) => String::new(),
        };
        let head = format!(
            "{} {} · {}{pain}",
            r.date().weekday(),
            r.date().format("%-d %b"),
            r.routine_name
        );
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
