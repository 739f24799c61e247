//! `dvtui officials`, `search`, `positions`, `export` and `glossary` on the
//! bundled sample.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use serde_json::Value;
use std::process::Command;

fn run(args: &[&str]) -> Vec<Value> {
    let out = Command::new(env!("CARGO_BIN_EXE_dvtui"))
        .args(args)
        .output()
        .expect("run dvtui");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON array")
}

fn names(query: &str) -> Vec<String> {
    run(&["officials", "--query", query])
        .iter()
        .map(|o| o["name"].as_str().unwrap_or("").to_string())
        .collect()
}

#[test]
fn officials_are_found_without_accents_and_merged_across_spellings() {
    let hits = run(&["officials", "--query", "le tri vu"]);
    assert_eq!(hits[0]["name"], "Lê Trí Vũ");
    assert_eq!(hits[0]["reports"].as_array().map(Vec::len), Some(2));
    assert_eq!(names("hoai")[0], "Bùi Thị Minh Hoài");
    assert_eq!(names("Hoài")[0], "Bùi Thị Minh Hoài");
    assert!(!names("Hoái").iter().any(|n| n.contains("Hoài")));
    assert_eq!(names("do manh hien")[0], "Đỗ Mạnh Hiến");
    assert_eq!(names("Do Manh")[0], "Đỗ Mạnh Hiến");
}

#[test]
fn all_officials_and_syntax() {
    assert_eq!(run(&["officials"]).len(), 14);
    let le = names("^le !nguyen");
    assert!(!le.is_empty());
    assert!(le.iter().all(|n| n.starts_with("Lê")), "{le:?}");
    assert_eq!(run(&["officials", "--limit", "3"]).len(), 3);
}

#[test]
fn matched_chars_point_at_the_name() {
    let hits = run(&["officials", "--query", "hoai"]);
    let name: Vec<char> = hits[0]["name"].as_str().unwrap_or("").chars().collect();
    assert!(hits[0].get("positions").is_none(), "renamed: not a post");
    let picked: String = hits[0]["match_indices"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_u64)
        .map(|i| name[i as usize])
        .collect();
    assert_eq!(picked, "Hoài");
}

#[test]
fn positions_list_holders_in_date_order() {
    let pos = run(&["positions", "--query", "truong ban dan van trung uong"]);
    let holders: Vec<&str> = pos[0]["holders"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|h| h["name"].as_str())
        .collect();
    assert_eq!(holders, ["Hà Thị Khiết", "Bùi Thị Minh Hoài"]);
}

#[test]
fn search_ranks_the_giao_ban_report_first() {
    let hits = run(&["search", "--query", "giao ban"]);
    assert!(hits[0]["file"].as_str().unwrap_or("").contains("002_"));
    assert_eq!(hits[0]["event_date"], "2012-06-28");
    assert!(hits[0].get("body").is_none());
    let y = run(&["search", "--query", "y:2020..2021 l:provincial"]);
    assert_eq!(y.len(), 1);
    assert_eq!(y[0]["event_date"], "2020-12-29");
    let p = run(&["search", "--query", "p:'minh hoai"]);
    assert_eq!(p.len(), 1);
    assert_eq!(p[0]["matched"]["officials"][0], "Bùi Thị Minh Hoài");
}

#[test]
fn search_help_prints_the_query_syntax() {
    let out = Command::new(env!("CARGO_BIN_EXE_dvtui"))
        .args(["search", "--help"])
        .output()
        .expect("run dvtui");
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(help.contains("Query syntax"), "{help}");
    for form in ["'dan van", "at:\"hai phong\"", "y:2021", "!nguyen"] {
        assert!(help.contains(form), "help lacks {form}");
    }
}

#[test]
fn max_file_size_takes_units() {
    assert_eq!(run(&["officials", "--max-file-size", "30M"]).len(), 14);
    let out = Command::new(env!("CARGO_BIN_EXE_dvtui"))
        .args(["export", "--max-file-size", "30Q"])
        .output()
        .expect("run dvtui");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("K, M or G"));
}

fn stdout_of(args: &[&str]) -> (Option<i32>, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_dvtui"))
        .args(args)
        .output()
        .expect("run dvtui");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn format_gives_tables_as_csv_tsv_and_markdown() {
    let (code, csv, _) = stdout_of(&["search", "-q", "hai phong", "--format", "csv"]);
    assert_eq!(code, Some(0));
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "date,level,title,source,places,officials,file");
    assert_eq!(lines.len(), 3, "{csv}");
    assert!(lines[1..].iter().all(|l| l.contains("Hải Phòng")), "{csv}");
    let (_, tsv, _) = stdout_of(&[
        "officials",
        "-q",
        "le tri vu",
        "--format",
        "tsv",
        "--limit",
        "1",
    ]);
    assert_eq!(
        tsv.lines().nth(1).map(|l| l.split('\t').next()),
        Some(Some("Lê Trí Vũ"))
    );
    let (_, md, _) = stdout_of(&["positions", "--format", "md"]);
    assert!(
        md.starts_with("| title | holders | latest_holder |\n|---|---|---|\n"),
        "{md}"
    );
}

#[test]
fn a_bad_query_value_is_refused_with_its_reason() {
    let (code, out, err) = stdout_of(&["search", "-q", "y:2022..2020"]);
    assert_eq!(code, Some(2));
    assert!(out.is_empty());
    assert!(err.contains("backwards"), "{err}");
}

#[test]
fn a_dash_reads_paths_from_standard_input() {
    use std::io::Write;
    let dir = env!("CARGO_MANIFEST_DIR");
    let mut child = Command::new(env!("CARGO_BIN_EXE_dvtui"))
        .args(["search", "-q", "", "--format", "tsv", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("run dvtui");
    let paths = format!(
        "{dir}/assets/sample/000_9d50c74b860e3e52.txt\n\n{dir}/assets/sample/004_c473fa5882b70355.txt\n"
    );
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(paths.as_bytes())
        .expect("write paths");
    let out = child.wait_with_output().expect("output");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        text.lines().count(),
        3,
        "two reports and the header:\n{text}"
    );
    let (code, _, err) = stdout_of(&["export", "-"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("no paths on standard input"), "{err}");
}

#[test]
fn the_glossary_lists_abbreviations_with_their_expansions() {
    let entries = run(&["glossary"]);
    let find = |a: &str| {
        entries
            .iter()
            .find(|e| e["abbreviation"] == a)
            .and_then(|e| e["expansion"].as_str())
            .map(String::from)
    };
    assert_eq!(find("UBND").as_deref(), Some("Ủy ban nhân dân"));
    assert_eq!(find("T.Ư").as_deref(), Some("Trung ương"));
    let out = Command::new(env!("CARGO_BIN_EXE_dvtui"))
        .args(["glossary", "--table"])
        .output()
        .expect("dvtui runs");
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(table
        .lines()
        .any(|l| l.starts_with("HĐND") && l.ends_with("Hội đồng nhân dân")));
}

#[test]
fn export_gives_each_title_with_its_expansion() {
    let reports = run(&["export"]);
    let mut pairs = 0;
    for m in reports
        .iter()
        .flat_map(|r| r["officials"].as_array().cloned().unwrap_or_default())
    {
        let titles = m["titles"].as_array().map_or(0, Vec::len);
        assert_eq!(m["titles_expanded"].as_array().map_or(0, Vec::len), titles);
        pairs += titles;
    }
    assert!(pairs > 0);
}
