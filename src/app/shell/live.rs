//! The simulation of the current deal, kept in step with its parameters.

use crate::core::analysis::Summary;
use crate::core::model::{Baseline, Outcome, simulate_deal};
use crate::core::nation::Nation;
use crate::core::params::Params;

/// The simulation of the current parameters, recomputed only when they change. The baseline is
/// reused while the inputs it depends on stay the same.
pub struct Live {
    params: Params,
    baseline: Baseline,
    pub outcome: Outcome,
    pub summary: Summary,
    /// The host country's account of the deal.
    pub nation: Nation,
}

impl Live {
    pub fn new(p: &Params) -> Live {
        let outcome = crate::core::model::simulate(p);
        Live {
            params: *p,
            baseline: Baseline::new(p),
            summary: Summary::of(&outcome),
            nation: Nation::of(&outcome),
            outcome,
        }
    }

    /// Brings the results up to date; returns whether anything was recomputed.
    pub fn update(&mut self, p: &Params) -> bool {
        if *p == self.params {
            return false;
        }
        if !self.baseline.matches(p) {
            self.baseline = Baseline::new(p);
        }
        simulate_deal(p, &self.baseline, &mut self.outcome.deal);
        self.outcome.no_deal = self.baseline.run;
        self.outcome.params = *p;
        self.summary = Summary::of(&self.outcome);
        self.nation = Nation::of(&self.outcome);
        self.params = *p;
        true
    }
}
