//! Writing to a store: one transaction per batch of files, so a process
//! killed mid-update leaves every file either fully stored or absent, and
//! the `complete` marker says whether the update ran to its end.

use super::backend::ScanWrites;
use super::schema::{meta_set, QUERY_INDEXES};
use crate::model::{Body, LoadWarning, Report, Text};
use rusqlite::{params, Connection, Transaction, TransactionBehavior};

/// What the store remembers about one source file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileMeta {
    /// The absolute path, as walked (the key).
    pub path: String,
    pub size: u64,
    /// Modification time in nanoseconds since the epoch.
    pub mtime_ns: i64,
    /// `content_hash` of the bytes.
    pub hash: String,
}

/// One file's outcome, ready to store.
#[derive(Debug)]
pub struct Entry {
    pub meta: FileMeta,
    pub report: Option<Report>,
    pub warning: Option<LoadWarning>,
}

/// The page cache of a connection that writes batches, in KiB (SQLite's
/// negative `cache_size`).
const WRITE_CACHE_KIB: i64 = -65536;

/// Stores a batch of files in one transaction, replacing what was stored
/// for the same paths (another process may have stored them meanwhile).
pub(super) fn write_batch(conn: &mut Connection, entries: &[Entry]) -> rusqlite::Result<()> {
    // Pages of the name index and the b-trees' inner pages are touched by
    // every batch: kept in memory while writing, they are not read back
    // from the WAL nor spilled to it more than once per batch. The cache
    // only grows as pages are written, so a launch that reads stays small.
    conn.pragma_update(None, "cache_size", WRITE_CACHE_KIB)?;
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    for e in entries {
        let id = insert_file(&tx, &e.meta)?;
        if let Some(r) = &e.report {
            insert_report(&tx, id, r)?;
        }
        if let Some(w) = &e.warning {
            tx.prepare_cached(
                "INSERT INTO warnings (file_id, file, reason, skipped) VALUES (?1, ?2, ?3, ?4)",
            )?
            .execute(params![id, w.file, w.reason, w.skipped])?;
        }
    }
    tx.commit()
}

/// Replaces the `files` row of `meta.path`; returns its id.
fn insert_file(tx: &Transaction, meta: &FileMeta) -> rusqlite::Result<i64> {
    tx.prepare_cached("DELETE FROM files WHERE path = ?1")?
        .execute([&meta.path])?;
    tx.prepare_cached(
        "INSERT INTO files (path, size, mtime_ns, hash, parse_version)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![
        meta.path,
        meta.size as i64,
        meta.mtime_ns,
        meta.hash,
        crate::parse::PARSE_VERSION
    ])?;
    Ok(tx.last_insert_rowid())
}

/// The `reports`, `mentions` and `bodies` rows of one report. The whole
/// report (without its body) is also kept as JSON, the form read back, so
/// fields the columns do not show survive a round trip.
fn insert_report(tx: &Transaction, id: i64, r: &Report) -> rusqlite::Result<()> {
    let json = |v: &Vec<Text>| serde_json::to_string(v).unwrap_or_default();
    let whole = report_json(r);
    let body = r.body.text();
    tx.prepare_cached(
        "INSERT INTO reports (id, file, title, published, event_date, source, author,
             level, kind, period, places, documents, figures, movements, json)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
    )?
    .execute(params![
        id,
        r.file,
        r.title.as_deref(),
        r.published.map(|d| d.to_string()),
        r.event_date.map(|d| d.to_string()),
        r.source.as_deref(),
        r.author.as_deref(),
        r.level.map(|l| l.as_str()),
        r.kind.as_deref(),
        r.period.as_deref(),
        json(&r.places),
        json(&r.documents),
        json(&r.figures),
        json(&r.movements),
        whole,
    ])?;
    let mut mention = tx.prepare_cached(
        "INSERT INTO mentions (report_id, ord, name, titles, roles) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (ord, m) in r.officials.iter().enumerate() {
        let roles: Vec<&str> = m.roles.iter().map(|r| r.as_str()).collect();
        mention.execute(params![
            id,
            ord as i64,
            m.name.as_str(),
            json(&m.titles),
            serde_json::to_string(&roles).unwrap_or_default(),
        ])?;
    }
    tx.prepare_cached("INSERT INTO bodies (report_id, text) VALUES (?1, ?2)")?
        .execute(params![id, body])?;
    Ok(())
}

/// The report as JSON with an empty body (the body has its own table).
/// Serialized straight from a copy whose body is empty (a shared handle,
/// not the text): the body is neither decompressed nor built into a JSON
/// tree only to be dropped.
fn report_json(r: &Report) -> String {
    let bare = Report {
        body: Body::default(),
        ..r.clone()
    };
    serde_json::to_string(&bare).unwrap_or_default()
}

/// Drops the files with these ids and everything stored for them.
pub(super) fn remove_files(conn: &mut Connection, ids: &[i64]) -> rusqlite::Result<()> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    delete_files(&tx, ids)?;
    tx.commit()
}

/// `remove_files` inside a transaction already open.
fn delete_files(tx: &Connection, ids: &[i64]) -> rusqlite::Result<()> {
    let mut del = tx.prepare_cached("DELETE FROM files WHERE id = ?1")?;
    for id in ids {
        del.execute([id])?;
    }
    Ok(())
}

/// Records new modification times of files whose bytes did not change.
pub(super) fn touch_files(conn: &mut Connection, touched: &[(i64, i64)]) -> rusqlite::Result<()> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    set_mtimes(&tx, touched)?;
    tx.commit()
}

/// `touch_files` inside a transaction already open.
fn set_mtimes(tx: &Connection, touched: &[(i64, i64)]) -> rusqlite::Result<()> {
    let mut upd = tx.prepare_cached("UPDATE files SET mtime_ns = ?2 WHERE id = ?1")?;
    for (id, mtime) in touched {
        upd.execute([id, mtime])?;
    }
    Ok(())
}

/// Writes what a comparison found in one transaction: the marker of an
/// update under way, the files gone, the new mtimes of files touched. One
/// commit, where three would each be a write of the log and the first may
/// set off a checkpoint.
pub(super) fn record_scan(conn: &mut Connection, writes: &ScanWrites) -> rusqlite::Result<()> {
    if writes.is_empty() {
        return Ok(());
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    if writes.incomplete {
        set_complete(&tx, false)?;
    }
    delete_files(&tx, &writes.gone)?;
    set_mtimes(&tx, &writes.touched)?;
    tx.commit()
}

/// Sets the `complete` marker: false while an update runs, true at its end.
pub(super) fn set_complete(conn: &Connection, complete: bool) -> rusqlite::Result<()> {
    if complete {
        conn.execute_batch(QUERY_INDEXES)?;
    }
    meta_set(conn, "complete", if complete { "1" } else { "0" })?;
    meta_set(
        conn,
        "parse_version",
        &crate::parse::PARSE_VERSION.to_string(),
    )
}
