//! What can go wrong when exporting: a bad option, which is the user's input, or making and
//! writing the files, where the input was fine.

use std::io;
use std::path::{Path, PathBuf};

use crate::report::workbook::WorkbookError;

/// A bad format list or image size.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum OptionError {
    #[error("unknown format `{0}`; choose from png, svg, csv, html, xlsx")]
    UnknownFormat(String),
    #[error("no format given; choose from png, svg, csv, html, xlsx")]
    NoFormat,
    #[error("`{0}` is not a size like 1600x900 (each side 200 to 8000 pixels)")]
    BadSize(String),
}

/// An export that failed although what it was asked for was valid.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The folder, or one of its parents, could not be made.
    #[error("cannot create {}: {source}", path.display())]
    CreateDir { path: PathBuf, source: io::Error },
    #[error("cannot write {}: {source}", path.display())]
    Write { path: PathBuf, source: io::Error },
    /// A chart could not be rasterised or decoded.
    #[error("cannot draw the chart: {0}")]
    Render(String),
    #[error(transparent)]
    Workbook(#[from] WorkbookError),
}

impl ExportError {
    /// The file or folder concerned, for a failure to write.
    pub fn path(&self) -> Option<&Path> {
        match self {
            ExportError::CreateDir { path, .. } | ExportError::Write { path, .. } => Some(path),
            ExportError::Render(_) | ExportError::Workbook(_) => None,
        }
    }
}

/// Makes `dir` and its parents.
pub fn create_dir(dir: &Path) -> Result<(), ExportError> {
    std::fs::create_dir_all(dir).map_err(|source| ExportError::CreateDir {
        path: dir.to_path_buf(),
        source,
    })
}

/// Writes `bytes` to `dir/name` and returns the path.
pub fn write_file(dir: &Path, name: &str, bytes: &[u8]) -> Result<PathBuf, ExportError> {
    let path = dir.join(name);
    match std::fs::write(&path, bytes) {
        Ok(()) => Ok(path),
        Err(source) => Err(ExportError::Write { path, source }),
    }
}
