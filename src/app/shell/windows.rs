//! Windows and modal questions over the main view: help, open by path, unsaved changes,
//! restore after a crash.

use eframe::egui;

use crate::app::JvApp;
use crate::app::files::file_browser;
use crate::app::shell::commands::Command;
use crate::app::views::help;

impl JvApp {
    pub(crate) fn windows_ui(&mut self, ctx: &egui::Context, out: &mut Vec<Command>) {
        if self.show_help {
            if self.help_sections.is_empty() {
                self.help_sections = crate::model_doc::sections();
            }
            let screen = ctx.content_rect();
            let size = egui::vec2(
                (screen.width() - 60.0).min(1060.0),
                (screen.height() - 90.0).min(740.0),
            );
            let mut open = true;
            egui::Window::new("Model")
                .open(&mut open)
                .default_pos(screen.center() - size / 2.0)
                .default_size(size)
                .max_size(screen.size() - egui::vec2(20.0, 40.0))
                .show(ctx, |ui| {
                    // A fixed width: wrapped text must not size the window on its first frame.
                    let width = ui.available_width().min(size.x);
                    help::model_help_ui(ui, width, &self.help_sections, &mut self.help_state)
                });
            self.show_help = open;
        }
        if self.error_details
            && let Some(e) = &self.error
        {
            let mut open = true;
            egui::Window::new("Problem")
                .open(&mut open)
                .default_width(520.0)
                .pivot(egui::Align2::CENTER_CENTER)
                .default_pos(ctx.content_rect().center())
                .collapsible(false)
                .show(ctx, |ui| {
                    ui.add(egui::Label::new(e.as_str()).wrap().selectable(true));
                    if ui.button("Dismiss").clicked() {
                        out.push(Command::DismissError);
                    }
                });
            if !open {
                self.error_details = false;
            }
        }
        if let Some(browser) = &mut self.browser {
            let kind = browser.kind;
            match browser.ui(ctx) {
                Some(file_browser::BrowserAnswer::Picked(path)) => {
                    out.push(Command::FileChosen(kind, path));
                }
                Some(file_browser::BrowserAnswer::Cancelled) => {
                    out.push(Command::FileDialogCancelled);
                }
                None => {}
            }
        }
        if self.pending == Some(crate::app::Pending::Revert) {
            egui::Modal::new(egui::Id::unique("revert")).show(ctx, |ui| {
                ui.set_width(380.0);
                ui.heading("Revert?");
                ui.label(format!(
                    "Discard the changes to “{}” and go back to {}? Undo brings them back.",
                    self.doc.deal.name,
                    match &self.doc.path {
                        Some(p) => format!("the saved file, {}", p.display()),
                        None => "the deal as it was opened".to_string(),
                    }
                ));
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button("Discard changes").clicked() {
                        out.push(Command::PendingDiscard);
                    }
                    if ui.button("Cancel").clicked() {
                        out.push(Command::PendingCancel);
                    }
                });
            });
        } else if self.pending.is_some() {
            egui::Modal::new(egui::Id::unique("unsaved")).show(ctx, |ui| {
                ui.set_width(380.0);
                ui.heading("Unsaved changes");
                ui.label(format!(
                    "“{}” has changes that are not saved. Save them first?",
                    self.doc.deal.name
                ));
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button("Save").clicked() {
                        out.push(Command::PendingSave);
                    }
                    if ui.button("Don't save").clicked() {
                        out.push(Command::PendingDiscard);
                    }
                    if ui.button("Cancel").clicked() {
                        out.push(Command::PendingCancel);
                    }
                });
            });
        } else if let Some(r) = &self.recovered {
            egui::Modal::new(egui::Id::unique("recover")).show(ctx, |ui| {
                ui.set_width(380.0);
                ui.heading("Restore unsaved deal?");
                ui.label(format!(
                    "jvsim closed with unsaved changes to “{}”{}. Restore them?",
                    r.deal.name,
                    r.origin
                        .as_ref()
                        .map(|p| format!(" ({})", p.display()))
                        .unwrap_or_default()
                ));
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button("Restore").clicked() {
                        out.push(Command::RestoreAutosave);
                    }
                    if ui.button("Discard").clicked() {
                        out.push(Command::DiscardAutosave);
                    }
                });
            });
        }
    }
}
