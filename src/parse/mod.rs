//! Text -> `Report`: cleaning page furniture and extracting fields.
//! Input is already decoded, NFC-normalized and free of control characters
//! (see `load`). No I/O here.

use crate::model::Report;

/// Parses one report's text. `file` is recorded as given.
pub fn parse_report(file: &str, text: &str) -> Report {
    let lines: Vec<String> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect();
    Report {
        file: file.to_string(),
        title: lines.first().cloned(),
        body: lines.join("\n"),
        ..Report::default()
    }
}
