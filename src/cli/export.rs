//! `dvtui export`: every loaded report as one JSON array on stdout, one
//! line per skipped or degraded file on stderr.

use crate::load::{load_all, LoadOptions, Source};
use std::io::{ErrorKind, Write};

/// Prints the reports of `source` as JSON; warnings go to stderr.
/// Returns the process exit code: 0 when at least one report loaded and
/// every command-line path existed, else 2. A closed stdout (`| head`) is
/// not an error.
///
/// # Errors
/// When stdout fails for a reason other than being closed.
pub fn run(source: &Source, opts: &LoadOptions) -> anyhow::Result<i32> {
    let loaded = load_all(source, opts);
    {
        let mut err = std::io::stderr().lock();
        for w in &loaded.warnings {
            // stderr closed too: nothing left to tell anyone.
            let _ = writeln!(err, "{w}");
        }
    }
    let code = if loaded.reports.is_empty() || loaded.stats.missing > 0 {
        2
    } else {
        0
    };
    match write_json(&loaded.reports) {
        Err(e) if e.kind() == ErrorKind::BrokenPipe => Ok(code),
        Err(e) => Err(anyhow::Error::new(e).context("cannot write to stdout")),
        Ok(()) => Ok(code),
    }
}

/// Writes `reports` to stdout as a pretty JSON array.
fn write_json(reports: &[crate::model::Report]) -> std::io::Result<()> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    serde_json::to_writer_pretty(&mut out, reports).map_err(std::io::Error::from)?;
    writeln!(out)?;
    out.flush()
}
