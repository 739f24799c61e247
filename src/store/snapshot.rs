//! The saved catalog: after a load through a store, the catalog built from
//! its reports (reports without bodies, officials, positions, identities,
//! the search index) is kept in the store in a compact binary form, so that
//! the next launch over the same files reads it back instead of building it
//! again. It is keyed by everything it was built from — the stored files
//! (id, path, size, content hash), the paths the files are shown under, and
//! the versions of the schema, the parser, this format and the program — so
//! any change to the files or to dvtui makes it unused, and the catalog is
//! built from the reports and saved anew. A saved catalog that does not read
//! back is named in a warning and replaced the same way. The identity state
//! is saved as a part of its own and left in the store when the catalog is
//! read back, read only if the catalog has to change (see
//! `catalog::StateSource`).

use super::packed;
use super::read::BodyReader;
use super::schema::{meta_get, meta_set};
use super::write::FileMeta;
use super::{content_hash, Store, StoreError};
use crate::catalog::{Catalog, Derived, StateSource};
use crate::load::{display_name, LoadEvent};
use crate::model::{Body, BodySource, LoadWarning, Report};
use rayon::prelude::*;
use rusqlite::{params, Connection, OpenFlags, TransactionBehavior};
use rustc_hash::FxHashMap;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

mod stream;

/// Bumped whenever the binary layout of the saved catalog changes.
pub const SNAPSHOT_VERSION: u32 = 8;

/// Reports per stored part: parts are encoded and decoded on all cores.
const REPORTS_PER_PART: usize = 8192;

/// The table of the saved catalog (part 0 is what was derived from the
/// reports, part -1 the packed identity state, parts 1… the reports in
/// order, each with its files' ids), and
/// the triggers that count every change to the stored files, so that a
/// saved catalog is never read for files other than its own, whichever
/// process changed them.
const CREATE: &str = "
CREATE TABLE IF NOT EXISTS snapshot (part INTEGER PRIMARY KEY, data BLOB NOT NULL);
INSERT OR IGNORE INTO meta (key, value) VALUES ('files_generation', '0');
CREATE TRIGGER IF NOT EXISTS files_added AFTER INSERT ON files BEGIN
    UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'files_generation';
END;
CREATE TRIGGER IF NOT EXISTS files_dropped AFTER DELETE ON files BEGIN
    UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'files_generation';
END;
CREATE TRIGGER IF NOT EXISTS files_changed AFTER UPDATE OF path, size, hash, parse_version
ON files BEGIN
    UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'files_generation';
END;
";

/// The part holding the packed identity state.
const STATE_PART: i64 = -1;

/// The `meta` key holding the key of the saved catalog.
const META_KEY: &str = "snapshot";

/// The `meta` key counting changes to the `files` table.
const GENERATION: &str = "files_generation";

/// Where and under which key the catalog a load builds may be saved
/// (`save`); handed out by a load through a store that found no saved
/// catalog for its files.
#[derive(Clone, Debug)]
pub struct CatalogTicket {
    path: PathBuf,
    key: String,
    /// The files parsed by the load: shown name -> file id (reports read
    /// from the store carry their id in their body).
    parsed: FxHashMap<String, i64>,
    /// How the load named the files (see `naming`).
    naming: String,
}

/// How a load names its files: the paths as given (the shown names follow
/// from them), or nothing when the store is opened without paths.
pub(super) fn naming(paths: &[PathBuf]) -> String {
    let mut out = String::new();
    for p in paths {
        out.push_str(&p.to_string_lossy());
        out.push('\0');
    }
    out
}

/// The key of a catalog built from the files as stored now, named by
/// `naming`; `None` when the program's own identity cannot be told.
pub(super) fn key(conn: &Connection, naming: &str) -> rusqlite::Result<Option<String>> {
    let Some(build) = build_id() else {
        return Ok(None);
    };
    let generation = meta_get(conn, GENERATION)?.unwrap_or_default();
    let versions = [
        i64::from(SNAPSHOT_VERSION),
        super::SCHEMA_VERSION,
        crate::parse::PARSE_VERSION,
    ];
    Ok(Some(key_of(build, versions, naming, &generation)))
}

/// The key from its parts: the program, the versions of the saved form,
/// the schema and the parser, the naming, and the files' change count.
fn key_of(build: &str, versions: [i64; 3], naming: &str, generation: &str) -> String {
    let [snapshot, schema, parse] = versions;
    let text = format!("{build}\0{snapshot}\0{schema}\0{parse}\0{naming}\0{generation}");
    format!("{generation}-{}", content_hash(text.as_bytes()))
}

/// This program's identity: its version, and the size and time of its
/// executable, so that a rebuilt dvtui (whose catalog may be built
/// differently) never reads a catalog an earlier build saved.
fn build_id() -> Option<&'static str> {
    static ID: OnceLock<Option<String>> = OnceLock::new();
    ID.get_or_init(|| {
        let exe = std::env::current_exe().ok()?;
        let m = std::fs::metadata(exe).ok()?;
        let mtime = m
            .modified()
            .ok()?
            .duration_since(std::time::UNIX_EPOCH)
            .ok()?
            .as_nanos();
        Some(format!("{}:{}:{mtime}", env!("CARGO_PKG_VERSION"), m.len()))
    })
    .as_deref()
}

/// A ticket for saving the catalog a load built from the files as stored
/// now; `parsed` maps the shown names of the files parsed by the load to
/// their stored paths.
fn ticket(
    store: &Store,
    naming: String,
    parsed: &FxHashMap<String, String>,
) -> rusqlite::Result<Option<CatalogTicket>> {
    let Some(key) = key(&store.conn, &naming)? else {
        return Ok(None);
    };
    let stored = super::read::stored_files(&store.conn)?;
    let parsed = parsed
        .iter()
        .filter_map(|(name, path)| Some((name.clone(), stored.get(path)?.id)))
        .collect();
    Ok(Some(CatalogTicket {
        path: store.path().to_path_buf(),
        key,
        parsed,
        naming,
    }))
}

/// Reads the catalog saved under `key`: `Ok(None)` when there is none for
/// that key, `Err` with the reason when one is there but does not read.
/// Bodies are attached as fetched from `bodies`; `reports_read` is called
/// once the reports are decoded (the derived part may not be yet).
pub(super) fn load(
    conn: &Connection,
    key: &str,
    bodies: &Arc<BodyReader>,
    reports_read: &dyn Fn(),
) -> Result<Option<Catalog>, String> {
    // One read transaction: the key and the parts read are one saving's,
    // whatever another process writes meanwhile.
    let _read = if conn.is_autocommit() {
        Some(conn.unchecked_transaction().map_err(|e| e.to_string())?)
    } else {
        None
    };
    let saved = meta_get(conn, META_KEY).map_err(|e| e.to_string())?;
    if saved.as_deref() != Some(key) {
        return Ok(None);
    }
    let (derived, reports) = read_and_decode(conn, key, bodies.clone(), reports_read)?;
    let mut derived = derived.map_err(|e| format!("the saved catalog does not read: {e}"))?;
    if let Some(path) = conn.path().filter(|p| !p.is_empty()) {
        derived.read_identities_from(Arc::new(SavedState {
            path: PathBuf::from(path),
            key: key.to_string(),
        }));
    }
    let all = reports.map_err(|e| {
        if e == MISMATCH {
            e
        } else {
            format!("the saved reports do not read: {e}")
        }
    })?;
    let catalog = Catalog::from_derived(all, derived)
        .ok_or_else(|| "the saved catalog does not match its reports".to_string())?;
    // The parts' bytes and packed reports are freed; their pages go back.
    crate::memory::give_back();
    Ok(Some(catalog))
}

/// The saved reports put together in part order as the parts are decoded
/// (in any order), each part's own list dropped as soon as it is moved in,
/// so that the reports are never held twice.
struct Assembly {
    source: Arc<dyn BodySource>,
    /// The number of the part the reports go on with.
    next: i64,
    /// Parts decoded before the ones ahead of them.
    waiting: BTreeMap<i64, (Vec<i64>, Vec<Report>)>,
    reports: Vec<Report>,
}

impl Assembly {
    /// Takes one decoded part: its file ids and reports.
    fn add(&mut self, part: i64, ids: Vec<i64>, reports: Vec<Report>) -> Result<(), String> {
        if ids.len() != reports.len() {
            return Err(MISMATCH.into());
        }
        self.waiting.insert(part, (ids, reports));
        while let Some(entry) = self.waiting.first_entry() {
            if *entry.key() > self.next {
                break;
            }
            self.next = *entry.key() + 1;
            let (ids, reports) = entry.remove();
            self.append(ids, reports);
        }
        Ok(())
    }

    fn append(&mut self, ids: Vec<i64>, reports: Vec<Report>) {
        let source = &self.source;
        self.reports
            .extend(reports.into_iter().zip(ids).map(|(mut r, id)| {
                r.body = Body::fetched(source.clone(), id);
                r
            }));
    }

    /// Every report, in part order.
    fn finish(mut self) -> Vec<Report> {
        while let Some((_, (ids, reports))) = self.waiting.pop_first() {
            self.append(ids, reports);
        }
        self.reports
    }
}

/// Why saved reports are refused when a part's files and reports differ.
const MISMATCH: &str = "the saved reports do not match their files";

/// The saved catalog's derived part and its reports, each decoded or why not.
type Decoded = (Result<Derived, String>, Result<Vec<Report>, String>);

/// Decodes the saved catalog under `key`: the derived part on a thread
/// and a connection of its own, streamed from the store (see
/// `derived_from_store`), while this thread reads the report parts one by
/// one and earlier ones are decoded on all cores; each part's bytes are
/// dropped once decoded, and at most two wait, so the bytes and the
/// catalog they make are not all held at once. The reports come with
/// their bodies attached as fetched from `source`; `reports_read` is
/// called once they are all decoded, before the derived part is waited for.
fn read_and_decode(
    conn: &Connection,
    key: &str,
    source: Arc<dyn BodySource>,
    reports_read: &dyn Fn(),
) -> Result<Decoded, String> {
    let path = conn
        .path()
        .filter(|p| !p.is_empty())
        .map(PathBuf::from)
        .ok_or("the store has no file to read the saved catalog from")?;
    let room = report_count(conn).map_err(|e| e.to_string())?;
    let (tx, rx) = std::sync::mpsc::sync_channel::<(i64, Vec<u8>)>(2);
    std::thread::scope(|s| {
        let derived = s.spawn(|| derived_from_store(&path, key));
        let decoder = s.spawn(move || {
            let assembly = std::sync::Mutex::new(Assembly {
                source,
                next: 1,
                waiting: BTreeMap::new(),
                // With room for the reports of files added or changed
                // since the catalog was saved (see `exact::vec_with_room`).
                reports: Vec::with_capacity(crate::model::exact::with_room(room)),
            });
            let known = packed::Known::default();
            rx.into_iter().par_bridge().try_for_each(|(part, bytes)| {
                let (ids, reports) = packed::unpack(&bytes, &known)?;
                drop(bytes);
                crate::memory::give_back_here();
                let mut assembly = assembly.lock().map_err(|e| e.to_string())?;
                assembly.add(part, ids, reports)
            })?;
            let assembly = assembly.into_inner().map_err(|e| e.to_string())?;
            Ok(assembly.finish())
        });
        let read = send_parts(conn, &tx);
        drop(tx);
        let reports = decoder
            .join()
            .map_err(|_| "the saved reports could not be decoded".to_string())?;
        reports_read();
        let derived = derived
            .join()
            .map_err(|_| "the saved catalog could not be decoded".to_string())?;
        read.map_err(|e| e.to_string())?;
        Ok((derived, reports))
    })
}

/// Room for every saved report: each part after the derived one holds a
/// full part's reports but the last, which says how many it holds first
/// (the length of its list of file ids). Reports are a few hundred bytes
/// each and kept for as long as the app runs: room for a full last part
/// would be up to two megabytes never used on 100,000 reports.
fn report_count(conn: &Connection) -> rusqlite::Result<usize> {
    let (parts, last): (i64, Option<i64>) = conn.query_row(
        "SELECT count(*), max(part) FROM snapshot WHERE part > 0",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let full = usize::try_from(parts).unwrap_or(0) * REPORTS_PER_PART;
    let Some(last) = last else {
        return Ok(0);
    };
    let blob = conn.blob_open(rusqlite::MAIN_DB, c"snapshot", c"data", last, true)?;
    let mut head = [0u8; 10];
    let n = head.len().min(blob.len());
    blob.read_at_exact(&mut head[..n], 0)?;
    Ok(match postcard::take_from_bytes::<u64>(&head[..n]) {
        Ok((len, _)) if (len as usize) <= REPORTS_PER_PART => {
            full - REPORTS_PER_PART + len as usize
        }
        // Not what a part starts with: the part is refused when decoded.
        _ => full,
    })
}

/// Sends every saved report part (all but part 0), in order, to `tx`
/// (until the receiver stops).
fn send_parts(
    conn: &Connection,
    tx: &std::sync::mpsc::SyncSender<(i64, Vec<u8>)>,
) -> rusqlite::Result<()> {
    let parts: Vec<i64> = conn
        .prepare("SELECT part FROM snapshot WHERE part > 0 ORDER BY part")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for part in parts {
        if tx.send((part, read_part(conn, part)?)).is_err() {
            break;
        }
        // The parts sent before are freed by the decoding threads.
        crate::memory::give_back_here();
    }
    Ok(())
}

/// One saved part's bytes, read straight from the store's pages: read as
/// a column value, SQLite would first gather the part into a buffer of its
/// own and then hand over a copy of that.
fn read_part(conn: &Connection, part: i64) -> rusqlite::Result<Vec<u8>> {
    let blob = conn.blob_open(rusqlite::MAIN_DB, c"snapshot", c"data", part, true)?;
    let mut bytes = vec![0; blob.len()];
    blob.read_at_exact(&mut bytes, 0)?;
    Ok(bytes)
}

/// Decodes the derived part (part 0) saved under `key` in the store at
/// `path`, streamed from its pages a window at a time: the part is the
/// largest of a saved catalog (tens of megabytes on 100,000 reports), and
/// neither it nor SQLite's copy of it is ever held whole. Read on a
/// connection of its own, in one read transaction that checks the key
/// first, so the part is the one the reports were saved with.
fn derived_from_store(path: &Path, key: &str) -> Result<Derived, String> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let sqlite = |e: rusqlite::Error| e.to_string();
    let conn = Connection::open_with_flags(path, flags).map_err(sqlite)?;
    conn.busy_timeout(super::BUSY_TIMEOUT).map_err(sqlite)?;
    let tx = conn.unchecked_transaction().map_err(sqlite)?;
    if meta_get(&tx, META_KEY).map_err(sqlite)?.as_deref() != Some(key) {
        return Err("the saved catalog changed while it was read".into());
    }
    let blob = tx
        .blob_open(rusqlite::MAIN_DB, c"snapshot", c"data", 0, true)
        .map_err(sqlite)?;
    let mut de = postcard::Deserializer::from_flavor(stream::BlobWindow::new(blob));
    let derived = Derived::deserialize(&mut de).map_err(|e| e.to_string())?;
    drop(de);
    drop(tx);
    Ok(derived)
}

/// The identity state of a catalog saved under `key` in the store at
/// `path`, read when the catalog read back has to change: only while that
/// catalog is still the one saved there (else the state is made again
/// from the reports).
#[derive(Debug)]
struct SavedState {
    path: PathBuf,
    key: String,
}

impl StateSource for SavedState {
    fn fetch(&self) -> Option<Vec<u8>> {
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(&self.path, flags).ok()?;
        conn.busy_timeout(super::BUSY_TIMEOUT).ok()?;
        let tx = conn.unchecked_transaction().ok()?;
        if meta_get(&tx, META_KEY).ok()?? != self.key {
            return None;
        }
        read_part(&tx, STATE_PART).ok()
    }
}

/// Makes the table of the saved catalog and the change counter where
/// they are missing (a store made before them gets them on opening).
pub(super) fn ensure_table(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch(CREATE)
}

/// The saved catalog, encoded and ready to write (see `save`).
pub struct EncodedCatalog {
    path: PathBuf,
    key: String,
    naming: String,
    parts: Vec<Vec<u8>>,
    /// The packed identity state, saved as `STATE_PART`.
    state: Vec<u8>,
}

/// Encodes `catalog` for `ticket` (on all cores); `None` when a report's
/// file is not known to the store, so the catalog is not what the key says.
pub fn encode(ticket: &CatalogTicket, catalog: &Catalog) -> Option<EncodedCatalog> {
    let ids: Vec<i64> = catalog
        .reports()
        .par_iter()
        .map(|r| {
            r.body
                .stored_key()
                .or_else(|| ticket.parsed.get(&r.file).copied())
        })
        .collect::<Option<_>>()?;
    let chunks: Vec<(&[i64], &[Report])> = ids
        .chunks(REPORTS_PER_PART)
        .zip(catalog.reports().chunks(REPORTS_PER_PART))
        .collect();
    let (derived, reports) = rayon::join(
        || {
            let (derived, state) = catalog.derived().ok()?;
            // Sized first: the part is tens of megabytes, and a vector grown
            // by doubling would hold up to twice that at a cold launch's peak.
            let size = postcard::experimental::serialized_size(&derived).ok()?;
            let bytes = postcard::to_extend(&derived, Vec::with_capacity(size)).ok()?;
            Some((bytes, state))
        },
        || {
            chunks
                .par_iter()
                .map(|(ids, reports)| packed::pack(ids, *reports))
                .collect::<Result<Vec<_>, _>>()
        },
    );
    let (derived, state) = derived?;
    let mut parts = vec![derived];
    parts.extend(reports.ok()?);
    Some(EncodedCatalog {
        path: ticket.path.clone(),
        key: ticket.key.clone(),
        naming: ticket.naming.clone(),
        parts,
        state,
    })
}

/// Writes an encoded catalog into its store, replacing what was saved,
/// unless the store's files changed since the load (another process):
/// then nothing is saved.
/// # Errors
/// When the store cannot be opened or written.
pub fn save(encoded: &EncodedCatalog) -> Result<(), StoreError> {
    let sqlite = |source| StoreError::Sqlite {
        path: encoded.path.display().to_string(),
        source,
    };
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut conn = Connection::open_with_flags(&encoded.path, flags).map_err(sqlite)?;
    conn.busy_timeout(super::BUSY_TIMEOUT).map_err(sqlite)?;
    write_parts(&mut conn, encoded).map_err(sqlite)?;
    // The saved catalog is the largest write of a launch, and the body
    // reader's connection stays open, so closing this one leaves it all in
    // the write-ahead log: the next launch's first write would copy it into
    // the store while the user waits. Copied now instead, off the user's
    // path. A reader in the way leaves the rest for SQLite's own
    // checkpoints, as before.
    let _ = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
    Ok(())
}

fn write_parts(conn: &mut Connection, encoded: &EncodedCatalog) -> rusqlite::Result<()> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    // Checked under the write lock: no other process changes the files
    // between this check and the commit.
    if key(&tx, &encoded.naming)?.as_deref() != Some(encoded.key.as_str()) {
        return Ok(());
    }
    tx.execute("DELETE FROM snapshot", [])?;
    {
        let mut insert = tx.prepare("INSERT INTO snapshot (part, data) VALUES (?1, ?2)")?;
        for (i, part) in encoded.parts.iter().enumerate() {
            insert.execute(params![i as i64, part])?;
        }
        insert.execute(params![STATE_PART, encoded.state])?;
    }
    meta_set(&tx, META_KEY, &encoded.key)?;
    tx.commit()
}

/// Encodes and writes `catalog` for `ticket` (see `encode` and `save`).
/// # Errors
/// As `save`.
pub fn save_catalog(ticket: &CatalogTicket, catalog: &Catalog) -> Result<(), StoreError> {
    match encode(ticket, catalog) {
        Some(encoded) => save(&encoded),
        None => Ok(()),
    }
}

impl CatalogTicket {
    /// The store the catalog would be saved in.
    pub fn store_path(&self) -> &Path {
        &self.path
    }
}

/// Sends the catalog saved for the files as stored, when there is one;
/// returns whether it did. A saved catalog that does not read is named in
/// a warning and left to be replaced. `reports_read` is called once the
/// saved reports are decoded.
pub(super) fn send_saved(
    store: &Store,
    naming: &str,
    sink: &(dyn Fn(LoadEvent) + Sync),
    kept: &mut usize,
    reports_read: &dyn Fn(),
) -> rusqlite::Result<bool> {
    let Some(key) = key(&store.conn, naming)? else {
        return Ok(false);
    };
    let bodies = Arc::new(BodyReader::open(store.path())?);
    match load(&store.conn, &key, &bodies, reports_read) {
        Ok(None) => Ok(false),
        Ok(Some(catalog)) => {
            *kept = catalog.reports().len();
            sink(LoadEvent::Catalog(Box::new(catalog)));
            Ok(true)
        }
        Err(reason) => {
            sink(LoadEvent::Warning(LoadWarning {
                file: store.path().display().to_string(),
                reason: format!("{reason}; it is built again from the stored reports"),
                skipped: false,
            }));
            Ok(false)
        }
    }
}

/// The files a load is about to parse: shown name -> stored path.
pub(super) fn parsed_names(changed: &[(PathBuf, FileMeta)]) -> FxHashMap<String, String> {
    changed
        .iter()
        .map(|(p, meta)| (display_name(p), meta.path.clone()))
        .collect()
}

/// Offers the receiver to save the catalog this load built (`KeepCatalog`),
/// keyed by the files stored now.
pub(super) fn offer(
    store: &Store,
    naming: String,
    parsed: &FxHashMap<String, String>,
    sink: &(dyn Fn(LoadEvent) + Sync),
) -> rusqlite::Result<()> {
    if let Some(t) = ticket(store, naming, parsed)? {
        sink(LoadEvent::KeepCatalog(t));
    }
    Ok(())
}

#[cfg(test)]
mod tests;
