use super::*;
use crate::load::LoadOptions;
use crate::model::LoadWarning;
use crate::store::{stream, SyncOptions};
use std::sync::Mutex;

/// A fresh folder with an `archive/` of `n` reports.
/// The folder is removed when the guard, the first of the three, is dropped.
fn archive(name: &str, n: usize) -> (tempfile::TempDir, PathBuf, PathBuf) {
    let tmp = tempfile::Builder::new()
        .prefix(&format!("dvtui-snapshot-{name}-"))
        .tempdir()
        .unwrap();
    let d = tmp.path();
    std::fs::create_dir_all(d.join("archive")).unwrap();
    for i in 0..n {
        write_report(&d.join("archive"), i, "");
    }
    let (db, dir) = (d.join("s.db"), d.join("archive"));
    (tmp, db, dir)
}

fn write_report(dir: &Path, i: usize, edit: &str) {
    let names = ["Đặng Văn Tùng", "Lý Thị Hoa", "Cao Minh Khôi"];
    let text = format!(
        "Tọa đàm công tác dân vận chính quyền lần {i}{edit}\n\n\
         Chiều 20-5-2023, Ban Dân vận Tỉnh ủy Hà Tĩnh tổ chức tọa đàm. \
         Đồng chí {}, Phó Trưởng Ban Dân vận Tỉnh ủy chủ trì tọa đàm.\n",
        names[i % names.len()]
    );
    std::fs::write(dir.join(format!("t{i:03}.txt")), text).unwrap();
}

/// What one load through the store sent, applied as the app applies it.
#[derive(Default)]
struct Seen {
    /// Report counts of the whole catalogs sent, in order.
    catalogs: Vec<usize>,
    /// Reports sent in batches.
    batched: usize,
    warnings: Vec<LoadWarning>,
    ticket: Option<CatalogTicket>,
    catalog: Catalog,
    /// Stored files whose reports were hidden as out of date.
    stale: Vec<i64>,
    /// Report counts of the catalogs made again, in order.
    remade: Vec<usize>,
}

fn load(db: &Path, archive: &Path) -> (Seen, crate::store::SyncOutcome) {
    let store = Store::open(db).unwrap();
    let seen = Mutex::new(Seen::default());
    // As the app loads: the store written behind.
    let sync = SyncOptions {
        emit_stored: true,
        whole_catalog: true,
        write_behind: true,
    };
    let outcome = stream(
        store,
        &[archive.to_path_buf()],
        &LoadOptions::default(),
        &sync,
        &|ev| {
            let mut s = seen.lock().unwrap();
            match ev {
                LoadEvent::Catalog(c) => {
                    s.catalogs.push(c.reports().len());
                    s.catalog = *c;
                }
                LoadEvent::Reports(b) => {
                    s.batched += b.len();
                    s.catalog.add_reports(b);
                }
                LoadEvent::Warning(w) => s.warnings.push(w),
                LoadEvent::KeepCatalog(t) => s.ticket = Some(t),
                LoadEvent::Stale(ids) => {
                    s.catalog.hide_stored(&ids.iter().copied().collect());
                    s.stale.extend(ids);
                }
                LoadEvent::Remade(c) => {
                    s.remade.push(c.reports().len());
                    s.catalog.adopt(*c);
                }
                LoadEvent::Progress { .. } | LoadEvent::Done(_) | LoadEvent::Stored => {}
            }
        },
    );
    let mut seen = seen.into_inner().unwrap();
    seen.catalog.settle();
    if let Some(t) = &seen.ticket {
        save_catalog(t, &seen.catalog).unwrap();
    }
    (seen, outcome)
}

/// The reports' files and titles, and the officials' names, sorted.
fn summary(c: &Catalog) -> (Vec<(String, Option<String>)>, Vec<String>) {
    let mut reports: Vec<_> = c
        .reports()
        .iter()
        .map(|r| (r.file.clone(), r.title.as_deref().map(String::from)))
        .collect();
    reports.sort();
    let mut officials: Vec<String> = c.officials().iter().map(|o| o.name.clone()).collect();
    officials.sort();
    (reports, officials)
}

#[test]
fn a_saved_catalog_is_read_back_while_the_files_stay_as_they_were() {
    let (_tmp, db, dir) = archive("same", 5);
    let (first, _) = load(&db, &dir);
    assert!(first.catalogs.is_empty() && first.batched == 5);
    assert!(
        first.ticket.is_some(),
        "a built catalog is offered for saving"
    );
    let (second, outcome) = load(&db, &dir);
    assert_eq!(second.catalogs, [5]);
    assert_eq!((second.batched, outcome.reparsed), (0, 0));
    assert!(second.ticket.is_none(), "nothing new to save");
    assert_eq!(summary(&second.catalog), summary(&first.catalog));
    // Bodies are read from the store when shown.
    let r = &second.catalog.reports()[0];
    assert!(r.body.text().contains("Ban Dân vận Tỉnh ủy Hà Tĩnh"));
    // The index came along: a search finds an official by a folded name.
    let mut f = crate::search::Filter::new(crate::search::Subject::Officials);
    f.set_query(&second.catalog, "dang van tung");
    assert_eq!(f.hits().len(), 1);
}

/// The reports of `c` without their bodies (read from the store or not).
fn without_bodies(c: &Catalog) -> Vec<Report> {
    c.reports()
        .iter()
        .map(|r| Report {
            body: Body::default(),
            ..r.clone()
        })
        .collect()
}

#[test]
fn a_saved_catalog_reads_back_equal_to_the_catalog_it_was_saved_from() {
    let (_tmp, db, dir) = archive("equal", 7);
    let (first, _) = load(&db, &dir);
    let (second, _) = load(&db, &dir);
    assert_eq!(second.catalogs, [7]);
    let (built, read) = (&first.catalog, &second.catalog);
    assert_eq!(without_bodies(read), without_bodies(built));
    assert_eq!(read.officials(), built.officials());
    assert_eq!(read.positions(), built.positions());
    for query in [
        "tung",
        "at:ha tinh",
        "t:pho truong ban",
        "hoa | khoi",
        "^ly",
    ] {
        for subject in [
            crate::search::Subject::Reports,
            crate::search::Subject::Officials,
            crate::search::Subject::Positions,
        ] {
            let hits = |c: &Catalog| {
                let mut f = crate::search::Filter::new(subject);
                f.set_query(c, query);
                f.hits().iter().map(|h| h.index).collect::<Vec<_>>()
            };
            assert_eq!(hits(read), hits(built), "{query} over {subject:?}");
        }
    }
    // A text the reports of a part share is held once.
    let title = |i: usize| read.reports()[i].officials[0].titles[0].as_str();
    assert_eq!(title(0), title(1));
    assert!(std::ptr::eq(title(0), title(1)));
}

#[test]
fn a_new_file_is_added_to_the_saved_catalog_and_a_changed_one_is_made_again() {
    let (_tmp, db, dir) = archive("changes", 4);
    load(&db, &dir);
    write_report(&dir, 9, "");
    let (added, outcome) = load(&db, &dir);
    assert_eq!(
        added.catalogs,
        [4],
        "the saved catalog, then the new report"
    );
    assert_eq!((added.batched, outcome.reparsed), (1, 1));
    assert_eq!(added.catalog.reports().len(), 5);
    assert!(added.ticket.is_some(), "the grown catalog is saved");
    let (again, _) = load(&db, &dir);
    assert_eq!(again.catalogs, [5]);
    write_report(&dir, 1, " (sửa đổi)");
    let (changed, outcome) = load(&db, &dir);
    // The saved catalog at once, its out-of-date report hidden, the file
    // parsed again added, then the catalog made again from the store.
    assert_eq!(changed.catalogs, [5]);
    assert_eq!(changed.stale.len(), 1);
    assert_eq!((changed.batched, outcome.reparsed), (1, 1));
    assert_eq!(changed.remade, [5]);
    assert_eq!(changed.catalog.hidden_count(), 0);
    assert!(changed
        .catalog
        .reports()
        .iter()
        .any(|r| r.title.as_deref().is_some_and(|t| t.contains("sửa đổi"))));
    assert_eq!(summary(&changed.catalog), summary(&parsed_afresh(&dir)));
    assert!(changed.ticket.is_some(), "the catalog made again is saved");
    std::fs::remove_file(dir.join("t009.txt")).unwrap();
    let (gone, outcome) = load(&db, &dir);
    assert_eq!((gone.catalogs, gone.stale.len()), (vec![5], 1));
    assert_eq!(
        (gone.batched, outcome.reparsed, gone.remade),
        (0, 0, vec![4])
    );
    assert_eq!(summary(&gone.catalog), summary(&parsed_afresh(&dir)));
    let (again, _) = load(&db, &dir);
    assert_eq!((again.catalogs, again.remade), (vec![4], vec![]));
}

#[test]
fn a_saved_catalog_leaves_no_write_ahead_log_behind_while_bodies_are_read() {
    let (_tmp, db, dir) = archive("checkpoint", 4);
    load(&db, &dir);
    // This catalog reads its bodies from the store: its reader stays open
    // while the next load saves a grown catalog.
    let (open, _) = load(&db, &dir);
    assert_eq!(open.catalogs, [4]);
    write_report(&dir, 7, "");
    let (grown, _) = load(&db, &dir);
    assert!(grown.ticket.is_some(), "the grown catalog was saved");
    let wal = db.with_file_name("s.db-wal");
    let logged = std::fs::metadata(&wal).map_or(0, |m| m.len());
    assert_eq!(logged, 0, "the saved catalog was copied into the store");
    assert_eq!(open.catalog.reports().len(), 4);
    let (again, _) = load(&db, &dir);
    assert_eq!(again.catalogs, [5], "and reads back from there");
}

/// The catalog of `dir` parsed with no store.
fn parsed_afresh(dir: &Path) -> Catalog {
    let loaded = crate::load::load_all(
        &crate::load::Source::Paths(vec![dir.to_path_buf()]),
        &LoadOptions::default(),
    );
    Catalog::from_reports(loaded.reports)
}

/// Loads a fresh store of three files once, damages its saved catalog
/// with `damage` (SQL), and checks that the next load names the damage,
/// uses no saved catalog, parses nothing again and saves it anew.
/// Returns the archive's guard, the damaged load, the one after it and
/// the archive's folder.
fn damaged_then_healed(name: &str, damage: &str) -> (tempfile::TempDir, Seen, Seen, PathBuf) {
    let (tmp, db, dir) = archive(name, 3);
    load(&db, &dir);
    let store = Store::open(&db).unwrap();
    store.conn.execute(damage, []).unwrap();
    drop(store);
    let (seen, outcome) = load(&db, &dir);
    assert!(seen.catalogs.is_empty());
    assert_eq!((seen.batched, outcome.reparsed), (3, 0));
    assert_eq!(seen.warnings.len(), 1, "{:?}", seen.warnings);
    assert!(seen.warnings[0].reason.contains("built again"));
    let (healed, _) = load(&db, &dir);
    assert_eq!(healed.catalogs, [3]);
    (tmp, seen, healed, dir)
}

#[test]
fn a_saved_catalog_that_does_not_read_is_named_and_built_again() {
    let (_tmp, seen, healed, _) = damaged_then_healed(
        "corrupt",
        "UPDATE snapshot SET data = x'ff00ff00' WHERE part = 1",
    );
    assert!(
        seen.warnings[0].file.ends_with("s.db"),
        "{}",
        seen.warnings[0]
    );
    assert!(seen.ticket.is_some());
    assert!(healed.warnings.is_empty());
}

#[test]
fn a_saved_derived_part_that_does_not_read_is_named_and_built_again() {
    // Cut short: the officials, positions and index stream out of the
    // store and stop midway.
    let (_tmp, _, healed, dir) = damaged_then_healed(
        "corrupt-derived",
        "UPDATE snapshot SET data = substr(data, 1, length(data) / 2) WHERE part = 0",
    );
    assert_eq!(summary(&healed.catalog), summary(&parsed_afresh(&dir)));
}

#[test]
fn a_parser_version_change_in_the_store_leaves_the_saved_catalog_unused() {
    let (_tmp, db, dir) = archive("version", 3);
    load(&db, &dir);
    let store = Store::open(&db).unwrap();
    // As if an older parser had stored the files.
    store
        .conn
        .execute("UPDATE files SET parse_version = parse_version - 1", [])
        .unwrap();
    drop(store);
    let (seen, outcome) = load(&db, &dir);
    assert_eq!(outcome.reparsed, 3);
    assert!(seen.catalogs.is_empty(), "{:?}", seen.catalogs);
    assert_eq!(seen.batched, 3);
}

#[test]
fn every_version_the_naming_and_the_files_make_the_key() {
    let base = key_of("dvtui", [2, 1, 3], "a\0", "7");
    assert_eq!(base, key_of("dvtui", [2, 1, 3], "a\0", "7"));
    for other in [
        key_of("dvtui2", [2, 1, 3], "a\0", "7"),
        key_of("dvtui", [3, 1, 3], "a\0", "7"),
        key_of("dvtui", [2, 2, 3], "a\0", "7"),
        key_of("dvtui", [2, 1, 4], "a\0", "7"),
        key_of("dvtui", [2, 1, 3], "b\0", "7"),
        key_of("dvtui", [2, 1, 3], "a\0", "8"),
    ] {
        assert_ne!(base, other);
    }
}

/// Bodies named by their key, for reports put together without a store.
struct Keys;

impl BodySource for Keys {
    fn fetch(&self, key: i64) -> Option<String> {
        Some(format!("body {key}"))
    }
}

#[test]
fn parts_decoded_in_any_order_are_put_together_in_part_order() {
    let part = |from: i64, n: i64| -> (Vec<i64>, Vec<Report>) {
        let ids: Vec<i64> = (from..from + n).collect();
        let reports = ids
            .iter()
            .map(|i| Report {
                file: format!("r{i}.txt"),
                ..Report::default()
            })
            .collect();
        (ids, reports)
    };
    let mut assembly = Assembly {
        source: Arc::new(Keys),
        next: 1,
        waiting: BTreeMap::new(),
        reports: Vec::new(),
    };
    for (number, from, n) in [(3, 20, 2), (1, 0, 3), (4, 30, 1), (2, 10, 4)] {
        let (ids, reports) = part(from, n);
        assembly.add(number, ids, reports).unwrap();
    }
    // Everything arrived: nothing waits for a part ahead of it.
    assert!(assembly.waiting.is_empty());
    // A part after a missing one is still taken, in its place.
    let (ids, reports) = part(60, 2);
    assembly.add(6, ids, reports).unwrap();
    let reports = assembly.finish();
    let files: Vec<&str> = reports.iter().map(|r| r.file.as_str()).collect();
    let keys: Vec<i64> = reports.iter().filter_map(|r| r.body.stored_key()).collect();
    assert_eq!(
        files,
        [
            "r0.txt", "r1.txt", "r2.txt", "r10.txt", "r11.txt", "r12.txt", "r13.txt", "r20.txt",
            "r21.txt", "r30.txt", "r60.txt", "r61.txt"
        ]
    );
    assert_eq!(keys, [0, 1, 2, 10, 11, 12, 13, 20, 21, 30, 60, 61]);
    assert_eq!(reports[3].body.text(), "body 10");
    let mut mismatched = Assembly {
        source: Arc::new(Keys),
        next: 1,
        waiting: BTreeMap::new(),
        reports: Vec::new(),
    };
    let (ids, reports) = part(0, 3);
    assert_eq!(
        mismatched.add(1, ids[..2].to_vec(), reports).unwrap_err(),
        MISMATCH
    );
}

/// The identity state is saved apart and left in the store: read back only
/// while the catalog it was saved with is the one there.
#[test]
fn the_identity_state_is_read_from_the_store_only_for_its_own_catalog() {
    let (_tmp, db, dir) = archive("state", 4);
    load(&db, &dir);
    load(&db, &dir);
    let conn = Connection::open(&db).unwrap();
    let key = meta_get(&conn, META_KEY).unwrap().unwrap();
    let saved = |key: &str| SavedState {
        path: db.clone(),
        key: key.to_string(),
    };
    let state = saved(&key).fetch().expect("the state of the saved catalog");
    assert!(!state.is_empty());
    assert_eq!(state, read_part(&conn, STATE_PART).unwrap());
    assert!(saved("0-another").fetch().is_none(), "another catalog's");
    // A catalog read back grows as one built from the files.
    write_report(&dir, 7, "");
    let (added, _) = load(&db, &dir);
    assert_eq!(added.catalog.reports().len(), 5);
    assert_eq!(summary(&added.catalog), summary(&parsed_afresh(&dir)));
}
