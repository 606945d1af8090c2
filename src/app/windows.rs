//! Windows and modal questions over the main view: help, open by path, unsaved changes,
//! restore after a crash.

use eframe::egui;

use super::commands::Command;
use super::{JvApp, file_browser, help};

impl JvApp {
    pub(super) fn windows_ui(&mut self, ctx: &egui::Context, out: &mut Vec<Command>) {
        if self.show_help {
            let mut open = true;
            egui::Window::new("Model")
                .open(&mut open)
                .default_size([720.0, 520.0])
                .show(ctx, help::model_help_ui);
            self.show_help = open;
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
        if self.pending == Some(super::Pending::Revert) {
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
