//! Regexes compiled once. A pattern that fails to compile is a bug: debug
//! builds (and so every test run) panic naming it, and each `LazyLock<Rx>`
//! static is compiled by a unit test (the source scan below checks that
//! none is left out). A release build degrades to "never matches" rather
//! than crash on a report.

use regex::{Captures, Regex};

/// A lazily compiled regex that degrades to "never matches" in release builds.
pub struct Rx(Option<Regex>);

impl Rx {
    /// Compiles `pattern`; panics in debug builds when it does not compile.
    pub fn new(pattern: &str) -> Rx {
        let compiled = Regex::new(pattern);
        if let Err(e) = &compiled {
            debug_assert!(false, "regex does not compile: {pattern}\n{e}");
        }
        Rx(compiled.ok())
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

    /// `captures` of the first match starting at byte `start` or later;
    /// `^`, `$` and word boundaries still see the whole of `s`. A caller
    /// that knows no match can start before `start` spares the engine
    /// the bytes before it.
    pub fn captures_at<'s>(&self, s: &'s str, start: usize) -> Option<Captures<'s>> {
        let r = self.0.as_ref()?;
        if !r.is_match_at(s, start) {
            return None;
        }
        r.captures_at(s, start)
    }

    /// All matches' captures.
    pub fn captures_iter<'r, 's>(&'r self, s: &'s str) -> impl Iterator<Item = Captures<'s>> + 'r
    where
        's: 'r,
    {
        self.0.iter().flat_map(move |r| r.captures_iter(s))
    }
}

#[cfg(test)]
mod tests {
    use regex::Regex;
    use std::path::{Path, PathBuf};

    fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                sources(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }

    /// Every `static NAME: LazyLock<Rx>` in `src/` is named in a
    /// `NAME.compiled()` assertion, and no regex is built anywhere else, so
    /// a pattern that does not compile cannot hide on a path no test takes.
    #[test]
    fn every_regex_static_is_compiled_by_a_test() {
        let mut files = Vec::new();
        sources(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut files,
        );
        let texts: Vec<(PathBuf, String)> = files
            .into_iter()
            .map(|f| {
                let t = std::fs::read_to_string(&f).unwrap();
                (f, t)
            })
            .collect();
        let all: String = texts.iter().map(|(_, t)| t.as_str()).collect();
        let decl =
            Regex::new(r"static\s+([A-Z][A-Z0-9_]*)\s*:\s*(?:std::sync::)?LazyLock<\s*Rx\s*>")
                .unwrap();
        let mut statics = Vec::new();
        let mut built = 0;
        for (file, text) in &texts {
            if file.ends_with("parse/rx.rs") {
                continue;
            }
            statics.extend(decl.captures_iter(text).map(|c| c[1].to_string()));
            built += text.matches("Rx::new(").count();
            assert!(
                !text.contains("Regex::new(") && !text.contains("RegexBuilder"),
                "{}: build regexes with `Rx` in a `LazyLock` static",
                file.display()
            );
        }
        assert!(
            statics.len() >= 10,
            "the scan finds the statics: {statics:?}"
        );
        assert_eq!(
            built,
            statics.len(),
            "every `Rx::new` sits in its own `static NAME: LazyLock<Rx>`"
        );
        let untested: Vec<&String> = statics
            .iter()
            .filter(|s| !all.contains(&format!("{s}.compiled()")))
            .collect();
        assert!(
            untested.is_empty(),
            "regexes no test compiles (add `assert!(NAME.compiled())`): {untested:?}"
        );
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "regex does not compile")]
    fn a_broken_pattern_fails_loudly_in_debug_builds() {
        let _ = super::Rx::new("(unclosed");
    }
}
