//! The host country's tab and slide: the national view painted from its figure — the money
//! panel and the jobs panel side by side under one legend, the NPV's parts and what is counted
//! written under them.

use eframe::egui::{self, RichText, Ui};

use super::legend::legend_ui;
use super::plot::{paint, time_plot};
use crate::app::shell::style::Palette;
use crate::figure::Figure;

/// Draws the national view in the space given; `still`: on a slide.
pub fn nation_ui(ui: &mut Ui, fig: &Figure, palette: &Palette, still: bool) {
    if !still {
        ui.label(RichText::new(&fig.title).strong());
    }
    legend_ui(ui, &fig.legend, palette);
    // The notes keep their room at the foot (their lines guessed from their length, at most six,
    // the rest scrolls); the panels take the rest.
    let line = ui.text_style_height(&egui::TextStyle::Body);
    let avail = ui.available_size();
    let shown: &[String] = if still {
        fig.notes.get(..1).unwrap_or_default()
    } else {
        &fig.notes
    };
    let per_line = (avail.x / (0.52 * line)).max(20.0);
    let lines: f32 = shown
        .iter()
        .map(|n| (n.chars().count() as f32 / per_line).ceil())
        .sum();
    let notes_height = lines.min(6.0) * line * 1.15 + 8.0;
    let panels_height = (avail.y - notes_height).max(160.0);
    let n = fig.panels.len().max(1) as f32;
    let gap = ui.spacing().item_spacing.x;
    // The money panel has five lines to the jobs' one: it gets the larger share.
    let shares: Vec<f32> = if fig.panels.len() == 2 {
        vec![0.6, 0.4]
    } else {
        vec![1.0 / n; fig.panels.len()]
    };
    ui.horizontal_top(|ui| {
        for (k, (panel, share)) in fig.panels.iter().zip(&shares).enumerate() {
            let width = ((avail.x - gap * (n - 1.0)) * share).max(160.0);
            ui.allocate_ui(egui::vec2(width, panels_height), |ui| {
                ui.vertical(|ui| {
                    if let Some((heading, ink)) = &panel.heading {
                        let color = palette.ink(*ink, ui.visuals());
                        ui.add(
                            egui::Label::new(RichText::new(heading).strong().color(color))
                                .truncate(),
                        );
                    }
                    let visuals = ui.visuals().clone();
                    time_plot(("nation", k), panel, still)
                        .height(ui.available_height())
                        .show(ui, |p| paint(p, panel, palette, &visuals));
                });
            });
        }
    });
    // A slide has room for the sum alone.
    egui::ScrollArea::vertical()
        .id_salt("national_notes")
        .max_height(ui.available_height())
        .show(ui, |ui| {
            for n in shown {
                ui.add(egui::Label::new(RichText::new(n).weak()).wrap());
            }
        });
}
