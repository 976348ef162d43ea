//! Reading a hand-edited settings file leniently: a field that does not
//! parse (or is unknown) takes its default, an entry of a list or map that
//! does not parse is left out, and each is reported at its `FILE:LINE:COL`,
//! while everything else in the file still applies.

use std::cell::RefCell;
use std::fmt;

use serde::de::{DeserializeOwned, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};

use crate::tr;

pub(super) fn ron_options() -> ron::Options {
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_recursion_limit(16)
}

/// Parses a struct of settings leniently (see the module's description).
pub fn lenient<T: DeserializeOwned + Default>(file: &str, text: &str) -> (T, Vec<String>) {
    let options = ron_options();
    let located = |offset: usize, message: &str| {
        let (line, col) = line_col(text, offset);
        format!("{file}:{line}:{col}: {message}")
    };
    let _ = take_dropped();
    let strict_error = match options.from_str::<T>(text) {
        Ok(value) => return (value, dropped_notices(text, &located)),
        Err(e) => e,
    };
    let Ok(Fields(fields)) = options.from_str::<Fields>(text) else {
        let at = offset_of(
            text,
            strict_error.span.start.line,
            strict_error.span.start.col,
        );
        return (
            T::default(),
            vec![located(
                at,
                &tr!(
                    "error-settings-unreadable",
                    error = strict_error.code.to_string()
                ),
            )],
        );
    };
    let mut notices = Vec::new();
    let mut good = Vec::new();
    let mut cursor = 0;
    for (name, raw) in fields {
        // The raw text is a verbatim slice of the file: find it to locate
        // the field's mistakes.
        let raw_at = text[cursor..].find(&raw).map_or(cursor, |i| cursor + i);
        let name_at = text[..raw_at].rfind(&name).unwrap_or(raw_at);
        cursor = raw_at + raw.len();
        let prefix = format!("({name}: ");
        let one = format!("{prefix}{raw})");
        match options.from_str::<T>(&one) {
            Ok(_) => good.push(one[1..one.len() - 1].to_string()),
            Err(e) => {
                let in_one = offset_of(&one, e.span.start.line, e.span.start.col);
                let at = match in_one.checked_sub(prefix.len()) {
                    Some(in_raw) if in_raw < raw.len() => raw_at + in_raw,
                    _ => name_at,
                };
                // Movement breaks default to off, so a mistake leaves them
                // off rather than on with default values.
                let words = if name == "breaks" {
                    tr!("error-setting-breaks-off", error = e.code.to_string())
                } else {
                    tr!(
                        "error-setting-default",
                        name = &name,
                        error = e.code.to_string()
                    )
                };
                notices.push(located(at, &words));
            }
        }
    }
    let _ = take_dropped();
    let value = options
        .from_str::<T>(&format!("({})", good.join(", ")))
        .unwrap_or_default();
    notices.extend(dropped_notices(text, &located));
    (value, notices)
}

/// (line, col), both from 1 and col in characters, of a byte offset.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = 1 + before.matches('\n').count();
    let col = 1 + before.rsplit('\n').next().map_or(0, |l| l.chars().count());
    (line, col)
}

/// The byte offset of a ron position (line and col from 1, col in chars).
fn offset_of(text: &str, line: usize, col: usize) -> usize {
    let mut offset = 0;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i + 1 == line {
            return offset
                + l.char_indices()
                    .nth(col.saturating_sub(1))
                    .map_or(l.len(), |(b, _)| b);
        }
        offset += l.len();
    }
    text.len()
}

/// The top-level fields of a RON struct, each kept as raw text.
struct Fields(Vec<(String, String)>);

impl<'de> Deserialize<'de> for Fields {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Fields, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Fields;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a settings struct like `(theme: Dark)`")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Fields, A::Error> {
                let mut fields = Vec::new();
                while let Some(key) = map.next_key::<String>()? {
                    let raw: Box<ron::value::RawValue> = map.next_value()?;
                    fields.push((key, raw.get_ron().trim().to_string()));
                }
                Ok(Fields(fields))
            }
        }
        d.deserialize_any(V)
    }
}

// -- Entries left out of lists and maps -------------------------------------------

/// An entry left out while reading: the text to find it by in the file, and
/// why.
struct Dropped {
    near: String,
    /// Where in `near` the mistake is.
    within: usize,
    message: String,
}

thread_local! {
    static DROPPED: RefCell<Vec<Dropped>> = const { RefCell::new(Vec::new()) };
}

fn take_dropped() -> Vec<Dropped> {
    DROPPED.with(|d| std::mem::take(&mut *d.borrow_mut()))
}

/// Leaves an entry out, to be reported where `near` first appears in the
/// file. For the field readers of lists and maps.
pub(crate) fn drop_entry(near: impl Into<String>, message: impl Into<String>) {
    DROPPED.with(|d| {
        d.borrow_mut().push(Dropped {
            near: near.into(),
            within: 0,
            message: message.into(),
        })
    });
}

fn dropped_notices(text: &str, located: &impl Fn(usize, &str) -> String) -> Vec<String> {
    let mut cursor = 0;
    take_dropped()
        .into_iter()
        .map(|d| {
            let at = text[cursor..]
                .find(&d.near)
                .map(|i| cursor + i)
                .or_else(|| text.find(&d.near))
                .unwrap_or(0);
            cursor = at + d.near.len().min(text.len() - at);
            located(at + d.within, &d.message)
        })
        .collect()
}

/// A list read entry by entry: an entry that does not parse is left out
/// (and reported where it is), and the others still count.
#[derive(Clone, Debug, PartialEq)]
pub struct Entries<T>(pub Vec<T>);

impl<T: serde::Serialize> serde::Serialize for Entries<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

impl<T> Default for Entries<T> {
    fn default() -> Entries<T> {
        Entries(Vec::new())
    }
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for Entries<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Entries<T>, D::Error> {
        let raws = Vec::<Box<ron::value::RawValue>>::deserialize(d)?;
        let options = ron_options();
        let mut out = Vec::new();
        for raw in raws {
            let text = raw.get_ron().trim();
            match options.from_str::<T>(text) {
                Ok(value) => out.push(value),
                Err(e) => DROPPED.with(|d| {
                    d.borrow_mut().push(Dropped {
                        near: text.to_string(),
                        within: offset_of(text, e.span.start.line, e.span.start.col),
                        message: tr!("error-settings-entry-left-out", error = e.code.to_string()),
                    })
                }),
            }
        }
        Ok(Entries(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Default, PartialEq, Deserialize)]
    #[serde(deny_unknown_fields, default)]
    struct Sample {
        size: u32,
        name: String,
        items: Entries<Item>,
    }

    #[derive(Debug, PartialEq, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Item {
        at: u32,
    }

    #[test]
    fn a_bad_field_is_located_and_the_rest_applies() {
        let text = "(\n    size: \"big\",\n    name: \"x\",\n    colour: 3,\n)";
        let (s, notices) = lenient::<Sample>("s.ron", text);
        assert_eq!(s.name, "x");
        assert_eq!(s.size, 0);
        assert_eq!(notices.len(), 2, "{notices:?}");
        assert!(
            notices[0].starts_with("s.ron:2:5: setting `size`"),
            "{notices:?}"
        );
        assert!(
            notices[1].starts_with("s.ron:4:5: setting `colour`"),
            "{notices:?}"
        );
    }

    #[test]
    fn a_bad_entry_is_left_out_and_located() {
        let text = "(name: \"x\", items: [\n  (at: 1),\n  (at: -2),\n  (at: 3),\n])";
        let (s, notices) = lenient::<Sample>("s.ron", text);
        assert_eq!(s.items, Entries(vec![Item { at: 1 }, Item { at: 3 }]));
        assert_eq!(notices.len(), 1, "{notices:?}");
        assert!(notices[0].starts_with("s.ron:3:"), "{notices:?}");
        assert!(notices[0].contains("left out"), "{notices:?}");
        // With a bad field as well, entries are still checked once.
        let text = "(size: \"big\", items: [(at: 1), (at: x)])";
        let (s, notices) = lenient::<Sample>("s.ron", text);
        assert_eq!(s.items, Entries(vec![Item { at: 1 }]));
        assert_eq!(notices.len(), 2, "{notices:?}");
    }

    #[test]
    fn positions_count_characters() {
        let text = "(é: 1,\n  ü: 2)";
        assert_eq!(line_col(text, text.find('ü').unwrap()), (2, 3));
        assert_eq!(offset_of(text, 2, 3), text.find('ü').unwrap());
        assert_eq!(offset_of(text, 9, 1), text.len());
    }
}
