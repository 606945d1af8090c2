//! Monte Carlo bands (`jvsim montecarlo`) as text and JSON.

use std::fmt::Write as _;

use super::json::pretty;
use crate::core::dealfile::Deal;
use crate::core::montecarlo::{Bands, uncertain_keys};

/// The bands as they are: draws, seed, years and each partner's percentiles per year.
pub fn json(b: &Bands) -> String {
    pretty(b)
}

pub fn text(deal: &Deal, b: &Bands) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}: {} Latin hypercube draws (seed {}) over {} uncertain parameters",
        deal.name,
        b.draws,
        b.seed,
        uncertain_keys().len()
    );
    for (name, pb) in [(&deal.host, &b.host), (&deal.entrant, &b.entrant)] {
        let Some(last) = pb.p50.len().checked_sub(1) else {
            continue;
        };
        let _ = writeln!(
            out,
            "  {name}: gains over no deal in {:.1} % of draws; cumulative profit by {}: median {:.1} \
             (no deal {:.1}), 5–95 % {:.1} to {:.1} US$ B",
            pb.p_gain * 100.0,
            b.years[last],
            pb.p50[last],
            pb.no_deal_p50[last],
            pb.p5[last],
            pb.p95[last]
        );
    }
    out
}
