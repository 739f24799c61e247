//! `dvtui export`: every loaded report as one JSON array on stdout, in path
//! order, written batch by batch as the reports load (so memory stays at
//! one batch); one line per skipped or degraded file on stderr.

use crate::load::{stream_sorted_plain, LoadEvent, LoadOptions, Source};
use crate::model::Report;
use std::io::{ErrorKind, Write};
use std::sync::Mutex;

/// Prints the reports of `source` as JSON; warnings go to stderr.
/// Returns the process exit code: 0 when at least one report loaded and
/// every command-line path existed, else 2. A closed stdout (`| head`) is
/// not an error: the command stops quietly with 0.
///
/// # Errors
/// When stdout fails for a reason other than being closed.
pub fn run(source: &Source, opts: &LoadOptions) -> anyhow::Result<i32> {
    let state = Mutex::new(Export {
        out: std::io::BufWriter::new(std::io::stdout()),
        written: 0,
        failed: None,
        code: 2,
        json: Vec::new(),
    });
    stream_sorted_plain(source, opts, &|event| {
        let mut s = state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        s.handle(event);
    });
    let mut s = state
        .into_inner()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let closing: &[u8] = if s.written == 0 { b"[]\n" } else { b"\n]\n" };
    let result = s.out.write_all(closing).and_then(|()| s.out.flush());
    match s.failed.take().map_or(result, Err) {
        Err(e) if e.kind() == ErrorKind::BrokenPipe => Ok(0),
        Err(e) => Err(anyhow::Error::new(e).context("cannot write to stdout")),
        Ok(()) => Ok(s.code),
    }
}

/// The state of one export while reports stream in.
struct Export<W: Write> {
    out: W,
    /// Reports written so far.
    written: usize,
    /// The first write error; later output is dropped.
    failed: Option<std::io::Error>,
    code: i32,
    /// The report being written, as JSON (one buffer for all reports).
    json: Vec<u8>,
}

impl<W: Write> Export<W> {
    /// Writes a batch, prints a warning, or settles the exit code.
    fn handle(&mut self, event: LoadEvent) {
        match event {
            LoadEvent::Reports(batch) => {
                for report in &batch {
                    if self.failed.is_some() {
                        break;
                    }
                    match self.write_one(report) {
                        // The reader is gone (`| head`): like a tool killed
                        // by SIGPIPE, stop now rather than load the rest
                        // for nobody; quietly, as a success.
                        Err(e) if e.kind() == ErrorKind::BrokenPipe => std::process::exit(0),
                        Err(e) => self.failed = Some(e),
                        Ok(()) => {}
                    }
                }
            }
            LoadEvent::Warning(w) => {
                // stderr closed too: nothing left to tell anyone.
                let _ = writeln!(std::io::stderr(), "{w}");
            }
            // Never sent to `export`: it asks for no store.
            LoadEvent::Progress { .. }
            | LoadEvent::Catalog(_)
            | LoadEvent::KeepCatalog(_)
            | LoadEvent::Stale(_)
            | LoadEvent::Remade(_)
            | LoadEvent::Stored => {}
            LoadEvent::Done(stats) => {
                self.code = if stats.reports == 0 || stats.missing > 0 {
                    2
                } else {
                    0
                };
            }
        }
    }

    /// Writes one array element, pretty-printed and indented as
    /// `serde_json::to_writer_pretty` would print it inside the array.
    fn write_one(&mut self, report: &Report) -> std::io::Result<()> {
        self.json.clear();
        serde_json::to_writer_pretty(&mut self.json, report).map_err(std::io::Error::from)?;
        self.out
            .write_all(if self.written == 0 { b"[\n" } else { b",\n" })?;
        self.written += 1;
        self.out.write_all(b"  ")?;
        // Every line indented: written in runs between the newlines, which
        // `memchr` finds many bytes at a time.
        let mut rest = self.json.as_slice();
        while let Some(at) = memchr::memchr(b'\n', rest) {
            self.out.write_all(&rest[..=at])?;
            self.out.write_all(b"  ")?;
            rest = &rest[at + 1..];
        }
        self.out.write_all(rest)
    }
}
