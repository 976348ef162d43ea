//! `limber --version`: the version, and the commit when built from git.

use std::process::Command;

fn version_line() -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_limber"))
        .arg("--version")
        .env("LANGUAGE", "en")
        .env("LC_ALL", "C.UTF-8")
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

#[test]
fn version_names_the_release_and_the_commit_built() {
    let line = version_line();
    let release = concat!("limber ", env!("CARGO_PKG_VERSION"));
    assert!(line.starts_with(release), "{line}");
    // In a git checkout (CI's, a developer's), the commit built is named:
    // HEAD's short hash and date, as git gives them now.
    let head = Command::new("git")
        .args(["log", "-1", "--format=%h %cs"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8(o.stdout).unwrap().trim().to_string());
    match head {
        Some(head) if std::env::var_os("LIMBER_COMMIT").is_none() => {
            assert_eq!(line, format!("{release} ({head})"));
        }
        _ => {}
    }
}
