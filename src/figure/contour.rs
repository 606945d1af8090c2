//! Lines over a grid of values: contours of equal value (marching squares), and outlines of a
//! set of cells along their sides, both joined into paths so a dashed line keeps its rhythm.

use std::collections::HashMap;
use std::hash::Hash;

/// Where a contour crosses the grid: the side from point (i, j) to (i + 1, j), or to (i, j + 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Side {
    Across(usize, usize),
    Up(usize, usize),
}

/// The paths along which `values` (an `n × n` grid over 0..=1 on both axes, row-major with y
/// slowest, as `core::sweep::Grid`) crosses `level`; points at or above it count as inside.
pub fn contour(values: &[f64], n: usize, level: f64) -> Vec<Vec<[f64; 2]>> {
    if n < 2 || values.len() != n * n {
        return Vec::new();
    }
    let v = |i: usize, j: usize| values[j * n + i];
    let inside = |i: usize, j: usize| v(i, j) >= level;
    let mut segments = Vec::new();
    for j in 0..n - 1 {
        for i in 0..n - 1 {
            let (a, b, c, d) = (
                inside(i, j),
                inside(i + 1, j),
                inside(i + 1, j + 1),
                inside(i, j + 1),
            );
            let (below, right, above, left) = (
                Side::Across(i, j),
                Side::Up(i + 1, j),
                Side::Across(i, j + 1),
                Side::Up(i, j),
            );
            let crossed: Vec<Side> = [
                (a != b, below),
                (b != c, right),
                (c != d, above),
                (d != a, left),
            ]
            .into_iter()
            .filter_map(|(crosses, side)| crosses.then_some(side))
            .collect();
            match crossed[..] {
                [s, t] => segments.push((s, t)),
                // A saddle: opposite corners agree. The square's mean decides whether the
                // corners at a and c join through the middle.
                [_, _, _, _] => {
                    let middle = (v(i, j) + v(i + 1, j) + v(i + 1, j + 1) + v(i, j + 1)) / 4.0;
                    if (middle >= level) == a {
                        segments.push((below, right));
                        segments.push((above, left));
                    } else {
                        segments.push((left, below));
                        segments.push((right, above));
                    }
                }
                _ => {}
            }
        }
    }
    let at = |i: usize| i as f64 / (n - 1) as f64;
    let point = |s: Side| {
        let ((i0, j0), (i1, j1)) = match s {
            Side::Across(i, j) => ((i, j), (i + 1, j)),
            Side::Up(i, j) => ((i, j), (i, j + 1)),
        };
        let (v0, v1) = (v(i0, j0), v(i1, j1));
        let t = if v1 == v0 {
            0.5
        } else {
            ((level - v0) / (v1 - v0)).clamp(0.0, 1.0)
        };
        [
            at(i0) + t * (at(i1) - at(i0)),
            at(j0) + t * (at(j1) - at(j0)),
        ]
    };
    chain(&segments)
        .into_iter()
        .map(|path| path.into_iter().map(point).collect())
        .collect()
}

/// The outline of the cells where `inside` is true, on an `n × n` grid whose cells are centred
/// on the grid points and reach half a step past 0 and 1 at the edges: every side between a cell
/// inside and one outside (or the map's edge), joined into paths.
pub fn outline(inside: &[bool], n: usize) -> Vec<Vec<[f64; 2]>> {
    if n < 2 || inside.len() != n * n {
        return Vec::new();
    }
    let is_in = |i: usize, j: usize| inside[j * n + i];
    // Corners of cells, (k, l) for the corner below and left of cell (k, l).
    let mut segments = Vec::new();
    for j in 0..n {
        for i in 0..n {
            if !is_in(i, j) {
                continue;
            }
            if i == 0 || !is_in(i - 1, j) {
                segments.push(((i, j), (i, j + 1)));
            }
            if i + 1 == n || !is_in(i + 1, j) {
                segments.push(((i + 1, j), (i + 1, j + 1)));
            }
            if j == 0 || !is_in(i, j - 1) {
                segments.push(((i, j), (i + 1, j)));
            }
            if j + 1 == n || !is_in(i, j + 1) {
                segments.push(((i, j + 1), (i + 1, j + 1)));
            }
        }
    }
    let step = 1.0 / (n - 1) as f64;
    let at = |k: usize| (k as f64 - 0.5) * step;
    chain(&segments)
        .into_iter()
        .map(|path| path.into_iter().map(|(k, l)| [at(k), at(l)]).collect())
        .collect()
}

/// Segments joined end to end into paths: open paths first from their ends, then closed loops
/// (which end where they start). Where more than two segments meet, each path takes the first
/// free one.
fn chain<K: Copy + Eq + Hash>(segments: &[(K, K)]) -> Vec<Vec<K>> {
    let mut at: HashMap<K, Vec<usize>> = HashMap::new();
    for (k, &(a, b)) in segments.iter().enumerate() {
        at.entry(a).or_default().push(k);
        at.entry(b).or_default().push(k);
    }
    let mut used = vec![false; segments.len()];
    let mut paths = Vec::new();
    let walk = |start: K, used: &mut Vec<bool>| {
        let mut path = vec![start];
        let mut here = start;
        while let Some(&k) = at.get(&here).and_then(|ks| ks.iter().find(|&&k| !used[k])) {
            used[k] = true;
            let (a, b) = segments[k];
            here = if a == here { b } else { a };
            path.push(here);
        }
        path
    };
    // Ends first (points on one segment), in segment order so the result is deterministic.
    for &(a, b) in segments {
        for end in [a, b] {
            let free = |u: &Vec<bool>| at[&end].iter().filter(|&&k| !u[k]).count();
            if at[&end].len() % 2 == 1 && free(&used) > 0 {
                paths.push(walk(end, &mut used));
            }
        }
    }
    for (k, &(a, _)) in segments.iter().enumerate() {
        if !used[k] {
            paths.push(walk(a, &mut used));
        }
    }
    paths.retain(|p| p.len() > 1);
    paths
}

/// A point about halfway along the longest path, to label the line there.
pub fn label_point(paths: &[Vec<[f64; 2]>]) -> Option<[f64; 2]> {
    let length = |p: &Vec<[f64; 2]>| {
        p.windows(2)
            .map(|w| (w[1][0] - w[0][0]).hypot(w[1][1] - w[0][1]))
            .sum::<f64>()
    };
    let longest = paths
        .iter()
        .max_by(|a, b| length(a).total_cmp(&length(b)))?;
    longest.get(longest.len() / 2).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bump_gives_one_closed_contour_around_it() {
        // 5 × 5, high in the middle three by three.
        let n = 5;
        let values: Vec<f64> = (0..n * n)
            .map(|k| {
                let (i, j) = (k % n, k / n);
                if (1..=3).contains(&i) && (1..=3).contains(&j) {
                    1.0
                } else {
                    0.0
                }
            })
            .collect();
        let paths = contour(&values, n, 0.5);
        assert_eq!(paths.len(), 1);
        let p = &paths[0];
        assert_eq!(p.first(), p.last(), "closed");
        // Halfway between the rows and columns at 0 and 1 (0.0 and 0.25): at 0.125 and 0.875.
        for q in p {
            let off = |x: f64| (x - 0.125).abs() < 1e-9 || (x - 0.875).abs() < 1e-9;
            assert!(off(q[0]) || off(q[1]), "{q:?}");
        }
    }

    #[test]
    fn a_step_across_the_map_gives_one_open_contour_edge_to_edge() {
        let n = 4;
        let values: Vec<f64> = (0..n * n).map(|k| (k % n) as f64).collect();
        let paths = contour(&values, n, 1.5);
        assert_eq!(paths.len(), 1);
        assert_eq!(paths[0].len(), n);
        assert!(paths[0].iter().all(|q| (q[0] - 0.5).abs() < 1e-9));
        assert!(contour(&values, n, 9.0).is_empty());
    }

    #[test]
    fn the_outline_of_a_block_runs_round_it() {
        let n = 3;
        // The top-right 2 × 2 cells.
        let inside = vec![false, false, false, false, true, true, false, true, true];
        let paths = outline(&inside, n);
        assert_eq!(paths.len(), 1);
        let p = &paths[0];
        assert_eq!(p.first(), p.last());
        // Eight unit sides, nine points with the start repeated.
        assert_eq!(p.len(), 9);
        assert!(p.iter().all(|q| (0.25..=1.25).contains(&q[0])));
        assert_eq!(label_point(&paths).map(|_| ()), Some(()));
    }
}
