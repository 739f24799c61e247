//! Binary-level reliability tests: `dvtui export` on the messy fixture
//! folder (legacy encodings, empty, binary, over-cap and undecodable files,
//! escape sequences, a symlink loop, HTML), checked through stdout, stderr
//! and the exit code.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_dvtui");
const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/messy");
/// The cap used in these tests: above every fixture, below `huge.txt`.
const CAP: &str = "100000";

/// A temporary folder, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("dvtui-rel-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}

impl std::ops::Deref for TempDir {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A fresh copy of the fixture folder plus what is made at test time: a
/// file over the cap and a symlink loop.
fn messy_dir(tag: &str) -> TempDir {
    let dir = TempDir::new(tag);
    for e in std::fs::read_dir(FIXTURES).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, dir.join(p.file_name().unwrap())).unwrap();
    }
    std::fs::write(dir.join("huge.txt"), "Hội nghị dân vận.\n".repeat(10_000)).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(&*dir, dir.join("loop")).unwrap();
    dir
}

fn export(args: &[&Path]) -> Output {
    Command::new(BIN)
        .arg("export")
        .args(["--max-file-size", CAP])
        .args(args)
        .output()
        .unwrap()
}

fn stderr_lines(out: &Output) -> Vec<String> {
    String::from_utf8(out.stderr.clone())
        .unwrap()
        .lines()
        .map(String::from)
        .collect()
}

fn base_name(report: &Value) -> String {
    let f = report["file"].as_str().unwrap();
    Path::new(f)
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned()
}

/// Every string in `v`, recursively.
fn strings(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.push(s.clone()),
        Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
        Value::Object(o) => o.values().for_each(|x| strings(x, out)),
        _ => {}
    }
}

#[test]
fn export_returns_exactly_the_readable_reports_with_one_warning_per_bad_file() {
    let dir = messy_dir("all");
    let out = export(&[&dir]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let reports: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    let names: Vec<String> = reports.iter().map(base_name).collect();
    let expected = [
        "copy_000_nfd.txt",
        "copy_000_utf16.txt",
        "copy_000_windows1258.txt",
        "escapes.txt",
        "good_000.txt",
        "good_001.txt",
        "good_004.txt",
        "invalid_bytes.txt",
        "no_fields.txt",
        "report.html",
    ];
    assert_eq!(names, expected, "sorted by path, bad files left out");
    let bare = &reports[names.iter().position(|n| n == "no_fields.txt").unwrap()];
    assert!(bare["published"].is_null() && bare["event_date"].is_null());
    assert_eq!(bare["officials"].as_array().map(Vec::len), Some(0));

    let lines = stderr_lines(&out);
    let bad = [
        ("binary.txt", "binary"),
        ("empty.txt", "empty"),
        ("huge.txt", "cap"),
        ("invalid_bytes.txt", "U+FFFD"),
        ("loop", "symlink loop"),
    ];
    assert_eq!(lines.len(), bad.len(), "one line per bad file: {lines:#?}");
    for (file, why) in bad {
        let hits: Vec<_> = lines
            .iter()
            .filter(|l| l.contains(&format!("/{file}: ")) && l.contains(why))
            .collect();
        assert_eq!(hits.len(), 1, "{file} ({why}) in {lines:#?}");
    }
    assert!(lines
        .iter()
        .any(|l| l.contains("huge.txt") && l.contains("97.7 KB cap")));
}

#[test]
fn legacy_encoded_and_nfd_copies_parse_like_the_original() {
    let dir = messy_dir("enc");
    let out = export(&[&dir]);
    let reports: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    let by_name = |n: &str| {
        let mut r = reports.iter().find(|r| base_name(r) == n).unwrap().clone();
        r.as_object_mut().unwrap().remove("file");
        r
    };
    let original = by_name("good_000.txt");
    assert!(original["title"].is_string());
    assert!(!original["officials"].as_array().unwrap().is_empty());
    for copy in [
        "copy_000_windows1258.txt",
        "copy_000_utf16.txt",
        "copy_000_nfd.txt",
    ] {
        let r = by_name(copy);
        assert_eq!(r["officials"], original["officials"], "{copy}: officials");
        assert_eq!(r, original, "{copy}: every field");
    }
}

#[test]
fn no_control_characters_or_escape_payloads_reach_the_output() {
    let dir = messy_dir("ctl");
    let out = export(&[&dir]);
    let text = String::from_utf8(out.stdout.clone()).unwrap();
    // JSON would spell a stored control character as \u00XX.
    assert!(
        !text.contains("\\u00"),
        "escaped control character in output"
    );
    assert!(!text.contains('\u{1b}'));
    let value: Value = serde_json::from_str(&text).unwrap();
    let mut all = Vec::new();
    strings(&value, &mut all);
    for s in &all {
        assert!(!s.chars().any(char::is_control), "control char in {s:?}");
    }
    assert!(
        !text.contains("pwned"),
        "OSC payload must go with its sequence"
    );
    assert!(!text.contains("[2J") && !text.contains("[1;31m"));
    let escapes = value
        .as_array()
        .unwrap()
        .iter()
        .find(|r| base_name(r) == "escapes.txt");
    assert!(
        escapes.unwrap()["body"].as_array().unwrap().len() > 3,
        "text around escapes kept"
    );
}

#[test]
fn html_report_keeps_the_article_and_drops_page_furniture() {
    let out = export(&[&Path::new(FIXTURES).join("report.html")]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    for junk in [
        "SCRIPT-TEXT",
        "STYLE-TEXT",
        "NAV-TEXT",
        "ASIDE-TEXT",
        "FORM-TEXT",
        "NOSCRIPT-TEXT",
        "FOOTER-TEXT",
        "<p>",
        "&amp;",
    ] {
        assert!(!text.contains(junk), "{junk} leaked into the report");
    }
    let reports: Vec<Value> = serde_json::from_str(&text).unwrap();
    let body = reports[0]["body"].as_array().unwrap();
    assert!(body.len() > 3, "article paragraphs kept as lines");
}

#[test]
fn missing_path_is_named_and_exits_2_but_the_rest_still_loads() {
    let missing = Path::new("/nonexistent/dvtui-reports");
    let out = export(&[&Path::new(FIXTURES).join("good_001.txt"), missing]);
    assert_eq!(out.status.code(), Some(2));
    let reports: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(reports.len(), 1);
    let lines = stderr_lines(&out);
    assert_eq!(
        lines,
        ["dvtui: /nonexistent/dvtui-reports: skipped: no such file or directory"]
    );
}

#[test]
fn nothing_readable_exits_2() {
    let out = export(&[
        &Path::new(FIXTURES).join("empty.txt"),
        &Path::new(FIXTURES).join("binary.txt"),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "[]");
    assert_eq!(stderr_lines(&out).len(), 2);
}

#[test]
fn a_named_file_of_any_extension_is_read() {
    let dir = messy_dir("ext");
    let named = dir.join("report.notes");
    std::fs::copy(dir.join("good_001.txt"), &named).unwrap();
    let out = export(&[&named]);
    assert_eq!(out.status.code(), Some(0));
    let reports: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(base_name(&reports[0]), "report.notes");
}

#[test]
fn tui_refuses_a_missing_path_before_opening_the_screen() {
    let out = Command::new(BIN)
        .arg("/nonexistent/dvtui-x.txt")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr_lines(&out),
        ["dvtui: /nonexistent/dvtui-x.txt: no such file or directory"]
    );
    assert!(out.stdout.is_empty(), "no screen drawn");
}

#[test]
fn closed_stdout_is_not_an_error() {
    let dir = TempDir::new("pipe");
    // Enough reports that the JSON overflows the pipe buffer.
    for i in 0..60 {
        std::fs::copy(
            Path::new(FIXTURES).join("good_004.txt"),
            dir.join(format!("r{i:03}.txt")),
        )
        .unwrap();
    }
    let mut child = Command::new(BIN)
        .args(["export"])
        .arg(&*dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    std::io::Read::read_exact(child.stdout.as_mut().unwrap(), &mut first).unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "",
        "no broken-pipe message"
    );
}

#[cfg(unix)]
#[test]
fn unreadable_file_is_skipped_with_its_reason() {
    use std::os::unix::fs::PermissionsExt;
    let dir = messy_dir("perm");
    let locked = dir.join("good_001.txt");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&locked).is_ok() {
        // Running as root: permissions do not stop reading; nothing to test.
        return;
    }
    let out = export(&[&locked]);
    assert_eq!(out.status.code(), Some(2));
    let lines = stderr_lines(&out);
    assert!(
        lines[0].ends_with("good_001.txt: skipped: permission denied"),
        "{lines:?}"
    );
}

#[test]
fn deeply_nested_html_is_read_in_linear_time() {
    // 100,000 unclosed <div>s would take html5ever's tree builder minutes;
    // the page is read flat instead, text kept.
    let dir = TempDir::new("deep");
    let page = format!(
        "<!doctype html><html><body><script>x()</script>{}Hội nghị giao ban{}</body></html>",
        "<div>".repeat(100_000),
        "</div>".repeat(100_000)
    );
    let file = dir.join("deep.html");
    std::fs::write(&file, page).unwrap();
    let out = Command::new(BIN).arg("export").arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let reports: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    let text = serde_json::to_string(&reports[0]).unwrap();
    assert!(text.contains("Hội nghị giao ban") && !text.contains("x()"));
}

#[cfg(unix)]
#[test]
fn control_characters_in_file_names_never_reach_the_terminal() {
    let dir = TempDir::new("names");
    std::fs::copy(
        Path::new(FIXTURES).join("good_001.txt"),
        dir.join("tin\u{1b}]0;pwned\u{7}.txt"),
    )
    .unwrap();
    std::fs::write(dir.join("trống\u{1b}[2J.txt"), "").unwrap();
    let out = export(&[&dir]);
    assert_eq!(out.status.code(), Some(0));
    for stream in [&out.stdout, &out.stderr] {
        let text = String::from_utf8(stream.clone()).unwrap();
        assert!(
            !text.chars().any(|c| c.is_control() && c != '\n'),
            "{text:?}"
        );
        assert!(!text.contains("\\u001b") && !text.contains("\\u0007"));
    }
    let lines = stderr_lines(&out);
    assert_eq!(lines.len(), 1);
    assert!(
        lines[0].contains("trống\u{FFFD}[2J.txt: skipped: empty file"),
        "{lines:?}"
    );
}
