//! A view's rows as a table of plain text, and that table written as
//! JSON, CSV, TSV or Markdown: what export and "copy row" hand out.

use super::View;
use crate::search::Catalog;

/// Formats a table can be written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Json,
    Csv,
    Tsv,
    Md,
}

impl Format {
    /// The usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Tsv => "tsv",
            Format::Md => "md",
        }
    }
}

/// Column names of `view`'s table.
pub fn header(view: View) -> &'static [&'static str] {
    match view {
        View::Reports => &[
            "date",
            "level",
            "title",
            "source",
            "places",
            "officials",
            "file",
        ],
        View::Officials => &["name", "reports", "latest_title", "titles"],
        View::Positions => &["title", "holders", "latest_holder"],
    }
}

/// One item of `view` as the cells of its row.
pub fn row(catalog: &Catalog, view: View, item: usize) -> Vec<String> {
    match view {
        View::Reports => {
            let r = &catalog.reports()[item];
            let names: Vec<&str> = r.officials.iter().map(|m| m.name.as_str()).collect();
            vec![
                r.date().map(|d| d.to_string()).unwrap_or_default(),
                r.level.map(|l| l.as_str().to_string()).unwrap_or_default(),
                r.title.as_deref().unwrap_or_default().to_string(),
                r.source.as_deref().unwrap_or_default().to_string(),
                r.places.join("; "),
                names.join("; "),
                r.file.clone(),
            ]
        }
        View::Officials => {
            let o = &catalog.officials()[item];
            let titles: Vec<&str> = o.titles.iter().map(|t| t.title.as_str()).collect();
            vec![
                o.name.clone(),
                o.appearances.len().to_string(),
                catalog.latest_title(item).unwrap_or("").to_string(),
                titles.join("; "),
            ]
        }
        View::Positions => {
            let p = &catalog.positions()[item];
            let latest = p
                .holders
                .iter()
                .max_by_key(|h| h.to)
                .map(|h| catalog.official(h.official))
                .map_or("", |o| o.name.as_str());
            vec![
                p.title.clone(),
                p.holders.len().to_string(),
                latest.to_string(),
            ]
        }
    }
}

/// The `items` of `view` written in `format`, with a header row.
pub fn write(catalog: &Catalog, view: View, items: &[usize], format: Format) -> String {
    let head = header(view);
    let rows = items.iter().map(|&i| row(catalog, view, i));
    match format {
        Format::Json => {
            let objects: Vec<serde_json::Map<String, serde_json::Value>> = rows
                .map(|r| {
                    head.iter()
                        .map(|h| (*h).to_string())
                        .zip(r.into_iter().map(serde_json::Value::String))
                        .collect()
                })
                .collect();
            let mut s = serde_json::to_string_pretty(&objects).unwrap_or_default();
            s.push('\n');
            s
        }
        Format::Csv => lines(head, rows, ",", csv_cell),
        Format::Tsv => lines(head, rows, "\t", tsv_cell),
        Format::Md => {
            let mut s = lines(head, std::iter::empty(), " | ", md_cell);
            s = format!("| {} |\n", s.trim_end());
            s.push_str(&format!("|{}\n", "---|".repeat(head.len())));
            for r in rows {
                let cells: Vec<String> = r.iter().map(|c| md_cell(c)).collect();
                s.push_str(&format!("| {} |\n", cells.join(" | ")));
            }
            s
        }
    }
}

fn lines(
    head: &[&str],
    rows: impl Iterator<Item = Vec<String>>,
    sep: &str,
    cell: fn(&str) -> String,
) -> String {
    let mut s = head.join(sep);
    s.push('\n');
    for r in rows {
        let cells: Vec<String> = r.iter().map(|c| cell(c)).collect();
        s.push_str(&cells.join(sep));
        s.push('\n');
    }
    s
}

/// A CSV cell, quoted when it holds a comma, quote or line break (RFC 4180).
fn csv_cell(c: &str) -> String {
    if c.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", c.replace('"', "\"\""))
    } else {
        c.to_string()
    }
}

/// A TSV cell: tabs and line breaks become spaces.
fn tsv_cell(c: &str) -> String {
    c.replace(['\t', '\n', '\r'], " ")
}

/// A Markdown table cell: pipes escaped, line breaks as spaces.
fn md_cell(c: &str) -> String {
    c.replace('|', "\\|").replace(['\n', '\r'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_escaped_for_each_format() {
        assert_eq!(csv_cell("a, \"b\""), "\"a, \"\"b\"\"\"");
        assert_eq!(csv_cell("Hải Phòng"), "Hải Phòng");
        assert_eq!(tsv_cell("a\tb\nc"), "a b c");
        assert_eq!(md_cell("a|b"), "a\\|b");
    }

    #[test]
    fn every_format_has_a_header_and_one_line_per_row() {
        let report = crate::model::Report {
            title: Some("Hội nghị, giao ban".into()),
            places: vec!["Hải Phòng".into()],
            ..Default::default()
        };
        let c = Catalog::from_reports(vec![report.clone(), report]);
        for f in [Format::Csv, Format::Tsv, Format::Md] {
            let out = write(&c, View::Reports, &[0, 1], f);
            let extra = usize::from(f == Format::Md);
            assert_eq!(out.lines().count(), 3 + extra, "{out}");
            assert!(out.contains("Hải Phòng"));
        }
        let json: serde_json::Value =
            serde_json::from_str(&write(&c, View::Reports, &[1], Format::Json)).unwrap();
        assert_eq!(json[0]["title"], "Hội nghị, giao ban");
    }
}
