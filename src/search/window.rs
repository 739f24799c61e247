//! The fuzzy window: where a term's letters sit in order in a text with at
//! most a fixed number of others among them, and the rank of an ASCII
//! term in its window. Pure functions over bytes and chars.

/// An ASCII term's rank in its window `w`, scored like fzf but without its
/// matrices: 16 a letter, 8 more where a word starts (`at_word` for the
/// window's first byte), less 2 for each gap and 1 for each byte skipped.
pub(super) fn window_rank(p: &[u8], w: &[u8], at_word: bool) -> i64 {
    let (mut rank, mut k, mut last) = (0i64, 0, None);
    for (i, &b) in w.iter().enumerate() {
        if k == p.len() || b != p[k] {
            continue;
        }
        rank += 16;
        let starts_word = if i == 0 {
            at_word
        } else {
            !w[i - 1].is_ascii_alphanumeric()
        };
        if starts_word {
            rank += 8;
        }
        if let Some(l) = last {
            let gap = (i - l - 1) as i64;
            if gap > 0 {
                rank -= 2 + gap;
            }
        }
        last = Some(i);
        k += 1;
    }
    rank
}

/// How many letters a fuzzy match may skip in all. Letters strewn across a
/// long text would match almost anything; and with a fixed allowance any
/// prefix of a match is a match too, so typing more only narrows the hits.
const SKIPPED: usize = 2;

/// Where the letters of `p` sit in order in `hay` with at most `SKIPPED`
/// others among them: the first such window, as a byte range.
pub(super) fn fuzzy_window(p: &str, hay: &str) -> Option<(usize, usize)> {
    if p.is_ascii() {
        let (p, h) = (p.as_bytes(), hay.as_bytes());
        if !is_subsequence_bytes(p, h) {
            return None;
        }
        // ASCII pattern bytes never fall inside a multi-byte char, so the
        // window's ends are char boundaries.
        return window(p, h, memchr::memchr_iter(*p.first()?, h));
    }
    let p: Vec<char> = p.chars().collect();
    let (offsets, h): (Vec<usize>, Vec<char>) = hay.char_indices().unzip();
    let first = *p.first()?;
    let starts = h
        .iter()
        .enumerate()
        .filter(|&(_, &c)| c == first)
        .map(|(i, _)| i);
    let (from, to) = window(&p, &h, starts)?;
    Some((offsets[from], offsets.get(to).copied().unwrap_or(hay.len())))
}

/// The first window of `h` holding `p` in order within `p.len() + SKIPPED`
/// items, trying the `starts` where `p[0]` occurs in increasing order: the
/// earliest end of a match from a start grows with the start, so the first
/// start that fits gives the first end; the window then begins at the latest
/// start that still holds `p` before that end.
fn window<T: Copy + PartialEq>(
    p: &[T],
    h: &[T],
    starts: impl Iterator<Item = usize>,
) -> Option<(usize, usize)> {
    let n = p.len();
    for from in starts {
        let limit = (from + n + SKIPPED).min(h.len());
        let (mut k, mut end) = (1, from + 1);
        while k < n && end < limit {
            k += usize::from(h[end] == p[k]);
            end += 1;
        }
        if k == n {
            let mut start = end;
            for &c in p.iter().rev() {
                start = h[..start].iter().rposition(|&x| x == c)?;
            }
            return Some((start, end));
        }
    }
    None
}

/// Whether the bytes of `pattern` occur in `hay` in order.
fn is_subsequence_bytes(pattern: &[u8], hay: &[u8]) -> bool {
    let mut rest = hay;
    for &b in pattern {
        match memchr::memchr(b, rest) {
            Some(i) => rest = &rest[i + 1..],
            None => return false,
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first end, then the latest start, of a window of at most
    /// n + SKIPPED bytes holding `p` in order, by trying every window.
    fn window_by_brute_force(p: &[u8], h: &[u8]) -> Option<(usize, usize)> {
        let widest = p.len() + SKIPPED;
        (1..=h.len()).find_map(|end| {
            (end.saturating_sub(widest)..end)
                .rev()
                .find(|&s| {
                    h[s] == p[0]
                        && h[end - 1] == p[p.len() - 1]
                        && is_subsequence_bytes(p, &h[s..end])
                })
                .map(|s| (s, end))
        })
    }

    #[test]
    fn window_agrees_with_trying_every_window_and_holds_for_prefixes() {
        let mut seed = 0x2545_f491_u32;
        let mut next = |m: u32| {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            seed % m
        };
        for _ in 0..20_000 {
            let h: Vec<u8> = (0..next(40)).map(|_| b"abcn "[next(5) as usize]).collect();
            let p: Vec<u8> = (0..1 + next(6))
                .map(|_| b"abcn"[next(4) as usize])
                .collect();
            let (hay, pat) = (
                std::str::from_utf8(&h).unwrap(),
                std::str::from_utf8(&p).unwrap(),
            );
            let found = fuzzy_window(pat, hay);
            assert_eq!(found, window_by_brute_force(&p, &h), "{pat:?} in {hay:?}");
            // What typing relies on: every prefix of a match matches.
            if found.is_some() {
                for k in 1..p.len() {
                    assert!(fuzzy_window(&pat[..k], hay).is_some(), "{pat:?} in {hay:?}");
                }
            }
        }
    }
}
