//! The menu bar: every command with its shortcut, from the one command list.

use eframe::egui::{self, RichText, Ui};

use crate::app::JvApp;
use crate::app::shell::commands::{Command, Tab, UiCommand};
use crate::app::views::scenarios;
use crate::core::dealfile;

impl JvApp {
    pub(crate) fn command_button(
        &self,
        ui: &mut Ui,
        c: UiCommand,
        enabled: bool,
        out: &mut Vec<Command>,
    ) {
        let mut b = egui::Button::new(c.label());
        if let Some(s) = c.shortcut() {
            b = b.shortcut_text(ui.ctx().format_shortcut(&s));
        }
        if ui
            .add_enabled(enabled, b)
            .on_hover_text(c.tooltip())
            .clicked()
        {
            out.push(Command::Ui(c));
        }
    }

    pub(crate) fn menu_ui(&self, ui: &mut Ui, out: &mut Vec<Command>) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                self.command_button(ui, UiCommand::New, true, out);
                self.command_button(ui, UiCommand::Open, true, out);
                self.command_button(ui, UiCommand::OpenPathField, true, out);
                ui.menu_button("Open recent", |ui| {
                    if self.prefs.recent.is_empty() {
                        ui.label(RichText::new("No recent files").weak());
                    }
                    for p in &self.prefs.recent {
                        if ui.button(p.display().to_string()).clicked() {
                            out.push(Command::OpenPath(p.clone()));
                        }
                    }
                    if !self.prefs.recent.is_empty() {
                        ui.separator();
                        if ui.button("Clear list").clicked() {
                            out.push(Command::ClearRecent);
                        }
                    }
                });
                ui.menu_button("Presets", |ui| {
                    for (i, name) in dealfile::preset_names().iter().enumerate() {
                        if ui.button(name).clicked() {
                            out.push(Command::OpenPreset(i));
                        }
                    }
                });
                ui.separator();
                self.command_button(ui, UiCommand::ExportAll, true, out);
                self.command_button(ui, UiCommand::ExportWorkbook, true, out);
                ui.menu_button("Export chart", |ui| {
                    for chart in crate::figure::Chart::ALL {
                        if ui.button(chart.title()).clicked() {
                            out.push(Command::ExportChart(chart));
                        }
                    }
                });
                ui.menu_button("Copy chart image", |ui| {
                    for chart in crate::figure::Chart::ALL {
                        if ui.button(chart.title()).clicked() {
                            out.push(Command::CopyChart(chart));
                        }
                    }
                });
                ui.separator();
                self.command_button(ui, UiCommand::Save, true, out);
                self.command_button(ui, UiCommand::SaveAs, true, out);
                self.command_button(ui, UiCommand::SaveBook, true, out);
                if ui
                    .add_enabled(
                        self.scenarios.len() < scenarios::MAX_PINNED,
                        egui::Button::new("Pin as scenario"),
                    )
                    .on_hover_text("Keep a copy of the live deal to compare with")
                    .clicked()
                {
                    out.push(Command::PinScenario);
                }
                self.command_button(ui, UiCommand::Revert, self.doc.is_dirty(), out);
                ui.separator();
                self.command_button(ui, UiCommand::Quit, true, out);
            });
            ui.menu_button("Edit", |ui| {
                self.command_button(ui, UiCommand::Undo, self.can_undo(), out);
                self.command_button(ui, UiCommand::Redo, self.can_redo(), out);
            });
            ui.menu_button("View", |ui| {
                self.command_button(ui, UiCommand::ToggleTheme, true, out);
                self.command_button(ui, UiCommand::Present, true, out);
                ui.separator();
                for tab in Tab::ALL {
                    if ui.button(tab.label()).clicked() {
                        out.push(Command::ShowTab(tab));
                    }
                }
                ui.separator();
                ui.label(RichText::new("Zoom: Ctrl + / Ctrl − / Ctrl 0").weak());
            });
            ui.menu_button("Help", |ui| {
                self.command_button(ui, UiCommand::ModelHelp, true, out);
            });
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui
                    .button("Present")
                    .on_hover_text("Full screen, one chart per slide (F5); Esc leaves")
                    .clicked()
                {
                    out.push(Command::Ui(UiCommand::Present));
                }
                let theme = if self.prefs.dark {
                    "Light theme"
                } else {
                    "Dark theme"
                };
                if ui.button(theme).on_hover_text("Switch the theme").clicked() {
                    out.push(Command::Ui(UiCommand::ToggleTheme));
                }
                let status = if self.doc.is_dirty() {
                    format!("{} — unsaved changes", self.doc.file_name())
                } else {
                    self.doc.file_name()
                };
                ui.label(RichText::new(status).weak());
            });
        });
    }
}
