//! Movement breaks in the service: at each look, the idle time and what
//! the desktop is doing go to the core's sitting timer
//! ([`crate::breaks::timer`]), which says whether to offer a break and
//! when to look again. The notice offers Start desk break / In 5 minutes /
//! Skip; each outcome goes to `breaks.jsonl`.

use chrono::{DateTime, Local};

use super::Service;
use super::desk::Input;
use crate::breaks::Breaks;
use crate::breaks::ledger::{self, Line};
use crate::breaks::timer::{Answer, Observation, Timer};
use crate::desktop::Missing;
use crate::desktop::idle::{Idle, LockHint};
use crate::instance::Request;
use crate::state::State;

/// The service's break state.
#[derive(Default)]
pub struct Breaking {
    timer: Option<Timer>,
    /// Opened when breaks are first on; an error means clock time.
    idle: Option<Result<Idle, Missing>>,
    /// logind's lock hint, opened with the idle source.
    lock: Option<LockHint>,
    /// The break notice on screen.
    shown: Option<u32>,
    /// logind said the machine woke since the last look.
    resumed: bool,
}

impl Service {
    /// One look for breaks; when to look again (`None`: breaks are off).
    pub(super) async fn breaks_step(&mut self, now: DateTime<Local>) -> Option<DateTime<Local>> {
        let Some(config) = self.settings.breaks.as_deref().cloned() else {
            self.breaks.timer = None;
            return None;
        };
        if self
            .breaks
            .timer
            .as_ref()
            .is_none_or(|t| *t.config() != config)
        {
            self.breaks_configured(&config);
            self.breaks.timer = Some(Timer::new(config));
        }
        let idle = self.breaks_idle().await;
        let fullscreen = matches!(&self.breaks.idle, Some(Ok(source)) if source.fullscreen());
        if self.breaks.lock.is_none() {
            self.breaks.lock = Some(LockHint::open().await);
        }
        let locked = match &self.breaks.lock {
            Some(lock) => lock.locked().await,
            None => false,
        };
        let o = Observation {
            now,
            idle,
            locked,
            resumed: std::mem::take(&mut self.breaks.resumed),
            routine_running: crate::instance::is_running(
                &self.paths,
                crate::instance::Role::Routine,
            ),
            // A full-screen window (a presentation, a call) or
            // do-not-disturb: a due break waits.
            busy: fullscreen || self.desk.do_not_disturb().await,
            paused_until: State::load(&self.paths.state()).breaks_paused_until(),
        };
        let timer = self.breaks.timer.as_mut()?;
        let d = timer.look(&o);
        for line in &d.record {
            self.breaks_record(line);
        }
        if d.withdraw
            && let Some(id) = self.breaks.shown.take()
        {
            self.desk.close_notice(id).await;
        }
        if let Some(offer) = d.show {
            let body = crate::tr!("notice-break-body");
            let labels = [
                crate::tr!("notice-break-action-start"),
                crate::tr!("notice-break-action-snooze"),
                crate::tr!("notice-break-action-skip"),
            ];
            let actions = [
                ("break-start", labels[0].as_str()),
                ("break-snooze", labels[1].as_str()),
                ("break-skip", labels[2].as_str()),
            ];
            match self.desk.notify_with(&offer.title(), &body, &actions).await {
                Some(id) => self.breaks.shown = Some(id),
                None => {
                    self.say(crate::tr!("notice-breaks-no-notifications"));
                    self.breaks_answer(Answer::Skip, now);
                }
            }
        }
        Some(d.next)
    }

    /// Takes the inputs that concern breaks; `true` when one was used up.
    pub(super) async fn breaks_input(&mut self, input: &Input, now: DateTime<Local>) -> bool {
        match input {
            Input::Action { id, key } if self.breaks.shown == Some(*id) => {
                self.breaks.shown = None;
                let answer = match key.as_str() {
                    "break-start" | "default" => Answer::Start,
                    "break-snooze" => Answer::Snooze,
                    "break-skip" => Answer::Skip,
                    _ => Answer::Closed,
                };
                self.breaks_answer(answer, now);
                self.desk.close_notice(*id).await;
                true
            }
            Input::Closed { id } if self.breaks.shown == Some(*id) => {
                self.breaks.shown = None;
                self.breaks_answer(Answer::Closed, now);
                true
            }
            Input::Resumed => {
                self.breaks.resumed = true;
                false
            }
            Input::PauseBreaks(p) => {
                let until = super::pause_until(*p, now).map(|u| u.fixed_offset());
                if let Err(e) = State::update(&self.paths.state(), |s| s.pause_breaks(until)) {
                    self.say(crate::tr!(
                        "notice-cannot-pause-breaks",
                        error = e.to_string()
                    ));
                }
                true
            }
            _ => false,
        }
    }

    /// The tray's breaks line: off, on, or paused until when.
    pub(super) fn breaks_menu(&self, now: DateTime<Local>) -> Option<Option<String>> {
        self.breaks.timer.as_ref()?;
        let until = State::load(&self.paths.state()).breaks_paused_until();
        Some(until.filter(|u| *u > now.fixed_offset()).map(|u| {
            crate::tr!(
                "tray-breaks-paused",
                when = super::when_words(u.with_timezone(&Local), now)
            )
        }))
    }

    fn breaks_answer(&mut self, answer: Answer, now: DateTime<Local>) {
        let Some(timer) = self.breaks.timer.as_mut() else {
            return;
        };
        let routine = timer.config().routine.clone();
        for line in timer.answer(answer, now.fixed_offset()) {
            self.breaks_record(&line);
        }
        if answer == Answer::Start {
            self.open(Request::Play(routine));
        }
    }

    fn breaks_record(&mut self, line: &Line) {
        if let Err(e) = ledger::append(&self.paths.breaks(), line) {
            self.say(crate::tr!(
                "notice-breaks-ledger-unwritable",
                error = e.to_string()
            ));
        }
    }

    /// Says once what is off about new break settings.
    fn breaks_configured(&mut self, config: &Breaks) {
        if self.routine(&config.routine).is_none() {
            self.say(crate::tr!("notice-breaks-no-routine", id = &config.routine));
        }
    }

    /// Idle time from the first source that answers, or `None` (clock
    /// time) with the reason said once.
    async fn breaks_idle(&mut self) -> Option<chrono::Duration> {
        if self.breaks.idle.is_none() {
            self.breaks.idle = Some(Idle::open().await);
        }
        let result = match self.breaks.idle.as_mut()? {
            Ok(idle) => idle.idle().await,
            Err(m) => Err(m.clone()),
        };
        match result {
            Ok(d) => chrono::Duration::from_std(d).ok(),
            Err(m) => {
                self.say(crate::tr!(
                    "notice-breaks-clock-time",
                    missing = m.to_string()
                ));
                None
            }
        }
    }
}
