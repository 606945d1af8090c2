//! Comparing deals side by side: key figures, and only the parameters that differ.

use super::analysis::Summary;
use super::dealfile::Deal;
use super::model::{Outcome, simulate};
use super::nation::npv_gain;
use super::params::Key;
use super::robust::p_zone_here;

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
    /// What the deal is worth to the host country over no deal, NPV, US$ B (eq. 23).
    pub nation_gain: f64,
    /// The chance both partners gain at the deal as set, over the deal's own Monte Carlo draws
    /// (`mc_draws`, `mc_seed`); `None` until asked for, as it runs `mc_draws` simulations.
    pub p_zone: Option<f64>,
}

impl ScenarioFigures {
    /// These figures with the chance in the zone filled in.
    pub fn with_chance(self, p_zone: f64) -> ScenarioFigures {
        ScenarioFigures {
            p_zone: Some(p_zone),
            ..self
        }
    }
}

/// Every key figure of `deal`, the chance in the zone included.
pub fn figures(deal: &Deal) -> ScenarioFigures {
    figures_of(deal, &simulate(&deal.params)).with_chance(chance_in_zone(deal))
}

/// The chance both partners gain at `deal`'s terms over its Monte Carlo draws, as the Monte
/// Carlo tab draws them.
pub fn chance_in_zone(deal: &Deal) -> f64 {
    let p = &deal.params;
    p_zone_here(p, p.mc_draws as usize, u64::from(p.mc_seed))
}

/// The key figures from a simulation already run for `deal`, without the chance in the zone
/// (cheap enough for every frame).
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
        nation_gain: npv_gain(&o.params, &o.deal, &o.no_deal),
        p_zone: None,
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
