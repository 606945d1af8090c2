//! jvsim: a simulator for cross-border manufacturing joint-venture deals.
//!
//! `core` holds the economics, parameters, deal files and analyses and knows nothing of any
//! user interface; `cli` is the command line on top of it.

pub mod cli;
pub mod core;
