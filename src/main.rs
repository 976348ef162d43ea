use std::process::ExitCode;

use clap::Parser;
use limber::cli::{Cli, Command};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        None => limber::ui::run(None),
        Some(Command::Play { routine, start }) => limber::ui::run(Some((routine, start))),
        Some(Command::Open { file: Some(file) }) => limber::ui::open_file(file),
        Some(Command::Open { file: None }) => limber::ui::run(None),
        Some(command) => limber::cli::run(command),
    }
}
