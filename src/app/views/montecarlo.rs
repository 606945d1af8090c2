//! Monte Carlo fan charts painted from their figure: bands of each partner's cumulative profit
//! over the uncertain parameters, with the probability that the partner gains over no deal.

use eframe::egui::{self, RichText, Ui};

use super::legend::legend_ui;
use super::plot::{paint, time_plot};
use crate::app::shell::style::Palette;
use crate::figure::Figure;

/// What the Monte Carlo view shows.
pub struct McView<'a> {
    /// The figure of the newest bands, if any have been computed.
    pub figure: Option<&'a Figure>,
    /// Whether those bands are for the current parameters.
    pub current: bool,
    /// On a slide: no crosshair under a resting mouse.
    pub still: bool,
}

pub fn montecarlo_ui(ui: &mut Ui, view: &McView<'_>, palette: &Palette) {
    let Some(fig) = view.figure else {
        ui.label(RichText::new("Computing the draws…").italics());
        return;
    };
    ui.label(RichText::new(&fig.title).strong());
    ui.horizontal_wrapped(|ui| {
        if let Some(sub) = &fig.subtitle {
            ui.label(sub);
        }
        if !view.current {
            ui.label(RichText::new("updating…").italics().color(palette.loss));
        }
    })
    .response
    .on_hover_text(fig.notes.join(" "));
    legend_ui(ui, &fig.legend, palette);
    let avail = ui.available_size();
    let n = fig.panels.len().max(1) as f32;
    let width = ((avail.x - ui.spacing().item_spacing.x * (n - 1.0)) / n).max(200.0);
    ui.horizontal_top(|ui| {
        for (k, panel) in fig.panels.iter().enumerate() {
            ui.allocate_ui(egui::vec2(width, avail.y), |ui| {
                ui.vertical(|ui| {
                    if let Some((heading, ink)) = &panel.heading {
                        let color = palette.ink(*ink, ui.visuals());
                        ui.label(RichText::new(heading).strong().color(color));
                    }
                    // Two lines' room whatever the text, so both charts start at one height.
                    let line = ui.text_style_height(&egui::TextStyle::Body);
                    let room = egui::vec2(width, 2.0 * line + 4.0);
                    let top = egui::Layout::top_down(egui::Align::Min);
                    ui.allocate_ui_with_layout(room, top, |ui| {
                        ui.set_min_size(room);
                        if let Some(note) = &panel.note {
                            ui.add(egui::Label::new(note).wrap());
                        }
                    });
                    let visuals = ui.visuals().clone();
                    time_plot(("fan", k), panel, view.still)
                        .height(ui.available_height())
                        .show(ui, |p| paint(p, panel, palette, &visuals));
                });
            });
        }
    });
}
