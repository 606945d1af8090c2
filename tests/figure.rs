//! The chart descriptions: what every painter draws, asserted once on the figures themselves and
//! on the exported SVG that paints them.

use jvsim::core::dealfile::Deal;
use jvsim::core::model::simulate;
use jvsim::core::policy::STAKE_LINES;
use jvsim::core::sensitivity::{shown, tornado};
use jvsim::core::sweep::deal_grid;
use jvsim::export::{chart_figure, chart_svg};
use jvsim::figure::dealmap::{self, MapData, MapMode};
use jvsim::figure::{
    Chart, Dash, Figure, Pin, Role, Shape, Swatch, montecarlo, profit, technology,
};
use jvsim::palette::Ink;

fn escaped(s: &str) -> String {
    jvsim::export::svg::escape(s)
}

/// The SVG's text, element after element, so a label wrapped over lines reads whole again.
fn text_of(svg: &str) -> String {
    svg.split("<text")
        .skip(1)
        .filter_map(|t| {
            t.split_once('>')
                .and_then(|(_, rest)| rest.split_once("</text>"))
        })
        .map(|(inner, _)| inner)
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn every_export_paints_its_figures_title_legend_and_axis_labels() {
    let deal = Deal::default();
    let o = simulate(&deal.params);
    for chart in Chart::ALL {
        let fig = chart_figure(&deal, &o, chart);
        assert_eq!(fig.chart, chart);
        let svg = chart_svg(&deal, &o, chart, 1600, 900);
        assert!(svg.contains(&escaped(&fig.title)), "{chart:?}: title");
        assert!(svg.contains(&escaped(&fig.caption)), "{chart:?}: caption");
        let text = text_of(&svg);
        for e in &fig.legend {
            assert!(text.contains(&escaped(&e.label)), "{chart:?}: {}", e.label);
        }
        for n in &fig.notes {
            assert!(text.contains(&escaped(n)), "{chart:?}: {n}");
        }
        for p in &fig.panels {
            assert!(svg.contains(&format!(">{}</text>", escaped(&p.x.label))));
            if let Some((heading, _)) = &p.heading {
                assert!(svg.contains(&escaped(heading)), "{chart:?}: {heading}");
            }
        }
    }
}

#[test]
fn the_technology_title_is_one_sentence_everywhere() {
    let deal = Deal::default();
    let o = simulate(&deal.params);
    let fig = technology::figure(&deal, &o, &[]);
    // The window's wording, which names what the shading is, is the only one.
    assert!(
        fig.title.starts_with(
            "Technology (index, Chinese EV maker in 2026 = 1.0); shaded: US automaker's gain, +"
        ),
        "{}",
        fig.title
    );
    assert!(chart_svg(&deal, &o, Chart::Technology, 800, 450).contains(&escaped(&fig.title)));
}

#[test]
fn the_tornado_shows_the_bars_the_core_picks_for_each_partner() {
    let deal = Deal::default();
    let t = tornado(&deal.params);
    let fig = jvsim::figure::tornado::figure(&deal, &t);
    assert_eq!(fig.panels.len(), 2);
    let svg = chart_svg(&deal, &simulate(&deal.params), Chart::Tornado, 1600, 900);
    for (panel, bars) in fig.panels.iter().zip([&t.host, &t.entrant]) {
        let (uncertain, held) = shown(bars);
        let drawn = panel.bars.as_ref().expect("bars");
        assert_eq!(drawn.rows().count(), uncertain.len() + held.len());
        assert_eq!(
            drawn.rows().count(),
            14,
            "10 uncertain and 4 held on the default deal"
        );
        assert_eq!(drawn.groups[0].rows.len(), uncertain.len());
        assert_eq!(drawn.groups[1].rows.len(), held.len());
        for (row, bar) in drawn.rows().zip(uncertain.iter().chain(&held)) {
            assert!(row.label.starts_with(bar.key.spec().label));
            assert_eq!(row.label.contains("not monotone"), !bar.monotone);
            assert_eq!(row.ends[0].gain, bar.gain_at_low);
            assert_eq!(row.ends[1].gain, bar.gain_at_high);
            assert!(svg.contains(&format!(">{}</text>", escaped(&row.label))));
        }
        // The gain axis takes in zero and the gain as set.
        assert!(panel.x.range.0 <= 0.0 && panel.x.range.1 >= drawn.base);
    }
}

#[test]
fn the_deal_map_marks_both_nash_points_both_stake_lines_and_the_deal() {
    let deal = Deal::default();
    let p = &deal.params;
    let grid = deal_grid(p, 21);
    let fig = dealmap::figure(&deal, MapData::grid(Some(&grid)), MapMode::Host, &[]);
    let panel = &fig.panels[0];
    let nash = grid.nash_points(p.bargaining_power);
    let at = |name: &str| {
        panel
            .markers
            .iter()
            .find(|m| m.name == name)
            .map(|m| (m.at, m.shape, m.ink))
    };
    let c = nash
        .unconstrained
        .expect("a Nash point on the default deal");
    assert_eq!(
        at("Nash bargaining point"),
        Some(([c.host_stake, c.tech_share], Shape::Diamond, Ink::Jv))
    );
    let c = nash.host_control.expect("a Nash point with host control");
    assert_eq!(
        at("Nash with host control"),
        Some(([c.host_stake, c.tech_share], Shape::Square, Ink::Host))
    );
    assert_eq!(
        at("Current deal").map(|m| m.0),
        Some([p.host_stake, p.tech_share])
    );
    let stakes: Vec<f64> = panel.rules.iter().map(|r| r.x).collect();
    let policy: Vec<f64> = STAKE_LINES.iter().map(|l| l.stake).collect();
    assert_eq!(stakes, policy);
    let map = panel.heatmap.as_ref().expect("a heatmap");
    assert_eq!(map.zone_count(), grid.zone_count());
    assert_eq!(map.value(3, 7), grid.cell(3, 7).host_gain);
    let joint = dealmap::figure(&deal, MapData::grid(Some(&grid)), MapMode::Joint, &[]);
    let c = grid.cell(3, 7);
    assert_eq!(
        joint.panels[0].heatmap.as_ref().unwrap().value(3, 7),
        c.host_gain + c.entrant_gain
    );
    // While the grid is computed: the lines and the deal, no colours and no Nash points.
    let waiting = dealmap::figure(&deal, MapData::default(), MapMode::Host, &[]);
    assert!(waiting.panels[0].heatmap.is_none());
    assert!(waiting.markers().all(|m| m.name == "Current deal"));
    assert_eq!(waiting.panels[0].rules.len(), 2);
}

#[test]
fn the_jv_line_starts_in_its_first_year_of_production() {
    let deal = Deal::default();
    let o = simulate(&deal.params);
    let first = (0..o.deal.years)
        .find(|&t| o.deal.jv.volume[t] > 0.0)
        .unwrap();
    assert!(first > 0, "the default JV builds its plant first");
    let fig = technology::figure(&deal, &o, &[]);
    let jv = fig
        .series()
        .find(|s| s.role == Role::Jv)
        .expect("a JV line");
    assert_eq!(
        jv.points[0],
        [f64::from(o.deal.year(first)), o.deal.jv.tech[first]]
    );
    assert_eq!(jv.points.len(), o.deal.years - first);
}

/// Every series is named by the legend (its colour and its line), and every legend entry stands
/// for something drawn.
fn legend_matches_series(fig: &Figure) {
    let has = |s: Swatch| fig.legend.iter().any(|e| e.swatches.contains(&s));
    for s in fig.series() {
        let look = s.role.look();
        if s.role == Role::AsSet {
            assert!(has(Swatch::Marker(Shape::Circle, s.ink)), "{}", s.name);
            continue;
        }
        if s.ink != Ink::Text {
            assert!(
                fig.legend.iter().any(|e| e
                    .swatches
                    .iter()
                    .any(|w| matches!(w, Swatch::Line(i, _) if *i == s.ink))
                    || e.label == "median draw"),
                "{}: its colour",
                s.name
            );
        }
        assert!(
            fig.legend.iter().any(|e| e
                .swatches
                .iter()
                .any(|w| matches!(w, Swatch::Line(_, d) if *d == look.dash))),
            "{}: its line",
            s.name
        );
        if let Some((shape, _)) = look.marker {
            assert!(
                has(Swatch::Marker(shape, Ink::Text)),
                "{}: its marker",
                s.name
            );
        }
    }
    for e in &fig.legend {
        let drawn = e.swatches.iter().any(|w| match *w {
            Swatch::Line(ink, dash) => fig
                .series()
                .any(|s| s.ink == ink || s.role.look().dash == dash),
            Swatch::Area(_, opacity) => fig
                .panels
                .iter()
                .any(|p| p.areas.iter().any(|a| a.opacity == opacity)),
            Swatch::Marker(shape, _) => fig
                .series()
                .any(|s| s.role.look().marker.is_some_and(|m| m.0 == shape)),
        });
        assert!(drawn, "{}: nothing drawn for it", e.label);
    }
}

#[test]
fn legends_name_every_series_and_pins_get_their_own_lines_and_markers() {
    let deal = Deal::default();
    let o = simulate(&deal.params);
    let mut pinned = deal.clone();
    pinned.name = "Ford plan".into();
    pinned.params.host_stake = 0.75;
    let po = simulate(&pinned.params);
    let pins = [Pin {
        deal: &pinned,
        outcome: &po,
    }];
    for cumulated in [false, true] {
        let fig = profit::figure(&deal, &o, cumulated, &pins);
        assert_eq!(fig.series().count(), 6);
        let pin_lines: Vec<_> = fig
            .series()
            .filter(|s| s.role == Role::Scenario(0))
            .collect();
        assert_eq!(pin_lines.len(), 2);
        assert!(pin_lines.iter().all(|s| s.name.starts_with("Ford plan: ")));
        assert!(matches!(Role::Scenario(0).look().dash, Dash::Dotted { .. }));
        assert!(fig.legend.iter().any(|e| e.label == "Ford plan"));
        legend_matches_series(&fig);
        // Deal solid, no deal dashed, in each partner's colour.
        let deal_line = fig
            .series()
            .find(|s| s.name == "US automaker, deal")
            .unwrap();
        assert_eq!((deal_line.ink, deal_line.role), (Ink::Host, Role::Deal));
        assert_eq!(Role::NoDeal.look().dash, Dash::Dashed);
    }
    let tech = technology::figure(&deal, &o, &pins);
    legend_matches_series(&tech);
    let no_pins = profit::figure(&deal, &o, false, &[]);
    assert_eq!(no_pins.series().count(), 4);
    legend_matches_series(&no_pins);

    let mut p = deal.params;
    p.mc_draws = 40;
    let bands = jvsim::core::montecarlo::monte_carlo(&p, 40, 1);
    let mc = montecarlo::figure(&deal, &bands, &o);
    legend_matches_series(&mc);
    // The outer band stronger on a dark background, where the light one vanished.
    let (dark, light) = (montecarlo::OUTER.at(true), montecarlo::OUTER.at(false));
    assert!(dark >= 0.3 && dark > light);
    for panel in &mc.panels {
        assert_eq!(panel.areas[0].opacity, montecarlo::OUTER);
        assert_eq!(panel.areas[1].opacity, montecarlo::INNER);
    }
    // The profit axis takes in zero and every line, with a margin.
    let y = no_pins.panels[0].y.range;
    let (lo, hi) = no_pins
        .series()
        .flat_map(|s| s.points.iter().map(|p| p[1]))
        .fold((0.0_f64, 0.0_f64), |(a, b), v| (a.min(v), b.max(v)));
    assert!(y.0 < lo && y.1 > hi);
    assert!((hi - y.1).abs() < 0.06 * (hi - lo) + 1e-9);
}

#[test]
fn slides_and_menus_name_charts_from_one_list() {
    let stems: std::collections::HashSet<&str> = Chart::ALL.iter().map(|c| c.file_stem()).collect();
    assert_eq!(stems.len(), Chart::ALL.len());
    for c in Chart::ALL {
        assert!(!c.title().is_empty() && !c.headline().is_empty());
    }
}

#[test]
fn the_national_view_names_its_measure_and_keeps_jobs_off_the_money_axis() {
    use jvsim::core::nation::Nation;
    use jvsim::figure::nation::{self, NpvParts};
    let deal = Deal::default();
    let o = simulate(&deal.params);
    let n = Nation::of(&o);
    let fig = nation::figure(&deal, &o, &[]);
    assert_eq!(fig.chart, Chart::Nation);
    // The title says which consumer surplus is the headline; the plain logit is dashed.
    assert!(
        fig.title.contains("consumer surplus nested, λ = 0.50"),
        "{}",
        fig.title
    );
    let logit = fig
        .series()
        .find(|s| s.name.contains("plain logit"))
        .unwrap();
    assert_eq!(logit.role, Role::Alternative);
    assert_eq!(logit.role.look().dash, Dash::Dashed);
    // Money on one panel, jobs on the other: no money line counts jobs, no jobs line dollars.
    let [money, jobs] = &fig.panels[..] else {
        panic!("two panels")
    };
    assert!(money.y.unit.contains("US$") && money.y.label.contains("US$ B"));
    assert!(!jobs.y.unit.contains("US$") && jobs.y.label.contains("jobs"));
    assert!(money.series.iter().all(|s| !s.name.contains("jobs")));
    assert_eq!(jobs.series.len(), 1);
    let last = n.years - 1;
    assert_eq!(jobs.series[0].points[last][1], n.jobs[last] / 1000.0);
    // The national gain is the surplus with the deal minus without, every year.
    let gain = money
        .series
        .iter()
        .find(|s| s.name == "National gain")
        .unwrap();
    assert_eq!(gain.role, Role::Total);
    for (t, p) in gain.points.iter().enumerate() {
        assert_eq!(
            p,
            &[f64::from(n.year(t)), n.surplus[t] - n.surplus_no_deal[t]]
        );
    }
    // The NPV's parts add up to the national gain, and the headings give it and the jobs.
    let parts = NpvParts::of(&n, deal.params.discount_rate);
    assert!((parts.total() - n.npv_gain()).abs() < 1e-9, "{parts:?}");
    let heading = &money.heading.as_ref().unwrap().0;
    assert!(heading.contains(&format!("NPV {} US$ B", signed(n.npv_gain()))));
    assert!(jobs.heading.as_ref().unwrap().0.contains("14,154"));
    assert!(fig.notes[0].contains(&format!("national gain {}", signed(n.npv_gain()))));
    legend_matches_series(&fig);
    // The export paints it: title, both axes, the notes.
    let svg = chart_svg(&deal, &o, Chart::Nation, 1600, 900);
    assert!(svg.contains(&escaped(&fig.title)));
    for label in [&money.y.label, &jobs.y.label] {
        assert!(svg.contains(&escaped(label)), "{label}");
    }
}

fn signed(v: f64) -> String {
    jvsim::figure::numbers::signed_money(v)
}

/// A 5 × 5 grid: the zone the three right columns, where the country loses in the top row.
fn small_grid() -> jvsim::core::sweep::Grid {
    use jvsim::core::sweep::{Cell, Grid, axis_value};
    let n = 5;
    let cells = (0..n * n)
        .map(|k| {
            let (i, j) = (k % n, k / n);
            let gain = if i >= 2 { 1.0 } else { -1.0 };
            Cell {
                host_stake: axis_value(i, n),
                tech_share: axis_value(j, n),
                host_gain: gain,
                entrant_gain: gain,
                approval: 0.5,
                nation_gain: if j == n - 1 { -2.0 } else { 3.0 },
            }
        })
        .collect();
    Grid { n, cells }
}

#[test]
fn the_deal_map_outlines_the_three_party_zone_and_says_so_in_its_legend() {
    let deal = Deal::default();
    let grid = small_grid();
    assert_eq!((grid.zone_count(), grid.three_party_zone_count()), (15, 12));
    for mode in [MapMode::Host, MapMode::Nation] {
        let fig = dealmap::figure(&deal, MapData::grid(Some(&grid)), mode, &[]);
        let panel = &fig.panels[0];
        let outline = &panel.contours[0];
        assert_eq!((outline.ink, outline.dash), (Ink::Nation, Dash::Dashed));
        // One closed path round the 3 × 4 block of cells, half a step out at the map's edges.
        assert_eq!(outline.paths.len(), 1);
        let xs: Vec<f64> = outline.paths[0].iter().map(|p| p[0]).collect();
        let ys: Vec<f64> = outline.paths[0].iter().map(|p| p[1]).collect();
        let span = |v: &[f64]| {
            (
                v.iter().copied().fold(9.0, f64::min),
                v.iter().copied().fold(-9.0, f64::max),
            )
        };
        assert_eq!(span(&xs), (0.375, 1.125));
        assert_eq!(span(&ys), (-0.125, 0.875));
        let labels: Vec<&str> = fig.legend.iter().map(|e| e.label.as_str()).collect();
        assert!(labels.contains(&"Deal zone: both partners gain (15 of 25 grid deals)"));
        assert!(
            labels.contains(&"Three-party zone: the host country gains too (12 of the 15)"),
            "{labels:?}"
        );
    }
    // Coloured by the national gain, with the national account's note.
    let fig = dealmap::figure(&deal, MapData::grid(Some(&grid)), MapMode::Nation, &[]);
    let map = fig.panels[0].heatmap.as_ref().unwrap();
    assert_eq!((map.value(0, 4), map.value(0, 0)), (-2.0, 3.0));
    assert!(fig.title.contains("the host country's NPV gain"));
    assert!(
        fig.notes
            .iter()
            .any(|n| n.starts_with("National gain = consumer surplus"))
    );
    // On the default deal the country gains wherever both partners do.
    let real = deal_grid(&deal.params, 21);
    assert_eq!(real.three_party_zone_count(), real.zone_count());
    let fig = dealmap::figure(&deal, MapData::grid(Some(&real)), MapMode::Host, &[]);
    assert!(
        fig.legend
            .iter()
            .any(|e| e.label.ends_with("all of the deal zone)"))
    );
}

#[test]
fn the_robust_map_draws_the_chance_with_its_contours_and_marks_the_deal() {
    use jvsim::core::robust::RobustGrid;
    use jvsim::figure::heatmap::ColourScale;
    let deal = Deal::default();
    let p = &deal.params;
    // The chance rises left to right: 0, 0.25, 0.5, 0.75, 1 in every row.
    let n = 5;
    let robust = RobustGrid {
        n,
        draws: 40,
        seed: 7,
        p_zone: (0..n * n).map(|k| (k % n) as f64 / 4.0).collect(),
    };
    let data = MapData {
        grid: None,
        robust: Some(&robust),
        chance_here: Some((0.54, 40)),
    };
    let fig = dealmap::figure(&deal, data, MapMode::Chance, &[]);
    assert_eq!(fig.chart, Chart::RobustMap);
    assert!(
        fig.title.contains("5 × 5 deals × 40 draws (seed 7)"),
        "{}",
        fig.title
    );
    let panel = &fig.panels[0];
    let map = panel.heatmap.as_ref().unwrap();
    assert_eq!(map.scale, ColourScale::Chance);
    assert_eq!(map.values, robust.p_zone);
    assert_eq!(map.zone_count(), 0);
    // A contour at each level, straight up the map where the chance crosses it.
    let names: Vec<&str> = panel.contours.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["50 %", "80 %", "95 %"]);
    for (c, x) in panel.contours.iter().zip([0.5, 0.8, 0.95]) {
        assert_eq!(c.paths.len(), 1, "{}", c.name);
        for q in &c.paths[0] {
            assert!((q[0] - x).abs() < 1e-9, "{}: {q:?}", c.name);
        }
        assert!(c.halo && c.label.is_some());
    }
    // Surer is bolder: dotted, dashed, solid.
    assert!(matches!(panel.contours[0].dash, Dash::Dotted { .. }));
    assert_eq!(
        (panel.contours[1].dash, panel.contours[2].dash),
        (Dash::Dashed, Dash::Solid)
    );
    assert!(
        fig.markers()
            .any(|m| m.name == "Current deal" && m.at == [p.host_stake, p.tech_share])
    );
    assert!(
        fig.legend
            .iter()
            .any(|e| e.label.ends_with("both gain in 54 % of 40 draws"))
    );
    // The exporter's: the deal's draws up to 300 on a 51 × 51 grid, with its contours.
    let o = simulate(p);
    let exported = chart_figure(&deal, &o, Chart::RobustMap);
    assert!(
        exported
            .title
            .contains("51 × 51 deals × 300 draws (seed 1)"),
        "{}",
        exported.title
    );
    let svg = chart_svg(&deal, &o, Chart::RobustMap, 1600, 900);
    assert!(text_of(&svg).contains("50 %"));
}

mod window {
    //! The window paints the same figures: its titles, bars and legends are the figures'.

    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable as _;
    use jvsim::app::shell::commands::{Command, Tab};
    use jvsim::app::{AppConfig, JvApp};
    use jvsim::core::sensitivity::{shown, tornado};
    use jvsim::figure::{self, Chart, dealmap, montecarlo, profit, technology};

    fn window(tab: Tab) -> Harness<'static, JvApp> {
        let mut h = Harness::builder()
            .with_size([1280.0, 800.0])
            .build_eframe(|cc| JvApp::new(cc, AppConfig::for_tests(None)));
        h.run();
        h.state_mut().push(Command::ShowTab(tab));
        h.run();
        h.run();
        h
    }

    #[test]
    fn every_tab_shows_its_figures_title() {
        let h = window(Tab::Charts);
        let (deal, o) = (&h.state().doc.deal, &h.state().live.outcome);
        let titles = [
            profit::figure(deal, o, false, &[]).title,
            profit::figure(deal, o, true, &[]).title,
            technology::figure(deal, o, &[]).title,
        ];
        let export = jvsim::export::chart_svg(deal, o, Chart::Technology, 800, 450);
        for t in &titles {
            assert!(h.query_by_label(t).is_some(), "{t}");
        }
        assert!(export.contains(&super::escaped(&titles[2])));

        let h = window(Tab::DealMap);
        let deal = &h.state().doc.deal;
        let map = dealmap::figure(
            deal,
            dealmap::MapData::default(),
            h.state().prefs.map_mode,
            &[],
        );
        assert!(h.query_by_label(&map.title).is_some(), "{}", map.title);

        let h = window(Tab::Sensitivity);
        let deal = &h.state().doc.deal;
        let t = figure::tornado::figure(deal, &tornado(&deal.params));
        assert!(h.query_by_label(&t.title).is_some(), "{}", t.title);

        let h = window(Tab::MonteCarlo);
        let app = h.state();
        let bands = &app.analyses.mc.latest().expect("bands").1;
        let mc = montecarlo::figure(&app.doc.deal, bands, &app.live.outcome);
        assert!(h.query_by_label(&mc.title).is_some(), "{}", mc.title);
        for p in &mc.panels {
            let (heading, _) = p.heading.as_ref().unwrap();
            assert!(h.query_by_label(heading).is_some(), "{heading}");
        }
    }

    #[test]
    fn the_window_tornado_shows_the_bars_shown_picks_and_no_others() {
        let h = window(Tab::Sensitivity);
        let t = tornado(&h.state().doc.deal.params);
        let rows = |bars: &[jvsim::core::sensitivity::Bar]| {
            let (u, held) = shown(bars);
            u.into_iter().chain(held).map(|b| b.key).collect::<Vec<_>>()
        };
        let picked: Vec<_> = rows(&t.host).into_iter().chain(rows(&t.entrant)).collect();
        let tested = |k| {
            let bar = t.host.iter().find(|b| b.key == k).unwrap();
            jvsim::figure::tornado::tested(bar)
        };
        let shown_values: Vec<String> = picked.iter().map(|&k| tested(k)).collect();
        assert_eq!(picked.len(), 28);
        // Each row gives its values tested beside its name: every picked bar's are there …
        for v in &shown_values {
            assert!(h.query_all_by_label(v).count() >= 1, "{v} not shown");
        }
        // … and no other bar's.
        for b in t.host.iter().filter(|b| !picked.contains(&b.key)) {
            let v = tested(b.key);
            if !shown_values.contains(&v) {
                assert_eq!(h.query_all_by_label(&v).count(), 0, "{} is shown", b.key);
            }
        }
    }
}
