//! Sharing a routine as one `.limber` file: export then import gives the
//! same bytes back, and every broken or hostile pack is refused with a
//! clear message and nothing written, inside the routines folder or out.
//! Runs the real `limber` binary with `LIMBER_HOME` in a temporary folder.

#[path = "common/images.rs"]
mod images;

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use zip::write::SimpleFileOptions;

fn limber(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_limber"))
        .args(args)
        .env("LIMBER_HOME", home)
        // The same words whatever the machine's language.
        .env("LANGUAGE", "en")
        .env("LC_ALL", "C.UTF-8")
        .output()
        .unwrap()
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// Every file under `dir` with its bytes.
fn tree(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() && !p.is_symlink() {
                stack.push(p);
            } else {
                out.insert(p.clone(), std::fs::read(&p).unwrap_or_default());
            }
        }
    }
    out
}

const ROUTINE: &str = r#"// My physio's routine
(
    name: "From my physio",
    moves: [
        (id: "clam", name: "Clamshell", image: "photos/clam.png", reps: 10, sides: Both),
        (id: "bridge", name: "Bridge", image: ["bridge-down.jpg", "bridge-up.jpg"], reps: 12),
        (id: "wave", name: "Wave", image: "wave.gif", hold: "20s"),
        (id: "drawn", name: "Drawn", image: "drawn.svg", hold: "20s", mirror: false),
        (id: "figure-4", name: "Figure-4 stretch", image: "figure-4", hold: "30s"),
    ],
)
"#;

/// A home with the routine above and its pictures in its own folder.
fn home_with_routine() -> tempfile::TempDir {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("config/routines");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("physio.ron"), ROUTINE).unwrap();
    images::png(&dir.join("physio/photos/clam.png"));
    images::jpeg(&dir.join("physio/bridge-down.jpg"));
    images::jpeg(&dir.join("physio/bridge-up.jpg"));
    images::gif(&dir.join("physio/wave.gif"));
    images::svg(&dir.join("drawn.svg"));
    home
}

#[test]
fn export_then_import_gives_back_the_same_bytes() {
    let from = home_with_routine();
    let pack = from.path().join("physio.limber");
    let out = limber(
        from.path(),
        &["export", "physio", "-o", pack.to_str().unwrap()],
    );
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("5 pictures"), "{}", text(&out));

    let to = tempfile::tempdir().unwrap();
    let out = limber(to.path(), &["import", pack.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out));
    let src = from.path().join("config/routines");
    let dst = to.path().join("config/routines");
    assert_eq!(
        std::fs::read(dst.join("physio.ron")).unwrap(),
        ROUTINE.as_bytes(),
        "the routine file, comments and all"
    );
    for (mine, theirs) in [
        ("physio/photos/clam.png", "physio/photos/clam.png"),
        ("physio/bridge-down.jpg", "physio/bridge-down.jpg"),
        ("physio/bridge-up.jpg", "physio/bridge-up.jpg"),
        ("physio/wave.gif", "physio/wave.gif"),
        ("drawn.svg", "physio/drawn.svg"),
    ] {
        assert_eq!(
            std::fs::read(src.join(mine)).unwrap(),
            std::fs::read(dst.join(theirs)).unwrap(),
            "{mine}"
        );
    }
    let out = limber(
        to.path(),
        &["check", dst.join("physio.ron").to_str().unwrap()],
    );
    assert!(out.status.success(), "{}", text(&out));
    // Exported again from where it landed: the very same pack.
    let again = to.path().join("again.limber");
    let out = limber(
        to.path(),
        &["export", "physio", "-o", again.to_str().unwrap()],
    );
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(
        std::fs::read(&pack).unwrap(),
        std::fs::read(&again).unwrap()
    );
}

#[test]
fn a_taken_id_needs_replace_or_another_id() {
    let from = home_with_routine();
    let pack = from.path().join("p.limber");
    assert!(
        limber(
            from.path(),
            &["export", "physio", "-o", pack.to_str().unwrap()]
        )
        .status
        .success()
    );
    let before = tree(from.path());
    let out = limber(from.path(), &["import", pack.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out).contains("already exists"), "{}", text(&out));
    assert_eq!(tree(from.path()), before, "nothing written");

    let out = limber(
        from.path(),
        &["import", pack.to_str().unwrap(), "--as", "physio-copy"],
    );
    assert!(out.status.success(), "{}", text(&out));
    let dir = from.path().join("config/routines");
    assert!(dir.join("physio-copy.ron").exists());
    assert!(dir.join("physio-copy/photos/clam.png").exists());

    // The routine there has a photo of its own by the pack's photo's name.
    let photo = dir.join("physio/photos/clam.png");
    let packed = std::fs::read(&photo).unwrap();
    std::fs::write(&photo, b"the person's own photo").unwrap();
    let out = limber(
        from.path(),
        &["import", pack.to_str().unwrap(), "--replace"],
    );
    assert!(out.status.success(), "{}", text(&out));
    let hidden = |prefix: &str| {
        std::fs::read_dir(&dir)
            .unwrap()
            .flatten()
            .find(|e| e.file_name().to_string_lossy().starts_with(prefix))
            .map(|e| e.path())
    };
    assert!(
        hidden(".physio.ron.replaced-").is_some(),
        "the replaced file is kept hidden"
    );
    let pictures = hidden(".physio.pictures.replaced-").expect("its pictures are kept too");
    assert_eq!(
        std::fs::read(pictures.join("photos/clam.png")).unwrap(),
        b"the person's own photo",
        "the replaced routine's photo was overwritten"
    );
    assert_eq!(
        std::fs::read(&photo).unwrap(),
        packed,
        "the pack's photo is in"
    );
    // A bundled id is taken too.
    let out = limber(
        from.path(),
        &["export", "desk-break", "-o", pack.to_str().unwrap()],
    );
    assert!(out.status.success(), "{}", text(&out));
    let out = limber(from.path(), &["import", pack.to_str().unwrap()]);
    assert!(text(&out).contains("already exists"), "{}", text(&out));
}

/// Writes a zip of `entries` (name, bytes); `link`: a symlink entry.
fn pack(path: &Path, entries: &[(&str, Vec<u8>)], link: Option<(&str, &str)>) {
    let mut zip = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in entries {
        zip.start_file(*name, options).unwrap();
        zip.write_all(bytes).unwrap();
    }
    if let Some((name, target)) = link {
        zip.add_symlink(name, target, options).unwrap();
    }
    zip.finish().unwrap();
}

const SMALL: &str = r#"(name: "Evil", moves: [(id: "a", name: "A", image: "a.png", hold: "10s")])"#;

fn png_bytes() -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("a.png");
    images::png(&p);
    std::fs::read(p).unwrap()
}

/// Imports `entries` as a pack into a fresh home; checks it is refused
/// with `message` and that nothing changed anywhere under the temporary
/// folder holding the home and the pack.
fn refused(entries: &[(&str, Vec<u8>)], link: Option<(&str, &str)>, message: &str) {
    refused_as_made(|file| pack(file, entries, link), message);
}

/// Like [`refused`], for a pack that `make` writes at the path it is given.
fn refused_as_made(make: impl FnOnce(&Path), message: &str) {
    let outer = tempfile::tempdir().unwrap();
    let home = outer.path().join("home");
    std::fs::create_dir_all(home.join("config/routines")).unwrap();
    let file = outer.path().join("shared.limber");
    make(&file);
    let before = tree(outer.path());
    let out = limber(&home, &["import", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(
        text(&out).contains(message),
        "wanted {message:?}:\n{}",
        text(&out)
    );
    assert_eq!(tree(outer.path()), before, "nothing written ({message})");
    // Nor next to the temporary folder.
    assert!(!outer.path().parent().unwrap().join("evil.ron").exists());
}

#[test]
fn paths_climbing_out_are_refused() {
    refused(
        &[("evil.ron", SMALL.into()), ("../a.png", png_bytes())],
        None,
        "climbs out with `..`",
    );
    refused(
        &[("../evil.ron", SMALL.into()), ("a.png", png_bytes())],
        None,
        "climbs out with `..`",
    );
}

#[test]
fn absolute_paths_are_refused() {
    refused(
        &[("evil.ron", SMALL.into()), ("/tmp/a.png", png_bytes())],
        None,
        "an absolute path",
    );
}

#[test]
fn links_are_refused() {
    refused(
        &[("evil.ron", SMALL.into())],
        Some(("a.png", "/etc/passwd")),
        "a link",
    );
}

#[test]
fn a_zip_bomb_is_refused_unpacked_only_up_to_the_limit() {
    // 12 MiB of zeros squeeze into a few KiB; pictures are capped at 10.
    refused(
        &[
            ("evil.ron", SMALL.into()),
            ("a.png", vec![0; 12 * 1024 * 1024]),
        ],
        None,
        "unpacks to more than",
    );
}

#[test]
fn too_many_files_are_refused() {
    let mut entries = vec![("evil.ron".to_string(), SMALL.as_bytes().to_vec())];
    entries.extend((0..200).map(|i| (format!("p{i}.png"), vec![0u8; 8])));
    let entries: Vec<(&str, Vec<u8>)> = entries
        .iter()
        .map(|(n, b)| (n.as_str(), b.clone()))
        .collect();
    refused(
        &entries,
        None,
        "it holds 201 files; a pack holds at most 200",
    );
}

#[test]
fn a_pack_that_unpacks_to_too_much_in_all_is_refused() {
    // Ten pictures each under the 10 MiB cap, over 96 MiB together: one
    // squeezed entry of zeros, copied ten times as it is.
    refused_as_made(
        |file| {
            let one = file.with_extension("one");
            pack(&one, &[("p.png", vec![0; 10 * 1024 * 1024 - 1])], None);
            let mut source = zip::ZipArchive::new(std::fs::File::open(&one).unwrap()).unwrap();
            let mut zip = zip::ZipWriter::new(std::fs::File::create(file).unwrap());
            let options =
                SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
            zip.start_file("evil.ron", options).unwrap();
            zip.write_all(SMALL.as_bytes()).unwrap();
            for i in 0..10 {
                let entry = source.by_index_raw(0).unwrap();
                zip.raw_copy_file_rename(entry, format!("p{i}.png"))
                    .unwrap();
            }
            zip.finish().unwrap();
            std::fs::remove_file(one).unwrap();
        },
        "all together it unpacks to more than 96 MiB",
    );
}

#[test]
fn a_pack_file_over_the_size_limit_is_refused_unread() {
    refused_as_made(
        |file| {
            // Sparse: as big as it says, without the disk space.
            let f = std::fs::File::create(file).unwrap();
            f.set_len(65 * 1024 * 1024).unwrap();
        },
        "it is 65 MiB; packs are limited to 64 MiB",
    );
}

#[test]
fn huge_broken_and_missing_pictures_are_refused_at_their_place() {
    let dir = tempfile::tempdir().unwrap();
    let huge = dir.path().join("huge.png");
    images::huge(&huge);
    refused(
        &[
            ("evil.ron", SMALL.into()),
            ("a.png", std::fs::read(&huge).unwrap()),
        ],
        None,
        "evil.ron:1:",
    );
    refused(
        &[
            ("evil.ron", SMALL.into()),
            ("a.png", std::fs::read(&huge).unwrap()),
        ],
        None,
        "9000 × 4 pixels",
    );
    refused(
        &[("evil.ron", SMALL.into()), ("a.png", b"not a png".to_vec())],
        None,
        "not a readable PNG",
    );
    refused(&[("evil.ron", SMALL.into())], None, "is not in the pack");
}

#[test]
fn broken_routines_and_non_packs_are_refused() {
    refused(
        &[(
            "evil.ron",
            b"(name: \"X\", moves: [(id: \"a\", hodl: \"1s\")])".to_vec(),
        )],
        None,
        "shared.limber/evil.ron:1:",
    );
    refused(
        &[("a.ron", SMALL.into()), ("b.ron", SMALL.into())],
        None,
        "exactly one routine",
    );
    let outer = tempfile::tempdir().unwrap();
    let file = outer.path().join("junk.limber");
    std::fs::write(&file, b"PK\x03\x04 definitely not a zip").unwrap();
    let out = limber(outer.path(), &["import", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out).contains("not a Limber pack"), "{}", text(&out));
}

#[test]
#[cfg(unix)]
fn a_link_in_the_routines_folder_is_not_written_through() {
    let outer = tempfile::tempdir().unwrap();
    let home = outer.path().join("home");
    let routines = home.join("config/routines");
    std::fs::create_dir_all(&routines).unwrap();
    let elsewhere = outer.path().join("elsewhere");
    std::fs::create_dir_all(&elsewhere).unwrap();
    std::os::unix::fs::symlink(&elsewhere, routines.join("evil")).unwrap();
    let file = outer.path().join("shared.limber");
    pack(
        &file,
        &[("evil.ron", SMALL.into()), ("a.png", png_bytes())],
        None,
    );
    let out = limber(&home, &["import", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(
        text(&out).contains("a link in your routines folder"),
        "{}",
        text(&out)
    );
    assert_eq!(std::fs::read_dir(&elsewhere).unwrap().count(), 0);
    assert!(!routines.join("evil.ron").exists());
}

#[test]
fn a_plain_routine_file_imports_with_its_pictures() {
    let outer = tempfile::tempdir().unwrap();
    let src = outer.path().join("from-physio");
    std::fs::create_dir_all(&src).unwrap();
    std::fs::write(src.join("knees.ron"), SMALL.replace("Evil", "Knees")).unwrap();
    images::png(&src.join("a.png"));
    let home = outer.path().join("home");
    let out = limber(&home, &["import", src.join("knees.ron").to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out));
    let dst = home.join("config/routines");
    assert_eq!(
        std::fs::read(dst.join("knees/a.png")).unwrap(),
        std::fs::read(src.join("a.png")).unwrap()
    );
    let out = limber(&home, &["list"]);
    assert!(text(&out).contains("Knees"), "{}", text(&out));
}
