//! The orders of a filter's hits: each hit packed into one integer key
//! (score, reports, date, title rank, index) so that sorting and merging
//! compare integers, and the per-item ranks those keys are made from.

use super::{folded, Catalog, Filter, Hit, Order, Subject};
use rayon::prelude::*;

impl Filter {
    pub(super) fn sort(&mut self, catalog: &Catalog) {
        let n = catalog.len(self.subject);
        if self.order == Order::Title && self.title_rank.len() != n {
            self.title_rank = title_ranks(catalog, self.subject, n);
        }
        let mut hits = std::mem::take(&mut self.hits);
        if self.order == Order::Relevance && self.tie.rank.len() == n {
            self.hits = hits;
            self.sorted = 0;
            self.rank_first(catalog, usize::MAX);
            return;
        }
        self.keys = self.sort_hits(catalog, &mut hits);
        self.sorted = hits.len();
        self.hits = hits;
    }

    /// The relevance order's tie-breaks of every item (see `key`).
    pub(super) fn make_ties(&self, catalog: &Catalog) -> Ties {
        let n = catalog.len(self.subject).min(u32::MAX as usize);
        let mut keys: Vec<u128> = (0..n)
            .into_par_iter()
            .with_min_len(4096)
            .map(|index| self.key_in(catalog, Order::Relevance, Hit { index, score: 0 }))
            .collect();
        keys.par_sort_unstable();
        let order: Vec<u32> = keys.iter().map(|&k| k as u32).collect();
        let mut rank = vec![0; order.len()];
        for (pos, &i) in order.iter().enumerate() {
            rank[i as usize] = pos as u32;
        }
        Ties { rank, order }
    }

    /// Sorts `hits` by the filter's order on packed integer keys, which it
    /// returns (the title order's without its keys: they shift as items arrive).
    pub(super) fn sort_hits(&self, catalog: &Catalog, hits: &mut Vec<Hit>) -> Vec<u128> {
        if self.order == Order::Title && self.title_rank.len() < catalog.len(self.subject) {
            // Ranks not made yet (only `sort` makes them): by text, slowly.
            let s = self.subject;
            hits.par_sort_by_cached_key(|h| {
                (folded(catalog.label(s, h.index)), self.key(catalog, *h))
            });
            return Vec::new();
        }
        let mut keys: Vec<u128> = hits
            .par_iter()
            .with_min_len(4096)
            .map(|&h| self.key(catalog, h))
            .collect();
        keys.par_sort_unstable();
        hits.clear();
        hits.extend(keys.iter().map(|&k| self.hit_of(k)));
        if self.order == Order::Title {
            return Vec::new();
        }
        keys
    }

    /// The hit a key was made from (see `key`).
    pub(super) fn hit_of(&self, key: u128) -> Hit {
        let field = |n: u32| (key >> (32 * n)) as u32;
        let inverted_score = match self.order {
            Order::Relevance => field(3),
            Order::Newest | Order::Oldest | Order::Title => field(2),
        };
        Hit {
            index: field(0) as usize,
            score: i64::from(u32::MAX - inverted_score),
        }
    }

    /// Merges sorted `new` hits, with their keys, into the sorted hits.
    pub(super) fn merge(&mut self, catalog: &Catalog, new: Vec<Hit>, new_keys: Vec<u128>) {
        if new.is_empty() {
            return;
        }
        let old = std::mem::take(&mut self.hits);
        let mut old_keys = std::mem::take(&mut self.keys);
        if old_keys.len() != old.len() {
            old_keys = old
                .par_iter()
                .with_min_len(4096)
                .map(|&h| self.key(catalog, h))
                .collect();
        }
        let mut merged = Vec::with_capacity(old.len() + new.len());
        let mut keys = Vec::with_capacity(old.len() + new.len());
        let (mut i, mut j) = (0, 0);
        while i < old.len() && j < new.len() {
            if old_keys[i] <= new_keys[j] {
                merged.push(old[i]);
                keys.push(old_keys[i]);
                i += 1;
            } else {
                merged.push(new[j]);
                keys.push(new_keys[j]);
                j += 1;
            }
        }
        merged.extend_from_slice(&old[i..]);
        keys.extend_from_slice(&old_keys[i..]);
        merged.extend_from_slice(&new[j..]);
        keys.extend_from_slice(&new_keys[j..]);
        self.hits = merged;
        self.keys = keys;
    }

    /// A hit's place in the filter's order as one integer, smaller first:
    /// four 32-bit fields, the last the item's index as the final tie-break.
    /// Relevance: best score, then more reports, then newer. Newest and
    /// oldest: the date, then relevance; undated items go last either way.
    pub(super) fn key(&self, catalog: &Catalog, hit: Hit) -> u128 {
        self.key_in(catalog, self.order, hit)
    }

    /// `key` under `order`.
    pub(super) fn key_in(&self, catalog: &Catalog, order: Order, hit: Hit) -> u128 {
        let (count, date) = catalog.weight(self.subject, hit.index);
        let score = u32::MAX - hit.score.clamp(0, i64::from(u32::MAX)) as u32;
        let count = u32::MAX - count.min(u32::MAX as usize) as u32;
        // 0 for undated, then ascending with the date.
        let day = date.map_or(0, |d| {
            1 + ((u32::from(d.year) << 9) | (u32::from(d.month) << 5) | u32::from(d.day))
        });
        let (a, b, c) = match order {
            Order::Relevance => (score, count, !day),
            Order::Title => {
                let rank = self.title_rank.get(hit.index).copied().unwrap_or(u32::MAX);
                (rank, score, count)
            }
            Order::Newest => (!day, score, count),
            Order::Oldest => (if day == 0 { u32::MAX } else { day }, score, count),
        };
        let index = hit.index.min(u32::MAX as usize) as u128;
        (u128::from(a) << 96) | (u128::from(b) << 64) | (u128::from(c) << 32) | index
    }
}

/// The relevance order without the score: each item's rank by its
/// tie-breaks, and the items in that order.
#[derive(Debug, Default)]
pub(super) struct Ties {
    pub(super) rank: Vec<u32>,
    pub(super) order: Vec<u32>,
}

impl Ties {
    /// A hit's place in the relevance order, as `Filter::key` orders
    /// them, smaller first: by score, then by the tie-break rank.
    pub(super) fn key(&self, h: Hit) -> u64 {
        let score = u32::MAX - h.score.clamp(0, i64::from(u32::MAX)) as u32;
        (u64::from(score) << 32) | u64::from(self.rank[h.index])
    }

    /// The hit a key was made from (see `key`).
    pub(super) fn hit_of(&self, k: u64) -> Hit {
        Hit {
            index: self.order[k as u32 as usize] as usize,
            score: i64::from(u32::MAX - (k >> 32) as u32),
        }
    }
}

/// The given name (the last word) of a folded official's name; nothing
/// for other subjects.
fn given(officials: bool, f: &str) -> &str {
    if officials {
        f.rsplit(' ').next().unwrap_or("")
    } else {
        ""
    }
}

/// Each of the first `n` items' place in the title order, as the catalog
/// keeps it (made once per catalog, and saved with it).
pub(super) fn title_ranks(catalog: &Catalog, subject: Subject, n: usize) -> Vec<u32> {
    let cached = catalog.index().title_ranks(subject as usize, n, || {
        make_title_ranks(catalog, subject, n)
    });
    if cached.len() == n {
        return cached.to_vec();
    }
    make_title_ranks(catalog, subject, n)
}

/// Each of the first `n` items' place in the title order: reports and
/// positions by folded title; officials by given name (the last word),
/// then the whole name, as Vietnamese name lists are ordered.
fn make_title_ranks(catalog: &Catalog, subject: Subject, n: usize) -> Vec<u32> {
    let n = n.min(u32::MAX as usize);
    let hays = &catalog.index().hays[subject as usize];
    // A report's and an official's haystack holds its label folded
    // already; a position's holds its place too, so it is folded here.
    let own: Vec<std::borrow::Cow<str>> = (0..n)
        .into_par_iter()
        .with_min_len(4096)
        .map(|i| match subject {
            Subject::Positions => folded(catalog.label(subject, i)).into(),
            Subject::Reports | Subject::Officials => hays.get(i).main().into(),
        })
        .collect();
    let officials = subject == Subject::Officials;
    let mut order: Vec<u32> = (0..n as u32).collect();
    order.par_sort_unstable_by(|&a, &b| {
        let (fa, fb) = (&*own[a as usize], &*own[b as usize]);
        (given(officials, fa), fa, a).cmp(&(given(officials, fb), fb, b))
    });
    let mut rank = vec![0; order.len()];
    for (pos, &i) in order.iter().enumerate() {
        rank[i as usize] = pos as u32;
    }
    rank
}
