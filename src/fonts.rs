//! The bundled Inter font files (OFL, see `assets/fonts/`): the window
//! loads them at start, and printed sheets embed and measure them, so text
//! looks the same on screen, on paper and on every system.

pub const REGULAR: &[u8] = include_bytes!("../assets/fonts/Inter-Regular.otf");
pub const SEMIBOLD: &[u8] = include_bytes!("../assets/fonts/Inter-SemiBold.otf");
pub const BOLD: &[u8] = include_bytes!("../assets/fonts/Inter-Bold.otf");

/// The family name the files share.
pub const FAMILY: &str = "Inter";
