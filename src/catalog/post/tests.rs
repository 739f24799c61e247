use super::*;

fn split(title: &str) -> (String, Option<String>, Scope) {
    let p = read_post(title);
    (p.display, p.place, p.scope)
}

#[test]
fn a_title_naming_its_place_splits_into_post_and_place() {
    let (post, place, scope) = split("Trưởng Ban Dân vận Tỉnh ủy Nghệ An");
    assert_eq!(
        (post.as_str(), place.as_deref()),
        ("Trưởng Ban Dân vận Tỉnh ủy", Some("Nghệ An"))
    );
    assert_eq!(scope, Scope::Local(Tier::Province));
    let (post, place, _) = split("Chủ tịch UBND tỉnh Bạc Liêu");
    assert_eq!(
        (post.as_str(), place.as_deref()),
        ("Chủ tịch UBND tỉnh", Some("Bạc Liêu"))
    );
    let (post, place, scope) = split("Bí thư Đảng ủy xã Vũ Thư");
    assert_eq!(
        (post.as_str(), place.as_deref()),
        ("Bí thư Đảng ủy xã", Some("Vũ Thư"))
    );
    assert_eq!(scope, Scope::Local(Tier::Commune));
}

#[test]
fn a_unit_word_repeating_the_committee_leaves_the_post() {
    let (post, place, scope) = split("Phó Trưởng ban Dân vận Thành ủy Thành phố Hồ Chí Minh");
    assert_eq!(post, "Phó Trưởng ban Dân vận Thành ủy");
    assert_eq!(place.as_deref(), Some("Hồ Chí Minh"));
    assert_eq!(scope, Scope::Local(Tier::City));
    let (post, place, _) = split("Chủ tịch Hội Cựu chiến binh TP.HCM");
    assert_eq!(
        (post.as_str(), place.as_deref()),
        ("Chủ tịch Hội Cựu chiến binh thành phố", Some("HCM"))
    );
}

#[test]
fn posts_without_place_keep_their_level() {
    let (post, place, scope) = split("Chủ tịch Ủy ban MTTQ Việt Nam huyện");
    assert_eq!(
        (post.as_str(), place),
        ("Chủ tịch Ủy ban MTTQ Việt Nam huyện", None)
    );
    assert_eq!(scope, Scope::Local(Tier::District));
    assert_eq!(
        split("Giám đốc Sở Lao động, Thương binh và Xã hội").2,
        Scope::Local(Tier::Province)
    );
    assert_eq!(split("Phó trưởng ban Dân vận Trung ương").2, Scope::Central);
    assert_eq!(split("Bộ trưởng Bộ Nội vụ").2, Scope::Central);
    assert_eq!(split("Bí thư T.Ư Đảng").2, Scope::Central);
    // A body of ministerial rank; a province's board of the same field.
    assert_eq!(split("Phó Chủ nhiệm Uỷ ban Dân tộc").2, Scope::Central);
    assert_eq!(
        split("Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc").2,
        Scope::Central
    );
    assert_eq!(
        split("Phó Trưởng Ban Dân tộc tỉnh").2,
        Scope::Local(Tier::Province)
    );
    assert_eq!(
        split("Chỉ huy trưởng Bộ CHQS tỉnh").2,
        Scope::Local(Tier::Province)
    );
    assert_eq!(split("Đại tá").2, Scope::Rank);
    // Abbreviations name the level their words do.
    assert_eq!(split("TUV").2, Scope::Local(Tier::Province));
    assert_eq!(split("HUV").2, Scope::Local(Tier::District));
    assert_eq!(split("TUV").0, "TUV");
    // The highest offices name no body and are central all the same.
    for post in ["Tổng Bí thư", "Phó Chủ tịch nước", "Phó Thủ tướng"] {
        assert_eq!(split(post).2, Scope::Central, "{post}");
    }
    assert_eq!(
        split("Phó Giám đốc Công an Hà Nội").1.as_deref(),
        Some("Hà Nội")
    );
}

#[test]
fn keys_ignore_case_tone_placement_and_abbreviations() {
    let same = |a: &str, b: &str| assert_eq!(post_key(a), post_key(b), "{a} = {b}");
    same("UVBTV Tỉnh ủy", "Ủy viên Ban thường vụ Tỉnh uỷ");
    same("Chủ tịch UBND tỉnh", "Chủ tịch Ủy ban nhân dân tỉnh");
    same(
        "Chủ tịch Ủy ban MTTQ huyện",
        "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam huyện",
    );
    same("TUV", "Ủy viên Ban Chấp hành Đảng bộ tỉnh");
    same("Ủy viên BCH Trung ương Đảng", "Ủy viên Trung ương Đảng");
    same("Bí thư T.Ư Đảng", "Bí thư Trung ương Đảng");
    same(
        "Bộ trưởng Bộ LĐ-TB&XH",
        "Bộ trưởng Bộ Lao động, Thương binh và Xã hội",
    );
    same(
        "Phó Trưởng Ban TG&DV Trung ương",
        "Phó Trưởng ban Tuyên giáo và Dân vận Trung ương",
    );
    // Titles are shown as written: "TT" after an office, and an organ's
    // initials in brackets, one word or two.
    same("Phó Bí thư TT Huyện ủy", "Phó Bí thư Thường trực Huyện ủy");
    same(
        "Chủ tịch Hội đồng nhân dân (HĐND) huyện",
        "Chủ tịch Hội đồng nhân dân huyện",
    );
    same(
        "Ủy viên Ban Thường vụ Đảng ủy (UVTV ĐU)",
        "Ủy viên Ban Thường vụ Đảng ủy",
    );
    assert_ne!(post_key("Bí thư Tỉnh ủy"), post_key("Phó Bí thư Tỉnh ủy"));
    assert_ne!(
        post_key("Chủ tịch UBND tỉnh"),
        post_key("Chủ tịch UBND huyện")
    );
}

#[test]
fn a_post_of_a_foreign_state_is_placed_in_that_country() {
    assert_eq!(
        split("Thủ tướng Campuchia"),
        (
            "Thủ tướng".to_string(),
            Some("Campuchia".to_string()),
            Scope::Abroad
        )
    );
    assert_eq!(
        split("Bộ trưởng Bộ Ngoại giao Hàn Quốc"),
        (
            "Bộ trưởng Bộ Ngoại giao".to_string(),
            Some("Hàn Quốc".to_string()),
            Scope::Abroad
        )
    );
    assert_eq!(
        split("Đại sứ Việt Nam tại Lào"),
        (
            "Đại sứ Việt Nam".to_string(),
            Some("Lào".to_string()),
            Scope::Abroad
        )
    );
    // A Vietnamese friendship body named after a country stays its own.
    assert_ne!(
        split("Chủ tịch Hội hữu nghị Việt Nam - Lào").2,
        Scope::Abroad
    );
    // Vietnam's own head of government is central.
    assert_eq!(split("Thủ tướng").2, Scope::Central);
}

#[test]
fn a_ministry_whose_name_ends_in_a_country_s_name_is_central() {
    // "pháp" (law) is not "Pháp" (France).
    for title in ["Bộ trưởng Bộ Tư pháp", "Thứ trưởng Bộ Tư Pháp"] {
        let (post, place, scope) = split(title);
        assert_eq!((post.as_str(), place, scope), (title, None, Scope::Central));
    }
    assert_eq!(split("Đại sứ Pháp").2, Scope::Abroad);
}

#[test]
fn a_post_is_the_same_in_every_term_and_with_its_abbreviation_in_brackets() {
    let (post, place, scope) =
        split("Chủ tịch HĐND tỉnh khóa XVIII, nhiệm kỳ 2021 - 2026 Quảng Ngãi");
    assert_eq!(
        (post.as_str(), place.as_deref(), scope),
        (
            "Chủ tịch HĐND tỉnh",
            Some("Quảng Ngãi"),
            Scope::Local(Tier::Province)
        )
    );
    let (post, place, _) = split("Phó Chủ tịch UBND tỉnh Quảng Ngãi nhiệm kỳ 2021-2026");
    assert_eq!(
        (post.as_str(), place.as_deref()),
        ("Phó Chủ tịch UBND tỉnh", Some("Quảng Ngãi"))
    );
    let same = |a: &str, b: &str| assert_eq!(post_key(a), post_key(b), "{a} = {b}");
    same(
        "Phó Chủ tịch Ủy ban T.Ư MTTQ Việt Nam khóa X, nhiệm kỳ 2024 - 2029",
        "Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam",
    );
    same(
        "Ủy viên Trung ương Đảng khoá XIII",
        "Ủy viên Ban Chấp hành Trung ương Đảng",
    );
    // How many terms a member served counts them as the terms date them.
    same(
        "Ủy viên Bộ Chính trị hai khóa XI, XII",
        "Ủy viên Bộ Chính trị",
    );
    same(
        "đại biểu Quốc hội ba khóa XIII, XIV, XV",
        "đại biểu Quốc hội khóa XV",
    );
    same(
        "Ủy viên Trung ương Đảng 3 khóa X, XI, XII",
        "Ủy viên Trung ương Đảng",
    );
    same(
        "Chỉ huy trưởng Bộ Chỉ huy quân sự (CHQS) tỉnh",
        "Chỉ huy trưởng Bộ CHQS tỉnh",
    );
    same("UVTV Thành ủy", "Ủy viên Ban Thường vụ Thành ủy");
    // A term word without its number is part of the name; a bracket that
    // says more than an abbreviation stays.
    assert_eq!(
        split("Ủy viên (dự khuyết) Tỉnh ủy").0,
        "Ủy viên (dự khuyết) Tỉnh ủy"
    );
    assert_ne!(
        post_key("Ủy viên dự khuyết Trung ương Đảng"),
        post_key("Ủy viên Trung ương Đảng")
    );
}

#[test]
fn the_province_after_a_district_s_name_is_its_address() {
    let (post, place, scope) = split("Phó Chủ tịch UBND huyện Mường Tè, tỉnh Lai Châu");
    assert_eq!(
        (post.as_str(), place.as_deref()),
        ("Phó Chủ tịch UBND huyện", Some("Mường Tè"))
    );
    assert_eq!(scope, Scope::Local(Tier::District));
    let (post, place, scope) = split("Bí thư Đảng ủy xã Tân Lập, huyện Đan Phượng, TP. Hà Nội");
    assert_eq!(
        (post.as_str(), place.as_deref()),
        ("Bí thư Đảng ủy xã", Some("Tân Lập"))
    );
    assert_eq!(scope, Scope::Local(Tier::Commune));
    // A comma inside an organ's name is no address.
    let (post, place, _) = split("Giám đốc Sở Lao động, Thương binh và Xã hội tỉnh Quảng Nam");
    assert_eq!(
        (post.as_str(), place.as_deref()),
        (
            "Giám đốc Sở Lao động, Thương binh và Xã hội tỉnh",
            Some("Quảng Nam")
        )
    );
}

#[test]
fn a_unit_named_by_its_number_keeps_its_word() {
    let (post, place, scope) = split("Phó Chủ tịch UBMTTQ quận 9");
    assert_eq!(
        (post.as_str(), place.as_deref()),
        ("Phó Chủ tịch UBMTTQ quận", Some("Quận 9"))
    );
    assert_eq!(scope, Scope::Local(Tier::District));
    let (_, place, _) = split("Bí thư Đảng ủy Phường 3");
    assert_eq!(place.as_deref(), Some("Phường 3"));
}

#[test]
fn a_post_with_no_place_of_its_own_is_of_its_address() {
    let (post, place, scope) = split("Trưởng thôn Đông Hòa, xã Yên Lạc");
    assert_eq!(
        (post.as_str(), place.as_deref()),
        ("Trưởng thôn Đông Hòa", Some("Yên Lạc"))
    );
    assert_eq!(scope, Scope::Local(Tier::Commune));
    let (post, place, scope) = split("Trưởng Ban Dân vận Huyện ủy, huyện Mường Tè, tỉnh Lai Châu");
    assert_eq!(
        (post.as_str(), place.as_deref()),
        ("Trưởng Ban Dân vận Huyện ủy", Some("Mường Tè"))
    );
    assert_eq!(scope, Scope::Local(Tier::District));
}

#[test]
fn bodies_named_after_ho_chi_minh_and_the_army_s_agencies_are_central() {
    let (post, place, scope) = split("Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh");
    assert_eq!(
        (post.as_str(), place, scope),
        (
            "Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh",
            None,
            Scope::Central
        )
    );
    assert_eq!(
        split("Phó Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân Việt Nam").2,
        Scope::Central
    );
    assert_eq!(split("Phó Tổng Tham mưu trưởng").2, Scope::Central);
    assert_eq!(split("Tổng cục trưởng Tổng cục Thuế").2, Scope::Central);
    // A museum named after him is no post of the city.
    assert_eq!(split("Giám đốc Bảo tàng Hồ Chí Minh").1, None);
    // The city itself still is.
    let (_, place, _) = split("Giám đốc Công an Thành phố Hồ Chí Minh");
    assert_eq!(place.as_deref(), Some("Hồ Chí Minh"));
}

#[test]
fn departments_the_border_guard_and_military_regions_are_central_unless_placed() {
    assert_eq!(split("Vụ trưởng Vụ Công giáo").2, Scope::Central);
    assert_eq!(split("Tư lệnh BĐBP").2, Scope::Central);
    assert_eq!(split("Chính ủy Bộ đội Biên phòng").2, Scope::Central);
    assert_eq!(split("Phó Tư lệnh Quân khu 3").2, Scope::Central);
    // With a province, the province's.
    let (_, place, scope) = split("Tham mưu trưởng BĐBP Quảng Ninh");
    assert_eq!(place.as_deref(), Some("Quảng Ninh"));
    assert_eq!(scope, Scope::Local(Tier::Province));
    assert_eq!(
        split("Chỉ huy trưởng Bộ đội Biên phòng tỉnh").2,
        Scope::Local(Tier::Province)
    );
}

#[test]
fn the_assemblys_committees_are_central() {
    assert_eq!(split("Chủ nhiệm Ủy ban Pháp luật").2, Scope::Central);
    assert_eq!(
        split("Phó Chủ nhiệm Ủy ban Tài chính - Ngân sách").2,
        Scope::Central
    );
    assert_eq!(
        split("Chủ nhiệm Ủy ban về các vấn đề xã hội").2,
        Scope::Central
    );
    assert_eq!(split("Phó trưởng Ban Công tác đại biểu").2, Scope::Central);
    // A council's own board stays with its unit.
    assert_eq!(
        split("Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh").2,
        Scope::Local(Tier::Province)
    );
}

#[test]
fn a_national_organisation_named_with_no_unit_after_it_is_central() {
    assert_eq!(
        split("Chủ tịch Hội Cựu chiến binh Việt Nam").2,
        Scope::Central
    );
    assert_eq!(split("Phó Chủ tịch Hội LHPN Việt Nam").2, Scope::Central);
    assert_eq!(split("Chủ tịch UBTWMTTQ Việt Nam").2, Scope::Central);
    assert_eq!(
        split("Chủ tịch Hội Nông dân Việt Nam tỉnh").2,
        Scope::Local(Tier::Province)
    );
    // The Front's committee named with no unit may be any level's.
    assert_eq!(split("Phó Chủ tịch Ủy ban MTTQ Việt Nam").2, Scope::Unknown);
}
