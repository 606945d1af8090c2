//! The Host country sheet: the national account year by year (US$ B, jobs as whole numbers),
//! then its NPVs and the gain split by who gains.

use rust_xlsxwriter::{Worksheet, XlsxError};

use super::{Styles, header};
use crate::core::dealfile::Deal;
use crate::core::nation::Nation;
use crate::report::nation::{GainParts, Line};

/// The label of the headline NPV gain's row.
pub const GAIN_LABEL: &str = "National NPV gain over no deal";

pub(super) fn sheet(deal: &Deal, n: &Nation, st: &Styles) -> Result<Worksheet, XlsxError> {
    let p = &deal.params;
    let mut sheet = Worksheet::new();
    let mut columns: Vec<(&str, f64)> = vec![("year", 8.0)];
    columns.extend(Line::ALL.iter().map(|l| (l.label(), 14.0)));
    header(&mut sheet, 0, &columns, st)?;
    sheet.set_freeze_panes(1, 1)?;
    for t in 0..n.years {
        let row = 1 + t as u32;
        sheet.write_number_with_format(row, 0, n.year(t), &st.whole)?;
        for (col, line) in (1..).zip(Line::ALL) {
            let f = if line.is_jobs() { &st.whole } else { &st.money };
            sheet.write_number_with_format(row, col, line.value(n, t), f)?;
        }
    }
    let parts = GainParts::of(n, p);
    let npvs = [
        ("NPV of national surplus with the deal", n.npv_surplus),
        (
            "NPV of national surplus without the deal",
            n.npv_surplus_no_deal,
        ),
        (GAIN_LABEL, n.npv_gain()),
        (
            "National NPV gain, consumer surplus by plain logit",
            n.npv_gain_logit,
        ),
        ("  of which consumer surplus", parts.consumer_surplus),
        ("  of which the host automaker", parts.host),
        ("  of which the treasury", parts.treasury),
    ];
    let mut row = 2 + n.years as u32;
    for (label, v) in npvs {
        sheet.write_string(row, 0, label)?;
        sheet.write_number_with_format(row, 1, v, &st.money)?;
        sheet.write_string(row, 2, "US$ B")?;
        row += 1;
    }
    sheet.write_string(
        row,
        0,
        format!("Net direct jobs in {}", n.year(n.years.saturating_sub(1))),
    )?;
    sheet.write_number_with_format(row, 1, n.jobs_at_end().round(), &st.whole)?;
    sheet.write_string(row, 2, "jobs")?;
    row += 2;
    for note in [
        format!(
            "Money in US$ B a year, deal against no deal; NPVs at {} a year. The headline's \
             consumer surplus nests the JV's product with the host's own EVs (λ = {}); the plain \
             logit overstates a new product's value.",
            crate::core::params::Key::discount_rate
                .spec()
                .format_display(p.discount_rate),
            p.jv_nest
        ),
        "National surplus = consumer surplus + host profit + tariff revenue + parts duties − \
         credits; the entrant's share of the JV is foreign and left out. Jobs are never added \
         to dollars (docs/MODEL.md, eqs. 22–24)."
            .to_string(),
    ] {
        sheet.write_string(row, 0, note)?;
        row += 1;
    }
    Ok(sheet)
}
