//! The year of a day written without one that the text pairs with its
//! lunar day around Tết ("Sáng 17/2 (tức 29 Tết Âm lịch)", "ngày 12/2
//! (tức mùng 3 Tết)"): Tết falls on another solar day each year, so the
//! pair names the year. The first days of Tết are data:
//! `assets/lexicon/tet_days.tsv`. Reads no other calendar.

use crate::model::Date;
use std::sync::LazyLock;

const TET_FILE: &str = include_str!("../../../assets/lexicon/tet_days.tsv");

/// Each year's first day of Tết, in year order.
static TET: LazyLock<Vec<Date>> = LazyLock::new(|| {
    super::super::lexicon::entries(TET_FILE)
        .filter_map(|(y, md)| {
            let (m, d) = md.split_once('-')?;
            Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
        })
        .collect()
});

/// Words that open the lunar day a text pairs with a solar one: "tức"
/// (that is), or the bracket it stands in ("Chiều 15/2 (mùng 6 tháng
/// Giêng năm Giáp Thìn)").
const LUNAR_OPENERS: [&str; 2] = ["tức ", "("];

/// Words after a lunar day's number that place it in the first lunar
/// month: Tết itself, or the month's name, "tháng Giêng".
const FIRST_MONTH: [&str; 2] = [" tết", " tháng giêng"];

/// The lunar day of Tết that `lower` (a head in lower case) gives after
/// "tức" or inside brackets ("tức 29 tết", "tức mùng 3 tết", "tức ngày 2
/// tết", "(mùng 6 tháng giêng …)"). A day of the month before Tết is
/// written against Tết only ("29 Tết").
fn lunar_day(lower: &str) -> Option<u8> {
    LUNAR_OPENERS.iter().find_map(|opener| {
        lower.match_indices(opener).find_map(|(at, w)| {
            let rest = &lower[at + w.len()..];
            let rest = ["mùng ", "mồng ", "ngày "]
                .iter()
                .find_map(|p| rest.strip_prefix(p))
                .unwrap_or(rest);
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            let day: u8 = rest.get(..digits)?.parse().ok()?;
            let after = &rest[digits..];
            let month = FIRST_MONTH.iter().find(|m| after.starts_with(**m))?;
            let in_first_month = *month != " tết";
            Some(day).filter(|d| (1..=30).contains(d) && (!in_first_month || *d <= 15))
        })
    })
}

/// The year in which day `d` of month `m` is the lunar day of Tết that
/// `head` (a title and lead) gives: "mùng N" is Tết's Nth day, a day from 16 on is of the
/// last month before it, which has 29 or 30 days. Nineteen years on, Tết
/// comes back to about the same day: of two years that fit, the one
/// nearer to what `named` gives, the year the text names most (read only
/// then: it scans the whole text), else none.
pub fn tet_year(head: &str, d: u8, m: u8, named: impl FnOnce() -> Option<u16>) -> Option<u16> {
    // Most heads give no lunar day: lower the case only for one that may.
    if !["tức ", "Tết", "tết", "Giêng", "giêng"]
        .iter()
        .any(|w| head.contains(w))
    {
        return None;
    }
    let lunar = i32::from(lunar_day(&head.to_lowercase())?);
    let fits = |tet: &&Date| {
        Date::new(tet.year, m, d).is_some_and(|day| {
            let apart = day.day_ordinal() - tet.day_ordinal();
            if lunar <= 15 {
                apart == lunar - 1
            } else {
                apart == lunar - 30 || apart == lunar - 31
            }
        })
    };
    let years: Vec<u16> = TET.iter().filter(fits).map(|t| t.year).collect();
    match years.as_slice() {
        [one] => Some(*one),
        [] => None,
        _ => {
            let n = named()?;
            years.iter().copied().min_by_key(|y| y.abs_diff(n))
        }
    }
}

/// What opens a greeting of the new year before its year ("đón năm mới
/// 2018", "mừng Xuân 2018", "Tết Nguyên đán Mậu Tuất 2018").
const GREETINGS: [&str; 3] = ["năm mới ", "xuân ", "tết "];

/// Words of the festival's name that may stand between a greeting and
/// its year ("Tết Nguyên đán", "Tết cổ truyền"), beside the lunar year's
/// stem and branch.
const GREETING_WORDS: &[&str] = &["nguyên", "đán", "âm", "dương", "lịch", "cổ", "truyền"];

/// The year of an event in month `month` of a text that greets a new
/// year by its number ("đón năm mới 2018", "vui Xuân 2018"): gifts and
/// visits of the Tết season fall from November to the spring, those before
/// the new year in the year before it. The first greeting in the text
/// counts; a month outside the season reads none.
pub fn greeted_year(text: &str, month: u8) -> Option<u16> {
    if (4..=10).contains(&month) {
        return None;
    }
    let lower = crate::parse::text::lower_same(text);
    let year = GREETINGS
        .iter()
        .flat_map(|g| lower.match_indices(g))
        .filter(|&(at, _)| !in_name(text, at))
        .filter_map(|(at, g)| Some((at, year_after_greeting(&lower[at + g.len()..])?)))
        .min()
        .map(|(_, y)| y)?;
    Some(if month >= 11 { year - 1 } else { year })
}

/// Whether the word at `at` in `text` follows a capitalised word: then
/// it is part of a name ("Nguyễn Văn Xuân", "Thanh Xuân"), no greeting.
fn in_name(text: &str, at: usize) -> bool {
    text[..at]
        .trim_end()
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.starts_with(char::is_uppercase))
}

/// The year written after a greeting (`after`, lower case), past the
/// festival's and the lunar year's names.
fn year_after_greeting(after: &str) -> Option<u16> {
    // The year may end its paragraph: a line break parts it from the next
    // word as a space does.
    for w in after.split_whitespace().take(5) {
        let w = w.trim_end_matches([',', '.', ')', '!', ';', ':', '"', '”']);
        if w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) {
            return w.parse().ok().filter(|y| (1997..2100).contains(y));
        }
        if !GREETING_WORDS.contains(&w) && !super::is_cycle_word(w) {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_greeting_of_the_new_year_dates_the_tet_season() {
        let text = "Chiều 28/1, đoàn công tác thăm hỏi người dân vùng lũ cuối năm 2023. \
Đoàn chúc bà con đón năm mới 2024 đầm ấm, hạnh phúc.";
        assert_eq!(greeted_year(text, 1), Some(2024));
        assert_eq!(greeted_year(text, 12), Some(2023));
        assert_eq!(greeted_year(text, 6), None);
        let text = "Tỉnh ủy tặng quà Tết Nguyên đán Giáp Thìn 2024 cho hộ nghèo.";
        assert_eq!(greeted_year(text, 2), Some(2024));
        // A greeting with no year, or a name that is a word of it, dates nothing.
        assert_eq!(greeted_year("Chúc mừng năm mới, chúc Tết bà con.", 1), None);
        assert_eq!(greeted_year("Ông Nguyễn Văn Xuân 2019 nhận quà.", 1), None);
        // A year that ends its paragraph, a year of the past in the next.
        let text = "Ngày 5-2, đoàn thăm, chúc Tết Ủy ban MTTQ xã nhân dịp Xuân Bính Ngọ 2026.\n\nNăm 2025, xã đạt nhiều kết quả.";
        assert_eq!(greeted_year(text, 2), Some(2026));
    }

    #[test]
    fn the_first_days_of_tet_are_one_a_year_in_order() {
        let years: Vec<u16> = TET.iter().map(|d| d.year).collect();
        assert_eq!(
            years.len(),
            TET_FILE.lines().filter(|l| !l.starts_with('#')).count()
        );
        assert!(years.windows(2).all(|w| w[0] + 1 == w[1]));
        assert!(TET.iter().all(|d| d.month <= 2));
    }

    #[test]
    fn a_day_paired_with_its_lunar_day_names_its_year() {
        // Tết 2015 fell on 19 February: the 29th of the last month was the
        // 17th, the third of Tết the 21st.
        let lead = "sáng 17/2 (tức 29 tết âm lịch), chủ tịch nước về thăm tỉnh";
        assert_eq!(tet_year(lead, 17, 2, || None), Some(2015));
        let lead = "ngày 21/2 (tức mùng 3 tết), xã tổ chức hội xuân";
        assert_eq!(tet_year(lead, 21, 2, || None), Some(2015));
        // Tết fell on 17 February in 2007 and in 2026: the year the text
        // names decides.
        let lead = "sáng 19/2 (tức mùng 3 tết), huyện tổ chức lễ ra quân";
        assert_eq!(tet_year(lead, 19, 2, || None), None);
        assert_eq!(tet_year(lead, 19, 2, || Some(2025)), Some(2026));
        assert_eq!(tet_year(lead, 19, 2, || Some(2006)), Some(2007));
        // No lunar day, or one no year fits: no year.
        assert_eq!(
            tet_year("sáng 17/2, chủ tịch nước về thăm", 17, 2, || {
                None
            }),
            None
        );
        assert_eq!(
            tet_year("sáng 17/7 (tức mùng 3 tết)", 17, 7, || Some(2020)),
            None
        );
    }

    #[test]
    fn a_lunar_day_in_brackets_names_its_year_by_the_first_month() {
        // Tết 2024 fell on 10 February, as it did in 2013: the sixth of the
        // first lunar month ("tháng Giêng") was the 15th; the year the text
        // names decides.
        let lead =
            "Sáng ngày 15/2 (mùng 6 tháng Giêng năm Giáp Thìn), Bí thư Huyện ủy dự lễ ra quân";
        assert_eq!(tet_year(lead, 15, 2, || Some(2024)), Some(2024));
        assert_eq!(tet_year(lead, 15, 2, || None), None);
        // Tết 2010 fell on 14 February: the third was the 16th.
        let lead = "Sáng 16/2 (mùng 3 Tết), Bí thư Tỉnh ủy thăm các đơn vị trực Tết";
        assert_eq!(tet_year(lead, 16, 2, || None), Some(2010));
        // A number in brackets that is no lunar day names nothing.
        let lead = "Sáng 12/2 (12 đơn vị tham gia), tỉnh tổ chức Hội báo Xuân";
        assert_eq!(tet_year(lead, 12, 2, || None), None);
    }
}
