//! The house rules of ARCHITECTURE.md, checked on the source: no import
//! cycles between modules, the core free of the GUI, audio and terminal
//! crates, and the window not reaching into the command line.
//!
//! Imports are read from the text (`crate::`, `super::` and `self::`
//! paths, in `use` lines and inline); test code is left out.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Modules above the core; everything else in `src/` is core.
const FRONT_ENDS: [&str; 4] = ["ui", "audio", "follow", "cli"];
/// Crates the core must not use.
const NOT_IN_CORE: [&str; 4] = ["iced", "rodio", "crossterm", "cpal"];

/// Every source file as (module path, its code without tests).
fn modules() -> Vec<(Vec<String>, String)> {
    let mut files = Vec::new();
    collect(Path::new("src"), &mut files);
    files
        .into_iter()
        .filter_map(|path| {
            let rel = path.strip_prefix("src").unwrap();
            let mut parts: Vec<String> = rel
                .iter()
                .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string())
                .collect();
            match parts.last().map(String::as_str) {
                Some("lib") | Some("main") if parts.len() == 1 => parts.clear(),
                Some("mod") => {
                    parts.pop();
                }
                // Test modules kept in files of their own.
                Some("tests") => return None,
                _ => {}
            }
            let text = std::fs::read_to_string(&path).unwrap();
            Some((parts, without_tests(&text)))
        })
        .collect()
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code before a `#[cfg(test)]` module (kept at the end of a file).
fn without_tests(text: &str) -> String {
    let mut out = String::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        if line.trim() == "#[cfg(test)]"
            && lines
                .peek()
                .is_some_and(|next| next.trim_start().starts_with("mod ") || next.contains(" mod "))
        {
            break;
        }
        // Comments may mention paths that are not imports.
        let code = line.split("//").next().unwrap_or("");
        out.push_str(code);
        out.push('\n');
    }
    out
}

/// Paths this code names, resolved to absolute module paths (each a list
/// of segments), from `crate::`, `super::` and `self::` paths, with `{…}`
/// groups expanded one level.
fn referenced(module: &[String], code: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let bytes = code.as_bytes();
    for start in ["crate::", "super::", "self::"] {
        let mut from = 0;
        while let Some(i) = code[from..].find(start) {
            let at = from + i;
            from = at + start.len();
            // Part of a longer word (e.g. `my_crate::`)?
            if at > 0 && (bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_') {
                continue;
            }
            // The base the path starts from.
            let mut base: Vec<String> = match start {
                "crate::" => Vec::new(),
                _ => {
                    // A file `a/b.rs` (or `a/b/mod.rs`) is module a::b:
                    // its `self` is a::b, its `super` is a.
                    let mut m = module.to_vec();
                    if start == "super::" {
                        m.pop();
                    }
                    m
                }
            };
            // Chained `super::super::`.
            let mut rest = &code[from..];
            while let Some(r) = rest.strip_prefix("super::") {
                base.pop();
                rest = r;
            }
            let (path, tail) = segments(rest);
            let mut full = base.clone();
            full.extend(path);
            if let Some(group) = tail.strip_prefix('{') {
                let inner = &group[..group.find('}').unwrap_or(group.len())];
                for item in inner.split(',') {
                    let (item_path, _) = segments(item.trim());
                    let mut p = full.clone();
                    p.extend(item_path.into_iter().filter(|s| s != "self"));
                    out.push(p);
                }
            } else {
                out.push(full);
            }
        }
    }
    out
}

/// Leading `a::b::c` identifiers of `text`, and what follows them.
fn segments(text: &str) -> (Vec<String>, &str) {
    let mut parts = Vec::new();
    let mut rest = text;
    loop {
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        if end == 0 {
            break;
        }
        parts.push(rest[..end].to_string());
        rest = &rest[end..];
        match rest.strip_prefix("::") {
            Some(r) => rest = r,
            None => break,
        }
    }
    (parts, rest)
}

/// The module a path points into: its longest prefix that is a module.
fn owner(path: &[String], known: &BTreeSet<Vec<String>>) -> Option<Vec<String>> {
    (1..=path.len())
        .rev()
        .map(|n| path[..n].to_vec())
        .find(|p| known.contains(p))
}

/// Module dependencies lifted to siblings: an edge a::x → a::y::z is
/// x → y inside `a`. A module using its own parent or children is how a
/// module and its parts work together, not a cycle, and is left out.
fn sibling_edges() -> BTreeMap<Vec<String>, BTreeSet<(String, String)>> {
    let modules = modules();
    let known: BTreeSet<Vec<String>> = modules.iter().map(|(m, _)| m.clone()).collect();
    let mut edges: BTreeMap<Vec<String>, BTreeSet<(String, String)>> = BTreeMap::new();
    for (module, code) in &modules {
        for path in referenced(module, code) {
            let Some(target) = owner(&path, &known) else {
                continue;
            };
            let common = module
                .iter()
                .zip(&target)
                .take_while(|(a, b)| a == b)
                .count();
            if common == module.len() || common == target.len() {
                continue;
            }
            edges
                .entry(module[..common].to_vec())
                .or_default()
                .insert((module[common].clone(), target[common].clone()));
        }
    }
    edges
}

fn find_cycle(edges: &BTreeSet<(String, String)>) -> Option<Vec<String>> {
    let nodes: BTreeSet<&String> = edges.iter().flat_map(|(a, b)| [a, b]).collect();
    for start in nodes {
        // Depth-first from `start`, looking for a way back to it.
        let mut stack = vec![vec![start.clone()]];
        let mut seen = BTreeSet::new();
        while let Some(path) = stack.pop() {
            let last = path.last().unwrap();
            for (_, next) in edges.iter().filter(|(a, _)| a == last) {
                if next == start {
                    let mut cycle = path.clone();
                    cycle.push(next.clone());
                    return Some(cycle);
                }
                if seen.insert(next.clone()) {
                    let mut longer = path.clone();
                    longer.push(next.clone());
                    stack.push(longer);
                }
            }
        }
    }
    None
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    let mut cycles = Vec::new();
    for (parent, edges) in sibling_edges() {
        if let Some(cycle) = find_cycle(&edges) {
            let prefix = if parent.is_empty() {
                "crate".to_string()
            } else {
                format!("crate::{}", parent.join("::"))
            };
            cycles.push(format!("in {prefix}: {}", cycle.join(" → ")));
        }
    }
    assert!(cycles.is_empty(), "import cycles:\n{}", cycles.join("\n"));
}

#[test]
fn the_checker_sees_a_cycle_where_there_is_one() {
    let edges: BTreeSet<(String, String)> = [("cues", "settings"), ("settings", "cues")]
        .into_iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert!(find_cycle(&edges).is_some());
    let m = vec!["ui".to_string(), "keys".to_string()];
    let refs = referenced(&m, "use super::screens::{player, finish};\n");
    assert!(refs.contains(&vec!["ui".into(), "screens".into(), "player".into()]));
}

#[test]
fn the_core_uses_no_gui_audio_or_terminal_crate() {
    let mut found = Vec::new();
    for (module, code) in modules() {
        let core = module
            .first()
            .is_some_and(|top| !FRONT_ENDS.contains(&top.as_str()));
        if !core {
            continue;
        }
        for krate in NOT_IN_CORE {
            let used = code.lines().any(|l| {
                let l = l.trim();
                l.starts_with(&format!("use {krate}::"))
                    || l.contains(&format!(" {krate}::"))
                    || l.contains(&format!("({krate}::"))
            });
            if used {
                found.push(format!("crate::{} uses {krate}", module.join("::")));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_window_and_the_core_do_not_reach_into_the_command_line() {
    let modules = modules();
    let known: BTreeSet<Vec<String>> = modules.iter().map(|(m, _)| m.clone()).collect();
    let mut found = Vec::new();
    for (module, code) in &modules {
        if module.first().is_some_and(|top| top == "cli") || module.is_empty() {
            continue;
        }
        for path in referenced(module, code) {
            if owner(&path, &known).is_some_and(|t| t.first().is_some_and(|top| top == "cli")) {
                found.push(format!(
                    "crate::{} uses {}",
                    module.join("::"),
                    path.join("::")
                ));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}
