//! Extraction quality: the bundled sample scored against a gold file
//! written by hand from reading it, and hand-written reports in the styles
//! of other outlets.

mod scorer;

use dvtui::model::{Date, Level, Role};
use dvtui::parse::parse_report;
use std::process::Command;

#[test]
fn the_sample_reports_score_full_marks() {
    let gold_path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/sample-gold.json"
    );
    let gold: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(gold_path).expect("the gold file is in the repository"),
    )
    .expect("the gold file is JSON");
    // No path: `dvtui export` prints the sample embedded in the binary.
    let out = Command::new(env!("CARGO_BIN_EXE_dvtui"))
        .arg("export")
        .output()
        .expect("dvtui runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let export: serde_json::Value = serde_json::from_slice(&out.stdout).expect("export is JSON");
    assert_eq!(
        export.as_array().map(Vec::len),
        gold.as_object().map(serde_json::Map::len),
        "the gold covers every bundled report"
    );
    let s = scorer::score(&gold, &export);
    let summary = s.summary();
    println!("{summary}");
    assert!(
        s.f1() >= 1.0 && s.titles() >= 1.0 && s.field_rate() >= 0.95,
        "below F1 1.0, titles 1.0, fields 0.95:\n{summary}"
    );
}

fn person<'r>(r: &'r dvtui::model::Report, name: &str) -> &'r dvtui::model::Mention {
    r.officials
        .iter()
        .find(|m| m.name == name)
        .unwrap_or_else(|| panic!("{name} not found in {:?}", r.officials))
}

#[test]
fn provincial_paper_with_top_byline_and_theo() {
    let text = "Bài và ảnh: Thu Hà\n\
Quảng Ninh: Sơ kết công tác dân vận 6 tháng đầu năm 2023\n\
Thứ Tư, 12/07/2023 - 16:20\n\
(Baoquangninh.vn) - Chiều 11/7, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2023. \
Ông Nguyễn Văn Hải, Phó Chủ tịch UBND tỉnh, dự và phát biểu.\n\
Tham dự có các đồng chí: Trần Thị Bích – Chủ tịch Hội LHPN tỉnh; Đinh Quang Minh - Giám đốc Sở Nội vụ.\n\
Theo báo cáo, toàn tỉnh có 1.250 mô hình “Dân vận khéo”, giải quyết 95,2% đơn thư.\n\
Theo baoquangninh.vn\n\
Tin liên quan\n\
Quảng Ninh khai mạc hội chợ OCOP\n";
    let r = parse_report("qn.txt", text);
    assert_eq!(
        r.title.as_deref(),
        Some("Quảng Ninh: Sơ kết công tác dân vận 6 tháng đầu năm 2023")
    );
    assert_eq!(r.published, Date::new(2023, 7, 12));
    assert_eq!(r.event_date, Date::new(2023, 7, 11));
    assert_eq!(r.author.as_deref(), Some("Thu Hà"));
    assert_eq!(r.source.as_deref(), Some("Baoquangninh.vn"));
    assert_eq!(r.level, Some(Level::Provincial));
    assert_eq!(r.kind.as_deref(), Some("sơ kết"));
    assert_eq!(
        person(&r, "Nguyễn Văn Hải").titles,
        ["Phó Chủ tịch UBND tỉnh"]
    );
    assert_eq!(
        person(&r, "Trần Thị Bích").titles,
        ["Chủ tịch Hội LHPN tỉnh"]
    );
    assert_eq!(person(&r, "Đinh Quang Minh").roles, [Role::Attendee]);
    assert_eq!(r.officials.len(), 3);
    assert!(r.movements.iter().any(|m| m == "Dân vận khéo"));
    assert!(r.figures.iter().any(|f| f == "95,2%"));
    assert!(!r.body.text().contains("OCOP") && !r.body.text().contains("Tin liên quan"));
}

#[test]
fn party_portal_with_agency_prefix_and_district_meeting() {
    let text = "(ĐCSVN) – Sáng 4/11, Thường trực Huyện ủy Bắc Sơn tổ chức hội nghị giao ban công tác dân vận quý III. \
Đồng chí Hà Văn Tuấn, Bí thư Huyện ủy chủ trì hội nghị.\n\
Phát biểu chỉ đạo, đồng chí Bí thư Huyện ủy yêu cầu các cấp thực hiện tốt Chỉ thị số 05-CT/TW và Kết luận số 01-KL/TW.\n\
Dự hội nghị có đồng chí Thường trực UBMTTQ Việt Nam huyện và lãnh đạo các xã.\n\
TTXVN\n";
    let r = parse_report("bs.txt", text);
    assert_eq!(r.source.as_deref(), Some("ĐCSVN"));
    assert_eq!(r.author.as_deref(), Some("TTXVN"));
    assert_eq!(r.level, Some(Level::District));
    assert_eq!(r.kind.as_deref(), Some("giao ban"));
    assert_eq!(
        r.officials.len(),
        1,
        "a title alone is not a person: {:?}",
        r.officials
    );
    assert_eq!(
        person(&r, "Hà Văn Tuấn").roles,
        [Role::Chair, Role::Speaker]
    );
    assert_eq!(r.documents, ["Chỉ thị số 05-CT/TW", "Kết luận số 01-KL/TW"]);
    assert_eq!(
        r.title.as_deref(),
        Some("Thường trực Huyện ủy Bắc Sơn tổ chức hội nghị giao ban công tác dân vận quý III")
    );
}

#[test]
fn commune_report_with_nguon_and_decomposed_text() {
    let nfc = "Hội nghị đối thoại với Nhân dân xã Tân Lập\n\
Ngày 5/3/2022, Đảng ủy xã Tân Lập tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy với Nhân dân. \
Đồng chí Lò Văn Pấng – Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì; đồng chí Lò thị Hoa, Chủ tịch UBND xã đồng chủ trì.\n\
Nguồn: Đảng bộ huyện Mộc Châu\n";
    let nfd: String = unicode_normalization::UnicodeNormalization::nfd(nfc).collect();
    for text in [nfc.to_string(), nfd] {
        let r = parse_report("tl.txt", &text);
        assert_eq!(r.level, Some(Level::Commune));
        assert_eq!(r.event_date, Date::new(2022, 3, 5));
        assert_eq!(r.published, None);
        assert_eq!(r.author.as_deref(), Some("Đảng bộ huyện Mộc Châu"));
        assert_eq!(
            person(&r, "Lò Văn Pấng").titles,
            ["Bí thư Đảng ủy", "Chủ tịch HĐND xã"]
        );
        assert_eq!(person(&r, "Lò Thị Hoa").roles, [Role::CoChair]);
    }
}

#[test]
fn national_paper_with_breadcrumbs_ranks_and_a_deputy_prime_minister() {
    let r = parse_report(
        "nd.txt",
        r"Trang chủ > Chính trị > Tin tức
Thứ Sáu, 15-03-2024, 17:45
Phát huy sức mạnh khối đại đoàn kết toàn dân tộc trong tình hình mới
NDO - Chiều 15/3, tại Hà Nội, Ban Dân vận Trung ương tổ chức Hội nghị tổng kết 10 năm thực hiện Chỉ thị số 49-CT/TW của Ban Bí thư. Đồng chí Mai Văn Chính, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Dân vận Trung ương chủ trì hội nghị.
Cùng dự có các đồng chí: Phạm Tất Thắng, Ủy viên Trung ương Đảng, Phó Trưởng Ban Thường trực Ban Dân vận Trung ương; Thượng tướng Lương Tam Quang, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an.
Phát biểu tại hội nghị, Phó Thủ tướng Trần Lưu Quang đề nghị các bộ, ngành tiếp tục đổi mới phương thức vận động quần chúng, phát huy vai trò của Mặt trận Tổ quốc Việt Nam.
Theo báo cáo, 10 năm qua cả nước có hơn 35.000 mô hình “Dân vận khéo” được công nhận, tỷ lệ hài lòng đạt 87,5%.
Đồng chí Mai Văn Chính phát biểu kết luận hội nghị.
THU HÀ
Bình luận (0)
Tags: Ban Dân vận Trung ương, Dân vận khéo
Xem thêm
Hà Nội triển khai kế hoạch năm 2024
",
    );
    assert_eq!(r.published, Date::new(2024, 3, 15));
    assert_eq!(r.source.as_deref(), Some("NDO"));
    assert_eq!(r.level, Some(Level::Central));
    let chinh = person(&r, "Mai Văn Chính");
    assert_eq!(chinh.titles.len(), 3);
    assert_eq!(chinh.roles, [Role::Chair, Role::Speaker]);
    assert_eq!(
        person(&r, "Lương Tam Quang").titles[2],
        "Thứ trưởng Bộ Công an"
    );
    assert_eq!(person(&r, "Trần Lưu Quang").roles, [Role::Speaker]);
    assert_eq!(r.officials.len(), 4);
    assert!(
        !r.body.text().contains("Bình luận")
            && !r.body.text().contains("Tags")
            && !r.body.text().contains("kế hoạch năm 2024")
    );
}

#[test]
fn provincial_portal_with_abbreviated_titles_and_ethnic_names() {
    let r = parse_report(
        "dn.txt",
        r"Cổng thông tin điện tử tỉnh Đồng Nai
Hội nghị giao ban công tác dân vận quý I năm 2023
Cập nhật: 17h45 ngày 12/04/2023
(ĐNĐT) - Sáng 11-4, Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban công tác dân vận quý I, triển khai nhiệm vụ quý II năm 2023. Đồng chí Hồ Thanh Sơn, UVBTV Tỉnh ủy, Trưởng ban Dân vận Tỉnh ủy chủ trì hội nghị.
Về phía các huyện có đồng chí Trần Văn Hai, Phó Bí thư Thường trực Huyện ủy Định Quán và đồng chí Y Ngọc Hà Niê Kđăm, Trưởng ban Dân vận Thị ủy.
Tại hội nghị, bà Nguyễn Thị Hoàng – Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cho biết trong quý I đã hỗ trợ xây dựng 120 căn nhà Đại đoàn kết.
Ông Võ Văn Phi, Phó Chủ tịch UBND tỉnh ghi nhận kết quả đạt được.
Bài và ảnh: Hoàng Lộc
Tin cùng chuyên mục
Đồng Nai: Hội thi dân vận khéo
",
    );
    assert_eq!(r.published, Date::new(2023, 4, 12));
    assert_eq!(r.event_date, Date::new(2023, 4, 11));
    assert_eq!(
        r.title.as_deref(),
        Some("Hội nghị giao ban công tác dân vận quý I năm 2023")
    );
    assert_eq!(r.author.as_deref(), Some("Hoàng Lộc"));
    assert_eq!(
        person(&r, "Hồ Thanh Sơn").titles,
        ["UVBTV Tỉnh ủy", "Trưởng ban Dân vận Tỉnh ủy"]
    );
    assert_eq!(person(&r, "Y Ngọc Hà Niê Kđăm").roles, [Role::Attendee]);
    assert_eq!(
        person(&r, "Nguyễn Thị Hoàng").titles,
        ["Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"]
    );
    assert_eq!(r.officials.len(), 5);
}

#[test]
fn city_dialogue_with_shared_title_co_chairs_and_relative_date() {
    let r = parse_report(
        "hue.txt",
        r"Ngày 16 tháng 3 năm 2024
Thừa Thiên Huế: Đối thoại giữa người đứng đầu cấp ủy với Nhân dân
TTH.VN - Hôm qua, Thường trực Thành ủy Huế tổ chức hội nghị đối thoại với Nhân dân năm 2024. Bí thư Thành ủy Huế Phan Thiên Định chủ trì; các đồng chí Phó Bí thư Thành ủy: Nguyễn Văn Phương, Chủ tịch UBND thành phố; Hoàng Hải Minh, Chủ tịch HĐND thành phố đồng chủ trì.
Các ý kiến của người dân tập trung vào công tác giải phóng mặt bằng, chỉnh trang đô thị.
Kết luận đối thoại, đồng chí Bí thư Thành ủy yêu cầu các cơ quan chức năng giải quyết dứt điểm 7/9 kiến nghị trong tháng 4.
Minh Anh (TTXVN)
",
    );
    assert_eq!(r.published, Date::new(2024, 3, 16));
    assert_eq!(
        r.event_date,
        Date::new(2024, 3, 15),
        "hôm qua is the day before publication"
    );
    assert_eq!(
        (r.author.as_deref(), r.source.as_deref()),
        (Some("Minh Anh"), Some("TTH.VN"))
    );
    assert_eq!(r.level, Some(Level::Provincial));
    assert_eq!(
        person(&r, "Phan Thiên Định").roles,
        [Role::Chair, Role::Speaker]
    );
    let phuong = person(&r, "Nguyễn Văn Phương");
    assert_eq!(
        phuong.titles,
        ["Phó Bí thư Thành ủy", "Chủ tịch UBND thành phố"]
    );
    assert_eq!(phuong.roles, [Role::CoChair]);
}

#[test]
fn party_site_byline_with_the_writers_office_and_portal_sidebars() {
    let r = parse_report(
        "dv.txt",
        r"Thứ hai, 19/02/2024 10:15 (GMT+7)
Bình Phước: Sơ kết công tác dân vận năm 2023
(Dân vận) - Ngày 16/2, Ban Dân vận Tỉnh ủy Bình Phước tổ chức hội nghị tổng kết công tác dân vận năm 2023. Dự hội nghị có đồng chí Huỳnh Thị Hằng, Phó Bí thư Thường trực Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh.
Quang cảnh hội nghị
Năm 2023, hệ thống dân vận các cấp đã tham mưu ban hành Kế hoạch số 120-KH/TU, ngày 5/4/2023 về thực hiện Kết luận số 01-KL/TW của Bộ Chính trị.
Vân Thùy - Ban Dân vận Tỉnh ủy Bình Phước
Chia sẻ
Thăm dò ý kiến
Bạn quan tâm nội dung nào?
Liên kết website
",
    );
    assert_eq!(r.author.as_deref(), Some("Vân Thùy"));
    assert_eq!(r.source.as_deref(), Some("Dân vận"));
    assert_eq!(r.event_date, Date::new(2024, 2, 16));
    assert_eq!(
        r.documents,
        [
            "Kế hoạch số 120-KH/TU, ngày 5/4/2023",
            "Kết luận số 01-KL/TW"
        ]
    );
    assert!(!r.body.text().contains("Bạn quan tâm") && !r.body.text().contains("Liên kết"));
    assert_eq!(r.officials.len(), 1);
}

#[test]
fn news_agency_dateline_and_an_institution_that_looks_like_a_name() {
    let r = parse_report(
        "tx.txt",
        r"Đối thoại với nông dân về chuyển đổi số
Hà Nội, 5/3 (TTXVN) - Ban Bí thư Trung ương Đảng vừa tổ chức buổi đối thoại với nông dân. Chủ trì có đồng chí Lương Cường, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư.
Theo ông Lương Quốc Đoàn, Chủ tịch Hội Nông dân Việt Nam, năm 2023 có hơn 4 triệu hộ đạt danh hiệu sản xuất, kinh doanh giỏi.
Thanh Tâm (TTXVN)
",
    );
    assert_eq!(r.source.as_deref(), Some("TTXVN"));
    assert_eq!(r.author.as_deref(), Some("Thanh Tâm"));
    assert_eq!(
        r.event_date,
        Date::new(2023, 3, 5),
        "from the dateline and the year named"
    );
    assert_eq!(r.level, Some(Level::Central));
    assert_eq!(person(&r, "Lương Cường").roles, [Role::Chair]);
    assert_eq!(
        person(&r, "Lương Quốc Đoàn").titles,
        ["Chủ tịch Hội Nông dân Việt Nam"]
    );
    assert_eq!(r.officials.len(), 2);
}

#[test]
fn a_person_named_only_in_the_headline() {
    let text = "Phó Chủ tịch nước Võ Thị Ánh Xuân làm việc tại Hà Giang\nChiều 5/3, đồng chí Phó Chủ tịch nước làm việc với Tỉnh ủy Hà Giang và phát biểu chỉ đạo.\nBài, ảnh: PV";
    let r = parse_report("hg.txt", text);
    let xuan = person(&r, "Võ Thị Ánh Xuân");
    assert_eq!(xuan.titles, ["Phó Chủ tịch nước"]);
    assert_eq!(
        xuan.roles,
        [Role::Speaker],
        "the bare title in the lead reaches her"
    );
    assert_eq!(r.author.as_deref(), Some("PV"));
}

#[test]
fn a_bulleted_list_of_attendees() {
    let text = "Gặp mặt người có uy tín năm 2024\nSáng 24/1, Huyện ủy tổ chức gặp mặt người có uy tín trong đồng bào dân tộc.\nTham dự buổi gặp mặt có:\n- Đồng chí Giàng Seo Vần - Tỉnh ủy viên, Bí thư Huyện ủy;\n- Ông Lù Văn Páo, nguyên Bí thư Đảng ủy xã Bản Lầu;\nĐồng chí Lò Văn Tư phát biểu tại buổi gặp mặt.";
    let r = parse_report("mk.txt", text);
    assert_eq!(
        person(&r, "Giàng Seo Vần").titles,
        ["Tỉnh ủy viên", "Bí thư Huyện ủy"]
    );
    assert_eq!(person(&r, "Giàng Seo Vần").roles, [Role::Attendee]);
    assert_eq!(
        person(&r, "Lù Văn Páo").titles,
        ["nguyên Bí thư Đảng ủy xã Bản Lầu"]
    );
    assert_eq!(person(&r, "Lù Văn Páo").roles, [Role::Attendee]);
    // Named with no post, he only speaks: one of the report's people, and
    // no guest of the list, which ended.
    let speaker = r.people.iter().find(|m| m.name == "Lò Văn Tư");
    assert_eq!(
        speaker.expect("Lò Văn Tư among the people").roles,
        [Role::Speaker],
        "the list ended"
    );
}

#[test]
fn a_caption_in_capitals_names_no_one() {
    let text = "Hội nghị giao ban công tác dân vận\nSáng 2/3, Huyện ủy tổ chức hội nghị giao ban công tác dân vận.\nĐỒNG CHÍ NGUYỄN VĂN AN PHÁT BIỂU TẠI HỘI NGHỊ\nCác đại biểu thảo luận sôi nổi về nhiệm vụ năm 2024.";
    assert!(parse_report("caps.txt", text).officials.is_empty());
}

#[test]
fn garbage_never_panics() {
    let long = "a".repeat(200_000);
    let names = "đồng chí Nguyễn Văn Tư, Bí thư; đồng chí Lê Thị Ba – Chủ tịch; ".repeat(2500);
    for s in [
        "",
        "\n\n\n",
        "((((",
        "“",
        "Sáng 99/99, ",
        &long,
        &names,
        "\u{0301}\u{0301}Đ/c :",
    ] {
        let r = parse_report("x", s);
        assert_eq!(r.file, "x");
    }
}

#[test]
fn a_person_named_only_in_a_photo_caption_under_the_article() {
    let text = "Tổng kết công tác dân vận năm 2024\nSáng 20/12, Ban Dân vận Huyện ủy tổ chức hội nghị tổng kết công tác dân vận năm 2024.\nHội nghị đã khen thưởng nhiều tập thể và cá nhân tiêu biểu.\nQuốc Huy\nĐồng chí Lương Văn Khiêm, Phó Bí thư Huyện ủy trao giấy khen cho các tập thể (Ảnh: QH)\nTin liên quan\n";
    let r = parse_report("yl.txt", text);
    assert_eq!(
        person(&r, "Lương Văn Khiêm").titles,
        ["Phó Bí thư Huyện ủy"]
    );
    assert!(
        !r.body.text().contains("Lương Văn Khiêm"),
        "a caption is no article text"
    );
    assert_eq!(r.author.as_deref(), Some("Quốc Huy"));
}

#[test]
fn a_lead_of_one_sentence_read_as_the_headline_still_dates_the_event() {
    let text = "Nhân dịp Đại lễ Phật đản Phật lịch 2567 (dương lịch 2023), ngày 24-5, đoàn lãnh đạo tỉnh do Phó Chủ tịch UBND tỉnh dẫn đầu đã đến thăm, chúc mừng Ban Trị sự Giáo hội Phật giáo tỉnh.\nTại buổi thăm, đoàn gửi lời chúc mừng đến chức sắc, tăng ni, phật tử.\n";
    let r = parse_report("pd.txt", text);
    assert_eq!(
        r.event_date.map(|d| d.to_string()).as_deref(),
        Some("2023-05-24")
    );
}

#[test]
fn a_missing_year_comes_from_the_article_not_from_other_headlines() {
    let text = "Hội Nông dân xã sơ kết phong trào thi đua\nSáng 14/7, Hội Nông dân xã tổ chức hội nghị sơ kết phong trào thi đua 6 tháng đầu năm 2023.\nHội nghị đề ra nhiệm vụ cho các chi hội.\nMinh Châu\nTin liên quan\nXã tổng kết công tác năm 2021\nHội Phụ nữ xã đại hội nhiệm kỳ 2021-2026\nĐoàn xã ra quân hè năm 2021\n";
    let r = parse_report("nd.txt", text);
    assert_eq!(
        r.event_date.map(|d| d.to_string()).as_deref(),
        Some("2023-07-14")
    );
}

#[test]
fn two_offices_of_one_presidium_are_two_posts_of_its_body() {
    let text = "Hội nghị Đoàn Chủ tịch Hội Luật gia\n\
Sáng 3/4, Hội Luật gia tỉnh tổ chức hội nghị. Dự có đồng chí Phan Văn Toàn, Phó Chủ tịch, Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam; \
bà Hà Thị Liên, Phó Chủ tịch - Tổng Thư ký Hội Luật gia tỉnh; ông Lò Văn Sơn, Phó Bí thư, Chủ tịch UBND xã Mường Phăng.";
    let r = parse_report("hlg.txt", text);
    assert_eq!(
        person(&r, "Phan Văn Toàn").titles,
        [
            "Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam",
            "Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam"
        ]
    );
    assert_eq!(
        person(&r, "Hà Thị Liên").titles,
        [
            "Phó Chủ tịch Hội Luật gia tỉnh",
            "Tổng Thư ký Hội Luật gia tỉnh"
        ]
    );
    // A deputy secretary is no office of the people's committee.
    assert_eq!(
        person(&r, "Lò Văn Sơn").titles,
        ["Phó Bí thư", "Chủ tịch UBND xã Mường Phăng"]
    );
}

#[test]
fn a_post_given_after_the_bodies_joined_is_the_person_s() {
    let text = "Công bố quyết định về công tác cán bộ\n\
Sáng 12/9, Tỉnh ủy tổ chức hội nghị công bố quyết định của Bộ Chính trị. Theo đó, điều động ông Lê Quang Hà - Ủy viên Ban Thường vụ Tỉnh ủy Hà Giang, \
tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy và giữ chức Phó Bí thư Tỉnh ủy Tuyên Quang nhiệm kỳ 2020 - 2025.\n\
Hội nghị cử bà Đinh Thị Mơ - Chủ tịch Hội Nông dân xã tham gia vào Ủy viên Ủy ban MTTQ Việt Nam xã, tham gia Ban Thường trực và giữ chức danh Phó Chủ tịch Ủy ban MTTQ Việt Nam xã.\n\
Ông Vũ Văn Khoa, Phó Chủ tịch UBND xã, tham gia đoàn công tác; bà Mai Thị Nụ được bầu làm Chủ tịch Hội Phụ nữ xã.";
    let r = parse_report("cb.txt", text);
    assert_eq!(
        person(&r, "Lê Quang Hà").titles,
        [
            "Ủy viên Ban Thường vụ Tỉnh ủy Hà Giang",
            "Phó Bí thư Tỉnh ủy Tuyên Quang nhiệm kỳ 2020 - 2025"
        ]
    );
    assert_eq!(
        person(&r, "Đinh Thị Mơ").titles,
        [
            "Chủ tịch Hội Nông dân xã",
            "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"
        ]
    );
    // Another person before the post: the post is hers, not his.
    assert_eq!(person(&r, "Vũ Văn Khoa").titles, ["Phó Chủ tịch UBND xã"]);
}

#[test]
fn an_eth_typed_for_the_letter_d_with_stroke_reads_as_that_letter() {
    let text = "Ðối thoại với nông dân năm 2024\n\
Sáng 5/6, Tỉnh ủy tổ chức đối thoại. Ông Trần Văn Ðông - Bí thư Tỉnh ủy, Chủ tịch HÐND tỉnh chủ trì.";
    let r = parse_report("eth.txt", text);
    assert_eq!(r.title.as_deref(), Some("Đối thoại với nông dân năm 2024"));
    assert_eq!(
        person(&r, "Trần Văn Đông").titles,
        ["Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"]
    );
}

#[test]
fn a_grapheme_joiner_slipped_inside_words_is_dropped() {
    // The joiner before a tone mark, and between two letters of a name.
    let text = "Huyện ủy tô\u{034F}\u{0309}ng kết công tác năm 2024\n\
Sáng 5/6, Huyện ủy tổ chức hội nghị. Ông Lê Văn Đư\u{034F}ơng - Phó Bí thư Huyện ủy chủ trì.";
    let r = parse_report("cgj.txt", text);
    assert_eq!(
        r.title.as_deref(),
        Some("Huyện ủy tổng kết công tác năm 2024")
    );
    assert_eq!(person(&r, "Lê Văn Đương").titles, ["Phó Bí thư Huyện ủy"]);
}

#[test]
fn a_title_or_a_name_broken_over_two_lines_is_read_whole() {
    let text = "Huyện ủy sơ kết công tác dân vận\n\
Sáng 3/4, Huyện ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm.\n\
Dự hội nghị có đồng chí Mai Văn Hải, Phó Bí thư Thường trực Huyện ủy -\n\
Chủ tịch HĐND huyện; đồng chí Lê Văn Nam, Chủ tịch UBND huyện.\n\
Hội nghị đã thảo luận nhiều nội dung.\n\
Đồng chí Đinh\n\
Thị Hoa, Phó Chủ tịch UBND huyện phát biểu tại hội nghị\n\
Các đại biểu thảo luận sôi nổi.";
    let r = parse_report("lines.txt", text);
    let hai = person(&r, "Mai Văn Hải");
    assert!(
        hai.titles.iter().any(|t| t.contains("Chủ tịch HĐND huyện")),
        "{:?}",
        hai.titles
    );
    assert_eq!(
        person(&r, "Đinh Thị Hoa").titles,
        ["Phó Chủ tịch UBND huyện"]
    );
    assert_eq!(r.officials.len(), 3, "{:?}", r.officials);
}

#[test]
fn a_person_named_only_in_a_box_of_other_articles_is_no_official() {
    let text = "Miễn nhiệm Phó Chủ tịch UBND tỉnh\n\
Ngày 28/12, HĐND tỉnh đã thông qua nghị quyết miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với ông Lê Văn Tám. \
Bà Hoàng Thị Liên, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh chủ trì kỳ họp.\n\
Tin tiêu điểm\n\
Đừng bỏ lỡ\n\
Tổng thống Mỹ Barack Obama.\n\
Trật tự mới của thế giới\n\
Học thuyết mới được khôi phục, từ châu Âu đến châu Á, đặt ra nhiều thách thức.";
    let r = parse_report("box.txt", text);
    let names: Vec<&str> = r.officials.iter().map(|m| m.name.as_str()).collect();
    // The man relieved of the post held it until that day.
    assert_eq!(names, ["Lê Văn Tám", "Hoàng Thị Liên"]);
    assert_eq!(person(&r, "Lê Văn Tám").titles, ["Phó Chủ tịch UBND tỉnh"]);
}

#[test]
fn a_one_word_office_ending_a_name_a_court_division_head_and_ha_nhi_family_names() {
    let text = "Xét xử vụ án tại xã Tân Hòa\n\
Sáng 5/3, TAND tỉnh mở phiên tòa. Cùng vụ án, Đỗ Minh Khoa, cựu Chánh tòa Kinh tế TAND tỉnh, nhận 3 năm tù; \
ông Hà Văn Trưởng, Phó Chủ tịch UBND xã Tân Hòa, dự phiên tòa. Dự buổi lễ có chị Sừng Mì Ka, Bí thư Đoàn xã Pa Vệ Sủ.";
    let r = parse_report("tt.txt", text);
    // Sentenced in a trial's report, he is named by the post he held.
    assert_eq!(
        person(&r, "Đỗ Minh Khoa").titles,
        ["cựu Chánh tòa Kinh tế TAND tỉnh"]
    );
    // "Trưởng" before a comma is his given name, not a post.
    assert_eq!(
        person(&r, "Hà Văn Trưởng").titles,
        ["Phó Chủ tịch UBND xã Tân Hòa"]
    );
    assert!(r.officials.iter().all(|m| m.name != "Hà Văn"));
    assert_eq!(person(&r, "Sừng Mì Ka").titles, ["Bí thư Đoàn xã Pa Vệ Sủ"]);
}

#[test]
fn a_minister_s_rank_and_the_head_of_a_body_of_that_rank_are_one_post() {
    let text = "Lãnh đạo Ủy ban Dân tộc thăm đồng bào vùng cao\n\
Sáng 14/1, đoàn công tác do Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc Hầu Văn Lình làm trưởng đoàn \
đã thăm xã Tả Van. Cùng đi có ông Y Bun Niê, Thứ trưởng, Phó Chủ nhiệm Ủy ban Dân tộc; \
Phó Thủ tướng, Bộ trưởng Ngoại giao Phan Minh Quý. Chương trình văn nghệ do nhạc trưởng Đỗ Quang Huy chỉ huy.";
    let r = parse_report("ubdt.txt", text);
    assert_eq!(
        person(&r, "Hầu Văn Lình").titles,
        ["Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc"]
    );
    assert_eq!(
        person(&r, "Y Bun Niê").titles,
        ["Thứ trưởng, Phó Chủ nhiệm Ủy ban Dân tộc"]
    );
    // A deputy prime minister is no office of the body named after the minister.
    assert_eq!(
        person(&r, "Phan Minh Quý").titles,
        ["Phó Thủ tướng", "Bộ trưởng Ngoại giao"]
    );
    // A conductor holds no post: the trade alone, as written, named with
    // the report's people.
    let conductor = r.people.iter().find(|m| m.name == "Đỗ Quang Huy");
    let titles: Option<Vec<&str>> =
        conductor.map(|m| m.titles.iter().map(|t| t.as_str()).collect());
    assert_eq!(titles, Some(vec!["Nhạc trưởng"]), "{:?}", r.people);
}
