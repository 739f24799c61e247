//! Reading a store back: the files it knows, their reports (without
//! bodies) in batches, their warnings, and single bodies on demand.

use crate::model::{Body, BodySource, LoadWarning, Report};
use rusqlite::{Connection, OpenFlags};
use rustc_hash::FxHashMap;
use std::path::Path;
use std::sync::{Arc, Mutex};

/// What the store holds about one source file.
#[derive(Clone, Debug)]
pub struct StoredFile {
    pub id: i64,
    pub size: u64,
    pub mtime_ns: i64,
    pub hash: String,
    pub parse_version: i64,
}

/// Every stored file by path.
pub(super) fn stored_files(conn: &Connection) -> rusqlite::Result<FxHashMap<String, StoredFile>> {
    // Sized first: grown row by row, the map would be copied at each
    // doubling, on a warm launch while the whole catalog is held.
    let count: i64 = conn.query_row("SELECT count(*) FROM files", [], |r| r.get(0))?;
    let mut files = FxHashMap::default();
    files.reserve(usize::try_from(count).unwrap_or(0));
    let mut stmt =
        conn.prepare("SELECT id, path, size, mtime_ns, hash, parse_version FROM files")?;
    for row in stmt.query_map([], file_row)? {
        let (path, file) = row?;
        files.insert(path, file);
    }
    Ok(files)
}

/// Every stored file with its path, one at a time, in the table's own
/// order (a path order would walk the path's index and look each row up);
/// each row is dropped once `each` has seen it.
pub(super) fn each_stored_file(
    conn: &Connection,
    each: &mut dyn FnMut(&str, &StoredFile),
) -> rusqlite::Result<()> {
    let mut stmt =
        conn.prepare("SELECT id, path, size, mtime_ns, hash, parse_version FROM files")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let file = StoredFile {
            id: r.get(0)?,
            size: r.get::<_, i64>(2)? as u64,
            mtime_ns: r.get(3)?,
            hash: r.get(4)?,
            parse_version: r.get(5)?,
        };
        each(r.get_ref(1)?.as_str()?, &file);
    }
    Ok(())
}

/// The stored files read on a read-only connection of their own (see
/// `Storage::file_reader`).
pub(super) struct FileRows {
    conn: Connection,
}

impl FileRows {
    /// Opens the store at `path` for reading its files.
    pub fn open(path: &Path) -> rusqlite::Result<FileRows> {
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags)?;
        conn.busy_timeout(super::BUSY_TIMEOUT)?;
        Ok(FileRows { conn })
    }

    /// As `each_stored_file`.
    pub fn each_stored_file(
        &self,
        each: &mut dyn FnMut(&str, &StoredFile),
    ) -> rusqlite::Result<()> {
        each_stored_file(&self.conn, each)
    }
}

/// One row of `SELECT id, path, size, mtime_ns, hash, parse_version FROM files`.
fn file_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<(String, StoredFile)> {
    Ok((
        r.get::<_, String>(1)?,
        StoredFile {
            id: r.get(0)?,
            size: r.get::<_, i64>(2)? as u64,
            mtime_ns: r.get(3)?,
            hash: r.get(4)?,
            parse_version: r.get(5)?,
        },
    ))
}

/// The file stored under `key` and the files stored under the folder
/// `key` (keys are absolute paths), by key.
pub(super) fn files_at(
    conn: &Connection,
    key: &str,
) -> rusqlite::Result<Vec<(String, StoredFile)>> {
    let folder = format!("{}/", key.trim_end_matches('/'));
    let mut stmt = conn.prepare_cached(
        "SELECT id, path, size, mtime_ns, hash, parse_version FROM files
         WHERE path = ?1 OR substr(path, 1, ?3) = ?2",
    )?;
    let rows = stmt.query_map(
        rusqlite::params![key, folder, folder.chars().count() as i64],
        file_row,
    )?;
    rows.collect()
}

/// Reads the reports of the files `wanted` names (by id and stored name,
/// giving the name to show), in batches of `batch` passed to `emit`; bodies are left in
/// the store and read through `bodies` when shown. A report whose JSON no
/// longer reads is an error: the caller re-parses its file.
pub(super) fn read_reports(
    conn: &Connection,
    wanted: &dyn Fn(i64, &str) -> Option<String>,
    bodies: &Arc<BodyReader>,
    batch: usize,
    emit: &mut dyn FnMut(Vec<Report>),
) -> rusqlite::Result<Vec<i64>> {
    let mut stmt = conn.prepare("SELECT id, file, json FROM reports ORDER BY id")?;
    let mut rows = stmt.query([])?;
    let mut out = Vec::with_capacity(batch);
    let mut unreadable = Vec::new();
    while let Some(row) = rows.next()? {
        let id: i64 = row.get(0)?;
        let Some(name) = wanted(id, row.get_ref(1)?.as_str()?) else {
            continue;
        };
        let json = row.get_ref(2)?.as_str()?;
        match serde_json::from_str::<Report>(json) {
            Ok(mut report) => {
                report.file = name;
                let source: Arc<dyn BodySource> = bodies.clone();
                report.body = Body::fetched(source, id);
                out.push(report);
            }
            Err(_) => unreadable.push(id),
        }
        if out.len() == batch {
            emit(std::mem::replace(&mut out, Vec::with_capacity(batch)));
        }
    }
    if !out.is_empty() {
        emit(out);
    }
    Ok(unreadable)
}

/// The stored warnings of the files `wanted` names (as `read_reports`).
pub(super) fn read_warnings(
    conn: &Connection,
    wanted: &dyn Fn(i64, &str) -> Option<String>,
) -> rusqlite::Result<Vec<LoadWarning>> {
    let mut stmt = conn.prepare("SELECT file_id, file, reason, skipped FROM warnings")?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, bool>(3)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, stored, reason, skipped) = row?;
        if let Some(file) = wanted(id, &stored) {
            out.push(LoadWarning {
                file,
                reason,
                skipped,
            });
        }
    }
    Ok(out)
}

/// Reads bodies from a store on demand, on its own read-only connection
/// (in WAL mode it never waits for a writer).
#[derive(Debug)]
pub struct BodyReader {
    conn: Mutex<Connection>,
}

impl BodyReader {
    /// Opens the store at `path` for reading bodies.
    /// # Errors
    /// When the file cannot be opened.
    pub fn open(path: &Path) -> rusqlite::Result<BodyReader> {
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags)?;
        conn.busy_timeout(super::BUSY_TIMEOUT)?;
        Ok(BodyReader {
            conn: Mutex::new(conn),
        })
    }
}

impl BodySource for BodyReader {
    fn fetch(&self, key: i64) -> Option<String> {
        let conn = self.conn.lock().ok()?;
        let mut stmt = conn
            .prepare_cached("SELECT text FROM bodies WHERE report_id = ?1")
            .ok()?;
        stmt.query_row([key], |r| r.get(0)).ok()
    }
}
