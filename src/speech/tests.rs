//! Phrase tests: the words and their order at each kind of moment, from
//! the plans of the bundled routines.

use super::*;
use crate::routine::bundled_routine;

fn script_of(id: &str, prefs: SpeechPrefs) -> Vec<String> {
    script(
        Arc::new(bundled_routine(id)),
        PlanOptions::default(),
        &prefs,
    )
}

#[test]
fn the_sciatica_routine_says_each_move_side_and_dose_in_order() {
    let said = script_of("sciatica-relief", SpeechPrefs::ON);
    let expected_start = [
        "Figure-4 stretch, left side, 30 seconds, set 1 of 3",
        "Halfway",
        "Switch sides",
        "Rest, 15 seconds. Next: set 2 of 3",
        "Rest, 15 seconds. Next: last set",
        "Child's pose, 30 seconds, set 1 of 3",
        "Any pain after stretching? Press Y or N.",
        "Unilateral hip flexion, left side, 12 reps",
        "Bridge, 12 reps, set 1 of 3",
        "Figure-4 glute roll-out, left side, 2 minutes",
        "IT-band roll-out, left side, 1 minute",
        "Hamstring roll-out, left side, 1 minute",
    ];
    assert_eq!(said[..expected_start.len()], expected_start, "{said:#?}");
    let done = said.last().unwrap();
    assert!(
        done.starts_with("Done. ") && done.ends_with(" minutes"),
        "{done}"
    );
    assert!(
        !said.iter().any(|s| s == "Last set"),
        "every last set follows a rest here"
    );
}

#[test]
fn the_end_says_the_minutes_spent() {
    let said = script_of("sciatica-relief", SpeechPrefs::ON);
    let total = crate::routine::Plan::estimate(&bundled_routine("sciatica-relief"));
    assert_eq!(
        said.last().unwrap(),
        &crate::wording::done_phrase(total),
        "no pauses: the time spent is the plan's"
    );
}

#[test]
fn a_move_that_waits_says_how_to_go_on() {
    let said = script_of("desk-break", SpeechPrefs::ON);
    assert!(
        said.iter().any(|s| s == "Short walk, until you are done"),
        "{said:#?}"
    );
    assert!(
        said.iter().any(|s| s == "Press Enter when you are back."),
        "{said:#?}"
    );
}

#[test]
fn optional_phrases_count_reps_and_say_the_breath() {
    let plain = script_of("sciatica-relief", SpeechPrefs::ON);
    assert!(
        !plain
            .iter()
            .any(|s| s.contains("Lift") || s.starts_with("2"))
    );
    let all = script_of(
        "sciatica-relief",
        SpeechPrefs {
            on: true,
            reps: true,
            breathing: true,
        },
    );
    for want in [
        "Breathe in",
        "Breathe out, fold a little deeper",
        "12. Lower slowly, breathe in",
        "Lift",
        "7. Halfway. Lower slowly, breathe in",
    ] {
        assert!(
            all.iter().any(|s| s == want),
            "{want} missing from {all:#?}"
        );
    }
    // A rep starts on the in-breath: both are said as one phrase, the
    // count first.
    assert!(
        all.iter().any(|s| s == "1. Lower slowly, breathe in"),
        "{all:#?}"
    );
}

#[test]
fn the_voice_off_says_nothing() {
    assert!(script_of("sciatica-relief", SpeechPrefs::default()).is_empty());
}

#[test]
fn a_phrase_follows_its_chime() {
    let at = Instant::now();
    let mut p = Spoken {
        text: "Switch sides".into(),
        at,
        until: None,
        step: 3,
    };
    let chime = Planned {
        cue: Cue::Switch,
        at,
        step: 3,
    };
    place(&mut p, &[chime]);
    assert_eq!(
        p.at,
        at + Duration::from_millis(800),
        "0.7 s of chime, then 0.1 s"
    );
    let mut alone = p.clone();
    let before = alone.at;
    place(&mut alone, &[chime]);
    assert_eq!(alone.at, before, "no chime at its new moment: stays");
}

#[test]
fn every_bundled_routine_says_something_at_every_move() {
    for id in crate::routine::BUNDLED.iter().map(|(id, _)| *id) {
        let routine = bundled_routine(id);
        let said = script_of(id, SpeechPrefs::ON);
        for m in routine.moves() {
            assert!(
                said.iter().any(|s| s.starts_with(&m.name)),
                "{id}: nothing says {}: {said:#?}",
                m.name
            );
        }
    }
}
