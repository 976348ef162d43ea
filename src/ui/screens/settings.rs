//! Settings: a list of rows, each one setting. ↑/↓ choose a row, ←/→
//! change it (Enter or Space step it forward); every change is saved at
//! once by the app.

use iced::widget::{Column, Space, button, column, container, row, scrollable, text};
use iced::{Alignment, Element, Length};

use crate::cues::Cue;
use crate::i18n::{Language, LanguageChoice};
use crate::routine::Dur;
use crate::routine::Side;
use crate::settings::{Renderer, Settings as Values, ThemeChoice, VOICE_SPEEDS};
use crate::tr;
use crate::ui::keys::Key;
use crate::ui::theme;
use crate::ui::widgets::hint;
use crate::voice::VoiceChoice;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Message {
    /// Move the selection by this many rows.
    Select(i32),
    /// Select a row (clicked).
    Pick(Row),
    /// Change the selected row's value by one step back or forward.
    Step(i32),
    /// Change a given row (its arrow buttons were clicked).
    StepRow(Row, i32),
    OpenRoutines,
    OpenSettingsFile,
    /// Play the selected row's sound.
    Preview,
    /// Say a phrase with the chosen voice, speed and loudness.
    TryVoice,
    Close,
}

#[derive(Debug, PartialEq)]
pub enum Action {
    None,
    /// Scroll the list so the selected row shows (0 = top, 1 = bottom).
    Reveal(f32),
    /// The values changed: apply and save them.
    Changed(Values),
    Open(Target),
    /// Play this cue now (to hear the sound and the volume).
    Play(Cue),
    /// Say a phrase now with the voice as set.
    TryVoice,
    Close,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    RoutinesFolder,
    SettingsFile,
}

/// One setting on the screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Row {
    AffectedSide,
    ExtraReps,
    ExtraTime,
    Prepare,
    Rest,
    RestAfter,
    Switch,
    BreathingGuide,
    AskPain,
    Progression,
    ProgressionStep,
    ProgressionAfter,
    Language,
    Theme,
    Renderer,
    KeepAwake,
    StartAtLogin,
    Volume,
    Muted,
    /// One cue on or off.
    Cue(Cue),
    BreathTones,
    Voice,
    VoiceName,
    VoiceSpeed,
    VoiceVolume,
    VoiceReps,
    VoiceBreathing,
}

pub const ROWS: [Row; 34] = [
    Row::AffectedSide,
    Row::ExtraReps,
    Row::ExtraTime,
    Row::Prepare,
    Row::Rest,
    Row::RestAfter,
    Row::Switch,
    Row::BreathingGuide,
    Row::AskPain,
    Row::Progression,
    Row::ProgressionStep,
    Row::ProgressionAfter,
    Row::Language,
    Row::Theme,
    Row::Renderer,
    Row::KeepAwake,
    Row::StartAtLogin,
    Row::Volume,
    Row::Muted,
    Row::Cue(Cue::Start),
    Row::Cue(Cue::Tick),
    Row::Cue(Cue::Halfway),
    Row::Cue(Cue::Switch),
    Row::Cue(Cue::Rest),
    Row::Cue(Cue::SetDone),
    Row::Cue(Cue::Complete),
    Row::Cue(Cue::Attention),
    Row::BreathTones,
    Row::Voice,
    Row::VoiceName,
    Row::VoiceSpeed,
    Row::VoiceVolume,
    Row::VoiceReps,
    Row::VoiceBreathing,
];

impl Row {
    pub fn label(self) -> String {
        match self {
            Row::AffectedSide => tr!("settings-affected-side"),
            Row::ExtraReps => tr!("settings-extra-reps"),
            Row::ExtraTime => tr!("settings-extra-time"),
            Row::Prepare => tr!("settings-prepare"),
            Row::Rest => tr!("settings-rest"),
            Row::RestAfter => tr!("settings-rest-after"),
            Row::Switch => tr!("settings-switch"),
            Row::BreathingGuide => tr!("settings-breathing-guide"),
            Row::AskPain => tr!("settings-ask-pain"),
            Row::Progression => tr!("settings-progression"),
            Row::ProgressionStep => tr!("settings-progression-step"),
            Row::ProgressionAfter => tr!("settings-progression-after"),
            Row::Language => tr!("settings-language"),
            Row::Theme => tr!("settings-theme"),
            Row::Renderer => tr!("settings-renderer"),
            Row::KeepAwake => tr!("settings-keep-awake"),
            Row::StartAtLogin => tr!("settings-start-at-login"),
            Row::Volume => tr!("settings-volume"),
            Row::Muted => tr!("settings-muted"),
            Row::Cue(c) => match c {
                Cue::Start => tr!("settings-cue-start"),
                Cue::Tick => tr!("settings-cue-tick"),
                Cue::Halfway => tr!("settings-cue-halfway"),
                Cue::Switch => tr!("settings-cue-switch"),
                Cue::Rest => tr!("settings-cue-rest"),
                Cue::SetDone => tr!("settings-cue-set-done"),
                Cue::Complete => tr!("settings-cue-complete"),
                Cue::Attention => tr!("settings-cue-attention"),
                Cue::Inhale | Cue::Exhale => tr!("settings-breath-tones"),
            },
            Row::BreathTones => tr!("settings-breath-tones"),
            Row::Voice => tr!("settings-voice"),
            Row::VoiceName => tr!("settings-voice-name"),
            Row::VoiceSpeed => tr!("settings-voice-speed"),
            Row::VoiceVolume => tr!("settings-voice-volume"),
            Row::VoiceReps => tr!("settings-voice-reps"),
            Row::VoiceBreathing => tr!("settings-voice-breathing"),
        }
    }

    pub fn help(self) -> String {
        match self {
            Row::AffectedSide => tr!("settings-affected-side-help"),
            Row::ExtraReps => tr!("settings-extra-reps-help"),
            Row::ExtraTime => tr!("settings-extra-time-help"),
            Row::Prepare => tr!("settings-prepare-help"),
            Row::Rest | Row::RestAfter | Row::Switch => tr!("settings-pause-help"),
            Row::BreathingGuide => tr!("settings-breathing-guide-help"),
            Row::AskPain => tr!("settings-ask-pain-help"),
            Row::Progression => tr!("settings-progression-help"),
            Row::ProgressionStep => tr!("settings-progression-step-help"),
            Row::ProgressionAfter => tr!("settings-progression-after-help"),
            Row::Language => tr!("settings-language-help"),
            Row::Theme => tr!("settings-theme-help"),
            Row::Renderer => tr!("settings-renderer-help"),
            Row::KeepAwake => tr!("settings-keep-awake-help"),
            Row::StartAtLogin => tr!("settings-start-at-login-help"),
            Row::Volume => tr!("settings-volume-help"),
            Row::Muted => tr!("settings-muted-help"),
            Row::Cue(_) => tr!("settings-cue-help"),
            Row::BreathTones => tr!("settings-breath-tones-help"),
            Row::Voice => tr!("settings-voice-help"),
            Row::VoiceName => tr!("settings-voice-name-help"),
            Row::VoiceSpeed => tr!("settings-voice-speed-help"),
            Row::VoiceVolume => tr!("settings-voice-volume-help"),
            Row::VoiceReps => tr!("settings-voice-reps-help"),
            Row::VoiceBreathing => tr!("settings-voice-breathing-help"),
        }
    }

    /// The value as shown.
    pub fn value(self, v: &Values) -> String {
        let whole = |d: Dur| d.as_secs_f64().round();
        let seconds = |d: Option<Dur>, unset: String| match d {
            Some(d) => tr!("settings-seconds", seconds = whole(d)),
            None => unset,
        };
        let on = |b: bool| {
            if b {
                tr!("settings-on")
            } else {
                tr!("settings-off")
            }
        };
        match self {
            Row::AffectedSide => match v.affected_side {
                Some(Side::Left) => tr!("settings-side-left"),
                Some(Side::Right) => tr!("settings-side-right"),
                _ => tr!("settings-side-not-set"),
            },
            Row::ExtraReps => format!("+{}", v.extra_reps),
            Row::ExtraTime => tr!("settings-plus-seconds", seconds = whole(v.extra_time)),
            Row::Prepare => seconds(v.prepare, tr!("settings-prepare-unset")),
            Row::Rest => seconds(v.rest, tr!("settings-rest-unset")),
            Row::RestAfter => seconds(v.rest_after, tr!("settings-rest-after-unset")),
            Row::Switch => seconds(v.switch, tr!("settings-switch-unset")),
            Row::BreathingGuide => on(v.breathing_guide),
            Row::AskPain => on(v.ask_pain),
            Row::Progression => on(v.progression),
            Row::ProgressionStep => {
                tr!("settings-plus-seconds", seconds = whole(v.progression_step))
            }
            Row::ProgressionAfter => {
                tr!("settings-sessions", count = v.progression_after)
            }
            Row::Language => match v.language {
                LanguageChoice::System => tr!(
                    "settings-language-system",
                    language = Language::system().native_name()
                ),
                // Each language by its own name, whatever the window's.
                chosen => chosen.resolve(Language::system).native_name().to_string(),
            },
            Row::Theme => match v.theme {
                ThemeChoice::System => tr!("settings-theme-system"),
                ThemeChoice::Light => tr!("settings-theme-light"),
                ThemeChoice::Dark => tr!("settings-theme-dark"),
            },
            Row::Renderer => match v.renderer {
                Renderer::Software => tr!("settings-renderer-software"),
                Renderer::Gpu => tr!("settings-renderer-gpu"),
            },
            Row::KeepAwake => on(v.keep_awake),
            Row::StartAtLogin => on(v.start_at_login),
            Row::Volume => tr!(
                "settings-percent",
                percent = (v.volume.clamp(0.0, 1.0) * 100.0).round()
            ),
            Row::Muted if v.muted => tr!("settings-muted-on"),
            Row::Muted => tr!("settings-on"),
            Row::Cue(c) => on(v.cue_on(c)),
            Row::BreathTones => on(v.breath_tones),
            Row::Voice => on(v.voice),
            // The settings page shows the voice's name (see SettingsScreen).
            Row::VoiceName if v.voice_name.trim().is_empty() => tr!("settings-voice-default"),
            Row::VoiceName => v.voice_name.clone(),
            Row::VoiceSpeed => tr!("settings-words-per-minute", count = v.voice_speed()),
            Row::VoiceVolume => tr!(
                "settings-percent-of-chimes",
                percent = (v.voice_volume() * 100.0).round()
            ),
            Row::VoiceReps => on(v.voice_reps),
            Row::VoiceBreathing => on(v.voice_breathing),
        }
    }

    /// Whether P on this row tries the voice (rather than a chime).
    pub fn tries_voice(self) -> bool {
        matches!(
            self,
            Row::Voice
                | Row::VoiceName
                | Row::VoiceSpeed
                | Row::VoiceVolume
                | Row::VoiceReps
                | Row::VoiceBreathing
        )
    }

    /// The sound P plays on this row.
    pub fn cue(self) -> Option<Cue> {
        match self {
            Row::Cue(c) => Some(c),
            Row::BreathTones => Some(Cue::Inhale),
            Row::Volume | Row::Muted => Some(Cue::Start),
            _ => None,
        }
    }

    /// Changes the value one step (`delta` is ±1), within sensible limits.
    pub fn step(self, v: &mut Values, delta: i32) {
        let cycle = |i: usize, n: usize| ((i as i32 + delta).rem_euclid(n as i32)) as usize;
        // Optional seconds: "unset" sits below the smallest value.
        let seconds = |d: Option<Dur>, min: u32, max: u32, step: u32| -> Option<Dur> {
            let current = d.map(|d| (d.as_millis() / 1000) as i64);
            let next = match current {
                None if delta > 0 => Some(i64::from(min)),
                None => None,
                Some(s) if delta < 0 && s <= i64::from(min) => None,
                Some(s) => Some((s + i64::from(delta) * i64::from(step)).clamp(0, i64::from(max))),
            };
            next.map(|s| Dur::from_secs(s as u32))
        };
        match self {
            Row::AffectedSide => {
                let options = [None, Some(Side::Left), Some(Side::Right)];
                let i = options
                    .iter()
                    .position(|o| *o == v.affected_side)
                    .unwrap_or(0);
                v.affected_side = options[cycle(i, options.len())];
            }
            Row::ExtraReps => {
                v.extra_reps = (v.extra_reps as i32 + delta).clamp(0, 10) as u32;
            }
            Row::ExtraTime => {
                let s = (v.extra_time.as_millis() / 1000) as i32;
                v.extra_time = Dur::from_secs((s + 5 * delta).clamp(0, 60) as u32);
            }
            Row::Prepare => v.prepare = seconds(v.prepare, 5, 60, 5),
            Row::Rest => v.rest = seconds(v.rest, 0, 120, 5),
            Row::RestAfter => v.rest_after = seconds(v.rest_after, 0, 120, 5),
            Row::Switch => v.switch = seconds(v.switch, 0, 30, 1),
            Row::BreathingGuide => v.breathing_guide = !v.breathing_guide,
            Row::AskPain => v.ask_pain = !v.ask_pain,
            Row::Progression => v.progression = !v.progression,
            Row::ProgressionStep => {
                let s = (v.progression_step.as_millis() / 1000) as i32;
                v.progression_step = Dur::from_secs((s + delta).clamp(1, 15) as u32);
            }
            Row::ProgressionAfter => {
                v.progression_after = (v.progression_after as i32 + delta).clamp(2, 10) as u32;
            }
            Row::Language => {
                let options = LanguageChoice::ALL;
                let i = options.iter().position(|o| *o == v.language).unwrap_or(0);
                v.language = options[cycle(i, options.len())];
            }
            Row::Theme => {
                let options = [ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark];
                let i = options.iter().position(|o| *o == v.theme).unwrap_or(0);
                v.theme = options[cycle(i, options.len())];
            }
            Row::Renderer => {
                v.renderer = match v.renderer {
                    Renderer::Software => Renderer::Gpu,
                    Renderer::Gpu => Renderer::Software,
                };
            }
            Row::KeepAwake => v.keep_awake = !v.keep_awake,
            Row::StartAtLogin => v.start_at_login = !v.start_at_login,
            Row::Volume => {
                let tenths = (v.volume.clamp(0.0, 1.0) * 10.0).round() as i32;
                v.volume = (tenths + delta).clamp(0, 10) as f32 / 10.0;
            }
            Row::Muted => v.muted = !v.muted,
            Row::Cue(c) => {
                let on = v.cue_on_mut(c);
                *on = !*on;
            }
            Row::BreathTones => v.breath_tones = !v.breath_tones,
            Row::Voice => v.voice = !v.voice,
            // Needs the list of voices: see SettingsScreen::change.
            Row::VoiceName => {}
            Row::VoiceSpeed => {
                let (lo, hi) = (*VOICE_SPEEDS.start() as i32, *VOICE_SPEEDS.end() as i32);
                v.voice_speed = (v.voice_speed() as i32 + 10 * delta).clamp(lo, hi) as u32;
            }
            Row::VoiceVolume => {
                let tenths = (v.voice_volume() * 10.0).round() as i32;
                v.voice_volume = (tenths + delta).clamp(0, 20) as f32 / 10.0;
            }
            Row::VoiceReps => v.voice_reps = !v.voice_reps,
            Row::VoiceBreathing => v.voice_breathing = !v.voice_breathing,
        }
    }
}

/// The scrollable list of rows, to scroll the selection into view.
pub fn scroll_id() -> iced::widget::Id {
    iced::widget::Id::new("settings-rows")
}

pub struct SettingsScreen {
    pub values: Values,
    pub selected: usize,
    /// Where the settings file is, to show it.
    pub file: String,
    /// Why sound cannot be heard right now, if it cannot.
    pub sound_notice: Option<String>,
    /// Why the voice does not speak, or what went wrong with it.
    pub voice_notice: Option<String>,
    /// The voices to choose from (looked up when the page opens).
    pub voices: Vec<VoiceChoice>,
}

impl SettingsScreen {
    pub fn new(values: Values, file: String) -> SettingsScreen {
        SettingsScreen {
            values,
            selected: 0,
            file,
            sound_notice: None,
            voice_notice: None,
            voices: Vec::new(),
        }
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Select(d) => {
                self.selected = (self.selected as i32 + d).clamp(0, ROWS.len() as i32 - 1) as usize;
                Action::Reveal(self.selected as f32 / (ROWS.len() - 1) as f32)
            }
            Message::Pick(row) => {
                self.selected = ROWS.iter().position(|r| *r == row).unwrap_or(0);
                Action::None
            }
            Message::Step(delta) => self.change(ROWS[self.selected], delta),
            Message::StepRow(row, delta) => {
                self.selected = ROWS.iter().position(|r| *r == row).unwrap_or(0);
                self.change(row, delta)
            }
            Message::Preview if ROWS[self.selected].tries_voice() => Action::TryVoice,
            Message::Preview => match ROWS[self.selected].cue() {
                Some(cue) => Action::Play(cue),
                None => Action::None,
            },
            Message::TryVoice => Action::TryVoice,
            Message::OpenRoutines => Action::Open(Target::RoutinesFolder),
            Message::OpenSettingsFile => Action::Open(Target::SettingsFile),
            Message::Close => Action::Close,
        }
    }

    fn change(&mut self, row: Row, delta: i32) -> Action {
        let before = self.values.clone();
        if row == Row::VoiceName {
            self.step_voice(delta);
        }
        row.step(&mut self.values, delta);
        if self.values == before {
            Action::None
        } else {
            Action::Changed(self.values.clone())
        }
    }

    /// The next (or previous) voice; "Default" (empty) comes first.
    fn step_voice(&mut self, delta: i32) {
        let mut ids: Vec<&str> = vec![""];
        ids.extend(self.voices.iter().map(|v| v.id.as_str()));
        let current = self.values.voice_name.trim();
        let i = ids.iter().position(|id| *id == current).unwrap_or(0) as i32;
        let next = (i + delta).rem_euclid(ids.len() as i32) as usize;
        self.values.voice_name = ids[next].to_string();
    }

    /// A row's value as shown: voices by their name.
    fn shown(&self, row: Row) -> String {
        if row == Row::VoiceName {
            let id = self.values.voice_name.trim();
            if let Some(v) = self.voices.iter().find(|v| v.id == id) {
                return v.label.clone();
            }
        }
        row.value(&self.values)
    }

    pub fn view(&self) -> Element<'_, Message> {
        let rows = Column::with_children(ROWS.iter().enumerate().map(|(i, &r)| {
            let selected = i == self.selected;
            let arrow = |label: &'static str, delta: i32| {
                button(text(label).size(18).font(theme::SEMIBOLD))
                    .padding([4, 12])
                    .style(theme::control_button)
                    .on_press(Message::StepRow(r, delta))
            };
            let line = row![
                column![
                    text(r.label()).size(19).font(theme::SEMIBOLD),
                    text(r.help()).size(14).style(theme::muted_text),
                ]
                .spacing(2)
                .width(Length::Fill),
                arrow("‹", -1),
                container(text(self.shown(r)).size(18))
                    .width(230)
                    .center_x(230),
                arrow("›", 1),
            ]
            .spacing(10)
            .align_y(Alignment::Center);
            button(container(line).padding([7, 14]).style(if selected {
                theme::card_selected
            } else {
                theme::card
            }))
            .padding(0)
            .style(theme::bare_button)
            .on_press(Message::Pick(r))
            .into()
        }))
        .spacing(8);
        // The file buttons sit under the last setting, wrapping in a small
        // window or a language with long words, so the list keeps the room.
        let files = row![
            button(hint::labelled(tr!("settings-open-routines"), "R", 16.0))
                .padding([10, 16])
                .style(theme::control_button)
                .on_press(Message::OpenRoutines),
            button(hint::labelled(tr!("settings-open-file"), "F", 16.0))
                .padding([10, 16])
                .style(theme::control_button)
                .on_press(Message::OpenSettingsFile),
            button(hint::labelled(tr!("settings-try-voice"), "T", 16.0))
                .padding([10, 16])
                .style(theme::control_button)
                .on_press(Message::TryVoice),
        ]
        .spacing(10)
        .wrap()
        .vertical_spacing(10);
        let back = button(hint::labelled(tr!("settings-back"), "Esc", 16.0))
            .padding([10, 16])
            .style(theme::primary_button)
            .on_press(Message::Close);
        let list = column![
            rows,
            text(tr!("settings-saved-in", file = &self.file))
                .size(14)
                .style(theme::muted_text),
            files,
        ]
        .spacing(14);
        let page = column![
            row![
                text(tr!("settings-title")).size(34).font(theme::BOLD),
                Space::new().width(Length::Fill),
                back,
            ]
            .align_y(iced::Alignment::Center),
            text(tr!("settings-keys")).size(16).style(theme::muted_text),
            text(self.sound_notice.clone().unwrap_or_default())
                .size(15)
                .style(theme::danger_text),
            text(self.voice_notice.clone().unwrap_or_default())
                .size(15)
                .style(theme::danger_text),
            scrollable(container(list).padding(iced::Padding {
                right: 16.0,
                ..iced::Padding::ZERO
            }))
            .id(scroll_id())
            .height(Length::Fill),
        ]
        .spacing(14)
        .max_width(960);
        container(page).padding(28).center_x(Length::Fill).into()
    }
}

pub fn key(key: Key) -> Option<Message> {
    use Message as M;
    match key {
        Key::Up => Some(M::Select(-1)),
        Key::Down => Some(M::Select(1)),
        Key::Left => Some(M::Step(-1)),
        Key::Right | Key::Enter | Key::Space => Some(M::Step(1)),
        Key::Char('r') => Some(M::OpenRoutines),
        Key::Char('f') => Some(M::OpenSettingsFile),
        Key::Char('p') => Some(M::Preview),
        Key::Char('t') => Some(M::TryVoice),
        Key::Escape => Some(M::Close),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_stay_within_limits_and_cycle_choices() {
        let mut v = Values::default();
        Row::AffectedSide.step(&mut v, 1);
        assert_eq!(v.affected_side, Some(Side::Left));
        Row::AffectedSide.step(&mut v, 1);
        Row::AffectedSide.step(&mut v, 1);
        assert_eq!(v.affected_side, None, "cycles round");
        Row::AffectedSide.step(&mut v, -1);
        assert_eq!(v.affected_side, Some(Side::Right));

        for _ in 0..20 {
            Row::ExtraReps.step(&mut v, 1);
        }
        assert_eq!(v.extra_reps, 10);
        Row::ExtraTime.step(&mut v, -1);
        assert_eq!(v.extra_time, Dur::ZERO);
        Row::ExtraTime.step(&mut v, 1);
        assert_eq!(v.extra_time, Dur::from_secs(5));
    }

    #[test]
    fn optional_times_go_from_unset_to_a_value_and_back() {
        let mut v = Values::default();
        assert_eq!(Row::Prepare.value(&v), "As the routine says");
        Row::Prepare.step(&mut v, 1);
        assert_eq!(v.prepare, Some(Dur::from_secs(5)));
        Row::Prepare.step(&mut v, 1);
        assert_eq!(Row::Prepare.value(&v), "10 s");
        Row::Prepare.step(&mut v, -1);
        Row::Prepare.step(&mut v, -1);
        assert_eq!(v.prepare, None);
        for _ in 0..30 {
            Row::Rest.step(&mut v, 1);
        }
        assert_eq!(v.rest, Some(Dur::from_secs(120)));
    }

    #[test]
    fn sound_rows_change_volume_and_switch_cues() {
        let mut v = Values::default();
        assert_eq!(Row::Volume.value(&v), "80 %");
        Row::Volume.step(&mut v, 1);
        Row::Volume.step(&mut v, 1);
        Row::Volume.step(&mut v, 1);
        assert_eq!(Row::Volume.value(&v), "100 %", "never past full");
        Row::Cue(Cue::Halfway).step(&mut v, 1);
        assert!(!v.cue_halfway);
        assert_eq!(Row::Cue(Cue::Halfway).value(&v), "Off");
        assert!(!v.cue_prefs().enabled(Cue::Halfway));
        let mut screen = SettingsScreen::new(v, "s.ron".into());
        screen.update(Message::Pick(Row::Cue(Cue::Switch)));
        assert_eq!(screen.update(Message::Preview), Action::Play(Cue::Switch));
        screen.update(Message::Pick(Row::Theme));
        assert_eq!(screen.update(Message::Preview), Action::None);
    }

    #[test]
    fn a_change_reports_the_new_values_and_no_change_reports_nothing() {
        let mut screen = SettingsScreen::new(Values::default(), "s.ron".into());
        screen.update(Message::Pick(Row::Theme));
        let Action::Changed(v) = screen.update(Message::Step(1)) else {
            panic!("no change reported");
        };
        assert_eq!(v.theme, ThemeChoice::Light);
        screen.update(Message::Pick(Row::ExtraReps));
        assert_eq!(screen.update(Message::Step(-1)), Action::None, "already 0");
        assert_eq!(screen.update(Message::Select(-100)), Action::Reveal(0.0));
        assert_eq!(screen.selected, 0);
        screen.update(Message::Select(100));
        assert_eq!(screen.selected, ROWS.len() - 1);
    }

    #[test]
    fn voice_rows_choose_a_voice_speed_and_loudness_and_p_tries_it() {
        let mut screen = SettingsScreen::new(Values::default(), "s.ron".into());
        screen.voices = vec![
            VoiceChoice {
                id: "en-us".into(),
                label: "English (America)".into(),
            },
            VoiceChoice {
                id: "en-gb".into(),
                label: "English (Great Britain)".into(),
            },
        ];
        assert!(screen.values.voice, "on by default");
        screen.update(Message::Pick(Row::VoiceName));
        assert_eq!(screen.shown(Row::VoiceName), "Default");
        let Action::Changed(v) = screen.update(Message::Step(1)) else {
            panic!("no change");
        };
        assert_eq!(v.voice_name, "en-us");
        assert_eq!(screen.shown(Row::VoiceName), "English (America)");
        screen.update(Message::Step(1));
        screen.update(Message::Step(1));
        assert_eq!(screen.values.voice_name, "", "round to the default");
        assert_eq!(screen.update(Message::Preview), Action::TryVoice);
        assert_eq!(key(Key::Char('t')), Some(Message::TryVoice));

        let mut v = Values::default();
        assert_eq!(Row::VoiceSpeed.value(&v), "170 words/min");
        for _ in 0..20 {
            Row::VoiceSpeed.step(&mut v, 1);
        }
        assert_eq!(v.voice_speed, 260, "never past the fastest");
        Row::VoiceVolume.step(&mut v, -1);
        assert_eq!(Row::VoiceVolume.value(&v), "90 % of chimes");
        Row::VoiceReps.step(&mut v, 1);
        Row::VoiceBreathing.step(&mut v, 1);
        let speech = v.speech_prefs();
        assert!(speech.on && speech.reps && speech.breathing);
        Row::Voice.step(&mut v, 1);
        assert!(!v.speech_prefs().on);
    }

    #[test]
    fn the_language_row_offers_the_system_then_each_language_by_its_own_name() {
        let mut v = Values::default();
        assert_eq!(
            Row::Language.value(&v),
            format!("System ({})", Language::system().native_name())
        );
        Row::Language.step(&mut v, 1);
        assert_eq!(v.language, LanguageChoice::English);
        Row::Language.step(&mut v, 1);
        assert_eq!(Row::Language.value(&v), "Deutsch");
        Row::Language.step(&mut v, -1);
        Row::Language.step(&mut v, -1);
        Row::Language.step(&mut v, -1);
        assert_eq!(Row::Language.value(&v), "Español", "cycles round");

        let mut screen = SettingsScreen::new(Values::default(), "s.ron".into());
        screen.update(Message::Pick(Row::Language));
        let Action::Changed(v) = screen.update(Message::Step(-1)) else {
            panic!("no change reported");
        };
        assert_eq!(v.language, LanguageChoice::Spanish);
        assert_eq!(screen.update(Message::Preview), Action::None);
    }

    #[test]
    fn settings_arrows_choose_and_change() {
        use Message as M;
        assert_eq!(key(Key::Down), Some(M::Select(1)));
        assert_eq!(key(Key::Left), Some(M::Step(-1)));
        assert_eq!(key(Key::Enter), Some(M::Step(1)));
        assert_eq!(key(Key::Escape), Some(M::Close));
    }
}
