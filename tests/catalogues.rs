//! The message catalogues (`i18n/<language>/*.ftl`): every language has
//! every message English has, with the same placeables, and nothing more;
//! each file parses; every message is used by the code and every message
//! the code asks for exists.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast;
use limber::i18n::{self, Language};

/// Message id → the variables it uses (`$count` → "count").
type Messages = BTreeMap<String, BTreeSet<String>>;

fn messages(language: Language) -> Messages {
    let mut out = Messages::new();
    for (file, text) in i18n::files(language) {
        let resource = match fluent_syntax::parser::parse(*text) {
            Ok(r) => r,
            Err((_, errors)) => {
                let located: Vec<String> = errors
                    .iter()
                    .map(|e| {
                        let line = text[..e.pos.start].matches('\n').count() + 1;
                        format!("i18n/{}/{file}:{line}: {:?}", language.code(), e.kind)
                    })
                    .collect();
                panic!("catalogue does not parse:\n{}", located.join("\n"));
            }
        };
        for entry in resource.body {
            if let ast::Entry::Message(message) = entry {
                let mut vars = BTreeSet::new();
                if let Some(value) = &message.value {
                    pattern_vars(value, &mut vars);
                }
                for attribute in &message.attributes {
                    pattern_vars(&attribute.value, &mut vars);
                }
                let id = message.id.name.to_string();
                assert!(
                    out.insert(id.clone(), vars).is_none(),
                    "{id} is defined twice in {}",
                    language.code()
                );
            }
        }
    }
    out
}

fn pattern_vars(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(expression: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for variant in variants {
                pattern_vars(&variant.value, vars);
            }
        }
        ast::Expression::Inline(inline) => inline_vars(inline, vars),
    }
}

fn inline_vars(inline: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                inline_vars(arg, vars);
            }
            for named in &arguments.named {
                inline_vars(&named.value, vars);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

#[test]
fn every_language_has_every_message_with_the_same_placeables() {
    let english = messages(Language::English);
    assert!(english.len() > 100, "the English catalogue is nearly empty");
    let mut problems = Vec::new();
    for language in Language::ALL.into_iter().skip(1) {
        let code = language.code();
        let theirs = messages(language);
        for (id, vars) in &english {
            match theirs.get(id) {
                None => problems.push(format!("{code}: {id} is missing")),
                Some(v) if v != vars => {
                    problems.push(format!("{code}: {id} uses {v:?}, English uses {vars:?}"))
                }
                Some(_) => {}
            }
        }
        for id in theirs.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{code}: {id} is not in English (left over?)"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_language_has_the_same_files() {
    let names = |code: &str| -> BTreeSet<String> {
        std::fs::read_dir(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("i18n")
                .join(code),
        )
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".ftl"))
        .collect()
    };
    let built: BTreeSet<String> = i18n::files(Language::English)
        .iter()
        .map(|(f, _)| f.to_string())
        .collect();
    for language in Language::ALL {
        assert_eq!(
            names(language.code()),
            built,
            "i18n/{}/ holds other files than the ones built in (src/i18n/mod.rs)",
            language.code()
        );
    }
}

/// Every Rust source file under src/, as text.
fn sources() -> Vec<(String, String)> {
    fn walk(dir: &Path, out: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push((
                    path.display().to_string(),
                    std::fs::read_to_string(&path).unwrap(),
                ));
            }
        }
    }
    let mut out = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
    out
}

#[test]
fn every_message_is_used_and_every_used_message_exists() {
    let english = messages(Language::English);
    let sources = sources();
    let all: String = sources.iter().map(|(_, s)| s.as_str()).collect();
    let unused: Vec<&String> = english
        .keys()
        .filter(|id| !all.contains(&format!("\"{id}\"")))
        .collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");

    let mut unknown = Vec::new();
    for (path, text) in &sources {
        for (at, _) in text.match_indices("tr!(\"") {
            // Not `include_str!("…")`, and not an example in a comment.
            let before = text[..at].chars().next_back();
            let line = &text[text[..at].rfind('\n').map_or(0, |n| n + 1)..at];
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_')
                || line.trim_start().starts_with("//")
            {
                continue;
            }
            let rest = &text[at + 5..];
            let id = &rest[..rest.find('"').unwrap()];
            if !english.contains_key(id) {
                let line = text[..at].matches('\n').count() + 1;
                unknown.push(format!("{path}:{line}: {id}"));
            }
        }
    }
    assert!(
        unknown.is_empty(),
        "messages asked for but not in i18n/en: {unknown:?}"
    );
}

/// Messages are found by the file they are in (each file is parsed only
/// when needed): a message must be in the same file in every language,
/// and the quick scan for ids must see what the parser sees.
#[test]
fn each_message_is_in_the_same_file_in_every_language() {
    let file_of = |language: Language| -> BTreeMap<String, String> {
        i18n::files(language)
            .iter()
            .flat_map(|(file, text)| {
                i18n::message_ids(text).map(move |id| (id.to_string(), file.to_string()))
            })
            .collect()
    };
    let english = file_of(Language::English);
    let parsed = messages(Language::English);
    assert_eq!(
        english.keys().collect::<BTreeSet<_>>(),
        parsed.keys().collect::<BTreeSet<_>>(),
        "the id scan and the parser disagree"
    );
    for language in Language::ALL {
        assert_eq!(i18n::files(language).len(), i18n::FILE_COUNT);
        for (id, file) in file_of(language) {
            assert_eq!(
                english.get(&id),
                Some(&file),
                "{}: {id} is in {file}, not where English has it",
                language.code()
            );
        }
    }
}

/// French puts a no-break space (U+00A0, as every French message does)
/// before `;`, `:`, `!` and `?` and inside « », so a line never breaks
/// there and the spacing is the same everywhere.
#[test]
fn french_punctuation_has_no_break_spaces() {
    let mut plain = Vec::new();
    for (file, text) in i18n::files(Language::French) {
        for (n, line) in text.lines().enumerate() {
            if line.starts_with('#') {
                continue;
            }
            let bad = [" ;", " :", " !", " ?", "« ", " »"]
                .iter()
                .any(|p| line.contains(p));
            if bad {
                plain.push(format!("i18n/fr/{file}:{}: {line}", n + 1));
            }
        }
    }
    assert!(plain.is_empty(), "plain spaces:\n{}", plain.join("\n"));
}
