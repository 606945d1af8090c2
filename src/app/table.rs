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
            .on_hover_text("Copies the whole table; paste it into a spreadsheet")
            .clicked()
        {
            out.push(Command::CopyTable);
        }
    });
    egui::ScrollArea::both()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            egui::Grid::new("yearly_table")
                .striped(true)
                .spacing([14.0, 4.0])
                .show(ui, |ui| {
                    ui.label(RichText::new("year").strong());
                    for name in [host, entrant] {
                        for h in headers(name) {
                            ui.label(RichText::new(h).strong());
                        }
                    }
                    ui.end_row();
                    for t in 0..o.deal.years {
                        ui.label(o.deal.year(t).to_string());
                        for who in Partner::ALL {
                            let r = row(o, who, t);
                            let last = r.len() - 1;
                            for (i, v) in r.into_iter().enumerate() {
                                let text = if i >= last - 1 {
                                    format!("{v:.3}")
                                } else {
                                    format!("{v:.2}")
                                };
                                ui.with_layout(
                                    egui::Layout::right_to_left(egui::Align::Center),
                                    |ui| {
                                        ui.label(text);
                                    },
                                );
                            }
                        }
                        ui.end_row();
                    }
                });
        });
}
