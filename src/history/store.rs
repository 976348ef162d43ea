//! `history.jsonl`: appending a record, loading them all.
//!
//! The file is only ever appended to; nothing in Limber rewrites it. Each
//! append is one `write` of a whole line to a file opened with `O_APPEND`,
//! made while holding an exclusive lock on the file, then fsynced before
//! [`append`] returns, so two Limber instances never interleave and a
//! record that was acknowledged survives a crash or power cut. If an
//! earlier crash left a torn last line (no newline at the end), the next
//! append starts on a fresh line so that it is never glued to the torn one.

use std::fmt;
use std::io;
use std::path::Path;

use serde::Deserialize;

use super::record::{FORMAT_VERSION, Record};
use crate::files::FileError;
use crate::tr;

/// Everything read from a history file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct History {
    /// Readable records, oldest start first (file order among equal starts).
    pub records: Vec<Record>,
    /// Lines written by a newer Limber: kept in the file, not shown.
    pub newer: Vec<NewerLine>,
    /// Lines that were skipped, in file order.
    pub warnings: Vec<Warning>,
}

/// A record from a newer format version, kept as it was read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewerLine {
    /// 1-based line number in the file.
    pub line: usize,
    pub version: u64,
    pub text: String,
}

/// A line that could not be read; the lines after it still are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// 1-based line number in the file.
    pub line: usize,
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum HistoryError {
    #[error(transparent)]
    Io(#[from] FileError),
    #[error("cannot record a session: {0}")]
    Invalid(String),
}

fn io_error(path: &Path) -> impl FnOnce(io::Error) -> HistoryError + '_ {
    move |source| HistoryError::Io(FileError::new(path, &source))
}

/// Appends one record as one line, creating the file (and its folder) if
/// needed. Returns only once the line is on disk.
pub fn append(path: &Path, record: &Record) -> Result<(), HistoryError> {
    if record.v != FORMAT_VERSION {
        return Err(HistoryError::Invalid(format!(
            "record has format version {}, this Limber writes {FORMAT_VERSION}",
            record.v
        )));
    }
    let json = serde_json::to_vec(record).map_err(|e| HistoryError::Invalid(e.to_string()))?;
    crate::jsonl::append(path, json).map_err(io_error(path))
}

/// Loads the history. A missing file is an empty history.
pub fn load(path: &Path) -> Result<History, HistoryError> {
    let bytes = crate::jsonl::read(path).map_err(io_error(path))?;
    Ok(parse(&bytes))
}

/// Only the version of a line that is not a readable record.
#[derive(Deserialize)]
struct Probe {
    v: Option<serde_json::Value>,
}

/// Reads the records out of the bytes of a history file.
pub fn parse(bytes: &[u8]) -> History {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut history = History::default();
    for (i, raw) in bytes.split(|&b| b == b'\n').enumerate() {
        let line = i + 1;
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        if raw.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let text = match std::str::from_utf8(raw) {
            Ok(t) => t,
            Err(_) => {
                history.warnings.push(Warning {
                    line,
                    message: tr!("history-line-not-utf8"),
                });
                continue;
            }
        };
        match serde_json::from_str::<Record>(text) {
            Ok(r) if r.v == FORMAT_VERSION => history.records.push(r),
            Ok(r) => version_only(&mut history, line, text, Some(u64::from(r.v))),
            Err(e) => {
                let v = serde_json::from_str::<Probe>(text)
                    .ok()
                    .and_then(|p| p.v)
                    .and_then(|v| v.as_u64());
                if v.is_some_and(|v| v > u64::from(FORMAT_VERSION)) {
                    version_only(&mut history, line, text, v);
                } else {
                    history.warnings.push(Warning {
                        line,
                        message: tr!("history-line-unreadable", reason = e.to_string()),
                    });
                }
            }
        }
    }
    history.records = latest_versions(std::mem::take(&mut history.records));
    history
        .records
        .sort_by_key(|r| r.started_at.with_timezone(&chrono::Utc));
    history
}

/// Keeps the last line written for each session id (in the place of the
/// first); records without an id are all kept.
fn latest_versions(records: Vec<Record>) -> Vec<Record> {
    let mut out: Vec<Record> = Vec::with_capacity(records.len());
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for record in records {
        match record.id.clone() {
            Some(id) => match seen.get(&id) {
                Some(&i) => out[i] = record,
                None => {
                    seen.insert(id, out.len());
                    out.push(record);
                }
            },
            None => out.push(record),
        }
    }
    out
}

fn version_only(history: &mut History, line: usize, text: &str, v: Option<u64>) {
    match v {
        Some(version) if version > u64::from(FORMAT_VERSION) => history.newer.push(NewerLine {
            line,
            version,
            text: text.to_string(),
        }),
        _ => history.warnings.push(Warning {
            line,
            message: match v {
                Some(version) => tr!("history-line-version", version = version.to_string()),
                None => tr!("history-line-no-version"),
            },
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::testing::record;

    #[test]
    fn a_later_line_with_the_same_id_replaces_the_earlier() {
        let first = record("2025-03-01T08:00:00+00:00", "").with_id("s1");
        let updated = first.clone().with_note("felt better").with_id("s1");
        let other = record("2025-03-02T08:00:00+00:00", "other").with_id("s2");
        // Same start, no id: both kept.
        let plain_a = record("2025-03-03T08:00:00+00:00", "a");
        let plain_b = record("2025-03-03T08:00:00+00:00", "b");
        let text = [&first, &other, &updated, &plain_a, &plain_b]
            .iter()
            .map(|r| line(r))
            .collect::<Vec<_>>()
            .join("\n");
        let h = parse(text.as_bytes());
        assert_eq!(notes(&h), ["felt better", "other", "a", "b"]);
    }

    fn line(r: &Record) -> String {
        serde_json::to_string(r).unwrap()
    }

    fn notes(h: &History) -> Vec<&str> {
        h.records
            .iter()
            .map(|r| r.note.as_deref().unwrap_or(""))
            .collect()
    }

    #[test]
    fn appended_records_load_back_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("data").join("history.jsonl");
        assert_eq!(load(&path).unwrap(), History::default(), "missing file");
        let a = record("2025-03-01T08:00:00+00:00", "a");
        let b = record("2025-03-02T08:00:00+00:00", "b");
        append(&path, &a).unwrap();
        append(&path, &b).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(text, format!("{}\n{}\n", line(&a), line(&b)));
        let h = load(&path).unwrap();
        assert_eq!(h.records, [a, b]);
        assert!(h.warnings.is_empty() && h.newer.is_empty());
    }

    #[test]
    fn garbage_in_the_middle_and_a_torn_last_line_hide_nothing_else() {
        let a = line(&record("2025-03-01T08:00:00+00:00", "a"));
        let b = line(&record("2025-03-02T08:00:00+00:00", "b"));
        let c = line(&record("2025-03-03T08:00:00+00:00", "c"));
        let mut bytes = Vec::new();
        bytes.extend_from_slice(format!("{a}\nnot json at all\n").as_bytes());
        bytes.extend_from_slice(b"\xff\xfe binary\n");
        bytes.extend_from_slice(format!("{{\"v\":1,\"routine\":3}}\n\n{b}\r\n").as_bytes());
        bytes.extend_from_slice(format!("{c}\n{}", &a[..a.len() / 2]).as_bytes());
        let h = parse(&bytes);
        assert_eq!(notes(&h), ["a", "b", "c"]);
        let lines: Vec<usize> = h.warnings.iter().map(|w| w.line).collect();
        assert_eq!(lines, [2, 3, 4, 8], "{:?}", h.warnings);
        assert!(
            h.warnings[2].message.contains("column 18"),
            "says where in the line: {}",
            h.warnings[2]
        );
        assert_eq!(h.warnings[0].to_string().split(':').next(), Some("line 2"));
    }

    #[test]
    fn appending_after_a_torn_line_starts_a_new_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("history.jsonl");
        let a = line(&record("2025-03-01T08:00:00+00:00", "a"));
        std::fs::write(&path, format!("{a}\n{}", &a[..40])).unwrap();
        let b = record("2025-03-02T08:00:00+00:00", "b");
        append(&path, &b).unwrap();
        let h = load(&path).unwrap();
        assert_eq!(notes(&h), ["a", "b"]);
        assert_eq!(h.warnings.len(), 1);
        assert_eq!(h.warnings[0].line, 2);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            text.starts_with(&format!("{a}\n{}\n{{", &a[..40])),
            "{text}"
        );
    }

    #[test]
    fn a_newer_version_is_kept_verbatim_through_later_appends() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("history.jsonl");
        let future = r#"{"v":2,"started_at":"2031-01-01T08:00:00+00:00","sessions":["a new shape"],"pain":{"scale":"vas"}}"#;
        // Also a v2 line that happens to fit the v1 shape: still not read.
        let mut fits = record("2030-01-01T08:00:00+00:00", "v2");
        fits.v = 2;
        let fits = line(&fits);
        let a = line(&record("2025-03-01T08:00:00+00:00", "a"));
        let original = format!("{a}\n{future}\n{fits}\n");
        std::fs::write(&path, &original).unwrap();

        let h = load(&path).unwrap();
        assert_eq!(notes(&h), ["a"]);
        assert!(h.warnings.is_empty(), "{:?}", h.warnings);
        assert_eq!(h.newer.len(), 2);
        assert_eq!((h.newer[0].line, h.newer[0].version), (2, 2));
        assert_eq!(h.newer[0].text, future);
        assert_eq!(h.newer[1].text, fits);

        append(&path, &record("2025-03-02T08:00:00+00:00", "b")).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.starts_with(&original), "{text}");
        let h = load(&path).unwrap();
        assert_eq!(notes(&h), ["a", "b"]);
        assert_eq!(h.newer.len(), 2);
    }

    #[test]
    fn unknown_version_and_missing_version_are_warnings() {
        let mut r = record("2025-03-01T08:00:00+00:00", "a");
        r.v = 0;
        let zero = line(&r);
        let h = parse(format!("{zero}\n{{\"started_at\":\"x\"}}\n").as_bytes());
        assert!(h.records.is_empty() && h.newer.is_empty());
        assert_eq!(h.warnings.len(), 2, "{:?}", h.warnings);
        assert!(
            h.warnings[0].message.contains("version 0"),
            "{}",
            h.warnings[0]
        );
    }

    #[test]
    fn out_of_range_pain_is_a_skipped_line() {
        let good = line(&record("2025-03-01T08:00:00+00:00", "a"));
        let bad = good.replace("\"pain_after\":3", "\"pain_after\":12");
        assert_ne!(good, bad);
        let h = parse(format!("{bad}\n{good}\n").as_bytes());
        assert_eq!(notes(&h), ["a"]);
        assert_eq!(h.warnings[0].line, 1);
        assert!(h.warnings[0].message.contains("between 0 and 10"));
    }

    #[test]
    fn records_are_sorted_by_the_instant_they_started() {
        // 08:30 in New York is after 09:00 in London on the same day.
        let ny = record("2025-03-01T08:30:00-05:00", "ny");
        let london = record("2025-03-01T09:00:00+00:00", "london");
        let h = parse(format!("{}\n{}\n", line(&ny), line(&london)).as_bytes());
        assert_eq!(notes(&h), ["london", "ny"]);
    }

    #[test]
    fn append_refuses_a_record_of_another_version() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("history.jsonl");
        let mut r = record("2025-03-01T08:00:00+00:00", "a");
        r.v = 2;
        assert!(matches!(append(&path, &r), Err(HistoryError::Invalid(_))));
        assert!(!path.exists());
    }

    #[test]
    fn threads_appending_at_once_lose_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("history.jsonl");
        std::thread::scope(|s| {
            for t in 0..4 {
                let path = &path;
                s.spawn(move || {
                    for i in 0..25 {
                        let note = format!("{t}-{i}-{}", "x".repeat(3000 * (i % 3)));
                        append(path, &record("2025-03-01T08:00:00+00:00", &note)).unwrap();
                    }
                });
            }
        });
        let h = load(&path).unwrap();
        assert!(h.warnings.is_empty(), "{:?}", h.warnings);
        let mut seen: Vec<String> = notes(&h)
            .iter()
            .map(|n| n.split('-').take(2).collect::<Vec<_>>().join("-"))
            .collect();
        seen.sort();
        let mut expected: Vec<String> = (0..4)
            .flat_map(|t| (0..25).map(move |i| format!("{t}-{i}")))
            .collect();
        expected.sort();
        assert_eq!(seen, expected);
    }
}
