//! `limber print` and `limber report`: a routine's printable sheet and a
//! progress report for an appointment, as PDF files.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::{Days, NaiveDate};

use super::PaperArg;
use crate::files::{FileError, write_atomic};
use crate::print::{self, Paper, PrintError};

fn paper(arg: Option<PaperArg>) -> Paper {
    match arg {
        Some(PaperArg::A4) => Paper::A4,
        Some(PaperArg::Letter) => Paper::Letter,
        None => Paper::from_env(),
    }
}

/// Writes `pdf` to `output`, or a new file named `base` in the exports
/// folder, and says where.
fn write(pdf: Vec<u8>, output: Option<PathBuf>, dir: PathBuf, base: &str) -> ExitCode {
    let written = match output {
        Some(path) => write_atomic(&path, &pdf)
            .map(|()| path.clone())
            .map_err(|e| PrintError::File(FileError::new(&path, &e))),
        None => print::save(&dir, base, &pdf),
    };
    match written {
        Ok(path) => {
            let _ = writeln!(
                std::io::stdout().lock(),
                "{}",
                crate::tr!("cli-wrote", file = path.display().to_string())
            );
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e),
    }
}

fn fail(e: &PrintError) -> ExitCode {
    let text = match e {
        PrintError::Library(crate::library::LibraryError::Broken(b)) => b.to_string(),
        other => format!("limber: {other}"),
    };
    let _ = writeln!(std::io::stderr().lock(), "{text}");
    ExitCode::from(1)
}

/// `limber print ROUTINE [-o FILE.pdf] [--paper a4|letter]`.
pub fn sheet(routine: &str, output: Option<PathBuf>, paper_arg: Option<PaperArg>) -> ExitCode {
    let paths = match super::paths() {
        Ok(p) => p,
        Err(code) => return code,
    };
    let today = chrono::Local::now().date_naive();
    let made = crate::library::find(routine, &paths.routines())
        .map_err(PrintError::from)
        .and_then(|(id, r)| Ok((id, print::sheet::sheet(&r, paper(paper_arg), today)?)));
    match made {
        Ok((id, pdf)) => write(pdf, output, paths.exports, &format!("{id}-sheet")),
        Err(e) => fail(&e),
    }
}

/// The first day a report covers by default: eight weeks back.
pub fn default_since(today: NaiveDate) -> NaiveDate {
    today - Days::new(7 * 8 - 1)
}

/// `limber report [--since DATE] [-o FILE.pdf] [--paper a4|letter]`.
pub fn report(
    since: Option<NaiveDate>,
    output: Option<PathBuf>,
    paper_arg: Option<PaperArg>,
) -> ExitCode {
    let paths = match super::paths() {
        Ok(p) => p,
        Err(code) => return code,
    };
    let today = chrono::Local::now().date_naive();
    let history = match crate::history::load(&paths.history()) {
        Ok(h) => h,
        Err(e) => return fail(&PrintError::History(e)),
    };
    let from = since.unwrap_or_else(|| default_since(today)).min(today);
    let input = print::report::Input {
        records: &history.records,
        from,
        to: today,
        planned: crate::reminders::adherence::planned_between(
            &paths.plan(),
            &history.records,
            from,
            today,
        ),
        paper: paper(paper_arg),
    };
    match print::report::report(&input) {
        Ok(pdf) => write(
            pdf,
            output,
            paths.exports,
            &format!("limber-report-{}", today.format("%Y-%m-%d")),
        ),
        Err(e) => fail(&e),
    }
}
