//! Fast look-ups for the word lists of `vocab`: hashers suited to short
//! words, words packed into one integer, and phrase sets that know the
//! longest phrase starting with each word.

use super::vocab::{Organ, Piece, LONGEST};
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A multiply-rotate hash over 8-byte chunks (as rustc's FxHash): the keys
/// are short words, where `SipHash`'s start-up cost dominates.
#[derive(Default)]
pub struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        self.0 = h;
    }

    fn write_u8(&mut self, b: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x517c_c1b7_2722_0a95);
    }

    fn finish(&self) -> u64 {
        // splitmix64's finalizer: the table indexes by the low bits, which a
        // bare multiply leaves depending on the first bytes only.
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

pub type Set<T> = HashSet<T, BuildHasherDefault<WordHasher>>;
pub type Map<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;

/// A word list as a set of lower-case phrases, plus for each first word
/// the most words a phrase starting with it has.
pub struct Phrases {
    pub all: Set<String>,
    /// The phrases of at most `LONGEST` bytes, packed (see `packed`).
    pub short: PackedMap<()>,
    pub first: Map<String, u8>,
}

impl Phrases {
    pub fn new<'w>(words: impl IntoIterator<Item = &'w str>) -> Phrases {
        let all: Set<String> = words.into_iter().map(str::to_lowercase).collect();
        let short = PackedMap::new(all.iter().filter_map(|w| packed(w)).map(|k| (k, ())));
        let mut first: Map<String, u8> = Map::default();
        for w in &all {
            let n = u8::try_from(w.split(' ').count()).unwrap_or(u8::MAX);
            let e = first
                .entry(w.split(' ').next().unwrap_or("").to_string())
                .or_insert(0);
            *e = (*e).max(n);
        }
        Phrases { all, short, first }
    }

    /// Whether the lower-case phrase is in the list.
    pub fn contains(&self, lower: &str) -> bool {
        match packed(lower) {
            // The empty phrase packs to 0, which the packed map leaves out.
            Some(k) if k != 0 => self.short.get(k).is_some(),
            _ => self.all.contains(lower),
        }
    }
}

/// The organ names that start with one word, longest first, indexed by
/// their second piece: most tokens after the first word rule out all but a
/// few names, so those few are the only ones matched in full.
pub struct Organs {
    /// The names, longest first.
    pub all: Vec<Organ>,
    /// Positions in `all` (ascending) of the names whose second piece is
    /// this word (either spelling).
    by_word: Map<String, Vec<u16>>,
    /// … whose second piece is a comma or a dash.
    by_sep: Vec<u16>,
    /// … whose second piece is "và" or "&".
    by_and: Vec<u16>,
    /// … of one word.
    single: Vec<u16>,
}

/// What the token after an organ's first word is, for `Organs::candidates`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Next<'a> {
    /// A word, in lower case.
    Word(&'a str),
    /// A comma or a dash.
    Sep,
    /// "&".
    Amp,
    /// Other punctuation, or nothing.
    Other,
}

impl Organs {
    /// Indexes `all`, which is sorted longest first.
    pub fn new(all: Vec<Organ>) -> Organs {
        let mut o = Organs {
            all: Vec::new(),
            by_word: Map::default(),
            by_sep: Vec::new(),
            by_and: Vec::new(),
            single: Vec::new(),
        };
        for (k, organ) in all.iter().enumerate() {
            let k = u16::try_from(k).unwrap_or(u16::MAX);
            match organ.get(1) {
                None => o.single.push(k),
                Some(Piece::Sep) => o.by_sep.push(k),
                Some(Piece::And) => o.by_and.push(k),
                Some(Piece::Word(w, other)) => {
                    for w in std::iter::once(w).chain(other) {
                        o.by_word.entry(w.clone()).or_default().push(k);
                    }
                }
            }
        }
        o.all = all;
        o
    }

    /// The names that may match when `next` follows the first word, as
    /// lists of positions in `all`: every name outside them fails on its
    /// second piece. The one-word names, the shortest, come last.
    pub fn candidates(&self, next: Next) -> [&[u16]; 3] {
        let none: &[u16] = &[];
        let (word, and) = match next {
            Next::Word(w) => (
                self.by_word.get(w).map_or(none, Vec::as_slice),
                if w == "và" { &self.by_and[..] } else { none },
            ),
            Next::Sep => (&self.by_sep[..], none),
            Next::Amp => (none, &self.by_and[..]),
            Next::Other => (none, none),
        };
        [word, and, &self.single]
    }
}

/// A word of at most `LONGEST` bytes packed into one integer, so that a
/// look-up hashes and compares one number instead of a string.
pub fn packed(word: &str) -> Option<u128> {
    pack(word.as_bytes())
}

/// `packed` on bytes.
// Two fixed-size loads that may overlap (the head and the tail of the
// word), the tail shifted past what the head holds: a copy of variable
// length through a buffer would stall each look-up on store forwarding.
fn pack(b: &[u8]) -> Option<u128> {
    let len = b.len();
    let head = |n: usize| b.get(..n).unwrap_or_default();
    let tail = |n: usize| b.get(len.saturating_sub(n)..).unwrap_or_default();
    match len {
        8..=LONGEST => {
            let lo = u64::from_le_bytes(head(8).try_into().ok()?);
            let hi = u64::from_le_bytes(tail(8).try_into().ok()?);
            let hi = u128::from(hi) >> (8 * (16 - len));
            Some(u128::from(lo) | hi << 64)
        }
        4..=7 => {
            let lo = u32::from_le_bytes(head(4).try_into().ok()?);
            let hi = u64::from(u32::from_le_bytes(tail(4).try_into().ok()?)) >> (8 * (8 - len));
            Some(u128::from(u64::from(lo) | hi << 32))
        }
        0..=3 => Some(b.iter().rev().fold(0, |w, &x| w << 8 | u128::from(x))),
        _ => None,
    }
}

/// `packed(&text[start..end])` for a word inside a longer text: when 16
/// bytes follow `start`, one load and a mask instead of a copy through a
/// buffer (which costs a store-to-load stall on every look-up).
pub fn packed_at(text: &[u8], start: usize, end: usize) -> Option<u128> {
    let len = end.checked_sub(start)?;
    if len > LONGEST {
        return None;
    }
    let Some(w) = text.get(start..start + 16) else {
        return pack(&text[start..end]);
    };
    let mut a = [0u8; 16];
    a.copy_from_slice(w);
    Some(u128::from_le_bytes(a) & MASKS[len])
}

/// The low `n` bytes of a packed word, for each `n` up to 16.
static MASKS: [u128; 17] = {
    let mut m = [u128::MAX; 17];
    let mut n = 0;
    while n < 16 {
        m[n] = (1 << (8 * n)) - 1;
        n += 1;
    }
    m
};

/// Packed words and what is known of them, by open addressing in a table
/// kept at most a quarter full: most words of a text are in no list, and
/// their look-up ends at the first slot, which is empty.
pub struct PackedMap<V> {
    /// Each slot's packed word; 0 (the empty word, never stored) is free.
    keys: Box<[u128]>,
    values: Box<[V]>,
    /// How far a hash is shifted to index the table.
    shift: u32,
}

impl<V: Copy + Default> PackedMap<V> {
    /// The map of `entries` (the empty word left out).
    pub fn new(entries: impl IntoIterator<Item = (u128, V)>) -> PackedMap<V> {
        let entries: Vec<(u128, V)> = entries.into_iter().filter(|e| e.0 != 0).collect();
        let slots = (entries.len() * 4).next_power_of_two().max(16);
        let mut map = PackedMap {
            keys: vec![0; slots].into_boxed_slice(),
            values: vec![V::default(); slots].into_boxed_slice(),
            shift: 64 - slots.trailing_zeros(),
        };
        for (k, v) in entries {
            let mut i = map.slot(k);
            while map.keys[i] != 0 && map.keys[i] != k {
                i = (i + 1) & (slots - 1);
            }
            (map.keys[i], map.values[i]) = (k, v);
        }
        map
    }

    /// What is known of the packed word `k`.
    #[inline]
    pub fn get(&self, k: u128) -> Option<V> {
        let mask = self.keys.len() - 1;
        let mut i = self.slot(k);
        loop {
            match self.keys.get(i) {
                Some(0) | None => return None,
                Some(&key) if key == k => return self.values.get(i).copied(),
                Some(_) => i = (i + 1) & mask,
            }
        }
    }

    /// Where the search for `k` starts: the top bits of a multiply.
    #[inline]
    fn slot(&self, k: u128) -> usize {
        // The two halves of the word, truncated on purpose.
        #[allow(clippy::cast_possible_truncation)]
        let (lo, hi) = (k as u64, (k >> 64) as u64);
        ((lo ^ hi.rotate_left(29)).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> self.shift) as usize
    }
}

/// Hashes a packed word: fold its halves with a multiply each.
#[derive(Default)]
pub struct PackedHasher(u64);

impl Hasher for PackedHasher {
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.write_u8(*b);
        }
    }

    fn write_u8(&mut self, b: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x517c_c1b7_2722_0a95);
    }

    fn write_u128(&mut self, v: u128) {
        // The two halves of the word, truncated on purpose.
        #[allow(clippy::cast_possible_truncation)]
        let (lo, hi) = (v as u64, (v >> 64) as u64);
        let h = (lo ^ hi.rotate_left(29)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        self.0 = h ^ (h >> 29);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packing_is_the_bytes_zero_padded_wherever_the_word_lies() {
        let text = "nguyễn văn thường trực ủy ban nhân dân";
        for start in 0..text.len() {
            for end in start..=text.len() {
                let b = &text.as_bytes()[start..end];
                let mut w = [0u8; 16];
                let want = (b.len() <= LONGEST).then(|| {
                    w[..b.len()].copy_from_slice(b);
                    u128::from_le_bytes(w)
                });
                assert_eq!(pack(b), want, "{start}..{end}");
                assert_eq!(packed_at(text.as_bytes(), start, end), want);
            }
        }
    }

    #[test]
    fn the_packed_map_finds_what_it_holds_and_nothing_else() {
        let words = ["và", "của", "nguyễn", "trưởng", "ủy", "thường trực", "a"];
        let map = PackedMap::new(
            words
                .iter()
                .enumerate()
                .filter_map(|(i, w)| Some((packed(w)?, i + 1))),
        );
        for (i, w) in words.iter().enumerate() {
            assert_eq!(packed(w).and_then(|k| map.get(k)), Some(i + 1), "{w}");
        }
        for w in ["", "vá", "cua", "nguyen", "trưởn", "thường trự", "b"] {
            assert_eq!(packed(w).and_then(|k| map.get(k)), None, "{w}");
        }
        // Many words, so that runs of full slots wrap around the table.
        let many: Vec<u128> = (1..5000u32).map(|n| u128::from(n) << 64 | 7).collect();
        let map = PackedMap::new(many.iter().map(|&k| (k, k)));
        assert!(many.iter().all(|&k| map.get(k) == Some(k)));
        assert_eq!(map.get(5000u128 << 64 | 7), None);
    }
}
