//! Reports: the text, CSV, JSON, HTML and Excel forms of the core's results. UI-free like the
//! core (tests/core_is_headless.rs checks the sources); the CLI prints them, export writes them
//! and the window copies them, so each report is written once.

pub mod compare;
pub mod deal_map;
pub mod goalseek;
pub mod html;
pub mod json;
pub mod montecarlo;
pub mod nation;
pub mod params;
pub mod robust_map;
pub mod simulation;
pub mod summary;
pub mod tornado;
pub mod workbook;
pub mod yearly;

/// A gain or loss as the text reports show it: signed, two decimals ("+5.37", "-0.12").
pub fn signed(v: f64) -> String {
    format!("{v:+.2}")
}

/// A payback year, or "never".
pub fn year_or_never(year: Option<u32>) -> String {
    year.map_or("never".to_string(), |y| y.to_string())
}
