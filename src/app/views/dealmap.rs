//! The deal map painted from its figure: the heatmap as a texture with the zone outlined, the
//! policy lines, the Nash points, pins and the current deal; beside it the colour scale, the
//! markers' legend, the notes and goal seek. Click or drag to set the two terms.

use eframe::egui::{self, RichText, TextureHandle, Ui};
use egui_plot::{Plot, PlotImage, PlotPoint};

use super::goal::goal_panel;
use super::legend::legend_column;
use super::map_texture::MapTexture;
use super::plot::{fixed, paint, still_plot};
use crate::app::shell::commands::Command;
use crate::app::shell::style::{Palette, color};
use crate::app::work::robust::RobustStatus;
use crate::core::goalseek::GoalSeek;
use crate::core::params::{Key, Params};
use crate::figure::dealmap::MapMode;
use crate::figure::heatmap::Heatmap;
use crate::figure::{Figure, Panel, ticks};

pub struct MapView<'a> {
    pub figure: &'a Figure,
    /// The generation of the grid the figure shows (for the texture).
    pub generation: u64,
    pub params: &'a Params,
    pub mode: MapMode,
    /// The colourings offered (none on the robust map's slide).
    pub modes: &'static [MapMode],
    pub current: bool,
    /// Grid deals in the deal zone, in the three-party zone, and in all (a gain colouring).
    pub counts: Option<(usize, usize, usize)>,
    /// The robust map's passes (the chance colouring).
    pub robust: Option<RobustStatus>,
    pub goal: Option<(GoalSeek, bool)>,
    pub host: &'a str,
    pub entrant: &'a str,
    /// On a slide: no hover label where the mouse happens to rest.
    pub still: bool,
}

/// Draws the map view; returns the map's plot transform (where it was drawn, for tests).
pub fn deal_map_ui(
    ui: &mut Ui,
    view: &MapView<'_>,
    texture: &mut MapTexture,
    palette: &Palette,
    out: &mut Vec<Command>,
) -> Option<egui_plot::PlotTransform> {
    let fig = view.figure;
    let panel = fig.panels.first()?;
    let map = panel.heatmap.as_ref();
    ui.horizontal_wrapped(|ui| {
        if !view.modes.is_empty() {
            ui.label("Colour by:");
            for &m in view.modes {
                if ui.selectable_label(view.mode == m, m.label()).clicked() {
                    out.push(Command::SetMapMode(m));
                }
            }
            ui.separator();
        }
        if let Some(status) = &view.robust {
            ui.label(status.text()).on_hover_text(
                "The map fills in pass by pass: a coarse grid with few draws first, then finer \
                 ones, up to the deal map's grid and the deal's Monte Carlo draws.",
            );
        } else if let Some((two, three, all)) = view.counts {
            // The three-party count is in the legend, beside its outline.
            ui.label(format!("{two} of {all} grid deals are in the zone"))
                .on_hover_text(format!("{three} in the three-party zone"));
        }
        if !view.current {
            ui.label(RichText::new("updating…").italics().color(palette.loss));
        }
    });
    let dark = ui.visuals().dark_mode;
    let tex = map.map(|m| {
        (
            texture.get(ui.ctx(), m, view.generation, view.mode, dark),
            m,
        )
    });
    // The map takes the height (or most of the width when the window is narrow); the notes
    // take the rest and scroll rather than push anything off the bottom.
    let avail = ui.available_size();
    let map_side = (avail.x - 260.0).min(avail.y).max(200.0);
    let side_width = (avail.x - map_side - 16.0).clamp(200.0, 480.0);
    ui.horizontal_top(|ui| {
        let transform = ui
            .allocate_ui(egui::vec2(map_side, map_side), |ui| {
                map_plot(ui, view, panel, tex, palette, out)
            })
            .inner;
        egui::ScrollArea::vertical()
            .id_salt("deal_map_notes")
            .max_height(map_side)
            .show(ui, |ui| {
                ui.vertical(|ui| {
                    ui.set_width(side_width);
                    // The title names what the colours show, so it heads their scale.
                    ui.add(egui::Label::new(RichText::new(&fig.title).strong()).wrap());
                    if let Some(map) = map {
                        colour_legend(ui, map);
                    }
                    ui.add_space(8.0);
                    if let Some(title) = &fig.legend_title {
                        ui.label(RichText::new(title).strong());
                    }
                    if map.is_none() {
                        ui.label(RichText::new("computing…").italics());
                    }
                    legend_column(ui, &fig.legend, palette);
                    for n in &fig.notes {
                        ui.add(egui::Label::new(RichText::new(n).weak()).wrap());
                    }
                    ui.add_space(8.0);
                    goal_panel(
                        ui,
                        view.goal.as_ref(),
                        view.params,
                        (view.host, view.entrant),
                    );
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

/// The map's own margin around 0 to 1, so the edge cells' outline stays in view.
const MARGIN: f64 = 0.02;

fn map_plot(
    ui: &mut Ui,
    view: &MapView<'_>,
    panel: &Panel,
    texture: Option<(&TextureHandle, &Heatmap)>,
    palette: &Palette,
    out: &mut Vec<Command>,
) -> egui_plot::PlotTransform {
    let (x, y) = (panel.x.range, panel.y.range);
    let plot = fixed(Plot::new("deal_map"))
        .data_aspect(1.0)
        .allow_double_click_reset(false)
        .show_grid(false)
        .include_x(x.0 - MARGIN)
        .include_x(x.1 + MARGIN)
        .include_y(y.0 - MARGIN)
        .include_y(y.1 + MARGIN)
        .x_axis_label(panel.x.label.clone())
        .y_axis_label(panel.y.label.clone())
        .x_grid_spacer(quarter_marks)
        .y_grid_spacer(quarter_marks)
        .x_axis_formatter(|m, _| ticks::percent_label(m.value))
        .y_axis_formatter(|m, _| ticks::percent_label(m.value));
    let plot = if view.still {
        still_plot(plot, true)
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
    let visuals = ui.visuals().clone();
    let response = plot.show(ui, |plot| {
        if let Some((tex, map)) = texture {
            let side = (1.0 + 2.0 * map.half_cell()) as f32;
            plot.image(PlotImage::new(
                "gain",
                tex.id(),
                PlotPoint::new(0.5, 0.5),
                egui::vec2(side, side),
            ));
        }
        paint(plot, panel, palette, &visuals);
        // Names beside the pins: above the marker, or below it at the top edge, so they stay on
        // the map.
        for m in panel.markers.iter().filter(|m| m.label.is_some()) {
            let [stake, share] = m.at;
            let at = PlotPoint::new(
                stake.clamp(0.12, 0.88),
                if share > 0.93 {
                    share - 0.04
                } else {
                    share + 0.035
                },
            );
            let text = RichText::new(m.label.clone().unwrap_or_default()).size(12.0);
            plot.text(
                egui_plot::Text::new(m.name.as_str(), at, text).color(palette.ink(m.ink, &visuals)),
            );
        }
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

fn colour_legend(ui: &mut Ui, map: &Heatmap) {
    let [low, middle, high] = map.scale_labels();
    let (rect, _) = ui.allocate_exact_size(egui::vec2(220.0, 16.0), egui::Sense::hover());
    let painter = ui.painter();
    let steps = map.scale();
    let n = steps.len() as f32;
    for (s, &(_, c)) in steps.iter().enumerate() {
        let x0 = rect.left() + rect.width() * s as f32 / n;
        let x1 = rect.left() + rect.width() * (s + 1) as f32 / n;
        painter.rect_filled(
            egui::Rect::from_min_max(
                egui::pos2(x0, rect.top()),
                egui::pos2(x1 + 0.5, rect.bottom()),
            ),
            0.0,
            color(c),
        );
    }
    ui.horizontal(|ui| {
        ui.set_width(220.0);
        ui.label(low);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.label(high);
            ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                ui.add_space(70.0);
                ui.label(middle);
            });
        });
    });
    ui.add(egui::Label::new(RichText::new(&map.caption).weak()).wrap());
}
