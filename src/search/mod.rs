//! Search over the catalog: the officials and positions index, folded keys,
//! the query syntax and fuzzy scoring. No I/O, no terminal.

pub mod fold;
mod index;
pub mod matcher;
pub mod query;

use crate::model::{LoadWarning, Official, Position, Report};
use index::People;
use matcher::{score, Haystack, ITEM_SEP};
pub use query::{Query, SYNTAX};
use std::cmp::Reverse;

/// The query syntax rows for the help overlay.
pub static SYNTAX_HELP: &[(&str, &str)] = SYNTAX;

/// All loaded reports with the officials and positions derived from them.
/// Vectors only grow: an index handed out stays valid after `add_reports`.
#[derive(Debug, Default)]
pub struct Catalog {
    pub reports: Vec<Report>,
    pub officials: Vec<Official>,
    pub positions: Vec<Position>,
    pub warnings: Vec<LoadWarning>,
    people: People,
    /// Searchable text per report, official and position, built once.
    hays: [Vec<Haystack>; 3],
}

impl Catalog {
    /// An empty catalog.
    pub fn new() -> Self {
        Self::default()
    }

    /// A catalog holding `reports`.
    pub fn from_reports(reports: Vec<Report>) -> Self {
        let mut c = Self::new();
        c.add_reports(reports);
        c
    }

    /// Appends a batch of reports and merges their people into the index.
    pub fn add_reports(&mut self, batch: Vec<Report>) {
        // The index works on its own vectors; they move in and out, never copied.
        self.people.officials = std::mem::take(&mut self.officials);
        self.people.positions = std::mem::take(&mut self.positions);
        let mut touched = Vec::new();
        for report in batch {
            let ri = self.reports.len();
            self.people.add(ri, &report, &mut touched);
            self.hays[0].push(report_haystack(&report));
            self.reports.push(report);
        }
        self.people.finish(&mut touched);
        self.officials = std::mem::take(&mut self.people.officials);
        self.positions = std::mem::take(&mut self.people.positions);
        self.hays[1].resize_with(self.officials.len(), Haystack::default);
        for oi in touched {
            self.hays[1][oi] = official_haystack(&self.officials[oi]);
        }
        // A position is searched by its title, which only changes its capitals.
        let first_new = self.hays[2].len();
        self.hays[2].extend(self.positions[first_new..].iter().map(position_haystack));
    }

    /// The display text an item is sorted by under `Order::Title`.
    fn label(&self, subject: Subject, i: usize) -> &str {
        match subject {
            Subject::Reports => self.reports[i].title.as_deref().unwrap_or(""),
            Subject::Officials => &self.officials[i].name,
            Subject::Positions => &self.positions[i].title,
        }
    }

    fn len(&self, subject: Subject) -> usize {
        self.hays[subject as usize].len()
    }

    /// Tie-break key after the score: what a reader expects first.
    fn rank(
        &self,
        subject: Subject,
        hit: Hit,
    ) -> (
        Reverse<i64>,
        Reverse<usize>,
        Reverse<Option<crate::model::Date>>,
        usize,
    ) {
        let i = hit.index;
        let (count, date) = match subject {
            Subject::Reports => (0, self.hays[0][i].date),
            Subject::Officials => {
                let o = &self.officials[i];
                (
                    o.appearances.len(),
                    o.appearances.iter().filter_map(|a| a.date).max(),
                )
            }
            Subject::Positions => {
                let p = &self.positions[i];
                (p.holders.len(), p.holders.iter().filter_map(|h| h.to).max())
            }
        };
        (Reverse(hit.score), Reverse(count), Reverse(date), i)
    }
}

fn join<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let mut s = String::new();
    for (i, item) in items.enumerate() {
        if i > 0 {
            s.push(ITEM_SEP);
        }
        s.push_str(item);
    }
    s
}

fn report_haystack(r: &Report) -> Haystack {
    let names = join(r.officials.iter().map(|m| m.name.as_str()));
    let titles = join(
        r.officials
            .iter()
            .flat_map(|m| m.titles.iter().map(String::as_str)),
    );
    let source = join(r.source.iter().chain(r.author.iter()).map(String::as_str));
    let places = join(r.places.iter().map(String::as_str));
    let title = r.title.as_deref().unwrap_or("");
    Haystack::new(
        [title, &names, &titles, &source, &places],
        r.date(),
        r.level,
    )
}

fn position_haystack(p: &Position) -> Haystack {
    Haystack::new([&p.title, "", &p.title, "", ""], None, None)
}

fn official_haystack(o: &Official) -> Haystack {
    let titles = join(o.titles.iter().map(|t| t.title.as_str()));
    let latest = o.appearances.iter().filter_map(|a| a.date).max();
    Haystack::new([&o.name, "", &titles, "", ""], latest, None)
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
    hits: Vec<Hit>,
    /// How many items of the subject the hits account for.
    scanned: usize,
    order: Order,
}

impl Filter {
    /// A filter with an empty query (everything matches).
    pub fn new(subject: Subject) -> Self {
        Filter {
            subject,
            text: String::new(),
            query: Query::default(),
            hits: Vec::new(),
            scanned: 0,
            order: Order::Relevance,
        }
    }

    /// Re-sorts the hits by `order`; later queries keep it.
    pub fn set_order(&mut self, catalog: &Catalog, order: Order) {
        self.order = order;
        self.sort(catalog);
    }

    /// The current order.
    pub fn order(&self) -> Order {
        self.order
    }

    /// Sets the query text and recomputes the hits, narrowing the previous
    /// hits when the new text only extends the old one.
    pub fn set_query(&mut self, catalog: &Catalog, text: &str) {
        if text == self.text && self.scanned == catalog.len(self.subject) {
            return;
        }
        // Negations, alternatives, suffixes and fields can widen as they grow.
        let narrowing = !self.text.is_empty()
            && text.starts_with(&self.text)
            && !text.contains(['!', '|', '$', ':'])
            && self.scanned == catalog.len(self.subject);
        self.text = text.to_string();
        self.query = Query::parse(text);
        let candidates: Vec<usize> = if narrowing {
            self.hits.iter().map(|h| h.index).collect()
        } else {
            (0..catalog.len(self.subject)).collect()
        };
        self.hits = self.score(catalog, candidates.into_iter());
        self.scanned = catalog.len(self.subject);
        self.sort(catalog);
    }

    /// Brings the hits up to date after the catalog grew.
    pub fn refresh(&mut self, catalog: &Catalog) {
        let n = catalog.len(self.subject);
        if self.subject == Subject::Reports {
            // Reports never change once added: only the new ones need scoring.
            let new = self.score(catalog, self.scanned..n);
            self.hits.extend(new);
        } else {
            self.hits = self.score(catalog, 0..n);
        }
        self.scanned = n;
        self.sort(catalog);
    }

    fn score(&self, catalog: &Catalog, items: impl Iterator<Item = usize>) -> Vec<Hit> {
        use rayon::prelude::*;
        let hays = &catalog.hays[self.subject as usize];
        if self.query.is_empty() {
            return items.map(|index| Hit { index, score: 0 }).collect();
        }
        // Scoring is independent per item: spread it over the cores.
        let items: Vec<usize> = items.collect();
        items
            .par_iter()
            .with_min_len(4096)
            .filter_map(|&index| score(&self.query, &hays[index]).map(|score| Hit { index, score }))
            .collect()
    }

    fn sort(&mut self, catalog: &Catalog) {
        let s = self.subject;
        rayon::slice::ParallelSliceMut::par_sort_unstable_by_key(&mut self.hits[..], |&h| {
            catalog.rank(s, h)
        });
        // Stable sorts over the relevance order keep it as the tie-break.
        let date = |h: &Hit| catalog.hays[s as usize][h.index].date;
        match self.order {
            Order::Relevance => {}
            Order::Newest => self.hits.sort_by_key(|h| Reverse(date(h))),
            // Undated items go last either way.
            Order::Oldest => self.hits.sort_by_key(|h| (date(h).is_none(), date(h))),
            Order::Title => self.hits.sort_by_cached_key(|h| {
                let mut key = String::new();
                fold::push_fold_lower(&mut key, catalog.label(s, h.index));
                key
            }),
        }
    }

    /// The current query text.
    pub fn query(&self) -> &str {
        &self.text
    }

    /// The ranked hits.
    pub fn hits(&self) -> &[Hit] {
        &self.hits
    }
}

#[cfg(test)]
mod order_tests;

/// Char indices of `text` that the query `query` matched, for highlighting.
pub fn highlight(query: &str, text: &str) -> Vec<usize> {
    matcher::highlight_positions(&Query::parse(query), text)
}
