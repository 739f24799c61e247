//! `dvtui positions`: titles with who held them and when, as JSON.

use crate::load::{LoadOptions, Source};

/// Prints positions matching `query` (all when `None`).
pub fn run(source: &Source, opts: &LoadOptions, query: Option<&str>) -> anyhow::Result<i32> {
    let _ = (source, opts, query);
    anyhow::bail!("positions: not available yet")
}
