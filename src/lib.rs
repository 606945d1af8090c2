//! jvsim: a simulator for cross-border manufacturing joint-venture deals.
//!
//! `core` holds the economics, parameters, deal files and analyses and knows nothing of any
//! user interface; `report` turns its results into text, CSV, JSON, HTML and an Excel
//! workbook, also without a UI; `app` is the desktop window, `cli` the command line and
//! `export` the files, on top of them.

pub mod app;
pub mod cli;
pub mod core;
pub mod export;
pub mod figure;
pub mod model_doc;
pub mod palette;
pub mod report;
