//! The parameter table (`core::params::SPECS`) for people and machines: `jvsim params` as text,
//! JSON and the Markdown table of docs/MODEL.md.

use std::fmt::Write as _;

use serde::Serialize;

use super::json::pretty;
use crate::core::params::{Group, ParamSpec, SPECS, Scale, fmt_raw};

/// Every key with unit, default, ranges and help, by group.
pub fn text() -> String {
    let mut out = String::new();
    for g in Group::ALL {
        let _ = writeln!(out, "{}", g.title());
        for spec in SPECS.iter().filter(|s| s.group == g) {
            let unit = if spec.unit.is_empty() {
                String::new()
            } else {
                format!(" [{}]", spec.unit)
            };
            let _ = writeln!(
                out,
                "  {} = {}{}  — {}{}",
                spec.key,
                fmt_raw(spec.kind, spec.default),
                unit,
                spec.label,
                if spec.uncertain { " (uncertain)" } else { "" }
            );
            let _ = writeln!(
                out,
                "      slider {}; valid {}",
                spec.slider_range_text(),
                spec.valid_range_text()
            );
            let _ = writeln!(out, "      {}", spec.help);
            let _ = writeln!(out, "      Source: {}", spec.source);
        }
        out.push('\n');
    }
    out
}

#[derive(Serialize)]
struct SpecView {
    key: &'static str,
    kind: String,
    group: &'static str,
    symbol: &'static str,
    label: &'static str,
    unit: &'static str,
    display_scale: f64,
    default: f64,
    slider_min: f64,
    slider_max: f64,
    valid_min: f64,
    valid_max: f64,
    uncertain: bool,
    deal_only: bool,
    help: &'static str,
    source: &'static str,
}

impl SpecView {
    fn of(s: &ParamSpec) -> SpecView {
        SpecView {
            key: s.key,
            kind: format!("{:?}", s.kind).to_lowercase(),
            group: s.group.title(),
            symbol: s.symbol,
            label: s.label,
            unit: s.unit,
            display_scale: s.scale.factor(),
            default: s.default,
            slider_min: s.slider.0,
            slider_max: s.slider.1,
            valid_min: s.valid.0,
            valid_max: s.valid.1,
            uncertain: s.uncertain,
            deal_only: s.deal_only,
            help: s.help,
            source: s.source,
        }
    }
}

pub fn json() -> String {
    pretty(&SPECS.iter().map(SpecView::of).collect::<Vec<_>>())
}

/// The parameter table of docs/MODEL.md (a test keeps the two identical).
pub fn markdown() -> String {
    let mut out = String::new();
    for g in Group::ALL {
        let _ = writeln!(out, "\n#### {}\n", g.title());
        out.push_str(
            "| Symbol | Key | Meaning | Unit | Default | Slider | Valid | MC | Source |\n\
             |---|---|---|---|---|---|---|---|---|\n",
        );
        for s in SPECS.iter().filter(|s| s.group == g) {
            let unit = match s.scale {
                Scale::Percent => format!("{} (file: fraction)", s.unit),
                Scale::Plain => s.unit.to_string(),
            };
            let _ = writeln!(
                out,
                "| {} | `{}` | **{}.** {} | {} | {} | {} | {} | {} | {} |",
                s.symbol,
                s.key,
                s.label,
                s.help,
                unit,
                fmt_raw(s.kind, s.default),
                s.slider_range_text(),
                s.valid_range_text(),
                if s.uncertain { "yes" } else { "no" },
                s.source
            );
        }
    }
    out
}
