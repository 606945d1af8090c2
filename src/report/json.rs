//! What every JSON report shares: one printer, and parameter values typed by their kind.

use serde::Serialize;

use crate::core::params::{Key, Kind};

/// Pretty JSON with a final newline. It goes through `serde_json::Value`, whose objects keep
/// their keys sorted, so the keys come out in the alphabetical order the CLI has always printed
/// whatever order a view declares them in.
pub fn pretty<T: Serialize + ?Sized>(view: &T) -> String {
    let mut s = serde_json::to_value(view)
        .and_then(|v| serde_json::to_string_pretty(&v))
        .unwrap_or_default();
    s.push('\n');
    s
}

/// A parameter value as JSON: `true`/`false` for a switch, a whole number for a count, a number
/// for a real, as in deal files.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum ParamValue {
    Switch(bool),
    Count(u64),
    Real(f64),
}

impl ParamValue {
    /// `v` in file units.
    pub fn of(key: Key, v: f64) -> ParamValue {
        match key.spec().kind {
            Kind::Switch => ParamValue::Switch(v != 0.0),
            Kind::Count => ParamValue::Count(v as u64),
            Kind::Real => ParamValue::Real(v),
        }
    }
}
