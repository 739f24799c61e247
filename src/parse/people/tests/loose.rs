//! Titles as outlets write them in a hurry: a role for the day after
//! "làm", two posts with no comma between them, an abbreviation no list
//! knows after a dash, an office that names a command.

use super::{found, one, people, Tokens};

/// Asserts that everyone found in `text` is a private person.
fn assert_private(text: &str) {
    let t = Tokens::new(text);
    let found = found(&t);
    assert!(
        !found.is_empty() && found.iter().all(|f| f.private),
        "{found:?}"
    );
}

#[test]
fn leading_a_visit_is_no_post() {
    assert_eq!(
        people("Đoàn do đồng chí Lương Thị Mến, Phó Chủ tịch UBND tỉnh làm Trưởng đoàn đã đến thăm giáo xứ."),
        [one("Lương Thị Mến", &["Phó Chủ tịch UBND tỉnh"])]
    );
    // A post named by its body stays: "làm Trưởng đoàn ĐBQH tỉnh".
    assert_eq!(
        people("Ông Hứa Văn Đạt, Tỉnh ủy viên, làm Trưởng đoàn ĐBQH tỉnh từ năm 2021."),
        [one(
            "Hứa Văn Đạt",
            &["Tỉnh ủy viên", "Trưởng đoàn ĐBQH tỉnh"]
        )]
    );
}

#[test]
fn two_posts_run_together_after_a_committee() {
    assert_eq!(
        people("Đến dự có đồng chí Sầm Văn Quý, Bí thư Huyện ủy Chủ tịch HĐND huyện."),
        [one(
            "Sầm Văn Quý",
            &["Bí thư Huyện ủy", "Chủ tịch HĐND huyện"]
        )]
    );
    // A board's head after the standing committee closed the first post.
    assert_eq!(
        people(
            "Dự có đồng chí Mạc Thị Huệ, Ủy viên Ban Thường vụ Tỉnh ủy Trưởng Ban Dân vận Tỉnh ủy."
        ),
        [one(
            "Mạc Thị Huệ",
            &[
                "Ủy viên Ban Thường vụ Tỉnh ủy",
                "Trưởng Ban Dân vận Tỉnh ủy"
            ]
        )]
    );
    // "Thường trực" after the committee qualifies its office.
    assert_eq!(
        people("Ông Lục Văn Kiên, Phó Bí thư Tỉnh ủy Thường trực, dự họp."),
        [one("Lục Văn Kiên", &["Phó Bí thư Tỉnh ủy Thường trực"])]
    );
}

#[test]
fn an_unknown_abbreviation_after_a_dash_opens_the_chain() {
    assert_eq!(
        people("Dự có đồng chí Ma Văn Khuê – UVBTVHU, Trưởng ban Dân vận Huyện ủy."),
        [one(
            "Ma Văn Khuê",
            &["UVBTVHU", "Trưởng ban Dân vận Huyện ủy"]
        )]
    );
    // Set apart by dashes on both sides.
    assert_eq!(
        people("Đoàn do đồng chí Hà Văn Lực - TVĐU - Phó Chủ tịch UBND phường làm trưởng đoàn."),
        [one("Hà Văn Lực", &["TVĐU", "Phó Chủ tịch UBND phường"])]
    );
}

#[test]
fn a_standing_deputy_written_in_initials_holds_a_post() {
    assert_eq!(
        people("Trao quà có ông Vi Văn Sáng, PBTTT Huyện ủy, cùng lãnh đạo xã."),
        [one("Vi Văn Sáng", &["PBTTT Huyện ủy"])]
    );
    assert_eq!(
        people("Tới dự có bà Lò Thị Nhung, PCTTT UBND huyện."),
        [one("Lò Thị Nhung", &["PCTTT UBND huyện"])]
    );
}

#[test]
fn an_office_naming_a_command_is_no_post() {
    assert_eq!(
        people("Theo quyết định của Bộ Tư lệnh Quân khu 9, Trung tá Đàm Quang Vinh nhận nhiệm vụ."),
        [one("Đàm Quang Vinh", &["Trung tá"])]
    );
}

#[test]
fn monks_ranks_written_short_without_a_full_stop() {
    assert_eq!(
        people(
            "Thay mặt Ban Trị sự, ĐĐ Thích Quảng Nhân, Phó Ban Trị sự GHPGVN huyện, cảm ơn đoàn."
        ),
        [one(
            "Thích Quảng Nhân",
            &["ĐĐ", "Phó Ban Trị sự GHPGVN huyện"]
        )]
    );
    assert_eq!(
        people("Dự lễ có HT Thích Minh Đạo và TT Thích Huệ Tâm."),
        [
            one("Thích Minh Đạo", &["HT"]),
            one("Thích Huệ Tâm", &["TT"])
        ]
    );
    // "TT" before a lay name is "Thường trực", kept as written.
    assert_eq!(
        people("Ông Khúc Văn Đông, Phó Chủ tịch TT UBND huyện, dự."),
        [one("Khúc Văn Đông", &["Phó Chủ tịch TT UBND huyện"])]
    );
}

#[test]
fn a_family_name_and_one_word_of_an_organ_make_a_name_after_a_cue() {
    assert_eq!(
        people("Đồng chí Trương Đảng, Phó Chủ tịch UBND tỉnh cùng dự."),
        [one("Trương Đảng", &["Phó Chủ tịch UBND tỉnh"])]
    );
}

#[test]
fn priests_and_bishops_with_christian_names() {
    assert_eq!(
        people("Đức cha Đaminh Hoàng Minh Tiến tiếp đoàn."),
        [one("Đaminh Hoàng Minh Tiến", &["Đức cha"])]
    );
    assert_eq!(
        people("Cha Giuse Lại Văn Hưng cảm ơn lãnh đạo huyện."),
        [one("Giuse Lại Văn Hưng", &[])]
    );
    assert_eq!(
        people("Linh mục Phanxicô Xaviê Đào Văn Minh Khôi, Chánh xứ Giáo xứ Tân Hòa, phát biểu."),
        [one(
            "Phanxicô Xaviê Đào Văn Minh Khôi",
            &["Linh mục", "Chánh xứ Giáo xứ Tân Hòa"]
        )]
    );
}

#[test]
fn a_family_visited_as_a_list_is_private() {
    assert_private("Đoàn thăm hỏi gia đình các ông gồm ông Lò Văn Tiến và ông Vi Văn Sang.");
}

#[test]
fn a_monks_rank_glued_to_the_dharma_name_by_its_full_stop() {
    assert_eq!(
        people("Dự lễ có TT.Thích Quảng Hạnh, UV HĐTS, Phó ban Thường trực BTS GHPGVN tỉnh."),
        [one(
            "Thích Quảng Hạnh",
            &["TT.", "UV HĐTS", "Phó ban Thường trực BTS GHPGVN tỉnh"]
        )]
    );
}

#[test]
fn a_rank_glued_to_any_name_by_its_full_stop() {
    // Khmer monks and Catholic priests carry no dharma name "Thích".
    assert_eq!(
        people("Chứng minh có HT.Lâm Sóc - Trưởng BTS GHPGVN tỉnh Trà Vinh; ĐĐ.Danh Hoàng - Chánh Thư ký BTS Phật giáo thị xã."),
        [
            one("Lâm Sóc", &["HT.", "Trưởng BTS GHPGVN tỉnh Trà Vinh"]),
            one("Danh Hoàng", &["ĐĐ.", "Chánh Thư ký BTS Phật giáo thị xã"]),
        ]
    );
    // Two degrees joined by a full stop stay one title.
    assert_eq!(
        people("Hội thảo do PGS.TS Đoàn Minh Khôi, Viện trưởng Viện Nghiên cứu Tôn giáo, chủ trì."),
        [one(
            "Đoàn Minh Khôi",
            &["PGS.TS", "Viện trưởng Viện Nghiên cứu Tôn giáo"]
        )]
    );
}

#[test]
fn a_township_in_an_address_in_brackets_is_no_monk() {
    // "TT." before a family name is Thượng tọa in a list of guests, a
    // township ("thị trấn") in the address of a pagoda.
    assert_eq!(
        people("Lễ diễn ra tại chùa Bảo Quang (khu phố 3, TT. Phan Rí Cửa) với sự chứng minh của TT. Thích Huệ Minh, Trưởng Ban Trị sự huyện."),
        [one("Thích Huệ Minh", &["TT.", "Trưởng Ban Trị sự huyện"])]
    );
}

#[test]
fn congresses_alternates_deputy_directors_and_cao_dai_dignitaries() {
    assert_eq!(
        people(
            "Hòa thượng Thích Quang Tịnh, Trưởng ban Tổ chức Đại hội Phật giáo tỉnh, phát biểu."
        ),
        [one(
            "Thích Quang Tịnh",
            &["Hòa thượng", "Trưởng ban Tổ chức Đại hội Phật giáo tỉnh"]
        )]
    );
    assert_eq!(
        people(
            "Đại đức Thích Minh Tuệ, Ủy viên (DK), Phó ban kiêm Chánh Thư ký Ban Trị sự tỉnh, dự."
        ),
        [one(
            "Thích Minh Tuệ",
            &[
                "Đại đức",
                "Ủy viên (DK)",
                "Phó ban kiêm Chánh Thư ký Ban Trị sự tỉnh"
            ]
        )]
    );
    assert_eq!(
        people("Ông Lạc Văn Tường, Cục phó Cục Thống kê, cho hay."),
        [one("Lạc Văn Tường", &["Cục phó Cục Thống kê"])]
    );
    assert_eq!(
        people("Tiếp đoàn có ngài Giáo hữu Thượng Minh Thanh và Lễ sanh Ngọc Thành Sương."),
        [
            one("Thượng Minh Thanh", &["Giáo hữu"]),
            one("Ngọc Thành Sương", &["Lễ sanh"])
        ]
    );
}

#[test]
fn posts_after_brackets_and_after_longer_election_verbs() {
    assert_eq!(
        people("Bà Lưu Thị Hằng (Phó Bí thư Thường trực) - Chủ tịch HĐND tỉnh phát biểu."),
        [one(
            "Lưu Thị Hằng",
            &["Phó Bí thư Thường trực", "Chủ tịch HĐND tỉnh"]
        )]
    );
    assert_eq!(
        people("Ông Tống Văn Lâm, Bí thư Huyện ủy khóa X, tiếp tục được tín nhiệm bầu giữ chức Bí thư Huyện ủy khóa XI."),
        [one(
            "Tống Văn Lâm",
            &["Bí thư Huyện ủy khóa X", "Bí thư Huyện ủy khóa XI"]
        )]
    );
}

#[test]
fn names_cued_one_by_one_share_the_post_a_verb_gives() {
    assert_eq!(
        people("Ông Âu Văn Nam, ông Chu Đức Hòa, bà Mạc Thị Lý đã chính thức được bầu làm Phó Chủ tịch HĐND tỉnh."),
        [
            one("Âu Văn Nam", &["Phó Chủ tịch HĐND tỉnh"]),
            one("Chu Đức Hòa", &["Phó Chủ tịch HĐND tỉnh"]),
            one("Mạc Thị Lý", &["Phó Chủ tịch HĐND tỉnh"])
        ]
    );
    // A dash after the last one is that one's post only.
    assert_eq!(
        people("Dự có ông Âu Văn Nam, ông Chu Đức Hòa - Chủ tịch UBND xã."),
        [
            one("Âu Văn Nam", &[]),
            one("Chu Đức Hòa", &["Chủ tịch UBND xã"])
        ]
    );
}

#[test]
fn an_organs_name_the_lists_do_not_hold_runs_to_the_comma() {
    assert_eq!(
        people("Ông Kha Văn Lộc, Cục phó Cục Khí tượng thủy văn, cho hay."),
        [one("Kha Văn Lộc", &["Cục phó Cục Khí tượng thủy văn"])]
    );
    assert_eq!(
        people("Thiếu tá Đoàn Văn Hậu, Phó Trưởng phòng Xây dựng phong trào toàn dân bảo vệ ANTQ, phát biểu."),
        [one(
            "Đoàn Văn Hậu",
            &["Thiếu tá", "Phó Trưởng phòng Xây dựng phong trào toàn dân bảo vệ ANTQ"]
        )]
    );
    // A verb after the organ's name is no part of it.
    assert_eq!(
        people("Ông Kha Văn Lộc, Giám đốc Sở Nội vụ tặng quà, động viên."),
        [one("Kha Văn Lộc", &["Giám đốc Sở Nội vụ"])]
    );
}

#[test]
fn a_home_right_after_a_name_makes_a_citizen() {
    assert_private("Mô hình trang trại của ông Võ Văn Hai thôn 1 cho thu nhập cao.");
    assert_private("Tiêu biểu như gương ông Rơ Châm Bưm, thị xã Ayun Pa hiến đất làm đường.");
    assert_private("Đoàn tặng xe lăn cho ông Thạch Văn Sên ở ấp Bà Nhì.");
    assert_private(
        "Đoàn thăm ông Hứa Văn Lục, người hoạt động kháng chiến bị nhiễm chất độc hóa học.",
    );
}

#[test]
fn offices_typed_without_tone_marks() {
    assert_eq!(
        people("Ông Tạ Văn Mười, Pho Chu tich UBND, phát biểu."),
        [one("Tạ Văn Mười", &["Pho Chu tich UBND"])]
    );
    assert_eq!(
        people("Bà Lý Thị Hoa, Uy vien Ban Chấp hành, dự họp."),
        [one("Lý Thị Hoa", &["Uy vien Ban Chấp hành"])]
    );
    // A family name with no tone marks before a given name is a name.
    assert_eq!(
        people("Đồng chí Chu Van An dự họp."),
        [one("Chu Van An", &[])]
    );
}

#[test]
fn an_office_whose_first_word_alone_lost_its_tone_marks() {
    assert_eq!(
        people("Ông Lục Văn Thành, Uy viên Ban Thường vụ Đảng ủy, Trưởng Ban Dân vận Đảng ủy xã, phát biểu tại buổi gặp mặt."),
        [one(
            "Lục Văn Thành",
            &["Uy viên Ban Thường vụ Đảng ủy", "Trưởng Ban Dân vận Đảng ủy xã"]
        )]
    );
    assert_eq!(
        people("Bà Đinh Thị Quế, Pho Chủ tịch UBND xã Thạch Bàn, dự."),
        [one("Đinh Thị Quế", &["Pho Chủ tịch UBND xã Thạch Bàn"])]
    );
}

#[test]
fn an_abbreviated_office_closed_by_a_full_stop_before_its_body() {
    assert_eq!(
        people("Dự họp có ông Đỗ Văn Hiệp-PCT. HĐND phường."),
        [one("Đỗ Văn Hiệp", &["PCT. HĐND phường"])]
    );
}

#[test]
fn cadres_named_by_kind_and_deputies_of_a_room_with_the_body_above() {
    assert_eq!(
        people(
            "Dự có đ/c Hồ Văn Lâm - Phó Chủ tịch HĐND xã, trưởng phó các ban ngành đoàn thể xã."
        ),
        [one("Hồ Văn Lâm", &["Phó Chủ tịch HĐND xã"])]
    );
    assert_eq!(
        people("Trung tá Phan Đức Toàn, Phó phòng PA 02, Công an tỉnh, cho biết."),
        [one(
            "Phan Đức Toàn",
            &["Trung tá", "Phó phòng PA 02, Công an tỉnh"]
        )]
    );
}

#[test]
fn staff_listed_by_kind_after_a_leader_are_none_of_the_leaders_posts() {
    assert_eq!(
        people("Cùng đi có bà Vi Thị Lựu, Phó Chủ tịch Hội Nông dân tỉnh, cán bộ, công chức, người lao động cơ quan Hội."),
        [one("Vi Thị Lựu", &["Phó Chủ tịch Hội Nông dân tỉnh"])]
    );
    assert_eq!(
        people("Tham gia đoàn có Phó Giám đốc Sở Nội vụ Lò Văn Pấng, công chức, viên chức của Sở."),
        [one("Lò Văn Pấng", &["Phó Giám đốc Sở Nội vụ"])]
    );
    // A hamlet's head and its party cell's secretary are two posts.
    assert_eq!(
        people("Ông Giàng A Chứ, trưởng thôn, bí thư chi bộ thôn Sán Chải, phát biểu."),
        [one(
            "Giàng A Chứ",
            &["Trưởng thôn", "Bí thư chi bộ thôn Sán Chải"]
        )]
    );
}

#[test]
fn members_of_parliament_addressed_with_respect_share_the_title() {
    assert_eq!(
        people("Các vị đại biểu Quốc hội Lò Thị Sen, Vàng Văn Páo đã tiếp xúc cử tri."),
        [
            one("Lò Thị Sen", &["đại biểu Quốc hội"]),
            one("Vàng Văn Páo", &["đại biểu Quốc hội"])
        ]
    );
    // Addressed without names, they are no one.
    assert_eq!(
        people("Kính thưa các vị đại biểu Quốc hội, thưa toàn thể cử tri."),
        []
    );
}

#[test]
fn deputies_listed_by_name_after_a_colon_are_people() {
    assert_eq!(
        people("Tổ đại biểu số 2 gồm các đại biểu: Quản Văn Lực, Mông Thị Hà."),
        [one("Quản Văn Lực", &[]), one("Mông Thị Hà", &[])]
    );
}

#[test]
fn a_member_or_a_veteran_with_no_post_is_a_private_person() {
    assert_private("Đồng chí Lường Văn Nhất - đảng viên Chi bộ bản Mển phát biểu.");
    assert_eq!(
        people("Ông Lù Văn Sáu, Chuyên viên Phòng Nội vụ, dự; ông Sầm Văn Dũng - CV Phòng Văn hóa – Xã hội."),
        [
            one("Lù Văn Sáu", &["Chuyên viên Phòng Nội vụ"]),
            one("Sầm Văn Dũng", &["CV Phòng Văn hóa – Xã hội"])
        ]
    );
}

#[test]
fn a_youth_cell_and_the_country_an_envoy_serves() {
    assert_eq!(
        people("Đồng chí Lâm Thị Thoa – Bí thư chi đoàn, phát biểu."),
        [one("Lâm Thị Thoa", &["Bí thư chi đoàn"])]
    );
    assert_eq!(
        people("Cùng đi có đồng chí Tống Văn Trung - Tổng Lãnh sự nước CHXHCN Việt Nam tại Lào."),
        [one(
            "Tống Văn Trung",
            &["Tổng Lãnh sự nước CHXHCN Việt Nam tại Lào"]
        )]
    );
}

#[test]
fn a_deputy_is_named_with_the_delegation_of_the_seat() {
    assert_eq!(
        people("Đại biểu Trần Thị Minh Hà - Đoàn ĐBQH tỉnh Quảng Ngãi cho rằng cần sửa luật."),
        [one("Trần Thị Minh Hà", &["Đoàn ĐBQH tỉnh Quảng Ngãi"])]
    );
    assert_eq!(
        people(
            "Đại biểu Đinh Văn Lợi (Đoàn đại biểu Quốc hội thành phố Hải Phòng) đề nghị làm rõ."
        ),
        [one(
            "Đinh Văn Lợi",
            &["Đoàn đại biểu Quốc hội thành phố Hải Phòng"]
        )]
    );
    // A delegation with no seat named after it is no post.
    assert_eq!(
        people("Ông Vi Văn Hạ, Đoàn ĐBQH tỉnh tiếp xúc cử tri."),
        [one("Vi Văn Hạ", &[])]
    );
}

#[test]
fn a_party_board_department_joined_by_a_dash_keeps_its_board_after_a_comma() {
    assert_eq!(
        people(
            "Dự hội nghị có đồng chí Lại Văn Khiêm, Trưởng phòng Lý luận chính trị - Lịch sử \
             Đảng, Ban Tuyên giáo Tỉnh ủy."
        ),
        [one(
            "Lại Văn Khiêm",
            &["Trưởng phòng Lý luận chính trị - Lịch sử Đảng, Ban Tuyên giáo Tỉnh ủy"]
        )]
    );
}

#[test]
fn the_youth_union_of_the_capital_is_no_one_named_doan() {
    // "Đoàn" opens family names, and "Thủ" is a given name: "Thủ đô" is
    // still the capital.
    assert!(people(
        "Gần 300 đoàn viên, cán bộ Đoàn Thủ đô tham gia hiến máu tại Cung Văn hóa Lao động."
    )
    .is_empty());
    // A verb written small after "Đoàn" is no middle syllable.
    assert_eq!(
        people("Chị Lê Thu Trang là một trong hai cán bộ Đoàn nhận Bằng khen của Trung ương Đoàn."),
        [one("Lê Thu Trang", &[])]
    );
    // A person of that family still has a name.
    assert_eq!(
        people("Anh Đoàn Văn Thủ, Bí thư Đoàn xã Tân Lập, phát biểu."),
        [one("Đoàn Văn Thủ", &["Bí thư Đoàn xã Tân Lập"])]
    );
}

#[test]
fn a_commune_secretary_in_initials_after_the_name_holds_a_post() {
    // Commune portals set the post after the name with no comma.
    assert_eq!(
        people("Tham dự có đồng chí Trần Văn Lộc BTĐU, đại diện các ban ngành đoàn thể xã."),
        [one("Trần Văn Lộc", &["BTĐU"])]
    );
    assert_eq!(
        people("Đến dự có đồng chí Hồ Thị Mai PBTĐU, cùng 6 đội bóng của các thôn."),
        [one("Hồ Thị Mai", &["PBTĐU"])]
    );
}
