//! `dvtui officials`: officials ranked by a query, as JSON.

use crate::load::{LoadOptions, Source};

/// Prints officials matching `query` (all when `None`), at most `limit`.
pub fn run(
    source: &Source,
    opts: &LoadOptions,
    query: Option<&str>,
    limit: Option<usize>,
) -> anyhow::Result<i32> {
    let _ = (source, opts, query, limit);
    anyhow::bail!("officials: not available yet")
}
