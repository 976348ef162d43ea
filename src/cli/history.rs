//! `limber history`: the sessions as a table with the summary, or as CSV or
//! JSON for a spreadsheet or another program.

use std::io::Write;
use std::process::ExitCode;
use std::time::Duration;

use chrono::NaiveDate;

use crate::history::{self, Format, Pain, Record, Stats};
use crate::routine::{clock, human};
use crate::tr;

fn out(text: &str) {
    // A closed pipe (`limber history | head`) is not an error.
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
}

fn err(text: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{text}");
}

/// Parses `--since`.
pub fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| tr!("cli-bad-date", text = s))
}

pub fn run(format: Option<Format>, since: Option<NaiveDate>) -> ExitCode {
    let paths = match super::paths() {
        Ok(p) => p,
        Err(code) => return code,
    };
    let path = paths.history();
    let loaded = match history::load(&path) {
        Ok(h) => h,
        Err(e) => {
            err(&tr!("cli-history-unreadable", error = e.to_string()));
            return ExitCode::from(1);
        }
    };
    for w in &loaded.warnings {
        err(&tr!(
            "cli-warning",
            notice = format!("{}:{}: {}", path.display(), w.line, w.message)
        ));
    }
    if let Some(newest) = loaded.newer.iter().map(|n| n.version).max() {
        err(&tr!(
            "cli-history-newer",
            count = loaded.newer.len(),
            version = newest,
            file = path.display().to_string()
        ));
    }
    let records: Vec<Record> = loaded
        .records
        .into_iter()
        .filter(|r| since.is_none_or(|d| r.date() >= d))
        .collect();
    // Movement breaks per local day (a ledger that cannot be read: none).
    let mut breaks = crate::breaks::summary::by_day(
        &crate::breaks::ledger::load(&paths.breaks()).unwrap_or_default(),
    );
    breaks.retain(|day, _| since.is_none_or(|d| *day >= d));
    match format {
        Some(f) => out(&f.render(&records, &crate::breaks::summary::for_json(&breaks))),
        None => {
            let today = chrono::Local::now().date_naive();
            out(&table(&records, &Stats::new(&records, today)));
            // Planned against done, once reminders are planned.
            let ledger = crate::reminders::ledger::Ledger::load(&paths.plan()).unwrap_or_default();
            let sessions = crate::reminders::adherence::sessions_of(&records);
            let week = crate::reminders::adherence::this_week(&ledger, &sessions, today);
            if let Some(words) = week.words() {
                out(&format!("{}\n", tr!("cli-this-week", planned = words)));
            }
            // Movement breaks today, once there are any.
            if let Some(day) = breaks.get(&today) {
                out(&format!(
                    "{}\n",
                    tr!("cli-breaks-today", breaks = day.words())
                ));
            }
            if records.is_empty() && since.is_none() {
                out(&format!(
                    "{}\n",
                    tr!("cli-history-where", file = path.display().to_string())
                ));
            }
        }
    }
    ExitCode::SUCCESS
}

fn pain(before: Option<Pain>, after: Option<Pain>) -> String {
    let show = |p: Option<Pain>| p.map_or("–".to_string(), |p| p.to_string());
    if before.is_none() && after.is_none() {
        String::new()
    } else {
        format!("{} → {}", show(before), show(after))
    }
}

/// The sessions, oldest first, then the totals and the plain-words summary.
pub fn table(records: &[Record], stats: &Stats) -> String {
    let mut text = String::new();
    if !records.is_empty() {
        let headers = [
            tr!("cli-history-date"),
            tr!("cli-history-start"),
            tr!("cli-history-routine"),
            tr!("cli-history-status"),
            tr!("cli-history-active"),
            tr!("cli-history-moves"),
            tr!("cli-history-pain"),
            tr!("cli-history-note"),
        ];
        let (done, stopped) = (tr!("cli-history-done"), tr!("cli-history-stopped"));
        // Each column as wide as its header and its widest value.
        let wide = |header: &String, least: usize| header.chars().count().max(least);
        let name_width = records
            .iter()
            .map(|r| r.routine_name.chars().count())
            .max()
            .unwrap_or(0)
            .max(wide(&headers[2], 0));
        let widths = [
            wide(&headers[0], 10),
            wide(&headers[1], 5),
            name_width,
            wide(
                &headers[3],
                done.chars().count().max(stopped.chars().count()).max(7),
            ),
            wide(&headers[4], 7),
            wide(&headers[5], 5),
            wide(&headers[6], 7),
        ];
        let [w0, w1, w2, w3, w4, w5, w6] = widths;
        text.push_str(&format!(
            "{:w0$}  {:w1$}  {:w2$}  {:w3$}  {:>w4$}  {:>w5$}  {:w6$}  {}\n",
            headers[0],
            headers[1],
            headers[2],
            headers[3],
            headers[4],
            headers[5],
            headers[6],
            headers[7],
        ));
        for r in records {
            let note = r
                .note
                .as_deref()
                .unwrap_or("")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let line = format!(
                "{:w0$}  {:w1$}  {:w2$}  {:w3$}  {:>w4$}  {:>w5$}  {:w6$}  {note}",
                r.date().format("%Y-%m-%d").to_string(),
                r.started_at.format("%H:%M").to_string(),
                r.routine_name,
                if r.completed { &done } else { &stopped },
                clock(Duration::from_secs(r.active_seconds)),
                format!("{}/{}", r.moves_done(), r.moves.len()),
                pain(r.pain_before, r.pain_after),
            );
            text.push_str(line.trim_end());
            text.push('\n');
        }
        text.push('\n');
        text.push_str(&tr!(
            "cli-history-totals",
            sessions = records.len(),
            active = human(Duration::from_secs(stats.total_active_seconds)),
            current = stats.streaks.current,
            best = stats.streaks.best,
        ));
        text.push('\n');
    }
    text.push_str(&stats.overview.to_string());
    text.push('\n');
    if let Some(p) = &stats.overview.pain {
        text.push_str(&tr!(
            "cli-history-pain-explained",
            explanation = p.explain()
        ));
        text.push('\n');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::testing::record;

    #[test]
    fn table_lines_up_and_ends_with_the_summary() {
        let mut a = record("2025-03-01T08:00:00+00:00", "first,\nsecond line");
        a.routine_name = "A much longer routine name".into();
        let mut b = record("2025-03-02T18:30:00+01:00", "");
        b.note = None;
        b.completed = false;
        b.pain_after = None;
        let records = [a, b];
        let stats = Stats::new(&records, NaiveDate::from_ymd_opt(2025, 3, 2).unwrap());
        let text = table(&records, &stats);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines[0],
            "DATE        START  ROUTINE                     STATUS    ACTIVE  MOVES  PAIN     NOTE"
        );
        assert_eq!(
            lines[1],
            "2025-03-01  08:00  A much longer routine name  done       14:00    1/1  5 → 3    first, second line"
        );
        assert_eq!(
            lines[2],
            "2025-03-02  18:30  Sciatica relief             stopped    14:00    1/1  5 → –"
        );
        assert_eq!(lines[3], "");
        assert_eq!(
            lines[4],
            "2 sessions · 28 min active in all · current streak 2 days · best 2 days"
        );
        assert_eq!(
            lines[5],
            "2 sessions in the last 3 weeks · average pain before a session 5 → 5"
        );
        assert_eq!(
            lines[6],
            "(pain: your first rated session compared with your latest)"
        );
    }

    #[test]
    fn since_needs_a_real_date() {
        assert_eq!(
            parse_date("2024-02-29"),
            Ok(NaiveDate::from_ymd_opt(2024, 2, 29).unwrap())
        );
        assert!(parse_date("2025-02-29").is_err());
        assert!(parse_date("1 March").is_err());
    }
}
