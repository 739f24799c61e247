//! The model in one place: reports, the people named in them told apart
//! into officials, and positions (a post in a jurisdiction) with their
//! holders, under typed ids with read-only accessors. Identities are
//! decided in `identity` and nowhere else; jurisdictions in `resolve`,
//! with every place fact behind `jurisdiction`. Keeps the search index
//! (`search::Index`) in step. No I/O, no terminal.

mod identities;
mod identity;
pub mod jurisdiction;
mod people;
pub mod post;
mod replace;
mod resolve;

use crate::model::{
    Appearance, LoadWarning, Mention, Official, OfficialId, Position, PositionId, Report, ReportId,
};
use crate::search::Index;
use identities::Identities;
use people::People;
use rayon::prelude::*;

pub use identities::StateSource;
pub use replace::{Remake, Replaced};
pub use resolve::{resolve_report, Held, Resolved};

/// All loaded reports with the officials and positions derived from them.
/// Lists only grow during a load; an id handed out stays valid until
/// `settle`, which may drop officials whose mentions all joined others, or
/// `replace_files`, which makes the catalog again when files changed.
#[derive(Debug, Default)]
pub struct Catalog {
    reports: Vec<Report>,
    officials: Vec<Official>,
    positions: Vec<Position>,
    warnings: Vec<LoadWarning>,
    people: Identities,
    index: Index,
    /// Reports of files changed or deleted on disk, left out of the
    /// Reports view until the catalog is made again (`replace`).
    hidden: rustc_hash::FxHashSet<usize>,
    /// The first report whose mentions are not filed with the identities
    /// yet (see `add_reports_unfiled`); `None` when all are.
    unfiled: Option<usize>,
}

/// What a catalog derived from its reports, as read back (see
/// `Catalog::derived`).
#[derive(Debug, serde::Deserialize)]
pub struct Derived {
    #[serde(deserialize_with = "crate::model::exact::vec")]
    officials: Vec<Official>,
    #[serde(deserialize_with = "crate::model::exact::vec")]
    positions: Vec<Position>,
    people: Identities,
    index: Index,
}

impl Derived {
    /// Tells the identity state read back where its packed state is, to
    /// be read only if the catalog has to change (see `StateSource`).
    pub fn read_identities_from(&mut self, source: std::sync::Arc<dyn StateSource>) {
        self.people.read_from(source);
    }
}

/// `Derived`, borrowed from a catalog for writing (the identity state
/// packed, its state apart).
#[derive(serde::Serialize)]
struct DerivedRef<'a> {
    officials: &'a [Official],
    positions: &'a [Position],
    people: identities::PackedHead<'a>,
    index: &'a Index,
}

impl Catalog {
    /// An empty catalog.
    pub fn new() -> Self {
        Self::default()
    }

    /// A catalog holding `reports`, settled.
    pub fn from_reports(reports: Vec<Report>) -> Self {
        let mut c = Self::new();
        c.add_reports(reports);
        c.settle();
        c
    }

    /// Appends a batch of reports and re-decides the people they name
    /// (and those of reports added unfiled before it).
    pub fn add_reports(&mut self, batch: Vec<Report>) {
        self.add_reports_unfiled(batch);
        if let Some(first) = self.unfiled.take() {
            self.file(first);
        }
    }

    /// Appends a batch of reports to be listed and searched, leaving the
    /// people they name undecided: for reports added while a catalog made
    /// again from the store is on its way (`Remake::Later`), which decides
    /// everyone anew. Deciding them here would first unpack the identity
    /// state of a catalog read back from a store, which costs many times
    /// what the batch does. Should no catalog made again take this one's
    /// place, they are filed when identities are next needed (the next
    /// `add_reports`, or `settle` at the end of a load); until then the
    /// officials and positions are those of the reports before them.
    pub fn add_reports_unfiled(&mut self, batch: Vec<Report>) {
        let first = self.reports.len();
        self.reports.reserve(batch.len());
        self.reports.extend(batch);
        self.index.add_reports(&self.reports[first..]);
        self.unfiled.get_or_insert(first);
    }

    /// Decides the people named by the reports from `first` on, the
    /// reports before it filed already; returns whether there were any.
    fn file(&mut self, first: usize) -> bool {
        if first == self.reports.len() {
            return false;
        }
        // Reading titles and places is per report: on all cores.
        let resolved: Vec<Vec<Resolved>> = self.reports[first..]
            .par_iter()
            .with_min_len(64)
            .map(resolve_report)
            .collect();
        let touched = self.people.whole(|| rebuilt(&self.reports[..first])).add(
            &self.reports,
            first,
            resolved,
            &mut self.officials,
            &mut self.positions,
        );
        self.index
            .update_officials(&self.officials, &touched.officials);
        self.index.update_positions(&self.positions);
        true
    }

    /// Completes what batches leave for later (names whose mentions have
    /// not doubled since last decided, reports added unfiled), after the
    /// last batch of a load. Returns whether officials changed, so filters
    /// over them are stale.
    pub fn settle(&mut self) -> bool {
        let filed = self.unfiled.take().is_some_and(|first| self.file(first));
        if self.people.packed_and_settled() {
            return filed;
        }
        let touched = self.people.whole(|| rebuilt(&self.reports)).settle(
            &self.reports,
            &mut self.officials,
            &mut self.positions,
        );
        if touched.renumbered {
            self.index.rebuild_officials(&self.officials);
        } else {
            self.index
                .update_officials(&self.officials, &touched.officials);
        }
        filed || touched.renumbered || !touched.officials.is_empty()
    }

    /// Records a file that could not be read.
    pub fn push_warning(&mut self, w: LoadWarning) {
        self.warnings.push(w);
    }

    /// Every report, in load order.
    pub fn reports(&self) -> &[Report] {
        &self.reports
    }

    /// Every official.
    pub fn officials(&self) -> &[Official] {
        &self.officials
    }

    /// Every position.
    pub fn positions(&self) -> &[Position] {
        &self.positions
    }

    /// Files that could not be read, with the reason.
    pub fn warnings(&self) -> &[LoadWarning] {
        &self.warnings
    }

    /// One report.
    pub fn report(&self, id: ReportId) -> &Report {
        &self.reports[id.index()]
    }

    /// One official.
    pub fn official(&self, id: OfficialId) -> &Official {
        &self.officials[id.index()]
    }

    /// One position.
    pub fn position(&self, id: PositionId) -> &Position {
        &self.positions[id.index()]
    }

    /// What the catalog derived from its reports (officials, positions,
    /// identities, the search index), for keeping beside the reports in a
    /// store (see `store::snapshot`), and apart from it the packed identity
    /// state, which a catalog read back leaves unread (see `StateSource`).
    /// # Errors
    /// When the identity state cannot be packed, or read back to be saved
    /// again.
    pub fn derived(&self) -> Result<(impl serde::Serialize + '_, Vec<u8>), String> {
        if self.unfiled.is_some() {
            return Err("reports were added whose people are not decided yet".into());
        }
        let (people, state) = self.people.pack()?;
        let derived = DerivedRef {
            officials: &self.officials,
            positions: &self.positions,
            people,
            index: &self.index,
        };
        Ok((derived, state))
    }

    /// A catalog from its reports and what was derived from exactly those
    /// reports, in that order (see `derived`); `None` when the two do not
    /// fit together.
    pub fn from_derived(reports: Vec<Report>, derived: Derived) -> Option<Catalog> {
        let counts = [
            reports.len(),
            derived.officials.len(),
            derived.positions.len(),
        ];
        if derived.index.counts() != counts || derived.people.report_count() != reports.len() {
            return None;
        }
        Some(Catalog {
            reports,
            officials: derived.officials,
            positions: derived.positions,
            warnings: Vec::new(),
            people: derived.people,
            index: derived.index,
            hidden: rustc_hash::FxHashSet::default(),
            unfiled: None,
        })
    }

    /// The search index over the catalog.
    pub fn index(&self) -> &Index {
        &self.index
    }

    /// The date of an official's latest dated appearance.
    pub fn latest(&self, id: OfficialId) -> Option<crate::model::Date> {
        self.people.latest(id)
    }

    /// The mention behind an official's appearance: its titles and roles there.
    pub fn mention(&self, a: &Appearance) -> &Mention {
        &self.reports[a.report.index()].officials[a.mention as usize]
    }

    /// An official's most recent title, for one-line displays: the main
    /// post (see `main_title`) of the newest dated appearance that gives
    /// one (appearances are newest first, undated last).
    pub fn latest_title(&self, official: usize) -> Option<&str> {
        self.officials[official]
            .appearances
            .iter()
            .find_map(|a| main_title(self.mention(a)))
    }

    /// The one report a position is named in, when it has no place: a post
    /// no report places is that report's own (see `resolve`), and the
    /// report tells it from the other unplaced posts of the same title.
    /// `None` for a placed post, or one named in several reports (a rank).
    pub fn unplaced_report(&self, p: &Position) -> Option<ReportId> {
        if p.place.is_some() {
            return None;
        }
        let mut reports = p.holders.iter().flat_map(|h| h.reports.iter().copied());
        let first = reports.next()?;
        reports.all(|r| r == first).then_some(first)
    }

    /// The official a report's mention is.
    pub fn official_at(&self, report: ReportId, mention: usize) -> Option<OfficialId> {
        self.people.official_at(report, mention)
    }

    /// The officials named most often in `id`'s reports, with how often:
    /// at most `n`, most first; only the newest 5,000 reports are read.
    pub fn often_with(&self, id: OfficialId, n: usize) -> Vec<(OfficialId, usize)> {
        let mut counts: rustc_hash::FxHashMap<OfficialId, usize> = rustc_hash::FxHashMap::default();
        let mut last = None;
        for a in self.official(id).appearances.iter().take(5000) {
            if last == Some(a.report) {
                continue;
            }
            last = Some(a.report);
            for m in 0..self.report(a.report).officials.len() {
                match self.official_at(a.report, m) {
                    Some(o) if o != id => *counts.entry(o).or_default() += 1,
                    _ => {}
                }
            }
        }
        let mut out: Vec<(OfficialId, usize)> = counts.into_iter().collect();
        out.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        out.truncate(n);
        out
    }

    /// The other officials with the same name as `id`, by id.
    pub fn namesakes(&self, id: OfficialId) -> Vec<OfficialId> {
        let key = crate::text::name_key(&self.official(id).name);
        if let Some(group) = self.people.officials_named(&key) {
            let mut out: Vec<OfficialId> = group
                .iter()
                .copied()
                .filter(|&o| o != id && !self.official(o).appearances.is_empty())
                .collect();
            out.sort_unstable();
            return out;
        }
        (0..self.officials.len())
            .map(OfficialId::new)
            .filter(|&o| o != id && crate::text::name_key(&self.official(o).name) == key)
            .collect()
    }
}

/// The identity state of `reports` made again from them alone, should
/// a packed one not read: identities come out the same whatever order and
/// batches the reports come in, so this is the state that was packed.
fn rebuilt(reports: &[Report]) -> People {
    let mut people = People::default();
    let (mut officials, mut positions) = (Vec::new(), Vec::new());
    let resolved = reports.par_iter().map(resolve_report).collect();
    people.add(reports, 0, resolved, &mut officials, &mut positions);
    people.settle(reports, &mut officials, &mut positions);
    people
}

#[cfg(test)]
mod tests;

/// The post a mention's chain of titles is about, for one line: the first
/// title that is an office held now. A chain opens with the seats its
/// holder has on party committees ("Ủy viên Trung ương Đảng", "Tỉnh ủy
/// viên", "UV BTV Huyện ủy") and may close with a deputy's seat ("đại biểu
/// Quốc hội") or carry a rank ("Đại tá") and posts held before ("nguyên
/// Chủ tịch UBND tỉnh"); the office comes between ("Bí thư Tỉnh ủy"). A
/// chain of nothing else gives its first title.
fn main_title(m: &Mention) -> Option<&str> {
    let first = m.titles.first()?;
    let mut folded = String::new();
    let office = m.titles.iter().zip(m.expanded()).find(|(title, expanded)| {
        folded.clear();
        crate::text::push_fold_lower(&mut folded, expanded);
        !(is_seat(&folded) || crate::parse::is_rank(title))
    });
    Some(office.map_or(first, |(title, _)| title).as_str())
}

/// Whether a title, folded to lower case without accents and with its
/// abbreviations spelled out, is a seat rather than an office: a
/// committee's member (a "Bí thư Trung ương Đảng" sits on the Party's
/// Secretariat), a deputy, or a post held before.
fn is_seat(folded: &str) -> bool {
    const SEAT_OPENERS: [&str; 5] = [
        "uy vien",
        "bi thu trung uong",
        "dai bieu",
        "nguyen ",
        "cuu ",
    ];
    SEAT_OPENERS.iter().any(|w| folded.starts_with(w)) || folded.ends_with(" uy vien")
}
