//! Private people named beside officials: households, victims, residents,
//! the family of a comrade, a home in brackets.

use super::{find_people, Tokens};

/// Each person found in `text`, by name, and whether they are private.
fn privacy(text: &str) -> Vec<(String, bool)> {
    find_people(&Tokens::new(text))
        .iter()
        .map(|f| (f.name.clone().unwrap_or_default(), f.private))
        .collect()
}

#[test]
fn households_are_marked_private_unless_titled() {
    assert_eq!(
        privacy(
        "Trao nhà cho hộ bà Lù Thị Dín và gia đình ông Vàng A Sử; ông Lò Văn Pọm, Trưởng bản, dự."
        ),
        [
            ("Lù Thị Dín".to_string(), true),
            ("Vàng A Sử".to_string(), true),
            ("Lò Văn Pọm".to_string(), false)
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
fn the_family_of_a_comrade_is_private() {
    let t = Tokens::new("Lãnh đạo tỉnh trao quà cho gia đình đồng chí Hà Văn Lực.");
    let found = find_people(&t);
    assert!(found.len() == 1 && found[0].private, "{found:?}");
}

#[test]
fn a_poor_household_named_by_its_head_is_a_person() {
    let names = |text: &str| -> Vec<String> {
        find_people(&Tokens::new(text))
            .into_iter()
            .filter_map(|f| f.name)
            .collect()
    };
    assert_eq!(
        names("Ủy ban MTTQ xã bàn giao nhà Đại đoàn kết cho hộ nghèo Tạ Văn Khánh ở thôn Đông."),
        ["Tạ Văn Khánh"]
    );
    assert_eq!(
        names("Hội Chữ thập đỏ huyện thăm hộ cận nghèo Đinh Thị Lụa và hộ gia đình Quách Văn Bảy."),
        ["Đinh Thị Lụa", "Quách Văn Bảy"]
    );
    // A province after the words names where the households live.
    assert!(names("Chương trình hỗ trợ hộ nghèo Hà Tĩnh xây nhà ở.").is_empty());
}

#[test]
fn a_home_visited_is_a_household_unless_titled() {
    assert_eq!(
        privacy(
        "Đoàn đến nhà bà Hà Thị Nụ ở bản Co Muông và tại nhà ông Quàng Văn Pắn, nguyên Chủ tịch UBND xã, trao quà."
        ),
        [
            ("Hà Thị Nụ".to_string(), true),
            ("Quàng Văn Pắn".to_string(), false)
        ]
    );
}

#[test]
fn kin_or_a_veterans_standing_in_brackets_marks_a_household_visited() {
    let text =
        "Phó Chủ tịch UBND tỉnh Hồ Văn Lâm thăm ông Vi Đức Toàn (bệnh binh 2/3, bản Nà Khoang), \
         bà Lương Thị Mến (thân nhân liệt sĩ, xóm Đồng Tâm) và bà Đinh Thị Gấm (vợ liệt sĩ).";
    assert_eq!(
        privacy(text),
        [
            ("Hồ Văn Lâm".to_string(), false),
            ("Vi Đức Toàn".to_string(), true),
            ("Lương Thị Mến".to_string(), true),
            ("Đinh Thị Gấm".to_string(), true)
        ]
    );
}

#[test]
fn elders_listed_after_a_colon_with_their_homes_are_private() {
    let text = "Phó Chủ tịch HĐND huyện Nông Văn Quý chúc thọ các cụ: Hà Thị Nhung (ở khối 3, \
         thị trấn Na Rì), Triệu Văn Sình (trú tại xóm Pác Cáp).";
    assert_eq!(
        privacy(text),
        [
            ("Nông Văn Quý".to_string(), false),
            ("Hà Thị Nhung".to_string(), true),
            ("Triệu Văn Sình".to_string(), true)
        ]
    );
}

#[test]
fn a_party_member_given_a_badge_with_no_post_is_private() {
    assert_eq!(
        privacy("Phó Bí thư Huyện ủy Lục Văn Tường thay mặt Ban Thường vụ trao Huy hiệu Đảng (55 năm) cho đồng chí Hoàng Văn Phúc."),
        [
            ("Lục Văn Tường".to_string(), false),
            ("Hoàng Văn Phúc".to_string(), true)
        ]
    );
    assert_eq!(
        privacy("Chi bộ khu 4 tặng Huy hiệu Đảng, 40 năm, cho đảng viên Mai Thị Hồng."),
        [("Mai Thị Hồng".to_string(), true)]
    );
    // A former post keeps the one honoured an official.
    let t = Tokens::new(
        "Bí thư Thị ủy trao Huy hiệu Đảng (50 năm) cho đồng chí Chu Văn Khải, nguyên Chủ tịch UBND thị xã.",
    );
    let found = find_people(&t);
    let khai = found
        .iter()
        .find(|f| f.name.as_deref() == Some("Chu Văn Khải"));
    assert!(
        khai.is_some_and(|f| !f.private && !f.titles.is_empty()),
        "{found:?}"
    );
}

#[test]
fn one_named_right_after_gia_dinh_heads_a_household() {
    // The family noun cues the name, maybe over the member's noun between.
    for text in [
        "Chi ủy đã đến thăm gia đình đảng viên Hoàng Văn Dũng ốm nặng.",
        "Hội Phụ nữ trao quà cho gia đình Lò Thị Xuân ở bản Hốc.",
        "Đoàn đến thăm hộ gia đình Nông Văn Lành vừa bị lốc làm tốc mái.",
    ] {
        let found = privacy(text);
        assert!(found.len() == 1 && found[0].1, "{text}: {found:?}");
    }
    // A post given after the name keeps its holder an official.
    let found = privacy("Đoàn đến thăm gia đình ông Hoàng Văn Dũng, nguyên Bí thư Huyện ủy.");
    assert_eq!(found, [("Hoàng Văn Dũng".to_string(), false)]);
}

#[test]
fn a_badge_given_with_its_years_and_no_party_word_is_still_a_members() {
    // "huy hiệu 55 năm" with "tuổi Đảng" left out, as district portals
    // write it under a photo: the one it goes to is a member honoured.
    assert_eq!(
        privacy("Đ/c Lò Văn Thiêm – Phó Bí thư Thường trực Huyện ủy trao huy hiệu 55 năm cho bà Cầm Thị Xuyến ở xã Nà Tấu."),
        [
            ("Lò Văn Thiêm".to_string(), false),
            ("Cầm Thị Xuyến".to_string(), true)
        ]
    );
    // A badge with no years named is no member's sign: its recipient is
    // read as any gift's is.
    assert_eq!(
        privacy("Chủ tịch Hội Cựu chiến binh tỉnh Ma Văn Đàn trao huy hiệu cho ông Triệu Văn Lự."),
        privacy(
            "Chủ tịch Hội Cựu chiến binh tỉnh Ma Văn Đàn trao sổ tiết kiệm cho ông Triệu Văn Lự."
        ),
    );
}

#[test]
fn households_named_after_ho_la_are_private_with_their_homes_between() {
    let t = Tokens::new(
        "Hội Chữ thập đỏ phường phối hợp doanh nghiệp bàn giao nhà cho 2 hộ là Bà Hà Thị Nguyệt \
         (Q. Ninh Kiều, TP. Cần Thơ) và Ông Đinh Công Thưởng (TX. Bình Minh, Vĩnh Long); \
         ông Trần Quốc Khải, Chủ tịch UBND phường, dự.",
    );
    let found = find_people(&t);
    let private: Vec<_> = found
        .iter()
        .map(|f| (f.name.clone().unwrap_or_default(), f.private))
        .collect();
    assert_eq!(
        private,
        [
            ("Hà Thị Nguyệt".to_string(), true),
            ("Đinh Công Thưởng".to_string(), true),
            ("Trần Quốc Khải".to_string(), false)
        ]
    );
    // A household's home in brackets before "và" leaves the pair one.
    let t = Tokens::new("Thăm hộ ông Lục Văn Tiến (bản Khuổi Nà) và bà Mông Thị Hoa.");
    assert!(find_people(&t).iter().all(|f| f.private));
    // An official named after "và" with no household before keeps the post.
    let t = Tokens::new(
        "Dự có ông Nông Văn Bằng (Phó Chủ tịch UBND huyện) và ông Hứa Đức Lâm, Bí thư Đảng ủy xã.",
    );
    let found = find_people(&t);
    assert!(found.iter().all(|f| !f.private), "{found:?}");
}

#[test]
fn a_numbered_hamlet_after_a_comma_is_a_households_home() {
    assert_eq!(
        privacy("Hội Chữ thập đỏ đã đến trao quà cho ông Cầm Văn Pánh, bản 3 và ông Lò Văn Ỏn, xóm 12 thuộc xã Mường Chanh."),
        [
            ("Cầm Văn Pánh".to_string(), true),
            ("Lò Văn Ỏn".to_string(), true)
        ]
    );
    // A post after the comma keeps an official, whatever follows it.
    assert_eq!(
        privacy("Đến dự lễ còn có ông Hà Văn Nghìn, Trưởng thôn 5."),
        [("Hà Văn Nghìn".to_string(), false)]
    );
}

#[test]
fn a_home_written_once_after_a_run_of_households_is_each_ones() {
    assert_eq!(
        privacy("Mỗi suất 500 nghìn đồng được gửi tới bà Đoàn Thị Lụa, bà Mai Thị Xoan, tổ 14 và ông Phùng Văn Kỷ, xóm Yên Hòa."),
        [
            ("Đoàn Thị Lụa".to_string(), true),
            ("Mai Thị Xoan".to_string(), true),
            ("Phùng Văn Kỷ".to_string(), true)
        ]
    );
    assert_eq!(
        privacy("Lãnh đạo huyện đã tới thăm ông Kha Văn Duẩn và ông Lang Văn Bính, thôn Khe Rạn."),
        [
            ("Kha Văn Duẩn".to_string(), true),
            ("Lang Văn Bính".to_string(), true)
        ]
    );
    // An official named beside a household is no household: his post
    // follows him.
    assert_eq!(
        privacy("Cùng đi có ông Triệu Văn Sinh, Trưởng Công an xã, bà Vũ Thị Nhạn, xóm 2."),
        [
            ("Triệu Văn Sinh".to_string(), false),
            ("Vũ Thị Nhạn".to_string(), true)
        ]
    );
}

#[test]
fn farmers_cited_for_their_models_are_private() {
    assert_eq!(
        privacy(
            "Nhiều mô hình hiệu quả như: hộ ông Lê Văn Tư với mô hình nuôi lươn; ông Phạm Minh Khôi mô hình trồng bưởi; ông Đặng Văn Sáu với mô hình nuôi dê."
        ),
        [
            ("Lê Văn Tư".to_string(), true),
            ("Phạm Minh Khôi".to_string(), true),
            ("Đặng Văn Sáu".to_string(), true)
        ]
    );
    // A post after the name keeps its holder an official.
    assert_eq!(
        privacy("Ông Lý Văn Páo, Chủ tịch Hội Nông dân xã, giới thiệu mô hình trồng quế."),
        [("Lý Văn Páo".to_string(), false)]
    );
}

#[test]
fn a_household_of_two_heads_before_and_passes_the_family_on() {
    let got = privacy(
        "UBND huyện bàn giao nhà cho gia đình ông Lý Văn Tấn, Dương Văn Khải (cùng ở xã Tân Thành) và ông Triệu Văn Lợi, Hoàng Văn Nam (thị trấn Đồng Mỏ).",
    );
    assert_eq!(got.len(), 4, "{got:?}");
    assert!(got.iter().all(|(_, p)| *p), "{got:?}");
    // A post between the first household's head and "và" is an official's.
    let got = privacy("Thăm gia đình ông Lục Văn Pảo, Bí thư Chi bộ thôn và ông Nông Văn Dần.");
    assert_eq!(got[0], ("Lục Văn Pảo".to_string(), false), "{got:?}");
}

#[test]
fn a_list_of_mothers_or_families_honoured_is_private_unless_titled() {
    // The members after "gồm các mẹ:" are mothers visited, whatever the
    // separator between them.
    let t = Tokens::new(
        "Đoàn đã thăm, tặng quà 5 Mẹ Việt Nam Anh hùng, gồm các mẹ: Đỗ Thị Nụ (huyện Gio Linh); Trần Thị Mận, Võ Thị Lài (huyện Cam Lộ) và Hồ Thị Bưởi (huyện Hướng Hóa).",
    );
    let found = find_people(&t);
    assert_eq!(found.len(), 4, "{found:?}");
    assert!(found.iter().all(|f| f.private), "{found:?}");
    let t = Tokens::new(
        "Đoàn thăm 3 gia đình chính sách, người có công trên địa bàn thị xã, gồm: Lê Văn Khải (tổ 4, phường An Phú); Đặng Thị Nhàn (tổ 7, phường Tây Sơn): Phan Văn Lợi (tổ 1, phường An Bình).",
    );
    let found = find_people(&t);
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(found.iter().all(|f| f.private), "{found:?}");
    // One of them with a post written keeps it.
    assert_eq!(
        privacy("Trao quà cho các gia đình, gồm: bà Lý Thị Hoa (thôn 2); ông Tạ Văn Bốn, Trưởng thôn 3."),
        [
            ("Lý Thị Hoa".to_string(), true),
            ("Tạ Văn Bốn".to_string(), false)
        ]
    );
}

#[test]
fn a_list_opened_by_an_organ_or_by_officials_is_not_of_the_helped() {
    // "Hội Gia đình liệt sĩ" is a body; its leaders listed are not families helped.
    let t = Tokens::new(
        "Ban Thường vụ Hội Gia đình liệt sĩ tỉnh gồm: Lê Văn Khải (phường An Phú), Đặng Thị Nhàn (phường Tây Sơn).",
    );
    assert!(
        find_people(&t).iter().all(|f| !f.private),
        "{:?}",
        find_people(&t)
    );
    // A list of a board's members, after a sentence on those helped.
    let t = Tokens::new(
        "Xã trao quà cho 20 hộ nghèo. Tổ công tác gồm: Lê Văn Khải (xã An Phú); Đặng Thị Nhàn (xã Tây Sơn).",
    );
    assert!(
        find_people(&t).iter().all(|f| !f.private),
        "{:?}",
        find_people(&t)
    );
}

#[test]
fn a_voter_or_a_driver_named_after_the_comma_is_private() {
    assert_eq!(
        privacy("Đồng tình, ông Trịnh Minh Khoa, cử tri phường Bến Thành, cho biết ông nhiều lần gửi đơn."),
        [("Trịnh Minh Khoa".to_string(), true)]
    );
    assert_eq!(
        privacy("Theo ông Hà Văn Sáu, tài xế xe khách, chiếc xe bị hỏng phanh."),
        [("Hà Văn Sáu".to_string(), true)]
    );
}

#[test]
fn one_whose_kin_receive_a_posthumous_badge_is_private() {
    assert_eq!(
        privacy("Bí thư Huyện ủy Lê Văn Hậu trao quyết định truy tặng Huy hiệu 60 năm tuổi Đảng cho thân nhân đồng chí Tạ Văn Lư."),
        [
            ("Lê Văn Hậu".to_string(), false),
            ("Tạ Văn Lư".to_string(), true)
        ]
    );
}
