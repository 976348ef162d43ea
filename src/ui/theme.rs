//! Colours, fonts, sizes and widget styles: one place for the look.

use iced::border::Radius;
use iced::theme::Palette;
use iced::widget::{button, container, text};
use iced::{Border, Color, Font, Shadow, Theme, color, font};

pub const FONT: Font = Font::with_name("Inter");
pub const SEMIBOLD: Font = Font {
    weight: font::Weight::Semibold,
    ..FONT
};
pub const BOLD: Font = Font {
    weight: font::Weight::Bold,
    ..FONT
};

/// The bundled font files, loaded at start so text looks the same everywhere.
pub const FONT_FILES: [&[u8]; 3] = [
    crate::fonts::REGULAR,
    crate::fonts::SEMIBOLD,
    crate::fonts::BOLD,
];

/// The accent shared with the illustrations (working muscle, highlights).
pub const CORAL: Color = color!(0xe8765a);

/// The ring when a done-when-ready move has reached its time.
pub const DONE: Color = color!(0x3a9a5b);

const LIGHT: Palette = Palette {
    background: color!(0xf4f5f7),
    text: color!(0x1d2027),
    primary: color!(0x2f7a6d),
    success: color!(0x2f8a4e),
    warning: color!(0xb7791f),
    danger: color!(0xc2413b),
};

const DARK: Palette = Palette {
    background: color!(0x1c1d22),
    text: color!(0xe9eaee),
    primary: color!(0x5fbfab),
    success: color!(0x5cc07f),
    warning: color!(0xe0a84a),
    danger: color!(0xf0766c),
};

pub fn light() -> Theme {
    Theme::custom("Limber light", LIGHT)
}

pub fn dark() -> Theme {
    Theme::custom("Limber dark", DARK)
}

/// The theme with its background moved by one step of blue or not.
///
/// Why: iced_tiny_skia 0.14 computes the damage of text items with the
/// wrong transformation when the list of text groups shifts (e.g. a canvas
/// appears or goes), leaving stale or clipped text on screen. A change of
/// background colour forces a full redraw, so the app flips this whenever
/// the layout's structure changes; one step of blue is invisible.
pub fn with_parity(dark: bool, odd: bool) -> Theme {
    let mut palette = if dark { DARK } else { LIGHT };
    if odd {
        palette.background.b += if dark { 1.0 / 255.0 } else { -1.0 / 255.0 };
    }
    Theme::custom(if dark { "Limber dark" } else { "Limber light" }, palette)
}

pub fn is_dark(theme: &Theme) -> bool {
    theme.extended_palette().is_dark
}

/// A raised surface: cards, panels.
pub fn surface(theme: &Theme) -> Color {
    if is_dark(theme) {
        color!(0x272930)
    } else {
        Color::WHITE
    }
}

/// Text that steps back: hints, secondary lines.
pub fn muted(theme: &Theme) -> Color {
    let p = theme.palette();
    Color { a: 0.68, ..p.text }
}

pub fn hairline(theme: &Theme) -> Color {
    Color {
        a: if is_dark(theme) { 0.14 } else { 0.10 },
        ..theme.palette().text
    }
}

pub fn card(theme: &Theme) -> container::Style {
    container::Style {
        background: Some(surface(theme).into()),
        border: Border {
            color: hairline(theme),
            width: 1.0,
            radius: Radius::from(16.0),
        },
        // No shadow: tiny-skia's partial redraws leave stale pixels around
        // blurred shadows (iced issue #2712).
        shadow: Shadow::default(),
        ..container::Style::default()
    }
}

/// A card drawn with the accent border: the selected library card.
pub fn card_selected(theme: &Theme) -> container::Style {
    let mut style = card(theme);
    style.border.color = theme.palette().primary;
    style.border.width = 3.0;
    style
}

pub fn error_card(theme: &Theme) -> container::Style {
    let mut style = card(theme);
    style.border.color = theme.palette().danger;
    style.border.width = 2.0;
    style
}

/// A soft tinted panel, e.g. the caution box.
pub fn tinted(tint: Color) -> impl Fn(&Theme) -> container::Style {
    move |_| container::Style {
        background: Some(Color { a: 0.14, ..tint }.into()),
        border: Border {
            radius: Radius::from(12.0),
            ..Border::default()
        },
        ..container::Style::default()
    }
}

pub fn muted_text(theme: &Theme) -> text::Style {
    text::Style {
        color: Some(muted(theme)),
    }
}

pub fn accent_text(theme: &Theme) -> text::Style {
    text::Style {
        color: Some(theme.palette().primary),
    }
}

pub fn danger_text(theme: &Theme) -> text::Style {
    text::Style {
        color: Some(theme.palette().danger),
    }
}

/// The big, friendly primary button.
pub fn primary_button(theme: &Theme, status: button::Status) -> button::Style {
    let mut style = button::primary(theme, status);
    style.border.radius = Radius::from(12.0);
    style
}

/// Quiet buttons for the control bar: a surface that lights up on hover.
pub fn control_button(theme: &Theme, status: button::Status) -> button::Style {
    let p = theme.palette();
    let base = surface(theme);
    let background = match status {
        button::Status::Hovered | button::Status::Pressed => Color {
            a: 0.12,
            ..p.primary
        },
        _ => base,
    };
    button::Style {
        background: Some(background.into()),
        text_color: p.text,
        border: Border {
            color: hairline(theme),
            width: 1.0,
            radius: Radius::from(12.0),
        },
        shadow: Shadow::default(),
        snap: true,
    }
}

/// A card that is also a button (library cards): no chrome of its own.
pub fn bare_button(theme: &Theme, _status: button::Status) -> button::Style {
    button::Style {
        background: None,
        text_color: theme.palette().text,
        border: Border::default(),
        shadow: Shadow::default(),
        snap: true,
    }
}

/// A keyboard hint chip such as `Space`. Its text takes the colour of the
/// button it sits on, so it reads on quiet and primary buttons alike.
pub fn key_chip(_theme: &Theme) -> container::Style {
    container::Style {
        background: Some(Color::from_rgba(0.5, 0.5, 0.5, 0.22).into()),
        text_color: None,
        border: Border {
            radius: Radius::from(6.0),
            ..Border::default()
        },
        ..container::Style::default()
    }
}
