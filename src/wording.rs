//! The words Limber shows and says about a moment of a routine: the
//! player's headings, the breathing words, and the phrases the voice
//! speaks. Kept in one place, free of any GUI, so that the window, `limber
//! follow` and the voice say the same things the same way.
//!
//! Pure core: plans and statuses in, strings out.

use std::time::Duration;

use crate::routine::{Gate, Plan, Side, Step, StepKind, Work};
use crate::session::{BreathPhase, Phase, Status};
use crate::tr;

/// What kind of moment this is, shown above the move's name (`short` for
/// the compact window).
pub fn kicker(step: &Step, status: &Status, short: bool) -> String {
    let pick = |long: String, brief: String| if short { brief } else { long };
    match (step.kind, status.phase) {
        (_, Phase::Paused) => pick(tr!("kicker-paused"), tr!("kicker-paused-short")),
        (_, Phase::Confirm) => pick(tr!("kicker-confirm"), tr!("kicker-confirm-short")),
        (StepKind::Prepare, _) => tr!("kicker-get-ready"),
        (StepKind::Rest, _) => pick(tr!("kicker-rest"), tr!("kicker-rest-short")),
        (StepKind::Switch, _) => switch_sides(),
        (StepKind::Work, _) => match status.rep {
            Some((n, of)) => tr!("kicker-rep", rep = n, of = of),
            None if short => String::new(),
            None if step.repeat => tr!("kicker-again"),
            None => tr!("kicker-hold"),
        },
        (StepKind::Gate, _) => String::new(),
    }
}

/// The words with the breathing guide: the move's own cues ("Lift"), or
/// the plain ones. The voice says the same words.
pub fn breath_words(plan: &Plan, step: &Step, phase: BreathPhase) -> String {
    let breath = plan.move_of(step).and_then(|m| m.breath.as_ref());
    match phase {
        BreathPhase::Inhale => breath
            .and_then(|b| b.inhale_cue.clone())
            .unwrap_or_else(|| tr!("breath-in")),
        BreathPhase::Hold => tr!("breath-hold"),
        BreathPhase::Exhale => breath
            .and_then(|b| b.exhale_cue.clone())
            .unwrap_or_else(|| {
                if step.reps.is_some() {
                    tr!("breath-lift")
                } else {
                    tr!("breath-out")
                }
            }),
    }
}

/// "set 2 of 3" for moves of more than one set.
fn set_words(step: &Step) -> Option<String> {
    (step.sets > 1 && step.set > 0).then(|| tr!("set-of", set = step.set, sets = step.sets))
}

/// "Left side · set 2 of 3", or the plain kind of step.
pub fn position_line(plan: &Plan, step: &Step) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(side) = step.side {
        parts.push(side.label());
    }
    parts.extend(set_words(step));
    if let (Some(reps), true) = (step.reps, step.kind == StepKind::Work) {
        parts.push(tr!("count-reps", count = reps));
    } else if let Some(m) = plan.move_of(step)
        && step.kind != StepKind::Work
    {
        if let Some(reps) = m.reps() {
            parts.push(tr!("count-reps", count = reps));
        } else if let Some(hold) = m.hold() {
            parts.push(tr!("hold-for", time = hold.to_string()));
        }
    }
    if parts.is_empty() && step.repeat {
        parts.push(tr!("once-more"));
    }
    parts.join(" · ")
}

/// What a step is, for the title bar and "Next".
pub fn step_heading(plan: &Plan, step: &Step) -> String {
    let name = plan.move_of(step).map_or("", |m| m.name.as_str());
    match step.kind {
        StepKind::Prepare => tr!("heading-get-ready", name = name),
        StepKind::Work => name.to_string(),
        StepKind::Switch => tr!("heading-switch", name = name),
        StepKind::Rest => tr!("heading-rest"),
        StepKind::Gate => plan.describe(step),
    }
}

/// A move with its side or set, for "Next:".
pub fn short_label(plan: &Plan, step: &Step) -> String {
    let name = plan.move_of(step).map_or("", |m| m.name.as_str());
    match step.side {
        Some(Side::Left) => tr!("label-left", name = name),
        Some(Side::Right) => tr!("label-right", name = name),
        Some(Side::Affected) => tr!("label-affected", name = name),
        None if step.sets > 1 => tr!("label-set", name = name, set = step.set, sets = step.sets),
        None => name.to_string(),
    }
}

// -- Spoken phrases ----------------------------------------------------------

/// Said when the person changes sides.
pub fn switch_sides() -> String {
    tr!("spoken-switch-sides")
}
/// Said halfway through a hold or a set.
pub fn halfway() -> String {
    tr!("spoken-halfway")
}
/// Said as the last set of a move starts, when no rest before it said so.
pub fn last_set() -> String {
    tr!("spoken-last-set")
}

/// A length as said: "30 seconds", "1 minute", "1 minute 30 seconds".
pub fn spoken_duration(d: Duration) -> String {
    let total = d.as_secs_f64().round() as u64;
    let (m, s) = (total / 60, total % 60);
    match (m, s) {
        (0, s) => tr!("spoken-seconds", count = s),
        (m, 0) => tr!("spoken-minutes", count = m),
        (m, s) => tr!("spoken-minutes-seconds", minutes = m, seconds = s),
    }
}

/// How much of a move one work step asks for: "30 seconds", "12 reps",
/// or "until you are done".
fn dose_words(plan: &Plan, work: &Step) -> Option<String> {
    if let Some(reps) = work.reps {
        return Some(tr!("count-reps", count = reps));
    }
    match plan.move_of(work)?.work {
        Work::Open => Some(tr!("spoken-until-done")),
        _ if work.duration.is_zero() => None,
        _ => Some(spoken_duration(work.duration)),
    }
}

/// Said at a get-ready: the coming move, its side and its dose, e.g.
/// "Figure-4 stretch, left side, 30 seconds, set 1 of 3" or "Bridge, 12
/// reps, set 1 of 3". `work` is the step it gets ready for.
pub fn get_ready_phrase(plan: &Plan, work: &Step) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(m) = plan.move_of(work) {
        parts.push(m.name.clone());
    }
    if let Some(side) = work.side {
        parts.push(side.inline());
    }
    parts.extend(dose_words(plan, work));
    parts.extend(set_words(work));
    parts.join(&tr!("spoken-list-separator"))
}

/// Said as a rest starts: its length and what comes after it, e.g. "Rest,
/// 15 seconds. Next: Child's pose" or "Rest, 15 seconds. Next: last set".
pub fn rest_phrase(plan: &Plan, rest: &Step, next: Option<&Step>) -> String {
    let time = spoken_duration(rest.duration);
    if let Some(next) = next {
        let same_move = next.mv.is_some() && next.mv == rest.mv && next.kind == StepKind::Work;
        let what = if same_move && next.set == next.sets {
            tr!("spoken-next-last-set")
        } else if same_move {
            set_words(next).unwrap_or_default()
        } else if next.kind == StepKind::Gate {
            tr!("spoken-next-question")
        } else {
            plan.move_of(next)
                .map_or_else(String::new, |m| m.name.clone())
        };
        if !what.is_empty() {
            return tr!("spoken-rest-next", time = time, what = what);
        }
    }
    tr!("spoken-rest", time = time)
}

/// Said at a question: the question and the keys that answer it.
pub fn question_phrase(gate: &Gate) -> String {
    let q = gate.question.trim_end();
    tr!("spoken-question", question = q)
}

/// Said when a move waits for the person: the move's own instruction if
/// one of its steps gives it ("Press Enter when you are back."), else a
/// plain one.
pub fn confirm_phrase(plan: &Plan, step: &Step) -> String {
    let marker = tr!("spoken-confirm-marker");
    plan.move_of(step)
        .and_then(|m| {
            m.steps
                .iter()
                .find(|s| s.trim_start().starts_with(marker.as_str()))
        })
        .map_or_else(|| tr!("spoken-confirm"), |s| s.trim().to_string())
}

/// Said at the end, with the time spent: "Done. 21 minutes".
pub fn done_phrase(active: Duration) -> String {
    let minutes = (active.as_secs_f64() / 60.0).round() as u64;
    let time = if active < Duration::from_secs(60) {
        spoken_duration(active)
    } else {
        spoken_duration(Duration::from_secs(minutes * 60))
    };
    tr!("spoken-done", time = time)
}

/// A phrase to try the voice with.
pub fn sample_phrase() -> String {
    tr!("spoken-sample")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_are_said_in_words() {
        let s = Duration::from_secs;
        assert_eq!(spoken_duration(s(30)), "30 seconds");
        assert_eq!(spoken_duration(s(1)), "1 second");
        assert_eq!(spoken_duration(s(60)), "1 minute");
        assert_eq!(spoken_duration(s(120)), "2 minutes");
        assert_eq!(spoken_duration(s(90)), "1 minute 30 seconds");
        assert_eq!(spoken_duration(Duration::from_millis(29_600)), "30 seconds");
    }

    #[test]
    fn the_end_gives_whole_minutes() {
        let s = Duration::from_secs;
        assert_eq!(done_phrase(s(21 * 60 + 20)), "Done. 21 minutes");
        assert_eq!(done_phrase(s(60 + 40)), "Done. 2 minutes");
        assert_eq!(done_phrase(s(40)), "Done. 40 seconds");
    }
}
