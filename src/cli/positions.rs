//! `dvtui positions`: titles with who held them and when, as JSON.

use super::load_catalog;
use crate::load::{LoadOptions, Source};
use crate::model::Date;
use crate::search::{Filter, Subject};
use serde::Serialize;

#[derive(Serialize)]
struct HolderOut<'a> {
    name: &'a str,
    from: Option<Date>,
    to: Option<Date>,
    reports: Vec<&'a str>,
}

#[derive(Serialize)]
struct PositionOut<'a> {
    title: &'a str,
    holders: Vec<HolderOut<'a>>,
}

/// Prints positions matching `query` (all when `None`).
/// # Errors
/// When stdout cannot be written (a closed pipe is not an error).
pub fn run(source: &Source, opts: &LoadOptions, query: Option<&str>) -> anyhow::Result<i32> {
    let Some(catalog) = load_catalog(source, opts) else {
        return Ok(2);
    };
    let mut filter = Filter::new(Subject::Positions);
    filter.set_query(&catalog, query.unwrap_or(""));
    let out: Vec<PositionOut> = filter
        .hits()
        .iter()
        .map(|h| {
            let p = &catalog.positions[h.index];
            let holders = p
                .holders
                .iter()
                .map(|x| HolderOut {
                    name: &catalog.officials[x.official].name,
                    from: x.from,
                    to: x.to,
                    reports: x
                        .reports
                        .iter()
                        .map(|&r| catalog.reports[r].file.as_str())
                        .collect(),
                })
                .collect();
            PositionOut {
                title: &p.title,
                holders,
            }
        })
        .collect();
    super::print_json(&out)
}
