//! A routine's printable sheet: the safety notes, then each move as a
//! block with its picture (both sides, or both positions, where it
//! matters), its dose in words, its steps and caution, the pain check
//! where the routine asks it, and a log to fill in by hand.

use std::sync::Arc;

use chrono::NaiveDate;

use super::layout::{Flow, GREY, INK, RULE, SHADE, Weight, fit, width, wrap};
use super::{Embedded, Paper, PrintError};
use crate::illustrations;
use crate::pictures::{self, Kind};
use crate::routine::{Dur, GateAction, Move, Picture, Plan, Routine, Section, Sides, Work, human};
use crate::tr;

/// A duration as people say it: "30 s", "2 min", "1 min 30 s".
pub fn spoken(d: Dur) -> String {
    let secs = d.as_secs_f64().round() as u64;
    match (secs / 60, secs % 60) {
        (0, s) => tr!("print-seconds", seconds = s),
        (m, 0) => tr!("print-minutes", minutes = m),
        (m, s) if m < 2 => tr!("print-seconds", seconds = m * 60 + s),
        (m, s) => tr!("print-minutes-seconds", minutes = m, seconds = s),
    }
}

/// A move's dose in words: "Hold 30 s, 3 rounds, each side".
pub fn dose(m: &Move) -> String {
    let (work, time, reps) = match m.work {
        Work::Hold(d) => ("hold", spoken(d), 0),
        Work::Reps { count, .. } => ("reps", String::new(), count),
        Work::Open => ("open", String::new(), 0),
    };
    let side = match m.sides {
        Sides::None => "none",
        Sides::Both => "both",
        Sides::Left => "left",
        Sides::Right => "right",
        Sides::Affected => "affected",
    };
    let until = if m.until_done && m.work != Work::Open {
        "yes"
    } else {
        "no"
    };
    tr!(
        "print-dose",
        work = work,
        time = time,
        reps = reps,
        sets = m.sets.max(1),
        side = side,
        until = until
    )
}

/// The smaller print under a dose: the programme's range and the breath.
fn dose_detail(m: &Move) -> Option<String> {
    let mut parts = Vec::new();
    if let Some(range) = m.range {
        parts.push(match range {
            crate::routine::DoseRange::Hold { min, max } if max.as_secs_f64() < 120.0 => tr!(
                "print-range-seconds",
                min = min.as_secs_f64(),
                max = max.as_secs_f64()
            ),
            crate::routine::DoseRange::Hold { min, max } => {
                tr!("print-range-time", min = spoken(min), max = spoken(max))
            }
            crate::routine::DoseRange::Reps { min, max } => {
                tr!("print-range-reps", min = min, max = max)
            }
        });
    }
    if let Some(b) = &m.breath {
        parts.push(if b.hold.is_zero() {
            tr!(
                "print-breath",
                inhale = spoken(b.inhale),
                exhale = spoken(b.exhale)
            )
        } else {
            tr!(
                "print-breath-hold",
                inhale = spoken(b.inhale),
                hold = spoken(b.hold),
                exhale = spoken(b.exhale)
            )
        });
    }
    // Two separate statements side by side: the dot only separates them.
    (!parts.is_empty()).then(|| parts.join(" · "))
}

/// The sheet of `routine` as a PDF, dated `printed_on`.
pub fn sheet(
    routine: &Routine,
    paper: Paper,
    printed_on: NaiveDate,
) -> Result<Vec<u8>, PrintError> {
    let mut sheet = Sheet {
        flow: Flow::new(paper),
        pictures: Vec::new(),
        keys: Vec::new(),
        routine,
    };
    sheet.header(printed_on);
    sheet.safety();
    let mut number = 0;
    for section in &routine.sections {
        sheet.section(section);
        for m in &section.moves {
            number += 1;
            sheet.move_block(number, m);
        }
    }
    sheet.log();
    let title = format!("{} · Limber", routine.name);
    sheet.flow.footer(&title);
    super::to_pdf(&sheet.flow.pages, &sheet.pictures, &routine.name)
}

struct Sheet<'a> {
    flow: Flow,
    pictures: Vec<Embedded>,
    /// What each of `pictures` is ("b|file" bundled, "f|name" the person's).
    keys: Vec<String>,
    routine: &'a Routine,
}

/// One picture in a move's block, with the words under it.
struct Shown {
    href: Option<String>,
    mirror: bool,
    label: String,
}

impl Sheet<'_> {
    fn header(&mut self, printed_on: NaiveDate) {
        let r = self.routine;
        let f = &mut self.flow;
        f.y += 6.0;
        f.paragraph(&r.name, 22.0, Weight::Bold, INK);
        if !r.description.is_empty() {
            f.y += 2.0;
            f.paragraph(&r.description, 10.5, Weight::Regular, INK);
        }
        let moves = r.move_count();
        let meta = tr!(
            "print-meta",
            time = human(Plan::estimate(r)),
            moves = moves,
            date = crate::i18n::format_date(printed_on, &tr!("print-date"))
        );
        f.y += 2.0;
        f.paragraph(&meta, 9.0, Weight::Regular, GREY);
        f.y += 10.0;
    }

    fn safety(&mut self) {
        let f = &mut self.flow;
        let (x, w) = (f.left(), f.width());
        let inner = w - 24.0;
        let heading = tr!("print-safety");
        let tw = width(&heading, 11.0, Weight::Bold);
        // The title beside the heading, its further lines (in a longer
        // language) under it.
        let title = wrap(
            &tr!("print-safety-stop"),
            10.0,
            Weight::Bold,
            inner - tw - 6.0,
        );
        let flags: Vec<Vec<String>> = crate::safety::red_flags()
            .iter()
            .map(|t| wrap(t, 9.5, Weight::Regular, inner - 12.0))
            .collect();
        let how: Vec<String> = crate::safety::how_to()
            .iter()
            .chain(std::iter::once(&crate::safety::not_medical()))
            .flat_map(|t| wrap(t, 9.0, Weight::Regular, inner))
            .collect();
        let lead = 12.5;
        let lines = flags.iter().map(Vec::len).sum::<usize>() + how.len() + title.len() - 1;
        let height = 30.0 + lead * lines as f32 + 8.0;
        f.room(height);
        let top = f.y;
        let page = f.page();
        page.rect(x, top, w, height, "none", INK, 1.6);
        page.text(x + 12.0, top + 18.0, 11.0, Weight::Bold, INK, &heading);
        let mut y = top + 18.0;
        for line in &title {
            page.text(x + 18.0 + tw, y, 10.0, Weight::Bold, INK, line);
            y += lead;
        }
        y += 2.0;
        for flag in &flags {
            page.text(x + 14.0, y, 9.5, Weight::Bold, INK, "•");
            for line in flag {
                page.text(x + 24.0, y, 9.5, Weight::Regular, INK, line);
                y += lead;
            }
        }
        for line in &how {
            page.text(x + 12.0, y, 9.0, Weight::Regular, INK, line);
            y += lead;
        }
        f.y = top + height + 14.0;
    }

    fn section(&mut self, section: &Section) {
        let f = &mut self.flow;
        // A heading (and its question) stays with the first move under it.
        let question = if section.gate.is_some() { 90.0 } else { 0.0 };
        if !section.name.is_empty() {
            f.room(40.0 + question + 150.0);
            f.y += 6.0;
            f.paragraph(&section.name, 15.0, Weight::Bold, INK);
            let (x, r, y) = (f.left(), f.right(), f.y + 2.0);
            f.page().polyline(&[(x, y), (r, y)], INK, 1.0, false);
            f.y += 10.0;
        }
        let Some(gate) = &section.gate else {
            return;
        };
        let (x, w) = (f.left(), f.width());
        let answer = |a: &GateAction| {
            let (action, name) = match a {
                GateAction::Run => ("run", section.name.as_str()),
                GateAction::Skip => ("skip", section.name.as_str()),
                GateAction::Repeat(name) => ("repeat", name.as_str()),
            };
            match (action, name.is_empty()) {
                ("run", false) => tr!("print-gate-run", section = name),
                ("run", true) => tr!("print-gate-run-unnamed"),
                ("skip", false) => tr!("print-gate-skip", section = name),
                ("skip", true) => tr!("print-gate-skip-unnamed"),
                (_, false) => tr!("print-gate-repeat", section = name),
                (_, true) => tr!("print-gate-repeat-unnamed"),
            }
        };
        let what = tr!(
            "print-gate-answers",
            yes = answer(&gate.yes),
            no = answer(&gate.no)
        );
        let mut lines = wrap(&gate.question, 11.0, Weight::Bold, w - 150.0);
        let mut small: Vec<String> = gate
            .detail
            .iter()
            .flat_map(|d| wrap(d, 9.0, Weight::Regular, w - 24.0))
            .collect();
        small.extend(wrap(&what, 9.0, Weight::Regular, w - 24.0));
        let height = 26.0 + 14.0 * lines.len() as f32 + 12.0 * small.len() as f32 + 6.0;
        f.room(height);
        let top = f.y;
        let page = f.page();
        page.rect(x, top, w, height, SHADE, INK, 1.0);
        page.text(
            x + 12.0,
            top + 16.0,
            9.0,
            Weight::Bold,
            GREY,
            &tr!("print-pain-check"),
        );
        let mut y = top + 31.0;
        for line in lines.drain(..) {
            page.text(x + 12.0, y, 11.0, Weight::Bold, INK, &line);
            y += 14.0;
        }
        // Boxes to tick on paper.
        let bx = x + w - 130.0;
        for (i, label) in [tr!("print-yes"), tr!("print-no")].iter().enumerate() {
            let cx = bx + i as f32 * 62.0;
            page.rect(cx, top + 21.0, 11.0, 11.0, "#ffffff", INK, 1.0);
            let (size, lines) = fit(label, 10.5, Weight::Regular, 40.0);
            for (j, line) in lines.iter().enumerate() {
                let ly = top + 30.5 + j as f32 * size * 1.2;
                page.text(cx + 16.0, ly, size, Weight::Regular, INK, line);
            }
        }
        for line in &small {
            page.text(x + 12.0, y, 9.0, Weight::Regular, INK, line);
            y += 12.0;
        }
        f.y = top + height + 12.0;
    }

    fn move_block(&mut self, number: usize, m: &Move) {
        let shown = self.pictures_of(m);
        let f = &mut self.flow;
        let (x, w) = (f.left(), f.width());
        let pic_w = 170.0;
        let text_x = x + pic_w + 16.0;
        let text_w = w - pic_w - 16.0;
        let name = wrap(&format!("{number}. {}", m.name), 13.0, Weight::Bold, text_w);
        let dose_lines = wrap(&dose(m), 11.0, Weight::Bold, text_w);
        let detail: Vec<String> = dose_detail(m)
            .iter()
            .flat_map(|d| wrap(d, 9.0, Weight::Regular, text_w))
            .collect();
        let steps: Vec<Vec<String>> = m
            .steps
            .iter()
            .map(|s| wrap(s, 10.0, Weight::Regular, text_w - 16.0))
            .collect();
        let caution: Vec<String> = m
            .caution
            .iter()
            .flat_map(|c| {
                let caution = tr!("print-caution", text = c);
                wrap(&caution, 10.0, Weight::Bold, text_w - 12.0)
            })
            .collect();
        let text_h = 16.0 * name.len() as f32
            + 14.5 * dose_lines.len() as f32
            + 12.0 * detail.len() as f32
            + 13.5 * steps.iter().map(Vec::len).sum::<usize>() as f32
            + if caution.is_empty() {
                0.0
            } else {
                13.5 * caution.len() as f32 + 12.0
            }
            + 10.0;
        // Words under two pictures: one line, smaller or on two lines in a
        // longer language.
        let labels: Vec<(f32, Vec<String>)> = shown
            .iter()
            .map(|s| fit(&s.label, 8.5, Weight::Regular, 80.0))
            .collect();
        let label_lines = labels.iter().map(|(_, l)| l.len()).max().unwrap_or(1);
        let pic_h = if shown.len() > 1 {
            62.0 + 14.0 + 10.0 * label_lines.saturating_sub(1) as f32
        } else {
            128.0
        };
        let height = text_h.max(pic_h) + 14.0;
        f.room(height);
        let top = f.y;
        let page = f.page();
        // The pictures.
        if let [one] = shown.as_slice() {
            draw_picture(page, one, x, top, pic_w, 128.0);
        } else {
            for (i, (s, (size, lines))) in shown.iter().zip(&labels).enumerate() {
                let px = x + i as f32 * 88.0;
                draw_picture(page, s, px, top, 82.0, 62.0);
                for (j, line) in lines.iter().enumerate() {
                    let ly = top + 74.0 + j as f32 * 10.0;
                    page.text(px + 2.0, ly, *size, Weight::Regular, GREY, line);
                }
            }
        }
        // The words.
        let mut y = top + 13.0;
        for line in &name {
            page.text(text_x, y, 13.0, Weight::Bold, INK, line);
            y += 16.0;
        }
        for line in &dose_lines {
            page.text(text_x, y, 11.0, Weight::Bold, INK, line);
            y += 14.5;
        }
        for line in &detail {
            page.text(text_x, y, 9.0, Weight::Regular, GREY, line);
            y += 12.0;
        }
        y += 4.0;
        for (i, step) in steps.iter().enumerate() {
            page.text(text_x, y, 10.0, Weight::Bold, INK, &format!("{}.", i + 1));
            for line in step {
                page.text(text_x + 16.0, y, 10.0, Weight::Regular, INK, line);
                y += 13.5;
            }
        }
        if !caution.is_empty() {
            y += 4.0;
            let box_h = 13.5 * caution.len() as f32 + 6.0;
            page.rect(text_x, y - 11.0, 3.0, box_h, INK, INK, 0.0);
            for line in &caution {
                page.text(text_x + 10.0, y, 10.0, Weight::Bold, INK, line);
                y += 13.5;
            }
        }
        let bottom = top + height - 6.0;
        let r = x + w;
        page.polyline(&[(x, bottom), (r, bottom)], RULE, 0.6, false);
        f.y = top + height + 4.0;
    }

    /// The pictures a move's block shows: both positions of a two-picture
    /// move, else both sides of a two-sided one, else one.
    fn pictures_of(&mut self, m: &Move) -> Vec<Shown> {
        let frames = self.frames(m);
        let flip = m.mirror;
        match (frames.as_slice(), m.sides) {
            ([a, b, ..], _) => vec![
                Shown {
                    href: a.clone(),
                    mirror: false,
                    label: tr!("print-picture-start"),
                },
                Shown {
                    href: b.clone(),
                    mirror: false,
                    label: tr!("print-picture-then"),
                },
            ],
            ([a], Sides::Both) if flip => vec![
                Shown {
                    href: a.clone(),
                    mirror: true,
                    label: tr!("print-picture-left"),
                },
                Shown {
                    href: a.clone(),
                    mirror: false,
                    label: tr!("print-picture-right"),
                },
            ],
            ([a], sides) => vec![Shown {
                href: a.clone(),
                mirror: flip && sides == Sides::Left,
                label: String::new(),
            }],
            ([], _) => vec![Shown {
                href: None,
                mirror: false,
                label: String::new(),
            }],
        }
    }

    /// The move's picture frames, embedded; `None` for one that is missing.
    fn frames(&mut self, m: &Move) -> Vec<Option<String>> {
        match &m.image {
            Some(Picture::Files(names)) => names.iter().map(|name| self.embed_file(name)).collect(),
            other => {
                let ill = illustrations::for_image(other.as_ref().and_then(Picture::bundled));
                ill.frames
                    .iter()
                    .map(|fr| {
                        Some(self.embed(&format!("b|{}", fr.file), Kind::Svg, fr.svg.to_vec()))
                    })
                    .collect()
            }
        }
    }

    fn embed_file(&mut self, name: &str) -> Option<String> {
        let file = self.routine.file.as_deref()?;
        let path = pictures::find(file, name).ok()?;
        let bytes = pictures::read(&path, name).ok()?;
        pictures::decode(name, &bytes, None).ok()?;
        Some(self.embed(&format!("f|{name}"), Kind::of(name)?, bytes))
    }

    fn embed(&mut self, key: &str, kind: Kind, bytes: Vec<u8>) -> String {
        if let Some(i) = self.keys.iter().position(|k| k == key) {
            return self.pictures[i].href.clone();
        }
        self.keys.push(key.to_string());
        let href = format!("picture-{}", self.pictures.len());
        self.pictures.push(Embedded {
            href: href.clone(),
            kind,
            bytes: Arc::new(bytes),
        });
        href
    }

    /// A table to write sessions in by hand.
    fn log(&mut self) {
        let f = &mut self.flow;
        let rows = 8;
        let row_h = 20.0;
        let w = f.width();
        // Each heading on one line in its column; a longer one is set
        // smaller, and on more lines (a taller heading row) if it must.
        let columns: Vec<(f32, f32, Vec<String>)> = [
            (tr!("print-log-date"), 0.0, 0.16),
            (tr!("print-log-pain-before"), 0.16, 0.36),
            (tr!("print-log-pain-after"), 0.36, 0.56),
            (tr!("print-log-notes"), 0.56, 1.0),
        ]
        .into_iter()
        .map(|(label, at, end)| {
            let (size, lines) = fit(&label, 9.0, Weight::Bold, (end - at) * w - 8.0);
            (at, size, lines)
        })
        .collect();
        let head_h = columns
            .iter()
            .map(|(_, size, lines)| match lines.len() {
                0 | 1 => row_h,
                n => n as f32 * (size + 1.5) + 6.0,
            })
            .fold(row_h, f32::max);
        let table_h = head_h + row_h * rows as f32;
        let height = 40.0 + table_h;
        f.room(height);
        f.y += 8.0;
        f.paragraph(&tr!("print-log"), 13.0, Weight::Bold, INK);
        f.y += 4.0;
        let (x, top) = (f.left(), f.y);
        let page = f.page();
        for i in 0..=rows + 1 {
            let y = match i {
                0 => top,
                i => top + head_h + (i - 1) as f32 * row_h,
            };
            page.polyline(
                &[(x, y), (x + w, y)],
                if i == 1 { INK } else { RULE },
                0.6,
                false,
            );
        }
        for (at, size, lines) in &columns {
            let cx = x + at * w;
            let first = if lines.len() > 1 {
                top + 3.0 + size
            } else {
                top + 14.0
            };
            for (i, line) in lines.iter().enumerate() {
                let ly = first + i as f32 * (size + 1.5);
                page.text(cx + 4.0, ly, *size, Weight::Bold, INK, line);
            }
            if *at > 0.0 {
                page.polyline(&[(cx, top), (cx, top + table_h)], RULE, 0.6, false);
            }
        }
        f.y = top + table_h + 6.0;
    }
}

fn draw_picture(page: &mut super::layout::Page, s: &Shown, x: f32, y: f32, w: f32, h: f32) {
    page.rect(x, y, w, h, "none", RULE, 0.6);
    match &s.href {
        Some(href) => page.image(x + 3.0, y + 3.0, w - 6.0, h - 6.0, href, s.mirror),
        None => {
            let (size, lines) = fit(
                &tr!("print-picture-missing"),
                9.0,
                Weight::Regular,
                w - 20.0,
            );
            for (i, line) in lines.iter().enumerate() {
                let ly = y + h / 2.0 + i as f32 * size * 1.25;
                page.text(x + 10.0, ly, size, Weight::Regular, GREY, line);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doses_read_as_people_say_them() {
        let r = crate::routine::bundled_routine("sciatica-relief");
        assert_eq!(
            dose(r.find_move("figure-4").unwrap()),
            "Hold 30 s, 3 rounds, each side"
        );
        assert_eq!(dose(r.find_move("bridge").unwrap()), "12 reps, 3 sets");
        assert_eq!(spoken(Dur::from_secs(120)), "2 min");
        assert_eq!(spoken(Dur::from_secs(90)), "90 s");
        assert_eq!(spoken(Dur::from_secs(150)), "2 min 30 s");
    }

    /// How doses read before they came from the catalogue.
    fn glued(m: &Move) -> String {
        let mut parts = vec![match m.work {
            Work::Hold(d) => format!("Hold {}", spoken(d)),
            Work::Reps { count, .. } => format!("{count} rep{}", if count == 1 { "" } else { "s" }),
            Work::Open => "As long as you need".into(),
        }];
        if m.sets > 1 {
            let unit = if matches!(m.work, Work::Reps { .. }) {
                "sets"
            } else {
                "rounds"
            };
            parts.push(format!("{} {unit}", m.sets));
        }
        match m.sides {
            Sides::None => {}
            Sides::Both => parts.push("each side".into()),
            Sides::Left => parts.push("left side only".into()),
            Sides::Right => parts.push("right side only".into()),
            Sides::Affected => parts.push("your painful side only".into()),
        }
        if m.until_done && m.work != Work::Open {
            parts.push("then until you are done".into());
        }
        parts.join(", ")
    }

    #[test]
    fn every_kind_of_dose_reads_as_it_did() {
        let r = crate::routine::bundled_routine("sciatica-relief");
        let mut m = r.find_move("figure-4").unwrap().clone();
        let works = [
            Work::Hold(Dur::from_secs(30)),
            Work::Hold(Dur::from_secs(150)),
            Work::Reps {
                count: 1,
                tempo: Dur::from_secs(2),
            },
            Work::Reps {
                count: 12,
                tempo: Dur::from_secs(2),
            },
            Work::Open,
        ];
        let sides = [
            Sides::None,
            Sides::Both,
            Sides::Left,
            Sides::Right,
            Sides::Affected,
        ];
        for work in works {
            for sets in [1, 2, 3] {
                for side in sides {
                    for until_done in [false, true] {
                        m.work = work;
                        m.sets = sets;
                        m.sides = side;
                        m.until_done = until_done;
                        assert_eq!(dose(&m), glued(&m));
                    }
                }
            }
        }
    }

    #[test]
    fn the_small_print_under_a_dose() {
        let r = crate::routine::bundled_routine("sciatica-relief");
        let m = r.find_move("figure-4").unwrap();
        assert_eq!(
            dose_detail(m).as_deref(),
            Some("Programme: 30–60 s · Breathe in 4 s, out 6 s")
        );
        let r = crate::routine::bundled_routine("cold-pack");
        let m = &r.sections[0].moves[0];
        assert_eq!(dose_detail(m).as_deref(), Some("Programme: 15 min–20 min"));
    }
}
