//! Refreshing files that changed while the app runs: each file named is
//! compared with the store (when one is used) and parsed again only when
//! its bytes changed, then stored; paths that are gone (files, or whole
//! folders) are dropped from the store. The outcome is what the app needs
//! to bring its catalog up to date. The archive's files are only read.

use super::scan::{key_of, status_of, Status};
use super::sync::{reparse, Queue};
use super::write::FileMeta;
use super::{Storage, StoreError};
use crate::catalog::Catalog;
use crate::load::{display_name, LoadEvent, LoadOptions, LoadStats, Source};
use crate::model::{LoadWarning, Report};
use std::path::PathBuf;
use std::sync::Mutex;

/// What a refresh found: replaces whatever the catalog held for `read`
/// and `gone`.
#[derive(Debug, Default)]
pub struct Refresh {
    /// Files read again, as shown: their old reports and warnings go,
    /// `reports` and `warnings` come in their place.
    pub read: Vec<String>,
    pub reports: Vec<Report>,
    pub warnings: Vec<LoadWarning>,
    /// Paths gone, as shown: a file, or a folder with everything under it.
    pub gone: Vec<String>,
    /// Why the store could not be updated, when it could not (the files
    /// were parsed all the same).
    pub error: Option<String>,
    /// Stored files were replaced or dropped, and the store is whole: the
    /// catalog can be made again from it, off the screen's thread.
    pub remake: bool,
}

/// Re-reads `files` and drops `gone`, through `store` when given: a file
/// whose size and time match the store is left as it is.
pub fn refresh(
    store: Option<&mut dyn Storage>,
    files: &[PathBuf],
    gone: &[PathBuf],
    opts: &LoadOptions,
) -> Refresh {
    let mut out = Refresh {
        gone: gone.iter().map(|p| display_name(p)).collect(),
        ..Refresh::default()
    };
    if let Some(store) = store {
        match through_store(store, files, gone, opts, &mut out) {
            Ok(()) => return out,
            Err(e) => {
                out.error = Some(format!("store not updated: {}", e.cause()));
                (out.read, out.reports, out.warnings) = (Vec::new(), Vec::new(), Vec::new());
                out.remake = false;
            }
        }
    }
    out.read = files.iter().map(|p| display_name(p)).collect();
    let got = Collected::default();
    crate::load::stream(&Source::Paths(files.to_vec()), opts, &|ev| got.take(ev));
    (out.reports, out.warnings) = got.into_parts();
    out
}

/// `refresh` with a store: compares, parses what changed, stores it.
fn through_store(
    store: &mut dyn Storage,
    files: &[PathBuf],
    gone: &[PathBuf],
    opts: &LoadOptions,
    out: &mut Refresh,
) -> Result<(), StoreError> {
    let mut dropped = Vec::new();
    for p in gone {
        dropped.extend(store.files_at(&key_of(p))?.into_iter().map(|(_, f)| f.id));
    }
    store.remove_files(&dropped)?;
    out.remake = !dropped.is_empty();
    let mut changed: Vec<(PathBuf, FileMeta)> = Vec::new();
    let mut touched = Vec::new();
    for p in files {
        let key = key_of(p);
        let stored = store.files_at(&key)?;
        let row = stored.iter().find(|(k, _)| *k == key).map(|(_, f)| f);
        match status_of(p, &key, row) {
            Status::Same(_) => {}
            Status::Touched(id, mtime) => touched.push((id, mtime)),
            Status::Changed(meta) => {
                out.remake |= row.is_some();
                changed.push((p.clone(), *meta));
            }
        }
    }
    store.touch_files(&touched)?;
    out.read = changed.iter().map(|(p, _)| display_name(p)).collect();
    let mut stats = LoadStats {
        files: changed.len(),
        ..LoadStats::default()
    };
    let got = Collected::default();
    reparse(
        store,
        changed,
        &super::ScanWrites::default(),
        opts,
        (&|ev| got.take(ev), Queue::Short, &|_| {}),
        &mut stats,
    )?;
    (out.reports, out.warnings) = got.into_parts();
    Ok(())
}

/// The catalog made again from every report `store` holds, named by
/// `name_of` (stored id, stored name) — after files were replaced or
/// dropped, since identities and positions depend on all reports at once.
/// # Errors
/// When the store cannot be read.
pub fn remake(
    store: &dyn Storage,
    name_of: &dyn Fn(i64, &str) -> Option<String>,
) -> Result<Catalog, StoreError> {
    let mut reports = Vec::new();
    store.read_reports(name_of, REMAKE_BATCH, &mut |b| reports.extend(b))?;
    Ok(Catalog::from_reports(reports))
}

/// Reports read from the store at a time while making the catalog again.
const REMAKE_BATCH: usize = 4096;

/// The reports and warnings a load sends, kept.
#[derive(Default)]
struct Collected(Mutex<(Vec<Report>, Vec<LoadWarning>)>);

impl Collected {
    fn take(&self, ev: LoadEvent) {
        let mut got = self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        match ev {
            LoadEvent::Reports(r) => got.0.extend(r),
            LoadEvent::Warning(w) => got.1.push(w),
            // A refresh asks for report batches, never a whole catalog.
            LoadEvent::Progress { .. }
            | LoadEvent::Done(_)
            | LoadEvent::Catalog(_)
            | LoadEvent::KeepCatalog(_)
            | LoadEvent::Stale(_)
            | LoadEvent::Remade(_)
            | LoadEvent::Stored => {}
        }
    }

    fn into_parts(self) -> (Vec<Report>, Vec<LoadWarning>) {
        self.0
            .into_inner()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}
