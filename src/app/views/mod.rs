//! What the window shows. Views draw and return commands; none edits the deal itself.

pub mod cards;
pub mod central;
pub mod charts;
pub mod controls;
pub mod country;
pub mod dealmap;
pub mod figures;
pub mod goal;
pub mod help;
pub mod legend;
pub mod map_texture;
pub mod montecarlo;
pub mod nation;
pub mod plot;
pub mod presentation;
pub mod scenarios;
pub mod sensitivity;
pub mod table;
