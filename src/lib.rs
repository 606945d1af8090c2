//! jvsim: a simulator for cross-border manufacturing joint-venture deals.
//!
//! `core` holds the economics, parameters, deal files and analyses and knows nothing of any
//! user interface; `app` is the desktop window and `cli` the command line, both on top of it.

pub mod app;
pub mod cli;
pub mod core;
pub mod export;
pub mod model_doc;
pub mod palette;
