//! The shape of the code: layers point one way (core → chart descriptions and reports → window,
//! command line, export), no two modules depend on each other in a circle, and each file stays
//! small enough to hold one job. Read from the sources, as `use` and `crate::` paths name them.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Module path ("app::views::charts") of each source file under src/, but the crate roots.
fn modules() -> BTreeMap<String, PathBuf> {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    files
        .into_iter()
        .filter_map(|f| {
            let rel = f.strip_prefix("src").unwrap().with_extension("");
            let mut parts: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if parts.last().is_some_and(|p| p == "mod") {
                parts.pop();
            }
            let name = parts.join("::");
            (name != "lib" && name != "main").then_some((name, f))
        })
        .collect()
}

/// The code of a file without its unit tests and comments: what the shipped module uses.
fn shipped_code(text: &str) -> String {
    let text = text.split("#[cfg(test)]").next().unwrap_or("");
    text.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The longest known module a path starts with.
fn resolve(mods: &BTreeMap<String, PathBuf>, path: &str) -> Option<String> {
    let mut parts: Vec<&str> = path.split("::").filter(|p| !p.is_empty()).collect();
    while !parts.is_empty() {
        let name = parts.join("::");
        if mods.contains_key(&name) {
            return Some(name);
        }
        parts.pop();
    }
    None
}

fn ident_at(s: &str) -> &str {
    let end = s
        .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
        .unwrap_or(s.len());
    s[..end].trim_end_matches(':')
}

/// Paths a file names: `crate::a::b`, `crate::a::{b, c::d}` (one level of braces is enough for
/// this crate's imports) and `super::x`.
fn named_paths(module: &str, code: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, _) in code.match_indices("crate::") {
        let rest = &code[i + "crate::".len()..];
        let base = ident_at(rest);
        out.push(base.to_string());
        let after = &rest[base.len()..];
        if let Some(group) = after.strip_prefix("::{") {
            let group = &group[..group.find('}').unwrap_or(group.len())];
            for item in group.split([',', '{', ' ', '\n']) {
                let item = ident_at(item.trim());
                if !item.is_empty() && item != "self" {
                    out.push(format!("{base}::{item}"));
                }
            }
        }
    }
    // `super` is the parent module, whether the file is `x.rs` or `x/mod.rs`.
    let mut parent: Vec<&str> = module.split("::").collect();
    parent.pop();
    for (i, _) in code.match_indices("super::") {
        let preceded = code[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == ':');
        if preceded {
            continue;
        }
        let rest = ident_at(&code[i + "super::".len()..]);
        let mut p = parent.clone();
        p.push(rest);
        out.push(p.join("::"));
    }
    out
}

/// Which module each module uses (not counting its own submodules).
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let mods = modules();
    let mut g = BTreeMap::new();
    for (name, file) in &mods {
        let code = shipped_code(&fs::read_to_string(file).unwrap());
        let deps: BTreeSet<String> = named_paths(name, &code)
            .iter()
            .filter_map(|p| resolve(&mods, p))
            .filter(|d| d != name && !d.starts_with(&format!("{name}::")))
            .collect();
        g.insert(name.clone(), deps);
    }
    g
}

fn top(m: &str) -> &str {
    m.split("::").next().unwrap_or(m)
}

#[test]
fn the_graph_sees_known_imports() {
    // Guards the reader: if it stopped finding paths, the tests below would pass on nothing.
    let g = graph();
    assert!(g.len() > 40, "{} modules", g.len());
    assert!(
        g["core::sweep"].contains("core::policy"),
        "{:?}",
        g["core::sweep"]
    );
    assert!(
        g["app::shell::dispatch"]
            .iter()
            .any(|d| d.starts_with("core::"))
    );
}

#[test]
fn layers_point_one_way() {
    // What each top-level module may use besides itself.
    let allowed: BTreeMap<&str, &[&str]> = [
        ("core", &[][..]),
        ("palette", &[][..]),
        ("model_doc", &[][..]),
        ("figure", &["core", "palette"][..]),
        ("report", &["core", "palette", "figure"][..]),
        ("export", &["core", "palette", "figure", "report"][..]),
        // The command line starts the window when given no command; it never reaches into it.
        ("cli", &["core", "figure", "report", "export", "app"][..]),
        (
            "app",
            &["core", "palette", "figure", "report", "export", "model_doc"][..],
        ),
    ]
    .into_iter()
    .collect();
    let mut wrong = Vec::new();
    for (m, deps) in graph() {
        let Some(ok) = allowed.get(top(&m)) else {
            wrong.push(format!(
                "{m}: a top-level module the layering does not know"
            ));
            continue;
        };
        for d in deps {
            if top(&d) != top(&m) && !ok.contains(&top(&d)) {
                wrong.push(format!("{m} uses {d}"));
            }
        }
    }
    assert!(wrong.is_empty(), "layering broken:\n{}", wrong.join("\n"));
}

#[test]
fn no_two_modules_depend_on_each_other_in_a_circle() {
    let g = graph();
    // Tarjan's strongly connected components; any with more than one module is a circle.
    struct State<'a> {
        g: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        circles: Vec<Vec<&'a str>>,
    }
    fn visit<'a>(s: &mut State<'a>, v: &'a str) {
        let i = s.index.len();
        s.index.insert(v, i);
        s.low.insert(v, i);
        s.stack.push(v);
        for w in &s.g[v] {
            let w = w.as_str();
            if !s.index.contains_key(w) {
                visit(s, w);
                let lw = s.low[w];
                let lv = s.low.get_mut(v).unwrap();
                *lv = (*lv).min(lw);
            } else if s.stack.contains(&w) {
                let iw = s.index[w];
                let lv = s.low.get_mut(v).unwrap();
                *lv = (*lv).min(iw);
            }
        }
        if s.low[v] == s.index[v] {
            let mut comp = Vec::new();
            while let Some(w) = s.stack.pop() {
                comp.push(w);
                if w == v {
                    break;
                }
            }
            if comp.len() > 1 {
                s.circles.push(comp);
            }
        }
    }
    let mut s = State {
        g: &g,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        circles: Vec::new(),
    };
    for v in g.keys() {
        if !s.index.contains_key(v.as_str()) {
            visit(&mut s, v);
        }
    }
    assert!(s.circles.is_empty(), "import circles: {:?}", s.circles);
}

#[test]
fn each_file_stays_small() {
    // The parameter table is data and may run longer. Unit tests at the end of a file do not count.
    const LIMIT: usize = 420;
    let mut long = Vec::new();
    for (name, file) in modules() {
        let text = fs::read_to_string(&file).unwrap();
        let lines = text
            .split("#[cfg(test)]")
            .next()
            .unwrap_or("")
            .lines()
            .count();
        let exempt = name == "core::params::table";
        if lines > LIMIT && !exempt {
            long.push(format!("{} ({lines} lines)", file.display()));
        }
    }
    assert!(long.is_empty(), "files over {LIMIT} lines: {long:?}");
}
