//! Figures derived from a deal and its baseline: gains, payback, remaining lead, deal zone.

use super::model::{Outcome, Partner, Path};
use super::policy::Approval;

/// Key figures for one partner.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct PartnerSummary {
    pub npv: f64,
    pub npv_no_deal: f64,
    /// `npv − npv_no_deal`, US$ B.
    pub gain: f64,
    /// Cumulative profit over the horizon, deal and no deal.
    pub cumulative: f64,
    pub cumulative_no_deal: f64,
    /// First calendar year from which cumulative profit stays at or above its no-deal value.
    pub payback_year: Option<u32>,
    /// Technology in the final year, deal and no deal.
    pub final_tech: f64,
    pub final_tech_no_deal: f64,
}

/// Key figures for a deal.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct Summary {
    pub host: PartnerSummary,
    pub entrant: PartnerSummary,
    /// Entrant's technology minus the host's in the final year (deal).
    pub final_lead: f64,
    pub final_lead_no_deal: f64,
    /// Both partners beat their no-deal NPV (if the deal is approved).
    pub in_deal_zone: bool,
    /// The chance each government approves the deal; without approval there is no deal and no
    /// gain, so each partner's expected gain is `approval.both` times its gain.
    pub approval: Approval,
}

impl Summary {
    pub fn of(o: &Outcome) -> Summary {
        let n = o.deal.years;
        let last = n - 1;
        let host = partner_summary(o, Partner::Host);
        let entrant = partner_summary(o, Partner::Entrant);
        Summary {
            host,
            entrant,
            final_lead: o.deal.entrant.tech[last] - o.deal.host.tech[last],
            final_lead_no_deal: o.no_deal.entrant.tech[last] - o.no_deal.host.tech[last],
            in_deal_zone: host.gain > 0.0 && entrant.gain > 0.0,
            approval: super::policy::approval(&o.params),
        }
    }

    /// A partner's expected NPV gain: its gain if approved times the chance both governments
    /// approve.
    pub fn expected_gain(&self, p: Partner) -> f64 {
        self.approval.both * self.partner(p).gain
    }

    pub fn partner(&self, p: Partner) -> &PartnerSummary {
        match p {
            Partner::Host => &self.host,
            Partner::Entrant => &self.entrant,
        }
    }

    /// The final lead as a share of the entrant's final technology.
    pub fn final_lead_share(&self) -> f64 {
        self.final_lead / self.entrant.final_tech
    }
}

fn partner_summary(o: &Outcome, who: Partner) -> PartnerSummary {
    let n = o.deal.years;
    let d = o.deal.partner(who);
    let b = o.no_deal.partner(who);
    let cum = cumulative(&d.profit, n);
    let cum_b = cumulative(&b.profit, n);
    PartnerSummary {
        npv: d.npv,
        npv_no_deal: b.npv,
        gain: d.npv - b.npv,
        cumulative: cum[n - 1],
        cumulative_no_deal: cum_b[n - 1],
        payback_year: payback(&cum, &cum_b, n).map(|t| o.deal.year(t)),
        final_tech: d.tech[n - 1],
        final_tech_no_deal: b.tech[n - 1],
    }
}

/// Running sums of the first `n` entries.
pub fn cumulative(path: &Path, n: usize) -> Path {
    let mut out = [0.0; super::model::MAX_YEARS];
    let mut acc = 0.0;
    for t in 0..n {
        acc += path[t];
        out[t] = acc;
    }
    out
}

/// First index from which `deal` stays at or above `no_deal` through year `n − 1`.
pub fn payback(deal: &Path, no_deal: &Path, n: usize) -> Option<usize> {
    let mut first = None;
    for t in 0..n {
        if deal[t] >= no_deal[t] {
            first.get_or_insert(t);
        } else {
            first = None;
        }
    }
    first
}

/// The smallest and largest value over several series; (0, 1) when there is none.
pub fn extent(series: &[&[f64]]) -> (f64, f64) {
    let mut lo = f64::INFINITY;
    let mut hi = f64::NEG_INFINITY;
    for s in series {
        for &v in *s {
            lo = lo.min(v);
            hi = hi.max(v);
        }
    }
    if lo.is_finite() { (lo, hi) } else { (0.0, 1.0) }
}

/// "Nice" tick values covering [lo, hi], about `target` of them.
pub fn nice_ticks(lo: f64, hi: f64, target: usize) -> Vec<f64> {
    if !(lo.is_finite() && hi.is_finite()) || hi <= lo {
        return vec![lo];
    }
    let step = nice_step((hi - lo) / target.max(1) as f64, &[1.0, 2.0, 2.5, 5.0]);
    multiples(lo, hi, step)
}

/// The smallest step of the form m·10^k (m from `multipliers`, ascending) at least `min_step`.
pub fn nice_step(min_step: f64, multipliers: &[f64]) -> f64 {
    let mag = 10f64.powf(min_step.log10().floor());
    multipliers
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= min_step)
        .unwrap_or(10.0 * mag)
}

/// The multiples of `step` in [lo, hi].
pub fn multiples(lo: f64, hi: f64, step: f64) -> Vec<f64> {
    let first = (lo / step).ceil() as i64;
    let last = (hi / step).floor() as i64;
    (first..=last).map(|i| i as f64 * step).collect()
}
