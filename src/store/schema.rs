//! The tables of a store and their versions. A store written by another
//! schema version is dropped and made anew: it is a cache of the files,
//! never read through a layout it was not written with. The columns are
//! documented in README ("The store") for analysts using sqlite3.

use rusqlite::{Connection, OptionalExtension};

/// Bumped whenever a table or column changes meaning.
pub const SCHEMA_VERSION: i64 = 1;

/// The tables, created together.
const CREATE: &str = "
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE files (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    hash TEXT NOT NULL,
    parse_version INTEGER NOT NULL
);
CREATE TABLE reports (
    id INTEGER PRIMARY KEY REFERENCES files(id) ON DELETE CASCADE,
    file TEXT NOT NULL,
    title TEXT,
    published TEXT,
    event_date TEXT,
    source TEXT,
    author TEXT,
    level TEXT,
    kind TEXT,
    period TEXT,
    places TEXT NOT NULL,
    documents TEXT NOT NULL,
    figures TEXT NOT NULL,
    movements TEXT NOT NULL,
    json TEXT NOT NULL
);
CREATE TABLE mentions (
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    name TEXT NOT NULL,
    titles TEXT NOT NULL,
    roles TEXT NOT NULL,
    PRIMARY KEY (report_id, ord)
) WITHOUT ROWID;
CREATE TABLE bodies (
    report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
    text TEXT NOT NULL
);
CREATE TABLE warnings (
    file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
    file TEXT NOT NULL,
    reason TEXT NOT NULL,
    skipped INTEGER NOT NULL
);
CREATE INDEX warnings_file ON warnings(file_id);
";

/// Indexes an analyst's queries use but dvtui's own writes do not need:
/// made once an update has run to its end (`write::set_complete`), in one
/// sorted pass, instead of being grown row by row while a new store fills.
pub(super) const QUERY_INDEXES: &str = "
CREATE INDEX IF NOT EXISTS mentions_name ON mentions(name);
";

/// Tables dropped before a rebuild (children first).
const TABLES: [&str; 7] = [
    "snapshot", "warnings", "bodies", "mentions", "reports", "files", "meta",
];

/// What `prepare` found.
#[derive(Debug, Clone, Copy)]
pub(super) struct Opened {
    /// The store was empty or rebuilt.
    pub fresh: bool,
    /// The last update ran to its end (the "complete" marker).
    pub complete: bool,
}

/// Brings the tables to `SCHEMA_VERSION`: creates them in an empty file,
/// rebuilds them when the version differs. `None` when the database has
/// tables but no dvtui marker: it belongs to someone else.
pub(super) fn prepare(conn: &mut Connection) -> rusqlite::Result<Option<Opened>> {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let tables: i64 = tx.query_row(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table'",
        [],
        |r| r.get(0),
    )?;
    let has_meta: bool = tx.query_row(
        "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'meta'",
        [],
        |r| r.get(0),
    )?;
    let app = if has_meta {
        meta_get(&tx, "app")?
    } else {
        None
    };
    if tables > 0 && app.as_deref() != Some("dvtui") {
        return Ok(None);
    }
    let version = if has_meta {
        meta_get(&tx, "schema_version")?.and_then(|v| v.parse::<i64>().ok())
    } else {
        None
    };
    if version == Some(SCHEMA_VERSION) {
        let complete = meta_get(&tx, "complete")?.as_deref() == Some("1");
        tx.commit()?;
        return Ok(Some(Opened {
            fresh: false,
            complete,
        }));
    }
    for t in TABLES {
        tx.execute_batch(&format!("DROP TABLE IF EXISTS {t}"))?;
    }
    tx.execute_batch(CREATE)?;
    meta_set(&tx, "app", "dvtui")?;
    meta_set(&tx, "schema_version", &SCHEMA_VERSION.to_string())?;
    meta_set(&tx, "complete", "0")?;
    tx.commit()?;
    Ok(Some(Opened {
        fresh: true,
        complete: false,
    }))
}

/// One value of the `meta` table.
pub(super) fn meta_get(conn: &Connection, key: &str) -> rusqlite::Result<Option<String>> {
    conn.query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
        .optional()
}

/// Sets one value of the `meta` table.
pub(super) fn meta_set(conn: &Connection, key: &str, value: &str) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, value],
    )?;
    Ok(())
}
