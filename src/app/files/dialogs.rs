//! Native file dialogs, run off the UI thread. A native dialog that cannot be shown (no desktop
//! portal and no zenity, as on a bare X server) answers `Unavailable`, and the app falls back to
//! its own dialog inside the window: a file command never does nothing.

use std::cell::Cell;
use std::path::{Path, PathBuf};
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

impl DialogKind {
    pub fn title(self) -> &'static str {
        match self {
            DialogKind::Open => "Open deal",
            DialogKind::SaveAs => "Save deal as",
            DialogKind::Folder => "Export into folder",
            DialogKind::SaveBook => "Save deal book as",
        }
    }
}

/// What a file dialog answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DialogAnswer {
    Picked(PathBuf),
    Cancelled,
    /// The dialog could not be shown; the reason is for the user.
    Unavailable(String),
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
    ) -> Receiver<DialogAnswer>;
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
    ) -> Receiver<DialogAnswer> {
        let (tx, rx) = channel();
        if let Some(reason) = native_dialogs_missing() {
            let _ = tx.send(DialogAnswer::Unavailable(reason));
            return rx;
        }
        std::thread::spawn(move || {
            RFD_FAILED.set(false);
            let dialog = rfd::FileDialog::new()
                .add_filter("jvsim deal", &["ron"])
                .set_directory(&folder)
                .set_title(kind.title());
            let picked = match kind {
                DialogKind::Open => dialog.pick_file(),
                DialogKind::SaveAs => dialog.set_file_name(&file_name).save_file(),
                DialogKind::Folder => dialog.pick_folder(),
                DialogKind::SaveBook => dialog.set_file_name("deal-book.ron").save_file(),
            };
            let answer = match picked {
                Some(path) => DialogAnswer::Picked(path),
                None if RFD_FAILED.get() => DialogAnswer::Unavailable(
                    "neither the desktop portal nor zenity could show it".to_string(),
                ),
                None => DialogAnswer::Cancelled,
            };
            let _ = tx.send(answer);
            ctx.request_repaint();
        });
        rx
    }
}

thread_local! {
    /// Set when rfd reports, on this thread, that its last fallback (zenity) failed too.
    static RFD_FAILED: Cell<bool> = const { Cell::new(false) };
}

/// rfd answers `None` both for a cancel and for a dialog it could not show; it tells the two
/// apart only in its log. This logger watches for that one message (and prints rfd's errors).
struct DialogFailureLog;

impl log::Log for DialogFailureLog {
    fn enabled(&self, m: &log::Metadata<'_>) -> bool {
        m.level() <= log::Level::Error && m.target().starts_with("rfd")
    }

    fn log(&self, record: &log::Record<'_>) {
        if !self.enabled(record.metadata()) {
            return;
        }
        let message = record.args().to_string();
        if message.contains("zenity") {
            RFD_FAILED.set(true);
        }
        eprintln!("jvsim: file dialog: {message}");
    }

    fn flush(&self) {}
}

/// Installs the logger that tells a failed native dialog from a cancelled one (once, at start).
pub fn watch_native_dialog_failures() {
    static LOG: DialogFailureLog = DialogFailureLog;
    if log::set_logger(&LOG).is_ok() {
        log::set_max_level(log::LevelFilter::Error);
    }
}

/// Why no native dialog can be shown here, if that is known before trying: rfd needs a D-Bus
/// session (for the desktop portal) or the zenity program.
pub fn native_dialogs_missing() -> Option<String> {
    let session_bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
        || std::env::var_os("XDG_RUNTIME_DIR").is_some_and(|d| Path::new(&d).join("bus").exists());
    if session_bus || on_path("zenity") {
        None
    } else {
        Some("this desktop has no file-dialog portal (no D-Bus session) and no zenity".to_string())
    }
}

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|d| d.join(program).is_file()))
}

/// Answers every dialog the same way, at once: a path, a cancel, or "not available" (a desktop
/// without any native dialog). For tests.
pub struct ScriptedDialogs(pub DialogAnswer);

impl ScriptedDialogs {
    pub fn picking(path: PathBuf) -> ScriptedDialogs {
        ScriptedDialogs(DialogAnswer::Picked(path))
    }

    pub fn cancelling() -> ScriptedDialogs {
        ScriptedDialogs(DialogAnswer::Cancelled)
    }

    pub fn unavailable() -> ScriptedDialogs {
        ScriptedDialogs(DialogAnswer::Unavailable(
            "this desktop has no file-dialog portal and no zenity".to_string(),
        ))
    }
}

impl FileDialogs for ScriptedDialogs {
    fn start(
        &self,
        _kind: DialogKind,
        _folder: PathBuf,
        _file_name: String,
        _ctx: egui::Context,
    ) -> Receiver<DialogAnswer> {
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
