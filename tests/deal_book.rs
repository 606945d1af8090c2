//! Deal books and comparisons.

use std::fs;

use jvsim::core::book::{
    BOOK_VERSION, DealBook, is_book, load_book, load_deals, parse_book, save_book, to_book_string,
};
use jvsim::core::compare::{differing, figures};
use jvsim::core::dealfile::{Deal, to_ron_string};
use jvsim::core::params::Key;

fn three() -> Vec<Deal> {
    let a = Deal {
        name: "A \"quoted\" deal".into(),
        ..Deal::default()
    };
    // A licence deal: the host owns all, shares 40 % for a royalty, the entrant keeps exporting.
    let mut b = Deal {
        name: "B".into(),
        notes: "line one\nline two".into(),
        ..Deal::default()
    };
    b.params.host_stake = 1.0;
    b.params.tech_share = 0.4;
    b.params.royalty_rate = 0.04;
    b.params.jv_exclusive = false;
    let mut c = Deal {
        name: "C".into(),
        ..Deal::default()
    };
    c.params.discount_rate = 0.08;
    vec![a, b, c]
}

#[test]
fn a_deal_book_round_trips_exactly() {
    let book = DealBook { deals: three() };
    let text = to_book_string(&book);
    assert!(is_book(&text));
    assert!(!is_book(&to_ron_string(&Deal::default())));
    assert!(text.contains(&format!("version: {BOOK_VERSION},")));
    let back = parse_book(&text, "book.ron").unwrap();
    assert_eq!(back, book);
    for (x, y) in back.deals.iter().zip(&book.deals) {
        for &k in Key::ALL {
            assert_eq!(x.params.get(k).to_bits(), y.params.get(k).to_bits());
        }
    }
    // Saved atomically through the same path as deals, and read back.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.ron");
    save_book(&book, &path).unwrap();
    assert_eq!(load_book(&path).unwrap(), book);
    assert_eq!(load_deals(&path).unwrap(), book.deals);
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn errors_inside_a_book_name_the_deal_and_the_field() {
    let text = "DealBook(\n  version: 1,\n  deals: [\n    Deal(version: 2, host_stake: 0.5),\n    Deal(version: 2,\n      tech_share: 1.7),\n  ],\n)";
    let e = parse_book(text, "b.ron").unwrap_err();
    assert_eq!(e.field.as_deref(), Some("deals[1].tech_share"), "{e}");
    assert_eq!(e.position.unwrap().0, 6);
    let e = parse_book("DealBook(version: 1, deal: [])", "b.ron").unwrap_err();
    assert!(e.message.contains("did you mean `deals`"), "{e}");
    let e = parse_book("DealBook(version: 9, deals: [])", "b.ron").unwrap_err();
    assert!(e.message.contains("newer jvsim"), "{e}");
    let e = parse_book("DealBook(deals: [])", "b.ron").unwrap_err();
    assert_eq!(e.field.as_deref(), Some("version"));
    let e = parse_book(
        "DealBook(version: 1, deals: [Deal(version: 1, host_stak: 0.1)])",
        "b.ron",
    )
    .unwrap_err();
    assert!(e.message.contains("did you mean `host_stake`"), "{e}");
    for bad in [
        "",
        "DealBook(",
        "DealBook(version: 1, deals: 3)",
        "Deal(version: 1)",
    ] {
        assert!(parse_book(bad, "b.ron").is_err(), "{bad:?}");
    }
}

#[test]
fn a_single_deal_file_reads_as_a_one_deal_list() {
    let deals = load_deals("assets/presets/licence-only-host-100.ron".as_ref()).unwrap();
    assert_eq!(deals.len(), 1);
    assert_eq!(deals[0].params.host_stake, 1.0);
}

#[test]
fn compare_lists_exactly_the_differing_parameters() {
    let deals = three();
    let diff = differing(&deals);
    let keys: Vec<Key> = diff.iter().map(|(k, _)| *k).collect();
    // Deal B is a licence: stake, share, royalty and exclusivity differ from the default; C
    // changes the discount rate.
    assert_eq!(
        keys,
        vec![
            Key::host_stake,
            Key::tech_share,
            Key::royalty_rate,
            Key::jv_exclusive,
            Key::discount_rate
        ]
    );
    let rates = &diff
        .iter()
        .find(|(k, _)| *k == Key::discount_rate)
        .unwrap()
        .1;
    assert_eq!(rates, &vec![0.1, 0.1, 0.08]);
    assert!(differing(&[Deal::default(), Deal::default()]).is_empty());
    // Figures are the model's.
    let f = figures(&deals[2]);
    let o = jvsim::core::model::simulate(&deals[2].params);
    assert_eq!(f.host_gain, o.deal.host.npv - o.no_deal.host.npv);
    assert_eq!(f.name, "C");
}

#[test]
fn compare_gives_each_scenario_its_national_gain_and_chance_in_the_zone() {
    let mut deal = three().remove(2);
    deal.params.mc_draws = 40;
    deal.params.mc_seed = 7;
    let f = figures(&deal);
    let o = jvsim::core::model::simulate(&deal.params);
    let national = jvsim::core::nation::Nation::of(&o).npv_gain();
    assert!((f.nation_gain - national).abs() < 1e-9, "{}", f.nation_gain);
    let p = jvsim::core::robust::p_zone_here(&deal.params, 40, 7);
    assert_eq!(f.p_zone, Some(p));
    // Without asking, the cheap figures leave the chance out but agree on the rest.
    let cheap = jvsim::core::compare::figures_of(&deal, &o);
    assert_eq!(cheap.p_zone, None);
    assert_eq!(cheap.with_chance(p), f);
}
