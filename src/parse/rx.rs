//! Regexes compiled once. A pattern that fails to compile (a bug the tests
//! catch) matches nothing instead of panicking at run time.

use regex::{Captures, Regex};

/// A lazily compiled regex that degrades to "never matches".
pub struct Rx(Option<Regex>);

impl Rx {
    /// Compiles `pattern`.
    pub fn new(pattern: &str) -> Rx {
        Rx(Regex::new(pattern).ok())
    }

    /// Whether the pattern compiled (for tests).
    #[cfg(test)]
    pub fn compiled(&self) -> bool {
        self.0.is_some()
    }

    /// Whether `s` matches.
    pub fn is_match(&self, s: &str) -> bool {
        self.0.as_ref().is_some_and(|r| r.is_match(s))
    }

    /// The first match, without capture groups (cheaper than `captures`).
    pub fn find<'s>(&self, s: &'s str) -> Option<regex::Match<'s>> {
        self.0.as_ref()?.find(s)
    }

    /// All matches, without capture groups.
    pub fn find_iter<'r, 's>(&'r self, s: &'s str) -> impl Iterator<Item = regex::Match<'s>> + 'r
    where
        's: 'r,
    {
        self.0.iter().flat_map(move |r| r.find_iter(s))
    }

    /// The first match's captures. Most texts do not match: they are told
    /// by `is_match`, which allocates no room for the groups.
    pub fn captures<'s>(&self, s: &'s str) -> Option<Captures<'s>> {
        let r = self.0.as_ref()?;
        if !r.is_match(s) {
            return None;
        }
        r.captures(s)
    }

    /// All matches' captures.
    pub fn captures_iter<'r, 's>(&'r self, s: &'s str) -> impl Iterator<Item = Captures<'s>> + 'r
    where
        's: 'r,
    {
        self.0.iter().flat_map(move |r| r.captures_iter(s))
    }
}
