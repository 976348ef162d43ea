//! A button label with its keyboard shortcut beside it: "Pause  [Space]".

use iced::widget::text::IntoFragment;
use iced::widget::{container, row, text};
use iced::{Alignment, Element};

use crate::ui::theme;

/// With an empty `key`, just the label (no empty chip).
pub fn labelled<'a, Message: 'a>(
    label: impl IntoFragment<'a>,
    key: &'a str,
    size: f32,
) -> Element<'a, Message> {
    if key.is_empty() {
        return text(label).size(size).font(theme::SEMIBOLD).into();
    }
    row![
        text(label).size(size).font(theme::SEMIBOLD),
        container(text(key_name(key)).size(size * 0.8))
            .padding([2.0, 7.0])
            .style(theme::key_chip),
    ]
    .spacing(size * 0.55)
    .align_y(Alignment::Center)
    .into()
}

/// A key's name as the person's keyboard calls it ("Leertaste", "Intro");
/// letters, arrows and symbols are shown as they are.
pub fn key_name(key: &str) -> String {
    match key {
        "Space" => crate::tr!("key-space"),
        "Enter" => crate::tr!("key-enter"),
        "Esc" => crate::tr!("key-esc"),
        "Tab" => crate::tr!("key-tab"),
        "Del" => crate::tr!("key-del"),
        other => other.to_string(),
    }
}
