//! What the catalog knows about places: which names are provinces and
//! centrally-run cities, their one spelling, and the 2025 mergers. Every
//! place fact the catalog uses goes through this module, so that it can
//! move to the lexicon of administrative units (`units`) in one place:
//! `province` ← `units::province(written).map(|p| p.name)`;
//! `is_central_city` ← a flag of `Province`; `successor` ←
//! `Province::merged_into`; and a new `province_of(district)` ←
//! `units::unit(written)`'s province, which would tie a district's officials
//! to their province when a report does not name it. No parsing of titles here.

use crate::text::name_key;
use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

/// The jurisdiction of central bodies.
pub const CENTRAL: &str = "Trung ương";

/// The 63 provinces and centrally-run cities before the 2025 mergers (the
/// 34 after them keep names of this list), as the government writes them.
#[rustfmt::skip]
const PROVINCES: &[&str] = &[
    "Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế",
    "Hà Giang", "Cao Bằng", "Bắc Kạn", "Tuyên Quang", "Lào Cai", "Điện Biên", "Lai Châu",
    "Sơn La", "Yên Bái", "Hòa Bình", "Thái Nguyên", "Lạng Sơn", "Quảng Ninh", "Bắc Giang",
    "Phú Thọ", "Vĩnh Phúc", "Bắc Ninh", "Hải Dương", "Hưng Yên", "Thái Bình", "Hà Nam",
    "Nam Định", "Ninh Bình", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị",
    "Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa", "Ninh Thuận", "Bình Thuận",
    "Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng", "Bình Phước", "Tây Ninh",
    "Bình Dương", "Đồng Nai", "Bà Rịa - Vũng Tàu", "Long An", "Tiền Giang", "Bến Tre",
    "Trà Vinh", "Vĩnh Long", "Đồng Tháp", "An Giang", "Kiên Giang", "Hậu Giang", "Sóc Trăng",
    "Bạc Liêu", "Cà Mau", "Thừa Thiên Huế",
];

/// Other ways of writing a province: (written, the province).
const ALIASES: &[(&str, &str)] = &[
    ("TP.HCM", "Hồ Chí Minh"),
    ("TPHCM", "Hồ Chí Minh"),
    ("HCM", "Hồ Chí Minh"),
    ("Thành phố Hồ Chí Minh", "Hồ Chí Minh"),
    ("Sài Gòn", "Hồ Chí Minh"),
    ("Thừa Thiên - Huế", "Thừa Thiên Huế"),
    ("TT-Huế", "Thừa Thiên Huế"),
    ("Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu"),
    ("BR-VT", "Bà Rịa - Vũng Tàu"),
    ("Đắc Lắc", "Đắk Lắk"),
    ("Thủ đô Hà Nội", "Hà Nội"),
];

/// The 2025 mergers (63 provinces became 34): (province, the province it
/// merged into). The others kept their territory.
#[rustfmt::skip]
const MERGED_INTO: &[(&str, &str)] = &[
    ("Hà Giang", "Tuyên Quang"), ("Yên Bái", "Lào Cai"), ("Bắc Kạn", "Thái Nguyên"),
    ("Vĩnh Phúc", "Phú Thọ"), ("Hòa Bình", "Phú Thọ"), ("Bắc Giang", "Bắc Ninh"),
    ("Thái Bình", "Hưng Yên"), ("Hải Dương", "Hải Phòng"), ("Hà Nam", "Ninh Bình"),
    ("Nam Định", "Ninh Bình"), ("Quảng Bình", "Quảng Trị"), ("Quảng Nam", "Đà Nẵng"),
    ("Kon Tum", "Quảng Ngãi"), ("Bình Định", "Gia Lai"), ("Ninh Thuận", "Khánh Hòa"),
    ("Đắk Nông", "Lâm Đồng"), ("Bình Thuận", "Lâm Đồng"), ("Phú Yên", "Đắk Lắk"),
    ("Bình Dương", "Hồ Chí Minh"), ("Bà Rịa - Vũng Tàu", "Hồ Chí Minh"),
    ("Bình Phước", "Đồng Nai"), ("Long An", "Tây Ninh"), ("Sóc Trăng", "Cần Thơ"),
    ("Hậu Giang", "Cần Thơ"), ("Bến Tre", "Vĩnh Long"), ("Trà Vinh", "Vĩnh Long"),
    ("Tiền Giang", "Đồng Tháp"), ("Bạc Liêu", "Cà Mau"), ("Kiên Giang", "An Giang"),
    ("Thừa Thiên Huế", "Huế"),
];

/// The province whose territory `province` (as `province` spells it) is
/// part of today: itself, or the one it merged into in 2025. A career in
/// Hải Dương that goes on in Hải Phòng after the merger stays one career.
pub fn successor(province: &'static str) -> &'static str {
    MERGED_INTO
        .iter()
        .find(|(p, _)| *p == province)
        .map_or(province, |(_, into)| into)
}

/// Province key → its spelling.
static BY_KEY: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
    let mut m: HashMap<String, &'static str> =
        PROVINCES.iter().map(|p| (place_key(p), *p)).collect();
    for (written, p) in ALIASES {
        m.insert(place_key(written), p);
    }
    m
});

/// Keys of the unit words a place may be written after.
static UNIT_KEYS: LazyLock<Vec<String>> = LazyLock::new(|| {
    [
        "tỉnh",
        "thành phố",
        "tp",
        "huyện",
        "quận",
        "thị xã",
        "xã",
        "phường",
        "thị trấn",
    ]
    .iter()
    .map(|u| name_key(u))
    .collect()
});

/// The key two spellings of one place share: case, tone placement, dashes
/// and a leading unit word ("tỉnh", "TP.") do not count.
pub fn place_key(written: &str) -> String {
    let spaced: String = written
        .chars()
        .map(|c| {
            if matches!(c, '-' | '–' | '—') {
                ' '
            } else {
                c
            }
        })
        .collect();
    let key = name_key(&spaced);
    for unit in UNIT_KEYS.iter() {
        let rest = key
            .strip_prefix(unit.as_str())
            .filter(|r| r.starts_with([' ', '.']) || unit == "tp")
            .map(|r| r.trim_start_matches(['.', ' ']));
        if let Some(rest) = rest {
            if !rest.is_empty() {
                return rest.to_string();
            }
        }
    }
    key
}

/// The province or centrally-run city `written` names, in its one spelling.
pub fn province(written: &str) -> Option<&'static str> {
    BY_KEY.get(&place_key(written)).copied()
}

/// Whether `province` (as `province` spells it) is a centrally-run city,
/// whose "Thành ủy" is a provincial body.
pub fn is_central_city(province: &str) -> bool {
    crate::parse::CENTRAL_CITIES.contains(&province)
}

/// Whether `written` names the centre ("Trung ương", "TW", "T.Ư").
pub fn is_central(written: &str) -> bool {
    let key = place_key(written);
    matches!(key.as_str(), "tw" | "t.ư" | "tư" | "t.w") || key == name_key(CENTRAL)
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
        assert!(is_central_city("Hải Phòng"));
        assert!(!is_central_city("Nghệ An"));
        assert!(is_central("Trung ương"));
        assert!(is_central("TW"));
        assert_eq!(successor("Hải Dương"), "Hải Phòng");
        assert_eq!(successor("Nghệ An"), "Nghệ An");
    }
}
