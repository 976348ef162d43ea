//! What became of each stretch of sitting, one JSON line per event in
//! `breaks.jsonl` (in the data folder, beside the history): offered,
//! taken, snoozed, skipped, or rested without a notice, each with the
//! sitting time it followed. Append-only, read back leniently.
//!
//! ```json
//! {"at":"2026-12-07T09:45:00+01:00","outcome":"offered","sitting_min":45}
//! ```

use std::path::Path;

use crate::files::FileError;

pub use super::timer::{Line, Outcome};

pub fn append(path: &Path, line: &Line) -> Result<(), FileError> {
    let json = serde_json::to_vec(line).expect("a ledger line always serializes");
    crate::jsonl::append(path, json).map_err(FileError::at(path))
}

/// The lines that read; a torn or foreign line is skipped.
pub fn parse(bytes: &[u8]) -> Vec<Line> {
    bytes
        .split(|b| *b == b'\n')
        .filter_map(|l| serde_json::from_slice(l).ok())
        .collect()
}

pub fn load(path: &Path) -> Result<Vec<Line>, FileError> {
    crate::jsonl::read(path)
        .map(|bytes| parse(&bytes))
        .map_err(FileError::at(path))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::DateTime;

    #[test]
    fn lines_are_written_and_read_back_and_a_torn_one_is_skipped() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("breaks.jsonl");
        let at = DateTime::parse_from_rfc3339("2026-12-07T09:45:00+01:00").unwrap();
        let offered = Line {
            at,
            outcome: Outcome::Offered,
            sitting_min: 45,
        };
        append(&path, &offered).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(
            text.trim(),
            r#"{"at":"2026-12-07T09:45:00+01:00","outcome":"offered","sitting_min":45}"#
        );
        std::fs::write(&path, format!("{text}{{\"at\":\"2026-12")).unwrap();
        let taken = Line {
            outcome: Outcome::Taken,
            ..offered.clone()
        };
        append(&path, &taken).unwrap();
        assert_eq!(load(&path).unwrap(), [offered, taken]);
    }
}
