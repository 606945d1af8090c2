//! Exports started from the window run off the UI thread and report back here.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};

use eframe::egui;

use crate::core::dealfile::Deal;
use crate::export::{self, Chart, Formats};

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
}

fn run(job: Job, deal: &Deal, dir: Option<&Path>) -> Outcome {
    let (w, h) = SIZE;
    let one = |chart: Chart| -> Result<(String, Vec<u8>), String> {
        let outcome = crate::core::model::simulate(&deal.params);
        let svg = export::chart_svg(deal, &outcome, chart, w, h);
        let png = export::png_from_svg(&svg, w, h)?;
        Ok((svg, png))
    };
    let result = match (job, dir) {
        (Job::All, Some(dir)) => {
            export::export_all(deal, dir, Formats::ALL, w, h).map(Outcome::Written)
        }
        (Job::One(chart), Some(dir)) => one(chart).and_then(|(svg, png)| {
            std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
            let svg_path = dir.join(format!("{}.svg", chart.file_stem()));
            let png_path = dir.join(format!("{}.png", chart.file_stem()));
            std::fs::write(&svg_path, svg).map_err(|e| format!("{}: {e}", svg_path.display()))?;
            std::fs::write(&png_path, png).map_err(|e| format!("{}: {e}", png_path.display()))?;
            Ok(Outcome::Written(vec![svg_path, png_path]))
        }),
        (Job::Copy(chart), _) => one(chart).and_then(|(_, png)| {
            let pixmap = resvg::tiny_skia::Pixmap::decode_png(&png).map_err(|e| e.to_string())?;
            Ok(Outcome::Copied(egui::ColorImage::from_rgba_premultiplied(
                [pixmap.width() as usize, pixmap.height() as usize],
                pixmap.data(),
            )))
        }),
        (_, None) => Err("no folder chosen".to_string()),
    };
    result.unwrap_or_else(Outcome::Failed)
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
