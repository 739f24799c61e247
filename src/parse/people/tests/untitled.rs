//! People a report names with no post: after what news calls them
//! ("xạ thủ", "đối tượng", "liệt sĩ"; a coach's "HLV" is a post), and
//! before a note of their birth year or age. Organs, places and countries
//! after the same words are no one, nor is the author of a work studied.

use super::{find_people, one, people};
use crate::parse::tokens::Tokens;

#[test]
fn a_sport_noun_names_an_athlete_or_a_coach() {
    let cases = [
        (
            "Ở lượt bắn cuối, xạ thủ Đặng Văn Tùng giành huy chương vàng.",
            vec![one("Đặng Văn Tùng", &[])],
        ),
        // A coach's noun is the post the coach holds.
        (
            "HLV Carlos Mendes hài lòng với trận hòa.",
            vec![one("Carlos Mendes", &["HLV"])],
        ),
        (
            "Đội bóng được HLV trưởng Lê Văn Bình dẫn dắt.",
            vec![one("Lê Văn Bình", &["HLV trưởng"])],
        ),
        (
            "Các cầu thủ nghe huấn luyện viên Trần Minh Đức dặn dò.",
            vec![one("Trần Minh Đức", &["huấn luyện viên"])],
        ),
        (
            "Bàn gỡ hòa do công của tiền đạo Lương Minh Quý.",
            vec![one("Lương Minh Quý", &[])],
        ),
        (
            "Đối thủ của cô là tay vợt Ananya Srisuk của Thái Lan.",
            vec![one("Ananya Srisuk", &[])],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(people(text), want, "{text}");
    }
}

#[test]
fn a_counted_sport_noun_opens_a_list() {
    let got =
        people("Nội dung đồng đội thuộc về các xạ thủ Lã Văn Bình, Cao Thị Huệ và Tôn Đức Vượng.");
    let names: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["Lã Văn Bình", "Cao Thị Huệ", "Tôn Đức Vượng"]);
    let got = people("Chung kết gặp 2 xạ thủ Somchai Boonmee, Kittipong Rattana (Thái Lan).");
    let names: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["Somchai Boonmee", "Kittipong Rattana"]);
    // A note in brackets after each member holds no title and ends no list.
    let got = people(
        "Ba vận động viên Mai Văn Lộc (HCV 100m, 10,52 giây), Kha Thị Yến (HCV nhảy xa) và Lò Văn Pọm (HCB) được khen.",
    );
    let names: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["Mai Văn Lộc", "Kha Thị Yến", "Lò Văn Pọm"]);
}

#[test]
fn a_case_noun_names_a_suspect_with_a_family_name() {
    let cases = [
        (
            "Đối tượng Hứa Văn Dũng khai nhận hành vi trộm cắp.",
            vec![one("Hứa Văn Dũng", &[])],
        ),
        (
            "Cơ quan điều tra xác định nghi phạm là Mạc Thị Hường.",
            vec![one("Mạc Thị Hường", &[])],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(people(text), want, "{text}");
    }
}

#[test]
fn organs_places_and_countries_after_a_noun_are_no_one() {
    for text in [
        "Đoàn thể thao gồm 40 VĐV Việt Nam và 12 HLV Hàn Quốc.",
        "Tuyển thủ Thái Lan dẫn điểm trong hiệp hai.",
        "Các cầu thủ Hội Nông dân tỉnh giao lưu với trọng tài Công an huyện.",
        "Hội thi dành cho đối tượng Chính sách xã hội của Ủy ban nhân dân xã.",
        "Nạn nhân Chất độc da cam được tặng quà.",
        "Đối tượng Sông Cầu chảy qua địa bàn.",
        "Đội tuyển gặp võ sĩ Nhật Bản ở chung kết.",
    ] {
        assert_eq!(people(text), [], "{text}");
    }
}

#[test]
fn a_birth_year_or_an_age_after_a_name_makes_a_citizen() {
    let cases = [
        (
            "Công an xã đã bắt giữ Vi Văn Toản (SN 1996, trú tại xã Đồng Lạc) về hành vi trộm cắp.",
            vec![one("Vi Văn Toản", &[])],
        ),
        (
            "Công an bắt khẩn cấp Kiều Minh Tiến (sinh năm 2003), Châu Văn Lợi (sinh năm 2004, cùng trú quận 8).",
            vec![one("Kiều Minh Tiến", &[]), one("Châu Văn Lợi", &[])],
        ),
        (
            "Lực lượng chức năng đưa Lò Thị Dung (38 tuổi) đi cấp cứu, còn Hà Văn Sơn, SN 1985, bỏ trốn.",
            vec![one("Lò Thị Dung", &[]), one("Hà Văn Sơn", &[])],
        ),
        // A family name that is also a word ("Đường", road) before an age:
        // the posts after the age are the person's.
        (
            "Các bị can gồm: Đường Văn Khải (57 tuổi, Chủ tịch UBND xã Quang Tiến); Kiều Thị Mến (49 tuổi, Phó Chủ tịch UBND xã Quang Tiến).",
            vec![
                one("Đường Văn Khải", &["Chủ tịch UBND xã Quang Tiến"]),
                one("Kiều Thị Mến", &["Phó Chủ tịch UBND xã Quang Tiến"]),
            ],
        ),
        // A commune's accountant is a post too.
        (
            "Bị cáo Lương Thị Huệ (45 tuổi, nguyên kế toán ngân sách xã Quang Tiến) bị tuyên 3 năm tù.",
            vec![one("Lương Thị Huệ", &["nguyên kế toán ngân sách xã Quang Tiến"])],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(people(text), want, "{text}");
    }
    // An organ's or a place's name before a year in brackets is no one.
    for text in [
        "Trường Tiểu học Lê Lợi (thành lập năm 1990) đón học sinh.",
        "Hội Nông dân tỉnh (sinh hoạt năm 2020) họp.",
        "Xã Tân Phú Đông (SN 2019) có 5 ấp.",
        "Chùa Bửu Sơn (42 tuổi) được trùng tu.",
    ] {
        assert_eq!(people(text), [], "{text}");
    }
}

#[test]
fn a_bare_full_name_waits_for_its_given_name_with_a_cue() {
    let t = super::Tokens::new(
        "Từ năm 2016, Lê Quốc Huy gắn bó với công tác Đoàn. Theo anh Huy, thanh niên cần chủ động.",
    );
    let found = super::find_people(&t);
    let bare: Vec<_> = found.iter().filter(|f| f.bare).collect();
    assert_eq!(bare.len(), 1, "{found:?}");
    assert_eq!(bare[0].name.as_deref(), Some("Lê Quốc Huy"));
    assert!(found
        .iter()
        .any(|f| f.short && f.name.as_deref() == Some("Huy")));
}

#[test]
fn a_citizenship_note_after_a_name_makes_a_person() {
    assert_eq!(
        people("Các bị hại chuyển tiền cho Trương Đại Minh Khang (quốc tịch Canada) để mua nhà."),
        [one("Trương Đại Minh Khang", &[])]
    );
}

#[test]
fn a_delegate_a_member_a_veteran_a_teacher_or_a_child_is_named_by_the_noun() {
    let cases = [
        (
            "Tại buổi tiếp xúc, đại biểu Đoàn Văn Khải nêu ý kiến về giá vật tư.",
            vec![one("Đoàn Văn Khải", &[])],
        ),
        (
            "Hội viên Lục Thị Nhàn được tặng giấy khen vì nuôi bò giỏi.",
            vec![one("Lục Thị Nhàn", &[])],
        ),
        (
            "Cựu chiến binh Mạc Văn Thiều hiến 300 m2 đất mở đường liên thôn.",
            vec![one("Mạc Văn Thiều", &[])],
        ),
        (
            "Cô giáo Hà Thị Thơm vượt suối đến điểm trường mỗi sáng.",
            vec![one("Hà Thị Thơm", &[])],
        ),
        (
            "Em Trịnh Bảo Ngọc, học sinh lớp 8, nhận học bổng của hội.",
            vec![one("Trịnh Bảo Ngọc", &[])],
        ),
        // A list after "các đại biểu" with no colon, a name of two syllables last.
        (
            "Các đại biểu Lê Thị Huệ, Đinh Văn Sơn và Phạm Kha góp ý vào dự thảo.",
            vec![
                one("Lê Thị Huệ", &[]),
                one("Đinh Văn Sơn", &[]),
                one("Phạm Kha", &[]),
            ],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(people(text), want, "{text}");
    }
    // A voter who speaks at a meeting with candidates.
    assert_eq!(
        people("Cử tri Đặng Văn Khuê kiến nghị sửa chữa tuyến đường liên xã."),
        [one("Đặng Văn Khuê", &[])]
    );
    // A body or a post after the same nouns is no one; nor are the voters
    // of a province.
    assert!(people("Cử tri Hà Nội quan tâm đến giá điện sinh hoạt.").is_empty());
    assert!(people("Cử tri Lâm Đồng gửi nhiều ý kiến đến kỳ họp.").is_empty());
    assert!(people("Hội viên Hội Nông dân xã tham gia đông đủ.").is_empty());
    assert!(people("Các em học sinh Trường Tiểu học Kim Đồng múa hát.").is_empty());
    assert_eq!(
        people("Đại biểu HĐND tỉnh Tạ Văn Lượng tiếp xúc cử tri."),
        [one("Tạ Văn Lượng", &["Đại biểu HĐND tỉnh"])]
    );
}

#[test]
fn a_fallen_soldier_or_a_lay_buddhist_is_named_by_the_noun() {
    assert_eq!(
        people("Đoàn thắp hương tại nhà liệt sĩ Phan Văn Lộc ở thôn Đông."),
        [one("Phan Văn Lộc", &[])]
    );
    // Lay Buddhists go by a Dharma name with no family name.
    assert_eq!(
        people("Phật tử Minh Tâm dẫn đoàn trao 100 suất quà."),
        [one("Minh Tâm", &[])]
    );
    assert!(people("Phật tử Việt Nam ở Lào quyên góp.").is_empty());
}

#[test]
fn a_fallen_soldier_named_as_a_visited_familys_kin_is_remembered_not_present() {
    assert_eq!(
        people("Đoàn thăm gia đình ông Lò Văn Sáu (thân nhân Anh hùng liệt sĩ Lò Văn Pọm) ở bản Mường."),
        [one("Lò Văn Sáu", &[])]
    );
    assert_eq!(
        people("Bí thư Huyện ủy Đặng Văn Tám tặng quà bà Hà Thị Lựu, mẹ liệt sĩ Vi Văn Đạt."),
        [
            one("Đặng Văn Tám", &["Bí thư Huyện ủy"]),
            one("Hà Thị Lựu", &[])
        ]
    );
    // Incense is lit for the dead: "thắp hương" remembers as "dâng hương" does.
    assert!(people("Đoàn thắp hương tưởng niệm Chủ tịch Tôn Đức Thắng.").is_empty());
}

#[test]
fn a_cue_with_a_colon_opens_each_family_visited() {
    assert_eq!(
        people("Đoàn tặng quà các gia đình: Bà: Lưu Thị Bến - vợ liệt sĩ; Ông: Tạ Văn Khởi - thương binh."),
        [one("Lưu Thị Bến", &[]), one("Tạ Văn Khởi", &[])]
    );
}

#[test]
fn full_names_listed_side_by_side_are_people_unless_a_street_or_a_school_bears_them() {
    assert_eq!(
        people("Tốp đầu còn có Phùng Thị Hạnh (bơi), Lê Quốc Bảo (vật) và Đào Thị Mơ (điền kinh)."),
        [
            one("Phùng Thị Hạnh", &[]),
            one("Lê Quốc Bảo", &[]),
            one("Đào Thị Mơ", &[]),
        ]
    );
    assert!(
        people("Các tuyến đường Trần Hưng Đạo, Lê Văn Lương và Nguyễn Văn Cừ được mở rộng.")
            .is_empty()
    );
    assert!(
        people("Trường THCS Lê Quý Đôn, Nguyễn Văn Trỗi và Trần Quốc Toản đạt chuẩn.").is_empty()
    );
    // One full name alone, with no cue, still waits for the report to call it again.
    assert!(people("Sau đó Lương Văn Hòe về quê.").is_empty());
}

#[test]
fn names_cited_as_cases_before_nhu_are_no_one_present() {
    assert!(people(
        "Nhiều doanh nghiệp chưa rút kinh nghiệm sau những vụ như Trần Văn Lộc (Bầu Lộc), Phạm Quốc Hưng (Hưng Sắt) và Lê Văn Tài."
    )
    .is_empty());
    assert!(
        people("Các trường hợp như Nguyễn Văn An, Đỗ Minh Châu đã bị xử lý nghiêm.").is_empty()
    );
}

#[test]
fn a_contest_after_a_coachs_title_is_no_name() {
    assert!(people(
        "Dự họp có các trưởng đoàn, Huấn luyện viên Giải Bóng chuyền Hữu nghị các tỉnh miền núi."
    )
    .is_empty());
}

#[test]
fn a_swimmer_is_named_by_the_sport_noun_and_do_is_no_middle_name() {
    assert_eq!(
        people("Kình ngư Trương Văn Lực phá kỷ lục quốc gia."),
        [one("Trương Văn Lực", &[])]
    );
    // "do" (led by) after a province ending in a family name's word.
    assert_eq!(
        people("Đoàn Phật tử tỉnh Bạc Liêu do Phật tử Diệu Hiền làm trưởng đoàn."),
        [one("Diệu Hiền", &[])]
    );
}

#[test]
fn a_full_name_that_speaks_or_is_quoted_as_a_source_is_a_person() {
    assert_eq!(
        people("\"Vụ này chúng tôi làm kịp\", Đoàn Thị Nhung chia sẻ."),
        [one("Đoàn Thị Nhung", &[])]
    );
    assert_eq!(
        people("Theo Hà Quang Vinh, mô hình cho lãi 200 triệu đồng mỗi năm."),
        [one("Hà Quang Vinh", &[])]
    );
    assert_eq!(
        people("Đoàn thăm gia đình Lương Văn Hòa ở bản Nà Khoang."),
        [one("Lương Văn Hòa", &[])]
    );
    assert!(people("Trường Nguyễn Văn Trỗi cho biết sẽ tuyển thêm lớp.").is_empty());
    assert!(people("Với họ, Võ Thị Sáu nói chung là tấm gương sáng.").is_empty());
}

#[test]
fn a_birth_year_with_no_bracket_after_each_name_of_a_list() {
    let text = "Các ông Trần Văn Tín sinh năm 1962, Lê Hữu Phát sinh năm 1965 \
                cũng được bầu vào Ban Thường vụ.";
    let names: Vec<String> = people(text).into_iter().map(|(n, _)| n).collect();
    assert_eq!(names, ["Trần Văn Tín", "Lê Hữu Phát"]);
    // "sinh" with no year after it is a verb of the sentence, no note.
    let names: Vec<String> = people("Năm nay, Lê Hữu Phát sinh hoạt cùng chi bộ thôn.")
        .into_iter()
        .map(|(n, _)| n)
        .collect();
    assert!(names.is_empty(), "{names:?}");
}

#[test]
fn one_name_after_a_cue_with_a_home_in_brackets_is_a_highlander_s_whole_name() {
    let text = "Tiêu biểu như ông Hmưn (xã Ia Tôr) và ông Blik (thị trấn Chư Sê) \
                đã vận động bà con hiến đất.";
    let names: Vec<String> = people(text).into_iter().map(|(n, _)| n).collect();
    assert_eq!(names, ["Hmưn", "Blik"]);
    // Without the home, the one name waits for a full name to belong to.
    assert!(people("Ông Hmưn cho biết bà con đều đồng tình.").is_empty());
}

#[test]
fn a_full_name_opening_a_sentence_before_its_verb_is_a_person() {
    let text = "Xếp thứ hai là một vận động viên điền kinh. Nguyễn Thị Hằng vẫn giữ \
                vững phong độ ở cự ly 5.000m.";
    assert_eq!(people(text), [one("Nguyễn Thị Hằng", &[])]);
    assert_eq!(
        people("Đỗ Văn Khải đứng thứ ba trong danh sách."),
        [one("Đỗ Văn Khải", &[])]
    );
    // A leader's word that is also a family name opens no name, and a
    // name inside the sentence waits for the report to call it again.
    assert!(people("Lãnh đạo Trung tâm Y tế trao quà cho bà con.").is_empty());
    assert!(people("Bàn thắng thuộc về Nguyễn Văn Hùng ở phút cuối.").is_empty());
}

#[test]
fn a_lower_case_or_counted_note_in_brackets_after_a_full_name_makes_a_person() {
    let text = "Xếp sau là Đỗ Thị Hạnh (điền kinh) với ba huy chương vàng.";
    assert_eq!(people(text), [one("Đỗ Thị Hạnh", &[])]);
    let text = "Thành tích vượt qua Ngô Văn Khải (3 huy chương vàng) năm 2011.";
    assert_eq!(people(text), [one("Ngô Văn Khải", &[])]);
    // A street, a ward, a date or a street's former name are no one's note.
    for text in [
        "Xe dựng trên vỉa hè đường An Dương Vương (phường 5) rồi mất.",
        "Sáng mùng 6 Tết Nhâm Thìn (28/1/2012), bà con ra quân.",
        "Đoạn qua phố Trần Nhân Tông (cũ) được mở rộng.",
    ] {
        assert!(people(text).is_empty(), "{text}");
    }
}

#[test]
fn a_donor_firm_named_in_sentence_case_after_someone_is_no_person() {
    assert!(people(
        "Ủy ban tiếp nhận ủng hộ của các đơn vị: Ngân hàng A (100 triệu đồng); Hệ thống Nha khoa Lê Lai (5 triệu đồng)."
    )
    .is_empty());
    // A donor named as a person with the gift stays one.
    assert_eq!(
        people("Tốp đầu ủng hộ có Trần Thị Mai (5 triệu đồng) và ông Lê Văn Tâm."),
        [one("Trần Thị Mai", &[]), one("Lê Văn Tâm", &[])]
    );
}

#[test]
fn a_full_name_after_a_pass_a_river_or_a_market_is_the_place_s() {
    // A note in brackets after a person's name says what they do; after a
    // pass's it says which road crosses it.
    assert!(people("Xe khách lao xuống vực khi qua đèo Lò Văn Sơn (đường tỉnh 12).").is_empty());
    assert!(people("Đoàn thả cá tại sông Trần Thị Lý (đoạn qua phường).").is_empty());
    assert_eq!(
        people("Hội thi có vận động viên Lò Văn Sơn (điền kinh)."),
        [one("Lò Văn Sơn", &[])]
    );
}

#[test]
fn a_full_name_after_a_fund_s_word_is_the_fund_s_and_the_post_after_it_no_one_s() {
    let found = people(
        "Dự lễ có bà Trương Thị Hoa, Chủ tịch Quỹ học bổng Lê Văn Tám, Chủ nhiệm Câu lạc bộ Bạn trẻ.",
    );
    assert!(found.iter().all(|(name, _)| name != "Lê Văn Tám"));
    assert!(found.iter().any(|(name, _)| name == "Trương Thị Hoa"));
}

#[test]
fn a_home_after_a_comma_makes_a_person_of_a_bare_name() {
    for text in [
        "Phiên tòa xét xử Lò Văn Khiêm, trú tại xã Mường Khoa về tội mua bán trái phép chất ma túy.",
        "Công an huyện đã bắt giữ Hà Văn Kiểm, thường trú ở bản Nà Lốc, huyện Sông Mã.",
        "Tài xế Khổng Đình Mạnh, ngụ ấp Bình Lợi, đã đến trình diện.",
    ] {
        let names: Vec<String> = people(text).into_iter().map(|(n, _)| n).collect();
        assert_eq!(names.len(), 1, "{text}");
        assert!(
            ["Lò Văn Khiêm", "Hà Văn Kiểm", "Khổng Đình Mạnh"].contains(&names[0].as_str()),
            "{text}"
        );
    }
    // A street's name before the comma is no one's.
    assert!(
        people("Các hộ dân sống ven đường Lê Văn Lương, trú tại tổ 5, đã ký cam kết.").is_empty()
    );
}

#[test]
fn a_field_after_a_person_noun_still_cues_the_name() {
    let names = |text: &str| -> Vec<String> { people(text).into_iter().map(|(n, _)| n).collect() };
    assert_eq!(
        names(
            "Có mặt vận động viên quần vợt Lý Hoàng Nhân, vận động viên đấu kiếm Vũ Thành Khôi \
             và xạ thủ súng ngắn Phùng Đức Viễn."
        ),
        ["Lý Hoàng Nhân", "Vũ Thành Khôi", "Phùng Đức Viễn"]
    );
    // A school's word, or a linking word, is no field.
    assert!(names("Cô là giáo viên trường Lê Văn Tám nhiều năm.").is_empty());
}

#[test]
fn a_name_renamed_in_brackets_is_a_place_or_a_body() {
    // "(nay là …)", "(nay thuộc …)": the present name or seat of a zone,
    // a commune or a school named after two syllables, no person.
    assert_eq!(
        people("Đoàn khảo sát các nhà máy trong Khu công nghiệp mở Đào Viên (nay là Khu kinh tế tỉnh)."),
        Vec::<(String, Vec<String>)>::new()
    );
    assert_eq!(
        people("Năm 1998, trường chuyển về thôn Lê Xá (nay thuộc phường Đông Sơn)."),
        Vec::<(String, Vec<String>)>::new()
    );
    // A note that describes a person still makes one.
    assert_eq!(
        people("Tốp đầu còn có Vũ Thanh Tâm (cờ tướng)."),
        vec![one("Vũ Thanh Tâm", &[])]
    );
}

#[test]
fn a_fallen_soldier_remembered_is_a_private_person_whatever_stands_before() {
    let t = Tokens::new(
        "Đoàn dâng hương tại khu mộ Anh hùng liệt sỹ Nguyễn Văn Khải. \
         Bí thư Tỉnh đoàn Lê Thị Hồng trao học bổng cho học sinh.",
    );
    let found = find_people(&t);
    let fallen = found
        .iter()
        .find(|f| f.name.as_deref() == Some("Nguyễn Văn Khải"));
    assert!(fallen.is_some_and(|f| f.private && f.titles.is_empty()));
    let t = Tokens::new("Đoàn viên thắp nến tri ân Anh hùng liệt sĩ Đinh Văn Sơn.");
    assert!(find_people(&t).iter().all(|f| f.private));
}

#[test]
fn the_author_of_a_work_studied_is_cited_not_present() {
    assert!(
        people("Đảng ủy phường Nghi Hải học tập Tác phẩm của Tổng Bí thư Trần Văn Khương.")
            .is_empty()
    );
    assert_eq!(
        people(
            "Hội nghị giới thiệu bài viết “Đoàn kết là sức mạnh của chúng ta” của đồng chí \
             Tổng Bí thư Lê Minh Quân; đồng chí Phạm Thị Hạnh, Bí thư Đảng ủy phường chủ trì."
        ),
        [one("Phạm Thị Hạnh", &["Bí thư Đảng ủy phường"])]
    );
    assert!(
        people("Cán bộ được quán triệt nội dung bài viết trên của Chủ tịch nước Đỗ Văn Hải.")
            .is_empty()
    );
    // A speech is given at the event: its speaker is there.
    assert_eq!(
        people("Hội nghị nghe bài phát biểu của Bí thư Tỉnh ủy Hoàng Văn Tuấn."),
        [one("Hoàng Văn Tuấn", &["Bí thư Tỉnh ủy"])]
    );
}
