//! Chart legends drawn above the plot, never over the data: each entry a small sample of the
//! line, area or marker, then its name. Rows wrap when the chart is narrow.

use eframe::egui::{self, Color32, Pos2, Stroke, Ui, epaint::PathShape, pos2, vec2};

use crate::app::shell::style::Palette;
use crate::figure::{Dash, LegendEntry, Shape, Swatch};

const SAMPLE: egui::Vec2 = vec2(26.0, 12.0);

/// Rows of entries, wrapping between entries (never inside one) when the chart is narrow.
pub fn legend_ui(ui: &mut Ui, entries: &[LegendEntry], palette: &Palette) {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let color = ui.visuals().text_color();
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing = vec2(3.0, 2.0);
        for e in entries {
            let galley = ui.fonts_mut(|f| f.layout_no_wrap(e.label.clone(), font.clone(), color));
            let width = e.swatches.len() as f32 * (SAMPLE.x + 3.0) + galley.size().x + 14.0;
            let height = galley.size().y.max(SAMPLE.y);
            let r = ui
                .allocate_ui(vec2(width, height), |ui| {
                    ui.horizontal(|ui| {
                        for &s in &e.swatches {
                            let (rect, _) = ui.allocate_exact_size(SAMPLE, egui::Sense::hover());
                            paint(ui, rect, s, palette);
                        }
                        ui.add(egui::Label::new(e.label.as_str()).extend());
                    });
                })
                .response;
            if let Some(h) = &e.hover {
                r.on_hover_text(h);
            }
        }
    });
}

/// Entries one under the other, each label wrapping beside its samples (the deal map's notes).
pub fn legend_column(ui: &mut Ui, entries: &[LegendEntry], palette: &Palette) {
    for e in entries {
        ui.horizontal_top(|ui| {
            for &s in &e.swatches {
                let (r, _) = ui.allocate_exact_size(vec2(14.0, 16.0), egui::Sense::hover());
                paint(ui, r, s, palette);
            }
            ui.add(egui::Label::new(e.label.as_str()).wrap());
        });
    }
}

/// A swatch's sample in `rect`.
pub fn paint(ui: &Ui, rect: egui::Rect, s: Swatch, palette: &Palette) {
    let p = ui.painter();
    let ink = |i| palette.ink(i, ui.visuals());
    let y = rect.center().y;
    let (x0, x1) = (rect.left() + 1.0, rect.right() - 1.0);
    match s {
        Swatch::Line(i, Dash::Solid) => {
            p.line_segment([pos2(x0, y), pos2(x1, y)], Stroke::new(2.5, ink(i)));
        }
        Swatch::Line(i, Dash::Dashed) => {
            let mut x = x0;
            while x < x1 {
                p.line_segment(
                    [pos2(x, y), pos2((x + 6.0).min(x1), y)],
                    Stroke::new(1.5, ink(i)),
                );
                x += 10.0;
            }
        }
        // A sample too short to show each scenario's spacing: dots, as a dotted line reads.
        Swatch::Line(i, Dash::Dotted { .. }) => {
            let mut x = x0 + 1.0;
            while x < x1 {
                p.circle_filled(pos2(x, y), 1.2, ink(i));
                x += 4.0;
            }
        }
        Swatch::Area(i, opacity) => {
            let c = ink(i).gamma_multiply(opacity.at(palette.dark));
            p.rect_filled(rect.shrink2(vec2(1.0, 2.0)), 2.0, c);
        }
        Swatch::Marker(shape, i) => marker(ui, rect.center(), 5.0, shape, ink(i)),
    }
}

/// A marker like egui_plot's, for legends and tables.
pub fn marker(ui: &Ui, at: Pos2, r: f32, shape: Shape, c: Color32) {
    let p = ui.painter();
    let poly = |pts: Vec<Pos2>| PathShape::convex_polygon(pts, c, Stroke::NONE);
    match shape {
        Shape::Circle => {
            p.circle_filled(at, r, c);
        }
        Shape::Ring => {
            p.circle_stroke(at, r, Stroke::new(1.5, c));
        }
        Shape::Square => {
            p.rect_filled(
                egui::Rect::from_center_size(at, vec2(1.6 * r, 1.6 * r)),
                0.0,
                c,
            );
        }
        Shape::Diamond => {
            p.add(poly(vec![
                at + vec2(0.0, -r),
                at + vec2(r, 0.0),
                at + vec2(0.0, r),
                at + vec2(-r, 0.0),
            ]));
        }
        Shape::Up => {
            p.add(poly(vec![
                at + vec2(0.0, -r),
                at + vec2(r, r * 0.8),
                at + vec2(-r, r * 0.8),
            ]));
        }
        Shape::Down => {
            p.add(poly(vec![
                at + vec2(-r, -r * 0.8),
                at + vec2(r, -r * 0.8),
                at + vec2(0.0, r),
            ]));
        }
        Shape::Left => {
            p.add(poly(vec![
                at + vec2(-r, 0.0),
                at + vec2(r * 0.8, -r),
                at + vec2(r * 0.8, r),
            ]));
        }
        Shape::Right => {
            p.add(poly(vec![
                at + vec2(-r * 0.8, -r),
                at + vec2(r, 0.0),
                at + vec2(-r * 0.8, r),
            ]));
        }
        Shape::Cross => {
            let s = Stroke::new(2.0, c);
            p.line_segment([at + vec2(-r, -r), at + vec2(r, r)], s);
            p.line_segment([at + vec2(-r, r), at + vec2(r, -r)], s);
        }
    }
}
