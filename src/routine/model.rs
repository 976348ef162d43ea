//! The validated routine model. Values of these types always satisfy the
//! format's rules (see `docs/routine-format.md`); `format.rs` builds them.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::duration::Dur;

/// The format version this Limber reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// A whole routine. (De)serializes through `format::RoutineFile`.
#[derive(Clone, Debug, PartialEq)]
pub struct Routine {
    pub name: String,
    pub description: String,
    pub timing: Timing,
    pub sections: Vec<Section>,
    /// The file it was read from, beside which its own pictures are looked
    /// up; `None` for bundled routines and text not read from a file.
    pub file: Option<PathBuf>,
}

/// Pauses around the work. `None` means "not set here": the move falls back
/// to the routine, the routine to the user's settings, then to built-ins.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Timing {
    /// Get-ready countdown before each move.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prepare: Option<Dur>,
    /// Rest between sets of a move.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rest: Option<Dur>,
    /// Rest after a move, before the next one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rest_after: Option<Dur>,
    /// Pause to change sides.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub switch: Option<Dur>,
}

impl Timing {
    /// Values set here win; unset ones come from `fallback`.
    pub fn or(self, fallback: Timing) -> Timing {
        Timing {
            prepare: self.prepare.or(fallback.prepare),
            rest: self.rest.or(fallback.rest),
            rest_after: self.rest_after.or(fallback.rest_after),
            switch: self.switch.or(fallback.switch),
        }
    }

    /// Built-in pauses used when nothing else sets them.
    pub const BUILT_IN: Timing = Timing {
        prepare: Some(Dur::from_secs(10)),
        rest: Some(Dur::from_secs(15)),
        rest_after: Some(Dur::ZERO),
        switch: Some(Dur::from_secs(5)),
    };
}

#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub name: String,
    pub gate: Option<Gate>,
    pub moves: Vec<Move>,
}

/// A question asked before a section starts. (Read from files by
/// `format`, which checks its text.)
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Gate {
    pub question: String,
    /// A sentence under the question: why it is asked, what each answer does.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    pub yes: GateAction,
    pub no: GateAction,
}

impl Gate {
    pub fn action(&self, answer: Answer) -> &GateAction {
        match answer {
            Answer::Yes => &self.yes,
            Answer::No => &self.no,
        }
    }

    /// The answer a plan assumes before the person has answered: the one that
    /// runs the section, so the preview shows the whole programme.
    pub fn assumed_answer(&self) -> Answer {
        if self.yes == GateAction::Run && self.no != GateAction::Run {
            Answer::Yes
        } else {
            Answer::No
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Answer {
    Yes,
    No,
}

/// What a gate answer does to the section it guards.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GateAction {
    /// Run the section.
    Run,
    /// Leave the section out.
    Skip,
    /// Instead of this section, run an earlier section again (by name).
    Repeat(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Move {
    /// Short stable id, unique in the routine (e.g. `figure-4`).
    pub id: String,
    pub name: String,
    /// A bundled illustration or the person's own pictures.
    pub image: Option<Picture>,
    /// Whether the picture is flipped for the other side (default true).
    pub mirror: bool,
    pub steps: Vec<String>,
    pub caution: Option<String>,
    pub work: Work,
    /// The dose range from the programme, kept beside the chosen value.
    pub range: Option<DoseRange>,
    /// The step ends only when the person confirms (after the timer, if any).
    pub until_done: bool,
    pub sides: Sides,
    pub sets: u32,
    pub breath: Option<Breath>,
    /// Whether the user's extra reps/seconds for their affected side apply.
    pub extra: bool,
    pub timing: Timing,
}

/// What a move's card shows.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Picture {
    /// An illustration id from the bundled set (see `illustrations.rs`).
    Bundled(String),
    /// One or two picture files (two: the rest and the reached position of
    /// a rep move), as written: relative paths with `/`, looked up beside
    /// the routine file (see `pictures.rs`).
    Files(Vec<String>),
}

impl Picture {
    /// The bundled illustration id, if it is one.
    pub fn bundled(&self) -> Option<&str> {
        match self {
            Picture::Bundled(id) => Some(id),
            Picture::Files(_) => None,
        }
    }

    /// The picture files named, if any.
    pub fn files(&self) -> &[String] {
        match self {
            Picture::Bundled(_) => &[],
            Picture::Files(files) => files,
        }
    }
}

/// How long one side of one set lasts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Work {
    Hold(Dur),
    Reps {
        count: u32,
        tempo: Dur,
    },
    /// No timer: the step lasts until the person confirms.
    Open,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DoseRange {
    Hold { min: Dur, max: Dur },
    Reps { min: u32, max: u32 },
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Sides {
    /// Not a one-sided move.
    #[default]
    None,
    /// Left, a pause to switch, then right (per set).
    Both,
    Left,
    Right,
    /// Only the side the user marked as affected in the settings.
    Affected,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Side {
    Left,
    Right,
    /// The affected side when the user has not said which one it is.
    Affected,
}

impl Side {
    /// "Left side", in the current language.
    pub fn label(self) -> String {
        match self {
            Side::Left => crate::tr!("side-left"),
            Side::Right => crate::tr!("side-right"),
            Side::Affected => crate::tr!("side-affected"),
        }
    }

    /// "left side", for the middle of a sentence or list.
    pub fn inline(self) -> String {
        match self {
            Side::Left => crate::tr!("side-left-inline"),
            Side::Right => crate::tr!("side-right-inline"),
            Side::Affected => crate::tr!("side-affected-inline"),
        }
    }

    /// Lowercase word for machine-readable output ("left").
    pub fn key(self) -> &'static str {
        match self {
            Side::Left => "left",
            Side::Right => "right",
            Side::Affected => "affected",
        }
    }

    pub fn other(self) -> Side {
        match self {
            Side::Left => Side::Right,
            Side::Right => Side::Left,
            Side::Affected => Side::Affected,
        }
    }
}

/// A breathing pattern: inhale, an optional hold, exhale.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Breath {
    pub inhale: Dur,
    pub hold: Dur,
    pub exhale: Dur,
    /// Words shown on the inhale (default "Breathe in").
    pub inhale_cue: Option<String>,
    /// Words shown on the exhale (default "Breathe out", or "Lift" for reps).
    pub exhale_cue: Option<String>,
}

impl Breath {
    pub fn cycle(&self) -> Dur {
        self.inhale
            .saturating_add(self.hold)
            .saturating_add(self.exhale)
    }
}

/// Pacing for rep moves when the routine gives no breath: inhale for 40 % of
/// the rep, move on the exhale for the rest.
pub const REP_INHALE_SHARE: f64 = 0.4;

impl Routine {
    pub fn moves(&self) -> impl Iterator<Item = &Move> {
        self.sections.iter().flat_map(|s| s.moves.iter())
    }

    pub fn move_count(&self) -> usize {
        self.sections.iter().map(|s| s.moves.len()).sum()
    }

    pub fn find_move(&self, id: &str) -> Option<&Move> {
        self.moves().find(|m| m.id == id)
    }

    pub fn section_index(&self, name: &str) -> Option<usize> {
        self.sections.iter().position(|s| s.name == name)
    }
}

impl Move {
    /// The bundled illustration id, if the move names one.
    pub fn illustration(&self) -> Option<&str> {
        self.image.as_ref().and_then(Picture::bundled)
    }

    /// The configured reps, if this is a rep move.
    pub fn reps(&self) -> Option<u32> {
        match self.work {
            Work::Reps { count, .. } => Some(count),
            _ => None,
        }
    }

    pub fn hold(&self) -> Option<Dur> {
        match self.work {
            Work::Hold(d) => Some(d),
            _ => None,
        }
    }
}
