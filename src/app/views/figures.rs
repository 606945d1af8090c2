//! The key figures: whether the deal is in the zone, each partner's NPV and gain (if approved and
//! expected) and the year it pulls ahead of its outside option, the chance both governments
//! approve, and the entrant's remaining technology lead. A strip across the window, or a slide
//! filling the screen in large type.

use eframe::egui::{self, Color32, RichText, Ui};

use crate::app::shell::style::{Palette, money, signed_money};
use crate::core::analysis::{PartnerSummary, Summary};
use crate::core::model::Partner;

/// Text sizes of the figures: the window's, or a slide's.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sizes {
    pub text: f32,
    pub figure: f32,
}

pub const STRIP: Sizes = Sizes {
    text: 12.5,
    figure: 14.5,
};
pub const SLIDE: Sizes = Sizes {
    text: 24.0,
    figure: 40.0,
};

/// Hover text of the year a partner pulls ahead.
const AHEAD_HELP: &str = "The first year from which the partner's cumulative profit with the \
    deal stays at or above its cumulative profit without it (its outside option): when the deal \
    has paid for itself against no deal. Cumulative profit itself may turn positive later.";

/// "ahead of no deal from 2032" / "never ahead of no deal".
pub fn ahead_text(year: Option<u32>) -> String {
    match year {
        Some(y) => format!("ahead of no deal from {y}"),
        None => "never ahead of no deal".to_string(),
    }
}

/// The strip above the tabs: the zone badge and three cards sharing the width.
pub fn figures_ui(ui: &mut Ui, s: &Summary, names: (&str, &str), last_year: u32, p: &Palette) {
    let gap = ui.spacing().item_spacing.x;
    ui.horizontal_top(|ui| {
        let badge = zone_badge(ui, s, STRIP);
        // The partners' cards share the room; approval and lead stack in a narrow third card.
        let small = 170.0;
        let card_width =
            ((ui.available_width() - badge.width() - 3.0 * gap - (small + 18.0)) / 2.0 - 18.0)
                .clamp(160.0, 420.0);
        partner_card(ui, names.0, Partner::Host, s, p, STRIP, card_width);
        partner_card(ui, names.1, Partner::Entrant, s, p, STRIP, card_width);
        card(ui, small, |ui| {
            approval_lines(ui, s, STRIP);
            ui.separator();
            lead_lines(ui, s, names, last_year, STRIP);
        });
    });
}

/// The key figures as a slide: the badge across the top, then the cards in large type.
pub fn figures_slide(ui: &mut Ui, s: &Summary, names: (&str, &str), last_year: u32, p: &Palette) {
    let width = ui.available_width();
    ui.vertical_centered(|ui| {
        zone_badge(ui, s, SLIDE);
    });
    ui.add_space(16.0);
    // Two cards and their frames (18 points each) and the gap between them fill the width.
    let gap = ui.spacing().item_spacing.x;
    let card_width = ((width - gap) / 2.0 - 18.0).max(200.0);
    ui.horizontal_top(|ui| {
        partner_card(ui, names.0, Partner::Host, s, p, SLIDE, card_width);
        partner_card(ui, names.1, Partner::Entrant, s, p, SLIDE, card_width);
    });
    ui.add_space(16.0);
    ui.horizontal_top(|ui| {
        approval_card(ui, s, SLIDE, card_width);
        lead_card(ui, s, names, last_year, SLIDE, card_width);
    });
}

/// Hover text of the expected gain.
const EXPECTED_HELP: &str = "The gain if both governments approve, times the chance that both \
    do; without approval each partner keeps its outside option (a gain of zero).";

fn card<R>(ui: &mut Ui, width: f32, add: impl FnOnce(&mut Ui) -> R) -> egui::Response {
    egui::Frame::group(ui.style())
        .inner_margin(egui::Margin::symmetric(8, 4))
        .show(ui, |ui| {
            ui.set_width(width);
            ui.vertical(add)
        })
        .response
}

fn partner_card(
    ui: &mut Ui,
    name: &str,
    who: Partner,
    summary: &Summary,
    p: &Palette,
    sizes: Sizes,
    width: f32,
) {
    let s: &PartnerSummary = summary.partner(who);
    let color = match who {
        Partner::Host => p.host,
        Partner::Entrant => p.entrant,
    };
    let expected = summary.expected_gain(who);
    card(ui, width, |ui| {
        ui.horizontal(|ui| {
            let side = sizes.text * 0.8;
            let (swatch, _) = ui.allocate_exact_size(egui::vec2(side, side), egui::Sense::hover());
            ui.painter().rect_filled(swatch, 2.0, color);
            ui.label(RichText::new(name).size(sizes.text).strong());
        });
        let word = if s.gain >= 0.0 { "gains" } else { "loses" };
        ui.label(
            RichText::new(format!("{word} {} US$ B", signed_money(s.gain)))
                .size(sizes.figure)
                .strong()
                .color(p.signed(s.gain)),
        )
        .on_hover_text("If both governments approve the deal.");
        ui.label(
            RichText::new(format!("expected {} US$ B", signed_money(expected)))
                .size(sizes.text)
                .color(p.signed(expected)),
        )
        .on_hover_text(EXPECTED_HELP);
        ui.horizontal_wrapped(|ui| {
            ui.spacing_mut().item_spacing.x = 4.0;
            ui.label(RichText::new("NPV").size(sizes.text).weak());
            ui.label(RichText::new(money(s.npv)).size(sizes.text));
            ui.label(
                RichText::new(format!("· no deal {} US$ B", money(s.npv_no_deal)))
                    .size(sizes.text)
                    .weak(),
            );
        });
        ui.label(
            RichText::new(ahead_text(s.payback_year))
                .size(sizes.text)
                .weak(),
        )
        .on_hover_text(AHEAD_HELP);
    })
    .on_hover_text(
        "Gain: the NPV with the deal minus the NPV without it (the outside option). NPVs of \
         yearly profit at the discount rate, in US$ B.",
    );
}

const APPROVAL_HELP: &str = "The chance that both governments approve the deal. The host \
    government's investment review and connected-vehicle rule weigh the host's stake (bands at \
    50 % and 75 %); the entrant's home government licenses technology exports and approves less \
    as more is shared, the battery layer least. See Help → Model, \"The rules\".";

fn approval_card(ui: &mut Ui, s: &Summary, sizes: Sizes, width: f32) {
    card(ui, width, |ui| approval_lines(ui, s, sizes));
}

fn approval_lines(ui: &mut Ui, s: &Summary, sizes: Sizes) {
    let a = s.approval;
    let both = RichText::new(format!("{:.0} %", a.both * 100.0))
        .size(sizes.figure)
        .strong();
    // The strip keeps it to two short lines; a slide names the governments in full.
    let (title, detail) = if sizes == STRIP {
        (
            "Approval",
            format!(
                "host {:.0} % · home {:.0} %",
                a.host * 100.0,
                a.home * 100.0
            ),
        )
    } else {
        (
            "Both governments approve",
            format!(
                "host government {:.0} % · entrant's government {:.0} %",
                a.host * 100.0,
                a.home * 100.0
            ),
        )
    };
    if sizes == STRIP {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(title).size(sizes.text).strong())
                .on_hover_text(APPROVAL_HELP);
            ui.label(both).on_hover_text(APPROVAL_HELP);
        });
    } else {
        ui.label(RichText::new(title).size(sizes.text).strong())
            .on_hover_text(APPROVAL_HELP);
        ui.label(both).on_hover_text(APPROVAL_HELP);
    }
    ui.label(RichText::new(detail).size(sizes.text).weak())
        .on_hover_text(APPROVAL_HELP);
}

fn lead_card(
    ui: &mut Ui,
    s: &Summary,
    names: (&str, &str),
    last_year: u32,
    sizes: Sizes,
    width: f32,
) {
    card(ui, width, |ui| lead_lines(ui, s, names, last_year, sizes));
}

fn lead_lines(ui: &mut Ui, s: &Summary, names: (&str, &str), last_year: u32, sizes: Sizes) {
    let (host, entrant) = names;
    let help = format!(
        "{entrant}'s technology lead: its technology index minus {host}'s in the final year, \
         with the deal, and as a share of {entrant}'s index; after it, the same without the deal."
    );
    // In the strip the entrant is named in the hover text; a slide has room for it.
    let title = if sizes == STRIP {
        format!("Tech lead in {last_year}")
    } else {
        format!("{entrant}'s lead in {last_year}")
    };
    ui.label(RichText::new(title).size(sizes.text).strong())
        .on_hover_text(&help);
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(format!(
                "{:.3} ({:.0} %)",
                s.final_lead,
                s.final_lead_share() * 100.0
            ))
            .size(sizes.figure)
            .strong(),
        )
        .on_hover_text(&help);
        ui.label(
            RichText::new(format!("no deal {:.3}", s.final_lead_no_deal))
                .size(sizes.text)
                .weak(),
        )
        .on_hover_text(&help);
    });
}

fn zone_badge(ui: &mut Ui, s: &Summary, sizes: Sizes) -> egui::Rect {
    // The badge keeps the deep colours in both themes: white text needs them for contrast.
    let (text, color) = if s.in_deal_zone {
        (
            "IN THE DEAL ZONE\nboth partners gain",
            crate::app::shell::style::GAIN,
        )
    } else if s.host.gain > 0.0 {
        (
            "OUTSIDE THE ZONE\nthe entrant loses",
            crate::app::shell::style::LOSS,
        )
    } else if s.entrant.gain > 0.0 {
        (
            "OUTSIDE THE ZONE\nthe host loses",
            crate::app::shell::style::LOSS,
        )
    } else {
        (
            "OUTSIDE THE ZONE\nboth lose",
            crate::app::shell::style::LOSS,
        )
    };
    egui::Frame::new()
        .fill(color)
        .corner_radius(6.0)
        .inner_margin(egui::Margin::symmetric(10, 6))
        .show(ui, |ui| {
            ui.label(
                RichText::new(text)
                    .size(sizes.text)
                    .strong()
                    .color(Color32::WHITE),
            );
        })
        .response
        .on_hover_text("The deal zone: both partners' NPV beats their no-deal NPV.")
        .rect
}
