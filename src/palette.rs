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

/// The national view: the country in Okabe–Ito's reddish purple (darkened to read on white), its
/// buyers in a deep yellow, its treasury in a neutral grey; the host automaker keeps its blue.
pub const NATION: Rgb = Rgb(0xA8, 0x4A, 0x86);
pub const NATION_ON_DARK: Rgb = Rgb(0xE3, 0x9C, 0xC9);
pub const CONSUMERS: Rgb = Rgb(0x8F, 0x7A, 0x00);
pub const CONSUMERS_ON_DARK: Rgb = Rgb(0xE8, 0xD4, 0x4D);
pub const TREASURY: Rgb = Rgb(0x6E, 0x6E, 0x6E);
pub const TREASURY_ON_DARK: Rgb = Rgb(0xA8, 0xA8, 0xA8);

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

/// The chance-both-gain scale: from the map's pale middle (no draw gains) to its purple (every
/// draw does), so purple means "good for both" in every colouring.
pub fn sequential(chance: f64) -> Rgb {
    let a = chance.clamp(0.0, 1.0) as f32;
    let mix = |i: usize| (MIDDLE[i] + (GAIN_END[i] - MIDDLE[i]) * a).round() as u8;
    Rgb(mix(0), mix(1), mix(2))
}

/// Text, muted text and grid lines on a light background (exports and light slides).
pub const INK: Rgb = Rgb(0x22, 0x22, 0x22);
pub const MUTED: Rgb = Rgb(0x66, 0x66, 0x66);
pub const GRID: Rgb = Rgb(0xDD, 0xDD, 0xDD);
/// Marks and names drawn on the deal map: its colours are light in the middle in both themes,
/// so dark ink reads on them in either.
pub const ON_MAP: Rgb = Rgb(25, 25, 25);

/// The deal zone's two-tone outline (edge, halo): it stands out on light and dark parts of the
/// map alike, and its outer tone contrasts with the plot around it.
pub fn zone_outline(dark: bool) -> (Rgb, Rgb) {
    let (deep, pale) = (Rgb(15, 15, 15), Rgb(240, 240, 240));
    if dark { (pale, deep) } else { (deep, pale) }
}

/// A colour by what it stands for; each painter takes the shade for its background.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ink {
    Host,
    Entrant,
    Jv,
    Gain,
    Loss,
    /// Tornado bars that raise a partner's gain, and those that lower it.
    Raises,
    Lowers,
    /// The text colour, the stronger one of headings and the weaker one of notes and rules.
    Text,
    Strong,
    Weak,
    /// Marks drawn on the deal map's colours.
    OnMap,
    /// The host country as a whole (its national gain), its buyers (consumer surplus) and its
    /// treasury, on the national view.
    Nation,
    Consumers,
    Treasury,
}

impl Ink {
    /// The colour on a dark background or a light one. A window paints `Text`, `Strong` and `Weak` with
    /// its theme's own text colours.
    pub fn rgb(self, dark: bool) -> Rgb {
        let pick = |light: Rgb, on_dark: Rgb| if dark { on_dark } else { light };
        match self {
            Ink::Host => pick(HOST, HOST_ON_DARK),
            Ink::Entrant => pick(ENTRANT, ENTRANT_ON_DARK),
            Ink::Jv => pick(JV, JV_ON_DARK),
            Ink::Gain => pick(GAIN, GAIN_ON_DARK),
            Ink::Loss => pick(LOSS, LOSS_ON_DARK),
            Ink::Raises => pick(RAISES, RAISES_ON_DARK),
            Ink::Lowers => pick(LOWERS, LOWERS_ON_DARK),
            Ink::Text => pick(INK, Rgb(0xDC, 0xDC, 0xDC)),
            Ink::Strong => pick(INK, Rgb(0xFF, 0xFF, 0xFF)),
            Ink::Weak => pick(MUTED, Rgb(0x8C, 0x8C, 0x8C)),
            Ink::OnMap => ON_MAP,
            Ink::Nation => pick(NATION, NATION_ON_DARK),
            Ink::Consumers => pick(CONSUMERS, CONSUMERS_ON_DARK),
            Ink::Treasury => pick(TREASURY, TREASURY_ON_DARK),
        }
    }
}

/// Line widths, in points, of deal lines and no-deal ghost lines.
pub const DEAL_LINE_WIDTH: f32 = 2.5;
pub const GHOST_LINE_WIDTH: f32 = 1.5;
