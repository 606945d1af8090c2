//! Monte Carlo fan charts: bands of each partner's cumulative profit over the uncertain
//! parameters, with the probability that the partner gains over no deal.

use eframe::egui::{self, Color32, RichText, Ui};
use egui_plot::{FilledArea, Line, LineStyle, Plot, PlotPoints};

use crate::app::shell::style::{Palette, money, signed_money};
use crate::app::views::legend::{Entry, Swatch, legend_ui};
use crate::core::analysis::cumulative;
use crate::core::model::{Outcome, Partner};
use crate::core::montecarlo::{Bands, PartnerBands, uncertain_keys};

/// Band opacities: the outer band must stay visible on a dark background too.
pub fn band_alphas(dark: bool) -> (f32, f32) {
    if dark { (0.3, 0.5) } else { (0.18, 0.4) }
}

/// The deal as set, each partner's cumulative profit, drawn over the draws' bands.
fn as_set_color(ui: &Ui) -> Color32 {
    ui.visuals().strong_text_color()
}

/// What the Monte Carlo view shows.
pub struct McView<'a> {
    /// The newest bands, if any have been computed.
    pub bands: Option<&'a Bands>,
    /// Whether those bands are for the current parameters.
    pub current: bool,
    /// The live deal's run, drawn over the bands.
    pub live: &'a Outcome,
    pub host: &'a str,
    pub entrant: &'a str,
    /// On a slide: no crosshair under a resting mouse.
    pub still: bool,
}

pub fn montecarlo_ui(ui: &mut Ui, view: &McView<'_>, palette: &Palette) {
    let McView {
        bands,
        current,
        live,
        host,
        entrant,
        still,
    } = *view;
    let Some(b) = bands else {
        ui.label(RichText::new("Computing the draws…").italics());
        return;
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(format!(
            "{} Latin hypercube draws (seed {}) over the slider ranges of {} uncertain parameters; \
             deal terms and tariffs as set.",
            b.draws,
            b.seed,
            uncertain_keys().len()
        ));
        if !current {
            ui.label(RichText::new("updating…").italics().color(palette.loss));
        }
    })
    .response
    .on_hover_text(
        "Dark band: the middle half of the draws (25–75 %). Light band: 90 % of them (5–95 %). \
         Solid line: the median draw. Dashed: the median without the deal.",
    );
    let dark = ui.visuals().dark_mode;
    let (outer, inner) = band_alphas(dark);
    let neutral = ui.visuals().text_color();
    legend_ui(
        ui,
        &[
            Entry::new(
                vec![Swatch::Area(neutral.gamma_multiply(outer))],
                "5–95 % of draws",
            ),
            Entry::new(vec![Swatch::Area(neutral.gamma_multiply(inner))], "25–75 %"),
            Entry::new(vec![Swatch::Solid(neutral)], "median draw"),
            Entry::new(vec![Swatch::Dashed(neutral)], "median without the deal"),
            Entry::new(
                vec![Swatch::Marker(
                    egui_plot::MarkerShape::Circle,
                    as_set_color(ui),
                )],
                "the deal as set",
            )
            .hover("The live deal's own cumulative profit, as on the Charts tab"),
        ],
    );
    let avail = ui.available_size();
    let width = ((avail.x - ui.spacing().item_spacing.x) / 2.0).max(200.0);
    let years: Vec<f64> = b.years.iter().map(|&y| f64::from(y)).collect();
    ui.horizontal_top(|ui| {
        for (name, who, pb, color) in [
            (host, Partner::Host, &b.host, palette.host),
            (entrant, Partner::Entrant, &b.entrant, palette.entrant),
        ] {
            let n = live.deal.years.min(years.len());
            let as_set = cumulative(&live.deal.partner(who).profit, n);
            let as_set = &as_set[..n];
            ui.allocate_ui(egui::vec2(width, avail.y), |ui| {
                ui.vertical(|ui| {
                    ui.label(
                        RichText::new(format!(
                            "{name}: gains over no deal in {:.0} % of draws",
                            pb.p_gain * 100.0
                        ))
                        .strong()
                        .color(color),
                    );
                    // Two lines' room whatever the text, so both charts start at one height.
                    let line = ui.text_style_height(&egui::TextStyle::Body);
                    let room = egui::vec2(width, 2.0 * line + 4.0);
                    let top = egui::Layout::top_down(egui::Align::Min);
                    ui.allocate_ui_with_layout(room, top, |ui| {
                        ui.set_min_size(room);
                        if let (Some(&median), Some(&set), Some(&year)) =
                            (pb.p50.last(), as_set.last(), b.years.last())
                        {
                            ui.add(
                                egui::Label::new(format!(
                                    "By {year}: median draw {} US$ B, the deal as set {} \
                                     ({} from the median)",
                                    money(median),
                                    money(set),
                                    signed_money(set - median)
                                ))
                                .wrap(),
                            );
                        }
                    });
                    fan(
                        ui,
                        name,
                        &years,
                        pb,
                        as_set,
                        color,
                        (outer, inner),
                        as_set_color(ui),
                        still,
                    );
                });
            });
        }
    });
}

#[allow(clippy::too_many_arguments)]
fn fan(
    ui: &mut Ui,
    name: &str,
    years: &[f64],
    b: &PartnerBands,
    as_set: &[f64],
    color: egui::Color32,
    (outer, inner): (f32, f32),
    set_color: Color32,
    still: bool,
) {
    let line =
        |v: &[f64]| -> PlotPoints<'static> { years.iter().zip(v).map(|(&x, &y)| [x, y]).collect() };
    let plot = Plot::new(("fan", name))
        .height(ui.available_height())
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_drag(false)
        .allow_boxed_zoom(false)
        .y_axis_label("cumulative profit, US$ B")
        .x_grid_spacer(crate::app::views::charts::year_marks)
        .y_grid_spacer(crate::app::views::charts::value_marks)
        .y_axis_formatter(crate::app::views::charts::value_label)
        .custom_x_axes(vec![crate::app::views::charts::year_axis()]);
    crate::app::views::charts::still_plot(plot, still).show(ui, |p| {
        p.add(
            FilledArea::new("5–95 % of draws", years, &b.p5, &b.p95)
                .fill_color(color.gamma_multiply(outer)),
        );
        p.add(
            FilledArea::new("25–75 % of draws", years, &b.p25, &b.p75)
                .fill_color(color.gamma_multiply(inner)),
        );
        p.line(
            Line::new("median, deal", line(&b.p50))
                .color(color)
                .width(2.5),
        );
        p.line(
            Line::new("median, no deal", line(&b.no_deal_p50))
                .color(color.gamma_multiply(0.75))
                .width(1.5)
                .style(LineStyle::dashed_loose()),
        );
        p.line(
            Line::new("the deal as set", line(as_set))
                .color(set_color)
                .width(2.0),
        );
        p.points(
            egui_plot::Points::new("the deal as set", line(as_set))
                .color(set_color)
                .radius(3.0)
                .filled(true),
        );
    });
}
