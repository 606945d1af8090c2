//! Everything the user can ask for. Views return `Command`s; `JvApp::apply` carries them out in
//! one place each frame. Menu items, buttons and keyboard shortcuts share `UiCommand`.

use std::path::PathBuf;

use eframe::egui::{self, Key as EKey, KeyboardShortcut, Modifiers};

use crate::core::params::Key;

/// Named commands with a menu entry and, for some, a shortcut.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UiCommand {
    New,
    Open,
    OpenPathField,
    Save,
    SaveAs,
    Revert,
    Undo,
    Redo,
    ToggleTheme,
    ModelHelp,
    Present,
    ExportAll,
    ExportWorkbook,
    SaveBook,
    Quit,
}

impl UiCommand {
    pub const ALL: [UiCommand; 15] = [
        UiCommand::New,
        UiCommand::Open,
        UiCommand::OpenPathField,
        UiCommand::Save,
        UiCommand::SaveAs,
        UiCommand::Revert,
        UiCommand::Undo,
        UiCommand::Redo,
        UiCommand::ToggleTheme,
        UiCommand::ModelHelp,
        UiCommand::Present,
        UiCommand::ExportAll,
        UiCommand::ExportWorkbook,
        UiCommand::SaveBook,
        UiCommand::Quit,
    ];

    pub fn label(self) -> &'static str {
        match self {
            UiCommand::New => "New",
            UiCommand::Open => "Open…",
            UiCommand::OpenPathField => "Open by path…",
            UiCommand::Save => "Save",
            UiCommand::SaveAs => "Save As…",
            UiCommand::Revert => "Revert",
            UiCommand::Undo => "Undo",
            UiCommand::Redo => "Redo",
            UiCommand::ToggleTheme => "Light / dark theme",
            UiCommand::ModelHelp => "Model",
            UiCommand::Present => "Present",
            UiCommand::ExportAll => "Export all charts…",
            UiCommand::ExportWorkbook => "Export Excel workbook…",
            UiCommand::SaveBook => "Save deal book…",
            UiCommand::Quit => "Quit",
        }
    }

    pub fn tooltip(self) -> &'static str {
        match self {
            UiCommand::New => "Start from the built-in default deal",
            UiCommand::Open => "Open a deal file with the system's file dialog",
            UiCommand::OpenPathField => {
                "Type a path, or pick a deal from saves/, the data folder or a recent folder"
            }
            UiCommand::Save => "Save the deal to its file",
            UiCommand::SaveAs => "Save the deal to a new file",
            UiCommand::Revert => "Go back to the deal as last opened or saved",
            UiCommand::Undo => "Undo the last change",
            UiCommand::Redo => "Redo the change just undone",
            UiCommand::ToggleTheme => "Switch between the light and the dark theme",
            UiCommand::ModelHelp => "The model's equations and every parameter with its source",
            UiCommand::Present => "Full screen, one chart per slide, large type; Esc leaves",
            UiCommand::ExportAll => {
                "Every chart as PNG and SVG, the yearly data as CSV, a one-page HTML summary and \
                 an Excel workbook"
            }
            UiCommand::ExportWorkbook => {
                "One .xlsx file: key figures, yearly figures, the deal map, the tornado, the \
                 Monte Carlo bands and the parameters"
            }
            UiCommand::SaveBook => "Save the live deal and the pinned scenarios in one file",
            UiCommand::Quit => "Close jvsim",
        }
    }

    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        let cmd = Modifiers::COMMAND;
        let cmd_shift = Modifiers::COMMAND | Modifiers::SHIFT;
        Some(match self {
            UiCommand::New => KeyboardShortcut::new(cmd, EKey::N),
            UiCommand::Open => KeyboardShortcut::new(cmd, EKey::O),
            UiCommand::OpenPathField => KeyboardShortcut::new(cmd_shift, EKey::O),
            UiCommand::Save => KeyboardShortcut::new(cmd, EKey::S),
            UiCommand::SaveAs => KeyboardShortcut::new(cmd_shift, EKey::S),
            UiCommand::Undo => KeyboardShortcut::new(cmd, EKey::Z),
            UiCommand::Redo => KeyboardShortcut::new(cmd_shift, EKey::Z),
            UiCommand::ModelHelp => KeyboardShortcut::new(Modifiers::NONE, EKey::F1),
            UiCommand::Present => KeyboardShortcut::new(Modifiers::NONE, EKey::F5),
            UiCommand::ExportAll => KeyboardShortcut::new(cmd, EKey::E),
            UiCommand::Quit => KeyboardShortcut::new(cmd, EKey::Q),
            UiCommand::Revert
            | UiCommand::ToggleTheme
            | UiCommand::SaveBook
            | UiCommand::ExportWorkbook => return None,
        })
    }

    /// Commands a focused text field handles itself (it keeps its own undo).
    fn yields_to_text_fields(self) -> bool {
        matches!(self, UiCommand::Undo | UiCommand::Redo)
    }

    /// Reads this frame's key presses. Shortcuts with more modifiers are tried first, because
    /// `consume_shortcut` also matches Ctrl+Shift+S as Ctrl+S.
    pub fn from_shortcuts(ctx: &egui::Context) -> Vec<UiCommand> {
        let typing = ctx.egui_wants_keyboard_input();
        let mut with_keys: Vec<(UiCommand, KeyboardShortcut)> = UiCommand::ALL
            .iter()
            .filter_map(|&c| c.shortcut().map(|s| (c, s)))
            .collect();
        with_keys.sort_by_key(|(_, s)| std::cmp::Reverse(modifier_count(s.modifiers)));
        let mut found = Vec::new();
        ctx.input_mut(|i| {
            for (c, s) in with_keys {
                if typing && c.yields_to_text_fields() {
                    continue;
                }
                if i.consume_shortcut(&s) {
                    found.push(c);
                }
            }
        });
        found
    }
}

fn modifier_count(m: Modifiers) -> u8 {
    u8::from(m.shift) + u8::from(m.alt) + u8::from(m.command || m.ctrl || m.mac_cmd)
}

/// Text fields of the deal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextField {
    Name,
    Host,
    Entrant,
    Notes,
}

/// The central area's tabs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum Tab {
    #[default]
    Charts,
    /// The host country's national account.
    Nation,
    DealMap,
    Sensitivity,
    MonteCarlo,
    Compare,
    Table,
}

impl Tab {
    pub const ALL: [Tab; 7] = [
        Tab::Charts,
        Tab::Nation,
        Tab::DealMap,
        Tab::Sensitivity,
        Tab::MonteCarlo,
        Tab::Compare,
        Tab::Table,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Tab::Charts => "Charts",
            Tab::Nation => "National account",
            Tab::DealMap => "Deal map",
            Tab::Sensitivity => "Sensitivity",
            Tab::MonteCarlo => "Monte Carlo",
            Tab::Compare => "Compare",
            Tab::Table => "Yearly table",
        }
    }
}

/// Everything views can ask the app to do.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    Ui(UiCommand),
    /// Set a parameter, in file units.
    SetParam(Key, f64),
    ResetParam(Key),
    SetText(TextField, String),
    /// Open a file (from the dialog, the path field, a drop or the recent list).
    OpenPath(PathBuf),
    OpenPreset(usize),
    /// Save to a file chosen with the dialog or typed.
    SaveTo(PathBuf),
    /// Answer to "save changes?": save, then go on with what was asked.
    PendingSave,
    PendingDiscard,
    PendingCancel,
    RestoreAutosave,
    DiscardAutosave,
    DismissError,
    /// Show the last error's whole text.
    ShowErrorDetails,
    CopyTable,
    ShowTab(Tab),
    PinScenario,
    UnpinScenario(usize),
    RenameScenario(usize, String),
    SaveBookTo(PathBuf),
    /// Export into a folder: all charts, or one (chosen before the folder dialog).
    ExportTo(PathBuf),
    ExportChart(crate::figure::Chart),
    CopyChart(crate::figure::Chart),
    /// Move this many slides (presentation mode).
    PresentStep(i32),
    PresentToggleSliders,
    PresentLeave,
    SetMapMode(crate::figure::dealmap::MapMode),
    ClearRecent,
    /// A file dialog (the system's or jvsim's own) answered.
    FileChosen(crate::app::files::dialogs::DialogKind, PathBuf),
    FileDialogCancelled,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_commands_share_a_shortcut() {
        let mut seen = std::collections::HashMap::new();
        for c in UiCommand::ALL {
            if let Some(s) = c.shortcut()
                && let Some(other) = seen.insert(s, c)
            {
                panic!("{c:?} and {other:?} share a shortcut");
            }
        }
        assert!(seen.len() >= 8);
    }
}
