//! The tornado's bars: per partner, groups of rows, each row one parameter at the two ends of
//! its range.

use crate::palette::Ink;

#[derive(Clone, Debug, PartialEq)]
pub struct Bars {
    /// The gain as set, where every bar starts.
    pub base: f64,
    pub groups: Vec<BarGroup>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct BarGroup {
    pub title: &'static str,
    pub rows: Vec<BarRow>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct BarRow {
    /// The parameter's name, with "(not monotone)" when the ends understate its effect.
    pub label: String,
    /// The values tested: "14 to 18 M vehicles/yr".
    pub tested: String,
    /// The low end of the range, then the high end.
    pub ends: [BarEnd; 2],
    /// Everything about the row in a sentence.
    pub hover: String,
}

/// One end of a bar: the gain there, the value tested (as the bar's tip label), the colour of
/// its effect.
#[derive(Clone, Debug, PartialEq)]
pub struct BarEnd {
    pub gain: f64,
    pub value: String,
    pub ink: Ink,
}

impl Bars {
    pub fn rows(&self) -> impl Iterator<Item = &BarRow> {
        self.groups.iter().flat_map(|g| g.rows.iter())
    }
}
