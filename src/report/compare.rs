//! Deals side by side (`jvsim compare`): key figures, the host country's gain, the chance both
//! gain over each deal's Monte Carlo draws, and the parameters that differ, as text and JSON.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;

use super::json::{ParamValue, pretty};
use super::year_or_never;
use crate::core::compare::ScenarioFigures;
use crate::core::params::Key;

#[derive(Serialize)]
struct CompareView<'a> {
    scenarios: &'a [ScenarioFigures],
    differing: BTreeMap<&'static str, Vec<ParamValue>>,
}

/// `figures` per deal and `differing` as `core::compare` gives them.
pub fn json(figures: &[ScenarioFigures], differing: &[(Key, Vec<f64>)]) -> String {
    pretty(&CompareView {
        scenarios: figures,
        differing: differing
            .iter()
            .map(|(k, values)| {
                (
                    k.name(),
                    values.iter().map(|&v| ParamValue::of(*k, v)).collect(),
                )
            })
            .collect(),
    })
}

pub fn text(figures: &[ScenarioFigures], differing: &[(Key, Vec<f64>)]) -> String {
    let mut out = String::new();
    let width = figures
        .iter()
        .map(|f| f.name.chars().count())
        .max()
        .unwrap_or(8)
        .clamp(8, 40);
    let _ = writeln!(
        out,
        "{:width$}  {:>9} {:>9} {:>9} {:>9} {:>10} {:>10} {:>9} {:>9} {:>7}  zone",
        "scenario",
        "host NPV",
        "entr. NPV",
        "host gain",
        "entr gain",
        "host ahead",
        "entr ahead",
        "tech gain",
        "nat. gain",
        "P(zone)"
    );
    for f in figures {
        let name: String = f.name.chars().take(width).collect();
        let _ = writeln!(
            out,
            "{name:width$}  {:>9.2} {:>9.2} {:>+9.2} {:>+9.2} {:>10} {:>10} {:>+9.3} {:>+9.2} {:>7}  {}",
            f.host_npv,
            f.entrant_npv,
            f.host_gain,
            f.entrant_gain,
            year_or_never(f.host_payback_year),
            year_or_never(f.entrant_payback_year),
            f.host_tech_gain,
            f.nation_gain,
            f.p_zone
                .map_or("—".to_string(), |p| format!("{:.0} %", p * 100.0)),
            if f.in_deal_zone { "yes" } else { "no" }
        );
    }
    let _ = writeln!(
        out,
        "\n(US$ B; nat. gain: the host country's NPV gain; P(zone): the chance both partners \
         gain over each deal's Monte Carlo draws)"
    );
    if differing.is_empty() {
        let _ = writeln!(out, "\nNo parameter differs.");
    } else {
        let _ = writeln!(out, "\nParameters that differ:");
        for (k, values) in differing {
            let s = k.spec();
            let shown: Vec<String> = values.iter().map(|&v| s.format_display(v)).collect();
            let _ = writeln!(out, "  {:<34} {}", s.label, shown.join(" | "));
        }
    }
    out
}
