//! Carrying out commands: the one place that changes the document, the scenarios and what is
//! shown. Menus, buttons, shortcuts and views all arrive here as `Command`s.

use eframe::egui::{self, ViewportCommand};

use crate::app::JvApp;
use crate::app::files::dialogs::DialogKind;
use crate::app::files::document::Document;
use crate::app::files::exporting;
use crate::app::shell::commands::{Command, TextField, UiCommand};
use crate::app::shell::state::Pending;
use crate::app::views::presentation;
use crate::core::dealfile::{self, Deal};

impl JvApp {
    /// Carries out one command. The only place that changes the document.
    pub fn apply(&mut self, cmd: Command, ctx: &egui::Context) {
        match cmd {
            Command::Ui(u) => self.apply_ui(u, ctx),
            Command::SetParam(k, v) => self.edit(|d| d.params.set(k, v)),
            Command::ResetParam(k) => {
                self.edit(|d| d.params.set(k, k.spec().default));
                self.history.close_step(&self.doc.deal);
            }
            Command::SetText(field, text) => self.edit(|d| match field {
                TextField::Name => d.name = text,
                TextField::Host => d.host = text,
                TextField::Entrant => d.entrant = text,
                TextField::Notes => d.notes = text,
            }),
            Command::OpenPath(path) => {
                // A deal book pins its deals beside the live one; a deal replaces the live one.
                let text = dealfile::read_text(&path);
                if let Ok(text) = &text
                    && crate::core::book::is_book(text)
                {
                    match crate::core::book::parse_book(text, &path.display().to_string()) {
                        Ok(book) => {
                            self.pin_all(book.deals);
                            self.remember(&path);
                        }
                        Err(e) => self.error = Some(format!("Could not open the deal book: {e}")),
                    }
                    return;
                }
                // A file that cannot be opened needs no "save changes?" question first.
                match text.and_then(|t| dealfile::parse_str(&t, &path.display().to_string())) {
                    Ok(_) => self.guard(Pending::Open(path), ctx),
                    Err(e) => self.error = Some(format!("Could not open the deal: {e}")),
                }
            }
            Command::PinScenario => {
                let deal = self.doc.deal.clone();
                self.pin_all(vec![deal]);
            }
            Command::RenameScenario(i, name) => {
                if let Some(s) = self.scenarios.get_mut(i) {
                    s.deal.name = name;
                }
            }
            Command::UnpinScenario(i) => {
                if i < self.scenarios.len() {
                    self.scenarios.remove(i);
                }
            }
            Command::SaveBookTo(path) => {
                let mut deals = vec![self.doc.deal.clone()];
                deals.extend(self.scenarios.iter().map(|s| s.deal.clone()));
                let book = crate::core::book::DealBook { deals };
                match crate::core::book::save_book(&book, &path) {
                    Ok(()) => {
                        self.remember(&path);
                        self.notice = Some(format!(
                            "Saved {} deals to {}",
                            book.deals.len(),
                            path.display()
                        ));
                    }
                    Err(e) => {
                        self.error = Some(format!("Could not save to {}: {e}", path.display()))
                    }
                }
            }
            Command::OpenPreset(i) => self.guard(Pending::Preset(i), ctx),
            Command::SaveTo(path) => self.save_to(&path, ctx),
            Command::PendingSave => {
                self.after_save = self.pending.take();
                self.apply_ui(UiCommand::Save, ctx);
            }
            Command::PendingDiscard => {
                if let Some(p) = self.pending.take() {
                    self.perform(p, ctx);
                }
            }
            Command::PendingCancel => self.pending = None,
            Command::RestoreAutosave => {
                if let Some(r) = self.recovered.take() {
                    let saved = r
                        .origin
                        .as_deref()
                        .and_then(|p| dealfile::load_path(p).ok());
                    let mut doc = Document::new(r.deal, r.origin);
                    // Unsaved by definition: compare against the file as it is on disk.
                    doc.mark_unsaved(saved.unwrap_or_else(|| Deal {
                        name: String::new(),
                        ..Deal::default()
                    }));
                    self.doc = doc;
                    self.history.clear();
                }
            }
            Command::DiscardAutosave => {
                self.recovered = None;
                self.autosave.clear();
            }
            Command::DismissError => {
                self.error = None;
                self.error_details = false;
            }
            Command::ShowErrorDetails => self.error_details = true,
            Command::CopyTable => {
                ctx.copy_text(crate::report::yearly::tsv(
                    &self.live.outcome,
                    &self.doc.deal.host,
                    &self.doc.deal.entrant,
                ));
                self.notice = Some("Table copied as tab-separated text".into());
            }
            Command::ShowTab(t) => self.prefs.tab = t,
            Command::SetMapMode(m) => self.prefs.map_mode = m,
            Command::ExportChart(chart) => {
                self.export_wanted = Some(exporting::Job::One(chart));
                self.start_dialog(DialogKind::Folder, ctx);
            }
            Command::ExportTo(dir) => {
                let job = self.export_wanted.take().unwrap_or(exporting::Job::All);
                self.notice = Some(format!("Exporting to {}…", dir.display()));
                self.export_running = Some(exporting::start(
                    job,
                    self.doc.deal.clone(),
                    Some(dir),
                    ctx,
                    self.synchronous,
                ));
            }
            Command::CopyChart(chart) => {
                self.notice = Some(format!("Rendering {}…", chart.title()));
                self.export_running = Some(exporting::start(
                    exporting::Job::Copy(chart),
                    self.doc.deal.clone(),
                    None,
                    ctx,
                    self.synchronous,
                ));
            }
            Command::PresentStep(step) => {
                let n = presentation::slides(self.scenarios.len()).len() as i32;
                if let Some(p) = &mut self.presenting {
                    p.slide = (p.slide as i32 + step).clamp(0, n - 1) as usize;
                }
            }
            Command::PresentToggleSliders => {
                if let Some(p) = &mut self.presenting {
                    p.show_sliders = !p.show_sliders;
                }
            }
            Command::PresentLeave => {
                if let Some(p) = self.presenting.take() {
                    ctx.set_zoom_factor(p.zoom_before);
                    ctx.all_styles_mut(|s| s.interaction.tooltip_delay = p.tooltip_delay_before);
                    ctx.send_viewport_cmd(ViewportCommand::Fullscreen(false));
                    self.apply_theme(ctx);
                }
            }
            Command::ClearRecent => self.prefs.recent.clear(),
            Command::FileChosen(kind, path) => {
                self.browser = None;
                let next = match kind {
                    DialogKind::Open => Command::OpenPath(path),
                    DialogKind::SaveAs => Command::SaveTo(path),
                    DialogKind::Folder => Command::ExportTo(path),
                    DialogKind::SaveBook => Command::SaveBookTo(path),
                };
                self.apply(next, ctx);
            }
            Command::FileDialogCancelled => {
                self.browser = None;
                // A pending "save, then …" and a chosen export are dropped too.
                self.after_save = None;
                self.export_wanted = None;
            }
        }
    }

    fn apply_ui(&mut self, u: UiCommand, ctx: &egui::Context) {
        match u {
            UiCommand::New => self.guard(Pending::New, ctx),
            UiCommand::Open => self.guard(Pending::OpenDialog, ctx),
            UiCommand::OpenPathField => self.open_browser(DialogKind::Open, None),
            UiCommand::Save => match self.doc.path.clone() {
                Some(path) => self.save_to(&path, ctx),
                None => self.start_dialog(DialogKind::SaveAs, ctx),
            },
            UiCommand::SaveAs => self.start_dialog(DialogKind::SaveAs, ctx),
            UiCommand::Revert => {
                if self.doc.is_dirty() {
                    self.pending = Some(Pending::Revert);
                }
            }
            UiCommand::Undo => {
                if let Some(d) = self.history.undo(&self.doc.deal) {
                    self.doc.deal = d;
                }
            }
            UiCommand::Redo => {
                if let Some(d) = self.history.redo(&self.doc.deal) {
                    self.doc.deal = d;
                }
            }
            UiCommand::ToggleTheme => {
                self.prefs.dark = !self.prefs.dark;
                self.apply_theme(ctx);
            }
            UiCommand::ModelHelp => self.show_help = !self.show_help,
            UiCommand::Present => {
                if self.presenting.is_none() {
                    self.presenting = Some(presentation::Presentation {
                        slide: 0,
                        show_sliders: false,
                        zoom_before: ctx.zoom_factor(),
                        tooltip_delay_before: ctx.global_style().interaction.tooltip_delay,
                    });
                    // A light theme reads on a projector; the preference itself is kept. A
                    // resting mouse must not leave a tooltip on a slide.
                    ctx.set_theme(egui::ThemePreference::Light);
                    ctx.all_styles_mut(|s| s.interaction.tooltip_delay = f32::INFINITY);
                    let width = ctx.content_rect().width() * ctx.zoom_factor();
                    ctx.set_zoom_factor(presentation::zoom_for(width));
                    ctx.send_viewport_cmd(ViewportCommand::Fullscreen(true));
                }
            }
            UiCommand::SaveBook => self.start_dialog(DialogKind::SaveBook, ctx),
            UiCommand::ExportAll => {
                self.export_wanted = Some(exporting::Job::All);
                self.start_dialog(DialogKind::Folder, ctx);
            }
            UiCommand::ExportWorkbook => {
                self.export_wanted = Some(exporting::Job::Workbook);
                self.start_dialog(DialogKind::Folder, ctx);
            }
            UiCommand::Quit => self.guard(Pending::Quit, ctx),
        }
    }
}
