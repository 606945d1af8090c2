//! Monte Carlo fan charts: bands of each partner's cumulative profit over the draws, the
//! medians with and without the deal, and the deal as set drawn over them.

use super::numbers::{money, signed_money};
use super::types::{Dash, Swatch, with_margin};
use super::{Area, Axis, Chart, Figure, LegendEntry, Opacity, Panel, Role, Series, Shape, Ticks};
use crate::core::analysis::{cumulative, extent};
use crate::core::dealfile::Deal;
use crate::core::model::{Outcome, Partner};
use crate::core::montecarlo::{Bands, uncertain_keys};
use crate::palette::Ink;

/// The bands' opacities, 5–95 % and 25–75 %: the outer band must stay visible on a dark
/// background too.
pub const OUTER: Opacity = Opacity {
    light: 0.18,
    dark: 0.3,
};
pub const INNER: Opacity = Opacity {
    light: 0.4,
    dark: 0.5,
};

pub fn figure(deal: &Deal, b: &Bands, live: &Outcome) -> Figure {
    let years: Vec<f64> = b.years.iter().map(|&y| f64::from(y)).collect();
    let x = Axis::new("year", "", (years[0], years[years.len() - 1]), Ticks::Years);
    let along =
        |v: &[f64]| -> Vec<[f64; 2]> { years.iter().zip(v).map(|(&x, &y)| [x, y]).collect() };
    let panels = super::partners(deal)
        .into_iter()
        .map(|(name, ink, who)| {
            let pb = match who {
                Partner::Host => &b.host,
                Partner::Entrant => &b.entrant,
            };
            let n = live.deal.years.min(years.len());
            let as_set = cumulative(&live.deal.partner(who).profit, n);
            let as_set = &as_set[..n];
            let series = vec![
                Series {
                    name: "median, deal".to_string(),
                    role: Role::Deal,
                    ink,
                    points: along(&pb.p50),
                },
                Series {
                    name: "median, no deal".to_string(),
                    role: Role::NoDeal,
                    ink,
                    points: along(&pb.no_deal_p50),
                },
                Series {
                    name: "the deal as set".to_string(),
                    role: Role::AsSet,
                    ink: Ink::Strong,
                    points: super::points(live, as_set),
                },
            ];
            let (lo, hi) = extent(&[&pb.p5, &pb.p95, &pb.p50, &pb.no_deal_p50, as_set]);
            let mut panel = Panel::new(
                x.clone(),
                Axis::new(
                    "cumulative profit, US$ B",
                    "US$ B",
                    with_margin(lo, hi),
                    Ticks::Values,
                ),
            );
            panel.heading = Some((
                format!(
                    "{name}: gains over no deal in {:.0} % of draws",
                    pb.p_gain * 100.0
                ),
                ink,
            ));
            if let (Some(&median), Some(&set), Some(&year)) =
                (pb.p50.last(), as_set.last(), b.years.last())
            {
                panel.note = Some(format!(
                    "By {year}: median draw {} US$ B, the deal as set {} ({} from the median)",
                    money(median),
                    money(set),
                    signed_money(set - median)
                ));
            }
            panel.areas = vec![
                Area {
                    name: "5–95 % of draws".to_string(),
                    xs: years.clone(),
                    lo: pb.p5.clone(),
                    hi: pb.p95.clone(),
                    ink,
                    opacity: OUTER,
                },
                Area {
                    name: "25–75 % of draws".to_string(),
                    xs: years.clone(),
                    lo: pb.p25.clone(),
                    hi: pb.p75.clone(),
                    ink,
                    opacity: INNER,
                },
            ];
            panel.series = series;
            panel
        })
        .collect();
    Figure {
        chart: Chart::MonteCarlo,
        title: format!(
            "Monte Carlo: cumulative profit over {} draws (seed {})",
            b.draws, b.seed
        ),
        subtitle: Some(format!(
            "{} Latin hypercube draws (seed {}) over the slider ranges of {} uncertain \
             parameters; deal terms and tariffs as set.",
            b.draws,
            b.seed,
            uncertain_keys().len()
        )),
        caption: super::caption(deal),
        legend_title: None,
        legend: vec![
            LegendEntry::new(vec![Swatch::Area(Ink::Text, OUTER)], "5–95 % of draws"),
            LegendEntry::new(vec![Swatch::Area(Ink::Text, INNER)], "25–75 %"),
            LegendEntry::new(vec![Swatch::Line(Ink::Text, Dash::Solid)], "median draw"),
            LegendEntry::new(
                vec![Swatch::Line(Ink::Text, Role::NoDeal.look().dash)],
                "median without the deal",
            ),
            LegendEntry::new(
                vec![Swatch::Marker(Shape::Circle, Ink::Strong)],
                "the deal as set",
            )
            .hover("The live deal's own cumulative profit, as on the Charts tab"),
        ],
        panels,
        notes: vec![
            "Dark band: the middle half of the draws (25–75 %). Light band: 90 % of them \
             (5–95 %). Solid line: the median draw. Dashed: the median without the deal."
                .to_string(),
        ],
    }
}
