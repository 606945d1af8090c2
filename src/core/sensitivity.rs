//! One-at-a-time sensitivity (tornado): each partner's NPV gain with each parameter at the low
//! and the high end of its slider range, the others at their values.

use super::model::simulate;
use super::params::{Group, Key, Kind, Params};

/// One parameter's bar for one partner.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct Bar {
    pub key: Key,
    pub low: f64,
    pub high: f64,
    pub gain_at_low: f64,
    pub gain_at_high: f64,
    /// False when the middle of the range does better than both ends, or worse than both: the
    /// ends then understate the parameter's effect.
    pub monotone: bool,
}

impl Bar {
    pub fn width(&self) -> f64 {
        (self.gain_at_high - self.gain_at_low).abs()
    }
}

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Tornado {
    /// Gains at the current parameters, US$ B.
    pub host_base: f64,
    pub entrant_base: f64,
    /// Bars sorted by width, widest first.
    pub host: Vec<Bar>,
    pub entrant: Vec<Bar>,
}

/// How many bars every tornado shows per partner, in the window, on slides, in exports and in
/// the CLI: the widest uncertain assumptions (what Monte Carlo draws), then the widest of the
/// terms, policy and base-year data held as set. Fourteen rows still read at slide size.
pub const SHOWN_UNCERTAIN: usize = 10;
pub const SHOWN_HELD: usize = 4;

/// The bars a tornado shows of one partner's sorted bars: (uncertain, held as set), widest
/// first, leaving out parameters with no effect.
pub fn shown(bars: &[Bar]) -> (Vec<&Bar>, Vec<&Bar>) {
    let pick = |uncertain: bool, limit: usize| -> Vec<&Bar> {
        bars.iter()
            .filter(|b| b.width() > 1e-9 && b.key.spec().uncertain == uncertain)
            .take(limit)
            .collect()
    };
    (pick(true, SHOWN_UNCERTAIN), pick(false, SHOWN_HELD))
}

/// The parameters a tornado varies: all but the two map axes and the choices (horizon, first
/// year, analysis settings), which are not uncertainties.
pub fn tornado_keys() -> impl Iterator<Item = Key> {
    Key::ALL.iter().copied().filter(|&k| {
        !matches!(k, Key::host_stake | Key::tech_share)
            && !k.spec().choice
            && k.spec().group != Group::Analysis
    })
}

fn gains(p: &Params) -> (f64, f64) {
    let o = simulate(p);
    (
        o.deal.host.npv - o.no_deal.host.npv,
        o.deal.entrant.npv - o.no_deal.entrant.npv,
    )
}

/// Relative tolerance below which the middle is not said to beat the ends.
const FLAT: f64 = 1e-9;

fn monotone(low: f64, mid: f64, high: f64) -> bool {
    let tol = FLAT * (1.0 + low.abs().max(high.abs()));
    !(mid > low.max(high) + tol || mid < low.min(high) - tol)
}

pub fn tornado(p: &Params) -> Tornado {
    let (host_base, entrant_base) = gains(p);
    let mut host = Vec::new();
    let mut entrant = Vec::new();
    for k in tornado_keys() {
        let s = k.spec();
        let (low, high) = s.slider;
        let at = |v: f64| {
            let mut q = *p;
            q.set(k, v);
            gains(&q)
        };
        let (h_lo, e_lo) = at(low);
        let (h_hi, e_hi) = at(high);
        let (h_mid, e_mid) = match s.kind {
            // A switch has no middle.
            Kind::Switch => (h_lo, e_lo),
            Kind::Count => at(((low + high) / 2.0).round()),
            Kind::Real => at((low + high) / 2.0),
        };
        host.push(Bar {
            key: k,
            low,
            high,
            gain_at_low: h_lo,
            gain_at_high: h_hi,
            monotone: monotone(h_lo, h_mid, h_hi),
        });
        entrant.push(Bar {
            key: k,
            low,
            high,
            gain_at_low: e_lo,
            gain_at_high: e_hi,
            monotone: monotone(e_lo, e_mid, e_hi),
        });
    }
    // Widest first; ties keep table order (stable sort), so the order is deterministic.
    host.sort_by(|a, b| b.width().total_cmp(&a.width()));
    entrant.sort_by(|a, b| b.width().total_cmp(&a.width()));
    Tornado {
        host_base,
        entrant_base,
        host,
        entrant,
    }
}
