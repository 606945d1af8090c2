//! Deal files: a versioned, readable RON struct with one named field per parameter.
//!
//! Loading is strict (every problem is reported with file, line, column and field) and saving is
//! atomic (temporary file beside the target, fsync, rename), so a crash mid-save leaves the old
//! file intact.

use std::fs;
use std::io::Read;
use std::path::Path;

use super::params::{Key, Params};

mod error;
mod read;
mod write;

pub use error::DealFileError;
pub(crate) use error::{line_col, ron_error, strip_comments};
pub use read::parse_str;
pub(crate) use read::{DealVisitor, FieldName, RawDeal, field_error};
pub use write::{save_path, to_ron_string};
pub(crate) use write::{save_text, write_deal};

/// The format version this build writes and the newest it reads. Bump it whenever the format
/// gains or changes a field. Version 2 added `bargaining_power`, `mc_draws` and `mc_seed`;
/// version 3 the observed base-year calibration, third-market shares and capacity growth, and
/// retired `host_fixed_cost` (now derived from `host_ev_result0`); version 4 the rules (policy
/// group) and `entrant_profit_abroad0` in place of `entrant_third_share0`; version 5 the national
/// view (`jobs_per_100k`, `jobs_per_gwh`, `jv_nest`).
pub const FORMAT_VERSION: u32 = 5;

/// Largest deal file accepted (1 MiB); real deals are a few kilobytes.
pub const MAX_FILE_BYTES: u64 = 1 << 20;

/// The presets in assets/presets, compiled into the binary: (file name, text). The first is the
/// built-in default deal.
pub const PRESETS: [(&str, &str); 7] = [
    (
        "us-controlled-jv-2026-tariffs.ron",
        include_str!("../../../assets/presets/us-controlled-jv-2026-tariffs.ron"),
    ),
    (
        "leader-byd-style-51-49.ron",
        include_str!("../../../assets/presets/leader-byd-style-51-49.ron"),
    ),
    (
        "leapmotor-style-51-49-export-rights.ron",
        include_str!("../../../assets/presets/leapmotor-style-51-49-export-rights.ron"),
    ),
    (
        "geely-style-26-percent-minority.ron",
        include_str!("../../../assets/presets/geely-style-26-percent-minority.ron"),
    ),
    (
        "licence-only-host-100.ron",
        include_str!("../../../assets/presets/licence-only-host-100.ron"),
    ),
    (
        "us-controlled-jv-tariff-cut-2029.ron",
        include_str!("../../../assets/presets/us-controlled-jv-tariff-cut-2029.ron"),
    ),
    (
        "china-jv-era-mirror-1997.ron",
        include_str!("../../../assets/presets/china-jv-era-mirror-1997.ron"),
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

/// The bytes as text, or where the first invalid byte is. A UTF-8 byte-order mark (Windows
/// Notepad writes one) is skipped; UTF-16 text is named as such, since saving it again as UTF-8
/// is all it takes.
pub(crate) fn utf8<'a>(bytes: &'a [u8], name: &str) -> Result<&'a str, DealFileError> {
    const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";
    let bytes = bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes);
    if looks_like_utf16(bytes) {
        return Err(DealFileError {
            file: name.to_string(),
            position: Some((1, 1)),
            field: None,
            message: "is UTF-16 text; deal files are UTF-8. Save it again as UTF-8 (in Notepad: \
                      Save as, Encoding: UTF-8)"
                .to_string(),
        });
    }
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

/// UTF-16 with its byte-order mark, or without one: RON text is ASCII-heavy, so every other
/// byte of its start is zero.
fn looks_like_utf16(bytes: &[u8]) -> bool {
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return true;
    }
    let head = &bytes[..bytes.len().min(64)];
    head.len() >= 4 && {
        let zeros = |offset: usize| {
            head.iter()
                .skip(offset)
                .step_by(2)
                .filter(|&&b| b == 0)
                .count()
        };
        let half = head.len() / 2;
        zeros(0) * 4 >= half * 3 || zeros(1) * 4 >= half * 3
    }
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
