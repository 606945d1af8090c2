//! Presentation mode: one chart per slide, large type, light theme, full screen where the window
//! system allows; the presenter can show a strip of the headline sliders and drag live.

use eframe::egui::{self, Key as EKey, RichText, Ui};

use crate::app::shell::commands::Command;
use crate::core::params::Key;
use crate::figure::Chart;

/// A slide: the key figures, one chart of the catalogue, or the scenarios side by side.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slide {
    KeyFigures,
    Chart(Chart),
    Comparison,
}

impl Slide {
    pub fn title(self) -> &'static str {
        match self {
            Slide::KeyFigures => "What the deal does to each side",
            Slide::Chart(c) => c.headline(),
            Slide::Comparison => "The scenarios side by side",
        }
    }
}

/// The slides of a presentation, in order: the key figures, every chart of the catalogue, and
/// the comparison only when there are scenarios to compare.
pub fn slides(pinned: usize) -> Vec<Slide> {
    let mut out = vec![Slide::KeyFigures];
    out.extend(Chart::ALL.map(Slide::Chart));
    if pinned > 0 {
        out.push(Slide::Comparison);
    }
    out
}

/// The state of a presentation under way.
#[derive(Clone, Debug, PartialEq)]
pub struct Presentation {
    pub slide: usize,
    pub show_sliders: bool,
    /// The zoom and tooltip delay to restore on leaving (the theme comes back from the
    /// preferences).
    pub zoom_before: f32,
    pub tooltip_delay_before: f32,
}

/// The headline sliders a presenter may drag live.
pub const HEADLINE: [Key; 3] = [Key::host_stake, Key::tech_share, Key::vehicle_tariff];

/// Zoom while presenting: the slide is laid out as if about 1,000 points wide whatever the screen,
/// so type is as large at 1920×1080 as at 1280×720, relative to the room.
pub fn zoom_for(width_at_zoom_one: f32) -> f32 {
    (width_at_zoom_one / 1000.0).clamp(1.2, 2.4)
}

/// Slide navigation from this frame's keys. Arrow keys move slides only when no widget has the
/// keyboard focus (a focused slider uses them itself); Page Up/Down always do.
pub fn navigation(ctx: &egui::Context) -> i32 {
    let focused = ctx.memory(|m| m.focused().is_some());
    ctx.input(|i| {
        let mut step = 0;
        if i.key_pressed(EKey::PageDown) {
            step += 1;
        }
        if i.key_pressed(EKey::PageUp) {
            step -= 1;
        }
        if !focused {
            if i.key_pressed(EKey::ArrowRight)
                || i.key_pressed(EKey::ArrowDown)
                || i.key_pressed(EKey::Space)
            {
                step += 1;
            }
            if i.key_pressed(EKey::ArrowLeft) || i.key_pressed(EKey::ArrowUp) {
                step -= 1;
            }
        }
        step
    })
}

/// The slide's frame: title, caption, the chart drawn by `chart`, and the footer. A click on
/// the slide's empty space moves to the next slide.
#[allow(clippy::too_many_arguments)]
pub fn slide_ui(
    ui: &mut Ui,
    p: &Presentation,
    slide: Slide,
    count: usize,
    caption: &str,
    deal: &crate::core::dealfile::Deal,
    out: &mut Vec<Command>,
    chart: impl FnOnce(&mut Ui, &mut Vec<Command>),
) {
    ui.vertical_centered(|ui| {
        // The slide's heading advances on a click (the chart keeps its own clicks).
        let title = ui
            .add(
                egui::Label::new(RichText::new(slide.title()).size(30.0).strong())
                    .sense(egui::Sense::click()),
            )
            .on_hover_text("Click for the next slide");
        if title.clicked() {
            out.push(Command::PresentStep(1));
        }
        ui.label(RichText::new(caption).size(15.0).weak());
    });
    ui.add_space(6.0);
    let footer = 26.0;
    let strip = if p.show_sliders { 74.0 } else { 0.0 };
    let chart_height = (ui.available_height() - footer - strip).max(120.0);
    // The chart's area is always its full height, so the footer stays at the bottom.
    let area = egui::vec2(ui.available_width(), chart_height);
    ui.allocate_ui_with_layout(area, egui::Layout::top_down(egui::Align::Min), |ui| {
        ui.set_min_size(area);
        chart(ui, out)
    });
    if p.show_sliders {
        ui.separator();
        ui.columns(HEADLINE.len(), |cols| {
            for (ui, &k) in cols.iter_mut().zip(HEADLINE.iter()) {
                crate::app::views::controls::param_ui(ui, deal, k, out);
            }
        });
    }
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(format!(
                "Slide {} of {} · next: Page Down, Right arrow or a click on the title · back: Page Up, Left arrow · S: sliders · Esc: leave",
                p.slide + 1,
                count
            ))
            .weak(),
        );
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let label = if p.show_sliders { "Hide sliders" } else { "Show sliders" };
            if ui.button(label).clicked() {
                out.push(Command::PresentToggleSliders);
            }
            if ui.button("Next").clicked() {
                out.push(Command::PresentStep(1));
            }
            if ui.button("Back").clicked() {
                out.push(Command::PresentStep(-1));
            }
        });
    });
}
