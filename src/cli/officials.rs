//! `dvtui officials`: officials ranked by a query, as JSON.

use super::load_catalog;
use crate::load::{LoadOptions, Source};
use crate::model::{Date, OfficialId, Roles};
use crate::search::{highlight, Filter, Subject};
use serde::Serialize;

#[derive(Serialize)]
struct OfficialReport<'a> {
    file: &'a str,
    title: Option<&'a str>,
    date: Option<Date>,
    titles: &'a [crate::model::Text],
    roles: Roles,
}

#[derive(Serialize)]
struct HeldOut<'a> {
    title: &'a str,
    place: Option<&'a str>,
    from: Option<Date>,
    to: Option<Date>,
}

#[derive(Serialize)]
struct OfficialOut<'a> {
    id: OfficialId,
    name: &'a str,
    jurisdictions: &'a [String],
    /// How many other officials carry the same name.
    namesakes: usize,
    titles: Vec<HeldOut<'a>>,
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
            let id = OfficialId::new(h.index);
            let o = catalog.official(id);
            let mut reports: Vec<OfficialReport> = Vec::with_capacity(o.appearances.len());
            for a in &o.appearances {
                let r = catalog.report(a.report);
                // A short form of the name in the same report is the same appearance.
                if reports.last().is_some_and(|x| x.file == r.file) {
                    continue;
                }
                reports.push(OfficialReport {
                    file: &r.file,
                    title: r.title.as_deref(),
                    date: a.date,
                    titles: &catalog.mention(a).titles,
                    roles: catalog.mention(a).roles,
                });
            }
            OfficialOut {
                id,
                name: &o.name,
                jurisdictions: &o.jurisdictions,
                namesakes: o.namesakes,
                titles: o
                    .titles
                    .iter()
                    .map(|t| HeldOut {
                        title: &t.title,
                        place: t.place.as_deref(),
                        from: t.from,
                        to: t.to,
                    })
                    .collect(),
                reports,
                match_indices: highlight(q, &o.name),
            }
        })
        .collect();
    super::print_json(&out)
}
