//! Reading routine files: bundled ones embedded in the binary, and the user's
//! own folder. A broken file becomes an error entry; it never stops the
//! others from loading.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use super::error::RoutineError;
use super::model::Routine;
use crate::tr;

/// Files larger than this are refused before parsing.
pub const MAX_FILE_BYTES: u64 = 256 * 1024;

fn ron_options() -> ron::Options {
    // `implicit_some` lets people write `caution: "..."` instead of `Some("...")`.
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_recursion_limit(32)
}

/// Parses routine text. `file` is only used to label errors.
pub fn parse(file: &str, text: &str) -> Result<Routine, RoutineError> {
    if text.len() as u64 > MAX_FILE_BYTES {
        return Err(RoutineError::at_start(file, too_big(text.len() as u64)));
    }
    if text.trim().is_empty() {
        return Err(RoutineError::at_start(file, tr!("error-file-empty")));
    }
    ron_options()
        .from_str::<Routine>(text)
        .map_err(|e| RoutineError {
            file: file.to_string(),
            line: e.span.start.line,
            col: e.span.start.col,
            message: super::error::explain(&e.code),
        })
}

/// Parses routine bytes, reporting invalid UTF-8 at its position.
pub fn parse_bytes(file: &str, bytes: &[u8]) -> Result<Routine, RoutineError> {
    match std::str::from_utf8(bytes) {
        Ok(text) => parse(file, text),
        Err(e) => {
            let valid = &bytes[..e.valid_up_to()];
            // Safe: everything before `valid_up_to` is UTF-8.
            let before = std::str::from_utf8(valid).unwrap_or_default();
            let line = 1 + before.matches('\n').count();
            let col = 1 + before.rsplit('\n').next().unwrap_or("").chars().count();
            Err(RoutineError {
                file: file.to_string(),
                line,
                col,
                message: tr!("error-not-utf8"),
            })
        }
    }
}

/// Reads and parses a file, refusing huge files without reading them whole.
/// The routine remembers its file, beside which its pictures are.
pub fn load_file(path: &Path) -> Result<Routine, RoutineError> {
    load_file_text(path).map(|(routine, _)| routine)
}

/// [`load_file`], also giving the file's bytes (for checks that report a
/// place in it, and for copying it as it is).
pub fn load_file_text(path: &Path) -> Result<(Routine, Vec<u8>), RoutineError> {
    let label = path.display().to_string();
    let bytes = read_capped(path).map_err(|message| RoutineError::at_start(&label, message))?;
    let mut routine = parse_bytes(&label, &bytes)?;
    routine.file = Some(path.to_path_buf());
    Ok((routine, bytes))
}

/// The folder a routine file is in (`.` for a bare file name).
pub fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// A problem with the `n`-th picture file named in `text` (0-based, in
/// file order), located at that `image` value.
pub fn locate_picture(file: &str, text: &str, n: usize, message: &str) -> RoutineError {
    let located = super::format::failing_at_picture(n, message.to_string(), || parse(file, text));
    match located {
        Err(e) => e,
        // Not reached for a text that names that many pictures.
        Ok(_) => RoutineError::at_start(file, message),
    }
}

/// A file of `size` bytes is too big to be a routine.
fn too_big(size: u64) -> String {
    tr!(
        "error-file-too-big",
        size = size / 1024,
        max = MAX_FILE_BYTES / 1024
    )
}

fn read_capped(path: &Path) -> Result<Vec<u8>, String> {
    let cannot = |e: std::io::Error| tr!("error-cannot-read", reason = e.to_string());
    let file = fs::File::open(path).map_err(cannot)?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(cannot)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        let size = fs::metadata(path)
            .map(|m| m.len())
            .unwrap_or(bytes.len() as u64);
        return Err(too_big(size));
    }
    Ok(bytes)
}

/// Where a routine came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    Bundled,
    User(PathBuf),
}

impl Source {
    pub fn label(&self) -> String {
        match self {
            Source::Bundled => "bundled".into(),
            Source::User(path) => path.display().to_string(),
        }
    }
}

/// One routine file: its id (the file stem), source and what loading gave.
#[derive(Clone, Debug)]
pub struct Entry {
    pub id: String,
    pub source: Source,
    pub routine: Result<Arc<Routine>, RoutineError>,
    /// A user file with the same id as a bundled routine replaces it.
    pub overrides_bundled: bool,
    /// When the file is broken now but loaded before (live reload): the
    /// last version that worked, still usable until the file is fixed.
    pub last_good: Option<Arc<Routine>>,
}

impl Entry {
    /// The routine to follow: the file's own, or its last good version.
    pub fn usable(&self) -> Option<&Arc<Routine>> {
        self.routine.as_ref().ok().or(self.last_good.as_ref())
    }
}

/// A freshly loaded library, keeping for each broken file the last version
/// of it that loaded (from `old`), so a typo never takes a routine away.
pub fn refresh(old: &[Entry], new: Vec<Entry>) -> Vec<Entry> {
    new.into_iter()
        .map(|mut entry| {
            if entry.routine.is_err() {
                entry.last_good = old
                    .iter()
                    .find(|o| o.id == entry.id && o.source == entry.source)
                    .and_then(|o| o.usable().cloned());
            }
            entry
        })
        .collect()
}

/// The routines shipped inside the binary: (id, text).
pub static BUNDLED: &[(&str, &str)] = &[
    (
        "sciatica-relief",
        include_str!("../../routines/sciatica-relief.ron"),
    ),
    (
        "stretches-only",
        include_str!("../../routines/stretches-only.ron"),
    ),
    ("foam-roll", include_str!("../../routines/foam-roll.ron")),
    ("desk-break", include_str!("../../routines/desk-break.ron")),
    (
        "massage-ball",
        include_str!("../../routines/massage-ball.ron"),
    ),
    ("cold-pack", include_str!("../../routines/cold-pack.ron")),
];

/// One bundled routine, parsed; for tests.
#[cfg(test)]
pub(crate) fn bundled_routine(id: &str) -> super::Routine {
    let entry = bundled()
        .into_iter()
        .find(|e| e.id == id)
        .expect("a bundled id");
    entry
        .routine
        .expect("bundled routines parse")
        .as_ref()
        .clone()
}

/// The bundled routines in the current language.
pub fn bundled() -> Vec<Entry> {
    bundled_in(crate::i18n::current())
}

/// The bundled routines in `language`: each in its translation's words
/// where one covers it, else in English.
pub fn bundled_in(language: crate::i18n::Language) -> Vec<Entry> {
    BUNDLED
        .iter()
        .map(|(id, text)| Entry {
            id: id.to_string(),
            source: Source::Bundled,
            routine: parse(&format!("routines/{id}.ron"), text)
                .map(|r| in_language(id, r, language))
                .map(Arc::new),
            overrides_bundled: false,
            last_good: None,
        })
        .collect()
}

fn in_language(id: &str, routine: Routine, language: crate::i18n::Language) -> Routine {
    use super::translation::{bundled_translation, check_translation, translate, translation_file};
    let Some(text) = bundled_translation(id, language) else {
        return routine;
    };
    // A built-in translation that does not cover its routine (the test
    // keeps them whole) leaves the routine in English rather than half.
    match check_translation(&translation_file(id, language), text, &routine) {
        Ok(t) => translate(&routine, &t),
        Err(_) => routine,
    }
}

/// Checks a translation file on disk against the bundled routine it
/// translates: what `limber check` does with `i18n/de/routines/*.ron`.
/// The routine, translated, or every problem located.
pub fn check_translation_file(
    path: &std::path::Path,
    id: &str,
) -> Result<Routine, Vec<RoutineError>> {
    let file = path.display().to_string();
    let at_start = |message: String| RoutineError {
        file: file.clone(),
        line: 1,
        col: 1,
        message,
    };
    let Some(english) = BUNDLED.iter().find(|(i, _)| *i == id) else {
        return Err(vec![at_start(tr!("error-translation-no-routine", id = id))]);
    };
    let routine = parse(&format!("routines/{id}.ron"), english.1).map_err(|e| vec![e])?;
    let text = std::fs::read_to_string(path)
        .map_err(|e| vec![at_start(tr!("error-cannot-read", reason = e.to_string()))])?;
    let t = super::translation::check_translation(&file, &text, &routine)?;
    Ok(super::translation::translate(&routine, &t))
}

/// Loads every `*.ron` file in `dir` (missing folder = none), sorted by name.
pub fn user_dir(dir: &Path) -> Vec<Entry> {
    let Ok(read) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = read
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ron") && p.is_file())
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| Entry {
            id: id_of(&path),
            routine: load_file(&path).map(Arc::new),
            source: Source::User(path),
            overrides_bundled: false,
            last_good: None,
        })
        .collect()
}

pub fn id_of(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Bundled routines, then the user's; a user file replaces the bundled
/// routine with the same id, keeping the bundled order.
pub fn library(user_routines: &Path) -> Vec<Entry> {
    merge(bundled(), user_dir(user_routines))
}

pub fn merge(mut entries: Vec<Entry>, user: Vec<Entry>) -> Vec<Entry> {
    for mut entry in user {
        if let Some(slot) = entries
            .iter_mut()
            .find(|e| e.id == entry.id && e.source == Source::Bundled)
        {
            entry.overrides_bundled = true;
            *slot = entry;
        } else {
            entries.push(entry);
        }
    }
    entries
}
