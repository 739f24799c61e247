//! `Filter` against the plain scorer: on generated catalogs, typing a
//! query letter by letter and deleting it again gives, after every key,
//! exactly the hits and order of scoring every item from scratch with fresh
//! tables and sorting by the documented relevance order. What this guards:
//! tables narrowed from a shorter term's, the relevance tie-break ranks,
//! partial rescoring and restored hits.

use super::matcher::{score, Tables, Texts};
use super::{Catalog, Filter, Hit, Query, Subject};
use crate::model::{Date, Mention, Report};
use std::cmp::Reverse;

/// A small xorshift generator: the same catalog on every run.
pub(super) struct Dice(pub(super) u32);

impl Dice {
    pub(super) fn roll(&mut self, m: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 17;
        self.0 ^= self.0 << 5;
        self.0 as usize % m
    }

    fn pick<'a>(&mut self, words: &[&'a str]) -> &'a str {
        words[self.roll(words.len())]
    }
}

const FAMILY: &[&str] = &["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Đỗ", "Ngô", "Bùi"];
const MIDDLE: &[&str] = &["Thị", "Văn", "Minh", "Ngọc", "Hữu", "Thu"];
const GIVEN: &[&str] = &["Hoài", "Hùng", "Nga", "Vũ", "Tâm", "Hiến", "Ngân", "Hải"];
const TITLES: &[&str] = &[
    "Trưởng ban Dân vận Tỉnh ủy",
    "Phó Bí thư Huyện ủy",
    "Chủ tịch UBMTTQ tỉnh",
    "Bí thư Đảng ủy xã",
];
const PLACES: &[&str] = &["Nghệ An", "Hà Giang", "Quảng Ngãi", "Đồng Tháp", "Huế"];
const WORDS: &[&str] = &[
    "hội", "nghị", "giao", "ban", "công", "tác", "dân", "vận", "khéo", "quý", "năm", "tiếp", "xúc",
    "cử", "tri", "mô", "hình", "Ngày", "hội", "đoàn", "kết",
];

fn generated(seed: u32, n: usize) -> Catalog {
    Catalog::from_reports(generated_reports(seed, n))
}

fn generated_reports(seed: u32, n: usize) -> Vec<Report> {
    let mut d = Dice(seed);
    (0..n)
        .map(|i| {
            let title: Vec<&str> = (0..3 + d.roll(6)).map(|_| d.pick(WORDS)).collect();
            let officials = (0..d.roll(4))
                .map(|_| Mention {
                    name: format!("{} {} {}", d.pick(FAMILY), d.pick(MIDDLE), d.pick(GIVEN)).into(),
                    titles: vec![d.pick(TITLES).into()],
                    ..Mention::default()
                })
                .collect();
            // A few reports share a date, a few have none.
            let date = Date::new(
                2015 + d.roll(4) as u16,
                1 + d.roll(3) as u8,
                1 + d.roll(3) as u8,
            );
            Report {
                file: format!("r{i}.txt"),
                title: Some(title.join(" ").into()),
                event_date: if d.roll(8) == 0 { None } else { date },
                places: vec![d.pick(PLACES).into()],
                source: Some(d.pick(&["Báo Nhân Dân", "Dân vận online"]).into()),
                officials,
                ..Report::default()
            }
        })
        .collect()
}

/// Every item scored from scratch, best first: score, then more reports,
/// then newer (undated last), then the item's index.
fn plain(catalog: &Catalog, subject: Subject, text: &str) -> Vec<Hit> {
    let query = Query::parse(text);
    let mut tables = Tables::default();
    tables.extend(&query, &catalog.index().strings);
    let hays = &catalog.index().hays[subject as usize];
    let mut hits: Vec<Hit> = (0..catalog.len(subject))
        .filter_map(|index| {
            let main = || catalog.label(subject, index);
            let body = || std::borrow::Cow::Borrowed("");
            let texts = Texts {
                main: &main,
                body: &body,
            };
            let s = score(&query, &tables, hays.get(index), &texts)?;
            let score = if query.is_empty() {
                0
            } else {
                s.clamp(0, i64::from(u32::MAX))
            };
            Some(Hit { index, score })
        })
        .collect();
    hits.sort_by_key(|h| {
        let (count, date) = catalog.weight(subject, h.index);
        (
            Reverse(h.score),
            Reverse(count),
            date.is_none(),
            Reverse(date),
            h.index,
        )
    });
    hits
}

/// Queries of one to three words made from the catalog's own words, with
/// now and then a capital, an accent, an exact or prefix mark or a typo.
fn queries(d: &mut Dice) -> Vec<String> {
    let words: Vec<&str> = [FAMILY, MIDDLE, GIVEN, PLACES, WORDS].concat();
    (0..40)
        .map(|_| {
            let q: Vec<String> = (0..1 + d.roll(3))
                .map(|_| {
                    let w = d.pick(&words);
                    let mut w = match d.roll(4) {
                        0 => w.to_string(),
                        _ => super::folded(w),
                    };
                    match d.roll(8) {
                        0 => w.insert(0, '\''),
                        1 => w.insert(0, '^'),
                        2 => w.push_str(d.pick(&["x", "a", "n"])),
                        _ => {}
                    }
                    w
                })
                .collect();
            q.join(" ")
        })
        .collect()
}

/// The texts the filter holds while `q` is typed letter by letter, then
/// deleted back to its first letter.
fn typed_then_deleted(q: &str) -> Vec<String> {
    let prefixes: Vec<String> = (1..=q.chars().count())
        .map(|n| q.chars().take(n).collect())
        .collect();
    let back = prefixes.iter().rev().skip(1).cloned();
    prefixes.iter().cloned().chain(back).collect()
}

#[test]
fn typing_letter_by_letter_ranks_as_scoring_everything_from_scratch() {
    for seed in [7, 11] {
        let catalog = generated(seed, 600);
        let mut d = Dice(seed * 31 + 1);
        for subject in [Subject::Reports, Subject::Officials, Subject::Positions] {
            let mut typed = Filter::new(subject);
            typed.prepare_title_order(&catalog);
            for q in queries(&mut d) {
                for text in &typed_then_deleted(&q) {
                    typed.set_query(&catalog, text);
                    let want = plain(&catalog, subject, text);
                    assert_eq!(typed.hits(), want, "{subject:?} {text:?} (typing {q:?})");
                }
            }
        }
    }
}

#[test]
fn reports_sharing_a_title_rank_as_each_scored_alone() {
    // A few titles shared by many reports: the first report of a title
    // scores it for the rest, whatever else each report names.
    const SHARED: &[&str] = &[
        "Hội nghị giao ban công tác dân vận",
        "Dân vận khéo ở Nghệ An",
        "Ngày hội đoàn kết",
        "tiếp xúc cử tri",
        "",
    ];
    let mut d = Dice(5);
    let mut reports = generated_reports(17, 500);
    for r in &mut reports {
        r.title = Some(d.pick(SHARED).into());
    }
    let catalog = Catalog::from_reports(reports);
    let mut typed = Filter::new(Subject::Reports);
    typed.prepare_title_order(&catalog);
    let mut texts = queries(&mut d);
    texts.extend(
        [
            "hoi nghi",
            "gioban",
            "!giao",
            "'dan van",
            "^ngay",
            "kheo$",
            "nghi | xyz",
            "Hội",
            "dan !van",
            "ngh an",
        ]
        .map(String::from),
    );
    for q in texts {
        for text in &typed_then_deleted(&q) {
            typed.set_query(&catalog, text);
            let want = plain(&catalog, Subject::Reports, text);
            assert_eq!(typed.hits(), want, "{text:?} (typing {q:?})");
        }
    }
}

#[test]
fn ordering_only_the_first_hits_shows_them_as_a_full_sort_would() {
    let catalog = generated(13, 600);
    let mut d = Dice(97);
    for subject in [Subject::Reports, Subject::Officials, Subject::Positions] {
        let mut typed = Filter::new(subject);
        typed.prepare_title_order(&catalog);
        for q in queries(&mut d) {
            for text in &typed_then_deleted(&q) {
                // Sometimes none, one or a few are asked for, sometimes
                // more than there are hits.
                let first = [0, 1, 3, 40, 1000][d.roll(5)];
                typed.set_query_top(&catalog, text, first);
                let want = plain(&catalog, subject, text);
                let n = typed.sorted();
                assert!(n >= first.min(want.len()), "{subject:?} {text:?}");
                assert_eq!(typed.hits().len(), want.len(), "{subject:?} {text:?}");
                assert_eq!(typed.hits()[..n], want[..n], "{subject:?} {text:?}");
                // The rest are the same hits, in some order.
                let mut rest = typed.hits()[n..].to_vec();
                rest.sort_by_key(|h| h.index);
                let mut also = want[n..].to_vec();
                also.sort_by_key(|h| h.index);
                assert_eq!(rest, also, "{subject:?} {text:?}");
                // Scrolling on orders a few more, then all.
                if d.roll(3) == 0 {
                    typed.rank_first(&catalog, n + 7);
                    let more = typed.sorted();
                    assert!(more >= (n + 7).min(want.len()));
                    assert_eq!(typed.hits()[..more], want[..more], "{text:?}");
                }
                if d.roll(2) == 0 {
                    typed.complete(&catalog);
                    assert_eq!(typed.sorted(), want.len());
                    assert_eq!(typed.hits(), want, "{subject:?} {text:?}");
                }
            }
        }
    }
}

#[test]
fn moving_to_the_end_then_narrowing_or_widening_ranks_as_from_scratch() {
    // Scores spread over many values and few: the first hits are picked by
    // counting scores, the rest ordered only when the list moves to them.
    let catalog = generated(29, 900);
    let mut d = Dice(53);
    let mut typed = Filter::new(Subject::Reports);
    typed.prepare_title_order(&catalog);
    for q in queries(&mut d) {
        for text in &typed_then_deleted(&q) {
            let first = [1, 5, 30][d.roll(3)];
            typed.set_query_top(&catalog, text, first);
            let want = plain(&catalog, Subject::Reports, text);
            let n = typed.sorted();
            assert_eq!(typed.hits()[..n], want[..n], "{text:?}");
            match d.roll(3) {
                // End (or G): every hit in order, the last one last.
                0 => {
                    typed.complete(&catalog);
                    assert_eq!(typed.hits(), want, "{text:?} after End");
                }
                // A page down: the next screens, then the rest unordered.
                1 => {
                    typed.rank_first(&catalog, n + 2 * first);
                    let more = typed.sorted();
                    assert_eq!(typed.hits()[..more], want[..more], "{text:?}");
                }
                _ => {}
            }
        }
    }
}

#[test]
fn a_grown_catalog_keeps_ranking_as_from_scratch() {
    let catalog = generated(5, 300);
    let mut f = Filter::new(Subject::Reports);
    f.prepare_title_order(&catalog);
    f.set_query_top(&catalog, "ng", 5);
    let mut grown = generated(5, 300);
    let mut more: Vec<Report> = generated(9, 200).reports().to_vec();
    for (i, r) in more.iter_mut().enumerate() {
        r.file = format!("more{i}.txt");
    }
    grown.add_reports(more);
    f.refresh(&grown);
    assert_eq!(f.hits(), plain(&grown, Subject::Reports, "ng"));
    for text in ["ngu", "nguy", "nguyen", "nguyen h"] {
        f.set_query(&grown, text);
        assert_eq!(f.hits(), plain(&grown, Subject::Reports, text), "{text:?}");
    }
}

#[test]
fn widening_after_narrowing_scores_the_texts_no_hit_named_before() {
    // Narrowing scores only the shared texts the remaining hits name; an
    // alternative or a negation then widens to every item, whose texts
    // must be scored too.
    let catalog = generated(17, 600);
    for subject in [Subject::Reports, Subject::Officials, Subject::Positions] {
        let mut typed = Filter::new(subject);
        typed.prepare_title_order(&catalog);
        for text in [
            "n",
            "ng",
            "ngu",
            "nguyen",
            "nguyen t",
            "nguyen th",
            "nguyen th|h",
            "nguyen th|ha",
            "nguyen !th",
            "nguyen",
            "h",
            "ha",
            "ha n",
            "ha !n",
            "",
        ] {
            typed.set_query(&catalog, text);
            let want = plain(&catalog, subject, text);
            assert_eq!(typed.hits(), want, "{subject:?} {text:?}");
        }
    }
}

#[test]
fn deleting_back_after_the_catalog_grew_ranks_as_from_scratch() {
    // Earlier texts hold their hits as keys of the tie-break ranks made
    // for the catalog they were typed on; reports added between two keys
    // (with no refresh) make new ranks, and the earlier texts are forgotten.
    let small = generated(23, 300);
    let mut grown = generated(23, 300);
    let mut more: Vec<Report> = generated(29, 300).reports().to_vec();
    for (i, r) in more.iter_mut().enumerate() {
        r.file = format!("more{i}.txt");
    }
    grown.add_reports(more);
    let mut f = Filter::new(Subject::Reports);
    f.keep_earlier_bytes(0);
    f.prepare_title_order(&small);
    for text in ["n", "ng", "ngu"] {
        f.set_query(&small, text);
    }
    for text in ["nguy", "ngu", "ng", "n", "", "h", ""] {
        f.set_query(&grown, text);
        let want = plain(&grown, Subject::Reports, text);
        assert_eq!(f.hits(), want, "{text:?}");
    }
}

#[test]
fn earlier_texts_come_back_exactly_when_held_as_keys_or_as_hits() {
    // Earlier hits are held as 64-bit keys under the relevance order and
    // as hits under the others, and past the budget the oldest texts are
    // forgotten; either way deleting back restores them.
    use super::{Held, Order};
    let catalog = generated(31, 500);
    let mut d = Dice(41);
    let mut saw_keys = false;
    let orders = [Order::Relevance, Order::Newest, Order::Title];
    for (order, budget) in orders
        .into_iter()
        .flat_map(|o| [(o, usize::MAX), (o, 48 << 10), (o, 24 << 10)])
    {
        let mut f = Filter::new(Subject::Reports);
        f.keep_earlier_bytes(budget);
        f.prepare_title_order(&catalog);
        f.set_order(&catalog, order);
        for q in queries(&mut d).into_iter().take(10) {
            let mut seen: Vec<(String, Vec<Hit>)> = Vec::new();
            for text in &typed_then_deleted(&q) {
                f.set_query(&catalog, text);
                saw_keys |= f.earlier.iter().any(|e| matches!(e.hits, Held::Keys(_)));
                match seen.iter().find(|(t, _)| t == text) {
                    Some((_, hits)) => assert_eq!(f.hits(), &hits[..], "{order:?} {text:?}"),
                    None => seen.push((text.clone(), f.hits().to_vec())),
                }
            }
        }
    }
    assert!(saw_keys, "some budget held keys");
}

#[test]
fn earlier_hits_are_held_as_keys_under_relevance() {
    // Half the bytes of the hits, whatever the budget; as hits under an
    // order whose keys are not 64 bits.
    use super::{Held, Order};
    let catalog = generated(31, 200);
    let mut f = Filter::new(Subject::Reports);
    f.prepare_title_order(&catalog);
    for text in ["n", "ng", "ngu"] {
        f.set_query(&catalog, text);
    }
    assert_eq!(f.earlier.len(), 2);
    assert!(f.earlier.iter().all(|e| matches!(e.hits, Held::Keys(_))));
    f.set_order(&catalog, Order::Newest);
    for text in ["ng", "n"] {
        f.set_query(&catalog, text);
    }
    assert!(!f.earlier.is_empty());
    assert!(f.earlier.iter().all(|e| matches!(e.hits, Held::Hits(_))));
}
