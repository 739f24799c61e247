use super::*;

fn people(text: &str) -> Vec<(String, Vec<String>)> {
    let t = Tokens::new(text);
    find_people(&t)
        .into_iter()
        .filter_map(|f| Some((f.name?, f.titles)))
        .collect()
}

fn one(name: &str, titles: &[&str]) -> (String, Vec<String>) {
    (
        name.to_string(),
        titles
            .iter()
            .map(std::string::ToString::to_string)
            .collect(),
    )
}

#[test]
fn name_before_titles_with_dash_comma_or_parenthesis() {
    assert_eq!(
        people("Đồng chí Trịnh Văn Lộc – Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Dân vận Tỉnh ủy chủ trì."),
        [one("Trịnh Văn Lộc", &["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng ban Dân vận Tỉnh ủy"])]
    );
    assert_eq!(
        people("Ông Nguyễn Văn Tám, Phó Chủ tịch UBND tỉnh cho biết kết quả."),
        [one("Nguyễn Văn Tám", &["Phó Chủ tịch UBND tỉnh"])]
    );
    assert_eq!(
        people("Theo bà Trần Thị Bích – Chủ tịch Hội LHPN tỉnh, phong trào lan tỏa."),
        [one("Trần Thị Bích", &["Chủ tịch Hội LHPN tỉnh"])]
    );
    assert_eq!(
        people("đồng chí Phan Thanh Tùng (Bí thư Huyện ủy) phát biểu."),
        [one("Phan Thanh Tùng", &["Bí thư Huyện ủy"])]
    );
}

#[test]
fn name_after_titles_with_or_without_cue() {
    assert_eq!(
        people("Phát biểu kết luận, Trưởng ban Dân vận Trung ương Bùi Thanh Hải đánh giá cao."),
        [one("Bùi Thanh Hải", &["Trưởng ban Dân vận Trung ương"])]
    );
    assert_eq!(
        people("đồng chí Phó Bí thư Thường trực Huyện ủy Hồ Văn Kha ghi nhận kết quả."),
        [one("Hồ Văn Kha", &["Phó Bí thư Thường trực Huyện ủy"])]
    );
    assert_eq!(
        people("Đồng chí Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Lâm Thị Hồng chủ trì."),
        [one(
            "Lâm Thị Hồng",
            &["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"]
        )]
    );
}

#[test]
fn a_shared_title_goes_to_every_member_of_the_list() {
    let got = people(
        "Dự có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Vương Đình Huệ, Trưởng Ban Tổ chức Tỉnh ủy; Giang Thị Thu, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và đồng chí Lưu Quang Vinh, Phó Chủ tịch UBND tỉnh.",
    );
    assert_eq!(
        got,
        [
            one(
                "Vương Đình Huệ",
                &[
                    "Ủy viên Ban Thường vụ Tỉnh ủy",
                    "Trưởng Ban Tổ chức Tỉnh ủy"
                ]
            ),
            one(
                "Giang Thị Thu",
                &[
                    "Ủy viên Ban Thường vụ Tỉnh ủy",
                    "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"
                ]
            ),
            one("Lưu Quang Vinh", &["Phó Chủ tịch UBND tỉnh"]),
        ]
    );
}

#[test]
fn lists_with_colon_and_names_only() {
    let got = people(
        "Tham dự có các đồng chí: Tô Văn Bảy - Bí thư Đảng ủy xã; Quách Thị Mơ - Chủ tịch UBND xã.",
    );
    assert_eq!(
        got,
        [
            one("Tô Văn Bảy", &["Bí thư Đảng ủy xã"]),
            one("Quách Thị Mơ", &["Chủ tịch UBND xã"])
        ]
    );
    let got = people("cùng các đồng chí Đặng Văn Hùng, Triệu Thị Lan và Chu Đức Anh.");
    assert_eq!(got.len(), 3);
}

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
fn a_title_alone_is_not_a_person() {
    assert!(people(
        "Tham dự có đồng chí Thường trực UBMTTQ Việt Nam huyện, các hội, đoàn thể huyện."
    )
    .is_empty());
    assert!(people("Đồng chí Bí thư Thành ủy đề nghị các cấp tiếp tục.").is_empty());
    assert!(people("các đồng chí Phó Trưởng ban, lãnh đạo, chuyên viên các phòng.").is_empty());
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
fn lower_case_title_head_and_tt() {
    assert_eq!(
        people("Đồng chí Lê Thanh Tâm, phó bí thư TT Huyện ủy chủ trì hội nghị."),
        [one("Lê Thanh Tâm", &["Phó Bí thư Thường trực Huyện ủy"])]
    );
}

#[test]
fn thousands_of_names_and_odd_text_do_not_panic() {
    let list: Vec<String> = (0..3000)
        .map(|i| format!("Nguyễn Văn A{i}, Bí thư Chi bộ"))
        .collect();
    let text = format!("Dự có các đồng chí: {}.", list.join("; "));
    let _ = people(&text);
    let _ = people(&"Đồng chí ".repeat(5000));
    let _ = people("đồng chí : , ; – ( ) các đồng chí Ủy viên: ; và");
}

#[test]
fn a_title_phrase_does_not_swallow_the_name_after_it() {
    let got = people("Đồng chí Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Đoàn Đức Tuấn chủ trì hội nghị.");
    assert_eq!(
        got,
        [one(
            "Đoàn Đức Tuấn",
            &["Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"]
        )]
    );
}

// One test per class of title and name the parser reads; the sentences are
// written for these tests in the manner of provincial papers and party portals.

#[test]
fn class1_titles_run_across_organ_names() {
    let cases = [
        (
            "Đồng chí Hà Minh Khôi, Phó Giám đốc Sở Lao động, Thương binh và Xã hội, báo cáo tình hình.",
            "Hà Minh Khôi",
            "Phó Giám đốc Sở Lao động, Thương binh và Xã hội",
        ),
        (
            "Trưởng phòng Cảnh sát kinh tế Công an tỉnh Đặng Văn Lực cho biết thêm.",
            "Đặng Văn Lực",
            "Trưởng phòng Cảnh sát kinh tế Công an tỉnh",
        ),
        (
            "Giám đốc Trung tâm Y tế huyện Lò Thị Hương trình bày báo cáo.",
            "Lò Thị Hương",
            "Giám đốc Trung tâm Y tế huyện",
        ),
        (
            "Phó Trưởng phòng Dân tộc và Tôn giáo Vi Văn Thắm phát biểu.",
            "Vi Văn Thắm",
            "Phó Trưởng phòng Dân tộc và Tôn giáo",
        ),
        (
            "Hội nghị có Phó Trưởng ban Tổ chức T.Ư Mai Văn Chính.",
            "Mai Văn Chính",
            "Phó Trưởng ban Tổ chức T.Ư",
        ),
        (
            "Bí thư Thành ủy TP.HCM Phan Đức Thịnh thăm hỏi bà con.",
            "Phan Đức Thịnh",
            "Bí thư Thành ủy TP.HCM",
        ),
        (
            "Thứ trưởng Bộ NN&PTNT Hoàng Trung Kiên kiểm tra đê điều.",
            "Hoàng Trung Kiên",
            "Thứ trưởng Bộ NN&PTNT",
        ),
        (
            "Đồng chí Lương Thị Hạnh, Phó Trưởng ban Thường trực Ban Tuyên giáo và Dân vận Trung ương phát biểu.",
            "Lương Thị Hạnh",
            "Phó Trưởng ban Thường trực Ban Tuyên giáo và Dân vận Trung ương",
        ),
        (
            "Ông Kim Văn Sáu, Phó Tư lệnh Quân khu 7, cùng dự.",
            "Kim Văn Sáu",
            "Phó Tư lệnh Quân khu 7",
        ),
        (
            "Ông Tạ Quang Vinh, Trưởng Ban Kinh tế Trung ương, dự buổi làm việc.",
            "Tạ Quang Vinh",
            "Trưởng Ban Kinh tế Trung ương",
        ),
    ];
    for (text, name, title) in cases {
        assert_eq!(people(text), [one(name, &[title])], "{text}");
    }
}

#[test]
fn class2_a_chain_is_read_whole_whatever_its_links() {
    assert_eq!(
        people("Đồng chí Trương Quốc Bình, Ủy viên dự khuyết T.Ư Đảng, Bí thư Tỉnh ủy Quảng Bình, Trưởng đoàn ĐBQH tỉnh phát biểu chỉ đạo."),
        [one(
            "Trương Quốc Bình",
            &["Ủy viên dự khuyết T.Ư Đảng", "Bí thư Tỉnh ủy Quảng Bình", "Trưởng đoàn ĐBQH tỉnh"]
        )]
    );
    assert_eq!(
        people("Ủy viên Ban Thường vụ Tỉnh ủy; Phó Chủ tịch Thường trực HĐND tỉnh Lưu Văn Sáu dự."),
        [one(
            "Lưu Văn Sáu",
            &[
                "Ủy viên Ban Thường vụ Tỉnh ủy",
                "Phó Chủ tịch Thường trực HĐND tỉnh"
            ]
        )]
    );
    assert_eq!(
        people("Bà Cao Thị Yến - Thành ủy viên - Bí thư Quận ủy chủ trì."),
        [one("Cao Thị Yến", &["Thành ủy viên", "Bí thư Quận ủy"])]
    );
}

#[test]
fn class3_ranks_and_modifiers_are_part_of_titles() {
    assert_eq!(
        people("Đại tá Nguyễn Đức Vinh, Chính ủy Bộ Chỉ huy Quân sự tỉnh, trao quà."),
        [one(
            "Nguyễn Đức Vinh",
            &["Đại tá", "Chính ủy Bộ Chỉ huy Quân sự tỉnh"]
        )]
    );
    assert_eq!(
        people("Đại tá Chính ủy Bộ CHQS tỉnh Kiều Văn Hòa cùng dự."),
        [one("Kiều Văn Hòa", &["Đại tá", "Chính ủy Bộ CHQS tỉnh"])]
    );
    assert_eq!(
        people("Ông Phạm Bá Lộc, nguyên Phó Chủ tịch UBND tỉnh, chia sẻ kinh nghiệm."),
        [one("Phạm Bá Lộc", &["nguyên Phó Chủ tịch UBND tỉnh"])]
    );
    assert_eq!(
        people("Đồng chí Lại Thế Hùng, Ủy viên (dự khuyết) Ban Chấp hành Trung ương Đảng khóa XIII, Phó Bí thư Thường trực Tỉnh ủy."),
        [one(
            "Lại Thế Hùng",
            &[
                "Ủy viên (dự khuyết) Ban Chấp hành Trung ương Đảng khóa XIII",
                "Phó Bí thư Thường trực Tỉnh ủy"
            ]
        )]
    );
    assert_eq!(
        people("Quyền Chủ tịch UBND huyện Đỗ Anh Tú phụ trách buổi đối thoại."),
        [one("Đỗ Anh Tú", &["Quyền Chủ tịch UBND huyện"])]
    );
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
fn class5_each_title_of_a_run_goes_to_the_name_after_it() {
    // "Nhữ" is in no list of family names.
    let got = people(
        "Cùng dự có Bí thư Tỉnh ủy Lê Quang Định, Chủ tịch UBND tỉnh Nhữ Văn Tâm, \
         Trưởng ban Dân vận Tỉnh ủy Đinh Thị Hoa.",
    );
    assert_eq!(
        got,
        [
            one("Lê Quang Định", &["Bí thư Tỉnh ủy"]),
            one("Nhữ Văn Tâm", &["Chủ tịch UBND tỉnh"]),
            one("Đinh Thị Hoa", &["Trưởng ban Dân vận Tỉnh ủy"]),
        ]
    );
    assert_eq!(
        people("Thừa ủy quyền của Chủ tịch nước, Thiếu tướng Đàm Văn Khiêm, Giám đốc Công an tỉnh trao huân chương."),
        [one("Đàm Văn Khiêm", &["Thiếu tướng", "Giám đốc Công an tỉnh"])]
    );
    assert_eq!(
        people("Thừa ủy quyền của Chủ tịch nước Võ Văn Minh, Đại tá Lê Hữu Tài trao huân chương."),
        [
            one("Võ Văn Minh", &["Chủ tịch nước"]),
            one("Lê Hữu Tài", &["Đại tá"])
        ]
    );
    assert_eq!(
        people("Thừa ủy quyền của Chủ tịch nước, Phó Thủ tướng Trần Quốc Bảo trao huân chương."),
        [one("Trần Quốc Bảo", &["Chủ tịch nước", "Phó Thủ tướng"])]
    );
    let got =
        people("Tham dự có các Phó Bí thư Đảng ủy xã Hồ Văn Nhân, Trần Thị Vân, Lý Minh Sang.");
    assert!(
        got.len() == 3 && got.iter().all(|p| p.1 == ["Phó Bí thư Đảng ủy xã"]),
        "{got:?}"
    );
    let got = people(
        "Cùng dự có các đồng chí Nông Văn Dũng, Bế Thị Hằng, Âu Văn Khải - Phó Trưởng Ban Dân vận Tỉnh ủy.",
    );
    assert!(
        got.len() == 3
            && got
                .iter()
                .all(|p| p.1 == ["Phó Trưởng Ban Dân vận Tỉnh ủy"]),
        "{got:?}"
    );
}

#[test]
fn class6_abbreviated_titles_are_kept_as_written_and_spelled_out() {
    assert_eq!(
        people("Bà Vũ Thị Lan - UVBTV Huyện ủy, PCT UBND huyện, cho biết."),
        [one("Vũ Thị Lan", &["UVBTV Huyện ủy", "PCT UBND huyện"])]
    );
    assert_eq!(
        people("Ông Kha Văn Sinh, TUV, Bí thư ĐU xã, CT.HĐND xã dự."),
        [one("Kha Văn Sinh", &["TUV", "Bí thư ĐU xã", "CT.HĐND xã"])]
    );
    let report = crate::parse::parse_report(
        "x.txt",
        "Hội nghị dân vận\n\nĐồng chí Mạc Văn Tuấn, Phó Chủ tịch UBND tỉnh, Giám đốc Sở Y tế phát biểu.\n",
    );
    let m = &report.officials[0];
    assert_eq!(m.titles, ["Phó Chủ tịch UBND tỉnh", "Giám đốc Sở Y tế"]);
    assert_eq!(
        m.expanded(),
        ["Phó Chủ tịch Ủy ban nhân dân tỉnh", "Giám đốc Sở Y tế"]
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
fn hostile_paragraphs_of_ten_thousand_tokens_end() {
    let pieces = [
        "Bí thư Tỉnh ủy, ",
        "Nguyễn Văn An ",
        "Ủy viên Ban Thường vụ ",
        "các Phó Chủ tịch ",
        "Lao động, Thương binh và ",
        "Đại tá ",
        "( dự khuyết ",
        "Quảng Bình – ",
        "kiêm ",
        "TP.HCM & ",
        "Xyz Abc Def Ghi ",
        "nguyên nguyên nguyên ",
        "giữ chức vụ ",
        "(54 tuổi), ",
        "UB. MTTQ ",
        ", các đoàn thể ",
        "là Lê Văn A, ",
        "Oh-Sae-Hyun ",
        "hộ bà ",
        "Hòa thượng ",
        "cán bộ - ",
    ];
    for (n, p) in pieces.iter().enumerate() {
        let mixed: String = (0..2500)
            .map(|k| pieces[(k * 7 + n) % pieces.len()])
            .collect();
        for text in [p.repeat(10_000 / p.split(' ').count().max(1)), mixed] {
            let found = people(&text);
            assert!(found.len() <= text.len(), "{p}");
        }
    }
}

#[test]
fn a_title_given_by_a_verb_phrase_goes_to_the_people_named() {
    assert_eq!(
        people("Hội nghị chỉ định đồng chí Hà Thị Lụa giữ chức vụ Chủ tịch Hội Nông dân xã."),
        [one("Hà Thị Lụa", &["Chủ tịch Hội Nông dân xã"])]
    );
    let got = people(
        "Các đồng chí Mai Văn Lực và Tạ Thị Hồng giữ chức vụ Phó Chủ tịch Hội Cựu chiến binh phường.",
    );
    assert!(
        got.len() == 2
            && got
                .iter()
                .all(|p| p.1 == ["Phó Chủ tịch Hội Cựu chiến binh phường"]),
        "{got:?}"
    );
    assert_eq!(
        people("UBND tỉnh bổ nhiệm ông Khúc Văn Hải làm Giám đốc Sở Xây dựng."),
        [one("Khúc Văn Hải", &["Giám đốc Sở Xây dựng"])]
    );
}

#[test]
fn a_shared_title_before_la_goes_to_every_name_of_the_list() {
    let got = people(
        "Thủ tướng bổ nhiệm hai Ủy viên Ban Chấp hành Trung ương Đảng là Lò Văn Tiến và Hà Minh Đức làm Thứ trưởng.",
    );
    assert!(
        got.len() == 2
            && got
                .iter()
                .all(|p| p.1[0] == "Ủy viên Ban Chấp hành Trung ương Đảng"),
        "{got:?}"
    );
}

#[test]
fn a_note_in_brackets_does_not_hide_the_title() {
    assert_eq!(
        people("Được thăng hàm gồm ông Đặng Văn Viện (55 tuổi), Giám đốc Công an tỉnh; ông Lý Văn Sở (51 tuổi), Cục trưởng."),
        [
            one("Đặng Văn Viện", &["Giám đốc Công an tỉnh"]),
            one("Lý Văn Sở", &["Cục trưởng"])
        ]
    );
}

#[test]
fn households_are_marked_private_unless_titled() {
    let t = crate::parse::tokens::Tokens::new(
        "Trao nhà cho hộ bà Lù Thị Dín và gia đình ông Vàng A Sử; ông Lò Văn Pọm, Trưởng bản, dự.",
    );
    let found = find_people(&t);
    let private: Vec<_> = found
        .iter()
        .map(|f| (f.name.clone().unwrap_or_default(), f.private))
        .collect();
    assert_eq!(
        private,
        [
            ("Lù Thị Dín".to_string(), true),
            ("Vàng A Sử".to_string(), true),
            ("Lò Văn Pọm".to_string(), false)
        ]
    );
}

#[test]
fn old_tone_marks_and_constitutional_offices_are_titles() {
    assert_eq!(
        people("Đồng chí Hà Thị Lan, Quận uỷ viên, Chủ tịch Hội LHPN quận phát biểu."),
        [one(
            "Hà Thị Lan",
            &["Quận uỷ viên", "Chủ tịch Hội LHPN quận"]
        )]
    );
}

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
    let got = people("Linh mục Phạm Văn Tuệ, Chánh xứ, phát biểu.");
    assert!(
        got.len() == 1 && got[0].0 == "Phạm Văn Tuệ" && got[0].1[0] == "Linh mục",
        "{got:?}"
    );
}

#[test]
fn a_chain_before_a_name_keeps_every_title() {
    assert_eq!(
        people(
            "Ủy viên Trung ương Đảng, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Cần Thơ Đỗ Thanh Bình phát biểu."
        ),
        [one(
            "Đỗ Thanh Bình",
            &[
                "Ủy viên Trung ương Đảng",
                "Phó Bí thư Thành ủy",
                "Chủ tịch UBND thành phố Cần Thơ"
            ]
        )]
    );
    assert_eq!(
        people(
            "Tham dự có đồng chí Lưu Văn Mạnh, Thường vụ Tỉnh ủy - Phó Chủ tịch Thường trực UBND tỉnh."
        ),
        [one(
            "Lưu Văn Mạnh",
            &["Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực UBND tỉnh"]
        )]
    );
    let t = crate::parse::tokens::Tokens::new("Ông Hồ Văn Đức (H’Mông) và bà H’Lan Niê dự.");
    let got: Vec<_> = find_people(&t).into_iter().filter_map(|f| f.name).collect();
    assert!(got.contains(&"H’Lan Niê".to_string()), "{got:?}");
}

#[test]
fn a_rank_after_an_office_and_foreign_honorifics_join_the_chain() {
    assert_eq!(
        people("Bộ trưởng Bộ Quốc phòng Đại tướng Lê Văn Hòa dự lễ."),
        [one("Lê Văn Hòa", &["Bộ trưởng Bộ Quốc phòng", "Đại tướng"])]
    );
    let got =
        people("Hội kiến Thủ tướng Vương quốc Campuchia Samdech Techo Kem Sokha tại Phnom Penh.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Kem Sokha");
    assert!(
        got[0]
            .1
            .contains(&"Thủ tướng Vương quốc Campuchia".to_string()),
        "{got:?}"
    );
    assert_eq!(
        people("Bà Lê Thị Tư là Chi hội trưởng Chi hội Phụ nữ thôn Đông."),
        [one(
            "Lê Thị Tư",
            &["Chi hội trưởng Chi hội Phụ nữ thôn Đông"]
        )]
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
fn victims_suspects_and_residents_without_a_title_are_private() {
    let t = Tokens::new("Nạn nhân là anh Đặng Văn Lực (27 tuổi, trú thôn 4) được đưa đi cấp cứu; tài xế là ông Vi Văn Sơn.");
    let found = find_people(&t);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found.iter().all(|f| f.private), "{found:?}");
    let t = Tokens::new("Bà Lù Thị Dung, một người dân trong bản, phấn khởi cho biết.");
    assert!(find_people(&t).iter().all(|f| f.private));
    let t = Tokens::new("Ông Hoàng Văn Chiến (58 tuổi), Trưởng bản Nà Sài cho biết.");
    let found = find_people(&t);
    assert!(found.len() == 1 && !found[0].private, "{found:?}");
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
fn a_dash_between_a_title_and_its_holder() {
    assert_eq!(
        people("Phó Chủ tịch Hội LHPN tỉnh - Đỗ Thị Thu Hằng điều hành phiên bế mạc."),
        [one("Đỗ Thị Thu Hằng", &["Phó Chủ tịch Hội LHPN tỉnh"])]
    );
    assert_eq!(
        people("Chủ tịch UBND huyện – ông Lê Văn Tâm trao cờ thi đua."),
        [one("Lê Văn Tâm", &["Chủ tịch UBND huyện"])]
    );
}

#[test]
fn a_home_in_brackets_marks_a_private_person() {
    let t = Tokens::new(
        "Hội bàn giao nhà cho hai hội viên gồm bà Lê Thị Hoa (12/4 Trần Phú) và bà Trần Thị Mai (thôn Đông).",
    );
    let found = find_people(&t);
    assert!(!found.is_empty());
    assert!(found.iter().all(|f| f.private), "{found:?}");
    let t = Tokens::new("Trao giấy khen cho ông Đinh Văn Lâm (xã Hà Tây), người có uy tín.");
    assert!(find_people(&t).iter().all(|f| f.private));
    // A title in brackets is a title, not a home.
    let t = Tokens::new("Ông Lê Văn Tâm (Chủ tịch UBND xã) phát biểu.");
    assert!(find_people(&t).iter().all(|f| !f.private));
}

#[test]
fn a_counted_title_before_a_colon_goes_to_every_cued_member() {
    assert_eq!(
        people("Đi cùng có hai Phó Bí thư Huyện ủy: ông Đặng Văn Lợi (Chủ tịch UBND huyện), bà Triệu Thị Hoa và ông Lương Minh Đức."),
        [
            one("Đặng Văn Lợi", &["Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"]),
            one("Triệu Thị Hoa", &["Phó Bí thư Huyện ủy"]),
            one("Lương Minh Đức", &["Phó Bí thư Huyện ủy"]),
        ]
    );
    assert_eq!(
        people("Có mặt các Phó Chủ tịch UBND thành phố: ông Mai Văn Quý, bà Đoàn Thị Xuân."),
        [
            one("Mai Văn Quý", &["Phó Chủ tịch UBND thành phố"]),
            one("Đoàn Thị Xuân", &["Phó Chủ tịch UBND thành phố"]),
        ]
    );
    // Without a shared title, cued people stay apart.
    assert_eq!(
        people("Tham dự có ông Mai Văn Quý, Giám đốc Sở Tài chính, bà Đoàn Thị Xuân."),
        [
            one("Mai Văn Quý", &["Giám đốc Sở Tài chính"]),
            one("Đoàn Thị Xuân", &[]),
        ]
    );
}

#[test]
fn an_inspection_or_working_delegation_is_not_a_person() {
    assert_eq!(
        people("Đồng chí Hồ Văn Phúc, Phó Bí thư Tỉnh ủy làm trưởng đoàn Đoàn Kiểm tra của Ban Thường vụ Tỉnh ủy."),
        [one("Hồ Văn Phúc", &["Phó Bí thư Tỉnh ủy"])]
    );
    assert!(people("Trưởng đoàn Đoàn Giám sát số 2 làm việc tại xã.").is_empty());
    assert!(people("Phó trưởng đoàn Đoàn Công tác của Huyện ủy thăm hỏi.").is_empty());
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
fn the_head_of_a_delegation_keeps_its_kind() {
    assert_eq!(
        people("Phó Trưởng Đoàn Giám sát Mạc Thị Huệ báo cáo kết quả."),
        [one("Mạc Thị Huệ", &["Phó Trưởng Đoàn Giám sát"])]
    );
    assert_eq!(
        people("Trưởng Đoàn công tác Triệu Văn Lâm phát biểu."),
        [one("Triệu Văn Lâm", &["Trưởng Đoàn công tác"])]
    );
    assert_eq!(
        people("Đồng chí Triệu Văn Lâm, Trưởng Đoàn khảo sát phát biểu."),
        [one("Triệu Văn Lâm", &["Trưởng Đoàn khảo sát"])]
    );
}

#[test]
fn a_title_right_after_cac_dong_chi_is_every_members_unless_they_have_their_own() {
    assert_eq!(
        people("Dự có các đồng chí Phó Chủ tịch UBND huyện Triệu Văn Khoa và Hứa Thị Lan."),
        [
            one("Triệu Văn Khoa", &["Phó Chủ tịch UBND huyện"]),
            one("Hứa Thị Lan", &["Phó Chủ tịch UBND huyện"]),
        ]
    );
    assert_eq!(
        people(
            "Dự có các đồng chí Bí thư Huyện ủy Triệu Văn Khoa, Chủ tịch UBND huyện Hứa Thị Lan."
        ),
        [
            one("Triệu Văn Khoa", &["Bí thư Huyện ủy"]),
            one("Hứa Thị Lan", &["Chủ tịch UBND huyện"]),
        ]
    );
}

#[test]
fn names_after_one_cued_name_are_a_list() {
    assert_eq!(
        people("Huyện khen thưởng ông Đàm Văn Tiến, Ma Thị Liên vì gương dân vận khéo"),
        [one("Đàm Văn Tiến", &[]), one("Ma Thị Liên", &[])]
    );
    // A place after the name is no second person.
    assert_eq!(
        people("Gia đình bà Đàm Thị Tươi, Cao Bằng nhận quà."),
        [one("Đàm Thị Tươi", &[])]
    );
}

#[test]
fn leaders_remembered_after_their_death_hold_no_office() {
    assert_eq!(
        people("Lễ kỷ niệm 110 năm ngày sinh cố Tổng Bí thư Lê Văn An. Dự lễ có Phó Chủ tịch nước Trần Thị Bình."),
        [one("Trần Thị Bình", &["Phó Chủ tịch nước"])]
    );
    assert_eq!(
        people("Kỷ niệm 130 năm Ngày sinh Chủ tịch Nguyễn Văn Cừ, Bí thư Tỉnh ủy Lê Minh Hải dâng hương."),
        [one("Lê Minh Hải", &["Bí thư Tỉnh ủy"])]
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
fn notes_between_commas_posts_given_by_a_verb_and_unknown_abbreviations() {
    assert_eq!(
        people("Ông Trần Văn Phúc, 51 tuổi, Phó Bí thư Huyện ủy được bầu làm Chủ tịch UBND huyện."),
        [one(
            "Trần Văn Phúc",
            &["Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"]
        )]
    );
    assert_eq!(
        people("Tỉnh ủy điều động ông Lê Minh Tâm, 45 tuổi, quê huyện Đức Thọ, Phó Trưởng ban Tổ chức Tỉnh ủy làm Bí thư Huyện ủy."),
        [one("Lê Minh Tâm", &["Phó Trưởng ban Tổ chức Tỉnh ủy", "Bí thư Huyện ủy"])]
    );
    assert_eq!(
        people("Bộ công bố quyết định bổ nhiệm Thượng tá Hoàng Văn Nam - Phó Giám đốc Công an tỉnh Hà Tĩnh giữ chức vụ Giám đốc Công an tỉnh Quảng Trị."),
        [one(
            "Hoàng Văn Nam",
            &["Thượng tá", "Phó Giám đốc Công an tỉnh Hà Tĩnh", "Giám đốc Công an tỉnh Quảng Trị"]
        )]
    );
    assert_eq!(
        people("Dự có đồng chí Phạm Văn Khoa, HUVC, Phó Chủ tịch UBND huyện."),
        [one("Phạm Văn Khoa", &["HUVC", "Phó Chủ tịch UBND huyện"])]
    );
}

#[test]
fn the_state_s_full_name_is_part_of_an_office() {
    assert_eq!(
        people(
            "Đồng chí Trần Văn Minh, Phó Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam, dự lễ."
        ),
        [one(
            "Trần Văn Minh",
            &["Phó Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam"]
        )]
    );
}

#[test]
fn a_given_name_alone_adds_a_post_to_the_one_person_named_in_full() {
    let r = crate::parse::parse_report(
        "a.txt",
        "Bầu Bí thư phường mới\n\nBà Lê Thị Hoa giữ chức Bí thư Đảng ủy phường. Trước đó, bà Hoa là Phó Bí thư Huyện ủy.",
    );
    let titles: Vec<&str> = r.officials[0].titles.iter().map(String::as_str).collect();
    assert_eq!(titles, ["Bí thư Đảng ủy phường", "Phó Bí thư Huyện ủy"]);
    // Two people with that given name: the post is no one's.
    let r = crate::parse::parse_report(
        "b.txt",
        "Tin nhân sự\n\nÔng Lê Văn Hùng, Bí thư Huyện ủy và ông Trần Quốc Hùng, Chủ tịch UBND huyện dự. Trước đó, ông Hùng là Phó Bí thư Huyện ủy.",
    );
    assert!(
        r.officials.iter().all(|m| m.titles.len() == 1),
        "{:?}",
        r.officials
    );
}

#[test]
fn dismissals_written_post_first_and_a_career_after_he_or_she() {
    assert_eq!(
        people("HĐND huyện miễn nhiệm chức vụ Phó Chủ tịch UBND huyện đối với ông Trần Văn Bảo."),
        [one("Trần Văn Bảo", &["Phó Chủ tịch UBND huyện"])]
    );
    let r = crate::parse::parse_report(
        "c.txt",
        "Huyện có tân Chủ tịch\n\nÔng Nguyễn Minh Đức được bầu làm Chủ tịch UBND huyện.\n\nÔng từng giữ các chức vụ: Trưởng phòng Nội vụ, Bí thư xã Tân Lập, Phó Chủ tịch UBND huyện.",
    );
    let titles: Vec<&str> = r.officials[0].titles.iter().map(String::as_str).collect();
    assert_eq!(
        titles,
        [
            "Chủ tịch UBND huyện",
            "Trưởng phòng Nội vụ",
            "Bí thư xã Tân Lập",
            "Phó Chủ tịch UBND huyện"
        ]
    );
}

#[test]
fn offices_with_a_wrong_tone_mark_and_mass_organisation_boards() {
    assert_eq!(
        people("Dự có đồng chí Lò Văn Páo - Bí thu Đảng ủy xã và các ban ngành."),
        [one("Lò Văn Páo", &["Bí thu Đảng ủy xã"])]
    );
    assert_eq!(
        people("Thượng tá Lê Văn Tùng, Chi huy trưởng Ban CHQS huyện phát biểu."),
        [one(
            "Lê Văn Tùng",
            &["Thượng tá", "Chi huy trưởng Ban CHQS huyện"]
        )]
    );
    assert_eq!(
        people("Bà Trần Thị Lan, Phó Trưởng Ban Công tác Dân tộc Tôn giáo và Hội quần chúng Ủy ban MTTQ tỉnh dự."),
        [one(
            "Trần Thị Lan",
            &["Phó Trưởng Ban Công tác Dân tộc Tôn giáo và Hội quần chúng Ủy ban MTTQ tỉnh"]
        )]
    );
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
fn bare_names_closed_by_và_share_the_title_of_the_first() {
    let t = "Đoàn thăm nguyên Phó Chủ tịch UBND tỉnh Lâm Văn Sáu (Sáu Hùng), Đỗ Văn Bảy và Phan Thị Tư.";
    let title = ["nguyên Phó Chủ tịch UBND tỉnh"];
    assert_eq!(
        people(t),
        [
            one("Lâm Văn Sáu", &title),
            one("Đỗ Văn Bảy", &title),
            one("Phan Thị Tư", &title)
        ]
    );
    // Two names alone may not share it, nor a name with a title of its own.
    assert_eq!(
        people("Bí thư Tỉnh ủy Lê Văn Tám và Nguyễn Văn Bình trao quà."),
        [one("Lê Văn Tám", &["Bí thư Tỉnh ủy"])]
    );
    assert_eq!(
        people("Bí thư Tỉnh ủy Lê Văn Tám, Đỗ Văn Bảy và Trần Thị Hoa, Chủ tịch UBND tỉnh, dự."),
        [
            one("Lê Văn Tám", &["Bí thư Tỉnh ủy"]),
            one("Trần Thị Hoa", &["Chủ tịch UBND tỉnh"])
        ]
    );
}

#[test]
fn a_post_given_after_two_cued_names_is_both_posts() {
    assert_eq!(
        people("Hai ông Lù Văn Pao và Đinh Văn Chiến được bầu làm Phó Bí thư Huyện ủy."),
        [
            one("Lù Văn Pao", &["Phó Bí thư Huyện ủy"]),
            one("Đinh Văn Chiến", &["Phó Bí thư Huyện ủy"])
        ]
    );
}

#[test]
fn the_dead_visited_or_remembered_hold_no_office() {
    assert!(people("Đoàn đến viếng nguyên Chủ tịch UBND tỉnh Đặng Văn Hòa.").is_empty());
    assert!(people("Lễ tưởng niệm nguyên Bí thư Tỉnh ủy Hồ Văn Mười.").is_empty());
}

#[test]
fn citizens_named_by_anh_chị_a_hamlet_or_an_initial_are_private() {
    let private = |s: &str| {
        let t = Tokens::new(s);
        let found = find_people(&t);
        !found.is_empty() && found.iter().all(|f| f.private)
    };
    assert!(private(
        "Đối tượng lấy trộm xe máy của chị Trần Thị Mỹ Duyên rồi bỏ trốn."
    ));
    assert!(private(
        "Khởi công nhà cho bà Lê Thị Tám, ấp Bàu Sen (Tân Hòa)."
    ));
    assert!(private("Trao nhà cho ông Đỗ Văn Lý - Ấp Hòa Bình."));
    assert!(private(
        "Anh Nguyễn Văn T. (SN 1995, trú phường Bình Đa) điều khiển xe máy."
    ));
    // With a title the same cue names an official.
    assert!(!private("Anh Lò Văn Sinh, Bí thư Đoàn xã, cho biết."));
}

#[test]
fn kiêm_after_a_comma_opens_one_more_post() {
    assert_eq!(
        people("Đại đức Thích Minh Hải, Phó Trưởng ban kiêm Chánh Thư ký Ban Trị sự, kiêm Trưởng ban Hướng dẫn Phật tử GHPGVN tỉnh phát biểu."),
        [one(
            "Thích Minh Hải",
            &[
                "Đại đức",
                "Phó Trưởng ban kiêm Chánh Thư ký Ban Trị sự",
                "Trưởng ban Hướng dẫn Phật tử GHPGVN tỉnh"
            ]
        )]
    );
}

#[test]
fn a_local_post_after_the_head_of_state_is_the_one_who_acts() {
    assert_eq!(
        people("Thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy Lê Văn Cường trao Huân chương."),
        [one("Lê Văn Cường", &["Bí thư Tỉnh ủy"])]
    );
}

#[test]
fn an_office_after_ban_names_the_board() {
    assert_eq!(
        people("Thay mặt Ban Giám đốc Công an tỉnh, Thượng tá Đỗ Văn Tâm, Phó Giám đốc Công an tỉnh trao quà."),
        [one("Đỗ Văn Tâm", &["Thượng tá", "Phó Giám đốc Công an tỉnh"])]
    );
}

#[test]
fn the_family_of_a_comrade_is_private() {
    let t = Tokens::new("Lãnh đạo tỉnh trao quà cho gia đình đồng chí Hà Văn Lực.");
    let found = find_people(&t);
    assert!(found.len() == 1 && found[0].private, "{found:?}");
}

#[test]
fn a_chain_of_titles_before_là_is_every_members() {
    let title = ["nguyên Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh"];
    let want = [
        one("Hà Văn Khiêm", &title),
        one("Đinh Thị Lụa", &title),
        one("Vi Văn Sâm", &title),
    ];
    assert_eq!(
        people("Đoàn thăm nguyên Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh là Hà Văn Khiêm, Đinh Thị Lụa và Vi Văn Sâm."),
        want
    );
    let title = ["Nguyên Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh"];
    assert_eq!(
        people("Đoàn thăm các đồng chí Nguyên Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh là Hà Văn Khiêm, Đinh Thị Lụa."),
        [one("Hà Văn Khiêm", &title), one("Đinh Thị Lụa", &title)]
    );
}

#[test]
fn leading_a_visit_is_no_post() {
    assert_eq!(
        people("Đoàn do Phó Chủ tịch UBND tỉnh Lò Văn Tiến làm Trưởng đoàn đến thăm các gia đình."),
        [one("Lò Văn Tiến", &["Phó Chủ tịch UBND tỉnh"])]
    );
    assert_eq!(
        people("Ông Lò Văn Tiến làm Trưởng đoàn ĐBQH tỉnh từ năm 2021."),
        [one("Lò Văn Tiến", &["Trưởng đoàn ĐBQH tỉnh"])]
    );
}

#[test]
fn a_monastery_is_named_after_its_word_and_khu_ủy_viên_is_an_office() {
    assert_eq!(
        people("Linh mục Đỗ Văn Hiền, Viện trưởng Đan viện Thánh Gia Thiên Bình phát biểu."),
        [one(
            "Đỗ Văn Hiền",
            &["Linh mục", "Viện trưởng Đan viện Thánh Gia Thiên Bình"]
        )]
    );
    assert_eq!(
        people("Gia đình các ông gồm: Lê Văn Hạnh - nguyên Khu ủy viên."),
        [one("Lê Văn Hạnh", &["nguyên Khu ủy viên"])]
    );
}

#[test]
fn đồng_thời_là_and_a_verb_after_a_comma_give_more_posts() {
    assert_eq!(
        people(
            "Bà Lục Thị Hoa, Trưởng Ban Dân vận, đồng thời là Chủ tịch Ủy ban MTTQ huyện chủ trì."
        ),
        [one(
            "Lục Thị Hoa",
            &["Trưởng Ban Dân vận", "Chủ tịch Ủy ban MTTQ huyện"]
        )]
    );
    assert_eq!(
        people("Hội nghị cử ông Tạ Văn Bền, Huyện ủy viên, nguyên Bí thư Đảng ủy xã, giữ chức vụ Chủ tịch Ủy ban MTTQ huyện."),
        [one(
            "Tạ Văn Bền",
            &["Huyện ủy viên", "nguyên Bí thư Đảng ủy xã", "Chủ tịch Ủy ban MTTQ huyện"]
        )]
    );
}

mod citizens;
mod loose;
