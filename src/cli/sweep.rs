//! `jvsim sweep`: the deal map, and with `--robust` the robust deal map over the Monte Carlo
//! draws, with a progress bar on a terminal.

use super::error::CliError;
use super::progress::Progress;
use crate::core::dealfile::Deal;
use crate::core::robust::{p_zone_here, robust_grid_unless};
use crate::core::sweep::{MAP_GRID, deal_grid};
use crate::report;

/// Points per axis of the robust map unless `--grid` says otherwise.
pub const ROBUST_GRID: usize = 51;
/// The largest robust map: 201 × 201 cells × the draws already runs to tens of millions of deals.
pub const ROBUST_GRID_MAX: usize = 201;

/// What `--robust` asks for.
pub struct Robust {
    pub draws: Option<u32>,
    pub seed: Option<u32>,
}

/// The map's text or JSON; `robust` adds the chance both gain per cell.
pub fn run(
    deal: &Deal,
    grid: Option<u16>,
    robust: Option<Robust>,
    json: bool,
) -> Result<String, CliError> {
    let p = &deal.params;
    let Some(robust) = robust else {
        let map = deal_grid(p, grid.map_or(MAP_GRID, usize::from));
        return Ok(if json {
            report::deal_map::json(deal, &map, None)
        } else {
            report::deal_map::text(deal, &map)
        });
    };
    let n = grid.map_or(ROBUST_GRID, usize::from);
    if n > ROBUST_GRID_MAX {
        return Err(CliError::RobustGrid {
            grid: n,
            max: ROBUST_GRID_MAX,
        });
    }
    let draws = robust.draws.unwrap_or(p.mc_draws) as usize;
    let seed = u64::from(robust.seed.unwrap_or(p.mc_seed));
    let map = deal_grid(p, n);
    let progress = Progress::new(draws, "draws");
    let chances = robust_grid_unless(p, n, draws, seed, &|| false, &|_| progress.step());
    progress.finish();
    // Nothing asks the work to stop, so it always finishes.
    let chances = chances.ok_or(CliError::Interrupted)?;
    let here = p_zone_here(p, draws, seed);
    Ok(if json {
        report::deal_map::json(deal, &map, Some((&chances, here)))
    } else {
        let mut text = report::deal_map::text(deal, &map);
        text.push_str(&report::robust_map::text(deal, &chances, here));
        text
    })
}
