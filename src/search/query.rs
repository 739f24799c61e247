//! The query syntax, after fzf's extended mode, plus field filters.
//! Terms separated by spaces must all match; `a | b` is either.

use super::fold::{fold_char, fold_lower_char, has_accent, lower_char};
use crate::model::Level;
use unicode_normalization::UnicodeNormalization;

/// The syntax as `(form, meaning)` rows, for the help overlay and README.
pub static SYNTAX: &[(&str, &str)] = &[
    (
        "hoai",
        "fuzzy: titles, names, places, sources; all space-separated terms must match",
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
        "exact phrase, up to the next field or a closing ' ('dan alone: substring)",
    ),
    ("^le", "prefix: the name or title starts with it"),
    ("hoai$", "suffix: the name or title ends with it"),
    ("!nguyen", "negation: must not contain it"),
    ("a | b", "either term"),
    (
        "p:le tri",
        "reports naming a person; a field's value runs to the next field",
    ),
    (
        "at:\"hai phong\"",
        "place; quotes end a value (at:\"hai phong\" giao ban)",
    ),
    ("t:bi thu", "reports (or officials) with a title"),
    (
        "y:2021  y:2020..2022",
        "reports of a year or range of years",
    ),
    ("l:central", "level: central, provincial, district, commune"),
    ("s:baonghean", "source or author"),
    (
        "b:tiep xuc cu tri",
        "the report's text (slower: reads every report left by the other terms)",
    ),
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
    /// A report's text: read from the report itself, so slower.
    Body,
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
    let one = |c: char| {
        if !case_sensitive && !accent_sensitive {
            return fold_lower_char(c);
        }
        let c = if accent_sensitive { c } else { fold_char(c) };
        if case_sensitive {
            c
        } else {
            lower_char(c)
        }
    };
    // Report texts run to megabytes, mostly ASCII even in Vietnamese: runs
    // of ASCII are copied whole (and lower-cased in place), the rest char
    // by char.
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while !rest.is_empty() {
        let run = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        let start = out.len();
        out.push_str(&rest[..run]);
        if !case_sensitive {
            out[start..].make_ascii_lowercase();
        }
        rest = &rest[run..];
        let mut chars = rest.chars();
        if let Some(c) = chars.next() {
            out.push(one(c));
            rest = chars.as_str();
        }
    }
    out
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

impl Term {
    /// Whether the term searches report texts.
    pub fn reads_body(&self) -> bool {
        matches!(
            self,
            Term::Text {
                field: Field::Body,
                ..
            }
        )
    }
}

/// A parsed query: every group must match; a group matches when any of its terms does.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    pub groups: Vec<Vec<Term>>,
    /// What could not be read (a bad year, an unknown level), one short
    /// sentence each; such terms are left out.
    pub problems: Vec<String>,
}

impl Query {
    /// Parses the text typed in the filter. Never fails: odd input becomes
    /// fuzzy text, and values that cannot be read are named in `problems`.
    pub fn parse(text: &str) -> Query {
        let mut q = Query::default();
        let mut join_next = false;
        for word in words(text) {
            if word == "|" {
                join_next = !q.groups.is_empty();
                continue;
            }
            let term = match parse_term(&word) {
                Ok(Some(term)) => term,
                Ok(None) => continue,
                Err(problem) => {
                    q.problems.push(problem);
                    continue;
                }
            };
            match q.groups.last_mut() {
                Some(g) if join_next => g.push(term),
                _ => q.groups.push(vec![term]),
            }
            join_next = false;
        }
        // Body terms read report texts: checked last, after the cheap
        // terms have ruled most items out.
        q.groups.sort_by_key(|g| g.iter().any(Term::reads_body));
        q
    }

    /// Whether nothing was typed (everything matches).
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }
}

/// Splits the typed text into terms. Spaces separate terms, except that
/// a double-quoted value is one term (`at:"hai phong"`), and a field's
/// value or an exact phrase (`'dan van`) runs on over plain words up to
/// the next field, operator or closing `'`.
fn words(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut it = text.split_whitespace().peekable();
    while let Some(w) = it.next() {
        let mut term = w.to_string();
        let head = strip_head(w);
        if let Some(rest) = head.strip_prefix('"') {
            // A quoted value: up to the closing quote.
            let mut closed = rest.ends_with('"') && !rest.is_empty();
            while !closed {
                let Some(next) = it.next() else { break };
                term.push(' ');
                term.push_str(next);
                closed = next.ends_with('"');
            }
        } else if runs_on(w) {
            let closing = head.starts_with('\'');
            let mut closed = closing && head.len() > 1 && head.ends_with('\'');
            while !closed && it.peek().is_some_and(|n| continues(n)) {
                let Some(next) = it.next() else { break };
                term.push(' ');
                term.push_str(next);
                closed = closing && next.ends_with('\'');
            }
        }
        out.push(term);
    }
    out
}

/// A term without its `!` and field prefix.
fn strip_head(w: &str) -> &str {
    let w = w.strip_prefix('!').unwrap_or(w);
    split_field(w).1
}

/// Whether the value of term `w` takes in the plain words after it: a text
/// field's (`at:hai phong`) or an exact phrase (`'dan van`).
fn runs_on(w: &str) -> bool {
    let w = w.strip_prefix('!').unwrap_or(w);
    let (field, value) = split_field(w);
    match field {
        Some("y" | "l") => false,
        Some(_) => !value.is_empty(),
        None => value.starts_with('\'') && value.len() > 1,
    }
}

/// Whether `w` is a plain word that continues a running value.
fn continues(w: &str) -> bool {
    w != "|" && !w.starts_with(['!', '^', '\'', '"']) && split_field(w).0.is_none()
}

fn parse_term(word: &str) -> Result<Option<Term>, String> {
    let (negated, word) = match word.strip_prefix('!') {
        Some(rest) => (true, rest),
        None => (false, word),
    };
    let (field, word) = split_field(word);
    let word = unquote(word);
    match field {
        Some("y") => return parse_years(word, negated),
        Some("l") => return parse_level(word, negated),
        _ => {}
    }
    let field = match field {
        Some("p") => Field::Person,
        Some("t") => Field::Title,
        Some("s") => Field::Source,
        Some("at") => Field::Place,
        Some("b") => Field::Body,
        _ => Field::Any,
    };
    let (mode, body) = if let Some(rest) = word.strip_prefix('\'') {
        (Mode::Exact, rest.strip_suffix('\'').unwrap_or(rest))
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
    Ok((!body.is_empty()).then(|| Term::Text {
        pattern: Pattern::new(body),
        mode,
        field,
        negated,
    }))
}

/// `"value"` without its quotes (an unclosed one too, while it is typed).
fn unquote(w: &str) -> &str {
    match w.strip_prefix('"') {
        Some(rest) => rest.strip_suffix('"').unwrap_or(rest),
        None => w,
    }
}

fn split_field(word: &str) -> (Option<&str>, &str) {
    for f in ["p", "t", "y", "l", "s", "at", "b"] {
        if let Some(rest) = word.strip_prefix(f).and_then(|r| r.strip_prefix(':')) {
            return (Some(f), rest);
        }
    }
    (None, word)
}

fn parse_years(word: &str, negated: bool) -> Result<Option<Term>, String> {
    if word.is_empty() {
        return Ok(None);
    }
    let bad = || format!("y:{word}: a year is y:2021, a range y:2020..2022");
    let (a, b) = word.split_once("..").unwrap_or((word, word));
    let year = |s: &str, open: u16| -> Result<u16, String> {
        if s.is_empty() {
            Ok(open)
        } else {
            s.parse().map_err(|_| bad())
        }
    };
    let from = year(a, 0)?;
    let to = year(b, u16::MAX)?;
    if from > to {
        return Err(format!(
            "y:{word}: the range runs backwards (try y:{b}..{a})"
        ));
    }
    Ok(Some(Term::Years { from, to, negated }))
}

fn parse_level(word: &str, negated: bool) -> Result<Option<Term>, String> {
    if word.is_empty() {
        return Ok(None);
    }
    let w = transform(word, false, false);
    Level::ALL
        .into_iter()
        .find(|l| l.as_str().starts_with(&w))
        .map(|level| Some(Term::Level { level, negated }))
        .ok_or_else(|| format!("l:{word}: a level is central, provincial, district or commune"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transform_maps_char_for_char_in_every_mode() {
        let texts = [
            "",
            "ABC đĐ",
            "Ban Dân vận Tỉnh ủy TUYÊN QUANG “Dân vận khéo” – 2023",
            "Đỗ\u{301}x ß İ Σ ǅ tail",
            "ẤP",
        ];
        for t in texts {
            for (cs, acc) in [(false, false), (true, false), (false, true), (true, true)] {
                let slow: String = t
                    .chars()
                    .map(|c| {
                        let c = if acc { c } else { fold_char(c) };
                        if cs {
                            c
                        } else {
                            lower_char(c)
                        }
                    })
                    .collect();
                assert_eq!(transform(t, cs, acc), slow, "{t:?} {cs} {acc}");
                assert_eq!(transform(t, cs, acc).chars().count(), t.chars().count());
            }
        }
    }

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

    fn text_of(t: &Term) -> (&str, Mode, Field) {
        let Term::Text {
            pattern,
            mode,
            field,
            ..
        } = t
        else {
            panic!("{t:?}")
        };
        (pattern.text.as_str(), *mode, *field)
    }

    #[test]
    fn field_values_hold_spaces() {
        let q = Query::parse("at:\"hai phong\" giao");
        assert_eq!(q.groups.len(), 2);
        assert_eq!(
            text_of(&q.groups[0][0]),
            ("hai phong", Mode::Fuzzy, Field::Place)
        );
        assert_eq!(text_of(&q.groups[1][0]), ("giao", Mode::Fuzzy, Field::Any));
        let q = Query::parse("p:le tri t:bi thu | ^pho");
        assert_eq!(q.groups.len(), 2, "{q:?}");
        assert_eq!(
            text_of(&q.groups[0][0]),
            ("le tri", Mode::Fuzzy, Field::Person)
        );
        assert_eq!(
            text_of(&q.groups[1][0]),
            ("bi thu", Mode::Fuzzy, Field::Title)
        );
        assert_eq!(text_of(&q.groups[1][1]), ("pho", Mode::Prefix, Field::Any));
        let q = Query::parse("at:\"hai ph");
        assert_eq!(
            text_of(&q.groups[0][0]).0,
            "hai ph",
            "an open quote while typing"
        );
    }

    #[test]
    fn a_quote_opens_a_phrase_up_to_its_close() {
        let q = Query::parse("'dan van");
        assert_eq!(
            text_of(&q.groups[0][0]),
            ("dan van", Mode::Exact, Field::Any)
        );
        let q = Query::parse("'dan van' hoai !p:le");
        assert_eq!(q.groups.len(), 3);
        assert_eq!(
            text_of(&q.groups[0][0]),
            ("dan van", Mode::Exact, Field::Any)
        );
        assert_eq!(text_of(&q.groups[1][0]), ("hoai", Mode::Fuzzy, Field::Any));
    }

    #[test]
    fn bad_values_are_named_and_left_out() {
        for bad in ["y:abc", "y:2022..2020", "l:town"] {
            let q = Query::parse(&format!("{bad} hoai"));
            assert_eq!(q.groups.len(), 1, "{bad}");
            assert_eq!(q.problems.len(), 1, "{bad}");
            assert!(q.problems[0].starts_with(bad), "{}", q.problems[0]);
        }
        assert!(
            Query::parse("y: l:").problems.is_empty(),
            "nothing typed yet"
        );
        assert!(Query::parse("y:2020.. y:..2022").problems.is_empty());
    }
}
