//! The deal map's heatmap: a value per grid cell on a diverging scale (a gain) or a sequential
//! one (a chance), and the deal zone's outline as the sides of zone cells that face the outside.

use super::numbers::{money, signed_money};
use crate::palette::{Rgb, diverging, sequential};

/// Steps of the colour scale's legend.
pub const SCALE_STEPS: usize = 40;

/// How values become colours.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ColourScale {
    /// A gain: orange below zero, purple above, white at zero, full colour at ±`max_abs`.
    Diverging { max_abs: f64 },
    /// A chance from 0 (pale) to 1 (purple).
    Chance,
}

/// Values over an `n × n` grid of host stake (x) by tech share (y), both 0 to 1, row-major with
/// the share varying slowest (as `core::sweep::Grid`); each cell centred on its grid point.
#[derive(Clone, Debug, PartialEq)]
pub struct Heatmap {
    pub n: usize,
    pub values: Vec<f64>,
    /// Cells outlined as the deal zone (none on the chance map).
    pub zone: Vec<bool>,
    pub scale: ColourScale,
    /// What the colour stands for: "Host's gain, US$ B".
    pub label: String,
    /// What the colours and the outline mean.
    pub caption: String,
}

/// Which sides of a cell the zone's outline runs along.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Sides {
    pub left: bool,
    pub right: bool,
    pub below: bool,
    pub above: bool,
}

impl Sides {
    pub fn any(self) -> bool {
        self.left || self.right || self.below || self.above
    }
}

impl Heatmap {
    pub fn value(&self, i: usize, j: usize) -> f64 {
        self.values[j * self.n + i]
    }

    pub fn in_zone(&self, i: usize, j: usize) -> bool {
        self.zone[j * self.n + i]
    }

    pub fn color(&self, i: usize, j: usize) -> Rgb {
        self.color_of(self.value(i, j))
    }

    fn color_of(&self, v: f64) -> Rgb {
        match self.scale {
            ColourScale::Diverging { max_abs } => diverging(v, max_abs),
            ColourScale::Chance => sequential(v),
        }
    }

    /// Half a cell, in data units: the cells at the map's edges reach this far past 0 and 1.
    pub fn half_cell(&self) -> f64 {
        0.5 / (self.n.max(2) - 1) as f64
    }

    /// The outlined sides of cell (i, j): those of a zone cell that face a cell outside the
    /// zone, or the map's edge.
    pub fn sides(&self, i: usize, j: usize) -> Sides {
        if !self.in_zone(i, j) {
            return Sides::default();
        }
        let n = self.n;
        Sides {
            left: i == 0 || !self.in_zone(i - 1, j),
            right: i + 1 == n || !self.in_zone(i + 1, j),
            below: j == 0 || !self.in_zone(i, j - 1),
            above: j + 1 == n || !self.in_zone(i, j + 1),
        }
    }

    /// The scale's legend: `SCALE_STEPS` colours from its low end to its high end, each with the
    /// value at its middle.
    pub fn scale(&self) -> Vec<(f64, Rgb)> {
        let (lo, hi) = self.range();
        (0..SCALE_STEPS)
            .map(|s| {
                let v = lo + (hi - lo) * (s as f64 + 0.5) / SCALE_STEPS as f64;
                (v, self.color_of(v))
            })
            .collect()
    }

    /// The values at the scale's two ends.
    pub fn range(&self) -> (f64, f64) {
        match self.scale {
            ColourScale::Diverging { max_abs } => (-max_abs, max_abs),
            ColourScale::Chance => (0.0, 1.0),
        }
    }

    /// The labels under the scale's left end, middle and right end: "−4.20", "0", "+4.20" or
    /// "0 %", "50 %", "100 %".
    pub fn scale_labels(&self) -> [String; 3] {
        match self.scale {
            ColourScale::Diverging { max_abs } => {
                [money(-max_abs), "0".to_string(), signed_money(max_abs)]
            }
            ColourScale::Chance => ["0 %", "50 %", "100 %"].map(str::to_string),
        }
    }

    pub fn zone_count(&self) -> usize {
        self.zone.iter().filter(|&&z| z).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_outline_runs_between_the_zone_and_the_rest() {
        // A 3 × 3 map with the zone in the top-right corner's L.
        let zone = vec![false, false, true, false, true, true, false, false, true];
        let h = Heatmap {
            n: 3,
            values: vec![0.0; 9],
            zone,
            scale: ColourScale::Diverging { max_abs: 1.0 },
            label: String::new(),
            caption: String::new(),
        };
        assert_eq!(
            h.sides(1, 1),
            Sides {
                left: true,
                right: false,
                below: true,
                above: true
            }
        );
        assert_eq!(
            h.sides(2, 0),
            Sides {
                left: true,
                right: true,
                below: true,
                above: false
            }
        );
        assert!(!h.sides(0, 0).any());
        assert_eq!(h.zone_count(), 4);
        assert_eq!(h.scale().len(), SCALE_STEPS);
        assert_eq!(
            h.scale_labels(),
            ["−1.00", "0", "+1.00"].map(str::to_string)
        );
        let chance = Heatmap {
            scale: ColourScale::Chance,
            ..h
        };
        assert_eq!(chance.range(), (0.0, 1.0));
        // Pale where no draw gains, the map's purple where every draw does.
        assert_eq!(chance.color_of(0.0), crate::palette::diverging(0.0, 1.0));
        assert_eq!(chance.color_of(1.0), crate::palette::diverging(1.0, 1.0));
    }
}
