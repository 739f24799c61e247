//! "Lê Văn An giành HCV", "Trần Thị Bình (Cần Thơ) xuất sắc phá kỷ lục":
//! one named with no post and no cue, who does right after the name what
//! an athlete does (`assets/lexicon/feats.txt`), is a private person, as
//! one named by a sport's noun is ("xạ thủ A"); so is each of a list a
//! medal's or a sport's noun opens in its clause ("HCĐ thuộc về A, B",
//! "nhiều kỳ thủ trẻ góp mặt như C, D"). A post keeps an official.

use super::cues::sport_noun_at;
use super::pairs::past_note;
use super::{name_after_cue, Found};
use crate::parse::lexicon::{entries, FEATS};
use crate::parse::tokens::Tokens;

/// Most words of one entry of `feats.txt`.
const MAX_FEAT: usize = 4;

/// Most `weak` entries between the name and the act ("đã xuất sắc").
const MAX_WEAK: usize = 3;

/// Most tokens from a list's opener back to the medal's or the sport's
/// noun of its clause ("các cung thủ nhí mới được gọi lên tuyển như").
const MAX_CLAUSE: usize = 16;

/// The entries of `feats.txt`, lower case, each with its marker.
static FEAT_WORDS: std::sync::LazyLock<Vec<(String, &'static str)>> =
    std::sync::LazyLock::new(|| {
        entries(FEATS)
            .map(|(w, marker)| (w.to_lowercase(), marker))
            .collect()
    });

/// The act or weak word of `feats.txt` at `k`, longest first: its length
/// in words and whether it is weak.
fn feat_at(t: &Tokens, k: usize) -> Option<(usize, bool)> {
    (1..=MAX_FEAT).rev().find_map(|n| {
        let p = t.phrase(k, n)?;
        FEAT_WORDS
            .iter()
            .find(|(w, m)| w == p && matches!(*m, "" | "weak"))
            .map(|(_, m)| (n, *m == "weak"))
    })
}

/// The length in words of an entry of `feats.txt` marked `marker` at `k`.
fn marked_at(t: &Tokens, k: usize, marker: &str) -> Option<usize> {
    (1..=MAX_FEAT).rev().find(|&n| {
        t.phrase(k, n)
            .is_some_and(|p| FEAT_WORDS.iter().any(|(w, m)| w == p && *m == marker))
    })
}

/// Whether the name at `pos` opens a list after an opener ("như", "gồm",
/// "thuộc về", a colon) whose clause holds a medal's or a sport's noun
/// before it: "3 HCB ở các hạng cân: A", "các VĐV trẻ góp mặt như B".
fn opened_by_athletes(t: &Tokens, pos: usize) -> bool {
    let opener = if pos > 0 && t.is_punct(pos - 1, ':') {
        Some(pos - 1)
    } else {
        (1..=2.min(pos)).find_map(|n| (marked_at(t, pos - n, "opener") == Some(n)).then(|| pos - n))
    };
    let Some(opener) = opener else {
        return false;
    };
    for k in (opener.saturating_sub(MAX_CLAUSE)..opener).rev() {
        if ['.', ';', '!', '?'].iter().any(|&c| t.is_punct(k, c)) {
            return false;
        }
        if sport_noun_at(t, k) || marked_at(t, k, "medal").is_some() {
            return true;
        }
    }
    false
}

/// Whether an athlete's act follows at `k`, past a few weak words.
fn feat_follows(t: &Tokens, mut k: usize) -> bool {
    for _ in 0..=MAX_WEAK {
        match feat_at(t, k) {
            Some((n, true)) => k += n,
            Some((_, false)) => return true,
            None => return false,
        }
    }
    false
}

/// Whether the name at `pos`, ending at `end`, is one of a list ("," or
/// "và" before it) whose clause goes on to a medal or an athlete's act:
/// "A, B và C đạt 1.702 điểm về nhất", "D, E chiến thắng ở nội dung …".
fn listed_for_medal(t: &Tokens, pos: usize, end: usize) -> bool {
    let listed = pos > 0 && (t.is_punct(pos - 1, ',') || t.low(pos - 1) == "và");
    listed
        && (end..(end + MAX_CLAUSE).min(t.len()))
            .take_while(|&k| !['.', ';', '!', '?'].iter().any(|&c| t.is_punct(k, c)))
            .any(|k| {
                marked_at(t, k, "medal").is_some() || feat_at(t, k).is_some_and(|(_, weak)| !weak)
            })
}

/// Marks as private each named with no post whose name, and any note in
/// brackets after it, is followed by an athlete's act or by "là" and a
/// sport's noun ("A là VĐV trẻ"), or whose list a medal or a sport opens
/// or closes in its clause.
pub(super) fn mark_athletes(t: &Tokens, out: &mut [Found]) {
    for f in out.iter_mut() {
        // Cheap tests first: most mentions hold a post or are private.
        if f.private || !f.titles.is_empty() || f.name.is_none() || f.short {
            continue;
        }
        let Some(end) = name_after_cue(t, f.pos) else {
            continue;
        };
        let after = past_note(t, end);
        let called = t.low(after) == "là" && sport_noun_at(t, after + 1);
        if called
            || feat_follows(t, after)
            || opened_by_athletes(t, f.pos)
            || listed_for_medal(t, f.pos, after)
        {
            f.private = true;
        }
    }
}
