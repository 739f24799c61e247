//! Reading reports from disk or from the bundled sample: walking folders,
//! decoding bytes, sanitizing text, then handing it to `parse`.
//! This is the I/O edge of the library; it reports problems as `LoadWarning`s
//! and never fails as a whole. Files are read and parsed on all cores and
//! streamed out in batches (`stream` as found, `stream_sorted` by path).

mod compose;
mod decode;
mod error;
mod escape;
mod html;
mod html_flat;
mod pipeline;
mod read;
mod sanitize;
mod walk;

pub use decode::{decode, Decoded, TextEncoding};
pub use error::LoadError;
pub use html::{html_to_text, looks_like_html};
pub use read::{prepare, Prepared};
pub use sanitize::{sanitize, sanitize_name, sanitize_owned};
pub use walk::{check_paths, has_report_extension, walk, Walk, EXTENSIONS};
pub(crate) use walk::{display_name, walk_each, Found};

use crate::model::{LoadWarning, Report};
use crate::parse::parse_report;
use include_dir::{include_dir, Dir};
use pipeline::{Bodies, Order};
use std::path::PathBuf;
use std::time::{Duration, Instant};

static BUNDLED: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/assets/sample");

/// Files in the first batch: small, so the first reports show at once.
const FIRST_BATCH: usize = 64;
/// Batches grow by doubling up to this many files: each batch costs the
/// app a re-ranking of what it holds, so large archives come in large
/// batches (about ten a second on two cores).
const MAX_BATCH: usize = 4096;

/// Where reports come from.
#[derive(Clone, Debug)]
pub enum Source {
    /// The sample reports embedded in the binary.
    Bundled,
    /// Files and folders given by the user.
    Paths(Vec<PathBuf>),
}

impl Source {
    /// The source as named in messages: its paths, or "the bundled sample".
    pub fn label(&self) -> String {
        match self {
            Source::Bundled => "the bundled sample".into(),
            Source::Paths(paths) => paths
                .iter()
                .map(|p| walk::display_name(p))
                .collect::<Vec<_>>()
                .join(" "),
        }
    }
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
    /// Files in walked folders left unread for their extension, by
    /// extension (lower case, "" for none), most frequent first.
    pub ignored: Vec<(String, usize)>,
    /// The store is still being written behind the load (`Stored` follows):
    /// a launch that ends before leaves the rest to the next one.
    pub storing: bool,
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
        /// Whether the walk has finished, so that `files_total` is final.
        walk_done: bool,
    },
    /// The load has finished.
    Done(LoadStats),
    /// The whole catalog, settled, read from a store's saved copy instead
    /// of report batches (only when asked for: `SyncOptions::whole_catalog`).
    Catalog(Box<crate::catalog::Catalog>),
    /// The store would keep the catalog this load builds: save it with
    /// `store::save_catalog` once the load is done and settled.
    KeepCatalog(crate::store::CatalogTicket),
    /// Stored files (by store id) whose reports in the saved catalog sent
    /// before have changed or gone on disk: hide them until `Remade`.
    Stale(Vec<i64>),
    /// The catalog made again from the store after `Stale`: it takes the
    /// place of the one shown.
    Remade(Box<crate::catalog::Catalog>),
    /// The store written behind a load that said `Done` with `storing`
    /// holds everything now (or failed: a warning said why).
    Stored,
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
/// when done. Folders are walked while files are read, so the first
/// reports come out within milliseconds; batches follow the order the walk
/// finds files in. The sink is called from the calling thread only.
pub fn stream(source: &Source, opts: &LoadOptions, sink: &(dyn Fn(LoadEvent) + Sync)) {
    stream_with(source, opts, sink, (Order::AsFound, Bodies::Packed));
}

/// Loads like `stream`, but walks everything first and reads files in path
/// order, so reports arrive sorted by path: deterministic output whose
/// memory stays at one batch when the sink does not keep the reports.
pub fn stream_sorted(source: &Source, opts: &LoadOptions, sink: &(dyn Fn(LoadEvent) + Sync)) {
    stream_with(source, opts, sink, (Order::ByPath, Bodies::Packed));
}

/// `stream_sorted` for a sink that writes each report out once and drops
/// it (`dvtui export`): bodies are left uncompressed.
pub fn stream_sorted_plain(source: &Source, opts: &LoadOptions, sink: &(dyn Fn(LoadEvent) + Sync)) {
    stream_with(source, opts, sink, (Order::ByPath, Bodies::Plain));
}

/// `stream` or `stream_sorted`.
fn stream_with(
    source: &Source,
    opts: &LoadOptions,
    sink: &(dyn Fn(LoadEvent) + Sync),
    how: (Order, Bodies),
) {
    let start = Instant::now();
    let mut stats = match source {
        Source::Bundled => stream_bundled(sink),
        Source::Paths(paths) => pipeline::stream_paths(paths, opts, sink, how),
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
        let name = walk::display_name(f.path());
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

/// A duration in milliseconds.
pub(crate) fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Loads everything from `source` and returns it at once (for the command
/// line), reports sorted by file path.
pub fn load_all(source: &Source, opts: &LoadOptions) -> Loaded {
    let loaded = std::sync::Mutex::new(Loaded::default());
    stream_sorted(source, opts, &|ev| {
        let mut l = loaded
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        match ev {
            LoadEvent::Reports(r) => l.reports.extend(r),
            LoadEvent::Warning(w) => l.warnings.push(w),
            LoadEvent::Progress { .. } | LoadEvent::KeepCatalog(_) | LoadEvent::Stored => {}
            LoadEvent::Catalog(c) => l.reports.extend(c.reports().iter().cloned()),
            LoadEvent::Stale(ids) => l
                .reports
                .retain(|r| r.body.stored_key().is_none_or(|k| !ids.contains(&k))),
            LoadEvent::Remade(c) => l.reports = c.reports().to_vec(),
            LoadEvent::Done(s) => l.stats = s,
        }
    });
    let mut loaded = loaded
        .into_inner()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    // Already in path order; this also orders names that are not UTF-8
    // the way they are displayed.
    loaded.reports.sort_by(|a, b| a.file.cmp(&b.file));
    loaded
}

#[cfg(test)]
mod tests;
