use super::*;

fn d(y: u16, m: u8, day: u8) -> Option<Date> {
    Date::new(y, m, day)
}

/// The event date under a sure stamp.
fn event_date(lead: &[&str], published: Option<Date>, text: &str) -> Option<Date> {
    super::event_date(lead, published, true, text)
}

fn event(lead: &str, published: Option<Date>) -> Option<Date> {
    event_date(&[&lead.to_lowercase()], published, lead)
}

#[test]
fn patterns_compile() {
    assert!(FULL.compiled() && EVENT.compiled() && RELATIVE.compiled() && YEAR.compiled());
    assert!(ISO.compiled() && WORDY.compiled() && MONTH_NAMED.compiled());
    assert!(RANGE.compiled() && EVENT_WORDY.compiled() && PERIOD_YEAR.compiled());
    assert!(TALLY_DAY.compiled());
    assert!(REVIEWED_SPAN.compiled() && ANY_YEAR.compiled() && SPACED.compiled());
    assert!(US_STAMP.compiled() && TODAY_OPENING.compiled());
    assert!(SPAN_END.compiled());
}

#[test]
fn a_servers_american_stamp_is_month_first() {
    let h = |s: &str| vec![s.to_string()];
    assert_eq!(published(&h("10/3/2022 12:00:00 AM GMT+7")), d(2022, 10, 3));
    assert_eq!(published(&h("3/14/2024 8:15:00 PM")), d(2024, 3, 14));
    // Written with zeros, or without seconds and AM/PM, it is day first.
    assert_eq!(published(&h("10/03/2022 08:00:00 AM")), d(2022, 3, 10));
    assert_eq!(published(&h("10/3/2022 12:00")), d(2022, 3, 10));
}

#[test]
fn published_from_header_stamps() {
    let h = |s: &str| vec![s.to_string()];
    assert_eq!(
        published(&h("Print Thứ Sáu, 07/04/2023 14:30 Gốc")),
        d(2023, 4, 7)
    );
    assert_eq!(published(&h("08:05 21/10/2020")), d(2020, 10, 21));
    assert_eq!(published(&h("30/06/2019    412")), d(2019, 6, 30));
    assert_eq!(published(&h("31/02/2019")), None);
    assert_eq!(published(&h("Thứ Sáu, 15-03-2024, 17:45")), d(2024, 3, 15));
    assert_eq!(published(&h("Ngày 16 tháng 3 năm 2024")), d(2024, 3, 16));
    assert!(WORDY.compiled());
}

#[test]
fn cms_stamps_without_separators_or_year_word() {
    let h = |s: &str| vec![s.to_string()];
    // A month word with neither "năm" nor a comma before the year.
    assert_eq!(
        published(&h("Thứ hai, 07 Tháng 4 2014 09:12")),
        d(2014, 4, 7)
    );
    // Day, month and year with spaces only, a whole line.
    assert_eq!(published(&h("03 02 2026")), d(2026, 2, 3));
    assert_eq!(published(&h("3 2 2026 ")), d(2026, 2, 3));
    // Not in running text, and not an impossible day.
    assert_eq!(published(&h("Có 12 3 2026 hộ")), None);
    assert_eq!(published(&h("31 02 2026")), None);
}

#[test]
fn each_event_date_form() {
    let p = d(2022, 9, 3);
    assert_eq!(event("Sáng 2-9, Huyện ủy tổ chức lễ.", p), d(2022, 9, 2));
    assert_eq!(event("Chiều 1/9, Ban Dân vận họp.", p), d(2022, 9, 1));
    assert_eq!(event("được tổ chức sáng nay (3/9).", p), d(2022, 9, 3));
    assert_eq!(
        event("Sáng ngày 25/8/2022, Tỉnh ủy làm việc.", p),
        d(2022, 8, 25)
    );
    assert_eq!(event("Ngày 5/3/2021, Đảng ủy xã họp.", p), d(2021, 3, 5));
    // A spaced en dash parts day and month as a hyphen does; one before a
    // slash opens a range of days.
    assert_eq!(
        event("Ngày 20 – 8, Hội Nông dân xã tổ chức đại hội.", p),
        d(2022, 8, 20)
    );
    assert_eq!(
        event("Từ 9 – 11/8, Huyện đoàn tổ chức trại hè.", p),
        d(2022, 8, 9)
    );
    assert_eq!(event("Sáng nay, Ban Dân vận tổ chức hội nghị.", p), p);
    assert_eq!(event("Chiều qua, hội nghị diễn ra.", p), d(2022, 9, 2));
    assert_eq!(
        event("Sáng thứ Sáu (2/9), Đảng ủy xã họp.", p),
        d(2022, 9, 2)
    );
    assert_eq!(
        event("Trong 2 ngày (29-30/8), huyện tổ chức lớp tập huấn.", p),
        d(2022, 8, 29)
    );
    assert_eq!(
        event(
            "Thực hiện Quyết định số 446-QĐ/TU, ngày 26/11/2021, sáng 2/9 Huyện ủy họp.",
            p
        ),
        d(2022, 9, 2)
    );
    // A plan cited by its bare number, and a joint resolution's long code.
    assert_eq!(
        event(
            "Thực hiện Kế hoạch số 17, ngày 3/8/2022 của Ban Thường trực, trong hai ngày 01 và 2/9/2022, các tổ đại biểu tiếp xúc cử tri.",
            p
        ),
        d(2022, 9, 1)
    );
    assert_eq!(
        event(
            "Theo Nghị quyết liên tịch số 09/2021/NQLT/UBTVQH-CP-ĐCTUBTWMTTQVN, ngày 12/2/2021, Ban Thường trực hướng dẫn các xã.",
            p
        ),
        None
    );
    assert_eq!(
        event("Chi bộ thôn số 2, ngày 2/9 tổ chức lễ chào cờ.", p),
        d(2022, 9, 2)
    );
    // A dash standing alone between the number and the kind.
    assert_eq!(
        event(
            "Thực hiện Kế hoạch số 09 – KH/ĐTN ngày 22/8/2022 của Huyện Đoàn, ngày 2/9 Đoàn xã ra quân.",
            p
        ),
        d(2022, 9, 2)
    );
}

#[test]
fn a_dateline_day() {
    assert_eq!(day_month("5/3", d(2024, 3, 6), ""), d(2024, 3, 5));
    assert_eq!(day_month("5/3/2023", None, ""), d(2023, 3, 5));
    assert_eq!(day_month("5", None, ""), None);
}

#[test]
fn a_day_after_publication_belongs_to_the_year_before() {
    let p = d(2021, 1, 19);
    assert_eq!(event("tổ chức sáng nay (29/12).", p), d(2020, 12, 29));
    assert_eq!(event("Chiều 18/1, hội nghị.", p), d(2021, 1, 18));
    assert_eq!(
        day_before(Date {
            year: 2021,
            month: 3,
            day: 1
        }),
        d(2021, 2, 28)
    );
}

#[test]
fn without_publication_the_year_named_most() {
    let text = "Sáng nay 14/5, hội nghị sơ kết năm 2016; nhiệm vụ năm 2016, nhiệm kỳ 2015-2020.";
    assert_eq!(
        event_date(&[&text.to_lowercase()], None, text),
        d(2016, 5, 14)
    );
    assert_eq!(event("Vừa qua, hội nghị diễn ra.", None), None);
}

#[test]
fn a_year_a_review_names_after_an_anniversary_is_not_its_start() {
    // The anniversary's own day counts from its listed year; the year the
    // second clause's review names dates that review.
    let lead = "Chiều 16/11, khu dân cư số 3 phường Quang Trung kỷ niệm 85 năm Ngày \
        thành lập Mặt trận Tổ quốc Việt Nam, tổng kết phong trào xây dựng khu dân cư \
        văn hóa năm 2012 và biểu dương các hộ tiêu biểu.";
    assert_eq!(event(lead, None), d(2015, 11, 16));
    // With no listed name, that year still counts for nothing.
    let lead = "Sáng 22/12, thôn Đồng Tâm kỷ niệm 70 năm ngày thành lập đơn vị, sơ \
        kết công tác tuyên truyền năm 2014.";
    assert_ne!(event(lead, None), d(2084, 12, 22));
    // An anniversary whose start is written in its own words keeps it.
    let lead = "Sáng 9/3, xã Hòa Bình kỷ niệm 40 năm thành lập xã (năm 1982), tổng \
        kết phong trào thi đua.";
    assert_eq!(event(lead, None), d(2022, 3, 9));
}

#[test]
fn a_summarys_planned_day_yields_to_the_lead_that_opens_with_its_own() {
    let lead = [
        "lễ trao giải dự kiến diễn ra ngày 24/3/2023 tại nhà hát lớn.",
        "chiều 10/3/2023, hội đồng đội thành phố công bố danh sách 20 đội viên xuất sắc.",
    ];
    assert_eq!(event_date(&lead, None, ""), d(2023, 3, 10));
    // Planned with no lead of its own day below: the planned day stays.
    assert_eq!(event_date(&lead[..1], None, ""), d(2023, 3, 24));
}

#[test]
fn a_second_anniversary_in_the_sentence_counts_its_own_years() {
    // The first anniversary's day is unlisted: the years counted for it
    // are not counted from the second one's day.
    let lead = "Sáng 22/4, huyện Kỳ Anh tổ chức mít tinh kỷ niệm 110 năm ngày sinh đồng \
        chí Lê Văn Đông, kỷ niệm 41 năm ngày giải phóng miền Nam.";
    assert_eq!(event(lead, None), d(2016, 4, 22));
    let lead = "Sáng 20/4, xã tổ chức kỷ niệm 120 năm ngày sinh đồng chí Trần Văn Lâm \
        và 50 năm Ngày giải phóng miền Nam.";
    assert_ne!(event(lead, None), d(2095, 4, 20));
}

#[test]
fn a_review_of_years_is_held_that_many_years_after_its_start() {
    let lead = "Ngày 15/11, Huyện ủy tổ chức hội nghị tổng kết 10 năm thực hiện \
        Nghị quyết số 12-NQ/TU ngày 5/8/2014 của Ban Thường vụ Tỉnh ủy giai đoạn 2021 - 2025.";
    assert_eq!(event(lead, None), d(2024, 11, 15));
    let lead = "Sáng 14/10, xã long trọng kỷ niệm 95 năm Ngày truyền thống công tác \
        dân vận của Đảng (15/10/1930 - 15/10/2025).";
    assert_eq!(event(lead, None), d(2025, 10, 14));
    let lead = "Chiều 17/11, khu dân cư kỷ niệm 85 năm Ngày thành lập Mặt trận Dân tộc \
        thống nhất Việt Nam (18/11/1930 - 18/11/2015).";
    assert_eq!(event(lead, None), d(2015, 11, 17));
    // A span whose sentence dates nothing gives no year.
    let lead = "Sáng 3/9, phường sơ kết 5 năm phong trào. Năm 2021 là năm đầu nhiệm kỳ.";
    assert_eq!(event(lead, None), d(2021, 9, 3));
    // A span written out closes in its last year, late in it, or is
    // reviewed early in the next.
    let lead = "Sáng 5/11, Ban Dân vận Huyện ủy tổng kết 5 năm phong trào thi đua \
        giai đoạn 2016 – 2020 và bàn phương hướng giai đoạn 2020 – 2025.";
    assert_eq!(event(lead, None), d(2020, 11, 5));
    let lead = "Sáng 15/1, Ban Dân vận Huyện ủy tổng kết 5 năm phong trào thi đua \
        giai đoạn 2016 – 2020.";
    assert_eq!(event(lead, None), d(2021, 1, 15));
    // A target year is no day the review counts from: the resolution's
    // date is.
    let lead = "Sáng 8/9, tỉnh sơ kết 5 năm thực hiện Nghị quyết số 26-NQ/TW về phát \
        triển tỉnh đến năm 2020, theo Thông báo ngày 20/4/2019.";
    assert_ne!(event(lead, None), d(2025, 9, 8));
    let lead = "Sáng 8/9, Phó Thủ tướng dự hội nghị triển khai Thông báo số 55-TB/TW \
        ngày 20/4/2019 về sơ kết 5 năm thực hiện Nghị quyết số 26-NQ/TW về phát triển \
        tỉnh đến năm 2020.";
    assert_eq!(event(lead, None), d(2019, 9, 8));
    // The day counted from, written with full stops, as old pages of
    // provincial papers write it.
    let lead = "Sáng nay 20.5, Huyện ủy Tân Lạc sơ kết 3 năm thực hiện Chỉ thị số 05, \
        ngày 18.5.2016 của Bộ Chính trị về học tập và làm theo gương Bác.";
    assert_eq!(event(lead, None), d(2019, 5, 20));
    let lead = "Chiều 9.7, Đảng ủy xã Hòa Bình tổng kết 10 năm thực hiện Kết luận số 62, \
        ngày 8.12.2009 của Bộ Chính trị.";
    assert_eq!(event(lead, None), d(2019, 7, 9));
    // A published stamp still decides.
    let lead = "Sáng 15/11, hội nghị tổng kết 10 năm thực hiện Nghị quyết ngày 5/8/2014.";
    assert_eq!(event(lead, d(2025, 11, 16)), d(2025, 11, 15));
}

#[test]
fn a_term_named_by_its_body_does_not_date_a_meeting() {
    // The committee of a term meets in any of its years: the year the text
    // names most decides; a congress opens its term in its first year.
    let lead = "Sáng 2/4, Ban Thường trực Ủy ban MTTQ huyện khóa IX, nhiệm kỳ 2014-2019 \
        họp lần thứ 12, chuẩn bị Đại hội năm 2019 và kế hoạch năm 2019.";
    assert_eq!(event(lead, None), d(2019, 4, 2));
    let lead = "Sáng 20/7, Đại hội Hội Nông dân xã nhiệm kỳ 2023-2028 khai mạc.";
    assert_eq!(event(lead, None), d(2023, 7, 20));
    let lead = "Chiều 9/1, Ủy ban MTTQ tỉnh giới thiệu người ứng cử đại biểu HĐND tỉnh \
        khóa XVII, nhiệm kỳ 2021 - 2026.";
    assert_eq!(event(lead, None), d(2021, 1, 9));
}

#[test]
fn a_council_s_first_two_sessions_fall_in_its_term_s_first_year() {
    let lead = "Sáng ngày 14/7, HĐND huyện khóa XX, nhiệm kỳ 2016 - 2021 tổ chức kỳ họp thứ 2.";
    assert_eq!(event(lead, None), d(2016, 7, 14));
    // A later session says nothing of the year.
    let lead = "Sáng ngày 14/7, HĐND huyện khóa XX, nhiệm kỳ 2016 - 2021 tổ chức kỳ họp thứ 21.";
    assert_ne!(event(lead, None), d(2016, 7, 14));
    // Written without "thứ", or in Roman numerals, a later session still
    // says nothing of it.
    let lead = "Sáng 9/6, HĐND xã Tân Lập tổ chức kỳ họp 14 bất thường để bầu chức danh \
        Phó Chủ tịch UBND xã khóa XX, nhiệm kỳ 2016-2021.";
    assert_eq!(event(lead, None), None);
    let lead = "Sáng 9/6, HĐND xã Tân Lập tổ chức Kỳ họp thứ XII để bầu chức danh \
        Phó Chủ tịch UBND xã khóa XX, nhiệm kỳ 2016-2021.";
    assert_eq!(event(lead, None), None);
    // A year's session is no count of sessions.
    let lead = "Sáng 20/7, HĐND xã khóa XXI, nhiệm kỳ 2021-2026 tổ chức kỳ họp thứ nhất, \
        bầu Chủ tịch UBND xã; kỳ họp năm nay bàn nhiều việc.";
    assert_eq!(event(lead, None), d(2021, 7, 20));
    // Nor does an election the lead tells of in a later sentence.
    let text = "Sáng 9/6, HĐND xã Tân Lập tổ chức kỳ họp 14 bất thường.\nKỳ họp thông qua \
        tờ trình giới thiệu nhân sự bầu chức danh Chủ tịch HĐND xã khóa XX, nhiệm kỳ 2016-2021.";
    assert_eq!(event(text, None), None);
}

#[test]
fn a_date_without_a_year_takes_the_right_year() {
    // Written out, dotted, and after a verb in the middle of the lead.
    let p = d(2024, 1, 24);
    assert_eq!(
        event("Ngày 23 tháng 1 năm 2024, Ban Dân vận Tỉnh ủy họp.", p),
        d(2024, 1, 23)
    );
    assert_eq!(
        event(
            "Sáng 19.12, Ban Tuyên giáo và Dân vận họp.",
            d(2025, 12, 19)
        ),
        d(2025, 12, 19)
    );
    assert_eq!(
        event("Ngày 4.8.2017, Sở Nội vụ tổ chức diễn đàn.", None),
        d(2017, 8, 4)
    );
    // No published date: the period of the title or lead, not a cited
    // document's year or a birth year.
    let lead = "Hội nghị giao ban quý I/2018. Sáng 12/4, ông Lò Văn Páo (sinh năm 1972, \
        theo Pháp lệnh số 34/2007/PL-UBTVQH11, Pháp lệnh 2007, năm 2007) phát biểu.";
    assert_eq!(event(lead, None), d(2018, 4, 12));
    let lead = "Sáng 12/4, ông Lò Văn Páo (sinh năm 1972) cùng Luật số 10/2022/QH15 \
        năm 2019 và kế hoạch năm 2019.";
    assert_eq!(event(lead, None), d(2019, 4, 12));
    // An event after the report was published is a misread: the next date is used.
    let lead = "Ngày 30/12/2023 là hạn nộp báo cáo; sáng 20/11, Đảng ủy xã họp.";
    assert_eq!(event(lead, d(2023, 11, 21)), d(2023, 11, 20));
    assert_eq!(event("Từ 1.500 hộ dân tham gia.", p), None);
    let lead =
        "Biểu dương người có uy tín giai đoạn 2020 - 2022. Ngày 21/10, huyện tổ chức hội nghị.";
    assert_eq!(event(lead, None), d(2022, 10, 21));
    // The term a congress opens, named as the next one, in brackets.
    let lead = "Sáng 11-3, Hội LHPN tỉnh tổ chức Đại hội lần thứ XV, tổng kết nhiệm kỳ qua \
        (2011 - 2016), định hướng nhiệm kỳ tới (2016 - 2021).";
    assert_eq!(event(lead, None), d(2016, 3, 11));
    let lead = "Sáng nay (13-10), Đại hội Đảng bộ tỉnh nhiệm kỳ 2025-2030 khai mạc.";
    assert_eq!(event(lead, None), d(2025, 10, 13));
    // An announced event in the coming weeks is the event; a date months
    // ahead, or one the lead does not announce, stays a misread.
    let lead = "Chủ tịch UBND tỉnh sẽ tiếp công dân định kỳ vào ngày 11/11/2025 tại trụ sở.";
    assert_eq!(event(lead, d(2025, 11, 7)), d(2025, 11, 11));
    let lead = "Hội nghị dự kiến diễn ra ngày 20/3/2026 tại tỉnh.";
    assert_eq!(event(lead, d(2025, 11, 7)), None);
    let lead = "Ngày 30/11/2025 là hạn nộp hồ sơ.";
    assert_eq!(event(lead, d(2025, 11, 7)), None);
    // A planned day without its year, weeks after the stamp, is in the
    // stamp's year, not eleven months before it.
    let lead = "Theo kế hoạch, từ ngày 2/12 đến 6/12, các đại biểu tiếp xúc cử tri tại 9 xã.";
    assert_eq!(event(lead, d(2011, 11, 21)), d(2011, 12, 2));
    let lead = "Từ ngày 2/12, Tổ đại biểu sẽ tiếp xúc cử tri tại 9 xã.";
    assert_eq!(event(lead, d(2011, 11, 21)), d(2011, 12, 2));
    // Unannounced, the same day is last year's.
    let lead = "Ngày 2/12, Tổ đại biểu tiếp xúc cử tri tại 9 xã.";
    assert_eq!(event(lead, d(2011, 11, 21)), d(2010, 12, 2));
}

#[test]
fn stamps_written_year_first_or_with_the_month_in_words() {
    let d = |y, m, day| Date::new(y, m, day);
    assert_eq!(full_date("2026-01-12 10:15"), d(2026, 1, 12));
    assert_eq!(full_date("Thứ Hai, 12 Tháng 1, 2026"), d(2026, 1, 12));
    assert_eq!(full_date("ngày 3 tháng 8 năm 2025"), d(2025, 8, 3));
    assert_eq!(full_date("giai đoạn 2021-2025"), None);
}

#[test]
fn the_earliest_header_stamp_agency_stamps_and_short_months() {
    let header = [
        "Thứ Năm, 25/07/2024 08:00 (GMT +7)".to_string(),
        "Thứ 2, 17/06/2024 | 18:48:56 (GMT +7)".to_string(),
    ];
    assert_eq!(published(&header), d(2024, 6, 17));
    assert_eq!(
        agency_stamp("Hà Nội (TTXVN 12/4/2023) Tại hội nghị lần thứ hai, Ban Chấp hành đã bầu"),
        d(2023, 4, 12)
    );
    assert_eq!(agency_stamp("Hội nghị (lần thứ 2) đã bầu"), None);
    assert_eq!(
        full_date("Đã đăng vào 9 Th12, 2020 lúc 10:36"),
        d(2020, 12, 9)
    );
}

#[test]
fn christmas_and_easter_are_no_births() {
    let lead =
        "trong 2 ngày 9-10/12, đoàn công tác đã thăm tòa giám mục nhân dịp lễ giáng sinh năm 2022.";
    assert_eq!(event_date(&[lead], None, lead), d(2022, 12, 9));
    let lead = "chiều 6/4, đoàn công tác đến chúc mừng giáo xứ nhân dịp lễ phục sinh năm 2023.";
    assert_eq!(event_date(&[lead], None, lead), d(2023, 4, 6));
    let born = "ông a sinh năm 1970, ngày 9/12 nhận nhiệm vụ mới.";
    assert_eq!(main_year(born), None);
    // Nor is Easter.
    let lead =
        "sáng 14-4, đoàn công tác đến thăm, chúc mừng tòa giám mục nhân dịp lễ phục sinh năm 2022.";
    assert_eq!(event_date(&[lead], None, lead), d(2022, 4, 14));
    let lead = "sáng 27/3, đoàn công tác đến thăm các chức sắc nhân dịp lễ Phục sinh 2024.";
    assert_eq!(event_date(&[lead], None, lead), d(2024, 3, 27));
}

#[test]
fn an_event_the_morning_after_its_stamp_keeps_the_stamps_year() {
    let p = d(2025, 8, 7);
    assert_eq!(
        event("Sáng ngày 8/8, phường An Bình tổng duyệt đại hội.", p),
        d(2025, 8, 8)
    );
    // Weeks after the stamp is last year's day.
    assert_eq!(event("Sáng 30/8, phường An Bình họp.", p), d(2024, 8, 30));
}

#[test]
fn a_review_of_one_year_and_the_plan_of_the_next() {
    let text = "Triển khai nhiệm vụ năm 2012\nSáng 28-2, Bộ Nội vụ tổ chức hội nghị tổng kết công tác năm 2011 và triển khai nhiệm vụ năm 2012.";
    let lead = &text[text.find('\n').map_or(0, |n| n + 1)..];
    assert_eq!(
        event_date(&[&lead.to_lowercase()], None, text),
        d(2012, 2, 28)
    );
    let text = "Xã An Hòa tổng kết năm 2025\nSáng 30/12, Đảng ủy xã tổng kết nhiệm vụ năm 2025 và triển khai nhiệm vụ năm 2026.";
    let lead = &text[text.find('\n').map_or(0, |n| n + 1)..];
    assert_eq!(
        event_date(&[&lead.to_lowercase()], None, text),
        d(2025, 12, 30)
    );
}

#[test]
fn a_quarter_named_late_in_the_year_before_is_next_years() {
    let text = "Sáng 15/12, Chánh án TAND tỉnh cho biết trong quý I/2019 sẽ đưa vụ án ra xét xử.";
    assert_eq!(
        event_date(&[&text.to_lowercase()], None, text),
        d(2018, 12, 15)
    );
    // A quarter under review in its own year keeps it.
    let text = "Sáng 15/7, Ban Dân vận Huyện ủy tổ chức hội nghị giao ban quý II/2019.";
    assert_eq!(
        event_date(&[&text.to_lowercase()], None, text),
        d(2019, 7, 15)
    );
}

#[test]
fn a_school_year_dates_its_closing_and_its_opening() {
    let text = "Sáng 26.5, Trường THCS Tân Lập tổ chức lễ tổng kết năm học 2022-2023.";
    assert_eq!(
        event_date(&[&text.to_lowercase()], None, text),
        d(2023, 5, 26)
    );
    let text = "Sáng 5/9, Trường THCS Tân Lập tổ chức lễ khai giảng năm học 2023 - 2024.";
    assert_eq!(
        event_date(&[&text.to_lowercase()], None, text),
        d(2023, 9, 5)
    );
}

#[test]
fn a_year_the_title_and_lead_name_outweighs_one_named_further_down() {
    let filler = "Các đại biểu đã thảo luận sôi nổi về nhiều nội dung. ".repeat(20);
    let text =
        format!("Chiều 26/3, hội nghị năm 2019 khai mạc. {filler}Hồi năm 2021, xã đã làm đường.");
    assert_eq!(main_year(&text), Some(2019));
    let text = format!("Chiều 26/3, Ban Dân vận tổ chức hội nghị. {filler}Hội nghị thống nhất nhiệm vụ những tháng còn lại của năm 2012.");
    assert_eq!(main_year(&text), Some(2012));
}

#[test]
fn a_birth_year_written_sn_is_no_context() {
    let text = "Công an xã tạm giữ Nguyễn Văn A (SN 1991, trú thôn 2) về hành vi trộm cắp. Sáng 13-3, Công an xã bàn giao đối tượng.";
    assert_eq!(main_year(text), None);
    assert_eq!(event_date(&[&text.to_lowercase()], None, text), None);
}

#[test]
fn a_goals_year_is_no_context() {
    let text = "Ngày 20/1, đoàn thăm các gia đình chính sách. Trong năm 2010, Mặt trận tiếp tục \
                vận động; phấn đấu đến năm 2015 xóa xong nhà tạm, tầm nhìn tới năm 2030.";
    assert_eq!(main_year(text), Some(2010));
    assert_eq!(main_year("Phấn đấu đến năm 2015 xóa xong nhà tạm."), None);
}

#[test]
fn the_year_a_law_or_the_curriculum_was_passed_is_no_context() {
    let text = "Chiều 12/3, đoàn công tác của Sở làm việc với Trường THCS Tân Lập về thực hiện \
                Chương trình GDPT 2018 và Luật Giáo dục năm 2019.";
    assert_eq!(main_year(text), None);
    assert_eq!(event_date(&[&text.to_lowercase()], None, text), None);
    let text = "Sáng 5/4, Hội Nông dân xã tuyên truyền Hiến pháp năm 2013 cho hội viên năm 2021.";
    assert_eq!(main_year(text), Some(2021));
}

#[test]
fn a_span_written_in_full_only_at_its_end_gives_its_first_day_that_year() {
    let text = "Đợt kiểm tra diễn ra từ ngày 11/4 đến 28/4/2017 tại 12 xã; chương trình \
                năm 2018 được điều chỉnh.";
    assert_eq!(
        event_date(&[&text.to_lowercase()], None, text),
        d(2017, 4, 11)
    );
    // A span over the turn of a year starts in the year before.
    let text = "Đợt cao điểm kéo dài từ 15/12 đến ngày 10/1/2021, lực lượng chức năng \
                kiểm tra 40 cơ sở; kế hoạch năm 2022 sẽ mở rộng.";
    assert_eq!(
        event_date(&[&text.to_lowercase()], None, text),
        d(2020, 12, 15)
    );
    // A garbled year of zeros has no year before it; nothing panics.
    let text = "Đợt cao điểm kéo dài từ 15/12 đến ngày 10/1/0000 tại 5 xã.";
    let _ = event_date(&[&text.to_lowercase()], None, text);
}

#[test]
fn the_year_a_code_of_law_was_passed_is_no_context() {
    let text = "Chiều 21/3, Công an huyện bắt giữ Trần Văn Khải để điều tra hành vi trộm cắp \
                theo Điều 173 Bộ luật Hình sự năm 2015.";
    assert_eq!(main_year(text), None);
    assert_eq!(event_date(&[&text.to_lowercase()], None, text), None);
    let text = "Sáng 4/5, công đoàn phổ biến các điểm mới của bộ luật Lao động 2019 cho công nhân.";
    assert_eq!(main_year(text), None);
    // "pháp luật" is the law at large: the year after it is the page's.
    let text = "Sáng 4/5, huyện tổng kết công tác phổ biến pháp luật năm 2022.";
    assert_eq!(main_year(text), Some(2022));
}

#[test]
fn a_count_of_years_is_no_year() {
    let text = "Hội thi chào mừng 114 năm Ngày Quốc tế Phụ nữ và 1985 năm khởi nghĩa Hai Bà Trưng.";
    assert_eq!(main_year(text), None);
}

#[test]
fn a_time_of_day_in_two_words_opens_an_event() {
    let p = d(2021, 7, 22);
    for (lead, day) in [
        (
            "Chiều tối 21/7, Ủy ban Thường vụ Quốc hội tổ chức lễ công bố.",
            d(2021, 7, 21),
        ),
        (
            "Sáng sớm 20/7, lực lượng vũ trang huyện ra quân giúp dân.",
            d(2021, 7, 20),
        ),
        (
            "Rạng sáng 20/7, mưa lớn gây ngập nhiều tuyến đường.",
            d(2021, 7, 20),
        ),
    ] {
        assert_eq!(event(lead, p), day, "{lead}");
    }
}

#[test]
fn a_stamp_labelled_date_and_written_year_first_is_read() {
    assert_eq!(published(&["date 2025-08-27".to_string()]), d(2025, 8, 27));
    assert_eq!(published(&["date 2025-08".to_string()]), None);
}

#[test]
fn a_later_paragraph_dates_the_event_only_when_it_opens_with_its_time() {
    let p = d(2023, 9, 29);
    let quote = "\"nông dân chuyên nghiệp\" là mục tiêu đại hội đề ra.";
    let lead = "sáng ngày 28/9, tại thành phố, hội nông dân tỉnh khai mạc đại hội.";
    assert_eq!(opening_event(&[quote, lead], p, ""), d(2023, 9, 28));
    let aside = "đại hội lần trước diễn ra ngày 20/9/2018 tại hội trường tỉnh.";
    assert_eq!(opening_event(&[aside], p, ""), None);
}

#[test]
fn a_later_paragraph_saying_when_its_event_is_held_dates_it() {
    let held = "hội thi văn nghệ quần chúng của huyện lục yên diễn ra từ ngày 3/12 đến 7/12/2031 \
        tại sân vận động trung tâm.";
    assert_eq!(opening_event(&[held], None, ""), d(2031, 12, 3));
    let organized = "phiên chợ nông sản an toàn khai mạc vào ngày 14/5/2031 tại nhà văn hóa xã.";
    assert_eq!(opening_event(&[organized], None, ""), d(2031, 5, 14));
    // Background and what is yet to come date no event of the report.
    let known = "được biết, hội nghị toàn quốc diễn ra từ ngày 2/6 đến 3/6/2031.";
    assert_eq!(opening_event(&[known], None, ""), None);
    let planned = "đại hội cấp tỉnh dự kiến diễn ra vào ngày 20/9/2031.";
    assert_eq!(opening_event(&[planned], None, ""), None);
}

#[test]
fn a_later_paragraph_opening_with_the_same_occasion_dates_it() {
    let same = "cũng trong dịp này, chiều 20/10/2031, hội phụ nữ huyện trao 15 suất học bổng.";
    assert_eq!(opening_event(&[same], None, ""), d(2031, 10, 20));
    let bare = "nhân dịp này, sáng 2/9/2031, đoàn viên thanh niên dọn vệ sinh đường làng.";
    assert_eq!(opening_event(&[bare], None, ""), d(2031, 9, 2));
    // Another occasion added later is no day of the report's own.
    let other = "ngoài ra, ngày 25/10/2031, hội còn tổ chức tọa đàm.";
    assert_eq!(opening_event(&[other], None, ""), None);
}

#[test]
fn a_paragraph_that_gives_the_time_first_dates_the_event() {
    let given = "thời gian diễn ra đại hội 2 ngày, từ ngày 14 đến ngày 15/10/2019. địa điểm tại hội trường tỉnh.";
    assert_eq!(opening_event(&[given], None, ""), d(2019, 10, 14));
    let labelled = "thời gian: 8 giờ 00, ngày 5/3/2021.";
    assert_eq!(opening_event(&[labelled], None, ""), d(2021, 3, 5));
    // "Thời gian qua" (lately) gives no time of the event.
    let lately = "thời gian qua, hội đã vận động 20 hộ hiến đất, từ ngày 1/3/2020 đến nay.";
    assert_eq!(opening_event(&[lately], None, ""), None);
}

#[test]
fn tomorrow_is_the_day_after_the_stamp_and_nowadays_is_no_day() {
    let p = d(2024, 3, 31);
    assert_eq!(
        event("Ngày mai, Hội Nông dân huyện sẽ tổ chức đại hội.", p),
        d(2024, 4, 1)
    );
    assert_eq!(
        event("Ngày nay, nông dân đã làm chủ kỹ thuật mới.", p),
        None
    );
}

#[test]
fn a_stamp_written_year_first_with_slashes_but_not_a_code() {
    assert_eq!(full_date("2024/06/05 08:30"), d(2024, 6, 5));
    assert_eq!(full_date("Nghị định số 15/2024/06 của Chính phủ"), None);
}

#[test]
fn a_range_of_days_is_no_day_and_month_and_a_weekday_may_open_the_event() {
    let p = d(2024, 3, 12);
    assert_eq!(
        event("Trong các ngày từ 9 - 11/3, Huyện đoàn mở lớp tập huấn.", p),
        d(2024, 3, 9)
    );
    assert_eq!(event("Thứ Hai (11/3), Huyện ủy họp.", p), d(2024, 3, 11));
    assert_eq!(
        event("Hội nghị lần thứ hai (mở rộng) bàn nhiều việc.", p),
        None
    );
}

#[test]
fn a_stamp_of_a_month_bounds_the_event_but_dates_no_today() {
    let bound = month_stamp(&["2019-02".to_string()]);
    assert_eq!(bound, d(2019, 2, 28));
    let lead = "ngày 9-12, công an phường bàn giao đối tượng cho công an thành phố.";
    assert_eq!(super::event_date(&[lead], bound, false, ""), d(2018, 12, 9));
    let today = "sáng nay, công an phường bàn giao đối tượng.";
    assert_eq!(super::event_date(&[today], bound, false, ""), None);
}

#[test]
fn a_year_under_review_early_in_the_next_year_names_the_year_before() {
    let held = |lead: &str| event_date(&[&lead.to_lowercase()], None, lead);
    assert_eq!(
        held("Ngày 8/1, Hội Nông dân huyện tổng kết công tác Hội năm 2022."),
        d(2023, 1, 8)
    );
    assert_eq!(
        held("Sáng 20/1, Ban Dân vận giao ban quý IV/2022."),
        d(2023, 1, 20)
    );
    assert_eq!(
        held("Sáng 20/12, Ban Dân vận tổng kết công tác năm 2022."),
        d(2022, 12, 20)
    );
}

#[test]
fn a_document_code_with_a_space_before_its_slash_dates_no_event() {
    let lead = "Thực hiện Kế hoạch số 282 /KH-UBND ngày 29/9/2023 của UBND huyện, sáng ngày 26/02/2024 huyện tổ chức lễ giao nhận quân.";
    assert_eq!(event(lead, None), d(2024, 2, 26));
    // Nor one with a space before its dash.
    let lead = "Thực hiện Kế hoạch 41 –KH/HU ngày 12/3/2019 của Ban Thường vụ Huyện ủy, sáng 18/4/2019 Đảng ủy xã tổ chức hội nghị.";
    assert_eq!(event(lead, None), d(2019, 4, 18));
    // Nor one whose kind and issuer a spaced dash parts, on older pages.
    let lead = "Mới đây, Huyện ủy Mường Tè biểu dương 12 tập thể sau hai năm thực hiện Nghị quyết 05/NQ – HU ngày 20-3-2013 về giảm nghèo.";
    assert_eq!(event(lead, None), None);
    let lead =
        "Theo Kế hoạch 17/KH - UBND ngày 4/6/2014, chiều 9/6/2014 xã Pa Ủ ra quân làm đường.";
    assert_eq!(event(lead, None), d(2014, 6, 9));
}

#[test]
fn a_stamp_alone_may_write_its_year_in_two_digits() {
    assert_eq!(published(&["17/10/21".to_string()]), d(2021, 10, 17));
    assert_eq!(published(&["5/3/09".to_string()]), d(2009, 3, 5));
    // Only a whole stamp: a day inside a line, or a code, is no stamp.
    assert_eq!(short_year("Sáng 3/5/21, hội nghị"), None);
    assert_eq!(short_year("12/2021/QH15"), None);
    assert_eq!(short_year("31/02/21"), None);
}

#[test]
fn today_with_a_comma_and_a_range_with_a_dotted_month_date_the_event() {
    let text = "Tháng Thanh niên năm 2026\nHôm nay, 28/2, Đoàn Thanh niên phường tổ chức lễ phát động Tháng Thanh niên năm 2026.";
    let lead = &text[text.find('\n').map_or(0, |n| n + 1)..];
    assert_eq!(
        event_date(&[&lead.to_lowercase()], None, text),
        d(2026, 2, 28)
    );
    assert_eq!(
        event("Sáng nay, 12/3, Huyện ủy tổ chức hội nghị.", d(2024, 3, 12)),
        d(2024, 3, 12)
    );
    let p = d(2026, 1, 26);
    assert_eq!(
        event(
            "Trong 2 ngày 24 - 25.1, đoàn viên ba phường tổ chức chương trình tình nguyện.",
            p
        ),
        d(2026, 1, 24)
    );
    // A number with a thousands dot after a range is no month.
    assert_eq!(event("Mỗi ngày đón từ 1 - 2.000 lượt khách.", p), None);
}

#[test]
fn the_laws_a_notice_rests_on_date_no_event() {
    let p = d(2024, 5, 17);
    let leads = [
        "căn cứ luật tổ chức chính quyền địa phương ngày 19/6/2015;",
        "căn cứ nghị quyết số 12/nq-hđnd ngày 10/4/2024 của hđnd tỉnh;",
    ];
    assert_eq!(event_date(&leads, p, ""), None);
    let leads = [
        "căn cứ luật tổ chức chính quyền địa phương ngày 19/6/2015;",
        "sáng 15/5, ubnd huyện tổ chức hội nghị triển khai đề án.",
    ];
    assert_eq!(event_date(&leads, p, ""), d(2024, 5, 15));
}

#[test]
fn a_clock_time_may_open_the_time_phrase_after_the_laws_cited() {
    let lead = "căn cứ kế hoạch số 05/kh-mttq ngày 2/1/2023 của ban thường trực, vào lúc 8 giờ 30 ngày 14 tháng 02 năm 2023, ủy ban mttq phường tổ chức hội nghị giao ban.";
    assert_eq!(event_date(&[lead], None, ""), d(2023, 2, 14));
    let lead = "căn cứ chương trình công tác năm 2024, lúc 14h00 ngày 9/3/2024, ban công tác mặt trận khu phố họp dân.";
    assert_eq!(event_date(&[lead], None, ""), d(2024, 3, 9));
    // The day of the plan cited is still no event.
    let lead = "căn cứ kế hoạch số 05/kh-mttq ngày 2/1/2023 của ban thường trực về tổ chức hội nghị giao ban.";
    assert_eq!(event_date(&[lead], None, ""), None);
}

#[test]
fn history_dates_no_event() {
    // A look back at a founding day: older than the web press.
    assert_eq!(
        event(
            "Ngày 03/2/1930, Đảng Cộng sản Việt Nam ra đời tại Hương Cảng.",
            None
        ),
        None
    );
    let lead = "ngày 18/11/1930, mặt trận dân tộc thống nhất ra đời.";
    let text = "Kỷ niệm 95 năm (18/11/1930 - 18/11/2025)\nNgày 18/11/1930, Mặt trận ra đời.";
    assert_eq!(event_date(&[lead], None, text), None);
    // Founded in 2010, looked back on in a page stamped in 2020.
    assert_eq!(
        event(
            "Ngày 20/10/2010, Hội Phụ nữ xã được thành lập.",
            d(2020, 10, 20)
        ),
        None
    );
    // Last year's meeting in a January page is still its news.
    assert_eq!(
        event("Ngày 28/12/2021, Huyện ủy tổng kết năm.", d(2022, 1, 3)),
        d(2021, 12, 28)
    );
    let lead = "ngày 5/6/2019, đảng ủy xã họp.";
    let text = "Đảng ủy xã họp phiên thường kỳ\nNgày 5/6/2019, Đảng ủy xã họp.";
    assert_eq!(event_date(&[lead], None, text), d(2019, 6, 5));
}

#[test]
fn a_lunar_year_names_the_year_of_its_tet() {
    assert_eq!(cycle_year("Mậu", "Tuất"), Some(2018));
    assert_eq!(cycle_year("Bính", "Ngọ"), Some(2026));
    assert_eq!(cycle_year("Quý", "Mão"), Some(2023));
    assert_eq!(cycle_year("Quý", "Mẹo"), Some(2023));
    // A stem and a branch of different parity name no year.
    assert_eq!(cycle_year("Giáp", "Sửu"), None);
    let lead = "ngày 8/2, đoàn công tác đã tới thăm, tặng quà các hộ nghèo.";
    let text = "Ngày 8/2, đoàn công tác tặng quà nhân dịp Tết Nguyên đán Mậu Tuất đang cận kề.";
    assert_eq!(event_date(&[lead], None, text), d(2018, 2, 8));
    // The weeks before Tết fall in the year before it.
    let lead = "ngày 28/12, hội chữ thập đỏ trao quà.";
    let text = "Ngày 28/12, Hội Chữ thập đỏ trao quà đón Xuân Giáp Thìn.";
    assert_eq!(event_date(&[lead], None, text), d(2023, 12, 28));
}

#[test]
fn background_dates_no_event() {
    let leads = [
        "đoàn đại biểu tỉnh đã đến thăm, tặng quà các hộ hội viên nông dân.",
        "được biết, đại hội diễn ra từ ngày 25-27/12 tại thủ đô hà nội.",
    ];
    assert_eq!(event_date(&leads, d(2023, 12, 28), ""), None);
}

#[test]
fn a_cut_off_day_dates_no_event() {
    let p = d(2021, 2, 2);
    assert_eq!(
        event(
            "Tính đến ngày 29/1, Ủy ban MTTQ tỉnh đã tiếp nhận 8 tỷ đồng.",
            p
        ),
        None
    );
    assert_eq!(
        event(
            "Từ ngày 25/1 đến ngày 29/1, Hội Nông dân tổ chức phiên chợ Tết.",
            p
        ),
        d(2021, 1, 25)
    );
}

#[test]
fn a_deadline_dates_no_event() {
    let p = d(2015, 1, 20);
    let lead = "Theo kế hoạch, đại hội các chi bộ ở xã A hoàn thành trước ngày 15.2; \
                đại hội Đảng bộ xã hoàn thành trong tháng 4.";
    assert_eq!(event(lead, p), None);
    // A lead dated after the deadline still dates its event.
    let lead = "Trước ngày 15/1, các chi bộ đã nộp báo cáo; sáng 19/1, Đảng ủy xã họp.";
    assert_eq!(event(lead, p), d(2015, 1, 19));
}

#[test]
fn the_latest_day_for_a_task_dates_no_event() {
    // Read under a stamp after the deadline, which a day still to come
    // would not pass.
    let p = d(2016, 3, 25);
    // The hour of a deadline may stand before its day.
    let lead = "Hội Cựu chiến binh huyện đề nghị các cơ sở hội gửi báo cáo sơ kết chậm nhất đến 16 giờ ngày 10.3.";
    assert_eq!(event(lead, p), None);
    let lead = "Các chi đoàn nộp danh sách đoàn viên ưu tú chậm nhất ngày 20/3 để Ban Thường vụ xét duyệt.";
    assert_eq!(event(lead, p), None);
    let lead = "Bài dự thi gửi về Ban Tổ chức trước 11 giờ ngày 15/3, theo đường bưu điện.";
    assert_eq!(event(lead, p), None);
    // A span of hours on the day itself still dates it.
    let lead = "Từ 7 giờ đến 17 giờ ngày 20/3, cử tri các thôn đến góp ý dự thảo.";
    assert_eq!(event(lead, p), d(2016, 3, 20));
}

#[test]
fn a_year_a_figure_is_to_be_reached_in_is_no_context() {
    let text = "Chiều 14/5, Bí thư Tỉnh ủy làm việc với Sở Công Thương. Tỉnh phấn đấu đưa kim \
                ngạch xuất khẩu đạt 2 tỷ USD vào năm 2030.";
    assert_eq!(main_year(text), None);
    // Nor is the year a span of history starts in.
    let text = "Sáng 9-6, Hội Nông dân xã tổ chức đại hội. Đây là lần đầu tiên kể từ khi \
                xã được thành lập vào năm 2005.";
    assert_eq!(main_year(text), None);
    // A year something was done in is context.
    let text =
        "Chiều 14/5, Bí thư Tỉnh ủy làm việc với Sở Công Thương. Sở được kiện toàn vào năm 2023.";
    assert_eq!(main_year(text), Some(2023));
}

#[test]
fn a_text_with_no_year_but_its_codes_is_of_the_latest() {
    let lead = "ngày 1-3, thủ tướng dự lễ công bố nghị quyết thành lập bộ.";
    let text = "Ngày 1-3, Thủ tướng dự lễ công bố.\nQuốc hội đã thông qua Nghị quyết số 176/2025/QH15 và Nghị định số 41/2024/NĐ-CP.";
    assert_eq!(event_date(&[lead], None, text), d(2025, 3, 1));
    // A year of its own outweighs the codes'.
    let text = "Ngày 1-3, Thủ tướng dự lễ năm 2021.\nNghị quyết số 176/2025/QH15.";
    assert_eq!(event_date(&[lead], None, text), d(2021, 3, 1));
}

#[test]
fn a_day_that_a_decision_takes_effect_dates_no_event() {
    let lead = "Ban Thường vụ Tỉnh ủy công bố quyết định điều động đồng chí Lò Văn Pấng giữ chức Trưởng Ban Dân vận Huyện ủy kể từ ngày 15/3/2023.";
    assert_eq!(event(lead, None), None);
    let lead = "Quy chế mới có hiệu lực từ ngày 1/7/2024, thay thế quy chế cũ.";
    assert_eq!(event(lead, None), None);
    // Nor does the day a retirement takes effect; the meeting that
    // follows dates the event.
    let lead = "Ông Triệu Văn Lộc cho biết đã được nghỉ hưu theo chế độ từ ngày 15/9/2025. \
        Sáng 18/9, HĐND tỉnh cho thôi làm nhiệm vụ đại biểu đối với ông.";
    assert_eq!(event(lead, None), d(2025, 9, 18));
    let lead = "Bà Lục Thị Hằng được nghỉ chế độ từ ngày 1/10/2025 vì lý do sức khỏe.";
    assert_eq!(event(lead, None), None);
    // "Từ ngày" opening a meeting still dates it.
    let lead = "Từ ngày 5-7/12/2023, Ủy ban Kiểm tra Tỉnh ủy họp kỳ thứ 30.";
    assert_eq!(event(lead, None), d(2023, 12, 5));
}

#[test]
fn a_span_that_runs_to_the_present_dates_no_event() {
    let lead =
        "Bà Lê Thị Hồng Vân giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh từ ngày 1-7 cho đến nay.";
    assert_eq!(event(lead, Some(d(2025, 11, 20).unwrap())), None);
    let lead = "Trung tâm phục vụ hành chính công xã đã tiếp nhận 300 hồ sơ từ 1/7 tới nay.";
    assert_eq!(event(lead, Some(d(2025, 8, 2).unwrap())), None);
    // The day that follows in the report is the event's.
    let lead = "Từ ngày 1-7 cho đến nay, bà Vân giữ chức Chủ tịch. Ngày 20-11, Đại hội đại biểu MTTQ tỉnh khai mạc.";
    assert_eq!(event(lead, Some(d(2025, 11, 20).unwrap())), d(2025, 11, 20));
    // A span with its end named still dates the event it holds.
    let lead = "Từ ngày 1/12 đến ngày 3/12, Hội Nông dân tỉnh tổ chức hội chợ.";
    assert_eq!(event(lead, Some(d(2025, 12, 3).unwrap())), d(2025, 12, 1));
    // A term of office with no day to end it dates nothing either.
    let lead = "Ông Hồ Văn Quang giữ chức Giám đốc Sở Y tế, thời hạn từ ngày 15/4/2022 đến khi đủ tuổi nghỉ hưu.";
    assert_eq!(event(lead, None), None);
    let lead = "Bà Mẫn Thị Lan được bổ nhiệm từ ngày 2/6/2021 đến thời điểm có quyết định khác. Chiều 8/6, Sở tổ chức lễ trao quyết định.";
    assert_eq!(event(lead, Some(d(2021, 6, 9).unwrap())), d(2021, 6, 8));
}

#[test]
fn a_start_in_brackets_dates_no_event() {
    let lead = "Sở Tài chính được giao thống kê tài sản công dôi dư của các xã sau sắp xếp (từ ngày 01/7/2025) và báo cáo trước ngày 20/12.";
    assert_eq!(event(lead, Some(d(2025, 12, 9).unwrap())), None);
    let lead = "Sở Nội vụ tổng hợp số cán bộ nghỉ việc theo chính sách tinh giản (kể từ ngày 1/3/2025), sáng 14/10 đã gửi báo cáo lên UBND tỉnh.";
    assert_eq!(event(lead, Some(d(2025, 10, 15).unwrap())), d(2025, 10, 14));
    // A span in brackets, both ends named, still dates the event it holds.
    let lead = "Lớp bồi dưỡng kéo dài 3 ngày (từ ngày 4/11 đến 6/11) tại Trường Chính trị tỉnh.";
    assert_eq!(event(lead, Some(d(2025, 11, 6).unwrap())), d(2025, 11, 4));
}

#[test]
fn the_day_of_a_congress_the_event_greets_dates_no_event() {
    // The bracket gives the congress's days; the gifts came before them.
    let stamp = d(2025, 12, 3);
    let lead = "Chào mừng Đại hội đại biểu phụ nữ tỉnh Thanh Hóa lần thứ XIX (diễn ra vào ngày 10 và 11/12), Hội LHPN tỉnh tổ chức trao tặng 150 suất quà cho hội viên.";
    assert_eq!(event(lead, stamp), None);
    let lead = "Hướng tới Đại hội đại biểu Hội Nông dân tỉnh (dự kiến tổ chức ngày 20/12), Hội Nông dân xã Yên Thành trao 30 suất quà cho hội viên.";
    assert_eq!(event(lead, stamp), None);
    // The event's own day, before the bracket, still dates it.
    let lead = "Sáng 1/12, chào mừng Đại hội đại biểu phụ nữ tỉnh (diễn ra vào ngày 10/12), Hội LHPN tỉnh trao quà cho hội viên.";
    assert_eq!(event(lead, stamp), d(2025, 12, 1));
    // A bracket with no occasion greeted dates the event named before it.
    let lead =
        "Lớp tập huấn cán bộ Mặt trận cơ sở (diễn ra vào ngày 2/12) có 120 học viên tham dự.";
    assert_eq!(event(lead, stamp), d(2025, 12, 2));
}

#[test]
fn a_forecast_dates_no_event() {
    let lead = "Theo dự báo của Đài Khí tượng thủy văn tỉnh, từ ngày 20/9 đến 23/9/2024 trên địa bàn có mưa to, cục bộ rất to.";
    assert_eq!(event(lead, None), None);
}

#[test]
fn years_before_the_web_press_do_not_date_a_yearless_day() {
    let text = "Gặp mặt cựu chiến binh\nNgày 7/5, Hội Cựu chiến binh xã gặp mặt các hội viên từng tham gia chiến đấu từ năm 1972 đến năm 1975.";
    let lead = text.lines().nth(1).unwrap_or("").to_lowercase();
    assert_eq!(event_date(&[&lead], None, text), None);
}

#[test]
fn a_span_of_years_names_no_year_of_its_own() {
    // A by-election fills a seat in any year of the term the span names.
    let text = "Hội nghị Ban Chấp hành Đảng bộ huyện\nNgày 11/4, Ban Chấp hành Đảng bộ huyện Mường Tè tổ chức hội nghị bầu bổ sung Ủy viên Ban Thường vụ Huyện ủy nhiệm kỳ 2020 - 2025.";
    let lead = text.lines().nth(1).unwrap_or("").to_lowercase();
    assert_eq!(event_date(&[&lead], None, text), None);
    // So does one ratified, written "bầu cử bổ sung".
    let text = "Phê chuẩn nhân sự tỉnh Sóc Trăng
Ngày 9/3, Thủ tướng phê chuẩn kết quả bầu cử bổ sung hai Phó Chủ tịch UBND tỉnh Sóc Trăng, nhiệm kỳ 2011-2016.";
    let lead = text.lines().nth(1).unwrap_or("").to_lowercase();
    assert_eq!(event_date(&[&lead], None, text), None);
    // A congress still opens its term in the first year.
    let text = "Đại hội Đảng bộ xã\nNgày 11/6, Đảng bộ xã Pa Vệ Sủ tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030.";
    let lead = text.lines().nth(1).unwrap_or("").to_lowercase();
    assert_eq!(event_date(&[&lead], None, text), d(2025, 6, 11));
    // The year a text names on its own still counts beside a span.
    let text = "Hội nghị dân vận\nNgày 3/3, Huyện ủy tổ chức hội nghị triển khai nhiệm vụ năm 2024 theo Nghị quyết nhiệm kỳ 2020-2025.";
    let lead = text.lines().nth(1).unwrap_or("").to_lowercase();
    assert_eq!(event_date(&[&lead], None, text), d(2024, 3, 3));
    assert!(in_span("2020-2025", 0, 4) && in_span("2020 – 2025", 9, 13));
    assert!(!in_span("năm 2024.", 4, 8));
}

#[test]
fn a_year_only_in_the_address_or_the_tags_bounds_the_event() {
    let text = "https://baolaichau.vn/chinh-tri/2024/05/so-ket.html\nNgày 10/5, Huyện ủy sơ kết.";
    assert_eq!(address_or_tag_bound(text), d(2024, 5, 31));
    assert_eq!(
        address_or_tag_bound("Nguồn: https://baolaichau.vn/xa-hoi/202312/tin-998/"),
        d(2023, 12, 31)
    );
    assert_eq!(
        address_or_tag_bound("Ngày 10/5, xã họp.\nTừ khóa: dân vận khéo, Mường Tè, 2024"),
        d(2024, 12, 31)
    );
    // A post number or two years in the tags say nothing.
    assert_eq!(
        address_or_tag_bound("https://bao.vn/tin-post705147.html"),
        None
    );
    assert_eq!(address_or_tag_bound("Tags: 2023, 2024"), None);
    let lead = "ngày 10/5, huyện ủy tổ chức hội nghị sơ kết.";
    assert_eq!(
        super::event_date(&[lead], address_or_tag_bound(text), false, text),
        d(2024, 5, 10)
    );
}

#[test]
fn a_notice_past_the_laws_it_rests_on_dates_its_own_event() {
    let lead = "Căn cứ Luật Mặt trận Tổ quốc Việt Nam ngày 9/6/2015, Điều lệ Mặt trận, ngày 14/3, Ban Thường trực Ủy ban MTTQ tỉnh tổ chức hội nghị hiệp thương.";
    assert_eq!(event(lead, d(2024, 3, 15)), d(2024, 3, 14));
    // The laws' own days date nothing.
    let lead = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Căn cứ Nghị định số 33/2023/NĐ-CP ngày 10/6/2023 của Chính phủ;";
    assert_eq!(event(lead, d(2024, 3, 15)), None);
}

#[test]
fn a_notice_past_the_laws_it_rests_on_dates_its_own_span_of_days() {
    // The span set apart after the basis opens on its first day.
    let lead = "Căn cứ Điều lệ Hội Nông dân Việt Nam, Hội Nông dân xã Tân Lập đã chuẩn bị chu đáo; trong những ngày từ 3 đến 6/12/2015, bảy chi hội lần lượt bình xét hội viên sản xuất giỏi.";
    assert_eq!(event(lead, d(2015, 12, 10)), d(2015, 12, 3));
    let lead = "Căn cứ chương trình công tác năm, trong các ngày từ 6 đến 9/4, đoàn giám sát của Ủy ban MTTQ phường làm việc với 4 tổ dân phố.";
    assert_eq!(event(lead, d(2019, 4, 12)), d(2019, 4, 6));
    // The list of laws may close with a semicolon.
    let lead = "Căn cứ Quy chế phối hợp giữa hai lực lượng; từ ngày 14 đến 18/5/2018, cán bộ Đồn Biên phòng cùng dân quân xã tuần tra dọc tuyến biên giới.";
    assert_eq!(event(lead, d(2018, 5, 20)), d(2018, 5, 14));
    // A span that follows a law's name with no comma is the law's own.
    let lead = "Căn cứ Quyết định số 45/QĐ-UBND có hiệu lực từ 1 đến 31/12/2015 của UBND tỉnh;";
    assert_eq!(event(lead, d(2016, 1, 5)), None);
}

#[test]
fn an_anniversary_of_a_national_day_counts_from_its_year() {
    let text = "Họp mặt ngày truyền thống\nChiều 14/10, Đảng ủy xã Nậm Cuổi tổ chức họp mặt kỷ niệm 93 năm Ngày truyền thống công tác Dân vận của Đảng.";
    let lead = text.lines().nth(1).unwrap_or("").to_lowercase();
    assert_eq!(event_date(&[&lead], None, text), d(2023, 10, 14));
    let text = "Gặp mặt\nSáng 20/12, Huyện đoàn gặp mặt kỷ niệm 79 năm Ngày thành lập Quân đội nhân dân Việt Nam.";
    let lead = text.lines().nth(1).unwrap_or("").to_lowercase();
    assert_eq!(event_date(&[&lead], None, text), d(2023, 12, 20));
    // The list's hyphen written as a dash.
    let text = "Thăm gia đình chính sách\nChiều 24-7, đoàn thăm các gia đình chính sách nhân kỷ niệm 76 năm ngày Thương binh – Liệt sĩ (27-7).";
    let lead = text.lines().nth(1).unwrap_or("").to_lowercase();
    assert_eq!(event_date(&[&lead], None, text), d(2023, 7, 24));
    // A local body's own anniversary names no year the list knows.
    let text =
        "Kỷ niệm\nSáng 3/3, trường tổ chức kỷ niệm 40 năm thành lập trường Tiểu học Bản Giang.";
    let lead = text.lines().nth(1).unwrap_or("").to_lowercase();
    assert_eq!(event_date(&[&lead], None, text), None);
}

#[test]
fn every_anniversary_has_a_year_and_is_sorted() {
    let rows: Vec<_> =
        crate::parse::lexicon::entries(crate::parse::lexicon::ANNIVERSARIES).collect();
    assert_eq!(rows.len(), FOUNDED.len());
    for w in rows.windows(2) {
        assert!(w[0].0 < w[1].0, "{:?}", w[1]);
    }
    for (w, y) in rows {
        assert_eq!(w, w.to_lowercase(), "{w}");
        assert!(y.parse::<u16>().is_ok_and(|y| y < WEB_PRESS_YEAR), "{w}");
    }
}

#[test]
fn a_day_weeks_after_an_early_stamp_in_a_sentence_naming_its_year() {
    // The sentence names the stamp's year: the stamp is early.
    assert_eq!(
        event(
            "trong hai ngày 20 - 21/7, đoàn phường hòa bình ra quân chiến dịch thanh niên tình nguyện hè 2026.",
            d(2026, 7, 12)
        ),
        d(2026, 7, 20)
    );
    // Without the year, the day is last year's, as before.
    assert_eq!(
        event(
            "trong hai ngày 20 - 21/7, đoàn phường hòa bình ra quân chiến dịch thanh niên tình nguyện hè.",
            d(2026, 7, 12)
        ),
        d(2025, 7, 20)
    );
    // Months after the stamp, a year named is the year to come.
    assert_eq!(
        event(
            "tối 28/12, xã hòa bình tổ chức chương trình chào đón năm mới 2026.",
            d(2026, 1, 2)
        ),
        d(2025, 12, 28)
    );
}

#[test]
fn a_document_just_signed_is_dated_by_its_own_date() {
    let p = d(2025, 11, 3);
    assert_eq!(
        event(
            "Thủ tướng Chính phủ vừa ký Công điện số 88/CĐ-TTg ngày 1/11/2025 về việc ứng phó bão.",
            p
        ),
        d(2025, 11, 1)
    );
    assert_eq!(
        event(
            "Ban Thường vụ Tỉnh ủy vừa ban hành Quyết định số 120-QĐ/TU, ngày 30/10/2025 về quy chế.",
            p
        ),
        d(2025, 10, 30)
    );
    // A document cited as the ground for an event still dates none.
    assert_eq!(
        event(
            "Thực hiện Kế hoạch số 15-KH/TU ngày 2/10/2025, Đảng ủy xã vừa tổ chức hội nghị.",
            p
        ),
        None
    );
}

#[test]
fn an_anniversary_of_a_body_written_short_names_its_year() {
    let text = "Hội phụ nữ xã tổ chức kỷ niệm 95 năm Ngày thành lập Hội LHPN Việt Nam\nChiều ngày 17/10, tại hội trường xã, Hội phụ nữ xã tổ chức lễ kỷ niệm.";
    let lead = "chiều ngày 17/10, tại hội trường xã, hội phụ nữ xã tổ chức lễ kỷ niệm.";
    assert_eq!(event_date(&[lead], None, text), d(2025, 10, 17));
}

#[test]
fn a_count_of_years_beside_an_anniversary_dates_nothing() {
    // Women's Day is counted from 1910; "1987 năm" counts the years of a
    // second anniversary named beside it, it is no year.
    let lead = "Chiều 6.3, Hội LHPN huyện tổ chức gặp mặt kỷ niệm 115 năm Ngày Quốc tế \
        Phụ nữ 8.3 và 1985 năm Khởi nghĩa Hai Bà Trưng.";
    assert_eq!(event(lead, None), d(2025, 3, 6));
}

#[test]
fn a_padded_count_of_days_still_opens_the_list() {
    // Portals write the count with a zero and list the days after a comma.
    assert_eq!(
        event(
            "Trong 02 ngày, 17 và 18/9/2021, Hội Nông dân thị xã Kỳ Anh tổ chức Đại hội đại biểu.",
            None
        ),
        d(2021, 9, 17)
    );
    assert_eq!(
        event(
            "Lớp học kéo dài trong 04 ngày, 21,22,23 và 24/11/2023 tại hội trường Thị ủy Sa Đéc.",
            None
        ),
        d(2023, 11, 21)
    );
}

#[test]
fn days_listed_or_after_a_comma_start_on_the_first() {
    assert_eq!(
        event(
            "Trong 2 ngày 06, 07/6, Hội Cựu chiến binh huyện tổ chức Đại hội nhiệm kỳ 2022 – 2027.",
            None
        ),
        d(2022, 6, 6)
    );
    assert_eq!(
        event(
            "Đại hội diễn ra trong hai ngày, 2-3/12/2014 và đã thành công tốt đẹp.",
            None
        ),
        d(2014, 12, 2)
    );
}

#[test]
fn a_day_without_its_year_takes_the_year_it_is_written_with_further_on() {
    let text = "Chiều 18/11, HĐND ba tỉnh bầu Chủ tịch UBND nhiệm kỳ 2021–2026.\n\n\
                Chiều ngày 18/11/2025, HĐND tỉnh khóa XIX họp, nhiệm kỳ 2021–2026.";
    let lead = "chiều 18/11, hđnd ba tỉnh bầu chủ tịch ubnd nhiệm kỳ 2021–2026.";
    assert_eq!(event_date(&[lead], None, text), d(2025, 11, 18));
    // An anniversary writes the day it counts from in full too.
    let text = "KỶ NIỆM 95 NĂM NGÀY THÀNH LẬP MẶT TRẬN (18/11/1930 – 18/11/2025)\n\n\
                Sáng ngày 18/11, phường tổ chức đoàn đến thăm.";
    let lead = "sáng ngày 18/11, phường tổ chức đoàn đến thăm.";
    assert_eq!(event_date(&[lead], None, text), d(2025, 11, 18));
}

#[test]
fn a_day_still_to_come_sets_the_scene_for_the_day_that_follows() {
    let p = d(2026, 3, 2);
    let lead = "Ngày 20/3 tới đây, Đại hội Hội Nông dân tỉnh sẽ diễn ra. Để chuẩn bị, sáng 1/3, Ban Thường vụ đã họp.";
    assert_eq!(event(lead, p), d(2026, 3, 1));
    let lead = "Trong dịp 30/3 sắp tới, huyện sẽ tổ chức lễ ra quân; hôm 28/2 xã đã rà soát.";
    assert_eq!(event(lead, p), d(2026, 2, 28));
    // With no other day, the coming one is still the announced event.
    let lead = "Chủ tịch UBND tỉnh sẽ tiếp công dân vào ngày 20/3/2026 tới đây tại trụ sở.";
    assert_eq!(event(lead, p), d(2026, 3, 20));
}

#[test]
fn an_anniversarys_founding_day_opening_a_span_gives_no_year() {
    let head =
        "Phường Tân An chúc mừng kỷ niệm ngày thành lập Hội Cựu chiến binh (6/12/1989 – 6/12/2024)";
    let lead = "Sáng 6/12, lãnh đạo phường đến thăm, chúc mừng Hội Cựu chiến binh phường.";
    let text = format!("{head}\n{lead}");
    assert_eq!(
        event_date(&[&lead.to_lowercase()], None, &text),
        d(2024, 12, 6)
    );
}

#[test]
fn a_term_the_lead_recalls_pairs_with_no_year_named_before_it() {
    let text = "Xã Tân Lập tổ chức hội thi tuyên truyền viên giỏi năm 2021\n\
                Ngày 12.9, Đảng ủy xã tổ chức hội thi tuyên truyền viên giỏi năm 2021. \
                Hội thi tuyên truyền Nghị quyết Đại hội Đảng bộ các cấp, nhiệm kỳ 2020 - 2025.";
    let lead = "ngày 12.9, đảng ủy xã tổ chức hội thi tuyên truyền viên giỏi năm 2021.";
    assert_eq!(event_date(&[lead], None, text), d(2021, 9, 12));
}

#[test]
fn a_day_takes_the_year_of_a_day_written_in_full_within_a_month() {
    let text = "Chiều nay (27/10), đội tuyển tỉnh đá trận ra quân tại giải vô địch 2022. \
                Đội sẽ gặp đội chủ nhà vào ngày 02/11/2021.";
    let lead = "chiều nay (27/10), đội tuyển tỉnh đá trận ra quân tại giải vô địch 2022.";
    assert_eq!(event_date(&[lead], None, text), d(2021, 10, 27));
    // Across New Year: a review in January after a plan dated in December.
    let text = "Sáng 10/1, huyện tổng kết công tác. Thực hiện Kế hoạch số 15/KH-UBND \
                ngày 20/12/2023 của UBND huyện, các xã đã ra quân.";
    let lead = "sáng 10/1, huyện tổng kết công tác.";
    assert_eq!(event_date(&[lead], None, text), d(2024, 1, 10));
}

#[test]
fn today_in_a_forecast_sentence_is_todays_date() {
    let lead = "theo trung tâm dự báo khí tượng thủy văn quốc gia, hôm nay (14.8), bão \
                di chuyển theo hướng đông. đến 16 giờ ngày 15.8, tâm bão ở trên biển.";
    assert_eq!(event_date(&[lead], d(2018, 8, 31), lead), d(2018, 8, 14));
    // A day the forecast looks to is still no event.
    let lead = "theo trung tâm dự báo, từ ngày 12-15/8 có mưa to ở bắc bộ.";
    assert_eq!(event_date(&[lead], d(2018, 8, 31), lead), None);
}

#[test]
fn a_range_of_days_written_with_two_days_starts_on_the_first() {
    let lead = "ủy ban kiểm tra trung ương vừa ra thông cáo báo chí, từ ngày 20 đến ngày \
                22/6/2022, tại hà nội, ủy ban kiểm tra trung ương đã họp kỳ thứ 15.";
    assert_eq!(event_date(&[lead], None, lead), d(2022, 6, 20));
}

#[test]
fn a_plan_in_the_summary_is_dated_by_the_announcement_the_lead_opens_with() {
    let lead = [
        "hội thi tuyên truyền viên giỏi cấp tỉnh sẽ tổ chức từ ngày 20 - 22.10.2025 tại nhà văn hóa tỉnh.",
        "chiều 9.10, ban tổ chức hội thi họp báo công bố kế hoạch và thể lệ hội thi.",
    ];
    assert_eq!(event_date(&lead, d(2025, 10, 10), lead[1]), d(2025, 10, 9));
}

#[test]
fn a_sitting_over_parts_of_two_days_starts_on_the_first() {
    let lead = "hội nghị ban chấp hành đảng bộ huyện họp chiều 21 và sáng 22.10 để cho ý \
                kiến vào dự thảo báo cáo chính trị.";
    assert_eq!(event_date(&[lead], d(2020, 10, 22), lead), d(2020, 10, 21));
    let lead = "sáng 7 và chiều 8/8, đảng bộ xã tổ chức đại hội đại biểu lần thứ i.";
    assert_eq!(event_date(&[lead], d(2025, 8, 9), lead), d(2025, 8, 7));
}

#[test]
fn a_list_of_days_in_one_month_starts_on_the_first() {
    let lead = "hưởng ứng tháng hành động vì môi trường, trong các ngày 6, 7 và 8-6, \
                đoàn thanh niên xã tổ chức ra quân dọn vệ sinh các tuyến đường.";
    assert_eq!(event_date(&[lead], d(2024, 6, 9), lead), d(2024, 6, 6));
    let lead = "trong các ngày 21, 22 và 23 tháng 9, hội nông dân huyện tổ chức tập huấn.";
    assert_eq!(event_date(&[lead], d(2023, 9, 25), lead), d(2023, 9, 21));
}

#[test]
fn a_year_cut_short_is_read_from_the_same_day_written_in_words() {
    let text = "Ngày 05/02/202, Chủ tịch UBND xã ban hành Quy chế dân chủ ở cơ sở.\n\
                Tân Lập, ngày 05 tháng 02 năm 2024\nQUYẾT ĐỊNH";
    let lead = "ngày 05/02/202, chủ tịch ubnd xã ban hành quy chế dân chủ ở cơ sở.";
    assert_eq!(event_date(&[lead], None, text), d(2024, 2, 5));
}

#[test]
fn a_term_spelt_with_i_opens_its_first_year() {
    let text = "Hội Nông dân xã Hòa Sơn đại hội đại biểu nhiệm kì 2018 – 2023\n\
                Sáng 14/3, Hội Nông dân xã Hòa Sơn tổ chức Đại hội đại biểu nhiệm kì 2018 – 2023. \
                Xã về đích nông thôn mới vào năm 2015; năm 2015 xã được tặng cờ thi đua.";
    let lead = "sáng 14/3, hội nông dân xã hòa sơn tổ chức đại hội đại biểu nhiệm kì 2018 – 2023.";
    assert_eq!(event_date(&[lead], None, text), d(2018, 3, 14));
}

#[test]
fn a_notice_dates_its_event_on_the_time_line() {
    let lines = [
        "thông báo tổ chức ra quân tổng vệ sinh môi trường",
        "thực hiện kế hoạch số 12-kh/đu ngày 3/7/2025 của đảng ủy phường;",
        "thời gian: 7h30 ngày 09/8/2025 (thứ bảy).",
        "địa điểm: nhà văn hóa tổ dân phố 5.",
    ];
    let text = lines.join("\n");
    assert_eq!(notice_time(&lines, None, &text), d(2025, 8, 9));
    // Under a dash, with the day's part and no year: the stamp's year.
    let lines = ["- thời gian tổ chức: sáng ngày 5/9, bắt đầu từ 7 giờ."];
    assert_eq!(notice_time(&lines, d(2025, 9, 6), lines[0]), d(2025, 9, 5));
    // A line that speaks of time without the label dates nothing.
    let lines = ["thời gian qua, ngày 5/9 đã trở thành ngày hội của xã."];
    assert_eq!(notice_time(&lines, d(2025, 9, 20), lines[0]), None);
}

#[test]
fn a_term_opened_far_down_the_page_gives_the_year() {
    let text = "Hội nghị rút kinh nghiệm công tác Đại hội\nSáng 02/8, Đảng ủy xã Tân Lập tổ chức hội nghị rút kinh nghiệm.\nDự hội nghị có các đồng chí trong Ban Thường vụ Đảng ủy xã và lãnh đạo các ban, ngành, đoàn thể của xã, cùng đông đủ bí thư chi bộ các thôn trên địa bàn.\nSau một tháng kể từ khi thành lập, Đảng bộ xã đã tổ chức thành công Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 – 2030.";
    assert_eq!(opened_term_year(text), Some(2025));
    assert_eq!(resolve(2, 8, None, None, text), d(2025, 8, 2));
    // A congress's resolution carried out later opens no term.
    let text = "Sáng 02/8, Đảng ủy xã sơ kết việc thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ XX, nhiệm kỳ 2020 – 2025.";
    assert_eq!(opened_term_year(text), None);
}

#[test]
fn an_election_far_down_the_page_opens_no_term_to_date_it() {
    // A seat filled mid-term, at a session that is not the first.
    let text = "HĐND tỉnh bầu bổ sung Phó Chủ tịch\nChiều 9/10, kỳ họp thứ mười lăm của HĐND tỉnh Tân Lập bầu bổ sung ông Lê Văn An.\nChánh Văn phòng đọc tờ trình bầu bổ sung Phó Chủ tịch HĐND tỉnh nhiệm kỳ 2021 - 2026.";
    assert_eq!(opened_term_year(text), None);
    // An election a meeting prepares, and a bid made before the term.
    for text in [
        "Chiều 15/11, Ban Thường trực Ủy ban MTTQ huyện bàn kế hoạch tuyên truyền phục vụ bầu cử trưởng thôn nhiệm kỳ 2022-2025.",
        "Ngày 3/5, hội đồng trường gửi thư ủng hộ cô Lê Thị Bình ứng cử Chủ tịch Hội Khuyến học tỉnh nhiệm kỳ 2019 - 2024.",
    ] {
        assert_eq!(opened_term_year(text), None, "{text}");
    }
    // A first session opens its term.
    let text = "Sáng 24/6, tại kỳ họp thứ nhất, HĐND xã Tân Lập khóa XII, nhiệm kỳ 2021 - 2026 đã bầu các chức danh.";
    assert_eq!(opened_term_year(text), Some(2021));
}

#[test]
fn a_day_just_after_a_stamp_at_the_end_of_february_is_in_its_year() {
    // Two calendar days on, though a count of 31-day months makes it five.
    let lead = "Sáng 2/3, Quốc hội thông qua nghị quyết bầu Chủ tịch nước.";
    assert_eq!(event(lead, d(2023, 2, 28)), d(2023, 3, 2));
    // Weeks after the stamp it is still the year before's.
    let lead = "Sáng 20/3, Hội đồng nhân dân xã tổ chức kỳ họp chuyên đề.";
    assert_eq!(event(lead, d(2024, 3, 2)), d(2023, 3, 20));
}

#[test]
fn an_agency_reporting_on_a_day_dates_the_event_it_reports() {
    let lead = "ngày 31/1, công an tỉnh tân lập cho biết, khoảng 11h00, ngày 26/1/2026, công an xã hòa bình nhận được tin báo về một vụ trộm cắp.";
    assert_eq!(event_date(&[lead], None, lead), d(2026, 1, 26));
    // A lead whose day is the event's keeps it.
    let lead = "ngày 31/1, công an tỉnh tân lập tổ chức hội nghị, ngày 2/2 sẽ tổng kết.";
    assert_eq!(event_date(&[lead], d(2026, 1, 31), lead), d(2026, 1, 31));
}

#[test]
fn a_month_named_in_words_dates_a_stamp() {
    let stamps = |s: &str| published(&[s.to_string()]);
    assert_eq!(stamps("15 Tháng Mười Một, 2024"), d(2024, 11, 15));
    assert_eq!(stamps("Tháng Mười Hai 3, 2024"), d(2024, 12, 3));
    assert_eq!(stamps("Đăng ngày: 2 Tháng Một 2025"), d(2025, 1, 2));
    assert_eq!(stamps("2024-11-15T10:20:00+07:00"), d(2024, 11, 15));
    // The time run into the year, as a CMS's stamp loses its space.
    assert_eq!(
        stamps("30 Tháng Năm 201612:31 SA(Xem: 4120)"),
        d(2016, 5, 30)
    );
    assert_eq!(stamps("12 tháng 3 năm 201608:05"), d(2016, 3, 12));
    assert_eq!(stamps("30 Tháng Năm 20161"), None);
}

#[test]
fn mung_before_an_early_day_still_opens_the_date() {
    assert_eq!(
        event(
            "Sáng mùng 4/11, Ban Dân vận Huyện ủy tổ chức hội nghị.",
            d(2024, 11, 5)
        ),
        d(2024, 11, 4)
    );
    assert_eq!(
        event(
            "Ngày mồng 2/9, xã Tân Lập tổ chức lễ mít tinh.",
            d(2024, 9, 3)
        ),
        d(2024, 9, 2)
    );
    // The lunar new year's days name no day of the calendar.
    assert_eq!(
        event(
            "Sáng mùng 4 Tết, xã Tân Lập gặp mặt đầu xuân.",
            d(2024, 2, 14)
        ),
        None
    );
}

#[test]
fn an_anniversarys_span_of_days_in_full_gives_its_latest_year() {
    let text = "Xã Tân Hòa kỷ niệm 30 năm thành lập\nNgày 24.8, xã Tân Hòa long trọng tổ chức lễ kỷ niệm 30 năm thành lập xã (1.9.1995 - 1.9.2025).";
    let lead = text.lines().nth(1).unwrap_or("").to_lowercase();
    assert_eq!(event_date(&[&lead], None, text), d(2025, 8, 24));
}

#[test]
fn a_term_filled_mid_way_or_named_in_another_sentence_is_not_opened() {
    let text = "Hai huyện có Chủ tịch mới\nNgày 28-9, HĐND huyện Yên Lạc tổ chức kỳ họp bất thường kiện toàn chức danh Chủ tịch UBND huyện nhiệm kỳ 2011-2016.\nÔng Trần Văn Bình được bầu giữ chức vụ Phó Chủ tịch UBND huyện. Cũng trong ngày, HĐND huyện Tam Dương khóa XVIII, nhiệm kỳ 2011-2016 miễn nhiệm một Phó Chủ tịch.\nBà Lê Thị Hoa được bầu giữ chức vụ Phó Chủ tịch UBND huyện Tam Dương nhiệm kỳ 2011 - 2016.";
    let lead = text.lines().nth(1).unwrap_or("").to_lowercase();
    assert_eq!(event_date(&[&lead], None, text), None);
    assert_eq!(
        sentence_tail("được bầu. Cũng trong ngày, "),
        " Cũng trong ngày, "
    );
    assert_eq!(
        sentence_tail("Đại hội Đảng bộ TP. Hà Nội lần thứ XVII, "),
        "Đại hội Đảng bộ TP. Hà Nội lần thứ XVII, "
    );
}

#[test]
fn the_span_a_history_covers_is_no_period_under_review() {
    let lead = "Sáng 12/6, Ban Thường vụ Huyện ủy cho ý kiến vào bản thảo Lịch sử Đảng bộ \
        huyện giai đoạn 1975 – 2020.";
    assert_eq!(event(lead, None), None);
    let lead = "Sáng 12/1, Ban Thường vụ Huyện ủy tổng kết 5 năm phong trào thi đua \
        giai đoạn 2016 – 2020.";
    assert_eq!(event(lead, None), d(2021, 1, 12));
}

#[test]
fn a_post_filled_at_a_later_session_opens_no_term() {
    // A council's fifteenth session is years into its term: the term's
    // first year is no date of it.
    let lead = "Sáng 7/7, HĐND tỉnh họp kỳ họp thứ 12 và bầu ông Đỗ Minh Khoa làm \
        Trưởng Ban Pháp chế HĐND tỉnh nhiệm kỳ 2016 – 2021.";
    assert_eq!(event(lead, None), None);
    let lead = "Chiều 9/12, tại kỳ họp thứ mười, HĐND huyện đã bầu ông Lê Văn Tám \
        giữ chức Chủ tịch UBND huyện nhiệm kỳ 2016 - 2021.";
    assert_eq!(event(lead, None), None);
    // The first session elects the term's posts in its first year.
    let lead = "Chiều 28/6, Kỳ họp thứ nhất HĐND tỉnh đã bầu bà Trần Thị Lan giữ \
        chức Chủ tịch HĐND tỉnh, nhiệm kỳ 2016 - 2021.";
    assert_eq!(event(lead, None), d(2016, 6, 28));
}

#[test]
fn a_conference_on_next_years_tasks_in_december_is_the_year_before() {
    let text = "Hội nghị triển khai nhiệm vụ năm 2025\nTrong 2 ngày 29 và 30-12, UBND tỉnh tổ chức hội nghị triển khai nhiệm vụ kinh tế - xã hội năm 2025.";
    let lead = text.lines().nth(1).unwrap_or("").to_lowercase();
    assert_eq!(event_date(&[&lead], None, text), d(2024, 12, 29));
    // In January the plan's year is the year of the conference.
    let text = "Hội nghị triển khai nhiệm vụ năm 2025\nNgày 8/1, UBND tỉnh tổ chức hội nghị triển khai nhiệm vụ năm 2025.";
    let lead = text.lines().nth(1).unwrap_or("").to_lowercase();
    assert_eq!(event_date(&[&lead], None, text), d(2025, 1, 8));
}

#[test]
fn a_day_marked_lunar_dates_nothing_unless_the_solar_day_is_beside_it() {
    let stamp = d(2024, 9, 18);
    let lead = "Tối 15/8 âm lịch, Đoàn phường Cẩm Thành tổ chức vui Tết Trung thu cho thiếu nhi.";
    assert_eq!(event(lead, stamp), None);
    let lead = "Ngày 15 tháng 8 âm lịch, xã Tân Phú tổ chức đêm hội trăng rằm.";
    assert_eq!(event(lead, stamp), None);
    let lead = "Tối 15/8 âl, Đoàn phường Cẩm Thành tổ chức vui Tết Trung thu cho thiếu nhi.";
    assert_eq!(event(lead, stamp), None);
    // The solar day in brackets after it dates the event.
    let lead = "Tối 15/8 âm lịch (17/9/2024), Đoàn phường Cẩm Thành tổ chức vui Tết Trung thu.";
    assert_eq!(event(lead, stamp), d(2024, 9, 17));
    // A solar day with the lunar one after it in brackets is the event's.
    let lead = "Sáng 21-3 (tức 22-2 âm lịch), UBND tỉnh Thanh Hóa tổ chức Lễ hội Đền Bà Triệu.";
    assert_eq!(event(lead, d(2025, 3, 21)), d(2025, 3, 21));
}

#[test]
fn a_committees_resolution_on_next_years_tasks_from_november_is_the_year_before() {
    let lead = "Sáng ngày 27/11, Đảng ủy Quân sự huyện Yên Thành tổ chức hội nghị ra nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2025.";
    assert_eq!(event(lead, None), d(2024, 11, 27));
    // Plain plan words wait for December.
    let lead =
        "Sáng ngày 27/11, UBND huyện Yên Thành tổ chức hội nghị triển khai nhiệm vụ năm 2025.";
    assert_eq!(event(lead, None), d(2025, 11, 27));
    // In January the resolution's year is the year of the meeting.
    let lead = "Ngày 6/1, Đảng ủy Quân sự tỉnh Nghệ An tổ chức hội nghị ra nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2025.";
    assert_eq!(event(lead, None), d(2025, 1, 6));
}

#[test]
fn a_speech_printed_whole_is_given_on_its_stamps_day() {
    let paragraphs = [
        "ban biên tập giới thiệu toàn văn bài phát biểu khai mạc kỳ họp.",
        "- kính thưa các vị đại biểu quốc hội!",
        "thưa toàn thể các vị đại biểu!",
        "hôm nay, hđnd tỉnh khóa x khai mạc kỳ họp thứ 11.",
    ];
    let stamp = d(2024, 12, 4);
    assert_eq!(after_salutations(&paragraphs, stamp, true, ""), stamp);
    // Not from a stamp that only bounds the day.
    assert_eq!(after_salutations(&paragraphs, stamp, false, ""), None);
    // No salutation, no speech.
    assert_eq!(after_salutations(&paragraphs[3..], stamp, true, ""), None);
}

#[test]
fn a_stamp_months_after_the_leads_day_is_when_the_page_was_loaded() {
    let loaded = d(2023, 12, 9).unwrap();
    // The photo's caption over the lead opens with no date.
    let lead = [
        "đại biểu dự đại hội - ảnh: thu hà".to_string(),
        "sáng 28/9, tại trung tâm hội nghị tỉnh, liên đoàn lao động tỉnh khai mạc đại hội."
            .to_string(),
    ];
    assert!(stamp_is_load_time(loaded, &lead));
    // Posted a day or a few weeks after the event, or over New Year.
    assert!(!stamp_is_load_time(d(2023, 9, 29).unwrap(), &lead));
    assert!(!stamp_is_load_time(d(2023, 10, 20).unwrap(), &lead));
    let lead = ["chiều 30/12, ban dân vận huyện ủy tổng kết công tác năm.".to_string()];
    assert!(!stamp_is_load_time(d(2024, 1, 3).unwrap(), &lead));
}

#[test]
fn a_stamp_years_after_the_day_a_tally_is_made_up_to_is_when_the_page_was_loaded() {
    let lead = [
        "thực hiện kế hoạch của ủy ban hội tỉnh, tính đến ngày 20/7/2019, \
        8/8 huyện đã tổ chức thành công đại hội hội lhtn việt nam cấp huyện."
            .to_string(),
    ];
    assert!(stamp_is_load_time(d(2024, 5, 14).unwrap(), &lead));
    // A tally of last year's work printed in the spring is the page's own.
    let lead = ["tính đến ngày 31/12/2023, toàn tỉnh có 1.250 chi hội nông dân.".to_string()];
    assert!(!stamp_is_load_time(d(2024, 3, 2).unwrap(), &lead));
}

#[test]
fn a_stamp_before_the_day_its_lead_announces_is_the_pages() {
    let stamp = d(2023, 8, 28).unwrap();
    for lead in [
        "ngày 10/9 tới, hội nông dân tỉnh sẽ tổng kết phong trào thi đua.",
        "sáng 12/9 sắp tới, hội nông dân tỉnh khai mạc đại hội.",
        "ngày 10/9, ban thường vụ tỉnh ủy sẽ tổng kết công tác dân vận.",
    ] {
        assert!(!stamp_is_load_time(stamp, &[lead.to_string()]), "{lead}");
    }
    // A range "5/5 tới 10/5" says nothing of the coming days.
    let lead = ["từ 5/5 tới 10/5, hội nông dân tỉnh đã tổ chức tập huấn.".to_string()];
    assert!(stamp_is_load_time(stamp, &lead));
}

#[test]
fn a_headline_ending_with_a_date_in_brackets_dates_the_page() {
    assert_eq!(
        headline_stamp("Chủ tịch nước trao tặng danh hiệu Anh hùng (23/12/2013)"),
        d(2013, 12, 23)
    );
    assert_eq!(
        headline_stamp("Hội nghị Ban Chấp hành Đảng bộ tỉnh (mở rộng)"),
        None
    );
    assert_eq!(headline_stamp("Kỷ niệm Ngày thành lập (1930-2024)"), None);
}

#[test]
fn an_anniversary_span_in_a_headline_is_no_stamp_of_the_page() {
    assert_eq!(
        headline_stamp("Lãnh đạo thành phố dâng hương nhân kỷ niệm 80 năm Cách mạng Tháng Tám (19/8/1945-19/8/2025)"),
        None
    );
    assert_eq!(
        headline_stamp("Huyện ủy gặp mặt cựu chiến binh (22/12/1944 - 22/12/2024)"),
        None
    );
    assert_eq!(
        headline_stamp("Tổng kết công tác Mặt trận (12-12-2024)"),
        d(2024, 12, 12)
    );
}

#[test]
fn a_greeting_of_the_new_year_dates_a_day_of_the_tet_season() {
    let text = "Chiều 28/1, đoàn công tác của Trung ương thăm hỏi người dân bị thiệt hại trong đợt lũ cuối năm 2023. \
Đoàn chúc bà con đón năm mới 2024 đầm ấm.";
    assert_eq!(event(text, None), d(2024, 1, 28));
}

#[test]
fn a_day_written_in_full_the_day_before_dates_an_election_in_a_term() {
    let text = "Sáng 15/3, Huyện ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện để bầu \
Bí thư Huyện ủy khóa XX, nhiệm kỳ 2020 - 2025. Hội nghị thông qua Công văn số 512 \
ngày 14/3/2023 của Ban Tổ chức Tỉnh ủy về công tác cán bộ.";
    assert_eq!(event(text, None), d(2023, 3, 15));
}

#[test]
fn a_holiday_the_event_is_held_for_is_no_day_of_the_event() {
    let text = "Xã Tân Lập tri ân các gia đình chính sách nhân ngày 27/7. \
Đảng bộ, chính quyền xã đã tổ chức 5 đoàn đến thăm, tặng quà 80 gia đình.";
    assert_eq!(event(text, d(2025, 7, 28)), None);
    let text = "Chào mừng ngày 2/9, sáng 30/8, Đoàn Thanh niên phường ra quân dọn vệ sinh.";
    assert_eq!(event(text, d(2025, 8, 31)), d(2025, 8, 30));
    // The day itself, said to be today, still dates it.
    let text = "Ngày 27/7, Huyện ủy tổ chức lễ viếng nghĩa trang liệt sĩ.";
    assert_eq!(event(text, d(2025, 7, 28)), d(2025, 7, 27));
}

#[test]
fn a_stamp_in_english_or_french_words_dates_the_page() {
    assert!(super::foreign::compiled());
    let stamps = |s: &str| published(&[s.to_string()]);
    assert_eq!(stamps("05 octobre 2015"), d(2015, 10, 5));
    assert_eq!(stamps("lundi 5 octobre 2015"), d(2015, 10, 5));
    assert_eq!(stamps("Monday, October 5, 2015"), d(2015, 10, 5));
    assert_eq!(stamps("Oct 5, 2015 at 8:12 AM"), d(2015, 10, 5));
    assert_eq!(stamps("1er mars 2016"), d(2016, 3, 1));
    assert_eq!(stamps("5 May 2018"), d(2018, 5, 5));
    // A blog engine's stamp with its word for posting and the account,
    // in English or in its Vietnamese locale, month in words.
    assert_eq!(stamps("Posted on 13 April 2021 by admin"), d(2021, 4, 13));
    assert_eq!(
        stamps("Đăng ngày 13 Tháng Tư, 2021 bởi admin"),
        d(2021, 4, 13)
    );
    assert_eq!(stamps("Tháng Mười Hai 7, 2025"), d(2025, 12, 7));
    assert_eq!(stamps("2 Tháng Mười, 2019"), d(2019, 10, 2));
    assert_eq!(foreign_stamp("ngày 13 tháng tư năm 2021"), None);
    // Only a whole line of one stamp: running text dates nothing so.
    assert_eq!(foreign_stamp("Hội nghị ngày 5 May 2018 tại Hà Nội"), None);
    assert_eq!(foreign_stamp("sáng mai 5 2018"), None);
}

#[test]
fn a_day_still_to_come_that_falls_before_the_stamp_dates_nothing() {
    // Announced for early next year under a December stamp: the year the
    // trial falls in is not written, and it is not the stamp's.
    let lead = "hai bị cáo sẽ phải hầu tòa tại hà nội từ ngày 2 đến 15 tháng 1 tới đây.";
    assert_eq!(event_date(&[lead], d(2019, 12, 6), lead), None);
    // Still after the stamp, it sets the scene as before.
    let lead = "ngày 20/12 tới đây, hđnd tỉnh a sẽ khai mạc kỳ họp thứ 9.";
    assert_eq!(event_date(&[lead], d(2019, 12, 6), lead), d(2019, 12, 20));
}

#[test]
fn two_days_each_written_with_ngay_start_on_the_first() {
    let lead = "ngày 11 và ngày 12/9, tại hà nội, phó thủ tướng nước b đã lần lượt hội kiến \
                tổng bí thư và thủ tướng.";
    assert_eq!(event_date(&[lead], d(2018, 9, 13), lead), d(2018, 9, 11));
    let lead = "trong hai ngày 11 và ngày 12 tháng 9, hội nghị đã diễn ra tại hà nội.";
    assert_eq!(event_date(&[lead], d(2018, 9, 13), lead), d(2018, 9, 11));
}

#[test]
fn a_digest_of_the_weeks_news_has_no_event_date() {
    let text = "Điểm báo tuần số 12 từ ngày 05-02 đến ngày 10-02 về nội chính\n\n\
                Ngày 5/2/2017, Bộ A công bố dự thảo quy tắc ứng xử của công chức.\n\n\
                Ngày 8/2, Tỉnh ủy B tổ chức hội nghị cán bộ chủ chốt.\n\n\
                Ngày 9/2, Tòa án tỉnh C mở phiên tòa xét xử sơ thẩm.\n";
    let report = crate::parse::parse_report("diem-bao.txt", text);
    assert_eq!(report.event_date, None);
    // A report of one event keeps its day.
    let text = text.replacen(
        "Điểm báo tuần số 12 từ ngày 05-02 đến ngày 10-02 về nội chính",
        "Bộ A công bố dự thảo quy tắc ứng xử",
        1,
    );
    let report = crate::parse::parse_report("tin.txt", &text);
    assert!(report.event_date.is_some());
}

#[test]
fn a_caption_writing_the_day_in_full_gives_its_year() {
    let text = "Thủ tướng trả lời chất vấn\n\n\
                Sáng 17-11, Thủ tướng Chính phủ trả lời chất vấn của đại biểu Quốc hội về bốn nhóm vấn đề.\n\n\
                Thủ tướng trả lời chất vấn trước Quốc hội trong sáng 17-11-2016. Ảnh: TTXVN\n\n\
                Thủ tướng cho biết Chính phủ sẽ báo cáo kết quả thực hiện trong năm 2017.\n";
    let report = crate::parse::parse_report("chat-van.txt", text);
    assert_eq!(report.captions.len(), 1, "{:?}", report.captions);
    assert_eq!(report.event_date, d(2016, 11, 17));
}

#[test]
fn a_span_of_years_dates_an_event_only_when_looked_back_on() {
    // Recognising communes "giai đoạn 2021 - 2025" happens in any year of
    // the span: its last year is no date.
    let lead = "Chiều 22/5, bà Lò Thị Hạnh, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp xét \
        công nhận các xã đạt chuẩn nông thôn mới kiểu mẫu giai đoạn 2021 - 2025.";
    assert_eq!(event(lead, None), None);
    let lead = "Sáng 9/4, huyện triển khai Đề án phát triển du lịch cộng đồng \
        giai đoạn 2023 – 2027.";
    assert_eq!(event(lead, None), None);
    // Honoured or reviewed as it closes, the span's last year dates it.
    let lead = "Sáng 14/11, huyện tuyên dương các gương điển hình Dân vận khéo \
        giai đoạn 2019 - 2024.";
    assert_eq!(event(lead, None), d(2024, 11, 14));
    let lead = "Sáng 2/12, xã tổng kết phong trào xây dựng nông thôn mới giai đoạn 2021 - 2025.";
    assert_eq!(event(lead, None), d(2025, 12, 2));
    // A review halfway through the span is held in one of its middle years.
    let lead = "Chiều 27/9, Ủy ban Kinh tế của Quốc hội thẩm tra báo cáo đánh giá giữa kỳ \
        kết quả thực hiện Kế hoạch cơ cấu lại nền kinh tế giai đoạn 2021 - 2025.";
    assert_eq!(event(lead, None), None);
    let lead = "Chiều 9/9, Ban Pháp chế HĐND tỉnh giám sát việc thực hiện chính sách hỗ trợ \
        người có công giai đoạn 2021 - 2023 tại huyện Mỹ Đức.";
    assert_eq!(event(lead, None), d(2023, 9, 9));
    // A term reviewed, then the plan for the next span: the review is of
    // the first, and the later span is planned, not looked back on.
    let lead = "Chiều 18/12, Hội Cựu chiến binh huyện tổ chức hội nghị tổng kết nhiệm kỳ \
        2017-2022, triển khai phương hướng, nhiệm vụ giai đoạn 2022-2027.";
    assert_eq!(event(lead, None), d(2022, 12, 18));
}

#[test]
fn a_day_announced_in_a_statement_gives_way_to_the_occasion_it_was_said_at() {
    let lead = [
        "ủy ban bầu cử tỉnh sẽ công bố danh sách người trúng cử vào ngày 20/3, sau khi tổng hợp biên bản của các xã.",
        "thông tin được phó chủ tịch ubnd tỉnh lê văn hòa nêu tại hội nghị giao ban chiều 12/3 tại trụ sở ubnd tỉnh.",
    ];
    let text = lead.join("\n");
    assert_eq!(event_date(&lead, d(2026, 3, 12), &text), d(2026, 3, 12));
    // A notice of a day to come, with no occasion said, keeps that day.
    let notice =
        ["ubnd xã sẽ tổ chức hội nghị đối thoại với nhân dân vào ngày 20/3 tại hội trường xã."];
    assert_eq!(
        event_date(&notice, d(2026, 3, 12), notice[0]),
        d(2026, 3, 20)
    );
    // An occasion weeks before the stamp is background, not the report's event.
    let old = [
        "ủy ban bầu cử tỉnh sẽ công bố danh sách người trúng cử vào ngày 20/3.",
        "kế hoạch được nêu tại hội nghị ngày 10/1 của ban chỉ đạo.",
    ];
    let text = old.join("\n");
    assert_eq!(event_date(&old, d(2026, 3, 12), &text), d(2026, 3, 20));
}

#[test]
fn the_election_a_first_session_follows_dates_no_event() {
    // The lead recalls the election, and the session comes after it.
    let lead = [
        "cuộc bầu cử đại biểu hđnd thị trấn khóa mới hôm 23/5/2021 ở thị trấn phú lộc đã kết thúc an toàn.",
        "chiều 28/6/2021, hđnd thị trấn phú lộc khai mạc kỳ họp thứ nhất để kiện toàn các chức danh.",
    ];
    let text = lead.join("\n");
    assert_eq!(event_date(&lead, d(2021, 7, 2), &text), d(2021, 6, 28));
    // A report on the election itself is dated by it.
    let lead = ["cuộc bầu cử đại biểu hđnd thị trấn khóa mới hôm 23/5/2021 ở thị trấn phú lộc đã kết thúc an toàn."];
    assert_eq!(event_date(&lead, d(2021, 5, 24), lead[0]), d(2021, 5, 23));
}

#[test]
fn candidates_named_in_a_second_half_are_for_next_year_s_election() {
    // Deputies are elected in the spring of their term's first year: the
    // rounds that name their candidates in the autumn come the year before.
    let lead = "Chiều 18-11, Ban Thường trực Ủy ban MTTQ Việt Nam phường Tân Lập tổ chức \
        hội nghị hiệp thương lần thứ nhất về cơ cấu người ứng cử đại biểu HĐND phường \
        nhiệm kỳ 2021-2026.";
    assert_eq!(event(lead, None), d(2020, 11, 18));
    // In the spring they fall in the term's first year.
    let lead = "Sáng 16/2, Ủy ban MTTQ huyện Yên Khánh họp hiệp thương vòng hai, chốt \
        danh sách ứng viên đại biểu HĐND huyện (bầu cử nhiệm kỳ 2016 - 2021).";
    assert_eq!(event(lead, None), d(2016, 2, 16));
    // A congress of the term in the summer opens it that year.
    let lead = "Sáng 22/8, Đại hội đại biểu Đảng bộ xã Hòa Bình lần thứ I, nhiệm kỳ \
        2025-2030 khai mạc.";
    assert_eq!(event(lead, None), d(2025, 8, 22));
}

#[test]
fn a_lunar_day_named_with_its_cycle_year_gives_way_to_the_solar_one() {
    // Pagodas date a meeting by the lunar calendar first and the solar
    // day in brackets: the first figures are no day of the solar year.
    let lead = "Sáng nay ngày 12/9/ Quý Mão (26/10/2023), Ban Trị sự Phật giáo thị xã \
        An Nhơn họp bàn công tác tổ chức lễ an vị tượng Phật.";
    assert_eq!(event(lead, None), d(2023, 10, 26));
    let lead = "Ngày 3-4 năm Giáp Thìn (11-5-2024), chùa Thiên Ấn tổ chức khóa tu \
        cho thanh thiếu niên.";
    assert_eq!(event(lead, None), d(2024, 5, 11));
    // A place named after the day is no year of the cycle.
    let lead = "Ngày 26/10/2023, Tân Phú tổ chức hội nghị biểu dương người có uy tín.";
    assert_eq!(event(lead, None), d(2023, 10, 26));
}

#[test]
fn an_inquiry_lead_dates_the_incident_it_looks_into() {
    let lower = |s: &str| s.to_lowercase();
    let stamp = d(2024, 9, 16);
    let paras = [
        lower("Ngày 16-9, Công an huyện Krông Pắc đang điều tra làm rõ vụ cháy kho nông sản."),
        lower("Ông Lê Văn Tài, Chủ tịch UBND xã Ea Phê cho biết đã cử người đến hiện trường."),
        lower("Theo người dân địa phương, vụ cháy xảy ra vào rạng sáng ngày 14-9, khi kho đang đóng cửa."),
    ];
    let paras: Vec<&str> = paras.iter().map(String::as_str).collect();
    let text = paras.join("\n");
    assert_eq!(
        incident_day(&paras, d(2024, 9, 16).unwrap(), stamp, &text),
        d(2024, 9, 14)
    );
    // The lead itself may say when it happened.
    let one =
        lower("Sáng 3/5, Công an thị xã đang xác minh vụ va chạm xảy ra tối 1/5 trên tỉnh lộ 8.");
    assert_eq!(
        incident_day(&[one.as_str()], d(2023, 5, 3).unwrap(), d(2023, 5, 3), &one),
        d(2023, 5, 1)
    );
}

#[test]
fn no_inquiry_or_an_old_case_keeps_the_leads_day() {
    let lower = |s: &str| s.to_lowercase();
    // A meeting is no inquiry, even when it recalls something that happened.
    let meeting = [
        lower("Hội Nông dân xã Tam Hiệp họp mặt hội viên vào chiều 21/4 tại nhà văn hóa."),
        lower("Nhiều ý kiến nhắc lại sự cố xảy ra ngày 19/4 tại thôn Bắc."),
    ];
    let meeting: Vec<&str> = meeting.iter().map(String::as_str).collect();
    let day = d(2022, 4, 21).unwrap();
    assert_eq!(
        incident_day(&meeting, day, Some(day), &meeting.join("\n")),
        None
    );
    // An inquiry into a case weeks old reports the inquiry.
    let old = [
        lower("Ngày 28/6, Công an tỉnh đang điều tra vụ lừa đảo tại phường Đông Kinh."),
        lower("Vụ việc xảy ra ngày 2/5, khi nạn nhân chuyển tiền qua mạng."),
    ];
    let old: Vec<&str> = old.iter().map(String::as_str).collect();
    let day = d(2022, 6, 28).unwrap();
    assert_eq!(incident_day(&old, day, Some(day), &old.join("\n")), None);
}

#[test]
fn a_lunar_day_in_brackets_with_its_years_name_dates_the_day() {
    // Tết fell on 10 February in 2013 and 2024: the lunar year's name
    // ("Giáp Thìn") tells which.
    let lead = "Sáng ngày 15/2 (mùng 6 tháng Giêng năm Giáp Thìn), Chủ tịch UBND tỉnh dự \
        lễ ra quân làm thủy lợi tại huyện Gia Lộc.";
    assert_eq!(event(lead, None), d(2024, 2, 15));
    let lead = "Chiều ngày 15/2 (mùng 6 tháng Giêng năm Quý Tỵ), Bí thư Tỉnh ủy dự lễ \
        ra quân trồng cây.";
    assert_eq!(event(lead, None), d(2013, 2, 15));
}

#[test]
fn a_relative_day_dates_the_event_only_where_it_times_the_leads_own_clause() {
    let p = d(2024, 3, 14);
    // At the head of the lead, after a dateline or an opening place, or
    // right after the subject.
    assert_eq!(event("Huyện ủy Thanh Ba sáng nay tổ chức hội nghị.", p), p);
    assert_eq!(
        event("(Baophutho) - Chiều qua, Ban Dân vận Huyện ủy họp.", p),
        d(2024, 3, 13)
    );
    assert_eq!(
        event(
            "Tại Hà Nội, sáng nay, Ban Dân vận Trung ương tổ chức hội nghị.",
            p
        ),
        p
    );
    // Set off by commas after a long opening phrase.
    let fronted = "Hòa chung không khí phấn khởi của cả nước hướng tới Đại hội, sáng nay, \
                   Huyện ủy Thanh Ba tổ chức hội nghị.";
    assert_eq!(event(fronted, p), p);
    // A speech names its occasion's day after addressing its hearers.
    assert_eq!(
        event(
            "Thưa toàn thể cử tri và Nhân dân trong tỉnh, hôm nay, HĐND tỉnh khai mạc kỳ họp.",
            p
        ),
        p
    );
    // A habit a profile tells of, further on in its sentence.
    let habit = "Là Trưởng bản, ông Lò Văn Khánh luôn gương mẫu; mỗi sáng, ông lại \
                 đến từng nhà để xem hôm nay có cháu nào nghỉ học không.";
    assert_eq!(event(habit, p), None);
    // What someone said, quoted or reported.
    let quoted = "Bà Trần Thị Hạnh, Trưởng ấp Tân Thành, kể: “Sáng hôm nay thì đi \
                  vận động dọn rác, chiều lại đi hòa giải”.";
    assert_eq!(event(quoted, p), None);
    let opens_quoted = "“Sáng nay tôi vừa đi hòa giải xong một vụ tranh chấp đất”, ông \
                        Nguyễn Văn Bảy, Tổ trưởng tổ dân phố số 3, kể.";
    assert_eq!(event(opens_quoted, p), None);
    let reported = "Chị Giàng Thị Mai, Phó Chủ tịch UBND xã Tả Van, cho biết chiều nào \
                    cũng đến từng nhà; hôm qua chị vừa giúp một gia đình dựng lại chuồng trại.";
    assert_eq!(event(reported, p), None);
}

#[test]
fn a_day_named_as_a_yearly_observance_dates_no_event() {
    let p = d(2023, 10, 12);
    let lead = "Ngày 15/10/1930, Ban Chấp hành Trung ương Đảng ra Nghị quyết về công tác \
                vận động quần chúng. Từ đó, ngày 15/10 trở thành Ngày truyền thống công tác \
                dân vận của Đảng.";
    assert_eq!(event(lead, p), None);
    let yearly = "Ngày 18/11 hằng năm, các khu dân cư tổ chức Ngày hội Đại đoàn kết.";
    assert_eq!(event(yearly, d(2023, 11, 20)), None);
    // A day a lead says what it means to someone: a coming election.
    let means = "Chỉ còn ít ngày nữa ngày bầu cử sẽ diễn ra. Với đồng bào ở bản Rào Tre, \
                 ngày 23/5 thực sự là ngày hội lớn.";
    assert_eq!(event(means, d(2021, 5, 18)), None);
    // A day something is held on still dates it.
    let held = "Ngày 15/10, Ban Dân vận Tỉnh ủy tổ chức họp mặt kỷ niệm Ngày truyền thống.";
    assert_eq!(event(held, d(2023, 10, 16)), d(2023, 10, 15));
}

#[test]
fn the_start_of_what_a_lead_reviews_is_no_event() {
    let p = d(2023, 11, 20);
    let launched = "Ngày 15/10/2022, Ban Dân vận Tỉnh ủy phát động phong trào thi đua \
                    “Dân vận khéo” giai đoạn 2022-2025. Sau một năm, phong trào đã lan tỏa.";
    assert_eq!(event(launched, p), None);
    let elected = "Ngày 5/6/2020, ông Hoàng Văn Tâm được bà con tín nhiệm bầu làm Trưởng \
                   thôn Đồng Tâm. Từ đó đến nay, ông luôn tận tụy với công việc.";
    assert_eq!(event(elected, p), None);
    // Within weeks of the stamp, the day is the report's own event, and
    // its results may still be counted.
    let held = "Ngày 10/11/2023, Huyện ủy Thanh Ba sơ kết 5 năm thực hiện Chỉ thị 16. \
                Sau 5 năm, công tác dân vận chính quyền có nhiều chuyển biến.";
    assert_eq!(event(held, p), d(2023, 11, 10));
    // A day long before the stamp with no review after it is left to the
    // other rules.
    let late = "Ngày 5/6/2023, Huyện ủy Thanh Ba tổ chức hội nghị sơ kết.";
    assert_eq!(event(late, p), d(2023, 6, 5));
}

#[test]
fn a_planned_day_is_no_event_when_the_lead_tells_what_was_just_done() {
    let p = d(2023, 11, 20);
    let lead = "Theo kế hoạch, Đại hội đại biểu MTTQ Việt Nam huyện Cẩm Khê lần thứ XXIII \
                sẽ diễn ra vào ngày 12/12/2023. Mới đây, Ban Thường trực Ủy ban MTTQ huyện \
                đã họp bàn công tác chuẩn bị.";
    assert_eq!(event(lead, p), None);
    // A preview that tells nothing else keeps its announced day.
    let preview = "Theo kế hoạch, Đại hội đại biểu MTTQ Việt Nam huyện Cẩm Khê lần thứ \
                   XXIII sẽ diễn ra vào ngày 12/12/2023.";
    assert_eq!(event(preview, p), d(2023, 12, 12));
}

#[test]
fn a_lead_paragraph_that_recalls_what_came_before_dates_no_event() {
    let p = d(2017, 11, 10);
    let lead = [
        "giám đốc công an tỉnh vừa tặng giấy khen cho anh lê văn tâm do có thành tích trong đấu tranh phòng, chống tội phạm.",
        "trước đó, ngày 26/9/2017, hai đối tượng dừng xe bắt trộm gà thì bị người dân phát hiện.",
    ];
    assert_eq!(event_date(&lead, p, ""), None);
    // A lead that dates its own news still does, whatever came before.
    let dated = [
        "sáng 9/11, giám đốc công an tỉnh tặng giấy khen cho anh lê văn tâm.",
        "trước đó, ngày 26/9/2017, hai đối tượng dừng xe bắt trộm gà.",
    ];
    assert_eq!(event_date(&dated, p, ""), d(2017, 11, 9));
}

#[test]
fn a_summary_printed_twice_takes_one_place_in_the_lead() {
    let summary = "Ủy ban Kiểm tra Tỉnh ủy A đã xem xét, kết luận các vi phạm và đề nghị thi hành kỷ luật theo thẩm quyền";
    let text = format!(
        "Ủy ban Kiểm tra đề nghị kỷ luật một số cá nhân\n\n\
         Thứ tư, 14/06/2023, 10:15 (GMT+7)\n\n\
         {summary}.\n\n\
         {summary}, bảo đảm đúng quy định.\n\n\
         Báo Tỉnh ủy cho hay ngày 13/6, Ủy ban Kiểm tra Tỉnh ủy A họp kỳ thứ 20 dưới sự chủ trì của Chủ nhiệm Ủy ban.\n"
    );
    // The repeat differs from the summary in its closing words: a
    // paragraph of its own, which keeps the day out of the lead.
    let report = crate::parse::parse_report("ky-luat.txt", &text);
    assert_eq!(report.published, d(2023, 6, 14));
    assert_eq!(report.event_date, None);
    let repeated = text.replace(", bảo đảm đúng quy định", ",");
    let report = crate::parse::parse_report("ky-luat.txt", &repeated);
    assert_eq!(report.event_date, d(2023, 6, 13));
    assert_eq!(
        unrepeated(&["a, b.", "c", "a b", "d"]),
        ["a, b.", "c", "d"],
        "spaces and punctuation aside, a repeat is dropped"
    );
}

#[test]
fn a_stamp_in_brackets_glued_to_the_lead_is_the_day_of_posting() {
    let text = "Bế mạc kỳ họp thứ 7 Hội đồng nhân dân tỉnh khóa IX\n\
                (14/05/2019)Chiều ngày 14/5, Hội đồng nhân dân tỉnh bế mạc kỳ họp thứ 7 sau hai ngày làm việc.\n\
                Kỳ họp đã thông qua 12 nghị quyết quan trọng.\n";
    let report = crate::parse::parse_report("hdnd.txt", text);
    assert_eq!(report.published, d(2019, 5, 14));
    assert_eq!(report.event_date, d(2019, 5, 14));
    assert!(!report.body.text().contains("(14/05/2019)"));
}

#[test]
fn a_day_opening_its_own_clause_after_a_planned_one_dates_the_event() {
    let lead = "hướng tới đại hội hội cựu chiến binh xã an phú, dự kiến sẽ diễn ra vào \
                ngày 12/5/2031; sáng ngày 3/4/2031, ban chấp hành hội họp bàn công tác \
                nhân sự.";
    assert_eq!(event_date(&[lead], None, lead), d(2031, 4, 3));
    // A second day that is itself planned leaves the first standing.
    let lead = "đại hội dự kiến sẽ diễn ra vào ngày 12/5/2031; chiều ngày 13/5/2031, \
                đại hội sẽ bế mạc.";
    assert_eq!(event_date(&[lead], None, lead), d(2031, 5, 12));
}

#[test]
fn what_an_agency_reports_just_done_keeps_the_day_it_reports_it() {
    let lead = "ngày 28/3/2031, công an tỉnh tân lập thông tin, công an huyện hòa bình vừa \
                bắt giữ 5 đối tượng trộm cắp gia súc vào đêm 2/3.";
    assert_eq!(event_date(&[lead], None, lead), d(2031, 3, 28));
    // Done days before it, the deed keeps its own day.
    let lead = "ngày 28/3/2031, công an tỉnh tân lập thông tin, công an huyện hòa bình vừa \
                bắt giữ 5 đối tượng vào đêm 26/3.";
    assert_eq!(event_date(&[lead], None, lead), d(2031, 3, 26));
}

#[test]
fn an_agency_reporting_a_sitting_of_several_days_dates_its_first() {
    let lead = "ngày 16/10, văn phòng huyện ủy an phú cho biết, từ ngày 13 - 15/10/2031, \
                ban thường vụ huyện ủy đã họp xem xét công tác cán bộ.";
    assert_eq!(event_date(&[lead], None, lead), d(2031, 10, 13));
}
