//! The chart catalogue: every chart jvsim draws, in the order of the summary page. The export's
//! files, the window's menus and the presentation's slides all name charts from this list.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Chart {
    Profit,
    CumulativeProfit,
    Technology,
    /// The host country's account by year, deal against no deal.
    Nation,
    DealMap,
    /// The chance both partners gain over the Monte Carlo draws, per deal on the map.
    RobustMap,
    Tornado,
    MonteCarlo,
}

impl Chart {
    pub const ALL: [Chart; 8] = [
        Chart::Profit,
        Chart::CumulativeProfit,
        Chart::Technology,
        Chart::Nation,
        Chart::DealMap,
        Chart::RobustMap,
        Chart::Tornado,
        Chart::MonteCarlo,
    ];

    /// The name of its files: `profit.svg`, `profit.png`.
    pub fn file_stem(self) -> &'static str {
        match self {
            Chart::Profit => "profit",
            Chart::CumulativeProfit => "cumulative_profit",
            Chart::Technology => "technology",
            Chart::Nation => "national_view",
            Chart::DealMap => "deal_map",
            Chart::RobustMap => "robust_map",
            Chart::Tornado => "tornado",
            Chart::MonteCarlo => "monte_carlo",
        }
    }

    /// Its name in menus and on the summary page.
    pub fn title(self) -> &'static str {
        match self {
            Chart::Profit => "Yearly profit",
            Chart::CumulativeProfit => "Cumulative profit",
            Chart::Technology => "Technology",
            Chart::Nation => "National view",
            Chart::DealMap => "Deal map",
            Chart::RobustMap => "Robust deal map",
            Chart::Tornado => "Sensitivity",
            Chart::MonteCarlo => "Monte Carlo",
        }
    }

    /// Its slide's headline: what the chart answers.
    pub fn headline(self) -> &'static str {
        match self {
            Chart::Profit => "Yearly profit, deal against no deal",
            Chart::CumulativeProfit => "Cumulative profit, deal against no deal",
            Chart::Technology => "Technology: what the host learns",
            Chart::Nation => "What the host country gains",
            Chart::DealMap => "Where both sides would sign",
            Chart::RobustMap => "How sure the deal zone is",
            Chart::Tornado => "What the answer hangs on",
            Chart::MonteCarlo => "How sure we can be",
        }
    }
}
