//! `dvtui positions`: posts in their jurisdictions, with who held them and
//! when, as JSON.

use super::load_catalog;
use crate::load::{LoadOptions, Source};
use crate::model::{Date, OfficialId, PositionId};
use crate::search::{Filter, Subject};
use serde::Serialize;

#[derive(Serialize)]
struct HolderOut<'a> {
    id: OfficialId,
    name: &'a str,
    from: Option<Date>,
    to: Option<Date>,
    reports: Vec<&'a str>,
}

#[derive(Serialize)]
struct PositionOut<'a> {
    id: PositionId,
    /// The post without its place.
    title: &'a str,
    /// `null` when unknown; "Trung ương" for central posts.
    place: Option<&'a str>,
    level: Option<&'static str>,
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
            let id = PositionId::new(h.index);
            let p = catalog.position(id);
            let holders = p
                .holders
                .iter()
                .map(|x| HolderOut {
                    id: x.official,
                    name: &catalog.official(x.official).name,
                    from: x.from,
                    to: x.to,
                    reports: x
                        .reports
                        .iter()
                        .map(|&r| catalog.report(r).file.as_str())
                        .collect(),
                })
                .collect();
            PositionOut {
                id,
                title: &p.title,
                place: p.place.as_deref(),
                level: p.level.map(|l| l.as_str()),
                holders,
            }
        })
        .collect();
    super::print_json(&out)
}
