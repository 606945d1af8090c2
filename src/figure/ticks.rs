//! Where axes are marked and how the marks read. Painters space them for their own room (in
//! points on screen, pixels in a file) with these rules, so labels read the same everywhere.

use super::types::Ticks;
use crate::core::analysis::{multiples, nice_step};

/// Room a year label needs from the next one, and a value label from the next one, in points
/// at the window's body text size.
pub const YEAR_LABEL_ROOM: f64 = 50.0;
pub const VALUE_LABEL_ROOM: f64 = 36.0;

/// The step between labelled years: 1, 2, 5, 10, 20 or 50, the smallest whose labels are
/// `room` apart when a year takes `per_year` (both in the painter's units).
pub fn year_step(per_year: f64, room: f64) -> i64 {
    [1_i64, 2, 5, 10, 20, 50]
        .into_iter()
        .find(|&s| s as f64 * per_year >= room)
        .unwrap_or(100)
}

/// A round step at least `min_step`: 1, 2 or 5 times a power of ten (2.5 would need a decimal
/// more than its neighbours).
pub fn value_step(min_step: f64) -> f64 {
    nice_step(min_step, &[1.0, 2.0, 5.0])
}

/// A year: whole years only.
pub fn year_label(v: f64) -> String {
    if v.fract().abs() < 1e-9 {
        format!("{}", v as i64)
    } else {
        String::new()
    }
}

/// A value with as many decimals as its step needs ("0.5, 1.0, 1.5") and a real minus sign.
pub fn value_label(value: f64, step: f64) -> String {
    let decimals = (-step.log10() - 1e-9).ceil().max(0.0) as usize;
    let text = format!("{:.*}", decimals, value);
    match text.strip_prefix('-') {
        Some(rest) if rest.chars().any(|c| c != '0' && c != '.') => format!("−{rest}"),
        Some(rest) => rest.to_string(),
        None => text,
    }
}

/// "+10", "−2.5", "0": a signed value without needless decimals.
pub fn signed_label(v: f64) -> String {
    if v.abs() < 1e-9 {
        return "0".to_string();
    }
    let digits = crate::core::params::display_number((v.abs() * 1000.0).round() / 1000.0);
    format!("{}{digits}", if v < 0.0 { "−" } else { "+" })
}

/// "50 %" for 0.5, on the 0 to 1 axes of the deal map; nothing outside them.
pub fn percent_label(v: f64) -> String {
    if (-0.001..=1.001).contains(&v) {
        format!("{:.0} %", v * 100.0)
    } else {
        String::new()
    }
}

/// The labelled marks of an axis over `lo..=hi` for a painter whose axis is `length` long (in
/// its units) and whose labels need `scale` times the rooms above (1 on screen).
pub fn marks(ticks: Ticks, lo: f64, hi: f64, length: f64, scale: f64) -> Vec<(f64, String)> {
    if !(lo.is_finite() && hi.is_finite()) || hi <= lo || length <= 0.0 {
        return Vec::new();
    }
    let per_unit = length / (hi - lo);
    match ticks {
        Ticks::Years => {
            let step = year_step(per_unit, YEAR_LABEL_ROOM * scale) as f64;
            multiples(lo, hi, step)
                .into_iter()
                .map(|v| (v, year_label(v)))
                .collect()
        }
        Ticks::Values | Ticks::Signed => {
            let step = value_step(VALUE_LABEL_ROOM * scale / per_unit);
            multiples(lo, hi, step)
                .into_iter()
                .map(|v| {
                    let label = if ticks == Ticks::Signed {
                        signed_label(v)
                    } else {
                        value_label(v, step)
                    };
                    (v, label)
                })
                .collect()
        }
        Ticks::Percent => {
            // Every 10 % where there is room for the labels, else every quarter.
            let step = if 0.1 * per_unit >= VALUE_LABEL_ROOM * scale {
                0.1
            } else {
                0.25
            };
            multiples(lo, hi, step)
                .into_iter()
                .map(|v| (v, percent_label(v)))
                .collect()
        }
        Ticks::None => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_read_the_same_everywhere() {
        assert_eq!(value_label(0.5, 0.5), "0.5");
        assert_eq!(value_label(1.0, 0.5), "1.0");
        assert_eq!(value_label(-5.0, 5.0), "−5");
        assert_eq!(value_label(-0.0, 5.0), "0");
        assert_eq!(signed_label(10.0), "+10");
        assert_eq!(signed_label(-2.5), "−2.5");
        assert_eq!(percent_label(0.5), "50 %");
        assert_eq!(year_step(36.0, YEAR_LABEL_ROOM), 2);
        assert_eq!(year_step(90.0, YEAR_LABEL_ROOM), 1);
        let years = marks(Ticks::Years, 2026.0, 2037.0, 1100.0, 1.0);
        assert_eq!(years.len(), 12);
        assert_eq!(years[0], (2026.0, "2026".to_string()));
    }
}
