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

/// 3. A higher vehicle tariff shrinks the entrant's export option and so raises its gain.
#[test]
fn raising_vehicle_tariff_raises_entrant_gain() {
    let gains: Vec<f64> = [0.275, 0.775, 1.275, 1.5, 2.0]
        .iter()
        .map(|&tau| Summary::of(&with(|p| p.vehicle_tariff = tau)).entrant.gain)
        .collect();
    for w in gains.windows(2) {
        assert!(w[1] > w[0], "entrant gains by tariff: {gains:?}");
    }
    // The mechanism: the no-deal export profit falls with the tariff.
    let exports = |tau: f64| {
        let o = with(|p| p.vehicle_tariff = tau);
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
    let o = with(|p| {
        p.tariff_change = true;
        p.tariff_change_year = 2029;
        p.vehicle_tariff_later = 0.275;
    });
    assert_eq!(o.deal.market.vehicle_tariff[2], 1.275); // 2028
    assert_eq!(o.deal.market.vehicle_tariff[3], 0.275); // 2029
    // A cut from 2029 makes the entrant's outside option richer, so the deal worth less to it.
    let cut = Summary::of(&o).entrant.gain;
    assert!(cut < Summary::of(&simulate(&Params::default())).entrant.gain);
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
