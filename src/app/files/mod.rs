//! Files: the open document, opening and saving, native and in-window file dialogs, autosave and
//! exports.

pub mod autosave;
pub mod dialogs;
pub mod document;
pub mod exporting;
pub mod file_browser;
pub mod folder;
pub mod open_save;
