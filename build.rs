//! Names the commit in `limber --version` when Limber is built from a git
//! checkout: "limber 0.1.0 (3f2a9c1 2026-12-02)". A build from a source
//! archive without git says only the version; LIMBER_COMMIT set at build
//! time (packagers building outside a checkout) is used as it is.

use std::process::Command;

fn main() {
    let version = env!("CARGO_PKG_VERSION");
    println!("cargo:rerun-if-env-changed=LIMBER_COMMIT");
    let commit = match std::env::var("LIMBER_COMMIT") {
        Ok(given) if !given.is_empty() => Some(given),
        _ => from_git(),
    };
    let full = match commit {
        Some(commit) => format!("{version} ({commit})"),
        None => version.to_string(),
    };
    println!("cargo:rustc-env=LIMBER_VERSION={full}");
}

/// The short hash and date of HEAD, and a rebuild when HEAD moves.
fn from_git() -> Option<String> {
    let git = |args: &[&str]| -> Option<String> {
        let out = Command::new("git").args(args).output().ok()?;
        let text = String::from_utf8(out.stdout).ok()?;
        (out.status.success() && !text.trim().is_empty()).then(|| text.trim().to_string())
    };
    let commit = git(&["log", "-1", "--format=%h %cs"])?;
    // HEAD names a branch whose file changes on each commit (or, packed,
    // the packed-refs file does); watch all three.
    for path in ["HEAD", "packed-refs"]
        .into_iter()
        .filter_map(|p| git(&["rev-parse", "--git-path", p]))
        .chain(
            git(&["symbolic-ref", "-q", "HEAD"])
                .and_then(|r| git(&["rev-parse", "--git-path", &r])),
        )
    {
        // A path that does not exist would make cargo run this every time.
        if std::path::Path::new(&path).exists() {
            println!("cargo:rerun-if-changed={path}");
        }
    }
    Some(commit)
}
