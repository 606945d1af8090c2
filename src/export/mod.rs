//! Exporting charts and data: every chart built as SVG from the model's data, rasterised to PNG
//! with resvg (one rendering path), and the reports of `crate::report` written beside them: the
//! yearly data as CSV, a one-page HTML summary and an Excel workbook. Used by `jvsim export` and
//! the window alike; deterministic for the same input.

mod bars_svg;
pub mod charts;
pub mod error;
mod legend_svg;
mod map_svg;
mod plot_svg;
mod style_svg;
pub mod svg;

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

pub use error::{ExportError, OptionError};

use crate::core::dealfile::Deal;
use crate::core::model::{Outcome, simulate};
use crate::core::montecarlo::monte_carlo;
use crate::core::robust::{RobustGrid, p_zone_here, robust_grid};
use crate::core::sensitivity;
use crate::core::sweep::{MAP_GRID, deal_grid};
use crate::figure::dealmap::{self, MapData, MapMode};
use crate::figure::{Figure, montecarlo, nation, profit, technology, tornado};

/// The chart catalogue lives with the chart descriptions; exports name their files from it.
pub use crate::figure::Chart;

/// What to write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Formats {
    pub png: bool,
    pub svg: bool,
    pub csv: bool,
    pub html: bool,
    pub xlsx: bool,
}

/// The file the workbook is written to, in the export folder.
pub const WORKBOOK_FILE: &str = "jvsim.xlsx";

impl Formats {
    pub const ALL: Formats = Formats {
        png: true,
        svg: true,
        csv: true,
        html: true,
        xlsx: true,
    };

    pub const NONE: Formats = Formats {
        png: false,
        svg: false,
        csv: false,
        html: false,
        xlsx: false,
    };

    /// Parses `png,svg,csv,html,xlsx` (any subset, any order).
    pub fn parse(text: &str) -> Result<Formats, OptionError> {
        let mut f = Formats::NONE;
        for part in text.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            match part {
                "png" => f.png = true,
                "svg" => f.svg = true,
                "csv" => f.csv = true,
                "html" => f.html = true,
                "xlsx" => f.xlsx = true,
                other => return Err(OptionError::UnknownFormat(other.to_string())),
            }
        }
        if f == Formats::NONE {
            return Err(OptionError::NoFormat);
        }
        Ok(f)
    }
}

/// Parses `WxH` in pixels, each from 200 to 8000.
pub fn parse_size(text: &str) -> Result<(u32, u32), OptionError> {
    let err = || OptionError::BadSize(text.to_string());
    let (w, h) = text.split_once(['x', 'X']).ok_or_else(err)?;
    let w: u32 = w.trim().parse().map_err(|_| err())?;
    let h: u32 = h.trim().parse().map_err(|_| err())?;
    if !(200..=8000).contains(&w) || !(200..=8000).contains(&h) {
        return Err(err());
    }
    Ok((w, h))
}

/// Grid points per axis of an exported robust map, and the most draws it takes: a modest size,
/// as the window's second pass (the full map is the window's, which fills in progressively).
pub const ROBUST_GRID: usize = 51;
pub const ROBUST_DRAWS: usize = 300;

/// The robust map an export draws: `ROBUST_GRID` points a side, the deal's draws up to
/// `ROBUST_DRAWS`, the deal's seed.
pub fn export_robust_grid(p: &crate::core::params::Params) -> RobustGrid {
    let draws = (p.mc_draws as usize).min(ROBUST_DRAWS);
    robust_grid(p, ROBUST_GRID, draws, u64::from(p.mc_seed))
}

/// One chart's figure, computing only what that chart shows. `o` is the deal's simulation,
/// which the time-series charts share. Exports draw no pinned scenarios and the map coloured by
/// the host's gain.
pub fn chart_figure(deal: &Deal, o: &Outcome, chart: Chart) -> Figure {
    let p = &deal.params;
    match chart {
        Chart::Profit => profit::figure(deal, o, false, &[]),
        Chart::CumulativeProfit => profit::figure(deal, o, true, &[]),
        Chart::Technology => technology::figure(deal, o, &[]),
        Chart::Nation => nation::figure(deal, o, &[]),
        Chart::DealMap => dealmap::figure(
            deal,
            MapData::grid(Some(&deal_grid(p, MAP_GRID))),
            MapMode::Host,
            &[],
        ),
        Chart::RobustMap => {
            let robust = export_robust_grid(p);
            // The current deal's own chance, over the map's draws.
            let here = p_zone_here(p, robust.draws, robust.seed);
            let data = MapData {
                grid: None,
                robust: Some(&robust),
                chance_here: Some((here, robust.draws)),
            };
            dealmap::figure(deal, data, MapMode::Chance, &[])
        }
        Chart::Tornado => tornado::figure(deal, &sensitivity::tornado(p)),
        Chart::MonteCarlo => {
            let bands = monte_carlo(p, p.mc_draws as usize, u64::from(p.mc_seed));
            montecarlo::figure(deal, &bands, o)
        }
    }
}

/// One chart as SVG text at `w × h` pixels.
pub fn chart_svg(deal: &Deal, o: &Outcome, chart: Chart, w: u32, h: u32) -> String {
    charts::svg(&chart_figure(deal, o, chart), f64::from(w), f64::from(h))
}

/// Every chart of a deal as SVG text, at `w × h` pixels.
pub fn chart_svgs(deal: &Deal, w: u32, h: u32) -> Vec<(Chart, String)> {
    let o = simulate(&deal.params);
    Chart::ALL
        .iter()
        .map(|&c| (c, chart_svg(deal, &o, c, w, h)))
        .collect()
}

/// The font the window uses, so exported text looks the same.
fn fonts() -> Arc<resvg::usvg::fontdb::Database> {
    static DB: OnceLock<Arc<resvg::usvg::fontdb::Database>> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = resvg::usvg::fontdb::Database::new();
        db.load_font_data(epaint_default_fonts::UBUNTU_LIGHT.to_vec());
        db.set_sans_serif_family("Ubuntu");
        Arc::new(db)
    })
    .clone()
}

/// Rasterises SVG text to PNG bytes at `w × h`.
pub fn png_from_svg(svg: &str, w: u32, h: u32) -> Result<Vec<u8>, ExportError> {
    let options = resvg::usvg::Options {
        fontdb: fonts(),
        ..Default::default()
    };
    let tree = resvg::usvg::Tree::from_str(svg, &options)
        .map_err(|e| ExportError::Render(e.to_string()))?;
    let mut pixmap = resvg::tiny_skia::Pixmap::new(w, h)
        .ok_or_else(|| ExportError::Render("image size out of range".into()))?;
    let size = tree.size();
    let transform =
        resvg::tiny_skia::Transform::from_scale(w as f32 / size.width(), h as f32 / size.height());
    resvg::render(&tree, transform, &mut pixmap.as_mut());
    pixmap
        .encode_png()
        .map_err(|e| ExportError::Render(e.to_string()))
}

/// Writes the requested files into `dir` (created if needed); returns their paths.
pub fn export_all(
    deal: &Deal,
    dir: &Path,
    formats: Formats,
    w: u32,
    h: u32,
) -> Result<Vec<PathBuf>, ExportError> {
    error::create_dir(dir)?;
    let write = |name: &str, bytes: &[u8]| error::write_file(dir, name, bytes);
    let mut written = Vec::new();
    let mut pngs = Vec::new();
    let outcome = simulate(&deal.params);
    if formats.png || formats.svg || formats.html {
        for chart in Chart::ALL {
            let svg = chart_svg(deal, &outcome, chart, w, h);
            if formats.svg {
                written.push(write(
                    &format!("{}.svg", chart.file_stem()),
                    svg.as_bytes(),
                )?);
            }
            if formats.png || formats.html {
                let png = png_from_svg(&svg, w, h)?;
                if formats.png {
                    written.push(write(&format!("{}.png", chart.file_stem()), &png)?);
                }
                pngs.push((chart, png));
            }
        }
    }
    if formats.csv {
        written.push(write(
            "series.csv",
            crate::report::yearly::csv(&outcome).as_bytes(),
        )?);
    }
    if formats.html {
        let charts: Vec<(&str, &[u8])> =
            pngs.iter().map(|(c, png)| (c.title(), &png[..])).collect();
        written.push(write(
            "summary.html",
            crate::report::html::page(deal, &outcome, &charts).as_bytes(),
        )?);
    }
    if formats.xlsx {
        use crate::report::workbook;
        let bytes = workbook::bytes(deal, &workbook::Analyses::of(deal))?;
        written.push(write(WORKBOOK_FILE, &bytes)?);
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    #[test]
    fn sizes_and_formats_parse() {
        assert_eq!(super::parse_size("1600x900"), Ok((1600, 900)));
        assert!(super::parse_size("10x10").is_err());
        assert!(super::parse_size("big").is_err());
        assert!(super::Formats::parse("png,html").unwrap().html);
        assert!(super::Formats::parse("gif").is_err());
    }
}
