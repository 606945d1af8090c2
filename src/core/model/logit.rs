//! The host market's logit: weights kept finite whatever the inputs, and the log-sums behind
//! consumer surplus.

/// e^x for a log-weight taken relative to the largest: the largest's is e^0, exactly 1 (the
/// same bits as `exp` gives), without the call.
#[inline]
pub(super) fn exp_rel(x: f64) -> f64 {
    if x == 0.0 { 1.0 } else { x.exp() }
}

/// Logit weights normalised by the largest available utility (the outside good's is 0), so
/// `exp` can neither overflow nor underflow every product to zero, whatever the inputs: the
/// largest term of `denom` is exactly 1.
pub(super) struct Logit {
    pub(super) top: f64,
    pub(super) denom: f64,
}

impl Logit {
    #[inline]
    pub(super) fn new(utility: &[f64; 4], available: &[bool; 4], weight: &mut [f64; 4]) -> Logit {
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
pub(super) fn consumer_surplus(
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
pub(super) const HOST: usize = 0;
pub(super) const JV: usize = 1;
pub(super) const ENTRANT: usize = 2;
pub(super) const OTHERS: usize = 3;
