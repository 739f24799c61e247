//! The search index over the catalog: each report's, official's and
//! position's haystack, over shared interned texts. Kept in step by the
//! catalog; read by `Filter`.

use super::haystacks::Haystacks;
use super::strings::{StrId, Strings};
use crate::model::{Official, OfficialId, Position, Report};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// Haystacks of the three subjects and the texts they share.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Index {
    /// Names, titles, sources and places, each held once for searching.
    pub(super) strings: Strings,
    /// Searchable text per report, official and position.
    pub(super) hays: [Haystacks; 3],
    /// Per subject, each item's place in the title order, made on first
    /// use and forgotten when the catalog changes (kept in a saved catalog).
    title_ranks: [RankCache; 3],
}

/// The title order's ranks of one subject, once made.
#[derive(Debug, Default)]
struct RankCache(OnceLock<Vec<u32>>);

impl Serialize for RankCache {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.get().serialize(s)
    }
}

impl<'de> Deserialize<'de> for RankCache {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<RankCache, D::Error> {
        let cache = RankCache::default();
        if let Some(ranks) = Option::<Vec<u32>>::deserialize(d)? {
            let _ = cache.0.set(ranks);
        }
        Ok(cache)
    }
}

impl Index {
    /// How many reports, officials and positions have a haystack.
    pub fn counts(&self) -> [usize; 3] {
        [self.hays[0].len(), self.hays[1].len(), self.hays[2].len()]
    }

    /// The title order's ranks of `subject`'s `n` items, made by `make`
    /// unless made already for this catalog.
    pub(super) fn title_ranks(
        &self,
        subject: usize,
        n: usize,
        make: impl FnOnce() -> Vec<u32>,
    ) -> &[u32] {
        let cache = &self.title_ranks[subject].0;
        match cache.get() {
            Some(r) if r.len() == n => r,
            Some(_) => &[],
            None => cache.get_or_init(make),
        }
    }

    /// Forgets the title orders: items were added or changed.
    fn changed(&mut self) {
        self.title_ranks = Default::default();
    }

    /// Adds the haystacks of newly added reports.
    pub fn add_reports(&mut self, reports: &[Report]) {
        self.changed();
        // Folding the titles is the costly part of a haystack: on all cores.
        let titles: Vec<String> = reports
            .par_iter()
            .with_min_len(256)
            .map(|r| super::folded(r.title.as_deref().unwrap_or("")))
            .collect();
        for (r, title) in reports.iter().zip(titles) {
            push_report(&mut self.hays[0], &mut self.strings, r, &title);
        }
    }

    /// Brings the officials' haystacks up to date after `touched` changed.
    pub fn update_officials(&mut self, officials: &[Official], touched: &[OfficialId]) {
        if !touched.is_empty() || officials.len() != self.hays[1].len() {
            self.changed();
        }
        let known = self.hays[1].len().min(officials.len());
        self.hays[1].truncate(known);
        let new = (known..officials.len()).map(OfficialId::new);
        for id in touched
            .iter()
            .copied()
            .filter(|id| id.index() < known)
            .chain(new)
        {
            let o = &officials[id.index()];
            let name = self.strings.id(&o.name);
            let titles: Vec<StrId> = o.titles.iter().map(|t| self.strings.id(&t.title)).collect();
            let places: Vec<StrId> = o.jurisdictions.iter().map(|p| self.strings.id(p)).collect();
            let latest = o.appearances.iter().filter_map(|a| a.date).max();
            let folded_name = self.strings.folded(name);
            // Only the officials a batch changed get a new haystack.
            self.hays[1].set(
                id.index(),
                folded_name,
                [&[name], &titles, &[], &places],
                latest,
                None,
            );
        }
    }

    /// Makes every official's haystack again (after a renumbering).
    pub fn rebuild_officials(&mut self, officials: &[Official]) {
        self.hays[1].clear();
        let all: Vec<OfficialId> = (0..officials.len()).map(OfficialId::new).collect();
        self.update_officials(officials, &all);
    }

    /// Adds the haystacks of new positions: a position is searched by its
    /// post and its place.
    pub fn update_positions(&mut self, positions: &[Position]) {
        if positions.len() != self.hays[2].len() {
            self.changed();
        }
        for p in &positions[self.hays[2].len()..] {
            let title = [self.strings.id(&p.title)];
            let place: Vec<StrId> = p.place.iter().map(|pl| self.strings.id(pl)).collect();
            let main = match &p.place {
                Some(pl) => format!("{} {pl}", p.title),
                None => p.title.clone(),
            };
            self.hays[2].push(
                &super::folded(&main),
                [&[], &title, &[], &place],
                None,
                p.level,
            );
        }
    }
}

fn push_report(hays: &mut Haystacks, strings: &mut Strings, r: &Report, title: &str) {
    // A private person's name finds the report too, as the officials' do.
    let names: Vec<StrId> = r
        .officials
        .iter()
        .chain(&r.people)
        .map(|m| strings.id(&m.name))
        .collect();
    let titles: Vec<StrId> = r
        .officials
        .iter()
        .flat_map(|m| &m.titles)
        .map(|t| strings.id(t))
        .collect();
    let source: Vec<StrId> = r
        .source
        .iter()
        .chain(&r.author)
        .map(|s| strings.id(s))
        .collect();
    let places: Vec<StrId> = r.places.iter().map(|p| strings.id(p)).collect();
    hays.push(
        title,
        [&names, &titles, &source, &places],
        r.date(),
        r.level,
    );
}
