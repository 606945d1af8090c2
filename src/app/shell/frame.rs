//! One frame: input that is not a widget's (close, dropped files, shortcuts, presentation keys),
//! the views, the commands they return, and the work that follows (analyses, autosave, title).

use std::path::PathBuf;

use eframe::egui::{self, Ui, ViewportCommand};

use crate::app::JvApp;
use crate::app::shell::commands::{Command, Tab, UiCommand};
use crate::app::shell::state::Pending;
use crate::app::views::presentation::Slide;
use crate::app::views::{controls, presentation};
use crate::app::work::analyses;
use crate::figure::Chart;
use crate::figure::dealmap::MapMode;

impl JvApp {
    /// Everything one frame does; `ui` is the whole window.
    pub fn frame(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        if let Some(started) = self.started.take()
            && std::env::var_os("JVSIM_LOG_STARTUP").is_some()
        {
            eprintln!(
                "jvsim: first frame {:.0} ms after start",
                started.elapsed().as_secs_f64() * 1000.0
            );
        }
        if ctx.input(|i| i.viewport().close_requested()) && !self.allow_close {
            if self.doc.is_dirty() {
                ctx.send_viewport_cmd(ViewportCommand::CancelClose);
                self.pending = Some(Pending::Quit);
            } else {
                self.autosave.clear();
            }
        }
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        if let Some(path) = dropped
            .into_iter()
            .find(|p| p.extension().is_some_and(|e| e == "ron"))
        {
            self.queue.push(Command::OpenPath(path));
        }
        for c in UiCommand::from_shortcuts(&ctx) {
            self.queue.push(Command::Ui(c));
        }
        if self.presenting.is_some() {
            // Full screen arrives a frame or more after it is asked for: keep the slide's scale.
            let zoom = ctx.zoom_factor();
            let wanted = presentation::zoom_for(ctx.content_rect().width() * zoom);
            if (wanted - zoom).abs() > 0.01 {
                ctx.set_zoom_factor(wanted);
            }
            let step = presentation::navigation(&ctx);
            if step != 0 {
                self.queue.push(Command::PresentStep(step));
            }
            let typing = ctx.egui_wants_keyboard_input();
            if ctx.input(|i| i.key_pressed(egui::Key::Escape)) {
                self.queue.push(Command::PresentLeave);
            }
            if !typing && ctx.input(|i| i.key_pressed(egui::Key::S) && i.modifiers.is_none()) {
                self.queue.push(Command::PresentToggleSliders);
            }
        }
        self.poll_dialog();
        self.poll_export(&ctx);

        let mut out = std::mem::take(&mut self.queue);
        self.views(ui, &mut out);
        let changed = !out.is_empty();
        for cmd in out {
            self.apply(cmd, &ctx);
        }
        if self.live.update(&self.doc.deal.params) || changed {
            ctx.request_repaint();
        }
        if self.presenting.is_none() {
            self.prefs.zoom = ctx.zoom_factor();
        }
        let dragging = ctx.input(|i| i.pointer.any_down());
        let tab = self.prefs.tab;
        let slide = self.presenting.as_ref().and_then(|p| {
            presentation::slides(self.scenarios.len())
                .get(p.slide)
                .copied()
        });
        let map_tab = tab == Tab::DealMap;
        let map_slide = slide == Some(Slide::Chart(Chart::DealMap));
        let robust_slide = slide == Some(Slide::Chart(Chart::RobustMap));
        let chance_colouring = self.prefs.map_mode == MapMode::Chance;
        let wanted = analyses::Wanted {
            map: map_tab || map_slide,
            goal: map_tab || map_slide || robust_slide,
            monte_carlo: tab == Tab::MonteCarlo || slide == Some(Slide::Chart(Chart::MonteCarlo)),
            robust: (map_tab && chance_colouring) || robust_slide,
            // The key figures, in the window's strip or on their slide, and the robust map's
            // legend.
            chance: self.presenting.is_none()
                || matches!(
                    slide,
                    Some(Slide::KeyFigures | Slide::Comparison | Slide::Chart(Chart::RobustMap))
                ),
            dragging,
        };
        if self.analyses.update(&self.doc.deal.params, wanted, &ctx) {
            ctx.request_repaint();
        }
        let pins = self.scenarios.iter().map(|s| s.deal.params).collect();
        if self.analyses.update_pins(pins, &ctx) {
            ctx.request_repaint();
        }
        // An interaction (drag, typing) is one undo step; it ends when nothing is held.
        let busy = ctx.input(|i| i.pointer.any_down()) || ctx.egui_wants_keyboard_input();
        if !busy {
            self.history.close_step(&self.doc.deal);
        }
        let title = self.doc.window_title();
        if title != self.title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.title = title;
        }
        let now = ctx.input(|i| i.time);
        let unsaved = self
            .doc
            .is_dirty()
            .then_some((&self.doc.deal, self.doc.path.as_deref()));
        if let Some(wait) = self.autosave.tick(now, unsaved) {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(wait));
        }
    }

    fn views(&mut self, ui: &mut Ui, out: &mut Vec<Command>) {
        if self.presenting.is_some() {
            egui::CentralPanel::default().show(ui, |ui| self.presentation_ui(ui, out));
            self.windows_ui(ui.ctx(), out);
            return;
        }
        egui::Panel::top("menu").show(ui, |ui| self.menu_ui(ui, out));
        egui::Panel::bottom("status").show(ui, |ui| self.status_ui(ui, out));
        // Bounded whatever is open: the charts always keep most of the window.
        let max = (ui.available_width() * controls::PANEL_MAX_SHARE).max(controls::PANEL_MIN_WIDTH);
        egui::Panel::left("controls")
            .resizable(true)
            .default_size(310.0)
            .size_range(controls::PANEL_MIN_WIDTH..=max)
            .show(ui, |ui| {
                controls::controls_ui(ui, &self.doc.deal, out);
            });
        egui::CentralPanel::default().show(ui, |ui| {
            self.central_ui(ui, out);
            self.analysis_ui(ui, out);
        });
        self.windows_ui(ui.ctx(), out);
    }
}
