//! A deal's key figures as text: NPVs and gains, payback, the entrant's remaining lead, the deal
//! zone, approval and the host country's account (`jvsim summary`, and the head of
//! `jvsim simulate`).

use std::fmt::Write as _;

use super::{signed, year_or_never};
use crate::core::analysis::Summary;
use crate::core::dealfile::Deal;
use crate::core::model::{Outcome, Partner};
use crate::core::nation::Nation;
use crate::core::params::Key;

/// Whether the deal is in the zone, and if not who walks away, in one sentence.
pub fn zone_sentence(s: &Summary) -> &'static str {
    if s.in_deal_zone {
        "IN THE DEAL ZONE: both partners beat their no-deal NPV."
    } else {
        match (s.host.gain > 0.0, s.entrant.gain > 0.0) {
            (true, false) => "NOT IN THE DEAL ZONE: the entrant does better without the deal.",
            (false, true) => "NOT IN THE DEAL ZONE: the host does better without the deal.",
            _ => "NOT IN THE DEAL ZONE: both partners do better without the deal.",
        }
    }
}

/// Key figures: NPVs and gains, payback, the entrant's remaining lead, the deal zone.
pub fn text(deal: &Deal, o: &Outcome) -> String {
    let s = Summary::of(o);
    let p = &deal.params;
    let last_year = o.deal.year(o.deal.years - 1);
    let mut out = String::new();
    let _ = writeln!(out, "{}", deal.name);
    let _ = writeln!(out, "  host: {}   entrant: {}", deal.host, deal.entrant);
    let _ = writeln!(out, "  {}", deal.terms_caption());
    let _ = writeln!(
        out,
        "  {}–{}, NPVs at {} a year, US$ billions\n",
        o.deal.first_year,
        last_year,
        Key::discount_rate.spec().format_display(p.discount_rate)
    );
    let width = deal
        .host
        .chars()
        .count()
        .max(deal.entrant.chars().count())
        .max(8);
    let _ = writeln!(
        out,
        "  {:width$}  {:>9} {:>9} {:>9}  {:>10}  {:>14}",
        "", "NPV deal", "no deal", "gain", "ahead from", "tech in final"
    );
    for (who, name) in [
        (Partner::Host, &deal.host),
        (Partner::Entrant, &deal.entrant),
    ] {
        let ps = s.partner(who);
        let _ = writeln!(
            out,
            "  {:width$}  {:>9.2} {:>9.2} {:>9}  {:>10}  {:>6.3} ({:.3})",
            name,
            ps.npv,
            ps.npv_no_deal,
            signed(ps.gain),
            year_or_never(ps.payback_year),
            ps.final_tech,
            ps.final_tech_no_deal,
        );
    }
    let _ = writeln!(
        out,
        "  (NPVs and gains in US$ B; ahead from: the first year from which cumulative profit \
         stays at or above its no-deal level)"
    );
    let _ = writeln!(
        out,
        "\n  Entrant's technology lead in {last_year}: {:.3} ({:.1} % of its index); no deal {:.3}",
        s.final_lead,
        s.final_lead_share() * 100.0,
        s.final_lead_no_deal
    );
    let _ = writeln!(out, "  {}", zone_sentence(&s));
    let a = s.approval;
    let _ = writeln!(
        out,
        "  Approval: entrant's home government {:.0} %, host government {:.0} %, both {:.0} %.",
        a.home * 100.0,
        a.host * 100.0,
        a.both * 100.0
    );
    let _ = writeln!(
        out,
        "  Expected gains (gain if approved × chance both approve): {} {}, {} {} US$ B",
        deal.host,
        signed(s.expected_gain(Partner::Host)),
        deal.entrant,
        signed(s.expected_gain(Partner::Entrant))
    );
    out.push_str(&super::nation::text(&Nation::of(o), p));
    out
}
