//! The store through the real binary: `dvtui ingest`, `--db`, the cache
//! store, a corrupt store, two processes on one store, and `kill -9` in the
//! middle of an ingest.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test
use std::path::Path;
use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_dvtui");

/// A fresh folder with `n` small reports under `archive/`.
fn corpus(name: &str, n: usize) -> tempfile::TempDir {
    let tmp = tempfile::Builder::new()
        .prefix(&format!("dvtui-store-it-{name}-"))
        .tempdir()
        .unwrap();
    let archive = tmp.path().join("archive");
    std::fs::create_dir_all(&archive).unwrap();
    let names = [
        "Hoàng Văn Sơn",
        "Đỗ Thị Lan",
        "Vũ Minh Đức",
        "Bùi Thanh Tâm",
    ];
    for i in 0..n {
        let text = format!(
            "Giao ban dân vận khối cơ quan lần {i}\n\n\
             Chiều 5-6-2023, Ban Dân vận Huyện ủy Yên Thành tổ chức giao ban công tác dân vận. \
             Đồng chí {}, Phó Trưởng Ban Dân vận Huyện ủy phát biểu chỉ đạo.\n",
            names[i % names.len()]
        );
        std::fs::write(archive.join(format!("{i:05}.txt")), text).unwrap();
    }
    tmp
}

/// Runs `dvtui bench DIR --json` with `args`; the JSON and stderr.
fn bench(dir: &Path, args: &[&str], cache: &Path) -> (serde_json::Value, String) {
    let out = Command::new(BIN)
        .arg("bench")
        .arg(dir.join("archive"))
        .args(["--json", "--query", "son"])
        .args(args)
        .env("XDG_CACHE_HOME", cache)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{stderr}");
    (serde_json::from_slice(&out.stdout).unwrap(), stderr)
}

/// Runs `dvtui ingest` on the corpus into `db`; its stderr.
fn ingest(dir: &Path, db: &Path) -> String {
    let out = Command::new(BIN)
        .arg("ingest")
        .arg(dir.join("archive"))
        .arg("--db")
        .arg(db)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{stderr}");
    stderr
}

/// How many files `db` holds, and whether its last update completed.
fn stored(db: &Path) -> (i64, String) {
    let conn = rusqlite::Connection::open(db).unwrap();
    let ok: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    let files = conn
        .query_row("SELECT count(*) FROM files", [], |r| r.get(0))
        .unwrap();
    let complete = conn
        .query_row("SELECT value FROM meta WHERE key = 'complete'", [], |r| {
            r.get(0)
        })
        .unwrap();
    (files, complete)
}

#[test]
fn the_cache_store_is_used_on_the_next_launch_and_no_cache_bypasses_it() {
    let d_dir = corpus("cache", 40);
    let d = d_dir.path();
    let cache = d.join("cache");
    let (cold, _) = bench(d, &[], &cache);
    assert_eq!(
        (cold["store"].as_str(), cold["reports"].as_u64()),
        (Some("cold"), Some(40))
    );
    let (warm, _) = bench(d, &[], &cache);
    assert_eq!(
        (warm["store"].as_str(), warm["reports"].as_u64()),
        (Some("warm"), Some(40))
    );
    assert_eq!(warm["officials"], cold["officials"]);
    // The first launch saved the catalog it built; the next read it back.
    assert_eq!(cold["saved_catalog"], false);
    assert_eq!(warm["saved_catalog"], true);
    // A changed file: the saved catalog is shown at once with its report
    // hidden, the file parsed again, then the catalog made again.
    let file = d.join("archive/00003.txt");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text.replace("lần 3", "lần ba")).unwrap();
    let (changed, _) = bench(d, &[], &cache);
    assert_eq!(
        (
            changed["saved_catalog"].as_bool(),
            changed["reparsed"].as_u64(),
            changed["reports"].as_u64()
        ),
        (Some(true), Some(1), Some(40))
    );
    let ms = |key: &str| changed["load_ms"][key].as_f64().unwrap();
    assert!(ms("searchable") <= ms("current") && ms("current") <= ms("remade"));
    assert_eq!(changed["officials"], cold["officials"]);
    let (again, _) = bench(d, &[], &cache);
    assert_eq!(again["saved_catalog"], true);
    let (none, _) = bench(d, &["--no-cache"], &cache);
    assert_eq!(
        (none["store"].as_str(), none["reports"].as_u64()),
        (Some("none"), Some(40))
    );
    // The archive's own folder holds only its reports.
    assert_eq!(std::fs::read_dir(d.join("archive")).unwrap().count(), 40);
}

#[test]
fn ingest_then_open_from_the_store_alone() {
    let d_dir = corpus("db", 30);
    let d = d_dir.path();
    let db = d.join("s.db");
    let stderr = ingest(d, &db);
    assert!(stderr.contains("30 files parsed"), "{stderr}");
    let out = Command::new(BIN)
        .args(["bench", "--json", "--query", "son", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (json["store"].as_str(), json["reports"].as_u64()),
        (Some("warm"), Some(30))
    );
}

#[test]
fn a_corrupt_store_gives_one_message_and_the_files_are_parsed() {
    let d_dir = corpus("corrupt", 12);
    let d = d_dir.path();
    let db = d.join("bad.db");
    std::fs::write(&db, b"garbage, not a database ".repeat(400)).unwrap();
    let (json, stderr) = bench(d, &["--db", db.to_str().unwrap()], &d.join("cache"));
    assert_eq!(
        (json["store"].as_str(), json["reports"].as_u64()),
        (Some("none"), Some(12))
    );
    let lines: Vec<_> = stderr.lines().filter(|l| l.contains("bad.db")).collect();
    assert_eq!(lines.len(), 1, "{stderr}");
    assert!(lines[0].contains("reading the files instead"), "{stderr}");
    // The damaged file is left as it was.
    assert!(std::fs::read(&db).unwrap().starts_with(b"garbage"));
}

#[test]
fn two_processes_on_one_store_leave_it_whole() {
    let d_dir = corpus("two", 1500);
    let d = d_dir.path();
    let db = d.join("s.db");
    let spawn = || {
        Command::new(BIN)
            .arg("ingest")
            .arg(d.join("archive"))
            .arg("--db")
            .arg(&db)
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (a, b) = (spawn(), spawn());
    for child in [a, b] {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(stored(&db), (1500, "1".to_string()));
    let stderr = ingest(d, &db);
    assert!(stderr.contains(" 0 files parsed"), "{stderr}");
}

#[test]
fn an_ingest_killed_midway_is_completed_by_the_next_one() {
    let d_dir = corpus("kill", 6000);
    let d = d_dir.path();
    let db = d.join("s.db");
    kill_ingest_after_first_batch(d, &db);
    let (files, complete) = stored(&db);
    assert!(files > 0 && files < 6000, "{files}");
    assert_eq!(complete, "0");
    let stderr = ingest(d, &db);
    let expected = format!(" {} files parsed", 6000 - files);
    assert!(stderr.contains(&expected), "{expected}: {stderr}");
    assert_eq!(stored(&db), (6000, "1".to_string()));
}

#[test]
fn an_ingest_and_a_launch_on_one_store_at_once_both_finish_whole() {
    let d_dir = corpus("ingest-and-open", 3000);
    let d = d_dir.path();
    let db = d.join("s.db");
    let ingest = Command::new(BIN)
        .arg("ingest")
        .arg(d.join("archive"))
        .arg("--db")
        .arg(&db)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The app's own load (`bench` runs it) on the same store and paths
    // while the ingest writes, then one that shows only what is stored.
    let launch = Command::new(BIN)
        .args(["bench", "--json", "--query", "son", "--db"])
        .arg(&db)
        .arg(d.join("archive"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let reader = Command::new(BIN)
        .args(["bench", "--json", "--query", "son", "--db"])
        .arg(&db)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let ingest = ingest.wait_with_output().unwrap();
    assert!(
        ingest.status.success(),
        "{}",
        String::from_utf8_lossy(&ingest.stderr)
    );
    let json = |out: &std::process::Output| -> serde_json::Value {
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{stderr}");
        // Nothing went wrong with the store: no message names it.
        assert!(!stderr.contains("s.db"), "{stderr}");
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let launched = json(&launch.wait_with_output().unwrap());
    assert_eq!(launched["reports"].as_u64(), Some(3000));
    // The reader sees a consistent part of the store: whole batches.
    let read = json(&reader.wait_with_output().unwrap());
    assert!(read["reports"].as_u64().unwrap() <= 3000, "{read}");
    assert_eq!(stored(&db), (3000, "1".to_string()));
    // Each file once, each report once, no mention without its report.
    let conn = rusqlite::Connection::open(&db).unwrap();
    let q = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).unwrap() };
    assert_eq!(q("SELECT count(DISTINCT path) FROM files"), 3000);
    assert_eq!(q("SELECT count(*) FROM reports"), 3000);
    assert_eq!(q("SELECT count(*) FROM bodies"), 3000);
    assert_eq!(
        q("SELECT count(*) FROM mentions WHERE report_id NOT IN (SELECT id FROM reports)"),
        0
    );
    let again = self::ingest(d, &db);
    assert!(again.contains(" 0 files parsed"), "{again}");
}

#[test]
fn a_launch_after_an_ingest_killed_midway_says_cold_and_completes_it() {
    let d_dir = corpus("kill-launch", 5000);
    let d = d_dir.path();
    let db = d.join("s.db");
    kill_ingest_after_first_batch(d, &db);
    let (files, complete) = stored(&db);
    assert!(files < 5000 && complete == "0", "{files} {complete}");
    let (json, stderr) = bench(d, &["--db", db.to_str().unwrap()], &d.join("cache"));
    // An interrupted store is not warm: what was missing is parsed now.
    assert_eq!(
        (json["store"].as_str(), json["reports"].as_u64()),
        (Some("cold"), Some(5000)),
        "{stderr}"
    );
    assert_eq!(stored(&db), (5000, "1".to_string()));
    let (warm, _) = bench(d, &["--db", db.to_str().unwrap()], &d.join("cache"));
    assert_eq!(warm["store"].as_str(), Some("warm"));
}

/// Starts `dvtui ingest` of `d/archive` into `db` and kills it (SIGKILL)
/// once its first batch is stored.
fn kill_ingest_after_first_batch(d: &Path, db: &Path) {
    use std::io::{BufRead, BufReader};
    let mut child = Command::new(BIN)
        .arg("ingest")
        .arg(d.join("archive"))
        .arg("--db")
        .arg(db)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Progress comes once the first batch is parsed; kill once it is stored.
    let mut first = String::new();
    BufReader::new(child.stderr.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.contains("ingest:"), "{first}");
    let conn = rusqlite::Connection::open(db).unwrap();
    let count = || -> i64 {
        conn.query_row("SELECT count(*) FROM files", [], |r| r.get(0))
            .unwrap_or(0)
    };
    while count() == 0 {
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
    child.kill().unwrap();
    child.wait().unwrap();
}
