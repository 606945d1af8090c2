//! Colours and sizes shared by every view, so each partner keeps one colour everywhere: the
//! palette's roles (crate::palette::Ink) in the theme's shades.

use eframe::egui::{Color32, Visuals};

use crate::palette::{self as p, Ink, Rgb};

pub const fn color(c: Rgb) -> Color32 {
    Color32::from_rgb(c.0, c.1, c.2)
}

/// Deep colours kept in both themes (the icon, the zone badge under white text).
pub const HOST: Color32 = color(p::HOST);
pub const ENTRANT: Color32 = color(p::ENTRANT);
pub const JV: Color32 = color(p::JV);
pub const GAIN: Color32 = color(p::GAIN);
pub const LOSS: Color32 = color(p::LOSS);

/// Colours for one theme.
#[derive(Clone, Copy, Debug)]
pub struct Palette {
    pub dark: bool,
    pub host: Color32,
    pub entrant: Color32,
    pub jv: Color32,
    pub gain: Color32,
    pub loss: Color32,
}

impl Palette {
    pub fn for_theme(dark: bool) -> Palette {
        let c = |ink: Ink| color(ink.rgb(dark));
        Palette {
            dark,
            host: c(Ink::Host),
            entrant: c(Ink::Entrant),
            jv: c(Ink::Jv),
            gain: c(Ink::Gain),
            loss: c(Ink::Loss),
        }
    }

    pub fn signed(&self, v: f64) -> Color32 {
        if v >= 0.0 { self.gain } else { self.loss }
    }

    /// A figure's ink in this theme; text inks take the visuals' own text colours.
    pub fn ink(&self, ink: Ink, visuals: &Visuals) -> Color32 {
        match ink {
            Ink::Text => visuals.text_color(),
            Ink::Strong => visuals.strong_text_color(),
            Ink::Weak => visuals.weak_text_color(),
            other => color(other.rgb(self.dark)),
        }
    }
}

pub use crate::figure::numbers::{money, signed_money};
