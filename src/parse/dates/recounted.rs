//! A day written without its year is no earlier than what the report
//! recounts as past: "Trước đó, tháng 7/2024, …" and a warrant "ngày
//! 9/9/2022" under "Chiều 10/1, Công an tỉnh bắt …" put that afternoon in
//! 2025, not in 2024, the year the text names most.

use super::{num, Rx, FULL};
use crate::model::Date;
use std::sync::LazyLock;

/// A month named with its year ("tháng 7/2024", "tháng 7 năm 2024").
static MONTH_YEAR: LazyLock<Rx> = LazyLock::new(|| {
    Rx::new(r"(?i:tháng) ([0-9]{1,2})(?:\s*[/.-]\s*| năm )((?:19|20)[0-9]{2})(?:$|[^0-9])")
});

/// Words of a sentence that looks ahead: a day in it is a plan, a
/// target or a deadline, not something past.
const AHEAD: &[&str] = &[
    "sẽ ",
    "dự kiến",
    "kế hoạch",
    "phấn đấu",
    "mục tiêu",
    "chậm nhất",
    "thời hạn",
    "hạn chót",
    "hiệu lực",
];

/// Words right before a day that make it a limit ("đến ngày", "trước
/// tháng 6/2024") or the start of a state ("vận hành từ ngày 1/7/2025")
/// rather than a day something happened.
const LIMIT: &[&str] = &["đến", "tới", "trước", "hết", "từ"];

/// `year` for day `d` of month `m`, or the year after it when that day of
/// `year` comes before the latest day `text` recounts as past and the
/// same day a year later does not.
pub(super) fn not_before_recounted(text: &str, year: u16, d: u8, m: u8) -> u16 {
    let (Some(day), Some(next)) = (Date::new(year, m, d), Date::new(year + 1, m, d)) else {
        return year;
    };
    // "Sáng 24/1, … thông tin kết quả nổi bật của tỉnh năm 2023": early in
    // a year, the year whose results are told is the one just closed.
    if m <= REVIEW_MONTHS && latest_reviewed(&text.to_lowercase()) == Some(year) {
        return year + 1;
    }
    match latest_past(text) {
        Some(latest) if day < latest && next >= latest && latest.year == year => year + 1,
        _ => year,
    }
}

/// The months at a year's start in which a year whose results are told
/// ("kết quả … năm 2023") has closed.
const REVIEW_MONTHS: u8 = 2;

/// Words that tell a year's results or state ("kết quả", "tình hình",
/// "tổng kết", "thành tựu") within `REVIEW_REACH` words before "năm"
/// and its year, in a sentence that does not look ahead.
const REVIEW: &[&str] = &["kết quả", "tình hình", "tổng kết", "thành tựu"];

/// Most words between a review's word and the year it tells.
const REVIEW_REACH: usize = 16;

/// The latest year `lower` tells the results or the state of ("kết quả
/// nổi bật về tình hình kinh tế - xã hội của tỉnh năm 2023"); a span of
/// years ("năm 2021-2025"), a limit or a year in a sentence that looks
/// ahead is none.
fn latest_reviewed(lower: &str) -> Option<u16> {
    lower
        .match_indices("năm ")
        .filter_map(|(at, w)| {
            let rest = &lower[at + w.len()..];
            let year: u16 = rest.get(..4)?.parse().ok()?;
            let after = rest[4..].chars().next();
            let single =
                after.is_none_or(|c| !c.is_alphanumeric() && !matches!(c, '-' | '–' | '/'));
            (single && (1997..2100).contains(&year) && reviewed(lower, at)).then_some(year)
        })
        .max()
}

/// Most bytes read on either side of a year for its review's words: a
/// sentence's worth, so that a text with no full stops is read once.
const REVIEW_BYTES: usize = 400;

/// Whether a review's word comes within `REVIEW_REACH` words before byte
/// `at` of `lower`, in the same sentence, with no limit right before the
/// year and no word of a plan in the sentence.
fn reviewed(lower: &str, at: usize) -> bool {
    let mut from = at.saturating_sub(REVIEW_BYTES);
    while !lower.is_char_boundary(from) {
        from += 1;
    }
    let before = &lower[from..at];
    let before = &before[before.rfind(['.', '\n']).map_or(0, |k| k + 1)..];
    let mut to = (at + REVIEW_BYTES).min(lower.len());
    while !lower.is_char_boundary(to) {
        to -= 1;
    }
    let after = &lower[at..to];
    let after = &after[..after
        .find(". ")
        .or_else(|| after.find('\n'))
        .unwrap_or(after.len())];
    let words: Vec<&str> = before.split_whitespace().rev().take(REVIEW_REACH).collect();
    let window = words.into_iter().rev().collect::<Vec<_>>().join(" ");
    let limit = LIMIT.iter().any(|w| before.trim_end().ends_with(w));
    let ahead = AHEAD
        .iter()
        .any(|w| before.contains(w) || after.contains(w));
    !limit && !ahead && REVIEW.iter().any(|w| window.contains(w))
}

/// The latest day or month `text` names as past; a month counts from its
/// first day.
fn latest_past(text: &str) -> Option<Date> {
    let lower = text.to_lowercase();
    let days = FULL.captures_iter(&lower).filter_map(|c| {
        let date = Date::new(num(c.get(3))?, num(c.get(2))?, num(c.get(1))?)?;
        past(&lower, c.get(1)?.start()).then_some(date)
    });
    let months = MONTH_YEAR.captures_iter(&lower).filter_map(|c| {
        let date = Date::new(num(c.get(2))?, num(c.get(1))?, 1)?;
        past(&lower, c.get(0)?.start()).then_some(date)
    });
    days.chain(months).max()
}

/// Whether the day named at byte `at` of `lower` is told as past: not a
/// limit, not in a sentence that looks ahead.
fn past(lower: &str, at: usize) -> bool {
    let before = lower[..at].trim_end();
    let before = before
        .strip_suffix("ngày")
        .or_else(|| before.strip_suffix("tháng"))
        .unwrap_or(before)
        .trim_end();
    if LIMIT.iter().any(|w| before.ends_with(w)) {
        return false;
    }
    // A sentence, not a clause: "Dự kiến … trong tháng 3/2024; đại hội
    // … trong tháng 6/2024" looks ahead in both.
    let start = before.rfind(['.', '\n']).map_or(0, |k| k + 1);
    let end = lower[at..]
        .find(". ")
        .or_else(|| lower[at..].find('\n'))
        .map_or(lower.len(), |k| at + k);
    let sentence = &lower[start..end];
    !AHEAD.iter().any(|w| sentence.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_after_the_past_the_report_recounts_is_in_the_next_year() {
        assert!(MONTH_YEAR.compiled());
        let text = "Chiều 10/1, Cơ quan Cảnh sát điều tra Công an tỉnh đã bắt đối tượng \
                    bị truy nã theo quyết định ngày 9/9/2022. Trước đó, tháng 7/2024, \
                    đối tượng bỏ trốn khỏi nơi cư trú.";
        assert_eq!(not_before_recounted(text, 2024, 10, 1), 2025);
        // The day itself falls after what is recounted: it keeps its year.
        assert_eq!(not_before_recounted(text, 2024, 10, 8), 2024);
    }

    #[test]
    fn plans_limits_and_targets_are_no_past() {
        let text = "Sáng 5/3, huyện triển khai kế hoạch năm 2024. Huyện phấn đấu đến \
                    tháng 10/2024 hoàn thành 200 căn nhà; các xã báo cáo trước ngày \
                    30/6/2024. Công trình sẽ khánh thành tháng 9/2024.";
        assert_eq!(not_before_recounted(text, 2024, 5, 3), 2024);
    }

    #[test]
    fn a_day_a_state_starts_from_or_a_plan_in_clauses_is_no_past() {
        let start = "Ngày 30/6, tỉnh tổ chức lễ công bố nghị quyết sắp xếp đơn vị hành chính. \
                     Bộ máy mới chính thức vận hành từ ngày 1/7/2025.";
        assert_eq!(not_before_recounted(start, 2025, 30, 6), 2025);
        let clauses = "Sáng 21/2, huyện tổ chức hội nghị. Dự kiến đại hội cấp xã hoàn thành \
                       trong tháng 3/2024; đại hội cấp huyện tổ chức trong tháng 6/2024.";
        assert_eq!(not_before_recounted(clauses, 2024, 21, 2), 2024);
    }

    #[test]
    fn early_in_a_year_the_year_whose_results_are_told_has_closed() {
        let text = "Chiều 30/1, đoàn của Huyện ủy Krông Nô đến chúc Tết các giáo xứ. \
                    Phó Bí thư Huyện ủy đã báo cáo kết quả phát triển kinh tế, giữ vững \
                    quốc phòng của huyện năm 2022.";
        assert_eq!(not_before_recounted(text, 2022, 30, 1), 2023);
        // Later in the year the review is of the year under way.
        assert_eq!(not_before_recounted(text, 2022, 8, 12), 2022);
        // A plan, a span of years or a bare year tells no results.
        let plan = "Sáng 12/1, xã triển khai kế hoạch; phấn đấu đạt kết quả cao \
                    trong năm 2022.";
        assert_eq!(not_before_recounted(plan, 2022, 12, 1), 2022);
        let span = "Sáng 12/1, huyện nghe tình hình thực hiện nghị quyết nhiệm kỳ năm 2020-2025.";
        assert_eq!(not_before_recounted(span, 2020, 12, 1), 2020);
        let bare = "Ngày 9/2, Tỉnh đoàn trao quà Tết Nguyên đán năm 2021 cho thanh niên.";
        assert_eq!(not_before_recounted(bare, 2021, 9, 2), 2021);
    }

    #[test]
    fn a_long_text_of_reviewed_years_without_full_stops_is_read_in_bounded_steps() {
        let text = "Ngày 3/1, huyện nêu kết quả năm 2021 ".repeat(20_000);
        assert_eq!(not_before_recounted(&text, 2021, 3, 1), 2022);
    }

    #[test]
    fn a_month_recounted_counts_from_its_first_day() {
        let text = "Ngày 12/7, xã tổ chức hội nghị. Từ tháng 7/2023, xã đã vận động \
                    nhân dân hiến đất làm đường.";
        assert_eq!(not_before_recounted(text, 2023, 12, 7), 2023);
    }
}
