//! Output of the analysis subcommands: deal map, tornado, Monte Carlo, goal seek.

use std::fmt::Write as _;

use serde_json::{Value, json};

use crate::core::dealfile::Deal;
use crate::core::goalseek::{describe, goal_seek};
use crate::core::montecarlo::{PartnerBands, monte_carlo};
use crate::core::params::Key;
use crate::core::sensitivity::{Bar, tornado};
use crate::core::sweep::{axis_value, deal_grid};

/// Pretty JSON with a final newline, for every `--json` output.
pub(super) fn pretty(v: &Value) -> String {
    let mut s = serde_json::to_string_pretty(v).unwrap_or_default();
    s.push('\n');
    s
}

fn point(c: Option<&crate::core::sweep::Cell>) -> Value {
    c.map_or(Value::Null, |c| {
        json!({
            "host_stake": c.host_stake,
            "tech_share": c.tech_share,
            "host_gain": c.host_gain,
            "entrant_gain": c.entrant_gain,
            "approval": c.approval,
        })
    })
}

pub fn sweep(deal: &Deal, n: usize, as_json: bool) -> String {
    let p = &deal.params;
    let grid = deal_grid(p, n);
    let points = grid.nash_points(p.bargaining_power);
    let (nash, nash_control) = (points.unconstrained.as_ref(), points.host_control.as_ref());
    if as_json {
        let axis: Vec<f64> = (0..n).map(|i| axis_value(i, n)).collect();
        let rows = |f: &dyn Fn(&crate::core::sweep::Cell) -> f64| -> Vec<Vec<f64>> {
            (0..n)
                .map(|j| (0..n).map(|i| f(grid.cell(i, j))).collect())
                .collect()
        };
        return pretty(&json!({
            "host_stake": axis,
            "tech_share": axis,
            "host_gain": rows(&|c| c.host_gain),
            "entrant_gain": rows(&|c| c.entrant_gain),
            "approval": rows(&|c| c.approval),
            "nash": point(nash),
            "nash_host_control": point(nash_control),
            "bargaining_power": p.bargaining_power,
            "zone_points": grid.zone_count(),
        }));
    }
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}: deal map over host stake × tech share, {n} × {n} points",
        deal.name
    );
    let _ = writeln!(
        out,
        "  {} of {} deals are in the zone (both partners gain if approved).",
        grid.zone_count(),
        n * n
    );
    for (label, c) in [
        ("Nash bargaining solution", nash),
        ("Nash with host control (stake ≥ 50 %)", nash_control),
    ] {
        match c {
            Some(c) => {
                let _ = writeln!(
                    out,
                    "  {label} (β = {}): stake {:.1} %, tech share {:.1} %; gains if approved host \
                     {:+.2}, entrant {:+.2} US$ B; approval {:.0} %",
                    p.bargaining_power,
                    c.host_stake * 100.0,
                    c.tech_share * 100.0,
                    c.host_gain,
                    c.entrant_gain,
                    c.approval * 100.0
                );
            }
            None => {
                let _ = writeln!(out, "  {label}: none (no deal in the zone)");
            }
        }
    }
    out
}

fn bar_json(b: &Bar) -> Value {
    json!({
        "key": b.key.name(),
        "low": b.low,
        "high": b.high,
        "gain_at_low": b.gain_at_low,
        "gain_at_high": b.gain_at_high,
        "monotone": b.monotone,
    })
}

pub fn sensitivity(deal: &Deal, as_json: bool) -> String {
    let t = tornado(&deal.params);
    if as_json {
        return pretty(&json!({
            "host_gain": t.host_base,
            "entrant_gain": t.entrant_base,
            "host": t.host.iter().map(bar_json).collect::<Vec<_>>(),
            "entrant": t.entrant.iter().map(bar_json).collect::<Vec<_>>(),
        }));
    }
    let mut out = String::new();
    for (name, base, bars) in [
        (&deal.host, t.host_base, &t.host),
        (&deal.entrant, t.entrant_base, &t.entrant),
    ] {
        let _ = writeln!(
            out,
            "{name}: NPV gain {base:+.2} US$ B; widest effects first"
        );
        // As in the window: the uncertain assumptions (what Monte Carlo draws) apart from the
        // terms, policy and base-year data, which are set rather than unknown.
        for (title, uncertain, limit) in [
            ("Uncertain assumptions", true, 12),
            ("Terms, policy and data held as set", false, 8),
        ] {
            let _ = writeln!(out, "  {title}");
            let _ = writeln!(
                out,
                "    {:<44} {:>26}  {:>8} {:>8} {:>7}",
                "parameter", "low – high", "at low", "at high", "width"
            );
            for b in bars
                .iter()
                .filter(|b| b.width() > 1e-9 && b.key.spec().uncertain == uncertain)
                .take(limit)
            {
                let s = b.key.spec();
                let _ = writeln!(
                    out,
                    "    {:<44} {:>26}  {:>8.2} {:>8.2} {:>7.2}{}",
                    s.label,
                    format!("{} – {}", s.format_display(b.low), s.format_display(b.high)),
                    b.gain_at_low,
                    b.gain_at_high,
                    b.width(),
                    if b.monotone { "" } else { "  not monotone" }
                );
            }
        }
        out.push('\n');
    }
    out
}

fn bands_json(b: &PartnerBands) -> Value {
    json!({
        "p5": b.p5, "p25": b.p25, "p50": b.p50, "p75": b.p75, "p95": b.p95,
        "no_deal_p50": b.no_deal_p50,
        "p_gain": b.p_gain,
    })
}

pub fn montecarlo(deal: &Deal, as_json: bool) -> String {
    let p = &deal.params;
    let b = monte_carlo(p, p.mc_draws as usize, u64::from(p.mc_seed));
    if as_json {
        return pretty(&json!({
            "draws": b.draws,
            "seed": b.seed,
            "years": b.years,
            "host": bands_json(&b.host),
            "entrant": bands_json(&b.entrant),
        }));
    }
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}: {} Latin hypercube draws (seed {}) over {} uncertain parameters",
        deal.name,
        b.draws,
        b.seed,
        crate::core::montecarlo::uncertain_keys().len()
    );
    for (name, pb) in [(&deal.host, &b.host), (&deal.entrant, &b.entrant)] {
        let last = pb.p50.len() - 1;
        let _ = writeln!(
            out,
            "  {name}: gains over no deal in {:.1} % of draws; cumulative profit by {}: median {:.1} \
             (no deal {:.1}), 5–95 % {:.1} to {:.1} US$ B",
            pb.p_gain * 100.0,
            b.years[last],
            pb.p50[last],
            pb.no_deal_p50[last],
            pb.p5[last],
            pb.p95[last]
        );
    }
    out
}

pub fn goalseek(deal: &Deal, as_json: bool) -> String {
    let g = goal_seek(&deal.params);
    if as_json {
        return pretty(&json!({
            "min_vehicle_tariff_host_control": g.min_vehicle_tariff_host_control,
            "host": g.host,
            "entrant": g.entrant,
        }));
    }
    let pct = |v: Option<f64>| v.map_or("none".to_string(), |v| format!("{:.1} %", v * 100.0));
    let p = &deal.params;
    let stake = Key::host_stake.spec().format_display(p.host_stake);
    let share = Key::tech_share.spec().format_display(p.tech_share);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "  Lowest vehicle tariff with a zone deal at host stake ≥ 50 %: {}",
        pct(g.min_vehicle_tariff_host_control)
    );
    for (name, a) in [(&deal.host, &g.host), (&deal.entrant, &g.entrant)] {
        let _ = writeln!(out, "  {name} gains");
        let _ = writeln!(
            out,
            "    at host stakes: {} (tech shared {share})",
            describe(&a.stake)
        );
        let _ = writeln!(
            out,
            "    at tech shares: {} (host stake {stake})",
            describe(&a.share)
        );
    }
    out
}

pub fn compare(deals: &[Deal], as_json: bool) -> String {
    use crate::core::compare::{differing, figures};
    let figs: Vec<_> = deals.iter().map(figures).collect();
    let diff = differing(deals);
    if as_json {
        let scenarios: Vec<Value> = figs
            .iter()
            .map(|f| {
                json!({
                    "name": f.name,
                    "host_npv": f.host_npv,
                    "entrant_npv": f.entrant_npv,
                    "host_gain": f.host_gain,
                    "entrant_gain": f.entrant_gain,
                    "host_payback_year": f.host_payback_year,
                    "entrant_payback_year": f.entrant_payback_year,
                    "host_tech_gain": f.host_tech_gain,
                    "in_deal_zone": f.in_deal_zone,
                })
            })
            .collect();
        let mut differing_obj = serde_json::Map::new();
        for (k, values) in &diff {
            let vals: Vec<Value> = values
                .iter()
                .map(|&v| match k.spec().kind {
                    crate::core::params::Kind::Switch => Value::from(v != 0.0),
                    crate::core::params::Kind::Count => Value::from(v as u64),
                    crate::core::params::Kind::Real => Value::from(v),
                })
                .collect();
            differing_obj.insert(k.name().to_string(), Value::from(vals));
        }
        return pretty(&json!({ "scenarios": scenarios, "differing": differing_obj }));
    }
    let mut out = String::new();
    let width = figs
        .iter()
        .map(|f| f.name.chars().count())
        .max()
        .unwrap_or(8)
        .clamp(8, 40);
    let _ = writeln!(
        out,
        "{:width$}  {:>9} {:>9} {:>9} {:>9} {:>10} {:>10} {:>9}  zone",
        "scenario",
        "host NPV",
        "entr. NPV",
        "host gain",
        "entr gain",
        "host ahead",
        "entr ahead",
        "tech gain"
    );
    let year = |y: Option<u32>| y.map_or("never".to_string(), |y| y.to_string());
    for f in &figs {
        let name: String = f.name.chars().take(width).collect();
        let _ = writeln!(
            out,
            "{name:width$}  {:>9.2} {:>9.2} {:>+9.2} {:>+9.2} {:>10} {:>10} {:>+9.3}  {}",
            f.host_npv,
            f.entrant_npv,
            f.host_gain,
            f.entrant_gain,
            year(f.host_payback_year),
            year(f.entrant_payback_year),
            f.host_tech_gain,
            if f.in_deal_zone { "yes" } else { "no" }
        );
    }
    if diff.is_empty() {
        let _ = writeln!(out, "\nNo parameter differs.");
    } else {
        let _ = writeln!(out, "\nParameters that differ:");
        for (k, values) in &diff {
            let s = k.spec();
            let shown: Vec<String> = values.iter().map(|&v| s.format_display(v)).collect();
            let _ = writeln!(out, "  {:<34} {}", s.label, shown.join(" | "));
        }
    }
    out
}
