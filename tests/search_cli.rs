//! `dvtui officials`, `search` and `positions` on the bundled sample.

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
    let picked: String = hits[0]["matched"]
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
