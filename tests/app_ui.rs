//! The window, driven like a user would: widgets found by role and label (egui_kittest), no GPU.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use eframe::egui::{self, Modifiers, accesskit::Role};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use jvsim::app::shell::commands::{Command, UiCommand};
use jvsim::app::shell::style::money;
use jvsim::app::{AppConfig, JvApp};
use jvsim::core::dealfile::{self, Deal};

fn harness_in(data_dir: Option<PathBuf>) -> Harness<'static, JvApp> {
    Harness::builder()
        .with_size([1280.0, 800.0])
        .build_eframe(move |cc| JvApp::new(cc, AppConfig::for_tests(data_dir)))
}

fn harness() -> Harness<'static, JvApp> {
    harness_in(None)
}

/// A window whose file dialogs all answer `answer`.
fn harness_answering(answer: PathBuf) -> Harness<'static, JvApp> {
    Harness::builder()
        .with_size([1280.0, 800.0])
        .build_eframe(move |cc| {
            let mut config = AppConfig::for_tests(None);
            config.dialogs = Box::new(jvsim::app::files::dialogs::ScriptedDialogs::picking(answer));
            JvApp::new(cc, config)
        })
}

fn command(h: &mut Harness<'static, JvApp>, c: Command) {
    h.state_mut().push(c);
    h.run();
}

/// An NPV as the key figures show it (the unit follows the no-deal NPV on the same line).
fn npv(v: f64) -> String {
    money(v)
}

fn shows(h: &Harness<'static, JvApp>, text: &str) -> bool {
    h.query_by_label(text).is_some()
}

#[test]
fn stake_slider_moves_the_shown_npvs_the_way_the_model_says() {
    let mut h = harness();
    h.run();
    let before = h.state().live.summary;
    assert!(shows(&h, &npv(before.host.npv)), "host NPV not shown");
    assert!(shows(&h, &npv(before.entrant.npv)));

    h.get_by_role_and_label(Role::Slider, "Host stake")
        .set_value_accesskit(75.0); // shown in percent
    h.run();

    assert_eq!(h.state().doc.deal.params.host_stake, 0.75);
    let after = h.state().live.summary;
    assert!(after.host.npv > before.host.npv + 1.0);
    assert!(after.entrant.npv < before.entrant.npv - 1.0);
    assert!(shows(&h, &npv(after.host.npv)), "new host NPV not shown");
    assert!(shows(&h, &npv(after.entrant.npv)));
    assert!(!shows(&h, &npv(before.host.npv)));
}

#[test]
fn slider_and_number_field_share_the_label() {
    let h = {
        let mut h = harness();
        h.run();
        h
    };
    h.get_by_role_and_label(Role::Slider, "Vehicle tariff");
    h.get_by_role_and_label(Role::SpinButton, "Vehicle tariff");
}

#[test]
fn typing_a_value_in_the_number_field_sets_it_exactly() {
    let mut h = harness();
    h.run();
    h.get_by_role_and_label(Role::SpinButton, "Technology shared")
        .set_value_accesskit(62.5);
    h.run();
    assert_eq!(h.state().doc.deal.params.tech_share, 0.625);
}

#[test]
fn opening_a_file_shows_its_values() {
    let mut h = harness();
    h.run();
    command(
        &mut h,
        Command::OpenPath("saves/host-80-credit-eligible.ron".into()),
    );
    let deal = &h.state().doc.deal;
    assert_eq!(deal.params.host_stake, 0.8);
    assert_eq!(deal.params.tech_share, 0.7);
    assert!(!h.state().doc.is_dirty());
    let field = h.get_by_role_and_label(Role::SpinButton, "Host stake");
    assert!(
        field.value().unwrap_or_default().starts_with("80"),
        "{:?}",
        field.value()
    );
    assert!(h.state().prefs.recent[0].ends_with("host-80-credit-eligible.ron"));
}

#[test]
fn a_bad_file_shows_its_error_and_keeps_the_deal() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.ron");
    fs::write(&bad, "Deal(\n  version: 1,\n  tech_share: 7.0,\n)").unwrap();
    let mut h = harness();
    h.run();
    h.get_by_role_and_label(Role::Slider, "Host stake")
        .set_value_accesskit(60.0);
    h.run();
    let before = h.state().doc.deal.clone();
    command(&mut h, Command::OpenPath(bad.clone()));
    // No "save changes?" question for a file that cannot be opened anyway.
    assert!(h.state().pending.is_none());
    assert_eq!(h.state().doc.deal, before);
    assert!(h.state().doc.is_dirty());
    let error = h.state().error.clone().expect("an error is shown");
    assert!(error.contains("bad.ron:3:"), "{error}");
    assert!(error.contains("tech_share"), "{error}");
    assert!(h.query_by_label_contains("bad.ron:3:").is_some());
    h.get_by_label("Dismiss").click();
    h.run();
    assert!(h.state().error.is_none());
}

#[test]
fn save_then_reopen_gives_the_same_deal_and_clears_the_unsaved_marker() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mine.ron");
    let mut h = harness();
    h.run();
    assert!(!h.state().doc.window_title().contains('●'));
    h.get_by_role_and_label(Role::Slider, "Royalty rate")
        .set_value_accesskit(4.0);
    h.run();
    assert!(h.state().doc.is_dirty());
    assert!(h.state().doc.window_title().contains('●'));
    assert!(h.query_by_label_contains("unsaved changes").is_some());

    command(&mut h, Command::SaveTo(path.clone()));
    assert!(!h.state().doc.is_dirty());
    assert!(!h.state().doc.window_title().contains('●'));
    assert!(h.state().doc.window_title().contains("mine.ron"));
    let saved = h.state().doc.deal.clone();

    command(&mut h, Command::Ui(UiCommand::New));
    assert_eq!(h.state().doc.deal, Deal::default());
    command(&mut h, Command::OpenPath(path.clone()));
    assert_eq!(h.state().doc.deal, saved);
    assert_eq!(dealfile::load_path(&path).unwrap(), saved);
}

#[test]
fn undo_and_redo_restore_values_one_interaction_at_a_time() {
    let mut h = harness();
    h.run();
    h.get_by_role_and_label(Role::Slider, "Host stake")
        .set_value_accesskit(60.0);
    h.run();
    h.get_by_role_and_label(Role::Slider, "Host stake")
        .set_value_accesskit(70.0);
    h.run();
    assert_eq!(h.state().doc.deal.params.host_stake, 0.7);

    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(h.state().doc.deal.params.host_stake, 0.6);
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(h.state().doc.deal.params.host_stake, 0.51);
    assert!(!h.state().doc.is_dirty());

    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, egui::Key::Z);
    h.run();
    assert_eq!(h.state().doc.deal.params.host_stake, 0.6);
    // The shown value follows.
    let field = h.get_by_role_and_label(Role::SpinButton, "Host stake");
    assert!(
        field.value().unwrap_or_default().starts_with("60"),
        "{:?}",
        field.value()
    );
}

#[test]
fn new_asks_before_dropping_unsaved_changes() {
    let mut h = harness();
    h.run();
    h.get_by_role_and_label(Role::Slider, "Technology shared")
        .set_value_accesskit(80.0);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::N);
    h.run();
    // Still the edited deal, and a question on screen.
    assert_eq!(h.state().doc.deal.params.tech_share, 0.8);
    assert!(shows(&h, "Unsaved changes"));
    h.get_by_label("Cancel").click();
    h.run();
    assert_eq!(h.state().doc.deal.params.tech_share, 0.8);
    assert!(h.state().pending.is_none());

    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::N);
    h.run();
    h.get_by_label("Don't save").click();
    h.run();
    assert_eq!(h.state().doc.deal, Deal::default());
}

#[test]
fn reset_returns_a_parameter_to_its_default() {
    let mut h = harness();
    h.run();
    h.get_by_role_and_label(Role::Slider, "Parts tariff")
        .set_value_accesskit(100.0);
    h.run();
    assert_eq!(h.state().doc.deal.params.parts_tariff, 1.0);
    h.get_by_label("Reset").click();
    h.run();
    assert_eq!(h.state().doc.deal.params.parts_tariff, 0.5);
}

#[test]
fn partner_names_are_editable_and_name_the_legends() {
    let mut h = harness();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Host")
        .set_text_value_accesskit("Ford");
    h.run();
    assert_eq!(h.state().doc.deal.host, "Ford");
    // The key-figure card and the charts' legend; the hover names of the lines follow too.
    assert!(h.get_all_by_label("Ford").count() >= 2);
}

#[derive(Debug)]
struct DroppedPath(PathBuf);

impl egui::DroppedFile for DroppedPath {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn dropping_a_deal_file_opens_it() {
    let mut h = harness();
    h.run();
    let path = PathBuf::from("assets/presets/licence-only-host-100.ron");
    h.input_mut()
        .dropped_files
        .push(Arc::new(DroppedPath(path)));
    h.run();
    assert_eq!(h.state().doc.deal.params.host_stake, 1.0);
}

#[test]
fn autosave_is_offered_back_after_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_path_buf();
    let edited = {
        let mut h = harness_in(Some(data.clone()));
        h.run();
        h.get_by_role_and_label(Role::Slider, "Vehicle tariff")
            .set_value_accesskit(200.0);
        h.run();
        h.state_mut().flush_autosave();
        h.state().doc.deal.clone()
        // The harness is dropped without saving: as after a crash.
    };
    assert!(data.join("autosave.ron").exists());

    let mut h = harness_in(Some(data.clone()));
    h.run();
    assert!(shows(&h, "Restore unsaved deal?"));
    assert_eq!(h.state().doc.deal, Deal::default());
    h.get_by_label("Restore").click();
    h.run();
    assert_eq!(h.state().doc.deal, edited);
    assert!(h.state().doc.is_dirty());

    // Saving clears it, so the next start has nothing to offer.
    command(&mut h, Command::SaveTo(dir.path().join("kept.ron")));
    h.state_mut().flush_autosave();
    assert!(!data.join("autosave.ron").exists());
}

#[test]
fn theme_switch_and_presets_menu_work() {
    let mut h = harness();
    h.run();
    let dark = h.state().prefs.dark;
    h.get_by_label(if dark { "Light theme" } else { "Dark theme" })
        .click();
    h.run();
    assert_eq!(h.state().prefs.dark, !dark);
    command(&mut h, Command::OpenPreset(5));
    assert!(h.state().doc.deal.params.tariff_change);
    assert!(h.state().doc.path.is_none());
}

#[test]
fn copying_the_table_puts_tab_separated_text_on_the_clipboard() {
    let mut h = harness();
    h.run();
    command(
        &mut h,
        Command::ShowTab(jvsim::app::shell::commands::Tab::Table),
    );
    h.get_by_label("Copy as tab-separated text").click();
    h.step();
    let copied = h
        .output()
        .platform_output
        .commands
        .iter()
        .find_map(|c| match c {
            egui::OutputCommand::CopyText(t) => Some(t.clone()),
            _ => None,
        })
        .expect("text copied");
    let lines: Vec<&str> = copied.lines().collect();
    assert_eq!(lines.len(), 13);
    assert!(lines[0].starts_with("year\tUS automaker: profit"));
    assert!(lines[1].starts_with("2026\t"));
}

#[test]
fn help_shows_every_parameter_and_every_glyph_exists() {
    // The harness panics on any character the bundled fonts cannot draw.
    let mut h = harness();
    h.run();
    h.key_press(egui::Key::F1);
    h.run();
    assert!(h.state().show_help);
    h.state_mut().help_state.section = jvsim::model_doc::sections()
        .iter()
        .position(|s| s.title == "Parameters")
        .unwrap();
    h.run();
    for s in jvsim::core::params::SPECS {
        assert!(
            h.get_all_by_label(&jvsim::app::views::help::card_title(s))
                .count()
                >= 1,
            "{} missing from Help → Model",
            s.key
        );
    }
}

#[test]
fn every_text_the_app_can_show_from_the_table_has_glyphs() {
    // One label holding every parameter text and the model summary: the harness panics on any
    // character the bundled fonts lack (a tooltip would otherwise show a box).
    let mut all = String::from(jvsim::model_doc::MODEL_MD);
    for s in jvsim::core::params::SPECS {
        for t in [s.label, s.symbol, s.unit, s.help, s.source, s.group.title()] {
            all.push_str(t);
            all.push(' ');
        }
    }
    for (i, _) in jvsim::core::dealfile::PRESETS.iter().enumerate() {
        let d = jvsim::core::dealfile::preset(i).unwrap();
        all.push_str(&d.name);
        all.push_str(&d.notes);
    }
    let mut h = Harness::builder()
        .with_size([2000.0, 2000.0])
        .build_ui(move |ui| {
            ui.label(all.as_str());
        });
    h.run();
}

#[test]
fn a_bad_file_given_at_start_opens_the_default_deal_and_shows_why() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("broken.ron");
    fs::write(&bad, "Deal(version: 1, host_stak: 0.6)").unwrap();
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .build_eframe(move |cc| {
            let mut config = AppConfig::for_tests(None);
            config.initial_file = Some(bad);
            JvApp::new(cc, config)
        });
    h.run();
    assert_eq!(h.state().doc.deal, Deal::default());
    assert!(
        h.query_by_label_contains("did you mean `host_stake`")
            .is_some()
    );
}

#[test]
fn the_open_and_save_dialogs_feed_the_same_commands() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("from-dialog.ron");
    let answer = target.clone();
    let mut h = harness_answering(answer);
    h.run();
    h.get_by_role_and_label(Role::Slider, "Host stake")
        .set_value_accesskit(55.0);
    h.run();
    // No file yet: Save asks the dialog where, then saves there.
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::S);
    h.run();
    assert!(!h.state().doc.is_dirty());
    assert_eq!(
        dealfile::load_path(&target).unwrap().params.host_stake,
        0.55
    );
    // Open goes through the dialog too.
    command(&mut h, Command::Ui(UiCommand::New));
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::O);
    h.run();
    assert_eq!(h.state().doc.deal.params.host_stake, 0.55);
    assert_eq!(h.state().doc.path.as_deref(), Some(target.as_path()));
}

#[test]
fn quit_with_unsaved_changes_asks_first() {
    let mut h = harness();
    h.run();
    h.get_by_role_and_label(Role::Slider, "Host stake")
        .set_value_accesskit(40.0);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Q);
    h.run();
    assert_eq!(h.state().pending, Some(jvsim::app::Pending::Quit));
    assert!(shows(&h, "Unsaved changes"));
}

#[test]
fn undo_shortcut_leaves_a_focused_text_field_alone() {
    let mut h = harness();
    h.run();
    h.get_by_role_and_label(Role::Slider, "Host stake")
        .set_value_accesskit(40.0);
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Deal").focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run();
    // The text field had the keyboard: the deal's own undo did not run.
    assert_eq!(h.state().doc.deal.params.host_stake, 0.4);
}

#[test]
fn one_slider_drag_is_one_undo_step() {
    let mut h = harness();
    h.run();
    let rect = h.get_by_role_and_label(Role::Slider, "Host stake").rect();
    let y = rect.center().y;
    let at = |f: f32| egui::pos2(rect.left() + 8.0 + f * (rect.width() - 16.0), y);
    h.drag_at(at(0.51));
    h.run();
    for f in [0.6, 0.7, 0.8] {
        h.hover_at(at(f));
        h.run();
    }
    h.drop_at(at(0.8));
    h.run();
    let dragged = h.state().doc.deal.params.host_stake;
    assert!(dragged > 0.7, "drag moved the stake to {dragged}");
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run();
    // Back to the start of the drag in one step, not to an intermediate value.
    assert_eq!(h.state().doc.deal.params.host_stake, 0.51);
}

#[test]
fn keyboard_zoom_works() {
    let mut h = harness();
    h.run();
    let before = h.ctx.zoom_factor();
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Plus);
    h.run();
    assert!(h.ctx.zoom_factor() > before);
}

#[derive(Default)]
struct MemoryStorage(std::collections::HashMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_string(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

#[test]
fn theme_and_recent_files_persist_between_runs() {
    use eframe::App as _;
    let mut storage = MemoryStorage::default();
    {
        let mut h = harness();
        h.run();
        command(&mut h, Command::Ui(UiCommand::ToggleTheme));
        command(
            &mut h,
            Command::OpenPath("saves/50-50-pre-2024-tariffs.ron".into()),
        );
        h.state_mut().save(&mut storage);
    }
    let prefs: jvsim::app::Prefs = eframe::get_value(&storage, eframe::APP_KEY).unwrap();
    assert_ne!(prefs.dark, jvsim::app::Prefs::default().dark);
    assert!(prefs.recent[0].ends_with("50-50-pre-2024-tariffs.ron"));
    // A new app built from that storage starts with them.
    let app = JvApp::with_prefs(prefs.clone(), AppConfig::for_tests(None));
    assert_eq!(app.prefs, prefs);
}

fn show_tab(h: &mut Harness<'static, JvApp>, tab: jvsim::app::shell::commands::Tab) {
    command(h, Command::ShowTab(tab));
    h.run();
}

#[test]
fn deal_map_shows_the_zone_the_nash_points_and_goal_seek() {
    use jvsim::app::shell::commands::Tab;
    let mut h = harness();
    h.run();
    show_tab(&mut h, Tab::DealMap);
    let app = h.state();
    assert!(app.analyses.map_is_current(&app.doc.deal.params));
    assert!(
        h.query_by_label_contains("grid deals are in the zone")
            .is_some()
    );
    assert!(h.query_by_label_contains("Nash point: stake").is_some());
    assert!(
        h.query_by_label_contains("With host control: stake")
            .is_some()
    );
    // Under the connected-vehicle rule the tariff no longer decides the zone, and the panel
    // says why.
    assert!(
        h.query_by_label_contains("the connected-vehicle rule ends the entrant's direct exports")
            .is_some()
    );
    // The joint-gain colouring is one click away.
    h.get_by_label("Joint gain").click();
    h.run();
    assert_eq!(
        h.state().prefs.map_mode,
        jvsim::figure::dealmap::MapMode::Joint
    );
    // And the joint gain weighed by the chance of approval, which the Nash point maximises.
    h.get_by_label("Expected joint gain").click();
    h.run();
    assert_eq!(
        h.state().prefs.map_mode,
        jvsim::figure::dealmap::MapMode::Expected
    );
    assert!(
        h.query_by_label_contains("maximises ln(chance of approval)")
            .is_some()
    );
}

#[test]
fn clicking_the_deal_map_sets_stake_and_share() {
    use jvsim::app::shell::commands::Tab;
    let mut h = harness();
    h.run();
    show_tab(&mut h, Tab::DealMap);
    let transform = h.state().map_transform.expect("map drawn");
    let at = transform.position_from_point(&egui_plot::PlotPoint::new(0.8, 0.3));
    h.drag_at(at);
    h.run();
    h.drop_at(at);
    h.run();
    let p = h.state().doc.deal.params;
    assert!((p.host_stake - 0.8).abs() < 0.011, "{}", p.host_stake);
    assert!((p.tech_share - 0.3).abs() < 0.011, "{}", p.tech_share);
    // And the charts follow: the live results are for the new terms.
    assert_eq!(h.state().live.outcome.params.host_stake, p.host_stake);
}

#[test]
fn moving_a_slider_moves_the_deal_zone() {
    use jvsim::app::shell::commands::Tab;
    let mut h = harness();
    h.run();
    show_tab(&mut h, Tab::DealMap);
    let zone =
        |h: &Harness<'static, JvApp>| h.state().analyses.grid.latest().unwrap().1.zone_count();
    let before = zone(&h);
    // More know-how leaking to rivals makes sharing dearer for the entrant.
    h.get_by_label("Open all").click();
    h.run();
    h.get_by_role_and_label(Role::Slider, "Leakage to rivals")
        .set_value_accesskit(15.0);
    h.run();
    assert!(zone(&h) < before, "more leakage shrinks the zone");
}

#[test]
fn sensitivity_and_monte_carlo_tabs_show_their_results() {
    use jvsim::app::shell::commands::Tab;
    let mut h = harness();
    h.run();
    show_tab(&mut h, Tab::Sensitivity);
    assert!(
        h.query_by_label_contains("at each end of its slider range")
            .is_some()
    );
    show_tab(&mut h, Tab::MonteCarlo);
    let app = h.state();
    assert!(app.analyses.mc_is_current(&app.doc.deal.params));
    assert!(h.get_all_by_label_contains("gains over no deal in").count() == 2);
    // The draws follow the deal file's settings.
    h.get_by_label("Open all").click();
    h.run();
    h.get_by_role_and_label(Role::SpinButton, "Monte Carlo draws")
        .set_value_accesskit(200.0);
    h.run();
    assert_eq!(h.state().analyses.mc.latest().unwrap().1.draws, 200);
}

#[test]
fn presentation_mode_moves_between_slides_by_key_and_leaves_with_escape() {
    let mut h = harness();
    h.run();
    h.key_press(egui::Key::F5);
    h.run();
    assert_eq!(h.state().presenting.as_ref().map(|p| p.slide), Some(0));
    assert!(
        h.query_by_label("What the deal does to each side")
            .is_some()
    );
    // Controls are hidden while presenting.
    assert!(
        h.query_by_role_and_label(Role::Slider, "Parts tariff")
            .is_none()
    );
    h.key_press(egui::Key::PageDown);
    h.run();
    h.key_press(egui::Key::ArrowRight);
    h.run();
    assert_eq!(h.state().presenting.as_ref().unwrap().slide, 2);
    assert!(
        h.query_by_label("Cumulative profit, deal against no deal")
            .is_some()
    );
    h.key_press(egui::Key::PageUp);
    h.run();
    assert_eq!(h.state().presenting.as_ref().unwrap().slide, 1);
    // The headline sliders can be shown and dragged live.
    h.key_press(egui::Key::S);
    h.run();
    h.get_by_role_and_label(Role::Slider, "Vehicle tariff")
        .set_value_accesskit(50.0);
    h.run();
    assert_eq!(h.state().doc.deal.params.vehicle_tariff, 0.5);
    // Every slide draws, the deal map and the comparison included; the last one stays last.
    let slides = jvsim::app::views::presentation::slides(0).len();
    for _ in 0..slides + 1 {
        h.key_press(egui::Key::PageDown);
        h.run();
    }
    assert_eq!(h.state().presenting.as_ref().unwrap().slide, slides - 1);
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(h.state().presenting.is_none());
    assert!(
        h.query_by_role_and_label(Role::Slider, "Parts tariff")
            .is_some()
    );
    // The button in the top bar enters it too.
    h.get_by_label("Present").click();
    h.run();
    assert!(h.state().presenting.is_some());
}

#[test]
fn export_all_from_the_window_writes_every_file_into_the_chosen_folder() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("out");
    let answer = target.clone();
    let mut h = harness_answering(answer);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::E);
    h.run();
    for chart in jvsim::figure::Chart::ALL {
        assert!(
            target.join(format!("{}.png", chart.file_stem())).exists(),
            "{chart:?}"
        );
    }
    assert!(target.join("summary.html").exists() && target.join("series.csv").exists());
    assert!(target.join(jvsim::export::WORKBOOK_FILE).exists());
    assert!(
        h.state()
            .notice
            .as_deref()
            .unwrap_or("")
            .starts_with(&format!(
                "Exported {} files",
                2 * jvsim::figure::Chart::ALL.len() + 3
            ))
    );
}

#[test]
fn file_menu_exports_the_excel_workbook_alone() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("book");
    let mut h = harness_answering(target.clone());
    h.run();
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Export Excel workbook…").click();
    h.run();
    let workbook = target.join(jvsim::export::WORKBOOK_FILE);
    let names: Vec<_> = std::fs::read_dir(&target)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, vec![std::ffi::OsString::from("jvsim.xlsx")]);
    // The live deal's workbook, as `jvsim export --format xlsx` would write it.
    let deal = h.state().doc.deal.clone();
    let expected =
        jvsim::report::workbook::bytes(&deal, &jvsim::report::workbook::Analyses::of(&deal))
            .unwrap();
    assert_eq!(std::fs::read(&workbook).unwrap(), expected);
    assert_eq!(
        h.state().notice.as_deref(),
        Some(format!("Exported {}", workbook.display()).as_str())
    );
}

#[test]
fn copying_a_chart_image_puts_a_picture_on_the_clipboard() {
    let mut h = harness();
    h.run();
    h.state_mut()
        .push(Command::CopyChart(jvsim::figure::Chart::Technology));
    h.step();
    h.step();
    let copied = h
        .output()
        .platform_output
        .commands
        .iter()
        .find_map(|c| match c {
            egui::OutputCommand::CopyImage(img) => Some(img.size),
            _ => None,
        });
    assert_eq!(copied, Some([1600, 900]));
}

#[test]
fn pinned_scenarios_are_compared_overlaid_and_saved_as_a_book() {
    use jvsim::app::shell::commands::Tab;
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("book.ron");
    let answer = book.clone();
    let mut h = harness_answering(answer);
    h.run();
    // Pin the default, then change the live deal and pin that too. Each pin is named for what
    // sets it apart, not after the live deal.
    command(&mut h, Command::PinScenario);
    h.get_by_role_and_label(Role::TextInput, "Deal")
        .set_text_value_accesskit("High stake");
    h.run();
    h.get_by_role_and_label(Role::Slider, "Host stake")
        .set_value_accesskit(80.0);
    h.run();
    command(&mut h, Command::PinScenario);
    let names: Vec<String> = h
        .state()
        .scenarios
        .iter()
        .map(|s| s.deal.name.clone())
        .collect();
    assert_eq!(names, ["as the default deal", "stake 80 %"]);
    show_tab(&mut h, Tab::Compare);
    assert!(h.query_by_label("High stake (live)").is_some());
    assert_eq!(
        h.get_by_role_and_label(Role::TextInput, "Scenario 1")
            .value(),
        Some("as the default deal".to_string())
    );
    // Only the differing parameter is listed: the stake gets one more row than the share, which
    // appears only in the left panel.
    assert_eq!(
        h.get_all_by_label("Host stake").count(),
        h.get_all_by_label("Technology shared").count() + 1
    );
    // The charts overlay the pinned deals, each named once in each chart's legend.
    show_tab(&mut h, Tab::Charts);
    assert_eq!(h.get_all_by_label("stake 80 %").count(), 1);
    // Save as a book: the live deal and both pinned ones.
    command(&mut h, Command::Ui(UiCommand::SaveBook));
    let saved = jvsim::core::book::load_book(&book).unwrap();
    assert_eq!(saved.deals.len(), 3);
    assert_eq!(saved.deals[0].name, "High stake");
    assert_eq!(saved.deals[2].name, "stake 80 %");
    // Opening the book pins its deals and keeps the live deal; the live deal's copy takes a
    // name of its own.
    command(&mut h, Command::UnpinScenario(1));
    command(&mut h, Command::UnpinScenario(0));
    command(&mut h, Command::OpenPath(book.clone()));
    assert_eq!(h.state().scenarios.len(), 2);
    assert_eq!(h.state().doc.deal.name, "High stake");
    // The book's first deal has the live deal's terms and name; the third the same terms: one
    // of them is refused as a duplicate.
    assert!(
        h.state()
            .notice
            .as_deref()
            .unwrap_or("")
            .contains("already pinned"),
        "{:?}",
        h.state().notice
    );
    command(&mut h, Command::OpenPath(book));
    assert_eq!(h.state().scenarios.len(), 2, "exact duplicates are refused");
}

#[test]
fn the_host_countrys_card_and_tab_show_the_national_account() {
    use jvsim::app::shell::commands::Tab;
    use jvsim::app::shell::style::signed_money;
    use jvsim::core::nation::Nation;
    let mut h = harness();
    h.run();
    let n = Nation::of(&h.state().live.outcome);
    let gain = format!("gains {} US$ B", signed_money(n.npv_gain()));
    // The card beside the partners': the national gain with the headline measure, the plain
    // logit's, the jobs at the end of the horizon.
    assert!(shows(&h, &gain), "{gain}");
    assert!(shows(&h, "Host country"));
    assert!(shows(
        &h,
        &format!("plain logit {} US$ B", signed_money(n.npv_gain_logit))
    ));
    assert!(shows(&h, "14,154 jobs by 2037"));
    // Its tab: the chart's title, both panels' headings, the NPV's parts.
    show_tab(&mut h, Tab::Nation);
    assert!(
        h.query_by_label_contains("National view: the host country against no deal")
            .is_some()
    );
    assert!(
        h.query_by_label_contains(&format!(
            "National gain: NPV {}",
            signed_money(n.npv_gain())
        ))
        .is_some()
    );
    assert!(
        h.query_by_label_contains("Jobs: 14,154 net direct jobs")
            .is_some()
    );
    assert!(
        h.query_by_label_contains(&format!("= national gain {}", signed_money(n.npv_gain())))
            .is_some()
    );
    // A higher royalty is paid abroad: the card follows the national account down.
    h.get_by_label("Open all").click();
    h.run();
    h.get_by_role_and_label(Role::Slider, "Royalty rate")
        .set_value_accesskit(6.0);
    h.run();
    let after = Nation::of(&h.state().live.outcome).npv_gain();
    assert!(after < n.npv_gain());
    assert!(shows(&h, &format!("gains {} US$ B", signed_money(after))));
}

#[test]
fn at_1024_px_the_countrys_headline_stays_in_the_strip() {
    let mut h = Harness::builder()
        .with_size([1024.0, 640.0])
        .build_eframe(|cc| JvApp::new(cc, AppConfig::for_tests(None)));
    h.run();
    let n = jvsim::core::nation::Nation::of(&h.state().live.outcome);
    let label = format!(
        "gains {} US$ B",
        jvsim::app::shell::style::signed_money(n.npv_gain())
    );
    let gain = h.get_by_label(&label).rect();
    assert!(gain.right() <= 1024.0, "{gain:?}");
    assert!(shows(&h, "14,154 jobs by 2037"));
}

#[test]
fn the_chance_both_gain_is_a_key_figure_and_follows_the_terms() {
    use jvsim::core::robust::p_zone_here;
    let mut h = harness();
    h.run();
    let chance = |p: &jvsim::core::params::Params| {
        format!(
            "both gain in {:.0} %",
            p_zone_here(p, p.mc_draws as usize, u64::from(p.mc_seed)) * 100.0
        )
    };
    let p = h.state().doc.deal.params;
    assert!(shows(&h, &chance(&p)), "{}", chance(&p));
    assert!(shows(&h, "of 1000 draws"));
    h.get_by_role_and_label(Role::Slider, "Host stake")
        .set_value_accesskit(90.0);
    h.run();
    let q = h.state().doc.deal.params;
    assert_ne!(chance(&p), chance(&q), "a stake of 90 % changes the chance");
    assert!(shows(&h, &chance(&q)), "{}", chance(&q));
}

#[test]
fn the_deal_map_colours_by_the_national_gain_and_by_the_chance_both_gain() {
    use jvsim::app::shell::commands::Tab;
    use jvsim::app::shell::state::TEST_PASSES;
    use jvsim::figure::dealmap::MapMode;
    let mut h = harness();
    h.run();
    show_tab(&mut h, Tab::DealMap);
    // Both zones in the legend.
    assert!(
        h.query_by_label_contains("Three-party zone: the host country gains too")
            .is_some()
    );
    assert!(
        h.query_by_label_contains("Deal zone: both partners gain")
            .is_some()
    );
    h.get_by_label("National gain").click();
    h.run();
    assert_eq!(h.state().prefs.map_mode, MapMode::Nation);
    assert!(
        h.query_by_label("Deal map: the host country's NPV gain over no deal, US$ B")
            .is_some()
    );
    // The robust map fills in pass by pass; here (synchronous) at once, to its last pass.
    h.get_by_label("Chance both gain").click();
    h.run();
    assert_eq!(h.state().prefs.map_mode, MapMode::Chance);
    let last = TEST_PASSES[TEST_PASSES.len() - 1];
    let check = |h: &Harness<'static, JvApp>| {
        let app = h.state();
        let p = app.doc.deal.params;
        let status = app.analyses.robust.status(&p);
        assert!(status.current && status.complete, "{status:?}");
        let shown = app.analyses.robust.latest().unwrap();
        let draws = last.draws(p.mc_draws);
        assert_eq!((shown.n, shown.draws), (last.n, draws));
        // The same map as the core draws for these inputs.
        assert_eq!(
            shown.p_zone,
            jvsim::core::robust::robust_grid(&p, last.n, draws, u64::from(p.mc_seed)).p_zone
        );
        let size = format!("{n} × {n} deals × {draws} draws", n = last.n);
        assert!(h.query_by_label(&size).is_some(), "{size}");
    };
    check(&h);
    assert!(
        h.query_by_label_contains("Robust deal map: chance both partners gain")
            .is_some()
    );
    assert!(h.query_by_label("both gain in 80 % of draws").is_some());
    // It follows the sliders like the map does.
    h.get_by_label("Open all").click();
    h.run();
    h.get_by_role_and_label(Role::Slider, "Leakage to rivals")
        .set_value_accesskit(15.0);
    h.run();
    check(&h);
}

#[test]
fn the_window_starts_with_the_full_robust_passes() {
    use jvsim::app::work::robust::PASSES;
    let config = AppConfig::native(None, std::time::Instant::now());
    assert_eq!(config.robust_passes, PASSES.to_vec());
    assert!(!config.synchronous_analyses);
}
