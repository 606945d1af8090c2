//! The host country's account of a deal against no deal (eqs. 22–24): what its buyers gain, what
//! its treasury collects and pays, what its automaker earns, and the jobs at the JV's plant net
//! of those lost at the host's own lines. The entrant's share of the JV is foreign and left out;
//! jobs are a separate figure, never added to dollars.

use super::model::{MAX_YEARS, Outcome, Path, Run};
use super::params::Params;

/// Vehicles per 100 k in the model's unit of volume (M vehicles).
const PER_100K: f64 = 10.0;

/// The national account of one deal, year by year. Money in US$ B; consumer surplus is measured
/// against the no-deal market, so the no-deal run's is zero.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Nation {
    pub years: usize,
    pub first_year: u32,
    /// Buyers' gain over no deal, with the JV's product nested with the host's (the headline) …
    pub consumer_surplus: Path,
    /// … and by the plain logit, which overstates a new product's value.
    pub consumer_surplus_logit: Path,
    /// Vehicle tariff collected, deal and no deal.
    pub tariff_revenue: Path,
    pub tariff_revenue_no_deal: Path,
    /// Duty on the JV's imported parts.
    pub parts_duties: Path,
    /// 45X credits paid to the JV.
    pub credits: Path,
    /// The host automaker's profit, deal and no deal.
    pub host_profit: Path,
    pub host_profit_no_deal: Path,
    /// Direct jobs at the JV (vehicles and cells) net of jobs lost at the host's own lines.
    pub jobs: Path,
    /// National surplus: consumer surplus + host profit + tariff and duty revenue − credits.
    pub surplus: Path,
    pub surplus_no_deal: Path,
    pub npv_surplus: f64,
    pub npv_surplus_no_deal: f64,
    /// The same gain with the plain logit's consumer surplus.
    pub npv_gain_logit: f64,
}

impl Nation {
    pub fn of(o: &Outcome) -> Nation {
        account(&o.params, &o.deal, &o.no_deal)
    }

    /// What the deal is worth to the country over no deal, NPV, US$ B (the headline).
    pub fn npv_gain(&self) -> f64 {
        self.npv_surplus - self.npv_surplus_no_deal
    }

    /// Calendar year of year `t`.
    pub fn year(&self, t: usize) -> u32 {
        self.first_year + t as u32
    }

    /// Jobs in the deal's last simulated year (a plant at full rate).
    pub fn jobs_at_end(&self) -> f64 {
        self.jobs[self.years.saturating_sub(1)]
    }
}

/// Direct jobs at the JV's plant and lost at the host's own lines in year `t` (eq. 24).
fn jobs(p: &Params, deal: &Run, no_deal: &Run, t: usize) -> f64 {
    let q_j = deal.jv.volume[t];
    let jv = q_j * PER_100K * p.jobs_per_100k + q_j * p.battery_kwh * p.jobs_per_gwh;
    let host_change = deal.market.host_volume[t] - no_deal.market.host_volume[t];
    jv + host_change * PER_100K * p.jobs_per_100k
}

/// The account of a deal run against its no-deal run. Allocates nothing, so grids can ask it for
/// every cell.
pub fn account(p: &Params, deal: &Run, no_deal: &Run) -> Nation {
    let mut n = Nation {
        years: deal.years,
        first_year: deal.first_year,
        consumer_surplus: [0.0; MAX_YEARS],
        consumer_surplus_logit: [0.0; MAX_YEARS],
        tariff_revenue: [0.0; MAX_YEARS],
        tariff_revenue_no_deal: [0.0; MAX_YEARS],
        parts_duties: [0.0; MAX_YEARS],
        credits: [0.0; MAX_YEARS],
        host_profit: [0.0; MAX_YEARS],
        host_profit_no_deal: [0.0; MAX_YEARS],
        jobs: [0.0; MAX_YEARS],
        surplus: [0.0; MAX_YEARS],
        surplus_no_deal: [0.0; MAX_YEARS],
        npv_surplus: 0.0,
        npv_surplus_no_deal: 0.0,
        npv_gain_logit: 0.0,
    };
    let growth_discount = 1.0 / (1.0 + p.discount_rate);
    let mut discount = 1.0;
    for t in 0..deal.years.min(no_deal.years) {
        let cs = deal.market.consumer_surplus[t] - no_deal.market.consumer_surplus[t];
        let cs_logit =
            deal.market.consumer_surplus_logit[t] - no_deal.market.consumer_surplus_logit[t];
        let treasury = deal.market.tariff_revenue[t] + deal.jv.parts_duties[t] - deal.jv.credit[t];
        let surplus = cs + deal.host.profit[t] + treasury;
        let surplus_no_deal = no_deal.host.profit[t] + no_deal.market.tariff_revenue[t];
        n.consumer_surplus[t] = cs;
        n.consumer_surplus_logit[t] = cs_logit;
        n.tariff_revenue[t] = deal.market.tariff_revenue[t];
        n.tariff_revenue_no_deal[t] = no_deal.market.tariff_revenue[t];
        n.parts_duties[t] = deal.jv.parts_duties[t];
        n.credits[t] = deal.jv.credit[t];
        n.host_profit[t] = deal.host.profit[t];
        n.host_profit_no_deal[t] = no_deal.host.profit[t];
        n.jobs[t] = jobs(p, deal, no_deal, t);
        n.surplus[t] = surplus;
        n.surplus_no_deal[t] = surplus_no_deal;
        n.npv_surplus += discount * surplus;
        n.npv_surplus_no_deal += discount * surplus_no_deal;
        n.npv_gain_logit += discount * (surplus - cs + cs_logit - surplus_no_deal);
        discount *= growth_discount;
    }
    n
}

/// The national NPV gain of a deal run over its no-deal run, without building the yearly
/// account: what the deal map asks of every cell.
pub fn npv_gain(p: &Params, deal: &Run, no_deal: &Run) -> f64 {
    let growth_discount = 1.0 / (1.0 + p.discount_rate);
    let mut discount = 1.0;
    let mut gain = 0.0;
    for t in 0..deal.years.min(no_deal.years) {
        let cs = deal.market.consumer_surplus[t] - no_deal.market.consumer_surplus[t];
        let treasury = deal.market.tariff_revenue[t] + deal.jv.parts_duties[t]
            - deal.jv.credit[t]
            - no_deal.market.tariff_revenue[t];
        gain += discount * (cs + deal.host.profit[t] - no_deal.host.profit[t] + treasury);
        discount *= growth_discount;
    }
    gain
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::simulate;

    #[test]
    fn the_quick_gain_equals_the_accounts() {
        let o = simulate(&Params::default());
        let n = Nation::of(&o);
        let quick = npv_gain(&o.params, &o.deal, &o.no_deal);
        assert!(
            (n.npv_gain() - quick).abs() < 1e-9,
            "{} vs {quick}",
            n.npv_gain()
        );
    }
}
