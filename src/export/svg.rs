//! A small SVG writer with what charts need: axes with ticks, lines, areas, rectangles, text.

use std::fmt::Write as _;

use crate::palette::{GRID, INK, MUTED, Rgb};

/// Text safe inside XML.
pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

pub struct Svg {
    pub width: f64,
    pub height: f64,
    body: String,
}

/// Horizontal text anchor.
#[derive(Clone, Copy)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    fn name(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

impl Svg {
    pub fn new(width: f64, height: f64) -> Svg {
        let mut body = String::with_capacity(64 * 1024);
        let _ = write!(
            body,
            r##"<rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff"/>"##
        );
        Svg {
            width,
            height,
            body,
        }
    }

    pub fn rect(&mut self, x: f64, y: f64, w: f64, h: f64, fill: Rgb) {
        let _ = write!(
            self.body,
            r##"<rect x="{x:.2}" y="{y:.2}" width="{w:.2}" height="{h:.2}" fill="{}"/>"##,
            fill.hex()
        );
    }

    pub fn frame(&mut self, x: f64, y: f64, w: f64, h: f64, stroke: Rgb, fill: &str) {
        let _ = write!(
            self.body,
            r##"<rect x="{x:.2}" y="{y:.2}" width="{w:.2}" height="{h:.2}" fill="{fill}" stroke="{}" stroke-width="1"/>"##,
            stroke.hex()
        );
    }

    // Coordinates plus stroke: grouping them would only rename the arguments.
    #[allow(clippy::too_many_arguments)]
    pub fn line(
        &mut self,
        x1: f64,
        y1: f64,
        x2: f64,
        y2: f64,
        stroke: Rgb,
        width: f64,
        dash: Option<&str>,
    ) {
        let dash = dash
            .map(|d| format!(r##" stroke-dasharray="{d}""##))
            .unwrap_or_default();
        let _ = write!(
            self.body,
            r##"<line x1="{x1:.2}" y1="{y1:.2}" x2="{x2:.2}" y2="{y2:.2}" stroke="{}" stroke-width="{width:.2}"{dash}/>"##,
            stroke.hex()
        );
    }

    pub fn polyline(&mut self, points: &[(f64, f64)], stroke: Rgb, width: f64, dash: Option<&str>) {
        self.polyline_faded(points, stroke, width, dash, 1.0);
    }

    /// A polyline at `opacity` (1 draws it opaque, with no opacity attribute).
    pub fn polyline_faded(
        &mut self,
        points: &[(f64, f64)],
        stroke: Rgb,
        width: f64,
        dash: Option<&str>,
        opacity: f64,
    ) {
        let mut dash = dash
            .map(|d| format!(r##" stroke-dasharray="{d}""##))
            .unwrap_or_default();
        if opacity < 1.0 {
            let _ = write!(dash, r##" stroke-opacity="{opacity:.2}""##);
        }
        let mut pts = String::new();
        for (x, y) in points {
            let _ = write!(pts, "{x:.2},{y:.2} ");
        }
        let _ = write!(
            self.body,
            r##"<polyline points="{}" fill="none" stroke="{}" stroke-width="{width:.2}" stroke-linejoin="round"{dash}/>"##,
            pts.trim_end(),
            stroke.hex()
        );
    }

    pub fn polygon(&mut self, points: &[(f64, f64)], fill: Rgb, opacity: f64) {
        let mut pts = String::new();
        for (x, y) in points {
            let _ = write!(pts, "{x:.2},{y:.2} ");
        }
        let _ = write!(
            self.body,
            r##"<polygon points="{}" fill="{}" fill-opacity="{opacity:.2}" stroke="none"/>"##,
            pts.trim_end(),
            fill.hex()
        );
    }

    pub fn circle(&mut self, cx: f64, cy: f64, r: f64, fill: Rgb) {
        let _ = write!(
            self.body,
            r##"<circle cx="{cx:.2}" cy="{cy:.2}" r="{r:.2}" fill="{}"/>"##,
            fill.hex()
        );
    }

    pub fn ring(&mut self, cx: f64, cy: f64, r: f64, stroke: Rgb, width: f64) {
        let _ = write!(
            self.body,
            r##"<circle cx="{cx:.2}" cy="{cy:.2}" r="{r:.2}" fill="none" stroke="{}" stroke-width="{width:.2}"/>"##,
            stroke.hex()
        );
    }

    #[allow(clippy::too_many_arguments)]
    pub fn text(
        &mut self,
        x: f64,
        y: f64,
        s: &str,
        size: f64,
        anchor: Anchor,
        bold: bool,
        fill: Rgb,
    ) {
        let weight = if bold { r##" font-weight="bold""## } else { "" };
        let _ = write!(
            self.body,
            r##"<text x="{x:.2}" y="{y:.2}" font-size="{size:.1}" text-anchor="{}" fill="{}"{weight}>{}</text>"##,
            anchor.name(),
            fill.hex(),
            escape(s)
        );
    }

    /// Text turned a quarter anticlockwise about its anchor (vertical axis labels).
    pub fn text_up(&mut self, x: f64, y: f64, s: &str, size: f64, fill: Rgb) {
        let _ = write!(
            self.body,
            r##"<text x="{x:.2}" y="{y:.2}" font-size="{size:.1}" text-anchor="middle" fill="{}" transform="rotate(-90 {x:.2} {y:.2})">{}</text>"##,
            fill.hex(),
            escape(s)
        );
    }

    pub fn finish(self) -> String {
        format!(
            r##"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="Ubuntu, sans-serif">{}</svg>
"##,
            self.body,
            w = self.width,
            h = self.height
        )
    }
}

/// A plot area: a pixel box and the data range it shows.
#[derive(Clone, Copy)]
pub struct Axes {
    pub left: f64,
    pub top: f64,
    pub width: f64,
    pub height: f64,
    pub x: (f64, f64),
    pub y: (f64, f64),
}

impl Axes {
    pub fn px(&self, x: f64) -> f64 {
        self.left + (x - self.x.0) / (self.x.1 - self.x.0) * self.width
    }

    pub fn py(&self, y: f64) -> f64 {
        self.top + self.height - (y - self.y.0) / (self.y.1 - self.y.0) * self.height
    }

    /// Grid, ticks with labels, the zero line and axis labels.
    pub fn draw(
        &self,
        svg: &mut Svg,
        font: f64,
        x_label: &str,
        y_label: &str,
        x_ticks: &[(f64, String)],
        y_ticks: &[(f64, String)],
    ) {
        for (v, label) in y_ticks {
            let y = self.py(*v);
            svg.line(self.left, y, self.left + self.width, y, GRID, 1.0, None);
            svg.text(
                self.left - font * 0.4,
                y + font * 0.35,
                label,
                font,
                Anchor::End,
                false,
                MUTED,
            );
        }
        for (v, label) in x_ticks {
            let x = self.px(*v);
            svg.line(x, self.top, x, self.top + self.height, GRID, 1.0, None);
            svg.text(
                x,
                self.top + self.height + font * 1.2,
                label,
                font,
                Anchor::Middle,
                false,
                MUTED,
            );
        }
        if self.y.0 < 0.0 && self.y.1 > 0.0 {
            let y = self.py(0.0);
            svg.line(self.left, y, self.left + self.width, y, MUTED, 1.2, None);
        }
        svg.frame(self.left, self.top, self.width, self.height, MUTED, "none");
        svg.text(
            self.left + self.width / 2.0,
            self.top + self.height + font * 2.5,
            x_label,
            font,
            Anchor::Middle,
            false,
            INK,
        );
        svg.text_up(
            self.left - font * 3.4,
            self.top + self.height / 2.0,
            y_label,
            font,
            INK,
        );
    }
}
