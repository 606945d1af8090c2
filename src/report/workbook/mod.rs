//! The Excel workbook (`jvsim export --format xlsx`, File → Export → Excel workbook): one sheet
//! each for the key figures, the yearly figures, the host country's account, the deal map, the
//! robust deal map, the tornado, the Monte Carlo bands and the parameters. Numbers are stored as numbers (fractions as fractions) with number
//! formats, so the sheets calculate in Excel, LibreOffice and Google Sheets alike.

mod deal_map;
pub mod nation;
mod params;
pub mod robust_map;
mod summary;
mod time_series;
mod tornado;

use rust_xlsxwriter::{
    ColNum, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, RowNum, Workbook,
    Worksheet, XlsxError,
};

use crate::core::dealfile::Deal;
use crate::core::model::{Outcome, simulate};
use crate::core::montecarlo::{Bands, monte_carlo};
use crate::core::nation::Nation;
use crate::core::params::{Key, Kind, Scale};
use crate::core::robust::{RobustGrid, p_zone_here, robust_grid};
use crate::core::sensitivity::{Tornado, tornado};
use crate::core::sweep::{Grid, MAP_GRID, deal_grid};

/// The sheets, in order.
pub const SHEETS: [&str; 8] = [
    "Summary",
    "Yearly",
    "Host country",
    "Deal map",
    "Robust map",
    "Tornado",
    "Monte Carlo",
    "Parameters",
];

/// The workbook could not be assembled (a bug rather than bad input: every value written is
/// within Excel's limits).
#[derive(Debug, thiserror::Error)]
#[error("cannot assemble the workbook")]
pub struct WorkbookError(#[from] XlsxError);

/// The robust map's points per axis in the workbook (4 % steps).
pub const ROBUST_GRID: usize = 26;
/// The most draws the workbook's robust map runs: grid² deals per draw add up (26 × 26 × 200 is
/// 135,000 deals), while the chances move by well under the map's steps beyond it. Fewer when
/// the deal asks for fewer Monte Carlo draws.
pub const ROBUST_DRAWS: u32 = 200;

/// Everything the workbook shows of one deal.
pub struct Analyses {
    pub outcome: Outcome,
    pub nation: Nation,
    pub grid: Grid,
    pub tornado: Tornado,
    pub bands: Bands,
    pub robust: RobustGrid,
    /// The chance both gain at the deal as set, over the robust map's draws.
    pub p_zone_here: f64,
}

impl Analyses {
    /// Runs every analysis at the settings the window and the charts use; the robust map on
    /// `ROBUST_GRID` points per axis and at most `ROBUST_DRAWS` draws.
    pub fn of(deal: &Deal) -> Analyses {
        let p = &deal.params;
        let outcome = simulate(p);
        let (draws, seed) = (p.mc_draws.min(ROBUST_DRAWS) as usize, u64::from(p.mc_seed));
        Analyses {
            nation: Nation::of(&outcome),
            outcome,
            grid: deal_grid(p, MAP_GRID),
            tornado: tornado(p),
            bands: monte_carlo(p, p.mc_draws as usize, u64::from(p.mc_seed)),
            robust: robust_grid(p, ROBUST_GRID, draws, seed),
            p_zone_here: p_zone_here(p, draws, seed),
        }
    }
}

/// The .xlsx file's bytes. The same deal gives the same bytes: the document's creation time
/// is fixed rather than the clock's, since the workbook depends on the deal, not on when it was
/// written.
pub fn bytes(deal: &Deal, a: &Analyses) -> Result<Vec<u8>, WorkbookError> {
    let styles = Styles::new();
    let mut book = Workbook::new();
    let created = ExcelDateTime::from_ymd(2000, 1, 1)?;
    book.set_properties(
        &DocProperties::new()
            .set_title(&deal.name)
            .set_comment(format!(
                "Made by jvsim {}; model and sources in docs/MODEL.md",
                env!("CARGO_PKG_VERSION")
            ))
            .set_creation_datetime(&created),
    );
    let sheets = [
        summary::sheet(deal, &a.outcome, &a.grid, &styles)?,
        time_series::yearly(deal, &a.outcome, &styles)?,
        nation::sheet(deal, &a.nation, &styles)?,
        deal_map::sheet(&a.grid, &styles)?,
        robust_map::sheet(&a.robust, a.p_zone_here, &styles)?,
        tornado::sheet(deal, &a.tornado, &styles)?,
        time_series::monte_carlo(deal, &a.bands, &styles)?,
        params::sheet(deal, &styles)?,
    ];
    for (mut sheet, name) in sheets.into_iter().zip(SHEETS) {
        sheet.set_name(name)?;
        book.push_worksheet(sheet);
    }
    Ok(book.save_to_buffer()?)
}

/// The cell formats every sheet shares.
struct Styles {
    header: Format,
    /// A header that is a fraction (the deal map's stakes).
    header_percent: Format,
    title: Format,
    /// US$ B.
    money: Format,
    /// A fraction shown as a percentage.
    percent: Format,
    /// A fraction shown as a whole percentage (the robust map's chances).
    percent_whole: Format,
    /// A parameter's fraction: as many decimals as parameters are set with.
    percent_fine: Format,
    /// A technology index.
    index: Format,
    /// A calendar year or a count.
    whole: Format,
    /// A switch stored as 1 or 0.
    switch: Format,
    wrap: Format,
}

impl Styles {
    fn new() -> Styles {
        Styles {
            header: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Top)
                .set_border_bottom(FormatBorder::Thin),
            header_percent: Format::new()
                .set_bold()
                .set_num_format("0%")
                .set_border_bottom(FormatBorder::Thin),
            title: Format::new().set_bold(),
            money: Format::new().set_num_format("0.00"),
            percent: Format::new().set_num_format("0.0%"),
            percent_whole: Format::new().set_num_format("0%"),
            percent_fine: Format::new().set_num_format("0.0##%"),
            index: Format::new().set_num_format("0.000"),
            whole: Format::new().set_num_format("0"),
            switch: Format::new().set_num_format("\"on\";\"on\";\"off\""),
            wrap: Format::new().set_text_wrap().set_align(FormatAlign::Top),
        }
    }

    /// The format a parameter's value is shown in: percentages for fractions, whole numbers,
    /// on/off, or the number as is (its unit in a column beside it).
    fn param(&self, key: Key) -> Option<&Format> {
        let spec = key.spec();
        match (spec.kind, spec.scale) {
            (Kind::Switch, _) => Some(&self.switch),
            (Kind::Count, _) => Some(&self.whole),
            (Kind::Real, Scale::Percent) => Some(&self.percent_fine),
            (Kind::Real, Scale::Plain) => None,
        }
    }
}

/// Writes a header row and sets each column's width.
fn header(
    sheet: &mut Worksheet,
    row: RowNum,
    columns: &[(&str, f64)],
    styles: &Styles,
) -> Result<(), XlsxError> {
    for (col, &(text, width)) in (0..).zip(columns) {
        sheet.write_string_with_format(row, col, text, &styles.header)?;
        sheet.set_column_width(col, width)?;
    }
    Ok(())
}

/// Writes a parameter value in its format.
fn param_value(
    sheet: &mut Worksheet,
    row: RowNum,
    col: ColNum,
    key: Key,
    v: f64,
    styles: &Styles,
) -> Result<(), XlsxError> {
    match styles.param(key) {
        Some(f) => sheet.write_number_with_format(row, col, v, f)?,
        None => sheet.write_number(row, col, v)?,
    };
    Ok(())
}

/// "yes" or "no".
fn yes_no(v: bool) -> &'static str {
    if v { "yes" } else { "no" }
}
