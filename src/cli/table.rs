//! `--format csv|tsv|md|json` for `search`, `officials` and `positions`:
//! the ranked items as the table the TUI exports (`app::table`).

use super::load_catalog;
use crate::app::table::{write, Format};
use crate::app::View;
use crate::load::{LoadOptions, Source};
use crate::search::Filter;

/// What to list and how.
#[derive(Clone, Debug)]
pub struct Listing<'a> {
    pub view: View,
    pub query: &'a str,
    pub limit: Option<usize>,
    pub format: Format,
}

/// Prints the items of `listing.view` matching its query as a table.
///
/// # Errors
/// When the paths cannot be read or stdout cannot be written.
pub fn run(source: &Source, opts: &LoadOptions, listing: &Listing) -> anyhow::Result<i32> {
    use std::io::Write;
    let Some(catalog) = load_catalog(source, opts) else {
        return Ok(2);
    };
    let mut filter = Filter::new(listing.view);
    filter.set_query(&catalog, listing.query);
    let items: Vec<usize> = filter
        .hits()
        .iter()
        .take(listing.limit.unwrap_or(usize::MAX))
        .map(|h| h.index)
        .collect();
    let text = write(&catalog, listing.view, &items, listing.format);
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(0),
    }
}
