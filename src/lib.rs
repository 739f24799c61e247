//! dvtui: browse reports on công tác dân vận — who met, who chaired, who
//! attended with which titles, and where else each person appears.
//!
//! Dependencies point one way: `ui → app → search → model ← parse ← load`.

pub mod app;
pub mod cli;
pub mod load;
pub mod model;
pub mod parse;
pub mod search;
pub mod tui;
pub mod ui;

use load::{LoadOptions, Source};

/// Opens the interactive app on `source`. Returns the process exit code.
pub fn run(source: &Source, opts: &LoadOptions) -> anyhow::Result<i32> {
    let loaded = load::load_all(source, opts);
    let catalog = search::Catalog::from_reports(loaded.reports);
    println!(
        "{} reports, {} officials",
        catalog.reports.len(),
        catalog.officials.len()
    );
    Ok(0)
}
