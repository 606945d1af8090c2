//! The left panel: the deal's names and one control per parameter, generated from the parameter
//! table. Returns commands; never edits the deal itself.

use eframe::egui::{self, Align2, DragValue, FontId, RichText, Slider, Stroke, Ui};

use super::commands::{Command, TextField};
use crate::core::dealfile::Deal;
use crate::core::params::{Group, Key, Kind, SPECS, Scale};

/// Host-stake marks: control, and the entrant under 25 % (the foreign-entity line in US credit
/// rules, T7 in docs/MODEL.md).
const STAKE_MARKS: [(f64, &str); 2] = [(0.5, "50 % control"), (0.75, "75 %: entrant < 25 %")];

pub fn controls_ui(ui: &mut Ui, deal: &Deal, out: &mut Vec<Command>) {
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            names_ui(ui, deal, out);
            for group in Group::ALL {
                let keys = SPECS
                    .iter()
                    .enumerate()
                    .filter(|(_, s)| s.group == group)
                    .map(|(i, _)| Key::ALL[i]);
                let changed = keys.clone().filter(|&k| is_changed(deal, k)).count();
                let mut title = group.title().to_string();
                if changed > 0 {
                    title.push_str(&format!("  • {changed} changed"));
                }
                let open_by_default = matches!(group, Group::DealTerms | Group::Tariffs);
                egui::CollapsingHeader::new(RichText::new(title).strong())
                    .id_salt(group.title())
                    .default_open(open_by_default)
                    .show(ui, |ui| {
                        for k in keys {
                            param_ui(ui, deal, k, out);
                        }
                    });
            }
            ui.add_space(8.0);
        });
}

fn names_ui(ui: &mut Ui, deal: &Deal, out: &mut Vec<Command>) {
    egui::Grid::new("deal_names")
        .num_columns(2)
        .spacing([6.0, 4.0])
        .show(ui, |ui| {
            for (field, label, value) in [
                (TextField::Name, "Deal", &deal.name),
                (TextField::Host, "Host", &deal.host),
                (TextField::Entrant, "Entrant", &deal.entrant),
            ] {
                let l = ui.label(label);
                let mut text = value.clone();
                let r = ui
                    .add(egui::TextEdit::singleline(&mut text).desired_width(f32::INFINITY))
                    .labelled_by(l.id);
                if r.changed() {
                    out.push(Command::SetText(field, text));
                }
                ui.end_row();
            }
        });
    egui::CollapsingHeader::new("Notes")
        .id_salt("notes")
        .show(ui, |ui| {
            let mut text = deal.notes.clone();
            let r = ui.add(
                egui::TextEdit::multiline(&mut text)
                    .desired_rows(4)
                    .desired_width(f32::INFINITY)
                    .hint_text("Sources, assumptions, who asked for what"),
            );
            if r.changed() {
                out.push(Command::SetText(TextField::Notes, text));
            }
        });
    ui.separator();
}

fn is_changed(deal: &Deal, k: Key) -> bool {
    deal.params.get(k).to_bits() != k.spec().default.to_bits()
}

/// Whether a parameter's control can be used: the tariff path only matters when switched on.
fn enabled(deal: &Deal, k: Key) -> bool {
    !matches!(k, Key::tariff_change_year | Key::vehicle_tariff_later) || deal.params.tariff_change
}

fn tooltip(ui: &mut Ui, k: Key, value: f64) {
    let s = k.spec();
    ui.set_max_width(360.0);
    ui.label(RichText::new(s.label).strong());
    ui.label(s.help);
    ui.add_space(4.0);
    ui.label(format!(
        "Now {}; default {}.",
        s.format_display(value),
        s.format_display(s.default)
    ));
    if s.kind != Kind::Switch {
        ui.label(format!("Valid range: {}.", s.valid_range_text()));
    }
    ui.label(RichText::new(format!("Source: {}", s.source)).italics());
    ui.label(
        RichText::new(format!("Key in files: {}", s.key))
            .monospace()
            .weak(),
    );
}

pub fn param_ui(ui: &mut Ui, deal: &Deal, k: Key, out: &mut Vec<Command>) {
    let s = k.spec();
    let value = deal.params.get(k);
    let changed = is_changed(deal, k);
    let enabled = enabled(deal, k);
    ui.add_space(2.0);
    let label = ui
        .horizontal(|ui| {
            let marker = if changed { "•" } else { " " };
            ui.label(RichText::new(marker).strong())
                .on_hover_text("Changed from the default");
            let label = if s.kind == Kind::Switch {
                None
            } else {
                Some(ui.add_enabled(enabled, egui::Label::new(s.label)))
            };
            if changed {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui
                        .small_button("Reset")
                        .on_hover_text(format!(
                            "Reset {} to its default, {}",
                            s.label,
                            s.format_display(s.default)
                        ))
                        .clicked()
                    {
                        out.push(Command::ResetParam(k));
                    }
                });
            }
            label
        })
        .inner;

    if s.kind == Kind::Switch {
        let mut on = value != 0.0;
        let r = ui
            .checkbox(&mut on, s.label)
            .on_hover_ui(|ui| tooltip(ui, k, value));
        if r.changed() {
            out.push(Command::SetParam(k, if on { 1.0 } else { 0.0 }));
        }
        return;
    }
    let Some(label) = label else { return };
    let mut shown = s.to_display(value);
    let slider_range = s.to_display(s.slider.0)..=s.to_display(s.slider.1);
    let valid_range = s.to_display(s.valid.0)..=s.to_display(s.valid.1);
    let suffix = match s.scale {
        Scale::Percent => " %".to_string(),
        Scale::Plain if s.kind == Kind::Count || s.unit.is_empty() => String::new(),
        Scale::Plain => format!(" {}", s.unit),
    };
    let before = shown;
    let (slider_resp, field_resp) = ui
        .horizontal(|ui| {
            let field_width = 96.0;
            ui.spacing_mut().slider_width =
                (ui.available_width() - field_width - ui.spacing().item_spacing.x).max(60.0);
            let mut slider = Slider::new(&mut shown, slider_range.clone())
                .show_value(false)
                .clamping(egui::SliderClamping::Never);
            if s.kind == Kind::Count {
                slider = slider.integer();
            }
            let slider_resp = ui
                .add_enabled(enabled, slider)
                .labelled_by(label.id)
                .on_hover_ui(|ui| tooltip(ui, k, value));
            let span = slider_range.end() - slider_range.start();
            let mut field = DragValue::new(&mut shown)
                .range(valid_range.clone())
                .suffix(suffix)
                .speed(span / 400.0);
            field = if s.kind == Kind::Count {
                field.fixed_decimals(0)
            } else {
                field.max_decimals(4)
            };
            let field_resp = ui
                .add_enabled_ui(enabled, |ui| {
                    ui.add_sized([field_width, ui.spacing().interact_size.y], field)
                })
                .inner
                .labelled_by(label.id)
                .on_hover_ui(|ui| tooltip(ui, k, value));
            (slider_resp, field_resp)
        })
        .inner;
    if k == Key::host_stake {
        stake_marks(ui, &slider_resp);
    }
    if slider_resp.double_clicked() {
        out.push(Command::ResetParam(k));
    } else if (slider_resp.changed() || field_resp.changed()) && shown != before {
        let mut raw = s.from_display(shown).clamp(s.valid.0, s.valid.1);
        if s.kind == Kind::Count {
            raw = raw.round();
        }
        out.push(Command::SetParam(k, raw));
    }
}

/// Ticks and captions under the host-stake slider.
fn stake_marks(ui: &mut Ui, slider: &egui::Response) {
    let rect = slider.rect;
    // egui's slider keeps the handle inside the rect: the rail runs between handle radii.
    let radius = rect.height() / 2.5;
    let (lo, hi) = (rect.left() + radius, rect.right() - radius);
    let (row, _) = ui.allocate_exact_size(egui::vec2(rect.width(), 14.0), egui::Sense::hover());
    let painter = ui.painter();
    let color = ui.visuals().weak_text_color();
    for (i, (at, caption)) in STAKE_MARKS.iter().enumerate() {
        let x = lo + (hi - lo) * *at as f32;
        painter.line_segment(
            [
                egui::pos2(x, rect.center().y - 7.0),
                egui::pos2(x, row.top() + 3.0),
            ],
            Stroke::new(1.0, color),
        );
        let align = if i == 0 {
            Align2::RIGHT_TOP
        } else {
            Align2::LEFT_TOP
        };
        let nudge = if i == 0 { -3.0 } else { 3.0 };
        painter.text(
            egui::pos2(x + nudge, row.top()),
            align,
            caption,
            FontId::proportional(10.0),
            color,
        );
    }
}
