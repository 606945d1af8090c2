//! The deal map: a gain over host stake × tech share as a heatmap with the deal zone outlined,
//! the policy lines, the Nash points, pinned scenarios and the current deal marked.

use super::heatmap::Heatmap;
use super::numbers::{signed_money, terms};
use super::types::{Dash, Swatch};
use super::{Axis, Chart, Figure, LegendEntry, Marker, Panel, Pin, Rule, Shape, Ticks, pin_shape};
use crate::core::dealfile::Deal;
use crate::core::policy::STAKE_LINES;
use crate::core::sweep::{Cell, Grid};
use crate::palette::Ink;

/// What the map's colour shows.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum MapMode {
    #[default]
    Host,
    Entrant,
    Joint,
    /// The joint gain times the chance both governments approve.
    Expected,
}

impl MapMode {
    pub const ALL: [MapMode; 4] = [
        MapMode::Host,
        MapMode::Entrant,
        MapMode::Joint,
        MapMode::Expected,
    ];

    pub fn label(self) -> &'static str {
        match self {
            MapMode::Host => "Host's gain",
            MapMode::Entrant => "Entrant's gain",
            MapMode::Joint => "Joint gain",
            MapMode::Expected => "Expected joint gain",
        }
    }

    /// The same in a sentence, for the figure's title.
    fn described(self) -> &'static str {
        match self {
            MapMode::Host => "the host's NPV gain over no deal",
            MapMode::Entrant => "the entrant's NPV gain over no deal",
            MapMode::Joint => "the joint NPV gain over no deal",
            MapMode::Expected => "the joint NPV gain over no deal times the chance of approval",
        }
    }

    pub fn value(self, c: &Cell) -> f64 {
        match self {
            MapMode::Host => c.host_gain,
            MapMode::Entrant => c.entrant_gain,
            MapMode::Joint => c.host_gain + c.entrant_gain,
            MapMode::Expected => c.approval * (c.host_gain + c.entrant_gain),
        }
    }
}

/// The stake lines' strokes: dashed for control, dotted for the entrant under 25 %.
const LINE_DASHES: [Dash; 2] = [Dash::Dashed, Dash::Dotted { spacing: 5.0 }];

/// `name`, or its first `max` characters and an ellipsis.
pub fn short_name(name: &str, max: usize) -> String {
    if name.chars().count() <= max {
        name.to_string()
    } else {
        let mut s: String = name.chars().take(max - 1).collect();
        s.push('…');
        s
    }
}

/// The heatmap of `grid` coloured by `mode`.
pub fn heatmap(grid: &Grid, mode: MapMode) -> Heatmap {
    let values: Vec<f64> = grid.cells.iter().map(|c| mode.value(c)).collect();
    Heatmap {
        n: grid.n,
        max_abs: values.iter().map(|v| v.abs()).fold(0.0, f64::max),
        values,
        zone: grid.cells.iter().map(Cell::in_zone).collect(),
        label: format!("{}, US$ B", mode.label()),
        caption: "Orange: worse than no deal; purple: better. Outlined: the deal zone, where both \
                  partners gain."
            .to_string(),
    }
}

/// The map of `deal`; `grid` is `None` while it is being computed (the lines and the current
/// deal are drawn, the colours and the Nash points wait).
pub fn figure(deal: &Deal, grid: Option<&Grid>, mode: MapMode, pins: &[Pin<'_>]) -> Figure {
    let p = &deal.params;
    let beta = p.bargaining_power;
    let percent = |label: &str| Axis::new(label, "", (0.0, 1.0), Ticks::Percent);
    let mut panel = Panel::new(percent("host stake"), percent("technology shared"));
    panel.heatmap = grid.map(|g| heatmap(g, mode));
    panel.rules = STAKE_LINES
        .iter()
        .zip(LINE_DASHES)
        .map(|(line, dash)| Rule {
            name: line.long.to_string(),
            x: line.stake,
            ink: Ink::Weak,
            dash,
            width: 1.5,
        })
        .collect();
    let mut legend = Vec::new();
    if let Some(points) = grid.map(|g| g.nash_points(beta)) {
        for (name, entry, cell, shape, ink, radius) in [
            (
                "Nash bargaining point",
                "Nash point",
                points.unconstrained,
                Shape::Diamond,
                Ink::Jv,
                8.0,
            ),
            (
                "Nash with host control",
                "With host control",
                points.host_control,
                Shape::Square,
                Ink::Host,
                7.0,
            ),
        ] {
            if let Some(c) = cell {
                panel.markers.push(Marker {
                    name: name.to_string(),
                    at: [c.host_stake, c.tech_share],
                    shape,
                    ink,
                    radius,
                    label: None,
                });
            }
            let text = match cell {
                Some(c) => format!(
                    "{entry}: {} (gains {} / {} if approved; approval {:.0} %)",
                    terms(c.host_stake, c.tech_share),
                    signed_money(c.host_gain),
                    signed_money(c.entrant_gain),
                    c.approval * 100.0
                ),
                None => format!("{entry}: none, no deal in the zone"),
            };
            legend.push(LegendEntry::new(vec![Swatch::Marker(shape, ink)], text));
        }
    }
    legend.push(LegendEntry::new(
        vec![Swatch::Marker(Shape::Cross, Ink::Strong)],
        format!("Current deal: {}", terms(p.host_stake, p.tech_share)),
    ));
    for (i, pin) in pins.iter().enumerate() {
        let q = &pin.deal.params;
        panel.markers.push(Marker {
            name: pin.deal.name.clone(),
            at: [q.host_stake, q.tech_share],
            shape: pin_shape(i),
            ink: Ink::OnMap,
            radius: 6.0,
            // Short enough to stay on the map; the legend gives it in full.
            label: Some(short_name(&pin.deal.name, 24)),
        });
        legend.push(LegendEntry::new(
            vec![Swatch::Marker(pin_shape(i), Ink::Strong)],
            format!("{}: {}", pin.deal.name, terms(q.host_stake, q.tech_share)),
        ));
    }
    for shape in [Shape::Ring, Shape::Cross] {
        panel.markers.push(Marker {
            name: "Current deal".to_string(),
            at: [p.host_stake, p.tech_share],
            shape,
            ink: Ink::OnMap,
            radius: 7.0,
            label: None,
        });
    }
    Figure {
        chart: Chart::DealMap,
        title: format!("Deal map: {}, US$ B", mode.described()),
        subtitle: None,
        caption: super::caption(deal),
        legend_title: Some(format!("Bargaining (host power β = {beta:.2})")),
        legend,
        panels: vec![panel],
        notes: vec![format!(
            "Gains are if both governments approve. The Nash point maximises ln(chance of \
             approval) + β·ln(gain of {}) + (1 − β)·ln(gain of {}) over the zone: the expected \
             gains' Nash product. Dashed line: 50 % stake (host control); dotted: 75 % (entrant \
             under 25 %{}).",
            deal.host,
            deal.entrant,
            if p.manufacturing_credits {
                ": the 45X credit and the lowest review bands"
            } else {
                ": the lowest review bands"
            }
        )],
    }
}
