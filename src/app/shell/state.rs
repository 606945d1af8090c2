//! What the app keeps between runs (preferences) and how it is set up (configuration), and the
//! question waiting for an answer before unsaved changes would be dropped.

use std::path::PathBuf;
use std::time::Instant;

use crate::app::files::autosave;
use crate::app::files::dialogs::{self, FileDialogs, NativeDialogs};
use crate::app::shell::commands::Tab;
use crate::app::work::robust::{PASSES, Pass};

/// The robust map's passes in tests: small, so a debug build draws them in a blink.
pub const TEST_PASSES: [Pass; 2] = [
    Pass {
        n: 11,
        max_draws: 20,
    },
    Pass {
        n: 21,
        max_draws: 40,
    },
];

/// The zoom a saved preference may set at start.
pub(crate) const ZOOM_RANGE: (f32, f32) = (0.5, 3.0);

/// Most recent files remembered.
pub(crate) const MAX_RECENT: usize = 8;

/// Preferences that persist between runs (window size is persisted by eframe itself).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Prefs {
    pub dark: bool,
    pub recent: Vec<PathBuf>,
    pub tab: Tab,
    pub map_mode: crate::figure::dealmap::MapMode,
    /// The user's zoom. egui keeps its own, but that one would also keep a presentation's zoom
    /// if the window closed while presenting.
    pub zoom: f32,
}

impl Default for Prefs {
    fn default() -> Self {
        // Light by default: it reads better on a projector.
        Prefs {
            dark: false,
            recent: Vec::new(),
            tab: Tab::Charts,
            map_mode: crate::figure::dealmap::MapMode::Host,
            zoom: 1.0,
        }
    }
}

/// How the app is set up: the real one, or one for tests.
pub struct AppConfig {
    pub initial_file: Option<PathBuf>,
    /// Where autosaves go; `None` turns autosave off.
    pub data_dir: Option<PathBuf>,
    pub dialogs: Box<dyn FileDialogs>,
    /// The default folder for opening and saving (saves/).
    pub saves_dir: PathBuf,
    /// When the process started, to report the time to the first frame.
    pub started: Option<Instant>,
    /// Run the analyses (deal map, Monte Carlo, goal seek) within the frame instead of on
    /// threads, so tests see their results at once.
    pub synchronous_analyses: bool,
    /// The robust map's passes, coarse to full.
    pub robust_passes: Vec<Pass>,
}

impl AppConfig {
    pub fn native(initial_file: Option<PathBuf>, started: Instant) -> AppConfig {
        let saves_dir = std::env::current_dir()
            .map(|d| d.join("saves"))
            .ok()
            .filter(|d| d.is_dir())
            .or_else(|| autosave::data_dir().map(|d| d.join("saves")))
            .unwrap_or_else(|| PathBuf::from("saves"));
        AppConfig {
            initial_file,
            data_dir: autosave::data_dir(),
            dialogs: Box::new(NativeDialogs),
            saves_dir,
            started: Some(started),
            synchronous_analyses: false,
            robust_passes: PASSES.to_vec(),
        }
    }

    /// No native dialogs (they answer "cancel"), autosave in `data_dir`.
    pub fn for_tests(data_dir: Option<PathBuf>) -> AppConfig {
        AppConfig {
            initial_file: None,
            data_dir,
            dialogs: Box::new(dialogs::ScriptedDialogs::cancelling()),
            saves_dir: PathBuf::from("saves"),
            started: None,
            synchronous_analyses: true,
            robust_passes: TEST_PASSES.to_vec(),
        }
    }
}

/// Something that would drop unsaved changes, waiting for the user's answer.
#[derive(Clone, Debug, PartialEq)]
pub enum Pending {
    New,
    OpenDialog,
    Open(PathBuf),
    Preset(usize),
    Revert,
    Quit,
}
