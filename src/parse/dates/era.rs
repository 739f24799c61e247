//! Years a text names by an era rather than by a date: the Buddhist
//! calendar of the Buddha's birthday and of Vu Lan ("Đại lễ Phật đản Phật
//! lịch 2568"), and the two-level local government, which runs from 1 July
//! 2025. They bound an event dated by its day and month alone, when the
//! page prints no stamp of its own.

use crate::model::Date;
use crate::parse::lexicon;
use crate::parse::text::Needle;
use memchr::memmem::Finder;
use std::sync::LazyLock;

/// How far the Buddhist era runs ahead of the common one from the
/// Buddha's birthday (in May) to the end of the year.
const BUDDHIST_ERA_AHEAD: u16 = 544;

/// The first year of the two-level local government.
const TWO_LEVEL_YEAR: u16 = 2025;

/// The last day an event may be when the text names its year by an era:
/// the end of the year of a Buddhist feast it names with the era's year,
/// or of the first year of the two-level local government it speaks of.
pub fn era_bound(lower: &str) -> Option<Date> {
    buddhist_year(lower)
        .or_else(|| two_level(lower).then_some(TWO_LEVEL_YEAR))
        .and_then(|y| Date::new(y, 12, 31))
}

/// Bodies founded for the two-level local government (`REFORM_BODIES`),
/// each found as a whole phrase.
static REFORM_BODIES: LazyLock<Vec<Finder<'static>>> = LazyLock::new(|| {
    lexicon::words(lexicon::REFORM_BODIES)
        .map(|w| Finder::new(w.as_bytes()))
        .collect()
});

/// Whether `lower` (a text in lower case) names a body founded for the
/// two-level local government ("ban chỉ huy phòng thủ khu vực 3", "ban chỉ
/// huy bộ đội biên phòng tỉnh"): none of them existed before it, so the
/// text was written in its era.
pub fn names_reform_body(lower: &str) -> bool {
    REFORM_BODIES
        .iter()
        .any(|f| f.find(lower.as_bytes()).is_some())
}

/// "Phật đản Phật lịch 2568": 2024, when the text names the Buddha's
/// birthday or Vu Lan, which fall after the era's new year.
fn buddhist_year(lower: &str) -> Option<u16> {
    static ERA: Needle = Needle::new("phật lịch ");
    static BIRTHDAY: Needle = Needle::new("phật đản");
    static VU_LAN: Needle = Needle::new("vu lan");
    let at = ERA.find(lower)?;
    if BIRTHDAY.find(lower).is_none() && VU_LAN.find(lower).is_none() {
        return None;
    }
    let digits = lower.get(at + "phật lịch ".len()..)?.get(..4)?;
    let year: u16 = digits.parse().ok()?;
    (2500..2700)
        .contains(&year)
        .then(|| year - BUDDHIST_ERA_AHEAD)
}

/// Whether the text speaks of the two-level local government ("chính
/// quyền địa phương 2 cấp", "chính quyền hai cấp").
fn two_level(lower: &str) -> bool {
    static GOVERNMENT: Needle = Needle::new("chính quyền ");
    GOVERNMENT.find_iter(lower).any(|at| {
        let rest = &lower[at + "chính quyền ".len()..];
        let rest = rest.strip_prefix("địa phương ").unwrap_or(rest);
        rest.starts_with("2 cấp") || rest.starts_with("hai cấp")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eras_bound_the_year() {
        assert_eq!(
            era_bound("sáng 13-5, đoàn thăm, chúc mừng đại lễ phật đản phật lịch 2568."),
            Date::new(2024, 12, 31)
        );
        // The era alone, with no feast, names no year here.
        assert_eq!(era_bound("năm phật lịch 2568"), None);
        assert_eq!(
            era_bound("sáng 1/7, tỉnh kiểm tra vận hành chính quyền địa phương 2 cấp."),
            Date::new(2025, 12, 31)
        );
        assert_eq!(era_bound("chính quyền xã tổ chức hội nghị"), None);
    }

    #[test]
    fn a_body_founded_for_the_two_level_government_marks_its_era() {
        assert!(names_reform_body(
            "đại tá trần văn hải, chỉ huy trưởng ban chỉ huy phòng thủ khu vực 2 - quỳ hợp, trao quà cho bà con"
        ));
        assert!(names_reform_body(
            "trung tá lê văn tâm, phó tham mưu trưởng ban chỉ huy bđbp tỉnh quảng trị dự chương trình"
        ));
        // The provincial command it replaced was a "bộ chỉ huy".
        assert!(!names_reform_body(
            "đại tá lê văn tâm, chính ủy bộ chỉ huy bộ đội biên phòng tỉnh quảng trị dự chương trình"
        ));
        // A border post's own command is older than the reform.
        assert!(!names_reform_body(
            "ban chỉ huy đồn biên phòng pa thơm phối hợp với xã tổ chức ngày hội"
        ));
    }
}
