//! `dvtui search`: reports ranked by a query, as JSON.

use super::load_catalog;
use crate::load::{LoadOptions, Source};
use crate::model::{Report, Text};
use crate::search::{highlight, Filter, Subject};
use serde::Serialize;

#[derive(Serialize)]
struct Matched<'a> {
    /// Char indices of the title that matched.
    title: Vec<usize>,
    /// Officials whose names matched.
    officials: Vec<&'a str>,
}

#[derive(Serialize)]
struct Found<'a> {
    #[serde(flatten)]
    report: ReportHead<'a>,
    score: i64,
    matched: Matched<'a>,
}

/// A report without its body.
#[derive(Serialize)]
struct ReportHead<'a> {
    file: &'a str,
    title: &'a Option<Text>,
    published: Option<crate::model::Date>,
    event_date: Option<crate::model::Date>,
    source: &'a Option<Text>,
    author: &'a Option<Text>,
    level: Option<crate::model::Level>,
    kind: &'a Option<Text>,
    period: &'a Option<Text>,
    places: &'a [Text],
    officials: &'a [crate::model::Mention],
    documents: &'a [Text],
    figures: &'a [Text],
    movements: &'a [Text],
}

fn head(r: &Report) -> ReportHead<'_> {
    ReportHead {
        file: &r.file,
        title: &r.title,
        published: r.published,
        event_date: r.event_date,
        source: &r.source,
        author: &r.author,
        level: r.level,
        kind: &r.kind,
        period: &r.period,
        places: &r.places,
        officials: &r.officials,
        documents: &r.documents,
        figures: &r.figures,
        movements: &r.movements,
    }
}

/// Prints reports matching `query`, at most `limit`.
/// # Errors
/// When stdout cannot be written (a closed pipe is not an error).
pub fn run(
    source: &Source,
    opts: &LoadOptions,
    query: &str,
    limit: Option<usize>,
) -> anyhow::Result<i32> {
    let Some(catalog) = load_catalog(source, opts) else {
        return Ok(2);
    };
    let mut filter = Filter::new(Subject::Reports);
    filter.set_query(&catalog, query);
    let out: Vec<Found> = filter
        .hits()
        .iter()
        .take(limit.unwrap_or(usize::MAX))
        .map(|h| {
            let r = &catalog.reports()[h.index];
            let title = r.title.as_deref().unwrap_or("");
            let officials = r
                .officials
                .iter()
                .map(|m| m.name.as_str())
                .filter(|n| !highlight(query, n).is_empty())
                .collect();
            Found {
                report: head(r),
                score: h.score,
                matched: Matched {
                    title: highlight(query, title),
                    officials,
                },
            }
        })
        .collect();
    super::print_json(&out)
}
