//! A routine expanded into a flat timeline of steps with start offsets.

use std::sync::Arc;
use std::time::Duration;

use super::duration::Dur;
use super::model::*;

/// The person's own adjustments, from their settings.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlanOptions {
    /// The side that hurts, for `Sides::Affected` and the extras below.
    pub affected: Option<Side>,
    /// Extra reps on the affected side (moves with `extra: true`).
    pub extra_reps: u32,
    /// Extra seconds on the affected side (holds with `extra: true`).
    pub extra_time: Dur,
    /// A get-ready time that overrides every routine's.
    pub prepare: Option<Dur>,
    /// Pauses used where a routine sets none (before the built-ins).
    pub fallback: Timing,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum StepKind {
    /// Get-ready countdown before a move.
    Prepare,
    /// The move itself: one side of one set.
    Work,
    /// Pause to change sides.
    Switch,
    /// Between sets, or between moves.
    Rest,
    /// A question before a section; waits for an answer.
    Gate,
}

/// Where a move lives in its routine.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct MoveRef {
    pub section: usize,
    pub index: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    pub kind: StepKind,
    /// Offset from the start of the routine, as planned.
    pub start: Duration,
    /// Planned length; zero for gates and for moves without a timer.
    pub duration: Duration,
    /// The section this step belongs to (for a gate: the section it guards).
    pub section: usize,
    /// The move this step prepares, works, rests after, or switches sides in.
    pub mv: Option<MoveRef>,
    pub side: Option<Side>,
    /// 1-based set number, and how many sets the move has.
    pub set: u32,
    pub sets: u32,
    /// Reps in this step, extras included.
    pub reps: Option<u32>,
    /// The step waits for the person to confirm before it ends.
    pub until_done: bool,
    /// Part of an earlier section run again because of a gate answer.
    pub repeat: bool,
}

impl Step {
    /// Steps whose end comes from the clock rather than from the person.
    pub fn is_timed(&self) -> bool {
        self.kind != StepKind::Gate && !self.until_done
    }
}

#[derive(Clone, Debug)]
pub struct Plan {
    pub routine: Arc<Routine>,
    pub steps: Vec<Step>,
    pub total: Duration,
}

impl Plan {
    /// The plan as previewed: every gate answered the way that runs its section.
    pub fn new(routine: Arc<Routine>, options: &PlanOptions) -> Plan {
        Plan::with_answers(routine, options, &[])
    }

    /// The plan given the gate answers so far (by section index); unanswered
    /// gates assume the answer that runs their section.
    pub fn with_answers(
        routine: Arc<Routine>,
        options: &PlanOptions,
        answers: &[(usize, Answer)],
    ) -> Plan {
        let steps = build(&routine, options, answers);
        let total = steps
            .last()
            .map_or(Duration::ZERO, |s| s.start + s.duration);
        Plan {
            routine,
            steps,
            total,
        }
    }

    /// Total length with no personal settings (used for limits and listings).
    pub fn estimate(routine: &Routine) -> Duration {
        let steps = build(routine, &PlanOptions::default(), &[]);
        steps
            .last()
            .map_or(Duration::ZERO, |s| s.start + s.duration)
    }

    pub fn move_at(&self, r: MoveRef) -> &Move {
        &self.routine.sections[r.section].moves[r.index]
    }

    pub fn move_of(&self, step: &Step) -> Option<&Move> {
        step.mv.map(|r| self.move_at(r))
    }

    /// One line describing a step, e.g. "Figure-4 stretch · Left side · set 2 of 3".
    pub fn describe(&self, step: &Step) -> String {
        let name = self.move_of(step).map_or("", |m| m.name.as_str());
        match step.kind {
            StepKind::Prepare => crate::tr!("heading-get-ready", name = name),
            StepKind::Work => {
                let mut parts = vec![name.to_string()];
                if let Some(side) = step.side {
                    parts.push(side.label());
                }
                if step.sets > 1 {
                    parts.push(crate::tr!("set-of", set = step.set, sets = step.sets));
                }
                if let Some(reps) = step.reps {
                    parts.push(crate::tr!("count-reps", count = reps));
                }
                if step.until_done {
                    parts.push(crate::tr!("describe-until-done"));
                }
                parts.join(" · ")
            }
            StepKind::Switch => match step.side {
                Some(side) => crate::tr!("describe-switch-side", name = name, side = side.inline()),
                None => crate::tr!("describe-switch", name = name),
            },
            StepKind::Rest => crate::tr!("heading-rest"),
            StepKind::Gate => self.routine.sections[step.section]
                .gate
                .as_ref()
                .map_or_else(String::new, |g| g.question.clone()),
        }
    }
}

fn build(routine: &Routine, options: &PlanOptions, answers: &[(usize, Answer)]) -> Vec<Step> {
    let mut b = Builder {
        routine,
        options,
        steps: Vec::new(),
        at: Duration::ZERO,
        last_move: None,
    };
    for (si, section) in routine.sections.iter().enumerate() {
        let mut body = Some(si);
        if let Some(gate) = &section.gate {
            b.push(StepBase::new(StepKind::Gate, si), Duration::ZERO);
            // Whatever was before the gate, the gate itself is the pause.
            b.last_move = None;
            let answer = answers
                .iter()
                .rev()
                .find(|(s, _)| *s == si)
                .map_or_else(|| gate.assumed_answer(), |(_, a)| *a);
            body = match gate.action(answer) {
                GateAction::Run => Some(si),
                GateAction::Skip => None,
                GateAction::Repeat(name) => routine.section_index(name).filter(|&j| j < si),
            };
        }
        if let Some(body) = body {
            for index in 0..routine.sections[body].moves.len() {
                b.push_move(
                    MoveRef {
                        section: body,
                        index,
                    },
                    body != si,
                );
            }
        }
    }
    b.steps
}

struct Builder<'a> {
    routine: &'a Routine,
    options: &'a PlanOptions,
    steps: Vec<Step>,
    at: Duration,
    last_move: Option<(MoveRef, Duration)>,
}

/// The parts of a step that do not depend on where it lands in time.
struct StepBase {
    kind: StepKind,
    section: usize,
    mv: Option<MoveRef>,
    side: Option<Side>,
    set: u32,
    sets: u32,
    reps: Option<u32>,
    until_done: bool,
    repeat: bool,
}

impl StepBase {
    fn new(kind: StepKind, section: usize) -> StepBase {
        StepBase {
            kind,
            section,
            mv: None,
            side: None,
            set: 0,
            sets: 0,
            reps: None,
            until_done: false,
            repeat: false,
        }
    }
}

impl Builder<'_> {
    fn push(&mut self, base: StepBase, duration: Duration) {
        self.steps.push(Step {
            kind: base.kind,
            start: self.at,
            duration,
            section: base.section,
            mv: base.mv,
            side: base.side,
            set: base.set,
            sets: base.sets,
            reps: base.reps,
            until_done: base.until_done,
            repeat: base.repeat,
        });
        self.at += duration;
    }

    fn timing(&self, mv: &Move) -> Timing {
        let mut t = mv
            .timing
            .or(self.routine.timing)
            .or(self.options.fallback)
            .or(Timing::BUILT_IN);
        if self.options.prepare.is_some() {
            t.prepare = self.options.prepare;
        }
        t
    }

    fn push_move(&mut self, r: MoveRef, repeat: bool) {
        let mv = &self.routine.sections[r.section].moves[r.index];
        let timing = self.timing(mv);
        let pause = |d: Option<Dur>| d.unwrap_or(Dur::ZERO).std();
        let base = |kind, side, set| StepBase {
            kind,
            section: r.section,
            mv: Some(r),
            side,
            set,
            sets: mv.sets,
            reps: None,
            until_done: false,
            repeat,
        };

        if let Some((previous, rest_after)) = self.last_move.take()
            && !rest_after.is_zero()
        {
            let mut rest = base(StepKind::Rest, None, 0);
            rest.mv = Some(previous);
            rest.section = previous.section;
            self.push(rest, rest_after);
        }

        let sides: Vec<Option<Side>> = match mv.sides {
            Sides::None => vec![None],
            Sides::Both => vec![Some(Side::Left), Some(Side::Right)],
            Sides::Left => vec![Some(Side::Left)],
            Sides::Right => vec![Some(Side::Right)],
            Sides::Affected => vec![Some(self.options.affected.unwrap_or(Side::Affected))],
        };

        let prepare = pause(timing.prepare);
        if !prepare.is_zero() {
            self.push(base(StepKind::Prepare, sides[0], 1), prepare);
        }
        for set in 1..=mv.sets {
            for (k, &side) in sides.iter().enumerate() {
                let switch = pause(timing.switch);
                if k > 0 && !switch.is_zero() {
                    self.push(base(StepKind::Switch, side, set), switch);
                }
                let affected = mv.extra
                    && side
                        .is_some_and(|s| s == Side::Affected || self.options.affected == Some(s));
                let mut work = base(StepKind::Work, side, set);
                work.until_done = mv.until_done;
                let duration = match mv.work {
                    Work::Hold(d) => {
                        let extra = if affected {
                            self.options.extra_time
                        } else {
                            Dur::ZERO
                        };
                        d.saturating_add(extra).std()
                    }
                    Work::Reps { count, tempo } => {
                        let count = count + if affected { self.options.extra_reps } else { 0 };
                        work.reps = Some(count);
                        tempo.std() * count
                    }
                    Work::Open => Duration::ZERO,
                };
                self.push(work, duration);
            }
            let rest = pause(timing.rest);
            if set < mv.sets && !rest.is_zero() {
                self.push(base(StepKind::Rest, None, set), rest);
            }
        }
        self.last_move = Some((r, pause(timing.rest_after)));
    }
}
