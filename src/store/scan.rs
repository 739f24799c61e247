//! Comparing the files under the given paths with what a store holds:
//! unchanged (same size and mtime, or same bytes), touched (new mtime,
//! same bytes), changed or new (to re-parse), and gone (to drop). Files
//! are only stat'ed and, when needed, read to hash them.

use super::content_hash;
use super::read::StoredFile;
use super::write::FileMeta;
use crate::load::{display_name, walk_each, Found};
use crate::model::LoadWarning;
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

/// One walked file against the store.
#[derive(Debug)]
pub(super) enum Status {
    /// Stored as it is: its id.
    Same(i64),
    /// Same bytes under a new mtime: its id and the new mtime.
    Touched(i64, i64),
    /// New, changed, or parsed by another parser version (boxed: every
    /// walked file has a status while they are sorted, and most are
    /// `Same`).
    Changed(Box<FileMeta>),
}

/// The outcome of a scan.
#[derive(Debug, Default)]
pub(super) struct Scan {
    /// Stored files to show as they are: id -> name to show.
    pub keep: FxHashMap<i64, String>,
    /// Stored files whose mtime moved but whose bytes did not.
    pub touched: Vec<(i64, i64)>,
    /// Files to parse, with what to store about them, by shown name.
    pub changed: Vec<(PathBuf, FileMeta)>,
    /// Stored files no longer under the paths.
    pub gone: Vec<i64>,
    /// Paths that could not be walked, and how many are missing.
    pub warnings: Vec<LoadWarning>,
    /// Files left unread for their extension, by extension.
    pub ignored: FxHashMap<String, usize>,
    pub missing: usize,
    /// Files found.
    pub files: usize,
}

/// The files under some paths as the file system has them: walked and
/// stat'ed, not yet compared with a store. Made apart from the comparison
/// so that the walk can run while the store is read.
#[derive(Debug, Default)]
pub(super) struct Survey {
    /// Each file found: its path, and its size and mtime (0 and 0 when it
    /// cannot be stat'ed; the parse says why). Its key in the store is
    /// made from the path when it is compared, not held for every file
    /// meanwhile.
    files: Vec<(PathBuf, (u64, i64))>,
    warnings: Vec<LoadWarning>,
    ignored: FxHashMap<String, usize>,
    missing: usize,
}

/// Walks `paths` and stats every file found.
pub(super) fn survey(paths: &[PathBuf]) -> Survey {
    let mut out = Survey::default();
    let mut found = Vec::new();
    walk_each(paths, &mut |f| match f {
        Found::File(p) => found.push(p),
        Found::Warning { warning, missing } => {
            out.missing += usize::from(missing);
            out.warnings.push(warning);
        }
        Found::Ignored(ext) => *out.ignored.entry(ext).or_default() += 1,
    });
    out.files = found
        .into_par_iter()
        .map(|p| {
            let stat = stat_of(&p);
            (p, stat)
        })
        .collect();
    out
}

/// Sorts every file of `survey` against `stored`.
pub(super) fn compare(survey: Survey, stored: &FxHashMap<String, StoredFile>) -> Scan {
    let mut out = Scan {
        warnings: survey.warnings,
        ignored: survey.ignored,
        missing: survey.missing,
        files: survey.files.len(),
        ..Scan::default()
    };
    // Files whose mtime moved are read to hash them: spread over the cores.
    let statuses: Vec<(Status, Option<i64>)> = survey
        .files
        .par_iter()
        .map(|(p, stat)| {
            let key = key_of(p);
            let row = stored.get(&key);
            (status_from(p, &key, *stat, row), row.map(|s| s.id))
        })
        .collect();
    // The stored files walked, by id (the others are gone). Each walked
    // file's path and key are dropped as soon as it is sorted: on a warm
    // launch this runs while the whole catalog is held, so what it holds
    // at once adds to the launch's peak memory.
    let mut seen = FxHashSet::default();
    seen.reserve(stored.len());
    out.keep.reserve(survey.files.len());
    for ((path, _), (status, stored_id)) in survey.files.into_iter().zip(statuses) {
        if let Some(id) = stored_id {
            seen.insert(id);
        }
        match status {
            Status::Same(id) => {
                out.keep.insert(id, display_name(&path));
            }
            Status::Touched(id, mtime) => {
                out.keep.insert(id, display_name(&path));
                out.touched.push((id, mtime));
            }
            Status::Changed(meta) => out.changed.push((path, *meta)),
        }
    }
    out.gone = stored
        .values()
        .filter(|f| !seen.contains(&f.id))
        .map(|f| f.id)
        .collect();
    out
}

/// The key of a file in the store: its absolute path, not resolving links
/// (cheap, and what the user's paths name).
pub(super) fn key_of(p: &Path) -> String {
    std::path::absolute(p)
        .unwrap_or_else(|_| p.to_path_buf())
        .to_string_lossy()
        .into_owned()
}

/// Compares one file with its stored row; reads it only to hash it, when
/// its size is the same but its mtime moved.
pub(super) fn status_of(p: &Path, key: &str, stored: Option<&StoredFile>) -> Status {
    status_from(p, key, stat_of(p), stored)
}

/// Size and mtime of a file; 0 and 0 when it cannot be stat'ed (the parse
/// reports why it cannot be read).
fn stat_of(p: &Path) -> (u64, i64) {
    match std::fs::metadata(p) {
        Ok(m) => (m.len(), mtime_of(&m)),
        Err(_) => (0, 0),
    }
}

/// `status_of` with the file's size and mtime already known.
fn status_from(
    p: &Path,
    key: &str,
    (size, mtime_ns): (u64, i64),
    stored: Option<&StoredFile>,
) -> Status {
    let current = stored.filter(|s| s.parse_version == crate::parse::PARSE_VERSION);
    let Some(s) = current else {
        // Nothing to compare with: the writer hashes it, off the path of
        // the first reports.
        return Status::Changed(Box::new(FileMeta {
            path: key.to_string(),
            size,
            mtime_ns,
            hash: String::new(),
        }));
    };
    if s.size == size && s.mtime_ns == mtime_ns {
        return Status::Same(s.id);
    }
    let hash = if s.size == size {
        std::fs::read(p)
            .map(|b| content_hash(&b))
            .unwrap_or_default()
    } else {
        String::new()
    };
    if !hash.is_empty() && s.hash == hash {
        Status::Touched(s.id, mtime_ns)
    } else {
        Status::Changed(Box::new(FileMeta {
            path: key.to_string(),
            size,
            mtime_ns,
            hash,
        }))
    }
}

/// Modification time in nanoseconds since the epoch (0 where unknown).
fn mtime_of(m: &std::fs::Metadata) -> i64 {
    m.modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos() as i64)
}
