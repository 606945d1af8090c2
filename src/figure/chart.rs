//! The chart catalogue: every chart jvsim draws, in the order of the summary page. The export's
//! files, the window's menus and the presentation's slides all name charts from this list.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Chart {
    Profit,
    CumulativeProfit,
    Technology,
    DealMap,
    Tornado,
    MonteCarlo,
}

impl Chart {
    pub const ALL: [Chart; 6] = [
        Chart::Profit,
        Chart::CumulativeProfit,
        Chart::Technology,
        Chart::DealMap,
        Chart::Tornado,
        Chart::MonteCarlo,
    ];

    /// The name of its files: `profit.svg`, `profit.png`.
    pub fn file_stem(self) -> &'static str {
        match self {
            Chart::Profit => "profit",
            Chart::CumulativeProfit => "cumulative_profit",
            Chart::Technology => "technology",
            Chart::DealMap => "deal_map",
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
            Chart::DealMap => "Deal map",
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
            Chart::DealMap => "Where both sides would sign",
            Chart::Tornado => "What the answer hangs on",
            Chart::MonteCarlo => "How sure we can be",
        }
    }
}
