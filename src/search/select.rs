//! Picking the first screens of hits under the relevance order without
//! ordering or even keying the rest. At 1,000,000 reports the first letters
//! typed match nearly every report, most with the same few scores: the
//! scores are counted, the score the last wanted hit has is found from the
//! counts, and the hits of that score are taken in tie-break order from the
//! items already ranked by their tie-breaks. No key is made for the rest
//! and nothing is sorted but the hits shown.

use super::order::Ties;
use super::Hit;
use rayon::prelude::*;

/// Above this score the counts would take too much room: the hits are
/// selected by their keys instead (see `Filter::rank_first`).
const MOST_COUNTED: u32 = 1 << 16;

/// Room kept between keystrokes: one bit per item, for the hits of the
/// score the selection ends in.
#[derive(Debug, Default)]
pub(super) struct Selection {
    at_last: Vec<u64>,
}

/// A hit's score as the relevance order's key reads it.
fn score_of(h: &Hit) -> u32 {
    h.score.clamp(0, i64::from(u32::MAX)) as u32
}

impl Selection {
    /// Moves the `want` first of `hits` in the relevance order (`tie.key`,
    /// smaller first) to the front, in that order, leaving the rest after
    /// them in no particular order. False, leaving `hits` as they were,
    /// when a score is too high to be counted.
    pub(super) fn first_in_order(&mut self, hits: &mut [Hit], want: usize, tie: &Ties) -> bool {
        if want == 0 || want >= hits.len() {
            return false;
        }
        let Some(top) = hits.par_iter().with_min_len(1 << 14).map(score_of).max() else {
            return false;
        };
        if top >= MOST_COUNTED {
            return false;
        }
        let (last, above) = last_score(hits, want, top);
        // The hits of the last score, marked by item; the first `want -
        // above` of them in tie-break order are wanted, and unmarked.
        let bits = &mut self.at_last;
        bits.clear();
        bits.resize(tie.rank.len().div_ceil(64), 0);
        for h in hits.iter().filter(|h| score_of(h) == last) {
            bits[h.index / 64] |= 1 << (h.index % 64);
        }
        let mut left = want - above;
        for &i in &tie.order {
            if left == 0 {
                break;
            }
            let (word, bit) = (i as usize / 64, 1 << (i % 64));
            if bits[word] & bit != 0 {
                bits[word] &= !bit;
                left -= 1;
            }
        }
        let mut front = 0;
        for j in 0..hits.len() {
            let h = hits[j];
            let s = score_of(&h);
            if s > last || (s == last && bits[h.index / 64] >> (h.index % 64) & 1 == 0) {
                hits.swap(front, j);
                front += 1;
            }
        }
        debug_assert_eq!(front, want);
        hits[..front].sort_unstable_by_key(|&h| tie.key(h));
        true
    }
}

/// The score of the `want`-th best of `hits` (scores at most `top`), and
/// how many hits score more.
fn last_score(hits: &[Hit], want: usize, top: u32) -> (u32, usize) {
    let len = top as usize + 1;
    let counts = hits
        .par_iter()
        .with_min_len(1 << 15)
        .fold(
            || vec![0usize; len],
            |mut counts, h| {
                counts[score_of(h) as usize] += 1;
                counts
            },
        )
        .reduce(
            || vec![0usize; len],
            |mut a, b| {
                for (x, y) in a.iter_mut().zip(b) {
                    *x += y;
                }
                a
            },
        );
    let mut above = 0;
    for (score, &count) in counts.iter().enumerate().rev() {
        if above + count >= want {
            return (score as u32, above);
        }
        above += count;
    }
    (0, above)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Ties of `n` items ranked in the order `order`.
    fn ties(order: Vec<u32>) -> Ties {
        let mut rank = vec![0; order.len()];
        for (pos, &i) in order.iter().enumerate() {
            rank[i as usize] = pos as u32;
        }
        Ties { rank, order }
    }

    #[test]
    fn the_first_hits_are_those_of_a_full_sort() {
        let mut seed = 7u32;
        let mut roll = |m: u32| {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            seed % m
        };
        for round in 0..200 {
            let n = 1 + roll(300) as usize;
            let mut order: Vec<u32> = (0..n as u32).collect();
            for i in (1..n).rev() {
                order.swap(i, roll(i as u32 + 1) as usize);
            }
            let tie = ties(order);
            let spread = 1 + roll(if round % 3 == 0 { 3 } else { 60 });
            let mut hits = Vec::new();
            for index in 0..n {
                if roll(4) != 0 {
                    let score = i64::from(roll(spread)) * 7;
                    hits.push(Hit { index, score });
                }
            }
            let mut sorted = hits.clone();
            sorted.sort_unstable_by_key(|&h| tie.key(h));
            let want = roll(n as u32 + 2) as usize;
            let mut selection = Selection::default();
            if !selection.first_in_order(&mut hits, want, &tie) {
                assert!(want == 0 || want >= hits.len());
                continue;
            }
            assert_eq!(hits[..want], sorted[..want], "round {round}");
            let mut rest = hits[want..].to_vec();
            rest.sort_unstable_by_key(|&h| tie.key(h));
            assert_eq!(rest, sorted[want..], "round {round}: the rest are kept");
        }
    }
}
