//! The key figures: whether the deal is in the zone and how sure that is over the draws, each
//! partner's NPV and gain (if approved and expected) and the year it pulls ahead of its outside
//! option, what the host country gains, the chance both governments approve, and the entrant's
//! remaining technology lead. A strip across the window, or a slide filling the screen in large
//! type.

use eframe::egui::{self, Color32, RichText, Ui};

pub use super::cards::KeyFigures;
use super::cards::{SLIDE, SLIDE3, STRIP, Sizes, card};
use super::country::{chance_card_lines, chance_lines, country_card, country_lines};
use crate::app::shell::style::{Palette, money, signed_money};
use crate::core::analysis::{PartnerSummary, Summary};
use crate::core::model::Partner;

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

/// The strip above the tabs: the zone badge with the chance both gain under it, the partners'
/// and the country's cards sharing the width, approval and lead stacked in a narrow last card.
pub fn figures_ui(ui: &mut Ui, k: &KeyFigures<'_>, p: &Palette) {
    let gap = ui.spacing().item_spacing.x;
    let s = k.summary;
    // Cards and their frames (18 points each) share what is left after the badge, the gaps and
    // the narrow last card. Where three cards a side would crowd their lines, the country's
    // headline goes under the badge instead of a card of its own.
    let small = 150.0;
    let three = (ui.available_width() - BADGE - 4.0 * gap - (small + 18.0)) / 3.0 - 18.0;
    let fold = three < MIN_CARD;
    ui.horizontal_top(|ui| {
        ui.vertical(|ui| {
            zone_badge(ui, s, STRIP);
            chance_lines(ui, k.chance, STRIP);
            if fold {
                ui.add_space(4.0);
                country_lines(ui, k, p);
            }
        });
        let room = ui.available_width() - gap - (small + 18.0);
        // The country's lines are shorter than the partners': its card takes no more than they
        // need, the partners' the rest.
        let country = if fold {
            None
        } else {
            Some(((room - 2.0 * gap) / 3.0 - 18.0).min(COUNTRY_CARD))
        };
        let taken = country.map_or(0.0, |w| w + 18.0 + gap);
        let card_width = ((room - taken - gap) / 2.0 - 18.0).clamp(120.0, 420.0);
        partner_card(ui, k.names.0, Partner::Host, s, p, STRIP, card_width);
        partner_card(ui, k.names.1, Partner::Entrant, s, p, STRIP, card_width);
        if let Some(width) = country {
            country_card(ui, k, p, STRIP, width);
        }
        card(ui, small, |ui| {
            approval_lines(ui, s, STRIP);
            ui.separator();
            lead_lines(ui, s, k.names, k.last_year, STRIP);
        });
    });
}

/// The country's card at its widest: room for its longest line.
const COUNTRY_CARD: f32 = 165.0;

/// About the zone badge's width in the strip, for the choice of cards before it is drawn.
const BADGE: f32 = 135.0;

/// The narrowest a card in the strip gets before the country's card folds away.
const MIN_CARD: f32 = 160.0;

/// The key figures as a slide: the badge across the top, the partners' cards in large type,
/// then the country's beside one card of the chances and the lead.
pub fn figures_slide(ui: &mut Ui, k: &KeyFigures<'_>, p: &Palette) {
    let s = k.summary;
    let width = ui.available_width();
    ui.vertical_centered(|ui| {
        zone_badge(ui, s, SLIDE);
    });
    ui.add_space(8.0);
    // Two cards and their frames (18 points each) and the gap between them fill the width.
    let gap = ui.spacing().item_spacing.x;
    let card_width = ((width - gap) / 2.0 - 18.0).max(200.0);
    ui.horizontal_top(|ui| {
        partner_card(ui, k.names.0, Partner::Host, s, p, SLIDE, card_width);
        partner_card(ui, k.names.1, Partner::Entrant, s, p, SLIDE, card_width);
    });
    ui.add_space(8.0);
    ui.horizontal_top(|ui| {
        country_card(ui, k, p, SLIDE, card_width);
        card(ui, card_width, |ui| {
            approval_lines(ui, s, SLIDE3);
            ui.separator();
            chance_card_lines(ui, k.chance, SLIDE3);
            ui.separator();
            lead_lines(ui, s, k.names, k.last_year, SLIDE3);
        });
    });
}

/// Hover text of the expected gain.
const EXPECTED_HELP: &str = "The gain if both governments approve, times the chance that both \
    do; without approval each partner keeps its outside option (a gain of zero).";

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

fn approval_lines(ui: &mut Ui, s: &Summary, sizes: Sizes) {
    let a = s.approval;
    let both = RichText::new(format!("{:.0} %", a.both * 100.0))
        .size(sizes.figure)
        .strong();
    // Two short lines; a slide has room to say whose approval it is.
    let title = if sizes == STRIP {
        "Approval"
    } else {
        "Both governments approve"
    };
    let detail = format!(
        "host {:.0} % · home {:.0} %",
        a.host * 100.0,
        a.home * 100.0
    );
    ui.horizontal(|ui| {
        ui.label(RichText::new(title).size(sizes.text).strong())
            .on_hover_text(APPROVAL_HELP);
        ui.label(both).on_hover_text(APPROVAL_HELP);
    });
    ui.label(RichText::new(detail).size(sizes.text).weak())
        .on_hover_text(APPROVAL_HELP);
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
    // One line on a slide, where the width is there and the height is not.
    let text = if sizes == SLIDE {
        text.replace('\n', ": ")
    } else {
        text.to_string()
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
