use super::*;

#[test]
fn header_body_and_tail_are_told_apart() {
    let text = "Truy cập nội dung luôn\nCỔNG THÔNG TIN HUYỆN TIÊN YÊN\nHội nghị giao ban công tác dân vận quý II\n12/07/2022    95\n\
Sáng 10/7, Huyện ủy tổ chức hội nghị giao ban công tác dân vận quý II năm 2022.\n\
Hội nghị ảnh 1\nQuang cảnh hội nghị\nCác đại biểu đã thảo luận, đề xuất nhiều giải pháp thiết thực cho thời gian tới.\n\
Thu Hà\nTin liên quan\n09:10 01/07/2022\nHuyện tổ chức hội thi tuyên truyền viên giỏi\nSố lượt truy cập: 1024\n";
    let page = read_page(text);
    assert_eq!(
        page.portal.as_deref(),
        Some("CỔNG THÔNG TIN HUYỆN TIÊN YÊN")
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Hội nghị giao ban công tác dân vận quý II")
    );
    assert_eq!(page.header_dates, ["12/07/2022 95"]);
    assert_eq!(page.byline.as_deref(), Some("Thu Hà"));
    assert_eq!(page.paragraphs.len(), 2, "{:?}", page.paragraphs);
    assert_eq!(page.captions, ["Quang cảnh hội nghị"]);
    let body = page.paragraphs.join("\n");
    assert!(!body.contains("ảnh 1") && !body.contains("hội thi") && !body.contains("truy cập"));
}

#[test]
fn a_headline_in_capitals_is_not_a_portal() {
    let page = read_page("UBND HUYỆN TIÊN YÊN\nHỘI NGHỊ TỔNG KẾT CÔNG TÁC DÂN VẬN NĂM 2023 | Cổng TTĐT\nNgày 3/1, Huyện ủy tổ chức hội nghị tổng kết.");
    assert_eq!(page.portal.as_deref(), Some("UBND HUYỆN TIÊN YÊN"));
    assert_eq!(
        page.title.as_deref(),
        Some("HỘI NGHỊ TỔNG KẾT CÔNG TÁC DÂN VẬN NĂM 2023")
    );
}

#[test]
fn a_body_name_over_its_portal_address_is_no_headline() {
    let page = read_page("CỔNG THÔNG TIN ĐIỆN TỬ\nHội đồng nhân dân tỉnh Bình An\nhdnd.binhan.gov.vn\nHỘI NGHỊ TIẾP XÚC CỬ TRI XÃ AN HÒA\nSáng 4/3, Thường trực HĐND tỉnh tổ chức tiếp xúc cử tri tại xã An Hòa.");
    assert_eq!(
        page.title.as_deref(),
        Some("HỘI NGHỊ TIẾP XÚC CỬ TRI XÃ AN HÒA")
    );
    // A headline that names what was done keeps its place.
    let page = read_page("Hội đồng nhân dân tỉnh tổ chức kỳ họp thứ 12\nhdnd.binhan.gov.vn\nSáng 4/3, HĐND tỉnh khai mạc kỳ họp thứ 12.");
    assert_eq!(
        page.title.as_deref(),
        Some("Hội đồng nhân dân tỉnh tổ chức kỳ họp thứ 12")
    );
}

#[test]
fn a_site_name_after_the_headline_is_cut() {
    for raw in [
        "Hội nghị giao ban công tác dân vận quý II - Báo Nghệ An",
        "Hội nghị giao ban công tác dân vận quý II - baonghean.vn",
    ] {
        let page = read_page(&format!(
            "{raw}\nSáng 3/7, Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban."
        ));
        assert_eq!(
            page.title.as_deref(),
            Some("Hội nghị giao ban công tác dân vận quý II")
        );
    }
    let page = read_page(
        "Sơ kết 6 tháng - nhiều kết quả nổi bật\nNgày 5/7, hội nghị sơ kết công tác dân vận.",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Sơ kết 6 tháng - nhiều kết quả nổi bật")
    );
}

#[test]
fn a_headline_in_capitals_that_goes_on_from_the_portals_name_is_the_headline() {
    let page = read_page("PHƯỜNG TÂN LẬP\nA- A A+\nPHƯỜNG TÂN LẬP GẶP GỠ CÁC CỰU CHIẾN BINH NHÂN NGÀY 22/12\nNhân kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam, Đảng ủy phường Tân Lập đã tổ chức gặp gỡ 40 cựu chiến binh.");
    assert_eq!(page.portal.as_deref(), Some("PHƯỜNG TÂN LẬP"));
    assert_eq!(
        page.title.as_deref(),
        Some("PHƯỜNG TÂN LẬP GẶP GỠ CÁC CỰU CHIẾN BINH NHÂN NGÀY 22/12")
    );
}

#[test]
fn a_column_named_in_capitals_under_the_stamp_signs_nothing() {
    let page = read_page("Điểm tin tuần về phòng, chống tham nhũng\nThứ Hai, 09/03/2020, 14:20 [GMT+7]\nCÔNG TÁC NỘI CHÍNH\nBáo Nhân Dân (05/3) đưa tin, Ủy ban Kiểm tra Trung ương đã họp kỳ thứ 44.");
    assert_eq!(page.header_name, None);
}

#[test]
fn a_writers_name_under_the_headline() {
    let page = read_page("Sơ kết công tác dân vận 6 tháng đầu năm\nTHU HÀ\nSáng 3/7, Ban Dân vận Huyện ủy tổ chức hội nghị sơ kết.");
    assert_eq!(page.header_name.as_deref(), Some("THU HÀ"));
    assert_eq!(page.paragraphs.len(), 1);
    // A scholar signs with the degree before the name.
    let page = read_page(
        "Sắp xếp đơn vị hành chính cấp xã trên địa bàn tỉnh
ThS. Trần Thu Hà
Sau khi sắp xếp, toàn tỉnh còn 78 xã, phường, giảm 47 đơn vị so với trước.",
    );
    assert_eq!(page.header_name.as_deref(), Some("ThS. Trần Thu Hà"));
    assert_eq!(page.paragraphs.len(), 1);
    // Initials of the family and middle names, then the given name.
    for name in ["V.Mạnh", "N.T.Hà", "Q. Hùng", "T.Minh Châu"] {
        let page = read_page(&format!(
            "Hướng dẫn tổ chức Ngày hội Đại đoàn kết năm 2019\n{name}\nBan Thường trực Ủy ban MTTQ tỉnh hướng dẫn các địa phương tổ chức Ngày hội."
        ));
        assert_eq!(page.header_name.as_deref(), Some(name), "{name}");
        assert_eq!(page.paragraphs.len(), 1, "{name}");
    }
    // A lead-in with a dot is no name.
    for line in ["TP.HCM", "Ảnh: Minh họa.", "Tp.Hồ Chí Minh"] {
        let page = read_page(&format!(
            "Hướng dẫn tổ chức Ngày hội Đại đoàn kết năm 2019\n{line}\nBan Thường trực Ủy ban MTTQ tỉnh hướng dẫn các địa phương tổ chức Ngày hội."
        ));
        assert_eq!(page.header_name, None, "{line}");
    }
}

#[test]
fn a_sentence_broken_over_lines_is_joined() {
    let page = read_page("Tiêu đề của bài viết về dân vận\nCác đoàn thể tham gia phong trào hành\nđộng cách mạng rộng lớn của Nhân dân.\nTÂM AN");
    assert_eq!(
        page.paragraphs,
        ["Các đoàn thể tham gia phong trào hành động cách mạng rộng lớn của Nhân dân."]
    );
    assert_eq!(page.byline.as_deref(), Some("TÂM AN"));
}

#[test]
fn a_form_of_address_closing_a_line_joins_the_name_opening_the_next() {
    let page = read_page(
        "Xã tổ chức đối thoại với nhân dân thôn Đông\nDự hội nghị có đồng chí Lê Văn Tâm, Bí thư Đảng ủy xã; đồng chí\nHà Thị Lan, Chủ tịch UBND xã và đông đảo nhân dân.\nViệc đối thoại giúp cấp ủy nắm bắt tâm tư của dân.",
    );
    assert_eq!(
        page.paragraphs,
        [
            "Dự hội nghị có đồng chí Lê Văn Tâm, Bí thư Đảng ủy xã; đồng chí Hà Thị Lan, Chủ tịch UBND xã và đông đảo nhân dân.",
            "Việc đối thoại giúp cấp ủy nắm bắt tâm tư của dân."
        ]
    );
    // A paragraph that ends without a stop before a capital stays apart.
    let page = read_page(
        "Xã tổ chức đối thoại với nhân dân thôn Đông\nDự hội nghị có lãnh đạo xã và đông đảo nhân dân thôn Đông\nHà Thị Lan phát biểu ý kiến tại hội nghị.",
    );
    assert_eq!(page.paragraphs.len(), 2);
}

#[test]
fn a_date_stamp_before_the_lead_and_a_foot_headline() {
    let page = read_page("19:07 13/07/2021 Chiều 12-7, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác.\nNguồn: Ban Dân vận Tỉnh ủy\nQR CODE: Sơ kết công tác dân vận\nTin khác");
    assert_eq!(page.header_dates, ["19:07 13/07/2021"]);
    assert!(page.paragraphs[0].starts_with("Chiều 12-7"));
    assert_eq!(page.foot_title.as_deref(), Some("Sơ kết công tác dân vận"));
    assert_eq!(page.source_line.as_deref(), Some("Ban Dân vận Tỉnh ủy"));
}

#[test]
fn a_theo_line_with_writers_and_outlet_under_the_summary() {
    let page = read_page("Ông Trần Văn An làm Chủ tịch Ủy ban MTTQ tỉnh\nSáng 3/12, ông Trần Văn An được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ tỉnh.\nTheo Minh Quân - Thu Hà / Báo Mới\nTại đại hội, các đại biểu đã hiệp thương cử Ủy ban MTTQ tỉnh khóa mới gồm 95 vị.");
    assert_eq!(page.theo.as_deref(), Some("Minh Quân - Thu Hà / Báo Mới"));
    assert!(page.paragraphs.iter().all(|p| !p.starts_with("Theo")));
    // A sentence opening with "Theo" stays text.
    let page = read_page("Ông Trần Văn An làm Chủ tịch Ủy ban MTTQ tỉnh\nSáng 3/12, ông Trần Văn An được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ tỉnh.\nTheo kế hoạch, đại hội diễn ra trong hai ngày 3 và 4/12.\nTại đại hội, các đại biểu đã hiệp thương cử Ủy ban MTTQ tỉnh khóa mới gồm 95 vị.");
    assert_eq!(page.theo, None);
}

#[test]
fn top_byline_and_theo() {
    let page = read_page("Bài và ảnh: Thu Hà\nNông dân chung sức xây dựng nông thôn mới\nNgày 5/3/2022, Hội Nông dân tỉnh tổ chức hội nghị tổng kết phong trào.\nTheo baoquangninh.vn");
    assert_eq!(page.top_byline.as_deref(), Some("Thu Hà"));
    assert_eq!(page.theo.as_deref(), Some("baoquangninh.vn"));
    // A report with its own footage: "Tin - ảnh - clip: …".
    let clip = read_page(
        "Hội Nông dân trao 50 suất quà cho hội viên nghèo
Tin - ảnh - clip: MINH TUẤN
Ngày 12-4, Hội Nông dân huyện trao 50 suất quà cho hội viên có hoàn cảnh khó khăn.",
    );
    assert_eq!(clip.top_byline.as_deref(), Some("MINH TUẤN"));
    let other = read_page("Tiêu đề bài về dân vận khéo\nNgày 5/3, hội nghị tổng kết phong trào dân vận khéo.\n(Theo TTXVN)");
    assert_eq!(other.theo.as_deref(), Some("TTXVN"));
    assert_eq!(
        page.title.as_deref(),
        Some("Nông dân chung sức xây dựng nông thôn mới")
    );
}

#[test]
fn an_inline_link_and_a_related_box_inside_the_article_keep_the_article() {
    let text = "Tiêu đề bài viết về công tác dân vận ở cơ sở\n\
Sáng 3/5, Hội Nông dân xã tổ chức hội nghị sơ kết công tác dân vận khéo.\n\
Xem thêm: Hội nghị giao ban dân vận quý I\n\
Các đại biểu đã trao đổi nhiều kinh nghiệm quý.\n\
Tin liên quan\n\
Huyện tổ chức hội thi\n\
Hội nghị cũng đã biểu dương các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua.\n\
Ngày đăng: 04/05/2022\n\
HẢI YẾN.";
    let page = read_page(text);
    assert_eq!(page.paragraphs.len(), 3, "{:?}", page.paragraphs);
    assert!(page.paragraphs[1].starts_with("Các đại biểu"));
    assert!(page.paragraphs[2].starts_with("Hội nghị cũng"));
    assert_eq!(page.foot_dates, ["Ngày đăng: 04/05/2022"]);
    assert_eq!(page.byline.as_deref(), Some("HẢI YẾN"));
}

#[test]
fn template_furniture_is_never_the_title_nor_the_body() {
    let text = "Trang chủ Thời sự Chính trị Video Podcast Ảnh\n\
Đăng nhập | Quên mật khẩu\n\
HOTLINE: 0912.345.678 - Quảng cáo: 024 3845 6789\n\
asp:Literal ID=\"lblTitle\"\n\
A A A\n\
Nghe đọc bài\n\
Bộ Chỉ huy Quân sự tỉnh Gia Lai:\n\
Phát huy vai trò “Dân vận khéo” trong lực lượng vũ trang 12/03/2024 08:15\n\
Sáng 11/3, Bộ Chỉ huy Quân sự tỉnh tổ chức hội nghị sơ kết phong trào thi đua.\n\
DSC_0412.jpg\n\
![]() |\n\
Nội dung đang cập nhật\n\
Các đại biểu đã thảo luận, đề xuất nhiều giải pháp cho thời gian tới.\n\
Facebook Zalo In bài\n\
Hà Nội 24° - 31° C\n";
    let page = read_page(text);
    assert_eq!(
        page.title.as_deref(),
        Some("Phát huy vai trò “Dân vận khéo” trong lực lượng vũ trang")
    );
    assert_eq!(page.header_dates, ["12/03/2024 08:15"]);
    assert_eq!(page.paragraphs.len(), 2, "{:?}", page.paragraphs);
}

#[test]
fn writers_and_a_stamp_under_the_headline() {
    let page = read_page(
        "Phát huy dân chủ ở cơ sở\nTHU HÀ - MINH AN 30/04/2016 11:39\nSáng 29/4, Huyện ủy tổ chức hội nghị chuyên đề về dân chủ ở cơ sở.",
    );
    assert_eq!(page.header_dates, ["30/04/2016 11:39"]);
    assert_eq!(page.header_name.as_deref(), Some("THU HÀ - MINH AN"));
    assert_eq!(page.paragraphs.len(), 1, "{:?}", page.paragraphs);
}

#[test]
fn a_byline_glued_to_the_last_sentence() {
    let page = read_page(
        "Hội nghị dân vận khéo\nSáng 3/5, Huyện ủy tổ chức hội nghị biểu dương.\nCác đại biểu thống nhất nhiều giải pháp cho thời gian tới. T.HÀ",
    );
    assert_eq!(page.byline.as_deref(), Some("T.HÀ"));
    assert!(page.paragraphs[1].ends_with("thời gian tới."));
    let page = read_page(
        "Hội nghị dân vận khéo\nSáng 3/5, Huyện ủy tổ chức hội nghị biểu dương.\nHội nghị diễn ra trong một ngày. TTXVN",
    );
    assert_eq!(page.byline, None, "an agency is not a writer");
}

#[test]
fn a_short_first_line_of_a_plain_text_is_the_headline() {
    let page = read_page("Họp dân\nTối 4/3, chi bộ thôn Đông tổ chức họp dân bàn việc làm đường giao thông nông thôn.\n");
    assert_eq!(page.title.as_deref(), Some("Họp dân"));
    assert_eq!(page.paragraphs.len(), 1, "{:?}", page.paragraphs);
    // A longer headline after it shows the short line was a section name.
    let page = read_page("Tin hoạt động\nXã Đông Sơn ra quân làm đường giao thông\nSáng 4/3, xã tổ chức lễ ra quân.\n");
    assert_eq!(
        page.title.as_deref(),
        Some("Xã Đông Sơn ra quân làm đường giao thông")
    );
    // Two short lines in a row are a menu, never a headline.
    let page = read_page(
        "Thời sự\nVăn hóa\nSáng 4/3, xã Đông Sơn tổ chức lễ ra quân làm đường giao thông.\n",
    );
    assert_eq!(page.title, None);
    // A writer's name on the first line is no headline.
    let page =
        read_page("THU HÀ\nSáng 4/3, xã Đông Sơn tổ chức lễ ra quân làm đường giao thông.\n");
    assert_eq!(page.title, None);
}

#[test]
fn a_headline_in_capitals_naming_a_conference_is_no_portal() {
    let page = read_page("Thứ Ba, ngày 4 tháng 6 năm 2024\nHỘI NGHỊ BIỂU DƯƠNG GƯƠNG “DÂN VẬN KHÉO” NĂM 2024\nSáng 3/6, Huyện ủy tổ chức hội nghị biểu dương các mô hình dân vận khéo.\n");
    assert_eq!(page.portal, None);
    assert_eq!(
        page.title.as_deref(),
        Some("HỘI NGHỊ BIỂU DƯƠNG GƯƠNG “DÂN VẬN KHÉO” NĂM 2024")
    );
    let page = read_page("HỘI NÔNG DÂN TỈNH LÀO CAI\nNông dân xã Bản Lầu góp sức làm đường\nSáng 3/6, xã tổ chức lễ ra quân.\n");
    assert_eq!(page.portal.as_deref(), Some("HỘI NÔNG DÂN TỈNH LÀO CAI"));
    // A unit in capitals that holds its monthly meeting or announces a
    // decision is a headline's subject, not a portal's name.
    for head in [
        "ĐẢNG ỦY XÃ NAM ĐÀ GIAO BAN THÁNG 9 NĂM 2025",
        "UBND PHƯỜNG BẮC SƠN CÔNG BỐ QUYẾT ĐỊNH VỀ CÔNG TÁC CÁN BỘ",
        "HUYỆN ĐOÀN KRÔNG NÔ TỌA ĐÀM KỶ NIỆM NGÀY THÀNH LẬP ĐOÀN",
    ] {
        let page = read_page(&format!(
            "{head}\nChiều 2/10, đơn vị tổ chức hội nghị đánh giá kết quả tháng 9.\n"
        ));
        assert_eq!(page.portal, None, "{head}");
        assert_eq!(page.title.as_deref(), Some(head));
    }
}

#[test]
fn a_lead_behind_an_outlets_prefix_is_no_headline() {
    let page = read_page("Thứ Hai, 12/06/2023 08:10\nBTN-Sáng 10/6, Ban Dân vận Huyện ủy Đồng Xuân tổ chức hội nghị sơ kết công tác dân vận.\n");
    assert_eq!(page.title, None);
    assert_eq!(page.paragraphs.len(), 1, "{:?}", page.paragraphs);
}

#[test]
fn a_writer_with_a_date_stamp_under_the_headline() {
    let page = read_page(
        "Trao nhà đại đoàn kết cho hộ nghèo ở vùng biên\nThu Hà 14/08/2021 07:18\nNgày 13/8, Ủy ban MTTQ xã Đông Ngũ đã trao nhà đại đoàn kết cho hộ nghèo.",
    );
    assert_eq!(page.header_dates, vec!["14/08/2021 07:18".to_string()]);
    assert_eq!(page.header_name.as_deref(), Some("Thu Hà"));
    assert_eq!(page.paragraphs.len(), 1);
}

#[test]
fn a_section_label_under_the_headline_leaves() {
    let page = read_page(
        "Tỉnh đoàn thăm và chúc mừng Hội Nông dân tỉnh nhân ngày thành lập\nHoạt động Đoàn Thanh niên\nSáng ngày 14/10/2021, Tỉnh đoàn đã đến thăm và chúc mừng Hội Nông dân tỉnh.",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Tỉnh đoàn thăm và chúc mừng Hội Nông dân tỉnh nhân ngày thành lập")
    );
    assert!(page
        .paragraphs
        .iter()
        .all(|p| !p.contains("Hoạt động Đoàn")));
    assert_eq!(page.paragraphs.len(), 1);
}

#[test]
fn portal_widgets_above_the_headline_leave() {
    let page = read_page(
        "Thứ hai, ngày 12 tháng 01 năm 2026\nThống kê hồ sơ\nĐánh giá thái độ phục vụ của cán bộ tiếp nhận hồ sơ ?\nTHỐNG KÊ TRUY CẬP\nHôm nay:\nTrong tuần:\nTất cả:\nỦy ban MTTQ Việt Nam phường tổ chức hội nghị hiệp thương lần thứ hai\nChiều ngày 26/12, Ủy ban MTTQ Việt Nam phường Đông Ngũ tổ chức Hội nghị hiệp thương lần thứ hai.\nz7375504568200_e5d8fb4310973ec86dab69ee4e20ba3a\nHội nghị đã thống nhất danh sách những người đủ tiêu chuẩn ứng cử.",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Ủy ban MTTQ Việt Nam phường tổ chức hội nghị hiệp thương lần thứ hai")
    );
    assert_eq!(page.paragraphs.len(), 2, "{:?}", page.paragraphs);
}

#[test]
fn a_stamp_after_a_section_label_or_inside_a_headline_line() {
    let page = read_page(
        "Khai mạc kỳ họp thứ 9 HĐND huyện\nThời sự 12-06-2024\nSáng 12.6, HĐND huyện khai mạc kỳ họp thứ 9, khóa XX, nhiệm kỳ 2021-2026.",
    );
    assert_eq!(page.header_dates, vec!["12-06-2024".to_string()]);
    assert_eq!(page.paragraphs.len(), 1, "{:?}", page.paragraphs);
    let page = read_page(
        "Đông Ngũ: Sơ kết 5 năm thực hiện cuộc vận động ở khu dân cư 10:05 21/07/2022 (Mặt trận) - Chiều 19/7, Ủy ban MTTQ xã Đông Ngũ tổ chức hội nghị sơ kết.",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Đông Ngũ: Sơ kết 5 năm thực hiện cuộc vận động ở khu dân cư")
    );
    assert_eq!(page.header_dates, vec!["10:05 21/07/2022".to_string()]);
    assert_eq!(
        page.paragraphs,
        vec![
            "(Mặt trận) - Chiều 19/7, Ủy ban MTTQ xã Đông Ngũ tổ chức hội nghị sơ kết.".to_string()
        ]
    );
}

#[test]
fn bylines_in_mixed_case_labelled_or_dated_after_the_article() {
    let lead =
        "Hội nghị dân vận khéo\nSáng 3/5, Huyện ủy tổ chức hội nghị biểu dương các mô hình.\n";
    let last = "Các đại biểu thống nhất nhiều giải pháp cho thời gian tới.";
    for (tail, want) in [
        (" Hoàng Yến", "Hoàng Yến"),
        ("Tin, ảnh: Quốc Việt", "Quốc Việt"),
        (" Bài và ảnh: Lê Na", "Lê Na"),
        ("\nĐinh văn Khải", "Đinh văn Khải"),
        ("\nTrà My - 05/06/2022 10:40", "Trà My"),
    ] {
        let page = read_page(&format!("{lead}{last}{tail}"));
        assert_eq!(page.byline.as_deref(), Some(want), "{tail}");
        assert_eq!(page.paragraphs.last().map(String::as_str), Some(last));
    }
    let page = read_page(&format!(
        "{lead}Các đại biểu thảo luận về hoạt động của Ban Dân vận"
    ));
    assert_eq!(page.byline, None, "an organ is not a writer");
}

#[test]
fn a_last_sentence_cut_short_stays_in_the_article() {
    let cut = "Cùng dự có đồng chí Lê Văn Hòa, Phó Bí thư Tỉnh ủy; các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, lãnh đạo các sở, ban, ng";
    let page = read_page(&format!(
        "Hội nghị dân vận khéo\nSáng 3/5, Huyện ủy tổ chức hội nghị biểu dương các mô hình.\n{cut}"
    ));
    assert_eq!(page.paragraphs.last().map(String::as_str), Some(cut));
    let page = read_page(&format!(
        "Hội nghị dân vận khéo\nSáng 3/5, Huyện ủy tổ chức hội nghị biểu dương các mô hình.\nMINH AN\nTin khác trong ngày\n{cut}"
    ));
    assert_eq!(
        page.paragraphs.len(),
        1,
        "after a byline: another article's line"
    );
}

#[test]
fn a_headline_may_open_with_its_time() {
    let page = read_page(
        "Sáng 9/5, khai mạc Đại hội đại biểu Hội Nông dân tỉnh lần thứ X\n\
Các đại biểu dự phiên trù bị chiều 8/5. (Ảnh: Minh Đức/TTXVN)\n\
Sáng 9/5, Đại hội đại biểu Hội Nông dân tỉnh lần thứ X khai mạc tại Hội trường tỉnh.\n",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Sáng 9/5, khai mạc Đại hội đại biểu Hội Nông dân tỉnh lần thứ X")
    );
    assert_eq!(page.paragraphs.len(), 1, "{:?}", page.paragraphs);
    assert_eq!(page.captions, ["Các đại biểu dự phiên trù bị chiều 8/5."]);
    // A lead with its full stop stays the article.
    let page = read_page("Sáng 9/5, Hội Nông dân tỉnh tổ chức đại hội.\n");
    assert_eq!(page.title, None);
}

#[test]
fn banners_and_link_rows_above_the_headline_are_no_headline() {
    let page = read_page(
        "Chủ đề năm 2024: Siết chặt kỷ luật, kỷ cương hành chính; tăng cường chuyển đổi số\n\
Ra mắt mô hình dân vận khéo ở khu phố 3\n\
Sáng 2/4, Đảng ủy phường tổ chức lễ ra mắt mô hình dân vận khéo.\n",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Ra mắt mô hình dân vận khéo ở khu phố 3")
    );
    let page = read_page(
        "Liên kết website\n\
Tỉnh ủy, UBND tỉnh Sở, ban ngành Huyện, thị xã Các trang báo\n\
Ngày hội Đại đoàn kết ở thôn Đông năm 2019\n\
Sáng 15/11, thôn Đông tổ chức Ngày hội Đại đoàn kết toàn dân tộc.\n",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Ngày hội Đại đoàn kết ở thôn Đông năm 2019")
    );
}

#[test]
fn a_writer_beside_the_stamp_or_after_a_label() {
    for stamp in [
        "Thu Hà - 12/01/2026 10:15",
        "Thu Hà | 12/01/2026",
        "Thu Hà • 12/01/2026",
    ] {
        let page = read_page(&format!(
            "Ra mắt mô hình dân vận khéo ở xã\n{stamp}\nSáng 11/1, Hội Nông dân xã tổ chức lễ ra mắt mô hình.\n"
        ));
        assert_eq!(page.header_name.as_deref(), Some("Thu Hà"), "{stamp}");
        assert_eq!(page.header_dates.len(), 1, "{stamp}");
    }
    // A broadcaster's byline: the writers, their channel in brackets,
    // a dash and the weekday glued to it.
    for (stamp, name) in [
        (
            "Thu Hà (VTV8)-Thứ sáu, ngày 14/06/2024 09:40 GMT+7",
            "Thu Hà",
        ),
        (
            "Thu Hà - Minh An (VTV9)-Thứ hai, ngày 17/06/2024 15:05 GMT+7",
            "Thu Hà - Minh An",
        ),
        // The desk named in words.
        (
            "Minh An (Ban Thời sự)-Chủ nhật, ngày 16/06/2024 20:10 GMT+7",
            "Minh An",
        ),
        // A crew of three, their names parted by commas.
        (
            "Hồng Nhung, Văn Khải, Đức Toàn (Ban Thời sự)-Thứ bảy, ngày 15/06/2024 18:41 GMT+7",
            "Hồng Nhung, Văn Khải, Đức Toàn",
        ),
    ] {
        let page = read_page(&format!(
            "HĐND tỉnh Tân Hà họp chuyên đề\n{stamp}\nSáng 14/6, HĐND tỉnh Tân Hà tổ chức kỳ họp chuyên đề.\n"
        ));
        assert_eq!(page.header_name.as_deref(), Some(name), "{stamp}");
        assert_eq!(page.header_dates.len(), 1, "{stamp}");
    }
    // A long line of names and a date with no desk credited is no byline.
    let page = read_page(
        "HĐND tỉnh Tân Hà họp chuyên đề\nHồng Nhung, Văn Khải, Đức Toàn, Minh An, Quốc Bảo - Thứ bảy, ngày 15/06/2024 18:41\nSáng 14/6, HĐND tỉnh Tân Hà tổ chức kỳ họp chuyên đề.\n",
    );
    assert_eq!(page.header_name, None);
    let page = read_page(
        "Ra mắt mô hình dân vận khéo ở xã\nSáng 11/1, Hội Nông dân xã tổ chức lễ ra mắt mô hình.\nĐưa tin: Minh Anh\n",
    );
    assert_eq!(page.byline.as_deref(), Some("Minh Anh"));
}

#[test]
fn a_stamp_among_a_few_words_under_the_headline() {
    for stamp in [
        "Đăng ngày 12/01/2026 bởi Quản trị viên",
        "Thu Hà (12/01/2026)",
        "Thứ Hai, 12/01/2026, 10:15 [GMT+7]",
    ] {
        let page = read_page(&format!(
            "Ra mắt mô hình dân vận khéo ở xã\n{stamp}\nSáng 11/1, Hội Nông dân xã tổ chức lễ ra mắt mô hình.\n"
        ));
        assert_eq!(page.header_dates.len(), 1, "{stamp}");
        assert_eq!(page.paragraphs.len(), 1, "{stamp}");
    }
    // A span of dates under the headline is its subtitle, not a stamp.
    let page = read_page(
        "Kỷ niệm ngày thành lập Hội\nHội Nông dân (14/10/1930 - 14/10/2025)\nSáng 11/10, Hội Nông dân xã tổ chức lễ kỷ niệm.\n",
    );
    assert!(page.header_dates.is_empty());
}

#[test]
fn a_byline_with_its_workplace_in_brackets_or_a_second_label() {
    let body =
        "Ra mắt mô hình dân vận khéo ở xã\nSáng 11/1, Hội Nông dân xã tổ chức lễ ra mắt mô hình.\n";
    let page = read_page(&format!(
        "{body}Minh Anh (Trung tâm Văn hóa - Thông tin xã)\n"
    ));
    assert_eq!(
        page.byline.as_deref(),
        Some("Minh Anh (Trung tâm Văn hóa - Thông tin xã)")
    );
    let page = read_page(&format!("{body}Tác giả bài viết: Minh Anh\n"));
    assert_eq!(page.byline.as_deref(), Some("Minh Anh"));
    let page = read_page(&format!("{body}Tác giả: Minh Anh Nguồn: Báo Tỉnh Nhà\n"));
    assert_eq!(page.byline.as_deref(), Some("Minh Anh"));
    // A sentence in brackets is no byline.
    let page = read_page(&format!("{body}Hội nghị kết thúc (theo kế hoạch của xã)\n"));
    assert_eq!(page.byline, None);
}

#[test]
fn a_writers_home_unit_after_the_name_is_no_part_of_it() {
    let body = "Chi hội Phụ nữ ấp Hòa Lợi họp mặt\nChiều 8/3, Chi hội Phụ nữ ấp Hòa Lợi tổ chức họp mặt hội viên.\n";
    let page = read_page(&format!("{body}Tác giả: trần kim loan xã Phước Hậu\n"));
    assert_eq!(page.byline.as_deref(), Some("trần kim loan"));
    let page = read_page(&format!("{body}Tác giả: Đỗ Văn Sang thị trấn Cái Nhum\n"));
    assert_eq!(page.byline.as_deref(), Some("Đỗ Văn Sang"));
    // A body that signs opens with no family name: its level word stays.
    let page = read_page(&format!("{body}Tác giả: Ban Tuyên giáo huyện ủy\n"));
    assert_eq!(page.byline.as_deref(), Some("Ban Tuyên giáo huyện ủy"));
    // A name alone, or a unit word with no unit after it, is kept whole.
    let page = read_page(&format!("{body}Tác giả: Phan Thị Xã\n"));
    assert_eq!(page.byline.as_deref(), Some("Phan Thị Xã"));
}

#[test]
fn a_photo_caption_after_the_article_is_kept_apart_without_its_credit() {
    let body = "Tổng kết công tác dân vận năm 2024\nSáng 20/12, Ban Dân vận Huyện ủy tổ chức hội nghị tổng kết năm 2024.\nHội nghị đã khen thưởng nhiều tập thể và cá nhân tiêu biểu.\n";
    let page = read_page(&format!(
        "{body}Quốc Huy\nĐồng chí Lương Văn Khiêm, Phó Bí thư Huyện ủy trao giấy khen cho các tập thể (Ảnh: QH)\nTin liên quan\n"
    ));
    assert_eq!(
        page.captions,
        ["Đồng chí Lương Văn Khiêm, Phó Bí thư Huyện ủy trao giấy khen cho các tập thể"]
    );
    assert_eq!(page.paragraphs.len(), 2);
    assert_eq!(page.byline.as_deref(), Some("Quốc Huy"));
    // A byline that names the photographer is no caption.
    let page = read_page(&format!("{body}Bài và ảnh: Quốc Huy\n"));
    assert!(page.captions.is_empty());
    assert_eq!(page.byline.as_deref(), Some("Quốc Huy"));
}

#[test]
fn captions_of_a_photo_series_under_the_article_are_each_kept_apart() {
    // The second caption under the last paragraph, right above the byline,
    // is a caption too; a line of six words after the byline is not.
    let text = "Hội Nông dân Tam Đường gặp mặt hội viên\nSáng 18-12, Hội Nông dân huyện Tam Đường gặp mặt hội viên làm kinh tế giỏi năm 2015.\nBuổi gặp mặt đã biểu dương nhiều hộ hội viên sản xuất giỏi.\n\nQuang cảnh buổi gặp mặt hội viên làm kinh tế giỏi tại nhà văn hóa huyện\n\nÔng Tẩn Văn Phúc, Phó Chủ tịch UBND huyện tặng hoa các hộ hội viên\n\nHOÀNG LY\n\nBạn đọc vui lòng gõ tiếng Việt có dấu khi gửi ý kiến\n";
    let page = read_page(text);
    assert_eq!(
        page.captions,
        [
            "Quang cảnh buổi gặp mặt hội viên làm kinh tế giỏi tại nhà văn hóa huyện",
            "Ông Tẩn Văn Phúc, Phó Chủ tịch UBND huyện tặng hoa các hộ hội viên"
        ]
    );
    assert_eq!(page.byline.as_deref(), Some("HOÀNG LY"));
    assert_eq!(page.paragraphs.len(), 2);
}

#[test]
fn a_caption_cut_off_right_under_the_article_is_kept_apart() {
    let body = "Tổng kết công tác dân vận năm 2024\nSáng 20/12, Ban Dân vận Huyện ủy tổ chức hội nghị tổng kết năm 2024.\nHội nghị đã khen thưởng nhiều tập thể và cá nhân tiêu biểu.\n";
    let page = read_page(&format!(
        "{body}Bí thư Huyện ủy Lương Văn Khiêm trao giấy khen cho các t\n"
    ));
    assert_eq!(
        page.captions,
        ["Bí thư Huyện ủy Lương Văn Khiêm trao giấy khen cho các t"]
    );
    assert_eq!(page.paragraphs.len(), 2);
    let page = read_page(&format!("{body}Theo báo Tin Tức Nhà Nông điện tử\n"));
    assert!(page.captions.is_empty());
}

#[test]
fn a_compilers_byline_and_a_name_before_a_bar() {
    let page = read_page("Sơ kết công tác dân vận 6 tháng đầu năm\nThu Hà |\nSáng 3/7, Ban Dân vận Huyện ủy tổ chức hội nghị sơ kết.");
    assert_eq!(page.header_name.as_deref(), Some("Thu Hà"));
    let page = read_page("Sơ kết công tác dân vận 6 tháng đầu năm\nSáng 3/7, Ban Dân vận Huyện ủy tổ chức hội nghị sơ kết.\nT/h: Minh Anh - Thu Hà");
    let byline = page.top_byline.or(page.byline);
    assert_eq!(byline.as_deref(), Some("Minh Anh - Thu Hà"));
}

#[test]
fn co_writers_in_capitals_one_a_line_under_the_headline() {
    let page = read_page("Xây dựng xã Tân An vững mạnh\nMỸ AN\nVĂN BÌNH\nNgày 12-8, Đảng bộ xã Tân An tổ chức Đại hội đại biểu lần thứ I.");
    assert_eq!(page.header_name.as_deref(), Some("MỸ AN - VĂN BÌNH"));
    assert_eq!(page.paragraphs.len(), 1, "{:?}", page.paragraphs);
    // A name in small letters after one in capitals is no co-writer.
    let page = read_page("Xây dựng xã Tân An vững mạnh\nMỸ AN\nVăn Bình\nNgày 12-8, Đảng bộ xã Tân An tổ chức Đại hội đại biểu lần thứ I.");
    assert_eq!(page.header_name.as_deref(), Some("MỸ AN"));
}

#[test]
fn a_writer_signing_under_the_sapo() {
    let text = "Đảng bộ phường An Lạc tổ chức đại hội lần thứ I\n\
Trong 2 ngày 6 và 7/8, Đảng bộ phường An Lạc tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030.\n\
PV\n\
Đại hội đã bầu Ban Chấp hành Đảng bộ phường gồm 25 đồng chí.\n";
    let page = read_page(text);
    assert_eq!(page.header_name.as_deref(), Some("PV"));
    assert_eq!(page.paragraphs.len(), 2, "{:?}", page.paragraphs);
    let text = "Hà Nội\nThủ tướng dự đại hội Đảng bộ Bộ Nội vụ lần thứ I\n\
Sáng 13/10, Đại hội đại biểu Đảng bộ Bộ Nội vụ lần thứ I chính thức khai mạc.\n\
Minh Khôi\nQuang cảnh đại hội\n\
Đại hội diễn ra trong hai ngày với sự tham dự của 300 đại biểu chính thức.\n";
    let page = read_page(text);
    assert_eq!(page.header_name.as_deref(), Some("Minh Khôi"));
    assert!(page.paragraphs.iter().all(|p| p != "Minh Khôi"));
}

#[test]
fn a_units_name_over_its_part_of_a_digest_signs_nothing() {
    for heading in ["Huyện Yên Hòa", "Tỉnh Hòa Bắc", "Thành phố Bắc Giang"] {
        let text = format!(
            "Sắp xếp đơn vị hành chính: bản tin các địa phương\n\
Tuần qua, nhiều địa phương đã hoàn tất việc sắp xếp đơn vị hành chính cấp xã.\n\
{heading}\n\
Toàn huyện giảm 6 xã, Đảng bộ các xã mới đã ổn định tổ chức và đi vào hoạt động.\n"
        );
        let page = read_page(&text);
        assert_eq!(page.header_name, None, "{heading}");
        // The next part's heading closing a page cut short.
        let text = format!(
            "Điểm tin sắp xếp bộ máy các địa phương\n\
Nhiều địa phương đã kiện toàn xong bộ máy sau khi hợp nhất.\n\
Ông Lò Văn Khánh tiếp tục phụ trách công tác tổ chức của địa phương.\n\
{heading}\n"
        );
        let page = read_page(&text);
        assert_eq!(page.byline, None, "{heading}");
    }
}

#[test]
fn signatures_with_an_organ_a_stop_or_a_second_writer() {
    let text = "Hội Nông dân huyện An Lão hoàn thành đại hội cơ sở\n\
Đại hội hội nông dân cơ sở đã đánh giá kết quả nhiệm kỳ qua, đề ra mục tiêu cho nhiệm kỳ mới.\n\
Đại hội HND xã Thái Sơn.\n\
Lê Văn Tâm – HND An Lão.\n";
    let page = read_page(text);
    assert_eq!(page.byline.as_deref(), Some("Lê Văn Tâm – HND An Lão"));
    assert_eq!(page.paragraphs.len(), 2, "{:?}", page.paragraphs);
    let text = "Tỉnh ủy bầu Bí thư khóa mới\n\
Chiều 3/10, Ban Chấp hành Đảng bộ tỉnh họp phiên thứ nhất và bầu Ban Thường vụ./. Minh Hà – Quốc Dũng\n";
    let page = read_page(text);
    assert_eq!(page.byline.as_deref(), Some("Minh Hà – Quốc Dũng"));
    // A button after the article and a tag heading sign nothing.
    let text = "Huyện tổ chức hội nghị dân vận\n\
Sáng 3/10, Ban Dân vận Huyện ủy tổ chức hội nghị sơ kết công tác dân vận khéo năm 2024.\n\
THU HÀ |\n\
Hội nghị đã biểu dương các mô hình dân vận khéo tiêu biểu của các xã, thị trấn.\n\
Gửi\nTAGS\nDân vận khéo\n";
    let page = read_page(text);
    assert_eq!(page.byline, None);
    assert_eq!(page.header_name.as_deref(), Some("THU HÀ"));
}

#[test]
fn a_headline_a_writer_a_worded_stamp_and_the_lead_on_one_line() {
    let page = read_page(
        "Phó Thủ tướng dự lễ kỷ niệm ngày truyền thống ngành bởi Thu Hà 18 Tháng 9, 2025 Sáng 17/9, Bộ Dân tộc và Tôn giáo tổ chức lễ kỷ niệm.",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Phó Thủ tướng dự lễ kỷ niệm ngày truyền thống ngành")
    );
    assert_eq!(page.top_byline.as_deref(), Some("Thu Hà"));
    assert_eq!(page.header_dates, ["18 Tháng 9, 2025"]);
    assert_eq!(
        page.paragraphs,
        ["Sáng 17/9, Bộ Dân tộc và Tôn giáo tổ chức lễ kỷ niệm."]
    );
    // "bởi" inside a sentence is no byline.
    let page = read_page("Hội nghị bị hoãn bởi Ban Tổ chức chưa chuẩn bị xong tài liệu.");
    assert_eq!(page.top_byline, None);
}

#[test]
fn headlines_in_capitals_banners_and_doubled_menu_labels() {
    let page = read_page(
        "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nQUẬN 5 - THÀNH PHỐ HỒ CHÍ MINH\nPHƯỜNG 9 TỔ CHỨC HỘI NGHỊ ĐIỂM\nPHƯỜNG 9 TỔ CHỨC HỘI NGHỊ ĐIỂM\nSáng 12/5, Ủy ban MTTQ phường 9 tổ chức hội nghị điểm về bầu cử.",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("PHƯỜNG 9 TỔ CHỨC HỘI NGHỊ ĐIỂM")
    );
    assert_eq!(page.paragraphs.len(), 1, "{:?}", page.paragraphs);
    let page = read_page(
        "Tin hoạt động Tin hoạt động\nChuyển tới trang đầy đủ\nBan Dân vận Quận ủy sơ kết công tác quý I\nChiều 17/4, Ban Dân vận Quận ủy sơ kết công tác dân vận quý I.",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Ban Dân vận Quận ủy sơ kết công tác quý I")
    );
    let page = read_page(
        "www.quenha.com - Đồng hương An Lão - Tin tức quê nhà\nMặt trận huyện bàn giao nhà đại đoàn kết\nỦy ban MTTQ huyện An Lão vừa bàn giao nhà đại đoàn kết cho hộ nghèo.",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Mặt trận huyện bàn giao nhà đại đoàn kết")
    );
    // "BAN HÀNH …" issues something: a headline, not a board's name.
    let page = read_page(
        "BAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA BAN ĐẠI DIỆN HỘI THÁNH TỈNH VĨNH LONG\nCập nhật 2021-05-04 08:15:00\n(Tin Vĩnh Long ngày 3/5/2021, tường thuật của Lâm Văn Hiếu)\nSáng 3/5, Ban Đại diện Hội thánh tỉnh Vĩnh Long ban hành quy chế hoạt động.",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("BAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA BAN ĐẠI DIỆN HỘI THÁNH TỈNH VĨNH LONG")
    );
}

#[test]
fn a_repeated_lead_a_kicker_and_a_copyright_line() {
    let page = read_page(
        "Hà Nội:\nThành đoàn phát động chiến dịch tình nguyện hè\nSáng 1-6, Thành đoàn tổ chức lễ ra quân chiến dịch tình nguyện hè.\nSáng 1-6, Thành đoàn tổ chức lễ ra quân chiến dịch tình nguyện hè.\nChiến dịch kéo dài đến hết tháng 8 với nhiều công trình thanh niên.\n(*) Không sao chép dưới mọi hình thức khi chưa có sự đồng ý của báo.",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Thành đoàn phát động chiến dịch tình nguyện hè")
    );
    assert_eq!(page.paragraphs.len(), 2, "{:?}", page.paragraphs);
}

#[test]
fn a_stamp_written_year_first_with_its_label_opens_the_headline() {
    let page = read_page(
        "date 2025-08-27 Trao Huy hiệu Đảng cho đảng viên lão thành\nNgày 27/8, Đảng ủy xã Yên Lạc tổ chức lễ trao Huy hiệu Đảng.",
    );
    assert_eq!(page.header_dates, ["2025-08-27"]);
    let first = page.title.iter().chain(&page.paragraphs).next();
    assert_eq!(
        first.map(String::as_str),
        Some("Trao Huy hiệu Đảng cho đảng viên lão thành")
    );
    // With a section label only, the stamp stays and the label goes.
    let page = read_page(
        "date 2025-09-22 Chính trị\nNgày 21-9, Đoàn đại biểu tỉnh dâng hương tại Đài tưởng niệm.",
    );
    assert_eq!(page.header_dates, ["2025-09-22"]);
    assert!(!page.paragraphs.join(" ").contains("Chính trị"));
    // A stamp beside a counter, and one written year first after its label.
    for stamp in [
        "Lượt xem: 7370 | Gửi lúc: 05/12/2013 15:42:27",
        "Cập nhật 2014-05-19 05:36:37",
    ] {
        let page = read_page(&format!(
            "Lịch sử Đảng bộ tỉnh\n{stamp}\nSáng 4-12, Ban Chấp hành Đảng bộ tỉnh họp hội nghị lần thứ 15."
        ));
        assert_eq!(page.header_dates, [stamp]);
    }
}

#[test]
fn a_writer_with_a_weekday_stamp_or_how_the_text_was_made() {
    for (line, name) in [
        (
            "Mai Chi Thứ tư, ngày 14/06/2023 10:28 AM (GMT+7)",
            "Mai Chi",
        ),
        ("Hà Lan - 14:20 28/09/2023 GMT+7", "Hà Lan"),
        ("NGUYÊN AN (thực hiện) 10/10/2018 03:09", "NGUYÊN AN"),
    ] {
        let page = read_page(&format!(
            "Hội Nông dân tỉnh tổng kết năm\n{line}\nSáng 28/9, Hội Nông dân tỉnh tổ chức hội nghị tổng kết năm."
        ));
        assert_eq!(page.header_name.as_deref(), Some(name), "{line}");
        assert_eq!(page.header_dates.len(), 1, "{line}");
    }
}

#[test]
fn a_signature_with_a_glued_initial_or_the_outlets_site() {
    let body = "Hội nghị giao ban\nSáng 3/7, Ban Dân vận Huyện ủy tổ chức hội nghị giao ban công tác dân vận quý II.\n";
    let page = read_page(&format!("{body}XTrinh"));
    assert_eq!(page.byline.as_deref(), Some("XTrinh"));
    for (signed, site) in [
        ("Thu Hà/ baoquangtri.vn", "baoquangtri.vn"),
        ("Thu Hà/BQT", "BQT"),
        // The word a broadcaster's web edition adds after its initials.
        ("Thu Hà/VOV online", "VOV"),
        // The desk of a region after the initials.
        ("Thu Hà/VOV Tây Bắc", "VOV Tây Bắc"),
    ] {
        let page = read_page(&format!("{body}{signed}"));
        assert_eq!(page.byline.as_deref(), Some("Thu Hà"));
        assert_eq!(page.theo.as_deref(), Some(site));
    }
    // A writer, a comma and the organ they work for.
    let page = read_page(&format!("{body}Nguyễn Văn Hùng, Ban Dân vận Huyện ủy"));
    assert_eq!(
        page.byline.as_deref(),
        Some("Nguyễn Văn Hùng - Ban Dân vận Huyện ủy")
    );
    // A button is no signature, nor the first letter of a page cut short;
    // two capitals are.
    let page = read_page(&format!("{body}Gửi"));
    assert_eq!(page.byline, None);
    let page = read_page(&format!("{body}Đ"));
    assert_eq!(page.byline, None);
    let page = read_page(&format!("{body}PV"));
    assert_eq!(page.byline.as_deref(), Some("PV"));
}

#[test]
fn counters_players_and_empty_labels_are_furniture() {
    let page = read_page(
        "Thăm hỏi gia đình chính sách\nNgười đăng:\nNgày đăng:\n0:00 / 0:00\nSáng 20/7, Ban Dân vận Huyện ủy đã đến thăm các gia đình chính sách.\n\
Trong hình ảnh có thể có: 5 người, mọi người đang đứng\nĐoàn đã trao quà và chúc sức khỏe các gia đình.\nBình luận 0\n(0) Bình luận\nĐọc tiếp…",
    );
    let body = page.paragraphs.join("\n");
    for furniture in [
        "Người đăng",
        "Ngày đăng",
        "0:00",
        "hình ảnh có thể có",
        "Bình luận",
        "Đọc tiếp",
    ] {
        assert!(!body.contains(furniture), "{furniture}: {body}");
    }
    assert!(body.contains("trao quà"));
}

#[test]
fn a_caption_above_the_lead_is_no_lead() {
    let page = read_page(
        "Ra mắt Ban Trị sự nhiệm kỳ mới\nBan Trị sự tỉnh ra mắt tại đại hội - Ảnh: Minh Hải\nVăn phòng Giáo hội cho biết Ban Thường trực Hội đồng Trị sự vừa ban hành quyết định bổ nhiệm hai chức danh.\nQuyết định có hiệu lực từ ngày ký.",
    );
    assert_eq!(page.captions, ["Ban Trị sự tỉnh ra mắt tại đại hội"]);
    assert!(page.paragraphs[0].starts_with("Văn phòng Giáo hội"));
}

#[test]
fn a_stamp_opening_furniture_and_inline_image_data() {
    let page = read_page(
        "date 2025-11-09 HOTLINE: 0903.111.222 - ĐẶT MUA BÁO\nLan tỏa tinh thần đoàn kết\n<image>data:image/png;base64,iVBORw0KGgo alt=\"Quang cảnh\"</image>\nTối 9-11, người dân khu phố 12 dự ngày hội đại đoàn kết toàn dân tộc.",
    );
    assert_eq!(page.header_dates, ["2025-11-09"]);
    let body = page.paragraphs.join("\n");
    assert!(
        !body.contains("data:image") && !body.contains("HOTLINE"),
        "{body}"
    );
}

#[test]
fn a_long_finished_first_sentence_is_the_lead_and_a_writer_may_sign_under_the_sapo() {
    let lead = read_page(
        "Nhân dịp Tết Nguyên đán, ngày 3-2, đoàn lãnh đạo Tỉnh ủy do đồng chí Trần Văn Nam, Phó Bí thư Thường trực Tỉnh ủy làm Trưởng đoàn đã đến thăm, tặng quà các gia đình chính sách và người có công tiêu biểu trên địa bàn tỉnh.\nĐoàn đã tặng quà 3 gia đình chính sách ở xã An Bình.",
    );
    let signed = read_page(
        "Nông dân tỉnh phát triển toàn diện\n\"Xây dựng nông dân phát triển toàn diện, văn minh, nghĩa tình là mục tiêu của nhiệm kỳ.\"\nHà Lan - 14:20 28/09/2023 GMT+7\nSáng 28/9, Hội Nông dân tỉnh tổ chức đại hội đại biểu lần thứ X.",
    );
    assert_eq!(lead.title, None);
    assert!(lead.paragraphs[0].starts_with("Nhân dịp"));
    assert_eq!(signed.header_dates, ["14:20 28/09/2023 GMT+7"]);
    assert_eq!(signed.header_name.as_deref(), Some("Hà Lan"));
}

#[test]
fn a_tag_in_lower_case_above_the_headline_is_no_headline() {
    let text = "tạm dừng sáp nhập sở\nBộ Nội vụ đề nghị các địa phương tạm dừng sáp nhập sở, ngành\nBộ Nội vụ vừa có văn bản gửi UBND các tỉnh về việc sắp xếp các cơ quan chuyên môn.";
    let title = read_page(text).title;
    assert!(title.is_some_and(|t| t.starts_with("Bộ Nội vụ đề nghị")));
}

#[test]
fn a_stamp_written_year_first_opens_the_page() {
    // Labelled, glued to the headline.
    let page = read_page(
        "date 2025-03-14 Hội Nông dân xã tổng kết phong trào thi đua sản xuất giỏi\n\nNgày 13/3, Hội Nông dân xã Yên Lạc tổ chức hội nghị tổng kết phong trào.",
    );
    assert_eq!(page.header_dates, ["2025-03-14"]);
    assert_eq!(
        page.title.as_deref(),
        Some("Hội Nông dân xã tổng kết phong trào thi đua sản xuất giỏi")
    );
    // With its time, under the headline; with a section label after it.
    let page = read_page(
        "Lễ ra quân tháng thanh niên năm 2019\nCập nhật 2019-03-02 07:45:10\nSáng 1/3, Huyện đoàn tổ chức lễ ra quân tháng thanh niên năm 2019.",
    );
    assert_eq!(page.header_dates, ["Cập nhật 2019-03-02 07:45:10"]);
    let page = read_page(
        "date 2024-09-20 Thời sự\nChiều 19/9, Ủy ban MTTQ tỉnh tổ chức hội nghị hiệp thương.",
    );
    assert_eq!(page.header_dates, ["2024-09-20"]);
    assert!(page.title.is_none());
    // A stamp of a month alone dates nothing, but is no part of the lead.
    let page = read_page(
        "date 2018-11 Chiều 20.11, Công an huyện bắt giữ hai đối tượng trộm cắp tài sản.",
    );
    assert_eq!(page.header_dates, ["2018-11"]);
    assert!(page
        .paragraphs
        .iter()
        .chain(page.title.iter())
        .all(|p| !p.contains("2018-11")));
}

#[test]
fn a_writers_stamp_under_the_summary_or_beside_a_counter() {
    let page = read_page(
        "Nông dân làm giàu trên đất đồi\n\"Từ đồi hoang, nhiều hộ hội viên đã có thu nhập ổn định...\"\nTrần Lâm - 09:15 14/05/2022 GMT+7\nNhững năm qua, Hội Nông dân huyện vận động hội viên cải tạo đất đồi.",
    );
    assert_eq!(page.header_dates, ["09:15 14/05/2022 GMT+7"]);
    assert_eq!(page.header_name.as_deref(), Some("Trần Lâm"));
    let page = read_page(
        "Chuyện người giữ rừng\nLÊ HẢI (thực hiện) 02/04/2020 08:00\nHôm nay 2.4, chúng tôi trò chuyện với ông Tư, tổ trưởng tổ bảo vệ rừng của xã.",
    );
    assert_eq!(page.header_dates, ["02/04/2020 08:00"]);
    assert_eq!(page.header_name.as_deref(), Some("LÊ HẢI"));
    let page = read_page(
        "Lượt xem: 52 | Gửi lúc: 14/02/2019 08:30:11\nGiới thiệu chung\nNgày 13-2-2019, Sở Xây dựng tổ chức hội nghị triển khai nhiệm vụ năm 2019.",
    );
    assert_eq!(
        page.header_dates,
        ["Lượt xem: 52 | Gửi lúc: 14/02/2019 08:30:11"]
    );
}

#[test]
fn a_source_without_its_colon_names_an_outlet() {
    let page = read_page(
        "Huyện tổ chức lễ giao nhận quân\nSáng 12/2, huyện tổ chức lễ giao nhận quân năm 2024 cho 120 thanh niên.\nNguồn Quảng Trị: https://baoquangtri.vn/le-giao-nhan-quan.htm",
    );
    assert_eq!(page.theo.as_deref(), Some("Quảng Trị"));
    assert!(page.byline.is_none() && page.source_line.is_none());
}

#[test]
fn a_stamp_glued_to_a_menu_above_the_headline() {
    let page = read_page(
        "Trang chủ Tin tức Sự kiện Thứ Tư, 05/06/2024 08:30 (GMT+7)\nHội Cựu chiến binh huyện sơ kết 6 tháng đầu năm\nSáng 4/6, Hội Cựu chiến binh huyện tổ chức hội nghị sơ kết.",
    );
    assert_eq!(page.header_dates, ["05/06/2024 08:30 (GMT+7)"]);
}

#[test]
fn listed_headlines_with_their_stamps_above_the_article_date_nothing() {
    let page = read_page(
        "Hội Cựu chiến binh huyện sơ kết 6 tháng đầu năm\nTin mới\n03/06/2024 Xã Đông Hòa khánh thành nhà văn hóa thôn\n02/06/2024 Đoàn xã ra quân hè tình nguyện\nSáng 1/6, Hội Cựu chiến binh huyện tổ chức hội nghị sơ kết công tác hội 6 tháng đầu năm 2024.",
    );
    assert!(page.header_dates.is_empty(), "{:?}", page.header_dates);
    assert_eq!(page.paragraphs.len(), 1, "{:?}", page.paragraphs);
}

#[test]
fn a_date_alone_under_the_byline_dates_the_page_but_a_timed_one_does_not() {
    let text = "Hội Cựu chiến binh huyện sơ kết 6 tháng đầu năm\nSáng 4/6, Hội Cựu chiến binh huyện tổ chức hội nghị sơ kết công tác hội.\nHội nghị đề ra nhiệm vụ trọng tâm cho 6 tháng cuối năm.\nMinh Châu\n";
    let page = read_page(&format!("{text}05/06/2024\n"));
    assert_eq!(page.foot_stamp.as_deref(), Some("05/06/2024"));
    let page = read_page(&format!(
        "{text}17:20 09/08/2024\nXã Đông Hòa khánh thành nhà văn hóa thôn\n"
    ));
    assert_eq!(page.foot_stamp, None);
}

#[test]
fn a_labelled_byline_naming_photos_is_no_photo_credit() {
    let page = read_page(
        "Hội Cựu chiến binh huyện sơ kết 6 tháng đầu năm\nSáng 4/6, Hội Cựu chiến binh huyện tổ chức hội nghị sơ kết công tác hội.\nBÀI VÀ ẢNH: LÊ MINH\n",
    );
    assert_eq!(page.byline.as_deref(), Some("LÊ MINH"));
}

#[test]
fn a_stamp_then_the_writer_after_a_bar() {
    let page = read_page(
        "Hội Cựu chiến binh huyện sơ kết 6 tháng đầu năm\nThứ Tư, 05/06/2024 08:30 | Lê Minh Châu\nSáng 4/6, Hội Cựu chiến binh huyện tổ chức hội nghị sơ kết.",
    );
    assert_eq!(page.header_dates, ["Thứ Tư, 05/06/2024 08:30"]);
    assert_eq!(page.header_name.as_deref(), Some("Lê Minh Châu"));
}

#[test]
fn a_stamp_with_its_time_then_the_writer_with_no_bar() {
    let title = "Hội Cựu chiến binh huyện sơ kết 6 tháng đầu năm\n";
    let lead = "\nSáng 4/6, Hội Cựu chiến binh huyện tổ chức hội nghị sơ kết.";
    let page = read_page(&format!("{title}05/06/2024 08:30 Lê Minh Châu{lead}"));
    assert_eq!(page.header_dates, ["05/06/2024 08:30"]);
    assert_eq!(page.header_name.as_deref(), Some("Lê Minh Châu"));
    // Where the text was filed signs nothing.
    let page = read_page(&format!("{title}05/06/2024 08:30 Đà Nẵng{lead}"));
    assert_eq!(page.header_name, None);
}

#[test]
fn a_pen_name_of_an_initial_glued_to_a_name_signs_the_article() {
    let page = read_page(
        "Hội Cựu chiến binh huyện sơ kết 6 tháng đầu năm\nSáng 4/6, Hội Cựu chiến binh huyện tổ chức hội nghị sơ kết công tác hội.\nHội nghị đề ra nhiệm vụ trọng tâm cho 6 tháng cuối năm.\nTThảo\n",
    );
    assert_eq!(page.byline.as_deref(), Some("TThảo"));
}

#[test]
fn a_writer_beside_the_stamp_between_bars_or_after_bởi() {
    let title = "Hội Cựu chiến binh huyện sơ kết 6 tháng đầu năm\n";
    let lead = "\nSáng 4/6, Hội Cựu chiến binh huyện tổ chức hội nghị sơ kết.";
    let page = read_page(&format!(
        "{title}05/06/2024 | Lê Minh Châu | Lượt xem: 87{lead}"
    ));
    assert_eq!(page.header_dates, ["05/06/2024"]);
    assert_eq!(page.header_name.as_deref(), Some("Lê Minh Châu"));
    let page = read_page(&format!(
        "{title}Đăng bởi Lê Minh Châu vào 05/06/2024{lead}"
    ));
    assert_eq!(page.header_dates, ["05/06/2024"]);
    assert_eq!(page.header_name.as_deref(), Some("Lê Minh Châu"));
    let page = read_page(&format!(
        "{title}Đăng ngày: 05/06/2024 - 08:30 | Lượt xem: 87 | In bài{lead}"
    ));
    assert_eq!(page.header_dates.len(), 1, "{:?}", page.header_dates);
    let page = read_page(&format!("{title}2024/06/05{lead}"));
    assert_eq!(page.header_dates, ["2024/06/05"]);
}

#[test]
fn the_photographer_after_the_writer_is_no_part_of_the_byline() {
    let text = "Hội Cựu chiến binh huyện sơ kết 6 tháng đầu năm\nSáng 4/6, Hội Cựu chiến binh huyện tổ chức hội nghị sơ kết công tác hội.\n";
    for by in [
        "Tin: Lê Minh; Ảnh: Hồng Vân",
        "Tin: Lê Minh - Ảnh: Hồng Vân",
        "Tin: Lê Minh; infographic: Hồng Vân - Quốc Bảo",
        "Tin: Lê Minh; Đồ họa: Hồng Vân",
    ] {
        let page = read_page(&format!("{text}{by}\n"));
        assert_eq!(page.byline.as_deref(), Some("Lê Minh"), "{by}");
    }
}

#[test]
fn a_writer_and_the_paper_in_brackets_after_theo_keep_the_closing_bracket() {
    let text = "Kỷ luật hai phó chủ tịch huyện\nUBND tỉnh vừa ký quyết định kỷ luật khiển trách hai phó chủ tịch UBND huyện.\n";
    for (theo, kept) in [
        ("Theo Hữu Minh (Dân Việt)", "Hữu Minh (Dân Việt)"),
        ("(Theo TTXVN)", "TTXVN"),
    ] {
        let page = read_page(&format!("{text}{theo}\n"));
        assert_eq!(page.theo.as_deref(), Some(kept), "{theo}");
    }
}

#[test]
fn a_writer_before_a_stamp_opening_with_its_weekday() {
    let page = read_page(
        "Hội Cựu chiến binh huyện sơ kết 6 tháng đầu năm\nLê Minh Thứ tư, ngày 05/06/2024 08:30 AM (GMT+7)\nSáng 4/6, Hội Cựu chiến binh huyện tổ chức hội nghị sơ kết.",
    );
    assert_eq!(page.header_name.as_deref(), Some("Lê Minh"));
    assert_eq!(
        page.header_dates,
        ["Thứ tư, ngày 05/06/2024 08:30 AM (GMT+7)"]
    );
}

#[test]
fn a_comment_form_heading_under_the_article_is_no_byline() {
    let page = read_page(
        "Hội Cựu chiến binh huyện sơ kết 6 tháng đầu năm\nSáng 4/6, Hội Cựu chiến binh huyện tổ chức hội nghị sơ kết công tác hội.\nTheo Báo Quảng Trị\nÝ KIẾN ĐỘC GIẢ\n",
    );
    assert_eq!(page.byline, None);
}

#[test]
fn a_stamp_after_a_bullet_or_glued_to_a_quotation() {
    let title = "Hội Cựu chiến binh huyện sơ kết 6 tháng đầu năm\n";
    let page = read_page(&format!(
        "{title}  • Cập nhật: Thứ tư, 5/6/2024 | 08:30:12 AM\nSáng 4/6, Hội Cựu chiến binh huyện tổ chức hội nghị sơ kết."
    ));
    assert_eq!(page.header_dates.len(), 1, "{:?}", page.header_dates);
    let page = read_page(&format!(
        "{title}05/06/2024, 08:30“Chúng tôi luôn sát cánh cùng hội viên”, ông Lê Minh nói với phóng viên."
    ));
    assert_eq!(page.header_dates, ["05/06/2024, 08:30"]);
}

#[test]
fn the_mark_that_closes_an_article_leaves_the_teasers_after_it() {
    let page = read_page(
        "Hiệp thương lần thứ hai\nChiều 2/2, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị hiệp thương lần thứ hai.\nCác đại biểu đã biểu quyết thống nhất cao với danh sách người ứng cử./.\nBầu cử: Thống nhất cao các nội dung hiệp thương Ủy ban MTTQ Việt Nam thành phố tổ chức hội nghị hiệp thương để lập danh sách sơ bộ",
    );
    assert!(page.paragraphs.last().is_some_and(|l| l.ends_with("./.")));
    assert!(page.captions.is_empty());
}

#[test]
fn a_box_of_headlines_in_capitals_inside_the_article_leaves() {
    let page = read_page(
        "Kết quả nổi bật của Đoàn đại biểu Quốc hội tỉnh\nNăm 2024, Đoàn đại biểu Quốc hội tỉnh đã hoàn thành tốt các chương trình đề ra.\nĐOÀN ĐBQH TỈNH AN GIANG: ĐỔI MỚI PHƯƠNG THỨC HOẠT ĐỘNG TIẾP XÚC CỬ TRI\nĐOÀN ĐBQH TỈNH KIÊN GIANG LẤY Ý KIẾN GÓP Ý DỰ THẢO LUẬT ĐẤT ĐAI\nĐoàn đã tổ chức 40 cuộc tiếp xúc cử tri trong năm.\nI. KẾT QUẢ GIÁM SÁT TRONG NĂM 2024\nĐoàn đã giám sát 5 chuyên đề.",
    );
    let body = page.paragraphs.join("\n");
    assert!(
        !body.contains("AN GIANG") && !body.contains("KIÊN GIANG"),
        "{body}"
    );
    // One heading of the article's own stays.
    assert!(body.contains("I. KẾT QUẢ GIÁM SÁT"));
}

#[test]
fn a_credit_alone_under_an_unfinished_line_closes_a_caption() {
    let page = read_page(
        "Anh Lê Văn Tâm làm Bí thư Huyện đoàn\nSáng 9/3, Ban Thường vụ Tỉnh đoàn đã trao quyết định cho anh Lê Văn Tâm.\nAnh Lê Văn Tâm nhận quyết định giữ chức Bí thư Huyện đoàn khóa mới\nẢNH: THU HÀ\nAnh Tâm sinh năm 1990, từng là Phó Bí thư Huyện đoàn.\nĐoàn viên huyện có 3.000 người.\nẢNH: THU HÀ\nHội nghị kết thúc cùng ngày.",
    );
    assert_eq!(
        page.captions,
        ["Anh Lê Văn Tâm nhận quyết định giữ chức Bí thư Huyện đoàn khóa mới"]
    );
    // A finished sentence above a credit stays the article's.
    assert!(page
        .paragraphs
        .iter()
        .any(|l| l.starts_with("Đoàn viên huyện")));
}

#[test]
fn a_researcher_signs_with_a_degree_and_where_they_work() {
    let page = read_page(
        "Vai trò của Mặt trận trong giám sát và phản biện xã hội\n\nThS. Trần Thị Mai\nKhoa Xây dựng Đảng\n\nMặt trận Tổ quốc các cấp đã phát huy vai trò giám sát ở khu dân cư.\n\nThực tiễn cho thấy, ở đâu cấp ủy quan tâm thì ở đó nhân dân đồng thuận.",
    );
    assert_eq!(page.header_name.as_deref(), Some("ThS. Trần Thị Mai"));
    assert!(
        page.paragraphs.iter().all(|l| !l.contains("Khoa Xây dựng")),
        "{:?}",
        page.paragraphs
    );
    assert_eq!(page.paragraphs.len(), 2);
    for line in [
        "ThS. Lê Văn An",
        "PGS.TS Hoàng Thị Hoa",
        "PGS. TS. Trần Bình",
    ] {
        assert!(super::signed::degree_byline(line), "{line}");
    }
    for line in [
        "Tiến sĩ Lê Văn An",
        "ThS. Lê Văn An phát biểu",
        "TS. Lê",
        "Thực tiễn công tác dân vận",
    ] {
        assert!(!super::signed::degree_byline(line), "{line}");
    }
}

#[test]
fn a_sections_path_above_the_headline_is_no_headline() {
    let page = read_page(
        "Tin tức - sự kiện - nổi bật\n\nĐảng ủy xã Tân Lập gặp mặt các đảng viên nhận huy hiệu Đảng.\nNgày đăng 03/02/2024 | 09:10 | Lượt xem: 25\n\nSáng 2/2, Đảng ủy xã Tân Lập tổ chức gặp mặt các đảng viên được trao huy hiệu Đảng đợt 3/2.\n\nBí thư Đảng ủy xã chúc mừng các đảng viên.",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Đảng ủy xã Tân Lập gặp mặt các đảng viên nhận huy hiệu Đảng")
    );
    // Two pieces make a headline's shape ("Hà Nội - điểm hẹn …").
    assert!(!super::header::section_path("Hà Nội - điểm hẹn của bạn bè"));
}

#[test]
fn a_box_of_headlines_datelined_with_their_province_leaves() {
    let page = read_page(
        "Phát huy dân chủ ở cơ sở\nSáng 4/5, Ủy ban MTTQ tỉnh tổ chức hội nghị về thực hiện dân chủ ở cơ sở.\nLong An: Gặp mặt các cựu chiến binh tiêu biểu\nNghệ An: Ra mắt mô hình dân vận khéo ở khu dân cư\nHội nghị đã nghe 12 ý kiến tham luận.\nKết quả theo từng tỉnh:\nLong An: 120 hộ được hỗ trợ\nNghệ An: 95 hộ được hỗ trợ\nHội nghị đã thống nhất các giải pháp.",
    );
    let body = page.paragraphs.join("\n");
    assert!(
        !body.contains("Gặp mặt các cựu") && !body.contains("Ra mắt"),
        "{body}"
    );
    // Figures by province are the article's own list.
    assert!(body.contains("Long An: 120 hộ"), "{body}");
}

#[test]
fn a_papers_name_and_a_special_sections_name_head_the_page_but_are_no_headline() {
    let page = read_page(
        "Báo Tỉnh Nhà\nChuyên trang\nNông thôn mới hôm nay và ngày mai\nThời sự\n\
Xã An Bình ra mắt mô hình dân vận khéo về bảo vệ môi trường\nNgọc Lan - 10:20, 12/03/2025\n\
Sáng 12/3, Đảng ủy xã An Bình tổ chức ra mắt mô hình dân vận khéo về bảo vệ môi trường.\n\
Mô hình có 40 hộ tham gia.",
    );
    assert_eq!(page.portal.as_deref(), Some("Báo Tỉnh Nhà"));
    assert_eq!(
        page.title.as_deref(),
        Some("Xã An Bình ra mắt mô hình dân vận khéo về bảo vệ môi trường")
    );
    assert_eq!(page.header_name.as_deref(), Some("Ngọc Lan"));
    assert!(
        page.paragraphs[0].starts_with("Sáng 12/3"),
        "{:?}",
        page.paragraphs
    );
    // The press in general, or a paper that does something, is a headline.
    let page = read_page("Báo chí cách mạng đồng hành cùng công tác dân vận\nSáng 21/6, Hội Nhà báo tỉnh tổ chức tọa đàm.");
    assert_eq!(
        page.title.as_deref(),
        Some("Báo chí cách mạng đồng hành cùng công tác dân vận")
    );
}

#[test]
fn a_byline_labelled_with_a_dash_between_text_and_photos() {
    let page = read_page(
        "Giá lúa hôm nay tăng nhẹ\nTin-ảnh: Minh Quân\nGiá lúa tại các tỉnh miền Tây tăng 200 đồng/kg so với tuần trước.",
    );
    assert_eq!(page.top_byline.as_deref(), Some("Minh Quân"));
}

#[test]
fn furniture_after_a_stamp_written_year_first_is_still_furniture() {
    let page = read_page(
        "date 2021-11 Your browser does not support the audio element.\n\
Sáng 20/11, Ban Chỉ đạo tỉnh họp trực tuyến với các huyện về phòng, chống dịch.",
    );
    assert_eq!(page.header_dates, ["2021-11"]);
    assert_ne!(
        page.title.as_deref(),
        Some("Your browser does not support the audio element.")
    );
    assert!(!page.paragraphs.join(" ").contains("browser"));
}

#[test]
fn a_caption_in_a_table_cell_is_a_caption() {
    let text = "Hội nghị tổng kết công tác dân vận năm 2024\n\
Sáng 12/12, Ban Dân vận Huyện ủy tổ chức hội nghị tổng kết công tác dân vận năm 2024.\n\
![]() |\n| Quang cảnh hội nghị. |\n\
Các đại biểu đã thảo luận, đề xuất nhiều giải pháp thiết thực cho thời gian tới.\n";
    let page = read_page(text);
    assert_eq!(page.captions, ["Quang cảnh hội nghị."]);
    assert!(page.paragraphs.iter().all(|p| !p.contains('|')));
    assert_eq!(table_cell("| Tin | Ảnh |"), None);
}

#[test]
fn a_sentence_a_caption_broke_is_joined_around_it() {
    let text = "Giao ban công tác dân vận quý III\n\
Sáng 3/10, Ban Dân vận Huyện ủy tổ chức giao ban. Phát biểu kết luận, đồng chí Trưởng Ban Dân vận Huyện ủy đề nghị các xã,\n\
Đồng chí Trưởng Ban Dân vận Huyện ủy phát biểu.\n\
tiếp tục nhân rộng các mô hình dân vận khéo trong thời gian tới.\n";
    let page = read_page(text);
    assert_eq!(page.paragraphs.len(), 1, "{:?}", page.paragraphs);
    assert!(page.paragraphs[0].ends_with(
        "đề nghị các xã, tiếp tục nhân rộng các mô hình dân vận khéo trong thời gian tới."
    ));
    assert_eq!(
        page.captions,
        ["Đồng chí Trưởng Ban Dân vận Huyện ủy phát biểu."]
    );
    let text = "Giao ban công tác dân vận quý III\n\
Sáng 3/10, Ban Dân vận Huyện ủy tổ chức giao ban. Phát biểu kết luận, đồng chí Trưởng Ban Dân vận Huyện ủy đề nghị các xã trong huyện\n\
Các đại biểu dự buổi giao ban.\n\
tiếp tục nhân rộng các mô hình dân vận khéo.\n";
    let page = read_page(text);
    assert_eq!(page.paragraphs.len(), 1, "{:?}", page.paragraphs);
    assert!(
        page.paragraphs[0].ends_with("trong huyện tiếp tục nhân rộng các mô hình dân vận khéo.")
    );
    // A line broken inside a sentence still goes on the line before it.
    let text = "Giao ban công tác dân vận quý III\n\
Sáng 3/10, Ban Dân vận Huyện ủy tổ chức giao ban với các xã trên địa bàn\n\
Có thể nói những mô hình đã mang lại\n\
hiệu quả thiết thực cho người dân.\n";
    let page = read_page(text);
    assert!(
        page.paragraphs
            .last()
            .is_some_and(|p| p.starts_with("Có thể nói")),
        "{:?}",
        page.paragraphs
    );
}

#[test]
fn a_breadcrumb_run_together_is_no_headline() {
    let page = read_page(
        "Trang chủTin tứcThời sựHuyện ủy tổ chức hội nghị giao ban công tác dân vận...\n\
Huyện ủy tổ chức hội nghị giao ban công tác dân vận quý I\n\
Sáng 2/4, Huyện ủy tổ chức hội nghị giao ban công tác dân vận quý I năm 2024.\n",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Huyện ủy tổ chức hội nghị giao ban công tác dân vận quý I")
    );
}

#[test]
fn a_breadcrumb_with_a_double_arrow_is_no_headline() {
    let page = read_page(
        "Cổng thông tin điện tử tỉnh\n\
Tin trong tỉnh >> Văn hóa - Xã hội\n\
Phó Chủ tịch UBND tỉnh Hà Minh Khoa kiểm tra công tác chuẩn bị Lễ hội Đền Hùng\n\
14/04/2019 09:10:22\n\
Chiều 13/4, đồng chí Hà Minh Khoa - Phó Chủ tịch UBND tỉnh đã kiểm tra công tác chuẩn bị cho Lễ hội Đền Hùng năm 2019.\n",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Phó Chủ tịch UBND tỉnh Hà Minh Khoa kiểm tra công tác chuẩn bị Lễ hội Đền Hùng")
    );
}

#[test]
fn the_heading_of_a_cut_off_block_of_teasers_is_no_byline() {
    // The scrape ends at the heading: its capitals are no writer's name.
    for heading in ["BẠN CÓ THỂ QUAN TÂM", "MỚI - NÓNG"] {
        let text = format!(
            "Khởi công nhà văn hóa thôn Đồng Tâm\n\
Sáng 5/3, UBND xã Tân Lập tổ chức lễ khởi công nhà văn hóa thôn Đồng Tâm.\n\
Công trình có tổng vốn đầu tư 2 tỷ đồng, dự kiến hoàn thành trong năm 2024.\n\
{heading}\n"
        );
        let report = crate::parse::parse_report("teasers.txt", &text);
        assert_eq!(report.author, None, "{heading}");
    }
}

#[test]
fn lines_above_the_headline_are_no_article() {
    let page = read_page(
        "1. Dòng sự kiện:\n2. Bầu cử đại biểu Quốc hội\n\
Hội Nông dân tỉnh trao 500 suất quà Tết cho hội viên khó khăn\n\
Sáng 2/2, Hội Nông dân tỉnh tổ chức trao 500 suất quà Tết cho hội viên có hoàn cảnh khó khăn.\n",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Hội Nông dân tỉnh trao 500 suất quà Tết cho hội viên khó khăn")
    );
    assert_eq!(page.paragraphs.len(), 1, "{:?}", page.paragraphs);
}

#[test]
fn the_headline_is_the_line_above_the_writer_under_a_banner() {
    let page = read_page(
        "Vững bước trên con đường đổi mới và phát triển\n\
Lãnh đạo tỉnh thăm, chúc Tết các gia đình chính sách tại xã Tân Lập\n\
Minh Khoa\n\
Sáng 20/1, đồng chí Bí thư Tỉnh ủy đã tới thăm, chúc Tết các gia đình chính sách tại xã Tân Lập.\n",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Lãnh đạo tỉnh thăm, chúc Tết các gia đình chính sách tại xã Tân Lập")
    );
    assert_eq!(page.header_name.as_deref(), Some("Minh Khoa"));
    assert_eq!(page.paragraphs.len(), 1, "{:?}", page.paragraphs);
}

#[test]
fn a_signature_with_the_dash_against_the_name() {
    let page = read_page(
        "Đại hội Hội Cựu chiến binh xã An Bình\n\
Sáng 3/3, Hội Cựu chiến binh xã An Bình tổ chức đại hội nhiệm kỳ 2022 - 2027 với 80 đại biểu.\n\
Lê Thu Hà- Công chức Văn hóa xã An Bình\n",
    );
    assert_eq!(
        page.byline.as_deref(),
        Some("Lê Thu Hà- Công chức Văn hóa xã An Bình")
    );
    assert_eq!(
        split_dash("Lê Thu Hà- Công chức"),
        Some(("Lê Thu Hà", "Công chức"))
    );
    assert_eq!(split_dash("Kinh tế -xã hội"), None);
}

#[test]
fn a_section_label_between_the_headline_and_its_repeat() {
    let page = read_page(
        "Skip Ribbon Commands\nSkip to main content\n\
Huyện ủy tổ chức hội nghị giao ban công tác dân vận quý II\n\
Thông tin chỉ đạo, điều hành\n\
Huyện ủy tổ chức hội nghị giao ban công tác dân vận quý II\n\
Sáng 2/7, Huyện ủy tổ chức hội nghị giao ban công tác dân vận quý II năm 2024.\n",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Huyện ủy tổ chức hội nghị giao ban công tác dân vận quý II")
    );
    assert_eq!(page.paragraphs.len(), 1, "{:?}", page.paragraphs);
}

#[test]
fn markdown_heading_marks_are_no_part_of_the_headline() {
    let page = read_page(
        "# Huyện ủy Tân Hà sơ kết công tác dân vận\n\nSáng 8/7, Ban Dân vận Huyện ủy Tân Hà tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2024.\n",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Huyện ủy Tân Hà sơ kết công tác dân vận")
    );
    // A hashtag is no heading.
    assert_eq!(markdown_heading("#dânvậnkhéo"), None);
    assert_eq!(markdown_heading("## Tin tức"), Some("Tin tức"));
}

#[test]
fn links_listed_under_a_bare_see_also_are_no_article() {
    let page = read_page(
        "Huyện ủy Tân Hà sơ kết công tác dân vận\n\
Sáng 8/7, Ban Dân vận Huyện ủy Tân Hà tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2024.\n\
Xem thêm:\n\
- Cập nhật sáng 8/7: Khánh thành cầu dân sinh ở xã Tân Lập; Mưa lớn ở vùng núi phía Bắc\n\
- Cập nhật tối 7/7: Ra mắt mô hình dân vận khéo ở phường Mỹ An\n\
Hội nghị đã nghe báo cáo kết quả công tác dân vận và thảo luận nhiệm vụ trọng tâm của 6 tháng cuối năm.\n",
    );
    let body = page.paragraphs.join("\n");
    assert!(!body.contains("Cập nhật"), "{body}");
    assert!(body.contains("nhiệm vụ trọng tâm"), "{body}");
}

#[test]
fn a_person_addressed_under_the_article_signs_nothing() {
    let text = "Xã Nà Hẩu ra mắt mô hình dân vận khéo\n\
Ngày 3/4/2024, Đảng ủy xã Nà Hẩu ra mắt mô hình \"Dân vận khéo\" trong giữ gìn rừng đầu nguồn.\n\
Ông Hờ A Dơ, người dân thôn Khe Cam chia sẻ niềm vui khi được giao khoán rừng.\n\
Ông Hờ A Dơ\n";
    let page = read_page(text);
    assert_eq!(page.byline, None);
    // A writer whose given name opens like a form of address still signs.
    let text = "Xã Nà Hẩu ra mắt mô hình dân vận khéo\n\
Ngày 3/4/2024, Đảng ủy xã Nà Hẩu ra mắt mô hình \"Dân vận khéo\" trong giữ gìn rừng đầu nguồn.\n\
Anh Thư\n";
    assert_eq!(read_page(text).byline.as_deref(), Some("Anh Thư"));
}

#[test]
fn an_official_named_with_a_dash_under_the_article_signs_nothing() {
    // A photo's caption closing the page: a form of address, the official
    // and his post read like "writer - organ", but nobody signs that way.
    let text = "Trung ương chấp thuận cho Bí thư Tỉnh ủy Bắc Kạn nghỉ hưu trước tuổi\n\
Ông Đinh Văn Tư - Bí thư Tỉnh ủy Bắc Kạn.\n\
Ông Đinh Văn Tư - Bí thư Tỉnh ủy Bắc Kạn.\n";
    let page = read_page(text);
    assert_eq!(page.byline, None);
    let report = crate::parse::parse_report("caption.txt", text);
    assert_eq!(report.author, None);
    let names: Vec<&str> = report.officials.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(names, ["Đinh Văn Tư"]);
    let text = "Huyện Chợ Đồn sơ kết công tác dân vận\n\
Ngày 4/7/2024, Ban Dân vận Huyện ủy Chợ Đồn tổ chức sơ kết công tác dân vận 6 tháng đầu năm.\n\
Bà Hoàng Thị Mai - Trưởng Ban Dân vận Huyện ủy phát biểu tại hội nghị.\n";
    assert_eq!(read_page(text).byline, None);
    // A writer signing for the organ she works in still signs.
    let text = "Huyện Chợ Đồn sơ kết công tác dân vận\n\
Ngày 4/7/2024, Ban Dân vận Huyện ủy Chợ Đồn tổ chức sơ kết công tác dân vận 6 tháng đầu năm.\n\
Hoàng Thị Mai - Ban Dân vận Huyện ủy\n";
    assert_eq!(
        read_page(text).byline.as_deref(),
        Some("Hoàng Thị Mai - Ban Dân vận Huyện ủy")
    );
}

#[test]
fn bulleted_or_dated_headlines_under_the_article_are_no_captions() {
    let lead = "Ban Dân vận Huyện ủy Quỳ Hợp tập huấn nghiệp vụ\n\
Ngày 5/6/2024, Ban Dân vận Huyện ủy Quỳ Hợp tổ chức tập huấn nghiệp vụ công tác dân vận. Đồng chí Vi Văn Tuấn, Trưởng Ban Dân vận Huyện ủy phát biểu khai mạc.\n\
Lớp tập huấn có 150 học viên tham dự.\n";
    let links = [
        "- Phó Bí thư Thường trực Huyện ủy Lô Thị Hằng kiểm tra công tác chuẩn bị đại hội\n\
- Chủ tịch UBND huyện Sầm Văn Phúc làm việc với xã Châu Quang\n",
        "• Phó Bí thư Thường trực Huyện ủy Lô Thị Hằng kiểm tra công tác chuẩn bị đại hội\n\
• Chủ tịch UBND huyện Sầm Văn Phúc làm việc với xã Châu Quang\n",
        "* Phó Bí thư Thường trực Huyện ủy Lô Thị Hằng kiểm tra công tác chuẩn bị đại hội\n\
* Chủ tịch UBND huyện Sầm Văn Phúc làm việc với xã Châu Quang\n",
        "Phó Bí thư Thường trực Huyện ủy Lô Thị Hằng kiểm tra công tác chuẩn bị đại hội (04/06/2024)\n\
Chủ tịch UBND huyện Sầm Văn Phúc làm việc với xã Châu Quang [03/06]\n",
        "Phó Bí thư Thường trực Huyện ủy Lô Thị Hằng kiểm tra công tác chuẩn bị đại hội - 04/06/2024\n\
Chủ tịch UBND huyện Sầm Văn Phúc làm việc với xã Châu Quang - 03/06/2024\n",
    ];
    for tail in links {
        let text = format!("{lead}{tail}");
        let page = read_page(&text);
        assert!(page.captions.is_empty(), "{:?}", page.captions);
        assert_eq!(page.paragraphs.len(), 2, "{:?}", page.paragraphs);
        // The officials of the other events are none of the article's.
        let report = crate::parse::parse_report("links.txt", &text);
        let names: Vec<&str> = report.officials.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(names, ["Vi Văn Tuấn"], "{tail}");
    }
    // A photo's caption under the last paragraph stays one.
    let page = read_page(&format!(
        "{lead}Đồng chí Lô Thị Hằng, Phó Bí thư Thường trực Huyện ủy trao giấy khen cho các học viên.\n"
    ));
    assert_eq!(page.captions.len(), 1, "{:?}", page.captions);
}

#[test]
fn a_day_printed_twice_above_the_headline_is_the_sites_clock() {
    let text = "Thứ năm, 04/12/2025\nMường Lay 24° C\nThứ năm, 04/12/2025\n\
Xã Nà Hẩu tuyên dương điển hình dân vận khéo\n\
Đảng ủy xã Nà Hẩu tuyên dương 12 mô hình \"Dân vận khéo\" tiêu biểu trong năm.\n";
    let page = read_page(text);
    assert!(page.header_dates.is_empty(), "{:?}", page.header_dates);
    // The page's own stamp, printed once, stays.
    let text = "Thứ năm, 04/12/2025\n\
Xã Nà Hẩu tuyên dương điển hình dân vận khéo\n\
Đảng ủy xã Nà Hẩu tuyên dương 12 mô hình \"Dân vận khéo\" tiêu biểu trong năm.\n";
    assert_eq!(read_page(text).header_dates, ["Thứ năm, 04/12/2025"]);
}

#[test]
fn a_stamp_with_spaces_for_separators_is_a_header_date() {
    let page = read_page(
        "ĐOÀN XÃ HÒA BÌNH RA QUÂN LÀM SẠCH BỜ KÊNH\n05 12 2025\nin trang\n\
Sáng 5/12, Đoàn xã Hòa Bình ra quân làm sạch bờ kênh Ba Xã.\n",
    );
    assert_eq!(page.header_dates, ["05 12 2025"]);
    assert!(page.paragraphs.iter().all(|p| !p.contains("in trang")));
}

#[test]
fn a_broadcasters_name_and_english_motto_are_its_masthead() {
    let page = read_page(
        "Đài Tiếng nói Nhân dân tỉnh Hòa Bình\nThe Voice of Hoa Binh People\n\
  • Phó Chủ tịch UBND tỉnh dự ngày hội Đại đoàn kết tại thôn Bãi Sậy\n\
(HBR) - Tối 14/11, Phó Chủ tịch UBND tỉnh Lê Văn An đã đến dự ngày hội Đại đoàn kết tại thôn Bãi Sậy.\n",
    );
    assert_eq!(
        page.portal.as_deref(),
        Some("Đài Tiếng nói Nhân dân tỉnh Hòa Bình")
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Phó Chủ tịch UBND tỉnh dự ngày hội Đại đoàn kết tại thôn Bãi Sậy")
    );
    assert!(page.paragraphs.iter().all(|p| !p.contains("The Voice")));
}

#[test]
fn an_agencys_name_over_its_english_name_is_its_masthead() {
    let page = read_page(
        "Sở Xây dựng tỉnh Tân Lập\n\nBan Quản lý dự án giao thông\n\nTransport Project Management Board\n\n\
Thông báo kết luận của Giám đốc Sở tại cuộc họp về tiến độ dự án đường ven sông\n\
Ngày 30 tháng 6 năm 2016, tại trụ sở Sở Xây dựng, lãnh đạo Sở đã chủ trì cuộc họp kiểm điểm tiến độ dự án.\n",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Thông báo kết luận của Giám đốc Sở tại cuộc họp về tiến độ dự án đường ven sông")
    );
    assert!(page.paragraphs.iter().all(|p| !p.contains("Board")));
}

#[test]
fn a_language_link_above_the_headline_is_no_word_of_it() {
    let page = read_page(
        "Báo Tân Lập điện tử\nEn\n\n12 hội viên nông dân được nhận bằng khen của tỉnh\n\n10:05, 18/05/2012\n\n\
Sáng 18-5, Hội Nông dân tỉnh tổ chức trao bằng khen cho 12 hội viên sản xuất giỏi.\n",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("12 hội viên nông dân được nhận bằng khen của tỉnh")
    );
}

#[test]
fn other_headlines_parted_by_a_slash_are_no_headline() {
    let page = read_page(
        "Tỉnh Tân Lập đón đoàn đại biểu nước bạn / Khánh thành cầu dân sinh ở xã Hòa An\n\n\
Chủ tịch UBND tỉnh tiếp Đại sứ nước bạn\n\n\
Chiều 12/3, Chủ tịch UBND tỉnh Tân Lập đã tiếp Đại sứ nước bạn tại trụ sở UBND tỉnh.\n",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Chủ tịch UBND tỉnh tiếp Đại sứ nước bạn")
    );
}

#[test]
fn a_section_label_after_the_home_link_is_no_headline() {
    let page = read_page(
        "Trang chủ\nHoạt động Mặt trận - Đoàn thể\n\
Hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2026\nNgày đăng 10/07/2026 | 09:15\n\
Sáng 9/7, Ủy ban MTTQ phường Hòa Bình tổ chức hội nghị sơ kết công tác 6 tháng đầu năm.\n",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2026")
    );
    // Straight after the home link, the headline stays the headline.
    let page = read_page(
        "Trang chủ\nHội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2026\n\
Sáng 9/7, Ủy ban MTTQ phường Hòa Bình tổ chức hội nghị sơ kết công tác 6 tháng đầu năm.\n",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2026")
    );
}

#[test]
fn a_desk_signing_for_its_unit_is_the_byline() {
    let lead = "Sáng 3/2, Đảng ủy phường Tân Hòa tổ chức lễ kỷ niệm 96 năm Ngày thành lập Đảng.\n\
Buổi lễ diễn ra trang trọng, ấm cúng với sự tham dự của đông đảo đảng viên và Nhân dân.\n";
    let page = read_page(&format!("{lead}Ban biên tập phường Tân Hòa.\n"));
    assert_eq!(page.byline.as_deref(), Some("Ban biên tập phường Tân Hòa"));
    let page = read_page(&format!("{lead}Đoàn thanh niên phường Tân Hòa\nThong ke\n"));
    assert_eq!(
        page.byline.as_deref(),
        Some("Đoàn thanh niên phường Tân Hòa")
    );
    // A related headline naming a unit does something: no signature.
    let page = read_page(&format!(
        "{lead}Huyện đoàn tổ chức ra quân tại xã Tân Lập\n"
    ));
    assert_eq!(page.byline, None);
    // An editor's account on the portal signs too.
    let page = read_page(&format!("{lead}btv tanhoa\nQR Code\n"));
    assert_eq!(page.byline.as_deref(), Some("btv tanhoa"));
    // A desk naming its unit by the unit's word alone, on the unit's own
    // portal.
    let page = read_page(&format!("{lead}Ban VHTT phường\n"));
    assert_eq!(page.byline.as_deref(), Some("Ban VHTT phường"));
    let page = read_page(&format!("{lead}Phòng Văn hóa và Thông tin huyện\n"));
    assert_eq!(
        page.byline.as_deref(),
        Some("Phòng Văn hóa và Thông tin huyện")
    );
    let page = read_page(&format!("{lead}Văn phòng Huyện ủy\n"));
    assert_eq!(page.byline.as_deref(), Some("Văn phòng Huyện ủy"));
    // A portal's editor signs with the staff word.
    let page = read_page(&format!("{lead}Biên tập viên Cổng TTĐT tỉnh\n"));
    assert_eq!(page.byline.as_deref(), Some("Biên tập viên Cổng TTĐT tỉnh"));
    // A board alone signs for the body whose page it is.
    let page = read_page(&format!("{lead}Ban Tuyên giáo\n"));
    assert_eq!(page.byline.as_deref(), Some("Ban Tuyên giáo"));
    assert!(page.paragraphs.iter().all(|p| p != "Ban Tuyên giáo"));
}

#[test]
fn a_documents_heading_in_capitals_is_no_writer() {
    let page = read_page(
        "Thông báo lịch tiếp công dân của UBND xã Hòa Bình năm 2026\nTHÔNG BÁO\n\
Lịch tiếp công dân của UBND xã Hòa Bình năm 2026\n\
Căn cứ Luật Tiếp công dân ngày 25/11/2013;\n\
Ủy ban nhân dân xã Hòa Bình thông báo lịch tiếp công dân như sau.\n",
    );
    assert_eq!(page.header_name, None);
    // A writer's name in capitals still signs.
    let page = read_page(
        "Xã Hòa Bình tổng kết công tác dân vận năm 2025\nTHU HÀ\n\
Sáng 5/12, xã Hòa Bình tổ chức hội nghị tổng kết công tác dân vận năm 2025.\n",
    );
    assert_eq!(page.header_name.as_deref(), Some("THU HÀ"));
}

#[test]
fn an_initialled_name_first_on_the_page_is_the_writer() {
    let page = read_page(
        "N.Hà\n\n(Baodanang.vn) - Ngày 5-3, Ban Thường vụ Thành ủy tổ chức hội nghị quán triệt chỉ thị mới.\n",
    );
    assert_eq!(page.top_byline.as_deref(), Some("N.Hà"));
    // A headline, or a stamp with dots, is no name.
    let page = read_page("TP.Hải Phòng ra quân làm sạch bờ biển\n\nSáng 5/3, thành phố ra quân.\n");
    assert_eq!(page.top_byline, None);
    let page = read_page(
        "TP.HCM\n\n(PLO) - Sáng 5/3, Thành ủy tổ chức hội nghị quán triệt chỉ thị mới.\n",
    );
    assert_eq!(page.top_byline, None);
    let page = read_page(
        "Th.Minh Tâm\n\n(PLO) - Sáng 5/3, Thành ủy tổ chức hội nghị quán triệt chỉ thị mới.\n",
    );
    assert_eq!(page.top_byline.as_deref(), Some("Th.Minh Tâm"));
}

#[test]
fn a_most_read_box_heading_above_the_headline_is_no_headline() {
    for box_heading in [
        "TIN BÀI ĐỌC NHIỀU",
        "Tin bài xem nhiều",
        "TIN BÀI CÙNG CHUYÊN MỤC",
    ] {
        let page = read_page(&format!(
            "MENU\n{box_heading}\nBí thư Tỉnh ủy Lạng Sơn thăm các cơ sở tôn giáo dịp Phục sinh\nNgày đăng: 02/04/2021Chiều 1/4, đoàn công tác của Tỉnh ủy Lạng Sơn đã đến thăm hai nhà thờ trên địa bàn thành phố.\n"
        ));
        assert_eq!(
            page.title.as_deref(),
            Some("Bí thư Tỉnh ủy Lạng Sơn thăm các cơ sở tôn giáo dịp Phục sinh"),
            "{box_heading}"
        );
    }
}

#[test]
fn a_full_name_alone_first_on_the_page_is_the_writer() {
    for name in ["Lâm Quỳnh", "TRẦN THU HẰNG", "Hoàng Văn Tới"] {
        let page = read_page(&format!(
            "{name}\n\nHội Nông dân tỉnh Bắc Sơn tổng kết phong trào thi đua năm 2017\n\n(BSO) - Ngày 20-12, Hội Nông dân tỉnh tổ chức hội nghị tổng kết.\n"
        ));
        assert_eq!(page.top_byline.as_deref(), Some(name));
        assert_eq!(
            page.title.as_deref(),
            Some("Hội Nông dân tỉnh Bắc Sơn tổng kết phong trào thi đua năm 2017")
        );
    }
    // A place, or a headline of more words.
    for head in ["Hồ Chí Minh\n\n", "Trần Phú Xanh Sạch Đẹp Hơn\n\n"] {
        let page = read_page(&format!(
            "{head}Hội Nông dân tỉnh Bắc Sơn tổng kết phong trào thi đua năm 2017\n\n(BSO) - Ngày 20-12, Hội Nông dân tỉnh tổ chức hội nghị tổng kết.\n"
        ));
        assert_eq!(page.top_byline, None, "{head}");
    }
}

#[test]
fn the_headline_repeated_with_its_day_in_brackets_dates_the_page() {
    let page = read_page(
        "Phường Hòa Bình tổ chức hội nghị đối thoại với Nhân dân năm 2026\n\
Phường Hòa Bình tổ chức hội nghị đối thoại với Nhân dân năm 2026 (14/03/2026)\n\
Sáng ngày 12/3/2026, UBND phường Hòa Bình tổ chức hội nghị đối thoại với Nhân dân.\n",
    );
    assert_eq!(page.header_dates, ["14/03/2026"]);
    assert_eq!(page.paragraphs.len(), 1, "{:?}", page.paragraphs);
}

#[test]
fn the_headline_repeated_with_its_time_glued_on_dates_the_page() {
    let page = read_page(
        "Huyện Tân Kỳ hoãn đại hội Hội Nông dân các xã\n\
Huyện Tân Kỳ hoãn đại hội Hội Nông dân các xã09/04/2020 10:25\n\
Ban Thường vụ Huyện ủy Tân Kỳ đề nghị hoãn đại hội Hội Nông dân cấp xã.\n",
    );
    assert_eq!(page.header_dates, ["09/04/2020 10:25"]);
    assert_eq!(page.paragraphs.len(), 1, "{:?}", page.paragraphs);
    // A year glued on is part of the headline, no stamp.
    let page = read_page(
        "Hội nghị tổng kết công tác dân vận\n\
Hội nghị tổng kết công tác dân vận 2020\n\
Sáng 9/4, Ban Dân vận Huyện ủy Tân Kỳ tổ chức hội nghị.\n",
    );
    assert!(page.header_dates.is_empty(), "{:?}", page.header_dates);
}

#[test]
fn a_writer_signs_above_the_unit_she_writes_for() {
    let lead = "Sáng 3/2, Hội Nông dân huyện Tân Lập tổ chức hội nghị tổng kết phong trào nông dân thi đua sản xuất giỏi.\n\
Hội nghị đã khen thưởng 12 tập thể và 20 cá nhân có thành tích xuất sắc.\n";
    let page = read_page(&format!(
        "{lead}\nLê Thị Minh Hòa\n\nHội Nông dân huyện Tân Lập\n"
    ));
    assert_eq!(
        page.byline.as_deref(),
        Some("Lê Thị Minh Hòa - Hội Nông dân huyện Tân Lập")
    );
    assert_eq!(page.paragraphs.len(), 2);
}

#[test]
fn a_newsroom_desk_signs_with_a_staff_word() {
    let page = read_page(
        "Sáng 3/2, Đảng ủy phường Tân Hòa tổ chức lễ kỷ niệm 96 năm Ngày thành lập Đảng.\n\
Buổi lễ diễn ra trang trọng, ấm cúng với sự tham dự của đông đảo đảng viên và Nhân dân.\n\
                         Phóng viên Truyền hình\nCác Album đã đăng\n",
    );
    assert_eq!(page.byline.as_deref(), Some("Phóng viên Truyền hình"));
}

#[test]
fn a_caption_placing_people_in_its_photo_is_no_headline() {
    let page = read_page(
        "Ông Lò Văn Tâm (bìa trái) và ông Hà Minh Đức (bìa phải).\n\
HĐND tỉnh bầu bổ sung hai Ủy viên UBND tỉnh\n\
Chiều 8/12, HĐND tỉnh khóa X tiến hành bầu bổ sung hai Ủy viên UBND tỉnh.\n",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("HĐND tỉnh bầu bổ sung hai Ủy viên UBND tỉnh")
    );
    let page = read_page(
        "Đồng chí Bí thư Huyện ủy (thứ hai từ trái sang) trao quà cho các hộ nghèo\n\
Huyện ủy trao quà Tết cho hộ nghèo ở xã Tân Lập\n\
Sáng 20/1, Thường trực Huyện ủy trao 200 suất quà cho hộ nghèo.\n",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Huyện ủy trao quà Tết cho hộ nghèo ở xã Tân Lập")
    );
}

#[test]
fn a_tag_above_the_headline_that_the_headline_holds_is_no_headline() {
    let page = read_page(
        "Chủ tịch Tập đoàn Minh Phát\n\
Chủ tịch UBND tỉnh tiếp Chủ tịch Tập đoàn Minh Phát\n\
Chiều 12/5, Chủ tịch UBND tỉnh đã tiếp ông Lâm Văn Phát, Chủ tịch Tập đoàn Minh Phát.\n",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Chủ tịch UBND tỉnh tiếp Chủ tịch Tập đoàn Minh Phát")
    );
}

#[test]
fn a_last_line_cut_after_a_sentence_opening_word_is_no_writer() {
    for cut in ["Các Ủ", "Những Đ", "Trong Ng"] {
        let page = read_page(&format!(
            "Đại hội đại biểu Mặt trận xã Tân Lộc lần thứ I\n\
Sáng 12/9, Ủy ban MTTQ Việt Nam xã Tân Lộc tổ chức đại hội đại biểu lần thứ I.\n\
Đại hội đã hiệp thương cử 31 vị vào Ủy ban MTTQ Việt Nam xã khóa mới.\n\n{cut}\n"
        ));
        assert_eq!(page.byline, None, "{cut}");
    }
    // A writer's name is still one.
    let page = read_page(
        "Đại hội đại biểu Mặt trận xã Tân Lộc lần thứ I\n\
Sáng 12/9, Ủy ban MTTQ Việt Nam xã Tân Lộc tổ chức đại hội đại biểu lần thứ I.\n\n\
Cao Minh Sơn\n",
    );
    assert_eq!(page.byline.as_deref(), Some("Cao Minh Sơn"));
}

#[test]
fn a_last_line_cut_inside_an_organ_s_name_is_no_writer() {
    for cut in ["Bộ Côn", "Sở Nông", "Ban Tuyên"] {
        let page = read_page(&format!(
            "Xã Tân Lộc đón nhận quà Tết của lực lượng Công an\n\
Sáng 20/1, Công an tỉnh phối hợp UBND xã Tân Lộc trao 200 suất quà Tết cho hộ nghèo.\n\
Dịp này, đoàn cũng tặng xe đạp cho học sinh có hoàn cảnh khó khăn.\n\n{cut}\n"
        ));
        assert_eq!(page.byline, None, "{cut}");
    }
    // A writer whose family name is also an organ's word still signs.
    for signed in ["Đoàn Minh", "Đoàn Thu Hà"] {
        let page = read_page(&format!(
            "Xã Tân Lộc đón nhận quà Tết của lực lượng Công an\n\
Sáng 20/1, Công an tỉnh phối hợp UBND xã Tân Lộc trao 200 suất quà Tết cho hộ nghèo.\n\n{signed}\n"
        ));
        assert_eq!(page.byline.as_deref(), Some(signed));
    }
}

#[test]
fn a_photos_file_name_with_its_enlarge_button_is_no_paragraph() {
    let page = read_page(
        "Công an xã giữ hai thanh niên trộm chó\n\
Sáng 20-2, Công an xã Hòa Bình đưa hai thanh niên về trụ sở để làm rõ vụ việc.\n\
kQ7mLZtR.jpgPhóng to\n\
Công an huyện cử cán bộ xuống phối hợp giải quyết\n\
Hai thanh niên đã được đưa về Công an huyện phục vụ điều tra.\n",
    );
    assert!(
        page.paragraphs.iter().all(|p| !p.contains(".jpg")),
        "{:?}",
        page.paragraphs
    );
    assert_eq!(page.paragraphs.len(), 3, "{:?}", page.paragraphs);
}

#[test]
fn the_headline_is_the_line_above_the_writer_past_a_section_and_a_kicker() {
    let page = read_page(
        "Chính trị Ngày hội non sông\n\
Chuẩn bị cho ngày hội lớn của toàn dân\n\
\n\
Các tỉnh miền núi sôi nổi tiếp xúc cử tri\n\
\n\
Minh Khang\n\
02/03/2026 06:44 GMT+7\n\
\n\
Sáng 1.3, Ủy ban MTTQ tỉnh Bắc Sơn tổ chức hội nghị tiếp xúc cử tri với những người ứng cử.\n",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Các tỉnh miền núi sôi nổi tiếp xúc cử tri")
    );
    assert_eq!(page.header_name.as_deref(), Some("Minh Khang"));
    assert_eq!(page.paragraphs.len(), 1, "{:?}", page.paragraphs);
}

#[test]
fn a_headline_run_on_into_the_lead_behind_the_outlets_tag() {
    let page = read_page(
        "An ninh trật tự Truy bắt nhóm trộm bò trong đêm (QNO) - Ngày 3/5, Công an xã Tam Sơn bắt giữ hai đối tượng trộm bò của người dân thôn 4.\n\
Hai đối tượng đã thừa nhận hành vi trộm cắp tài sản.\n",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Truy bắt nhóm trộm bò trong đêm")
    );
    assert!(
        page.paragraphs[0].contains("Ngày 3/5, Công an xã Tam Sơn"),
        "{:?}",
        page.paragraphs
    );
    // A tag opening a lead under its headline splits nothing.
    let page = read_page(
        "Truy bắt nhóm trộm bò trong đêm\n(QNO) - Ngày 3/5, Công an xã Tam Sơn bắt giữ hai đối tượng.\n",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Truy bắt nhóm trộm bò trong đêm")
    );
    assert_eq!(page.paragraphs.len(), 1, "{:?}", page.paragraphs);
}

#[test]
fn a_writer_with_a_time_and_a_day_parted_by_a_bar() {
    let page = read_page(
        "Phường mới vận hành ngày đầu tiên\n\nMinh Khang 11:24 | 01/07/2025\nSáng 1/7, phường Đông Hải chính thức vận hành theo mô hình mới.\n",
    );
    assert_eq!(page.header_name.as_deref(), Some("Minh Khang"));
    assert_eq!(page.header_dates, ["11:24 | 01/07/2025"]);
    assert_eq!(page.paragraphs.len(), 1, "{:?}", page.paragraphs);
}

#[test]
fn a_label_without_diacritics_names_a_headline_the_page_left_out() {
    let page = read_page(
        "Ong Tran Van Khoa duoc bau lam Chu tich Hoi Cuu chien binh tinh - Anh 1\n\
Chiều 14-6, 180 hội viên về dự phiên bế mạc ở Bắc Sơn và chọn ra người đứng đầu mới.\n",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Ong Tran Van Khoa duoc bau lam Chu tich Hoi Cuu chien binh tinh")
    );
    // Under a headline written with its marks, such a label is a photo's.
    for caption in [
        "Quang canh dai hoi - Anh 1",
        "Ong Tran Van Khoa phat bieu tai dai hoi cuu chien binh - Anh 2",
    ] {
        let page = read_page(&format!(
            "Cựu chiến binh Bắc Sơn chọn người đứng đầu mới.\n{caption}\nChiều 14-6, 180 hội viên về dự phiên bế mạc và chọn ra 27 người.\n"
        ));
        assert_eq!(
            page.title.as_deref(),
            Some("Cựu chiến binh Bắc Sơn chọn người đứng đầu mới"),
            "{caption}"
        );
    }
}

#[test]
fn a_photo_label_made_of_the_headline_under_the_summary_is_the_headline() {
    let page = read_page(
        "Từ đầu năm, 4 Bí thư Huyện ủy của tỉnh Bắc Sơn đã được điều động về các sở, ngành của tỉnh.\n\
4 Bí thư Huyện ủy được điều động về sở, ngành ảnh 1\n",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("4 Bí thư Huyện ủy được điều động về sở, ngành")
    );
    assert_eq!(
        page.paragraphs,
        ["Từ đầu năm, 4 Bí thư Huyện ủy của tỉnh Bắc Sơn đã được điều động về các sở, ngành của tỉnh."]
    );
    // Under a headline of its own, the label is only a photo's.
    let page = read_page(
        "Điều động 4 Bí thư Huyện ủy\n\
Quang cảnh hội nghị công bố quyết định điều động ảnh 1\n\
Sáng 3/4, Ban Thường vụ Tỉnh ủy Bắc Sơn công bố quyết định điều động cán bộ.\n",
    );
    assert_eq!(page.title.as_deref(), Some("Điều động 4 Bí thư Huyện ủy"));
    assert_eq!(page.paragraphs.len(), 1, "{:?}", page.paragraphs);
    let page = read_page(
        "Ban Thường vụ Tỉnh ủy Bắc Sơn điều động 4 Bí thư Huyện ủy về các sở, ngành của tỉnh\n\
Quang cảnh hội nghị ảnh 1\n\
Sáng 3/4, Ban Thường vụ Tỉnh ủy Bắc Sơn công bố quyết định điều động cán bộ.\n",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Ban Thường vụ Tỉnh ủy Bắc Sơn điều động 4 Bí thư Huyện ủy về các sở, ngành của tỉnh")
    );
}

#[test]
fn an_ellipsis_before_a_lower_case_word_does_not_end_the_headline() {
    let page = read_page(
        "Cựu chiến binh, đoàn viên... ở vùng cao chung tay làm đường giao thông nông thôn\n\
Sáng 12/3, Hội Cựu chiến binh xã Nà Hang tổ chức ra quân làm đường giao thông nông thôn.",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Cựu chiến binh, đoàn viên... ở vùng cao chung tay làm đường giao thông nông thôn")
    );
    // Before a capital it still ends a sentence.
    let text = "Còn nhiều việc... Đồng chí Lê Văn A phát biểu.";
    assert_eq!(
        sentence_end(text).map(|at| &text[..at]),
        Some("Còn nhiều việc..")
    );
}

#[test]
fn captions_between_paragraphs_leave_the_article_and_short_paragraphs_stay() {
    let page = read_page(
        "Huyện ủy Tân Phú tổng kết công tác dân vận năm 2025\n\
Sáng 8/1, Huyện ủy Tân Phú tổ chức hội nghị tổng kết công tác dân vận năm 2025.\n\
Đồng chí Lê Văn Hòa phát biểu chỉ đạo hội nghị\n\
Năm qua, hệ thống dân vận các cấp đã tham mưu nhiều mô hình hay, được nhân dân đồng tình hưởng ứng.\n\
Đại hội đã bầu 15 đồng chí vào Ban Chấp hành.\n\
Bí thư Huyện ủy (thứ ba từ trái sang) trao giấy khen cho các tập thể. Ảnh: Thu Hà\n\
Hội nghị cũng đề ra nhiều giải pháp nâng cao hiệu quả công tác dân vận trong năm 2026.",
    );
    assert_eq!(
        page.captions,
        [
            "Đồng chí Lê Văn Hòa phát biểu chỉ đạo hội nghị",
            "Bí thư Huyện ủy (thứ ba từ trái sang) trao giấy khen cho các tập thể."
        ]
    );
    let body = page.paragraphs.join("\n");
    assert!(body.contains("Đại hội đã bầu 15 đồng chí"), "{body}");
    assert!(
        !body.contains("phát biểu chỉ đạo") && !body.contains("Ảnh:"),
        "{body}"
    );
}

#[test]
fn a_caption_whose_credit_was_cut_is_no_paragraph() {
    let page = read_page(
        "Xã An Lạc ra mắt tổ dân vận khéo\n\
Chiều 3/4, xã An Lạc ra mắt mô hình tổ dân vận khéo ở thôn Đông.\n\
Niềm vui của bà con thôn Đông trong ngày ra mắt mô hình. Ảnh: Minh Đức – TTXVN\n\
Mô hình do Mặt trận xã phối hợp các đoàn thể xây dựng, thu hút 40 hộ dân tham gia.",
    );
    assert_eq!(
        page.captions,
        ["Niềm vui của bà con thôn Đông trong ngày ra mắt mô hình."]
    );
    assert_eq!(page.paragraphs.len(), 2, "{:?}", page.paragraphs);
}

#[test]
fn a_headline_set_above_the_lead_or_last_under_the_summary_is_the_headline() {
    let above = read_page(
        "Tại buổi làm việc, Mặt trận và các đoàn thể xã báo cáo kết quả tiếp nhận hồ sơ, cơ sở vật chất từ các đơn vị sáp nhập, ổn định tổ chức, bố trí chỗ làm việc cho cán bộ và phương hướng nhiệm vụ thời gian tới.\n\
Đảng ủy xã Hòa Bình làm việc với Mặt trận và các đoàn thể xã\n\
Sáng 5/8, Đảng ủy xã Hòa Bình làm việc với Mặt trận và các đoàn thể xã về nhiệm vụ thời gian tới.",
    );
    assert_eq!(
        above.title.as_deref(),
        Some("Đảng ủy xã Hòa Bình làm việc với Mặt trận và các đoàn thể xã")
    );
    assert_eq!(above.paragraphs.len(), 2);
    let under = read_page(
        "Sáng 20/3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt các văn bản mới của Trung ương về công tác cán bộ.\n\
Tỉnh ủy quán triệt các văn bản mới của Trung ương về công tác cán bộ",
    );
    assert_eq!(
        under.title.as_deref(),
        Some("Tỉnh ủy quán triệt các văn bản mới của Trung ương về công tác cán bộ")
    );
    // Between paragraphs, a line that echoes the lead is its photo's caption.
    let between = read_page(
        "Sáng 20/3, Ủy ban Mặt trận phường 4 tổ chức đại hội đại biểu nhiệm kỳ mới.\n\
Ủy ban Mặt trận phường 4 nhiệm kỳ mới ra mắt đại hội\n\
Nhiệm kỳ qua, Mặt trận phường đã phối hợp tốt với các đoàn thể chăm lo đời sống nhân dân.",
    );
    assert_eq!(between.title, None);
}

#[test]
fn a_menu_row_taken_for_the_headline_gives_way_to_the_line_the_article_echoes() {
    let page = read_page(
        "Xu hướng Góc nhìn Tri thức mới Nói thẳng - Nói thật Cần biết Báo giấy\n\
Chuyên đề Người tốt việc tốt Giải mã Ký sự Xe Nhà đất\n\
Hội Nông dân tỉnh Bình An tổng kết phong trào sản xuất giỏi năm 2025\n\
Phong trào nông dân thi đua sản xuất, kinh doanh giỏi tiếp tục lan tỏa trong toàn tỉnh.\n\
Thanh Tâm\n\
Sáng 9/1, Hội Nông dân tỉnh Bình An tổ chức hội nghị tổng kết phong trào sản xuất, kinh doanh giỏi năm 2025.",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Hội Nông dân tỉnh Bình An tổng kết phong trào sản xuất giỏi năm 2025")
    );
    // The writer signs under the summary, the menu rows above it.
    assert_eq!(page.header_name.as_deref(), Some("Thanh Tâm"));
    assert_eq!(page.paragraphs.len(), 2, "{:?}", page.paragraphs);
    // A headline the article echoes stays, whatever stands under it.
    let page = read_page(
        "Hội Nông dân tỉnh Bình An tổng kết phong trào sản xuất giỏi\n\
Chuyên đề Người tốt việc tốt Giải mã Ký sự Xe Nhà đất\n\
Nông dân sản xuất giỏi, một năm nhìn lại từ cơ sở\n\
Sáng 9/1, Hội Nông dân tỉnh Bình An tổ chức hội nghị tổng kết phong trào sản xuất, kinh doanh giỏi năm 2025.",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Hội Nông dân tỉnh Bình An tổng kết phong trào sản xuất giỏi")
    );
}

#[test]
fn a_section_name_in_capitals_above_the_headline_is_no_headline() {
    let page = read_page(
        "KINH TẾ - XÃ HỘI\nXã Tân Lập ra mắt mô hình dân vận khéo trong xây dựng nông thôn mới gắn với phát triển sản xuất của bà con các dân tộc thiểu số vùng cao biên giới năm 2024 và những năm tiếp theo của giai đoạn mới\nSáng 12/3, Đảng ủy xã Tân Lập tổ chức ra mắt mô hình dân vận khéo.",
    );
    assert!(page
        .title
        .as_deref()
        .is_some_and(|t| t.starts_with("Xã Tân Lập ra mắt")));
    // A headline in capitals stays one.
    let page = read_page(
        "HỘI NGHỊ DÂN VẬN - NĂM 2024\nXã Tân Lập tổ chức hội nghị\nSáng 12/3, Đảng ủy xã Tân Lập tổ chức hội nghị.",
    );
    assert_eq!(page.title.as_deref(), Some("HỘI NGHỊ DÂN VẬN - NĂM 2024"));
}

#[test]
fn a_caption_above_the_headline_is_no_headline() {
    let page = read_page(
        "Đồng chí Lê Văn Hùng, Bí thư Tỉnh ủy trao quyết định cho đồng chí Trần Văn Bình.\nĐồng chí Trần Văn Bình được giao điều hành hoạt động của Ban Thường vụ Huyện ủy\nChiều 25/10, tại huyện Tân Lập, Ban Thường vụ Tỉnh ủy tổ chức hội nghị công bố quyết định về công tác cán bộ.",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Đồng chí Trần Văn Bình được giao điều hành hoạt động của Ban Thường vụ Huyện ủy")
    );
    assert_eq!(
        page.captions,
        ["Đồng chí Lê Văn Hùng, Bí thư Tỉnh ủy trao quyết định cho đồng chí Trần Văn Bình"]
    );
    // The writer's name may stand above the caption.
    let page = read_page(
        "Minh Khang\n\nChủ tịch UBND tỉnh kiểm tra công tác chuẩn bị bầu cử tại Khu vực bỏ phiếu số 3, xã Bắc Hà.\n\nTỉnh sẵn sàng cho ngày hội non sông\n\nChiều 10/3, đồng chí Trần Văn Minh, Chủ tịch UBND tỉnh, đã kiểm tra công tác chuẩn bị bầu cử tại xã Bắc Hà.",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Tỉnh sẵn sàng cho ngày hội non sông")
    );
    assert!(!page
        .paragraphs
        .iter()
        .any(|p| p.contains("Khu vực bỏ phiếu số 3")));
    // A headline with no full stop keeps its place over a second line.
    let page = read_page(
        "Bí thư Tỉnh ủy thăm và tặng quà hộ nghèo tại xã Tân Lập\nĐoàn công tác tặng 50 suất quà cho các hộ nghèo của xã\nSáng 12/3, đoàn công tác của Tỉnh ủy đã đến thăm xã Tân Lập.",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Bí thư Tỉnh ủy thăm và tặng quà hộ nghèo tại xã Tân Lập")
    );
}

#[test]
fn a_page_of_one_finished_sentence_is_its_own_text() {
    let line = "Ông Trần Văn Bình sẽ thay ông Lê Văn Hùng giữ chức Chủ tịch Hội đồng nhân dân tỉnh từ tháng tới.";
    let page = read_page(line);
    assert_eq!(page.paragraphs, [line]);
    // A headline alone, with no full stop, is no text.
    let page = read_page("Ông Trần Văn Bình giữ chức Chủ tịch Hội đồng nhân dân tỉnh nhiệm kỳ mới");
    assert!(page.paragraphs.is_empty());
}

#[test]
fn a_photo_named_by_the_headline_and_its_number_is_no_text() {
    let text = "Tỉnh ủy kỷ luật nguyên Bí thư Huyện ủy\n\
Chiều 5/3, Ban Thường vụ Tỉnh ủy họp, xem xét kết quả kiểm tra tại Huyện ủy.\n\
Tỉnh ủy kỷ luật nguyên Bí thư Huyện ủy - 1\n\
Ban Thường vụ Tỉnh ủy quyết định thi hành kỷ luật bằng hình thức cảnh cáo.\n\
Tỉnh ủy kỷ luật nguyên Bí thư Huyện ủy - 15 cán bộ liên quan đã được kiểm điểm.\n";
    let page = read_page(text);
    assert_eq!(
        page.title.as_deref(),
        Some("Tỉnh ủy kỷ luật nguyên Bí thư Huyện ủy")
    );
    let body = page.paragraphs.join("\n");
    assert!(!body.contains("Huyện ủy - 1\n"), "{body}");
    assert!(body.contains("- 15 cán bộ"), "{body}");
}

#[test]
fn a_short_note_under_a_photos_name_is_its_caption() {
    let page = read_page(
        "Xã Tân Lập hoàn thành diễn tập phòng thủ\n\
Trong hai ngày 5 và 6/9, xã Tân Lập đã tổ chức diễn tập khu vực phòng thủ năm 2025 theo kế hoạch của huyện.\n\
a1\n\
Ban Chỉ đạo diễn tập.\n\
Các tình huống diễn tập được lực lượng dân quân xử lý linh hoạt, sát với thực tế của địa phương.\n\
a2\n\
Kết thúc diễn tập, Ban Chỉ đạo đánh giá xã đã hoàn thành tốt mục tiêu đề ra và rút ra nhiều bài học kinh nghiệm.\n\
Ban Chỉ đạo cũng yêu cầu xã tiếp tục duy trì lực lượng sẵn sàng.\n",
    );
    assert_eq!(page.captions, ["Ban Chỉ đạo diễn tập."]);
    assert!(page
        .paragraphs
        .iter()
        .any(|p| p.starts_with("Kết thúc diễn tập")));
    assert!(page.paragraphs.iter().all(|p| p != "a1" && p != "a2"));
}

#[test]
fn an_act_with_no_stop_under_a_photos_name_is_its_caption() {
    let page = read_page(
        "Xã Tân Lập trao quà Tết cho hộ nghèo\n\
Sáng 20/1, Đảng ủy xã Tân Lập tổ chức trao quà Tết cho các hộ nghèo và gia đình chính sách trên địa bàn.\n\
a1\n\
Đảng ủy xã Tân Lập trao quà cho các hộ nghèo\n\
Mỗi suất quà gồm tiền mặt và nhu yếu phẩm, tổng trị giá hơn 50 triệu đồng.\n\
Các hộ được nhận quà phấn khởi vì sự quan tâm của cấp ủy\n\
Buổi trao quà diễn ra trong không khí ấm áp, thân tình.\n",
    );
    assert_eq!(
        page.captions,
        ["Đảng ủy xã Tân Lập trao quà cho các hộ nghèo"]
    );
}

#[test]
fn a_ticker_of_related_headlines_ending_in_dashes_leaves_the_page() {
    let text = "-\nTỉnh hỗ trợ 50 tỷ đồng cho ngư dân bị thiệt hại do bão -\n\
Giá rau xanh tại chợ đầu mối tăng mạnh sau mưa lớn -\n\
Phường tổ chức ngày hội hiến máu tình nguyện lần thứ ba\n\
Ngày 12/5, Ban Thường vụ Tỉnh ủy họp xem xét kết quả kiểm tra tại huyện.\n\
Hội nghị thống nhất đề nghị thi hành kỷ luật một số đảng viên.\n";
    let page = read_page(text);
    let body = page.paragraphs.join("\n");
    assert!(
        !body.contains("50 tỷ") && !body.contains("rau xanh") && !body.contains("hiến máu"),
        "{body}"
    );
    assert!(page.title.as_deref().is_none_or(|t| !t.ends_with(" -")));
    assert!(body.contains("Ban Thường vụ Tỉnh ủy họp"));
    // One headline with a dash is read as it stands.
    let one = read_page("Hội nghị tổng kết công tác dân vận năm 2024 -\nNgày 3/1, Huyện ủy tổ chức hội nghị tổng kết.\n");
    assert!(one.title.is_some() || !one.paragraphs.is_empty());
    assert!(one.paragraphs.join("\n").contains("Huyện ủy tổ chức"));
}

#[test]
fn a_line_above_a_photo_gap_that_says_who_does_what_is_its_caption() {
    let text = "Lễ trao Huy hiệu Đảng tại xã Tân Lập\n\
Sáng 2-9, Đảng ủy xã Tân Lập tổ chức lễ trao Huy hiệu Đảng cho các đảng viên lão thành của xã.\n\n\
Đảng ủy xã Tân Lập trao tặng Huy hiệu Đảng cho các đảng viên\n\n\n\n\
Bí thư Đảng ủy xã phát biểu ghi nhận những đóng góp của các đảng viên trong nhiều năm qua.\n\n\
Các đảng viên hứa sẽ tiếp tục giữ gìn phẩm chất của người đảng viên\n\n\n\
Buổi lễ kết thúc trong không khí trang trọng và ấm cúng của cả xã.\n";
    let page = read_page(text);
    assert_eq!(
        page.captions,
        ["Đảng ủy xã Tân Lập trao tặng Huy hiệu Đảng cho các đảng viên"]
    );
    // A line that tells what will happen stays, gap or none.
    assert!(page
        .paragraphs
        .iter()
        .any(|p| p.starts_with("Các đảng viên hứa")));
}

#[test]
fn related_headlines_under_the_lead_leave_the_article() {
    let text = "Gặp mặt người có uy tín năm 2024\n\
Sáng 12-3, Ủy ban MTTQ Việt Nam huyện Chư Păh tổ chức gặp mặt người có uy tín trong đồng bào dân tộc thiểu số.\n\
Gia Lai: Gặp mặt người có uy tín tiêu biểu\n\
Huyện Mang Yang tuyên dương người có uy tín trong đồng bào\n\
Huyện hiện có 60 người có uy tín, phần lớn là già làng và trưởng thôn.\n";
    let page = read_page(text);
    let body = page.paragraphs.join("\n");
    assert!(
        !body.contains("Gia Lai:") && !body.contains("Mang Yang"),
        "{body}"
    );
    assert_eq!(page.paragraphs.len(), 2);
    // The place-first headline anywhere in the box; a long one above it.
    let text = "Gặp mặt người có uy tín năm 2024\n\
Sáng 12-3, Ủy ban MTTQ Việt Nam huyện Chư Păh tổ chức gặp mặt người có uy tín trong đồng bào dân tộc thiểu số.\n\
Ủy ban MTTQ tỉnh lấy ý kiến vào Đề án sắp xếp, tinh gọn tổ chức bộ máy của Mặt trận, các đoàn thể chính trị - xã hội và các hội quần chúng\n\
Gia Lai: Gặp mặt người có uy tín tiêu biểu\n\
Huyện hiện có 60 người có uy tín, phần lớn là già làng và trưởng thôn.\n";
    let page = read_page(text);
    assert_eq!(page.paragraphs.len(), 2, "{:?}", page.paragraphs);
}

#[test]
fn a_signature_set_right_of_the_last_line_is_the_byline() {
    let page = read_page(
        "Tổ đại biểu tiếp xúc cử tri\nNgày 8/7, Tổ đại biểu HĐND tỉnh tiếp xúc cử tri xã Đăk Blà.\n\
Ngày 9/7, tổ tiếp xúc cử tri phường Thắng Lợi.                    MINH ANH\n",
    );
    assert_eq!(page.byline.as_deref(), Some("MINH ANH"));
    assert_eq!(page.paragraphs.len(), 2, "{:?}", page.paragraphs);
    // A gap inside a sentence, or before more text, parts nothing.
    assert_eq!(right_aligned("Xã có     120 hộ nghèo."), None);
    assert_eq!(
        right_aligned("Xã có 120 hộ.      Năm nay xã phấn đấu giảm còn 80 hộ."),
        None
    );
}

#[test]
fn a_mastheads_party_name_and_a_greeting_banner_are_no_headline() {
    let lead = "Sáng 20/5, Hội Cựu chiến binh tỉnh tổ chức Đại hội đại biểu lần thứ VII, nhiệm kỳ 2022 - 2027.\n\
Đại hội đã bầu Ban Chấp hành gồm 15 đồng chí.\n";
    let headline = "Hội Cựu chiến binh tỉnh đại hội lần thứ VII";
    for header in [
        "ĐẢNG CỘNG SẢN VIỆT NAM\nBAN CHẤP HÀNH ĐẢNG BỘ TỈNH TÂN HÀ",
        "Chào mừng Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2025 - 2030",
    ] {
        let page = read_page(&format!("{header}\n{headline}\n{lead}"));
        assert_eq!(page.title.as_deref(), Some(headline), "{header}");
        assert_eq!(page.paragraphs.len(), 2, "{header}: {:?}", page.paragraphs);
    }
    // A headline as long as a lead with its slogan, under a greeting.
    let headline = "Đại hội đại biểu Hội Cựu chiến binh tỉnh lần thứ VII, nhiệm kỳ 2022 - 2027: \
Đoàn kết - Đổi mới - Gương mẫu - Phát triển bền vững";
    let page = read_page(&format!(
        "Chào mừng kỷ niệm 80 năm Cách mạng tháng Tám\n{headline}\n{lead}"
    ));
    assert_eq!(page.title.as_deref(), Some(headline));
}

#[test]
fn bulleted_items_under_a_section_label_leave_the_page() {
    // Under the headline, before the lead.
    let text = "Hội Cựu chiến binh tỉnh đại hội nhiệm kỳ 2022 - 2027\n\
Nhân vật liên quan\n\
• Chủ tịch Hội Cựu chiến binh tỉnhPhạm Văn Tuấn\n\
Sáng 20/5, Hội Cựu chiến binh tỉnh tổ chức Đại hội đại biểu lần thứ VII, nhiệm kỳ 2022 - 2027.\n";
    let page = read_page(text);
    assert_eq!(page.paragraphs.len(), 1, "{:?}", page.paragraphs);
    // Above the headline: no listed item is taken for it.
    let text = "Tin liên quan\n\
• Huyện tổng kết công tác dân vận năm 2023\n\
• Xã ra mắt mô hình dân vận khéo\n\
Hội Cựu chiến binh tỉnh đại hội nhiệm kỳ 2022 - 2027\n\
Sáng 20/5, Hội Cựu chiến binh tỉnh tổ chức Đại hội đại biểu lần thứ VII, nhiệm kỳ 2022 - 2027.\n";
    let page = read_page(text);
    assert_eq!(
        page.title.as_deref(),
        Some("Hội Cựu chiến binh tỉnh đại hội nhiệm kỳ 2022 - 2027")
    );
    assert_eq!(page.paragraphs.len(), 1, "{:?}", page.paragraphs);
}

#[test]
fn a_photo_label_that_repeats_a_line_above_the_article_names_the_headline() {
    let text = "Bảng giá Danh mục đầu tư\n\
Sáng nay, Quốc hội bầu bổ sung Phó Chủ tịch Quốc hội\n\
Chiều 20/10, Quốc hội tiến hành bầu bổ sung một Phó Chủ tịch Quốc hội khóa XV bằng hình thức bỏ phiếu kín.\n\
Sáng nay, Quốc hội bầu bổ sung Phó Chủ tịch Quốc hội - Ảnh 1.\n\
Kết quả kiểm phiếu cho thấy đa số đại biểu tán thành việc bầu bổ sung.\n";
    let page = read_page(text);
    assert_eq!(
        page.title.as_deref(),
        Some("Sáng nay, Quốc hội bầu bổ sung Phó Chủ tịch Quốc hội")
    );
    assert!(
        page.paragraphs[0].starts_with("Chiều 20/10"),
        "{:?}",
        page.paragraphs
    );
}

#[test]
fn a_related_box_between_the_headline_and_the_lead_is_dropped() {
    let page = read_page("Xã Tân Lập ra mắt mô hình dân vận khéo\nTin liên quan\nHuyện tổng kết phong trào thi đua năm 2024\nHội Phụ nữ xã tổ chức ngày hội\nSáng 5/3, Đảng ủy xã Tân Lập tổ chức lễ ra mắt mô hình dân vận khéo tại thôn 3.\nMô hình thu hút đông đảo người dân tham gia ngay từ những ngày đầu.");
    assert_eq!(
        page.title.as_deref(),
        Some("Xã Tân Lập ra mắt mô hình dân vận khéo")
    );
    assert_eq!(page.paragraphs.len(), 2, "{:?}", page.paragraphs);
}

#[test]
fn readers_comments_under_the_article_are_dropped() {
    for heading in [
        "Ý kiến bạn đọc",
        "Ý kiến bạn đọc (2)",
        "Bình luận (2)",
        "Gửi bình luận",
    ] {
        let page = read_page(&format!("Xã Tân Lập ra mắt mô hình dân vận khéo\nSáng 5/3, Đảng ủy xã Tân Lập tổ chức lễ ra mắt mô hình dân vận khéo tại thôn 3.\nMô hình thu hút đông đảo người dân tham gia ngay từ những ngày đầu.\nMinh Anh\n{heading}\nTrần Văn Bảy\n12/03/2025 10:21\nMô hình rất thiết thực, mong các xã khác trong huyện cũng học tập và nhân rộng cách làm này.\nTrả lời"));
        assert_eq!(page.paragraphs.len(), 2, "{heading}: {:?}", page.paragraphs);
        assert_eq!(page.byline.as_deref(), Some("Minh Anh"), "{heading}");
    }
    // Right under the lead, the form's button heads nothing yet.
    let page = read_page("Xã Tân Lập ra mắt mô hình dân vận khéo\nSáng 5/3, Đảng ủy xã Tân Lập tổ chức lễ ra mắt mô hình dân vận khéo tại thôn 3.\nGửi bình luận\nMô hình thu hút đông đảo người dân tham gia ngay từ những ngày đầu.");
    assert_eq!(page.paragraphs.len(), 2, "{:?}", page.paragraphs);
}

#[test]
fn a_meta_row_under_the_headline_dates_and_signs_the_page() {
    let page = read_page("Xã Tân Lập hiệp thương chuẩn bị bầu cử\nNgày đăng: 12/03/2026 Lượt xem: 87 Tác giả: Minh Anh\nChiều 11/3, Ban Thường trực Ủy ban MTTQ Việt Nam xã Tân Lập tổ chức hội nghị hiệp thương lần thứ hai.");
    assert_eq!(page.header_dates, ["Ngày đăng: 12/03/2026"]);
    assert_eq!(page.top_byline.as_deref(), Some("Minh Anh"));
    assert_eq!(page.paragraphs.len(), 1, "{:?}", page.paragraphs);
}

#[test]
fn a_stamp_run_onto_a_view_counter_still_dates_the_page() {
    let page = read_page("Hương Trà công nhận 12 thôn văn hóa năm 2012\nLượt đọc: 312Thời gian: 21/03/2012\nNgày 19/3/2012, UBND thị xã Hương Trà tổ chức lễ công nhận 12 thôn đạt chuẩn văn hóa.");
    assert_eq!(
        crate::parse::dates::published(&page.header_dates),
        crate::model::Date::new(2012, 3, 21),
        "{:?}",
        page.header_dates
    );
    assert_eq!(page.paragraphs.len(), 1, "{:?}", page.paragraphs);
}

#[test]
fn the_day_a_post_went_up_labels_the_stamp_as_the_day_the_page_did() {
    let page = read_page("Xã Tân Lập hiệp thương chuẩn bị bầu cử\nNgày đăng bài: 12/03/2026 | Tác giả: Minh Anh\nChiều 11/3, Ban Thường trực Ủy ban MTTQ Việt Nam xã Tân Lập tổ chức hội nghị hiệp thương lần thứ hai.");
    assert_eq!(page.header_dates, ["Ngày đăng bài: 12/03/2026"]);
    assert_eq!(page.top_byline.as_deref(), Some("Minh Anh"));
    assert_eq!(page.paragraphs.len(), 1, "{:?}", page.paragraphs);
}

#[test]
fn captions_in_cells_that_lost_their_opening_bar_leave_the_body() {
    let page = read_page("Xã Tân Lập tổ chức ngày hội đại đoàn kết\nSáng 5/3, Ban Công tác Mặt trận thôn 3 tổ chức ngày hội đại đoàn kết toàn dân tộc.\nĐông đảo người dân thôn 3 dự ngày hội |\nNgày hội diễn ra trong không khí vui tươi, phấn khởi với nhiều hoạt động văn hóa, thể thao.");
    assert_eq!(page.paragraphs.len(), 2, "{:?}", page.paragraphs);
    assert_eq!(page.captions, ["Đông đảo người dân thôn 3 dự ngày hội"]);
}

#[test]
fn a_caption_that_lost_its_credit_is_no_last_paragraph() {
    let page = read_page("Xã Tân Lập tổ chức ngày hội đại đoàn kết\nSáng 5/3, Ban Công tác Mặt trận thôn 3 tổ chức ngày hội đại đoàn kết toàn dân tộc.\nNgày hội diễn ra trong không khí vui tươi, phấn khởi với nhiều hoạt động văn hóa, thể thao.\nBí thư Đảng ủy xã Trần Văn An trao quà cho các hộ có hoàn cảnh khó khăn tại ngày hội. Ảnh: Minh Anh");
    assert_eq!(page.paragraphs.len(), 2, "{:?}", page.paragraphs);
    assert_eq!(page.captions.len(), 1, "{:?}", page.captions);
    // Two sentences with a credit after them are the article's last paragraph.
    let page = read_page("Xã Tân Lập tổ chức ngày hội đại đoàn kết\nSáng 5/3, Ban Công tác Mặt trận thôn 3 tổ chức ngày hội đại đoàn kết toàn dân tộc.\nNgày hội diễn ra trong không khí vui tươi. Các gia đình được tặng quà và giấy khen. Ảnh: Minh Anh");
    assert_eq!(page.paragraphs.len(), 2, "{:?}", page.paragraphs);
}

#[test]
fn a_stopped_caption_under_a_photos_name_leaves_the_body() {
    let text = "Xã Tân Lập có tân Bí thư Đảng ủy\nSáng 5/3, Ban Thường vụ Huyện ủy công bố quyết định chỉ định Bí thư Đảng ủy xã Tân Lập.\nimg\nÔng Trần Văn An, Phó Bí thư Thường trực Huyện ủy trao quyết định và tặng hoa chúc mừng bà Lê Thị Bình.\nPhát biểu tại buổi lễ, ông Trần Văn An đề nghị bà Lê Thị Bình phát huy kinh nghiệm, cùng tập thể cấp ủy hoàn thành tốt nhiệm vụ.";
    let page = read_page(text);
    assert_eq!(page.paragraphs.len(), 2, "{:?}", page.paragraphs);
    assert_eq!(page.captions.len(), 1, "{:?}", page.captions);
    // Opening with the act, the line under a photo is the article's.
    let text = "Đại hội Đoàn xã Tân Lập\nSáng 5/3, Đoàn xã Tân Lập tổ chức Đại hội đại biểu lần thứ XXV.\nanh2.jpg\nTham dự Đại hội Đại biểu Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Tân Lập lần thứ XXV có 110 đại biểu đến từ 11 chi đoàn trong toàn xã.\nĐại hội đã bầu Ban Chấp hành khóa mới gồm 15 đồng chí và thông qua nghị quyết.";
    assert_eq!(read_page(text).paragraphs.len(), 3);
}

#[test]
fn an_agency_in_capitals_under_the_headline_signs_it_and_a_menu_of_the_outlets_links_is_no_headline(
) {
    let page = read_page("Tiện ích Bạn cần biết Liên hệ Thông tin tòa soạn Liên hệ quảng cáo\nChính trị\nTrao quyết định bổ nhiệm Đại sứ tại nước ngoài\nTTXVN\n17/01/2026 04:00 GMT+7\nChiều 16/1, tại Phủ Chủ tịch, Chủ tịch nước đã trao quyết định bổ nhiệm Đại sứ đặc mệnh toàn quyền.");
    assert_eq!(
        page.title.as_deref(),
        Some("Trao quyết định bổ nhiệm Đại sứ tại nước ngoài")
    );
    assert_eq!(page.header_name.as_deref(), Some("TTXVN"));
}

#[test]
fn a_stamp_a_section_a_headline_and_the_summary_on_one_line_are_told_apart() {
    let page = read_page("date 2025-09-24 Thời sự Thường trực HĐND xã sẽ tổ chức phiên giải trình về công tác cán bộ Tại phiên họp, đồng chí Trần Văn An, Chủ tịch HĐND xã định hướng nội dung phiên giải trình trong 6 tháng cuối năm.\nChiều 24/9, Thường trực HĐND xã Tân Lập tổ chức phiên họp thường kỳ tháng 9.");
    assert_eq!(page.header_dates, ["2025-09-24"]);
    assert_eq!(
        page.title.as_deref(),
        Some("Thường trực HĐND xã sẽ tổ chức phiên giải trình về công tác cán bộ")
    );
    assert!(
        page.paragraphs[0].starts_with("Tại phiên họp"),
        "{:?}",
        page.paragraphs
    );
}

#[test]
fn an_agency_signing_in_small_letters_under_the_text_is_the_byline() {
    let page = read_page("Xã đảo sẵn sàng cho ngày bầu cử\nSáng 5/3, xã đảo Tân Lập hoàn thành công tác chuẩn bị cho ngày bầu cử đại biểu HĐND các cấp.\nvnews\nTin cùng chuyên mục\nHuyện tổng kết phong trào thi đua năm 2024");
    assert_eq!(page.byline.as_deref(), Some("vnews"));
    assert_eq!(page.paragraphs.len(), 1, "{:?}", page.paragraphs);
}

#[test]
fn a_movements_name_in_capitals_above_the_headline_is_its_section() {
    let page = read_page("• image01\nPHONG TRÀO TOÀN DÂN ĐOÀN KẾT XÂY DỰNG ĐỜI SỐNG VĂN HÓA\nXã Tân Lập tổng kết phong trào toàn dân đoàn kết xây dựng đời sống văn hóa năm 2025\nNgày 16/12, Ban Chỉ đạo phong trào xã Tân Lập tổ chức hội nghị tổng kết năm 2025.");
    assert_eq!(
        page.title.as_deref(),
        Some("Xã Tân Lập tổng kết phong trào toàn dân đoàn kết xây dựng đời sống văn hóa năm 2025")
    );
}

#[test]
fn a_broadcasters_report_is_signed_by_its_label() {
    let page = read_page("Huyện Tân Lập ra mắt mô hình dân vận khéo\nNgày 11/3, Ban Dân vận Huyện ủy Tân Lập ra mắt mô hình dân vận khéo tại xã An Bình.\nPhóng sự: Minh Anh - Quốc Bảo");
    assert_eq!(page.byline.as_deref(), Some("Minh Anh - Quốc Bảo"));
}

#[test]
fn under_a_list_heading_above_everything_the_last_headline_above_the_lead_is_the_pages() {
    let page = read_page("Tin liên quan\nHội Nông dân xã tổng kết hoạt động năm 2024\n12/05/2025 08:15\nHuyện ủy Tân Lập sơ kết công tác dân vận 6 tháng đầu năm\nSáng 10/5, Huyện ủy Tân Lập tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2025.");
    assert_eq!(
        page.title.as_deref(),
        Some("Huyện ủy Tân Lập sơ kết công tác dân vận 6 tháng đầu năm")
    );
    assert_eq!(page.paragraphs.len(), 1, "{:?}", page.paragraphs);
    // A tag row's label heads no list: the section's name under the
    // headline stays a label.
    let page = read_page("Tag\nPhong trào phụ nữ xã Tân Lập thích ứng với mô hình mới\nPhụ nữ & Đời sống 11/12/2025 15:37\nNgày 11/12, Hội Liên hiệp Phụ nữ xã Tân Lập tổ chức kỳ họp thứ hai để đánh giá kết quả công tác năm 2025.");
    assert_eq!(
        page.title.as_deref(),
        Some("Phong trào phụ nữ xã Tân Lập thích ứng với mô hình mới")
    );
}

#[test]
fn readers_comments_with_no_heading_end_at_the_writer() {
    let page = read_page("Xã Tân Lập ra mắt tổ tự quản an ninh\nSáng 5/3, Ủy ban MTTQ Việt Nam xã Tân Lập ra mắt tổ tự quản an ninh tại thôn 2.\nTổ gồm 12 thành viên, do trưởng thôn làm tổ trưởng.\nMinh Anh\nHoàng Văn Khải\n12/03/2025 10:21\nMô hình hay, mong được nhân rộng ra các thôn khác.\nTrả lời\nĐỗ Thị Hạnh\n12/03/2025 11:02\nCảm ơn xã đã quan tâm.\nTrả lời");
    assert_eq!(page.paragraphs.len(), 2, "{:?}", page.paragraphs);
    assert_eq!(page.byline.as_deref(), Some("Minh Anh"));
    // A writer signing with the date keeps the text under it when no
    // reply button follows.
    let page = read_page("Xã Tân Lập ra mắt tổ tự quản an ninh\nSáng 5/3, Ủy ban MTTQ Việt Nam xã Tân Lập ra mắt tổ tự quản an ninh tại thôn 2.\nTổ gồm 12 thành viên, do trưởng thôn làm tổ trưởng.\nLê Minh Anh\n12/03/2025 10:21\nCác thành viên được tập huấn kỹ năng hòa giải trong tháng tới.");
    assert!(
        page.paragraphs
            .iter()
            .any(|p| p.starts_with("Các thành viên")),
        "{:?}",
        page.paragraphs
    );
}

#[test]
fn a_dated_line_under_the_links_label_is_the_headline() {
    let page = read_page("Thứ Năm, 18/12/2025\nLiên kết website\nTỉnh ủy Tân Lập tổng kết công tác dân vận năm 2025\n17/12/2025 15:30\nSáng 17/12, Tỉnh ủy Tân Lập tổ chức hội nghị tổng kết công tác dân vận năm 2025.\nTheo báo cáo, các cấp ủy đã lãnh đạo thực hiện tốt phong trào thi đua.");
    assert_eq!(
        page.title.as_deref(),
        Some("Tỉnh ủy Tân Lập tổng kết công tác dân vận năm 2025")
    );
    assert_eq!(page.paragraphs.len(), 2, "{:?}", page.paragraphs);
    // A portal's link with no stamp under it is still no headline.
    let page = read_page("Liên kết website\nCổng thông tin điện tử Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam\nXã Tân Lập ra mắt mô hình dân vận khéo\n17/12/2025 15:30\nSáng 17/12, Đảng ủy xã Tân Lập ra mắt mô hình dân vận khéo tại thôn 3.");
    assert_eq!(
        page.title.as_deref(),
        Some("Xã Tân Lập ra mắt mô hình dân vận khéo")
    );
}

#[test]
fn a_summary_above_the_headline_and_its_stamp_is_no_headline() {
    let page = read_page("Hội nghị là dịp để các cấp ủy đánh giá kết quả thực hiện công tác dân vận trong năm qua. Chủ trì hội nghị có đồng chí Bí thư Tỉnh ủy.\nTỉnh ủy Tân Lập tổng kết công tác dân vận năm 2025\nThứ tư, 15:30, 17/12/2025\nVOV1 - Sáng nay, 17/12, Tỉnh ủy Tân Lập tổ chức hội nghị tổng kết công tác dân vận năm 2025.\nTheo báo cáo, các cấp ủy đã lãnh đạo thực hiện tốt phong trào thi đua.");
    assert_eq!(
        page.title.as_deref(),
        Some("Tỉnh ủy Tân Lập tổng kết công tác dân vận năm 2025")
    );
    assert_eq!(page.paragraphs.len(), 3, "{:?}", page.paragraphs);
    // Two short paragraphs and a stamp: the second is no headline.
    let page = read_page("Xã Tân Lập ra mắt mô hình dân vận khéo\nSáng 5/3, Đảng ủy xã Tân Lập ra mắt mô hình dân vận khéo tại thôn 3 với sự tham gia của đông đảo người dân.\nMô hình do Mặt trận xã chủ trì thực hiện\n12/03/2025\nCác thành viên được tập huấn kỹ năng hòa giải trong tháng tới.");
    assert_eq!(
        page.title.as_deref(),
        Some("Xã Tân Lập ra mắt mô hình dân vận khéo")
    );
}

#[test]
fn a_rubric_glued_before_the_lead_is_no_text() {
    let page = read_page("Đoàn xã Tân Lập kết nạp 25 đoàn viên mới\n12:10 18/12/2025\nCông tác Đoàn ĐTN: Sáng ngày 17/12/2025, Ban Chấp hành Đoàn xã Tân Lập tổ chức lễ kết nạp đoàn viên mới.\nCác đoàn viên mới đã tuyên thệ dưới cờ Đoàn.");
    assert!(
        page.paragraphs[0].starts_with("Sáng ngày 17/12"),
        "{:?}",
        page.paragraphs
    );
    // A place datelining the lead, and a lead opening on its own plan, stay.
    for lead in [
        "Bắc Giang: Sáng ngày 17/12/2025, Ban Chấp hành Đoàn xã Tân Lập tổ chức lễ kết nạp đoàn viên mới.",
        "Theo kế hoạch: Sáng ngày 17/12/2025, Ban Chấp hành Đoàn xã Tân Lập tổ chức lễ kết nạp đoàn viên mới.",
        "Một tin vui đến với đoàn viên: chiều 17/12, Ban Chấp hành Đoàn xã Tân Lập tổ chức lễ kết nạp đoàn viên mới.",
    ] {
        let page = read_page(&format!("Đoàn xã Tân Lập kết nạp 25 đoàn viên mới\n12:10 18/12/2025\n{lead}\nCác đoàn viên mới đã tuyên thệ dưới cờ Đoàn."));
        assert_eq!(page.paragraphs[0], lead);
    }
}

#[test]
fn the_site_clocks_lunar_date_dates_no_banner_into_a_headline() {
    let page = read_page("Âm lịch 15/10 Bính Ngọ\nĐẢNG BỘ TỈNH TÂN LẬP - BAN DÂN VẬN\nTrang chủ » Hoạt động dân vận\nHoạt động dân vận\nBan Dân vận Tỉnh ủy khảo sát mô hình dân vận khéo tại huyện miền núi\n03/12/2026 - 14:20\nNgày 2/12, Đoàn công tác Ban Dân vận Tỉnh ủy khảo sát mô hình dân vận khéo tại huyện Mường La.\nĐoàn đã làm việc với Ban Thường vụ Huyện ủy và thăm một số mô hình tiêu biểu.");
    assert_eq!(
        page.title.as_deref(),
        Some("Ban Dân vận Tỉnh ủy khảo sát mô hình dân vận khéo tại huyện miền núi")
    );
    assert_eq!(page.paragraphs.len(), 2, "{:?}", page.paragraphs);
    assert_eq!(page.header_dates, ["03/12/2026 - 14:20"]);
}

#[test]
fn a_meta_row_stamped_at_its_posting_and_a_plural_list_heading() {
    let page = read_page("Hội LHPN huyện Tân Lập tổ chức Ngày hội phụ nữ sáng tạo\nĐăng lúc: 08/03/2025 10:30 | Người đăng: Quản trị viên | Lượt xem: 215\nNgày 7/3, Hội LHPN huyện Tân Lập tổ chức Ngày hội phụ nữ sáng tạo, khởi nghiệp năm 2025.\nNgày hội có 30 gian hàng trưng bày sản phẩm của các tổ hợp tác do phụ nữ làm chủ.\nTin, ảnh: Hồng Nhung\nCác bài viết cùng chuyên mục:\nHội LHPN xã Tân Hòa ra mắt câu lạc bộ phụ nữ khởi nghiệp với nhiều thành viên tham gia (05/03/2025)");
    assert_eq!(page.header_dates, ["Đăng lúc: 08/03/2025 10:30"]);
    assert_eq!(page.paragraphs.len(), 2, "{:?}", page.paragraphs);
    assert_eq!(page.byline.as_deref(), Some("Hồng Nhung"));
}

#[test]
fn a_ward_portal_s_meta_row_labels_its_poster_and_day_as_news() {
    let page = read_page("Phường Thanh Bình ra quân làm sạch kênh thoát nước\nNgười đăng tin: Quản trị hệ thống Ngày đăng tin: 21/04/2017 Lượt xem: 134\nSáng 20/4, Đoàn Thanh niên phường Thanh Bình ra quân làm sạch tuyến kênh.\nnbsp;\nGần 80 đoàn viên đã thu gom rác thải dọc hai bờ kênh.");
    assert_eq!(page.header_dates, ["Ngày đăng tin: 21/04/2017"]);
    assert_eq!(page.paragraphs.len(), 2, "{:?}", page.paragraphs);
}

#[test]
fn a_headline_in_capitals_that_inspects_over_an_old_meta_row() {
    let page = read_page("HUYỆN ỦY TÂN LẬP KIỂM TRA CÔNG TÁC DÂN VẬN TẠI CƠ SỞ\nCập nhật ngày: 12/03/2010 | Số lần đọc: 45\nNgày 10/3/2010, Đoàn kiểm tra của Huyện ủy Tân Lập đã kiểm tra công tác dân vận tại xã Tân Hòa.\nQua kiểm tra, đoàn đánh giá cao việc thực hiện Quy chế dân chủ ở cơ sở.");
    assert_eq!(
        page.title.as_deref(),
        Some("HUYỆN ỦY TÂN LẬP KIỂM TRA CÔNG TÁC DÂN VẬN TẠI CƠ SỞ")
    );
    assert_eq!(page.portal, None);
    assert_eq!(page.header_dates, ["Cập nhật ngày: 12/03/2010"]);
    assert_eq!(page.paragraphs.len(), 2, "{:?}", page.paragraphs);
}

#[test]
fn a_credit_for_the_photos_names_no_source() {
    let page = read_page("Mặt trận tỉnh Tân Lập phát động ủng hộ đồng bào bị thiên tai\nSáng 11/9, Ủy ban MTTQ Việt Nam tỉnh Tân Lập phát động ủng hộ đồng bào bị ảnh hưởng bởi bão.\nNgay tại buổi phát động, các cơ quan, đơn vị đã ủng hộ hơn 2 tỷ đồng.\nNguồn ảnh: Internet");
    assert_eq!(page.theo, None);
    assert_eq!(page.paragraphs.len(), 2, "{:?}", page.paragraphs);
}

#[test]
fn a_papers_motto_under_its_name_is_no_headline() {
    let page = read_page("Báo Tân Lập điện tử\nCơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Tân Lập - Tiếng nói của Đảng bộ, chính quyền và nhân dân tỉnh Tân Lập\nXã hội\nNgười có uy tín góp sức giữ bình yên bản làng\nCập nhật: 08:45, 16/05/2025 (GMT+7)\n(BTL) - Những năm qua, người có uy tín trong đồng bào dân tộc thiểu số tỉnh Tân Lập luôn là cầu nối với nhân dân.\nMỗi năm, tỉnh tổ chức gặp mặt, biểu dương người có uy tín tiêu biểu.");
    assert_eq!(
        page.title.as_deref(),
        Some("Người có uy tín góp sức giữ bình yên bản làng")
    );
    assert_eq!(page.paragraphs.len(), 2, "{:?}", page.paragraphs);
}

#[test]
fn a_read_aloud_voice_and_a_follow_us_row_are_furniture() {
    let page = read_page("Đoàn Thanh niên phường Bến Thành ra quân làm sạch kênh rạch\nThứ bảy, 05/07/2025 - 10:20\nNghe bài viết 0:00 / 2:45\nGiọng nữ miền Bắc\nSáng 5/7, Đoàn Thanh niên phường Bến Thành ra quân làm sạch kênh rạch trên địa bàn.\nHơn 200 đoàn viên, thanh niên đã tham gia thu gom rác thải dọc tuyến kênh.\nTheo dõi chúng tôi trên\nFacebook | YouTube");
    assert_eq!(page.paragraphs.len(), 2, "{:?}", page.paragraphs);
    assert_eq!(page.theo, None);
}

#[test]
fn a_greeting_banner_and_a_section_name_stand_above_the_headline() {
    let page = read_page("CHÀO MỪNG ĐẾN VỚI TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH HÒA BÌNH\n\nHoạt động của lãnh đạo tỉnh\nBí thư Tỉnh ủy dự Đại hội đại biểu Hội Nông dân tỉnh lần thứ IX\nThứ năm 06/10/2022 13:44\n\nSáng ngày 06/10/2022, đồng chí Lê Văn Hùng - Bí thư Tỉnh ủy đã đến dự Đại hội đại biểu Hội Nông dân tỉnh lần thứ IX, nhiệm kỳ 2022-2027.\n\nĐại hội đã bầu Ban Chấp hành gồm 35 đồng chí.");
    assert_eq!(
        page.title.as_deref(),
        Some("Bí thư Tỉnh ủy dự Đại hội đại biểu Hội Nông dân tỉnh lần thứ IX")
    );
    assert_eq!(page.paragraphs.len(), 2, "{:?}", page.paragraphs);
    // A short headline over a lead keeps its place.
    let page = read_page("Xã Tân Lập ra mắt tổ tự quản\nSáng 5/3, Ủy ban MTTQ Việt Nam xã Tân Lập ra mắt tổ tự quản an ninh trật tự tại thôn 3.\nTổ có 12 thành viên.");
    assert_eq!(page.title.as_deref(), Some("Xã Tân Lập ra mắt tổ tự quản"));
}

#[test]
fn a_title_bar_a_video_block_and_an_english_stamp_label_are_furniture() {
    let page = read_page("Chi tiết tin - Xã Tân Lập - Hòa An\n\nVideo clip\nThống kê truy cập\n  • Đang truy cập 4\n  • Hôm nay 1388\n\nLễ chào cờ tháng 10/2024 tại cơ quan xã Tân Lập\n\nPost date: 13/11/2024\n\nCơ quan xã Tân Lập duy trì đều đặn lễ chào cờ đầu tháng và sinh hoạt chính trị dưới cờ.\n\nNgay sau lễ chào cờ, đồng chí Lê Văn Hùng - Chủ tịch UBND xã đánh giá một số kết quả nổi bật tháng 9.");
    assert_eq!(
        page.title.as_deref(),
        Some("Lễ chào cờ tháng 10/2024 tại cơ quan xã Tân Lập")
    );
    assert_eq!(page.paragraphs.len(), 2, "{:?}", page.paragraphs);
}

#[test]
fn a_gallery_heading_first_on_the_page_is_its_headline() {
    let page = read_page("Một số hình ảnh Đại hội Công đoàn Sở Nội vụ khóa II, nhiệm kỳ 2023-2028\nChiều 14/4, Công đoàn Sở Nội vụ tổ chức Đại hội khóa II, nhiệm kỳ 2023-2028.\nĐại hội bầu 7 đồng chí vào Ban Chấp hành.");
    assert_eq!(
        page.title.as_deref(),
        Some("Một số hình ảnh Đại hội Công đoàn Sở Nội vụ khóa II, nhiệm kỳ 2023-2028")
    );
    // Under the headline, the same words head the photos and are dropped.
    let page = read_page("Công đoàn Sở Nội vụ tổ chức Đại hội\nChiều 14/4, Công đoàn Sở Nội vụ tổ chức Đại hội khóa II.\nMột số hình ảnh tại Đại hội\nĐại hội bầu 7 đồng chí vào Ban Chấp hành.");
    assert!(
        page.paragraphs
            .iter()
            .all(|p| !p.starts_with("Một số hình ảnh")),
        "{:?}",
        page.paragraphs
    );
}

#[test]
fn a_title_bar_naming_the_unit_after_a_dash_is_no_headline() {
    let page = read_page("Chi tiết - Huyện Tân Lạc\n\nTân Lạc: Đại hội Hội Nông dân các cấp hoàn thành trước 30/6/2023\n\nThực hiện chỉ đạo của Ban Thường vụ Huyện ủy, các cơ sở Hội Nông dân tổ chức đại hội nhiệm kỳ 2023 - 2028.");
    assert_eq!(
        page.title.as_deref(),
        Some("Tân Lạc: Đại hội Hội Nông dân các cấp hoàn thành trước 30/6/2023")
    );
}

#[test]
fn a_writer_in_brackets_closing_the_last_paragraph_signs_the_page() {
    for (sign, name) in [("(NGỌC HÀ)", "NGỌC HÀ"), ("(Ngọc Hà)", "Ngọc Hà")] {
        let page = read_page(&format!(
            "Đảng ủy phường Tân Lập trao Huy hiệu Đảng\nSáng 27/8, Đảng ủy phường Tân Lập tổ chức lễ trao Huy hiệu Đảng cho các đảng viên lão thành.\nBí thư Đảng ủy phường đề nghị cấp ủy tiếp tục chăm lo các gia đình người có công trên địa bàn. {sign}"
        ));
        assert_eq!(page.byline.as_deref(), Some(name));
        assert!(
            page.paragraphs[1].ends_with("địa bàn."),
            "{:?}",
            page.paragraphs
        );
    }
    // A page cut short inside a bracket with an abbreviation ("(P." for
    // "phường") leaves no writer after that stop.
    let page = read_page("Khánh thành nhà văn hóa khu phố 5\nSáng 21/3, UBND phường khánh thành nhà văn hóa khu phố 5 sau 8 tháng thi công.\nCông trình nằm cạnh chợ Cây Gòn (P. Hòa Khánh");
    assert_eq!(page.byline, None);
    // A photo's credit or a source in brackets signs no one.
    let page = read_page("Đảng ủy phường Tân Lập trao Huy hiệu Đảng\nSáng 27/8, Đảng ủy phường Tân Lập tổ chức lễ trao Huy hiệu Đảng cho các đảng viên lão thành.\nBí thư Đảng ủy phường đề nghị cấp ủy tiếp tục chăm lo các gia đình người có công trên địa bàn. (Theo TTXVN)");
    assert_eq!(page.byline, None);
}

#[test]
fn initials_glued_to_the_last_stop_sign_the_page() {
    let page = read_page("Cựu chiến binh Yên Phong họp cuối năm\nChiều 5-12, tại hội trường thị trấn Chờ, các cựu chiến binh của Yên Phong họp cuối năm 2008.\nNăm qua, các cấp hội đã giúp 214 hội viên thoát nghèo và xây 9 nhà tình nghĩa.T.L");
    assert_eq!(page.byline.as_deref(), Some("T.L"));
    assert!(
        page.paragraphs[1].ends_with("nhà tình nghĩa."),
        "{:?}",
        page.paragraphs
    );
    // Three initials after a closing quote or a number, and a final stop.
    for (end, sign) in [
        ("phong trào “Dân vận khéo”.N.V.H.", "N.V.H"),
        ("tổng số 35 hộ.Q.T", "Q.T"),
    ] {
        let page = read_page(&format!("Cựu chiến binh Yên Phong họp cuối năm\nChiều 5-12, tại hội trường thị trấn Chờ, các cựu chiến binh của Yên Phong họp cuối năm.\nCác cấp hội tiếp tục hưởng ứng {end}"));
        assert_eq!(page.byline.as_deref(), Some(sign), "{end}");
    }
    // An abbreviation closing the sentence ends in a capital; one capital
    // after the stop signs no one.
    for end in ["tại TP.HCM", "của UBND.T.L", "ở ấp 3.A"] {
        let page = read_page(&format!("Cựu chiến binh Yên Phong họp cuối năm\nChiều 5-12, tại hội trường thị trấn Chờ, các cựu chiến binh của Yên Phong họp cuối năm.\nĐoàn đại biểu của hội đã đi tham quan mô hình kinh tế {end}"));
        assert_eq!(page.byline, None, "{end}");
    }
}

#[test]
fn a_photos_generated_label_names_a_headline_the_page_left_out() {
    let page = read_page("Bà Lê Thị Hoa, Trưởng Ban Dân vận Quận ủy, biểu dương các tập thể, cá nhân điển hình trong công tác dân vận, đã chủ động xây dựng kế hoạch và tổ chức hiệu quả nhiều phong trào.\nTuyên dương 40 tập thể, 52 gương điển hình dân vận khéo - Ảnh 1.\nĐánh giá về công tác dân vận, bà Lê Thị Hoa nhấn mạnh quy chế dân chủ ở cơ sở được các đơn vị cụ thể hóa bằng nhiều quy chế riêng.");
    assert_eq!(
        page.title.as_deref(),
        Some("Tuyên dương 40 tập thể, 52 gương điển hình dân vận khéo")
    );
}

#[test]
fn a_paragraph_s_first_word_alone_on_its_line_opens_the_paragraph() {
    let page = read_page(
        "Ban Thường vụ Huyện ủy họp phiên thường kỳ tháng tư\n\nSáng\n14/4, Ban Thường vụ Huyện ủy họp phiên thường kỳ cho ý kiến về nhiều nội dung.\n\nTheo\n\nđó, hội nghị thống nhất kế hoạch tổ chức đại hội chi bộ.\n\nTrong\n3 ngày, các chi bộ hoàn thành việc lấy ý kiến.\n",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Ban Thường vụ Huyện ủy họp phiên thường kỳ tháng tư")
    );
    assert_eq!(
        page.paragraphs,
        [
            "Sáng 14/4, Ban Thường vụ Huyện ủy họp phiên thường kỳ cho ý kiến về nhiều nội dung.",
            "Theo đó, hội nghị thống nhất kế hoạch tổ chức đại hội chi bộ.",
            "Trong 3 ngày, các chi bộ hoàn thành việc lấy ý kiến.",
        ]
    );
    // A signature in capitals is held by no rule of this kind.
    let page = read_page(
        "Huyện ủy họp phiên thường kỳ tháng tư năm nay\n\nSáng 14/4, Ban Thường vụ Huyện ủy họp phiên thường kỳ cho ý kiến về nhiều nội dung.\n\nTTXVN\n",
    );
    assert_eq!(page.paragraphs.len(), 1, "{:?}", page.paragraphs);
}

#[test]
fn a_menu_button_alone_above_a_headline_opening_with_a_figure_is_no_part_of_it() {
    let page = read_page(
        "Đóng\n\n5 cán bộ được điều động, luân chuyển về cơ sở\n\nSáng 14/4, Ban Thường vụ Huyện ủy công bố quyết định về công tác cán bộ.\n",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("5 cán bộ được điều động, luân chuyển về cơ sở")
    );
}

#[test]
fn a_digest_goes_on_past_an_items_closing_mark_with_its_next_starred_item() {
    let page = read_page(
        "Bầu các chức danh chủ chốt HĐND hai tỉnh\n\nNgày 20/6, HĐND tỉnh Tân Hà bầu ông Lê Văn Tám giữ chức Chủ tịch HĐND tỉnh./.\n\n* Ngày 21/6, HĐND tỉnh Kim Sơn bầu ông Trần Văn Ba giữ chức Chủ tịch HĐND tỉnh.\n",
    );
    assert_eq!(page.paragraphs.len(), 2, "{:?}", page.paragraphs);
    // Teasers of other articles after the mark still leave.
    let page = read_page(
        "Bầu các chức danh chủ chốt HĐND tỉnh Tân Hà\n\nNgày 20/6, HĐND tỉnh Tân Hà bầu ông Lê Văn Tám giữ chức Chủ tịch HĐND tỉnh./.\n\nHĐND tỉnh Kim Sơn khai mạc kỳ họp thứ nhất\n\nKim Sơn bầu chức danh chủ chốt nhiệm kỳ mới\n",
    );
    assert_eq!(page.paragraphs.len(), 1, "{:?}", page.paragraphs);
}

#[test]
fn a_province_heading_a_digests_part_under_the_summary_signs_nothing() {
    let page = read_page(
        "Tân Chủ tịch HĐND ở ba tỉnh miền Tây\n\nĐầu tháng 7, ba tỉnh miền Tây đã kiện toàn lãnh đạo HĐND khóa mới tại kỳ họp đầu tiên.\n\nCà Mau\n\nSáng 3/7, HĐND tỉnh Cà Mau khai mạc kỳ họp thứ nhất.\n",
    );
    assert_eq!(page.header_name, None);
}

#[test]
fn a_writer_under_the_headline_with_a_compiling_note_signs_by_name() {
    let page = read_page(
        "Hội Cựu chiến binh huyện sơ kết 6 tháng đầu năm\n\nLê Minh Châu (t.h)\n\nTrong 6 tháng, hội đã đạt nhiều kết quả quan trọng trong các phong trào thi đua.\n\nSáng 4/6, Hội Cựu chiến binh huyện tổ chức hội nghị sơ kết.\n",
    );
    assert_eq!(page.header_name.as_deref(), Some("Lê Minh Châu"));
}

#[test]
fn a_quotation_cut_short_over_the_summary_quoting_it_whole_is_the_headline() {
    let page = read_page(
        "Công ty Cổ phần Xi măng Hoàng Long\n\n\
\"Xây dựng tổ chức Hội Cựu chiến binh tỉnh vững mạnh...\"\n\n\
Thu Hà - 09:10 12/10/2023\n\
\"Xây dựng tổ chức Hội Cựu chiến binh tỉnh vững mạnh, vì quyền lợi của hội viên\". Đó là chủ đề của đại hội.\n\n\
Sáng 12/10, Hội Cựu chiến binh tỉnh tổ chức Đại hội đại biểu lần thứ VII, nhiệm kỳ 2023 - 2028, với chủ đề đoàn kết, đổi mới, xây dựng tổ chức Hội vững mạnh.\n",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Xây dựng tổ chức Hội Cựu chiến binh tỉnh vững mạnh...")
    );
}

#[test]
fn headlines_of_related_articles_glued_to_the_last_sentence_go() {
    let page = read_page(
        "Chủ tịch UBND tỉnh gửi thư khen lực lượng cứu hộ\n\
Sáng 3/10, Chủ tịch UBND tỉnh đã gửi thư khen các lực lượng tham gia cứu hộ, cứu nạn trong cơn bão số 3 vừa qua.\n\
Thư khen nêu rõ tinh thần trách nhiệm của cán bộ, chiến sĩ trên địa bàn các xã ven biển.Lực lượng vũ trang tỉnh giúp dân khắc phục hậu quả bãoNgư dân trở lại biển sau bão số 3Tỉnh đoàn ra quân dọn vệ sinh trường học\n",
    );
    assert_eq!(
        page.paragraphs.last().map(String::as_str),
        Some("Thư khen nêu rõ tinh thần trách nhiệm của cán bộ, chiến sĩ trên địa bàn các xã ven biển.")
    );
    // A stop against a capital inside the text ("TP.Hồ Chí Minh") cuts nothing.
    let page = read_page(
        "Hội nghị trực tuyến về công tác dân vận\n\
Sáng 3/10, hội nghị được tổ chức trực tuyến đến điểm cầu TP.Hồ Chí Minh và các tỉnh phía Nam, với hơn 300 đại biểu.\n",
    );
    assert!(page
        .paragraphs
        .last()
        .is_some_and(|p| p.ends_with("hơn 300 đại biểu.")));
}

#[test]
fn a_stamp_run_into_the_headline_is_the_pages_stamp() {
    let page = read_page(
        "Thời sự\n12/03/2019 08:15Bí thư Tỉnh ủy thăm và làm việc tại huyện Tiên Yên\n\
Sáng 11/3, đồng chí Bí thư Tỉnh ủy đã thăm và làm việc tại huyện Tiên Yên.\n",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Bí thư Tỉnh ủy thăm và làm việc tại huyện Tiên Yên")
    );
    assert_eq!(page.header_dates, ["12/03/2019 08:15"]);
    // A figure opening a sentence is no stamp.
    assert_eq!(
        crate::parse::clean::glued_stamp("2.000 Đoàn viên dự lễ"),
        None
    );
    assert_eq!(crate::parse::clean::glued_stamp("12/3Hội nghị"), None);
}

#[test]
fn a_stamp_with_its_weekday_run_into_the_lead_is_the_pages_stamp() {
    let page = read_page(
        "Sở Xây dựng họp về tiến độ dự án đường tỉnh 615\n\
Thứ tư, ngày 06/07/2016Ngày 30 tháng 6 năm 2016, tại trụ sở Sở Xây dựng, lãnh đạo Sở đã chủ trì cuộc họp kiểm điểm tiến độ dự án.\n",
    );
    assert_eq!(page.header_dates, ["Thứ tư, ngày 06/07/2016"]);
    assert!(page.paragraphs[0].starts_with("Ngày 30 tháng 6 năm 2016, tại trụ sở"));
    assert_eq!(
        crate::parse::clean::glued_stamp("Thứ 4, 06/07/2016Hội nghị"),
        Some(("Thứ 4, 06/07/2016", "Hội nghị"))
    );
    // A weekday before a sentence is no stamp.
    assert_eq!(
        crate::parse::clean::glued_stamp("Thứ hai, các đồng chí đề nghị"),
        None
    );
}

#[test]
fn a_labelled_stamp_run_into_the_lead_is_the_pages_stamp() {
    // A portal prints "Ngày đăng:" and the lead in one block: the scrape
    // joins them, with or without a space between.
    let page = read_page(
        "Ban Tôn giáo tỉnh thăm các cơ sở tôn giáo dịp lễ Vu lan\n\
Ngày đăng: 14/08/2024Chiều 13/8, lãnh đạo Ban Tôn giáo tỉnh Quảng Trị đã đến thăm Ban Trị sự Phật giáo tỉnh nhân dịp lễ Vu lan báo hiếu.\n",
    );
    assert_eq!(page.header_dates, ["Ngày đăng: 14/08/2024"]);
    assert!(page.paragraphs[0].starts_with("Chiều 13/8, lãnh đạo Ban Tôn giáo"));
    assert_eq!(
        crate::parse::clean::glued_stamp("Ngày đăng: 03/01/2025 Sáng 2/1, Hội nghị khai mạc"),
        Some(("Ngày đăng: 03/01/2025", "Sáng 2/1, Hội nghị khai mạc"))
    );
    // A meta row keeps its labels to split it by.
    assert_eq!(
        crate::parse::clean::glued_stamp("Ngày đăng: 03/01/2025 Lượt xem: 88"),
        None
    );
}

#[test]
fn a_heading_run_into_the_writers_name_is_cut_from_it() {
    let page = read_page(
        "Huyện Mường Lát gặp mặt người có uy tín năm 2024\n\
Sáng 5/3, UBND huyện Mường Lát tổ chức gặp mặt 112 người có uy tín của các bản vùng cao.\n\
Các đại biểu đã nghe thông tin về tình hình kinh tế - xã hội của huyện.\n\
Lê Hồng NhungXem phản hồi\n\
Tin khác\n",
    );
    assert_eq!(page.byline.as_deref(), Some("Lê Hồng Nhung"));
    assert!(page.paragraphs.iter().all(|p| !p.contains("phản hồi")));
    assert_eq!(
        crate::parse::clean::glued_heading("Minh ThưTin khác"),
        Some(("Minh Thư", "Tin khác"))
    );
    // A capital after a small letter elsewhere is no heading.
    assert_eq!(
        crate::parse::clean::glued_heading("ThS.Nguyễn Văn An"),
        None
    );
}

#[test]
fn an_editors_label_before_the_writer_is_no_part_of_the_byline() {
    let body = "Hội nghị giao ban\nSáng 3/7, Ban Dân vận Huyện ủy tổ chức hội nghị giao ban công tác dân vận quý II.\n";
    for signed in ["Bt: Như Ý", "Biên tập: Như Ý"] {
        let page = read_page(&format!("{body}{signed}"));
        assert_eq!(page.byline.as_deref(), Some("Như Ý"), "{signed}");
    }
}

#[test]
fn related_headlines_flattened_into_one_line_under_the_lead_leave_the_article() {
    let text = "Gặp mặt người có uy tín năm 2024\n\
Sáng 12-3, Ủy ban MTTQ Việt Nam huyện Chư Păh tổ chức gặp mặt người có uy tín trong đồng bào dân tộc thiểu số.\n\
Tuyên dương người có uy tín ở huyện Mang Yang Già làng giữ rừng đầu nguồn ở Kon Tum Trao quà, chúc Tết đồng bào vùng cao dịp Tết Nguyên đán Hội nghị biểu dương già làng tiêu biểu năm 2023\n\
Huyện hiện có 60 người có uy tín, phần lớn là già làng và trưởng thôn.\n";
    let page = read_page(text);
    let body = page.paragraphs.join("\n");
    assert!(!body.contains("Mang Yang"), "{body}");
    assert_eq!(page.paragraphs.len(), 2, "{:?}", page.paragraphs);
    // A long sentence has its commas and stays.
    let text = "Gặp mặt người có uy tín năm 2024\n\
Sáng 12-3, Ủy ban MTTQ Việt Nam huyện Chư Păh tổ chức gặp mặt người có uy tín trong đồng bào dân tộc thiểu số.\n\
Tại buổi gặp mặt, các già làng, trưởng thôn ở huyện Mang Yang và Kon Tum đã chia sẻ kinh nghiệm giữ rừng đầu nguồn và vận động đồng bào chung tay xây dựng nông thôn mới\n\
Huyện hiện có 60 người có uy tín, phần lớn là già làng và trưởng thôn.\n";
    let page = read_page(text);
    assert!(page.paragraphs.join("\n").contains("Mang Yang"));
    // Nor does a photo's caption, shorter, go with it.
    let text = "Gặp mặt người có uy tín năm 2024\n\
Sáng 12-3, Ủy ban MTTQ Việt Nam huyện Chư Păh tổ chức gặp mặt người có uy tín trong đồng bào dân tộc thiểu số.\n\
Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Nguyễn Văn An trao quà cho già làng tiêu biểu ở huyện Mang Yang tại buổi gặp mặt\n\
Huyện hiện có 60 người có uy tín, phần lớn là già làng và trưởng thôn.\n";
    let page = read_page(text);
    let kept = page.paragraphs.iter().chain(&page.captions);
    assert!(kept.map(String::as_str).any(|l| l.contains("Mang Yang")));
    // Nor a long one naming two officials by their offices and what they
    // do, with no full stop.
    let text = "Khánh thành nhà văn hóa thôn
Sáng 4-9, UBND xã Tân Lập tổ chức khánh thành Nhà văn hóa thôn Khe Lim. Đây là công trình chào mừng Đại hội Đảng bộ xã.
Phó Bí thư Thường trực Đảng ủy xã Tân Lập Lò Văn Pấng cùng Chủ tịch UBND xã Tân Lập Hoàng Thị Mai và các đại biểu cắt băng khánh thành Nhà văn hóa thôn Khe Lim xã Tân Lập
Công trình có tổng kinh phí 2 tỷ đồng, do Nhân dân và doanh nghiệp đóng góp.
";
    let page = read_page(text);
    assert!(
        page.captions.iter().any(|l| l.contains("Lò Văn Pấng")),
        "{:?} {:?}",
        page.captions,
        page.paragraphs
    );
}

#[test]
fn the_tag_of_a_headlines_media_in_brackets_is_no_part_of_it() {
    for first in [
        "[Ảnh]Chủ tịch Quốc hội tiếp Đoàn đại biểu Quốc hội Lào",
        "[Video] Chủ tịch Quốc hội tiếp Đoàn đại biểu Quốc hội Lào",
        "[INFOGRAPHIC] – Chủ tịch Quốc hội tiếp Đoàn đại biểu Quốc hội Lào",
        "[Emagazine]: Chủ tịch Quốc hội tiếp Đoàn đại biểu Quốc hội Lào",
    ] {
        let page = read_page(&format!(
            "{first}\nChiều 23/8, tại Nhà Quốc hội, Chủ tịch Quốc hội đã tiếp Đoàn đại biểu Quốc hội Lào.\n"
        ));
        assert_eq!(
            page.title.as_deref(),
            Some("Chủ tịch Quốc hội tiếp Đoàn đại biểu Quốc hội Lào"),
            "{first}"
        );
    }
    // A bracket that is no media's tag stays.
    let page = read_page(
        "[Tin vắn] Chủ tịch Quốc hội tiếp Đoàn đại biểu Quốc hội Lào\nChiều 23/8, tại Nhà Quốc hội, Chủ tịch Quốc hội đã tiếp Đoàn đại biểu Quốc hội Lào.\n",
    );
    assert!(!page.title.is_some_and(|t| t.starts_with("Chủ tịch")));
}

#[test]
fn a_portals_dated_label_in_brackets_between_the_headline_and_the_lead() {
    let page = read_page(
        "Họp Ban Chỉ đạo Đại hội Đảng bộ xã lần thứ XV ( Cập nhật ngày: 12/3/2024 )Sáng 12/3, Ban Chỉ đạo Đại hội Đảng bộ xã họp phiên thứ hai.\n\
Dự họp có các đồng chí trong Ban Thường vụ Đảng ủy xã.\n",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Họp Ban Chỉ đạo Đại hội Đảng bộ xã lần thứ XV")
    );
    assert_eq!(page.header_dates, ["Cập nhật ngày: 12/3/2024"]);
    assert!(page.paragraphs[0].starts_with("Sáng 12/3"));
}

#[test]
fn related_headlines_flattened_into_one_line_under_a_lead_below_a_label_leave_the_article() {
    let text = "Gặp mặt người có uy tín năm 2024\n\
Gặp mặt người có uy tín - THU HÀ\n\
Sáng 12-3, Ủy ban MTTQ Việt Nam huyện Chư Păh tổ chức gặp mặt người có uy tín trong đồng bào dân tộc thiểu số.\n\
Tuyên dương người có uy tín nhiệm kỳ 2019 - 2024 ở huyện Mang Yang Già làng giữ rừng đầu nguồn ở Kon Tum Trao quà chúc Tết đồng bào vùng cao dịp Tết Nguyên đán năm nay\n\
Huyện hiện có 60 người có uy tín, phần lớn là già làng và trưởng thôn.\n";
    let page = read_page(text);
    let body = page.paragraphs.join("\n");
    assert!(!body.contains("Mang Yang"), "{body}");
}

#[test]
fn initials_sign_with_the_stamp_and_the_outlet_they_took_from() {
    assert_eq!(
        header::name_with_stamp("H.T (theo baochinhphu.vn) 12/05/2016 08:40"),
        Some(("H.T", "12/05/2016 08:40"))
    );
    assert_eq!(
        header::name_with_stamp("N.V.K 03/11/2019"),
        Some(("N.V.K", "03/11/2019"))
    );
    // A section's or a unit's number is no writer.
    assert_eq!(header::name_with_stamp("Q.1 03/11/2019"), None);
    // The family name's initial before the given name, in capitals or not.
    assert_eq!(
        header::name_with_stamp("H.LONG 07/05/2027 15:40"),
        Some(("H.LONG", "07/05/2027 15:40"))
    );
    assert_eq!(
        header::name_with_stamp("Th.Bình 21/11/2027"),
        Some(("Th.Bình", "21/11/2027"))
    );
    // A city written short is no writer.
    assert_eq!(header::name_with_stamp("TP.Vinh 21/11/2027"), None);
}

#[test]
fn two_writers_joined_by_a_dash_sign_with_the_stamp() {
    assert_eq!(
        header::name_with_stamp("K’ Brơi – Minh Hà 03/03/2026 - 09:10"),
        Some(("K’ Brơi – Minh Hà", "03/03/2026 - 09:10"))
    );
    assert_eq!(
        header::name_with_stamp("Thu Hà - Quang Minh 12/01/2026"),
        Some(("Thu Hà - Quang Minh", "12/01/2026"))
    );
}

#[test]
fn two_writers_joined_by_va_sign_with_the_stamp() {
    assert_eq!(
        header::name_with_stamp("Ngọc Lan và Hữu Phước - 16:45, 21/03/2024"),
        Some(("Ngọc Lan và Hữu Phước", "16:45, 21/03/2024"))
    );
    // A headline joining two bodies by "và" is no byline.
    assert_eq!(
        header::name_with_stamp("Hội Nông dân và Đoàn Thanh niên 21/03/2024"),
        None
    );
}

#[test]
fn three_headlines_of_other_articles_under_the_lead_are_dropped() {
    let lead = "Chủ tịch nước gửi điện mừng Tổng thống nước bạn\n\
Ngày 5/3, Chủ tịch nước Lê Văn Hòa đã gửi điện mừng tới Tổng thống nước bạn nhân dịp nhậm chức.\n";
    let body =
        "Trong điện mừng, Chủ tịch nước bày tỏ tin tưởng quan hệ hai nước sẽ phát triển tốt đẹp.\n";
    let page = read_page(&format!(
        "{lead}Thủ tướng Trần Minh Đức làm việc với Ban Kinh tế Trung ương về phát triển vùng\n\
Hội nghị triển khai kế hoạch kiểm tra tại Đảng ủy các cơ quan Trung ương\n\
Phát biểu của Thủ tướng Trần Minh Đức tại buổi làm việc với Bộ Y tế\n{body}"
    ));
    assert_eq!(page.paragraphs.len(), 2, "{:?}", page.paragraphs);
    assert!(page.paragraphs[1].starts_with("Trong điện mừng"));
    // A speech's salutations end with a comma, and stay.
    let page = read_page(&format!(
        "{lead}Kính thưa đồng chí Đỗ Văn An - Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh,\n\
Kính thưa đồng chí Lý Thị Hằng - Phó Chủ tịch UBND tỉnh cùng các vị khách quý,\n\
Thưa quý vị đại biểu và các vị khách quý cùng toàn thể các đồng chí,\n{body}"
    ));
    assert!(
        page.paragraphs
            .iter()
            .any(|p| p.contains("Kính thưa đồng chí Lý Thị Hằng")),
        "{:?}",
        page.paragraphs
    );
}

#[test]
fn a_stamp_in_words_with_the_sites_section_or_a_foreign_locale() {
    for (stamp, date) in [
        (
            "06 Tháng Mười Hai, 2019 | Tin trong nước",
            "06 Tháng Mười Hai, 2019",
        ),
        ("05 octobre 2015", "05 octobre 2015"),
        ("Monday, October 5, 2015", "Monday, October 5, 2015"),
    ] {
        let page = read_page(&format!(
            "Ra mắt mô hình dân vận khéo ở xã\n{stamp}\nSáng 11/1, Hội Nông dân xã tổ chức lễ ra mắt mô hình.\n"
        ));
        assert_eq!(page.header_dates, [date], "{stamp}");
        assert_eq!(page.paragraphs.len(), 1, "{stamp}");
    }
    // A heading on a period is no stamp.
    let page = read_page(
        "Ra mắt mô hình dân vận khéo ở xã\nKết quả 5 tháng năm 2019\nSáng 11/1, Hội Nông dân xã tổ chức lễ ra mắt mô hình.\n",
    );
    assert!(page.header_dates.is_empty());
}

#[test]
fn an_outlets_credit_with_its_stamp_under_the_summary_signs_nothing() {
    for credit in [
        "Báo Miền Tây 19/11/2025",
        "Báo Miền TâyBáo Miền Tây19/11/2025",
    ] {
        let page = read_page(&format!(
            "baotonghop.vn - Nền tảng tin tức tổng hợp\nXét công nhận 5 xã nông thôn mới\n\
Chiều 19/11, Hội đồng thẩm định tỉnh đã họp xét công nhận 5 xã đạt chuẩn nông thôn mới.\n{credit}\n\
Chiều 19/11, Hội đồng thẩm định tỉnh đã họp xét công nhận 5 xã đạt chuẩn nông thôn mới.\n\
Phó Chủ tịch UBND tỉnh Lê Văn Tâm chủ trì cuộc họp.\n"
        ));
        assert_eq!(page.portal.as_deref(), Some("baotonghop.vn"), "{credit}");
        assert_eq!(
            page.title.as_deref(),
            Some("Xét công nhận 5 xã nông thôn mới")
        );
        assert_eq!(page.header_dates, ["19/11/2025"], "{credit}");
        assert_eq!(page.header_name, None, "{credit}");
        assert!(page.paragraphs.iter().all(|p| !p.contains("Báo Miền")));
    }
}

#[test]
fn a_writer_with_the_photographers_credit_under_the_article_signs_it() {
    for line in [
        "Lê Minh Khoa - Ảnh: Trần Hữu Tâm",
        "Lê Minh Khoa (Ảnh: Trần Hữu Tâm)",
    ] {
        let page = read_page(&format!(
            "Ra mắt mô hình dân vận khéo ở xã\nSáng 11/1, Hội Nông dân xã tổ chức lễ ra mắt mô hình.\n\
Các hội viên đã thảo luận nhiều giải pháp thiết thực.\n{line}\n"
        ));
        assert_eq!(page.byline.as_deref(), Some("Lê Minh Khoa"), "{line}");
        assert!(page.captions.is_empty(), "{line}");
    }
    // A photo's caption keeps its credit cut off as before.
    let page = read_page(
        "Ra mắt mô hình dân vận khéo ở xã\nSáng 11/1, Hội Nông dân xã tổ chức lễ ra mắt mô hình.\n\
Quang cảnh lễ ra mắt mô hình - Ảnh: Trần Hữu Tâm\nCác hội viên đã thảo luận nhiều giải pháp thiết thực.\n",
    );
    assert!(page.byline.is_none());
}

#[test]
fn members_listed_one_a_line_under_the_last_paragraph_stay_in_the_body() {
    let page = read_page(
        "Bế mạc hội nghị Ban Chấp hành Đảng bộ tỉnh\n\
Chiều 12/3, hội nghị đã bầu Ban Thường vụ Tỉnh ủy khóa mới gồm các đồng chí sau.\n\
Ban Thường vụ Tỉnh ủy khóa XV\n\
1. Đồng chí Lê Văn Khải, Bí thư Tỉnh ủy\n\
2. Đồng chí Hà Minh Phú, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh\n\
3. Đồng chí Đỗ Thị Hạnh,\n\
Tin liên quan\n\
Tỉnh tổ chức hội thi tuyên truyền viên giỏi\n",
    );
    assert_eq!(page.paragraphs.len(), 5, "{:?}", page.paragraphs);
    assert!(!page.paragraphs.join("\n").contains("hội thi"));
}

#[test]
fn people_listed_by_name_alone_and_a_second_list_under_its_heading_stay_in_the_body() {
    let page = read_page(
        "Kiện toàn Ban Điều hành họ đạo Tân Phước\n\
Sáng 9/4, Ban Đại diện tổ chức lễ công bố quyết định kiện toàn nhân sự. Danh sách gồm:\n\
1. Phan Văn Lộc, đảm nhiệm Trưởng ban Điều hành họ đạo\n\
2. Võ Thị Ngọc Hân, Phó ban Điều hành họ đạo\n\
3. Đặng Văn Tư, Thư ký Ban Điều hành họ đạo\n\
4. Lâm Văn Sáu, Phụ trách nghi lễ\n\
Về dự có:\n\
• Ông Kiều Văn Nhàn, Phó Chủ tịch UBND xã Tân Phước\n",
    );
    let text = page.paragraphs.join("\n");
    for kept in ["Phan Văn Lộc", "Lâm Văn Sáu", "Về dự có:", "Kiều Văn Nhàn"] {
        assert!(text.contains(kept), "{kept}: {:?}", page.paragraphs);
    }
}

#[test]
fn numbered_headlines_under_the_last_paragraph_are_no_list_of_people() {
    let page = read_page(
        "Xã Tân Phước ra mắt tổ dân vận khéo\n\
Sáng 9/4, UBND xã Tân Phước ra mắt tổ dân vận khéo ở ấp Bình Lợi với 12 thành viên.\n\
Bài viết liên quan\n\
1. Hòa Bình, Tân Phước đẩy mạnh chuyển đổi số\n\
2. Lâm Đồng: Nông dân thi đua sản xuất giỏi\n",
    );
    assert!(
        !page.paragraphs.join("\n").contains("chuyển đổi số"),
        "{:?}",
        page.paragraphs
    );
}

#[test]
fn a_line_of_bởi_and_a_pen_name_signs_the_page() {
    let page = read_page("Xã Hòa Bình khánh thành nhà văn hóa thôn Đồng Xanh\nbởi Lan\nSáng 9/5, UBND xã Hòa Bình khánh thành nhà văn hóa thôn Đồng Xanh sau bốn tháng thi công.\nCông trình có tổng kinh phí hơn 1,2 tỷ đồng, trong đó Nhân dân đóng góp 400 triệu đồng.");
    assert_eq!(page.top_byline.as_deref(), Some("Lan"));
    assert!(!page.paragraphs.iter().any(|p| p.contains("bởi")));
    // "bởi" inside a sentence signs nothing.
    let page = read_page("Hội nghị tổng kết\nSáng 3/1, Hội nghị bị hoãn bởi Ban Tổ chức chưa chuẩn bị xong.\nBan Tổ chức sẽ thông báo lịch họp mới trong tuần tới.");
    assert_eq!(page.top_byline, None);
}

#[test]
fn an_editors_label_signs_the_text_typed_against_the_name() {
    let page = read_page("Đoàn đại biểu tỉnh bạn thăm Tỉnh ủy Tân Lập\nChiều 4/10, đoàn đại biểu tỉnh bạn do đồng chí Phó Bí thư Tỉnh ủy dẫn đầu đã đến thăm và làm việc tại Tân Lập.\nHai đoàn trao đổi kinh nghiệm về chuyển đổi số trong các cơ quan Đảng.\nBiên tập viên:Thu Lan\nLựa chọn phương thức đăng nhập");
    assert_eq!(page.byline.as_deref(), Some("Thu Lan"));
}

#[test]
fn a_writers_name_above_teasers_run_into_their_summaries_signs_the_text() {
    let page = read_page("Phường Tân Lập trao học bổng cho học sinh vượt khó\nSáng 6/9, Ủy ban MTTQ Việt Nam phường Tân Lập trao 45 suất học bổng cho học sinh có hoàn cảnh khó khăn.\nMỗi suất gồm 1 triệu đồng tiền mặt và một bộ sách giáo khoa mới.\nMinh Thư\nHuyện Hòa Bắc: Đẩy nhanh tiến độ xây nhà đại đoàn kếtTrong tháng qua, huyện đã khởi công thêm 35 căn nhà cho hộ nghèo và gia đình chính sách");
    assert_eq!(page.byline.as_deref(), Some("Minh Thư"));
    assert_eq!(page.paragraphs.len(), 2, "{:?}", page.paragraphs);
    // A name with an inner capital in a paragraph after a signature-like
    // line is no teaser's glue when a stop comes before it.
    let page = read_page("Hội nghị tổng kết công tác dân vận\nSáng 3/1, Huyện ủy Tân Lập tổ chức hội nghị tổng kết công tác dân vận năm 2024.\nBan Dân vận\nTheo báo cáo. Tập đoàn PetroVietnam đã hỗ trợ xây dựng 20 căn nhà đại đoàn kết cho hộ nghèo của huyện trong năm qua.");
    assert!(
        page.paragraphs.iter().any(|p| p.contains("PetroVietnam")),
        "{:?}",
        page.paragraphs
    );
}

#[test]
fn a_writers_name_above_related_headlines_written_twice_signs_the_text() {
    let page = read_page("Hội Nông dân tỉnh trao vốn vay cho hội viên\nSáng 14/3, Hội Nông dân tỉnh Hòa Bắc trao 2 tỷ đồng vốn vay cho 40 hộ hội viên.\nCác hộ dùng vốn để mở rộng chăn nuôi và trồng cây ăn quả.\nLan Phương\nNhiều huyện ra quân làm thủy lợi đầu xuân\nNhiều huyện ra quân làm thủy lợi đầu xuân\nCác huyện Tân Lập, Hòa An và Đồng Quế đã nạo vét hơn 20 km kênh mương nội đồng.");
    assert_eq!(page.byline.as_deref(), Some("Lan Phương"));
    assert_eq!(page.paragraphs.len(), 2, "{:?}", page.paragraphs);
}

#[test]
fn a_numbered_wards_body_in_capitals_signs_the_text() {
    let page = read_page("PHƯỜNG 7 RA QUÂN TỔNG VỆ SINH MÔI TRƯỜNG\nSáng 12/4/2024, UBND Phường 7 phát động ngày chủ nhật xanh tại 9 khu phố.\nHơn 300 đoàn viên, hội viên tham gia thu gom rác và phát quang bờ kênh.\nỦY BAN NHÂN DÂN PHƯỜNG 7\nTIN TỨC MEDIA TIN TỨC MEDIA");
    assert_eq!(page.byline.as_deref(), Some("ỦY BAN NHÂN DÂN PHƯỜNG 7"));
    // Other figures are no unit's number.
    let unit = "ủy ban nhân dân phường";
    assert_eq!(tail::numbered_unit(&format!("{unit} 1")), Some(unit.len()));
    assert_eq!(tail::numbered_unit("thu hà 2023"), None);
    assert_eq!(tail::numbered_unit("tổ dân phố 12"), None);
}

#[test]
fn a_news_and_photo_credit_without_its_comma_signs_the_page() {
    let page = read_page("Trao quà cho hộ nghèo xã Tân Lập\nTin ảnh: Hoàng Hà\nNgày 8/7, Ủy ban MTTQ xã Tân Lập trao 20 suất quà cho hộ nghèo.");
    assert_eq!(page.top_byline.as_deref(), Some("Hoàng Hà"));
}

#[test]
fn a_writer_signed_twice_at_the_end_is_the_byline() {
    let page = read_page("Xã Tân Lập tặng quà hộ nghèo\n02/09/2024 09:30\nSáng 1/9, Ủy ban MTTQ xã Tân Lập mang 120 phần quà đến các hộ nghèo của 9 thôn.\nMỗi phần quà gồm gạo, dầu ăn và 500.000 đồng tiền mặt do các nhà hảo tâm đóng góp.\nMai Văn Hợi\nMai Văn Hợi");
    assert_eq!(page.byline.as_deref(), Some("Mai Văn Hợi"));
    assert!(page.captions.is_empty());
}

#[test]
fn a_listings_link_to_the_whole_article_is_cut_off_its_summary() {
    let page = read_page(
        "Thứ trưởng Lê Văn Hòa làm việc với UBND tỉnh Tây Sơn\n\
Sáng 14/3, Thứ trưởng Lê Văn Hòa đề nghị tỉnh chú trọng đào tạo nghề cho lao động nông thôn. (đọc thêm)",
    );
    let body = page.paragraphs.join("\n");
    assert!(body.ends_with("lao động nông thôn."), "{body}");
    let page = read_page(
        "Bầu bổ sung Phó Bí thư Tỉnh ủy Tây Sơn\n\
Ông Trần Quốc Minh, Bí thư Thành ủy Hòa Lạc, được bầu giữ chức Phó Bí thư Tỉnh ủy với 30 phiếu đồng ý. Xem thêm »",
    );
    let body = page.paragraphs.join("\n");
    assert!(body.ends_with("30 phiếu đồng ý."), "{body}");
    // A sentence of the article that ends with the same words keeps them.
    let page = read_page(
        "Huyện ủy Đông Sơn triển khai nghị quyết\n\
Sáng 2/4, Huyện ủy Đông Sơn triển khai nghị quyết. Cán bộ được phát tài liệu để đọc thêm.",
    );
    assert!(page.paragraphs.join("\n").ends_with("để đọc thêm."));
}

#[test]
fn a_template_setting_under_the_byline_is_furniture() {
    let text = "Phường Hòa An trao học bổng cho học sinh nghèo\n\
Sáng 9/5, Hội Khuyến học phường Hòa An trao 30 suất học bổng cho học sinh có hoàn cảnh khó khăn.\n\n\
LÊ MINH\n\n \n\nshow_related_box=\nTIN MỚI\n";
    let page = read_page(text);
    assert_eq!(page.byline.as_deref(), Some("LÊ MINH"));
}

#[test]
fn a_news_brands_logo_motto_and_icon_labels_are_no_headline() {
    let text = "TinMoiPlus\nTinMoiPlus\n50 năm Thống nhất\n\nTinMoiPlus - Tin nhanh mỗi ngày 50 năm Thống nhất\n\n\
Biểu tượng ảnh Ảnh\nBiểu tượng Podcast Podcast\nBiểu tượng tòa soạn Tòa soạn\nMenu Menu\nVideo ngắn Video ngắn\nTmP TV TmP TV\n\n\
Hội Cựu chiến binh tỉnh tổng kết phong trào thi đua năm 2024\n\nMinh Khôi\n\n12/12/2024, 08:30\n\n\
Sáng 11/12, Hội Cựu chiến binh tỉnh tổ chức hội nghị tổng kết phong trào thi đua năm 2024.\n";
    let page = read_page(text);
    assert_eq!(
        page.title.as_deref(),
        Some("Hội Cựu chiến binh tỉnh tổng kết phong trào thi đua năm 2024")
    );
    assert_eq!(page.header_name.as_deref(), Some("Minh Khôi"));
    let body = page.paragraphs.join("\n");
    assert!(
        !body.contains("Biểu tượng") && !body.contains("Menu"),
        "{body}"
    );
    // A headline ending in a word said twice for effect, or a pen name of
    // one syllable said twice under it, is not a menu's label.
    assert!(!header::label_doubled(
        "Mùa xuân về trên bản, rộn ràng rộn ràng."
    ));
    assert!(!header::label_doubled("Cựu chiến binh Trần Na Na"));
    assert!(header::label_doubled("Menu Menu"));
    assert!(header::label_doubled(
        "Biểu tượng Infographics Infographics"
    ));
}

#[test]
fn the_headlines_of_the_other_parts_of_a_series_leave_the_article() {
    let page = read_page(
        "Giữ bình yên thôn bản sau 3 năm công an về xã – Kỳ 2: Tổ tự quản làm nòng cốt\n\
Sáng sớm, chúng tôi về xã Tân Lạc cùng tổ công tác của Công an xã.\n\
Giữ bình yên thôn bản sau 3 năm công an về xã – Kỳ 1: Những bước chân đầu tiên\n\
Mỗi tuần, tổ tự quản họp một lần để bàn việc giữ an ninh trật tự trong thôn.",
    );
    let body = page.paragraphs.join("\n");
    assert!(!body.contains("Kỳ 1"), "{body}");
    assert!(body.contains("tổ tự quản họp"), "{body}");
    // A line that only names the series with no other part stays.
    let page = read_page(
        "Dân vận khéo ở vùng biên – Bài 2: Đồn là nhà\n\
Cán bộ đồn biên phòng cùng ăn, cùng ở với bà con.\n\
Bài 2 kể về những ngày ở bản của tổ công tác.",
    );
    assert!(page.paragraphs.join("\n").contains("Bài 2 kể"));
}

#[test]
fn a_labelled_byline_with_a_spaced_colon_or_the_writers_office_signs() {
    let article = "Hội Nông dân xã Tân Lập tập huấn trồng bưởi\n\
Ngày 14/4, Hội Nông dân xã Tân Lập mở lớp tập huấn kỹ thuật trồng bưởi cho 60 hội viên.\n\
Lớp học kéo dài hai ngày tại nhà văn hóa thôn Đồng Tâm.\n";
    for sign in [
        "Tin, ảnh : Lã Thu Hằng",
        "Tin, ảnh: Lã Thu Hằng – Văn phòng Hội Nông dân huyện Đông Sơn",
    ] {
        let report = crate::parse::parse_report("signed.txt", &format!("{article}{sign}\n"));
        assert_eq!(report.author.as_deref(), Some("Lã Thu Hằng"), "{sign}");
    }
}

#[test]
fn a_headline_that_opens_with_a_broadcasters_name_is_no_masthead() {
    let page = read_page(
        "Đài Phát thanh và Truyền hình tỉnh Bình An\n\
Đài Phát thanh huyện Lạc Điền đưa bản tin thời tiết nông vụ lên sóng buổi sáng\n\
Thứ năm, 07/10/2021 06:40\n\
Từ tuần này, Đài Phát thanh huyện Lạc Điền phát bản tin thời tiết nông vụ lúc 5 giờ 30 sáng hằng ngày.\n",
    );
    assert_eq!(
        page.portal.as_deref(),
        Some("Đài Phát thanh và Truyền hình tỉnh Bình An")
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Đài Phát thanh huyện Lạc Điền đưa bản tin thời tiết nông vụ lên sóng buổi sáng")
    );
}

#[test]
fn a_broadcasters_name_with_its_place_alone_stays_a_masthead() {
    let page = read_page(
        "Đài phát thanh - truyền hình thành phố Hòa Khánh\n\
Giao ban khối dân vận thành phố quý III\n\
Chiều 12/10, Ban Dân vận Thành ủy họp giao ban với khối dân vận các phường.\n",
    );
    assert_eq!(
        page.portal.as_deref(),
        Some("Đài phát thanh - truyền hình thành phố Hòa Khánh")
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Giao ban khối dân vận thành phố quý III")
    );
}

#[test]
fn a_breadcrumb_over_the_headline_yields_it_in_full() {
    let page = read_page(
        "Tin hoạt động > Ban Thường trực Ủy ban MTTQ xã Khê Lâm: Ra mắt mô hình tổ tự quản giữ vệ sinh đường\n\
Ban Thường trực Ủy ban MTTQ xã Khê Lâm: Ra mắt mô hình tổ tự quản giữ vệ sinh đường làng ở ba thôn ven sông\n\
19/09/2022\n\
Sáng 18/9, Ban Thường trực Ủy ban MTTQ xã Khê Lâm ra mắt mô hình tổ tự quản tại thôn Bến Đò.\n",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Ban Thường trực Ủy ban MTTQ xã Khê Lâm: Ra mắt mô hình tổ tự quản giữ vệ sinh đường làng ở ba thôn ven sông")
    );
    assert!(page.paragraphs.iter().all(|p| !p.contains("Tin hoạt động")));
}

#[test]
fn a_reports_label_with_no_colon_signs_when_a_name_follows() {
    let by = |line: &str| header::top_byline(line, &crate::parse::text::lower_same(line));
    assert_eq!(by("Bài và ảnh Lò Văn Kiên").as_deref(), Some("Lò Văn Kiên"));
    assert_eq!(by("Tin, ảnh Minh Thư").as_deref(), Some("Minh Thư"));
    // A sentence that opens with the same words is no signature.
    assert_eq!(
        by("Bài và ảnh dự thi gửi về Ban Tổ chức trước ngày 30/6."),
        None
    );
}

#[test]
fn a_text_written_twice_on_one_line_is_read_once() {
    let once = "Phó Thủ tướng Lâm Quốc Khánh tiếp Đại sứ Phần Lan";
    let text = format!(
        "Phó Thủ tướng Lâm Quốc Khánh làm việc tại tỉnh Cao Bằng\n\
Sáng 3/5, Phó Thủ tướng Lâm Quốc Khánh đã có buổi làm việc cùng lãnh đạo tỉnh Cao Bằng về phát triển kinh tế cửa khẩu.\n\
{once} {once}\n\
Phó Thủ tướng đề nghị tỉnh tập trung hoàn thiện hạ tầng giao thông kết nối."
    );
    let page = read_page(&text);
    let lines: Vec<&String> = page.paragraphs.iter().chain(&page.captions).collect();
    assert!(
        lines.iter().all(|l| !l.contains(&format!("{once} {once}"))),
        "{lines:?}"
    );
    assert_eq!(
        doubled_line("Đại hội thành công tốt đẹp Đại hội thành công tốt đẹp"),
        Some("Đại hội thành công tốt đẹp")
    );
    assert_eq!(doubled_line("Muôn năm Muôn năm"), None);
    assert_eq!(doubled_line("Tin mới Tin liên quan"), None);
}

#[test]
fn a_section_label_with_the_hour_before_a_barred_stamp_is_furniture() {
    let page = read_page(
        "Xã hội & Đời sống\n\nHội Nông dân tỉnh ra mắt câu lạc bộ nông dân trẻ\n\nMinh Khôi\nKinh tế nông thôn miền núi 14:25 | 03/11/2025\nSáng 2/11, Hội Nông dân tỉnh Cao Bằng tổ chức lễ ra mắt câu lạc bộ nông dân trẻ.",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Hội Nông dân tỉnh ra mắt câu lạc bộ nông dân trẻ")
    );
    assert_eq!(
        page.paragraphs,
        vec![
            "Sáng 2/11, Hội Nông dân tỉnh Cao Bằng tổ chức lễ ra mắt câu lạc bộ nông dân trẻ."
                .to_string()
        ]
    );
    // A line of text that ends in an hour keeps its words.
    assert!(header::label_with_time("Thời sự 07:15 | 12/02/2026"));
    assert!(!header::label_with_time(
        "Các đại biểu làm việc đến 17:30 | 12/02/2026"
    ));
    assert!(!header::label_with_time(
        "Buổi lễ khai mạc lúc 8:00 ngày 12/02/2026"
    ));
}

#[test]
fn a_sites_clock_in_hours_and_minutes_opens_the_page() {
    // A site's clock over the headline, the comma spaced off the year.
    let page = read_page(
        "09 giờ:15 phút Thứ năm, ngày 3 tháng 9 , 2020\n\nTập huấn nghiệp vụ công tác dân tộc cho cán bộ cơ sở\n\nSáng 2-9, Ban Dân tộc tỉnh mở lớp tập huấn cho 120 cán bộ xã.",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Tập huấn nghiệp vụ công tác dân tộc cho cán bộ cơ sở")
    );
    assert!(page.paragraphs.iter().all(|p| !p.contains("giờ:15")));
    let dated = crate::parse::dates::published(&page.header_dates);
    assert_eq!(dated, crate::model::Date::new(2020, 9, 3));
}

#[test]
fn a_template_placeholder_before_the_headline_is_dropped() {
    let page = read_page(
        "Xuất bản thông tin\nnull Hội Cựu chiến binh xã Phước Hưng trao nhà tình nghĩa\nTrang chủ Tin địa phương\nHội Cựu chiến binh xã Phước Hưng trao nhà tình nghĩa\nSáng 9/5/2023, Hội Cựu chiến binh xã Phước Hưng bàn giao một căn nhà tình nghĩa cho hội viên ở ấp Bàu Sen.",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Hội Cựu chiến binh xã Phước Hưng trao nhà tình nghĩa")
    );
    assert_eq!(page.paragraphs.len(), 1, "{:?}", page.paragraphs);
}

#[test]
fn a_headline_about_null_words_keeps_them() {
    let page = read_page(
        "Null và những lỗi phổ biến khi nhập liệu hồ sơ đảng viên\nSáng 3/4/2024, Văn phòng Huyện ủy tập huấn cách nhập liệu hồ sơ đảng viên cho các chi bộ.",
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Null và những lỗi phổ biến khi nhập liệu hồ sơ đảng viên")
    );
}

#[test]
fn cells_that_lost_their_closing_bar_are_cells() {
    assert_eq!(
        table_cell("|Phó Chủ tịch UBND tỉnh Lê Minh Khoa"),
        Some("Phó Chủ tịch UBND tỉnh Lê Minh Khoa")
    );
    assert_eq!(table_cell("| Huyện Yên Lạc"), Some("Huyện Yên Lạc"));
    assert_eq!(table_cell("|"), None);
    assert_eq!(table_cell("|Tin | Ảnh"), None);
    let text = "Phân công lãnh đạo tỉnh phụ trách các địa bàn\n\
Sáng 4/3, Ủy ban nhân dân tỉnh Hòa Bình công bố phân công lãnh đạo tỉnh phụ trách các huyện theo bảng dưới đây.\n\
|Lãnh đạo tỉnh\n|Địa bàn phụ trách\n|Chủ tịch UBND tỉnh Đinh Quang Tuấn\n|Huyện Mai Châu\n\
|Phó Chủ tịch UBND tỉnh Hoàng Thị Hà\n|Huyện Lạc Sơn\n\
Các đồng chí lãnh đạo tỉnh định kỳ làm việc với các huyện được phân công phụ trách.\n";
    let report = crate::parse::parse_report("a.txt", text);
    let names: Vec<_> = report.officials.iter().map(|o| o.name.as_str()).collect();
    assert!(names.contains(&"Đinh Quang Tuấn"), "{names:?}");
}

#[test]
fn a_column_named_in_capitals_heads_a_headline_that_closes_with_a_full_stop() {
    let page = read_page("TIN HOẠT ĐỘNG HỘI NÔNG DÂN TỈNH\n\nHội Nông dân tỉnh Cao Bằng tập huấn kỹ năng tuyên truyền cho cán bộ hội cơ sở năm 2022.\n\nSáng ngày 9/5/2022, Hội Nông dân tỉnh tổ chức lớp tập huấn cho 120 cán bộ hội.");
    assert_eq!(
        page.title.as_deref(),
        Some("Hội Nông dân tỉnh Cao Bằng tập huấn kỹ năng tuyên truyền cho cán bộ hội cơ sở năm 2022")
    );
    // A column of the news of a town's bodies, printed twice on its line,
    // above the headline and the page's stamp.
    let page = read_page("TIN TỨC HOẠT ĐỘNG CỦA CÁC ĐOÀN THỂ TIN TỨC HOẠT ĐỘNG CỦA CÁC ĐOÀN THỂ\n\nHội Cựu chiến binh phường Hòa Lạc ra mắt tổ hòa giải ở cơ sở\nNgày đăng 12/3/2024 | 09:15\n\nSáng ngày 11/3, Hội Cựu chiến binh phường tổ chức ra mắt tổ hòa giải.");
    assert_eq!(
        page.title.as_deref(),
        Some("Hội Cựu chiến binh phường Hòa Lạc ra mắt tổ hòa giải ở cơ sở")
    );
    // The lead under the column is no headline.
    let page = read_page("TIN HOẠT ĐỘNG\n\nSáng ngày 9/5/2022, Hội Nông dân tỉnh tổ chức lớp tập huấn cho 120 cán bộ hội.");
    assert!(
        page.title.as_deref().is_none_or(|t| !t.starts_with("Sáng")),
        "{:?}",
        page.title
    );
}

#[test]
fn dashed_links_under_the_writers_signature_are_no_article_text() {
    let text = "Huyện đoàn ra quân tháng Thanh niên\n\
Sáng 2/3, Huyện đoàn Bảo Yên tổ chức lễ ra quân tháng Thanh niên tại xã Xuân Hòa.\n\
Các đoàn viên đã dọn vệ sinh đường làng và trồng 500 cây xanh.\n\
Phạm Thị Ngọc Lan, Ban Tuyên giáo Huyện ủy\n\
- Hội Nông dân xã Lương Sơn tập huấn kỹ thuật trồng quế cho hội viên.\n\
- CÔNG ĐOÀN HUYỆN TỔ CHỨC GIẢI\n";
    let page = read_page(text);
    assert_eq!(
        page.byline.as_deref(),
        Some("Phạm Thị Ngọc Lan - Ban Tuyên giáo Huyện ủy")
    );
    assert_eq!(page.paragraphs.len(), 2, "{:?}", page.paragraphs);
    // A dashed list in the article, with no signature above it, stays.
    let text = "Xã tổng kết công tác năm\n\
Chiều 28/12, UBND xã Tân Dương tổng kết công tác năm 2024 với các kết quả:\n\
- Thu ngân sách đạt 120% kế hoạch đề ra.\n\
- Tỷ lệ hộ nghèo giảm còn 2,1% theo chuẩn mới.\n";
    let page = read_page(text);
    assert_eq!(page.paragraphs.len(), 3, "{:?}", page.paragraphs);
}

#[test]
fn a_heading_naming_its_writer_in_brackets_gives_the_byline() {
    let text = "Lễ kỷ niệm Ngày Nhà giáo Việt Nam\n\
Lượt xem:\n\
TIN HOẠT ĐỘNG THÁNG 11 (Tác giả: Lò Thị Mai Anh)\n\
Sáng 20/11/2024, Trường THCS Nà Nhạn tổ chức lễ kỷ niệm 42 năm Ngày Nhà giáo Việt Nam.\n\
Các em học sinh đã biểu diễn nhiều tiết mục văn nghệ chào mừng thầy cô.\n";
    let page = read_page(text);
    assert_eq!(page.top_byline.as_deref(), Some("Lò Thị Mai Anh"));
    assert_eq!(
        page.title.as_deref(),
        Some("Lễ kỷ niệm Ngày Nhà giáo Việt Nam")
    );
    assert!(!page.paragraphs.join("\n").contains("Tác giả"));
    // Brackets that name no writer leave the line to the text.
    let text = "Xã ra quân làm đường\n\
Sáng 2/3, UBND xã Thanh Minh ra quân làm đường giao thông nông thôn (đợt 1).\n";
    let page = read_page(text);
    assert_eq!(page.top_byline, None);
}

#[test]
fn a_newsrooms_label_signs_with_the_stamp() {
    assert_eq!(
        header::name_with_stamp("PV 03/04/2018 14:20"),
        Some(("PV", "03/04/2018 14:20"))
    );
    assert_eq!(
        header::name_with_stamp("CTV 21/11/2022"),
        Some(("CTV", "21/11/2022"))
    );
    // A word in capitals that no newsroom signs with is no writer.
    assert_eq!(header::name_with_stamp("UBND 21/11/2022"), None);
    let page = read_page("Hợp tác xã Tân Lập mở rộng vùng bưởi Diễn\nPV 03/04/2018 14:20\nSáng 2/4, Hợp tác xã Tân Lập ra mắt vùng bưởi mới rộng 12 ha.\n");
    assert_eq!(page.header_name.as_deref(), Some("PV"));
}

#[test]
fn a_credit_row_signs_the_text_by_its_content_and_is_no_headline() {
    let lead = "Chuyện ở làng Đông Xuân\n(Baonghean.vn) - Ông Hoàng Văn Khải và ông Lường Văn Sinh cùng quê xã Nam Thanh, huyện Nam Đàn.";
    let page = read_page(&format!(
        "Nội dung: Tạ Thu Trang; Giọng đọc: Phạm Yến\n{lead}"
    ));
    assert_eq!(page.title.as_deref(), Some("Chuyện ở làng Đông Xuân"));
    assert_eq!(page.top_byline.as_deref(), Some("Tạ Thu Trang"));
    let page = read_page(&format!(
        "Nội dung: Tạ Thu Trang - Thiết kế: Quàng Thị Mai - Trình bày: Lò Văn Hùng\n{lead}"
    ));
    assert_eq!(page.top_byline.as_deref(), Some("Tạ Thu Trang"));
    assert_eq!(page.title.as_deref(), Some("Chuyện ở làng Đông Xuân"));
    // Alone, "Nội dung:" opens ordinary text.
    let page = read_page("Hội nghị Ban Chấp hành Đảng bộ xã Nam Thanh\nNội dung: Hội nghị thông qua báo cáo tình hình kinh tế - xã hội quý I năm 2024.");
    assert_eq!(page.top_byline, None);
}

#[test]
fn a_headline_in_capitals_that_opens_with_its_unit_says_something_of_it() {
    let lead = "Công tác chuẩn bị bầu cử trên địa bàn huyện Mường Khương được cấp ủy, chính quyền tập trung lãnh đạo.";
    let page = read_page(&format!(
        "HUYỆN MƯỜNG KHƯƠNG SẴN SÀNG CHO NGÀY BẦU CỬ\n\n{lead}"
    ));
    assert_eq!(
        page.title.as_deref(),
        Some("HUYỆN MƯỜNG KHƯƠNG SẴN SÀNG CHO NGÀY BẦU CỬ")
    );
    // A portal names its unit and the units above it, each name short.
    for portal in [
        "XÃ BẢN LẦU - HUYỆN MƯỜNG KHƯƠNG - TỈNH LÀO CAI",
        "XÃ BẢN LẦU HUYỆN MƯỜNG KHƯƠNG",
        "THÀNH PHỐ HỒ CHÍ MINH",
    ] {
        let page = read_page(&format!(
            "{portal}\nXã Bản Lầu sẵn sàng cho ngày bầu cử\n{lead}"
        ));
        assert_eq!(page.portal.as_deref(), Some(portal), "{portal}");
        assert_eq!(
            page.title.as_deref(),
            Some("Xã Bản Lầu sẵn sàng cho ngày bầu cử")
        );
    }
}

#[test]
fn a_cut_summary_under_a_labelled_byline_is_another_article() {
    let page = read_page("Lãnh đạo tỉnh thăm chúc mừng lễ Sêne Đôlta\nĐồng chí Lê Văn Tâm, Phó Chủ tịch UBND tỉnh tặng quà cho chùa Ông Mẹt.\nTheo đó, đoàn đến thăm và tặng quà các gia đình chính sách, cán bộ hưu trí người Khmer tiêu biểu tại huyện Châu Thành, huyện Cầu Ngang.\nTin, ảnh: THANH TÂM\nChiều ngày 12/4, Ban Tổ chức Lễ kỷ niệm 50 năm Ngày giải phóng tỉnh, gắn với khánh thành công trình chào mừng, đã tổ chức họp báo để");
    assert_eq!(page.byline.as_deref(), Some("THANH TÂM"));
    assert_eq!(page.paragraphs.len(), 2, "{:?}", page.paragraphs);
    assert!(page.paragraphs[1].starts_with("Theo đó"));
    // Under a plain paragraph, the cut last paragraph is the page's own.
    let cut = read_page("Lãnh đạo tỉnh thăm chúc mừng lễ Sêne Đôlta\nĐồng chí Lê Văn Tâm, Phó Chủ tịch UBND tỉnh tặng quà cho chùa Ông Mẹt.\nTheo đó, đoàn đến thăm và tặng quà các gia đình chính sách, cán bộ hưu trí người Khmer tiêu biểu tại huyện Châu Thành, huyện Cầu Ngang.\nTại các nơi đến, đồng chí Lê Văn Tâm chúc đồng bào Khmer đón lễ vui tươi, an lành, hạnh phúc và tiếp tục phát huy truyền thống");
    assert_eq!(cut.paragraphs.len(), 3, "{:?}", cut.paragraphs);
}

#[test]
fn the_headline_again_before_the_lead_in_one_block_is_cut() {
    let page = read_page("Biểu dương người có uy tín tiêu biểu vùng đồng bào dân tộc thiểu số\nThứ Hai, 18/11/2019, 10:12\nBiểu dương người có uy tín tiêu biểu vùng đồng bào dân tộc thiểu số _Mail Sáng 18/11, tỉnh Kon Tum tổ chức Hội nghị biểu dương 120 người có uy tín tiêu biểu năm 2019.\nTại hội nghị, ông Trần Văn Nam, Phó Chủ tịch UBND tỉnh Kon Tum đã ghi nhận những đóng góp của người có uy tín.");
    assert!(
        page.paragraphs[0].starts_with("Sáng 18/11, tỉnh Kon Tum"),
        "{:?}",
        page.paragraphs
    );
    // With no share label between them.
    let bare = read_page("Biểu dương người có uy tín tiêu biểu vùng đồng bào dân tộc thiểu số\nBiểu dương người có uy tín tiêu biểu vùng đồng bào dân tộc thiểu số Ngày 18/11, tỉnh Kon Tum tổ chức Hội nghị biểu dương 120 người có uy tín tiêu biểu năm 2019.\nTại hội nghị, ông Trần Văn Nam, Phó Chủ tịch UBND tỉnh Kon Tum đã ghi nhận những đóng góp của người có uy tín.");
    assert!(
        bare.paragraphs[0].starts_with("Ngày 18/11"),
        "{:?}",
        bare.paragraphs
    );
}

#[test]
fn a_teaser_under_the_writers_name_and_signed_by_another_writer_leaves() {
    // An article of 2016 whose page prints, under its writer, the lead of
    // a report of 2025 naming a Vice Secretary, signed by that report's
    // own writers: nothing of the article follows its writer.
    let text = "Huyện ủy Tân Lập gặp mặt cán bộ làm công tác dân vận\n\
Sáng 15/10/2016, Huyện ủy Tân Lập tổ chức gặp mặt kỷ niệm 86 năm Ngày truyền thống công tác dân vận của Đảng.\n\
Tại buổi gặp mặt, đồng chí Đinh Văn Khải, Bí thư Huyện ủy đề nghị cán bộ dân vận các cấp tiếp tục bám sát cơ sở, lắng nghe ý kiến của Nhân dân.\n\
Hoài Thu\n\
Chiều 22/7, tại buổi làm việc với Đảng ủy xã Mỹ Hòa, Phó Bí thư Tỉnh ủy Quách Minh Tường yêu cầu xã sớm ổn định bộ máy sau sắp xếp.\n\
Trọng Nghĩa - Mai Anh\n";
    let page = read_page(text);
    assert_eq!(page.byline.as_deref(), Some("Hoài Thu"));
    assert_eq!(page.paragraphs.len(), 2, "{:?}", page.paragraphs);
    let report = crate::parse::parse_report("teaser.txt", text);
    let names: Vec<&str> = report.officials.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(names, ["Đinh Văn Khải"]);
    assert_eq!(report.author.as_deref(), Some("Hoài Thu"));
}

#[test]
fn a_headline_and_its_lead_under_the_writers_signature_leave() {
    let page = read_page(
        "Ban Dân vận Huyện ủy kiểm tra công tác dân vận tại xã Hòa An\n\
Ngày 9/5, Ban Dân vận Huyện ủy Tân Lập kiểm tra việc thực hiện quy chế dân chủ ở xã Hòa An.\n\
Đoàn ghi nhận xã đã tổ chức đối thoại với Nhân dân hai lần trong năm.\n\
Tin, ảnh: Ngọc Hân\n\
Xã Đồng Quế ra mắt mô hình dân vận khéo bảo vệ môi trường\n\
Sáng 3/6, Ủy ban MTTQ xã Đồng Quế ra mắt mô hình thu gom rác thải tại khu dân cư số 2.\n",
    );
    assert_eq!(page.byline.as_deref(), Some("Ngọc Hân"));
    assert_eq!(page.paragraphs.len(), 2, "{:?}", page.paragraphs);
}

#[test]
fn the_last_of_a_series_of_profiles_each_named_on_its_own_line_stays() {
    // Each profile opens with the person's name alone: the name above the
    // last profile is no writer, for a name alone stood above the first.
    let page = read_page(
        "Những gương dân vận khéo ở xã Hòa An\n\
Năm qua, xã Hòa An có nhiều cá nhân tiêu biểu trong phong trào thi đua dân vận khéo.\n\
Lò Văn Púa\n\
Ông vận động bà con trong bản hiến hơn 2.000 m2 đất để mở đường liên thôn.\n\
Vàng Thị Mỷ\n\
Bà thành lập tổ hợp tác dệt thổ cẩm, giúp 30 chị em có thêm thu nhập ổn định.\n\
Minh Khôi\n",
    );
    assert!(
        page.paragraphs.iter().any(|p| p.contains("thổ cẩm")),
        "{:?}",
        page.paragraphs
    );
    assert_eq!(page.byline.as_deref(), Some("Minh Khôi"));
}

#[test]
fn a_run_of_signed_teasers_under_a_desks_initials_leaves() {
    // A listing prints each article's lead over its writer, the first one
    // signed with a desk's initials; the last lead is cut off.
    let text = "Sáng 12.10, Ban Dân vận Tỉnh uỷ Tân Lập tổ chức hội thảo về vai trò của người có uy tín trong đồng bào dân tộc thiểu số.\n\
XDĐ\n\
Ngày 29.11, Uỷ ban MTTQ tỉnh tổ chức hội nghị hiệp thương lần thứ nhất, do Chủ tịch Uỷ ban MTTQ tỉnh Hà Văn Lựu chủ trì.\n\
BTNO\n\
Sáng 25.11, Phó Bí thư Thường trực Tỉnh uỷ Mai Thanh Đạt dự ngày hội đại đoàn kết tại khu phố 3, phường Hòa An, thành phố Tân Lập. Đây là khu phố được chọn làm điểm của tỉnh trong năm nay và được\n";
    let page = read_page(text);
    assert_eq!(page.byline.as_deref(), Some("XDĐ"));
    assert_eq!(page.paragraphs.len(), 1, "{:?}", page.paragraphs);
    let report = crate::parse::parse_report("listing.txt", text);
    assert!(report.officials.is_empty(), "{:?}", report.officials);
}

#[test]
fn a_teasers_day_is_a_day_and_a_month_in_figures() {
    use super::after_signer::tells_a_day;
    assert!(tells_a_day(
        "Chiều 22/7, đoàn công tác làm việc với xã Hòa An."
    ));
    assert!(tells_a_day(
        "Ngày 26.4, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị."
    ));
    assert!(tells_a_day("Sáng 15/10/2016, Huyện ủy tổ chức gặp mặt."));
    // A thousand, a span of years and a share are no day.
    assert!(!tells_a_day(
        "Bà con hiến hơn 2.000 m2 đất trong giai đoạn 2016-2021."
    ));
    assert!(!tells_a_day(
        "Tỷ lệ hộ nghèo giảm còn 3,5%, đạt 40/45 chỉ tiêu."
    ));
}

#[test]
fn a_digests_next_starred_item_under_a_signature_stays() {
    let page = read_page(
        "Tin vắn\n\
* Ngày 13.2, UBND phường Hòa An trao giấy khen cho em Trần Minh Khang vì đã nhặt được của rơi trả lại người mất.\n\
K.A\n\
* Từ quỹ khuyến học, sáng 14.2, Hội Chữ thập đỏ xã Đồng Quế trao 20 suất quà cho học sinh có hoàn cảnh khó khăn của xã.\n\
VĂN TỐ\n",
    );
    assert!(
        page.paragraphs.iter().any(|p| p.contains("Chữ thập đỏ")),
        "{:?}",
        page.paragraphs
    );
}

#[test]
fn other_articles_headlines_under_an_unsigned_article_name_no_one_present() {
    // No writer signs the article: the headlines of other articles under
    // it, each naming an official the article never names, are no photo's
    // captions.
    let text = "Huyện ủy Tân Lập sơ kết công tác dân vận 6 tháng đầu năm\n\
Sáng 12/7, Ban Dân vận Huyện ủy Tân Lập tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm. Đồng chí Hà Văn Khiêm, Phó Bí thư Thường trực Huyện ủy dự và chỉ đạo hội nghị.\n\
Hội nghị đã đề ra các nhiệm vụ trọng tâm của 6 tháng cuối năm.\n\
Chủ tịch UBND tỉnh Đoàn Minh Quý kiểm tra tiến độ dự án đường ven sông\n\
Phó Bí thư Tỉnh ủy Lương Thị Huệ làm việc với Đảng ủy xã Đồng Lạc\n\
Bí thư Huyện ủy Tạ Quang Vinh tiếp xúc cử tri thị trấn\n";
    let page = read_page(text);
    assert!(page.captions.is_empty(), "{:?}", page.captions);
    let report = crate::parse::parse_report("related.txt", text);
    let names: Vec<&str> = report.officials.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(names, ["Hà Văn Khiêm"]);
}

#[test]
fn other_articles_teasers_under_an_unsigned_article_leave_with_their_leads() {
    // Each teaser is a headline over a lead that opens with its own day.
    let text = "Xã Hòa An ra mắt mô hình dân vận khéo\n\
Chiều 5/3, Đảng ủy xã Hòa An ra mắt mô hình dân vận khéo trong xây dựng nông thôn mới. Đồng chí Vi Văn Tiến, Bí thư Đảng ủy xã dự và phát biểu.\n\
Phó Chủ tịch UBND huyện Khổng Thị Hoa kiểm tra công tác phòng chống dịch tại xã Hòa An\n\
Sáng 3/3, đồng chí Khổng Thị Hoa, Phó Chủ tịch UBND huyện kiểm tra công tác phòng chống dịch bệnh trên đàn gia súc.\n\
Trưởng Ban Dân vận Huyện ủy Mạc Văn Lâm thăm hỏi gia đình chính sách\n\
Ngày 1/3, đồng chí Mạc Văn Lâm, Trưởng Ban Dân vận Huyện ủy đến thăm, tặng quà các gia đình chính sách.\n";
    let page = read_page(text);
    assert_eq!(page.paragraphs.len(), 1, "{:?}", page.paragraphs);
    let report = crate::parse::parse_report("teasers.txt", text);
    let names: Vec<&str> = report.officials.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(names, ["Vi Văn Tiến"]);
}

#[test]
fn captions_of_an_unsigned_articles_own_event_at_its_foot_stay() {
    // The photos' captions name the article's own people, or open with
    // who the photo shows: none is another article's headline.
    let text = "Xã Hòa An trao quà cho hộ nghèo\n\
Sáng 4/2, đồng chí Tạ Quang Vinh, Bí thư Huyện ủy đến thăm và trao 50 suất quà cho hộ nghèo xã Hòa An.\n\
Bí thư Huyện ủy Tạ Quang Vinh trao quà cho hộ nghèo xã Hòa An\n\
Đồng chí Lương Thị Huệ, Chủ tịch UBND xã tặng quà cho gia đình chính sách\n";
    let report = crate::parse::parse_report("captions.txt", text);
    let mut names: Vec<&str> = report.officials.iter().map(|o| o.name.as_str()).collect();
    names.sort_unstable();
    assert_eq!(names, ["Lương Thị Huệ", "Tạ Quang Vinh"]);
}
