//! Invariants of the model over the whole valid parameter space.

use jvsim::core::model::{Baseline, Run, Source, simulate, simulate_deal};
use jvsim::core::params::{Key, Kind, Params};
use jvsim::core::sweep::deal_grid;
use proptest::prelude::*;

/// Any parameter set inside the slider ranges (where users and Monte Carlo live).
fn slider_params() -> impl Strategy<Value = Params> {
    params_in(|k| k.spec().slider)
}

/// Any parameter set inside the validity ranges (what a file may hold).
fn valid_params() -> impl Strategy<Value = Params> {
    params_in(|k| k.spec().valid)
}

fn params_in(range: fn(Key) -> (f64, f64)) -> impl Strategy<Value = Params> {
    proptest::collection::vec(0.0f64..=1.0, Key::ALL.len()).prop_filter_map(
        "cross-parameter rule",
        move |u| {
            let mut p = Params::default();
            for (&k, u) in Key::ALL.iter().zip(u) {
                let (lo, hi) = range(k);
                let mut v = lo + u * (hi - lo);
                if k.spec().kind != Kind::Real {
                    v = v.round();
                }
                p.set(k, v);
            }
            p.cross_check().ok().map(|()| p)
        },
    )
}

fn all_finite(r: &Run) -> bool {
    let n = r.years;
    let paths = [
        &r.host.profit,
        &r.entrant.profit,
        &r.host.tech,
        &r.entrant.tech,
        &r.jv.profit,
        &r.jv.volume,
        &r.market.host_volume,
        &r.market.entrant_volume,
    ];
    paths.iter().all(|p| p[..n].iter().all(|v| v.is_finite()))
        && r.host.npv.is_finite()
        && r.entrant.npv.is_finite()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn outputs_are_finite_for_any_valid_input(p in valid_params()) {
        let o = simulate(&p);
        prop_assert!(all_finite(&o.deal));
        prop_assert!(all_finite(&o.no_deal));
    }

    #[test]
    fn breakdown_adds_up_and_royalties_are_a_transfer(p in slider_params()) {
        let o = simulate(&p);
        for run in [&o.deal, &o.no_deal] {
            for t in 0..run.years {
                for who in [&run.host, &run.entrant] {
                    let sum: f64 = Source::ALL.iter().map(|&s| who.source(s)[t]).sum();
                    prop_assert!((sum - who.profit[t]).abs() <= 1e-9 * (1.0 + sum.abs()));
                }
                let r = run.host.source(Source::Royalties)[t] + run.entrant.source(Source::Royalties)[t];
                prop_assert!(r.abs() < 1e-12);
                // Equity splits the JV's operations and investment exactly.
                let ops = run.host.source(Source::JvOperations)[t] + run.entrant.source(Source::JvOperations)[t];
                prop_assert!((ops - (run.jv.profit[t] + run.jv.royalty[t])).abs() < 1e-9);
            }
        }
    }

    #[test]
    fn baseline_does_not_depend_on_deal_only_inputs(p in slider_params(), q in slider_params()) {
        // Take every deal-only input from q: the baseline must be bit-identical.
        let mut mixed = p;
        for &k in Key::ALL {
            if k.spec().deal_only {
                mixed.set(k, q.get(k));
            }
        }
        let a = Baseline::new(&p);
        let b = Baseline::new(&mixed);
        prop_assert!(a.matches(&mixed));
        prop_assert_eq!(a.run, b.run);
    }

    #[test]
    fn no_sharing_leaves_host_technology_on_its_no_deal_path(mut p in slider_params()) {
        p.tech_share = 0.0;
        let o = simulate(&p);
        for t in 0..o.deal.years {
            prop_assert_eq!(o.deal.host.tech[t].to_bits(), o.no_deal.host.tech[t].to_bits());
        }
    }

    #[test]
    fn deal_never_lowers_host_technology(p in slider_params()) {
        let o = simulate(&p);
        for t in 0..o.deal.years {
            prop_assert!(o.deal.host.tech[t] >= o.no_deal.host.tech[t]);
        }
    }

    #[test]
    fn no_producer_sells_beyond_its_capacity_and_capacity_grows_within_bounds(
        p in slider_params()
    ) {
        let o = simulate(&p);
        for run in [&o.deal, &o.no_deal] {
            let (jv, m) = (&run.jv, &run.market);
            for t in 0..run.years {
                prop_assert!(jv.volume[t] <= jv.capacity[t] + 1e-9);
                prop_assert!(m.host_volume[t] <= m.host_capacity[t] + 1e-9);
                if t > 0 {
                    let (was, now) = (m.host_capacity[t - 1], m.host_capacity[t]);
                    prop_assert!(now >= was && now <= was * (1.0 + p.max_expansion) + 1e-9);
                }
            }
            prop_assert_eq!(m.host_capacity[0], p.host_capacity);
        }
    }

    #[test]
    fn same_input_same_bits(p in slider_params()) {
        prop_assert_eq!(simulate(&p), simulate(&p));
    }
}

/// Every declared deal-only flag is honest in the other direction too: a parameter not marked
/// deal-only must be able to move the baseline (else it should be marked, and cached better).
#[test]
fn parameters_not_marked_deal_only_move_the_baseline() {
    let base = Baseline::new(&Params::default());
    for &k in Key::ALL {
        let s = k.spec();
        if s.deal_only {
            continue;
        }
        let mut p = Params::default();
        let moved = [s.slider.1, s.slider.0].into_iter().any(|v| {
            p.set(k, v);
            // The tariff path only matters when it is switched on.
            p.tariff_change = k == Key::tariff_change
                || k == Key::tariff_change_year
                || k == Key::vehicle_tariff_later;
            if k == Key::tariff_change_year {
                p.set(k, 2030.0);
            }
            // Capacity growth matters once demand outruns capacity: start the host small.
            if matches!(k, Key::expansion_capex | Key::max_expansion) {
                p.host_capacity = Key::host_capacity.spec().slider.0;
            }
            let base = if matches!(k, Key::expansion_capex | Key::max_expansion) {
                Baseline::new(&Params {
                    host_capacity: p.host_capacity,
                    ..Params::default()
                })
                .run
            } else {
                base.run
            };
            Baseline::new(&p).run != base
        });
        assert!(moved, "{k} is not deal-only but does not move the baseline");
    }
}

#[test]
fn reused_baseline_gives_the_same_deal_as_a_fresh_run() {
    let p = Params::default();
    let base = Baseline::new(&p);
    let mut q = p;
    q.host_stake = 0.3;
    q.tech_share = 0.9;
    let mut run = Run::ZERO;
    simulate_deal(&q, &base, &mut run);
    assert_eq!(run, simulate(&q).deal);
}

#[test]
fn grid_results_do_not_depend_on_thread_count() {
    let p = Params::default();
    let one = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap()
        .install(|| deal_grid(&p, 31));
    let many = rayon::ThreadPoolBuilder::new()
        .num_threads(4)
        .build()
        .unwrap()
        .install(|| deal_grid(&p, 31));
    assert_eq!(one, many);
    // And each cell equals a direct simulation of that deal.
    let c = one.cell(10, 20);
    let mut q = p;
    q.host_stake = c.host_stake;
    q.tech_share = c.tech_share;
    let o = simulate(&q);
    assert_eq!(c.host_gain, o.deal.host.npv - o.no_deal.host.npv);
}
