//! What went wrong reading a deal file, and where: file, line, column and field.

use std::fmt;

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
