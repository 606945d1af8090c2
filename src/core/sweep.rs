//! Grids of deals over the two main deal terms, sharing one baseline.

use rayon::prelude::*;

use super::model::{Baseline, Run, simulate_deal};
use super::params::Params;

/// Points per axis of the deal map once inputs settle (window, export and `jvsim sweep`).
pub const MAP_GRID: usize = 101;

/// One grid cell's result.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct Cell {
    pub host_stake: f64,
    pub tech_share: f64,
    /// NPV gains over no deal if the deal is approved, US$ B.
    pub host_gain: f64,
    pub entrant_gain: f64,
    /// The chance both governments approve these terms.
    pub approval: f64,
    /// What the deal is worth to the host country over no deal, NPV, US$ B (eq. 23).
    pub nation_gain: f64,
}

impl Cell {
    pub fn in_zone(&self) -> bool {
        self.host_gain > 0.0 && self.entrant_gain > 0.0
    }

    /// In the zone, and the host country gains too.
    pub fn in_three_party_zone(&self) -> bool {
        self.in_zone() && self.nation_gain > 0.0
    }
}

/// Results of an `n × n` grid over host stake (x, 0 to 1) and tech share (y, 0 to 1), row-major
/// with `tech_share` varying slowest.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Grid {
    pub n: usize,
    pub cells: Vec<Cell>,
}

impl Grid {
    pub fn cell(&self, stake_index: usize, share_index: usize) -> &Cell {
        &self.cells[share_index * self.n + stake_index]
    }
}

/// The grid coordinate of index `i` of `n` points over 0..=1.
pub fn axis_value(i: usize, n: usize) -> f64 {
    if n <= 1 {
        0.0
    } else {
        i as f64 / (n - 1) as f64
    }
}

/// Sweeps host stake × tech share in parallel. The baseline is computed once; each cell is
/// independent, so the result does not depend on the number of threads.
pub fn deal_grid(p: &Params, n: usize) -> Grid {
    // Never cancelled, so always complete.
    deal_grid_unless(p, n, &|| false).unwrap_or(Grid {
        n: 0,
        cells: Vec::new(),
    })
}

/// As `deal_grid`, but gives up (returning `None`) as soon as `stale()` says the answer is no
/// longer wanted; checked once per row.
pub fn deal_grid_unless(p: &Params, n: usize, stale: &(dyn Fn() -> bool + Sync)) -> Option<Grid> {
    let baseline = Baseline::new(p);
    let (d_u, d_c) = (baseline.run.host.npv, baseline.run.entrant.npv);
    let rows: Option<Vec<Vec<Cell>>> = (0..n)
        .into_par_iter()
        .map_init(
            || Box::new(Run::ZERO),
            |run, j| {
                if stale() {
                    return None;
                }
                let mut q = *p;
                q.tech_share = axis_value(j, n);
                let row = (0..n)
                    .map(|i| {
                        q.host_stake = axis_value(i, n);
                        simulate_deal(&q, &baseline, run);
                        Cell {
                            host_stake: q.host_stake,
                            tech_share: q.tech_share,
                            host_gain: run.host.npv - d_u,
                            entrant_gain: run.entrant.npv - d_c,
                            approval: super::policy::approval(&q).both,
                            nation_gain: super::nation::npv_gain(&q, run, &baseline.run),
                        }
                    })
                    .collect();
                Some(row)
            },
        )
        .collect();
    rows.map(|rows| Grid {
        n,
        cells: rows.into_iter().flatten().collect(),
    })
}

/// The two Nash points every view shows: anywhere on the grid, and with the host in control.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct NashPoints {
    pub unconstrained: Option<Cell>,
    pub host_control: Option<Cell>,
}

impl Grid {
    /// Both Nash points for bargaining power `beta`.
    pub fn nash_points(&self, beta: f64) -> NashPoints {
        NashPoints {
            unconstrained: self.nash(beta, 0.0).copied(),
            host_control: self.nash(beta, super::policy::HOST_CONTROL).copied(),
        }
    }

    /// Cells in the deal zone.
    pub fn zone_count(&self) -> usize {
        self.cells.iter().filter(|c| c.in_zone()).count()
    }

    /// Cells where the host country gains as well.
    pub fn three_party_zone_count(&self) -> usize {
        self.cells
            .iter()
            .filter(|c| c.in_three_party_zone())
            .count()
    }

    /// The Nash bargaining solution on the grid: among zone cells with host stake at least
    /// `min_stake` that some chance of approval remains for, the one maximising the expected
    /// Nash product, ln P + β·ln(host gain) + (1 − β)·ln(entrant gain) with P the chance both
    /// governments approve (eq. 21): control and shallower sharing carry their value. Ties go
    /// to the first in row order, so the answer is deterministic.
    pub fn nash(&self, beta: f64, min_stake: f64) -> Option<&Cell> {
        let mut best: Option<(&Cell, f64)> = None;
        for c in &self.cells {
            if !c.in_zone() || c.host_stake < min_stake - 1e-12 || c.approval <= 0.0 {
                continue;
            }
            let v = c.approval.ln() + beta * c.host_gain.ln() + (1.0 - beta) * c.entrant_gain.ln();
            if best.is_none_or(|(_, b)| v > b) {
                best = Some((c, v));
            }
        }
        best.map(|(c, _)| c)
    }
}
