//! The tornado: each partner's NPV gain with each parameter at the low and the high end of its
//! slider range, widest first.

use eframe::egui::{self, Color32, RichText, Ui};
use egui_plot::{Bar, BarChart, Plot};

use super::style::{Palette, signed_money};
use crate::core::sensitivity::{Bar as Tornadobar, Tornado};

/// Bars shown per partner: the rest are narrower and listed in `jvsim sensitivity`.
const SHOWN: usize = 14;

/// Colours by which end of the parameter's range a bar shows (not by partner).
use super::style::{HIGH_END, LOW_END};

/// The axis label: short, so the bars keep the width.
fn label(b: &Tornadobar) -> String {
    let flag = if b.monotone { "" } else { " (not monotone)" };
    format!("{}{flag}", b.key.spec().label)
}

/// The hover text: with the range.
fn detail(b: &Tornadobar) -> String {
    let s = b.key.spec();
    format!(
        "{} from {} to {}",
        s.label,
        s.format_display(b.low),
        s.format_display(b.high)
    )
}

pub fn tornado_ui(ui: &mut Ui, t: &Tornado, host: &str, entrant: &str, palette: &Palette) {
    ui.label(
        "NPV gain over no deal, US$ B, with one parameter at a time at the low (grey) and the high \
         (purple) end of its slider range, the others as set. Widest first; \"not monotone\": \
         the middle of the range does better or worse than both ends.",
    );
    let avail = ui.available_size();
    let width = ((avail.x - ui.spacing().item_spacing.x) / 2.0).max(200.0);
    ui.horizontal_top(|ui| {
        for (name, base, bars, color) in [
            (host, t.host_base, &t.host, palette.host),
            (entrant, t.entrant_base, &t.entrant, palette.entrant),
        ] {
            ui.allocate_ui(egui::vec2(width, avail.y), |ui| {
                ui.vertical(|ui| {
                    ui.label(
                        RichText::new(format!("{name}: gain {} US$ B", signed_money(base)))
                            .strong()
                            .color(color),
                    );
                    chart(ui, name, base, bars);
                });
            });
        }
    });
}

fn chart(ui: &mut Ui, name: &str, base: f64, bars: &[Tornadobar]) {
    let shown: Vec<&Tornadobar> = bars
        .iter()
        .filter(|b| b.width() > 1e-9)
        .take(SHOWN)
        .collect();
    let labels: Vec<String> = shown.iter().map(|b| label(b)).collect();
    let rows = shown.len();
    // Row 0 at the top: the widest bar.
    let y = |i: usize| (rows - 1 - i) as f64;
    // Each parameter's row holds two thin bars: the low end above, the high end below.
    let make = |at_high: bool| -> Vec<Bar> {
        shown
            .iter()
            .enumerate()
            .map(|(i, b)| {
                let v = if at_high {
                    b.gain_at_high
                } else {
                    b.gain_at_low
                };
                let (offset, end, fill) = if at_high {
                    (-0.2, "high", HIGH_END)
                } else {
                    (0.2, "low", LOW_END)
                };
                Bar::new(y(i) + offset, v - base)
                    .base_offset(base)
                    .width(0.38)
                    .horizontal()
                    .fill(fill)
                    .name(format!(
                        "{}: gain {} at the {end} end",
                        detail(b),
                        signed_money(v)
                    ))
            })
            .collect()
    };
    let low = make(false);
    let high = make(true);
    Plot::new(("tornado", name))
        .height(ui.available_height())
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_drag(false)
        .allow_boxed_zoom(false)
        .show_grid([true, false])
        .x_axis_label("NPV gain, US$ B")
        .y_axis_min_width(170.0)
        .y_axis_formatter(move |mark, _| {
            let v = mark.value;
            if (v - v.round()).abs() > 1e-6 || v < 0.0 {
                return String::new();
            }
            let i = rows as i64 - 1 - v.round() as i64;
            usize::try_from(i)
                .ok()
                .and_then(|i| labels.get(i).cloned())
                .unwrap_or_default()
        })
        .y_grid_spacer(move |_| {
            (0..rows)
                .map(|i| egui_plot::GridMark {
                    value: i as f64,
                    step_size: 1.0,
                })
                .collect()
        })
        .show(ui, |p| {
            p.bar_chart(BarChart::new("at the low end", low).color(LOW_END));
            p.bar_chart(BarChart::new("at the high end", high).color(HIGH_END));
            p.vline(egui_plot::VLine::new("as set", base).color(ui_strong()));
        });
}

fn ui_strong() -> Color32 {
    Color32::from_gray(90)
}
