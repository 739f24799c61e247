//! The identity state behind a catalog (`People`), as the catalog keeps
//! it: whole and ready to change, or packed. A catalog read back from a
//! store gets only the few facts the screens read at once — each
//! official's latest date, which official each mention is, the officials
//! of each name — and the packed state (postcard, compressed) is left
//! where it was saved, read through a `StateSource` and unpacked only when
//! reports are added or files change. On a warm launch nothing else reads
//! it: whole it is the largest part of the catalog after the reports (a
//! record per mention), and even packed it is megabytes. Knows nothing of
//! stores; decides nothing.

use super::people::People;
use crate::model::{Date, OfficialId, ReportId};
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::sync::Arc;

/// zstd level for the packed state: fast, and several times smaller.
const LEVEL: i32 = 3;

/// The identity state, whole or packed.
#[derive(Debug)]
pub(super) enum Identities {
    Whole(Box<People>),
    Packed(Box<Packed>),
}

impl Default for Identities {
    fn default() -> Self {
        Identities::Whole(Box::default())
    }
}

/// What the screens read of the identity state without unpacking it.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub(super) struct Lookup {
    /// Per official: the date of its latest dated appearance.
    #[serde(deserialize_with = "crate::model::exact::vec")]
    pub latest: Vec<Option<Date>>,
    /// Per report: its first mention's number.
    #[serde(deserialize_with = "crate::model::exact::vec")]
    pub first_mention: Vec<u32>,
    /// Per mention: its official (`people::UNDECIDED` when none).
    #[serde(deserialize_with = "crate::model::exact::vec")]
    pub official_of: Vec<OfficialId>,
    /// Per name key: the officials told apart under it.
    pub named: FxHashMap<String, Vec<OfficialId>>,
}

impl Lookup {
    /// The official that mention `mention` of report `report` is.
    pub fn official_at(&self, report: ReportId, mention: usize) -> Option<OfficialId> {
        let first = *self.first_mention.get(report.index())? as usize;
        self.official_of
            .get(first + mention)
            .copied()
            .filter(|&o| o != super::people::UNDECIDED)
    }
}

/// Where a packed identity state left out of memory is read from (a
/// store's saved catalog). The catalog only asks; the source does the I/O.
pub trait StateSource: Send + Sync + std::fmt::Debug {
    /// The packed state as `Identities::pack` gave it, or `None` when it
    /// cannot be read (it is then made again from the reports).
    fn fetch(&self) -> Option<Vec<u8>>;
}

/// The identity state packed: its lookup, and where the state is.
#[derive(Debug, Deserialize)]
pub(super) struct Packed {
    lookup: Lookup,
    /// The length of the state unpacked.
    len: usize,
    /// Whether the state was settled when packed (nothing for `settle`).
    settled: bool,
    /// Where the packed state is read from; `None` until told.
    #[serde(skip)]
    source: Option<Arc<dyn StateSource>>,
}

/// What is saved of the identity state beside the catalog, the packed
/// state apart (see `Identities::pack`).
#[derive(Serialize)]
pub(super) struct PackedHead<'a> {
    lookup: Cow<'a, Lookup>,
    len: usize,
    settled: bool,
}

impl Identities {
    /// The state, unpacked first if packed; `rebuild` makes it again from
    /// the reports should the packed bytes not read (they are the
    /// program's own, so only a damaged store gets there).
    pub fn whole(&mut self, rebuild: impl FnOnce() -> People) -> &mut People {
        if let Identities::Packed(packed) = self {
            let people = unpack(packed).unwrap_or_else(rebuild);
            *self = Identities::Whole(Box::new(people));
        }
        match self {
            Identities::Whole(people) => people,
            Identities::Packed(_) => unreachable!("unpacked just above"),
        }
    }

    /// Whether the state is packed and was settled when packed: `settle`
    /// has nothing to do then, and it stays packed.
    pub fn packed_and_settled(&self) -> bool {
        matches!(self, Identities::Packed(p) if p.settled)
    }

    /// How many reports' mentions are filed.
    pub fn report_count(&self) -> usize {
        match self {
            Identities::Whole(p) => p.report_count(),
            Identities::Packed(p) => p.lookup.first_mention.len(),
        }
    }

    /// The date of an official's latest dated appearance.
    pub fn latest(&self, id: OfficialId) -> Option<Date> {
        let latest = match self {
            Identities::Whole(p) => &p.latest,
            Identities::Packed(p) => &p.lookup.latest,
        };
        latest.get(id.index()).copied().flatten()
    }

    /// The official that mention `mention` of report `report` is.
    pub fn official_at(&self, report: ReportId, mention: usize) -> Option<OfficialId> {
        match self {
            Identities::Whole(p) => p.official_at(report, mention),
            Identities::Packed(p) => p.lookup.official_at(report, mention),
        }
    }

    /// The officials told apart among the mentions of the name key `key`.
    pub fn officials_named(&self, key: &str) -> Option<&[OfficialId]> {
        match self {
            Identities::Whole(p) => p.officials_named(key),
            Identities::Packed(p) => p.lookup.named.get(key).map(Vec::as_slice),
        }
    }
}

/// The state read from its source and unpacked; `None` when it does not read.
fn unpack(packed: &Packed) -> Option<People> {
    let state = packed.source.as_ref()?.fetch()?;
    let bytes = zstd::bulk::decompress(&state, packed.len).ok()?;
    postcard::from_bytes(&bytes).ok()
}

impl Identities {
    /// The state packed for saving: what is read at once, and the state
    /// itself compressed, kept apart so that it can be left unread.
    pub fn pack(&self) -> Result<(PackedHead<'_>, Vec<u8>), String> {
        match self {
            Identities::Packed(p) => {
                let state = p
                    .source
                    .as_ref()
                    .and_then(|s| s.fetch())
                    .ok_or("the identity state cannot be read back")?;
                let head = PackedHead {
                    lookup: Cow::Borrowed(&p.lookup),
                    len: p.len,
                    settled: p.settled,
                };
                Ok((head, state))
            }
            Identities::Whole(people) => {
                let bytes = postcard::to_stdvec(people).map_err(|e| e.to_string())?;
                let state = zstd::bulk::compress(&bytes, LEVEL).map_err(|e| e.to_string())?;
                let head = PackedHead {
                    lookup: Cow::Owned(people.lookup()),
                    len: bytes.len(),
                    settled: people.is_settled(),
                };
                Ok((head, state))
            }
        }
    }

    /// Tells a packed state where to read its state from.
    pub fn read_from(&mut self, source: Arc<dyn StateSource>) {
        if let Identities::Packed(p) = self {
            p.source = Some(source);
        }
    }
}

impl<'de> Deserialize<'de> for Identities {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Packed::deserialize(d).map(|p| Identities::Packed(Box::new(p)))
    }
}
