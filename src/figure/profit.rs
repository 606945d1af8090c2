//! Yearly and cumulative profit of both partners: the deal solid against no deal dashed, one
//! colour per partner, pinned scenarios dotted with their markers.

use super::types::{Dash, Swatch};
use super::{
    Axis, Chart, Figure, LegendEntry, Panel, Pin, Role, Series, Ticks, partners, pin_shape, points,
};
use crate::core::analysis::cumulative;
use crate::core::dealfile::Deal;
use crate::core::model::{Outcome, Path};
use crate::palette::Ink;

pub fn figure(deal: &Deal, o: &Outcome, cumulated: bool, pins: &[Pin<'_>]) -> Figure {
    let shown = |o: &Outcome, p: &Path| {
        let v = if cumulated {
            cumulative(p, o.deal.years)
        } else {
            *p
        };
        points(o, &v)
    };
    let mut series = Vec::new();
    for (name, ink, who) in partners(deal) {
        series.push(Series {
            name: format!("{name}, no deal"),
            role: Role::NoDeal,
            ink,
            points: shown(o, &o.no_deal.partner(who).profit),
        });
        series.push(Series {
            name: format!("{name}, deal"),
            role: Role::Deal,
            ink,
            points: shown(o, &o.deal.partner(who).profit),
        });
    }
    // A pinned scenario may have another horizon: each keeps its own years.
    for (i, pin) in pins.iter().enumerate() {
        for (name, ink, who) in partners(deal) {
            series.push(Series {
                name: format!("{}: {name}", pin.deal.name),
                role: Role::Scenario(i),
                ink,
                points: shown(pin.outcome, &pin.outcome.deal.partner(who).profit),
            });
        }
    }
    let (lo, hi) = super::y_extent(&series);
    let (chart, y_label, unit) = if cumulated {
        (Chart::CumulativeProfit, "cumulative profit, US$ B", "US$ B")
    } else {
        (Chart::Profit, "profit, US$ B per year", "US$ B/yr")
    };
    let mut panel = Panel::new(
        year_axis(o),
        Axis::new(
            y_label,
            unit,
            super::types::with_margin(lo.min(0.0), hi.max(0.0)),
            Ticks::Values,
        ),
    );
    panel.series = series;
    Figure {
        chart,
        title: chart.title().to_string(),
        subtitle: None,
        caption: super::caption(deal),
        legend_title: None,
        legend: legend(deal, pins, false),
        panels: vec![panel],
        notes: Vec::new(),
    }
}

/// The x axis over a run's years.
pub(super) fn year_axis(o: &Outcome) -> Axis {
    let first = f64::from(o.deal.first_year);
    let last = f64::from(o.deal.year(o.deal.years - 1));
    Axis::new("year", "", (first, last), Ticks::Years)
}

/// The legend of the profit and technology charts: a colour per partner, a line style for deal
/// and no deal, a marker per pinned scenario. `with_jv`: the JV's line is shown.
pub(super) fn legend(deal: &Deal, pins: &[Pin<'_>], with_jv: bool) -> Vec<LegendEntry> {
    let mut out = vec![
        LegendEntry::new(vec![Swatch::Line(Ink::Host, Dash::Solid)], &deal.host),
        LegendEntry::new(vec![Swatch::Line(Ink::Entrant, Dash::Solid)], &deal.entrant),
    ];
    if with_jv {
        out.push(
            LegendEntry::new(vec![Swatch::Line(Ink::Jv, Dash::Solid)], "JV")
                .hover("The JV's technology"),
        );
    }
    out.extend([
        LegendEntry::new(
            vec![Swatch::Line(Ink::Text, Role::Deal.look().dash)],
            "deal",
        ),
        LegendEntry::new(
            vec![Swatch::Line(Ink::Text, Role::NoDeal.look().dash)],
            "no deal",
        )
        .hover("Each partner's outside option: the same years without the JV"),
    ]);
    out.extend(pins.iter().enumerate().map(|(i, pin)| {
        LegendEntry::new(
            vec![
                Swatch::Marker(pin_shape(i), Ink::Text),
                Swatch::Line(Ink::Text, Role::Scenario(i).look().dash),
            ],
            &pin.deal.name,
        )
        .hover("A pinned scenario: dotted, in each partner's colour, this marker on every year")
    }));
    out
}
