//! The simulation core and the report layer must not know about any user interface, so tests,
//! benchmarks, the CLI and export can drive them without a window.

use std::fs;
use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The UI-free layers: the core, the reports and the chart descriptions drawn from it, and the
/// palette they share; the CLI and export use them without a window.
#[test]
fn core_sources_do_not_mention_ui_crates() {
    let mut files = Vec::new();
    rust_files(Path::new("src/core"), &mut files);
    assert!(files.len() >= 5, "core sources not found: {files:?}");
    let before = files.len();
    rust_files(Path::new("src/report"), &mut files);
    assert!(
        files.len() >= before + 5,
        "report sources not found: {files:?}"
    );
    let before = files.len();
    rust_files(Path::new("src/figure"), &mut files);
    assert!(
        files.len() >= before + 8,
        "figure sources not found: {files:?}"
    );
    files.push(Path::new("src/palette.rs").to_path_buf());
    for f in files {
        let text = fs::read_to_string(&f).unwrap();
        for (n, line) in text.lines().enumerate() {
            for banned in ["egui", "eframe", "winit", "glow", "wgpu", "resvg"] {
                assert!(
                    !line.contains(banned),
                    "{}:{}: a UI-free layer mentions `{banned}`: {line}",
                    f.display(),
                    n + 1
                );
            }
        }
    }
}
