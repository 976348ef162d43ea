//! `limber reminders [--json]`: the coming week's reminders, with what
//! became of today's (done, snoozed, skipped), and this week's count of
//! planned against done.

use std::io::Write;
use std::process::ExitCode;

use chrono::{DateTime, Local, NaiveDate};
use serde_json::json;

use crate::history;
use crate::paths::Paths;
use crate::reminders::adherence::{self, Adherence};
use crate::reminders::ledger::{Ledger, Outcome};
use crate::reminders::schedule::{Occurrence, occurrences};
use crate::reminders::{Reminder, clock_time, short_date};
use crate::routine::Entry;
use crate::state::State;
use crate::tr;

/// One reminder of the week and what became of it.
struct Row {
    when: DateTime<Local>,
    routine: String,
    name: Option<String>,
    status: String,
    until: Option<String>,
}

pub fn run(paths: &Paths, reminders: &[Reminder], json: bool) -> ExitCode {
    let now = Local::now();
    let today = now.date_naive();
    let ledger = Ledger::load(&paths.plan()).unwrap_or_else(|e| {
        let _ = writeln!(
            std::io::stderr(),
            "{}",
            tr!("cli-warning", notice = e.to_string())
        );
        Ledger::default()
    });
    let records = history::load(&paths.history())
        .map(|h| h.records)
        .unwrap_or_default();
    let sessions = adherence::sessions_of(&records);
    let entries = crate::routine::library(&paths.routines());
    let rows: Vec<Row> = occurrences(reminders, today, 7, &Local)
        .into_iter()
        .map(|o| row(&o, &ledger, &sessions, &entries, now))
        .collect();
    let week = adherence::this_week(&ledger, &sessions, today);
    let paused = State::load(&paths.state())
        .paused_until()
        .filter(|u| *u > now.fixed_offset());
    let text = if json {
        let items: Vec<_> = rows
            .iter()
            .map(|r| {
                json!({
                    "date": r.when.date_naive().to_string(),
                    "at": r.when.format("%H:%M").to_string(),
                    "weekday": r.when.format("%a").to_string(),
                    "routine": r.routine,
                    "name": r.name,
                    "status": r.status,
                    "until": r.until,
                })
            })
            .collect();
        let doc = json!({
            "reminders": items,
            "paused_until": paused.map(|p| p.to_rfc3339()),
            "this_week": week,
        });
        format!(
            "{}\n",
            serde_json::to_string_pretty(&doc).unwrap_or_default()
        )
    } else {
        table(
            reminders,
            &rows,
            &week,
            paused.map(|p| p.with_timezone(&Local)),
            today,
        )
    };
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
    ExitCode::SUCCESS
}

fn row(
    o: &Occurrence<Local>,
    ledger: &Ledger,
    sessions: &dyn Fn(&str, NaiveDate) -> usize,
    entries: &[Entry],
    now: DateTime<Local>,
) -> Row {
    let entry = ledger.get(&o.slot);
    let mut until = None;
    let status = match entry.map(|e| (e.outcome, e.until)) {
        Some((Outcome::Snoozed, u)) => {
            until = u.map(|u| u.with_timezone(&Local).format("%H:%M").to_string());
            "snoozed".to_string()
        }
        Some((outcome, _))
            if sessions(&o.slot.routine, o.slot.date) > 0 && outcome != Outcome::Skipped =>
        {
            "done".to_string()
        }
        Some((outcome, _)) => outcome.label().to_string(),
        None if o.slot.date == now.date_naive() && sessions(&o.slot.routine, o.slot.date) > 0 => {
            "done".to_string()
        }
        // Passed with nothing shown (the service was not running): the
        // service shows it when it starts, if the day is not over.
        None if o.when <= now => "due".to_string(),
        None => "planned".to_string(),
    };
    let name = entries
        .iter()
        .find(|e| e.id == o.slot.routine)
        .and_then(|e| e.usable().map(|r| r.name.clone()));
    // The service leaves a reminder without a usable routine out: off.
    let (status, until) = match name {
        Some(_) => (status, until),
        None => ("off".to_string(), None),
    };
    Row {
        when: o.when,
        name,
        routine: o.slot.routine.clone(),
        status,
        until,
    }
}

fn table(
    reminders: &[Reminder],
    rows: &[Row],
    week: &Adherence,
    paused: Option<DateTime<Local>>,
    today: NaiveDate,
) -> String {
    let mut out = String::new();
    if reminders.is_empty() {
        out.push_str(&tr!("cli-reminders-none"));
        out.push('\n');
        return out;
    }
    if let Some(p) = paused {
        out.push_str(&tr!(
            "cli-reminders-paused",
            date = short_date(p.date_naive()),
            time = p.format("%H:%M").to_string()
        ));
        out.push('\n');
    }
    let mut lines = vec![(
        tr!("cli-reminders-when"),
        tr!("cli-reminders-routine"),
        tr!("cli-reminders-status"),
    )];
    for r in rows {
        let time = clock_time::format(&r.when.time());
        let when = if r.when.date_naive() == today {
            tr!("cli-reminders-today-at", time = time)
        } else {
            tr!(
                "cli-reminders-date-at",
                date = short_date(r.when.date_naive()),
                time = time
            )
        };
        // A routine that is gone: its id, and the reason in the status.
        let name = r.name.clone().unwrap_or_else(|| r.routine.clone());
        let status = status_words(&r.status, r.until.as_deref());
        lines.push((when, name, status));
    }
    // Columns as wide as their widest cell, so long names stay in line.
    let width = |cell: fn(&(String, String, String)) -> &String| {
        lines
            .iter()
            .map(|l| cell(l).chars().count())
            .max()
            .unwrap_or(0)
    };
    let (when_w, name_w) = (width(|l| &l.0), width(|l| &l.1));
    for (when, name, status) in &lines {
        out.push_str(&format!("{when:<when_w$}  {name:<name_w$}  {status}\n"));
    }
    if let Some(words) = week.words() {
        out.push_str(&tr!("cli-this-week", planned = words));
        out.push('\n');
    }
    out
}

/// A reminder's status (as `--json` gives it) in words.
fn status_words(status: &str, until: Option<&str>) -> String {
    match (status, until) {
        ("snoozed", Some(until)) => tr!("cli-reminders-snoozed-until", time = until),
        ("snoozed", None) => tr!("cli-reminders-snoozed"),
        ("planned", _) => tr!("cli-reminders-planned"),
        ("due", _) => tr!("cli-reminders-due"),
        ("done", _) => tr!("cli-reminders-done"),
        ("shown", _) => tr!("cli-reminders-shown"),
        ("started", _) => tr!("cli-reminders-started"),
        ("skipped", _) => tr!("cli-reminders-skipped"),
        ("missed", _) => tr!("cli-reminders-missed"),
        ("off", _) => tr!("cli-reminders-no-routine"),
        (other, _) => other.to_string(),
    }
}
