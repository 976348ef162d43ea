//! The glue between the watched folders, the history and the sitting
//! timer.

use chrono::DateTime;

use super::*;
use crate::history::testing::record;
use crate::service::inputs_of_changes;

fn at(text: &str) -> DateTime<chrono::FixedOffset> {
    DateTime::parse_from_rfc3339(text).unwrap()
}

#[test]
fn sessions_of_the_break_routine_that_ended_since_the_last_time_are_breaks() {
    let config = Breaks::default();
    let desk = |start: &str, minutes: i64, completed: bool| {
        let mut r = record(start, "");
        r.routine = "desk-break".into();
        r.ended_at = r.started_at + chrono::Duration::minutes(minutes);
        r.completed = completed;
        r
    };
    let records = vec![
        // Before the timer started: not its business.
        desk("2026-12-07T09:00:00+01:00", 6, true),
        // Another routine.
        record("2026-12-07T10:00:00+01:00", ""),
        // Stopped after a minute: not a break; stopped after 5: one.
        desk("2026-12-07T10:30:00+01:00", 1, false),
        desk("2026-12-07T11:00:00+01:00", 5, false),
        desk("2026-12-07T10:40:00+01:00", 6, true),
        // Ends later than now (a clock set back): not yet.
        desk("2026-12-07T13:00:00+01:00", 6, true),
    ];
    let ran = breaks_in(
        &records,
        &config,
        at("2026-12-07T09:30:00+01:00"),
        at("2026-12-07T12:00:00+01:00"),
    );
    assert_eq!(
        ran,
        [
            (
                at("2026-12-07T10:40:00+01:00"),
                at("2026-12-07T10:46:00+01:00")
            ),
            (
                at("2026-12-07T11:00:00+01:00"),
                at("2026-12-07T11:05:00+01:00")
            ),
        ]
    );
}

#[test]
fn changes_in_the_watched_folders_become_inputs() {
    let dir = tempfile::tempdir().unwrap();
    let paths = crate::paths::Paths::under(dir.path());
    let temp = |p: std::path::PathBuf| {
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        p.with_file_name(format!(".{name}.4321.tmp"))
    };
    // A session ended (the window appends to the history).
    assert_eq!(
        inputs_of_changes(&paths, &[paths.history()]),
        [Input::History]
    );
    // The service's own ledgers and the state file wake nothing.
    assert!(
        inputs_of_changes(&paths, &[paths.plan(), paths.breaks(), temp(paths.state())]).is_empty()
    );
    // The settings, saved atomically, or a change that cannot be placed.
    assert_eq!(
        inputs_of_changes(&paths, &[temp(paths.settings()), paths.settings()]),
        [Input::Settings]
    );
    assert_eq!(inputs_of_changes(&paths, &[]), [Input::Settings]);
}
