//! The deal map: a gain over host stake × tech share as a heatmap with the deal zone and the
//! three-party zone outlined, the policy lines, the Nash points, pinned scenarios and the current
//! deal marked. Coloured by the chance both gain, it is the robust map (`robustmap`).

use super::heatmap::{ColourScale, Heatmap};
pub use super::mapframe::{MapData, short_name};
use super::mapframe::{frame, mark_deals};
use super::numbers::{signed_money, terms};
use super::types::{Dash, Swatch};
use super::{Chart, Contour, Figure, LegendEntry, Marker, Pin, Shape};
use crate::core::dealfile::Deal;
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
    /// The host country's national gain (eq. 23).
    Nation,
    /// The chance both partners gain over the Monte Carlo draws: the robust map.
    Chance,
}

impl MapMode {
    pub const ALL: [MapMode; 6] = [
        MapMode::Host,
        MapMode::Entrant,
        MapMode::Joint,
        MapMode::Expected,
        MapMode::Nation,
        MapMode::Chance,
    ];

    /// The colourings by a gain, the deal map slide's (the chance has a slide of its own).
    pub const GAINS: [MapMode; 5] = [
        MapMode::Host,
        MapMode::Entrant,
        MapMode::Joint,
        MapMode::Expected,
        MapMode::Nation,
    ];

    pub fn label(self) -> &'static str {
        match self {
            MapMode::Host => "Host's gain",
            MapMode::Entrant => "Entrant's gain",
            MapMode::Joint => "Joint gain",
            MapMode::Expected => "Expected joint gain",
            MapMode::Nation => "National gain",
            MapMode::Chance => "Chance both gain",
        }
    }

    /// The same in a sentence, for the figure's title.
    fn described(self) -> &'static str {
        match self {
            MapMode::Host => "the host's NPV gain over no deal",
            MapMode::Entrant => "the entrant's NPV gain over no deal",
            MapMode::Joint => "the joint NPV gain over no deal",
            MapMode::Expected => "the joint NPV gain over no deal times the chance of approval",
            MapMode::Nation => "the host country's NPV gain over no deal",
            MapMode::Chance => "the chance both partners gain",
        }
    }

    /// The value a gain colouring gives a cell; `None` for the chance, which no one grid holds.
    pub fn value(self, c: &Cell) -> Option<f64> {
        Some(match self {
            MapMode::Host => c.host_gain,
            MapMode::Entrant => c.entrant_gain,
            MapMode::Joint => c.host_gain + c.entrant_gain,
            MapMode::Expected => c.approval * (c.host_gain + c.entrant_gain),
            MapMode::Nation => c.nation_gain,
            MapMode::Chance => return None,
        })
    }
}

/// The heatmap of `grid` coloured by `mode` (a gain; `None` for the chance).
pub fn heatmap(grid: &Grid, mode: MapMode) -> Option<Heatmap> {
    let values: Vec<f64> = grid
        .cells
        .iter()
        .map(|c| mode.value(c))
        .collect::<Option<_>>()?;
    let whose = if mode == MapMode::Nation {
        "Orange: the country is worse off than without the deal; purple: better off."
    } else {
        "Orange: worse than no deal; purple: better."
    };
    Some(Heatmap {
        n: grid.n,
        scale: ColourScale::Diverging {
            max_abs: values.iter().map(|v| v.abs()).fold(0.0, f64::max),
        },
        values,
        zone: grid.cells.iter().map(Cell::in_zone).collect(),
        label: format!("{}, US$ B", mode.label()),
        caption: format!(
            "{whose} Outlined: the deal zone, where both partners gain; dashed inside it: the \
             three-party zone, where the host country gains too."
        ),
    })
}

/// The outline of the three-party zone: the deal zone's cells where the country gains too.
pub fn three_party_outline(grid: &Grid) -> Contour {
    let inside: Vec<bool> = grid.cells.iter().map(Cell::in_three_party_zone).collect();
    Contour {
        name: "Three-party zone".to_string(),
        paths: super::contour::outline(&inside, grid.n),
        ink: Ink::Nation,
        dash: Dash::Dashed,
        width: 2.0,
        halo: false,
        label: None,
    }
}

/// The legend's entries for the two zones, with how many grid deals each holds.
fn zone_legend(grid: &Grid) -> [LegendEntry; 2] {
    let (two, three, all) = (
        grid.zone_count(),
        grid.three_party_zone_count(),
        grid.cells.len(),
    );
    let three_text = if three == two {
        format!("{three}: all of the deal zone")
    } else {
        format!("{three} of the {two}")
    };
    [
        LegendEntry::new(
            vec![Swatch::Line(Ink::Strong, Dash::Solid)],
            format!("Deal zone: both partners gain ({two} of {all} grid deals)"),
        )
        .hover("Both partners' NPVs beat their no-deal NPVs, with the parameters as set"),
        LegendEntry::new(
            vec![Swatch::Line(Ink::Nation, Dash::Dashed)],
            format!("Three-party zone: the host country gains too ({three_text})"),
        )
        .hover(
            "In the deal zone, and the national surplus (consumer surplus + the host's profit \
             + tariff and duty revenue − credits) beats no deal",
        ),
    ]
}

/// The map of `deal` coloured by `mode`. Parts of `data` still being computed are left out: the
/// lines and the current deal are drawn, the colours and the Nash points wait.
pub fn figure(deal: &Deal, data: MapData<'_>, mode: MapMode, pins: &[Pin<'_>]) -> Figure {
    if mode == MapMode::Chance {
        return super::robustmap::figure(deal, data, pins);
    }
    let p = &deal.params;
    let beta = p.bargaining_power;
    let grid = data.grid;
    let mut panel = frame();
    panel.heatmap = grid.and_then(|g| heatmap(g, mode));
    panel.contours = grid.map(three_party_outline).into_iter().collect();
    let mut legend: Vec<LegendEntry> = grid.map(zone_legend).into_iter().flatten().collect();
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
    mark_deals(&mut panel, &mut legend, deal, pins);
    let mut notes = vec![format!(
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
    )];
    if mode == MapMode::Nation {
        notes.push(super::nation::measure_note(deal));
    }
    Figure {
        chart: Chart::DealMap,
        title: format!("Deal map: {}, US$ B", mode.described()),
        subtitle: None,
        caption: super::caption(deal),
        legend_title: Some(format!("Bargaining (host power β = {beta:.2})")),
        legend,
        panels: vec![panel],
        notes,
    }
}
