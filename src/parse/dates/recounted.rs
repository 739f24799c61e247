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
    match latest_past(text) {
        Some(latest) if day < latest && next >= latest && latest.year == year => year + 1,
        _ => year,
    }
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
    fn a_month_recounted_counts_from_its_first_day() {
        let text = "Ngày 12/7, xã tổ chức hội nghị. Từ tháng 7/2023, xã đã vận động \
                    nhân dân hiến đất làm đường.";
        assert_eq!(not_before_recounted(text, 2023, 12, 7), 2023);
    }
}
