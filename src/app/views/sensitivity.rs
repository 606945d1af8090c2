//! The tornado painted from its figure: each partner's NPV gain with one parameter at a time at
//! the low and the high end of its slider range, the low end's bar above the high end's, each
//! row named in full with the values tested; uncertain assumptions set apart from the terms,
//! policy and data held as set.

use eframe::egui::{self, Align2, Color32, FontId, Rect, RichText, Sense, Stroke, Ui, pos2, vec2};

use super::legend::legend_ui;
use crate::app::shell::style::Palette;
use crate::figure::bars::{BarRow, Bars};
use crate::figure::{Figure, Panel, ticks, tornado};

/// The colour of an effect on the gain in a theme: raising it (purple) or lowering it (orange).
pub fn effect_color(delta: f64, dark: bool) -> Color32 {
    crate::app::shell::style::color(tornado::effect(delta).rgb(dark))
}

/// The whole tab: title, what it shows, then both partners side by side (one above the other
/// when narrow), then the notes.
pub fn tornado_ui(ui: &mut Ui, fig: &Figure, palette: &Palette) {
    key(ui, fig, palette);
    ui.add_space(4.0);
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let width = ui.available_width();
            let side_by_side = width > 760.0;
            let col = if side_by_side {
                (width - 24.0) / 2.0
            } else {
                width
            };
            let column = |ui: &mut Ui, panel: &Panel| {
                ui.vertical(|ui| {
                    ui.set_width(col);
                    partner_tornado(ui, panel, palette, false);
                });
            };
            if side_by_side {
                ui.horizontal_top(|ui| {
                    for (k, panel) in fig.panels.iter().enumerate() {
                        if k > 0 {
                            ui.add_space(16.0);
                        }
                        column(ui, panel);
                    }
                });
            } else {
                for panel in &fig.panels {
                    column(ui, panel);
                    ui.add_space(12.0);
                }
            }
            ui.add_space(6.0);
            for n in &fig.notes {
                ui.label(RichText::new(n).weak());
            }
        });
}

/// The tornado as a slide: the same bars, each row on one line beside its name, side by side.
pub fn tornado_slide(ui: &mut Ui, fig: &Figure, palette: &Palette) {
    key(ui, fig, palette);
    let col = (ui.available_width() - 48.0) / 2.0;
    let height = ui.available_height();
    egui::ScrollArea::vertical()
        .max_height(height)
        .show(ui, |ui| {
            ui.horizontal_top(|ui| {
                for panel in &fig.panels {
                    ui.vertical(|ui| {
                        ui.set_width(col);
                        partner_tornado(ui, panel, palette, true);
                    });
                    ui.add_space(16.0);
                }
            });
        });
}

/// The title, what the tornado shows and what its two colours mean.
fn key(ui: &mut Ui, fig: &Figure, palette: &Palette) {
    ui.label(RichText::new(&fig.title).strong());
    if let Some(sub) = &fig.subtitle {
        ui.add(egui::Label::new(sub.as_str()).wrap());
    }
    legend_ui(ui, &fig.legend, palette);
}

/// One partner's tornado: its heading, the groups of rows, the axis. `compact`: each row on one
/// line, its name beside the bars (slides).
fn partner_tornado(ui: &mut Ui, panel: &Panel, palette: &Palette, compact: bool) {
    let Some(bars) = &panel.bars else {
        return;
    };
    if let Some((heading, ink)) = &panel.heading {
        let color = palette.ink(*ink, ui.visuals());
        ui.label(RichText::new(heading).strong().color(color));
    }
    let scale = panel.x.range;
    for g in &bars.groups {
        ui.add_space(4.0);
        ui.label(RichText::new(g.title).strong());
        for r in &g.rows {
            row(ui, r, bars, scale, palette, compact);
        }
    }
    axis(ui, panel, compact);
}

fn x_of(rect: Rect, (lo, hi): (f64, f64), v: f64) -> f32 {
    rect.left() + rect.width() * ((v - lo) / (hi - lo)) as f32
}

/// Width of the names' column on a slide.
const NAME_COLUMN: f32 = 190.0;

/// Name and values tested, then the bars: on one line on a slide, on two in the tab.
fn row(ui: &mut Ui, r: &BarRow, bars: &Bars, scale: (f64, f64), palette: &Palette, compact: bool) {
    let response = if compact {
        ui.horizontal(|ui| {
            ui.allocate_ui_with_layout(
                vec2(NAME_COLUMN, 18.0),
                egui::Layout::right_to_left(egui::Align::Center),
                |ui| {
                    ui.set_min_width(NAME_COLUMN);
                    ui.add(egui::Label::new(r.label.as_str()).truncate());
                },
            );
            track(ui, r, bars.base, scale, palette, 18.0)
        })
        .inner
    } else {
        ui.horizontal_wrapped(|ui| {
            ui.label(r.label.as_str());
            ui.label(RichText::new(r.tested.as_str()).weak());
        });
        track(ui, r, bars.base, scale, palette, 18.0)
    };
    response.on_hover_text(&r.hover);
}

/// The row's two bars from the gain as set: the low end above, the high end below, each with
/// the value tested at its tip.
fn track(
    ui: &mut Ui,
    r: &BarRow,
    base: f64,
    scale: (f64, f64),
    palette: &Palette,
    height: f32,
) -> egui::Response {
    let (rect, response) =
        ui.allocate_exact_size(vec2(ui.available_width(), height), Sense::hover());
    let p = ui.painter();
    let x0 = x_of(rect, scale, base);
    let half = rect.height() / 2.0;
    let font = FontId::proportional(10.0);
    let text = ui.visuals().text_color();
    for (k, end) in r.ends.iter().enumerate() {
        let x = x_of(rect, scale, end.gain);
        let top = rect.top() + half * k as f32;
        let bar = Rect::from_min_max(
            pos2(x.min(x0), top + 1.0),
            pos2(x.max(x0).max(x.min(x0) + 1.0), top + half - 1.0),
        );
        p.rect_filled(bar, 1.0, palette.ink(end.ink, ui.visuals()));
        let (anchor, dx) = if end.gain >= base {
            (Align2::LEFT_CENTER, 3.0)
        } else {
            (Align2::RIGHT_CENTER, -3.0)
        };
        // A tip label that would leave the track is left out: the row's name gives the values.
        let galley = p.layout_no_wrap(end.value.clone(), font.clone(), text);
        let from = anchor.anchor_size(pos2(x + dx, top + half / 2.0), galley.size());
        if from.left() < rect.left() || from.right() > rect.right() {
            continue;
        }
        p.galley(from.min, galley, text);
    }
    p.line_segment(
        [pos2(x0, rect.top()), pos2(x0, rect.bottom())],
        Stroke::new(1.5, ui.visuals().strong_text_color()),
    );
    response
}

/// Ticks at the figure's round values under the bars, labelled (as widgets, so they read like
/// text), with the axis title and what the line marks.
fn axis(ui: &mut Ui, panel: &Panel, compact: bool) {
    if compact {
        ui.horizontal(|ui| {
            ui.add_space(NAME_COLUMN + ui.spacing().item_spacing.x);
            ticks_row(ui, panel);
        });
    } else {
        ticks_row(ui, panel);
    }
    ui.horizontal(|ui| {
        ui.label(RichText::new(&panel.x.label).weak());
        if let Some(rule) = panel.rules.first() {
            ui.label(RichText::new(format!("· line: {}", rule.name)).weak());
        }
    });
}

fn ticks_row(ui: &mut Ui, panel: &Panel) {
    let scale = panel.x.range;
    let (rect, _) = ui.allocate_exact_size(vec2(ui.available_width(), 20.0), Sense::hover());
    let stroke = Stroke::new(1.0, ui.visuals().weak_text_color());
    ui.painter()
        .line_segment([rect.left_top(), rect.right_top()], stroke);
    for (v, label) in ticks::marks(
        panel.x.ticks,
        scale.0,
        scale.1,
        f64::from(rect.width()),
        1.0,
    ) {
        let x = x_of(rect, scale, v);
        ui.painter()
            .line_segment([pos2(x, rect.top()), pos2(x, rect.top() + 4.0)], stroke);
        let galley_w = 8.0 * label.chars().count() as f32;
        let at = Rect::from_center_size(pos2(x, rect.top() + 12.0), vec2(galley_w + 4.0, 16.0));
        if at.left() >= rect.left() - 4.0 && at.right() <= rect.right() + 4.0 {
            ui.put(
                at,
                egui::Label::new(RichText::new(label).size(11.0)).extend(),
            );
        }
    }
}
