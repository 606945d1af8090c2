//! Pinned scenarios: up to four deals kept beside the live one, overlaid on the charts, marked on
//! the deal map, compared in a table and saved together as a deal book.

use eframe::egui::{self, RichText, Ui};

use crate::app::shell::commands::Command;
use crate::app::shell::style::{Palette, money, signed_money};
use crate::core::compare::{ScenarioFigures, differing, figures_of};
use crate::core::dealfile::Deal;
use crate::core::model::{Outcome, simulate};

/// Most scenarios pinned beside the live deal.
pub const MAX_PINNED: usize = 4;

pub struct Scenario {
    pub deal: Deal,
    pub outcome: Outcome,
}

impl Scenario {
    pub fn new(deal: Deal) -> Scenario {
        let outcome = simulate(&deal.params);
        Scenario { deal, outcome }
    }
}

/// The live deal in the comparison: the deal, its simulation (already run) and its chance both
/// gain once the background work has it.
pub struct Live<'a> {
    pub deal: &'a Deal,
    pub outcome: &'a Outcome,
    pub chance: Option<f64>,
}

/// The comparison: the live deal first, then each pinned scenario; key figures, then only the
/// parameters that differ. Nothing is simulated here; each pin's chance both gain comes from the
/// background work (`pin_chances`, in pin order) once it is there.
pub fn comparison_ui(
    ui: &mut Ui,
    live: &Live<'_>,
    pinned: &[Scenario],
    pin_chances: &[Option<f64>],
    palette: &Palette,
    editable: bool,
    out: &mut Vec<Command>,
) {
    let mut deals: Vec<&Deal> = vec![live.deal];
    deals.extend(pinned.iter().map(|s| &s.deal));
    let live_figures = figures_of(live.deal, live.outcome);
    let mut figs: Vec<ScenarioFigures> = vec![match live.chance {
        Some(c) => live_figures.with_chance(c),
        None => live_figures,
    }];
    figs.extend(pinned.iter().zip(pin_chances).map(|(s, chance)| {
        let f = figures_of(&s.deal, &s.outcome);
        match chance {
            Some(c) => f.with_chance(*c),
            None => f,
        }
    }));
    let diff = differing(&deals);
    if editable {
        pin_row(ui, pinned.len(), out);
    }
    comparison_grid(ui, live.deal, &figs, &diff, palette, editable, out);
}

fn pin_row(ui: &mut Ui, pinned: usize, out: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        let can_pin = pinned < MAX_PINNED;
        if ui
            .add_enabled(can_pin, egui::Button::new("Pin the live deal"))
            .on_hover_text(format!(
                "Keep a copy of the live deal to compare with (up to {MAX_PINNED})"
            ))
            .clicked()
        {
            out.push(Command::PinScenario);
        }
        ui.label(
            RichText::new(
                "Pinned deals are drawn dotted on the charts and marked on the deal map.",
            )
            .weak(),
        );
    });
    ui.add_space(6.0);
}

/// The key figures of each deal, then the parameters that differ; on a slide (`editable`
/// false) the names are not fields and there is nothing to unpin.
fn comparison_grid(
    ui: &mut Ui,
    live: &Deal,
    figs: &[ScenarioFigures],
    diff: &[(crate::core::params::Key, Vec<f64>)],
    palette: &Palette,
    editable: bool,
    out: &mut Vec<Command>,
) {
    // The columns share the width: names and figures get room whatever the window's size.
    let label_width = 230.0;
    let spacing = 16.0;
    let columns = figs.len() as f32;
    let col_width = ((ui.available_width() - label_width - spacing * (columns + 1.0) - 12.0)
        / columns)
        .clamp(150.0, 360.0);
    egui::ScrollArea::both()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            egui::Grid::new("comparison")
                .striped(true)
                .min_col_width(col_width)
                .max_col_width(col_width.max(label_width))
                .spacing([spacing, 6.0])
                .show(ui, |ui| {
                    ui.label("");
                    for (i, f) in figs.iter().enumerate() {
                        ui.vertical(|ui| {
                            ui.set_width(col_width);
                            if i == 0 {
                                ui.label(RichText::new(format!("{} (live)", f.name)).strong());
                                ui.label(RichText::new("solid and dashed lines").weak());
                                return;
                            }
                            let caption = ui.label(RichText::new(format!("Scenario {i}")).weak());
                            ui.horizontal_top(|ui| {
                                let (r, _) = ui.allocate_exact_size(
                                    egui::vec2(14.0, 14.0),
                                    egui::Sense::hover(),
                                );
                                crate::app::views::legend::marker(
                                    ui,
                                    r.center(),
                                    6.0,
                                    crate::figure::pin_shape(i - 1),
                                    ui.visuals().text_color(),
                                );
                                if !editable {
                                    ui.add(
                                        egui::Label::new(RichText::new(&f.name).strong()).wrap(),
                                    );
                                    return;
                                }
                                let mut name = f.name.clone();
                                let edit = ui
                                    .add(
                                        egui::TextEdit::singleline(&mut name)
                                            .desired_width(col_width - 24.0)
                                            .font(egui::TextStyle::Body),
                                    )
                                    .labelled_by(caption.id)
                                    .on_hover_text(format!("{}\n(click to edit the name)", f.name));
                                if edit.changed() {
                                    out.push(Command::RenameScenario(i - 1, name));
                                }
                            });
                            if editable && ui.small_button("Unpin").clicked() {
                                out.push(Command::UnpinScenario(i - 1));
                            }
                        });
                    }
                    ui.end_row();
                    let row =
                        |ui: &mut Ui, label: &str, cell: &dyn Fn(&ScenarioFigures) -> RichText| {
                            ui.scope(|ui| {
                                ui.set_max_width(label_width);
                                ui.add(egui::Label::new(label).wrap());
                            });
                            for f in figs {
                                ui.label(cell(f));
                            }
                            ui.end_row();
                        };
                    row(ui, "In the deal zone", &|f| {
                        RichText::new(if f.in_deal_zone { "yes" } else { "no" })
                            .color(palette.signed(if f.in_deal_zone { 1.0 } else { -1.0 }))
                    });
                    row(ui, &format!("{}: NPV, US$ B", live.host), &|f| {
                        RichText::new(money(f.host_npv))
                    });
                    row(ui, &format!("{}: gain", live.host), &|f| {
                        RichText::new(signed_money(f.host_gain)).color(palette.signed(f.host_gain))
                    });
                    row(ui, &format!("{}: NPV, US$ B", live.entrant), &|f| {
                        RichText::new(money(f.entrant_npv))
                    });
                    row(ui, &format!("{}: gain", live.entrant), &|f| {
                        RichText::new(signed_money(f.entrant_gain))
                            .color(palette.signed(f.entrant_gain))
                    });
                    let year = |y: Option<u32>| y.map_or("never".to_string(), |y| y.to_string());
                    row(ui, &format!("{}: ahead of no deal from", live.host), &|f| {
                        RichText::new(year(f.host_payback_year))
                    });
                    row(
                        ui,
                        &format!("{}: ahead of no deal from", live.entrant),
                        &|f| RichText::new(year(f.entrant_payback_year)),
                    );
                    row(ui, &format!("{}: technology gain", live.host), &|f| {
                        RichText::new(format!("{:+.3}", f.host_tech_gain))
                    });
                    row(ui, "Host country: national gain, US$ B", &|f| {
                        RichText::new(signed_money(f.nation_gain))
                            .color(palette.signed(f.nation_gain))
                    });
                    row(ui, "Chance both partners gain", &|f| {
                        RichText::new(f.p_zone.map_or("computing…".to_string(), |p| {
                            format!("{:.0} %", p * 100.0)
                        }))
                    });
                    ui.label(RichText::new("Parameters that differ").strong());
                    ui.end_row();
                    if diff.is_empty() {
                        ui.label(RichText::new("none").weak());
                        ui.end_row();
                    }
                    for (k, values) in diff {
                        let s = k.spec();
                        ui.label(s.label);
                        for &v in values {
                            ui.label(s.format_display(v));
                        }
                        ui.end_row();
                    }
                });
        });
}
