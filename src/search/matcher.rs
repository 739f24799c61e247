//! Scoring one query against one item's haystack, and highlight positions.
//! A haystack holds the item's own text (a report's title, an official's
//! name) folded to lower case without diacritics, and the shared texts it
//! names (people, titles, sources, places) as numbers into `Strings`, whose
//! scores a query computes once (`Tables`) rather than once per item.

use super::query::{transform, Field, Mode, Pattern, Query, Term};
use super::strings::{StrId, Strings};
use crate::model::{Date, Level};
use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;
use rayon::prelude::*;

/// The searchable form of one item.
#[derive(Clone, Debug, Default)]
pub struct Haystack {
    /// The item's own text, folded; the displayed form is the catalog's.
    main: Box<str>,
    /// Shared texts of every slot, one after the other; `ends` closes each.
    items: Box<[StrId]>,
    ends: [u16; SLOTS],
    pub date: Option<Date>,
    pub level: Option<Level>,
}

/// Shared-text slots: persons, titles, sources, places.
const SLOTS: usize = 4;

impl Haystack {
    /// Builds a haystack from the item's folded own text and the shared
    /// texts of each slot (persons, titles, sources, places).
    pub fn new(
        main: String,
        slots: [&[StrId]; SLOTS],
        date: Option<Date>,
        level: Option<Level>,
    ) -> Haystack {
        let mut items = Vec::with_capacity(slots.iter().map(|s| s.len()).sum());
        let mut ends = [0; SLOTS];
        for (end, slot) in ends.iter_mut().zip(slots) {
            // Beyond 65,535 texts in one slot the rest are not searched.
            let room = usize::from(u16::MAX) - items.len();
            items.extend_from_slice(&slot[..slot.len().min(room)]);
            *end = items.len() as u16;
        }
        Haystack {
            main: main.into(),
            items: items.into(),
            ends,
            date,
            level,
        }
    }

    fn slot(&self, k: usize) -> &[StrId] {
        let from = if k == 0 { 0 } else { self.ends[k - 1] };
        &self.items[usize::from(from)..usize::from(self.ends[k])]
    }
}

/// The slot a field searches, and whether it searches the item's own text.
fn slot_of(field: Field) -> (bool, usize) {
    match field {
        // Plain terms find the item's own text and the people named in it.
        Field::Any => (true, 0),
        Field::Person => (false, 0),
        Field::Title => (false, 1),
        Field::Source => (false, 2),
        Field::Place => (false, 3),
    }
}

thread_local! {
    static MATCHER: SkimMatcherV2 = SkimMatcherV2::default().respect_case();
}

/// A shared text's score for one term, where it does not match.
const NO_MATCH: i32 = i32::MIN;

/// Each text term's score for every shared text, indexed by `StrId`, in the
/// order of the query's terms (empty for terms that are not text).
#[derive(Debug, Default)]
pub struct Tables {
    per_term: Vec<Vec<i32>>,
}

impl Tables {
    /// Scores the shared texts added since the last call.
    pub fn extend(&mut self, query: &Query, strings: &Strings) {
        let terms: Vec<&Term> = query.groups.iter().flatten().collect();
        self.per_term.resize_with(terms.len(), Vec::new);
        for (term, table) in terms.into_iter().zip(&mut self.per_term) {
            let Term::Text { pattern, mode, .. } = term else {
                continue;
            };
            let new: Vec<i32> = (table.len()..strings.len())
                .into_par_iter()
                .with_min_len(2048)
                .map(|id| {
                    let id = id as StrId;
                    let found = if pattern.case_sensitive || pattern.accent_sensitive {
                        let s = transform(
                            strings.raw(id),
                            pattern.case_sensitive,
                            pattern.accent_sensitive,
                        );
                        text_score(pattern, *mode, &s)
                    } else {
                        text_score(pattern, *mode, strings.folded(id))
                    };
                    found.map_or(NO_MATCH, |s| s.clamp(0, i64::from(i32::MAX)) as i32)
                })
                .collect();
            table.extend(new);
        }
    }
}

/// The score of `hay` for `query`, or `None` when it does not match.
/// `main` is the item's own text as displayed, for case- or accent-
/// sensitive terms; `tables` must come from the same query.
pub fn score(query: &Query, tables: &Tables, hay: &Haystack, main: &str) -> Option<i64> {
    let mut total = 0;
    let mut tables = tables.per_term.iter();
    for group in &query.groups {
        let mut best = None;
        for term in group {
            let table = tables.next().map_or(&[][..], Vec::as_slice);
            best = best.max(term_score(term, table, hay, main));
        }
        total += best?;
    }
    Some(total)
}

/// A term's score for one haystack: `Some(0)` for a satisfied negation or filter.
fn term_score(term: &Term, table: &[i32], hay: &Haystack, main: &str) -> Option<i64> {
    match term {
        Term::Years { from, to, negated } => {
            let inside = hay.date.is_some_and(|d| (*from..=*to).contains(&d.year));
            (inside != *negated).then_some(0)
        }
        Term::Level { level, negated } => ((hay.level == Some(*level)) != *negated).then_some(0),
        Term::Text {
            pattern,
            mode,
            field,
            negated,
        } => {
            let (own, slot) = slot_of(*field);
            let in_own = if !own {
                None
            } else if pattern.case_sensitive || pattern.accent_sensitive {
                let s = transform(main, pattern.case_sensitive, pattern.accent_sensitive);
                text_score(pattern, *mode, &s)
            } else {
                text_score(pattern, *mode, &hay.main)
            };
            let in_items = hay
                .slot(slot)
                .iter()
                .filter_map(|&id| table.get(id as usize).copied())
                .filter(|&s| s != NO_MATCH)
                .max()
                .map(i64::from);
            match (in_own.max(in_items), negated) {
                (Some(s), false) => Some(s),
                (None, true) => Some(0),
                _ => None,
            }
        }
    }
}

fn text_score(pattern: &Pattern, mode: Mode, hay: &str) -> Option<i64> {
    let p = pattern.text.as_str();
    let exact_bonus = 16 * p.chars().count() as i64;
    match mode {
        Mode::Fuzzy => {
            if !p.is_ascii() {
                // Accent-sensitive patterns: the plain subsequence test, then
                // the fuzzy scorer over the whole text.
                if !is_subsequence(p, hay) {
                    return None;
                }
                let floor = 14 * p.chars().count() as i64;
                return MATCHER
                    .with(|m| m.fuzzy_match(hay, p))
                    .filter(|&s| s >= floor);
            }
            // Most hits contain the term as typed: score those directly, as the
            // fuzzy scorer would rank a contiguous run, and skip its matrices.
            if let Some(b) = memchr::memmem::find(hay.as_bytes(), p.as_bytes()) {
                let at_word = hay[..b]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric());
                return Some(20 * p.len() as i64 + if at_word { 16 } else { 0 });
            }
            // Letters strewn across a long text match almost anything: only
            // a tight window is scored, and it must earn about 14 points a
            // char, where a contiguous run earns 16 and more.
            let (from, to) = tight_window(p.as_bytes(), hay)?;
            let floor = 14 * p.len() as i64;
            MATCHER
                .with(|m| m.fuzzy_match(&hay[from..to], p))
                .filter(|&s| s >= floor)
        }
        Mode::Exact => hay.contains(p).then_some(exact_bonus),
        Mode::Prefix => hay.starts_with(p).then_some(exact_bonus),
        Mode::Suffix => hay.ends_with(p).then_some(exact_bonus),
    }
}

/// Where the letters of an ASCII pattern of n bytes sit close together in
/// `hay`: the first window, left to right, that holds them in order within
/// n + n/2 + 1 bytes, widened by one char on the left so the fuzzy scorer
/// sees the word boundary. `None` when no window is that tight.
fn tight_window(p: &[u8], hay: &str) -> Option<(usize, usize)> {
    let n = p.len();
    if n == 0 || !is_subsequence_bytes(p, hay.as_bytes()) {
        return None;
    }
    let widest = n + n / 2 + 1;
    // latest[k]: the latest start of an occurrence of p[..=k] as a
    // subsequence of the bytes read so far; one pass, no backtracking.
    let mut small = [usize::MAX; 32];
    let mut large = Vec::new();
    let latest: &mut [usize] = if n <= small.len() {
        &mut small[..n]
    } else {
        large.resize(n, usize::MAX);
        &mut large
    };
    for (i, &b) in hay.as_bytes().iter().enumerate() {
        // Longest prefix first, so a repeated letter extends the older match.
        for k in (1..n).rev() {
            if b == p[k] && latest[k - 1] != usize::MAX {
                latest[k] = latest[k - 1];
            }
        }
        if b == p[0] {
            latest[0] = i;
        }
        let start = latest[n - 1];
        if b == p[n - 1] && start != usize::MAX && i + 1 - start <= widest {
            // Pattern bytes are ASCII, so both ends fall on char boundaries.
            let left = hay[..start].chars().next_back().map_or(0, char::len_utf8);
            return Some((start - left, i + 1));
        }
    }
    None
}

fn is_subsequence_bytes(pattern: &[u8], hay: &[u8]) -> bool {
    let mut rest = hay;
    for &b in pattern {
        match memchr::memchr(b, rest) {
            Some(i) => rest = &rest[i + 1..],
            None => return false,
        }
    }
    true
}

/// Cheap test before fuzzy scoring: the pattern's chars occur in order.
fn is_subsequence(pattern: &str, hay: &str) -> bool {
    if pattern.is_ascii() {
        return is_subsequence_bytes(pattern.as_bytes(), hay.as_bytes());
    }
    let mut chars = hay.chars();
    pattern.chars().all(|p| chars.any(|c| c == p))
}

/// Char indices of `text` that the positive text terms of `query` match.
pub fn highlight_positions(query: &Query, text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    for term in query.groups.iter().flatten() {
        let Term::Text {
            pattern,
            mode,
            negated: false,
            ..
        } = term
        else {
            continue;
        };
        let hay = transform(text, pattern.case_sensitive, pattern.accent_sensitive);
        let p = pattern.text.as_str();
        let n = p.chars().count();
        match mode {
            Mode::Fuzzy => {
                // The same window the score came from, when there is one.
                let (from, to) = if p.is_ascii() {
                    tight_window(p.as_bytes(), &hay).unwrap_or((0, hay.len()))
                } else {
                    (0, hay.len())
                };
                let floor = 14 * n as i64;
                if let Some((_, idx)) = MATCHER
                    .with(|m| m.fuzzy_indices(&hay[from..to], p))
                    .filter(|(s, _)| *s >= floor)
                {
                    let offset = hay[..from].chars().count();
                    out.extend(idx.into_iter().map(|i| i + offset));
                }
            }
            Mode::Exact => {
                if let Some(b) = hay.find(p) {
                    let start = hay[..b].chars().count();
                    out.extend(start..start + n);
                }
            }
            Mode::Prefix if hay.starts_with(p) => out.extend(0..n),
            Mode::Suffix if hay.ends_with(p) => {
                let len = hay.chars().count();
                out.extend(len - n..len);
            }
            _ => {}
        }
    }
    let len = text.chars().count();
    out.retain(|&i| i < len);
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether `q` matches an item whose own text is `name`.
    fn matches(q: &str, name: &str) -> bool {
        let mut folded = String::new();
        super::super::fold::push_fold_lower(&mut folded, name);
        let hay = Haystack::new(folded, [&[]; SLOTS], None, None);
        let query = Query::parse(q);
        let mut tables = Tables::default();
        tables.extend(&query, &Strings::default());
        score(&query, &tables, &hay, name).is_some()
    }

    #[test]
    fn shared_texts_match_through_their_slot() {
        let mut strings = Strings::default();
        let people = [strings.id("Bùi Thị Minh Hoài"), strings.id("Lê Trí Vũ")];
        let titles = [strings.id("Trưởng Ban Dân vận Tỉnh ủy")];
        let hay = Haystack::new("hoi nghi".into(), [&people, &titles, &[], &[]], None, None);
        let scored = |q: &str| {
            let query = Query::parse(q);
            let mut tables = Tables::default();
            tables.extend(&query, &strings);
            score(&query, &tables, &hay, "Hội nghị")
        };
        assert!(scored("hoai").is_some());
        assert!(scored("p:tri vu").is_some());
        assert!(scored("p:nghi").is_none(), "p: leaves the own text out");
        assert!(scored("t:truong t:dan").is_some());
        assert!(scored("truong").is_none(), "titles need t:");
        assert!(scored("Vũ").is_some());
        assert!(scored("!vu").is_none());
        assert!(scored("at:hoai").is_none());
    }

    #[test]
    fn smart_accents_and_case() {
        assert!(matches("hoai", "Bùi Thị Minh Hoài"));
        assert!(matches("Hoài", "Bùi Thị Minh Hoài"));
        assert!(!matches("Hoái", "Bùi Thị Minh Hoài"));
        assert!(matches("Do Manh", "Đỗ Mạnh Hiến"));
        assert!(!matches("do Manh", "Đỗ mạnh Hiến"));
        assert!(matches("bui thi", "Bùi Thị Minh Hoài"));
    }

    #[test]
    fn decomposed_text_matches_like_composed() {
        use unicode_normalization::UnicodeNormalization;
        let nfd: String = "Hoài".nfd().collect();
        assert!(matches(&nfd, "Bùi Thị Minh Hoài"));
        assert!(matches(&format!("'{nfd}"), "Bùi Thị Minh Hoài"));
        assert!(matches(&format!("{nfd}$"), "Bùi Thị Minh Hoài"));
    }

    #[test]
    fn prefix_suffix_exact_negation_or() {
        assert!(matches("^le !nguyen", "Lê Trí Vũ"));
        assert!(!matches("^le", "Bùi Lê"));
        assert!(matches("vu$", "Lê Trí Vũ"));
        assert!(matches("'tri vu", "Lê Trí Vũ"));
        assert!(!matches("'trivu", "Lê Trí Vũ"));
        assert!(matches("xyz | hoai", "Bùi Thị Minh Hoài"));
        assert!(!matches("!hoai", "Bùi Thị Minh Hoài"));
    }

    #[test]
    fn strewn_letters_do_not_match_long_text() {
        let long = "Hội nghị giao ban công tác dân vận quý III năm 2023";
        assert!(matches("giao ban", long));
        assert!(matches("gioban", long), "one letter left out");
        assert!(!matches("hnbt", long), "letters from four words");
        assert_eq!(tight_window(b"ban", "x giao ban"), Some((6, 10)));
        assert_eq!(tight_window(b"gb", "giao ban"), None);
        assert_eq!(tight_window(b"gb", "giao gxb ban"), Some((4, 8)));
    }

    /// The first end, then the latest start, of a window of at most
    /// n + n/2 + 1 bytes holding `p` in order, by trying every window.
    fn tight_window_by_brute_force(p: &[u8], h: &[u8]) -> Option<(usize, usize)> {
        let widest = p.len() + p.len() / 2 + 1;
        (1..=h.len()).find_map(|end| {
            (end.saturating_sub(widest)..end)
                .rev()
                .find(|&s| h[s] == p[0] && h[end - 1] == p[p.len() - 1] && is_subsequence_bytes(p, &h[s..end]))
                .map(|s| (s.saturating_sub(1), end))
        })
    }

    #[test]
    fn tight_window_agrees_with_trying_every_window() {
        let mut seed = 0x2545_f491_u32;
        let mut next = |m: u32| {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            seed % m
        };
        for _ in 0..20_000 {
            let h: Vec<u8> = (0..next(40)).map(|_| b"abcn "[next(5) as usize]).collect();
            let p: Vec<u8> = (0..1 + next(5)).map(|_| b"abcn"[next(4) as usize]).collect();
            let hay = std::str::from_utf8(&h).unwrap();
            assert_eq!(
                tight_window(&p, hay),
                tight_window_by_brute_force(&p, &h),
                "{p:?} in {hay:?}"
            );
        }
    }

    #[test]
    fn highlights_map_to_display_chars() {
        let q = Query::parse("do hien");
        let text = "Đỗ Mạnh Hiến";
        let pos = highlight_positions(&q, text);
        let chars: Vec<char> = text.chars().collect();
        let picked: String = pos.iter().map(|&i| chars[i]).collect();
        assert!(picked.starts_with("Đỗ"), "{picked}");
        assert!(picked.contains("Hiến"), "{picked}");
        assert!(pos.iter().all(|&i| i < chars.len()));
    }
}
