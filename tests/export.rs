//! Exported charts and files: parseable SVG with both partners and the axis labels, PNGs of the
//! requested size that are not blank, series.csv identical to `simulate --csv`.

use std::fs;
use std::process::Command;

use jvsim::core::dealfile::Deal;
use jvsim::export::{Chart, Formats, chart_svgs, export_all, png_from_svg};

#[test]
fn every_chart_is_valid_svg_naming_both_partners_and_its_axes() {
    let deal = Deal::default();
    let svgs = chart_svgs(&deal, 1600, 900);
    assert_eq!(svgs.len(), Chart::ALL.len());
    for (chart, svg) in &svgs {
        let tree = resvg::usvg::Tree::from_str(svg, &resvg::usvg::Options::default());
        assert!(tree.is_ok(), "{chart:?}: {:?}", tree.err());
        assert!(svg.contains(&deal.host), "{chart:?} lacks the host");
        assert!(svg.contains(&deal.entrant), "{chart:?} lacks the entrant");
    }
    let get = |c: Chart| &svgs.iter().find(|(k, _)| *k == c).unwrap().1;
    for c in [
        Chart::Profit,
        Chart::CumulativeProfit,
        Chart::Technology,
        Chart::MonteCarlo,
    ] {
        assert!(get(c).contains(">year</text>"), "{c:?}");
    }
    assert!(get(Chart::Profit).contains("profit, US$ B per year"));
    assert!(get(Chart::CumulativeProfit).contains("cumulative profit, US$ B"));
    assert!(get(Chart::Technology).contains("technology index"));
    assert!(
        get(Chart::DealMap).contains("host stake")
            && get(Chart::DealMap).contains("technology shared")
    );
    assert!(get(Chart::Tornado).contains("NPV gain, US$ B"));
    // Same colours as the window.
    assert!(get(Chart::Profit).contains(&jvsim::palette::HOST.hex()));
    assert!(get(Chart::Profit).contains(&jvsim::palette::ENTRANT.hex()));
    // Deterministic.
    assert_eq!(svgs, chart_svgs(&deal, 1600, 900));
}

fn decode(png: &[u8]) -> (u32, u32, Vec<u8>) {
    let pixmap = resvg::tiny_skia::Pixmap::decode_png(png).expect("a PNG");
    (pixmap.width(), pixmap.height(), pixmap.data().to_vec())
}

#[test]
fn pngs_have_the_requested_size_and_are_not_blank() {
    let deal = Deal::default();
    for (w, h) in [(1600, 900), (640, 360)] {
        for (chart, svg) in chart_svgs(&deal, w, h) {
            let png = png_from_svg(&svg, w, h).unwrap();
            let (pw, ph, data) = decode(&png);
            assert_eq!((pw, ph), (w, h), "{chart:?}");
            // Not one colour: count distinct pixels, and some must be dark (text, lines).
            let pixels: std::collections::HashSet<&[u8]> = data.chunks(4).collect();
            assert!(pixels.len() > 50, "{chart:?} looks blank");
            let dark = data
                .chunks(4)
                .filter(|p| p[0] < 140 && p[1] < 140 && p[2] < 140)
                .count();
            assert!(
                dark > 50,
                "{chart:?} has no text or lines ({dark} dark pixels)"
            );
        }
    }
}

#[test]
fn export_writes_the_files_and_series_csv_equals_simulate_csv() {
    let dir = tempfile::tempdir().unwrap();
    let deal = Deal::default();
    let files = export_all(&deal, dir.path(), Formats::ALL, 800, 450).unwrap();
    for c in Chart::ALL {
        for ext in ["svg", "png"] {
            assert!(
                dir.path().join(format!("{}.{ext}", c.file_stem())).exists(),
                "{c:?}.{ext}"
            );
        }
    }
    // Two files per chart, series.csv, summary.html and the workbook.
    assert_eq!(files.len(), 2 * Chart::ALL.len() + 3);
    assert!(dir.path().join(jvsim::export::WORKBOOK_FILE).exists());
    let csv = fs::read_to_string(dir.path().join("series.csv")).unwrap();
    let cli = Command::new(env!("CARGO_BIN_EXE_jvsim"))
        .args(["simulate", "--csv"])
        .output()
        .unwrap();
    assert_eq!(csv, String::from_utf8(cli.stdout).unwrap());
    let html = fs::read_to_string(dir.path().join("summary.html")).unwrap();
    assert!(html.contains(&deal.name) && html.contains("data:image/png;base64,"));
    assert!(html.contains(env!("CARGO_PKG_VERSION")));
    assert!(html.contains("<code>host_stake</code>"));
    // Only what was asked for.
    let only = tempfile::tempdir().unwrap();
    let files = export_all(&deal, only.path(), Formats::parse("csv").unwrap(), 800, 450).unwrap();
    assert_eq!(files.len(), 1);
}

#[test]
fn export_command_is_deterministic_and_checks_its_options() {
    let run = |dir: &std::path::Path| {
        Command::new(env!("CARGO_BIN_EXE_jvsim"))
            .args([
                "export",
                "--set",
                "host_stake=0.6",
                "--format",
                "svg,png",
                "--size",
                "800x450",
                "--out",
            ])
            .arg(dir)
            .output()
            .unwrap()
    };
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    assert_eq!(run(a.path()).status.code(), Some(0));
    assert_eq!(run(b.path()).status.code(), Some(0));
    for c in Chart::ALL {
        for ext in ["svg", "png"] {
            let name = format!("{}.{ext}", c.file_stem());
            assert_eq!(
                fs::read(a.path().join(&name)).unwrap(),
                fs::read(b.path().join(&name)).unwrap(),
                "{name}"
            );
        }
    }
    let bad = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_jvsim"))
            .arg("export")
            .args(args)
            .output()
            .unwrap()
            .status
            .code()
    };
    let out = a.path().to_str().unwrap();
    assert_eq!(bad(&["--out", out, "--size", "huge"]), Some(2));
    assert_eq!(bad(&["--out", out, "--format", "gif"]), Some(2));
    assert_eq!(bad(&["--format", "png"]), Some(2)); // --out missing
}
