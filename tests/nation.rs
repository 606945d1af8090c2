//! The host country's account (issue 11): consumer surplus, the treasury, jobs and national
//! surplus behave as an analyst reading them would expect.

use jvsim::core::model::simulate;
use jvsim::core::nation::Nation;
use jvsim::core::params::{Key, Params};
use jvsim::core::sweep::deal_grid;

fn nation(p: &Params) -> Nation {
    Nation::of(&simulate(p))
}

fn producing_years(p: &Params) -> std::ops::Range<usize> {
    p.jv_build_years as usize..p.horizon as usize
}

#[test]
fn buyers_gain_when_the_jv_adds_a_cheaper_product() {
    let p = Params::default();
    let o = simulate(&p);
    let n = Nation::of(&o);
    // Once ramped up, the JV's car sells below the host's own.
    let last = p.horizon as usize - 1;
    assert!(o.deal.jv.price[last] < o.deal.market.host_price[last]);
    for t in producing_years(&p) {
        // Buyers gain by either measure, and the plain logit (which prices in a new taste
        // draw) says more than the nested one.
        assert!(
            n.consumer_surplus[t] > 0.0,
            "year {t}: {}",
            n.consumer_surplus[t]
        );
        assert!(
            n.consumer_surplus_logit[t] > n.consumer_surplus[t],
            "year {t}"
        );
    }
    // Before it sells, nothing changes for buyers.
    for t in 0..p.jv_build_years as usize {
        assert_eq!(n.consumer_surplus[t], 0.0);
    }
    // A cheaper JV product (more technology shared, lower cost) is worth more to buyers.
    let mut more = p;
    more.tech_share = 0.8;
    assert!(nation(&more).consumer_surplus[last] > n.consumer_surplus[last]);
}

#[test]
fn buyers_lose_when_a_tariff_rises_on_a_product_they_buy() {
    // Without the connected-vehicle rule the entrant's imports stay on sale in the no-deal run.
    let p = Params {
        connected_vehicle_rule: false,
        vehicle_tariff: 0.25,
        ..Params::default()
    };
    let low = simulate(&p);
    assert!(
        low.no_deal.market.entrant_volume[3] > 0.0,
        "imports are bought"
    );
    let mut high = p;
    high.vehicle_tariff = 0.75;
    let high = simulate(&high);
    for t in 0..p.horizon as usize {
        assert!(
            high.no_deal.market.consumer_surplus[t] < low.no_deal.market.consumer_surplus[t],
            "year {t}"
        );
    }
}

#[test]
fn no_jobs_before_the_jv_produces_and_jobs_after() {
    let p = Params::default();
    let n = nation(&p);
    for t in 0..p.jv_build_years as usize {
        assert_eq!(n.jobs[t], 0.0, "year {t}");
    }
    for t in producing_years(&p) {
        assert!(n.jobs[t] > 0.0, "year {t}");
    }
    // Plausible size: a plant of a few hundred thousand cars employs thousands, not millions
    // (Scout: 4,000 at 200 k; Hyundai Metaplant: 8,500 at 300 k incl. cells).
    let o = simulate(&p);
    let last = p.horizon as usize - 1;
    let per_100k = n.jobs[last] / (o.deal.jv.volume[last] * 10.0);
    assert!(
        (1_500.0..4_500.0).contains(&per_100k),
        "{per_100k} jobs per 100 k JV cars"
    );
    // Jobs scale with the stated rates.
    let mut q = p;
    q.set(Key::jobs_per_100k, 2.0 * p.jobs_per_100k);
    assert!(nation(&q).jobs[last] > n.jobs[last]);
}

#[test]
fn a_royalty_is_a_payment_abroad() {
    let p = Params::default();
    let mut q = p;
    q.royalty_rate = 0.05;
    let (a, b) = (simulate(&p), simulate(&q));
    let entrant_gain = |o: &jvsim::core::model::Outcome| o.deal.entrant.npv - o.no_deal.entrant.npv;
    assert!(entrant_gain(&b) > entrant_gain(&a));
    assert!(Nation::of(&b).npv_gain() < Nation::of(&a).npv_gain());
}

#[test]
fn the_account_adds_up() {
    let p = Params::default();
    let n = nation(&p);
    for t in 0..p.horizon as usize {
        let sum =
            n.consumer_surplus[t] + n.host_profit[t] + n.tariff_revenue[t] + n.parts_duties[t]
                - n.credits[t];
        assert!((sum - n.surplus[t]).abs() < 1e-12, "year {t}");
        assert_eq!(
            n.surplus_no_deal[t],
            n.host_profit_no_deal[t] + n.tariff_revenue_no_deal[t]
        );
    }
    // Without the JV on sale the nest changes nothing: the no-deal surplus ignores λ.
    let mut q = p;
    q.jv_nest = 1.0;
    assert_eq!(nation(&q).npv_surplus_no_deal, n.npv_surplus_no_deal);
    assert!((nation(&q).npv_gain() - n.npv_gain_logit).abs() < 1e-9);
}

#[test]
fn credits_are_paid_only_when_the_entrant_holds_under_a_quarter() {
    let mut p = Params {
        host_stake: 0.8,
        tech_share: 0.3,
        ..Params::default()
    };
    let n = nation(&p);
    assert!(n.credits.iter().any(|&c| c > 0.0));
    p.host_stake = 0.6;
    assert!(nation(&p).credits.iter().all(|&c| c == 0.0));
}

#[test]
fn the_three_party_zone_lies_inside_the_two_party_zone() {
    let g = deal_grid(&Params::default(), 21);
    let three = g.three_party_zone_count();
    assert!(three > 0 && three <= g.zone_count());
    for c in &g.cells {
        if c.in_three_party_zone() {
            assert!(c.in_zone());
        }
    }
}

#[test]
fn the_robust_map_agrees_with_the_monte_carlo_tab() {
    // The chance both gain at the deal as set can be no larger than either partner's chance of
    // gaining on the Monte Carlo tab (same draws), and no smaller than their overlap allows.
    use jvsim::core::montecarlo::monte_carlo;
    use jvsim::core::robust::{p_zone_here, robust_grid};
    // Terms on the points of an 11 × 11 grid.
    let p = Params {
        host_stake: 0.6,
        ..Params::default()
    };
    let (draws, seed) = (200, u64::from(p.mc_seed));
    let mc = monte_carlo(&p, draws, seed);
    let both = p_zone_here(&p, draws, seed);
    assert!(
        both <= mc.host.p_gain.min(mc.entrant.p_gain) + 1e-12,
        "{both}"
    );
    assert!(
        both >= mc.host.p_gain + mc.entrant.p_gain - 1.0 - 1e-12,
        "{both}"
    );
    // The grid's cell at the deal's terms is the same number.
    let g = robust_grid(&p, 11, draws, seed);
    assert_eq!(g.nearest(p.host_stake, p.tech_share), both);
    // Far outside the zone (host 0 %, nothing shared) no draw has both gaining.
    assert_eq!(g.at(0, 0), 0.0);
}
