//! Paints a `Figure` as SVG: the title and the deal's terms, the legend in a row above the
//! plots (never over the data), the panels side by side, the notes below. Sizes follow the
//! image's height, so a small export reads like a large one.

use super::style_svg::{font, marks, rgb};
use super::svg::{Anchor, Axes, Svg};
use super::{bars_svg, legend_svg, map_svg, plot_svg};
use crate::figure::{Figure, Panel, Ticks};
use crate::palette::{INK, MUTED};

/// Margin a year axis gets at each end, in years, so the first and last points clear the frame.
const YEAR_MARGIN: f64 = 0.3;

/// The figure as SVG text, `w × h` pixels.
pub fn svg(fig: &Figure, w: f64, h: f64) -> String {
    let f = font(h);
    let mut svg = Svg::new(w, h);
    svg.text(
        f * 1.2,
        f * 1.6,
        &fig.title,
        f * 1.3,
        Anchor::Start,
        true,
        INK,
    );
    svg.text(
        f * 1.2,
        f * 2.9,
        &fig.caption,
        f * 0.8,
        Anchor::Start,
        false,
        MUTED,
    );
    let mut top = f * 3.4;
    if let Some(sub) = &fig.subtitle {
        svg.text(f * 1.2, f * 4.1, sub, f * 0.75, Anchor::Start, false, MUTED);
        top = f * 4.5;
    }
    if fig.panels.iter().any(|p| p.heatmap.is_some()) {
        map_svg::paint(&mut svg, fig, f, top);
        return svg.finish();
    }
    top = legend_svg::row(
        &mut svg,
        &fig.legend,
        f * 1.2,
        top + f * 0.3,
        w - f * 1.2,
        f * 0.8,
    );
    let notes = legend_svg::notes_height(&fig.notes, w - f * 2.4, f * 0.7);
    legend_svg::notes(
        &mut svg,
        &fig.notes,
        f * 1.2,
        h - notes,
        w - f * 2.4,
        f * 0.7,
    );
    let bottom = h - notes - f * 3.6;
    let n = fig.panels.len().max(1) as f64;
    for (k, panel) in fig.panels.iter().enumerate() {
        let (x0, x1) = (w * k as f64 / n, w * (k + 1) as f64 / n);
        let plot_top = heading(&mut svg, panel, x0, top, f);
        if panel.bars.is_some() {
            bars_svg::paint(&mut svg, panel, (x0, x1), (plot_top, bottom), f);
        } else {
            let tick_font = if fig.panels.len() == 1 { f } else { f * 0.8 };
            let left = x0 + f * 5.5;
            let axes = plot_axes(
                panel,
                left,
                plot_top,
                x1 - left - f * 1.5,
                bottom - plot_top,
            );
            axes.draw(
                &mut svg,
                tick_font,
                &panel.x.label,
                &panel.y.label,
                &marks(panel.x.ticks, panel.x.range, axes.width, tick_font),
                &marks(panel.y.ticks, panel.y.range, axes.height, tick_font),
            );
            plot_svg::contents(&mut svg, &axes, panel, f);
        }
    }
    svg.finish()
}

/// The panel's heading and note from `top`; returns where its plot starts.
fn heading(svg: &mut Svg, panel: &Panel, x0: f64, mut top: f64, f: f64) -> f64 {
    if let Some((text, ink)) = &panel.heading {
        svg.text(
            x0 + f * 1.2,
            top + f * 1.1,
            text,
            f * 0.9,
            Anchor::Start,
            true,
            rgb(*ink),
        );
        top += f * 1.5;
    }
    if let Some(note) = &panel.note {
        svg.text(
            x0 + f * 1.2,
            top + f * 0.9,
            note,
            f * 0.7,
            Anchor::Start,
            false,
            INK,
        );
        top += f * 1.3;
    }
    top + f * 0.5
}

/// The plot box for `panel`; a year axis gets its margin.
fn plot_axes(panel: &Panel, left: f64, top: f64, width: f64, height: f64) -> Axes {
    let (x0, x1) = panel.x.range;
    let x = if panel.x.ticks == Ticks::Years {
        (x0 - YEAR_MARGIN, x1 + YEAR_MARGIN)
    } else {
        (x0, x1)
    };
    Axes {
        left,
        top,
        width,
        height,
        x,
        y: panel.y.range,
    }
}
