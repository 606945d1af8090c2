//! The native window: its options, its icon, and starting it.

use std::path::PathBuf;
use std::time::Instant;

use eframe::egui;

use crate::app::JvApp;
use crate::app::files::{autosave, dialogs};
use crate::app::shell::state::AppConfig;
use crate::app::shell::style;

/// A small generated icon: two overlapping discs in the partners' colours.
fn icon() -> egui::IconData {
    const N: u32 = 64;
    let mut rgba = Vec::with_capacity((N * N * 4) as usize);
    for y in 0..N {
        for x in 0..N {
            let (fx, fy) = (x as f32 + 0.5, y as f32 + 0.5);
            let in_a = (fx - 24.0).powi(2) + (fy - 32.0).powi(2) < 18.0f32.powi(2);
            let in_b = (fx - 40.0).powi(2) + (fy - 32.0).powi(2) < 18.0f32.powi(2);
            let c = match (in_a, in_b) {
                (true, true) => style::JV,
                (true, false) => style::HOST,
                (false, true) => style::ENTRANT,
                (false, false) => egui::Color32::TRANSPARENT,
            };
            rgba.extend_from_slice(&c.to_array());
        }
    }
    egui::IconData {
        rgba,
        width: N,
        height: N,
    }
}

/// The window's options. Window state (theme, tab, recent files, geometry) is kept in the data
/// folder beside the autosaves, so `JVSIM_DATA_DIR` keeps all of it in one place.
pub fn native_options(data_dir: Option<PathBuf>) -> eframe::NativeOptions {
    eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("jvsim")
            .with_app_id("jvsim")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([640.0, 420.0])
            .with_drag_and_drop(true)
            .with_icon(icon()),
        renderer: eframe::Renderer::Glow,
        persistence_path: data_dir.map(|d| d.join(WINDOW_STATE_FILE)),
        ..Default::default()
    }
}

/// The window state's file in the data folder (eframe's own name for it).
pub const WINDOW_STATE_FILE: &str = "app.ron";

/// Opens the window; returns the process exit status.
pub fn run(file: Option<PathBuf>, started: Instant) -> i32 {
    dialogs::watch_native_dialog_failures();
    let options = native_options(autosave::data_dir());
    let result = eframe::run_native(
        "jvsim",
        options,
        Box::new(move |cc| Ok(Box::new(JvApp::new(cc, AppConfig::native(file, started))))),
    );
    match result {
        Ok(()) => 0,
        Err(e) => {
            eprintln!(
                "jvsim: cannot open the window: {e}\n\
                 The command line works without one: jvsim simulate, jvsim check, jvsim params."
            );
            1
        }
    }
}
