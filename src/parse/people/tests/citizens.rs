//! People a report names for what a visit or a gift is for, not for a
//! post: beneficiaries, relatives, the second of two households.

use super::{found, one, people, Tokens};

/// Each name found in `text` with whether it is a private person's.
fn private(text: &str) -> Vec<(String, bool)> {
    let t = Tokens::new(text);
    found(&t)
        .into_iter()
        .map(|f| (f.name.unwrap_or_default(), f.private))
        .collect()
}

#[test]
fn a_beneficiary_or_a_relative_after_the_name_is_private() {
    let cases = [
        (
            "Đoàn trao quà cho bà Lê Thị Nụ, đối tượng bảo trợ xã hội ở xã Yên Lạc.",
            "Lê Thị Nụ",
            true,
        ),
        (
            "Bí thư Tỉnh ủy thăm bà Phan Thị Hạnh, phu nhân của cố Bộ trưởng.",
            "Phan Thị Hạnh",
            true,
        ),
        (
            "Đoàn đến thăm ông Đỗ Văn Tư, cha của liệt sĩ Đỗ Văn Mười.",
            "Đỗ Văn Tư",
            true,
        ),
        (
            "Ông Trịnh Văn Khải, Phó Chủ tịch UBND huyện, dự.",
            "Trịnh Văn Khải",
            false,
        ),
    ];
    for (text, name, is_private) in cases {
        assert_eq!(private(text)[0], (name.to_string(), is_private), "{text}");
    }
}

#[test]
fn two_households_joined_by_và_are_both_private() {
    assert_eq!(
        private("Đoàn thăm gia đình ông Hà Văn Lộc và ông Vi Văn Sáu ở bản Nà Cọ."),
        [
            ("Hà Văn Lộc".to_string(), true),
            ("Vi Văn Sáu".to_string(), true)
        ]
    );
    assert_eq!(
        private("Đồng chí Hà Văn Lộc và ông Vi Văn Sáu, Chủ tịch UBND xã, dự."),
        [
            ("Hà Văn Lộc".to_string(), false),
            ("Vi Văn Sáu".to_string(), false)
        ]
    );
}

#[test]
fn a_young_citizen_or_one_described_by_people_and_home_is_private() {
    assert_eq!(
        private("Anh Lò Văn Khiêm, thương lái ở chợ huyện, cho biết giá đã tăng."),
        [("Lò Văn Khiêm".to_string(), true)]
    );
    assert_eq!(
        private("Ông Sầm Văn Pỏm (dân tộc Tày, ở bản Nà Lừa) chia sẻ."),
        [("Sầm Văn Pỏm".to_string(), true)]
    );
    assert_eq!(
        private("Ông Sầm Văn Pỏm (Bí thư Chi bộ, ở bản Nà Lừa) chia sẻ."),
        [("Sầm Văn Pỏm".to_string(), false)]
    );
}

#[test]
fn a_hero_a_farmer_or_a_village_figure_given_a_gift_is_named_with_no_post() {
    let r = crate::parse::parse_report(
        "kt.txt",
        "Huyện trao Bằng khen cho nông dân sản xuất giỏi\n\nNgày 9/10, ông Hà Văn Sinh, Phó Chủ tịch UBND huyện trao Bằng khen cho ông Lò Văn Pín, nông dân xã Tân Lập; thăm Anh hùng LLVTND Vi Văn Thắm và ông Lò Văn Hặc, người có uy tín ở bản Nà Tàu.\n",
    );
    let names = |list: &[crate::model::Mention]| -> Vec<(String, usize)> {
        list.iter()
            .map(|m| (m.name.to_string(), m.titles.len()))
            .collect()
    };
    // The hero holds a distinction, no post; the farmer and the village
    // figure are each described by what they are for want of a post: all
    // three are the report's private persons, the hero with the
    // distinction kept.
    assert_eq!(
        names(&r.officials),
        [("Hà Văn Sinh".to_string(), 1)],
        "{:?}",
        r.officials
    );
    assert_eq!(
        names(&r.people),
        [
            ("Lò Văn Pín".to_string(), 0),
            ("Vi Văn Thắm".to_string(), 1),
            ("Lò Văn Hặc".to_string(), 0)
        ]
    );
}

#[test]
fn a_post_after_the_birth_year_in_brackets_or_after_them_is_the_accused_s() {
    assert_eq!(
        people(
            "Tòa tuyên án ông Hà Minh Đức (SN 1975, Phó Chi cục trưởng) và ông Vi Văn Lâm \
             (Kiểm soát viên Đội Quản lý thị trường số 2)."
        ),
        [
            one("Hà Minh Đức", &["Phó Chi cục trưởng"]),
            one(
                "Vi Văn Lâm",
                &["Kiểm soát viên Đội Quản lý thị trường số 2"]
            )
        ]
    );
    assert_eq!(
        people(
            "Công an bắt bị can Lò Văn Pịnh (SN 1979, trú tại bản Nà Sài, xã Mường Khoa) là \
             Huyện ủy viên, Bí thư Đảng ủy xã Mường Khoa."
        ),
        [one(
            "Lò Văn Pịnh",
            &["Huyện ủy viên", "Bí thư Đảng ủy xã Mường Khoa"]
        )]
    );
    // The birth year and the home alone still make a private person.
    assert_eq!(
        private("anh Lường Văn Tiến (SN 1992, trú xã Chiềng Sơn) bị thương."),
        [("Lường Văn Tiến".to_string(), true)]
    );
}

#[test]
fn a_post_in_brackets_after_the_birth_year_and_the_home() {
    assert_eq!(
        people(
            "Công an tỉnh bắt tạm giam Hoàng Văn Chiến (SN 1968), trú tại phường Tân Giang, \
             Tp.Hà Tĩnh (nguyên Chủ tịch UBND huyện Cẩm Xuyên) và Đậu Văn Hiền (SN 1975), trú \
             tại xã Cẩm Thạch, huyện Cẩm Xuyên (Trưởng phòng Tài chính - Kế hoạch huyện)."
        ),
        [
            one("Hoàng Văn Chiến", &["nguyên Chủ tịch UBND huyện Cẩm Xuyên"]),
            one("Đậu Văn Hiền", &["Trưởng phòng Tài chính - Kế hoạch huyện"])
        ]
    );
}

#[test]
fn a_post_after_a_semicolon_that_closes_the_home_in_a_birth_note() {
    assert_eq!(
        people(
            "Người bị bắt là ông Lê Văn Khoa (SN 1962, trú khu đô thị Nam Thành, phường \
             Đông Sơn, TP. Thanh Hóa; Phó Trưởng phòng Tổ chức cán bộ Sở Xây dựng Thanh Hóa)."
        ),
        [one(
            "Lê Văn Khoa",
            &["Phó Trưởng phòng Tổ chức cán bộ Sở Xây dựng Thanh Hóa"]
        )]
    );
}

#[test]
fn a_long_post_chain_in_a_birth_note_and_a_note_cut_by_the_page() {
    assert_eq!(
        people(
            "Các bị can gồm: Hồ Văn Lộc (SN 1971, Chủ tịch UBND xã Hải An, huyện Hải Lăng, \
             nguyên Chủ tịch UBND xã Hải Ba, huyện Hải Lăng) và Phan Thị Mến (SN 1980, công \
             chức địa chính xã Hải Tân, nguyên công chức xã Hải Ba, "
        ),
        [
            one(
                "Hồ Văn Lộc",
                &[
                    "Chủ tịch UBND xã Hải An, huyện Hải Lăng",
                    "nguyên Chủ tịch UBND xã Hải Ba, huyện Hải Lăng"
                ]
            ),
            one(
                "Phan Thị Mến",
                &[
                    "Công chức địa chính xã Hải Tân",
                    "nguyên công chức xã Hải Ba"
                ]
            )
        ]
    );
}

#[test]
fn a_citizen_noun_of_four_words_cues_the_name_after_it() {
    assert_eq!(
        people(
            "Tại lễ giao quân, thanh niên ưu tú Lò Văn Khánh thay mặt các tân binh hứa rèn luyện."
        ),
        [one("Lò Văn Khánh", &[])]
    );
    assert_eq!(
        people("Nữ vận động viên Hà Thị Linh đã giành huy chương vàng."),
        [one("Hà Thị Linh", &[])]
    );
    // A three-word noun and a name after a plain verb still hold.
    assert_eq!(
        people("Cựu chiến binh Trần Văn Hòa đã hứa tiếp tục đóng góp."),
        [one("Trần Văn Hòa", &[])]
    );
}

#[test]
fn every_person_noun_fits_the_look_up() {
    for (noun, _) in crate::parse::lexicon::entries(crate::parse::lexicon::PERSON_NOUNS) {
        let words = noun.split(' ').count();
        assert!(
            words <= super::cues::MAX_PERSON_NOUN,
            "{noun}: {words} words"
        );
        // The tokenizer tells a noun's first word by the word lists' bit.
        let lower = noun.to_lowercase();
        let first = crate::parse::tokens::Tokens::new(&lower);
        assert!(first.info(0).person_noun, "{noun}: first word not flagged");
    }
}

#[test]
fn any_family_name_before_a_middle_name_follows_a_case_noun() {
    // A family name no list holds, or one that also opens places, before
    // "Thị" or "Văn": the noun's person all the same.
    assert_eq!(
        people("Cô giáo Trà Thị Mai, phụ trách điểm trường, đưa các em đến lớp."),
        [one("Trà Thị Mai", &[])]
    );
    assert_eq!(
        people("Bị cáo Hán Văn Lộc bị tuyên phạt 3 năm tù."),
        [one("Hán Văn Lộc", &[])]
    );
    // A place after the noun is still no one.
    assert!(people("Bị cáo Trà Vinh cũng bị xét xử.").is_empty());
}

#[test]
fn a_voter_or_a_defendant_named_bare_is_private() {
    // Bare names included: the merge drops a private one with no post.
    let private_all = |text: &str| -> Vec<(String, bool)> {
        crate::parse::people::find_people(&Tokens::new(text))
            .into_iter()
            .map(|f| (f.name.unwrap_or_default(), f.private))
            .collect()
    };
    assert_eq!(
        private_all("Cử tri Lê Văn Khanh (phường Tân Lạc) phát biểu ý kiến."),
        [("Lê Văn Khanh".to_string(), true)]
    );
    assert_eq!(
        private_all("Tòa tuyên phạt bị cáo Đỗ Văn Hải 3 năm tù."),
        [("Đỗ Văn Hải".to_string(), true)]
    );
    // An elder of the village is named by age, not by a post.
    assert_eq!(
        private_all("Nhiều hộ hiến đất, có cụ bà Lường Thị Ón hiến 80 m2 và cụ ông Quàng Văn Pọm hiến 120 m2."),
        [
            ("Lường Thị Ón".to_string(), true),
            ("Quàng Văn Pọm".to_string(), true)
        ]
    );
    // A post after the name still makes an official.
    assert_eq!(
        private("Cử tri Lê Văn Khanh, Bí thư Chi bộ thôn Tân Lạc, cho biết."),
        [("Lê Văn Khanh".to_string(), false)]
    );
}

#[test]
fn the_accused_s_family_name_that_is_also_a_word_opens_a_full_name() {
    assert_eq!(
        people(
            "Tại phiên tòa, bị cáo Quan Minh Thịnh, nguyên Phó Chủ tịch UBND xã Mỹ Lợi, xin giảm nhẹ hình phạt."
        ),
        [one(
            "Quan Minh Thịnh",
            &["nguyên Phó Chủ tịch UBND xã Mỹ Lợi"]
        )]
    );
}

#[test]
fn a_rare_family_name_that_is_also_a_word_opens_a_name_after_a_cue() {
    // "Thời" is a family name as well as "time": after "anh" it opens
    // the name; in running text it stays a word.
    let names = private("Vụ va chạm làm anh Thời Văn Khánh, người ngồi sau, bị thương nặng.");
    assert!(
        names.iter().any(|(n, _)| n == "Thời Văn Khánh"),
        "{names:?}"
    );
    let names = private("Thời gian tới, Hội Nông dân xã tiếp tục vận động hội viên.");
    assert!(names.is_empty(), "{names:?}");
}

#[test]
fn an_elder_called_uncle_is_named_without_the_word() {
    // "chú", "bác": how a commune's report calls the retired cadres and
    // elders it meets; the word is no syllable of the name, even in
    // capitals after a semicolon.
    let got = people(
        "Bí thư Chi bộ ấp Hòa Lợi báo cáo tình hình; Chú Huỳnh Văn Sáu, nguyên Trưởng Công an xã, \
         kể chuyện vận động bà con hiến đất.",
    );
    assert_eq!(got, [one("Huỳnh Văn Sáu", &["nguyên Trưởng Công an xã"])]);
    let got = people(
        "Buổi gặp mặt có mặt bác Tạ Quang Lực, người nhiều năm làm Trưởng ấp; Bác Kiều Văn Mến, \
         nguyên Chủ tịch Hội Nông dân xã.",
    );
    assert!(
        got.contains(&one("Kiều Văn Mến", &["nguyên Chủ tịch Hội Nông dân xã"])),
        "{got:?}"
    );
    assert!(got.iter().all(|(n, _)| !n.starts_with("Bác")), "{got:?}");
    // The President, care and a verb are no elder.
    for text in [
        "Cán bộ xã học tập và làm theo lời Bác Hồ Chí Minh dạy về dân vận.",
        "Chi bộ chú trọng Tuyên truyền viên Nguyễn ở cơ sở.",
        "Hội nghị bác bỏ Đề nghị của Tổ dân phố.",
    ] {
        assert!(people(text).is_empty(), "{text}: {:?}", people(text));
    }
}

#[test]
fn a_party_member_receiving_the_badge_of_years_is_private() {
    let text = "Cũng tại lễ kỷ niệm, đồng chí Vi Văn Khuê thuộc chi bộ Nà Lìu vinh dự nhận Huy hiệu 65 năm tuổi Đảng; đồng chí Mã Thị Sen thuộc chi bộ Khuổi Phầy và đồng chí Nông Văn Pịn thuộc chi bộ Bản Chang được tặng Huy hiệu 35 năm tuổi Đảng.";
    assert_eq!(
        private(text),
        [
            ("Vi Văn Khuê".to_string(), true),
            ("Mã Thị Sen".to_string(), true),
            ("Nông Văn Pịn".to_string(), true),
        ]
    );
    // Who presents the badge is no member honoured.
    let text = "Thay mặt Huyện ủy, đồng chí Hoàng Văn Pấu trao tặng Huy hiệu 45 năm tuổi Đảng tới hai đảng viên lão thành.";
    assert_eq!(private(text), [("Hoàng Văn Pấu".to_string(), false)]);
}

#[test]
fn a_member_named_by_the_noun_alone_is_private() {
    // A Party member congratulated, a union member thanked: membership is
    // no post.
    let text = "Lãnh đạo phường Ninh Kiều tới tận nhà chúc mừng đảng viên Quách Văn Lũy.";
    assert_eq!(private(text), [("Quách Văn Lũy".to_string(), true)]);
    let text = "Mặt trận xã Vĩnh Hưng cảm ơn hội viên Tô Thị Huệ đã hiến 200 m2 đất mở đường.";
    assert_eq!(private(text), [("Tô Thị Huệ".to_string(), true)]);
    let text =
        "Đoàn xã Tam Hợp biểu dương đoàn viên Kha Minh Tuấn, người cứu hai em nhỏ đuối nước.";
    assert_eq!(private(text), [("Kha Minh Tuấn".to_string(), true)]);
    // A member who holds a post stays an official.
    let text = "Tham luận của đảng viên Giáp Văn Cường, Trưởng thôn Đồng Lạc, được đánh giá cao.";
    assert_eq!(private(text), [("Giáp Văn Cường".to_string(), false)]);
}

#[test]
fn a_name_joined_to_a_private_persons_by_and_is_private_too() {
    let private = |text: &str| -> Vec<(String, bool)> {
        super::find_people(&Tokens::new(text))
            .into_iter()
            .filter_map(|f| Some((f.name?, f.private)))
            .collect()
    };
    let both = |a: &str, b: &str| vec![(a.to_string(), true), (b.to_string(), true)];
    // A pupil named after her noun, the next name joined by "và" with
    // none: both are private.
    assert_eq!(
        private("Đồn trao quà cho em Sùng A Vàng và Sùng Thị Dua, học sinh lớp 3."),
        both("Sùng A Vàng", "Sùng Thị Dua")
    );
    // Counted: "2 em", "hai cháu" open a list of private persons.
    assert_eq!(
        private("Đoàn tặng xe đạp cho 2 em Lò Văn Khiêm và Lò Thị Nga."),
        both("Lò Văn Khiêm", "Lò Thị Nga")
    );
    assert_eq!(
        private("Đoàn thăm hai cháu Hà Minh Quân và Hà Thu Trang."),
        both("Hà Minh Quân", "Hà Thu Trang")
    );
    // The second with a post, or a cue of its own, is no private person.
    assert_eq!(
        private("Đoàn thăm em Vi Văn Tư và ông Lục Văn Khải, Chủ tịch UBND xã."),
        [
            ("Vi Văn Tư".to_string(), true),
            ("Lục Văn Khải".to_string(), false)
        ]
    );
}

#[test]
fn a_veteran_of_the_revolution_named_for_a_claim_holds_no_post() {
    let r = crate::parse::parse_report(
        "tn.txt",
        "Chủ tịch UBND tỉnh tiếp công dân\n\nSáng 16/4, ông Đào Minh Khoa, Chủ tịch UBND tỉnh tiếp ông Vũ Đình Lạc, ở thôn Đông Cao. Ông Lạc mong tỉnh xét hồ sơ để cha ông, cụ Vũ Đình Thìn (SN 1915), đã mất, được công nhận là cán bộ tiền khởi nghĩa; cụ Hà Văn Tuất là cán bộ lão thành cách mạng đã được công nhận từ năm 2001.\n",
    );
    let names: Vec<&str> = r.officials.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names, ["Đào Minh Khoa"], "{:?}", r.officials);
    let people: Vec<&str> = r.people.iter().map(|m| m.name.as_str()).collect();
    assert!(people.contains(&"Vũ Đình Thìn"), "{:?}", r.people);
    assert!(people.contains(&"Hà Văn Tuất"), "{:?}", r.people);
}

#[test]
fn an_athlete_or_a_referee_named_by_the_noun_is_private() {
    // A medal or a match is no post: the athlete is named apart.
    let text = "Ở ván cuối, kỳ thủ Khổng Minh Đạt cầm quân trắng thắng gọn để giành HCV.";
    assert_eq!(private(text), [("Khổng Minh Đạt".to_string(), true)]);
    let text = "Trận chung kết do trọng tài Văn Đức Lượng điều khiển.";
    assert_eq!(private(text), [("Văn Đức Lượng".to_string(), true)]);
    // Each athlete of the list the noun opens, not only the first.
    let text = "Đội hình dự giải gồm tuyển thủ Mạc Văn Sang, Kiều Thị Hoa, Lã Đình Lộc.";
    assert!(private(text).iter().all(|(_, p)| *p), "{:?}", private(text));
    // A coach's noun is the coach's post; an athlete with a post stays an
    // official.
    let text = "HLV Tạ Quang Vinh đặt mục tiêu 3 HCV cho đội vật tỉnh Hòa Bình.";
    assert_eq!(private(text), [("Tạ Quang Vinh".to_string(), false)]);
    let text = "Tặng hoa VĐV Lục Văn Tâm, Phó Chủ tịch Hội Cựu chiến binh xã Đông Phú.";
    assert_eq!(private(text), [("Lục Văn Tâm".to_string(), false)]);
}

#[test]
fn one_given_an_award_or_a_gift_after_cho_is_private() {
    let text = "Thượng tá Lò Văn Hùng, Phó Trưởng Công an huyện Mường Lát trao Bằng khen và tiền thưởng cho ông Giàng A Páo do có thành tích bắt giữ kẻ trộm.";
    assert_eq!(
        private(text),
        [
            ("Lò Văn Hùng".to_string(), false),
            ("Giàng A Páo".to_string(), true)
        ]
    );
    // "đồng chí" after "cho" is left to the posts around it.
    let text = "Đoàn trao Huy chương cho đồng chí Vũ Văn Đạt, Bí thư Đảng ủy xã Yên Thái.";
    assert_eq!(private(text), [("Vũ Văn Đạt".to_string(), false)]);
    // A post written after the recipient's name keeps an official.
    let r = crate::parse::parse_report(
        "bk.txt",
        "Trao Bằng khen cho cơ sở\n\nChiều 3/5, bà Đặng Thị Lan, Phó Chủ tịch UBND huyện trao Bằng khen cho ông Mạc Văn Tiến, Chủ tịch UBND xã Tân Lập và tặng quà cho bà Hà Thị Sen ở bản Nà Tàu.\n",
    );
    let names: Vec<&str> = r.officials.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names, ["Đặng Thị Lan", "Mạc Văn Tiến"], "{:?}", r.officials);
    let people: Vec<&str> = r.people.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(people, ["Hà Thị Sen"]);
}

#[test]
fn names_called_suspects_or_victims_after_them_are_private() {
    let text = "Công an tỉnh xác định Đinh Văn Lực và Hà Thị Nguyệt (cùng ngụ huyện Krông Pắc) là nghi can chính của vụ án.";
    assert_eq!(
        private(text),
        [
            ("Đinh Văn Lực".to_string(), true),
            ("Hà Thị Nguyệt".to_string(), true)
        ]
    );
    let text = "Ông Triệu Quang Vinh là nạn nhân của vụ tai nạn.";
    assert_eq!(private(text), [("Triệu Quang Vinh".to_string(), true)]);
    // A post before the role keeps the one holding it.
    let text = "Ông Lê Hữu Tâm, Phó Chủ tịch UBND xã, là người dân tộc Tày.";
    assert_eq!(private(text), [("Lê Hữu Tâm".to_string(), false)]);
}

#[test]
fn a_degree_or_a_trade_alone_names_no_official() {
    let r = crate::parse::parse_report(
        "gl.txt",
        "Giao lưu về bầu cử\n\nTham dự có bà Vương Thị Hạnh, Giám đốc Sở Tư pháp; Luật sư Quách Văn Định, Đoàn Luật sư tỉnh và Tiến sĩ Khổng Minh Hải, nguyên Phó Chủ nhiệm Văn phòng Quốc hội.\n",
    );
    let names: Vec<&str> = r.officials.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(
        names,
        ["Vương Thị Hạnh", "Khổng Minh Hải"],
        "{:?}",
        r.officials
    );
    let people: Vec<&str> = r.people.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(people, ["Quách Văn Định"], "{:?}", r.people);
}

#[test]
fn one_placed_by_home_right_after_the_name_is_private() {
    assert_eq!(
        private("Ông Trần Văn Bình ở thôn 3, xã Hòa An cho biết gia đình rất vui khi nhận gạo."),
        [("Trần Văn Bình".to_string(), true)]
    );
    assert_eq!(
        private("Ông Trần Văn Bình, Chủ tịch UBND xã Hòa An, cho biết xã sẽ tiếp tục vận động."),
        [("Trần Văn Bình".to_string(), false)]
    );
}

#[test]
fn a_parent_a_memorial_honours_is_no_official_and_the_leader_is() {
    let cases = [
        (
            "Đoàn dâng hương tại Khu tưởng niệm cụ Lê Văn Thành - thân sinh của Chủ tịch Lê Minh Đạo.",
            "Lê Văn Thành",
            "Lê Minh Đạo",
        ),
        (
            "Đoàn đến thắp hương tại nhà thờ cụ Hồ Thị Nhạn, thân mẫu của đồng chí Phan Văn Dư.",
            "Hồ Thị Nhạn",
            "Phan Văn Dư",
        ),
    ];
    for (text, parent, leader) in cases {
        let got = private(text);
        assert!(
            !got.contains(&(parent.to_string(), false)),
            "{text}: {got:?}"
        );
        assert!(
            got.contains(&(leader.to_string(), false)),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn a_leader_s_spouse_named_beside_them_is_private() {
    let text = "Chủ tịch nước Lê Văn Hòa và Phu nhân Trần Thị Mai thăm cấp Nhà nước Singapore.";
    assert_eq!(
        private(text),
        [
            ("Lê Văn Hòa".to_string(), false),
            ("Trần Thị Mai".to_string(), true)
        ]
    );
    let text = "Thủ tướng Đỗ Minh Khang cùng Phu nhân Vũ Thị Hằng dẫn đầu đoàn.";
    assert_eq!(private(text)[1], ("Vũ Thị Hằng".to_string(), true));
    // A post written after the spouse's name is held: an official.
    let text = "Dự có Phu nhân Vũ Thị Hằng, Chủ tịch Hội Hữu nghị Việt Nam - Lào.";
    assert_eq!(private(text), [("Vũ Thị Hằng".to_string(), false)]);
}

#[test]
fn one_hurt_or_killed_right_after_the_name_is_private_and_a_post_keeps_an_official() {
    let r = crate::parse::parse_report(
        "tn.txt",
        "Va chạm giao thông trên tỉnh lộ 8\n\nChiều 4/5, xe tải va chạm với xe máy. Người ngồi sau là ông Phùng Văn Lực bị gãy chân, còn bà Vi Thị Nhàn và ông Lã Văn Cẩn đã tử vong. Người bị nạn là ông Đàm Văn Kha được đưa đi cấp cứu. Ông Khổng Văn Tài, Chủ tịch UBND xã Hồng Phong, cho biết xã đã thăm hỏi các gia đình.\n",
    );
    let names = |list: &[crate::model::Mention]| -> Vec<String> {
        list.iter().map(|m| m.name.to_string()).collect()
    };
    assert_eq!(names(&r.officials), ["Khổng Văn Tài"], "{:?}", r.officials);
    for name in ["Phùng Văn Lực", "Vi Thị Nhàn", "Lã Văn Cẩn", "Đàm Văn Kha"] {
        assert!(
            names(&r.people).contains(&name.to_string()),
            "{name}: {:?}",
            r.people
        );
    }
}

#[test]
fn one_named_after_a_clause_of_receiving_a_house_or_a_gift_is_private() {
    let cases = [
        (
            "Nhận căn nhà mới, bà Hoàng Thị Lụa xúc động cảm ơn các cấp.",
            "Hoàng Thị Lụa",
            true,
        ),
        (
            "Đón nhận phần quà, ông Nông Văn Thịnh bày tỏ niềm vui.",
            "Nông Văn Thịnh",
            true,
        ),
        // Receiving news is no gift: the one who acts on it stays.
        (
            "Nhận được tin báo, ông Ma Văn Quyết chỉ đạo lực lượng đến hiện trường.",
            "Ma Văn Quyết",
            false,
        ),
        // A post written with the name keeps an official.
        (
            "Nhận bằng khen, ông Triệu Văn Đông, Trưởng thôn Nà Lầu, cảm ơn.",
            "Triệu Văn Đông",
            false,
        ),
    ];
    for (text, name, is_private) in cases {
        assert_eq!(private(text)[0], (name.to_string(), is_private), "{text}");
    }
}
