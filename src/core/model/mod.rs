//! The yearly simulation: one code path for the deal and for the no-deal baseline.
//!
//! Results go into fixed-size arrays so a run allocates nothing; see docs/MODEL.md for the
//! equations, numbered as in the comments below.

use super::params::Params;

mod calibration;
mod logit;
mod run;
mod state;
mod years;

pub use run::{JvPath, MAX_YEARS, MarketPath, Partner, PartnerPath, Path, Run, Source};

use calibration::*;
use state::*;
use years::*;

/// The no-deal run and the demand calibration, both independent of the deal terms: compute once
/// per `Params::baseline_key` and reuse for every deal that shares it.
#[derive(Clone, Debug, PartialEq)]
pub struct Baseline {
    key: Params,
    calibration: Calibration,
    pub run: Run,
    /// The no-deal run's state and profits year by year, where NPV-only deal runs start.
    trace: Trace,
}

impl Baseline {
    pub fn new(p: &Params) -> Baseline {
        let key = p.baseline_key();
        let calibration = Calibration::new(&key);
        let mut run = Run::ZERO;
        let mut trace = Trace {
            states: [State::initial(&key, &calibration); MAX_YEARS + 1],
            profits: [Profits::ZERO; MAX_YEARS],
        };
        run_into::<true>(&key, &calibration, false, &mut run, Some(&mut trace));
        Baseline {
            key,
            calibration,
            run,
            trace,
        }
    }

    /// Whether this baseline is the one for `p` (all non-deal-only inputs equal).
    pub fn matches(&self, p: &Params) -> bool {
        self.key == p.baseline_key()
    }
}

/// A deal run with its no-deal baseline.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub params: Params,
    pub deal: Run,
    pub no_deal: Run,
}

/// Simulates the deal into `out`, reusing a baseline computed for the same non-deal inputs.
/// Allocates nothing.
pub fn simulate_deal(p: &Params, baseline: &Baseline, out: &mut Run) {
    debug_assert!(baseline.matches(p), "baseline computed for other inputs");
    run_into::<true>(p, &baseline.calibration, true, out, None);
}

/// As `simulate_deal`, but only `out.host.npv` and `out.entrant.npv` are written (the paths keep
/// whatever they held): for analyses that need only the gains of very many deals. The NPVs are
/// the same bits as `simulate_deal`'s.
///
/// Until the JV produces (`jv_build_years`), a deal's market is the no-deal market: the JV is
/// not on sale, so no deal term reaches prices, shares, technology or capacity, and the partners'
/// profits differ from the baseline's only by their shares of the JV's investment. So the run
/// starts at the first production year from the baseline's state then, and books the years before
/// from the baseline's profits with the investment put in, in the same order as a full run.
pub fn simulate_deal_npv(p: &Params, baseline: &Baseline, out: &mut Run) {
    debug_assert!(baseline.matches(p), "baseline computed for other inputs");
    let terms = Terms::new(p, &baseline.calibration, true);
    out.years = terms.years;
    out.first_year = p.start_year;
    (out.host.npv, out.entrant.npv) = npv_from_baseline(p, baseline, &terms);
}

/// The host's and the entrant's NPV (as `simulate_deal_npv`, the same bits) of `p`'s deal at each
/// host stake in `stakes`, into `npvs`: one row of the robust map.
///
/// Besides the years before production (see `simulate_deal_npv`), the first production year is
/// shared too: the stake does not reach that year's market (it moves the host's technology from
/// the next year on, through the spillover), only how its profits are split and, at the 75 %
/// line, the JV's credit. So that year is run once per credit along the row, and each stake books
/// its share of it, takes its own spillover, and runs the years after.
pub fn deal_npvs_at_stakes(
    p: &Params,
    baseline: &Baseline,
    stakes: &[f64],
    npvs: &mut [(f64, f64)],
) {
    debug_assert!(baseline.matches(p), "baseline computed for other inputs");
    assert_eq!(stakes.len(), npvs.len(), "one NPV pair per stake");
    let cal = &baseline.calibration;
    let row = Terms::new(p, cal, true);
    let from = row.build_years.min(row.years);
    // The first production year as last run: the credit it was run with, the state after it and
    // its profits.
    let mut first: Option<(f64, State, Profits)> = None;
    for (&stake, npv) in stakes.iter().zip(npvs) {
        let terms = row.at_stake(p, stake);
        let mut state = before_production(p, baseline, &terms);
        if from == row.years {
            *npv = (state.npv_u, state.npv_c);
            continue;
        }
        let (_, after, profits) = match first {
            Some(f) if f.0.to_bits() == terms.credit.to_bits() => f,
            _ => {
                let year = (from, from + 1);
                let (after, profits) = run_years::<false>(p, cal, &terms, state, year, None, None);
                *first.insert((terms.credit, after, profits))
            }
        };
        state.book(&profits, stake, terms.growth_discount);
        let a_j = jv_tech(p, &terms, state.a_u, state.a_c);
        let state = State {
            a_u: host_tech_next(p, &terms, state.a_u, a_j, &profits, true),
            discount: state.discount,
            npv_u: state.npv_u,
            npv_c: state.npv_c,
            ..after
        };
        let rest = (from + 1, row.years);
        let (end, _) = run_years::<false>(p, cal, &terms, state, rest, None, None);
        *npv = (end.npv_u, end.npv_c);
    }
}

/// The NPV-only deal run for `terms` (those of `p` or of `p` at another stake); see
/// `simulate_deal_npv`.
fn npv_from_baseline(p: &Params, baseline: &Baseline, terms: &Terms) -> (f64, f64) {
    let from = terms.build_years.min(terms.years);
    let state = before_production(p, baseline, terms);
    let cal = &baseline.calibration;
    let (end, _) = run_years::<false>(p, cal, terms, state, (from, terms.years), None, None);
    (end.npv_u, end.npv_c)
}

/// The deal's state at the start of its first production year (or after its last year, if it
/// never produces), with the NPVs of the years before, from the baseline.
fn before_production(p: &Params, baseline: &Baseline, terms: &Terms) -> State {
    let from = terms.build_years.min(terms.years);
    // The JV's own state is the deal's (the baseline's holds the deal-only inputs at their
    // defaults); it does not move before production.
    let mut state = State {
        cum_j: p.jv_experience0,
        cap_j: p.jv_capacity,
        imported: p.imported_content,
        discount: 1.0,
        npv_u: 0.0,
        npv_c: 0.0,
        ..baseline.trace.states[from]
    };
    // Before production the JV's capacity does not change; its expansion (nil) is computed as a
    // run computes it, so that the sums have the same bits.
    let expansion_j = expansion_cost(p, p.jv_capacity, p.jv_capacity);
    for profits in &baseline.trace.profits[..from] {
        let profits = Profits {
            investment: terms.investment_per_year + expansion_j,
            ..*profits
        };
        state.book(&profits, terms.stake, terms.growth_discount);
    }
    state
}

/// Deal and baseline in one call.
pub fn simulate(p: &Params) -> Outcome {
    let baseline = Baseline::new(p);
    let mut deal = Run::ZERO;
    simulate_deal(p, &baseline, &mut deal);
    Outcome {
        params: *p,
        deal,
        no_deal: baseline.run,
    }
}
