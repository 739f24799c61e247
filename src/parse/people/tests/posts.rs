//! What the words around a title say of it: a post given by a verb, a
//! delegation or a visit that is no post, the dead who hold no office, a
//! given name alone that adds a post to the person named in full.

use super::{one, people};
use crate::parse::tokens::Tokens;

#[test]
fn a_post_given_after_a_unit_marked_new_goes_to_the_person() {
    assert_eq!(
        people("Tại kỳ họp, ông Đinh Công Sử, Phó Bí thư Tỉnh ủy An Giang (mới) được bầu giữ chức Chủ tịch HĐND tỉnh với 100% đại biểu tán thành."),
        [one("Đinh Công Sử", &["Phó Bí thư Tỉnh ủy An Giang (mới)", "Chủ tịch HĐND tỉnh"])]
    );
}

#[test]
fn a_holder_named_after_a_city_written_short_in_brackets_is_found() {
    // Since the 2025 mergers papers name a commune or ward with its city
    // in brackets, often written "TP.HCM" or "TP. Hồ Chí Minh".
    assert_eq!(
        people("Sáng 8-11, Bí thư Đảng ủy phường Sài Gòn (TP.HCM) Trần Thị Hạnh dự lễ ra quân."),
        [one(
            "Trần Thị Hạnh",
            &["Bí thư Đảng ủy phường Sài Gòn (TP.HCM)"]
        )]
    );
    assert_eq!(
        people("Phó Chủ tịch UBND xã Tân Nhựt (TP. Hồ Chí Minh) Lý Văn Quý trao quà."),
        [one(
            "Lý Văn Quý",
            &["Phó Chủ tịch UBND xã Tân Nhựt (TP. Hồ Chí Minh)"]
        )]
    );
    assert_eq!(
        people("Chủ tịch UBND xã Hưng Long (H.Bình Chánh) Phan Văn Lộc cho biết."),
        [one(
            "Phan Văn Lộc",
            &["Chủ tịch UBND xã Hưng Long (H.Bình Chánh)"]
        )]
    );
}

#[test]
fn a_post_given_after_a_move_to_a_new_place_of_work_goes_to_the_person() {
    assert_eq!(
        people("Hội nghị đã công bố quyết định điều động ông Lầu Văn Sử về nhận công tác tại phường Cốc Lếu và giữ chức Chủ tịch UBND phường."),
        [one("Lầu Văn Sử", &["Chủ tịch UBND phường"])]
    );
    assert_eq!(
        people("Bà Giàng Thị Mỷ được Ban Thường vụ Tỉnh ủy luân chuyển đến công tác tại đặc khu Cô Tô, chỉ định giữ chức Phó Bí thư Đảng ủy đặc khu."),
        [one("Giàng Thị Mỷ", &["Phó Bí thư Đảng ủy đặc khu"])]
    );
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
fn a_post_the_assembly_assents_to_is_given_to_the_person_named() {
    assert_eq!(
        people("Tại kỳ họp thứ 9, ông Sầm Văn Thịnh được phê chuẩn bổ nhiệm làm Bộ trưởng Bộ Xây dựng."),
        [one("Sầm Văn Thịnh", &["Bộ trưởng Bộ Xây dựng"])]
    );
    assert_eq!(
        people("Năm 2019, bà Mạc Thị Liên được Quốc hội phê chuẩn bổ nhiệm giữ chức Phó Thủ tướng Chính phủ."),
        [one("Mạc Thị Liên", &["Phó Thủ tướng Chính phủ"])]
    );
}

#[test]
fn a_post_someone_is_placed_in_after_a_merger_is_theirs() {
    assert_eq!(
        people("Sau sắp xếp, ông Khúc Văn Hải được bố trí làm chuyên viên Văn phòng Đảng ủy xã."),
        [one("Khúc Văn Hải", &["Chuyên viên Văn phòng Đảng ủy xã"])]
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
        people("Đồng chí Hoàng Văn Sinh, sinh năm 1972, dân tộc Tày, Phó Bí thư Tỉnh ủy, tái đắc cử Bí thư Tỉnh ủy."),
        [one("Hoàng Văn Sinh", &["Phó Bí thư Tỉnh ủy", "Bí thư Tỉnh ủy"])]
    );
    assert_eq!(
        people("Bộ công bố quyết định bổ nhiệm Thượng tá Hoàng Văn Nam - Phó Giám đốc Công an tỉnh Hà Tĩnh giữ chức vụ Giám đốc Công an tỉnh Quảng Trị."),
        [one(
            "Hoàng Văn Nam",
            &["Thượng tá", "Phó Giám đốc Công an tỉnh Hà Tĩnh", "Giám đốc Công an tỉnh Quảng Trị"]
        )]
    );
    // "và" between two posts given by verbs belongs to neither.
    assert_eq!(
        people("Ông Lê Văn Tâm được bầu giữ chức Chủ tịch UBND tỉnh và được chỉ định giữ chức Phó Bí thư Tỉnh ủy."),
        [one("Lê Văn Tâm", &["Chủ tịch UBND tỉnh", "Phó Bí thư Tỉnh ủy"])]
    );
    // One more post given after a comma and "sau khi" or "đồng thời".
    for text in [
        "Ông Lê Văn Tâm được HĐND tỉnh bầu giữ chức Chủ tịch UBND tỉnh, sau khi được điều động giữ chức Phó Bí thư Tỉnh ủy.",
        "Ông Lê Văn Tâm được bầu giữ chức Chủ tịch UBND tỉnh, đồng thời được chỉ định giữ chức Phó Bí thư Tỉnh ủy.",
    ] {
        assert_eq!(
            people(text),
            [one("Lê Văn Tâm", &["Chủ tịch UBND tỉnh", "Phó Bí thư Tỉnh ủy"])],
            "{text}"
        );
    }
    // A post left for another: the one taken up after "để" is held.
    assert_eq!(
        people("Ông Trần Văn Sơn - Ủy viên Trung ương Đảng - thôi giữ chức Bí thư Tỉnh ủy để nhận nhiệm vụ Phó ban Tổ chức Trung ương."),
        [one("Trần Văn Sơn", &["Ủy viên Trung ương Đảng", "Phó ban Tổ chức Trung ương"])]
    );
    // A post left for retirement gives none.
    assert_eq!(
        people("Ông Trần Văn Sơn, Chủ tịch Hội Nông dân tỉnh, thôi giữ chức để nghỉ hưu."),
        [one("Trần Văn Sơn", &["Chủ tịch Hội Nông dân tỉnh"])]
    );
    // What the unit belongs to stands between the post held and the verb,
    // and completes that post.
    assert_eq!(
        people("Đại tá Lê Văn Tâm - Sư đoàn trưởng Sư đoàn 305 thuộc Quân khu 9, được điều động, bổ nhiệm giữ chức vụ Chỉ huy trưởng Bộ CHQS tỉnh."),
        [one(
            "Lê Văn Tâm",
            &[
                "Đại tá",
                "Sư đoàn trưởng Sư đoàn 305 thuộc Quân khu 9",
                "Chỉ huy trưởng Bộ CHQS tỉnh"
            ]
        )]
    );
    assert_eq!(
        people("Dự có đồng chí Phạm Văn Khoa, HUVC, Phó Chủ tịch UBND huyện."),
        [one("Phạm Văn Khoa", &["HUVC", "Phó Chủ tịch UBND huyện"])]
    );
}

#[test]
fn a_given_name_alone_adds_a_post_to_the_one_person_named_in_full() {
    let r = crate::parse::parse_report(
        "a.txt",
        "Bầu Bí thư phường mới\n\nBà Lê Thị Hoa giữ chức Bí thư Đảng ủy phường. Trước đó, bà Hoa là Phó Bí thư Huyện ủy.",
    );
    let titles: Vec<&str> = r.officials[0].titles.iter().map(|t| t.as_str()).collect();
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
        people("HĐND huyện bầu bổ sung chức vụ Phó Chủ tịch UBND huyện đối với ông Trần Văn Bảo."),
        [one("Trần Văn Bảo", &["Phó Chủ tịch UBND huyện"])]
    );
    let r = crate::parse::parse_report(
        "c.txt",
        "Huyện có tân Chủ tịch\n\nÔng Nguyễn Minh Đức được bầu làm Chủ tịch UBND huyện.\n\nÔng từng giữ các chức vụ: Trưởng phòng Nội vụ, Bí thư xã Tân Lập, Phó Chủ tịch UBND huyện.",
    );
    let titles: Vec<&str> = r.officials[0].titles.iter().map(|t| t.as_str()).collect();
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
fn the_dead_remembered_by_an_office_hold_none_but_posts_held_before_are_theirs() {
    assert!(people("Đoàn đến viếng Chủ tịch UBND tỉnh Đặng Văn Hòa.").is_empty());
    assert!(people("Lễ tưởng niệm Bí thư Tỉnh ủy Hồ Văn Mười.").is_empty());
    // The posts one mourned held, written out, name them as the former
    // holder, before the name or after it.
    assert_eq!(
        people("Đoàn đến viếng nguyên Chủ tịch UBND tỉnh Đặng Văn Hòa."),
        [one("Đặng Văn Hòa", &["nguyên Chủ tịch UBND tỉnh"])]
    );
    assert_eq!(
        people("Lễ truy điệu đồng chí Vũ Đình Lạc, nguyên Trưởng Ban Dân vận Huyện ủy, nguyên Chủ tịch UBND huyện Yên Mô."),
        [one(
            "Vũ Đình Lạc",
            &["nguyên Trưởng Ban Dân vận Huyện ủy", "nguyên Chủ tịch UBND huyện Yên Mô"]
        )]
    );
    assert!(honoured("Lễ truy điệu đồng chí Vũ Đình Lạc, nguyên Bí thư Huyện ủy.").is_empty());
}

/// The names remembered as dead in `text`.
fn honoured(text: &str) -> Vec<String> {
    crate::parse::people::find_people_and_dead(&Tokens::new(text)).1
}

#[test]
fn the_dead_remembered_at_a_memorial_or_mourned_are_named_as_dead() {
    // A memorial's word, a word of mourning, or "và" after one remembered.
    let text = "Đoàn đến dâng hương tại Nhà lưu niệm Tổng Bí thư Trần Văn Bình.";
    assert_eq!(honoured(text), ["Trần Văn Bình"]);
    assert!(people(text).is_empty());
    let text = "Tuổi trẻ huyện bày tỏ niềm tiếc thương Chủ tịch Lê Văn Hòa.";
    assert_eq!(honoured(text), ["Lê Văn Hòa"]);
    let text = "Đoàn dâng hoa Chủ tịch Hồ Chí Minh và Chủ tịch Đặng Văn Tâm.";
    assert_eq!(honoured(text), ["Đặng Văn Tâm"]);
    assert!(people(text).is_empty());
    let text = "Lễ truy điệu đồng chí Phạm Văn Hưng diễn ra trọng thể.";
    assert_eq!(honoured(text), ["Phạm Văn Hưng"]);
    // A day of theirs, with "của" between; a funeral and a farewell.
    let text = "Tỉnh kỷ niệm 120 năm ngày sinh của đồng chí Trần Văn Phú.";
    assert_eq!(honoured(text), ["Trần Văn Phú"]);
    let text = "Sáng nay diễn ra Lễ tang Phó Thủ tướng Đào Duy Hiền.";
    assert_eq!(honoured(text), ["Đào Duy Hiền"]);
    // A patriarch mourned, named by his office and then his rank.
    let text = "Phái đoàn đến viếng tang Đức Pháp chủ GHPGVN - Đại lão Hòa thượng Thích Minh Đạo.";
    assert_eq!(honoured(text), ["Thích Minh Đạo"]);
    assert!(people(text).is_empty());
    // The one who lays the flowers is no one remembered.
    let text = "Bí thư Tỉnh ủy Lê Minh Châu dâng hương tại Khu di tích.";
    assert!(honoured(text).is_empty());
    assert_eq!(people(text), [one("Lê Minh Châu", &["Bí thư Tỉnh ủy"])]);
}

#[test]
fn a_keepsake_given_to_someone_remembers_no_one() {
    // "quà lưu niệm" is a keepsake; the one it is given to is there.
    let text = "Phó Chủ tịch UBND tỉnh tặng quà lưu niệm Linh mục Phêrô Lê Văn Khiêm, Chánh xứ Giáo xứ Tam Tòa.";
    assert!(honoured(text).is_empty());
    let names: Vec<String> = people(text).into_iter().map(|(n, _)| n).collect();
    assert_eq!(names, ["Phêrô Lê Văn Khiêm"]);
    // A memorial's place word before "lưu niệm" still remembers.
    let text = "Đoàn dâng hương tại Khu di tích lưu niệm Chủ tịch Tôn Đức Thắng.";
    assert_eq!(honoured(text), ["Tôn Đức Thắng"]);
    let text = "Đoàn viếng Phòng lưu niệm Đại tướng Lê Văn Sơn.";
    assert_eq!(honoured(text), ["Lê Văn Sơn"]);
}

#[test]
fn names_listed_after_one_remembered_are_remembered_too() {
    let text = "Đoàn viếng Phó Chủ tịch UBND tỉnh Lê Văn Hòa, Trần Minh Tâm và Phạm Thị Lan.";
    assert_eq!(
        honoured(text),
        ["Lê Văn Hòa", "Trần Minh Tâm", "Phạm Thị Lan"]
    );
    assert!(people(text).is_empty());
    let text = "Lễ tưởng niệm Bí thư Tỉnh ủy Hồ Văn Mười và Nguyễn Văn Sáu tại nghĩa trang.";
    assert_eq!(honoured(text), ["Hồ Văn Mười", "Nguyễn Văn Sáu"]);
    // Under a post held before, the list shares it as its former holders.
    let text = "Lễ tưởng niệm nguyên Bí thư Tỉnh ủy Hồ Văn Mười và Nguyễn Văn Sáu tại nghĩa trang.";
    assert!(honoured(text).is_empty());
    assert_eq!(
        people(text),
        [
            one("Hồ Văn Mười", &["nguyên Bí thư Tỉnh ủy"]),
            one("Nguyễn Văn Sáu", &["nguyên Bí thư Tỉnh ủy"])
        ]
    );
    // One set apart with a post after the list is among the living.
    let text =
        "Sau lễ dâng hương Chủ tịch Hồ Chí Minh và Nguyễn Văn Bảy, Bí thư Tỉnh ủy phát biểu.";
    assert!(!honoured(text).contains(&"Nguyễn Văn Bảy".to_string()));
}

#[test]
fn a_local_post_after_the_head_of_state_is_the_one_who_acts() {
    assert_eq!(
        people("Thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy Lê Văn Cường trao Huân chương."),
        [one("Lê Văn Cường", &["Bí thư Tỉnh ủy"])]
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

#[test]
fn election_verbs_after_a_bare_name_or_a_comma_give_the_post() {
    assert_eq!(
        people("Kỳ họp bầu ông Đào Văn Lực, giữ chức Chủ tịch HĐND xã và bà Hà Thị Nhung, giữ chức Phó Chủ tịch HĐND xã."),
        [
            one("Đào Văn Lực", &["Chủ tịch HĐND xã"]),
            one("Hà Thị Nhung", &["Phó Chủ tịch HĐND xã"]),
        ]
    );
    assert_eq!(
        people("Ông Lục Văn Tăng vừa được bầu làm Chủ tịch Hội Nông dân xã."),
        [one("Lục Văn Tăng", &["Chủ tịch Hội Nông dân xã"])]
    );
    assert_eq!(
        people(
            "Bà Mã Thị Hiền được Đại hội tín nhiệm bầu làm Chủ tịch Hội Liên hiệp Phụ nữ phường."
        ),
        [one(
            "Mã Thị Hiền",
            &["Chủ tịch Hội Liên hiệp Phụ nữ phường"]
        )]
    );
    assert_eq!(
        people("Ông Triệu Văn Sinh trúng cử chức vụ Chủ tịch UBND xã."),
        [one("Triệu Văn Sinh", &["Chủ tịch UBND xã"])]
    );
}

#[test]
fn titles_joined_by_a_dash_before_the_next_name_are_its_own() {
    assert_eq!(
        people("Dự có Bí thư Tỉnh ủy Lê Văn Hải, Phó Chủ tịch UBND tỉnh - Trưởng đoàn ĐBQH tỉnh Trần Thị Nga, Giám đốc Sở Y tế Hoàng Văn Bình."),
        [
            one("Lê Văn Hải", &["Bí thư Tỉnh ủy"]),
            one("Trần Thị Nga", &["Phó Chủ tịch UBND tỉnh", "Trưởng đoàn ĐBQH tỉnh"]),
            one("Hoàng Văn Bình", &["Giám đốc Sở Y tế"]),
        ]
    );
}

#[test]
fn a_post_written_first_goes_to_the_holder_after_its_term_or_rank() {
    assert_eq!(
        people("HĐND xã bầu chức danh Chủ tịch UBND xã khóa I, nhiệm kỳ 2021 - 2026 đối với ông Lò Văn Sính tại kỳ họp."),
        [one("Lò Văn Sính", &["Chủ tịch UBND xã khóa I, nhiệm kỳ 2021 - 2026"])]
    );
    assert_eq!(
        people("Kỳ họp bầu bổ sung Ủy viên UBND xã đối với Thiếu tá Vi Văn Lập - Chỉ huy trưởng Ban Chỉ huy Quân sự xã."),
        [one(
            "Vi Văn Lập",
            &["Ủy viên UBND xã", "Thiếu tá", "Chỉ huy trưởng Ban Chỉ huy Quân sự xã"]
        )]
    );
}

#[test]
fn a_post_given_to_someone_trusted_is_theirs() {
    assert_eq!(
        people("Đồng chí Lương Văn Khánh được tín nhiệm được bầu là Chủ tịch Hội."),
        [one("Lương Văn Khánh", &["Chủ tịch Hội"])]
    );
}

#[test]
fn a_post_given_by_a_verb_after_a_dash_is_the_person_s() {
    assert_eq!(
        people("Đ/c Hứa Văn Thịnh - tái cử chức danh Chủ tịch Hội Nông dân xã."),
        [one("Hứa Văn Thịnh", &["Chủ tịch Hội Nông dân xã"])]
    );
}

#[test]
fn a_post_given_after_two_titled_people_joined_by_and_is_both_s() {
    assert_eq!(
        people("Kỳ họp bầu ông Mạc Văn Tư - Chỉ huy trưởng Ban Chỉ huy Quân sự xã và ông Đinh Công Lực - Trưởng Công an xã được bầu làm Ủy viên UBND xã."),
        [
            one(
                "Mạc Văn Tư",
                &["Chỉ huy trưởng Ban Chỉ huy Quân sự xã", "Ủy viên UBND xã"]
            ),
            one("Đinh Công Lực", &["Trưởng Công an xã", "Ủy viên UBND xã"])
        ]
    );
    // Each with a post of their own: nothing is shared.
    assert_eq!(
        people("Ông Mạc Văn Tư - Chủ tịch UBND xã và ông Đinh Công Lực được bầu làm Phó Chủ tịch HĐND xã."),
        [
            one("Mạc Văn Tư", &["Chủ tịch UBND xã"]),
            one("Đinh Công Lực", &["Phó Chủ tịch HĐND xã"])
        ]
    );
}

#[test]
fn a_post_taken_up_after_a_move_is_the_person_s() {
    assert_eq!(
        people("Bộ Công an điều động Đại tá Hầu Văn Lâm - Giám đốc Công an tỉnh Hòa Bình đến nhận công tác và giữ chức vụ Cục trưởng Cục Cảnh sát giao thông."),
        [one(
            "Hầu Văn Lâm",
            &["Đại tá", "Giám đốc Công an tỉnh Hòa Bình", "Cục trưởng Cục Cảnh sát giao thông"]
        )]
    );
}

#[test]
fn a_police_department_named_in_lower_case_words_runs_whole() {
    // The department for the people's security movement is written with
    // and without "toàn dân"; both run to "Tổ quốc" and the ministry.
    assert_eq!(
        people("Dự lễ có Đại tá Khổng Văn Tài, Phó Cục trưởng Cục Xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc Bộ Công an."),
        [one(
            "Khổng Văn Tài",
            &["Đại tá", "Phó Cục trưởng Cục Xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc Bộ Công an"]
        )]
    );
}

#[test]
fn a_post_taken_away_was_the_named_person_s_until_then() {
    for (text, name, post) in [
        (
            "HĐND huyện miễn nhiệm chức vụ Phó Chủ tịch UBND huyện đối với ông Trần Văn Bảo.",
            "Trần Văn Bảo",
            "Phó Chủ tịch UBND huyện",
        ),
        (
            "Ban Thường vụ Huyện ủy cách chức Bí thư Đảng ủy xã Tân Lập đối với ông Hà Văn Dũng.",
            "Hà Văn Dũng",
            "Bí thư Đảng ủy xã Tân Lập",
        ),
        (
            "Thủ tướng phê chuẩn kết quả miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh nhiệm kỳ 2021 – 2026 với ông Phạm Văn Thanh, để nhận nhiệm vụ mới.",
            "Phạm Văn Thanh",
            "Phó Chủ tịch UBND tỉnh nhiệm kỳ 2021 – 2026",
        ),
        (
            "Xóa tư cách chức vụ Chủ tịch UBND tỉnh nhiệm kỳ 2011 – 2016 và nhiệm kỳ 2016 – 2021 đối với ông Đinh Quốc Thắng.",
            "Đinh Quốc Thắng",
            "Chủ tịch UBND tỉnh nhiệm kỳ 2011 – 2016",
        ),
    ] {
        assert_eq!(people(text), [one(name, &[post])], "{text}");
    }
    // The titles written with the name stay too.
    assert_eq!(
        people("HĐND tỉnh miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với ông Lê Văn Hùng, Tỉnh ủy viên."),
        [one("Lê Văn Hùng", &["Phó Chủ tịch UBND tỉnh", "Tỉnh ủy viên"])]
    );
}

#[test]
fn a_post_appointed_to_before_its_holders_is_theirs() {
    assert_eq!(
        people(
            "Quốc hội phê chuẩn đề nghị bổ nhiệm Phó Thủ tướng Chính phủ nhiệm kỳ 2021-2026 đối với bà Phạm Thị Thanh Hoa và ông Hồ Quốc Dương."
        ),
        [
            one("Phạm Thị Thanh Hoa", &["Phó Thủ tướng Chính phủ nhiệm kỳ 2021-2026"]),
            one("Hồ Quốc Dương", &["Phó Thủ tướng Chính phủ nhiệm kỳ 2021-2026"])
        ]
    );
}

#[test]
fn a_colon_after_doi_voi_opens_the_holders_of_the_post_written_first() {
    assert_eq!(
        people(
            "Thủ tướng phê chuẩn kết quả bầu Phó Chủ tịch UBND tỉnh Tân Lập nhiệm kỳ 2016 - 2021 đối với: Ông Hà Văn Khuê, ông Lù Văn Sỹ, bà Đinh Thị Mận."
        ),
        [
            one("Hà Văn Khuê", &["Phó Chủ tịch UBND tỉnh Tân Lập nhiệm kỳ 2016 - 2021"]),
            one("Lù Văn Sỹ", &["Phó Chủ tịch UBND tỉnh Tân Lập nhiệm kỳ 2016 - 2021"]),
            one("Đinh Thị Mận", &["Phó Chủ tịch UBND tỉnh Tân Lập nhiệm kỳ 2016 - 2021"]),
        ]
    );
}

#[test]
fn a_general_s_rank_misspelt_is_still_a_rank() {
    assert_eq!(
        people("Thiếu tưởng Nguyễn Văn Hùng, Phó Tư lệnh Quân khu 2 dự hội nghị."),
        [one(
            "Nguyễn Văn Hùng",
            &["Thiếu tưởng", "Phó Tư lệnh Quân khu 2"]
        )]
    );
}

#[test]
fn a_deputy_is_named_with_the_seat_in_brackets() {
    assert_eq!(
        people("Đại biểu Lê Văn Tâm (Nghệ An) cho rằng cần sửa luật. Theo đại biểu Lò Thị Nga (Đoàn ĐBQH tỉnh Điện Biên), cần bổ sung."),
        [
            one("Lê Văn Tâm", &["Đại biểu"]),
            one("Lò Thị Nga", &["Đoàn ĐBQH tỉnh Điện Biên"]),
        ]
    );
    // A family name that also opens places ("Danh", "Thạch") opens the
    // deputy's name too.
    assert_eq!(
        people("Đại biểu Thạch Sa Rươl (Sóc Trăng) chất vấn Bộ trưởng."),
        [one("Thạch Sa Rươl", &["Đại biểu"])]
    );
    // A name in brackets after a bare name is no seat.
    assert!(people("Ông Lê Văn Tâm (Nghệ An) cho rằng cần sửa luật.")
        .iter()
        .all(|(_, titles)| titles.is_empty()));
}

#[test]
fn a_deputy_s_mandate_ended_was_the_deputy_s_until_then() {
    let got = people(
        "Kỳ họp biểu quyết cho thôi làm nhiệm vụ đại biểu HĐND tỉnh khóa XI, nhiệm kỳ \
         2021 - 2026 đối với đồng chí Phan Văn Lộc, do chuyển công tác; bầu bổ sung Ủy viên \
         UBND tỉnh đối với ông Lý Văn Hậu, Giám đốc Sở Tư pháp.",
    );
    let titles: Vec<(&str, usize)> = got.iter().map(|p| (p.0.as_str(), p.1.len())).collect();
    assert_eq!(titles, [("Phan Văn Lộc", 1), ("Lý Văn Hậu", 2)]);
}

#[test]
fn posts_given_after_decisions_on_a_cadre() {
    // The term of the appointment stands between the decision and the post.
    assert_eq!(
        people(
            "Theo quyết định của Thủ tướng, ông Hoàng Minh Tiến đã được bổ nhiệm có thời hạn \
             giữ chức Thứ trưởng Bộ Tài nguyên và Môi trường."
        ),
        [one(
            "Hoàng Minh Tiến",
            &["Thứ trưởng Bộ Tài nguyên và Môi trường"]
        )]
    );
    assert_eq!(
        people(
            "Ông Đặng Văn Khoa được Ban Thường vụ Tỉnh ủy điều động, bổ nhiệm giữ chức Giám \
             đốc Sở Nội vụ. Tiếp nhận Chủ tịch Hội Nông dân huyện Lục Văn Hòa về công tác và \
             bổ nhiệm giữ chức vụ Phó Giám đốc Sở Tài chính."
        ),
        [
            one("Đặng Văn Khoa", &["Giám đốc Sở Nội vụ"]),
            one(
                "Lục Văn Hòa",
                &["Chủ tịch Hội Nông dân huyện", "Phó Giám đốc Sở Tài chính"]
            )
        ]
    );
    assert_eq!(
        people(
            "Kỳ họp miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với đồng chí Mai Văn Tùng \
             để đảm nhiệm chức vụ Phó Bí thư Thường trực Tỉnh ủy."
        ),
        [one(
            "Mai Văn Tùng",
            &["Phó Chủ tịch UBND tỉnh", "Phó Bí thư Thường trực Tỉnh ủy"]
        )]
    );
    // A study trip is no post.
    assert!(
        people("Ông Đặng Văn Khoa được cử đi học tại Học viện Chính trị khu vực I.")
            .iter()
            .all(|p| p.1.is_empty())
    );
}

#[test]
fn village_and_commune_militia_and_police_posts_in_an_awards_list() {
    assert_eq!(
        people(
            "Chủ tịch UBND xã tặng Giấy khen cho ông Lò Văn Pản - Công an viên bản Nà Sự; \
             ông Quàng Văn Ún - Thôn đội trưởng thôn Co Mạ và ông Cà Văn Hặc - Xã đội \
             trưởng xã Chiềng Lao."
        ),
        [
            one("Lò Văn Pản", &["Công an viên bản Nà Sự"]),
            one("Quàng Văn Ún", &["Thôn đội trưởng thôn Co Mạ"]),
            one("Cà Văn Hặc", &["Xã đội trưởng xã Chiềng Lao"])
        ]
    );
}

#[test]
fn a_post_newly_given_after_a_dash_is_the_post() {
    assert_eq!(
        people(
            "Thường trực HĐND tỉnh tặng hoa chúc mừng đồng chí Giàng A Tông - tân Ủy viên \
             UBND tỉnh và ông Lê Văn Tân, Giám đốc Sở Nội vụ."
        ),
        [
            one("Giàng A Tông", &["Ủy viên UBND tỉnh"]),
            one("Lê Văn Tân", &["Giám đốc Sở Nội vụ"])
        ]
    );
}

#[test]
fn a_post_given_by_lam_or_la_is_the_person_named_before_it() {
    assert_eq!(
        people(
            "Bí thư Tỉnh ủy Hoàng Văn Tường được chỉ định làm Trưởng đoàn, Phó Bí thư Tỉnh ủy Lý Thanh Sơn làm Phó đoàn, Thư ký là đồng chí Đặng Phúc Hòa, Trưởng ban Tổ chức Tỉnh ủy."
        ),
        [
            one("Hoàng Văn Tường", &["Bí thư Tỉnh ủy", "Trưởng đoàn"]),
            one("Lý Thanh Sơn", &["Phó Bí thư Tỉnh ủy", "Phó đoàn"]),
            one("Đặng Phúc Hòa", &["Thư ký", "Trưởng ban Tổ chức Tỉnh ủy"]),
        ]
    );
}

#[test]
fn an_organ_named_alone_after_a_dash_is_the_post_there() {
    assert_eq!(
        people("Tham dự có đồng chí Lâm Văn Tài - Công an tỉnh, đồng chí Lê Văn Hòa - Phó Chủ tịch UBMTTQVN huyện."),
        [
            one("Lâm Văn Tài", &["Công an tỉnh"]),
            one("Lê Văn Hòa", &["Phó Chủ tịch UBMTTQVN huyện"]),
        ]
    );
}

#[test]
fn a_holder_after_a_comma_who_then_acts_holds_the_titles_before() {
    assert_eq!(
        people("Phát biểu tại Hội nghị, Chủ tịch Hội Nông dân Việt Nam, Lương Quốc Bảo đánh giá cao kết quả."),
        [one("Lương Quốc Bảo", &["Chủ tịch Hội Nông dân Việt Nam"])]
    );
    // A name joined to others by "và" is no holder's.
    assert!(
        people("Thay mặt Chủ tịch nước, Lương Quốc Bảo và Hà Văn Tân trao quà.")
            .iter()
            .all(|(_, titles)| titles.is_empty())
    );
}

#[test]
fn a_cued_holder_after_theo_and_a_title_holds_it() {
    // "Theo" opens a clause whose speaker is named after the title.
    assert_eq!(
        people("Theo Trưởng Ban Dân vận Huyện ủy, bà Đặng Thị Lựu, huyện đã có 52 mô hình."),
        [one("Đặng Thị Lựu", &["Trưởng Ban Dân vận Huyện ủy"])]
    );
    assert_eq!(
        people("Cũng theo Phó Chủ tịch UBND xã, ông Mạc Văn Khuê, xã đã làm xong 3 km đường."),
        [one("Mạc Văn Khuê", &["Phó Chủ tịch UBND xã"])]
    );
    // A Hmong family name that is also a word, after the cue.
    assert_eq!(
        people("Tại buổi làm việc, Trưởng bản Huổi Luông, ông Vàng A Chớ, cho biết bản có 80 hộ."),
        [one("Vàng A Chớ", &["Trưởng bản Huổi Luông"])]
    );
    // Without a cue the name after "Theo …," may be someone else.
    assert!(
        people("Theo Chủ tịch UBND xã, Mạc Văn Khuê là người có nhiều đóng góp.")
            .iter()
            .all(|(_, titles)| titles.is_empty())
    );
}

#[test]
fn a_governor_general_is_named_with_the_office() {
    let got = people("Chủ tịch nước đón Toàn quyền Canada Mary Lowell thăm cấp Nhà nước.");
    assert!(
        got.contains(&one("Mary Lowell", &["Toàn quyền Canada"])),
        "{got:?}"
    );
}

#[test]
fn posts_listed_first_after_a_colon_or_semicolon_go_to_the_people_after_doi_voi() {
    assert_eq!(
        people("Ủy ban Thường vụ Quốc hội phê chuẩn kết quả bầu: Chủ tịch HĐND tỉnh Hà Nam khóa XX đối với ông Trần Đức Vinh kể từ ngày 20/6/2021; Phó Chủ tịch HĐND tỉnh Lai Châu khóa XV đối với bà Lò Thị Xuân và ông Sùng A Lử kể từ ngày 19/6/2021."),
        [
            one("Trần Đức Vinh", &["Chủ tịch HĐND tỉnh Hà Nam khóa XX"]),
            one("Lò Thị Xuân", &["Phó Chủ tịch HĐND tỉnh Lai Châu khóa XV"]),
            one("Sùng A Lử", &["Phó Chủ tịch HĐND tỉnh Lai Châu khóa XV"]),
        ]
    );
    // Right after "bầu" too; a member with a title of their own is elected
    // all the same, and keeps it.
    assert_eq!(
        people("HĐND tỉnh bầu Phó Chủ tịch UBND tỉnh đối với ông Lê Hữu Tình và ông Đặng Minh Lý, Giám đốc Sở Tài chính."),
        [
            one("Lê Hữu Tình", &["Phó Chủ tịch UBND tỉnh"]),
            one("Đặng Minh Lý", &["Phó Chủ tịch UBND tỉnh", "Giám đốc Sở Tài chính"]),
        ]
    );
    // Every member with titles of their own, the first one too.
    assert_eq!(
        people("Thủ tướng phê chuẩn kết quả bầu chức danh Ủy viên UBND tỉnh nhiệm kỳ 2016 - 2021 đối với ông Hà Quang Lợi, Giám đốc Sở Nội vụ và ông Trịnh Văn Tảo, Tỉnh ủy viên, Giám đốc Công an tỉnh."),
        [
            one(
                "Hà Quang Lợi",
                &["Ủy viên UBND tỉnh nhiệm kỳ 2016 - 2021", "Giám đốc Sở Nội vụ"]
            ),
            one(
                "Trịnh Văn Tảo",
                &[
                    "Ủy viên UBND tỉnh nhiệm kỳ 2016 - 2021",
                    "Tỉnh ủy viên",
                    "Giám đốc Công an tỉnh"
                ]
            ),
        ]
    );
}

#[test]
fn a_move_to_another_body_before_the_post_given_is_no_part_of_the_title() {
    assert_eq!(
        people("Ông Đinh Văn Sơn, Phó Chánh Văn phòng Tỉnh ủy đến nhận công tác tại Sở Nội vụ để bổ nhiệm giữ chức vụ Phó Giám đốc Sở Nội vụ."),
        [one("Đinh Văn Sơn", &["Phó Chánh Văn phòng Tỉnh ủy", "Phó Giám đốc Sở Nội vụ"])]
    );
}

#[test]
fn a_rank_after_and_ends_a_given_post_before_the_next_persons() {
    assert_eq!(
        people("Thủ tướng bổ nhiệm Thiếu tướng Lê Văn Phúc giữ chức Tư lệnh Quân khu 3 và Đại tá Hà Minh Quý giữ chức Phó Tư lệnh Quân khu 2."),
        [
            one("Lê Văn Phúc", &["Thiếu tướng", "Tư lệnh Quân khu 3"]),
            one("Hà Minh Quý", &["Đại tá", "Phó Tư lệnh Quân khu 2"]),
        ]
    );
}

#[test]
fn a_transfer_to_a_post_gives_it() {
    assert_eq!(
        people("Ông Trần Văn Lợi được bầu giữ chức Bí thư Tỉnh ủy (sau khi bà Hà Thị Liên chuyển công tác làm Phó trưởng Ban Tổ chức Trung ương)."),
        [
            one("Trần Văn Lợi", &["Bí thư Tỉnh ủy"]),
            one("Hà Thị Liên", &["Phó trưởng Ban Tổ chức Trung ương"]),
        ]
    );
    assert_eq!(
        people("Ông Đoàn Minh Tú chuyển sang giữ chức vụ Giám đốc Sở Nội vụ."),
        [one("Đoàn Minh Tú", &["Giám đốc Sở Nội vụ"])]
    );
    // A transfer that names no post gives none.
    assert!(people("Ông Đoàn Minh Tú chuyển công tác khác.")
        .iter()
        .all(|p| p.1.is_empty()));
}

#[test]
fn a_bare_lower_case_head_after_a_preposition_is_the_verbs_object() {
    assert_eq!(
        people("Phát biểu giao nhiệm vụ cho cán bộ, Thiếu tướng Lê Quang Thái chúc mừng các đồng chí được bổ nhiệm."),
        [one("Lê Quang Thái", &["Thiếu tướng"])]
    );
}

#[test]
fn a_role_for_the_occasion_after_lam_is_no_chain_of_the_next_name() {
    // The delegation's roles after a bare "làm" are no posts, and the
    // semicolon after the first closes its clause: the next member's post
    // is only the one written before the name.
    assert_eq!(
        people("Đoàn giám sát do Phó Chủ tịch Quốc hội Trần Văn Khải làm trưởng đoàn; Chủ nhiệm Ủy ban Pháp luật và Tư pháp Hoàng Minh Tùng làm phó trưởng đoàn đã làm việc tại tỉnh Quảng Trị."),
        [
            one("Trần Văn Khải", &["Phó Chủ tịch Quốc hội"]),
            one("Hoàng Minh Tùng", &["Chủ nhiệm Ủy ban Pháp luật và Tư pháp"]),
        ]
    );
    assert_eq!(
        people("Đoàn công tác do Phó Chủ tịch UBND tỉnh Lê Thị Hạnh làm trưởng đoàn, Giám đốc Sở Nội vụ Vũ Đức Nam làm phó trưởng đoàn."),
        [
            one("Lê Thị Hạnh", &["Phó Chủ tịch UBND tỉnh"]),
            one("Vũ Đức Nam", &["Giám đốc Sở Nội vụ"]),
        ]
    );
}

#[test]
fn the_purpose_a_cadre_is_introduced_for_is_no_part_of_the_title_held() {
    // "giới thiệu A - Phó Bí thư Tỉnh ủy để Ủy ban MTTQ tỉnh hiệp thương cử
    // giữ chức …": the body that gives the post after "để" is no part of
    // the title held; the post given is the person's.
    let got = people(
        "Ban Thường vụ Tỉnh ủy giới thiệu đồng chí Phan Văn Hậu - Phó Bí thư Tỉnh ủy để Ủy ban Mặt trận Tổ quốc tỉnh Hà Tĩnh hiệp thương cử giữ chức Phó Chủ tịch không chuyên trách Ủy ban Mặt trận Tổ quốc tỉnh.",
    );
    assert_eq!(
        got,
        [one(
            "Phan Văn Hậu",
            &[
                "Phó Bí thư Tỉnh ủy",
                "Phó Chủ tịch không chuyên trách Ủy ban Mặt trận Tổ quốc tỉnh"
            ]
        )]
    );
    let got = people(
        "Tỉnh đoàn giới thiệu chị Lò Thị Mai, Phó Bí thư Tỉnh đoàn để Ban Chấp hành Tỉnh đoàn bầu giữ chức Bí thư Tỉnh đoàn Điện Biên.",
    );
    assert_eq!(
        got,
        [one(
            "Lò Thị Mai",
            &["Phó Bí thư Tỉnh đoàn", "Bí thư Tỉnh đoàn Điện Biên"]
        )]
    );
}

#[test]
fn a_clause_between_a_title_and_the_post_it_leads_to_is_no_part_of_either() {
    // What the person does ("đã được phê chuẩn …", "đến nhận công tác tại
    // …") runs to the verb giving the post: the post is theirs, the clause
    // is dropped.
    let got = people(
        "Ông Lê Văn Hòa, Bí thư Tỉnh ủy Hòa Bình đã được phê chuẩn kết quả bầu giữ chức Trưởng Đoàn đại biểu Quốc hội tỉnh.",
    );
    assert_eq!(
        got,
        [one(
            "Lê Văn Hòa",
            &[
                "Bí thư Tỉnh ủy Hòa Bình",
                "Trưởng Đoàn đại biểu Quốc hội tỉnh"
            ]
        )]
    );
    let got = people(
        "Điều động ông Trần Văn Khải, Phó Giám đốc Sở Nội vụ đến nhận công tác tại Trường Cao đẳng Sư phạm và bổ nhiệm giữ chức Hiệu trưởng.",
    );
    assert_eq!(
        got,
        [one(
            "Trần Văn Khải",
            &["Phó Giám đốc Sở Nội vụ", "Hiệu trưởng"]
        )]
    );
    // A department's lower-case name still runs to the verb.
    let got = people(
        "Bà Ngô Thị Lan, Phó trưởng Ban chuyên trách Ban Bảo vệ chăm sóc sức khỏe cán bộ tỉnh giữ chức Phó Giám đốc Sở Y tế.",
    );
    assert_eq!(
        got,
        [one(
            "Ngô Thị Lan",
            &[
                "Phó trưởng Ban chuyên trách Ban Bảo vệ chăm sóc sức khỏe cán bộ tỉnh",
                "Phó Giám đốc Sở Y tế"
            ]
        )]
    );
}

#[test]
fn offices_and_organs_the_lists_lacked_are_read() {
    // An adviser's office, written in lower case after the name.
    assert_eq!(
        people(
            "Đoàn công tác do đồng chí Lê Huy Tâm, cố vấn Ban Chỉ đạo Trung ương làm trưởng đoàn."
        ),
        [one("Lê Huy Tâm", &["Cố vấn Ban Chỉ đạo Trung ương"])]
    );
    // "UVTT": a standing member, written short.
    assert_eq!(
        people("Dự có ông Hoàng Anh Tú – UVTT HĐND huyện, cùng các đồng chí."),
        [one("Hoàng Anh Tú", &["UVTT HĐND huyện"])]
    );
    // "T.Ư Đoàn" is the youth union's centre; "Đoàn" opens no name there.
    assert_eq!(
        people("Bí thư T.Ư Đoàn Ngô Văn Cường cho biết chiến dịch đã triển khai."),
        [one("Ngô Văn Cường", &["Bí thư T.Ư Đoàn"])]
    );
    // "Ủy ban Thường vụ Quốc hội" is the organ someone acts for, not a
    // standing member's office.
    assert_eq!(
        people("Thay mặt Ủy ban Thường vụ Quốc hội, Phó Chủ tịch Quốc hội Trần Văn Định đã ký nghị quyết."),
        [one("Trần Văn Định", &["Phó Chủ tịch Quốc hội"])]
    );
    // "Đoàn Chủ tịch" is the presidium of a Front or a union: an organ,
    // not the chair's office before the name that follows.
    assert_eq!(
        people("Theo Đoàn Chủ tịch Hội Nông dân tỉnh, Phó Chủ tịch Lê Thị Vân sẽ đọc báo cáo chính trị."),
        [one("Lê Thị Vân", &["Phó Chủ tịch"])]
    );
    assert_eq!(
        people("Bà Đinh Thị Hoa, Ủy viên Đoàn Chủ tịch Trung ương Hội Nông dân Việt Nam dự lễ."),
        [one(
            "Đinh Thị Hoa",
            &["Ủy viên Đoàn Chủ tịch Trung ương Hội Nông dân Việt Nam"]
        )]
    );
}

#[test]
fn a_post_given_after_the_committees_joined_or_entrusted_after_a_move() {
    assert_eq!(
        people(
            "Bà Trần Thị Nhàn, Ủy viên Trung ương Đảng, Chủ tịch Hội Nông dân Việt Nam, được \
             Bộ Chính trị điều động, phân công, chỉ định tham gia Ban Chấp hành, Ban Thường vụ \
             và giữ chức Phó Bí thư Đảng ủy Chính phủ."
        ),
        [one(
            "Trần Thị Nhàn",
            &[
                "Ủy viên Trung ương Đảng",
                "Chủ tịch Hội Nông dân Việt Nam",
                "Phó Bí thư Đảng ủy Chính phủ"
            ]
        )]
    );
    assert_eq!(
        people(
            "Bộ Chính trị chỉ định đồng chí Võ Văn Thạch tham gia Ban Chấp hành, Ban Thường vụ \
             Đảng ủy và giữ chức Phó Bí thư Thường trực Đảng ủy Quốc hội."
        ),
        [one(
            "Võ Văn Thạch",
            &["Phó Bí thư Thường trực Đảng ủy Quốc hội"]
        )]
    );
    // Put forward to be elected to the post by the committee joined.
    assert_eq!(
        people(
            "Bộ Chính trị chỉ định đồng chí Lâm Văn Khải, Phó Chủ nhiệm Văn phòng Quốc hội \
             tham gia Ban Chấp hành, Ban Thường vụ và giới thiệu để bầu giữ chức Bí thư Tỉnh ủy \
             Hòa Bắc."
        ),
        [one(
            "Lâm Văn Khải",
            &["Phó Chủ nhiệm Văn phòng Quốc hội", "Bí thư Tỉnh ủy Hòa Bắc"]
        )]
    );
    assert_eq!(
        people(
            "Ban Thường vụ Tỉnh ủy điều động, chỉ định tham gia Ban Chấp hành và giới thiệu \
             bầu giữ chức vụ Phó Bí thư Huyện ủy đối với ông Lâm Văn Khải."
        ),
        [one("Lâm Văn Khải", &["Phó Bí thư Huyện ủy"])]
    );
    // The bodies a person is added to, after "vào".
    assert_eq!(
        people(
            "Hội nghị bổ sung ông Lê Văn Tài, nguyên Phó Chủ tịch UBND huyện vào Ủy viên Ủy \
             ban, Ban Thường trực UBMTTQ Việt Nam tỉnh và giữ chức vụ Phó Chủ tịch chuyên \
             trách UBMTTQ Việt Nam tỉnh."
        ),
        [one(
            "Lê Văn Tài",
            &[
                "nguyên Phó Chủ tịch UBND huyện",
                "Phó Chủ tịch chuyên trách UBMTTQ Việt Nam tỉnh"
            ]
        )]
    );
    // The body someone is elected into, after a central body's post.
    assert_eq!(
        people(
            "Hội nghị đã bầu thêm chị Lò Thị Hạnh, Ủy viên Ban Thường vụ, Trưởng Ban Phong \
             trào Trung ương Hội vào Ban Thư ký Trung ương Hội khóa VIII."
        ),
        [one(
            "Lò Thị Hạnh",
            &[
                "Ủy viên Ban Thường vụ",
                "Trưởng Ban Phong trào Trung ương Hội"
            ]
        )]
    );
    assert_eq!(
        people(
            "Ông Đặng Quốc Huy, Giám đốc Đại học Huế, được Thủ tướng Chính phủ điều động, giao \
             Quyền Bộ trưởng Bộ Y tế."
        ),
        [one(
            "Đặng Quốc Huy",
            &["Giám đốc Đại học Huế", "Quyền Bộ trưởng Bộ Y tế"]
        )]
    );
}

#[test]
fn a_district_in_a_spelling_of_the_press_is_no_person() {
    // The list writes "Mù Căng Chải"; papers write "Mù Cang Chải".
    assert_eq!(
        people(
            "Trong đó, đồng chí Vũ Hồng Vân, Bí thư Huyện ủy Mù Cang Chải chia sẻ kết quả công tác dân vận."
        ),
        [one("Vũ Hồng Vân", &["Bí thư Huyện ủy Mù Cang Chải"])]
    );
}

#[test]
fn a_village_head_and_elder_hold_posts() {
    assert_eq!(
        people("Ông Y Bli Niê, Buôn trưởng buôn Cuôr cho biết, bà con đã góp công làm đường."),
        [one("Y Bli Niê", &["Buôn trưởng buôn Cuôr"])]
    );
    assert_eq!(
        people("Già làng A Thanh là người có uy tín trong cộng đồng."),
        [one("A Thanh", &["Già làng"])]
    );
    assert_eq!(
        people("Ông Lò Văn Pọm, Bản trưởng bản Hua Nà, vận động bà con hiến đất."),
        [one("Lò Văn Pọm", &["Bản trưởng bản Hua Nà"])]
    );
}

#[test]
fn list_members_with_their_home_in_brackets_are_people() {
    assert_eq!(
        people(
            "Điển hình như: anh Lê Văn Tú (xã Yên Lạc) với mô hình nuôi ong; Đinh Văn Bảy (xã Hòa Sơn) với mô hình trồng cam; Trường THCS Lê Lợi (xã An Bình) có mô hình hay."
        ),
        [one("Lê Văn Tú", &[]), one("Đinh Văn Bảy", &[])]
    );
    // A school named after someone, with its commune, is no one.
    assert!(people("Đoàn thăm Trường THCS Lê Lợi (xã An Bình) và tặng quà.").is_empty());
}

#[test]
fn a_post_given_after_titles_closed_by_a_dash_is_the_person_s_too() {
    assert_eq!(
        people(
            "Ban Bí thư chỉ định ông Trần Văn Hà - Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy - giữ chức Phó Bí thư Tỉnh ủy."
        ),
        [one(
            "Trần Văn Hà",
            &[
                "Ủy viên Ban Thường vụ Tỉnh ủy",
                "Trưởng Ban Tổ chức Tỉnh ủy",
                "Phó Bí thư Tỉnh ủy"
            ]
        )]
    );
    assert_eq!(
        people(
            "Đồng chí Lê Văn Quý, Bí thư Huyện ủy đã được 100% đại biểu tín nhiệm bầu giữ chức Chủ tịch HĐND huyện."
        ),
        [one("Lê Văn Quý", &["Bí thư Huyện ủy", "Chủ tịch HĐND huyện"])]
    );
}

#[test]
fn a_post_held_besides_one_whose_body_is_closed_is_a_post_of_its_own() {
    assert_eq!(
        people(
            "Ông Lê Văn Hà, Phó Chánh Văn phòng UBND tỉnh kiêm Trưởng Ban Tiếp công dân tỉnh trả lời."
        ),
        [one(
            "Lê Văn Hà",
            &["Phó Chánh Văn phòng UBND tỉnh", "Trưởng Ban Tiếp công dân tỉnh"]
        )]
    );
}

#[test]
fn a_degree_written_short_with_a_full_stop_is_kept() {
    assert_eq!(
        people("TS. Đào Văn Hùng, Viện trưởng Viện Nghiên cứu Tôn giáo trình bày."),
        [one(
            "Đào Văn Hùng",
            &["TS.", "Viện trưởng Viện Nghiên cứu Tôn giáo"]
        )]
    );
    assert_eq!(
        people("ThS. Lê Thị Lan, Phó Trưởng khoa Xây dựng Đảng trình bày."),
        [one(
            "Lê Thị Lan",
            &["ThS.", "Phó Trưởng khoa Xây dựng Đảng"]
        )]
    );
    // A doctor of science, short with a full stop or in full; a lecturer
    // of an institute and the academy above it.
    assert_eq!(
        people("GS, TSKH. Trần Văn Bình, Chủ tịch Hội đồng giáo sư ngành Kinh tế học, Giảng viên cao cấp Trường Đại học Kinh tế; PGS, TS. Lê Văn Tâm, nguyên Giảng viên cao cấp Viện Triết học, Viện Hàn lâm Khoa học xã hội Việt Nam."),
        [
            one(
                "Trần Văn Bình",
                &[
                    "GS",
                    "TSKH.",
                    "Chủ tịch Hội đồng giáo sư ngành Kinh tế học",
                    "Giảng viên cao cấp Trường Đại học Kinh tế"
                ]
            ),
            one(
                "Lê Văn Tâm",
                &[
                    "PGS",
                    "TS.",
                    "nguyên Giảng viên cao cấp Viện Triết học, Viện Hàn lâm Khoa học xã hội Việt Nam"
                ]
            )
        ]
    );
    assert_eq!(
        people("Giáo sư, Tiến sĩ khoa học Đỗ Văn Hải phát biểu."),
        [one("Đỗ Văn Hải", &["Giáo sư", "Tiến sĩ khoa học"])]
    );
}

#[test]
fn degrees_stacked_with_full_stops_keep_the_chain_before_them() {
    // A comma or a space between two degrees written short: the posts
    // before them are still the same person's.
    assert_eq!(
        people("Sáng nay, Thứ trưởng Bộ Giáo dục và Đào tạo, GS., TS. Trần Minh Khoa đánh trống khai giảng ở Hà Tĩnh."),
        [one(
            "Trần Minh Khoa",
            &["Thứ trưởng Bộ Giáo dục và Đào tạo", "GS.", "TS."]
        )]
    );
    assert_eq!(
        people(
            "Chiều 3/4, Giám đốc Trung tâm Y tế huyện Mỹ Tú, TS. BS. Lâm Văn Phúc thăm bệnh nhân."
        ),
        [one(
            "Lâm Văn Phúc",
            &["Giám đốc Trung tâm Y tế huyện Mỹ Tú", "TS.", "BS."]
        )]
    );
    assert_eq!(
        people("Phó Chủ tịch UBND tỉnh, PGS., TS. Đỗ Thị Hạnh phát biểu."),
        [one(
            "Đỗ Thị Hạnh",
            &["Phó Chủ tịch UBND tỉnh", "PGS.", "TS."]
        )]
    );
}

#[test]
fn a_district_committee_member_written_short_opens_a_chain() {
    assert_eq!(
        people("Dự có đ/c Nguyễn Ngọc Phan - QUV - Bí thư Đảng ủy phường."),
        [one("Nguyễn Ngọc Phan", &["QUV", "Bí thư Đảng ủy phường"])]
    );
}

#[test]
fn a_party_member_named_is_a_person_with_no_post() {
    assert_eq!(
        people("Đồng chí Y Quí Niê trao huy hiệu 45 năm tuổi Đảng cho Đảng viên Bạch Văn Hồng."),
        [one("Y Quí Niê", &[]), one("Bạch Văn Hồng", &[])]
    );
    assert!(people("Các đảng viên Đảng bộ xã tham gia học tập nghị quyết.").is_empty());
}

#[test]
fn posts_joined_by_a_dash_before_their_holder_are_all_theirs() {
    assert_eq!(
        people(
            "Quốc hội đã bầu Chủ nhiệm Ủy ban Công tác đại biểu đối với ông Nguyễn Hữu Đức; Tổng Thư ký Quốc hội – Chủ nhiệm Văn phòng Quốc hội đối với ông Lê Quang Mãn."
        ),
        [
            one("Nguyễn Hữu Đức", &["Chủ nhiệm Ủy ban Công tác đại biểu"]),
            one(
                "Lê Quang Mãn",
                &["Tổng Thư ký Quốc hội", "Chủ nhiệm Văn phòng Quốc hội"]
            )
        ]
    );
}

#[test]
fn a_staff_member_of_a_body_holds_a_post_there() {
    assert_eq!(
        people(
            "Cơ quan điều tra khởi tố bị can đối với ông Nguyễn Ngọc Cương là nhân viên Phòng Kế hoạch - Tài chính, Sở Giáo dục và Đào tạo tỉnh."
        ),
        [one(
            "Nguyễn Ngọc Cương",
            &["Nhân viên Phòng Kế hoạch - Tài chính, Sở Giáo dục và Đào tạo tỉnh"]
        )]
    );
    assert!(people("Các nhân viên Ngân hàng Chính sách xã hội hỗ trợ người dân.").is_empty());
}

#[test]
fn a_writer_or_a_journalist_is_named_by_the_trade() {
    assert_eq!(
        people(
            "Tổng biên tập báo Nông thôn Ngày nay Lê Quang Minh và nhà thơ Trần Đăng An trao giải."
        ),
        [
            one("Lê Quang Minh", &["Tổng biên tập báo Nông thôn Ngày nay"]),
            one("Trần Đăng An", &["Nhà thơ"])
        ]
    );
    assert_eq!(
        people("Nhà báo Lê Thị Hoa, Phó Tổng biên tập báo Thanh Niên dự."),
        [one(
            "Lê Thị Hoa",
            &["Nhà báo", "Phó Tổng biên tập báo Thanh Niên"]
        )]
    );
    // A village's cultural house is no writer.
    assert_eq!(people("Nhà văn hóa thôn Thượng được khánh thành."), []);
}

#[test]
fn a_post_given_after_a_delegations_unit_or_an_office_held_as_well() {
    // The unit a delegation stands for, then the post given after a dash.
    assert_eq!(
        people("Thủ tướng bổ nhiệm ông Lê Hồng Sơn - nguyên Bí thư Tỉnh ủy, Trưởng đoàn đại biểu Quốc hội khóa XIII của tỉnh Bình Định - giữ chức Thứ trưởng Bộ Tư pháp."),
        [one(
            "Lê Hồng Sơn",
            &[
                "nguyên Bí thư Tỉnh ủy",
                "Trưởng đoàn đại biểu Quốc hội khóa XIII của tỉnh Bình Định",
                "Thứ trưởng Bộ Tư pháp"
            ]
        )]
    );
    // A department's head held as well ("kiêm") goes on to the ministry
    // above after a comma, and the post given follows.
    assert_eq!(
        people("Thủ tướng bổ nhiệm ông Trần Văn Khải, Trợ lý Bộ trưởng kiêm Vụ trưởng Vụ Châu Âu, Bộ Ngoại giao, giữ chức Thứ trưởng Bộ Ngoại giao."),
        [one(
            "Trần Văn Khải",
            &[
                "Trợ lý Bộ trưởng kiêm Vụ trưởng Vụ Châu Âu, Bộ Ngoại giao",
                "Thứ trưởng Bộ Ngoại giao"
            ]
        )]
    );
}

#[test]
fn a_craftsman_is_named_by_the_trade_or_the_states_distinction() {
    assert_eq!(
        people("Nghệ nhân Hoàng Thị Chiêm truyền dạy hát then cho thanh niên."),
        [one("Hoàng Thị Chiêm", &["Nghệ nhân"])]
    );
    assert_eq!(
        people("Nghệ nhân Ưu tú Lường Văn Cưởng thổi khèn."),
        [one("Lường Văn Cưởng", &["Nghệ nhân Ưu tú"])]
    );
}

#[test]
fn two_words_no_unit_bears_after_xa_are_the_officials_name() {
    assert_eq!(
        people("Chủ tịch UBND xã Lê Kha cho biết xã đã xong đường."),
        [one("Lê Kha", &["Chủ tịch UBND xã"])]
    );
    assert_eq!(
        people("Bí thư Đảng ủy phường Phạm Toàn phát biểu."),
        [one("Phạm Toàn", &["Bí thư Đảng ủy phường"])]
    );
    // A ward that bears a hero's name is the ward, and a name after it the official's.
    assert!(people("Đảng ủy phường Trần Phú tổ chức hội nghị.").is_empty());
    assert_eq!(
        people("Chủ tịch UBND phường Trần Phú Lê Thị Hoa dự."),
        [one("Lê Thị Hoa", &["Chủ tịch UBND phường Trần Phú"])]
    );
}

#[test]
fn the_office_of_the_assembly_delegation_and_the_council_is_one_body() {
    assert_eq!(
        people("Chánh Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh Đào Duy Tân báo cáo."),
        [one(
            "Đào Duy Tân",
            &["Chánh Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh"]
        )]
    );
}

#[test]
fn a_post_won_again_or_a_high_tech_parks_board_is_read_whole() {
    assert_eq!(
        people("Ông Triệu Văn Khoa tái đắc cử chức danh Phó Chủ tịch HĐND huyện khóa XX."),
        [one("Triệu Văn Khoa", &["Phó Chủ tịch HĐND huyện khóa XX"])]
    );
    let board = ["Phó trưởng Ban Quản lý Khu Nông nghiệp Công nghệ cao"];
    assert_eq!(
        people("Thành phố tiếp nhận các Phó trưởng Ban Quản lý Khu Nông nghiệp Công nghệ cao gồm ông Lê Văn Cừ, ông Trần Duy Sơn."),
        [one("Lê Văn Cừ", &board), one("Trần Duy Sơn", &board)]
    );
}

#[test]
fn a_standing_committee_member_of_a_party_committee_written_short_is_a_title() {
    assert_eq!(
        people("Đoàn do đồng chí Lê Hữu Đạt - TVĐU - Phó Chủ tịch UBND làm trưởng đoàn."),
        [one("Lê Hữu Đạt", &["TVĐU", "Phó Chủ tịch UBND"])]
    );
    // An artist's title spelt with "sỹ", as many pages do; "Tiến Sỹ" is
    // a given name too often to be read as the degree.
    assert_eq!(
        people("Nghệ sỹ Ưu tú Mai Văn Sáu biểu diễn."),
        [one("Mai Văn Sáu", &["Nghệ sỹ Ưu tú"])]
    );
    assert_eq!(
        people("Ông Bùi Tiến Sỹ cho biết."),
        [one("Bùi Tiến Sỹ", &[])]
    );
}

#[test]
fn the_head_of_a_festivals_organising_board_holds_a_title() {
    assert_eq!(
        people("Trưởng Ban Tổ chức Ngày hội Lò Văn Piệng cho biết ngày hội có 12 đội tham gia."),
        [one("Lò Văn Piệng", &["Trưởng Ban Tổ chức Ngày hội"])]
    );
    assert_eq!(
        people("Trưởng Ban tổ chức Lễ hội Đinh Văn Sáu phát biểu."),
        [one("Đinh Văn Sáu", &["Trưởng Ban tổ chức Lễ hội"])]
    );
}

#[test]
fn a_holder_named_in_brackets_after_the_title_holds_it() {
    assert_eq!(
        people("Chủ tịch UBND xã (bà Hà Thị Mơ) trao quà cho các hộ."),
        [one("Hà Thị Mơ", &["Chủ tịch UBND xã"])]
    );
    // A caption's note in the brackets is no holder's bracket.
    assert_eq!(
        people("Chủ tịch UBND tỉnh (ông Lê Văn Hòa, bên phải) trao quà."),
        [one("Lê Văn Hòa", &[])]
    );
}

#[test]
fn an_envoy_received_at_the_opening_of_a_clause_is_no_title_of_the_host() {
    assert_eq!(
        people(
            "Tiếp Đại sứ Hà Lan, Chủ tịch nước Trần Văn Bình đề nghị hai nước tăng cường hợp tác."
        ),
        [one("Trần Văn Bình", &["Chủ tịch nước"])]
    );
    // The envoy named with the title is a person all the same.
    assert_eq!(
        people("Đại sứ Fiji Isikeli Mataitoga trình quốc thư lên Chủ tịch nước."),
        [one("Isikeli Mataitoga", &["Đại sứ Fiji"])]
    );
}

#[test]
fn a_post_given_after_two_people_joined_by_and_is_both_people_s() {
    assert_eq!(
        people("Ông Trần Văn Trường, Tỉnh ủy viên và bà Đỗ Thị Ánh được chỉ định giữ chức Phó Bí thư chuyên trách Đảng ủy UBND tỉnh."),
        [
            one(
                "Trần Văn Trường",
                &["Tỉnh ủy viên", "Phó Bí thư chuyên trách Đảng ủy UBND tỉnh"]
            ),
            one("Đỗ Thị Ánh", &["Phó Bí thư chuyên trách Đảng ủy UBND tỉnh"]),
        ]
    );
    // A post given after the second of two sentences' people stays theirs.
    assert_eq!(
        people("Ông Lê Văn An, Bí thư Huyện ủy phát biểu; bà Đỗ Thị Ánh được bầu làm Chủ tịch HĐND huyện."),
        [
            one("Lê Văn An", &["Bí thư Huyện ủy"]),
            one("Đỗ Thị Ánh", &["Chủ tịch HĐND huyện"]),
        ]
    );
}

#[test]
fn an_ambassador_s_rank_conferred_is_the_holder_s_and_every_listed_member_s() {
    let text = "Phó Chủ tịch nước trao quyết định phong hàm Đại sứ bậc hai cho ông Lê Mạnh Cường - Thứ trưởng Bộ Ngoại giao; phong hàm Đại sứ bậc một cho các ông, bà: Lê Thị Hoa, Phó Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài; Trần Quang Minh, Tổng Lãnh sự Việt Nam tại Osaka - Nhật Bản.";
    assert_eq!(
        people(text),
        [
            one(
                "Lê Mạnh Cường",
                &["Đại sứ bậc hai", "Thứ trưởng Bộ Ngoại giao"]
            ),
            one(
                "Lê Thị Hoa",
                &[
                    "Đại sứ bậc một",
                    "Phó Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài"
                ]
            ),
            one(
                "Trần Quang Minh",
                &[
                    "Đại sứ bậc một",
                    "Tổng Lãnh sự Việt Nam tại Osaka - Nhật Bản"
                ]
            ),
        ]
    );
    // A certificate from an official to a list names no post of theirs.
    let text = "Bằng khen của Chủ tịch UBND tỉnh cho các ông, bà: Lê Thị Hoa, Trần Quang Minh.";
    assert!(people(text).iter().all(|(_, titles)| titles.is_empty()));
}

#[test]
fn a_post_given_after_also_or_a_bare_birth_year_is_the_person_s() {
    assert_eq!(
        people("Ông Lê Văn Châu cũng được bầu giữ chức Phó Bí thư Tỉnh ủy."),
        [one("Lê Văn Châu", &["Phó Bí thư Tỉnh ủy"])]
    );
    assert_eq!(
        people("Ông Lê Văn Châu sinh năm 1965 được bầu giữ chức Phó Bí thư Tỉnh ủy."),
        [one("Lê Văn Châu", &["Phó Bí thư Tỉnh ủy"])]
    );
}

#[test]
fn a_rank_before_the_first_of_a_list_keeps_the_post_a_verb_gives() {
    assert_eq!(
        people(
            "3 đồng chí: Thượng tướng Lê Văn Ba, Trần Quốc Toản, Hà Thị Mai đã được bầu \
             giữ chức Phó Chủ tịch Quốc hội."
        ),
        [
            one("Lê Văn Ba", &["Thượng tướng", "Phó Chủ tịch Quốc hội"]),
            one("Trần Quốc Toản", &["Phó Chủ tịch Quốc hội"]),
            one("Hà Thị Mai", &["Phó Chủ tịch Quốc hội"])
        ]
    );
}

#[test]
fn a_list_with_bare_birth_years_shares_the_post_a_verb_gives() {
    assert_eq!(
        people(
            "Các ông Lê Văn Ba sinh năm 1962, Trần Quốc Toản sinh năm 1964 cũng được bầu \
             giữ chức Phó Chủ tịch UBND tỉnh."
        ),
        [
            one("Lê Văn Ba", &["Phó Chủ tịch UBND tỉnh"]),
            one("Trần Quốc Toản", &["Phó Chủ tịch UBND tỉnh"])
        ]
    );
    // With no verb giving a post, the listed keep none.
    assert_eq!(
        people("Các ông Lê Văn Ba sinh năm 1962, Trần Quốc Toản sinh năm 1964 đã đến dự."),
        [one("Lê Văn Ba", &[]), one("Trần Quốc Toản", &[])]
    );
}

#[test]
fn an_office_elect_keeps_its_word() {
    assert_eq!(
        people("Chủ tịch nước gửi điện mừng Tổng thống đắc cử Pedro Almeida."),
        [one("Pedro Almeida", &["Tổng thống đắc cử"])]
    );
}

#[test]
fn a_deputy_of_a_council_spelt_out_is_a_post_shared_by_the_pair() {
    let got = people(
        "Ngày 9/5, ông Hà Văn Lực và ông Mai Đức Toàn, đại biểu Hội đồng nhân dân (HĐND) huyện khóa XII, tiếp xúc cử tri.",
    );
    // The bracketed initials stay as written.
    let post = ["đại biểu Hội đồng nhân dân (HĐND) huyện khóa XII"];
    assert!(got.len() == 2 && got.iter().all(|p| p.1 == post), "{got:?}");
}

#[test]
fn an_answer_to_the_floor_ends_the_title_after_the_name() {
    assert_eq!(
        people(
            "Tại phiên chất vấn, bà Lê Thị Hoa, Giám đốc Sở Tài chính trả lời ý kiến của đại biểu."
        ),
        [one("Lê Thị Hoa", &["Giám đốc Sở Tài chính"])]
    );
    assert_eq!(
        people("Ông Đỗ Văn Tâm, Giám đốc Sở Nội vụ giải trình về việc sắp xếp các xã."),
        [one("Đỗ Văn Tâm", &["Giám đốc Sở Nội vụ"])]
    );
}

#[test]
fn a_trade_association_keeps_its_sector_in_lower_case() {
    assert_eq!(
        people(
            "Ông Lê Văn Bình, Chủ tịch Hiệp hội thủy sản Việt Nam (VASEP) cho biết giá cá tăng."
        ),
        [one("Lê Văn Bình", &["Chủ tịch Hiệp hội thủy sản Việt Nam"])]
    );
}

#[test]
fn the_dead_s_own_offering_is_no_remembrance() {
    // "Lễ dâng hương của …": the one named offers it.
    let text = "Lễ dâng hương của Chủ tịch UBND tỉnh Lê Minh Châu diễn ra trang trọng.";
    assert!(honoured(text).is_empty());
}

#[test]
fn a_career_told_year_by_year_gives_its_posts_to_the_one_it_tells_of() {
    let r = crate::parse::parse_report(
        "c.txt",
        "Nhà văn cao niên qua đời\n\nNhà văn Lương Văn Bảng, sinh năm 1921, quê Nam Định, đã qua đời.\n\nTừ năm 1950 - 1954 ông là Trưởng ty Thông tin tỉnh Nam Định, năm 1960 - 1965 ông là Phó Chủ tịch Hội Văn nghệ Hà Nội.",
    );
    let titles: Vec<&str> = r.officials[0].titles.iter().map(|t| t.as_str()).collect();
    assert!(
        titles.contains(&"Trưởng ty Thông tin tỉnh Nam Định"),
        "{titles:?}"
    );
    assert!(
        titles.contains(&"Phó Chủ tịch Hội Văn nghệ Hà Nội"),
        "{titles:?}"
    );
    // After a list of several names, "ông" is none of them for sure.
    let r = crate::parse::parse_report(
        "d.txt",
        "Tin buồn\n\nNhà thơ Lò Văn Xuân là bạn của nhóm thơ gồm: Hà Văn Lộc, Lý Văn Thọ. Ông từng dạy học, từ năm 1957 - 1960 ông là Chánh Văn phòng Hội Văn nghệ tỉnh.",
    );
    let given = |name: &str| {
        r.officials
            .iter()
            .any(|o| o.name == name && o.titles.iter().any(|t| t.starts_with("Chánh")))
    };
    assert!(!given("Lý Văn Thọ"), "{:?}", r.officials);
    // "bà con" after a year is the people of a place, no "she".
    assert!(people("Năm 2023, bà con nông dân xã Tân Lập thu hoạch lúa.").is_empty());
}

#[test]
fn a_unit_deputy_and_a_post_held_besides_in_brackets_are_posts() {
    assert_eq!(
        people("Đại úy Lê Văn Hào, Đội phó Đội Cảnh sát giao thông Công an huyện, cho biết."),
        [one(
            "Lê Văn Hào",
            &["Đại úy", "Đội phó Đội Cảnh sát giao thông Công an huyện"]
        )]
    );
    assert_eq!(
        people(
            "Khởi tố ông Trần Văn Tuân (nguyên tổng cục phó Tổng cục Hậu cần) về tội nhận hối lộ."
        ),
        [one(
            "Trần Văn Tuân",
            &["nguyên tổng cục phó Tổng cục Hậu cần"]
        )]
    );
    assert_eq!(
        people("Kết quả: 5. Đỗ Văn Khang (kiêm Bộ trưởng Ngoại giao): 470 phiếu."),
        [one("Đỗ Văn Khang", &["Bộ trưởng Ngoại giao"])]
    );
}

#[test]
fn a_post_held_before_after_an_address_or_nguyen_la_is_read() {
    // The address between commas, unit after unit, stands between the
    // name and the post.
    assert_eq!(
        people("Công an bắt Lê Văn Tính, sinh năm 1981, trú tại phường Hòa Thuận, thị xã Phú Lâm, tỉnh Quảng Nam, nguyên Trưởng phòng Kỹ thuật Công ty Lâm nghiệp Sông Tranh."),
        [one(
            "Lê Văn Tính",
            &["nguyên Trưởng phòng Kỹ thuật Công ty Lâm nghiệp Sông Tranh"]
        )]
    );
    // "nguyên là": the post held before keeps its modifier.
    assert_eq!(
        people("Đinh Văn Tâm nguyên là Giám đốc Công ty TNHH Sông Tranh."),
        [one(
            "Đinh Văn Tâm",
            &["nguyên Giám đốc Công ty TNHH Sông Tranh"]
        )]
    );
    // "nguyên là" after a current post, as one more link of the chain.
    assert_eq!(
        people("Tỉnh đã kỷ luật khiển trách ông Trịnh Văn Lợi, Giám đốc Sở Xây dựng, nguyên là Chủ tịch UBND TP Tân An."),
        [one(
            "Trịnh Văn Lợi",
            &["Giám đốc Sở Xây dựng", "nguyên Chủ tịch UBND TP Tân An"]
        )]
    );
    assert_eq!(
        people("Bà Lương Thị Hạnh, Phó trưởng Ban Dân vận Huyện ủy, cựu là Chủ tịch Hội Nông dân huyện, phát biểu."),
        [one(
            "Lương Thị Hạnh",
            &["Phó trưởng Ban Dân vận Huyện ủy", "cựu Chủ tịch Hội Nông dân huyện"]
        )]
    );
    // The membership alone between the name and the post.
    assert_eq!(
        people("Ủy ban Kiểm tra Tỉnh ủy khai trừ khỏi Đảng ông Lâm Văn Khải, đảng viên, Phó Chánh Văn phòng Sở Y tế tỉnh Tân Hà."),
        [one("Lâm Văn Khải", &["Phó Chánh Văn phòng Sở Y tế tỉnh Tân Hà"])]
    );
    // An address alone gives no post.
    assert!(
        people("Ông Lê Văn Hùng, trú tại xã An Bình, cho biết gia đình đã nhận tiền.")
            .iter()
            .all(|(_, titles)| titles.is_empty())
    );
}

#[test]
fn a_firms_own_name_of_two_words_before_a_mark_is_no_holder() {
    // "Hoàng Phát" opens like a family name, but a holder is named in full.
    assert_eq!(
        people("Dự có ông Đào Văn Khải, cựu giám đốc Công ty Minh Hoàng Phát, và nhiều khách mời."),
        [one(
            "Đào Văn Khải",
            &["cựu giám đốc Công ty Minh Hoàng Phát"]
        )]
    );
    // A full name after the firm's is its director's.
    assert_eq!(
        people("Giám đốc Công ty TNHH Minh Phát Lê Văn Quân phát biểu."),
        [one("Lê Văn Quân", &["Giám đốc Công ty TNHH Minh Phát"])]
    );
}

#[test]
fn a_notarys_office_named_after_its_founder_is_no_person() {
    assert_eq!(
        people("Cùng ký biên bản bàn giao có ông Trần Văn Khoa, công chứng viên Văn phòng công chứng Lê Minh Tuấn và bà Đỗ Thị Hạnh, luật sư."),
        [
            one(
                "Trần Văn Khoa",
                &["Công chứng viên Văn phòng công chứng Lê Minh Tuấn"]
            ),
            one("Đỗ Thị Hạnh", &["Luật sư"]),
        ]
    );
    // Before a name, the title ends where the name begins: the head of
    // the practice is named after it.
    assert_eq!(
        people("Trưởng Văn phòng luật sư Hồ Văn Nam phát biểu tại buổi tiếp xúc cử tri."),
        [one("Hồ Văn Nam", &["Trưởng Văn phòng luật sư"])]
    );
}

#[test]
fn a_vote_counting_board_and_a_foreign_legislature_are_read_whole() {
    assert_eq!(
        people("Trưởng ban kiểm phiếu Đỗ Văn Tùng trình bày kết quả kiểm phiếu."),
        [one("Đỗ Văn Tùng", &["Trưởng ban kiểm phiếu"])]
    );
    assert_eq!(
        people("Chủ tịch Quốc hội gửi điện mừng Ủy viên trưởng Ủy ban thường vụ Đại hội đại biểu nhân dân toàn quốc Trung Quốc Triệu Minh Khang."),
        [one(
            "Triệu Minh Khang",
            &["Ủy viên trưởng Ủy ban thường vụ Đại hội đại biểu nhân dân toàn quốc Trung Quốc"]
        )]
    );
    // An academician's rank joined to a professor's.
    assert_eq!(
        people("Dự có GS.VS Châu Văn Hiền, Chủ tịch Viện Hàn lâm."),
        [one("Châu Văn Hiền", &["GS.VS", "Chủ tịch Viện Hàn lâm"])]
    );
}

#[test]
fn a_visitor_awaited_or_gone_is_not_there() {
    // The visit set in the future or the past, in either order.
    assert_eq!(
        people("Chủ tịch nước Lê Văn Hòa đề nghị hai bên chuẩn bị tốt cho chuyến thăm của Tổng thống Erik Valdar."),
        [one("Lê Văn Hòa", &["Chủ tịch nước"])]
    );
    assert!(
        people("Chủ tịch nước mong muốn sớm được đón Quốc vương Harald Ostven thăm Việt Nam.")
            .is_empty()
    );
    assert!(people(
        "Chuyến thăm cấp Nhà nước vừa qua của Tổng thống Erik Valdar thành công tốt đẹp."
    )
    .is_empty());
    // A visit under way names one who is there.
    assert_eq!(
        people("Chủ tịch nước chủ trì lễ đón Tổng thống Erik Valdar tại Phủ Chủ tịch."),
        [one("Erik Valdar", &["Tổng thống"])]
    );
}

#[test]
fn a_hospital_department_after_a_trade_is_no_one_and_china_is_one_country() {
    assert!(
        people("Bộ trưởng khen ngợi tập thể y, bác sỹ Khoa Hồi sức sơ sinh của bệnh viện.")
            .is_empty()
    );
    assert_eq!(
        people("Bác sĩ Lê Văn Nam, Trưởng Khoa Hồi sức cấp cứu cho biết."),
        [one(
            "Lê Văn Nam",
            &["Bác sĩ", "Trưởng Khoa Hồi sức cấp cứu"]
        )]
    );
    assert_eq!(
        people("Chủ tịch nước Cộng hòa Nhân dân Trung Hoa Triệu Minh Khang hội đàm."),
        [one(
            "Triệu Minh Khang",
            &["Chủ tịch nước Cộng hòa Nhân dân Trung Hoa"]
        )]
    );
}

#[test]
fn a_youth_union_before_its_unit_is_no_one_named_doan() {
    assert_eq!(
        people("Dự có ông Lê Văn Nam, Bí thư Đoàn Khối cơ quan tỉnh."),
        [one("Lê Văn Nam", &["Bí thư Đoàn Khối cơ quan tỉnh"])]
    );
    assert_eq!(
        people(
            "Dự có Hoàng Minh Tâm, Phó Bí thư Đoàn Than Quảng Ninh; Bùi Văn Thất, Bí thư Đảng ủy."
        ),
        [
            one("Hoàng Minh Tâm", &["Phó Bí thư Đoàn Than Quảng Ninh"]),
            one("Bùi Văn Thất", &["Bí thư Đảng ủy"])
        ]
    );
    // "Đoàn" opening a holder's name before what the holder does.
    assert_eq!(
        people("Tổng Thanh tra Chính phủ Đoàn Minh Khải phát biểu."),
        [one("Đoàn Minh Khải", &["Tổng Thanh tra Chính phủ"])]
    );
    assert_eq!(
        people("Bí thư Đoàn Văn Hùng phát biểu."),
        [one("Đoàn Văn Hùng", &["Bí thư"])]
    );
}

#[test]
fn a_law_office_s_name_is_no_lawyer() {
    assert_eq!(
        people("Ông Tống Văn Lộc, Trưởng văn phòng luật sư Tín Nghĩa phát biểu."),
        [one("Tống Văn Lộc", &["Trưởng văn phòng luật sư Tín Nghĩa"])]
    );
    assert!(people("Hai luật sư của Văn phòng luật sư Mạc Văn Tài cũng tham gia.").is_empty());
}

#[test]
fn a_presiding_judge_is_titled_and_presiding_is_no_post() {
    assert_eq!(
        people("Chủ tọa phiên tòa là Thẩm phán Lương Thị Hạnh."),
        [one("Lương Thị Hạnh", &["Chủ tọa phiên tòa", "Thẩm phán"])]
    );
    assert_eq!(
        people("Chủ tọa Lương Thị Hạnh thông báo tạm nghỉ."),
        [one("Lương Thị Hạnh", &["Chủ tọa"])]
    );
    assert_eq!(
        people("Đồng chí Kiều Văn Lâm chủ tọa hội nghị."),
        [one("Kiều Văn Lâm", &[])]
    );
}

#[test]
fn bodies_joined_before_a_comma_and_the_post_given_are_the_cadres() {
    assert_eq!(
        people("Trao quyết định điều động, chỉ định đồng chí Lê Văn Tư, Phó Giám đốc Sở Tài chính tham gia Ban Chấp hành, Ban Thường vụ, giữ chức vụ Phó Bí thư Huyện ủy Yên Lạc khóa XX."),
        [one(
            "Lê Văn Tư",
            &["Phó Giám đốc Sở Tài chính", "Phó Bí thư Huyện ủy Yên Lạc khóa XX"]
        )]
    );
}

#[test]
fn a_degree_or_a_physicians_grade_written_short_is_the_next_persons() {
    // A degree however it is cased, after another guest's post.
    assert_eq!(
        people("Dự có bà Hà Thị Ngân, Phó Chủ tịch UBMTTQ quận; Ths. Kha Minh Tuấn, Phó Giám đốc Sở GD&ĐT."),
        [
            one("Hà Thị Ngân", &["Phó Chủ tịch UBMTTQ quận"]),
            one("Kha Minh Tuấn", &["Ths.", "Phó Giám đốc Sở GD&ĐT"])
        ]
    );
    // A physician's grade and an engineer's degree, short and in full.
    assert_eq!(
        people("Tham dự có BS.CKII Lạc Văn Đông, Giám đốc BV Đa khoa huyện; KS. Phí Văn Bắc, Giám đốc Cty TNHH MTV Thủy lợi; BSCKI Ông Thị Ngà, Phó Giám đốc; Bác sĩ chuyên khoa II Thân Văn Hậu, Trưởng khoa Nội."),
        [
            one("Lạc Văn Đông", &["BS.CKII", "Giám đốc BV Đa khoa huyện"]),
            one("Phí Văn Bắc", &["KS.", "Giám đốc Cty TNHH MTV Thủy lợi"]),
            one("Ông Thị Ngà", &["BSCKI", "Phó Giám đốc"]),
            one("Thân Văn Hậu", &["Bác sĩ chuyên khoa II", "Trưởng khoa Nội"])
        ]
    );
}

#[test]
fn the_capacity_a_person_acts_in_is_their_post() {
    assert_eq!(
        people("Tham dự có đồng chí Khúc Thị Duyên với vai trò là Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện."),
        [one("Khúc Thị Duyên", &["Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"])]
    );
    assert_eq!(
        people("Ông Lò Văn Pấng với tư cách Trưởng đoàn đại biểu tỉnh đã trao quà."),
        [one("Lò Văn Pấng", &["Trưởng đoàn đại biểu tỉnh"])]
    );
}

#[test]
fn a_department_named_for_sectors_joined_by_dashes_stays_in_the_post() {
    assert_eq!(
        people(
            "Dự có các đồng chí: Trần Thị Mỹ Lệ-Phó Trưởng phòng Thông tin-Báo chí Sở Thông tin và Truyền thông tỉnh; Lê Văn Sáu-Bí thư Huyện ủy."
        ),
        [
            one(
                "Trần Thị Mỹ Lệ",
                &["Phó Trưởng phòng Thông tin-Báo chí Sở Thông tin và Truyền thông tỉnh"]
            ),
            one("Lê Văn Sáu", &["Bí thư Huyện ủy"])
        ]
    );
    assert_eq!(
        people("Bà Hồ Thị Diệu, Trưởng phòng Báo chí - Xuất bản, phát biểu tại hội nghị."),
        [one("Hồ Thị Diệu", &["Trưởng phòng Báo chí - Xuất bản"])]
    );
}

#[test]
fn a_candidate_s_job_at_a_school_a_theatre_or_a_notary_is_the_post() {
    assert_eq!(
        people("Các ứng cử viên gồm: bà Lò Thị Hạnh, viên chức Nhà hát Ca múa nhạc tỉnh; ông Tạ Văn Phúc, giáo viên Trường THPT Trần Phú."),
        [
            one("Lò Thị Hạnh", &["Viên chức Nhà hát Ca múa nhạc tỉnh"]),
            one("Tạ Văn Phúc", &["Giáo viên Trường THPT Trần Phú"])
        ]
    );
    assert_eq!(
        people("Bà Vàng Thị Dua, giáo viên trường PTDTBT Tiểu học Sín Chải, dự."),
        [one(
            "Vàng Thị Dua",
            &["Giáo viên trường PTDTBT Tiểu học Sín Chải"]
        )]
    );
    assert_eq!(
        people("Ông Đoàn Minh Khang, công chứng viên Văn phòng công chứng Bình Minh, phát biểu."),
        [one(
            "Đoàn Minh Khang",
            &["Công chứng viên Văn phòng công chứng Bình Minh"]
        )]
    );
    // Before a name the teacher's noun stays no post, and the staff of a
    // body counted by kind are no one.
    assert_eq!(
        people("Giáo viên Triệu Thị Lan dạy học ở điểm trường bản Phìn."),
        [one("Triệu Thị Lan", &[])]
    );
    assert!(people("Cán bộ, công chức, viên chức Sở Nội vụ tham dự lễ chào cờ.").is_empty());
}

#[test]
fn a_post_given_in_a_clause_opening_the_sentence_is_its_subjects() {
    assert_eq!(
        people("Sau khi nhận quyết định bổ nhiệm chức Phó Giám đốc Sở Tư pháp, ông Đinh Quang Hữu đã làm việc với các phòng chuyên môn."),
        [one("Đinh Quang Hữu", &["Phó Giám đốc Sở Tư pháp"])]
    );
    assert_eq!(
        people("Phát biểu nhận nhiệm vụ Bí thư Huyện ủy, đồng chí Lò Thị Mai cảm ơn sự tin tưởng của Ban Thường vụ Tỉnh ủy."),
        [one("Lò Thị Mai", &["Bí thư Huyện ủy"])]
    );
    assert_eq!(
        people("Được điều động giữ chức Giám đốc Sở Nông nghiệp và Môi trường, bà Vi Thị Thảo hứa sẽ cùng tập thể hoàn thành nhiệm vụ."),
        [one("Vi Thị Thảo", &["Giám đốc Sở Nông nghiệp và Môi trường"])]
    );
    // Decisions listed with a comma.
    assert_eq!(
        people("Được điều động, bổ nhiệm giữ chức Phó Chánh Văn phòng Tỉnh ủy, ông Đinh Quang Hữu nhận nhiệm vụ từ ngày 1/3."),
        [one("Đinh Quang Hữu", &["Phó Chánh Văn phòng Tỉnh ủy"])]
    );
    // A body or meeting named before the comma gives no post.
    assert!(people(
        "Thay mặt Ban Thường vụ Tỉnh ủy, ông Đinh Quang Hữu trao quyết định cho các đồng chí."
    )
    .iter()
    .all(|(_, titles)| titles.is_empty()));
    assert!(
        people("Tại hội nghị Ban Chấp hành, bà Vi Thị Thảo quán triệt các nội dung.")
            .iter()
            .all(|(_, titles)| titles.is_empty())
    );
    // A post once held is not given by the clause.
    assert!(people(
        "Khi còn giữ chức Chủ tịch UBND huyện, ông Đinh Quang Hữu đã ký nhiều quyết định."
    )
    .iter()
    .all(|(_, titles)| titles.is_empty()));
}

#[test]
fn people_listed_before_a_verb_that_gives_a_post_all_hold_it() {
    assert_eq!(
        people("Bà Đào Thị Huệ, ông Lương Văn Khải giữ chức Phó Chủ tịch HĐND huyện."),
        [
            one("Đào Thị Huệ", &["Phó Chủ tịch HĐND huyện"]),
            one("Lương Văn Khải", &["Phó Chủ tịch HĐND huyện"]),
        ]
    );
    assert_eq!(
        people("Kết quả, ông Triệu Văn Lâm, bà Hứa Thị Nhàn và ông Vi Đức Toàn được bầu làm Ủy viên UBND xã."),
        [
            one("Triệu Văn Lâm", &["Ủy viên UBND xã"]),
            one("Hứa Thị Nhàn", &["Ủy viên UBND xã"]),
            one("Vi Đức Toàn", &["Ủy viên UBND xã"]),
        ]
    );
    // Posts given one each ("lần lượt") stay apart: one to each, in order.
    assert_eq!(
        people("Ông Triệu Văn Lâm, bà Hứa Thị Nhàn lần lượt giữ chức Chủ tịch, Phó Chủ tịch Hội Nông dân xã."),
        [
            one("Triệu Văn Lâm", &["Chủ tịch Hội Nông dân xã"]),
            one("Hứa Thị Nhàn", &["Phó Chủ tịch Hội Nông dân xã"]),
        ]
    );
}

#[test]
fn a_council_committee_given_in_lower_case_after_lam_is_a_post() {
    assert_eq!(
        people("Ông Lò Văn Pấu, UV BTV, trưởng ban Tổ chức Huyện ủy làm trưởng ban pháp chế HĐND huyện."),
        [one(
            "Lò Văn Pấu",
            &["UV BTV", "Trưởng ban Tổ chức Huyện ủy", "Trưởng ban pháp chế HĐND huyện"]
        )]
    );
}

#[test]
fn a_post_given_by_a_verb_after_a_former_post_in_brackets() {
    assert_eq!(
        people("Bà Đinh Thị Quế tái cử Phó Chủ tịch HĐND tỉnh, ông Cù Văn Sang (nguyên Bí thư Huyện ủy Yên Thế) giữ chức Phó Chủ tịch HĐND tỉnh."),
        [
            one("Đinh Thị Quế", &["Phó Chủ tịch HĐND tỉnh"]),
            one("Cù Văn Sang", &["nguyên Bí thư Huyện ủy Yên Thế", "Phó Chủ tịch HĐND tỉnh"]),
        ]
    );
}

#[test]
fn a_deputy_named_with_the_delegation_keeps_the_next_titles_after_a_semicolon() {
    let got = people("Dự kỳ họp có đồng chí Phan Hữu Đức, Ủy viên Bộ Chính trị; Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh, Đại biểu Quốc hội khóa XV Đoàn Bắc Giang; đồng chí Tạ Minh Hòa, Phó Chủ tịch Quốc hội.");
    assert_eq!(
        got,
        [
            one(
                "Phan Hữu Đức",
                &[
                    "Ủy viên Bộ Chính trị",
                    "Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh",
                    "Đại biểu Quốc hội khóa XV Đoàn Bắc Giang"
                ]
            ),
            one("Tạ Minh Hòa", &["Phó Chủ tịch Quốc hội"]),
        ]
    );
}

#[test]
fn an_aides_post_is_the_appointees_and_the_office_served_the_next_names() {
    // The post a verb gives is the aide's; the leader named after the
    // office served holds only the office.
    assert_eq!(
        people("Thủ tướng vừa ký quyết định bổ nhiệm ông Lê Văn Hòa giữ chức vụ Trợ lý Thủ tướng Trần Đức Minh."),
        [
            one("Lê Văn Hòa", &["Trợ lý Thủ tướng"]),
            one("Trần Đức Minh", &["Thủ tướng"])
        ]
    );
    assert_eq!(
        people("Phó Thủ tướng Đỗ Văn An đã ký quyết định bổ nhiệm bà Ngô Thị Lan làm Trợ lý Phó Thủ tướng Nguyễn Hữu Tâm, kể từ ngày 1/4."),
        [
            one("Đỗ Văn An", &["Phó Thủ tướng"]),
            one("Ngô Thị Lan", &["Trợ lý Phó Thủ tướng"]),
            one("Nguyễn Hữu Tâm", &["Phó Thủ tướng"])
        ]
    );
    // The aide of a former leader: the former offices are the leader's,
    // and the verb after the leader's name gives its post to the aide.
    assert_eq!(
        people("Thủ tướng bổ nhiệm ông Vũ Đình Khoa, Trợ lý nguyên Ủy viên Bộ Chính trị, nguyên Phó Thủ tướng Chính phủ Hoàng Văn Cường giữ chức vụ Trợ lý Phó Thủ tướng Lâm Quốc Bảo."),
        [
            one("Vũ Đình Khoa", &["Trợ lý"]),
            one(
                "Hoàng Văn Cường",
                &["nguyên Ủy viên Bộ Chính trị", "nguyên Phó Thủ tướng Chính phủ"]
            ),
            one("Lâm Quốc Bảo", &["Phó Thủ tướng"])
        ]
    );
    // The offices served run on with commas to the leader's name.
    assert_eq!(
        people("Ông Đoàn Văn Khải được điều động, bổ nhiệm giữ chức Trợ lý Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Lưu Đình Hà từ ngày 2/3."),
        [
            one("Đoàn Văn Khải", &["Trợ lý Ủy viên Bộ Chính trị"]),
            one("Lưu Đình Hà", &["Ủy viên Bộ Chính trị", "Thường trực Ban Bí thư"])
        ]
    );
    assert_eq!(
        people("Chủ tịch nước vừa cử bà Mạc Thị Thuận, Vụ trưởng Vụ Tổng hợp, làm Thư ký Ủy viên Bộ Chính trị, Chủ tịch nước Phùng Quang Vĩnh."),
        [
            one("Mạc Thị Thuận", &["Vụ trưởng Vụ Tổng hợp", "Thư ký Ủy viên Bộ Chính trị"]),
            one("Phùng Quang Vĩnh", &["Ủy viên Bộ Chính trị", "Chủ tịch nước"])
        ]
    );
    assert_eq!(
        people("Tham dự có ông Tạ Quang Lợi, Thư ký nguyên Tổng Bí thư Hà Đức Mạnh."),
        [
            one("Tạ Quang Lợi", &["Thư ký"]),
            one("Hà Đức Mạnh", &["nguyên Tổng Bí thư"])
        ]
    );
    // An aide named after the post, with no verb before it, holds it.
    assert_eq!(
        people("Sáng 5/6, Trợ lý Tổng Bí thư Nguyễn Văn Thành đã làm việc với tỉnh."),
        [one("Nguyễn Văn Thành", &["Trợ lý Tổng Bí thư"])]
    );
    assert_eq!(
        people("Ông Phạm Quốc Khải được bổ nhiệm làm Trợ lý Bộ trưởng Bộ Ngoại giao."),
        [one("Phạm Quốc Khải", &["Trợ lý Bộ trưởng Bộ Ngoại giao"])]
    );
}

#[test]
fn a_firm_written_short_as_cty_stays_in_the_title() {
    // "Cty" is "Công ty": the foreign-sounding words after it are the
    // firm's name, no person's.
    assert_eq!(
        people("Tham dự buổi gặp mặt có ông Lâm Văn Phú - Chủ tịch công đoàn Cty Daesung Vina cùng 40 đoàn viên."),
        [one("Lâm Văn Phú", &["Chủ tịch công đoàn Cty Daesung Vina"])]
    );
}

#[test]
fn a_deputy_chair_written_p_ct_is_an_office() {
    assert_eq!(
        people("Ông Tạ Văn Hùng, nguyên P.CT UBND huyện, P.CT Hội Khuyến học huyện phát biểu tại buổi lễ."),
        [one("Tạ Văn Hùng", &["nguyên P.CT UBND huyện", "P.CT Hội Khuyến học huyện"])]
    );
}

#[test]
fn the_sector_a_union_serves_is_no_name() {
    // "Công Đoàn ngành": "Đoàn" opens family names, "ngành" is no
    // middle name.
    assert_eq!(
        people("Đoàn công tác do bà Lò Thị Hằng, Phó Giám đốc, Trưởng Công Đoàn ngành Giáo dục dẫn đầu đã đến thăm trường."),
        [one("Lò Thị Hằng", &["Phó Giám đốc", "Trưởng Công Đoàn ngành Giáo dục"])]
    );
}

#[test]
fn a_post_given_past_where_a_caption_places_the_person_is_theirs() {
    assert_eq!(
        people("Bà Kpă Hơ Nhi - Trưởng Ban Dân vận Huyện ủy (đứng giữa) được bầu giữ chức Chủ tịch Hội Khuyến học huyện."),
        [one(
            "Kpă Hơ Nhi",
            &["Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Hội Khuyến học huyện"]
        )]
    );
    assert_eq!(
        people("Bà Đinh Thị Mơ, Phó Bí thư Đảng ủy xã (thứ hai từ trái sang) được bầu giữ chức Chủ tịch Hội Liên hiệp Phụ nữ xã."),
        [one(
            "Đinh Thị Mơ",
            &["Phó Bí thư Đảng ủy xã", "Chủ tịch Hội Liên hiệp Phụ nữ xã"]
        )]
    );
    // A note that places no one keeps the verb away from the titles.
    assert_eq!(
        people("Bà Kpă Hơ Nhi - Trưởng Ban Dân vận Huyện ủy (nhiệm kỳ trước) được tặng giấy khen."),
        [one("Kpă Hơ Nhi", &["Trưởng Ban Dân vận Huyện ủy"])]
    );
}

#[test]
fn posts_a_clause_gives_before_a_given_name_are_the_named_persons() {
    let titles_of = |text: &str| -> Vec<String> {
        let r = crate::parse::parse_report("a.txt", text);
        r.officials
            .iter()
            .find(|m| m.name == "Hoàng Văn Tư")
            .map(|m| m.titles.iter().map(|t| t.to_string()).collect())
            .unwrap_or_default()
    };
    assert_eq!(
        titles_of(
            "Thôn Đồng Lạc đổi mới\n\nÔng Hoàng Văn Tư năm nay 58 tuổi. Với cương vị Bí thư chi bộ, Trưởng thôn Đồng Lạc, ông Tư luôn gương mẫu hiến đất làm đường."
        ),
        ["Bí thư chi bộ", "Trưởng thôn Đồng Lạc"]
    );
    assert_eq!(
        titles_of(
            "Thôn Đồng Lạc đổi mới\n\nÔng Hoàng Văn Tư năm nay 58 tuổi. Từ năm 2015 đến nay, với vai trò là Trưởng ban công tác Mặt trận thôn, ông Tư vận động bà con làm đường."
        ),
        ["Trưởng ban công tác Mặt trận thôn"]
    );
    // A post only named in the clause is no one's.
    assert!(titles_of(
        "Thôn Đồng Lạc đổi mới\n\nÔng Hoàng Văn Tư năm nay 58 tuổi. Tại buổi làm việc với Chủ tịch UBND xã, ông Tư đề nghị sửa đường."
    )
    .is_empty());
}

#[test]
fn với_cương_vị_before_a_full_name_gives_every_post_of_the_clause() {
    assert_eq!(
        people("Với cương vị là Bí thư chi bộ, Trưởng ấp Tân Hòa, ông Lâm Văn Sáu luôn đi đầu."),
        [one("Lâm Văn Sáu", &["Bí thư chi bộ", "Trưởng ấp Tân Hòa"])]
    );
}

#[test]
fn a_deputy_head_of_an_inspection_commission_written_pcn_is_an_office() {
    assert_eq!(
        people("Dự có bà Vi Thị Lành - HUV, PCN TT UBKT Huyện ủy và ông Hà Văn Sinh, PCN UBKT Đảng ủy xã."),
        [
            // "TT" after an office is shown as written, as everywhere.
            one("Vi Thị Lành", &["HUV", "PCN TT UBKT Huyện ủy"]),
            one("Hà Văn Sinh", &["PCN UBKT Đảng ủy xã"])
        ]
    );
}

#[test]
fn về_làm_gives_the_post_taken_up() {
    assert_eq!(
        people("Năm 2005, ông Trần Văn Lực về làm Trưởng ấp Phú Hòa A, thị trấn Cây Trâm."),
        [one(
            "Trần Văn Lực",
            &["Trưởng ấp Phú Hòa A, thị trấn Cây Trâm"]
        )]
    );
    // Coming to work somewhere is no post.
    assert!(people("Ông Trần Văn Lực về làm việc tại ấp Phú Hòa A.")
        .iter()
        .all(|(_, titles)| titles.is_empty()));
}

#[test]
fn two_verbs_of_one_post_joined_by_và_give_it() {
    assert_eq!(
        people("Từ tháng 8/2023, Trung tá Lò Văn Dũng nhận nhiệm vụ và đảm nhiệm chức danh Trưởng Công an thị trấn Mường Chà."),
        [one("Lò Văn Dũng", &["Trung tá", "Trưởng Công an thị trấn Mường Chà"])]
    );
    // "và" before another verb gives nothing.
    assert!(
        people("Ông Lò Văn Dũng nhận nhiệm vụ và cảm ơn Đảng ủy xã.")
            .iter()
            .all(|(_, titles)| titles.is_empty())
    );
}

#[test]
fn police_of_a_commune_or_district_written_short_are_an_organ() {
    assert_eq!(
        people("Trung úy Hà Minh Sơn - Phó Trưởng CAX Tân Thịnh cho biết xã có 12 thôn."),
        [one(
            "Hà Minh Sơn",
            &["Trung úy", "Phó Trưởng CAX Tân Thịnh"]
        )]
    );
    assert_eq!(
        people("Tháng 3, thành phố điều Thiếu tá Vũ Đức Lâm về làm Trưởng CAQ Hà Đông."),
        [one("Vũ Đức Lâm", &["Thiếu tá", "Trưởng CAQ Hà Đông"])]
    );
    // A place named like a person ("Lê Lợi", "Đặng Xá") is still the unit's.
    assert_eq!(
        people("Đại úy Triệu Văn Khánh, Phó Trưởng CAP Lê Lợi, trực tiếp đến từng hộ dân."),
        [one("Triệu Văn Khánh", &["Đại úy", "Phó Trưởng CAP Lê Lợi"])]
    );
}

#[test]
fn a_post_approved_before_its_holder_is_theirs() {
    assert_eq!(
        people(
            "Bộ Chính trị chuẩn y Bí thư Tỉnh ủy Tân Lập nhiệm kỳ 2020-2025 đối với ông Vi Văn Khang, Phó Bí thư Tỉnh ủy."
        ),
        [one(
            "Vi Văn Khang",
            &["Bí thư Tỉnh ủy Tân Lập nhiệm kỳ 2020-2025", "Phó Bí thư Tỉnh ủy"]
        )]
    );
    assert_eq!(
        people("Thủ tướng phê chuẩn Phó Chủ tịch UBND tỉnh Tân Lập đối với bà Lò Thị Dung."),
        [one("Lò Thị Dung", &["Phó Chủ tịch UBND tỉnh Tân Lập"])]
    );
    assert_eq!(
        people(
            "Thủ tướng phê chuẩn kết quả bầu các Phó Chủ tịch UBND tỉnh Tân Lập đối với ông Lù Văn Páo, bà Vàng Thị Sua."
        ),
        [
            one("Lù Văn Páo", &["Phó Chủ tịch UBND tỉnh Tân Lập"]),
            one("Vàng Thị Sua", &["Phó Chủ tịch UBND tỉnh Tân Lập"]),
        ]
    );
}

#[test]
fn a_firms_sentence_case_name_in_brackets_runs_to_the_bracket() {
    assert_eq!(
        people(
            "Đơn vị bầu cử số 4 có ông Thạch Văn Lợi (Giám đốc Công ty TNHH Vận tải hành khách Phương Nam) tự ứng cử."
        ),
        [one(
            "Thạch Văn Lợi",
            &["Giám đốc Công ty TNHH Vận tải hành khách Phương Nam"]
        )]
    );
    assert_eq!(
        people("Ông Tôn Thất Hùng (Giám đốc Hợp tác xã Nông nghiệp dịch vụ Hòa Lợi) phát biểu."),
        [one(
            "Tôn Thất Hùng",
            &["Giám đốc Hợp tác xã Nông nghiệp dịch vụ Hòa Lợi"]
        )]
    );
    // A practice named after its owner, in brackets as between commas.
    assert_eq!(
        people(
            "Bà Cù Thị Loan (công chứng viên Văn phòng công chứng Phan Quốc Việt) được mời chứng kiến việc bàn giao."
        ),
        [one(
            "Cù Thị Loan",
            &["Công chứng viên Văn phòng công chứng Phan Quốc Việt"]
        )]
    );
    // Out of brackets the lower-case words may be what the firm does.
    assert_eq!(
        people("Ông Kha Văn Sáu, Giám đốc Công ty TNHH Minh Tâm trao tặng Trường Kim Đồng 20 máy tính."),
        [one("Kha Văn Sáu", &["Giám đốc Công ty TNHH Minh Tâm"])]
    );
}

#[test]
fn a_term_written_in_figures_stays_with_its_post() {
    assert_eq!(
        people(
            "Thường trực HĐND tỉnh phê chuẩn kết quả bầu: Phó Chủ tịch HĐND xã Tân Lập khóa 2 đối với bà Hầu Thị Sềnh."
        ),
        [one("Hầu Thị Sềnh", &["Phó Chủ tịch HĐND xã Tân Lập khóa 2"])]
    );
    assert_eq!(
        people(
            "Trưởng Ban Pháp chế HĐND thành phố khóa 9 Vương Thị Lựu điều hành phiên thảo luận."
        ),
        [one(
            "Vương Thị Lựu",
            &["Trưởng Ban Pháp chế HĐND thành phố khóa 9"]
        )]
    );
}

#[test]
fn a_post_given_as_the_reason_for_a_change_is_the_holders() {
    assert_eq!(
        people(
            "Ông Sầm Văn Khoa do được luân chuyển làm Phó Chánh Văn phòng Đảng ủy xã nên không tham dự."
        ),
        [one("Sầm Văn Khoa", &["Phó Chánh Văn phòng Đảng ủy xã"])]
    );
    assert_eq!(
        people(
            "Bà Giàng Thị Dợ, do đã được bầu làm Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, xin thôi làm đại biểu."
        ),
        [one("Giàng Thị Dợ", &["Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"])]
    );
    // When the move came may stand between the reason and the verb.
    assert_eq!(
        people(
            "Kỳ họp cho thôi làm nhiệm vụ đại biểu đối với ông Bế Văn Thành, do trước đó đã được \
             Ban Thường vụ Tỉnh ủy điều động đảm nhiệm Bí thư Huyện ủy Bảo Lạc."
        ),
        [one("Bế Văn Thành", &["Bí thư Huyện ủy Bảo Lạc"])]
    );
}

#[test]
fn academic_titles_spelt_with_y_are_titles() {
    assert_eq!(
        people("Báo cáo đề dẫn do Tiến sỹ Lương Đình Khoa trình bày; Viện sỹ Trần Minh Quế chủ trì phiên thảo luận."),
        [
            one("Lương Đình Khoa", &["Tiến sỹ"]),
            one("Trần Minh Quế", &["Viện sỹ"])
        ]
    );
}

#[test]
fn a_grassroots_union_and_a_hotel_hold_a_union_chair_s_title() {
    assert_eq!(
        people("Bà Hà Thị Mơ, Chủ tịch công đoàn cơ sở Công ty may Tân Phú, nhận bằng khen."),
        [one(
            "Hà Thị Mơ",
            &["Chủ tịch công đoàn cơ sở Công ty may Tân Phú"]
        )]
    );
    assert_eq!(
        people("Chủ tịch Công đoàn Khách sạn Riverside Vương Đức Lộc cho biết, năm nay công đoàn chăm lo Tết cho 120 người lao động."),
        [one(
            "Vương Đức Lộc",
            &["Chủ tịch Công đoàn Khách sạn Riverside"]
        )]
    );
}

#[test]
fn a_member_school_s_university_after_a_comma_stays_in_the_title() {
    assert_eq!(
        people("Đoàn công tác do ông Lò Văn Hiền, Phó Hiệu trưởng Trường Đại học Kinh tế, Đại học Huế làm trưởng đoàn."),
        [one(
            "Lò Văn Hiền",
            &["Phó Hiệu trưởng Trường Đại học Kinh tế, Đại học Huế"]
        )]
    );
    assert_eq!(
        people("Ông Kha Văn Tùng, Hiệu trưởng Trường Đại học Nông Lâm, Đại học Thái Nguyên, trao học bổng."),
        [one(
            "Kha Văn Tùng",
            &["Hiệu trưởng Trường Đại học Nông Lâm, Đại học Thái Nguyên"]
        )]
    );
}

#[test]
fn a_post_written_first_is_every_holder_listed_after_a_semicolon() {
    assert_eq!(
        people(
            "HĐND thị xã miễn nhiệm Ủy viên UBND thị xã đối với bà Chu Thị Ngát, nguyên Trưởng phòng Tài chính thị xã; ông Mùa A Chứ, nguyên Chỉ huy trưởng Ban Chỉ huy Quân sự thị xã, vì đã chuyển công tác."
        ),
        [
            one(
                "Chu Thị Ngát",
                &["Ủy viên UBND thị xã", "nguyên Trưởng phòng Tài chính thị xã"]
            ),
            one(
                "Mùa A Chứ",
                &["Ủy viên UBND thị xã", "nguyên Chỉ huy trưởng Ban Chỉ huy Quân sự thị xã"]
            ),
        ]
    );
    // The reason one leaves stands before the semicolon.
    assert_eq!(
        people(
            "HĐND huyện biểu quyết miễn nhiệm chức vụ Phó Chủ tịch UBND huyện đối với: bà Giàng Thị Chơ, do chuyển sang công tác khác; ông Lầu Seo Phìn theo đơn xin thôi việc."
        ),
        [
            one("Giàng Thị Chơ", &["Phó Chủ tịch UBND huyện"]),
            one("Lầu Seo Phìn", &["Phó Chủ tịch UBND huyện"]),
        ]
    );
    // A semicolon before a verb ends the holders.
    assert_eq!(
        people(
            "Phiên họp miễn nhiệm Trưởng Ban Pháp chế HĐND quận đối với ông Sùng A Páo; bầu bà Thào Thị Dở, Chánh Văn phòng Quận ủy, giữ chức Trưởng Ban Pháp chế HĐND quận."
        )[0],
        one("Sùng A Páo", &["Trưởng Ban Pháp chế HĐND quận"])
    );
}

#[test]
fn a_counted_post_is_every_holder_it_is_given_to() {
    // An award from an official to a list gives no post.
    let text = "Giấy khen của Giám đốc Sở Nội vụ cho các ông, bà: Kha Văn Dũng, Bế Thị Nga.";
    assert!(people(text).iter().all(|(_, titles)| titles.is_empty()));
    assert_eq!(
        people(
            "Tại hội nghị, Giám đốc Sở công bố việc bổ nhiệm 4 Phó Chi cục trưởng cho các ông, bà: Sầm Văn Khánh, Ngân Thị Thảo, Lò Văn Inh, Vi Thị Hòa."
        ),
        [
            one("Sầm Văn Khánh", &["Phó Chi cục trưởng"]),
            one("Ngân Thị Thảo", &["Phó Chi cục trưởng"]),
            one("Lò Văn Inh", &["Phó Chi cục trưởng"]),
            one("Vi Thị Hòa", &["Phó Chi cục trưởng"]),
        ]
    );
    assert_eq!(
        people(
            "Sở cũng bổ nhiệm 2 Phó Chánh Văn phòng Sở Tư pháp đối với ông Tòng Văn Sơn và bà Lường Thị Hiên."
        ),
        [
            one("Tòng Văn Sơn", &["Phó Chánh Văn phòng Sở Tư pháp"]),
            one("Lường Thị Hiên", &["Phó Chánh Văn phòng Sở Tư pháp"]),
        ]
    );
}

#[test]
fn a_post_named_as_such_is_its_holders_after_cua() {
    assert_eq!(
        people(
            "Ban Thường vụ Tỉnh ủy chấp thuận việc thôi giữ chức vụ Giám đốc Sở Xây dựng tỉnh Điện Biên của ông Khoàng Văn Pấng kể từ tháng 10."
        ),
        [one("Khoàng Văn Pấng", &["Giám đốc Sở Xây dựng tỉnh Điện Biên"])]
    );
}

#[test]
fn a_post_taken_again_or_in_a_village_named_like_a_person_stays_the_holders() {
    assert_eq!(
        people("Cuối phiên họp, ông Hà Quang Lực tái trúng cử chức danh Phó Chủ tịch HĐND xã."),
        [one("Hà Quang Lực", &["Phó Chủ tịch HĐND xã"])]
    );
    assert_eq!(
        people("Năm 2022, chị Giàng Thị Pằng được bầu làm Bí thư Chi bộ bản Lò Khoang."),
        [one("Giàng Thị Pằng", &["Bí thư Chi bộ bản Lò Khoang"])]
    );
}

#[test]
fn the_assent_to_an_election_gives_the_post() {
    assert_eq!(
        people("Ông Lưu Quang Vĩnh được phê chuẩn làm Phó Chủ tịch UBND tỉnh Kon Tum."),
        [one("Lưu Quang Vĩnh", &["Phó Chủ tịch UBND tỉnh Kon Tum"])]
    );
    assert_eq!(
        people("Ông Lưu Quang Vĩnh và ông Tạ Minh Đức được phê chuẩn làm Phó Chủ tịch UBND tỉnh."),
        [
            one("Lưu Quang Vĩnh", &["Phó Chủ tịch UBND tỉnh"]),
            one("Tạ Minh Đức", &["Phó Chủ tịch UBND tỉnh"]),
        ]
    );
}

#[test]
fn a_post_given_in_turn_to_a_pair_is_each_ones() {
    assert_eq!(
        people("Ông Kha Văn Tùng (Giám đốc Sở Y tế) và ông Lục Đình Phú (Bí thư Huyện ủy Bảo Lâm) lần lượt được bầu làm Phó Chủ tịch UBND tỉnh."),
        [
            one("Kha Văn Tùng", &["Giám đốc Sở Y tế", "Phó Chủ tịch UBND tỉnh"]),
            one("Lục Đình Phú", &["Bí thư Huyện ủy Bảo Lâm", "Phó Chủ tịch UBND tỉnh"]),
        ]
    );
}

#[test]
fn a_post_elected_into_after_vao_vi_tri_is_the_holders() {
    assert_eq!(
        people("HĐND tỉnh khóa mới đã chọn bà Hà Thị Quyên (Giám đốc Sở Nội vụ) vào vị trí Phó Chủ tịch UBND tỉnh với 48/48 phiếu."),
        [one(
            "Hà Thị Quyên",
            &["Giám đốc Sở Nội vụ", "Phó Chủ tịch UBND tỉnh"]
        )]
    );
    assert_eq!(
        people("Hội nghị bầu bà Triệu Thị Lan vào chức vụ Phó Chủ tịch UBND huyện."),
        [one("Triệu Thị Lan", &["Phó Chủ tịch UBND huyện"])]
    );
}

#[test]
fn a_post_given_after_a_members_note_is_the_holders() {
    assert_eq!(
        people("Tổ hợp tác dệt thổ cẩm có 9 thành viên, bà Lò Thị Mai – Hội viên phụ nữ bản Nà Sản làm tổ trưởng."),
        [one("Lò Thị Mai", &["Tổ trưởng"])]
    );
    assert_eq!(
        people("Tại hội nghị, anh Sầm Văn Hưng, đoàn viên chi đoàn thôn Bản Mới, được bầu làm Bí thư Chi đoàn."),
        [one("Sầm Văn Hưng", &["Bí thư Chi đoàn"])]
    );
    // A note that goes on to what the member does gives no post.
    assert_eq!(
        people("Ông Vàng Seo Phìn – hội viên làm nghề rèn lâu năm ở bản Sín Chải."),
        [one("Vàng Seo Phìn", &[])]
    );
}

#[test]
fn a_councils_session_after_its_secretary_or_chair_is_part_of_the_post() {
    assert_eq!(
        people(
            "Bà Triệu Thị Hồng, Thư ký kỳ họp đọc dự thảo các nghị quyết để đại biểu biểu quyết."
        ),
        [one("Triệu Thị Hồng", &["Thư ký kỳ họp"])]
    );
    assert_eq!(
        people("Ông Lục Văn Định, Chủ tọa kỳ họp điều hành phần thảo luận ở hội trường."),
        [one("Lục Văn Định", &["Chủ tọa kỳ họp"])]
    );
    // After a council's own post the session is what the holder opens.
    assert_eq!(
        people("Ông Lục Văn Định, Chủ tịch HĐND thị xã khai mạc kỳ họp thứ tám."),
        [one("Lục Văn Định", &["Chủ tịch HĐND thị xã"])]
    );
}

#[test]
fn he_alone_follows_the_person_last_called_by_a_given_name() {
    // "Ông Hải" after "ông Đặng Hải Long" names the first man, Hoàng Văn
    // Hải: the career after "Ông từng giữ" is his, not the other one's.
    let r = crate::parse::parse_report(
        "d.txt",
        "Tỉnh Hòa Sơn có tân Chủ tịch\n\nTrưa 4/6, tân Chủ tịch UBND tỉnh Hòa Sơn Hoàng Văn Hải ra mắt báo chí.\n\nÔng Hải kế nhiệm ông Đặng Hải Long đã được điều động làm Phó Bí thư Tỉnh ủy Bắc Lâm.\n\nÔng Hải sinh năm 1976 ở Tây Sơn. Ông từng giữ các chức vụ: Phó Chủ tịch UBND TP Đông Lâm, Bí thư Thành ủy Đông Lâm.",
    );
    let of = |name: &str| -> Vec<&str> {
        r.officials
            .iter()
            .find(|m| m.name == name)
            .map(|m| m.titles.iter().map(|t| t.as_str()).collect())
            .unwrap_or_default()
    };
    assert_eq!(of("Đặng Hải Long"), ["Phó Bí thư Tỉnh ủy Bắc Lâm"]);
    assert!(
        of("Hoàng Văn Hải").contains(&"Bí thư Thành ủy Đông Lâm"),
        "{:?}",
        r.officials
    );
}

#[test]
fn an_age_with_no_comma_before_the_verb_still_gives_the_post() {
    assert_eq!(
        people("Bà Lò Thị Mai, 49 tuổi vừa tái cử chức Chủ nhiệm Hợp tác xã Bình Minh sau phiên bỏ phiếu."),
        [one("Lò Thị Mai", &["Chủ nhiệm Hợp tác xã Bình Minh"])]
    );
}

#[test]
fn a_post_moved_to_since_in_brackets_after_the_name_is_the_persons() {
    assert_eq!(
        people("Hội đồng thống nhất miễn nhiệm Ủy viên UBND huyện đối với bà Hà Thị Lan (đã nhận công tác Giám đốc Trung tâm Y tế tỉnh)."),
        [one("Hà Thị Lan", &["Ủy viên UBND huyện", "Giám đốc Trung tâm Y tế tỉnh"])]
    );
    assert_eq!(
        people("Về dự có ông Vũ Minh Đạt (nay là Phó Trưởng Ban Nội chính Tỉnh ủy) cùng nhiều cựu cán bộ của xã."),
        [one("Vũ Minh Đạt", &["Phó Trưởng Ban Nội chính Tỉnh ủy"])]
    );
    // A bracket that holds no post after its verb says nothing of one.
    assert_eq!(
        people("Ông Vũ Minh Đạt (đã nhận công tác tại tỉnh khác) gửi thư chúc mừng."),
        [one("Vũ Minh Đạt", &[])]
    );
}

#[test]
fn a_primary_school_written_short_keeps_its_name_in_the_heads_post() {
    // "TH" is Tiểu học after "Trường", alone, joined by "&" or by "và".
    assert_eq!(
        people(
            "Có bà Vũ Thị Nhàn, Hiệu trưởng Trường TH Ea Tul; ông Hà Văn Khải, Hiệu trưởng \
             Trường TH&THCS Quang Trung; bà Lục Thị Mến, Hiệu trưởng Trường PTDTBT TH Nậm Cha."
        ),
        [
            one("Vũ Thị Nhàn", &["Hiệu trưởng Trường TH Ea Tul"]),
            one("Hà Văn Khải", &["Hiệu trưởng Trường TH&THCS Quang Trung"]),
            one("Lục Thị Mến", &["Hiệu trưởng Trường PTDTBT TH Nậm Cha"])
        ]
    );
    assert_eq!(
        people("Ông Tô Văn Hiếu, Hiệu trưởng Trường TH và THCS Kim Đồng phát biểu."),
        [one(
            "Tô Văn Hiếu",
            &["Hiệu trưởng Trường TH và THCS Kim Đồng"]
        )]
    );
    // Two grades joined by "và", written out or short.
    assert_eq!(
        people(
            "Dự có cô Ma Thị Huyền, Phó Hiệu trưởng Trường PTDT Bán trú Tiểu học và THCS Yên Thổ; \
             thầy Hoàng Văn Lập, Hiệu trưởng Trường Phổ thông dân tộc bán trú Tiểu học và \
             Trung học cơ sở Cốc Pài."
        ),
        [
            one(
                "Ma Thị Huyền",
                &["Phó Hiệu trưởng Trường PTDT Bán trú Tiểu học và THCS Yên Thổ"]
            ),
            one(
                "Hoàng Văn Lập",
                &["Hiệu trưởng Trường Phổ thông dân tộc bán trú Tiểu học và Trung học cơ sở Cốc Pài"]
            )
        ]
    );
}

#[test]
fn a_district_office_written_short_ends_before_the_role_for_the_day() {
    // "VHTT" is the district's office of culture and information; the
    // team leader's role after "làm" is no part of the post.
    let got = people(
        "Sáng 9/5, tổ giám sát do bà Vi Thị Hằng, Trưởng phòng VHTT làm tổ trưởng đã đến kiểm tra tại xã Yên Lạc.",
    );
    assert_eq!(got, [one("Vi Thị Hằng", &["Trưởng phòng VHTT"])]);
}

#[test]
fn a_post_held_concurrently_is_read_after_dong_thoi() {
    assert_eq!(
        people("Bà Đàm Thị Nhung đồng thời giữ chức Giám đốc hợp tác xã chè Tân Cương."),
        vec![one("Đàm Thị Nhung", &["Giám đốc hợp tác xã chè Tân Cương"])]
    );
    assert_eq!(
        people("Ông Vũ Đình Thắng đồng thời là Trưởng thôn Đồng Mả."),
        vec![one("Vũ Đình Thắng", &["Trưởng thôn Đồng Mả"])]
    );
}

#[test]
fn a_deputy_named_at_a_council_session_holds_the_word_deputy() {
    assert_eq!(
        people("Tại phiên chất vấn của kỳ họp, đại biểu Đinh Thị Hoa đề nghị làm rõ tiến độ; đại biểu Vàng A Chá, Phó Chủ tịch UBND huyện Mèo Vạc cho biết thêm."),
        [
            one("Đinh Thị Hoa", &["Đại biểu"]),
            one("Vàng A Chá", &["Đại biểu", "Phó Chủ tịch UBND huyện Mèo Vạc"])
        ]
    );
    // Away from a council, and counted, the word names guests, no post.
    assert_eq!(
        people("Tại hội nghị, các đại biểu Lê Văn Tư, Phạm Thị Năm tham gia ý kiến."),
        [one("Lê Văn Tư", &[]), one("Phạm Thị Năm", &[])]
    );
}
