//! Goal seek beside the deal map: for each partner, the stakes and shares at which it gains, and
//! the vehicle tariff from which a deal with host control is in the zone.

use eframe::egui::{self, RichText, Ui};

use crate::core::goalseek::{GoalSeek, describe};
use crate::core::params::Params;

/// The answers for the deal `p` of `host` and `entrant`; `None` while they are computed, and
/// `current` false while newer ones are.
pub fn goal_panel(
    ui: &mut Ui,
    goal: Option<&(GoalSeek, bool)>,
    p: &Params,
    (host, entrant): (&str, &str),
) {
    ui.label(RichText::new("Goal seek").strong());
    let Some((g, current)) = goal else {
        ui.label(RichText::new("computing…").italics());
        return;
    };
    let wrap = |ui: &mut Ui, text: RichText| {
        ui.add(egui::Label::new(text).wrap());
    };
    for (name, a) in [(host, &g.host), (entrant, &g.entrant)] {
        wrap(ui, RichText::new(format!("{name} gains")).strong());
        for (axis, found, held) in [
            (
                "stakes",
                &a.stake,
                format!("shared {:.0} %", p.tech_share * 100.0),
            ),
            (
                "shares",
                &a.share,
                format!("stake {:.0} %", p.host_stake * 100.0),
            ),
        ] {
            wrap(
                ui,
                RichText::new(format!("at {axis}: {} ({held})", describe(found))),
            );
        }
        ui.add_space(2.0);
    }
    let tariff = match g.min_vehicle_tariff_host_control {
        Some(t) if t <= 0.0 && p.connected_vehicle_rule => format!(
            "A deal with host control (stake ≥ 50 %) is in the zone at any vehicle tariff: \
             the connected-vehicle rule ends the entrant's direct exports from {} whatever \
             the tariff.",
            p.cv_rule_year
        ),
        Some(t) if t <= 0.0 => {
            "A deal with host control (stake ≥ 50 %) is in the zone at any vehicle tariff.".into()
        }
        Some(t) => format!(
            "A deal with host control (stake ≥ 50 %) is in the zone from a vehicle tariff of \
             {:.1} % up.",
            t * 100.0
        ),
        None => "No deal with host control (stake ≥ 50 %) is in the zone at any vehicle tariff \
                 up to 500 %."
            .to_string(),
    };
    wrap(ui, RichText::new(tariff).weak());
    if !*current {
        ui.label(RichText::new("updating…").italics());
    }
}
