//! A panel's contents inside its axes: areas, series, rules and markers, in that order.

use super::style_svg::{dasharray, px_per_point, rgb};
use super::svg::{Anchor, Axes, Svg};
use crate::figure::{Panel, Shape};
use crate::palette::Rgb;

pub fn contents(svg: &mut Svg, axes: &Axes, panel: &Panel, f: f64) {
    let k = px_per_point(f);
    let at = |p: &[f64; 2]| (axes.px(p[0]), axes.py(p[1]));
    for a in &panel.areas {
        let mut pts: Vec<(f64, f64)> = a.xs.iter().zip(&a.hi).map(|(&x, &y)| at(&[x, y])).collect();
        pts.extend(a.xs.iter().zip(&a.lo).rev().map(|(&x, &y)| at(&[x, y])));
        svg.polygon(&pts, rgb(a.ink), f64::from(a.opacity.at(false)));
    }
    for s in &panel.series {
        let look = s.role.look();
        let pts: Vec<(f64, f64)> = s.points.iter().map(at).collect();
        svg.polyline_faded(
            &pts,
            rgb(s.ink),
            f64::from(look.width) * k,
            dasharray(look.dash).as_deref(),
            f64::from(look.opacity),
        );
        if let Some((shape, r)) = look.marker {
            for &(x, y) in &pts {
                marker(svg, shape, x, y, f64::from(r) * k, rgb(s.ink));
            }
        }
    }
    rules(svg, axes, panel);
    for m in &panel.markers {
        let (x, y) = at(&m.at);
        marker(svg, m.shape, x, y, f64::from(m.radius) * k, rgb(m.ink));
        if let Some(label) = &m.label {
            // Above the marker, or below it at the top edge, so it stays in the plot.
            let dy = if y - axes.top < f * 1.5 {
                f * 1.4
            } else {
                -f * 0.7
            };
            let x = x.clamp(axes.left + f * 4.0, axes.left + axes.width - f * 4.0);
            svg.text(x, y + dy, label, f * 0.7, Anchor::Middle, false, rgb(m.ink));
        }
    }
}

/// The panel's vertical rules across the axes.
pub fn rules(svg: &mut Svg, axes: &Axes, panel: &Panel) {
    for r in &panel.rules {
        let x = axes.px(r.x);
        svg.line(
            x,
            axes.top,
            x,
            axes.top + axes.height,
            rgb(r.ink),
            f64::from(r.width),
            dasharray(r.dash).as_deref(),
        );
    }
}

/// A marker of radius `r` pixels at (x, y), shaped as egui_plot draws it.
pub fn marker(svg: &mut Svg, shape: Shape, x: f64, y: f64, r: f64, c: Rgb) {
    let s = std::f64::consts::FRAC_1_SQRT_2;
    let h = 3f64.sqrt() / 2.0;
    let poly = |svg: &mut Svg, pts: &[(f64, f64)]| {
        let pts: Vec<(f64, f64)> = pts
            .iter()
            .map(|(dx, dy)| (x + dx * r, y + dy * r))
            .collect();
        svg.polygon(&pts, c, 1.0);
    };
    match shape {
        Shape::Circle => svg.circle(x, y, r, c),
        Shape::Ring => svg.ring(x, y, r, c, (r / 4.0).max(1.0)),
        Shape::Square => poly(svg, &[(-s, s), (-s, -s), (s, -s), (s, s)]),
        Shape::Diamond => poly(svg, &[(0.0, 1.0), (-1.0, 0.0), (0.0, -1.0), (1.0, 0.0)]),
        Shape::Up => poly(svg, &[(0.0, -1.0), (h, 0.5), (-h, 0.5)]),
        Shape::Down => poly(svg, &[(0.0, 1.0), (-h, -0.5), (h, -0.5)]),
        Shape::Left => poly(svg, &[(-1.0, 0.0), (0.5, -h), (0.5, h)]),
        Shape::Right => poly(svg, &[(1.0, 0.0), (-0.5, h), (-0.5, -h)]),
        Shape::Cross => {
            let w = (r / 4.0).max(1.0);
            svg.line(x - s * r, y - s * r, x + s * r, y + s * r, c, w, None);
            svg.line(x + s * r, y - s * r, x - s * r, y + s * r, c, w, None);
        }
    }
}
