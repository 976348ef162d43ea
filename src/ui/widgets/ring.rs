//! The progress ring around the countdown: a cached track and an arc for
//! the time left.
//!
//! The arc is drawn through a cache that is cleared on every draw. Why:
//! iced_tiny_skia 0.14 damages live strokes by their path bounds without the
//! stroke width, leaving stale edges; cached geometry is damaged by the whole
//! canvas, which is exact.

use std::f32::consts::{FRAC_PI_2, TAU};

use iced::widget::canvas::{self, Cache, Geometry, Path, Stroke, path};
use iced::{Color, Point, Radians, Rectangle, Renderer, Theme, mouse};

pub struct Ring<'a> {
    /// Share of the ring to fill, 0..1 (the time left).
    pub fill: f32,
    pub color: Color,
    pub track: Color,
    /// Stroke width as a share of the diameter.
    pub thickness: f32,
    /// The track, drawn once per size.
    pub cache: &'a Cache,
    /// The arc, redrawn each time (see above).
    pub arc: &'a Cache,
}

impl<Message> canvas::Program<Message> for Ring<'_> {
    type State = ();

    fn draw(
        &self,
        _state: &(),
        renderer: &Renderer,
        _theme: &Theme,
        bounds: Rectangle,
        _cursor: mouse::Cursor,
    ) -> Vec<Geometry> {
        let size = bounds.size();
        let diameter = size.width.min(size.height);
        let width = (diameter * self.thickness).max(2.0);
        let radius = (diameter - width) / 2.0;
        let center = Point::new(size.width / 2.0, size.height / 2.0);

        let track = self.cache.draw(renderer, size, |frame| {
            frame.stroke(
                &Path::circle(center, radius),
                Stroke::default().with_color(self.track).with_width(width),
            );
        });

        self.arc.clear();
        let fill = self.fill.clamp(0.0, 1.0);
        let arc = self.arc.draw(renderer, size, |frame| {
            // A zero-length arc makes tiny-skia complain every frame: skip it.
            if fill <= 0.002 {
                return;
            }
            let start = -FRAC_PI_2;
            let arc = Path::new(|b| {
                b.arc(path::Arc {
                    center,
                    radius,
                    start_angle: Radians(start),
                    end_angle: Radians(start + TAU * fill),
                });
            });
            frame.stroke(
                &arc,
                Stroke::default()
                    .with_color(self.color)
                    .with_width(width)
                    .with_line_cap(canvas::LineCap::Round),
            );
        });
        vec![track, arc]
    }
}
