//! The Deal map sheet: the grid with host stake across and tech share down, as three blocks
//! under one frozen axis row: the host's gain, the entrant's gain, the chance both approve.

use rust_xlsxwriter::{Worksheet, XlsxError};

use super::Styles;
use crate::core::sweep::{Cell, Grid};
use crate::report::deal_map::axis;

pub(super) fn sheet(grid: &Grid, st: &Styles) -> Result<Worksheet, XlsxError> {
    let axis = axis(grid);
    let mut sheet = Worksheet::new();
    sheet.write_string_with_format(0, 0, "tech share ↓  host stake →", &st.header)?;
    sheet.set_column_width(0, 34)?;
    for (col, &stake) in (1..).zip(&axis) {
        sheet.write_number_with_format(0, col, stake, &st.header_percent)?;
        sheet.set_column_width(col, 8)?;
    }
    sheet.set_freeze_panes(1, 1)?;
    type Value = fn(&Cell) -> f64;
    let blocks: [(&str, Value, _); 3] = [
        (
            "Host's NPV gain if approved, US$ B",
            |c| c.host_gain,
            &st.money,
        ),
        (
            "Entrant's NPV gain if approved, US$ B",
            |c| c.entrant_gain,
            &st.money,
        ),
        (
            "Chance both governments approve",
            |c| c.approval,
            &st.percent,
        ),
    ];
    let mut row = 1;
    for (title, value, format) in blocks {
        sheet.write_string_with_format(row, 0, title, &st.title)?;
        row += 1;
        for (j, &share) in axis.iter().enumerate() {
            sheet.write_number_with_format(row, 0, share, &st.percent)?;
            for (col, i) in (1..).zip(0..grid.n) {
                sheet.write_number_with_format(row, col, value(grid.cell(i, j)), format)?;
            }
            row += 1;
        }
        row += 1;
    }
    Ok(sheet)
}
