//! Comparing deals side by side: key figures, and only the parameters that differ.

use super::analysis::Summary;
use super::dealfile::Deal;
use super::model::{Outcome, simulate};
use super::params::Key;

/// One scenario's key figures.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct ScenarioFigures {
    pub name: String,
    pub host_npv: f64,
    pub entrant_npv: f64,
    pub host_gain: f64,
    pub entrant_gain: f64,
    pub host_payback_year: Option<u32>,
    pub entrant_payback_year: Option<u32>,
    /// The host's technology in the final year, deal minus no deal.
    pub host_tech_gain: f64,
    pub in_deal_zone: bool,
}

pub fn figures(deal: &Deal) -> ScenarioFigures {
    figures_of(deal, &simulate(&deal.params))
}

/// The key figures from a simulation already run for `deal`.
pub fn figures_of(deal: &Deal, o: &Outcome) -> ScenarioFigures {
    let s = Summary::of(o);
    ScenarioFigures {
        name: deal.name.clone(),
        host_npv: s.host.npv,
        entrant_npv: s.entrant.npv,
        host_gain: s.host.gain,
        entrant_gain: s.entrant.gain,
        host_payback_year: s.host.payback_year,
        entrant_payback_year: s.entrant.payback_year,
        host_tech_gain: s.host.final_tech - s.host.final_tech_no_deal,
        in_deal_zone: s.in_deal_zone,
    }
}

/// The parameters whose values are not all equal across the deals, in table order, with each
/// deal's value (file units).
pub fn differing<D: std::borrow::Borrow<Deal>>(deals: &[D]) -> Vec<(Key, Vec<f64>)> {
    Key::ALL
        .iter()
        .filter_map(|&k| {
            let values: Vec<f64> = deals.iter().map(|d| d.borrow().params.get(k)).collect();
            let first = values.first()?.to_bits();
            values
                .iter()
                .any(|v| v.to_bits() != first)
                .then_some((k, values))
        })
        .collect()
}

/// A short name for a parameter in a scenario's label.
fn short_label(k: Key) -> String {
    match k {
        Key::host_stake => "stake".to_string(),
        Key::tech_share => "shared".to_string(),
        Key::vehicle_tariff => "tariff".to_string(),
        Key::royalty_rate => "royalty".to_string(),
        _ => {
            let label = k.spec().label;
            let mut chars = label.chars();
            chars.next().map_or_else(String::new, |c| {
                c.to_lowercase().chain(chars).collect::<String>()
            })
        }
    }
}

/// A scenario's default name: what differs from `base`, e.g. "stake 75 %, shared 30 %"; at most
/// `shown` parameters, then "+N more"; "as the default deal" when nothing differs.
pub fn scenario_label(
    p: &super::params::Params,
    base: &super::params::Params,
    shown: usize,
) -> String {
    let changed: Vec<Key> = Key::ALL
        .iter()
        .copied()
        .filter(|&k| p.get(k).to_bits() != base.get(k).to_bits())
        .collect();
    if changed.is_empty() {
        return "as the default deal".to_string();
    }
    let mut parts: Vec<String> = changed
        .iter()
        .take(shown)
        .map(|&k| format!("{} {}", short_label(k), k.spec().format_display(p.get(k))))
        .collect();
    if changed.len() > shown {
        parts.push(format!("+{} more", changed.len() - shown));
    }
    parts.join(", ")
}
