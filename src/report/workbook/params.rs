//! The Parameters sheet: the one parameter table (`core::params::SPECS`) with this deal's
//! values, units, defaults, ranges and sources.

use rust_xlsxwriter::{Worksheet, XlsxError};

use super::{Styles, header, param_value, yes_no};
use crate::core::dealfile::Deal;
use crate::core::params::Key;

pub(super) fn sheet(deal: &Deal, st: &Styles) -> Result<Worksheet, XlsxError> {
    let mut sheet = Worksheet::new();
    header(
        &mut sheet,
        0,
        &[
            ("Key", 26.0),
            ("Parameter", 40.0),
            ("Value", 11.0),
            ("Unit", 14.0),
            ("Default", 11.0),
            ("Slider from", 11.0),
            ("Slider to", 11.0),
            ("Valid from", 11.0),
            ("Valid to", 11.0),
            ("Uncertain (Monte Carlo draws it)", 14.0),
            ("Group", 12.0),
            ("Source", 60.0),
            ("Meaning", 80.0),
        ],
        st,
    )?;
    sheet.set_freeze_panes(1, 2)?;
    for (row, &k) in (1..).zip(Key::ALL) {
        let s = k.spec();
        sheet.write_string(row, 0, s.key)?;
        sheet.write_string(row, 1, s.label)?;
        let values = [
            deal.params.get(k),
            s.default,
            s.slider.0,
            s.slider.1,
            s.valid.0,
            s.valid.1,
        ];
        for (col, v) in [2, 4, 5, 6, 7, 8].into_iter().zip(values) {
            param_value(&mut sheet, row, col, k, v, st)?;
        }
        sheet.write_string(row, 3, s.unit)?;
        sheet.write_string(row, 9, yes_no(s.uncertain))?;
        sheet.write_string(row, 10, s.group.title())?;
        sheet.write_string_with_format(row, 11, s.source, &st.wrap)?;
        sheet.write_string_with_format(row, 12, s.help, &st.wrap)?;
    }
    Ok(sheet)
}
