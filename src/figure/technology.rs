//! Technology: the host's index with the deal and without (the gain shaded), the entrant's, and
//! the JV's from its first year of production.

use super::points;
use super::profit::{legend, year_axis};
use super::types::with_margin;
use super::{Area, Axis, Chart, Figure, Opacity, Panel, Pin, Role, Series, Ticks};
use crate::core::dealfile::Deal;
use crate::core::model::Outcome;
use crate::palette::Ink;

/// Opacity of the shaded technology gain.
pub const GAIN_SHADE: Opacity = Opacity::same(0.25);

pub fn figure(deal: &Deal, o: &Outcome, pins: &[Pin<'_>]) -> Figure {
    let n = o.deal.years;
    let host = &o.deal.host.tech[..n];
    let host_nd = &o.no_deal.host.tech[..n];
    let years = super::years_of(o);
    let mut series = vec![
        Series {
            name: format!("{}, no deal", deal.host),
            role: Role::NoDeal,
            ink: Ink::Host,
            points: points(o, host_nd),
        },
        Series {
            name: format!("{}, deal", deal.host),
            role: Role::Deal,
            ink: Ink::Host,
            points: points(o, host),
        },
        Series {
            name: format!("{} (same with or without deal)", deal.entrant),
            role: Role::Deal,
            ink: Ink::Entrant,
            points: points(o, &o.deal.entrant.tech[..n]),
        },
    ];
    // The JV exists from the first year; its line starts when it produces.
    if let Some(first) = (0..n).find(|&t| o.deal.jv.volume[t] > 0.0) {
        series.push(Series {
            name: "JV".to_string(),
            role: Role::Jv,
            ink: Ink::Jv,
            points: (first..n).map(|t| [years[t], o.deal.jv.tech[t]]).collect(),
        });
    }
    for (i, pin) in pins.iter().enumerate() {
        series.push(Series {
            name: format!("{}: {}", pin.deal.name, deal.host),
            role: Role::Scenario(i),
            ink: Ink::Host,
            points: points(pin.outcome, &pin.outcome.deal.host.tech),
        });
    }
    let ranged: Vec<&Series> = series.iter().filter(|s| s.role != Role::Jv).collect();
    let (lo, hi) = super::y_extent(ranged);
    let mut panel = Panel::new(
        year_axis(o),
        Axis::new(
            "technology index",
            "index",
            with_margin(lo.min(0.5), hi),
            Ticks::Values,
        ),
    );
    panel.areas.push(Area {
        name: format!("{}'s technology gain", deal.host),
        xs: years,
        lo: host_nd.to_vec(),
        hi: host.to_vec(),
        ink: Ink::Host,
        opacity: GAIN_SHADE,
    });
    panel.series = series;
    Figure {
        chart: Chart::Technology,
        title: format!(
            "Technology (index, {} in {} = 1.0); shaded: {}'s gain, {:+.3} by {}",
            deal.entrant,
            o.deal.first_year,
            deal.host,
            host[n - 1] - host_nd[n - 1],
            o.deal.year(n - 1)
        ),
        subtitle: None,
        caption: super::caption(deal),
        legend_title: None,
        legend: legend(deal, pins, true),
        panels: vec![panel],
        notes: Vec::new(),
    }
}
