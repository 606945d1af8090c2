//! The year-by-year figures of both partners with the profit breakdown by source: as a text
//! table (`jvsim simulate`), as CSV (`--csv`, series.csv) and as tab-separated text (the
//! window's copy). The columns are declared once here; the window's table and the workbook read
//! the same list.

use std::fmt::Write as _;

use super::signed;
use crate::core::analysis::cumulative;
use crate::core::dealfile::Deal;
use crate::core::model::{Outcome, Partner, Source};
use crate::core::nation::Nation;

/// One column of a partner's yearly figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Profit,
    ProfitNoDeal,
    /// Profit with the deal minus without.
    Gain,
    /// Cumulative profit with the deal.
    Cumulative,
    /// Profit from one source, with the deal.
    Source(Source),
    Tech,
    TechNoDeal,
}

impl Column {
    /// The window's table, its tab-separated copy and the workbook: profit, no deal, gain,
    /// cumulative, the sources, technology.
    pub fn table() -> Vec<Column> {
        let mut c = vec![
            Column::Profit,
            Column::ProfitNoDeal,
            Column::Gain,
            Column::Cumulative,
        ];
        c.extend(Source::ALL.map(Column::Source));
        c.extend([Column::Tech, Column::TechNoDeal]);
        c
    }

    /// series.csv and `--csv`, after year and partner (the order they have always had).
    pub fn csv() -> Vec<Column> {
        let mut c = vec![
            Column::Profit,
            Column::ProfitNoDeal,
            Column::Cumulative,
            Column::Tech,
            Column::TechNoDeal,
        ];
        c.extend(Source::ALL.map(Column::Source));
        c
    }

    /// Header for people.
    pub fn label(self) -> &'static str {
        match self {
            Column::Profit => "profit",
            Column::ProfitNoDeal => "no deal",
            Column::Gain => "gain",
            Column::Cumulative => "cumulative",
            Column::Source(s) => s.label(),
            Column::Tech => "tech",
            Column::TechNoDeal => "tech, no deal",
        }
    }

    /// Header for machines (CSV).
    pub fn key(self) -> &'static str {
        match self {
            Column::Profit => "profit",
            Column::ProfitNoDeal => "profit_no_deal",
            Column::Gain => "gain",
            Column::Cumulative => "cumulative_profit",
            Column::Source(s) => s.key(),
            Column::Tech => "tech",
            Column::TechNoDeal => "tech_no_deal",
        }
    }

    /// A technology index rather than money (US$ B).
    pub fn is_tech(self) -> bool {
        matches!(self, Column::Tech | Column::TechNoDeal)
    }

    /// The value for partner `who` in simulated year `t`.
    pub fn value(self, o: &Outcome, who: Partner, t: usize) -> f64 {
        let d = o.deal.partner(who);
        let b = o.no_deal.partner(who);
        match self {
            Column::Profit => d.profit[t],
            Column::ProfitNoDeal => b.profit[t],
            Column::Gain => d.profit[t] - b.profit[t],
            Column::Cumulative => cumulative(&d.profit, o.deal.years)[t],
            Column::Source(s) => d.source(s)[t],
            Column::Tech => d.tech[t],
            Column::TechNoDeal => b.tech[t],
        }
    }
}

/// The table's headers for one partner; the first carries the partner's name.
pub fn headers(name: &str) -> Vec<String> {
    Column::table()
        .into_iter()
        .enumerate()
        .map(|(i, c)| {
            if i == 0 {
                format!("{name}: {}", c.label())
            } else {
                c.label().to_string()
            }
        })
        .collect()
}

/// One partner's row of the table in simulated year `t`.
pub fn row(o: &Outcome, who: Partner, t: usize) -> Vec<f64> {
    Column::table()
        .into_iter()
        .map(|c| c.value(o, who, t))
        .collect()
}

/// Both partners' tables side by side as tab-separated text with a header line, for pasting
/// into a spreadsheet.
pub fn tsv(o: &Outcome, host: &str, entrant: &str) -> String {
    let mut out = String::from("year");
    for name in [host, entrant] {
        for h in headers(name) {
            let _ = write!(out, "\t{h}");
        }
    }
    out.push('\n');
    for t in 0..o.deal.years {
        let _ = write!(out, "{}", o.deal.year(t));
        for who in Partner::ALL {
            for v in row(o, who, t) {
                let _ = write!(out, "\t{v:.4}");
            }
        }
        out.push('\n');
    }
    out
}

/// `year,partner,profit,profit_no_deal,cumulative_profit,tech,tech_no_deal,<sources…>`, numbers
/// in the shortest form that reads back to the same bits.
pub fn csv(o: &Outcome) -> String {
    let columns = Column::csv();
    let mut out = String::from("year,partner");
    for c in &columns {
        let _ = write!(out, ",{}", c.key());
    }
    out.push('\n');
    for t in 0..o.deal.years {
        for who in Partner::ALL {
            let _ = write!(out, "{},{}", o.deal.year(t), who.key());
            for c in &columns {
                let _ = write!(out, ",{}", c.value(o, who, t));
            }
            out.push('\n');
        }
    }
    out
}

/// `jvsim simulate`: the key figures, then yearly profit and technology for both partners and
/// the JV, and the host country's account by year.
pub fn text(deal: &Deal, o: &Outcome) -> String {
    let mut out = super::summary::text(deal, o);
    let _ = writeln!(
        out,
        "\n  Yearly profit (US$ B) and technology (index; entrant's first year = 1.0)"
    );
    let _ = writeln!(
        out,
        "  {:>4}  {:>8} {:>8} {:>7} {:>6} {:>6}   {:>8} {:>8} {:>7} {:>6}  {:>6} {:>7}",
        "year",
        "host",
        "no deal",
        "gain",
        "tech",
        "(nd)",
        "entrant",
        "no deal",
        "gain",
        "tech",
        "JV k",
        "JV tech"
    );
    let (d, b) = (&o.deal, &o.no_deal);
    for t in 0..o.deal.years {
        let _ = writeln!(
            out,
            "  {:>4}  {:>8.2} {:>8.2} {:>7} {:>6.3} {:>6.3}   {:>8.2} {:>8.2} {:>7} {:>6.3}  {:>6.0} {:>7}",
            d.year(t),
            d.host.profit[t],
            b.host.profit[t],
            signed(d.host.profit[t] - b.host.profit[t]),
            d.host.tech[t],
            b.host.tech[t],
            d.entrant.profit[t],
            b.entrant.profit[t],
            signed(d.entrant.profit[t] - b.entrant.profit[t]),
            d.entrant.tech[t],
            d.jv.volume[t] * 1000.0,
            if d.jv.volume[t] > 0.0 {
                format!("{:.3}", d.jv.tech[t])
            } else {
                "—".to_string()
            },
        );
    }
    out.push_str(&super::nation::yearly_text(&Nation::of(o)));
    out
}
