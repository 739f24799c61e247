//! Search over the catalog: the officials and positions index, folded keys,
//! the query syntax and fuzzy scoring. No I/O, no terminal.

use crate::model::{Appearance, HeldTitle, LoadWarning, Official, Report};
use std::collections::HashMap;

/// All loaded reports with the officials and positions derived from them.
/// Vectors only grow: an index handed out stays valid after `add_reports`.
#[derive(Debug, Default)]
pub struct Catalog {
    pub reports: Vec<Report>,
    pub officials: Vec<Official>,
    pub positions: Vec<crate::model::Position>,
    pub warnings: Vec<LoadWarning>,
    official_by_key: HashMap<String, usize>,
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
        for report in batch {
            let ri = self.reports.len();
            for m in &report.officials {
                let key = m.name.to_lowercase();
                let oi = *self.official_by_key.entry(key).or_insert_with(|| {
                    self.officials.push(Official {
                        name: m.name.clone(),
                        titles: Vec::new(),
                        roles: Vec::new(),
                        appearances: Vec::new(),
                        possibly_several: false,
                    });
                    self.officials.len() - 1
                });
                let o = &mut self.officials[oi];
                o.appearances.push(Appearance {
                    report: ri,
                    date: report.date(),
                    titles: m.titles.clone(),
                    roles: m.roles.clone(),
                });
                let ai = o.appearances.len() - 1;
                for t in &m.titles {
                    match o.titles.iter_mut().find(|h| &h.title == t) {
                        Some(h) => h.appearances.push(ai),
                        None => o.titles.push(HeldTitle {
                            title: t.clone(),
                            appearances: vec![ai],
                        }),
                    }
                }
            }
            self.reports.push(report);
        }
    }
}

/// What a filter runs over.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Subject {
    Reports,
    Officials,
    Positions,
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
    query: String,
    hits: Vec<Hit>,
}

impl Filter {
    /// A filter with an empty query (everything matches, in catalog order).
    pub fn new(subject: Subject) -> Self {
        Filter {
            subject,
            query: String::new(),
            hits: Vec::new(),
        }
    }

    /// Sets the query text and recomputes the hits.
    pub fn set_query(&mut self, catalog: &Catalog, text: &str) {
        self.query = text.to_string();
        self.refresh(catalog);
    }

    /// Recomputes the hits after the catalog grew.
    pub fn refresh(&mut self, catalog: &Catalog) {
        let q = self.query.to_lowercase();
        let texts: Vec<String> = match self.subject {
            Subject::Reports => catalog
                .reports
                .iter()
                .map(|r| r.title.clone().unwrap_or_default())
                .collect(),
            Subject::Officials => catalog.officials.iter().map(|o| o.name.clone()).collect(),
            Subject::Positions => catalog.positions.iter().map(|p| p.title.clone()).collect(),
        };
        self.hits = texts
            .iter()
            .enumerate()
            .filter(|(_, t)| t.to_lowercase().contains(&q))
            .map(|(index, _)| Hit { index, score: 0 })
            .collect();
    }

    /// The current query text.
    pub fn query(&self) -> &str {
        &self.query
    }

    /// The ranked hits.
    pub fn hits(&self) -> &[Hit] {
        &self.hits
    }
}

/// Char indices of `text` that the query `query` matched, for highlighting.
pub fn highlight(query: &str, text: &str) -> Vec<usize> {
    let q = query.to_lowercase();
    if q.is_empty() {
        return Vec::new();
    }
    let lower = text.to_lowercase();
    match lower.find(&q) {
        Some(b) => {
            let start = lower[..b].chars().count();
            (start..start + q.chars().count()).collect()
        }
        None => Vec::new(),
    }
}

/// The query syntax, as `(form, meaning)` rows for the help overlay.
pub static SYNTAX_HELP: &[(&str, &str)] = &[
    ("word", "fuzzy match; all space-separated terms must match"),
    ("hoai", "without accents: matches any accents (Hoài, Hoái…)"),
    ("Hoài", "with accents or capitals: those must match exactly"),
];
