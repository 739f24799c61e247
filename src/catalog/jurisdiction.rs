//! What the catalog knows about places, read from the lexicon of
//! administrative units (`crate::units`): which names are provinces and
//! centrally-run cities and their one spelling, the 2025 mergers, and the
//! province of a district that a report names alone. No parsing of titles
//! and no word lists here.

use crate::units::{self, Kind, Province};

/// The jurisdiction of central bodies.
pub const CENTRAL: &str = "Trung ương";

/// Kinds of units below a province: a place written with one of their
/// words ("huyện Quảng Ninh", a district of Quảng Bình) is no province,
/// whatever its name.
const LOWER_KINDS: [Kind; 7] = [
    Kind::UrbanDistrict,
    Kind::RuralDistrict,
    Kind::Town,
    Kind::Ward,
    Kind::Commune,
    Kind::Township,
    Kind::SpecialZone,
];

/// Whether `written` opens with the word of a unit below a province.
fn names_lower_unit(written: &str) -> bool {
    let lower = written.trim_start().to_lowercase();
    LOWER_KINDS.iter().any(|k| {
        lower
            .strip_prefix(k.as_str())
            .is_some_and(|rest| rest.starts_with([' ', '.']))
    })
}

/// The province or centrally-run city `written` names.
fn lookup(written: &str) -> Option<&'static Province> {
    if names_lower_unit(written) {
        return None;
    }
    units::province(written)
}

/// The province whose territory `province` (as `province` spells it) is
/// part of today: itself, or the one it merged into in 2025. A career in
/// Hải Dương that goes on in Hải Phòng after the merger stays one career.
pub fn successor(province: &'static str) -> &'static str {
    units::province(province)
        .and_then(|p| p.merged_into)
        .unwrap_or(province)
}

/// The key two spellings of one place share: case, tone placement, dashes,
/// dots and a leading unit word ("tỉnh", "TP.") do not count.
pub fn place_key(written: &str) -> String {
    units::key(written)
}

/// The province or centrally-run city `written` names, in its one spelling.
pub fn province(written: &str) -> Option<&'static str> {
    lookup(written).map(|p| p.name)
}

/// The province of the district `written` names ("huyện Tiên Yên" ->
/// Quảng Ninh), when only one province has a district of that name: a
/// district's officials belong to its province even where a report names
/// the district alone.
pub fn province_of_district(written: &str) -> Option<&'static str> {
    if lookup(written).is_some() {
        return None;
    }
    let mut provinces = units::units_named(written)
        .into_iter()
        .filter(|u| u.kind.level() == crate::model::Level::District)
        .map(|u| u.province);
    let first = provinces.next()?;
    provinces.all(|p| p == first).then_some(first)
}

/// Whether `province` (as `province` spells it) is a centrally-run city,
/// whose "Thành ủy" is a provincial body.
pub fn is_central_city(province: &str) -> bool {
    units::province(province).is_some_and(|p| p.kind == Kind::CentralCity)
}

/// Whether `written` names the centre ("Trung ương", "TW", "T.Ư").
pub fn is_central(written: &str) -> bool {
    let key = crate::text::name_key(written);
    matches!(key.as_str(), "tw" | "t.ư" | "tư" | "t.w") || key == crate::text::name_key(CENTRAL)
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
    fn a_district_named_alone_gives_its_province_when_only_one_has_it() {
        assert_eq!(province_of_district("huyện Tiên Yên"), Some("Quảng Ninh"));
        assert_eq!(province_of_district("Tiên Yên"), Some("Quảng Ninh"));
        // Many provinces have a district "Châu Thành": none is guessed.
        assert_eq!(province_of_district("huyện Châu Thành"), None);
        assert_eq!(province_of_district("Nghệ An"), None);
    }
}
