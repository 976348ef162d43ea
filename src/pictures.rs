//! The person's own pictures in a routine: finding the files an `image`
//! names, checking them, and reading them for the card and the sheet.
//!
//! A picture named `"photos/bridge.jpg"` in `DIR/my-routine.ron` is looked
//! up first in the routine's own picture folder, `DIR/my-routine/`, then
//! beside the file, `DIR/`. Imported routines keep their pictures in their
//! own folder, so two routines with a `bridge.jpg` never clash.
//!
//! Core: files only. A picture that is missing or broken is an error value
//! here; the window shows a placeholder for it and `limber check` reports it
//! at its `FILE:LINE:COL`.

use std::io::{Cursor, Read};
use std::path::{Path, PathBuf};
use std::time::Duration;

use image::{AnimationDecoder, ImageDecoder, ImageFormat, ImageReader, Limits, RgbaImage};

use crate::routine::{self, Picture, Routine, RoutineError};
use crate::tr;

/// A picture file larger than this is refused unread.
pub const MAX_BYTES: u64 = 10 * 1024 * 1024;
/// Widest or tallest picture accepted, in pixels.
pub const MAX_SIDE: u32 = 8000;
/// Most pixels in one picture (a 6000 × 4000 photo).
pub const MAX_PIXELS: u64 = 24_000_000;
/// Most frames read from an animated GIF, and most pixels in all of them.
pub const MAX_FRAMES: usize = 300;
pub const MAX_FRAME_PIXELS: u64 = 60_000_000;
/// Pictures are shrunk to this many pixels on their long side for the
/// screen: a 12-megapixel photo would cost 48 MB drawn at 400 px wide.
pub const SCREEN_SIDE: u32 = 1200;

/// The kinds of picture Limber draws, from the file name's ending.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Png,
    Jpeg,
    Gif,
    Svg,
}

impl Kind {
    pub fn of(name: &str) -> Option<Kind> {
        let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
        match ext.as_str() {
            "png" => Some(Kind::Png),
            "jpg" | "jpeg" => Some(Kind::Jpeg),
            "gif" => Some(Kind::Gif),
            "svg" => Some(Kind::Svg),
            _ => None,
        }
    }

    fn format(self) -> Option<ImageFormat> {
        match self {
            Kind::Png => Some(ImageFormat::Png),
            Kind::Jpeg => Some(ImageFormat::Jpeg),
            Kind::Gif => Some(ImageFormat::Gif),
            Kind::Svg => None,
        }
    }

    fn label(self) -> &'static str {
        match self {
            Kind::Png => "PNG",
            Kind::Jpeg => "JPEG",
            Kind::Gif => "GIF",
            Kind::Svg => "SVG",
        }
    }
}

/// What is wrong with a picture file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PictureError {
    /// Not found in either folder (`own` and `beside`, see [`folders`]).
    Missing {
        name: String,
        own: PathBuf,
        beside: PathBuf,
    },
    Unreadable {
        name: String,
        reason: String,
    },
    TooLarge {
        name: String,
        size: u64,
    },
    TooManyPixels {
        name: String,
        width: u32,
        height: u32,
    },
    Broken {
        name: String,
        kind: &'static str,
        reason: String,
    },
    /// The name does not end in .png, .jpg, .jpeg, .gif or .svg.
    UnknownKind {
        name: String,
    },
    Outside {
        name: String,
    },
}

impl PictureError {
    /// The picture's name, as the routine writes it.
    pub fn name(&self) -> &str {
        match self {
            PictureError::Missing { name, .. }
            | PictureError::Unreadable { name, .. }
            | PictureError::TooLarge { name, .. }
            | PictureError::TooManyPixels { name, .. }
            | PictureError::Broken { name, .. }
            | PictureError::UnknownKind { name }
            | PictureError::Outside { name } => name,
        }
    }
}

impl std::fmt::Display for PictureError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            PictureError::Missing { name, own, beside } => tr!(
                "error-picture-missing",
                name = name,
                own = own.display().to_string(),
                beside = beside.display().to_string()
            ),
            PictureError::Unreadable { name, reason } => {
                tr!("error-picture-unreadable", name = name, reason = reason)
            }
            PictureError::TooLarge { name, size } => tr!(
                "error-picture-too-large",
                name = name,
                size = one_decimal(*size as f64 / 1048576.0),
                max = MAX_BYTES / (1024 * 1024)
            ),
            PictureError::TooManyPixels {
                name,
                width,
                height,
            } => tr!(
                "error-picture-too-many-pixels",
                name = name,
                width = *width,
                height = *height,
                side = MAX_SIDE,
                megapixels = MAX_PIXELS / 1_000_000
            ),
            PictureError::Broken { name, kind, reason } => tr!(
                "error-picture-broken",
                name = name,
                kind = *kind,
                reason = reason
            ),
            PictureError::UnknownKind { name } => tr!("error-picture-unknown-kind", name = name),
            PictureError::Outside { name } => tr!("error-picture-outside", name = name),
        })
    }
}

impl std::error::Error for PictureError {}

/// `12.5`, written the current language's way (`12,5`).
fn one_decimal(x: f64) -> String {
    let text = format!("{x:.1}");
    if crate::i18n::current().decimal_comma() {
        text.replace('.', ",")
    } else {
        text
    }
}

/// The folders a routine's pictures are looked up in, in order: its own
/// picture folder (named like the file), then the file's folder.
pub fn folders(routine_file: &Path) -> [PathBuf; 2] {
    let dir = routine::folder_of(routine_file);
    [dir.join(routine::id_of(routine_file)), dir]
}

/// Where the picture `name` of the routine in `routine_file` is.
pub fn find(routine_file: &Path, name: &str) -> Result<PathBuf, PictureError> {
    let [own, beside] = folders(routine_file);
    for dir in [&own, &beside] {
        let path = dir.join(name);
        if path.symlink_metadata().is_ok() {
            return inside(dir, &path, name).map(|()| path);
        }
    }
    Err(PictureError::Missing {
        name: name.to_string(),
        own,
        beside,
    })
}

/// A picture reached through a link must still be inside `dir`.
fn inside(dir: &Path, path: &Path, name: &str) -> Result<(), PictureError> {
    let real = path.canonicalize();
    let root = dir.canonicalize();
    match (real, root) {
        (Ok(real), Ok(root)) if real.starts_with(&root) => Ok(()),
        (Err(e), _) => Err(PictureError::Unreadable {
            name: name.to_string(),
            reason: e.to_string(),
        }),
        _ => Err(PictureError::Outside {
            name: name.to_string(),
        }),
    }
}

/// A picture file's bytes, refusing huge files without reading them whole.
pub fn read(path: &Path, name: &str) -> Result<Vec<u8>, PictureError> {
    let unreadable = |e: std::io::Error| PictureError::Unreadable {
        name: name.to_string(),
        reason: e.to_string(),
    };
    let file = std::fs::File::open(path).map_err(unreadable)?;
    let mut bytes = Vec::new();
    file.take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if bytes.len() as u64 > MAX_BYTES {
        let size = std::fs::metadata(path).map_or(bytes.len() as u64, |m| m.len());
        return Err(PictureError::TooLarge {
            name: name.to_string(),
            size,
        });
    }
    Ok(bytes)
}

/// One frame of a raster picture, as RGBA pixels.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Frame {
    pub width: u32,
    pub height: u32,
    pub rgba: Vec<u8>,
    /// How long it shows in an animation.
    pub delay: Duration,
}

impl Frame {
    /// The frame flipped left to right (for the other side).
    pub fn mirrored(&self) -> Frame {
        let image = RgbaImage::from_raw(self.width, self.height, self.rgba.clone())
            .map(|i| image::imageops::flip_horizontal(&i).into_raw())
            .unwrap_or_default();
        Frame {
            rgba: image,
            ..self.clone()
        }
    }
}

/// A picture read and checked.
#[derive(Clone, Debug, PartialEq)]
pub enum Decoded {
    /// An SVG drawing, as written (it parsed).
    Svg(Vec<u8>),
    /// A PNG, a JPEG or the frames of a GIF.
    Raster(Vec<Frame>),
}

/// Reads and decodes the picture `name` from `bytes`, checking its size
/// before decoding; `shrink_to`: scale raster frames down to this long side.
pub fn decode(name: &str, bytes: &[u8], shrink_to: Option<u32>) -> Result<Decoded, PictureError> {
    let kind = Kind::of(name).ok_or_else(|| PictureError::UnknownKind {
        name: name.to_string(),
    })?;
    let broken = |reason: String| PictureError::Broken {
        name: name.to_string(),
        kind: kind.label(),
        reason,
    };
    let Some(format) = kind.format() else {
        usvg::Tree::from_data(bytes, &usvg::Options::default())
            .map_err(|e| broken(e.to_string()))?;
        return Ok(Decoded::Svg(bytes.to_vec()));
    };
    let (width, height) = ImageReader::with_format(Cursor::new(bytes), format)
        .into_dimensions()
        .map_err(|e| broken(e.to_string()))?;
    if width > MAX_SIDE || height > MAX_SIDE || u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(PictureError::TooManyPixels {
            name: name.to_string(),
            width,
            height,
        });
    }
    let frames = if kind == Kind::Gif {
        gif_frames(bytes, width, height).map_err(broken)?
    } else {
        vec![still(bytes, format).map_err(broken)?]
    };
    Ok(Decoded::Raster(
        frames
            .into_iter()
            .map(|f| match shrink_to {
                Some(side) => shrink(f, side),
                None => f,
            })
            .collect(),
    ))
}

fn limits() -> Limits {
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_PIXELS * 4 + 1024 * 1024);
    limits
}

fn still(bytes: &[u8], format: ImageFormat) -> Result<Frame, String> {
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    reader.limits(limits());
    let image = reader.decode().map_err(|e| e.to_string())?.into_rgba8();
    Ok(Frame {
        width: image.width(),
        height: image.height(),
        rgba: image.into_raw(),
        delay: Duration::ZERO,
    })
}

fn gif_frames(bytes: &[u8], width: u32, height: u32) -> Result<Vec<Frame>, String> {
    let mut decoder =
        image::codecs::gif::GifDecoder::new(Cursor::new(bytes)).map_err(|e| e.to_string())?;
    decoder.set_limits(limits()).map_err(|e| e.to_string())?;
    let per_frame = u64::from(width) * u64::from(height);
    let most = (MAX_FRAME_PIXELS / per_frame.max(1)).min(MAX_FRAMES as u64) as usize;
    let mut frames = Vec::new();
    for frame in decoder.into_frames() {
        if frames.len() == most {
            return Err(tr!("error-gif-too-many-frames", most = most));
        }
        let frame = frame.map_err(|e| e.to_string())?;
        let (num, den) = frame.delay().numer_denom_ms();
        // Browsers draw frames given as "0" at 10 per second; so do we.
        let ms = if num == 0 { 100 } else { num / den.max(1) };
        let image = frame.into_buffer();
        frames.push(Frame {
            width: image.width(),
            height: image.height(),
            rgba: image.into_raw(),
            delay: Duration::from_millis(u64::from(ms.max(20))),
        });
    }
    if frames.is_empty() {
        return Err(tr!("error-gif-no-frames"));
    }
    Ok(frames)
}

fn shrink(frame: Frame, side: u32) -> Frame {
    let long = frame.width.max(frame.height);
    if long <= side {
        return frame;
    }
    let scale = f64::from(side) / f64::from(long);
    let w = ((f64::from(frame.width) * scale).round() as u32).max(1);
    let h = ((f64::from(frame.height) * scale).round() as u32).max(1);
    let Some(image) = RgbaImage::from_raw(frame.width, frame.height, frame.rgba) else {
        return Frame {
            width: 0,
            height: 0,
            rgba: Vec::new(),
            delay: frame.delay,
        };
    };
    let small = image::imageops::resize(&image, w, h, image::imageops::FilterType::Triangle);
    Frame {
        width: w,
        height: h,
        rgba: small.into_raw(),
        delay: frame.delay,
    }
}

/// Finds, reads and decodes the picture `name` of the routine in
/// `routine_file`.
pub fn load(
    routine_file: &Path,
    name: &str,
    shrink_to: Option<u32>,
) -> Result<Decoded, PictureError> {
    let path = find(routine_file, name)?;
    let bytes = read(&path, name)?;
    decode(name, &bytes, shrink_to)
}

/// Flips an SVG drawing left to right by wrapping its content in a
/// transform across its `viewBox` (or its `width`).
pub fn mirror_svg(svg: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(svg);
    let Some(start) = text.find("<svg") else {
        return svg.to_vec();
    };
    let Some(open_end) = text[start..].find('>').map(|e| start + e + 1) else {
        return svg.to_vec();
    };
    let close = text.rfind("</svg>");
    let tag = &text[start..open_end];
    let across = attribute(tag, "viewBox")
        .and_then(|v| {
            let n: Vec<f64> = v
                .split([' ', ','])
                .filter(|s| !s.is_empty())
                .filter_map(|s| s.parse().ok())
                .collect();
            (n.len() == 4).then(|| 2.0 * n[0] + n[2])
        })
        .or_else(|| {
            attribute(tag, "width").and_then(|w| w.trim_end_matches("px").parse::<f64>().ok())
        });
    match (across, close) {
        (Some(across), Some(close)) if close > open_end => format!(
            "{}<g transform=\"matrix(-1 0 0 1 {across} 0)\">{}</g>{}",
            &text[..open_end],
            &text[open_end..close],
            &text[close..]
        )
        .into_bytes(),
        _ => svg.to_vec(),
    }
}

/// The value of `name="..."` in an XML start tag.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let mut rest = tag;
    while let Some(at) = rest.find(name) {
        let before = rest[..at].chars().last();
        let after = rest[at + name.len()..].trim_start();
        rest = &rest[at + name.len()..];
        if !before.is_some_and(char::is_whitespace) {
            continue;
        }
        if let Some(value) = after.strip_prefix('=') {
            let value = value.trim_start();
            let quote = value.chars().next()?;
            if quote == '"' || quote == '\'' {
                return value[1..].split(quote).next();
            }
        }
    }
    None
}

/// Every picture file a routine names, in file order (the order
/// [`routine::locate_picture`] counts in), with the move naming it.
pub fn named(routine: &Routine) -> Vec<&str> {
    routine
        .moves()
        .filter_map(|m| m.image.as_ref())
        .flat_map(Picture::files)
        .map(String::as_str)
        .collect()
}

/// Every problem with the pictures of the routine read from `file` (whose
/// text is `text`), each at the place of its `image` value.
pub fn problems(file: &Path, text: &str, routine: &Routine) -> Vec<RoutineError> {
    let label = file.display().to_string();
    let mut seen: Vec<(&str, Option<String>)> = Vec::new();
    let mut out = Vec::new();
    for (n, name) in named(routine).into_iter().enumerate() {
        let problem = match seen.iter().find(|(s, _)| *s == name) {
            Some((_, p)) => p.clone(),
            None => {
                let p = load(file, name, None).err().map(|e| e.to_string());
                seen.push((name, p.clone()));
                p
            }
        };
        if let Some(message) = problem {
            out.push(routine::locate_picture(&label, text, n, &message));
        }
    }
    out
}

/// Reads a routine file and checks it and its pictures, as `limber check`
/// and import do: every problem, each with its `FILE:LINE:COL`.
pub fn check_file(path: &Path) -> Result<(Routine, Vec<u8>), Vec<RoutineError>> {
    let (routine, bytes) = routine::load_file_text(path).map_err(|e| vec![e])?;
    let text = String::from_utf8_lossy(&bytes);
    let problems = problems(path, &text, &routine);
    if problems.is_empty() {
        Ok((routine, bytes))
    } else {
        Err(problems)
    }
}

/// Why a picture could not be copied in for a routine.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AdoptError {
    #[error(transparent)]
    Picture(#[from] PictureError),
    #[error(transparent)]
    File(#[from] crate::files::FileError),
}

/// Copies picture files into the routine's own picture folder (`DIR/ID/`
/// for `DIR/ID.ron`), checking each first, and gives the names to write in
/// its `image`. A file already there with the same bytes is used as it is;
/// a different one of the same name gets `-2`, `-3`… instead.
pub fn adopt(routine_file: &Path, sources: &[PathBuf]) -> Result<Vec<String>, AdoptError> {
    let [own, _] = folders(routine_file);
    let mut names = Vec::new();
    for source in sources.iter().take(2) {
        let wanted = clean_name(source);
        let bytes = read(source, &wanted)?;
        decode(&wanted, &bytes, None)?;
        let (stem, ext) = wanted.rsplit_once('.').unwrap_or((&wanted, "png"));
        let name = (1..)
            .map(|n| match n {
                1 => wanted.clone(),
                n => format!("{stem}-{n}.{ext}"),
            })
            .find(|n| std::fs::read(own.join(n)).map_or(true, |b| b == bytes))
            .expect("some name is free");
        let target = own.join(&name);
        if !target.exists() {
            crate::files::write_atomic(&target, &bytes)
                .map_err(crate::files::FileError::at(&target))?;
        }
        names.push(name);
    }
    Ok(names)
}

/// A file's name made safe as a picture name: letters, digits, `.`, `-`
/// and `_`, with a lower-case ending.
fn clean_name(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let (stem, ext) = name.rsplit_once('.').unwrap_or((&name, ""));
    let stem: String = stem
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    let stem = stem.trim_matches('-');
    let stem = if stem.is_empty() { "picture" } else { stem };
    format!("{stem}.{}", ext.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_come_from_the_name() {
        assert_eq!(Kind::of("a/b.JPG"), Some(Kind::Jpeg));
        assert_eq!(Kind::of("x.svg"), Some(Kind::Svg));
        assert_eq!(Kind::of("x.bmp"), None);
        assert_eq!(Kind::of("noext"), None);
    }

    #[test]
    fn svgs_mirror_across_their_view_box_or_width() {
        let svg =
            br#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="10 0 200 100"><rect/></svg>"#;
        let out = String::from_utf8(mirror_svg(svg)).unwrap();
        assert!(
            out.contains(r#"<g transform="matrix(-1 0 0 1 220 0)"><rect/></g></svg>"#),
            "{out}"
        );
        let svg =
            br#"<svg width="64px" height="10" xmlns="http://www.w3.org/2000/svg"><rect/></svg>"#;
        let out = String::from_utf8(mirror_svg(svg)).unwrap();
        assert!(out.contains("matrix(-1 0 0 1 64 0)"), "{out}");
        assert_eq!(mirror_svg(b"not svg"), b"not svg");
    }

    #[test]
    fn raster_frames_flip_and_shrink() {
        let frame = Frame {
            width: 2,
            height: 1,
            rgba: vec![1, 2, 3, 4, 5, 6, 7, 8],
            delay: Duration::ZERO,
        };
        assert_eq!(frame.mirrored().rgba, vec![5, 6, 7, 8, 1, 2, 3, 4]);
        let big = Frame {
            width: 400,
            height: 100,
            rgba: vec![255; 400 * 100 * 4],
            delay: Duration::ZERO,
        };
        let small = shrink(big, 200);
        assert_eq!((small.width, small.height), (200, 50));
        assert_eq!(small.rgba.len(), 200 * 50 * 4);
    }
}
