//! Merging people across reports into officials, and titles into positions.

use super::fold::name_key;
use crate::model::{Appearance, Date, HeldTitle, Holder, Level, Official, Position, Report};
use std::collections::HashMap;

/// Officials and positions, kept up to date as reports arrive.
#[derive(Debug, Default)]
pub struct People {
    pub officials: Vec<Official>,
    pub positions: Vec<Position>,
    official_by_key: HashMap<String, usize>,
    position_by_key: HashMap<String, usize>,
    /// Per official: the places of their non-central reports.
    places: Vec<Vec<String>>,
    /// (position, official) → index into that position's holders.
    holder_at: HashMap<(usize, usize), usize>,
    touched_positions: Vec<usize>,
}

impl People {
    /// Adds the people of report number `ri`; returns the officials touched.
    pub fn add(&mut self, ri: usize, report: &Report, touched: &mut Vec<usize>) {
        for m in &report.officials {
            let oi = self.official_for(&m.name);
            let date = report.date();
            let appearance = Appearance {
                report: ri,
                date,
                titles: m.titles.clone(),
                roles: m.roles.clone(),
            };
            insert_appearance(&mut self.officials[oi], appearance);
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
            for t in &m.titles {
                self.add_holder(t, oi, ri, date);
            }
            touched.push(oi);
        }
    }

    fn official_for(&mut self, name: &str) -> usize {
        let key = name_key(name);
        if let Some(&i) = self.official_by_key.get(&key) {
            let o = &mut self.officials[i];
            // Prefer the spelling with more capitals ("Lê Trí Vũ" over "Lê trí Vũ").
            if capitals(name) > capitals(&o.name) {
                o.name = name.to_string();
            }
            return i;
        }
        self.officials.push(Official {
            name: name.to_string(),
            titles: Vec::new(),
            roles: Vec::new(),
            appearances: Vec::new(),
            possibly_several: false,
        });
        self.places.push(Vec::new());
        self.official_by_key.insert(key, self.officials.len() - 1);
        self.officials.len() - 1
    }

    fn add_holder(&mut self, title: &str, oi: usize, ri: usize, date: Option<Date>) {
        let key = name_key(title);
        let pi = *self.position_by_key.entry(key).or_insert_with(|| {
            self.positions.push(Position {
                title: title.to_string(),
                holders: Vec::new(),
            });
            self.positions.len() - 1
        });
        let p = &mut self.positions[pi];
        if capitals(title) > capitals(&p.title) {
            p.title = title.to_string();
        }
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

    /// Rebuilds the title lists of the officials in `touched`.
    pub fn finish(&mut self, touched: &mut Vec<usize>) {
        touched.sort_unstable();
        touched.dedup();
        for &oi in touched.iter() {
            rebuild_titles(&mut self.officials[oi]);
        }
        let mut positions = std::mem::take(&mut self.touched_positions);
        positions.sort_unstable();
        positions.dedup();
        for pi in positions {
            let holders = &mut self.positions[pi].holders;
            holders.sort_by_key(|h| (h.from.is_none(), h.from));
            for (i, h) in holders.iter().enumerate() {
                self.holder_at.insert((pi, h.official), i);
            }
        }
    }
}

fn capitals(s: &str) -> usize {
    s.chars().filter(|c| c.is_uppercase()).count()
}

/// Inserts keeping appearances sorted by date, undated last.
fn insert_appearance(o: &mut Official, a: Appearance) {
    let key = |x: &Appearance| (x.date.is_none(), x.date);
    let at = o.appearances.partition_point(|x| key(x) <= key(&a));
    o.appearances.insert(at, a);
}

/// Titles held, merged by title key, each with the appearances showing it.
fn rebuild_titles(o: &mut Official) {
    let mut keys: Vec<String> = Vec::new();
    let mut titles: Vec<HeldTitle> = Vec::new();
    for (ai, a) in o.appearances.iter().enumerate() {
        for t in &a.titles {
            let k = name_key(t);
            match keys.iter().position(|x| *x == k) {
                Some(i) => titles[i].appearances.push(ai),
                None => {
                    keys.push(k);
                    titles.push(HeldTitle {
                        title: t.clone(),
                        appearances: vec![ai],
                    });
                }
            }
        }
    }
    o.titles = titles;
}
