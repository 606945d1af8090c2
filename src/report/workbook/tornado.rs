//! The Tornado sheet: every bar of both partners, widest first, with the parameter's low and
//! high values and the NPV gain at each; which bars the charts show is marked.

use rust_xlsxwriter::{Worksheet, XlsxError};

use super::{Styles, header, param_value, yes_no};
use crate::core::dealfile::Deal;
use crate::core::sensitivity::{Tornado, shown};

pub(super) fn sheet(deal: &Deal, t: &Tornado, st: &Styles) -> Result<Worksheet, XlsxError> {
    let mut sheet = Worksheet::new();
    header(
        &mut sheet,
        0,
        &[
            ("Partner", 18.0),
            ("Parameter", 40.0),
            ("Key", 26.0),
            ("Low", 10.0),
            ("High", 10.0),
            ("Unit", 14.0),
            ("NPV gain at low, US$ B", 12.0),
            ("NPV gain at high, US$ B", 12.0),
            ("Width, US$ B", 10.0),
            ("NPV gain as set, US$ B", 12.0),
            ("Uncertain (Monte Carlo draws it)", 14.0),
            ("Monotone", 10.0),
            ("In the chart", 10.0),
        ],
        st,
    )?;
    sheet.set_freeze_panes(1, 2)?;
    let mut row = 1;
    for (name, base, bars) in [
        (&deal.host, t.host_base, &t.host),
        (&deal.entrant, t.entrant_base, &t.entrant),
    ] {
        let (uncertain, held) = shown(bars);
        for b in bars {
            let s = b.key.spec();
            let in_chart = uncertain.iter().chain(&held).any(|c| c.key == b.key);
            sheet.write_string(row, 0, name)?;
            sheet.write_string(row, 1, s.label)?;
            sheet.write_string(row, 2, s.key)?;
            param_value(&mut sheet, row, 3, b.key, b.low, st)?;
            param_value(&mut sheet, row, 4, b.key, b.high, st)?;
            sheet.write_string(row, 5, s.unit)?;
            for (col, v) in [
                (6, b.gain_at_low),
                (7, b.gain_at_high),
                (8, b.width()),
                (9, base),
            ] {
                sheet.write_number_with_format(row, col, v, &st.money)?;
            }
            sheet.write_string(row, 10, yes_no(s.uncertain))?;
            sheet.write_string(row, 11, yes_no(b.monotone))?;
            sheet.write_string(row, 12, yes_no(in_chart))?;
            row += 1;
        }
    }
    Ok(sheet)
}
