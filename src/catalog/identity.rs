//! Who is who among the mentions of one name: the one place where
//! identities are decided. Mentions whose titles belong to one province
//! are one person (a career moves from district to province within it);
//! the same name in two provinces at once is two people; district posts
//! whose province no report names go up into the one provincial career
//! that follows them; careers in two provinces one after the other (within
//! three years) are one rotated cadre when the later one leads a party
//! committee. A mention with only
//! central titles joins the one provincial career of its name, if there is
//! one; a mention whose titles name no place joins the career in the
//! province its report is about, or, when the report names no province,
//! the only career of its name. A person with neither a title nor a role
//! (a citizen, a suspect) joins no career: such mentions are one person
//! per province their reports are about. Where
//! that leaves a choice, the mentions stay apart. The answer depends only
//! on the set of mentions, never on the order they came in.

/// What identity looks at in one mention. Places are numbers: equal
/// numbers, equal provinces.
// Independent facts about the mention, each read by its own rule: flags,
// not states.
#[allow(clippy::struct_excessive_bools)]
#[derive(Clone, Copy, Debug)]
pub struct Evidence<'a> {
    pub date: Option<Date>,
    pub anchors: &'a [u32],
    pub central: bool,
    /// Whether the mention leads a provincial party committee.
    pub leader: bool,
    /// Whether its anchors are districts only (its province unknown).
    pub district_only: bool,
    /// The report's province, when the mention names a local post (a
    /// level word) but not its place: then the report says where it is.
    pub context: Option<u32>,
    /// Whether the mention has neither a title nor a role: a citizen, a
    /// suspect, an athlete. Such a mention never joins a career (the same
    /// name is common and nothing ties them); those of one province are
    /// one person.
    pub bare: bool,
}

use crate::model::Date;

/// A cluster number per mention, numbered in the order of each cluster's
/// first mention. `mentions` must come in a canonical order (by date and
/// file), so the numbering is canonical too.
pub fn cluster(mentions: &[Evidence]) -> Vec<u32> {
    let n = mentions.len();
    let mut parent: Vec<usize> = (0..n).collect();
    let mut by_anchor: Vec<(u32, usize)> = Vec::new();
    for (i, m) in mentions.iter().enumerate() {
        for &a in m.anchors {
            match by_anchor.iter().find(|(x, _)| *x == a) {
                Some(&(_, j)) => union(&mut parent, i, j),
                None => by_anchor.push((a, i)),
            }
        }
    }
    let placed_roots = |parent: &mut Vec<usize>| {
        let mut roots: Vec<usize> = (0..n)
            .filter(|&i| !mentions[i].anchors.is_empty())
            .map(|i| find(parent, i))
            .collect();
        roots.sort_unstable();
        roots.dedup();
        roots
    };
    let placed = placed_roots(&mut parent);
    join_districts_upward(mentions, &mut parent, &placed);
    let placed = placed_roots(&mut parent);
    chain_rotations(mentions, &mut parent, &placed);
    // Central-only mentions: with the one provincial career, else together.
    let roots = placed_roots(&mut parent);
    let central: Vec<usize> = (0..n)
        .filter(|&i| mentions[i].anchors.is_empty() && mentions[i].central)
        .collect();
    let central_to = if roots.len() == 1 {
        Some(roots[0])
    } else {
        central.first().copied()
    };
    if let Some(to) = central_to {
        for &i in &central {
            union(&mut parent, i, to);
        }
    }
    // Placeless mentions: the career in their report's province, else the
    // only career, else together apart from the rest.
    let mut roots: Vec<usize> = (0..n)
        .filter(|&i| !mentions[i].anchors.is_empty() || mentions[i].central)
        .map(|i| find(&mut parent, i))
        .collect();
    roots.sort_unstable();
    roots.dedup();
    let mut central_roots: Vec<usize> = central.iter().map(|&i| find(&mut parent, i)).collect();
    central_roots.dedup();
    // Mentions left over, one set per province their reports are about.
    let mut unplaced: Vec<(Option<u32>, bool, usize)> = Vec::new();
    for (i, m) in mentions.iter().enumerate() {
        if !m.anchors.is_empty() || m.central {
            continue;
        }
        let by_context = m
            .context
            .and_then(|c| by_anchor.iter().find(|(a, _)| *a == c))
            .map(|&(_, j)| j);
        // A report about a province where this name has no career is
        // about someone else.
        // A central leader visiting a province is still the one career.
        let only = (roots.len() == 1).then(|| roots[0]);
        let to = match m.context {
            Some(_) => by_context.or(only.filter(|&r| central_roots.contains(&r))),
            None => only,
        };
        let to = to.filter(|_| !m.bare);
        let apart = unplaced
            .iter()
            .find(|(c, bare, _)| *c == m.context && *bare == m.bare)
            .map(|x| x.2);
        match to.or(apart) {
            Some(j) => union(&mut parent, i, j),
            None => unplaced.push((m.context, m.bare, i)),
        }
    }
    label(&mut parent)
}

/// What the rules read of one set of mentions, gathered in one pass over
/// the mentions (reading each set's mentions by scanning them all would
/// cost a pass per set, which grows with how common the name is).
#[derive(Clone, Copy)]
struct SetFacts {
    first: Option<Date>,
    last: Option<Date>,
    /// Whether every placed mention's anchors are districts only.
    district_only: bool,
    leads: bool,
}

/// The facts of each set of `roots` (sorted), in that order.
fn set_facts(mentions: &[Evidence], parent: &mut [usize], roots: &[usize]) -> Vec<SetFacts> {
    let mut facts = vec![
        SetFacts {
            first: None,
            last: None,
            district_only: true,
            leads: false,
        };
        roots.len()
    ];
    for (i, m) in mentions.iter().enumerate() {
        let Ok(at) = roots.binary_search(&find(parent, i)) else {
            continue;
        };
        let f = &mut facts[at];
        if let Some(d) = m.date {
            f.first = Some(f.first.map_or(d, |lo| lo.min(d)));
            f.last = Some(f.last.map_or(d, |hi| hi.max(d)));
        }
        if !m.anchors.is_empty() {
            f.district_only &= m.district_only;
        }
        f.leads |= m.leader;
    }
    facts
}

/// A career goes up: district posts whose province no report names join
/// the one provincial career of the name that begins no earlier.
fn join_districts_upward(mentions: &[Evidence], parent: &mut [usize], roots: &[usize]) {
    let facts = set_facts(mentions, parent, roots);
    let (mut districts, mut provinces) = (Vec::new(), Vec::new());
    for (&r, f) in roots.iter().zip(&facts) {
        if f.district_only {
            districts.push((r, f.first));
        } else {
            provinces.push((r, f.first));
        }
    }
    let [(province, start)] = provinces[..] else {
        return;
    };
    for (d, first) in districts {
        if first.zip(start).is_some_and(|(a, b)| a <= b) {
            union(parent, d, province);
        }
    }
}

/// Cadres are rotated: a province's deputy secretary becomes another
/// province's secretary. Careers of one name in different provinces that
/// follow one another in time, without overlap, are one career when the
/// later one leads a party committee and the earlier one has no other
/// career to continue it.
fn chain_rotations(mentions: &[Evidence], parent: &mut [usize], roots: &[usize]) {
    let facts = set_facts(mentions, parent, roots);
    let mut spans: Vec<(Date, Date, usize, bool)> = roots
        .iter()
        .zip(&facts)
        .filter_map(|(&r, f)| Some((f.first?, f.last?, r, f.leads)))
        .collect();
    spans.sort_unstable();
    // Each chain: its last date and its root.
    let mut chains: Vec<(Date, usize)> = Vec::new();
    for (first, last, root, leads) in spans {
        if !leads {
            chains.push((last, root));
            continue;
        }
        let mut before = chains.iter_mut().filter(|(end, _)| {
            *end < first
                && i64::from(first.rough_day_number()) - i64::from(end.rough_day_number())
                    <= MAX_GAP_DAYS
        });
        match (before.next(), before.next()) {
            (Some(chain), None) => {
                union(parent, chain.1, root);
                *chain = (last, chain.1);
            }
            _ => chains.push((last, root)),
        }
    }
}

/// At most this long between leaving one province and arriving in the next.
const MAX_GAP_DAYS: i64 = 1100;

fn find(parent: &mut [usize], i: usize) -> usize {
    let mut r = i;
    while parent[r] != r {
        r = parent[r];
    }
    let mut k = i;
    while parent[k] != r {
        let next = parent[k];
        parent[k] = r;
        k = next;
    }
    r
}

/// Joins two sets; the smaller index becomes the root, so roots are
/// each set's first mention.
fn union(parent: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find(parent, a), find(parent, b));
    if ra != rb {
        let (lo, hi) = (ra.min(rb), ra.max(rb));
        parent[hi] = lo;
    }
}

fn label(parent: &mut [usize]) -> Vec<u32> {
    let mut ids: Vec<u32> = vec![u32::MAX; parent.len()];
    let mut next = 0;
    let mut out = Vec::with_capacity(parent.len());
    for i in 0..parent.len() {
        let r = find(parent, i);
        if ids[r] == u32::MAX {
            ids[r] = next;
            next += 1;
        }
        out.push(ids[r]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(anchors: &[u32], central: bool, context: Option<u32>) -> Evidence<'_> {
        Evidence {
            date: None,
            anchors,
            central,
            leader: false,
            district_only: false,
            context,
            bare: false,
        }
    }

    fn dated(anchors: &[u32], year: u16, leader: bool, district_only: bool) -> Evidence<'_> {
        Evidence {
            date: Date::new(year, 6, 1),
            anchors,
            central: false,
            leader,
            district_only,
            context: None,
            bare: false,
        }
    }

    #[test]
    fn a_secretary_moved_to_another_province_stays_one_career() {
        // Deputy secretary in province 1 until 2015, secretary in 2 from 2016.
        let m = [
            dated(&[1], 2014, false, false),
            dated(&[1], 2015, false, false),
            dated(&[2], 2016, true, false),
        ];
        assert_eq!(cluster(&m), [0, 0, 0]);
        // Not a committee leader, or years apart, or at the same time: two people.
        let m = [
            dated(&[1], 2015, false, false),
            dated(&[2], 2016, false, false),
        ];
        assert_eq!(cluster(&m), [0, 1]);
        let m = [
            dated(&[1], 2010, false, false),
            dated(&[2], 2020, true, false),
        ];
        assert_eq!(cluster(&m), [0, 1]);
        let m = [
            dated(&[1], 2015, false, false),
            dated(&[2], 2015, true, false),
            dated(&[1], 2016, false, false),
        ];
        assert_eq!(cluster(&m), [0, 1, 0]);
    }

    #[test]
    fn a_district_career_goes_up_into_the_one_province_after_it() {
        let m = [
            dated(&[7], 2012, false, true),
            dated(&[1], 2016, false, false),
        ];
        assert_eq!(cluster(&m), [0, 0]);
        // After a provincial career, or with two provinces to choose from: apart.
        let m = [
            dated(&[1], 2012, false, false),
            dated(&[7], 2016, false, true),
        ];
        assert_eq!(cluster(&m), [0, 1]);
        let m = [
            dated(&[7], 2012, false, true),
            dated(&[1], 2016, false, false),
            dated(&[2], 2016, false, false),
        ];
        assert_eq!(cluster(&m), [0, 1, 2]);
    }

    #[test]
    fn one_province_is_one_person_two_provinces_two() {
        let m = [
            ev(&[1], false, None),
            ev(&[2], false, None),
            ev(&[1], false, None),
        ];
        assert_eq!(cluster(&m), [0, 1, 0]);
    }

    #[test]
    fn a_career_moving_to_the_centre_stays_one_person() {
        let m = [
            ev(&[1], false, None),
            ev(&[], true, None),
            ev(&[1], true, None),
        ];
        assert_eq!(cluster(&m), [0, 0, 0]);
    }

    #[test]
    fn central_mentions_of_a_name_held_in_two_provinces_stay_apart() {
        let m = [
            ev(&[1], false, None),
            ev(&[2], false, None),
            ev(&[], true, None),
        ];
        assert_eq!(cluster(&m), [0, 1, 2]);
    }

    #[test]
    fn placeless_mentions_follow_their_report_or_the_only_career() {
        let m = [
            ev(&[1], false, None),
            ev(&[2], false, None),
            ev(&[], false, Some(2)),
        ];
        assert_eq!(cluster(&m), [0, 1, 1]);
        let m = [ev(&[1], false, None), ev(&[], false, None)];
        assert_eq!(cluster(&m), [0, 0]);
        // A report about another province: someone else.
        let m = [ev(&[1], false, None), ev(&[], false, Some(7))];
        assert_eq!(cluster(&m), [0, 1]);
        let m = [
            ev(&[1], false, None),
            ev(&[2], false, None),
            ev(&[], false, None),
            ev(&[], false, None),
        ];
        assert_eq!(cluster(&m), [0, 1, 2, 2]);
    }

    #[test]
    fn a_mention_in_two_provinces_joins_both_careers() {
        let m = [
            ev(&[1], false, None),
            ev(&[2], false, None),
            ev(&[1, 2], false, None),
        ];
        assert_eq!(cluster(&m), [0, 0, 0]);
    }

    #[test]
    fn a_person_with_no_post_and_no_part_joins_no_career() {
        let bare = |context| Evidence {
            bare: true,
            ..ev(&[], false, context)
        };
        // The only career of the name is in province 1; a suspect of that
        // name in a report about province 1, and one in a report about no
        // province, are others; two such in province 1 are one.
        let m = [
            ev(&[1], false, None),
            bare(Some(1)),
            bare(None),
            bare(Some(1)),
        ];
        assert_eq!(cluster(&m), [0, 1, 2, 1]);
        // With no title the same mention joins a career when it has a role.
        let m = [ev(&[1], false, None), ev(&[], false, Some(1))];
        assert_eq!(cluster(&m), [0, 0]);
    }
}
