//! Colours and sizes shared by every view, so each partner keeps one colour everywhere.

use eframe::egui::Color32;

use crate::palette::{self as p, Rgb};

const fn color(c: Rgb) -> Color32 {
    Color32::from_rgb(c.0, c.1, c.2)
}

/// The shared palette (crate::palette) as egui colours.
pub const HOST: Color32 = color(p::HOST);
pub const ENTRANT: Color32 = color(p::ENTRANT);
pub const JV: Color32 = color(p::JV);
pub const HOST_DARK_THEME: Color32 = color(p::HOST_ON_DARK);
pub const ENTRANT_DARK_THEME: Color32 = color(p::ENTRANT_ON_DARK);
pub const JV_DARK_THEME: Color32 = color(p::JV_ON_DARK);
pub const GAIN: Color32 = color(p::GAIN);
pub const LOSS: Color32 = color(p::LOSS);
pub const GAIN_DARK_THEME: Color32 = color(p::GAIN_ON_DARK);
pub const LOSS_DARK_THEME: Color32 = color(p::LOSS_ON_DARK);

pub fn diverging(v: f64, max_abs: f64) -> Color32 {
    color(p::diverging(v, max_abs))
}

/// Colours for one theme.
#[derive(Clone, Copy, Debug)]
pub struct Palette {
    pub host: Color32,
    pub entrant: Color32,
    pub jv: Color32,
    pub gain: Color32,
    pub loss: Color32,
}

impl Palette {
    pub fn for_theme(dark: bool) -> Palette {
        if dark {
            Palette {
                host: HOST_DARK_THEME,
                entrant: ENTRANT_DARK_THEME,
                jv: JV_DARK_THEME,
                gain: GAIN_DARK_THEME,
                loss: LOSS_DARK_THEME,
            }
        } else {
            Palette {
                host: HOST,
                entrant: ENTRANT,
                jv: JV,
                gain: GAIN,
                loss: LOSS,
            }
        }
    }

    pub fn signed(&self, v: f64) -> Color32 {
        if v >= 0.0 { self.gain } else { self.loss }
    }
}

pub use crate::palette::{DEAL_LINE_WIDTH, GHOST_LINE_WIDTH};

/// "+1.23" / "−1.23" with a real minus sign.
pub fn signed_money(v: f64) -> String {
    if v < 0.0 {
        format!("−{:.2}", -v)
    } else {
        format!("+{v:.2}")
    }
}

/// "1.23" / "−1.23".
pub fn money(v: f64) -> String {
    if v < 0.0 {
        format!("−{:.2}", -v)
    } else {
        format!("{v:.2}")
    }
}
