//! SVG handles for the illustrations, built once: each frame as drawn and
//! mirrored. Handles are cheap to clone and iced caches their rasters.
//!
//! The person's own pictures (see `crate::pictures`) are read off the UI
//! thread (`app::work::load_pictures`) and kept here by routine file and
//! name; until one is read, or when it cannot be, a plain placeholder shows.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{LazyLock, Mutex};
use std::time::{Duration, SystemTime};

use iced::widget::{image, svg};
use iced::{ContentFit, Element, Length};

use crate::illustrations::{self, Illustration};
use crate::pictures::{Decoded, PictureError};
use crate::routine::{Move, Picture, Side};

struct Frames {
    id: &'static str,
    plain: Vec<svg::Handle>,
    mirrored: Vec<svg::Handle>,
}

static FRAMES: LazyLock<Vec<Frames>> = LazyLock::new(|| {
    illustrations::ALL
        .iter()
        .chain(std::iter::once(&illustrations::GENERIC))
        .map(build)
        .collect()
});

fn build(ill: &Illustration) -> Frames {
    Frames {
        id: ill.id,
        plain: ill
            .frames
            .iter()
            .map(|f| svg::Handle::from_memory(f.svg))
            .collect(),
        mirrored: ill
            .frames
            .iter()
            .map(|f| svg::Handle::from_memory(mirror(f.svg)))
            .collect(),
    }
}

/// Flips a drawing left to right by wrapping its content in a transform
/// (all drawings share the 400-unit-wide viewBox).
fn mirror(svg: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(svg);
    let open_end = text
        .find("<svg")
        .and_then(|start| text[start..].find('>').map(|end| start + end + 1));
    let close = text.rfind("</svg>");
    match (open_end, close) {
        (Some(open_end), Some(close)) if close > open_end => format!(
            "{}<g transform=\"matrix(-1 0 0 1 400 0)\">{}</g>{}",
            &text[..open_end],
            &text[open_end..close],
            &text[close..]
        )
        .into_bytes(),
        _ => svg.to_vec(),
    }
}

/// Drawings show the right side; the left side is the mirror image.
fn mirrored_for(side: Option<Side>) -> bool {
    side == Some(Side::Left)
}

fn frames_of(image: Option<&str>) -> &'static Frames {
    let id = illustrations::for_image(image).id;
    FRAMES
        .iter()
        .find(|f| f.id == id)
        .unwrap_or_else(|| FRAMES.last().expect("the generic drawing"))
}

/// The handle for frame `frame` (wrapping) of a move's drawing.
pub fn frame(image: Option<&str>, frame: usize, side: Option<Side>) -> svg::Handle {
    let frames = frames_of(image);
    let list = if mirrored_for(side) {
        &frames.mirrored
    } else {
        &frames.plain
    };
    list[frame % list.len()].clone()
}

pub fn frame_count(image: Option<&str>) -> usize {
    frames_of(image).plain.len()
}

/// Shown while a picture is read, and instead of one that cannot be.
const PLACEHOLDER: &[u8] = br##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300">
<rect x="120" y="80" width="160" height="120" rx="12" fill="none" stroke="#8a8f98" stroke-width="6"/>
<path d="M132 186 L180 138 L212 168 L232 150 L268 186 Z" fill="#8a8f98" opacity="0.6"/>
<circle cx="240" cy="114" r="12" fill="#8a8f98" opacity="0.6"/>
</svg>"##;

static PLACEHOLDER_HANDLE: LazyLock<svg::Handle> =
    LazyLock::new(|| svg::Handle::from_memory(PLACEHOLDER));

/// One drawable frame of a picture.
#[derive(Clone, Debug)]
pub enum Drawn {
    Svg(svg::Handle),
    Raster(image::Handle),
}

impl Drawn {
    fn of(decoded: &Decoded, mirrored: bool) -> Vec<Drawn> {
        match decoded {
            Decoded::Svg(bytes) if mirrored => vec![Drawn::Svg(svg::Handle::from_memory(
                crate::pictures::mirror_svg(bytes),
            ))],
            Decoded::Svg(bytes) => vec![Drawn::Svg(svg::Handle::from_memory(bytes.clone()))],
            Decoded::Raster(frames) => frames
                .iter()
                .map(|f| {
                    let f = if mirrored { f.mirrored() } else { f.clone() };
                    Drawn::Raster(image::Handle::from_rgba(f.width, f.height, f.rgba))
                })
                .collect(),
        }
    }
}

/// A person's picture file, ready to draw: every frame as it is and
/// mirrored, and how long each shows (animated GIFs).
pub struct Loaded {
    plain: Vec<Drawn>,
    mirrored: Vec<Drawn>,
    delays: Vec<Duration>,
}

impl Loaded {
    pub fn new(decoded: &Decoded) -> Loaded {
        let delays = match decoded {
            Decoded::Raster(frames) if frames.len() > 1 => frames.iter().map(|f| f.delay).collect(),
            _ => Vec::new(),
        };
        Loaded {
            plain: Drawn::of(decoded, false),
            mirrored: Drawn::of(decoded, true),
            delays,
        }
    }
}

/// What was read for a picture file: when it was read (to read it again
/// after a change) and the result.
pub struct Stored {
    pub stamp: Stamp,
    pub result: Result<Loaded, PictureError>,
}

/// A picture file's place, change time and size when it was read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stamp(pub Option<(PathBuf, Option<SystemTime>, u64)>);

type Key = (PathBuf, String);

static STORE: LazyLock<Mutex<HashMap<Key, Stored>>> = LazyLock::new(Default::default);

fn store() -> std::sync::MutexGuard<'static, HashMap<Key, Stored>> {
    STORE
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The stamp of what is stored for this picture, if anything.
pub fn stored_stamp(routine_file: &Path, name: &str) -> Option<Stamp> {
    store()
        .get(&(routine_file.to_path_buf(), name.to_string()))
        .map(|s| s.stamp.clone())
}

/// Keeps a picture read off the UI thread.
pub fn keep(routine_file: PathBuf, name: String, stored: Stored) {
    store().insert((routine_file, name), stored);
}

/// Reads the person's own pictures of these routines that are not stored
/// yet, or changed since, into the store; returns how many were read.
/// Blocking: the app calls it off the UI thread.
pub fn read_pictures(routines: &[std::sync::Arc<crate::routine::Routine>]) -> usize {
    let mut count = 0;
    for r in routines {
        let Some(file) = r.file.as_deref() else {
            continue;
        };
        for name in crate::pictures::named(r) {
            let found = crate::pictures::find(file, name);
            let stamp = Stamp(found.as_ref().ok().and_then(|path| {
                let meta = std::fs::metadata(path).ok()?;
                Some((path.clone(), meta.modified().ok(), meta.len()))
            }));
            if stored_stamp(file, name).as_ref() == Some(&stamp) {
                continue;
            }
            let result = found
                .and_then(|path| crate::pictures::read(&path, name))
                .and_then(|bytes| {
                    crate::pictures::decode(name, &bytes, Some(crate::pictures::SCREEN_SIDE))
                })
                .map(|decoded| Loaded::new(&decoded));
            keep(
                file.to_path_buf(),
                name.to_string(),
                Stored { stamp, result },
            );
            count += 1;
        }
    }
    count
}

/// How a move's picture is shown at a moment: which frame (for two
/// positions, or an animation's clock) and which side.
#[derive(Clone, Copy, Debug, Default)]
pub struct Pose {
    /// 0: the rest position, 1: the position reached (two-picture moves).
    pub frame: usize,
    pub side: Option<Side>,
    /// Time into an animation (animated GIFs).
    pub clock: Duration,
}

impl Pose {
    pub fn still(side: Option<Side>) -> Pose {
        Pose {
            side,
            ..Pose::default()
        }
    }
}

/// The frame to draw for a move of the routine read from `file`.
pub fn drawn(file: Option<&Path>, m: Option<&Move>, pose: Pose) -> Drawn {
    let image = m.and_then(|m| m.image.as_ref());
    let mirror = m.is_none_or(|m| m.mirror) && mirrored_for(pose.side);
    let names = match image {
        Some(Picture::Files(names)) => names,
        other => {
            let id = other.and_then(Picture::bundled);
            let side = if mirror { Some(Side::Left) } else { None };
            return Drawn::Svg(frame(id, pose.frame, side));
        }
    };
    let placeholder = || Drawn::Svg(PLACEHOLDER_HANDLE.clone());
    let Some(file) = file else {
        return placeholder();
    };
    // Two files: the two positions; one file: its frames in time.
    let (name, frame_of) = if names.len() > 1 {
        (&names[pose.frame % names.len()], None)
    } else {
        (&names[0], Some(pose.clock))
    };
    let store = store();
    let Some(Stored {
        result: Ok(loaded), ..
    }) = store.get(&(file.to_path_buf(), name.clone()))
    else {
        return placeholder();
    };
    let list = if mirror {
        &loaded.mirrored
    } else {
        &loaded.plain
    };
    let index = frame_of.map_or(0, |clock| animation_frame(&loaded.delays, clock));
    list.get(index).cloned().unwrap_or_else(placeholder)
}

/// The frame of an animation shown `clock` into it (looping).
fn animation_frame(delays: &[Duration], clock: Duration) -> usize {
    let total: Duration = delays.iter().sum();
    if delays.is_empty() || total.is_zero() {
        return 0;
    }
    let mut left = Duration::from_nanos((clock.as_nanos() % total.as_nanos()) as u64);
    for (i, d) in delays.iter().enumerate() {
        if left < *d {
            return i;
        }
        left -= *d;
    }
    0
}

/// How long until the animated picture of this move shows its next frame
/// (`None`: it does not animate, or is not read yet).
pub fn next_change(file: Option<&Path>, m: Option<&Move>, clock: Duration) -> Option<Duration> {
    let (file, Some(Picture::Files(names))) = (file?, m.and_then(|m| m.image.as_ref())) else {
        return None;
    };
    if names.len() != 1 {
        return None;
    }
    let store = store();
    let Stored {
        result: Ok(loaded), ..
    } = store.get(&(file.to_path_buf(), names[0].clone()))?
    else {
        return None;
    };
    until_next_frame(&loaded.delays, clock)
}

/// How long after `clock` the animation's frame changes (looping); `None`
/// for a still picture.
fn until_next_frame(delays: &[Duration], clock: Duration) -> Option<Duration> {
    let total: Duration = delays.iter().sum();
    if total.is_zero() {
        return None;
    }
    let mut at = Duration::from_nanos((clock.as_nanos() % total.as_nanos()) as u64);
    for d in delays {
        if at < *d {
            return Some(*d - at);
        }
        at -= *d;
    }
    None
}

/// A move's picture as a widget of the given size.
pub fn view<'a, M: 'a>(
    file: Option<&Path>,
    m: Option<&Move>,
    pose: Pose,
    width: impl Into<Length>,
    height: impl Into<Length>,
) -> Element<'a, M> {
    match drawn(file, m, pose) {
        Drawn::Svg(handle) => svg(handle).width(width).height(height).into(),
        Drawn::Raster(handle) => image(handle)
            .width(width)
            .height(height)
            .content_fit(ContentFit::Contain)
            .into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mirroring_wraps_the_content_in_a_flip() {
        let svg =
            br#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300"><rect x="1"/></svg>"#;
        let out = String::from_utf8(mirror(svg)).unwrap();
        assert_eq!(
            out,
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300"><g transform="matrix(-1 0 0 1 400 0)"><rect x="1"/></g></svg>"#
        );
        // Not an SVG: left alone.
        assert_eq!(mirror(b"nonsense"), b"nonsense");
    }

    #[test]
    fn every_bundled_frame_mirrors_to_a_valid_drawing() {
        for ill in illustrations::ALL {
            for f in ill.frames {
                let m = mirror(f.svg);
                usvg::Tree::from_data(&m, &usvg::Options::default())
                    .unwrap_or_else(|e| panic!("{}: {e}", f.file));
                assert_ne!(m, f.svg);
            }
        }
    }

    #[test]
    fn an_animation_shows_each_frame_for_its_delay_and_loops() {
        let ms = Duration::from_millis;
        let delays = [ms(100), ms(300), ms(100)];
        let frames: Vec<usize> = [0, 99, 100, 399, 400, 499, 500, 600, 1_000_100]
            .iter()
            .map(|&t| animation_frame(&delays, ms(t)))
            .collect();
        assert_eq!(frames, [0, 0, 1, 1, 2, 2, 0, 1, 1]);
        assert_eq!(until_next_frame(&delays, ms(0)), Some(ms(100)));
        assert_eq!(until_next_frame(&delays, ms(150)), Some(ms(250)));
        assert_eq!(until_next_frame(&delays, ms(450)), Some(ms(50)));
        assert_eq!(until_next_frame(&delays, ms(500)), Some(ms(100)));
        // A still picture: one frame, nothing to wait for.
        assert_eq!(animation_frame(&[], ms(700)), 0);
        assert_eq!(animation_frame(&[Duration::ZERO], ms(700)), 0);
        assert_eq!(until_next_frame(&[], ms(700)), None);
    }

    #[test]
    fn two_frame_moves_alternate_and_unknown_images_fall_back() {
        assert_eq!(frame_count(Some("bridge")), 2);
        assert_eq!(frame_count(Some("figure-4")), 1);
        assert_eq!(frame_count(None), 1);
        assert_ne!(
            frame(Some("bridge"), 0, None),
            frame(Some("bridge"), 1, None)
        );
        assert_eq!(
            frame(Some("bridge"), 2, None),
            frame(Some("bridge"), 0, None)
        );
        assert_ne!(
            frame(Some("figure-4"), 0, Some(Side::Left)),
            frame(Some("figure-4"), 0, Some(Side::Right))
        );
    }
}
