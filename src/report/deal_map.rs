//! The deal map (`jvsim sweep`): both partners' and the host country's gains over the host stake
//! × tech share grid, the two- and three-party zones and the Nash points, as text and JSON; with
//! `--robust`, the chance both gain per cell (the text of that is in `robust_map`).

use std::fmt::Write as _;

use serde::Serialize;

use super::json::pretty;
use crate::core::dealfile::Deal;
use crate::core::policy::HOST_CONTROL;
use crate::core::robust::RobustGrid;
use crate::core::sweep::{Cell, Grid, axis_value};

/// The grid as rows indexed `[tech_share][host_stake]`, as the map is drawn.
#[derive(Serialize)]
struct DealMapView {
    host_stake: Vec<f64>,
    tech_share: Vec<f64>,
    host_gain: Vec<Vec<f64>>,
    entrant_gain: Vec<Vec<f64>>,
    approval: Vec<Vec<f64>>,
    nation_gain: Vec<Vec<f64>>,
    nash: Option<Cell>,
    nash_host_control: Option<Cell>,
    bargaining_power: f64,
    zone_points: usize,
    nation_zone_points: usize,
    /// With `--robust`: the chance both gain per cell, and the draws it is over.
    #[serde(flatten)]
    robust: Option<RobustView>,
}

#[derive(Serialize)]
struct RobustView {
    p_zone: Vec<Vec<f64>>,
    p_zone_here: f64,
    draws: usize,
    seed: u64,
    grid: usize,
}

/// One of the grid's values as rows: `[tech_share index][host_stake index]`.
pub fn rows(grid: &Grid, value: impl Fn(&Cell) -> f64) -> Vec<Vec<f64>> {
    (0..grid.n)
        .map(|j| (0..grid.n).map(|i| value(grid.cell(i, j))).collect())
        .collect()
}

/// The axis values, host stake across and tech share down alike.
pub fn axis(grid: &Grid) -> Vec<f64> {
    (0..grid.n).map(|i| axis_value(i, grid.n)).collect()
}

/// The map as JSON; with `robust` (the robust map and the chance at the deal as set) it adds
/// `p_zone`, indexed as `host_gain`, and the draws, seed and grid it was computed on.
pub fn json(deal: &Deal, grid: &Grid, robust: Option<(&RobustGrid, f64)>) -> String {
    let beta = deal.params.bargaining_power;
    let points = grid.nash_points(beta);
    pretty(&DealMapView {
        host_stake: axis(grid),
        tech_share: axis(grid),
        host_gain: rows(grid, |c| c.host_gain),
        entrant_gain: rows(grid, |c| c.entrant_gain),
        approval: rows(grid, |c| c.approval),
        nation_gain: rows(grid, |c| c.nation_gain),
        nash: points.unconstrained,
        nash_host_control: points.host_control,
        bargaining_power: beta,
        zone_points: grid.zone_count(),
        nation_zone_points: grid.three_party_zone_count(),
        robust: robust.map(|(r, here)| RobustView {
            p_zone: (0..r.n)
                .map(|j| (0..r.n).map(|i| r.at(i, j)).collect())
                .collect(),
            p_zone_here: here,
            draws: r.draws,
            seed: r.seed,
            grid: r.n,
        }),
    })
}

pub fn text(deal: &Deal, grid: &Grid) -> String {
    let p = &deal.params;
    let n = grid.n;
    let points = grid.nash_points(p.bargaining_power);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}: deal map over host stake × tech share, {n} × {n} points",
        deal.name
    );
    let _ = writeln!(
        out,
        "  {} of {} deals are in the zone (both partners gain if approved).",
        grid.zone_count(),
        n * n
    );
    let _ = writeln!(
        out,
        "  {} of them are in the three-party zone (the host country gains too).",
        grid.three_party_zone_count()
    );
    let control = format!(
        "Nash with host control (stake ≥ {:.0} %)",
        HOST_CONTROL * 100.0
    );
    for (label, c) in [
        ("Nash bargaining solution", points.unconstrained),
        (control.as_str(), points.host_control),
    ] {
        match c {
            Some(c) => {
                let _ = writeln!(
                    out,
                    "  {label} (β = {}): stake {:.1} %, tech share {:.1} %; gains if approved host \
                     {:+.2}, entrant {:+.2} US$ B; approval {:.0} %",
                    p.bargaining_power,
                    c.host_stake * 100.0,
                    c.tech_share * 100.0,
                    c.host_gain,
                    c.entrant_gain,
                    c.approval * 100.0
                );
            }
            None => {
                let _ = writeln!(out, "  {label}: none (no deal in the zone)");
            }
        }
    }
    out
}
