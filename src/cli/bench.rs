//! `dvtui bench`: load, then type a query letter by letter through the app's
//! own update and render code, and report timings.

use crate::load::{LoadOptions, Source};

/// Runs the benchmark and prints a summary (or one JSON object with `json`).
pub fn run(source: &Source, opts: &LoadOptions, query: &str, json: bool) -> anyhow::Result<i32> {
    let _ = (source, opts, query, json);
    anyhow::bail!("bench: not available yet")
}
