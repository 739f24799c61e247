//! The searchable form of every item of one subject. A haystack holds the
//! item's own text (a report's title, an official's name) folded to lower
//! case without diacritics, and the shared texts it names (people, titles,
//! sources, places) as numbers into `Strings`. All haystacks of a subject
//! live in two contiguous buffers, so a scan over 100,000 of them reads
//! memory in order instead of chasing one allocation per item.

use super::strings::StrId;
use crate::model::fixed::{u32_at, u64_at, Fixed};
use crate::model::{Date, Level};
use serde::{Deserialize, Serialize};

/// Shared-text slots: persons, titles, sources, places.
pub const SLOTS: usize = 4;

/// One item's haystack, borrowed from its `Haystacks`.
#[derive(Clone, Copy, Debug)]
pub struct Haystack<'a> {
    /// Every item's own text, this one's at `main_at`: sliced only when
    /// read, since most items are settled by their names, and slicing
    /// reads the text's bytes at both ends.
    text: &'a str,
    main_at: (usize, usize),
    /// The bytes of `main` (see `strings::letters`).
    pub letters: u64,
    items: &'a [StrId],
    ends: [u16; SLOTS],
    pub date: Option<Date>,
    pub level: Option<Level>,
}

impl<'a> Haystack<'a> {
    /// The item's own text, folded; the displayed form is the catalog's.
    pub fn main(&self) -> &'a str {
        &self.text[self.main_at.0..self.main_at.1]
    }

    /// The shared texts of every slot.
    pub fn texts(&self) -> &'a [StrId] {
        self.items
    }

    /// The shared texts of slot `k`.
    pub fn slot(&self, k: usize) -> &'a [StrId] {
        let from = if k == 0 { 0 } else { self.ends[k - 1] };
        &self.items[usize::from(from)..usize::from(self.ends[k])]
    }

    /// The shared texts of slot `k` and every slot after it.
    pub fn slots_from(&self, k: usize) -> &'a [StrId] {
        let from = if k == 0 { 0 } else { self.ends[k - 1] };
        &self.items[usize::from(from)..]
    }
}

/// Where one haystack sits in the buffers.
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
struct Span {
    main: usize,
    main_end: usize,
    letters: u64,
    items: usize,
    ends: [u16; SLOTS],
    date: Option<Date>,
    level: Option<Level>,
}

/// Saved as its offsets, letters and ends, its date (`Date::packed`) and
/// its level's number in `Level::ALL` (255 for none).
impl Fixed for Span {
    const WIDTH: usize = 8 + 8 + 8 + 8 + 2 * SLOTS + 4 + 1;
    fn put(&self, out: &mut Vec<u8>) {
        for n in [self.main, self.main_end, self.items] {
            (n as u64).put(out);
        }
        self.letters.put(out);
        for end in self.ends {
            out.extend_from_slice(&end.to_le_bytes());
        }
        Date::packed(self.date).put(out);
        let level = self
            .level
            .and_then(|l| Level::ALL.iter().position(|&x| x == l));
        out.push(level.map_or(u8::MAX, |i| i as u8));
    }
    fn take(b: &[u8]) -> Option<Span> {
        let offset = |at| usize::try_from(u64_at(b, at)).ok();
        let mut ends = [0; SLOTS];
        for (k, end) in ends.iter_mut().enumerate() {
            *end = u16::from_le_bytes([b[32 + 2 * k], b[33 + 2 * k]]);
        }
        let at = 32 + 2 * SLOTS;
        let level = match b[at + 4] {
            u8::MAX => None,
            i => Some(*Level::ALL.get(usize::from(i))?),
        };
        Some(Span {
            main: offset(0)?,
            main_end: offset(8)?,
            items: offset(16)?,
            letters: u64_at(b, 24),
            ends,
            date: Date::unpacked(u32_at(b, at))?,
            level,
        })
    }
}

/// The haystacks of one subject, in item order.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Haystacks {
    // Read back with room for the items added after (see `vec_with_room`).
    #[serde(with = "crate::model::fixed::with_room")]
    spans: Vec<Span>,
    #[serde(deserialize_with = "crate::model::exact::string_with_room")]
    text: String,
    #[serde(with = "crate::model::fixed::with_room")]
    ids: Vec<StrId>,
    /// Bytes of `text` and entries of `ids` no span points at any more
    /// (left by `set`), reclaimed once they outweigh the live ones.
    dead: (usize, usize),
}

impl Haystacks {
    /// Appends the haystack of the next item from its folded own text and
    /// the shared texts of each slot (persons, titles, sources, places).
    pub fn push(
        &mut self,
        main: &str,
        slots: [&[StrId]; SLOTS],
        date: Option<Date>,
        level: Option<Level>,
    ) {
        let start = self.text.len();
        self.text.push_str(main);
        let items = self.ids.len();
        let mut ends = [0; SLOTS];
        for (end, slot) in ends.iter_mut().zip(slots) {
            // Beyond 65,535 texts in one item the rest are not searched.
            let room = usize::from(u16::MAX) - (self.ids.len() - items);
            self.ids.extend_from_slice(&slot[..slot.len().min(room)]);
            *end = (self.ids.len() - items) as u16;
        }
        self.spans.push(Span {
            main: start,
            main_end: self.text.len(),
            letters: super::strings::letters(main),
            items,
            ends,
            date,
            level,
        });
    }

    /// Forgets every haystack, keeping the buffers' room.
    pub fn clear(&mut self) {
        self.spans.clear();
        self.text.clear();
        self.ids.clear();
        self.dead = (0, 0);
    }

    /// Replaces the haystack of item `i` (appends it when `i` is the next
    /// item), so that a changed item costs its own texts, not everyone's.
    pub fn set(
        &mut self,
        i: usize,
        main: &str,
        slots: [&[StrId]; SLOTS],
        date: Option<Date>,
        level: Option<Level>,
    ) {
        self.push(main, slots, date, level);
        if i + 1 == self.spans.len() {
            return;
        }
        let Some(new) = self.spans.pop() else {
            return;
        };
        let old = std::mem::replace(&mut self.spans[i], new);
        self.dead.0 += old.main_end - old.main;
        self.dead.1 += usize::from(old.ends[SLOTS - 1]);
        if self.dead.0 > self.text.len() / 2 || self.dead.1 > self.ids.len() / 2 {
            self.compact();
        }
    }

    /// Copies the live haystacks into fresh buffers, dropping dead bytes.
    fn compact(&mut self) {
        let mut text = String::with_capacity(self.text.len() - self.dead.0);
        let mut ids = Vec::with_capacity(self.ids.len() - self.dead.1);
        for s in &mut self.spans {
            let start = text.len();
            text.push_str(&self.text[s.main..s.main_end]);
            (s.main, s.main_end) = (start, text.len());
            let items = ids.len();
            let len = usize::from(s.ends[SLOTS - 1]);
            ids.extend_from_slice(&self.ids[s.items..s.items + len]);
            s.items = items;
        }
        self.text = text;
        self.ids = ids;
        self.dead = (0, 0);
    }

    /// How many shared texts the items name in all, counting each time
    /// an item names one (and those of replaced items not yet reclaimed).
    pub fn named_count(&self) -> usize {
        self.ids.len()
    }

    /// How many items there are.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// The haystack of item `i`.
    pub fn get(&self, i: usize) -> Haystack<'_> {
        let s = &self.spans[i];
        let len = s.ends[SLOTS - 1];
        Haystack {
            text: &self.text,
            main_at: (s.main, s.main_end),
            letters: s.letters,
            items: &self.ids[s.items..s.items + usize::from(len)],
            ends: s.ends,
            date: s.date,
            level: s.level,
        }
    }

    /// Drops the haystacks of items `len..`.
    pub fn truncate(&mut self, len: usize) {
        for s in self.spans.drain(len.min(self.spans.len())..) {
            self.dead.0 += s.main_end - s.main;
            self.dead.1 += usize::from(s.ends[SLOTS - 1]);
        }
    }

    /// The date item `i` is ordered by.
    pub fn date(&self, i: usize) -> Option<Date> {
        self.spans[i].date
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn main_texts(h: &Haystacks) -> Vec<String> {
        (0..h.len()).map(|i| h.get(i).main().to_string()).collect()
    }

    #[test]
    fn haystacks_read_back_as_saved_with_every_level_and_with_and_without_dates() {
        let mut h = Haystacks::default();
        let levels = Level::ALL.iter().copied().map(Some).chain([None]);
        for (i, level) in levels.enumerate() {
            let date = (i % 2 == 0).then(|| Date::new(2020 + i as u16, 12, 31).unwrap());
            let ids = [i as StrId, 70_000, u32::MAX];
            h.push(
                &format!("muc {i}"),
                [&ids[..1], &ids[1..], &[], &ids],
                date,
                level,
            );
        }
        let bytes = postcard::to_stdvec(&h).unwrap();
        let back: Haystacks = postcard::from_bytes(&bytes).unwrap();
        assert_eq!(back.len(), h.len());
        for i in 0..h.len() {
            let (a, b) = (h.get(i), back.get(i));
            assert_eq!(
                (a.main(), a.letters, a.texts()),
                (b.main(), b.letters, b.texts())
            );
            assert_eq!((a.ends, a.date, a.level), (b.ends, b.date, b.level));
        }
    }

    #[test]
    fn set_replaces_one_item_and_compacts_what_it_leaves() {
        let mut h = Haystacks::default();
        let none: [&[StrId]; SLOTS] = [&[], &[], &[], &[]];
        for name in ["an", "binh", "cuong"] {
            h.set(h.len(), name, none, None, None);
        }
        assert_eq!(main_texts(&h), ["an", "binh", "cuong"]);
        for round in 0..50 {
            h.set(1, &format!("binh {round}"), none, None, None);
        }
        assert_eq!(main_texts(&h), ["an", "binh 49", "cuong"]);
        assert!(
            h.text.len() < 64,
            "dead text is reclaimed: {}",
            h.text.len()
        );
        h.truncate(2);
        assert_eq!(main_texts(&h), ["an", "binh 49"]);
    }
}
