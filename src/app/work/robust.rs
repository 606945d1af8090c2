//! The robust deal map in the window: filled in progressively, a coarse grid with few draws
//! first, then finer ones, each pass on the background worker; new inputs start again from the
//! first pass, and the pass under way says how far it got.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use eframe::egui;

use crate::app::work::background::Background;
use crate::core::params::{Key, Params};
use crate::core::robust::{RobustGrid, robust_grid_unless};

/// One pass: grid points per axis, and the most draws it takes (fewer when the deal asks for
/// fewer).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pass {
    pub n: usize,
    pub max_draws: usize,
}

impl Pass {
    /// The draws this pass takes for a deal asking for `mc_draws`.
    pub fn draws(self, mc_draws: u32) -> usize {
        (mc_draws as usize).clamp(1, self.max_draws)
    }
}

/// The passes, coarse to full: a rough map at once, then finer ones, the last the deal's own
/// draws on the deal map's grid.
pub const PASSES: [Pass; 3] = [
    Pass {
        n: 21,
        max_draws: 100,
    },
    Pass {
        n: 51,
        max_draws: 300,
    },
    Pass {
        n: crate::core::sweep::MAP_GRID,
        max_draws: usize::MAX,
    },
];

/// The inputs a robust map depends on: everything but the two axes and the bargaining power
/// (the draws and their seed do count).
pub fn robust_inputs(p: &Params) -> Params {
    let mut q = *p;
    for k in [Key::host_stake, Key::tech_share, Key::bargaining_power] {
        q.set(k, k.spec().default);
    }
    q
}

/// How far the pass under way has got.
#[derive(Default)]
struct Progress {
    /// The pass's index, and the draws it has finished.
    pass: AtomicUsize,
    done: AtomicUsize,
}

/// What the view says about the map: the pass shown and the one under way.
#[derive(Clone, Debug, PartialEq)]
pub struct RobustStatus {
    /// The shown map's grid points a side and draws, whatever inputs it is for.
    pub shown: Option<(usize, usize)>,
    /// The shown map is for the current inputs.
    pub current: bool,
    /// All passes done for the current inputs.
    pub complete: bool,
    /// The pass under way, its size, and the share of its draws finished.
    pub computing: Option<(Pass, usize, f64)>,
}

pub struct RobustMaps {
    pub maps: Background<(Params, usize), RobustGrid>,
    passes: Vec<Pass>,
    progress: Arc<Progress>,
}

impl RobustMaps {
    pub fn new(synchronous: bool, passes: &[Pass]) -> RobustMaps {
        RobustMaps {
            maps: Background::new(synchronous),
            passes: passes.to_vec(),
            progress: Arc::default(),
        }
    }

    pub fn passes(&self) -> &[Pass] {
        &self.passes
    }

    /// The pass shown for `p`'s inputs, if any.
    fn shown_pass(&self, p: &Params) -> Option<usize> {
        let key = robust_inputs(p);
        self.maps
            .latest()
            .and_then(|((q, pass), _)| (*q == key).then_some(*pass))
    }

    /// Asks for the next pass the map needs: the first when the inputs are new, the one after
    /// the shown one otherwise; while `dragging`, no further than the first. Returns whether a
    /// map arrived (in synchronous mode every pass arrives at once).
    pub fn update(&mut self, p: &Params, dragging: bool, ctx: &egui::Context) -> bool {
        let mut arrived = self.maps.poll();
        loop {
            let next = self.shown_pass(p).map_or(0, |k| k + 1);
            let last = if dragging { 1 } else { self.passes.len() };
            let Some(&pass) = self.passes.get(next).filter(|_| next < last) else {
                return arrived;
            };
            let progress = Arc::clone(&self.progress);
            let repaint = ctx.clone();
            let key = (robust_inputs(p), next);
            let answered = self.maps.request(key, ctx, move |(q, k), stale| {
                progress.pass.store(*k, Ordering::Relaxed);
                progress.done.store(0, Ordering::Relaxed);
                let draws = pass.draws(q.mc_draws);
                // About fifty repaints a pass, so the share shown moves without a frame per draw.
                let every = (draws / 50).max(1);
                let tell = |done: usize| {
                    progress.done.store(done, Ordering::Relaxed);
                    if done.is_multiple_of(every) {
                        repaint.request_repaint();
                    }
                };
                robust_grid_unless(q, pass.n, draws, u64::from(q.mc_seed), stale, &tell)
            });
            if !answered {
                return arrived;
            }
            arrived = true;
        }
    }

    /// The shown map, whatever inputs it is for.
    pub fn latest(&self) -> Option<&RobustGrid> {
        self.maps.latest().map(|(_, r)| r)
    }

    /// What the map shows for `p` and what is under way.
    pub fn status(&self, p: &Params) -> RobustStatus {
        let shown = self.shown_pass(p);
        let complete = shown.is_some_and(|k| k + 1 == self.passes.len());
        // A pass is under way while the newest request has no answer yet.
        let computing = (!self.maps.is_current())
            .then(|| {
                let k = self.progress.pass.load(Ordering::Relaxed);
                let pass = *self.passes.get(k)?;
                let draws = pass.draws(p.mc_draws);
                let done = self.progress.done.load(Ordering::Relaxed).min(draws);
                Some((pass, draws, done as f64 / draws as f64))
            })
            .flatten();
        RobustStatus {
            shown: self.latest().map(|r| (r.n, r.draws)),
            current: shown.is_some(),
            complete,
            computing,
        }
    }
}

impl RobustStatus {
    /// In a line: "101 × 101 deals × 1000 draws" when done, else the pass under way and how far
    /// it got: "refining: 51 × 51 × 300 draws, 37 %" (the shown pass is in the map's title).
    pub fn text(&self) -> String {
        match (self.computing, self.shown) {
            (Some((pass, draws, share)), _) => format!(
                "{}: {n} × {n} × {draws} draws, {:.0} %",
                if self.shown.is_some() {
                    "refining"
                } else {
                    "computing"
                },
                share * 100.0,
                n = pass.n
            ),
            (None, Some((n, draws))) => format!("{n} × {n} deals × {draws} draws"),
            (None, None) => "computing…".to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_passes_grow_to_the_deals_own_draws_on_the_map_grid() {
        let last = PASSES[PASSES.len() - 1];
        assert_eq!(last.n, crate::core::sweep::MAP_GRID);
        assert_eq!(last.draws(1000), 1000);
        assert_eq!(PASSES[0].draws(1000), 100);
        assert_eq!(PASSES[1].draws(1000), 300);
        // A deal asking for fewer draws gets no more than it asks for.
        assert_eq!(PASSES[1].draws(50), 50);
        assert!(PASSES.windows(2).all(|w| w[0].n < w[1].n));
    }

    #[test]
    fn synchronous_maps_reach_the_last_pass_and_drags_stop_at_the_first() {
        let ctx = egui::Context::default();
        let small = [Pass { n: 3, max_draws: 2 }, Pass { n: 5, max_draws: 3 }];
        let p = Params {
            mc_draws: 10,
            ..Params::default()
        };
        let mut maps = RobustMaps::new(true, &small);
        assert!(maps.update(&p, true, &ctx));
        assert_eq!(maps.latest().map(|r| (r.n, r.draws)), Some((3, 2)));
        assert!(!maps.status(&p).complete);
        assert!(maps.update(&p, false, &ctx));
        assert_eq!(maps.latest().map(|r| (r.n, r.draws)), Some((5, 3)));
        let status = maps.status(&p);
        assert!(status.current && status.complete && status.computing.is_none());
        // Moving the stake needs no new map; the tariff does.
        let stake = Params {
            host_stake: 0.7,
            ..p
        };
        assert!(!maps.update(&stake, false, &ctx));
        let tariff = Params {
            vehicle_tariff: 0.5,
            ..p
        };
        assert!(!maps.status(&tariff).current);
        assert!(maps.update(&tariff, false, &ctx));
        assert!(maps.status(&tariff).complete);
    }
}
