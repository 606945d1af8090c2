//! The deal map: a heatmap of gains over host stake × tech share, the deal zone outlined, the
//! Nash points and the current deal marked; click or drag to set the two terms.

use eframe::egui::{self, Color32, ColorImage, RichText, TextureHandle, TextureOptions, Ui};
use egui_plot::{MarkerShape, Plot, PlotImage, PlotPoint, Points, VLine};

use crate::app::shell::commands::Command;
use crate::app::shell::style::{Palette, money, signed_money};
use crate::app::work::analyses::{Analyses, MapMode};
use crate::core::goalseek::{GoalSeek, describe};
use crate::core::params::{Key, Params};
use crate::core::sweep::Grid;
use crate::core::sweep::NashPoints;

pub use crate::app::shell::style::diverging as scale_color;

/// `name`, or its first `max` characters and an ellipsis.
fn short_name(name: &str, max: usize) -> String {
    if name.chars().count() <= max {
        name.to_string()
    } else {
        let mut s: String = name.chars().take(max - 1).collect();
        s.push('…');
        s
    }
}

/// Ink for markers and names drawn on the map.
const MAP_INK: Color32 = Color32::from_gray(25);

/// Pixels per grid cell in the map image: enough for a crisp zone outline.
fn cell_pixels(n: usize) -> usize {
    (400 / n.max(1)).clamp(3, 40)
}

/// The heatmap image, top row = highest tech share, with the zone's border drawn in.
pub fn map_image(grid: &Grid, mode: MapMode, edge: Color32, halo: Color32) -> (ColorImage, f64) {
    let n = grid.n;
    let max_abs = grid
        .cells
        .iter()
        .map(|c| mode.value(c).abs())
        .fold(0.0_f64, f64::max);
    let f = cell_pixels(n);
    let size = n * f;
    let mut pixels = vec![Color32::BLACK; size * size];
    let zone = |i: usize, j: usize| grid.cell(i, j).in_zone();
    let line = (f / 4).max(1);
    for j in 0..n {
        for i in 0..n {
            let c = scale_color(mode.value(grid.cell(i, j)), max_abs);
            let inside = zone(i, j);
            // Borders of a zone cell that face a cell outside the zone (or the map's edge).
            let left = inside && (i == 0 || !zone(i - 1, j));
            let right = inside && (i + 1 == n || !zone(i + 1, j));
            let below = inside && (j == 0 || !zone(i, j - 1));
            let above = inside && (j + 1 == n || !zone(i, j + 1));
            let row0 = (n - 1 - j) * f;
            for y in 0..f {
                for x in 0..f {
                    // Distance in from the nearest outlined side of this cell.
                    let mut depth = usize::MAX;
                    if left {
                        depth = depth.min(x);
                    }
                    if right {
                        depth = depth.min(f - 1 - x);
                    }
                    if above {
                        depth = depth.min(y);
                    }
                    if below {
                        depth = depth.min(f - 1 - y);
                    }
                    pixels[(row0 + y) * size + i * f + x] = if depth < line {
                        edge
                    } else if depth < 2 * line {
                        halo
                    } else {
                        c
                    };
                }
            }
        }
    }
    (ColorImage::new([size, size], pixels), max_abs)
}

/// The texture of the shown grid, rebuilt only when the grid or the mode changes.
#[derive(Default)]
pub struct MapTexture {
    key: Option<(u64, MapMode, bool)>,
    texture: Option<TextureHandle>,
    max_abs: f64,
}

impl MapTexture {
    fn get(
        &mut self,
        ctx: &egui::Context,
        analyses: &Analyses,
        mode: MapMode,
        dark: bool,
    ) -> Option<(&TextureHandle, f64, usize)> {
        let (_, grid) = analyses.grid.latest()?;
        let key = (analyses.grid.shown_generation(), mode, dark);
        if self.key != Some(key) || self.texture.is_none() {
            // A two-tone outline stands out on light and dark parts of the map alike; its outer
            // tone is the one that contrasts with the plot around it.
            let (edge, halo) = if dark {
                (Color32::from_gray(240), Color32::from_gray(15))
            } else {
                (Color32::from_gray(15), Color32::from_gray(240))
            };
            let (image, max_abs) = map_image(grid, mode, edge, halo);
            self.texture = Some(ctx.load_texture("deal_map", image, TextureOptions::NEAREST));
            self.max_abs = max_abs;
            self.key = Some(key);
        }
        self.texture.as_ref().map(|t| (t, self.max_abs, grid.n))
    }
}

pub struct MapView<'a> {
    pub params: &'a Params,
    pub mode: MapMode,
    pub current: bool,
    pub nash: Option<NashPoints>,
    pub goal: Option<(GoalSeek, bool)>,
    pub zone_points: Option<(usize, usize)>,
    pub host: &'a str,
    pub entrant: &'a str,
    /// Pinned scenarios: name, stake and share.
    pub pinned: Vec<(String, f64, f64)>,
    /// On a slide: no hover label where the mouse happens to rest.
    pub still: bool,
}

/// Draws the map view; returns the map's plot transform (where it was drawn, for tests).
pub fn deal_map_ui(
    ui: &mut Ui,
    view: &MapView<'_>,
    texture: &mut MapTexture,
    analyses: &Analyses,
    palette: &Palette,
    out: &mut Vec<Command>,
) -> Option<egui_plot::PlotTransform> {
    ui.horizontal(|ui| {
        ui.label("Colour by:");
        for m in MapMode::ALL {
            if ui.selectable_label(view.mode == m, m.label()).clicked() {
                out.push(Command::SetMapMode(m));
            }
        }
        ui.separator();
        if let Some((zone, total)) = view.zone_points {
            ui.label(format!("{zone} of {total} grid deals are in the zone"));
        }
        if !view.current {
            ui.label(RichText::new("updating…").italics().color(palette.loss));
        }
    });
    let dark = ui.visuals().dark_mode;
    let tex = texture.get(ui.ctx(), analyses, view.mode, dark);
    // The map takes the height (or most of the width when the window is narrow); the notes
    // take the rest and scroll rather than push anything off the bottom.
    let avail = ui.available_size();
    let map_side = (avail.x - 260.0).min(avail.y).max(200.0);
    let side_width = (avail.x - map_side - 16.0).clamp(200.0, 480.0);
    ui.horizontal_top(|ui| {
        let transform = ui
            .allocate_ui(egui::vec2(map_side, map_side), |ui| {
                map_plot(
                    ui,
                    view,
                    tex.as_ref().map(|(t, _, n)| (*t, *n)),
                    palette,
                    out,
                )
            })
            .inner;
        egui::ScrollArea::vertical()
            .id_salt("deal_map_notes")
            .max_height(map_side)
            .show(ui, |ui| {
                ui.vertical(|ui| {
                    ui.set_width(side_width);
                    if let Some((_, max_abs, _)) = tex {
                        colour_legend(ui, view.mode, max_abs);
                    }
                    ui.add_space(8.0);
                    markers_legend(ui, view, palette);
                    ui.add_space(8.0);
                    goal_panel(ui, view);
                });
            });
        Some(transform)
    })
    .inner
}

/// A labelled mark every 25 %, whatever the map's size.
pub fn quarter_marks(_input: egui_plot::GridInput) -> Vec<egui_plot::GridMark> {
    (0..=4)
        .map(|i| egui_plot::GridMark {
            value: f64::from(i) * 0.25,
            step_size: 0.25,
        })
        .collect()
}

fn percent_axis(v: f64) -> String {
    if (-0.001..=1.001).contains(&v) {
        format!("{:.0} %", v * 100.0)
    } else {
        String::new()
    }
}

fn map_plot(
    ui: &mut Ui,
    view: &MapView<'_>,
    texture: Option<(&TextureHandle, usize)>,
    palette: &Palette,
    out: &mut Vec<Command>,
) -> egui_plot::PlotTransform {
    let p = view.params;
    // Markers and names sit on the map's own colours, which are the same in both themes (light
    // in the middle): dark ink reads on them in either theme.
    let marker_outline = MAP_INK;
    let weak = ui.visuals().weak_text_color();
    let plot = Plot::new("deal_map")
        .data_aspect(1.0)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_drag(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_grid(false)
        .include_x(-0.02)
        .include_x(1.02)
        .include_y(-0.02)
        .include_y(1.02)
        .x_axis_label("host stake")
        .y_axis_label("technology shared")
        .x_grid_spacer(quarter_marks)
        .y_grid_spacer(quarter_marks)
        .x_axis_formatter(|m, _| percent_axis(m.value))
        .y_axis_formatter(|m, _| percent_axis(m.value));
    let plot = if view.still {
        crate::app::views::charts::still_plot(plot, true)
    } else {
        plot.label_formatter(|hover| {
            let pos = match hover {
                egui_plot::HoverPosition::NearDataPoint { position, .. }
                | egui_plot::HoverPosition::Elsewhere { position } => *position,
            };
            ((0.0..=1.0).contains(&pos.x) && (0.0..=1.0).contains(&pos.y)).then(|| {
                format!(
                    "stake {:.0} %, shared {:.0} %\nclick to set these terms",
                    pos.x * 100.0,
                    pos.y * 100.0
                )
            })
        })
    };
    let response = plot.show(ui, |plot| {
        if let Some((tex, n)) = texture {
            let half = 0.5 / (n.max(2) - 1) as f64;
            plot.image(PlotImage::new(
                "gain",
                tex.id(),
                PlotPoint::new(0.5, 0.5),
                egui::vec2((1.0 + 2.0 * half) as f32, (1.0 + 2.0 * half) as f32),
            ));
        }
        let styles = [
            egui_plot::LineStyle::dashed_loose(),
            egui_plot::LineStyle::dotted_dense(),
        ];
        for (line, style) in crate::core::policy::STAKE_LINES.iter().zip(styles) {
            plot.vline(VLine::new(line.long, line.stake).color(weak).style(style));
        }
        if let Some(nash) = view.nash {
            if let Some(c) = nash.unconstrained {
                plot.points(
                    Points::new("Nash bargaining point", vec![[c.host_stake, c.tech_share]])
                        .shape(MarkerShape::Diamond)
                        .radius(8.0)
                        .color(palette.jv)
                        .filled(true),
                );
            }
            if let Some(c) = nash.host_control {
                plot.points(
                    Points::new("Nash with host control", vec![[c.host_stake, c.tech_share]])
                        .shape(MarkerShape::Square)
                        .radius(7.0)
                        .color(palette.host)
                        .filled(true),
                );
            }
        }
        for (i, (name, stake, share)) in view.pinned.iter().enumerate() {
            plot.points(
                Points::new(name.as_str(), vec![[*stake, *share]])
                    .shape(crate::app::views::charts::pin_marker(i))
                    .radius(6.0)
                    .color(marker_outline)
                    .filled(true),
            );
            plot.text(
                egui_plot::Text::new(
                    name.as_str(),
                    // Above the marker, or below it at the top edge, so it stays on the map.
                    PlotPoint::new(
                        stake.clamp(0.12, 0.88),
                        if *share > 0.93 {
                            share - 0.04
                        } else {
                            share + 0.035
                        },
                    ),
                    // Short enough to stay on the map; the notes beside it give it in full.
                    RichText::new(short_name(name, 24)).size(12.0),
                )
                .color(marker_outline),
            );
        }
        plot.points(
            Points::new("Current deal", vec![[p.host_stake, p.tech_share]])
                .shape(MarkerShape::Circle)
                .radius(7.0)
                .color(marker_outline)
                .filled(false),
        );
        plot.points(
            Points::new("Current deal", vec![[p.host_stake, p.tech_share]])
                .shape(MarkerShape::Cross)
                .radius(7.0)
                .color(marker_outline),
        );
    });
    let r = &response.response;
    if (r.clicked() || r.dragged())
        && let Some(pos) = r.interact_pointer_pos()
    {
        let at = response.transform.value_from_position(pos);
        let (s, t) = (at.x.clamp(0.0, 1.0), at.y.clamp(0.0, 1.0));
        // Whole percentage points: the map's own resolution.
        let snap = |v: f64| (v * 100.0).round() / 100.0;
        out.push(Command::SetParam(Key::host_stake, snap(s)));
        out.push(Command::SetParam(Key::tech_share, snap(t)));
    }
    response.transform
}

fn colour_legend(ui: &mut Ui, mode: MapMode, max_abs: f64) {
    ui.label(RichText::new(format!("{}, US$ B", mode.label())).strong());
    let (rect, _) = ui.allocate_exact_size(egui::vec2(220.0, 16.0), egui::Sense::hover());
    let painter = ui.painter();
    let steps = 44;
    for s in 0..steps {
        let v = -max_abs + 2.0 * max_abs * (s as f64 + 0.5) / steps as f64;
        let x0 = rect.left() + rect.width() * s as f32 / steps as f32;
        let x1 = rect.left() + rect.width() * (s + 1) as f32 / steps as f32;
        painter.rect_filled(
            egui::Rect::from_min_max(
                egui::pos2(x0, rect.top()),
                egui::pos2(x1 + 0.5, rect.bottom()),
            ),
            0.0,
            scale_color(v, max_abs),
        );
    }
    ui.horizontal(|ui| {
        ui.set_width(220.0);
        ui.label(money(-max_abs));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.label(signed_money(max_abs));
            ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                ui.add_space(70.0);
                ui.label("0");
            });
        });
    });
    ui.label(
        RichText::new(
            "Orange: worse than no deal; purple: better. Outlined: the deal zone, where both \
             partners gain.",
        )
        .weak(),
    );
}

fn markers_legend(ui: &mut Ui, view: &MapView<'_>, palette: &Palette) {
    let beta = view.params.bargaining_power;
    ui.label(RichText::new(format!("Bargaining (host power β = {beta:.2})")).strong());
    let row = |ui: &mut Ui, shape: MarkerShape, color: Color32, text: String| {
        ui.horizontal_top(|ui| {
            let (r, _) = ui.allocate_exact_size(egui::vec2(14.0, 16.0), egui::Sense::hover());
            crate::app::views::legend::marker(ui, r.center(), 5.5, shape, color);
            ui.add(egui::Label::new(text).wrap());
        });
    };
    let terms = |stake: f64, share: f64| {
        format!(
            "stake {:.0} %, shared {:.0} %",
            stake * 100.0,
            share * 100.0
        )
    };
    let point = |name: &str, c: Option<crate::core::sweep::Cell>| match c {
        Some(c) => format!(
            "{name}: {} (gains {} / {} if approved; approval {:.0} %)",
            terms(c.host_stake, c.tech_share),
            signed_money(c.host_gain),
            signed_money(c.entrant_gain),
            c.approval * 100.0
        ),
        None => format!("{name}: none, no deal in the zone"),
    };
    match view.nash {
        Some(n) => {
            row(
                ui,
                MarkerShape::Diamond,
                palette.jv,
                point("Nash point", n.unconstrained),
            );
            row(
                ui,
                MarkerShape::Square,
                palette.host,
                point("With host control", n.host_control),
            );
        }
        None => {
            ui.label(RichText::new("computing…").italics());
        }
    }
    let text = ui.visuals().strong_text_color();
    let p = view.params;
    row(
        ui,
        MarkerShape::Cross,
        text,
        format!("Current deal: {}", terms(p.host_stake, p.tech_share)),
    );
    for (i, (name, stake, share)) in view.pinned.iter().enumerate() {
        row(
            ui,
            crate::app::views::charts::pin_marker(i),
            text,
            format!("{name}: {}", terms(*stake, *share)),
        );
    }
    ui.add(
        egui::Label::new(
            RichText::new(format!(
                "Gains are if both governments approve. The Nash point maximises ln(chance of \
                 approval) + β·ln(gain of {}) + (1 − β)·ln(gain of {}) over the zone: the \
                 expected gains' Nash product. Dashed line: 50 % stake (host control); dotted: 75 % \
                 (entrant under 25 %{}).",
                view.host,
                view.entrant,
                if view.params.manufacturing_credits {
                    ": the 45X credit and the lowest review bands"
                } else {
                    ": the lowest review bands"
                }
            ))
            .weak(),
        )
        .wrap(),
    );
}

fn goal_panel(ui: &mut Ui, view: &MapView<'_>) {
    ui.label(RichText::new("Goal seek").strong());
    let Some((g, current)) = &view.goal else {
        ui.label(RichText::new("computing…").italics());
        return;
    };
    let p = view.params;
    let wrap = |ui: &mut Ui, text: RichText| {
        ui.add(egui::Label::new(text).wrap());
    };
    for (name, a) in [(view.host, &g.host), (view.entrant, &g.entrant)] {
        wrap(ui, RichText::new(format!("{name} gains")).strong());
        wrap(
            ui,
            RichText::new(format!(
                "at stakes: {} (shared {:.0} %)",
                describe(&a.stake),
                p.tech_share * 100.0
            )),
        );
        wrap(
            ui,
            RichText::new(format!(
                "at shares: {} (stake {:.0} %)",
                describe(&a.share),
                p.host_stake * 100.0
            )),
        );
        ui.add_space(2.0);
    }
    let tariff = match g.min_vehicle_tariff_host_control {
        Some(t) if t <= 0.0 && p.connected_vehicle_rule => format!(
            "A deal with host control (stake ≥ 50 %) is in the zone at any vehicle tariff: \
             the connected-vehicle rule ends the entrant's direct exports from {} whatever \
             the tariff.",
            p.cv_rule_year
        ),
        Some(t) if t <= 0.0 => {
            "A deal with host control (stake ≥ 50 %) is in the zone at any vehicle tariff.".into()
        }
        Some(t) => format!(
            "A deal with host control (stake ≥ 50 %) is in the zone from a vehicle tariff of \
             {:.1} % up.",
            t * 100.0
        ),
        None => "No deal with host control (stake ≥ 50 %) is in the zone at any vehicle tariff \
                 up to 500 %."
            .to_string(),
    };
    wrap(ui, RichText::new(tariff).weak());
    if !current {
        ui.label(RichText::new("updating…").italics());
    }
}
