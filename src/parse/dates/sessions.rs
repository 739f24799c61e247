//! The year of a day written without one in a report on a session of the
//! National Assembly ("Sáng 3/12, tiếp tục chương trình Kỳ họp thứ 10,
//! Quốc hội khóa XV, …"): each regular session has its days, so the day
//! falls in the year of the session it is nearest to. The sessions are
//! data: `assets/lexicon/assembly_sessions.tsv`.

use super::{prefix, Rx};
use crate::model::Date;
use std::sync::LazyLock;

/// One regular session: its term, its number in the term, its first and
/// last day.
struct Session {
    term: u8,
    number: u8,
    opened: Date,
    closed: Date,
}

const SESSIONS_FILE: &str = include_str!("../../../assets/lexicon/assembly_sessions.tsv");

static SESSIONS: LazyLock<Vec<Session>> = LazyLock::new(|| {
    super::super::lexicon::entries(SESSIONS_FILE)
        .filter_map(|(term, rest)| {
            let mut cols = rest.split('\t');
            Some(Session {
                term: roman(term)?,
                number: cols.next()?.parse().ok()?,
                opened: Date::parse_iso(cols.next()?)?,
                closed: Date::parse_iso(cols.next()?)?,
            })
        })
        .collect()
});

/// "Kỳ họp thứ 10, Quốc hội khóa XV" (or "khóa 15", or "Kỳ họp thứ nhất"),
/// "kỳ họp thứ X của Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khoá
/// XV", and the other order, "Quốc hội khóa XV, kỳ họp thứ 10", with the
/// verb between ("Quốc hội khóa XIV bế mạc Kỳ họp thứ 9"). A
/// People's Council's session ("Kỳ họp thứ 10, HĐND tỉnh khóa XV") is no
/// session of the Assembly.
static NAMED: LazyLock<Rx> = LazyLock::new(|| {
    Rx::new(&format!(
        r"(?i)k[ỳì] họp (?:lần )?thứ ({SESSION_NUMBER})\b,? (?:của )?quốc hội(?: nước [^,.;()]{{0,60}}?)?,? kh(?:óa|oá) ([ivx]{{1,5}}|[0-9]{{1,2}})\b|quốc hội kh(?:óa|oá) ([ivx]{{1,5}}|[0-9]{{1,2}}),?(?: \p{{Ll}}+){{0,4}}? k[ỳì] họp (?:lần )?thứ ({SESSION_NUMBER})\b"
    ))
});

/// A session's number: in digits, in Roman numerals, or as an ordinal
/// word, "thứ nhất" to "thứ mười lăm".
const SESSION_NUMBER: &str = r"[0-9]{1,2}|[ivx]{1,5}|mười(?: (?:một|hai|ba|bốn|tư|lăm|năm|sáu|bảy|tám|chín)\b)?|nhất|hai|ba|tư|năm|sáu|bảy|tám|chín";

/// The ordinal words of a session's number and their values ("thứ nhất"
/// is the first, "thứ tư" the fourth).
const ORDINALS: &[(&str, u8)] = &[
    ("nhất", 1),
    ("một", 1),
    ("hai", 2),
    ("ba", 3),
    ("bốn", 4),
    ("tư", 4),
    ("năm", 5),
    ("lăm", 5),
    ("sáu", 6),
    ("bảy", 7),
    ("tám", 8),
    ("chín", 9),
];

/// The value of a session's number written in words ("nhất", "mười hai").
fn ordinal(s: &str) -> Option<u8> {
    let lower = s.to_lowercase();
    let unit = |w: &str| ORDINALS.iter().find(|(o, _)| *o == w).map(|&(_, v)| v);
    match lower.strip_prefix("mười") {
        Some("") => Some(10),
        Some(rest) => unit(rest.trim_start()).map(|v| 10 + v),
        None => unit(&lower),
    }
}

/// How far into a report its session is looked for: the headline and
/// the lead name it.
const SESSION_HEAD: usize = 1200;

/// The year of day `d` of month `m` in a report whose headline or lead
/// names a regular session of the National Assembly: of the years around
/// the session, the one that puts the day nearest to the session's days
/// (a voters' meeting after a session in December, one before it in May).
pub(super) fn session_year(text: &str, d: u8, m: u8) -> Option<u16> {
    let head = prefix(text, SESSION_HEAD);
    let c = NAMED
        .captures_iter(head)
        .find(|c| c.get(0).is_some_and(|w| !cites_law(head, w.end())))?;
    let (number, term) = match (c.get(1), c.get(2)) {
        (Some(n), Some(t)) => (n.as_str(), t.as_str()),
        _ => (c.get(4)?.as_str(), c.get(3)?.as_str()),
    };
    let number = number
        .parse()
        .ok()
        .or_else(|| roman(number))
        .or_else(|| ordinal(number))?;
    let term = term.parse().ok().or_else(|| roman(term))?;
    let s = SESSIONS
        .iter()
        .find(|s| s.term == term && s.number == number)?;
    let (opened, closed) = (s.opened.rough_day_number(), s.closed.rough_day_number());
    let year = s.opened.year;
    [year - 1, year, year + 1]
        .into_iter()
        .filter_map(|y| Date::new(y, m, d))
        .min_by_key(|&date| {
            let n = date.rough_day_number();
            opened.saturating_sub(n).max(n.saturating_sub(closed))
        })
        .map(|date| date.year)
}

/// Words that cite what a session passed ("Luật Đất đai được Quốc hội
/// thông qua tại Kỳ họp thứ 5, Quốc hội khóa XV"): a law may be put into
/// effect years after the session that passed it.
const CITED: &[&str] = &["thông qua", "ban hành", "luật ", "nghị quyết số"];

/// Whether the sentence of `head` up to byte `at`, the end of the
/// session's name, cites a law or a resolution of the session named there
/// ("nghị quyết do Quốc hội khóa XV ban hành ở Kỳ họp thứ 5").
fn cites_law(head: &str, at: usize) -> bool {
    let before = &head[..at];
    let sentence = &before[before.rfind(['.', '\n']).map_or(0, |k| k + 1)..];
    let lower = sentence.to_lowercase();
    CITED.iter().any(|w| lower.contains(w))
}

/// A Roman numeral up to 39 ("XV", "xiv"), as terms and sessions are
/// numbered.
pub(super) fn roman(s: &str) -> Option<u8> {
    let mut total = 0u8;
    let mut last = 0u8;
    for c in s.chars().rev() {
        let v = match c.to_ascii_uppercase() {
            'I' => 1,
            'V' => 5,
            'X' => 10,
            _ => return None,
        };
        if v < last {
            total = total.checked_sub(v)?;
        } else {
            total = total.checked_add(v)?;
            last = v;
        }
    }
    (total > 0).then_some(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_session_is_read_in_order_within_its_days() {
        let rows = super::super::super::lexicon::entries(SESSIONS_FILE).count();
        assert_eq!(SESSIONS.len(), rows, "a row did not read");
        for pair in SESSIONS.windows(2) {
            assert!(pair[0].closed.rough_day_number() < pair[1].opened.rough_day_number());
            let next = if pair[0].term == pair[1].term {
                pair[0].number + 1
            } else {
                1
            };
            assert!(pair[1].number == next || pair[1].term != pair[0].term);
        }
        assert!(SESSIONS
            .iter()
            .all(|s| s.opened.rough_day_number() <= s.closed.rough_day_number()));
    }

    #[test]
    fn roman_numerals_of_terms_and_sessions() {
        assert!(NAMED.compiled());
        assert_eq!(roman("XV"), Some(15));
        assert_eq!(roman("xiv"), Some(14));
        assert_eq!(roman("XIII"), Some(13));
        assert_eq!(roman("IX"), Some(9));
        assert_eq!(roman("X"), Some(10));
        assert_eq!(roman("Xa"), None);
    }

    #[test]
    fn a_day_takes_the_year_of_the_session_the_report_names() {
        let during = "Sáng 3/12, tiếp tục chương trình Kỳ họp thứ 10, Quốc hội khóa XV, \
                      Quốc hội nghe báo cáo của Chính phủ.";
        assert_eq!(session_year(during, 3, 12), Some(2025));
        // A voters' meeting a week after the session closed.
        let after = "Ngày 17/12, Đoàn ĐBQH tỉnh tiếp xúc cử tri sau Kỳ họp thứ 10 \
                     của Quốc hội khoá XV.";
        assert_eq!(session_year(after, 17, 12), Some(2025));
        // One in spring before a session in May.
        let before = "Chiều 28/4, Đoàn ĐBQH tỉnh tiếp xúc cử tri trước Kỳ họp thứ 7, \
                      Quốc hội khóa XIV.";
        assert_eq!(session_year(before, 28, 4), Some(2019));
        let digits = "Tiếp tục chương trình Kỳ họp thứ 10, Quốc hội khóa 15, sáng ngày 28/10, \
                      Quốc hội thảo luận tại hội trường.";
        assert_eq!(session_year(digits, 28, 10), Some(2025));
        let other_order = "Sáng 21/10, Quốc hội khóa XV, kỳ họp thứ 8 khai mạc.";
        assert_eq!(session_year(other_order, 21, 10), Some(2024));
        // "kỳ họp lần thứ N" and a day written with a dash.
        let spelt = "Chuẩn bị kỳ họp lần thứ 9, Quốc hội khóa XIII, ngày 12-5, Tổ đại biểu \
                     tiếp xúc cử tri phường 2.";
        assert_eq!(session_year(spelt, 12, 5), Some(2015));
    }

    #[test]
    fn a_session_numbered_in_words_or_after_its_verb_dates_the_day() {
        let first = "Chiều 24/7, tổ đại biểu tỉnh góp ý cho kỳ họp thứ nhất \
                     Quốc hội khóa XV.";
        assert_eq!(session_year(first, 24, 7), Some(2021));
        let second = "Sáng 13/11, tiếp tục kỳ họp thứ hai của Quốc hội khoá XV, đại biểu \
                      thảo luận ở tổ.";
        assert_eq!(session_year(second, 13, 11), Some(2021));
        let opened = "Sáng 22/10, Quốc hội khóa XIV chính thức mở Kỳ họp thứ 8 tại \
                      Nhà Quốc hội.";
        assert_eq!(session_year(opened, 22, 10), Some(2019));
        assert_eq!(ordinal("nhất"), Some(1));
        assert_eq!(ordinal("tư"), Some(4));
        assert_eq!(ordinal("mười"), Some(10));
        assert_eq!(ordinal("Mười lăm"), Some(15));
        assert_eq!(ordinal("mười tám"), Some(18));
        assert_eq!(ordinal("mươi"), None);
    }

    #[test]
    fn a_law_passed_at_a_session_named_after_its_verb_dates_nothing() {
        let cited = "Ngày 5/3, xã phổ biến những điều Quốc hội khóa XV thông qua tại Kỳ \
                     họp thứ 5 cho hội viên.";
        assert_eq!(session_year(cited, 5, 3), None);
    }

    #[test]
    fn a_session_that_passed_a_law_cited_later_dates_nothing() {
        let cited = "Sáng 12/3, huyện triển khai Luật Đất đai được Quốc hội thông qua tại \
                     Kỳ họp thứ 5, Quốc hội khóa XV.";
        assert_eq!(session_year(cited, 12, 3), None);
    }

    #[test]
    fn a_councils_session_or_an_unknown_one_dates_nothing() {
        let council = "Sáng 9/12, Kỳ họp thứ 10, HĐND tỉnh khóa XV khai mạc.";
        assert_eq!(session_year(council, 9, 12), None);
        let unlisted = "Sáng 9/12, Kỳ họp thứ 30, Quốc hội khóa XV.";
        assert_eq!(session_year(unlisted, 9, 12), None);
    }
}
