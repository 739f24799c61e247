//! Scoring one query against one item's haystack, and highlight positions.
//! A haystack is the item's searchable text in two char-aligned forms:
//! as displayed, and folded to lower case without diacritics.

use super::fold::push_fold_lower;
use super::query::{transform, Field, Mode, Pattern, Query, Term};
use crate::model::{Date, Level};
use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;
use std::cell::RefCell;

/// Separates the fields of a haystack.
const FIELD_SEP: char = '\u{1}';
/// Separates the items (names, titles…) inside a field.
pub const ITEM_SEP: char = '\u{2}';

/// The searchable text of one item.
#[derive(Clone, Debug, Default)]
pub struct Haystack {
    raw: Box<str>,
    folded: Box<str>,
    pub date: Option<Date>,
    pub level: Option<Level>,
}

impl Haystack {
    /// Builds a haystack from fields in `Field` order after `Any`:
    /// main text, persons, titles, source, places.
    pub fn new(fields: [&str; 5], date: Option<Date>, level: Option<Level>) -> Haystack {
        let raw = fields.join("\u{1}");
        let mut folded = String::with_capacity(raw.len());
        push_fold_lower(&mut folded, &raw);
        Haystack {
            raw: raw.into(),
            folded: folded.into(),
            date,
            level,
        }
    }

    fn field<'a>(s: &'a str, field: Field) -> &'a str {
        let (start, end) = match field {
            // The main text and the persons: plain terms find people in reports too.
            Field::Any => (0, 1),
            Field::Person => (1, 1),
            Field::Title => (2, 2),
            Field::Source => (3, 3),
            Field::Place => (4, 4),
        };
        let mut from = 0;
        let mut to = s.len();
        for (i, (pos, _)) in s.match_indices(FIELD_SEP).enumerate() {
            if i + 1 == start {
                from = pos + 1;
            }
            if i == end {
                to = pos;
                break;
            }
        }
        &s[from.min(to)..to]
    }
}

thread_local! {
    static MATCHER: SkimMatcherV2 = SkimMatcherV2::default().respect_case();
    static SCRATCH: RefCell<String> = const { RefCell::new(String::new()) };
}

/// The score of `hay` for `query`, or `None` when it does not match.
pub fn score(query: &Query, hay: &Haystack) -> Option<i64> {
    let mut total = 0;
    for group in &query.groups {
        total += group.iter().filter_map(|t| term_score(t, hay)).max()?;
    }
    Some(total)
}

/// A term's score for one haystack: `Some(0)` for a satisfied negation or filter.
fn term_score(term: &Term, hay: &Haystack) -> Option<i64> {
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
            let found = if pattern.case_sensitive || pattern.accent_sensitive {
                SCRATCH.with(|buf| {
                    let mut buf = buf.borrow_mut();
                    buf.clear();
                    let raw = Haystack::field(&hay.raw, *field);
                    buf.push_str(&transform(
                        raw,
                        pattern.case_sensitive,
                        pattern.accent_sensitive,
                    ));
                    text_score(pattern, *mode, &buf)
                })
            } else {
                text_score(pattern, *mode, Haystack::field(&hay.folded, *field))
            };
            match (found, negated) {
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
            if !is_subsequence(p, hay) {
                return None;
            }
            // Letters strewn across a long haystack match almost anything; ask
            // for most of the pattern to sit together (about 14 points a char,
            // where a contiguous run earns 16 and more).
            let floor = 14 * p.chars().count() as i64;
            MATCHER
                .with(|m| m.fuzzy_match(hay, p))
                .filter(|&s| s >= floor)
        }
        Mode::Exact => hay.contains(p).then_some(exact_bonus),
        Mode::Prefix => hay
            .split([ITEM_SEP, FIELD_SEP])
            .any(|i| i.starts_with(p))
            .then_some(exact_bonus),
        Mode::Suffix => hay
            .split([ITEM_SEP, FIELD_SEP])
            .any(|i| i.ends_with(p))
            .then_some(exact_bonus),
    }
}

/// Cheap test before fuzzy scoring: the pattern's chars occur in order.
fn is_subsequence(pattern: &str, hay: &str) -> bool {
    if pattern.is_ascii() {
        let mut rest = hay.as_bytes();
        for b in pattern.bytes() {
            match memchr::memchr(b, rest) {
                Some(i) => rest = &rest[i + 1..],
                None => return false,
            }
        }
        return true;
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
                let floor = 14 * n as i64;
                if let Some((_, idx)) = MATCHER
                    .with(|m| m.fuzzy_indices(&hay, p))
                    .filter(|(s, _)| *s >= floor)
                {
                    out.extend(idx);
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

    fn hay(name: &str) -> Haystack {
        Haystack::new([name, "", "", "", ""], None, None)
    }

    fn matches(q: &str, name: &str) -> bool {
        score(&Query::parse(q), &hay(name)).is_some()
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
