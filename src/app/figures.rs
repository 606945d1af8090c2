//! The strip of key figures above the charts: NPVs and gains, payback, remaining lead, and
//! whether the deal is in the zone.

use eframe::egui::{self, Color32, RichText, Ui};

use super::style::{Palette, money, signed_money};
use crate::core::analysis::{PartnerSummary, Summary};

pub fn figures_ui(
    ui: &mut Ui,
    s: &Summary,
    host: &str,
    entrant: &str,
    last_year: u32,
    p: &Palette,
) {
    ui.horizontal_wrapped(|ui| {
        zone_badge(ui, s);
        partner_card(ui, host, p.host, &s.host, p);
        partner_card(ui, entrant, p.entrant, &s.entrant, p);
        card(ui, |ui| {
            ui.label(RichText::new(format!("Entrant's lead, {last_year}")).small());
            ui.label(
                RichText::new(format!(
                    "{:.3} ({:.0} %)",
                    s.final_lead,
                    s.final_lead_share() * 100.0
                ))
                .strong(),
            );
            ui.label(
                RichText::new(format!("no deal {:.3}", s.final_lead_no_deal))
                    .small()
                    .weak(),
            );
        })
        .on_hover_text(format!(
            "{entrant}'s technology index minus {host}'s in the final year, with the deal, \
                 and as a share of {entrant}'s index; below, the same without the deal."
        ));
    });
}

fn card<R>(ui: &mut Ui, add: impl FnOnce(&mut Ui) -> R) -> egui::Response {
    egui::Frame::group(ui.style())
        .inner_margin(egui::Margin::symmetric(8, 4))
        .show(ui, |ui| ui.vertical(add))
        .response
}

fn partner_card(ui: &mut Ui, name: &str, color: Color32, s: &PartnerSummary, p: &Palette) {
    card(ui, |ui| {
        ui.horizontal(|ui| {
            let (swatch, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
            ui.painter().rect_filled(swatch, 2.0, color);
            ui.label(RichText::new(name).strong());
        });
        ui.horizontal(|ui| {
            ui.label("NPV");
            ui.label(RichText::new(money(s.npv)).strong());
            ui.label(RichText::new(format!("vs {} no deal", money(s.npv_no_deal))).weak());
        });
        ui.horizontal(|ui| {
            let word = if s.gain >= 0.0 { "gains" } else { "loses" };
            ui.label(
                RichText::new(format!("{word} {} US$ B", signed_money(s.gain)))
                    .strong()
                    .color(p.signed(s.gain)),
            );
            ui.label(
                RichText::new(match s.payback_year {
                    Some(y) => format!("· payback {y}"),
                    None => "· payback never".to_string(),
                })
                .weak(),
            );
        });
    })
    .on_hover_text(
        "NPV of yearly profit at the discount rate (US$ B), with the deal and without it \
         (the outside option). Payback: the first year from which cumulative profit stays at \
         or above its no-deal level.",
    );
}

fn zone_badge(ui: &mut Ui, s: &Summary) {
    // The badge keeps the deep colours in both themes: white text needs them for contrast.
    let (text, color) = if s.in_deal_zone {
        ("IN THE DEAL ZONE\nboth partners gain", super::style::GAIN)
    } else if s.host.gain > 0.0 {
        ("OUTSIDE THE ZONE\nthe entrant loses", super::style::LOSS)
    } else if s.entrant.gain > 0.0 {
        ("OUTSIDE THE ZONE\nthe host loses", super::style::LOSS)
    } else {
        ("OUTSIDE THE ZONE\nboth lose", super::style::LOSS)
    };
    egui::Frame::new()
        .fill(color)
        .corner_radius(6.0)
        .inner_margin(egui::Margin::symmetric(10, 6))
        .show(ui, |ui| {
            ui.label(RichText::new(text).strong().color(Color32::WHITE));
        })
        .response
        .on_hover_text("The deal zone: both partners' NPV beats their no-deal NPV.");
}
