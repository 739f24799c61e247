//! Long lists saved as runs of bytes, each item in a fixed number of
//! them, in a binary format: the saved catalog's lists of reports,
//! appearances, haystacks and shared texts run to millions of items, and
//! read one at a time each field of each item took a call through the
//! decoder and a varint; read as runs, a list is one pass over its bytes.
//! A list is written as its length and runs of at most `RUN_BYTES` bytes,
//! so that a decoder reading its input a window at a time never gathers a
//! long list whole. A human-readable format (JSON) still sees the plain
//! list.
//!
//! Use as `#[serde(with = "crate::model::fixed")]` on a `Vec` of `Fixed`
//! items (`fixed::with_room` reads it back with room to grow, as
//! `exact::vec_with_room` does).

use serde::de::{Deserialize, DeserializeSeed, Deserializer, Error, SeqAccess, Visitor};
use serde::ser::{Serialize, SerializeSeq, Serializer};
use std::fmt;
use std::marker::PhantomData;

/// An item saved in `WIDTH` bytes.
pub trait Fixed: Sized {
    const WIDTH: usize;
    /// Appends the item's `WIDTH` bytes.
    fn put(&self, out: &mut Vec<u8>);
    /// The item in `bytes` (`WIDTH` of them); `None` when they hold none.
    fn take(bytes: &[u8]) -> Option<Self>;
}

/// The little-endian number in the four bytes at `at` of `b`.
pub fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

/// The little-endian number in the eight bytes at `at` of `b`.
pub fn u64_at(b: &[u8], at: usize) -> u64 {
    let mut n = [0; 8];
    n.copy_from_slice(&b[at..at + 8]);
    u64::from_le_bytes(n)
}

impl Fixed for u32 {
    const WIDTH: usize = 4;
    fn put(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }
    fn take(b: &[u8]) -> Option<u32> {
        Some(u32_at(b, 0))
    }
}

impl Fixed for u64 {
    const WIDTH: usize = 8;
    fn put(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }
    fn take(b: &[u8]) -> Option<u64> {
        Some(u64_at(b, 0))
    }
}

/// Bytes per run: 32 KiB, half the window a saved part is read through.
const RUN_BYTES: usize = 1 << 15;

/// The most bytes of room taken on the input's word alone (as `exact`
/// trusts a list's length).
const TRUSTED: usize = 1 << 30;

/// Writes `list` as its length and runs of items (a plain list when
/// human-readable).
/// # Errors
/// As the serializer's.
pub fn serialize<S: Serializer, T: Fixed + Serialize>(list: &[T], s: S) -> Result<S::Ok, S::Error> {
    if s.is_human_readable() {
        return list.serialize(s);
    }
    let per_run = (RUN_BYTES / T::WIDTH).max(1);
    let runs = list.chunks(per_run);
    let mut seq = s.serialize_seq(Some(1 + runs.len()))?;
    seq.serialize_element(&(list.len() as u64))?;
    let mut bytes = Vec::with_capacity(list.len().min(per_run) * T::WIDTH);
    for run in runs {
        bytes.clear();
        for x in run {
            x.put(&mut bytes);
        }
        seq.serialize_element(&Bytes(&bytes))?;
    }
    seq.end()
}

/// Bytes written as one run (not as a list of numbers, as a `&[u8]` is).
struct Bytes<'a>(&'a [u8]);

impl Serialize for Bytes<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(self.0)
    }
}

/// Reads a list written by `serialize`, at its exact length.
/// # Errors
/// When the input holds no such list.
pub fn deserialize<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Fixed + Deserialize<'de>,
{
    if d.is_human_readable() {
        return Vec::deserialize(d);
    }
    d.deserialize_seq(Items(PhantomData, false))
}

/// `serialize`, for the lists read back `with_room`.
pub mod with_room {
    pub use super::serialize;

    /// Reads a list written by `serialize` with room to grow (see
    /// `exact::vec_with_room`).
    /// # Errors
    /// When the input holds no such list.
    pub fn deserialize<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
    where
        D: super::Deserializer<'de>,
        T: super::Fixed + super::Deserialize<'de>,
    {
        if d.is_human_readable() {
            return crate::model::exact::vec_with_room(d);
        }
        d.deserialize_seq(super::Items(super::PhantomData, true))
    }
}

/// Reads a list's length and runs, with room to grow when `.1`.
struct Items<T>(PhantomData<T>, bool);

impl<'de, T: Fixed> Visitor<'de> for Items<T> {
    type Value = Vec<T>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list in runs of bytes")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
        let n: u64 = seq
            .next_element()?
            .ok_or_else(|| A::Error::custom("a list in runs without its length"))?;
        let n = usize::try_from(n).map_err(A::Error::custom)?;
        let room = if self.1 {
            crate::model::exact::with_room(n)
        } else {
            n
        };
        let mut out = Vec::new();
        // Room that cannot be had is left to grow run by run.
        let _ = out.try_reserve_exact(room.min(TRUSTED / T::WIDTH.max(1)));
        while seq.next_element_seed(Run(&mut out))?.is_some() {}
        if out.len() != n {
            return Err(A::Error::custom("a list in runs of another length"));
        }
        Ok(out)
    }
}

/// Appends one run's items to a list.
struct Run<'a, T>(&'a mut Vec<T>);

impl<'de, T: Fixed> DeserializeSeed<'de> for Run<'_, T> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_byte_buf(self)
    }
}

impl<T: Fixed> Visitor<'_> for Run<'_, T> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a run of items of a fixed size")
    }

    fn visit_bytes<E: Error>(self, bytes: &[u8]) -> Result<(), E> {
        if !bytes.len().is_multiple_of(T::WIDTH) {
            return Err(E::custom("a run of items cut inside one"));
        }
        self.0.reserve(bytes.len() / T::WIDTH);
        for b in bytes.chunks_exact(T::WIDTH) {
            self.0
                .push(T::take(b).ok_or_else(|| E::custom("an item of a run does not read"))?);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use serde::{Deserialize, Serialize};

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Lists {
        #[serde(with = "super")]
        exact: Vec<u32>,
        #[serde(with = "super::with_room")]
        roomy: Vec<u32>,
        #[serde(with = "super")]
        empty: Vec<u32>,
    }

    #[test]
    fn lists_in_runs_read_back_as_written_and_json_sees_plain_lists() {
        let lists = Lists {
            exact: vec![0, 1, 127, 128, 70_000, u32::MAX],
            // Several runs.
            roomy: (0..20_000).collect(),
            empty: Vec::new(),
        };
        let bytes = postcard::to_stdvec(&lists).unwrap();
        let back: Lists = postcard::from_bytes(&bytes).unwrap();
        assert_eq!(back, lists);
        assert_eq!(back.exact.capacity(), back.exact.len());
        assert_eq!(back.roomy.capacity(), 20_000 + 20_000 / 64);
        // Cut short, the lists are refused.
        for cut in [1, 2, 5, bytes.len() / 2] {
            assert!(postcard::from_bytes::<Lists>(&bytes[..bytes.len() - cut]).is_err());
        }
        let json = serde_json::to_string(&lists).unwrap();
        assert!(json.starts_with(r#"{"exact":[0,1,127,128,70000,4294967295],"roomy":[0,1,2"#));
        assert_eq!(serde_json::from_str::<Lists>(&json).unwrap(), lists);
    }
}
