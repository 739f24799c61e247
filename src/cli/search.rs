//! `dvtui search`: reports ranked by a query, as JSON.

use crate::load::{LoadOptions, Source};

/// Prints reports matching `query`, at most `limit`.
pub fn run(
    source: &Source,
    opts: &LoadOptions,
    query: &str,
    limit: Option<usize>,
) -> anyhow::Result<i32> {
    let _ = (source, opts, query, limit);
    anyhow::bail!("search: not available yet")
}
