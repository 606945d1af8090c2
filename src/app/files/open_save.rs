//! Opening, saving and exporting: what replaces or writes the document, and the answers of
//! dialogs and export threads.

use std::path::Path;

use eframe::egui::{self, ViewportCommand};

use crate::app::JvApp;
use crate::app::files::dialogs::{self, DialogAnswer, DialogKind};
use crate::app::files::document::Document;
use crate::app::files::{exporting, file_browser};
use crate::app::shell::commands::{Command, Tab};
use crate::app::shell::state::{MAX_RECENT, Pending};
use crate::app::views::scenarios;
use crate::core::dealfile::{self, Deal};

impl JvApp {
    pub(crate) fn open_file(&mut self, path: &Path) {
        match dealfile::load_path(path) {
            Ok(deal) => {
                self.replace_document(Document::new(deal, Some(path.to_path_buf())));
                self.remember(path);
                self.notice = Some(format!("Opened {}", path.display()));
            }
            Err(e) => self.error = Some(format!("Could not open the deal: {e}")),
        }
    }

    pub(crate) fn replace_document(&mut self, doc: Document) {
        self.doc = doc;
        self.history.clear();
        self.autosave.clear();
        self.error = None;
    }

    pub(crate) fn remember(&mut self, path: &Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        self.prefs.recent.retain(|p| *p != path);
        self.prefs.recent.insert(0, path);
        self.prefs.recent.truncate(MAX_RECENT);
    }

    /// The folder and file name a dialog starts from: the deal's own, else saves/ and a name
    /// made from the deal's.
    fn dialog_start(&self) -> (std::path::PathBuf, String) {
        let folder = self
            .doc
            .path
            .as_ref()
            .and_then(|p| p.parent().map(Path::to_path_buf))
            .filter(|p| p.is_dir())
            .unwrap_or_else(|| self.saves_dir.clone());
        let name = self
            .doc
            .path
            .as_ref()
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| dialogs::suggested_file_name(&self.doc.deal.name));
        (folder, name)
    }

    /// Asks for a file or folder: with the system's dialog, or with jvsim's own when the system
    /// has none.
    pub(crate) fn start_dialog(&mut self, kind: DialogKind, ctx: &egui::Context) {
        if let Some(reason) = self.native_missing.clone() {
            self.open_browser(kind, Some(reason));
            return;
        }
        let (folder, name) = self.dialog_start();
        let rx = self.dialogs.start(kind, folder, name, ctx.clone());
        self.dialog = Some((kind, rx));
    }

    /// Shows jvsim's own file dialog; `note` says why the system's is not used.
    pub(crate) fn open_browser(&mut self, kind: DialogKind, note: Option<String>) {
        let (folder, name) = self.dialog_start();
        let places = crate::app::files::folder::places(
            &self.saves_dir,
            self.data_dir.as_deref(),
            &self.prefs.recent,
        );
        self.browser = Some(file_browser::FileBrowser::new(
            kind,
            folder,
            name,
            places,
            self.prefs.recent.clone(),
            note,
        ));
    }

    /// Runs `p` now, or asks first when it would drop unsaved changes.
    pub(crate) fn guard(&mut self, p: Pending, ctx: &egui::Context) {
        if self.doc.is_dirty() {
            self.pending = Some(p);
        } else {
            self.perform(p, ctx);
        }
    }

    pub(crate) fn perform(&mut self, p: Pending, ctx: &egui::Context) {
        match p {
            Pending::New => self.replace_document(Document::new(Deal::default(), None)),
            Pending::OpenDialog => self.start_dialog(DialogKind::Open, ctx),
            Pending::Open(path) => self.open_file(&path),
            Pending::Preset(i) => match dealfile::preset(i) {
                Ok(deal) => self.replace_document(Document::new(deal, None)),
                Err(e) => self.error = Some(e.to_string()),
            },
            Pending::Revert => self.revert(),
            Pending::Quit => {
                self.autosave.clear();
                self.allow_close = true;
                ctx.send_viewport_cmd(ViewportCommand::Close);
            }
        }
    }

    /// Goes back to the file as it is on disk (or the deal as last saved), as one undoable step.
    fn revert(&mut self) {
        let saved = match &self.doc.path {
            Some(path) => match dealfile::load_path(path) {
                Ok(deal) => deal,
                Err(e) => {
                    self.error = Some(format!("Could not revert: {e}"));
                    return;
                }
            },
            None => self.doc.saved_deal().clone(),
        };
        self.history.before_edit(&self.doc.deal);
        self.doc.revert_to(saved);
        self.history.close_step(&self.doc.deal);
        self.autosave.clear();
        self.notice = Some("Reverted to the saved deal; Undo brings the changes back".into());
    }

    pub(crate) fn save_to(&mut self, path: &Path, ctx: &egui::Context) {
        let path = if path.extension().is_none() {
            path.with_extension("ron")
        } else {
            path.to_path_buf()
        };
        match dealfile::save_path(&self.doc.deal, &path) {
            Ok(()) => {
                self.doc.mark_saved(&path);
                self.remember(&path);
                self.autosave.clear();
                self.error = None;
                self.notice = Some(format!("Saved {}", path.display()));
                if let Some(next) = self.after_save.take() {
                    self.perform(next, ctx);
                }
            }
            Err(e) => {
                self.after_save = None;
                self.error = Some(format!("Could not save to {}: {e}", path.display()));
            }
        }
    }

    pub(crate) fn poll_dialog(&mut self) {
        let Some((kind, rx)) = &self.dialog else {
            return;
        };
        let Ok(answer) = rx.try_recv() else {
            return;
        };
        let kind = *kind;
        self.dialog = None;
        match answer {
            DialogAnswer::Picked(path) => self.queue.push(Command::FileChosen(kind, path)),
            DialogAnswer::Cancelled => self.queue.push(Command::FileDialogCancelled),
            // Never nothing: jvsim's own dialog takes over, saying why.
            DialogAnswer::Unavailable(reason) => {
                self.native_missing = Some(reason.clone());
                self.open_browser(kind, Some(reason));
            }
        }
    }

    /// Pins deals beside the live one, up to the limit, each under a name no other deal on
    /// screen has; refuses a deal already pinned (same terms and partners) and says what it did.
    pub(crate) fn pin_all(&mut self, deals: Vec<Deal>) {
        let (mut pinned, mut already, mut full) = (Vec::new(), Vec::new(), 0);
        for mut deal in deals {
            if let Some(s) = self.scenarios.iter().find(|s| {
                s.deal.params == deal.params
                    && s.deal.host == deal.host
                    && s.deal.entrant == deal.entrant
            }) {
                already.push(s.deal.name.clone());
                continue;
            }
            if self.scenarios.len() >= scenarios::MAX_PINNED {
                full += 1;
                continue;
            }
            deal.name = self.unique_pin_name(&deal);
            pinned.push(deal.name.clone());
            self.scenarios.push(scenarios::Scenario::new(deal));
        }
        self.prefs.tab = Tab::Compare;
        let mut parts = Vec::new();
        match pinned.as_slice() {
            [] => {}
            [one] => parts.push(format!("Pinned “{one}”")),
            many => parts.push(format!("Pinned {} deals", many.len())),
        }
        if !already.is_empty() {
            parts.push(format!(
                "already pinned as “{}”: change a term first",
                already.join("”, “")
            ));
        }
        if full > 0 {
            parts.push(format!(
                "{full} not pinned: at most {} fit beside the live one",
                scenarios::MAX_PINNED
            ));
        }
        parts.push(format!(
            "{} of {} pinned",
            self.scenarios.len(),
            scenarios::MAX_PINNED
        ));
        self.notice = Some(parts.join("; "));
    }

    /// The deal's own name if no other shown deal has it; else what sets its terms apart, e.g.
    /// "stake 75 %, shared 30 %"; else that with a number.
    fn unique_pin_name(&self, deal: &Deal) -> String {
        let taken = |name: &str| {
            name == self.doc.deal.name || self.scenarios.iter().any(|s| s.deal.name == name)
        };
        let own = deal.name.trim();
        if !own.is_empty() && !taken(own) {
            return own.to_string();
        }
        let label = crate::core::compare::scenario_label(
            &deal.params,
            &crate::core::params::Params::default(),
            3,
        );
        if !taken(&label) {
            return label;
        }
        (2..)
            .map(|n| format!("{label} ({n})"))
            .find(|name| !taken(name))
            .unwrap_or(label)
    }

    pub(crate) fn poll_export(&mut self, ctx: &egui::Context) {
        let Some(rx) = &self.export_running else {
            return;
        };
        let Ok(outcome) = rx.try_recv() else {
            return;
        };
        self.export_running = None;
        match outcome {
            exporting::Outcome::Written(files) if files.len() == 1 => {
                self.notice = Some(format!("Exported {}", files[0].display()));
            }
            exporting::Outcome::Written(files) => {
                let dir = files
                    .first()
                    .and_then(|f| f.parent())
                    .map(|d| d.display().to_string())
                    .unwrap_or_default();
                self.notice = Some(format!("Exported {} files to {dir}", files.len()));
            }
            exporting::Outcome::Copied(image) => {
                ctx.copy_image(image);
                self.notice = Some("Chart image copied to the clipboard".into());
            }
            exporting::Outcome::Failed(e) => self.error = Some(format!("Export failed: {e}")),
        }
        ctx.request_repaint();
    }
}
