//! The RON shape of a routine file and the rules it must follow.
//!
//! Checks run *while* deserializing (in `deserialize_with` functions and
//! `try_from` conversions) rather than afterwards, because ron only knows
//! where in the file it is while it is reading: an error raised here gets the
//! line and column of the offending value.

use std::cell::RefCell;
use std::collections::HashSet;

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize};

use super::duration::Dur;
use super::model::*;
use crate::illustrations;
use crate::tr;

/// Limits that keep a hostile or mistaken file from hurting anyone.
pub mod limits {
    use super::Dur;
    pub const NAME_CHARS: usize = 80;
    pub const TEXT_CHARS: usize = 600;
    pub const STEP_CHARS: usize = 300;
    pub const STEPS: usize = 12;
    pub const MOVES: usize = 100;
    pub const SECTIONS: usize = 20;
    pub const REPS: u32 = 500;
    pub const SETS: u32 = 50;
    pub const HOLD_MIN: Dur = Dur::from_secs(1);
    pub const HOLD_MAX: Dur = Dur::from_secs(4 * 3600);
    pub const TEMPO_MIN: Dur = Dur::from_secs(1);
    pub const TEMPO_MAX: Dur = Dur::from_secs(60);
    pub const PAUSE_MAX: Dur = Dur::from_secs(3600);
    pub const BREATH_MIN: Dur = Dur::from_secs(1);
    pub const BREATH_MAX: Dur = Dur::from_secs(60);
    /// Longest routine, counted with its own pauses.
    pub const ROUTINE_MAX: Dur = Dur::from_secs(12 * 3600);
}

// ---------------------------------------------------------------------------
// Per-file context for checks that need to see earlier parts of the file.

#[derive(Default)]
struct Context {
    move_ids: HashSet<String>,
    /// Sections read so far, in order (a gate may only repeat these).
    sections: Vec<String>,
    /// Picture files named so far (`image` values naming files).
    pictures: usize,
}

thread_local! {
    static CONTEXT: RefCell<Option<Context>> = const { RefCell::new(None) };
    /// Fail on this picture (0-based, in file order) with this message: how
    /// a problem found after reading (a missing file) gets its location.
    static FAIL_PICTURE: RefCell<Option<(usize, String)>> = const { RefCell::new(None) };
}

/// Runs `f` (a parse) so that it fails on picture `n` with `message`.
pub(super) fn failing_at_picture<T>(n: usize, message: String, f: impl FnOnce() -> T) -> T {
    struct Clear;
    impl Drop for Clear {
        fn drop(&mut self) {
            FAIL_PICTURE.with(|c| *c.borrow_mut() = None);
        }
    }
    FAIL_PICTURE.with(|c| *c.borrow_mut() = Some((n, message)));
    let _clear = Clear;
    f()
}

/// Runs `f` with a fresh context, restoring the previous one afterwards (even
/// if `f` panics), so loads never see each other's ids.
fn with_context<T>(f: impl FnOnce() -> T) -> T {
    struct Restore(Option<Context>);
    impl Drop for Restore {
        fn drop(&mut self) {
            let previous = self.0.take();
            CONTEXT.with(|c| *c.borrow_mut() = previous);
        }
    }
    let _restore = Restore(CONTEXT.with(|c| c.borrow_mut().replace(Context::default())));
    f()
}

fn context<T>(f: impl FnOnce(&mut Context) -> T) -> Option<T> {
    CONTEXT.with(|c| c.borrow_mut().as_mut().map(f))
}

// ---------------------------------------------------------------------------
// Field readers with their limits.

/// Reads an optional field, checking a present value with `check`. Both
/// `hold: "30s"` and `hold: Some("30s")` are accepted.
fn optional<'de, D, T>(
    d: D,
    check: impl FnOnce(T) -> Result<T, String>,
) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    match Option::<T>::deserialize(d)? {
        Some(value) => check(value).map(Some).map_err(D::Error::custom),
        None => Ok(None),
    }
}

/// A duration with limits: which one, for its message.
#[derive(Clone, Copy)]
enum Timed {
    Hold,
    Tempo,
    Pause,
    BreathPhase,
    BreathHold,
}

impl Timed {
    fn out_of_range(self, min: Dur, max: Dur, value: Dur) -> String {
        let (min, max, value) = (min.to_string(), max.to_string(), value.to_string());
        match self {
            Timed::Hold => tr!("error-hold-range", min = min, max = max, value = value),
            Timed::Tempo => tr!("error-tempo-range", min = min, max = max, value = value),
            Timed::Pause => tr!("error-pause-range", min = min, max = max, value = value),
            Timed::BreathPhase => tr!("error-breath-range", min = min, max = max, value = value),
            Timed::BreathHold => {
                tr!(
                    "error-breath-hold-range",
                    min = min,
                    max = max,
                    value = value
                )
            }
        }
    }
}

fn dur_within(what: Timed, min: Dur, max: Dur) -> impl FnOnce(Dur) -> Result<Dur, String> {
    move |value| {
        if value < min || value > max {
            Err(what.out_of_range(min, max, value))
        } else {
            Ok(value)
        }
    }
}

fn hold<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Dur>, D::Error> {
    optional(
        d,
        dur_within(Timed::Hold, limits::HOLD_MIN, limits::HOLD_MAX),
    )
}

fn tempo<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Dur>, D::Error> {
    optional(
        d,
        dur_within(Timed::Tempo, limits::TEMPO_MIN, limits::TEMPO_MAX),
    )
}

fn pause<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Dur>, D::Error> {
    optional(d, dur_within(Timed::Pause, Dur::ZERO, limits::PAUSE_MAX))
}

fn breath_phase<'de, D: Deserializer<'de>>(d: D) -> Result<Dur, D::Error> {
    let check = dur_within(Timed::BreathPhase, limits::BREATH_MIN, limits::BREATH_MAX);
    check(Dur::deserialize(d)?).map_err(D::Error::custom)
}

fn breath_hold<'de, D: Deserializer<'de>>(d: D) -> Result<Dur, D::Error> {
    let check = dur_within(Timed::BreathHold, Dur::ZERO, limits::BREATH_MAX);
    check(Dur::deserialize(d)?).map_err(D::Error::custom)
}

/// A whole number as written, before its limits are checked.
struct Count(i128);

impl<'de> Deserialize<'de> for Count {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Count, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Count;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a whole number")
            }
            fn visit_i64<E>(self, v: i64) -> Result<Count, E> {
                Ok(Count(v.into()))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Count, E> {
                Ok(Count(v.into()))
            }
        }
        d.deserialize_any(V)
    }
}

/// A count with limits: which one, for its message.
#[derive(Clone, Copy)]
enum Counted {
    Reps,
    Sets,
}

impl Counted {
    /// `value`: the number written, or what was found instead of one.
    fn out_of_range(self, max: u32, value: String) -> String {
        match self {
            Counted::Reps => tr!("error-reps-range", max = max, value = value),
            Counted::Sets => tr!("error-sets-range", max = max, value = value),
        }
    }
}

fn count_within(what: Counted, max: u32) -> impl FnOnce(Count) -> Result<Count, String> {
    move |Count(value)| {
        if value < 1 || value > i128::from(max) {
            Err(what.out_of_range(max, value.to_string()))
        } else {
            Ok(Count(value))
        }
    }
}

/// Says which field wanted a number, instead of serde's bare "invalid type".
fn not_a_number<E: serde::de::Error>(what: Counted, max: u32) -> impl FnOnce(E) -> E {
    move |e| {
        let detail = e.to_string();
        let found = detail
            .split_once("found ")
            .map(|(_, f)| f.trim_end_matches(" instead").to_string())
            .unwrap_or(detail);
        E::custom(what.out_of_range(max, found))
    }
}

fn reps<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u32>, D::Error> {
    let count =
        Option::<Count>::deserialize(d).map_err(not_a_number(Counted::Reps, limits::REPS))?;
    count
        .map(|c| count_within(Counted::Reps, limits::REPS)(c).map(|Count(n)| n as u32))
        .transpose()
        .map_err(D::Error::custom)
}

fn sets<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    let count = Count::deserialize(d).map_err(not_a_number(Counted::Sets, limits::SETS))?;
    count_within(Counted::Sets, limits::SETS)(count)
        .map(|Count(n)| n as u32)
        .map_err(D::Error::custom)
}

/// What is wrong with a piece of text.
enum TextFault {
    /// Longer than allowed: its length in characters.
    TooLong(usize),
    /// A control character other than tab or newline (a NUL or an escape
    /// code would be drawn on the card, spoken, or sent to a terminal):
    /// its code as `001B`.
    Control(String),
}

fn text_fault(text: &str, max: usize) -> Option<TextFault> {
    let chars = text.chars().count();
    if chars > max {
        return Some(TextFault::TooLong(chars));
    }
    text.chars()
        .find(|&c| c.is_control() && c != '\n' && c != '\t')
        .map(|c| TextFault::Control(format!("{:04X}", u32::from(c))))
}

/// What is wrong with a piece of text, if anything: too long, or holding a
/// control character other than tab or newline. `what` says which text
/// ("the name"), in the current language; asked for only when needed.
pub(super) fn text_problem(text: &str, what: impl Fn() -> String, max: usize) -> Option<String> {
    Some(match text_fault(text, max)? {
        TextFault::TooLong(chars) => {
            tr!(
                "error-text-too-long",
                what = what(),
                chars = chars,
                max = max
            )
        }
        TextFault::Control(code) => tr!("error-text-control", what = what(), code = code),
    })
}

/// The texts of a routine file, for their messages.
#[derive(Clone, Copy)]
enum Text {
    Name,
    /// Descriptions, questions and the like.
    Long,
    Step,
}

impl Text {
    fn problem(self, text: &str, max: usize) -> Option<String> {
        Some(match (self, text_fault(text, max)?) {
            (Text::Name, TextFault::TooLong(chars)) => {
                tr!("error-name-too-long", chars = chars, max = max)
            }
            (Text::Name, TextFault::Control(code)) => tr!("error-name-control", code = code),
            (Text::Long, TextFault::TooLong(chars)) => {
                tr!("error-long-text-too-long", chars = chars, max = max)
            }
            (Text::Long, TextFault::Control(code)) => tr!("error-long-text-control", code = code),
            (Text::Step, TextFault::TooLong(chars)) => {
                tr!("error-step-too-long", chars = chars, max = max)
            }
            (Text::Step, TextFault::Control(code)) => tr!("error-step-control", code = code),
        })
    }
}

fn bounded_text<'de, D: Deserializer<'de>>(
    d: D,
    what: Text,
    max: usize,
) -> Result<String, D::Error> {
    let text = String::deserialize(d)?;
    match what.problem(&text, max) {
        Some(problem) => Err(D::Error::custom(problem)),
        None => Ok(text),
    }
}

fn name<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    let text = bounded_text(d, Text::Name, limits::NAME_CHARS)?;
    if text.trim().is_empty() {
        return Err(D::Error::custom(tr!("error-name-empty")));
    }
    Ok(text)
}

/// Descriptions, questions and the like.
fn long_text<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    bounded_text(d, Text::Long, limits::TEXT_CHARS)
}

fn opt_long_text<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    optional(d, |text: String| {
        match Text::Long.problem(&text, limits::TEXT_CHARS) {
            Some(problem) => Err(problem),
            None => Ok(text),
        }
    })
}

fn steps<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    let steps = Vec::<String>::deserialize(d)?;
    if steps.len() > limits::STEPS {
        return Err(D::Error::custom(tr!(
            "error-too-many-steps",
            count = steps.len(),
            max = limits::STEPS
        )));
    }
    if let Some(problem) = steps
        .iter()
        .find_map(|s| Text::Step.problem(s, limits::STEP_CHARS))
    {
        return Err(D::Error::custom(problem));
    }
    Ok(steps)
}

/// Ids are short slugs: they name files, history records and illustrations.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 40
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !id.starts_with('-')
}

fn move_id<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    let id = String::deserialize(d)?;
    if !is_slug(&id) {
        return Err(D::Error::custom(tr!("error-move-id-not-slug", id = id)));
    }
    if context(|c| !c.move_ids.insert(id.clone())) == Some(true) {
        return Err(D::Error::custom(tr!("error-move-id-twice", id = id)));
    }
    Ok(id)
}

/// Picture file names: relative paths with `/`, inside the routine's
/// folder, of a kind Limber draws.
pub mod picture_names {
    use crate::tr;

    /// File name endings Limber reads as pictures.
    pub const EXTENSIONS: [&str; 5] = ["png", "jpg", "jpeg", "gif", "svg"];
    pub const MAX_CHARS: usize = 200;

    /// Whether `image` names a file rather than a bundled illustration.
    pub fn is_file(image: &str) -> bool {
        image.contains('.') || image.contains('/')
    }

    /// What is wrong with `name` as a picture file name, if anything.
    pub fn problem(name: &str) -> Option<String> {
        let chars = name.chars().count();
        if name.is_empty() {
            return Some(tr!("error-picture-name-empty"));
        }
        if chars > MAX_CHARS {
            return Some(tr!(
                "error-picture-name-too-long",
                chars = chars,
                max = MAX_CHARS
            ));
        }
        if name
            .chars()
            .any(|c| c.is_control() || c == '\\' || c == ':')
        {
            return Some(tr!(
                "error-picture-name-characters",
                name = name.escape_debug().to_string()
            ));
        }
        if name.starts_with('/') {
            return Some(tr!("error-picture-name-absolute", name = name));
        }
        if name
            .split('/')
            .any(|part| part.is_empty() || part == "." || part == "..")
        {
            return Some(tr!("error-picture-name-outside", name = name));
        }
        let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
        if !ext.is_some_and(|e| EXTENSIONS.contains(&e.as_str())) {
            return Some(tr!("error-picture-name-kind", name = name));
        }
        None
    }
}

/// `image` as written: one name, or a list of one or two file names.
struct ImageValue(Vec<String>, bool);

impl<'de> Deserialize<'de> for ImageValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<ImageValue, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = ImageValue;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an illustration id or picture file in double quotes, or a list of two picture files")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<ImageValue, E> {
                Ok(ImageValue(vec![v.to_string()], false))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<ImageValue, A::Error> {
                let mut names = Vec::new();
                while let Some(name) = seq.next_element::<String>()? {
                    names.push(name);
                    if names.len() > 2 {
                        break;
                    }
                }
                Ok(ImageValue(names, true))
            }
        }
        d.deserialize_any(V)
    }
}

fn image<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Picture>, D::Error> {
    let Some(ImageValue(names, listed)) = Option::<ImageValue>::deserialize(d)? else {
        return Ok(None);
    };
    let picture = picture_of(names, listed).map_err(D::Error::custom)?;
    for _ in picture.files() {
        let n = context(|c| {
            c.pictures += 1;
            c.pictures - 1
        });
        let failing = FAIL_PICTURE.with(|f| {
            f.borrow()
                .as_ref()
                .filter(|(at, _)| Some(*at) == n)
                .map(|(_, m)| m.clone())
        });
        if let Some(message) = failing {
            return Err(D::Error::custom(message));
        }
    }
    Ok(Some(picture))
}

fn picture_of(names: Vec<String>, listed: bool) -> Result<Picture, String> {
    if names.is_empty() || names.len() > 2 {
        return Err(tr!("error-picture-list-size"));
    }
    if !listed && !picture_names::is_file(&names[0]) {
        let id = &names[0];
        if illustrations::find(id).is_none() {
            return Err(tr!(
                "error-no-such-illustration",
                id = id,
                known = illustrations::ids().collect::<Vec<_>>().join(", ")
            ));
        }
        return Ok(Picture::Bundled(id.clone()));
    }
    if let Some(problem) = names.iter().find_map(|n| picture_names::problem(n)) {
        return Err(problem);
    }
    Ok(Picture::Files(names))
}

/// Writes a picture the way it is read back.
impl Serialize for Picture {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Picture::Bundled(id) => s.serialize_str(id),
            Picture::Files(files) if files.len() == 1 => s.serialize_str(&files[0]),
            Picture::Files(files) => files.serialize(s),
        }
    }
}

fn version<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    let v = u64::deserialize(d)?;
    if v != u64::from(FORMAT_VERSION) {
        let (version, supported) = (v.to_string(), FORMAT_VERSION.to_string());
        return Err(D::Error::custom(if v > u64::from(FORMAT_VERSION) {
            tr!(
                "error-format-version-newer",
                version = version,
                supported = supported
            )
        } else {
            tr!(
                "error-format-version",
                version = version,
                supported = supported
            )
        }));
    }
    Ok(FORMAT_VERSION)
}

fn is_true(b: &bool) -> bool {
    *b
}

fn is_false(b: &bool) -> bool {
    !*b
}

fn is_one(n: &u32) -> bool {
    *n == 1
}

fn one() -> u32 {
    1
}

fn yes() -> bool {
    true
}

fn default_version() -> u32 {
    FORMAT_VERSION
}

fn is_current_version(v: &u32) -> bool {
    *v == FORMAT_VERSION
}

// ---------------------------------------------------------------------------
// The file shape.

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "Routine")]
pub struct RoutineFile {
    #[serde(
        default = "default_version",
        deserialize_with = "version",
        skip_serializing_if = "is_current_version"
    )]
    version: u32,
    #[serde(deserialize_with = "name")]
    name: String,
    #[serde(default, deserialize_with = "long_text")]
    description: String,
    #[serde(default, skip_serializing_if = "is_default_timing")]
    defaults: Timing,
    /// Shorthand for a routine with one unnamed section.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    moves: Vec<Move>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    sections: Vec<Section>,
}

fn is_default_timing(t: &Timing) -> bool {
    *t == Timing::default()
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "Section")]
pub struct SectionFile {
    #[serde(deserialize_with = "name")]
    name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    gate: Option<Gate>,
    moves: Vec<Move>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "Move")]
pub struct MoveFile {
    #[serde(deserialize_with = "move_id")]
    id: String,
    #[serde(deserialize_with = "name")]
    name: String,
    #[serde(
        default,
        deserialize_with = "image",
        skip_serializing_if = "Option::is_none"
    )]
    image: Option<Picture>,
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    mirror: bool,
    #[serde(
        default,
        deserialize_with = "hold",
        skip_serializing_if = "Option::is_none"
    )]
    hold: Option<Dur>,
    #[serde(
        default,
        deserialize_with = "reps",
        skip_serializing_if = "Option::is_none"
    )]
    reps: Option<u32>,
    #[serde(
        default,
        deserialize_with = "tempo",
        skip_serializing_if = "Option::is_none"
    )]
    tempo: Option<Dur>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    range: Option<String>,
    #[serde(default, skip_serializing_if = "is_false")]
    until_done: bool,
    #[serde(default, skip_serializing_if = "is_no_sides")]
    sides: Sides,
    #[serde(
        default = "one",
        deserialize_with = "sets",
        skip_serializing_if = "is_one"
    )]
    sets: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    breath: Option<BreathFile>,
    #[serde(
        default,
        deserialize_with = "pause",
        skip_serializing_if = "Option::is_none"
    )]
    prepare: Option<Dur>,
    #[serde(
        default,
        deserialize_with = "pause",
        skip_serializing_if = "Option::is_none"
    )]
    rest: Option<Dur>,
    #[serde(
        default,
        deserialize_with = "pause",
        skip_serializing_if = "Option::is_none"
    )]
    switch: Option<Dur>,
    #[serde(
        default,
        deserialize_with = "pause",
        skip_serializing_if = "Option::is_none"
    )]
    rest_after: Option<Dur>,
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    extra: bool,
    #[serde(
        default,
        deserialize_with = "steps",
        skip_serializing_if = "Vec::is_empty"
    )]
    steps: Vec<String>,
    #[serde(
        default,
        deserialize_with = "opt_long_text",
        skip_serializing_if = "Option::is_none"
    )]
    caution: Option<String>,
}

fn is_no_sides(s: &Sides) -> bool {
    *s == Sides::None
}

/// `Breath` as written, with its limits checked while reading.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "Breath")]
pub struct BreathFile {
    #[serde(deserialize_with = "breath_phase")]
    inhale: Dur,
    #[serde(
        default,
        deserialize_with = "breath_hold",
        skip_serializing_if = "Dur::is_zero"
    )]
    hold: Dur,
    #[serde(deserialize_with = "breath_phase")]
    exhale: Dur,
    #[serde(
        default,
        deserialize_with = "opt_long_text",
        skip_serializing_if = "Option::is_none"
    )]
    inhale_cue: Option<String>,
    #[serde(
        default,
        deserialize_with = "opt_long_text",
        skip_serializing_if = "Option::is_none"
    )]
    exhale_cue: Option<String>,
}

/// `GateAction` as written: `Run`, `Skip` or `Repeat("Stretch")`.
#[derive(Serialize, Deserialize)]
#[serde(rename = "GateAction")]
enum GateActionFile {
    Run,
    Skip,
    Repeat(String),
}

// ---------------------------------------------------------------------------
// Conversions: file shape -> validated model, and back for saving.

/// Writes a routine as a readable RON file (the format people edit).
pub fn to_ron(routine: &Routine) -> String {
    let pretty = ron::ser::PrettyConfig::new()
        .extensions(ron::extensions::Extensions::IMPLICIT_SOME)
        .struct_names(false)
        .escape_strings(false)
        .indentor("    ");
    // Serializing plain data to a String cannot fail.
    let body = ron::Options::default()
        .to_string_pretty(routine, pretty)
        .unwrap_or_default();
    // The extension line written by ron is implied when Limber reads files.
    let body = body
        .lines()
        .skip_while(|l| l.starts_with("#!["))
        .collect::<Vec<_>>()
        .join("\n");
    format!("{body}\n")
}

impl Serialize for Routine {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        RoutineFile::from(self.clone()).serialize(s)
    }
}

impl<'de> Deserialize<'de> for Routine {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Routine, D::Error> {
        with_context(|| {
            let file = RoutineFile::deserialize(d)?;
            Routine::try_from(file).map_err(D::Error::custom)
        })
    }
}

impl TryFrom<RoutineFile> for Routine {
    type Error = String;

    fn try_from(f: RoutineFile) -> Result<Routine, String> {
        let sections = match (f.moves.is_empty(), f.sections.is_empty()) {
            (false, true) => vec![Section {
                name: String::new(),
                gate: None,
                moves: f.moves,
            }],
            (true, false) => f.sections,
            (false, false) => {
                return Err(tr!("error-moves-and-sections"));
            }
            (true, true) => {
                return Err(tr!("error-no-moves"));
            }
        };
        if sections.len() > limits::SECTIONS {
            return Err(tr!(
                "error-too-many-sections",
                count = sections.len(),
                max = limits::SECTIONS
            ));
        }
        let moves: usize = sections.iter().map(|s| s.moves.len()).sum();
        if moves > limits::MOVES {
            return Err(tr!(
                "error-too-many-moves",
                count = moves,
                max = limits::MOVES
            ));
        }
        if let Some(first) = sections.first()
            && first.gate.as_ref().is_some_and(|g| {
                matches!(g.yes, GateAction::Repeat(_)) || matches!(g.no, GateAction::Repeat(_))
            })
        {
            return Err(tr!("error-first-gate-repeat"));
        }
        let routine = Routine {
            name: f.name,
            description: f.description,
            timing: f.defaults,
            sections,
            file: None,
        };
        let longest = super::plan::Plan::estimate(&routine);
        if longest > limits::ROUTINE_MAX.std() {
            return Err(tr!(
                "error-routine-too-long",
                length = super::duration::human(longest),
                max = limits::ROUTINE_MAX.to_string()
            ));
        }
        Ok(routine)
    }
}

impl From<Routine> for RoutineFile {
    fn from(r: Routine) -> RoutineFile {
        let single = r.sections.len() == 1 && r.sections[0].name.is_empty();
        let (moves, sections) = if single {
            (r.sections.into_iter().next().unwrap().moves, Vec::new())
        } else {
            (Vec::new(), r.sections)
        };
        RoutineFile {
            version: FORMAT_VERSION,
            name: r.name,
            description: r.description,
            defaults: r.timing,
            moves,
            sections,
        }
    }
}

impl Serialize for Section {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        SectionFile {
            name: self.name.clone(),
            gate: self.gate.clone(),
            moves: self.moves.clone(),
        }
        .serialize(s)
    }
}

impl<'de> Deserialize<'de> for Section {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Section, D::Error> {
        let f = SectionFile::deserialize(d)?;
        if f.moves.is_empty() {
            return Err(D::Error::custom(tr!(
                "error-section-no-moves",
                name = &f.name
            )));
        }
        let duplicate = context(|c| {
            if c.sections.contains(&f.name) {
                true
            } else {
                c.sections.push(f.name.clone());
                false
            }
        });
        if duplicate == Some(true) {
            return Err(D::Error::custom(tr!("error-section-twice", name = &f.name)));
        }
        Ok(Section {
            name: f.name,
            gate: f.gate,
            moves: f.moves,
        })
    }
}

impl Serialize for GateAction {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            GateAction::Run => GateActionFile::Run,
            GateAction::Skip => GateActionFile::Skip,
            GateAction::Repeat(name) => GateActionFile::Repeat(name.clone()),
        }
        .serialize(s)
    }
}

impl<'de> Deserialize<'de> for GateAction {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<GateAction, D::Error> {
        Ok(match GateActionFile::deserialize(d)? {
            GateActionFile::Run => GateAction::Run,
            GateActionFile::Skip => GateAction::Skip,
            GateActionFile::Repeat(name) => {
                let earlier = context(|c| c.sections.clone());
                if let Some(earlier) = earlier
                    && !earlier.contains(&name)
                {
                    return Err(D::Error::custom(if earlier.is_empty() {
                        tr!("error-gate-repeat-unknown", name = &name)
                    } else {
                        tr!(
                            "error-gate-repeat-unknown-earlier",
                            name = &name,
                            earlier = earlier.join(", ")
                        )
                    }));
                }
                GateAction::Repeat(name)
            }
        })
    }
}

/// `Gate` as written, with its text checked while reading.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename = "Gate")]
struct GateFile {
    #[serde(deserialize_with = "long_text")]
    question: String,
    #[serde(default, deserialize_with = "opt_long_text")]
    detail: Option<String>,
    yes: GateAction,
    no: GateAction,
}

impl<'de> Deserialize<'de> for Gate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Gate, D::Error> {
        let f = GateFile::deserialize(d)?;
        Ok(Gate {
            question: f.question,
            detail: f.detail,
            yes: f.yes,
            no: f.no,
        })
    }
}

impl Serialize for Move {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        MoveFile::from(self.clone()).serialize(s)
    }
}

impl<'de> Deserialize<'de> for Move {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Move, D::Error> {
        let f = MoveFile::deserialize(d)?;
        let id = f.id.clone();
        Move::try_from(f).map_err(|e| D::Error::custom(in_move(&id, &e)))
    }
}

/// A problem of the move `id`: `move "figure-4": ...`.
pub(super) fn in_move(id: &str, problem: &str) -> String {
    tr!("error-in-move", id = id, problem = problem)
}

/// Whether `message` is a problem of the move `id` (made by [`in_move`]),
/// in whatever language it was made in now.
pub(super) fn is_in_move(message: &str, id: &str) -> bool {
    const MARK: &str = "\u{1}";
    let frame = in_move(id, MARK);
    let Some((before, after)) = frame.split_once(MARK) else {
        return false;
    };
    message.len() >= before.len() + after.len()
        && message.starts_with(before)
        && message.ends_with(after)
}

impl TryFrom<MoveFile> for Move {
    type Error = String;

    fn try_from(f: MoveFile) -> Result<Move, String> {
        let breath = f.breath.map(|b| Breath {
            inhale: b.inhale,
            hold: b.hold,
            exhale: b.exhale,
            inhale_cue: b.inhale_cue,
            exhale_cue: b.exhale_cue,
        });
        let work = match (f.hold, f.reps) {
            (Some(_), Some(_)) => {
                return Err(tr!("error-hold-and-reps"));
            }
            (Some(hold), None) => {
                if f.tempo.is_some() {
                    return Err(tr!("error-tempo-without-reps"));
                }
                Work::Hold(hold)
            }
            (None, Some(count)) => {
                // One rep is one breath unless a tempo says otherwise.
                let tempo = f
                    .tempo
                    .or(breath.as_ref().map(Breath::cycle))
                    .unwrap_or(Dur::from_secs(4));
                if tempo < limits::TEMPO_MIN || tempo > limits::TEMPO_MAX {
                    return Err(tr!(
                        "error-tempo-range-implied",
                        min = limits::TEMPO_MIN.to_string(),
                        max = limits::TEMPO_MAX.to_string(),
                        value = tempo.to_string()
                    ));
                }
                Work::Reps { count, tempo }
            }
            (None, None) if f.until_done => Work::Open,
            (None, None) => {
                return Err(tr!("error-no-dose"));
            }
        };
        let range = match f.range {
            Some(text) => Some(parse_range(&text, &work)?),
            None => None,
        };
        Ok(Move {
            id: f.id,
            name: f.name,
            image: f.image,
            mirror: f.mirror,
            steps: f.steps,
            caution: f.caution,
            work,
            range,
            until_done: f.until_done,
            sides: f.sides,
            sets: f.sets,
            breath,
            extra: f.extra,
            timing: Timing {
                prepare: f.prepare,
                rest: f.rest,
                rest_after: f.rest_after,
                switch: f.switch,
            },
        })
    }
}

impl From<Move> for MoveFile {
    fn from(m: Move) -> MoveFile {
        let (hold, reps, tempo) = match m.work {
            Work::Hold(d) => (Some(d), None, None),
            Work::Reps { count, tempo } => {
                // Leave the tempo out when it is the breath's length anyway.
                let implied = m
                    .breath
                    .as_ref()
                    .map(Breath::cycle)
                    .unwrap_or(Dur::from_secs(4));
                (None, Some(count), (tempo != implied).then_some(tempo))
            }
            Work::Open => (None, None, None),
        };
        MoveFile {
            id: m.id,
            name: m.name,
            image: m.image,
            mirror: m.mirror,
            hold,
            reps,
            tempo,
            range: m.range.map(|r| r.to_string()),
            until_done: m.until_done,
            sides: m.sides,
            sets: m.sets,
            breath: m.breath.map(|b| BreathFile {
                inhale: b.inhale,
                hold: b.hold,
                exhale: b.exhale,
                inhale_cue: b.inhale_cue,
                exhale_cue: b.exhale_cue,
            }),
            prepare: m.timing.prepare,
            rest: m.timing.rest,
            switch: m.timing.switch,
            rest_after: m.timing.rest_after,
            extra: m.extra,
            steps: m.steps,
            caution: m.caution,
        }
    }
}

/// Reads a dose range such as `"30s-60s"`, `"30-60s"` or `"10-15"` (reps),
/// and checks the chosen value lies inside it.
pub(super) fn parse_range(text: &str, work: &Work) -> Result<DoseRange, String> {
    let bad = || tr!("error-range-syntax", range = text);
    let (lo, hi) = text
        .split_once(['-', '–'])
        .map(|(a, b)| (a.trim(), b.trim()))
        .ok_or_else(bad)?;
    let range = match work {
        Work::Hold(value) => {
            let hi_d: Dur = hi.parse().map_err(|_| bad())?;
            // "30-60s": the unit on the right applies to a bare number on the left.
            let lo_d: Dur = if lo.chars().all(|c| c.is_ascii_digit() || c == '.') {
                let unit = hi.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
                format!("{lo}{unit}").parse().map_err(|_| bad())?
            } else {
                lo.parse().map_err(|_| bad())?
            };
            if lo_d > hi_d || lo_d.is_zero() {
                return Err(bad());
            }
            if *value < lo_d || *value > hi_d {
                return Err(tr!(
                    "error-hold-outside-range",
                    value = value.to_string(),
                    min = lo_d.to_string(),
                    max = hi_d.to_string()
                ));
            }
            DoseRange::Hold {
                min: lo_d,
                max: hi_d,
            }
        }
        Work::Reps { count, .. } => {
            let lo_n: u32 = lo.parse().map_err(|_| bad())?;
            let hi_n: u32 = hi.parse().map_err(|_| bad())?;
            if lo_n > hi_n || lo_n == 0 || hi_n > limits::REPS {
                return Err(bad());
            }
            if *count < lo_n || *count > hi_n {
                return Err(tr!(
                    "error-reps-outside-range",
                    count = *count,
                    min = lo_n,
                    max = hi_n
                ));
            }
            DoseRange::Reps {
                min: lo_n,
                max: hi_n,
            }
        }
        Work::Open => return Err(tr!("error-range-without-dose")),
    };
    Ok(range)
}

impl std::fmt::Display for DoseRange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            // "30s-60s" reads better than "30s-1m" for short holds.
            DoseRange::Hold { min, max } if max.as_millis() <= 120_000 => {
                write!(f, "{}s-{}s", min.as_secs_f64(), max.as_secs_f64())
            }
            DoseRange::Hold { min, max } => write!(f, "{min}-{max}"),
            DoseRange::Reps { min, max } => write!(f, "{min}-{max}"),
        }
    }
}
