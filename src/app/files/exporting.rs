//! Exports started from the window run off the UI thread and report back here.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};

use eframe::egui;

use crate::core::dealfile::Deal;
use crate::export::error::{create_dir, write_file};
use crate::export::{self, ExportError, Formats};
use crate::figure::Chart;

/// Export size from the window: sharp on a projector, as the CLI's default.
pub const SIZE: (u32, u32) = (1600, 900);

pub enum Outcome {
    Written(Vec<PathBuf>),
    Copied(egui::ColorImage),
    Failed(String),
}

/// What to export.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Job {
    All,
    One(Chart),
    Copy(Chart),
    /// The Excel workbook alone.
    Workbook,
}

fn run(job: Job, deal: &Deal, dir: Option<&Path>) -> Outcome {
    let result = match (job, dir) {
        (Job::Copy(chart), _) => copy(deal, chart),
        (_, None) => return Outcome::Failed("no folder chosen".to_string()),
        (Job::All, Some(dir)) => written(deal, dir, Formats::ALL),
        (Job::Workbook, Some(dir)) => written(
            deal,
            dir,
            Formats {
                xlsx: true,
                ..Formats::NONE
            },
        ),
        (Job::One(chart), Some(dir)) => one(deal, chart, dir),
    };
    result.unwrap_or_else(|e| Outcome::Failed(e.to_string()))
}

fn written(deal: &Deal, dir: &Path, formats: Formats) -> Result<Outcome, ExportError> {
    let (w, h) = SIZE;
    export::export_all(deal, dir, formats, w, h).map(Outcome::Written)
}

/// One chart as SVG and PNG.
fn chart(deal: &Deal, chart: Chart) -> Result<(String, Vec<u8>), ExportError> {
    let (w, h) = SIZE;
    let outcome = crate::core::model::simulate(&deal.params);
    let svg = export::chart_svg(deal, &outcome, chart, w, h);
    let png = export::png_from_svg(&svg, w, h)?;
    Ok((svg, png))
}

fn one(deal: &Deal, c: Chart, dir: &Path) -> Result<Outcome, ExportError> {
    let (svg, png) = chart(deal, c)?;
    create_dir(dir)?;
    let svg_path = write_file(dir, &format!("{}.svg", c.file_stem()), svg.as_bytes())?;
    let png_path = write_file(dir, &format!("{}.png", c.file_stem()), &png)?;
    Ok(Outcome::Written(vec![svg_path, png_path]))
}

fn copy(deal: &Deal, c: Chart) -> Result<Outcome, ExportError> {
    let (_, png) = chart(deal, c)?;
    let pixmap = resvg::tiny_skia::Pixmap::decode_png(&png)
        .map_err(|e| ExportError::Render(e.to_string()))?;
    Ok(Outcome::Copied(egui::ColorImage::from_rgba_premultiplied(
        [pixmap.width() as usize, pixmap.height() as usize],
        pixmap.data(),
    )))
}

/// Starts a job: on a thread (the answer arrives on the receiver), or at once when
/// `synchronous` (tests).
pub fn start(
    job: Job,
    deal: Deal,
    dir: Option<PathBuf>,
    ctx: &egui::Context,
    synchronous: bool,
) -> Receiver<Outcome> {
    let (tx, rx) = channel();
    if synchronous {
        let _ = tx.send(run(job, &deal, dir.as_deref()));
        return rx;
    }
    let ctx = ctx.clone();
    std::thread::spawn(move || {
        let _ = tx.send(run(job, &deal, dir.as_deref()));
        ctx.request_repaint();
    });
    rx
}
