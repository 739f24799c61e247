//! People merged across reports, and positions (titles) with their holders.
//! Indices refer to `Catalog` vectors: `report` into reports, `official` into officials.

use super::{Date, Role};
use serde::Serialize;

/// One appearance of an official in one report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Appearance {
    pub report: usize,
    pub date: Option<Date>,
    pub titles: Vec<String>,
    pub roles: Vec<Role>,
}

/// A title an official held: the reports (indices into the catalog's
/// reports) that show it, and the first and last dates among them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct HeldTitle {
    pub title: String,
    pub reports: Vec<usize>,
    pub from: Option<Date>,
    pub to: Option<Date>,
}

/// A person merged across reports by name key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Official {
    pub name: String,
    pub titles: Vec<HeldTitle>,
    pub roles: Vec<Role>,
    /// Sorted by date, undated last.
    pub appearances: Vec<Appearance>,
    /// The same name carries titles in different provinces: maybe several people.
    pub possibly_several: bool,
}

impl Official {
    /// The most recent title, for one-line displays.
    pub fn latest_title(&self) -> Option<&str> {
        self.appearances
            .iter()
            .rev()
            .find_map(|a| a.titles.last())
            .map(String::as_str)
    }
}

/// Someone who held a position, over the dates the reports show.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Holder {
    pub official: usize,
    pub from: Option<Date>,
    pub to: Option<Date>,
    pub reports: Vec<usize>,
}

/// A title (position) and who held it, ordered by date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Position {
    pub title: String,
    pub holders: Vec<Holder>,
}
