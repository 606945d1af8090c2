//! Why a command failed, and the exit status that says so.

use crate::core::dealfile::DealFileError;

/// Exit status for bad input: a deal file, `--set`, an option, usage.
pub const EXIT_INPUT: i32 = 2;
/// Exit status for a failure to read or write where the input was fine.
pub const EXIT_IO: i32 = 1;

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// The deal file (or standard input) is missing, unreadable or not a valid deal.
    #[error(transparent)]
    DealFile(#[from] DealFileError),
    /// A `--set` override, and what is wrong with it.
    #[error("--set: {0}")]
    Set(String),
    /// A bad option value: the option and what is wrong.
    #[error("{option}: {message}")]
    Arg {
        option: &'static str,
        message: String,
    },
}

impl CliError {
    pub fn exit_status(&self) -> i32 {
        match self {
            CliError::DealFile(_) | CliError::Set(_) | CliError::Arg { .. } => EXIT_INPUT,
        }
    }
}
