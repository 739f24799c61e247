//! Reading reports from disk or from the bundled sample: walking folders,
//! decoding bytes, sanitizing text, then handing it to `parse`.
//! This is the I/O edge of the library; it reports problems as `LoadWarning`s
//! and never fails as a whole. Files are read and parsed on all cores and
//! streamed out in batches, in walk order.

mod decode;
mod escape;
mod html;
mod read;
mod sanitize;
mod walk;

pub use decode::{decode, Decoded, TextEncoding};
pub use html::{html_to_text, looks_like_html};
pub use read::{prepare, Prepared};
pub use sanitize::{sanitize, sanitize_owned};
pub use walk::{check_paths, has_report_extension, walk, Walk, EXTENSIONS};

use crate::model::{LoadWarning, Report};
use crate::parse::parse_report;
use include_dir::{include_dir, Dir};
use rayon::prelude::*;
use read::{read_file, FileResult, Outcome};
use std::path::PathBuf;
use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};
use walk::Found;

static BUNDLED: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/assets");

/// Files in the first batch: small, so the first reports show at once.
const FIRST_BATCH: usize = 64;
/// Batches grow by doubling up to this many files.
const MAX_BATCH: usize = 1024;

/// Where reports come from.
#[derive(Clone, Debug)]
pub enum Source {
    /// The sample reports embedded in the binary.
    Bundled,
    /// Files and folders given by the user.
    Paths(Vec<PathBuf>),
}

/// Limits applied while loading.
#[derive(Clone, Debug)]
pub struct LoadOptions {
    /// Files larger than this many bytes are skipped with a warning.
    pub max_file_size: u64,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            max_file_size: 20 * 1024 * 1024,
        }
    }
}

/// Timings and counts of one load. `read_ms + parse_ms` is the wall time,
/// split between reading (walking, I/O, decoding, sanitizing) and parsing
/// by their share of the worker threads' time.
#[derive(Clone, Debug, Default)]
pub struct LoadStats {
    /// Files found (read or skipped).
    pub files: usize,
    /// Reports loaded.
    pub reports: usize,
    /// Bytes read from files that loaded or were refused after reading.
    pub bytes: u64,
    pub read_ms: f64,
    pub parse_ms: f64,
    pub total_ms: f64,
    /// Command-line paths that do not exist (the exit status says so).
    pub missing: usize,
    /// Files skipped or read with loss.
    pub warnings: usize,
}

/// What a load produces, in the order it happens.
#[derive(Debug)]
pub enum LoadEvent {
    /// Reports in the order the walk found their files (use `load_all`
    /// for reports sorted by path).
    Reports(Vec<Report>),
    /// A file that was skipped or read with loss.
    Warning(LoadWarning),
    /// Files handled so far out of those found so far (the total grows
    /// while folders are still being walked), and bytes read so far.
    Progress {
        files_done: usize,
        files_total: usize,
        bytes_done: u64,
    },
    /// The load has finished.
    Done(LoadStats),
}

/// Everything a finished load produced.
#[derive(Debug, Default)]
pub struct Loaded {
    /// Reports sorted by file path.
    pub reports: Vec<Report>,
    pub warnings: Vec<LoadWarning>,
    pub stats: LoadStats,
}

/// Loads from `source`, sending events to `sink` as they happen; returns
/// when done. The sink is called from the calling thread only.
pub fn stream(source: &Source, opts: &LoadOptions, sink: &(dyn Fn(LoadEvent) + Sync)) {
    let start = Instant::now();
    let mut stats = match source {
        Source::Bundled => stream_bundled(sink),
        Source::Paths(paths) => stream_paths(paths, opts, sink),
    };
    stats.total_ms = ms(start.elapsed());
    sink(LoadEvent::Done(stats));
}

/// The embedded sample, through the same decode and sanitize steps.
fn stream_bundled(sink: &(dyn Fn(LoadEvent) + Sync)) -> LoadStats {
    let mut files: Vec<_> = BUNDLED.files().collect();
    files.sort_by_key(|f| f.path());
    let mut stats = LoadStats {
        files: files.len(),
        ..LoadStats::default()
    };
    let mut reports = Vec::new();
    for f in files {
        let name = f.path().display().to_string();
        stats.bytes += f.contents().len() as u64;
        match prepare(f.contents().to_vec(), false) {
            Ok(p) => reports.push(parse_report(&name, &p.text)),
            Err(reason) => {
                stats.warnings += 1;
                sink(LoadEvent::Warning(walk::skip(f.path(), &reason)));
            }
        }
    }
    stats.reports = reports.len();
    sink(LoadEvent::Reports(reports));
    stats
}

/// Walks `paths` on one thread while the files found are read, decoded
/// and parsed on all cores, batch by batch, so the first reports come out
/// at once and only one batch of raw bytes is held at a time.
fn stream_paths(
    paths: &[PathBuf],
    opts: &LoadOptions,
    sink: &(dyn Fn(LoadEvent) + Sync),
) -> LoadStats {
    let start = Instant::now();
    let mut tally = Tally::default();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::scope(|scope| {
        scope.spawn(move || {
            // A send fails only when the reader stopped; then nobody cares.
            walk::walk_each(paths, &mut |found| drop(tx.send(found)));
        });
        read_in_batches(&rx, opts, &mut tally, sink);
    });
    let Tally {
        mut stats,
        read,
        parse,
        ..
    } = tally;
    split_time(&mut stats, start.elapsed(), read, parse);
    stats
}

/// Reads the files `found` sends on all cores, a batch at a time, sending
/// each batch's reports and warnings in order, then a progress event.
fn read_in_batches(
    found: &Receiver<Found>,
    opts: &LoadOptions,
    tally: &mut Tally,
    sink: &(dyn Fn(LoadEvent) + Sync),
) {
    let mut size = FIRST_BATCH;
    let mut batch = Vec::with_capacity(size);
    loop {
        let walking = next_batch(found, size, &mut batch, tally, sink);
        let results: Vec<FileResult> = batch
            .par_iter()
            .map(|p| read_file(p, opts.max_file_size))
            .collect();
        tally.done += batch.len();
        batch.clear();
        size = (size * 2).min(MAX_BATCH);
        deliver(results, tally, sink);
        sink(LoadEvent::Progress {
            files_done: tally.done,
            files_total: tally.stats.files,
            bytes_done: tally.stats.bytes,
        });
        if !walking {
            return;
        }
    }
}

/// Fills `batch` with up to `size` files from the walk, passing its
/// warnings on. Returns false once the walk has finished.
fn next_batch(
    found: &Receiver<Found>,
    size: usize,
    batch: &mut Vec<PathBuf>,
    tally: &mut Tally,
    sink: &(dyn Fn(LoadEvent) + Sync),
) -> bool {
    while batch.len() < size {
        match found.recv() {
            Ok(Found::File(p)) => {
                tally.stats.files += 1;
                batch.push(p);
            }
            Ok(Found::Warning { warning, missing }) => {
                tally.stats.missing += usize::from(missing);
                tally.stats.warnings += 1;
                sink(LoadEvent::Warning(warning));
            }
            Err(_) => return false,
        }
    }
    true
}

/// Running totals of a load.
#[derive(Default)]
struct Tally {
    stats: LoadStats,
    /// Files read (or refused) so far.
    done: usize,
    read: Duration,
    parse: Duration,
}

/// Sends one batch's reports and warnings, in walk order, and counts them.
fn deliver(results: Vec<FileResult>, tally: &mut Tally, sink: &(dyn Fn(LoadEvent) + Sync)) {
    let mut batch = Vec::with_capacity(results.len());
    for r in results {
        tally.read += r.read;
        tally.parse += r.parse;
        tally.stats.bytes += r.bytes;
        let warning = match r.outcome {
            Outcome::Read(report, warning) => {
                batch.push(*report);
                warning
            }
            Outcome::Skipped(w) => Some(w),
        };
        if let Some(w) = warning {
            tally.stats.warnings += 1;
            sink(LoadEvent::Warning(w));
        }
    }
    tally.stats.reports += batch.len();
    if !batch.is_empty() {
        sink(LoadEvent::Reports(batch));
    }
}

/// Splits wall time into reading and parsing (see `LoadStats`).
fn split_time(stats: &mut LoadStats, wall: Duration, read: Duration, parse: Duration) {
    let busy = (read + parse).as_secs_f64();
    let read_share = if busy > 0.0 {
        read.as_secs_f64() / busy
    } else {
        1.0
    };
    stats.read_ms = ms(wall) * read_share;
    stats.parse_ms = ms(wall) * (1.0 - read_share);
}

/// A duration in milliseconds.
fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Loads everything from `source` and returns it at once (for the command
/// line), reports sorted by file path.
pub fn load_all(source: &Source, opts: &LoadOptions) -> Loaded {
    let loaded = std::sync::Mutex::new(Loaded::default());
    stream(source, opts, &|ev| {
        let mut l = loaded
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        match ev {
            LoadEvent::Reports(r) => l.reports.extend(r),
            LoadEvent::Warning(w) => l.warnings.push(w),
            LoadEvent::Progress { .. } => {}
            LoadEvent::Done(s) => l.stats = s,
        }
    });
    let mut loaded = loaded
        .into_inner()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    loaded.reports.sort_by(|a, b| a.file.cmp(&b.file));
    loaded
}

#[cfg(test)]
mod tests;
