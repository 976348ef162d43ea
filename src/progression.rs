//! Progression: holds written with a range (e.g. 30–60 s) step up after a
//! number of pain-free sessions, never past the range. The change is
//! proposed before the routine starts and can be declined.
//!
//! A session counts as pain-free when it reached the end, no question was
//! answered "yes" (e.g. "Any pain after stretching?"), and, if pain was
//! rated before and after, it was no worse after.

use chrono::{DateTime, FixedOffset};

use crate::history::{Record, Reply};
use crate::routine::{DoseRange, Dur, Routine, Work};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rule {
    /// How much a hold grows each time.
    pub step: Dur,
    /// Pain-free sessions needed since the last change (or refusal).
    pub after: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub move_id: String,
    pub name: String,
    pub from: Dur,
    pub to: Dur,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Proposal {
    /// Pain-free sessions counted.
    pub sessions: u32,
    pub changes: Vec<Change>,
}

pub fn pain_free(r: &Record) -> bool {
    let no_yes = r.answers.iter().all(|a| a.answer != Reply::Yes);
    let not_worse = match (r.pain_before, r.pain_after) {
        (Some(before), Some(after)) => after.get() <= before.get(),
        _ => true,
    };
    r.completed && no_yes && not_worse
}

/// The step up to offer before `routine` starts, from the history file and
/// the last decision kept in the state file. Blocking: it reads both.
pub fn offer(
    history: &std::path::Path,
    state: &std::path::Path,
    routine_id: &str,
    routine: &Routine,
    rule: Rule,
) -> Result<Option<Proposal>, crate::history::HistoryError> {
    let records = crate::history::load(history)?.records;
    let since = crate::state::State::load(state).last_decision(routine_id);
    Ok(propose(routine_id, routine, &records, since, rule))
}

/// What to step up for `routine_id`, counting its sessions after `since`
/// (the last change or refusal), if enough were pain-free.
pub fn propose(
    routine_id: &str,
    routine: &Routine,
    records: &[Record],
    since: Option<DateTime<FixedOffset>>,
    rule: Rule,
) -> Option<Proposal> {
    if rule.after == 0 || rule.step.is_zero() {
        return None;
    }
    // Consecutive: a session that hurt starts the count again.
    let mut sessions = 0;
    for r in records
        .iter()
        .filter(|r| r.routine == routine_id && since.is_none_or(|s| r.started_at > s))
    {
        if pain_free(r) {
            sessions += 1;
        } else if r.completed {
            sessions = 0;
        }
    }
    if sessions < rule.after {
        return None;
    }
    let changes: Vec<Change> = routine
        .moves()
        .filter_map(|m| match (m.work, m.range) {
            (Work::Hold(hold), Some(DoseRange::Hold { max, .. })) if hold < max => Some(Change {
                move_id: m.id.clone(),
                name: m.name.clone(),
                from: hold,
                to: hold.saturating_add(rule.step).min(max),
            }),
            _ => None,
        })
        .collect();
    (!changes.is_empty()).then_some(Proposal { sessions, changes })
}

/// The routine with the proposal's holds.
pub fn apply(routine: &Routine, proposal: &Proposal) -> Routine {
    let mut out = routine.clone();
    for section in &mut out.sections {
        for m in &mut section.moves {
            if let Some(c) = proposal.changes.iter().find(|c| c.move_id == m.id) {
                m.work = Work::Hold(c.to);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::{GateAnswer, Pain, Record};
    use crate::routine::parse;

    fn sciatica() -> Routine {
        crate::routine::bundled_routine("sciatica-relief")
    }

    fn session(day: u32, completed: bool, pain: Option<(u8, u8)>, hurt: bool) -> Record {
        let start =
            DateTime::parse_from_rfc3339(&format!("2026-03-{day:02}T08:00:00+01:00")).unwrap();
        Record {
            v: crate::history::FORMAT_VERSION,
            started_at: start,
            ended_at: start + chrono::Duration::minutes(22),
            routine: "sciatica-relief".into(),
            routine_name: "Sciatica relief".into(),
            completed,
            active_seconds: 1200,
            pain_before: pain.and_then(|p| Pain::new(p.0)),
            pain_after: pain.and_then(|p| Pain::new(p.1)),
            note: None,
            moves: vec![],
            answers: vec![GateAnswer {
                section: "Strengthen".into(),
                question: "Any pain after stretching?".into(),
                answer: if hurt { Reply::Yes } else { Reply::No },
            }],
            id: None,
            via: None,
        }
    }

    const RULE: Rule = Rule {
        step: Dur::from_secs(5),
        after: 3,
    };

    #[test]
    fn three_pain_free_sessions_step_the_ranged_holds_up() {
        let records = vec![
            session(1, true, Some((5, 3)), false),
            session(2, true, None, false),
            session(3, true, Some((4, 4)), false),
        ];
        let p = propose("sciatica-relief", &sciatica(), &records, None, RULE).unwrap();
        assert_eq!(p.sessions, 3);
        let ids: Vec<&str> = p.changes.iter().map(|c| c.move_id.as_str()).collect();
        // Only the holds with a range: figure-4 and child's pose.
        assert_eq!(ids, ["figure-4", "childs-pose"]);
        assert_eq!(
            (p.changes[0].from, p.changes[0].to),
            (Dur::from_secs(30), Dur::from_secs(35))
        );
        let next = apply(&sciatica(), &p);
        assert_eq!(
            next.find_move("figure-4").unwrap().hold(),
            Some(Dur::from_secs(35))
        );
        // The applied routine is still a valid file.
        parse("next.ron", &crate::routine::to_ron(&next)).unwrap();
    }

    #[test]
    fn pain_or_too_few_sessions_propose_nothing() {
        let r = sciatica();
        let two = vec![session(1, true, None, false), session(2, true, None, false)];
        assert_eq!(propose("sciatica-relief", &r, &two, None, RULE), None);
        // A session that hurt resets the count; a partial one does not count.
        let reset = vec![
            session(1, true, None, false),
            session(2, true, None, false),
            session(3, true, None, true),
            session(4, false, None, false),
            session(5, true, None, false),
            session(6, true, Some((3, 5)), false),
        ];
        assert_eq!(propose("sciatica-relief", &r, &reset, None, RULE), None);
        // Another routine's sessions do not count.
        let mut other = vec![session(1, true, None, false); 3];
        for s in &mut other {
            s.routine = "foam-roll".into();
        }
        assert_eq!(propose("sciatica-relief", &r, &other, None, RULE), None);
    }

    #[test]
    fn counting_starts_again_after_the_last_decision() {
        let records: Vec<Record> = (1..=5).map(|d| session(d, true, None, false)).collect();
        let since = Some(records[2].started_at);
        assert_eq!(
            propose("sciatica-relief", &sciatica(), &records, since, RULE),
            None
        );
        assert!(propose("sciatica-relief", &sciatica(), &records, None, RULE).is_some());
    }

    #[test]
    fn never_past_the_range() {
        let text = r#"(name: "T", moves: [
            (id: "a", name: "A", hold: "58s", range: "30s-60s"),
            (id: "b", name: "B", hold: "60s", range: "30s-60s"),
            (id: "c", name: "C", hold: "40s"),
        ])"#;
        let r = parse("t.ron", text).unwrap();
        let records: Vec<Record> = (1..=3)
            .map(|d| {
                let mut s = session(d, true, None, false);
                s.routine = "t".into();
                s
            })
            .collect();
        let p = propose("t", &r, &records, None, RULE).unwrap();
        assert_eq!(p.changes.len(), 1, "B is at the top; C has no range");
        assert_eq!(p.changes[0].to, Dur::from_secs(60));
    }
}
