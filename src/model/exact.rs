//! Long lists read back at their exact length. serde reads a list into a
//! vector that starts from room for at most a mebibyte and doubles as it
//! fills, whatever length the input announces (a guard against inputs that
//! lie): a list of 100,000 items of a saved catalog ends with up to twice
//! the room it needs, and was copied at each doubling while the rest of
//! the catalog was held. The catalog's own saved lists announce their
//! length truly, so the room for it is taken at once (the room, not the
//! memory: an input that lies costs address space, not pages, until its
//! items run out and it is refused).

use serde::de::{Deserialize, Deserializer, SeqAccess, Visitor};
use std::fmt;
use std::marker::PhantomData;

/// The most room taken on the input's word alone, in bytes.
const TRUSTED: usize = 1 << 30;

/// Room for one more item in this many, in the lists read `with_room`.
const GROWTH: usize = 64;

/// `n` items and room to grow (see `vec_with_room`).
pub fn with_room(n: usize) -> usize {
    n + n / GROWTH
}

/// A list read at the length its input announces (see the module).
/// # Errors
/// As the list's own reading.
pub fn vec<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    d.deserialize_seq(Exact(PhantomData, false))
}

/// A list read as `vec` reads it, with room for one item more in
/// `GROWTH`: for the lists of a catalog read back that grow as reports are
/// added to it (those of files added or changed since it was saved). Full
/// to the brim, such a list of 100,000 items is copied whole into a new
/// allocation by the first report added, every page of which is faulted
/// in anew, while the user waits for that report. The room is address
/// space, not pages, until it is used.
/// # Errors
/// As the list's own reading.
pub fn vec_with_room<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    d.deserialize_seq(Exact(PhantomData, true))
}

/// A text read with room to grow, as `vec_with_room` reads a list. From
/// a binary format its bytes are read as such (a text is written as its
/// length and bytes, as bytes are) and checked as UTF-8 in bulk: these
/// are the catalog's longest texts, mostly letters outside ASCII, which
/// the standard check takes one at a time.
/// # Errors
/// When the input holds no text.
pub fn string_with_room<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    if d.is_human_readable() {
        d.deserialize_string(RoomyText)
    } else {
        d.deserialize_byte_buf(RoomyText)
    }
}

/// Reads a list, with room to grow when `.1`.
struct Exact<T>(PhantomData<T>, bool);

impl<'de, T: Deserialize<'de>> Visitor<'de> for Exact<T> {
    type Value = Vec<T>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
        let most = TRUSTED / std::mem::size_of::<T>().max(1);
        let mut out = Vec::new();
        let announced = seq.size_hint().unwrap_or(0);
        let room = if self.1 {
            with_room(announced)
        } else {
            announced
        };
        // Room that cannot be had is left to grow item by item.
        let _ = out.try_reserve_exact(room.min(most));
        while let Some(item) = seq.next_element()? {
            out.push(item);
        }
        Ok(out)
    }
}

struct RoomyText;

impl Visitor<'_> for RoomyText {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a text")
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<String, E> {
        let mut out = String::with_capacity(with_room(v.len()));
        out.push_str(v);
        Ok(out)
    }

    fn visit_bytes<E: serde::de::Error>(self, v: &[u8]) -> Result<String, E> {
        let text = simdutf8::basic::from_utf8(v).map_err(|_| E::custom("a text is not UTF-8"))?;
        self.visit_str(text)
    }
}

#[cfg(test)]
mod tests {
    #[derive(serde::Serialize, serde::Deserialize)]
    struct Lists {
        #[serde(deserialize_with = "super::vec")]
        long: Vec<u32>,
    }

    #[derive(serde::Serialize, serde::Deserialize)]
    struct Growing {
        #[serde(deserialize_with = "super::vec_with_room")]
        long: Vec<u32>,
        #[serde(deserialize_with = "super::string_with_room")]
        text: String,
    }

    #[test]
    fn a_growing_list_reads_back_with_room_to_grow() {
        let growing = Growing {
            long: (0..300_000).collect(),
            text: "Nguyễn Văn An ".repeat(1000),
        };
        let bytes = postcard::to_stdvec(&growing).unwrap();
        let back: Growing = postcard::from_bytes(&bytes).unwrap();
        assert_eq!((&back.long, &back.text), (&growing.long, &growing.text));
        assert_eq!(back.long.capacity(), 300_000 + 300_000 / 64);
        assert!(back.text.capacity() >= growing.text.len() * 65 / 64);
        assert!(postcard::from_bytes::<Growing>(&bytes[..bytes.len() / 2]).is_err());
        // A text that is not UTF-8 is refused.
        let mut broken = bytes.clone();
        let last = broken.len() - 1;
        broken[last] = 0xff;
        assert!(postcard::from_bytes::<Growing>(&broken).is_err());
    }

    #[test]
    fn a_long_list_reads_back_without_spare_room() {
        let lists = Lists {
            long: (0..300_000).collect(),
        };
        let bytes = postcard::to_stdvec(&lists).unwrap();
        let back: Lists = postcard::from_bytes(&bytes).unwrap();
        assert_eq!(back.long, lists.long);
        assert_eq!(back.long.capacity(), back.long.len());
        // Cut short, the list is refused.
        assert!(postcard::from_bytes::<Lists>(&bytes[..bytes.len() / 2]).is_err());
    }
}
