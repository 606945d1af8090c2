//! The host country's account and the robust deal map on the command line: `simulate`'s
//! `nation` object and Host country block, `sweep`'s national gain and three-party zone,
//! `sweep --robust` and `compare`'s national gain and chance in the zone. (Beside tests/cli.rs,
//! which holds the other commands' outputs.)

use jvsim::core::model::simulate;
use jvsim::core::nation::Nation;
use jvsim::core::params::Params;
use jvsim::core::robust::{p_zone_here, robust_grid};
use jvsim::core::sweep::axis_value;
use serde_json::Value;

mod common;

use common::{jvsim, stderr, stdout};

fn json(args: &[&str]) -> Value {
    let o = jvsim(args);
    assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
    serde_json::from_str(&stdout(&o)).unwrap()
}

fn floats(v: &Value) -> Vec<f64> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_f64().unwrap())
        .collect()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9 * (1.0 + b.abs())
}

#[test]
fn simulate_json_has_the_national_account_year_by_year() {
    let v = json(&["simulate", "--json"]);
    let n = Nation::of(&simulate(&Params::default()));
    let nation = &v["nation"];
    type Path = fn(&Nation) -> &[f64; jvsim::core::model::MAX_YEARS];
    let lines: [(&str, Path); 9] = [
        ("consumer_surplus", |n| &n.consumer_surplus),
        ("consumer_surplus_logit", |n| &n.consumer_surplus_logit),
        ("tariff_revenue", |n| &n.tariff_revenue),
        ("parts_duties", |n| &n.parts_duties),
        ("credits", |n| &n.credits),
        ("host_profit", |n| &n.host_profit),
        ("jobs", |n| &n.jobs),
        ("surplus", |n| &n.surplus),
        ("surplus_no_deal", |n| &n.surplus_no_deal),
    ];
    for (key, path) in lines {
        let values = floats(&nation[key]);
        assert_eq!(values.len(), 12, "{key}: one per year of the horizon");
        for (t, (&got, &want)) in values.iter().zip(path(&n)).enumerate() {
            assert!(close(got, want), "{key}[{t}]: {got} vs {want}");
        }
    }
    // (Numbers read back from JSON text can be a last bit off.)
    for (key, want) in [
        ("npv_surplus", n.npv_surplus),
        ("npv_surplus_no_deal", n.npv_surplus_no_deal),
        ("npv_gain", n.npv_gain()),
        ("npv_gain_logit", n.npv_gain_logit),
    ] {
        let got = nation[key].as_f64().unwrap();
        assert!(close(got, want), "{key}: {got} vs {want}");
    }
    // The split by who gains adds up to the gain, and the host's part is its own NPV gain.
    let parts: f64 = ["consumer_surplus", "host", "treasury"]
        .iter()
        .map(|k| nation[format!("npv_gain_{k}")].as_f64().unwrap())
        .sum();
    assert!(close(parts, n.npv_gain()), "{parts} vs {}", n.npv_gain());
    let host_gain = v["host"]["npv_gain"].as_f64().unwrap();
    assert!(close(nation["npv_gain_host"].as_f64().unwrap(), host_gain));
    let headline = nation["headline"].as_str().unwrap();
    assert!(
        headline.contains("nested") && headline.contains("λ = 0.5"),
        "{headline}"
    );
    // A different λ is named in the headline and moves only the nested measure.
    let w = json(&["simulate", "--json", "--set", "jv_nest=0.8"]);
    assert!(
        w["nation"]["headline"]
            .as_str()
            .unwrap()
            .contains("λ = 0.8")
    );
    assert_eq!(w["nation"]["npv_gain_logit"], nation["npv_gain_logit"]);
    assert_ne!(w["nation"]["npv_gain"], nation["npv_gain"]);
}

#[test]
fn summary_and_simulate_text_show_the_host_country() {
    let n = Nation::of(&simulate(&Params::default()));
    for command in ["summary", "simulate"] {
        let s = stdout(&jvsim(&[command]));
        assert!(s.contains("Host country"), "{command}: {s}");
        let gain = format!(
            "National NPV gain {:+.2} US$ B (plain logit {:+.2})",
            n.npv_gain(),
            n.npv_gain_logit
        );
        assert!(s.contains(&gain), "{command}: {s}");
        let jobs = jvsim::report::nation::thousands(n.jobs_at_end());
        assert!(
            s.contains(&format!("Net direct jobs in 2037: {jobs}")),
            "{command}: {s}"
        );
    }
}

#[test]
fn simulate_text_ends_with_the_host_country_by_year() {
    let n = Nation::of(&simulate(&Params::default()));
    let s = stdout(&jvsim(&["simulate"]));
    let table = s
        .split("Host country by year")
        .nth(1)
        .expect("the yearly national table");
    let rows: Vec<&str> = table.lines().skip(2).collect();
    assert_eq!(rows.len(), 12, "{table}");
    // No jobs before the JV produces; the national column is the surplus gain.
    assert!(rows[0].starts_with("  2026") && rows[0].trim_end().ends_with(" 0"));
    let last: Vec<&str> = rows[11].split_whitespace().collect();
    assert_eq!(last[0], "2037");
    assert_eq!(
        last[4],
        format!("{:+.2}", n.surplus[11] - n.surplus_no_deal[11])
    );
    assert_eq!(last[5], jvsim::report::nation::thousands(n.jobs[11]));
}

#[test]
fn sweep_json_gives_the_national_gain_and_the_three_party_zone() {
    let v = json(&["sweep", "--grid", "6", "--json"]);
    let nation = v["nation_gain"].as_array().unwrap();
    assert_eq!(nation.len(), 6);
    // Indexed [tech_share][host_stake], as host_gain.
    for (i, j) in [(1, 4), (5, 2), (3, 3)] {
        let p = Params {
            host_stake: axis_value(i, 6),
            tech_share: axis_value(j, 6),
            ..Default::default()
        };
        let direct = Nation::of(&simulate(&p)).npv_gain();
        let cell = nation[j][i].as_f64().unwrap();
        assert!(close(cell, direct), "({i}, {j}): {cell} vs {direct}");
    }
    let mut count = 0;
    for j in 0..6 {
        for i in 0..6 {
            let gain = |key: &str| v[key][j][i].as_f64().unwrap();
            count += usize::from(
                gain("host_gain") > 0.0 && gain("entrant_gain") > 0.0 && gain("nation_gain") > 0.0,
            );
        }
    }
    assert_eq!(v["nation_zone_points"].as_u64(), Some(count as u64));
    assert!(v["nation_zone_points"].as_u64() <= v["zone_points"].as_u64());
    let text = stdout(&jvsim(&["sweep", "--grid", "6"]));
    assert!(
        text.contains(&format!("{count} of them are in the three-party zone")),
        "{text}"
    );
}

const ROBUST: [&str; 9] = [
    "sweep", "--robust", "--draws", "20", "--grid", "5", "--seed", "3", "--json",
];

#[test]
fn sweep_robust_json_is_the_cores_map_and_repeats_exactly() {
    let first = jvsim(&ROBUST);
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    assert_eq!(
        stdout(&first),
        stdout(&jvsim(&ROBUST)),
        "same seed, same JSON"
    );
    let v: Value = serde_json::from_str(&stdout(&first)).unwrap();
    assert_eq!(
        (v["draws"].as_u64(), v["seed"].as_u64(), v["grid"].as_u64()),
        (Some(20), Some(3), Some(5))
    );
    let rows = v["p_zone"].as_array().unwrap();
    assert_eq!(rows.len(), 5);
    let cells: Vec<f64> = rows.iter().flat_map(floats).collect();
    assert_eq!(cells.len(), 25, "grid² cells");
    assert!(cells.iter().all(|p| (0.0..=1.0).contains(p)), "{cells:?}");
    // Indexed [tech_share][host_stake], as host_gain, and the core's numbers.
    let p = Params::default();
    let core = robust_grid(&p, 5, 20, 3);
    for (j, row) in rows.iter().enumerate() {
        assert_eq!(row.as_array().unwrap().len(), 5);
        for i in 0..5 {
            assert!(close(row[i].as_f64().unwrap(), core.at(i, j)), "({i}, {j})");
        }
    }
    assert!(close(
        v["p_zone_here"].as_f64().unwrap(),
        p_zone_here(&p, 20, 3)
    ));
    // The deal map's own keys are still there.
    assert_eq!(v["host_gain"].as_array().unwrap().len(), 5);
    // Another seed draws other worlds.
    let other = json(&[
        "sweep", "--robust", "--draws", "20", "--grid", "5", "--seed", "4", "--json",
    ]);
    assert_ne!(other["p_zone"], v["p_zone"]);
}

#[test]
fn sweep_robust_defaults_to_the_deals_draws_and_seed_on_51_points() {
    let v = json(&[
        "sweep",
        "--robust",
        "--json",
        "--set",
        "mc_draws=10",
        "--set",
        "mc_seed=9",
    ]);
    assert_eq!(
        (v["draws"].as_u64(), v["seed"].as_u64(), v["grid"].as_u64()),
        (Some(10), Some(9), Some(51))
    );
    assert_eq!(v["p_zone"].as_array().unwrap().len(), 51);
    let help = stdout(&jvsim(&["sweep", "--help"]));
    for says in ["mc_draws", "mc_seed", "51 with --robust"] {
        assert!(help.contains(says), "{says}: {help}");
    }
}

#[test]
fn piped_robust_output_has_no_progress_bar() {
    // Standard error is a pipe here: no bar, no escape codes, no carriage returns.
    let o = jvsim(&["sweep", "--robust", "--draws", "20", "--grid", "5"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    for (name, bytes) in [("stdout", &o.stdout), ("stderr", &o.stderr)] {
        assert!(
            !bytes.iter().any(|&b| b == 0x1b || b == b'\r'),
            "{name} has terminal control codes"
        );
    }
    assert!(o.stderr.is_empty(), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(text.contains("Robust deal map"), "{text}");
    assert!(
        text.contains("over 20 Monte Carlo draws (seed 1)"),
        "{text}"
    );
    let here = p_zone_here(&Params::default(), 20, 1);
    assert!(
        text.contains(&format!("both gain in {:.1} % of the draws", here * 100.0)),
        "{text}"
    );
    assert!(text.contains("≥ 50 %") && text.contains("≥ 95 %"), "{text}");
}

#[test]
fn bad_robust_values_exit_2_naming_the_option() {
    for (args, says) in [
        (&["--draws", "0"][..], "--draws"),
        (&["--draws", "many"][..], "--draws"),
        (&["--grid", "1"][..], "--grid"),
        (&["--grid", "202"][..], "--grid"),
        (&["--grid", "x"][..], "--grid"),
        (&["--seed", "1.5"][..], "--seed"),
        (&["--seed", "99999999999"][..], "--seed"),
    ] {
        let mut all = vec!["sweep", "--robust"];
        all.extend_from_slice(args);
        let o = jvsim(&all);
        assert_eq!(o.status.code(), Some(2), "{all:?}");
        assert!(stderr(&o).contains(says), "{all:?}: {}", stderr(&o));
        assert!(o.stdout.is_empty(), "{all:?}");
    }
    // The draws and the seed belong to --robust; the plain map still goes to 1001 points.
    let o = jvsim(&["sweep", "--draws", "20"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--robust"), "{}", stderr(&o));
    let o = jvsim(&["sweep", "--grid", "202", "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn compare_lists_each_scenarios_national_gain_and_chance_in_the_zone() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("book.ron");
    let deals: Vec<jvsim::core::dealfile::Deal> = [0.51, 0.8]
        .iter()
        .map(|&stake| {
            let mut d = jvsim::core::dealfile::Deal {
                name: format!("stake {stake}"),
                ..Default::default()
            };
            d.params.host_stake = stake;
            d.params.mc_draws = 30;
            d
        })
        .collect();
    jvsim::core::book::save_book(
        &jvsim::core::book::DealBook {
            deals: deals.clone(),
        },
        &book,
    )
    .unwrap();
    let v = json(&["compare", book.to_str().unwrap(), "--json"]);
    let scenarios = v["scenarios"].as_array().unwrap();
    for (s, d) in scenarios.iter().zip(&deals) {
        let p = &d.params;
        let national = Nation::of(&simulate(p)).npv_gain();
        assert!(close(s["nation_gain"].as_f64().unwrap(), national));
        let chance = p_zone_here(p, 30, u64::from(p.mc_seed));
        assert!(close(s["p_zone"].as_f64().unwrap(), chance), "{}", d.name);
    }
    let text = stdout(&jvsim(&["compare", book.to_str().unwrap()]));
    assert!(
        text.contains("nat. gain") && text.contains("P(zone)"),
        "{text}"
    );
    let chance = p_zone_here(&deals[1].params, 30, 1);
    assert!(text.contains(&format!("{:.0} %", chance * 100.0)), "{text}");
}
