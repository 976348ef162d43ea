//! Limber in the user's language: message catalogues in Fluent, one
//! folder per language under `i18n/`, built into the binary.
//!
//! Code asks for a message by id (`tr!("player-pause")`, or with
//! placeables `tr!("sets", count = 3)`); the current language is chosen
//! once at start (the setting, else the system's) and can change while the
//! app runs. A message a translation lacks falls back to English, so a
//! half-done language still shows every word; the catalogue test
//! (`tests/catalogues.rs`) keeps every language complete.
//!
//! Pure core: no GUI, no audio.

mod language;

use std::collections::HashMap;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub use language::{Language, LanguageChoice};

/// The catalogue files of one language, in the order they are loaded.
/// Each language has the same files (the catalogue test checks).
macro_rules! catalogue {
    ($lang:literal) => {
        &[
            catalogue!(@file $lang, "common.ftl"),
            catalogue!(@file $lang, "player.ftl"),
            catalogue!(@file $lang, "spoken.ftl"),
            catalogue!(@file $lang, "library.ftl"),
            catalogue!(@file $lang, "finish.ftl"),
            catalogue!(@file $lang, "history.ftl"),
            catalogue!(@file $lang, "settings.ftl"),
            catalogue!(@file $lang, "reminders.ftl"),
            catalogue!(@file $lang, "editor.ftl"),
            catalogue!(@file $lang, "safety.ftl"),
            catalogue!(@file $lang, "notices.ftl"),
            catalogue!(@file $lang, "cli.ftl"),
            catalogue!(@file $lang, "print.ftl"),
            catalogue!(@file $lang, "errors.ftl"),
        ]
    };
    (@file $lang:literal, $file:literal) => {
        (
            $file,
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/i18n/", $lang, "/", $file)),
        )
    };
}

/// Every catalogue file of a language: (file name, Fluent text).
pub fn files(language: Language) -> &'static [(&'static str, &'static str)] {
    match language {
        Language::English => catalogue!("en"),
        Language::German => catalogue!("de"),
        Language::French => catalogue!("fr"),
        Language::Spanish => catalogue!("es"),
    }
}

type Bundle = FluentBundle<FluentResource>;

/// How many catalogue files each language has.
pub const FILE_COUNT: usize = 14;

/// One bundle per language and file, each parsed the first time one of
/// its messages is asked for: the background service, which shows a few
/// notices, never holds the window's hundreds of messages (parsed, a
/// whole language is over a megabyte).
static BUNDLES: [[OnceLock<Bundle>; FILE_COUNT]; Language::ALL.len()] =
    [const { [const { OnceLock::new() }; FILE_COUNT] }; Language::ALL.len()];

/// Which file each message is in (the same in every language; the
/// catalogue test checks), read from the English files' message lines.
static INDEX: OnceLock<HashMap<&'static str, usize>> = OnceLock::new();

fn file_of(id: &str) -> Option<usize> {
    INDEX
        .get_or_init(|| {
            let mut index = HashMap::new();
            for (n, (_, text)) in files(Language::English).iter().enumerate() {
                for id in message_ids(text) {
                    index.insert(id, n);
                }
            }
            index
        })
        .get(id)
        .copied()
}

/// The ids a catalogue defines: lines that start with a name and " =".
pub fn message_ids(text: &str) -> impl Iterator<Item = &str> {
    text.lines().filter_map(|line| {
        let (id, _) = line.split_once('=')?;
        let id = id.trim_end();
        let starts = id.chars().next()?.is_ascii_alphabetic();
        let name = id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        (starts && name).then_some(id)
    })
}

static CURRENT: AtomicU8 = AtomicU8::new(0);

/// The language messages are given in from now on.
pub fn set(language: Language) {
    CURRENT.store(language.index() as u8, Ordering::Relaxed);
}

/// The language messages are given in.
pub fn current() -> Language {
    Language::ALL[CURRENT.load(Ordering::Relaxed) as usize % Language::ALL.len()]
}

/// Chooses the language from the setting (the system's when it says
/// `System`) and returns it.
pub fn apply(choice: LanguageChoice) -> Language {
    let language = choice.resolve(Language::system);
    set(language);
    language
}

fn bundle(language: Language, file: usize) -> &'static Bundle {
    BUNDLES[language.index()][file].get_or_init(|| build(language, file))
}

fn build(language: Language, file: usize) -> Bundle {
    let mut bundle = Bundle::new_concurrent(vec![language.tag()]);
    // Placeables without Unicode isolation marks: all four languages run
    // left to right, and the marks would be drawn as boxes by some fonts.
    bundle.set_use_isolating(false);
    if language.decimal_comma() {
        bundle.set_formatter(Some(decimal_comma));
    }
    if let Some((_, text)) = files(language).get(file) {
        // A catalogue with a syntax error still gives the messages that
        // parsed; the catalogue test reports the error itself.
        let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// "2,5" rather than "2.5" where the language writes a decimal comma.
fn decimal_comma<M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(n.as_string().replace('.', ",")),
        _ => None,
    }
}

/// The message `id` in the current language, its placeables filled from
/// `args`. Falls back to English, then to the id itself (never empty, so a
/// missing message is visible rather than silent).
pub fn message(id: &str, args: Option<&FluentArgs>) -> String {
    message_in(current(), id, args)
}

/// The message `id` in `language`.
pub fn message_in(language: Language, id: &str, args: Option<&FluentArgs>) -> String {
    let Some(file) = file_of(id) else {
        return id.to_string();
    };
    for bundle in [bundle(language, file), bundle(Language::English, file)] {
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned();
        }
    }
    id.to_string()
}

/// A message with placeables: `tr!("sets", count = 3)`; or without:
/// `tr!("player-pause")`.
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        $crate::i18n::message($id, None)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::Args::new();
        $( args.set(stringify!($name), $crate::i18n::value($value)); )+
        $crate::i18n::message($id, Some(&args))
    }};
}

pub use fluent_bundle::FluentArgs as Args;

/// A placeable's value: numbers stay numbers (for plural rules), anything
/// else is shown as text.
pub fn value(v: impl Into<Value>) -> FluentValue<'static> {
    match v.into() {
        Value::Number(n) => FluentValue::from(n),
        Value::Text(s) => FluentValue::from(s),
    }
}

/// What a placeable can be given as.
pub enum Value {
    Number(f64),
    Text(String),
}

macro_rules! numbers {
    ($($t:ty),*) => { $( impl From<$t> for Value { fn from(n: $t) -> Value { Value::Number(n as f64) } } )* };
}
numbers!(
    u8, u16, u32, u64, u128, usize, i8, i16, i32, i64, isize, f32, f64
);

impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::Text(s)
    }
}
impl From<&String> for Value {
    fn from(s: &String) -> Value {
        Value::Text(s.clone())
    }
}
impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::Text(s.to_string())
    }
}

/// `date` written with a date pattern from a catalogue (strftime codes,
/// e.g. `history-date-long`), with weekday and month names in the current
/// language. A pattern a translation got wrong gives the ISO date
/// (2025-02-01) rather than a panic.
///
/// `%b`, the month abbreviated, is the catalogue's `days-month-*`, not
/// chrono's: German abbreviates with a period ("9. Okt. 2026") and leaves
/// März, Mai, Juni and Juli whole, which chrono's locale data does not.
pub fn format_date(date: chrono::NaiveDate, pattern: &str) -> String {
    use chrono::Datelike;
    use std::fmt::Write;
    const MONTHS: [&str; 12] = [
        "days-month-jan",
        "days-month-feb",
        "days-month-mar",
        "days-month-apr",
        "days-month-may",
        "days-month-jun",
        "days-month-jul",
        "days-month-aug",
        "days-month-sep",
        "days-month-oct",
        "days-month-nov",
        "days-month-dec",
    ];
    let pattern = if pattern.contains("%b") {
        let month = message(MONTHS[date.month0() as usize], None).replace('%', "%%");
        replace_code(pattern, 'b', &month)
    } else {
        pattern.to_string()
    };
    let mut out = String::new();
    match write!(out, "{}", date.format_localized(&pattern, date_locale())) {
        Ok(()) => out,
        Err(_) => date.format("%Y-%m-%d").to_string(),
    }
}

/// `pattern` with each `%code` replaced by `text` (a `%%` is left alone).
fn replace_code(pattern: &str, code: char, text: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + text.len());
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some(next) if next == code => out.push_str(text),
            Some(next) => {
                out.push('%');
                out.push(next);
            }
            None => out.push('%'),
        }
    }
    out
}

/// chrono's locale for the current language, for weekday and month names:
/// `date.format_localized("%a %-d %b", i18n::date_locale())`.
pub fn date_locale() -> chrono::Locale {
    match current() {
        Language::English => chrono::Locale::en_GB,
        Language::German => chrono::Locale::de_DE,
        Language::French => chrono::Locale::fr_FR,
        Language::Spanish => chrono::Locale::es_ES,
    }
}

#[cfg(test)]
mod tests;
