//! Command-line faces of the library: JSON on stdout for scripts.

pub mod bench;
pub mod export;
pub mod glossary;
pub mod ingest;
pub mod officials;
pub mod positions;
pub mod search;
pub mod table;

use crate::load::{load_all, LoadOptions, Source};
use crate::search::Catalog;

/// Loads a catalog for a JSON command, warnings on stderr; `None` when nothing loaded.
fn load_catalog(source: &Source, opts: &LoadOptions) -> Option<Catalog> {
    let loaded = load_all(source, opts);
    for w in &loaded.warnings {
        eprintln!("{w}");
    }
    if loaded.reports.is_empty() {
        eprintln!("dvtui: no reports loaded");
        return None;
    }
    Some(Catalog::from_reports(loaded.reports))
}

/// Prints `value` as JSON on stdout; a closed pipe is not an error.
fn print_json<T: serde::Serialize>(value: &T) -> anyhow::Result<i32> {
    use std::io::Write;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let written = serde_json::to_writer_pretty(&mut out, value)
        .map_err(std::io::Error::from)
        .and_then(|()| writeln!(out))
        .and_then(|()| out.flush());
    match written {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(0),
    }
}
