//! A progress bar with the time left for long work, on standard error, only when that is a
//! terminal: piped or redirected output gets no bar and no escape codes.

use std::io::IsTerminal as _;

use indicatif::{ProgressBar, ProgressStyle};

/// Counts finished steps of `len`; does nothing when standard error is not a terminal.
pub struct Progress(Option<ProgressBar>);

impl Progress {
    /// `unit` names a step ("draws").
    pub fn new(len: usize, unit: &str) -> Progress {
        if !std::io::stderr().is_terminal() {
            return Progress(None);
        }
        let bar = ProgressBar::new(len as u64);
        let template = format!("{{bar:40}} {{pos}}/{{len}} {unit}, {{eta}} left");
        // The template is fixed and valid; were it not, the default style is still a bar.
        if let Ok(style) = ProgressStyle::with_template(&template) {
            bar.set_style(style);
        }
        Progress(Some(bar))
    }

    /// One more step finished; callable from any thread.
    pub fn step(&self) {
        if let Some(bar) = &self.0 {
            bar.inc(1);
        }
    }

    /// Removes the bar, so only the results remain on the terminal.
    pub fn finish(&self) {
        if let Some(bar) = &self.0 {
            bar.finish_and_clear();
        }
    }
}
