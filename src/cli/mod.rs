//! Command-line faces of the library: JSON on stdout for scripts.

pub mod bench;
pub mod export;
pub mod officials;
pub mod positions;
pub mod search;
