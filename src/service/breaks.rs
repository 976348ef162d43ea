//! Movement breaks in the service: at each look, the idle time and what
//! the desktop is doing go to the core's sitting timer
//! ([`crate::breaks::timer`]), which says whether to offer a break and
//! when to look again. The notice offers Start desk break / In 5 minutes /
//! Skip; each outcome goes to `breaks.jsonl`. Without notifications no
//! break can be offered, so breaks stay off (said once): nothing is
//! counted, and no offer nobody saw is recorded.

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
    /// Sessions of the break routine that ended up to then are counted.
    history_seen: Option<DateTime<chrono::FixedOffset>>,
}

impl Service {
    /// One look for breaks; when to look again (`None`: breaks are off).
    pub(super) async fn breaks_step(&mut self, now: DateTime<Local>) -> Option<DateTime<Local>> {
        let Some(config) = self.settings.breaks.as_deref().cloned() else {
            self.breaks.timer = None;
            return None;
        };
        // Without notifications a break could be offered to nobody: breaks
        // stay off (said once), and nothing is counted or recorded.
        if !self.desk.can_notify() {
            self.say(crate::tr!("notice-breaks-no-notifications"));
            self.breaks.timer = None;
            return None;
        }
        if self
            .breaks
            .timer
            .as_ref()
            .is_none_or(|t| *t.config() != config)
        {
            self.breaks_configured(&config);
            self.breaks.timer = Some(Timer::new(config));
            self.breaks.history_seen = Some(now.fixed_offset());
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
        // An offer is recorded once its notice is on screen.
        let (offered, others): (Vec<&Line>, Vec<&Line>) = d
            .record
            .iter()
            .partition(|l| l.outcome == ledger::Outcome::Offered);
        for line in others {
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
                Some(id) => {
                    self.breaks.shown = Some(id);
                    for line in offered {
                        self.breaks_record(line);
                    }
                }
                None => {
                    // The notice failed this once: nobody saw it, so
                    // nothing is recorded; offered again in a while.
                    if let Some(timer) = self.breaks.timer.as_mut() {
                        timer.not_shown(now.fixed_offset());
                    }
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
            // The look that follows every input reads the lock hint.
            Input::Locked => true,
            Input::History => {
                self.breaks_history(now).await;
                true
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

    /// The history changed: each session of the break routine that ended
    /// since the last time (run from the library, or after Start desk
    /// break) is a break, from its start to its end.
    async fn breaks_history(&mut self, now: DateTime<Local>) {
        let (Some(timer), Some(seen)) = (self.breaks.timer.as_ref(), self.breaks.history_seen)
        else {
            return;
        };
        let config = timer.config().clone();
        let Ok(history) = crate::history::load(&self.paths.history()) else {
            // Said by the reminders' look that follows.
            return;
        };
        let now = now.fixed_offset();
        let ran = breaks_in(&history.records, &config, seen, now);
        let Some(timer) = self.breaks.timer.as_mut() else {
            return;
        };
        let mut lines = Vec::new();
        let mut withdraw = false;
        for (start, end) in &ran {
            let (record, away) = timer.routine_ran(*start, *end);
            lines.extend(record);
            withdraw |= away;
        }
        if let Some((_, end)) = ran.last() {
            self.breaks.history_seen = Some(*end);
        }
        for line in &lines {
            self.breaks_record(line);
        }
        if withdraw && let Some(id) = self.breaks.shown.take() {
            self.desk.close_notice(id).await;
        }
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

/// The sessions of the break routine that ended after `seen` and by `now`
/// and count as a break: finished, or run for at least the time away that
/// counts as one; (start, end), in order of their end.
fn breaks_in(
    records: &[crate::history::Record],
    config: &Breaks,
    seen: DateTime<chrono::FixedOffset>,
    now: DateTime<chrono::FixedOffset>,
) -> Vec<(DateTime<chrono::FixedOffset>, DateTime<chrono::FixedOffset>)> {
    let away = chrono::Duration::milliseconds(i64::from(config.away.as_millis()));
    let mut ran: Vec<_> = records
        .iter()
        .filter(|r| r.routine == config.routine && r.ended_at > seen && r.ended_at <= now)
        .filter(|r| r.completed || r.ended_at - r.started_at >= away)
        .map(|r| (r.started_at, r.ended_at))
        .collect();
    ran.sort_by_key(|(_, end)| *end);
    ran
}

#[cfg(test)]
mod tests;
