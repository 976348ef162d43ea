//! SVG handles for the illustrations, built once: each frame as drawn and
//! mirrored. Handles are cheap to clone and iced caches their rasters.

use std::sync::LazyLock;

use iced::widget::svg;

use crate::illustrations::{self, Illustration};
use crate::routine::Side;

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
