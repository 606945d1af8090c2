//! The three live charts: yearly profit, cumulative profit and technology, painted from their
//! figures (src/figure), with pinned scenarios drawn over the live deal.

use eframe::egui::{self, RichText, Ui};

use super::legend::legend_ui;
use super::plot::{paint, time_plot};
use crate::app::shell::style::Palette;
use crate::core::dealfile::Deal;
use crate::core::model::Outcome;
use crate::figure::{Figure, Pin, profit, technology};

/// Draws the three charts in the space given, under one legend: profit and cumulative profit
/// side by side, technology below.
pub fn charts_ui(ui: &mut Ui, deal: &Deal, o: &Outcome, pins: &[Pin<'_>], palette: &Palette) {
    let tech = technology::figure(deal, o, pins);
    // The technology chart's legend names every line of the three, the JV's too.
    legend_ui(ui, &tech.legend, palette);
    let gap = ui.spacing().item_spacing;
    let full = ui.available_size();
    let row_height = ((full.y - gap.y) / 2.0).max(120.0);
    let half_width = ((full.x - gap.x) / 2.0).max(150.0);
    ui.horizontal(|ui| {
        for cumulated in [false, true] {
            ui.allocate_ui(egui::vec2(half_width, row_height), |ui| {
                chart_ui(
                    ui,
                    &profit::figure(deal, o, cumulated, pins),
                    palette,
                    false,
                );
            });
        }
    });
    ui.allocate_ui(egui::vec2(full.x, row_height), |ui| {
        chart_ui(ui, &tech, palette, false);
    });
}

/// One chart over years: its title, then its plot in the height left. `still`: on a slide.
pub fn chart_ui(ui: &mut Ui, fig: &Figure, palette: &Palette, still: bool) {
    let Some(panel) = fig.panels.first() else {
        return;
    };
    ui.vertical(|ui| {
        ui.label(RichText::new(&fig.title).strong());
        let visuals = ui.visuals().clone();
        time_plot(fig.chart.file_stem(), panel, still)
            .height(ui.available_height())
            .show(ui, |p| paint(p, panel, palette, &visuals));
    });
}
