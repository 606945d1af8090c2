//! Monte Carlo fan charts: bands of each partner's cumulative profit over the uncertain
//! parameters, with the probability that the partner gains over no deal.

use eframe::egui::{self, RichText, Ui};
use egui_plot::{Corner, FilledArea, Legend, Line, LineStyle, Plot, PlotPoints};

use super::style::Palette;
use crate::core::montecarlo::{Bands, PartnerBands, uncertain_keys};

pub fn montecarlo_ui(
    ui: &mut Ui,
    bands: Option<&Bands>,
    current: bool,
    host: &str,
    entrant: &str,
    palette: &Palette,
) {
    let Some(b) = bands else {
        ui.label(RichText::new("Computing the draws…").italics());
        return;
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(format!(
            "{} Latin hypercube draws (seed {}) over the slider ranges of {} uncertain parameters; \
             deal terms and tariffs as set.",
            b.draws,
            b.seed,
            uncertain_keys().len()
        ));
        if !current {
            ui.label(RichText::new("updating…").italics().color(palette.loss));
        }
    })
    .response
    .on_hover_text(
        "Dark band: the middle half of the draws (25–75 %). Light band: 90 % of them (5–95 %). \
         Solid line: the median draw. Dashed: the median without the deal.",
    );
    let avail = ui.available_size();
    let width = ((avail.x - ui.spacing().item_spacing.x) / 2.0).max(200.0);
    let years: Vec<f64> = b.years.iter().map(|&y| f64::from(y)).collect();
    ui.horizontal_top(|ui| {
        for (name, pb, color) in [
            (host, &b.host, palette.host),
            (entrant, &b.entrant, palette.entrant),
        ] {
            ui.allocate_ui(egui::vec2(width, avail.y), |ui| {
                ui.vertical(|ui| {
                    ui.label(
                        RichText::new(format!(
                            "{name}: gains over no deal in {:.0} % of draws",
                            pb.p_gain * 100.0
                        ))
                        .strong()
                        .color(color),
                    );
                    fan(ui, name, &years, pb, color);
                });
            });
        }
    });
}

fn fan(ui: &mut Ui, name: &str, years: &[f64], b: &PartnerBands, color: egui::Color32) {
    let line =
        |v: &[f64]| -> PlotPoints<'static> { years.iter().zip(v).map(|(&x, &y)| [x, y]).collect() };
    Plot::new(("fan", name))
        .height(ui.available_height())
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_drag(false)
        .allow_boxed_zoom(false)
        .x_axis_label("year")
        .y_axis_label("cumulative profit, US$ B")
        .legend(
            Legend::default()
                .position(Corner::LeftTop)
                .follow_insertion_order(true),
        )
        .x_grid_spacer(super::charts::year_marks)
        .x_axis_formatter(|m, _| {
            if m.value.fract().abs() < 1e-9 {
                format!("{}", m.value as i64)
            } else {
                String::new()
            }
        })
        .show(ui, |p| {
            p.add(
                FilledArea::new("5–95 % of draws", years, &b.p5, &b.p95)
                    .fill_color(color.gamma_multiply(0.18)),
            );
            p.add(
                FilledArea::new("25–75 % of draws", years, &b.p25, &b.p75)
                    .fill_color(color.gamma_multiply(0.4)),
            );
            p.line(
                Line::new("median, deal", line(&b.p50))
                    .color(color)
                    .width(2.5),
            );
            p.line(
                Line::new("median, no deal", line(&b.no_deal_p50))
                    .color(color.gamma_multiply(0.75))
                    .width(1.5)
                    .style(LineStyle::dashed_loose()),
            );
        });
}
