//! The economic behaviour the model must show at the default deal (issue: simulation core).

use jvsim::core::analysis::{Summary, cumulative};
use jvsim::core::model::{Outcome, Source, simulate};
use jvsim::core::params::Params;
use jvsim::core::sweep::deal_grid;

fn with(f: impl FnOnce(&mut Params)) -> Outcome {
    let mut p = Params::default();
    f(&mut p);
    simulate(&p)
}

/// As `with`, in a world where the connected-vehicle rule is lifted: the tariff then decides
/// whether the entrant may export at all, which the rule otherwise ends from 2027.
fn lifted(f: impl FnOnce(&mut Params)) -> Outcome {
    with(|p| {
        p.connected_vehicle_rule = false;
        f(p)
    })
}

fn last(o: &Outcome) -> usize {
    o.deal.years - 1
}

/// 1. A stake moves profit, not technology.
#[test]
fn raising_host_stake_moves_profit_not_technology() {
    let lo = with(|p| p.host_stake = 0.51);
    let hi = with(|p| p.host_stake = 0.75);
    let (s_lo, s_hi) = (Summary::of(&lo), Summary::of(&hi));
    assert!(
        s_hi.host.cumulative > s_lo.host.cumulative + 1.0,
        "host cumulative profit should rise clearly: {} -> {}",
        s_lo.host.cumulative,
        s_hi.host.cumulative
    );
    assert!(
        s_hi.entrant.cumulative < s_lo.entrant.cumulative - 1.0,
        "entrant cumulative profit should fall clearly: {} -> {}",
        s_lo.entrant.cumulative,
        s_hi.entrant.cumulative
    );
    // The host's technology path: every year within 1 % …
    for t in 0..lo.deal.years {
        let (a, b) = (lo.deal.host.tech[t], hi.deal.host.tech[t]);
        assert!((b - a).abs() / a < 0.01, "year {t}: host tech {a} -> {b}");
    }
    // … and the stake's effect on the host's technology gain is small next to tech sharing's.
    let gain = |o: &Outcome| o.deal.host.tech[last(o)] - o.no_deal.host.tech[last(o)];
    let by_share = gain(&with(|p| p.tech_share = 0.75)) - gain(&lo);
    assert!(gain(&hi) - gain(&lo) < 0.2 * by_share);
}

/// 2. More sharing lifts the host's technology gain and shrinks the entrant's lead.
#[test]
fn raising_tech_share_lifts_host_tech_and_shrinks_entrant_lead() {
    let mut prev: Option<Summary> = None;
    for share in [0.0, 0.25, 0.5, 0.75, 1.0] {
        let s = Summary::of(&with(|p| p.tech_share = share));
        let tech_gain = s.host.final_tech - s.host.final_tech_no_deal;
        if let Some(prev) = prev {
            let prev_gain = prev.host.final_tech - prev.host.final_tech_no_deal;
            assert!(
                tech_gain > prev_gain + 1e-3,
                "share {share}: {prev_gain} -> {tech_gain}"
            );
            assert!(
                s.final_lead < prev.final_lead - 1e-3,
                "share {share}: lead did not shrink"
            );
        }
        prev = Some(s);
    }
}

/// 3. A higher vehicle tariff shrinks the entrant's export option and so raises its gain (where
///    exports are allowed at all: with the connected-vehicle rule lifted).
#[test]
fn raising_vehicle_tariff_raises_entrant_gain() {
    let gains: Vec<f64> = [0.275, 0.775, 1.275, 1.5, 2.0]
        .iter()
        .map(|&tau| {
            Summary::of(&lifted(|p| p.vehicle_tariff = tau))
                .entrant
                .gain
        })
        .collect();
    for w in gains.windows(2) {
        assert!(w[1] > w[0], "entrant gains by tariff: {gains:?}");
    }
    // The mechanism: the no-deal export profit falls with the tariff.
    let exports = |tau: f64| {
        let o = lifted(|p| p.vehicle_tariff = tau);
        o.no_deal.entrant.source(Source::Exports)[..o.no_deal.years]
            .iter()
            .sum::<f64>()
    };
    assert!(exports(1.5) < exports(1.275));
}

/// 4. Without sharing, the host's technology is exactly its no-deal technology.
#[test]
fn no_sharing_means_no_technology_gain() {
    for stake in [0.0, 0.51, 1.0] {
        let o = with(|p| {
            p.tech_share = 0.0;
            p.host_stake = stake;
        });
        for t in 0..o.deal.years {
            assert_eq!(
                o.deal.host.tech[t].to_bits(),
                o.no_deal.host.tech[t].to_bits()
            );
        }
    }
}

/// 5. Calibration to Ford Model e 2024: about US$5.1 B lost on about 98 k EVs.
#[test]
fn first_year_host_ev_business_matches_ford_model_e() {
    let o = simulate(&Params::default());
    let loss = -o.no_deal.host.source(Source::OwnEv)[0];
    let volume = o.no_deal.market.host_volume[0] * 1e6;
    assert!((loss - 5.1).abs() <= 0.05 * 5.1, "first-year loss {loss} B");
    assert!(
        (volume - 97_900.0).abs() <= 0.05 * 97_900.0,
        "first-year volume {volume}"
    );
}

/// 6. At the default tariffs some (stake, share) deals beat both partners' outside options, the
///    default deal among them.
#[test]
fn a_deal_zone_exists_at_default_tariffs() {
    let grid = deal_grid(&Params::default(), 21);
    let zone = grid.cells.iter().filter(|c| c.in_zone()).count();
    assert!(zone > 0, "no deal zone");
    assert!(
        zone < grid.cells.len(),
        "every deal in the zone: the map would say nothing"
    );
    assert!(Summary::of(&simulate(&Params::default())).in_deal_zone);
}

#[test]
fn cumulative_profit_is_running_sum() {
    let o = simulate(&Params::default());
    let c = cumulative(&o.deal.host.profit, o.deal.years);
    let total: f64 = o.deal.host.profit[..o.deal.years].iter().sum();
    assert!((c[o.deal.years - 1] - total).abs() < 1e-9);
}

#[test]
fn tariff_change_applies_from_its_year() {
    let o = lifted(|p| {
        p.tariff_change = true;
        p.tariff_change_year = 2029;
        p.vehicle_tariff_later = 0.275;
    });
    assert_eq!(o.deal.market.vehicle_tariff[2], 1.275); // 2028
    assert_eq!(o.deal.market.vehicle_tariff[3], 0.275); // 2029
    // A cut from 2029 makes the entrant's outside option richer, so the deal worth less to it.
    let cut = Summary::of(&o).entrant.gain;
    assert!(cut < Summary::of(&lifted(|_| {})).entrant.gain);
}

#[test]
fn capacity_binds_clears_the_price_and_grows_at_a_cost() {
    let p = Params::default();
    let o = simulate(&p);
    let n = o.deal.years;
    // Some year the JV sells its whole capacity at a price above the plain logit markup …
    let t = (0..n)
        .find(|&t| {
            o.deal.jv.capacity[t] > 0.0 && o.deal.jv.volume[t] >= o.deal.jv.capacity[t] - 1e-9
        })
        .expect("capacity binds some year");
    let margin = o.deal.jv.price[t] - o.deal.jv.unit_cost[t];
    assert!(margin > 1.0 / p.price_sensitivity, "margin {margin}");
    // … and builds more for the next year, paid for that year at the capacity cost.
    assert!(o.deal.jv.capacity[t + 1] > o.deal.jv.capacity[t]);
    let built = o.deal.jv.capacity[t + 1] - o.deal.jv.capacity[t];
    assert!((o.deal.jv.investment[t] - built * p.expansion_capex).abs() < 1e-9);
    // The scarcity rent does not grow without bound: the JV's margin stays within twice the
    // competitive markup once it can expand.
    for t in 0..n {
        if o.deal.jv.volume[t] > 0.0 {
            let m = o.deal.jv.price[t] - o.deal.jv.unit_cost[t];
            assert!(m < 3.0 / p.price_sensitivity, "year {t}: margin {m}");
        }
    }
}

// ---- Economics v2 (issue 9): what sharing costs, the rules, a calibration that holds ----

/// 7. Sharing costs the entrant (leakage to rivals, the host abroad, the licence risk of the
///    battery layer): its gain rises with the share, peaks strictly inside (0, 1), then falls.
#[test]
fn the_entrants_gain_peaks_at_an_interior_share() {
    for rule in [true, false] {
        let gains: Vec<(f64, f64)> = (0..=20)
            .map(|i| {
                let share = i as f64 / 20.0;
                let o = with(|p| {
                    p.tech_share = share;
                    p.connected_vehicle_rule = rule;
                });
                (share, Summary::of(&o).entrant.gain)
            })
            .collect();
        let &(best, peak) = gains.iter().max_by(|a, b| a.1.total_cmp(&b.1)).unwrap();
        assert!(
            (0.2..=0.8).contains(&best),
            "rule {rule}: peak at {best}: {gains:?}"
        );
        // Clearly below the peak at both ends, not a flat top.
        assert!(peak > gains[0].1 + 1.0, "rule {rule}: {gains:?}");
        assert!(peak > gains[20].1 + 0.5, "rule {rule}: {gains:?}");
    }
}

/// 8. The Nash points, on expected gains, sit at an interior share, with and without the
///    host-control constraint; control carries value, so even unconstrained the host controls.
#[test]
fn the_nash_points_sit_at_an_interior_share() {
    let p = Params::default();
    let grid = deal_grid(&p, 101);
    for min_stake in [0.0, 0.5] {
        let n = grid
            .nash(p.bargaining_power, min_stake)
            .expect("a Nash point");
        assert!(
            (0.1..=0.9).contains(&n.tech_share),
            "min stake {min_stake}: {n:?}"
        );
        assert!(n.host_stake >= 0.5, "min stake {min_stake}: {n:?}");
        assert!(n.in_zone() && n.approval > 0.0);
    }
    // Maximising the expected Nash product is not maximising the plain one: at the plain
    // product's point the chance of approval is lower.
    let plain = grid
        .cells
        .iter()
        .filter(|c| c.in_zone())
        .max_by(|a, b| {
            let v = |c: &&jvsim::core::sweep::Cell| {
                p.bargaining_power * c.host_gain.ln()
                    + (1.0 - p.bargaining_power) * c.entrant_gain.ln()
            };
            v(a).total_cmp(&v(b))
        })
        .unwrap();
    let expected = grid.nash(p.bargaining_power, 0.0).unwrap();
    assert!(
        expected.approval > plain.approval,
        "{expected:?} vs {plain:?}"
    );
}

/// 9. The host government approves more as the host's stake rises (bands at 50 and 75 %); the
///    entrant's home government approves less as more is shared.
#[test]
fn approvals_follow_the_stake_and_the_share() {
    use jvsim::core::policy::approval;
    let at = |stake: f64, share: f64| {
        approval(&Params {
            host_stake: stake,
            tech_share: share,
            ..Params::default()
        })
    };
    let mut prev = at(0.0, 0.5);
    for i in 1..=100 {
        let a = at(i as f64 / 100.0, 0.5);
        assert!(a.host >= prev.host, "stake {i} %");
        assert_eq!(
            a.home, prev.home,
            "the stake does not move the home government"
        );
        prev = a;
    }
    assert!(at(0.49, 0.5).host < at(0.5, 0.5).host);
    assert!(at(0.74, 0.5).host < at(0.75, 0.5).host);
    let mut prev = at(0.51, 0.0);
    for i in 1..=100 {
        let a = at(0.51, i as f64 / 100.0);
        assert!(a.home <= prev.home, "share {i} %");
        prev = a;
    }
    assert!(at(0.51, 0.0).home > 0.9 && at(0.51, 1.0).home < 0.1);
}

/// 10. With the connected-vehicle rule on, the entrant's direct exports end from the rule's
///     year in the deal and in the no-deal run alike; lifted, they go on without a deal.
#[test]
fn the_connected_vehicle_rule_ends_direct_exports_from_2027() {
    for share in [0.0, 0.5] {
        let o = with(|p| {
            p.tech_share = share;
            p.jv_exclusive = false;
            p.vehicle_tariff = 0.275;
        });
        for run in [&o.deal, &o.no_deal] {
            for t in 0..run.years {
                let exports = run.market.entrant_volume[t];
                if run.year(t) >= 2027 {
                    assert_eq!(exports, 0.0, "{}: {exports}", run.year(t));
                    assert_eq!(run.entrant.source(Source::Exports)[t], 0.0);
                } else {
                    assert!(exports > 0.0, "{}: no exports before the rule", run.year(t));
                }
            }
        }
    }
    let o = lifted(|p| p.vehicle_tariff = 0.275);
    assert!(
        o.no_deal.market.entrant_volume[..o.no_deal.years]
            .iter()
            .all(|&v| v > 0.0)
    );
}

/// 11. Every Monte Carlo draw reproduces the base-year facts it is calibrated to: the host's
///     own EV result and volume, and the entrant's profit outside the host market. Draws differ
///     only in what is genuinely uncertain.
#[test]
fn every_monte_carlo_draw_reproduces_the_base_year() {
    use jvsim::core::montecarlo::draw_params;
    let p = Params::default();
    for q in draw_params(&p, 400, p.mc_seed.into()) {
        let o = simulate(&q);
        for run in [&o.deal, &o.no_deal] {
            let own = run.host.source(Source::OwnEv)[0];
            assert!(
                (own - q.host_ev_result0).abs() < 1e-9,
                "own EV result {own} vs {}",
                q.host_ev_result0
            );
            let volume = run.market.host_volume[0];
            assert!(
                (volume - q.host_sales0).abs() < 1e-12,
                "host volume {volume} vs {}",
                q.host_sales0
            );
            let abroad = run.entrant.source(Source::ThirdMarkets)[0];
            assert!(
                (abroad - q.entrant_profit_abroad0).abs() < 1e-9,
                "entrant abroad {abroad}"
            );
        }
    }
}
