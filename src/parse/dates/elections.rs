//! The year of a day written without one in a report on a general
//! election ("Chiều 6/4, … hiệp thương lần thứ ba, bầu cử ĐBQH khóa
//! XIII"): the election has its day, and its preparation and first
//! sessions lie around it, so the day falls in the year that puts it
//! nearest the election. The elections are data:
//! `assets/lexicon/elections.tsv`. Reads no session of the Assembly
//! (`sessions.rs` does) and no party congress.

use super::sessions::roman;
use super::{prefix, Rx};
use crate::model::Date;
use std::sync::LazyLock;

/// One general election: the Assembly's term it fills and its day.
struct Election {
    term: u8,
    day: Date,
}

const ELECTIONS_FILE: &str = include_str!("../../../assets/lexicon/elections.tsv");

static ELECTIONS: LazyLock<Vec<Election>> = LazyLock::new(|| {
    super::super::lexicon::entries(ELECTIONS_FILE)
        .filter_map(|(term, day)| {
            Some(Election {
                term: roman(term)?,
                day: Date::parse_iso(day)?,
            })
        })
        .collect()
});

/// The election named by its verb ("bầu cử", "ứng cử", "hiệp thương")
/// and then its deputies: of the Assembly by term ("đại biểu Quốc hội
/// (ĐBQH) khóa XV"), or of the councils by their term's years ("đại biểu
/// HĐND xã nhiệm kỳ 2016-2021"). Each gap is bounded and kept
/// within one clause.
static NAMED: LazyLock<Rx> = LazyLock::new(|| {
    Rx::new(
        r"(?i)(?:bầu cử|ứng cử|hiệp thương)\b(?:[^.;\n]{0,60}?\b(?:đại biểu quốc hội|đbqh)(?: \([^)\n]{0,10}\))? kh(?:óa|oá) ([ivx]{1,5}|[0-9]{1,2})\b|[^.;\n]{0,80}?\b(?:đại biểu|hđnd|hội đồng nhân dân)\b[^.;\n]{0,60}?\bnhiệm kỳ (20[0-9]{2}) ?[-–] ?20[0-9]{2})",
    )
});

/// How far into a report its election is looked for: the headline and
/// the lead name it.
const ELECTION_HEAD: usize = 1200;

/// The year of day `d` of month `m` in a report whose headline or lead
/// names a general election: of the election's year and the one before
/// (the first consultations open in the winter before a spring election),
/// the one that puts the day nearest the election day.
pub(super) fn election_year(text: &str, d: u8, m: u8) -> Option<u16> {
    let head = prefix(text, ELECTION_HEAD);
    let day = NAMED.captures_iter(head).find_map(|c| {
        if let Some(term) = c.get(1) {
            let term = term
                .as_str()
                .parse()
                .ok()
                .or_else(|| roman(term.as_str()))?;
            return ELECTIONS.iter().find(|e| e.term == term).map(|e| e.day);
        }
        let year: u16 = c.get(2)?.as_str().parse().ok()?;
        ELECTIONS.iter().find(|e| e.day.year == year).map(|e| e.day)
    })?;
    let target = day.day_ordinal();
    [day.year - 1, day.year]
        .into_iter()
        .filter_map(|y| Date::new(y, m, d))
        .min_by_key(|date| (date.day_ordinal() - target).abs())
        .map(|date| date.year)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_election_is_read_in_order() {
        assert!(NAMED.compiled());
        let rows = super::super::super::lexicon::entries(ELECTIONS_FILE).count();
        assert_eq!(ELECTIONS.len(), rows, "a row did not read");
        assert!(ELECTIONS
            .windows(2)
            .all(|p| p[0].day < p[1].day && p[0].term + 1 == p[1].term));
    }

    #[test]
    fn a_day_takes_the_year_of_the_assembly_election_named() {
        let third = "Ngày 9/4, Mặt trận tỉnh Lạng Sơn họp hiệp thương lần thứ ba về \
                     bầu cử ĐBQH khoá XIV.";
        assert_eq!(election_year(third, 9, 4), Some(2016));
        let bracketed = "Sáng 20/3, hai vị ứng cử làm đại biểu Quốc hội (ĐBQH) khoá XV ở \
                         đơn vị số 2 gặp cử tri huyện Văn Chấn.";
        assert_eq!(election_year(bracketed, 20, 3), Some(2021));
        let digits = "Chiều 8/5, Ủy ban bầu cử thành phố kiểm tra việc chuẩn bị bầu cử \
                      ĐBQH khóa 13 tại quận Ngũ Hành Sơn.";
        assert_eq!(election_year(digits, 8, 5), Some(2011));
    }

    #[test]
    fn winter_consultations_fall_in_the_year_before_a_spring_election() {
        let first = "Sáng 3/12, Ban Thường trực Ủy ban MTTQ tỉnh Cà Mau tổ chức hội nghị \
                     hiệp thương lần thứ nhất bầu cử đại biểu Quốc hội khóa XVI.";
        assert_eq!(election_year(first, 3, 12), Some(2025));
        let sitting = "Chiều 28/6, các đại biểu trúng cử tại kỳ họp thứ nhất sau cuộc bầu \
                       cử đại biểu HĐND huyện nhiệm kỳ 2021 – 2026 nhận giấy chứng nhận.";
        assert_eq!(election_year(sitting, 28, 6), Some(2021));
    }

    #[test]
    fn a_councils_term_names_the_election_of_its_first_year() {
        let council = "Ngày 25/4, Ủy ban bầu cử xã Tân Phú niêm yết danh sách người ứng cử \
                       đại biểu Hội đồng nhân dân xã nhiệm kỳ 2016-2021.";
        assert_eq!(election_year(council, 25, 4), Some(2016));
    }

    #[test]
    fn a_party_term_or_an_unlisted_election_dates_nothing() {
        let congress = "Sáng 28/4, Ban Chấp hành bầu Bí thư Huyện ủy khóa XI, nhiệm kỳ \
                        2020 - 2025.";
        assert_eq!(election_year(congress, 28, 4), None);
        let unlisted = "Ngày 2/4, tỉnh triển khai việc bầu cử ĐBQH khóa XXX.";
        assert_eq!(election_year(unlisted, 2, 4), None);
        let no_year = "Ngày 2/4, tỉnh triển khai bầu cử đại biểu HĐND nhiệm kỳ 2019-2024.";
        assert_eq!(election_year(no_year, 2, 4), None);
    }
}
