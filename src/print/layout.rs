//! Pages as SVG: text measured with the bundled font and broken into
//! lines, boxes, lines and pictures, and a flow that starts a new page
//! when a block would not fit.

use std::fmt::Write as _;
use std::sync::LazyLock;

use super::Paper;

/// Points per millimetre.
pub const MM: f32 = 72.0 / 25.4;

/// The two weights printed pages use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weight {
    Regular,
    Bold,
}

struct Faces {
    regular: ttf_parser::Face<'static>,
    bold: ttf_parser::Face<'static>,
}

static FACES: LazyLock<Faces> = LazyLock::new(|| Faces {
    regular: ttf_parser::Face::parse(crate::fonts::REGULAR, 0).expect("the bundled font parses"),
    bold: ttf_parser::Face::parse(crate::fonts::BOLD, 0).expect("the bundled font parses"),
});

/// How wide `text` is at `size` points.
pub fn width(text: &str, size: f32, weight: Weight) -> f32 {
    let face = match weight {
        Weight::Regular => &FACES.regular,
        Weight::Bold => &FACES.bold,
    };
    let per_unit = size / f32::from(face.units_per_em());
    let fallback = face.glyph_index('n');
    text.chars()
        .map(|c| {
            let glyph = face.glyph_index(c).or(fallback);
            glyph
                .and_then(|g| face.glyph_hor_advance(g))
                .map_or(size * 0.5, |a| f32::from(a) * per_unit)
        })
        .sum()
}

/// `text` broken into lines no wider than `max` (a word longer than a line
/// is cut where it must be).
pub fn wrap(text: &str, size: f32, weight: Weight, max: f32) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        // Lines break at ordinary spaces only: a no-break space (French
        // puts one before ":" and inside « ») keeps its neighbours together.
        for word in paragraph
            .split(|c: char| c.is_whitespace() && c != '\u{a0}' && c != '\u{202f}')
            .filter(|w| !w.is_empty())
        {
            let candidate = if line.is_empty() {
                word.to_string()
            } else {
                format!("{line} {word}")
            };
            if width(&candidate, size, weight) <= max {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            line = cut_long(word, size, weight, max, &mut lines);
        }
        lines.push(line);
    }
    lines
}

/// `text` made to fit `max`: on one line at `size`, or a little smaller
/// (down to 85 % of it) if that is what it takes; else wrapped at that
/// smallest size. Gives the size and the lines. For labels in a set place
/// (a column heading, a box, a legend) that a longer language could push
/// past their room.
pub fn fit(text: &str, size: f32, weight: Weight, max: f32) -> (f32, Vec<String>) {
    let wide = width(text, size, weight);
    let size = if wide <= max {
        size
    } else {
        // A hair under, so rounding cannot push it back over.
        (size * max / wide * 0.999).max(size * 0.85)
    };
    (size, wrap(text, size, weight, max))
}

/// Puts the parts of an over-long word that fill whole lines into `lines`;
/// returns the rest.
fn cut_long(word: &str, size: f32, weight: Weight, max: f32, lines: &mut Vec<String>) -> String {
    let mut rest = String::new();
    for c in word.chars() {
        rest.push(c);
        if width(&rest, size, weight) > max && rest.chars().count() > 1 {
            rest.pop();
            lines.push(std::mem::take(&mut rest));
            rest.push(c);
        }
    }
    rest
}

/// Text made safe inside SVG.
pub use crate::xml::escape;

/// One page being drawn, in points from its top left corner.
pub struct Page {
    pub width: f32,
    pub height: f32,
    body: String,
}

impl Page {
    pub fn new(paper: Paper) -> Page {
        let (width, height) = paper.size();
        Page {
            width,
            height,
            body: String::new(),
        }
    }

    /// One line of text with its baseline at `y`.
    pub fn text(&mut self, x: f32, y: f32, size: f32, weight: Weight, fill: &str, text: &str) {
        let weight = match weight {
            Weight::Regular => 400,
            Weight::Bold => 700,
        };
        let _ = write!(
            self.body,
            r#"<text x="{x:.2}" y="{y:.2}" font-family="{}" font-size="{size}" font-weight="{weight}" fill="{fill}" xml:space="preserve">{}</text>"#,
            crate::fonts::FAMILY,
            escape(text)
        );
    }

    /// Text right-aligned at `right`.
    pub fn text_right(&mut self, right: f32, y: f32, size: f32, weight: Weight, text: &str) {
        let x = right - width(text, size, weight);
        self.text(x, y, size, weight, INK, text);
    }

    #[allow(clippy::too_many_arguments)]
    pub fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, fill: &str, stroke: &str, line: f32) {
        let _ = write!(
            self.body,
            r#"<rect x="{x:.2}" y="{y:.2}" width="{w:.2}" height="{h:.2}" rx="3" fill="{fill}" stroke="{stroke}" stroke-width="{line}"/>"#
        );
    }

    /// A line through `points`; `dash`: drawn dashed.
    pub fn polyline(&mut self, points: &[(f32, f32)], stroke: &str, line: f32, dash: bool) {
        let pts: Vec<String> = points
            .iter()
            .map(|(x, y)| format!("{x:.2},{y:.2}"))
            .collect();
        let _ = write!(
            self.body,
            r#"<polyline points="{}" fill="none" stroke="{stroke}" stroke-width="{line}" stroke-linejoin="round"{}/>"#,
            pts.join(" "),
            if dash {
                r#" stroke-dasharray="4 3""#
            } else {
                ""
            }
        );
    }

    pub fn circle(&mut self, x: f32, y: f32, r: f32, fill: &str, stroke: &str) {
        let _ = write!(
            self.body,
            r#"<circle cx="{x:.2}" cy="{y:.2}" r="{r}" fill="{fill}" stroke="{stroke}" stroke-width="1.2"/>"#
        );
    }

    /// A picture (an `href` the PDF writer resolves), fitted into the box
    /// keeping its shape; `mirror`: flipped left to right.
    pub fn image(&mut self, x: f32, y: f32, w: f32, h: f32, href: &str, mirror: bool) {
        let flip = if mirror {
            format!(r#" transform="matrix(-1 0 0 1 {:.2} 0)""#, 2.0 * x + w)
        } else {
            String::new()
        };
        let _ = write!(
            self.body,
            r#"<g{flip}><image x="{x:.2}" y="{y:.2}" width="{w:.2}" height="{h:.2}" preserveAspectRatio="xMidYMid meet" href="{}"/></g>"#,
            escape(href)
        );
    }

    /// The page as an SVG document, one unit a point.
    pub fn svg(&self) -> String {
        format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="{w:.2}" height="{h:.2}" viewBox="0 0 {w:.2} {h:.2}">{}</svg>"#,
            self.body,
            w = self.width,
            h = self.height
        )
    }
}

/// Black for text; greys that print well in black and white.
pub const INK: &str = "#000000";
pub const GREY: &str = "#555555";
pub const RULE: &str = "#999999";
pub const SHADE: &str = "#eeeeee";

/// Pages filled top to bottom between margins, a new one started when a
/// block does not fit.
pub struct Flow {
    pub paper: Paper,
    pub pages: Vec<Page>,
    pub margin: f32,
    /// Where the next block starts on the current page.
    pub y: f32,
}

impl Flow {
    pub fn new(paper: Paper) -> Flow {
        let margin = 16.0 * MM;
        Flow {
            paper,
            pages: vec![Page::new(paper)],
            margin,
            y: margin,
        }
    }

    pub fn left(&self) -> f32 {
        self.margin
    }

    pub fn right(&self) -> f32 {
        self.paper.size().0 - self.margin
    }

    pub fn width(&self) -> f32 {
        self.right() - self.left()
    }

    /// The lowest a block may reach (the footer is below).
    fn bottom(&self) -> f32 {
        self.paper.size().1 - self.margin - 14.0
    }

    /// Makes room for a block `height` tall, on a new page if needed.
    pub fn room(&mut self, height: f32) {
        if self.y + height > self.bottom() && self.y > self.margin + 1.0 {
            self.pages.push(Page::new(self.paper));
            self.y = self.margin;
        }
    }

    pub fn page(&mut self) -> &mut Page {
        self.pages.last_mut().expect("a flow has a page")
    }

    /// Wrapped text from the current position; returns its height.
    pub fn paragraph(&mut self, text: &str, size: f32, weight: Weight, fill: &str) -> f32 {
        let lines = wrap(text, size, weight, self.width());
        let lead = size * 1.35;
        self.room(lead * lines.len() as f32);
        let (x, mut y) = (self.left(), self.y);
        for line in &lines {
            y += lead;
            self.page()
                .text(x, y - size * 0.3, size, weight, fill, line);
        }
        self.y = y;
        lead * lines.len() as f32
    }

    /// Writes "title · Page N of M" at the foot of every page.
    pub fn footer(&mut self, title: &str) {
        let count = self.pages.len();
        let (left, right, margin) = (self.left(), self.right(), self.margin);
        for (i, page) in self.pages.iter_mut().enumerate() {
            let y = page.height - margin + 4.0;
            page.text(left, y, 8.5, Weight::Regular, GREY, title);
            let label = crate::tr!("print-page", page = i + 1, pages = count);
            let x = right - width(&label, 8.5, Weight::Regular);
            page.text(x, y, 8.5, Weight::Regular, GREY, &label);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wider_text_measures_wider_and_bold_wider_still() {
        let a = width("Hold 30 s", 10.0, Weight::Regular);
        assert!(a > 30.0 && a < 60.0, "{a}");
        assert!(width("Hold 30 s", 20.0, Weight::Regular) > a * 1.9);
        assert!(width("Hold 30 s", 10.0, Weight::Bold) > a);
    }

    #[test]
    fn lines_break_at_words_and_keep_every_word() {
        let text = "Rest one ankle on a hip-high surface and bend the standing knee slowly";
        let lines = wrap(text, 10.0, Weight::Regular, 120.0);
        assert!(lines.len() > 1);
        for l in &lines {
            assert!(width(l, 10.0, Weight::Regular) <= 120.0, "{l}");
        }
        assert_eq!(lines.join(" "), text);
        let long = wrap(&"x".repeat(200), 10.0, Weight::Regular, 50.0);
        assert!(long.len() > 3);
        assert_eq!(long.concat(), "x".repeat(200));
    }

    #[test]
    fn a_no_break_space_keeps_its_neighbours_on_one_line() {
        let text = "Attention\u{a0}: allez jusqu'à un léger étirement, jamais «\u{a0}douleur\u{a0}»\u{a0}!";
        for max in [60.0, 80.0, 100.0, 140.0] {
            let lines = wrap(text, 10.0, Weight::Regular, max);
            for l in &lines {
                assert!(
                    !l.starts_with([':', '»', '!', '\u{a0}']) && !l.ends_with('«'),
                    "{max}: {lines:?}"
                );
            }
            assert_eq!(lines.join(" "), text);
        }
    }

    #[test]
    fn a_word_wider_than_its_column_is_broken_not_run_off_the_page() {
        // A long German compound in a narrow column, bold and regular.
        let word = "Oberschenkelrückseitendehnungsübungen";
        for weight in [Weight::Regular, Weight::Bold] {
            assert!(width(word, 11.0, weight) > 100.0);
            let lines = wrap(&format!("Die {word} langsam"), 11.0, weight, 100.0);
            assert!(lines.len() >= 3, "{lines:?}");
            for l in &lines {
                assert!(width(l, 11.0, weight) <= 100.0, "{l:?} is too wide");
            }
            assert_eq!(lines.concat().replace(' ', ""), format!("Die{word}langsam"));
            assert_eq!(lines[0], "Die");
        }
    }

    #[test]
    fn a_label_that_does_not_fit_is_set_smaller_then_wrapped() {
        let (size, lines) = fit("Notes", 9.0, Weight::Bold, 100.0);
        assert_eq!((size, lines), (9.0, vec!["Notes".to_string()]));
        // A little too wide: smaller, on one line.
        let label = "Schmerz vorher (0–10)";
        let max = width(label, 9.0, Weight::Bold) * 0.9;
        let (size, lines) = fit(label, 9.0, Weight::Bold, max);
        assert!((9.0 * 0.85..9.0).contains(&size), "{size}");
        assert_eq!(lines, vec![label.to_string()]);
        assert!(width(&lines[0], size, Weight::Bold) <= max + 0.01);
        // Far too wide: the smallest size, wrapped, every line inside.
        let (size, lines) = fit(label, 9.0, Weight::Bold, 40.0);
        assert!((size - 9.0 * 0.85).abs() < 0.01, "{size}");
        assert!(lines.len() > 1);
        for l in &lines {
            assert!(width(l, size, Weight::Bold) <= 40.0, "{l}");
        }
    }
}
