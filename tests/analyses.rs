//! Deal map, bargaining, sensitivity, Monte Carlo and goal seek.

use jvsim::core::goalseek::{
    Interval, TARIFF_TOLERANCE, TERMS_TOLERANCE, goal_seek, host_control_zone_exists,
    min_vehicle_tariff_host_control,
};
use jvsim::core::model::simulate;
use jvsim::core::montecarlo::{latin_hypercube, monte_carlo, percentile};
use jvsim::core::params::{Key, Params};
use jvsim::core::sensitivity::tornado;
use jvsim::core::sweep::{Cell, Grid, deal_grid};

fn gains(p: &Params) -> (f64, f64) {
    let o = simulate(p);
    (
        o.deal.host.npv - o.no_deal.host.npv,
        o.deal.entrant.npv - o.no_deal.entrant.npv,
    )
}

/// A 3 × 3 grid whose zone and Nash points are known by hand.
fn synthetic() -> Grid {
    // (host gain, entrant gain) by [share][stake]; stakes 0, 0.5, 1.
    let values = [
        [(-1.0, 3.0), (1.0, 1.0), (2.0, -1.0)],
        [(1.0, 4.0), (2.0, 2.0), (4.0, 0.5)],
        [(0.5, 0.5), (3.0, 1.5), (6.0, -0.5)],
    ];
    let mut cells = Vec::new();
    for (j, row) in values.iter().enumerate() {
        for (i, &(h, e)) in row.iter().enumerate() {
            cells.push(Cell {
                host_stake: i as f64 / 2.0,
                tech_share: j as f64 / 2.0,
                host_gain: h,
                entrant_gain: e,
                approval: 1.0,
                nation_gain: h - 1.0,
            });
        }
    }
    Grid { n: 3, cells }
}

#[test]
fn zone_and_nash_on_a_known_grid() {
    let g = synthetic();
    // In the zone: (0.5,0), (0,0.5), (0.5,0.5), (1,0.5), (0,1), (0.5,1).
    assert_eq!(g.zone_count(), 6);
    // Here the nation gains where the host gains more than 1; of the zone's cells that is
    // (0.5,0.5), (1,0.5) and (0.5,1).
    assert_eq!(g.three_party_zone_count(), 3);
    // β = 0.5: maximise h·e → (0,0.5): 4, (0.5,0.5): 4, (1,0.5): 2, (0.5,1): 4.5.
    let n = g.nash(0.5, 0.0).unwrap();
    assert_eq!((n.host_stake, n.tech_share), (0.5, 1.0));
    // β = 0: the entrant's gain alone: (0, 0.5) with 4.
    let n = g.nash(0.0, 0.0).unwrap();
    assert_eq!((n.host_stake, n.tech_share), (0.0, 0.5));
    // β = 1 with host control: the host's gain alone among stakes ≥ 0.5: (1, 0.5) with 4.
    let n = g.nash(1.0, 0.5).unwrap();
    assert_eq!((n.host_stake, n.tech_share), (1.0, 0.5));
    // No zone point with stake ≥ 0.75 except (1, 0.5).
    assert_eq!(g.nash(0.5, 0.75).unwrap().host_stake, 1.0);
    let none = Grid {
        n: 1,
        cells: vec![Cell {
            host_stake: 0.0,
            tech_share: 0.0,
            host_gain: -1.0,
            entrant_gain: 2.0,
            approval: 1.0,
            nation_gain: 0.0,
        }],
    };
    assert!(none.nash(0.5, 0.0).is_none());
    // The chance of approval weighs in: halving it at (0.5, 1) moves the point to (0, 0.5) and
    // (0.5, 0.5), whose products tie at 4; the first in row order wins.
    let mut g = synthetic();
    g.cells[7].approval = 0.5;
    let n = g.nash(0.5, 0.0).unwrap();
    assert_eq!((n.host_stake, n.tech_share), (0.0, 0.5));
}

#[test]
fn nash_points_lie_in_the_zone_for_any_bargaining_power() {
    let p = Params::default();
    let g = deal_grid(&p, 41);
    for beta in [0.0, 0.25, 0.5, 0.75, 1.0] {
        for min_stake in [0.0, 0.5] {
            if let Some(c) = g.nash(beta, min_stake) {
                assert!(c.in_zone());
                assert!(c.host_stake >= min_stake);
                // No zone cell does better on the Nash product.
                let v = |c: &Cell| {
                    c.approval.ln() + beta * c.host_gain.ln() + (1.0 - beta) * c.entrant_gain.ln()
                };
                for other in g
                    .cells
                    .iter()
                    .filter(|o| o.in_zone() && o.host_stake >= min_stake)
                {
                    assert!(v(other) <= v(c));
                }
            }
        }
    }
    // More bargaining power for the host moves the Nash point towards a larger stake.
    let weak = g.nash(0.2, 0.0).unwrap().host_stake;
    let strong = g.nash(0.8, 0.0).unwrap().host_stake;
    assert!(strong > weak, "{weak} -> {strong}");
}

#[test]
fn grid_axes_include_both_ends() {
    let g = deal_grid(&Params::default(), 11);
    assert_eq!(g.cell(0, 0).host_stake, 0.0);
    assert_eq!(g.cell(10, 10).host_stake, 1.0);
    assert_eq!(g.cell(10, 10).tech_share, 1.0);
}

#[test]
fn each_latin_hypercube_stratum_holds_exactly_one_draw() {
    for (draws, dims, seed) in [(10, 3, 1), (1000, 35, 7), (37, 5, 123_456)] {
        let pts = latin_hypercube(draws, dims, seed);
        assert_eq!(pts.len(), draws);
        for d in 0..dims {
            let mut seen = vec![false; draws];
            for p in &pts {
                assert!((0.0..1.0).contains(&p[d]));
                let stratum = (p[d] * draws as f64).floor() as usize;
                assert!(!seen[stratum], "stratum {stratum} twice in dim {d}");
                seen[stratum] = true;
            }
        }
    }
    // Different seeds, different draws.
    assert_ne!(latin_hypercube(10, 2, 1), latin_hypercube(10, 2, 2));
}

#[test]
fn same_seed_same_bands_whatever_the_thread_count() {
    let p = Params::default();
    let run = |threads: usize| {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap()
            .install(|| monte_carlo(&p, 300, 42))
    };
    let one = run(1);
    assert_eq!(one, run(3));
    assert_ne!(one, monte_carlo(&p, 300, 43));
    // Bands are ordered and probabilities are probabilities.
    for b in [&one.host, &one.entrant] {
        for t in 0..one.years.len() {
            assert!(b.p5[t] <= b.p25[t] && b.p25[t] <= b.p50[t]);
            assert!(b.p50[t] <= b.p75[t] && b.p75[t] <= b.p95[t]);
        }
        assert!((0.0..=1.0).contains(&b.p_gain));
    }
    assert_eq!(one.years.len(), 12);
}

#[test]
fn percentiles_interpolate_between_order_statistics() {
    let v = [1.0, 2.0, 3.0, 4.0, 5.0];
    assert_eq!(percentile(&v, 0.0), 1.0);
    assert_eq!(percentile(&v, 50.0), 3.0);
    assert_eq!(percentile(&v, 100.0), 5.0);
    assert_eq!(percentile(&v, 25.0), 2.0);
    assert!((percentile(&v, 5.0) - 1.2).abs() < 1e-12);
}

#[test]
fn tornado_ends_equal_direct_simulations_and_are_sorted() {
    let p = Params::default();
    let t = tornado(&p);
    let (h0, e0) = gains(&p);
    assert_eq!((t.host_base, t.entrant_base), (h0, e0));
    for bar in &t.host {
        let mut q = p;
        q.set(bar.key, bar.low);
        assert_eq!(bar.gain_at_low, gains(&q).0, "{}", bar.key);
        q.set(bar.key, bar.high);
        assert_eq!(bar.gain_at_high, gains(&q).0, "{}", bar.key);
        assert!(!matches!(bar.key, Key::host_stake | Key::tech_share));
    }
    for w in t.host.windows(2) {
        assert!(w[0].width() >= w[1].width());
    }
    for w in t.entrant.windows(2) {
        assert!(w[0].width() >= w[1].width());
    }
    // Under the connected-vehicle rule the entrant has no exports left for the tariff to tax
    // after the first year: the tariff moves its gain only through that year (its imports and
    // the shares they leave the others). With the rule lifted it moves it far more.
    let tariff_bar = |t: &jvsim::core::sensitivity::Tornado| {
        *t.entrant
            .iter()
            .find(|b| b.key == Key::vehicle_tariff)
            .unwrap()
    };
    let b = tariff_bar(&t);
    assert!(b.width() < 0.5, "{b:?}");
    let lifted = Params {
        connected_vehicle_rule: false,
        ..p
    };
    let l = tariff_bar(&tornado(&lifted));
    assert!(l.gain_at_high > l.gain_at_low + 0.1, "{l:?}");
    assert!(l.width() > 4.0 * b.width(), "{l:?} vs {b:?}");
}

/// Checks that every interval is accepted at its ends and in between, that a tolerance step
/// beyond an inner end is refused, and that outside the intervals (at 1 % steps) nothing is
/// accepted.
fn check_intervals(p: &Params, key: Key, partner: usize, intervals: &[Interval]) {
    let gain = |v: f64| {
        let mut q = *p;
        q.set(key, v);
        let g = gains(&q);
        if partner == 0 { g.0 } else { g.1 }
    };
    for i in intervals {
        assert!(i.lo <= i.hi, "{key}: {i:?}");
        for v in [i.lo, i.hi, 0.5 * (i.lo + i.hi)] {
            assert!(
                gain(v) > 0.0,
                "{key} partner {partner}: {v} in {i:?} is refused"
            );
        }
        if i.lo > 0.0 {
            assert!(
                gain(i.lo - TERMS_TOLERANCE) <= 0.0,
                "{key}: below {i:?} accepted"
            );
        }
        if i.hi < 1.0 {
            assert!(
                gain(i.hi + TERMS_TOLERANCE) <= 0.0,
                "{key}: above {i:?} accepted"
            );
        }
    }
    for k in 0..=100 {
        let v = f64::from(k) / 100.0;
        if !intervals.iter().any(|i| i.lo <= v && v <= i.hi) {
            assert!(
                gain(v) <= 0.0,
                "{key} partner {partner}: {v} accepted outside {intervals:?}"
            );
        }
    }
}

#[test]
fn goal_seek_answers_sit_on_the_zone_boundary() {
    let p = Params::default();

    let tau = min_vehicle_tariff_host_control(&p).expect("a tariff works");
    assert!(host_control_zone_exists(&p, tau));
    assert!(tau == 0.0 || !host_control_zone_exists(&p, tau - TARIFF_TOLERANCE));

    let g = goal_seek(&p);
    check_intervals(&p, Key::host_stake, 0, &g.host.stake);
    check_intervals(&p, Key::tech_share, 0, &g.host.share);
    check_intervals(&p, Key::host_stake, 1, &g.entrant.stake);
    check_intervals(&p, Key::tech_share, 1, &g.entrant.share);
    // At the defaults the entrant's acceptance of the stake ends strictly inside the range: a
    // larger host stake takes its share of the JV's profit.
    assert_eq!(g.entrant.stake.len(), 1);
    assert!(g.entrant.stake[0].hi > 0.51 && g.entrant.stake[0].hi < 1.0);
}

#[test]
fn goal_seek_finds_real_interior_edges() {
    // Without spillover the host gains only through its stake, and at a zero stake the JV just
    // takes sales from it: the host's acceptance starts strictly inside the range.
    let p = Params {
        spillover_rate: 0.0,
        vehicle_tariff: 0.6,
        ..Params::default()
    };
    let g = goal_seek(&p);
    assert_eq!(g.host.stake.len(), 1);
    let lo = g.host.stake[0].lo;
    assert!(lo > 0.0 && lo < 1.0, "{lo}");
    check_intervals(&p, Key::host_stake, 0, &g.host.stake);
    check_intervals(&p, Key::tech_share, 1, &g.entrant.share);
    // And, with the connected-vehicle rule lifted (under it the entrant has no exports to
    // protect and any tariff will do), a tariff too low for any host-controlled deal has no
    // answer below the threshold.
    let lifted = Params {
        connected_vehicle_rule: false,
        ..Params::default()
    };
    let tau = min_vehicle_tariff_host_control(&lifted).unwrap();
    assert!(tau > 0.0 && !host_control_zone_exists(&lifted, tau * 0.5));
    assert_eq!(
        min_vehicle_tariff_host_control(&Params::default()),
        Some(0.0)
    );
}

#[test]
fn goal_seek_says_never_and_always_plainly() {
    use jvsim::core::goalseek::describe;
    // With no vehicle tariff and the connected-vehicle rule lifted, the entrant's exports are
    // worth more than any JV share: it never gains, whatever the stake or the share.
    let p = Params {
        vehicle_tariff: 0.0,
        connected_vehicle_rule: false,
        ..Params::default()
    };
    let g = goal_seek(&p);
    check_intervals(&p, Key::host_stake, 1, &g.entrant.stake);
    check_intervals(&p, Key::tech_share, 1, &g.entrant.share);
    assert_eq!(describe(&g.entrant.stake), "never");
    assert_eq!(describe(&g.entrant.share), "never");
    // At the defaults the host gains at any stake.
    let g = goal_seek(&Params::default());
    assert_eq!(describe(&g.host.stake), "always");
}

#[test]
fn monte_carlo_draws_centre_on_the_values_as_set() {
    use jvsim::core::montecarlo::draw_params;
    let p = Params {
        host_tech0: 0.65,
        // Far below its slider (14–18 M): held as set.
        market_size: 1.6,
        ..Params::default()
    };
    let draws = draw_params(&p, 201, 7);
    let mut tech: Vec<f64> = draws.iter().map(|q| q.host_tech0).collect();
    tech.sort_by(f64::total_cmp);
    assert!((tech[100] - 0.65).abs() < 0.01, "median {}", tech[100]);
    let (lo, hi) = Key::host_tech0.spec().slider;
    assert!(tech[0] >= lo && tech[200] <= hi);
    assert!(draws.iter().all(|q| q.market_size == 1.6));
    // A parameter left at its default is drawn around it as before.
    let mut size: Vec<f64> = draw_params(&Params::default(), 201, 7)
        .iter()
        .map(|q| q.market_size)
        .collect();
    size.sort_by(f64::total_cmp);
    assert!((size[100] - 16.0).abs() < 0.05 && size[0] < 14.1 && size[200] > 17.9);
}
