//! The Excel workbook, read back with calamine: every sheet is there, the numbers are numbers
//! (with number formats) equal to the model's, and the file is the same for the same deal.

use std::io::Cursor;
use std::process::Command;

use calamine::{Data, Range, Reader, Xlsx, open_workbook_from_rs};
use jvsim::core::analysis::Summary;
use jvsim::core::dealfile::Deal;
use jvsim::core::model::Partner;
use jvsim::core::params::Key;
use jvsim::report::workbook::{Analyses, SHEETS, bytes};
use jvsim::report::yearly::{Column, row};

fn open(bytes: &[u8]) -> Xlsx<Cursor<&[u8]>> {
    open_workbook_from_rs(Cursor::new(bytes)).expect("a readable .xlsx")
}

fn num(range: &Range<Data>, r: u32, c: u32) -> f64 {
    match range.get_value((r, c)) {
        Some(Data::Float(v)) => *v,
        Some(Data::Int(v)) => *v as f64,
        other => panic!("({r}, {c}) is not a number: {other:?}"),
    }
}

fn text(range: &Range<Data>, r: u32, c: u32) -> String {
    match range.get_value((r, c)) {
        Some(Data::String(s)) => s.clone(),
        other => panic!("({r}, {c}) is not text: {other:?}"),
    }
}

/// The row whose first cell is `label`.
fn row_of(range: &Range<Data>, label: &str) -> u32 {
    (0..range.height() as u32)
        .find(|&r| matches!(range.get_value((r, 0)), Some(Data::String(s)) if s == label))
        .unwrap_or_else(|| panic!("no row `{label}`"))
}

fn deal() -> Deal {
    let mut deal = Deal::default();
    deal.params.mc_draws = 200;
    deal
}

#[test]
fn every_sheet_holds_the_models_numbers() {
    let deal = deal();
    let a = Analyses::of(&deal);
    let book_bytes = bytes(&deal, &a).unwrap();
    let mut book = open(&book_bytes);
    assert_eq!(book.sheet_names(), SHEETS.map(String::from).to_vec());

    let s = Summary::of(&a.outcome);
    let sheet = book.worksheet_range("Summary").unwrap();
    assert_eq!(text(&sheet, 0, 1), deal.host);
    assert_eq!(text(&sheet, 0, 2), deal.entrant);
    for (label, host, entrant) in [
        ("NPV with the deal", s.host.npv, s.entrant.npv),
        (
            "NPV without the deal",
            s.host.npv_no_deal,
            s.entrant.npv_no_deal,
        ),
        ("NPV gain if approved", s.host.gain, s.entrant.gain),
        (
            "Expected NPV gain (gain × chance both approve)",
            s.expected_gain(Partner::Host),
            s.expected_gain(Partner::Entrant),
        ),
    ] {
        let r = row_of(&sheet, label);
        assert_eq!(num(&sheet, r, 1), host, "{label}");
        assert_eq!(num(&sheet, r, 2), entrant, "{label}");
    }
    assert_eq!(
        num(&sheet, row_of(&sheet, "Approval by both"), 1),
        s.approval.both
    );
    assert_eq!(
        text(
            &sheet,
            row_of(&sheet, "In the deal zone (both gain if approved)"),
            1
        ),
        if s.in_deal_zone { "yes" } else { "no" }
    );
    let nash = a
        .grid
        .nash_points(deal.params.bargaining_power)
        .unconstrained
        .expect("the default deal has a Nash point");
    let r = row_of(&sheet, "Nash bargaining solution: host stake");
    assert_eq!(num(&sheet, r, 1), nash.host_stake);
    let r = row_of(&sheet, "Nash bargaining solution: NPV gain if approved");
    assert_eq!(
        (num(&sheet, r, 1), num(&sheet, r, 2)),
        (nash.host_gain, nash.entrant_gain)
    );

    // Two header rows, then a row per year: both partners' columns of the window's table.
    let sheet = book.worksheet_range("Yearly").unwrap();
    let o = &a.outcome;
    let columns = Column::table();
    assert_eq!(text(&sheet, 0, 1), deal.host);
    assert_eq!(text(&sheet, 0, 1 + columns.len() as u32), deal.entrant);
    assert_eq!(text(&sheet, 1, 0), "year");
    assert_eq!(text(&sheet, 1, 1), "profit");
    assert_eq!(sheet.height(), 2 + o.deal.years);
    for t in 0..o.deal.years {
        let r = 2 + t as u32;
        assert_eq!(num(&sheet, r, 0), f64::from(o.deal.year(t)));
        let values: Vec<f64> = (1..=2 * columns.len() as u32)
            .map(|c| num(&sheet, r, c))
            .collect();
        let mut expected = row(o, Partner::Host, t);
        expected.extend(row(o, Partner::Entrant, t));
        assert_eq!(values, expected, "{}", o.deal.year(t));
    }

    // Host stake across, tech share down, a block per value.
    let sheet = book.worksheet_range("Deal map").unwrap();
    let n = a.grid.n as u32;
    assert_eq!(num(&sheet, 0, 1), 0.0);
    assert_eq!(num(&sheet, 0, n), 1.0);
    let entrant_block = row_of(&sheet, "Entrant's NPV gain if approved, US$ B") + 1;
    let approval_block = row_of(&sheet, "Chance both governments approve") + 1;
    for (i, j) in [(0, 0), (30, 70), (100, 100), (51, 2)] {
        let c = a.grid.cell(i, j);
        let (i, j) = (i as u32, j as u32);
        assert_eq!(num(&sheet, 2 + j, 0), c.tech_share);
        assert_eq!(num(&sheet, 2 + j, 1 + i), c.host_gain);
        assert_eq!(num(&sheet, entrant_block + j, 1 + i), c.entrant_gain);
        assert_eq!(num(&sheet, approval_block + j, 1 + i), c.approval);
    }

    // Every bar of both partners, widest first.
    let sheet = book.worksheet_range("Tornado").unwrap();
    assert_eq!(
        sheet.height(),
        1 + a.tornado.host.len() + a.tornado.entrant.len()
    );
    let first = a.tornado.entrant[0];
    let r = 1 + a.tornado.host.len() as u32;
    assert_eq!(text(&sheet, r, 0), deal.entrant);
    assert_eq!(text(&sheet, r, 2), first.key.name());
    assert_eq!(
        [3, 4, 6, 7].map(|c| num(&sheet, r, c)),
        [first.low, first.high, first.gain_at_low, first.gain_at_high]
    );
    assert_eq!(text(&sheet, r, 12), "yes");

    let sheet = book.worksheet_range("Monte Carlo").unwrap();
    let b = &a.bands;
    for (t, &year) in b.years.iter().enumerate() {
        let r = 2 + t as u32;
        assert_eq!(num(&sheet, r, 0), f64::from(year));
        assert_eq!(num(&sheet, r, 3), b.host.p50[t]);
        assert_eq!(num(&sheet, r, 7), b.entrant.p5[t]);
    }
    let r = row_of(
        &sheet,
        &format!("Share of draws in which {} gains", deal.host),
    );
    assert_eq!(num(&sheet, r, 1), b.host.p_gain);

    let sheet = book.worksheet_range("Parameters").unwrap();
    assert_eq!(sheet.height(), 1 + Key::ALL.len());
    for (r, &k) in (1..).zip(Key::ALL) {
        let s = k.spec();
        assert_eq!(text(&sheet, r, 0), s.key);
        assert_eq!(num(&sheet, r, 2), deal.params.get(k), "{k}");
        assert_eq!(num(&sheet, r, 4), s.default, "{k}");
        assert_eq!(
            [5, 6, 7, 8].map(|c| num(&sheet, r, c)),
            [s.slider.0, s.slider.1, s.valid.0, s.valid.1],
            "{k}"
        );
        assert_eq!(text(&sheet, r, 11), s.source);
    }
}

#[test]
fn numbers_carry_number_formats() {
    let deal = deal();
    let book_bytes = bytes(&deal, &Analyses::of(&deal)).unwrap();
    let mut book = open(&book_bytes);
    let summary = book.worksheet_range("Summary").unwrap();
    let params = book.worksheet_range("Parameters").unwrap();
    let mut format = |sheet: &str, pos: (u32, u32)| -> String {
        let styles = book.worksheet_style(sheet).unwrap();
        styles
            .get(pos)
            .and_then(|s| s.number_format.as_ref())
            .map(|f| f.format_code.clone())
            .unwrap_or_default()
    };
    assert_eq!(
        format("Summary", (row_of(&summary, "NPV with the deal"), 1)),
        "0.00"
    );
    assert_eq!(
        format("Summary", (row_of(&summary, "Approval by both"), 1)),
        "0.0%"
    );
    assert_eq!(format("Yearly", (2, 0)), "0");
    assert_eq!(format("Yearly", (2, 1)), "0.00");
    let row = |k: Key| 1 + Key::ALL.iter().position(|&x| x == k).unwrap() as u32;
    assert_eq!(text(&params, row(Key::host_stake), 0), "host_stake");
    assert_eq!(format("Parameters", (row(Key::host_stake), 2)), "0.0##%");
    assert_eq!(format("Parameters", (row(Key::horizon), 2)), "0");
}

#[test]
fn the_same_deal_gives_the_same_bytes() {
    // Within one process, and from two runs of the command (hash seeds differ between them).
    let deal = deal();
    let a = Analyses::of(&deal);
    assert_eq!(bytes(&deal, &a).unwrap(), bytes(&deal, &a).unwrap());
    let run = |dir: &std::path::Path| {
        let o = Command::new(env!("CARGO_BIN_EXE_jvsim"))
            .args([
                "export",
                "--format",
                "xlsx",
                "--set",
                "mc_draws=100",
                "--out",
            ])
            .arg(dir)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(0));
        // Only the workbook was asked for.
        assert_eq!(
            String::from_utf8(o.stdout).unwrap().trim(),
            dir.join("jvsim.xlsx").display().to_string()
        );
        std::fs::read(dir.join("jvsim.xlsx")).unwrap()
    };
    let (x, y) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    assert_eq!(run(x.path()), run(y.path()));
}

#[test]
fn host_country_and_robust_map_sheets_hold_the_models_numbers() {
    use jvsim::core::nation::Nation;
    use jvsim::core::robust::{p_zone_here, robust_grid};
    use jvsim::report::nation::Line;
    use jvsim::report::workbook::{ROBUST_DRAWS, ROBUST_GRID, nation::GAIN_LABEL, robust_map};

    let deal = deal();
    let a = Analyses::of(&deal);
    let book_bytes = bytes(&deal, &a).unwrap();
    let mut book = open(&book_bytes);

    // A header row, then a row per year with every line of the account.
    let sheet = book.worksheet_range("Host country").unwrap();
    let n = Nation::of(&a.outcome);
    assert_eq!(a.nation, n);
    assert_eq!(text(&sheet, 0, 0), "year");
    for (col, line) in (1..).zip(Line::ALL) {
        assert_eq!(text(&sheet, 0, col), line.label());
        for t in 0..n.years {
            assert_eq!(
                num(&sheet, 1 + t as u32, col),
                line.value(&n, t),
                "{line:?} {t}"
            );
        }
    }
    assert_eq!(num(&sheet, n.years as u32, 0), 2037.0);
    assert_eq!(num(&sheet, row_of(&sheet, GAIN_LABEL), 1), n.npv_gain());
    let r = row_of(&sheet, "National NPV gain, consumer surplus by plain logit");
    assert_eq!(num(&sheet, r, 1), n.npv_gain_logit);
    assert_eq!(
        num(&sheet, row_of(&sheet, "Net direct jobs in 2037"), 1),
        n.jobs_at_end().round()
    );
    let summary = book.worksheet_range("Summary").unwrap();
    let r = row_of(
        &summary,
        "Host country: national NPV gain (Host country sheet)",
    );
    assert_eq!(num(&summary, r, 1), n.npv_gain());
    let robust = book.worksheet_range("Robust map").unwrap();
    let mut format = |sheet: &str, pos: (u32, u32)| -> String {
        let styles = book.worksheet_style(sheet).unwrap();
        styles
            .get(pos)
            .and_then(|s| s.number_format.as_ref())
            .map(|f| f.format_code.clone())
            .unwrap_or_default()
    };
    let jobs_col = 1 + Line::ALL.iter().position(|l| l.is_jobs()).unwrap() as u32;
    assert_eq!(format("Host country", (5, jobs_col)), "0");
    assert_eq!(format("Host country", (5, 1)), "0.00");

    // Draws, seed and grid noted above the grid; the chances as percentages.
    let draws = deal.params.mc_draws.min(ROBUST_DRAWS) as usize;
    let seed = u64::from(deal.params.mc_seed);
    assert_eq!(
        a.robust,
        robust_grid(&deal.params, ROBUST_GRID, draws, seed)
    );
    assert_eq!(a.p_zone_here, p_zone_here(&deal.params, draws, seed));
    assert_eq!(num(&robust, row_of(&robust, "Draws"), 1), draws as f64);
    assert_eq!(num(&robust, row_of(&robust, "Seed"), 1), seed as f64);
    assert_eq!(
        num(&robust, row_of(&robust, "Points per axis"), 1),
        ROBUST_GRID as f64
    );
    assert_eq!(
        num(&robust, row_of(&robust, "The deal as set"), 1),
        a.p_zone_here
    );
    let top = robust_map::AXIS_ROW;
    let last = ROBUST_GRID as u32;
    assert_eq!(num(&robust, top, 1), 0.0);
    assert_eq!(num(&robust, top, last), 1.0);
    for (i, j) in [(0, 0), (13, 12), (25, 25), (20, 3)] {
        let (row, col) = (top + 1 + j as u32, 1 + i as u32);
        assert_eq!(num(&robust, row, col), a.robust.at(i, j), "({i}, {j})");
        assert_eq!(
            num(&robust, row, 0),
            jvsim::core::sweep::axis_value(j, ROBUST_GRID)
        );
    }
    assert_eq!(format("Robust map", (top + 3, 4)), "0%");
}
