//! The deal map in SVG: the heatmap square with the zone outlined, the policy lines and the
//! markers, and beside it the colour scale, the legend of the markers and the notes.

use super::legend_svg::{column, paragraph};
use super::plot_svg::{marker, rules};
use super::style_svg::dasharray;
use super::style_svg::{marks, px_per_point, rgb};
use super::svg::{Anchor, Axes, Svg};
use crate::figure::heatmap::Heatmap;
use crate::figure::{Contour, Figure};
use crate::palette::{INK, MUTED, zone_outline};

pub fn paint(svg: &mut Svg, fig: &Figure, f: f64, top: f64) {
    let Some(panel) = fig.panels.iter().find(|p| p.heatmap.is_some()) else {
        return;
    };
    let (w, h) = (svg.width, svg.height);
    let top = top + f * 0.8;
    let side = (h - top - f * 4.3).min(w - f * 22.0).max(100.0);
    let axes = Axes {
        left: f * 5.5,
        top,
        width: side,
        height: side,
        x: panel.x.range,
        y: panel.y.range,
    };
    if let Some(map) = &panel.heatmap {
        cells(svg, &axes, map, f);
    }
    let tick_font = f * 0.9;
    axes.draw(
        svg,
        tick_font,
        &panel.x.label,
        &panel.y.label,
        &marks(panel.x.ticks, panel.x.range, side, tick_font),
        &marks(panel.y.ticks, panel.y.range, side, tick_font),
    );
    contours(svg, &axes, &panel.contours, f);
    rules(svg, &axes, panel);
    let k = px_per_point(f);
    for m in &panel.markers {
        marker(
            svg,
            m.shape,
            axes.px(m.at[0]),
            axes.py(m.at[1]),
            f64::from(m.radius) * k,
            rgb(m.ink),
        );
    }
    // The key to the right.
    let x = axes.left + side + f * 1.5;
    let width = (w - x - f).max(f * 8.0);
    let mut y = top + f * 0.8;
    if let Some(map) = &panel.heatmap {
        y = scale(svg, map, x, y, width, f);
    }
    if let Some(title) = &fig.legend_title {
        y += f * 0.6;
        svg.text(x, y, title, f * 0.8, Anchor::Start, true, INK);
        y += f * 1.3;
    }
    y = column(svg, &fig.legend, x, y, width, f * 0.75);
    for n in &fig.notes {
        y = paragraph(svg, n, x, y + f * 0.5, width, f * 0.7);
    }
}

/// The cells, then the zone's outline: every side between a zone cell and a cell outside it (or
/// the map's edge), drawn dark over a light halo so it reads on any colour.
fn cells(svg: &mut Svg, axes: &Axes, map: &Heatmap, f: f64) {
    let n = map.n.max(2);
    let cell = axes.width / (n - 1) as f64;
    let (right, bottom) = (axes.left + axes.width, axes.top + axes.height);
    let at = |i: usize, j: usize| {
        let v = |k: usize| k as f64 / (n - 1) as f64;
        (axes.px(v(i)), axes.py(v(j)))
    };
    let mut edges = Vec::new();
    for j in 0..map.n {
        for i in 0..map.n {
            let (cx, cy) = at(i, j);
            let (x, y) = (cx - cell / 2.0, cy - cell / 2.0);
            // A little overlap so antialiasing leaves no hairline seams between cells.
            let (x0, y0) = (x.max(axes.left), y.max(axes.top));
            let cw = (x + cell + 0.6).min(right) - x0;
            let ch = (y + cell + 0.6).min(bottom) - y0;
            svg.rect(x0, y0, cw, ch, map.color(i, j));
            let s = map.sides(i, j);
            let hw = cell / 2.0;
            for (on, edge) in [
                (s.left, (cx - hw, cy - hw, cx - hw, cy + hw)),
                (s.right, (cx + hw, cy - hw, cx + hw, cy + hw)),
                (s.below, (cx - hw, cy + hw, cx + hw, cy + hw)),
                (s.above, (cx - hw, cy - hw, cx + hw, cy - hw)),
            ] {
                if on {
                    edges.push(edge);
                }
            }
        }
    }
    let cx = |x: f64| x.clamp(axes.left, right);
    let cy = |y: f64| y.clamp(axes.top, bottom);
    let (edge, halo) = zone_outline(false);
    for (color, width) in [(halo, f * 0.25), (edge, f * 0.12)] {
        for &(x1, y1, x2, y2) in &edges {
            svg.line(cx(x1), cy(y1), cx(x2), cy(y2), color, width, None);
        }
    }
}

/// The colour scale with its ends and zero labelled, and what it means; returns the y below.
fn scale(svg: &mut Svg, map: &Heatmap, x: f64, mut y: f64, width: f64, f: f64) -> f64 {
    svg.text(x, y, &map.label, f * 0.8, Anchor::Start, true, INK);
    y += f * 0.6;
    let bar_w = width.min(f * 14.0);
    let steps = map.scale();
    let step_w = bar_w / steps.len() as f64;
    for (s, &(_, c)) in steps.iter().enumerate() {
        svg.rect(x + step_w * s as f64, y, step_w + 0.5, f, c);
    }
    y += f * 2.0;
    let [low, middle, high] = map.scale_labels();
    for (at, text, anchor) in [
        (x, low, Anchor::Start),
        (x + bar_w / 2.0, middle, Anchor::Middle),
        (x + bar_w, high, Anchor::End),
    ] {
        svg.text(at, y, &text, f * 0.8, anchor, false, MUTED);
    }
    paragraph(svg, &map.caption, x, y + f * 1.4, width, f * 0.75)
}

/// Lines over the map, each path over its pale halo where it has one, and each named on its
/// longest path.
fn contours(svg: &mut Svg, axes: &Axes, lines: &[Contour], f: f64) {
    let k = px_per_point(f);
    let (_, halo) = zone_outline(false);
    for c in lines {
        let width = f64::from(c.width) * k;
        for path in &c.paths {
            // Inside the plot, as the zone's own outline: a line along the map's edge stays on it.
            let pts: Vec<(f64, f64)> = path
                .iter()
                .map(|p| (axes.px(p[0].clamp(0.0, 1.0)), axes.py(p[1].clamp(0.0, 1.0))))
                .collect();
            if c.halo {
                svg.polyline(&pts, halo, width * 2.6, None);
            }
            svg.polyline(&pts, rgb(c.ink), width, dasharray(c.dash).as_deref());
        }
    }
    // Names last, so no line crosses them.
    for c in lines {
        if let Some((text, at)) = &c.label {
            let (x, y) = (axes.px(at[0]), axes.py(at[1]));
            let size = f * 0.75;
            let w = text.chars().count() as f64 * size * 0.55 + size * 0.4;
            svg.rect(x - w / 2.0, y - size * 0.75, w, size * 1.1, halo);
            svg.text(
                x,
                y + size * 0.2,
                text,
                size,
                Anchor::Middle,
                true,
                rgb(c.ink),
            );
        }
    }
}
