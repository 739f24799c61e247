//! `Storage`: the operations dvtui asks of a place that keeps parsed
//! reports. Loading through a store (`sync`) and refreshing files that
//! changed while the app runs (`live`) speak only through it; `Store`
//! (one SQLite file) implements it here, and a server engine holding a
//! team-shared archive would implement the same (docs/scale.md). Nothing
//! here touches the archive's files or the terminal.

use super::read::{self, StoredFile};
use super::write::{self, Entry};
use super::{snapshot, Store, StoreError};
use crate::load::LoadEvent;
use crate::model::{LoadWarning, Report};
use rustc_hash::FxHashMap;
use std::sync::Arc;

/// Which stored files a read wants, by id and stored name, and under
/// which name to show them (`None`: leave the file out).
pub type Wanted<'a> = &'a dyn Fn(i64, &str) -> Option<String>;

/// Every stored file with its key, one at a time, in any order, read on
/// a connection of its own (see `Storage::file_reader`).
pub trait FileReader: Send {
    /// As `Storage::each_stored_file`.
    /// # Errors
    /// When the store cannot be read.
    fn each_stored_file(&self, each: &mut dyn FnMut(&str, &StoredFile)) -> Result<(), StoreError>;
}

/// What a comparison of the files with the store found to write, before
/// the files parsed again are stored: written together (see
/// `Storage::record_scan`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ScanWrites {
    /// Mark the update as under way (see `set_complete`).
    pub incomplete: bool,
    /// Stored files gone: dropped with everything stored for them.
    pub gone: Vec<i64>,
    /// Stored files whose bytes did not change under a new mtime (id, ns).
    pub touched: Vec<(i64, i64)>,
}

impl ScanWrites {
    /// Whether there is nothing to write.
    pub fn is_empty(&self) -> bool {
        !self.incomplete && self.gone.is_empty() && self.touched.is_empty()
    }
}

/// A keeper of parsed reports, bodies, warnings and the facts about each
/// source file that tell whether it changed. Files are keyed by their
/// absolute path. `Send`, so that a writer thread can own it for a load.
pub trait Storage: Send {
    /// The store as named in messages (a file's path, a server's address).
    fn location(&self) -> String;

    /// Whether the last update of the store ran to its end.
    fn was_complete(&self) -> bool;

    /// Whether the store was made new (or rebuilt) when opened.
    fn was_rebuilt(&self) -> bool;

    /// Every stored file by key.
    /// # Errors
    /// When the store cannot be read.
    fn stored_files(&self) -> Result<FxHashMap<String, StoredFile>, StoreError>;

    /// Every stored file with its key, one at a time, in any order, so
    /// that a comparison with the walked files need not hold them all. By
    /// default from `stored_files`.
    /// # Errors
    /// When the store cannot be read.
    fn each_stored_file(&self, each: &mut dyn FnMut(&str, &StoredFile)) -> Result<(), StoreError> {
        for (key, file) in &self.stored_files()? {
            each(key, file);
        }
        Ok(())
    }

    /// A reader of the stored files on a connection of its own, for a
    /// thread that compares them with the walked files while this one
    /// reads the saved catalog; `None` when there is none (the default):
    /// the files are compared after.
    fn file_reader(&self) -> Option<Box<dyn FileReader>> {
        None
    }

    /// The stored file keyed `key`, and every stored file under the folder
    /// `key`, with their keys.
    /// # Errors
    /// When the store cannot be read.
    fn files_at(&self, key: &str) -> Result<Vec<(String, StoredFile)>, StoreError>;

    /// Streams the reports of the files `wanted` names, `batch` at a time,
    /// bodies left in the store (read back when shown). Returns the ids of
    /// reports that can no longer be read, for the caller to parse again.
    /// # Errors
    /// When the store cannot be read.
    fn read_reports(
        &self,
        wanted: Wanted<'_>,
        batch: usize,
        emit: &mut dyn FnMut(Vec<Report>),
    ) -> Result<Vec<i64>, StoreError>;

    /// The stored warnings of the files `wanted` names.
    /// # Errors
    /// When the store cannot be read.
    fn read_warnings(&self, wanted: Wanted<'_>) -> Result<Vec<LoadWarning>, StoreError>;

    /// Stores a batch of parsed files at once (all or none), replacing
    /// what was stored under the same keys.
    /// # Errors
    /// When the store cannot be written.
    fn write_batch(&mut self, entries: &[Entry]) -> Result<(), StoreError>;

    /// Drops the files with these ids and everything stored for them.
    /// # Errors
    /// When the store cannot be written.
    fn remove_files(&mut self, ids: &[i64]) -> Result<(), StoreError>;

    /// Records new modification times (id, ns) of files whose bytes did not change.
    /// # Errors
    /// When the store cannot be written.
    fn touch_files(&mut self, touched: &[(i64, i64)]) -> Result<(), StoreError>;

    /// Marks whether an update is under way (false) or ran to its end (true).
    /// # Errors
    /// When the store cannot be written.
    fn set_complete(&mut self, complete: bool) -> Result<(), StoreError>;

    /// Writes what a comparison found (all or none where the backend
    /// can): the marker, the files gone, the files touched. By default
    /// through `set_complete`, `remove_files` and `touch_files`.
    /// # Errors
    /// When the store cannot be written.
    fn record_scan(&mut self, writes: &ScanWrites) -> Result<(), StoreError> {
        if writes.incomplete {
            self.set_complete(false)?;
        }
        self.remove_files(&writes.gone)?;
        self.touch_files(&writes.touched)
    }

    /// Sends the catalog saved for the files as stored under `naming`
    /// (`LoadEvent::Catalog`) and returns whether it did; `kept` becomes
    /// its number of reports. `reports_read` is called once its reports
    /// are decoded, while the rest of it may still be. A backend that
    /// saves no catalogs sends none.
    /// # Errors
    /// When the store cannot be read.
    fn send_saved_catalog(
        &self,
        _naming: &str,
        _sink: &(dyn Fn(LoadEvent) + Sync),
        _kept: &mut usize,
        _reports_read: &dyn Fn(),
    ) -> Result<bool, StoreError> {
        Ok(false)
    }

    /// Offers the receiver a ticket to save the catalog this load builds
    /// (`LoadEvent::KeepCatalog`), keyed by the files stored now.
    /// # Errors
    /// When the store cannot be read.
    fn offer_catalog(
        &self,
        _naming: String,
        _parsed: &FxHashMap<String, String>,
        _sink: &(dyn Fn(LoadEvent) + Sync),
    ) -> Result<(), StoreError> {
        Ok(())
    }
}

impl StoreError {
    /// What went wrong, without the store's name (for messages that
    /// already name it).
    pub fn cause(&self) -> String {
        match self {
            StoreError::Sqlite { source, .. } => source.to_string(),
            StoreError::Folder { source, .. } => format!("cannot create its folder: {source}"),
            StoreError::Writer { source, .. } => format!("cannot start its writer: {source}"),
            StoreError::NotAStore { .. } => "not a dvtui store".into(),
            StoreError::Queued { reason, .. } => {
                format!("a parsed batch did not read back: {reason}")
            }
        }
    }
}

impl Storage for Store {
    fn location(&self) -> String {
        self.path.display().to_string()
    }

    fn was_complete(&self) -> bool {
        self.state.complete
    }

    fn was_rebuilt(&self) -> bool {
        self.state.fresh
    }

    fn stored_files(&self) -> Result<FxHashMap<String, StoredFile>, StoreError> {
        read::stored_files(&self.conn).map_err(|e| self.error(e))
    }

    fn each_stored_file(&self, each: &mut dyn FnMut(&str, &StoredFile)) -> Result<(), StoreError> {
        read::each_stored_file(&self.conn, each).map_err(|e| self.error(e))
    }

    fn file_reader(&self) -> Option<Box<dyn FileReader>> {
        let reader = read::FileRows::open(&self.path).ok()?;
        Some(Box::new(StoredFileReader {
            reader,
            path: self.location(),
        }))
    }

    fn files_at(&self, key: &str) -> Result<Vec<(String, StoredFile)>, StoreError> {
        read::files_at(&self.conn, key).map_err(|e| self.error(e))
    }

    fn read_reports(
        &self,
        wanted: Wanted<'_>,
        batch: usize,
        emit: &mut dyn FnMut(Vec<Report>),
    ) -> Result<Vec<i64>, StoreError> {
        let bodies = read::BodyReader::open(&self.path).map_err(|e| self.error(e))?;
        read::read_reports(&self.conn, wanted, &Arc::new(bodies), batch, emit)
            .map_err(|e| self.error(e))
    }

    fn read_warnings(&self, wanted: Wanted<'_>) -> Result<Vec<LoadWarning>, StoreError> {
        read::read_warnings(&self.conn, wanted).map_err(|e| self.error(e))
    }

    fn write_batch(&mut self, entries: &[Entry]) -> Result<(), StoreError> {
        write::write_batch(&mut self.conn, entries).map_err(|e| self.error(e))
    }

    fn remove_files(&mut self, ids: &[i64]) -> Result<(), StoreError> {
        write::remove_files(&mut self.conn, ids).map_err(|e| self.error(e))
    }

    fn touch_files(&mut self, touched: &[(i64, i64)]) -> Result<(), StoreError> {
        write::touch_files(&mut self.conn, touched).map_err(|e| self.error(e))
    }

    fn set_complete(&mut self, complete: bool) -> Result<(), StoreError> {
        write::set_complete(&self.conn, complete).map_err(|e| self.error(e))
    }

    fn record_scan(&mut self, writes: &ScanWrites) -> Result<(), StoreError> {
        write::record_scan(&mut self.conn, writes).map_err(|e| self.error(e))
    }

    fn send_saved_catalog(
        &self,
        naming: &str,
        sink: &(dyn Fn(LoadEvent) + Sync),
        kept: &mut usize,
        reports_read: &dyn Fn(),
    ) -> Result<bool, StoreError> {
        snapshot::send_saved(self, naming, sink, kept, reports_read).map_err(|e| self.error(e))
    }

    fn offer_catalog(
        &self,
        naming: String,
        parsed: &FxHashMap<String, String>,
        sink: &(dyn Fn(LoadEvent) + Sync),
    ) -> Result<(), StoreError> {
        snapshot::offer(self, naming, parsed, sink).map_err(|e| self.error(e))
    }
}

/// `Store`'s `FileReader`.
struct StoredFileReader {
    reader: read::FileRows,
    /// The store, as named in errors.
    path: String,
}

impl FileReader for StoredFileReader {
    fn each_stored_file(&self, each: &mut dyn FnMut(&str, &StoredFile)) -> Result<(), StoreError> {
        self.reader
            .each_stored_file(each)
            .map_err(|source| StoreError::Sqlite {
                path: self.path.clone(),
                source,
            })
    }
}
