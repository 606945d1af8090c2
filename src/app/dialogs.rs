//! Native file dialogs, run off the UI thread. A cancelled and an unavailable dialog both come
//! back as `None`, which is why the app also offers an in-window path field.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, channel};

use eframe::egui;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DialogKind {
    Open,
    SaveAs,
    /// A folder to export into.
    Folder,
    /// Where to save a deal book.
    SaveBook,
}

/// Shows file dialogs; the app holds one behind this trait so tests never open a real one.
pub trait FileDialogs {
    /// Starts a dialog; the answer arrives on the receiver, and the UI is woken when it does.
    fn start(
        &self,
        kind: DialogKind,
        folder: PathBuf,
        file_name: String,
        ctx: egui::Context,
    ) -> Receiver<Option<PathBuf>>;
}

/// rfd's dialogs (XDG desktop portal, or zenity), each on its own thread so a slow or stuck
/// dialog never blocks a frame.
pub struct NativeDialogs;

impl FileDialogs for NativeDialogs {
    fn start(
        &self,
        kind: DialogKind,
        folder: PathBuf,
        file_name: String,
        ctx: egui::Context,
    ) -> Receiver<Option<PathBuf>> {
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let dialog = rfd::FileDialog::new()
                .add_filter("jvsim deal", &["ron"])
                .set_directory(&folder);
            let picked = match kind {
                DialogKind::Open => dialog.set_title("Open deal").pick_file(),
                DialogKind::SaveAs => dialog
                    .set_title("Save deal as")
                    .set_file_name(&file_name)
                    .save_file(),
                DialogKind::Folder => dialog.set_title("Export into folder").pick_folder(),
                DialogKind::SaveBook => dialog
                    .set_title("Save deal book as")
                    .set_file_name("deal-book.ron")
                    .save_file(),
            };
            let _ = tx.send(picked);
            ctx.request_repaint();
        });
        rx
    }
}

/// Answers every dialog with a fixed path (or `None`, like a cancel): for tests.
pub struct ScriptedDialogs(pub Option<PathBuf>);

impl FileDialogs for ScriptedDialogs {
    fn start(
        &self,
        _kind: DialogKind,
        _folder: PathBuf,
        _file_name: String,
        _ctx: egui::Context,
    ) -> Receiver<Option<PathBuf>> {
        let (tx, rx) = channel();
        let _ = tx.send(self.0.clone());
        rx
    }
}

/// A file name for a deal: its name in lower case, letters and digits joined by dashes.
pub fn suggested_file_name(deal_name: &str) -> String {
    let mut s = String::new();
    for c in deal_name.chars() {
        if c.is_alphanumeric() {
            s.extend(c.to_lowercase());
        } else if !s.ends_with('-') && !s.is_empty() {
            s.push('-');
        }
    }
    let s = s.trim_end_matches('-');
    format!("{}.ron", if s.is_empty() { "deal" } else { s })
}

/// The `.ron` files in a folder, sorted by name.
pub fn deal_files_in(folder: &std::path::Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    files
}

#[cfg(test)]
mod tests {
    #[test]
    fn suggested_names_are_tidy() {
        assert_eq!(
            super::suggested_file_name("US-controlled EV JV at 2026 tariffs"),
            "us-controlled-ev-jv-at-2026-tariffs.ron"
        );
        assert_eq!(super::suggested_file_name("  ?? "), "deal.ron");
    }
}
