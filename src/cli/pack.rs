//! `limber import` and `limber export`: a routine and its pictures as one
//! `.limber` file to share, and back into the routines folder.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::pack::{self, Install, PackError};

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
        PackError::Exists(id) => complain(&format!(
            "limber: a routine \"{id}\" already exists; nothing was imported.\n\
             Use --replace to replace it (your file is kept hidden as a backup) or --as NEW-ID to keep both."
        )),
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
            let pictures = contents.pictures.len();
            say(&format!(
                "Imported \"{}\" ({} move{}{}) as {}",
                contents.routine.name,
                contents.routine.move_count(),
                if contents.routine.move_count() == 1 {
                    ""
                } else {
                    "s"
                },
                match pictures {
                    0 => String::new(),
                    1 => ", 1 picture".into(),
                    n => format!(", {n} pictures"),
                },
                path.display()
            ));
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
            say(&format!(
                "Wrote \"{}\" and {} picture{} to {}",
                contents.routine.name,
                contents.pictures.len(),
                if contents.pictures.len() == 1 {
                    ""
                } else {
                    "s"
                },
                out.display()
            ));
            ExitCode::SUCCESS
        }
        Err(e) => {
            report(&e);
            ExitCode::from(1)
        }
    }
}
