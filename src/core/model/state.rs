//! What the year loop carries from year to year (the state), what it fixes before the first
//! year (the terms) and what each year books (the profits).

use super::calibration::*;
use super::run::*;
use crate::core::params::Params;

/// What a run holds fixed: the deal terms and what is derived from the parameters once per run.
#[derive(Clone, Copy)]
pub(super) struct Terms {
    pub(super) years: usize,
    pub(super) deal: bool,
    pub(super) alpha: f64,
    pub(super) beta: f64,
    pub(super) c_ref: f64,
    pub(super) b: f64,
    pub(super) stake: f64,
    /// What actually goes into the JV: under the connected-vehicle rule never the software part.
    pub(super) theta: f64,
    /// The JV's 45X credit per vehicle, before the phase-down (eq. 20).
    pub(super) credit: f64,
    pub(super) exports_end: u32,
    pub(super) leak: f64,
    pub(super) abroad: f64,
    pub(super) vintage: f64,
    pub(super) build_years: usize,
    pub(super) investment_per_year: f64,
    pub(super) capacity_fixed: f64,
    pub(super) exposure: f64,
    pub(super) xi: [f64; 4],
    pub(super) growth_discount: f64,
}

impl Terms {
    pub(super) fn new(p: &Params, cal: &Calibration, deal: bool) -> Terms {
        let theta = if deal {
            crate::core::policy::effective_share(p)
        } else {
            0.0
        };
        // Deep sharing exposes the core: leakage and the host's use abroad scale with θ^κ (eq. 2b).
        let depth = if theta > 0.0 {
            theta.powf(p.leakage_convexity)
        } else {
            0.0
        };
        // The JV sells under the host's brand unless it sells the entrant's (eq. 10b).
        let xi_jv = if p.jv_brand_entrant {
            cal.xi_entrant
        } else {
            cal.xi_host
        };
        Terms {
            years: (p.horizon as usize).clamp(1, MAX_YEARS),
            deal,
            alpha: p.price_sensitivity,
            beta: p.tech_appeal,
            c_ref: p.frontier_unit_cost,
            b: cal.learning_exponent,
            stake: f64::NAN,
            theta,
            credit: f64::NAN,
            exports_end: exports_end(p),
            leak: p.leakage_rate * depth * p.transfer_efficiency,
            abroad: p.licence_territory * depth,
            // The JV gets the entrant's technology of `vintage_lag` years earlier (eq. 2).
            vintage: (1.0 + p.entrant_tech_growth).powi(-(p.vintage_lag as i32)),
            build_years: p.jv_build_years as usize,
            investment_per_year: if deal {
                p.jv_capex / p.jv_build_years.max(1) as f64
            } else {
                0.0
            },
            // Absorptive capacity (eq. 3) is constant unless JV rents feed back into R&D.
            capacity_fixed: 1.0 - (-p.host_rd_intensity / p.absorptive_scale).exp(),
            exposure: f64::NAN,
            xi: [cal.xi_host, xi_jv, cal.xi_entrant, cal.xi_others],
            growth_discount: 1.0 / (1.0 + p.discount_rate),
        }
        .at_stake(p, p.host_stake)
    }

    /// The same terms with the host's stake at `stake`: all that the stake changes.
    #[inline]
    pub(super) fn at_stake(self, p: &Params, stake: f64) -> Terms {
        Terms {
            stake,
            credit: if self.deal {
                crate::core::policy::credit_per_vehicle_at(p, stake)
            } else {
                0.0
            },
            exposure: p.exposure_base + p.exposure_control * stake,
            ..self
        }
    }
}

/// Everything a year takes from the years before it: the run's state at the start of a year,
/// with the NPVs so far.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct State {
    /// The host market grows (eq. 9b); the base-year shares are fitted at its first-year size.
    pub(super) market: f64,
    /// Exogenous technology grows geometrically; logs are carried alongside to save `ln` calls.
    pub(super) a_c: f64,
    pub(super) ln_a_c: f64,
    pub(super) a_o: f64,
    pub(super) ln_a_o: f64,
    pub(super) a_u: f64,
    pub(super) cum_u: f64,
    pub(super) cum_j: f64,
    /// Capacities at full rate; they grow when demand outruns them (eq. 11b).
    pub(super) cap_u: f64,
    pub(super) cap_j: f64,
    /// The base-year price premiums fade at the convergence rate (eq. 8b).
    pub(super) fade: f64,
    /// Whether know-how has leaked to other makers yet: their technology then leaves its
    /// exogenous path.
    pub(super) leaked: bool,
    pub(super) imported: f64,
    pub(super) pool: f64,
    pub(super) last_share: [f64; 4],
    pub(super) discount: f64,
    pub(super) npv_u: f64,
    pub(super) npv_c: f64,
}

impl State {
    /// Adds a year's discounted profits to the NPVs, as a run does (same sums, same order).
    #[inline]
    pub(super) fn book(&mut self, profits: &Profits, stake: f64, growth_discount: f64) {
        let (host, entrant) = profits.split(stake);
        let profit_u: f64 = host.iter().sum();
        let profit_c: f64 = entrant.iter().sum();
        self.npv_u += self.discount * profit_u;
        self.npv_c += self.discount * profit_c;
        self.discount *= growth_discount;
    }

    pub(super) fn initial(p: &Params, cal: &Calibration) -> State {
        State {
            market: p.market_size,
            a_c: 1.0,
            ln_a_c: 0.0,
            a_o: p.others_tech0,
            ln_a_o: p.others_tech0.ln(),
            a_u: p.host_tech0,
            cum_u: p.host_experience0,
            cum_j: p.jv_experience0,
            cap_u: p.host_capacity,
            cap_j: p.jv_capacity,
            fade: 1.0,
            leaked: false,
            imported: p.imported_content,
            pool: p.third_market_pool,
            last_share: [cal.base_share_host, 0.0, 0.0, cal.base_share_others],
            discount: 1.0,
            npv_u: 0.0,
            npv_c: 0.0,
        }
    }
}

/// One year's profits before they are split between the partners (eqs. 12–17).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Profits {
    /// The host's own EV business, after its fixed cost and capacity expansion.
    pub(super) own_u: f64,
    pub(super) exports_c: f64,
    pub(super) jv_operating: f64,
    pub(super) royalty: f64,
    /// The JV's investment: building the plant, then any expansion.
    pub(super) investment: f64,
    /// The host's profit in third markets (pool × its share).
    pub(super) third_u: f64,
    /// The entrant's profit in third markets, part of which may be the JV's.
    pub(super) entrant3: f64,
    pub(super) via_jv: f64,
}

impl Profits {
    pub(super) const ZERO: Profits = Profits {
        own_u: 0.0,
        exports_c: 0.0,
        jv_operating: 0.0,
        royalty: 0.0,
        investment: 0.0,
        third_u: 0.0,
        entrant3: 0.0,
        via_jv: 0.0,
    };

    /// Each partner's profit by `Source`.
    #[inline]
    pub(super) fn split(&self, stake: f64) -> ([f64; 6], [f64; 6]) {
        let host = [
            self.own_u,
            0.0,
            stake * self.jv_operating,
            0.0 - stake * self.royalty,
            0.0 - stake * self.investment,
            self.third_u + stake * self.via_jv,
        ];
        let entrant = [
            0.0,
            self.exports_c,
            (1.0 - stake) * self.jv_operating,
            stake * self.royalty,
            0.0 - (1.0 - stake) * self.investment,
            self.entrant3 - stake * self.via_jv,
        ];
        (host, entrant)
    }
}

/// Technology embodied in the JV (eq. 2), from the host's and the entrant's.
#[inline]
pub(super) fn jv_tech(p: &Params, terms: &Terms, a_u: f64, a_c: f64) -> f64 {
    a_u + p.transfer_efficiency * terms.theta * (a_c * terms.vintage - a_u).max(0.0)
}

/// Host technology for next year: own R&D plus spillover from the JV (eqs. 3–5).
#[inline]
pub(super) fn host_tech_next(
    p: &Params,
    terms: &Terms,
    a_u: f64,
    a_j: f64,
    profits: &Profits,
    producing: bool,
) -> f64 {
    let mut a_u_next = a_u * (1.0 + p.host_tech_growth);
    if producing {
        let capacity_abs = if p.cannibalisation > 0.0 {
            let jv_income = (terms.stake * (profits.jv_operating - profits.royalty)).max(0.0);
            let rent_share = jv_income / (jv_income + profits.own_u.max(0.0)).max(1e-12);
            let rd = p.host_rd_intensity * (1.0 - p.cannibalisation * rent_share);
            1.0 - (-rd / p.absorptive_scale).exp()
        } else {
            terms.capacity_fixed
        };
        let rate = (p.spillover_rate * capacity_abs * terms.exposure).min(1.0);
        a_u_next += rate * (a_j - a_u).max(0.0);
    }
    a_u_next
}

/// What growing a capacity from `cap` to `cap_next` costs this year, US$ B (eq. 11b).
#[inline]
pub(super) fn expansion_cost(p: &Params, cap: f64, cap_next: f64) -> f64 {
    (cap_next - cap) * p.expansion_capex
}

/// What the no-deal run keeps for the deals that share it: its state at the start of every year
/// (and after the last), and every year's profits.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Trace {
    pub(super) states: [State; MAX_YEARS + 1],
    pub(super) profits: [Profits; MAX_YEARS],
}
