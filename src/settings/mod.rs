//! The user's settings (`settings.ron` in the config folder).
//!
//! Loading is lenient field by field: a broken or unknown field falls back to
//! its default and produces a notice, and the rest of the file still applies.
//! The file itself is never rewritten by loading.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::breaks::Breaks;
use crate::cues::Cue;
use crate::files::FileError;
use crate::reminders::Reminder;
use crate::routine::{Dur, PlanOptions, Side, Timing};

mod lenient;

pub use lenient::{Entries, lenient};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Settings {
    /// The side that hurts (`Left` or `Right`), for one-sided moves and extras.
    pub affected_side: Option<Side>,
    /// Extra reps on the affected side.
    pub extra_reps: u32,
    /// Extra hold time on the affected side.
    pub extra_time: Dur,
    /// Get-ready time before each move, overriding the routines'.
    pub prepare: Option<Dur>,
    /// Pauses for routines that set none.
    pub rest: Option<Dur>,
    pub rest_after: Option<Dur>,
    pub switch: Option<Dur>,
    /// Show the breathing guide in the player.
    pub breathing_guide: bool,
    pub theme: ThemeChoice,
    /// The language of the window, the CLI and the voice: `System` (the
    /// system's), `English`, `German`, `French` or `Spanish`.
    pub language: crate::i18n::LanguageChoice,
    /// Software or GPU drawing (applies from the next start).
    pub renderer: Renderer,
    /// Ask for a pain rating (0–10) before and after a session.
    pub ask_pain: bool,
    /// Offer to step up holds that have a range after pain-free sessions.
    pub progression: bool,
    /// How much a hold grows each time.
    pub progression_step: Dur,
    /// Pain-free sessions in a row before offering a step up.
    pub progression_after: u32,

    // -- Sound. Flat fields, so that a typo in one resets only that one.
    /// Loudness of the cues, 0.0 (silent) to 1.0 (full).
    pub volume: f32,
    /// All cues off (M in the player).
    pub muted: bool,
    /// Soft rising and falling tones on each breath in and out.
    pub breath_tones: bool,
    /// Soft ticks in the last 3 seconds of a get-ready and of a hold.
    pub cue_tick: bool,
    /// A move (or the next side or set) starts.
    pub cue_start: bool,
    pub cue_halfway: bool,
    pub cue_switch: bool,
    pub cue_rest: bool,
    /// A set (or a whole move) is done.
    pub cue_set_done: bool,
    /// The routine is finished.
    pub cue_complete: bool,
    /// The app waits for you: a question, or a move that lasts until you say so.
    pub cue_attention: bool,
    /// Your own WAV or OGG files in place of built-in cues, by cue name
    /// (`tick`, `start`, `halfway`, `switch`, `rest`, `set_done`,
    /// `complete`, `attention`, `inhale`, `exhale`). Relative paths are
    /// taken from the folder of the settings file. An unknown cue name is
    /// reported where it is and left out.
    #[serde(deserialize_with = "sounds")]
    pub sounds: BTreeMap<Cue, PathBuf>,

    // -- Keeping the habit.
    /// Planned routines: `(routine: "sciatica-relief", at: "18:30", days:
    /// Daily)`. A reminder with a mistake is reported where it is and left
    /// out; the others work.
    pub reminders: Entries<Reminder>,
    /// Keep the screen from dimming and locking while a routine runs.
    pub keep_awake: bool,
    /// Start Limber's reminder service when you log in.
    pub start_at_login: bool,
    /// Movement breaks after a stretch of sitting: `(every: "45m", away:
    /// "5m", routine: "desk-break", hours: "09:00-17:30", days: Weekdays)`.
    /// Absent: no breaks. A mistake is reported where it is and breaks stay
    /// off until it is fixed. Boxed: the settings travel in UI messages,
    /// which stay small.
    pub breaks: Option<Box<Breaks>>,
    // -- Voice. Flat fields as well.
    /// Speak what comes next (when a voice is installed: espeak-ng on
    /// Linux, the system's voices on macOS and Windows).
    pub voice: bool,
    /// Which voice; empty: the system's default English voice.
    pub voice_name: String,
    /// How fast it speaks, in words per minute.
    pub voice_speed: u32,
    /// How loud the voice is against the chimes (1.0: as loud).
    pub voice_volume: f32,
    /// Count the reps of rep moves aloud.
    pub voice_reps: bool,
    /// Say the breathing words ("Breathe in", "Lift") on each breath.
    pub voice_breathing: bool,
}

/// The `sounds` map, keyed by cue name; unknown names are left out.
fn sounds<'de, D: serde::Deserializer<'de>>(d: D) -> Result<BTreeMap<Cue, PathBuf>, D::Error> {
    let named = BTreeMap::<String, PathBuf>::deserialize(d)?;
    let mut out = BTreeMap::new();
    for (name, path) in named {
        match Cue::from_key(&name) {
            Some(cue) => {
                out.insert(cue, path);
            }
            None => {
                let names: Vec<&str> = Cue::ALL.iter().map(|c| c.key()).collect();
                lenient::drop_entry(
                    format!("\"{name}\""),
                    crate::tr!(
                        "error-sounds-unknown-cue",
                        name = &name,
                        cues = names.join(", ")
                    ),
                );
            }
        }
    }
    Ok(out)
}

/// How the window is drawn. Software (tiny-skia) by default: on laptops
/// without a usable GPU driver, the GPU path falls onto a software emulation
/// of a GPU that costs many times the memory and CPU (docs/performance.md).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Renderer {
    #[default]
    Software,
    Gpu,
}

impl Renderer {
    /// The name iced's `ICED_BACKEND` uses.
    pub fn backend(self) -> &'static str {
        match self {
            Renderer::Software => "tiny-skia",
            Renderer::Gpu => "wgpu",
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    #[default]
    System,
    Light,
    Dark,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            affected_side: None,
            extra_reps: 0,
            extra_time: Dur::ZERO,
            prepare: None,
            rest: None,
            rest_after: None,
            switch: None,
            breathing_guide: true,
            theme: ThemeChoice::System,
            language: crate::i18n::LanguageChoice::System,
            renderer: Renderer::Software,
            ask_pain: true,
            progression: true,
            progression_step: Dur::from_secs(5),
            progression_after: 3,
            volume: 0.8,
            muted: false,
            breath_tones: false,
            cue_tick: true,
            cue_start: true,
            cue_halfway: true,
            cue_switch: true,
            cue_rest: true,
            cue_set_done: true,
            cue_complete: true,
            cue_attention: true,
            sounds: BTreeMap::new(),
            reminders: Entries::default(),
            keep_awake: true,
            start_at_login: false,
            breaks: None,
            voice: true,
            voice_name: String::new(),
            voice_speed: DEFAULT_VOICE_SPEED,
            voice_volume: 1.0,
            voice_reps: false,
            voice_breathing: false,
        }
    }
}

/// Words per minute unless set.
pub const DEFAULT_VOICE_SPEED: u32 = 170;
/// The range of speeds offered (words per minute).
pub const VOICE_SPEEDS: std::ops::RangeInclusive<u32> = 100..=260;

/// The field that switches a cue, borrowed with `&` or `&mut`: one mapping
/// for both accessors.
macro_rules! cue_field {
    ($s:ident, $cue:expr, $($borrow:tt)+) => {{
        match $cue {
            Cue::Tick => $($borrow)+ $s.cue_tick,
            Cue::Start => $($borrow)+ $s.cue_start,
            Cue::Halfway => $($borrow)+ $s.cue_halfway,
            Cue::Switch => $($borrow)+ $s.cue_switch,
            Cue::Rest => $($borrow)+ $s.cue_rest,
            Cue::SetDone => $($borrow)+ $s.cue_set_done,
            Cue::Complete => $($borrow)+ $s.cue_complete,
            Cue::Attention => $($borrow)+ $s.cue_attention,
            Cue::Inhale | Cue::Exhale => $($borrow)+ $s.breath_tones,
        }
    }};
}

impl Settings {
    /// Whether a cue is wanted (the breath tones share one switch).
    pub fn cue_on(&self, cue: Cue) -> bool {
        *cue_field!(self, cue, &)
    }

    /// The switch for a cue.
    pub fn cue_on_mut(&mut self, cue: Cue) -> &mut bool {
        cue_field!(self, cue, &mut)
    }

    /// Which cues to play, as the conductor takes them.
    pub fn cue_prefs(&self) -> crate::cues::CuePrefs {
        let mut prefs = crate::cues::CuePrefs::all();
        for cue in Cue::ALL {
            prefs.set(cue, self.cue_on(cue));
        }
        prefs
    }

    /// Which phrases to say, as the conductor takes them (whether a voice
    /// exists is up to the front end).
    pub fn speech_prefs(&self) -> crate::speech::SpeechPrefs {
        crate::speech::SpeechPrefs {
            on: self.voice,
            reps: self.voice_reps,
            breathing: self.voice_breathing,
        }
    }

    /// The speaking speed within the offered range.
    pub fn voice_speed(&self) -> u32 {
        self.voice_speed
            .clamp(*VOICE_SPEEDS.start(), *VOICE_SPEEDS.end())
    }

    /// The voice's loudness against the chimes, within 0..=2.
    pub fn voice_volume(&self) -> f32 {
        if self.voice_volume.is_nan() {
            0.0
        } else {
            self.voice_volume.clamp(0.0, 2.0)
        }
    }

    /// The progression rule, if progression is on.
    pub fn progression_rule(&self) -> Option<crate::progression::Rule> {
        self.progression.then_some(crate::progression::Rule {
            step: self.progression_step.min(Dur::from_secs(60)),
            after: self.progression_after.clamp(1, 50),
        })
    }

    pub fn plan_options(&self) -> PlanOptions {
        PlanOptions {
            affected: self.affected_side.filter(|s| *s != Side::Affected),
            extra_reps: self.extra_reps.min(100),
            extra_time: self.extra_time.min(Dur::from_secs(600)),
            prepare: self.prepare,
            fallback: Timing {
                prepare: None,
                rest: self.rest,
                rest_after: self.rest_after,
                switch: self.switch,
            },
        }
    }

    /// The volume as a number the audio can use: within 0..=1 (a value out
    /// of range in the file is clamped, and one that is not a number is 0).
    pub fn volume(&self) -> f32 {
        if self.volume.is_nan() {
            0.0
        } else {
            self.volume.clamp(0.0, 1.0)
        }
    }

    /// Loads the settings file; a missing file gives the defaults silently.
    pub fn load(path: &Path) -> (Settings, Vec<String>) {
        match std::fs::read_to_string(path) {
            Ok(text) => lenient(&path.display().to_string(), &text),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => (Settings::default(), vec![]),
            Err(e) => (
                Settings::default(),
                vec![crate::tr!(
                    "error-settings-cannot-read",
                    file = path.display().to_string(),
                    reason = e.to_string()
                )],
            ),
        }
    }
}

/// Writes settings as a readable RON file.
pub fn to_ron(settings: &Settings) -> String {
    let pretty = ron::ser::PrettyConfig::new()
        .extensions(ron::extensions::Extensions::IMPLICIT_SOME)
        .struct_names(false)
        .escape_strings(false);
    ron::Options::default()
        .to_string_pretty(settings, pretty)
        .unwrap_or_default()
}

/// Writes the settings file atomically. With `backup` (the moment to stamp
/// it with), a copy of the file as it was (it had mistakes when loaded) is
/// kept beside it first, named `settings.ron.bak-YYYYMMDD-HHMMSS`, and its
/// path returned: the person's own text is never silently replaced.
pub fn save(
    path: &Path,
    values: &Settings,
    backup: Option<chrono::NaiveDateTime>,
) -> Result<Option<PathBuf>, FileError> {
    let mut kept = None;
    if let Some(now) = backup
        && path.exists()
    {
        let copy = path.with_extension(format!("ron.bak-{}", now.format("%Y%m%d-%H%M%S")));
        std::fs::copy(path, &copy).map_err(FileError::at(path))?;
        kept = Some(copy);
    }
    crate::files::write_atomic(path, to_ron(values).as_bytes()).map_err(FileError::at(path))?;
    Ok(kept)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saving_over_a_file_with_mistakes_keeps_a_copy_first() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.ron");
        let original = "(theme: Dark, extra_reps: \"lots\")";
        std::fs::write(&path, original).unwrap();
        let (mut values, notices) = Settings::load(&path);
        assert_eq!(notices.len(), 1);
        values.extra_reps = 2;
        let now = chrono::NaiveDate::from_ymd_opt(2026, 12, 2)
            .unwrap()
            .and_hms_opt(18, 30, 5)
            .unwrap();
        let kept = save(&path, &values, Some(now)).unwrap().expect("a backup");
        assert_eq!(kept, dir.path().join("settings.ron.bak-20261202-183005"));
        assert_eq!(std::fs::read_to_string(&kept).unwrap(), original);
        let (back, notices) = Settings::load(&path);
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(back.extra_reps, 2);
        assert_eq!(back.theme, ThemeChoice::Dark, "the good field survived");
        // Later saves need no backup.
        assert_eq!(save(&path, &back, None).unwrap(), None);
    }

    #[test]
    fn empty_file_gives_defaults() {
        let (s, notices) = lenient::<Settings>("s.ron", "()");
        assert_eq!(s, Settings::default());
        assert!(notices.is_empty());
    }

    #[test]
    fn good_fields_survive_a_bad_one() {
        let text = "(affected_side: Left, extra_reps: \"lots\", theme: Dark, colour: Blue)";
        let (s, notices) = lenient::<Settings>("s.ron", text);
        assert_eq!(s.affected_side, Some(Side::Left));
        assert_eq!(s.theme, ThemeChoice::Dark);
        assert_eq!(s.extra_reps, 0, "broken field falls back");
        assert_eq!(notices.len(), 2, "{notices:?}");
        assert!(notices.iter().any(|n| n.contains("extra_reps")));
        assert!(notices.iter().any(|n| n.contains("colour")));
    }

    #[test]
    fn unreadable_file_says_where() {
        let (s, notices) = lenient::<Settings>("s.ron", "(theme: Dark,\n extra_reps: 3");
        assert_eq!(s, Settings::default());
        assert_eq!(notices.len(), 1);
        assert!(notices[0].starts_with("s.ron:2:"), "{}", notices[0]);
    }

    #[test]
    fn round_trips_through_text() {
        let s = Settings {
            affected_side: Some(Side::Right),
            extra_reps: 3,
            extra_time: Dur::from_secs(15),
            prepare: Some(Dur::from_secs(12)),
            theme: ThemeChoice::Light,
            language: crate::i18n::LanguageChoice::German,
            ..Settings::default()
        };
        let text = to_ron(&s);
        assert!(text.contains("language: German"), "{text}");
        let (back, notices) = lenient::<Settings>("s.ron", &text);
        assert!(notices.is_empty(), "{notices:?}\n{text}");
        assert_eq!(back, s);
    }

    #[test]
    fn the_language_follows_the_system_unless_chosen() {
        use crate::i18n::LanguageChoice;
        let (s, notices) = lenient::<Settings>("s.ron", "(theme: Dark)");
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(s.language, LanguageChoice::System, "absent: the system's");
        let (s, notices) = lenient::<Settings>("s.ron", "(language: Spanish, theme: Dark)");
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(s.language, LanguageChoice::Spanish);
        // A language Limber does not speak resets that field only.
        let (s, notices) = lenient::<Settings>("s.ron", "(language: Klingon, theme: Dark)");
        assert_eq!(notices.len(), 1, "{notices:?}");
        assert!(notices[0].contains("language"), "{notices:?}");
        assert_eq!(s.language, LanguageChoice::System);
        assert_eq!(s.theme, ThemeChoice::Dark);
    }

    #[test]
    fn a_typo_in_one_sound_setting_keeps_the_others() {
        let text = "(volume: 0.3, muted: true, cue_halfway: flase, cue_tick: false,
                     breath_tones: true, sounds: {\"halfway\": \"gong.ogg\"})";
        let (s, notices) = lenient::<Settings>("s.ron", text);
        assert_eq!(notices.len(), 1, "{notices:?}");
        assert!(notices[0].contains("cue_halfway"), "{notices:?}");
        assert!(s.cue_halfway, "the broken field takes its default (on)");
        assert!(!s.cue_tick);
        assert!(s.muted && s.breath_tones);
        assert_eq!(s.volume, 0.3);
        let (whole, notices) = lenient::<Settings>("s.ron", "(volume: 1)");
        assert!(notices.is_empty());
        assert_eq!(whole.volume(), 1.0, "a whole number is fine");
        assert_eq!(
            s.sounds.get(&Cue::Halfway),
            Some(&PathBuf::from("gong.ogg"))
        );
    }

    #[test]
    fn sound_settings_round_trip() {
        let mut s = Settings {
            volume: 0.55,
            muted: true,
            breath_tones: true,
            cue_rest: false,
            ..Settings::default()
        };
        s.sounds
            .insert(Cue::Complete, PathBuf::from("/tmp/done.wav"));
        let text = to_ron(&s);
        assert!(text.contains("\"complete\""), "{text}");
        let (back, notices) = lenient::<Settings>("s.ron", &text);
        assert!(notices.is_empty(), "{notices:?}\n{text}");
        assert_eq!(back, s);
    }

    #[test]
    fn a_mistake_in_one_reminder_turns_off_that_one_only() {
        use crate::reminders::Days;
        let text = r#"(
    volume: 0.5,
    reminders: [
        (routine: "sciatica-relief", at: "18:30", days: Daily),
        (routine: "stretches-only", at: "7:75", days: Weekdays),
        (routine: "desk-break", at: "10:00", days: [Mon, Wed, Fri]),
    ],
)"#;
        let (s, notices) = lenient::<Settings>("settings.ron", text);
        assert_eq!(notices.len(), 1, "{notices:?}");
        assert!(
            notices[0].starts_with("settings.ron:5:"),
            "the line of the bad one: {notices:?}"
        );
        assert!(notices[0].contains("\"7:75\""), "{notices:?}");
        let routines: Vec<&str> = s.reminders.0.iter().map(|r| r.routine.as_str()).collect();
        assert_eq!(routines, ["sciatica-relief", "desk-break"]);
        assert_eq!(s.volume, 0.5);
        // Written back, they read the same.
        let (back, notices) = lenient::<Settings>("s.ron", &to_ron(&s));
        assert!(notices.is_empty(), "{notices:?}\n{}", to_ron(&s));
        assert_eq!(back.reminders, s.reminders);
        assert!(to_ron(&s).contains("days: Daily"), "{}", to_ron(&s));
        assert_eq!(
            back.reminders.0[1].days,
            Days::On(vec![
                chrono::Weekday::Mon,
                chrono::Weekday::Wed,
                chrono::Weekday::Fri
            ])
        );
    }

    #[test]
    fn an_unknown_cue_in_sounds_is_located_and_the_others_kept() {
        let text = "(\n  volume: 0.5,\n  sounds: {\n    \"halfway\": \"gong.ogg\",\n    \"gnog\": \"gong.wav\",\n  },\n)";
        let (s, notices) = lenient::<Settings>("s.ron", text);
        assert_eq!(notices.len(), 1, "{notices:?}");
        assert!(
            notices[0].starts_with("s.ron:5:5: sounds: there is no cue called \"gnog\""),
            "{notices:?}"
        );
        assert_eq!(s.sounds.len(), 1);
        assert_eq!(
            s.sounds.get(&Cue::Halfway),
            Some(&PathBuf::from("gong.ogg"))
        );
        assert_eq!(s.volume, 0.5);
    }

    #[test]
    fn volume_is_kept_in_range() {
        for (raw, used) in [(0.5, 0.5), (3.0, 1.0), (-1.0, 0.0), (f32::NAN, 0.0)] {
            let s = Settings {
                volume: raw,
                ..Settings::default()
            };
            assert_eq!(s.volume(), used, "{raw}");
        }
    }

    #[test]
    fn default_cue_prefs_match_the_default_settings() {
        use crate::cues::{Cue, CuePrefs};
        assert_eq!(Settings::default().cue_prefs(), CuePrefs::default());
        assert!(!CuePrefs::default().enabled(Cue::Inhale));
        assert!(CuePrefs::default().enabled(Cue::Tick));
    }

    #[test]
    fn plan_options_carry_the_extras() {
        let s = Settings {
            affected_side: Some(Side::Left),
            extra_reps: 3,
            ..Settings::default()
        };
        let o = s.plan_options();
        assert_eq!(o.affected, Some(Side::Left));
        assert_eq!(o.extra_reps, 3);
    }
}
