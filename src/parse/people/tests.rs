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
