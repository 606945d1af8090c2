//! Work that must not stall a frame: the analyses of the current deal, on background threads.

pub mod analyses;
pub mod background;
pub mod robust;
