//! The app's analyses of the current deal — deal map, robust map, goal seek, Monte Carlo, the
//! chance both gain, tornado — kept up to date off the UI thread, with what the views need
//! cached.

use eframe::egui;

use crate::app::work::background::Background;
use crate::app::work::robust::{Pass, RobustMaps};
use crate::core::goalseek::{GoalSeek, goal_seek};
use crate::core::montecarlo::{Bands, monte_carlo_unless};
use crate::core::params::{Key, Params};
use crate::core::robust::p_zone_here;
use crate::core::sensitivity::{Tornado, tornado};
use crate::core::sweep::{Grid, deal_grid_unless};

/// Grid points per axis once inputs settle, and while a control is being dragged.
pub use crate::core::sweep::MAP_GRID as FULL_GRID;
pub const DRAG_GRID: usize = 41;

/// The inputs a grid depends on: everything but the two axes and the analysis settings.
fn grid_inputs(p: &Params) -> Params {
    let mut q = *p;
    for k in [
        Key::host_stake,
        Key::tech_share,
        Key::bargaining_power,
        Key::mc_draws,
        Key::mc_seed,
    ] {
        q.set(k, k.spec().default);
    }
    q
}

/// Monte Carlo does not depend on the bargaining power.
fn mc_inputs(p: &Params) -> Params {
    let mut q = *p;
    q.bargaining_power = Key::bargaining_power.spec().default;
    q
}

/// Goal seek answers depend on everything but the analysis settings.
fn goal_inputs(p: &Params) -> Params {
    let mut q = *p;
    for k in [Key::bargaining_power, Key::mc_draws, Key::mc_seed] {
        q.set(k, k.spec().default);
    }
    q
}

pub struct Analyses {
    pub grid: Background<(Params, usize), Grid>,
    pub mc: Background<Params, Bands>,
    pub goal: Background<Params, GoalSeek>,
    /// The robust map, pass by pass.
    pub robust: RobustMaps,
    /// The chance both partners gain at the deal as set, over the Monte Carlo tab's draws.
    pub chance: Background<Params, f64>,
    /// The same chance for each pinned scenario, in pin order.
    pins: Background<Vec<Params>, Vec<f64>>,
    tornado: Option<(Params, Tornado)>,
}

/// What the current view needs computed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Wanted {
    pub map: bool,
    pub goal: bool,
    pub monte_carlo: bool,
    pub robust: bool,
    /// The chance both gain at the deal as set (the key figures).
    pub chance: bool,
    /// A control is being dragged: a coarse map now, the full one when it settles.
    pub dragging: bool,
}

impl Analyses {
    /// `passes`: the robust map's, coarse to full.
    pub fn new(synchronous: bool, passes: &[Pass]) -> Analyses {
        Analyses {
            grid: Background::new(synchronous),
            mc: Background::new(synchronous),
            goal: Background::new(synchronous),
            robust: RobustMaps::new(synchronous, passes),
            chance: Background::new(synchronous),
            pins: Background::new(synchronous),
            tornado: None,
        }
    }

    /// Asks for whatever the view needs and is not yet asked for; takes in finished results.
    /// Returns whether a result arrived (the view should repaint).
    pub fn update(&mut self, p: &Params, wanted: Wanted, ctx: &egui::Context) -> bool {
        let mut arrived = self.grid.poll() | self.mc.poll() | self.goal.poll() | self.chance.poll();
        if wanted.map {
            let n = if wanted.dragging {
                DRAG_GRID
            } else {
                FULL_GRID
            };
            let key = (grid_inputs(p), n);
            // While dragging, a full grid already shown for these inputs is better than a
            // coarse one.
            let have_full = self
                .grid
                .latest()
                .is_some_and(|((q, m), _)| *q == key.0 && *m == FULL_GRID);
            if !(wanted.dragging && have_full) {
                arrived |= self
                    .grid
                    .request(key, ctx, |(q, n), stale| deal_grid_unless(q, *n, stale));
            }
        }
        if wanted.goal {
            arrived |= self
                .goal
                .request(goal_inputs(p), ctx, |q, _| Some(goal_seek(q)));
        }
        if wanted.monte_carlo {
            let key = mc_inputs(p);
            arrived |= self.mc.request(key, ctx, |q, stale| {
                monte_carlo_unless(q, q.mc_draws as usize, u64::from(q.mc_seed), stale)
            });
        }
        if wanted.robust {
            arrived |= self.robust.update(p, wanted.dragging, ctx);
        }
        if wanted.chance {
            arrived |= self.chance.request(mc_inputs(p), ctx, |q, _| {
                Some(p_zone_here(q, q.mc_draws as usize, u64::from(q.mc_seed)))
            });
        }
        arrived
    }

    /// Asks for the chance both gain of each pinned deal (its own draws and seed) off the UI
    /// thread: a deal book with a large `mc_draws` must not stall the frame that pins it.
    /// Returns whether a result arrived.
    pub fn update_pins(&mut self, pins: Vec<Params>, ctx: &egui::Context) -> bool {
        let arrived = self.pins.poll();
        if pins.is_empty() {
            return arrived;
        }
        arrived
            | self.pins.request(pins, ctx, |qs, stale| {
                qs.iter()
                    .map(|q| {
                        (!stale())
                            .then(|| p_zone_here(q, q.mc_draws as usize, u64::from(q.mc_seed)))
                    })
                    .collect()
            })
    }

    /// A pinned deal's chance both gain, once computed.
    pub fn pin_chance(&self, p: &Params) -> Option<f64> {
        let (keys, chances) = self.pins.latest()?;
        keys.iter().position(|q| q == p).map(|i| chances[i])
    }

    /// The chance both gain at the deal as set, over how many draws, and whether it is for `p`
    /// (the draws may still be under way for new inputs).
    pub fn chance_here(&self, p: &Params) -> Option<(f64, usize, bool)> {
        self.chance
            .latest()
            .map(|(q, &c)| (c, q.mc_draws as usize, *q == mc_inputs(p)))
    }

    /// Whether the shown map is for the current inputs at full resolution.
    pub fn map_is_current(&self, p: &Params) -> bool {
        self.grid
            .latest()
            .is_some_and(|((q, n), _)| *q == grid_inputs(p) && *n == FULL_GRID)
    }

    pub fn goal_is_current(&self, p: &Params) -> bool {
        self.goal
            .latest()
            .is_some_and(|(q, _)| *q == goal_inputs(p))
    }

    pub fn mc_is_current(&self, p: &Params) -> bool {
        self.mc.latest().is_some_and(|(q, _)| *q == mc_inputs(p))
    }

    /// The tornado for `p`: cheap enough (about 140 runs) to compute on the UI thread, once per
    /// parameter change.
    pub fn tornado(&mut self, p: &Params) -> &Tornado {
        let key = goal_inputs(p);
        if self.tornado.as_ref().is_some_and(|(q, _)| *q != key) {
            self.tornado = None;
        }
        &self.tornado.get_or_insert_with(|| (key, tornado(&key))).1
    }
}
