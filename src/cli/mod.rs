//! Command-line faces of the library: JSON on stdout for scripts.

pub mod export;
