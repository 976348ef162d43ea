//! A countdown that does not wobble: each character sits in a fixed-width
//! slot, because the bundled font's digits have different widths.

use iced::widget::{Row, container, text};
use iced::{Element, Font, alignment};

/// Slot widths as a share of the font size (measured from Inter Bold).
const DIGIT: f32 = 0.66;
const NARROW: f32 = 0.32;

pub fn clock<'a, Message: 'a>(value: &str, size: f32, font: Font) -> Element<'a, Message> {
    let slots = value.chars().map(|c| {
        let width = if c.is_ascii_digit() { DIGIT } else { NARROW } * size;
        container(text(c.to_string()).size(size).font(font))
            .width(width)
            .align_x(alignment::Horizontal::Center)
            .into()
    });
    Row::with_children(slots).into()
}
