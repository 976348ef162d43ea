use std::process::ExitCode;

use clap::Parser;
use limber::cli::{Cli, Command};

fn main() -> ExitCode {
    // The language first, so that even a mistake in the arguments is said
    // in it; the settings file's own problems are told by the command
    // that uses it.
    let choice = limber::paths::Paths::find()
        .map(|paths| {
            limber::settings::Settings::load(&paths.settings())
                .0
                .language
        })
        .unwrap_or(limber::i18n::LanguageChoice::System);
    limber::i18n::apply(choice);
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
        // Started at login (the Run key on Windows): no console window
        // for the day.
        Some(Command::Background { quit: false }) => {
            limber::console::release_for_window();
            limber::cli::run(Command::Background { quit: false })
        }
        Some(command) => limber::cli::run(command),
    }
}
