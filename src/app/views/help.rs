//! Help → Model: the model's document (docs/MODEL.md, compiled in) section by section, and every
//! parameter from the same table the sliders and files use: meaning, unit, default, ranges and
//! source. Readable without the source tree, at 1280×800 and up.

use eframe::egui::{self, Color32, FontId, RichText, TextFormat, Ui, text::LayoutJob};

use crate::core::params::{Group, Kind, SPECS, Scale};
use crate::model_doc::{Block, Section, Span};

/// The section titled so in MODEL.md is drawn from the parameter table.
pub const PARAMETERS: &str = "Parameters";

/// What the help window shows: which section, and the parameter filter.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HelpState {
    pub section: usize,
    pub filter: String,
}

/// The window's contents; `sections` are parsed once, when the app starts.
pub fn model_help_ui(ui: &mut Ui, width: f32, sections: &[Section], state: &mut HelpState) {
    let nav_width = 190.0;
    let content_width = (width - nav_width - 30.0).clamp(200.0, 900.0);
    let height = ui.available_height();
    ui.horizontal_top(|ui| {
        ui.vertical(|ui| {
            ui.set_width(nav_width);
            ui.label(RichText::new("The jvsim model").strong());
            ui.add_space(4.0);
            for (i, s) in sections.iter().enumerate() {
                if ui.selectable_label(state.section == i, &s.title).clicked() {
                    state.section = i;
                }
            }
            ui.add_space(8.0);
            ui.label(
                RichText::new(
                    "The same text as docs/MODEL.md; parameters come from the table the \
                     sliders, files and command line read.",
                )
                .weak(),
            );
        });
        ui.separator();
        let Some(section) = sections.get(state.section.min(sections.len().saturating_sub(1)))
        else {
            return;
        };
        egui::ScrollArea::vertical()
            .id_salt(("help_section", state.section))
            .max_height(height)
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.vertical(|ui| {
                    ui.set_width(content_width);
                    ui.heading(&section.title);
                    ui.add_space(4.0);
                    for block in &section.blocks {
                        block_ui(ui, block, state);
                        ui.add_space(6.0);
                    }
                });
            });
    });
}

fn job(ui: &Ui, spans: &[Span], size: f32) -> LayoutJob {
    let mut job = LayoutJob::default();
    let color = ui.visuals().text_color();
    let strong = ui.visuals().strong_text_color();
    for s in spans {
        let (text, format) = match s {
            Span::Plain(t) => (t, TextFormat::simple(FontId::proportional(size), color)),
            Span::Bold(t) => (t, TextFormat::simple(FontId::proportional(size), strong)),
            Span::Italic(t) => (
                t,
                TextFormat {
                    italics: true,
                    ..TextFormat::simple(FontId::proportional(size), color)
                },
            ),
            Span::Code(t) => (
                t,
                TextFormat {
                    background: ui.visuals().code_bg_color,
                    ..TextFormat::simple(FontId::monospace(size - 1.0), color)
                },
            ),
        };
        job.append(text, 0.0, format);
    }
    job.wrap.max_width = ui.available_width();
    job
}

const BODY: f32 = 14.0;

fn block_ui(ui: &mut Ui, block: &Block, state: &mut HelpState) {
    match block {
        Block::Subheading(t) => {
            ui.label(RichText::new(t).size(BODY + 2.0).strong());
        }
        Block::Paragraph(spans) => {
            let j = job(ui, spans, BODY);
            ui.label(j);
        }
        Block::List { numbered, items } => {
            for (i, item) in items.iter().enumerate() {
                ui.horizontal_top(|ui| {
                    let mark = if *numbered {
                        format!("{}.", i + 1)
                    } else {
                        "•".to_string()
                    };
                    ui.add_sized(
                        [18.0, 18.0],
                        egui::Label::new(RichText::new(mark).size(BODY)),
                    );
                    let j = job(ui, item, BODY);
                    ui.label(j);
                });
            }
        }
        Block::Equations(lines) => {
            egui::Frame::new()
                .fill(ui.visuals().faint_bg_color)
                .inner_margin(egui::Margin::symmetric(14, 6))
                .corner_radius(4.0)
                .show(ui, |ui| {
                    for l in lines {
                        ui.add(egui::Label::new(RichText::new(l).size(BODY + 1.0).strong()).wrap());
                    }
                });
        }
        Block::Table { header, rows } => table_ui(ui, header, rows),
        Block::Parameters => parameters_ui(ui, state),
    }
}

fn table_ui(ui: &mut Ui, header: &[Vec<Span>], rows: &[Vec<Vec<Span>>]) {
    let columns = header.len().max(1);
    let col_width = (ui.available_width() / columns as f32 - 14.0).max(60.0);
    egui::Grid::new(ui.next_auto_id())
        .striped(true)
        .spacing([14.0, 4.0])
        .max_col_width(col_width)
        .show(ui, |ui| {
            for h in header {
                ui.label(
                    RichText::new(crate::model_doc::plain_text(h))
                        .size(BODY)
                        .strong(),
                );
            }
            ui.end_row();
            for r in rows {
                for cell in r.iter().take(columns) {
                    let j = job(ui, cell, BODY - 1.0);
                    ui.label(j);
                }
                ui.end_row();
            }
        });
}

/// One card per parameter, by group: what it means, its unit, default and ranges, and where the
/// default comes from.
fn parameters_ui(ui: &mut Ui, state: &mut HelpState) {
    ui.horizontal(|ui| {
        let l = ui.label("Find a parameter");
        ui.add(
            egui::TextEdit::singleline(&mut state.filter)
                .hint_text("name, key or word of its help")
                .desired_width(260.0),
        )
        .labelled_by(l.id);
    });
    let needle = state.filter.trim().to_lowercase();
    for g in Group::ALL {
        let specs: Vec<_> = SPECS
            .iter()
            .filter(|s| s.group == g)
            .filter(|s| {
                needle.is_empty()
                    || [s.label, s.key, s.help, s.symbol]
                        .iter()
                        .any(|t| t.to_lowercase().contains(&needle))
            })
            .collect();
        if specs.is_empty() {
            continue;
        }
        ui.add_space(8.0);
        ui.label(RichText::new(g.title()).size(BODY + 3.0).strong());
        for s in specs {
            egui::Frame::group(ui.style())
                .inner_margin(egui::Margin::symmetric(10, 6))
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.horizontal_wrapped(|ui| {
                        ui.label(RichText::new(card_title(s)).size(BODY + 1.0).strong());
                        ui.label(RichText::new(format!("key {}", s.key)).monospace().weak());
                    });
                    ui.add(egui::Label::new(RichText::new(s.help).size(BODY)).wrap());
                    let unit = match (s.kind, s.scale) {
                        (Kind::Switch, _) => "on or off".to_string(),
                        (_, Scale::Percent) => format!("{} (a fraction in files)", s.unit),
                        (_, _) if s.unit.is_empty() => "a pure number".to_string(),
                        _ => s.unit.to_string(),
                    };
                    let facts = if s.kind == Kind::Switch {
                        format!("Unit: {unit} · default {}", s.format_display(s.default))
                    } else {
                        format!(
                            "Unit: {unit} · default {} · slider {} · valid {} · {}",
                            s.format_display(s.default),
                            s.slider_display_text(),
                            s.valid_display_text(),
                            if s.uncertain {
                                "Monte Carlo draws it over the slider range"
                            } else {
                                "held as set in Monte Carlo"
                            }
                        )
                    };
                    ui.add(egui::Label::new(RichText::new(facts).size(BODY - 1.0)).wrap());
                    ui.add(
                        egui::Label::new(
                            RichText::new(format!("Source: {}", s.source))
                                .size(BODY - 1.0)
                                .italics()
                                .color(source_color(ui)),
                        )
                        .wrap(),
                    );
                });
        }
    }
}

/// "Host stake (s)"; parameters without a symbol in the equations go by their label.
pub fn card_title(s: &crate::core::params::ParamSpec) -> String {
    if s.symbol == "—" {
        s.label.to_string()
    } else {
        format!("{} ({})", s.label, s.symbol)
    }
}

fn source_color(ui: &Ui) -> Color32 {
    ui.visuals().weak_text_color()
}
