//! CSV and JSON exports of the history, for `limber history` and the
//! screen's export button. JSON carries the movement breaks per day too;
//! CSV is one row per session, for a spreadsheet.

use std::io;
use std::path::Path;
use std::time::Duration;

use serde::Serialize;

use super::record::Record;
use crate::routine::clock;
use crate::timefmt::rfc3339;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Json => "json",
        }
    }

    /// The sessions (and, in JSON, the breaks per day) in this format.
    pub fn render(self, records: &[Record], breaks: &impl Serialize) -> String {
        match self {
            Format::Csv => to_csv(records),
            Format::Json => to_json(records, breaks),
        }
    }
}

/// The CSV columns, in order.
pub const CSV_HEADER: [&str; 16] = [
    "started_at",
    "ended_at",
    "date",
    "routine",
    "routine_name",
    "completed",
    "active_seconds",
    "active_minutes",
    "moves_done",
    "moves_skipped",
    "moves_total",
    "pain_before",
    "pain_after",
    "note",
    "moves",
    "answers",
];

/// RFC 4180 CSV: a header row, CRLF line ends, and fields holding a comma,
/// a quote or a line break wrapped in quotes with quotes doubled. Times are
/// RFC 3339 with their offset; `date` is the session's local day
/// (YYYY-MM-DD) so that a spreadsheet can group by it. An empty cell is a
/// value not given. The cells stay in English whatever the language (this
/// is `limber history --csv` too), so a spreadsheet always reads the same
/// words.
pub fn to_csv(records: &[Record]) -> String {
    let mut out = String::new();
    push_row(&mut out, CSV_HEADER.iter().map(|h| h.to_string()));
    for r in records {
        let pain = |p: Option<super::Pain>| p.map(|p| p.to_string()).unwrap_or_default();
        let moves = r
            .moves
            .iter()
            .map(|m| {
                let mut s = format!("{}: {}", m.name, m.status.csv_label());
                if m.seconds > 0 {
                    s.push(' ');
                    s.push_str(&clock(Duration::from_secs(m.seconds)));
                }
                s
            })
            .collect::<Vec<_>>()
            .join("; ");
        let answers = r
            .answers
            .iter()
            .map(|a| format!("{} {}", a.question, a.answer.csv_label()))
            .collect::<Vec<_>>()
            .join("; ");
        push_row(
            &mut out,
            [
                rfc3339::format(&r.started_at),
                rfc3339::format(&r.ended_at),
                r.date().format("%Y-%m-%d").to_string(),
                r.routine.clone(),
                r.routine_name.clone(),
                r.completed.to_string(),
                r.active_seconds.to_string(),
                format!("{:.1}", r.active_seconds as f64 / 60.0),
                r.moves_done().to_string(),
                r.moves_skipped().to_string(),
                r.moves.len().to_string(),
                pain(r.pain_before),
                pain(r.pain_after),
                r.note.clone().unwrap_or_default(),
                moves,
                answers,
            ]
            .into_iter(),
        );
    }
    out
}

fn push_row(out: &mut String, cells: impl Iterator<Item = String>) {
    for (i, cell) in cells.enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_cell(out, &cell);
    }
    out.push_str("\r\n");
}

fn push_cell(out: &mut String, cell: &str) {
    if cell.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&cell.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(cell);
    }
}

#[derive(Serialize)]
struct Document<'a, B: Serialize> {
    sessions: &'a [Record],
    breaks: &'a B,
}

/// A JSON object: `sessions`, an array of the records, each as in the
/// history file (`routine`, `started_at` and `ended_at` in RFC 3339,
/// `completed`, `active_seconds`, `pain_before` and `pain_after`, `null`
/// when not given, and the rest); and `breaks`, the movement breaks per
/// local day, oldest first (as `breaks::summary::for_json` gives them;
/// passed in, so the history does not depend on the breaks).
pub fn to_json(records: &[Record], breaks: &impl Serialize) -> String {
    let document = Document {
        sessions: records,
        breaks,
    };
    let mut text = serde_json::to_string_pretty(&document).expect("the history always serializes");
    text.push('\n');
    text
}

/// Writes an export to `path` atomically (see [`crate::files`]).
pub fn save(
    path: &Path,
    format: Format,
    records: &[Record],
    breaks: &impl Serialize,
) -> io::Result<()> {
    crate::files::write_atomic(path, format.render(records, breaks).as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::breaks::summary::{Day, for_json};
    use crate::history::record::{GateAnswer, MoveRecord, MoveStatus, Pain, Reply};
    use crate::history::testing::record;
    use chrono::NaiveDate;
    use std::collections::BTreeMap;

    /// No breaks.
    fn none() -> Vec<()> {
        Vec::new()
    }

    /// A small RFC 4180 reader, to check that what is written reads back.
    fn read_csv(text: &str) -> Vec<Vec<String>> {
        let mut rows = Vec::new();
        let mut row = Vec::new();
        let mut cell = String::new();
        let mut chars = text.chars().peekable();
        let mut quoted = false;
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                (true, '"') => quoted = false,
                (true, c) => cell.push(c),
                (false, '"') if cell.is_empty() => quoted = true,
                (false, ',') => row.push(std::mem::take(&mut cell)),
                (false, '\r') if chars.peek() == Some(&'\n') => {
                    chars.next();
                    row.push(std::mem::take(&mut cell));
                    rows.push(std::mem::take(&mut row));
                }
                (false, c) => {
                    assert!(
                        c != '\n' && c != '"',
                        "bare {c:?} outside quotes in {text:?}"
                    );
                    cell.push(c);
                }
            }
        }
        assert!(
            !quoted && cell.is_empty() && row.is_empty(),
            "unterminated: {text:?}"
        );
        rows
    }

    fn tricky() -> Record {
        let mut r = record(
            "2025-03-30T08:05:00+01:00",
            "felt \"good\", mostly\nleft side tight",
        );
        r.routine_name = "Sciatica, gentle \"slow\" version".into();
        r.pain_before = None;
        r.moves = vec![
            MoveRecord {
                id: "figure-4".into(),
                name: "Figure-4, seated".into(),
                status: MoveStatus::Done,
                seconds: 95,
            },
            MoveRecord {
                id: "bridge".into(),
                name: "Bridge".into(),
                status: MoveStatus::NotReached,
                seconds: 0,
            },
        ];
        r.answers = vec![GateAnswer {
            section: "Strengthen".into(),
            question: "Any pain after stretching?".into(),
            answer: Reply::No,
        }];
        r.completed = false;
        r
    }

    #[test]
    fn csv_quotes_commas_quotes_and_newlines() {
        let text = to_csv(&[tricky()]);
        let expected_row = concat!(
            "2025-03-30T08:05:00+01:00,2025-03-30T08:20:00+01:00,2025-03-30,",
            "sciatica-relief,\"Sciatica, gentle \"\"slow\"\" version\",false,840,14.0,",
            "1,0,2,,3,\"felt \"\"good\"\", mostly\nleft side tight\",",
            "\"Figure-4, seated: done 1:35; Bridge: not reached\",",
            "Any pain after stretching? no\r\n"
        );
        assert_eq!(text, format!("{}\r\n{expected_row}", CSV_HEADER.join(",")));
        let rows = read_csv(&text);
        assert_eq!(rows.len(), 2);
        assert!(rows.iter().all(|r| r.len() == CSV_HEADER.len()));
        assert_eq!(rows[1][4], "Sciatica, gentle \"slow\" version");
        assert_eq!(rows[1][13], "felt \"good\", mostly\nleft side tight");
        assert_eq!(rows[1][11], "", "pain before not given");
    }

    #[test]
    fn csv_round_trips_awkward_text() {
        let awkward = [
            "",
            "plain",
            ",",
            "\"",
            "\"\"",
            "a\r\nb",
            "\n",
            "ends with quote\"",
            "é → ✓",
            " lead",
        ];
        for note in awkward {
            let mut r = record("2025-01-01T08:00:00+00:00", note);
            r.routine_name = format!("{note},{note}");
            let rows = read_csv(&to_csv(&[r]));
            assert_eq!(rows[1][13], note);
            assert_eq!(rows[1][4], format!("{note},{note}"));
        }
    }

    #[test]
    fn json_has_the_documented_fields_with_nulls() {
        let text = to_json(
            &[tricky(), record("2024-12-31T23:59:59-08:00", "b")],
            &none(),
        );
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value["breaks"], serde_json::json!([]));
        let items = value["sessions"].as_array().unwrap();
        assert_eq!(items.len(), 2);
        let first = &items[0];
        assert_eq!(first["routine"], "sciatica-relief");
        assert_eq!(first["started_at"], "2025-03-30T08:05:00+01:00");
        assert_eq!(first["ended_at"], "2025-03-30T08:20:00+01:00");
        assert_eq!(first["completed"], false);
        assert_eq!(first["active_seconds"], 840);
        assert!(first["pain_before"].is_null());
        assert_eq!(first["pain_after"], 3);
        assert_eq!(items[1]["started_at"], "2024-12-31T23:59:59-08:00");
        for key in ["started_at", "ended_at"] {
            let s = items[1][key].as_str().unwrap();
            assert!(chrono::DateTime::parse_from_rfc3339(s).is_ok(), "{s}");
        }
        assert_eq!(
            to_json(&[], &none()),
            "{\n  \"sessions\": [],\n  \"breaks\": []\n}\n"
        );
    }

    #[test]
    fn json_has_the_breaks_per_day() {
        let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let breaks = BTreeMap::from([
            (
                day("2026-12-08"),
                Day {
                    offered: 1,
                    ..Day::default()
                },
            ),
            (
                day("2026-12-07"),
                Day {
                    offered: 3,
                    taken: 2,
                    snoozed: 1,
                    skipped: 1,
                    rested: 1,
                    stretches_min: vec![50, 30, 46],
                },
            ),
        ]);
        let value: serde_json::Value =
            serde_json::from_str(&to_json(&[], &for_json(&breaks))).unwrap();
        assert_eq!(
            value["breaks"],
            serde_json::json!([
                {"date": "2026-12-07", "offered": 3, "taken": 2, "snoozed": 1, "skipped": 1,
                 "rested": 1, "sitting_minutes": [50, 30, 46], "average_sitting_minutes": 42},
                {"date": "2026-12-08", "offered": 1, "taken": 0, "snoozed": 0, "skipped": 0,
                 "rested": 0, "sitting_minutes": [], "average_sitting_minutes": null},
            ])
        );
    }

    #[test]
    fn save_writes_the_whole_export_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("history.csv");
        std::fs::write(&path, "old").unwrap();
        let r = record("2025-01-01T08:00:00+00:00", "x").with_pain(Pain::new(1), None);
        save(&path, Format::Csv, std::slice::from_ref(&r), &none()).unwrap();
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            to_csv(std::slice::from_ref(&r))
        );
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1);
        // A file where a folder should be: the export fails, nothing is lost.
        let err = save(&path.join("x.json"), Format::Json, &[], &none());
        assert!(err.is_err());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), to_csv(&[r]));
    }
}
