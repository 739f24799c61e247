use super::*;
use std::collections::HashSet;

fn d(y: u16, m: u8, day: u8) -> Option<Date> {
    Date::new(y, m, day)
}

#[test]
fn provinces_resolve_as_written() {
    for w in ["Nghệ An", "tỉnh Nghệ An", "TỈNH NGHỆ AN"] {
        assert_eq!(province(w).map(|p| p.name), Some("Nghệ An"), "{w}");
    }
    for w in [
        "TP.HCM",
        "TPHCM",
        "TP. Hồ Chí Minh",
        "Thành phố Hồ Chí Minh",
    ] {
        assert_eq!(province(w).map(|p| p.name), Some("Hồ Chí Minh"), "{w}");
    }
    // Huế is a centrally-run city from 2025; before, the province was
    // Thừa Thiên Huế, whose name earlier posts keep.
    for w in ["TT-Huế", "Thừa Thiên - Huế", "tỉnh Thừa Thiên Huế"] {
        assert_eq!(province(w).map(|p| p.name), Some("Thừa Thiên Huế"), "{w}");
    }
    for w in ["Huế", "thành phố Huế", "TP. Huế"] {
        assert_eq!(province(w).map(|p| p.name), Some("Huế"), "{w}");
    }
    assert_eq!(province("Hoà Bình").map(|p| p.name), Some("Hòa Bình"));
    assert_eq!(province("Đăk Lăk").map(|p| p.name), Some("Đắk Lắk"));
    assert_eq!(province("BR-VT").map(|p| p.name), Some("Bà Rịa - Vũng Tàu"));
    assert!(province("Nghệ Tĩnh").is_none());
    assert_eq!(province("hai duong").map(|p| p.name), Some("Hải Dương"));
    assert_eq!(province("dak lak").map(|p| p.name), Some("Đắk Lắk"));
}

#[test]
fn the_2025_mergers_are_data() {
    let before = provinces()
        .iter()
        .filter(|p| p.era != Era::Post2025)
        .count();
    let after = provinces().iter().filter(|p| p.era != Era::Pre2025).count();
    // Thừa Thiên Huế until 1 January 2025, the city of Huế after: 63 at
    // any one date before 1 July 2025.
    assert_eq!((before, after), (64, 34));
    let tth = province("Thừa Thiên Huế").map(|p| (p.merged_into, p.at(d(2025, 8, 1)).name));
    assert_eq!(tth, Some((Some("Huế"), "Huế")));
    assert_eq!(filter_names("Huế"), ["Huế", "Thừa Thiên Huế"]);
    let hd = province("Hải Dương").map(|p| p.merged_into);
    assert_eq!(hd, Some(Some("Hải Phòng")));
    let ninh_binh = province("Ninh Bình").map(|p| p.merged_from.clone());
    assert_eq!(ninh_binh, Some(vec!["Hà Nam", "Nam Định"]));
    // Every merged province points at a province that exists after 1 July 2025.
    for p in provinces().iter().filter_map(|p| p.merged_into) {
        assert!(province(p).is_some_and(|q| q.era != Era::Pre2025), "{p}");
    }
    let hg = province("Hà Giang").map(|p| p.at(d(2025, 8, 1)).name);
    assert_eq!(hg, Some("Tuyên Quang"));
    let hg_old = province("Hà Giang").map(|p| p.at(d(2024, 8, 1)).name);
    assert_eq!(hg_old, Some("Hà Giang"));
}

#[test]
fn districts_and_communes() {
    let u = unit("huyện Tiên Yên").map(|u| (u.kind, u.province, u.era));
    assert_eq!(u, Some((Kind::RuralDistrict, "Quảng Ninh", Era::Pre2025)));
    let zone = unit("đặc khu Côn Đảo").map(|u| (u.kind, u.province));
    assert_eq!(zone, Some((Kind::SpecialZone, "Hồ Chí Minh")));
    // "Long Mỹ" was both a rural district and a town of Hậu Giang.
    let town = unit("thị xã Long Mỹ").map(|u| u.kind);
    assert_eq!(town, Some(Kind::Town));
    assert!(units_named("Châu Thành").len() > 5);
    // Whether a name is a unit's is told without listing the units.
    for name in [
        "Châu Thành",
        "huyện Tiên Yên",
        "Côn Đảo",
        "Long Mỹ",
        "Việt Hưng",
        "Hà Lầm",
        "Không Có Thật",
        "Nghệ An",
        "",
    ] {
        assert_eq!(is_unit_name(name), !units_named(name).is_empty(), "{name}");
    }
    assert!(lexicon::communes()
        .iter()
        .chain(&lexicon::LEXICON.districts)
        .all(|u| is_unit_name(u.name)));
    let d = district("Tiên Yên").map(|u| (u.kind, u.province));
    assert_eq!(d, Some((Kind::RuralDistrict, "Quảng Ninh")));
    assert!(
        district("xã Tiên Yên").is_none(),
        "a kind word narrows the choice"
    );
    assert!(unit("xã Không Có Thật").is_none());
    assert_eq!(Kind::Ward.level(), Level::Commune);
}

#[test]
fn a_place_filter_knows_old_and_new_names() {
    assert_eq!(filter_names("hải dương"), ["Hải Dương", "Hải Phòng"]);
    assert_eq!(filter_names("Hải Phòng"), ["Hải Phòng", "Hải Dương"]);
    // A pre-2025 report on Hải Dương stays in Hải Dương.
    assert!(!same_place("Hải Phòng", "Hải Dương", d(2023, 3, 1)));
    assert!(same_place("Hải Dương", "Hải Dương", d(2023, 3, 1)));
    // After 1 July 2025 the old name finds the new province and back.
    assert!(same_place("Hải Dương", "Hải Phòng", d(2025, 9, 2)));
    assert!(same_place("Hải Phòng", "hải dương", d(2026, 1, 5)));
    assert!(!same_place("Hà Giang", "Hải Phòng", d(2026, 1, 5)));
    assert!(same_place("xã Tân Lập", "Tân Lập", None));
}

/// Data rows of a list, as in `lexicon::rows`.
fn rows(text: &str) -> Vec<Vec<&str>> {
    text.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
        .collect()
}

fn assert_no_duplicates(name: &str, text: &str, cols: &[usize]) {
    let mut seen = HashSet::new();
    for r in rows(text) {
        let k: Vec<String> = cols.iter().map(|&c| key(r.get(c).unwrap_or(&""))).collect();
        assert!(seen.insert(k.clone()), "{name}: {k:?} twice");
    }
    assert!(seen.len() > 30, "{name} is too short");
}

#[test]
fn lists_have_no_duplicates() {
    let provinces = include_str!("../../assets/lexicon/provinces.tsv");
    assert_no_duplicates("provinces.tsv", provinces, &[0]);
    // No spelling, even without diacritics, may name two provinces.
    let mut spellings = HashSet::new();
    let mut folded = std::collections::HashMap::new();
    for r in rows(provinces) {
        let variants = r.get(4).map_or(Vec::new(), |v| v.split('|').collect());
        for w in std::iter::once(r[0])
            .chain(variants)
            .filter(|w| !w.is_empty())
        {
            assert!(spellings.insert(key(w)), "{w} names two provinces");
            let other = folded.insert(lexicon::fold(&key(w)), r[0]);
            assert!(other.is_none_or(|o| o == r[0]), "{w} folds like {other:?}");
        }
    }
    let district_rows = include_str!("../../assets/lexicon/districts.tsv");
    assert_no_duplicates("districts.tsv", district_rows, &[0, 1, 2]);
    let commune_rows = include_str!("../../assets/lexicon/communes.tsv");
    assert_no_duplicates("communes.tsv", commune_rows, &[0, 1, 2, 3]);
    // Every row parses into a unit.
    assert_eq!(districts().len(), rows(district_rows).len());
    assert_eq!(communes().len(), rows(commune_rows).len());
}

#[test]
fn every_commune_is_found_by_its_key() {
    // The commune index computes keys its own way; it must agree with `key`.
    for u in communes() {
        assert!(
            communes_named(&key(u.name)).any(|c| std::ptr::eq(c, u)),
            "{}",
            u.name
        );
    }
    assert!(communes_named(&key("Thị trấn Tiên Yên")).all(|u| u.name == "Tiên Yên"));
    // An apostrophe spaced or not, straight or curly: one name.
    for written in ["Đạ K'Nàng", "Đạ K' Nàng", "xã Đạ K’Nàng"] {
        assert!(
            communes_named(&key(written)).any(|u| u.name == "Đạ K' Nàng"),
            "{written}"
        );
    }
    assert!(is_unit_name("Ia H'Drai") && is_unit_name("Ia H' Drai"));
}

#[test]
fn centrally_run_cities_follow_the_date() {
    let names = |d| central_cities(d).map(|p| p.name).collect::<Vec<_>>();
    let before = names(Date::new(2024, 6, 1));
    let after = names(Date::new(2025, 2, 1));
    for city in ["Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ"] {
        assert!(before.contains(&city) && after.contains(&city), "{city}");
    }
    assert!(!before.contains(&"Huế") && after.contains(&"Huế"));
    assert!(names(None).contains(&"Huế"));
    assert!(central_cities(None).all(|p| p.kind == Kind::CentralCity));
}
