//! A problem in a routine file (or a translation of one), with where it is.

/// Shown as `file:line:col: message`.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}:{col}: {message}")]
pub struct RoutineError {
    pub file: String,
    pub line: usize,
    pub col: usize,
    pub message: String,
}

impl RoutineError {
    pub(super) fn at_start(file: &str, message: impl Into<String>) -> RoutineError {
        RoutineError {
            file: file.to_string(),
            line: 1,
            col: 1,
            message: message.into(),
        }
    }
}
