//! The `jvsim` binary: output formats, exit statuses and error messages.

use std::io::Write;
use std::process::{Command, Stdio};

mod common;

use common::{jvsim, stderr, stdout};

#[test]
fn no_subcommand_without_a_display_says_so_and_points_to_the_cli() {
    let o = Command::new(env!("CARGO_BIN_EXE_jvsim"))
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("cannot open the window"),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).contains("jvsim simulate"));
}

#[test]
fn summary_prints_the_default_deal_key_figures() {
    let o = jvsim(&["summary"]);
    assert_eq!(o.status.code(), Some(0));
    let s = stdout(&o);
    assert!(s.contains("US-controlled EV JV at 2026 tariffs"), "{s}");
    assert!(s.contains("IN THE DEAL ZONE"), "{s}");
    assert!(s.contains("127.5 %"));
}

#[test]
fn simulate_json_has_the_documented_shape() {
    let o = jvsim(&["simulate", "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let years = v["years"].as_array().unwrap();
    assert_eq!(years.len(), 12);
    assert_eq!(years[0], 2026);
    assert_eq!(years[11], 2037);
    for who in ["host", "entrant"] {
        let p = &v[who];
        for key in [
            "profit",
            "profit_no_deal",
            "cumulative_profit",
            "tech",
            "tech_no_deal",
        ] {
            assert_eq!(p[key].as_array().unwrap().len(), 12, "{who}.{key}");
        }
        for source in [
            "own_ev",
            "exports",
            "jv_operations",
            "royalties",
            "jv_investment",
            "third_markets",
        ] {
            assert_eq!(p["breakdown"][source].as_array().unwrap().len(), 12);
        }
        assert!(p["npv"].is_f64() && p["npv_no_deal"].is_f64());
    }
    assert_eq!(v["entrant"]["tech"][0], 1.0);
}

#[test]
fn simulate_csv_has_one_row_per_year_and_partner() {
    let o = jvsim(&["simulate", "--csv"]);
    assert_eq!(o.status.code(), Some(0));
    let s = stdout(&o);
    let mut lines = s.lines();
    assert_eq!(
        lines.next().unwrap(),
        "year,partner,profit,profit_no_deal,cumulative_profit,tech,tech_no_deal,own_ev,exports,jv_operations,royalties,jv_investment,third_markets"
    );
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 24);
    assert!(rows[0].starts_with("2026,host,"));
    assert!(rows[1].starts_with("2026,entrant,"));
    assert!(rows.iter().all(|r| r.split(',').count() == 13));
}

#[test]
fn csv_and_json_agree() {
    let json: serde_json::Value = serde_json::from_str(&stdout(&jvsim(&[
        "simulate",
        "--json",
        "--set",
        "host_stake=0.6",
    ])))
    .unwrap();
    let csv = stdout(&jvsim(&["simulate", "--csv", "--set", "host_stake=0.6"]));
    let row: Vec<&str> = csv.lines().nth(2).unwrap().split(',').collect(); // 2026, entrant
    let profit: f64 = row[2].parse().unwrap();
    assert_eq!(profit, json["entrant"]["profit"][0].as_f64().unwrap());
}

#[test]
fn set_overrides_move_results_the_way_the_model_says() {
    let npv = |args: &[&str]| {
        let mut all = vec!["simulate", "--json"];
        all.extend_from_slice(args);
        let v: serde_json::Value = serde_json::from_str(&stdout(&jvsim(&all))).unwrap();
        v["host"]["npv"].as_f64().unwrap()
    };
    assert!(npv(&["--set", "host_stake=0.75"]) > npv(&["--set", "host_stake=0.51"]));
    // Counts and switches take their own syntax.
    let o = jvsim(&[
        "simulate",
        "--csv",
        "--set",
        "horizon=5",
        "--set",
        "tariff_change=true",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o).lines().count(), 1 + 10);
}

#[test]
fn bad_set_values_are_input_errors_that_say_what_is_allowed() {
    for (arg, expect) in [
        ("host_stak=0.5", "did you mean `host_stake`"),
        ("host_stake", "KEY=VALUE"),
        ("host_stake=abc", "0 to 1"),
        ("host_stake=1.5", "0 to 1"),
        ("vehicle_tariff=NaN", "finite"),
        ("horizon=12.5", "whole number"),
        ("tariff_change=yes", "true or false"),
    ] {
        let o = jvsim(&["simulate", "--set", arg]);
        assert_eq!(o.status.code(), Some(2), "{arg}");
        assert!(stderr(&o).contains(expect), "{arg}: {}", stderr(&o));
        assert!(o.stdout.is_empty());
    }
}

#[test]
fn check_reports_ok_or_the_located_problem() {
    let o = jvsim(&["check", "assets/presets/licence-only-host-100.ron"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o), "ok\n");

    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, "Deal(\n  version: 1,\n  tech_share: 2.0,\n)").unwrap();
    let o = jvsim(&["check", bad.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(e.contains("bad.ron:3:"), "{e}");
    assert!(e.contains("tech_share"), "{e}");

    let o = jvsim(&["check", "/no/such/deal.ron"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("/no/such/deal.ron"));
}

#[test]
fn dash_reads_standard_input() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_jvsim"))
        .args(["simulate", "-", "--json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"Deal(version: 1, name: \"piped\", horizon: 3)")
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["years"].as_array().unwrap().len(), 3);
    assert_eq!(v["deal"]["name"], "piped");
}

#[test]
fn usage_errors_exit_2_and_help_exits_0() {
    assert_eq!(jvsim(&["frobnicate", "x", "y"]).status.code(), Some(2));
    assert_eq!(
        jvsim(&["simulate", "--json", "--csv"]).status.code(),
        Some(2)
    );
    assert_eq!(jvsim(&["--help"]).status.code(), Some(0));
    let v = jvsim(&["--version"]);
    assert_eq!(v.status.code(), Some(0));
    assert!(stdout(&v).contains(env!("CARGO_PKG_VERSION")));
}

#[test]
fn params_lists_every_key_in_text_and_json() {
    let text = stdout(&jvsim(&["params"]));
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&jvsim(&["params", "--json"]))).unwrap();
    let list = json.as_array().unwrap();
    assert_eq!(list.len(), jvsim::core::params::SPECS.len());
    for spec in jvsim::core::params::SPECS {
        assert!(text.contains(&format!("  {} = ", spec.key)), "{}", spec.key);
    }
    let stake = list.iter().find(|p| p["key"] == "host_stake").unwrap();
    assert_eq!(stake["default"], 0.51);
    assert_eq!(stake["valid_max"], 1.0);
    assert_eq!(stake["display_scale"], 100.0);
}

#[test]
fn closed_pipe_is_not_a_crash() {
    // Like `jvsim params | head -c 10`: the reader goes away early.
    let mut child = Command::new(env!("CARGO_BIN_EXE_jvsim"))
        .args(["simulate", "--json", "--set", "horizon=40"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Close the read end at once: the child's writes then fail with a broken pipe.
    drop(child.stdout.take());
    let status = child.wait().unwrap();
    assert_ne!(status.code(), Some(101));
    assert!(
        status.code() == Some(0) || status.code().is_none(),
        "{status:?}"
    );
}

#[test]
fn sweep_json_has_the_documented_shape() {
    let o = jvsim(&[
        "sweep",
        "--grid",
        "11",
        "--json",
        "--set",
        "vehicle_tariff=1.5",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let axis = v["host_stake"].as_array().unwrap();
    assert_eq!(axis.len(), 11);
    assert_eq!(axis[0], 0.0);
    assert_eq!(axis[10], 1.0);
    assert_eq!(v["tech_share"].as_array().unwrap().len(), 11);
    let host = v["host_gain"].as_array().unwrap();
    assert_eq!(host.len(), 11);
    assert_eq!(host[0].as_array().unwrap().len(), 11);
    assert!(v["nash"]["host_stake"].is_f64());
    assert!(v["nash_host_control"]["host_stake"].as_f64().unwrap() >= 0.5);
    // Indexed [tech_share][host_stake]: row 0 is no sharing, where the host has no tech gain.
    let e = v["entrant_gain"][3][7].as_f64().unwrap();
    let direct: serde_json::Value = serde_json::from_str(&stdout(&jvsim(&[
        "simulate",
        "--json",
        "--set",
        "vehicle_tariff=1.5",
        "--set",
        "tech_share=0.3",
        "--set",
        "host_stake=0.7",
    ])))
    .unwrap();
    assert!((direct["entrant"]["npv_gain"].as_f64().unwrap() - e).abs() < 1e-9);
}

#[test]
fn nash_is_null_when_no_deal_is_in_the_zone() {
    let v: serde_json::Value = serde_json::from_str(&stdout(&jvsim(&[
        "sweep",
        "--grid",
        "5",
        "--json",
        "--set",
        "vehicle_tariff=0",
        "--set",
        "connected_vehicle_rule=false",
    ])))
    .unwrap();
    // With the rule lifted and no tariff, exporting beats any deal for the entrant.
    assert!(v["nash_host_control"].is_null());
}

#[test]
fn sensitivity_montecarlo_and_goalseek_json() {
    let v: serde_json::Value =
        serde_json::from_str(&stdout(&jvsim(&["sensitivity", "--json"]))).unwrap();
    for who in ["host", "entrant"] {
        let bars = v[who].as_array().unwrap();
        assert!(bars.len() > 30);
        for key in [
            "key",
            "low",
            "high",
            "gain_at_low",
            "gain_at_high",
            "monotone",
        ] {
            assert!(!bars[0][key].is_null(), "{who}.{key}");
        }
    }
    let o = jvsim(&["montecarlo", "--draws", "200", "--seed", "9", "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["draws"], 200);
    assert_eq!(v["seed"], 9);
    assert_eq!(v["years"].as_array().unwrap().len(), 12);
    for q in ["p5", "p25", "p50", "p75", "p95"] {
        assert_eq!(v["host"][q].as_array().unwrap().len(), 12);
    }
    assert!(v["entrant"]["p_gain"].is_f64());
    let v: serde_json::Value =
        serde_json::from_str(&stdout(&jvsim(&["goalseek", "--json"]))).unwrap();
    assert!(v["min_vehicle_tariff_host_control"].is_f64());
    // Each partner's intervals of stake and share at which it gains, with both ends.
    for who in ["host", "entrant"] {
        for term in ["stake", "share"] {
            let intervals = v[who][term].as_array().unwrap();
            assert!(!intervals.is_empty(), "{who}.{term}");
            for i in intervals {
                assert!(i["lo"].as_f64().unwrap() <= i["hi"].as_f64().unwrap());
            }
        }
    }
    assert_eq!(v["host"]["stake"][0]["lo"], 0.0);
    assert_eq!(v["host"]["stake"][0]["hi"], 1.0);
    // Analysis subcommands share the input errors of simulate.
    let o = jvsim(&["sweep", "--set", "nope=1"]);
    assert_eq!(o.status.code(), Some(2));
    let o = jvsim(&["montecarlo", "--draws", "3"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn compare_takes_deal_files_and_books() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("book.ron");
    let mut a = jvsim::core::dealfile::Deal {
        name: "low tariff".into(),
        ..Default::default()
    };
    a.params.vehicle_tariff = 0.275;
    let mut b = jvsim::core::dealfile::Deal {
        name: "high stake".into(),
        ..Default::default()
    };
    b.params.host_stake = 0.8;
    jvsim::core::book::save_book(&jvsim::core::book::DealBook { deals: vec![a, b] }, &book)
        .unwrap();
    let o = jvsim(&[
        "compare",
        "assets/presets/us-controlled-jv-2026-tariffs.ron",
        book.to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let s = v["scenarios"].as_array().unwrap();
    assert_eq!(s.len(), 3);
    assert_eq!(s[1]["name"], "low tariff");
    for key in [
        "host_npv",
        "entrant_npv",
        "host_gain",
        "entrant_gain",
        "host_tech_gain",
    ] {
        assert!(s[0][key].is_f64(), "{key}");
    }
    let differing = v["differing"].as_object().unwrap();
    let mut keys: Vec<&String> = differing.keys().collect();
    keys.sort();
    assert_eq!(keys, vec!["host_stake", "vehicle_tariff"]);
    assert_eq!(
        differing["vehicle_tariff"],
        serde_json::json!([1.275, 0.275, 1.275])
    );
    // A bad file among them is an input error naming it.
    let o = jvsim(&["compare", "/no/such.ron"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(jvsim(&["compare"]).status.code(), Some(2));
}

#[test]
fn simulate_json_gives_approval_and_expected_gains() {
    let v: serde_json::Value =
        serde_json::from_str(&stdout(&jvsim(&["simulate", "--json"]))).unwrap();
    let a = &v["approval"];
    let (home, host, both) = (
        a["home"].as_f64().unwrap(),
        a["host"].as_f64().unwrap(),
        a["both"].as_f64().unwrap(),
    );
    assert!((both - home * host).abs() < 1e-12);
    assert!((0.0..=1.0).contains(&both) && both > 0.0);
    for who in ["host", "entrant"] {
        let gain = v[who]["npv_gain"].as_f64().unwrap();
        let expected = v[who]["expected_npv_gain"].as_f64().unwrap();
        assert!((expected - both * gain).abs() < 1e-9, "{who}");
    }
    // The sweep gives each cell's approval, and the Nash points theirs.
    let s: serde_json::Value =
        serde_json::from_str(&stdout(&jvsim(&["sweep", "--grid", "5", "--json"]))).unwrap();
    assert_eq!(s["approval"].as_array().unwrap().len(), 5);
    assert!(s["nash_host_control"]["approval"].as_f64().unwrap() > 0.0);
}

#[test]
fn a_failure_to_write_exits_1_naming_the_path_and_bad_input_still_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a-file");
    std::fs::write(&file, "not a folder").unwrap();
    // The output folder would have to be made under a regular file.
    let out = file.join("charts");
    let o = jvsim(&["export", "--format", "csv", "--out", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains(&format!("cannot create {}", out.display())),
        "{err}"
    );
    // The same with the workbook alone.
    let o = jvsim(&["export", "--format", "xlsx", "--out", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains(&out.display().to_string()));
    // A folder where the file should go: the write fails, naming the file.
    let blocked = dir.path().join("blocked");
    std::fs::create_dir_all(blocked.join("series.csv")).unwrap();
    let o = jvsim(&[
        "export",
        "--format",
        "csv",
        "--out",
        blocked.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains(&format!(
            "cannot write {}",
            blocked.join("series.csv").display()
        )),
        "{err}"
    );

    // Bad input is still status 2, whatever the output folder.
    let out = dir.path().join("fine");
    let out = out.to_str().unwrap();
    for (args, says) in [
        (
            vec!["export", "--out", out, "--format", "gif"],
            "--format: unknown format `gif`",
        ),
        (
            vec!["export", "--out", out, "--size", "9x9"],
            "--size: `9x9` is not a size",
        ),
        (
            vec!["export", "--out", out, "--set", "nope=1"],
            "--set: unknown parameter `nope`",
        ),
        (
            vec!["export", "/no/such/deal.ron", "--out", out],
            "/no/such/deal.ron",
        ),
    ] {
        let o = jvsim(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(stderr(&o).contains(says), "{args:?}: {}", stderr(&o));
    }
    assert!(!dir.path().join("fine").exists());
}
