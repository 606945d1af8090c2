//! Chart descriptions: each chart built once from the model's results as a `Figure` (title,
//! axes, series with colours and roles, markers, legend, notes), which the window's views and
//! the exporter then paint. UI-free like the core (tests/core_is_headless.rs checks it), so a
//! chart is defined in one place and drawn the same everywhere.

pub mod bars;
pub mod chart;
pub mod contour;
pub mod dealmap;
pub mod heatmap;
pub mod mapframe;
pub mod montecarlo;
pub mod nation;
pub mod numbers;
pub mod profit;
pub mod robustmap;
pub mod technology;
pub mod ticks;
pub mod tornado;
pub mod types;

pub use chart::Chart;
pub use types::{
    Area, Axis, Contour, Dash, Figure, LegendEntry, Look, Marker, Opacity, Panel, Role, Rule,
    Series, Shape, Swatch, Ticks, pin_shape,
};

use crate::core::dealfile::Deal;
use crate::core::model::{Outcome, Partner};
use crate::palette::Ink;

/// A pinned scenario drawn over the live deal: dotted lines on the charts, a marker on the map.
#[derive(Clone, Copy)]
pub struct Pin<'a> {
    pub deal: &'a Deal,
    pub outcome: &'a Outcome,
}

/// The deal and its terms, under a figure that stands alone (a file, a slide).
pub fn caption(deal: &Deal) -> String {
    format!("{} — {}", deal.name, deal.terms_caption())
}

/// The calendar years of a run, for x axes.
pub fn years_of(o: &Outcome) -> Vec<f64> {
    (0..o.deal.years)
        .map(|t| f64::from(o.deal.year(t)))
        .collect()
}

/// Each partner's name and colour, host first.
pub(crate) fn partners(deal: &Deal) -> [(&str, Ink, Partner); 2] {
    [
        (&deal.host, Ink::Host, Partner::Host),
        (&deal.entrant, Ink::Entrant, Partner::Entrant),
    ]
}

/// The first `o`'s years of `values` as points over the calendar years.
pub(crate) fn points(o: &Outcome, values: &[f64]) -> Vec<[f64; 2]> {
    years_of(o)
        .into_iter()
        .zip(values)
        .map(|(x, &y)| [x, y])
        .collect()
}

/// The smallest and largest y of some series, (0, 1) when there are none.
fn y_extent<'a>(series: impl IntoIterator<Item = &'a Series>) -> (f64, f64) {
    let ys: Vec<f64> = series
        .into_iter()
        .flat_map(|s| s.points.iter().map(|p| p[1]))
        .collect();
    crate::core::analysis::extent(&[&ys])
}
