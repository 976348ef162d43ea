//! Names the commit in `limber --version` when Limber is built from a git
//! checkout: "limber 0.1.0 (3f2a9c1 2026-12-02)". A build from a source
//! archive without git says only the version; LIMBER_COMMIT set at build
//! time (packagers building outside a checkout) is used as it is.
//!
//! For Windows it also puts Limber's icon and name inside limber.exe (what
//! Explorer, the Start menu and Task Manager show).

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
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("windows") {
        windows_resources();
    }
}

/// The icon (every size of `assets/icon`, in one .ico) and the version
/// details of limber.exe, compiled by the resource compiler of the Windows
/// toolchain (MinGW's windres, or the SDK's rc.exe).
fn windows_resources() {
    let sizes = [16, 32, 48, 64, 128, 256];
    let pngs: Vec<(u32, Vec<u8>)> = sizes
        .iter()
        .filter_map(|&size| {
            let path = format!("assets/icon/limber-{size}.png");
            println!("cargo:rerun-if-changed={path}");
            std::fs::read(&path).ok().map(|bytes| (size, bytes))
        })
        .collect();
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let icon = out.join("limber.ico");
    std::fs::write(&icon, ico(&pngs)).expect("OUT_DIR is writable");
    let mut resource = winresource::WindowsResource::new();
    resource
        .set_icon(icon.to_str().expect("OUT_DIR is UTF-8"))
        // Task Manager and the "Open with" list show the description.
        .set("FileDescription", "Limber")
        .set("ProductName", "Limber")
        .set("LegalCopyright", "MIT licence");
    if let Err(e) = resource.compile() {
        // A build without the resource compiler still works, iconless.
        println!("cargo:warning=limber.exe gets no icon: the resource compiler failed: {e}");
    }
}

/// An .ico file holding PNG images (Windows reads them since Vista).
fn ico(pngs: &[(u32, Vec<u8>)]) -> Vec<u8> {
    let count = pngs.len() as u16;
    let mut file = Vec::new();
    file.extend(0u16.to_le_bytes()); // reserved
    file.extend(1u16.to_le_bytes()); // an icon
    file.extend(count.to_le_bytes());
    let mut offset = 6 + 16 * u32::from(count);
    for (size, png) in pngs {
        // 256 is written as 0: the field is one byte.
        let side = if *size >= 256 { 0 } else { *size as u8 };
        file.extend([side, side, 0, 0]); // width, height, no palette, reserved
        file.extend(1u16.to_le_bytes()); // colour planes
        file.extend(32u16.to_le_bytes()); // bits per pixel
        file.extend((png.len() as u32).to_le_bytes());
        file.extend(offset.to_le_bytes());
        offset += png.len() as u32;
    }
    for (_, png) in pngs {
        file.extend(png);
    }
    file
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
