//! Merging people across reports into officials, and titles into positions.

use super::fold::name_key;
use crate::model::{Appearance, Date, HeldTitle, Holder, Level, Official, Position, Report};
// Keys are our own texts, not an adversary's: a fast hash over DoS resistance.
use rustc_hash::FxHashMap as HashMap;

/// Officials and positions, kept up to date as reports arrive.
#[derive(Debug, Default)]
pub struct People {
    pub officials: Vec<Official>,
    pub positions: Vec<Position>,
    /// Name key → official, and each spelling met so far → official, so a
    /// spelling seen before costs one lookup instead of a new key.
    official_by_key: HashMap<String, usize>,
    official_by_spelling: HashMap<Box<str>, usize>,
    /// Title key → position, and each title spelling met so far → position.
    position_by_key: HashMap<String, usize>,
    position_by_spelling: HashMap<Box<str>, usize>,
    /// Per official: the places of their non-central reports.
    places: Vec<Vec<String>>,
    /// Per official: how many of its appearances are in date order.
    sorted: Vec<usize>,
    /// Per official: the date of its latest dated appearance.
    pub latest: Vec<Option<Date>>,
    /// Per official: the position of each of `titles`, in the same order.
    title_positions: Vec<Vec<usize>>,
    /// Per position: how many holders it had when last sorted.
    holders_sorted: Vec<usize>,
    /// (position, official) → index into that position's holders.
    holder_at: HashMap<(usize, usize), usize>,
    touched_positions: Vec<usize>,
}

impl People {
    /// Adds the people of report number `ri`; returns the officials touched.
    pub fn add(&mut self, ri: usize, report: &Report, touched: &mut Vec<usize>) {
        let date = report.date();
        for (mention, m) in report.officials.iter().enumerate() {
            let oi = self.official_for(&m.name);
            self.officials[oi].appearances.push(Appearance {
                report: ri,
                mention,
                date,
            });
            self.latest[oi] = self.latest[oi].max(date);
            for t in &m.titles {
                let pi = self.position_for(t);
                self.add_title(oi, pi, t, ri, date);
                self.add_holder(pi, oi, ri, date);
            }
            for r in &m.roles {
                if !self.officials[oi].roles.contains(r) {
                    self.officials[oi].roles.push(*r);
                }
            }
            if report.level.is_some_and(|l| l != Level::Central) {
                if let Some(place) = report.places.first() {
                    let seen = &mut self.places[oi];
                    if !seen.contains(place) {
                        seen.push(place.clone());
                    }
                    self.officials[oi].possibly_several = seen.len() > 1;
                }
            }
            touched.push(oi);
        }
    }

    fn official_for(&mut self, name: &str) -> usize {
        if let Some(&i) = self.official_by_spelling.get(name) {
            return i;
        }
        let key = name_key(name);
        let i = match self.official_by_key.get(&key) {
            Some(&i) => {
                let o = &mut self.officials[i];
                // Prefer the spelling with more capitals ("Lê Trí Vũ" over "Lê trí Vũ").
                if capitals(name) > capitals(&o.name) {
                    o.name = name.to_string();
                }
                i
            }
            None => {
                self.officials.push(Official {
                    name: name.to_string(),
                    titles: Vec::new(),
                    roles: Vec::new(),
                    appearances: Vec::new(),
                    possibly_several: false,
                });
                self.places.push(Vec::new());
                self.sorted.push(0);
                self.latest.push(None);
                self.title_positions.push(Vec::new());
                let i = self.officials.len() - 1;
                self.official_by_key.insert(key, i);
                i
            }
        };
        self.official_by_spelling.insert(name.into(), i);
        i
    }

    /// The position a title names, created on first sight; a new spelling
    /// with more capitals becomes its displayed title.
    fn position_for(&mut self, title: &str) -> usize {
        if let Some(&i) = self.position_by_spelling.get(title) {
            return i;
        }
        let key = name_key(title);
        let i = match self.position_by_key.get(&key) {
            Some(&i) => {
                let p = &mut self.positions[i];
                if capitals(title) > capitals(&p.title) {
                    p.title = title.to_string();
                }
                i
            }
            None => {
                self.positions.push(Position {
                    title: title.to_string(),
                    holders: Vec::new(),
                });
                self.holders_sorted.push(0);
                let i = self.positions.len() - 1;
                self.position_by_key.insert(key, i);
                i
            }
        };
        self.position_by_spelling.insert(title.into(), i);
        i
    }

    fn add_title(&mut self, oi: usize, pi: usize, title: &str, ri: usize, date: Option<Date>) {
        let o = &mut self.officials[oi];
        let held = &mut self.title_positions[oi];
        let i = held.iter().position(|&p| p == pi).unwrap_or_else(|| {
            held.push(pi);
            o.titles.push(HeldTitle {
                title: title.to_string(),
                reports: Vec::new(),
                from: None,
                to: None,
            });
            held.len() - 1
        });
        let h = &mut o.titles[i];
        if h.title != title && capitals(title) > capitals(&h.title) {
            h.title = title.to_string();
        }
        h.reports.push(ri);
        if let Some(d) = date {
            h.from = Some(h.from.map_or(d, |f| f.min(d)));
            h.to = Some(h.to.map_or(d, |t| t.max(d)));
        }
    }

    fn add_holder(&mut self, pi: usize, oi: usize, ri: usize, date: Option<Date>) {
        let p = &mut self.positions[pi];
        self.touched_positions.push(pi);
        match self.holder_at.get(&(pi, oi)).map(|&h| &mut p.holders[h]) {
            Some(h) => {
                h.reports.push(ri);
                if let Some(d) = date {
                    h.from = Some(h.from.map_or(d, |f| f.min(d)));
                    h.to = Some(h.to.map_or(d, |t| t.max(d)));
                }
            }
            None => {
                self.holder_at.insert((pi, oi), p.holders.len());
                p.holders.push(Holder {
                    official: oi,
                    from: date,
                    to: date,
                    reports: vec![ri],
                });
            }
        }
    }

    /// Keeps the appearances of the officials in `touched` near date order
    /// (see `settle`) and the holders of touched positions in order.
    pub fn finish(&mut self, touched: &mut Vec<usize>) {
        touched.sort_unstable();
        touched.dedup();
        for &oi in touched.iter() {
            // Sorting each time a batch adds a few would redo the whole list
            // each time: sort once the unsorted tail is as long as the rest,
            // and the last tail in `settle`.
            let unsorted = self.officials[oi].appearances.len() - self.sorted[oi];
            if unsorted >= self.sorted[oi] {
                self.sort_appearances(oi);
            }
        }
        let mut positions = std::mem::take(&mut self.touched_positions);
        positions.sort_unstable();
        positions.dedup();
        for pi in positions {
            // Likewise: a position's holders are re-sorted when their number
            // has doubled, and once more in `settle`.
            if self.positions[pi].holders.len() >= 2 * self.holders_sorted[pi] {
                self.sort_holders(pi);
            }
        }
    }

    fn sort_holders(&mut self, pi: usize) {
        let holders = &mut self.positions[pi].holders;
        self.holders_sorted[pi] = holders.len();
        if holders.is_sorted_by_key(|h| (h.from.is_none(), h.from)) {
            return;
        }
        holders.sort_by_key(|h| (h.from.is_none(), h.from));
        for (i, h) in holders.iter().enumerate() {
            self.holder_at.insert((pi, h.official), i);
        }
    }
}

impl People {
    /// Puts every official's appearances and every position's holders in
    /// date order, undated last (stable: equal dates keep arrival order).
    pub fn settle(&mut self) {
        for oi in 0..self.officials.len() {
            if self.sorted[oi] < self.officials[oi].appearances.len() {
                self.sort_appearances(oi);
            }
        }
        for pi in 0..self.positions.len() {
            self.sort_holders(pi);
        }
    }

    fn sort_appearances(&mut self, oi: usize) {
        let appearances = &mut self.officials[oi].appearances;
        appearances.sort_by_key(|a: &Appearance| (a.date.is_none(), a.date));
        self.sorted[oi] = appearances.len();
    }
}

fn capitals(s: &str) -> usize {
    s.chars().filter(|c| c.is_uppercase()).count()
}
