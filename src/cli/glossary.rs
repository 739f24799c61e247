//! `dvtui glossary`: the abbreviations the parser spells out in titles
//! ("UBND" -> "Ủy ban nhân dân"), from `assets/lexicon/abbreviations.tsv`,
//! as JSON or as a two-column table.

use serde::Serialize;
use std::io::Write;

/// One abbreviation and what it stands for.
#[derive(Serialize)]
struct Entry {
    abbreviation: &'static str,
    expansion: &'static str,
}

/// Prints the glossary: a JSON array, or with `table` aligned text.
///
/// # Errors
/// When stdout fails for a reason other than being closed.
pub fn run(table: bool) -> anyhow::Result<i32> {
    let entries: Vec<Entry> = crate::parse::glossary()
        .into_iter()
        .map(|(abbreviation, expansion)| Entry {
            abbreviation,
            expansion,
        })
        .collect();
    if !table {
        return super::print_json(&entries);
    }
    let width = entries
        .iter()
        .map(|e| e.abbreviation.chars().count())
        .max()
        .unwrap_or(0);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let written = entries.iter().try_for_each(|e| {
        let pad = width - e.abbreviation.chars().count();
        writeln!(
            out,
            "{}{}  {}",
            e.abbreviation,
            " ".repeat(pad),
            e.expansion
        )
    });
    match written.and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(0),
    }
}
