//! The Summary sheet: both partners' key figures side by side, then the deal's own figures
//! (approval, the zone, the host country's gain, the Nash points) and what the deal is.

use rust_xlsxwriter::{Format, RowNum, Worksheet, XlsxError};

use super::{Styles, header, yes_no};
use crate::core::analysis::Summary;
use crate::core::dealfile::Deal;
use crate::core::model::{Outcome, Partner};
use crate::core::nation::Nation;
use crate::core::params::Key;
use crate::core::sweep::{Cell, Grid};

/// A row of the sheet: a label, a value per partner (or one for the deal), a unit.
enum Figure<'a> {
    /// One value per partner, host then entrant.
    Partners(&'a Format, [f64; 2]),
    /// A year per partner, or "never".
    Years([Option<u32>; 2]),
    /// One value for the deal.
    Deal(&'a Format, f64),
    Text(String),
}

pub(super) fn sheet(
    deal: &Deal,
    o: &Outcome,
    grid: &Grid,
    st: &Styles,
) -> Result<Worksheet, XlsxError> {
    let s = Summary::of(o);
    let nation = Nation::of(o);
    let both = |f: fn(&crate::core::analysis::PartnerSummary) -> f64| [f(&s.host), f(&s.entrant)];
    let mut rows: Vec<(String, Figure, &str)> = vec![
        (
            "NPV with the deal".into(),
            Figure::Partners(&st.money, both(|p| p.npv)),
            "US$ B",
        ),
        (
            "NPV without the deal".into(),
            Figure::Partners(&st.money, both(|p| p.npv_no_deal)),
            "US$ B",
        ),
        (
            "NPV gain if approved".into(),
            Figure::Partners(&st.money, both(|p| p.gain)),
            "US$ B",
        ),
        (
            "Expected NPV gain (gain × chance both approve)".into(),
            Figure::Partners(&st.money, Partner::ALL.map(|who| s.expected_gain(who))),
            "US$ B",
        ),
        (
            "Cumulative profit ahead of no deal from".into(),
            Figure::Years([s.host.payback_year, s.entrant.payback_year]),
            "year",
        ),
        (
            "Technology in the final year".into(),
            Figure::Partners(&st.index, both(|p| p.final_tech)),
            "index",
        ),
        (
            "Technology in the final year, no deal".into(),
            Figure::Partners(&st.index, both(|p| p.final_tech_no_deal)),
            "index",
        ),
        (
            "Approval by the entrant's home government".into(),
            Figure::Deal(&st.percent, s.approval.home),
            "",
        ),
        (
            "Approval by the host government".into(),
            Figure::Deal(&st.percent, s.approval.host),
            "",
        ),
        (
            "Approval by both".into(),
            Figure::Deal(&st.percent, s.approval.both),
            "",
        ),
        (
            "In the deal zone (both gain if approved)".into(),
            Figure::Text(yes_no(s.in_deal_zone).into()),
            "",
        ),
        (
            "Entrant's technology lead in the final year".into(),
            Figure::Deal(&st.index, s.final_lead),
            "index",
        ),
        (
            "Host country: national NPV gain (Host country sheet)".into(),
            Figure::Deal(&st.money, nation.npv_gain()),
            "US$ B",
        ),
        (
            "Host country: net direct jobs in the final year".into(),
            Figure::Deal(&st.whole, nation.jobs_at_end().round()),
            "jobs",
        ),
    ];
    let points = grid.nash_points(deal.params.bargaining_power);
    for (name, point) in [
        ("Nash bargaining solution", points.unconstrained),
        ("Nash with host control", points.host_control),
    ] {
        rows.extend(nash_rows(name, point.as_ref(), st));
    }

    let mut sheet = Worksheet::new();
    header(
        &mut sheet,
        0,
        &[
            ("Key figure", 48.0),
            (&deal.host, 18.0),
            (&deal.entrant, 18.0),
            ("Unit", 10.0),
        ],
        st,
    )?;
    sheet.set_freeze_panes(1, 1)?;
    let mut row: RowNum = 1;
    for (label, figure, unit) in &rows {
        sheet.write_string(row, 0, label)?;
        match figure {
            Figure::Partners(f, values) => {
                for (col, v) in (1..).zip(values) {
                    sheet.write_number_with_format(row, col, *v, f)?;
                }
            }
            Figure::Years(years) => {
                for (col, y) in (1..).zip(years) {
                    match y {
                        Some(y) => sheet.write_number_with_format(row, col, *y, &st.whole)?,
                        None => sheet.write_string(row, col, "never")?,
                    };
                }
            }
            Figure::Deal(f, v) => {
                sheet.write_number_with_format(row, 1, *v, f)?;
            }
            Figure::Text(t) => {
                sheet.write_string(row, 1, t)?;
            }
        }
        sheet.write_string(row, 3, *unit)?;
        row += 1;
    }

    row += 1;
    let last_year = o.deal.year(o.deal.years - 1);
    let about = [
        ("Deal", deal.name.clone()),
        ("Host", deal.host.clone()),
        ("Entrant", deal.entrant.clone()),
        ("Terms", deal.terms_caption()),
        ("Years", format!("{}–{last_year}", o.deal.first_year)),
        (
            "Discount rate",
            Key::discount_rate
                .spec()
                .format_display(deal.params.discount_rate),
        ),
        ("Notes", deal.notes.clone()),
        ("Made by", format!("jvsim {}", env!("CARGO_PKG_VERSION"))),
    ];
    for (label, text) in about {
        sheet.write_string_with_format(row, 0, label, &st.title)?;
        sheet.write_string(row, 1, text)?;
        row += 1;
    }
    Ok(sheet)
}

/// A Nash point's terms, gains and approval; one row saying there is none otherwise.
fn nash_rows<'a>(
    name: &str,
    point: Option<&Cell>,
    st: &'a Styles,
) -> Vec<(String, Figure<'a>, &'static str)> {
    let Some(c) = point else {
        return vec![(
            name.to_string(),
            Figure::Text("none (no deal in the zone)".into()),
            "",
        )];
    };
    vec![
        (
            format!("{name}: host stake"),
            Figure::Deal(&st.percent, c.host_stake),
            "",
        ),
        (
            format!("{name}: tech share"),
            Figure::Deal(&st.percent, c.tech_share),
            "",
        ),
        (
            format!("{name}: NPV gain if approved"),
            Figure::Partners(&st.money, [c.host_gain, c.entrant_gain]),
            "US$ B",
        ),
        (
            format!("{name}: approval by both"),
            Figure::Deal(&st.percent, c.approval),
            "",
        ),
    ]
}
