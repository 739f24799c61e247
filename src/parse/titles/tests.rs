//! Titles read from sentences written in the styles of Vietnamese outlets.

use super::*;

fn title(s: &str) -> Option<String> {
    let t = Tokens::new(s);
    parse_title(&t, 0, true).map(|(_, s)| s)
}

#[test]
fn a_title_runs_over_institution_words_and_places() {
    assert_eq!(
        title("Trưởng Ban Quản lý Khu kinh tế Hải Phòng; Lê Văn A").as_deref(),
        Some("Trưởng Ban Quản lý Khu kinh tế Hải Phòng")
    );
    assert_eq!(
        title("Chủ tịch Ủy ban MTTQ Việt Nam thành phố cùng lãnh đạo").as_deref(),
        Some("Chủ tịch Ủy ban MTTQ Việt Nam thành phố")
    );
    assert_eq!(
        title("Trưởng Ban Tổ chức Thành ủy và đồng chí").as_deref(),
        Some("Trưởng Ban Tổ chức Thành ủy")
    );
}

#[test]
fn a_title_runs_over_the_lower_case_names_of_project_boards_and_land_offices() {
    assert_eq!(
        title("Phó Giám đốc Ban quản lý các dự án đầu tư xây dựng tỉnh, ông").as_deref(),
        Some("Phó Giám đốc Ban quản lý các dự án đầu tư xây dựng tỉnh")
    );
    assert_eq!(
        title(
            "Giám đốc Ban Quản lý Dự án Đầu tư xây dựng công trình giao thông thành phố Tân An và"
        )
        .as_deref(),
        Some("Giám đốc Ban Quản lý Dự án Đầu tư xây dựng công trình giao thông thành phố Tân An")
    );
    assert_eq!(
        title("nguyên Giám đốc chi nhánh Văn phòng đăng ký đất đai huyện Kim Sơn; ông").as_deref(),
        Some("nguyên Giám đốc chi nhánh Văn phòng đăng ký đất đai huyện Kim Sơn")
    );
}

#[test]
fn a_name_whose_family_name_opens_places_ends_a_title_after_a_place() {
    assert_eq!(
        title("Chủ tịch Ủy ban MTTQ tỉnh Tuyên Quang Ma Văn Tùng phát biểu").as_deref(),
        Some("Chủ tịch Ủy ban MTTQ tỉnh Tuyên Quang")
    );
    assert_eq!(
        title("Bí thư Huyện ủy Kim Bôi Kim Thị Lan dự").as_deref(),
        Some("Bí thư Huyện ủy Kim Bôi")
    );
    // The place itself stays whole.
    assert_eq!(
        title("Bí thư Đảng ủy xã Kim Bôi dự").as_deref(),
        Some("Bí thư Đảng ủy xã Kim Bôi")
    );
}

#[test]
fn a_title_stops_at_a_verb_and_at_a_name() {
    assert_eq!(
        title("Bí thư Tỉnh ủy tổ chức hội nghị").as_deref(),
        Some("Bí thư Tỉnh ủy")
    );
    assert_eq!(
        title("Phó Chủ tịch UBND tỉnh Lạng Sơn Đoàn Thu Hà phát biểu").as_deref(),
        Some("Phó Chủ tịch UBND tỉnh Lạng Sơn")
    );
    assert_eq!(
        title("Bí thư Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh").as_deref(),
        Some("Bí thư Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh")
    );
}

#[test]
fn organs_with_lower_case_tails_villages_and_commas_stay_whole() {
    assert_eq!(
        title("Bí thư Chi bộ bản Nà Tàu phát biểu").as_deref(),
        Some("Bí thư Chi bộ bản Nà Tàu")
    );
    assert_eq!(
        title("Bí thư Chi bộ thôn cơ bản đồng ý").as_deref(),
        Some("Bí thư Chi bộ thôn")
    );
    assert_eq!(
        title("Bí thư Đảng ủy Khối các cơ quan, các đoàn thể tỉnh, Chủ tịch").as_deref(),
        Some("Bí thư Đảng ủy Khối các cơ quan, các đoàn thể tỉnh")
    );
    assert_eq!(
        title("Bí thư Tỉnh ủy, các đồng chí").as_deref(),
        Some("Bí thư Tỉnh ủy")
    );
}

#[test]
fn a_sector_whose_second_half_is_written_in_initials_stays_whole() {
    for (text, want) in [
        (
            "Phó Giám đốc Sở Nông nghiệp và PTNT dự",
            "Phó Giám đốc Sở Nông nghiệp và PTNT",
        ),
        (
            "Trưởng phòng Nông nghiệp & PTNT huyện phát biểu",
            "Trưởng phòng Nông nghiệp & PTNT huyện",
        ),
        (
            "Giám đốc Sở Lao động - TB&XH dự",
            "Giám đốc Sở Lao động - TB&XH",
        ),
        (
            "Phó Giám đốc Sở Văn hóa, TT&DL phát biểu",
            "Phó Giám đốc Sở Văn hóa, TT&DL",
        ),
        (
            "Chánh Văn phòng Sở Khoa học và CN dự",
            "Chánh Văn phòng Sở Khoa học và CN",
        ),
    ] {
        assert_eq!(title(text).as_deref(), Some(want), "{text}");
    }
}

#[test]
fn organ_names_with_lower_case_words_stay_whole() {
    for (text, want) in [
        // A ministry's initials with the comma its full name has.
        (
            "Giám đốc Sở VH, TT&DL Hà Văn Tám dự",
            "Giám đốc Sở VH, TT&DL",
        ),
        (
            "Phó Giám đốc Sở LĐ, TB&XH Lò Thị Ón dự",
            "Phó Giám đốc Sở LĐ, TB&XH",
        ),
        (
            "Chánh văn phòng Điều phối chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh phát biểu",
            "Chánh văn phòng Điều phối chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh",
        ),
        (
            "Phó Chánh Văn phòng Điều phối nông thôn mới tỉnh dự",
            "Phó Chánh Văn phòng Điều phối nông thôn mới tỉnh",
        ),
        (
            "Chủ nhiệm Ủy ban công tác đại biểu của Quốc hội phát biểu",
            "Chủ nhiệm Ủy ban công tác đại biểu của Quốc hội",
        ),
        (
            "Phó Trưởng ban Tổ chức Tỉnh ủy dự",
            "Phó Trưởng ban Tổ chức Tỉnh ủy",
        ),
        (
            "Phó Cục trưởng Cục Tổ chức cán bộ - Bộ Nội vụ dự",
            "Phó Cục trưởng Cục Tổ chức cán bộ - Bộ Nội vụ",
        ),
        (
            "Tổ trưởng Tổ công tác đặc biệt của Tỉnh ủy dự",
            "Tổ trưởng Tổ công tác đặc biệt của Tỉnh ủy",
        ),
        (
            "Phó Chủ tịch UB. MTTQ phường dự",
            "Phó Chủ tịch UB. MTTQ phường",
        ),
        (
            "Thị trưởng thành phố Busan phát biểu",
            "Thị trưởng thành phố Busan",
        ),
    ] {
        assert_eq!(title(text).as_deref(), Some(want), "{text}");
    }
}

#[test]
fn religious_prison_and_company_organs_stay_whole() {
    for (text, want) in [
        (
            "Phó Chủ tịch Hội đồng Trị sự Giáo hội Phật giáo Việt Nam dẫn đầu đoàn",
            "Phó Chủ tịch Hội đồng Trị sự Giáo hội Phật giáo Việt Nam",
        ),
        (
            "Cục trưởng Cục Cảnh sát quản lý trại giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng làm việc",
            "Cục trưởng Cục Cảnh sát quản lý trại giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng",
        ),
        (
            "Phó Giám thị Trại tạm giam số 2 báo cáo",
            "Phó Giám thị Trại tạm giam số 2",
        ),
        (
            "Giám đốc Công ty TNHH Hòa Bình cho biết",
            "Giám đốc Công ty TNHH Hòa Bình",
        ),
        (
            "Thống lĩnh các lực lượng vũ trang nhân dân đã ký",
            "Thống lĩnh các lực lượng vũ trang nhân dân",
        ),
    ] {
        assert_eq!(title(text).as_deref(), Some(want), "{text}");
    }
}

#[test]
fn a_city_after_tp_with_a_full_stop_stays_in_the_title() {
    assert_eq!(
        title("Phó Chủ tịch UBND TP. Hà Nội, Trưởng Ban Chỉ đạo").as_deref(),
        Some("Phó Chủ tịch UBND TP. Hà Nội")
    );
    let t = Tokens::new("A, Bí thư Thành ủy TP. Cần Thơ, Trưởng đoàn ĐBQH thành phố dự");
    let (_, got) = titles_after(&t, 1);
    assert_eq!(
        got,
        ["Bí thư Thành ủy TP. Cần Thơ", "Trưởng đoàn ĐBQH thành phố"]
    );
}

#[test]
fn numbered_units_end_their_title() {
    assert_eq!(
        title("Bí thư Chi bộ thôn 4 phát biểu").as_deref(),
        Some("Bí thư Chi bộ thôn 4")
    );
    assert_eq!(
        title("Tổ trưởng tổ dân phố 12 cho biết").as_deref(),
        Some("Tổ trưởng tổ dân phố 12")
    );
    assert_eq!(
        title("Chủ tịch UBND phường 3 năm nay").as_deref(),
        Some("Chủ tịch UBND phường 3")
    );
}

#[test]
fn a_team_written_in_lower_case_after_its_head_is_part_of_the_title() {
    // Portals write the team of deputies and the mediation team in lower
    // case after the head of the team.
    assert_eq!(
        title("Tổ trưởng tổ đại biểu HĐND thị xã dự buổi tiếp xúc").as_deref(),
        Some("Tổ trưởng tổ đại biểu HĐND thị xã")
    );
    assert_eq!(
        title("Tổ trưởng tổ hòa giải thôn Đông Hạ chia sẻ").as_deref(),
        Some("Tổ trưởng tổ hòa giải thôn Đông Hạ")
    );
}

#[test]
fn a_committee_name_ends_before_what_it_does() {
    assert_eq!(
        title("Phó Bí thư Tỉnh Đoàn cảm ơn sự giúp đỡ của Ban Dân vận").as_deref(),
        Some("Phó Bí thư Tỉnh Đoàn")
    );
    assert_eq!(
        title("Ủy viên Thường vụ Thành Ủy gửi lời chúc của Ban Thường vụ").as_deref(),
        Some("Ủy viên Thường vụ Thành Ủy")
    );
}

#[test]
fn a_commune_youth_union_is_an_organ_with_its_place() {
    assert_eq!(
        title("Bí thư Xã đoàn Tân Hòa phát biểu tại đại hội").as_deref(),
        Some("Bí thư Xã đoàn Tân Hòa")
    );
    assert_eq!(
        title("Phó Bí thư Phường đoàn An Lạc phát biểu").as_deref(),
        Some("Phó Bí thư Phường đoàn An Lạc")
    );
    assert_eq!(
        title("Bí thư Xã đoàn cảm ơn các nhà hảo tâm").as_deref(),
        Some("Bí thư Xã đoàn")
    );
}

#[test]
fn a_funeral_committee_written_small_stays_in_its_heads_title() {
    assert_eq!(
        title("Trưởng ban lễ tang đọc lời điếu").as_deref(),
        Some("Trưởng ban lễ tang")
    );
    assert_eq!(
        title("Phó Trưởng Ban tổ chức lễ tang cảm ơn các đoàn").as_deref(),
        Some("Phó Trưởng Ban tổ chức lễ tang")
    );
}

#[test]
fn serving_as_head_of_a_delegation_ends_a_steering_committees_name() {
    assert_eq!(
        title("Trưởng ban chỉ đạo làm trưởng đoàn Đoàn Kiểm tra của Ban Chỉ đạo").as_deref(),
        Some("Trưởng ban chỉ đạo")
    );
    // "làm theo" belongs to what the committee is for.
    assert_eq!(
        title("Trưởng Ban Chỉ đạo học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh tỉnh phát biểu").as_deref(),
        Some("Trưởng Ban Chỉ đạo học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh tỉnh")
    );
}

#[test]
fn posts_typed_against_a_slash_are_a_chain() {
    let t = Tokens::new("A, TUV/Chủ tịch UBND tỉnh Kon Tum phát biểu");
    let (_, got) = titles_after(&t, 1);
    assert_eq!(got, ["TUV", "Chủ tịch UBND tỉnh Kon Tum"]);
    let t = Tokens::new("B, Phó Bí thư Đảng ủy/Chủ tịch UBND xã Ia Chim dự");
    let (_, got) = titles_after(&t, 1);
    assert_eq!(got, ["Phó Bí thư Đảng ủy", "Chủ tịch UBND xã Ia Chim"]);
    // A document's number and a unit written with a slash stay whole.
    let t = Tokens::new("theo Quyết định 446-QĐ/TU của Tỉnh ủy");
    assert!((0..t.len()).any(|k| t.raw(k) == "446-QĐ/TU"));
}

#[test]
fn a_members_post_dashed_to_an_office_written_short_is_two_posts() {
    let t = Tokens::new("A, HUV-PCT UBMTTQVN huyện Lâm Hà làm trưởng đoàn");
    let (_, got) = titles_after(&t, 1);
    assert_eq!(got, ["HUV", "PCT UBMTTQVN huyện Lâm Hà"]);
    let t = Tokens::new("B, UVBTV-CT HĐND huyện Đạ Huoai dự");
    let (_, got) = titles_after(&t, 1);
    assert_eq!(got, ["UVBTV", "CT HĐND huyện Đạ Huoai"]);
}

#[test]
fn short_ranks_with_a_full_stop_and_uv_are_titles() {
    let t = Tokens::new("HT. Thích Minh Đạo, Trưởng Ban Trị sự tỉnh dự");
    assert_eq!(head_len(&t, 0), Some(2));
    assert!(is_rank(&t, 0, 2));
    let t = Tokens::new("Phó Bí thư TT. Tỉnh ủy");
    assert!(!is_rank(&t, 3, 2), "TT before an organ is Thường trực");
    assert_eq!(
        title("Phó Bí thư TT. Huyện ủy dự").as_deref(),
        Some("Phó Bí thư TT Huyện ủy")
    );
    let t = Tokens::new("A, UV BTV Huyện ủy, Trưởng Ban Dân vận Huyện ủy dự");
    let (_, got) = titles_after(&t, 1);
    assert_eq!(got, ["UV BTV Huyện ủy", "Trưởng Ban Dân vận Huyện ủy"]);
    // The two abbreviations joined by a dash, as "CT.HĐND" is by a dot.
    let t = Tokens::new("A, UV-BTV Thị ủy, Chủ tịch Ủy ban MTTQ thị xã dự");
    let (_, got) = titles_after(&t, 1);
    assert_eq!(got, ["UV-BTV Thị ủy", "Chủ tịch Ủy ban MTTQ thị xã"]);
    // Dashed capitals that stand for no office open no title.
    let t = Tokens::new("A, TN-MT huyện dự");
    let (_, got) = titles_after(&t, 1);
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_department_named_with_va_stays_whole() {
    assert_eq!(
        title("Giám đốc Sở Tài nguyên và Môi trường phát biểu").as_deref(),
        Some("Giám đốc Sở Tài nguyên và Môi trường")
    );
    // A school's faculty joins its two fields the same way.
    assert_eq!(
        title(
            "Phó Trưởng khoa Tuyên giáo và Công tác dân tộc Học viện Chính trị khu vực I báo cáo"
        )
        .as_deref(),
        Some("Phó Trưởng khoa Tuyên giáo và Công tác dân tộc Học viện Chính trị khu vực I")
    );
    assert_eq!(
        title("Trưởng khoa Tuyên giáo và Nguyễn Văn An").as_deref(),
        Some("Trưởng khoa Tuyên giáo")
    );
    assert_eq!(
        title("Bí thư Tỉnh ủy và Chủ tịch UBND tỉnh").as_deref(),
        Some("Bí thư Tỉnh ủy")
    );
    assert_eq!(
        title("Chủ tịch UBND tỉnh và Ban Dân vận").as_deref(),
        Some("Chủ tịch UBND tỉnh")
    );
    assert_eq!(
        title("Chủ tịch UBND tỉnh và Nguyễn Văn An").as_deref(),
        Some("Chủ tịch UBND tỉnh")
    );
    assert_eq!(
        title("Bí thư Huyện ủy và Nhân dân").as_deref(),
        Some("Bí thư Huyện ủy")
    );
}

#[test]
fn lower_case_heads_are_normalised_and_tt_kept() {
    assert_eq!(
        title("phó bí thư TT Huyện ủy chủ trì").as_deref(),
        Some("Phó Bí thư TT Huyện ủy")
    );
    assert_eq!(
        title("phó bí thư thường trực huyện ủy").as_deref(),
        Some("Phó Bí thư Thường trực huyện ủy")
    );
}

#[test]
fn titles_after_a_name_split_on_commas() {
    let t = Tokens::new("A – Bí thư Trung ương Đảng, Trưởng ban Dân vận Trung ương chủ trì");
    let (_, got) = titles_after(&t, 1);
    assert_eq!(
        got,
        ["Bí thư Trung ương Đảng", "Trưởng ban Dân vận Trung ương"]
    );
    let t = Tokens::new("A (Bí thư Huyện ủy) phát biểu");
    let (k, got) = titles_after(&t, 1);
    assert_eq!(got, ["Bí thư Huyện ủy"]);
    assert_eq!(t.raw(k), "phát");
}

#[test]
fn a_verb_phrase_after_a_name_introduces_its_titles() {
    let t = Tokens::new("A giữ chức vụ Phó Chủ tịch Hội Cựu chiến binh xã; B");
    let (_, got) = titles_after(&t, 1);
    assert_eq!(got, ["Phó Chủ tịch Hội Cựu chiến binh xã"]);
    let t = Tokens::new("A được bầu làm Bí thư Chi bộ thôn và Trưởng thôn Đông");
    let (_, got) = titles_after(&t, 1);
    assert_eq!(got, ["Bí thư Chi bộ thôn", "Trưởng thôn Đông"]);
    let t = Tokens::new("A (Ama Hoa) liên tục đảm nhiệm làm Trưởng thôn Đông và Bí thư Chi bộ");
    let (_, got) = titles_after(&t, 1);
    assert_eq!(got, ["Trưởng thôn Đông", "Bí thư Chi bộ"]);
    let t = Tokens::new("A là người có công");
    let (k, got) = titles_after(&t, 1);
    assert!(got.is_empty());
    assert_eq!(k, 1);
    // Elected again: "tái trúng cử", "lại được bầu làm".
    let t = Tokens::new("A tái trúng cử chức danh Phó Chủ tịch HĐND xã; B");
    let (_, got) = titles_after(&t, 1);
    assert_eq!(got, ["Phó Chủ tịch HĐND xã"]);
    let t = Tokens::new("A lại được bầu làm Trưởng thôn Đông; B");
    let (_, got) = titles_after(&t, 1);
    assert_eq!(got, ["Trưởng thôn Đông"]);
}

#[test]
fn a_highland_villages_name_after_ban_stays_with_the_post() {
    // Two capitalised words after "bản" name the village, though the
    // first is also a family name.
    let t = Tokens::new("A được bầu làm Bí thư Chi bộ bản Lò Khoang.");
    let (_, got) = titles_after(&t, 1);
    assert_eq!(got, ["Bí thư Chi bộ bản Lò Khoang"]);
    // A full name with its middle name is the holder's.
    assert_eq!(
        title("Trưởng bản Lò Văn Pấng cho biết").as_deref(),
        Some("Trưởng bản")
    );
}

#[test]
fn a_note_in_brackets_between_name_and_title_is_skipped() {
    let t = Tokens::new("A (48 tuổi), Giám đốc Sở Y tế tỉnh; ông B");
    let (k, got) = titles_after(&t, 1);
    assert_eq!(got, ["Giám đốc Sở Y tế tỉnh"]);
    assert!(t.is_punct(k, ';'));
    let t = Tokens::new("A (quê Nghệ An) phát biểu");
    let (k, got) = titles_after(&t, 1);
    assert!(got.is_empty());
    assert_eq!(k, 1);
}

#[test]
fn a_deputy_of_an_abbreviated_board_is_an_office() {
    assert_eq!(
        title("Phó BTS GHPGVN tỉnh dự lễ").as_deref(),
        Some("Phó BTS GHPGVN tỉnh")
    );
    assert_eq!(
        title("Phó BCH Quân sự huyện báo cáo").as_deref(),
        Some("Phó BCH Quân sự huyện")
    );
    // An abbreviation of a place or a people's body opens nothing.
    assert_eq!(title("Phó UBND tỉnh"), None);
}

#[test]
fn an_election_committee_and_a_blocs_youth_union_are_organs() {
    for (text, want) in [
        (
            "Phó Chủ tịch uỷ ban bầu cử thành phố; ông",
            "Phó Chủ tịch uỷ ban bầu cử thành phố",
        ),
        (
            "Tổ trưởng Tổ bầu cử số 3 phát biểu",
            "Tổ trưởng Tổ bầu cử số 3",
        ),
        (
            "Bí thư Đoàn Khối các cơ quan tỉnh chủ trì",
            "Bí thư Đoàn Khối các cơ quan tỉnh",
        ),
    ] {
        assert_eq!(title(text).as_deref(), Some(want), "{text}");
    }
}

#[test]
fn a_movements_steering_committee_keeps_the_movement() {
    for (text, want) in [
        (
            "Trưởng ban BCĐ Phong trào TDĐKXDĐSVH huyện Tân Phú. Sau",
            "Trưởng ban BCĐ Phong trào TDĐKXDĐSVH huyện Tân Phú",
        ),
        (
            "Phó Trưởng Ban Chỉ đạo Phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa tỉnh dự",
            "Phó Trưởng Ban Chỉ đạo Phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa tỉnh",
        ),
    ] {
        assert_eq!(title(text).as_deref(), Some(want), "{text}");
    }
}

#[test]
fn a_firms_chief_and_a_coach_written_short_are_offices() {
    for (text, want) in [
        (
            "Phó TGĐ Tập đoàn Truyền thông Sao Mai dự",
            "Phó TGĐ Tập đoàn Truyền thông Sao Mai",
        ),
        (
            "PTGĐ Tổng công ty Hàng hải Việt Nam dự",
            "PTGĐ Tổng công ty Hàng hải Việt Nam",
        ),
        (
            "HLV trưởng đội tuyển U23 Việt Nam và",
            "HLV trưởng đội tuyển U23 Việt Nam",
        ),
        (
            "Huấn luyện viên trưởng Câu lạc bộ Sông Lam Nghệ An cho biết",
            "Huấn luyện viên trưởng Câu lạc bộ Sông Lam Nghệ An",
        ),
    ] {
        assert_eq!(title(text).as_deref(), Some(want), "{text}");
    }
}

#[test]
fn an_abbreviation_in_brackets_of_the_title_keeps_the_chain() {
    // The initials stay in the title as written; post keys drop them.
    let t = Tokens::new("A - Ủy viên Ban Thường vụ Đảng ủy (UVTV ĐU), Phó Chủ tịch HĐND phường; B");
    let (_, got) = titles_after(&t, 1);
    assert_eq!(
        got,
        [
            "Ủy viên Ban Thường vụ Đảng ủy (UVTV ĐU)",
            "Phó Chủ tịch HĐND phường"
        ]
    );
    assert_eq!(
        title("Chỉ huy trưởng Bộ Chỉ huy quân sự (CHQS) tỉnh Cao Bằng dự").as_deref(),
        Some("Chỉ huy trưởng Bộ Chỉ huy quân sự (CHQS) tỉnh Cao Bằng")
    );
    // The state's name is an organ of its own before its country.
    assert_eq!(
        title("Chủ tịch nước Cộng hòa xã hội chủ nghĩa (CHXHCN) Việt Nam Võ Minh Tâm tiếp")
            .as_deref(),
        Some("Chủ tịch nước Cộng hòa xã hội chủ nghĩa (CHXHCN) Việt Nam")
    );
    assert_eq!(
        title("đại biểu Quốc hội (ĐBQH) tỉnh Sơn La phát biểu").as_deref(),
        Some("đại biểu Quốc hội (ĐBQH) tỉnh Sơn La")
    );
    // Letters that are not the title's initials are another title.
    assert_eq!(
        title("Chủ tịch HĐND phường (ĐBQH) dự").as_deref(),
        Some("Chủ tịch HĐND phường")
    );
}

#[test]
fn an_envoy_keeps_where_the_post_sits() {
    assert_eq!(
        title("Tổng Lãnh sự Nhật Bản tại Đà Nẵng phát biểu").as_deref(),
        Some("Tổng Lãnh sự Nhật Bản tại Đà Nẵng")
    );
    assert_eq!(
        title("Đại sứ Cộng hòa Liên bang Đức tại Việt Nam chúc mừng").as_deref(),
        Some("Đại sứ Cộng hòa Liên bang Đức tại Việt Nam")
    );
    assert_eq!(
        title("Trưởng Đại diện UNICEF tại Việt Nam cho biết").as_deref(),
        Some("Trưởng Đại diện UNICEF tại Việt Nam")
    );
    assert_eq!(
        title("Chánh án Tòa án nhân dân cấp cao tại Đà Nẵng phát biểu").as_deref(),
        Some("Chánh án Tòa án nhân dân cấp cao tại Đà Nẵng")
    );
    assert_eq!(
        title("Viện trưởng Viện Kiểm sát nhân dân tối cao phát biểu").as_deref(),
        Some("Viện trưởng Viện Kiểm sát nhân dân tối cao")
    );
    assert_eq!(
        title("Chánh án Tòa án nhân dân khu vực 2 phát biểu").as_deref(),
        Some("Chánh án Tòa án nhân dân khu vực 2")
    );
    for (text, want) in [
        (
            "Điều phối viên thường trú Liên hợp quốc tại Việt Nam cho biết",
            "Điều phối viên thường trú Liên hợp quốc tại Việt Nam",
        ),
        (
            "Giám đốc Quốc gia Ngân hàng Thế giới tại Việt Nam cho biết",
            "Giám đốc Quốc gia Ngân hàng Thế giới tại Việt Nam",
        ),
        (
            "Tham tán Công sứ Đại sứ quán Nhật Bản tại Việt Nam cho biết",
            "Tham tán Công sứ Đại sứ quán Nhật Bản tại Việt Nam",
        ),
        (
            "Tỉnh trưởng tỉnh Champasak (Lào) cho biết",
            "Tỉnh trưởng tỉnh Champasak (Lào)",
        ),
    ] {
        assert_eq!(title(text).as_deref(), Some(want), "{text}");
    }
    // Other offices end before where an event happens.
    assert_eq!(
        title("Bí thư Tỉnh ủy tại Hà Nội").as_deref(),
        Some("Bí thư Tỉnh ủy")
    );
}

#[test]
fn qualifiers_and_lower_case_boards_after_the_office_stay() {
    assert_eq!(
        title("đại biểu quốc hội chuyên trách, đã tiếp xúc cử tri").as_deref(),
        Some("Đại biểu Quốc hội chuyên trách")
    );
    assert_eq!(
        title("Chủ tịch danh dự Hội Cựu chiến binh tỉnh dự").as_deref(),
        Some("Chủ tịch danh dự Hội Cựu chiến binh tỉnh")
    );
    assert_eq!(
        title("Phó Trưởng phòng phụ trách Phòng Nội vụ huyện, cho biết").as_deref(),
        Some("Phó Trưởng phòng phụ trách Phòng Nội vụ huyện")
    );
    assert_eq!(
        title("Trưởng Ban Giám sát đầu tư của cộng đồng xã báo cáo").as_deref(),
        Some("Trưởng Ban Giám sát đầu tư của cộng đồng xã")
    );
    assert_eq!(
        title("Trưởng ban chỉ đạo làm trưởng đoàn").as_deref(),
        Some("Trưởng ban chỉ đạo")
    );
    assert_eq!(
        title("Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy dự").as_deref(),
        Some("Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy")
    );
    assert_eq!(
        title("phó trưởng ban tuyên giáo và dân vận Tỉnh ủy, cho biết").as_deref(),
        Some("Phó Trưởng ban tuyên giáo và dân vận Tỉnh ủy")
    );
    assert_eq!(
        title("hiệu trưởng trường tiểu học Ea Kao, cho biết").as_deref(),
        Some("Hiệu trưởng trường tiểu học Ea Kao")
    );
    assert_eq!(
        title("trưởng ban quản lý dự án đầu tư xây dựng huyện, cho biết").as_deref(),
        Some("Trưởng ban quản lý dự án đầu tư xây dựng huyện")
    );
    // What an organ written in lower case does is no part of it.
    assert_eq!(
        title("Trưởng phòng y tế tổ chức khám bệnh cho bà con").as_deref(),
        Some("Trưởng phòng y tế")
    );
}

#[test]
fn honours_and_degrees_before_a_name_are_titles() {
    for (text, want) in [
        ("TS Lê Minh Khoa trình bày", "TS"),
        ("ThS Lê Minh Khoa trình bày", "ThS"),
        ("Nhà giáo Ưu tú Lê Minh Khoa phát biểu", "Nhà giáo Ưu tú"),
        (
            "Anh hùng Lực lượng vũ trang Lê Minh Khoa được bầu",
            "Anh hùng Lực lượng vũ trang",
        ),
    ] {
        assert_eq!(title(text).as_deref(), Some(want), "{text}");
    }
}

#[test]
fn a_commune_post_taken_as_chuc_danh_or_on_secondment_is_given() {
    // The regular police sent to a commune take its posts "as chức danh".
    let t = Tokens::new("A đảm nhận chức danh Trưởng Công an thị trấn Phú Mỹ; B");
    let (_, got) = titles_after(&t, 1);
    assert_eq!(got, ["Trưởng Công an thị trấn Phú Mỹ"]);
    let t = Tokens::new("A được luân chuyển đảm nhiệm chức danh Phó Trưởng Công an xã Ea Sol.");
    let (_, got) = titles_after(&t, 1);
    assert_eq!(got, ["Phó Trưởng Công an xã Ea Sol"]);
    // A border-guard officer seconded, then appointed to the commune's post.
    let t = Tokens::new("A được tăng cường, bổ nhiệm giữ chức Phó Chủ tịch UBND xã Ia Dom.");
    let (_, got) = titles_after(&t, 1);
    assert_eq!(got, ["Phó Chủ tịch UBND xã Ia Dom"]);
    let t = Tokens::new("A được tăng cường làm Chủ tịch UBND xã Ia Dom.");
    let (_, got) = titles_after(&t, 1);
    assert_eq!(got, ["Chủ tịch UBND xã Ia Dom"]);
    // Reinforcement with no post after it gives none.
    let t = Tokens::new("A được tăng cường về xã từ năm 2022.");
    let (_, got) = titles_after(&t, 1);
    assert!(got.is_empty());
}

#[test]
fn re_election_verbs_give_a_title() {
    let t = Tokens::new("A đã tái đắc cử chức vụ Chủ tịch Hội Nông dân xã.");
    let (_, got) = titles_after(&t, 1);
    assert_eq!(got, ["Chủ tịch Hội Nông dân xã"]);
    let t = Tokens::new("A tiếp tục làm Chủ tịch danh dự Hội Cựu chiến binh tỉnh.");
    let (_, got) = titles_after(&t, 1);
    assert_eq!(got, ["Chủ tịch danh dự Hội Cựu chiến binh tỉnh"]);
}

#[test]
fn a_title_in_brackets_after_a_title_is_one_more_link() {
    let t = Tokens::new("A, Ủy viên Ban Thường vụ Tỉnh ủy (nguyên Chủ tịch UBND tỉnh); B");
    let (_, got) = titles_after(&t, 1);
    assert_eq!(
        got,
        ["Ủy viên Ban Thường vụ Tỉnh ủy", "nguyên Chủ tịch UBND tỉnh"]
    );
    // A note in brackets ends the chain.
    let t = Tokens::new("A, Bí thư Tỉnh ủy (bên phải) phát biểu");
    let (k, got) = titles_after(&t, 1);
    assert_eq!(got, ["Bí thư Tỉnh ủy"]);
    assert!(t.is_punct(k, '('));
}

#[test]
fn two_bodies_written_short_join_with_va() {
    assert_eq!(
        title("Phó Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh dự").as_deref(),
        Some("Phó Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh")
    );
    let t = Tokens::new("A, Chủ tịch HĐND và CT UBND xã");
    let (_, got) = titles_after(&t, 1);
    assert_eq!(got, ["Chủ tịch HĐND", "CT UBND xã"]);
}

#[test]
fn companies_groups_and_plural_organs_stay_whole() {
    for (text, want) in [
        (
            "Trưởng Ban Quản lý các khu công nghiệp tỉnh phát biểu",
            "Trưởng Ban Quản lý các khu công nghiệp tỉnh",
        ),
        (
            "Tổng Giám đốc Tập đoàn Dầu khí Việt Nam cho biết",
            "Tổng Giám đốc Tập đoàn Dầu khí Việt Nam",
        ),
        (
            "Giám đốc Công ty cổ phần Cấp nước tỉnh cho biết",
            "Giám đốc Công ty cổ phần Cấp nước tỉnh",
        ),
    ] {
        assert_eq!(title(text).as_deref(), Some(want), "{text}");
    }
}

#[test]
fn offices_glued_by_a_dash_and_organs_named_for_unity() {
    assert_eq!(
        title("Phó Chủ tịch-Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam khóa X dự").as_deref(),
        Some("Phó Chủ tịch-Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam khóa X")
    );
    assert_eq!(
        title("Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh phát biểu").as_deref(),
        Some("Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh")
    );
    assert_eq!(
        title("Phó Chủ tịch Mặt trận đoàn kết phát triển Tổ quốc Campuchia dự").as_deref(),
        Some("Phó Chủ tịch Mặt trận đoàn kết phát triển Tổ quốc Campuchia")
    );
    // An abbreviation joined by a dash stays one word.
    assert_eq!(
        title("Giám đốc Sở LĐ-TB&XH tỉnh dự").as_deref(),
        Some("Giám đốc Sở LĐ-TB&XH tỉnh")
    );
}

#[test]
fn a_power_company_named_for_its_district_stays_in_the_title() {
    assert_eq!(
        title("Giám đốc Điện lực Hương Khê phát biểu tại buổi lễ").as_deref(),
        Some("Giám đốc Điện lực Hương Khê")
    );
    assert_eq!(
        title("Phó Giám đốc Điện lực huyện Đô Lương cho biết").as_deref(),
        Some("Phó Giám đốc Điện lực huyện Đô Lương")
    );
}

#[test]
fn a_ministry_named_without_the_comma_between_its_fields_stays_whole() {
    assert_eq!(
        title("Thứ trưởng Bộ Lao động Thương binh và Xã hội - Hoàng Minh Khôi thăm").as_deref(),
        Some("Thứ trưởng Bộ Lao động Thương binh và Xã hội")
    );
    assert_eq!(
        title("Phó Giám đốc Sở Văn hóa Thể thao và Du lịch tỉnh phát biểu").as_deref(),
        Some("Phó Giám đốc Sở Văn hóa Thể thao và Du lịch tỉnh")
    );
}

#[test]
fn a_school_named_for_a_person_stays_in_the_title() {
    for (text, want) in [
        (
            "Hiệu trưởng Trường Tiểu học Kim Đồng phát biểu",
            "Hiệu trưởng Trường Tiểu học Kim Đồng",
        ),
        (
            "Hiệu trưởng Trường THPT Lê Quý Đôn Trần Thị Lan phát biểu",
            "Hiệu trưởng Trường THPT Lê Quý Đôn",
        ),
        (
            "Bí thư Chi bộ Trường PTDTBT THCS Lý Tự Trọng dự",
            "Bí thư Chi bộ Trường PTDTBT THCS Lý Tự Trọng",
        ),
        // A school for the gifted: "chuyên" and its name.
        (
            "Hiệu trưởng Trường THPT chuyên Lam Sơn phát biểu",
            "Hiệu trưởng Trường THPT chuyên Lam Sơn",
        ),
        (
            "Phó Hiệu trưởng Trường THPT chuyên Nguyễn Trãi Lê Thị Hoa cho biết",
            "Phó Hiệu trưởng Trường THPT chuyên Nguyễn Trãi",
        ),
        (
            "Hiệu trưởng Trường Trung học phổ thông chuyên Bắc Ninh dự",
            "Hiệu trưởng Trường Trung học phổ thông chuyên Bắc Ninh",
        ),
        // "trường" in lower case before the school's kind, as many
        // outlets write it.
        (
            "Hiệu trưởng trường THPT Phan Đình Phùng phát biểu",
            "Hiệu trưởng trường THPT Phan Đình Phùng",
        ),
        (
            "Phó Hiệu trưởng trường trung học cơ sở Trần Quốc Toản cho biết",
            "Phó Hiệu trưởng trường trung học cơ sở Trần Quốc Toản",
        ),
        (
            "Bí thư Chi đoàn trường THCS chuyên Lê Hồng Phong dự",
            "Bí thư Chi đoàn trường THCS chuyên Lê Hồng Phong",
        ),
    ] {
        assert_eq!(title(text).as_deref(), Some(want), "{text}");
    }
    // Outside a school a name ends the title.
    assert_eq!(
        title("Giám đốc Sở Giáo dục Lê Quý Đôn phát biểu").as_deref(),
        Some("Giám đốc Sở Giáo dục")
    );
    // "trường" of everyday speech opens no school: the name is a person's,
    // and "nhà trường", the school spoken of, is the post's organ.
    assert_eq!(
        title("Hiệu trưởng nhà trường Lê Thị Hạnh phát biểu").as_deref(),
        Some("Hiệu trưởng nhà trường")
    );
    assert_eq!(
        title("Phó Hiệu trưởng nhà trường cho biết").as_deref(),
        Some("Phó Hiệu trưởng nhà trường")
    );
}

#[test]
fn a_city_written_short_in_brackets_after_a_commune_stays_in_the_title() {
    assert_eq!(
        title("Chủ tịch UBND xã Bình Lợi (TP.HCM) Đỗ Văn Tài phát biểu").as_deref(),
        Some("Chủ tịch UBND xã Bình Lợi (TP.HCM)")
    );
    assert_eq!(
        title("Bí thư Đảng ủy phường Vỹ Dạ (TP. Huế) Lê Thị Vân cho biết").as_deref(),
        Some("Bí thư Đảng ủy phường Vỹ Dạ (TP. Huế)")
    );
}

#[test]
fn a_unit_marked_new_after_the_mergers_stays_in_the_title() {
    assert_eq!(
        title("Phó Chủ tịch HĐND tỉnh Gia Lai (mới) phát biểu").as_deref(),
        Some("Phó Chủ tịch HĐND tỉnh Gia Lai (mới)")
    );
}

#[test]
fn a_staff_members_department_goes_on_to_the_body_it_belongs_to() {
    assert_eq!(
        title("Chuyên viên Phòng Văn hóa - Xã hội, UBND xã Ea Tul; ông").as_deref(),
        Some("Chuyên viên Phòng Văn hóa - Xã hội, UBND xã Ea Tul")
    );
    assert_eq!(
        title("Công chức Phòng Công tác Quốc hội, Văn phòng Đoàn ĐBQH và HĐND tỉnh phát biểu")
            .as_deref(),
        Some("Công chức Phòng Công tác Quốc hội, Văn phòng Đoàn ĐBQH và HĐND tỉnh")
    );
    // A place closes the department; a name after the comma is a person's.
    assert_eq!(
        title("Chuyên viên Phòng Nội vụ huyện Krông Pắc, Bí thư Chi đoàn").as_deref(),
        Some("Chuyên viên Phòng Nội vụ huyện Krông Pắc")
    );
    assert_eq!(
        title("Chuyên viên Phòng Kinh tế, Nguyễn Văn Khởi cho biết").as_deref(),
        Some("Chuyên viên Phòng Kinh tế")
    );
}

#[test]
fn a_communes_public_service_centre_is_one_organ() {
    assert_eq!(
        title("Viên chức Trung tâm Dịch vụ sự nghiệp công xã Cư Pơng; bà").as_deref(),
        Some("Viên chức Trung tâm Dịch vụ sự nghiệp công xã Cư Pơng")
    );
}

#[test]
fn the_arts_association_and_department_keep_their_dashes() {
    assert_eq!(
        title("Chủ tịch Hội Văn học - Nghệ thuật tỉnh Bắc Ninh phát biểu").as_deref(),
        Some("Chủ tịch Hội Văn học - Nghệ thuật tỉnh Bắc Ninh")
    );
    assert_eq!(
        title("Phó Trưởng phòng Khoa giáo, Văn hóa - Văn nghệ, Ban Tuyên giáo và Dân vận Thành ủy; bà")
            .as_deref(),
        Some("Phó Trưởng phòng Khoa giáo, Văn hóa - Văn nghệ, Ban Tuyên giáo và Dân vận Thành ủy")
    );
}

#[test]
fn the_fronts_board_for_democracy_and_law_keeps_its_dash() {
    assert_eq!(
        title("Phó Trưởng Ban Dân chủ - Pháp luật, Ủy ban MTTQ Việt Nam tỉnh Cao Bằng cho biết")
            .as_deref(),
        Some("Phó Trưởng Ban Dân chủ - Pháp luật, Ủy ban MTTQ Việt Nam tỉnh Cao Bằng")
    );
}

#[test]
fn a_former_unit_name_stays_in_the_title() {
    assert_eq!(
        title("Phó Bí thư Thường trực Quận ủy quận 3 cũ, nay là").as_deref(),
        Some("Phó Bí thư Thường trực Quận ủy quận 3 cũ")
    );
    assert_eq!(
        title("Phó Chánh Văn phòng Tỉnh ủy Bình Dương (cũ) dự").as_deref(),
        Some("Phó Chánh Văn phòng Tỉnh ủy Bình Dương (cũ)")
    );
    let t = Tokens::new(
        "A từng là Phó Bí thư Thị ủy Bến Cát (thị xã Bến Cát, tỉnh Bình Dương trước đây) và Chủ tịch UBND huyện Dầu Tiếng.",
    );
    let (_, got) = titles_after(&t, 1);
    assert_eq!(
        got,
        [
            "Phó Bí thư Thị ủy Bến Cát (thị xã Bến Cát, tỉnh Bình Dương trước đây)",
            "Chủ tịch UBND huyện Dầu Tiếng"
        ]
    );
    // A note that is no place ends the title.
    assert_eq!(
        title("Bí thư Tỉnh ủy (bên trái) trao quà").as_deref(),
        Some("Bí thư Tỉnh ủy")
    );
}

#[test]
fn units_of_the_armed_forces_and_forestry_stay_whole() {
    for (text, want) in [
        (
            "Chính ủy Bộ Tư lệnh Vùng Cảnh sát biển 3; ông A",
            "Chính ủy Bộ Tư lệnh Vùng Cảnh sát biển 3",
        ),
        (
            "Hạt trưởng Hạt Kiểm lâm huyện phát biểu",
            "Hạt trưởng Hạt Kiểm lâm huyện",
        ),
        (
            "Giám đốc Ban Quản lý rừng phòng hộ Sông Mã cho biết",
            "Giám đốc Ban Quản lý rừng phòng hộ Sông Mã",
        ),
        (
            "Trưởng Ban đại diện HĐQT Ngân hàng CSXH tỉnh dự",
            "Trưởng Ban đại diện HĐQT Ngân hàng CSXH tỉnh",
        ),
        (
            "Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh dự",
            "Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh",
        ),
        (
            "Vụ trưởng Vụ Công tác dân vận cơ quan nhà nước, Ban Dân vận Trung ương dự",
            "Vụ trưởng Vụ Công tác dân vận cơ quan nhà nước, Ban Dân vận Trung ương",
        ),
    ] {
        assert_eq!(title(text).as_deref(), Some(want), "{text}");
    }
    // A year or a count goes on with words: not a unit.
    assert_eq!(
        title("Chủ tịch UBND tỉnh 5 năm liền").as_deref(),
        Some("Chủ tịch UBND tỉnh")
    );
}

#[test]
fn a_rank_before_the_next_name_is_not_the_previous_persons() {
    let t = Tokens::new(
        "A, Trụ trì chùa Bửu Long; Linh mục Giuse Lê Văn Tâm, Chánh xứ Giáo xứ Thái Hà",
    );
    let (k, got) = titles_after(&t, 1);
    assert_eq!(got, ["Trụ trì chùa Bửu Long"]);
    assert!(t.is_punct(k, ';'));
    // A rank before an office stays in the chain.
    let t = Tokens::new("A, Thiếu tướng, Phó Tư lệnh Quân khu 4 dự");
    let (_, got) = titles_after(&t, 1);
    assert_eq!(got, ["Thiếu tướng", "Phó Tư lệnh Quân khu 4"]);
    let t = Tokens::new("A, Thượng tọa Phó Trưởng ban Trị sự GHPGVN tỉnh dự");
    let (_, got) = titles_after(&t, 1);
    assert_eq!(got, ["Thượng tọa", "Phó Trưởng ban Trị sự GHPGVN tỉnh"]);
}

#[test]
fn religious_offices_open_titles() {
    for (text, want) in [
        (
            "Phó Pháp chủ Hội đồng Chứng minh GHPGVN dự",
            "Phó Pháp chủ Hội đồng Chứng minh GHPGVN",
        ),
        (
            "Chánh xứ Giáo xứ Tân Định cho biết",
            "Chánh xứ Giáo xứ Tân Định",
        ),
        (
            "Chánh Trị sự Họ đạo Cao Đài Tây Ninh cho biết",
            "Chánh Trị sự Họ đạo Cao Đài Tây Ninh",
        ),
    ] {
        assert_eq!(title(text).as_deref(), Some(want), "{text}");
    }
}

#[test]
fn a_board_name_still_open_runs_over_va_to_a_second_body() {
    assert_eq!(
        title("Trưởng Ban Công tác Dân tộc Tôn giáo và Hội quần chúng Ủy ban MTTQ tỉnh phát biểu")
            .as_deref(),
        Some("Trưởng Ban Công tác Dân tộc Tôn giáo và Hội quần chúng Ủy ban MTTQ tỉnh")
    );
    assert_eq!(
        title("Phó Trưởng phòng Văn hóa và Thông tin huyện dự").as_deref(),
        Some("Phó Trưởng phòng Văn hóa và Thông tin huyện")
    );
    // A board closed by its level or its parent is followed by a new body.
    assert_eq!(
        title("Trưởng Ban Dân vận Tỉnh ủy và Hội Nông dân tỉnh phối hợp").as_deref(),
        Some("Trưởng Ban Dân vận Tỉnh ủy")
    );
    assert_eq!(
        title("Chủ tịch UBND tỉnh và Ban Dân vận Tỉnh ủy chỉ đạo").as_deref(),
        Some("Chủ tịch UBND tỉnh")
    );
}

#[test]
fn a_parish_or_temple_keeps_its_name_whatever_family_name_opens_it() {
    assert_eq!(
        title("Chánh xứ Giáo xứ Thái Bình dâng lễ").as_deref(),
        Some("Chánh xứ Giáo xứ Thái Bình")
    );
    assert_eq!(
        title("Trụ trì chùa Hồ Sơn, Thượng tọa Thích Minh Tâm").as_deref(),
        Some("Trụ trì chùa Hồ Sơn")
    );
    // The holder's name after the parish's still ends the title.
    assert_eq!(
        title("Chánh xứ Giáo xứ Thái Bình Nguyễn Văn Lực dâng lễ").as_deref(),
        Some("Chánh xứ Giáo xứ Thái Bình")
    );
}

#[test]
fn a_steering_committee_runs_to_the_level_that_closes_its_name() {
    assert_eq!(
        title("Trưởng Ban chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn huyện Lê Văn Hòa")
            .as_deref(),
        Some("Trưởng Ban chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn huyện")
    );
    assert_eq!(
        title("Phó Trưởng Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh Gia Lai, ông").as_deref(),
        Some("Phó Trưởng Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh Gia Lai")
    );
    // A verb before any level: the committee's name was not going on.
    assert_eq!(
        title("Trưởng Ban chỉ đạo kết luận tại hội nghị tỉnh").as_deref(),
        Some("Trưởng Ban chỉ đạo")
    );
}

#[test]
fn a_project_board_runs_over_the_works_it_builds_to_its_level() {
    assert_eq!(
        title("Giám đốc Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh Bình Sơn, bị bắt").as_deref(),
        Some("Giám đốc Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh Bình Sơn")
    );
    // Nothing closes it: what follows is what the holder says.
    assert_eq!(
        title("Giám đốc Ban Quản lý dự án cho biết công trình xong trong tháng 6 tại xã Hòa An")
            .as_deref(),
        Some("Giám đốc Ban Quản lý dự án")
    );
}

#[test]
fn a_steering_committee_no_level_closes_runs_to_its_holders_act() {
    assert_eq!(
        title("Trưởng Ban Chỉ đạo Quốc gia phòng, chống thiên tai chủ trì cuộc họp").as_deref(),
        Some("Trưởng Ban Chỉ đạo Quốc gia phòng, chống thiên tai")
    );
    assert_eq!(
        title("Phó Trưởng ban Chỉ đạo phòng, chống dịch sởi phát biểu").as_deref(),
        Some("Phó Trưởng ban Chỉ đạo phòng, chống dịch sởi")
    );
    // The short name it is called by, in brackets, ends the nation's
    // committee as the act after it would.
    assert_eq!(
        title("Trưởng Ban chỉ đạo quốc gia phòng, chống dịch cúm gia cầm (Ban Chỉ đạo) chủ trì cuộc họp").as_deref(),
        Some("Trưởng Ban chỉ đạo quốc gia phòng, chống dịch cúm gia cầm")
    );
    // A committee its level closes keeps no short name in brackets either;
    // an organ above, in brackets, stays.
    assert_eq!(
        title("Trưởng Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn huyện (Ban Chỉ đạo) phát biểu").as_deref(),
        Some("Trưởng Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn huyện")
    );
    assert_eq!(
        title("Phó Chủ nhiệm Chính trị (Bộ Chỉ huy Quân sự tỉnh) phát biểu").as_deref(),
        Some("Phó Chủ nhiệm Chính trị (Bộ Chỉ huy Quân sự tỉnh)")
    );
    // The committee's long name, closed by the commune it serves.
    assert_eq!(
        title("Trưởng ban chỉ đạo thực hiện Quy chế dân chủ ở cơ sở và công tác vận động quần chúng xã dự buổi lễ").as_deref(),
        Some("Trưởng ban chỉ đạo thực hiện Quy chế dân chủ ở cơ sở và công tác vận động quần chúng xã")
    );
    // What the holder says after the title is none of it.
    assert_eq!(
        title("Trưởng Ban Chỉ đạo đánh giá cao các ngành và yêu cầu tiếp tục").as_deref(),
        Some("Trưởng Ban Chỉ đạo")
    );
    assert_eq!(
        title("Trưởng Ban Chỉ đạo cũng nhấn mạnh").as_deref(),
        Some("Trưởng Ban Chỉ đạo")
    );
}
#[test]
fn phó_before_any_office_is_its_deputy() {
    assert_eq!(
        title("Phó Thư ký kiêm Chánh văn phòng Ban Trị sự tỉnh; Đại đức").as_deref(),
        Some("Phó Thư ký kiêm Chánh văn phòng Ban Trị sự tỉnh")
    );
    assert_eq!(
        title("Phó thường trực kiêm Trưởng ban Hoằng pháp GHPGVN tỉnh; ĐĐ.").as_deref(),
        Some("Phó thường trực kiêm Trưởng ban Hoằng pháp GHPGVN tỉnh")
    );
    assert_eq!(
        title("Phó Đội trưởng Đội Cảnh sát giao thông, ông").as_deref(),
        Some("Phó Đội trưởng Đội Cảnh sát giao thông")
    );
}

#[test]
fn a_short_rank_with_its_full_stop_ends_the_title_before() {
    assert_eq!(
        title("Trưởng Ban Trị sự GHPGVN tỉnh Bến Tre TT. Thích Minh Đạo").as_deref(),
        Some("Trưởng Ban Trị sự GHPGVN tỉnh Bến Tre")
    );
    assert_eq!(
        title("Phó Bí thư TT Huyện ủy").as_deref(),
        Some("Phó Bí thư TT Huyện ủy")
    );
}

#[test]
fn the_election_council_in_lower_case_is_one_organ() {
    assert_eq!(
        title("Phó Chủ tịch Hội đồng bầu cử quốc gia Trần Văn Quý").as_deref(),
        Some("Phó Chủ tịch Hội đồng bầu cử quốc gia")
    );
}

#[test]
fn a_term_keeps_its_years_or_ends_the_title() {
    assert_eq!(
        title("Phó Trưởng ban Thường trực Ban Trị sự tỉnh nhiệm kỳ 2022-2027 đã").as_deref(),
        Some("Phó Trưởng ban Thường trực Ban Trị sự tỉnh nhiệm kỳ 2022-2027")
    );
    assert_eq!(
        title("Bí thư Chi bộ nhiệm kỳ 2020 - 2025, ông").as_deref(),
        Some("Bí thư Chi bộ nhiệm kỳ 2020 - 2025")
    );
    assert_eq!(
        title("Chủ tịch Hội Nông dân xã nhiệm kỳ mới là").as_deref(),
        Some("Chủ tịch Hội Nông dân xã")
    );
}

#[test]
fn an_aide_names_the_office_served() {
    assert_eq!(
        title("Trợ lý Tổng Thư ký Hội đồng Trị sự; Đại đức").as_deref(),
        Some("Trợ lý Tổng Thư ký Hội đồng Trị sự")
    );
    assert_eq!(
        title("Thư ký Chủ tịch nước, ông").as_deref(),
        Some("Thư ký Chủ tịch nước")
    );
}

#[test]
fn leaving_a_post_is_no_word_of_the_organ() {
    assert_eq!(
        title("Thứ trưởng Bộ Công an thôi giữ chức để nhận nhiệm vụ mới").as_deref(),
        Some("Thứ trưởng Bộ Công an")
    );
}

#[test]
fn what_befell_the_holder_is_no_word_of_the_organ() {
    assert_eq!(
        title("nguyên Phó Giám đốc Sở VH-TT bị tuyên phạt 30 tháng tù").as_deref(),
        Some("nguyên Phó Giám đốc Sở VH-TT")
    );
    assert_eq!(
        title("Giám đốc Sở TN bị kỷ luật cảnh cáo").as_deref(),
        Some("Giám đốc Sở TN")
    );
    // "thiết bị" is a noun inside the organ's name.
    assert_eq!(
        title("Trưởng phòng Quản lý thiết bị y tế phát biểu").as_deref(),
        Some("Trưởng phòng Quản lý thiết bị y tế")
    );
}

#[test]
fn lower_case_words_after_a_whole_place_are_no_organ() {
    assert_eq!(
        title("Trưởng Công an thị xã Long Mỹ tuyên thệ dưới cờ Tổ quốc").as_deref(),
        Some("Trưởng Công an thị xã Long Mỹ")
    );
}

#[test]
fn the_unit_above_after_a_comma_stays_in_the_title() {
    assert_eq!(
        title("Chủ tịch UBND thị trấn Rạch Bần, huyện Cái Nước, phát biểu").as_deref(),
        Some("Chủ tịch UBND thị trấn Rạch Bần, huyện Cái Nước")
    );
    // A comma before anything else still ends it.
    assert_eq!(
        title("Chủ tịch UBND xã Tân Phú, ông").as_deref(),
        Some("Chủ tịch UBND xã Tân Phú")
    );
}

#[test]
fn sectors_deputies_of_divisions_and_social_policy() {
    assert_eq!(
        title("Chi cục trưởng Chi cục Dân số - Kế hoạch hóa gia đình tỉnh; ông").as_deref(),
        Some("Chi cục trưởng Chi cục Dân số - Kế hoạch hóa gia đình tỉnh")
    );
    assert_eq!(
        title("Phó phòng Nội vụ huyện, bà").as_deref(),
        Some("Phó phòng Nội vụ huyện")
    );
    assert_eq!(
        title("Trưởng ban chính sách xã hội LĐLĐ tỉnh; ông").as_deref(),
        Some("Trưởng ban chính sách xã hội LĐLĐ tỉnh")
    );
}

#[test]
fn a_trade_after_the_word_of_a_body_names_its_members() {
    for (text, want) in [
        (
            "Chủ nhiệm Đoàn Luật sư tỉnh Hà Tĩnh trao quà",
            "Chủ nhiệm Đoàn Luật sư tỉnh Hà Tĩnh",
        ),
        (
            "Phó Chủ tịch Liên đoàn Luật sư Việt Nam phát biểu",
            "Phó Chủ tịch Liên đoàn Luật sư Việt Nam",
        ),
        ("Chủ tịch Hội Kỹ sư tỉnh dự", "Chủ tịch Hội Kỹ sư tỉnh"),
        // A council of scholars and the field it serves.
        (
            "Chủ tịch Hội đồng giáo sư ngành Luật học, Giảng viên",
            "Chủ tịch Hội đồng giáo sư ngành Luật học",
        ),
    ] {
        assert_eq!(title(text).as_deref(), Some(want), "{text}");
    }
    // A rank after an office is the next link of a chain, not an organ.
    assert_eq!(
        title("Giám đốc Công an tỉnh Đại tá Lê Văn Hải").as_deref(),
        Some("Giám đốc Công an tỉnh")
    );
}

#[test]
fn a_working_group_runs_on_to_the_office_it_serves() {
    for (text, want) in [
        (
            "Tổ trưởng Tổ công tác của Thủ tướng Chính phủ Lê Văn Hải",
            "Tổ trưởng Tổ công tác của Thủ tướng Chính phủ",
        ),
        (
            "Tổ phó Tổ giúp việc của Chủ tịch UBND tỉnh dự",
            "Tổ phó Tổ giúp việc của Chủ tịch UBND tỉnh",
        ),
    ] {
        assert_eq!(title(text).as_deref(), Some(want), "{text}");
    }
}

#[test]
fn the_merged_provincial_newspaper_and_broadcaster_is_one_organ() {
    assert_eq!(
        title("Tổng Biên tập Báo và Phát thanh, Truyền hình Nghệ An, Chủ tịch Hội Nhà báo tỉnh")
            .as_deref(),
        Some("Tổng Biên tập Báo và Phát thanh, Truyền hình Nghệ An")
    );
    assert_eq!(
        title("Phó Tổng Biên tập Báo và phát thanh, truyền hình Cà Mau dự").as_deref(),
        Some("Phó Tổng Biên tập Báo và phát thanh, truyền hình Cà Mau")
    );
}

#[test]
fn a_working_group_ends_before_its_members_or_its_holder() {
    for (text, want) in [
        (
            "Tổ phó Tổ công tác gồm: ông Lê Văn Hải",
            "Tổ phó Tổ công tác",
        ),
        (
            "Tổ trưởng Tổ công tác Lê Văn Hải phát biểu",
            "Tổ trưởng Tổ công tác",
        ),
        (
            "Tổ trưởng Tổ giúp việc là ông Lê Văn Hải",
            "Tổ trưởng Tổ giúp việc",
        ),
    ] {
        assert_eq!(title(text).as_deref(), Some(want), "{text}");
    }
}

#[test]
fn the_councils_of_protestant_and_cao_dai_churches_stay_whole() {
    for (text, want) in [
        (
            "Hội trưởng Tổng Liên hội Hội Thánh Tin Lành Việt Nam tiếp đoàn",
            "Hội trưởng Tổng Liên hội Hội Thánh Tin Lành Việt Nam",
        ),
        (
            "Trưởng Ban Thường trực Hội đồng Chưởng quản Hội thánh Cao Đài Tòa thánh Tây Ninh dự",
            "Trưởng Ban Thường trực Hội đồng Chưởng quản Hội thánh Cao Đài Tòa thánh Tây Ninh",
        ),
    ] {
        assert_eq!(title(text).as_deref(), Some(want), "{text}");
    }
}

#[test]
fn a_foreign_state_s_office_names_its_country_after_nuoc() {
    assert_eq!(
        title("Thủ tướng nước CHDCND Lào Bounthong Keomany dự").as_deref(),
        Some("Thủ tướng nước CHDCND Lào")
    );
    assert_eq!(
        title("Chủ tịch Quốc hội nước CHDCND Lào Saysana Vongphet dự").as_deref(),
        Some("Chủ tịch Quốc hội nước CHDCND Lào")
    );
}

#[test]
fn a_provincial_school_of_the_party_named_for_a_leader_stays_in_the_title() {
    for (text, want) in [
        (
            "Phó Hiệu trưởng Trường Chính trị Nguyễn Văn Cừ Lê Thị Hạnh cho biết",
            "Phó Hiệu trưởng Trường Chính trị Nguyễn Văn Cừ",
        ),
        (
            "Hiệu trưởng trường Chính trị Hoàng Văn Thụ phát biểu",
            "Hiệu trưởng trường Chính trị Hoàng Văn Thụ",
        ),
        // One named after its province keeps the province.
        (
            "Hiệu trưởng Trường Chính trị tỉnh Kim Sơn Đỗ Văn Lâm dự",
            "Hiệu trưởng Trường Chính trị tỉnh Kim Sơn",
        ),
    ] {
        assert_eq!(title(text).as_deref(), Some(want), "{text}");
    }
}

#[test]
fn a_central_body_s_standing_office_keeps_where_it_sits() {
    assert_eq!(
        title("Phó Trưởng Cơ quan Thường trực Ủy ban Trung ương MTTQ Việt Nam tại thành phố Đà Nẵng, phát biểu")
            .as_deref(),
        Some("Phó Trưởng Cơ quan Thường trực Ủy ban Trung ương MTTQ Việt Nam tại thành phố Đà Nẵng")
    );
    // Any other office stops before "tại": what follows is where it met.
    assert_eq!(
        title("Trưởng Ban Dân vận Tỉnh ủy tại Hội trường tỉnh").as_deref(),
        Some("Trưởng Ban Dân vận Tỉnh ủy")
    );
}

#[test]
fn an_envoy_s_seat_may_be_a_city_written_with_its_level() {
    assert_eq!(
        title("Tổng Lãnh sự Nhật Bản tại thành phố Đà Nẵng, phát biểu").as_deref(),
        Some("Tổng Lãnh sự Nhật Bản tại thành phố Đà Nẵng")
    );
}

#[test]
fn a_list_of_lower_case_nouns_goes_on_after_a_comma_to_the_organ_above() {
    assert_eq!(
        title("Trưởng phòng Quản lý công chức, viên chức, Sở Nội vụ tỉnh Bình Sơn phát biểu")
            .as_deref(),
        Some("Trưởng phòng Quản lý công chức, viên chức, Sở Nội vụ tỉnh Bình Sơn")
    );
    // What someone did, between commas, is no part of the organ's name.
    assert_eq!(
        title("Trưởng phòng Tổ chức cán bộ, cho biết, Sở Nội vụ sẽ tuyển thêm").as_deref(),
        Some("Trưởng phòng Tổ chức cán bộ")
    );
    assert_eq!(
        title("Trưởng phòng quản lý đô thị, tại buổi làm việc, Sở Xây dựng đã báo cáo").as_deref(),
        Some("Trưởng phòng quản lý đô thị")
    );
}

#[test]
fn a_ward_or_commune_named_after_a_hero_is_the_unit_not_a_holder() {
    // Wards and communes named after historical figures are in the unit
    // lists; the three words after "phường" are the ward.
    assert_eq!(
        title("Bí thư Đảng ủy phường Hoàng Văn Thụ phát biểu").as_deref(),
        Some("Bí thư Đảng ủy phường Hoàng Văn Thụ")
    );
    // A holder after a ward's title stays a holder when no unit bears the name.
    assert_eq!(
        title("Chủ tịch UBND phường Đặng Quốc Khánh phát biểu").as_deref(),
        Some("Chủ tịch UBND phường")
    );
    // A name with an apostrophe no commune bears is the chair's; a
    // commune's name may hold one too.
    assert_eq!(
        title("Chủ tịch UBND xã Ksor H'Lan trao giấy khen").as_deref(),
        Some("Chủ tịch UBND xã")
    );
    assert_eq!(
        title("Chủ tịch UBND xã Cư M'ta trao giấy khen").as_deref(),
        Some("Chủ tịch UBND xã Cư M'ta")
    );
}

#[test]
fn the_kind_of_post_or_the_field_in_charge_after_the_organ_is_kept() {
    assert_eq!(
        title("Phó Chủ tịch HĐND tỉnh chuyên trách dự hội nghị").as_deref(),
        Some("Phó Chủ tịch HĐND tỉnh chuyên trách")
    );
    assert_eq!(
        title("Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội; ông Lê Văn A").as_deref(),
        Some("Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội")
    );
    // What the holder does next is no field.
    assert_eq!(
        title("Phó Chủ tịch UBND huyện phụ trách khối nội chính chủ trì hội nghị").as_deref(),
        Some("Phó Chủ tịch UBND huyện phụ trách khối nội chính")
    );
}

#[test]
fn a_section_of_a_subcommittee_is_an_organ() {
    assert_eq!(
        title("Phó trưởng bộ phận Thường trực Tiểu ban Kinh tế - Xã hội; ông Lê Văn A").as_deref(),
        Some("Phó trưởng bộ phận Thường trực Tiểu ban Kinh tế - Xã hội")
    );
}

#[test]
fn a_draft_in_a_steering_committees_purpose_is_no_attending() {
    assert_eq!(
        title(
            "Trưởng ban Chỉ đạo lấy ý kiến góp ý dự thảo Báo cáo chính trị Tỉnh ủy; ông Lê Văn A"
        )
        .as_deref(),
        Some("Trưởng ban Chỉ đạo lấy ý kiến góp ý dự thảo Báo cáo chính trị Tỉnh ủy")
    );
}

#[test]
fn a_gatherings_name_and_topic_stay_in_the_organisers_title() {
    assert_eq!(
        title("Trưởng Ban Tổ chức Hội thảo phát biểu khai mạc").as_deref(),
        Some("Trưởng Ban Tổ chức Hội thảo")
    );
    assert_eq!(
        title("Trưởng Ban Tổ chức Diễn đàn về phát triển kinh tế tập thể đã chủ trì phiên họp")
            .as_deref(),
        Some("Trưởng Ban Tổ chức Diễn đàn về phát triển kinh tế tập thể")
    );
    // "về" after an organ that is no gathering is the holder's going.
    assert_eq!(
        title("Phó Chủ tịch UBND tỉnh về thăm xã").as_deref(),
        Some("Phó Chủ tịch UBND tỉnh")
    );
}

#[test]
fn an_editors_paper_written_in_lower_case_stays_in_the_title() {
    assert_eq!(
        title("Tổng Biên tập báo Tuổi Trẻ Lê Thị Hoa phát biểu").as_deref(),
        Some("Tổng Biên tập báo Tuổi Trẻ")
    );
    assert_eq!(
        title("Phó Tổng Biên tập tạp chí Xây dựng Đảng; ông Lê Văn A").as_deref(),
        Some("Phó Tổng Biên tập tạp chí Xây dựng Đảng")
    );
}

#[test]
fn a_foreign_state_and_its_chambers_run_on_in_a_title() {
    assert_eq!(
        title("Thống đốc bang Texas phát biểu").as_deref(),
        Some("Thống đốc bang Texas")
    );
    assert_eq!(
        title("Chủ tịch Thượng viện Campuchia; ông Lê Văn A").as_deref(),
        Some("Chủ tịch Thượng viện Campuchia")
    );
}

#[test]
fn the_head_of_an_offices_staff_names_the_office_it_serves() {
    assert_eq!(
        title("Chánh Văn phòng Chủ tịch nước Lê Văn Khải dự").as_deref(),
        Some("Chánh Văn phòng Chủ tịch nước")
    );
    assert_eq!(
        title("Phó Chánh Văn phòng Tỉnh ủy Lê Văn Khải dự").as_deref(),
        Some("Phó Chánh Văn phòng Tỉnh ủy")
    );
}

#[test]
fn the_general_secretarys_office_runs_whole_after_the_post_in_charge_of_it() {
    // "Tổng Bí thư" opens a title of its own; inside the office's name it
    // is the office served.
    assert_eq!(
        title("Trợ lý Tổng Bí thư, phụ trách Văn phòng Tổng Bí thư; ông Lê Văn Khải").as_deref(),
        Some("Trợ lý Tổng Bí thư, phụ trách Văn phòng Tổng Bí thư")
    );
    assert_eq!(
        title("Phó Chánh Văn phòng Tổng Bí thư Đỗ Minh Hải dự").as_deref(),
        Some("Phó Chánh Văn phòng Tổng Bí thư")
    );
}

#[test]
fn a_committee_written_ub_runs_over_its_listed_name() {
    assert_eq!(
        title("Phó Chủ nhiệm UB Quốc phòng và An ninh của Quốc hội; đồng chí Lê Văn A").as_deref(),
        Some("Phó Chủ nhiệm UB Quốc phòng và An ninh của Quốc hội")
    );
    assert_eq!(
        title("Chủ nhiệm UB Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng Đặng Văn Hòa phát biểu").as_deref(),
        Some("Chủ nhiệm UB Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng")
    );
}

#[test]
fn an_election_councils_sub_committee_runs_through_its_commas() {
    // The National Election Council's sub-committees carry commas and "và"
    // in their names, as every election since 2016 named them.
    assert_eq!(
        title(
            "Trưởng Tiểu ban An ninh, Trật tự và Y tế của Hội đồng bầu cử quốc gia làm trưởng đoàn"
        )
        .as_deref(),
        Some("Trưởng Tiểu ban An ninh, Trật tự và Y tế của Hội đồng bầu cử quốc gia")
    );
    assert_eq!(
        title("Phó Trưởng Tiểu ban Văn bản pháp luật và Thông tin, tuyên truyền của Hội đồng bầu cử quốc gia; bà Trần Thị Hoa").as_deref(),
        Some("Phó Trưởng Tiểu ban Văn bản pháp luật và Thông tin, tuyên truyền của Hội đồng bầu cử quốc gia")
    );
}

#[test]
fn a_role_cue_closes_an_organs_lower_case_words() {
    assert_eq!(
        title("Viện trưởng Viện Nghiên cứu lập pháp dự hội nghị").as_deref(),
        Some("Viện trưởng Viện Nghiên cứu lập pháp")
    );
}

#[test]
fn the_supreme_court_and_procuracy_written_short_stay_whole() {
    // "Viện KSND" with its rank in capitals, as national papers write it.
    assert_eq!(
        title("Phó Viện trưởng Viện KSND Tối cao phát biểu tại hội nghị").as_deref(),
        Some("Phó Viện trưởng Viện KSND Tối cao")
    );
    assert_eq!(
        title("Viện trưởng Viện KSND cấp cao tại Đà Nẵng, bị cáo").as_deref(),
        Some("Viện trưởng Viện KSND cấp cao tại Đà Nẵng")
    );
    assert_eq!(
        title("Phó Viện trưởng VKSND tối cao, Viện trưởng Viện kiểm sát quân sự Trung ương;")
            .as_deref(),
        Some("Phó Viện trưởng VKSND tối cao")
    );
    assert_eq!(
        title("Viện trưởng Viện kiểm sát quân sự Trung ương; đồng chí").as_deref(),
        Some("Viện trưởng Viện kiểm sát quân sự Trung ương")
    );
    assert_eq!(
        title("Phó Chánh án TAND cấp cao tại Hà Nội phát biểu").as_deref(),
        Some("Phó Chánh án TAND cấp cao tại Hà Nội")
    );
}

#[test]
fn an_inspectorate_department_keeps_the_commas_of_its_name() {
    assert_eq!(
        title("Phó Cục trưởng Cục Giải quyết khiếu nại, tố cáo và thanh tra khu vực 2 làm Trưởng đoàn")
            .as_deref(),
        Some("Phó Cục trưởng Cục Giải quyết khiếu nại, tố cáo và thanh tra khu vực 2")
    );
    assert_eq!(
        title("Phó Cục trưởng Cục Thanh tra, giải quyết khiếu nại tố cáo khu vực III bị kỷ luật")
            .as_deref(),
        Some("Phó Cục trưởng Cục Thanh tra, giải quyết khiếu nại tố cáo khu vực III")
    );
}

#[test]
fn committees_of_the_national_assembly_named_in_small_letters_stay_whole() {
    assert_eq!(
        title("Chủ nhiệm Ủy ban các vấn đề xã hội của Quốc hội; ông").as_deref(),
        Some("Chủ nhiệm Ủy ban các vấn đề xã hội của Quốc hội")
    );
    // The committee's earlier name, its sector joined by a dash.
    assert_eq!(
        title(
            "nguyên Ủy viên Thường trực Ủy ban các vấn đề Văn hóa - Xã hội của Quốc hội, xã Tân An"
        )
        .as_deref(),
        Some("nguyên Ủy viên Thường trực Ủy ban các vấn đề Văn hóa - Xã hội của Quốc hội")
    );
    assert_eq!(
        title("Chủ tịch Hội đồng quản trị kiêm Tổng Giám đốc Tổng công ty Sông Đà;").as_deref(),
        Some("Chủ tịch Hội đồng quản trị kiêm Tổng Giám đốc Tổng công ty Sông Đà")
    );
}

#[test]
fn a_village_goes_on_to_its_commune_and_a_commune_to_a_district_not_listed() {
    assert_eq!(
        title("Trưởng thôn Nà Mường, xã Kháng Nhật cho biết").as_deref(),
        Some("Trưởng thôn Nà Mường, xã Kháng Nhật")
    );
    assert_eq!(
        title("Bí thư Chi bộ ấp 3, xã Long Hòa phát biểu").as_deref(),
        Some("Bí thư Chi bộ ấp 3, xã Long Hòa")
    );
    assert_eq!(
        title("nguyên Chủ tịch UBND xã Đồng Phúc, huyện Yên Dũng, tỉnh Bắc Giang;").as_deref(),
        Some("nguyên Chủ tịch UBND xã Đồng Phúc, huyện Yên Dũng, tỉnh Bắc Giang")
    );
    // Two communes side by side are no unit and the one above it.
    assert_eq!(
        title("Chủ tịch UBND xã Tân Lập, xã Tân Hòa và xã Tân Phú").as_deref(),
        Some("Chủ tịch UBND xã Tân Lập")
    );
}

#[test]
fn a_boards_head_or_staff_goes_on_to_the_committee_the_board_serves() {
    assert_eq!(
        title("Trưởng ban Xây dựng Đảng, Đảng ủy xã Tân Lập phát biểu").as_deref(),
        Some("Trưởng ban Xây dựng Đảng, Đảng ủy xã Tân Lập")
    );
    assert_eq!(
        title("chuyên viên Ban Dân tộc – Tôn giáo, Ủy ban MTTQ Việt Nam tỉnh cho biết").as_deref(),
        Some("Chuyên viên Ban Dân tộc – Tôn giáo, Ủy ban MTTQ Việt Nam tỉnh")
    );
    // A board already closed by its committee: a second body follows.
    assert_eq!(
        title("Trưởng ban Dân vận Tỉnh ủy, Ủy ban MTTQ tỉnh và các đoàn thể").as_deref(),
        Some("Trưởng ban Dân vận Tỉnh ủy")
    );
    // The inspection committee of a mass organisation, the organisation
    // after the comma; closed by its party committee, it stands alone.
    assert_eq!(
        title("Phó Chủ nhiệm Ủy ban Kiểm tra, Liên đoàn Lao động tỉnh Nam Định dự").as_deref(),
        Some("Phó Chủ nhiệm Ủy ban Kiểm tra, Liên đoàn Lao động tỉnh Nam Định")
    );
    assert_eq!(
        title("Chủ nhiệm Ủy ban Kiểm tra Huyện ủy, Ủy ban MTTQ huyện").as_deref(),
        Some("Chủ nhiệm Ủy ban Kiểm tra Huyện ủy")
    );
    assert_eq!(
        title("Chủ nhiệm Ủy ban Kiểm tra, Trưởng ban Tổ chức Huyện ủy").as_deref(),
        Some("Chủ nhiệm Ủy ban Kiểm tra")
    );
}

#[test]
fn commune_civil_servants_and_inspectors_are_posts_in_small_letters() {
    assert_eq!(
        title("công chức Tư pháp - Hộ tịch xã Tân Phú cho biết").as_deref(),
        Some("Công chức Tư pháp - Hộ tịch xã Tân Phú")
    );
    assert_eq!(
        title("thanh tra viên chính Cục III và ông").as_deref(),
        Some("Thanh tra viên chính Cục III")
    );
}

#[test]
fn a_courts_unit_keeps_the_kinds_of_cases_it_hears_across_commas() {
    assert_eq!(
        title("cựu Phó Viện trưởng Viện kiểm sát án hành chính, kinh doanh thương mại VKSND cấp cao tại Hà Nội, bị phạt").as_deref(),
        Some("cựu Phó Viện trưởng Viện kiểm sát án hành chính, kinh doanh thương mại VKSND cấp cao tại Hà Nội")
    );
    assert_eq!(
        title("Phó Trưởng phòng Giám đốc kiểm tra về dân sự, lao động, kinh doanh thương mại, TAND cấp cao tại Hà Nội, 4 năm tù").as_deref(),
        Some("Phó Trưởng phòng Giám đốc kiểm tra về dân sự, lao động, kinh doanh thương mại, TAND cấp cao tại Hà Nội")
    );
    assert_eq!(
        title("Phó Trưởng phòng 2 VKSND tỉnh Gia Lai, 5 năm tù").as_deref(),
        Some("Phó Trưởng phòng 2 VKSND tỉnh Gia Lai")
    );
    assert_eq!(
        title("kiểm sát viên cao cấp, cựu Phó Viện trưởng").as_deref(),
        Some("Kiểm sát viên cao cấp")
    );
}

#[test]
fn two_bodies_written_short_across_a_dash_name_one_office() {
    assert_eq!(
        title("Chuyên viên Văn phòng HĐND - UBND phường Hòa Bình cho biết").as_deref(),
        Some("Chuyên viên Văn phòng HĐND - UBND phường Hòa Bình")
    );
    assert_eq!(
        title(
            "Chủ nhiệm Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên - Nhi đồng Hoàng Văn Đức"
        )
        .as_deref(),
        Some("Chủ nhiệm Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên - Nhi đồng")
    );
}

#[test]
fn a_companys_or_associations_name_runs_over_its_and_or_ampersand() {
    assert_eq!(
        title("Chủ tịch Hội đồng thành viên Tổng công ty Đầu tư và Kinh doanh vốn nhà nước; ông")
            .as_deref(),
        Some("Chủ tịch Hội đồng thành viên Tổng công ty Đầu tư và Kinh doanh vốn nhà nước")
    );
    assert_eq!(
        title("Chủ tịch Hội Doanh nhân trẻ & Câu lạc bộ Doanh nghiệp tỉnh; bà").as_deref(),
        Some("Chủ tịch Hội Doanh nhân trẻ & Câu lạc bộ Doanh nghiệp tỉnh")
    );
    assert_eq!(
        title("Chủ tịch Hội Khoa học và Kỹ thuật tỉnh phát biểu").as_deref(),
        Some("Chủ tịch Hội Khoa học và Kỹ thuật tỉnh")
    );
    // A name closed by its level, or another body or office after "và".
    assert_eq!(
        title("Chủ tịch Hội Nông dân tỉnh và Giám đốc Sở Y tế").as_deref(),
        Some("Chủ tịch Hội Nông dân tỉnh")
    );
    assert_eq!(
        title("Chủ tịch Hội Cựu chiến binh và Hội Liên hiệp Phụ nữ").as_deref(),
        Some("Chủ tịch Hội Cựu chiến binh")
    );
    assert_eq!(
        title("công an viên bản Huổi Só cho biết").as_deref(),
        Some("Công an viên bản Huổi Só")
    );
}

#[test]
fn an_organ_lists_its_fields_in_small_letters_across_commas() {
    assert_eq!(
        title(
            "Cục trưởng Cục Văn hóa cơ sở, gia đình và thư viện, Bộ Văn hóa, Thể thao và Du lịch;"
        )
        .as_deref(),
        Some("Cục trưởng Cục Văn hóa cơ sở, gia đình và thư viện, Bộ Văn hóa, Thể thao và Du lịch")
    );
    // A level closes the organ: what follows the comma is a deed.
    assert_eq!(
        title("Giám đốc Trung tâm Y tế huyện, vận động bà con và người thân").as_deref(),
        Some("Giám đốc Trung tâm Y tế huyện")
    );
    assert_eq!(
        title("cán bộ Đội Cảnh sát giao thông - trật tự Công an phường An Khê cho biết").as_deref(),
        Some("Cán bộ Đội Cảnh sát giao thông - trật tự Công an phường An Khê")
    );
}

#[test]
fn a_centres_name_stays_open_across_a_dash_before_its_and() {
    assert_eq!(
        title("Giám đốc Trung tâm Văn hóa - Thể thao và Truyền thông huyện phát biểu").as_deref(),
        Some("Giám đốc Trung tâm Văn hóa - Thể thao và Truyền thông huyện")
    );
    assert_eq!(
        title("Phó Trưởng Ban Dân nguyện và Giám sát của Quốc hội; ông").as_deref(),
        Some("Phó Trưởng Ban Dân nguyện và Giám sát của Quốc hội")
    );
}

#[test]
fn the_standing_deputy_inspector_general_written_short_is_an_office() {
    assert_eq!(
        title("Phó tổng thường trực Thanh tra Chính phủ, cho biết").as_deref(),
        Some("Phó tổng thường trực Thanh tra Chính phủ")
    );
    assert_eq!(
        title("Phó Tổng Thanh tra Thường trực Thanh tra Chính phủ; ông").as_deref(),
        Some("Phó Tổng Thanh tra Thường trực Thanh tra Chính phủ")
    );
}

#[test]
fn a_central_board_named_whole_is_no_staff_of_the_body_after_it() {
    assert_eq!(
        title("Phó Trưởng ban Dân vận Trung ương, Bộ Nội vụ và đại diện").as_deref(),
        Some("Phó Trưởng ban Dân vận Trung ương")
    );
    assert_eq!(
        title(
            "Phó trưởng ban Tuyên giáo và Dân vận Trung ương, Ban Tuyên giáo và Dân vận Trung ương"
        )
        .as_deref(),
        Some("Phó trưởng ban Tuyên giáo và Dân vận Trung ương")
    );
}

#[test]
fn a_village_team_named_in_small_letters_stays_whole() {
    assert_eq!(
        title("Tổ trưởng Tổ hòa giải ấp Tân Lợi cho biết").as_deref(),
        Some("Tổ trưởng Tổ hòa giải ấp Tân Lợi")
    );
    assert_eq!(
        title("Tổ trưởng Tổ công nghệ số cộng đồng thôn 2 hướng dẫn").as_deref(),
        Some("Tổ trưởng Tổ công nghệ số cộng đồng thôn 2")
    );
}

#[test]
fn a_deputy_in_charge_of_a_room_written_small_keeps_the_room() {
    assert_eq!(
        title("Phó Trưởng phòng phụ trách phòng Văn hóa và Thông tin huyện dự").as_deref(),
        Some("Phó Trưởng phòng phụ trách phòng Văn hóa và Thông tin huyện")
    );
}

#[test]
fn a_numbered_assemblys_term_after_its_comma_belongs_to_the_title() {
    assert_eq!(
        title("Chủ tịch HĐND tỉnh khóa XVIII, nhiệm kỳ 2021-2026 Lê Văn Hưởng phát biểu")
            .as_deref(),
        Some("Chủ tịch HĐND tỉnh khóa XVIII, nhiệm kỳ 2021-2026")
    );
    assert_eq!(
        title("Bí thư Huyện ủy khóa XXIV, nhiệm kỳ 2020 - 2025, nay là").as_deref(),
        Some("Bí thư Huyện ủy khóa XXIV, nhiệm kỳ 2020 - 2025")
    );
    // Without its years "nhiệm kỳ" opens what follows.
    assert_eq!(
        title("Chủ tịch HĐND tỉnh khóa XVIII, nhiệm kỳ qua đã").as_deref(),
        Some("Chủ tịch HĐND tỉnh khóa XVIII")
    );
    // The term with its years after a comma qualifies any post.
    assert_eq!(
        title("Phó Chủ tịch UBND tỉnh Hòa Bình, nhiệm kỳ 2016 - 2021 đối với").as_deref(),
        Some("Phó Chủ tịch UBND tỉnh Hòa Bình, nhiệm kỳ 2016 - 2021")
    );
    // One post held over several terms, their numbers listed.
    assert_eq!(
        title("nguyên Bí thư Tỉnh đoàn Long An khóa VI, VII; đồng chí").as_deref(),
        Some("nguyên Bí thư Tỉnh đoàn Long An khóa VI, VII")
    );
    assert_eq!(
        title("Chủ tịch HĐND huyện khóa IX, X, nhiệm kỳ 2016-2021 dự").as_deref(),
        Some("Chủ tịch HĐND huyện khóa IX, X, nhiệm kỳ 2016-2021")
    );
    assert_eq!(
        title("Bí thư Huyện ủy khóa XX, Chủ tịch HĐND huyện").as_deref(),
        Some("Bí thư Huyện ủy khóa XX")
    );
}

#[test]
fn a_division_goes_on_to_its_corps_and_a_border_post_to_its_gate() {
    assert_eq!(
        title("Sư đoàn trưởng Sư đoàn 312, Quân đoàn 12; Thượng tá").as_deref(),
        Some("Sư đoàn trưởng Sư đoàn 312, Quân đoàn 12")
    );
    assert_eq!(
        title("Đồn trưởng Đồn Biên phòng Cửa khẩu quốc tế Cầu Treo phát biểu").as_deref(),
        Some("Đồn trưởng Đồn Biên phòng Cửa khẩu quốc tế Cầu Treo")
    );
}

#[test]
fn a_board_written_small_after_its_head_goes_on_to_its_organ() {
    assert_eq!(
        title("Trưởng ban phong trào UBMTTQVN tỉnh, đồng chí").as_deref(),
        Some("Trưởng ban phong trào UBMTTQVN tỉnh")
    );
    assert_eq!(
        title("Phó ban tuyên giáo Đảng ủy xã Tân Lập phát biểu").as_deref(),
        Some("Phó ban tuyên giáo Đảng ủy xã Tân Lập")
    );
    // What the head does is no board's name.
    assert_eq!(
        title("Trưởng ban cho biết, xã").as_deref(),
        Some("Trưởng ban")
    );
    // A room for several associations, then the board it belongs to.
    assert_eq!(
        title("Phó Trưởng Phòng Đoàn thể và các Hội, Ban Tuyên giáo và Dân vận Thành ủy.")
            .as_deref(),
        Some("Phó Trưởng Phòng Đoàn thể và các Hội, Ban Tuyên giáo và Dân vận Thành ủy")
    );
    // "và các" joining other bodies is not the room's.
    assert_eq!(
        title("Giám đốc Sở Nội vụ và các Sở, Ban ngành").as_deref(),
        Some("Giám đốc Sở Nội vụ")
    );
}

#[test]
fn a_committee_or_council_keeps_the_topic_it_is_named_by() {
    assert_eq!(
        title("Phó Trưởng ban Thường trực Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; đồng chí").as_deref(),
        Some("Phó Trưởng ban Thường trực Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số")
    );
    assert_eq!(
        title("Phó Trưởng Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực, Trưởng ban Nội chính").as_deref(),
        Some("Phó Trưởng Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực")
    );
    assert_eq!(
        title("Phó Chủ tịch Hội đồng phối hợp phổ biến, giáo dục pháp luật xã phổ biến những nội dung").as_deref(),
        Some("Phó Chủ tịch Hội đồng phối hợp phổ biến, giáo dục pháp luật xã")
    );
    // "và" joining other bodies, and a board's list of posts, stay out.
    assert_eq!(
        title("Trưởng Ban Chỉ đạo Trung ương và các ban ngành").as_deref(),
        Some("Trưởng Ban Chỉ đạo Trung ương")
    );
    assert_eq!(
        title("Chủ tịch Hội đồng quản trị, Tổng Giám đốc Công ty").as_deref(),
        Some("Chủ tịch Hội đồng quản trị")
    );
}

#[test]
fn a_department_name_in_lower_case_runs_on_to_the_post_given() {
    let t = Tokens::new(
        "A, Trưởng phòng Quản lý chất lượng công trình và Hạ tầng đô thị giữ chức vụ Phó Giám đốc Sở Xây dựng. B",
    );
    let (_, got) = titles_after(&t, 1);
    assert_eq!(
        got,
        [
            "Trưởng phòng Quản lý chất lượng công trình và Hạ tầng đô thị",
            "Phó Giám đốc Sở Xây dựng"
        ]
    );
    let t = Tokens::new(
        "A - Trưởng phòng Bồi dưỡng nghiệp vụ và Khảo thí (Sở Giáo dục tỉnh) được bổ nhiệm giữ chức Phó Giám đốc Sở Giáo dục và Đào tạo. B",
    );
    let (_, got) = titles_after(&t, 1);
    assert_eq!(
        got,
        [
            "Trưởng phòng Bồi dưỡng nghiệp vụ và Khảo thí (Sở Giáo dục tỉnh)",
            "Phó Giám đốc Sở Giáo dục và Đào tạo"
        ]
    );
    // A sentence that goes on without giving a post keeps the title as read.
    let t = Tokens::new("A, Trưởng phòng Quản lý đô thị huyện phát biểu tại hội nghị. B");
    let (_, got) = titles_after(&t, 1);
    assert_eq!(got, ["Trưởng phòng Quản lý đô thị huyện"]);
}

#[test]
fn a_diplomat_s_state_and_seat_stay_in_the_post() {
    assert_eq!(
        title("Tổng Lãnh sự của Cộng hòa Séc tại TP Hồ Chí Minh phát biểu").as_deref(),
        Some("Tổng Lãnh sự của Cộng hòa Séc tại TP Hồ Chí Minh")
    );
    assert_eq!(
        title("Đại sứ Việt Nam tại Ai Cập thường trú tại Thái Lan đã trình thư").as_deref(),
        Some("Đại sứ Việt Nam tại Ai Cập thường trú tại Thái Lan")
    );
    // Another office keeps "tại" out: where it sits is no seat.
    assert_eq!(
        title("Chủ tịch UBND xã tại buổi làm việc").as_deref(),
        Some("Chủ tịch UBND xã")
    );
}

#[test]
fn a_relative_clause_that_gives_a_post_introduces_it() {
    let t = Tokens::new("A - người vừa được chỉ định làm Bí thư Đảng ủy Bộ Tư pháp. B");
    let (_, got) = titles_after(&t, 1);
    assert_eq!(got, ["Bí thư Đảng ủy Bộ Tư pháp"]);
    let t = Tokens::new(
        "A, người mới được Hội đồng nhân dân tỉnh bầu làm Chủ tịch UBND tỉnh, cho biết",
    );
    let (_, got) = titles_after(&t, 1);
    assert_eq!(got, ["Chủ tịch UBND tỉnh"]);
    let t =
        Tokens::new("A, người mới đây được phân công giữ chức Trưởng Ban Tổ chức Huyện ủy Tân Lập, trả lời phóng viên");
    let (_, got) = titles_after(&t, 1);
    assert_eq!(got, ["Trưởng Ban Tổ chức Huyện ủy Tân Lập"]);
    // A post held long ago is no post given.
    let t = Tokens::new("A, người từng làm Chủ tịch UBND xã, kể lại");
    let (_, got) = titles_after(&t, 1);
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_firms_own_name_after_its_legal_form_stays_in_the_title() {
    assert_eq!(
        title("Giám đốc Công ty TNHH Xây dựng và Thương mại Hòa Khánh Lê Văn Tùng").as_deref(),
        Some("Giám đốc Công ty TNHH Xây dựng và Thương mại Hòa Khánh")
    );
    assert_eq!(
        title("Giám đốc Công ty Cổ phần Vina Sunco, bị khởi tố").as_deref(),
        Some("Giám đốc Công ty Cổ phần Vina Sunco")
    );
    // "và" before another office joins a second post, not the firm's name.
    assert_eq!(
        title("Giám đốc Công ty TNHH Minh Phát và Chủ tịch Hội Doanh nhân").as_deref(),
        Some("Giám đốc Công ty TNHH Minh Phát")
    );
    // A trade in lower case between the legal form and the firm's own name.
    assert_eq!(
        title("Giám đốc Công ty TNHH đầu tư xây dựng Hòa Khánh, cho biết").as_deref(),
        Some("Giám đốc Công ty TNHH đầu tư xây dựng Hòa Khánh")
    );
    assert_eq!(
        title("Giám đốc Công ty cổ phần thương mại dịch vụ Sao Mai phát biểu").as_deref(),
        Some("Giám đốc Công ty cổ phần thương mại dịch vụ Sao Mai")
    );
    // A verb after the firm's name is no more of it.
    assert_eq!(
        title("Giám đốc Công ty Cổ phần Vina Sunco phát biểu").as_deref(),
        Some("Giám đốc Công ty Cổ phần Vina Sunco")
    );
}

#[test]
fn a_units_director_goes_on_to_the_body_it_belongs_to() {
    assert_eq!(
        title("Phó Giám đốc Trung tâm Kỹ thuật, Sở Khoa học và Công nghệ tỉnh Bình Sơn phát biểu")
            .as_deref(),
        Some("Phó Giám đốc Trung tâm Kỹ thuật, Sở Khoa học và Công nghệ tỉnh Bình Sơn")
    );
    assert_eq!(
        title("Giám đốc Ban Kỹ thuật, Tổng Công ty Điện lực Hòa Sơn, bị bắt").as_deref(),
        Some("Giám đốc Ban Kỹ thuật, Tổng Công ty Điện lực Hòa Sơn")
    );
    // A place closed the centre's name: what follows the comma is another body.
    assert_eq!(
        title("Giám đốc Trung tâm Y tế huyện, Sở Y tế tỉnh").as_deref(),
        Some("Giám đốc Trung tâm Y tế huyện")
    );
    // The director of a department is no unit's: "Sở Y tế, Bảo hiểm xã hội
    // tỉnh" names two bodies.
    assert_eq!(
        title("Giám đốc Sở Y tế, Bảo hiểm xã hội tỉnh").as_deref(),
        Some("Giám đốc Sở Y tế")
    );
}

#[test]
fn a_communes_land_officer_keeps_the_field_of_the_post() {
    assert_eq!(
        title("cán bộ địa chính UBND xã Tân Lạc, bị bắt").as_deref(),
        Some("Cán bộ địa chính UBND xã Tân Lạc")
    );
    assert_eq!(
        title("công chức địa chính xã Tân Lạc phát biểu").as_deref(),
        Some("Công chức địa chính xã Tân Lạc")
    );
}

#[test]
fn a_spokesperson_speaks_for_the_body_named_after() {
    assert_eq!(
        title("người phát ngôn Bộ Công an, đề cập tại họp báo").as_deref(),
        Some("Người phát ngôn Bộ Công an")
    );
    assert_eq!(
        title("Người phát ngôn Bộ Ngoại giao Lê Thu Hà").as_deref(),
        Some("Người phát ngôn Bộ Ngoại giao")
    );
}

#[test]
fn a_capitalised_compound_holding_a_verb_syllable_stays_whole() {
    // "Công nhân", "Chương trình": their second syllables open verbs or
    // cues elsewhere, but capitalised inside an organ's name they are its
    // words; so is a lower-case "nhỏ và vừa" of a listed association.
    assert_eq!(
        title("Trưởng Ban Thanh niên Công nhân và Đô thị T.Ư Đoàn; anh B").as_deref(),
        Some("Trưởng Ban Thanh niên Công nhân và Đô thị T.Ư Đoàn")
    );
    assert_eq!(
        title("Trưởng ban Tổ chức Chương trình Nông dân tiêu biểu tỉnh, ông C").as_deref(),
        Some("Trưởng ban Tổ chức Chương trình Nông dân tiêu biểu tỉnh")
    );
    assert_eq!(
        title("Chủ tịch Hội Doanh nghiệp nhỏ và vừa tỉnh Hòa Bình phát biểu").as_deref(),
        Some("Chủ tịch Hội Doanh nghiệp nhỏ và vừa tỉnh Hòa Bình")
    );
}

#[test]
fn what_the_holder_does_after_a_place_or_on_behalf_ends_the_title() {
    // "An" also opens an organ ("An ninh"); the province still ends the
    // title before the holder's verb.
    assert_eq!(
        title("Chủ tịch UBND tỉnh An Giang nhận định, năm qua").as_deref(),
        Some("Chủ tịch UBND tỉnh An Giang")
    );
    assert_eq!(
        title("Chủ tịch HĐND xã Tân Mỹ đại diện cho Đảng ủy xã thăm hỏi").as_deref(),
        Some("Chủ tịch HĐND xã Tân Mỹ")
    );
    // "Văn phòng đại diện" is an office's representation all the same.
    assert_eq!(
        title("Trưởng Văn phòng đại diện Báo Nhân Dân, ông D").as_deref(),
        Some("Trưởng Văn phòng đại diện Báo Nhân Dân")
    );
}

#[test]
fn growing_up_is_no_office() {
    // "trưởng thành" (to grow up) opens no title, nor ends one.
    assert_eq!(title("trưởng thành từ cơ sở"), None);
    assert_eq!(
        title("Cán bộ trưởng thành từ cơ sở").as_deref(),
        Some("Cán bộ")
    );
}

#[test]
fn the_name_an_organ_bears_now_stays_in_a_former_post() {
    assert_eq!(
        title("nguyên Thứ trưởng Bộ Nội vụ nay là Bộ Công an, nguyên Chủ tịch").as_deref(),
        Some("nguyên Thứ trưởng Bộ Nội vụ nay là Bộ Công an")
    );
    // "nay là" before no organ is the sentence's.
    assert_eq!(
        title("Giám đốc Sở Nội vụ nay là người đứng đầu").as_deref(),
        Some("Giám đốc Sở Nội vụ")
    );
}

#[test]
fn a_post_held_now_after_nay_la_is_no_organ_name() {
    assert_eq!(
        title("nguyên Giám đốc Sở Nội vụ nay là Phó Chủ tịch UBND tỉnh").as_deref(),
        Some("nguyên Giám đốc Sở Nội vụ")
    );
}

#[test]
fn a_management_board_keeps_the_second_kind_of_zone_it_manages() {
    assert_eq!(
        title("Trưởng Ban Quản lý Khu kinh tế Vân Phong và các Khu công nghiệp tỉnh, giữ chức")
            .as_deref(),
        Some("Trưởng Ban Quản lý Khu kinh tế Vân Phong và các Khu công nghiệp tỉnh")
    );
    // Other bodies joined after "và các" stay out of the title.
    assert_eq!(
        title("Giám đốc Sở Tài chính và các Sở, ngành liên quan").as_deref(),
        Some("Giám đốc Sở Tài chính")
    );
}

#[test]
fn an_office_written_short_with_a_dot_keeps_its_organ() {
    assert_eq!(
        title("PCT. Hội Nông dân huyện, đ/c").as_deref(),
        Some("PCT. Hội Nông dân huyện")
    );
    assert_eq!(
        title("CT. HND xã đã phát biểu").as_deref(),
        Some("CT. HND xã")
    );
}

#[test]
fn a_board_named_in_lower_case_ends_at_its_heads_verb() {
    assert_eq!(
        title("Trưởng Ban công tác công đoàn trao quà cho đoàn viên").as_deref(),
        Some("Trưởng Ban công tác công đoàn")
    );
    // After a committee, "công tác" is a trip, no board's name.
    assert_eq!(
        title("Bí thư Tỉnh ủy công tác tại xã").as_deref(),
        Some("Bí thư Tỉnh ủy")
    );
}

#[test]
fn a_staff_member_s_unit_goes_on_to_the_body_above_after_a_comma() {
    assert_eq!(
        title("cán bộ Phòng Cảnh sát cơ động, Công an tỉnh Bình Sơn cho biết").as_deref(),
        Some("Cán bộ Phòng Cảnh sát cơ động, Công an tỉnh Bình Sơn")
    );
    // A person named after the comma is no body.
    assert_eq!(
        title("cán bộ Phòng Cảnh sát cơ động, Trần Văn Bình cho biết").as_deref(),
        Some("Cán bộ Phòng Cảnh sát cơ động")
    );
}

#[test]
fn lower_case_words_of_organ_names_stay_in_the_title() {
    for (text, want) in [
        (
            "Giám đốc Học viện Chính trị khu vực I trình bày",
            "Giám đốc Học viện Chính trị khu vực I",
        ),
        (
            "Giám đốc Trung tâm Phát triển quỹ đất và Cụm công nghiệp huyện cho biết",
            "Giám đốc Trung tâm Phát triển quỹ đất và Cụm công nghiệp huyện",
        ),
        (
            "Giám đốc Ngân hàng Chính sách xã hội chi nhánh tỉnh phát biểu",
            "Giám đốc Ngân hàng Chính sách xã hội chi nhánh tỉnh",
        ),
    ] {
        assert_eq!(title(text).as_deref(), Some(want), "{text}");
    }
}

#[test]
fn the_city_above_a_ward_written_short_stays_in_the_title() {
    assert_eq!(
        title("Bí thư Đảng ủy phường Võ Cường, TP Bắc Ninh chủ trì").as_deref(),
        Some("Bí thư Đảng ủy phường Võ Cường, TP Bắc Ninh")
    );
}

#[test]
fn a_period_with_its_years_belongs_to_the_title() {
    assert_eq!(
        title("Chủ tịch UBND tỉnh giai đoạn 2015 - 2020 Lê Văn Tâm").as_deref(),
        Some("Chủ tịch UBND tỉnh giai đoạn 2015 - 2020")
    );
    assert_eq!(
        title("Chủ tịch UBND tỉnh giai đoạn mới đã").as_deref(),
        Some("Chủ tịch UBND tỉnh")
    );
}
#[test]
fn a_drafting_group_is_named_for_the_documents_it_drafts() {
    assert_eq!(
        title("Tổ trưởng Tổ xây dựng Đề án và dự thảo Nghị quyết chủ trì cuộc họp").as_deref(),
        Some("Tổ trưởng Tổ xây dựng Đề án và dự thảo Nghị quyết")
    );
    assert_eq!(
        title("Trưởng Ban soạn thảo Quy chế chủ trì").as_deref(),
        Some("Trưởng Ban soạn thảo Quy chế")
    );
    // A document after an office's organ is what its holder drafts.
    assert_eq!(
        title("Trưởng Ban Tổ chức Huyện ủy soạn thảo quy chế").as_deref(),
        Some("Trưởng Ban Tổ chức Huyện ủy")
    );
}
#[test]
fn a_staff_member_works_at_the_body_named_after_tai() {
    assert_eq!(
        title("cán bộ hợp đồng tại Ban Quản lý dự án huyện Tân Lập, bị bắt").as_deref(),
        Some("Cán bộ hợp đồng tại Ban Quản lý dự án huyện Tân Lập")
    );
    assert_eq!(
        title("nhân viên tại Công ty TNHH Minh Phát, bị bắt").as_deref(),
        Some("Nhân viên tại Công ty TNHH Minh Phát")
    );
    // A place in lower case after "tại" is where, not whose.
    assert_eq!(
        title("cán bộ tại cơ sở phát biểu").as_deref(),
        Some("Cán bộ")
    );
}

#[test]
fn a_field_written_short_after_a_comma_stays_in_the_organ() {
    assert_eq!(
        title("Phó Chủ nhiệm Hội đồng Dân chủ, GS&PBXH, nguyên Phó Chủ tịch Hội").as_deref(),
        Some("Phó Chủ nhiệm Hội đồng Dân chủ, GS&PBXH")
    );
    // A word after the comma opens something else.
    assert_eq!(
        title("Phó Chủ nhiệm Hội đồng Dân chủ, GS&PBXH thuộc Ủy ban").as_deref(),
        Some("Phó Chủ nhiệm Hội đồng Dân chủ")
    );
}

#[test]
fn listed_degrees_and_honours_joined_by_stops_are_one_rank() {
    assert_eq!(
        title("PGS.TS.NGƯT Lê Văn Bình, Chủ tịch Hội").as_deref(),
        Some("PGS.TS.NGƯT")
    );
    // A part no list holds makes no rank.
    assert_eq!(title("PGS.XY Lê Văn Bình, Chủ tịch Hội").as_deref(), None);
}

#[test]
fn a_commander_written_short_heads_his_board() {
    assert_eq!(
        title("CHT.Ban chỉ huy quân sự xã thông qua kế hoạch").as_deref(),
        Some("CHT.Ban chỉ huy quân sự xã")
    );
}

#[test]
fn an_editors_paper_keeps_the_lower_case_syllables_of_its_name() {
    assert_eq!(
        title("Tổng biên tập báo Nông thôn Ngày nay Lê Quang Minh trao giải").as_deref(),
        Some("Tổng biên tập báo Nông thôn Ngày nay")
    );
    assert_eq!(
        title("Phó Tổng biên tập tạp chí Văn nghệ Quân đội, nhà văn").as_deref(),
        Some("Phó Tổng biên tập tạp chí Văn nghệ Quân đội")
    );
    assert_eq!(
        title("Phó Tổng biên tập báo Thanh Niên dự.").as_deref(),
        Some("Phó Tổng biên tập báo Thanh Niên")
    );
    // A time word after the paper is no part of its name.
    assert_eq!(
        title("Tổng biên tập báo Nhân Dân nay đã nghỉ hưu").as_deref(),
        Some("Tổng biên tập báo Nhân Dân")
    );
}

#[test]
fn an_election_of_both_assemblies_names_one_steering_committee() {
    assert_eq!(
        title("Trưởng Ban Chỉ đạo bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026-2031 của tỉnh, đã kiểm tra").as_deref(),
        Some("Trưởng Ban Chỉ đạo bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026-2031 của tỉnh")
    );
    // Away from an election, "và" before a deputy joins no name.
    assert_eq!(
        title("Chủ tịch UBND tỉnh và đại biểu các sở dự").as_deref(),
        Some("Chủ tịch UBND tỉnh")
    );
}

#[test]
fn a_foreign_code_after_an_international_body_and_fields_in_charge_stay_in_the_title() {
    assert_eq!(
        title("Chủ tịch Ủy ban Liên minh châu Âu (EU) cho biết").as_deref(),
        Some("Chủ tịch Ủy ban Liên minh châu Âu (EU)")
    );
    assert_eq!(
        title("Đại diện cao cấp phụ trách an ninh và chính sách đối ngoại Liên minh châu Âu (EU) phát biểu").as_deref(),
        Some("Đại diện cao cấp phụ trách an ninh và chính sách đối ngoại Liên minh châu Âu (EU)")
    );
    // Brackets after a province hold no foreign code.
    assert_eq!(
        title("Bí thư Tỉnh ủy Nghệ An (EU) phát biểu").as_deref(),
        Some("Bí thư Tỉnh ủy Nghệ An")
    );
}

#[test]
fn a_firm_named_after_the_ward_of_its_mine_is_no_person() {
    assert_eq!(
        title("Giám đốc Công ty Than Hà Tu cho biết").as_deref(),
        Some("Giám đốc Công ty Than Hà Tu")
    );
    assert_eq!(
        title("Bí thư Đảng ủy Công ty CP than Hà Lầm, cụm trưởng").as_deref(),
        Some("Bí thư Đảng ủy Công ty CP than Hà Lầm")
    );
    // A name after the firm's name stays a name.
    assert_eq!(
        title("Giám đốc Công ty Than Hà Tu Lê Văn Bình phát biểu").as_deref(),
        Some("Giám đốc Công ty Than Hà Tu")
    );
    // Right after "Công ty", a name is the director's, not the firm's.
    assert_eq!(
        title("Giám đốc Công ty Hà Văn Tú phát biểu").as_deref(),
        Some("Giám đốc Công ty")
    );
}

#[test]
fn a_department_named_with_two_syllable_words_runs_to_its_parent() {
    for (text, want) in [
        (
            "Phó Trưởng phòng Đoàn thể và các hội quần chúng, Ban Dân vận Tỉnh ủy cho biết",
            "Phó Trưởng phòng Đoàn thể và các hội quần chúng, Ban Dân vận Tỉnh ủy",
        ),
        (
            "Chi cục trưởng Chi cục Trồng trọt và Bảo vệ thực vật, Sở Nông nghiệp và Môi trường phát biểu",
            "Chi cục trưởng Chi cục Trồng trọt và Bảo vệ thực vật, Sở Nông nghiệp và Môi trường",
        ),
    ] {
        assert_eq!(title(text).as_deref(), Some(want), "{text}");
    }
}

#[test]
fn a_meeting_verb_capitalised_after_a_dash_ends_the_title() {
    assert_eq!(
        title("Phó Chủ tịch UBND phường - Chủ trì hội nghị").as_deref(),
        Some("Phó Chủ tịch UBND phường")
    );
    // A place after the dash still belongs to the name.
    assert_eq!(
        title("Giám đốc Công an tỉnh Thừa Thiên - Huế phát biểu").as_deref(),
        Some("Giám đốc Công an tỉnh Thừa Thiên - Huế")
    );
}

#[test]
fn a_police_department_named_with_commas_stays_whole() {
    for (text, want) in [
        (
            "Cục trưởng Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu, và Đại tá Lê Văn B",
            "Cục trưởng Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu",
        ),
        (
            "Phó Cục trưởng Cục Cảnh sát phòng, chống tội phạm về môi trường cho biết",
            "Phó Cục trưởng Cục Cảnh sát phòng, chống tội phạm về môi trường",
        ),
        (
            "Cục trưởng Cục Công tác Đảng và công tác chính trị, Bộ Công an phát biểu",
            "Cục trưởng Cục Công tác Đảng và công tác chính trị, Bộ Công an",
        ),
    ] {
        assert_eq!(title(text).as_deref(), Some(want), "{text}");
    }
}

#[test]
fn a_command_post_goes_on_to_its_unit_and_the_units_above() {
    for (text, want) in [
        // Army pages put a comma between the post and its unit.
        (
            "Chỉ huy trưởng, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Giang cho biết",
            "Chỉ huy trưởng, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Giang",
        ),
        (
            "Chính ủy, Bộ Chỉ huy Quân sự tỉnh Nghệ An báo cáo",
            "Chính ủy, Bộ Chỉ huy Quân sự tỉnh Nghệ An",
        ),
        // A unit named by its code, then the battalion and the service.
        (
            "Chính trị viên Nhà giàn DK1/8, Tiểu đoàn DK1, Quân chủng Hải quân được truy tặng",
            "Chính trị viên Nhà giàn DK1/8, Tiểu đoàn DK1, Quân chủng Hải quân",
        ),
        (
            "Chỉ huy trưởng Trạm Ra đa 550, Trung đoàn 294, Sư đoàn 361 dự",
            "Chỉ huy trưởng Trạm Ra đa 550, Trung đoàn 294, Sư đoàn 361",
        ),
    ] {
        assert_eq!(title(text).as_deref(), Some(want), "{text}");
    }
    // Another office after the comma is a second post, not the unit.
    assert_eq!(
        title("Chính ủy, Bí thư Đảng ủy Bộ Chỉ huy Quân sự tỉnh").as_deref(),
        Some("Chính ủy")
    );
}

#[test]
fn an_army_staff_officer_keeps_the_branch_served_and_the_command() {
    // The branch is written in lower case after "Trợ lý", and the command
    // the assistant works for follows a comma.
    assert_eq!(
        title("Trợ lý quân lực Bộ Chỉ huy Quân sự tỉnh phát biểu").as_deref(),
        Some("Trợ lý quân lực Bộ Chỉ huy Quân sự tỉnh")
    );
    assert_eq!(
        title("Trợ lý Dân quân, Ban Chỉ huy Phòng thủ khu vực 3 báo cáo").as_deref(),
        Some("Trợ lý Dân quân, Ban Chỉ huy Phòng thủ khu vực 3")
    );
}

#[test]
fn a_working_group_keeps_the_body_it_serves() {
    assert_eq!(
        title("Trưởng nhóm công tác của Trung ương dự họp").as_deref(),
        Some("Trưởng nhóm công tác của Trung ương")
    );
}

#[test]
fn the_work_of_an_election_names_the_team_that_checks_it() {
    // "công tác" alone is an everyday noun, "công tác bầu cử" the work a
    // team or a committee is named for; its number follows.
    assert_eq!(
        title("Trưởng đoàn kiểm tra công tác bầu cử số 2 của Ủy ban bầu cử huyện đã làm việc")
            .as_deref(),
        Some("Trưởng đoàn kiểm tra công tác bầu cử số 2 của Ủy ban bầu cử huyện")
    );
    assert_eq!(
        title("Tổ trưởng Tổ giúp việc công tác bầu cử xã báo cáo").as_deref(),
        Some("Tổ trưởng Tổ giúp việc công tác bầu cử xã")
    );
    // A head that checks the work is no team named for it.
    assert_eq!(
        title("Chủ tịch HĐND tỉnh kiểm tra công tác bầu cử tại xã").as_deref(),
        Some("Chủ tịch HĐND tỉnh")
    );
}

#[test]
fn a_scholarship_fund_keeps_the_name_it_bears() {
    assert_eq!(
        title("Chủ tịch Quỹ học bổng Lò Văn Giá, Chủ nhiệm Câu lạc bộ").as_deref(),
        Some("Chủ tịch Quỹ học bổng Lò Văn Giá")
    );
    assert_eq!(
        title("Phó Chủ tịch Quỹ Học bổng Vừ A Dính trao quà").as_deref(),
        Some("Phó Chủ tịch Quỹ Học bổng Vừ A Dính")
    );
    // The holder's name written right after the fund's is no part of it.
    assert_eq!(
        title("Chủ tịch Quỹ học bổng Lò Văn Giá Nguyễn Thị Mai trao quà").as_deref(),
        Some("Chủ tịch Quỹ học bổng Lò Văn Giá")
    );
}

#[test]
fn the_heads_and_deputies_of_many_bodies_are_no_post() {
    assert_eq!(
        title("Trưởng, Phó các phòng, ban chuyên môn huyện dự").as_deref(),
        None
    );
    assert_eq!(
        title("Giám đốc, Phó Giám đốc các sở, ngành của tỉnh").as_deref(),
        None
    );
    // A deputy's post of the one named after a comma is no plural.
    assert_eq!(
        title("Trưởng Ban Dân vận Huyện ủy, Phó các đoàn thể dự").as_deref(),
        Some("Trưởng Ban Dân vận Huyện ủy")
    );
}

#[test]
fn a_body_named_with_only_its_first_word_capitalised_stays_whole() {
    assert_eq!(
        title("Phó Viện trưởng Viện Nghiên cứu và Quản lý kinh tế Trung ương tại hội thảo")
            .as_deref(),
        Some("Phó Viện trưởng Viện Nghiên cứu và Quản lý kinh tế Trung ương")
    );
    assert_eq!(
        title("Trưởng ban Phân tích và Dự báo (NCIF) cho biết").as_deref(),
        Some("Trưởng ban Phân tích và Dự báo")
    );
    assert_eq!(
        title("Trưởng ban Kiểm phiếu Lê Văn An công bố kết quả").as_deref(),
        Some("Trưởng ban Kiểm phiếu")
    );
    assert_eq!(
        title("phó giám đốc Sở Quy hoạch - kiến trúc TP.HCM, bị phạt").as_deref(),
        Some("Phó Giám đốc Sở Quy hoạch - kiến trúc TP.HCM")
    );
    assert_eq!(
        title("Quyền Cục trưởng Cục Quản lý thị trường tỉnh Hà Nam cho biết").as_deref(),
        Some("Quyền Cục trưởng Cục Quản lý thị trường tỉnh Hà Nam")
    );
    // The body's word written small, its name after it.
    assert_eq!(
        title("thành viên tổ Tư vấn kinh tế của Thủ tướng Chính phủ, Giám đốc").as_deref(),
        Some("Thành viên tổ Tư vấn kinh tế của Thủ tướng Chính phủ")
    );
    // A verb ends the name: the title does not swallow the sentence.
    assert_eq!(
        title("Giám đốc Sở Ngoại vụ tiếp đoàn khách Lào").as_deref(),
        Some("Giám đốc Sở Ngoại vụ")
    );
    assert_eq!(
        title("Trưởng Ban Tổ chức cho biết kết quả").as_deref(),
        Some("Trưởng Ban Tổ chức")
    );
}

#[test]
fn a_foreign_capitals_mayor_keeps_the_capital() {
    assert_eq!(
        title("Phó Đô trưởng thủ đô Viêng Chăn (Lào), đã tiếp đoàn").as_deref(),
        Some("Phó Đô trưởng thủ đô Viêng Chăn (Lào)")
    );
}

#[test]
fn a_body_named_in_lower_case_with_va_runs_to_its_city() {
    assert_eq!(
        title("giám đốc Trung tâm sức khỏe lao động và môi trường TP.HCM, cho biết").as_deref(),
        Some("Giám đốc Trung tâm sức khỏe lao động và môi trường TP.HCM")
    );
    assert_eq!(
        title("Giám đốc Trung tâm Sức khỏe lao động và môi trường tỉnh, cho biết").as_deref(),
        Some("Giám đốc Trung tâm Sức khỏe lao động và môi trường tỉnh")
    );
    // No level or place after it: the words may be what the holder did.
    assert_eq!(
        title("Giám đốc Trung tâm tư vấn và hỗ trợ người dân").as_deref(),
        Some("Giám đốc Trung tâm")
    );
}

#[test]
fn a_fund_or_movement_keeps_its_name_quoted_or_not() {
    assert_eq!(
        title("Trưởng ban Vận động quỹ “Vì người nghèo” huyện, phát biểu").as_deref(),
        Some("Trưởng ban Vận động quỹ “Vì người nghèo” huyện")
    );
    assert_eq!(
        title("Trưởng ban Vận động Vì người nghèo phường trao quà").as_deref(),
        Some("Trưởng ban Vận động Vì người nghèo phường")
    );
}

#[test]
fn a_regional_body_keeps_the_region() {
    let t = Tokens::new("ông Lò Văn Tâm - phó Chủ tịch Liên đoàn bóng đá Đông Nam Á - chia sẻ");
    assert_eq!(
        titles_after(&t, 4).1,
        ["phó Chủ tịch Liên đoàn bóng đá Đông Nam Á"]
    );
}

#[test]
fn the_body_a_room_or_unit_belongs_to_completes_its_post() {
    assert_eq!(
        title("nguyên phó trưởng phòng đô thị thuộc Văn phòng UBND tỉnh Bình Định, 4 năm tù")
            .as_deref(),
        Some("nguyên phó trưởng phòng đô thị thuộc Văn phòng UBND tỉnh Bình Định")
    );
    assert_eq!(
        title("Phó Cục trưởng Cục An ninh kinh tế thuộc Bộ Công an cho biết").as_deref(),
        Some("Phó Cục trưởng Cục An ninh kinh tế thuộc Bộ Công an")
    );
    assert_eq!(
        title("cựu cán bộ thuộc Đội Cảnh sát kinh tế Công an huyện Vĩnh Linh").as_deref(),
        Some("cựu cán bộ thuộc Đội Cảnh sát kinh tế Công an huyện Vĩnh Linh")
    );
    // "thuộc diện", "thuộc về": no body follows.
    assert_eq!(
        title("Chủ tịch UBND xã thuộc diện luân chuyển").as_deref(),
        Some("Chủ tịch UBND xã")
    );
}

#[test]
fn a_number_that_counts_years_or_sums_is_no_unit_number() {
    assert_eq!(
        title("cựu Phó Chánh Văn phòng 5 năm 6 tháng tù").as_deref(),
        Some("cựu Phó Chánh Văn phòng")
    );
    assert_eq!(
        title("Trưởng phòng 2 năm liền được khen").as_deref(),
        Some("Trưởng phòng")
    );
    // A numbered unit keeps its number, a year after it too.
    assert_eq!(
        title("Chủ tịch UBND phường 3 năm 2020 đã ký").as_deref(),
        Some("Chủ tịch UBND phường 3")
    );
}

#[test]
fn two_bodies_written_short_may_be_joined_by_an_ampersand() {
    assert_eq!(
        title("cựu Chánh Văn phòng Đoàn ĐBQH & HĐND tỉnh Kon Tum nhận án").as_deref(),
        Some("cựu Chánh Văn phòng Đoàn ĐBQH & HĐND tỉnh Kon Tum")
    );
}

#[test]
fn a_room_named_in_lower_case_runs_to_what_closes_it() {
    assert_eq!(
        title("nguyên trưởng phòng kế hoạch chiến lược Công ty xi măng Bỉm Sơn)").as_deref(),
        Some("nguyên trưởng phòng kế hoạch chiến lược Công ty xi măng Bỉm Sơn")
    );
    assert_eq!(
        title("trưởng ban kiểm soát) và").as_deref(),
        Some("Trưởng ban kiểm soát")
    );
    // Open at its end, or broken by a verb, it is not read.
    assert_eq!(
        title("trưởng phòng kế hoạch cho biết").as_deref(),
        Some("Trưởng phòng")
    );
    assert_eq!(
        title("trưởng phòng phát biểu tại Hội nghị").as_deref(),
        Some("Trưởng phòng")
    );
}

#[test]
fn a_firm_s_legal_form_spelt_out_in_four_words_keeps_its_trade_and_name() {
    assert_eq!(
        title("Giám đốc Công ty trách nhiệm hữu hạn một thành viên lâm nghiệp Sông Hinh, cho biết")
            .as_deref(),
        Some("Giám đốc Công ty trách nhiệm hữu hạn một thành viên lâm nghiệp Sông Hinh")
    );
}

#[test]
fn a_name_after_a_hospital_s_word_is_its_director_s() {
    assert_eq!(
        title("Giám đốc Bệnh viện Đào Hữu Khanh cho biết").as_deref(),
        Some("Giám đốc Bệnh viện")
    );
    assert_eq!(
        title("Giám đốc bệnh viện Lê Thị Mến phát biểu").as_deref(),
        Some("Giám đốc bệnh viện")
    );
}

#[test]
fn a_diplomat_s_rank_and_field_stay_in_the_title() {
    for (text, want) in [
        (
            "Bí thư thứ hai Đại sứ quán Việt Nam tại Lào dự",
            "Bí thư thứ hai Đại sứ quán Việt Nam tại Lào",
        ),
        (
            "Tham tán thương mại Đại sứ quán Việt Nam tại Nhật Bản cho biết",
            "Tham tán thương mại Đại sứ quán Việt Nam tại Nhật Bản",
        ),
        (
            "Đại biện lâm thời Đại sứ quán Canada dự",
            "Đại biện lâm thời Đại sứ quán Canada",
        ),
        (
            "Quận trưởng quận Seocho phát biểu",
            "Quận trưởng quận Seocho",
        ),
    ] {
        assert_eq!(title(text).as_deref(), Some(want), "{text}");
    }
}

#[test]
fn a_police_department_named_without_its_comma_is_read_whole() {
    for (text, want) in [
        (
            "nguyên Cục trưởng Cục Cảnh sát phòng chống tội phạm sử dụng công nghệ cao cho biết",
            "nguyên Cục trưởng Cục Cảnh sát phòng chống tội phạm sử dụng công nghệ cao",
        ),
        (
            "Thủ trưởng Cơ quan điều tra Bộ Quốc phòng phát biểu",
            "Thủ trưởng Cơ quan điều tra Bộ Quốc phòng",
        ),
        (
            "Tổng Giám đốc Tổ hợp Cơ khí Hòa Phong cho biết",
            "Tổng Giám đốc Tổ hợp Cơ khí Hòa Phong",
        ),
    ] {
        assert_eq!(title(text).as_deref(), Some(want), "{text}");
    }
}

#[test]
fn a_consul_s_foreign_seat_ends_where_the_holder_s_name_starts() {
    let t = Tokens::new("Tổng Lãnh sự Việt Nam tại Quảng Châu Lê Văn Sang phát biểu");
    assert_eq!(
        parse_title(&t, 0, true).map(|(e, s)| (t.raw(e).to_string(), s)),
        Some((
            "Lê".to_string(),
            "Tổng Lãnh sự Việt Nam tại Quảng Châu".to_string()
        ))
    );
}

#[test]
fn a_department_named_in_lower_case_runs_to_what_closes_it() {
    assert_eq!(
        title("Phó Cục trưởng Cục quản lý thị trường thuộc Bộ Công Thương dự").as_deref(),
        Some("Phó Cục trưởng Cục quản lý thị trường thuộc Bộ Công Thương")
    );
    assert_eq!(
        title("Phó Giám đốc trung tâm nghiên cứu khoa học Dân vận, Ban Dân vận tỉnh").as_deref(),
        Some("Phó Giám đốc trung tâm nghiên cứu khoa học Dân vận, Ban Dân vận tỉnh")
    );
    // A department of a board named in lower case after its head's office.
    assert_eq!(
        title("Vụ trưởng vụ văn hóa văn nghệ, Ban Tuyên giáo Trung ương báo cáo").as_deref(),
        Some("Vụ trưởng vụ văn hóa văn nghệ, Ban Tuyên giáo Trung ương")
    );
    // Open at its end, the name is not read.
    assert_eq!(
        title("Phó Tổng cục trưởng Tổng cục an ninh nói").as_deref(),
        Some("Phó Tổng cục trưởng Tổng cục")
    );
}

#[test]
fn the_body_above_a_committee_written_short_after_cua_stays() {
    assert_eq!(
        title("Phó Chủ nhiệm Ủy ban Kinh tế của Quốc hội Lê Thị Hoa").as_deref(),
        Some("Phó Chủ nhiệm Ủy ban Kinh tế của Quốc hội")
    );
    assert_eq!(
        title("Chủ nhiệm Ủy ban Pháp luật của QH Trần Văn Bảy phát biểu").as_deref(),
        Some("Chủ nhiệm Ủy ban Pháp luật của QH")
    );
}

#[test]
fn the_body_someone_is_in_charge_of_after_a_comma_stays_with_the_post() {
    assert_eq!(
        title("Phó Bí thư Thường trực Huyện ủy, phụ trách Đảng bộ xã Tân Lập; bà Lê Thị B")
            .as_deref(),
        Some("Phó Bí thư Thường trực Huyện ủy, phụ trách Đảng bộ xã Tân Lập")
    );
}

#[test]
fn an_institute_or_a_board_named_in_sentence_case_runs_to_its_place() {
    assert_eq!(
        title("Viện trưởng Viện Nghiên cứu phát triển TP Cần Thơ, phát biểu").as_deref(),
        Some("Viện trưởng Viện Nghiên cứu phát triển TP Cần Thơ")
    );
    assert_eq!(
        title("Trưởng Cơ quan điều hành Quỹ Hỗ trợ nông dân tỉnh; ông Lê Văn C").as_deref(),
        Some("Trưởng Cơ quan điều hành Quỹ Hỗ trợ nông dân tỉnh")
    );
}

#[test]
fn a_faculty_or_committee_of_two_long_fields_joined_by_va_stays_whole() {
    assert_eq!(
        title("Trưởng khoa Khoa học máy tính và Khoa học dữ liệu phát biểu").as_deref(),
        Some("Trưởng khoa Khoa học máy tính và Khoa học dữ liệu")
    );
    assert_eq!(
        title("Phó Trưởng khoa Công nghệ thông tin và Truyền thông đa phương tiện, Trường Đại học Bách khoa").as_deref(),
        Some("Phó Trưởng khoa Công nghệ thông tin và Truyền thông đa phương tiện, Trường Đại học Bách khoa")
    );
    assert_eq!(
        title("Phó Chủ nhiệm Ủy ban Văn hóa và Giáo dục của Quốc hội dự").as_deref(),
        Some("Phó Chủ nhiệm Ủy ban Văn hóa và Giáo dục của Quốc hội")
    );
    // A second office, or a person, after "và" still ends the title.
    assert_eq!(
        title("Trưởng khoa Khoa học máy tính và Giám đốc Trung tâm Tin học").as_deref(),
        Some("Trưởng khoa Khoa học máy tính")
    );
    assert_eq!(
        title("Trưởng khoa Khoa học máy tính và Nguyễn Văn An").as_deref(),
        Some("Trưởng khoa Khoa học máy tính")
    );
    assert_eq!(
        title("Bí thư Tỉnh ủy và Chủ tịch UBND tỉnh").as_deref(),
        Some("Bí thư Tỉnh ủy")
    );
}

#[test]
fn a_unit_heads_field_in_lower_case_runs_on_to_the_unit() {
    assert_eq!(
        title("Đội trưởng vận động quần chúng Đồn Biên phòng Nậm Cắn Hà Văn Khánh").as_deref(),
        Some("Đội trưởng vận động quần chúng Đồn Biên phòng Nậm Cắn")
    );
    assert_eq!(
        title("Phó đồn trưởng trinh sát Đồn Biên phòng Ia Mơr; ông Lê Văn Bảo").as_deref(),
        Some("Phó đồn trưởng trinh sát Đồn Biên phòng Ia Mơr")
    );
    // What the holder did is no field, and a minister's office takes none.
    assert_eq!(
        title("Đội trưởng tặng quà Trường Tiểu học Kim Đồng").as_deref(),
        Some("Đội trưởng")
    );
    assert_eq!(
        title("Bộ trưởng đánh giá cao Ban Tổ chức hội nghị").as_deref(),
        Some("Bộ trưởng")
    );
    // Without the unit after them the words are not read.
    assert_eq!(
        title("Đội trưởng trinh sát cho biết").as_deref(),
        Some("Đội trưởng")
    );
}

#[test]
fn an_associations_lower_case_words_end_at_the_country_it_serves() {
    assert_eq!(
        title("Chủ tịch Hội Nghệ sĩ nhiếp ảnh Việt Nam Đỗ Văn Tâm").as_deref(),
        Some("Chủ tịch Hội Nghệ sĩ nhiếp ảnh Việt Nam")
    );
    assert_eq!(
        title("Phó Chủ tịch Hội Nghệ sĩ múa Việt Nam; bà Vũ Thị Loan").as_deref(),
        Some("Phó Chủ tịch Hội Nghệ sĩ múa Việt Nam")
    );
}

#[test]
fn a_department_named_with_a_comma_stays_whole_before_its_heads_name() {
    assert_eq!(
        title("Cục trưởng Cục Quản lý Khám, chữa bệnh Lưu Văn Kha phát biểu").as_deref(),
        Some("Cục trưởng Cục Quản lý Khám, chữa bệnh")
    );
}

#[test]
fn a_command_departments_head_goes_on_to_the_command_past_a_comma() {
    assert_eq!(
        title("Chủ nhiệm Chính trị, Bộ Chỉ huy BĐBP tỉnh cho biết").as_deref(),
        Some("Chủ nhiệm Chính trị, Bộ Chỉ huy BĐBP tỉnh")
    );
    assert_eq!(
        title("Phó Tham mưu trưởng, Bộ Chỉ huy Quân sự tỉnh; ông Lê Văn Tài").as_deref(),
        Some("Phó Tham mưu trưởng, Bộ Chỉ huy Quân sự tỉnh")
    );
    // Another office after the comma is a post of its own.
    assert_eq!(
        title("Tham mưu trưởng, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh").as_deref(),
        Some("Tham mưu trưởng")
    );
}

#[test]
fn a_border_posts_own_name_is_no_holders_name() {
    assert_eq!(
        title("Chính trị viên Đồn Biên phòng A Pa Chải, và Trung tá Lò Văn Pao").as_deref(),
        Some("Chính trị viên Đồn Biên phòng A Pa Chải")
    );
    assert_eq!(
        title("Đồn trưởng Đồn BP Sì Lở Lầu cho biết").as_deref(),
        Some("Đồn trưởng Đồn BP Sì Lở Lầu")
    );
    // The gate's post, the force written short with its gate.
    assert_eq!(
        title("Đồn trưởng Đồn BPCKQT Mường Khoa cho biết").as_deref(),
        Some("Đồn trưởng Đồn BPCKQT Mường Khoa")
    );
    assert_eq!(
        title("Chính trị viên Đồn BPCK Pò Tèn trao quà").as_deref(),
        Some("Chính trị viên Đồn BPCK Pò Tèn")
    );
}

#[test]
fn a_contests_or_a_prizes_quoted_name_stays_in_the_title() {
    assert_eq!(
        title("Trưởng ban Tổ chức cuộc thi “Tìm hiểu lịch sử Đảng bộ” Vũ Thị Hằng trao giải")
            .as_deref(),
        Some("Trưởng ban Tổ chức cuộc thi “Tìm hiểu lịch sử Đảng bộ”")
    );
}

#[test]
fn an_unlisted_hamlet_before_its_commune_stays_in_the_title() {
    assert_eq!(
        title("Bí thư Chi bộ thôn Pả Chư Tủng, xã Bản Lầu phát biểu").as_deref(),
        Some("Bí thư Chi bộ thôn Pả Chư Tủng, xã Bản Lầu")
    );
    assert_eq!(
        title("Trưởng thôn Hầu Chư Ván, anh Giàng A Lử").as_deref(),
        Some("Trưởng thôn Hầu Chư Ván")
    );
    // No commune and no cue after the comma: the words may be a name.
    assert_eq!(
        title("Trưởng thôn Giàng A Lử, người có uy tín").as_deref(),
        Some("Trưởng thôn")
    );
}

#[test]
fn a_highland_commune_after_a_school_or_clinic_stays_in_the_title() {
    // Known communes and districts of the Central Highlands look like
    // their peoples' names; after an institution they are its place.
    assert_eq!(
        title("Hiệu trưởng Trường THCS Ea Ktur cho biết").as_deref(),
        Some("Hiệu trưởng Trường THCS Ea Ktur")
    );
    assert_eq!(
        title("Giám đốc Trung tâm Y tế Krông Ana; bà H'Linh Niê").as_deref(),
        Some("Giám đốc Trung tâm Y tế Krông Ana")
    );
    assert_eq!(
        title("Chủ tịch Công đoàn Trường Mầm non Ea H'Leo phát biểu").as_deref(),
        Some("Chủ tịch Công đoàn Trường Mầm non Ea H'Leo")
    );
    // A name no unit bears is still the holder's.
    assert_eq!(
        title("Trạm trưởng Trạm Y tế Ksor Nham phát biểu").as_deref(),
        Some("Trạm trưởng Trạm Y tế")
    );
}

#[test]
fn a_working_group_is_named_by_the_task_it_helps_with() {
    assert_eq!(
        title(
            "Tổ trưởng Tổ công tác giúp việc thực hiện Quyết định số 17 của Bộ Chính trị cùng đoàn"
        )
        .as_deref(),
        Some("Tổ trưởng Tổ công tác giúp việc thực hiện Quyết định số 17 của Bộ Chính trị")
    );
    assert_eq!(
        title("Tổ phó Tổ công tác triển khai Kết luận số 8 của Huyện ủy; ông Lê Văn B").as_deref(),
        Some("Tổ phó Tổ công tác triển khai Kết luận số 8 của Huyện ủy")
    );
    // A task that names the committee served still ends at that committee.
    assert_eq!(
        title("Tổ trưởng Tổ giúp việc Ban Chỉ đạo huyện phát biểu").as_deref(),
        Some("Tổ trưởng Tổ giúp việc Ban Chỉ đạo huyện")
    );
}

#[test]
fn a_council_for_a_quoted_prize_keeps_the_prize_s_name() {
    assert_eq!(
        title("Chủ tịch Hội đồng xét tặng giải thưởng “Dân vận khéo”; ông Lê Văn C").as_deref(),
        Some("Chủ tịch Hội đồng xét tặng giải thưởng “Dân vận khéo”")
    );
    assert_eq!(
        title("Phó Chủ tịch Hội đồng xét tặng danh hiệu “Dân vận khéo” huyện phát biểu").as_deref(),
        Some("Phó Chủ tịch Hội đồng xét tặng danh hiệu “Dân vận khéo” huyện")
    );
}

#[test]
fn a_small_group_keeps_its_own_name_after_what_it_does() {
    assert_eq!(
        title("Trưởng Nhóm thiện nguyện Ánh Dương giao lưu tại buổi lễ").as_deref(),
        Some("Trưởng Nhóm thiện nguyện Ánh Dương")
    );
    // A holder's name after the group's work is no name of the group.
    assert_eq!(
        title("Trưởng Nhóm nghiên cứu Nguyễn Văn An phát biểu").as_deref(),
        Some("Trưởng Nhóm nghiên cứu")
    );
}

#[test]
fn spans_names_offices_and_organs_are_the_same_in_whatever_order_they_are_asked() {
    // Each paragraph remembers what was read at a token: asking from the
    // end back must give what asking from the start gives, and asking
    // again what was read first.
    let lines = [
        "Đồng chí Nguyễn Văn Bình, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; bà Lê Thị Hoa - Phó Chủ tịch UBND huyện Đông Sơn và ông Trần Quốc Tuấn, Chủ tịch Ủy ban MTTQ Việt Nam xã Tân Phú dự hội nghị.",
        "Tham dự có các Phó Chủ tịch HĐND tỉnh: Phạm Minh Đức, Hoàng Thị Lan; Thượng tá Vũ Đình Khải, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh.",
    ];
    for line in lines {
        let forward = Tokens::new(line);
        let backward = Tokens::new(line);
        let read = |t: &Tokens, i: usize| {
            (
                title_span(t, i, true),
                crate::parse::names::name_end(t, i, true),
                crate::parse::names::name_end(t, i, false),
                head_len(t, i),
                crate::parse::organs::organ_len(t, i),
            )
        };
        let first: Vec<_> = (0..=forward.len()).map(|i| read(&forward, i)).collect();
        let mut last: Vec<_> = (0..=backward.len())
            .rev()
            .map(|i| read(&backward, i))
            .collect();
        last.reverse();
        assert_eq!(first, last, "{line}");
        let again: Vec<_> = (0..=forward.len()).map(|i| read(&forward, i)).collect();
        assert_eq!(first, again, "{line}");
        assert!(
            first.iter().any(|r| r.0.is_some() && r.3.is_some()),
            "{line}"
        );
        assert!(first.iter().any(|r| r.1.is_some()), "{line}");
        assert!(first.iter().any(|r| r.4.is_some()), "{line}");
    }
}

#[test]
fn a_numbered_region_takes_the_seat_it_is_named_after() {
    // The regional defence commands of the two-level reform are named by
    // number and seat; the seat may open like a person's name ("Long").
    assert_eq!(
        title("Chỉ huy trưởng Ban Chỉ huy phòng thủ khu vực 2 - Long Bình chủ trì hội nghị")
            .as_deref(),
        Some("Chỉ huy trưởng Ban Chỉ huy phòng thủ khu vực 2 - Long Bình")
    );
    assert_eq!(
        title("Phó Chính ủy Ban Chỉ huy Phòng thủ Khu vực II - Vĩnh Yên; đồng chí").as_deref(),
        Some("Phó Chính ủy Ban Chỉ huy Phòng thủ Khu vực II - Vĩnh Yên")
    );
    // "Phòng thủ" capitalised is the command's field, not a department
    // ("Phòng") cut off from the words after it.
    assert_eq!(
        title("Chính trị viên Ban Chỉ huy Phòng thủ khu vực 3 báo cáo").as_deref(),
        Some("Chính trị viên Ban Chỉ huy Phòng thủ khu vực 3")
    );
    // A holder's name after the dash is no seat.
    assert_eq!(
        title("Chính ủy Ban Chỉ huy phòng thủ khu vực 2 - Trần Văn Hải phát biểu").as_deref(),
        Some("Chính ủy Ban Chỉ huy phòng thủ khu vực 2")
    );
}

#[test]
fn a_part_time_post_of_the_front_is_one_title() {
    assert_eq!(
        title("Phó chủ tịch không chuyên trách Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh phát biểu")
            .as_deref(),
        Some("Phó chủ tịch không chuyên trách Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh")
    );
    assert_eq!(
        title("Phó Chủ tịch không chuyên trách Ủy ban MTTQ Việt Nam phường dự").as_deref(),
        Some("Phó Chủ tịch không chuyên trách Ủy ban MTTQ Việt Nam phường")
    );
}

#[test]
fn the_verb_to_prove_opens_no_title() {
    assert_eq!(title("chứng minh Ban quản lý đã làm đúng"), None);
    assert_eq!(
        title("Chứng minh Hội đồng Trị sự GHPG Việt Nam dự lễ").as_deref(),
        Some("Chứng minh Hội đồng Trị sự GHPG Việt Nam")
    );
}

#[test]
fn a_verb_of_standing_for_a_post_ends_the_title_before_it() {
    assert_eq!(
        title("Giám đốc Sở Nội vụ ứng cử đại biểu HĐND tỉnh").as_deref(),
        Some("Giám đốc Sở Nội vụ")
    );
    assert_eq!(
        title("nguyên Bí thư Tỉnh ủy tỉnh Tân Hà hiệp thương cử giữ chức Phó Chủ tịch").as_deref(),
        Some("nguyên Bí thư Tỉnh ủy tỉnh Tân Hà")
    );
    assert_eq!(
        title("Bí thư Thành ủy Tân Hà đắc cử chức vụ Chủ tịch HĐND tỉnh").as_deref(),
        Some("Bí thư Thành ủy Tân Hà")
    );
    assert_eq!(
        title("Chủ tịch UBND tỉnh khóa XII tái đắc cử Chủ tịch UBND tỉnh").as_deref(),
        Some("Chủ tịch UBND tỉnh khóa XII")
    );
    assert_eq!(
        title("Trưởng ban Kiểm phiếu công bố kết quả bầu cử").as_deref(),
        Some("Trưởng ban Kiểm phiếu")
    );
    // An organ's own name goes on as before.
    assert_eq!(
        title("Giám đốc Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh").as_deref(),
        Some("Giám đốc Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh")
    );
}

#[test]
fn an_assembly_committee_under_its_older_name_stays_whole() {
    assert_eq!(
        title("Phó Chủ nhiệm Ủy ban về các vấn đề xã hội; Lê Văn A").as_deref(),
        Some("Phó Chủ nhiệm Ủy ban về các vấn đề xã hội")
    );
}

#[test]
fn elect_after_an_office_is_kept_only_before_the_holder() {
    assert_eq!(
        title("Tổng thống đắc cử Lê Văn An").as_deref(),
        Some("Tổng thống đắc cử")
    );
    assert_eq!(
        title("Bí thư Huyện ủy đắc cử.").as_deref(),
        Some("Bí thư Huyện ủy")
    );
}

#[test]
fn presenting_a_plan_ends_the_title_before_it() {
    assert_eq!(
        title("Phó Chủ tịch Hội CCB Việt Nam giới thiệu kế hoạch tổ chức Đại hội").as_deref(),
        Some("Phó Chủ tịch Hội CCB Việt Nam")
    );
    assert_eq!(
        title("Giám đốc Sở Tư pháp giới thiệu kế hoạch").as_deref(),
        Some("Giám đốc Sở Tư pháp")
    );
}

#[test]
fn a_public_centres_trade_in_lower_case_stays_in_its_name() {
    assert_eq!(
        title("Giám đốc Trung tâm giới thiệu việc làm tỉnh").as_deref(),
        Some("Giám đốc Trung tâm giới thiệu việc làm tỉnh")
    );
    assert_eq!(
        title("Giám đốc Trung tâm kiểm soát bệnh tật tỉnh").as_deref(),
        Some("Giám đốc Trung tâm kiểm soát bệnh tật tỉnh")
    );
    assert_eq!(
        title("Trưởng phòng văn hóa - thông tin huyện").as_deref(),
        Some("Trưởng phòng văn hóa - thông tin huyện")
    );
}

#[test]
fn a_movements_or_a_funds_quoted_name_stays_in_the_title() {
    assert_eq!(
        title("Phó Trưởng ban Thường trực Ban vận động quỹ “Vì người nghèo” tỉnh").as_deref(),
        Some("Phó Trưởng ban Thường trực Ban vận động quỹ “Vì người nghèo” tỉnh")
    );
    // Its aims listed with a comma inside the marks.
    assert_eq!(
        title("Trưởng Ban Chỉ đạo Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” huyện").as_deref(),
        Some("Trưởng Ban Chỉ đạo Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” huyện")
    );
    assert_eq!(
        title("Trưởng Ban vận động Quỹ Vì người nghèo xã đã trao quà").as_deref(),
        Some("Trưởng Ban vận động Quỹ Vì người nghèo xã")
    );
}

#[test]
fn a_central_steering_committees_purpose_is_in_its_name() {
    // No level closes the nation's committee: its purpose ends at the
    // sentence's end, at the comma before the next post, or at a name.
    assert_eq!(
        title("Phó Trưởng Ban Chỉ đạo Trung ương triển khai xóa nhà tạm, nhà dột nát trên phạm vi cả nước.")
            .as_deref(),
        Some("Phó Trưởng Ban Chỉ đạo Trung ương triển khai xóa nhà tạm, nhà dột nát trên phạm vi cả nước")
    );
    assert_eq!(
        title("Ủy viên Ban Chỉ đạo Trung ương các chương trình mục tiêu quốc gia, Bộ trưởng Bộ Xây dựng")
            .as_deref(),
        Some("Ủy viên Ban Chỉ đạo Trung ương các chương trình mục tiêu quốc gia")
    );
    assert_eq!(
        title("Trưởng Ban Chỉ đạo Quốc gia giảm nghèo bền vững Trần Văn Bảy").as_deref(),
        Some("Trưởng Ban Chỉ đạo Quốc gia giảm nghèo bền vững")
    );
    assert_eq!(
        title("Phó Trưởng Ban Chỉ đạo Trung ương phòng, chống thiên tai phát biểu").as_deref(),
        Some("Phó Trưởng Ban Chỉ đạo Trung ương phòng, chống thiên tai")
    );
    assert_eq!(
        title("Ủy viên Ban Chỉ đạo Trung ương đã dự").as_deref(),
        Some("Ủy viên Ban Chỉ đạo Trung ương")
    );
}

#[test]
fn publishing_is_no_village_before_the_department_above() {
    assert_eq!(
        title("Phó Trưởng phòng Thông tin - Báo chí - Xuất bản Sở Thông tin và Truyền thông tỉnh; ông")
            .as_deref(),
        Some("Phó Trưởng phòng Thông tin - Báo chí - Xuất bản Sở Thông tin và Truyền thông tỉnh")
    );
    // An upland village keeps its name.
    assert_eq!(
        title("Bí thư Chi bộ bản Pá Khoang dự").as_deref(),
        Some("Bí thư Chi bộ bản Pá Khoang")
    );
}

#[test]
fn a_hamlet_head_named_with_the_office_word_first() {
    // "xóm trưởng", "khối trưởng", "trưởng làng": the head of a hamlet,
    // of a town's block, of a Highlands village.
    assert_eq!(
        title("Xóm trưởng xóm 4, xã Diễn Lâm cho biết").as_deref(),
        Some("Xóm trưởng xóm 4, xã Diễn Lâm")
    );
    assert_eq!(
        title("Khối trưởng khối 7 vận động bà con").as_deref(),
        Some("Khối trưởng khối 7")
    );
    assert_eq!(
        title("Trưởng làng Đăk Lốp, ông A Dưk").as_deref(),
        Some("Trưởng làng Đăk Lốp")
    );
    assert_eq!(
        title("Bí thư Chi bộ kiêm xóm trưởng xóm Bắc đã hiến đất").as_deref(),
        Some("Bí thư Chi bộ kiêm xóm trưởng xóm Bắc")
    );
}

#[test]
fn a_deputys_delegation_written_doan_and_its_unit_ends_the_title() {
    assert_eq!(
        title("Đại biểu Quốc hội khóa XV Đoàn Hải Dương; đồng chí Lưu Văn Bền").as_deref(),
        Some("Đại biểu Quốc hội khóa XV Đoàn Hải Dương")
    );
    assert_eq!(
        title("Đại biểu Quốc hội Đoàn TP Cần Thơ phát biểu").as_deref(),
        Some("Đại biểu Quốc hội Đoàn TP Cần Thơ")
    );
    // A name opening with the surname Đoàn after a deputy's title is a person.
    assert_eq!(
        title("Đại biểu Quốc hội Đoàn Thị Hậu phát biểu").as_deref(),
        Some("Đại biểu Quốc hội")
    );
}

#[test]
fn an_election_board_or_a_group_of_deputies_keeps_its_numbered_constituency() {
    assert_eq!(
        title("Trưởng Ban bầu cử đơn vị số 2 báo cáo").as_deref(),
        Some("Trưởng Ban bầu cử đơn vị số 2")
    );
    assert_eq!(
        title("Tổ trưởng Tổ đại biểu HĐND tỉnh đơn vị bầu cử số 6 phát biểu").as_deref(),
        Some("Tổ trưởng Tổ đại biểu HĐND tỉnh đơn vị bầu cử số 6")
    );
    // Other units are no constituency.
    assert_eq!(
        title("Chủ tịch UBND tỉnh đơn vị số 2 đạt").as_deref(),
        Some("Chủ tịch UBND tỉnh")
    );
}

#[test]
fn a_front_board_named_with_a_comma_stays_whole() {
    assert_eq!(
        title("Trưởng ban Dân chủ, Giám sát và Phản biện xã hội Ủy ban Trung ương MTTQ Việt Nam trình bày dự thảo kế hoạch").as_deref(),
        Some("Trưởng ban Dân chủ, Giám sát và Phản biện xã hội Ủy ban Trung ương MTTQ Việt Nam")
    );
    assert_eq!(
        title("Phó Trưởng ban Dân chủ, Giám sát và Phản biện xã hội, Ủy ban MTTQ Việt Nam tỉnh dự")
            .as_deref(),
        Some("Phó Trưởng ban Dân chủ, Giám sát và Phản biện xã hội")
    );
}

#[test]
fn a_general_association_closes_a_board_title() {
    assert_eq!(
        title("Ủy viên Ban Trị sự Tổng hội, Trưởng Ban Đại diện Hội thánh tỉnh phát biểu")
            .as_deref(),
        Some("Ủy viên Ban Trị sự Tổng hội")
    );
    assert_eq!(
        title("Phó Chủ tịch Tổng hội, Hội Y học tỉnh").as_deref(),
        Some("Phó Chủ tịch Tổng hội")
    );
}

#[test]
fn a_churchs_region_in_brackets_stays_in_its_title() {
    assert_eq!(
        title("Trưởng Ban Đại diện Hội thánh Tin lành Việt Nam (miền Nam) tỉnh Đắk Nông phát biểu")
            .as_deref(),
        Some("Trưởng Ban Đại diện Hội thánh Tin lành Việt Nam (miền Nam) tỉnh Đắk Nông")
    );
    assert_eq!(
        title("Ủy viên Ban Trị sự Hội thánh Tin lành Việt Nam (miền Bắc), Quản nhiệm chi hội")
            .as_deref(),
        Some("Ủy viên Ban Trị sự Hội thánh Tin lành Việt Nam (miền Bắc)")
    );
}

#[test]
fn a_deputy_hamlet_head_named_short() {
    // "Phó thôn", "Phó ấp": a hamlet's deputy head as a commune's portal
    // calls him, for "Phó trưởng thôn".
    assert_eq!(
        title("nguyên Phó thôn Đồng Chằm vận động các hộ hiến đất").as_deref(),
        Some("nguyên Phó thôn Đồng Chằm")
    );
    assert_eq!(
        title("Phó ấp Tân Hưng cùng tổ tự quản đi từng nhà").as_deref(),
        Some("Phó ấp Tân Hưng")
    );
}

#[test]
fn a_steering_committee_is_named_for_a_model_in_quotation_marks() {
    assert_eq!(
        title("Thành viên Ban Chỉ đạo mô hình “Bản làng bình yên” của Công an xã Na Ư cho biết")
            .as_deref(),
        Some("Thành viên Ban Chỉ đạo mô hình “Bản làng bình yên” của Công an xã Na Ư")
    );
    assert_eq!(
        title(
            "Phó Trưởng ban Chỉ đạo Chương trình “Vì Tây Bắc bình yên” huyện Mường Lát phát biểu"
        )
        .as_deref(),
        Some("Phó Trưởng ban Chỉ đạo Chương trình “Vì Tây Bắc bình yên” huyện Mường Lát")
    );
}

#[test]
fn a_border_posts_mass_mobilisation_team_is_its_deputys_unit() {
    assert_eq!(
        title("Đội phó Đội Vận động quần chúng, Đồn Biên phòng Sà Phìn cho biết").as_deref(),
        Some("Đội phó Đội Vận động quần chúng, Đồn Biên phòng Sà Phìn")
    );
    assert_eq!(
        title("Tổ trưởng Tổ vận động quần chúng Đồn Biên phòng Na Mèo kể").as_deref(),
        Some("Tổ trưởng Tổ vận động quần chúng Đồn Biên phòng Na Mèo")
    );
}

#[test]
fn the_head_of_a_broadcasting_station_holds_an_office() {
    assert_eq!(
        title("Đài trưởng Đài Truyền thanh - Truyền hình huyện Mộc Châu Lò Văn Tiến cho biết")
            .as_deref(),
        Some("Đài trưởng Đài Truyền thanh - Truyền hình huyện Mộc Châu")
    );
}

#[test]
fn a_deputy_of_a_hamlet_head_and_the_head_of_a_zone_keep_their_unit() {
    // The lists hold the bare deputy "Phó trưởng"; the deputy of the
    // longer "Trưởng bản" is the longer office.
    assert_eq!(
        title("Phó trưởng bản cùng dân bản sửa đường").as_deref(),
        Some("Phó trưởng bản")
    );
    assert_eq!(
        title("Phó trưởng bản Huổi Lếch, cho biết").as_deref(),
        Some("Phó trưởng bản Huổi Lếch")
    );
    assert_eq!(title("Phó trưởng, cho biết").as_deref(), Some("Phó trưởng"));
    // A "khu" is the hamlet of many wards and towns.
    assert_eq!(
        title("Trưởng khu 6 và ông").as_deref(),
        Some("Trưởng khu 6")
    );
    assert_eq!(
        title("Trưởng khu Vĩnh Thành kể lại").as_deref(),
        Some("Trưởng khu Vĩnh Thành")
    );
    // A residential area named after a cell or a board is part of its post.
    assert_eq!(
        title("Bí thư Chi bộ khu dân cư Hồng Phong phát biểu").as_deref(),
        Some("Bí thư Chi bộ khu dân cư Hồng Phong")
    );
    assert_eq!(
        title("Trưởng ban công tác Mặt trận khu dân cư số 8 cho biết").as_deref(),
        Some("Trưởng ban công tác Mặt trận khu dân cư số 8")
    );
}

#[test]
fn a_zones_board_runs_over_the_other_zones_it_runs() {
    assert_eq!(
        title("Phó Trưởng Ban Quản lý Khu kinh tế Vân Phong và các Khu công nghiệp tỉnh cho biết")
            .as_deref(),
        Some("Phó Trưởng Ban Quản lý Khu kinh tế Vân Phong và các Khu công nghiệp tỉnh")
    );
    assert_eq!(
        title("Trưởng BQL KKT Nhơn Hội và các KCN Bình Định phát biểu").as_deref(),
        Some("Trưởng BQL KKT Nhơn Hội và các KCN Bình Định")
    );
    // Boards and commands known whole by name.
    assert_eq!(
        title("Phó Trưởng ban Quản lý các Khu công nghiệp và Chế xuất Hà Nội cho hay").as_deref(),
        Some("Phó Trưởng ban Quản lý các Khu công nghiệp và Chế xuất Hà Nội")
    );
    assert_eq!(
        title("Phó Chính ủy Bộ Tư lệnh Bảo vệ Lăng Chủ tịch Hồ Chí Minh, Đại tá").as_deref(),
        Some("Phó Chính ủy Bộ Tư lệnh Bảo vệ Lăng Chủ tịch Hồ Chí Minh")
    );
    // Elsewhere "và các" still ends the title.
    assert_eq!(
        title("Giám đốc Sở Công Thương và các doanh nghiệp").as_deref(),
        Some("Giám đốc Sở Công Thương")
    );
}

#[test]
fn the_public_employees_union_is_one_organ_not_a_staff_kind() {
    // "Viên chức" is a kind of staff after a comma, but a word of the
    // national union's name after "Công đoàn".
    assert_eq!(
        title("Chủ tịch Công đoàn Viên chức Việt Nam Hứa Văn Tâm phát biểu").as_deref(),
        Some("Chủ tịch Công đoàn Viên chức Việt Nam")
    );
    assert_eq!(
        title("Phó Chủ tịch Công đoàn Viên chức tỉnh, ông Lê Văn An").as_deref(),
        Some("Phó Chủ tịch Công đoàn Viên chức tỉnh")
    );
}

#[test]
fn a_decision_after_the_post_left_gives_the_new_post() {
    // The post left, a semicolon, then the moves and the post taken up.
    let t = Tokens::new(
        "A, Chánh Văn phòng Huyện ủy thôi giữ chức Chánh Văn phòng Huyện ủy; điều động, luân \
         chuyển, chỉ định tham gia Đảng ủy xã, Ban Thường vụ Đảng ủy, giữ chức Phó Bí thư Đảng \
         ủy xã Tân Hòa từ ngày 1/6/2024.",
    );
    let (_, got) = titles_after(&t, 1);
    assert!(
        got.iter().any(|s| s == "Phó Bí thư Đảng ủy xã Tân Hòa"),
        "{got:?}"
    );
    // The committees left first, the term of the post left, then the post.
    let t = Tokens::new(
        "B, Trưởng ban Dân vận Thị ủy thôi tham gia BCH Đảng bộ thị xã, BTV Thị ủy, thôi \
         giữ chức Trưởng ban Dân vận Thị ủy nhiệm kỳ 2020 - 2025; điều động, bổ nhiệm giữ chức \
         Phó Giám đốc Sở Nội vụ thời hạn 5 năm.",
    );
    let (_, got) = titles_after(&t, 1);
    assert!(got.iter().any(|s| s == "Phó Giám đốc Sở Nội vụ"), "{got:?}");
    // Another person named after the semicolon takes the next post.
    let t = Tokens::new(
        "C, Giám đốc Sở Tư pháp thôi giữ chức Giám đốc Sở Tư pháp; ông D, Phó Giám đốc Sở giữ \
         chức Chánh Thanh tra tỉnh.",
    );
    let (_, got) = titles_after(&t, 1);
    assert!(got.iter().all(|s| s == "Giám đốc Sở Tư pháp"), "{got:?}");
}

#[test]
fn an_office_right_after_tham_gia_is_the_seat_taken() {
    let t = Tokens::new(
        "A, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh tham gia Phó Chủ \
         tịch không chuyên trách Ủy ban Trung ương MTTQ Việt Nam.",
    );
    let (_, got) = titles_after(&t, 1);
    assert!(
        got.iter()
            .any(|s| s == "Phó Chủ tịch không chuyên trách Ủy ban Trung ương MTTQ Việt Nam"),
        "{got:?}"
    );
    // A committee joined is no office: the post after it is the one held.
    let t = Tokens::new(
        "B, Bí thư Huyện ủy tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy và giữ chức Phó Bí \
         thư Tỉnh ủy.",
    );
    let (_, got) = titles_after(&t, 1);
    assert!(got.iter().any(|s| s == "Phó Bí thư Tỉnh ủy"), "{got:?}");
    assert!(
        !got.iter().any(|s| s.starts_with("Ban Chấp hành")),
        "{got:?}"
    );
}

#[test]
fn a_sector_abbreviated_with_dashes_ends_the_department_before_the_verb() {
    // "KH-ĐT", "LĐ-TBXH": the sector written short with dashes, as with
    // "&" or run together, closes the department's name.
    let t = Tokens::new(
        "A, Chánh Văn phòng Sở KH-ĐT làm Giám đốc Trung tâm Xúc tiến đầu tư tỉnh Cà Mau.",
    );
    let (_, got) = titles_after(&t, 1);
    assert_eq!(
        got,
        [
            "Chánh Văn phòng Sở KH-ĐT",
            "Giám đốc Trung tâm Xúc tiến đầu tư tỉnh Cà Mau"
        ]
    );
    let t = Tokens::new("B, Phó Giám đốc Sở LĐ-TBXH làm Trưởng ban Dân tộc tỉnh Kon Tum.");
    let (_, got) = titles_after(&t, 1);
    assert_eq!(
        got,
        ["Phó Giám đốc Sở LĐ-TBXH", "Trưởng ban Dân tộc tỉnh Kon Tum"]
    );
}

#[test]
fn an_acting_post_entrusted_is_read_with_its_quyen() {
    let t = Tokens::new("A được giao quyền Chánh Văn phòng Tỉnh ủy Bạc Liêu kể từ ngày 1/8.");
    let (_, got) = titles_after(&t, 1);
    assert_eq!(got, ["quyền Chánh Văn phòng Tỉnh ủy Bạc Liêu"]);
    let t = Tokens::new("B, Phó Giám đốc Trung tâm Y tế huyện, giao quyền Giám đốc Trung tâm.");
    let (_, got) = titles_after(&t, 1);
    assert_eq!(
        got,
        [
            "Phó Giám đốc Trung tâm Y tế huyện",
            "quyền Giám đốc Trung tâm"
        ]
    );
    // "giao làm": the decision's second post, in the same clause.
    let t =
        Tokens::new("C giữ chức Phó Tổng Biên tập, giao làm Quyền Tổng Biên tập Báo Bình Phước.");
    let (_, got) = titles_after(&t, 1);
    assert_eq!(
        got,
        ["Phó Tổng Biên tập", "Quyền Tổng Biên tập Báo Bình Phước"]
    );
}

#[test]
fn a_post_entrusted_with_giao_is_the_holders() {
    let t = Tokens::new(
        "A, nguyên Phó Giám đốc Cảng vụ Hàng hải Quy Nhơn, được giao giữ chức vụ Phó Cục trưởng \
         Cục Hàng hải.",
    );
    let (_, got) = titles_after(&t, 1);
    assert_eq!(
        got,
        [
            "nguyên Phó Giám đốc Cảng vụ Hàng hải Quy Nhơn",
            "Phó Cục trưởng Cục Hàng hải"
        ]
    );
}

#[test]
fn an_editor_or_a_representative_office_keeps_the_paper_it_serves() {
    assert_eq!(
        title("Biên tập viên đài Tiếng nói Việt Nam; ông").as_deref(),
        Some("Biên tập viên đài Tiếng nói Việt Nam")
    );
    assert_eq!(
        title("Trưởng Văn phòng đại diện báo Lao Động tại Cần Thơ; bà").as_deref(),
        Some("Trưởng Văn phòng đại diện báo Lao Động tại Cần Thơ")
    );
    assert_eq!(
        title("Trưởng Cơ quan Đại diện báo Tiền Phong tại Đà Nẵng, ông").as_deref(),
        Some("Trưởng Cơ quan Đại diện báo Tiền Phong tại Đà Nẵng")
    );
    // Any other office stops before a paper written small.
    assert_eq!(
        title("Trưởng phòng Văn hóa huyện báo Thường trực huyện").as_deref(),
        Some("Trưởng phòng Văn hóa huyện")
    );
}

#[test]
fn a_lao_districts_and_a_chinese_townships_heads_hold_offices() {
    for (text, whole) in [
        (
            "Phó Huyện trưởng huyện Mường Khua (Lào) cho biết",
            "Phó Huyện trưởng huyện Mường Khua (Lào)",
        ),
        (
            "Huyện trưởng huyện Phôn Xay, ông",
            "Huyện trưởng huyện Phôn Xay",
        ),
        ("Trấn trưởng, ông", "Trấn trưởng"),
    ] {
        assert_eq!(title(text).as_deref(), Some(whole), "{text}");
    }
}

#[test]
fn the_association_of_vietnamese_abroad_is_one_organ() {
    assert_eq!(
        title("Phó Chủ tịch Hội người Việt Nam, ông Trần Văn Bảy").as_deref(),
        Some("Phó Chủ tịch Hội người Việt Nam")
    );
}

#[test]
fn a_title_keeps_the_zones_a_board_or_a_union_serves_after_cac() {
    assert_eq!(
        title("Phó Trưởng ban Quản lý các KCN tỉnh Hưng Yên cho biết").as_deref(),
        Some("Phó Trưởng ban Quản lý các KCN tỉnh Hưng Yên")
    );
    assert_eq!(
        title("Chủ tịch Công đoàn các KCN tỉnh phát biểu").as_deref(),
        Some("Chủ tịch Công đoàn các KCN tỉnh")
    );
    assert_eq!(
        title("Trưởng BQL các KCN Hải Dương và đại diện").as_deref(),
        Some("Trưởng BQL các KCN Hải Dương")
    );
    assert_eq!(
        title("Trưởng Ban Quản lý các Khu công nghiệp và Khu kinh tế Nghệ An, ông").as_deref(),
        Some("Trưởng Ban Quản lý các Khu công nghiệp và Khu kinh tế Nghệ An")
    );
    assert_eq!(
        title("Phó Chủ tịch Công đoàn các Khu chế xuất và Khu công nghiệp thành phố trao quà")
            .as_deref(),
        Some("Phó Chủ tịch Công đoàn các Khu chế xuất và Khu công nghiệp thành phố")
    );
    assert_eq!(
        title("Phó Chủ tịch Công đoàn các KKT và KCN tỉnh, bà").as_deref(),
        Some("Phó Chủ tịch Công đoàn các KKT và KCN tỉnh")
    );
}

#[test]
fn a_cooperative_written_htx_keeps_its_trade_and_its_own_name() {
    assert_eq!(
        title("Chủ nhiệm HTX dịch vụ nông nghiệp Quỳnh Lâm, cho biết").as_deref(),
        Some("Chủ nhiệm HTX dịch vụ nông nghiệp Quỳnh Lâm")
    );
    assert_eq!(
        title("Giám đốc HTX rau an toàn Đồng Tâm chia sẻ").as_deref(),
        Some("Giám đốc HTX rau an toàn Đồng Tâm")
    );
    assert_eq!(
        title("Giám đốc HTX Nông nghiệp Hòa Bình; ông").as_deref(),
        Some("Giám đốc HTX Nông nghiệp Hòa Bình")
    );
    // The name after "HTX" is the cooperative's unless a family name opens it.
    assert_eq!(
        title("Giám đốc HTX Trần Văn Bảy phát biểu").as_deref(),
        Some("Giám đốc HTX")
    );
}

#[test]
fn a_scholarship_fund_or_a_club_keeps_its_quoted_name() {
    let t = Tokens::new(
        "bà Hà Thị Lan, Chủ tịch Quỹ học bổng “Lê Văn Tám”, Chủ nhiệm Câu lạc bộ “Vì biển đảo - quê hương” đã trao quà",
    );
    assert_eq!(
        titles_after(&t, 4).1,
        [
            "Chủ tịch Quỹ học bổng “Lê Văn Tám”",
            "Chủ nhiệm Câu lạc bộ “Vì biển đảo - quê hương”"
        ]
    );
}

#[test]
fn a_delegation_written_small_before_its_capitalised_name_stays_in_the_title() {
    assert_eq!(
        title("Phó Trưởng đoàn chuyên trách đoàn ĐBQH tỉnh Bắc Giang tặng quà").as_deref(),
        Some("Phó Trưởng đoàn chuyên trách đoàn ĐBQH tỉnh Bắc Giang")
    );
}

#[test]
fn a_remit_in_small_letters_after_a_comma_stays_with_the_post() {
    assert_eq!(
        title("Ủy viên Ban Thường vụ Trung ương Hội Nông dân Việt Nam, phụ trách công tác phía Nam đến làm việc")
            .as_deref(),
        Some("Ủy viên Ban Thường vụ Trung ương Hội Nông dân Việt Nam, phụ trách công tác phía Nam")
    );
    assert_eq!(
        title("Phó Bí thư Thường trực Tỉnh ủy, phụ trách khối dân vận; ông Lê Văn A").as_deref(),
        Some("Phó Bí thư Thường trực Tỉnh ủy, phụ trách khối dân vận")
    );
}

#[test]
fn prevention_and_control_written_with_a_capital_stays_in_the_title() {
    assert_eq!(
        title("Phó Trưởng Ban thường trực Ban chỉ đạo Phòng, chống tội phạm, tệ nạn xã hội tỉnh dự và phát biểu").as_deref(),
        Some("Phó Trưởng Ban thường trực Ban chỉ đạo Phòng, chống tội phạm, tệ nạn xã hội tỉnh")
    );
    // "xã hội" is society, no commune; "Tổ quốc" the fatherland, no body.
    assert_eq!(
        title("Phó Trưởng ban Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc huyện Lục Yên phát biểu").as_deref(),
        Some("Phó Trưởng ban Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc huyện Lục Yên")
    );
    assert_eq!(
        title("nhân viên Đội Phòng, chống ma túy và tội phạm; Thượng úy Lò Văn Pấng").as_deref(),
        Some("Nhân viên Đội Phòng, chống ma túy và tội phạm")
    );
    assert_eq!(
        title("Đội trưởng Đội Phòng chống ma túy và tội phạm cho biết").as_deref(),
        Some("Đội trưởng Đội Phòng chống ma túy và tội phạm")
    );
}

#[test]
fn a_unit_named_in_two_halves_joined_by_a_dash_stays_whole_before_the_holder() {
    assert_eq!(
        title("Chủ tịch UBND xã Chân Mây - Lăng Cô Trần Văn Tùng cho biết").as_deref(),
        Some("Chủ tịch UBND xã Chân Mây - Lăng Cô")
    );
    assert_eq!(
        title("Bí thư Đảng ủy phường Lâm Viên - Đà Lạt Phan Thị Huế phát biểu").as_deref(),
        Some("Bí thư Đảng ủy phường Lâm Viên - Đà Lạt")
    );
    let t = Tokens::new("Chủ tịch UBND xã Chân Mây - Lăng Cô Trần Văn Tùng cho biết");
    assert!(name_follows(&t, 9), "the holder's name follows the unit");
    // A dash before an unknown name is no unit's: the holder comes after.
    assert_eq!(
        title("Chủ tịch UBND xã Tân Lập - Lò Văn Hùng cho biết").as_deref(),
        Some("Chủ tịch UBND xã Tân Lập")
    );
}

#[test]
fn a_party_secretarys_office_with_no_committee_before_a_dash_is_a_title_of_its_own() {
    assert_eq!(
        title("Phó Bí thư - Chủ tịch UBND xã Đinh Văn Khoa báo cáo").as_deref(),
        Some("Phó Bí thư")
    );
    // Two offices of one post stay one title.
    assert_eq!(
        title("Bộ trưởng - Chủ nhiệm Ủy ban Dân tộc Hầu A Lềnh dự").as_deref(),
        Some("Bộ trưởng - Chủ nhiệm Ủy ban Dân tộc")
    );
}
