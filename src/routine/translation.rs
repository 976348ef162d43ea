//! The bundled routines in other languages. A translation is a small RON
//! file in `i18n/<language>/routines/<id>.ron`, keyed by move id and
//! section name, holding only words: the routine itself (doses, sides,
//! pictures) stays one readable file, and a person's own routine is simply
//! written in their language.
//!
//! ```ron
//! (
//!     name: "Ischias-Linderung",
//!     description: "…",
//!     sections: { "Stretch": (name: "Dehnen") },
//!     moves: { "figure-4": (name: "Figur-4-Dehnung", steps: ["…"], caution: "…") },
//! )
//! ```

use std::collections::BTreeMap;

use serde::Deserialize;

use super::error::RoutineError;
use super::format::text_problem;
use super::model::{GateAction, Routine};
use crate::i18n::Language;
use crate::tr;

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Translation {
    pub name: String,
    pub description: String,
    /// By the section's English name.
    #[serde(default)]
    pub sections: BTreeMap<String, SectionWords>,
    /// By move id.
    pub moves: BTreeMap<String, MoveWords>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionWords {
    pub name: String,
    #[serde(default)]
    pub question: Option<String>,
    #[serde(default)]
    pub detail: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MoveWords {
    pub name: String,
    pub steps: Vec<String>,
    #[serde(default)]
    pub caution: Option<String>,
    #[serde(default)]
    pub inhale_cue: Option<String>,
    #[serde(default)]
    pub exhale_cue: Option<String>,
}

/// The translations built in: (routine id, language, file text).
macro_rules! translations {
    ($($lang:literal => [$($id:literal),*]),*) => {
        &[$($((
            $id,
            $lang,
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/i18n/", $lang, "/routines/", $id, ".ron")),
        ),)*)*]
    };
}

pub static BUNDLED_TRANSLATIONS: &[(&str, &str, &str)] = translations!(
    "de" => ["sciatica-relief", "stretches-only", "foam-roll", "desk-break", "massage-ball", "cold-pack"],
    "fr" => ["sciatica-relief", "stretches-only", "foam-roll", "desk-break", "massage-ball", "cold-pack"],
    "es" => ["sciatica-relief", "stretches-only", "foam-roll", "desk-break", "massage-ball", "cold-pack"]
);

/// The built-in translation of routine `id` into `language`, as text.
pub fn bundled_translation(id: &str, language: Language) -> Option<&'static str> {
    BUNDLED_TRANSLATIONS
        .iter()
        .find(|(i, l, _)| *i == id && *l == language.code())
        .map(|(_, _, text)| *text)
}

/// The name a translation file is shown with in errors.
pub fn translation_file(id: &str, language: Language) -> String {
    format!("i18n/{}/routines/{id}.ron", language.code())
}

/// Reads a translation, with the place of a syntax mistake.
pub fn parse_translation(file: &str, text: &str) -> Result<Translation, RoutineError> {
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_recursion_limit(16)
        .from_str::<Translation>(text)
        .map_err(|e| RoutineError {
            file: file.to_string(),
            line: e.span.start.line,
            col: e.span.start.col,
            message: super::error::explain(&e.code),
        })
}

/// What a translation leaves out of `routine` or has too much of; empty
/// when it covers the routine exactly. Each problem is located at the line
/// of the key it is about in `text`.
pub fn coverage(file: &str, text: &str, routine: &Routine, t: &Translation) -> Vec<RoutineError> {
    let at = |key: &str, message: String| {
        let (line, col) = locate(text, key);
        RoutineError {
            file: file.to_string(),
            line,
            col,
            message,
        }
    };
    let mut problems = Vec::new();
    // `what` says which text, in the current language ("the name"); asked
    // for only when there is a problem (the bundled translations are
    // checked each time they load).
    let mut text_ok = |key: &str, value: &str, what: &dyn Fn() -> String| {
        if value.trim().is_empty() {
            problems.push(at(key, tr!("error-translation-text-empty", what = what())));
        } else if let Some(p) = text_problem(value, what, 2000) {
            problems.push(at(key, p));
        }
    };
    text_ok("name", &t.name, &|| tr!("error-translation-what-name"));
    text_ok("description", &t.description, &|| {
        tr!("error-translation-what-description")
    });
    for (id, words) in &t.moves {
        text_ok(id, &words.name, &|| {
            tr!("error-translation-what-move-name", id = id)
        });
        for step in &words.steps {
            text_ok(id, step, &|| {
                tr!("error-translation-what-move-step", id = id)
            });
        }
        for extra in [&words.caution, &words.inhale_cue, &words.exhale_cue]
            .into_iter()
            .flatten()
        {
            text_ok(id, extra, &|| {
                tr!("error-translation-what-move-text", id = id)
            });
        }
    }
    for (name, words) in &t.sections {
        text_ok(name, &words.name, &|| {
            tr!("error-translation-what-section-name", name = name)
        });
    }

    for section in &routine.sections {
        // A routine written as a plain list of moves has one section
        // without a name: nothing to translate.
        if section.name.is_empty() {
            continue;
        }
        let key = format!("\"{}\"", section.name);
        let Some(words) = t.sections.get(&section.name) else {
            problems.push(at(
                "sections",
                tr!("error-translation-section-missing", name = &section.name),
            ));
            continue;
        };
        let gate = section.gate.as_ref();
        let checks = [
            ("question", gate.is_some(), words.question.is_some()),
            (
                "detail",
                gate.and_then(|g| g.detail.as_ref()).is_some(),
                words.detail.is_some(),
            ),
        ];
        for (field, ours, theirs) in checks {
            let name = &section.name;
            let problem = match (ours, theirs) {
                (true, false) => tr!(
                    "error-translation-section-field-missing",
                    name = name,
                    field = field
                ),
                (false, true) => tr!(
                    "error-translation-section-field-extra",
                    name = name,
                    field = field
                ),
                _ => continue,
            };
            problems.push(at(&key, problem));
        }
    }
    for name in t.sections.keys() {
        if routine.section_index(name).is_none() {
            problems.push(at(
                &format!("\"{name}\""),
                tr!("error-translation-no-such-section", name = name),
            ));
        }
    }
    for m in routine.moves() {
        let key = format!("\"{}\"", m.id);
        let Some(words) = t.moves.get(&m.id) else {
            problems.push(at(
                "moves",
                tr!("error-translation-move-missing", id = &m.id),
            ));
            continue;
        };
        if words.steps.len() != m.steps.len() {
            problems.push(at(
                &key,
                tr!(
                    "error-translation-step-count",
                    id = &m.id,
                    steps = words.steps.len(),
                    count = m.steps.len()
                ),
            ));
        }
        let breath = m.breath.as_ref();
        let checks = [
            ("caution", m.caution.is_some(), words.caution.is_some()),
            (
                "inhale_cue",
                breath.and_then(|b| b.inhale_cue.as_ref()).is_some(),
                words.inhale_cue.is_some(),
            ),
            (
                "exhale_cue",
                breath.and_then(|b| b.exhale_cue.as_ref()).is_some(),
                words.exhale_cue.is_some(),
            ),
        ];
        for (field, ours, theirs) in checks {
            let problem = match (ours, theirs) {
                (true, false) => tr!(
                    "error-translation-move-field-missing",
                    id = &m.id,
                    field = field
                ),
                (false, true) => tr!(
                    "error-translation-move-field-extra",
                    id = &m.id,
                    field = field
                ),
                _ => continue,
            };
            problems.push(at(&key, problem));
        }
    }
    for id in t.moves.keys() {
        if routine.find_move(id).is_none() {
            problems.push(at(
                &format!("\"{id}\""),
                tr!("error-translation-no-such-move", id = id),
            ));
        }
    }
    problems
}

/// Line and column of the first `key` in `text` (1, 1 if absent).
fn locate(text: &str, key: &str) -> (usize, usize) {
    match text.find(key) {
        Some(at) => {
            let before = &text[..at];
            let line = 1 + before.matches('\n').count();
            let col = 1 + before.rsplit('\n').next().unwrap_or("").chars().count();
            (line, col)
        }
        None => (1, 1),
    }
}

/// `routine` in the translation's words. Only call with a translation
/// whose `coverage` is clean; anything it lacks stays in English.
pub fn translate(routine: &Routine, t: &Translation) -> Routine {
    let mut out = routine.clone();
    out.name = t.name.clone();
    out.description = t.description.clone();
    let section_name = |english: &str| {
        t.sections
            .get(english)
            .map(|s| s.name.clone())
            .unwrap_or_else(|| english.to_string())
    };
    for section in &mut out.sections {
        let english = section.name.clone();
        section.name = section_name(&english);
        let words = t.sections.get(&english);
        if let Some(gate) = &mut section.gate {
            if let Some(q) = words.and_then(|w| w.question.clone()) {
                gate.question = q;
            }
            if let (Some(d), Some(_)) = (words.and_then(|w| w.detail.clone()), &gate.detail) {
                gate.detail = Some(d);
            }
            // "Repeat" names a section; it follows the section's new name.
            for action in [&mut gate.yes, &mut gate.no] {
                if let GateAction::Repeat(target) = action {
                    *target = section_name(target);
                }
            }
        }
        for m in &mut section.moves {
            let Some(words) = t.moves.get(&m.id) else {
                continue;
            };
            m.name = words.name.clone();
            if words.steps.len() == m.steps.len() {
                m.steps = words.steps.clone();
            }
            if m.caution.is_some() {
                m.caution = words.caution.clone().or(m.caution.take());
            }
            if let Some(b) = &mut m.breath {
                if b.inhale_cue.is_some() {
                    b.inhale_cue = words.inhale_cue.clone().or(b.inhale_cue.take());
                }
                if b.exhale_cue.is_some() {
                    b.exhale_cue = words.exhale_cue.clone().or(b.exhale_cue.take());
                }
            }
        }
    }
    out
}

/// Checks a translation file of bundled routine `id`: its syntax and its
/// coverage. The problems, located.
pub fn check_translation(
    file: &str,
    text: &str,
    routine: &Routine,
) -> Result<Translation, Vec<RoutineError>> {
    let t = parse_translation(file, text).map_err(|e| vec![e])?;
    let problems = coverage(file, text, routine, &t);
    if problems.is_empty() {
        Ok(t)
    } else {
        Err(problems)
    }
}

/// Whether `path` is a translation file: `…/i18n/<language>/routines/<id>.ron`.
/// Its routine id and language.
pub fn translation_path(path: &std::path::Path) -> Option<(String, Language)> {
    let id = path.file_stem()?.to_str()?;
    let folder = path.parent()?;
    if folder.file_name()? != "routines" {
        return None;
    }
    let language = Language::from_code(folder.parent()?.file_name()?.to_str()?)?;
    Some((id.to_string(), language))
}

#[cfg(test)]
mod tests;
