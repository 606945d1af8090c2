//! Deal files: a versioned, readable RON struct with one named field per parameter.
//!
//! Loading is strict (every problem is reported with file, line, column and field) and saving is
//! atomic (temporary file beside the target, fsync, rename), so a crash mid-save leaves the old
//! file intact.

use std::cell::RefCell;
use std::fmt;
use std::fs;
use std::io::{self, Read, Write};
use std::path::Path;

use serde::de::{self, Deserializer, MapAccess, Visitor};

use super::params::{Key, Kind, Params, SPECS, Scale, closest, fmt_raw};

/// The format version this build writes and the newest it reads. Bump it whenever the format
/// gains or changes a field. Version 2 added `bargaining_power`, `mc_draws` and `mc_seed`;
/// version 3 the observed base-year calibration, third-market shares and capacity growth, and
/// retired `host_fixed_cost` (now derived from `host_ev_result0`); version 4 the rules (policy
/// group) and `entrant_profit_abroad0` in place of `entrant_third_share0`.
pub const FORMAT_VERSION: u32 = 4;

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

/// Largest deal file accepted (1 MiB); real deals are a few kilobytes.
pub const MAX_FILE_BYTES: u64 = 1 << 20;

/// The fields every deal has besides the parameters.
const META_FIELDS: [&str; 5] = ["version", "name", "host", "entrant", "notes"];

/// The presets in assets/presets, compiled into the binary: (file name, text). The first is the
/// built-in default deal.
pub const PRESETS: [(&str, &str); 7] = [
    (
        "us-controlled-jv-2026-tariffs.ron",
        include_str!("../../assets/presets/us-controlled-jv-2026-tariffs.ron"),
    ),
    (
        "leader-byd-style-51-49.ron",
        include_str!("../../assets/presets/leader-byd-style-51-49.ron"),
    ),
    (
        "leapmotor-style-51-49-export-rights.ron",
        include_str!("../../assets/presets/leapmotor-style-51-49-export-rights.ron"),
    ),
    (
        "geely-style-26-percent-minority.ron",
        include_str!("../../assets/presets/geely-style-26-percent-minority.ron"),
    ),
    (
        "licence-only-host-100.ron",
        include_str!("../../assets/presets/licence-only-host-100.ron"),
    ),
    (
        "us-controlled-jv-tariff-cut-2029.ron",
        include_str!("../../assets/presets/us-controlled-jv-tariff-cut-2029.ron"),
    ),
    (
        "china-jv-era-mirror-1997.ron",
        include_str!("../../assets/presets/china-jv-era-mirror-1997.ron"),
    ),
];

impl Deal {
    /// The deal's key terms in one line, as people read them: for captions and summaries.
    pub fn terms_caption(&self) -> String {
        let p = &self.params;
        let show = |k: Key| k.spec().format_display(p.get(k));
        let mut s = format!(
            "host stake {}, tech shared {}, royalty {}, vehicle tariff {}",
            show(Key::host_stake),
            show(Key::tech_share),
            show(Key::royalty_rate),
            show(Key::vehicle_tariff)
        );
        if p.tariff_change {
            s.push_str(&format!(
                " (then {} from {})",
                show(Key::vehicle_tariff_later),
                p.tariff_change_year
            ));
        }
        s.push_str(&format!(", parts tariff {}", show(Key::parts_tariff)));
        s
    }
}

/// The presets' names, read once (menus list them every frame they are open).
pub fn preset_names() -> &'static [String] {
    static NAMES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    NAMES.get_or_init(|| {
        (0..PRESETS.len())
            .map(|i| preset(i).map(|d| d.name).unwrap_or_default())
            .collect()
    })
}

/// A compiled-in preset by index.
pub fn preset(index: usize) -> Result<Deal, DealFileError> {
    let (name, text) = PRESETS.get(index).ok_or_else(|| {
        DealFileError::whole_file("<preset>", format!("there is no preset number {index}"))
    })?;
    parse_str(text, &format!("<preset {name}>"))
}

/// A deal: its names, notes and every parameter.
#[derive(Clone, Debug, PartialEq)]
pub struct Deal {
    pub name: String,
    /// Display name of the host (local automaker).
    pub host: String,
    /// Display name of the entrant (foreign EV maker).
    pub entrant: String,
    pub notes: String,
    pub params: Params,
}

impl Default for Deal {
    /// The built-in default deal.
    fn default() -> Self {
        // The embedded text is checked by tests (tests/deal_file.rs), so the fallback only
        // guards against a broken build ever panicking in a user's hands.
        preset(0).unwrap_or_else(|_| Deal {
            name: "Default deal".into(),
            host: "Host".into(),
            entrant: "Entrant".into(),
            notes: String::new(),
            params: Params::default(),
        })
    }
}

/// A deal file that could not be read, with where and what.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub struct DealFileError {
    /// The file as the user named it (or `<stdin>`).
    pub file: String,
    /// 1-based line and column, where known.
    pub position: Option<(usize, usize)>,
    /// The field concerned, where known.
    pub field: Option<String>,
    pub message: String,
}

impl fmt::Display for DealFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some((line, col)) = self.position {
            write!(f, ":{line}:{col}")?;
        }
        write!(f, ": ")?;
        if let Some(field) = &self.field {
            write!(f, "field `{field}`: ")?;
        }
        write!(f, "{}", self.message)
    }
}

impl DealFileError {
    pub(crate) fn whole_file(file: &str, message: impl Into<String>) -> Self {
        DealFileError {
            file: file.to_string(),
            position: None,
            field: None,
            message: message.into(),
        }
    }
}

/// Reads a file as text for parsing: at most `MAX_FILE_BYTES`, UTF-8.
pub(crate) fn read_text(path: &Path) -> Result<String, DealFileError> {
    let name = path.display().to_string();
    let file = fs::File::open(path)
        .map_err(|e| DealFileError::whole_file(&name, format!("cannot open: {e}")))?;
    if let Ok(meta) = file.metadata() {
        if meta.is_dir() {
            return Err(DealFileError::whole_file(
                &name,
                "is a folder, not a deal file",
            ));
        }
        if meta.len() > MAX_FILE_BYTES {
            return Err(too_big(&name, meta.len()));
        }
    }
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| DealFileError::whole_file(&name, format!("cannot read: {e}")))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_big(&name, bytes.len() as u64));
    }
    utf8(&bytes, &name).map(str::to_string)
}

/// The bytes as text, or where the first invalid byte is.
pub(crate) fn utf8<'a>(bytes: &'a [u8], name: &str) -> Result<&'a str, DealFileError> {
    std::str::from_utf8(bytes).map_err(|e| {
        // The valid prefix is UTF-8 by definition.
        let prefix = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
        DealFileError {
            file: name.to_string(),
            position: Some(line_col(prefix, prefix.len())),
            field: None,
            message: format!(
                "is not UTF-8 text (invalid byte 0x{:02x}); deal files are plain RON text",
                bytes[e.valid_up_to()]
            ),
        }
    })
}

/// Reads and validates a deal file.
pub fn load_path(path: &Path) -> Result<Deal, DealFileError> {
    parse_str(&read_text(path)?, &path.display().to_string())
}

/// Reads and validates a deal from any reader (standard input, say), at most `MAX_FILE_BYTES`.
pub fn load_reader(reader: impl Read, name: &str) -> Result<Deal, DealFileError> {
    let mut bytes = Vec::new();
    reader
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| DealFileError::whole_file(name, format!("cannot read: {e}")))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_big(name, bytes.len() as u64));
    }
    parse_bytes(&bytes, name)
}

/// The error for a file over `MAX_FILE_BYTES`; called only once the size is known to exceed it.
pub(crate) fn too_big(name: &str, len: u64) -> DealFileError {
    DealFileError::whole_file(
        name,
        format!(
            "is larger than the 1 MiB a deal file may be ({len} bytes); is it really a jvsim deal?"
        ),
    )
}

/// Parses deal-file bytes; `name` labels errors.
pub fn parse_bytes(bytes: &[u8], name: &str) -> Result<Deal, DealFileError> {
    parse_str(utf8(bytes, name)?, name)
}

/// Parses deal-file text; `name` labels errors.
pub fn parse_str(text: &str, name: &str) -> Result<Deal, DealFileError> {
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

/// 1-based line and column (in characters) of byte offset `at`.
pub(crate) fn line_col(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// The text without `//` line comments, enough to see how a file ends.
pub(crate) fn strip_comments(text: &str) -> String {
    text.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Turns ron's error into ours. Our own messages carry the field as `\u{1}field\u{1}message`.
pub(crate) fn ron_error(
    name: &str,
    e: ron::error::SpannedError,
    last_field: Option<String>,
) -> DealFileError {
    let pos = e.span.start;
    let position = Some((pos.line, pos.col));
    if let ron::Error::Message(m) = &e.code
        && let Some(rest) = m.strip_prefix('\u{1}')
        && let Some((field, msg)) = rest.split_once('\u{1}')
    {
        return DealFileError {
            file: name.to_string(),
            position,
            field: Some(field.to_string()),
            message: msg.to_string(),
        };
    }
    let message = match &e.code {
        ron::Error::Eof => "the file ends early; is a `)` missing?".to_string(),
        ron::Error::ExpectedStructLike | ron::Error::ExpectedNamedStructLike(_) => {
            "expected `Deal(` … `)`".to_string()
        }
        ron::Error::ExpectedDifferentStructName { found, .. } => {
            format!("expected `Deal(`, found `{found}(`")
        }
        other => match &last_field {
            Some(f) => format!("{other} (after field `{f}`)"),
            None => other.to_string(),
        },
    };
    DealFileError {
        file: name.to_string(),
        position,
        field: None,
        message,
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

/// The deal as deal-file text. Every parameter is written, grouped and commented, so a file
/// means the same whatever a later build's defaults are.
pub fn to_ron_string(deal: &Deal) -> String {
    let mut s = String::with_capacity(8192);
    s.push_str("// jvsim deal — saving rewrites this file; put free text in `notes`.\n");
    s.push_str(
        "// Fractions are written as fractions (0.51 = 51 %, 1.275 = 127.5 %); money in US$ \
         billions.\n// `jvsim params` lists every key with its unit, range and source.\n",
    );
    write_deal(&mut s, deal, "");
    s.push('\n');
    s
}

/// Appends `Deal( … )` with every line indented by `indent` (no trailing newline after `)`).
pub(crate) fn write_deal(s: &mut String, deal: &Deal, indent: &str) {
    s.push_str("Deal(\n");
    s.push_str(&format!("{indent}    version: {FORMAT_VERSION},\n"));
    s.push_str(&format!("{indent}    name: {},\n", ron_string(&deal.name)));
    s.push_str(&format!("{indent}    host: {},\n", ron_string(&deal.host)));
    s.push_str(&format!(
        "{indent}    entrant: {},\n",
        ron_string(&deal.entrant)
    ));
    s.push_str(&format!(
        "{indent}    notes: {},\n",
        ron_string(&deal.notes)
    ));
    let mut group = None;
    for &key in Key::ALL {
        let spec = key.spec();
        if group != Some(spec.group) {
            group = Some(spec.group);
            s.push_str(&format!("\n{indent}    // {}\n", spec.group.title()));
        }
        let value = fmt_raw(spec.kind, deal.params.get(key));
        // Percent-scaled values are fractions in the file; say so where the unit is shown.
        let unit = match (spec.scale, spec.unit) {
            (_, "") => String::new(),
            (Scale::Percent, u) => format!(" ({})", u.replacen('%', "fraction", 1)),
            (Scale::Plain, u) => format!(" ({u})"),
        };
        s.push_str(&format!(
            "{indent}    {}: {},{:pad$}// {}{}\n",
            spec.key,
            value,
            "",
            spec.label,
            unit,
            pad = 34usize.saturating_sub(spec.key.len() + value.len() + 6) + 1
        ));
    }
    s.push_str(indent);
    s.push(')');
}

fn ron_string(text: &str) -> String {
    // ron escapes quotes, backslashes and control characters; strings always serialise.
    ron::to_string(text).unwrap_or_else(|_| "\"\"".to_string())
}

/// Writes the deal atomically: a temporary file in the same folder is written, flushed to disk
/// and renamed over `path`; then the folder entry is flushed. A crash at any point leaves either
/// the old file or the new one, never a mix.
pub fn save_path(deal: &Deal, path: &Path) -> io::Result<()> {
    save_text(&to_ron_string(deal), path)
}

/// Writes `text` to `path` atomically (see `save_path`).
pub(crate) fn save_text(text: &str, path: &Path) -> io::Result<()> {
    // Write through a symlink to the file it points at, rather than replacing the link.
    let target = match fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => fs::canonicalize(path)?,
        _ => path.to_path_buf(),
    };
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => Path::new(".").to_path_buf(),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".jvsim-save-")
        .suffix(".tmp")
        .tempfile_in(&dir)?;
    tmp.write_all(text.as_bytes())?;
    tmp.flush()?;
    // Keep the permissions of the file being replaced; a new file gets the usual 0644.
    let perms = match fs::metadata(&target) {
        Ok(m) => Some(m.permissions()),
        Err(_) => new_file_permissions(),
    };
    if let Some(p) = perms {
        tmp.as_file().set_permissions(p)?;
    }
    tmp.as_file().sync_all()?;
    tmp.persist(&target).map_err(|e| e.error)?;
    if let Ok(d) = fs::File::open(&dir) {
        // Not every platform can fsync a directory; the rename itself has happened.
        let _ = d.sync_all();
    }
    Ok(())
}

#[cfg(unix)]
fn new_file_permissions() -> Option<fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Some(fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn new_file_permissions() -> Option<fs::Permissions> {
    None
}
