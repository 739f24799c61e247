//! The query syntax, after fzf's extended mode, plus field filters.
//! Terms separated by spaces must all match; `a | b` is either.

use super::fold::{fold_char, has_accent, lower_char};
use crate::model::Level;
use unicode_normalization::UnicodeNormalization;

/// The syntax as `(form, meaning)` rows, for the help overlay and README.
pub static SYNTAX: &[(&str, &str)] = &[
    (
        "hoai",
        "fuzzy: the letters in order; all space-separated terms must match",
    ),
    (
        "hoai / Hoài",
        "no accents: any accents match; typed accents must match exactly",
    ),
    (
        "le / Le",
        "lower case: any case; a capital makes the term case-sensitive",
    ),
    (
        "'dan van",
        "exact: the words as typed, side by side ('dan alone: substring)",
    ),
    ("^le", "prefix: the name or title starts with it"),
    ("hoai$", "suffix: the name or title ends with it"),
    ("!nguyen", "negation: must not contain it"),
    ("a | b", "either term"),
    ("p:hoai", "reports naming a person"),
    ("t:bi thu", "reports (or officials) with a title"),
    (
        "y:2021  y:2020..2022",
        "reports of a year or range of years",
    ),
    ("l:central", "level: central, provincial, district, commune"),
    ("s:baonghean", "source or author"),
    ("at:hai phong", "place"),
];

/// How a term matches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Fuzzy,
    Exact,
    Prefix,
    Suffix,
}

/// Which part of an item a term looks at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Any,
    Person,
    Title,
    Source,
    Place,
}

/// A term's pattern in the form it is compared in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pattern {
    pub text: String,
    pub case_sensitive: bool,
    pub accent_sensitive: bool,
}

impl Pattern {
    fn new(raw: &str) -> Pattern {
        let raw: String = raw.nfc().collect();
        let case_sensitive = raw.chars().any(char::is_uppercase);
        let accent_sensitive = raw.chars().any(has_accent);
        Pattern {
            text: transform(&raw, case_sensitive, accent_sensitive),
            case_sensitive,
            accent_sensitive,
        }
    }
}

/// `s` as a term in that mode compares it: folded unless accents count,
/// lower-cased unless case counts; always char for char.
pub fn transform(s: &str, case_sensitive: bool, accent_sensitive: bool) -> String {
    s.chars()
        .map(|c| {
            let c = if accent_sensitive { c } else { fold_char(c) };
            if case_sensitive {
                c
            } else {
                lower_char(c)
            }
        })
        .collect()
}

/// One term of a query.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Term {
    Text {
        pattern: Pattern,
        mode: Mode,
        field: Field,
        negated: bool,
    },
    Years {
        from: u16,
        to: u16,
        negated: bool,
    },
    Level {
        level: Level,
        negated: bool,
    },
}

/// A parsed query: every group must match; a group matches when any of its terms does.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    pub groups: Vec<Vec<Term>>,
}

impl Query {
    /// Parses the text typed in the filter. Never fails: odd input becomes fuzzy text.
    pub fn parse(text: &str) -> Query {
        let mut groups: Vec<Vec<Term>> = Vec::new();
        let mut join_next = false;
        for word in text.split_whitespace() {
            if word == "|" {
                join_next = !groups.is_empty();
                continue;
            }
            let Some(term) = parse_term(word) else {
                continue;
            };
            match groups.last_mut() {
                Some(g) if join_next => g.push(term),
                _ => groups.push(vec![term]),
            }
            join_next = false;
        }
        Query { groups }
    }

    /// Whether nothing was typed (everything matches).
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }
}

fn parse_term(word: &str) -> Option<Term> {
    let (negated, word) = match word.strip_prefix('!') {
        Some(rest) => (true, rest),
        None => (false, word),
    };
    let (field, word) = split_field(word);
    if let Some(field) = field {
        match field {
            "y" => return parse_years(word, negated),
            "l" => return parse_level(word, negated),
            _ => {}
        }
    }
    let field = match field {
        Some("p") => Field::Person,
        Some("t") => Field::Title,
        Some("s") => Field::Source,
        Some("at") => Field::Place,
        _ => Field::Any,
    };
    let (mode, body) = if let Some(rest) = word.strip_prefix('\'') {
        (Mode::Exact, rest)
    } else if let Some(rest) = word.strip_prefix('^') {
        (Mode::Prefix, rest)
    } else if let Some(rest) = word.strip_suffix('$').filter(|r| !r.is_empty()) {
        (Mode::Suffix, rest)
    } else if negated {
        // As in fzf, a negated term is an exact one.
        (Mode::Exact, word)
    } else {
        (Mode::Fuzzy, word)
    };
    (!body.is_empty()).then(|| Term::Text {
        pattern: Pattern::new(body),
        mode,
        field,
        negated,
    })
}

fn split_field(word: &str) -> (Option<&str>, &str) {
    for f in ["p", "t", "y", "l", "s", "at"] {
        if let Some(rest) = word.strip_prefix(f).and_then(|r| r.strip_prefix(':')) {
            return (Some(f), rest);
        }
    }
    (None, word)
}

fn parse_years(word: &str, negated: bool) -> Option<Term> {
    let (a, b) = word.split_once("..").unwrap_or((word, word));
    let from = a.parse().unwrap_or(0);
    let to = if b.is_empty() {
        u16::MAX
    } else {
        b.parse().ok()?
    };
    Some(Term::Years { from, to, negated })
}

fn parse_level(word: &str, negated: bool) -> Option<Term> {
    let w = transform(word, false, false);
    let level = [
        Level::Central,
        Level::Provincial,
        Level::District,
        Level::Commune,
    ]
    .into_iter()
    .find(|l| !w.is_empty() && l.as_str().starts_with(&w))?;
    Some(Term::Level { level, negated })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn only(q: &str) -> Term {
        let q = Query::parse(q);
        assert_eq!(q.groups.len(), 1);
        q.groups[0][0].clone()
    }

    #[test]
    fn forms_are_recognised() {
        let Term::Text {
            mode,
            negated,
            pattern,
            ..
        } = only("'dan")
        else {
            panic!()
        };
        assert_eq!(
            (mode, negated, pattern.text.as_str()),
            (Mode::Exact, false, "dan")
        );
        assert!(matches!(
            only("^le"),
            Term::Text {
                mode: Mode::Prefix,
                ..
            }
        ));
        assert!(matches!(
            only("hoai$"),
            Term::Text {
                mode: Mode::Suffix,
                ..
            }
        ));
        assert!(matches!(
            only("!nguyen"),
            Term::Text {
                mode: Mode::Exact,
                negated: true,
                ..
            }
        ));
        assert!(matches!(
            only("p:hoai"),
            Term::Text {
                field: Field::Person,
                ..
            }
        ));
        assert!(matches!(
            only("at:hai"),
            Term::Text {
                field: Field::Place,
                ..
            }
        ));
        assert_eq!(
            only("y:2020..2022"),
            Term::Years {
                from: 2020,
                to: 2022,
                negated: false
            }
        );
        assert_eq!(
            only("y:2021"),
            Term::Years {
                from: 2021,
                to: 2021,
                negated: false
            }
        );
        assert_eq!(
            only("l:prov"),
            Term::Level {
                level: Level::Provincial,
                negated: false
            }
        );
    }

    #[test]
    fn alternatives_and_conjunctions_group() {
        let q = Query::parse("a | b c");
        assert_eq!(q.groups.len(), 2);
        assert_eq!(q.groups[0].len(), 2);
        assert!(Query::parse("   ").is_empty());
    }

    #[test]
    fn smart_case_and_smart_accents() {
        let Term::Text { pattern, .. } = only("Hoài") else {
            panic!()
        };
        assert!(pattern.case_sensitive && pattern.accent_sensitive);
        assert_eq!(pattern.text, "Hoài");
        let Term::Text { pattern, .. } = only("Do") else {
            panic!()
        };
        assert!(pattern.case_sensitive && !pattern.accent_sensitive);
        let Term::Text { pattern, .. } = only("hoài") else {
            panic!()
        };
        assert!(!pattern.case_sensitive && pattern.accent_sensitive);
        let nfd: String = "hoài".nfd().collect();
        let Term::Text { pattern: p2, .. } = only(&nfd) else {
            panic!()
        };
        assert_eq!(p2, pattern);
    }
}
