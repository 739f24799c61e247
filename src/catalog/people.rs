//! Officials and positions kept up to date as reports arrive. Each batch
//! resolves its mentions (see `resolve`), files them under their name and
//! their positions, and re-decides the identities of the names it touched
//! (see `identity`) from all their mentions, in a canonical order: the
//! result is the same whatever order and batch sizes the reports came in.

use super::identity::{cluster, Evidence};
use super::resolve::Resolved;
use crate::model::{Date, Holder, Official, OfficialId, Position, PositionId, Report, ReportId};
// Keys are our own texts, not an adversary's: a fast hash over DoS resistance.
use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

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
    /// A hash of the name as written: equal hashes, equal spellings.
    spelling: u64,
    /// The roles given, one bit per `Role`.
    roles: u8,
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
    position_by_key: HashMap<(Arc<str>, Option<String>), PositionId>,
    position_mentions: Vec<Vec<u32>>,
    /// Per position: each spelling of its post and how often it is written.
    spellings: Vec<Spellings>,
    /// Per position: how many mentions it had when its holders were built.
    built: Vec<usize>,
    /// Positions whose holders wait for `settle`.
    stale_positions: Vec<PositionId>,
    /// Per official: the date of its latest dated appearance.
    pub latest: Vec<Option<Date>>,
    /// Per report: its first mention's number.
    first_mention: Vec<u32>,
}

/// The spellings of one post, with how often each is written, and which
/// one the position shows.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Spellings {
    /// Each spelling with its hash (compared instead of the text when two
    /// titles written alike do not share an address) and how often it is
    /// written.
    seen: Vec<(Arc<str>, u64, u32)>,
    shown: usize,
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
pub(super) const UNDECIDED: OfficialId = OfficialId(u32::MAX);

/// Where a mention comes in the order mentions are decided in: by date
/// (undated last), file, place in the file.
#[derive(Clone, Copy)]
struct Canonical {
    undated: bool,
    date: Option<Date>,
    report: ReportId,
    mention: u32,
    id: u32,
}

impl Canonical {
    fn of(m: &MentionRec, id: u32) -> Canonical {
        Canonical {
            undated: m.date.is_none(),
            date: m.date,
            report: m.report,
            mention: m.mention,
            id,
        }
    }

    /// The order; files are read only between mentions of one date.
    fn cmp(&self, other: &Canonical, reports: &[Report]) -> std::cmp::Ordering {
        (self.undated, self.date)
            .cmp(&(other.undated, other.date))
            .then_with(|| {
                if self.report == other.report {
                    std::cmp::Ordering::Equal
                } else {
                    reports[self.report.index()]
                        .file
                        .cmp(&reports[other.report.index()].file)
                }
            })
            .then(self.mention.cmp(&other.mention))
            .then(self.id.cmp(&other.id))
    }
}

/// Officials decided for one group, not yet put in place.
struct Plan {
    /// The group's mentions in canonical order.
    ms: Vec<u32>,
    /// Each official's mentions, in canonical order.
    members: Vec<Vec<u32>>,
    built: Vec<Official>,
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
            self.mentions.reserve(mentions.len());
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
                // What building an official reads of the mention, kept here
                // so that building reads no report.
                let m = &report.officials[mi];
                let roles = m.roles.bits();
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
                    spelling: res.spelling,
                    roles,
                });
                self.official_of.push(UNDECIDED);
                self.groups[group as usize].mentions.push(mid);
                groups.push(group);
            }
        }
        groups.sort_unstable();
        groups.dedup();
        // Deciding a name again each batch would redo its whole history
        // each time: a name is decided again once its mentions doubled,
        // and for the last time in `settle`.
        groups.retain(|&g| {
            let group = &self.groups[g as usize];
            group.mentions.len() >= 2 * group.decided
        });
        let mut touched = Touched::default();
        self.decide_all(reports, &groups, officials, positions, &mut touched);
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
        let mut now = Vec::with_capacity(changed.len());
        for p in changed {
            let n = self.position_mentions[p.index()].len();
            if all || n >= 2 * self.built[p.index()] {
                self.built[p.index()] = n;
                now.push(p);
            } else {
                self.stale_positions.push(p);
            }
        }
        // Each position's holders read only what is filed: on all cores,
        // which matters most in `settle`, when the parsers have finished
        // and the catalog alone keeps the load from ending.
        let this = &*self;
        let built: Vec<Vec<Holder>> = now
            .par_iter()
            .with_min_len(64)
            .map(|&p| this.holders(reports, officials, p))
            .collect();
        for (p, holders) in now.into_iter().zip(built) {
            positions[p.index()].holders = holders;
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
        let key = (h.post_key, h.place_key);
        if let Some(&p) = self.position_by_key.get(&key) {
            let pos = &mut positions[p.index()];
            // The spelling written most often is shown (then `better`).
            let sp = &mut self.spellings[p.index()];
            // Mentions of one title share its text: most compare by
            // address, the others by hash (equal hashes, equal spellings),
            // so the texts themselves are not read.
            let at = match sp
                .seen
                .iter()
                .position(|(s, hash, _)| Arc::ptr_eq(s, &h.post) || *hash == h.post_hash)
            {
                Some(at) => {
                    sp.seen[at].2 += 1;
                    at
                }
                None => {
                    sp.seen.push((Arc::clone(&h.post), h.post_hash, 1));
                    sp.seen.len() - 1
                }
            };
            if at != sp.shown {
                let (new, (shown, _, count)) = (sp.seen[at].2, &sp.seen[sp.shown]);
                if new > *count || (new == *count && better(&h.post, shown)) {
                    sp.shown = at;
                    pos.title = h.post.to_string();
                }
            }
            if let (Some(new), Some(old)) = (&h.place, &pos.place) {
                if new != old && better(new, old) {
                    pos.place = h.place;
                }
            }
            return p;
        }
        let p = PositionId::new(positions.len());
        positions.push(Position {
            title: h.post.to_string(),
            place: h.place,
            level: h.level,
            holders: Vec::new(),
        });
        self.position_mentions.push(Vec::new());
        self.built.push(0);
        self.spellings.push(Spellings {
            seen: vec![(h.post, h.post_hash, 1)],
            shown: 0,
        });
        self.position_by_key.insert(key, p);
        p
    }

    /// The officials told apart among the mentions of the name key `key`.
    pub fn officials_named(&self, key: &str) -> Option<&[OfficialId]> {
        let g = *self.group_by_key.get(key)?;
        Some(&self.groups[g as usize].officials)
    }

    /// What the screens read without the whole state (see `identities`).
    pub fn lookup(&self) -> super::identities::Lookup {
        let named = self
            .group_by_key
            .iter()
            .map(|(key, &g)| (key.clone(), self.groups[g as usize].officials.clone()))
            .collect();
        super::identities::Lookup {
            latest: self.latest.clone(),
            first_mention: self.first_mention.clone(),
            official_of: self.official_of.clone(),
            named,
        }
    }

    /// The official that mention `mention` of report `report` is.
    pub fn official_at(&self, report: ReportId, mention: usize) -> Option<OfficialId> {
        let first = *self.first_mention.get(report.index())? as usize;
        self.official_of
            .get(first + mention)
            .copied()
            .filter(|&o| o != UNDECIDED)
    }

    /// Re-decides who is who among the mentions of each group of
    /// `groups` (in that order): the groups are read on all cores, then
    /// their officials are put in place one group after another.
    fn decide_all(
        &mut self,
        reports: &[Report],
        groups: &[u32],
        officials: &mut Vec<Official>,
        positions: &[Position],
        touched: &mut Touched,
    ) {
        // A bounded number of plans at a time: each holds its officials.
        for chunk in groups.chunks(2048) {
            let this = &*self;
            let plans: Vec<Plan> = chunk
                .par_iter()
                .map(|&g| this.plan(reports, g, positions))
                .collect();
            for (&g, plan) in chunk.iter().zip(plans) {
                self.apply(g, plan, officials, touched);
            }
        }
    }

    /// Who is who among the mentions of group `g`, read without changing anything.
    fn plan(&self, reports: &[Report], g: u32, positions: &[Position]) -> Plan {
        let mentions = &self.groups[g as usize].mentions;
        let mut keyed: Vec<Canonical> = mentions
            .iter()
            .map(|&m| Canonical::of(&self.mentions[m as usize], m))
            .collect();
        keyed.sort_unstable_by(|a, b| a.cmp(b, reports));
        let ms: Vec<u32> = keyed.into_iter().map(|c| c.id).collect();
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
                    bare: r.positions.is_empty() && r.roles == 0,
                }
            })
            .collect();
        let labels = cluster(&evidence);
        let k = labels.iter().max().map_or(0, |&l| l as usize + 1);
        let mut members: Vec<Vec<u32>> = vec![Vec::new(); k];
        for (&m, &l) in ms.iter().zip(&labels) {
            members[l as usize].push(m);
        }
        let built = members
            .iter()
            .map(|ms| {
                let mut o = self.build(reports, ms, positions);
                o.namesakes = k.saturating_sub(1);
                o
            })
            .collect();
        Plan { ms, members, built }
    }

    /// Puts the officials of `plan` in place of group `g`'s.
    fn apply(&mut self, g: u32, plan: Plan, officials: &mut Vec<Official>, touched: &mut Touched) {
        let k = plan.members.len();
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
        for ((&slot, members), o) in slots.iter().zip(&plan.members).zip(plan.built) {
            for &m in members {
                if self.official_of[m as usize] != slot {
                    self.official_of[m as usize] = slot;
                    touched
                        .positions
                        .extend_from_slice(&self.mentions[m as usize].positions);
                }
            }
            self.latest[slot.index()] = o.appearances.iter().filter_map(|a| a.date).max();
            officials[slot.index()] = o;
            touched.officials.push(slot);
        }
        let group = &mut self.groups[g as usize];
        group.decided = plan.ms.len();
        group.mentions = plan.ms;
    }

    /// Whether nothing waits for `settle`: no name with mentions not yet
    /// decided, no position whose holders wait.
    pub fn is_settled(&self) -> bool {
        self.stale_positions.is_empty() && self.groups.iter().all(|g| g.decided == g.mentions.len())
    }

    /// Decides the names and positions batches left for later.
    pub fn settle(
        &mut self,
        reports: &[Report],
        officials: &mut Vec<Official>,
        positions: &mut [Position],
    ) -> Touched {
        let mut touched = Touched::default();
        let groups: Vec<u32> = (0..self.groups.len())
            .filter(|&g| self.groups[g].decided != self.groups[g].mentions.len())
            .map(|g| u32::try_from(g).unwrap_or(u32::MAX))
            .collect();
        self.decide_all(reports, &groups, officials, positions, &mut touched);
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
