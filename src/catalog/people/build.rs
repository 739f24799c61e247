//! Officials and positions built from decided mentions: an official's
//! appearances, held posts and name; a position's holders; and the tidying
//! `settle` ends with. Reads the identity state, decides nothing.

use super::{People, UNDECIDED};
use crate::model::{
    Appearance, HeldTitle, Holder, Official, OfficialId, Position, PositionId, Report, Role,
};

impl People {
    /// The official made of `members` (in canonical order).
    pub(super) fn build(
        &self,
        reports: &[Report],
        members: &[u32],
        positions: &[Position],
    ) -> Official {
        let mut o = empty_official();
        o.appearances.reserve_exact(members.len());
        // Each spelling: its hash, its first mention, how often written.
        let mut spellings: Vec<(u64, u32, usize)> = Vec::new();
        let mut roles = 0u8;
        for &m in members {
            let r = &self.mentions[m as usize];
            o.appearances.push(Appearance {
                report: r.report,
                mention: r.mention,
                date: r.date,
            });
            if r.full {
                match spellings.iter_mut().find(|s| s.0 == r.spelling) {
                    Some(s) => s.2 += 1,
                    None => spellings.push((r.spelling, m, 1)),
                }
            }
            roles |= r.roles;
            for &p in &r.positions {
                let at = match o.titles.iter().position(|t| t.position == p) {
                    Some(at) => at,
                    None => {
                        let pos = &positions[p.index()];
                        o.titles.push(HeldTitle {
                            title: pos.title.clone(),
                            place: pos.place.clone(),
                            position: p,
                            reports: Vec::new(),
                            from: None,
                            to: None,
                        });
                        if let Some(pl) = &pos.place {
                            if !o.jurisdictions.contains(pl) {
                                o.jurisdictions.push(pl.clone());
                            }
                        }
                        o.titles.len() - 1
                    }
                };
                let h = &mut o.titles[at];
                h.reports.push(r.report);
                if let Some(d) = r.date {
                    h.from = Some(h.from.map_or(d, |f| f.min(d)));
                    h.to = Some(h.to.map_or(d, |t| t.max(d)));
                }
            }
        }
        o.roles = [Role::Chair, Role::CoChair, Role::Attendee, Role::Speaker]
            .into_iter()
            .filter(|r| roles & 1 << (*r as u8) != 0)
            .collect();
        // Newest first, undated last; `members` are oldest first (stable).
        let undated = o
            .appearances
            .iter()
            .position(|a| a.date.is_none())
            .unwrap_or(o.appearances.len());
        o.appearances[..undated].reverse();
        reverse_equal_dates(&mut o.appearances[..undated]);
        let name_of = |m: u32| {
            let r = &self.mentions[m as usize];
            reports[r.report.index()].officials[r.mention as usize]
                .name
                .as_str()
        };
        o.name = spellings
            .iter()
            .map(|&(_, m, n)| (name_of(m), n))
            .max_by(|a, b| {
                let caps = |s: &str| s.chars().filter(|c| c.is_uppercase()).count();
                (caps(a.0), a.1, std::cmp::Reverse(a.0)).cmp(&(
                    caps(b.0),
                    b.1,
                    std::cmp::Reverse(b.0),
                ))
            })
            .map(|s| s.0.to_string())
            .unwrap_or_default();
        if o.name.is_empty() {
            if let Some(a) = o.appearances.first() {
                o.name = reports[a.report.index()].officials[a.mention as usize]
                    .name
                    .to_string();
            }
        }
        o
    }

    /// The holders of position `p`, made from its mentions.
    pub(super) fn holders(
        &self,
        reports: &[Report],
        officials: &[Official],
        p: PositionId,
    ) -> Vec<Holder> {
        let mut held: Vec<(OfficialId, u32)> = self.position_mentions[p.index()]
            .iter()
            .map(|&m| (self.official_of[m as usize], m))
            .collect();
        held.retain(|h| h.0 != UNDECIDED);
        held.sort_unstable_by_key(|&(o, m)| {
            let r = &self.mentions[m as usize];
            (o, r.date.is_none(), r.date, r.report)
        });

        let mut holders: Vec<Holder> = Vec::new();
        for (o, m) in held {
            let r = &self.mentions[m as usize];
            if holders.last().is_none_or(|h| h.official != o) {
                holders.push(Holder {
                    official: o,
                    from: None,
                    to: None,
                    reports: Vec::new(),
                });
            }
            if let Some(h) = holders.last_mut() {
                if h.reports.last() != Some(&r.report) {
                    h.reports.push(r.report);
                }
                if let Some(d) = r.date {
                    h.from = Some(h.from.map_or(d, |f| f.min(d)));
                    h.to = Some(h.to.map_or(d, |t| t.max(d)));
                }
            }
        }
        let first_file = |h: &Holder| h.reports.first().map(|r| reports[r.index()].file.as_str());
        holders.sort_by(|a, b| {
            (a.from.is_none(), a.from, a.to)
                .cmp(&(b.from.is_none(), b.from, b.to))
                .then_with(|| {
                    officials[a.official.index()]
                        .name
                        .cmp(&officials[b.official.index()].name)
                })
                .then_with(|| first_file(a).cmp(&first_file(b)))
        });
        holders
    }

    /// Copies each position's chosen spelling into the titles its holders
    /// hold, and drops officials whose mentions all moved to others.
    pub(super) fn tidy(
        &mut self,
        officials: &mut Vec<Official>,
        positions: &mut [Position],
    ) -> bool {
        for o in officials.iter_mut() {
            let mut places = Vec::new();
            for t in &mut o.titles {
                let p = &positions[t.position.index()];
                t.title.clone_from(&p.title);
                t.place.clone_from(&p.place);
                if let Some(pl) = &p.place {
                    if !places.contains(pl) {
                        places.push(pl.clone());
                    }
                }
            }
            o.jurisdictions = places;
        }
        if officials.iter().all(|o| !o.appearances.is_empty()) {
            return false;
        }
        // Renumber without the empty ones.
        let mut new_id = Vec::with_capacity(officials.len());
        let mut kept = Vec::with_capacity(officials.len());
        let mut latest = Vec::with_capacity(officials.len());
        for (i, o) in std::mem::take(officials).into_iter().enumerate() {
            if o.appearances.is_empty() {
                new_id.push(OfficialId(u32::MAX));
            } else {
                new_id.push(OfficialId::new(kept.len()));
                latest.push(self.latest[i]);
                kept.push(o);
            }
        }
        *officials = kept;
        self.latest = latest;
        for o in &mut self.official_of {
            if *o != UNDECIDED {
                *o = new_id[o.index()];
            }
        }
        for g in &mut self.groups {
            g.officials
                .retain(|o| new_id[o.index()] != OfficialId(u32::MAX));
            for o in &mut g.officials {
                *o = new_id[o.index()];
            }
        }
        for p in positions.iter_mut() {
            for h in &mut p.holders {
                h.official = new_id[h.official.index()];
            }
        }
        true
    }
}

/// Puts runs of equal dates back in file order after a reversal.
fn reverse_equal_dates(a: &mut [Appearance]) {
    let mut i = 0;
    while i < a.len() {
        let j = i + a[i..].iter().take_while(|x| x.date == a[i].date).count();
        a[i..j].reverse();
        i = j;
    }
}

pub(super) fn empty_official() -> Official {
    Official {
        name: String::new(),
        titles: Vec::new(),
        roles: Vec::new(),
        appearances: Vec::new(),
        jurisdictions: Vec::new(),
        namesakes: 0,
    }
}
