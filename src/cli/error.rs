//! Why a command failed, and the exit status that says so: 2 when the input was wrong, 1 when
//! it was fine but reading or writing failed. Messages name the file (and line and field) or the
//! path concerned.

use crate::core::dealfile::DealFileError;
use crate::core::params::{Key, ParamError};
use crate::export::{ExportError, OptionError};

/// Exit status for bad input: a deal file, `--set`, an option, usage.
pub const EXIT_INPUT: i32 = 2;
/// Exit status for a command whose input was fine but whose output could not be made or
/// written (a full disk, a folder that cannot be created).
pub const EXIT_IO: i32 = 1;

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// The deal file (or standard input) is missing, unreadable or not a valid deal.
    #[error(transparent)]
    DealFile(#[from] DealFileError),
    /// A `--set` override, and what is wrong with it.
    #[error("--set: {0}")]
    Set(#[from] ParamError),
    /// The overrides together break a constraint between parameters.
    #[error("--set: `{key}`: {message}")]
    Constraint { key: Key, message: String },
    /// A bad option value: the option and what is wrong.
    #[error("{option}: {source}")]
    Option {
        option: &'static str,
        source: OptionError,
    },
    /// `--grid` too fine for the robust map.
    #[error("--grid: {grid} points per axis is too many with --robust (at most {max})")]
    RobustGrid { grid: usize, max: usize },
    /// Long work stopped before it finished.
    #[error("interrupted before the work finished")]
    Interrupted,
    /// Export failed while making or writing its files.
    #[error(transparent)]
    Export(#[from] ExportError),
}

impl CliError {
    pub fn exit_status(&self) -> i32 {
        match self {
            CliError::DealFile(_)
            | CliError::Set(_)
            | CliError::Constraint { .. }
            | CliError::Option { .. }
            | CliError::RobustGrid { .. } => EXIT_INPUT,
            CliError::Export(_) | CliError::Interrupted => EXIT_IO,
        }
    }
}
