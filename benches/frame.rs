//! CPU time of one frame while a slider moves: apply the change, simulate, build the whole UI
//! (and, separately, tessellate it), at 1280×800, without a window; the charts, the yearly table
//! and the national account on screen.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use eframe::egui;
use jvsim::app::shell::commands::{Command, Tab};
use jvsim::app::{AppConfig, JvApp, Prefs};
use jvsim::core::params::Key;

fn input() -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 800.0),
        )),
        ..Default::default()
    }
}

fn bench(c: &mut Criterion) {
    for (name, tab) in [
        ("charts", Tab::Charts),
        ("table", Tab::Table),
        ("national", Tab::Nation),
    ] {
        let ctx = egui::Context::default();
        let prefs = Prefs {
            tab,
            ..Prefs::default()
        };
        // The analyses on their threads, as in the window: the key figures' chance both gain
        // would otherwise be drawn within every frame measured.
        let config = AppConfig {
            synchronous_analyses: false,
            ..AppConfig::for_tests(None)
        };
        let mut app = JvApp::with_prefs(prefs, config);
        for _ in 0..3 {
            let _ = ctx.run_ui(input(), |ui| app.frame(ui));
        }
        let mut i = 0u32;
        c.bench_function(&format!("frame_slider_drag_{name}"), |b| {
            b.iter(|| {
                i += 1;
                app.push(Command::SetParam(
                    Key::host_stake,
                    0.2 + f64::from(i % 60) * 0.01,
                ));
                black_box(ctx.run_ui(input(), |ui| app.frame(ui)))
            })
        });
        c.bench_function(&format!("frame_slider_drag_{name}_tessellated"), |b| {
            b.iter(|| {
                i += 1;
                app.push(Command::SetParam(
                    Key::host_stake,
                    0.2 + f64::from(i % 60) * 0.01,
                ));
                let out = ctx.run_ui(input(), |ui| app.frame(ui));
                black_box(ctx.tessellate(out.shapes, out.pixels_per_point))
            })
        });
    }
}

/// The tariff dragged with the deal map on screen: the grid runs on other threads, so this
/// measures what the UI thread does (including texture rebuilds when a grid arrives).
fn bench_map(c: &mut Criterion) {
    let ctx = egui::Context::default();
    let prefs = Prefs {
        tab: Tab::DealMap,
        ..Prefs::default()
    };
    let config = AppConfig {
        synchronous_analyses: false,
        ..AppConfig::for_tests(None)
    };
    let mut app = JvApp::with_prefs(prefs, config);
    // Hold the primary button down somewhere inert: the app then treats input as a drag.
    let mut first = input();
    first.events.push(egui::Event::PointerButton {
        pos: egui::pos2(1275.0, 795.0),
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: egui::Modifiers::NONE,
    });
    let _ = ctx.run_ui(first, |ui| app.frame(ui));
    let mut i = 0u32;
    c.bench_function("frame_tariff_drag_deal_map", |b| {
        b.iter(|| {
            i += 1;
            app.push(Command::SetParam(
                Key::vehicle_tariff,
                0.8 + f64::from(i % 100) * 0.01,
            ));
            let out = ctx.run_ui(input(), |ui| app.frame(ui));
            black_box(ctx.tessellate(out.shapes, out.pixels_per_point))
        })
    });
}

criterion_group!(benches, bench, bench_map);
criterion_main!(benches);
