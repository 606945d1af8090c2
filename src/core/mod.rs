//! The simulation core: parameters, model, deal files and analyses. Nothing here knows about a
//! user interface (tests/core_is_headless.rs checks the sources).

pub mod analysis;
pub mod book;
pub mod compare;
pub mod dealfile;
pub mod goalseek;
pub mod model;
pub mod montecarlo;
pub mod nation;
pub mod param_error;
pub mod params;
pub mod policy;
pub mod rng;
pub mod robust;
pub mod sensitivity;
pub mod sweep;
