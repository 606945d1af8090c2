//! The robust map's fast path gives the full model's answer: an NPV-only deal run (which starts
//! from the baseline's state at the first production year) and a row of them (which also shares
//! the first production year across stakes) have the same NPV bits as full runs.

use jvsim::core::model::{Baseline, Run, deal_npvs_at_stakes, simulate_deal, simulate_deal_npv};
use jvsim::core::params::{Key, Kind, Params};
use proptest::prelude::*;

/// Any parameter set inside the validity ranges, with the deal terms and the switches that decide
/// which years and branches a run goes through drawn over their whole span: build years 0–5
/// (0 is below the valid range; the model treats it as 1 for the investment and produces from
/// the first year), any horizon, tariffs changing or not, the connected-vehicle rule and the
/// credits on or off.
fn deal_params() -> impl Strategy<Value = Params> {
    (
        proptest::collection::vec(0.0f64..=1.0, Key::ALL.len()),
        0u32..=5,
        1u32..=40,
        any::<[bool; 5]>(),
        (0.0f64..=1.0, 0.0f64..=1.0, 0.0f64..=1.0),
    )
        .prop_filter_map(
            "cross-parameter rule",
            |(u, build, horizon, switches, (stake, share, spread))| {
                let mut p = Params::default();
                // Half the cases within the slider ranges (where users and Monte Carlo live),
                // half within the validity ranges.
                let slider = switches[4];
                for (&k, u) in Key::ALL.iter().zip(u) {
                    let (lo, hi) = if slider {
                        k.spec().slider
                    } else {
                        k.spec().valid
                    };
                    let mut v = lo + u * (hi - lo);
                    if k.spec().kind != Kind::Real {
                        v = v.round();
                    }
                    p.set(k, v);
                }
                p.host_stake = stake;
                p.tech_share = share;
                p.jv_build_years = build;
                p.horizon = horizon;
                p.tariff_change = switches[0];
                p.connected_vehicle_rule = switches[1];
                p.manufacturing_credits = switches[2];
                p.jv_exclusive = switches[3];
                // Rule and tariff years near the start, so that they fall inside the run.
                p.cv_rule_year = p.start_year + (spread * 6.0) as u32;
                p.tariff_change_year = p.start_year + (spread * 9.0) as u32;
                p.cross_check().ok().map(|()| p)
            },
        )
}

fn npv_bits(r: &Run) -> (u64, u64) {
    (r.host.npv.to_bits(), r.entrant.npv.to_bits())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn npv_only_run_has_the_full_runs_bits(p in deal_params()) {
        let baseline = Baseline::new(&p);
        let mut full = Box::new(Run::ZERO);
        let mut fast = Box::new(Run::ZERO);
        simulate_deal(&p, &baseline, &mut full);
        simulate_deal_npv(&p, &baseline, &mut fast);
        prop_assert_eq!(npv_bits(&fast), npv_bits(&full), "{:?} vs {:?}", (fast.host.npv, fast.entrant.npv), (full.host.npv, full.entrant.npv));
        prop_assert_eq!((fast.years, fast.first_year), (full.years, full.first_year));
    }

    #[test]
    fn npv_only_run_reuses_a_baseline_made_for_other_deal_terms(
        p in deal_params(),
        q in deal_params(),
    ) {
        // The baseline of `q`'s deal terms with `p`'s market: the deal-only inputs of the
        // baseline's own parameters must not leak into the deal's years before production.
        let mut other = p;
        for &k in Key::ALL {
            if k.spec().deal_only {
                other.set(k, q.get(k));
            }
        }
        let baseline = Baseline::new(&other);
        prop_assert!(baseline.matches(&p));
        let mut full = Box::new(Run::ZERO);
        let mut fast = Box::new(Run::ZERO);
        simulate_deal(&p, &Baseline::new(&p), &mut full);
        simulate_deal_npv(&p, &baseline, &mut fast);
        prop_assert_eq!(npv_bits(&fast), npv_bits(&full));
    }

    #[test]
    fn a_row_of_stakes_has_each_full_runs_bits(
        p in deal_params(),
        mut stakes in proptest::collection::vec(0.0f64..=1.0, 1..8),
    ) {
        // The stake lines, where the credit and the bands change, and the ends.
        stakes.extend([0.0, 0.5, 0.75, 0.7500000000000001, 1.0]);
        let baseline = Baseline::new(&p);
        let mut npvs = vec![(f64::NAN, f64::NAN); stakes.len()];
        deal_npvs_at_stakes(&p, &baseline, &stakes, &mut npvs);
        let mut full = Box::new(Run::ZERO);
        for (&stake, &(u, c)) in stakes.iter().zip(&npvs) {
            let cell = Params { host_stake: stake, ..p };
            simulate_deal(&cell, &baseline, &mut full);
            prop_assert_eq!((u.to_bits(), c.to_bits()), npv_bits(&full), "stake {}", stake);
        }
    }
}
