//! The parts of a figure: axes, series, areas, rules, markers and legend entries, each with its
//! colour as a palette role and its look decided here, so every painter draws them alike.

use super::Chart;
use super::bars::Bars;
use super::heatmap::Heatmap;
use crate::palette::{DEAL_LINE_WIDTH, GHOST_LINE_WIDTH, Ink};

/// How a line is stroked.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Dash {
    Solid,
    Dashed,
    /// Dots `spacing` points apart.
    Dotted {
        spacing: f32,
    },
}

/// A marker's shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    Circle,
    /// An open circle.
    Ring,
    Square,
    Diamond,
    Up,
    Down,
    Left,
    Right,
    /// A diagonal cross (×).
    Cross,
}

/// Each pinned scenario's marker, on its lines every year and on the deal map.
pub fn pin_shape(i: usize) -> Shape {
    [Shape::Up, Shape::Down, Shape::Left, Shape::Right][i % 4]
}

/// What a series stands for; its look follows from that.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// A partner with the deal (or the median draw with it).
    Deal,
    /// The same partner without the deal: its outside option, drawn as a ghost.
    NoDeal,
    /// The JV itself.
    Jv,
    /// The `i`-th pinned scenario.
    Scenario(usize),
    /// The live deal drawn over the Monte Carlo bands.
    AsSet,
    /// Another measure of a line drawn beside it (the plain logit's consumer surplus beside the
    /// nested one): faint and dashed, behind the headline.
    Alternative,
    /// The sum of the other lines (the national gain): bolder than its parts.
    Total,
}

/// How a series is drawn: stroke, width in points, opacity, and a marker on each point.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Look {
    pub dash: Dash,
    pub width: f32,
    pub opacity: f32,
    pub marker: Option<(Shape, f32)>,
}

impl Role {
    pub fn look(self) -> Look {
        let line = |dash, width, opacity| Look {
            dash,
            width,
            opacity,
            marker: None,
        };
        match self {
            Role::Deal => line(Dash::Solid, DEAL_LINE_WIDTH, 1.0),
            // Faded as well as dashed, so the deal's lines stand in front.
            Role::NoDeal => line(Dash::Dashed, GHOST_LINE_WIDTH, 0.75),
            Role::Jv => line(Dash::Solid, 2.0, 1.0),
            // Dotted with its own spacing and marker, so scenarios stay apart from each other
            // and from the live deal's solid and dashed lines.
            Role::Scenario(i) => Look {
                marker: Some((pin_shape(i), 4.5)),
                ..line(
                    Dash::Dotted {
                        spacing: 4.0 + 2.0 * i as f32,
                    },
                    1.8,
                    1.0,
                )
            },
            Role::AsSet => Look {
                marker: Some((Shape::Circle, 3.0)),
                ..line(Dash::Solid, 2.0, 1.0)
            },
            Role::Alternative => line(Dash::Dashed, GHOST_LINE_WIDTH, 0.6),
            Role::Total => line(Dash::Solid, 3.5, 1.0),
        }
    }
}

/// A line through points, in data units.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub name: String,
    pub role: Role,
    pub ink: Ink,
    pub points: Vec<[f64; 2]>,
}

/// An opacity that may differ on a dark background, where a faint fill vanishes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Opacity {
    pub light: f32,
    pub dark: f32,
}

impl Opacity {
    pub const fn same(a: f32) -> Opacity {
        Opacity { light: a, dark: a }
    }

    pub fn at(self, dark: bool) -> f32 {
        if dark { self.dark } else { self.light }
    }
}

/// The region between two lines over the same xs.
#[derive(Clone, Debug, PartialEq)]
pub struct Area {
    pub name: String,
    pub xs: Vec<f64>,
    pub lo: Vec<f64>,
    pub hi: Vec<f64>,
    pub ink: Ink,
    pub opacity: Opacity,
}

/// A vertical line across the plot.
#[derive(Clone, Debug, PartialEq)]
pub struct Rule {
    pub name: String,
    pub x: f64,
    pub ink: Ink,
    pub dash: Dash,
    pub width: f32,
}

/// A marked point, with an optional name written beside it.
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    pub name: String,
    pub at: [f64; 2],
    pub shape: Shape,
    pub ink: Ink,
    /// Radius in points.
    pub radius: f32,
    pub label: Option<String>,
}

/// A line over a map: a contour of equal value, or the outline of a set of cells. Paths in data
/// units; a `halo` is a pale band under the line so it reads on dark and light cells alike.
#[derive(Clone, Debug, PartialEq)]
pub struct Contour {
    pub name: String,
    pub paths: Vec<Vec<[f64; 2]>>,
    pub ink: Ink,
    pub dash: Dash,
    pub width: f32,
    pub halo: bool,
    /// A short name written on the line ("80 %"), and where.
    pub label: Option<(String, [f64; 2])>,
}

/// A legend entry's sample.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Swatch {
    Line(Ink, Dash),
    Area(Ink, Opacity),
    Marker(Shape, Ink),
}

#[derive(Clone, Debug, PartialEq)]
pub struct LegendEntry {
    pub swatches: Vec<Swatch>,
    pub label: String,
    /// More about the entry, where the painter can show it (a tooltip).
    pub hover: Option<String>,
}

impl LegendEntry {
    pub fn new(swatches: Vec<Swatch>, label: impl Into<String>) -> LegendEntry {
        LegendEntry {
            swatches,
            label: label.into(),
            hover: None,
        }
    }

    pub fn hover(mut self, text: impl Into<String>) -> LegendEntry {
        self.hover = Some(text.into());
        self
    }
}

/// How an axis is marked; each painter spaces the marks for its room.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ticks {
    Years,
    Values,
    /// Values with their sign: "+10", "−2.5", "0".
    Signed,
    Percent,
    None,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    pub label: String,
    /// For hover text: "US$ B/yr".
    pub unit: &'static str,
    /// What the axis must show, margins included; a painter may add its medium's own margin.
    pub range: (f64, f64),
    pub ticks: Ticks,
}

impl Axis {
    pub fn new(label: &str, unit: &'static str, range: (f64, f64), ticks: Ticks) -> Axis {
        Axis {
            label: label.to_string(),
            unit,
            range,
            ticks,
        }
    }
}

/// The data range `lo..hi` with a margin of `MARGIN` of its span at each end, so no line
/// touches the frame.
pub fn with_margin(lo: f64, hi: f64) -> (f64, f64) {
    let span = (hi - lo).max(1e-6);
    (lo - MARGIN * span, hi + MARGIN * span)
}

/// Room at each end of a value axis, as a share of the data's span. Legends sit above the plot,
/// never over the data, so no axis needs more headroom than this.
pub const MARGIN: f64 = 0.05;

/// One plot: its axes and what is drawn in it.
#[derive(Clone, Debug, PartialEq)]
pub struct Panel {
    /// A heading above the plot in a partner's colour: "US automaker: gains over no deal in …".
    pub heading: Option<(String, Ink)>,
    /// A line under the heading.
    pub note: Option<String>,
    pub x: Axis,
    pub y: Axis,
    pub heatmap: Option<Heatmap>,
    pub areas: Vec<Area>,
    pub series: Vec<Series>,
    pub rules: Vec<Rule>,
    pub markers: Vec<Marker>,
    pub bars: Option<Bars>,
    /// Drawn over the heatmap, under the rules and markers.
    pub contours: Vec<Contour>,
}

impl Panel {
    pub fn new(x: Axis, y: Axis) -> Panel {
        Panel {
            heading: None,
            note: None,
            x,
            y,
            heatmap: None,
            areas: Vec::new(),
            series: Vec::new(),
            rules: Vec::new(),
            markers: Vec::new(),
            bars: None,
            contours: Vec::new(),
        }
    }
}

/// A chart, ready to paint: the same for the window, slides and every export.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    pub chart: Chart,
    pub title: String,
    /// What the chart shows, in a sentence, where the painter has room.
    pub subtitle: Option<String>,
    /// The deal and its terms, for a figure that stands alone (a file or a slide).
    pub caption: String,
    pub legend_title: Option<String>,
    pub legend: Vec<LegendEntry>,
    /// Side by side, left to right.
    pub panels: Vec<Panel>,
    /// Paragraphs after the chart.
    pub notes: Vec<String>,
}

impl Figure {
    pub fn series(&self) -> impl Iterator<Item = &Series> {
        self.panels.iter().flat_map(|p| p.series.iter())
    }

    pub fn markers(&self) -> impl Iterator<Item = &Marker> {
        self.panels.iter().flat_map(|p| p.markers.iter())
    }
}
