//! The follow-along engine: a plan plus the current time gives the current
//! step, time left, breath phase and the events (cues) that fell due.
//!
//! Time always comes in as an argument. Each step's end is a deadline
//! computed from when it started, and the next step starts exactly at that
//! deadline, so a late, missed or bunched tick never makes the routine drift:
//! it only delivers the same events later, each stamped with its planned
//! moment (`Event::at`) so that a caller can drop stale cues.

use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::routine::{
    Answer, Breath, Move, MoveRef, Plan, PlanOptions, REP_INHALE_SHARE, Routine, Step, StepKind,
    Work,
};

/// Time added by the "+15 s" control.
pub const ADD_TIME: Duration = Duration::from_secs(15);
/// Most time that can be added to one step.
const MAX_ADDED: Duration = Duration::from_secs(3600);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Event {
    /// When the event was due (not when it was noticed).
    pub at: Instant,
    /// Index of the step in the plan it belongs to.
    pub step: usize,
    pub kind: EventKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EventKind {
    StepStarted(StepKind),
    /// The person should change sides (start of a switch pause, or of the
    /// second side's work when there is no switch pause).
    SwitchSides,
    /// 3, 2, 1 seconds left in a timed step.
    Countdown(u8),
    Halfway,
    /// A rep begins (1-based).
    Rep(u32),
    Breath(BreathPhase),
    /// A done-when-ready step reached its time (or has none): waiting for
    /// the person to confirm.
    AwaitingConfirm,
    /// The last side of a set finished.
    SetDone,
    GateReached,
    Finished,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BreathPhase {
    Inhale,
    Hold,
    Exhale,
}

/// What the session is doing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    Running,
    Paused,
    /// At a gate, waiting for an answer.
    Gate,
    /// A done-when-ready step waiting for confirmation.
    Confirm,
    Finished,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BreathStatus {
    pub phase: BreathPhase,
    /// Progress through the current phase, 0..1.
    pub progress: f32,
    /// Size of a breathing guide, 0 (empty) .. 1 (full): grows on the
    /// inhale, stays on the hold, shrinks on the exhale.
    pub level: f32,
}

/// Everything a screen needs to draw the current moment.
#[derive(Clone, Debug, PartialEq)]
pub struct Status {
    pub index: usize,
    pub phase: Phase,
    /// Time spent in this step (pauses excluded).
    pub elapsed: Duration,
    /// Length of this step including added time; zero when it has no timer.
    pub length: Duration,
    pub remaining: Duration,
    /// Time past the end of a done-when-ready step.
    pub overtime: Duration,
    /// Progress through the step, 0..1.
    pub fraction: f32,
    /// Planned time left in the whole routine, this step included.
    pub routine_left: Duration,
    /// Progress through the whole routine, 0..1.
    pub routine_progress: f32,
    /// (current rep, reps) for rep steps.
    pub rep: Option<(u32, u32)>,
    pub breath: Option<BreathStatus>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StepRecord {
    /// Time spent in the step over all visits, pauses excluded.
    pub spent: Duration,
    /// Ran to its end (or was confirmed, or answered).
    pub completed: bool,
    /// Left early with skip.
    pub skipped: bool,
}

/// How one move went, for the finish screen and the history.
#[derive(Clone, Debug, PartialEq)]
pub struct MoveOutcome {
    pub mv: MoveRef,
    pub id: String,
    pub name: String,
    /// Every side and set of it ran to the end.
    pub done: bool,
    /// Some of it was started or skipped (false: the session stopped first).
    pub reached: bool,
    /// Time spent working on it, pauses excluded.
    pub spent: Duration,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub finished: bool,
    /// Time spent in the routine, pauses excluded.
    pub active: Duration,
    pub moves: Vec<MoveOutcome>,
    /// Gate answers by section index, in the order given.
    pub answers: Vec<(usize, Answer)>,
}

impl Summary {
    pub fn done(&self) -> usize {
        self.moves.iter().filter(|m| m.done).count()
    }

    /// Moves started or passed over but not done in full.
    pub fn skipped(&self) -> usize {
        self.moves.iter().filter(|m| m.reached && !m.done).count()
    }
}

#[derive(Clone, Debug)]
pub struct Session {
    options: PlanOptions,
    answers: Vec<(usize, Answer)>,
    plan: Plan,
    index: usize,
    /// When the current step started, moved forward by pauses.
    started: Instant,
    paused_at: Option<Instant>,
    /// Time added to the current step with "+15 s".
    added: Duration,
    /// Events of the current step have been emitted up to this offset.
    cursor: Duration,
    halfway_sent: bool,
    finished: bool,
    records: Vec<StepRecord>,
}

impl Session {
    /// Starts the routine at `now`; the returned events are the first step's.
    pub fn start(
        routine: Arc<Routine>,
        options: PlanOptions,
        now: Instant,
    ) -> (Session, Vec<Event>) {
        let plan = Plan::new(routine, &options);
        let mut session = Session {
            options,
            answers: Vec::new(),
            records: vec![StepRecord::default(); plan.steps.len()],
            plan,
            index: 0,
            started: now,
            paused_at: None,
            added: Duration::ZERO,
            cursor: Duration::ZERO,
            halfway_sent: false,
            finished: false,
        };
        let mut out = Vec::new();
        session.enter(0, now, &mut out);
        (session, out)
    }

    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    pub fn index(&self) -> usize {
        self.index
    }

    /// The current step (`None` once finished).
    pub fn step(&self) -> Option<&Step> {
        self.plan.steps.get(self.index)
    }

    /// The move of the current step.
    pub fn current_move(&self) -> Option<&Move> {
        self.step().and_then(|s| self.plan.move_of(s))
    }

    /// The next step that starts a move or a gate, for "Next: ...".
    pub fn upcoming(&self) -> Option<&Step> {
        self.upcoming_after(self.index).map(|(_, s)| s)
    }

    /// The first step after `index` that is new work (another move, set or
    /// side than the step at `index`) or a gate, with its index.
    pub fn upcoming_after(&self, index: usize) -> Option<(usize, &Step)> {
        let current = self.plan.steps.get(index)?;
        self.plan
            .steps
            .iter()
            .enumerate()
            .skip(index + 1)
            .find(|(_, s)| match s.kind {
                StepKind::Work => {
                    s.mv != current.mv || s.set != current.set || s.side != current.side
                }
                StepKind::Gate => true,
                _ => false,
            })
    }

    pub fn is_paused(&self) -> bool {
        self.paused_at.is_some()
    }

    pub fn is_finished(&self) -> bool {
        self.finished
    }

    pub fn records(&self) -> &[StepRecord] {
        &self.records
    }

    // -- Time ------------------------------------------------------------

    /// Time spent in the current step at `now`, pauses excluded.
    fn position(&self, now: Instant) -> Duration {
        self.paused_at
            .unwrap_or(now)
            .saturating_duration_since(self.started)
    }

    fn length(&self) -> Duration {
        self.step()
            .map_or(Duration::ZERO, |s| s.duration + self.added)
    }

    /// Moves the session forward to `now`, returning the events that fell
    /// due since the last call, in order.
    pub fn tick(&mut self, now: Instant) -> Vec<Event> {
        let mut out = Vec::new();
        self.advance(now, &mut out);
        out
    }

    fn advance(&mut self, now: Instant, out: &mut Vec<Event>) {
        while let Some(step) = self.step() {
            if step.kind == StepKind::Gate {
                break;
            }
            let timed = step.is_timed();
            let len = self.length();
            let pos = self.position(now);
            let upto = pos.min(len);
            if upto > self.cursor {
                self.emit_scheduled(self.cursor, upto, out);
                self.cursor = upto;
            }
            if !(timed && pos >= len) {
                break;
            }
            // The step ran out: the next one starts exactly at its deadline.
            let end = self.started + len;
            self.leave(len, true, false);
            if self.ends_set(self.index) {
                out.push(self.event(end, EventKind::SetDone));
            }
            self.enter(self.index + 1, end, out);
        }
    }

    /// Events of the current step with offsets in `(from, to]`.
    fn emit_scheduled(&mut self, from: Duration, to: Duration, out: &mut Vec<Event>) {
        let Some(step) = self.step().cloned() else {
            return;
        };
        let len = self.length();
        let start = self.started;
        let mut due: Vec<(Duration, EventKind)> = Vec::new();
        let within = |off: Duration| off > from && off <= to;

        if let Some(pattern) = self.breath_pattern(&step) {
            let cycle = pattern.cycle();
            let first = (from.as_nanos() / cycle.as_nanos()) as u32;
            let last = (to.as_nanos() / cycle.as_nanos()) as u32;
            for c in first..=last {
                let base = cycle * c;
                for (off, phase) in [
                    (base, BreathPhase::Inhale),
                    (base + pattern.inhale, BreathPhase::Hold),
                    (base + pattern.inhale + pattern.hold, BreathPhase::Exhale),
                ] {
                    let empty_hold = phase == BreathPhase::Hold && pattern.hold.is_zero();
                    if within(off) && !empty_hold && (off < len || len.is_zero()) {
                        due.push((off, EventKind::Breath(phase)));
                    }
                }
            }
        }
        if let (Some(reps), StepKind::Work) = (step.reps, step.kind)
            && reps > 0
        {
            let tempo = step.duration / reps;
            if !tempo.is_zero() {
                let first = (from.as_nanos() / tempo.as_nanos()) as u32;
                let last = ((to.as_nanos() / tempo.as_nanos()) as u32).min(reps - 1);
                for k in first..=last {
                    let off = tempo * k;
                    if within(off) {
                        due.push((off, EventKind::Rep(k + 1)));
                    }
                }
            }
        }
        if step.kind == StepKind::Work && !self.halfway_sent && len >= Duration::from_secs(2) {
            let off = len / 2;
            if within(off) {
                self.halfway_sent = true;
                due.push((off, EventKind::Halfway));
            }
        }
        if !len.is_zero() {
            for n in [3u8, 2, 1] {
                let left = Duration::from_secs(u64::from(n));
                if len > left && within(len - left) {
                    due.push((len - left, EventKind::Countdown(n)));
                }
            }
            if step.until_done && within(len) {
                due.push((len, EventKind::AwaitingConfirm));
            }
        }
        // Stable: simultaneous events keep the order they were pushed in.
        due.sort_by_key(|(off, _)| *off);
        out.extend(
            due.into_iter()
                .map(|(off, kind)| self.event(start + off, kind)),
        );
    }

    fn event(&self, at: Instant, kind: EventKind) -> Event {
        Event {
            at,
            step: self.index,
            kind,
        }
    }

    /// Makes step `index` current, starting at `at`, with its opening events.
    fn enter(&mut self, index: usize, at: Instant, out: &mut Vec<Event>) {
        self.index = index;
        self.started = at;
        if self.paused_at.is_some() {
            self.paused_at = Some(at);
        }
        self.added = Duration::ZERO;
        self.cursor = Duration::ZERO;
        self.halfway_sent = false;
        let Some(step) = self.step().cloned() else {
            self.finished = true;
            self.paused_at = None;
            out.push(self.event(at, EventKind::Finished));
            return;
        };
        self.finished = false;
        out.push(self.event(at, EventKind::StepStarted(step.kind)));
        match step.kind {
            StepKind::Gate => out.push(self.event(at, EventKind::GateReached)),
            StepKind::Switch => out.push(self.event(at, EventKind::SwitchSides)),
            StepKind::Work => {
                let previous = index.checked_sub(1).map(|i| &self.plan.steps[i]);
                if previous.is_some_and(|p| {
                    p.kind == StepKind::Work && p.mv == step.mv && p.side != step.side
                }) {
                    out.push(self.event(at, EventKind::SwitchSides));
                }
                if step.reps.is_some() {
                    out.push(self.event(at, EventKind::Rep(1)));
                }
                if self.breath_pattern(&step).is_some() {
                    out.push(self.event(at, EventKind::Breath(BreathPhase::Inhale)));
                }
                if step.until_done && step.duration.is_zero() {
                    out.push(self.event(at, EventKind::AwaitingConfirm));
                }
            }
            StepKind::Prepare | StepKind::Rest => {}
        }
    }

    /// Books the time spent in the current step before leaving it.
    fn leave(&mut self, spent: Duration, completed: bool, skipped: bool) {
        if let Some(record) = self.records.get_mut(self.index) {
            record.spent += spent;
            record.completed |= completed;
            record.skipped |= skipped && !record.completed;
        }
    }

    /// Whether the work step at `i` is the last side of its set.
    fn ends_set(&self, i: usize) -> bool {
        let step = &self.plan.steps[i];
        if step.kind != StepKind::Work {
            return false;
        }
        match self.plan.steps[i + 1..]
            .iter()
            .find(|s| s.kind == StepKind::Work)
        {
            Some(next) => {
                !(next.mv == step.mv && next.set == step.set && next.repeat == step.repeat)
            }
            None => true,
        }
    }

    /// Leaves the current step for `to` at `now` (skip, back, restart...).
    fn jump(&mut self, to: usize, now: Instant, skipped: bool, out: &mut Vec<Event>) {
        if !self.finished {
            let pos = self.position(now);
            let len = self.length();
            let ran_out = self.step().is_some_and(|s| s.is_timed()) && pos >= len;
            self.leave(pos, ran_out, skipped);
        }
        self.enter(to, now, out);
    }

    // -- Controls ----------------------------------------------------------

    pub fn pause(&mut self, now: Instant) -> Vec<Event> {
        let events = self.tick(now);
        if !self.finished && self.paused_at.is_none() {
            self.paused_at = Some(now);
        }
        events
    }

    pub fn resume(&mut self, now: Instant) -> Vec<Event> {
        if let Some(paused_at) = self.paused_at.take() {
            // The step's clock stood still while paused.
            self.started += now.saturating_duration_since(paused_at);
        }
        self.tick(now)
    }

    pub fn toggle_pause(&mut self, now: Instant) -> Vec<Event> {
        if self.is_paused() {
            self.resume(now)
        } else {
            self.pause(now)
        }
    }

    /// Ends the current step now and goes to the next. Gates need an answer.
    pub fn skip(&mut self, now: Instant) -> Vec<Event> {
        let mut out = self.tick(now);
        match self.step() {
            Some(step) if step.kind != StepKind::Gate => {
                let next = self.index + 1;
                self.jump(next, now, true, &mut out);
            }
            _ => {}
        }
        out
    }

    /// Goes back to the start of the previous work step (or restarts the
    /// first step). From the finish, goes back to the last work step.
    pub fn back(&mut self, now: Instant) -> Vec<Event> {
        let mut out = self.tick(now);
        let target = self.plan.steps[..self.index.min(self.plan.steps.len())]
            .iter()
            .rposition(|s| s.kind == StepKind::Work)
            .unwrap_or(0);
        if !self.plan.steps.is_empty() {
            self.jump(target, now, false, &mut out);
        }
        out
    }

    /// Starts the current step again from its beginning.
    pub fn restart(&mut self, now: Instant) -> Vec<Event> {
        let mut out = self.tick(now);
        if !self.finished {
            self.jump(self.index, now, false, &mut out);
        }
        out
    }

    /// Adds time to the current step, if it has a timer.
    pub fn add_time(&mut self, now: Instant, extra: Duration) -> Vec<Event> {
        let out = self.tick(now);
        if self
            .step()
            .is_some_and(|s| s.kind != StepKind::Gate && !s.duration.is_zero())
        {
            self.added = (self.added + extra).min(MAX_ADDED);
        }
        out
    }

    /// Answers the gate the session is waiting at; the plan after it changes
    /// according to the answer.
    pub fn answer(&mut self, now: Instant, answer: Answer) -> Vec<Event> {
        let mut out = self.tick(now);
        let Some(step) = self.step() else {
            return out;
        };
        if step.kind != StepKind::Gate {
            return out;
        }
        let section = step.section;
        self.answers.retain(|(s, _)| *s != section);
        self.answers.push((section, answer));
        // Steps up to the gate are the same in the new plan.
        self.plan = Plan::with_answers(self.plan.routine.clone(), &self.options, &self.answers);
        self.records.truncate(self.index + 1);
        self.records
            .resize(self.plan.steps.len(), StepRecord::default());
        self.leave(Duration::ZERO, true, false);
        self.enter(self.index + 1, now, &mut out);
        out
    }

    /// Confirms a done-when-ready step (at any time during it).
    pub fn confirm(&mut self, now: Instant) -> Vec<Event> {
        let mut out = self.tick(now);
        if self.step().is_some_and(|s| s.until_done) {
            let pos = self.position(now);
            self.leave(pos, true, false);
            let ended = self.index;
            if self.ends_set(ended) {
                out.push(self.event(now, EventKind::SetDone));
            }
            self.enter(ended + 1, now, &mut out);
        }
        out
    }

    // -- Reading -----------------------------------------------------------

    /// Breathing for a step: the move's pattern, squeezed or stretched to
    /// one rep for rep moves (default pacing if the move gives none).
    fn breath_pattern(&self, step: &Step) -> Option<Pattern> {
        if step.kind != StepKind::Work {
            return None;
        }
        let mv = self.plan.move_of(step)?;
        match (mv.work, &mv.breath) {
            (Work::Reps { .. }, breath) => {
                let reps = step.reps.filter(|&r| r > 0)?;
                let tempo = step.duration / reps;
                if tempo.is_zero() {
                    return None;
                }
                Some(match breath {
                    Some(b) => Pattern::from_breath(b).scaled_to(tempo),
                    None => Pattern {
                        inhale: tempo.mul_f64(REP_INHALE_SHARE),
                        hold: Duration::ZERO,
                        exhale: tempo - tempo.mul_f64(REP_INHALE_SHARE),
                    },
                })
            }
            (_, Some(b)) => Some(Pattern::from_breath(b)),
            (_, None) => None,
        }
    }

    /// Reads the current moment. Call `tick` first so the step is current.
    pub fn status(&self, now: Instant) -> Status {
        let total = self.plan.total;
        let Some(step) = self.step() else {
            return Status {
                index: self.index,
                phase: Phase::Finished,
                elapsed: Duration::ZERO,
                length: Duration::ZERO,
                remaining: Duration::ZERO,
                overtime: Duration::ZERO,
                fraction: 1.0,
                routine_left: Duration::ZERO,
                routine_progress: 1.0,
                rep: None,
                breath: None,
            };
        };
        let len = self.length();
        let pos = self.position(now);
        let shown = pos.min(len);
        let after: Duration = self.plan.steps[self.index + 1..]
            .iter()
            .map(|s| s.duration)
            .sum();
        let remaining = len - shown;
        let routine_left = remaining + after;
        let done = step.start + shown;
        let phase = if step.kind == StepKind::Gate {
            Phase::Gate
        } else if step.until_done && pos >= len {
            Phase::Confirm
        } else if self.is_paused() {
            Phase::Paused
        } else {
            Phase::Running
        };
        let rep = step.reps.filter(|&r| r > 0).map(|reps| {
            let tempo = step.duration / reps;
            let n = if tempo.is_zero() {
                reps
            } else {
                ((pos.as_nanos() / tempo.as_nanos()) as u32 + 1).min(reps)
            };
            (n, reps)
        });
        let breath = self.breath_pattern(step).map(|p| p.at(pos));
        Status {
            index: self.index,
            phase,
            elapsed: pos,
            length: len,
            remaining,
            overtime: pos.saturating_sub(len),
            fraction: if len.is_zero() {
                0.0
            } else {
                (shown.as_secs_f64() / len.as_secs_f64()) as f32
            },
            routine_left,
            routine_progress: if total.is_zero() {
                0.0
            } else {
                (done.as_secs_f64() / (done + remaining + after).as_secs_f64()).clamp(0.0, 1.0)
                    as f32
            },
            rep,
            breath,
        }
    }

    /// The next moment something visible changes without input: an event,
    /// or the countdown's displayed second. `None` while paused, waiting, or
    /// finished, so a caller can sleep until input arrives.
    pub fn next_change(&self, now: Instant) -> Option<Instant> {
        let step = self.step()?;
        if self.is_paused() || step.kind == StepKind::Gate {
            return None;
        }
        let len = self.length();
        let pos = self.position(now);
        if !step.is_timed() && pos >= len {
            // Counting up past the end (or no timer): the shown time changes
            // each whole second of overtime.
            let over = pos - len;
            let next = Duration::from_secs(over.as_secs() + 1);
            return Some(now + (next - over));
        }
        // Remaining time is shown rounded up, so it changes on whole seconds
        // of remaining; events also land on these or on breath/rep offsets.
        let remaining = len - pos.min(len);
        let sub = Duration::from_nanos((remaining.as_nanos() % 1_000_000_000) as u64);
        let to_second = if sub.is_zero() {
            Duration::from_secs(1).min(remaining)
        } else {
            sub
        };
        let mut next = now + to_second;
        if let Some(pattern) = self.breath_pattern(step) {
            next = next.min(now + pattern.until_next_phase(pos));
        }
        if let Some(reps) = step.reps.filter(|&r| r > 0) {
            let tempo = step.duration / reps;
            if !tempo.is_zero() {
                let into = Duration::from_nanos((pos.as_nanos() % tempo.as_nanos()) as u64);
                next = next.min(now + (tempo - into));
            }
        }
        Some(next)
    }

    /// How the routine has gone so far.
    pub fn summary(&self, now: Instant) -> Summary {
        let mut active: Duration = self.records.iter().map(|r| r.spent).sum();
        if !self.finished {
            active += self.position(now);
        }
        let mut moves: Vec<MoveOutcome> = Vec::new();
        for (i, (step, record)) in self.plan.steps.iter().zip(&self.records).enumerate() {
            let (StepKind::Work, Some(r)) = (step.kind, step.mv) else {
                continue;
            };
            let mut spent = record.spent;
            let current = i == self.index && !self.finished;
            if current {
                spent += self.position(now);
            }
            let reached = current || record.completed || record.skipped || !record.spent.is_zero();
            match moves.iter_mut().find(|m| m.mv == r) {
                Some(m) => {
                    m.done &= record.completed;
                    m.reached |= reached;
                    m.spent += spent;
                }
                None => {
                    let mv = self.plan.move_at(r);
                    moves.push(MoveOutcome {
                        mv: r,
                        id: mv.id.clone(),
                        name: mv.name.clone(),
                        done: record.completed,
                        reached,
                        spent,
                    });
                }
            }
        }
        Summary {
            finished: self.finished,
            active,
            moves,
            answers: self.answers.clone(),
        }
    }
}

/// A breath cycle in concrete durations.
#[derive(Clone, Copy, Debug)]
struct Pattern {
    inhale: Duration,
    hold: Duration,
    exhale: Duration,
}

impl Pattern {
    fn from_breath(b: &Breath) -> Pattern {
        Pattern {
            inhale: b.inhale.std(),
            hold: b.hold.std(),
            exhale: b.exhale.std(),
        }
    }

    fn cycle(&self) -> Duration {
        self.inhale + self.hold + self.exhale
    }

    fn scaled_to(self, cycle: Duration) -> Pattern {
        let k = cycle.as_secs_f64() / self.cycle().as_secs_f64();
        let inhale = self.inhale.mul_f64(k);
        let hold = self.hold.mul_f64(k);
        Pattern {
            inhale,
            hold,
            exhale: cycle.saturating_sub(inhale + hold),
        }
    }

    fn at(&self, pos: Duration) -> BreathStatus {
        let t = Duration::from_nanos((pos.as_nanos() % self.cycle().as_nanos()) as u64);
        let share = |part: Duration, whole: Duration| {
            if whole.is_zero() {
                1.0
            } else {
                (part.as_secs_f64() / whole.as_secs_f64()) as f32
            }
        };
        if t < self.inhale {
            let p = share(t, self.inhale);
            BreathStatus {
                phase: BreathPhase::Inhale,
                progress: p,
                level: p,
            }
        } else if t < self.inhale + self.hold {
            BreathStatus {
                phase: BreathPhase::Hold,
                progress: share(t - self.inhale, self.hold),
                level: 1.0,
            }
        } else {
            let p = share(t - self.inhale - self.hold, self.exhale);
            BreathStatus {
                phase: BreathPhase::Exhale,
                progress: p,
                level: 1.0 - p,
            }
        }
    }

    fn until_next_phase(&self, pos: Duration) -> Duration {
        let t = Duration::from_nanos((pos.as_nanos() % self.cycle().as_nanos()) as u64);
        if t < self.inhale {
            self.inhale - t
        } else if t < self.inhale + self.hold {
            self.inhale + self.hold - t
        } else {
            self.cycle() - t
        }
    }
}

#[cfg(test)]
mod tests;
