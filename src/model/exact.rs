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

/// A list read at the length its input announces (see the module).
/// # Errors
/// As the list's own reading.
pub fn vec<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    d.deserialize_seq(Exact(PhantomData))
}

struct Exact<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for Exact<T> {
    type Value = Vec<T>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
        let most = TRUSTED / std::mem::size_of::<T>().max(1);
        let mut out = Vec::new();
        // Room that cannot be had is left to grow item by item.
        let _ = out.try_reserve_exact(seq.size_hint().unwrap_or(0).min(most));
        while let Some(item) = seq.next_element()? {
            out.push(item);
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    #[derive(serde::Serialize, serde::Deserialize)]
    struct Lists {
        #[serde(deserialize_with = "super::vec")]
        long: Vec<u32>,
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
