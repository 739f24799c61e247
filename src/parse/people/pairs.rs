//! A post written once after two people joined by "và", with "cùng là",
//! "đều là" or a count before it: "A (60 tuổi) và B (64 tuổi), cùng là
//! cựu Thứ trưởng Bộ X", as trial and discipline reports name former
//! officials. Only moves titles between mentions already found.

use super::cues::lead_cue;
use super::{joined_by_and, name_after_cue, Found};
use crate::parse::tokens::Tokens;

/// Most words of a private person's noun before the name ("em", "bị
/// cáo", "người bệnh").
const MAX_PRIVATE_NOUN: usize = 2;

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
        let first_end = mention_end(t, first).map(|m| past_note(t, m));
        let second_name_end = mention_end(t, second);
        let second_end = second_name_end.map(|m| past_note(t, m));
        // "A và B (cùng là Phó Chủ tịch UBND huyện)": the shared post in
        // the brackets after the second.
        let bracketed = second_name_end.is_some_and(|m| {
            t.is_punct(m, '(') && (both_hold(t, m + 1) || listed_pair(t, first.pos, m))
        });
        if first_end != Some(and)
            || !(bracketed || second_end.is_some_and(|m| shared_post_after(t, m)))
        {
            continue;
        }
        first.titles.clone_from(&second.titles);
    }
}

/// "trao quà cho em A và B", "thăm cháu C và D": the second of two names
/// joined by "và" or a comma, with no cue and no post of its own, is the
/// same kind of person as the first, a private one; so each of a run
/// ("gồm: A (môn điền kinh), B (môn judo), C và D" once A is an athlete).
pub(super) fn share_private_after_pair(t: &Tokens, out: &mut [Found]) {
    for k in 1..out.len() {
        let (done, rest) = out.split_at_mut(k);
        let (first, second) = (&done[k - 1], &mut rest[0]);
        // Cheap tests first: most pairs are no such pair.
        if !first.private || second.private || !second.titles.is_empty() || first.name.is_none() {
            continue;
        }
        let joined =
            second.pos > 0 && (t.low(second.pos - 1) == "và" || t.is_punct(second.pos - 1, ','));
        if !t.is_word(second.pos) || !joined {
            continue;
        }
        // The first's cue may be a private person's noun ("em", "cháu",
        // "bị cáo"), which `lead_cue` does not know: its name opens at the
        // first capital after it.
        let first_end = (first.pos..first.pos + MAX_PRIVATE_NOUN + 1)
            .find(|&k| t.is_cap(k))
            .and_then(|k| super::name_end(t, k, true))
            .map(|m| past_note(t, m));
        if first_end == Some(second.pos - 1) && lead_cue(t, second.pos) == 0 {
            second.private = true;
        }
    }
}

/// Where the name of a mention ends: a full name, or a given name alone
/// right after its cue ("Ông Lợi và ông Khải đều là …"), as a report
/// names again two people it named in full.
fn mention_end(t: &Tokens, f: &Found) -> Option<usize> {
    name_after_cue(t, f.pos).or_else(|| {
        let cue = lead_cue(t, f.pos);
        (f.short && cue > 0 && t.is_cap(f.pos + cue)).then_some(f.pos + cue + 1)
    })
}

/// Where a note in brackets at `m` ends, or `m` when none is there.
pub(super) fn past_note(t: &Tokens, m: usize) -> usize {
    if !t.is_punct(m, '(') {
        return m;
    }
    (m + 1..(m + MAX_NOTE).min(t.len()))
        .find(|&k| t.is_punct(k, ')'))
        .map_or(m, |k| k + 1)
}

/// Whether a comma at `m` opens a post both hold: "cùng là", "đều là",
/// "hai" or "cả hai" before it. With no comma, "đều là" and "cùng là"
/// say it alone, "hiện" before them too: "Ông A và ông B đều là nguyên
/// Chủ tịch UBND tỉnh", as reports name two people again by the given
/// name.
fn shared_post_after(t: &Tokens, m: usize) -> bool {
    if t.is_punct(m, ',') {
        return both_hold(t, m + 1)
            || t.phrase(m + 1, 2) == Some("cả hai")
            || t.low(m + 1) == "hai";
    }
    both_hold(t, m) || t.low(m) == "hiện" && both_hold(t, m + 1)
}

/// Whether the pair whose first opens at `start` is one item of a list
/// after a colon or a semicolon, its post in the brackets at `m` closing
/// the item: "gồm: A và B (cựu Giám đốc Sở X); C (…)", as indictments
/// and verdicts list the accused.
fn listed_pair(t: &Tokens, start: usize, m: usize) -> bool {
    let opens = start > 0 && (t.is_punct(start - 1, ':') || t.is_punct(start - 1, ';'));
    opens && {
        let close = past_note(t, m);
        close > m && (close >= t.len() || t.is_punct(close, ';') || t.is_punct(close, '.'))
    }
}

/// Whether "cùng là" or "đều là" stands at `k`: what follows both hold.
fn both_hold(t: &Tokens, k: usize) -> bool {
    matches!(t.phrase(k, 2), Some("cùng là" | "đều là"))
}
