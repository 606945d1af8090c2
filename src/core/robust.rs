//! The robust deal map: for every host stake × tech share, the share of Monte Carlo draws in
//! which both partners gain. The draws are the Monte Carlo tab's (same seed, same Latin
//! hypercube, same calibration per draw).
//!
//! Each draw has its own no-deal baseline, computed once and shared across the grid, so the work
//! is one baseline per draw plus one deal per cell and draw. A deal runs only its years of
//! production, from the baseline's state when the JV starts, and a row of stakes shares its
//! first production year (`model::deal_npvs_at_stakes`): the same NPV bits as full runs. Draws
//! are split across threads; each thread counts into its own vector and the counts are summed,
//! so the answer is the same bits whatever the number of threads.

use rayon::prelude::*;

use super::model::{Baseline, deal_npvs_at_stakes};
use super::montecarlo::draw_params;
use super::params::Params;
use super::sweep::axis_value;

/// The chance both partners gain, per cell, over `draws` draws.
#[derive(Clone, Debug, PartialEq)]
pub struct RobustGrid {
    pub n: usize,
    pub draws: usize,
    pub seed: u64,
    /// Row-major with tech share varying slowest, as `sweep::Grid`.
    pub p_zone: Vec<f64>,
}

impl RobustGrid {
    pub fn at(&self, stake_index: usize, share_index: usize) -> f64 {
        self.p_zone[share_index * self.n + stake_index]
    }

    /// The chance at the grid point nearest to the given terms.
    pub fn nearest(&self, host_stake: f64, tech_share: f64) -> f64 {
        let index = |v: f64| {
            let last = self.n.saturating_sub(1);
            ((v.clamp(0.0, 1.0) * last as f64).round() as usize).min(last)
        };
        self.at(index(host_stake), index(tech_share))
    }
}

/// The robust map of `p`'s draws on an `n × n` grid.
pub fn robust_grid(p: &Params, n: usize, draws: usize, seed: u64) -> RobustGrid {
    robust_grid_unless(p, n, draws, seed, &|| false, &|_| {}).unwrap_or(RobustGrid {
        n: 0,
        draws: 0,
        seed,
        p_zone: Vec::new(),
    })
}

/// As `robust_grid`, giving up (`None`) once `stale()` says the answer is no longer wanted
/// (checked once per draw); `progress(k)` is called as each draw finishes with how many have.
pub fn robust_grid_unless(
    p: &Params,
    n: usize,
    draws: usize,
    seed: u64,
    stale: &(dyn Fn() -> bool + Sync),
    progress: &(dyn Fn(usize) + Sync),
) -> Option<RobustGrid> {
    let draws = draw_params(p, draws.max(1), seed);
    let p_zone = chance_in_zone(&draws, n, stale, progress)?;
    Some(RobustGrid {
        n,
        draws: draws.len(),
        seed,
        p_zone,
    })
}

/// For each cell, the share of `draws` (parameter sets) in which both partners gain.
pub fn chance_in_zone(
    draws: &[Params],
    n: usize,
    stale: &(dyn Fn() -> bool + Sync),
    progress: &(dyn Fn(usize) + Sync),
) -> Option<Vec<f64>> {
    let done = std::sync::atomic::AtomicUsize::new(0);
    let axis: Vec<f64> = (0..n).map(|i| axis_value(i, n)).collect();
    let counts = draws
        .par_iter()
        .try_fold(
            || (vec![0u32; n * n], vec![(0.0, 0.0); n]),
            |(mut counts, mut npvs), q| {
                if stale() {
                    return None;
                }
                count_draw(q, &axis, &mut counts, &mut npvs);
                let k = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
                progress(k);
                Some((counts, npvs))
            },
        )
        .map(|r| r.map(|(counts, _)| counts))
        .try_reduce(
            || vec![0u32; n * n],
            |mut a, b| {
                for (x, y) in a.iter_mut().zip(&b) {
                    *x += y;
                }
                Some(a)
            },
        )?;
    let total = draws.len().max(1) as f64;
    Some(counts.iter().map(|&c| f64::from(c) / total).collect())
}

/// One draw over the whole grid: its baseline once, then every cell's deal. A run sees the tech
/// share only as the share that may go into the JV (`policy::effective_share`): rows past the
/// connected-vehicle rule's cap repeat the row before, and are counted without running again.
/// `npvs` is room for one row's NPVs.
fn count_draw(q: &Params, axis: &[f64], counts: &mut [u32], npvs: &mut [(f64, f64)]) {
    let baseline = Baseline::new(q);
    let (d_u, d_c) = (baseline.run.host.npv, baseline.run.entrant.npv);
    let mut cell = *q;
    let n = axis.len();
    let mut last_effective = f64::NAN;
    for (j, &share) in axis.iter().enumerate() {
        cell.tech_share = share;
        let effective = super::policy::effective_share(&cell);
        if effective != last_effective {
            deal_npvs_at_stakes(&cell, &baseline, axis, npvs);
            last_effective = effective;
        }
        for (count, &(u, c)) in counts[j * n..(j + 1) * n].iter_mut().zip(&*npvs) {
            *count += u32::from(u > d_u && c > d_c);
        }
    }
}

/// The chance both partners gain at `p`'s own terms, over the same draws.
pub fn p_zone_here(p: &Params, draws: usize, seed: u64) -> f64 {
    let draws = draws.max(1);
    let hits: usize = draw_params(p, draws, seed)
        .par_iter()
        .map(|q| {
            let o = super::model::simulate(q);
            usize::from(
                o.deal.host.npv > o.no_deal.host.npv && o.deal.entrant.npv > o.no_deal.entrant.npv,
            )
        })
        .sum();
    hits as f64 / draws as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::sweep::deal_grid;

    #[test]
    fn collapsed_uncertainty_gives_the_deal_map_zone() {
        // Every draw the parameters as set: the chance is 1 inside the zone and 0 outside.
        let p = Params::default();
        let n = 11;
        let draws = vec![p; 7];
        let chance = chance_in_zone(&draws, n, &|| false, &|_| {}).unwrap();
        let grid = deal_grid(&p, n);
        for (c, cell) in chance.iter().zip(&grid.cells) {
            assert_eq!(*c, if cell.in_zone() { 1.0 } else { 0.0 }, "{cell:?}");
        }
        assert!(chance.contains(&1.0) && chance.contains(&0.0));
    }

    #[test]
    fn same_bits_on_one_and_two_threads() {
        let p = Params::default();
        let on = |threads: usize| {
            rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .unwrap()
                .install(|| robust_grid(&p, 9, 40, 7))
        };
        let (one, two) = (on(1), on(2));
        let bits = |g: &RobustGrid| g.p_zone.iter().map(|v| v.to_bits()).collect::<Vec<_>>();
        assert_eq!(bits(&one), bits(&two));
        // Uncertain, and not uniformly so.
        assert!(
            one.p_zone.iter().any(|&v| v > 0.0 && v < 1.0),
            "{:?}",
            one.p_zone
        );
    }

    #[test]
    fn the_current_deal_reads_the_same_draws() {
        let p = Params {
            host_stake: 0.6,
            ..Params::default()
        };
        let g = robust_grid(&p, 11, 60, 3);
        // 60 % and 50 % are points of an 11 × 11 grid.
        assert_eq!(
            g.nearest(p.host_stake, p.tech_share),
            p_zone_here(&p, 60, 3)
        );
    }
}
