//! The shell: state, commands and their dispatch, the frame, menus and windows.

pub mod app;
pub mod commands;
pub mod dispatch;
pub mod frame;
pub mod history;
pub mod live;
pub mod menu;
pub mod native;
pub mod state;
pub mod style;
pub mod windows;
