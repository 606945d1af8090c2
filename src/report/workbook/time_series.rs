//! The sheets with a row per year: the yearly figures of both partners (the columns of the
//! window's table and the CSV) and the Monte Carlo bands.

use rust_xlsxwriter::{ColNum, Worksheet, XlsxError};

use super::Styles;
use crate::core::dealfile::Deal;
use crate::core::model::{Outcome, Partner};
use crate::core::montecarlo::{Bands, PartnerBands};
use crate::report::yearly::Column;

/// Two header rows: each partner's name over its block of columns, then the columns.
fn partner_headers(
    sheet: &mut Worksheet,
    names: [&str; 2],
    columns: &[&str],
    st: &Styles,
) -> Result<(), XlsxError> {
    sheet.write_string_with_format(0, 0, "", &st.header)?;
    sheet.write_string_with_format(1, 0, "year", &st.header)?;
    sheet.set_column_width(0, 8)?;
    let width = columns.len() as ColNum;
    for (block, name) in (0..).zip(names) {
        let first = 1 + block * width;
        sheet.merge_range(0, first, 0, first + width - 1, name, &st.header)?;
        for (col, label) in (first..).zip(columns) {
            sheet.write_string_with_format(1, col, *label, &st.header)?;
            sheet.set_column_width(col, 13)?;
        }
    }
    sheet.set_freeze_panes(2, 1)?;
    Ok(())
}

/// Year by year, for each partner: profit with and without the deal, the gain, cumulative
/// profit, profit by source and technology; US$ B and the technology index.
pub(super) fn yearly(deal: &Deal, o: &Outcome, st: &Styles) -> Result<Worksheet, XlsxError> {
    let columns = Column::table();
    let labels: Vec<&str> = columns.iter().map(|c| c.label()).collect();
    let mut sheet = Worksheet::new();
    partner_headers(&mut sheet, [&deal.host, &deal.entrant], &labels, st)?;
    for t in 0..o.deal.years {
        let row = 2 + t as u32;
        sheet.write_number_with_format(row, 0, o.deal.year(t), &st.whole)?;
        let mut col: ColNum = 1;
        for who in Partner::ALL {
            for c in &columns {
                let f = if c.is_tech() { &st.index } else { &st.money };
                sheet.write_number_with_format(row, col, c.value(o, who, t), f)?;
                col += 1;
            }
        }
    }
    Ok(sheet)
}

/// Percentiles of each partner's cumulative profit per year over the draws, the no-deal
/// median, and below them the share of draws in which each partner gains.
pub(super) fn monte_carlo(deal: &Deal, b: &Bands, st: &Styles) -> Result<Worksheet, XlsxError> {
    type Band = fn(&PartnerBands) -> &[f64];
    let bands: [(&str, Band); 6] = [
        ("5th percentile", |p| &p.p5),
        ("25th percentile", |p| &p.p25),
        ("median", |p| &p.p50),
        ("75th percentile", |p| &p.p75),
        ("95th percentile", |p| &p.p95),
        ("median, no deal", |p| &p.no_deal_p50),
    ];
    let labels: Vec<&str> = bands.iter().map(|(l, _)| *l).collect();
    let mut sheet = Worksheet::new();
    partner_headers(&mut sheet, [&deal.host, &deal.entrant], &labels, st)?;
    for (t, &year) in b.years.iter().enumerate() {
        let row = 2 + t as u32;
        sheet.write_number_with_format(row, 0, year, &st.whole)?;
        let mut col: ColNum = 1;
        for pb in [&b.host, &b.entrant] {
            for (_, band) in &bands {
                if let Some(&v) = band(pb).get(t) {
                    sheet.write_number_with_format(row, col, v, &st.money)?;
                }
                col += 1;
            }
        }
    }
    let mut row = 3 + b.years.len() as u32;
    sheet.write_string_with_format(
        row,
        0,
        "Cumulative profit, US$ B, over the Latin hypercube draws of the uncertain parameters",
        &st.title,
    )?;
    for (label, value) in [("Draws", b.draws as f64), ("Seed", b.seed as f64)] {
        row += 1;
        sheet.write_string(row, 0, label)?;
        sheet.write_number_with_format(row, 1, value, &st.whole)?;
    }
    for (name, pb) in [(&deal.host, &b.host), (&deal.entrant, &b.entrant)] {
        row += 1;
        sheet.write_string(row, 0, format!("Share of draws in which {name} gains"))?;
        sheet.write_number_with_format(row, 1, pb.p_gain, &st.percent)?;
    }
    Ok(sheet)
}
