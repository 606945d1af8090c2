//! The Robust map sheet: for each host stake (across) and tech share (down), the chance both
//! partners gain over the Monte Carlo draws, as percentages; the draws, seed and grid above.

use rust_xlsxwriter::{Worksheet, XlsxError};

use super::Styles;
use crate::core::robust::RobustGrid;
use crate::core::sweep::axis_value;

/// The row of the stake axis; the grid's rows follow it.
pub const AXIS_ROW: u32 = 5;

pub(super) fn sheet(r: &RobustGrid, here: f64, st: &Styles) -> Result<Worksheet, XlsxError> {
    let mut sheet = Worksheet::new();
    sheet.write_string_with_format(
        0,
        0,
        "Chance both partners gain, over the Monte Carlo draws of the uncertain parameters",
        &st.title,
    )?;
    let notes = [
        ("Draws", r.draws as f64, &st.whole),
        ("Seed", r.seed as f64, &st.whole),
        ("Points per axis", r.n as f64, &st.whole),
        ("The deal as set", here, &st.percent),
    ];
    for (row, (label, v, f)) in (1..).zip(notes) {
        sheet.write_string(row, 0, label)?;
        sheet.write_number_with_format(row, 1, v, f)?;
    }
    sheet.write_string_with_format(AXIS_ROW, 0, "tech share ↓  host stake →", &st.header)?;
    sheet.set_column_width(0, 34)?;
    for (col, i) in (1..).zip(0..r.n) {
        sheet.write_number_with_format(AXIS_ROW, col, axis_value(i, r.n), &st.header_percent)?;
        sheet.set_column_width(col, 7)?;
    }
    sheet.set_freeze_panes(AXIS_ROW + 1, 1)?;
    for (row, j) in (AXIS_ROW + 1..).zip(0..r.n) {
        sheet.write_number_with_format(row, 0, axis_value(j, r.n), &st.percent)?;
        for (col, i) in (1..).zip(0..r.n) {
            sheet.write_number_with_format(row, col, r.at(i, j), &st.percent_whole)?;
        }
    }
    Ok(sheet)
}
