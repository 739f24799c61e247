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
}
