//! Help → Model: the equations in brief and the parameter table, from the same declaration the
//! sliders and files use.

use eframe::egui::{self, RichText, Ui};

use crate::core::params::{Group, SPECS};

pub const EQUATIONS: &str = "\
Market: buyers choose among the host's EVs, the JV's, the entrant's imports, other makers' EVs \
and a combustion car by logit: utility = ξ + β_A·ln A − α·price. Prices are unit cost plus the \
logit markup 1/(α(1 − last year's share)); the JV raises its price when demand exceeds capacity.

Technology: the JV has the host's technology plus η·θ of the entrant's lead. The host closes \
min(1, φ·AC·x) of the gap to the JV each year, where AC = 1 − exp(−ρ_U/ρ_AC) is its absorptive \
capacity and x = x₀ + x₁·s its exposure. Nothing shared (θ = 0) means no technology gain.

Costs: unit cost = c_ref / A × ramp-up penalty (Wright's law until maturity volume); the JV \
pays the parts tariff on its imported content, the entrant's exports pay the vehicle tariff.

Profit: each partner's yearly profit = own EV business + direct exports + its stake's share of \
the JV's operating profit − its share of royalties paid (the entrant receives them) − its share \
of the investment + third-market profit (a pool shared in proportion to A^ω). NPVs discount at r.

No deal: the same simulation with the JV switched off. Every gain is deal minus no deal.

The full equations and the sources: docs/MODEL.md.";

pub fn model_help_ui(ui: &mut Ui) {
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.label(EQUATIONS);
            ui.add_space(8.0);
            for g in Group::ALL {
                ui.label(RichText::new(g.title()).heading());
                egui::Grid::new(("help_params", g.title()))
                    .striped(true)
                    .num_columns(6)
                    .spacing([12.0, 4.0])
                    .show(ui, |ui| {
                        for h in [
                            "Parameter",
                            "Meaning",
                            "Default",
                            "Slider",
                            "Valid",
                            "Source",
                        ] {
                            ui.label(RichText::new(h).strong());
                        }
                        ui.end_row();
                        for s in SPECS.iter().filter(|s| s.group == g) {
                            ui.label(format!("{} ({})", s.label, s.symbol))
                                .on_hover_text(format!("{}\nKey: {}", s.help, s.key));
                            ui.label(s.format_display(s.default));
                            ui.label(s.slider_range_text());
                            ui.label(s.valid_range_text());
                            ui.add(egui::Label::new(s.source).wrap());
                            ui.end_row();
                        }
                    });
                ui.add_space(6.0);
            }
        });
}
