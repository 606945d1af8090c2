//! Snapshot images of the whole window on the default deal (the charts, every group open, two
//! pins, the national account), dark and light, rendered with wgpu
//! on a software rasteriser (Mesa lavapipe on CI).
//!
//! A machine with no Vulkan adapter skips the comparison and says so, so `cargo test`
//! passes anywhere; `.ci/run` sets JVSIM_REQUIRE_SNAPSHOTS=1, under which a missing adapter is a
//! failure. The reference images in tests/snapshots/ were made with that same driver
//! (`UPDATE_SNAPSHOTS=1 cargo test --test snapshots`).

use eframe::egui;
use egui_kittest::{Harness, SnapshotOptions, SnapshotResults};
use jvsim::app::{AppConfig, JvApp, Prefs};

/// Renders only on Vulkan (lavapipe), the driver the references were made with: a machine whose
/// only adapter is, say, OpenGL on llvmpipe would draw slightly differently and must not compare.
fn use_vulkan_only() {
    if std::env::var_os("WGPU_BACKEND").is_none() {
        // SAFETY: called once at the start of this test binary's only test, before any thread
        // that could read the environment (wgpu) exists.
        unsafe { std::env::set_var("WGPU_BACKEND", "vulkan") };
    }
}

fn adapter_available() -> bool {
    // Creating the renderer panics when wgpu finds no adapter; probe once, quietly.
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let ok = std::panic::catch_unwind(egui_kittest::wgpu::WgpuTestRenderer::new).is_ok();
    std::panic::set_hook(hook);
    ok
}

/// What a snapshot shows beyond the default window.
#[derive(Clone, Copy, PartialEq)]
enum Scene {
    Default,
    /// Every parameter group open.
    AllGroups,
    /// Two pinned scenarios on the charts.
    TwoPins,
    /// The host country's national account.
    National,
}

fn snapshot(name: &str, dark: bool, scene: Scene, results: &mut SnapshotResults) {
    if !adapter_available() {
        if std::env::var_os("JVSIM_REQUIRE_SNAPSHOTS").is_some() {
            panic!(
                "JVSIM_REQUIRE_SNAPSHOTS is set but wgpu found no adapter (install mesa-vulkan-drivers)"
            );
        }
        eprintln!("snapshot {name}: skipped, no wgpu adapter on this machine (not compared)");
        return;
    }
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_theme(if dark {
            egui::Theme::Dark
        } else {
            egui::Theme::Light
        })
        .with_render_cursor(false)
        .wgpu()
        .build_eframe(move |cc| {
            let prefs = Prefs {
                dark,
                ..Prefs::default()
            };
            let app = JvApp::with_prefs(prefs, AppConfig::for_tests(None));
            cc.egui_ctx.set_theme(if dark {
                egui::ThemePreference::Dark
            } else {
                egui::ThemePreference::Light
            });
            app
        });
    h.run();
    match scene {
        Scene::Default => {}
        Scene::AllGroups => {
            use egui_kittest::kittest::Queryable as _;
            h.get_by_label("Open all").click();
            h.run();
            h.run();
        }
        Scene::TwoPins => {
            use jvsim::app::shell::commands::{Command, Tab};
            use jvsim::core::params::Key;
            for (stake, share) in [(0.75, 0.3), (0.4, 0.8)] {
                h.state_mut()
                    .push(Command::SetParam(Key::host_stake, stake));
                h.state_mut()
                    .push(Command::SetParam(Key::tech_share, share));
                h.state_mut().push(Command::PinScenario);
                h.run();
            }
            // The live deal back at its terms, apart from both pins.
            h.state_mut().push(Command::ResetParam(Key::host_stake));
            h.state_mut().push(Command::ResetParam(Key::tech_share));
            h.state_mut().push(Command::ShowTab(Tab::Charts));
            h.run();
            h.run();
        }
        Scene::National => {
            use jvsim::app::shell::commands::{Command, Tab};
            h.state_mut().push(Command::ShowTab(Tab::Nation));
            h.run();
            h.run();
        }
    }
    // Renders here are bit-identical run to run; a few pixels of slack absorb antialiasing
    // differences between Mesa builds, while a changed word in a title already moves ~90.
    h.snapshot_options(
        name,
        &SnapshotOptions::new().threshold(0.6).max_failed_pixels(20),
    );
    results.extend_harness(&mut h);
}

/// One test for all images: the environment is set before anything runs in parallel.
#[test]
fn default_deal_window_light_and_dark() {
    use_vulkan_only();
    if !adapter_available() {
        assert!(
            std::env::var_os("JVSIM_REQUIRE_SNAPSHOTS").is_none(),
            "JVSIM_REQUIRE_SNAPSHOTS is set but wgpu found no Vulkan adapter \
             (install mesa-vulkan-drivers)"
        );
        eprintln!("window snapshots: skipped, no Vulkan adapter on this machine (not compared)");
        return;
    }
    let mut results = SnapshotResults::new();
    for (name, scene) in [
        ("default_deal", Scene::Default),
        ("all_groups_open", Scene::AllGroups),
        ("two_pins", Scene::TwoPins),
        ("national_account", Scene::National),
    ] {
        snapshot(&format!("{name}_light"), false, scene, &mut results);
        snapshot(&format!("{name}_dark"), true, scene, &mut results);
    }
    results.unwrap();
}
