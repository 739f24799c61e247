//! `dvtui ingest PATH… --db FILE`: builds or updates a store without the
//! TUI, with progress on stderr, and `open_store`, which picks and opens
//! the store a command uses (`--db`, else the cache) and says once on
//! stderr why it cannot be used.

use crate::load::{LoadEvent, LoadOptions};
use crate::store::{self, Store, SyncOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The store for `paths`: `db` when given, else the cache store for the
/// paths (none for the bundled sample or with `no_cache`). When it cannot
/// be opened, one message on stderr and `None`: the caller parses instead.
pub fn open_store(paths: &[PathBuf], db: Option<&Path>, no_cache: bool) -> Option<Store> {
    let path = match db {
        Some(db) => db.to_path_buf(),
        None if no_cache || paths.is_empty() => return None,
        None => store::cache_path(paths)?,
    };
    match Store::open(&path) {
        Ok(s) => Some(s),
        Err(e) => {
            eprintln!(
                "dvtui: store {e}; reading the files instead (delete the store file to rebuild it)"
            );
            None
        }
    }
}

/// Updates `store` from `paths`, printing progress and a summary on
/// stderr. Returns the exit code: 1 when files were skipped or the store
/// could not be written.
/// # Errors
/// Never; the signature matches the other commands.
pub fn run(store: Store, paths: &[PathBuf], opts: &LoadOptions) -> anyhow::Result<i32> {
    let db = store.path().display().to_string();
    let warnings = std::sync::atomic::AtomicUsize::new(0);
    let outcome = store::stream(
        store,
        paths,
        opts,
        &SyncOptions::default(),
        &|ev| match ev {
            LoadEvent::Progress {
                files_done,
                files_total,
                ..
            } => {
                let mut err = std::io::stderr().lock();
                let _ = writeln!(err, "dvtui: ingest: {files_done}/{files_total} files");
            }
            LoadEvent::Warning(w) => {
                warnings.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                eprintln!("{w}");
            }
            LoadEvent::Reports(_)
            | LoadEvent::Done(_)
            | LoadEvent::Catalog(_)
            | LoadEvent::KeepCatalog(_)
            | LoadEvent::Stale(_)
            | LoadEvent::Remade(_)
            | LoadEvent::Stored => {}
        },
    );
    eprintln!(
        "dvtui: store {db}: {} files parsed, {} removed ({})",
        outcome.reparsed,
        outcome.removed,
        match outcome.warmth {
            store::Warmth::Cold => "built or completed",
            store::Warmth::Warm => "updated",
        }
    );
    let failed = outcome.error.is_some() || warnings.into_inner() > 0;
    Ok(i32::from(failed))
}
