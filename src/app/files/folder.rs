//! What jvsim's own file dialog reads from the disk: a folder's deals and subfolders (read when
//! the dialog changes folder, never per frame) and the places worth jumping to.

use std::path::{Path, PathBuf};

use crate::app::files::dialogs::DialogKind;

/// Most entries listed from one folder; a note says when there are more.
pub(crate) const MAX_ENTRIES: usize = 500;

#[derive(Clone, Debug)]
pub(crate) struct Entry {
    pub(crate) name: String,
    pub(crate) path: PathBuf,
    pub(crate) is_dir: bool,
}

#[derive(Clone, Debug, Default)]
pub(crate) struct Listing {
    pub(crate) entries: Vec<Entry>,
    pub(crate) more: usize,
    pub(crate) error: Option<String>,
}

impl Listing {
    pub(crate) fn read(folder: &Path, kind: DialogKind) -> Listing {
        let read = match std::fs::read_dir(folder) {
            Ok(r) => r,
            Err(e) => {
                return Listing {
                    error: Some(format!("Cannot read {}: {e}", folder.display())),
                    ..Listing::default()
                };
            }
        };
        let mut entries: Vec<Entry> = read
            .flatten()
            .filter_map(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                let path = e.path();
                let is_dir = path.is_dir();
                let wanted = if is_dir {
                    !name.starts_with('.')
                } else {
                    kind != DialogKind::Folder && path.extension().is_some_and(|x| x == "ron")
                };
                wanted.then_some(Entry { name, path, is_dir })
            })
            .collect();
        entries.sort_by(|a, b| {
            b.is_dir
                .cmp(&a.is_dir)
                .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
        });
        let more = entries.len().saturating_sub(MAX_ENTRIES);
        entries.truncate(MAX_ENTRIES);
        Listing {
            entries,
            more,
            error: None,
        }
    }
}

/// Where the user may want to jump: the working folder's saves/, the app's default folder, the
/// data folder, home, and the folders of recent files.
pub fn places(
    saves_dir: &Path,
    data_dir: Option<&Path>,
    recent: &[PathBuf],
) -> Vec<(String, PathBuf)> {
    let mut out: Vec<(String, PathBuf)> = Vec::new();
    let mut add = |label: String, p: PathBuf| {
        if p.is_dir() && !out.iter().any(|(_, q)| *q == p) {
            out.push((label, p));
        }
    };
    if let Ok(cwd) = std::env::current_dir() {
        add("saves/ here".into(), cwd.join("saves"));
        add("Working folder".into(), cwd);
    }
    add("Default saves".into(), saves_dir.to_path_buf());
    if let Some(d) = data_dir {
        add("Data folder saves".into(), d.join("saves"));
        add("Data folder".into(), d.to_path_buf());
    }
    if let Some(home) = std::env::var_os("HOME") {
        add("Home".into(), PathBuf::from(home));
    }
    for r in recent {
        if let Some(parent) = r.parent() {
            let label = parent
                .file_name()
                .map(|n| format!("{}/ (recent)", n.to_string_lossy()))
                .unwrap_or_else(|| "recent".into());
            add(label, parent.to_path_buf());
        }
    }
    out
}

pub(crate) fn absolute(p: &Path) -> PathBuf {
    std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf())
}
