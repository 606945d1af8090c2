//! The one declaration of every model parameter.
//!
//! Each entry in the `params!` invocation below is the whole truth about a parameter: its key
//! (the field name in deal files and `--set`), type, group, symbol, label, unit, display scale,
//! default, slider range, validity range, whether Monte Carlo may vary it, whether it only matters
//! when the joint venture exists, whether it is a modelling choice, help text and source. Validation, the deal file, the CLI,
//! `jvsim params`, the docs test and later the sliders all read this table, so adding a
//! parameter is one entry here plus its use in the model.

use std::fmt;

pub use super::param_error::ParamError;

mod spec;

pub use spec::{Group, Kind, ParamSpec, Scale, display_number, fmt_raw};

/// Conversion between a parameter's Rust type and the table's common `f64` currency.
pub trait ParamValue: Copy {
    fn to_f64(self) -> f64;
    fn from_f64(v: f64) -> Self;
}

impl ParamValue for f64 {
    fn to_f64(self) -> f64 {
        self
    }
    fn from_f64(v: f64) -> Self {
        v
    }
}

impl ParamValue for u32 {
    fn to_f64(self) -> f64 {
        f64::from(self)
    }
    fn from_f64(v: f64) -> Self {
        v as u32
    }
}

impl ParamValue for bool {
    fn to_f64(self) -> f64 {
        if self { 1.0 } else { 0.0 }
    }
    fn from_f64(v: f64) -> Self {
        v != 0.0
    }
}

macro_rules! kind_of {
    (f64) => {
        Kind::Real
    };
    (u32) => {
        Kind::Count
    };
    (bool) => {
        Kind::Switch
    };
}

macro_rules! params {
    ($(
        $key:ident : $ty:ident {
            group: $group:ident,
            symbol: $symbol:expr,
            label: $label:expr,
            unit: $unit:expr,
            scale: $scale:ident,
            default: $default:expr,
            slider: ($slo:expr, $shi:expr),
            valid: ($vlo:expr, $vhi:expr),
            uncertain: $unc:expr,
            deal_only: $deal_only:expr,
            choice: $choice:expr,
            help: $help:expr,
            source: $source:expr $(,)?
        }
    ),* $(,)?) => {
        /// Every model input, in file units.
        #[derive(Clone, Copy, Debug, PartialEq)]
        pub struct Params {
            $( pub $key: $ty, )*
        }

        /// Names one parameter; `Key::ALL` is in table order.
        #[allow(non_camel_case_types)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Key {
            $( $key, )*
        }

        /// The parameter table, in the order of `Key`.
        pub static SPECS: &[ParamSpec] = &[
            $( ParamSpec {
                key: stringify!($key),
                kind: kind_of!($ty),
                group: Group::$group,
                symbol: $symbol,
                label: $label,
                unit: $unit,
                scale: Scale::$scale,
                default: ($default) as f64,
                slider: (($slo) as f64, ($shi) as f64),
                valid: (($vlo) as f64, ($vhi) as f64),
                uncertain: $unc,
                deal_only: $deal_only,
                choice: $choice,
                help: $help,
                source: $source,
            }, )*
        ];

        impl Key {
            pub const ALL: &'static [Key] = &[ $( Key::$key, )* ];
        }

        impl Default for Params {
            fn default() -> Self {
                Params { $( $key: <$ty as ParamValue>::from_f64(($default) as f64), )* }
            }
        }

        impl Params {
            /// The value in file units as `f64` (switches 0/1, counts whole).
            pub fn get(&self, key: Key) -> f64 {
                match key { $( Key::$key => ParamValue::to_f64(self.$key), )* }
            }

            /// Sets a value in file units; the caller validates (see `ParamSpec::check`).
            pub fn set(&mut self, key: Key, v: f64) {
                match key { $( Key::$key => self.$key = <$ty as ParamValue>::from_f64(v), )* }
            }
        }
    };
}

impl Key {
    pub fn spec(self) -> &'static ParamSpec {
        &SPECS[self as usize]
    }

    pub fn name(self) -> &'static str {
        self.spec().key
    }

    pub fn from_name(name: &str) -> Option<Key> {
        Key::ALL.iter().copied().find(|k| k.name() == name)
    }
}

/// A key serializes as its name, as in deal files and `--set`.
impl serde::Serialize for Key {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Params {
    /// Checks every value against its declaration, then the constraints between parameters;
    /// the first problem wins.
    pub fn validate(&self) -> Result<(), (Key, String)> {
        for &k in Key::ALL {
            k.spec()
                .check(self.get(k))
                .map_err(|e| (k, e.to_string()))?;
        }
        self.cross_check()
    }

    /// Constraints between parameters that single ranges cannot express.
    pub fn cross_check(&self) -> Result<(), (Key, String)> {
        let shares =
            self.host_sales0 / self.market_size + self.others_share0 + self.entrant_free_share;
        if shares >= 0.9 {
            return Err((
                Key::host_sales0,
                format!(
                    "host EV sales / market size + other makers' share + entrant share at zero \
                     tariff = {:.1} % of the market; it must stay below 90 % (the rest buys \
                     combustion cars)",
                    shares * 100.0
                ),
            ));
        }
        let abroad = self.entrant_share_abroad0() + self.host_third_share0;
        // Written so that NaN fails too.
        if abroad.partial_cmp(&0.9) != Some(std::cmp::Ordering::Less) {
            return Err((
                Key::entrant_profit_abroad0,
                format!(
                    "the entrant's base-year profit abroad is {:.1} % of the contested pool, with \
                     the host's {:.1} %; together they must stay below 90 % (the rivals hold the \
                     rest)",
                    self.entrant_share_abroad0() * 100.0,
                    self.host_third_share0 * 100.0
                ),
            ));
        }
        Ok(())
    }

    /// The entrant's base-year share of the contested pool abroad, from its profit there.
    pub fn entrant_share_abroad0(&self) -> f64 {
        self.entrant_profit_abroad0 / self.third_market_pool
    }

    /// Keys whose value differs from the default.
    pub fn changed_from_default(&self) -> impl Iterator<Item = Key> + '_ {
        let d = Params::default();
        Key::ALL
            .iter()
            .copied()
            .filter(move |&k| self.get(k).to_bits() != d.get(k).to_bits())
    }

    /// The inputs the no-deal baseline depends on: deal-only parameters reset to their defaults,
    /// so two parameter sets with equal keys share one baseline.
    pub fn baseline_key(&self) -> Params {
        let mut p = *self;
        for &k in Key::ALL {
            if k.spec().deal_only {
                p.set(k, k.spec().default);
            }
        }
        p
    }

    /// Parses `KEY=VALUE` (file units) and applies it.
    pub fn apply_assignment(&mut self, text: &str) -> Result<Key, ParamError> {
        let Some((k, v)) = text.split_once('=') else {
            return Err(ParamError::NotAnAssignment(text.to_string()));
        };
        let k = k.trim();
        let key = Key::from_name(k).ok_or_else(|| ParamError::UnknownKey {
            name: k.to_string(),
            suggestion: closest(k, SPECS.iter().map(|s| s.key)),
        })?;
        let v = key.spec().parse(v)?;
        self.set(key, v);
        Ok(key)
    }
}

/// The candidate nearest to `name` by edit distance, if near enough to be a plausible typo.
pub fn closest<'a>(name: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (name.chars().count() / 3).clamp(1, 4);
    candidates
        .map(|c| (strsim::levenshtein(name, c), c))
        .filter(|&(d, _)| d <= limit)
        .min_by_key(|&(d, _)| d)
        .map(|(_, c)| c)
}

include!("table.rs");
