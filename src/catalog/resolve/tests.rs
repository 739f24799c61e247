use super::*;
use crate::model::Mention;

fn report(level: Level, places: &[&str], people: &[(&str, &[&str])]) -> Report {
    Report {
        file: "r.txt".into(),
        level: Some(level),
        places: places.iter().map(|p| (*p).into()).collect(),
        officials: people
            .iter()
            .map(|(n, ts)| Mention {
                name: (*n).into(),
                titles: ts.iter().map(|t| (*t).into()).collect(),
                ..Mention::default()
            })
            .collect(),
        ..Report::default()
    }
}

fn places(r: &Report) -> Vec<Vec<(String, Option<String>)>> {
    resolve_report(r)
        .into_iter()
        .map(|m| {
            m.held
                .into_iter()
                .map(|h| (h.post.to_string(), h.place))
                .collect()
        })
        .collect()
}

fn held(post: &str, place: Option<&str>) -> (String, Option<String>) {
    (post.to_string(), place.map(str::to_string))
}

#[test]
fn a_post_takes_the_place_another_title_of_the_same_level_names() {
    let r = report(
        Level::Central,
        &["Bạc Liêu", "Vĩnh Phúc"],
        &[(
            "Nguyễn Văn An",
            &[
                "Phó Bí thư Thường trực Tỉnh ủy",
                "Chủ tịch HĐND tỉnh Bạc Liêu",
            ],
        )],
    );
    assert_eq!(
        places(&r)[0],
        [
            held("Phó Bí thư Thường trực Tỉnh ủy", Some("Bạc Liêu")),
            held("Chủ tịch HĐND tỉnh", Some("Bạc Liêu")),
        ]
    );
}

#[test]
fn a_bare_standing_committee_member_belongs_to_the_next_committee() {
    let r = report(
        Level::District,
        &["Tam Nông"],
        &[(
            "Lê Thị Hoa",
            &[
                "Ủy viên Ban Thường vụ",
                "Trưởng Ban Dân vận Huyện ủy Tam Nông",
            ],
        )],
    );
    assert_eq!(
        places(&r)[0][0],
        held("Ủy viên Ban Thường vụ Huyện ủy", Some("Tam Nông"))
    );
}

#[test]
fn the_report_places_posts_by_their_level() {
    let r = report(
        Level::District,
        &["Củ Chi", "Hồ Chí Minh"],
        &[
            ("Trần Thu Tâm", &["Thành ủy viên", "Bí thư Huyện ủy"]),
            ("Phạm Văn Bình", &["Trưởng Ban Dân vận Thành ủy"]),
        ],
    );
    let p = places(&r);
    assert_eq!(
        p[0],
        [
            held("Thành ủy viên", Some("Hồ Chí Minh")),
            held("Bí thư Huyện ủy", Some("Củ Chi"))
        ]
    );
    assert_eq!(
        p[1],
        [held("Trưởng Ban Dân vận Thành ủy", Some("Hồ Chí Minh"))]
    );
}

#[test]
fn central_posts_are_central_ranks_placeless_and_the_rest_unknown() {
    let r = report(
        Level::Central,
        &["Nghệ An", "Hà Tĩnh"],
        &[(
            "Võ Văn Cường",
            &["Đại tá", "Phó Trưởng ban Dân vận TW", "Bí thư Tỉnh ủy"],
        )],
    );
    assert_eq!(
        places(&r)[0],
        [
            held("Đại tá", None),
            held("Phó Trưởng ban Dân vận TW", Some("Trung ương")),
            held("Bí thư Tỉnh ủy", None),
        ]
    );
}

#[test]
fn a_bridge_site_places_the_people_named_there() {
    let mut r = report(
        Level::Central,
        &["Quảng Trị", "Nghệ An"],
        &[("Hồ Thị Lan", &["Phó Chủ tịch UBND tỉnh"])],
    );
    r.officials[0].place = Some("Quảng Trị".into());
    assert_eq!(
        places(&r)[0],
        [held("Phó Chủ tịch UBND tỉnh", Some("Quảng Trị"))]
    );
}

#[test]
fn a_short_form_of_a_name_in_the_same_report_is_the_same_person() {
    let r = report(
        Level::Provincial,
        &["Nghệ An"],
        &[
            ("Nguyễn Mai Phương", &["Chủ tịch Hội Nông dân tỉnh"]),
            ("Mai Phương", &[]),
            ("Phương", &[]),
        ],
    );
    let keys: Vec<String> = resolve_report(&r).into_iter().map(|m| m.key).collect();
    assert_eq!(keys[0], keys[1]);
    assert_ne!(keys[0], keys[2], "one syllable is too thin to tell");
}

#[test]
fn places_keep_the_province_written_before_a_merger() {
    let r = report(
        Level::Provincial,
        &["Hải Dương"],
        &[("Đỗ Văn Tú", &["Bí thư Tỉnh ủy Hải Dương"])],
    );
    let m = &resolve_report(&r)[0];
    assert_eq!(m.held[0].place.as_deref(), Some("Hải Dương"));
    assert_eq!(
        m.anchors,
        ["Hải Phòng"],
        "the career goes on in the merged province"
    );
}

#[test]
fn a_commune_named_alone_gives_its_province_when_only_one_has_it() {
    let people: &[(&str, &[&str])] = &[
        (
            "Lương Văn Minh",
            &["Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"],
        ),
        ("Đỗ Thị Hoa", &["Bí thư Đảng ủy xã"]),
    ];
    let mut r = report(Level::Commune, &["Đạo Trù"], people);
    r.event_date = crate::model::Date::new(2025, 8, 11);
    let p = places(&r);
    assert_eq!(
        p[0],
        [held(
            "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy",
            Some("Phú Thọ")
        )]
    );
    assert_eq!(p[1], [held("Bí thư Đảng ủy xã", Some("Đạo Trù"))]);
    // Before the merger the commune lay in Vĩnh Phúc.
    r.event_date = crate::model::Date::new(2020, 3, 2);
    assert_eq!(places(&r)[0][0].1.as_deref(), Some("Vĩnh Phúc"));
    // A name many provinces' communes share says nothing.
    let r = report(Level::Commune, &["Tân Lập"], people);
    assert_eq!(places(&r)[0][0].1, None);
}

#[test]
fn a_provincial_papers_report_naming_no_province_is_about_its_own() {
    let people: &[(&str, &[&str])] = &[("Đoàn Thị Hoa", &["Phó Chủ tịch UBND tỉnh"])];
    let mut r = report(Level::Provincial, &[], people);
    r.source = Some("LSO".into());
    assert_eq!(
        places(&r)[0],
        [held("Phó Chủ tịch UBND tỉnh", Some("Lạng Sơn"))]
    );
    // A province the report names comes first.
    let mut r = report(Level::Provincial, &["Cao Bằng"], people);
    r.source = Some("Baolangson.vn".into());
    assert_eq!(
        places(&r)[0],
        [held("Phó Chủ tịch UBND tỉnh", Some("Cao Bằng"))]
    );
    // A national outlet says nothing of the place.
    let mut r = report(Level::Provincial, &[], people);
    r.source = Some("TTXVN".into());
    assert_eq!(places(&r)[0], [held("Phó Chủ tịch UBND tỉnh", None)]);
}

#[test]
fn a_district_post_at_a_commune_s_meeting_is_of_the_district_its_titles_name() {
    let r = report(
        Level::Commune,
        &["Hồng Sơn", "Yên Lập"],
        &[
            (
                "Trần Văn Hòa",
                &["Huyện ủy viên", "Phó Chủ tịch UBND huyện"],
            ),
            ("Lê Thị Lan", &["Chủ tịch Hội Nông dân huyện Yên Lập"]),
            ("Đỗ Văn Bình", &["Chủ tịch UBND xã"]),
        ],
    );
    let p = places(&r);
    assert_eq!(p[0][1], held("Phó Chủ tịch UBND huyện", Some("Yên Lập")));
    assert_eq!(
        p[1][0],
        held("Chủ tịch Hội Nông dân huyện", Some("Yên Lập"))
    );
    assert_eq!(p[2][0], held("Chủ tịch UBND xã", Some("Hồng Sơn")));
    // Two districts named: neither is the meeting's.
    let r = report(
        Level::Commune,
        &["Hồng Sơn"],
        &[
            ("Trần Văn Hòa", &["Phó Chủ tịch UBND huyện"]),
            ("Lê Thị Lan", &["Chủ tịch UBND huyện Yên Lập"]),
            ("Đỗ Văn Bình", &["Chủ tịch UBND huyện Thanh Sơn"]),
        ],
    );
    assert_eq!(places(&r)[0][0], held("Phó Chủ tịch UBND huyện", None));
}

#[test]
fn a_committee_post_naming_no_level_is_of_the_level_of_the_other_posts() {
    let r = report(
        Level::Commune,
        &["Tân Hòa"],
        &[(
            "Đinh Văn Khánh",
            &["Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"],
        )],
    );
    assert_eq!(
        places(&r)[0],
        [
            held("Phó Bí thư Thường trực Đảng ủy", Some("Tân Hòa")),
            held("Chủ tịch HĐND xã", Some("Tân Hòa")),
        ]
    );
    // At a district's meeting too.
    let r = report(
        Level::District,
        &["Yên Lập"],
        &[("Đinh Văn Khánh", &["Bí thư Đảng ủy", "Chủ tịch UBND xã"])],
    );
    assert_eq!(places(&r)[0][0].0, "Bí thư Đảng ủy");
    assert_eq!(resolve_report(&r)[0].held[0].level, Some(Level::Commune));
    // Other posts of two levels: the committee's is the report's level.
    let r = report(
        Level::Provincial,
        &["Nghệ An"],
        &[(
            "Đinh Văn Khánh",
            &["Tỉnh ủy viên", "Bí thư Đảng ủy", "Chủ tịch UBND huyện"],
        )],
    );
    assert_eq!(places(&r)[0][1], held("Bí thư Đảng ủy", Some("Nghệ An")));
}

#[test]
fn a_ward_the_headline_names_is_no_province_of_the_same_name() {
    let mut r = report(
        Level::Commune,
        &["Hòa Bình"],
        &[
            (
                "Vi Văn Thắng",
                &["Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"],
            ),
            ("Bạch Thị Hoa", &["Bí thư Đảng ủy phường"]),
        ],
    );
    r.title = Some("Đảng ủy phường Hòa Bình học tập nghị quyết".into());
    let p = places(&r);
    assert_eq!(
        p[0][0],
        held("Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", None)
    );
    assert_eq!(p[1][0], held("Bí thư Đảng ủy phường", Some("Hòa Bình")));
    // Named a province by the headline, it is the province.
    r.title = Some("Tỉnh Hòa Bình tổng kết công tác dân vận".into());
    assert_eq!(
        places(&r)[0][0],
        held("Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", Some("Hòa Bình"))
    );
}

#[test]
fn a_commune_post_at_a_district_s_meeting_is_of_the_one_commune_it_names() {
    let r = report(
        Level::District,
        &["Đông Hải", "Long Điền Tây"],
        &[
            ("Trương Văn Hùng", &["Trưởng Ban Dân vận Huyện ủy"]),
            ("Kha Văn Út", &["Bí thư Đảng ủy", "Chủ tịch HĐND xã"]),
        ],
    );
    let p = places(&r);
    assert_eq!(
        p[0][0],
        held("Trưởng Ban Dân vận Huyện ủy", Some("Đông Hải"))
    );
    assert_eq!(
        p[1],
        [
            held("Bí thư Đảng ủy", Some("Long Điền Tây")),
            held("Chủ tịch HĐND xã", Some("Long Điền Tây")),
        ]
    );
    // Two communes named: neither is the post's.
    let r = report(
        Level::District,
        &["Đông Hải", "Long Điền Tây", "Điền Hải"],
        &[("Kha Văn Út", &["Chủ tịch HĐND xã"])],
    );
    assert_eq!(places(&r)[0][0], held("Chủ tịch HĐND xã", None));
}

#[test]
fn a_city_committee_s_post_is_of_the_one_city_the_titles_name() {
    let mut r = report(
        Level::District,
        &["Nghệ An", "Hưng Bình", "Quán Hành"],
        &[
            ("Phan Văn Đông", &["Bí thư Thành ủy Vinh"]),
            ("Trần Thị Hạnh", &["Trưởng Ban Dân vận Thành ủy"]),
        ],
    );
    r.title = Some("Tổng kết công tác dân vận năm 2022".into());
    assert_eq!(
        places(&r)[1][0],
        held("Trưởng Ban Dân vận Thành ủy", Some("Vinh"))
    );
}

#[test]
fn a_headline_s_unit_word_makes_even_a_one_word_name_a_place() {
    let mut r = report(
        Level::District,
        &["Hưng Bình"],
        &[("Trần Thị Hạnh", &["Trưởng Ban Dân vận Thành ủy"])],
    );
    r.title = Some("TP Vinh: tổng kết công tác dân vận".into());
    assert_eq!(
        places(&r)[0][0],
        held("Trưởng Ban Dân vận Thành ủy", Some("Vinh"))
    );
    assert_eq!(
        headline_place("Thành phố hỗ trợ xã Tân Lập làm đường", &[]),
        Some(("xã", "Tân Lập".to_string()))
    );
    assert_eq!(
        headline_place("Thị xã Sơn Tây ra quân", &[]),
        Some(("thị xã", "Sơn Tây".to_string()))
    );
}

#[test]
fn a_city_the_headline_names_may_be_a_province_s_equal() {
    let mut r = report(
        Level::Provincial,
        &[],
        &[("Đỗ Văn Tâm", &["Trưởng Ban Dân vận Thành ủy"])],
    );
    r.title = Some("Thường trực Thành ủy Thành phố Hồ Chí Minh làm việc với Ban Dân vận".into());
    assert_eq!(
        places(&r)[0][0],
        held("Trưởng Ban Dân vận Thành ủy", Some("Hồ Chí Minh"))
    );
}

#[test]
fn a_one_word_district_the_lexicon_knows_is_a_place() {
    let r = report(
        Level::District,
        &["M'Đrắk", "Đắk Lắk"],
        &[("Y Kim Byă", &["Trưởng ban Dân vận Huyện ủy"])],
    );
    assert_eq!(
        places(&r)[0][0],
        held("Trưởng ban Dân vận Huyện ủy", Some("M'Đrắk"))
    );
}

#[test]
fn a_known_place_before_the_headline_s_colon_is_the_report_s() {
    let mut r = report(
        Level::Provincial,
        &[],
        &[
            (
                "Trần Huy Thành",
                &["Phó Bí thư Thường trực Thành ủy TP.HCM"],
            ),
            ("Đỗ Như Tâm", &["Phó Chủ tịch UBND thành phố"]),
        ],
    );
    r.title = Some("Hồ Chí Minh: làm việc với Ban Dân vận Thành ủy".into());
    assert_eq!(
        places(&r)[1][0],
        held("Phó Chủ tịch UBND thành phố", Some("Hồ Chí Minh"))
    );
    assert_eq!(
        headline_place("Nghệ An: ra quân tháng thanh niên", &[]),
        Some(("", "Nghệ An".to_string()))
    );
    // Not a place: no place.
    assert_eq!(headline_place("Chuyện kể: người giữ rừng", &[]), None);
    // Without the headline, the city the titles name.
    r.title = None;
    assert_eq!(
        places(&r)[1][0],
        held("Phó Chủ tịch UBND thành phố", Some("Hồ Chí Minh"))
    );
}

#[test]
fn a_province_and_the_city_that_took_its_place_are_the_province_before_it() {
    let mut r = report(
        Level::Provincial,
        &["Thừa Thiên", "Huế", "Thừa Thiên Huế"],
        &[("Bùi Kim Long", &["Trưởng Ban Dân vận Tỉnh uỷ"])],
    );
    r.event_date = crate::model::Date::parse_iso("2013-01-30");
    assert_eq!(
        places(&r)[0][0],
        held("Trưởng Ban Dân vận Tỉnh uỷ", Some("Thừa Thiên Huế"))
    );
    // After the reform the city is the province.
    r.event_date = crate::model::Date::parse_iso("2025-09-30");
    assert_eq!(
        places(&r)[0][0],
        held("Trưởng Ban Dân vận Tỉnh uỷ", Some("Huế"))
    );
}

#[test]
fn a_place_in_a_headline_in_capitals_is_spelled_as_the_report_spells_it() {
    let mut r = report(
        Level::Commune,
        &["Tân Hòa"],
        &[("Lò Văn Sơn", &["Bí thư Đảng ủy", "Chủ tịch HĐND xã"])],
    );
    // Capitals do not tell where the name ends: "TÂN HÒA TỔ".
    r.title = Some("ĐẢNG ỦY XÃ TÂN HÒA TỔ CHỨC HỘI NGHỊ GIAO BAN".into());
    assert_eq!(places(&r)[0][1], held("Chủ tịch HĐND xã", Some("Tân Hòa")));
    // A slip of case in the headline does not cut the name.
    r.title = Some("Bí thư Đảng ủy xã Tân hòa đối thoại với nhân dân".into());
    assert_eq!(places(&r)[0][1], held("Chủ tịch HĐND xã", Some("Tân Hòa")));
    // A place before the colon, in capitals.
    assert_eq!(
        headline_place("MƯỜNG THANH: HỘI NGHỊ MẶT TRẬN", &["Mường Thanh".into()]),
        Some(("", "Mường Thanh".to_string()))
    );
    // Not among the report's places: its words, not shouted.
    assert_eq!(
        headline_place("XÃ BẢN LẦU: RA QUÂN", &[]),
        Some(("xã", "Bản Lầu".to_string()))
    );
}

#[test]
fn a_commune_s_report_naming_its_district_first_places_posts_in_the_commune() {
    let r = report(
        Level::Commune,
        &["Thanh Miện", "Chi Lăng Nam", "Hải Dương"],
        &[("Vũ Văn Hào", &["Chủ tịch UBND xã"])],
    );
    assert_eq!(
        places(&r)[0][0],
        held("Chủ tịch UBND xã", Some("Chi Lăng Nam"))
    );
}

#[test]
fn a_city_named_like_its_province_is_a_district_s_level_unless_centrally_run() {
    let r = report(
        Level::District,
        &["Hà Tĩnh"],
        &[
            ("Trần Văn Hải", &["Bí thư Thành ủy Hà Tĩnh"]),
            ("Lê Văn Tâm", &["Bí thư Thành ủy Đà Nẵng"]),
        ],
    );
    let resolved = resolve_report(&r);
    assert_eq!(resolved[0].held[0].level, Some(Level::District));
    assert_eq!(resolved[0].held[0].place.as_deref(), Some("Hà Tĩnh"));
    assert_eq!(resolved[1].held[0].level, Some(Level::Provincial));
}

#[test]
fn a_place_named_by_the_headline_and_the_text_is_one_place() {
    let mut r = report(
        Level::Provincial,
        &["Bảo Lâm"],
        &[("Hà Văn Sinh", &["Chủ tịch HĐND huyện"])],
    );
    r.title = Some("Đại biểu HĐND tỉnh tiếp xúc cử tri huyện bảo Lâm".into());
    assert_eq!(
        places(&r)[0][0],
        held("Chủ tịch HĐND huyện", Some("Bảo Lâm"))
    );
}

#[test]
fn a_foreign_official_s_unplaced_posts_are_of_their_country() {
    let r = report(
        Level::Provincial,
        &["Quảng Trị"],
        &[
            (
                "Khamphet Sengdara",
                &["Tổng Bí thư", "Chủ tịch nước Lào", "Chủ tịch Hội Hữu nghị"],
            ),
            (
                "Lê Minh Tâm",
                &["Đại sứ Việt Nam tại Lào", "nguyên Thứ trưởng Bộ Ngoại giao"],
            ),
        ],
    );
    let people = places(&r);
    assert_eq!(
        people[0],
        [
            held("Tổng Bí thư", Some("Lào")),
            held("Chủ tịch nước", Some("Lào")),
            held("Chủ tịch Hội Hữu nghị", Some("Lào")),
        ]
    );
    // An envoy abroad keeps the posts held at home.
    assert_eq!(
        people[1],
        [
            held("Đại sứ Việt Nam", Some("Lào")),
            held("nguyên Thứ trưởng Bộ Ngoại giao", Some("Trung ương")),
        ]
    );
}

#[test]
fn a_place_that_opens_a_private_person_s_name_is_that_name() {
    // "Hồ Sơn" read as a place out of "ông Hồ Sơn Tư (SN 1950)": no
    // jurisdiction for the commune's chairman.
    let mut r = report(
        Level::Commune,
        &["Hồ Sơn"],
        &[("Nguyễn Văn Bình", &["Chủ tịch UBND xã"])],
    );
    assert_eq!(places(&r)[0][0], held("Chủ tịch UBND xã", Some("Hồ Sơn")));
    r.people = vec![Mention {
        name: "Hồ Sơn Tư".into(),
        ..Mention::default()
    }];
    assert_eq!(places(&r)[0][0], held("Chủ tịch UBND xã", None));
}
