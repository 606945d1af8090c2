//! jvsim's own file dialog, inside the window: for "Open by path", and for every file command
//! when the system's dialog cannot be shown. Places to jump to, the folder's deals (read when the
//! folder changes, never per frame), a path or name field, and a question before overwriting.

use std::path::{Path, PathBuf};

use eframe::egui::{self, RichText, Ui};

use crate::app::files::dialogs::DialogKind;
use crate::app::files::folder::{Listing, absolute};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BrowserAnswer {
    Picked(PathBuf),
    Cancelled,
}

/// The dialog's state while it is open.
#[derive(Clone, Debug)]
pub struct FileBrowser {
    pub kind: DialogKind,
    /// Why this dialog is shown instead of the system's, if that is the reason.
    pub note: Option<String>,
    folder: PathBuf,
    folder_text: String,
    /// Open: a path (absolute, or relative to the folder); save: a file name.
    name: String,
    listing: Listing,
    places: Vec<(String, PathBuf)>,
    recent: Vec<PathBuf>,
    confirm_overwrite: Option<PathBuf>,
    problem: Option<String>,
    focus_field: bool,
}

impl FileBrowser {
    pub fn new(
        kind: DialogKind,
        folder: PathBuf,
        file_name: String,
        places: Vec<(String, PathBuf)>,
        recent: Vec<PathBuf>,
        note: Option<String>,
    ) -> FileBrowser {
        let folder = absolute(&folder);
        let name = match kind {
            DialogKind::Open => format!("{}/", folder.display()),
            DialogKind::SaveAs => file_name,
            DialogKind::SaveBook => "deal-book.ron".to_string(),
            DialogKind::Folder => String::new(),
        };
        FileBrowser {
            kind,
            note,
            folder_text: folder.display().to_string(),
            listing: Listing::read(&folder, kind),
            folder,
            name,
            places,
            recent: recent.into_iter().filter(|p| p.is_file()).collect(),
            confirm_overwrite: None,
            problem: None,
            focus_field: true,
        }
    }

    fn go_to(&mut self, folder: PathBuf) {
        let folder = absolute(&folder);
        self.listing = Listing::read(&folder, self.kind);
        self.folder_text = folder.display().to_string();
        if self.kind == DialogKind::Open {
            self.name = format!("{}/", folder.display());
        }
        self.folder = folder;
        self.problem = None;
        self.confirm_overwrite = None;
    }

    /// The file the fields name, resolved against the shown folder.
    fn target(&self) -> PathBuf {
        let typed = PathBuf::from(self.name.trim());
        let path = if typed.is_absolute() {
            typed
        } else {
            self.folder.join(typed)
        };
        match self.kind {
            DialogKind::SaveAs | DialogKind::SaveBook if path.extension().is_none() => {
                path.with_extension("ron")
            }
            _ => path,
        }
    }

    /// What pressing the main button does: an answer, or a reason it cannot.
    fn accept(&mut self) -> Option<BrowserAnswer> {
        match self.kind {
            DialogKind::Folder => {
                let folder = PathBuf::from(self.folder_text.trim());
                if folder.exists() && !folder.is_dir() {
                    self.problem = Some(format!("{} is a file, not a folder", folder.display()));
                    return None;
                }
                Some(BrowserAnswer::Picked(absolute(&folder)))
            }
            DialogKind::Open => {
                let path = self.target();
                if path.is_dir() {
                    self.go_to(path);
                    return None;
                }
                if !path.is_file() {
                    self.problem = Some(format!("There is no file {}", path.display()));
                    return None;
                }
                Some(BrowserAnswer::Picked(path))
            }
            DialogKind::SaveAs | DialogKind::SaveBook => {
                if self.name.trim().is_empty() {
                    self.problem = Some("Type a file name".into());
                    return None;
                }
                let path = self.target();
                if path.is_dir() {
                    self.go_to(path);
                    return None;
                }
                if path.exists() && self.confirm_overwrite.as_ref() != Some(&path) {
                    self.confirm_overwrite = Some(path);
                    return None;
                }
                Some(BrowserAnswer::Picked(path))
            }
        }
    }

    fn button_label(&self) -> &'static str {
        match self.kind {
            DialogKind::Open => "Open",
            DialogKind::SaveAs | DialogKind::SaveBook => "Save",
            DialogKind::Folder => "Export here",
        }
    }

    /// Draws the dialog; returns the answer once there is one.
    pub fn ui(&mut self, ctx: &egui::Context) -> Option<BrowserAnswer> {
        let mut answer = None;
        let modal = egui::Modal::new(egui::Id::unique("file_browser")).show(ctx, |ui| {
            let width = (ctx.content_rect().width() - 80.0).clamp(320.0, 720.0);
            ui.set_width(width);
            ui.heading(self.kind.title());
            if let Some(note) = &self.note {
                ui.add(
                    egui::Label::new(
                        RichText::new(format!(
                            "The system's file dialog is not available here ({note}): this is \
                             jvsim's own."
                        ))
                        .color(ui.visuals().warn_fg_color),
                    )
                    .wrap(),
                );
            }
            ui.add_space(4.0);
            self.places_ui(ui);
            ui.add_space(4.0);
            self.folder_ui(ui);
            let list_height = (ctx.content_rect().height() * 0.4).clamp(90.0, 320.0);
            if let Some(a) = self.listing_ui(ui, list_height) {
                answer = Some(a);
            }
            ui.separator();
            if let Some(a) = self.fields_ui(ui) {
                answer = Some(a);
            }
        });
        if modal.should_close() && answer.is_none() {
            answer = Some(BrowserAnswer::Cancelled);
        }
        answer
    }

    fn places_ui(&mut self, ui: &mut Ui) {
        let mut go = None;
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new("Places").strong());
            for (label, path) in &self.places {
                if ui
                    .selectable_label(*path == self.folder, label)
                    .on_hover_text(path.display().to_string())
                    .clicked()
                {
                    go = Some(path.clone());
                }
            }
        });
        if self.kind == DialogKind::Open && !self.recent.is_empty() {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new("Recent").strong());
                for r in &self.recent {
                    let name = r
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    if ui
                        .link(name)
                        .on_hover_text(r.display().to_string())
                        .clicked()
                    {
                        self.name = r.display().to_string();
                    }
                }
            });
        }
        if let Some(p) = go {
            self.go_to(p);
        }
    }

    fn folder_ui(&mut self, ui: &mut Ui) {
        let mut go = None;
        ui.horizontal(|ui| {
            let l = ui.label("Folder");
            let up = self.folder.parent().map(Path::to_path_buf);
            if ui
                .add_enabled(up.is_some(), egui::Button::new("Up"))
                .on_hover_text("The folder above")
                .clicked()
            {
                go = up;
            }
            let r = ui
                .add(egui::TextEdit::singleline(&mut self.folder_text).desired_width(f32::INFINITY))
                .labelled_by(l.id);
            if r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                let typed = PathBuf::from(self.folder_text.trim());
                if typed.is_dir() {
                    go = Some(typed);
                } else if self.kind != DialogKind::Folder {
                    self.problem = Some(format!("There is no folder {}", typed.display()));
                }
            }
        });
        if let Some(p) = go {
            self.go_to(p);
        }
    }

    fn listing_ui(&mut self, ui: &mut Ui, height: f32) -> Option<BrowserAnswer> {
        let mut go = None;
        let mut answer = None;
        // (name for the field, whether to accept it at once: a double click)
        let mut chosen: Option<(String, bool)> = None;
        egui::Frame::group(ui.style()).show(ui, |ui| {
            egui::ScrollArea::vertical()
                .max_height(height)
                .min_scrolled_height(height)
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    if let Some(e) = &self.listing.error {
                        ui.label(RichText::new(e).color(ui.visuals().error_fg_color));
                    } else if self.listing.entries.is_empty() {
                        ui.label(
                            RichText::new(match self.kind {
                                DialogKind::Folder => "No folders here",
                                _ => "No deal files (.ron) or folders here",
                            })
                            .weak(),
                        );
                    }
                    for e in &self.listing.entries {
                        let text = if e.is_dir {
                            RichText::new(format!("{}/", e.name)).strong()
                        } else {
                            RichText::new(&e.name)
                        };
                        let selected = !e.is_dir && self.target() == e.path;
                        let r = ui.selectable_label(selected, text);
                        if e.is_dir && r.clicked() {
                            go = Some(e.path.clone());
                        } else if !e.is_dir && r.double_clicked() {
                            chosen = Some((e.path.display().to_string(), true));
                        } else if !e.is_dir && r.clicked() {
                            let name = match self.kind {
                                DialogKind::Open => e.path.display().to_string(),
                                _ => e.name.clone(),
                            };
                            chosen = Some((name, false));
                        }
                    }
                    if self.listing.more > 0 {
                        ui.label(RichText::new(format!("… and {} more", self.listing.more)).weak());
                    }
                });
        });
        if let Some(p) = go {
            self.go_to(p);
        }
        if let Some((name, now)) = chosen {
            self.name = name;
            self.confirm_overwrite = None;
            if now {
                answer = self.accept();
            }
        }
        answer
    }

    fn fields_ui(&mut self, ui: &mut Ui) -> Option<BrowserAnswer> {
        let mut answer = None;
        let mut accept = false;
        if self.kind != DialogKind::Folder {
            ui.horizontal(|ui| {
                let l = ui.label(if self.kind == DialogKind::Open {
                    "Path"
                } else {
                    "File name"
                });
                let r = ui
                    .add(egui::TextEdit::singleline(&mut self.name).desired_width(f32::INFINITY))
                    .labelled_by(l.id);
                if std::mem::take(&mut self.focus_field) {
                    r.request_focus();
                }
                if r.changed() {
                    self.confirm_overwrite = None;
                    self.problem = None;
                }
                if r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                    accept = true;
                }
            });
        } else {
            ui.label(format!(
                "Charts and data go into {}",
                self.folder_text.trim()
            ));
        }
        if let Some(p) = &self.problem {
            ui.label(RichText::new(p).color(ui.visuals().error_fg_color));
        }
        if let Some(p) = &self.confirm_overwrite {
            ui.label(
                RichText::new(format!("{} exists. Replace it?", p.display()))
                    .color(ui.visuals().warn_fg_color),
            );
        }
        ui.horizontal(|ui| {
            let label = if self.confirm_overwrite.is_some() {
                "Replace"
            } else {
                self.button_label()
            };
            if ui.button(label).clicked() {
                accept = true;
            }
            if ui.button("Cancel").clicked() {
                answer = Some(BrowserAnswer::Cancelled);
            }
        });
        if accept && answer.is_none() {
            answer = self.accept();
        }
        answer
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_folders_then_deals_and_asks_before_overwriting() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        std::fs::write(dir.path().join("b.ron"), "x").unwrap();
        std::fs::write(dir.path().join("a.ron"), "x").unwrap();
        std::fs::write(dir.path().join("notes.txt"), "x").unwrap();
        let mut b = FileBrowser::new(
            DialogKind::SaveAs,
            dir.path().to_path_buf(),
            "a".into(),
            vec![],
            vec![],
            None,
        );
        let names: Vec<&str> = b.listing.entries.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["sub", "a.ron", "b.ron"]);
        // "a" means a.ron, which exists: the first press asks, the second saves.
        assert_eq!(b.accept(), None);
        assert_eq!(b.confirm_overwrite, Some(dir.path().join("a.ron")));
        assert_eq!(
            b.accept(),
            Some(BrowserAnswer::Picked(dir.path().join("a.ron")))
        );
        // A folder lists folders only.
        let f = FileBrowser::new(
            DialogKind::Folder,
            dir.path().to_path_buf(),
            String::new(),
            vec![],
            vec![],
            None,
        );
        assert_eq!(f.listing.entries.len(), 1);
    }

    #[test]
    fn open_goes_into_folders_and_names_missing_files() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        let mut b = FileBrowser::new(
            DialogKind::Open,
            dir.path().to_path_buf(),
            String::new(),
            vec![],
            vec![],
            None,
        );
        b.name = "sub".into();
        assert_eq!(b.accept(), None);
        assert_eq!(b.folder, dir.path().join("sub"));
        b.name = "nope.ron".into();
        assert_eq!(b.accept(), None);
        assert!(b.problem.as_deref().unwrap().contains("There is no file"));
    }
}
