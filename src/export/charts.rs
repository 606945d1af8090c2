//! Each exportable chart as SVG, drawn from the model's data with the window's colours, labels
//! and units.

use super::svg::{Anchor, Axes, INK, MUTED, Svg, legend, ticks};
use crate::core::analysis::cumulative;
use crate::core::dealfile::Deal;
use crate::core::model::Outcome;
use crate::core::montecarlo::{Bands, PartnerBands};
use crate::core::sensitivity::{Bar, Tornado};
use crate::core::sweep::Grid;
use crate::palette::{self as p, Rgb};

/// Font size for a chart of height `h` (20 px at 900).
fn font(h: f64) -> f64 {
    (h / 45.0).max(9.0)
}

/// Title and the deal's terms across the top.
fn heading(svg: &mut Svg, title: &str, deal: &Deal, f: f64) {
    svg.text(f * 1.2, f * 1.6, title, f * 1.3, Anchor::Start, true, INK);
    svg.text(
        f * 1.2,
        f * 2.9,
        &format!("{} — {}", deal.name, deal.terms_caption()),
        f * 0.8,
        Anchor::Start,
        false,
        MUTED,
    );
}

fn plot_box(svg: &Svg, f: f64, x: (f64, f64), y: (f64, f64)) -> Axes {
    let left = f * 5.5;
    let top = f * 4.2;
    Axes {
        left,
        top,
        width: svg.width - left - f * 1.5,
        height: svg.height - top - f * 4.0,
        x,
        y,
    }
}

fn year_ticks(first: f64, last: f64) -> Vec<(f64, String)> {
    let step = if last - first > 14.0 { 2.0 } else { 1.0 };
    let mut out = Vec::new();
    let mut y = first;
    while y <= last + 1e-9 {
        out.push((y, format!("{}", y as i64)));
        y += step;
    }
    out
}

fn value_ticks(lo: f64, hi: f64) -> Vec<(f64, String)> {
    ticks(lo, hi, 6)
        .into_iter()
        .map(|v| (v, format!("{}", (v * 1000.0).round() / 1000.0)))
        .collect()
}

use crate::core::analysis::extent as range_of;

/// Data range with room above for the legend, as in the window.
fn padded(lo: f64, hi: f64) -> (f64, f64) {
    let span = (hi - lo).max(1e-6);
    (lo - 0.05 * span, hi + 0.45 * span)
}

fn path(axes: &Axes, xs: &[f64], ys: &[f64]) -> Vec<(f64, f64)> {
    xs.iter()
        .zip(ys)
        .map(|(&x, &y)| (axes.px(x), axes.py(y)))
        .collect()
}

/// Yearly or cumulative profit of both partners, deal solid against no deal dashed.
pub fn profit(deal: &Deal, o: &Outcome, cumulated: bool, w: f64, h: f64) -> String {
    let f = font(h);
    let n = o.deal.years;
    let years: Vec<f64> = (0..n).map(|t| f64::from(o.deal.year(t))).collect();
    let series = |v: &[f64; crate::core::model::MAX_YEARS]| -> Vec<f64> {
        if cumulated {
            cumulative(v, n)[..n].to_vec()
        } else {
            v[..n].to_vec()
        }
    };
    let lines = [
        (
            series(&o.deal.host.profit),
            p::HOST,
            false,
            format!("{}, deal", deal.host),
        ),
        (
            series(&o.no_deal.host.profit),
            p::HOST,
            true,
            format!("{}, no deal", deal.host),
        ),
        (
            series(&o.deal.entrant.profit),
            p::ENTRANT,
            false,
            format!("{}, deal", deal.entrant),
        ),
        (
            series(&o.no_deal.entrant.profit),
            p::ENTRANT,
            true,
            format!("{}, no deal", deal.entrant),
        ),
    ];
    let refs: Vec<&[f64]> = lines.iter().map(|l| l.0.as_slice()).collect();
    let (lo, hi) = range_of(&refs);
    let (lo, hi) = padded(lo.min(0.0), hi.max(0.0));
    let mut svg = Svg::new(w, h);
    let (title, y_label) = if cumulated {
        ("Cumulative profit", "cumulative profit, US$ B")
    } else {
        ("Yearly profit", "profit, US$ B per year")
    };
    heading(&mut svg, title, deal, f);
    let axes = plot_box(&svg, f, (years[0] - 0.3, years[n - 1] + 0.3), (lo, hi));
    axes.draw(
        &mut svg,
        f,
        "year",
        y_label,
        &year_ticks(years[0], years[n - 1]),
        &value_ticks(lo, hi),
    );
    for (values, color, dashed, _) in &lines {
        let (width, dash) = if *dashed {
            (f64::from(p::GHOST_LINE_WIDTH) * f / 12.0, Some("8 5"))
        } else {
            (f64::from(p::DEAL_LINE_WIDTH) * f / 12.0, None)
        };
        svg.polyline(&path(&axes, &years, values), *color, width, dash);
    }
    let entries: Vec<(Rgb, bool, String)> = lines.iter().map(|l| (l.1, l.2, l.3.clone())).collect();
    legend(
        &mut svg,
        axes.left + f * 0.6,
        axes.top + f * 0.6,
        f * 0.8,
        &entries,
    );
    svg.finish()
}

/// Technology: host deal and no deal with the gain shaded, the entrant, the JV.
pub fn technology(deal: &Deal, o: &Outcome, w: f64, h: f64) -> String {
    let f = font(h);
    let n = o.deal.years;
    let years: Vec<f64> = (0..n).map(|t| f64::from(o.deal.year(t))).collect();
    let host = &o.deal.host.tech[..n];
    let host_nd = &o.no_deal.host.tech[..n];
    let entrant = &o.deal.entrant.tech[..n];
    let first = (0..n).find(|&t| o.deal.jv.volume[t] > 0.0);
    let (lo, hi) = range_of(&[host, host_nd, entrant]);
    let (lo, hi) = padded(lo.min(0.5), hi);
    let mut svg = Svg::new(w, h);
    heading(
        &mut svg,
        &format!(
            "Technology (index, {} in {} = 1.0); {}'s gain by {}: {:+.3}",
            deal.entrant,
            o.deal.first_year,
            deal.host,
            o.deal.year(n - 1),
            host[n - 1] - host_nd[n - 1]
        ),
        deal,
        f,
    );
    let axes = plot_box(&svg, f, (years[0] - 0.3, years[n - 1] + 0.3), (lo, hi));
    axes.draw(
        &mut svg,
        f,
        "year",
        "technology index",
        &year_ticks(years[0], years[n - 1]),
        &value_ticks(lo, hi),
    );
    let mut area = path(&axes, &years, host);
    area.extend(path(&axes, &years, host_nd).into_iter().rev());
    svg.polygon(&area, p::HOST, 0.25);
    let deal_w = f64::from(p::DEAL_LINE_WIDTH) * f / 12.0;
    svg.polyline(
        &path(&axes, &years, host_nd),
        p::HOST,
        f64::from(p::GHOST_LINE_WIDTH) * f / 12.0,
        Some("8 5"),
    );
    svg.polyline(&path(&axes, &years, host), p::HOST, deal_w, None);
    svg.polyline(&path(&axes, &years, entrant), p::ENTRANT, deal_w, None);
    if let Some(first) = first {
        svg.polyline(
            &path(&axes, &years[first..], &o.deal.jv.tech[first..n]),
            p::JV,
            deal_w * 0.8,
            None,
        );
    }
    legend(
        &mut svg,
        axes.left + f * 0.6,
        axes.top + f * 0.6,
        f * 0.8,
        &[
            (
                p::HOST,
                false,
                format!("{}, deal (shaded: gain)", deal.host),
            ),
            (p::HOST, true, format!("{}, no deal", deal.host)),
            (
                p::ENTRANT,
                false,
                format!("{} (same with or without deal)", deal.entrant),
            ),
            (p::JV, false, "JV".to_string()),
        ],
    );
    svg.finish()
}

/// The deal map: gains over stake × share (host's by default), the zone outlined, Nash points
/// and the current deal marked, with a colour legend.
pub fn deal_map(deal: &Deal, grid: &Grid, w: f64, h: f64) -> String {
    let f = font(h);
    let n = grid.n.max(2);
    let mut svg = Svg::new(w, h);
    heading(
        &mut svg,
        "Deal map: the host's NPV gain over no deal, US$ B",
        deal,
        f,
    );
    let side = (h - f * 8.5).min(w - f * 22.0).max(100.0);
    let axes = Axes {
        left: f * 5.5,
        top: f * 4.2,
        width: side,
        height: side,
        x: (0.0, 1.0),
        y: (0.0, 1.0),
    };
    let max_abs = grid
        .cells
        .iter()
        .map(|c| c.host_gain.abs())
        .fold(0.0, f64::max);
    let cell = side / (n - 1) as f64;
    for c in &grid.cells {
        let x = axes.px(c.host_stake) - cell / 2.0;
        let y = axes.py(c.tech_share) - cell / 2.0;
        // A little overlap so antialiasing leaves no hairline seams between cells.
        let (x0, y0) = (x.max(axes.left), y.max(axes.top));
        let cw = (x + cell + 0.6).min(axes.left + side) - x0;
        let ch = (y + cell + 0.6).min(axes.top + side) - y0;
        svg.rect(x0, y0, cw, ch, p::diverging(c.host_gain, max_abs));
    }
    // The zone's outline: every edge between a zone point and a point outside it (or the map's
    // edge), drawn dark over a light halo so it reads on any colour.
    let zone = |i: usize, j: usize| grid.cell(i, j).in_zone();
    let mut edges = Vec::new();
    for j in 0..grid.n {
        for i in 0..grid.n {
            if !zone(i, j) {
                continue;
            }
            let (cx, cy) = (
                axes.px(grid.cell(i, j).host_stake),
                axes.py(grid.cell(i, j).tech_share),
            );
            let hw = cell / 2.0;
            if i == 0 || !zone(i - 1, j) {
                edges.push((cx - hw, cy - hw, cx - hw, cy + hw));
            }
            if i + 1 == grid.n || !zone(i + 1, j) {
                edges.push((cx + hw, cy - hw, cx + hw, cy + hw));
            }
            if j == 0 || !zone(i, j - 1) {
                edges.push((cx - hw, cy + hw, cx + hw, cy + hw));
            }
            if j + 1 == grid.n || !zone(i, j + 1) {
                edges.push((cx - hw, cy - hw, cx + hw, cy - hw));
            }
        }
    }
    let clamp_x = |x: f64| x.clamp(axes.left, axes.left + side);
    let clamp_y = |y: f64| y.clamp(axes.top, axes.top + side);
    for &(x1, y1, x2, y2) in &edges {
        svg.line(
            clamp_x(x1),
            clamp_y(y1),
            clamp_x(x2),
            clamp_y(y2),
            Rgb(240, 240, 240),
            f * 0.25,
            None,
        );
    }
    for &(x1, y1, x2, y2) in &edges {
        svg.line(
            clamp_x(x1),
            clamp_y(y1),
            clamp_x(x2),
            clamp_y(y2),
            INK,
            f * 0.12,
            None,
        );
    }
    let pct: Vec<(f64, String)> = (0..=10)
        .map(|i| (i as f64 / 10.0, format!("{} %", i * 10)))
        .collect();
    axes.draw(
        &mut svg,
        f * 0.9,
        "host stake",
        "technology shared",
        &pct,
        &pct,
    );
    for (line, dash) in crate::core::policy::STAKE_LINES.iter().zip(["8 5", "2 4"]) {
        let x = line.stake;
        svg.line(
            axes.px(x),
            axes.top,
            axes.px(x),
            axes.top + side,
            MUTED,
            1.5,
            Some(dash),
        );
    }
    let beta = deal.params.bargaining_power;
    let mark = |svg: &mut Svg, c: &crate::core::sweep::Cell, color: Rgb| {
        let (x, y) = (axes.px(c.host_stake), axes.py(c.tech_share));
        svg.rect(x - f * 0.45, y - f * 0.45, f * 0.9, f * 0.9, color);
    };
    let points = grid.nash_points(beta);
    let (nash, nash_control) = (points.unconstrained.as_ref(), points.host_control.as_ref());
    if let Some(c) = nash {
        mark(&mut svg, c, p::JV);
    }
    if let Some(c) = nash_control {
        mark(&mut svg, c, p::HOST);
    }
    let (cx, cy) = (
        axes.px(deal.params.host_stake),
        axes.py(deal.params.tech_share),
    );
    svg.line(cx - f * 0.6, cy, cx + f * 0.6, cy, INK, 2.0, None);
    svg.line(cx, cy - f * 0.6, cx, cy + f * 0.6, INK, 2.0, None);
    // Colour legend and key to the right.
    let lx = axes.left + side + f * 1.5;
    let mut ly = axes.top;
    let steps = 40;
    let bar_w = (w - lx - f).max(f * 8.0).min(f * 14.0);
    for s in 0..steps {
        let v = -max_abs + 2.0 * max_abs * (s as f64 + 0.5) / steps as f64;
        svg.rect(
            lx + bar_w * s as f64 / steps as f64,
            ly,
            bar_w / steps as f64 + 0.5,
            f,
            p::diverging(v, max_abs),
        );
    }
    ly += f * 2.0;
    svg.text(
        lx,
        ly,
        &format!("{:.1}", -max_abs),
        f * 0.8,
        Anchor::Start,
        false,
        MUTED,
    );
    svg.text(
        lx + bar_w / 2.0,
        ly,
        "0",
        f * 0.8,
        Anchor::Middle,
        false,
        MUTED,
    );
    svg.text(
        lx + bar_w,
        ly,
        &format!("+{max_abs:.1}"),
        f * 0.8,
        Anchor::End,
        false,
        MUTED,
    );
    ly += f * 1.6;
    for line in [
        format!("Orange: {} does worse", deal.host),
        "than without the deal; purple:".to_string(),
        "better. Outlined: the deal zone,".to_string(),
        format!("where {} gains too.", deal.entrant),
        String::new(),
        format!("Nash point (β = {beta:.2}, on"),
        "expected gains), green:".to_string(),
        nash.map_or("none".into(), |c| {
            format!(
                "  stake {:.0} %, shared {:.0} %, approval {:.0} %",
                c.host_stake * 100.0,
                c.tech_share * 100.0,
                c.approval * 100.0
            )
        }),
        "With host control, blue:".to_string(),
        nash_control.map_or("none".into(), |c| {
            format!(
                "  stake {:.0} %, shared {:.0} %, approval {:.0} %",
                c.host_stake * 100.0,
                c.tech_share * 100.0,
                c.approval * 100.0
            )
        }),
        "Cross: the current deal.".to_string(),
        "Dashed: 50 % stake; dotted: 75 %.".to_string(),
    ] {
        svg.text(lx, ly, &line, f * 0.75, Anchor::Start, false, INK);
        ly += f * 1.1;
    }
    svg.finish()
}

/// Tornado of both partners' gains, side by side.
pub fn tornado(deal: &Deal, t: &Tornado, w: f64, h: f64) -> String {
    let f = font(h);
    let mut svg = Svg::new(w, h);
    heading(
        &mut svg,
        "Sensitivity: NPV gain over no deal with each parameter at the ends of its range",
        deal,
        f,
    );
    let half = w / 2.0;
    for (k, (name, base, bars)) in [
        (&deal.host, t.host_base, &t.host),
        (&deal.entrant, t.entrant_base, &t.entrant),
    ]
    .into_iter()
    .enumerate()
    {
        let shown: Vec<&Bar> = bars.iter().filter(|b| b.width() > 1e-9).take(12).collect();
        let mut lo = base;
        let mut hi = base;
        for b in &shown {
            lo = lo.min(b.gain_at_low).min(b.gain_at_high);
            hi = hi.max(b.gain_at_low).max(b.gain_at_high);
        }
        let span = (hi - lo).max(1e-6);
        let label_w = f * 11.5;
        let axes = Axes {
            left: half * k as f64 + label_w + f * 0.5,
            top: f * 5.5,
            width: half - label_w - f * 2.0,
            height: h - f * 9.5,
            x: (lo - 0.05 * span, hi + 0.05 * span),
            y: (0.0, shown.len().max(1) as f64),
        };
        let color = if k == 0 { p::HOST } else { p::ENTRANT };
        svg.text(
            half * k as f64 + f * 1.2,
            f * 4.5,
            &format!("{name}: gain {base:+.2} US$ B"),
            f * 0.9,
            Anchor::Start,
            true,
            color,
        );
        let xt: Vec<(f64, String)> = value_ticks(axes.x.0, axes.x.1);
        axes.draw(&mut svg, f * 0.75, "NPV gain, US$ B", "", &xt, &[]);
        svg.line(
            axes.px(base),
            axes.top,
            axes.px(base),
            axes.top + axes.height,
            INK,
            1.5,
            None,
        );
        let row = axes.height / shown.len().max(1) as f64;
        for (i, b) in shown.iter().enumerate() {
            let y = axes.top + row * i as f64;
            let bar = |svg: &mut Svg, v: f64, dy: f64, c: Rgb| {
                let (x0, x1) = (axes.px(base.min(v)), axes.px(base.max(v)));
                svg.rect(x0, y + dy, (x1 - x0).max(1.0), row * 0.36, c);
            };
            // Coloured by the sign of the effect, as in the window.
            let effect = |v: f64| if v >= base { p::RAISES } else { p::LOWERS };
            bar(&mut svg, b.gain_at_low, row * 0.1, effect(b.gain_at_low));
            bar(&mut svg, b.gain_at_high, row * 0.5, effect(b.gain_at_high));
            let s = b.key.spec();
            let mut label = s.label.to_string();
            if !b.monotone {
                label.push_str(" *");
            }
            svg.text(
                axes.left - f * 0.4,
                y + row * 0.6,
                &label,
                f * 0.7,
                Anchor::End,
                false,
                INK,
            );
        }
    }
    svg.text(
        f * 1.2,
        h - f * 0.8,
        "Purple: raises the gain; orange: lowers it. Upper bar: the low end of the slider range; lower bar: the high end. * not monotone: the middle does better or worse than both ends.",
        f * 0.7,
        Anchor::Start,
        false,
        MUTED,
    );
    svg.finish()
}

/// Monte Carlo fan charts of both partners' cumulative profit.
pub fn fan(deal: &Deal, b: &Bands, w: f64, h: f64) -> String {
    let f = font(h);
    let mut svg = Svg::new(w, h);
    heading(
        &mut svg,
        &format!(
            "Monte Carlo: cumulative profit over {} draws (seed {})",
            b.draws, b.seed
        ),
        deal,
        f,
    );
    let years: Vec<f64> = b.years.iter().map(|&y| f64::from(y)).collect();
    let n = years.len();
    let half = w / 2.0;
    for (k, (name, pb, color)) in [
        (&deal.host, &b.host, p::HOST),
        (&deal.entrant, &b.entrant, p::ENTRANT),
    ]
    .into_iter()
    .enumerate()
    {
        let (lo, hi) = range_of(&[&pb.p5, &pb.p95, &pb.no_deal_p50]);
        let (lo, hi) = padded(lo, hi);
        let axes = Axes {
            left: half * k as f64 + f * 5.5,
            top: f * 5.5,
            width: half - f * 7.0,
            height: h - f * 9.5,
            x: (years[0] - 0.3, years[n - 1] + 0.3),
            y: (lo, hi),
        };
        svg.text(
            half * k as f64 + f * 1.2,
            f * 4.5,
            &format!(
                "{name}: gains over no deal in {:.0} % of draws",
                pb.p_gain * 100.0
            ),
            f * 0.9,
            Anchor::Start,
            true,
            color,
        );
        axes.draw(
            &mut svg,
            f * 0.8,
            "year",
            "cumulative profit, US$ B",
            &year_ticks(years[0], years[n - 1]),
            &value_ticks(lo, hi),
        );
        band(&mut svg, &axes, &years, pb, color);
        svg.polyline(&path(&axes, &years, &pb.p50), color, f * 0.2, None);
        svg.polyline(
            &path(&axes, &years, &pb.no_deal_p50),
            color,
            f * 0.12,
            Some("8 5"),
        );
        legend(
            &mut svg,
            axes.left + f * 0.5,
            axes.top + f * 0.5,
            f * 0.7,
            &[
                (color, false, "median, deal (bands: 25–75 %, 5–95 %)".into()),
                (color, true, "median, no deal".into()),
            ],
        );
    }
    svg.finish()
}

fn band(svg: &mut Svg, axes: &Axes, years: &[f64], pb: &PartnerBands, color: Rgb) {
    for (lo, hi, opacity) in [(&pb.p5, &pb.p95, 0.18), (&pb.p25, &pb.p75, 0.4)] {
        let mut pts = path(axes, years, hi);
        pts.extend(path(axes, years, lo).into_iter().rev());
        svg.polygon(&pts, color, opacity);
    }
}
