//! The tornado's panel in SVG: group titles and rows, each row its name and values tested on
//! the left, the low end's bar above the high end's, the value tested at each bar's tip.

use super::plot_svg::rules;
use super::style_svg::{marks, rgb};
use super::svg::{Anchor, Axes, Svg};
use crate::figure::Panel;
use crate::figure::bars::BarRow;
use crate::palette::{INK, MUTED};

/// Most of a panel's width the names may take.
const MAX_LABEL_SHARE: f64 = 0.42;

pub fn paint(
    svg: &mut Svg,
    panel: &Panel,
    (x0, x1): (f64, f64),
    (top, bottom): (f64, f64),
    f: f64,
) {
    let Some(bars) = &panel.bars else {
        return;
    };
    let name_font = f * 0.7;
    let longest = bars
        .rows()
        .flat_map(|r| [r.label.chars().count(), r.tested.chars().count()])
        .max()
        .unwrap_or(10) as f64;
    let label_w = (longest * name_font * 0.5 + f)
        .max(f * 8.0)
        .min((x1 - x0) * MAX_LABEL_SHARE);
    let lines = bars.groups.len() + bars.rows().count();
    let axes = Axes {
        left: x0 + f * 1.2 + label_w,
        top,
        width: x1 - x0 - label_w - f * 2.7,
        height: bottom - top,
        x: panel.x.range,
        y: (0.0, lines.max(1) as f64),
    };
    let tick_font = f * 0.75;
    axes.draw(
        svg,
        tick_font,
        &panel.x.label,
        "",
        &marks(panel.x.ticks, panel.x.range, axes.width, tick_font),
        &[],
    );
    rules(svg, &axes, panel);
    let row_h = axes.height / lines.max(1) as f64;
    let mut line = 0;
    for g in &bars.groups {
        let y = axes.top + row_h * line as f64;
        svg.text(
            x0 + f * 1.2,
            y + row_h * 0.65,
            g.title,
            f * 0.72,
            Anchor::Start,
            true,
            INK,
        );
        line += 1;
        for r in &g.rows {
            row(
                svg,
                &axes,
                r,
                bars.base,
                axes.top + row_h * line as f64,
                row_h,
                f,
            );
            line += 1;
        }
    }
}

fn row(svg: &mut Svg, axes: &Axes, r: &BarRow, base: f64, y: f64, row_h: f64, f: f64) {
    let label_x = axes.left - f * 0.4;
    svg.text(
        label_x,
        y + row_h * 0.45,
        &r.label,
        f * 0.7,
        Anchor::End,
        false,
        INK,
    );
    svg.text(
        label_x,
        y + row_h * 0.45 + f * 0.75,
        &r.tested,
        f * 0.6,
        Anchor::End,
        false,
        MUTED,
    );
    for (end, dy) in r.ends.iter().zip([0.1, 0.5]) {
        let (a, b) = (axes.px(base.min(end.gain)), axes.px(base.max(end.gain)));
        let (top, height) = (y + row_h * dy, row_h * 0.36);
        svg.rect(a, top, (b - a).max(1.0), height, rgb(end.ink));
        let (tip, anchor) = if end.gain >= base {
            (axes.px(end.gain) + f * 0.25, Anchor::Start)
        } else {
            (axes.px(end.gain) - f * 0.25, Anchor::End)
        };
        // A tip label that would leave the plot is left out: the row's name gives the values.
        let text_w = end.value.chars().count() as f64 * f * 0.55 * 0.55;
        let (from, to) = match anchor {
            Anchor::End => (tip - text_w, tip),
            _ => (tip, tip + text_w),
        };
        if from < axes.left || to > axes.left + axes.width {
            continue;
        }
        svg.text(
            tip,
            top + height / 2.0 + f * 0.2,
            &end.value,
            f * 0.55,
            anchor,
            false,
            MUTED,
        );
    }
}
