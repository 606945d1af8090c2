//! What every deal map shares, whatever it is coloured by: the data it is drawn from, the axes
//! and policy lines, and the marks of the current deal and the pinned scenarios.

use super::numbers::terms;
use super::types::{Dash, Swatch};
use super::{Axis, LegendEntry, Marker, Panel, Pin, Rule, Shape, Ticks, pin_shape};
use crate::core::dealfile::Deal;
use crate::core::policy::STAKE_LINES;
use crate::core::robust::RobustGrid;
use crate::core::sweep::Grid;
use crate::palette::Ink;

/// What a map is drawn from; each part `None` while it is being computed.
#[derive(Clone, Copy, Debug, Default)]
pub struct MapData<'a> {
    /// The deals as set over the grid (the gain colourings, the zones, the Nash points).
    pub grid: Option<&'a Grid>,
    /// The chance both gain over the draws (the chance colouring).
    pub robust: Option<&'a RobustGrid>,
    /// The chance both gain at the current deal itself, and over how many draws.
    pub chance_here: Option<(f64, usize)>,
}

impl<'a> MapData<'a> {
    /// A map of the deals as set alone.
    pub fn grid(grid: Option<&'a Grid>) -> MapData<'a> {
        MapData {
            grid,
            ..MapData::default()
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

/// The map's frame: both axes in percent and the policy stake lines.
pub fn frame() -> Panel {
    let percent = |label: &str| Axis::new(label, "", (0.0, 1.0), Ticks::Percent);
    let mut panel = Panel::new(percent("host stake"), percent("technology shared"));
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
    panel
}

/// The pinned scenarios' markers and legend lines, then the current deal's marker (drawn last,
/// on top).
pub fn mark_deals(panel: &mut Panel, legend: &mut Vec<LegendEntry>, deal: &Deal, pins: &[Pin<'_>]) {
    let p = &deal.params;
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
}
