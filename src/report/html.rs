//! The one-page HTML summary (summary.html): terms, key figures, the host country's account, the
//! charts as embedded PNGs (those export draws: every chart of the catalogue), every parameter
//! with its source. Self-contained, so it can be mailed or opened offline.

use std::fmt::Write as _;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;

use super::nation::{GainParts, thousands};
use super::year_or_never;
use crate::core::analysis::Summary;
use crate::core::dealfile::Deal;
use crate::core::model::{Outcome, Partner};
use crate::core::nation::Nation;
use crate::core::params::{Key, SPECS};

/// Text made safe inside HTML or XML markup and attribute values.
pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The page; `charts` are (title, PNG bytes) in the order shown.
pub fn page(deal: &Deal, o: &Outcome, charts: &[(&str, &[u8])]) -> String {
    let s = Summary::of(o);
    let mut h = String::new();
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{}</title>\
         <style>body{{font-family:Ubuntu,Helvetica,Arial,sans-serif;max-width:1000px;margin:2em auto;color:#222}}\
         table{{border-collapse:collapse}}td,th{{padding:3px 10px;border-bottom:1px solid #ddd;text-align:left}}\
         td.n{{text-align:right}}img{{width:100%;border:1px solid #ddd;margin:8px 0}}.gain{{color:#1a853a}}.loss{{color:#c0392b}}</style></head><body>\n",
        escape(&deal.name)
    );
    let _ = write!(
        h,
        "<h1>{}</h1>\n<p>{} (host) and {} (entrant): {}.</p>\n",
        escape(&deal.name),
        escape(&deal.host),
        escape(&deal.entrant),
        escape(&deal.terms_caption())
    );
    let zone = if s.in_deal_zone {
        "<p class=\"gain\"><b>In the deal zone: both partners beat their no-deal NPV.</b></p>"
    } else {
        "<p class=\"loss\"><b>Outside the deal zone: at least one partner does better without the deal.</b></p>"
    };
    h.push_str(zone);
    h.push_str("\n<table><tr><th></th><th>NPV, deal</th><th>NPV, no deal</th><th>gain if approved</th><th>expected gain</th><th>ahead of no deal from</th><th>technology, final year</th></tr>\n");
    for (name, who) in [
        (&deal.host, Partner::Host),
        (&deal.entrant, Partner::Entrant),
    ] {
        let ps = s.partner(who);
        let class = if ps.gain >= 0.0 { "gain" } else { "loss" };
        let _ = writeln!(
            h,
            "<tr><td>{}</td><td class=\"n\">{:.2}</td><td class=\"n\">{:.2}</td><td class=\"n {class}\">{:+.2}</td><td class=\"n {class}\">{:+.2}</td><td>{}</td><td class=\"n\">{:.3} (no deal {:.3})</td></tr>",
            escape(name),
            ps.npv,
            ps.npv_no_deal,
            ps.gain,
            s.expected_gain(who),
            year_or_never(ps.payback_year),
            ps.final_tech,
            ps.final_tech_no_deal
        );
    }
    let _ = writeln!(
        h,
        "</table>\n<p>Approval: the entrant's home government {:.0} %, the host government {:.0} %, both {:.0} %; the expected gain is the gain if approved times the chance both approve.</p>\n<p>Money in US$ billions; NPVs at {} a year. The entrant's technology lead in {}: {:.3} ({:.0} % of its index).</p>",
        s.approval.home * 100.0,
        s.approval.host * 100.0,
        s.approval.both * 100.0,
        Key::discount_rate
            .spec()
            .format_display(deal.params.discount_rate),
        o.deal.year(o.deal.years - 1),
        s.final_lead,
        s.final_lead_share() * 100.0
    );
    h.push_str(&host_country(deal, o));
    for (title, png) in charts {
        let _ = writeln!(
            h,
            "<h2>{title}</h2>\n<img alt=\"{title}\" src=\"data:image/png;base64,{}\">",
            BASE64.encode(png)
        );
    }
    h.push_str("<h2>Parameters</h2>\n<table><tr><th>parameter</th><th>value</th><th>key</th><th>source</th></tr>\n");
    for (spec, &k) in SPECS.iter().zip(Key::ALL) {
        let _ = writeln!(
            h,
            "<tr><td>{}</td><td class=\"n\">{}</td><td><code>{}</code></td><td>{}</td></tr>",
            escape(spec.label),
            escape(&spec.format_display(deal.params.get(k))),
            spec.key,
            escape(spec.source)
        );
    }
    let _ = writeln!(
        h,
        "</table>\n<p>Notes: {}</p>\n<p><small>Made by jvsim {}; model and sources in docs/MODEL.md.</small></p>\n</body></html>",
        escape(&deal.notes),
        env!("CARGO_PKG_VERSION")
    );
    h
}

/// The Host country paragraph: the national NPV gain, who it goes to, and the jobs.
fn host_country(deal: &Deal, o: &Outcome) -> String {
    let n = Nation::of(o);
    let parts = GainParts::of(&n, &deal.params);
    let class = if n.npv_gain() >= 0.0 { "gain" } else { "loss" };
    format!(
        "<h2>Host country</h2>\n<p>Against no deal the host country gains <b class=\"{class}\">\
         {:+.2}</b> US$ B in NPV (with the plain logit's consumer surplus {:+.2}): its buyers \
         {:+.2}, {} {:+.2} and the treasury {:+.2} (tariffs and parts duties less credits). The \
         entrant's share of the JV is foreign and left out. Net direct jobs in {}: {}. Consumer \
         surplus nests the JV's product with the host's own EVs (λ = {}).</p>\n",
        n.npv_gain(),
        n.npv_gain_logit,
        parts.consumer_surplus,
        escape(&deal.host),
        parts.host,
        parts.treasury,
        n.year(n.years.saturating_sub(1)),
        thousands(n.jobs_at_end()),
        deal.params.jv_nest
    )
}

#[cfg(test)]
mod tests {
    use crate::core::dealfile::Deal;
    use crate::core::model::simulate;

    #[test]
    fn charts_are_embedded_as_standard_base64() {
        let deal = Deal::default();
        let page = super::page(&deal, &simulate(&deal.params), &[("Foo", b"foobar")]);
        assert!(
            page.contains("<h2>Foo</h2>\n<img alt=\"Foo\" src=\"data:image/png;base64,Zm9vYmFy\">")
        );
        let page = super::page(&deal, &simulate(&deal.params), &[("Foo", b"fo")]);
        assert!(page.contains("base64,Zm8=\""));
    }

    #[test]
    fn the_page_has_the_host_countrys_account() {
        let deal = Deal::default();
        let o = simulate(&deal.params);
        let n = crate::core::nation::Nation::of(&o);
        let page = super::page(&deal, &o, &[]);
        assert!(page.contains("<h2>Host country</h2>"));
        assert!(page.contains(&format!("{:+.2}</b> US$ B in NPV", n.npv_gain())));
        assert!(page.contains(&format!(
            "plain logit's consumer surplus {:+.2}",
            n.npv_gain_logit
        )));
        let jobs = super::thousands(n.jobs_at_end());
        assert!(
            page.contains(&format!("Net direct jobs in 2037: {jobs}.")),
            "{jobs}"
        );
    }

    #[test]
    fn markup_in_names_is_escaped() {
        assert_eq!(
            super::escape("a<b & \"c\">"),
            "a&lt;b &amp; &quot;c&quot;&gt;"
        );
    }
}
