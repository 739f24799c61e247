//! Search over the catalog: the officials and positions index, folded keys,
//! the query syntax and fuzzy scoring. No I/O, no terminal.

pub use crate::text as fold;
mod haystacks;
mod index;
pub mod matcher;
mod order;
pub mod query;
mod select;
mod strings;
mod window;

pub use crate::catalog::Catalog;
use crate::model::{Date, OfficialId};
pub use index::Index;
use matcher::{score_from, Needed, OwnScores, OwnText, Tables};
use order::{title_ranks, Ties};
pub use query::{Query, SYNTAX};
use rayon::prelude::*;
use std::sync::atomic::{AtomicI64, Ordering::Relaxed};

/// The query syntax rows for the help overlay.
pub static SYNTAX_HELP: &[(&str, &str)] = SYNTAX;

impl Catalog {
    /// The display text an item is sorted by under `Order::Title`, and
    /// the own text of its haystack.
    fn label(&self, subject: Subject, i: usize) -> &str {
        match subject {
            Subject::Reports => self.reports()[i].title.as_deref().unwrap_or(""),
            Subject::Officials => &self.officials()[i].name,
            Subject::Positions => &self.positions()[i].title,
        }
    }

    fn len(&self, subject: Subject) -> usize {
        self.index().hays[subject as usize].len()
    }

    /// What orders hits after the score: the reports an item has (more
    /// first) and its latest date (newer first).
    fn weight(&self, subject: Subject, i: usize) -> (usize, Option<Date>) {
        match subject {
            Subject::Reports => (0, self.index().hays[0].date(i)),
            Subject::Officials => (
                self.officials()[i].appearances.len(),
                self.latest(OfficialId::new(i)),
            ),
            Subject::Positions => {
                let p = &self.positions()[i];
                (p.holders.len(), p.holders.iter().filter_map(|h| h.to).max())
            }
        }
    }
}

fn folded(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold::push_fold_lower(&mut out, s);
    out
}

/// What a filter runs over.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Subject {
    Reports = 0,
    Officials = 1,
    Positions = 2,
}

/// How hits are ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Order {
    /// Best score first (catalog order when the query is empty).
    #[default]
    Relevance,
    Newest,
    Oldest,
    Title,
}

/// One matching item: an index into the subject's catalog vector, and its score.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub index: usize,
    pub score: i64,
}

/// A live filter over one subject: the current query and its ranked hits.
#[derive(Debug)]
pub struct Filter {
    subject: Subject,
    text: String,
    query: Query,
    /// The query's scores for the catalog's shared texts.
    tables: Tables,
    hits: Vec<Hit>,
    /// How many of the first hits are in their final order; the rest all
    /// rank after them, in no particular order (see `rank_first`).
    sorted: usize,
    /// The order key of each hit, when known (see `key`).
    keys: Vec<u128>,
    /// Room for the relevance order's 64-bit keys, kept between queries.
    short_keys: Vec<u64>,
    /// Room for selecting the first hits without keying the rest.
    selection: select::Selection,
    /// How many items of the subject the hits account for.
    scanned: usize,
    order: Order,
    /// The texts typed before this one with their hits, oldest first, so
    /// that deleting back to one of them costs nothing. Cleared when the
    /// catalog grows or the order changes.
    earlier: Vec<Earlier>,
    /// Each item's place in the title order, made once per catalog size
    /// so that sorting by title compares integers, not folded text.
    title_rank: Vec<u32>,
    /// The relevance order's tie-breaks (more reports, then newer, then
    /// the item's index) as one rank per item, and the items by that rank,
    /// made once per catalog so that ranking compares 64-bit integers.
    /// Empty until made; forgotten when the catalog changes.
    tie: Ties,
    /// The bytes kept for earlier texts, when not the default (tests).
    earlier_budget: Option<usize>,
    /// Per item, what the hit scored for every group of the query but the
    /// last, so that a grown last word (or a new one) scores only that.
    /// Not noted for a query of one group, where it is nothing. Written
    /// by item from all cores while scoring, hence atomic (plain stores).
    partial: Vec<AtomicI64>,
    /// Whether `partial` holds that for every current hit.
    partial_ok: bool,
    /// Room kept for the items a keystroke scores, their scores, and
    /// the hits placed in item order (see `in_item_order`).
    candidates: Vec<(usize, i64)>,
    /// The hits with their scores in item order, as scoring left them,
    /// while they are the current hits: the candidates of a narrowing
    /// keystroke, without placing them in order again.
    by_item: Option<Vec<(usize, i64)>>,
    /// Room for the next `by_item`: the candidates' buffer, left over when
    /// a narrowing keystroke takes `by_item` as its candidates.
    spare: Vec<(usize, i64)>,
    /// Room for the shared texts the candidates name (see `Needed`).
    named: Vec<u64>,
    placed: Vec<Option<i64>>,
    /// Each item's own text (a report's folded title) as its number among
    /// the distinct ones, made with the tie-breaks; empty until made, and
    /// forgotten when the catalog changes.
    own_ids: Vec<u32>,
    /// How many distinct own texts `own_ids` numbers.
    own_count: usize,
    /// The current query's scores of those texts, made while scoring.
    own_scores: OwnScores,
    /// Whether `own_scores` is ready for the query being scored.
    own_ready: bool,
}

/// The items a keystroke scores, each with its score for the previous
/// query: every item (scored as new), or those listed.
#[derive(Clone, Copy)]
enum Items<'a> {
    All(usize),
    Listed(&'a [(usize, i64)]),
}

/// What `score` writes for an item that does not match: no sum of scores
/// comes near it.
const UNMATCHED: i64 = i64::MIN;

/// At least this many bytes are kept for earlier texts' hits and score
/// tables, whatever the catalog's size.
const EARLIER_BYTES: usize = 16 << 20;

/// And at least this many bytes per item of the subject: on a large
/// catalog the first letters match nearly every item, and a deleted letter
/// that finds its text forgotten scores every item again.
const EARLIER_BYTES_PER_ITEM: usize = 128;

/// A text typed before, as it was left: its hits (the first `sorted` in
/// order), its query and its score tables, which a deleted letter would
/// otherwise make again over every shared text.
#[derive(Debug)]
struct Earlier {
    text: String,
    hits: Held,
    sorted: usize,
    query: Query,
    tables: Tables,
}

/// An earlier text's hits as held: under the relevance order (with its
/// tie-breaks made), each as its 64-bit key (score and tie-break rank,
/// half the bytes of a `Hit`), which gives the hit back exactly while the
/// tie-breaks stay the same; as hits under the other orders.
#[derive(Debug)]
enum Held {
    Hits(Vec<Hit>),
    Keys(Vec<u64>),
}

impl Held {
    /// The bytes the hits take.
    fn bytes(&self) -> usize {
        match self {
            Held::Hits(hits) => hits.len() * std::mem::size_of::<Hit>(),
            Held::Keys(keys) => keys.len() * std::mem::size_of::<u64>(),
        }
    }
}

/// What `earlier` holds, in bytes: the hits, and each score table once
/// (texts typed one after another share the tables of their first words).
fn earlier_weight(earlier: &[Earlier]) -> usize {
    let mut seen = Vec::new();
    let mut total = 0;
    for e in earlier {
        total += e.hits.bytes();
        for (table, len) in e.tables.scores() {
            if !seen.contains(&table) {
                seen.push(table);
                total += len * std::mem::size_of::<i32>();
            }
        }
    }
    total
}

impl Filter {
    /// A filter with an empty query (everything matches).
    pub fn new(subject: Subject) -> Self {
        Filter {
            subject,
            text: String::new(),
            query: Query::default(),
            tables: Tables::default(),
            hits: Vec::new(),
            sorted: 0,
            keys: Vec::new(),
            short_keys: Vec::new(),
            selection: select::Selection::default(),
            scanned: 0,
            order: Order::Relevance,
            earlier: Vec::new(),
            title_rank: Vec::new(),
            tie: Ties::default(),
            earlier_budget: None,
            partial: Vec::new(),
            partial_ok: false,
            candidates: Vec::new(),
            by_item: None,
            spare: Vec::new(),
            named: Vec::new(),
            placed: Vec::new(),
            own_ids: Vec::new(),
            own_count: 0,
            own_scores: OwnScores::default(),
            own_ready: false,
        }
    }

    /// Keeps `bytes` for earlier texts, so that tests on small catalogs
    /// fill the budget too.
    #[cfg(test)]
    fn keep_earlier_bytes(&mut self, bytes: usize) {
        self.earlier_budget = Some(bytes);
    }

    /// Re-sorts the hits by `order`; later queries keep it.
    pub fn set_order(&mut self, catalog: &Catalog, order: Order) {
        self.order = order;
        self.earlier.clear();
        self.sort(catalog);
    }

    /// Forgets what depends on the items' numbering (title ranks, earlier
    /// hits, the shared texts' scores) after the catalog renumbered them;
    /// `refresh` then scores all.
    pub fn renumbered(&mut self) {
        self.title_rank.clear();
        self.tie = Ties::default();
        self.tables = Tables::default();
        self.partial_ok = false;
        self.by_item = None;
        self.earlier.clear();
        self.scanned = 0;
        self.own_ids.clear();
    }

    /// Makes the title order's ranks and the relevance order's tie-breaks
    /// now (after a load), so that the first switch to the title order and
    /// the first keystroke cost no more than the next ones.
    pub fn prepare_title_order(&mut self, catalog: &Catalog) {
        let n = catalog.len(self.subject);
        if self.title_rank.len() != n {
            self.title_rank = title_ranks(catalog, self.subject, n);
        }
        self.prepare_ties(catalog);
    }

    /// Makes the relevance order's tie-breaks, and the numbers of the
    /// items' own texts, unless they are current.
    fn prepare_ties(&mut self, catalog: &Catalog) {
        if self.tie.rank.len() != catalog.len(self.subject) {
            self.tie = self.make_ties(catalog);
            // Earlier hits held as keys read the tie-breaks they were made with.
            self.earlier.clear();
        }
        if self.own_ids.len() != catalog.len(self.subject) {
            (self.own_ids, self.own_count) =
                own_text_ids(&catalog.index().hays[self.subject as usize]);
        }
    }

    /// The current order.
    pub fn order(&self) -> Order {
        self.order
    }

    /// Sets the query text and recomputes the hits, narrowing the previous
    /// hits when the new text only extends the old one.
    pub fn set_query(&mut self, catalog: &Catalog, text: &str) {
        self.set_query_top(catalog, text, usize::MAX);
    }

    /// `set_query`, but only the first `first` hits are surely in order
    /// (see `sorted`): the rest are ordered when `rank_first` or
    /// `complete` asks for them. What a screen of rows needs costs a
    /// selection among the hits rather than a sort of them all.
    pub fn set_query_top(&mut self, catalog: &Catalog, text: &str, first: usize) {
        let n = catalog.len(self.subject);
        let current = self.scanned == n;
        if text == self.text && current {
            self.rank_first(catalog, first);
            return;
        }
        if let Some(at) = self.earlier.iter().position(|e| e.text == text) {
            if current {
                // Back to a text typed before: its hits are still right,
                // and so are its tables.
                let e = self.earlier.swap_remove(at);
                let mut hits = std::mem::take(&mut self.hits);
                self.unheld(e.hits, &mut hits);
                self.hits = hits;
                self.sorted = e.sorted;
                (self.query, self.tables) = (e.query, e.tables);
                self.partial_ok = false;
                self.by_item = None;
                self.keys.clear();
                self.earlier.truncate(at);
                self.set_text(catalog, text, Some(&[]));
                self.rank_first(catalog, first);
                return;
            }
        }
        if current && self.asks_the_same(text) {
            // A space after a word, say: the hits stay, kept for this text
            // too so that deleting back to either costs nothing.
            let (hits, sorted) = (self.hits.clone(), self.sorted);
            self.remember(catalog, text);
            (self.hits, self.sorted) = (hits, sorted);
            self.set_text(catalog, text, Some(&[]));
            self.rank_first(catalog, first);
            return;
        }
        // Negations, alternatives and suffixes can widen as they grow, and
        // so can a word that becomes a field (`at` to `at:h`) or a year or
        // level (`y:2` to `y:20`); a field's value that grows only narrows.
        let narrowing = current
            && !self.text.is_empty()
            && text.starts_with(&self.text)
            && !text.contains(['!', '|', '$'])
            && !text[self.text.len()..].contains(':')
            && !self
                .query
                .groups
                .iter()
                .flatten()
                .any(|t| matches!(t, query::Term::Years { .. } | query::Term::Level { .. }))
            && !text.contains("y:")
            && !text.contains("l:");
        // Kept between keystrokes: fresh buffers of this size would be
        // faulted in page by page on every key.
        let mut candidates = std::mem::take(&mut self.candidates);
        candidates.clear();
        // Every report is scored without listing them first.
        let all_reports = !narrowing && self.subject == Subject::Reports;
        if narrowing {
            // In item order, the haystacks are read front to back.
            match self.by_item.take() {
                Some(by_item) => self.spare = std::mem::replace(&mut candidates, by_item),
                None => in_item_order(&self.hits, n, &mut self.placed, &mut candidates),
            }
        } else if !all_reports {
            candidates.extend((0..n).map(|i| (i, 0)));
        }
        let old_groups = self.query.groups.len();
        let reusable = narrowing && self.partial_ok;
        let old_query = reusable.then(|| self.query.clone());
        if current {
            self.remember(catalog, text);
        }
        self.prepare_ties(catalog);
        // All reports name every shared text.
        let every = self.subject == Subject::Reports && (all_reports || candidates.len() == n);
        let items = if all_reports {
            Items::All(n)
        } else {
            Items::Listed(&candidates)
        };
        self.set_text(catalog, text, (!every).then_some(&candidates[..]));
        // The groups the old query had already are scored for every
        // candidate: only those after them are scored again.
        let shared = old_query.map_or(0, |old| {
            old.groups
                .iter()
                .zip(&self.query.groups)
                .take_while(|(a, b)| a == b)
                .count()
        });
        let from = shared.min(self.query.groups.len().saturating_sub(1));
        let mut by_item = match self.by_item.take() {
            Some(by_item) => by_item,
            None => std::mem::take(&mut self.spare),
        };
        self.ready_partial(n);
        self.ready_own_scores(n);
        if reusable && from == old_groups {
            // New groups after the old ones: the old total is the base.
            self.score(catalog, items, from, |_, total| total, &mut by_item);
        } else if reusable && from > 0 && from + 1 == old_groups {
            // The last group changed: what the others scored is the base.
            let partial = &self.partial;
            let base = |i: usize, _| partial.get(i).map_or(0, |p| p.load(Relaxed));
            self.score(catalog, items, from, base, &mut by_item);
        } else {
            self.score(catalog, items, 0, |_, _| 0, &mut by_item);
        }
        self.own_ready = false;
        self.keep_hits(by_item);
        self.candidates = candidates;
        self.partial_ok = true;
        self.scanned = n;
        self.sorted = 0;
        self.rank_first(catalog, first);
    }

    /// Whether `text` reads as the same query as the current text.
    fn asks_the_same(&self, text: &str) -> bool {
        text != self.text && Query::parse(text).groups == self.query.groups
    }

    /// How many of the first hits are surely in their final order.
    pub fn sorted(&self) -> usize {
        self.sorted
    }

    /// Puts at least the first `first` hits in their final order (all of
    /// them when that is most): under relevance, with the tie-breaks made,
    /// by selecting them among the unordered rest and sorting just those.
    pub fn rank_first(&mut self, catalog: &Catalog, first: usize) {
        let len = self.hits.len();
        if self.sorted >= first.min(len) {
            return;
        }
        if self.order != Order::Relevance || self.tie.rank.len() != catalog.len(self.subject) {
            self.sort(catalog);
            return;
        }
        let from = self.sorted.min(len);
        let want = first - from;
        if self
            .selection
            .first_in_order(&mut self.hits[from..], want, &self.tie)
        {
            self.sorted = first;
            self.keys.clear();
            return;
        }
        let mut keys = std::mem::take(&mut self.short_keys);
        keys.clear();
        keys.par_extend(
            self.hits[from..]
                .par_iter()
                .with_min_len(4096)
                .map(|h| self.tie.key(*h)),
        );
        if want < keys.len() {
            // Keys are unique (the tie-break rank is), so the selected
            // ones are exactly the first `want` of the full order.
            keys.select_nth_unstable(want);
            keys[..want].sort_unstable();
            self.sorted = first;
        } else {
            keys.par_sort_unstable();
            self.sorted = len;
        }
        for (slot, &k) in self.hits[from..].iter_mut().zip(&keys) {
            *slot = self.tie.hit_of(k);
        }
        self.short_keys = keys;
        self.keys.clear();
    }

    /// Puts every hit in its final order.
    pub fn complete(&mut self, catalog: &Catalog) {
        self.rank_first(catalog, usize::MAX);
    }

    /// Keeps the current text's hits for a later return to them, while
    /// `next` moves on; beyond the budget the oldest are dropped.
    fn remember(&mut self, catalog: &Catalog, next: &str) {
        if self.text == next {
            return;
        }
        // Held as keys, half the bytes of the hits, whenever the order
        // allows: a word typed on 100,000 reports leaves a dozen texts
        // behind it, most matching nearly every report, and these are
        // held while the next letters are scored. The pass over the hits
        // costs a fraction of a millisecond; scoring them costs tens.
        let mut hits = std::mem::take(&mut self.hits);
        let hits = match self.keys_of(catalog, &hits) {
            Some(keys) => {
                // The room stays for the next hits (see `keep_hits`).
                hits.clear();
                self.hits = hits;
                Held::Keys(keys)
            }
            None => Held::Hits(hits),
        };
        self.earlier.push(Earlier {
            text: std::mem::take(&mut self.text),
            hits,
            sorted: std::mem::take(&mut self.sorted),
            query: self.query.clone(),
            tables: self.tables.clone(),
        });
        let budget = self.earlier_budget.unwrap_or_else(|| {
            EARLIER_BYTES.max(EARLIER_BYTES_PER_ITEM * catalog.len(self.subject))
        });
        while earlier_weight(&self.earlier) > budget && !self.earlier.is_empty() {
            self.earlier.remove(0);
        }
    }

    /// `hits` as 64-bit keys, when the relevance order's tie-breaks are
    /// made for this catalog and every score fits a key.
    fn keys_of(&self, catalog: &Catalog, hits: &[Hit]) -> Option<Vec<u64>> {
        let tie = &self.tie;
        if self.order != Order::Relevance || tie.rank.len() != catalog.len(self.subject) {
            return None;
        }
        let fits = |h: &Hit| u32::try_from(h.score).is_ok() && h.index < tie.rank.len();
        if !hits.par_iter().with_min_len(4096).all(fits) {
            return None;
        }
        // Written in place: a list collected through a test per item would
        // be gathered in lists of each core's own first.
        let mut keys = Vec::with_capacity(hits.len());
        keys.par_extend(hits.par_iter().with_min_len(4096).map(|&h| tie.key(h)));
        Some(keys)
    }

    /// The hits an earlier text held, as they were, into `hits` (whose
    /// room is reused).
    fn unheld(&self, held: Held, hits: &mut Vec<Hit>) {
        match held {
            Held::Hits(held) => *hits = held,
            Held::Keys(keys) => {
                hits.clear();
                hits.par_extend(
                    keys.par_iter()
                        .with_min_len(4096)
                        .map(|&k| self.tie.hit_of(k)),
                );
            }
        }
    }

    /// Takes `text` as the query and makes its score tables: for the
    /// shared texts `items` name when given, else for all.
    fn set_text(&mut self, catalog: &Catalog, text: &str, items: Option<&[(usize, i64)]>) {
        self.text = text.to_string();
        let query = Query::parse(text);
        let old = std::mem::take(&mut self.tables);
        self.tables = Tables::reusing(old, &self.query, &query);
        self.query = query;
        let strings = &catalog.index().strings;
        let hays = &catalog.index().hays[self.subject as usize];
        match items {
            Some(items) if !self.tables.complete(&self.query, strings) => {
                if names_most(hays, items.len(), strings.len()) {
                    self.tables.extend(&self.query, strings);
                } else {
                    named_texts(hays, items, strings.len(), &mut self.named);
                    let needed = Needed::Only(&self.named);
                    self.tables.extend_for(&self.query, strings, needed);
                }
            }
            Some(_) => {}
            None => self.tables.extend(&self.query, strings),
        }
    }

    /// Brings the hits up to date after the catalog grew.
    pub fn refresh(&mut self, catalog: &Catalog) {
        // Merging new hits needs the old ones in order.
        self.complete(catalog);
        self.earlier.clear();
        self.by_item = None;
        // Counts, dates and own texts may have changed: the tie-breaks and
        // the own texts' numbers are made again when a load ends or at the
        // next query.
        self.tie = Ties::default();
        self.own_ids.clear();
        let n = catalog.len(self.subject);
        self.tables.extend(&self.query, &catalog.index().strings);
        if self.subject == Subject::Reports && self.order != Order::Title {
            // Reports never change once added: only the new ones need
            // scoring, and merging them into the ranked hits keeps the order.
            let new: Vec<(usize, i64)> = (self.scanned..n).map(|i| (i, 0)).collect();
            let mut found = Vec::new();
            self.ready_partial(n);
            self.score(catalog, Items::Listed(&new), 0, |_, _| 0, &mut found);
            let mut new: Vec<Hit> = found
                .into_iter()
                .map(|(index, score)| Hit { index, score })
                .collect();
            let keys = self.sort_hits(catalog, &mut new);
            self.merge(catalog, new, keys);
            self.sorted = self.hits.len();
        } else {
            let mut found = Vec::new();
            self.ready_partial(n);
            self.score(catalog, Items::All(n), 0, |_, _| 0, &mut found);
            self.keep_hits(found);
            self.partial_ok = true;
            self.sort(catalog);
        }
        self.scanned = n;
    }

    /// Makes `own_scores` ready for the query about to be scored, when the
    /// own texts of the `n` items are numbered.
    fn ready_own_scores(&mut self, n: usize) {
        self.own_ready = self.own_ids.len() == n;
        if self.own_ready {
            let terms = self.query.groups.iter().map(Vec::len).sum();
            self.own_scores.ready(terms, self.own_count);
        }
    }

    /// Makes room in `partial` for `n` items when the query has more than
    /// one group (see `score`).
    fn ready_partial(&mut self, n: usize) {
        if self.query.groups.len() > 1 && self.partial.len() < n {
            self.partial.resize_with(n, AtomicI64::default);
        }
    }

    /// Takes the matches `by_item`, in item order, as the hits, and keeps
    /// them as they are in `by_item` for the next narrowing keystroke.
    fn keep_hits(&mut self, by_item: Vec<(usize, i64)>) {
        // Into the room the last hits left, rather than freshly faulted pages.
        self.hits.clear();
        self.hits.par_extend(
            by_item
                .par_iter()
                .with_min_len(4096)
                .map(|&(index, score)| Hit { index, score }),
        );
        self.by_item = Some(by_item);
    }

    /// Scores `items` (with their score for the previous query) on the
    /// query's groups from `from` on, each added to `base` of the item and
    /// that score: into `out`, in the order of `items`, those that match
    /// with their score, noting in `partial` (made ready for a query of
    /// more than one group) what each scored before the last group.
    fn score(
        &self,
        catalog: &Catalog,
        items: Items,
        from: usize,
        base: impl Fn(usize, i64) -> i64 + Sync,
        out: &mut Vec<(usize, i64)>,
    ) {
        let s = self.subject;
        let hays = &catalog.index().hays[s as usize];
        out.clear();
        if self.query.is_empty() {
            match items {
                Items::All(n) => out.extend((0..n).map(|index| (index, 0))),
                Items::Listed(items) => out.extend(items.iter().map(|&(index, _)| (index, 0))),
            }
            return;
        }
        let partial = (self.query.groups.len() > 1).then_some(&self.partial[..]);
        let own_ids =
            (self.own_ready && self.own_ids.len() == hays.len()).then_some(&self.own_ids[..]);
        let own_scores = &self.own_scores;
        // Scoring is independent per item: spread it over the cores, each
        // writing its items' scores in place (`UNMATCHED` for the rest),
        // then the matches are kept in one pass. Filtering on the cores
        // would gather each core's matches in lists of their own, freed on
        // this thread: on every keystroke, megabytes the allocator holds on
        // to for the cores that made them.
        let one = |(index, previous): (usize, i64)| {
            // The displayed text is read only for case- or accent-
            // sensitive terms: reading every report costs a cache miss.
            let main = || catalog.label(s, index);
            let body = || match s {
                Subject::Reports => catalog.reports()[index].body.text(),
                _ => std::borrow::Cow::Borrowed(""),
            };
            let texts = matcher::Texts {
                main: &main,
                body: &body,
            };
            let base = base(index, previous);
            let own = own_ids.and_then(|ids| {
                Some(OwnText {
                    scores: own_scores,
                    id: *ids.get(index)?,
                })
            });
            let Some((score, before_last)) = score_from(
                &self.query,
                &self.tables,
                hays.get(index),
                &texts,
                from,
                base,
                own,
            ) else {
                return (index, UNMATCHED);
            };
            if let Some(p) = partial.and_then(|p| p.get(index)) {
                p.store(before_last, Relaxed);
            }
            (index, score)
        };
        match items {
            Items::All(n) => out.par_extend(
                (0..n)
                    .into_par_iter()
                    .with_min_len(4096)
                    .map(|index| one((index, 0))),
            ),
            Items::Listed(items) => {
                out.par_extend(items.par_iter().with_min_len(4096).map(|&item| one(item)));
            }
        }
        out.retain(|&(_, score)| score != UNMATCHED);
    }

    /// The current query text.
    pub fn query(&self) -> &str {
        &self.text
    }

    /// The hits, in their final order up to `sorted` (all of them after
    /// `set_query`, `set_order`, `refresh` or `complete`).
    pub fn hits(&self) -> &[Hit] {
        &self.hits
    }
}

/// Whether so many `items` of `hays` are about to be scored that scoring
/// each of the `strings` shared texts costs less than finding out which
/// ones they name: marking a named text costs a few nanoseconds, scoring
/// one (most are ruled out by their letters) a few times that. Narrowing
/// 100,000 reports by a letter names most of the texts anyway.
fn names_most(hays: &haystacks::Haystacks, items: usize, strings: usize) -> bool {
    /// What scoring a shared text costs, in marks of a named one.
    const SCORE_COST: usize = 4;
    let per_item = hays.named_count() / hays.len().max(1);
    items.saturating_mul(per_item) >= strings.saturating_mul(SCORE_COST)
}

/// Each item's own text as its number among the distinct own texts of
/// `hays` (numbered in order of first appearance), and how many there are.
fn own_text_ids(hays: &haystacks::Haystacks) -> (Vec<u32>, usize) {
    let mut numbers: rustc_hash::FxHashMap<&str, u32> = rustc_hash::FxHashMap::default();
    let ids = (0..hays.len())
        .map(|i| {
            let next = numbers.len() as u32;
            *numbers.entry(hays.get(i).main()).or_insert(next)
        })
        .collect();
    (ids, numbers.len())
}

/// Sets in `bits` the shared texts (of `len`) that `items` name, clearing
/// the rest.
fn named_texts(
    hays: &haystacks::Haystacks,
    items: &[(usize, i64)],
    len: usize,
    bits: &mut Vec<u64>,
) {
    bits.clear();
    bits.resize(len.div_ceil(64), 0);
    for &(i, _) in items {
        for &id in hays.get(i).texts() {
            let id = id as usize;
            if let Some(word) = bits.get_mut(id / 64) {
                *word |= 1 << (id % 64);
            }
        }
    }
}

/// `hits` (each item once) with their scores, in item order, into `out`:
/// many hits of `n` items are placed by index in one pass (in `placed`,
/// kept for the next time), rather than sorted.
fn in_item_order(
    hits: &[Hit],
    n: usize,
    placed: &mut Vec<Option<i64>>,
    out: &mut Vec<(usize, i64)>,
) {
    out.clear();
    if hits.len() < n / 16 {
        out.extend(hits.iter().map(|h| (h.index, h.score)));
        out.sort_unstable();
        return;
    }
    placed.clear();
    placed.resize(n, None);
    for h in hits {
        if let Some(s) = placed.get_mut(h.index) {
            *s = Some(h.score);
        }
    }
    out.extend(
        placed
            .iter()
            .enumerate()
            .filter_map(|(i, s)| Some((i, (*s)?))),
    );
}

#[cfg(test)]
mod equivalence_tests;
#[cfg(test)]
mod order_tests;

/// Char indices of `text` that the query `query` matched, for highlighting.
pub fn highlight(query: &str, text: &str) -> Vec<usize> {
    thread_local! {
        /// The rows of a screen are highlighted for one query: it is read
        /// once, not once a row.
        static PARSED: std::cell::RefCell<(String, Query)> =
            std::cell::RefCell::new((String::new(), Query::default()));
    }
    PARSED.with(|parsed| {
        let mut parsed = parsed.borrow_mut();
        if parsed.0 != query {
            *parsed = (query.to_string(), Query::parse(query));
        }
        matcher::highlight_positions(&parsed.1, text)
    })
}
