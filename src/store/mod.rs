//! The persistent store: parsed reports kept in one SQLite file, so an
//! archive opens without re-parsing and only new or changed files are read
//! again. It owns the schema (`schema.rs`), writing (`write.rs`), reading
//! (`read.rs`), the scan that brings a store up to date with the files
//! (`sync.rs`), the refresh of files changed while the app runs
//! (`live.rs`) and the cache location (`cache.rs`); `sync` and `live` use
//! the store through the `Storage` trait (`backend.rs`). It never writes to the
//! archive's own files and never touches the terminal; problems are typed
//! `StoreError`s, reported by the caller.

mod backend;
mod cache;
mod hash;
mod live;
mod packed;
mod read;
mod scan;
mod schema;
mod snapshot;
mod sync;
mod write;

pub use backend::{FileReader, ScanWrites, Storage, Wanted};
pub use cache::cache_path;
pub use hash::content_hash;
pub use live::{refresh, remake, Refresh};
pub use read::{BodyReader, StoredFile};
pub use schema::SCHEMA_VERSION;
pub use snapshot::{encode, save, save_catalog, CatalogTicket, EncodedCatalog, SNAPSHOT_VERSION};
pub use sync::{stream, SyncOptions, SyncOutcome, Warmth};
pub use write::{Entry, FileMeta};

use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How long a writer waits for another dvtui process holding the store.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// Why a store cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// SQLite refused: not a database, damaged, locked, read-only, …
    #[error("{path}: {source}")]
    Sqlite {
        path: String,
        #[source]
        source: rusqlite::Error,
    },
    /// The file is an SQLite database, but not one dvtui made.
    #[error("{path}: an SQLite database that is not a dvtui store; name another file")]
    NotAStore { path: String },
    /// The thread that writes the store cannot be started.
    #[error("{path}: cannot start the thread that writes the store: {source}")]
    Writer {
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// A parsed batch waiting to be stored did not read back.
    #[error("{path}: a parsed batch could not be stored: {reason}")]
    Queued { path: String, reason: String },
    /// The folder for the store cannot be made.
    #[error("{path}: cannot create the store's folder: {source}")]
    Folder {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

/// An open store, for reading and writing.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// What the store held when opened (see `schema::prepare`).
    state: schema::Opened,
}

/// Sets a freshly opened connection up and brings the tables to the
/// schema; `None` for a database of another program. Two processes opening
/// one new store at once can meet where SQLite returns "busy" at once
/// instead of waiting (changing the journal mode, or a write after another
/// process's commit), so the whole setup is tried again until the busy
/// timeout runs out.
fn set_up(conn: &mut Connection) -> rusqlite::Result<Option<schema::Opened>> {
    let deadline = Instant::now() + BUSY_TIMEOUT;
    loop {
        match try_set_up(conn) {
            Err(rusqlite::Error::SqliteFailure(e, _))
                if e.code == rusqlite::ErrorCode::DatabaseBusy && Instant::now() < deadline =>
            {
                std::thread::sleep(Duration::from_millis(20));
            }
            done => return done,
        }
    }
}

fn try_set_up(conn: &mut Connection) -> rusqlite::Result<Option<schema::Opened>> {
    // WAL: readers (the app showing a body) never wait for the writer, and
    // a killed writer leaves the last committed batch intact.
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    let Some(state) = schema::prepare(conn)? else {
        return Ok(None);
    };
    snapshot::ensure_table(conn)?;
    Ok(Some(state))
}

impl Store {
    /// Opens the store at `path`, creating it (and its folder) when missing,
    /// rebuilding it when it was written by another schema version.
    /// # Errors
    /// When the file is not a database, is damaged, locked for longer than
    /// the busy timeout, read-only, or a database of another program.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| StoreError::Folder {
                path: dir.display().to_string(),
                source,
            })?;
        }
        let sqlite = |source| StoreError::Sqlite {
            path: path.display().to_string(),
            source,
        };
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn = Connection::open_with_flags(path, flags).map_err(sqlite)?;
        conn.busy_timeout(BUSY_TIMEOUT).map_err(sqlite)?;
        let state = match set_up(&mut conn) {
            Ok(Some(state)) => state,
            Ok(None) => {
                return Err(StoreError::NotAStore {
                    path: path.display().to_string(),
                })
            }
            Err(e) => return Err(sqlite(e)),
        };
        Ok(Store {
            conn,
            path: path.to_path_buf(),
            state,
        })
    }

    /// The file the store lives in.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether the last update of the store ran to its end.
    pub fn was_complete(&self) -> bool {
        self.state.complete
    }

    /// Whether the store was made new (or rebuilt) by this `open`.
    pub fn was_rebuilt(&self) -> bool {
        self.state.fresh
    }

    /// Files recorded in the store.
    /// # Errors
    /// When the store cannot be read.
    pub fn file_count(&self) -> Result<usize, StoreError> {
        self.conn
            .query_row("SELECT count(*) FROM files", [], |r| r.get::<_, i64>(0))
            .map(|n| n as usize)
            .map_err(|e| self.error(e))
    }

    /// Wraps an SQLite error with the store's path.
    fn error(&self, source: rusqlite::Error) -> StoreError {
        StoreError::Sqlite {
            path: self.path.display().to_string(),
            source,
        }
    }
}

#[cfg(test)]
mod tests;
