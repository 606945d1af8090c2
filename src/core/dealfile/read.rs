//! Reading a deal: each field checked as it arrives (type, range, retired names, typos), so
//! every problem names its line and field.

use std::cell::RefCell;
use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};

use super::{Deal, DealFileError, FORMAT_VERSION, line_col, ron_error, strip_comments};
use crate::core::params::{Key, Kind, Params, SPECS, closest, fmt_raw};

/// How an old value becomes the parameter that replaced it, given the file's other parameters.
type Convert = fn(f64, &Params) -> f64;

/// A field older formats had that is no longer a parameter.
struct Retired {
    key: &'static str,
    /// The last format version that had it; a file of that version or older may hold it.
    last: u32,
    why: &'static str,
    /// The parameter that took its place and how to carry an old value over, given the rest
    /// of the file's parameters; `None` when the value is read and left unused.
    becomes: Option<(Key, Convert)>,
}

const RETIRED: [Retired; 2] = [
    Retired {
        key: "host_fixed_cost",
        last: 2,
        why: "the host's EV fixed cost is now derived from `host_ev_result0`",
        becomes: None,
    },
    Retired {
        key: "entrant_third_share0",
        last: 3,
        why: "the entrant's base-year share of the pool abroad is now derived from \
              `entrant_profit_abroad0`",
        // The same base-year profit: share times pool.
        becomes: Some((Key::entrant_profit_abroad0, |share, p| {
            share * p.third_market_pool
        })),
    },
];

/// The fields every deal has besides the parameters.
const META_FIELDS: [&str; 5] = ["version", "name", "host", "entrant", "notes"];

/// Parses deal-file text; `name` labels errors.
pub fn parse_str(text: &str, name: &str) -> Result<Deal, DealFileError> {
    // A byte-order mark left in text handed over directly (the file readers skip it).
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    // Check the version first, so a newer file's new fields are reported as "made by a newer
    // jvsim" rather than as unknown fields.
    if let Ok(VersionProbe { version: v }) = ron::from_str::<VersionProbe>(text)
        && v > FORMAT_VERSION
    {
        return Err(DealFileError {
            file: name.to_string(),
            position: text.find("version").map(|at| line_col(text, at)),
            field: Some("version".into()),
            message: format!(
                "the file is version {v}, made by a newer jvsim; this build reads versions up to \
                 {FORMAT_VERSION}. Update jvsim to open it."
            ),
        });
    }
    let last_field = RefCell::new(None::<String>);
    let mut de = match ron::Deserializer::from_str(text) {
        Ok(de) => de,
        Err(e) => return Err(ron_error(name, e, None)),
    };
    let result = de
        .deserialize_struct(
            "Deal",
            &[],
            DealVisitor {
                last_field: &last_field,
            },
        )
        .and_then(|deal| de.end().map(|()| deal));
    match result {
        Ok(RawDeal {
            deal,
            has_version: true,
        }) => Ok(deal),
        Ok(RawDeal {
            has_version: false, ..
        }) => Err(DealFileError {
            file: name.to_string(),
            position: None,
            field: Some("version".into()),
            message: format!(
                "missing; a deal file starts with `version: {FORMAT_VERSION},` inside `Deal(…)`"
            ),
        }),
        Err(e) => {
            let unclosed = matches!(e, ron::Error::Eof | ron::Error::ExpectedComma)
                && !strip_comments(text).trim_end().ends_with(')');
            let mut err = ron_error(name, de.span_error(e), last_field.into_inner());
            if unclosed {
                err.message = "the file ends before `Deal(` is closed; is a `)` missing?".into();
            }
            Err(err)
        }
    }
}

#[derive(serde::Deserialize)]
#[serde(rename = "Deal")]
struct VersionProbe {
    #[serde(default)]
    version: u32,
}

/// The deal read, and whether the file had a `version` (checked after reading).
pub(crate) struct RawDeal {
    pub(crate) deal: Deal,
    pub(crate) has_version: bool,
}

pub(crate) struct DealVisitor<'a> {
    pub(crate) last_field: &'a RefCell<Option<String>>,
}

/// A struct field name as ron hands it over.
pub(crate) struct FieldName(pub(crate) String);

impl<'de> serde::Deserialize<'de> for FieldName {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = FieldName;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a field name")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<FieldName, E> {
                Ok(FieldName(v.to_string()))
            }
        }
        d.deserialize_identifier(V)
    }
}

pub(crate) fn field_error<E: de::Error>(field: &str, msg: impl fmt::Display) -> E {
    E::custom(format!("\u{1}{field}\u{1}{msg}"))
}

impl<'de> Visitor<'de> for DealVisitor<'_> {
    type Value = RawDeal;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a jvsim deal: Deal( version: …, name: …, … )")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawDeal, A::Error> {
        let mut deal = Deal {
            name: "Untitled deal".into(),
            host: "Host".into(),
            entrant: "Entrant".into(),
            notes: String::new(),
            params: Params::default(),
        };
        let mut version = None;
        let mut seen_meta = [false; META_FIELDS.len()];
        let mut seen_param = vec![false; SPECS.len()];
        let mut carried = Vec::new();
        while let Some(FieldName(field)) = map.next_key::<FieldName>()? {
            *self.last_field.borrow_mut() = Some(field.clone());
            let duplicate = || field_error(&field, "appears twice; keep one");
            if let Some(i) = META_FIELDS.iter().position(|m| *m == field) {
                if std::mem::replace(&mut seen_meta[i], true) {
                    return Err(duplicate());
                }
                if i == 0 {
                    let v: u32 = map.next_value().map_err(|e| {
                        field_error(&field, format!("expected a whole number: {e}"))
                    })?;
                    if v == 0 {
                        return Err(field_error(&field, "must be 1 or more"));
                    }
                    version = Some(v);
                } else {
                    let s: String = map
                        .next_value()
                        .map_err(|e| field_error(&field, format!("expected a \"string\": {e}")))?;
                    match i {
                        1 => deal.name = s,
                        2 => deal.host = s,
                        3 => deal.entrant = s,
                        _ => deal.notes = s,
                    }
                }
            } else if let Some(key) = Key::from_name(&field) {
                if std::mem::replace(&mut seen_param[key as usize], true) {
                    return Err(duplicate());
                }
                let spec = key.spec();
                let v = match spec.kind {
                    Kind::Real => map.next_value::<f64>().map_err(|e| {
                        field_error(&field, format!("expected a number like 0.51: {e}"))
                    })?,
                    // Read as a number so `12.5` is reported as "not whole" rather than as a
                    // syntax error after `12`; `check` below rejects fractions.
                    Kind::Count => map.next_value::<f64>().map_err(|e| {
                        field_error(&field, format!("expected a whole number: {e}"))
                    })?,
                    Kind::Switch => {
                        if map.next_value::<bool>().map_err(|e| {
                            field_error(&field, format!("expected true or false: {e}"))
                        })? {
                            1.0
                        } else {
                            0.0
                        }
                    }
                };
                spec.check(v).map_err(|m| field_error(&field, m))?;
                deal.params.set(key, v);
            } else if let Some(r) = RETIRED.iter().find(|r| r.key == field) {
                if version.is_some_and(|v| v > r.last) {
                    return Err(field_error(
                        &field,
                        format!(
                            "is no longer a parameter since format {}: {}",
                            r.last + 1,
                            r.why
                        ),
                    ));
                }
                let v = map.next_value::<f64>().map_err(|e| {
                    field_error(&field, format!("expected a number like 0.51: {e}"))
                })?;
                if let Some(becomes) = r.becomes {
                    carried.push((field.clone(), becomes, v));
                }
            } else {
                let all = META_FIELDS
                    .iter()
                    .copied()
                    .chain(SPECS.iter().map(|s| s.key));
                let hint = match closest(&field, all) {
                    Some(best) => format!("unknown field; did you mean `{best}`?"),
                    None => "unknown field; `jvsim params` lists the parameter keys".to_string(),
                };
                return Err(field_error(&field, hint));
            }
        }
        // Old values carried over once every parameter they depend on has been read; a value
        // the file sets itself wins.
        for (field, (key, convert), old) in carried {
            if !seen_param[key as usize] {
                let v = convert(old, &deal.params);
                key.spec().check(v).map_err(|m| {
                    field_error(
                        &field,
                        format!("gives {key} = {}, which {m}", fmt_raw(key.spec().kind, v)),
                    )
                })?;
                deal.params.set(key, v);
            }
        }
        if let Err((key, msg)) = deal.params.cross_check() {
            return Err(field_error(key.name(), msg));
        }
        Ok(RawDeal {
            deal,
            has_version: version.is_some(),
        })
    }
}
