//! Lists of people: a title shared by every member, names after a colon
//! or after one cued name, chains before "là".

use super::{find_people, one, people, Tokens};

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
fn a_ranked_guest_after_bare_members_and_a_semicolon_holds_no_shared_title() {
    let got = people(
        "Dự có các đồng chí Thứ trưởng Bộ Nội vụ: Lê Văn Tú, Đỗ Thị Hằng; Thiếu tướng Nguyễn Đức Hoàng, Cục trưởng Cục Quân lực; Chủ tịch Hội Cựu chiến binh Việt Nam Trần Văn Lực.",
    );
    assert_eq!(
        got,
        [
            one("Lê Văn Tú", &["Thứ trưởng Bộ Nội vụ"]),
            one("Đỗ Thị Hằng", &["Thứ trưởng Bộ Nội vụ"]),
            one(
                "Nguyễn Đức Hoàng",
                &["Thiếu tướng", "Cục trưởng Cục Quân lực"]
            ),
            one("Trần Văn Lực", &["Chủ tịch Hội Cựu chiến binh Việt Nam"]),
        ]
    );
    // Members written with their own rank stay in the list.
    let got = people(
        "Dự có các đồng chí Phó Tổng Tham mưu trưởng: Trung tướng Lê Quang Tấn; Thượng tướng Hoàng Văn Đức.",
    );
    assert_eq!(
        got,
        [
            one("Lê Quang Tấn", &["Phó Tổng Tham mưu trưởng", "Trung tướng"]),
            one(
                "Hoàng Văn Đức",
                &["Phó Tổng Tham mưu trưởng", "Thượng tướng"]
            ),
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
fn a_chain_of_titles_opening_a_cac_dong_chi_list_is_the_first_members_own() {
    assert_eq!(
        people(
            "Dự có các đồng chí: Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Dân vận Tỉnh ủy Lục Văn Khang; Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh Mông Thị Hoa."
        ),
        [
            one(
                "Lục Văn Khang",
                &["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng ban Dân vận Tỉnh ủy"]
            ),
            one("Mông Thị Hoa", &["Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh"]),
        ]
    );
    assert_eq!(
        people(
            "Dự có các đồng chí Ủy viên Ban Thường vụ Huyện ủy, Chủ tịch UBND huyện Lục Văn Khang và Bí thư Đảng ủy xã Mông Thị Hoa."
        ),
        [
            one("Lục Văn Khang", &["Ủy viên Ban Thường vụ Huyện ủy", "Chủ tịch UBND huyện"]),
            one("Mông Thị Hoa", &["Bí thư Đảng ủy xã"]),
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
            // Listed beside another full name, still a person, with no post.
            one("Đỗ Văn Bảy", &[]),
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
fn a_working_group_s_deputies_share_their_post() {
    assert_eq!(
        people("Tổ phó Tổ công tác gồm: ông Lê Văn Hải, Phó Giám đốc Sở Nội vụ; bà Trần Thị Nga, Phó Chánh Thanh tra tỉnh."),
        [
            one("Lê Văn Hải", &["Tổ phó Tổ công tác", "Phó Giám đốc Sở Nội vụ"]),
            one("Trần Thị Nga", &["Tổ phó Tổ công tác", "Phó Chánh Thanh tra tỉnh"]),
        ]
    );
}

#[test]
fn a_counted_title_before_là_các_ông_goes_to_every_name() {
    assert_eq!(
        people("Trung ương kỷ luật 2 nguyên Bí thư Tỉnh ủy là các ông: Lê Văn Hải, Trần Văn Bình."),
        [
            one("Lê Văn Hải", &["nguyên Bí thư Tỉnh ủy"]),
            one("Trần Văn Bình", &["nguyên Bí thư Tỉnh ủy"]),
        ]
    );
}

#[test]
fn a_counted_post_then_được_bầu_là_goes_to_every_name_elected() {
    let title = ["Phó Chủ tịch UBND huyện"];
    assert_eq!(
        people("Kết quả, ba Phó Chủ tịch UBND huyện được bầu là ông Lê Văn Hải, bà Hà Thị Lan và ông Trần Văn Bình."),
        [one("Lê Văn Hải", &title), one("Hà Thị Lan", &title), one("Trần Văn Bình", &title)]
    );
}

#[test]
fn a_post_newly_filled_before_its_list_goes_to_every_member() {
    let got = people(
        "Các Phó Giám đốc mới được chỉ định gồm: Đại tá Hà Minh Khôi, Trưởng phòng Cảnh sát hình sự; Thượng tá Lục Văn Đông, Trưởng phòng Tham mưu.",
    );
    assert_eq!(
        got,
        [
            one(
                "Hà Minh Khôi",
                &["Phó Giám đốc", "Đại tá", "Trưởng phòng Cảnh sát hình sự"]
            ),
            one(
                "Lục Văn Đông",
                &["Phó Giám đốc", "Thượng tá", "Trưởng phòng Tham mưu"]
            ),
        ]
    );
    assert_eq!(
        people("Hai Ủy viên UBND tỉnh vừa được bầu là ông Tạ Quang Vinh và bà Mông Thị Hoa."),
        [
            one("Tạ Quang Vinh", &["Ủy viên UBND tỉnh"]),
            one("Mông Thị Hoa", &["Ủy viên UBND tỉnh"]),
        ]
    );
}

#[test]
fn a_post_then_được_chỉ_định_là_goes_to_the_name_appointed() {
    assert_eq!(
        people("Tại tỉnh Hòa Bắc, Chủ tịch UBND tỉnh được chỉ định là ông Lò Văn Khánh."),
        [one("Lò Văn Khánh", &["Chủ tịch UBND tỉnh"])]
    );
    let title = ["Phó Giám đốc Sở Nội vụ"];
    assert_eq!(
        people("Hai Phó Giám đốc Sở Nội vụ được bổ nhiệm là bà Đoàn Thị Nhung và ông Vi Văn Lực."),
        [one("Đoàn Thị Nhung", &title), one("Vi Văn Lực", &title)]
    );
}

#[test]
fn a_deputys_post_the_list_is_elected_to_after_the_last_members_titles_is_everyones() {
    let got = people(
        "Các đồng chí: Hà Văn Tuân, Phó Bí thư Huyện ủy khóa XX; Lục Thị Mai, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ huyện được bầu giữ chức Phó Bí thư Huyện ủy khóa XXI.",
    );
    assert_eq!(
        got,
        [
            one(
                "Hà Văn Tuân",
                &[
                    "Phó Bí thư Huyện ủy khóa XX",
                    "Phó Bí thư Huyện ủy khóa XXI"
                ]
            ),
            one(
                "Lục Thị Mai",
                &[
                    "Trưởng Ban Dân vận Huyện ủy",
                    "Chủ tịch Ủy ban MTTQ huyện",
                    "Phó Bí thư Huyện ủy khóa XXI"
                ]
            ),
        ]
    );
    let title = "Phó Bí thư Đảng ủy xã";
    assert_eq!(
        people("Các đồng chí Đèo Văn Sáu, Chủ tịch UBND xã và Vi Thị Năm, Chủ tịch Hội Nông dân xã được bầu làm Phó Bí thư Đảng ủy xã."),
        [
            one("Đèo Văn Sáu", &["Chủ tịch UBND xã", title]),
            one("Vi Thị Năm", &["Chủ tịch Hội Nông dân xã", title]),
        ]
    );
    // One holds a head's post: the verb gives it to the last member only.
    let got = people(
        "Dự có các đồng chí: Hà Văn Tuân, Phó Bí thư Huyện ủy; Lục Thị Mai, Phó Chủ tịch UBND huyện vừa được bổ nhiệm làm Giám đốc Sở Nội vụ.",
    );
    assert_eq!(got[0], one("Hà Văn Tuân", &["Phó Bí thư Huyện ủy"]));
}

#[test]
fn a_post_given_by_a_verb_after_a_titled_list_goes_to_every_member() {
    assert_eq!(
        people(
            "Tổ giúp việc gồm các Phó Chánh Thanh tra tỉnh: Lê Văn Hải, Trần Văn Bình làm Tổ phó."
        ),
        [
            one("Lê Văn Hải", &["Phó Chánh Thanh tra tỉnh", "Tổ phó"]),
            one("Trần Văn Bình", &["Phó Chánh Thanh tra tỉnh", "Tổ phó"]),
        ]
    );
    assert_eq!(
        people("Tổ phó Tổ công tác là: Giám đốc Sở Nội vụ Lê Văn Hải; Phó Chánh Thanh tra tỉnh Trần Văn Bình."),
        [
            one("Lê Văn Hải", &["Tổ phó Tổ công tác", "Giám đốc Sở Nội vụ"]),
            one("Trần Văn Bình", &["Tổ phó Tổ công tác", "Phó Chánh Thanh tra tỉnh"]),
        ]
    );
}

#[test]
fn a_title_before_các_ông_bà_goes_to_every_name() {
    assert_eq!(
        people("Thủ tướng bổ nhiệm các Thứ trưởng Bộ Dân tộc và Tôn giáo gồm các ông, bà: Y Khoa Niê, Lò Thị Vân và Hà Văn Sình."),
        [
            one("Y Khoa Niê", &["Thứ trưởng Bộ Dân tộc và Tôn giáo"]),
            one("Lò Thị Vân", &["Thứ trưởng Bộ Dân tộc và Tôn giáo"]),
            one("Hà Văn Sình", &["Thứ trưởng Bộ Dân tộc và Tôn giáo"]),
        ]
    );
}

#[test]
fn a_title_after_a_run_of_cued_names_and_a_comma_is_the_whole_runs() {
    assert_eq!(
        people("Thủ tướng phê chuẩn đối với: ông Bùi Văn Sáu, ông Tạ Minh Bảy, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh; ông Vũ Văn Tám, bà Lại Thị Chín, Tỉnh ủy viên."),
        [
            one("Bùi Văn Sáu", &["Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch UBND tỉnh"]),
            one("Tạ Minh Bảy", &["Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch UBND tỉnh"]),
            one("Vũ Văn Tám", &["Tỉnh ủy viên"]),
            one("Lại Thị Chín", &["Tỉnh ủy viên"]),
        ]
    );
    // One with a post of its own keeps only its own.
    assert_eq!(
        people("Dự có ông Mẫn Văn Hai, Chủ tịch UBND xã, ông Khổng Văn Ba, ông Lã Văn Tư, Phó Chủ tịch UBND xã."),
        [
            one("Mẫn Văn Hai", &["Chủ tịch UBND xã"]),
            one("Khổng Văn Ba", &["Phó Chủ tịch UBND xã"]),
            one("Lã Văn Tư", &["Phó Chủ tịch UBND xã"]),
        ]
    );
}

#[test]
fn the_plural_ong_or_ba_opens_a_list_without_a_colon() {
    assert_eq!(
        people("Đón đoàn có các ông Hà Văn Tâm, Đinh Công Lực, Phó Bí thư Huyện ủy."),
        [
            one("Hà Văn Tâm", &["Phó Bí thư Huyện ủy"]),
            one("Đinh Công Lực", &["Phó Bí thư Huyện ủy"]),
        ]
    );
    assert_eq!(
        people(
            "Các bà Lưu Thị Hoa và Kiều Thị Mận, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, trao quà."
        ),
        [
            one("Lưu Thị Hoa", &["Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"]),
            one("Kiều Thị Mận", &["Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"]),
        ]
    );
}

#[test]
fn a_citizens_note_after_a_run_of_names_is_the_whole_runs() {
    let t = Tokens::new("Trao quà cho các ông Hồ Văn Khải, Võ Văn Lành, thương binh hạng 1/4.");
    let found = find_people(&t);
    assert_eq!(found.len(), 2);
    assert!(found.iter().all(|f| f.private), "{found:?}");
}

#[test]
fn a_comma_before_gom_still_opens_a_shared_list() {
    assert_eq!(
        people(
            "Bộ trưởng trao Huân chương cho các Ủy viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng, gồm: Thượng tướng Đặng Văn Khải; Trung tướng Lò Văn Mạnh."
        ),
        [
            one(
                "Đặng Văn Khải",
                &["Ủy viên Trung ương Đảng", "Thứ trưởng Bộ Quốc phòng", "Thượng tướng"]
            ),
            one(
                "Lò Văn Mạnh",
                &["Ủy viên Trung ương Đảng", "Thứ trưởng Bộ Quốc phòng", "Trung tướng"]
            ),
        ]
    );
}

#[test]
fn a_table_row_ends_each_name_before_the_province_after_it() {
    assert_eq!(
        people(
            "Thủ tướng Lê Minh Khang Thành phố Hà Nội Phó Thủ tướng Đỗ Văn Tường Gia Lai Bộ trưởng Bộ Tư pháp Vũ Thị Hằng Quảng Ngãi Phó Thủ tướng Trịnh Hòa Bình Lào Cai"
        ),
        [
            one("Lê Minh Khang", &["Thủ tướng"]),
            one("Đỗ Văn Tường", &["Phó Thủ tướng"]),
            one("Vũ Thị Hằng", &["Bộ trưởng Bộ Tư pháp"]),
            one("Trịnh Hòa Bình", &["Phó Thủ tướng"]),
        ]
    );
    // A name of two syllables that is also a province's stays whole.
    assert_eq!(
        people("Phó Thủ tướng Nguyễn Hòa Bình phát biểu."),
        [one("Nguyễn Hòa Bình", &["Phó Thủ tướng"])]
    );
}

#[test]
fn the_last_member_of_a_list_of_bare_names_may_be_cued_after_and() {
    let got = people(
        "Hội nghị đã bầu 3 Phó Chủ tịch UBND tỉnh gồm các ông Lê Văn Khoa, Trần Đình Bảo và bà Vi Thị Hạnh.",
    );
    assert_eq!(
        got,
        [
            one("Lê Văn Khoa", &["Phó Chủ tịch UBND tỉnh"]),
            one("Trần Đình Bảo", &["Phó Chủ tịch UBND tỉnh"]),
            one("Vi Thị Hạnh", &["Phó Chủ tịch UBND tỉnh"]),
        ]
    );
}

#[test]
fn a_title_and_a_colon_inside_a_list_open_a_smaller_list_sharing_it() {
    assert_eq!(
        people("Dự lễ có các đồng chí: nguyên Chủ tịch nước Trần Văn Lương, Thủ tướng Chính phủ Đinh Quang Huy, nguyên Chủ tịch Quốc hội: Hà Minh Sơn, Lý Thị Ngân; Bí thư Thành ủy Hà Nội Cao Văn Bình."),
        [
            one("Trần Văn Lương", &["nguyên Chủ tịch nước"]),
            one("Đinh Quang Huy", &["Thủ tướng Chính phủ"]),
            one("Hà Minh Sơn", &["nguyên Chủ tịch Quốc hội"]),
            one("Lý Thị Ngân", &["nguyên Chủ tịch Quốc hội"]),
            one("Cao Văn Bình", &["Bí thư Thành ủy Hà Nội"]),
        ]
    );
}

#[test]
fn a_counted_title_shared_by_members_listed_after_gom() {
    // "3 đồng chí Phó Chủ tịch …, gồm đồng chí: A, đồng chí B": one
    // person's cue before the colon, members cued one by one.
    let got = people(
        "Dự có 3 đồng chí Phó Chủ tịch Hội Cựu chiến binh tỉnh, gồm đồng chí: Lê Văn Bảo, đồng chí Trần Thị Hạnh, đồng chí Ngô Văn Tám.",
    );
    let deputy = ["Phó Chủ tịch Hội Cựu chiến binh tỉnh"];
    assert_eq!(
        got,
        [
            one("Lê Văn Bảo", &deputy),
            one("Trần Thị Hạnh", &deputy),
            one("Ngô Văn Tám", &deputy)
        ]
    );
    // A youth union names its officials "anh", "chị"; "các anh, chị:"
    // opens the list as "các ông, bà:" does.
    let got = people("Hai phó bí thư Đoàn xã gồm: anh Lê Văn Tùng và chị Phạm Thị Hoa.");
    assert_eq!(
        got,
        [
            one("Lê Văn Tùng", &["Phó Bí thư Đoàn xã"]),
            one("Phạm Thị Hoa", &["Phó Bí thư Đoàn xã"])
        ]
    );
    let got = people("4 Phó bí thư gồm các anh, chị: Lê Văn An, Nguyễn Văn Bình, Trịnh Thị Hiền.");
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(
        got.iter().all(|(_, titles)| titles == &["Phó bí thư"]),
        "{got:?}"
    );
    // Re-elected: the verb gives the post to someone cued as "chị".
    assert_eq!(
        people("Chị Hoàng Thị Mơ được tín nhiệm tái cử làm Bí thư Đoàn xã."),
        [one("Hoàng Thị Mơ", &["Bí thư Đoàn xã"])]
    );
    // Re-elected to hold the post, an ethnic-minority name of two words.
    assert_eq!(
        people("Ông Hồ Văn Prăng tiếp tục tái cử giữ chức Chủ tịch Mặt trận xã."),
        [one("Hồ Văn Prăng", &["Chủ tịch Mặt trận xã"])]
    );
    assert_eq!(
        people("Bà Alăng Thị Hoa được tái cử giữ chức vụ Chủ tịch Hội Phụ nữ xã."),
        [one("Alăng Thị Hoa", &["Chủ tịch Hội Phụ nữ xã"])]
    );
}

#[test]
fn young_people_cued_anh_chi_without_a_shared_title_stay_private() {
    // No title shared: "anh", "chị" name citizens, as before.
    let got = people("Các bạn trẻ gồm: anh Lê Văn Tùng và chị Phạm Thị Hoa tham gia dọn vệ sinh.");
    assert!(got.iter().all(|(_, titles)| titles.is_empty()), "{got:?}");
}

#[test]
fn a_post_both_hold_after_deu_la_or_cung_la_goes_to_both_names() {
    assert_eq!(
        people(
            "Công an tỉnh bắt tạm giam ông Trịnh Văn Hòe và ông Lương Đức Mạnh, đều là Phó \
             Chủ tịch UBND huyện Nga Lâm."
        ),
        [
            one("Trịnh Văn Hòe", &["Phó Chủ tịch UBND huyện Nga Lâm"]),
            one("Lương Đức Mạnh", &["Phó Chủ tịch UBND huyện Nga Lâm"])
        ]
    );
    assert_eq!(
        people("Bà Đinh Thị Gấm và bà Vũ Thị Hạnh cùng là Ủy viên Ban Chấp hành Hội Phụ nữ xã."),
        [
            one("Đinh Thị Gấm", &["Ủy viên Ban Chấp hành Hội Phụ nữ xã"]),
            one("Vũ Thị Hạnh", &["Ủy viên Ban Chấp hành Hội Phụ nữ xã"])
        ]
    );
}

#[test]
fn a_note_in_brackets_after_a_member_keeps_the_shared_title_going() {
    for text in [
        "Ban Chấp hành bầu 2 phó bí thư gồm anh Lê Văn Tâm (SN 1990), chị Trần Thị Hoa (SN 1992) và anh Đỗ Minh Khôi (SN 1988).",
        "Hội nghị bầu 3 Phó Chủ tịch gồm ông Lê Văn Tâm (45 tuổi), bà Trần Thị Hoa (41 tuổi), ông Đỗ Minh Khôi (50 tuổi).",
    ] {
        let got = people(text);
        assert_eq!(got.len(), 3, "{text}: {got:?}");
        assert!(
            got.iter().all(|(_, titles)| titles.len() == 1),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn the_other_holders_of_a_title_listed_after_khac_la_hold_it() {
    let got = people("Ngoài ra còn có 2 Phó Chủ tịch khác là Lê Văn Tâm, Đỗ Minh Khôi.");
    assert_eq!(
        got,
        [
            one("Lê Văn Tâm", &["Phó Chủ tịch"]),
            one("Đỗ Minh Khôi", &["Phó Chủ tịch"])
        ]
    );
}

#[test]
fn short_names_and_nicknames_in_a_run_with_two_full_names_are_people() {
    let text = "Các tuyển thủ đã ghi 2 bàn: Bùi Văn Hào, Khổng Văn Khang, Patrik Lê, \
                Đức Huy, Thanh Bình và Phạm Xuân Trọng.";
    let names: Vec<String> = people(text).into_iter().map(|(n, _)| n).collect();
    assert_eq!(
        names,
        [
            "Bùi Văn Hào",
            "Khổng Văn Khang",
            "Patrik Lê",
            "Đức Huy",
            "Thanh Bình",
            "Phạm Xuân Trọng"
        ]
    );
    // Communes and wards, some named after people, are no run of people.
    let text = "Đoàn đến các xã Tân Phú, Hòa Bình, Nguyễn Văn Trỗi, Lê Văn Tám.";
    let names: Vec<String> = people(text).into_iter().map(|(n, _)| n).collect();
    assert!(
        !names.iter().any(|n| n == "Tân Phú" || n == "Hòa Bình"),
        "{names:?}"
    );
}

#[test]
fn full_names_after_a_street_of_two_words_in_a_list_are_streets() {
    let text = "Các tuyến đường Lê Lợi, Trần Hưng Đạo, Nguyễn Thị Minh Khai được trồng cây.";
    assert!(people(text).is_empty(), "{:?}", people(text));
}

#[test]
fn a_post_written_once_after_two_names_is_both_holders() {
    assert_eq!(
        people(
            "Hai bị cáo còn lại là Lê Văn Thành (60 tuổi) và Trần Văn Tân (64 tuổi), cùng là cựu Thứ trưởng Bộ Công an được tại ngoại."
        ),
        [
            one("Lê Văn Thành", &["cựu Thứ trưởng Bộ Công an"]),
            one("Trần Văn Tân", &["cựu Thứ trưởng Bộ Công an"]),
        ]
    );
    // One with a post of their own keeps it.
    assert_eq!(
        people("Ông Lê Văn An, Bí thư Huyện ủy và ông Trần Văn Bình, đều là Ủy viên Ban Thường vụ Tỉnh ủy, dự."),
        [
            one("Lê Văn An", &["Bí thư Huyện ủy"]),
            one("Trần Văn Bình", &["Ủy viên Ban Thường vụ Tỉnh ủy"]),
        ]
    );
}

#[test]
fn a_post_counted_after_two_names_is_both_holders() {
    assert_eq!(
        people(
            "Ông Ngô Văn Hùng và ông Phạm Văn Long, hai cựu thứ trưởng Bộ Tài chính, bị khởi tố."
        ),
        [
            one("Ngô Văn Hùng", &["cựu thứ trưởng Bộ Tài chính"]),
            one("Phạm Văn Long", &["cựu thứ trưởng Bộ Tài chính"]),
        ]
    );
}

#[test]
fn a_counted_post_is_every_listed_ones() {
    for text in [
        "Hai cựu thứ trưởng Bộ Công an Trần Văn Hùng và Lê Quốc Dũng bị khởi tố.",
        "Hai cựu thứ trưởng Bộ Công an, Trần Văn Hùng và Lê Quốc Dũng, bị khởi tố.",
        "Viện kiểm sát truy tố hai cựu thứ trưởng Bộ Công an Trần Văn Hùng và Lê Quốc Dũng.",
    ] {
        assert_eq!(
            people(text),
            [
                one("Trần Văn Hùng", &["cựu thứ trưởng Bộ Công an"]),
                one("Lê Quốc Dũng", &["cựu thứ trưởng Bộ Công an"]),
            ],
            "{text}"
        );
    }
    assert_eq!(
        people("Dự có 3 Phó Chủ tịch UBND tỉnh: Lê Văn An, Trần Thị Bình và Phạm Văn Cường."),
        [
            one("Lê Văn An", &["Phó Chủ tịch UBND tỉnh"]),
            one("Trần Thị Bình", &["Phó Chủ tịch UBND tỉnh"]),
            one("Phạm Văn Cường", &["Phó Chủ tịch UBND tỉnh"]),
        ]
    );
    // A plural post's members listed after a comma.
    assert_eq!(
        people("Các Phó Chủ tịch UBND tỉnh, Lê Văn An và Trần Thị Bình, cùng dự."),
        [
            one("Lê Văn An", &["Phó Chủ tịch UBND tỉnh"]),
            one("Trần Thị Bình", &["Phó Chủ tịch UBND tỉnh"]),
        ]
    );
    // "năm" before a title is a year, not five; one named holds it alone.
    assert_eq!(
        people("Trong năm Chủ tịch UBND tỉnh Lê Văn An và ông Trần Văn Bình đã đối thoại."),
        [
            one("Lê Văn An", &["Chủ tịch UBND tỉnh"]),
            one("Trần Văn Bình", &[])
        ]
    );
}

#[test]
fn a_country_closing_an_organ_is_no_name_in_the_list_after_it() {
    assert_eq!(
        people(
            "Hai thứ trưởng Bộ Công an Việt Nam, Trần Văn Hùng và Lê Quốc Dũng, đã dự hội nghị."
        ),
        [
            one("Trần Văn Hùng", &["Thứ trưởng Bộ Công an Việt Nam"]),
            one("Lê Quốc Dũng", &["Thứ trưởng Bộ Công an Việt Nam"]),
        ]
    );
    let names: Vec<String> = people(
        "Thứ trưởng Bộ Công an Việt Nam, Trần Văn Hùng, Lê Quốc Dũng và Phạm Minh Tuấn đã dự.",
    )
    .into_iter()
    .map(|(name, _)| name)
    .collect();
    assert_eq!(names, ["Trần Văn Hùng", "Lê Quốc Dũng", "Phạm Minh Tuấn"]);
}

#[test]
fn a_deputys_post_written_once_before_two_names_is_both_names() {
    assert_eq!(
        people("Phó Giám đốc Công an tỉnh Hà Văn Lợi và Đặng Quốc Khải kiểm tra chốt trực."),
        [
            one("Hà Văn Lợi", &["Phó Giám đốc Công an tỉnh"]),
            one("Đặng Quốc Khải", &["Phó Giám đốc Công an tỉnh"]),
        ]
    );
    assert_eq!(
        people("Cựu Chủ tịch UBND huyện Lò Văn Sính và Đinh Công Mậu bị truy tố."),
        [
            one("Lò Văn Sính", &["Cựu Chủ tịch UBND huyện"]),
            one("Đinh Công Mậu", &["Cựu Chủ tịch UBND huyện"]),
        ]
    );
    // One office of one holder: the second name's post is not told.
    assert_eq!(
        people("Bí thư Huyện ủy Hà Văn Lợi và Đặng Quốc Khải dự lễ."),
        [one("Hà Văn Lợi", &["Bí thư Huyện ủy"])]
    );
}

#[test]
fn two_given_names_both_holding_the_post_after_deu_la() {
    assert_eq!(
        people("Ông Lợi và ông Khải đều là nguyên Phó Chủ tịch UBND tỉnh."),
        [
            one("Lợi", &["nguyên Phó Chủ tịch UBND tỉnh"]),
            one("Khải", &["nguyên Phó Chủ tịch UBND tỉnh"]),
        ]
    );
}

#[test]
fn a_pair_in_a_list_shares_the_post_in_brackets() {
    assert_eq!(
        people("Được tặng Bằng khen đợt này có: Hà Văn Lợi và Đặng Quốc Khải (cùng là Phó Chủ tịch UBND huyện); Lò Văn Sính và Đinh Công Mậu (Trưởng phòng Nội vụ huyện)."),
        [
            one("Hà Văn Lợi", &["Phó Chủ tịch UBND huyện"]),
            one("Đặng Quốc Khải", &["Phó Chủ tịch UBND huyện"]),
            one("Lò Văn Sính", &["Trưởng phòng Nội vụ huyện"]),
            one("Đinh Công Mậu", &["Trưởng phòng Nội vụ huyện"]),
        ]
    );
}

#[test]
fn a_title_after_cac_is_many_peoples_not_the_one_named_after_the_chain() {
    assert_eq!(
        people(
            "Thay mặt các Đại sứ, Thứ trưởng Bộ Ngoại giao Hà Minh Tuấn cảm ơn lãnh đạo Quốc hội."
        ),
        [one("Hà Minh Tuấn", &["Thứ trưởng Bộ Ngoại giao"])]
    );
    assert_eq!(
        people(
            "Thay mặt các Giám đốc sở, Trưởng các đơn vị trực thuộc, Phó Chủ tịch UBND tỉnh Lò Văn Chiến phát biểu."
        ),
        [one("Lò Văn Chiến", &["Phó Chủ tịch UBND tỉnh"])]
    );
}

#[test]
fn a_candidates_list_header_names_the_office_sought_not_held() {
    let got = people(
        "Danh sách ứng cử viên ĐBQH gồm: ông Nguyễn Văn An, Giám đốc Sở Tài chính; bà Trần Thị Bích, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh.",
    );
    assert_eq!(
        got,
        [
            one("Nguyễn Văn An", &["Giám đốc Sở Tài chính"]),
            one("Trần Thị Bích", &["Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"]),
        ]
    );
    let got = people(
        "Đơn vị bầu cử số 2 gồm các ứng cử viên đại biểu HĐND tỉnh: Lê Văn Cường - Bí thư Huyện ủy; Đỗ Thị Hà - Phó Giám đốc Sở Y tế.",
    );
    assert_eq!(
        got,
        [
            one("Lê Văn Cường", &["Bí thư Huyện ủy"]),
            one("Đỗ Thị Hà", &["Phó Giám đốc Sở Y tế"]),
        ]
    );
    // The office a candidate is sought for is not his either.
    let got =
        people("Ông Phạm Văn Long, Chủ tịch UBND huyện ứng cử đại biểu Quốc hội tại đơn vị số 3.");
    assert_eq!(got, [one("Phạm Văn Long", &["Chủ tịch UBND huyện"])]);
    // A shared title of those elected still goes to each.
    let got = people(
        "Các đại biểu HĐND tỉnh gồm: ông Nguyễn Văn An, Giám đốc Sở Tài chính; bà Trần Thị Bích, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh.",
    );
    assert_eq!(got[0].1[0], "đại biểu HĐND tỉnh");
}

#[test]
fn a_label_with_its_colon_goes_to_the_names_after_it_only() {
    let got = people(
        "Tham dự có đại biểu HĐND tỉnh: bà Lê Thị Mai – Phó Chủ tịch Hội Nông dân tỉnh; ông Trần Văn Nam – Trưởng phòng Nội vụ huyện; đại biểu HĐND huyện: bà Phạm Thị Hoa – Chủ tịch Hội Phụ nữ xã, ông Đỗ Văn Tùng – Bí thư Đoàn xã.",
    );
    assert_eq!(
        got,
        [
            one(
                "Lê Thị Mai",
                &["đại biểu HĐND tỉnh", "Phó Chủ tịch Hội Nông dân tỉnh"]
            ),
            one(
                "Trần Văn Nam",
                &["đại biểu HĐND tỉnh", "Trưởng phòng Nội vụ huyện"]
            ),
            one(
                "Phạm Thị Hoa",
                &["đại biểu HĐND huyện", "Chủ tịch Hội Phụ nữ xã"]
            ),
            one("Đỗ Văn Tùng", &["đại biểu HĐND huyện", "Bí thư Đoàn xã"]),
        ]
    );
    let got = people(
        "Về phía tỉnh có Phó Chủ tịch UBND tỉnh: đồng chí Lê Văn Hòa, Giám đốc Sở Nội vụ; Thành viên Ban Chỉ đạo: đồng chí Trần Minh Đức, Phó Chánh Văn phòng UBND tỉnh.",
    );
    assert_eq!(got[1].0, "Trần Minh Đức");
    assert_eq!(got[0].1, ["Phó Chủ tịch UBND tỉnh", "Giám đốc Sở Nội vụ"]);
    // A colon before the words someone says keeps the posts before it.
    let got =
        people("Ông Lê Văn Hòa, Phó Chủ tịch UBND tỉnh, Trưởng ban Chỉ đạo: Cần tập trung cao độ.");
    assert_eq!(
        got,
        [one(
            "Lê Văn Hòa",
            &["Phó Chủ tịch UBND tỉnh", "Trưởng ban Chỉ đạo"]
        )]
    );
}

#[test]
fn offices_joined_after_a_list_are_each_members_in_turn() {
    assert_eq!(
        people("Hai ông Quách Văn Am và Đào Văn Bình, Giám đốc và Phó Giám đốc Công ty Cấp nước tỉnh đã trao quà."),
        [
            one("Quách Văn Am", &["Giám đốc Công ty Cấp nước tỉnh"]),
            one("Đào Văn Bình", &["Phó Giám đốc Công ty Cấp nước tỉnh"])
        ]
    );
    // One post after the list is everyone's.
    assert_eq!(
        people("Dự có các đồng chí Quách Văn Am, Đào Văn Bình, Phó Bí thư Tỉnh ủy."),
        [
            one("Quách Văn Am", &["Phó Bí thư Tỉnh ủy"]),
            one("Đào Văn Bình", &["Phó Bí thư Tỉnh ủy"])
        ]
    );
}

#[test]
fn posts_before_a_dash_and_a_name_are_that_names_in_a_list_so_written() {
    assert_eq!(
        people("Cùng đi có Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Dân vận Tỉnh ủy - Lò Văn Thắm, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh - Đinh Thị Hạnh cùng lãnh đạo các sở, ngành."),
        [
            one(
                "Lò Văn Thắm",
                &["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng ban Dân vận Tỉnh ủy"]
            ),
            one(
                "Đinh Thị Hạnh",
                &["Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"]
            )
        ]
    );
    // Posts joined by a dash with no name after it stay the holder's.
    assert_eq!(
        people("Ông Lò Văn Thắm, Phó Chủ tịch UBND huyện - Trưởng ban Chỉ đạo phát biểu."),
        [one(
            "Lò Văn Thắm",
            &["Phó Chủ tịch UBND huyện", "Trưởng ban Chỉ đạo"]
        )]
    );
}

#[test]
fn a_roster_written_with_every_word_capitalised_still_names_its_guests() {
    let r = crate::parse::parse_report(
        "ds.txt",
        "Lễ nhậm chức Ban Cai quản Họ đạo\n\nSáng 14/3/2021, Họ đạo tổ chức lễ nhậm chức cho Ban Cai quản nhiệm kỳ mới với sự chứng kiến của đông đảo tín đồ trong vùng.\n\nVề phía chính quyền địa phương có:\n\n • Ông Lâm Văn Thơ, Phó Trưởng Ban Dân Vận Huyện Ủy Tân Phước\n • Thượng Tá Đỗ Minh Khoa, Phó Trưởng Công An Huyện Tân Phước\n • Bà Trần Thị Mỹ Lệ, Phó Chủ Tịch UBMTTQ Huyện Tân Phước\n • Ông Phan Văn Út, Đại Diện Sở Nội Vụ Tỉnh\n\nBuổi lễ kết thúc lúc 10 giờ cùng ngày, các vị chức sắc và quan khách chụp hình lưu niệm.\n",
    );
    let names: Vec<&str> = r.officials.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Lâm Văn Thơ",
            "Đỗ Minh Khoa",
            "Trần Thị Mỹ Lệ",
            "Phan Văn Út"
        ],
        "{:?}",
        r.officials
    );
    assert_eq!(
        r.officials[0].titles,
        ["Phó Trưởng Ban Dân Vận Huyện Ủy Tân Phước"]
    );
}

#[test]
fn a_headline_with_every_word_capitalised_names_no_one() {
    let t = Tokens::new("Thủ Tướng Chỉ Đạo Quyết Liệt Triển Khai Các Dự Án Trọng Điểm");
    assert!(!crate::parse::people::capitalised_roster_item(&t));
    let t = Tokens::new("- Ông Lâm Văn Thơ, Phó Trưởng Ban Dân Vận Huyện Ủy Tân Phước");
    assert!(crate::parse::people::capitalised_roster_item(&t));
}

#[test]
fn a_title_before_a_list_is_no_office_of_a_run_given_in_turn() {
    // The members' own posts after the shared one are not offices given
    // in turn ("A, B, Giám đốc và Phó Giám đốc Công ty C"): no body of a
    // later post is lent to the shared one.
    let text = "Dự có các Trưởng phòng Hà Văn Lực, Ủy viên Ban Thường vụ Huyện ủy, Lò Văn Tâm, Ủy viên Ban Thường vụ Huyện ủy.";
    let found = people(text);
    for (_, titles) in &found {
        assert!(
            titles.iter().all(|t| text.contains(t.as_str())),
            "{found:?}"
        );
    }
    assert_eq!(found[0].0, "Hà Văn Lực");
    assert!(
        found[0]
            .1
            .contains(&"Ủy viên Ban Thường vụ Huyện ủy".to_string()),
        "{found:?}"
    );
}

#[test]
fn a_member_s_narrower_title_keeps_the_list_under_the_shared_one() {
    assert_eq!(
        people(
            "Bộ có 5 Thứ trưởng gồm các ông: Thứ trưởng thường trực Lê Văn Tám, ông Trần Văn Ba, ông Lê Văn Hoa và ông Đinh Văn Khôi."
        ),
        [
            one("Lê Văn Tám", &["Thứ trưởng thường trực"]),
            one("Trần Văn Ba", &["Thứ trưởng"]),
            one("Lê Văn Hoa", &["Thứ trưởng"]),
            one("Đinh Văn Khôi", &["Thứ trưởng"]),
        ]
    );
}

#[test]
fn posts_given_respectively_go_one_to_each_in_order() {
    // "lần lượt" (respectively) before the verb: the posts pair with the
    // names in order, the body of the last shared by all.
    assert_eq!(
        people("Hội nghị đã bầu ông Đinh Quang Vỹ và bà Mạc Thị Hiền lần lượt làm Chủ tịch, Phó Chủ tịch UBND xã Yên Thủy."),
        [
            one("Đinh Quang Vỹ", &["Chủ tịch UBND xã Yên Thủy"]),
            one("Mạc Thị Hiền", &["Phó Chủ tịch UBND xã Yên Thủy"])
        ]
    );
    assert_eq!(
        people("Các anh Hứa Văn Khải, Tạ Minh Nguyệt lần lượt được tín nhiệm bầu giữ chức Bí thư, Phó Bí thư Đoàn phường Đông Hải."),
        [
            one("Hứa Văn Khải", &["Bí thư Đoàn phường Đông Hải"]),
            one("Tạ Minh Nguyệt", &["Phó Bí thư Đoàn phường Đông Hải"])
        ]
    );
}

#[test]
fn two_posts_written_before_two_holders_go_one_to_each() {
    assert_eq!(
        people("Kỳ họp bầu chức danh Trưởng ban và Phó Trưởng ban Pháp chế HĐND xã Tân Sơn đối với ông Kha Văn Sính và bà Lục Thị Huệ."),
        [
            one("Kha Văn Sính", &["Trưởng ban Pháp chế HĐND xã Tân Sơn"]),
            one("Lục Thị Huệ", &["Phó Trưởng ban Pháp chế HĐND xã Tân Sơn"])
        ]
    );
}

#[test]
fn a_plural_title_after_cac_stops_at_a_member_with_a_title_of_its_own() {
    // The title after "các" is shared by the names right after it; a member
    // written with a post before its name, and those after it, hold their
    // own posts only.
    assert_eq!(
        people(
            "Dự lễ có các nguyên Chủ tịch UBND tỉnh Vi Văn Tuấn, Mai Đức Thịnh; Bí thư Tỉnh ủy \
             Lò Văn Quý; nguyên Chủ tịch HĐND tỉnh Cầm Thị Ngọc."
        ),
        [
            one("Vi Văn Tuấn", &["nguyên Chủ tịch UBND tỉnh"]),
            one("Mai Đức Thịnh", &["nguyên Chủ tịch UBND tỉnh"]),
            one("Lò Văn Quý", &["Bí thư Tỉnh ủy"]),
            one("Cầm Thị Ngọc", &["nguyên Chủ tịch HĐND tỉnh"]),
        ]
    );
    // A post written after a member's name adds to the shared one.
    assert_eq!(
        people(
            "Tới dự có các Ủy viên Ban Thường vụ Tỉnh ủy Vi Văn Tuấn, Trưởng Ban Tổ chức Tỉnh \
             ủy; Mai Đức Thịnh, Trưởng Ban Tuyên giáo Tỉnh ủy."
        ),
        [
            one(
                "Vi Văn Tuấn",
                &[
                    "Ủy viên Ban Thường vụ Tỉnh ủy",
                    "Trưởng Ban Tổ chức Tỉnh ủy"
                ]
            ),
            one(
                "Mai Đức Thịnh",
                &[
                    "Ủy viên Ban Thường vụ Tỉnh ủy",
                    "Trưởng Ban Tuyên giáo Tỉnh ủy"
                ]
            ),
        ]
    );
}

#[test]
fn a_list_elected_to_a_post_with_no_giu_or_lam_shares_it() {
    let got = people(
        "Các ông: Lò Văn Sính, Hà Văn Khiêm và Vi Văn Đức được Đại hội bầu chức danh Phó Trưởng ban Kiểm tra Công đoàn ngành Giáo dục.",
    );
    let post = "Phó Trưởng ban Kiểm tra Công đoàn ngành Giáo dục";
    assert_eq!(
        got,
        [
            one("Lò Văn Sính", &[post]),
            one("Hà Văn Khiêm", &[post]),
            one("Vi Văn Đức", &[post]),
        ]
    );
}

#[test]
fn a_cue_written_again_after_the_colon_opens_no_name() {
    let got = people(
        "Đại biểu gồm đồng chí: Đồng chí Hà Minh Toàn (Phó Bí thư Tỉnh ủy) và Đồng chí Lò Thị Mai (Phó Chủ tịch UBND tỉnh).",
    );
    assert_eq!(
        got,
        [
            one("Hà Minh Toàn", &["Phó Bí thư Tỉnh ủy"]),
            one("Lò Thị Mai", &["Phó Chủ tịch UBND tỉnh"]),
        ]
    );
}

#[test]
fn a_membership_then_a_post_after_two_cued_names_is_both_members() {
    assert_eq!(
        people(
            "Dự hội nghị có ông Lò Văn Pọm, ông Cầm Thị Hoa, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh."
        ),
        [
            one("Lò Văn Pọm", &["Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh"]),
            one("Cầm Thị Hoa", &["Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh"])
        ]
    );
}

#[test]
fn names_before_a_dash_share_its_titles_inside_a_list_of_semicolons() {
    assert_eq!(
        people("Ban Thường vụ gồm các đồng chí: Sùng A Lử - Bí thư Đảng ủy xã; Mùa A Sình, Thào Thị Dở - Phó Bí thư Đảng ủy xã; Hờ A Chống - Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã."),
        [
            one("Sùng A Lử", &["Bí thư Đảng ủy xã"]),
            one("Mùa A Sình", &["Phó Bí thư Đảng ủy xã"]),
            one("Thào Thị Dở", &["Phó Bí thư Đảng ủy xã"]),
            one("Hờ A Chống", &["Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã"])
        ]
    );
}
