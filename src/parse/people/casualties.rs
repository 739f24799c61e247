//! "Ông Lê Văn An bị thương", "bà Trần Thị Bình (60 tuổi) bị gãy chân",
//! "người bị nạn là ông C được đưa đi cấp cứu": one named with no post who
//! is hurt, killed or missing right after the name
//! (`assets/lexicon/casualties.txt`) is a casualty of the news, a private
//! person, as one named a victim is ("nạn nhân là anh D"); so is each named
//! before them in the same run ("ông E và bà F bị thương"). A post keeps an
//! official: "ông G, Phó Chủ tịch UBND xã, bị thương" is the commune's.

use super::cues::mark_private_runs;
use super::Found;
use crate::parse::lexicon::{entries, CASUALTIES};
use crate::parse::tokens::Tokens;

/// Most words of one entry of `casualties.txt`.
const MAX_ENTRY: usize = 5;

/// Most `weak` entries between the name and what befell them ("cũng đã").
const MAX_WEAK: usize = 2;

/// The entries of `casualties.txt`, lower case, each marked weak or not.
static ENTRIES: std::sync::LazyLock<Vec<(String, bool)>> = std::sync::LazyLock::new(|| {
    entries(CASUALTIES)
        .map(|(w, marker)| (w.to_lowercase(), marker == "weak"))
        .collect()
});

/// The entry of `casualties.txt` at `k`, longest first: its length in
/// words and whether it is weak.
fn entry_at(t: &Tokens, k: usize) -> Option<(usize, bool)> {
    (1..=MAX_ENTRY).rev().find_map(|n| {
        let p = t.phrase(k, n)?;
        ENTRIES
            .iter()
            .find(|(w, _)| w == p)
            .map(|&(_, weak)| (n, weak))
    })
}

/// Whether what befalls a casualty is written at `k`, past any weak words.
fn befalls(t: &Tokens, mut k: usize) -> bool {
    for _ in 0..=MAX_WEAK {
        match entry_at(t, k) {
            Some((n, true)) => k += n,
            Some((_, false)) => return true,
            None => return false,
        }
    }
    false
}

/// Marks as private each named with no post whose name, and any note in
/// brackets after it, is followed by what befalls a casualty, and each
/// named before them in the same run joined by "," or "và".
pub(super) fn mark_casualties(t: &Tokens, out: &mut [Found]) {
    mark_private_runs(t, out, |after| befalls(t, after));
}
