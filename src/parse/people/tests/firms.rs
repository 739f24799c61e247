//! Officials of firms, cooperatives and banks beside those of the Party,
//! the state and the Front: a firm's own name that opens like a family
//! name, written in sentence case or in lower case, and a note of the body
//! someone speaks for before their post.

use super::{one, people};

#[test]
fn a_firms_own_name_that_opens_like_a_family_name_is_no_person() {
    // Two capitalised words after the firm's kind, before "và", a verb or
    // the director's full name, are the firm's: one holding a post in a
    // firm is named in full.
    assert_eq!(
        people("Dự có ông Nguyễn Văn Sáu, Chủ tịch HĐQT Công ty cổ phần Tập đoàn Vạn Lợi và bà Trần Thị Hạnh, Chủ tịch Hội Nông dân huyện."),
        [
            one("Nguyễn Văn Sáu", &["Chủ tịch HĐQT Công ty cổ phần Tập đoàn Vạn Lợi"]),
            one("Trần Thị Hạnh", &["Chủ tịch Hội Nông dân huyện"]),
        ]
    );
    assert_eq!(
        people("Ông Lê Văn Khải - Giám đốc Công ty TNHH Đỗ Gia trao 100 suất quà cho hộ nghèo xã Hòa An."),
        [one("Lê Văn Khải", &["Giám đốc Công ty TNHH Đỗ Gia"])]
    );
    assert_eq!(
        people("Giám đốc Công ty Vạn Lợi Nguyễn Văn Bình trao 100 suất quà cho hộ nghèo."),
        [one("Nguyễn Văn Bình", &["Giám đốc Công ty Vạn Lợi"])]
    );
    // Named in full after the firm, the director is still read.
    assert_eq!(
        people("Giám đốc Công ty TNHH Lê Văn Bình trao 100 suất quà cho hộ nghèo."),
        [one("Lê Văn Bình", &["Giám đốc Công ty TNHH"])]
    );
}

#[test]
fn a_cooperatives_name_in_sentence_case_after_its_holder_stays_whole() {
    assert_eq!(
        people("Tham dự có bà Trịnh Thị Hoa, Giám đốc HTX Dịch vụ nông nghiệp Tân Tiến; ông Lò Văn Pấng, Chủ tịch UBND xã."),
        [
            one("Trịnh Thị Hoa", &["Giám đốc HTX Dịch vụ nông nghiệp Tân Tiến"]),
            one("Lò Văn Pấng", &["Chủ tịch UBND xã"]),
        ]
    );
    assert_eq!(
        people("Ông Đặng Văn Lộc - Giám đốc Hợp tác xã Chăn nuôi thỏ Phú An và bà Trần Thị Hạnh - Chủ tịch Hội Nông dân xã cùng trao quà."),
        [
            one("Đặng Văn Lộc", &["Giám đốc Hợp tác xã Chăn nuôi thỏ Phú An"]),
            one("Trần Thị Hạnh", &["Chủ tịch Hội Nông dân xã"]),
        ]
    );
}

#[test]
fn a_firm_written_in_lower_case_right_after_the_office_is_its_organ() {
    assert_eq!(
        people("Dự có ông Lê Văn Khải, giám đốc công ty TNHH Minh Phát; bà Trần Thị Hạnh, Chủ tịch Hội Nông dân huyện."),
        [
            one("Lê Văn Khải", &["Giám đốc công ty TNHH Minh Phát"]),
            one("Trần Thị Hạnh", &["Chủ tịch Hội Nông dân huyện"]),
        ]
    );
    assert_eq!(
        people(
            "Được biết, giám đốc công ty là ông Đỗ Văn Toàn đã chủ động liên hệ Ủy ban MTTQ huyện."
        ),
        [one("Đỗ Văn Toàn", &["Giám đốc công ty"])]
    );
}

#[test]
fn the_body_someone_speaks_for_is_passed_to_reach_their_post() {
    assert_eq!(
        people("Bà Nguyễn Thị Lan - đại diện Tập đoàn Vingroup - Giám đốc Quỹ Thiện Tâm cho biết quỹ sẽ tiếp tục đồng hành."),
        [one("Nguyễn Thị Lan", &["Giám đốc Quỹ Thiện Tâm"])]
    );
    assert_eq!(
        people("Ông Phạm Văn Hưng, đại diện Công ty cổ phần Sông Đà, Trưởng phòng Hành chính, trao quà cho hộ nghèo."),
        [one("Phạm Văn Hưng", &["Trưởng phòng Hành chính"])]
    );
    // No post after the note: nothing is read into it.
    assert_eq!(
        people("Bà Nguyễn Thị Lan, đại diện Công ty TNHH Minh Phát, cho biết công ty sẽ tiếp tục đồng hành."),
        [one("Nguyễn Thị Lan", &[])]
    );
}

#[test]
fn a_bodys_short_name_after_a_dash_stays_in_the_title_before_the_holder() {
    assert_eq!(
        people("Sáng 3/4, Bí thư Tỉnh ủy tiếp Tổng Giám đốc Tập đoàn Dầu khí Việt Nam – PVN Đỗ Văn Toàn."),
        [one("Đỗ Văn Toàn", &["Tổng Giám đốc Tập đoàn Dầu khí Việt Nam – PVN"])]
    );
    // An organ written short after the dash opens another post.
    assert_eq!(
        people("Ông Lê Văn Khải, Phó Bí thư Huyện ủy - Chủ tịch UBND huyện dự."),
        [one(
            "Lê Văn Khải",
            &["Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"]
        )]
    );
}
