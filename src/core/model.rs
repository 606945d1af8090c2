//! The yearly simulation: one code path for the deal and for the no-deal baseline.
//!
//! Results go into fixed-size arrays so a run allocates nothing; see docs/MODEL.md for the
//! equations, numbered as in the comments below.

use super::params::Params;

/// Longest horizon a run can hold (the `horizon` parameter's validity range stops here).
pub const MAX_YEARS: usize = 40;

/// One value per simulated year; entries at or past `Run::years` are not meaningful (a reused
/// buffer may hold an earlier, longer run's tail).
pub type Path = [f64; MAX_YEARS];

/// Where a partner's profit comes from. Every partner has every source (zero where it does
/// not apply), and the sources add up to its profit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Source {
    /// The host's own EV business in its home market.
    OwnEv,
    /// The entrant's direct exports to the host market.
    Exports,
    /// Equity share of the JV's operating profit before royalties.
    JvOperations,
    /// Royalties net of the partner's equity share of paying them.
    Royalties,
    /// Equity share of the JV's investment (negative).
    JvInvestment,
    /// Profit in contested third markets.
    ThirdMarkets,
}

impl Source {
    pub const ALL: [Source; 6] = [
        Source::OwnEv,
        Source::Exports,
        Source::JvOperations,
        Source::Royalties,
        Source::JvInvestment,
        Source::ThirdMarkets,
    ];

    /// Column / JSON name.
    pub fn key(self) -> &'static str {
        match self {
            Source::OwnEv => "own_ev",
            Source::Exports => "exports",
            Source::JvOperations => "jv_operations",
            Source::Royalties => "royalties",
            Source::JvInvestment => "jv_investment",
            Source::ThirdMarkets => "third_markets",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Source::OwnEv => "Own EV business",
            Source::Exports => "Direct exports",
            Source::JvOperations => "JV operations",
            Source::Royalties => "Royalties (net)",
            Source::JvInvestment => "JV investment",
            Source::ThirdMarkets => "Third markets",
        }
    }
}

/// One partner's yearly results in one run.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PartnerPath {
    /// Total profit, US$ B per year.
    pub profit: Path,
    /// Profit by source, indexed by `Source as usize`.
    pub breakdown: [Path; 6],
    /// Technology index at the start of each year (entrant's first year = 1.0).
    pub tech: Path,
    /// Net present value of `profit` at the discount rate, first year undiscounted.
    pub npv: f64,
}

impl PartnerPath {
    const ZERO: PartnerPath = PartnerPath {
        profit: [0.0; MAX_YEARS],
        breakdown: [[0.0; MAX_YEARS]; 6],
        tech: [0.0; MAX_YEARS],
        npv: 0.0,
    };

    pub fn source(&self, s: Source) -> &Path {
        &self.breakdown[s as usize]
    }
}

/// The JV's yearly results (all zero in the no-deal run).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct JvPath {
    /// Technology index embodied in the JV.
    pub tech: Path,
    /// Vehicles sold, M per year.
    pub volume: Path,
    /// Price, $k per vehicle.
    pub price: Path,
    /// Unit cost including ramp-up and parts tariff, $k per vehicle.
    pub unit_cost: Path,
    /// Profit after royalties and fixed cost, before investment, US$ B.
    pub profit: Path,
    /// Royalty paid to the entrant, US$ B.
    pub royalty: Path,
    /// Investment spent (building the plant, then any expansion), US$ B.
    pub investment: Path,
    /// Capacity in force, M vehicles per year (half the full rate in the first production year).
    pub capacity: Path,
    /// 45X manufacturing credit earned (part of the operating profit), US$ B.
    pub credit: Path,
    /// Duty paid on the JV's imported parts (part of its unit cost), US$ B.
    pub parts_duties: Path,
}

/// The host market's yearly results.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MarketPath {
    /// The host's own EVs sold, M per year.
    pub host_volume: Path,
    pub host_price: Path,
    /// The entrant's direct exports sold, M per year (zero in years it stays out).
    pub entrant_volume: Path,
    pub entrant_price: Path,
    /// Other makers' EVs sold, M per year.
    pub others_volume: Path,
    /// The host's own EV capacity in force, M vehicles per year.
    pub host_capacity: Path,
    /// Vehicle tariff in force, fraction.
    pub vehicle_tariff: Path,
    /// Tariff revenue on the entrant's exports, US$ B.
    pub tariff_revenue: Path,
    /// Buyers' expected surplus, US$ B, up to a constant that is the same in the deal and the
    /// no-deal run (eq. 22): with the JV's product nested with the host's (`jv_nest`) …
    pub consumer_surplus: Path,
    /// … and by the plain logit log-sum, which overstates a new product's value.
    pub consumer_surplus_logit: Path,
}

/// Everything one run (deal or no deal) produces.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Run {
    /// Number of simulated years (the horizon).
    pub years: usize,
    pub first_year: u32,
    pub host: PartnerPath,
    pub entrant: PartnerPath,
    pub jv: JvPath,
    pub market: MarketPath,
}

impl Run {
    pub const ZERO: Run = Run {
        years: 0,
        first_year: 0,
        host: PartnerPath::ZERO,
        entrant: PartnerPath::ZERO,
        jv: JvPath {
            tech: [0.0; MAX_YEARS],
            volume: [0.0; MAX_YEARS],
            price: [0.0; MAX_YEARS],
            unit_cost: [0.0; MAX_YEARS],
            profit: [0.0; MAX_YEARS],
            royalty: [0.0; MAX_YEARS],
            investment: [0.0; MAX_YEARS],
            capacity: [0.0; MAX_YEARS],
            credit: [0.0; MAX_YEARS],
            parts_duties: [0.0; MAX_YEARS],
        },
        market: MarketPath {
            host_volume: [0.0; MAX_YEARS],
            host_price: [0.0; MAX_YEARS],
            entrant_volume: [0.0; MAX_YEARS],
            entrant_price: [0.0; MAX_YEARS],
            others_volume: [0.0; MAX_YEARS],
            host_capacity: [0.0; MAX_YEARS],
            vehicle_tariff: [0.0; MAX_YEARS],
            tariff_revenue: [0.0; MAX_YEARS],
            consumer_surplus: [0.0; MAX_YEARS],
            consumer_surplus_logit: [0.0; MAX_YEARS],
        },
    };

    pub fn partner(&self, p: Partner) -> &PartnerPath {
        match p {
            Partner::Host => &self.host,
            Partner::Entrant => &self.entrant,
        }
    }

    /// Calendar year of simulated year `t`.
    pub fn year(&self, t: usize) -> u32 {
        self.first_year + t as u32
    }
}

/// The two partners.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Partner {
    Host,
    Entrant,
}

impl Partner {
    pub const ALL: [Partner; 2] = [Partner::Host, Partner::Entrant];

    pub fn key(self) -> &'static str {
        match self {
            Partner::Host => "host",
            Partner::Entrant => "entrant",
        }
    }
}

/// Demand-side constants fitted so the first year reproduces the base-year shares, and the
/// third-market weights of the entrant and the rivals, whose technology no deal changes: both
/// depend only on baseline inputs, so every deal on a grid reuses them.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Calibration {
    xi_host: f64,
    xi_entrant: f64,
    xi_others: f64,
    base_share_host: f64,
    base_share_others: f64,
    /// Observed base-year price minus cost-plus-markup, $k, for the host and other makers: it
    /// fades at the price-convergence rate.
    premium_host: f64,
    premium_others: f64,
    /// The host's EV fixed cost that reproduces its base-year result, US$ B/yr.
    fixed_host: f64,
    /// The factor on the host's modelled unit cost that makes its base-year cost the observed
    /// one (eq. 6b): the frontier cost, technology and learning then shape only its path.
    host_cost_factor: f64,
    /// ln of the host's and the entrant's third-market weight factors, fitted to their
    /// base-year shares (the rivals' factor is 1).
    third_host_mass: f64,
    third_entrant_mass: f64,
    /// Per year: reference log-technology m = max(ln A_C, ln A_O), the entrant's weight
    /// exp(ω(ln A_C − m)), and entrant's plus rivals' weight.
    third_ref: Path,
    third_entrant: Path,
    third_rest: Path,
    /// ln of the yearly technology growth factors of the entrant and the other makers, and the
    /// learning exponent: inputs of every year of every deal, worked out once.
    ln_g_c: f64,
    ln_g_o: f64,
    learning_exponent: f64,
}

/// Wright's-law ramp-up multiplier (eq. 6): 1 at or beyond maturity volume.
#[inline]
fn ramp(cum: f64, maturity: f64, exponent: f64) -> f64 {
    if cum >= maturity {
        1.0
    } else {
        (exponent * (cum / maturity).ln()).exp()
    }
}

#[inline]
fn markup(alpha: f64, last_share: f64) -> f64 {
    // The single-product logit markup 1/(α(1 − s)) explodes as one product's share nears 1;
    // capping the share term at 1/2 keeps markups within [1/α, 2/α] (eq. 9).
    1.0 / (alpha * (1.0 - last_share).max(MARKUP_SHARE_FLOOR))
}

/// Smallest value of 1 − s in the markup: markups stay at most twice the competitive 1/α.
const MARKUP_SHARE_FLOOR: f64 = 0.5;

#[inline]
/// The vehicle tariff in force in `year`.
fn vehicle_tariff_in(p: &Params, year: u32) -> f64 {
    if p.tariff_change && year >= p.tariff_change_year {
        p.vehicle_tariff_later
    } else {
        p.vehicle_tariff
    }
}

/// The first year the entrant may no longer sell connected vehicles directly (the rule's model
/// year), or never.
fn exports_end(p: &Params) -> u32 {
    if p.connected_vehicle_rule {
        p.cv_rule_year
    } else {
        u32::MAX
    }
}

fn learning_exponent(p: &Params) -> f64 {
    // Cost multiplier (Q/Q_mat)^(−b) with b = −log₂(1 − LR); written as exp(−b·ln(Q/Q_mat)).
    (1.0 - p.learning_rate).log2()
}

impl Calibration {
    fn new(p: &Params) -> Calibration {
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

/// e^x for a log-weight taken relative to the largest: the largest's is e^0, exactly 1 (the
/// same bits as `exp` gives), without the call.
#[inline]
fn exp_rel(x: f64) -> f64 {
    if x == 0.0 { 1.0 } else { x.exp() }
}

/// Logit weights normalised by the largest available utility (the outside good's is 0), so
/// `exp` can neither overflow nor underflow every product to zero, whatever the inputs: the
/// largest term of `denom` is exactly 1.
struct Logit {
    top: f64,
    denom: f64,
}

impl Logit {
    #[inline]
    fn new(utility: &[f64; 4], available: &[bool; 4], weight: &mut [f64; 4]) -> Logit {
        let mut top = 0.0_f64;
        for k in 0..4 {
            if available[k] {
                top = top.max(utility[k]);
            }
        }
        let mut denom = if top > 0.0 { (-top).exp() } else { 1.0 };
        for k in 0..4 {
            weight[k] = if available[k] {
                (utility[k] - top).exp()
            } else {
                0.0
            };
            denom += weight[k];
        }
        Logit { top, denom }
    }
}

/// The log-sums behind consumer surplus (eq. 22), in utility units: with the host's and the JV's
/// products in one nest of parameter `lambda`, and plain. Without the JV on sale the two agree.
/// Capacity may have raised a price; `utility` and `weight` are the cleared ones.
#[inline]
fn consumer_surplus(
    utility: &[f64; 4],
    weight: &[f64; 4],
    available: &[bool; 4],
    logit: &Logit,
    lambda: f64,
) -> (f64, f64) {
    let plain = logit.top + logit.denom.ln();
    if !(available[JV] && available[HOST]) || lambda >= 1.0 {
        return (plain, plain);
    }
    // The nest's inclusive value λ·ln(e^{u_H/λ} + e^{u_J/λ}); λ → 0 keeps the better of the two.
    let (hi, lo) = if utility[HOST] >= utility[JV] {
        (utility[HOST], utility[JV])
    } else {
        (utility[JV], utility[HOST])
    };
    let inclusive = if lambda <= 1e-9 {
        hi
    } else {
        hi + lambda * ((lo - hi) / lambda).exp().ln_1p()
    };
    // The other weights summed, not subtracted from the total (which could cancel to nothing).
    let outside = if logit.top > 0.0 {
        (-logit.top).exp()
    } else {
        1.0
    };
    let rest = outside + weight[ENTRANT] + weight[OTHERS];
    let nested = logit.top + (rest + (inclusive - logit.top).exp()).ln();
    (nested, plain)
}

/// Products in the host market's logit (the outside good is index-free).
const HOST: usize = 0;
const JV: usize = 1;
const ENTRANT: usize = 2;
const OTHERS: usize = 3;

/// What a run holds fixed: the deal terms and what is derived from the parameters once per run.
#[derive(Clone, Copy)]
struct Terms {
    years: usize,
    deal: bool,
    alpha: f64,
    beta: f64,
    c_ref: f64,
    b: f64,
    stake: f64,
    /// What actually goes into the JV: under the connected-vehicle rule never the software part.
    theta: f64,
    /// The JV's 45X credit per vehicle, before the phase-down (eq. 20).
    credit: f64,
    exports_end: u32,
    leak: f64,
    abroad: f64,
    vintage: f64,
    build_years: usize,
    investment_per_year: f64,
    capacity_fixed: f64,
    exposure: f64,
    xi: [f64; 4],
    growth_discount: f64,
}

impl Terms {
    fn new(p: &Params, cal: &Calibration, deal: bool) -> Terms {
        let theta = if deal {
            super::policy::effective_share(p)
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
    fn at_stake(self, p: &Params, stake: f64) -> Terms {
        Terms {
            stake,
            credit: if self.deal {
                super::policy::credit_per_vehicle_at(p, stake)
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
struct State {
    /// The host market grows (eq. 9b); the base-year shares are fitted at its first-year size.
    market: f64,
    /// Exogenous technology grows geometrically; logs are carried alongside to save `ln` calls.
    a_c: f64,
    ln_a_c: f64,
    a_o: f64,
    ln_a_o: f64,
    a_u: f64,
    cum_u: f64,
    cum_j: f64,
    /// Capacities at full rate; they grow when demand outruns them (eq. 11b).
    cap_u: f64,
    cap_j: f64,
    /// The base-year price premiums fade at the convergence rate (eq. 8b).
    fade: f64,
    /// Whether know-how has leaked to other makers yet: their technology then leaves its
    /// exogenous path.
    leaked: bool,
    imported: f64,
    pool: f64,
    last_share: [f64; 4],
    discount: f64,
    npv_u: f64,
    npv_c: f64,
}

impl State {
    /// Adds a year's discounted profits to the NPVs, as a run does (same sums, same order).
    #[inline]
    fn book(&mut self, profits: &Profits, stake: f64, growth_discount: f64) {
        let (host, entrant) = profits.split(stake);
        let profit_u: f64 = host.iter().sum();
        let profit_c: f64 = entrant.iter().sum();
        self.npv_u += self.discount * profit_u;
        self.npv_c += self.discount * profit_c;
        self.discount *= growth_discount;
    }

    fn initial(p: &Params, cal: &Calibration) -> State {
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
struct Profits {
    /// The host's own EV business, after its fixed cost and capacity expansion.
    own_u: f64,
    exports_c: f64,
    jv_operating: f64,
    royalty: f64,
    /// The JV's investment: building the plant, then any expansion.
    investment: f64,
    /// The host's profit in third markets (pool × its share).
    third_u: f64,
    /// The entrant's profit in third markets, part of which may be the JV's.
    entrant3: f64,
    via_jv: f64,
}

impl Profits {
    const ZERO: Profits = Profits {
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
    fn split(&self, stake: f64) -> ([f64; 6], [f64; 6]) {
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
fn jv_tech(p: &Params, terms: &Terms, a_u: f64, a_c: f64) -> f64 {
    a_u + p.transfer_efficiency * terms.theta * (a_c * terms.vintage - a_u).max(0.0)
}

/// Host technology for next year: own R&D plus spillover from the JV (eqs. 3–5).
#[inline]
fn host_tech_next(
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
fn expansion_cost(p: &Params, cap: f64, cap_next: f64) -> f64 {
    (cap_next - cap) * p.expansion_capex
}

/// What the no-deal run keeps for the deals that share it: its state at the start of every year
/// (and after the last), and every year's profits.
#[derive(Clone, Debug, PartialEq)]
struct Trace {
    states: [State; MAX_YEARS + 1],
    profits: [Profits; MAX_YEARS],
}

/// Runs one deal (or the no-deal run) into `out`, and records its states and profits into
/// `trace` if given. With `FULL` false only the two NPVs are written.
fn run_into<const FULL: bool>(
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
fn run_years<const FULL: bool>(
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
        let jv_credit = credit * super::policy::credit_phase(year) * q_j;
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
