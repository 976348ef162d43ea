//! The `limber` command line: the GUI by default, and subcommands for
//! listing, checking and previewing routines from a terminal.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};
use serde_json::json;

use crate::library::{self, LibraryError};
use crate::paths::Paths;
use crate::routine::{self, Plan, Routine, clock};
use crate::settings::Settings;
use crate::tr;

mod history;
mod pack;
mod print;
mod reminders;

#[derive(Debug, Parser)]
#[command(
    name = "limber",
    version = env!("LIMBER_VERSION"),
    about = "Follow exercise routines at home: illustrated moves, timers, breathing cues and chimes.",
    after_help = "With no command, opens the window.\nLIMBER_HOME=DIR keeps every file Limber reads or writes under DIR."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List every routine found (bundled and your own)
    List {
        /// Print a JSON array instead of a table
        #[arg(long)]
        json: bool,
    },
    /// Check routine files for mistakes; prints FILE:LINE:COL: message for each
    Check {
        /// Routine files (or folders of them) to check
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Show a routine's timeline: each step's start, length, and the total
    Plan {
        /// A routine id (see `limber list`) or the path of a .ron file
        routine: String,
        /// Print JSON instead of a table
        #[arg(long)]
        json: bool,
    },
    /// Follow a routine in the terminal, by ear: chimes and a live status line
    ///
    /// Keys: Space pause, n or → skip, p or ← back, r restart, + add 15 s,
    /// Enter done (moves that last until you are done), y/n answer a
    /// question, m mute, q or Esc quit. When input is not a terminal, lines
    /// answer the questions (y/n); at the end of the input the answer the
    /// plan assumes is taken, and said. Exits 0 when the routine ends.
    Follow {
        /// A routine id (see `limber list`) or the path of a .ron file
        routine: String,
        /// Write each cue's planned time and the time the sound device took
        /// it (ms from the start) to FILE
        #[arg(long, value_name = "FILE")]
        cue_log: Option<PathBuf>,
        /// Answer every question with this instead of asking
        #[arg(long, value_enum)]
        answer: Option<AnswerArg>,
        /// At the end, print how long the routine took against its plan
        #[arg(long)]
        timing: bool,
    },
    /// Open the window straight into a routine's player
    Play {
        /// A routine id (see `limber list`) or the path of a .ron file
        routine: String,
        /// Start the routine at once instead of waiting on its first screen
        #[arg(long)]
        start: bool,
    },
    /// Run the reminder service: notifications at the planned times, a tray
    /// icon (what "Start Limber at login" starts)
    Background {
        /// Ask the running reminder service to quit, and wait for it
        #[arg(long)]
        quit: bool,
    },
    /// Remove Limber's login entry (and on Windows its notices' name) from
    /// the system; routines, settings and history stay. The Windows
    /// installer runs this when Limber is removed.
    #[command(hide = true)]
    Unregister,
    /// The coming week's reminders, and what became of today's
    Reminders {
        /// Print JSON instead of a table
        #[arg(long)]
        json: bool,
    },
    /// Show your sessions: a table and a summary, or CSV or JSON to export
    History {
        /// Print JSON: an object with the session records (`sessions`) and
        /// the movement breaks per day (`breaks`)
        #[arg(long, conflicts_with = "csv")]
        json: bool,
        /// Print CSV with a header row, for a spreadsheet
        #[arg(long)]
        csv: bool,
        /// Only sessions on this local date or later
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = history::parse_date)]
        since: Option<chrono::NaiveDate>,
    },
    /// Add a routine from a .limber file (or a .ron file and its pictures)
    /// to your routines; it is checked first, and refused with FILE:LINE:COL
    /// if anything is wrong
    Import {
        /// The .limber (or .ron) file
        file: PathBuf,
        /// Replace a routine with the same id (your file is kept hidden)
        #[arg(long, conflicts_with = "as_id")]
        replace: bool,
        /// Import it under this id instead of its own
        #[arg(long = "as", value_name = "NEW-ID")]
        as_id: Option<String>,
    },
    /// Write a routine and its pictures into one .limber file to share
    Export {
        /// A routine id (see `limber list`) or the path of a .ron file
        routine: String,
        /// Where to write it (default: ID.limber in your documents folder)
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Write a printable sheet of a routine (PDF): each move with its
    /// picture, dose, steps and cautions, and the safety notes
    Print {
        /// A routine id (see `limber list`) or the path of a .ron file
        routine: String,
        /// Where to write it (default: in your documents folder)
        #[arg(short, long, value_name = "FILE.pdf")]
        output: Option<PathBuf>,
        /// Paper size (default: from the locale, Letter in the US and
        /// Canada, A4 elsewhere)
        #[arg(long, value_enum)]
        paper: Option<PaperArg>,
    },
    /// Write a progress report of your sessions (PDF) to bring to an
    /// appointment: minutes per week, pain before and after, skipped moves,
    /// answers and notes
    Report {
        /// The first day to include (default: 8 weeks ago)
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = history::parse_date)]
        since: Option<chrono::NaiveDate>,
        /// Where to write it (default: in your documents folder)
        #[arg(short, long, value_name = "FILE.pdf")]
        output: Option<PathBuf>,
        /// Paper size (default: from the locale)
        #[arg(long, value_enum)]
        paper: Option<PaperArg>,
    },
    /// Open the window on importing FILE (what double-clicking a .limber
    /// file does); without FILE, just open the window
    Open {
        /// The .limber (or .ron) file
        file: Option<PathBuf>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum PaperArg {
    A4,
    Letter,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum AnswerArg {
    Yes,
    No,
}

/// Writes a line to stdout, ignoring a closed pipe (`limber list | head`).
macro_rules! out {
    ($($arg:tt)*) => {{
        let _ = writeln!(std::io::stdout().lock(), $($arg)*);
    }};
}

macro_rules! err {
    ($($arg:tt)*) => {{
        let _ = writeln!(std::io::stderr().lock(), $($arg)*);
    }};
}

pub fn paths() -> Result<Paths, ExitCode> {
    Paths::find().map_err(|e| {
        err!("limber: {e}");
        ExitCode::from(1)
    })
}

/// Loads settings, reporting any problem in the file on stderr.
pub fn settings(paths: &Paths) -> Settings {
    let (settings, notices) = Settings::load(&paths.settings());
    for n in notices {
        err!("{}", tr!("cli-warning", notice = n));
    }
    settings
}

/// Runs a terminal subcommand. (`Play` and no command are the GUI's.)
pub fn run(command: Command) -> ExitCode {
    match command {
        Command::List { json } => list(json),
        Command::Check { files } => check(&files),
        Command::Plan { routine, json } => plan(&routine, json),
        Command::History { json, csv, since } => {
            let format = if json {
                Some(crate::history::Format::Json)
            } else if csv {
                Some(crate::history::Format::Csv)
            } else {
                None
            };
            history::run(format, since)
        }
        Command::Follow {
            routine,
            cue_log,
            answer,
            timing,
        } => follow(&routine, cue_log, answer, timing),
        Command::Background { quit } => match paths() {
            Ok(paths) if quit => stop_service(&paths),
            Ok(paths) => crate::service::run(paths),
            Err(code) => code,
        },
        Command::Unregister => match crate::desktop::unregister(paths().ok().as_ref()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                err!(
                    "{}",
                    tr!(
                        "app-failed-because",
                        what = tr!("app-autostart-failed"),
                        error = e
                    )
                );
                ExitCode::from(1)
            }
        },
        Command::Reminders { json } => match paths() {
            Ok(paths) => {
                let settings = settings(&paths);
                reminders::run(&paths, &settings.reminders.0, json)
            }
            Err(code) => code,
        },
        Command::Import {
            file,
            replace,
            as_id,
        } => pack::import(&file, replace, as_id),
        Command::Export { routine, output } => pack::export(&routine, output),
        Command::Print {
            routine,
            output,
            paper,
        } => print::sheet(&routine, output, paper),
        Command::Report {
            since,
            output,
            paper,
        } => print::report(since, output, paper),
        Command::Play { .. } | Command::Open { .. } => {
            err!("{}", tr!("cli-window-commands"));
            ExitCode::from(2)
        }
    }
}

/// How long `--quit` waits for the service to end: it closes its notice
/// and tray icon first.
const QUIT_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

fn stop_service(paths: &Paths) -> ExitCode {
    use crate::instance::Stopped;
    match crate::instance::stop_service(paths, QUIT_WAIT) {
        Ok(Stopped::Stopped) => {
            out!("{}", tr!("notice-service-stopped"));
            ExitCode::SUCCESS
        }
        Ok(Stopped::NotRunning) => {
            out!("{}", tr!("cli-service-not-running"));
            ExitCode::SUCCESS
        }
        Ok(Stopped::StillRunning) => {
            err!(
                "{}",
                tr!("cli-service-still-running", seconds = QUIT_WAIT.as_secs())
            );
            ExitCode::from(1)
        }
        Err(e) => {
            err!("limber: {e}");
            ExitCode::from(1)
        }
    }
}

fn list(json: bool) -> ExitCode {
    let paths = match paths() {
        Ok(p) => p,
        Err(code) => return code,
    };
    let entries = routine::library(&paths.routines());
    if json {
        let items: Vec<_> = entries
            .iter()
            .map(|e| match &e.routine {
                Ok(r) => json!({
                    "id": e.id,
                    "name": r.name,
                    "source": e.source.label(),
                    "total_seconds": Plan::estimate(r).as_secs_f64().round() as u64,
                    "moves": r.move_count(),
                    "description": r.description,
                }),
                Err(error) => json!({
                    "id": e.id,
                    "name": null,
                    "source": e.source.label(),
                    "total_seconds": null,
                    "error": error.to_string(),
                }),
            })
            .collect();
        out!(
            "{}",
            serde_json::to_string_pretty(&items).unwrap_or_default()
        );
        return ExitCode::SUCCESS;
    }
    let (id, time, name) = (
        tr!("cli-list-id"),
        tr!("cli-list-time"),
        tr!("cli-list-name"),
    );
    let id_width = entries
        .iter()
        .map(|e| e.id.chars().count())
        .max()
        .unwrap_or(0)
        .max(id.chars().count());
    let failed = tr!("cli-list-error");
    // Columns as wide as their longest entry (in characters): names and
    // headings are longer in some languages.
    let time_width = entries
        .iter()
        .filter_map(|e| e.routine.as_ref().ok())
        .map(|r| clock(Plan::estimate(r)).chars().count())
        .chain([time.chars().count(), failed.chars().count()])
        .max()
        .unwrap_or(0);
    let name_width = entries
        .iter()
        .filter_map(|e| e.routine.as_ref().ok())
        .map(|r| r.name.chars().count())
        .chain([name.chars().count()])
        .max()
        .unwrap_or(0);
    out!(
        "{id:id_width$}  {time:>time_width$}  {name:name_width$}  {}",
        tr!("cli-list-source")
    );
    for e in &entries {
        match &e.routine {
            Ok(r) => out!(
                "{:id_width$}  {:>time_width$}  {:name_width$}  {}",
                e.id,
                clock(Plan::estimate(r)),
                r.name,
                match &e.source {
                    routine::Source::Bundled => tr!("cli-list-bundled"),
                    routine::Source::User(path) => path.display().to_string(),
                }
            ),
            Err(error) => out!("{:id_width$}  {failed:>time_width$}  {error}", e.id),
        }
    }
    ExitCode::SUCCESS
}

fn check(files: &[PathBuf]) -> ExitCode {
    let mut bad = 0;
    let mut good = 0;
    for path in expand(files) {
        // `i18n/<language>/routines/<id>.ron` translates a bundled
        // routine: checked against it.
        let checked = match crate::routine::translation_path(&path) {
            Some((id, _)) => crate::routine::check_translation_file(&path, &id),
            None => crate::pictures::check_file(&path).map(|(r, _)| r),
        };
        match checked {
            Ok(r) => {
                good += 1;
                out!(
                    "{}",
                    tr!(
                        "cli-check-ok",
                        file = path.display().to_string(),
                        moves = r.move_count(),
                        time = clock(Plan::estimate(&r)),
                    )
                );
            }
            Err(problems) => {
                bad += 1;
                for e in problems {
                    err!("{e}");
                }
            }
        }
    }
    if bad > 0 {
        err!(
            "{}",
            tr!("cli-check-problems", bad = bad, total = bad + good)
        );
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Folders expand to the `.ron` files inside them.
fn expand(files: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for f in files {
        if f.is_dir() {
            let mut inside: Vec<PathBuf> = std::fs::read_dir(f)
                .into_iter()
                .flatten()
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "ron"))
                .collect();
            inside.sort();
            out.extend(inside);
        } else {
            out.push(f.clone());
        }
    }
    out
}

/// The files' places and the routine a command names, or the exit code
/// after saying what is wrong.
fn paths_and_routine(arg: &str) -> Result<(Paths, String, Arc<Routine>), ExitCode> {
    let paths = paths()?;
    let (id, routine) = library::find(arg, &paths.routines()).map_err(|e| {
        match e {
            LibraryError::NotFound(_) => err!("limber: {e}"),
            _ => err!("{e}"),
        }
        ExitCode::from(1)
    })?;
    Ok((paths, id, routine))
}

fn plan(arg: &str, json: bool) -> ExitCode {
    let (paths, id, routine) = match paths_and_routine(arg) {
        Ok(found) => found,
        Err(code) => return code,
    };
    let options = settings(&paths).plan_options();
    let plan = Plan::new(routine, &options);
    if json {
        out!(
            "{}",
            serde_json::to_string_pretty(&plan_json(&id, &plan)).unwrap_or_default()
        );
        return ExitCode::SUCCESS;
    }
    out!("{} ({id})", plan.routine.name);
    out!(
        "{:>7}  {:>6}  {}",
        tr!("cli-plan-start"),
        tr!("cli-plan-length"),
        tr!("cli-plan-step")
    );
    let mut section = usize::MAX;
    for step in &plan.steps {
        if step.section != section && step.kind != routine::StepKind::Gate {
            section = step.section;
            let name = &plan.routine.sections[section].name;
            if !name.is_empty() {
                let heading = if step.repeat {
                    tr!("cli-plan-section-again", name = name)
                } else {
                    tr!("cli-plan-section", name = name)
                };
                out!("         {heading}");
            }
        }
        let length = if step.kind == routine::StepKind::Gate {
            tr!("cli-plan-ask")
        } else if step.until_done && step.duration.is_zero() {
            tr!("cli-plan-open")
        } else {
            clock(step.duration)
        };
        out!(
            "{:>7}  {:>6}  {}",
            clock(step.start),
            length,
            plan.describe(step)
        );
    }
    out!("{}", tr!("cli-plan-total", time = clock(plan.total)));
    ExitCode::SUCCESS
}

fn follow(
    arg: &str,
    cue_log: Option<PathBuf>,
    answer: Option<AnswerArg>,
    timing: bool,
) -> ExitCode {
    let (paths, id, routine) = match paths_and_routine(arg) {
        Ok(found) => found,
        Err(code) => return code,
    };
    crate::follow::run(crate::follow::Options {
        id,
        routine,
        settings: settings(&paths),
        history: paths.history(),
        cue_log,
        answer: answer.map(|a| match a {
            AnswerArg::Yes => routine::Answer::Yes,
            AnswerArg::No => routine::Answer::No,
        }),
        timing,
    })
}

/// The plan as JSON: `total_seconds` and `steps` with their times.
pub fn plan_json(id: &str, plan: &Plan) -> serde_json::Value {
    let steps: Vec<_> = plan
        .steps
        .iter()
        .map(|s| {
            let mv = plan.move_of(s);
            json!({
                "kind": s.kind,
                "start_seconds": s.start.as_secs_f64(),
                "duration_seconds": s.duration.as_secs_f64(),
                "section": plan.routine.sections[s.section].name,
                "exercise": mv.map(|m| m.id.clone()),
                "name": mv.map(|m| m.name.clone()),
                "side": s.side.map(|side| side.key()),
                "set": (s.set > 0).then_some(s.set),
                "sets": (s.sets > 0).then_some(s.sets),
                "reps": s.reps,
                "until_done": s.until_done,
                "repeat": s.repeat,
                "label": plan.describe(s),
            })
        })
        .collect();
    json!({
        "id": id,
        "name": plan.routine.name,
        "total_seconds": plan.total.as_secs_f64(),
        "steps": steps,
    })
}
