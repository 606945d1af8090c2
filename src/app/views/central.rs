//! The central area: key figures, the tabs, and presentation slides.

use eframe::egui::{self, RichText, Ui};

use crate::app::JvApp;
use crate::app::shell::commands::{Command, Tab};
use crate::app::shell::style::Palette;
use crate::app::views::{
    charts, dealmap, figures, montecarlo, presentation, scenarios, sensitivity, table,
};

impl JvApp {
    /// The status bar along the bottom: the last problem (until dismissed) or confirmation. One
    /// line high whatever it says, so nothing above it moves; a long message opens in full.
    pub(crate) fn status_ui(&self, ui: &mut Ui, out: &mut Vec<Command>) {
        let palette = self.palette();
        ui.horizontal(|ui| {
            ui.set_height(ui.spacing().interact_size.y);
            if let Some(e) = &self.error {
                let (rect, _) =
                    ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
                ui.painter().circle_filled(rect.center(), 5.0, palette.loss);
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui.button("Dismiss").clicked() {
                        out.push(Command::DismissError);
                    }
                    if ui
                        .button("Details")
                        .on_hover_text("The whole message, to read or copy")
                        .clicked()
                    {
                        out.push(Command::ShowErrorDetails);
                    }
                    ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                        ui.add(
                            egui::Label::new(
                                RichText::new(e).color(ui.visuals().strong_text_color()),
                            )
                            .truncate(),
                        );
                    });
                });
            } else if let Some(n) = &self.notice {
                ui.add(egui::Label::new(RichText::new(n).weak()).truncate());
            }
        });
    }

    pub(crate) fn central_ui(&self, ui: &mut Ui, out: &mut Vec<Command>) {
        let palette = self.palette();
        let o = &self.live.outcome;
        let deal = &self.doc.deal;
        figures::figures_ui(
            ui,
            &self.live.summary,
            (&deal.host, &deal.entrant),
            o.deal.year(o.deal.years - 1),
            &palette,
        );
        ui.horizontal(|ui| {
            for tab in Tab::ALL {
                if ui
                    .selectable_label(self.prefs.tab == tab, tab.label())
                    .clicked()
                {
                    out.push(Command::ShowTab(tab));
                }
            }
        });
        ui.separator();
        match self.prefs.tab {
            Tab::Charts => {
                let overlays = self.overlays();
                charts::charts_ui(
                    ui,
                    o,
                    &charts::Names {
                        host: &deal.host,
                        entrant: &deal.entrant,
                        overlays: &overlays,
                        still: false,
                    },
                    &palette,
                );
            }
            Tab::Table => table::table_ui(ui, o, &deal.host, &deal.entrant, out),
            Tab::Compare => {
                scenarios::comparison_ui(ui, deal, o, &self.scenarios, &palette, true, out)
            }
            Tab::DealMap | Tab::Sensitivity | Tab::MonteCarlo => {}
        }
    }

    pub(crate) fn presentation_ui(&mut self, ui: &mut Ui, out: &mut Vec<Command>) {
        let Some(p) = self.presenting.clone() else {
            return;
        };
        let palette = Palette::for_theme(false);
        let deal = self.doc.deal.clone();
        let caption = format!("{} — {}", deal.name, deal.terms_caption());
        let slides = presentation::slides(self.scenarios.len());
        let slide = slides[p.slide.min(slides.len() - 1)];
        let beta = deal.params.bargaining_power;
        let nash = if slide == presentation::Slide::DealMap {
            self.analyses.nash(beta)
        } else {
            None
        };
        let tornado = if slide == presentation::Slide::Tornado {
            Some(self.analyses.tornado(&deal.params).clone())
        } else {
            None
        };
        let o = self.live.outcome.clone();
        let summary = self.live.summary;
        let pinned = self.pinned_markers();
        let goal = self
            .analyses
            .goal
            .latest()
            .map(|(_, g)| (g.clone(), self.analyses.goal_is_current(&deal.params)));
        let analyses = &self.analyses;
        let texture = &mut self.map_texture;
        let mode = self.prefs.map_mode;
        let scenarios = &self.scenarios;
        presentation::slide_ui(
            ui,
            &p,
            slide,
            slides.len(),
            &caption,
            &deal,
            out,
            |ui, out| {
                let overlays: Vec<charts::Overlay<'_>> = scenarios
                    .iter()
                    .map(|s| charts::Overlay {
                        name: &s.deal.name,
                        outcome: &s.outcome,
                    })
                    .collect();
                let names = charts::Names {
                    host: &deal.host,
                    entrant: &deal.entrant,
                    overlays: &overlays,
                    still: true,
                };
                let years = charts::years_of(&o);
                match slide {
                    presentation::Slide::KeyFigures => {
                        figures::figures_slide(
                            ui,
                            &summary,
                            (&deal.host, &deal.entrant),
                            o.deal.year(o.deal.years - 1),
                            &palette,
                        );
                        // Fill the slide so the footer sits at the bottom.
                        ui.allocate_space(ui.available_size());
                    }
                    presentation::Slide::Profit
                    | presentation::Slide::CumulativeProfit
                    | presentation::Slide::Technology => {
                        let text = ui.visuals().text_color();
                        let with_jv = slide == presentation::Slide::Technology;
                        let entries = charts::legend_entries(&names, &palette, text, with_jv);
                        crate::app::views::legend::legend_ui(ui, &entries);
                        match slide {
                            presentation::Slide::Technology => {
                                charts::tech_chart(ui, &o, &names, &palette, &years);
                            }
                            _ => {
                                let cumulated = slide == presentation::Slide::CumulativeProfit;
                                charts::profit_chart(ui, &o, &names, &palette, &years, cumulated);
                            }
                        }
                    }
                    presentation::Slide::DealMap => {
                        let view = dealmap::MapView {
                            params: &deal.params,
                            mode,
                            current: analyses.map_is_current(&deal.params),
                            nash,
                            goal,
                            zone_points: analyses
                                .grid
                                .latest()
                                .map(|(_, g)| (g.zone_count(), g.cells.len())),
                            host: &deal.host,
                            entrant: &deal.entrant,
                            pinned: pinned.clone(),
                            still: true,
                        };
                        dealmap::deal_map_ui(ui, &view, texture, analyses, &palette, out);
                    }
                    presentation::Slide::Tornado => {
                        if let Some(t) = &tornado {
                            sensitivity::tornado_slide(ui, t, &deal.host, &deal.entrant, &palette);
                        }
                    }
                    presentation::Slide::MonteCarlo => {
                        let view = montecarlo::McView {
                            bands: analyses.mc.latest().map(|(_, b)| b),
                            current: analyses.mc_is_current(&deal.params),
                            live: &o,
                            host: &deal.host,
                            entrant: &deal.entrant,
                            still: true,
                        };
                        montecarlo::montecarlo_ui(ui, &view, &palette);
                    }
                    presentation::Slide::Comparison => {
                        scenarios::comparison_ui(ui, &deal, &o, scenarios, &palette, false, out);
                    }
                }
            },
        );
    }

    pub(crate) fn pinned_markers(&self) -> Vec<(String, f64, f64)> {
        self.scenarios
            .iter()
            .map(|s| {
                (
                    s.deal.name.clone(),
                    s.deal.params.host_stake,
                    s.deal.params.tech_share,
                )
            })
            .collect()
    }

    pub(crate) fn overlays(&self) -> Vec<charts::Overlay<'_>> {
        self.scenarios
            .iter()
            .map(|s| charts::Overlay {
                name: &s.deal.name,
                outcome: &s.outcome,
            })
            .collect()
    }

    /// The analysis tabs, which keep caches and so need the app mutably.
    pub(crate) fn analysis_ui(&mut self, ui: &mut Ui, out: &mut Vec<Command>) {
        let palette = self.palette();
        let p = self.doc.deal.params;
        let (host, entrant) = (self.doc.deal.host.clone(), self.doc.deal.entrant.clone());
        match self.prefs.tab {
            Tab::DealMap => {
                let nash = self.analyses.nash(p.bargaining_power);
                let goal = self
                    .analyses
                    .goal
                    .latest()
                    .map(|(_, g)| (g.clone(), self.analyses.goal_is_current(&p)));
                let zone_points = self
                    .analyses
                    .grid
                    .latest()
                    .map(|(_, g)| (g.zone_count(), g.cells.len()));
                let view = dealmap::MapView {
                    params: &p,
                    mode: self.prefs.map_mode,
                    current: self.analyses.map_is_current(&p),
                    nash,
                    goal,
                    zone_points,
                    host: &host,
                    entrant: &entrant,
                    pinned: self.pinned_markers(),
                    still: false,
                };
                self.map_transform = dealmap::deal_map_ui(
                    ui,
                    &view,
                    &mut self.map_texture,
                    &self.analyses,
                    &palette,
                    out,
                );
            }
            Tab::Sensitivity => {
                let t = self.analyses.tornado(&p);
                sensitivity::tornado_ui(ui, t, &host, &entrant, &palette);
            }
            Tab::MonteCarlo => {
                let view = montecarlo::McView {
                    bands: self.analyses.mc.latest().map(|(_, b)| b),
                    current: self.analyses.mc_is_current(&p),
                    live: &self.live.outcome,
                    host: &host,
                    entrant: &entrant,
                    still: false,
                };
                montecarlo::montecarlo_ui(ui, &view, &palette);
            }
            Tab::Charts | Tab::Table | Tab::Compare => {}
        }
    }
}
