//! The year loop: one code path for the deal and for the no-deal baseline.

use super::calibration::*;
use super::logit::*;
use super::run::*;
use super::state::*;
use crate::core::params::Params;

/// Runs one deal (or the no-deal run) into `out`, and records its states and profits into
/// `trace` if given. With `FULL` false only the two NPVs are written.
pub(super) fn run_into<const FULL: bool>(
    p: &Params,
    cal: &Calibration,
    deal: bool,
    out: &mut Run,
    trace: Option<&mut Trace>,
) {
    let terms = Terms::new(p, cal, deal);
    out.years = terms.years;
    out.first_year = p.start_year;
    let state = State::initial(p, cal);
    let years = (0, terms.years);
    let (end, _) = run_years::<FULL>(p, cal, &terms, state, years, Some(&mut *out), trace);
    out.host.npv = end.npv_u;
    out.entrant.npv = end.npv_c;
}

/// Runs the years `from..years`, starting from `state` (the state at the start of year `from`),
/// and gives the state after them (with the NPVs) and the last year's profits. The yearly paths are written into `out` only if
/// `FULL`: what the robust map needs of its millions of deals is the NPVs, without the paths or
/// the consumer-surplus log-sums.
pub(super) fn run_years<const FULL: bool>(
    p: &Params,
    cal: &Calibration,
    terms: &Terms,
    state: State,
    (from, years): (usize, usize),
    mut out: Option<&mut Run>,
    mut trace: Option<&mut Trace>,
) -> (State, Profits) {
    let Terms {
        deal,
        alpha,
        beta,
        c_ref,
        b,
        stake,
        theta,
        credit,
        exports_end,
        leak,
        abroad,
        build_years,
        investment_per_year,
        xi,
        growth_discount,
        ..
    } = *terms;
    // The state in locals for the loop, written back after it.
    let State {
        mut market,
        mut a_c,
        mut ln_a_c,
        mut a_o,
        mut ln_a_o,
        mut a_u,
        mut cum_u,
        mut cum_j,
        mut cap_u,
        mut cap_j,
        mut fade,
        mut leaked,
        mut imported,
        mut pool,
        mut last_share,
        mut discount,
        mut npv_u,
        mut npv_c,
    } = state;
    let ln_g_c = cal.ln_g_c;
    let ln_g_o = cal.ln_g_o;
    macro_rules! state_now {
        () => {
            State {
                market,
                a_c,
                ln_a_c,
                a_o,
                ln_a_o,
                a_u,
                cum_u,
                cum_j,
                cap_u,
                cap_j,
                fade,
                leaked,
                imported,
                pool,
                last_share,
                discount,
                npv_u,
                npv_c,
            }
        };
    }

    let mut last = Profits::ZERO;
    for t in from..years {
        if let Some(trace) = trace.as_deref_mut() {
            trace.states[t] = state_now!();
        }
        let year = p.start_year + t as u32;
        let tariff = vehicle_tariff_in(p, year);
        let producing = deal && t >= build_years;
        let ln_a_u = a_u.ln();
        let a_j = if deal {
            jv_tech(p, terms, a_u, a_c)
        } else {
            0.0
        };

        // Unit costs (eqs. 6–8).
        let cost = [
            cal.host_cost_factor * c_ref / a_u * ramp(cum_u, p.maturity_volume, b),
            if producing {
                c_ref / a_j * ramp(cum_j, p.maturity_volume, b) * (1.0 + imported * p.parts_tariff)
            } else {
                0.0
            },
            (c_ref / a_c + p.shipping_cost) * (1.0 + tariff),
            c_ref / a_o,
        ];
        let mut price = [0.0; 4];
        for k in 0..4 {
            price[k] = cost[k] + markup(alpha, last_share[k]);
        }
        price[HOST] += cal.premium_host * fade;
        price[OTHERS] += cal.premium_others * fade;

        // Logit demand (eqs. 9–10): the entrant's exports are in the choice set unless an
        // exclusive JV has replaced them.
        let ln_a = [
            ln_a_u,
            if producing { a_j.ln() } else { 0.0 },
            ln_a_c,
            ln_a_o,
        ];
        let mut utility = [0.0; 4];
        for k in 0..4 {
            // Buyers value technology relative to the market's standard (other makers'), so
            // EVs improving together do not by that alone drain the combustion market.
            utility[k] = xi[k] + beta * (ln_a[k] - ln_a_o) - alpha * price[k];
        }
        let mut available = [
            true,
            producing,
            !(deal && producing && p.jv_exclusive) && year < exports_end,
            true,
        ];
        let mut weight = [0.0; 4];
        let mut logit = Logit::new(&utility, &available, &mut weight);
        // The entrant exports only if its variable profit covers the fixed cost (eq. 11).
        let entrant_margin = price[ENTRANT] - cost[ENTRANT];
        if weight[ENTRANT] > 0.0
            && entrant_margin * market * weight[ENTRANT] / logit.denom <= p.entrant_us_fixed_cost
        {
            available[ENTRANT] = false;
            weight[ENTRANT] = 0.0;
            let outside = if logit.top > 0.0 {
                (-logit.top).exp()
            } else {
                1.0
            };
            logit.denom = outside + weight.iter().sum::<f64>();
            if logit.denom <= 0.0 {
                // Everything else underflowed next to the entrant: renormalise from scratch.
                logit = Logit::new(&utility, &available, &mut weight);
            }
        }
        // A producer whose demand exceeds its capacity raises its price until demand equals
        // capacity (eq. 11): with the other weights fixed, the logit gives the clearing utility
        // directly. The JV first, then the host's own line.
        let jv_capacity = if !producing {
            0.0
        } else if t == build_years {
            0.5 * cap_j
        } else {
            cap_j
        };
        // What each producer could sell at its price, before any capacity binds: it sets the
        // capacity built for next year.
        let mut demand = [0.0; 2];
        for (i, (k, capacity)) in [(JV, jv_capacity), (HOST, cap_u)].into_iter().enumerate() {
            if !available[k] {
                continue;
            }
            demand[i] = market * weight[k] / logit.denom;
            if demand[i] <= capacity {
                continue;
            }
            let target = (capacity / market).min(0.999);
            // The other weights, summed rather than subtracted from the total (which could
            // cancel to nothing when k dominates); both are relative to the same top utility.
            let outside = if logit.top > 0.0 {
                (-logit.top).exp()
            } else {
                1.0
            };
            let rest = outside
                + weight
                    .iter()
                    .enumerate()
                    .filter(|&(j, _)| j != k)
                    .map(|(_, w)| w)
                    .sum::<f64>();
            let clearing = target * rest / (1.0 - target);
            if clearing > 0.0 && clearing.is_finite() {
                utility[k] = clearing.ln() + logit.top;
                price[k] = (xi[k] + beta * (ln_a[k] - ln_a_o) - utility[k]) / alpha;
                weight[k] = clearing;
                logit.denom = rest + clearing;
            } else {
                // No room at any price (zero capacity, or every other weight underflowed).
                price[k] = cost[k];
                available[k] = false;
                logit = Logit::new(&utility, &available, &mut weight);
            }
        }
        let denom = logit.denom;
        let (surplus, surplus_logit) = if FULL {
            consumer_surplus(&utility, &weight, &available, &logit, p.jv_nest)
        } else {
            (0.0, 0.0)
        };
        let share = [
            weight[HOST] / denom,
            weight[JV] / denom,
            weight[ENTRANT] / denom,
            weight[OTHERS] / denom,
        ];
        let q_u = (market * share[HOST]).min(cap_u);
        let q_j = (market * share[JV]).min(jv_capacity);
        let q_c = market * share[ENTRANT];

        // Capacity for next year: up to what was demanded, growing at most `max_expansion`;
        // the new capacity is paid for this year (eq. 11b).
        let grow = |cap: f64, wanted: f64| cap.max(wanted.min(cap * (1.0 + p.max_expansion)));
        let cap_u_next = grow(cap_u, demand[1]);
        let cap_j_next = if producing {
            grow(cap_j, demand[0])
        } else {
            cap_j
        };
        let expansion_u = expansion_cost(p, cap_u, cap_u_next);
        let expansion_j = expansion_cost(p, cap_j, cap_j_next);

        // Profits (eqs. 12–17).
        let own_u = (price[HOST] - cost[HOST]) * q_u - cal.fixed_host - expansion_u;
        let jv_credit = credit * crate::core::policy::credit_phase(year) * q_j;
        let (jv_operating, royalty) = if producing {
            (
                (price[JV] - cost[JV]) * q_j - p.jv_fixed_cost + jv_credit,
                p.royalty_rate * theta * price[JV] * q_j,
            )
        } else {
            (0.0, 0.0)
        };
        let build = if deal && t < build_years {
            investment_per_year
        } else {
            0.0
        };
        let investment = build + expansion_j;
        let exports_c = if q_c > 0.0 {
            entrant_margin * q_c - p.entrant_us_fixed_cost
        } else {
            0.0
        };
        // Third-market shares ∝ n·A^ω (eq. 15). Weights are taken relative to the largest, so
        // large ω·ln A stays finite. Once sharing has moved the rivals' technology (leakage) or
        // the host competes abroad with shared know-how, the precomputed weights no longer hold.
        let omega = p.third_market_curvature;
        let ln_a_u3 = if producing && abroad > 0.0 {
            (a_u + abroad * (a_j - a_u).max(0.0)).ln()
        } else {
            ln_a_u
        };
        let (share3_u, share3_c) = if leaked {
            let l = [
                cal.third_host_mass + omega * ln_a_u3,
                cal.third_entrant_mass + omega * ln_a_c,
                omega * ln_a_o,
            ];
            let m = l[0].max(l[1]).max(l[2]);
            let w = [exp_rel(l[0] - m), exp_rel(l[1] - m), exp_rel(l[2] - m)];
            let total = w[0] + w[1] + w[2];
            (w[0] / total, w[1] / total)
        } else {
            let z = cal.third_host_mass + omega * ln_a_u3 - cal.third_ref[t];
            if z > 700.0 {
                (1.0, 0.0)
            } else {
                let w_u = z.exp();
                let total = w_u + cal.third_rest[t];
                (w_u / total, cal.third_entrant[t] / total)
            }
        };
        // With the export rights in the JV, the entrant's business in third markets (not at
        // home) is the JV's.
        let entrant3 = pool * share3_c;
        let via_jv = if producing && p.jv_export_rights {
            p.entrant_third_part * entrant3
        } else {
            0.0
        };
        let profits = Profits {
            own_u,
            exports_c,
            jv_operating,
            royalty,
            investment,
            third_u: pool * share3_u,
            entrant3,
            via_jv,
        };
        if let Some(trace) = trace.as_deref_mut() {
            trace.profits[t] = profits;
        }
        last = profits;
        let (host, entrant) = profits.split(stake);
        let profit_u: f64 = host.iter().sum();
        let profit_c: f64 = entrant.iter().sum();
        npv_u += discount * profit_u;
        npv_c += discount * profit_c;
        discount *= growth_discount;
        if FULL && let Some(out) = out.as_deref_mut() {
            for s in 0..6 {
                out.host.breakdown[s][t] = host[s];
                out.entrant.breakdown[s][t] = entrant[s];
            }
            out.host.profit[t] = profit_u;
            out.entrant.profit[t] = profit_c;
            out.host.tech[t] = a_u;
            out.entrant.tech[t] = a_c;

            out.jv.tech[t] = a_j;
            out.jv.volume[t] = q_j;
            out.jv.price[t] = if producing { price[JV] } else { 0.0 };
            out.jv.unit_cost[t] = cost[JV];
            out.jv.profit[t] = jv_operating - royalty;
            out.jv.royalty[t] = royalty;
            out.jv.investment[t] = investment;
            out.jv.capacity[t] = jv_capacity;
            out.jv.credit[t] = jv_credit;
            out.jv.parts_duties[t] = if producing {
                let duty = imported * p.parts_tariff;
                cost[JV] * duty / (1.0 + duty) * q_j
            } else {
                0.0
            };
            out.market.host_volume[t] = q_u;
            out.market.host_price[t] = price[HOST];
            out.market.entrant_volume[t] = q_c;
            out.market.entrant_price[t] = if q_c > 0.0 { price[ENTRANT] } else { 0.0 };
            out.market.others_volume[t] = market * share[OTHERS];
            out.market.host_capacity[t] = cap_u;
            out.market.vehicle_tariff[t] = tariff;
            out.market.tariff_revenue[t] = tariff * (c_ref / a_c + p.shipping_cost) * q_c;
            // Utility is in units of α per $k and the market in M vehicles: / α gives US$ B.
            out.market.consumer_surplus[t] = market * surplus / alpha;
            out.market.consumer_surplus_logit[t] = market * surplus_logit / alpha;
        }

        a_u = host_tech_next(p, terms, a_u, a_j, &profits, producing);

        // State for next year.
        cum_u += q_u;
        if producing {
            cum_j += q_j;
            imported *= 1.0 - p.localisation_rate;
        }
        last_share = [share[HOST], q_j / market, share[ENTRANT], share[OTHERS]];
        a_c *= 1.0 + p.entrant_tech_growth;
        ln_a_c += ln_g_c;
        // Other makers grow on their own, plus what leaks to them from the JV (eq. 4b).
        let leaked_now = if producing && leak > 0.0 {
            leak * (a_c - a_o).max(0.0)
        } else {
            0.0
        };
        a_o = a_o * (1.0 + p.others_tech_growth) + leaked_now;
        if leaked_now > 0.0 || leaked {
            leaked = true;
            ln_a_o = a_o.ln();
        } else {
            ln_a_o += ln_g_o;
        }
        pool *= 1.0 + p.third_market_growth;
        market *= 1.0 + p.market_growth;
        fade *= 1.0 - p.price_convergence;
        cap_u = cap_u_next;
        cap_j = cap_j_next;
    }
    if let Some(trace) = trace {
        trace.states[years] = state_now!();
    }
    (state_now!(), last)
}
