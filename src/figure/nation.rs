//! The national view: the host country's account by year against no deal (eqs. 22–24) — what
//! its buyers gain, what its treasury collects, what its automaker earns, and their sum, the
//! national gain — with the jobs at the JV's plant on a panel of their own, never added to
//! dollars.

use super::numbers::{signed_money, thousands};
use super::profit::year_axis;
use super::types::{Swatch, with_margin};
use super::{Axis, Chart, Figure, LegendEntry, Panel, Pin, Role, Series, Ticks, pin_shape, points};
use crate::core::dealfile::Deal;
use crate::core::model::{MAX_YEARS, Outcome};
use crate::core::nation::Nation;
use crate::palette::Ink;

/// What the national account counts and how, for every view that shows it.
pub fn measure_note(deal: &Deal) -> String {
    format!(
        "National gain = consumer surplus + {host}'s profit + tariff and parts-duty revenue − \
         manufacturing credits, each against no deal; {entrant}'s share of the JV is foreign and \
         left out. The headline consumer surplus nests the JV's EVs with {host}'s own (a new \
         product's value is not all new); the plain logit, dashed, overstates it. Jobs: direct \
         jobs at the JV's plant (vehicles and cells) net of those lost at {host}'s own lines, a \
         separate figure never added to dollars.",
        host = deal.host,
        entrant = deal.entrant
    )
}

/// The headline measure of consumer surplus, named with its nesting parameter.
pub fn headline_measure(lambda: f64) -> String {
    format!("consumer surplus nested, λ = {lambda:.2}")
}

/// The yearly lines of the money panel: (name, ink, role, values) for each.
fn money_lines(deal: &Deal, n: &Nation) -> Vec<(String, Ink, Role, Vec<f64>)> {
    let years = n.years;
    let each = |f: &dyn Fn(usize) -> f64| (0..years).map(f).collect::<Vec<f64>>();
    vec![
        (
            "Consumer surplus (headline, nested)".to_string(),
            Ink::Consumers,
            Role::Deal,
            each(&|t| n.consumer_surplus[t]),
        ),
        (
            "Consumer surplus, plain logit".to_string(),
            Ink::Consumers,
            Role::Alternative,
            each(&|t| n.consumer_surplus_logit[t]),
        ),
        (
            "Treasury: tariffs + parts duties − credits".to_string(),
            Ink::Treasury,
            Role::Deal,
            each(&|t| {
                n.tariff_revenue[t] + n.parts_duties[t] - n.credits[t] - n.tariff_revenue_no_deal[t]
            }),
        ),
        (
            format!("{}'s profit", deal.host),
            Ink::Host,
            Role::Deal,
            each(&|t| n.host_profit[t] - n.host_profit_no_deal[t]),
        ),
        (
            "National gain".to_string(),
            Ink::Nation,
            Role::Total,
            national_gain(n)[..years].to_vec(),
        ),
    ]
}

/// The national gain in each year: surplus with the deal minus without it.
pub fn national_gain(n: &Nation) -> [f64; MAX_YEARS] {
    std::array::from_fn(|t| n.surplus[t] - n.surplus_no_deal[t])
}

/// The national gain's NPV split into its parts, US$ B: buyers, treasury, the host automaker.
/// They add up to `Nation::npv_gain`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NpvParts {
    pub consumers: f64,
    pub treasury: f64,
    pub host: f64,
}

impl NpvParts {
    /// Discounted as the national account is (eq. 23): the first year undiscounted.
    pub fn of(n: &Nation, discount_rate: f64) -> NpvParts {
        let mut parts = NpvParts {
            consumers: 0.0,
            treasury: 0.0,
            host: 0.0,
        };
        let mut discount = 1.0;
        for t in 0..n.years {
            parts.consumers += discount * n.consumer_surplus[t];
            parts.treasury += discount
                * (n.tariff_revenue[t] + n.parts_duties[t]
                    - n.credits[t]
                    - n.tariff_revenue_no_deal[t]);
            parts.host += discount * (n.host_profit[t] - n.host_profit_no_deal[t]);
            discount /= 1.0 + discount_rate;
        }
        parts
    }

    pub fn total(&self) -> f64 {
        self.consumers + self.treasury + self.host
    }
}

/// The NPV sum in a sentence: "NPV at 8 %: buyers +30.1 + treasury +4.2 + US automaker −9.3 =
/// national gain +25.0 US$ B".
pub fn npv_sentence(deal: &Deal, n: &Nation) -> String {
    let r = deal.params.discount_rate;
    let parts = NpvParts::of(n, r);
    format!(
        "NPV at {:.1} %: consumer surplus {} + treasury {} + {}'s profit {} = national gain {} US$ B \
         (with the plain logit's consumer surplus: {}).",
        r * 100.0,
        signed_money(parts.consumers),
        signed_money(parts.treasury),
        deal.host,
        signed_money(parts.host),
        signed_money(n.npv_gain()),
        signed_money(n.npv_gain_logit)
    )
}

/// Net direct jobs in each year, in thousands.
fn thousand_jobs(n: &Nation) -> Vec<f64> {
    n.jobs[..n.years].iter().map(|j| j / 1000.0).collect()
}

pub fn figure(deal: &Deal, o: &Outcome, pins: &[Pin<'_>]) -> Figure {
    let n = Nation::of(o);
    let last = n.year(n.years.saturating_sub(1));
    let mut legend = Vec::new();
    let mut money = Panel::new(year_axis(o), Axis::new("", "", (0.0, 1.0), Ticks::Values));
    for (name, ink, role, values) in money_lines(deal, &n) {
        legend.push(LegendEntry::new(
            vec![Swatch::Line(ink, role.look().dash)],
            name.clone(),
        ));
        money.series.push(Series {
            name,
            role,
            ink,
            points: points(o, &values),
        });
    }
    let mut jobs = Panel::new(year_axis(o), Axis::new("", "", (0.0, 1.0), Ticks::Values));
    jobs.series.push(Series {
        name: "Net direct jobs, thousands".to_string(),
        role: Role::Deal,
        ink: Ink::Jv,
        points: points(o, &thousand_jobs(&n)),
    });
    legend.push(
        LegendEntry::new(
            vec![Swatch::Line(Ink::Jv, Role::Deal.look().dash)],
            "Net direct jobs (right)",
        )
        .hover("Jobs at the JV's plant net of those lost at the host's own lines"),
    );
    for (i, pin) in pins.iter().enumerate() {
        let m = Nation::of(pin.outcome);
        money.series.push(Series {
            name: format!("{}: national gain", pin.deal.name),
            role: Role::Scenario(i),
            ink: Ink::Nation,
            points: points(pin.outcome, &national_gain(&m)[..m.years]),
        });
        jobs.series.push(Series {
            name: format!("{}: jobs", pin.deal.name),
            role: Role::Scenario(i),
            ink: Ink::Jv,
            points: points(pin.outcome, &thousand_jobs(&m)),
        });
        legend.push(LegendEntry::new(
            vec![
                Swatch::Marker(pin_shape(i), Ink::Text),
                Swatch::Line(Ink::Text, Role::Scenario(i).look().dash),
            ],
            &pin.deal.name,
        ));
    }
    let (lo, hi) = super::y_extent(&money.series);
    money.y = Axis::new(
        "gain, US$ B per year",
        "US$ B/yr",
        with_margin(lo.min(0.0), hi.max(0.0)),
        Ticks::Signed,
    );
    money.heading = Some((
        format!(
            "National gain: NPV {} US$ B over no deal (plain logit {})",
            signed_money(n.npv_gain()),
            signed_money(n.npv_gain_logit)
        ),
        Ink::Nation,
    ));
    let (lo, hi) = super::y_extent(&jobs.series);
    jobs.y = Axis::new(
        "net direct jobs, thousands",
        "thousand jobs",
        with_margin(lo.min(0.0), hi.max(0.0)),
        Ticks::Values,
    );
    jobs.heading = Some((
        format!(
            "Jobs: {} net direct jobs by {last}",
            thousands(n.jobs_at_end())
        ),
        Ink::Jv,
    ));
    Figure {
        chart: Chart::Nation,
        title: format!(
            "National view: the host country against no deal ({})",
            headline_measure(deal.params.jv_nest)
        ),
        subtitle: None,
        caption: super::caption(deal),
        legend_title: None,
        legend,
        panels: vec![money, jobs],
        notes: vec![npv_sentence(deal, &n), measure_note(deal)],
    }
}
