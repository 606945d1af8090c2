//! Colours and sizes shared by every view, so each partner keeps one colour everywhere.

use eframe::egui::Color32;

/// Okabe–Ito colour-blind-safe palette: blue for the host, vermillion for the entrant, bluish
/// green for the JV. Readable on both the light and the dark theme.
pub const HOST: Color32 = Color32::from_rgb(0x00, 0x72, 0xB2);
pub const ENTRANT: Color32 = Color32::from_rgb(0xD5, 0x5E, 0x00);
pub const JV: Color32 = Color32::from_rgb(0x00, 0x9E, 0x73);

/// Lighter variants for the dark theme, where the base colours are too dim on black.
pub const HOST_DARK_THEME: Color32 = Color32::from_rgb(0x56, 0xB4, 0xE9);
pub const ENTRANT_DARK_THEME: Color32 = Color32::from_rgb(0xE6, 0x9F, 0x00);
pub const JV_DARK_THEME: Color32 = Color32::from_rgb(0x2E, 0xC4, 0x9A);

/// Gains and losses: a sign and a word always accompany the colour, so it is never the only cue.
pub const GAIN: Color32 = Color32::from_rgb(0x1A, 0x85, 0x3A);
pub const LOSS: Color32 = Color32::from_rgb(0xC0, 0x39, 0x2B);
pub const GAIN_DARK_THEME: Color32 = Color32::from_rgb(0x5F, 0xD0, 0x7A);
pub const LOSS_DARK_THEME: Color32 = Color32::from_rgb(0xFF, 0x7B, 0x6B);

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

/// Width of the no-deal ghost lines relative to the deal lines.
pub const DEAL_LINE_WIDTH: f32 = 2.5;
pub const GHOST_LINE_WIDTH: f32 = 1.5;

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
