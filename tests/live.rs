//! Live folders through the watcher and the store, without a terminal:
//! files copied into, rewritten in and deleted from a watched folder come
//! out as `LiveEvent`s, parsed alone, and the store follows.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test
use dvtui::load::{LoadOptions, Source};
use dvtui::store::{Refresh, Storage, Store, SyncOptions};
use dvtui::watch::{LiveEvent, Watcher};
use std::path::Path;
use std::sync::mpsc::{self, Receiver};
use std::time::Duration;

fn tmp(name: &str) -> tempfile::TempDir {
    let tmp = tempfile::Builder::new()
        .prefix(&format!("dvtui-live-{name}-"))
        .tempdir()
        .unwrap();
    std::fs::create_dir_all(tmp.path().join("archive")).unwrap();
    tmp
}

/// Writes a report to `dir/file` in one step (written beside, then
/// renamed), so that no burst of events can catch it half written.
fn write(dir: &Path, file: &str, title: &str) {
    let text = format!(
        "{title}\n\nChiều 3-10-2024, Ban Dân vận Huyện ủy Nghi Lộc tổ chức hội nghị. \
         Đồng chí Lương Thị Hạnh, Trưởng Ban Dân vận Huyện ủy chủ trì.\n"
    );
    put(&dir.join(file), text.as_bytes());
}

fn put(path: &Path, bytes: &[u8]) {
    let beside = path.with_extension("part");
    std::fs::write(&beside, bytes).unwrap();
    std::fs::rename(beside, path).unwrap();
}

/// Starts watching `archive` (through the store at `db` when given) on
/// its own thread; its news arrive on the receiver.
fn watch(archive: &Path, db: Option<&Path>) -> Receiver<LiveEvent> {
    let watcher = Watcher::start(&[archive.to_path_buf()]).unwrap();
    let store = db.map(|db| Box::new(Store::open(db).unwrap()) as Box<dyn Storage>);
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        watcher.run(store, &LoadOptions::default(), &|ev| tx.send(ev).is_ok());
    });
    rx
}

/// The next refresh's outcome (the `Refreshing` before it is checked to
/// name the same files).
fn next_refresh(rx: &Receiver<LiveEvent>) -> Refresh {
    let wait = Duration::from_secs(10);
    let LiveEvent::Refreshing { files, gone } = rx.recv_timeout(wait).expect("news in time") else {
        panic!("Refreshing first");
    };
    let LiveEvent::Refreshed(r) = rx.recv_timeout(wait).expect("the outcome") else {
        panic!("then Refreshed");
    };
    assert_eq!(gone, r.gone.len());
    for f in &r.read {
        assert!(files.contains(f), "{f} announced in {files:?}");
    }
    if r.remake {
        let LiveEvent::Remade(c) = rx.recv_timeout(wait).expect("the remade catalog") else {
            panic!("Remade after a refresh that dropped stored reports");
        };
        assert_eq!(c.hidden_count(), 0);
        *REMADE.lock().unwrap() = Some(c.reports().len());
    }
    r
}

/// The size of the last catalog remade from the store.
static REMADE: std::sync::Mutex<Option<usize>> = std::sync::Mutex::new(None);

fn remade() -> Option<usize> {
    REMADE.lock().unwrap().take()
}

fn titles(r: &Refresh) -> Vec<String> {
    r.reports
        .iter()
        .filter_map(|r| r.title.as_deref().map(String::from))
        .collect()
}

/// Files stored, and the stored title of `file`.
fn stored(db: &Path, file: &str) -> (i64, Option<String>) {
    let conn = rusqlite::Connection::open(db).unwrap();
    let n = conn
        .query_row("SELECT count(*) FROM files", [], |r| r.get(0))
        .unwrap();
    let title = conn
        .query_row(
            "SELECT r.title FROM reports r JOIN files f ON f.id = r.id WHERE f.path LIKE ?1",
            [format!("%/{file}")],
            |r| r.get(0),
        )
        .ok();
    (n, title)
}

#[test]
fn added_changed_and_deleted_files_reach_the_store_alone() {
    let d_dir = tmp("store");
    let d = d_dir.path();
    let archive = d.join("archive");
    for i in 0..3 {
        write(&archive, &format!("r{i}.txt"), &format!("Giao ban lần {i}"));
    }
    let db = d.join("s.db");
    let sync = SyncOptions {
        emit_stored: false,
        ..SyncOptions::default()
    };
    let src = [archive.clone()];
    dvtui::store::stream(
        Store::open(&db).unwrap(),
        &src,
        &LoadOptions::default(),
        &sync,
        &|_| {},
    );
    let rx = watch(&archive, Some(&db));

    // A picture and a report copied in: only the report is read.
    std::fs::write(archive.join("anh.jpg"), b"\xff\xd8\xff").unwrap();
    write(&archive, "moi.txt", "Hội nghị dân vận khéo năm 2024");
    let r = next_refresh(&rx);
    assert!(!r.remake, "an added file needs no remaking");
    assert_eq!(r.read, vec![archive.join("moi.txt").display().to_string()]);
    assert_eq!(titles(&r), ["Hội nghị dân vận khéo năm 2024"]);
    assert_eq!(
        stored(&db, "moi.txt"),
        (4, Some("Hội nghị dân vận khéo năm 2024".into()))
    );

    write(&archive, "r1.txt", "Giao ban lần 1 (sửa)");
    let r = next_refresh(&rx);
    assert_eq!(titles(&r), ["Giao ban lần 1 (sửa)"]);
    assert_eq!(
        remade(),
        Some(4),
        "the catalog is made again from the store"
    );
    assert_eq!(
        stored(&db, "r1.txt").1.as_deref(),
        Some("Giao ban lần 1 (sửa)")
    );

    // The same bytes again: nothing to parse.
    let same = std::fs::read(archive.join("r2.txt")).unwrap();
    std::thread::sleep(Duration::from_millis(10));
    put(&archive.join("r2.txt"), &same);
    let r = next_refresh(&rx);
    assert!(r.read.is_empty() && r.reports.is_empty(), "{r:?}");

    std::fs::remove_file(archive.join("r0.txt")).unwrap();
    let r = next_refresh(&rx);
    assert_eq!(r.gone, vec![archive.join("r0.txt").display().to_string()]);
    assert_eq!(stored(&db, "r0.txt"), (3, None));
    assert_eq!(remade(), Some(3));
    // The archive's own files are as the test left them.
    let mut names: Vec<String> = std::fs::read_dir(&archive)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["anh.jpg", "moi.txt", "r1.txt", "r2.txt"]);
}

#[test]
fn a_folder_moved_in_and_out_comes_and_goes_whole() {
    let d_dir = tmp("folder");
    let d = d_dir.path();
    let archive = d.join("archive");
    write(&archive, "r0.txt", "Giao ban lần 0");
    write(&archive, "r5.txt", "Giao ban lần 5");
    let rx = watch(&archive, None);
    // Made outside, then moved in at once: its files were never seen
    // one by one.
    let outside = d.join("quy3");
    std::fs::create_dir_all(&outside).unwrap();
    write(&outside, "a.txt", "Tiếp xúc cử tri xã Nghi Phong");
    write(&outside, "b.md", "Dân vận chính quyền xã Nghi Thạch");
    std::fs::rename(&outside, archive.join("quy3")).unwrap();
    let r = next_refresh(&rx);
    let mut got = titles(&r);
    got.sort();
    assert_eq!(
        got,
        [
            "Dân vận chính quyền xã Nghi Thạch",
            "Tiếp xúc cử tri xã Nghi Phong"
        ]
    );
    std::fs::rename(archive.join("quy3"), &outside).unwrap();
    let r = next_refresh(&rx);
    assert_eq!(r.gone, vec![archive.join("quy3").display().to_string()]);
    // The folder's own attributes changing is no reason to read it all
    // again; without a store, every file named is parsed again.
    let perms = std::fs::metadata(&archive).unwrap().permissions();
    std::fs::set_permissions(&archive, perms).unwrap();
    write(&archive, "r0.txt", "Giao ban lần 0 (bổ sung)");
    let r = next_refresh(&rx);
    assert_eq!(titles(&r), ["Giao ban lần 0 (bổ sung)"]);
    let all = dvtui::load::load_all(&Source::Paths(vec![archive]), &LoadOptions::default());
    assert_eq!(all.reports.len(), 2);
}

/// A store that refuses everything, as a server that went away would.
struct Unreachable;

impl Unreachable {
    fn error() -> dvtui::store::StoreError {
        dvtui::store::StoreError::NotAStore {
            path: "archive.example".into(),
        }
    }
}

impl Storage for Unreachable {
    fn location(&self) -> String {
        "archive.example".into()
    }
    fn was_complete(&self) -> bool {
        true
    }
    fn was_rebuilt(&self) -> bool {
        false
    }
    fn stored_files(
        &self,
    ) -> Result<rustc_hash::FxHashMap<String, dvtui::store::StoredFile>, dvtui::store::StoreError>
    {
        Err(Self::error())
    }
    fn files_at(
        &self,
        _: &str,
    ) -> Result<Vec<(String, dvtui::store::StoredFile)>, dvtui::store::StoreError> {
        Err(Self::error())
    }
    fn read_reports(
        &self,
        _: dvtui::store::Wanted<'_>,
        _: usize,
        _: &mut dyn FnMut(Vec<dvtui::model::Report>),
    ) -> Result<Vec<i64>, dvtui::store::StoreError> {
        Err(Self::error())
    }
    fn read_warnings(
        &self,
        _: dvtui::store::Wanted<'_>,
    ) -> Result<Vec<dvtui::model::LoadWarning>, dvtui::store::StoreError> {
        Err(Self::error())
    }
    fn write_batch(&mut self, _: &[dvtui::store::Entry]) -> Result<(), dvtui::store::StoreError> {
        Err(Self::error())
    }
    fn remove_files(&mut self, _: &[i64]) -> Result<(), dvtui::store::StoreError> {
        Err(Self::error())
    }
    fn touch_files(&mut self, _: &[(i64, i64)]) -> Result<(), dvtui::store::StoreError> {
        Err(Self::error())
    }
    fn set_complete(&mut self, _: bool) -> Result<(), dvtui::store::StoreError> {
        Err(Self::error())
    }
}

#[test]
fn a_store_that_fails_is_named_and_the_files_are_parsed_all_the_same() {
    let d_dir = tmp("unreachable");
    let d = d_dir.path();
    let archive = d.join("archive");
    write(&archive, "r0.txt", "Giao ban lần 0");
    let mut store = Unreachable;
    let r = dvtui::store::refresh(
        Some(&mut store),
        &[archive.join("r0.txt")],
        &[archive.join("r9.txt")],
        &LoadOptions::default(),
    );
    assert_eq!(titles(&r), ["Giao ban lần 0"]);
    assert!(!r.remake, "nothing to remake from");
    let why = r.error.expect("the store's failure is named");
    assert!(why.contains("not a dvtui store"), "{why}");
    assert_eq!(r.gone, vec![archive.join("r9.txt").display().to_string()]);
    // Loading through it falls back to parsing too.
    let got = std::sync::Mutex::new(0);
    let outcome = dvtui::store::stream(
        Unreachable,
        &[archive],
        &LoadOptions::default(),
        &SyncOptions {
            emit_stored: true,
            ..SyncOptions::default()
        },
        &|ev| {
            if let dvtui::load::LoadEvent::Reports(b) = ev {
                *got.lock().unwrap() += b.len();
            }
        },
    );
    assert!(outcome.error.is_some());
    assert_eq!(*got.lock().unwrap(), 1);
}
