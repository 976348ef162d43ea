//! Settings: a list of rows, each one setting. ↑/↓ choose a row, ←/→
//! change it (Enter or Space step it forward); every change is saved at
//! once by the app.

use iced::widget::{Column, Space, button, column, container, row, scrollable, text};
use iced::{Alignment, Element, Length};

use crate::cues::Cue;
use crate::routine::Dur;
use crate::routine::Side;
use crate::settings::{Renderer, Settings as Values, ThemeChoice, VOICE_SPEEDS};
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

pub const ROWS: [Row; 33] = [
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
    pub fn label(self) -> &'static str {
        match self {
            Row::AffectedSide => "Affected side",
            Row::ExtraReps => "Extra reps on that side",
            Row::ExtraTime => "Extra hold time on that side",
            Row::Prepare => "Get-ready time",
            Row::Rest => "Rest between sets",
            Row::RestAfter => "Rest between moves",
            Row::Switch => "Pause to switch sides",
            Row::BreathingGuide => "Breathing guide",
            Row::AskPain => "Ask for pain ratings",
            Row::Progression => "Step up holds",
            Row::ProgressionStep => "Step size",
            Row::ProgressionAfter => "After pain-free sessions",
            Row::Theme => "Appearance",
            Row::Renderer => "Drawing",
            Row::KeepAwake => "Keep the screen awake",
            Row::StartAtLogin => "Start Limber at login",
            Row::Volume => "Volume",
            Row::Muted => "Sound",
            Row::Cue(c) => match c {
                Cue::Start => "Chime: start of work",
                Cue::Tick => "Chime: last 3 seconds",
                Cue::Halfway => "Chime: halfway",
                Cue::Switch => "Chime: switch sides",
                Cue::Rest => "Chime: rest",
                Cue::SetDone => "Chime: set done",
                Cue::Complete => "Chime: routine complete",
                Cue::Attention => "Chime: waiting for you",
                Cue::Inhale | Cue::Exhale => "Breath tones",
            },
            Row::BreathTones => "Breath tones",
            Row::Voice => "Voice",
            Row::VoiceName => "Which voice",
            Row::VoiceSpeed => "Speaking speed",
            Row::VoiceVolume => "Voice loudness",
            Row::VoiceReps => "Count the reps aloud",
            Row::VoiceBreathing => "Say the breathing words",
        }
    }

    pub fn help(self) -> &'static str {
        match self {
            Row::AffectedSide => {
                "The side that hurts. Moves marked for the affected side use it, and it gets the extras below."
            }
            Row::ExtraReps => "Added to rep moves on your affected side.",
            Row::ExtraTime => "Added to holds on your affected side.",
            Row::Prepare => {
                "The countdown before each move. Set here, it applies to every routine."
            }
            Row::Rest => "Used by routines that do not set their own.",
            Row::RestAfter => "Used by routines that do not set their own.",
            Row::Switch => "Used by routines that do not set their own.",
            Row::BreathingGuide => {
                "The circle that grows as you breathe in and shrinks as you breathe out."
            }
            Row::AskPain => "A 0–10 rating before and after each session, kept in your history.",
            Row::Progression => {
                "Offer longer holds, within the programme's range, after sessions without pain."
            }
            Row::ProgressionStep => "How much longer a hold gets each time.",
            Row::ProgressionAfter => "Pain-free sessions in a row before offering a step up.",
            Row::Theme => "Follow the system, or always light or dark.",
            Row::Renderer => {
                "Software is light on any laptop; GPU can help on big screens with a good graphics driver. From the next start."
            }
            Row::KeepAwake => {
                "While a routine runs, the screen does not dim or lock (paused, it may)."
            }
            Row::StartAtLogin => {
                "Runs the reminder service when you log in, with its tray icon where the desktop has one."
            }
            Row::Volume => "How loud the chimes are. P plays one to try (when sound is on).",
            Row::Muted => "All chimes on or off (M while following a routine).",
            Row::Cue(_) => "P plays it. Your own WAV or OGG can replace it in the settings file.",
            Row::BreathTones => "A soft rising tone as you breathe in, falling as you breathe out.",
            Row::Voice => {
                "Says what comes next after each chime: the move, side and time, rests, questions. T tries it."
            }
            Row::VoiceName => "The system's English voices. T tries it.",
            Row::VoiceSpeed => "How fast the voice speaks. T tries it.",
            Row::VoiceVolume => "How loud the voice is against the chimes. T tries it.",
            Row::VoiceReps => "\"1\", \"2\", \"3\"… at the start of each rep.",
            Row::VoiceBreathing => {
                "\"Breathe in\", \"Lift\"… on each breath, in place of the breath tones."
            }
        }
    }

    /// The value as shown.
    pub fn value(self, v: &Values) -> String {
        let seconds = |d: Option<Dur>, unset: &str| match d {
            Some(d) => format!("{} s", d.as_secs_f64().round()),
            None => unset.to_string(),
        };
        let on = |b: bool| if b { "On" } else { "Off" }.to_string();
        match self {
            Row::AffectedSide => match v.affected_side {
                Some(Side::Left) => "Left".into(),
                Some(Side::Right) => "Right".into(),
                _ => "Not set".into(),
            },
            Row::ExtraReps => format!("+{}", v.extra_reps),
            Row::ExtraTime => format!("+{} s", v.extra_time.as_secs_f64().round()),
            Row::Prepare => seconds(v.prepare, "As the routine says"),
            Row::Rest => seconds(v.rest, "15 s (built in)"),
            Row::RestAfter => seconds(v.rest_after, "None (built in)"),
            Row::Switch => seconds(v.switch, "5 s (built in)"),
            Row::BreathingGuide => on(v.breathing_guide),
            Row::AskPain => on(v.ask_pain),
            Row::Progression => on(v.progression),
            Row::ProgressionStep => format!("+{} s", v.progression_step.as_secs_f64().round()),
            Row::ProgressionAfter => format!("{} sessions", v.progression_after),
            Row::Theme => match v.theme {
                ThemeChoice::System => "Like the system".into(),
                ThemeChoice::Light => "Light".into(),
                ThemeChoice::Dark => "Dark".into(),
            },
            Row::Renderer => match v.renderer {
                Renderer::Software => "Software".into(),
                Renderer::Gpu => "GPU".into(),
            },
            Row::KeepAwake => on(v.keep_awake),
            Row::StartAtLogin => on(v.start_at_login),
            Row::Volume => format!("{:.0} %", v.volume.clamp(0.0, 1.0) * 100.0),
            Row::Muted => if v.muted { "Muted" } else { "On" }.into(),
            Row::Cue(c) => on(v.cue_on(c)),
            Row::BreathTones => on(v.breath_tones),
            Row::Voice => on(v.voice),
            // The settings page shows the voice's name (see SettingsScreen).
            Row::VoiceName if v.voice_name.trim().is_empty() => "Default".into(),
            Row::VoiceName => v.voice_name.clone(),
            Row::VoiceSpeed => format!("{} words/min", v.voice_speed()),
            Row::VoiceVolume => format!("{:.0} % of chimes", v.voice_volume() * 100.0),
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
        let files = row![
            button(hint::labelled("Open my routines folder", "R", 16.0))
                .padding([10, 16])
                .style(theme::control_button)
                .on_press(Message::OpenRoutines),
            button(hint::labelled("Open the settings file", "F", 16.0))
                .padding([10, 16])
                .style(theme::control_button)
                .on_press(Message::OpenSettingsFile),
            button(hint::labelled("Try the voice", "T", 16.0))
                .padding([10, 16])
                .style(theme::control_button)
                .on_press(Message::TryVoice),
            Space::new().width(Length::Fill),
            button(hint::labelled("Back", "Esc", 16.0))
                .padding([10, 16])
                .style(theme::primary_button)
                .on_press(Message::Close),
        ]
        .spacing(10);
        let page = column![
            text("Settings").size(34).font(theme::BOLD),
            text("↑ ↓ choose · ← → change · saved as you go")
                .size(16)
                .style(theme::muted_text),
            text(self.sound_notice.clone().unwrap_or_default())
                .size(15)
                .style(theme::danger_text),
            text(self.voice_notice.clone().unwrap_or_default())
                .size(15)
                .style(theme::danger_text),
            scrollable(container(rows).padding(iced::Padding {
                right: 16.0,
                ..iced::Padding::ZERO
            }))
            .id(scroll_id())
            .height(Length::Fill),
            text(format!("Saved in {}", self.file))
                .size(14)
                .style(theme::muted_text),
            files,
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
    fn settings_arrows_choose_and_change() {
        use Message as M;
        assert_eq!(key(Key::Down), Some(M::Select(1)));
        assert_eq!(key(Key::Left), Some(M::Step(-1)));
        assert_eq!(key(Key::Enter), Some(M::Step(1)));
        assert_eq!(key(Key::Escape), Some(M::Close));
    }
}
