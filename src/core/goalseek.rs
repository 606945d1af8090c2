//! Goal seek: where each partner's acceptance flips. For each partner, the host stakes (tech share
//! as set) and the tech shares (stake as set) at which it gains, as intervals whose ends lie on
//! the boundary: an end is accepted, a tolerance step beyond it is not. And the lowest vehicle
//! tariff at which a deal with host control is in the zone.

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

/// Values of a deal term from `lo` to `hi`, both accepted.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct Interval {
    pub lo: f64,
    pub hi: f64,
}

/// Where one partner gains along each of the two deal terms, the other term as set.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Acceptance {
    /// Host stakes at which the partner gains, the tech share as set.
    pub stake: Vec<Interval>,
    /// Tech shares at which the partner gains, the host stake as set.
    pub share: Vec<Interval>,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct GoalSeek {
    /// Lowest first-level vehicle tariff at which some deal with host stake ≥ 50 % is in the
    /// zone; `None` if none is, even at the highest valid tariff.
    pub min_vehicle_tariff_host_control: Option<f64>,
    pub host: Acceptance,
    pub entrant: Acceptance,
}

/// "always", "never", or "from 23.4 % to 100 %" (and more intervals joined by "and"): a set of
/// values of a fraction term over 0–100 %, as people read it.
pub fn describe(intervals: &[Interval]) -> String {
    match intervals {
        [] => "never".to_string(),
        [i] if i.lo <= 0.0 && i.hi >= 1.0 => "always".to_string(),
        _ => intervals
            .iter()
            .map(|i| {
                if (i.hi - i.lo).abs() < TERMS_TOLERANCE {
                    format!("only at {}", pct(i.lo))
                } else {
                    format!("from {} to {}", pct(i.lo), pct(i.hi))
                }
            })
            .collect::<Vec<_>>()
            .join(" and "),
    }
}

fn pct(v: f64) -> String {
    let p = (v * 1000.0).round() / 10.0;
    format!("{p} %")
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

/// Samples per deal term before the flips are refined (steps of 1 percentage point).
pub const TERM_STEPS: usize = 100;

/// Both partners' acceptance along `key` over 0–1, the other term as in `p`: a scan in steps of
/// 1 %, then bisection of every flip to `TERMS_TOLERANCE`.
fn along(p: &Params, key: Key) -> (Vec<Interval>, Vec<Interval>) {
    let baseline = Baseline::new(p);
    let mut run = Box::new(Run::ZERO);
    let mut at = |v: f64| {
        let mut q = *p;
        q.set(key, v);
        gains(&q, &baseline, &mut run)
    };
    let x = |i: usize| i as f64 / TERM_STEPS as f64;
    let samples: Vec<(f64, f64)> = (0..=TERM_STEPS).map(|i| at(x(i))).collect();
    let mut per_partner = |gain: fn((f64, f64)) -> f64| {
        let ok: Vec<bool> = samples.iter().map(|&g| gain(g) > 0.0).collect();
        // Between an accepted sample and a refused neighbour: the accepted value nearest the flip.
        let mut edge = |accepted: f64, refused: f64| {
            let (mut a, mut r) = (accepted, refused);
            while (a - r).abs() > TERMS_TOLERANCE {
                let mid = 0.5 * (a + r);
                if gain(at(mid)) > 0.0 {
                    a = mid;
                } else {
                    r = mid;
                }
            }
            a
        };
        let mut out = Vec::new();
        let mut i = 0;
        while i <= TERM_STEPS {
            if !ok[i] {
                i += 1;
                continue;
            }
            let start = i;
            while i < TERM_STEPS && ok[i + 1] {
                i += 1;
            }
            let lo = if start == 0 {
                0.0
            } else {
                edge(x(start), x(start - 1))
            };
            let hi = if i == TERM_STEPS {
                1.0
            } else {
                edge(x(i), x(i + 1))
            };
            out.push(Interval { lo, hi });
            i += 1;
        }
        out
    };
    let host = per_partner(|g| g.0);
    let entrant = per_partner(|g| g.1);
    (host, entrant)
}

pub fn goal_seek(p: &Params) -> GoalSeek {
    let (host_stake, entrant_stake) = along(p, Key::host_stake);
    let (host_share, entrant_share) = along(p, Key::tech_share);
    GoalSeek {
        min_vehicle_tariff_host_control: min_vehicle_tariff_host_control(p),
        host: Acceptance {
            stake: host_stake,
            share: host_share,
        },
        entrant: Acceptance {
            stake: entrant_stake,
            share: entrant_share,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intervals_read_plainly() {
        assert_eq!(describe(&[]), "never");
        assert_eq!(describe(&[Interval { lo: 0.0, hi: 1.0 }]), "always");
        assert_eq!(
            describe(&[Interval {
                lo: 0.2345,
                hi: 1.0
            }]),
            "from 23.5 % to 100 %"
        );
        assert_eq!(
            describe(&[Interval { lo: 0.0, hi: 0.1 }, Interval { lo: 0.5, hi: 0.6 }]),
            "from 0 % to 10 % and from 50 % to 60 %"
        );
    }
}
