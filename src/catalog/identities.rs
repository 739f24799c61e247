//! The identity state behind a catalog (`People`), as the catalog keeps
//! it: whole and ready to change, or packed. A catalog read back from a
//! store gets it packed (postcard, compressed) beside the few facts the
//! screens read at once — each official's latest date, which official each
//! mention is, the officials of each name — and unpacks it only when
//! reports are added or files change. On a warm launch nothing else reads
//! it, and whole it is the largest part of the catalog after the reports
//! (a record per mention). Knows nothing of stores; decides nothing.

use super::people::People;
use crate::model::{Date, OfficialId, ReportId};
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

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
#[derive(Debug, Default, Serialize, Deserialize)]
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

/// The identity state packed, with its lookup.
#[derive(Debug, Serialize, Deserialize)]
pub(super) struct Packed {
    lookup: Lookup,
    /// `People` in postcard, compressed with zstd.
    state: Bytes,
    /// The length of `state` uncompressed.
    len: usize,
    /// Whether the state was settled when packed (nothing for `settle`).
    settled: bool,
}

/// `Packed`, borrowed or made for writing.
#[derive(Serialize)]
struct PackedRef<'a> {
    lookup: &'a Lookup,
    state: BytesRef<'a>,
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

/// The state from its packed bytes; `None` when they do not read.
fn unpack(packed: &Packed) -> Option<People> {
    let bytes = zstd::bulk::decompress(&packed.state.0, packed.len).ok()?;
    postcard::from_bytes(&bytes).ok()
}

impl Serialize for Identities {
    /// Always in the packed form, packing a whole state now.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::Error;
        match self {
            Identities::Packed(p) => PackedRef {
                lookup: &p.lookup,
                state: BytesRef(&p.state.0),
                len: p.len,
                settled: p.settled,
            }
            .serialize(s),
            Identities::Whole(people) => {
                let bytes = postcard::to_stdvec(people).map_err(S::Error::custom)?;
                let state = zstd::bulk::compress(&bytes, LEVEL).map_err(S::Error::custom)?;
                PackedRef {
                    lookup: &people.lookup(),
                    state: BytesRef(&state),
                    len: bytes.len(),
                    settled: people.is_settled(),
                }
                .serialize(s)
            }
        }
    }
}

impl<'de> Deserialize<'de> for Identities {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Packed::deserialize(d).map(|p| Identities::Packed(Box::new(p)))
    }
}

/// Bytes written as one run (postcard: a length and the bytes), not as a
/// sequence of numbers.
#[derive(Debug, Default)]
struct Bytes(Vec<u8>);

/// `Bytes`, borrowed for writing.
struct BytesRef<'a>(&'a [u8]);

impl Serialize for BytesRef<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(self.0)
    }
}

impl Serialize for Bytes {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(&self.0)
    }
}

impl<'de> Deserialize<'de> for Bytes {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Bytes;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("bytes")
            }
            fn visit_bytes<E: serde::de::Error>(self, v: &[u8]) -> Result<Bytes, E> {
                Ok(Bytes(v.to_vec()))
            }
            fn visit_byte_buf<E: serde::de::Error>(self, v: Vec<u8>) -> Result<Bytes, E> {
                Ok(Bytes(v))
            }
        }
        d.deserialize_byte_buf(Visitor)
    }
}
