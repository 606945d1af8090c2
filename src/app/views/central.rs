//! The central area: key figures, the tabs, and presentation slides.

use eframe::egui::{self, RichText, Ui};

use crate::app::JvApp;
use crate::app::shell::commands::{Command, Tab};
use crate::app::shell::style::Palette;
use crate::app::views::presentation::Slide;
use crate::app::views::scenarios::Scenario;
use crate::app::views::{
    charts, dealmap as map_view, figures, legend, montecarlo as mc_view, presentation, scenarios,
    sensitivity, table,
};
use crate::figure::{self, Chart, Pin, dealmap, montecarlo, profit, technology};

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
            Tab::Charts => charts::charts_ui(ui, deal, o, &pins(&self.scenarios), &palette),
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
        // Slides are light whatever the window's theme.
        let palette = Palette::for_theme(false);
        let deal = self.doc.deal.clone();
        let slides = presentation::slides(self.scenarios.len());
        let slide = slides[p.slide.min(slides.len() - 1)];
        let tornado = if slide == Slide::Chart(Chart::Tornado) {
            Some(self.analyses.tornado(&deal.params).clone())
        } else {
            None
        };
        let o = &self.live.outcome;
        let summary = self.live.summary;
        let goal = self
            .analyses
            .goal
            .latest()
            .map(|(_, g)| (g.clone(), self.analyses.goal_is_current(&deal.params)));
        let analyses = &self.analyses;
        let texture = &mut self.map_texture;
        let mode = self.prefs.map_mode;
        let scenarios = &self.scenarios;
        let pins = pins(scenarios);
        presentation::slide_ui(
            ui,
            &p,
            slide,
            slides.len(),
            &figure::caption(&deal),
            &deal,
            out,
            |ui, out| match slide {
                Slide::KeyFigures => {
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
                Slide::Chart(c @ (Chart::Profit | Chart::CumulativeProfit | Chart::Technology)) => {
                    let fig = if c == Chart::Technology {
                        technology::figure(&deal, o, &pins)
                    } else {
                        profit::figure(&deal, o, c == Chart::CumulativeProfit, &pins)
                    };
                    legend::legend_ui(ui, &fig.legend, &palette);
                    charts::chart_ui(ui, &fig, &palette, true);
                }
                Slide::Chart(Chart::DealMap) => {
                    let grid = analyses.grid.latest().map(|(_, g)| g);
                    let fig = dealmap::figure(&deal, grid, mode, &pins);
                    let view = map_view::MapView {
                        figure: &fig,
                        generation: analyses.grid.shown_generation(),
                        params: &deal.params,
                        mode,
                        current: analyses.map_is_current(&deal.params),
                        goal,
                        host: &deal.host,
                        entrant: &deal.entrant,
                        still: true,
                    };
                    map_view::deal_map_ui(ui, &view, texture, &palette, out);
                }
                Slide::Chart(Chart::Tornado) => {
                    if let Some(t) = &tornado {
                        let fig = figure::tornado::figure(&deal, t);
                        sensitivity::tornado_slide(ui, &fig, &palette);
                    }
                }
                Slide::Chart(Chart::MonteCarlo) => {
                    let fig = analyses
                        .mc
                        .latest()
                        .map(|(_, b)| montecarlo::figure(&deal, b, o));
                    let view = mc_view::McView {
                        figure: fig.as_ref(),
                        current: analyses.mc_is_current(&deal.params),
                        still: true,
                    };
                    mc_view::montecarlo_ui(ui, &view, &palette);
                }
                Slide::Comparison => {
                    scenarios::comparison_ui(ui, &deal, o, scenarios, &palette, false, out);
                }
            },
        );
    }

    /// The analysis tabs, which keep caches and so need the app mutably.
    pub(crate) fn analysis_ui(&mut self, ui: &mut Ui, out: &mut Vec<Command>) {
        let palette = self.palette();
        let deal = &self.doc.deal;
        let p = deal.params;
        match self.prefs.tab {
            Tab::DealMap => {
                let grid = self.analyses.grid.latest().map(|(_, g)| g);
                let fig = dealmap::figure(deal, grid, self.prefs.map_mode, &pins(&self.scenarios));
                let goal = self
                    .analyses
                    .goal
                    .latest()
                    .map(|(_, g)| (g.clone(), self.analyses.goal_is_current(&p)));
                let view = map_view::MapView {
                    figure: &fig,
                    generation: self.analyses.grid.shown_generation(),
                    params: &p,
                    mode: self.prefs.map_mode,
                    current: self.analyses.map_is_current(&p),
                    goal,
                    host: &deal.host,
                    entrant: &deal.entrant,
                    still: false,
                };
                self.map_transform =
                    map_view::deal_map_ui(ui, &view, &mut self.map_texture, &palette, out);
            }
            Tab::Sensitivity => {
                let fig = figure::tornado::figure(deal, self.analyses.tornado(&p));
                sensitivity::tornado_ui(ui, &fig, &palette);
            }
            Tab::MonteCarlo => {
                let fig = self
                    .analyses
                    .mc
                    .latest()
                    .map(|(_, b)| montecarlo::figure(deal, b, &self.live.outcome));
                let view = mc_view::McView {
                    figure: fig.as_ref(),
                    current: self.analyses.mc_is_current(&p),
                    still: false,
                };
                mc_view::montecarlo_ui(ui, &view, &palette);
            }
            Tab::Charts | Tab::Table | Tab::Compare => {}
        }
    }
}

/// The pinned scenarios as the figures draw them.
fn pins(scenarios: &[Scenario]) -> Vec<Pin<'_>> {
    scenarios
        .iter()
        .map(|s| Pin {
            deal: &s.deal,
            outcome: &s.outcome,
        })
        .collect()
}
