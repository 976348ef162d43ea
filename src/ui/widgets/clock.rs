//! A countdown that does not wobble: each character sits in a fixed-width
//! slot, because the bundled font's digits have different widths.

use iced::widget::{Row, container, text};
use iced::{Element, Font, alignment};

/// Slot widths as a share of the font size (measured from Inter Bold).
const DIGIT: f32 = 0.66;
const NARROW: f32 = 0.32;

/// A character's slot, in ems: the colon is narrow, digits and "+" wide.
fn slot(c: char) -> f32 {
    if c == ':' { NARROW } else { DIGIT }
}

/// The width of `value` in ems, as laid out by [`clock`].
pub fn width_em(value: &str) -> f32 {
    value.chars().map(slot).sum()
}

/// The font size at which `value` is at most `width` wide, and at most `max`.
pub fn fitting(value: &str, width: f32, max: f32) -> f32 {
    (width / width_em(value).max(0.1)).min(max)
}

pub fn clock<'a, Message: 'a>(value: &str, size: f32, font: Font) -> Element<'a, Message> {
    let slots = value.chars().map(|c| {
        let width = slot(c) * size;
        container(text(c.to_string()).size(size).font(font))
            .width(width)
            .align_x(alignment::Horizontal::Center)
            .into()
    });
    Row::with_children(slots).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longer_times_get_smaller_to_stay_inside_the_ring() {
        // "0:27" fits at the full size; "+1:16" and "1:02:05" shrink.
        assert_eq!(fitting("0:27", 216.0, 90.0), 90.0);
        let over = fitting("+1:16", 216.0, 90.0);
        assert!(over < 90.0 && over * width_em("+1:16") <= 216.0 + 1e-3);
        assert!(fitting("1:02:05", 216.0, 90.0) < over);
    }
}
