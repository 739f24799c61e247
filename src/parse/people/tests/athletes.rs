//! Athletes named with no sport's noun before the name: by what they do
//! right after it, by the medal or sport of the clause that lists them, or
//! beside one the report calls an athlete.

fn split(text: &str) -> (Vec<String>, Vec<String>) {
    let r = crate::parse::parse_report("sport.txt", text);
    let names = |v: &[crate::parse::Mention]| v.iter().map(|m| m.name.to_string()).collect();
    (names(&r.officials), names(&r.people))
}

#[test]
fn a_name_followed_by_a_medal_won_is_a_private_person() {
    let (officials, people) = split(
        "Đoàn thể thao Phú Yên về nước\n\nỞ hạng cân 60kg, Hoàng Thị Kiều (Phú Yên) đã xuất sắc giành HCV sau ba trận thắng. Mạc Đình Phong phá kỷ lục quốc gia ở cự ly 5.000m.\n",
    );
    assert!(officials.is_empty(), "{officials:?}");
    // A bare name with no note is no one's until named again with a cue.
    assert!(!officials.contains(&"Hoàng Thị Kiều".to_string()));
    assert!(people.contains(&"Mạc Đình Phong".to_string()), "{people:?}");
}

#[test]
fn a_list_after_a_medal_or_a_sport_noun_names_athletes() {
    let (officials, people) = split(
        "Cầu lông Bình Định khép lại mùa giải\n\nHai HCĐ còn lại thuộc về Đặng Văn Tài, Tống Thị Mơ. Các tay vợt trẻ được chú ý gồm Lê Minh Đăng, Tô Thị Hiền.\n",
    );
    assert!(officials.is_empty(), "{officials:?}");
    for name in ["Đặng Văn Tài", "Tống Thị Mơ", "Lê Minh Đăng", "Tô Thị Hiền"] {
        assert!(people.contains(&name.to_string()), "{name}: {people:?}");
    }
}

#[test]
fn a_name_listed_beside_an_athlete_is_one_too() {
    // Named bare in the list; one of them is called an athlete elsewhere.
    let (officials, people) = split(
        "Bắn cung Sóc Trăng vào chung kết\n\nỞ nội dung đồng đội, Kha Văn Lực, Thạch Thị Huyền và Lâm Quốc Bảo lọt vào tứ kết. Cung thủ Thạch Thị Huyền đạt 640 điểm ở vòng xếp hạng.\n",
    );
    assert!(officials.is_empty(), "{officials:?}");
    assert_eq!(people.len(), 3, "{people:?}");
}

#[test]
fn a_post_or_a_coach_keeps_an_official_among_athletes() {
    // The leader handing over the medals and the coach hold posts.
    let (officials, people) = split(
        "Bế mạc giải vật tỉnh Lai Châu\n\nPhó Chủ tịch UBND tỉnh Giàng A Tính trao HCV cho Lò Văn Pọm, Tao Thị Phượng. HLV Vàng Văn Sủ cho biết đội sẽ giành suất dự giải toàn quốc.\n",
    );
    assert!(
        officials.contains(&"Giàng A Tính".to_string()),
        "{officials:?}"
    );
    assert!(
        officials.contains(&"Vàng Văn Sủ".to_string()),
        "{officials:?}"
    );
    assert!(!people.contains(&"Giàng A Tính".to_string()), "{people:?}");
}

#[test]
fn a_list_whose_clause_ends_in_a_medal_names_athletes() {
    let (officials, people) = split(
        "Cử tạ Quảng Ngãi thắng lớn\n\nỞ nội dung đồng đội nam, Đinh Văn Lực, Phan Quốc Huy và Võ Đình Tân nâng tổng 1.020kg, giành HCB. Ở bài cuối, Châu Văn Hòa là VĐV trẻ nhất đoàn.\n",
    );
    assert!(officials.is_empty(), "{officials:?}");
    for name in ["Phan Quốc Huy", "Võ Đình Tân"] {
        assert!(people.contains(&name.to_string()), "{name}: {people:?}");
    }
}

#[test]
fn a_line_up_that_set_a_record_names_athletes() {
    let (officials, people) = split(
        "Bơi tiếp sức Cần Thơ\n\nThành tích mới vượt kỷ lục cũ từng do đội hình Lâm Văn Ngà, Đoàn Thị Mỹ lập năm 2019.\n",
    );
    assert!(officials.is_empty(), "{officials:?}");
    assert_eq!(people.len(), 2, "{people:?}");
}

#[test]
fn a_province_s_delegation_is_no_one_of_the_family_doan() {
    let (officials, people) = split(
        "Giải đua thuyền toàn quốc\n\nĐoàn Lào Cai có 9 VĐV dự giải. Ông Đoàn Văn Khánh, Phó Chủ tịch UBND huyện Bảo Thắng trao cờ lưu niệm.\n",
    );
    assert_eq!(officials, ["Đoàn Văn Khánh"], "{officials:?}");
    assert!(people.is_empty(), "{people:?}");
}

#[test]
fn a_list_after_an_award_of_an_official_holds_no_post_of_theirs() {
    let (officials, people) = split(
        "Tuyên dương vận động viên\n\nTỉnh có 3 vận động viên được nhận Bằng khen của Thủ tướng Chính phủ gồm: Lò Thị Mai (môn điền kinh), Cầm Văn Đức (môn vật) và Hà Thị Thu (môn bắn cung).\n",
    );
    assert!(officials.is_empty(), "{officials:?}");
    assert_eq!(people, ["Lò Thị Mai", "Cầm Văn Đức", "Hà Thị Thu"]);
}
