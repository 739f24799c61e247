//! Officials and positions kept up to date as reports arrive. Each batch
//! resolves its mentions (see `resolve`), files them under their name and
//! their positions, and re-decides the identities of the names it touched
//! (see `identity`) from all their mentions, in a canonical order: the
//! result is the same whatever order and batch sizes the reports came in.

use super::identity::{cluster, Evidence};
use super::jurisdiction::place_key;
use super::resolve::Resolved;
use crate::model::{Date, Official, OfficialId, Position, PositionId, Report, ReportId};
// Keys are our own texts, not an adversary's: a fast hash over DoS resistance.
use rustc_hash::FxHashMap as HashMap;
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;

/// One mention of a person in one report.
// Four independent facts about the mention, read by identity rules one at
// a time: flags, not states.
#[allow(clippy::struct_excessive_bools)]
#[derive(Debug, Serialize, Deserialize)]
struct MentionRec {
    report: ReportId,
    mention: u32,
    date: Option<Date>,
    anchors: Box<[u32]>,
    central: bool,
    leader: bool,
    district_only: bool,
    context: Option<u32>,
    positions: Box<[PositionId]>,
    /// Whether the mention's own name is the group's (not a short form).
    full: bool,
}

/// The mentions of one name key and the officials they make.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Group {
    mentions: Vec<u32>,
    officials: Vec<OfficialId>,
    /// How many mentions the group had when last decided.
    decided: usize,
}

/// Identity state behind the catalog's officials and positions.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct People {
    mentions: Vec<MentionRec>,
    official_of: Vec<OfficialId>,
    groups: Vec<Group>,
    group_by_key: HashMap<String, u32>,
    provinces: HashMap<String, u32>,
    position_by_key: HashMap<(String, Option<String>), PositionId>,
    position_mentions: Vec<Vec<u32>>,
    /// Per position: each spelling of its post and how often it is written.
    spellings: Vec<Vec<(Box<str>, u32)>>,
    /// Per position: how many mentions it had when its holders were built.
    built: Vec<usize>,
    /// Positions whose holders wait for `settle`.
    stale_positions: Vec<PositionId>,
    /// Per official: the date of its latest dated appearance.
    pub latest: Vec<Option<Date>>,
    /// Per report: its first mention's number.
    first_mention: Vec<u32>,
}

/// What a batch changed.
#[derive(Debug, Default)]
pub struct Touched {
    pub officials: Vec<OfficialId>,
    pub positions: Vec<PositionId>,
    /// Whether officials were renumbered (their ids changed).
    pub renumbered: bool,
}

/// A mention not decided yet (its name waits for `settle`).
const UNDECIDED: OfficialId = OfficialId(u32::MAX);

/// The order mentions are decided in: by date (undated last), file, place in the file.
fn canonical(reports: &[Report], a: &MentionRec, b: &MentionRec) -> Ordering {
    (a.date.is_none(), a.date)
        .cmp(&(b.date.is_none(), b.date))
        .then_with(|| {
            reports[a.report.index()]
                .file
                .cmp(&reports[b.report.index()].file)
        })
        .then(a.mention.cmp(&b.mention))
}

/// The better of two spellings: more capitals, then the smaller text.
fn better(a: &str, b: &str) -> bool {
    let caps = |s: &str| s.chars().filter(|c| c.is_uppercase()).count();
    (caps(a), std::cmp::Reverse(a)) > (caps(b), std::cmp::Reverse(b))
}

impl People {
    /// How many reports' mentions are filed.
    pub fn report_count(&self) -> usize {
        self.first_mention.len()
    }

    /// Files the resolved mentions of the reports from `first` on.
    pub fn add(
        &mut self,
        reports: &[Report],
        first: usize,
        resolved: Vec<Vec<Resolved>>,
        officials: &mut Vec<Official>,
        positions: &mut Vec<Position>,
    ) -> Touched {
        let mut groups = Vec::new();
        let mut touched_positions = Vec::new();
        for (ri, mentions) in (first..).zip(resolved) {
            let report = &reports[ri];
            self.first_mention
                .push(u32::try_from(self.mentions.len()).unwrap_or(u32::MAX));
            for (mi, res) in mentions.into_iter().enumerate() {
                let mid = u32::try_from(self.mentions.len()).unwrap_or(u32::MAX);
                let full = res.full;
                let group = self.group_of(res.key);
                let mut pos = Vec::with_capacity(res.held.len());
                for h in res.held {
                    let pid = self.position_for(positions, h);
                    self.position_mentions[pid.index()].push(mid);
                    touched_positions.push(pid);
                    if !pos.contains(&pid) {
                        pos.push(pid);
                    }
                }
                let anchors: Box<[u32]> = res.anchors.iter().map(|p| self.province_id(p)).collect();
                let context = res.context.map(|p| self.province_id(p));
                self.mentions.push(MentionRec {
                    report: ReportId::new(ri),
                    mention: u32::try_from(mi).unwrap_or(u32::MAX),
                    date: report.date(),
                    anchors,
                    central: res.central,
                    leader: res.leader,
                    district_only: !res.anchors.is_empty()
                        && res.anchors.iter().all(|a| a.starts_with('@')),
                    context,
                    positions: pos.into_boxed_slice(),
                    full,
                });
                self.official_of.push(UNDECIDED);
                self.groups[group as usize].mentions.push(mid);
                groups.push(group);
            }
        }
        groups.sort_unstable();
        groups.dedup();
        let mut touched = Touched::default();
        for g in groups {
            // Deciding a name again each batch would redo its whole history
            // each time: a name is decided again once its mentions doubled,
            // and for the last time in `settle`.
            let group = &self.groups[g as usize];
            if group.mentions.len() >= 2 * group.decided {
                self.decide(reports, g, officials, positions, &mut touched);
            }
        }
        touched_positions.clear();
        std::mem::swap(&mut touched_positions, &mut touched.positions);
        self.rebuild_holders(reports, officials, positions, touched_positions, false);
        touched
    }

    /// Rebuilds the holders of `changed` positions: now when their
    /// mentions doubled since last built (or `all`), else in `settle`.
    fn rebuild_holders(
        &mut self,
        reports: &[Report],
        officials: &[Official],
        positions: &mut [Position],
        mut changed: Vec<PositionId>,
        all: bool,
    ) {
        changed.sort_unstable();
        changed.dedup();
        for p in changed {
            let n = self.position_mentions[p.index()].len();
            if all || n >= 2 * self.built[p.index()] {
                self.built[p.index()] = n;
                self.holders(reports, officials, &mut positions[p.index()], p);
            } else {
                self.stale_positions.push(p);
            }
        }
    }

    fn group_of(&mut self, key: String) -> u32 {
        let next = u32::try_from(self.groups.len()).unwrap_or(u32::MAX);
        let g = *self.group_by_key.entry(key).or_insert(next);
        if g == next {
            self.groups.push(Group::default());
        }
        g
    }

    fn province_id(&mut self, p: &str) -> u32 {
        if let Some(&id) = self.provinces.get(p) {
            return id;
        }
        let next = u32::try_from(self.provinces.len()).unwrap_or(u32::MAX);
        self.provinces.insert(p.to_string(), next);
        next
    }

    fn position_for(
        &mut self,
        positions: &mut Vec<Position>,
        h: super::resolve::Held,
    ) -> PositionId {
        let key = (h.post_key, h.place.as_deref().map(place_key));
        if let Some(&p) = self.position_by_key.get(&key) {
            let pos = &mut positions[p.index()];
            // The spelling written most often is shown (then `better`).
            let seen = &mut self.spellings[p.index()];
            match seen.iter_mut().find(|(s, _)| **s == *h.post) {
                Some(s) => s.1 += 1,
                None => seen.push((h.post.as_str().into(), 1)),
            }
            let (count, shown) = seen
                .iter()
                .find(|(s, _)| **s == *pos.title)
                .map_or((0, ""), |(s, n)| (*n, &**s));
            let new = seen.iter().find(|(s, _)| **s == *h.post).map_or(0, |x| x.1);
            if new > count || (new == count && better(&h.post, shown)) {
                pos.title = h.post;
            }
            if let (Some(new), Some(old)) = (&h.place, &pos.place) {
                if better(new, old) {
                    pos.place = h.place;
                }
            }
            return p;
        }
        let p = PositionId::new(positions.len());
        positions.push(Position {
            title: h.post,
            place: h.place,
            level: h.level,
            holders: Vec::new(),
        });
        self.position_mentions.push(Vec::new());
        self.built.push(0);
        self.spellings
            .push(vec![(positions[p.index()].title.as_str().into(), 1)]);
        self.position_by_key.insert(key, p);
        p
    }

    /// The official that mention `mention` of report `report` is.
    pub fn official_at(&self, report: ReportId, mention: usize) -> Option<OfficialId> {
        let first = *self.first_mention.get(report.index())? as usize;
        self.official_of
            .get(first + mention)
            .copied()
            .filter(|&o| o != UNDECIDED)
    }

    /// Re-decides who is who among the mentions of group `g`.
    fn decide(
        &mut self,
        reports: &[Report],
        g: u32,
        officials: &mut Vec<Official>,
        positions: &[Position],
        touched: &mut Touched,
    ) {
        let mut ms = std::mem::take(&mut self.groups[g as usize].mentions);
        ms.sort_by(|&a, &b| {
            canonical(
                reports,
                &self.mentions[a as usize],
                &self.mentions[b as usize],
            )
        });
        let evidence: Vec<Evidence> = ms
            .iter()
            .map(|&m| {
                let r = &self.mentions[m as usize];
                Evidence {
                    date: r.date,
                    anchors: &r.anchors,
                    central: r.central,
                    leader: r.leader,
                    district_only: r.district_only,
                    context: r.context,
                }
            })
            .collect();
        let labels = cluster(&evidence);
        let k = labels.iter().max().map_or(0, |&l| l as usize + 1);
        let slots = &mut self.groups[g as usize].officials;
        while slots.len() < k {
            slots.push(OfficialId::new(officials.len()));
            officials.push(empty_official());
            self.latest.push(None);
        }
        let slots = slots.clone();
        for &slot in &slots[k..] {
            // Its mentions joined another official: new evidence tied them.
            officials[slot.index()] = empty_official();
            self.latest[slot.index()] = None;
            touched.officials.push(slot);
        }
        for (j, &slot) in slots.iter().enumerate().take(k) {
            let members: Vec<u32> = ms
                .iter()
                .zip(&labels)
                .filter(|(_, &l)| l as usize == j)
                .map(|(&m, _)| m)
                .collect();
            for &m in &members {
                if self.official_of[m as usize] != slot {
                    self.official_of[m as usize] = slot;
                    touched
                        .positions
                        .extend_from_slice(&self.mentions[m as usize].positions);
                }
            }
            let mut o = self.build(reports, &members, positions);
            o.namesakes = k.saturating_sub(1);
            self.latest[slot.index()] = o.appearances.iter().filter_map(|a| a.date).max();
            officials[slot.index()] = o;
            touched.officials.push(slot);
        }
        let group = &mut self.groups[g as usize];
        group.decided = ms.len();
        group.mentions = ms;
    }

    /// Decides the names and positions batches left for later.
    pub fn settle(
        &mut self,
        reports: &[Report],
        officials: &mut Vec<Official>,
        positions: &mut [Position],
    ) -> Touched {
        let mut touched = Touched::default();
        for g in 0..self.groups.len() {
            let group = &self.groups[g];
            if group.decided != group.mentions.len() {
                let g = u32::try_from(g).unwrap_or(u32::MAX);
                self.decide(reports, g, officials, positions, &mut touched);
            }
        }
        let mut changed = std::mem::take(&mut touched.positions);
        changed.append(&mut self.stale_positions);
        changed.sort_unstable();
        changed.dedup();
        self.rebuild_holders(reports, officials, positions, changed.clone(), true);
        touched.positions = changed;
        touched.renumbered = self.tidy(officials, positions);
        touched
    }
}

mod build;
use build::empty_official;
