//! The central area: key figures, the tabs, and presentation slides.

use eframe::egui::{self, RichText, Ui};

use crate::app::JvApp;
use crate::app::shell::commands::{Command, Tab};
use crate::app::shell::style::Palette;
use crate::app::views::presentation::Slide;
use crate::app::views::scenarios::Scenario;
use crate::app::views::{
    charts, dealmap as map_view, figures, legend, montecarlo as mc_view, nation as nation_view,
    presentation, scenarios, sensitivity, table,
};
use crate::app::work::analyses::Analyses;
use crate::core::dealfile::Deal;
use crate::core::goalseek::GoalSeek;
use crate::core::params::Params;
use crate::figure::dealmap::{MapData, MapMode};
use crate::figure::{self, Chart, Pin, dealmap, montecarlo, nation, profit, technology};

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
        figures::figures_ui(ui, &self.key_figures(), &palette);
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
            Tab::Nation => {
                let fig = nation::figure(deal, o, &pins(&self.scenarios));
                nation_view::nation_ui(ui, &fig, &palette, false);
            }
            Tab::Table => table::table_ui(ui, o, &deal.host, &deal.entrant, out),
            Tab::Compare => {
                let live = scenarios::Live {
                    deal,
                    outcome: o,
                    chance: self.live_chance(),
                };
                let chances = self.pin_chances();
                scenarios::comparison_ui(ui, &live, &self.scenarios, &chances, &palette, true, out)
            }
            Tab::DealMap | Tab::Sensitivity | Tab::MonteCarlo => {}
        }
    }

    /// The chance both gain at the live deal, once computed for its terms.
    fn live_chance(&self) -> Option<f64> {
        self.analyses
            .chance_here(&self.doc.deal.params)
            .filter(|&(_, _, current)| current)
            .map(|(c, _, _)| c)
    }

    /// Each pinned deal's chance both gain, in pin order, where the background work has it.
    fn pin_chances(&self) -> Vec<Option<f64>> {
        self.scenarios
            .iter()
            .map(|s| self.analyses.pin_chance(&s.deal.params))
            .collect()
    }

    /// What the key figures show, strip or slide.
    fn key_figures(&self) -> figures::KeyFigures<'_> {
        let o = &self.live.outcome;
        let deal = &self.doc.deal;
        figures::KeyFigures {
            summary: &self.live.summary,
            nation: &self.live.nation,
            names: (&deal.host, &deal.entrant),
            last_year: o.deal.year(o.deal.years - 1),
            chance: self.analyses.chance_here(&deal.params),
            nest: deal.params.jv_nest,
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
        let nation = self.live.nation;
        let live_chance = self.live_chance();
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
                    let key = figures::KeyFigures {
                        summary: &summary,
                        nation: &nation,
                        names: (&deal.host, &deal.entrant),
                        last_year: o.deal.year(o.deal.years - 1),
                        chance: analyses.chance_here(&deal.params),
                        nest: deal.params.jv_nest,
                    };
                    figures::figures_slide(ui, &key, &palette);
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
                Slide::Chart(Chart::Nation) => {
                    let fig = nation::figure(&deal, o, &pins);
                    nation_view::nation_ui(ui, &fig, &palette, true);
                }
                Slide::Chart(c @ (Chart::DealMap | Chart::RobustMap)) => {
                    // The deal map slide keeps the tab's gain colouring; the robust map's is the
                    // chance.
                    let mode = match (c, mode) {
                        (Chart::RobustMap, _) => MapMode::Chance,
                        (_, MapMode::Chance) => MapMode::Host,
                        (_, m) => m,
                    };
                    let fig = dealmap::figure(&deal, map_data(analyses, &deal.params), mode, &pins);
                    let mut view = map_view(analyses, &fig, &deal, mode, goal, true);
                    view.modes = if c == Chart::RobustMap {
                        &[]
                    } else {
                        &MapMode::GAINS
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
                    let live = scenarios::Live {
                        deal: &deal,
                        outcome: o,
                        chance: live_chance,
                    };
                    let chances: Vec<Option<f64>> = scenarios
                        .iter()
                        .map(|s| analyses.pin_chance(&s.deal.params))
                        .collect();
                    scenarios::comparison_ui(ui, &live, scenarios, &chances, &palette, false, out);
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
                let mode = self.prefs.map_mode;
                let data = map_data(&self.analyses, &p);
                let fig = dealmap::figure(deal, data, mode, &pins(&self.scenarios));
                let goal = self
                    .analyses
                    .goal
                    .latest()
                    .map(|(_, g)| (g.clone(), self.analyses.goal_is_current(&p)));
                let view = map_view(&self.analyses, &fig, deal, mode, goal, false);
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
            Tab::Charts | Tab::Nation | Tab::Table | Tab::Compare => {}
        }
    }
}

/// What the deal map is drawn from, as far as it is computed.
fn map_data<'a>(analyses: &'a Analyses, p: &Params) -> MapData<'a> {
    MapData {
        grid: analyses.grid.latest().map(|(_, g)| g),
        robust: analyses.robust.latest(),
        chance_here: analyses
            .chance_here(p)
            .filter(|&(_, _, current)| current)
            .map(|(c, draws, _)| (c, draws)),
    }
}

/// The deal map's view of `fig`: the texture's generation, whether it is current, and what the
/// toolbar says, from the analysis the colouring needs.
fn map_view<'a>(
    analyses: &Analyses,
    fig: &'a figure::Figure,
    deal: &'a Deal,
    mode: MapMode,
    goal: Option<(GoalSeek, bool)>,
    still: bool,
) -> map_view::MapView<'a> {
    let p = &deal.params;
    let grid = analyses.grid.latest().map(|(_, g)| g);
    let (generation, current, robust) = if mode == MapMode::Chance {
        let status = analyses.robust.status(p);
        (
            analyses.robust.maps.shown_generation(),
            status.current,
            Some(status),
        )
    } else {
        (
            analyses.grid.shown_generation(),
            analyses.map_is_current(p),
            None,
        )
    };
    map_view::MapView {
        figure: fig,
        generation,
        params: p,
        mode,
        modes: &MapMode::ALL,
        current,
        counts: grid.map(|g| (g.zone_count(), g.three_party_zone_count(), g.cells.len())),
        robust,
        goal,
        host: &deal.host,
        entrant: &deal.entrant,
        still,
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
