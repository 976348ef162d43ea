//! Writes Limber's man pages and shell completions, made from the same clap
//! definition as the program, into a folder (scripts/package runs it):
//!
//!     cargo run --example manual -- OUT
//!
//! OUT/man/limber.1 and a page per command (limber-list.1, ...), and
//! OUT/completions/limber.bash, _limber (zsh) and limber.fish.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::CommandFactory;
use clap_complete::Shell;
use limber::cli::Cli;

fn main() -> ExitCode {
    let Some(out) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: cargo run --example manual -- OUT");
        return ExitCode::from(2);
    };
    match write(&out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("manual: cannot write into {}: {e}", out.display());
            ExitCode::FAILURE
        }
    }
}

fn write(out: &std::path::Path) -> std::io::Result<()> {
    let man = out.join("man");
    std::fs::create_dir_all(&man)?;
    clap_mangen::generate_to(Cli::command(), &man)?;
    let completions = out.join("completions");
    std::fs::create_dir_all(&completions)?;
    for shell in [Shell::Bash, Shell::Zsh, Shell::Fish] {
        clap_complete::generate_to(shell, &mut Cli::command(), "limber", &completions)?;
    }
    Ok(())
}
