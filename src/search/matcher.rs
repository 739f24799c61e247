//! Scoring one query against one item's haystack, and highlight positions.
//! The shared texts a haystack names are scored once per query (`Tables`)
//! rather than once per item.

use super::haystacks::Haystack;
use super::query::{transform, Field, Mode, Pattern, Query, Term};
use super::strings::{letters, StrId, Strings};
use super::window::{fuzzy_window, window_rank};
use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;
use memchr::memmem;
use rayon::prelude::*;
use std::sync::atomic::{AtomicI32, Ordering::Relaxed};
use std::sync::Arc;

thread_local! {
    static MATCHER: SkimMatcherV2 = SkimMatcherV2::default().respect_case();
}

/// A shared text's score for one term, where it does not match.
const NO_MATCH: i32 = i32::MIN;

/// A shared text's entry in a term's scores before it was scored: only
/// the texts some scored item names are scored (see `Needed`).
const UNSCORED: i32 = i32::MIN + 1;

/// Which shared texts the items about to be scored name: those scores
/// must be made first. A few hundred officials name a few thousand of the
/// catalog's texts, so scoring only those spares a pass over all of them.
#[derive(Clone, Copy, Debug)]
pub enum Needed<'a> {
    /// Every shared text.
    All,
    /// The texts whose bit is set, one bit per `StrId` (none beyond the end).
    Only(&'a [u64]),
}

impl Needed<'_> {
    /// Whether text `id` is needed.
    fn has(self, id: usize) -> bool {
        match self {
            Needed::All => true,
            Needed::Only(bits) => bits.get(id / 64).is_some_and(|w| w >> (id % 64) & 1 != 0),
        }
    }
}

/// Each term of a query made ready for scoring many texts, in the order of
/// the query's terms: a searcher for its text, and its score for every
/// shared text, indexed by `StrId` (empty for terms that are not text).
/// Tables are cheap to clone: their scores are shared, so a filter keeps
/// those of the texts typed before for a return to them.
#[derive(Clone, Debug, Default)]
pub struct Tables {
    per_term: Vec<Prepared>,
}

#[derive(Clone, Debug, Default)]
struct Prepared {
    finder: Option<memmem::Finder<'static>>,
    /// The bytes a text must hold to match the term (see
    /// `strings::letters`); none for case- or accent-sensitive terms,
    /// which are not matched against folded texts.
    letters: u64,
    scores: Arc<Vec<i32>>,
    /// How many entries of `scores` are `UNSCORED`.
    unscored: usize,
    /// One bit per shared text, set where `scores` holds a match: a
    /// haystack's texts are tested against these few kilobytes (held in
    /// the nearest cache) and only the matching ones read their score.
    matched: Arc<Vec<u64>>,
    /// The table of a term this one extends (`ngu` for `nguy`), until
    /// every text is scored: a text it did not match cannot match this
    /// one, so only the texts it matched are scored.
    narrows: Option<Arc<Vec<i32>>>,
    /// The term's best score (`top_score`) and the best a fuzzy window
    /// in the own text can score, made with the searcher: they are read
    /// for every item scored.
    top: i64,
    window_top: i64,
}

/// The length of `old_term`'s pattern when every text `term` matches is
/// one `old_term` matches: the same mode and sensitivity, the text grown at
/// its end, and a mode where a shorter pattern matches wherever a longer one
/// does (not a suffix; the fuzzy window allows a fixed number of skips).
fn grown_from(term: &Term, old_term: &Term) -> Option<usize> {
    let ((a, ma), (b, mb)) = (text_term(old_term)?, text_term(term)?);
    let extends = ma == mb
        && *mb != Mode::Suffix
        && a.case_sensitive == b.case_sensitive
        && a.accent_sensitive == b.accent_sensitive
        && b.text.starts_with(&a.text);
    extends.then_some(a.text.len())
}

/// The pattern and mode of a text term (a table depends on nothing else).
fn text_term(term: &Term) -> Option<(&Pattern, &Mode)> {
    match term {
        Term::Text { pattern, mode, .. } => Some((pattern, mode)),
        _ => None,
    }
}

impl Tables {
    /// Empty tables for `query`, taking over from `old` (made for
    /// `old_query`) the scores of every term it had already: a table
    /// depends only on the term's pattern and mode, and the terms typed
    /// before the last one are usually unchanged.
    pub fn reusing(mut old: Tables, old_query: &Query, query: &Query) -> Tables {
        let mut olds: Vec<(&Term, Prepared)> = old_query
            .groups
            .iter()
            .flatten()
            .zip(old.per_term.drain(..))
            .collect();
        let per_term = query
            .groups
            .iter()
            .flatten()
            .map(|term| {
                let same = |t: &Term| text_term(t).is_some_and(|old| Some(old) == text_term(term));
                if let Some(at) = olds.iter().position(|(t, _)| same(t)) {
                    return olds.swap_remove(at).1;
                }
                // Else the longest term it grew from narrows it; a table
                // `extend` has not filled yet narrows from its own source.
                olds.iter()
                    .filter_map(|(t, p)| Some((grown_from(term, t)?, p)))
                    .max_by_key(|&(len, _)| len)
                    .map(|(_, old)| Prepared {
                        narrows: Some(Arc::clone(match &old.narrows {
                            Some(source) if old.scores.is_empty() => source,
                            _ => &old.scores,
                        })),
                        ..Prepared::default()
                    })
                    .unwrap_or_default()
            })
            .collect();
        Tables { per_term }
    }

    /// Each term's scores as where they are held (shared scores are held
    /// once) and how many there are.
    pub fn scores(&self) -> impl Iterator<Item = (*const Vec<i32>, usize)> + '_ {
        self.per_term
            .iter()
            .map(|p| (Arc::as_ptr(&p.scores), p.scores.len()))
    }

    /// Scores the shared texts added since the last call.
    pub fn extend(&mut self, query: &Query, strings: &Strings) {
        self.extend_for(query, strings, Needed::All);
    }

    /// Whether the scores of each of `query`'s text terms cover every
    /// shared text already.
    pub fn complete(&self, query: &Query, strings: &Strings) -> bool {
        let terms = query.groups.iter().flatten();
        self.per_term.len() == terms.clone().count()
            && terms.zip(&self.per_term).all(|(term, p)| {
                text_term(term).is_none()
                    || (p.finder.is_some() && p.unscored == 0 && p.scores.len() >= strings.len())
            })
    }

    /// Scores the `needed` shared texts not scored yet for each term.
    pub fn extend_for(&mut self, query: &Query, strings: &Strings, needed: Needed) {
        let terms: Vec<&Term> = query.groups.iter().flatten().collect();
        self.per_term.resize_with(terms.len(), Prepared::default);
        for (term, prepared) in terms.into_iter().zip(&mut self.per_term) {
            let Term::Text { pattern, mode, .. } = term else {
                continue;
            };
            let sensitive = pattern.case_sensitive || pattern.accent_sensitive;
            if prepared.finder.is_none() {
                prepared.finder = Some(memmem::Finder::new(pattern.text.as_bytes()).into_owned());
                prepared.letters = if sensitive { 0 } else { letters(&pattern.text) };
                prepared.top = top_score(pattern, *mode);
                prepared.window_top = 20 * pattern.text.chars().count() as i64 - 1;
            }
            // Cloned (a few bytes of searcher) so that the table can be filled.
            let Some(finder) = prepared.finder.clone() else {
                continue;
            };
            let finder = &finder;
            let letters_needed = prepared.letters;
            let narrows = prepared.narrows.clone();
            let score_of = |id: StrId| {
                if narrows.as_ref().and_then(|n| n.get(id as usize)) == Some(&NO_MATCH) {
                    return NO_MATCH;
                }
                if letters_needed & !strings.letters(id) != 0 {
                    return NO_MATCH;
                }
                let found = if sensitive {
                    let s = transform(
                        strings.raw(id),
                        pattern.case_sensitive,
                        pattern.accent_sensitive,
                    );
                    text_score(pattern, *mode, &s, finder)
                } else {
                    text_score(pattern, *mode, strings.folded(id), finder)
                };
                found.map_or(NO_MATCH, |s| s.clamp(0, i64::from(i32::MAX)) as i32)
            };
            if prepared.scores.is_empty() && matches!(needed, Needed::All) {
                // A new term over every text (a first letter, say): the
                // scores are made as the table, in place, on all cores.
                prepared.make_all(strings.len(), score_of);
                continue;
            }
            let ids = prepared.to_score(strings.len(), needed);
            if ids.is_empty() {
                continue;
            }
            let new: Vec<i32> = ids
                .par_iter()
                .with_min_len(2048)
                .map(|&id| score_of(id))
                .collect();
            prepared.fill(strings.len(), &ids, &new);
        }
    }
}

impl Prepared {
    /// The `needed` texts of the first `len` not scored yet, in order.
    fn to_score(&self, len: usize, needed: Needed) -> Vec<StrId> {
        let have = self.scores.len().min(len);
        let mut ids = Vec::new();
        if self.unscored > 0 {
            ids.extend(
                (0..have)
                    .filter(|&id| self.scores[id] == UNSCORED && needed.has(id))
                    .map(|id| id as StrId),
            );
        }
        ids.extend(
            (have..len)
                .filter(|&id| needed.has(id))
                .map(|id| id as StrId),
        );
        ids
    }

    /// Scores each of the first `len` texts with `score_of` into a new
    /// table, and marks the matching ones.
    fn make_all(&mut self, len: usize, score_of: impl Fn(StrId) -> i32 + Sync + Send) {
        let len = len.min(StrId::MAX as usize);
        let scores: Vec<i32> = (0..len as StrId)
            .into_par_iter()
            .with_min_len(2048)
            .map(score_of)
            .collect();
        let bits: Vec<u64> = scores
            .par_chunks(64)
            .with_min_len(64)
            .map(|chunk| {
                chunk
                    .iter()
                    .enumerate()
                    .filter(|&(_, &s)| s != NO_MATCH)
                    .fold(0, |word, (k, _)| word | 1 << k)
            })
            .collect();
        self.scores = Arc::new(scores);
        self.matched = Arc::new(bits);
        self.unscored = 0;
        self.narrows = None;
    }

    /// Writes the scores `new` of the texts `ids` and marks the matching
    /// ones, the first `len` texts all having an entry after.
    fn fill(&mut self, len: usize, ids: &[StrId], new: &[i32]) {
        let scores = Arc::make_mut(&mut self.scores);
        if scores.len() < len {
            self.unscored += len - scores.len();
            scores.resize(len, UNSCORED);
        }
        let bits = Arc::make_mut(&mut self.matched);
        bits.resize(len.div_ceil(64), 0);
        for (&id, &score) in ids.iter().zip(new) {
            let id = id as usize;
            scores[id] = score;
            if score != NO_MATCH {
                bits[id / 64] |= 1 << (id % 64);
            }
        }
        self.unscored -= ids.len();
        if self.unscored == 0 {
            // Every text is scored: the narrower table is no use any more.
            self.narrows = None;
        }
    }

    /// The best score among the shared texts `ids` that match the term.
    fn best_of(&self, ids: &[StrId]) -> Option<i32> {
        let (matched, scores) = (&self.matched[..], &self.scores[..]);
        // A matching text never scores `NO_MATCH`: it stands for none.
        let mut best = NO_MATCH;
        for &id in ids {
            let id = id as usize;
            let word = matched.get(id / 64).copied().unwrap_or(0);
            if word >> (id % 64) & 1 != 0 {
                if let Some(&score) = scores.get(id) {
                    best = best.max(score);
                }
            }
        }
        (best != NO_MATCH).then_some(best)
    }
}

/// What `score` reads of an item beyond its haystack, only when a term
/// needs it: the own text as displayed (case- or accent-sensitive terms)
/// and a report's text (`b:` terms).
pub struct Texts<'m, 'f> {
    pub main: &'f dyn Fn() -> &'m str,
    pub body: &'f dyn Fn() -> std::borrow::Cow<'m, str>,
}

/// The score of `hay` for `query`, or `None` when it does not match;
/// `tables` must come from the same query.
pub fn score(query: &Query, tables: &Tables, hay: Haystack<'_>, texts: &Texts) -> Option<i64> {
    score_from(query, tables, hay, texts, 0, 0, None).map(|(total, _)| total)
}

/// Each text term's score for each distinct own text of a subject's items,
/// made the first time an item of that text needs it while one query is
/// scored: reports share titles (a few hundred thousand among a million
/// reports), and searching a title, its fuzzy window above all, is most of
/// what scoring a report costs. Written from all cores, hence atomic: every
/// core that makes an entry makes the same one. Kept between queries for
/// its room, and made ready for each (see `ready`).
#[derive(Debug, Default)]
pub struct OwnScores {
    per_term: Vec<Vec<AtomicI32>>,
}

impl OwnScores {
    /// Forgets every score, with room for `terms` terms over `texts`
    /// distinct own texts.
    pub fn ready(&mut self, terms: usize, texts: usize) {
        self.per_term.resize_with(terms, Vec::new);
        for scores in &mut self.per_term {
            scores.clear();
            scores.resize_with(texts, || AtomicI32::new(UNSCORED));
        }
    }

    /// The score of term `t` for own text `id` (its `text_score`), made
    /// by `make` unless made already.
    fn get_or(&self, t: usize, id: u32, make: impl FnOnce() -> Option<i64>) -> Option<i64> {
        let Some(slot) = self.per_term.get(t).and_then(|s| s.get(id as usize)) else {
            return make();
        };
        match slot.load(Relaxed) {
            UNSCORED => {}
            NO_MATCH => return None,
            s => return Some(i64::from(s)),
        }
        let found = make();
        let kept = match found {
            None => Some(NO_MATCH),
            // Scores are a few hundred at most; one beyond the table's
            // range is made again each time rather than kept.
            Some(s) => i32::try_from(s).ok().filter(|&s| s > UNSCORED),
        };
        if let Some(kept) = kept {
            slot.store(kept, Relaxed);
        }
        found
    }
}

/// Where an item's own text is scored from: the query's `OwnScores` and
/// the number of the item's own text among the distinct ones.
#[derive(Clone, Copy)]
pub struct OwnText<'a> {
    pub scores: &'a OwnScores,
    pub id: u32,
}

/// The score of `hay` for the groups of `query` from `from` on, added to
/// `base` (what the groups before it scored), with the sum before the
/// last group; `None` when one of these groups does not match.
pub fn score_from(
    query: &Query,
    tables: &Tables,
    hay: Haystack<'_>,
    texts: &Texts,
    from: usize,
    base: i64,
    own: Option<OwnText>,
) -> Option<(i64, i64)> {
    let skip: usize = query.groups.iter().take(from).map(Vec::len).sum();
    let last = query.groups.len().saturating_sub(1);
    let (mut total, mut before_last) = (base, base);
    let mut tables = tables.per_term.iter().enumerate().skip(skip);
    for (g, group) in query.groups.iter().enumerate().skip(from) {
        if g == last {
            before_last = total;
        }
        let mut best = None;
        for term in group {
            let (t, prepared) = tables.next()?;
            let own = own.map(|o| (o, t));
            best = best.max(term_score(term, prepared, hay, texts, own));
        }
        total += best?;
    }
    Some((total, before_last))
}

/// A term's score for one haystack: `Some(0)` for a satisfied negation or
/// filter. With `own`, the own text's score is read from (or made into)
/// the scores of term number `own.1` for the item's own text.
fn term_score(
    term: &Term,
    prepared: &Prepared,
    hay: Haystack<'_>,
    texts: &Texts,
    own_scores: Option<(OwnText, usize)>,
) -> Option<i64> {
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
            let finder = prepared.finder.as_ref()?;
            let (own, full_slot, half) = match field {
                Field::Body => {
                    let body = (texts.body)();
                    let found = body_score(pattern, *mode, &body, finder, BODY_CHUNK);
                    return (found.is_some() != *negated).then(|| found.unwrap_or(0));
                }
                // Plain terms find the item's own text and everything
                // named in it: people first, then titles, sources and
                // places (the slots after the people's, at half weight).
                Field::Any => (true, 0, true),
                Field::Person => (false, 0, false),
                Field::Title => (false, 1, false),
                Field::Source => (false, 2, false),
                Field::Place => (false, 3, false),
            };
            // A title, source or place ranks below the own text and names:
            // at half its score, so at most half the term's best. Halving
            // keeps the order, so the best of all their texts, halved, is
            // the best of their halves.
            let in_half = || {
                half.then(|| prepared.best_of(hay.slots_from(1)))
                    .flatten()
                    .map(|best| i64::from(best / 2))
            };
            let top = prepared.top;
            // Names are few and their scores made already: one scoring the
            // term's best settles the item before its own text is read.
            let in_full = prepared.best_of(hay.slot(full_slot)).map(i64::from);
            match (in_full, negated) {
                (Some(_), true) => return None,
                (Some(s), false) if s == top => return Some(s),
                _ => {}
            }
            let sensitive = pattern.case_sensitive || pattern.accent_sensitive;
            let readable = own && prepared.letters & !hay.letters == 0;
            if let Some((memo, t)) = own_scores.filter(|_| readable && !sensitive) {
                // The own text's whole score, typed or else its window: the
                // window is read below only where it could decide, and
                // where it cannot it changes nothing (a negated term is
                // ruled out by any match, and names that outrank every
                // window stay the best).
                let in_own = memo.scores.get_or(t, memo.id, || {
                    text_score(pattern, *mode, hay.main(), finder)
                });
                let found = in_own.max(in_full);
                return match (found, negated) {
                    (Some(_), true) => None,
                    (Some(s), false) if s == top => Some(s),
                    (None, true) => in_half().is_none().then_some(0),
                    (found, false) => match found {
                        Some(s) if s >= top / 2 => found,
                        _ => found.max(in_half()),
                    },
                };
            }
            let own_text = readable.then(|| {
                if pattern.case_sensitive || pattern.accent_sensitive {
                    std::borrow::Cow::Owned(transform(
                        (texts.main)(),
                        pattern.case_sensitive,
                        pattern.accent_sensitive,
                    ))
                } else {
                    std::borrow::Cow::Borrowed(hay.main())
                }
            });
            let typed = own_text
                .as_deref()
                .and_then(|t| typed_score(pattern, *mode, t, finder));
            // Nothing else can outscore the own text's best.
            match (typed, negated) {
                (Some(_), true) => return None,
                (Some(s), false) if s == top => return Some(s),
                _ => {}
            }
            // The own text's fuzzy window, the costly part, ranks below 20
            // a letter: names scoring that already outrank it, and any match
            // rules out an item for a negated term. Half scores never
            // outrank it (10 a letter and 8), so they are read only when
            // they could still decide.
            let window_top = prepared.window_top;
            let outranked = if *negated {
                in_half().is_some()
            } else {
                in_full.is_some_and(|s| s >= window_top)
            };
            let in_own = if typed.is_none() && *mode == Mode::Fuzzy && !outranked {
                own_text.as_deref().and_then(|t| window_score(pattern, t))
            } else {
                typed
            };
            let found = in_own.max(in_full);
            let found = match found {
                Some(s) if s >= top / 2 => found,
                _ => found.max(in_half()),
            };
            match (found, negated) {
                (Some(s), false) => Some(s),
                (None, true) => Some(0),
                _ => None,
            }
        }
    }
}

/// Bytes of a report's text folded at a time while looking for a term.
const BODY_CHUNK: usize = 2048;

/// `text_score` of a report's text, folded a `chunk` at a time: a term
/// found as typed (most hits, and usually early on) stops the folding
/// there; the score is the same as for the whole text folded at once,
/// since folding is char for char and the first occurrence decides.
fn body_score(
    pattern: &Pattern,
    mode: Mode,
    body: &str,
    finder: &memmem::Finder,
    chunk: usize,
) -> Option<i64> {
    let fold = |s: &str| transform(s, pattern.case_sensitive, pattern.accent_sensitive);
    if !matches!(mode, Mode::Fuzzy | Mode::Exact) {
        return text_score(pattern, mode, &fold(body), finder);
    }
    let overlap = pattern.text.len().saturating_sub(1);
    let mut folded = String::with_capacity(body.len());
    let mut rest = body;
    while !rest.is_empty() {
        let mut cut = chunk.max(1).min(rest.len());
        while !rest.is_char_boundary(cut) {
            cut += 1;
        }
        // A match may begin in the part folded before.
        let from = folded.len().saturating_sub(overlap);
        folded.push_str(&fold(&rest[..cut]));
        rest = &rest[cut..];
        if let Some(at) = finder.find(&folded.as_bytes()[from..]) {
            let n = pattern.text.chars().count() as i64;
            return Some(match mode {
                Mode::Exact => 16 * n,
                _ => {
                    20 * n
                        + if starts_word(&folded, from + at) {
                            16
                        } else {
                            0
                        }
                }
            });
        }
    }
    text_score(pattern, mode, &folded, finder)
}

/// The best score `text_score` gives a term: found as typed at the start
/// of a word (fuzzy), found at all (the other modes).
fn top_score(pattern: &Pattern, mode: Mode) -> i64 {
    let n = pattern.text.chars().count() as i64;
    match mode {
        Mode::Fuzzy => 20 * n + 16,
        Mode::Exact | Mode::Prefix | Mode::Suffix => 16 * n,
    }
}

fn text_score(pattern: &Pattern, mode: Mode, hay: &str, finder: &memmem::Finder) -> Option<i64> {
    typed_score(pattern, mode, hay, finder).or_else(|| {
        // Otherwise the window decides the match and is ranked below any
        // hit of the term as typed.
        (mode == Mode::Fuzzy)
            .then(|| window_score(pattern, hay))
            .flatten()
    })
}

/// `text_score` of a term found as typed (every mode but the fuzzy
/// window, which ranks below it).
fn typed_score(pattern: &Pattern, mode: Mode, hay: &str, finder: &memmem::Finder) -> Option<i64> {
    let p = pattern.text.as_str();
    let n = p.chars().count() as i64;
    let exact_bonus = 16 * n;
    match mode {
        // Most hits contain the term as typed: 20 a letter, 16 more when
        // it starts a word.
        Mode::Fuzzy => finder
            .find(hay.as_bytes())
            .map(|b| 20 * n + if starts_word(hay, b) { 16 } else { 0 }),
        Mode::Exact => finder.find(hay.as_bytes()).map(|_| exact_bonus),
        Mode::Prefix => hay.starts_with(p).then_some(exact_bonus),
        Mode::Suffix => hay.ends_with(p).then_some(exact_bonus),
    }
}

/// A fuzzy term's score from its window in `hay`: 1 to 20 a letter less one.
fn window_score(pattern: &Pattern, hay: &str) -> Option<i64> {
    let p = pattern.text.as_str();
    let n = p.chars().count() as i64;
    let (from, to) = fuzzy_window(p, hay)?;
    let ranked = if p.is_ascii() {
        window_rank(
            p.as_bytes(),
            &hay.as_bytes()[from..to],
            starts_word(hay, from),
        )
    } else {
        MATCHER
            .with(|m| m.fuzzy_match(&hay[from..to], p))
            .unwrap_or(0)
    };
    Some(ranked.clamp(1, 20 * n - 1))
}

/// Whether a word starts at byte `at` of folded text.
fn starts_word(hay: &str, at: usize) -> bool {
    hay[..at]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric())
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
                // The letters the score came from: the term as typed, else
                // those the fuzzy scorer picks in its window.
                if let Some(b) = hay.find(p) {
                    let start = hay[..b].chars().count();
                    out.extend(start..start + n);
                } else if let Some((from, to)) = fuzzy_window(p, &hay) {
                    let offset = hay[..from].chars().count();
                    if let Some((_, idx)) = MATCHER.with(|m| m.fuzzy_indices(&hay[from..to], p)) {
                        out.extend(idx.into_iter().map(|i| i + offset));
                    }
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
#[path = "pruning_tests.rs"]
mod pruning_tests;

#[cfg(test)]
mod tests {
    use super::super::haystacks::{Haystacks, SLOTS};
    use super::super::window::fuzzy_window;
    use super::*;

    /// Whether `q` matches an item whose own text is `name`.
    fn matches(q: &str, name: &str) -> bool {
        let mut folded = String::new();
        super::super::fold::push_fold_lower(&mut folded, name);
        let mut hays = Haystacks::default();
        hays.push(&folded, [&[]; SLOTS], None, None);
        let hay = hays.get(0);
        let query = Query::parse(q);
        let mut tables = Tables::default();
        tables.extend(&query, &Strings::default());
        let texts = Texts {
            main: &|| name,
            body: &|| std::borrow::Cow::Borrowed("Ban Dân vận tiếp xúc cử tri"),
        };
        score(&query, &tables, hay, &texts).is_some()
    }

    #[test]
    fn shared_texts_match_through_their_slot() {
        let mut strings = Strings::default();
        let people = [strings.id("Bùi Thị Minh Hoài"), strings.id("Lê Trí Vũ")];
        let titles = [strings.id("Trưởng Ban Dân vận Tỉnh ủy")];
        let mut hays = Haystacks::default();
        hays.push("hoi nghi", [&people, &titles, &[], &[]], None, None);
        let hay = hays.get(0);
        let scored = |q: &str| {
            let query = Query::parse(q);
            let mut tables = Tables::default();
            tables.extend(&query, &strings);
            let texts = Texts {
                main: &|| "Hội nghị",
                body: &|| std::borrow::Cow::Borrowed(""),
            };
            score(&query, &tables, hay, &texts)
        };
        assert!(scored("hoai").is_some());
        assert!(scored("p:tri vu").is_some());
        assert!(scored("p:nghi").is_none(), "p: leaves the own text out");
        assert!(scored("t:truong t:dan").is_some());
        assert!(scored("truong").is_some(), "plain terms search titles too");
        assert!(scored("p:truong").is_none(), "p: searches names only");
        assert!(scored("Vũ").is_some());
        assert!(scored("!vu").is_none());
        assert!(scored("at:hoai").is_none());
    }

    #[test]
    fn a_body_folded_in_chunks_scores_as_one_folded_whole() {
        let body = "Sáng 12/3, Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban công tác dân vận \
                    quý I. Đồng chí Trưởng ban DÂN VẬN phát biểu; dân vận khéo, dan-van.";
        for q in [
            "dan van",
            "DÂN",
            "'dân vận",
            "'dan van",
            "giao ban",
            "dnvn",
            "quy i",
            "xyz",
            "khéo",
            "dan-van",
            "ban",
            "s",
        ] {
            let query = Query::parse(&format!("b:{q}"));
            let Some(Term::Text { pattern, mode, .. }) = query.groups[0].first() else {
                panic!("{q}");
            };
            let finder = memmem::Finder::new(pattern.text.as_bytes());
            let whole = text_score(
                pattern,
                *mode,
                &transform(body, pattern.case_sensitive, pattern.accent_sensitive),
                &finder,
            );
            for chunk in [1, 2, 3, 5, 7, 16, 64, 4096] {
                assert_eq!(
                    body_score(pattern, *mode, body, &finder, chunk),
                    whole,
                    "{q:?} in chunks of {chunk}"
                );
            }
        }
    }

    #[test]
    fn body_terms_read_the_text() {
        assert!(matches("b:tiep xuc", "Hội nghị"));
        assert!(matches("hoi b:'cu tri", "Hội nghị"));
        assert!(!matches("b:giao ban", "Hội nghị"));
        assert!(matches("!b:giao", "Hội nghị"));
        assert!(!matches("b:tiep xuc !hoi", "Hội nghị"));
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
        assert!(matches("gioban", long), "two letters left out");
        assert!(!matches("gban", long), "three letters left out");
        assert!(!matches("hnbt", long), "letters from four words");
        assert!(matches("Gioban", "Giao ban"), "case-sensitive, by chars");
        assert!(matches("giaơban", "giaơ ban"), "accent-sensitive, by chars");
        assert_eq!(fuzzy_window("ban", "x giao ban"), Some((7, 10)));
        assert_eq!(fuzzy_window("gb", "giao ban"), None);
        assert_eq!(fuzzy_window("gb", "giao gxb ban"), Some((5, 8)));
        assert_eq!(fuzzy_window("ơb", "giaơ ban"), Some((3, 7)));
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
        let text = "Hội nghị giao ban";
        let chars: Vec<char> = text.chars().collect();
        let pos = highlight_positions(&Query::parse("gioban"), text);
        let picked: String = pos.iter().map(|&i| chars[i]).collect();
        assert_eq!(picked, "gioban");
    }
}
