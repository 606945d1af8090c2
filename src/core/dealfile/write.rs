//! Writing a deal: every parameter, grouped and commented, and saved atomically.

use std::fs;
use std::io::{self, Write};
use std::path::Path;

use super::{Deal, FORMAT_VERSION};
use crate::core::params::{Key, Scale, fmt_raw};

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
