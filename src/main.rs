use std::process::ExitCode;

use clap::Parser;
use limber::cli::{Cli, Command};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        None | Some(Command::Open { file: None }) => {
            limber::console::release_for_window();
            limber::ui::run(None)
        }
        Some(Command::Play { routine, start }) => {
            limber::console::release_for_window();
            limber::ui::run(Some((routine, start)))
        }
        Some(Command::Open { file: Some(file) }) => {
            limber::console::release_for_window();
            limber::ui::open_file(file)
        }
        Some(command) => limber::cli::run(command),
    }
}
