//! Printed pages as PDF: a routine's sheet (`sheet`) and a progress report
//! for an appointment (`report`).
//!
//! Each page is laid out as an SVG (`layout`) with the bundled font, then
//! converted by svg2pdf (on the usvg the window already uses) into a PDF
//! whose text stays text: it can be searched, copied and read aloud.
//!
//! Core: no window. The date printed on a page comes in as an argument.

pub mod layout;
pub mod report;
pub mod sheet;

use std::collections::HashMap;
use std::sync::Arc;

use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, TextStr};

use crate::pictures::Kind;

/// Paper sizes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paper {
    A4,
    Letter,
}

impl Paper {
    /// Width and height in points.
    pub fn size(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }

    /// The paper a locale such as `en_US.UTF-8` (or `fr-CA`) prints on:
    /// Letter in the Americas countries that use it and the Philippines,
    /// A4 everywhere else (and when the locale says nothing).
    pub fn for_locale(locale: &str) -> Paper {
        const LETTER: [&str; 10] = ["US", "CA", "MX", "CL", "CO", "VE", "PH", "PR", "GT", "CR"];
        let region = locale
            .split(['.', '@'])
            .next()
            .and_then(|l| l.split(['_', '-']).nth(1))
            .unwrap_or("");
        if LETTER.contains(&region.to_ascii_uppercase().as_str()) {
            Paper::Letter
        } else {
            Paper::A4
        }
    }

    /// The paper of this process's locale: `LC_ALL`, then `LC_PAPER`, then
    /// `LANG` (the order the C library looks in).
    pub fn from_env() -> Paper {
        ["LC_ALL", "LC_PAPER", "LANG"]
            .iter()
            .filter_map(|v| std::env::var(v).ok())
            .find(|v| !v.is_empty())
            .map_or(Paper::A4, |l| Paper::for_locale(&l))
    }

    pub fn label(self) -> &'static str {
        match self {
            Paper::A4 => "A4",
            Paper::Letter => "Letter",
        }
    }
}

/// Why a PDF could not be made.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PrintError {
    #[error("{}", layout_failed(.page, .reason))]
    Layout { page: usize, reason: String },
    #[error(transparent)]
    Library(#[from] crate::library::LibraryError),
    #[error(transparent)]
    History(#[from] crate::history::HistoryError),
    #[error(transparent)]
    File(#[from] crate::files::FileError),
}

/// Writes a made PDF into `dir` (made if missing) as `STEM.pdf`, or
/// `STEM-2.pdf` and so on: never over another file. Where it went.
pub fn save(
    dir: &std::path::Path,
    stem: &str,
    pdf: &[u8],
) -> Result<std::path::PathBuf, PrintError> {
    use crate::files::{FileError, free_path, write_atomic};
    std::fs::create_dir_all(dir).map_err(FileError::at(dir))?;
    let path = free_path(dir, stem, "pdf");
    write_atomic(&path, pdf).map_err(FileError::at(&path))?;
    Ok(path)
}

fn layout_failed(page: &usize, reason: &str) -> String {
    crate::tr!("print-layout-failed", page = *page, reason = reason)
}

/// A picture a page refers to by its `href`.
#[derive(Clone, Debug)]
pub struct Embedded {
    pub href: String,
    pub kind: Kind,
    pub bytes: Arc<Vec<u8>>,
}

/// Turns laid-out pages into one PDF titled `title`.
pub fn to_pdf(
    pages: &[layout::Page],
    pictures: &[Embedded],
    title: &str,
) -> Result<Vec<u8>, PrintError> {
    let options = svg_options(pictures);
    let mut alloc = Ref::new(1);
    let catalog = alloc.bump();
    let tree_ref = alloc.bump();
    let page_refs: Vec<Ref> = pages.iter().map(|_| alloc.bump()).collect();
    let mut pdf = Pdf::new();
    pdf.catalog(catalog).pages(tree_ref);
    pdf.pages(tree_ref)
        .kids(page_refs.iter().copied())
        .count(pages.len() as i32);
    for (i, (page, page_ref)) in pages.iter().zip(&page_refs).enumerate() {
        let failed = |reason: String| PrintError::Layout {
            page: i + 1,
            reason,
        };
        let tree =
            usvg::Tree::from_str(&page.svg(), &options).map_err(|e| failed(e.to_string()))?;
        let (chunk, svg_ref) = svg2pdf::to_chunk(&tree, svg2pdf::ConversionOptions::default())
            .map_err(|e| failed(e.to_string()))?;
        let mut map = HashMap::new();
        let chunk = chunk.renumber(|old| *map.entry(old).or_insert_with(|| alloc.bump()));
        let svg_ref = map[&svg_ref];
        let content_ref = alloc.bump();
        let mut p = pdf.page(*page_ref);
        p.media_box(Rect::new(0.0, 0.0, page.width, page.height));
        p.parent(tree_ref);
        p.contents(content_ref);
        p.resources().x_objects().pair(Name(b"P"), svg_ref);
        p.finish();
        let mut content = Content::new();
        content
            .save_state()
            .transform([page.width, 0.0, 0.0, page.height, 0.0, 0.0])
            .x_object(Name(b"P"))
            .restore_state();
        pdf.stream(content_ref, &content.finish());
        pdf.extend(&chunk);
    }
    let info = alloc.bump();
    pdf.document_info(info)
        .title(TextStr(title))
        .creator(TextStr("Limber"))
        .producer(TextStr("Limber (svg2pdf)"));
    Ok(pdf.finish())
}

/// usvg's options: the bundled font, and pictures found by `href`.
fn svg_options(pictures: &[Embedded]) -> usvg::Options<'_> {
    let mut options = usvg::Options {
        font_family: crate::fonts::FAMILY.to_string(),
        ..usvg::Options::default()
    };
    let db = options.fontdb_mut();
    for font in [crate::fonts::REGULAR, crate::fonts::BOLD] {
        db.load_font_data(font.to_vec());
    }
    options.image_href_resolver = usvg::ImageHrefResolver {
        resolve_data: usvg::ImageHrefResolver::default_data_resolver(),
        resolve_string: Box::new(move |href, opts| {
            let p = pictures.iter().find(|p| p.href == href)?;
            Some(match p.kind {
                Kind::Png => usvg::ImageKind::PNG(p.bytes.clone()),
                Kind::Jpeg => usvg::ImageKind::JPEG(p.bytes.clone()),
                Kind::Gif => usvg::ImageKind::GIF(p.bytes.clone()),
                Kind::Svg => usvg::ImageKind::SVG(usvg::Tree::from_data(&p.bytes, opts).ok()?),
            })
        }),
    };
    options
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letter_where_the_locale_says_so() {
        assert_eq!(Paper::for_locale("en_US.UTF-8"), Paper::Letter);
        assert_eq!(Paper::for_locale("fr_CA"), Paper::Letter);
        assert_eq!(Paper::for_locale("es-MX"), Paper::Letter);
        assert_eq!(Paper::for_locale("en_GB.UTF-8"), Paper::A4);
        assert_eq!(Paper::for_locale("de_DE@euro"), Paper::A4);
        assert_eq!(Paper::for_locale("C"), Paper::A4);
        assert_eq!(Paper::for_locale(""), Paper::A4);
    }

    #[test]
    fn dates_follow_the_format_and_survive_a_broken_one() {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 2).unwrap();
        assert_eq!(
            crate::i18n::format_date(day, "%-d %B %Y"),
            "2 November 2026"
        );
        assert_eq!(crate::i18n::format_date(day, "%a %-d %b"), "Mon 2 Nov");
        assert_eq!(crate::i18n::format_date(day, "%-d %Q"), "2026-11-02");
    }
}
