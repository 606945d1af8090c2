//! The yearly numbers with the profit breakdown by source; their columns and the
//! tab-separated copy come from `report::yearly`.

use eframe::egui::{self, RichText, Ui};

use crate::app::shell::commands::Command;
use crate::core::model::{Outcome, Partner};
use crate::report::yearly::Column;

/// Height of a body row, and the widths of the year column and the narrowest value column.
const ROW: f32 = 22.0;
const YEAR_WIDTH: f32 = 46.0;
const MIN_COL: f32 = 70.0;

/// One partner's table at a time: the year column stays put when the figures scroll sideways,
/// and the headers stay put when they scroll down.
pub fn table_ui(ui: &mut Ui, o: &Outcome, host: &str, entrant: &str, out: &mut Vec<Command>) {
    let partner_id = egui::Id::unique("yearly_table_partner");
    let mut who: Partner =
        ui.data(|d| d.get_temp::<bool>(partner_id))
            .map_or(Partner::Host, |entrant| {
                if entrant {
                    Partner::Entrant
                } else {
                    Partner::Host
                }
            });
    ui.horizontal_wrapped(|ui| {
        for (p, name) in [(Partner::Host, host), (Partner::Entrant, entrant)] {
            if ui.selectable_label(who == p, name).clicked() {
                who = p;
            }
        }
        ui.label("· profit in US$ B per year, by source; technology as an index.");
        if ui
            .button("Copy as tab-separated text")
            .on_hover_text("Copies both partners' tables; paste them into a spreadsheet")
            .clicked()
        {
            out.push(Command::CopyTable);
        }
    });
    ui.data_mut(|d| d.insert_temp(partner_id, who == Partner::Entrant));
    ui.add_space(4.0);

    let columns = Column::table();
    // The first header carries no partner's name here; the switch above says it.
    let heads: Vec<String> = columns.iter().map(|c| c.label().to_string()).collect();
    let rows: Vec<(u32, Vec<String>)> = (0..o.deal.years)
        .map(|t| {
            let cells = columns
                .iter()
                .map(|c| {
                    let v = c.value(o, who, t);
                    if c.is_tech() {
                        format!("{v:.3}")
                    } else {
                        crate::app::shell::style::money(v)
                    }
                })
                .collect();
            (o.deal.year(t), cells)
        })
        .collect();

    let gap = 6.0;
    let columns = heads.len() as f32;
    let col = ((ui.available_width() - YEAR_WIDTH - 16.0) / columns - gap).max(MIN_COL);
    let line = ui.text_style_height(&egui::TextStyle::Body);
    let head_height = 3.0 * line + 6.0;
    let body_height = (ui.available_height() - head_height - 8.0).max(3.0 * ROW);
    let offset_id = egui::Id::unique(("yearly_table_offset", who.key()));
    let offset: egui::Vec2 = ui.data(|d| d.get_temp(offset_id)).unwrap_or_default();
    let stripe = ui.visuals().faint_bg_color;
    let hidden = egui::scroll_area::ScrollBarVisibility::AlwaysHidden;

    let cell = |ui: &mut Ui, width: f32, height: f32, text: RichText, right: bool| {
        let layout = if right {
            egui::Layout::right_to_left(egui::Align::Center)
        } else {
            egui::Layout::left_to_right(egui::Align::Center)
        };
        ui.allocate_ui_with_layout(egui::vec2(width, height), layout, |ui| {
            ui.set_min_size(egui::vec2(width, height));
            ui.add(egui::Label::new(text).wrap());
        });
    };
    let striped = |ui: &mut Ui, i: usize, width: f32| {
        if i % 2 == 1 {
            let r = egui::Rect::from_min_size(ui.cursor().min, egui::vec2(width, ROW));
            ui.painter().rect_filled(r, 0.0, stripe);
        }
    };

    ui.horizontal_top(|ui| {
        ui.spacing_mut().item_spacing = egui::vec2(gap, 0.0);
        // The year column: never scrolls sideways, follows the figures down.
        ui.vertical(|ui| {
            ui.set_width(YEAR_WIDTH);
            cell(
                ui,
                YEAR_WIDTH,
                head_height,
                RichText::new("year").strong(),
                false,
            );
            egui::ScrollArea::vertical()
                .id_salt(("years", who.key()))
                .max_height(body_height)
                .vertical_scroll_offset(offset.y)
                .scroll_source(egui::scroll_area::ScrollSource::NONE)
                .scroll_bar_visibility(hidden)
                .show(ui, |ui| {
                    for (i, (year, _)) in rows.iter().enumerate() {
                        striped(ui, i, YEAR_WIDTH);
                        cell(ui, YEAR_WIDTH, ROW, RichText::new(year.to_string()), false);
                    }
                });
        });
        ui.vertical(|ui| {
            let width = columns * (col + gap);
            // The headers: follow the figures sideways, never scroll down.
            egui::ScrollArea::horizontal()
                .id_salt(("heads", who.key()))
                .horizontal_scroll_offset(offset.x)
                .scroll_source(egui::scroll_area::ScrollSource::NONE)
                .scroll_bar_visibility(hidden)
                .show(ui, |ui| {
                    ui.horizontal_top(|ui| {
                        for h in &heads {
                            cell(ui, col, head_height, RichText::new(h).strong(), true);
                        }
                    });
                });
            let body = egui::ScrollArea::both()
                .id_salt(("body", who.key()))
                .max_height(body_height)
                .auto_shrink([false, true])
                .show(ui, |ui| {
                    for (i, (_, cells)) in rows.iter().enumerate() {
                        striped(ui, i, width);
                        ui.horizontal(|ui| {
                            for c in cells {
                                cell(ui, col, ROW, RichText::new(c), true);
                            }
                        });
                    }
                });
            if body.state.clamped_offset() != offset {
                ui.data_mut(|d| d.insert_temp(offset_id, body.state.clamped_offset()));
                ui.ctx().request_repaint();
            }
        });
    });
}
