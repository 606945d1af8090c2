//! The host country in the key figures: its card (the national gain with the headline consumer
//! surplus, the plain logit's beside it, the jobs and the buyers' gain), and the chance both
//! partners gain over the draws, under the zone badge.

use eframe::egui::{self, RichText, Ui};

use super::cards::{KeyFigures, Sizes, card};
use crate::app::shell::style::{Palette, color, signed_money};
use crate::figure::nation::headline_measure;
use crate::figure::numbers::thousands;
use crate::palette::Ink;

const CHANCE_HELP: &str = "The share of the Monte Carlo tab's draws (same seed) in which both \
    partners' NPVs beat their no-deal NPVs at these terms, if approved: how sure the deal zone is.";

/// The chance both partners gain over the Monte Carlo draws, under the zone badge.
pub fn chance_lines(ui: &mut Ui, chance: Option<(f64, usize, bool)>, sizes: Sizes) {
    let help = CHANCE_HELP;
    let Some((c, draws, current)) = chance else {
        ui.label(
            RichText::new("both gain: computing…")
                .size(sizes.text)
                .italics(),
        )
        .on_hover_text(help);
        return;
    };
    let mut figure = RichText::new(format!("both gain in {:.0} %", c * 100.0))
        .size(sizes.text)
        .strong();
    if !current {
        figure = figure.italics();
    }
    ui.label(figure).on_hover_text(help);
    let of = if current {
        format!("of {draws} draws")
    } else {
        "updating…".to_string()
    };
    ui.label(RichText::new(of).size(sizes.text).weak())
        .on_hover_text(help);
}

/// The chance both gain on a slide: the title and the figure, then the draws.
pub fn chance_card_lines(ui: &mut Ui, chance: Option<(f64, usize, bool)>, sizes: Sizes) {
    let Some((c, draws, current)) = chance else {
        ui.label(RichText::new("Both partners gain: computing…").size(sizes.text));
        return;
    };
    ui.horizontal(|ui| {
        ui.label(
            RichText::new("Both partners gain")
                .size(sizes.text)
                .strong(),
        )
        .on_hover_text(CHANCE_HELP);
        ui.label(
            RichText::new(format!("{:.0} %", c * 100.0))
                .size(sizes.figure)
                .strong(),
        )
        .on_hover_text(CHANCE_HELP);
        let of = if current {
            format!("of {draws} draws")
        } else {
            "updating…".to_string()
        };
        ui.label(RichText::new(of).size(sizes.text).weak());
    });
}

/// The country's headline in a few lines, under the zone badge when the strip has no room for
/// its card.
pub fn country_lines(ui: &mut Ui, k: &KeyFigures<'_>, p: &Palette) {
    let n = k.nation;
    let gain = n.npv_gain();
    let help = national_help(k);
    ui.horizontal(|ui| {
        let (swatch, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
        ui.painter()
            .rect_filled(swatch, 2.0, color(Ink::Nation.rgb(p.dark)));
        ui.label(RichText::new("Host country").strong())
            .on_hover_text(&help);
    });
    let word = if gain >= 0.0 { "gains" } else { "loses" };
    ui.label(
        RichText::new(format!("{word} {} US$ B", signed_money(gain)))
            .strong()
            .color(p.signed(gain)),
    )
    .on_hover_text(&help);
    let last = n.year(n.years.saturating_sub(1));
    ui.label(RichText::new(format!("{} jobs by {last}", thousands(n.jobs_at_end()))).weak())
        .on_hover_text(JOBS_HELP);
}

const JOBS_HELP: &str = "Direct jobs at the JV's plant (vehicles and cells) net of those lost at \
    the host's own lines, in the last year";

/// What the national gain counts, for its hover text.
fn national_help(k: &KeyFigures<'_>) -> String {
    format!(
        "National gain: the NPV over no deal of consumer surplus ({}) + {}'s profit + tariff and \
         parts-duty revenue − manufacturing credits. The entrant's share of the JV is foreign \
         and left out; jobs are a separate figure. The plain logit overstates a new product's \
         value ({} US$ B with it).",
        headline_measure(k.nest),
        k.names.0,
        signed_money(k.nation.npv_gain_logit)
    )
}

/// The host country's card: its national gain with the headline consumer surplus, the plain
/// logit's beside it, the jobs and the buyers' gain in the last year.
pub fn country_card(ui: &mut Ui, k: &KeyFigures<'_>, p: &Palette, sizes: Sizes, width: f32) {
    let n = k.nation;
    let gain = n.npv_gain();
    let help = national_help(k);
    card(ui, width, |ui| {
        ui.horizontal(|ui| {
            let side = sizes.text * 0.8;
            let (swatch, _) = ui.allocate_exact_size(egui::vec2(side, side), egui::Sense::hover());
            ui.painter()
                .rect_filled(swatch, 2.0, color(Ink::Nation.rgb(p.dark)));
            ui.label(RichText::new("Host country").size(sizes.text).strong());
        });
        let word = if gain >= 0.0 { "gains" } else { "loses" };
        ui.label(
            RichText::new(format!("{word} {} US$ B", signed_money(gain)))
                .size(sizes.figure)
                .strong()
                .color(p.signed(gain)),
        )
        .on_hover_text(&help);
        ui.label(
            RichText::new(format!(
                "plain logit {} US$ B",
                signed_money(n.npv_gain_logit)
            ))
            .size(sizes.text)
            .weak(),
        )
        .on_hover_text(&help);
        let last = n.year(n.years.saturating_sub(1));
        ui.label(
            RichText::new(format!("{} jobs by {last}", thousands(n.jobs_at_end())))
                .size(sizes.text),
        )
        .on_hover_text(JOBS_HELP);
        let buyers = n.consumer_surplus[n.years.saturating_sub(1)];
        ui.label(
            RichText::new(format!("buyers {} US$ B in {last}", signed_money(buyers)))
                .size(sizes.text)
                .weak(),
        )
        .on_hover_text("Consumer surplus over no deal in the last year (the headline measure)");
    })
    .on_hover_text(help);
}
