//! The key figures' cards: what they show, a framed box of lines, and the text sizes of the
//! strip and a slide.

use eframe::egui::{self, Ui};

use crate::core::analysis::Summary;
use crate::core::nation::Nation;

/// What the key figures show.
pub struct KeyFigures<'a> {
    pub summary: &'a Summary,
    pub nation: &'a Nation,
    /// The host's and the entrant's names.
    pub names: (&'a str, &'a str),
    pub last_year: u32,
    /// The chance both gain over the draws, how many draws, and whether it is for the deal as
    /// shown (it may still be under way for new terms); `None` until first computed.
    pub chance: Option<(f64, usize, bool)>,
    /// The consumer surplus's nesting parameter, which the national gain's measure names.
    pub nest: f64,
}

/// Text sizes of the figures: the window's, or a slide's.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sizes {
    pub text: f32,
    pub figure: f32,
}

pub const STRIP: Sizes = Sizes {
    text: 12.5,
    figure: 14.5,
};
pub const SLIDE: Sizes = Sizes {
    text: 24.0,
    figure: 40.0,
};
/// A slide's cards three a row.
pub const SLIDE3: Sizes = Sizes {
    text: 19.0,
    figure: 30.0,
};

/// A framed box of lines, `width` wide inside its frame.
pub fn card<R>(ui: &mut Ui, width: f32, add: impl FnOnce(&mut Ui) -> R) -> egui::Response {
    egui::Frame::group(ui.style())
        .inner_margin(egui::Margin::symmetric(8, 4))
        .show(ui, |ui| {
            ui.set_width(width);
            ui.vertical(add)
        })
        .response
}
