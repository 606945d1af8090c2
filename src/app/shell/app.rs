//! The app itself: the open deal and its simulation, the pinned scenarios, what is on screen,
//! and the runtime resources (dialogs, background work, autosave) that serve them. Commands are
//! carried out in `dispatch`, the frame is drawn in `frame`.

use std::path::PathBuf;
use std::sync::mpsc::Receiver;

use std::time::Instant;

use eframe::egui::{self, Ui};

use crate::app::files::autosave::{Autosave, Recovered};
use crate::app::files::dialogs::{DialogAnswer, DialogKind, FileDialogs};
use crate::app::files::document::Document;
use crate::app::files::{exporting, file_browser};
use crate::app::shell::commands::Command;
use crate::app::shell::history::History;
use crate::app::shell::live::Live;
use crate::app::shell::state::{AppConfig, Pending, Prefs, ZOOM_RANGE};
use crate::app::shell::style::Palette;
use crate::app::views::{help, map_texture, presentation, scenarios};
use crate::app::work::analyses;
use crate::core::dealfile::Deal;

pub struct JvApp {
    pub prefs: Prefs,
    pub doc: Document,
    pub live: Live,
    /// The last problem to show (a file that failed to load or save), until dismissed.
    pub error: Option<String>,
    /// A short confirmation ("Saved …").
    pub notice: Option<String>,
    /// The error's whole text shown in a window.
    pub error_details: bool,
    pub pending: Option<Pending>,
    pub recovered: Option<Recovered>,
    pub show_help: bool,
    /// Help → Model: the document's sections (read when first shown) and what is selected.
    pub(crate) help_sections: Vec<crate::model_doc::Section>,
    pub help_state: help::HelpState,
    /// jvsim's own file dialog, when shown (open by path, or no system dialog).
    pub browser: Option<file_browser::FileBrowser>,
    /// Why the system's file dialog cannot be shown, once that is known: later file commands
    /// go straight to jvsim's own.
    pub(crate) native_missing: Option<String>,
    pub(crate) history: History,
    pub(crate) dialogs: Box<dyn FileDialogs>,
    pub(crate) dialog: Option<(DialogKind, Receiver<DialogAnswer>)>,
    /// What to do once the save asked for in a pending prompt has happened.
    pub(crate) after_save: Option<Pending>,
    pub(crate) autosave: Autosave,
    pub(crate) data_dir: Option<PathBuf>,
    pub(crate) saves_dir: PathBuf,
    pub(crate) allow_close: bool,
    pub(crate) title: String,
    pub(crate) started: Option<Instant>,
    pub(crate) queue: Vec<Command>,
    pub analyses: analyses::Analyses,
    pub(crate) map_texture: map_texture::MapTexture,
    /// Where the deal map was last drawn (screen ↔ plot coordinates).
    pub map_transform: Option<egui_plot::PlotTransform>,
    /// Presentation mode, when on.
    pub presenting: Option<presentation::Presentation>,
    /// The export the folder dialog is being asked for, and one under way.
    pub(crate) export_wanted: Option<exporting::Job>,
    pub(crate) export_running: Option<Receiver<exporting::Outcome>>,
    pub(crate) synchronous: bool,
    /// Pinned scenarios, beside the live deal.
    pub scenarios: Vec<scenarios::Scenario>,
}

impl JvApp {
    pub fn new(cc: &eframe::CreationContext<'_>, config: AppConfig) -> JvApp {
        let prefs: Prefs = cc
            .storage
            .and_then(|s| eframe::get_value(s, eframe::APP_KEY))
            .unwrap_or_default();
        let app = JvApp::with_prefs(prefs, config);
        app.apply_theme(&cc.egui_ctx);
        cc.egui_ctx
            .set_zoom_factor(app.prefs.zoom.clamp(ZOOM_RANGE.0, ZOOM_RANGE.1));
        app
    }

    /// Builds the app state without a window (also used by benchmarks).
    pub fn with_prefs(prefs: Prefs, config: AppConfig) -> JvApp {
        let deal = Deal::default();
        let data_dir = config.data_dir.clone();
        let autosave = Autosave::new(config.data_dir);
        let recovered = autosave.recover();
        let mut app = JvApp {
            prefs,
            live: Live::new(&deal.params),
            doc: Document::new(deal, None),
            error: None,
            notice: None,
            error_details: false,
            pending: None,
            recovered,
            show_help: false,
            help_sections: Vec::new(),
            help_state: help::HelpState::default(),
            browser: None,
            native_missing: None,
            history: History::default(),
            dialogs: config.dialogs,
            dialog: None,
            after_save: None,
            autosave,
            data_dir,
            saves_dir: config.saves_dir,
            allow_close: false,
            title: String::new(),
            started: config.started,
            queue: Vec::new(),
            analyses: analyses::Analyses::new(config.synchronous_analyses, &config.robust_passes),
            map_texture: map_texture::MapTexture::default(),
            map_transform: None,
            presenting: None,
            export_wanted: None,
            export_running: None,
            synchronous: config.synchronous_analyses,
            scenarios: Vec::new(),
        };
        if let Some(path) = config.initial_file {
            // Opened on the first frame, like any other open: a deal replaces the default one,
            // a deal book pins its deals, and a bad file leaves the default deal with its error
            // on screen.
            app.queue.push(Command::OpenPath(path));
        }
        app
    }

    pub fn palette(&self) -> Palette {
        Palette::for_theme(self.prefs.dark)
    }

    pub(crate) fn apply_theme(&self, ctx: &egui::Context) {
        ctx.set_theme(if self.prefs.dark {
            egui::ThemePreference::Dark
        } else {
            egui::ThemePreference::Light
        });
    }

    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// Queues a command as if a view had returned it (tests drive the app this way too).
    pub fn push(&mut self, cmd: Command) {
        self.queue.push(cmd);
    }

    /// Waits for background autosave work (tests).
    pub fn flush_autosave(&mut self) {
        self.autosave.flush();
    }

    pub(crate) fn edit(&mut self, change: impl FnOnce(&mut Deal)) {
        let before = self.doc.deal.clone();
        let mut after = before.clone();
        change(&mut after);
        if after == before {
            return;
        }
        if let Err((key, msg)) = after.params.validate() {
            self.error = Some(format!("{}: {msg}", key.spec().label));
            return;
        }
        self.history.before_edit(&before);
        self.doc.deal = after;
    }
}

impl eframe::App for JvApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.frame(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.prefs);
    }
}
