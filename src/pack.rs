//! `.limber` packs: one routine and its pictures in one file to share.
//!
//! A pack is a zip holding `ID.ron` (the routine file, byte for byte) and
//! each picture it names at the path the routine names it by. Reading one
//! checks everything before anything is written: every entry's name, no
//! links, sizes read (not trusted from the header) against limits, the
//! routine as `limber check` would, and every picture decoded. Installing
//! writes only the routine file and the pictures it names, inside the
//! routines folder: `DIR/ID.ron` and `DIR/ID/...` (where `pictures` looks).
//!
//! Core: files only; the time a replaced file is stamped with comes in.

use std::io::{Cursor, Read, Write};
use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;

use crate::files::{FileError, write_atomic};
use crate::library;
use crate::pictures;
use crate::routine::{self, Routine, RoutineError, picture_names};
use crate::tr;

/// The ending of a pack's file name.
pub const EXTENSION: &str = "limber";
/// Its MIME type (declared by `assets/limber-mime.xml`).
pub const MIME_TYPE: &str = "application/x-limber-routine";
/// Limits against a broken or hostile pack.
pub const MAX_PACK_BYTES: u64 = 64 * 1024 * 1024;
pub const MAX_ENTRIES: usize = 200;
pub const MAX_UNPACKED_BYTES: u64 = 96 * 1024 * 1024;

/// Why a routine could not be packed, read from a pack, or installed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PackError {
    File(FileError),
    NotAPack {
        file: String,
        reason: String,
    },
    /// `why`: the rest of the sentence "it holds "ENTRY", …", in the
    /// current language.
    Unsafe {
        file: String,
        entry: String,
        why: String,
    },
    Broken(Vec<RoutineError>),
    Exists(String),
    BadId(String),
    NotFound(String),
}

impl std::fmt::Display for PackError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            PackError::File(e) => e.to_string(),
            PackError::NotAPack { file, reason } => {
                tr!("error-pack-not-a-pack", file = file, reason = reason)
            }
            PackError::Unsafe { file, entry, why } => {
                tr!("error-pack-refused", file = file, entry = entry, why = why)
            }
            PackError::Broken(errors) => join(errors),
            PackError::Exists(id) => tr!("error-pack-exists", id = id),
            PackError::BadId(id) => tr!("error-pack-bad-id", id = id),
            PackError::NotFound(id) => tr!("error-pack-not-found", id = id),
        })
    }
}

impl std::error::Error for PackError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            PackError::File(e) => e.source(),
            _ => None,
        }
    }
}

impl From<FileError> for PackError {
    fn from(e: FileError) -> PackError {
        PackError::File(e)
    }
}

fn join(errors: &[RoutineError]) -> String {
    errors
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

impl From<library::LibraryError> for PackError {
    fn from(e: library::LibraryError) -> PackError {
        match e {
            library::LibraryError::NotFound(id) => PackError::NotFound(id),
            library::LibraryError::Broken(e) => PackError::Broken(vec![e]),
            library::LibraryError::File(e) => PackError::File(e),
        }
    }
}

/// A routine with everything it needs: what a pack holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Contents {
    /// The id it had where it came from (the file name without `.ron`).
    pub id: String,
    pub routine: Routine,
    /// The routine file's bytes, unchanged.
    pub text: Vec<u8>,
    /// Each picture file it names, once: (name as written, bytes).
    pub pictures: Vec<(String, Vec<u8>)>,
}

/// A routine of the library (an id, or a routine file's path) with its
/// pictures, checked as `limber check` does.
pub fn gather(arg: &str, routines_dir: &Path) -> Result<Contents, PackError> {
    let (id, found) = library::find(arg, routines_dir)?;
    let Some(file) = found.file.clone() else {
        // Bundled: the text as shipped; its pictures are built in.
        let text = routine::BUNDLED
            .iter()
            .find(|(b, _)| *b == id)
            .map(|(_, t)| t.as_bytes().to_vec())
            .ok_or_else(|| PackError::NotFound(id.clone()))?;
        return Ok(Contents {
            id,
            routine: (*found).clone(),
            text,
            pictures: Vec::new(),
        });
    };
    from_file(&file).map(|c| Contents { id, ..c })
}

/// A routine file and the pictures beside it, checked.
pub fn from_file(file: &Path) -> Result<Contents, PackError> {
    let (routine, text) = pictures::check_file(file).map_err(PackError::Broken)?;
    let mut out = Vec::new();
    for name in unique(pictures::named(&routine)) {
        let path = pictures::find(file, &name).map_err(|e| located(file, &text, &routine, e))?;
        let bytes = pictures::read(&path, &name).map_err(|e| located(file, &text, &routine, e))?;
        out.push((name, bytes));
    }
    Ok(Contents {
        id: routine::id_of(file),
        routine,
        text,
        pictures: out,
    })
}

fn unique(names: Vec<&str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for n in names {
        if !out.iter().any(|o| o == n) {
            out.push(n.to_string());
        }
    }
    out
}

/// A picture problem found while gathering, at its place in the file.
fn located(file: &Path, text: &[u8], routine: &Routine, e: pictures::PictureError) -> PackError {
    let text = String::from_utf8_lossy(text);
    let name = e.name();
    let n = pictures::named(routine)
        .iter()
        .position(|p| *p == name)
        .unwrap_or(0);
    let label = file.display().to_string();
    PackError::Broken(vec![routine::locate_picture(
        &label,
        &text,
        n,
        &e.to_string(),
    )])
}

/// The pack's bytes: the routine first, then its pictures, with fixed
/// times and permissions so the same routine always packs the same.
pub fn write(contents: &Contents) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = |deflate: bool| {
        zip::write::SimpleFileOptions::default()
            .compression_method(if deflate {
                zip::CompressionMethod::Deflated
            } else {
                // PNG, JPEG and GIF are compressed already.
                zip::CompressionMethod::Stored
            })
            .last_modified_time(zip::DateTime::DEFAULT)
            .unix_permissions(0o644)
    };
    let entries = std::iter::once((format!("{}.ron", contents.id), &contents.text, true)).chain(
        contents.pictures.iter().map(|(name, bytes)| {
            let svg = pictures::Kind::of(name) == Some(pictures::Kind::Svg);
            (name.clone(), bytes, svg)
        }),
    );
    for (name, bytes, deflate) in entries {
        // Writing to memory fails only on a bug in the zip writer.
        zip.start_file(name, options(deflate))
            .and_then(|()| zip.write_all(bytes).map_err(Into::into))
            .expect("writing a zip to memory");
    }
    zip.finish()
        .expect("finishing a zip in memory")
        .into_inner()
}

/// Packs a routine into `out` (written atomically).
pub fn export(contents: &Contents, out: &Path) -> Result<(), PackError> {
    write_atomic(out, &write(contents)).map_err(|e| FileError::new(out, &e).into())
}

/// Reads a pack (or a plain `.ron` routine file and its pictures),
/// checking everything; nothing is written.
pub fn open(path: &Path) -> Result<Contents, PackError> {
    let mut head = [0u8; 4];
    let is_zip = std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut head))
        .is_ok()
        && head == *b"PK\x03\x04";
    if is_zip || path.extension().is_some_and(|e| e == EXTENSION) {
        read(path)
    } else {
        from_file(path)
    }
}

/// Reads and checks the pack at `path`.
pub fn read(path: &Path) -> Result<Contents, PackError> {
    let label = path.display().to_string();
    let not_a_pack = |reason: String| PackError::NotAPack {
        file: label.clone(),
        reason,
    };
    let meta = std::fs::metadata(path).map_err(|e| FileError::new(path, &e))?;
    if meta.len() > MAX_PACK_BYTES {
        return Err(not_a_pack(tr!(
            "error-pack-too-big",
            size = meta.len() / (1024 * 1024),
            max = MAX_PACK_BYTES / (1024 * 1024)
        )));
    }
    let file = std::fs::File::open(path).map_err(|e| FileError::new(path, &e))?;
    let mut zip = zip::ZipArchive::new(file).map_err(|e| not_a_pack(e.to_string()))?;
    if zip.len() > MAX_ENTRIES {
        return Err(not_a_pack(tr!(
            "error-pack-too-many-files",
            count = zip.len(),
            max = MAX_ENTRIES
        )));
    }
    let entries = read_entries(&mut zip, &label)?;
    contents_of(path, entries)
}

/// Every file in the pack, its name checked and its size read against the
/// limits (a zip's stated sizes can lie).
fn read_entries(
    zip: &mut zip::ZipArchive<std::fs::File>,
    label: &str,
) -> Result<Vec<(String, Vec<u8>)>, PackError> {
    let mut out = Vec::new();
    let mut total = 0u64;
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).map_err(|e| PackError::NotAPack {
            file: label.to_string(),
            reason: e.to_string(),
        })?;
        let name = entry.name().map(|n| n.to_string()).unwrap_or_default();
        let refuse = |why: String| PackError::Unsafe {
            file: label.to_string(),
            entry: name.escape_debug().to_string(),
            why,
        };
        if entry.is_dir() {
            continue;
        }
        if entry.is_symlink() {
            return Err(refuse(tr!("error-pack-why-link")));
        }
        if entry.encrypted() {
            return Err(refuse(tr!("error-pack-why-encrypted")));
        }
        if let Some(why) = unsafe_name(&name) {
            return Err(refuse(why));
        }
        let limit = if name.ends_with(".ron") && !name.contains('/') {
            routine::MAX_FILE_BYTES
        } else {
            pictures::MAX_BYTES
        };
        let mut bytes = Vec::new();
        (&mut entry)
            .take(limit + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| refuse(tr!("error-pack-why-unpack", reason = e.to_string())))?;
        if bytes.len() as u64 > limit {
            return Err(refuse(tr!("error-pack-why-too-big", max = limit / 1024)));
        }
        total += bytes.len() as u64;
        if total > MAX_UNPACKED_BYTES {
            return Err(refuse(tr!(
                "error-pack-why-all-too-big",
                max = MAX_UNPACKED_BYTES / (1024 * 1024)
            )));
        }
        out.push((name, bytes));
    }
    Ok(out)
}

/// Why an entry's name could lead outside the routines folder.
fn unsafe_name(name: &str) -> Option<String> {
    if name.starts_with('/') || name.starts_with('\\') || name.contains(':') {
        return Some(tr!("error-pack-why-absolute"));
    }
    if name.split(['/', '\\']).any(|p| p == "..") {
        return Some(tr!("error-pack-why-climbs-out"));
    }
    if name.contains('\\') || name.chars().any(char::is_control) {
        return Some(tr!("error-pack-why-characters"));
    }
    None
}

/// The routine and pictures in a pack's entries, checked.
fn contents_of(path: &Path, entries: Vec<(String, Vec<u8>)>) -> Result<Contents, PackError> {
    let label = path.display().to_string();
    let mut routines = entries
        .iter()
        .filter(|(n, _)| n.ends_with(".ron") && !n.contains('/'));
    let (Some((ron, text)), None) = (routines.next(), routines.next()) else {
        return Err(PackError::NotAPack {
            file: label,
            reason: tr!("error-pack-one-routine"),
        });
    };
    let id = ron.trim_end_matches(".ron").to_string();
    if !routine::is_slug(&id) {
        return Err(PackError::BadId(id));
    }
    let where_ = format!("{label}/{ron}");
    let routine = routine::parse_bytes(&where_, text).map_err(|e| PackError::Broken(vec![e]))?;
    let text_str = String::from_utf8_lossy(text);
    let mut pictures = Vec::new();
    let mut problems = Vec::new();
    for (n, name) in pictures::named(&routine).into_iter().enumerate() {
        let found = entries.iter().find(|(e, _)| e == name);
        let problem = match found {
            None => Some(tr!("error-pack-picture-missing", name = name)),
            Some((_, bytes)) => pictures::decode(name, bytes, None)
                .err()
                .map(|e| e.to_string()),
        };
        match (problem, found) {
            (Some(message), _) => {
                problems.push(routine::locate_picture(&where_, &text_str, n, &message))
            }
            (None, Some((_, bytes))) if !pictures.iter().any(|(p, _)| p == name) => {
                pictures.push((name.to_string(), bytes.clone()));
            }
            _ => {}
        }
    }
    if !problems.is_empty() {
        return Err(PackError::Broken(problems));
    }
    Ok(Contents {
        id,
        text: text.clone(),
        routine,
        pictures,
    })
}

/// Whether a routine `id` already exists (bundled, or a file of the person's).
pub fn exists(routines_dir: &Path, id: &str) -> bool {
    library::bundled(id).is_some() || library::own_file(routines_dir, id).exists()
}

/// How to install a routine whose id may be taken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Install {
    /// Under its own id; an existing routine of that id is an error.
    New,
    /// Under its own id, putting an existing file of that id aside.
    Replace,
    /// Under another id.
    As(String),
}

/// Installs checked contents into the routines folder: the pictures into
/// `DIR/ID/`, then the routine file (last, so the library never sees it
/// without its pictures); with [`Install::Replace`], the routine there
/// and its pictures are put aside first. Returns the routine file's path.
pub fn install(
    contents: &Contents,
    routines_dir: &Path,
    how: &Install,
    now: NaiveDateTime,
) -> Result<PathBuf, PackError> {
    let id = match how {
        Install::As(id) => id.clone(),
        _ => contents.id.clone(),
    };
    if !routine::is_slug(&id) {
        return Err(PackError::BadId(id));
    }
    if *how != Install::Replace && exists(routines_dir, &id) {
        return Err(PackError::Exists(id));
    }
    let file = library::own_file(routines_dir, &id);
    // The routine replaced goes aside first, with its pictures, so that
    // none of them is overwritten by the new routine's.
    if *how == Install::Replace && file.exists() {
        library::put_aside(routines_dir, &id, now)?;
    }
    let folder = routines_dir.join(&id);
    for (name, bytes) in &contents.pictures {
        // Names were checked when read; check again, they name files.
        if picture_names::problem(name).is_some() {
            return Err(PackError::Unsafe {
                file: id.clone(),
                entry: name.clone(),
                why: tr!("error-pack-why-picture-name"),
            });
        }
        let target = folder.join(name);
        no_links(routines_dir, &target)?;
        write_atomic(&target, bytes).map_err(FileError::at(&target))?;
    }
    write_atomic(&file, &contents.text).map_err(FileError::at(&file))?;
    Ok(file)
}

/// Refuses to write through a link anywhere between the routines folder
/// and `target` (a link there could point outside it).
fn no_links(root: &Path, target: &Path) -> Result<(), PackError> {
    let Ok(inner) = target.strip_prefix(root) else {
        return Err(link_error(target));
    };
    let mut at = root.to_path_buf();
    for part in inner.components() {
        at.push(part);
        if at
            .symlink_metadata()
            .is_ok_and(|m| m.file_type().is_symlink())
        {
            return Err(link_error(&at));
        }
    }
    Ok(())
}

fn link_error(at: &Path) -> PackError {
    PackError::Unsafe {
        file: at.display().to_string(),
        entry: at
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        why: tr!("error-pack-why-link-in-the-way"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unsafe_entry_names_are_caught() {
        for bad in [
            "/etc/passwd",
            "../x.ron",
            "a/../../b.png",
            "C:evil",
            "a\\b.png",
        ] {
            assert!(unsafe_name(bad).is_some(), "{bad}");
        }
        for good in ["my.ron", "photos/a.png", "a..b.png"] {
            assert_eq!(unsafe_name(good), None, "{good}");
        }
    }

    #[test]
    fn the_same_routine_packs_to_the_same_bytes() {
        let dir = tempfile::tempdir().unwrap();
        let c = gather("desk-break", dir.path()).unwrap();
        assert!(c.pictures.is_empty());
        assert_eq!(write(&c), write(&c));
        let path = dir.path().join("d.limber");
        export(&c, &path).unwrap();
        let back = read(&path).unwrap();
        assert_eq!(back, c);
    }
}
