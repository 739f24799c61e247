//! The shortcuts scoring takes against scoring without them: a text that
//! lacks a byte of a term is ruled out unread (`letters`), an item whose
//! names or own text score a term's best is not looked up further
//! (`top_score`), an own text is not searched for a fuzzy window when the
//! item's names outrank any window, and titles, sources and places (at
//! half weight) are read only when they could still raise the score. On
//! generated texts and queries, every shared text's table entry and every
//! item's score are the same as plain scoring gives, for terms of every
//! field.

use super::super::equivalence_tests::Dice;
use super::super::haystacks::{Haystacks, SLOTS};
use super::*;

const WORDS: &[&str] = &[
    "Nguyễn", "Thị", "Hoài", "Lê", "Trí", "Vũ", "Bí", "thư", "Huyện", "ủy", "Ban", "Dân", "vận",
    "Tỉnh", "xã", "Tân", "Lập", "UBND", "Chủ", "tịch", "Quảng", "Ngãi", "hội", "nghị", "năm",
    "2024", "Đảng", "Mặt", "trận", "Tổ", "quốc", "Hà", "Giang", "ngày", "nguyên",
];

/// The slots a field searches, whether it searches the item's own text,
/// and whether a hit in the slot ranks as one in the own text (as
/// `term_score` reads them, written apart for the plain scorer).
fn slots_of(field: Field) -> (bool, &'static [(usize, bool)]) {
    match field {
        // Plain terms find the item's own text and everything named in it:
        // people first, then titles, sources and places.
        Field::Any => (true, &[(0, true), (1, false), (2, false), (3, false)]),
        Field::Person => (false, &[(0, true)]),
        Field::Title => (false, &[(1, true)]),
        Field::Source => (false, &[(2, true)]),
        Field::Place => (false, &[(3, true)]),
        Field::Body => (false, &[]),
    }
}

fn text(d: &mut Dice, words: usize) -> String {
    let w: Vec<&str> = (0..1 + d.roll(words))
        .map(|_| WORDS[d.roll(WORDS.len())])
        .collect();
    w.join(" ")
}

/// Terms of every mode, cut from the words (so many match), with typos.
fn queries(d: &mut Dice) -> Vec<String> {
    (0..300)
        .map(|_| {
            let w = WORDS[d.roll(WORDS.len())];
            let cut: String = w.chars().take(1 + d.roll(w.chars().count())).collect();
            let mut q = match d.roll(3) {
                0 => cut,
                _ => super::super::folded(&cut),
            };
            match d.roll(7) {
                0 => q.insert(0, '\''),
                1 => q.insert(0, '^'),
                2 => q.push('$'),
                3 => q.insert(0, '!'),
                4 => q.push(['x', 'n', 'g', ' '][d.roll(4)]),
                5 => q = format!("{q} {}", super::super::folded(WORDS[d.roll(WORDS.len())])),
                _ => {}
            }
            // Now and then a field: names, titles, sources or places only.
            if d.roll(3) == 0 {
                let field = ["p:", "t:", "s:", "at:"][d.roll(4)];
                let at = usize::from(q.starts_with('!'));
                q.insert_str(at, field);
            }
            q
        })
        .collect()
}

/// A term's score for one haystack with no shortcut: the own text, then
/// every shared text of the term's slots, each scored from its text.
fn plain_term(term: &Term, strings: &Strings, hay: Haystack<'_>, raw_main: &str) -> Option<i64> {
    let Term::Text {
        pattern,
        mode,
        field,
        negated,
    } = term
    else {
        return Some(0);
    };
    let finder = memmem::Finder::new(pattern.text.as_bytes());
    let sensitive = pattern.case_sensitive || pattern.accent_sensitive;
    let of = |folded: &str, raw: &str| {
        if sensitive {
            let s = transform(raw, pattern.case_sensitive, pattern.accent_sensitive);
            text_score(pattern, *mode, &s, &finder)
        } else {
            text_score(pattern, *mode, folded, &finder)
        }
    };
    let (own, slots) = slots_of(*field);
    let in_own = own.then(|| of(hay.main(), raw_main)).flatten();
    let mut in_items = None;
    for &(slot, full) in slots {
        for &id in hay.slot(slot) {
            if let Some(s) = of(strings.folded(id), strings.raw(id)) {
                let s = s.clamp(0, i64::from(i32::MAX));
                in_items = in_items.max(Some(if full { s } else { s / 2 }));
            }
        }
    }
    match (in_own.max(in_items), negated) {
        (Some(s), false) => Some(s),
        (None, true) => Some(0),
        _ => None,
    }
}

fn plain(query: &Query, strings: &Strings, hay: Haystack<'_>, raw_main: &str) -> Option<i64> {
    let mut total = 0;
    for group in &query.groups {
        total += group
            .iter()
            .map(|t| plain_term(t, strings, hay, raw_main))
            .max()
            .flatten()?;
    }
    Some(total)
}

#[test]
fn shortcuts_score_every_text_and_item_as_plain_scoring_does() {
    let mut d = Dice(2024);
    let mut strings = Strings::default();
    let mut hays = Haystacks::default();
    let mut mains = Vec::new();
    for _ in 0..200 {
        let main = text(&mut d, 6);
        let slots: Vec<Vec<StrId>> = (0..SLOTS)
            .map(|_| {
                (0..d.roll(4))
                    .map(|_| strings.id(&text(&mut d, 4)))
                    .collect()
            })
            .collect();
        let slots: [&[StrId]; SLOTS] = std::array::from_fn(|k| slots[k].as_slice());
        hays.push(&super::super::folded(&main), slots, None, None);
        mains.push(main);
    }
    let mut matched = 0;
    for q in queries(&mut d) {
        let query = Query::parse(&q);
        let mut tables = Tables::default();
        tables.extend(&query, &strings);
        for (term, prepared) in query.groups.iter().flatten().zip(&tables.per_term) {
            let Term::Text { pattern, mode, .. } = term else {
                continue;
            };
            let finder = memmem::Finder::new(pattern.text.as_bytes());
            for id in 0..strings.len() as StrId {
                let s = if pattern.case_sensitive || pattern.accent_sensitive {
                    let t = transform(
                        strings.raw(id),
                        pattern.case_sensitive,
                        pattern.accent_sensitive,
                    );
                    text_score(pattern, *mode, &t, &finder)
                } else {
                    text_score(pattern, *mode, strings.folded(id), &finder)
                };
                let want = s.map_or(NO_MATCH, |s| s.clamp(0, i64::from(i32::MAX)) as i32);
                assert_eq!(
                    prepared.scores[id as usize],
                    want,
                    "{q:?} on {:?}",
                    strings.raw(id)
                );
                assert!(s.is_none_or(|s| s <= top_score(pattern, *mode)), "{q:?}");
            }
        }
        for (i, main) in mains.iter().enumerate() {
            let texts = Texts {
                main: &|| main.as_str(),
                body: &|| std::borrow::Cow::Borrowed(""),
            };
            let got = score(&query, &tables, hays.get(i), &texts);
            assert_eq!(
                got,
                plain(&query, &strings, hays.get(i), main),
                "{q:?} on {main:?}"
            );
            matched += usize::from(got.is_some());
        }
    }
    assert!(matched > 1000, "the queries match often: {matched}");
}
