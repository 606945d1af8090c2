//! Monte Carlo over the uncertain parameters: Latin hypercube draws over each parameter's slider
//! range with the value as set as median (`ParamSpec::quantile`), seeded; bands of each partner's
//! cumulative profit.

use rayon::prelude::*;

use super::analysis::cumulative;
use super::model::{MAX_YEARS, simulate};
use super::params::{Key, Params};
use super::rng::SplitMix64;

/// `draws × dims` points in [0, 1): for every dimension, each of the `draws` equal strata holds
/// exactly one point.
pub fn latin_hypercube(draws: usize, dims: usize, seed: u64) -> Vec<Vec<f64>> {
    let mut rng = SplitMix64::new(seed);
    let mut points = vec![vec![0.0; dims]; draws];
    let mut strata: Vec<usize> = (0..draws).collect();
    for d in 0..dims {
        // Fisher–Yates: a fresh random order of the strata for this dimension.
        for i in (1..draws).rev() {
            let j = rng.below(i + 1);
            strata.swap(i, j);
        }
        for (point, &s) in points.iter_mut().zip(&strata) {
            point[d] = (s as f64 + rng.next_f64()) / draws as f64;
        }
    }
    points
}

/// The parameters Monte Carlo varies, in table order.
pub fn uncertain_keys() -> Vec<Key> {
    Key::ALL
        .iter()
        .copied()
        .filter(|k| k.spec().uncertain)
        .collect()
}

/// Percentile bands of one partner's cumulative profit, per year (US$ B), and the share of draws
/// in which the partner's NPV beats its no-deal NPV.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct PartnerBands {
    pub p5: Vec<f64>,
    pub p25: Vec<f64>,
    pub p50: Vec<f64>,
    pub p75: Vec<f64>,
    pub p95: Vec<f64>,
    /// Cumulative profit without the deal, median per year, for reference.
    pub no_deal_p50: Vec<f64>,
    pub p_gain: f64,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Bands {
    pub draws: usize,
    pub seed: u64,
    pub years: Vec<u32>,
    pub host: PartnerBands,
    pub entrant: PartnerBands,
}

/// What one draw contributes: both partners' cumulative paths, deal and no deal, and gains.
struct DrawResult {
    cum: [[f64; MAX_YEARS]; 4],
    host_gain: f64,
    entrant_gain: f64,
}

/// Percentile `q` (0–100) of sorted values, linear between order statistics.
pub fn percentile(sorted: &[f64], q: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let pos = q / 100.0 * (sorted.len() - 1) as f64;
    let lo = pos.floor() as usize;
    let hi = pos.ceil() as usize;
    sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo as f64)
}

/// The parameters of each draw: `p` with every uncertain parameter set from its Latin
/// hypercube quantile. Everything derived (appeals, the host's fixed cost) is fitted again
/// inside `simulate`, so each draw reproduces the base-year facts.
pub fn draw_params(p: &Params, draws: usize, seed: u64) -> Vec<Params> {
    let keys = uncertain_keys();
    latin_hypercube(draws, keys.len(), seed)
        .iter()
        .map(|u| {
            let mut q = *p;
            for (&k, &x) in keys.iter().zip(u) {
                q.set(k, k.spec().quantile(x, p.get(k)));
            }
            q
        })
        .collect()
}

/// Runs `draws` Latin hypercube draws around `p`. Deterministic for a seed, whatever the
/// number of threads: draws are made in order, simulated independently, then sorted.
pub fn monte_carlo(p: &Params, draws: usize, seed: u64) -> Bands {
    monte_carlo_unless(p, draws, seed, &|| false).unwrap_or_else(|| unreachable_bands(p))
}

fn unreachable_bands(p: &Params) -> Bands {
    // Only reached if a never-stale run were cancelled; keeps the API free of panics.
    let empty = PartnerBands {
        p5: vec![],
        p25: vec![],
        p50: vec![],
        p75: vec![],
        p95: vec![],
        no_deal_p50: vec![],
        p_gain: f64::NAN,
    };
    Bands {
        draws: 0,
        seed: 0,
        years: vec![p.start_year],
        host: empty.clone(),
        entrant: empty,
    }
}

/// As `monte_carlo`, giving up (`None`) once `stale()` says the answer is no longer wanted.
pub fn monte_carlo_unless(
    p: &Params,
    draws: usize,
    seed: u64,
    stale: &(dyn Fn() -> bool + Sync),
) -> Option<Bands> {
    let draws = draws.max(2);
    let results: Option<Vec<DrawResult>> = draw_params(p, draws, seed)
        .par_iter()
        .map(|q| {
            if stale() {
                return None;
            }
            let o = simulate(q);
            let n = o.deal.years;
            Some(DrawResult {
                cum: [
                    cumulative(&o.deal.host.profit, n),
                    cumulative(&o.deal.entrant.profit, n),
                    cumulative(&o.no_deal.host.profit, n),
                    cumulative(&o.no_deal.entrant.profit, n),
                ],
                host_gain: o.deal.host.npv - o.no_deal.host.npv,
                entrant_gain: o.deal.entrant.npv - o.no_deal.entrant.npv,
            })
        })
        .collect();
    let results = results?;
    let years = (p.horizon as usize).clamp(1, MAX_YEARS);
    let bands = |which: usize, no_deal: usize, gain: &dyn Fn(&DrawResult) -> f64| {
        let mut b = PartnerBands {
            p5: Vec::with_capacity(years),
            p25: Vec::with_capacity(years),
            p50: Vec::with_capacity(years),
            p75: Vec::with_capacity(years),
            p95: Vec::with_capacity(years),
            no_deal_p50: Vec::with_capacity(years),
            p_gain: results.iter().filter(|r| gain(r) > 0.0).count() as f64 / draws as f64,
        };
        let mut column = vec![0.0; draws];
        for t in 0..years {
            for (c, r) in column.iter_mut().zip(&results) {
                *c = r.cum[which][t];
            }
            column.sort_by(f64::total_cmp);
            b.p5.push(percentile(&column, 5.0));
            b.p25.push(percentile(&column, 25.0));
            b.p50.push(percentile(&column, 50.0));
            b.p75.push(percentile(&column, 75.0));
            b.p95.push(percentile(&column, 95.0));
            for (c, r) in column.iter_mut().zip(&results) {
                *c = r.cum[no_deal][t];
            }
            column.sort_by(f64::total_cmp);
            b.no_deal_p50.push(percentile(&column, 50.0));
        }
        b
    };
    Some(Bands {
        draws,
        seed,
        years: (0..years).map(|t| p.start_year + t as u32).collect(),
        host: bands(0, 2, &|r| r.host_gain),
        entrant: bands(1, 3, &|r| r.entrant_gain),
    })
}
