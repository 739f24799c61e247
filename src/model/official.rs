//! People told apart across reports (officials), and positions — an office
//! of an organ in a jurisdiction — with their holders.

use super::fixed::{u32_at, Fixed};
use super::{Date, Level, OfficialId, PositionId, ReportId, Role};
use serde::{Deserialize, Serialize};

/// One appearance of an official in one report: the titles and roles given
/// there are the report's own mention (`Catalog::mention`), not copies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Appearance {
    pub report: ReportId,
    /// Index into that report's `officials` (a `u32`: an appearance is
    /// kept per mention, and a report names far fewer people).
    pub mention: u32,
    pub date: Option<Date>,
}

/// Saved as its report, its mention and its date (`Date::packed`).
impl Fixed for Appearance {
    const WIDTH: usize = 12;
    fn put(&self, out: &mut Vec<u8>) {
        self.report.put(out);
        self.mention.put(out);
        Date::packed(self.date).put(out);
    }
    fn take(b: &[u8]) -> Option<Appearance> {
        Some(Appearance {
            report: ReportId(u32_at(b, 0)),
            mention: u32_at(b, 4),
            date: Date::unpacked(u32_at(b, 8))?,
        })
    }
}

/// A position an official held: the reports that show it, and the first
/// and last dates among them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeldTitle {
    /// The post without its place ("Trưởng ban Dân vận Tỉnh ủy").
    pub title: String,
    /// Its jurisdiction ("Nghệ An", "Trung ương"); `None` when unknown or placeless.
    pub place: Option<String>,
    pub position: PositionId,
    #[serde(with = "super::fixed")]
    pub reports: Vec<ReportId>,
    pub from: Option<Date>,
    pub to: Option<Date>,
}

impl HeldTitle {
    /// The post with its place, for one-line displays.
    pub fn label(&self) -> String {
        match &self.place {
            Some(p) => format!("{} · {p}", self.title),
            None => self.title.clone(),
        }
    }
}

/// A person: a name and a career whose jurisdictions fit together.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Official {
    pub name: String,
    /// Held positions, in the order first held.
    pub titles: Vec<HeldTitle>,
    pub roles: Vec<Role>,
    /// Newest first, undated last.
    #[serde(with = "super::fixed")]
    pub appearances: Vec<Appearance>,
    /// The places of the positions held ("Trung ương" for central ones), first held first.
    pub jurisdictions: Vec<String>,
    /// How many other officials carry the same name.
    pub namesakes: usize,
}

/// Someone who held a position, over the dates the reports show.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Holder {
    pub official: OfficialId,
    pub from: Option<Date>,
    pub to: Option<Date>,
    /// Sorted by date, undated last.
    #[serde(with = "super::fixed")]
    pub reports: Vec<ReportId>,
}

/// A position: a post ("Bí thư Tỉnh ủy") in a jurisdiction ("Nghệ An"), and
/// who held it, ordered by date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Position {
    /// The post without its place, as written in one of the reports.
    pub title: String,
    /// `None` when unknown, or for a post without place (a rank).
    pub place: Option<String>,
    /// The level of the post's body; `None` for ranks and unknown posts.
    pub level: Option<Level>,
    pub holders: Vec<Holder>,
}
