//! The parameter table is self-consistent and drives parsing and display.

use jvsim::core::params::{Key, Kind, Params, SPECS, Scale};

#[test]
fn defaults_lie_inside_slider_and_validity_ranges() {
    for s in SPECS {
        assert!(
            s.valid.0 <= s.slider.0 && s.slider.1 <= s.valid.1,
            "{}: slider outside valid",
            s.key
        );
        assert!(
            s.slider.0 <= s.default && s.default <= s.slider.1,
            "{}: default off slider",
            s.key
        );
        assert!(s.check(s.default).is_ok(), "{}", s.key);
    }
    assert_eq!(Params::default().validate(), Ok(()));
}

#[test]
fn issue_ranges_for_the_deal_terms_and_tariffs() {
    for k in [Key::host_stake, Key::tech_share] {
        assert_eq!(k.spec().valid, (0.0, 1.0));
    }
    for k in [
        Key::vehicle_tariff,
        Key::vehicle_tariff_later,
        Key::parts_tariff,
    ] {
        assert_eq!(k.spec().valid, (0.0, 5.0), "{k}");
        assert_eq!(k.spec().slider, (0.0, 2.5), "{k}");
        assert!(!k.spec().uncertain);
    }
}

/// Keys are unique by construction (a duplicate is a compile error in the `params!` macro); the
/// labels and symbols are free text, so it is they that could collide. Rows of the window, the
/// tornado, the workbook and docs/MODEL.md are told apart by them.
#[test]
fn labels_and_symbols_tell_parameters_apart() {
    let mut labels = std::collections::HashSet::new();
    let mut symbols = std::collections::HashSet::new();
    for s in SPECS {
        assert!(labels.insert(s.label), "label `{}` used twice", s.label);
        // "—" marks parameters without a symbol in the equations.
        if s.symbol != "—" {
            assert!(symbols.insert(s.symbol), "symbol `{}` used twice", s.symbol);
        }
        // Typed in `--set` and written in deal files.
        assert!(
            s.key
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
            "{}",
            s.key
        );
    }
}

#[test]
fn values_show_as_users_think_of_them() {
    let p = Params::default();
    let show = |k: Key| k.spec().format_display(p.get(k));
    assert_eq!(show(Key::host_stake), "51 %");
    assert_eq!(show(Key::vehicle_tariff), "127.5 %");
    assert_eq!(show(Key::jv_capex), "4 US$ B");
    assert_eq!(show(Key::horizon), "12");
    assert_eq!(show(Key::jv_exclusive), "on");
    assert_eq!(Key::host_stake.spec().scale, Scale::Percent);
    assert_eq!(Key::host_stake.spec().to_display(0.51), 51.0);
}

#[test]
fn assignments_parse_in_file_units_by_kind() {
    let mut p = Params::default();
    assert_eq!(p.apply_assignment("host_stake=0.6"), Ok(Key::host_stake));
    assert_eq!(p.host_stake, 0.6);
    p.apply_assignment(" horizon = 15 ").unwrap();
    assert_eq!(p.horizon, 15);
    p.apply_assignment("tariff_change=true").unwrap();
    assert!(p.tariff_change);
    for bad in [
        "host_stake=2",
        "horizon=1.5",
        "horizon=-3",
        "tariff_change=1",
        "nope=1",
        "x",
    ] {
        assert!(p.apply_assignment(bad).is_err(), "{bad}");
    }
    // A failed assignment leaves the value alone.
    assert_eq!(p.host_stake, 0.6);
}

#[test]
fn every_kind_is_exercised() {
    for kind in [Kind::Real, Kind::Count, Kind::Switch] {
        assert!(SPECS.iter().any(|s| s.kind == kind));
    }
    assert!(SPECS.iter().any(|s| s.uncertain) && SPECS.iter().any(|s| s.deal_only));
}

#[test]
fn typed_values_are_read_in_screen_units() {
    let tariff = Key::vehicle_tariff.spec();
    assert_eq!(tariff.parse_display("127.5"), Ok(1.275));
    assert_eq!(tariff.parse_display(" 1,5 % "), Ok(0.015));
    assert_eq!(tariff.parse_display("−0"), Ok(0.0));
    assert!(tariff.parse_display("−0").unwrap().is_sign_positive());
    let e = tariff.parse_display("-5").unwrap_err().to_string();
    assert!(e.starts_with("−5 %"), "{e}");
    assert_eq!(
        Key::third_market_growth.spec().valid_display_text(),
        "−50 % to 100 %"
    );
    assert!(e.contains("0 % to 500 %"), "{e}");
    assert!(
        tariff
            .parse_display("abc")
            .unwrap_err()
            .to_string()
            .contains("not a number")
    );
    assert!(tariff.parse_display("").is_err());
    assert!(tariff.parse_display("1,2,3").is_err());
    assert!(tariff.parse_display("inf").is_err());
    let market = Key::market_size.spec();
    assert_eq!(market.parse_display("16 M vehicles/yr"), Ok(16.0));
    assert!(
        market
            .parse_display("1,234.5")
            .unwrap_err()
            .to_string()
            .contains("1234.5 M vehicles/yr")
    );
    assert_eq!(Key::mc_draws.spec().parse_display("5,000"), Ok(5000.0));
    let horizon = Key::horizon.spec();
    assert_eq!(horizon.parse_display("15"), Ok(15.0));
    assert!(
        horizon
            .parse_display("12.5")
            .unwrap_err()
            .to_string()
            .contains("whole number")
    );
    assert_eq!(horizon.valid_display_text(), "1 to 40");
    assert_eq!(
        Key::vehicle_tariff.spec().slider_display_text(),
        "0 % to 250 %"
    );
}

#[test]
fn every_shown_value_reads_back_as_itself() {
    // What a number field shows, typed back in, gives the same value to its six digits.
    for s in SPECS.iter().filter(|s| s.kind != Kind::Switch) {
        for raw in [s.valid.0, s.slider.0, s.default, s.slider.1, s.valid.1] {
            let shown = jvsim::core::params::display_number(s.to_display(raw));
            let back = s
                .parse_display(&shown)
                .unwrap_or_else(|e| panic!("{}: {shown}: {e}", s.key));
            assert!(
                (back - raw).abs() <= 1e-6 * raw.abs().max(1e-9),
                "{}: {raw} shown as {shown} reads back as {back}",
                s.key
            );
        }
    }
}

/// The typed errors say what the plain messages said, word for word: the window shows them
/// beside the fields and the CLI after `--set:`.
#[test]
fn refusals_read_as_before() {
    let mut p = Params::default();
    let says = |r: Result<Key, jvsim::core::params::ParamError>| r.unwrap_err().to_string();
    assert_eq!(
        says(p.apply_assignment("host_stake=2")),
        "`host_stake`: 2.0 is outside the valid range 0 to 1 (0 % to 100 %)"
    );
    assert_eq!(
        says(p.apply_assignment("host_stak=0.5")),
        "unknown parameter `host_stak` (did you mean `host_stake`?)"
    );
    assert_eq!(
        says(p.apply_assignment("nope=1")),
        "unknown parameter `nope`; `jvsim params` lists the keys"
    );
    assert_eq!(
        says(p.apply_assignment("x")),
        "`x` is not KEY=VALUE (e.g. host_stake=0.51); `jvsim params` lists the keys"
    );
    assert_eq!(
        says(p.apply_assignment("tariff_change=1")),
        "`tariff_change` is a switch: write true or false, not `1`"
    );
    assert_eq!(
        says(p.apply_assignment("horizon=1.5")),
        "`horizon` takes a whole number in 1 to 40, not `1.5`"
    );
    assert_eq!(
        Key::horizon.spec().check(2.5).unwrap_err().to_string(),
        "must be a whole number, not 2.5"
    );
    assert_eq!(
        Key::vehicle_tariff
            .spec()
            .parse_display("")
            .unwrap_err()
            .to_string(),
        "type a number"
    );
    assert_eq!(
        Key::horizon
            .spec()
            .parse_display("12.5")
            .unwrap_err()
            .to_string(),
        "Horizon takes a whole number, not 12.5"
    );
}
