//! The robust deal map as text (`jvsim sweep --robust`): how much of the map both partners gain
//! on with 50, 80 and 95 % confidence, the chance at the deal as set, and a coarse table of the
//! chances. The JSON form is part of the deal map's (`deal_map::json`).

use std::fmt::Write as _;

use crate::core::dealfile::Deal;
use crate::core::robust::RobustGrid;

/// The levels the map's contours are drawn at.
pub const LEVELS: [f64; 3] = [0.5, 0.8, 0.95];

/// The share of the map's cells whose chance both gain is at least `level`.
pub fn share_at_least(r: &RobustGrid, level: f64) -> f64 {
    if r.p_zone.is_empty() {
        return 0.0;
    }
    let hits = r.p_zone.iter().filter(|&&p| p >= level).count();
    hits as f64 / r.p_zone.len() as f64
}

/// The grid indices nearest to 0, 10, …, 100 % (fewer when the grid is coarser).
fn coarse_indices(n: usize) -> Vec<usize> {
    let last = n.saturating_sub(1);
    let mut picked: Vec<usize> = (0..=10)
        .map(|k| ((k as f64 / 10.0) * last as f64).round() as usize)
        .collect();
    picked.dedup();
    picked
}

/// `here` is the chance at the deal's own terms over the same draws.
pub fn text(deal: &Deal, r: &RobustGrid, here: f64) -> String {
    let p = &deal.params;
    let n = r.n;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "\nRobust deal map: the chance both partners gain, over {} Monte Carlo draws (seed {}), \
         {n} × {n} points",
        r.draws, r.seed
    );
    let shares: Vec<String> = LEVELS
        .iter()
        .map(|&level| {
            format!(
                "≥ {:.0} %: {:.1} %",
                level * 100.0,
                share_at_least(r, level) * 100.0
            )
        })
        .collect();
    let _ = writeln!(
        out,
        "  Share of the map where both gain with a chance {}",
        shares.join(", ")
    );
    let _ = writeln!(
        out,
        "  The deal as set (stake {:.1} %, tech share {:.1} %): both gain in {:.1} % of the draws",
        p.host_stake * 100.0,
        p.tech_share * 100.0,
        here * 100.0
    );
    let picked = coarse_indices(n);
    let _ = writeln!(
        out,
        "\n  Chance both gain, % (tech share down, host stake across)"
    );
    let _ = write!(out, "  {:>6} ", "");
    for &i in &picked {
        let _ = write!(out, "{:>5.0}", axis(i, n) * 100.0);
    }
    out.push('\n');
    for &j in &picked {
        let _ = write!(out, "  {:>5.0}% ", axis(j, n) * 100.0);
        for &i in &picked {
            let _ = write!(out, "{:>5.0}", r.at(i, j) * 100.0);
        }
        out.push('\n');
    }
    out
}

fn axis(i: usize, n: usize) -> f64 {
    crate::core::sweep::axis_value(i, n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_count_cells_at_or_above_each_level() {
        let r = RobustGrid {
            n: 2,
            draws: 10,
            seed: 1,
            p_zone: vec![0.0, 0.5, 0.8, 1.0],
        };
        assert_eq!(share_at_least(&r, 0.5), 0.75);
        assert_eq!(share_at_least(&r, 0.8), 0.5);
        assert_eq!(share_at_least(&r, 0.95), 0.25);
    }

    #[test]
    fn the_coarse_table_takes_tenths_of_the_axis() {
        assert_eq!(
            coarse_indices(51),
            vec![0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50]
        );
        assert_eq!(coarse_indices(5), vec![0, 1, 2, 3, 4]);
    }
}
