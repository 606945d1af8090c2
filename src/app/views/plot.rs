//! Figures painted with egui_plot: a panel's areas, series, rules and markers, its axes marked by
//! the figure's tick rules. The views add what is the window's own: hover text and clicks.

use eframe::egui::{RichText, Visuals};
use egui_plot::{
    AxisHints, FilledArea, GridInput, GridMark, Line, LineStyle, MarkerShape, Plot, PlotPoint,
    PlotPoints, PlotUi, Points, Polygon, Text, VLine,
};

use crate::app::shell::style::{Palette, color};
use crate::figure::{Contour, Dash, Panel, Shape, ticks};
use crate::palette::{Ink, zone_outline};

pub fn line_style(dash: Dash) -> LineStyle {
    match dash {
        Dash::Solid => LineStyle::Solid,
        Dash::Dashed => LineStyle::dashed_loose(),
        Dash::Dotted { spacing } => LineStyle::Dotted { spacing },
    }
}

/// egui_plot's marker for a shape, and whether it is filled.
pub fn marker_shape(shape: Shape) -> (MarkerShape, bool) {
    let filled = |m| (m, true);
    match shape {
        Shape::Circle => filled(MarkerShape::Circle),
        Shape::Ring => (MarkerShape::Circle, false),
        Shape::Square => filled(MarkerShape::Square),
        Shape::Diamond => filled(MarkerShape::Diamond),
        Shape::Up => filled(MarkerShape::Up),
        Shape::Down => filled(MarkerShape::Down),
        Shape::Left => filled(MarkerShape::Left),
        Shape::Right => filled(MarkerShape::Right),
        Shape::Cross => filled(MarkerShape::Cross),
    }
}

/// A chart that stays where the figure puts it: no zooming, scrolling or dragging.
pub fn fixed(plot: Plot<'_>) -> Plot<'_> {
    plot.allow_zoom(false)
        .allow_scroll(false)
        .allow_drag(false)
        .allow_boxed_zoom(false)
}

/// A plot for a slide shows no crosshair or coordinates under a resting mouse (egui_plot shows
/// its hover label only when given a label formatter, so slides get none).
pub fn still_plot(plot: Plot<'_>, still: bool) -> Plot<'_> {
    if still {
        plot.show_crosshair(false).show_x(false).show_y(false)
    } else {
        plot
    }
}

/// egui_plot's default minimum grid spacing, in points: `GridInput::base_step_size` is this many
/// points in data units.
const GRID_SPACING_MIN: f64 = 8.0;

/// The x axis of a chart over years: labels shown in full from `YEAR_LABEL_ROOM` apart (egui_plot
/// would fade them in only from 60 to 80 points, leaving one label on a half-width chart).
pub fn year_axis<'a>(label: &str) -> AxisHints<'a> {
    AxisHints::new_x()
        .label(label.to_string())
        .formatter(year_label)
        .label_spacing(40.0..=ticks::YEAR_LABEL_ROOM as f32)
}

/// A grid line every year, and a labelled mark every 1, 2, 5 or 10 years: the smallest step
/// whose labels have room at the chart's width.
pub fn year_marks(input: GridInput) -> Vec<GridMark> {
    let (lo, hi) = input.bounds;
    if !(lo.is_finite() && hi.is_finite()) || hi - lo > 200.0 || input.base_step_size <= 0.0 {
        return Vec::new();
    }
    let points_per_year = GRID_SPACING_MIN / input.base_step_size;
    let label_step = ticks::year_step(points_per_year, ticks::YEAR_LABEL_ROOM);
    (lo.ceil() as i64..=hi.floor() as i64)
        .map(|y| GridMark {
            value: y as f64,
            step_size: if y % label_step == 0 {
                label_step as f64
            } else {
                1.0
            },
        })
        .collect()
}

/// Value marks at the figure's round steps, at least `VALUE_LABEL_ROOM` apart, so a short chart
/// still gets three or four labels (egui_plot's own steps are powers of ten and often leave one).
pub fn value_marks(input: GridInput) -> Vec<GridMark> {
    let (lo, hi) = input.bounds;
    if !(lo.is_finite() && hi.is_finite()) || hi <= lo || input.base_step_size <= 0.0 {
        return Vec::new();
    }
    let min_step = ticks::VALUE_LABEL_ROOM * input.base_step_size / GRID_SPACING_MIN;
    let step = ticks::value_step(min_step);
    crate::core::analysis::multiples(lo, hi, step)
        .into_iter()
        .map(|value| GridMark {
            value,
            step_size: step,
        })
        .collect()
}

/// A value mark's label with as many decimals as its step needs: egui_plot's own formatter
/// rounds the decimals from the step's logarithm, so a step of 0.5 came out as "0, 1, 2".
pub fn value_label(mark: GridMark, _range: &std::ops::RangeInclusive<f64>) -> String {
    ticks::value_label(mark.value, mark.step_size)
}

/// A year on the x axis: whole years only.
pub fn year_label(mark: GridMark, _range: &std::ops::RangeInclusive<f64>) -> String {
    ticks::year_label(mark.value)
}

/// A panel over years: fixed, labelled axes and the value range the figure asks for; the hover
/// label names the series with its unit (none on a slide).
pub fn time_plot<'a>(id: impl eframe::egui::AsIdSalt, panel: &Panel, still: bool) -> Plot<'a> {
    let unit = panel.y.unit;
    let plot = fixed(Plot::new(id))
        .x_grid_spacer(year_marks)
        .y_grid_spacer(value_marks)
        .y_axis_formatter(value_label)
        .custom_x_axes(vec![year_axis(&panel.x.label)])
        .y_axis_label(panel.y.label.clone())
        .include_y(panel.y.range.0)
        .include_y(panel.y.range.1);
    if still {
        return still_plot(plot, true);
    }
    plot.label_formatter(move |hover| match hover {
        egui_plot::HoverPosition::NearDataPoint {
            plot_name,
            position,
            ..
        } if !plot_name.is_empty() => Some(format!(
            "{plot_name}\n{}: {:.3} {unit}",
            position.x.round() as i64,
            position.y
        )),
        _ => None,
    })
}

/// The panel's areas, series (with their markers), rules and markers, in that order.
pub fn paint(p: &mut PlotUi<'_>, panel: &Panel, palette: &Palette, visuals: &Visuals) {
    let ink = |i| palette.ink(i, visuals);
    for a in &panel.areas {
        p.add(
            FilledArea::new(a.name.clone(), &a.xs, &a.lo, &a.hi)
                .fill_color(ink(a.ink).gamma_multiply(a.opacity.at(palette.dark))),
        );
    }
    for s in &panel.series {
        let look = s.role.look();
        let c = ink(s.ink);
        p.line(
            Line::new(s.name.clone(), PlotPoints::from(s.points.clone()))
                .color(if look.opacity < 1.0 {
                    c.gamma_multiply(look.opacity)
                } else {
                    c
                })
                .width(look.width)
                .style(line_style(look.dash)),
        );
        if let Some((shape, radius)) = look.marker {
            let (shape, filled) = marker_shape(shape);
            p.points(
                Points::new(s.name.clone(), s.points.clone())
                    .shape(shape)
                    .radius(radius)
                    .color(c)
                    .filled(filled),
            );
        }
    }
    contours(p, &panel.contours, palette, visuals);
    for r in &panel.rules {
        p.vline(
            VLine::new(r.name.clone(), r.x)
                .color(ink(r.ink))
                .width(r.width)
                .style(line_style(r.dash)),
        );
    }
    for m in &panel.markers {
        let (shape, filled) = marker_shape(m.shape);
        p.points(
            Points::new(m.name.clone(), vec![m.at])
                .shape(shape)
                .radius(m.radius)
                .color(ink(m.ink))
                .filled(filled),
        );
    }
}

/// An ink drawn on the map: its colours are light in both themes, so a colour keeps its
/// light-theme shade there (a dark theme's pale shade vanished on the pale cells).
fn on_map(ink: Ink, palette: &Palette, visuals: &Visuals) -> eframe::egui::Color32 {
    match ink {
        Ink::Text | Ink::Strong | Ink::Weak => palette.ink(ink, visuals),
        other => color(other.rgb(false)),
    }
}

/// Lines over a map, over a pale halo where they have one, each named on a pale patch.
fn contours(p: &mut PlotUi<'_>, lines: &[Contour], palette: &Palette, visuals: &Visuals) {
    // The map's colours are light in the middle in both themes: the halo is pale in both.
    let halo = color(zone_outline(false).1);
    for (k, c) in lines.iter().enumerate() {
        let ink = on_map(c.ink, palette, visuals);
        for (m, path) in c.paths.iter().enumerate() {
            if c.halo {
                p.line(
                    Line::new(c.name.clone(), PlotPoints::from(path.clone()))
                        .id(("halo", k, m))
                        .allow_hover(false)
                        .color(halo)
                        .width(c.width * 2.6),
                );
            }
            p.line(
                Line::new(c.name.clone(), PlotPoints::from(path.clone()))
                    .id(("contour", k, m))
                    .allow_hover(false)
                    .color(ink)
                    .width(c.width)
                    .style(line_style(c.dash)),
            );
        }
    }
    // Names last, so no line crosses them.
    let [dx, dy] = p.transform().dpos_dvalue();
    for (k, c) in lines.iter().enumerate() {
        let Some((text, at)) = &c.label else {
            continue;
        };
        // A patch about the text's size, in plot units.
        let (w, h) = (
            (text.chars().count() as f64 * 7.5 + 6.0) / dx.abs().max(1e-9),
            16.0 / dy.abs().max(1e-9),
        );
        let (x, y) = (at[0], at[1]);
        p.polygon(
            Polygon::new(
                c.name.clone(),
                vec![
                    [x - w / 2.0, y - h / 2.0],
                    [x + w / 2.0, y - h / 2.0],
                    [x + w / 2.0, y + h / 2.0],
                    [x - w / 2.0, y + h / 2.0],
                ],
            )
            .id(("patch", k))
            .allow_hover(false)
            .fill_color(halo)
            .stroke(eframe::egui::Stroke::NONE),
        );
        // The colour on the text itself: a strong text would take the theme's own.
        let ink = on_map(c.ink, palette, visuals);
        p.text(
            Text::new(
                c.name.clone(),
                PlotPoint::new(x, y),
                RichText::new(text).size(12.0).strong().color(ink),
            )
            .id(("label", k))
            .allow_hover(false)
            .color(ink),
        );
    }
}
