//! The base-year calibration every run shares, and small pieces of the equations it uses.

use super::run::*;
use crate::core::params::Params;

/// Demand-side constants fitted so the first year reproduces the base-year shares, and the
/// third-market weights of the entrant and the rivals, whose technology no deal changes: both
/// depend only on baseline inputs, so every deal on a grid reuses them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Calibration {
    pub(super) xi_host: f64,
    pub(super) xi_entrant: f64,
    pub(super) xi_others: f64,
    pub(super) base_share_host: f64,
    pub(super) base_share_others: f64,
    /// Observed base-year price minus cost-plus-markup, $k, for the host and other makers: it
    /// fades at the price-convergence rate.
    pub(super) premium_host: f64,
    pub(super) premium_others: f64,
    /// The host's EV fixed cost that reproduces its base-year result, US$ B/yr.
    pub(super) fixed_host: f64,
    /// The factor on the host's modelled unit cost that makes its base-year cost the observed
    /// one (eq. 6b): the frontier cost, technology and learning then shape only its path.
    pub(super) host_cost_factor: f64,
    /// ln of the host's and the entrant's third-market weight factors, fitted to their
    /// base-year shares (the rivals' factor is 1).
    pub(super) third_host_mass: f64,
    pub(super) third_entrant_mass: f64,
    /// Per year: reference log-technology m = max(ln A_C, ln A_O), the entrant's weight
    /// exp(ω(ln A_C − m)), and entrant's plus rivals' weight.
    pub(super) third_ref: Path,
    pub(super) third_entrant: Path,
    pub(super) third_rest: Path,
    /// ln of the yearly technology growth factors of the entrant and the other makers, and the
    /// learning exponent: inputs of every year of every deal, worked out once.
    pub(super) ln_g_c: f64,
    pub(super) ln_g_o: f64,
    pub(super) learning_exponent: f64,
}

/// Wright's-law ramp-up multiplier (eq. 6): 1 at or beyond maturity volume.
#[inline]
pub(super) fn ramp(cum: f64, maturity: f64, exponent: f64) -> f64 {
    if cum >= maturity {
        1.0
    } else {
        (exponent * (cum / maturity).ln()).exp()
    }
}

#[inline]
pub(super) fn markup(alpha: f64, last_share: f64) -> f64 {
    // The single-product logit markup 1/(α(1 − s)) explodes as one product's share nears 1;
    // capping the share term at 1/2 keeps markups within [1/α, 2/α] (eq. 9).
    1.0 / (alpha * (1.0 - last_share).max(MARKUP_SHARE_FLOOR))
}

/// Smallest value of 1 − s in the markup: markups stay at most twice the competitive 1/α.
pub(super) const MARKUP_SHARE_FLOOR: f64 = 0.5;

#[inline]
/// The vehicle tariff in force in `year`.
pub(super) fn vehicle_tariff_in(p: &Params, year: u32) -> f64 {
    if p.tariff_change && year >= p.tariff_change_year {
        p.vehicle_tariff_later
    } else {
        p.vehicle_tariff
    }
}

/// The first year the entrant may no longer sell connected vehicles directly (the rule's model
/// year), or never.
pub(super) fn exports_end(p: &Params) -> u32 {
    if p.connected_vehicle_rule {
        p.cv_rule_year
    } else {
        u32::MAX
    }
}

pub(super) fn learning_exponent(p: &Params) -> f64 {
    // Cost multiplier (Q/Q_mat)^(−b) with b = −log₂(1 − LR); written as exp(−b·ln(Q/Q_mat)).
    (1.0 - p.learning_rate).log2()
}

impl Calibration {
    pub(super) fn new(p: &Params) -> Calibration {
        let alpha = p.price_sensitivity;
        let beta = p.tech_appeal;
        let s_u = p.host_sales0 / p.market_size;
        let s_o = p.others_share0;
        let s_f = p.entrant_free_share;
        let outside_free = (1.0 - s_u - s_o - s_f).max(1e-6);
        // The entrant is not yet in the market: its appeal is fitted to the share it would take
        // with no tariff at its cost plus markup, at its first-year technology of 1.0.
        let price_c = p.frontier_unit_cost + p.shipping_cost + markup(alpha, s_f);
        // The observed shares are those of a market in which the entrant may import at the
        // first year's tariff: its sliver (relative to the outside good, from its fitted appeal)
        // is in the choice set when the others' appeals are fitted, so the first year
        // reproduces the host's sales exactly (eq. 10).
        let imports0 = {
            let price0 = (p.frontier_unit_cost + p.shipping_cost)
                * (1.0 + vehicle_tariff_in(p, p.start_year))
                + markup(alpha, 0.0);
            let ratio = (s_f / outside_free) * (-alpha * (price0 - price_c)).exp();
            let outside = (1.0 - s_u - s_o) / (1.0 + ratio);
            let covers_fixed =
                markup(alpha, 0.0) * p.market_size * outside * ratio > p.entrant_us_fixed_cost;
            if p.start_year < exports_end(p) && covers_fixed {
                ratio
            } else {
                0.0
            }
        };
        let outside = ((1.0 - s_u - s_o) / (1.0 + imports0)).max(1e-6);
        let b = learning_exponent(p);
        // Appeals are fitted at the observed base-year price (eq. 10): a draw whose first-year
        // cost is high does not also get a high appeal. The gap between the observed price and
        // cost plus markup is a premium (or a discount) that fades (eq. 8b).
        let observed = p.ev_price0;
        // The host's base-year unit cost is taken as given, like its price and result, so a
        // draw of a high frontier cost, low technology and little experience does not give it
        // a first-year cost no carmaker has.
        let modelled_u =
            p.frontier_unit_cost / p.host_tech0 * ramp(p.host_experience0, p.maturity_volume, b);
        let cost_u = p.host_unit_cost0;
        let cost_o = p.frontier_unit_cost / p.others_tech0;
        let premium_host = observed - (cost_u + markup(alpha, s_u));
        let premium_others = observed - (cost_o + markup(alpha, s_o));
        // The fixed cost that reproduces the host's base-year result at the observed price.
        let fixed_host = ((observed - cost_u) * p.host_sales0 - p.host_ev_result0).max(0.0);
        // Third markets (eq. 15): weights n_i·A_i^ω, the rivals' n = 1, the entrant's and the
        // host's fitted so the base-year shares are as observed.
        let omega = p.third_market_curvature;
        let (sc, su) = (p.entrant_share_abroad0(), p.host_third_share0);
        let so = (1.0 - sc - su).max(1e-6);
        let ln_a_o0 = p.others_tech0.ln();
        let ln_mass_c = (sc / so).ln() + omega * ln_a_o0;
        let ln_mass_u = (su / so).ln() + omega * (ln_a_o0 - p.host_tech0.ln());
        let mut third_ref = [0.0; MAX_YEARS];
        let mut third_entrant = [0.0; MAX_YEARS];
        let mut third_rest = [0.0; MAX_YEARS];
        let (mut ln_a_c, mut ln_a_o) = (0.0_f64, ln_a_o0);
        let ln_g_c = (1.0 + p.entrant_tech_growth).ln();
        let ln_g_o = (1.0 + p.others_tech_growth).ln();
        for t in 0..(p.horizon as usize).min(MAX_YEARS) {
            // Log-weights relative to the larger one, whose weight is then exactly 1: one
            // `exp` per year.
            let (lc, lo) = (ln_mass_c + omega * ln_a_c, omega * ln_a_o);
            let (m, w_c, w_o) = if lc >= lo {
                (lc, 1.0, (lo - lc).exp())
            } else {
                (lo, (lc - lo).exp(), 1.0)
            };
            third_ref[t] = m;
            third_entrant[t] = w_c;
            third_rest[t] = w_c + w_o;
            ln_a_c += ln_g_c;
            ln_a_o += ln_g_o;
        }
        Calibration {
            ln_g_c,
            ln_g_o,
            learning_exponent: b,
            third_ref,
            third_entrant,
            third_rest,
            third_host_mass: ln_mass_u,
            third_entrant_mass: ln_mass_c,
            xi_host: (s_u / outside).ln() - beta * (p.host_tech0 / p.others_tech0).ln()
                + alpha * observed,
            xi_others: (s_o / outside).ln() + alpha * observed,
            xi_entrant: (s_f / outside_free).ln() + beta * p.others_tech0.ln() + alpha * price_c,
            base_share_host: s_u,
            base_share_others: s_o,
            premium_host,
            premium_others,
            fixed_host,
            host_cost_factor: cost_u / modelled_u,
        }
    }
}
