//! `limber import` and `limber export`: a routine and its pictures as one
//! `.limber` file to share, and back into the routines folder.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::pack::{self, Install, PackError};
use crate::tr;

fn say(text: &str) {
    let _ = writeln!(std::io::stdout().lock(), "{text}");
}

fn complain(text: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{text}");
}

/// A pack error as the terminal shows it: located routine errors as they
/// are (`FILE:LINE:COL: message`), others after `limber: `.
fn report(e: &PackError) {
    match e {
        PackError::Broken(_) => complain(&e.to_string()),
        PackError::Exists(id) => complain(&tr!("cli-import-exists", id = id)),
        _ => complain(&format!("limber: {e}")),
    }
}

/// `limber import FILE [--replace | --as NEW-ID]`.
pub fn import(file: &Path, replace: bool, as_id: Option<String>) -> ExitCode {
    let paths = match super::paths() {
        Ok(p) => p,
        Err(code) => return code,
    };
    let how = match (replace, as_id) {
        (_, Some(id)) => Install::As(id),
        (true, None) => Install::Replace,
        (false, None) => Install::New,
    };
    let result = pack::open(file).and_then(|contents| {
        let now = chrono::Local::now().naive_local();
        let path = pack::install(&contents, &paths.routines(), &how, now)?;
        Ok((contents, path))
    });
    match result {
        Ok((contents, path)) => {
            let name = &contents.routine.name;
            let moves = contents.routine.move_count();
            let file = path.display().to_string();
            say(&match contents.pictures.len() {
                0 => tr!("cli-imported", name = name, moves = moves, file = file),
                pictures => tr!(
                    "cli-imported-with-pictures",
                    name = name,
                    moves = moves,
                    pictures = pictures,
                    file = file
                ),
            });
            ExitCode::SUCCESS
        }
        Err(e) => {
            report(&e);
            ExitCode::from(1)
        }
    }
}

/// `limber export ROUTINE [-o FILE]`.
pub fn export(routine: &str, output: Option<PathBuf>) -> ExitCode {
    let paths = match super::paths() {
        Ok(p) => p,
        Err(code) => return code,
    };
    let result = pack::gather(routine, &paths.routines()).and_then(|contents| {
        let out = output.unwrap_or_else(|| {
            crate::files::free_path(&paths.exports, &contents.id, pack::EXTENSION)
        });
        pack::export(&contents, &out)?;
        Ok((contents, out))
    });
    match result {
        Ok((contents, out)) => {
            say(&tr!(
                "cli-exported",
                name = &contents.routine.name,
                pictures = contents.pictures.len(),
                file = out.display().to_string()
            ));
            ExitCode::SUCCESS
        }
        Err(e) => {
            report(&e);
            ExitCode::from(1)
        }
    }
}
