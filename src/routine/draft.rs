//! An editable copy of a routine for the in-app editor.
//!
//! Numbers are kept as the text typed, so a half-typed value stays on screen
//! and is checked as you type. `Draft::to_routine` checks every field, then
//! goes through the file format itself (write, then read back), so the
//! editor can never save anything `limber check` would refuse.

use super::duration::Dur;
use super::format::limits;
use super::model::*;
use super::{parse, to_ron};
use crate::tr;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WorkKind {
    Hold,
    Reps,
    /// No timer: ends when the person says so.
    Open,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub name: String,
    pub description: String,
    /// The routine's own pauses, kept as they are.
    pub timing: Timing,
    pub sections: Vec<DraftSection>,
    /// The routine's file, beside which its pictures are (see `Routine::file`).
    pub file: Option<std::path::PathBuf>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct DraftSection {
    pub name: String,
    pub gate: Option<Gate>,
    pub moves: Vec<DraftMove>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct DraftMove {
    /// The move as it was: keeps what the editor does not show (id, image,
    /// steps, caution, extras, other pauses).
    pub base: Move,
    pub name: String,
    pub kind: WorkKind,
    pub hold: String,
    pub reps: String,
    /// Blank: one rep per breath (or 4 s).
    pub tempo: String,
    /// Blank: no range.
    pub range: String,
    pub until_done: bool,
    pub sets: String,
    /// Blank: the routine's rest between sets.
    pub rest: String,
    pub sides: Sides,
    pub breath: bool,
    pub inhale: String,
    pub breath_hold: String,
    pub exhale: String,
}

/// A field of a move in the editor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Name,
    Hold,
    Reps,
    Tempo,
    Range,
    Sets,
    Rest,
    Inhale,
    BreathHold,
    Exhale,
}

/// Something to fix before saving: where, and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The move (its place in `Draft::moves()`), or `None` for the routine.
    pub index: Option<usize>,
    pub field: Option<Field>,
    pub message: String,
}

impl DraftMove {
    pub fn from_move(m: &Move) -> DraftMove {
        let secs = |d: Dur| d.to_string();
        let (kind, hold, reps, tempo) = match m.work {
            Work::Hold(d) => (WorkKind::Hold, secs(d), "12".into(), String::new()),
            Work::Reps { count, tempo } => {
                let implied = m
                    .breath
                    .as_ref()
                    .map(Breath::cycle)
                    .unwrap_or(Dur::from_secs(4));
                let tempo = if tempo == implied {
                    String::new()
                } else {
                    secs(tempo)
                };
                (WorkKind::Reps, "30s".into(), count.to_string(), tempo)
            }
            Work::Open => (WorkKind::Open, "30s".into(), "12".into(), String::new()),
        };
        let breath = m.breath.as_ref();
        DraftMove {
            name: m.name.clone(),
            kind,
            hold,
            reps,
            tempo,
            range: m.range.map(|r| r.to_string()).unwrap_or_default(),
            until_done: m.until_done && kind != WorkKind::Open,
            sets: m.sets.to_string(),
            rest: m.timing.rest.map(secs).unwrap_or_default(),
            sides: m.sides,
            breath: breath.is_some(),
            inhale: breath.map_or("4s".into(), |b| secs(b.inhale)),
            breath_hold: breath.map_or(String::new(), |b| {
                if b.hold.is_zero() {
                    String::new()
                } else {
                    secs(b.hold)
                }
            }),
            exhale: breath.map_or("6s".into(), |b| secs(b.exhale)),
            base: m.clone(),
        }
    }

    /// Each field's problem, if it has one.
    pub fn problems(&self) -> Vec<(Field, String)> {
        let mut out = Vec::new();
        let name = self.name.trim();
        if name.is_empty() {
            out.push((Field::Name, tr!("error-draft-move-name")));
        } else if name.chars().count() > limits::NAME_CHARS {
            out.push((
                Field::Name,
                tr!("error-draft-name-too-long", max = limits::NAME_CHARS),
            ));
        }
        match self.kind {
            WorkKind::Hold => check_dur(
                &mut out,
                Field::Hold,
                &self.hold,
                limits::HOLD_MIN,
                limits::HOLD_MAX,
            ),
            WorkKind::Reps => {
                check_count(&mut out, Field::Reps, &self.reps, limits::REPS);
                if !self.tempo.trim().is_empty() {
                    check_dur(
                        &mut out,
                        Field::Tempo,
                        &self.tempo,
                        limits::TEMPO_MIN,
                        limits::TEMPO_MAX,
                    );
                }
            }
            WorkKind::Open => {}
        }
        check_count(&mut out, Field::Sets, &self.sets, limits::SETS);
        if !self.rest.trim().is_empty() {
            check_dur(
                &mut out,
                Field::Rest,
                &self.rest,
                Dur::ZERO,
                limits::PAUSE_MAX,
            );
        }
        if self.breath {
            check_dur(
                &mut out,
                Field::Inhale,
                &self.inhale,
                limits::BREATH_MIN,
                limits::BREATH_MAX,
            );
            check_dur(
                &mut out,
                Field::Exhale,
                &self.exhale,
                limits::BREATH_MIN,
                limits::BREATH_MAX,
            );
            if !self.breath_hold.trim().is_empty() {
                check_dur(
                    &mut out,
                    Field::BreathHold,
                    &self.breath_hold,
                    Dur::ZERO,
                    limits::BREATH_MAX,
                );
            }
        }
        out
    }

    /// The move, if every field is right (the range is checked by the
    /// format when the whole routine is read back).
    fn to_move(&self) -> Option<Move> {
        if !self.problems().is_empty() {
            return None;
        }
        let dur = |s: &str| s.trim().parse::<Dur>().ok();
        let count = |s: &str| s.trim().parse::<u32>().ok();
        let breath = self.breath.then(|| Breath {
            inhale: dur(&self.inhale).unwrap_or(Dur::from_secs(4)),
            hold: dur(&self.breath_hold).unwrap_or(Dur::ZERO),
            exhale: dur(&self.exhale).unwrap_or(Dur::from_secs(6)),
            inhale_cue: self.base.breath.as_ref().and_then(|b| b.inhale_cue.clone()),
            exhale_cue: self.base.breath.as_ref().and_then(|b| b.exhale_cue.clone()),
        });
        let work = match self.kind {
            WorkKind::Hold => Work::Hold(dur(&self.hold)?),
            WorkKind::Reps => Work::Reps {
                count: count(&self.reps)?,
                tempo: dur(&self.tempo)
                    .or(breath.as_ref().map(Breath::cycle))
                    .unwrap_or(Dur::from_secs(4)),
            },
            WorkKind::Open => Work::Open,
        };
        let mut m = self.base.clone();
        m.name = self.name.trim().to_string();
        m.work = work;
        m.until_done = self.until_done || self.kind == WorkKind::Open;
        m.sets = count(&self.sets)?;
        m.timing.rest = dur(&self.rest);
        m.sides = self.sides;
        m.breath = breath;
        // The range goes through the format as text (see `to_routine`).
        m.range = None;
        Some(m)
    }
}

fn check_dur(out: &mut Vec<(Field, String)>, field: Field, text: &str, min: Dur, max: Dur) {
    match text.trim().parse::<Dur>() {
        Err(e) => out.push((field, e.to_string())),
        Ok(d) if d < min || d > max => out.push((
            field,
            tr!(
                "error-draft-between",
                min = min.to_string(),
                max = max.to_string()
            ),
        )),
        Ok(_) => {}
    }
}

fn check_count(out: &mut Vec<(Field, String)>, field: Field, text: &str, max: u32) {
    match text.trim().parse::<i64>() {
        Ok(n) if (1..=i64::from(max)).contains(&n) => {}
        Ok(_) => out.push((field, tr!("error-draft-count-range", max = max))),
        Err(_) => out.push((field, tr!("error-draft-count"))),
    }
}

impl Draft {
    pub fn from_routine(r: &Routine) -> Draft {
        Draft {
            name: r.name.clone(),
            description: r.description.clone(),
            timing: r.timing,
            file: r.file.clone(),
            sections: r
                .sections
                .iter()
                .map(|s| DraftSection {
                    name: s.name.clone(),
                    gate: s.gate.clone(),
                    moves: s.moves.iter().map(DraftMove::from_move).collect(),
                })
                .collect(),
        }
    }

    /// Every move, in order, across sections.
    pub fn moves(&self) -> impl Iterator<Item = &DraftMove> {
        self.sections.iter().flat_map(|s| s.moves.iter())
    }

    pub fn move_count(&self) -> usize {
        self.sections.iter().map(|s| s.moves.len()).sum()
    }

    /// (section, index in section) of the `i`-th move.
    pub fn locate(&self, i: usize) -> Option<(usize, usize)> {
        let mut left = i;
        for (s, section) in self.sections.iter().enumerate() {
            if left < section.moves.len() {
                return Some((s, left));
            }
            left -= section.moves.len();
        }
        None
    }

    pub fn get(&self, i: usize) -> Option<&DraftMove> {
        self.locate(i).map(|(s, m)| &self.sections[s].moves[m])
    }

    pub fn get_mut(&mut self, i: usize) -> Option<&mut DraftMove> {
        self.locate(i).map(|(s, m)| &mut self.sections[s].moves[m])
    }

    /// Moves the `i`-th move one place earlier (into the previous section
    /// at its start); returns its new place.
    pub fn move_up(&mut self, i: usize) -> usize {
        let Some((s, m)) = self.locate(i) else {
            return i;
        };
        if m > 0 {
            self.sections[s].moves.swap(m, m - 1);
            i - 1
        } else if s > 0 && self.sections[s].moves.len() > 1 {
            let mv = self.sections[s].moves.remove(0);
            self.sections[s - 1].moves.push(mv);
            i
        } else {
            i
        }
    }

    /// Moves the `i`-th move one place later; returns its new place.
    pub fn move_down(&mut self, i: usize) -> usize {
        let Some((s, m)) = self.locate(i) else {
            return i;
        };
        let len = self.sections[s].moves.len();
        if m + 1 < len {
            self.sections[s].moves.swap(m, m + 1);
            i + 1
        } else if s + 1 < self.sections.len() && len > 1 {
            let mv = self.sections[s].moves.pop().expect("not empty");
            self.sections[s + 1].moves.insert(0, mv);
            i
        } else {
            i
        }
    }

    /// Removes the `i`-th move. The last move of the routine stays (a
    /// routine needs one); a section left empty goes with its question.
    pub fn remove(&mut self, i: usize) -> bool {
        if self.move_count() <= 1 {
            return false;
        }
        let Some((s, m)) = self.locate(i) else {
            return false;
        };
        self.sections[s].moves.remove(m);
        if self.sections[s].moves.is_empty() {
            self.sections.remove(s);
            // A first section cannot repeat an earlier one.
            if let Some(first) = self.sections.first_mut()
                && first.gate.as_ref().is_some_and(|g| {
                    matches!(g.yes, GateAction::Repeat(_)) || matches!(g.no, GateAction::Repeat(_))
                })
            {
                first.gate = None;
            }
        }
        true
    }

    /// Puts a copy of `mv` after the `i`-th move (or at the end), with an id
    /// not used yet in this routine; returns its place.
    pub fn insert_after(&mut self, i: usize, mv: &Move) -> usize {
        let mut copy = DraftMove::from_move(mv);
        copy.base.id = self.free_id(&mv.id);
        match self.locate(i) {
            Some((s, m)) => {
                self.sections[s].moves.insert(m + 1, copy);
                i + 1
            }
            None => {
                if self.sections.is_empty() {
                    self.sections.push(DraftSection {
                        name: String::new(),
                        gate: None,
                        moves: Vec::new(),
                    });
                }
                self.sections
                    .last_mut()
                    .expect("a section")
                    .moves
                    .push(copy);
                self.move_count() - 1
            }
        }
    }

    fn free_id(&self, wanted: &str) -> String {
        let taken = |id: &str| self.moves().any(|m| m.base.id == id);
        if !taken(wanted) {
            return wanted.to_string();
        }
        (2..)
            .map(|n| format!("{wanted}-{n}"))
            .find(|id| !taken(id))
            .expect("some number is free")
    }

    /// Every problem, by move.
    pub fn problems(&self) -> Vec<Problem> {
        let mut out = Vec::new();
        if self.name.trim().is_empty() {
            out.push(Problem {
                index: None,
                field: None,
                message: tr!("error-draft-routine-name"),
            });
        }
        for (i, m) in self.moves().enumerate() {
            for (field, message) in m.problems() {
                out.push(Problem {
                    index: Some(i),
                    field: Some(field),
                    message,
                });
            }
        }
        out
    }

    /// The routine, checked exactly as a file would be.
    pub fn to_routine(&self) -> Result<Routine, Vec<Problem>> {
        let problems = self.problems();
        if !problems.is_empty() {
            return Err(problems);
        }
        let routine = Routine {
            name: self.name.trim().to_string(),
            description: self.description.trim().to_string(),
            timing: self.timing,
            sections: self
                .sections
                .iter()
                .map(|s| Section {
                    name: s.name.clone(),
                    gate: s.gate.clone(),
                    moves: s.moves.iter().filter_map(DraftMove::to_move).collect(),
                })
                .collect(),
            file: None,
        };
        // Ranges are written as typed and checked by the format on reading.
        let mut text = to_ron(&routine);
        for m in self.moves() {
            let range = m.range.trim();
            if range.is_empty() || m.kind == WorkKind::Open {
                continue;
            }
            let anchor = format!("id: \"{}\",", m.base.id);
            if let Some(at) = text.find(&anchor) {
                let indent: String = text[..at]
                    .rsplit('\n')
                    .next()
                    .unwrap_or("")
                    .chars()
                    .take_while(|c| c.is_whitespace())
                    .collect();
                let line = format!("\n{indent}range: {},", ron_string(range));
                text.insert_str(at + anchor.len(), &line);
            }
        }
        let mut checked = parse("this routine", &text).map_err(|e| {
            let index = self.index_named_in(&e.message);
            vec![Problem {
                index,
                field: index
                    .is_some_and(|i| self.range_problem(i).as_ref() == Some(&e.message))
                    .then_some(Field::Range),
                message: e.message,
            }]
        })?;
        checked.file = self.file.clone();
        Ok(checked)
    }

    /// The move an error message names (`move "figure-4": ...`), if any.
    fn index_named_in(&self, message: &str) -> Option<usize> {
        self.moves()
            .position(|m| super::format::is_in_move(message, &m.base.id))
    }

    /// What the format says of the `i`-th move's range, if anything.
    fn range_problem(&self, i: usize) -> Option<String> {
        let m = self.get(i)?;
        let range = m.range.trim();
        if range.is_empty() || m.kind == WorkKind::Open {
            return None;
        }
        let work = m.to_move()?.work;
        super::format::parse_range(range, &work)
            .err()
            .map(|e| super::format::in_move(&m.base.id, &e))
    }
}

/// A RON string literal.
fn ron_string(s: &str) -> String {
    format!("{:?}", s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routine::{Plan, bundled};
    use std::sync::Arc;

    fn sciatica() -> Routine {
        crate::routine::bundled_routine("sciatica-relief")
    }

    #[test]
    fn an_untouched_draft_gives_back_the_same_routine() {
        let r = sciatica();
        assert_eq!(Draft::from_routine(&r).to_routine().unwrap(), r);
        for entry in bundled() {
            let r = entry.routine.unwrap();
            assert_eq!(
                Draft::from_routine(&r).to_routine().unwrap(),
                *r,
                "{}",
                entry.id
            );
        }
    }

    #[test]
    fn forty_five_second_holds() {
        let mut d = Draft::from_routine(&sciatica());
        for i in 0..d.move_count() {
            let m = d.get_mut(i).unwrap();
            if m.kind == WorkKind::Hold && m.hold == "30s" {
                m.hold = "45s".into();
            }
        }
        let r = d.to_routine().unwrap();
        assert_eq!(
            r.find_move("figure-4").unwrap().hold(),
            Some(Dur::from_secs(45))
        );
        assert_eq!(
            r.find_move("childs-pose").unwrap().hold(),
            Some(Dur::from_secs(45))
        );
        // Everything else survives the edit.
        assert_eq!(
            r.find_move("figure-4").unwrap().steps,
            sciatica().find_move("figure-4").unwrap().steps
        );
        assert!(r.find_move("figure-4").unwrap().range.is_some());
        let plan = Plan::new(Arc::new(r), &Default::default());
        assert_eq!(plan.total.as_secs(), 1305 + 6 * 15 + 3 * 15);
    }

    #[test]
    fn fields_are_checked_as_typed() {
        let mut d = Draft::from_routine(&sciatica());
        let m = d.get_mut(0).unwrap();
        m.hold = "0s".into();
        m.sets = "-2".into();
        m.name = "  ".into();
        let fields: Vec<Field> = m.problems().into_iter().map(|(f, _)| f).collect();
        assert_eq!(fields, [Field::Name, Field::Hold, Field::Sets]);
        m.hold = "4".into();
        m.sets = "3".into();
        m.name = "Figure four".into();
        assert!(m.problems().is_empty());
        // 4 s is outside the move's 30-60 s range: the format says so.
        let err = d.to_routine().unwrap_err();
        assert_eq!(err[0].index, Some(0));
        assert_eq!(err[0].field, Some(Field::Range));
        assert!(
            err[0].message.contains("outside its range"),
            "{}",
            err[0].message
        );
        d.get_mut(0).unwrap().range = String::new();
        assert!(d.to_routine().is_ok());
        d.get_mut(0).unwrap().hold = "2 parsecs".into();
        assert!(d.get(0).unwrap().problems()[0].1.contains("unknown unit"));
        d.get_mut(0).unwrap().hold = "99h".into();
        assert!(!d.get(0).unwrap().problems().is_empty());
    }

    #[test]
    fn reps_tempo_and_breathing() {
        let mut d = Draft::from_routine(&sciatica());
        let i = d.moves().position(|m| m.base.id == "bridge").unwrap();
        let m = d.get_mut(i).unwrap();
        assert_eq!(
            (m.kind, m.reps.as_str(), m.tempo.as_str()),
            (WorkKind::Reps, "12", "")
        );
        m.reps = "15".into();
        m.tempo = "5s".into();
        m.breath = false;
        let r = d.to_routine().unwrap();
        let bridge = r.find_move("bridge").unwrap();
        assert_eq!(
            bridge.work,
            Work::Reps {
                count: 15,
                tempo: Dur::from_secs(5)
            }
        );
        assert!(bridge.breath.is_none());
        // A breath in the draft paces the reps when no tempo is given.
        let m = d.get_mut(i).unwrap();
        m.tempo = String::new();
        m.breath = true;
        m.inhale = "2s".into();
        m.exhale = "3s".into();
        let r = d.to_routine().unwrap();
        assert_eq!(
            r.find_move("bridge").unwrap().work,
            Work::Reps {
                count: 15,
                tempo: Dur::from_secs(5)
            }
        );
    }

    #[test]
    fn reorder_remove_and_insert() {
        let mut d = Draft::from_routine(&sciatica());
        let ids = |d: &Draft| d.moves().map(|m| m.base.id.clone()).collect::<Vec<_>>();
        assert_eq!(d.move_up(0), 0, "the first move stays first");
        assert_eq!(d.move_down(0), 1);
        assert_eq!(ids(&d)[..2], ["childs-pose", "figure-4"]);
        // Across a section border: the last stretch becomes the first strengthen move.
        let at = d.move_down(1);
        assert_eq!(at, 1);
        assert_eq!(d.sections[0].moves.len(), 1);
        assert_eq!(d.sections[1].moves[0].base.id, "figure-4");
        // Insert a known move twice: ids stay unique.
        let roll = sciatica().find_move("roll-glute").unwrap().clone();
        let at = d.insert_after(0, &roll);
        let at2 = d.insert_after(at, &roll);
        assert_eq!(d.get(at).unwrap().base.id, "roll-glute-2");
        assert_eq!(d.get(at2).unwrap().base.id, "roll-glute-3");
        assert!(d.to_routine().is_ok());
        // Removing down to one move; the last one stays.
        while d.remove(0) {}
        assert_eq!(d.move_count(), 1);
        let r = d.to_routine().unwrap();
        assert_eq!(r.move_count(), 1);
    }

    #[test]
    fn emptying_the_first_section_drops_a_repeat_gate_that_would_be_invalid() {
        let text = r#"(name: "G", sections: [
            (name: "A", moves: [(id: "a", name: "A", hold: "10s")]),
            (name: "B", gate: (question: "?", yes: Repeat("A"), no: Run),
             moves: [(id: "b", name: "B", hold: "10s")]),
        ])"#;
        let mut d = Draft::from_routine(&parse("g.ron", text).unwrap());
        assert!(d.remove(0));
        assert_eq!(d.sections.len(), 1);
        assert!(d.sections[0].gate.is_none());
        assert!(d.to_routine().is_ok());
    }
}
