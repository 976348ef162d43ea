use super::*;
use crate::routine::{bundled_routine, check_translation_file, parse};

const ROUTINE: &str = r#"(
    version: 1,
    name: "Two moves",
    description: "A test.",
    sections: [
        (name: "Stretch", moves: [
            (id: "a", name: "Move A", hold: "30s", steps: ["One.", "Two."], caution: "Gently."),
        ]),
        (name: "Again", gate: (question: "Once more?", yes: Repeat("Stretch"), no: Skip), moves: [
            (id: "b", name: "Move B", reps: 5, steps: ["Lift."], breath: (inhale: "2s", exhale: "2s", exhale_cue: "Up")),
        ]),
    ],
)"#;

const GOOD: &str = r#"(
    name: "Zwei Übungen",
    description: "Ein Test.",
    sections: {
        "Stretch": (name: "Dehnen"),
        "Again": (name: "Nochmal", question: "Noch einmal?"),
    },
    moves: {
        "a": (name: "Übung A", steps: ["Eins.", "Zwei."], caution: "Sanft."),
        "b": (name: "Übung B", steps: ["Heben."], exhale_cue: "Hoch"),
    },
)"#;

fn routine() -> Routine {
    parse("two.ron", ROUTINE).unwrap()
}

#[test]
fn a_complete_translation_changes_every_word_and_nothing_else() {
    let r = routine();
    let t = check_translation("de/two.ron", GOOD, &r).unwrap();
    let de = translate(&r, &t);
    assert_eq!(de.name, "Zwei Übungen");
    assert_eq!(de.sections[0].name, "Dehnen");
    let gate = de.sections[1].gate.as_ref().unwrap();
    assert_eq!(gate.question, "Noch einmal?");
    // The repeat follows the section it names.
    assert_eq!(gate.yes, GateAction::Repeat("Dehnen".into()));
    assert!(de.section_index("Dehnen").is_some());
    let a = de.find_move("a").unwrap();
    assert_eq!(a.steps, ["Eins.", "Zwei."]);
    assert_eq!(a.caution.as_deref(), Some("Sanft."));
    let b = de.find_move("b").unwrap();
    assert_eq!(
        b.breath.as_ref().unwrap().exhale_cue.as_deref(),
        Some("Hoch")
    );
    // Doses untouched.
    assert_eq!(a.work, r.find_move("a").unwrap().work);
    assert_eq!(de.timing, r.timing);
}

#[test]
fn gaps_and_leftovers_are_reported_where_they_are() {
    let r = routine();
    let broken = GOOD
        .replace(r#", "Zwei."]"#, "]")
        .replace(r#", caution: "Sanft.""#, "")
        .replace(r#""b": (name"#, r#""c": (name"#);
    let problems = check_translation("de/two.ron", &broken, &r).unwrap_err();
    let text: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    let has = |needle: &str| text.iter().any(|t| t.contains(needle));
    assert!(has("move \"a\": 1 step, the routine has 2"), "{text:#?}");
    assert!(has("move \"a\": its `caution` is missing"), "{text:#?}");
    assert!(has("move \"b\" is missing"), "{text:#?}");
    assert!(has("the routine has no move \"c\""), "{text:#?}");
    let a = problems
        .iter()
        .find(|p| p.message.contains("1 step,"))
        .unwrap();
    assert_eq!(a.file, "de/two.ron");
    assert_eq!(a.line, 9, "{a}");
}

#[test]
fn a_syntax_mistake_has_its_place() {
    let e = check_translation(
        "de/two.ron",
        &GOOD.replace("name: \"Zwei", "nme: \"Zwei"),
        &routine(),
    )
    .unwrap_err();
    assert_eq!((e[0].line, e.len()), (2, 1), "{}", e[0]);
}

#[test]
fn control_characters_and_empty_words_are_refused() {
    let e = check_translation(
        "t.ron",
        &GOOD.replace("Eins.", "Ei\u{0}ns.").replace("Übung B", " "),
        &routine(),
    )
    .unwrap_err();
    let text: Vec<String> = e.iter().map(|p| p.to_string()).collect();
    assert!(
        text.iter().any(|t| t.contains("control character")),
        "{text:?}"
    );
    assert!(text.iter().any(|t| t.contains("name is empty")), "{text:?}");
}

#[test]
fn every_built_in_translation_covers_its_routine() {
    let mut problems = Vec::new();
    for (id, code, text) in BUNDLED_TRANSLATIONS {
        let language = Language::from_code(code).unwrap();
        if let Err(e) =
            check_translation(&translation_file(id, language), text, &bundled_routine(id))
        {
            problems.extend(e.into_iter().map(|e| e.to_string()));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    for (id, _) in crate::routine::BUNDLED {
        for language in &Language::ALL[1..] {
            assert!(
                bundled_translation(id, *language).is_some(),
                "{id} has no {language:?} translation"
            );
        }
    }
}

#[test]
fn translation_files_are_known_by_their_folder() {
    use std::path::Path;
    assert_eq!(
        translation_path(Path::new("i18n/de/routines/desk-break.ron")),
        Some(("desk-break".to_string(), Language::German))
    );
    assert_eq!(translation_path(Path::new("routines/desk-break.ron")), None);
    assert_eq!(
        translation_path(Path::new("i18n/xx/routines/desk-break.ron")),
        None
    );
}

#[test]
fn a_translation_of_no_bundled_routine_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nothing.ron");
    std::fs::write(&path, GOOD).unwrap();
    let e = check_translation_file(&path, "nothing").unwrap_err();
    assert!(
        e[0].message.contains("no bundled routine \"nothing\""),
        "{}",
        e[0]
    );
}
