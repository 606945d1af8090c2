//! The desktop app: an eframe layer over the core, in four rooms. `shell` holds the app's state,
//! its commands and the one place that carries them out, the frame and the window; `views` draw
//! (and return commands, never edit); `files` opens, saves, autosaves and exports; `work` runs
//! the analyses off the UI thread.

pub mod files;
pub mod shell;
pub mod views;
pub mod work;

pub use shell::app::JvApp;
pub use shell::native::{WINDOW_STATE_FILE, native_options, run};
pub use shell::state::{AppConfig, Pending, Prefs};
