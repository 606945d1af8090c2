//! Why a parameter value or a `KEY=VALUE` assignment was refused. The messages are the ones the
//! window shows beside a number field, deal-file errors quote and the CLI prints after
//! `--set:`.

/// A refused value. File-unit checks (`ParamSpec::check`) do not repeat the key, since callers
/// say where the value came from; parsing names it; screen-unit errors speak in the units on
/// screen.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ParamError {
    #[error("must be a finite number, not {0}")]
    NotFinite(f64),
    #[error("must be a whole number, not {0}")]
    NotWhole(f64),
    /// The value in file syntax and the valid range as text.
    #[error("{value} is outside the valid range {range}")]
    OutOfRange { value: String, range: String },

    #[error("`{key}` is a switch: write true or false, not `{text}`")]
    NotASwitch { key: &'static str, text: String },
    #[error("`{key}` takes a whole number in {range}, not `{text}`")]
    NotACount {
        key: &'static str,
        range: String,
        text: String,
    },
    #[error("`{key}` takes a number in {range} (fractions, e.g. 0.51 for 51 %), not `{text}`")]
    NotANumber {
        key: &'static str,
        range: String,
        text: String,
    },
    /// A parsed value that `check` refused, with the key.
    #[error("`{key}`: {source}")]
    Invalid {
        key: &'static str,
        source: Box<ParamError>,
    },

    /// A number field left empty.
    #[error("type a number")]
    Empty,
    /// What was typed into a number field.
    #[error("“{0}” is not a number")]
    NotNumeric(String),
    #[error("{label} takes a whole number, not {shown}")]
    NotWholeOnScreen { label: &'static str, shown: f64 },
    /// The value and the valid range as shown on screen.
    #[error("{value} is outside the valid range, {range}")]
    OutOfRangeOnScreen { value: String, range: String },

    #[error("`{0}` is not KEY=VALUE (e.g. host_stake=0.51); `jvsim params` lists the keys")]
    NotAnAssignment(String),
    /// A key no parameter has, and the nearest one if it looks like a typo.
    #[error("unknown parameter `{name}`{}", suggest(*.suggestion))]
    UnknownKey {
        name: String,
        suggestion: Option<&'static str>,
    },
}

fn suggest(suggestion: Option<&str>) -> String {
    match suggestion {
        Some(best) => format!(" (did you mean `{best}`?)"),
        None => "; `jvsim params` lists the keys".to_string(),
    }
}
