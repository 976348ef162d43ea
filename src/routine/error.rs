//! A problem in a routine file (or a translation of one), with where it is.

use crate::tr;

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

/// Turns ron's error codes into sentences that say what was expected.
/// Messages raised by the format's own checks come through as they are;
/// ron's other messages (in English) too.
pub(super) fn explain(code: &ron::Error) -> String {
    use ron::Error as E;
    match code {
        E::Message(m) => m.clone(),
        E::Eof => tr!("error-ron-eof"),
        E::ExpectedComma => tr!("error-ron-comma"),
        E::ExpectedStructLikeEnd => tr!("error-ron-struct-end"),
        E::ExpectedArrayEnd => tr!("error-ron-array-end"),
        E::ExpectedString => tr!("error-ron-string"),
        E::ExpectedStringEnd => tr!("error-ron-string-end"),
        E::ExpectedInteger => tr!("error-ron-integer"),
        E::ExpectedBoolean => tr!("error-ron-boolean"),
        E::ExceededRecursionLimit => tr!("error-ron-nested"),
        E::TrailingCharacters => tr!("error-ron-trailing"),
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => {
            let expected = expected.join(", ");
            match outer {
                Some(outer) => tr!(
                    "error-ron-unknown-field-in",
                    field = found,
                    outer = outer,
                    expected = expected
                ),
                None => tr!(
                    "error-ron-unknown-field",
                    field = found,
                    expected = expected
                ),
            }
        }
        E::MissingStructField { field, outer } => match outer {
            Some(outer) => tr!("error-ron-missing-field-in", field = *field, outer = outer),
            None => tr!("error-ron-missing-field", field = *field),
        },
        E::DuplicateStructField { field, .. } => {
            tr!("error-ron-duplicate-field", field = *field)
        }
        E::NoSuchEnumVariant {
            expected, found, ..
        } => tr!(
            "error-ron-unknown-variant",
            found = found,
            expected = expected.join(", ")
        ),
        E::ExpectedNamedStructLike(name) => match *name {
            "Routine" => tr!("error-ron-expected-routine"),
            "Section" => tr!("error-ron-expected-section"),
            "Move" => tr!("error-ron-expected-move"),
            "Breath" => tr!("error-ron-expected-breath"),
            "Gate" => tr!("error-ron-expected-gate"),
            "Timing" => tr!("error-ron-expected-timing"),
            other => tr!("error-ron-expected-part", name = other.to_lowercase()),
        },
        other => lowercase_first(&other.to_string()),
    }
}

fn lowercase_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}
