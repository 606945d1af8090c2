//! The tornado: each partner's NPV gain with one parameter at a time at the low and the high end
//! of its slider range, the bars `core::sensitivity::shown` picks, coloured by the sign of their
//! effect; uncertain assumptions apart from the terms, policy and data held as set.

use super::bars::{BarEnd, BarGroup, BarRow, Bars};
use super::numbers::signed_money;
use super::types::{Dash, Swatch};
use super::{Axis, Chart, Figure, LegendEntry, Opacity, Panel, Rule, Ticks};
use crate::core::dealfile::Deal;
use crate::core::model::Partner;
use crate::core::params::{Kind, Scale, display_number};
use crate::core::sensitivity::{Bar, Tornado, shown};
use crate::palette::Ink;

/// The colour of an effect on the gain: raising it or lowering it.
pub fn effect(delta: f64) -> Ink {
    if delta >= 0.0 {
        Ink::Raises
    } else {
        Ink::Lowers
    }
}

/// The values tested, in the units on screen: "14 to 18 M vehicles/yr", "0 % to 250 %", "off
/// and on".
pub fn tested(b: &Bar) -> String {
    let s = b.key.spec();
    let n = |v: f64| display_number(s.to_display(v));
    match (s.kind, s.scale) {
        (Kind::Switch, _) => "off and on".to_string(),
        (_, Scale::Percent) => format!("{} % to {} %", n(b.low), n(b.high)),
        _ if s.unit.is_empty() || s.unit == "year" => format!("{} to {}", n(b.low), n(b.high)),
        _ => format!("{} to {} {}", n(b.low), n(b.high), s.unit),
    }
}

fn row(b: &Bar, base: f64) -> BarRow {
    let s = b.key.spec();
    let value = |v: f64| {
        if s.kind == Kind::Switch {
            if v != 0.0 { "on" } else { "off" }.to_string()
        } else {
            display_number(s.to_display(v))
        }
    };
    let end = |gain: f64, v: f64| BarEnd {
        gain,
        value: value(v),
        ink: effect(gain - base),
    };
    let mut label = s.label.to_string();
    if !b.monotone {
        label.push_str(" (not monotone)");
    }
    BarRow {
        label,
        tested: tested(b),
        ends: [end(b.gain_at_low, b.low), end(b.gain_at_high, b.high)],
        hover: format!(
            "{}: at {} the gain is {} US$ B, at {} it is {} (as set: {})",
            s.label,
            s.format_display(b.low),
            signed_money(b.gain_at_low),
            s.format_display(b.high),
            signed_money(b.gain_at_high),
            signed_money(base)
        ),
    }
}

/// One partner's panel: the bars `shown` picks, in their two groups, on an axis that takes in
/// zero, the gain as set and every bar's end.
fn panel(name: &str, ink: Ink, base: f64, bars: &[Bar]) -> Panel {
    let (uncertain, held) = shown(bars);
    let groups: Vec<BarGroup> = [
        ("Uncertain assumptions", uncertain),
        ("Terms, policy and data held as set", held),
    ]
    .into_iter()
    .filter(|(_, rows)| !rows.is_empty())
    .map(|(title, rows)| BarGroup {
        title,
        rows: rows.into_iter().map(|b| row(b, base)).collect(),
    })
    .collect();
    let bars = Bars { base, groups };
    let (mut lo, mut hi) = (base.min(0.0), base.max(0.0));
    for r in bars.rows() {
        for e in &r.ends {
            lo = lo.min(e.gain);
            hi = hi.max(e.gain);
        }
    }
    let pad = 0.04 * (hi - lo).max(1e-6);
    let rows = bars.rows().count();
    let mut panel = Panel::new(
        Axis::new(
            "NPV gain, US$ B",
            "US$ B",
            (lo - pad, hi + pad),
            Ticks::Signed,
        ),
        Axis::new("", "", (0.0, rows.max(1) as f64), Ticks::None),
    );
    panel.heading = Some((
        format!("{name}: gain {} US$ B as set", signed_money(base)),
        ink,
    ));
    panel.rules.push(Rule {
        name: format!("as set, {}", signed_money(base)),
        x: base,
        ink: Ink::Text,
        dash: Dash::Solid,
        width: 1.5,
    });
    panel.bars = Some(bars);
    panel
}

pub fn figure(deal: &Deal, t: &Tornado) -> Figure {
    let panels = super::partners(deal)
        .into_iter()
        .map(|(name, ink, who)| match who {
            Partner::Host => panel(name, ink, t.host_base, &t.host),
            Partner::Entrant => panel(name, ink, t.entrant_base, &t.entrant),
        })
        .collect();
    let solid = Opacity::same(1.0);
    Figure {
        chart: Chart::Tornado,
        title: "Sensitivity: NPV gain over no deal with each parameter at the ends of its range"
            .to_string(),
        subtitle: Some(
            "NPV gain over no deal, US$ B, with one parameter at a time at each end of its \
             slider range, the others as set; widest first, the values tested beside each name."
                .to_string(),
        ),
        caption: super::caption(deal),
        legend_title: None,
        legend: vec![
            LegendEntry::new(vec![Swatch::Area(Ink::Raises, solid)], "raises the gain"),
            LegendEntry::new(vec![Swatch::Area(Ink::Lowers, solid)], "lowers it"),
        ],
        panels,
        notes: vec![
            "Upper bar: the low end of the slider range; lower bar: the high end; the value \
             tested is at each bar's tip."
                .to_string(),
            "Left out: the horizon, the first year and the analysis settings (choices, not \
             uncertainties), and the stake and share (the deal map varies those). \"not \
             monotone\": the middle of the range does better or worse than both ends, so the \
             ends understate the effect."
                .to_string(),
        ],
    }
}
