//! Where a name starts and ends: family names, ethnic and foreign names,
//! given names that are words, places and countries that look like names.

use super::{find_people, one, people, Tokens};

#[test]
fn elders_dignitaries_and_plain_people_with_a_family_name() {
    let got = people(
        "Già làng Hồ Văn Lanh và Hòa thượng Thích Thanh Nhiễu cùng anh Nguyễn Văn Tư, chị Lan.",
    );
    let names: Vec<&str> = got.iter().map(|p| p.0.as_str()).collect();
    assert_eq!(names, ["Hồ Văn Lanh", "Thích Thanh Nhiễu", "Nguyễn Văn Tư"]);
    assert!(people("anh hùng Lực lượng vũ trang, cụ thể là").is_empty());
}

#[test]
fn a_small_word_before_a_province_is_a_firms_not_a_middle_name() {
    assert_eq!(
        people("Ông Lê Văn Sơn, Chủ tịch Công ty Cao su Đồng Nai trao quà."),
        [one("Lê Văn Sơn", &["Chủ tịch Công ty Cao su Đồng Nai"])]
    );
    assert!(people("Công ty Cao su Đồng Nai trao 100 suất quà.").is_empty());
    // A middle name typed small is still one.
    assert_eq!(
        people("Đồng chí Lê trí Vũ phát biểu."),
        [one("Lê Trí Vũ", &[])]
    );
}

#[test]
fn institutions_places_and_famous_names_are_not_officials() {
    assert!(
        people("Ban Dân vận Thành ủy Hải Phòng phối hợp với Hội Nông dân tỉnh Hà Nam.").is_empty()
    );
    assert!(people("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.").is_empty());
    assert!(people("lời dạy của Chủ tịch Hồ Chí Minh về công tác dân vận").is_empty());
}

#[test]
fn the_president_cited_in_a_report_is_no_official() {
    // A report cites his words and his example; the event it reports has
    // living officials only.
    assert!(people("Chủ tịch Hồ Chí Minh đã dạy: “Dân là gốc”. Năm 1946, Chủ tịch Hồ Chí Minh viết thư gửi đồng bào.").is_empty());
    assert!(people("Đoàn đại biểu viếng Lăng Chủ tịch Hồ Chí Minh.").is_empty());
}

#[test]
fn class4_family_names_ethnic_and_foreign_names_and_organs() {
    let got = people(
        "Dự có các đồng chí: Tòng Văn Pâng, Bí thư Huyện ủy; Giàng A Chua, Chủ tịch UBND xã; \
         Y Khoa Niê, Phó Chủ tịch HĐND tỉnh; H'Ngọc Mlô, Chủ tịch Hội LHPN huyện; \
         Rơ Mah Tuân, Trưởng thôn; Điểu Lanh, Bí thư Chi bộ.",
    );
    let names: Vec<&str> = got.iter().map(|p| p.0.as_str()).collect();
    assert_eq!(
        names,
        [
            "Tòng Văn Pâng",
            "Giàng A Chua",
            "Y Khoa Niê",
            "H'Ngọc Mlô",
            "Rơ Mah Tuân",
            "Điểu Lanh"
        ]
    );
    // An Ê Đê parent named after a child.
    assert_eq!(
        people("Có ông Ama Kim, Chủ tịch Ủy ban MTTQ huyện; bà Amí Hoa, Trưởng buôn Ea Drơng."),
        [
            one("Ama Kim", &["Chủ tịch Ủy ban MTTQ huyện"]),
            one("Amí Hoa", &["Trưởng buôn Ea Drơng"])
        ]
    );
    assert_eq!(
        people("Đồng chí Lê Văn Tám Sáng nay 12-4 đã đến thăm gia đình.")[0].0,
        "Lê Văn Tám"
    );
    assert_eq!(
        people("Tiếp đoàn có ngài Haruki Tanabe, Tổng Lãnh sự Nhật Bản tại Đà Nẵng."),
        [one("Haruki Tanabe", &["Tổng Lãnh sự Nhật Bản tại Đà Nẵng"])]
    );
    assert!(
        people("Tỉnh đoàn phối hợp với Đoàn Thanh niên xã và Đoàn đại biểu Quốc hội tỉnh.")
            .is_empty()
    );
    assert!(people("Chiến sĩ Lục quân huấn luyện dã ngoại.").is_empty());
    assert_eq!(
        people("Bộ trưởng Bộ Y tế Nguyễn Thị Kim Oanh khẳng định."),
        [one("Nguyễn Thị Kim Oanh", &["Bộ trưởng Bộ Y tế"])]
    );
}

#[test]
fn class10_given_names_that_are_words_keep_their_last_syllable() {
    for name in [
        "Trần Văn Nghĩa",
        "Lê Thị Niên",
        "Phạm Văn Bình",
        "Nguyễn Viết Trực",
        "Lê Kim Quân",
        "Đỗ Trung Thường",
    ] {
        let text = format!("Đồng chí {name}, Chủ tịch UBND xã, phát biểu.");
        assert_eq!(people(&text), [one(name, &["Chủ tịch UBND xã"])], "{text}");
    }
}

#[test]
fn a_country_that_opens_like_a_family_name_is_no_name() {
    assert_eq!(
        people("Đại sứ Hàn Quốc Choi Sung-min chúc mừng; ông Lê Văn Tú, Chủ tịch UBND xã cảm ơn."),
        [
            one("Choi Sung-Min", &["Đại sứ Hàn Quốc"]),
            one("Lê Văn Tú", &["Chủ tịch UBND xã"])
        ]
    );
}

#[test]
fn a_cue_word_glued_to_the_name_still_cues_it() {
    assert_eq!(
        people("Dự hội nghị có ôngNguyễn Văn Bình, Bí thư Huyện ủy."),
        [one("Nguyễn Văn Bình", &["Bí thư Huyện ủy"])]
    );
    assert_eq!(
        people("Phát biểu tại buổi lễ, đồng chíLê Thị Hoa, Chủ tịch UBND xã, nhấn mạnh kết quả."),
        [one("Lê Thị Hoa", &["Chủ tịch UBND xã"])]
    );
}

#[test]
fn lao_and_khmer_names_written_with_dashes_are_people() {
    assert_eq!(
        people("Tiếp Phó Chủ tịch nước Lào Phăn-khăm Vi-phả-vẳn, đồng chí Vũ Minh Châu cảm ơn."),
        [
            one("Phăn-khăm Vi-phả-vẳn", &["Phó Chủ tịch nước Lào"]),
            one("Vũ Minh Châu", &[]),
        ]
    );
    assert_eq!(
        people("Đoàn do đồng chí Xổm-sạ-vẳn Lềnh-xạ-vắt, Bí thư Tỉnh ủy Chăm-pa-xắc dẫn đầu."),
        [one(
            "Xổm-sạ-vẳn Lềnh-xạ-vắt",
            &["Bí thư Tỉnh ủy Chăm-pa-xắc"]
        )]
    );
}

#[test]
fn names_that_open_like_places_and_places_that_open_like_names() {
    // "Đồng Văn" is also a district: a given name after it makes a person.
    assert_eq!(
        people("Dự có Phó Chủ tịch HĐND tỉnh Đồng Văn Hải; Phó Chủ tịch UBND tỉnh Lê Thị Hoa."),
        [
            one("Đồng Văn Hải", &["Phó Chủ tịch HĐND tỉnh"]),
            one("Lê Thị Hoa", &["Phó Chủ tịch UBND tỉnh"])
        ]
    );
    // "Tỉnh Đoàn" before a province's name is the organ, the name follows.
    assert_eq!(
        people("Bí thư Tỉnh Đoàn Lào Cai Đoàn Thị Minh Hằng cho biết: chiến dịch đã xong."),
        [one("Đoàn Thị Minh Hằng", &["Bí thư Tỉnh Đoàn Lào Cai"])]
    );
    // Two syllables after a lower-case unit word are the unit's name.
    assert!(people("Ban Thường vụ Đảng ủy xã Lê Lợi tổ chức hội nghị giao ban.").is_empty());
    // A recipient living somewhere is a private person.
    let t = Tokens::new("Đoàn đã thăm, tặng quà bà Lê Thị Hạnh, ở tổ dân phố 5, phường Đông.");
    assert!(find_people(&t)
        .iter()
        .all(|f| f.private || f.name.is_none()));
}

#[test]
fn after_tỉnh_two_words_no_list_holds_are_a_name() {
    assert_eq!(
        people("Phó Chủ tịch UBND tỉnh Cao Minh chúc mừng các chức sắc."),
        [one("Cao Minh", &["Phó Chủ tịch UBND tỉnh"])]
    );
    assert_eq!(
        people("Thăm nguyên Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Kim Sa Rươn tại nhà riêng."),
        [one(
            "Kim Sa Rươn",
            &["nguyên Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"]
        )]
    );
    // After "huyện" two such words are still the district's name.
    assert!(people("Đồng chí Bí thư Huyện ủy huyện Kim Thành phát biểu.").is_empty());
}

#[test]
fn a_name_whose_first_syllables_also_name_a_body_before_its_post() {
    assert_eq!(
        people("Dự có các đồng chí: Lê Văn Hải, Phó Chủ tịch UBND tỉnh; Hoàng Gia Bảo, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh."),
        [
            one("Lê Văn Hải", &["Phó Chủ tịch UBND tỉnh"]),
            one("Hoàng Gia Bảo", &["Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch UBND tỉnh"]),
        ]
    );
}

#[test]
fn a_family_name_that_opens_places_is_a_name_before_a_middle_name() {
    assert_eq!(
        people("Về phía huyện có Bí thư Huyện ủy Quảng Văn Thuận, Chủ tịch UBND huyện Bùi Văn Định dự lễ."),
        [
            one("Quảng Văn Thuận", &["Bí thư Huyện ủy"]),
            one("Bùi Văn Định", &["Chủ tịch UBND huyện"])
        ]
    );
}

#[test]
fn a_short_name_with_a_family_name_that_opens_places_after_a_titled_place() {
    assert_eq!(
        people("Đoàn do Phó Giám đốc Sở Nội vụ tỉnh Sóc Trăng Thạch Sến dẫn đầu."),
        [one("Thạch Sến", &["Phó Giám đốc Sở Nội vụ tỉnh Sóc Trăng"])]
    );
    // The name's letters after the dash are the capitaliser's business.
    let got = people("Dự có Đại sứ Hàn Quốc Kim Min-jae.");
    assert!(
        got.len() == 1
            && got[0].0.to_lowercase() == "kim min-jae"
            && got[0].1 == ["Đại sứ Hàn Quốc"],
        "{got:?}"
    );
    assert_eq!(
        people("Ông Lâm Văn Tư, Giám đốc Công ty Kim Long phát biểu."),
        [one("Lâm Văn Tư", &["Giám đốc Công ty Kim Long"])]
    );
}

#[test]
fn foreign_envoys_after_a_country_of_several_words_and_long_or_dashed_names() {
    // A Lao name with a syllable of sixteen Latin letters.
    assert_eq!(
        people("Chiều 4/3, Phó Chủ tịch nước tiếp Đại sứ Lào Bounkham Phommachanhthong."),
        [one("Bounkham Phommachanhthong", &["Đại sứ Lào"]),]
    );
    // "Đào" opens Vietnamese names; inside "Bồ Đào Nha" it is the country.
    // A family name of two parts joined by a dash stays whole.
    assert_eq!(
        people("Dự lễ có ông Rui Almeida-Santos, Đại sứ Bồ Đào Nha tại Việt Nam."),
        [one(
            "Rui Almeida-Santos",
            &["Đại sứ Bồ Đào Nha tại Việt Nam"]
        )]
    );
    // A country the list holds ends the title; the name is the envoy's.
    assert_eq!(
        people("Bộ trưởng tiếp Đại sứ Peru Carlos Mendoza, Đại sứ Hy Lạp Nikos Kostas."),
        [
            one("Carlos Mendoza", &["Đại sứ Peru"]),
            one("Nikos Kostas", &["Đại sứ Hy Lạp"])
        ]
    );
    // A photo credit glued to a caption ends the name before it.
    assert_eq!(
        people("Chủ tịch nước tiếp Đại sứ Chile Pablo Herrera TTXViệt Nam"),
        [one("Pablo Herrera", &["Đại sứ Chile"])]
    );
    // The full envoy's title is one office, not an envoy and another post.
    assert_eq!(
        people("Tham dự có Đại sứ đặc mệnh toàn quyền Nhật Bản tại Việt Nam Ito Naoki."),
        [one(
            "Ito Naoki",
            &["Đại sứ đặc mệnh toàn quyền Nhật Bản tại Việt Nam"]
        )]
    );
    // An Irish family name with an apostrophe opens no ethnic name here.
    assert_eq!(
        people("Đoàn có Bộ trưởng Thương mại Ireland Sean O'Brien; Đại sứ Ireland Liam Kelly."),
        [
            one("Sean O'Brien", &["Bộ trưởng Thương mại Ireland"]),
            one("Liam Kelly", &["Đại sứ Ireland"])
        ]
    );
    // A Khmer family name the list holds, after a foreign body.
    assert_eq!(
        people("Thủ tướng gặp Chủ tịch Thượng viện Campuchia Hun Sen tại Hà Nội."),
        [one("Hun Sen", &["Chủ tịch Thượng viện Campuchia"])]
    );
}

#[test]
fn a_hmong_name_opening_with_a_family_name_that_is_a_word() {
    assert_eq!(
        people("Năm 2019, Vàng A Chứ được bầu làm bí thư chi bộ thôn Sín Chải."),
        [one("Vàng A Chứ", &["Bí thư chi bộ thôn Sín Chải"])]
    );
    assert_eq!(
        people("Hội nghị có Mùa Seo Páo - Chủ tịch UBND xã Bản Mế."),
        [one("Mùa Seo Páo", &["Chủ tịch UBND xã Bản Mế"])]
    );
    // The word alone, before no middle name, is no name.
    assert!(people("Lá cờ Vàng Sao đỏ tung bay, Vàng Anh hát.").is_empty());
}

#[test]
fn a_trade_ending_in_truong_is_no_office() {
    // The whole trade is read, a profession that makes no official, not
    // the office "Trưởng" inside it.
    assert_eq!(
        people("Dàn nhạc dưới sự chỉ huy của nhạc trưởng Tạ Minh Tâm biểu diễn."),
        [one("Tạ Minh Tâm", &["Nhạc trưởng"])]
    );
    assert_eq!(
        people("Ông Hà Văn Lực, Trưởng thôn Nà Hẩu, phát biểu."),
        [one("Hà Văn Lực", &["Trưởng thôn Nà Hẩu"])]
    );
}

#[test]
fn a_given_name_that_is_a_one_word_office_stays_before_a_small_word() {
    assert_eq!(
        people(
            "Kỳ họp cho thôi nhiệm vụ đại biểu đối với ông Đinh Quang Trưởng và ông Vi Văn Hòa."
        ),
        [one("Đinh Quang Trưởng", &[]), one("Vi Văn Hòa", &[])]
    );
    assert_eq!(
        people("Ông Lường Minh Chánh cho biết xã đã hoàn thành kế hoạch."),
        [one("Lường Minh Chánh", &[])]
    );
    // A one-word office that makes a title with the next word stays one.
    assert_eq!(
        people("Ông Hà Văn Lực Trưởng thôn Nà Hẩu phát biểu."),
        [one("Hà Văn Lực", &["Trưởng thôn Nà Hẩu"])]
    );
}

#[test]
fn a_given_name_that_is_an_organ_word_stays_before_and_another_person() {
    assert_eq!(
        people(
            "Hai chiến sĩ là Hạ sĩ Lò Văn Đảng và Hạ sĩ Bùi Văn Nam cùng Trung úy Trần Chí Hiếu."
        ),
        [
            one("Lò Văn Đảng", &["Hạ sĩ"]),
            one("Bùi Văn Nam", &["Hạ sĩ"]),
            one("Trần Chí Hiếu", &["Trung úy"]),
        ]
    );
}

#[test]
fn a_name_the_press_writes_as_initials_after_ong_or_ba() {
    assert_eq!(
        people("Công an huyện khởi tố ông T.V.Kh. (sinh năm 1975), Chủ tịch UBND xã Hòa Lộc, và bà N.T.L., cán bộ địa chính xã."),
        [
            one("T.V.Kh.", &["Chủ tịch UBND xã Hòa Lộc"]),
            one("N.T.L.", &["Cán bộ địa chính xã"]),
        ]
    );
    // Abbreviations of bodies and places are no initials.
    assert!(people("Đoàn công tác của UBND TP.HCM làm việc với T.Ư Đoàn.").is_empty());
}

#[test]
fn a_name_whose_first_syllables_also_name_a_body_before_its_post_in_brackets() {
    assert_eq!(
        people("Ông Lê Văn Hiếu (Giám đốc Sở Y tế) và ông Vương Quốc Thịnh (Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy) được bầu giữ chức Phó Chủ tịch UBND tỉnh."),
        [
            one("Lê Văn Hiếu", &["Giám đốc Sở Y tế", "Phó Chủ tịch UBND tỉnh"]),
            one(
                "Vương Quốc Thịnh",
                &["Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Thành ủy", "Phó Chủ tịch UBND tỉnh"]
            ),
        ]
    );
    // Before a country the two words are still a kingdom.
    assert!(people("Đoàn công tác thăm Vương quốc Thái Lan (tháng 5).").is_empty());
}

#[test]
fn tay_and_khmer_family_names_open_names_after_a_title() {
    assert_eq!(
        people("Tại buổi làm việc, đồng chí Bí thư Tỉnh ủy Chẩu Văn Lâm thay mặt Đảng bộ, chính quyền và nhân dân các dân tộc tỉnh chúc mừng đồng chí Phạm Văn Hai."),
        [one("Chẩu Văn Lâm", &["Bí thư Tỉnh ủy"]), one("Phạm Văn Hai", &[])]
    );
    assert_eq!(
        people("Ông Sầm Văn Tiến, Chủ tịch UBND xã và bà Nhữ Thị Hạnh, Phó Chủ tịch Hội Nông dân xã dự."),
        [
            one("Sầm Văn Tiến", &["Chủ tịch UBND xã"]),
            one("Nhữ Thị Hạnh", &["Phó Chủ tịch Hội Nông dân xã"]),
        ]
    );
    assert_eq!(
        people("Ông Chau Sóc Phênh, Trưởng ban Nhân dân ấp, cho biết bà con đã góp đất."),
        [one("Chau Sóc Phênh", &["Trưởng ban Nhân dân ấp"])]
    );
    // A city named like a family name is still a place.
    assert!(people("Đoàn công tác làm việc tại thành phố Sầm Sơn và huyện Quan Sơn.").is_empty());
}

#[test]
fn a_family_name_that_is_a_word_opens_a_name_after_anh_or_chi_with_a_middle_name() {
    assert_eq!(
        people("Chị Vàng Thị Dua được bình xét hộ sản xuất giỏi."),
        [one("Vàng Thị Dua", &[])]
    );
    assert_eq!(
        people("Anh Vàng A Chư cho biết bản đã có điện."),
        [one("Vàng A Chư", &[])]
    );
}

#[test]
fn a_kho_mans_name_of_one_word_is_a_name() {
    assert_eq!(
        people("Dự hội nghị có đồng chí K'Brơi, Bí thư Huyện ủy."),
        [one("K'Brơi", &["Bí thư Huyện ủy"])]
    );
    assert_eq!(
        people("Chủ tịch UBND huyện K'Lăng phát biểu."),
        [one("K'Lăng", &["Chủ tịch UBND huyện"])]
    );
    // A village of that shape is no one.
    assert!(people("Đoàn đến thôn K'Long B.").is_empty());
}

#[test]
fn a_name_whose_first_two_words_spell_a_place_ends_with_its_given_name() {
    assert_eq!(
        people("Chủ tịch UBND huyện Tiên Yên Vũ Quang Hiển cho biết."),
        [one("Vũ Quang Hiển", &["Chủ tịch UBND huyện Tiên Yên"])]
    );
    assert!(people("UBND huyện Vũ Quang tổ chức hội nghị.").is_empty());
    assert_eq!(
        people("Chủ tịch HĐND tỉnh Đồng Tháp Phạm viết Kiên dự."),
        [one("Phạm Viết Kiên", &["Chủ tịch HĐND tỉnh Đồng Tháp"])]
    );
}

#[test]
fn a_given_name_that_is_an_organs_word_ends_a_name_after_its_middle_name() {
    assert_eq!(
        people("Ông Trương Văn Đảng cho biết thôn đã làm xong đường."),
        [one("Trương Văn Đảng", &[])]
    );
    assert_eq!(
        people("Ông Lý Văn Tỉnh phát biểu."),
        [one("Lý Văn Tỉnh", &[])]
    );
    // Before a title's small word, the organ's word opens the title.
    let got = people("Ông Nguyễn Văn Đảng ủy viên dự.");
    assert_eq!(got[0].1, ["Đảng ủy viên"]);
}

#[test]
fn the_e_de_clan_name_e_ban_written_apart_ends_the_name() {
    assert_eq!(
        people("Già làng Y Khoa Ê Ban kể chuyện buôn làng."),
        [one("Y Khoa Ê Ban", &["Già làng"])]
    );
}

#[test]
fn an_e_de_clan_name_with_two_capitals_ends_the_name() {
    assert_eq!(
        people("Ông Y Khuê BKrông, Trưởng buôn Cư Dliê, cho biết cả buôn đã trồng xong cà phê."),
        // Written out as names are, a capital to open each syllable.
        [one("Y Khuê Bkrông", &["Trưởng buôn Cư Dliê"])]
    );
    // An agency's initials glued to a word close no name.
    let got = people("Ông Nguyễn Văn Tân phát biểu. Ảnh: TTXVăn");
    assert_eq!(got[0].0, "Nguyễn Văn Tân");
}

#[test]
fn an_elder_called_gia_before_an_ethnic_name_is_named() {
    assert_eq!(
        people("Nhiều năm nay, già Y Brơm Mlô vẫn đi từng nhà khuyên con cháu giữ rừng."),
        [one("Y Brơm Mlô", &[])]
    );
    assert_eq!(
        people("Mỗi tối, già A Thút ngồi bên bếp lửa kể chuyện làng."),
        [one("A Thút", &[])]
    );
    // Old age before a place names no one.
    assert!(people("Tuổi già Hà Nội vẫn đẹp.").is_empty());
}

#[test]
fn a_family_name_that_is_also_a_word_opens_three_capitals_after_anh_or_chi() {
    assert_eq!(
        people("Nhờ anh Văn Hữu Lộc, người nhận thầu đất chợ, nhường một phần đất."),
        [one("Văn Hữu Lộc", &[])]
    );
    // Two syllables stay a given name or a word, for a full name elsewhere.
    assert!(people("Theo anh Văn, bà con đã đồng tình.").is_empty());
}

#[test]
fn an_artist_s_stage_name_after_the_state_s_title_may_be_a_place_s() {
    assert_eq!(
        people("Bà con được nghe NSƯT Lệ Thủy hát."),
        [one("Lệ Thủy", &["NSƯT"])]
    );
    assert_eq!(
        people("Bà con được nghe nghệ sĩ ưu tú Lệ Thủy hát."),
        [one("Lệ Thủy", &["Nghệ sĩ Ưu tú"])]
    );
    // A province's name after the same words is the place's.
    assert!(people("Các nghệ nhân ưu tú Hà Nội trình diễn.").is_empty());
}

#[test]
fn an_ambassador_s_country_ends_the_title_before_a_foreign_name() {
    let text = "Đại sứ Tajikistan Rustam Nazarov và Đại sứ Estonia Kalle Tamm trình Quốc thư.";
    assert_eq!(
        people(text),
        [
            one("Rustam Nazarov", &["Đại sứ Tajikistan"]),
            one("Kalle Tamm", &["Đại sứ Estonia"])
        ]
    );
}

#[test]
fn a_european_name_with_marks_and_letters_vietnamese_lacks_is_a_name() {
    let text = "Phó Thủ tướng hội đàm với Bộ trưởng Ngoại giao Hungary Szijjártó Péter tại Hà Nội.";
    assert_eq!(
        people(text),
        [one("Szijjártó Péter", &["Bộ trưởng Ngoại giao Hungary"])]
    );
    assert_eq!(
        people("Đoàn ôn lại kỷ niệm về lãnh tụ Fidel Castro trong chuyến thăm."),
        [one("Fidel Castro", &["lãnh tụ"])]
    );
    assert_eq!(
        people("Chủ tịch Liên minh Nghị viện Thế giới Saber Chowdhury chủ trì phiên họp."),
        [one(
            "Saber Chowdhury",
            &["Chủ tịch Liên minh Nghị viện Thế giới"]
        )]
    );
    // A long Vietnamese word run together by a scrape stays no name.
    assert!(people("Đoàn thăm Thànhphố Hảiphòng hôm qua.").is_empty());
}

#[test]
fn a_cue_closing_a_line_joins_the_name_and_titles_opening_the_next() {
    let line = Tokens::new("Dự hội nghị có đồng chí Lê Văn An - Bí thư Đảng ủy xã; đồng chí");
    let next = Tokens::new("Châu Hiền Hòa, Phó Bí thư Đảng ủy - Chủ tịch UBND xã; các ban ngành.");
    let joined = crate::parse::people::broken_line(&line, Some(&next));
    assert!(joined.is_some_and(|s| s.contains("đồng chí Châu Hiền Hòa, Phó Bí thư")));
    // A line that opens with no name after the cue stays apart.
    let other = Tokens::new("Hội nghị đã thông qua nghị quyết của Đảng ủy.");
    assert_eq!(crate::parse::people::broken_line(&line, Some(&other)), None);
}

#[test]
fn a_foreign_name_after_a_bracketed_code_of_the_body() {
    assert_eq!(
        people(
            "Bộ trưởng gặp Đại diện cao cấp Liên minh châu Âu (EU) Federica Bianchi tại Manila."
        ),
        [one(
            "Federica Bianchi",
            &["Đại diện cao cấp Liên minh châu Âu (EU)"]
        )]
    );
}

#[test]
fn a_title_closing_a_line_joins_its_holder_opening_the_next() {
    let line = Tokens::new("Chuyến thăm Việt Nam vừa qua của Tổng thống Pháp");
    let next = Tokens::new("Jacques Martin thành công tốt đẹp, đánh dấu một mốc quan trọng.");
    let joined = crate::parse::people::broken_line(&line, Some(&next));
    assert!(joined.is_some_and(|s| s.contains("Tổng thống Pháp Jacques Martin")));
    // A sentence that opens the next line is no holder's name.
    let other = Tokens::new("Hai bên thống nhất tăng cường hợp tác.");
    assert_eq!(crate::parse::people::broken_line(&line, Some(&other)), None);
}

#[test]
fn a_monarch_s_regnal_number_closes_a_foreign_name() {
    assert_eq!(
        people("Ông Mohammed VI đã gửi điện mừng Chủ tịch nước."),
        [one("Mohammed VI", &[])]
    );
    assert_eq!(
        people("Tổng thống Pháp Emmanuel Macron đã gửi điện mừng."),
        [one("Emmanuel Macron", &["Tổng thống Pháp"])]
    );
    // A Vietnamese name before a term's number stays as it was.
    assert_eq!(
        people("Ông Nguyễn Văn An, Bí thư Tỉnh ủy khóa XI phát biểu."),
        [one("Nguyễn Văn An", &["Bí thư Tỉnh ủy khóa XI"])]
    );
}

#[test]
fn a_monarch_s_and_a_royal_s_titles_are_titles() {
    assert_eq!(
        people("Chủ tịch nước đón Quốc vương Campuchia Norodom Sihamoni."),
        [one("Norodom Sihamoni", &["Quốc vương Campuchia"])]
    );
    assert_eq!(
        people("Nhà vua Thái Lan Maha Vajiralongkorn đã gửi điện mừng."),
        [one("Maha Vajiralongkorn", &["Nhà vua Thái Lan"])]
    );
    assert_eq!(
        people("Nữ hoàng Anh Elizabeth II và Hoàng hậu Jetsun Pema gửi lời chúc."),
        [
            one("Elizabeth II", &["Nữ hoàng Anh"]),
            one("Jetsun Pema", &["Hoàng hậu"])
        ]
    );
    assert_eq!(
        people("Lãnh đạo tỉnh đón Công chúa Bỉ Elise Marchal tại Nhà khách Tỉnh ủy."),
        [one("Elise Marchal", &["Công chúa Bỉ"])]
    );
    assert_eq!(
        people("Hoàng tử Anh Oliver Brandt thăm Khu di tích Văn Miếu."),
        [one("Oliver Brandt", &["Hoàng tử Anh"])]
    );
}

#[test]
fn a_name_spelt_like_a_royal_title_stays_a_name() {
    assert_eq!(
        people("Đồng chí Nguyễn Hoàng Hậu, Chủ tịch UBND xã phát biểu."),
        [one("Nguyễn Hoàng Hậu", &["Chủ tịch UBND xã"])]
    );
    assert_eq!(
        people("Ông Trần Quốc Vương, Phó Bí thư Đảng ủy phường cho biết."),
        [one("Trần Quốc Vương", &["Phó Bí thư Đảng ủy phường"])]
    );
}

#[test]
fn a_street_named_after_ong_or_ba_is_no_person() {
    assert_eq!(
        people(
            "Văn phòng đặt tại số 218 Ông Ích Khiêm, phường Hải Châu; ông Trần Văn Lộc tiếp đoàn."
        ),
        [one("Trần Văn Lộc", &[])]
    );
    assert!(people("Đoàn diễu hành qua đường Bà Triệu và phố Bà Huyện Thanh Quan.").is_empty());
}

#[test]
fn a_lunar_year_before_a_clerics_rank_is_no_person() {
    assert_eq!(
        people("Nhân dịp đón Xuân Bính Ngọ, Thượng tọa kính chúc ông Lê Văn Hòa sức khỏe."),
        [one("Lê Văn Hòa", &[])]
    );
    // The season and the year after a shrine's "Bà" name no woman.
    assert!(people("Xã Tân Lập khai hội Đền Chúa Bà Xuân Ất Tỵ vào sáng mùng 8 Tết.").is_empty());
    assert!(people("Huyện tổ chức Lễ hội Đình Ông Tết Bính Ngọ.").is_empty());
    // A woman whose given name is a season still is one.
    assert_eq!(
        people("Bà Xuân Thị Hạnh, Chủ tịch Hội Phụ nữ xã, dự lễ."),
        [one("Xuân Thị Hạnh", &["Chủ tịch Hội Phụ nữ xã"])]
    );
    // A family name and a given name that are not a stem and a branch.
    assert_eq!(
        people("Thượng tọa chúc mừng ông Giáp Văn Thìn, Chủ tịch UBND xã."),
        [one("Giáp Văn Thìn", &["Chủ tịch UBND xã"])]
    );
}

#[test]
fn one_a_thing_is_named_after_or_a_quoted_work_credits_is_no_person() {
    assert_eq!(
        people("Tàu mang tên Đại tướng Võ Nguyên Giáp cập cảng; Phó Chủ tịch UBND tỉnh Lê Văn Hải đón đoàn."),
        [one("Lê Văn Hải", &["Phó Chủ tịch UBND tỉnh"])]
    );
    assert!(
        people("Đội văn nghệ trình bày ca khúc “Xuân và tuổi trẻ” của nhạc sĩ Văn Cao.").is_empty()
    );
    // Present at the event, the artist is a person.
    assert_eq!(
        people("Buổi lễ có sự tham gia của nhạc sĩ Trần Tiến."),
        [one("Trần Tiến", &["Nhạc sĩ"])]
    );
}

#[test]
fn a_foreign_name_glued_into_one_word_after_a_rank_is_a_person() {
    assert_eq!(
        people(
            "Đại tướng NiekSaVuon, Tổng Cục trưởng Tổng cục Cảnh sát quốc gia Campuchia phát biểu."
        ),
        [one(
            "NiekSaVuon",
            &[
                "Đại tướng",
                "Tổng Cục trưởng Tổng cục Cảnh sát quốc gia Campuchia"
            ]
        )]
    );
    // A firm glues two parts; it is no one.
    assert!(people("Ông Lê Văn An, Giám đốc VinFast cho biết.")
        .iter()
        .all(|p| p.0 != "VinFast"));
}

#[test]
fn a_family_name_that_opens_places_before_van_and_a_given_name_is_the_holders() {
    // "Hồng" and "Quan" open places too; after a post, "Văn" and one
    // given name make them a holder's name, as "Thị" does.
    assert_eq!(
        people("Chiều 3/8, Công an viên Hồng Văn Sỹ đến từng nhà nhắc bà con khóa cửa."),
        [one("Hồng Văn Sỹ", &["Công an viên"])]
    );
    assert_eq!(
        people("Trưởng thôn Quan Văn Thiệu cho biết cả thôn đã hiến 900 m2 đất làm đường."),
        [one("Quan Văn Thiệu", &["Trưởng thôn"])]
    );
    // "Văn" before a noun opens an organ's name, no person's.
    assert!(people("Giám đốc Cung Văn Hóa Lao động tỉnh dự buổi lễ.")
        .iter()
        .all(|p| !p.0.starts_with("Cung")));
}

#[test]
fn a_family_name_that_opens_places_is_the_envoys_after_the_state() {
    // "Hồng" and "Hùng" open places too ("Hồng Lĩnh", "Hùng Sơn"); after a
    // foreign state, the seat "tại Việt Nam" or a bare "Đại sứ" they open
    // the diplomat's name.
    assert_eq!(
        people("Sáng 12/4, Đại sứ Trung Quốc Hồng Minh Quân đến chào Chủ tịch nước."),
        [one("Hồng Minh Quân", &["Đại sứ Trung Quốc"])]
    );
    assert_eq!(
        people("Bộ trưởng tiếp Đại sứ Trung Quốc tại Việt Nam Hùng Lâm, đến chào xã giao."),
        [one("Hùng Lâm", &["Đại sứ Trung Quốc tại Việt Nam"])]
    );
    assert_eq!(
        people("Tại buổi tiếp, Đại sứ Hùng Lâm cảm ơn Bộ trưởng."),
        [one("Hùng Lâm", &["Đại sứ"])]
    );
}

#[test]
fn foreign_names_with_an_initial_or_an_arab_lineage_are_whole() {
    assert_eq!(
        people("Chủ tịch Hạ viện Canada Grant Folby hội đàm với đồng chí Lê Văn Tú."),
        [
            one("Grant Folby", &["Chủ tịch Hạ viện Canada"]),
            one("Lê Văn Tú", &[])
        ]
    );
    assert_eq!(
        people("Đồng chí Lê Văn Tú tiếp Chủ tịch Quốc hội Palau Curtis L. Wendover tại Hà Nội."),
        [
            one("Lê Văn Tú", &[]),
            one("Curtis L. Wendover", &["Chủ tịch Quốc hội Palau"])
        ]
    );
    assert_eq!(
        people(
            "Bộ trưởng Lê Văn Tú gặp Thủ tướng Kuwait Sheikh Tariq bin Yusuf bin Salem Al Haddar."
        ),
        [
            one("Lê Văn Tú", &["Bộ trưởng"]),
            one("Tariq bin Yusuf bin Salem Al Haddar", &["Thủ tướng Kuwait"])
        ]
    );
}

#[test]
fn a_hmong_family_name_that_is_a_word_opens_a_name_after_a_case_noun() {
    assert_eq!(
        people("Công an bắt quả tang đối tượng Mùa A Dình (1980, trú xã Chiềng Xuân) đang vận chuyển ma túy."),
        [one("Mùa A Dình", &[])]
    );
}

#[test]
fn a_name_glued_to_the_next_word_ends_before_it() {
    assert_eq!(
        people("Theo quyết định, Thủ tướng Lê Văn Anhđã bổ nhiệm thêm hai thứ trưởng."),
        [one("Lê Văn Anh", &["Thủ tướng"])]
    );
}

#[test]
fn a_name_cut_after_its_middle_name_names_no_one() {
    assert_eq!(
        people("Tại buổi trao học bổng, bà Đinh Thị "),
        Vec::<(String, Vec<String>)>::new()
    );
}

#[test]
fn a_family_name_typed_small_after_a_cue_opens_the_name() {
    assert_eq!(
        people("Hội trao vốn cho chị phạm Thị Lành để chăn nuôi."),
        [one("Phạm Thị Lành", &[])]
    );
    // A small word that is no family name opens none.
    assert_eq!(
        people("Hội trao vốn cho chị em Thị trấn Phú Lộc."),
        Vec::<(String, Vec<String>)>::new()
    );
}

#[test]
fn a_birth_name_or_an_alias_is_no_one_else() {
    assert_eq!(
        people("Nhà thơ Lê Văn Tú, tên khai sinh là Lê Tú Hòa (sinh năm 1930), vừa qua đời."),
        [one("Lê Văn Tú", &["Nhà thơ"])]
    );
    assert_eq!(
        people("Công an bắt Giàng A Lử (tên gọi khác Giàng A Pó), 40 tuổi."),
        [one("Giàng A Lử", &[])]
    );
}

#[test]
fn a_name_glued_by_a_dash_to_the_modifier_of_its_post_ends_there() {
    assert_eq!(
        people("Bị cáo còn có ông Lê Văn Khoát-cựu Phó Chánh Văn phòng UBND tỉnh."),
        [one("Lê Văn Khoát", &["cựu Phó Chánh Văn phòng UBND tỉnh"])]
    );
    // A transliteration written small after its dash stays one word.
    assert!(people("Học thuyết Mác-Lê-nin soi đường.").is_empty());
}

#[test]
fn a_dash_typed_against_the_verb_of_saying_closes_the_aside() {
    assert_eq!(
        people("Ông Đinh Văn Hòa-Phó Bí thư Đảng ủy, Chủ tịch UBND xã Ia Băng-cho biết: xã đã làm xong."),
        [one(
            "Đinh Văn Hòa",
            &["Phó Bí thư Đảng ủy", "Chủ tịch UBND xã Ia Băng"]
        )]
    );
    assert_eq!(
        people("Bà Rơ Lan Thị Hiền-Chủ tịch Hội Phụ nữ xã Ia Dơk-chia sẻ thêm về mô hình."),
        [one("Rơ Lan Thị Hiền", &["Chủ tịch Hội Phụ nữ xã Ia Dơk"])]
    );
    // A people's name written with a dash stays one word.
    assert!(people("Đồng bào Ê-đê và Gia-rai cùng dự lễ hội.").is_empty());
}

#[test]
fn a_known_ward_keeps_its_last_word_before_a_rare_family_name() {
    assert_eq!(
        people(
            "Bí thư Đảng ủy phường Việt Hưng Đường Minh Tâm và Chủ tịch UBND xã Tân Phú \
             Vân Đình Lộc tặng hoa."
        ),
        [
            one("Đường Minh Tâm", &["Bí thư Đảng ủy phường Việt Hưng"]),
            one("Vân Đình Lộc", &["Chủ tịch UBND xã Tân Phú"]),
        ]
    );
}

#[test]
fn an_upland_hamlet_named_before_its_commune_or_the_holder_is_no_person() {
    // The hamlet's name is followed by the commune it lies in: the post is
    // the name's before it.
    assert_eq!(
        people(
            "Đảng viên Thào A Chừ, Bí thư Chi bộ thôn Sín Chải Pờ, xã Nậm Lư, huyện Mường Tè \
             là điển hình của xã."
        ),
        [one(
            "Thào A Chừ",
            &["Bí thư Chi bộ thôn Sín Chải Pờ, xã Nậm Lư, huyện Mường Tè"]
        )]
    );
    // The hamlet's name is followed by the holder's cue.
    assert_eq!(
        people("Trưởng thôn Ma Lù Thàng, anh Sùng A Dế đi vận động từng hộ."),
        [one("Sùng A Dế", &["Trưởng thôn Ma Lù Thàng"])]
    );
    // A name with a verb after it is still the holder's.
    assert_eq!(
        people("Bí thư Chi bộ bản Co Mạ Lò Văn Khiêm phát biểu."),
        [one("Lò Văn Khiêm", &["Bí thư Chi bộ bản Co Mạ"])]
    );
}

#[test]
fn a_people_named_after_nguoi_opens_no_name() {
    assert_eq!(
        people("Đảng viên người Mông Vàng A Tủa, Trưởng bản Nậm Khao cho biết."),
        [one("Vàng A Tủa", &["Trưởng bản Nậm Khao"])]
    );
    assert_eq!(
        people("Già làng người Thái Lò Văn Ỏn, Trưởng bản Na Hin phát biểu."),
        [one("Lò Văn Ỏn", &["Trưởng bản Na Hin"])]
    );
    // A family name that is also a people opens a name elsewhere.
    assert_eq!(
        people("Ông Thái Văn Hưng, Chủ tịch UBND xã phát biểu."),
        [one("Thái Văn Hưng", &["Chủ tịch UBND xã"])]
    );
}

#[test]
fn a_hmong_name_after_the_title_and_a_comma_is_its_holder() {
    // "Mùa" and "Vàng" are words too; the Hmong middle name makes them
    // open a name, as they do after a cue.
    assert_eq!(
        people("Bí thư Chi bộ thôn Phìn Hồ, Mùa A Chư đọc báo cáo tổng kết năm."),
        [one("Mùa A Chư", &["Bí thư Chi bộ thôn Phìn Hồ"])]
    );
    assert_eq!(
        people("Trưởng bản Co Cài, Vàng Seo Dính cho biết cả bản đã có điện."),
        [one("Vàng Seo Dính", &["Trưởng bản Co Cài"])]
    );
    // A word that opens no name stays a word: the season is no one.
    assert!(people("Trưởng thôn Nậm Khao, mùa này bà con thu hoạch lúa.").is_empty());
}

#[test]
fn a_holder_right_after_the_commune_above_the_post_keeps_the_post() {
    // The commune's name is two words; the family name after it opens the
    // holder's.
    assert_eq!(
        people("Trưởng thôn Nà Pồng, xã Tân Hòa Lù Văn Pao phát biểu."),
        [one("Lù Văn Pao", &["Trưởng thôn Nà Pồng, xã Tân Hòa"])]
    );
    // A numbered hamlet has no name of its own.
    assert_eq!(
        people("Bí thư Chi bộ ấp 3, xã Long Phước Nguyễn Văn Tám cho biết."),
        [one(
            "Nguyễn Văn Tám",
            &["Bí thư Chi bộ ấp 3, xã Long Phước"]
        )]
    );
    assert_eq!(
        people("Chủ tịch UBND xã Yên Bình, huyện Hữu Lũng Hoàng Văn Sơn phát biểu."),
        [one(
            "Hoàng Văn Sơn",
            &["Chủ tịch UBND xã Yên Bình, huyện Hữu Lũng"]
        )]
    );
    // An address to the province with no one after it names no one.
    assert!(
        people("Chủ tịch UBND xã Yên Bình, huyện Hữu Lũng, tỉnh Lạng Sơn cho biết.").is_empty()
    );
    // The holder after a comma and a cue stays the holder.
    assert_eq!(
        people("Trưởng thôn Nà Pồng, ông Lù Văn Pao, cho biết."),
        [one("Lù Văn Pao", &["Trưởng thôn Nà Pồng"])]
    );
}

#[test]
fn a_commune_of_three_words_before_the_holder_keeps_them_all() {
    assert_eq!(
        people("Bí thư Chi bộ ấp 4, xã Tân Phú Trung Lê Văn Tám cho biết."),
        [one("Lê Văn Tám", &["Bí thư Chi bộ ấp 4, xã Tân Phú Trung"])]
    );
    assert_eq!(
        people("Trưởng bản Nà Hin, xã Mường Tùng Lò Văn Pọm cho biết."),
        [one("Lò Văn Pọm", &["Trưởng bản Nà Hin, xã Mường Tùng"])]
    );
}

#[test]
fn a_foreign_leader_named_by_one_word_after_the_office() {
    assert_eq!(
        people("Chủ tịch nước hội kiến Tổng thống Kovalen tại Phủ Chủ tịch."),
        [one("Kovalen", &["Tổng thống"])]
    );
    assert_eq!(
        people("Sáng 3/5, Nhà vua Takamoto và Hoàng hậu Sayoko thăm Huế."),
        [one("Takamoto", &["Nhà vua"]), one("Sayoko", &["Hoàng hậu"]),]
    );
    // A firm after another office is no one's name.
    assert!(people("Chủ tịch Vintrago cho biết như vậy.").is_empty());
}

#[test]
fn a_lao_guests_name_runs_past_five_syllables_to_the_dash_before_the_post() {
    assert_eq!(
        people("Đón tiếp đoàn có đồng chí Khăm Sỏn Phôm Ma Vông Xay-Phó Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Sê Kông."),
        [one("Khăm Sỏn Phôm Ma Vông Xay", &["Phó Bí thư Tỉnh ủy", "Tỉnh trưởng tỉnh Sê Kông"])]
    );
    // A Vietnamese name stays within its five syllables.
    let got = people("Dự có đồng chí Nguyễn Văn An Bình Minh Hoa, Bí thư Tỉnh ủy.");
    assert!(
        got.iter().all(|(n, _)| n.split(' ').count() <= 5),
        "{got:?}"
    );
}

#[test]
fn a_comrade_named_like_a_district_is_a_person_before_a_post() {
    assert_eq!(
        people("Dự buổi lễ có đồng chí Lương Sơn, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh."),
        [one(
            "Lương Sơn",
            &["Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch UBND tỉnh"]
        )]
    );
    assert_eq!(
        people("Đồng chí Cao Phong - Bí thư Huyện đoàn phát biểu tại buổi lễ."),
        [one("Cao Phong", &["Bí thư Huyện đoàn"])]
    );
    // The district itself stays a place, and so does a province after
    // "đồng chí" in a list of where delegates came from.
    assert!(people("Huyện Lương Sơn tổ chức hội nghị tổng kết công tác Hội.").is_empty());
    assert!(
        people("Đoàn công tác đã làm việc với huyện Cao Phong, Trưởng đoàn phát biểu.").is_empty()
    );
}

#[test]
fn a_country_transliterated_with_dashes_ends_the_office_before_the_name() {
    assert_eq!(
        people("Tổng thống Cộng hòa Xin-ga-po Tan Wei Ming đặt vòng hoa tại Đài tưởng niệm các Anh hùng liệt sĩ."),
        [one("Tan Wei Ming", &["Tổng thống Cộng hòa Xin-ga-po"])]
    );
    assert_eq!(
        people("Chủ tịch nước hội đàm với Tổng thống In-đô-nê-xi-a Budi Santoso."),
        [one("Budi Santoso", &["Tổng thống In-đô-nê-xi-a"])]
    );
}

#[test]
fn a_guest_s_spouse_named_after_phu_nhan_is_a_person() {
    assert_eq!(
        people("Tại buổi tiệc, Đại sứ Canada Mark Henley và Phu nhân Claire Henley chúc Tết các nghệ sĩ."),
        [
            one("Mark Henley", &["Đại sứ Canada"]),
            one("Claire Henley", &[]),
        ]
    );
}

#[test]
fn the_inter_parliamentary_union_and_its_code_end_the_office() {
    assert_eq!(
        people("Chủ tịch Liên minh Nghị viện Thế giới (IPU) Maria Lopez và Tổng thư ký IPU Pierre Dumas chủ trì phiên thảo luận chung."),
        [
            one("Maria Lopez", &["Chủ tịch Liên minh Nghị viện Thế giới (IPU)"]),
            one("Pierre Dumas", &["Tổng thư ký IPU"]),
        ]
    );
}

#[test]
fn a_foreign_leader_named_as_the_country_s_leader_holds_that_office() {
    assert_eq!(
        people("Thủ tướng đón Nhà lãnh đạo Triều Tiên Pak Chol-min tại Phủ Chủ tịch."),
        [one("Pak Chol-Min", &["Nhà lãnh đạo Triều Tiên"])]
    );
    assert!(people("Các nhà lãnh đạo ASEAN đã thông qua tuyên bố chung.").is_empty());
}

#[test]
fn a_family_name_that_opens_places_names_the_holder_after_a_tier_committee() {
    assert_eq!(
        people("Về dự lễ có Phó Bí thư Tỉnh ủy Châu Minh Đạt và Bí thư Huyện ủy Lộc Văn Sính."),
        [
            one("Châu Minh Đạt", &["Phó Bí thư Tỉnh ủy"]),
            one("Lộc Văn Sính", &["Bí thư Huyện ủy"])
        ]
    );
    assert_eq!(
        people("Trưởng ban Dân vận Thành ủy Kim Thị Ngọc Hà trao cờ."),
        [one("Kim Thị Ngọc Hà", &["Trưởng ban Dân vận Thành ủy"])]
    );
    // The committee's own place stays the place, the name after it the name.
    assert_eq!(
        people("Bí thư Huyện ủy Châu Thành Trà Văn Bảy phát biểu."),
        [one("Trà Văn Bảy", &["Bí thư Huyện ủy Châu Thành"])]
    );
    // A name of two: the two words name no province, so they are the
    // holder's; a province of two words stays the committee's place.
    assert_eq!(
        people("Dự hội nghị có đồng chí Trưởng ban Dân vận Tỉnh ủy Sơn Khăng."),
        [one("Sơn Khăng", &["Trưởng ban Dân vận Tỉnh ủy"])]
    );
    assert_eq!(
        people("Bí thư Thành ủy Thạch Dư phát biểu."),
        [one("Thạch Dư", &["Bí thư Thành ủy"])]
    );
    assert!(people("Đoàn công tác làm việc với Tỉnh ủy Lâm Đồng.").is_empty());
    assert_eq!(
        people("Bí thư Huyện ủy Lâm Hà Lâm Văn Tám dự."),
        [one("Lâm Văn Tám", &["Bí thư Huyện ủy Lâm Hà"])]
    );
}

#[test]
fn a_head_of_government_s_bare_office_after_a_name_is_a_post_and_the_chain_goes_on() {
    assert_eq!(
        people(
            "Dự có đồng chí Lê Văn Tâm, Phó Thủ tướng, Chủ tịch danh dự Hội Khuyến học Việt Nam."
        ),
        [one(
            "Lê Văn Tâm",
            &["Phó Thủ tướng", "Chủ tịch danh dự Hội Khuyến học Việt Nam"]
        )]
    );
    assert_eq!(
        people("Ông Đỗ Quang Minh, Ủy viên Bộ Chính trị, Thủ tướng, dự và phát biểu."),
        [one("Đỗ Quang Minh", &["Ủy viên Bộ Chính trị", "Thủ tướng"])]
    );
    // A foreign leader named by one word after the office is still a name.
    assert_eq!(
        people("Đón Thủ tướng Nhật Bản Tanaka, Chủ tịch nước Lê Văn Tâm phát biểu."),
        [
            one("Tanaka", &["Thủ tướng Nhật Bản"]),
            one("Lê Văn Tâm", &["Chủ tịch nước"])
        ]
    );
}

#[test]
fn quang_is_a_family_name_after_a_post_and_a_provinces_name_after_a_unit() {
    // "Quảng" opens four provinces' names and is a family name too: after
    // a post, with "Văn" or "Thị" and a given name, it is the holder's.
    assert_eq!(
        people(
            "Bí thư Huyện ủy Quảng Văn Lực; Phó Chủ tịch HĐND huyện Tào Thị Mai dự lễ phát động."
        ),
        [
            one("Quảng Văn Lực", &["Bí thư Huyện ủy"]),
            one("Tào Thị Mai", &["Phó Chủ tịch HĐND huyện"])
        ]
    );
    // After a unit's word it is the province.
    assert_eq!(
        people("Bí thư Tỉnh ủy Quảng Ninh Trần Văn Lực dự lễ phát động."),
        [one("Trần Văn Lực", &["Bí thư Tỉnh ủy Quảng Ninh"])]
    );
    assert_eq!(
        people("Chủ tịch UBND tỉnh Quảng Nam Lê Thị Hoa dự lễ phát động."),
        [one("Lê Thị Hoa", &["Chủ tịch UBND tỉnh Quảng Nam"])]
    );
}
