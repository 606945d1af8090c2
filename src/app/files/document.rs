//! The open deal: what is edited, where it lives on disk, and what was last saved.

use std::path::{Path, PathBuf};

use crate::core::dealfile::Deal;

#[derive(Clone, Debug)]
pub struct Document {
    pub deal: Deal,
    /// The file it was opened from or last saved to; `None` for a new deal or a preset.
    pub path: Option<PathBuf>,
    /// The deal as last opened or saved; the document is dirty when `deal` differs.
    saved: Deal,
}

impl Document {
    pub fn new(deal: Deal, path: Option<PathBuf>) -> Document {
        Document {
            saved: deal.clone(),
            deal,
            path,
        }
    }

    pub fn is_dirty(&self) -> bool {
        self.deal != self.saved
    }

    /// Marks the current deal as saved to `path`.
    pub fn mark_saved(&mut self, path: &Path) {
        self.saved = self.deal.clone();
        self.path = Some(path.to_path_buf());
    }

    /// Marks the current deal as having unsaved changes even if it equals the file (a restored
    /// autosave, say).
    pub fn mark_unsaved(&mut self, saved: Deal) {
        self.saved = saved;
    }

    /// Goes back to `saved` (the file as it is now, or the deal as last saved).
    pub fn revert_to(&mut self, saved: Deal) {
        self.deal = saved.clone();
        self.saved = saved;
    }

    pub fn saved_deal(&self) -> &Deal {
        &self.saved
    }

    pub fn file_name(&self) -> String {
        self.path.as_ref().and_then(|p| p.file_name()).map_or_else(
            || "no file yet".to_string(),
            |n| n.to_string_lossy().into_owned(),
        )
    }

    /// "Deal name — file.ron ● — jvsim"; the dot marks unsaved changes.
    pub fn window_title(&self) -> String {
        format!(
            "{} — {}{} — jvsim",
            self.deal.name,
            self.file_name(),
            if self.is_dirty() { " ●" } else { "" }
        )
    }
}
