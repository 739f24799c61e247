//! `dvtui export`: every loaded report as one JSON array.

use crate::load::{load_all, LoadOptions, Source};
use std::io::Write;

/// Prints the reports of `source` as JSON; warnings go to stderr.
/// Returns the process exit code: 0 when at least one report loaded, else 2.
pub fn run(source: &Source, opts: &LoadOptions) -> anyhow::Result<i32> {
    let loaded = load_all(source, opts);
    for w in &loaded.warnings {
        eprintln!("{w}");
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    serde_json::to_writer_pretty(&mut out, &loaded.reports)?;
    writeln!(out)?;
    out.flush()?;
    Ok(if loaded.reports.is_empty() { 2 } else { 0 })
}
