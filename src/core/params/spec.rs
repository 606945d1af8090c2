//! What is declared about a parameter (its kind, group, scale, ranges, help and source) and how
//! its values are shown, parsed and checked: the vocabulary the table in `table.rs` is written in.

use super::ParamError;

/// What kind of value a parameter holds; decides how it is written, parsed and validated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A real number (fractions, money, indices).
    Real,
    /// A whole number (years, counts).
    Count,
    /// On or off.
    Switch,
}

/// How a value is shown to people. Files always hold the raw value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scale {
    /// Shown as is.
    Plain,
    /// A fraction shown as a percentage (0.51 → 51 %).
    Percent,
}

impl Scale {
    pub fn factor(self) -> f64 {
        match self {
            Scale::Plain => 1.0,
            Scale::Percent => 100.0,
        }
    }
}

/// The panel a parameter belongs to, in display order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Group {
    DealTerms,
    Tariffs,
    Market,
    Technology,
    Costs,
    /// The two governments' rules: approval, the connected-vehicle rule, credits.
    Policy,
    Finance,
    /// Settings of the analyses (bargaining, Monte Carlo), not of the economy.
    Analysis,
    /// What the host country counts: jobs, and how consumers value the JV's product.
    Nation,
}

impl Group {
    pub const ALL: [Group; 9] = [
        Group::DealTerms,
        Group::Tariffs,
        Group::Market,
        Group::Technology,
        Group::Costs,
        Group::Policy,
        Group::Finance,
        Group::Nation,
        Group::Analysis,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Group::DealTerms => "Deal terms",
            Group::Tariffs => "Tariffs",
            Group::Market => "Market",
            Group::Technology => "Technology",
            Group::Costs => "Costs",
            Group::Finance => "Finance",
            Group::Policy => "Policy",
            Group::Analysis => "Analysis",
            Group::Nation => "National view",
        }
    }
}

/// Everything declared about one parameter.
#[derive(Clone, Copy, Debug)]
pub struct ParamSpec {
    pub key: &'static str,
    pub kind: Kind,
    pub group: Group,
    /// Symbol used in docs/MODEL.md.
    pub symbol: &'static str,
    pub label: &'static str,
    /// Unit of the displayed value (after `scale`).
    pub unit: &'static str,
    pub scale: Scale,
    pub default: f64,
    pub slider: (f64, f64),
    /// Inclusive range a file or `--set` may hold.
    pub valid: (f64, f64),
    /// Monte Carlo may draw it over its slider range.
    pub uncertain: bool,
    /// Only the deal run reads it, so the no-deal baseline does not depend on it.
    pub deal_only: bool,
    /// A modelling or analysis choice (the horizon, the first year, Monte Carlo settings), not
    /// an uncertainty or a term: the tornado leaves it out.
    pub choice: bool,
    pub help: &'static str,
    pub source: &'static str,
}

impl ParamSpec {
    /// Checks a raw (file-unit) value against kind and validity range. The message does not
    /// repeat the key: callers say where the value came from.
    pub fn check(&self, v: f64) -> Result<(), ParamError> {
        if !v.is_finite() {
            return Err(ParamError::NotFinite(v));
        }
        if self.kind != Kind::Real && v.fract() != 0.0 {
            return Err(ParamError::NotWhole(v));
        }
        if v < self.valid.0 || v > self.valid.1 {
            return Err(ParamError::OutOfRange {
                value: fmt_raw(self.kind, v),
                range: self.valid_range_text(),
            });
        }
        Ok(())
    }

    /// "0 to 1 (0 % to 100 %)" style text for messages and docs.
    pub fn valid_range_text(&self) -> String {
        range_text(self, self.valid)
    }

    pub fn slider_range_text(&self) -> String {
        range_text(self, self.slider)
    }

    /// Parses a value as written in files and on the command line (file units).
    pub fn parse(&self, text: &str) -> Result<f64, ParamError> {
        let t = text.trim();
        let v = match self.kind {
            Kind::Switch => match t {
                "true" => 1.0,
                "false" => 0.0,
                _ => {
                    return Err(ParamError::NotASwitch {
                        key: self.key,
                        text: t.to_string(),
                    });
                }
            },
            Kind::Count => t
                .parse::<u32>()
                .map(f64::from)
                .map_err(|_| ParamError::NotACount {
                    key: self.key,
                    range: self.valid_range_text(),
                    text: t.to_string(),
                })?,
            Kind::Real => t.parse::<f64>().map_err(|_| ParamError::NotANumber {
                key: self.key,
                range: self.valid_range_text(),
                text: t.to_string(),
            })?,
        };
        self.check(v).map_err(|e| ParamError::Invalid {
            key: self.key,
            source: Box::new(e),
        })?;
        Ok(v)
    }

    /// Reads a value as a person types it into a number field, in display units ("127.5",
    /// "127,5 %", "−5", "16 M vehicles/yr"), and returns it in file units. A decimal comma is a
    /// decimal point; spaces and the unit are ignored. The error says what was wrong in the
    /// units on screen, so it can be shown next to the field.
    pub fn parse_display(&self, text: &str) -> Result<f64, ParamError> {
        let typed = text.trim();
        let mut t = typed.to_string();
        for unit in [self.unit, "%"] {
            if !unit.is_empty()
                && let Some(rest) = t.trim_end().strip_suffix(unit)
            {
                t = rest.to_string();
            }
        }
        let mut t: String = t
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '\u{202f}')
            .map(|c| if c == '−' { '-' } else { c })
            .collect();
        // One comma and no point: a decimal comma ("1,5"). With a point as well, or in a whole
        // number, commas group thousands ("1,234.5", "5,000 draws").
        if t.contains('.') || self.kind == Kind::Count {
            t.retain(|c| c != ',');
        } else if t.matches(',').count() == 1 {
            t = t.replace(',', ".");
        }
        if t.is_empty() {
            return Err(ParamError::Empty);
        }
        let shown: f64 = match t.parse() {
            Ok(v) if f64::is_finite(v) => v,
            _ => return Err(ParamError::NotNumeric(typed.to_string())),
        };
        // `+ 0.0` turns a typed "-0" into 0, which is what the user means.
        let raw = self.from_display(shown) + 0.0;
        if self.kind != Kind::Real && raw.fract() != 0.0 {
            return Err(ParamError::NotWholeOnScreen {
                label: self.label,
                shown,
            });
        }
        let (lo, hi) = self.valid;
        if raw < lo || raw > hi {
            return Err(ParamError::OutOfRangeOnScreen {
                value: true_minus(&self.format_display(raw)),
                range: self.valid_display_text(),
            });
        }
        Ok(raw)
    }

    /// The valid range in the units on screen: "0 % to 500 %", "1 to 40 years".
    pub fn valid_display_text(&self) -> String {
        let (lo, hi) = self.valid;
        match self.kind {
            Kind::Switch => "on or off".to_string(),
            _ => true_minus(&format!(
                "{} to {}",
                self.format_display(lo),
                self.format_display(hi)
            )),
        }
    }

    /// The slider's range in the units on screen.
    pub fn slider_display_text(&self) -> String {
        let (lo, hi) = self.slider;
        format!("{} to {}", self.format_display(lo), self.format_display(hi))
    }

    /// The value at quantile `u` ∈ [0, 1) of the parameter's uncertainty around its value as set,
    /// `at`: uniform from the slider's low end to `at` for u < ½, from `at` to the high end above.
    /// The value as set is the median, so a Monte Carlo run is centred on the deal as set even
    /// where it is not the middle of the slider. A value outside the slider's range is held as
    /// set: the range describes the uncertainty around the defaults, not around a value set far
    /// from them (the mirror preset's Chinese market of 1997, say).
    pub fn quantile(&self, u: f64, at: f64) -> f64 {
        let (lo, hi) = self.slider;
        if self.off_slider(at) {
            return at;
        }
        let v = if u < 0.5 {
            lo + 2.0 * u * (at - lo)
        } else {
            at + (2.0 * u - 1.0) * (hi - at)
        };
        match self.kind {
            Kind::Real => v,
            _ => v.round().clamp(lo, hi),
        }
    }

    /// Whether a valid value lies beyond the slider's ends (a slider can show only its range).
    pub fn off_slider(&self, raw: f64) -> bool {
        raw < self.slider.0 || raw > self.slider.1
    }

    /// Display value: raw times the scale factor.
    pub fn to_display(&self, raw: f64) -> f64 {
        raw * self.scale.factor()
    }

    pub fn from_display(&self, shown: f64) -> f64 {
        shown / self.scale.factor()
    }

    /// The value as people read it, e.g. "51 %", "127.5 %", "16 M vehicles/yr", "on".
    pub fn format_display(&self, raw: f64) -> String {
        match self.kind {
            Kind::Switch => (if raw != 0.0 { "on" } else { "off" }).to_string(),
            Kind::Count => format!("{}", raw as i64),
            Kind::Real => {
                let shown = round_sig(self.to_display(raw), 6);
                match self.scale {
                    Scale::Percent => format!("{shown} %"),
                    Scale::Plain if self.unit.is_empty() => format!("{shown}"),
                    Scale::Plain => format!("{shown} {}", self.unit),
                }
            }
        }
    }
}

fn range_text(spec: &ParamSpec, (lo, hi): (f64, f64)) -> String {
    match (spec.kind, spec.scale) {
        (Kind::Switch, _) => "true or false".to_string(),
        (Kind::Count, _) => format!("{} to {}", lo as i64, hi as i64),
        (Kind::Real, Scale::Percent) => format!(
            "{lo} to {hi} ({} % to {} %)",
            round_sig(lo * 100.0, 6),
            round_sig(hi * 100.0, 6)
        ),
        (Kind::Real, Scale::Plain) => format!("{lo} to {hi} {}", spec.unit),
    }
}

/// Text of a raw value in file syntax.
pub fn fmt_raw(kind: Kind, v: f64) -> String {
    match kind {
        Kind::Switch => (if v != 0.0 { "true" } else { "false" }).to_string(),
        Kind::Count => format!("{}", v as i64),
        // `{:?}` is Rust's shortest round-trip form and always keeps a `.0` or exponent, so the
        // value reads back bit-identical and stays visibly a real number in the file.
        Kind::Real => format!("{v:?}"),
    }
}

/// Screen text with a real minus sign (U+2212) for negative numbers, as the window shows them.
fn true_minus(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut prev = ' ';
    for c in text.chars() {
        if c == '-' && (prev == ' ' || prev == '(') {
            out.push('−');
        } else {
            out.push(c);
        }
        prev = c;
    }
    out
}

/// A number as typed and shown in a number field: whole numbers in full, others to six
/// significant digits, without trailing zeros.
pub fn display_number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{}", round_sig(v, 6))
    }
}

fn round_sig(v: f64, digits: i32) -> f64 {
    if v == 0.0 || !v.is_finite() {
        return v;
    }
    let mag = v.abs().log10().floor() as i32;
    let f = 10f64.powi(digits - 1 - mag);
    (v * f).round() / f
}
