//! Deal files: every kind of bad input gets a located message; save/load round-trips exactly;
//! saving is atomic.

use std::fs;
use std::path::PathBuf;

use jvsim::core::dealfile::{
    Deal, DealFileError, FORMAT_VERSION, MAX_FILE_BYTES, load_path, parse_bytes, parse_str,
    save_path, to_ron_string,
};
use jvsim::core::params::{Key, Params};
use proptest::prelude::*;

fn err(text: &str) -> DealFileError {
    parse_str(text, "deal.ron").expect_err("should be rejected")
}

#[test]
fn version_1_files_still_load_with_the_new_fields_at_their_defaults() {
    let d = parse_str(
        "Deal(version: 1, host_stake: 0.6, tech_share: 0.4)",
        "old.ron",
    )
    .unwrap();
    assert_eq!(d.params.bargaining_power, 0.5);
    assert_eq!(d.params.mc_draws, 1000);
    assert!(to_ron_string(&d).contains(&format!("version: {FORMAT_VERSION},")));
    assert_eq!(FORMAT_VERSION, 5);
}

#[test]
fn a_retired_field_is_read_in_old_files_and_refused_in_new_ones() {
    // Version 2 had the host's fixed cost as a parameter; it is now derived.
    let d = parse_str(
        "Deal(version: 2, host_stake: 0.6, host_fixed_cost: 6.1)",
        "v2.ron",
    )
    .unwrap();
    assert_eq!(d.params.host_stake, 0.6);
    let e = err("Deal(version: 3, host_fixed_cost: 6.1)");
    assert_eq!(e.field.as_deref(), Some("host_fixed_cost"));
    assert!(e.message.contains("no longer a parameter"), "{e}");
    let e = err("Deal(version: 2, host_fixed_cost: \"six\")");
    assert_eq!(e.field.as_deref(), Some("host_fixed_cost"));
}

#[test]
fn a_version_3_share_abroad_becomes_the_same_base_year_profit() {
    // Version 3 gave the entrant's base-year share of the pool abroad; version 4 its profit
    // there, from which the share is derived. The same profit comes out, whatever the order.
    for text in [
        "Deal(version: 3, entrant_third_share0: 0.25, third_market_pool: 16.0)",
        "Deal(version: 3, third_market_pool: 16.0, entrant_third_share0: 0.25)",
    ] {
        let d = parse_str(text, "v3.ron").unwrap();
        assert_eq!(d.params.entrant_profit_abroad0, 4.0, "{text}");
        assert_eq!(d.params.entrant_share_abroad0(), 0.25);
    }
    // A file that gives both keeps its own profit.
    let d = parse_str(
        "Deal(version: 3, entrant_third_share0: 0.25, entrant_profit_abroad0: 5.0)",
        "v3.ron",
    )
    .unwrap();
    assert_eq!(d.params.entrant_profit_abroad0, 5.0);
    // Carried over out of range, the message names the old field and the new one.
    let e = err("Deal(version: 3, entrant_third_share0: 0.0005, third_market_pool: 1.0)");
    assert_eq!(e.field.as_deref(), Some("entrant_third_share0"));
    assert!(e.message.contains("entrant_profit_abroad0"), "{e}");
    // Refused in a version 4 file.
    let e = err("Deal(version: 4, entrant_third_share0: 0.3)");
    assert!(
        e.message.contains("no longer a parameter since format 4"),
        "{e}"
    );
}

#[test]
fn the_entrants_profit_abroad_must_leave_the_rivals_part_of_the_pool() {
    let e = err("Deal(version: 4, entrant_profit_abroad0: 19.0, third_market_pool: 20.0)");
    assert_eq!(e.field.as_deref(), Some("entrant_profit_abroad0"));
    assert!(e.message.contains("below 90 %"), "{e}");
    let e = err("Deal(version: 4, entrant_profit_abroad0: 2.0, third_market_pool: 2.0)");
    assert_eq!(e.field.as_deref(), Some("entrant_profit_abroad0"));
}

#[test]
fn minimal_file_takes_defaults_for_what_it_leaves_out() {
    let d = parse_str("Deal(version: 1, host_stake: 0.6)", "x.ron").unwrap();
    assert_eq!(d.params.host_stake, 0.6);
    let expected = Params {
        host_stake: 0.6,
        ..Params::default()
    };
    assert_eq!(d.params, expected);
}

#[test]
fn malformed_ron_names_file_line_and_column() {
    let e = err("Deal(\n  version: 1,\n  host_stake: 0.6\n  tech_share: 0.2,\n)");
    assert_eq!(e.file, "deal.ron");
    let (line, _) = e.position.unwrap();
    assert!((3..=4).contains(&line), "{e}");
    assert!(e.to_string().starts_with("deal.ron:"), "{e}");
    assert!(e.to_string().contains("comma"), "{e}");
}

#[test]
fn wrong_type_names_the_field() {
    let e = err("Deal(version: 1,\n host_stake: \"high\")");
    assert_eq!(e.field.as_deref(), Some("host_stake"));
    assert_eq!(e.position.unwrap().0, 2);
    let e = err("Deal(version: 1, tariff_change: 1)");
    assert_eq!(e.field.as_deref(), Some("tariff_change"));
    let e = err("Deal(version: 1, name: 3)");
    assert_eq!(e.field.as_deref(), Some("name"));
}

#[test]
fn unknown_field_suggests_the_nearest_key() {
    let e = err("Deal(version: 1, host_stak: 0.6)");
    assert_eq!(e.field.as_deref(), Some("host_stak"));
    assert!(e.message.contains("did you mean `host_stake`"), "{e}");
    let e = err("Deal(version: 1, completely_else: 0.6)");
    assert!(e.message.contains("unknown field"), "{e}");
    assert!(!e.message.contains("did you mean"), "{e}");
}

#[test]
fn duplicated_field_is_rejected_at_its_second_occurrence() {
    let e = err("Deal(version: 1,\n host_stake: 0.6,\n host_stake: 0.7)");
    assert_eq!(e.field.as_deref(), Some("host_stake"));
    assert_eq!(e.position.unwrap().0, 3);
    assert!(e.message.contains("twice"));
    let e = err("Deal(version: 1, name: \"a\", name: \"b\")");
    assert_eq!(e.field.as_deref(), Some("name"));
}

#[test]
fn nan_and_infinite_numbers_are_rejected() {
    for v in ["NaN", "inf", "-inf"] {
        let e = err(&format!("Deal(version: 1, vehicle_tariff: {v})"));
        assert_eq!(e.field.as_deref(), Some("vehicle_tariff"), "{v}: {e}");
        assert!(e.message.contains("finite"), "{e}");
    }
}

#[test]
fn out_of_range_values_say_the_valid_range() {
    let e = err("Deal(version: 1, tech_share: 1.5)");
    assert_eq!(e.field.as_deref(), Some("tech_share"));
    assert!(e.message.contains("0 to 1"), "{e}");
    let e = err("Deal(version: 1, vehicle_tariff: 5.01)");
    assert!(e.message.contains("0 to 5"), "{e}");
    let e = err("Deal(version: 1, host_stake: -0.1)");
    assert_eq!(e.field.as_deref(), Some("host_stake"));
    let e = err("Deal(version: 1, horizon: 12.5)");
    assert!(e.message.contains("whole"), "{e}");
    let e = err("Deal(version: 1, horizon: 41)");
    assert_eq!(e.field.as_deref(), Some("horizon"));
    // Bounds are inclusive.
    parse_str(
        "Deal(version: 1, host_stake: 0.0, tech_share: 1.0, vehicle_tariff: 5.0)",
        "x",
    )
    .unwrap();
}

#[test]
fn cross_parameter_constraint_is_checked() {
    let e = err("Deal(version: 1, host_sales0: 10.0, market_size: 1.0)");
    assert_eq!(e.field.as_deref(), Some("host_sales0"));
}

#[test]
fn newer_version_is_reported_as_such_even_with_new_fields() {
    let e = err("Deal(\n    version: 6, host_stake: 0.6, a_field_from_the_future: 1)");
    assert_eq!(e.field.as_deref(), Some("version"));
    assert_eq!(e.position, Some((2, 5)));
    assert!(e.message.contains("newer jvsim"), "{e}");
    let e = err("Deal(host_stake: 0.6)");
    assert_eq!(e.field.as_deref(), Some("version"));
    assert!(e.message.contains("missing"));
}

#[test]
fn non_utf8_and_oversized_files_are_rejected() {
    let e = parse_bytes(b"Deal(version: 1,\n name: \"\xff\")", "bin.ron").unwrap_err();
    assert!(e.message.contains("UTF-8"), "{e}");
    assert_eq!(e.position, Some((2, 9)));

    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.ron");
    let mut text = String::from("Deal(version: 1, notes: \"");
    text.push_str(&"x".repeat(MAX_FILE_BYTES as usize));
    text.push_str("\")");
    fs::write(&big, text).unwrap();
    let e = load_path(&big).unwrap_err();
    assert!(e.message.contains("1 MiB"), "{e}");
    assert!(e.to_string().contains("big.ron"));
}

#[test]
fn structural_problems_do_not_panic() {
    for text in [
        "",
        "Deal",
        "Deal(",
        "Deal(version: 1",
        "Foo(version: 1)",
        "{\"version\": 1}",
        "[1, 2, 3]",
        "Deal(version: 1) trailing",
        "Deal(version: 1, host_stake: ((((((((0.5)))))))))",
        "Deal(version: 1, host_stake: 0.5,,)",
        "Deal(version: -1)",
        "Deal(version: 0)",
        "Deal(version: 99999999999999999999)",
    ] {
        let e = err(text);
        assert!(!e.message.is_empty(), "{text:?}");
    }
}

#[test]
fn unclosed_file_says_so() {
    let e = err("Deal(version: 1, host_stake: 0.3\n");
    assert!(e.message.contains("missing"), "{e}");
}

#[test]
fn every_preset_and_example_loads_and_has_sources_in_notes() {
    let mut count = 0;
    for dir in ["assets/presets", "saves"] {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "ron") {
                let d = load_path(&path).unwrap_or_else(|e| panic!("{e}"));
                assert!(!d.notes.is_empty(), "{} has no notes", path.display());
                // Saved files are in canonical form: saving again changes nothing.
                assert_eq!(fs::read_to_string(&path).unwrap(), to_ron_string(&d));
                count += 1;
            }
        }
    }
    assert!(count >= 5);
}

#[test]
fn required_presets_say_what_they_are() {
    let load = |name: &str| load_path(&PathBuf::from("assets/presets").join(name)).unwrap();
    let jv = load("us-controlled-jv-2026-tariffs.ron");
    assert_eq!(jv.params.host_stake, 0.51);
    assert_eq!(jv.params.vehicle_tariff, 1.275);
    assert!(jv.notes.contains("Section 301") && jv.notes.contains("232"));
    let licence = load("licence-only-host-100.ron");
    assert_eq!(licence.params.host_stake, 1.0);
    assert!(licence.params.royalty_rate > 0.0 && licence.params.tech_share > 0.0);
    assert!(licence.notes.contains("Marshall"));
    let cut = load("us-controlled-jv-tariff-cut-2029.ron");
    assert!(cut.params.tariff_change);
    assert_eq!(cut.params.tariff_change_year, 2029);
    assert_eq!(cut.params.vehicle_tariff_later, 0.275);
}

#[test]
fn compiled_in_presets_are_the_files_in_assets() {
    for (i, (name, text)) in jvsim::core::dealfile::PRESETS.iter().enumerate() {
        let on_disk = fs::read_to_string(PathBuf::from("assets/presets").join(name)).unwrap();
        assert_eq!(*text, on_disk);
        assert!(jvsim::core::dealfile::preset(i).is_ok());
    }
    assert!(jvsim::core::dealfile::preset(99).is_err());
}

#[test]
fn built_in_default_deal_is_the_51_49_preset_at_table_defaults() {
    let d = Deal::default();
    assert_eq!(d.params, Params::default());
    assert_eq!(d.name, "US-controlled EV JV at 2026 tariffs");
    assert!(!d.notes.is_empty());
}

#[test]
fn saved_file_lists_every_parameter_and_the_version() {
    let text = to_ron_string(&Deal::default());
    assert!(text.contains(&format!("version: {FORMAT_VERSION},")));
    for &k in Key::ALL {
        assert!(
            text.contains(&format!("\n    {}: ", k.name())),
            "{k} missing"
        );
    }
}

#[test]
fn save_is_atomic_and_leaves_no_temporary_files() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("deal.ron");
    let mut deal = Deal::default();
    save_path(&deal, &path).unwrap();
    deal.params.host_stake = 0.66;
    deal.name = "second".into();
    save_path(&deal, &path).unwrap();
    assert_eq!(load_path(&path).unwrap(), deal);
    let names: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, vec!["deal.ron"]);
}

#[test]
fn failed_save_leaves_the_old_file_intact() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("deal.ron");
    let old = Deal::default();
    save_path(&old, &path).unwrap();
    let before = fs::read(&path).unwrap();
    // Renaming a file over a non-empty directory fails after the temporary file is written.
    let blocked = dir.path().join("blocked.ron");
    fs::create_dir(&blocked).unwrap();
    fs::write(blocked.join("inside"), "x").unwrap();
    assert!(save_path(&old, &blocked).is_err());
    assert_eq!(fs::read(&path).unwrap(), before);
    // A missing folder is an error, not a panic, and creates nothing.
    assert!(save_path(&old, &dir.path().join("no/such/dir/deal.ron")).is_err());
    let leftovers = fs::read_dir(dir.path())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .ends_with(".tmp")
        })
        .count();
    assert_eq!(leftovers, 0);
}

#[cfg(unix)]
#[test]
fn save_keeps_the_permissions_of_the_file_it_replaces() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("deal.ron");
    fs::write(&path, "old").unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
    save_path(&Deal::default(), &path).unwrap();
    assert_eq!(
        fs::metadata(&path).unwrap().permissions().mode() & 0o777,
        0o640
    );
}

fn any_params() -> impl Strategy<Value = Params> {
    // Any value in each validity range, whole where the kind asks for it.
    let keys = Key::ALL.to_vec();
    proptest::collection::vec(0.0f64..=1.0, keys.len()).prop_map(move |u| {
        let mut p = Params::default();
        for (k, u) in keys.iter().zip(u) {
            let s = k.spec();
            let mut v = s.valid.0 + u * (s.valid.1 - s.valid.0);
            if s.kind != jvsim::core::params::Kind::Real {
                v = v.round();
            }
            p.set(*k, v);
        }
        p
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn save_then_load_gives_back_exactly_the_same_deal(
        params in any_params(),
        name in "\\PC*",
        host in "[a-zA-Z \"'\\\\]{0,20}",
        entrant in "\\PC{0,20}",
        notes in "(\\PC|\n|\t|\r){0,200}",
    ) {
        let deal = Deal { name, host, entrant, notes, params };
        // Values in range but violating the cross-parameter rule are not savable deals.
        prop_assume!(deal.params.cross_check().is_ok());
        let text = to_ron_string(&deal);
        let back = parse_str(&text, "x.ron").map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&back.name, &deal.name);
        prop_assert_eq!(&back.notes, &deal.notes);
        for &k in Key::ALL {
            prop_assert_eq!(back.params.get(k).to_bits(), deal.params.get(k).to_bits(), "{}", k);
        }
        prop_assert_eq!(back, deal);
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,200}") {
        let _ = parse_str(&text, "x.ron");
    }

    #[test]
    fn mangled_valid_files_never_panic(cut in 0usize..4000, insert in "\\PC{0,4}") {
        let text = to_ron_string(&Deal::default());
        let mut cut = cut.min(text.len());
        while !text.is_char_boundary(cut) { cut -= 1; }
        let mangled = format!("{}{}{}", &text[..cut], insert, &text[cut..]);
        let _ = parse_str(&mangled, "x.ron");
    }
}

/// Issue 12, files from other tools: a UTF-8 byte-order mark (Windows Notepad), CRLF line ends,
/// tabs and comments are read as the same deal; UTF-16 is named as such.
#[test]
fn files_from_other_tools_are_read_as_the_same_deal() {
    let d = Deal::default();
    let canonical = to_ron_string(&d);
    let windows = canonical.replace("    ", "\t").replace('\n', "\r\n");
    let mut with_bom = b"\xEF\xBB\xBF".to_vec();
    with_bom.extend_from_slice(windows.as_bytes());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notepad.ron");
    fs::write(&path, &with_bom).unwrap();
    assert_eq!(load_path(&path).unwrap(), d);
    assert_eq!(parse_bytes(&with_bom, "notepad.ron").unwrap(), d);
    // Text handed over with its mark still on (a paste, say).
    assert_eq!(
        parse_str(&format!("\u{FEFF}{canonical}"), "x.ron").unwrap(),
        d
    );
    // Comments where a person would put them.
    let commented = canonical.replace("Deal(\n", "Deal( // the deal\n    // terms first\n");
    assert_eq!(parse_str(&commented, "c.ron").unwrap(), d);
}

#[test]
fn utf16_files_are_named_as_such() {
    let text = "Deal(version: 5, host_stake: 0.6)";
    let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
    for (label, bytes) in [
        ("LE with mark", [vec![0xFF, 0xFE], le.clone()].concat()),
        ("BE with mark", [vec![0xFE, 0xFF], be.clone()].concat()),
        ("LE without mark", le),
        ("BE without mark", be),
    ] {
        let e = parse_bytes(&bytes, "wide.ron").expect_err(label);
        assert!(e.message.contains("UTF-16"), "{label}: {e}");
        assert_eq!(e.file, "wide.ron");
        assert_eq!(e.position, Some((1, 1)), "{label}");
    }
}
