//! The progress ring around the countdown: a cached track and an arc for
//! the time left.
//!
//! The arc is drawn through a cache that is cleared on every draw. Why:
//! iced_tiny_skia 0.14 damages live strokes by their path bounds without the
//! stroke width, leaving stale edges; cached geometry is damaged by the whole
//! canvas, which is exact.

use std::f32::consts::{FRAC_PI_2, TAU};

use iced::widget::canvas::{self, Cache, Geometry, Path};
use iced::{Color, Point, Rectangle, Renderer, Theme, mouse};

pub struct Ring<'a> {
    /// Share of the ring to fill, 0..1 (the time left).
    pub fill: f32,
    pub color: Color,
    pub track: Color,
    /// Stroke width as a share of the diameter.
    pub thickness: f32,
    /// The ring, redrawn each time (see above).
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

        // Filled shapes rather than strokes: tiny-skia strokes a path again
        // on every redraw, and stroking was a third of the cost of a
        // once-a-second tick (profiled with perf). The time left (accent)
        // and the time gone (track) are two bands that meet, so each pixel
        // of the ring is painted once.
        let (outer, inner) = (radius + width / 2.0, radius - width / 2.0);
        let at =
            |r: f32, angle: f32| Point::new(center.x + r * angle.cos(), center.y + r * angle.sin());
        // The band between the two radii from `from` to `to`, as a polygon
        // (a point every 2 degrees: at this size the edge looks round).
        let band = |from: f32, to: f32| {
            let steps = ((to - from) / 2f32.to_radians()).ceil().max(1.0) as usize;
            let angle = |i: usize| from + (to - from) * i as f32 / steps as f32;
            Path::new(|b| {
                b.move_to(at(outer, from));
                for i in 1..=steps {
                    b.line_to(at(outer, angle(i)));
                }
                for i in (0..=steps).rev() {
                    b.line_to(at(inner, angle(i)));
                }
                b.close();
            })
        };
        self.arc.clear();
        let fill = self.fill.clamp(0.0, 1.0);
        let arc = self.arc.draw(renderer, size, |frame| {
            let start = -FRAC_PI_2;
            let end = start + TAU * fill;
            // Tiny bands make tiny-skia complain every frame: skip them.
            if fill < 0.998 {
                frame.fill(&band(end, start + TAU), self.track);
            }
            if fill > 0.002 {
                frame.fill(&band(start, end), self.color);
                // Round ends like a stroke's caps, filled on their own: in
                // the same path their opposite winding would cut holes.
                for angle in [start, end] {
                    frame.fill(&Path::circle(at(radius, angle), width / 2.0), self.color);
                }
            }
        });
        vec![arc]
    }
}
