//! People merged across reports, and positions (titles) with their holders.
//! Indices refer to `Catalog` vectors: `report` into reports, `official` into officials.

use super::{Date, Role};
use serde::Serialize;

/// One appearance of an official in one report: the titles and roles given
/// there are the report's own mention (`Catalog::mention`), not copies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Appearance {
    pub report: usize,
    /// Index into that report's `officials`.
    pub mention: usize,
    pub date: Option<Date>,
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
