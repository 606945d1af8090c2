//! The tornado: each partner's NPV gain with one parameter at a time at the low and the high end
//! of its slider range. Each row names the parameter in full with the values tested; bars are
//! coloured by the sign of their effect; uncertain assumptions are set apart from the terms,
//! policy and data held as set. Modelling choices (horizon, first year) are left out.

use eframe::egui::{self, Align2, Color32, FontId, Rect, RichText, Sense, Stroke, Ui, pos2, vec2};

use crate::app::shell::style::{Palette, signed_money};
use crate::core::params::{Kind, Scale};
use crate::core::sensitivity::{Bar, Tornado};

/// Bars a presentation slide shows per partner: the widest.
pub const SLIDE_BARS: usize = 10;

/// Colours of an effect: raising the gain (purple) or lowering it (orange), the deal map's
/// colour-blind-safe ends, lighter on a dark background.
pub fn effect_color(delta: f64, dark: bool) -> Color32 {
    let c = if delta >= 0.0 {
        if dark {
            crate::palette::RAISES_ON_DARK
        } else {
            crate::palette::RAISES
        }
    } else if dark {
        crate::palette::LOWERS_ON_DARK
    } else {
        crate::palette::LOWERS
    };
    Color32::from_rgb(c.0, c.1, c.2)
}

/// The values tested, in the units on screen: "14 to 18 M vehicles/yr", "0 % to 250 %", "on or
/// off".
pub fn tested(b: &Bar) -> String {
    let s = b.key.spec();
    let n = |v: f64| crate::core::params::display_number(s.to_display(v));
    match (s.kind, s.scale) {
        (Kind::Switch, _) => "off and on".to_string(),
        (_, Scale::Percent) => format!("{} % to {} %", n(b.low), n(b.high)),
        _ if s.unit.is_empty() || s.unit == "year" => format!("{} to {}", n(b.low), n(b.high)),
        _ => format!("{} to {} {}", n(b.low), n(b.high), s.unit),
    }
}

/// The whole tab: intro, then both partners side by side (one above the other when narrow).
pub fn tornado_ui(ui: &mut Ui, t: &Tornado, host: &str, entrant: &str, palette: &Palette) {
    key_line(
        ui,
        "NPV gain over no deal, US$ B, with one parameter at a time at each end of its slider \
         range, the others as set.",
        "lowers it. Widest first; the values tested are beside each name.",
    );
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
            let column = |ui: &mut Ui, name: &str, base: f64, bars: &[Bar], color: Color32| {
                ui.vertical(|ui| {
                    ui.set_width(col);
                    partner_tornado(ui, name, base, bars, color, None);
                });
            };
            if side_by_side {
                ui.horizontal_top(|ui| {
                    column(ui, host, t.host_base, &t.host, palette.host);
                    ui.add_space(16.0);
                    column(ui, entrant, t.entrant_base, &t.entrant, palette.entrant);
                });
            } else {
                column(ui, host, t.host_base, &t.host, palette.host);
                ui.add_space(12.0);
                column(ui, entrant, t.entrant_base, &t.entrant, palette.entrant);
            }
            ui.add_space(6.0);
            ui.label(
                RichText::new(
                    "Left out: the horizon, the first year and the analysis settings (choices, \
                     not uncertainties), and the stake and share (the deal map varies those). \
                     \"not monotone\": the middle of the range does better or worse than both \
                     ends, so the ends understate the effect.",
                )
                .weak(),
            );
        });
}

/// The tornado as a slide: the widest bars of each partner, side by side, and what the colours
/// mean.
pub fn tornado_slide(ui: &mut Ui, t: &Tornado, host: &str, entrant: &str, palette: &Palette) {
    key_line(
        ui,
        "NPV gain over no deal, US$ B, each parameter at each end of its range:",
        "lowers it.",
    );
    let col = (ui.available_width() - 48.0) / 2.0;
    // As many of the widest bars as fit the slide: a row is its name's line and the bar.
    let line = ui.text_style_height(&egui::TextStyle::Body);
    let row = line + 16.0 + 2.0 * ui.spacing().item_spacing.y;
    let fit = ((ui.available_height() - 7.0 * line - 40.0) / row)
        .floor()
        .max(3.0) as usize;
    let bars = fit.min(SLIDE_BARS);
    let height = ui.available_height();
    egui::ScrollArea::vertical()
        .max_height(height)
        .show(ui, |ui| {
            ui.horizontal_top(|ui| {
                for (name, base, all, color) in [
                    (host, t.host_base, &t.host, palette.host),
                    (entrant, t.entrant_base, &t.entrant, palette.entrant),
                ] {
                    ui.vertical(|ui| {
                        ui.set_width(col);
                        partner_tornado(ui, name, base, all, color, Some(bars));
                    });
                    ui.add_space(16.0);
                }
            });
        });
}

/// "+10", "−2.5", "0": a signed tick value without needless decimals.
fn tick_text(v: f64) -> String {
    if v.abs() < 1e-9 {
        return "0".to_string();
    }
    let digits = crate::core::params::display_number((v.abs() * 1000.0).round() / 1000.0);
    format!("{}{digits}", if v < 0.0 { "−" } else { "+" })
}

/// What the tornado shows and what its two colours mean, on one wrapping line.
fn key_line(ui: &mut Ui, intro: &str, after: &str) {
    let dark = ui.visuals().dark_mode;
    ui.horizontal_wrapped(|ui| {
        ui.label(intro);
        swatch(ui, effect_color(1.0, dark));
        ui.label("raises the gain");
        swatch(ui, effect_color(-1.0, dark));
        ui.label(after);
    });
}

fn swatch(ui: &mut Ui, c: Color32) {
    let (r, _) = ui.allocate_exact_size(vec2(14.0, 12.0), Sense::hover());
    ui.painter().rect_filled(r, 2.0, c);
}

/// One partner's tornado: the uncertain assumptions, then the terms, policy and data held as
/// set; `limit` keeps the widest bars only (slides).
pub fn partner_tornado(
    ui: &mut Ui,
    name: &str,
    base: f64,
    bars: &[Bar],
    color: Color32,
    limit: Option<usize>,
) {
    let shown: Vec<&Bar> = bars
        .iter()
        .filter(|b| b.width() > 1e-9)
        .take(limit.unwrap_or(usize::MAX))
        .collect();
    ui.label(
        RichText::new(format!("{name}: gain {} US$ B as set", signed_money(base)))
            .strong()
            .color(color),
    );
    let (mut lo, mut hi) = (base.min(0.0), base.max(0.0));
    for b in &shown {
        lo = lo.min(b.gain_at_low).min(b.gain_at_high);
        hi = hi.max(b.gain_at_low).max(b.gain_at_high);
    }
    let pad = 0.04 * (hi - lo).max(1e-6);
    let scale = (lo - pad, hi + pad);
    let groups: [(&str, Vec<&Bar>); 2] = [
        (
            "Uncertain assumptions",
            shown
                .iter()
                .copied()
                .filter(|b| b.key.spec().uncertain)
                .collect(),
        ),
        (
            "Terms, policy and data held as set",
            shown
                .iter()
                .copied()
                .filter(|b| !b.key.spec().uncertain)
                .collect(),
        ),
    ];
    for (title, group) in groups {
        if group.is_empty() {
            continue;
        }
        ui.add_space(4.0);
        ui.label(RichText::new(title).strong());
        for b in group {
            row(ui, b, base, scale);
        }
    }
    axis(ui, base, scale);
}

fn x_of(rect: Rect, (lo, hi): (f64, f64), v: f64) -> f32 {
    rect.left() + rect.width() * ((v - lo) / (hi - lo)) as f32
}

/// Name and values tested on one line, the bar below it.
fn row(ui: &mut Ui, b: &Bar, base: f64, scale: (f64, f64)) {
    let s = b.key.spec();
    let dark = ui.visuals().dark_mode;
    ui.horizontal_wrapped(|ui| {
        let mut name = s.label.to_string();
        if !b.monotone {
            name.push_str(" (not monotone)");
        }
        ui.label(name);
        ui.label(RichText::new(tested(b)).weak());
    });
    let (rect, response) = ui.allocate_exact_size(vec2(ui.available_width(), 16.0), Sense::hover());
    let p = ui.painter();
    let x0 = x_of(rect, scale, base);
    for v in [b.gain_at_low, b.gain_at_high] {
        let x = x_of(rect, scale, v);
        let bar = Rect::from_min_max(
            pos2(x.min(x0), rect.top() + 2.0),
            pos2(x.max(x0).max(x.min(x0) + 1.0), rect.bottom() - 2.0),
        );
        p.rect_filled(bar, 1.0, effect_color(v - base, dark));
    }
    // Which end is which: the value tested at each bar's tip.
    let n = |v: f64| crate::core::params::display_number(s.to_display(v));
    let font = FontId::proportional(11.0);
    let text = ui.visuals().text_color();
    for (gain, value) in [(b.gain_at_low, b.low), (b.gain_at_high, b.high)] {
        let x = x_of(rect, scale, gain);
        let (anchor, dx) = if gain >= base {
            (Align2::LEFT_CENTER, 3.0)
        } else {
            (Align2::RIGHT_CENTER, -3.0)
        };
        let label = if s.kind == Kind::Switch {
            if value != 0.0 { "on" } else { "off" }.to_string()
        } else {
            n(value)
        };
        p.text(
            pos2(x + dx, rect.center().y),
            anchor,
            label,
            font.clone(),
            text,
        );
    }
    p.line_segment(
        [pos2(x0, rect.top()), pos2(x0, rect.bottom())],
        Stroke::new(1.5, ui.visuals().strong_text_color()),
    );
    response.on_hover_text(format!(
        "{}: at {} the gain is {} US$ B, at {} it is {} (as set: {})",
        s.label,
        s.format_display(b.low),
        signed_money(b.gain_at_low),
        s.format_display(b.high),
        signed_money(b.gain_at_high),
        signed_money(base)
    ));
}

/// Ticks at round values under the bars, labelled (as widgets, so they read like text), with
/// the axis title.
fn axis(ui: &mut Ui, base: f64, scale: (f64, f64)) {
    let (rect, _) = ui.allocate_exact_size(vec2(ui.available_width(), 20.0), Sense::hover());
    let stroke = Stroke::new(1.0, ui.visuals().weak_text_color());
    ui.painter()
        .line_segment([rect.left_top(), rect.right_top()], stroke);
    let ticks = crate::core::analysis::nice_ticks(scale.0, scale.1, (rect.width() / 70.0) as usize);
    for v in ticks {
        let x = x_of(rect, scale, v);
        ui.painter()
            .line_segment([pos2(x, rect.top()), pos2(x, rect.top() + 4.0)], stroke);
        let label = tick_text(v);
        let galley_w = 8.0 * label.chars().count() as f32;
        let at = Rect::from_center_size(pos2(x, rect.top() + 12.0), vec2(galley_w + 4.0, 16.0));
        if at.left() >= rect.left() - 4.0 && at.right() <= rect.right() + 4.0 {
            ui.put(
                at,
                egui::Label::new(RichText::new(label).size(11.0)).extend(),
            );
        }
    }
    ui.horizontal(|ui| {
        ui.label(RichText::new("NPV gain over no deal, US$ B").weak());
        ui.label(RichText::new(format!("· line: as set, {}", signed_money(base))).weak());
    });
}
