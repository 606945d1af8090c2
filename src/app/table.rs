//! The yearly numbers with the profit breakdown by source, and their tab-separated copy.

use std::fmt::Write as _;

use eframe::egui::{self, RichText, Ui};

use super::commands::Command;
use crate::core::analysis::cumulative;
use crate::core::model::{Outcome, Partner, Source};

/// Column headers after "year", per partner.
fn headers(name: &str) -> Vec<String> {
    let mut h = vec![
        format!("{name}: profit"),
        "no deal".to_string(),
        "gain".to_string(),
        "cumulative".to_string(),
    ];
    h.extend(Source::ALL.iter().map(|s| s.label().to_string()));
    h.push("tech".to_string());
    h.push("tech, no deal".to_string());
    h
}

fn row(o: &Outcome, who: Partner, t: usize) -> Vec<f64> {
    let d = o.deal.partner(who);
    let b = o.no_deal.partner(who);
    let cum = cumulative(&d.profit, o.deal.years);
    let mut r = vec![d.profit[t], b.profit[t], d.profit[t] - b.profit[t], cum[t]];
    r.extend(Source::ALL.iter().map(|&s| d.source(s)[t]));
    r.push(d.tech[t]);
    r.push(b.tech[t]);
    r
}

/// The table as tab-separated text with a header line: paste it into a spreadsheet.
pub fn yearly_tsv(o: &Outcome, host: &str, entrant: &str) -> String {
    let mut out = String::from("year");
    for (name, _) in [(host, Partner::Host), (entrant, Partner::Entrant)] {
        for h in headers(name) {
            let _ = write!(out, "\t{h}");
        }
    }
    out.push('\n');
    for t in 0..o.deal.years {
        let _ = write!(out, "{}", o.deal.year(t));
        for who in Partner::ALL {
            for v in row(o, who, t) {
                let _ = write!(out, "\t{v:.4}");
            }
        }
        out.push('\n');
    }
    out
}

pub fn table_ui(ui: &mut Ui, o: &Outcome, host: &str, entrant: &str, out: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        ui.label("Profit in US$ B per year, by source; technology as an index.");
        if ui
            .button("Copy as tab-separated text")
            .on_hover_text("Copies both partners' tables; paste them into a spreadsheet")
            .clicked()
        {
            out.push(Command::CopyTable);
        }
    });
    // One table per partner, one above the other, so each fits the width of the window.
    egui::ScrollArea::both()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for (who, name) in [(Partner::Host, host), (Partner::Entrant, entrant)] {
                ui.add_space(6.0);
                ui.label(RichText::new(name).heading());
                egui::Grid::new(("yearly_table", who.key()))
                    .striped(true)
                    .spacing([14.0, 4.0])
                    .show(ui, |ui| {
                        ui.label(RichText::new("year").strong());
                        for (i, h) in headers(name).into_iter().enumerate() {
                            // The first header carries the partner's name; the heading says it.
                            let h = if i == 0 { "profit".to_string() } else { h };
                            ui.label(RichText::new(h).strong());
                        }
                        ui.end_row();
                        for t in 0..o.deal.years {
                            ui.label(o.deal.year(t).to_string());
                            let r = row(o, who, t);
                            let techs = r.len() - 2;
                            for (i, v) in r.into_iter().enumerate() {
                                let text = if i >= techs {
                                    format!("{v:.3}")
                                } else {
                                    super::style::money(v)
                                };
                                ui.with_layout(
                                    egui::Layout::right_to_left(egui::Align::Center),
                                    |ui| {
                                        ui.label(text);
                                    },
                                );
                            }
                            ui.end_row();
                        }
                    });
            }
        });
}
