//! Goal seek (`jvsim goalseek`) as text and JSON: the lowest tariff for a host-controlled deal,
//! and where each partner gains along each deal term.

use std::fmt::Write as _;

use super::json::pretty;
use crate::core::dealfile::Deal;
use crate::core::goalseek::{GoalSeek, describe};
use crate::core::params::Key;
use crate::core::policy::HOST_CONTROL;

pub fn json(g: &GoalSeek) -> String {
    pretty(g)
}

pub fn text(deal: &Deal, g: &GoalSeek) -> String {
    let pct = |v: Option<f64>| v.map_or("none".to_string(), |v| format!("{:.1} %", v * 100.0));
    let p = &deal.params;
    let stake = Key::host_stake.spec().format_display(p.host_stake);
    let share = Key::tech_share.spec().format_display(p.tech_share);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "  Lowest vehicle tariff with a zone deal at host stake ≥ {:.0} %: {}",
        HOST_CONTROL * 100.0,
        pct(g.min_vehicle_tariff_host_control)
    );
    for (name, a) in [(&deal.host, &g.host), (&deal.entrant, &g.entrant)] {
        let _ = writeln!(out, "  {name} gains");
        let _ = writeln!(
            out,
            "    at host stakes: {} (tech shared {share})",
            describe(&a.stake)
        );
        let _ = writeln!(
            out,
            "    at tech shares: {} (host stake {stake})",
            describe(&a.share)
        );
    }
    out
}
