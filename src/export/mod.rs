//! Exporting charts and data: every chart built as SVG from the model's data, rasterised to PNG
//! with resvg (one rendering path), the yearly data as CSV and a one-page HTML summary. Used by
//! `jvsim export` and the window alike; deterministic for the same input.

pub mod charts;
pub mod svg;

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use crate::core::analysis::Summary;
use crate::core::dealfile::Deal;
use crate::core::model::{Outcome, Partner, simulate};
use crate::core::montecarlo::monte_carlo;
use crate::core::params::{Key, SPECS};
use crate::core::sensitivity::tornado;
use crate::core::sweep::{MAP_GRID, deal_grid};

/// The charts, in the order of the summary page; `file_stem` names their files.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Chart {
    Profit,
    CumulativeProfit,
    Technology,
    DealMap,
    Tornado,
    MonteCarlo,
}

impl Chart {
    pub const ALL: [Chart; 6] = [
        Chart::Profit,
        Chart::CumulativeProfit,
        Chart::Technology,
        Chart::DealMap,
        Chart::Tornado,
        Chart::MonteCarlo,
    ];

    pub fn file_stem(self) -> &'static str {
        match self {
            Chart::Profit => "profit",
            Chart::CumulativeProfit => "cumulative_profit",
            Chart::Technology => "technology",
            Chart::DealMap => "deal_map",
            Chart::Tornado => "tornado",
            Chart::MonteCarlo => "monte_carlo",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Chart::Profit => "Yearly profit",
            Chart::CumulativeProfit => "Cumulative profit",
            Chart::Technology => "Technology",
            Chart::DealMap => "Deal map",
            Chart::Tornado => "Sensitivity",
            Chart::MonteCarlo => "Monte Carlo",
        }
    }
}

/// What to write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Formats {
    pub png: bool,
    pub svg: bool,
    pub csv: bool,
    pub html: bool,
}

impl Formats {
    pub const ALL: Formats = Formats {
        png: true,
        svg: true,
        csv: true,
        html: true,
    };

    /// Parses `png,svg,csv,html` (any subset, any order).
    pub fn parse(text: &str) -> Result<Formats, String> {
        let mut f = Formats {
            png: false,
            svg: false,
            csv: false,
            html: false,
        };
        for part in text.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            match part {
                "png" => f.png = true,
                "svg" => f.svg = true,
                "csv" => f.csv = true,
                "html" => f.html = true,
                other => {
                    return Err(format!(
                        "unknown format `{other}`; choose from png, svg, csv, html"
                    ));
                }
            }
        }
        if f == (Formats {
            png: false,
            svg: false,
            csv: false,
            html: false,
        }) {
            return Err("no format given; choose from png, svg, csv, html".into());
        }
        Ok(f)
    }
}

/// Parses `WxH` in pixels, each from 200 to 8000.
pub fn parse_size(text: &str) -> Result<(u32, u32), String> {
    let err = || format!("`{text}` is not a size like 1600x900 (each side 200 to 8000 pixels)");
    let (w, h) = text.split_once(['x', 'X']).ok_or_else(err)?;
    let w: u32 = w.trim().parse().map_err(|_| err())?;
    let h: u32 = h.trim().parse().map_err(|_| err())?;
    if !(200..=8000).contains(&w) || !(200..=8000).contains(&h) {
        return Err(err());
    }
    Ok((w, h))
}

/// One chart as SVG text at `w × h` pixels, computing only what that chart shows. `o` is the
/// deal's simulation, which the time-series charts share.
pub fn chart_svg(deal: &Deal, o: &Outcome, chart: Chart, w: u32, h: u32) -> String {
    let (w, h) = (f64::from(w), f64::from(h));
    let p = &deal.params;
    match chart {
        Chart::Profit => charts::profit(deal, o, false, w, h),
        Chart::CumulativeProfit => charts::profit(deal, o, true, w, h),
        Chart::Technology => charts::technology(deal, o, w, h),
        Chart::DealMap => charts::deal_map(deal, &deal_grid(p, MAP_GRID), w, h),
        Chart::Tornado => charts::tornado(deal, &tornado(p), w, h),
        Chart::MonteCarlo => {
            let bands = monte_carlo(p, p.mc_draws as usize, u64::from(p.mc_seed));
            charts::fan(deal, &bands, w, h)
        }
    }
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
pub fn png_from_svg(svg: &str, w: u32, h: u32) -> Result<Vec<u8>, String> {
    let options = resvg::usvg::Options {
        fontdb: fonts(),
        ..Default::default()
    };
    let tree = resvg::usvg::Tree::from_str(svg, &options).map_err(|e| e.to_string())?;
    let mut pixmap = resvg::tiny_skia::Pixmap::new(w, h).ok_or("image size out of range")?;
    let size = tree.size();
    let transform =
        resvg::tiny_skia::Transform::from_scale(w as f32 / size.width(), h as f32 / size.height());
    resvg::render(&tree, transform, &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| e.to_string())
}

/// Writes the requested files into `dir` (created if needed); returns their paths.
pub fn export_all(
    deal: &Deal,
    dir: &Path,
    formats: Formats,
    w: u32,
    h: u32,
) -> Result<Vec<PathBuf>, String> {
    fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let write = |name: &str, bytes: &[u8]| -> Result<PathBuf, String> {
        let path = dir.join(name);
        fs::write(&path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        Ok(path)
    };
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
            crate::cli::csv_text(&outcome).as_bytes(),
        )?);
    }
    if formats.html {
        written.push(write(
            "summary.html",
            summary_html(deal, &outcome, &pngs).as_bytes(),
        )?);
    }
    Ok(written)
}

fn base64(bytes: &[u8]) -> String {
    const TABLE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(TABLE[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// A self-contained page: terms, key figures, version, every parameter, the charts.
pub fn summary_html(deal: &Deal, o: &Outcome, pngs: &[(Chart, Vec<u8>)]) -> String {
    use svg::escape;
    let s = Summary::of(o);
    let mut h = String::new();
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{}</title>\
         <style>body{{font-family:Ubuntu,Helvetica,Arial,sans-serif;max-width:1000px;margin:2em auto;color:#222}}\
         table{{border-collapse:collapse}}td,th{{padding:3px 10px;border-bottom:1px solid #ddd;text-align:left}}\
         td.n{{text-align:right}}img{{width:100%;border:1px solid #ddd;margin:8px 0}}.gain{{color:#1a853a}}.loss{{color:#c0392b}}</style></head><body>\n",
        escape(&deal.name)
    );
    let _ = write!(
        h,
        "<h1>{}</h1>\n<p>{} (host) and {} (entrant): {}.</p>\n",
        escape(&deal.name),
        escape(&deal.host),
        escape(&deal.entrant),
        escape(&deal.terms_caption())
    );
    let zone = if s.in_deal_zone {
        "<p class=\"gain\"><b>In the deal zone: both partners beat their no-deal NPV.</b></p>"
    } else {
        "<p class=\"loss\"><b>Outside the deal zone: at least one partner does better without the deal.</b></p>"
    };
    h.push_str(zone);
    h.push_str("\n<table><tr><th></th><th>NPV, deal</th><th>NPV, no deal</th><th>gain if approved</th><th>expected gain</th><th>ahead of no deal from</th><th>technology, final year</th></tr>\n");
    for (name, who) in [
        (&deal.host, Partner::Host),
        (&deal.entrant, Partner::Entrant),
    ] {
        let ps = s.partner(who);
        let class = if ps.gain >= 0.0 { "gain" } else { "loss" };
        let _ = writeln!(
            h,
            "<tr><td>{}</td><td class=\"n\">{:.2}</td><td class=\"n\">{:.2}</td><td class=\"n {class}\">{:+.2}</td><td class=\"n {class}\">{:+.2}</td><td>{}</td><td class=\"n\">{:.3} (no deal {:.3})</td></tr>",
            escape(name),
            ps.npv,
            ps.npv_no_deal,
            ps.gain,
            s.expected_gain(who),
            ps.payback_year.map_or("never".into(), |y| y.to_string()),
            ps.final_tech,
            ps.final_tech_no_deal
        );
    }
    let _ = writeln!(
        h,
        "</table>\n<p>Approval: the entrant's home government {:.0} %, the host government {:.0} %, both {:.0} %; the expected gain is the gain if approved times the chance both approve.</p>\n<p>Money in US$ billions; NPVs at {} a year. The entrant's technology lead in {}: {:.3} ({:.0} % of its index).</p>",
        s.approval.home * 100.0,
        s.approval.host * 100.0,
        s.approval.both * 100.0,
        Key::discount_rate
            .spec()
            .format_display(deal.params.discount_rate),
        o.deal.year(o.deal.years - 1),
        s.final_lead,
        s.final_lead_share() * 100.0
    );
    for (chart, png) in pngs {
        let _ = writeln!(
            h,
            "<h2>{}</h2>\n<img alt=\"{}\" src=\"data:image/png;base64,{}\">",
            chart.title(),
            chart.title(),
            base64(png)
        );
    }
    h.push_str("<h2>Parameters</h2>\n<table><tr><th>parameter</th><th>value</th><th>key</th><th>source</th></tr>\n");
    for (spec, &k) in SPECS.iter().zip(Key::ALL) {
        let _ = writeln!(
            h,
            "<tr><td>{}</td><td class=\"n\">{}</td><td><code>{}</code></td><td>{}</td></tr>",
            escape(spec.label),
            escape(&spec.format_display(deal.params.get(k))),
            spec.key,
            escape(spec.source)
        );
    }
    let _ = writeln!(
        h,
        "</table>\n<p>Notes: {}</p>\n<p><small>Made by jvsim {}; model and sources in docs/MODEL.md.</small></p>\n</body></html>",
        escape(&deal.notes),
        env!("CARGO_PKG_VERSION")
    );
    h
}

#[cfg(test)]
mod tests {
    #[test]
    fn base64_matches_the_standard_alphabet() {
        assert_eq!(super::base64(b""), "");
        assert_eq!(super::base64(b"f"), "Zg==");
        assert_eq!(super::base64(b"fo"), "Zm8=");
        assert_eq!(super::base64(b"foo"), "Zm9v");
        assert_eq!(super::base64(b"foobar"), "Zm9vYmFy");
    }

    #[test]
    fn sizes_and_formats_parse() {
        assert_eq!(super::parse_size("1600x900"), Ok((1600, 900)));
        assert!(super::parse_size("10x10").is_err());
        assert!(super::parse_size("big").is_err());
        assert!(super::Formats::parse("png,html").unwrap().html);
        assert!(super::Formats::parse("gif").is_err());
    }
}
