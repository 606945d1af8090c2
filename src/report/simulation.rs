//! One deal's simulation as JSON (`jvsim simulate --json`): the deal and its parameters, then
//! years, per-partner paths and NPVs, the JV's and the market's paths, the key figures and the
//! host country's account.
//!
//! A view rather than the core's `Outcome`: the core keeps fixed 40-year buffers (of which only
//! the horizon is meaningful) and the deal and no-deal runs apart, while this shape trims every
//! path to the horizon, pairs deal with no deal and adds cumulative profit.

use std::collections::BTreeMap;

use serde::Serialize;

use super::json::{ParamValue, pretty};
use super::nation::NationView;
use crate::core::analysis::{Summary, cumulative};
use crate::core::dealfile::Deal;
use crate::core::model::{Outcome, Partner, Source};
use crate::core::nation::Nation;
use crate::core::params::Key;
use crate::core::policy::Approval;

#[derive(Serialize)]
struct SimulationView<'a> {
    deal: DealView<'a>,
    years: Vec<u32>,
    approval: Approval,
    host: PartnerView<'a>,
    entrant: PartnerView<'a>,
    jv: JvView<'a>,
    market: MarketView<'a>,
    entrant_lead_final: f64,
    entrant_lead_final_no_deal: f64,
    in_deal_zone: bool,
    nation: NationView,
}

#[derive(Serialize)]
struct DealView<'a> {
    name: &'a str,
    host: &'a str,
    entrant: &'a str,
    params: BTreeMap<&'static str, ParamValue>,
}

#[derive(Serialize)]
struct PartnerView<'a> {
    name: &'a str,
    profit: &'a [f64],
    profit_no_deal: &'a [f64],
    cumulative_profit: Vec<f64>,
    cumulative_profit_no_deal: Vec<f64>,
    tech: &'a [f64],
    tech_no_deal: &'a [f64],
    breakdown: BTreeMap<&'static str, &'a [f64]>,
    breakdown_no_deal: BTreeMap<&'static str, &'a [f64]>,
    npv: f64,
    npv_no_deal: f64,
    npv_gain: f64,
    expected_npv_gain: f64,
    payback_year: Option<u32>,
}

#[derive(Serialize)]
struct JvView<'a> {
    tech: &'a [f64],
    volume: &'a [f64],
    price: &'a [f64],
    unit_cost: &'a [f64],
    profit: &'a [f64],
    royalty: &'a [f64],
    investment: &'a [f64],
    capacity: &'a [f64],
    credit: &'a [f64],
}

#[derive(Serialize)]
struct MarketView<'a> {
    vehicle_tariff: &'a [f64],
    entrant_exports: &'a [f64],
    entrant_exports_no_deal: &'a [f64],
    host_volume: &'a [f64],
    host_volume_no_deal: &'a [f64],
    host_capacity: &'a [f64],
    host_capacity_no_deal: &'a [f64],
    tariff_revenue: &'a [f64],
    tariff_revenue_no_deal: &'a [f64],
}

/// The run as one pretty JSON object.
pub fn json(deal: &Deal, o: &Outcome) -> String {
    let n = o.deal.years;
    let summary = Summary::of(o);
    let (d, b) = (&o.deal, &o.no_deal);
    pretty(&SimulationView {
        deal: DealView {
            name: &deal.name,
            host: &deal.host,
            entrant: &deal.entrant,
            params: Key::ALL
                .iter()
                .map(|&k| (k.name(), ParamValue::of(k, deal.params.get(k))))
                .collect(),
        },
        years: (0..n).map(|t| d.year(t)).collect(),
        approval: summary.approval,
        host: partner_view(o, &summary, Partner::Host, &deal.host),
        entrant: partner_view(o, &summary, Partner::Entrant, &deal.entrant),
        jv: JvView {
            tech: &d.jv.tech[..n],
            volume: &d.jv.volume[..n],
            price: &d.jv.price[..n],
            unit_cost: &d.jv.unit_cost[..n],
            profit: &d.jv.profit[..n],
            royalty: &d.jv.royalty[..n],
            investment: &d.jv.investment[..n],
            capacity: &d.jv.capacity[..n],
            credit: &d.jv.credit[..n],
        },
        market: MarketView {
            vehicle_tariff: &d.market.vehicle_tariff[..n],
            entrant_exports: &d.market.entrant_volume[..n],
            entrant_exports_no_deal: &b.market.entrant_volume[..n],
            host_volume: &d.market.host_volume[..n],
            host_volume_no_deal: &b.market.host_volume[..n],
            host_capacity: &d.market.host_capacity[..n],
            host_capacity_no_deal: &b.market.host_capacity[..n],
            tariff_revenue: &d.market.tariff_revenue[..n],
            tariff_revenue_no_deal: &b.market.tariff_revenue[..n],
        },
        entrant_lead_final: summary.final_lead,
        entrant_lead_final_no_deal: summary.final_lead_no_deal,
        in_deal_zone: summary.in_deal_zone,
        nation: NationView::of(&Nation::of(o), &o.params),
    })
}

fn partner_view<'a>(
    o: &'a Outcome,
    summary: &Summary,
    who: Partner,
    name: &'a str,
) -> PartnerView<'a> {
    let n = o.deal.years;
    let d = o.deal.partner(who);
    let b = o.no_deal.partner(who);
    let ps = summary.partner(who);
    let by_source = |p: &'a crate::core::model::PartnerPath| {
        Source::ALL
            .iter()
            .map(|&s| (s.key(), &p.source(s)[..n]))
            .collect()
    };
    PartnerView {
        name,
        profit: &d.profit[..n],
        profit_no_deal: &b.profit[..n],
        cumulative_profit: cumulative(&d.profit, n)[..n].to_vec(),
        cumulative_profit_no_deal: cumulative(&b.profit, n)[..n].to_vec(),
        tech: &d.tech[..n],
        tech_no_deal: &b.tech[..n],
        breakdown: by_source(d),
        breakdown_no_deal: by_source(b),
        npv: d.npv,
        npv_no_deal: b.npv,
        npv_gain: ps.gain,
        expected_npv_gain: summary.expected_gain(who),
        payback_year: ps.payback_year,
    }
}
