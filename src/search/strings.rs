//! Short texts that many items share — names, titles, sources, places —
//! held once each with their folded form, so that a query scores each
//! distinct text once instead of once per report that names it.

use super::fold::push_fold_lower;
// Keys are our own texts, not an adversary's: a fast hash over DoS resistance.
use rustc_hash::FxHashMap as HashMap;
use serde::{Deserialize, Serialize};

/// An interned text's number.
pub type StrId = u32;

/// The distinct short texts of the catalog, each as displayed and folded,
/// one after the other in two buffers: a text costs its bytes and two
/// ends, not an allocation and a pointer of its own for each form.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Strings {
    // Each read back with room for the texts of reports added after (see
    // `exact::vec_with_room`).
    /// Every text as displayed, one after the other.
    #[serde(deserialize_with = "crate::model::exact::string_with_room")]
    raw: String,
    /// Where each text ends in `raw`.
    #[serde(with = "crate::model::fixed::with_room")]
    raw_ends: Vec<u32>,
    /// Every text folded to lower case without diacritics.
    #[serde(deserialize_with = "crate::model::exact::string_with_room")]
    folded: String,
    /// Where each folded text ends in `folded`.
    #[serde(with = "crate::model::fixed::with_room")]
    folded_ends: Vec<u32>,
    /// The bytes each folded text holds (see `letters`).
    #[serde(with = "crate::model::fixed::with_room")]
    letters: Vec<u64>,
    /// The number of each text, made when a text is first looked up: a
    /// catalog read back from a store only reads its texts, and is spared
    /// the table until reports are added to it.
    #[serde(skip)]
    ids: Option<Numbers>,
}

/// The number of each text by a hash of it: one entry of a few bytes per
/// text, not a second copy of it. Two texts of one hash are rare; the
/// later ones are kept by their text.
#[derive(Debug, Default)]
struct Numbers {
    by_hash: HashMap<u64, StrId>,
    clashes: HashMap<Box<str>, StrId>,
}

/// The numbers of the texts `raw` holds (each ending at its `raw_ends`),
/// made from them.
fn numbers(raw: &str, raw_ends: &[u32]) -> Numbers {
    let mut ids = Numbers::default();
    ids.by_hash.reserve(raw_ends.len());
    for id in 0..raw_ends.len() {
        let id = StrId::try_from(id).unwrap_or(StrId::MAX);
        let s = text_at(raw, raw_ends, id);
        if let Some(&first) = ids.by_hash.get(&hash_of(s)) {
            if text_at(raw, raw_ends, first) != s {
                ids.clashes.entry(s.into()).or_insert(id);
            }
        } else {
            ids.by_hash.insert(hash_of(s), id);
        }
    }
    ids
}

/// The hash a text is numbered under.
fn hash_of(s: &str) -> u64 {
    use std::hash::{BuildHasher, BuildHasherDefault};
    BuildHasherDefault::<rustc_hash::FxHasher>::default().hash_one(s)
}

/// The bytes `s` holds, one bit for each lower-case letter, digit and
/// space and shared bits for the rest: a text lacking a bit of a term's
/// set cannot hold the term, in any mode, so most texts that do not match
/// a term are ruled out without reading them.
pub fn letters(s: &str) -> u64 {
    s.bytes().fold(0, |set, b| {
        let bit = match b {
            b'a'..=b'z' => b - b'a',
            b'0'..=b'9' => 26 + b - b'0',
            b' ' => 36,
            _ => 37 + b % 27,
        };
        set | 1 << bit
    })
}

impl Strings {
    /// The number of `s`, adding it on first sight.
    pub fn id(&mut self, s: &str) -> StrId {
        let hash = hash_of(s);
        let next = StrId::try_from(self.raw_ends.len()).unwrap_or(StrId::MAX);
        let (raw, raw_ends) = (&self.raw, &self.raw_ends);
        let ids = self.ids.get_or_insert_with(|| numbers(raw, raw_ends));
        match ids.by_hash.get(&hash) {
            Some(&id) if text_at(raw, raw_ends, id) == s => return id,
            Some(_) => {
                if let Some(&id) = ids.clashes.get(s) {
                    return id;
                }
                ids.clashes.insert(s.into(), next);
            }
            None => {
                ids.by_hash.insert(hash, next);
            }
        }
        self.push(s);
        next
    }

    /// Appends `s` and its folded form.
    fn push(&mut self, s: &str) {
        self.raw.push_str(s);
        self.raw_ends.push(end_of(&self.raw));
        let from = self.folded.len();
        push_fold_lower(&mut self.folded, s);
        self.letters.push(letters(&self.folded[from..]));
        self.folded_ends.push(end_of(&self.folded));
    }

    /// How many distinct texts there are.
    pub fn len(&self) -> usize {
        self.raw_ends.len()
    }

    /// Whether no text was added yet.
    pub fn is_empty(&self) -> bool {
        self.raw_ends.is_empty()
    }

    /// The text as displayed.
    pub fn raw(&self, id: StrId) -> &str {
        text_at(&self.raw, &self.raw_ends, id)
    }

    /// The text folded to lower case without diacritics.
    pub fn folded(&self, id: StrId) -> &str {
        text_at(&self.folded, &self.folded_ends, id)
    }

    /// The bytes of the folded text (see `letters`).
    pub fn letters(&self, id: StrId) -> u64 {
        self.letters[id as usize]
    }
}

/// Text `id` of a buffer of texts ending at `ends`.
fn text_at<'a>(buf: &'a str, ends: &[u32], id: StrId) -> &'a str {
    let i = id as usize;
    let from = if i == 0 { 0 } else { ends[i - 1] as usize };
    &buf[from..ends[i] as usize]
}

// The texts are names, titles, sources and places of tens of bytes: four
// gigabytes of distinct ones is beyond any archive, and far beyond the
// memory of the machines dvtui runs on.
fn end_of(buf: &str) -> u32 {
    buf.len() as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_are_numbered_once_and_read_back_as_added() {
        let mut s = Strings::default();
        let words = ["Bí thư", "Nghệ An", "", "Bí thư", "Đà Nẵng", "nghệ an"];
        let ids: Vec<StrId> = words.iter().map(|w| s.id(w)).collect();
        assert_eq!(ids, [0, 1, 2, 0, 3, 4]);
        assert_eq!(s.len(), 5);
        assert_eq!(s.raw(3), "Đà Nẵng");
        assert_eq!(s.folded(3), "da nang");
        assert_eq!(s.folded(1), s.folded(4));
        assert_eq!(s.letters(1), letters("nghe an"));
        // Read back, the numbers are made again on the first look-up.
        let mut back: Strings = postcard::from_bytes(&postcard::to_stdvec(&s).unwrap()).unwrap();
        assert!(back.ids.is_none());
        assert_eq!(back.id("Đà Nẵng"), 3);
        assert_eq!(back.id("Hà Nội"), 5);
        assert_eq!(back.raw(5), "Hà Nội");
    }

    #[test]
    fn texts_of_one_hash_keep_their_own_numbers() {
        let mut s = Strings::default();
        let a = s.id("a");
        // A clash made by hand: "b"'s hash filed as "a"'s.
        s.ids.as_mut().unwrap().by_hash.insert(hash_of("b"), a);
        let b = s.id("b");
        assert_ne!(a, b);
        assert_eq!(s.id("b"), b);
        assert_eq!(s.id("a"), a);
        let c = s.id("c");
        assert_eq!((s.raw(a), s.raw(b), s.raw(c)), ("a", "b", "c"));
        assert_eq!(s.len(), 3);
    }
}
