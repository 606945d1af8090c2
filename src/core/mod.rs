//! The simulation core: parameters, model, deal files and analyses. Nothing here knows about a
//! user interface (tests/core_is_headless.rs checks the sources).

pub mod analysis;
pub mod dealfile;
pub mod model;
pub mod params;
pub mod sweep;
