//! The player: one routine, followed step by step.
//!
//! It owns the session and is driven by `update(message, now)`; the app
//! passes the time in, so tests can drive it with a made-up clock. Events
//! from the engine collect in `events` for the app to turn into sounds.

use std::sync::Arc;
use std::time::{Duration, Instant};

use iced::widget::canvas::{Cache, Canvas};
use iced::widget::{
    Column, Space, button, center, column, container, opaque, progress_bar, row, scrollable, stack,
    text,
};
use iced::{Alignment, Color, Element, Length, Theme, alignment};

use crate::audio::SoundStatus;
use crate::conductor::{Conductor, Control, Handout, Outcome, Setup};
use crate::cues::CuePrefs;
use crate::progression::Proposal;
use crate::routine::{Answer, Move, Plan, PlanOptions, Routine, Step, StepKind, clock};
use crate::session::{BreathPhase, Phase, Session, Status};
use crate::settings::Settings;
use crate::speech::SpeechPrefs;
use crate::tr;
use crate::ui::keys::Key;
use crate::ui::widgets::clock::{self, clock as clock_text};
use crate::ui::widgets::{breath, hint, pain, ring};
use crate::ui::{art, theme};
use crate::wording::{breath_words, kicker, position_line, short_label, step_heading};

/// How often the breathing guide and ring redraw while they move.
pub const FRAME: Duration = Duration::from_millis(80);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Message {
    Start,
    TogglePause,
    Skip,
    Back,
    Restart,
    AddTime,
    Confirm,
    Answer(Answer),
    FocusAnswer(Answer),
    AskStop,
    CancelStop,
    Stop,
    /// Back to the library before starting.
    Leave,
    ToggleCompact,
    ToggleFullscreen,
    ToggleMute,
    /// Pain right now (0–10), before starting.
    Pain(u8),
    /// Take (or leave) the offered step up, before starting.
    StepUp(bool),
    /// Time passed (the app's timer fired).
    Tick,
    /// The computer slept; the routine pauses where it was at that moment.
    Slept(Instant),
}

impl Message {
    /// The control this message applies to a running routine, if any.
    fn control(self) -> Option<Control> {
        Some(match self {
            Message::TogglePause => Control::TogglePause,
            Message::Skip => Control::Skip,
            Message::Back => Control::Back,
            Message::Restart => Control::Restart,
            Message::AddTime => Control::AddTime,
            Message::Confirm => Control::Confirm,
            Message::Answer(answer) => Control::Answer(answer),
            _ => return None,
        })
    }
}

/// What the app should do after an update.
#[derive(Debug, PartialEq)]
pub enum Action {
    None,
    /// The routine ran to its end, or was stopped part-way.
    Ended(Outcome),
    Leave,
    ToggleCompact,
    ToggleFullscreen,
    ToggleMute,
    /// The offered step up was taken (the new routine) or declined.
    SteppedUp(Option<Routine>),
}

/// Which keys mean what on the player right now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Before the start.
    Ready,
    Running,
    /// At a question, with the answer that Enter would give.
    Gate {
        focused: Answer,
    },
    /// "Stop this session?" is showing.
    ConfirmStop,
}

pub struct Player {
    pub id: String,
    options: PlanOptions,
    prefs: CuePrefs,
    /// Which phrases the voice says.
    speech: SpeechPrefs,
    run: Run,
    now: Instant,
    breathing_guide: bool,
    ask_pain: bool,
    pain_before: Option<u8>,
    /// Longer holds on offer, after pain-free sessions.
    offer: Option<Proposal>,
    confirm_stop: bool,
    /// The session was running when "Stop?" appeared; resume on cancel.
    resume_after_ask: bool,
    gate_focus: Answer,
    pub muted: bool,
    /// Whether sound can be heard (shown in the header when it cannot).
    pub sound: SoundStatus,
    /// Cues for the audio, collected until the app takes them.
    handout: Handout,
    /// Paused because the computer slept (said until it goes on).
    slept: bool,
    /// When the player opened: the clock of animated pictures.
    opened: Instant,
    arc_cache: Cache,
    breath_cache: Cache,
    disc_cache: Cache,
}

enum Run {
    Ready(Plan),
    Going(Box<Conductor>),
}

impl Player {
    pub fn new(id: String, routine: Arc<Routine>, settings: &Settings, now: Instant) -> Player {
        let options = settings.plan_options();
        Player {
            id,
            run: Run::Ready(Plan::new(routine, &options)),
            options,
            prefs: settings.cue_prefs(),
            speech: settings.speech_prefs(),
            now,
            opened: now,
            breathing_guide: settings.breathing_guide,
            ask_pain: settings.ask_pain,
            pain_before: None,
            offer: None,
            confirm_stop: false,
            resume_after_ask: false,
            gate_focus: Answer::No,
            muted: settings.muted,
            sound: SoundStatus::Starting,
            handout: Handout::default(),
            slept: false,
            arc_cache: Cache::new(),
            breath_cache: Cache::new(),
            disc_cache: Cache::new(),
        }
    }

    pub fn plan(&self) -> &Plan {
        match &self.run {
            Run::Ready(plan) => plan,
            Run::Going(conductor) => conductor.plan(),
        }
    }

    pub fn session(&self) -> Option<&Session> {
        match &self.run {
            Run::Going(conductor) => Some(conductor.session()),
            Run::Ready(_) => None,
        }
    }

    /// Offers a step up (only before the start).
    pub fn offer(&mut self, proposal: Proposal) {
        if matches!(self.run, Run::Ready(_)) {
            self.offer = Some(proposal);
        }
    }

    pub fn has_offer(&self) -> bool {
        self.offer.is_some()
    }

    /// What the audio should do since this was last asked: cues to take
    /// back and cues to play.
    pub fn take_cues(&mut self) -> Handout {
        std::mem::take(&mut self.handout)
    }

    /// Forget cached drawings (after a theme change).
    pub fn clear_caches(&mut self) {
        for cache in [&self.arc_cache, &self.breath_cache, &self.disc_cache] {
            cache.clear();
        }
    }

    pub fn mode(&self) -> Mode {
        if self.confirm_stop {
            return Mode::ConfirmStop;
        }
        match &self.run {
            Run::Ready(_) => Mode::Ready,
            Run::Going(conductor) => match conductor.session().step() {
                Some(step) if step.kind == StepKind::Gate => Mode::Gate {
                    focused: self.gate_focus,
                },
                _ => Mode::Running,
            },
        }
    }

    pub fn update(&mut self, message: Message, now: Instant) -> Action {
        self.now = now;
        match self.run {
            Run::Ready(_) => self.update_ready(message, now),
            Run::Going(_) => self.update_going(message, now),
        }
    }

    fn update_ready(&mut self, message: Message, now: Instant) -> Action {
        let Run::Ready(plan) = &self.run else {
            return Action::None;
        };
        match message {
            Message::Start => {
                let (conductor, handout) = Conductor::start(
                    Setup {
                        id: self.id.clone(),
                        routine: plan.routine.clone(),
                        options: self.options.clone(),
                        prefs: self.prefs.clone(),
                        speech: self.speech,
                        answer: None,
                    },
                    now,
                );
                self.handout.then(handout);
                self.run = Run::Going(Box::new(conductor));
                Action::None
            }
            Message::StepUp(take) => {
                let Some(offer) = self.offer.take() else {
                    return Action::None;
                };
                if !take {
                    return Action::SteppedUp(None);
                }
                let routine = crate::progression::apply(&plan.routine, &offer);
                self.run = Run::Ready(Plan::new(Arc::new(routine.clone()), &self.options));
                Action::SteppedUp(Some(routine))
            }
            Message::Pain(n) => {
                // Choosing the same number again clears it.
                self.pain_before = (self.pain_before != Some(n)).then_some(n.min(10));
                Action::None
            }
            Message::Leave | Message::AskStop => Action::Leave,
            Message::ToggleCompact => Action::ToggleCompact,
            Message::ToggleFullscreen => Action::ToggleFullscreen,
            Message::ToggleMute => Action::ToggleMute,
            _ => Action::None,
        }
    }

    fn update_going(&mut self, message: Message, now: Instant) -> Action {
        let Run::Going(conductor) = &mut self.run else {
            return Action::None;
        };
        let control = match message {
            Message::ToggleCompact => return Action::ToggleCompact,
            Message::ToggleFullscreen => return Action::ToggleFullscreen,
            Message::ToggleMute => return Action::ToggleMute,
            Message::Stop => {
                self.confirm_stop = false;
                self.handout.then(conductor.tick(now));
                return Action::Ended(conductor.outcome(now, self.pain_before));
            }
            Message::FocusAnswer(answer) => {
                self.gate_focus = answer;
                None
            }
            Message::Answer(_) => {
                self.gate_focus = Answer::No;
                message.control()
            }
            Message::AskStop => {
                self.confirm_stop = true;
                self.resume_after_ask = !conductor.session().is_paused();
                Some(Control::Pause)
            }
            Message::CancelStop => {
                self.confirm_stop = false;
                std::mem::take(&mut self.resume_after_ask).then_some(Control::Resume)
            }
            Message::Slept(at) => {
                if !conductor.session().is_paused() {
                    self.slept = true;
                    self.handout.then(conductor.control(Control::Pause, at));
                }
                return Action::None;
            }
            other => other.control(),
        };
        if control.is_some() {
            self.slept = false;
        }
        let handout = match control {
            Some(control) => conductor.control(control, now),
            None => conductor.tick(now),
        };
        self.handout.then(handout);
        if conductor.is_finished() {
            return Action::Ended(conductor.outcome(now, self.pain_before));
        }
        Action::None
    }

    /// Changes whenever the screen's structure changes (another step, phase,
    /// dialog), so the app can force a full redraw (see `theme::with_parity`).
    pub fn layout_key(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = std::hash::DefaultHasher::new();
        (
            self.confirm_stop,
            self.muted,
            self.gate_focus == Answer::Yes,
        )
            .hash(&mut h);
        match &self.run {
            Run::Ready(_) => 0u8.hash(&mut h),
            Run::Going(conductor) => {
                let session = conductor.session();
                let status = session.status(self.now);
                (
                    session.index(),
                    format!("{:?}", status.phase),
                    status.breath.is_some(),
                )
                    .hash(&mut h);
            }
        }
        h.finish()
    }

    /// When the app should wake the player next; `None` = not until input.
    pub fn next_wake(&self) -> Option<Instant> {
        let Run::Going(conductor) = &self.run else {
            return None;
        };
        let next = conductor.next_wake(self.now)?;
        let animating =
            self.breathing_guide && conductor.session().status(self.now).breath.is_some();
        let next = if animating {
            next.min(self.now + FRAME)
        } else {
            next
        };
        // An animated picture (GIF) shows its next frame on time.
        let session = conductor.session();
        let shown = session.step().map(|step| shown_step(session, step));
        let mv = shown.and_then(|s| session.plan().move_of(s));
        let file = session.plan().routine.file.as_deref();
        Some(match art::next_change(file, mv, self.picture_clock()) {
            Some(d) => next.min(self.now + d.max(FRAME)),
            None => next,
        })
    }

    /// How far into an animated picture's loop the player is.
    fn picture_clock(&self) -> Duration {
        self.now.saturating_duration_since(self.opened)
    }

    /// The window title: time left and the move, readable in a taskbar.
    pub fn title(&self) -> String {
        let Run::Going(conductor) = &self.run else {
            return tr!("title-app", what = self.plan().routine.name.clone());
        };
        let session = conductor.session();
        let status = session.status(self.now);
        match session.step() {
            None => tr!("title-app", what = tr!("player-done")),
            Some(step) => {
                let what = step_heading(session.plan(), step);
                match status.phase {
                    Phase::Gate => tr!("title-app", what = what),
                    Phase::Paused if self.slept => {
                        tr!("title-paused-after-sleep", what = what)
                    }
                    Phase::Paused => tr!("title-paused", what = what),
                    _ => tr!("title-running", time = shown_time(&status), what = what),
                }
            }
        }
    }

    /// What kind of moment this is, above the move's name.
    fn kicker(&self, step: &Step, status: &Status, short: bool) -> String {
        if self.slept && status.phase == Phase::Paused {
            return if short {
                tr!("player-slept-short")
            } else {
                tr!("player-slept")
            };
        }
        kicker(step, status, short)
    }

    // -- View ---------------------------------------------------------------

    pub fn view(&self, compact: bool) -> Element<'_, Message> {
        let content = match &self.run {
            Run::Ready(plan) => self.view_ready(plan, compact),
            Run::Going(conductor) => {
                let session = conductor.session();
                let status = session.status(self.now);
                match session.step() {
                    Some(step) if step.kind == StepKind::Gate => self.view_gate(session, step),
                    Some(step) if compact => self.view_compact(session, step, &status),
                    Some(step) => self.view_running(session, step, &status),
                    None => center(text(tr!("player-done")).size(48)).into(),
                }
            }
        };
        if self.confirm_stop {
            stack![content, opaque(self.view_confirm_stop())].into()
        } else {
            content
        }
    }

    fn header<'a>(
        &'a self,
        section: &'a str,
        progress: f32,
        left: Duration,
    ) -> Element<'a, Message> {
        let routine = &self.plan().routine.name;
        let title = if section.is_empty() {
            routine.clone()
        } else {
            format!("{routine} · {section}")
        };
        row![
            text(title).size(20).font(theme::SEMIBOLD),
            Space::new().width(Length::Fill),
            container(progress_bar(0.0..=1.0, step_progress(progress, HEADER_BAR)).girth(10))
                .width(HEADER_BAR)
                .style(|_| container::Style::default()),
            text(routine_left(left)).size(20).font(theme::SEMIBOLD),
            if self.muted {
                text(tr!("player-muted")).size(16).style(theme::muted_text)
            } else if let SoundStatus::Unavailable(_) = self.sound {
                // The reason is long; the settings page shows it.
                text(tr!("player-sound-unavailable"))
                    .size(16)
                    .style(theme::muted_text)
            } else {
                text("")
            },
        ]
        .spacing(16)
        .align_y(Alignment::Center)
        .into()
    }

    fn view_running<'a>(
        &'a self,
        session: &'a Session,
        step: &'a Step,
        status: &Status,
    ) -> Element<'a, Message> {
        let plan = session.plan();
        let shown = shown_step(session, step);
        let mv = plan.move_of(shown);
        let section = &plan.routine.sections[step.section].name;
        let header = self.header(section, status.routine_progress, status.routine_left);

        let frame = match (status.breath, step.kind) {
            (Some(b), StepKind::Work) if b.phase == BreathPhase::Exhale && step.reps.is_some() => 1,
            _ => 0,
        };
        let pose = art::Pose {
            frame,
            side: shown.side,
            clock: self.picture_clock(),
        };
        let illustration = art::view(
            plan.routine.file.as_deref(),
            mv,
            pose,
            Length::Fill,
            Length::Fill,
        );

        let steps = mv.map_or_else(Column::new, |m| {
            Column::with_children(m.steps.iter().enumerate().map(|(i, s)| {
                row![
                    text(format!("{}.", i + 1))
                        .size(18)
                        .width(26)
                        .style(theme::accent_text),
                    text(s.as_str()).size(18),
                ]
                .into()
            }))
            .spacing(6)
        });
        let card = container(
            column![container(illustration).height(Length::Fill), steps]
                .spacing(16)
                .padding(20),
        )
        .style(theme::card)
        .width(Length::FillPortion(11))
        .height(Length::Fill);

        let right = column![
            row![
                self.ring(status, 300.0),
                self.breath_panel(session, step, status)
            ]
            .spacing(24)
            .align_y(Alignment::Center),
            self.move_title(plan, step, shown, mv, status),
            caution(mv),
        ]
        .spacing(18)
        .width(Length::FillPortion(9));

        column![
            header,
            row![card, right].spacing(32).height(Length::Fill),
            self.next_line(session, step),
            self.controls(session, step, status),
        ]
        .spacing(18)
        .padding(24)
        .into()
    }

    /// The heading above the move name: what kind of moment this is.
    fn move_title<'a>(
        &self,
        plan: &'a Plan,
        step: &'a Step,
        shown: &'a Step,
        mv: Option<&'a Move>,
        status: &Status,
    ) -> Element<'a, Message> {
        let kicker = self.kicker(step, status, false);
        let name = mv.map_or("", |m| m.name.as_str());
        column![
            text(kicker)
                .size(22)
                .style(theme::accent_text)
                .font(theme::SEMIBOLD)
                .width(Length::Fill),
            text(name).size(40).font(theme::BOLD),
            text(position_line(plan, shown)).size(26),
        ]
        .spacing(4)
        .into()
    }

    fn ring<'a>(&'a self, status: &Status, diameter: f32) -> Element<'a, Message> {
        let (fill, color) = match status.phase {
            Phase::Confirm => (1.0, theme::DONE),
            _ if status.length.is_zero() => (1.0, theme::CORAL),
            _ => (
                (status.remaining.as_secs_f64() / status.length.as_secs_f64()) as f32,
                theme::CORAL,
            ),
        };
        let ring = Canvas::new(ring::Ring {
            fill,
            color,
            track: Color::from_rgba(0.5, 0.5, 0.55, 0.22),
            thickness: 0.07,
            arc: &self.arc_cache,
        })
        .width(diameter)
        .height(diameter);
        // Longer times ("+1:16", "1:02:05") get smaller to stay inside.
        let shown = shown_time(status);
        let size = clock::fitting(&shown, diameter * 0.72, diameter * 0.3);
        let digits = clock_text(&shown, size, theme::BOLD);
        let label = match status.phase {
            _ if status.length.is_zero() => tr!("clock-so-far"),
            Phase::Confirm => tr!("clock-over"),
            Phase::Paused => tr!("clock-paused"),
            _ => tr!("clock-left"),
        };
        let inside = column![
            digits,
            text(label).size(diameter * 0.065).style(theme::muted_text)
        ]
        .align_x(Alignment::Center);
        stack![ring, center(inside).width(diameter).height(diameter)].into()
    }

    fn breath_panel<'a>(
        &'a self,
        session: &'a Session,
        step: &Step,
        status: &Status,
    ) -> Element<'a, Message> {
        let Some(b) = status.breath.filter(|_| self.breathing_guide) else {
            return Space::new().width(Length::Shrink).into();
        };
        let word = breath_words(session.plan(), step, b.phase);
        let guide = Canvas::new(breath::Guide {
            level: b.level,
            color: Color {
                a: 0.55,
                ..theme::CORAL
            },
            outline: Color::from_rgba(0.5, 0.5, 0.55, 0.35),
            cache: &self.breath_cache,
            disc: &self.disc_cache,
        })
        .width(150)
        .height(150);
        column![
            guide,
            text(word)
                .size(24)
                .font(theme::SEMIBOLD)
                .align_x(alignment::Horizontal::Center)
        ]
        .spacing(10)
        .width(190)
        .align_x(Alignment::Center)
        .into()
    }

    fn next_line<'a>(&'a self, session: &'a Session, step: &Step) -> Element<'a, Message> {
        let plan = session.plan();
        // During a rest the card already shows the next move: look beyond it.
        let next = match step.kind {
            StepKind::Rest => session
                .upcoming_after(session.index())
                .and_then(|(i, _)| session.upcoming_after(i))
                .map(|(_, s)| s),
            _ => session.upcoming(),
        };
        let Some(next) = next else {
            return text(tr!("player-last-one"))
                .size(18)
                .style(theme::muted_text)
                .into();
        };
        if next.kind == StepKind::Gate {
            return text(tr!("player-next-question", question = plan.describe(next)))
                .size(18)
                .style(theme::muted_text)
                .into();
        }
        let mv = plan.move_of(next);
        let file = plan.routine.file.as_deref();
        row![
            text(tr!("player-next")).size(18).style(theme::muted_text),
            art::view(file, mv, art::Pose::still(next.side), 80, 60),
            text(short_label(plan, next)).size(18),
        ]
        .spacing(12)
        .align_y(Alignment::Center)
        .into()
    }

    fn controls<'a>(
        &self,
        session: &Session,
        step: &Step,
        status: &Status,
    ) -> Element<'a, Message> {
        let b = |label: String, key: &'a str, message: Message| {
            button(hint::labelled(label, key, 16.0))
                .padding([10, 16])
                .style(theme::control_button)
                .on_press(message)
        };
        let pause = if session.is_paused() {
            b(tr!("player-resume"), "Space", Message::TogglePause)
        } else {
            b(tr!("player-pause"), "Space", Message::TogglePause)
        };
        let mut bar = row![
            b(tr!("player-back"), "←", Message::Back),
            pause,
            b(tr!("player-skip"), "→", Message::Skip),
            b(tr!("player-restart"), "R", Message::Restart),
            b(tr!("player-add-time"), "+", Message::AddTime),
        ]
        .spacing(10)
        .align_y(Alignment::Center);
        if step.until_done {
            bar = bar.push(
                button(hint::labelled(tr!("player-confirm"), "Enter", 16.0))
                    .padding([10, 16])
                    .style(if status.phase == Phase::Confirm {
                        theme::primary_button
                    } else {
                        theme::control_button
                    })
                    .on_press(Message::Confirm),
            );
        }
        bar.push(Space::new().width(Length::Fill))
            .push(b(
                if self.muted {
                    tr!("player-unmute")
                } else {
                    tr!("player-mute")
                },
                "M",
                Message::ToggleMute,
            ))
            .push(b(tr!("player-compact"), "C", Message::ToggleCompact))
            .push(b(tr!("player-stop"), "Esc", Message::AskStop))
            .into()
    }

    fn view_gate<'a>(&'a self, session: &'a Session, step: &'a Step) -> Element<'a, Message> {
        let plan = session.plan();
        let Some(gate) = plan.routine.sections[step.section].gate.as_ref() else {
            return Space::new().into();
        };
        let status = session.status(self.now);
        let answer = |label: String, key: &'a str, a: Answer| {
            let focused = self.gate_focus == a;
            button(
                container(hint::labelled(label, key, 30.0))
                    .center_x(Length::Fill)
                    .padding([26, 10]),
            )
            .width(300)
            .style(if focused {
                theme::primary_button
            } else {
                theme::control_button
            })
            .on_press(Message::Answer(a))
        };
        let what = |a: Answer| match gate.action(a) {
            crate::routine::GateAction::Run => {
                tr!(
                    "gate-run",
                    section = plan.routine.sections[step.section].name.clone()
                )
            }
            crate::routine::GateAction::Skip => {
                tr!(
                    "gate-skip",
                    section = plan.routine.sections[step.section].name.clone()
                )
            }
            crate::routine::GateAction::Repeat(s) => tr!("gate-repeat", section = s),
        };
        let body = column![
            text(gate.question.as_str())
                .size(52)
                .font(theme::BOLD)
                .align_x(alignment::Horizontal::Center),
            text(gate.detail.clone().unwrap_or_default())
                .size(22)
                .style(theme::muted_text)
                .align_x(alignment::Horizontal::Center),
            row![
                answer(tr!("gate-yes"), "Y", Answer::Yes),
                answer(tr!("gate-no"), "N", Answer::No)
            ]
            .spacing(32),
            text(tr!(
                "gate-answers",
                yes = what(Answer::Yes),
                no = what(Answer::No)
            ))
            .size(18)
            .style(theme::muted_text),
        ]
        .spacing(28)
        .max_width(900)
        .align_x(Alignment::Center);
        let section = &plan.routine.sections[step.section].name;
        column![
            self.header(section, status.routine_progress, status.routine_left),
            center(body),
        ]
        .padding(24)
        .into()
    }

    fn view_ready<'a>(&'a self, plan: &'a Plan, compact: bool) -> Element<'a, Message> {
        let first = plan.steps.iter().find(|s| s.kind == StepKind::Work);
        let mv = first.and_then(|s| plan.move_of(s));
        let start = button(
            container(hint::labelled(
                tr!("player-start"),
                "Space",
                if compact { 20.0 } else { 28.0 },
            ))
            .padding(if compact { [10, 24] } else { [18, 40] }),
        )
        .style(theme::primary_button)
        .on_press(Message::Start);
        if compact {
            return center(
                column![
                    text(plan.routine.name.as_str()).size(26).font(theme::BOLD),
                    text(tr!(
                        "player-length-moves",
                        time = clock(plan.total),
                        count = plan.routine.move_count()
                    ))
                    .size(18),
                    start,
                ]
                .spacing(14)
                .align_x(Alignment::Center),
            )
            .into();
        }
        let moves: Vec<&Move> = plan.routine.moves().collect();
        let list = Column::with_children(moves.iter().enumerate().map(|(i, m)| {
            row![
                text(format!("{}.", i + 1))
                    .size(18)
                    .width(30)
                    .style(theme::accent_text),
                text(m.name.as_str()).size(18),
            ]
            .into()
        }))
        .spacing(3);
        let card = container(
            column![art::view(
                plan.routine.file.as_deref(),
                mv,
                art::Pose::still(first.and_then(|s| s.side)),
                Length::Fill,
                Length::Fill,
            ),]
            .padding(20),
        )
        .style(theme::card)
        .width(Length::FillPortion(11))
        .height(Length::Fill);
        let mut right = column![
            text(plan.routine.name.as_str()).size(38).font(theme::BOLD),
            text(tr!(
                "player-length-moves",
                time = clock(plan.total),
                count = plan.routine.move_count()
            ))
            .size(22)
            .style(theme::accent_text),
            text(plan.routine.description.as_str())
                .size(18)
                .style(theme::muted_text),
            list,
        ]
        .spacing(14);
        if let Some(offer) = &self.offer {
            let changes = offer
                .changes
                .iter()
                .map(|c| format!("{}: {} → {}", c.name, c.from, c.to))
                .collect::<Vec<_>>()
                .join(" · ");
            right = right.push(
                container(
                    column![
                        text(tr!("player-step-up-offer", count = offer.sessions))
                            .size(19)
                            .font(theme::SEMIBOLD),
                        text(changes).size(16),
                        row![
                            button(hint::labelled(tr!("player-step-up"), "Y", 16.0))
                                .padding([8, 14])
                                .style(theme::primary_button)
                                .on_press(Message::StepUp(true)),
                            button(hint::labelled(tr!("player-not-now"), "N", 16.0))
                                .padding([8, 14])
                                .style(theme::control_button)
                                .on_press(Message::StepUp(false)),
                        ]
                        .spacing(10),
                    ]
                    .spacing(8),
                )
                .padding([12, 16])
                .style(theme::tinted(theme::CORAL)),
            );
        }
        if self.ask_pain {
            right = right.push(pain::rating(
                tr!("pain-question-before"),
                self.pain_before,
                Message::Pain,
            ));
            if self.pain_before.is_some_and(|p| p >= 8) {
                right = right.push(
                    container(text(severe()).size(17))
                        .padding([10, 14])
                        .style(theme::tinted(theme::CORAL)),
                );
            }
        }
        let right = right.push(start).push(
            text(tr!("player-esc-library"))
                .size(16)
                .style(theme::muted_text),
        );
        let right = scrollable(right.padding(iced::Padding {
            right: 14.0,
            ..iced::Padding::ZERO
        }))
        .width(Length::FillPortion(9))
        .height(Length::Fill);
        row![card, right].spacing(32).padding(24).into()
    }

    fn view_compact<'a>(
        &'a self,
        session: &'a Session,
        step: &'a Step,
        status: &Status,
    ) -> Element<'a, Message> {
        let plan = session.plan();
        let shown = shown_step(session, step);
        let mv = plan.move_of(shown);
        let kicker = self.kicker(step, status, true);
        let breath_word = status
            .breath
            .filter(|_| self.breathing_guide)
            .map(|b| breath_words(plan, step, b.phase))
            .unwrap_or_default();
        column![
            row![
                self.ring(status, 190.0),
                column![
                    text(kicker)
                        .size(16)
                        .style(theme::accent_text)
                        .font(theme::SEMIBOLD),
                    text(mv.map_or("", |m| m.name.as_str()))
                        .size(24)
                        .font(theme::BOLD),
                    text(position_line(plan, shown)).size(17),
                    text(breath_word).size(18).font(theme::SEMIBOLD),
                ]
                .spacing(4)
                .width(Length::Fill),
            ]
            .spacing(16)
            .align_y(Alignment::Center)
            .height(Length::Fill),
            text(tr!("player-compact-keys"))
                .size(13)
                .style(theme::muted_text),
        ]
        .padding(14)
        .spacing(6)
        .into()
    }

    fn view_confirm_stop(&self) -> Element<'_, Message> {
        let dialog = container(
            column![
                text(tr!("player-stop-question")).size(32).font(theme::BOLD),
                text(tr!("player-stop-detail"))
                    .size(18)
                    .style(theme::muted_text),
                row![
                    button(hint::labelled(tr!("player-keep-going"), "Esc", 20.0))
                        .padding([12, 20])
                        .style(theme::control_button)
                        .on_press(Message::CancelStop),
                    button(hint::labelled(tr!("player-stop"), "Enter", 20.0))
                        .padding([12, 20])
                        .style(theme::primary_button)
                        .on_press(Message::Stop),
                ]
                .spacing(16),
            ]
            .spacing(18)
            .align_x(Alignment::Center),
        )
        .padding(32)
        .max_width(620)
        .style(theme::card);
        center(dialog)
            .style(|_: &Theme| container::Style {
                background: Some(Color::from_rgba(0.0, 0.0, 0.0, 0.45).into()),
                ..container::Style::default()
            })
            .into()
    }
}

/// The step whose move the card shows: rests show what comes next, every
/// other step its own move.
fn shown_step<'a>(session: &'a Session, step: &'a Step) -> &'a Step {
    match step.kind {
        StepKind::Rest => session.upcoming().unwrap_or(step),
        _ => step,
    }
}

/// Shown when someone rates their pain 8 or more before starting.
pub fn severe() -> String {
    tr!("pain-severe")
}

/// Width of the header's progress bar.
const HEADER_BAR: f32 = 220.0;

/// Progress rounded to the bar's whole pixels. Why: a 20-minute routine
/// moves the bar a fifth of a pixel a second, and every change, even an
/// invisible one, repaints that part of the window.
fn step_progress(progress: f32, width: f32) -> f32 {
    (progress.clamp(0.0, 1.0) * width).floor() / width
}

/// Time left in the routine, in whole minutes ("22 min left", rounded up
/// like a countdown) and to the second in the last minute. Minutes read
/// better from the mat, and the header then changes once a minute instead
/// of beside the big countdown every second.
fn routine_left(left: Duration) -> String {
    let seconds = left.as_millis().div_ceil(1000);
    if seconds > 60 {
        tr!("player-minutes-left", minutes = seconds.div_ceil(60))
    } else {
        tr!("player-time-left", time = clock(left))
    }
}

/// The time to show: time left, or time so far for open moves and overtime.
fn shown_time(status: &Status) -> String {
    match status.phase {
        Phase::Confirm if !status.length.is_zero() => format!("+{}", clock(status.overtime)),
        _ if status.length.is_zero() => clock(status.elapsed),
        _ => clock(status.remaining),
    }
}

fn caution<'a, Message: 'a>(mv: Option<&'a Move>) -> Element<'a, Message> {
    match mv.and_then(|m| m.caution.as_deref()) {
        Some(c) => container(
            row![
                text("!")
                    .size(20)
                    .font(theme::BOLD)
                    .style(theme::danger_text),
                text(c).size(18),
            ]
            .spacing(12),
        )
        .padding([12, 16])
        .style(theme::tinted(theme::CORAL))
        .into(),
        None => Space::new().into(),
    }
}

pub fn key(key: Key, mode: Mode) -> Option<Message> {
    use Message as M;
    // These work everywhere in the player.
    match key {
        Key::Char('f') => return Some(M::ToggleFullscreen),
        Key::Char('m') => return Some(M::ToggleMute),
        Key::Char('c') => return Some(M::ToggleCompact),
        _ => {}
    }
    match mode {
        Mode::ConfirmStop => match key {
            Key::Enter | Key::Char('y') => Some(M::Stop),
            Key::Escape | Key::Char('n') => Some(M::CancelStop),
            _ => None,
        },
        Mode::Ready => match key {
            Key::Space | Key::Enter => Some(M::Start),
            Key::Escape => Some(M::Leave),
            Key::Char('y') => Some(M::StepUp(true)),
            Key::Char('n') => Some(M::StepUp(false)),
            Key::Char(c) => c.to_digit(10).map(|d| M::Pain(d as u8)),
            _ => None,
        },
        Mode::Gate { focused } => match key {
            Key::Char('y') => Some(M::Answer(Answer::Yes)),
            Key::Char('n') => Some(M::Answer(Answer::No)),
            Key::Left | Key::Right | Key::Up | Key::Down => Some(M::FocusAnswer(match focused {
                Answer::Yes => Answer::No,
                Answer::No => Answer::Yes,
            })),
            Key::Enter | Key::Space => Some(M::Answer(focused)),
            Key::Char('p') => Some(M::Back),
            Key::Escape => Some(M::AskStop),
            _ => None,
        },
        Mode::Running => match key {
            Key::Space => Some(M::TogglePause),
            Key::Right | Key::Char('n') => Some(M::Skip),
            Key::Left | Key::Char('p') => Some(M::Back),
            Key::Char('r') => Some(M::Restart),
            Key::Char('+') | Key::Char('=') => Some(M::AddTime),
            Key::Enter => Some(M::Confirm),
            Key::Escape => Some(M::AskStop),
            _ => None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routine_left_counts_whole_minutes_then_seconds() {
        let ms = Duration::from_millis;
        assert_eq!(routine_left(ms(21 * 60_000 + 33_000)), "22 min left");
        assert_eq!(routine_left(ms(120_000)), "2 min left");
        assert_eq!(routine_left(ms(60_001)), "2 min left");
        assert_eq!(routine_left(ms(60_000)), "1:00 left");
        assert_eq!(routine_left(ms(59_200)), "1:00 left");
        assert_eq!(routine_left(ms(4_000)), "0:04 left");
    }

    #[test]
    fn header_progress_moves_in_whole_pixels() {
        assert_eq!(step_progress(0.0, 220.0), 0.0);
        assert_eq!(step_progress(1.0, 220.0), 1.0);
        // A fifth of a pixel later the bar has not moved...
        let p = 100.0 / 220.0;
        assert_eq!(step_progress(p + 0.2 / 220.0, 220.0), p);
        // ...and a whole pixel later it has.
        assert_eq!(step_progress(p + 1.0 / 220.0, 220.0), 101.0 / 220.0);
        assert_eq!(step_progress(1.7, 220.0), 1.0);
    }

    #[test]
    fn the_player_keys_do_what_the_hints_say() {
        use Message as M;
        let run = |k| key(k, Mode::Running);
        assert_eq!(run(Key::Space), Some(M::TogglePause));
        assert_eq!(run(Key::Right), Some(M::Skip));
        assert_eq!(run(Key::Char('n')), Some(M::Skip));
        assert_eq!(run(Key::Left), Some(M::Back));
        assert_eq!(run(Key::Char('p')), Some(M::Back));
        assert_eq!(run(Key::Char('r')), Some(M::Restart));
        assert_eq!(run(Key::Char('+')), Some(M::AddTime));
        assert_eq!(run(Key::Enter), Some(M::Confirm));
        assert_eq!(run(Key::Escape), Some(M::AskStop));
        assert_eq!(run(Key::Char('f')), Some(M::ToggleFullscreen));
        assert_eq!(run(Key::Char('m')), Some(M::ToggleMute));
        assert_eq!(run(Key::Char('c')), Some(M::ToggleCompact));
        assert_eq!(run(Key::Char('x')), None);
    }

    #[test]
    fn at_a_gate_y_and_n_answer_and_arrows_choose() {
        use Message as M;
        let gate = Mode::Gate {
            focused: Answer::No,
        };
        assert_eq!(key(Key::Char('y'), gate), Some(M::Answer(Answer::Yes)));
        // N answers "no" here instead of skipping.
        assert_eq!(key(Key::Char('n'), gate), Some(M::Answer(Answer::No)));
        assert_eq!(key(Key::Left, gate), Some(M::FocusAnswer(Answer::Yes)));
        assert_eq!(key(Key::Enter, gate), Some(M::Answer(Answer::No)));
        assert_eq!(key(Key::Space, gate), Some(M::Answer(Answer::No)));
    }

    #[test]
    fn stopping_asks_first() {
        use Message as M;
        assert_eq!(key(Key::Escape, Mode::Running), Some(M::AskStop));
        assert_eq!(key(Key::Enter, Mode::ConfirmStop), Some(M::Stop));
        assert_eq!(key(Key::Escape, Mode::ConfirmStop), Some(M::CancelStop));
        // Space does not pause behind the question.
        assert_eq!(key(Key::Space, Mode::ConfirmStop), None);
    }

    #[test]
    fn before_the_start_space_starts_and_escape_leaves() {
        use Message as M;
        assert_eq!(key(Key::Space, Mode::Ready), Some(M::Start));
        assert_eq!(key(Key::Enter, Mode::Ready), Some(M::Start));
        assert_eq!(key(Key::Escape, Mode::Ready), Some(M::Leave));
        assert_eq!(key(Key::Right, Mode::Ready), None);
        assert_eq!(key(Key::Char('y'), Mode::Ready), Some(M::StepUp(true)));
    }

    #[test]
    fn digits_rate_pain_before_the_start() {
        use Message as M;
        assert_eq!(key(Key::Char('7'), Mode::Ready), Some(M::Pain(7)));
        // While running, digits do nothing.
        assert_eq!(key(Key::Char('7'), Mode::Running), None);
    }
}
