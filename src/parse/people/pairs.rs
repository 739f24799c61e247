//! A post written once after two people joined by "và", with "cùng là",
//! "đều là" or a count before it: "A (60 tuổi) và B (64 tuổi), cùng là
//! cựu Thứ trưởng Bộ X", as trial and discipline reports name former
//! officials. Only moves titles between mentions already found.

use super::{joined_by_and, name_after_cue, Found};
use crate::parse::tokens::Tokens;

/// Most tokens of a note in brackets after a name ("(60 tuổi)", "(SN
/// 1958, trú tại …)").
const MAX_NOTE: usize = 16;

/// "A (60 tuổi) và B (64 tuổi), cùng là cựu Thứ trưởng Bộ X", "ông A và
/// ông B, hai cựu Thứ trưởng …": the first, with no post of their own,
/// holds the post written after the second too.
pub(super) fn share_post_after_pair(t: &Tokens, out: &mut [Found]) {
    for k in 1..out.len() {
        let (done, rest) = out.split_at_mut(k);
        let (first, second) = (&mut done[k - 1], &rest[0]);
        // Cheap tests first: most pairs are no such pair.
        if !first.titles.is_empty() || second.titles.is_empty() || first.name.is_none() {
            continue;
        }
        let Some(and) = joined_by_and(t, second.pos) else {
            continue;
        };
        let first_end = name_after_cue(t, first.pos).map(|m| past_note(t, m));
        let second_end = name_after_cue(t, second.pos).map(|m| past_note(t, m));
        if first_end != Some(and) || !second_end.is_some_and(|m| shared_post_after(t, m)) {
            continue;
        }
        first.titles.clone_from(&second.titles);
    }
}

/// Where a note in brackets at `m` ends, or `m` when none is there.
fn past_note(t: &Tokens, m: usize) -> usize {
    if !t.is_punct(m, '(') {
        return m;
    }
    (m + 1..(m + MAX_NOTE).min(t.len()))
        .find(|&k| t.is_punct(k, ')'))
        .map_or(m, |k| k + 1)
}

/// Whether a comma at `m` opens a post both hold: "cùng là", "đều là",
/// "hai" or "cả hai" before it.
fn shared_post_after(t: &Tokens, m: usize) -> bool {
    t.is_punct(m, ',')
        && (matches!(t.phrase(m + 1, 2), Some("cùng là" | "đều là" | "cả hai"))
            || t.low(m + 1) == "hai")
}
