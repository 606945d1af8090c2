//! The colours every chart uses, in the window and in exported files alike (no UI types here, so
//! the exporter and the command line share them without a window).

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rrggbb`, for SVG.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// Okabe–Ito colour-blind-safe palette: blue for the host, vermillion for the entrant, bluish
/// green for the JV. These are the light-theme (and export) colours.
pub const HOST: Rgb = Rgb(0x00, 0x72, 0xB2);
pub const ENTRANT: Rgb = Rgb(0xD5, 0x5E, 0x00);
pub const JV: Rgb = Rgb(0x00, 0x9E, 0x73);
/// Lighter variants for dark backgrounds.
pub const HOST_ON_DARK: Rgb = Rgb(0x56, 0xB4, 0xE9);
pub const ENTRANT_ON_DARK: Rgb = Rgb(0xE6, 0x9F, 0x00);
pub const JV_ON_DARK: Rgb = Rgb(0x2E, 0xC4, 0x9A);

/// Gains and losses (always with a sign or a word beside them).
pub const GAIN: Rgb = Rgb(0x1A, 0x85, 0x3A);
pub const LOSS: Rgb = Rgb(0xC0, 0x39, 0x2B);
pub const GAIN_ON_DARK: Rgb = Rgb(0x5F, 0xD0, 0x7A);
pub const LOSS_ON_DARK: Rgb = Rgb(0xFF, 0x7B, 0x6B);

/// Tornado bars by the sign of their effect: raising a partner's gain (purple) or lowering it
/// (orange), the deal map's colour-blind-safe ends; lighter ones for dark backgrounds.
pub const RAISES: Rgb = Rgb(84, 39, 136);
pub const LOWERS: Rgb = Rgb(179, 88, 6);
pub const RAISES_ON_DARK: Rgb = Rgb(178, 171, 210);
pub const LOWERS_ON_DARK: Rgb = Rgb(253, 184, 99);

/// Deal-map scale (ColorBrewer PuOr, colour-blind safe): orange for losses, purple for gains.
const LOSS_END: [f32; 3] = [179.0, 88.0, 6.0];
const MIDDLE: [f32; 3] = [247.0, 247.0, 247.0];
const GAIN_END: [f32; 3] = [84.0, 39.0, 136.0];

/// The deal-map colour of `v` on a scale symmetric about zero up to `max_abs`.
pub fn diverging(v: f64, max_abs: f64) -> Rgb {
    let t = if max_abs > 0.0 {
        (v / max_abs).clamp(-1.0, 1.0) as f32
    } else {
        0.0
    };
    let end = if t < 0.0 { LOSS_END } else { GAIN_END };
    let a = t.abs();
    let mix = |i: usize| (MIDDLE[i] + (end[i] - MIDDLE[i]) * a).round() as u8;
    Rgb(mix(0), mix(1), mix(2))
}

/// Line widths, in points, of deal lines and no-deal ghost lines.
pub const DEAL_LINE_WIDTH: f32 = 2.5;
pub const GHOST_LINE_WIDTH: f32 = 1.5;
