//! Goal seek: the terms at which one side's acceptance flips. Each answer lies on the zone
//! boundary: the answer is accepted, a tolerance step beyond it is not.

use rayon::prelude::*;

use super::model::{Baseline, Run, simulate_deal};
use super::params::{Key, Params};

/// Precision of the tariff answer (0.1 percentage point).
pub const TARIFF_TOLERANCE: f64 = 1e-3;
/// Precision of the stake and share answers (0.01 percentage point).
pub const TERMS_TOLERANCE: f64 = 1e-4;
/// Grid on which "a deal zone point with host stake ≥ 50 %" is looked for: stakes 50–100 % and
/// shares 0–100 %, this many points each.
pub const CONTROL_GRID: usize = 51;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GoalSeek {
    /// Lowest first-level vehicle tariff at which some deal with host stake ≥ 50 % is in the
    /// zone; `None` if none is, even at the highest valid tariff.
    pub min_vehicle_tariff_host_control: Option<f64>,
    /// Highest tech share the entrant accepts (gains over no deal) at the current stake.
    pub max_tech_share_entrant_accepts: Option<f64>,
    /// Lowest stake the host accepts at the current tech share.
    pub min_host_stake_host_accepts: Option<f64>,
}

/// Both partners' gains for the deal `q`, against `baseline` (which must match `q`).
fn gains(q: &Params, baseline: &Baseline, run: &mut Run) -> (f64, f64) {
    simulate_deal(q, baseline, run);
    (
        run.host.npv - baseline.run.host.npv,
        run.entrant.npv - baseline.run.entrant.npv,
    )
}

/// Whether, at vehicle tariff `tariff`, some deal with host stake ≥ 50 % on the control grid
/// beats both partners' outside options.
pub fn host_control_zone_exists(p: &Params, tariff: f64) -> bool {
    let mut q = *p;
    q.vehicle_tariff = tariff;
    let baseline = Baseline::new(&q);
    let n = CONTROL_GRID;
    (0..n).into_par_iter().any(|j| {
        let mut run = Box::new(Run::ZERO);
        let mut q = q;
        q.tech_share = j as f64 / (n - 1) as f64;
        (0..n).any(|i| {
            q.host_stake = 0.5 + 0.5 * i as f64 / (n - 1) as f64;
            let (h, e) = gains(&q, &baseline, &mut run);
            h > 0.0 && e > 0.0
        })
    })
}

pub fn min_vehicle_tariff_host_control(p: &Params) -> Option<f64> {
    let (mut lo, mut hi) = Key::vehicle_tariff.spec().valid;
    if host_control_zone_exists(p, lo) {
        return Some(lo);
    }
    if !host_control_zone_exists(p, hi) {
        return None;
    }
    // A higher tariff only shrinks the entrant's outside option, so existence is monotone.
    while hi - lo > TARIFF_TOLERANCE {
        let mid = 0.5 * (lo + hi);
        if host_control_zone_exists(p, mid) {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    Some(hi)
}

/// Finds where `accepts` flips along one deal term, scanning in steps of 1 % from `from`
/// towards `to`, then bisecting. Returns the accepted value nearest the flip.
fn edge(
    p: &Params,
    key: Key,
    from: f64,
    to: f64,
    accepts: impl Fn(f64, f64) -> bool,
) -> Option<f64> {
    let baseline = Baseline::new(p);
    let mut run = Box::new(Run::ZERO);
    let mut ok = |v: f64| {
        let mut q = *p;
        q.set(key, v);
        let (h, e) = gains(&q, &baseline, &mut run);
        accepts(h, e)
    };
    let steps = 100;
    let at = |i: usize| from + (to - from) * i as f64 / steps as f64;
    let first = (0..=steps).find(|&i| ok(at(i)))?;
    if first == 0 {
        return Some(from);
    }
    // Between a refused value and the first accepted one.
    let (mut refused, mut accepted) = (at(first - 1), at(first));
    while (accepted - refused).abs() > TERMS_TOLERANCE {
        let mid = 0.5 * (refused + accepted);
        if ok(mid) {
            accepted = mid;
        } else {
            refused = mid;
        }
    }
    Some(accepted)
}

pub fn max_tech_share_entrant_accepts(p: &Params) -> Option<f64> {
    edge(p, Key::tech_share, 1.0, 0.0, |_, e| e > 0.0)
}

pub fn min_host_stake_host_accepts(p: &Params) -> Option<f64> {
    edge(p, Key::host_stake, 0.0, 1.0, |h, _| h > 0.0)
}

pub fn goal_seek(p: &Params) -> GoalSeek {
    GoalSeek {
        min_vehicle_tariff_host_control: min_vehicle_tariff_host_control(p),
        max_tech_share_entrant_accepts: max_tech_share_entrant_accepts(p),
        min_host_stake_host_accepts: min_host_stake_host_accepts(p),
    }
}
