//! The robust deal map: for every host stake × tech share, the share of Monte Carlo draws in
//! which both partners gain, with contours at 50, 80 and 95 % and the current deal marked.

use super::contour::{contour, label_point};
use super::heatmap::{ColourScale, Heatmap};
use super::mapframe::{MapData, frame, mark_deals};
use super::numbers::terms;
use super::types::{Dash, Swatch};
use super::{Chart, Contour, Figure, LegendEntry, Pin, Shape};
use crate::core::dealfile::Deal;
use crate::core::montecarlo::uncertain_keys;
use crate::core::robust::RobustGrid;
use crate::palette::Ink;

/// The contours' levels and strokes: the surer, the bolder.
pub const LEVELS: [(f64, Dash); 3] = [
    (0.5, Dash::Dotted { spacing: 5.0 }),
    (0.8, Dash::Dashed),
    (0.95, Dash::Solid),
];

/// "51 × 51 deals × 300 draws".
pub fn size_text(r: &RobustGrid) -> String {
    format!("{n} × {n} deals × {} draws", r.draws, n = r.n)
}

/// The contours of `r` at `LEVELS`, dark over a pale halo, each named on its longest line.
pub fn contours(r: &RobustGrid) -> Vec<Contour> {
    LEVELS
        .iter()
        .map(|&(level, dash)| {
            let paths = contour(&r.p_zone, r.n, level);
            let name = format!("{:.0} %", level * 100.0);
            Contour {
                label: label_point(&paths).map(|at| (name.clone(), at)),
                name,
                paths,
                ink: Ink::OnMap,
                dash,
                width: 1.6,
                halo: true,
            }
        })
        .collect()
}

pub fn figure(deal: &Deal, data: MapData<'_>, pins: &[Pin<'_>]) -> Figure {
    let p = &deal.params;
    let mut panel = frame();
    let mut legend: Vec<LegendEntry> = LEVELS
        .iter()
        .map(|&(level, dash)| {
            LegendEntry::new(
                vec![Swatch::Line(Ink::Strong, dash)],
                format!("both gain in {:.0} % of draws", level * 100.0),
            )
        })
        .collect();
    if let Some(r) = data.robust {
        panel.heatmap = Some(Heatmap {
            n: r.n,
            values: r.p_zone.clone(),
            zone: vec![false; r.p_zone.len()],
            scale: ColourScale::Chance,
            label: "Chance both partners gain".to_string(),
            caption: "Pale: few draws in which both partners gain; purple: nearly all. Lines: \
                      where the chance is 50 % (dotted), 80 % (dashed) and 95 % (solid)."
                .to_string(),
        });
        panel.contours = contours(r);
    }
    let here = match data.chance_here {
        Some((chance, draws)) => format!("; both gain in {:.0} % of {draws} draws", chance * 100.0),
        None => String::new(),
    };
    legend.push(LegendEntry::new(
        vec![Swatch::Marker(Shape::Cross, Ink::Strong)],
        format!("Current deal: {}{here}", terms(p.host_stake, p.tech_share)),
    ));
    mark_deals(&mut panel, &mut legend, deal, pins);
    let title = match data.robust {
        Some(r) => format!(
            "Robust deal map: chance both partners gain, {} (seed {})",
            size_text(r),
            r.seed
        ),
        None => "Robust deal map: chance both partners gain".to_string(),
    };
    Figure {
        chart: Chart::RobustMap,
        title,
        subtitle: None,
        caption: super::caption(deal),
        legend_title: None,
        legend,
        panels: vec![panel],
        notes: vec![format!(
            "Each draw takes the {} uncertain parameters from their slider ranges (the Monte \
             Carlo tab's Latin hypercube, same seed) with its own no-deal baseline; a deal counts \
             when both {} and {} beat their no-deal NPVs in that draw, if approved. Other terms \
             and tariffs as set; the map varies stake and share.",
            uncertain_keys().len(),
            deal.host,
            deal.entrant
        )],
    }
}
