//! `dvtui officials`: officials ranked by a query, as JSON.

use super::load_catalog;
use crate::load::{LoadOptions, Source};
use crate::model::Role;
use crate::search::{highlight, Filter, Subject};
use serde::Serialize;

#[derive(Serialize)]
struct OfficialReport<'a> {
    file: &'a str,
    title: Option<&'a str>,
    date: Option<crate::model::Date>,
    titles: &'a [String],
    roles: &'a [Role],
}

#[derive(Serialize)]
struct OfficialOut<'a> {
    name: &'a str,
    titles: Vec<&'a str>,
    possibly_several: bool,
    reports: Vec<OfficialReport<'a>>,
    /// Char indices of `name` the query matched (for highlighting).
    match_indices: Vec<usize>,
}

/// Prints officials matching `query` (all when `None`), at most `limit`.
/// # Errors
/// When stdout cannot be written (a closed pipe is not an error).
pub fn run(
    source: &Source,
    opts: &LoadOptions,
    query: Option<&str>,
    limit: Option<usize>,
) -> anyhow::Result<i32> {
    let Some(catalog) = load_catalog(source, opts) else {
        return Ok(2);
    };
    let q = query.unwrap_or("");
    let mut filter = Filter::new(Subject::Officials);
    filter.set_query(&catalog, q);
    let out: Vec<OfficialOut> = filter
        .hits()
        .iter()
        .take(limit.unwrap_or(usize::MAX))
        .map(|h| {
            let o = &catalog.officials[h.index];
            OfficialOut {
                name: &o.name,
                titles: o.titles.iter().map(|t| t.title.as_str()).collect(),
                possibly_several: o.possibly_several,
                reports: o
                    .appearances
                    .iter()
                    .map(|a| {
                        let r = &catalog.reports[a.report];
                        OfficialReport {
                            file: &r.file,
                            title: r.title.as_deref(),
                            date: a.date,
                            titles: &catalog.mention(a).titles,
                            roles: &catalog.mention(a).roles,
                        }
                    })
                    .collect(),
                match_indices: highlight(q, &o.name),
            }
        })
        .collect();
    super::print_json(&out)
}
