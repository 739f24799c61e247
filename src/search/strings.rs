//! Short texts that many items share — names, titles, sources, places —
//! held once each with their folded form, so that a query scores each
//! distinct text once instead of once per report that names it.

use super::fold::push_fold_lower;
// Keys are our own texts, not an adversary's: a fast hash over DoS resistance.
use rustc_hash::FxHashMap as HashMap;
use serde::{Deserialize, Serialize};

/// An interned text's number.
pub type StrId = u32;

/// The distinct short texts of the catalog.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Strings {
    ids: HashMap<Box<str>, StrId>,
    raw: Vec<Box<str>>,
    folded: Vec<Box<str>>,
    /// The bytes each folded text holds (see `letters`).
    letters: Vec<u64>,
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
        if let Some(&id) = self.ids.get(s) {
            return id;
        }
        let id = StrId::try_from(self.raw.len()).unwrap_or(StrId::MAX);
        let mut folded = String::with_capacity(s.len());
        push_fold_lower(&mut folded, s);
        self.raw.push(s.into());
        self.letters.push(letters(&folded));
        self.folded.push(folded.into());
        self.ids.insert(s.into(), id);
        id
    }

    /// How many distinct texts there are.
    pub fn len(&self) -> usize {
        self.raw.len()
    }

    /// Whether no text was added yet.
    pub fn is_empty(&self) -> bool {
        self.raw.is_empty()
    }

    /// The text as displayed.
    pub fn raw(&self, id: StrId) -> &str {
        &self.raw[id as usize]
    }

    /// The text folded to lower case without diacritics.
    pub fn folded(&self, id: StrId) -> &str {
        &self.folded[id as usize]
    }

    /// The bytes of the folded text (see `letters`).
    pub fn letters(&self, id: StrId) -> u64 {
        self.letters[id as usize]
    }
}
