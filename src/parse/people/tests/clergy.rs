//! Religious dignitaries: ranks of each faith before the name, Christian
//! names before a Catholic's own name, foreign clergy.

use super::{one, people};

#[test]
fn religious_ranks_and_honorific_titles_are_titles() {
    assert_eq!(
        people("Hòa thượng Danh Lưu - Trụ trì chùa Som Rong dự lễ."),
        [one("Danh Lưu", &["Hòa thượng", "Trụ trì chùa Som Rong"])]
    );
    assert_eq!(
        people("Thăm Anh hùng LLVTND Lâm Văn Bé tại nhà riêng."),
        [one("Lâm Văn Bé", &["Anh hùng LLVTND"])]
    );
    // The state's title for mothers of fallen soldiers stands before the
    // name as a hero's does.
    assert_eq!(
        people("Đoàn đến thăm Mẹ Việt Nam Anh hùng Lê Thị Sen tại xã."),
        [one("Lê Thị Sen", &["Mẹ Việt Nam Anh hùng"])]
    );
    assert_eq!(
        people("Tặng quà Bà mẹ Việt Nam Anh hùng Trần Thị Lụa."),
        [one("Trần Thị Lụa", &["Bà mẹ Việt Nam Anh hùng"])]
    );
    let got = people("Linh mục Phạm Văn Tuệ, Chánh xứ, phát biểu.");
    assert!(
        got.len() == 1 && got[0].0 == "Phạm Văn Tuệ" && got[0].1[0] == "Linh mục",
        "{got:?}"
    );
}

#[test]
fn religious_ranks_written_short_open_a_title_before_the_name() {
    assert_eq!(
        people("Đón đoàn có HT. Thích Minh Đạo, Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh; ĐĐ. Thích Quảng Tâm – Phó Chánh Thư ký Ban Trị sự."),
        [
            one(
                "Thích Minh Đạo",
                &["HT.", "Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"]
            ),
            one("Thích Quảng Tâm", &["ĐĐ.", "Phó Chánh Thư ký Ban Trị sự"])
        ]
    );
    assert_eq!(
        people("Đồng chí Lò Văn Pành, UV BTV Huyện ủy, Trưởng Ban Dân vận Huyện ủy dự."),
        [one(
            "Lò Văn Pành",
            &["UV BTV Huyện ủy", "Trưởng Ban Dân vận Huyện ủy"]
        )]
    );
}

#[test]
fn clergy_with_christian_and_foreign_names() {
    assert_eq!(
        people(
            "Bộ trưởng Nội vụ Lê Văn Tâm tiếp Giám mục Giáo phận Bắc Ninh Phêrô Nguyễn Văn Hòa."
        ),
        [
            one("Lê Văn Tâm", &["Bộ trưởng Nội vụ"]),
            one("Phêrô Nguyễn Văn Hòa", &["Giám mục Giáo phận Bắc Ninh"])
        ]
    );
    assert_eq!(
        people("Ông gặp Tổng Giám mục Paolo Rossetti, Đại diện Thường trú Tòa thánh tại Việt Nam."),
        [one(
            "Paolo Rossetti",
            &[
                "Tổng Giám mục",
                "Đại diện Thường trú Tòa thánh tại Việt Nam"
            ]
        )]
    );
    assert_eq!(
        people("Đoàn có Vụ trưởng Vụ Phật giáo Trần Văn Lực và Tiến sĩ Hoàng Thị Mai."),
        [
            one("Trần Văn Lực", &["Vụ trưởng Vụ Phật giáo"]),
            one("Hoàng Thị Mai", &["Tiến sĩ"])
        ]
    );
}

#[test]
fn offices_of_a_diocese_before_and_after_the_name() {
    assert_eq!(
        people("Đón đoàn có Đức cha Giám quản Phêrô Lê Văn Thạch và linh mục Tổng Đại diện Giuse Trần Văn Khoa."),
        [
            one("Phêrô Lê Văn Thạch", &["Đức cha", "Giám quản"]),
            one("Giuse Trần Văn Khoa", &["Linh mục", "Tổng Đại diện"]),
        ]
    );
    assert_eq!(
        people("Linh mục Antôn Đinh Văn Lực, quản xứ Giáo xứ Phú Nhai tiếp đoàn."),
        [one(
            "Antôn Đinh Văn Lực",
            &["Linh mục", "Quản xứ Giáo xứ Phú Nhai"]
        )]
    );
}

#[test]
fn a_diocesan_bishop_keeps_his_see() {
    // "chính tòa" (chánh tòa in the South) marks the diocese's own bishop.
    assert_eq!(
        people("Tiếp đoàn có Đức cha Giuse Đỗ Văn Lực, Giám mục chính tòa Giáo phận Lạng Sơn."),
        [one(
            "Giuse Đỗ Văn Lực",
            &["Đức cha", "Giám mục chính tòa Giáo phận Lạng Sơn"]
        )]
    );
    assert_eq!(
        people("Giám mục chánh tòa Giáo phận Vĩnh Long Phêrô Trần Văn Khởi cảm ơn đoàn."),
        [one(
            "Phêrô Trần Văn Khởi",
            &["Giám mục chánh tòa Giáo phận Vĩnh Long"]
        )]
    );
}

#[test]
fn an_auxiliary_bishop_and_a_vicar_general_keep_their_offices() {
    assert_eq!(
        people("Tiếp đoàn có Đức cha phụ tá Phêrô Trần Văn Lộc và Linh mục Giuse Mai Văn Hiền, Quản hạt Kẻ Sặt."),
        [
            one("Phêrô Trần Văn Lộc", &["Đức cha phụ tá"]),
            one("Giuse Mai Văn Hiền", &["Linh mục", "Quản hạt Kẻ Sặt"])
        ]
    );
    assert_eq!(
        people("Giám mục phụ tá Giáo phận Hà Tĩnh Phaolô Đặng Văn Cầu chúc mừng đoàn."),
        [one(
            "Phaolô Đặng Văn Cầu",
            &["Giám mục phụ tá Giáo phận Hà Tĩnh"]
        )]
    );
    assert_eq!(
        people("Linh mục Vũ Đình Khoa - Tổng Đại diện Giáo phận Lạng Sơn tặng hoa."),
        [one(
            "Vũ Đình Khoa",
            &["Linh mục", "Tổng Đại diện Giáo phận Lạng Sơn"]
        )]
    );
}

#[test]
fn a_rank_before_an_office_and_a_name_is_the_next_person_s() {
    assert_eq!(
        people("Đón đoàn có Đức cha Giám quản Giuse Lưu Văn Khải, Đức cha phụ tá Antôn Phan Văn Tín, linh mục Tổng Đại diện Luca Hồ Văn Quý."),
        [
            one("Giuse Lưu Văn Khải", &["Đức cha", "Giám quản"]),
            one("Antôn Phan Văn Tín", &["Đức cha phụ tá"]),
            one("Luca Hồ Văn Quý", &["Linh mục", "Tổng Đại diện"])
        ]
    );
}

#[test]
fn a_secretary_member_of_the_buddhist_executive_council_is_one_office() {
    assert_eq!(
        people("Thượng tọa Thích Minh Quảng – Ủy viên Thư ký Hội đồng Trị sự – Phó Chánh Văn phòng Trung ương Giáo hội dự lễ."),
        [one(
            "Thích Minh Quảng",
            &[
                "Thượng tọa",
                "Ủy viên Thư ký Hội đồng Trị sự",
                "Phó Chánh Văn phòng Trung ương Giáo hội"
            ]
        )]
    );
}

#[test]
fn posts_after_a_dash_stay_with_their_holder_before_a_semicolon() {
    assert_eq!(
        people("Tiếp đoàn có Hòa thượng Thích Quảng Hiền – Ủy viên Thường trực Hội đồng Chứng minh – Phó Chủ tịch Hội đồng Trị sự; Thượng tọa Thích Minh Đức, Phó Tổng Thư ký."),
        [
            one(
                "Thích Quảng Hiền",
                &[
                    "Hòa thượng",
                    "Ủy viên Thường trực Hội đồng Chứng minh",
                    "Phó Chủ tịch Hội đồng Trị sự"
                ]
            ),
            one("Thích Minh Đức", &["Thượng tọa", "Phó Tổng Thư ký"])
        ]
    );
}

#[test]
fn an_abbot_of_the_pagoda_named_before_keeps_the_pagoda() {
    assert_eq!(
        people("Đoàn tặng quà cho chùa Sóc Xoài, Thượng tọa Danh Sáu, Trụ trì chùa tiếp nhận."),
        [one("Danh Sáu", &["Thượng tọa", "Trụ trì chùa"])]
    );
}

#[test]
fn a_monk_or_a_priest_visited_with_a_gift_keeps_the_standing_alone() {
    let r = crate::parse::parse_report(
        "pd.txt",
        "Huyện thăm các cơ sở tôn giáo dịp lễ Phật đản\n\nNgày 12/5, đoàn do ông Lò Văn Thịnh, Phó Chủ tịch UBND huyện làm trưởng đoàn đã thăm, tặng quà Hòa thượng Thích Minh Tịnh (chùa Vân Hà, xã Tân Lập), Đại đức Thích Quảng Hưng và Linh mục Đinh Văn Khải; Thượng tọa Thích Trí Hòa, Trưởng Ban Trị sự GHPGVN huyện tiếp đoàn.\n",
    );
    let listed = |list: &[crate::model::Mention]| -> Vec<(String, Vec<String>)> {
        list.iter()
            .map(|m| {
                let titles = m.titles.iter().map(ToString::to_string).collect();
                (m.name.to_string(), titles)
            })
            .collect()
    };
    // A cleric named with a standing alone keeps it, listed apart with the
    // private persons; so does one whose post is in the Sangha only.
    let officials = listed(&r.officials);
    let names: Vec<&str> = officials.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(names, ["Lò Văn Thịnh"], "{:?}", r.officials);
    let people = listed(&r.people);
    let standing = |name: &str| people.iter().find(|p| p.0 == name).map(|p| p.1.clone());
    assert_eq!(
        standing("Thích Minh Tịnh"),
        Some(vec!["Hòa thượng".to_string()])
    );
    assert_eq!(
        standing("Thích Quảng Hưng"),
        Some(vec!["Đại đức".to_string()])
    );
    assert_eq!(
        standing("Đinh Văn Khải"),
        Some(vec!["Linh mục".to_string()])
    );
    assert_eq!(
        standing("Thích Trí Hòa"),
        Some(vec![
            "Thượng tọa".to_string(),
            "Trưởng Ban Trị sự GHPGVN huyện".to_string()
        ])
    );
}

#[test]
fn a_township_written_short_is_no_rank() {
    assert!(
        people("Đoàn thăm chùa Phước Lâm (TT. Phú Lộc, huyện Tân Hòa) và tịnh xá Ngọc Liên.")
            .is_empty()
    );
    assert_eq!(
        people("Đón đoàn có TT. Thích Minh Quang, Phó Trưởng Ban Trị sự tỉnh."),
        [one(
            "Thích Minh Quang",
            &["TT.", "Phó Trưởng Ban Trị sự tỉnh"]
        )]
    );
}

#[test]
fn a_pagodas_name_of_unknown_syllables_is_no_person() {
    assert_eq!(
        people("Đoàn công tác thăm, chúc Tết Đại đức Lâm Văn Sô - Trụ trì chùa Prey Kos Thmây, xã Lai Hòa."),
        [one("Lâm Văn Sô", &["Đại đức", "Trụ trì chùa Prey Kos Thmây"])]
    );
    assert_eq!(
        people("Ông Y Bhiơ Niê, Trưởng buôn Cư Mblim, phát biểu."),
        [one("Y Bhiơ Niê", &["Trưởng buôn Cư Mblim"])]
    );
}

#[test]
fn a_deity_a_shrine_is_named_after_is_no_person() {
    assert_eq!(
        people("Du khách đến lễ Chùa Bà Chúa Kho rồi thăm miếu Ông Bổn, bà Lê Thị Sen hướng dẫn."),
        [one("Lê Thị Sen", &[])]
    );
}

#[test]
fn a_monk_or_a_nun_called_su_thay_or_su_co_keeps_the_word() {
    assert_eq!(
        people("Sư thầy Thích Minh Đạo tặng quà cho các hộ nghèo."),
        [one("Thích Minh Đạo", &["Sư thầy"])]
    );
    assert_eq!(
        people("Sư cô Thích Nữ Diệu Hạnh phát biểu."),
        [one("Thích Nữ Diệu Hạnh", &["Sư cô"])]
    );
}

#[test]
fn two_clerics_of_one_rank_joined_by_va_share_the_post_after_the_second() {
    let post = ["Hòa thượng", "Ủy viên Ban Trị sự Giáo hội Phật giáo tỉnh"];
    assert_eq!(
        people("Dự có Hòa thượng Thích Thanh Tâm và Hòa thượng Thích Minh Hải, Ủy viên Ban Trị sự Giáo hội Phật giáo tỉnh."),
        [one("Thích Thanh Tâm", &post), one("Thích Minh Hải", &post)]
    );
    // A post of the first's own stays the first's.
    assert_eq!(
        people("Đại tá Lê Văn An, Chính ủy Sư đoàn và Đại tá Hồ Văn Bình, Sư đoàn trưởng dự."),
        [
            one("Lê Văn An", &["Đại tá", "Chính ủy Sư đoàn"]),
            one("Hồ Văn Bình", &["Đại tá", "Sư đoàn trưởng"])
        ]
    );
}

#[test]
fn the_patron_of_a_buddhist_board_holds_an_office() {
    assert_eq!(
        people("Dự lễ có Thượng tọa Thích Minh Quang, Chứng minh Ban Trị sự GHPG Việt Nam tỉnh."),
        [one(
            "Thích Minh Quang",
            &["Thượng tọa", "Chứng minh Ban Trị sự GHPG Việt Nam tỉnh"]
        )]
    );
    // "chứng minh" is the verb "to prove" elsewhere, before a board too.
    let got =
        people("Ông Lê Văn Tâm, Trưởng thôn, cho biết hồ sơ đã chứng minh Ban quản lý làm đúng.");
    assert!(
        got.iter()
            .all(|p| p.1.iter().all(|t| !t.to_lowercase().contains("chứng minh"))),
        "{got:?}"
    );
}

#[test]
fn a_post_before_a_monks_rank_and_dharma_name_is_his() {
    assert_eq!(
        people("Chủ tịch tỉnh tặng quà cho Phó Pháp chủ GHPG Việt Nam, Hòa thượng Thích Minh Đạo."),
        [one(
            "Thích Minh Đạo",
            &["Phó Pháp chủ GHPG Việt Nam", "Hòa thượng"]
        )]
    );
    assert_eq!(
        people("Dự lễ có Trưởng Ban Trị sự tỉnh, Thượng tọa Thích Quảng Hòa."),
        [one(
            "Thích Quảng Hòa",
            &["Trưởng Ban Trị sự tỉnh", "Thượng tọa"]
        )]
    );
}

#[test]
fn duc_before_a_patriarchs_or_bishops_office_is_the_holders_honorific() {
    assert_eq!(
        people("Đoàn đến chúc mừng Hòa thượng Thích Minh Đạo, Đức Pháp chủ Hội đồng Chứng minh GHPGVN."),
        [one("Thích Minh Đạo", &["Hòa thượng", "Pháp chủ Hội đồng Chứng minh GHPGVN"])]
    );
    // "Đức" is a given name too, and Germany.
    assert_eq!(
        people("Ông Lê Minh Đức, Phó Chủ tịch UBND huyện dự."),
        [one("Lê Minh Đức", &["Phó Chủ tịch UBND huyện"])]
    );
}

#[test]
fn a_post_held_jointly_after_a_list_of_clerics_is_each_ones() {
    let post = "Phó Chủ tịch Hội đồng Trị sự";
    assert_eq!(
        people("Đón đoàn có Hòa thượng Thích Minh Đạo, Thượng tọa Thích Quảng Hòa - đồng Phó Chủ tịch Hội đồng Trị sự; các vị khác."),
        [
            one("Thích Minh Đạo", &["Hòa thượng", post]),
            one("Thích Quảng Hòa", &["Thượng tọa", post])
        ]
    );
    // "đồng chí" after a name opens no post.
    assert_eq!(
        people("Dự có Thượng tọa Thích Quảng Hòa, đồng chí Lê Văn An."),
        [
            one("Thích Quảng Hòa", &["Thượng tọa"]),
            one("Lê Văn An", &[])
        ]
    );
}

#[test]
fn a_members_office_written_short_with_a_dot_goes_on_into_its_full_form() {
    assert_eq!(
        people("Tham dự có TT. Thích Quảng Hòa, UV. Thường trực HĐTS, Phó ban Thường trực Ban Văn hóa Trung ương; HT. Thích Minh Đạo, UV. HĐTS."),
        [
            one(
                "Thích Quảng Hòa",
                &["TT.", "UV. Thường trực HĐTS", "Phó ban Thường trực Ban Văn hóa Trung ương"]
            ),
            one("Thích Minh Đạo", &["HT.", "UV. HĐTS"])
        ]
    );
}

#[test]
fn a_cao_dai_dignitary_keeps_the_branch_of_his_rank_and_his_council() {
    assert_eq!(
        people("Tại buổi lễ, Phối sư Thái Minh Thanh, Quyền Thái Chánh Phối sư, cho biết."),
        [one(
            "Thái Minh Thanh",
            &["Phối sư", "Quyền Thái Chánh Phối sư"]
        )]
    );
    assert_eq!(
        people("Phối Sư Ngọc Minh Thanh, Thượng Thống Lại Viện, tiếp đoàn."),
        [one(
            "Ngọc Minh Thanh",
            &["Phối Sư", "Thượng Thống Lại Viện"]
        )]
    );
}

#[test]
fn a_dharma_name_may_end_with_thi() {
    assert_eq!(
        people("Đoàn thăm Hòa thượng Thích Minh Đạo và Hòa thượng Thích Như Thị, Ủy viên Ban Trị sự tỉnh."),
        [
            one("Thích Minh Đạo", &["Hòa thượng", "Ủy viên Ban Trị sự tỉnh"]),
            one("Thích Như Thị", &["Hòa thượng", "Ủy viên Ban Trị sự tỉnh"])
        ]
    );
    // A woman's name cut after "Thị" is still cut.
    assert!(people("Dự có bà Chu Thị phát biểu.")
        .iter()
        .all(|p| p.0 != "Chu Thị"));
}

#[test]
fn a_khmer_pagodas_chief_monk_and_its_patron_by_short_form_are_posts() {
    assert_eq!(
        people("Đoàn thăm Hòa thượng Thạch Sên, Sư cả chùa Phnôm Pi."),
        [one("Thạch Sên", &["Hòa thượng", "Sư cả chùa Phnôm Pi"])]
    );
    assert_eq!(
        people("Tiếp đoàn có Hòa thượng Danh Sóc, Chứng minh BTS GHPGVN tỉnh Kiên Giang, Trụ trì chùa Láng Cát."),
        [one(
            "Danh Sóc",
            &["Hòa thượng", "Chứng minh BTS GHPGVN tỉnh Kiên Giang", "Trụ trì chùa Láng Cát"]
        )]
    );
}

#[test]
fn a_cardinals_baptismal_name_written_short_and_the_bishops_conference() {
    // The initials open the name and are left out of it.
    assert_eq!(
        people("Đoàn thăm Đức Hồng y G.B Trịnh Văn Lâm và Đức Tổng Giám mục Giuse Quách Năng, Chủ tịch Hội đồng Giám mục Việt Nam."),
        [
            one("Trịnh Văn Lâm", &["Hồng y"]),
            one(
                "Giuse Quách Năng",
                &["Tổng Giám mục", "Chủ tịch Hội đồng Giám mục Việt Nam"]
            )
        ]
    );
}

#[test]
fn a_christian_name_of_two_syllables_written_apart_opens_the_name() {
    // "Đa Minh", "Vinh Sơn" are written joined or apart; apart, the rank
    // before them does not run on into them.
    assert_eq!(
        people("Đoàn đến chúc mừng Giám mục Đa Minh Trần Quang Huy - Giám mục Giáo phận Hưng Hóa."),
        [one(
            "Đa Minh Trần Quang Huy",
            &["Giám mục", "Giám mục Giáo phận Hưng Hóa"]
        )]
    );
    assert_eq!(
        people("Linh mục Vinh Sơn Phạm Đức Lộc, Chánh xứ Giáo xứ Tân Định, tiếp đoàn."),
        [one(
            "Vinh Sơn Phạm Đức Lộc",
            &["Linh mục", "Chánh xứ Giáo xứ Tân Định"]
        )]
    );
    // The second syllable written small; the bishop named again with his
    // rank is the same man.
    let r = crate::parse::parse_report(
        "gs.txt",
        "Huyện ủy chúc mừng Giáng sinh\n\nNgày 22/12, ông Trần Minh Đức, Bí thư Huyện ủy tặng hoa Đức cha Đa minh Lê Văn Hiếu. Giám mục Đa Minh Lê Văn Hiếu cảm ơn đoàn.\n",
    );
    // The bishop is a dignitary: listed apart from the officials.
    assert_eq!(r.officials.len(), 1, "{:?}", r.officials);
    let got: Vec<(&str, &[crate::model::Text])> = r
        .people
        .iter()
        .map(|m| (m.name.as_str(), m.titles.as_slice()))
        .collect();
    assert_eq!(got.len(), 1, "{:?}", r.people);
    assert_eq!(got[0].0, "Đa Minh Lê Văn Hiếu");
    assert_eq!(got[0].1, ["Đức cha", "Giám mục"]);
    // A commune's name that is also a Christian name stays a place.
    assert_eq!(
        people("Chủ tịch UBND xã Vinh Sơn Nguyễn Văn Tâm dự lễ."),
        [one("Nguyễn Văn Tâm", &["Chủ tịch UBND xã Vinh Sơn"])]
    );
    assert_eq!(
        people("Chánh xứ Giáo xứ Đa Minh Trần Văn Lộc tiếp đoàn."),
        [one("Trần Văn Lộc", &["Chánh xứ Giáo xứ Đa Minh"])]
    );
}

#[test]
fn an_elder_monk_or_nun_keeps_trưởng_lão_in_the_rank() {
    assert_eq!(
        people(
            "Đoàn đảnh lễ Trưởng lão Hòa thượng Thích Quảng Lạc, Phó Pháp chủ Hội đồng Chứng minh."
        ),
        [one(
            "Thích Quảng Lạc",
            &["Trưởng lão Hòa thượng", "Phó Pháp chủ Hội đồng Chứng minh"]
        )]
    );
    assert_eq!(
        people(
            "Trưởng lão Ni trưởng Thích Nữ Diệu Hòa, Chứng minh Phân ban Ni giới tỉnh, tiếp đoàn."
        ),
        [one(
            "Thích Nữ Diệu Hòa",
            &["Trưởng lão Ni trưởng", "Chứng minh Phân ban Ni giới tỉnh"]
        )]
    );
}

#[test]
fn a_monk_newly_elected_head_of_a_buddhist_board_holds_the_post() {
    assert_eq!(
        people("Thượng tọa Thích Minh Khiêm được suy cử tân Trưởng ban Trị sự GHPGVN tỉnh."),
        [one(
            "Thích Minh Khiêm",
            &["Thượng tọa", "Trưởng ban Trị sự GHPGVN tỉnh"]
        )]
    );
}

#[test]
fn a_bishops_see_gives_its_rank_to_no_one_named_after_it() {
    assert_eq!(
        people("Tiếp đoàn có đại diện Tòa Giám mục; Linh mục Giuse Trần Văn Khoa, Chánh xứ Giáo xứ Phú Hòa."),
        [one(
            "Giuse Trần Văn Khoa",
            &["Linh mục", "Chánh xứ Giáo xứ Phú Hòa"]
        )]
    );
    assert_eq!(
        people("Đoàn chúc mừng quý linh mục tại tòa Tổng Giám mục, Mục sư Y Blô Êban dự."),
        [one("Y Blô Êban", &["Mục sư"])]
    );
}

#[test]
fn the_name_of_god_and_of_christmas_is_no_one_s_name() {
    assert!(
        people("Đêm 24/12, hàng nghìn giáo dân về nhà thờ chính tòa dự thánh lễ mừng Thiên chúa Giáng sinh năm 2024.").is_empty()
    );
    assert_eq!(
        people("Mừng lễ Thiên Chúa Giáng Sinh, ông Đỗ Văn Khải, Phó Chủ tịch UBND huyện tặng quà Giáo xứ Kẻ Sặt."),
        [one("Đỗ Văn Khải", &["Phó Chủ tịch UBND huyện"])]
    );
}

#[test]
fn offices_of_churches_and_the_sangha_hold_their_whole_chain() {
    // "Chính xứ" is the northern spelling of "Chánh xứ", the parish priest.
    assert_eq!(
        people(
            "Thay mặt giáo dân, Linh mục Giuse Trịnh Văn Lộc, Chính xứ Đông Xuyên, cảm ơn đoàn."
        ),
        [one(
            "Giuse Trịnh Văn Lộc",
            &["Linh mục", "Chính xứ Đông Xuyên"]
        )]
    );
    assert_eq!(
        people("Tiếp đoàn có Mục sư Hồ Minh Triết, Phó Tổng Thủ quỹ Hội thánh; Mục sư Lý Văn Hiền, Ủy viên Ban Đại diện tỉnh."),
        [
            one("Hồ Minh Triết", &["Mục sư", "Phó Tổng Thủ quỹ Hội thánh"]),
            one("Lý Văn Hiền", &["Mục sư", "Ủy viên Ban Đại diện tỉnh"]),
        ]
    );
    // "đặc trách" (in charge of) stays inside the post, as "phụ trách" does.
    assert_eq!(
        people("Báo cáo do Thượng tọa Thích Minh Tịnh, Phó Trưởng ban đặc trách Hoằng pháp Ban Trị sự thị xã trình bày."),
        [one(
            "Thích Minh Tịnh",
            &["Thượng tọa", "Phó Trưởng ban đặc trách Hoằng pháp Ban Trị sự thị xã"]
        )]
    );
}

#[test]
fn a_cathedral_parish_and_a_nunnery_stay_in_their_posts() {
    // "Chánh tòa" after "Giáo xứ" names the cathedral, not a judge's
    // office; "Ni viện" and "Tịnh xá" are houses of nuns and monks.
    assert_eq!(
        people("Linh mục Tôma Huỳnh Văn Lành - Chánh xứ Giáo xứ Chánh tòa Mỹ Tho cảm ơn đoàn."),
        [one(
            "Tôma Huỳnh Văn Lành",
            &["Linh mục", "Chánh xứ Giáo xứ Chánh tòa Mỹ Tho"]
        )]
    );
    assert_eq!(
        people("Ni sư Thích nữ Diệu Liên - Trụ trì Ni viện Phổ Quang và Đại đức Thích Minh Đạo - Trụ trì Tịnh xá Ngọc Hòa cùng tiếp đoàn."),
        [
            one("Thích Nữ Diệu Liên", &["Ni sư", "Trụ trì Ni viện Phổ Quang"]),
            one("Thích Minh Đạo", &["Đại đức", "Trụ trì Tịnh xá Ngọc Hòa"]),
        ]
    );
    // "Chánh tòa" of a court is still an office.
    assert_eq!(
        people("Ông Tạ Quang Vinh, Chánh tòa Kinh tế Tòa án nhân dân tối cao, phát biểu."),
        [one(
            "Tạ Quang Vinh",
            &["Chánh tòa Kinh tế Tòa án nhân dân tối cao"]
        )]
    );
}

#[test]
fn a_place_of_worship_named_the_classical_way_is_no_person() {
    // The words after an office of a Cao Đài seat's board name the seat:
    // no list knows "Minh" as a family name, and "Cung" closes the seat's
    // name, so the office stays whole with its holder.
    assert_eq!(
        people("Ông Đặng Văn Lộc, Phó Ban Điều hành Minh Đức Cung, báo cáo kết quả."),
        [one("Đặng Văn Lộc", &["Phó Ban Điều hành Minh Đức Cung"])]
    );
    let got = people("Trưởng ban Quản tự Long Hưng Tự cùng bà con tín đồ dâng hương.");
    assert!(got.iter().all(|p| p.0 != "Long Hưng Tự"), "{got:?}");
}

/// Names of the officials and of the others a report names, apart.
fn officials_and_others(text: &str) -> (Vec<String>, Vec<String>) {
    let r = crate::parse::parse_report("tg.txt", text);
    let names = |list: &[crate::model::Mention]| list.iter().map(|m| m.name.to_string()).collect();
    (names(&r.officials), names(&r.people))
}

#[test]
fn a_dignitary_greeted_with_posts_in_the_religious_body_is_no_official() {
    // Each faith's ranks and bodies: a bishop and his see, a monk and his
    // Sangha board, a pastor heading his church, a Cao Đài dignitary, the
    // head of a Muslim community's board, a Khmer pagoda's abbot.
    let (officials, others) = officials_and_others(
        "Lãnh đạo tỉnh thăm, chúc mừng Giáng sinh\n\n\
         Sáng 20/12, đồng chí Hà Văn Lực - Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh đến thăm Giám mục Lê Đình Phúc - Giám mục Giáo phận Thái Bình. \
         Cùng đi có ông Cù Minh Toàn, Phó Trưởng ban Ban Tôn giáo tỉnh. \
         Đoàn cũng thăm Thượng tọa Thích Minh Quang, Phó Trưởng ban Thường trực BTS GHPGVN tỉnh; Mục sư Hội trưởng Đàm Văn Thiện; \
         Phối sư Ngọc Kiên Thanh, Quyền Chánh Phối sư Hội thánh Cao Đài; ông Musa Ibrahim, Trưởng Ban Đại diện cộng đồng Hồi giáo tỉnh; \
         Hòa thượng Thạch Sa Rươl - Trụ trì chùa Kom Pong.\n",
    );
    assert_eq!(officials, ["Hà Văn Lực", "Cù Minh Toàn"], "{others:?}");
    for dignitary in [
        "Lê Đình Phúc",
        "Thích Minh Quang",
        "Đàm Văn Thiện",
        "Ngọc Kiên Thanh",
        "Musa Ibrahim",
        "Thạch Sa Rươl",
    ] {
        assert!(
            others.iter().any(|n| n == dignitary),
            "{dignitary}: {others:?}"
        );
    }
}

#[test]
fn a_cleric_who_holds_a_front_or_state_post_is_an_official() {
    // A priest on the Front's committee, a monk elected to the assembly:
    // the public post makes them officials; the state's office for
    // religion and the Front's body of Catholics are public bodies.
    let (officials, _) = officials_and_others(
        "Hội nghị Ủy ban MTTQ tỉnh\n\n\
         Dự có Linh mục Phạm Quang Hiển, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; \
         Hòa thượng Thích Thiện Tâm, Đại biểu Quốc hội khóa XV; \
         ông Lê Văn Khởi, Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh; \
         bà Đinh Thị Nga, Vụ trưởng Vụ Phật giáo.\n",
    );
    assert_eq!(
        officials,
        [
            "Phạm Quang Hiển",
            "Thích Thiện Tâm",
            "Lê Văn Khởi",
            "Đinh Thị Nga"
        ]
    );
}

#[test]
fn a_communitys_board_runs_across_the_lower_case_word_for_community() {
    assert_eq!(
        people("Ông Musa Ibrahim, Trưởng Ban Đại diện cộng đồng Hồi giáo tỉnh An Giang phát biểu."),
        [one(
            "Musa Ibrahim",
            &["Trưởng Ban Đại diện cộng đồng Hồi giáo tỉnh An Giang"]
        )]
    );
}
