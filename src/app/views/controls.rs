//! The left panel: the deal's names and one control per parameter, generated from the parameter
//! table. Returns commands; never edits the deal itself.

use eframe::egui::{self, Align2, Color32, DragValue, FontId, RichText, Slider, Stroke, Ui};

use crate::app::shell::commands::{Command, TextField};
use crate::core::dealfile::Deal;
use crate::core::params::{Group, Key, Kind, SPECS, Scale};

/// The panel's width bounds: it never takes more than this share of the window, so the charts
/// keep the rest whatever is open.
pub const PANEL_MIN_WIDTH: f32 = 250.0;
pub const PANEL_MAX_SHARE: f32 = 0.42;
/// Width of the number fields: wide enough for "4294967295" and "127.5 %", never wider, so no
/// value can widen the panel.
const FIELD_WIDTH: f32 = 84.0;

pub fn controls_ui(ui: &mut Ui, deal: &Deal, out: &mut Vec<Command>) {
    // Everything below fits this width; the panel clips what would not rather than growing.
    let width = ui.available_width();
    ui.set_max_width(width);
    // "Open all" / "Close all" force every group for one frame.
    let force_id = egui::Id::unique("controls_force_open");
    let force: Option<bool> = ui.data_mut(|d| d.remove_temp(force_id));
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.set_max_width(ui.available_width());
            names_ui(ui, deal, out);
            ui.horizontal(|ui| {
                ui.label(RichText::new("Parameters").strong());
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui
                        .small_button("Close all")
                        .on_hover_text("Close every group")
                        .clicked()
                    {
                        ui.data_mut(|d| d.insert_temp(force_id, false));
                    }
                    if ui
                        .small_button("Open all")
                        .on_hover_text("Open every group")
                        .clicked()
                    {
                        ui.data_mut(|d| d.insert_temp(force_id, true));
                    }
                });
            });
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
                    .open(force)
                    .show(ui, |ui| {
                        for k in keys {
                            param_ui(ui, deal, k, out);
                        }
                    });
            }
            ui.add_space(8.0);
        });
    if force.is_some() {
        ui.ctx().request_repaint();
    }
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

/// The unit shown beside a parameter's label; the number field itself carries at most " %".
fn unit_text(k: Key) -> &'static str {
    let s = k.spec();
    match (s.kind, s.unit) {
        (Kind::Switch, _) | (_, "%" | "year") => "",
        (_, unit) => unit,
    }
}

/// A refused entry in a number field, kept until the next accepted one.
#[derive(Clone, Debug)]
struct Refused {
    message: String,
    /// The value kept; once the parameter changes some other way the message is stale.
    kept: f64,
}

pub fn param_ui(ui: &mut Ui, deal: &Deal, k: Key, out: &mut Vec<Command>) {
    let s = k.spec();
    let value = deal.params.get(k);
    let changed = is_changed(deal, k);
    let enabled = enabled(deal, k);
    ui.add_space(2.0);
    if s.kind == Kind::Switch {
        ui.horizontal(|ui| {
            changed_marker(ui, changed);
            let mut on = value != 0.0;
            let r = ui
                .add_enabled(enabled, egui::Checkbox::new(&mut on, s.label))
                .on_hover_ui(|ui| tooltip(ui, k, value));
            if r.changed() {
                out.push(Command::SetParam(k, if on { 1.0 } else { 0.0 }));
            }
            if changed {
                reset_button(ui, k, out);
            }
        });
        return;
    }
    let label = ui
        .horizontal(|ui| {
            changed_marker(ui, changed);
            let unit = unit_text(k);
            let font = egui::TextStyle::Body.resolve(ui.style());
            let unit_width = if unit.is_empty() {
                0.0
            } else {
                ui.fonts_mut(|f| {
                    f.layout_no_wrap(unit.to_string(), font.clone(), Color32::WHITE)
                        .size()
                        .x
                }) + ui.spacing().item_spacing.x
            };
            let reset_width = if changed { 48.0 } else { 0.0 };
            let label_width = (ui.available_width() - unit_width - reset_width).max(60.0);
            let label = ui
                .scope(|ui| {
                    ui.set_max_width(label_width);
                    ui.add_enabled(enabled, egui::Label::new(s.label).wrap())
                })
                .inner;
            if !unit.is_empty() {
                ui.add_enabled(enabled, egui::Label::new(RichText::new(unit).weak()));
            }
            if changed {
                reset_button(ui, k, out);
            }
            label
        })
        .inner;
    let refused_id = egui::Id::unique(("refused", s.key));
    let mut shown = s.to_display(value);
    let slider_range = s.to_display(s.slider.0)..=s.to_display(s.slider.1);
    let off_scale = s.off_slider(value);
    let before = shown;
    // Typed text is read with the table's rules (decimal comma, unit, range); what it refuses is
    // said beside the field and the value kept.
    let refusal: std::cell::RefCell<Option<String>> = Default::default();
    let (slider_resp, field_resp) = ui
        .horizontal(|ui| {
            ui.spacing_mut().slider_width =
                (ui.available_width() - FIELD_WIDTH - ui.spacing().item_spacing.x).max(60.0);
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
                .speed(span / 400.0)
                .update_while_editing(false)
                .custom_formatter(|v, _| display_number(v))
                .custom_parser(|text| match s.parse_display(text) {
                    Ok(raw) => Some(s.to_display(raw)),
                    Err(message) => {
                        *refusal.borrow_mut() = Some(message.to_string());
                        None
                    }
                });
            if s.scale == Scale::Percent {
                field = field.suffix(" %");
            }
            let field_resp = ui
                .add_enabled_ui(enabled, |ui| {
                    if off_scale {
                        ui.visuals_mut().override_text_color = Some(ui.visuals().warn_fg_color);
                    }
                    ui.add_sized([FIELD_WIDTH, ui.spacing().interact_size.y], field)
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
    if let Some(message) = refusal.into_inner() {
        ui.data_mut(|d| {
            d.insert_temp(
                refused_id,
                Refused {
                    message,
                    kept: value,
                },
            )
        });
    }
    if slider_resp.double_clicked() {
        out.push(Command::ResetParam(k));
    } else if (slider_resp.changed() || field_resp.changed()) && shown != before {
        // Typed values were checked by the parser; a drag (of the slider or the field) past the
        // valid range stops at its end.
        let mut raw = s.from_display(shown).clamp(s.valid.0, s.valid.1);
        if s.kind == Kind::Count {
            raw = raw.round();
        }
        ui.data_mut(|d| d.remove::<Refused>(refused_id));
        out.push(Command::SetParam(k, raw));
    }
    let refused: Option<Refused> = ui.data(|d| d.get_temp(refused_id));
    match refused {
        Some(r) if r.kept.to_bits() == value.to_bits() => {
            ui.add(
                egui::Label::new(
                    RichText::new(format!("{}; kept {}", r.message, s.format_display(value)))
                        .color(ui.visuals().error_fg_color),
                )
                .wrap(),
            );
        }
        Some(_) => ui.data_mut(|d| d.remove::<Refused>(refused_id)),
        None => {}
    }
    if off_scale && enabled {
        ui.add(
            egui::Label::new(
                RichText::new(format!(
                    "Off the slider's scale ({}): the slider shows its end",
                    s.slider_display_text()
                ))
                .color(ui.visuals().warn_fg_color),
            )
            .wrap(),
        );
    }
}

fn changed_marker(ui: &mut Ui, changed: bool) {
    let marker = if changed { "•" } else { " " };
    ui.label(RichText::new(marker).strong())
        .on_hover_text("Changed from the default");
}

/// "Reset", right-aligned in the row.
fn reset_button(ui: &mut Ui, k: Key, out: &mut Vec<Command>) {
    let s = k.spec();
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

/// A number for a field: up to six significant digits, no trailing zeros.
fn display_number(v: f64) -> String {
    crate::core::params::display_number(v)
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
    for (i, line) in crate::core::policy::STAKE_LINES.iter().enumerate() {
        let (at, caption) = (line.stake, line.short);
        let x = lo + (hi - lo) * at as f32;
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
