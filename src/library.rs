//! The routine library as both front ends use it: finding a routine by id
//! or path, and the few changes Limber makes in the person's routines
//! folder (their own copy of a routine, back to the bundled one, a free id
//! for a new one).
//!
//! Core: files only, no window. The time a change is stamped with comes in
//! as an argument.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::NaiveDateTime;

use crate::files::{FileError, write_atomic};
use crate::routine::{self, Entry, Routine, RoutineError};

/// Why a routine could not be found or changed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LibraryError {
    #[error("{}", not_found(.0))]
    NotFound(String),
    #[error(transparent)]
    Broken(#[from] RoutineError),
    #[error(transparent)]
    File(#[from] FileError),
}

fn not_found(id: &str) -> String {
    crate::tr!("cli-no-routine", id = id)
}

/// Finds a routine by its id (bundled or the person's own), or loads it
/// from a path (anything ending in `.ron`, holding a path separator, or
/// naming a file). Returns its id and the routine.
pub fn find(arg: &str, routines_dir: &Path) -> Result<(String, Arc<Routine>), LibraryError> {
    let as_path = Path::new(arg);
    if arg.ends_with(".ron") || arg.contains(std::path::MAIN_SEPARATOR) || as_path.is_file() {
        let routine = routine::load_file(as_path)?;
        return Ok((routine::id_of(as_path), Arc::new(routine)));
    }
    match routine::library(routines_dir)
        .into_iter()
        .find(|e| e.id == arg)
    {
        Some(Entry {
            id, routine: Ok(r), ..
        }) => Ok((id, r)),
        Some(Entry {
            routine: Err(e), ..
        }) => Err(e.into()),
        None => Err(LibraryError::NotFound(arg.to_string())),
    }
}

/// The file of the person's own routine `id` (which replaces a bundled
/// routine of the same id).
pub fn own_file(routines_dir: &Path, id: &str) -> PathBuf {
    routines_dir.join(format!("{id}.ron"))
}

/// Writes `routine` as the person's own routine `id`, atomically.
pub fn save_own(routines_dir: &Path, id: &str, routine: &Routine) -> Result<PathBuf, FileError> {
    let path = own_file(routines_dir, id);
    write_atomic(&path, routine::to_ron(routine).as_bytes()).map_err(FileError::at(&path))?;
    Ok(path)
}

/// Goes back to the bundled routine `id` (or makes room for another
/// routine of that id): the person's own file is not deleted but renamed
/// to a hidden file stamped with `now`, which the library does not read,
/// and its pictures' folder (`DIR/ID/`) likewise. Returns where the file
/// went.
pub fn put_aside(routines_dir: &Path, id: &str, now: NaiveDateTime) -> Result<PathBuf, FileError> {
    let path = own_file(routines_dir, id);
    let stamp = now.format("%Y%m%d-%H%M%S");
    let aside = path.with_file_name(format!(".{id}.ron.replaced-{stamp}"));
    std::fs::rename(&path, &aside).map_err(FileError::at(&path))?;
    let pictures = routines_dir.join(id);
    if pictures.is_dir() {
        let pictures_aside = routines_dir.join(format!(".{id}.pictures.replaced-{stamp}"));
        std::fs::rename(&pictures, &pictures_aside).map_err(FileError::at(&pictures))?;
    }
    Ok(aside)
}

/// The bundled routine `id`, as shipped.
pub fn bundled(id: &str) -> Option<Arc<Routine>> {
    routine::bundled()
        .into_iter()
        .find(|b| b.id == id)
        .and_then(|b| b.routine.ok())
}

/// `base`, or `base-2`, `base-3`…: the first id that no routine in
/// `entries` and no file in the folder uses.
pub fn free_id(entries: &[Entry], routines_dir: &Path, base: &str) -> String {
    let taken =
        |id: &str| entries.iter().any(|e| e.id == id) || own_file(routines_dir, id).exists();
    std::iter::once(base.to_string())
        .chain((2..).map(|n| format!("{base}-{n}")))
        .find(|id| !taken(id))
        .expect("some name is free")
}

/// Whether a routine file has comments, which saving from the editor does
/// not keep (so the editor can say so first).
pub fn has_comments(path: &Path) -> bool {
    std::fs::read_to_string(path).is_ok_and(|t| t.contains("//") || t.contains("/*"))
}

/// What a new routine starts as: one move, ready to be changed, named in
/// the current language.
pub fn starter() -> Routine {
    let mut routine = routine::parse(
        "new",
        r#"(name: "My routine", moves: [(id: "my-move", name: "My move", hold: "30s")])"#,
    )
    .expect("the starting routine is valid");
    routine.name = crate::tr!("editor-new-routine-name");
    routine.description = crate::tr!("editor-new-routine-description");
    if let Some(m) = routine
        .sections
        .first_mut()
        .and_then(|s| s.moves.first_mut())
    {
        m.name = crate::tr!("editor-new-move-name");
    }
    routine
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_by_id_or_path_and_says_what_is_missing() {
        let dir = tempfile::tempdir().unwrap();
        let (id, r) = find("sciatica-relief", dir.path()).unwrap();
        assert_eq!(id, "sciatica-relief");
        assert_eq!(r.name, "Sciatica relief");
        assert_eq!(
            find("nope", dir.path()),
            Err(LibraryError::NotFound("nope".into()))
        );
        let path = dir.path().join("mine.ron");
        std::fs::write(
            &path,
            "(name: \"Mine\", moves: [(id: \"a\", name: \"A\", hold: \"10s\")])",
        )
        .unwrap();
        let (id, r) = find(path.to_str().unwrap(), dir.path()).unwrap();
        assert_eq!((id.as_str(), r.name.as_str()), ("mine", "Mine"));
        std::fs::write(&path, "(name: ").unwrap();
        let Err(LibraryError::Broken(e)) = find(path.to_str().unwrap(), dir.path()) else {
            panic!("a broken file is reported as broken");
        };
        assert_eq!(e.line, 1);
    }

    #[test]
    fn own_copies_replace_the_bundled_one_until_put_aside() {
        let dir = tempfile::tempdir().unwrap();
        let mut mine = (*bundled("desk-break").unwrap()).clone();
        mine.name = "My desk break".into();
        let path = save_own(dir.path(), "desk-break", &mine).unwrap();
        assert_eq!(path, dir.path().join("desk-break.ron"));
        assert_eq!(
            find("desk-break", dir.path()).unwrap().1.name,
            "My desk break"
        );

        let now = chrono::NaiveDate::from_ymd_opt(2026, 12, 2)
            .unwrap()
            .and_hms_opt(9, 5, 7)
            .unwrap();
        let aside = put_aside(dir.path(), "desk-break", now).unwrap();
        assert_eq!(
            aside.file_name().unwrap(),
            ".desk-break.ron.replaced-20261202-090507"
        );
        assert!(aside.exists() && !path.exists());
        // With the pictures' folder, which goes aside too.
        save_own(dir.path(), "desk-break", &mine).unwrap();
        std::fs::create_dir_all(dir.path().join("desk-break")).unwrap();
        std::fs::write(dir.path().join("desk-break/me.png"), b"png").unwrap();
        let later = now + chrono::Duration::seconds(1);
        put_aside(dir.path(), "desk-break", later).unwrap();
        assert!(!dir.path().join("desk-break").exists());
        assert_eq!(
            std::fs::read(
                dir.path()
                    .join(".desk-break.pictures.replaced-20261202-090508/me.png")
            )
            .unwrap(),
            b"png"
        );
        assert_eq!(find("desk-break", dir.path()).unwrap().1.name, "Desk break");
        // Nothing left to put aside: the error names the file.
        let e = put_aside(dir.path(), "desk-break", now).unwrap_err();
        assert_eq!(e.path, path);
        assert_eq!(e.kind, std::io::ErrorKind::NotFound);
    }

    #[test]
    fn free_ids_skip_routines_and_files() {
        let dir = tempfile::tempdir().unwrap();
        let entries = routine::library(dir.path());
        assert_eq!(free_id(&entries, dir.path(), "my-routine"), "my-routine");
        assert_eq!(
            free_id(&entries, dir.path(), "sciatica-relief"),
            "sciatica-relief-2"
        );
        std::fs::write(dir.path().join("my-routine.ron"), "broken").unwrap();
        std::fs::write(dir.path().join("my-routine-2.ron"), "broken").unwrap();
        assert_eq!(free_id(&[], dir.path(), "my-routine"), "my-routine-3");
    }

    #[test]
    fn the_starter_routine_is_valid_and_has_one_move() {
        let r = starter();
        assert_eq!(r.move_count(), 1);
        assert_eq!(r.description, "My own routine.");
    }
}
