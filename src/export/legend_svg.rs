//! Legends and notes in SVG: a legend as a wrapping row above the plots or as a column beside
//! the deal map, each entry its samples then its label; notes as wrapped paragraphs.

use super::plot_svg::marker;
use super::style_svg::{dasharray, rgb};
use super::svg::{Anchor, Svg};
use crate::figure::{LegendEntry, Swatch};
use crate::palette::{INK, MUTED};

/// Average glyph width of the font, as a share of its size, for laying out text without
/// measuring it.
const GLYPH: f64 = 0.52;

/// Width of one swatch and the gap after it, in font sizes.
const SAMPLE: f64 = 1.8;

/// `text` in lines of at most `chars` characters, broken between words.
pub fn wrap(text: &str, chars: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > chars {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

fn chars_in(width: f64, font: f64) -> usize {
    (width / (font * GLYPH)).max(10.0) as usize
}

/// One swatch in the box starting at `x`, centred on `cy`.
fn swatch(svg: &mut Svg, s: Swatch, x: f64, cy: f64, font: f64) {
    let (x0, x1) = (x, x + font * (SAMPLE - 0.3));
    match s {
        Swatch::Line(ink, dash) => svg.line(
            x0,
            cy,
            x1,
            cy,
            rgb(ink),
            (font * 0.18).max(1.5),
            dasharray(dash).as_deref(),
        ),
        Swatch::Area(ink, opacity) => {
            let (t, b) = (cy - font * 0.4, cy + font * 0.4);
            svg.polygon(
                &[(x0, t), (x1, t), (x1, b), (x0, b)],
                rgb(ink),
                f64::from(opacity.at(false)),
            );
        }
        Swatch::Marker(shape, ink) => {
            marker(svg, shape, (x0 + x1) / 2.0, cy, font * 0.4, rgb(ink));
        }
    }
}

/// The legend as rows from (x, y), wrapping before `max_x`; returns the y below it.
pub fn row(svg: &mut Svg, entries: &[LegendEntry], x: f64, y: f64, max_x: f64, font: f64) -> f64 {
    if entries.is_empty() {
        return y;
    }
    let line = font * 1.5;
    let (mut cx, mut cy) = (x, y + line / 2.0);
    for e in entries {
        let samples = e.swatches.len() as f64 * SAMPLE * font;
        let width = samples + e.label.chars().count() as f64 * font * GLYPH + font * 1.4;
        if cx > x && cx + width > max_x {
            cx = x;
            cy += line;
        }
        for (i, &s) in e.swatches.iter().enumerate() {
            swatch(svg, s, cx + i as f64 * SAMPLE * font, cy, font);
        }
        svg.text(
            cx + samples,
            cy + font * 0.35,
            &e.label,
            font,
            Anchor::Start,
            false,
            INK,
        );
        cx += width;
    }
    cy + line / 2.0
}

/// The legend as a column from (x, y), labels wrapped to `width`; returns the y below it.
pub fn column(
    svg: &mut Svg,
    entries: &[LegendEntry],
    x: f64,
    mut y: f64,
    width: f64,
    font: f64,
) -> f64 {
    let line = font * 1.35;
    for e in entries {
        let samples = e.swatches.len() as f64 * SAMPLE * font;
        for (k, l) in wrap(&e.label, chars_in(width - samples, font))
            .iter()
            .enumerate()
        {
            if k == 0 {
                for (i, &s) in e.swatches.iter().enumerate() {
                    swatch(svg, s, x + i as f64 * SAMPLE * font, y - font * 0.35, font);
                }
            }
            svg.text(x + samples, y, l, font, Anchor::Start, false, INK);
            y += line;
        }
    }
    y
}

/// A paragraph wrapped to `width` from (x, y) as the first baseline; returns the next baseline.
pub fn paragraph(svg: &mut Svg, text: &str, x: f64, mut y: f64, width: f64, font: f64) -> f64 {
    for l in wrap(text, chars_in(width, font)) {
        svg.text(x, y, &l, font, Anchor::Start, false, MUTED);
        y += font * 1.35;
    }
    y
}

/// Height the notes take at the foot of a chart.
pub fn notes_height(notes: &[String], width: f64, font: f64) -> f64 {
    let lines: usize = notes
        .iter()
        .map(|n| wrap(n, chars_in(width, font)).len())
        .sum();
    if lines == 0 {
        0.0
    } else {
        lines as f64 * font * 1.35 + font * 0.6
    }
}

/// The notes at the foot of a chart, from `top`.
pub fn notes(svg: &mut Svg, notes: &[String], x: f64, top: f64, width: f64, font: f64) {
    let mut y = top + font;
    for n in notes {
        y = paragraph(svg, n, x, y, width, font);
    }
}
