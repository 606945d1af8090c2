//! The deal map's heatmap: a value per grid cell on a diverging scale, and the deal zone's
//! outline as the sides of zone cells that face the outside.

use crate::palette::{Rgb, diverging};

/// Steps of the colour scale's legend.
pub const SCALE_STEPS: usize = 40;

/// Values over an `n × n` grid of host stake (x) by tech share (y), both 0 to 1, row-major with
/// the share varying slowest (as `core::sweep::Grid`); each cell centred on its grid point.
#[derive(Clone, Debug, PartialEq)]
pub struct Heatmap {
    pub n: usize,
    pub values: Vec<f64>,
    pub zone: Vec<bool>,
    /// The scale runs from −max_abs to +max_abs, white at zero.
    pub max_abs: f64,
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
        diverging(self.value(i, j), self.max_abs)
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

    /// The scale's legend: `SCALE_STEPS` colours from −max_abs to +max_abs, each with the value
    /// at its middle.
    pub fn scale(&self) -> Vec<(f64, Rgb)> {
        let m = self.max_abs;
        (0..SCALE_STEPS)
            .map(|s| {
                let v = -m + 2.0 * m * (s as f64 + 0.5) / SCALE_STEPS as f64;
                (v, diverging(v, m))
            })
            .collect()
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
            max_abs: 1.0,
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
    }
}
