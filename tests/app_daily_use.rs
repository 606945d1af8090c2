//! The window in daily use (issue 8): the panel keeps its place, file commands never do nothing,
//! number fields say what they refuse, pins stay apart, and the help, goal seek, sensitivity,
//! Monte Carlo and presentation views say what they mean. Driven with egui_kittest, no GPU.

use std::path::PathBuf;

use eframe::egui::{self, Modifiers, accesskit::Role};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use jvsim::app::{AppConfig, JvApp};
use jvsim::core::params::{Key, Kind, SPECS};

fn harness_sized(w: f32, h: f32, data_dir: Option<PathBuf>) -> Harness<'static, JvApp> {
    Harness::builder()
        .with_size([w, h])
        .build_eframe(move |cc| JvApp::new(cc, AppConfig::for_tests(data_dir)))
}

fn harness() -> Harness<'static, JvApp> {
    harness_sized(1280.0, 800.0, None)
}

/// Focuses a parameter's number field, types `text` and presses Enter, as a user would.
fn type_into(h: &mut Harness<'static, JvApp>, label: &str, text: &str) {
    h.get_by_role_and_label(Role::SpinButton, label).focus();
    h.run();
    // The field is now a text edit with its text selected: typing replaces it.
    h.get_by_role_and_label(Role::Slider, label).type_text(text);
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
}

#[test]
fn every_group_open_leaves_the_charts_in_view_at_three_window_sizes() {
    for (w, hgt) in [(1024.0, 640.0), (1280.0, 800.0), (1920.0, 1080.0)] {
        let mut h = harness_sized(w, hgt, None);
        h.run();
        h.get_by_label("Open all").click();
        h.run();
        h.run();
        // Every parameter's control was laid out, and all of them in the left part.
        for s in SPECS.iter().filter(|s| s.kind != Kind::Switch) {
            for role in [Role::Slider, Role::SpinButton] {
                let r = h.get_by_role_and_label(role, s.label).rect();
                assert!(
                    r.right() <= w * 0.45,
                    "{w}×{hgt}: {} {role:?} reaches x = {}",
                    s.key,
                    r.right()
                );
            }
        }
        // The central panel keeps at least half the width, with the tabs on screen.
        for tab in jvsim::app::shell::commands::Tab::ALL {
            let r = h.get_by_label(tab.label()).rect();
            assert!(
                r.left() > 0.0 && r.right() <= w,
                "{w}×{hgt}: tab {} at {r:?}",
                tab.label()
            );
        }
        let charts_left = h.get_by_label("Charts").rect().left();
        assert!(
            w - charts_left >= w / 2.0,
            "{w}: charts start at {charts_left}"
        );
        // Closing them again changes nothing about the width.
        h.get_by_label("Close all").click();
        h.run();
        h.run();
        assert_eq!(h.get_by_label("Charts").rect().left(), charts_left);
    }
}

#[test]
fn a_decimal_comma_is_read_as_a_decimal_point() {
    let mut h = harness();
    h.run();
    type_into(&mut h, "Vehicle tariff", "1,5");
    assert_eq!(h.state().doc.deal.params.vehicle_tariff, 0.015);
    type_into(&mut h, "Technology shared", "62,5 %");
    assert_eq!(h.state().doc.deal.params.tech_share, 0.625);
}

#[test]
fn refused_input_keeps_the_value_and_says_why_beside_the_field() {
    let mut h = harness();
    h.run();
    type_into(&mut h, "Vehicle tariff", "-5");
    assert_eq!(h.state().doc.deal.params.vehicle_tariff, 1.275);
    assert!(!h.state().doc.is_dirty());
    let msg = h
        .get_by_label_contains("is outside the valid range")
        .value()
        .unwrap_or_default();
    assert!(
        msg.contains("0 % to 500 %") && msg.contains("kept 127.5 %"),
        "{msg}"
    );

    type_into(&mut h, "Vehicle tariff", "abc");
    assert_eq!(h.state().doc.deal.params.vehicle_tariff, 1.275);
    assert!(h.query_by_label_contains("“abc” is not a number").is_some());

    // A whole-number parameter refuses a fraction.
    h.get_by_label("Open all").click();
    h.run();
    type_into(&mut h, "Horizon", "12.5");
    assert_eq!(h.state().doc.deal.params.horizon, 12);
    assert!(h.query_by_label_contains("takes a whole number").is_some());

    // An accepted value clears the message.
    type_into(&mut h, "Vehicle tariff", "100");
    assert_eq!(h.state().doc.deal.params.vehicle_tariff, 1.0);
    assert!(h.query_by_label_contains("is not a number").is_none());
}

#[test]
fn a_valid_value_past_the_slider_is_marked_off_its_scale() {
    let mut h = harness();
    h.run();
    assert!(
        h.query_by_label_contains("Off the slider's scale")
            .is_none()
    );
    type_into(&mut h, "Vehicle tariff", "500");
    assert_eq!(h.state().doc.deal.params.vehicle_tariff, 5.0);
    let mark = h
        .get_by_label_contains("Off the slider's scale")
        .value()
        .unwrap_or_default();
    assert!(mark.contains("0 % to 250 %"), "{mark}");
}

#[test]
fn undo_of_a_typed_value_is_one_step() {
    let mut h = harness();
    h.run();
    type_into(&mut h, "Royalty rate", "3");
    assert_eq!(h.state().doc.deal.params.royalty_rate, 0.03);
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(
        h.state().doc.deal.params.royalty_rate,
        Key::royalty_rate.spec().default
    );
}

#[test]
fn revert_asks_to_discard_and_can_be_undone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("deal.ron");
    let mut h = harness();
    h.run();
    h.state_mut()
        .push(jvsim::app::shell::commands::Command::SaveTo(path.clone()));
    h.run();
    h.get_by_role_and_label(Role::Slider, "Host stake")
        .set_value_accesskit(70.0);
    h.run();
    h.state_mut().push(jvsim::app::shell::commands::Command::Ui(
        jvsim::app::shell::commands::UiCommand::Revert,
    ));
    h.run();
    // The question is about discarding, with no "Save" in it.
    assert!(
        h.query_by_label_contains("Discard the changes to")
            .is_some()
    );
    assert!(h.query_by_label("Save").is_none());
    h.get_by_label("Discard changes").click();
    h.run();
    assert_eq!(h.state().doc.deal.params.host_stake, 0.51);
    assert!(!h.state().doc.is_dirty());
    // Undo brings the discarded changes back, unsaved again.
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(h.state().doc.deal.params.host_stake, 0.7);
    assert!(h.state().doc.is_dirty());
}

#[test]
fn window_state_is_kept_in_the_chosen_data_folder() {
    let dir = PathBuf::from("/somewhere/jvsim-data");
    let options = jvsim::app::native_options(Some(dir.clone()));
    assert_eq!(options.persistence_path, Some(dir.join("app.ron")));
}

/// A window on a desktop without any system file dialog.
fn harness_without_native_dialogs(saves: PathBuf) -> Harness<'static, JvApp> {
    Harness::builder()
        .with_size([1280.0, 800.0])
        .build_eframe(move |cc| {
            let mut config = AppConfig::for_tests(None);
            config.dialogs = Box::new(jvsim::app::files::dialogs::ScriptedDialogs::unavailable());
            config.saves_dir = saves;
            JvApp::new(cc, config)
        })
}

fn shows_fallback(h: &Harness<'static, JvApp>, title: &str) -> bool {
    h.query_by_label(title).is_some()
        && h.query_by_label_contains("The system's file dialog is not available here")
            .is_some()
}

#[test]
fn every_file_command_falls_back_to_jvsims_own_dialog_and_says_why() {
    use jvsim::app::shell::commands::{Command, UiCommand};
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_without_native_dialogs(dir.path().to_path_buf());
    h.run();
    type Start = Box<dyn Fn(&mut Harness<'static, JvApp>)>;
    let cases: Vec<(&str, Start)> = vec![
        (
            "Save deal as",
            Box::new(|h| h.key_press_modifiers(Modifiers::COMMAND, egui::Key::S)),
        ),
        (
            "Save deal as",
            Box::new(|h| {
                h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, egui::Key::S)
            }),
        ),
        (
            "Save deal book as",
            Box::new(|h| h.state_mut().push(Command::Ui(UiCommand::SaveBook))),
        ),
        (
            "Export into folder",
            Box::new(|h| h.key_press_modifiers(Modifiers::COMMAND, egui::Key::E)),
        ),
        (
            "Export into folder",
            Box::new(|h| {
                h.state_mut()
                    .push(Command::ExportChart(jvsim::figure::Chart::Profit))
            }),
        ),
        (
            "Export into folder",
            Box::new(|h| h.state_mut().push(Command::Ui(UiCommand::ExportWorkbook))),
        ),
        (
            "Open deal",
            Box::new(|h| h.key_press_modifiers(Modifiers::COMMAND, egui::Key::O)),
        ),
    ];
    for (title, start) in cases {
        start(&mut h);
        h.run();
        assert!(shows_fallback(&h, title), "{title}: no fallback shown");
        h.get_by_label("Cancel").click();
        h.run();
        assert!(h.state().browser.is_none(), "{title}: Cancel closes it");
    }
}

#[test]
fn a_new_deal_is_saved_through_the_fallback_dialog() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_without_native_dialogs(dir.path().to_path_buf());
    h.run();
    h.get_by_role_and_label(Role::Slider, "Host stake")
        .set_value_accesskit(60.0);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::S);
    h.run();
    h.get_by_role_and_label(Role::TextInput, "File name")
        .set_text_value_accesskit("sixty");
    h.run();
    h.get_by_label("Save").click();
    h.run();
    let path = dir.path().join("sixty.ron");
    assert_eq!(
        jvsim::core::dealfile::load_path(&path)
            .unwrap()
            .params
            .host_stake,
        0.6
    );
    assert!(!h.state().doc.is_dirty());
    assert!(h.state().browser.is_none());

    // Saving over an existing file asks first.
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, egui::Key::S);
    h.run();
    h.get_by_role_and_label(Role::TextInput, "File name")
        .set_text_value_accesskit("sixty.ron");
    h.run();
    h.get_by_label("Save").click();
    h.run();
    assert!(h.query_by_label_contains("exists. Replace it?").is_some());
    h.get_by_label("Replace").click();
    h.run();
    assert!(h.state().browser.is_none());
}

#[test]
fn the_quit_prompt_saves_through_the_fallback_and_then_quits() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_without_native_dialogs(dir.path().to_path_buf());
    h.run();
    h.get_by_role_and_label(Role::Slider, "Host stake")
        .set_value_accesskit(45.0);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Q);
    h.run();
    h.get_by_label("Save").click();
    h.run();
    assert!(shows_fallback(&h, "Save deal as"));
    h.get_by_role_and_label(Role::TextInput, "File name")
        .set_text_value_accesskit("before-quitting");
    h.run();
    h.get_by_label("Save").click();
    h.step();
    let closing = h
        .output()
        .viewport_output
        .values()
        .any(|v| v.commands.contains(&egui::ViewportCommand::Close));
    assert!(closing, "the window closes after the save");
    assert!(dir.path().join("before-quitting.ron").exists());
}

#[test]
fn export_and_open_work_through_the_fallback() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_without_native_dialogs(dir.path().to_path_buf());
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::E);
    h.run();
    let out = dir.path().join("charts");
    h.get_by_role_and_label(Role::TextInput, "Folder")
        .set_text_value_accesskit(&out.display().to_string());
    h.run();
    h.get_by_label("Export here").click();
    h.run();
    assert!(out.join("summary.html").exists());

    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::O);
    h.run();
    let deal = std::fs::canonicalize("saves/host-80-credit-eligible.ron").unwrap();
    h.get_by_role_and_label(Role::TextInput, "Path")
        .set_text_value_accesskit(&deal.display().to_string());
    h.run();
    h.get_by_label("Open").click();
    h.run();
    assert_eq!(h.state().doc.deal.params.host_stake, 0.8);
}

#[test]
fn open_by_path_lists_places_and_focuses_the_path() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("mine.ron"),
        std::fs::read("saves/host-80-credit-eligible.ron").unwrap(),
    )
    .unwrap();
    let mut h = harness_without_native_dialogs(dir.path().to_path_buf());
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, egui::Key::O);
    h.run();
    h.run();
    // Asked for, not a fallback: no note about the system's dialog.
    assert!(h.query_by_label("Open deal").is_some());
    assert!(h.query_by_label_contains("is not available here").is_none());
    assert!(
        h.get_by_role_and_label(Role::TextInput, "Path")
            .is_focused()
    );
    // The default folder's deals, and the working folder's saves/ among the places.
    assert!(h.query_by_label("mine.ron").is_some());
    assert!(h.query_by_label("saves/ here").is_some());
    h.get_by_label("saves/ here").click();
    h.run();
    assert!(h.query_by_label("host-80-credit-eligible.ron").is_some());
}

#[test]
fn help_shows_the_model_and_readable_parameter_cards_inside_the_app() {
    let mut h = harness();
    h.run();
    h.key_press(egui::Key::F1);
    h.run();
    // The equations and the simplifications are in the window, not only in docs/MODEL.md.
    h.get_by_label("The market").click();
    h.run();
    assert!(h.query_by_label_contains("s_k = e^{u_k}").is_some());
    h.get_by_label("Known simplifications").click();
    h.run();
    assert!(
        h.query_by_label_contains("One technology dimension.")
            .is_some()
    );
    // Every parameter: its meaning, its facts and its source, each wide enough to read.
    h.get_by_role_and_label(Role::Button, "Parameters").click();
    h.run();
    h.run();
    for s in SPECS {
        let help = h.get_by_label(s.help).rect();
        assert!(
            help.width() > 400.0 || help.height() < 25.0,
            "{}: help {help:?}",
            s.key
        );
        for source in h.get_all_by_label(&format!("Source: {}", s.source)) {
            // Wide, or short enough to sit on one line: never a syllable a line.
            let r = source.rect();
            assert!(
                r.width() > 400.0 || r.height() < 25.0,
                "{}: source {r:?}",
                s.key
            );
        }
    }
    // One line of facts (unit, default, ranges, Monte Carlo) per parameter.
    assert_eq!(h.get_all_by_label_contains("Unit: ").count(), SPECS.len());
    assert!(
        h.get_all_by_label_contains("default 127.5 % · slider 0 % to 250 % · valid 0 % to 500 %")
            .count()
            == 1
    );
    // The filter narrows the list.
    h.get_by_role_and_label(Role::TextInput, "Find a parameter")
        .set_text_value_accesskit("royalty");
    h.run();
    assert!(h.query_by_label("Royalty rate (r_roy)").is_some());
    assert!(h.query_by_label("Host stake (s)").is_none());
}

#[test]
fn pins_have_names_markers_and_no_twins() {
    use jvsim::app::shell::commands::{Command, Tab};
    let mut h = harness();
    h.run();
    h.state_mut().push(Command::PinScenario);
    h.run();
    assert!(
        h.state()
            .notice
            .as_deref()
            .unwrap()
            .starts_with("Pinned “as the default deal”; 1 of 4 pinned")
    );
    h.get_by_role_and_label(Role::Slider, "Host stake")
        .set_value_accesskit(75.0);
    h.run();
    h.get_by_role_and_label(Role::Slider, "Technology shared")
        .set_value_accesskit(30.0);
    h.run();
    h.state_mut().push(Command::PinScenario);
    h.run();
    assert_eq!(h.state().scenarios[1].deal.name, "stake 75 %, shared 30 %");
    // The same terms again: refused, and said so.
    h.state_mut().push(Command::PinScenario);
    h.run();
    assert_eq!(h.state().scenarios.len(), 2);
    let notice = h.state().notice.clone().unwrap();
    assert!(
        notice.contains("already pinned as “stake 75 %, shared 30 %”") && notice.contains("2 of 4"),
        "{notice}"
    );
    // A pin can be renamed; the charts' legends follow, and each pin has its own marker.
    h.state_mut().push(Command::ShowTab(Tab::Compare));
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Scenario 2")
        .set_text_value_accesskit("Ford plan");
    h.run();
    assert_eq!(h.state().scenarios[1].deal.name, "Ford plan");
    h.state_mut().push(Command::ShowTab(Tab::Charts));
    h.run();
    assert_eq!(h.get_all_by_label("Ford plan").count(), 1);
    assert_eq!(h.get_all_by_label("as the default deal").count(), 1);
    let markers: Vec<_> = (0..4).map(jvsim::figure::pin_shape).collect();
    for (i, a) in markers.iter().enumerate() {
        assert!(
            markers[i + 1..].iter().all(|b| b != a),
            "pin markers repeat"
        );
    }
}

#[test]
fn goal_seek_gives_each_partners_interval_of_stake_and_share() {
    use jvsim::app::shell::commands::{Command, Tab};
    let mut h = harness();
    h.run();
    h.state_mut().push(Command::ShowTab(Tab::DealMap));
    h.run();
    let g = jvsim::core::goalseek::goal_seek(&h.state().doc.deal.params);
    let e = g.entrant.stake[0];
    // The host gains whatever the stake: said as "always", not as "down to 0 %".
    assert!(
        h.query_by_label("at stakes: always (shared 50 %)")
            .is_some()
    );
    // The entrant only up to a stake strictly inside the range: both ends are given.
    let text = format!(
        "at stakes: from 0 % to {} % (shared 50 %)",
        (e.hi * 1000.0).round() / 10.0
    );
    assert!(e.hi > 0.51 && e.hi < 1.0);
    assert!(h.query_by_label(&text).is_some(), "{text}");
    assert_eq!(h.get_all_by_label_contains("at shares: from").count(), 2);
}

#[test]
fn sensitivity_names_each_bar_in_full_with_its_values_and_leaves_out_the_choices() {
    use jvsim::app::shell::commands::{Command, Tab};
    let mut h = harness();
    h.run();
    h.state_mut().push(Command::ShowTab(Tab::Sensitivity));
    h.run();
    let t = jvsim::core::sensitivity::tornado(&h.state().doc.deal.params);
    for (bars, partner) in [(&t.host, "host"), (&t.entrant, "entrant")] {
        // Choices are not uncertainties: they are not ranked.
        assert!(
            bars.iter()
                .all(|b| !matches!(b.key, Key::horizon | Key::start_year)),
            "{partner}"
        );
        // The bars every tornado shows (core::sensitivity::shown): 10 uncertain, 4 held.
        let (uncertain, held) = jvsim::core::sensitivity::shown(bars);
        assert_eq!(uncertain.len() + held.len(), 14, "{partner}");
        for b in uncertain.into_iter().chain(held) {
            let s = b.key.spec();
            assert!(
                h.get_all_by_label_contains(s.label).count() >= 1,
                "{partner}: {} not shown in full",
                s.label
            );
            let values = jvsim::figure::tornado::tested(b);
            assert!(
                h.get_all_by_label(&values).count() >= 1,
                "{partner}: values {values} of {} not shown",
                s.key
            );
        }
    }
    assert_eq!(h.get_all_by_label("Uncertain assumptions").count(), 2);
    assert_eq!(
        h.get_all_by_label("Terms, policy and data held as set")
            .count(),
        2
    );
    // Each partner's axis has several labelled ticks.
    let ticks = h
        .get_all_by_role(Role::Label)
        .filter(|n| {
            let v = n.value().unwrap_or_default();
            v == "0"
                || (v.starts_with(['+', '−'])
                    && v.trim_start_matches(['+', '−']).parse::<f64>().is_ok())
        })
        .count();
    assert!(ticks >= 6, "{ticks} tick labels");
}

#[test]
fn tornado_bars_are_coloured_by_the_sign_of_their_effect() {
    use jvsim::app::views::sensitivity::effect_color;
    for dark in [false, true] {
        assert_ne!(effect_color(1.0, dark), effect_color(-1.0, dark));
        assert_eq!(effect_color(0.3, dark), effect_color(7.0, dark));
        assert_eq!(effect_color(-0.3, dark), effect_color(-7.0, dark));
    }
}

#[test]
fn the_year_ahead_of_no_deal_is_named_for_what_it_is_and_npvs_carry_their_unit() {
    let mut h = harness();
    h.run();
    let s = h.state().live.summary;
    let year = s.host.payback_year.unwrap();
    assert!(
        h.query_all_by_label(&format!("ahead of no deal from {year}"))
            .next()
            .is_some()
    );
    assert!(h.query_by_label_contains("payback").is_none());
    assert!(
        h.query_by_label(&format!(
            "· no deal {} US$ B",
            jvsim::app::shell::style::money(s.host.npv_no_deal)
        ))
        .is_some()
    );
    // The year it pulls ahead is not the year its own cumulative profit turns positive.
    let o = &h.state().live.outcome;
    let cum = jvsim::core::analysis::cumulative(&o.deal.host.profit, o.deal.years);
    let positive = (0..o.deal.years)
        .find(|&t| cum[t] > 0.0)
        .map(|t| o.deal.year(t));
    assert_ne!(positive, Some(year));
}

#[test]
fn an_error_sits_in_the_status_bar_and_moves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, "Deal(version: 1, tech_share: 7.0)").unwrap();
    let mut h = harness();
    h.run();
    let tabs = h.get_by_label("Charts").rect();
    h.state_mut()
        .push(jvsim::app::shell::commands::Command::OpenPath(bad));
    h.run();
    assert!(h.query_by_label_contains("bad.ron:1:").is_some());
    assert_eq!(
        h.get_by_label("Charts").rect(),
        tabs,
        "the error moved the tabs"
    );
    h.get_by_label("Details").click();
    h.run();
    assert!(h.query_by_label("Problem").is_some());
}

#[test]
fn monte_carlo_draws_the_deal_as_set_and_says_how_far_the_median_is() {
    use jvsim::app::shell::commands::{Command, Tab};
    let mut h = harness_sized(1280.0, 800.0, None);
    h.run();
    h.state_mut().push(Command::ShowTab(Tab::MonteCarlo));
    h.run();
    let app = h.state();
    let bands = app.analyses.mc.latest().unwrap().1.clone();
    let o = &app.live.outcome;
    let n = o.deal.years;
    let set = jvsim::core::analysis::cumulative(&o.deal.host.profit, n)[n - 1];
    let median = *bands.host.p50.last().unwrap();
    let text = format!(
        "By {}: median draw {} US$ B, the deal as set {} ({} from the median)",
        o.deal.year(n - 1),
        jvsim::app::shell::style::money(median),
        jvsim::app::shell::style::money(set),
        jvsim::app::shell::style::signed_money(set - median)
    );
    assert!(h.query_by_label(&text).is_some(), "{text}");
    assert!(h.get_all_by_label_contains("By 2037: median draw").count() == 2);
    assert!(h.query_by_label("the deal as set").is_some());
    // The outer band is drawn stronger on a dark background, where the light one vanished.
    let outer = jvsim::figure::montecarlo::OUTER;
    let (dark_outer, light_outer) = (outer.at(true), outer.at(false));
    assert!(dark_outer >= 0.3 && dark_outer > light_outer);
}

#[test]
fn year_axes_label_every_two_to_five_years_and_the_map_every_quarter() {
    use jvsim::app::views::plot::year_marks;
    // A half-width chart at 1280 px: about 36 points a year over 2026–2037.
    for (points_per_year, step) in [(36.0, 2.0), (18.0, 5.0), (90.0, 1.0)] {
        let marks = year_marks(egui_plot::GridInput {
            bounds: (2025.5, 2037.5),
            base_step_size: 8.0 / points_per_year,
        });
        let labelled: Vec<f64> = marks
            .iter()
            .filter(|m| m.step_size >= step)
            .map(|m| m.value)
            .collect();
        assert!(
            labelled.len() >= 12 / step as usize,
            "{points_per_year}: {labelled:?}"
        );
        assert!(labelled.windows(2).all(|w| w[1] - w[0] == step));
        // Egui_plot labels a mark whose step spans at least 40 points (see year_axis).
        assert!(step * points_per_year >= 40.0);
    }
    let quarters: Vec<f64> = jvsim::app::views::dealmap::quarter_marks(egui_plot::GridInput {
        bounds: (-0.02, 1.02),
        base_step_size: 0.01,
    })
    .iter()
    .map(|m| m.value)
    .collect();
    assert_eq!(quarters, [0.0, 0.25, 0.5, 0.75, 1.0]);
}

#[test]
fn the_yearly_table_fits_at_1280_and_keeps_years_and_headers_in_place_when_scrolled() {
    use jvsim::app::shell::commands::{Command, Tab};
    let mut h = harness();
    h.run();
    h.state_mut().push(Command::ShowTab(Tab::Table));
    h.run();
    let last = h.get_by_label("tech, no deal").rect();
    assert!(
        last.right() <= 1280.0,
        "the table runs off at 1280 px: {last:?}"
    );

    // Narrower: the figures scroll sideways under fixed years and with their headers.
    let mut h = harness_sized(1024.0, 640.0, None);
    h.run();
    h.state_mut().push(Command::ShowTab(Tab::Table));
    h.run();
    // A figure of 2030 that appears once in the table: the host's gain that year.
    let o = &h.state().live.outcome;
    let t = 4;
    let gain = jvsim::app::shell::style::money(o.deal.host.profit[t] - o.no_deal.host.profit[t]);
    let year = h.get_by_label("2030").rect();
    let header = h.get_by_label("profit").rect();
    let value = h.get_by_label(&gain).rect();
    h.hover_at(value.center());
    h.run();
    h.input_mut().events.push(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(-300.0, 0.0),
        phase: egui::TouchPhase::Move,
        modifiers: Modifiers::NONE,
        source: egui::MouseWheelSource::Wheel,
    });
    h.run();
    h.run();
    let moved = value.left() - h.get_by_label(&gain).rect().left();
    assert!(moved > 20.0, "the figures did not scroll: {moved}");
    assert_eq!(h.get_by_label("2030").rect(), year, "the year column moved");
    let header_moved = header.left() - h.get_by_label("profit").rect().left();
    assert!(
        (header_moved - moved).abs() < 1.0,
        "headers {header_moved} vs figures {moved}"
    );
}

fn present(h: &mut Harness<'static, JvApp>, slide: jvsim::app::views::presentation::Slide) {
    h.key_press(egui::Key::F5);
    h.run();
    let slides = jvsim::app::views::presentation::slides(h.state().scenarios.len());
    let at = slides
        .iter()
        .position(|&s| s == slide)
        .expect("slide shown");
    for _ in 0..at {
        h.key_press(egui::Key::PageDown);
        h.run();
    }
    h.run();
    assert!(h.query_by_label(slide.title()).is_some(), "{slide:?}");
}

#[test]
fn slides_are_large_still_and_only_what_there_is_to_show() {
    use jvsim::app::views::presentation::{Slide, slides, zoom_for};
    use jvsim::figure::Chart;
    // The same slide at 1280×720 and 1920×1080: laid out about 1,000 points wide.
    assert!((1280.0 / zoom_for(1280.0) - 1000.0).abs() < 1.0);
    assert!((1920.0 / zoom_for(1920.0) - 1000.0).abs() < 1.0);
    // No comparison slide without scenarios; a Monte Carlo slide always.
    assert!(!slides(0).contains(&Slide::Comparison));
    assert!(slides(1).contains(&Slide::Comparison));
    assert!(slides(0).contains(&Slide::Chart(Chart::MonteCarlo)));

    let mut h = harness_sized(1280.0, 720.0, None);
    h.run();
    present(&mut h, Slide::KeyFigures);
    // The key figures in large type.
    let gain = h.state().live.summary.host.gain;
    let label = format!(
        "gains {} US$ B",
        jvsim::app::shell::style::signed_money(gain)
    );
    assert!(h.get_by_label(&label).rect().height() >= 40.0, "{label}");
    h.key_press(egui::Key::Escape);
    h.run();

    // A mouse resting on a chart leaves no tooltip on the slide: swept down the middle of the
    // yearly profit slide, nowhere shows one, while the same sweep in the window does.
    let tooltips = |h: &mut Harness<'static, JvApp>, x: f32, ys: std::ops::Range<i32>| {
        let mut seen = 0;
        for y in ys.step_by(3) {
            h.hover_at(egui::pos2(x, y as f32));
            h.run();
            seen += usize::from(h.query_by_label_contains("US$ B/yr").is_some());
        }
        seen
    };
    present(&mut h, Slide::Chart(Chart::Profit));
    assert_eq!(tooltips(&mut h, 640.0, 150..650), 0);
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(
        tooltips(&mut h, 520.0, 150..450) > 0,
        "the sweep finds the lines"
    );

    // The deal map's notes are body text (about 14 points high, before the slide's zoom), not
    // small print (about 10).
    present(&mut h, Slide::Chart(Chart::DealMap));
    let small: Vec<String> = h
        .get_all_by_role(Role::Label)
        .filter(|n| n.rect().height() > 0.0 && n.rect().height() < 13.0)
        .map(|n| n.value().unwrap_or_default())
        .collect();
    assert!(small.is_empty(), "small print on the map slide: {small:?}");
    h.key_press(egui::Key::Escape);
    h.run();

    present(&mut h, Slide::Chart(Chart::MonteCarlo));
    assert!(h.query_by_label("the deal as set").is_some());
    h.key_press(egui::Key::Escape);
    h.run();

    // With a scenario pinned the comparison slide shows it, with nothing to edit.
    h.state_mut()
        .push(jvsim::app::shell::commands::Command::PinScenario);
    h.run();
    present(&mut h, Slide::Comparison);
    assert!(h.query_by_label("as the default deal").is_some());
    assert!(h.query_by_label("Unpin").is_none());
    assert!(h.query_by_label("Pin the live deal").is_none());
    assert!(h.query_by_role(Role::TextInput).is_none());
}

#[test]
fn value_axis_labels_keep_the_decimals_their_step_needs() {
    use jvsim::app::views::plot::value_label;
    let label = |value: f64, step_size: f64| {
        value_label(egui_plot::GridMark { value, step_size }, &(0.0..=1.0))
    };
    // A step of 0.5 once read "0, 1, 2" for 0.5, 1.0, 1.5.
    assert_eq!(label(0.5, 0.5), "0.5");
    assert_eq!(label(1.5, 0.5), "1.5");
    assert_eq!(label(1.0, 0.5), "1.0");
    assert_eq!(label(0.4, 0.2), "0.4");
    assert_eq!(label(20.0, 10.0), "20");
    assert_eq!(label(-5.0, 5.0), "−5");
    assert_eq!(label(-0.0, 5.0), "0");
    assert_eq!(label(0.05, 0.05), "0.05");
}

#[test]
fn at_1920_px_the_key_figures_and_compare_use_the_width_in_readable_type() {
    use jvsim::app::shell::commands::{Command, Tab};
    let mut h = harness_sized(1920.0, 1080.0, None);
    h.run();
    // The cards spread over the central area: the lead's card starts past the middle.
    let lead = h.get_by_label("Tech lead in 2037").rect();
    assert!(lead.left() > 1920.0 * 0.55, "{lead:?}");
    // No small print in the strip (the lead's box once had 9-point text).
    let s = h.state().live.summary;
    for text in [
        format!("no deal {:.3}", s.final_lead_no_deal),
        format!(
            "{:.3} ({:.0} %)",
            s.final_lead,
            s.final_lead_share() * 100.0
        ),
    ] {
        let r = h.get_by_label(&text).rect();
        assert!(r.height() >= 13.0, "{text}: {r:?}");
    }
    h.state_mut().push(Command::PinScenario);
    h.run();
    h.state_mut().push(Command::ShowTab(Tab::Compare));
    h.run();
    let last = h.get_by_label("Scenario 1").rect();
    assert!(
        last.left() > 1920.0 * 0.55,
        "the comparison keeps to one side: {last:?}"
    );
}

#[test]
fn a_presentations_zoom_is_not_kept_as_the_users() {
    use eframe::App as _;
    let mut h = harness_sized(1920.0, 1080.0, None);
    h.run();
    h.key_press(egui::Key::F5);
    h.run();
    assert!(h.ctx.zoom_factor() > 1.5, "slides are zoomed");
    // Preferences saved while presenting (eframe saves every 30 s, and on closing) keep the
    // user's zoom, which is what the next start applies.
    struct Keep(Option<String>);
    impl eframe::Storage for Keep {
        fn get_string(&self, _: &str) -> Option<String> {
            self.0.clone()
        }
        fn set_string(&mut self, _: &str, value: String) {
            self.0 = Some(value);
        }
        fn remove_string(&mut self, _: &str) {}
        fn flush(&mut self) {}
    }
    let mut storage = Keep(None);
    h.state_mut().save(&mut storage);
    let prefs: jvsim::app::Prefs = eframe::get_value(&storage, eframe::APP_KEY).unwrap();
    assert_eq!(prefs.zoom, 1.0);
}

#[test]
fn the_key_figures_show_approval_and_expected_gains() {
    let mut h = harness();
    h.run();
    let s = h.state().live.summary;
    let a = s.approval;
    assert!(
        h.query_by_label(&format!("{:.0} %", a.both * 100.0))
            .is_some()
    );
    assert!(
        h.query_by_label(&format!(
            "host {:.0} % · home {:.0} %",
            a.host * 100.0,
            a.home * 100.0
        ))
        .is_some()
    );
    for who in [
        jvsim::core::model::Partner::Host,
        jvsim::core::model::Partner::Entrant,
    ] {
        let text = format!(
            "expected {} US$ B",
            jvsim::app::shell::style::signed_money(s.expected_gain(who))
        );
        assert!(h.query_by_label(&text).is_some(), "{text}");
    }
    // Moving the stake past 75 % lifts the host government's approval: the strip follows.
    h.state_mut()
        .push(jvsim::app::shell::commands::Command::SetParam(
            Key::host_stake,
            0.8,
        ));
    h.run();
    assert!(h.state().live.summary.approval.host > a.host + 0.2);
    assert!(h.query_by_label_contains("host 90 %").is_some());
}

#[test]
fn deal_books_enter_the_recent_files_when_saved_or_opened() {
    use jvsim::app::shell::commands::Command;
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("two deals.ron");
    let mut h = harness();
    h.run();
    h.state_mut().push(Command::PinScenario);
    h.state_mut().push(Command::SetParam(Key::host_stake, 0.75));
    h.run();
    h.state_mut().push(Command::SaveBookTo(book.clone()));
    h.run();
    assert!(book.is_file(), "{:?}", h.state().error);
    assert_eq!(h.state().prefs.recent.first(), Some(&book));
    // Opened in a fresh window, from a list where it is not yet.
    let mut h = harness();
    h.run();
    assert!(h.state().prefs.recent.is_empty());
    h.state_mut().push(Command::OpenPath(book.clone()));
    h.run();
    assert_eq!(h.state().scenarios.len(), 2);
    assert_eq!(h.state().prefs.recent, vec![book]);
}

#[test]
fn the_national_view_and_the_robust_map_have_slides() {
    use jvsim::app::views::presentation::{Slide, slides};
    use jvsim::figure::Chart;
    for chart in [Chart::Nation, Chart::RobustMap] {
        assert!(slides(0).contains(&Slide::Chart(chart)), "{chart:?}");
    }
    let mut h = harness_sized(1280.0, 720.0, None);
    h.run();
    present(&mut h, Slide::Chart(Chart::Nation));
    assert!(h.query_by_label("What the host country gains").is_some());
    // The legend names the headline measure; the NPV's sum is under the chart.
    assert!(
        h.query_by_label("Consumer surplus (headline, nested)")
            .is_some()
    );
    assert!(h.query_by_label_contains("= national gain +").is_some());
    h.key_press(egui::Key::Escape);
    h.run();
    present(&mut h, Slide::Chart(Chart::RobustMap));
    let app = h.state();
    let status = app.analyses.robust.status(&app.doc.deal.params);
    assert!(status.complete, "{status:?}");
    // No colourings to choose on its slide: it is the chance map.
    assert!(h.query_by_label("Host's gain").is_none());
    assert!(
        h.query_by_label_contains("Current deal: stake 51 %, shared 50 %; both gain in")
            .is_some()
    );
    // The deal map's slide keeps to the gain colourings.
    h.key_press(egui::Key::PageUp);
    h.run();
    assert!(h.query_by_label("Host's gain").is_some());
    assert!(h.query_by_label("Chance both gain").is_none());
}

/// Issue 12, item 6: a save into a path that cannot be written says so with the path and keeps
/// the unsaved changes; the file that was there is untouched.
#[test]
fn a_save_that_cannot_be_written_keeps_the_changes_and_names_the_path() {
    use jvsim::app::shell::commands::Command;
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("not-a-folder");
    std::fs::write(&blocker, "a file where a folder should be").unwrap();
    let target = blocker.join("deal.ron");
    let mut h = harness();
    h.run();
    h.state_mut().push(Command::SetParam(Key::host_stake, 0.7));
    h.run();
    assert!(h.state().doc.is_dirty());
    h.state_mut().push(Command::SaveTo(target.clone()));
    h.run();
    let error = h.state().error.clone().expect("an error is shown");
    assert!(error.contains(&target.display().to_string()), "{error}");
    assert!(h.state().doc.is_dirty(), "the changes are still unsaved");
    assert_eq!(h.state().doc.deal.params.host_stake, 0.7);
    assert_eq!(
        std::fs::read_to_string(&blocker).unwrap(),
        "a file where a folder should be"
    );
    // Quitting now still asks first.
    h.state_mut()
        .push(Command::Ui(jvsim::app::shell::commands::UiCommand::Quit));
    h.run();
    assert_eq!(h.state().pending, Some(jvsim::app::Pending::Quit));
}

/// A pinned deal's chance both gain is worked out by the background work (synchronous in
/// tests), not in the frame that pins it, and is the core's number.
#[test]
fn a_pins_chance_both_gain_comes_from_the_background_work() {
    use jvsim::app::shell::commands::Command;
    let mut h = harness();
    h.run();
    h.state_mut().push(Command::SetParam(Key::mc_draws, 40.0));
    h.state_mut().push(Command::PinScenario);
    h.run();
    h.run();
    let p = h.state().scenarios[0].deal.params;
    let expected = jvsim::core::robust::p_zone_here(&p, 40, u64::from(p.mc_seed));
    assert_eq!(h.state().analyses.pin_chance(&p), Some(expected));
}
