//! The window's size and mode: compact, full screen, and the scale that
//! lets the whole layout grow with the window.

use iced::{Size, Task, window};

use super::{App, Message, Screen};

/// The window's size at start, and the layout the full player is drawn for.
pub const BASE: Size = Size::new(1280.0, 800.0);
/// The compact player's layout size (and the compact window's size).
pub const COMPACT: Size = Size::new(480.0, 320.0);

impl App {
    pub(super) fn toggle_compact(&mut self) -> Task<Message> {
        if self.compact {
            return self.leave_compact();
        }
        self.compact = true;
        self.restore = Some(self.size);
        let size = COMPACT;
        window::oldest().and_then(move |id| {
            Task::batch([
                window::set_mode(id, window::Mode::Windowed),
                window::resize(id, size),
                window::set_level(id, window::Level::AlwaysOnTop),
            ])
        })
    }

    pub(super) fn leave_compact(&mut self) -> Task<Message> {
        if !self.compact {
            return Task::none();
        }
        self.compact = false;
        let size = self.restore.take().unwrap_or(BASE);
        window::oldest().and_then(move |id| {
            Task::batch([
                window::resize(id, size),
                window::set_level(id, window::Level::Normal),
            ])
        })
    }

    pub(super) fn toggle_fullscreen(&mut self) -> Task<Message> {
        self.fullscreen = !self.fullscreen;
        let mode = if self.fullscreen {
            window::Mode::Fullscreen
        } else {
            window::Mode::Windowed
        };
        window::oldest().and_then(move |id| window::set_mode(id, mode))
    }

    /// Resize events arrive divided by our own scale factor.
    pub(super) fn resized(&mut self, size: Size) {
        let scale = self.scale_factor();
        self.size = Size::new(size.width * scale, size.height * scale);
    }

    fn small_window(&self) -> bool {
        self.size.width < 760.0 || self.size.height < 500.0
    }

    /// The compact player layout: asked for, or the window is small.
    pub(super) fn compact_layout(&self) -> bool {
        matches!(self.screen, Screen::Player(_)) && (self.compact || self.small_window())
    }

    /// Everything is drawn for a base size and scaled to fit the window, so
    /// the countdown grows with it and stays readable from the floor. The
    /// scale follows the window's real size only (not the compact switch),
    /// because resize requests are made in scaled units.
    pub fn scale_factor(&self) -> f32 {
        let (w, h) = (self.size.width, self.size.height);
        let player = matches!(self.screen, Screen::Player(_));
        if player && self.small_window() {
            (w / COMPACT.width).min(h / COMPACT.height).clamp(0.75, 3.0)
        } else if player {
            (w / BASE.width).min(h / BASE.height).clamp(0.75, 3.0)
        } else {
            (w / BASE.width).min(h / BASE.height).clamp(0.85, 2.0)
        }
    }

    pub(super) fn logical_size(&self) -> Size {
        let s = self.scale_factor();
        Size::new(self.size.width / s, self.size.height / s)
    }
}
