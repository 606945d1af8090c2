//! The tornado (`jvsim sensitivity`): each partner's NPV gain with each parameter at the ends of
//! its slider range. The text shows the bars every tornado shows (`sensitivity::shown`); the
//! JSON gives every bar.

use std::fmt::Write as _;

use serde::Serialize;

use super::json::pretty;
use crate::core::dealfile::Deal;
use crate::core::sensitivity::{Bar, Tornado, shown};

#[derive(Serialize)]
struct TornadoView<'a> {
    host_gain: f64,
    entrant_gain: f64,
    host: &'a [Bar],
    entrant: &'a [Bar],
}

pub fn json(t: &Tornado) -> String {
    pretty(&TornadoView {
        host_gain: t.host_base,
        entrant_gain: t.entrant_base,
        host: &t.host,
        entrant: &t.entrant,
    })
}

pub fn text(deal: &Deal, t: &Tornado) -> String {
    let mut out = String::new();
    for (name, base, bars) in [
        (&deal.host, t.host_base, &t.host),
        (&deal.entrant, t.entrant_base, &t.entrant),
    ] {
        let _ = writeln!(
            out,
            "{name}: NPV gain {base:+.2} US$ B; widest effects first"
        );
        // As in the window: the uncertain assumptions (what Monte Carlo draws) apart from the
        // terms, policy and base-year data, which are set rather than unknown.
        let (uncertain, held) = shown(bars);
        for (title, group) in [
            ("Uncertain assumptions", uncertain),
            ("Terms, policy and data held as set", held),
        ] {
            let _ = writeln!(out, "  {title}");
            let _ = writeln!(
                out,
                "    {:<44} {:>26}  {:>8} {:>8} {:>7}",
                "parameter", "low – high", "at low", "at high", "width"
            );
            for b in group {
                let s = b.key.spec();
                let _ = writeln!(
                    out,
                    "    {:<44} {:>26}  {:>8.2} {:>8.2} {:>7.2}{}",
                    s.label,
                    format!("{} – {}", s.format_display(b.low), s.format_display(b.high)),
                    b.gain_at_low,
                    b.gain_at_high,
                    b.width(),
                    if b.monotone { "" } else { "  not monotone" }
                );
            }
        }
        out.push('\n');
    }
    out
}
