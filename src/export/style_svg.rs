//! How a figure's roles look in an SVG file: colours on a white background, dash patterns, and
//! sizes that follow the image's font size.

use crate::figure::{Dash, Ticks, ticks};
use crate::palette::{Ink, Rgb};

/// Font size for a chart of height `h` (20 px at 900).
pub fn font(h: f64) -> f64 {
    (h / 45.0).max(9.0)
}

/// Pixels per point of the window's sizes (line widths, marker radii), for font size `f`.
pub fn px_per_point(f: f64) -> f64 {
    f / 12.0
}

/// An ink on the export's white background.
pub fn rgb(ink: Ink) -> Rgb {
    ink.rgb(false)
}

pub fn dasharray(dash: Dash) -> Option<String> {
    match dash {
        Dash::Solid => None,
        Dash::Dashed => Some("8 5".to_string()),
        Dash::Dotted { spacing } => Some(format!("2 {}", spacing - 1.0)),
    }
}

/// The labelled marks of an axis `length` pixels long, labels in font size `f`.
pub fn marks(ticks: Ticks, range: (f64, f64), length: f64, f: f64) -> Vec<(f64, String)> {
    // The window's rooms are for its 12.5-point body text.
    ticks::marks(ticks, range.0, range.1, length, f / 12.5)
}
