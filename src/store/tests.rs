use super::*;
use crate::load::{load_all, LoadEvent, LoadOptions, Source};
use crate::model::Report;
use std::sync::Mutex;

/// A fresh folder for one test.
fn tmp(name: &str) -> tempfile::TempDir {
    let tmp = tempfile::Builder::new()
        .prefix(&format!("dvtui-store-{name}-"))
        .tempdir()
        .unwrap();
    std::fs::create_dir_all(tmp.path().join("archive")).unwrap();
    tmp
}

const NAMES: [&str; 4] = [
    "Nguyễn Văn Bình",
    "Trần Thị Mai",
    "Lê Quang Huy",
    "Phạm Thu Hằng",
];

/// Writes report `i` into `dir` (the text varies with `i` and `edit`).
fn write_report(dir: &std::path::Path, i: usize, edit: &str) {
    let text = format!(
        "Hội nghị giao ban công tác dân vận số {i}{edit}\n\n\
         Sáng 12-3-2024, Ban Dân vận Tỉnh ủy Nghệ An tổ chức hội nghị giao ban công tác dân vận quý I. \
         Đồng chí {}, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.\n",
        NAMES[i % NAMES.len()]
    );
    std::fs::write(dir.join(format!("r{i:03}.txt")), text).unwrap();
}

/// Loads `archive` through the store at `db`: the reports sent and the outcome.
fn load(db: &std::path::Path, archive: &std::path::Path) -> (Vec<Report>, SyncOutcome) {
    let store = Store::open(db).unwrap();
    let got = Mutex::new(Vec::new());
    let sync = SyncOptions {
        emit_stored: true,
        ..SyncOptions::default()
    };
    let outcome = stream(
        store,
        &[archive.to_path_buf()],
        &LoadOptions::default(),
        &sync,
        &|ev| {
            if let LoadEvent::Reports(r) = ev {
                got.lock().unwrap().extend(r);
            }
        },
    );
    let mut reports = got.into_inner().unwrap();
    reports.sort_by(|a, b| a.file.cmp(&b.file));
    (reports, outcome)
}

/// The kinds of events a load through the store at `db` sends, in order
/// (one "reports" per batch), and its outcome.
fn events(db: &std::path::Path, archive: &std::path::Path, behind: bool) -> Vec<&'static str> {
    let store = Store::open(db).unwrap();
    let seen = Mutex::new(Vec::new());
    let sync = SyncOptions {
        emit_stored: true,
        whole_catalog: true,
        write_behind: behind,
    };
    stream(
        store,
        &[archive.to_path_buf()],
        &LoadOptions::default(),
        &sync,
        &|ev| {
            let kind = match ev {
                LoadEvent::Reports(_) => "reports",
                LoadEvent::Done(s) if s.storing => "done, storing",
                LoadEvent::Done(_) => "done",
                LoadEvent::KeepCatalog(_) => "keep",
                LoadEvent::Stored => "stored",
                _ => return,
            };
            seen.lock().unwrap().push(kind);
        },
    );
    seen.into_inner().unwrap()
}

#[test]
fn a_store_written_behind_is_done_parsing_first_and_ends_complete() {
    let d_dir = tmp("behind");
    let d = d_dir.path();
    let archive = d.join("archive");
    for i in 0..20 {
        write_report(&archive, i, "");
    }
    // Written behind: done (and storing) once everything is parsed, before
    // the store offers to keep the catalog (which needs every file
    // stored), then stored.
    let seen = events(&d.join("behind.db"), &archive, true);
    let done = seen.iter().position(|e| *e == "done, storing").unwrap();
    assert_eq!(seen[..done].last(), Some(&"reports"));
    assert_eq!(&seen[done + 1..], ["keep", "stored"]);
    assert!(!seen.contains(&"done"));
    // Written as it goes (`dvtui ingest`): done comes last, never storing.
    let seen = events(&d.join("short.db"), &archive, false);
    assert_eq!(seen.last(), Some(&"done"));
    assert!(seen.contains(&"keep"));
    assert!(!seen.contains(&"stored") && !seen.contains(&"done, storing"));
    // Either way every file is stored: the next launch parses none.
    for db in ["behind.db", "short.db"] {
        let (reports, again) = load(&d.join(db), &archive);
        assert_eq!(
            (again.warmth, again.reparsed, again.kept),
            (Warmth::Warm, 0, 20)
        );
        let parsed = load_all(
            &Source::Paths(vec![archive.clone()]),
            &LoadOptions::default(),
        );
        assert_eq!(reports, parsed.reports);
    }
}

#[test]
fn a_warm_load_gives_the_parsed_reports_without_parsing() {
    let d_dir = tmp("warm");
    let d = d_dir.path();
    let archive = d.join("archive");
    for i in 0..20 {
        write_report(&archive, i, "");
    }
    let (cold, first) = load(&d.join("s.db"), &archive);
    assert_eq!(
        (first.warmth, first.reparsed, first.kept),
        (Warmth::Cold, 20, 0)
    );
    let (warm, second) = load(&d.join("s.db"), &archive);
    assert_eq!(
        (second.warmth, second.reparsed, second.kept),
        (Warmth::Warm, 0, 20)
    );
    let parsed = load_all(&Source::Paths(vec![archive]), &LoadOptions::default()).reports;
    // Same fields, and bodies read back from the store on demand.
    assert_eq!(warm, parsed);
    assert_eq!(cold, parsed);
    assert!(warm[3].body.text().contains("Trưởng Ban Dân vận"));
}

#[test]
fn only_added_and_changed_files_are_parsed_and_deleted_ones_go() {
    let d_dir = tmp("incremental");
    let d = d_dir.path();
    let archive = d.join("archive");
    for i in 0..30 {
        write_report(&archive, i, "");
    }
    load(&d.join("s.db"), &archive);
    write_report(&archive, 2, " (bổ sung)");
    write_report(&archive, 5, " (sửa)");
    write_report(&archive, 40, "");
    std::fs::remove_file(archive.join("r007.txt")).unwrap();
    // Same bytes, new mtime: hashed, not parsed.
    let touched = archive.join("r009.txt");
    let bytes = std::fs::read(&touched).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    std::fs::write(&touched, bytes).unwrap();
    let (reports, outcome) = load(&d.join("s.db"), &archive);
    assert_eq!(
        (outcome.reparsed, outcome.removed, outcome.kept),
        (3, 1, 27)
    );
    assert_eq!(reports.len(), 30);
    let titles: Vec<_> = reports.iter().filter_map(|r| r.title.clone()).collect();
    assert!(titles.iter().any(|t| t.ends_with("số 2 (bổ sung)")));
    assert!(!reports.iter().any(|r| r.file.ends_with("r007.txt")));
    let (_, again) = load(&d.join("s.db"), &archive);
    assert_eq!((again.reparsed, again.removed, again.kept), (0, 0, 30));
}

#[test]
fn another_parse_version_parses_everything_again() {
    let d_dir = tmp("parse-version");
    let d = d_dir.path();
    let archive = d.join("archive");
    for i in 0..5 {
        write_report(&archive, i, "");
    }
    load(&d.join("s.db"), &archive);
    let store = Store::open(&d.join("s.db")).unwrap();
    store
        .conn
        .execute("UPDATE files SET parse_version = parse_version - 1", [])
        .unwrap();
    drop(store);
    let (reports, outcome) = load(&d.join("s.db"), &archive);
    assert_eq!((outcome.reparsed, outcome.kept, reports.len()), (5, 0, 5));
}

#[test]
fn a_store_of_another_schema_version_is_rebuilt_not_read() {
    let d_dir = tmp("schema");
    let d = d_dir.path();
    let archive = d.join("archive");
    for i in 0..4 {
        write_report(&archive, i, "");
    }
    load(&d.join("s.db"), &archive);
    let store = Store::open(&d.join("s.db")).unwrap();
    assert!(!store.was_rebuilt() && store.was_complete());
    schema::meta_set(&store.conn, "schema_version", "0").unwrap();
    // An old layout: a column the current one does not have.
    store
        .conn
        .execute_batch("ALTER TABLE reports ADD COLUMN old TEXT")
        .unwrap();
    drop(store);
    let store = Store::open(&d.join("s.db")).unwrap();
    assert!(store.was_rebuilt());
    assert_eq!(store.file_count().unwrap(), 0);
    drop(store);
    let (reports, outcome) = load(&d.join("s.db"), &archive);
    assert_eq!(
        (outcome.warmth, outcome.reparsed, reports.len()),
        (Warmth::Cold, 4, 4)
    );
}

#[test]
fn garbage_and_foreign_databases_are_refused() {
    let d_dir = tmp("refused");
    let d = d_dir.path();
    std::fs::write(d.join("junk.db"), vec![0x5a_u8; 8192]).unwrap();
    let err = Store::open(&d.join("junk.db")).unwrap_err();
    assert!(matches!(err, StoreError::Sqlite { .. }), "{err}");
    let other = rusqlite::Connection::open(d.join("other.db")).unwrap();
    other.execute_batch("CREATE TABLE t (x)").unwrap();
    drop(other);
    let err = Store::open(&d.join("other.db")).unwrap_err();
    assert!(matches!(err, StoreError::NotAStore { .. }), "{err}");
    // The foreign table is left alone.
    let other = rusqlite::Connection::open(d.join("other.db")).unwrap();
    let n: i64 = other
        .query_row("SELECT count(*) FROM t", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 0);
}

#[test]
fn skipped_files_are_remembered_with_their_warning() {
    let d_dir = tmp("skipped");
    let d = d_dir.path();
    let archive = d.join("archive");
    write_report(&archive, 0, "");
    std::fs::write(archive.join("empty.txt"), "").unwrap();
    load(&d.join("s.db"), &archive);
    let store = Store::open(&d.join("s.db")).unwrap();
    let warnings = Mutex::new(Vec::new());
    let outcome = stream(
        store,
        std::slice::from_ref(&archive),
        &LoadOptions::default(),
        &SyncOptions {
            emit_stored: true,
            ..SyncOptions::default()
        },
        &|ev| {
            if let LoadEvent::Warning(w) = ev {
                warnings.lock().unwrap().push(w);
            }
        },
    );
    assert_eq!(outcome.reparsed, 0);
    let warnings = warnings.into_inner().unwrap();
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0].skipped && warnings[0].file.ends_with("empty.txt"));
}

#[test]
fn opening_a_store_without_paths_shows_it_and_leaves_its_marker() {
    let d_dir = tmp("no-paths");
    let d = d_dir.path();
    let archive = d.join("archive");
    for i in 0..6 {
        write_report(&archive, i, "");
    }
    load(&d.join("s.db"), &archive);
    let store = Store::open(&d.join("s.db")).unwrap();
    write::set_complete(&store.conn, false).unwrap();
    let count = Mutex::new(0);
    let outcome = stream(
        store,
        &[],
        &LoadOptions::default(),
        &SyncOptions {
            emit_stored: true,
            ..SyncOptions::default()
        },
        &|ev| {
            if let LoadEvent::Reports(r) = ev {
                *count.lock().unwrap() += r.len();
            }
        },
    );
    assert_eq!((outcome.kept, outcome.reparsed, outcome.removed), (6, 0, 0));
    assert_eq!(count.into_inner().unwrap(), 6);
    // Nothing was compared with the files: an interrupted update stays so.
    assert!(!Store::open(&d.join("s.db")).unwrap().was_complete());
}

#[test]
fn a_completed_store_has_the_name_index_and_it_answers_by_name() {
    let d_dir = tmp("name-index");
    let d = d_dir.path();
    let archive = d.join("archive");
    for i in 0..4 {
        write_report(&archive, i, "");
    }
    let db = d.join("s.db");
    // Made when the first update ran to its end, not while it wrote.
    load(&db, &archive);
    let store = Store::open(&db).unwrap();
    assert!(store.was_complete());
    let indexes: i64 = store
        .conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'mentions_name'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(indexes, 1);
    let plan: String = store
        .conn
        .query_row(
            "EXPLAIN QUERY PLAN SELECT report_id FROM mentions WHERE name = ?1",
            [NAMES[1]],
            |r| r.get(3),
        )
        .unwrap();
    assert!(plan.contains("mentions_name"), "{plan}");
    let found: i64 = store
        .conn
        .query_row(
            "SELECT count(*) FROM mentions WHERE name = ?1",
            [NAMES[1]],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(found, 1);
}

/// A file walked under a path that is not its key (`archive/.`) is
/// compared under its key, in key order beside the files walked as
/// their own keys, so naming the folder either way keeps every file.
#[test]
fn files_walked_under_another_spelling_of_their_path_are_the_stored_ones() {
    let d_dir = tmp("spelling");
    let d = d_dir.path();
    let archive = d.join("archive");
    for i in 0..12 {
        write_report(&archive, i, "");
    }
    let db = d.join("s.db");
    load(&db, &archive);
    let dotted = archive.join(".");
    write_report(&archive, 20, "");
    std::fs::remove_file(archive.join("r003.txt")).unwrap();
    let (reports, outcome) = load(&db, &dotted);
    assert_eq!(
        (outcome.reparsed, outcome.removed, outcome.kept),
        (1, 1, 11)
    );
    assert_eq!(reports.len(), 12);
    let shown = dotted.join("r005.txt").display().to_string();
    assert!(reports.iter().any(|r| r.file == shown), "named as walked");
    let (_, again) = load(&db, &archive);
    assert_eq!((again.reparsed, again.removed, again.kept), (0, 0, 12));
}
