//! The breathing guide: a disc that fills its outline on the inhale and
//! shrinks on the exhale.

use std::f32::consts::PI;

use iced::widget::canvas::{self, Cache, Geometry, Path, Stroke};
use iced::{Color, Point, Rectangle, Renderer, Theme, mouse};

pub struct Guide<'a> {
    /// 0 = empty lungs, 1 = full.
    pub level: f32,
    pub color: Color,
    pub outline: Color,
    /// The outline, drawn once per size.
    pub cache: &'a Cache,
    /// The disc, redrawn each time so its damage is the whole canvas (see
    /// `ring.rs`: live fills leave their anti-aliased edge behind).
    pub disc: &'a Cache,
}

/// Breathing is not linear: ease in and out so the disc moves like a breath.
pub fn ease(level: f32) -> f32 {
    0.5 - 0.5 * (PI * level.clamp(0.0, 1.0)).cos()
}

impl<Message> canvas::Program<Message> for Guide<'_> {
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
        let center = Point::new(size.width / 2.0, size.height / 2.0);
        let max = size.width.min(size.height) / 2.0 - 2.0;
        let outline = self.cache.draw(renderer, size, |frame| {
            frame.stroke(
                &Path::circle(center, max),
                Stroke::default().with_color(self.outline).with_width(3.0),
            );
        });
        self.disc.clear();
        let disc = self.disc.draw(renderer, size, |frame| {
            let min = max * 0.28;
            let radius = min + (max - min) * ease(self.level);
            frame.fill(&Path::circle(center, radius), self.color);
        });
        vec![outline, disc]
    }
}

#[cfg(test)]
mod tests {
    use super::ease;

    #[test]
    fn easing_starts_and_ends_still() {
        assert_eq!(ease(0.0), 0.0);
        assert!((ease(1.0) - 1.0).abs() < 1e-6);
        assert!((ease(0.5) - 0.5).abs() < 1e-6);
        assert!(ease(0.1) < 0.1 && ease(0.9) > 0.9);
        assert_eq!(ease(-1.0), 0.0);
    }
}
