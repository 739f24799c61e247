//! What the catalog knows about places, read from the lexicon of
//! administrative units (`crate::units`): which names are provinces and
//! centrally-run cities and their one spelling, the 2025 mergers, and the
//! province of a district that a report names alone. No parsing of titles
//! and no word lists here.

use crate::memo::{remembered, Memo};
use crate::units::{self, Kind, Province};
use rustc_hash::FxHashMap as HashMap;
use std::cell::RefCell;
use std::sync::LazyLock;

/// The jurisdiction of central bodies.
pub const CENTRAL: &str = "Trung ương";

/// Whether `written` opens with the word of a unit below a province.
fn names_lower_unit(written: &str) -> bool {
    let lower = written.trim_start().to_lowercase();
    // "huyện Quảng Ninh", a district of Quảng Bình, is no province,
    // whatever its name.
    let mut lower_kinds = Kind::WRITTEN
        .iter()
        .filter(|k| !matches!(k, Kind::Province | Kind::CentralCity));
    lower_kinds.any(|k| {
        lower
            .strip_prefix(k.as_str())
            .is_some_and(|rest| rest.starts_with([' ', '.']))
    })
}

// Places repeat across reports: each thread remembers the last few
// thousand it looked up (a look-up folds and allocates).
thread_local! {
    static PROVINCES: Memo<Option<&'static Province>> = RefCell::default();
    static KEYS: Memo<Box<str>> = RefCell::default();
    static DISTRICTS: Memo<Option<&'static str>> = RefCell::default();
}

/// The province or centrally-run city `written` names.
fn lookup(written: &str) -> Option<&'static Province> {
    remembered(&PROVINCES, written, |w| {
        if names_lower_unit(w) {
            return None;
        }
        units::province(w)
    })
}

/// Each province's name → the province it merged into in 2025.
static SUCCESSORS: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    units::provinces()
        .iter()
        .filter_map(|p| Some((p.name, p.merged_into?)))
        .collect()
});

/// The province whose territory `province` (as `province` spells it) is
/// part of today: itself, or the one it merged into in 2025. A career in
/// Hải Dương that goes on in Hải Phòng after the merger stays one career.
pub fn successor(province: &'static str) -> &'static str {
    SUCCESSORS.get(province).copied().unwrap_or(province)
}

/// Whether `province` (as `province` spells it) was a province or a
/// centrally-run city on `date`: Huế was a city of the province Thừa
/// Thiên Huế until 2025, a province of the new era is none before the
/// reform. True when the date or the province is unknown.
pub fn was_province_at(province: &str, date: Option<crate::model::Date>) -> bool {
    lookup(province).is_none_or(|p| {
        p.era.exists_at(date)
            && p.central_since
                .is_none_or(|since| date.is_none_or(|d| d >= since))
    })
}

/// The key two spellings of one place share: case, tone placement, dashes,
/// dots and a leading unit word ("tỉnh", "TP.") do not count.
pub fn place_key(written: &str) -> String {
    remembered(&KEYS, written, |w| units::key(w).into()).into()
}

/// The province or centrally-run city `written` names, in its one spelling.
pub fn province(written: &str) -> Option<&'static str> {
    lookup(written).map(|p| p.name)
}

/// Whether `written` names districts only: of some province, and no
/// province, commune or ward ("Tân Phú" is a district and many communes).
pub fn names_district(written: &str) -> bool {
    let named = units::units_named(written);
    lookup(written).is_none()
        && !named.is_empty()
        && named
            .iter()
            .all(|u| u.kind.level() == crate::model::Level::District)
}

/// Whether the lexicon knows `written` as the name of a commune, ward or
/// township of either era.
pub fn names_commune(written: &str) -> bool {
    units::communes_named(&units::key(written)).next().is_some()
}

/// The province of the district `written` names ("huyện Tiên Yên" ->
/// Quảng Ninh), when only one province has a district of that name: a
/// district's officials belong to its province even where a report names
/// the district alone.
pub fn province_of_district(written: &str) -> Option<&'static str> {
    remembered(&DISTRICTS, written, |w| {
        if lookup(w).is_some() {
            return None;
        }
        let mut provinces = units::units_named(w)
            .into_iter()
            .filter(|u| u.kind.level() == crate::model::Level::District)
            .map(|u| u.province);
        let first = provinces.next()?;
        provinces.all(|p| p == first).then_some(first)
    })
}

/// The province of the commune or ward `written` names, when every commune
/// of that name that existed on `date` lies in one province ("Đạo Trù" in
/// 2025 -> Phú Thọ): a report from a commune portal often names the
/// commune alone. With no date, communes of either era count, each in the
/// province its territory is part of today.
pub fn province_of_commune(
    written: &str,
    date: Option<crate::model::Date>,
) -> Option<&'static str> {
    let k = units::key(written);
    let mut provinces = units::communes_named(&k)
        .filter(|u| u.era.exists_at(date))
        .map(|u| {
            if date.is_some() {
                u.province
            } else {
                successor(u.province)
            }
        });
    let first = provinces.next()?;
    provinces.all(|p| p == first).then_some(first)
}

/// Provincial papers' short names (`assets/lexicon/outlets.tsv`) and the
/// province each serves.
const OUTLETS: &str = include_str!("../../assets/lexicon/outlets.tsv");

/// The rows of the outlets list: short name and province as written.
fn outlet_rows() -> impl Iterator<Item = (&'static str, &'static str)> {
    OUTLETS
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
}

/// The letters of `written` without diacritics, case or anything else
/// ("Báo Lạng Sơn" -> "baolangson"): how a paper's web name writes it.
fn squeezed(written: &str) -> String {
    written
        .chars()
        .map(crate::text::fold_lower_char)
        .filter(char::is_ascii_alphanumeric)
        .collect()
}

/// The province a report's outlet serves: a provincial paper's short name
/// ("LSO", "(NTO)"), or a paper named after its province, in words or as
/// its web name ("Báo Nghệ An", "Baonghean.vn", "baothanhhoa.vn"). A
/// provincial paper's report that names no province is about its own.
pub fn province_of_outlet(source: &str) -> Option<&'static str> {
    static SHORT: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
        outlet_rows()
            .filter_map(|(short, name)| Some((short, province(name)?)))
            .collect()
    });
    static SQUEEZED: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
        units::provinces()
            .iter()
            .flat_map(|p| {
                std::iter::once(p.name)
                    .chain(p.variants.iter().copied())
                    .map(move |n| (n, p.name))
            })
            .map(|(written, name)| (squeezed(written), name))
            .collect()
    });
    let source = source.trim().trim_matches(['(', ')']);
    if let Some(&p) = SHORT.get(source) {
        return Some(p);
    }
    // A web name: the host without "www." and its domain ("baonghean.vn").
    let host = source.strip_prefix("www.").unwrap_or(source);
    let name = match host.split_once('.') {
        Some((name, _)) if !host.contains(' ') => name,
        _ => host,
    };
    let s = squeezed(name);
    let s = s.strip_suffix("dientu").unwrap_or(&s);
    let s = s.strip_suffix("online").unwrap_or(s);
    SQUEEZED.get(s.strip_prefix("bao")?).copied()
}

/// Whether `province` (as `province` spells it) is a centrally-run city,
/// whose "Thành ủy" is a provincial body.
pub fn is_central_city(province: &str) -> bool {
    static CITIES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
        units::provinces()
            .iter()
            .filter(|p| p.kind == Kind::CentralCity)
            .map(|p| p.name)
            .collect()
    });
    CITIES.contains(&province)
}

/// Whether `written` names the centre ("Trung ương", "TW", "T.Ư").
pub fn is_central(written: &str) -> bool {
    static KEY: LazyLock<String> = LazyLock::new(|| crate::text::name_key(CENTRAL));
    // Most places are no centre: only a short word or one of the centre's
    // length is worth a key.
    if written.len() > KEY.len() + 4 {
        return false;
    }
    let key = crate::text::name_key(written);
    matches!(key.as_str(), "tw" | "t.ư" | "tư" | "t.w") || key == *KEY
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn provinces_are_known_by_any_spelling() {
        assert_eq!(province("tỉnh Nghệ An"), Some("Nghệ An"));
        assert_eq!(province("TP.HCM"), Some("Hồ Chí Minh"));
        assert_eq!(province("Thành phố Hồ Chí Minh"), Some("Hồ Chí Minh"));
        assert_eq!(province("Khánh Hoà"), Some("Khánh Hòa"));
        assert_eq!(province("Bà Rịa – Vũng Tàu"), Some("Bà Rịa - Vũng Tàu"));
        assert_eq!(province("Củ Chi"), None);
        assert_eq!(
            province("huyện Quảng Ninh"),
            None,
            "a district of Quảng Bình"
        );
        assert!(is_central_city("Hải Phòng"));
        assert!(!is_central_city("Nghệ An"));
        assert!(is_central("Trung ương"));
        assert!(is_central("TW"));
        assert_eq!(successor("Hải Dương"), "Hải Phòng");
        assert_eq!(successor("Nghệ An"), "Nghệ An");
    }

    #[test]
    fn a_provincial_paper_gives_its_province() {
        assert_eq!(province_of_outlet("LSO"), Some("Lạng Sơn"));
        assert_eq!(province_of_outlet("(NTO)"), Some("Ninh Thuận"));
        assert_eq!(province_of_outlet("Baonghean.vn"), Some("Nghệ An"));
        assert_eq!(province_of_outlet("www.baothanhhoa.vn"), Some("Thanh Hóa"));
        assert_eq!(province_of_outlet("Báo Lạng Sơn"), Some("Lạng Sơn"));
        assert_eq!(province_of_outlet("Báo Hà Tĩnh điện tử"), Some("Hà Tĩnh"));
        assert_eq!(
            province_of_outlet("baobariavungtau.com.vn"),
            Some("Bà Rịa - Vũng Tàu")
        );
        // National outlets and papers named after no province serve none.
        for national in [
            "TTXVN",
            "ĐCSVN",
            "Báo Dân tộc và Phát triển",
            "baochinhphu.vn",
            "Nghệ An",
        ] {
            assert_eq!(province_of_outlet(national), None, "{national}");
        }
    }

    #[test]
    fn every_outlet_row_names_a_province_once() {
        let rows: Vec<(&str, &str)> = outlet_rows().collect();
        assert_eq!(
            rows.len(),
            OUTLETS
                .lines()
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .count(),
            "every row is short name TAB province"
        );
        let mut shorts: Vec<&str> = rows.iter().map(|r| r.0).collect();
        shorts.dedup();
        assert_eq!(shorts.len(), rows.len(), "repeated short name");
        for (short, name) in rows {
            assert_eq!(province(name), Some(name), "{short}: {name} is no province");
        }
    }

    #[test]
    fn a_district_named_alone_gives_its_province_when_only_one_has_it() {
        assert_eq!(province_of_district("huyện Tiên Yên"), Some("Quảng Ninh"));
        assert_eq!(province_of_district("Tiên Yên"), Some("Quảng Ninh"));
        // Many provinces have a district "Châu Thành": none is guessed.
        assert_eq!(province_of_district("huyện Châu Thành"), None);
        assert_eq!(province_of_district("Nghệ An"), None);
    }
}
