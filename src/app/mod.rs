//! The desktop app: an eframe layer over the core. Views draw and return `Command`s; `apply`
//! carries them out in one place; `Live` keeps the simulation in step with the deal.

pub mod analyses;
pub mod autosave;
pub mod background;
pub mod charts;
pub mod commands;
pub mod controls;
pub mod dealmap;
pub mod dialogs;
pub mod document;
pub mod exporting;
pub mod figures;
pub mod file_browser;
mod files;
pub mod help;
pub mod history;
pub mod legend;
mod menu;
pub mod montecarlo_view;
pub mod presentation;
pub mod scenarios;
pub mod sensitivity_view;
pub mod style;
pub mod table;
mod views;
mod windows;

use std::path::PathBuf;
use std::sync::mpsc::Receiver;

use std::time::Instant;

use eframe::egui::{self, Ui, ViewportCommand};

use self::autosave::{Autosave, Recovered};
use self::commands::{Command, Tab, TextField, UiCommand};
use self::dialogs::{DialogAnswer, DialogKind, FileDialogs, NativeDialogs};
use self::document::Document;
use self::history::History;
use self::style::Palette;
use crate::core::analysis::Summary;
use crate::core::dealfile::{self, Deal};
use crate::core::model::{Baseline, Outcome, simulate_deal};
use crate::core::params::Params;

/// The zoom a saved preference may set at start.
const ZOOM_RANGE: (f32, f32) = (0.5, 3.0);

/// Most recent files remembered.
const MAX_RECENT: usize = 8;

/// Preferences that persist between runs (window size is persisted by eframe itself).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Prefs {
    pub dark: bool,
    pub recent: Vec<PathBuf>,
    pub tab: Tab,
    pub map_mode: analyses::MapMode,
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
            map_mode: analyses::MapMode::Host,
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

/// The simulation of the current parameters, recomputed only when they change. The baseline is
/// reused while the inputs it depends on stay the same.
pub struct Live {
    params: Params,
    baseline: Baseline,
    pub outcome: Outcome,
    pub summary: Summary,
}

impl Live {
    fn new(p: &Params) -> Live {
        let outcome = crate::core::model::simulate(p);
        Live {
            params: *p,
            baseline: Baseline::new(p),
            summary: Summary::of(&outcome),
            outcome,
        }
    }

    /// Brings the results up to date; returns whether anything was recomputed.
    pub fn update(&mut self, p: &Params) -> bool {
        if *p == self.params {
            return false;
        }
        if !self.baseline.matches(p) {
            self.baseline = Baseline::new(p);
        }
        simulate_deal(p, &self.baseline, &mut self.outcome.deal);
        self.outcome.no_deal = self.baseline.run;
        self.outcome.params = *p;
        self.summary = Summary::of(&self.outcome);
        self.params = *p;
        true
    }
}

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
    help_sections: Vec<crate::model_doc::Section>,
    pub help_state: help::HelpState,
    /// jvsim's own file dialog, when shown (open by path, or no system dialog).
    pub browser: Option<file_browser::FileBrowser>,
    /// Why the system's file dialog cannot be shown, once that is known: later file commands
    /// go straight to jvsim's own.
    native_missing: Option<String>,
    history: History,
    dialogs: Box<dyn FileDialogs>,
    dialog: Option<(DialogKind, Receiver<DialogAnswer>)>,
    /// What to do once the save asked for in a pending prompt has happened.
    after_save: Option<Pending>,
    autosave: Autosave,
    data_dir: Option<PathBuf>,
    saves_dir: PathBuf,
    allow_close: bool,
    title: String,
    started: Option<Instant>,
    queue: Vec<Command>,
    pub analyses: analyses::Analyses,
    map_texture: dealmap::MapTexture,
    /// Where the deal map was last drawn (screen ↔ plot coordinates).
    pub map_transform: Option<egui_plot::PlotTransform>,
    /// Presentation mode, when on.
    pub presenting: Option<presentation::Presentation>,
    /// The export the folder dialog is being asked for, and one under way.
    export_wanted: Option<exporting::Job>,
    export_running: Option<Receiver<exporting::Outcome>>,
    synchronous: bool,
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
            analyses: analyses::Analyses::new(config.synchronous_analyses),
            map_texture: dealmap::MapTexture::default(),
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

    fn apply_theme(&self, ctx: &egui::Context) {
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

    fn edit(&mut self, change: impl FnOnce(&mut Deal)) {
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

    /// Carries out one command. The only place that changes the document.
    pub fn apply(&mut self, cmd: Command, ctx: &egui::Context) {
        match cmd {
            Command::Ui(u) => self.apply_ui(u, ctx),
            Command::SetParam(k, v) => self.edit(|d| d.params.set(k, v)),
            Command::ResetParam(k) => {
                self.edit(|d| d.params.set(k, k.spec().default));
                self.history.close_step(&self.doc.deal);
            }
            Command::SetText(field, text) => self.edit(|d| match field {
                TextField::Name => d.name = text,
                TextField::Host => d.host = text,
                TextField::Entrant => d.entrant = text,
                TextField::Notes => d.notes = text,
            }),
            Command::OpenPath(path) => {
                // A deal book pins its deals beside the live one; a deal replaces the live one.
                let text = dealfile::read_text(&path);
                if let Ok(text) = &text
                    && crate::core::book::is_book(text)
                {
                    match crate::core::book::parse_book(text, &path.display().to_string()) {
                        Ok(book) => self.pin_all(book.deals),
                        Err(e) => self.error = Some(format!("Could not open the deal book: {e}")),
                    }
                    return;
                }
                // A file that cannot be opened needs no "save changes?" question first.
                match text.and_then(|t| dealfile::parse_str(&t, &path.display().to_string())) {
                    Ok(_) => self.guard(Pending::Open(path), ctx),
                    Err(e) => self.error = Some(format!("Could not open the deal: {e}")),
                }
            }
            Command::PinScenario => {
                let deal = self.doc.deal.clone();
                self.pin_all(vec![deal]);
            }
            Command::RenameScenario(i, name) => {
                if let Some(s) = self.scenarios.get_mut(i) {
                    s.deal.name = name;
                }
            }
            Command::UnpinScenario(i) => {
                if i < self.scenarios.len() {
                    self.scenarios.remove(i);
                }
            }
            Command::SaveBookTo(path) => {
                let mut deals = vec![self.doc.deal.clone()];
                deals.extend(self.scenarios.iter().map(|s| s.deal.clone()));
                let book = crate::core::book::DealBook { deals };
                match crate::core::book::save_book(&book, &path) {
                    Ok(()) => {
                        self.notice = Some(format!(
                            "Saved {} deals to {}",
                            book.deals.len(),
                            path.display()
                        ));
                    }
                    Err(e) => {
                        self.error = Some(format!("Could not save to {}: {e}", path.display()))
                    }
                }
            }
            Command::OpenPreset(i) => self.guard(Pending::Preset(i), ctx),
            Command::SaveTo(path) => self.save_to(&path, ctx),
            Command::PendingSave => {
                self.after_save = self.pending.take();
                self.apply_ui(UiCommand::Save, ctx);
            }
            Command::PendingDiscard => {
                if let Some(p) = self.pending.take() {
                    self.perform(p, ctx);
                }
            }
            Command::PendingCancel => self.pending = None,
            Command::RestoreAutosave => {
                if let Some(r) = self.recovered.take() {
                    let saved = r
                        .origin
                        .as_deref()
                        .and_then(|p| dealfile::load_path(p).ok());
                    let mut doc = Document::new(r.deal, r.origin);
                    // Unsaved by definition: compare against the file as it is on disk.
                    doc.mark_unsaved(saved.unwrap_or_else(|| Deal {
                        name: String::new(),
                        ..Deal::default()
                    }));
                    self.doc = doc;
                    self.history.clear();
                }
            }
            Command::DiscardAutosave => {
                self.recovered = None;
                self.autosave.clear();
            }
            Command::DismissError => {
                self.error = None;
                self.error_details = false;
            }
            Command::ShowErrorDetails => self.error_details = true,
            Command::CopyTable => {
                ctx.copy_text(table::yearly_tsv(
                    &self.live.outcome,
                    &self.doc.deal.host,
                    &self.doc.deal.entrant,
                ));
                self.notice = Some("Table copied as tab-separated text".into());
            }
            Command::ShowTab(t) => self.prefs.tab = t,
            Command::SetMapMode(m) => self.prefs.map_mode = m,
            Command::ExportChart(chart) => {
                self.export_wanted = Some(exporting::Job::One(chart));
                self.start_dialog(DialogKind::Folder, ctx);
            }
            Command::ExportTo(dir) => {
                let job = self.export_wanted.take().unwrap_or(exporting::Job::All);
                self.notice = Some(format!("Exporting to {}…", dir.display()));
                self.export_running = Some(exporting::start(
                    job,
                    self.doc.deal.clone(),
                    Some(dir),
                    ctx,
                    self.synchronous,
                ));
            }
            Command::CopyChart(chart) => {
                self.notice = Some(format!("Rendering {}…", chart.title()));
                self.export_running = Some(exporting::start(
                    exporting::Job::Copy(chart),
                    self.doc.deal.clone(),
                    None,
                    ctx,
                    self.synchronous,
                ));
            }
            Command::PresentStep(step) => {
                let n = presentation::slides(self.scenarios.len()).len() as i32;
                if let Some(p) = &mut self.presenting {
                    p.slide = (p.slide as i32 + step).clamp(0, n - 1) as usize;
                }
            }
            Command::PresentToggleSliders => {
                if let Some(p) = &mut self.presenting {
                    p.show_sliders = !p.show_sliders;
                }
            }
            Command::PresentLeave => {
                if let Some(p) = self.presenting.take() {
                    ctx.set_zoom_factor(p.zoom_before);
                    ctx.all_styles_mut(|s| s.interaction.tooltip_delay = p.tooltip_delay_before);
                    ctx.send_viewport_cmd(ViewportCommand::Fullscreen(false));
                    self.apply_theme(ctx);
                }
            }
            Command::ClearRecent => self.prefs.recent.clear(),
            Command::FileChosen(kind, path) => {
                self.browser = None;
                let next = match kind {
                    DialogKind::Open => Command::OpenPath(path),
                    DialogKind::SaveAs => Command::SaveTo(path),
                    DialogKind::Folder => Command::ExportTo(path),
                    DialogKind::SaveBook => Command::SaveBookTo(path),
                };
                self.apply(next, ctx);
            }
            Command::FileDialogCancelled => {
                self.browser = None;
                // A pending "save, then …" and a chosen export are dropped too.
                self.after_save = None;
                self.export_wanted = None;
            }
        }
    }

    fn apply_ui(&mut self, u: UiCommand, ctx: &egui::Context) {
        match u {
            UiCommand::New => self.guard(Pending::New, ctx),
            UiCommand::Open => self.guard(Pending::OpenDialog, ctx),
            UiCommand::OpenPathField => self.open_browser(DialogKind::Open, None),
            UiCommand::Save => match self.doc.path.clone() {
                Some(path) => self.save_to(&path, ctx),
                None => self.start_dialog(DialogKind::SaveAs, ctx),
            },
            UiCommand::SaveAs => self.start_dialog(DialogKind::SaveAs, ctx),
            UiCommand::Revert => {
                if self.doc.is_dirty() {
                    self.pending = Some(Pending::Revert);
                }
            }
            UiCommand::Undo => {
                if let Some(d) = self.history.undo(&self.doc.deal) {
                    self.doc.deal = d;
                }
            }
            UiCommand::Redo => {
                if let Some(d) = self.history.redo(&self.doc.deal) {
                    self.doc.deal = d;
                }
            }
            UiCommand::ToggleTheme => {
                self.prefs.dark = !self.prefs.dark;
                self.apply_theme(ctx);
            }
            UiCommand::ModelHelp => self.show_help = !self.show_help,
            UiCommand::Present => {
                if self.presenting.is_none() {
                    self.presenting = Some(presentation::Presentation {
                        slide: 0,
                        show_sliders: false,
                        zoom_before: ctx.zoom_factor(),
                        tooltip_delay_before: ctx.global_style().interaction.tooltip_delay,
                    });
                    // A light theme reads on a projector; the preference itself is kept. A
                    // resting mouse must not leave a tooltip on a slide.
                    ctx.set_theme(egui::ThemePreference::Light);
                    ctx.all_styles_mut(|s| s.interaction.tooltip_delay = f32::INFINITY);
                    let width = ctx.content_rect().width() * ctx.zoom_factor();
                    ctx.set_zoom_factor(presentation::zoom_for(width));
                    ctx.send_viewport_cmd(ViewportCommand::Fullscreen(true));
                }
            }
            UiCommand::SaveBook => self.start_dialog(DialogKind::SaveBook, ctx),
            UiCommand::ExportAll => {
                self.export_wanted = Some(exporting::Job::All);
                self.start_dialog(DialogKind::Folder, ctx);
            }
            UiCommand::Quit => self.guard(Pending::Quit, ctx),
        }
    }

    /// Everything one frame does; `ui` is the whole window.
    pub fn frame(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        if let Some(started) = self.started.take()
            && std::env::var_os("JVSIM_LOG_STARTUP").is_some()
        {
            eprintln!(
                "jvsim: first frame {:.0} ms after start",
                started.elapsed().as_secs_f64() * 1000.0
            );
        }
        if ctx.input(|i| i.viewport().close_requested()) && !self.allow_close {
            if self.doc.is_dirty() {
                ctx.send_viewport_cmd(ViewportCommand::CancelClose);
                self.pending = Some(Pending::Quit);
            } else {
                self.autosave.clear();
            }
        }
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        if let Some(path) = dropped
            .into_iter()
            .find(|p| p.extension().is_some_and(|e| e == "ron"))
        {
            self.queue.push(Command::OpenPath(path));
        }
        for c in UiCommand::from_shortcuts(&ctx) {
            self.queue.push(Command::Ui(c));
        }
        if self.presenting.is_some() {
            // Full screen arrives a frame or more after it is asked for: keep the slide's scale.
            let zoom = ctx.zoom_factor();
            let wanted = presentation::zoom_for(ctx.content_rect().width() * zoom);
            if (wanted - zoom).abs() > 0.01 {
                ctx.set_zoom_factor(wanted);
            }
            let step = presentation::navigation(&ctx);
            if step != 0 {
                self.queue.push(Command::PresentStep(step));
            }
            let typing = ctx.egui_wants_keyboard_input();
            if ctx.input(|i| i.key_pressed(egui::Key::Escape)) {
                self.queue.push(Command::PresentLeave);
            }
            if !typing && ctx.input(|i| i.key_pressed(egui::Key::S) && i.modifiers.is_none()) {
                self.queue.push(Command::PresentToggleSliders);
            }
        }
        self.poll_dialog();
        self.poll_export(&ctx);

        let mut out = std::mem::take(&mut self.queue);
        self.views(ui, &mut out);
        let changed = !out.is_empty();
        for cmd in out {
            self.apply(cmd, &ctx);
        }
        if self.live.update(&self.doc.deal.params) || changed {
            ctx.request_repaint();
        }
        if self.presenting.is_none() {
            self.prefs.zoom = ctx.zoom_factor();
        }
        let dragging = ctx.input(|i| i.pointer.any_down());
        let tab = self.prefs.tab;
        let slide = self.presenting.as_ref().and_then(|p| {
            presentation::slides(self.scenarios.len())
                .get(p.slide)
                .copied()
        });
        let map_slide = slide == Some(presentation::Slide::DealMap);
        let wanted = analyses::Wanted {
            map: tab == Tab::DealMap || map_slide,
            goal: tab == Tab::DealMap || map_slide,
            monte_carlo: tab == Tab::MonteCarlo || slide == Some(presentation::Slide::MonteCarlo),
            dragging,
        };
        if self.analyses.update(&self.doc.deal.params, wanted, &ctx) {
            ctx.request_repaint();
        }
        // An interaction (drag, typing) is one undo step; it ends when nothing is held.
        let busy = ctx.input(|i| i.pointer.any_down()) || ctx.egui_wants_keyboard_input();
        if !busy {
            self.history.close_step(&self.doc.deal);
        }
        let title = self.doc.window_title();
        if title != self.title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.title = title;
        }
        let now = ctx.input(|i| i.time);
        let unsaved = self
            .doc
            .is_dirty()
            .then_some((&self.doc.deal, self.doc.path.as_deref()));
        if let Some(wait) = self.autosave.tick(now, unsaved) {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(wait));
        }
    }

    fn views(&mut self, ui: &mut Ui, out: &mut Vec<Command>) {
        if self.presenting.is_some() {
            egui::CentralPanel::default().show(ui, |ui| self.presentation_ui(ui, out));
            self.windows_ui(ui.ctx(), out);
            return;
        }
        egui::Panel::top("menu").show(ui, |ui| self.menu_ui(ui, out));
        egui::Panel::bottom("status").show(ui, |ui| self.status_ui(ui, out));
        // Bounded whatever is open: the charts always keep most of the window.
        let max = (ui.available_width() * controls::PANEL_MAX_SHARE).max(controls::PANEL_MIN_WIDTH);
        egui::Panel::left("controls")
            .resizable(true)
            .default_size(310.0)
            .size_range(controls::PANEL_MIN_WIDTH..=max)
            .show(ui, |ui| {
                controls::controls_ui(ui, &self.doc.deal, out);
            });
        egui::CentralPanel::default().show(ui, |ui| {
            self.central_ui(ui, out);
            self.analysis_ui(ui, out);
        });
        self.windows_ui(ui.ctx(), out);
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
