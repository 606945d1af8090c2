//! The host country's account (eqs. 22–24) as the reports show it: its yearly lines, declared
//! once for the JSON of `jvsim simulate`, the workbook's Host country sheet and the text; the
//! NPV gain split into buyers, the host automaker and the treasury; and the short text block
//! under the partners' key figures.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;

use super::signed;
use crate::core::nation::Nation;
use crate::core::params::Params;

/// One yearly line of the national account.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Line {
    ConsumerSurplus,
    ConsumerSurplusLogit,
    TariffRevenue,
    TariffRevenueNoDeal,
    PartsDuties,
    Credits,
    HostProfit,
    HostProfitNoDeal,
    Surplus,
    SurplusNoDeal,
    Jobs,
}

impl Line {
    /// In the order the workbook shows them: buyers, treasury, host, the totals, then jobs.
    pub const ALL: [Line; 11] = [
        Line::ConsumerSurplus,
        Line::ConsumerSurplusLogit,
        Line::TariffRevenue,
        Line::TariffRevenueNoDeal,
        Line::PartsDuties,
        Line::Credits,
        Line::HostProfit,
        Line::HostProfitNoDeal,
        Line::Surplus,
        Line::SurplusNoDeal,
        Line::Jobs,
    ];

    /// Header for machines (JSON).
    pub fn key(self) -> &'static str {
        match self {
            Line::ConsumerSurplus => "consumer_surplus",
            Line::ConsumerSurplusLogit => "consumer_surplus_logit",
            Line::TariffRevenue => "tariff_revenue",
            Line::TariffRevenueNoDeal => "tariff_revenue_no_deal",
            Line::PartsDuties => "parts_duties",
            Line::Credits => "credits",
            Line::HostProfit => "host_profit",
            Line::HostProfitNoDeal => "host_profit_no_deal",
            Line::Surplus => "surplus",
            Line::SurplusNoDeal => "surplus_no_deal",
            Line::Jobs => "jobs",
        }
    }

    /// Header for people.
    pub fn label(self) -> &'static str {
        match self {
            Line::ConsumerSurplus => "consumer surplus (nested)",
            Line::ConsumerSurplusLogit => "consumer surplus (plain logit)",
            Line::TariffRevenue => "tariff revenue",
            Line::TariffRevenueNoDeal => "tariff revenue, no deal",
            Line::PartsDuties => "parts duties",
            Line::Credits => "credits paid",
            Line::HostProfit => "host profit",
            Line::HostProfitNoDeal => "host profit, no deal",
            Line::Surplus => "national surplus",
            Line::SurplusNoDeal => "national surplus, no deal",
            Line::Jobs => "net direct jobs",
        }
    }

    /// Jobs are a count, every other line US$ B.
    pub fn is_jobs(self) -> bool {
        self == Line::Jobs
    }

    /// The line's value in simulated year `t`.
    pub fn value(self, n: &Nation, t: usize) -> f64 {
        let path = match self {
            Line::ConsumerSurplus => &n.consumer_surplus,
            Line::ConsumerSurplusLogit => &n.consumer_surplus_logit,
            Line::TariffRevenue => &n.tariff_revenue,
            Line::TariffRevenueNoDeal => &n.tariff_revenue_no_deal,
            Line::PartsDuties => &n.parts_duties,
            Line::Credits => &n.credits,
            Line::HostProfit => &n.host_profit,
            Line::HostProfitNoDeal => &n.host_profit_no_deal,
            Line::Surplus => &n.surplus,
            Line::SurplusNoDeal => &n.surplus_no_deal,
            Line::Jobs => &n.jobs,
        };
        path[t]
    }
}

/// The national NPV gain split by who gains: buyers, the host automaker and the treasury. The
/// three add up to `Nation::npv_gain`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GainParts {
    pub consumer_surplus: f64,
    pub host: f64,
    pub treasury: f64,
}

impl GainParts {
    /// Discounted as eq. 23 discounts the surplus: year `t` by (1 + r)^−t.
    pub fn of(n: &Nation, p: &Params) -> GainParts {
        let mut parts = GainParts {
            consumer_surplus: 0.0,
            host: 0.0,
            treasury: 0.0,
        };
        let growth_discount = 1.0 / (1.0 + p.discount_rate);
        let mut discount = 1.0;
        for t in 0..n.years {
            parts.consumer_surplus += discount * n.consumer_surplus[t];
            parts.host += discount * (n.host_profit[t] - n.host_profit_no_deal[t]);
            parts.treasury += discount
                * (n.tariff_revenue[t] + n.parts_duties[t]
                    - n.credits[t]
                    - n.tariff_revenue_no_deal[t]);
            discount *= growth_discount;
        }
        parts
    }
}

/// Which consumer surplus the headline uses, in words.
pub fn headline(p: &Params) -> String {
    format!(
        "consumer_surplus: the JV's product nested with the host's own EVs (λ = {}); \
         consumer_surplus_logit is the plain logit, which overstates a new product's value",
        p.jv_nest
    )
}

/// `jvsim simulate --json`'s `nation` object: each line per year over the horizon, the NPVs and
/// which consumer surplus the headline uses.
#[derive(Serialize)]
pub struct NationView {
    #[serde(flatten)]
    lines: BTreeMap<&'static str, Vec<f64>>,
    npv_surplus: f64,
    npv_surplus_no_deal: f64,
    npv_gain: f64,
    npv_gain_logit: f64,
    npv_gain_consumer_surplus: f64,
    npv_gain_host: f64,
    npv_gain_treasury: f64,
    jobs_at_end: f64,
    headline: String,
}

impl NationView {
    pub fn of(n: &Nation, p: &Params) -> NationView {
        let parts = GainParts::of(n, p);
        NationView {
            lines: Line::ALL
                .iter()
                .map(|&l| (l.key(), (0..n.years).map(|t| l.value(n, t)).collect()))
                .collect(),
            npv_surplus: n.npv_surplus,
            npv_surplus_no_deal: n.npv_surplus_no_deal,
            npv_gain: n.npv_gain(),
            npv_gain_logit: n.npv_gain_logit,
            npv_gain_consumer_surplus: parts.consumer_surplus,
            npv_gain_host: parts.host,
            npv_gain_treasury: parts.treasury,
            jobs_at_end: n.jobs_at_end(),
            headline: headline(p),
        }
    }
}

/// A count with thousands separators: 14012.4 → "14,012".
pub fn thousands(v: f64) -> String {
    let rounded = v.round();
    let digits = format!("{:.0}", rounded.abs());
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if rounded < 0.0 {
        out.insert(0, '-');
    }
    out
}

/// The Host country block of `jvsim summary` and `jvsim simulate`.
pub fn text(n: &Nation, p: &Params) -> String {
    let parts = GainParts::of(n, p);
    let last_year = n.year(n.years.saturating_sub(1));
    let mut out = String::new();
    let _ = writeln!(
        out,
        "\n  Host country (deal against no deal; the entrant's share is foreign and left out)"
    );
    let _ = writeln!(
        out,
        "  National NPV gain {} US$ B (plain logit {}): consumer surplus {}, host {}, treasury {}",
        signed(n.npv_gain()),
        signed(n.npv_gain_logit),
        signed(parts.consumer_surplus),
        signed(parts.host),
        signed(parts.treasury)
    );
    let _ = writeln!(
        out,
        "  Net direct jobs in {last_year}: {} (at the JV's plant, less those lost at the host's lines)",
        thousands(n.jobs_at_end())
    );
    let _ = writeln!(
        out,
        "  (consumer surplus with the JV's product nested with the host's own, λ = {})",
        p.jv_nest
    );
    out
}

/// The account year by year under `jvsim simulate`'s table: each part of the gain over no
/// deal, the national gain and the jobs.
pub fn yearly_text(n: &Nation) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "\n  Host country by year, gain over no deal (US$ B) and net direct jobs"
    );
    let _ = writeln!(
        out,
        "  {:>4}  {:>9} {:>9} {:>9} {:>9}  {:>7}",
        "year", "consumers", "host", "treasury", "national", "jobs"
    );
    for t in 0..n.years {
        let treasury =
            n.tariff_revenue[t] + n.parts_duties[t] - n.credits[t] - n.tariff_revenue_no_deal[t];
        let _ = writeln!(
            out,
            "  {:>4}  {:>9} {:>9} {:>9} {:>9}  {:>7}",
            n.year(t),
            signed(n.consumer_surplus[t]),
            signed(n.host_profit[t] - n.host_profit_no_deal[t]),
            signed(treasury),
            signed(n.surplus[t] - n.surplus_no_deal[t]),
            thousands(n.jobs[t])
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::simulate;

    #[test]
    fn the_parts_add_up_to_the_national_gain() {
        let o = simulate(&Params::default());
        let n = Nation::of(&o);
        let parts = GainParts::of(&n, &o.params);
        let sum = parts.consumer_surplus + parts.host + parts.treasury;
        assert!(
            (sum - n.npv_gain()).abs() < 1e-9,
            "{sum} vs {}",
            n.npv_gain()
        );
    }

    #[test]
    fn counts_get_thousands_separators() {
        assert_eq!(thousands(14012.4), "14,012");
        assert_eq!(thousands(999.6), "1,000");
        assert_eq!(thousands(-1234567.0), "-1,234,567");
        assert_eq!(thousands(0.2), "0");
    }
}
