//! The three live charts: yearly profit, cumulative profit and technology, each deal (solid)
//! against no deal (dashed ghost), one colour per partner.

use eframe::egui::{self, Color32, Ui};
use egui_plot::{FilledArea, Line, LineStyle, MarkerShape, Plot, PlotPoints, Points};

use crate::app::shell::style::{DEAL_LINE_WIDTH, GHOST_LINE_WIDTH, Palette};
use crate::app::views::legend::{Entry, Swatch, legend_ui};
use crate::core::analysis::cumulative;
use crate::core::model::{Outcome, Path};

/// Names for legends and hover labels, and the pinned scenarios to overlay.
pub struct Names<'a> {
    pub host: &'a str,
    pub entrant: &'a str,
    pub overlays: &'a [Overlay<'a>],
    /// On a slide: no crosshair or hover label where the mouse happens to rest.
    pub still: bool,
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

/// A pinned scenario drawn over the live deal's charts.
pub struct Overlay<'a> {
    pub name: &'a str,
    pub outcome: &'a Outcome,
}

/// Each pinned scenario's line style: dotted, with its own spacing, so the scenarios stay apart
/// from each other and from the live deal's solid and dashed lines.
pub fn overlay_style(i: usize) -> LineStyle {
    LineStyle::Dotted {
        spacing: 4.0 + 2.0 * i as f32,
    }
}

/// Each pinned scenario's marker, on its lines every year and on the deal map.
pub fn pin_marker(i: usize) -> MarkerShape {
    [
        MarkerShape::Up,
        MarkerShape::Down,
        MarkerShape::Left,
        MarkerShape::Right,
    ][i % 4]
}

/// A pinned scenario's series: dotted, with its marker on every year.
fn pin_series(
    p: &mut egui_plot::PlotUi<'_>,
    i: usize,
    name: String,
    pts: Vec<[f64; 2]>,
    c: Color32,
) {
    p.line(
        Line::new(name.clone(), PlotPoints::from(pts.clone()))
            .color(c)
            .width(1.8)
            .style(overlay_style(i)),
    );
    p.points(
        Points::new(name, pts)
            .shape(pin_marker(i))
            .radius(4.5)
            .color(c)
            .filled(true),
    );
}

/// One legend for the profit and technology charts, above them and never over the data: a
/// colour per partner, a line style for deal and no deal, a marker per pinned scenario.
/// `with_jv`: the technology chart's JV line is shown.
pub fn legend_entries(
    names: &Names<'_>,
    palette: &Palette,
    text: Color32,
    with_jv: bool,
) -> Vec<Entry> {
    let mut out = vec![
        Entry::new(vec![Swatch::Solid(palette.host)], names.host),
        Entry::new(vec![Swatch::Solid(palette.entrant)], names.entrant),
    ];
    if with_jv {
        out.push(Entry::new(vec![Swatch::Solid(palette.jv)], "JV").hover("The JV's technology"));
    }
    out.extend([
        Entry::new(vec![Swatch::Solid(text)], "deal"),
        Entry::new(vec![Swatch::Dashed(text)], "no deal")
            .hover("Each partner's outside option: the same years without the JV"),
    ]);
    out.extend(names.overlays.iter().enumerate().map(|(i, ov)| {
        Entry::new(
            vec![Swatch::Marker(pin_marker(i), text), Swatch::Dotted(text)],
            ov.name,
        )
        .hover("A pinned scenario: dotted, in each partner's colour, this marker on every year")
    }));
    out
}

fn points(years: &[f64], values: &Path) -> PlotPoints<'static> {
    years.iter().zip(values).map(|(&x, &y)| [x, y]).collect()
}

fn ghost(color: Color32) -> Color32 {
    color.gamma_multiply(0.75)
}

/// Shared look: fixed, labelled axes; the legend sits above the plot, so no headroom is needed.
fn plot<'a>(id: &str, y_label: &str, unit: &'a str, lo: f64, hi: f64, still: bool) -> Plot<'a> {
    let span = (hi - lo).max(1e-6);
    let plot = Plot::new(id)
        .x_grid_spacer(year_marks)
        .y_grid_spacer(value_marks)
        .y_axis_formatter(value_label)
        .custom_x_axes(vec![year_axis()])
        .y_axis_label(y_label.to_string())
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_drag(false)
        .allow_boxed_zoom(false)
        .include_y(lo - 0.05 * span)
        .include_y(hi + 0.05 * span);
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

/// egui_plot's default minimum grid spacing, in points: `GridInput::base_step_size` is this many
/// points in data units.
const GRID_SPACING_MIN: f64 = 8.0;
/// A year label ("2030") needs this many points to sit apart from the next one; see `year_axis`.
const X_LABEL_POINTS: f64 = 50.0;

/// The x axis of a chart over years: labels shown in full from `X_LABEL_POINTS` apart (egui_plot
/// would fade them in only from 60 to 80 points, leaving one label on a half-width chart).
pub fn year_axis<'a>() -> egui_plot::AxisHints<'a> {
    egui_plot::AxisHints::new_x()
        .label("year")
        .formatter(year_label)
        .label_spacing(40.0..=X_LABEL_POINTS as f32)
}

/// A grid line every year, and a labelled mark every 1, 2, 5 or 10 years: the smallest step
/// whose labels have room at the chart's width.
pub fn year_marks(input: egui_plot::GridInput) -> Vec<egui_plot::GridMark> {
    let (lo, hi) = input.bounds;
    if !(lo.is_finite() && hi.is_finite()) || hi - lo > 200.0 || input.base_step_size <= 0.0 {
        return Vec::new();
    }
    let points_per_year = GRID_SPACING_MIN / input.base_step_size;
    let label_step = [1_i64, 2, 5, 10, 20, 50]
        .into_iter()
        .find(|&s| s as f64 * points_per_year >= X_LABEL_POINTS)
        .unwrap_or(100);
    (lo.ceil() as i64..=hi.floor() as i64)
        .map(|y| egui_plot::GridMark {
            value: y as f64,
            step_size: if y % label_step == 0 {
                label_step as f64
            } else {
                1.0
            },
        })
        .collect()
}

/// Value marks at round steps (1, 2 or 5 times a power of ten: egui_plot's labels round 2.5 away) at least `Y_LABEL_POINTS`
/// apart, so a short chart still gets three or four labels (egui_plot's own steps are powers of
/// ten and often leave one).
pub fn value_marks(input: egui_plot::GridInput) -> Vec<egui_plot::GridMark> {
    const Y_LABEL_POINTS: f64 = 36.0;
    let (lo, hi) = input.bounds;
    if !(lo.is_finite() && hi.is_finite()) || hi <= lo || input.base_step_size <= 0.0 {
        return Vec::new();
    }
    let min_step = Y_LABEL_POINTS * input.base_step_size / GRID_SPACING_MIN;
    let step = crate::core::analysis::nice_step(min_step, &[1.0, 2.0, 5.0]);
    crate::core::analysis::multiples(lo, hi, step)
        .into_iter()
        .map(|value| egui_plot::GridMark {
            value,
            step_size: step,
        })
        .collect()
}

/// A value mark's label with as many decimals as its step needs: egui_plot's own formatter
/// rounds the decimals from the step's logarithm, so a step of 0.5 came out as "0, 1, 2".
pub fn value_label(mark: egui_plot::GridMark, _range: &std::ops::RangeInclusive<f64>) -> String {
    let decimals = (-mark.step_size.log10() - 1e-9).ceil().max(0.0) as usize;
    let text = format!("{:.*}", decimals, mark.value);
    match text.strip_prefix('-') {
        Some(rest) if rest.chars().any(|c| c != '0' && c != '.') => format!("−{rest}"),
        Some(rest) => rest.to_string(),
        None => text,
    }
}

/// A year on the x axis: whole years only.
pub fn year_label(mark: egui_plot::GridMark, _range: &std::ops::RangeInclusive<f64>) -> String {
    if mark.value.fract().abs() < 1e-9 {
        format!("{}", mark.value as i64)
    } else {
        String::new()
    }
}

use crate::core::analysis::extent as range;

/// Draws the three charts in the space given: profit and cumulative profit side by side,
/// technology below.
/// The calendar years of a run, for x axes.
pub fn years_of(o: &Outcome) -> Vec<f64> {
    (0..o.deal.years)
        .map(|t| f64::from(o.deal.year(t)))
        .collect()
}

pub fn charts_ui(ui: &mut Ui, o: &Outcome, names: &Names<'_>, palette: &Palette) {
    legend_ui(
        ui,
        &legend_entries(names, palette, ui.visuals().text_color(), true),
    );
    let years = years_of(o);
    let gap = ui.spacing().item_spacing;
    let full = ui.available_size();
    let row_height = ((full.y - gap.y) / 2.0).max(120.0);
    let half_width = ((full.x - gap.x) / 2.0).max(150.0);

    ui.horizontal(|ui| {
        ui.allocate_ui(egui::vec2(half_width, row_height), |ui| {
            profit_chart(ui, o, names, palette, &years, false);
        });
        ui.allocate_ui(egui::vec2(half_width, row_height), |ui| {
            profit_chart(ui, o, names, palette, &years, true);
        });
    });
    ui.allocate_ui(egui::vec2(full.x, row_height), |ui| {
        tech_chart(ui, o, names, palette, &years);
    });
}

pub fn profit_chart(
    ui: &mut Ui,
    o: &Outcome,
    names: &Names<'_>,
    palette: &Palette,
    years: &[f64],
    cumulated: bool,
) {
    let n = years.len();
    let series = |p: &Path| if cumulated { cumulative(p, n) } else { *p };
    let host = series(&o.deal.host.profit);
    let host_nd = series(&o.no_deal.host.profit);
    let entrant = series(&o.deal.entrant.profit);
    let entrant_nd = series(&o.no_deal.entrant.profit);
    // A pinned scenario may have another horizon: each keeps its own years.
    let overlays: Vec<(&str, Vec<f64>, Path, Path)> = names
        .overlays
        .iter()
        .map(|ov| {
            let m = ov.outcome.deal.years;
            let cum = |p: &Path| if cumulated { cumulative(p, m) } else { *p };
            (
                ov.name,
                years_of(ov.outcome),
                cum(&ov.outcome.deal.host.profit),
                cum(&ov.outcome.deal.entrant.profit),
            )
        })
        .collect();
    let mut all: Vec<&[f64]> = vec![&host[..n], &host_nd[..n], &entrant[..n], &entrant_nd[..n]];
    for (_, ys, h, e) in &overlays {
        all.push(&h[..ys.len()]);
        all.push(&e[..ys.len()]);
    }
    let (lo, hi) = range(&all);
    let (title, id, y_label, unit) = if cumulated {
        (
            "Cumulative profit",
            "cumulative",
            "cumulative profit, US$ B",
            "US$ B",
        )
    } else {
        (
            "Yearly profit",
            "profit",
            "profit, US$ B per year",
            "US$ B/yr",
        )
    };
    ui.vertical(|ui| {
        ui.label(egui::RichText::new(title).strong());
        plot(id, y_label, unit, lo.min(0.0), hi.max(0.0), names.still)
            .height(ui.available_height())
            .show(ui, |p| {
                for (name, color, deal, no_deal) in [
                    (names.host, palette.host, &host, &host_nd),
                    (names.entrant, palette.entrant, &entrant, &entrant_nd),
                ] {
                    p.line(
                        Line::new(format!("{name}, no deal"), points(years, no_deal))
                            .color(ghost(color))
                            .width(GHOST_LINE_WIDTH)
                            .style(LineStyle::dashed_loose()),
                    );
                    p.line(
                        Line::new(format!("{name}, deal"), points(years, deal))
                            .color(color)
                            .width(DEAL_LINE_WIDTH),
                    );
                }
                for (i, (scenario, ys, h, e)) in overlays.iter().enumerate() {
                    for (partner, color, values) in [
                        (names.host, palette.host, h),
                        (names.entrant, palette.entrant, e),
                    ] {
                        let pts = ys
                            .iter()
                            .zip(values.iter())
                            .map(|(&x, &y)| [x, y])
                            .collect();
                        pin_series(p, i, format!("{scenario}: {partner}"), pts, color);
                    }
                }
            });
    });
}

pub fn tech_chart(ui: &mut Ui, o: &Outcome, names: &Names<'_>, palette: &Palette, years: &[f64]) {
    let n = years.len();
    let host = &o.deal.host.tech;
    let host_nd = &o.no_deal.host.tech;
    let entrant = &o.deal.entrant.tech;
    // The JV exists from the first year; its line starts when it produces.
    let first = (0..n).find(|&t| o.deal.jv.volume[t] > 0.0);
    let (lo, hi) = range(&[&host[..n], &host_nd[..n], &entrant[..n]]);
    let gain = host[n - 1] - host_nd[n - 1];
    ui.vertical(|ui| {
        ui.label(
            egui::RichText::new(format!(
                "Technology (index, {} in {} = 1.0); shaded: {}'s gain, {:+.3} by {}",
                names.entrant,
                o.deal.first_year,
                names.host,
                gain,
                o.deal.year(n - 1)
            ))
            .strong(),
        );
        plot(
            "tech",
            "technology index",
            "index",
            lo.min(0.5),
            hi,
            names.still,
        )
        .height(ui.available_height())
        .show(ui, |p| {
            p.add(
                FilledArea::new(
                    format!("{}'s technology gain", names.host),
                    years,
                    &host_nd[..n],
                    &host[..n],
                )
                .fill_color(palette.host.gamma_multiply(0.25)),
            );
            p.line(
                Line::new(format!("{}, no deal", names.host), points(years, host_nd))
                    .color(ghost(palette.host))
                    .width(GHOST_LINE_WIDTH)
                    .style(LineStyle::dashed_loose()),
            );
            p.line(
                Line::new(format!("{}, deal", names.host), points(years, host))
                    .color(palette.host)
                    .width(DEAL_LINE_WIDTH),
            );
            p.line(
                Line::new(
                    format!("{} (same with or without deal)", names.entrant),
                    points(years, entrant),
                )
                .color(palette.entrant)
                .width(DEAL_LINE_WIDTH),
            );
            if let Some(first) = first {
                let jv: PlotPoints<'static> =
                    (first..n).map(|t| [years[t], o.deal.jv.tech[t]]).collect();
                p.line(Line::new("JV", jv).color(palette.jv).width(2.0));
            }
            for (i, ov) in names.overlays.iter().enumerate() {
                let pts = years_of(ov.outcome)
                    .into_iter()
                    .zip(ov.outcome.deal.host.tech.iter())
                    .map(|(x, &y)| [x, y])
                    .collect();
                pin_series(
                    p,
                    i,
                    format!("{}: {}", ov.name, names.host),
                    pts,
                    palette.host,
                );
            }
        });
    });
}
