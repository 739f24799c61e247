use super::*;
use crate::model::{Date, Level, Mention, Role};

fn lvl(head: &str, text: &str) -> Option<Level> {
    level(&[&head.to_lowercase()], &[], text, None)
}

#[test]
fn level_from_the_organizing_body() {
    assert_eq!(
        lvl("Ban Dân vận Trung ương tổ chức hội nghị với 63 tỉnh", ""),
        Some(Level::Central)
    );
    assert_eq!(
        lvl(
            "Sáng 3/4, Ban Dân vận Tỉnh ủy Hà Giang tổ chức hội nghị",
            ""
        ),
        Some(Level::Provincial)
    );
    assert_eq!(
        lvl("Thường trực Huyện ủy Ba Tơ làm việc với", ""),
        Some(Level::District)
    );
    assert_eq!(
        lvl("Đảng ủy xã Tân Lập tổ chức hội nghị", ""),
        Some(Level::Commune)
    );
    assert_eq!(
        lvl("Ủy ban MTTQ Việt Nam phường 3 tổ chức", ""),
        Some(Level::Commune)
    );
    assert_eq!(
        lvl(
            "Hội nghị đối thoại tại xã Tân Lập do UBND huyện tổ chức",
            ""
        ),
        Some(Level::District)
    );
}

#[test]
fn the_launcher_of_what_an_opening_clause_carries_out_is_no_organizer() {
    for head in [
        "Thực hiện phong trào “Xanh hóa trường học” do Trung ương Đoàn phát động, những năm qua, Huyện đoàn Kỳ Sơn đã trồng",
        "Hưởng ứng cuộc thi do Ban Tuyên giáo Trung ương tổ chức, Hội Cựu chiến binh huyện Lạc Thủy đã tổ chức vòng sơ khảo",
    ] {
        assert_eq!(lvl(head, ""), Some(Level::District), "{head}");
    }
    // The "do" of the event itself, or a clause with no launching verb.
    assert_eq!(
        lvl(
            "Thực hiện kế hoạch năm, hội nghị tại xã Đồng Tâm do UBND huyện tổ chức",
            ""
        ),
        Some(Level::District)
    );
    assert_eq!(
        lvl(
            "Thực hiện chỉ đạo của cấp trên, lớp tập huấn do Ban Dân vận Tỉnh ủy tổ chức",
            ""
        ),
        Some(Level::Provincial)
    );
}

#[test]
fn a_city_party_committee_is_provincial_only_for_centrally_run_cities() {
    let t = "Thường trực Thành ủy làm việc với Ban Dân vận Thành ủy";
    assert_eq!(lvl(t, "… Khu kinh tế Đà Nẵng …"), Some(Level::Provincial));
    assert_eq!(
        lvl(t, "… thành phố Lạng Sơn, tỉnh Lạng Sơn …"),
        Some(Level::District)
    );
}

#[test]
fn level_falls_back_to_the_chair() {
    let chair = Mention {
        name: "Hoàng Văn Bảy".into(),
        titles: vec!["Phó Bí thư Thường trực Tỉnh ủy".into()],
        roles: [Role::Chair].into(),
        ..Mention::default()
    };
    let got = level(&["tăng cường đổi mới công tác dân vận"], &[chair], "", None);
    assert_eq!(got, Some(Level::Provincial));
}

#[test]
fn kind_and_period() {
    let kind = |h: &[&str]| {
        kind(
            &h.iter()
                .map(|s| s.to_lowercase())
                .collect::<Vec<_>>()
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>(),
        )
    };
    let period = |h: &[&str], y| {
        let lowers: Vec<String> = h.iter().map(|s| s.to_lowercase()).collect();
        let pairs: Vec<(&str, &str)> = h
            .iter()
            .copied()
            .zip(lowers.iter().map(String::as_str))
            .collect();
        period(&pairs, y)
    };
    let h = ["Hội nghị giao ban trực tuyến sơ kết công tác dân vận 6 tháng đầu năm"];
    assert_eq!(kind(&h).as_deref(), Some("giao ban"));
    assert_eq!(
        period(&h, Some(2012)).as_deref(),
        Some("6 tháng đầu năm 2012")
    );
    let h = ["Hội nghị trực báo công tác dân vận quý I năm 2022."];
    assert_eq!(kind(&h).as_deref(), Some("trực báo"));
    assert_eq!(period(&h, Some(2022)).as_deref(), Some("quý I năm 2022"));
    let h = ["Hội nghị tổng kết công tác dân vận năm 2020, triển khai nhiệm vụ năm 2021"];
    assert_eq!(period(&h, Some(2021)).as_deref(), Some("năm 2020"));
    assert_eq!(
        kind(&["Hội nghị cán bộ chủ chốt"]).as_deref(),
        Some("hội nghị")
    );
    assert_eq!(kind(&["Một ngày ở bản"]), None);
    assert!(PERIOD.compiled());
}

#[test]
fn kind_and_organizer_verb_patterns_compile() {
    // Built from word lists: a word with a regex metacharacter would break them.
    assert!(
        KIND.compiled()
            && ORG_VERB.compiled()
            && NO_LEVEL_NEWS.compiled()
            && ACTION.compiled()
            && EVENT.compiled()
            && ORGAN.compiled()
            && COMMAND.compiled()
    );
}

#[test]
fn a_count_broken_down_in_brackets_names_no_organizer() {
    let head = "hoàn thành đại hội hội nông dân cấp huyện và cơ sở";
    let lead = "đến nay, 9/9 hội nông dân cấp huyện cùng với 140 cơ sở hội (131 hội cơ sở xã, phường, thị trấn và 9 chi hội trực thuộc) trong tỉnh quảng bình đã tổ chức thành công đại hội nhiệm kỳ 2023-2028.";
    assert_eq!(level(&[head, lead], &[], "", None), Some(Level::Provincial));
    // A unit's parent in brackets still leaves the unit the organizer.
    let lead = "sáng 3/5, ủy ban mttq việt nam xã tân lập (huyện a) tổ chức hội nghị.";
    assert_eq!(level(&[lead], &[], "", None), Some(Level::Commune));
}

#[test]
fn level_is_the_organizers_not_the_reporters_or_the_venues() {
    // A provincial paper on a central conference; a commune event on a
    // district portal.
    let l = lvl(
        "Ban Dân vận Trung ương tổ chức hội nghị trực tuyến với các tỉnh",
        "",
    );
    assert_eq!(l, Some(Level::Central));
    let l = lvl(
        "Đảng ủy xã Tân Lập, huyện Tiên Yên tổ chức hội nghị đối thoại",
        "",
    );
    assert_eq!(l, Some(Level::Commune));
    // "do X tổ chức" names the organizer outright.
    let lead = "đó là ý kiến của đồng chí bí thư huyện ủy tại hội nghị được tổ chức sáng 8/4. \
        hội nghị do ban dân vận tỉnh ủy tổ chức.";
    assert_eq!(level(&[lead], &[], "", None), Some(Level::Provincial));
    // The organizer's place qualifier and the venue do not lower it.
    let l = lvl(
        "Thường trực Huyện ủy Mai Sơn, tỉnh Sơn La tổ chức hội nghị",
        "tỉnh Sơn La",
    );
    assert_eq!(l, Some(Level::District));
    let l = lvl(
        "Ban Dân vận Tỉnh ủy tổ chức hội nghị tại huyện Mai Sơn",
        "tỉnh Sơn La",
    );
    assert_eq!(l, Some(Level::Provincial));
    let l = lvl("Sở Nội vụ TP.HCM phối hợp tổ chức diễn đàn", "TP.HCM");
    assert_eq!(l, Some(Level::Provincial));
    let l = lvl(
        "Ngày 25-7, tại TP Vinh, Ban Chỉ đạo Tây Bắc phối hợp tổ chức",
        "",
    );
    assert_eq!(l, Some(Level::Central));
    // The capital as the venue's address names no organizer.
    let l = lvl(
        "Chiều nay (9/11), tại Khách sạn Thắng Lợi, Thủ đô Hà Nội, Bộ Ngoại giao khai mạc diễn đàn",
        "",
    );
    assert_eq!(l, Some(Level::Central));
    let l = lvl("Tiên Yên tổ chức tọa đàm về công tác dân vận", "");
    assert_eq!(l, Some(Level::District));
    let l = lvl("Tiên Yên: Hoàn thành hội thi dân vận khéo cấp cơ sở", "");
    assert_eq!(l, Some(Level::District));
    let l = lvl("Thứ trưởng Bộ Lao động làm việc với tỉnh", "");
    assert_eq!(l, Some(Level::Central));
    // Crime, sport and weather news has no level.
    assert_eq!(
        lvl(
            "Khởi tố đối tượng lừa đảo chiếm đoạt tài sản ở xã Tân Lập",
            ""
        ),
        None
    );
    assert_eq!(lvl("Mưa lớn kéo dài ở các tỉnh miền Trung", ""), None);
}

#[test]
fn no_district_level_after_1_july_2025() {
    let head = ["thị xã đông triều tổ chức hội nghị tổng kết công tác dân vận"];
    let text = "tỉnh Quảng Ninh";
    let before = level(&head, &[], text, Date::new(2025, 3, 1));
    assert_eq!(before, Some(Level::District));
    let after = level(&head, &[], text, Date::new(2025, 9, 1));
    assert_ne!(after, Some(Level::District));
    let head = ["đảng ủy phường đông triều, huyện cũ tổ chức hội nghị"];
    let after = level(&head, &[], text, Date::new(2025, 9, 1));
    assert_eq!(after, Some(Level::Commune));
}

#[test]
fn a_city_is_centrally_run_from_the_day_the_lists_say() {
    // Huế was a provincial city of Thừa Thiên Huế until 1 January 2025.
    let head = ["thành ủy huế tổ chức hội nghị sơ kết công tác dân vận"];
    let text = "Thành ủy Huế, tỉnh Thừa Thiên Huế tổ chức hội nghị sơ kết công tác dân vận.";
    assert_eq!(
        level(&head, &[], text, Date::new(2023, 6, 2)),
        Some(Level::District)
    );
    let text = "Thành ủy Huế tổ chức hội nghị sơ kết công tác dân vận, có đại diện các tỉnh bạn.";
    assert_eq!(
        level(&head, &[], text, Date::new(2025, 3, 2)),
        Some(Level::Provincial)
    );
    // The cities centrally run all along are so at any date.
    let head = ["thành ủy đà nẵng tổ chức hội nghị"];
    let text = "Thành ủy Đà Nẵng tổ chức hội nghị với các tỉnh miền Trung.";
    assert_eq!(
        level(&head, &[], text, Date::new(2012, 3, 2)),
        Some(Level::Provincial)
    );
}

#[test]
fn crime_and_disaster_news_has_no_level_whoever_reports_it() {
    assert_eq!(
        lvl(
            "Bắt kẻ đột nhập nhà văn hóa thôn trộm loa đài",
            "Sáng 4-5, Công an xã Tân Lập đã bàn giao đối tượng cho Công an huyện."
        ),
        None
    );
    let heads = [
        "phá ổ trộm cắp xe máy liên huyện",
        "sáng 4-5, công an phường 3 cho biết đang tạm giữ đối tượng",
    ];
    assert_eq!(level(&heads, &[], "", None), None);
    // What a body does about such news keeps its level.
    assert_eq!(
        lvl(
            "Công an xã Tân Lập tổ chức tuyên truyền phòng, chống ma túy",
            ""
        ),
        Some(Level::Commune)
    );
    assert!(no_level_news("lũ quét cuốn trôi cầu treo ở bản mường"));
    // A fraud's takings and the sentence asked for are a trial's words.
    assert!(no_level_news(
        "nhóm đối tượng lập sàn tiền ảo chiếm đoạt 40 tỷ đồng của người dân"
    ));
    assert!(no_level_news(
        "viện kiểm sát đề nghị mức án 12 năm với giám đốc công ty"
    ));
    assert!(!no_level_news(
        "ban dân vận tỉnh ủy thăm hỏi gia đình bị thiệt hại do lũ quét"
    ));
    // Street brawls and a drug user's rampage are police news too.
    assert!(no_level_news(
        "nhóm thanh niên mang hung khí đánh nhau trên quốc lộ bị tạm giữ"
    ));
    assert!(no_level_news(
        "đối tượng ngáo đá cố thủ trong nhà, đập phá đồ đạc"
    ));
}

#[test]
fn a_police_department_named_in_a_trial_is_no_campaign() {
    // "phòng, chống" in the name of the police department a court tries
    // is no campaign a body runs.
    assert!(no_level_news(
        "tand tỉnh tân lập xét xử nguyên cục trưởng cục cảnh sát phòng chống tội phạm sử dụng công nghệ cao"
    ));
    assert!(no_level_news(
        "phòng cảnh sát phòng, chống tội phạm về ma túy bắt giữ hai đối tượng"
    ));
    assert!(!no_level_news(
        "công an xã tân lập tuyên truyền phòng, chống tội phạm ma túy"
    ));
}

#[test]
fn the_states_own_ceremonies_are_central() {
    assert_eq!(
        lvl(
            "Đại sứ các nước trình Quốc thư lên Chủ tịch nước",
            "Sáng 8/10, tại Phủ Chủ tịch, Đại sứ nước A và Đại sứ nước B đã trình Quốc thư lên Chủ tịch nước."
        ),
        Some(Level::Central)
    );
    let heads = [
        "hàng nghìn người tới viếng nguyên lãnh đạo",
        "lễ tang được tổ chức theo nghi thức quốc tang tại nhà tang lễ quốc gia.",
    ];
    assert_eq!(level(&heads, &[], "", None), Some(Level::Central));
}

#[test]
fn a_ministrys_press_conference_on_a_case_is_its_event() {
    assert!(!no_level_news(
        "tại cuộc họp báo, bộ công an thông tin về tiến độ điều tra vụ án"
    ));
}

#[test]
fn a_body_acting_on_anothers_mandate_organises_the_event() {
    let heads = [
        "sáng 5/3, thừa ủy quyền của chủ tịch nước, ban thường vụ tỉnh ủy tổ chức lễ trao huy hiệu đảng cho các đảng viên",
        "đồng chí bí thư tỉnh ủy trao huy hiệu.",
    ];
    assert_eq!(level(&heads, &[], "tỉnh", None), Some(Level::Provincial));
    let heads = [
        "được sự ủy quyền của bộ tư lệnh quân khu 2, bộ chqs tỉnh tổ chức trao nhà tình nghĩa",
        "đại tá nguyễn văn thành trao quyết định.",
    ];
    assert_eq!(level(&heads, &[], "tỉnh", None), Some(Level::Provincial));
}

#[test]
fn fires_and_wrecks_are_disaster_news_with_no_level() {
    assert!(no_level_news(
        "quảng trị: cháy lớn tại chợ phiên, hàng chục ki-ốt bị thiêu rụi"
    ));
    assert!(no_level_news(
        "xe khách bốc cháy trên quốc lộ 1a lúc rạng sáng"
    ));
    assert!(no_level_news("lật thuyền trên sông đà, hai người mất tích"));
    // A body's drill against fire keeps its level.
    assert!(!no_level_news(
        "huyện tổ chức diễn tập phòng cháy, chữa cháy tại chợ trung tâm"
    ));
}

#[test]
fn brawls_and_public_disorder_are_crime_news_with_no_level() {
    // A summary over a crime report names the fight, not the arrest.
    assert!(no_level_news(
        "hai nhóm thanh niên mang hung khí hẹn nhau đánh nhau trên đê"
    ));
    assert!(no_level_news(
        "một người đàn ông ngáo đá đập phá tài sản rồi cố thủ trong nhà"
    ));
    assert!(no_level_news(
        "nhóm thanh niên lạng lách, đánh võng, gây rối trật tự công cộng"
    ));
    // What a body does about such news keeps its level.
    assert!(!no_level_news(
        "công an xã tuyên truyền phòng, chống đánh nhau, gây rối trong học sinh"
    ));
    // Players and coaches are sports news; a body's games keep their level.
    assert!(no_level_news(
        "xạ thủ nguyễn thị an được bầu chọn là vận động viên tiêu biểu của năm"
    ));
    assert!(!no_level_news(
        "huyện tổ chức đại hội thể dục thể thao với 600 vận động viên"
    ));
    assert!(!no_level_news(
        "phát biểu khai mạc giải thể thao, chủ tịch ubnd huyện chúc các vận động viên thi đấu tốt"
    ));
}

#[test]
fn weather_news_with_no_headline_has_no_level_from_its_first_paragraph() {
    // No headline: the first sentence stands for one, and the storm's
    // words come later in the same paragraph.
    let opening = "đài khí tượng thủy văn tỉnh cho biết sáng nay, bão còn cách đất liền 300 km. sức gió mạnh nhất cấp 10, giật cấp 12.";
    let heads = [
        "đài khí tượng thủy văn tỉnh cho biết sáng nay, bão còn cách đất liền 300 km",
        opening,
        "dự báo, tâm bão đi vào đất liền đêm nay.",
    ];
    assert_eq!(level(&heads, &[], "tỉnh", None), None);
    assert!(no_level_news("vùng gần tâm bão có gió giật cấp 12"));
    // The headline read off the first sentence leaves out its opening time.
    let opening = "ngày 3/11, công an xã tân lập tiếp nhận tin báo của anh l.v.b. về việc bị mất trộm xe máy trước cửa nhà.";
    let heads = [
        "công an xã tân lập tiếp nhận tin báo của anh l.v.b",
        opening,
        "đến ngày 5/11, công an xã đã bắt giữ đối tượng.",
    ];
    assert_eq!(level(&heads, &[], "xã", None), None);
}

#[test]
fn crime_news_with_no_headline_is_told_by_its_first_sentence() {
    // No headline: the first sentence tells the case; the next ones tell
    // how the commune's police worked it, which is no event of theirs.
    let opening = "sáng 4/6, công an xã hòa bình tiếp nhận tin báo của một cửa hàng về việc hai đối tượng trộm 5 chiếc điện thoại rồi tẩu thoát. \
        ngay sau đó, công an xã đã triển khai các biện pháp nghiệp vụ, hỗ trợ truy bắt đối tượng.";
    let heads = [
        "công an xã hòa bình tiếp nhận tin báo của một cửa hàng về việc hai đối tượng",
        opening,
        "đến chiều cùng ngày, các đối tượng đã bị bắt giữ.",
    ];
    assert_eq!(level(&heads, &[], "xã", None), None);
    // The same paragraph opened by the police's own campaign keeps its level.
    let campaign =
        "sáng 4/6, công an xã hòa bình tổ chức tuyên truyền phòng chống trộm cắp tài sản. \
        qua đó, người dân nắm được thủ đoạn của các đối tượng trộm cắp.";
    let heads = [
        "công an xã hòa bình tổ chức tuyên truyền phòng chống trộm cắp tài sản",
        campaign,
    ];
    assert_eq!(level(&heads, &[], "xã", None), Some(Level::Commune));
}

#[test]
fn flight_and_intimidation_are_crime_news() {
    assert!(no_level_news(
        "chủ tịch ubnd xã cho biết ba người đã vào trụ sở, có hành vi uy hiếp cán bộ"
    ));
    assert!(no_level_news("khi bị phát hiện, đối tượng đã tẩu thoát"));
    assert!(no_level_news("nhiều đối tượng phạm tội lợi dụng đêm tối"));
    assert!(!no_level_news(
        "hội nghị bàn giải pháp phòng ngừa người chưa thành niên phạm tội"
    ));
}

#[test]
fn a_team_that_hears_provinces_report_is_the_centres() {
    // A page with no headline: the inspection team hears two provinces,
    // so it is sent from above them.
    let first = "trong nội dung công tác, đoàn kiểm tra đã nghe ubnd các tỉnh hậu giang và sóc trăng báo cáo về kết quả điều tra xã hội học. \
        hội nông dân hai tỉnh đã phối hợp tốt với các cơ quan trong tỉnh.";
    assert_eq!(
        level(&[first], &[], "… tỉnh Hậu Giang … tỉnh Sóc Trăng …", None),
        Some(Level::Central)
    );
    assert_eq!(
        super::bodies::tier_level("sơ kết công tác với các tỉnh, thành phố", false),
        Some(Level::Central)
    );
    // A province's roads are no provinces; districts stay the province's.
    assert_eq!(
        super::bodies::tier_level("nâng cấp các tỉnh lộ qua các huyện", false),
        Some(Level::Provincial)
    );
    // Nor are its committee's members or its twinned provinces.
    for own in [
        "hội nghị các tỉnh ủy viên công tác tại các huyện",
        "giao lưu với các tỉnh bạn, rà soát các huyện",
    ] {
        assert_eq!(
            super::bodies::tier_level(own, false),
            Some(Level::Provincial),
            "{own}"
        );
    }
}

#[test]
fn a_central_office_named_after_its_holder_visits_as_the_centre() {
    let level_of = |text: &str| crate::parse::parse_report("visit.txt", text).level;
    // The name first, then the chain of titles: the office nearest the
    // verb is the central body's, whose own work the visit is.
    assert_eq!(
        level_of(
            "Đồng chí Hà Văn Lộc, Ủy viên Trung ương Đảng, Chủ tịch Liên minh HTX Việt Nam thăm và làm việc tại tỉnh ta\n\
Trong 2 ngày 14 và 15-5, đoàn công tác do đồng chí Hà Văn Lộc dẫn đầu đã làm việc tại tỉnh Bắc Kạn. \
Tiếp đoàn có đồng chí Lê Thị Mai, Phó Chủ tịch UBND tỉnh.\n"
        ),
        Some(Level::Central)
    );
    assert_eq!(
        level_of(
            "Ông Trần Quốc Bảo, Thứ trưởng Bộ Nông nghiệp và Môi trường, kiểm tra công tác phòng chống hạn mặn tại Bến Tre\n\
Sáng 3/3, đoàn công tác của Bộ do ông Trần Quốc Bảo dẫn đầu đã kiểm tra các cống ngăn mặn.\n"
        ),
        Some(Level::Central)
    );
    // A membership of the Central Committee earlier in the chain does not
    // make a provincial secretary's visit central.
    assert_eq!(
        level_of(
            "Đồng chí Hà Văn Lộc, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy thăm và làm việc tại huyện Ba Bể\n\
Sáng 9/4, đồng chí Hà Văn Lộc đã thăm và làm việc tại huyện Ba Bể, tỉnh Bắc Kạn.\n"
        ),
        Some(Level::Provincial)
    );
    // A central guest who attends a province's congress is its guest.
    assert_eq!(
        level_of(
            "Đồng chí Hà Văn Lộc, Chủ tịch Liên minh HTX Việt Nam dự Đại hội Liên minh HTX tỉnh Bắc Kạn\n\
Sáng 9/4, Liên minh HTX tỉnh Bắc Kạn tổ chức Đại hội đại biểu lần thứ V.\n"
        ),
        Some(Level::Provincial)
    );
}

#[test]
fn forecasts_of_heavy_rain_and_monsoon_have_no_level() {
    // The forecast centre is a state body, but a forecast is no event it
    // holds: the rain and the wind are the news.
    for head in [
        "Bắc Bộ và Thanh Hóa tiếp tục mưa to, đề phòng lũ quét",
        "Gió mùa Đông Bắc tràn về, vùng núi rét dưới 10 độ",
        "Chiều tối nay Nam Bộ có mưa dông diện rộng",
    ] {
        assert_eq!(
            lvl(head, "… tỉnh Lạng Sơn … tỉnh Cao Bằng …"),
            None,
            "{head}"
        );
    }
    // A province's own relief after the rain is its event.
    assert_eq!(
        lvl("UBND tỉnh Yên Bái chỉ đạo khắc phục hậu quả mưa to", ""),
        Some(Level::Provincial)
    );
}

#[test]
fn listed_units_and_memberships_do_not_name_the_organizer() {
    let lead = "sáng 22/12, các đồng chí: lê văn an, ủy viên ban chấp hành trung ương đảng, bí thư tỉnh ủy; \
        đại diện lãnh đạo các sở, ngành của tỉnh và các huyện, thị xã, thành phố đã đến chúc mừng";
    assert_eq!(level(&[lead], &[], "", None), Some(Level::Provincial));
    assert_eq!(
        lvl(
            "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Lê Văn An làm việc với các xã",
            ""
        ),
        Some(Level::Provincial)
    );
    // "cơ sở" is the grassroots, "xã giao" a courtesy.
    assert_eq!(levels_in("hội thi cấp cơ sở", "", None), vec![]);
    assert_eq!(
        levels_in("chủ tịch quốc hội chào xã giao", "", None),
        vec![Level::Central]
    );
}

#[test]
fn words_a_slogan_glues_with_a_hyphen_name_no_unit() {
    // "Thành-Đoàn" across a hyphen is two words of a motto, no city's
    // youth union; a unit's name is written apart.
    let lead = "phát huy phương châm “kỷ cương-trung thành-đoàn kết-nghĩa tình”, hội cựu \
        chiến binh huyện tam dương biểu dương 40 hội viên năm 2030.";
    assert_eq!(levels_in(lead, "", None), vec![Level::District]);
    assert_eq!(
        levels_in("thành đoàn cần thơ phát động tháng thanh niên", "", None),
        vec![Level::Provincial]
    );
    assert_eq!(level(&[lead], &[], "", None), Some(Level::District));
}

#[test]
fn an_opening_citing_a_document_runs_to_the_day_it_was_issued() {
    // The commas of the document's subject cut no opening: the body after
    // the day of issue acts.
    let lead = "tại thông báo số 45-tb/bcđ về việc rà soát trụ sở, xe công vụ và đầu mối \
        của các hội, tổ chức thuộc khối đoàn thể ngày 8/5/2031, ban chỉ đạo tây nguyên \
        yêu cầu các tỉnh gửi số liệu trước ngày 30/6.";
    assert_eq!(level(&[lead], &[], "", None), Some(Level::Central));
    assert!(super::organizer::ISSUED_ON.compiled());
    // "tổ chức" in the document's subject is a noun, no verb of the body.
    assert_eq!(
        super::organizer::organizer(lead),
        Some("ban chỉ đạo tây nguyên")
    );
    let lead = "theo kế hoạch số 77-kh/tu về kiện toàn bộ máy, biên chế, trụ sở các hội \
        quần chúng ngày 2/3/2031, thường trực huyện ủy yên thành giao ban tổ chức chủ trì.";
    assert_eq!(level(&[lead], &[], "", None), Some(Level::District));
}

#[test]
fn wards_named_one_by_one_after_các_organize_as_wards() {
    let lead = "chiều 10-4, ủy ban mttq việt nam các xã tân định, đa kao và bến nghé phối hợp \
        tổ chức hội nghị lấy ý kiến nhân dân về dự thảo nghị quyết.";
    assert_eq!(level(&[lead], &[], "", None), Some(Level::Commune));
    // Communes of a kind, or all of them, are no named unit.
    assert!(!levels_in("các xã biên giới, hải đảo", "", None).contains(&Level::Commune));
    assert!(!levels_in("các xã, phường trong tỉnh", "", None).contains(&Level::Commune));
}

#[test]
fn society_and_courtesy_name_no_commune_in_an_organizer() {
    // "chính trị - xã hội" closes the Front's list of bodies: "xã hội" is
    // society, not a commune named "Hội".
    let head = "phát huy vai trò giám sát của mặt trận";
    for lead in [
        "theo ban dân vận tỉnh ủy, mặt trận các cấp trong tỉnh thường xuyên lắng nghe ý kiến cử tri. \
        mttq và các tổ chức chính trị - xã hội đã thực hiện nhiều cuộc giám sát.",
        "theo ban dân vận tỉnh ủy, mttq trong tỉnh thường xuyên đổi mới phương thức vận động. \
        mttq và các tổ chức chính trị - xã hội đã thực hiện nhiều cuộc giám sát.",
        "mttq và các tổ chức chính trị - xã hội trong tỉnh đã thực hiện nhiều cuộc giám sát.",
    ] {
        assert_eq!(level(&[head, lead], &[], "", None), Some(Level::Provincial), "{lead}");
    }
    assert_eq!(super::organizer::unit_level("xã hội", false), None);
    assert_eq!(super::organizer::unit_level("xã giao", false), None);
    assert_eq!(
        super::organizer::unit_level("xã hội an", false),
        Some(Level::Commune)
    );
}

#[test]
fn the_national_assembly_written_short_is_central() {
    assert_eq!(
        levels_in("phó chủ tịch qh hà văn tâm trao huân chương", "", None),
        vec![Level::Central]
    );
    assert_eq!(
        levels_in("phiên họp thứ 12 của ubtvqh", "", None),
        vec![Level::Central]
    );
    // Deputies are no organ acting.
    assert_eq!(
        levels_in("các vị đại biểu qh tiếp xúc cử tri", "", None),
        vec![]
    );
}

#[test]
fn the_organizer_is_read_past_sources_links_and_delegation_leaders() {
    // "X cho biết, …": X reports, the one named after acts.
    let lead = "ngày 27-12, công an tỉnh a cho biết, sáng cùng ngày, bộ trưởng bộ công an trao quyết định thăng cấp bậc hàm";
    assert_eq!(level(&[lead], &[], "", None), Some(Level::Central));
    // "Theo đó, …" links the lead to the headline.
    let lead = "theo đó, bộ trưởng bộ nội vụ giao ông lê văn an phụ trách sở nội vụ tỉnh";
    assert_eq!(level(&[lead], &[], "", None), Some(Level::Central));
    // A delegation's level is its leader's, and "do X dẫn đầu" names no organizer.
    let lead = "chiều 3/9, đoàn công tác do đồng chí lê văn an, phó bí thư thường trực tỉnh ủy dẫn đầu đã đến thăm chùa an lạc, phường 2";
    assert_eq!(level(&[lead], &[], "", None), Some(Level::Provincial));
    let heads = [
        "chủ tịch ubnd tỉnh tiếp đoàn đại biểu thành phố kết nghĩa",
        "sáng 8/11, đoàn đại biểu thành phố kết nghĩa do thị trưởng thành phố làm trưởng đoàn đã đến thăm tỉnh",
    ];
    assert_eq!(level(&heads, &[], "tỉnh", None), Some(Level::Provincial));
    // A front committee without a unit is the central one.
    let lead = "ủy ban mttq việt nam phối hợp tổ chức lễ trao nhà đại đoàn kết";
    assert_eq!(level(&[lead], &[], "", None), Some(Level::Central));
}

#[test]
fn the_leads_organizer_beats_the_headlines_place_kicker() {
    let heads = [
        "tiên yên: trao nhà đại đoàn kết cho hộ nghèo",
        "ngày 13/8, ủy ban mttq việt nam xã đông ngũ (huyện tiên yên, tỉnh quảng ninh) đã trao nhà đại đoàn kết",
    ];
    assert_eq!(level(&heads, &[], "", None), Some(Level::Commune));
    let heads = [
        "tiên yên: trao nhà đại đoàn kết cho hộ nghèo",
        "đến nay, toàn huyện đã hoàn thành 30 căn nhà",
    ];
    assert_eq!(level(&heads, &[], "", None), Some(Level::District));
    // A guest from above does not raise a commune front's congress.
    let heads = [
        "khơi dậy sức dân ở vùng ven",
        "ủy ban mttq việt nam xã đông ngũ khóa i, nhiệm kỳ 2025 - 2030 ra mắt đại hội",
    ];
    let guest = Mention {
        name: "Lê Thị Bình".into(),
        titles: vec!["Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh".into()],
        ..Mention::default()
    };
    assert_eq!(
        level(&heads, &[guest], "", Date::new(2025, 10, 2)),
        Some(Level::Commune)
    );
    // Talking and receiving words inside other words are no verbs.
    assert_eq!(
        org_verb("cán bộ trực tiếp làm công tác, trao đổi kinh nghiệm"),
        None
    );
}

#[test]
fn a_feature_reports_no_event_and_has_its_subjects_level_or_none() {
    // No event and nobody named: no level, whatever places it lists.
    let heads = [
        "người giữ lửa ở những buôn làng vùng cao",
        "vùng cao gồm năm tỉnh với hàng trăm buôn làng. trên 800 thôn, bản toàn vùng thì đã có già làng",
    ];
    assert_eq!(
        level(&heads, &[], "tỉnh Lâm Đồng, huyện Lạc Dương", None),
        None
    );
    // A portrait of an official has that official's level.
    let subject = Mention {
        name: "Lò Văn Sáu".into(),
        titles: vec!["Bí thư Chi bộ thôn Nà Hát".into()],
        ..Mention::default()
    };
    let heads = ["người bí thư chi bộ đi trước, làm trước"];
    assert_eq!(level(&heads, &[subject], "", None), Some(Level::Commune));
    // A feature about a party or state body is about what that body does.
    let heads = ["40 năm đảng bộ và nhân dân thành phố thực hiện di chúc của bác"];
    assert_eq!(
        level(&heads, &[], "Thành ủy, Thành ủy, tỉnh", None),
        Some(Level::Provincial)
    );
    // The organizer is in the verb's own sentence.
    assert_eq!(last_sentence_start("tp. hồ chí minh có 22 quận"), None);
    assert_eq!(
        last_sentence_start("cư trú. ban dân vận"),
        Some("cư trú. ".len())
    );
}

#[test]
fn a_portrait_of_a_highland_villages_elder_or_head_is_the_communes() {
    let elder = Mention {
        name: "Rơ Châm Hlun".into(),
        titles: vec!["Già làng".into()],
        ..Mention::default()
    };
    let heads = ["người thợ chỉnh chiêng cao tuổi nhất của làng"];
    assert_eq!(level(&heads, &[elder], "", None), Some(Level::Commune));
    let head = Mention {
        name: "Đinh Văn Blưk".into(),
        titles: vec!["Trưởng làng Kon Brôk".into()],
        ..Mention::default()
    };
    let heads = ["bốn mươi năm giữ rừng đầu nguồn"];
    assert_eq!(level(&heads, &[head], "", None), Some(Level::Commune));
    // The elders in general are no one's post and name no level.
    assert!(levels_in("lời kể của già làng ở vùng biên về mùa rẫy mới", "", None).is_empty());
}

#[test]
fn a_post_held_only_in_a_commune_or_its_villages_is_the_communes() {
    // A village's police officer or head, or a commune's militia chief,
    // named with no place: the post exists in a commune only.
    let officer = Mention {
        name: "Lường Văn Pản".into(),
        titles: vec!["Công an viên".into()],
        ..Mention::default()
    };
    let heads = ["mỗi tối một lượt đi tuần quanh bản"];
    assert_eq!(level(&heads, &[officer], "", None), Some(Level::Commune));
    let chief = Mention {
        name: "Hà Văn Thịnh".into(),
        titles: vec!["Xã đội trưởng".into()],
        ..Mention::default()
    };
    let heads = ["mười năm cùng dân quân giữ đồi thông"];
    assert_eq!(level(&heads, &[chief], "", None), Some(Level::Commune));
    // A head of a provincial board is no village head.
    let head = Mention {
        name: "Đỗ Văn Khải".into(),
        titles: vec!["Trưởng Ban Dân vận Tỉnh ủy".into()],
        ..Mention::default()
    };
    let heads = ["ba mươi năm gắn bó với công tác dân vận"];
    assert_ne!(level(&heads, &[head], "", None), Some(Level::Commune));
}

#[test]
fn a_purpose_clause_before_the_organizer_is_passed_over() {
    let heads = [
        "quảng ninh: sôi nổi hội thi nông dân giỏi",
        "nhằm tạo khí thế ra quân sản xuất vụ xuân 2024, chiều ngày 10/1, hội nông dân huyện tiên yên (tỉnh quảng ninh) đã tổ chức hội thi",
    ];
    assert_eq!(level(&heads, &[], "", None), Some(Level::District));
    assert!(no_level_news("miền bắc sắp rét đậm, rét hại"));
}

#[test]
fn a_unit_attending_an_event_is_not_its_organizer() {
    assert_eq!(
        lvl("Huyện ủy Yên Sơn tham dự hội nghị báo cáo viên tháng 5", ""),
        Some(Level::Provincial)
    );
    assert_eq!(
        lvl("Đảng ủy xã Tân Lập dự hội nghị trực tuyến toàn quốc", ""),
        Some(Level::Central)
    );
    assert_eq!(
        lvl("Xã Tân Lập dự lễ ra quân của huyện", ""),
        Some(Level::District)
    );
    let after_reform = level(
        &["đảng ủy xã tân lập dự hội nghị quán triệt nghị quyết"],
        &[],
        "",
        Date::new(2025, 9, 3),
    );
    assert_eq!(after_reform, Some(Level::Provincial));
    // A draft or a project is no event attended.
    assert_eq!(
        lvl("Đảng ủy xã Tân Lập tổ chức lấy ý kiến dự thảo văn kiện", ""),
        Some(Level::Commune)
    );
}

#[test]
fn the_event_a_leader_attends_holds_the_level() {
    let head = "khai thác tiềm năng của đặc khu phú quý";
    let lead =
        "cùng đi với bí thư tỉnh ủy đến dự đại hội đảng bộ đặc khu phú quý, có chủ tịch ubnd tỉnh.";
    assert_eq!(
        level(&[head, lead], &[], "", Date::new(2025, 9, 3)),
        Some(Level::Commune)
    );
    assert_eq!(
        lvl("Bí thư Tỉnh ủy dự đại hội Đảng bộ xã Tân Lập", ""),
        Some(Level::Commune)
    );
}

#[test]
fn academies_and_ministries_written_short_are_central_bodies() {
    assert_eq!(
        lvl(
            "Học viện Chính trị quốc gia Hồ Chí Minh tổ chức hội thảo khoa học",
            ""
        ),
        Some(Level::Central)
    );
    assert_eq!(
        lvl("Bộ NN&PTNT phối hợp triển khai chương trình", ""),
        Some(Level::Central)
    );
    assert_eq!(
        lvl(
            "Chiều 2/6, Cục Văn hóa cơ sở, Bộ VHTTDL tổ chức tập huấn",
            ""
        ),
        Some(Level::Central)
    );
    // A short word after "bộ" that names no ministry is no central body.
    assert_eq!(
        lvl("Chi bộ thôn Đông tổ chức sinh hoạt chuyên đề", ""),
        Some(Level::Commune)
    );
}

#[test]
fn a_unions_branch_in_a_village_is_the_communes_level() {
    // The guest from the district does not lift a branch's congress.
    let head = "chi hội nông dân ấp 3 tổ chức đại hội nhiệm kỳ 2023 - 2028";
    let lead = "đến dự có bà trần thị mận, phó chủ tịch hội nông dân huyện.";
    assert_eq!(level(&[head, lead], &[], "", None), Some(Level::Commune));
    assert_eq!(
        lvl(
            "Chi hội Cựu chiến binh thôn Nà Mò ra mắt mô hình tự quản",
            ""
        ),
        Some(Level::Commune)
    );
    assert_eq!(
        lvl("Chi đoàn bản Huổi Một ra quân làm đường giao thông", ""),
        Some(Level::Commune)
    );
}

#[test]
fn a_leader_attending_is_a_guest_and_the_village_that_hosts_holds_the_level() {
    let head = "lãnh đạo đảng, nhà nước dự ngày hội đại đoàn kết ở các địa phương";
    let lead = "(vtv) - phó chủ tịch nước trần văn an tham dự ngày hội đại đoàn kết toàn dân tộc tổ chức sáng 14/11 tại thôn đông, xã tân lập, huyện yên sơn.";
    assert_eq!(level(&[head, lead], &[], "", None), Some(Level::Commune));
    // Where no village hosts it, the leader's own rank says nothing: the
    // lead names the province that holds the ceremony.
    let head = "chủ tịch nước dự lễ kỷ niệm 120 năm ngày sinh đồng chí lê văn bình";
    let lead = "trong không khí chào mừng 80 năm cách mạng tháng tám, tối 20/8, tại thành phố cao lãnh, tỉnh đồng tháp long trọng tổ chức lễ kỷ niệm.";
    assert_ne!(level(&[head, lead], &[], "", None), Some(Level::Central));
}

#[test]
fn the_great_unity_festival_a_leader_attends_in_a_district_is_a_residential_areas() {
    // The festival is each residential area's own: the district a
    // headline places it in only says where that area lies.
    let head = "phó bí thư tỉnh ủy về dự và cùng bà con mừng ngày hội đại đoàn kết toàn dân tộc tại huyện an khánh";
    assert_eq!(level(&[head], &[], "", None), Some(Level::Commune));
    // Another event a leader attends there is still the district's.
    let head = "bí thư tỉnh ủy dự lễ giao nhận quân tại huyện an khánh";
    assert_eq!(level(&[head], &[], "", None), Some(Level::District));
}

#[test]
fn a_numbered_residential_area_hosts_what_a_leader_attends() {
    let date = Date::new(2025, 11, 5);
    let head =
        "đồng chí lê văn an dự ngày hội đại đoàn kết toàn dân tộc tại khu 7, phường hòa bình";
    assert_eq!(level(&[head], &[], "", date), Some(Level::Commune));
    let head = "đồng chí lê văn an dự ngày hội đại đoàn kết tại khu dân cư số 3, xã an phú";
    assert_eq!(level(&[head], &[], "", date), Some(Level::Commune));
    // An industrial zone is no residential area: it hosts nothing here.
    let head = "đồng chí lê văn an dự lễ khởi công tại khu công nghiệp phú hà";
    assert_ne!(level(&[head], &[], "", date), Some(Level::Commune));
}

#[test]
fn a_lower_unit_named_after_a_higher_one_with_its_name_joins_it() {
    // "tỉnh A và huyện B", "tỉnh A, huyện B": two parties, the higher
    // leads the delegation.
    assert_eq!(
        lvl(
            "Lãnh đạo tỉnh Hậu Giang và huyện Phụng Hiệp thăm chùa Kompông",
            ""
        ),
        Some(Level::Provincial)
    );
    assert_eq!(
        lvl(
            "Đoàn công tác tỉnh Kon Tum, huyện Sa Thầy tặng quà già làng",
            ""
        ),
        Some(Level::Provincial)
    );
    assert_eq!(
        levels_in("lãnh đạo huyện cư jút và xã ea pô", "", None),
        vec![Level::District]
    );
    // An address runs from the lower unit up: the lower one holds it.
    assert_eq!(
        levels_in("ban chỉ huy quân sự xã ia kriêng, huyện đức cơ", "", None),
        vec![Level::Commune, Level::District]
    );
    assert_eq!(
        lvl(
            "Hội Nông dân xã Ea Tóh, huyện Krông Năng tổ chức hội thi",
            ""
        ),
        Some(Level::Commune)
    );
}

#[test]
fn joint_units_short_districts_and_bare_units_with_their_event() {
    // "huyện, xã" side by side: one joint delegation, led by the district.
    assert_eq!(
        lvl(
            "Sáng ngày 5/2 đoàn cán bộ huyện, xã đã đến thăm các gia đình",
            ""
        ),
        Some(Level::District)
    );
    assert_eq!(
        levels_in("cán bộ tỉnh và huyện", "", None),
        vec![Level::Provincial]
    );
    assert_eq!(
        levels_in("đảng ủy xã a, huyện b", "", None),
        vec![Level::Commune, Level::District]
    );
    // "Q.3", "Q.Tân Bình" are districts, "P.7" a ward.
    assert_eq!(
        lvl("Đảng bộ Q.3 (TP.HCM) tổ chức đại hội", ""),
        Some(Level::District)
    );
    assert_eq!(
        lvl("Chiều 2/3, UBND P.7 tổ chức đối thoại", ""),
        Some(Level::Commune)
    );
    // A bare unit's name before an event of a lower unit: the ward's.
    assert_eq!(
        lvl(
            "Tân Bình tổ chức Đại hội MTTQ Việt Nam phường lần thứ I",
            ""
        ),
        Some(Level::Commune)
    );
    // A department of a ministry, not a local branch.
    assert_eq!(
        lvl("Cục Trồng trọt tổ chức hội nghị", ""),
        Some(Level::Central)
    );
    assert_eq!(
        lvl("Chi cục Thuế huyện A tổ chức hội nghị", ""),
        Some(Level::District)
    );
}

#[test]
fn the_body_a_lead_names_as_its_source_reports_it() {
    let heads = [
        "hơn 300 mô hình dân vận khéo phát huy hiệu quả",
        "theo ban dân vận huyện ủy yên thế, toàn huyện hiện có 312 mô hình.",
    ];
    assert_eq!(level(&heads, &[], "", None), Some(Level::District));
    assert!(no_level_news(
        "thiệt hại do mưa bão gây ra ở thôn a khoảng 3 tỷ đồng"
    ));
}

#[test]
fn a_time_and_a_venue_with_no_comma_are_passed_over() {
    assert_eq!(
        lvl(
            "Sáng 12/3 tại hội trường UBND huyện, Đảng ủy xã Tân Lập tổ chức hội nghị",
            ""
        ),
        Some(Level::Commune)
    );
}

#[test]
fn bodies_named_by_their_province_departments_and_owners() {
    assert_eq!(
        lvl("Đảng ủy Quân sự Quảng Trị vừa công bố danh sách", ""),
        Some(Level::Provincial)
    );
    // A person's name that ends like a province is no body.
    assert_eq!(lvl("Ông Nguyễn Văn Long An vừa nghỉ hưu", ""), None);
    assert_eq!(
        lvl("Vụ Địa phương I tổ chức tập huấn", ""),
        Some(Level::Central)
    );
    assert_eq!(
        lvl(
            "Lịch tiếp công dân của Chủ tịch UBND xã Tân Lập năm 2025",
            ""
        ),
        Some(Level::Commune)
    );
}

#[test]
fn a_standing_committee_attending_is_a_body_not_a_guest() {
    assert_eq!(
        lvl("Thường trực Huyện ủy Yên Sơn dự hội nghị báo cáo viên", ""),
        Some(Level::Provincial)
    );
}

fn lead(head: &str, lead: &str, date: Option<Date>) -> Option<Level> {
    level(
        &[&head.to_lowercase(), &lead.to_lowercase()],
        &[],
        &format!("{head}\n\n{lead}"),
        date,
    )
}

#[test]
fn an_opening_clause_is_passed_over_to_the_body_that_acts() {
    assert_eq!(
        lvl(
            "Sau khi chỉ đạo đại hội điểm ở huyện Yên Thế, Hội Cựu chiến binh tỉnh tổ chức hội nghị rút kinh nghiệm",
            ""
        ),
        Some(Level::Provincial)
    );
    assert_eq!(
        lead(
            "Ngày hội ấm tình làng xóm",
            "Nhân dịp kỷ niệm Ngày truyền thống MTTQ Việt Nam 18/11. Tối 16/11, các thôn của xã Hòa Bình đã tổ chức ngày hội.",
            None
        ),
        Some(Level::Commune)
    );
    assert!(super::bodies::opens_clause(
        "thực hiện kế hoạch số 12, ban dân vận huyện ủy"
    ));
    assert!(!super::bodies::opens_clause("thực hành tiết kiệm"));
}

#[test]
fn a_tier_of_units_is_no_body_and_its_progress_is_the_level_above() {
    assert!(levels_in("đại hội mttq cấp xã", "", None).is_empty());
    assert_eq!(
        lvl(
            "Hoàn thành đại hội hội cựu chiến binh cấp huyện trước tháng 6",
            ""
        ),
        Some(Level::Provincial)
    );
    assert_eq!(
        lvl("Hội nghị sơ kết sắp xếp đơn vị hành chính cấp xã", ""),
        Some(Level::District)
    );
    let after = Date::new(2025, 9, 3);
    assert_eq!(
        level(
            &["tập huấn chuyển đổi số cho cán bộ cấp xã"],
            &[],
            "",
            after
        ),
        Some(Level::Provincial)
    );
    // "các cấp thành phố Hà Nội" names the city, not a tier.
    assert_eq!(
        lvl("Mặt trận các cấp TP Hà Nội trao nhà đại đoàn kết", ""),
        Some(Level::Provincial)
    );
}

#[test]
fn national_organisations_named_viet_nam_are_central() {
    assert_eq!(
        lvl(
            "Đại hội thi đua của Hội Cựu chiến binh Việt Nam vừa khai mạc",
            ""
        ),
        Some(Level::Central)
    );
    assert_eq!(
        lvl("Giáo hội Phật giáo Việt Nam tổ chức đại lễ tại Hà Nội", ""),
        Some(Level::Central)
    );
    assert_eq!(
        lvl(
            "Đảng đoàn Hội Nông dân Việt Nam tỉnh Bắc Giang tổ chức hội nghị",
            ""
        ),
        Some(Level::Provincial)
    );
    // The country in a name is no organisation.
    assert!(levels_in("hạt gạo việt nam", "", None).is_empty());
}

#[test]
fn of_several_co_organisers_the_first_named_leads() {
    assert_eq!(
        lvl(
            "Sáng 5/4, Trung ương Hội LHPN Việt Nam, Hội LHPN tỉnh và một doanh nghiệp phối hợp tổ chức hội thảo",
            ""
        ),
        Some(Level::Central)
    );
    assert_eq!(
        lvl(
            "Hội LHPN tỉnh phối hợp với Hội LHPN huyện Tân Kỳ tổ chức lễ ra mắt mô hình",
            ""
        ),
        Some(Level::Provincial)
    );
    // A unit after the body is its address.
    assert_eq!(
        lvl(
            "Ban Dân vận Huyện ủy Tân Kỳ, tỉnh Nghệ An tổ chức hội nghị",
            ""
        ),
        Some(Level::District)
    );
    assert_eq!(
        lvl("Đảng ủy, HĐND, UBND xã Tân Hà tổ chức gặp mặt", ""),
        Some(Level::Commune)
    );
}

#[test]
fn a_programme_launched_elsewhere_is_not_the_events_organizer() {
    assert_eq!(
        lead(
            "Ra mắt câu lạc bộ nông dân làm giàu",
            "Ngày 2/3, Hội Nông dân huyện Yên Thành tổ chức ra mắt câu lạc bộ. Đây là mô hình do Trung ương Hội Nông dân Việt Nam phát động.",
            None
        ),
        Some(Level::District)
    );
    assert_eq!(
        lead(
            "Hội nghị tập huấn công tác dân vận",
            "Sáng 9/5, tại xã Tân Hà đã diễn ra hội nghị tập huấn. Hội nghị do Ban Dân vận Huyện ủy tổ chức.",
            None
        ),
        Some(Level::District)
    );
}

#[test]
fn floods_with_dead_and_missing_have_no_level() {
    assert_eq!(lvl("Mưa lũ làm 5 người chết ở vùng núi", ""), None);
    assert_eq!(lvl("Hai người mất tích khi đi rừng", ""), None);
}

#[test]
fn a_national_body_whose_day_is_marked_is_named_not_acting() {
    assert!(levels_in("kỷ niệm ngày truyền thống mttq việt nam", "", None).is_empty());
    assert!(levels_in("95 năm ngày thành lập hội nông dân việt nam", "", None).is_empty());
    assert_eq!(
        levels_in("ủy ban trung ương mttq việt nam", "", None),
        vec![Level::Central, Level::Central]
    );
}

#[test]
fn a_citation_of_legal_bases_names_no_organizer() {
    let heads = [
        "lịch tiếp công dân của chủ tịch ubnd xã tân hà năm 2026",
        "căn cứ luật tiếp công dân năm 2013;",
        "căn cứ nghị định số 64/2014/nđ-cp của chính phủ quy định chi tiết thi hành luật tiếp công dân;",
    ];
    assert_eq!(level(&heads, &[], "", None), Some(Level::Commune));
}

#[test]
fn a_village_and_its_front_committee_hold_the_communes_level() {
    assert_eq!(
        lvl(
            "Thực hiện kế hoạch của Ủy ban MTTQ xã về việc tổ chức ngày hội; sáng 8/11, Ban công tác Mặt trận khu dân cư thôn Đồng Tâm đã tổ chức ngày hội",
            ""
        ),
        Some(Level::Commune)
    );
    assert_eq!(
        lvl("Thôn Đồng Tâm tổ chức ngày hội", ""),
        Some(Level::Commune)
    );
    assert!(levels_in("bản sắc văn hóa", "", None).is_empty());
    assert_eq!(
        lvl("Sóc Trăng tổ chức hội nghị", ""),
        Some(Level::Provincial)
    );
}

#[test]
fn a_provinces_tally_of_festivals_is_not_held_at_a_town() {
    // A province's tally that lists its towns after the festival: "thị
    // xã" is a district's peer, no commune venue.
    let lead = "theo ban dân vận tỉnh ủy hà giang, năm 2012, 1.870 khu dân cư của tỉnh đã mở ngày hội đại đoàn kết, cấp 860 triệu đồng giúp các huyện, thị xã dựng 150 căn nhà tình nghĩa.";
    assert_eq!(level(&[lead], &[], lead, None), Some(Level::Provincial));
    // A festival at one ward of a town is still that ward's.
    let lead = "tối 15/11, ngày hội đại đoàn kết năm 2014 diễn ra tại tổ dân phố 3, phường an bình, thị xã sông cầu.";
    assert_eq!(level(&[lead], &[], lead, None), Some(Level::Commune));
}

#[test]
fn an_occasion_before_the_organizer_and_national_bodies() {
    let lead = "nhân dịp kỷ niệm 93 năm ngày truyền thống mttq việt nam 18/11. chiều 17/11, các ấp trên địa bàn xã an hòa đã tổ chức ngày hội đại đoàn kết toàn dân tộc.";
    let heads = ["rộn ràng ngày hội đại đoàn kết", lead];
    assert_eq!(level(&heads, &[], lead, None), Some(Level::Commune));
    let lead = "sáng 26/5, tại chùa quán sứ (hà nội), hội đồng trị sự giáo hội phật giáo việt nam đã tổ chức đại lễ phật đản.";
    let heads = ["thông điệp đại lễ phật đản", lead];
    assert_eq!(level(&heads, &[], lead, None), Some(Level::Central));
    assert_eq!(
        lvl(
            "Hội Cựu chiến binh Việt Nam tỉnh An Giang tổ chức hội nghị",
            ""
        ),
        Some(Level::Provincial)
    );
}

#[test]
fn deaths_in_floods_have_no_level() {
    assert_eq!(
        lvl(
            "5 người chết vì mưa lũ ở miền núi",
            "Ông A, Chủ tịch UBND xã B cho biết."
        ),
        None
    );
    assert_eq!(
        lvl(
            "Bí thư Tỉnh ủy kiểm tra khắc phục hậu quả mưa lũ tại xã A",
            ""
        ),
        Some(Level::Provincial)
    );
}

#[test]
fn a_notice_citing_laws_is_issued_by_its_own_body() {
    let lead = "căn cứ luật tiếp công dân số 42/2013/qh13 ngày 25/11/2013; căn cứ nghị định số 64/2014/nđ-cp của chính phủ quy định chi tiết thi hành luật tiếp công dân; ủy ban nhân dân xã an hòa thông báo lịch tiếp công dân năm 2025 như sau:";
    let heads = [
        "lịch tiếp công dân của chủ tịch ubnd xã an hòa năm 2025",
        lead,
    ];
    assert_eq!(level(&heads, &[], lead, None), Some(Level::Commune));
}

#[test]
fn citations_in_paragraphs_of_their_own_are_no_lead() {
    let heads = [
        "lịch tiếp công dân của chủ tịch ubnd xã an hòa năm 2025",
        "căn cứ luật tiếp công dân số 42/2013/qh13;",
        "căn cứ nghị định số 64/2014/nđ-cp của chính phủ quy định chi tiết thi hành luật tiếp công dân;",
        "ủy ban nhân dân xã an hòa thông báo lịch tiếp công dân năm 2025 như sau:",
    ];
    assert_eq!(level(&heads, &[], heads[3], None), Some(Level::Commune));
}

#[test]
fn the_national_bodies_of_the_churches_are_central() {
    for org in [
        "Hội đồng Giám mục Việt Nam tổ chức hội nghị thường niên",
        "Hội thánh Tin lành Việt Nam tổ chức lễ kỷ niệm",
        "Ủy ban Đoàn kết Công giáo Việt Nam tổ chức đại hội",
    ] {
        assert_eq!(lvl(org, ""), Some(Level::Central), "{org}");
    }
}

#[test]
fn a_roundup_of_a_tier_in_a_province_is_the_provinces() {
    // The units listed after a tier are its members, no one body.
    assert_eq!(
        lead(
            "Hoàn thành đại hội Hội Cựu chiến binh cấp huyện",
            "Đến nay, 100% Hội Cựu chiến binh cấp huyện, thị xã, thành phố trên địa bàn tỉnh Hà Nam đã tổ chức xong đại hội nhiệm kỳ 2022 - 2027.",
            None
        ),
        Some(Level::Provincial)
    );
    // "94 xã, phường" counts units, "Phường 3" names one.
    assert_eq!(
        lead(
            "Đại hội MTTQ Việt Nam cấp xã sẽ hoàn thành ngày 4-10",
            "Theo đó, đại hội của 94 xã, phường trong tỉnh diễn ra từ ngày 18-9 đến 4-10.",
            Date::new(2025, 9, 10)
        ),
        Some(Level::Provincial)
    );
    assert_eq!(
        lvl("Phường 3 ra mắt mô hình dân vận khéo", ""),
        Some(Level::Commune)
    );
    // "khu 4 xã A", "khu dân cư số 7 phường B": the number names a
    // village of the commune, it counts no communes.
    assert_eq!(
        lvl(
            "Nhân dân khu 4 xã Tân Mỹ tổ chức Ngày hội Đại đoàn kết toàn dân tộc",
            ""
        ),
        Some(Level::Commune)
    );
    assert_eq!(
        lvl(
            "Ban Công tác Mặt trận khu dân cư số 7 phường Mỹ Hòa Đông ra mắt tổ tự quản",
            ""
        ),
        Some(Level::Commune)
    );
    // A comma after the village's number ("khu dân cư số 12, phường A")
    // still sets the ward after the village it holds: nothing is counted.
    assert_eq!(
        lvl(
            "Khu dân cư số 12, phường Hòa Thuận ra mắt mô hình camera an ninh",
            ""
        ),
        Some(Level::Commune)
    );
    assert_eq!(
        lvl(
            "Tối 14/11, tổ dân cư số 5, thị trấn Yên Lạc khai mạc hội diễn văn nghệ",
            ""
        ),
        Some(Level::Commune)
    );
    // A guest from the centre leaves the village its festival.
    assert_eq!(
        lead(
            "Sôi nổi ngày hội ở Hòa Thuận",
            "Tối 16/11, khu dân cư số 9, phường Hòa Thuận khai mạc Ngày hội Đại đoàn kết; Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Lâm Văn Đức đến chung vui.",
            None
        ),
        Some(Level::Commune)
    );
    assert_eq!(lvl("Thực hiện tốt 100% số xã, phường đạt chuẩn", ""), None);
    // "100% số xã, phường" counts units; a share is no time.
    assert_eq!(
        lead(
            "Quảng Bình: 100% số huyện, thị xã đã hoàn thành đại hội Hội Phụ nữ",
            "Tính đến cuối tháng 5, các cấp hội phụ nữ đã hoàn thành kế hoạch đề ra.",
            None
        ),
        Some(Level::Provincial)
    );
    // A share in percent with no "số" counts them too.
    assert_eq!(
        lead(
            "Quảng Nam: 100% huyện ký quy chế phối hợp với Hội Cựu chiến binh",
            "Các bản quy chế nêu rõ trách nhiệm của mỗi bên.",
            None
        ),
        Some(Level::Provincial)
    );
}

#[test]
fn a_prime_ministers_directive_and_a_ministrys_figures_are_central() {
    assert_eq!(
        lead(
            "Đôn đốc các nhiệm vụ trọng tâm sau kỳ nghỉ Tết",
            "Thủ tướng Chính phủ vừa ký ban hành Chỉ thị số 05/CT-TTg yêu cầu các bộ, ngành, địa phương khẩn trương bắt tay vào công việc.",
            None
        ),
        Some(Level::Central)
    );
    assert_eq!(
        lead(
            "Số ca sốt xuất huyết tiếp tục tăng",
            "Theo Bộ Y tế, trong tuần qua cả nước ghi nhận hơn 4.000 ca mắc mới.",
            None
        ),
        Some(Level::Central)
    );
}

#[test]
fn deputies_of_the_national_assembly_are_no_organ_their_delegation_is_the_provinces() {
    assert_eq!(
        lead(
            "Các đại biểu Quốc hội chuẩn bị tiếp xúc cử tri trước kỳ họp",
            "Đoàn đại biểu Quốc hội tỉnh vừa ban hành kế hoạch tiếp xúc cử tri tại các huyện.",
            None
        ),
        Some(Level::Provincial)
    );
    // A speech that addresses the deputies names no organ acting; one
    // deputy sits in the National Assembly.
    assert_eq!(
        lead(
            "Khai mạc kỳ họp thứ 20 HĐND tỉnh",
            "Phát biểu khai mạc, đồng chí Chủ tịch HĐND tỉnh đề nghị các vị đại biểu Quốc hội, đại biểu HĐND tỉnh tập trung thảo luận.",
            None
        ),
        Some(Level::Provincial)
    );
    let deputy = Mention {
        name: "Trần Văn Bình".into(),
        titles: vec!["Đại biểu Quốc hội".into()],
        ..Mention::default()
    };
    let head = "đại biểu quốc hội trần văn bình: cần quan tâm cán bộ cơ sở";
    assert_eq!(level(&[head], &[deputy], "", None), Some(Level::Central));
    // The members listed after the delegation ("gồm: …") are not it.
    assert_eq!(
        lead(
            "Tiếp xúc cử tri sau kỳ họp",
            "Sáng 2/12, tại hội trường UBND quận Ba Đình, Đoàn đại biểu Quốc hội thành phố Hà Nội, gồm: Bí thư Quận ủy Tây Hồ Lê Thu An; Chánh án TAND thành phố Vũ Minh, đã tiếp xúc cử tri quận.",
            None
        ),
        Some(Level::Provincial)
    );
    // A sentence saying what a year is names no body before "tổ chức".
    assert_eq!(
        lead(
            "Kết quả nổi bật của Đoàn ĐBQH tỉnh Bình Phước năm 2024",
            "Năm 2024 là năm bản lề của nhiệm kỳ Quốc hội khóa XV với nhiều đổi mới về tổ chức, hoạt động.",
            None
        ),
        Some(Level::Provincial)
    );
}

#[test]
fn a_commune_party_committee_after_the_reform_is_the_communes() {
    assert_eq!(
        lead(
            "Quán triệt nghị quyết đại hội Đảng bộ xã",
            "Sáng 12/9, Đảng ủy xã Phú Lộc tổ chức hội nghị quán triệt nghị quyết; đồng chí Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy dự.",
            Date::new(2025, 9, 12)
        ),
        Some(Level::Commune)
    );
}

#[test]
fn the_first_of_bodies_joined_by_cung_leads() {
    assert_eq!(
        lead(
            "Lâm Hà: Trao nhà đại đoàn kết cho hộ nghèo",
            "Ngày 5/8, Ủy ban MTTQ Việt Nam huyện Lâm Hà cùng chính quyền xã Phúc Thọ đã tổ chức lễ bàn giao hai nhà đại đoàn kết.",
            None
        ),
        Some(Level::District)
    );
}

#[test]
fn the_sanghas_national_council_is_central_past_its_source() {
    assert_eq!(
        lead(
            "Bổ sung chức danh Ban Trị sự tỉnh",
            "Văn phòng Giáo hội thông tin với báo chí, cho biết Ban Thường trực Hội đồng Trị sự vừa ban hành quyết định bổ nhiệm.",
            None
        ),
        Some(Level::Central)
    );
}

#[test]
fn a_congress_that_names_its_body_holds_that_level() {
    assert_eq!(
        lead(
            "Phiên trù bị đại hội",
            "Chiều 2/10, Đại hội đại biểu Đảng bộ tỉnh Tây Ninh lần thứ I diễn ra phiên trù bị. Dự có đồng chí Phó Trưởng Ban Tổ chức Trung ương.",
            None
        ),
        Some(Level::Provincial)
    );
}

#[test]
fn market_prices_have_no_level_whoever_publishes_them() {
    let heads = [
        "(tbt) - giá lúa hôm nay (8/12) tại đồng bằng sông cửu long tiếp tục tăng 200 đồng/kg.",
        "theo cập nhật của sở nông nghiệp tỉnh an giang, giá lúa đài thơm tăng.",
    ];
    assert_eq!(level(&heads, &[], "", None), None);
    assert!(no_level_news("giá vàng trong nước giảm mạnh"));
}

#[test]
fn a_communes_event_on_a_district_portal_is_the_communes() {
    let head = "Xã Tân Lập ra mắt mô hình dân vận khéo";
    let lead =
        "Sáng 4/3, Đảng ủy xã Tân Lập tổ chức ra mắt mô hình; dự có lãnh đạo Ban Dân vận Huyện ủy.";
    let text = format!("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỒNG HỶ\n{head}\n{lead}");
    let heads = [head.to_lowercase(), lead.to_lowercase()];
    let heads: Vec<&str> = heads.iter().map(String::as_str).collect();
    assert_eq!(level(&heads, &[], &text, None), Some(Level::Commune));
}

#[test]
fn leaders_at_a_wards_festival_are_guests_of_the_ward() {
    let lead = "nhân kỷ niệm 95 năm ngày truyền thống mặt trận tổ quốc việt nam, tối 16-11, tổng bí thư nguyễn văn a, chủ tịch quốc hội trần văn b đã tới dự ngày hội đại đoàn kết toàn dân tộc khu dân cư số 2, phường kim mã, thành phố hà nội.";
    assert_eq!(level(&[lead], &[], "", None), Some(Level::Commune));
    // A lead that sums the article up, then the paragraph with the event.
    let sapo = "(tpo) - ngày hội đại đoàn kết đánh dấu bước tiến mới trong công tác chăm lo đời sống nhân dân.";
    let event = "tối 9-11, đông đảo người dân đã đến tham dự ngày hội đại đoàn kết năm 2025 của khu phố 12, phường tân hưng.";
    let got = level(&["lan tỏa tinh thần gắn kết", sapo, event], &[], "", None);
    assert_eq!(got, Some(Level::Commune));
}

#[test]
fn a_body_asking_others_to_act_is_the_one_reported() {
    assert_eq!(
        lvl(
            "Bộ Nội vụ đề nghị các địa phương tạm dừng sáp nhập sở, ngành",
            ""
        ),
        Some(Level::Central)
    );
    assert_eq!(
        lvl(
            "Ban Thường vụ Tỉnh ủy yêu cầu các huyện hoàn thành đại hội chi bộ",
            ""
        ),
        Some(Level::Provincial)
    );
}

#[test]
fn a_steering_noun_and_a_delegations_name_are_no_verbs() {
    // "sự chỉ đạo", "hướng dẫn của …": nouns; the body acts further on.
    assert_eq!(
        lead(
            "Đại hội Hội Cựu chiến binh xã An Bình",
            "Thực hiện sự chỉ đạo và hướng dẫn của Hội Cựu chiến binh huyện Thanh Hà. Sáng 11/3, Hội Cựu chiến binh xã An Bình long trọng tổ chức đại hội lần thứ VIII.",
            None
        ),
        Some(Level::Commune)
    );
    // "đoàn đại biểu dự Đại hội Hội CCB huyện" is a delegation's name.
    assert_eq!(
        lvl(
            "Ban Chấp hành Hội Cựu chiến binh thị trấn và đoàn đại biểu dự Đại hội Hội Cựu chiến binh huyện ra mắt đại hội",
            ""
        ),
        Some(Level::Commune)
    );
}

#[test]
fn figures_a_national_agency_gives_are_central() {
    assert_eq!(
        lead(
            "Tỷ lệ bao phủ bảo hiểm y tế đạt 93%",
            "Theo thống kê của Bảo hiểm xã hội Việt Nam, tỷ lệ bao phủ đã đạt 93,35% dân số.",
            None
        ),
        Some(Level::Central)
    );
    // The body a lead names as the one that says it, or a kicker naming it.
    assert_eq!(
        lead(
            "Số ca mắc sởi tăng cao",
            "Bộ Y tế cho biết, từ đầu năm đến nay cả nước ghi nhận hơn 5.000 ca mắc.",
            None
        ),
        Some(Level::Central)
    );
    assert_eq!(
        lvl("Sở Y tế: Số ca sốt xuất huyết giảm", ""),
        Some(Level::Provincial)
    );
}

#[test]
fn the_travel_trade_and_stories_of_private_people_have_no_level() {
    assert_eq!(
        lvl(
            "Lễ hội đầu xuân: Khách sạn quanh đền cháy phòng, giá tăng gấp đôi",
            ""
        ),
        None
    );
    for (head, lead) in [
        (
            "giá phòng dịp lễ hội tăng vọt",
            "chị lan anh (phường an bình) dự kiến cùng nhóm bạn tới tỉnh lạng sơn để tham dự lễ hội cuối tuần này.",
        ),
        (
            "người dân nô nức đi lễ đầu năm",
            "chị lan anh (phường an bình) cùng nhóm bạn tới tỉnh lạng sơn để tham dự lễ hội đầu năm.",
        ),
    ] {
        assert_eq!(level(&[head, lead], &[], "tỉnh Lạng Sơn", None), None, "{lead}");
    }
}

#[test]
fn a_later_paragraph_that_says_what_a_year_is_names_no_organizer() {
    let said = "năm 2024 là năm bản lề của nhiệm kỳ quốc hội khóa xv với nhiều đổi mới về tổ chức, hoạt động.";
    let head = "những kết quả nổi bật năm 2024 đóng góp vào thành công chung";
    let got = level(&[head, "bài viết nhìn lại một năm.", said], &[], "", None);
    assert_ne!(got, Some(Level::Central));
}

#[test]
fn an_event_that_takes_place_names_its_body_not_the_venue() {
    let head = "nhiệm kỳ mới, khí thế mới";
    let lead = "ngày 20-10, tại tp hcm, diễn ra đại hội đại biểu mttq việt nam phường an lạc lần thứ i, nhiệm kỳ 2025 - 2030.";
    let d = Date::new(2025, 10, 21);
    assert_eq!(level(&[head, lead], &[], "", d), Some(Level::Commune));
    // A body before "diễn ra" still holds the event.
    let lead = "sáng 20-10, tại hội trường tỉnh ủy, hội nghị ban chấp hành đảng bộ tỉnh diễn ra với sự tham dự của các xã.";
    assert_eq!(level(&[head, lead], &[], "", d), Some(Level::Provincial)); // A venue in a ward, then a tense before the verb: still the event's body.
    let lead = "sáng 9-10, tại trung tâm hội nghị phường đông hà đã diễn ra đại hội đại biểu đảng bộ tỉnh quảng trị lần thứ i.";
    assert_eq!(level(&[head, lead], &[], "", d), Some(Level::Provincial));
}

#[test]
fn the_body_that_reports_after_a_summary_and_no_person_who_speaks() {
    let head = "chiến dịch tình nguyện hè năm nay";
    let summary = "với chủ đề “tuổi trẻ chung tay xây dựng nông thôn mới”, chiến dịch sẽ được triển khai với phương châm “mỗi đoàn xã một công trình”.";
    let source = "trung ương đoàn tncs hồ chí minh cho biết, chiến dịch sẽ được triển khai rộng khắp ở các xã.";
    let text = "Đoàn xã, Đoàn xã, Đoàn xã";
    assert_eq!(
        level(&[head, summary, source], &[], text, None),
        Some(Level::Central)
    );
    let said =
        "ông lê văn an, đại biểu hđnd tỉnh, cho biết, khu dân cư đã làm tốt công tác vận động.";
    assert_ne!(
        level(&[head, summary, said], &[], text, None),
        Some(Level::Provincial)
    );
}

#[test]
fn the_capital_is_a_city_run_by_the_centre() {
    let l = lvl(
        "Tuổi trẻ Thủ đô ra quân chiến dịch tình nguyện tại hai huyện",
        "",
    );
    assert_eq!(l, Some(Level::Provincial));
}

#[test]
fn a_quotation_names_no_organizer() {
    let lead = "\"xã, phường phải tổ chức giao ban thường xuyên\" - đó là chỉ đạo của bí thư tỉnh ủy tại hội nghị giao ban ngày 24/9.";
    assert_ne!(
        level(&["tin tức", lead], &[], "", None),
        Some(Level::Commune)
    );
    let lead = "“xã phải tổ chức tốt đại hội” là yêu cầu của ban thường vụ tỉnh ủy.";
    assert_ne!(
        level(&["tin tức", lead], &[], "", None),
        Some(Level::Commune)
    );
    // A quoted name after the organizer leaves it the organizer.
    let l = lvl(
        "Hội Nông dân xã An Bình tổ chức hội thi “Nhà nông đua tài”",
        "",
    );
    assert_eq!(l, Some(Level::Commune));
}

#[test]
fn a_national_leader_acting_in_person_is_central_a_leader_attending_is_a_guest() {
    assert_eq!(
        lvl(
            "Thủ tướng làm việc với lãnh đạo chủ chốt tỉnh Tân Hà",
            "Chiều 4/3, tại trụ sở UBND tỉnh Tân Hà, Thủ tướng đã có buổi làm việc với lãnh đạo chủ chốt của tỉnh."
        ),
        Some(Level::Central)
    );
    assert_eq!(
        lvl(
            "Phó Thủ tướng Lê Văn Tân thị sát vùng lũ huyện Mỹ Sơn",
            "Sáng 16/10, Phó Thủ tướng đã đến thăm hỏi các hộ dân bị ngập ở huyện Mỹ Sơn."
        ),
        Some(Level::Central)
    );
    assert_ne!(
        lvl(
            "Chủ tịch nước dự Ngày hội Đại đoàn kết tại khu dân cư số 3 phường Tân An",
            "Tối 15/11, Ban Công tác Mặt trận khu dân cư số 3 phường Tân An tổ chức Ngày hội."
        ),
        Some(Level::Central)
    );
}

#[test]
fn a_central_bodys_head_acting_in_person_is_central_a_guest_is_not() {
    let holder = |title: &str| Mention {
        name: "Lê Hoàng Phúc".into(),
        titles: vec![title.into()],
        ..Mention::default()
    };
    let lead = "chiều 5/4, trên cánh đồng của xã tân lộc, huyện mỹ sơn, ông lê hoàng phúc nghe hợp tác xã nông nghiệp tân lộc báo cáo việc hợp tác xã tổ chức liên kết tiêu thụ lúa cho xã viên.";
    for title in [
        "Chủ tịch Ủy ban TƯ MTTQ Việt Nam",
        "Trưởng Ban Dân vận Trung ương",
    ] {
        let head = crate::parse::text::lower_same(&format!(
            "{title} Lê Hoàng Phúc kiểm tra mô hình liên kết sản xuất lúa của hợp tác xã ở Tân Hà"
        ));
        assert_eq!(
            level(&[&head, lead], &[holder(title)], "", None),
            Some(Level::Central),
            "{title}"
        );
    }
    // A provincial head's visit, or a central head's as a guest, is not
    // the centre's work.
    let head = "chủ tịch ủy ban mttq việt nam tỉnh tân hà lê hoàng phúc kiểm tra mô hình liên kết sản xuất lúa của hợp tác xã";
    let title = "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Tân Hà";
    assert_ne!(
        level(&[head, lead], &[holder(title)], "", None),
        Some(Level::Central)
    );
    let head =
        "trưởng ban dân vận trung ương lê hoàng phúc dự ngày hội đại đoàn kết tại thôn tân lộc";
    assert_ne!(
        level(
            &[head],
            &[holder("Trưởng Ban Dân vận Trung ương")],
            "",
            None
        ),
        Some(Level::Central)
    );
}

#[test]
fn a_central_bodys_head_acting_in_the_lead_is_central() {
    let holder = Mention {
        name: "Hà Thị Nguyệt".into(),
        titles: vec!["Trưởng Ban Dân vận Trung ương".into()],
        ..Mention::default()
    };
    // The page opens on the province's leaders who attend; the lead says
    // what the central body's head did.
    let heads = [
        "các đồng chí: lê văn hùng, bí thư tỉnh ủy; trần văn nam, phó bí thư tỉnh ủy, chủ tịch hđnd tỉnh tham dự.",
        "trưởng ban dân vận trung ương hà thị nguyệt trao quà cho hộ nghèo, công nhân lao động khó khăn.",
    ];
    assert_eq!(
        level(&heads, std::slice::from_ref(&holder), "", None),
        Some(Level::Central)
    );
    // As a guest of a ward's festival, the same head is not the centre's work.
    let heads = [
        "ngày hội đại đoàn kết ở khu phố 3",
        "trưởng ban dân vận trung ương hà thị nguyệt dự ngày hội đại đoàn kết tại khu phố 3, phường tân an.",
    ];
    assert_ne!(
        level(&heads, std::slice::from_ref(&holder), "", None),
        Some(Level::Central)
    );
}

#[test]
fn the_central_committee_disciplining_a_city_leader_is_central() {
    assert_eq!(
        lvl(
            "Ban Chấp hành Trung ương Đảng quyết định cách chức Bí thư Thành ủy Tân Hà",
            ""
        ),
        Some(Level::Central)
    );
    assert_eq!(
        lvl(
            "Ủy ban Kiểm tra Trung ương đề nghị kỷ luật nguyên Chủ tịch UBND tỉnh Tân Hà",
            ""
        ),
        Some(Level::Central)
    );
}

#[test]
fn a_state_visit_is_central_whatever_city_the_guest_stops_in() {
    assert_eq!(
        lvl(
            "Chiều 12/11, Tổng thống nước Cộng hòa Tân Hà rời thành phố Đà Nẵng, bắt đầu chuyến thăm cấp Nhà nước tới Việt Nam",
            ""
        ),
        Some(Level::Central)
    );
}

#[test]
fn a_crash_is_news_of_no_level() {
    for head in [
        "Xe khách đâm vào đuôi xe tải trên quốc lộ qua huyện Mỹ Sơn",
        "Ô tô tải tông vào nhà dân ở xã Tân Lập",
        "Lật xe chở công nhân trên đèo ở huyện Mỹ Sơn",
    ] {
        assert_eq!(lvl(head, ""), None, "{head}");
    }
}

#[test]
fn a_scrape_or_a_loss_of_control_is_a_crash_with_no_level() {
    for head in [
        "Xe tải va quẹt xe máy trên tỉnh lộ qua xã Tân Lập",
        "Xe con mất lái lao xuống mương ở huyện Mỹ Sơn",
    ] {
        assert_eq!(lvl(head, ""), None, "{head}");
    }
    // No headline: the crash in the opening paragraph, a commune named after.
    let heads = [
        "xe 16 chỗ do tài xế đỗ văn khải điều khiển chở khách đi lễ hội đã va quẹt vào xe ben đang rẽ trái",
        "xe 16 chỗ do tài xế đỗ văn khải điều khiển chở khách đi lễ hội đã va quẹt vào xe ben đang rẽ trái. bị mất lái, xe lao vào hàng rào.",
        "tối cùng ngày, ở quốc lộ 14 qua xã tân lập, một xe tải đâm vào cột điện.",
    ];
    assert_eq!(level(&heads, &[], "", None), None);
}

#[test]
fn an_event_named_for_a_place_has_that_places_level() {
    assert_eq!(
        lvl(
            "Ngày hội Đại đoàn kết toàn dân tộc thôn Đồng Mới, xã Tân Lập, huyện Mỹ Sơn",
            "Về dự có lãnh đạo Ủy ban MTTQ huyện và bà con nhân dân trong thôn."
        ),
        Some(Level::Commune)
    );
    assert_eq!(
        lvl(
            "Hội nghị tổng kết công tác dân vận năm 2023 huyện Mỹ Sơn",
            "Các đại biểu đã thảo luận nhiều ý kiến."
        ),
        Some(Level::District)
    );
}

#[test]
fn a_central_body_written_short_is_central() {
    assert_eq!(
        lvl(
            "Ngày 6/6/2023, đoàn công tác Ban Dân vận T.Ư làm việc với Tỉnh ủy Lai Châu",
            ""
        ),
        Some(Level::Central)
    );
    assert_eq!(
        lvl(
            "Ngày 12/5/2024, UBKTTW họp kỳ thứ 41, xem xét kỷ luật đảng viên",
            ""
        ),
        Some(Level::Central)
    );
    // A member of the Central Committee is a rank; the body acting is hers.
    assert_eq!(
        lvl(
            "Đồng chí Giàng Thị Hoa, UVTW, Bí thư Tỉnh ủy chủ trì hội nghị của Tỉnh ủy",
            ""
        ),
        Some(Level::Provincial)
    );
}

#[test]
fn a_meeting_named_as_the_venue_is_held_by_its_body_not_by_the_speakers_organ() {
    assert_eq!(
        lvl(
            "Tại Hội nghị Ban Chấp hành Đảng bộ tỉnh ngày 5/10/2023, đồng chí Hoàng Văn Páo, Phó Trưởng Ban Tổ chức Trung ương đã công bố quyết định của Bộ Chính trị",
            ""
        ),
        Some(Level::Provincial)
    );
    // A venue that names no body leaves the organizer to the sentence.
    assert_eq!(
        lvl(
            "Tại hội trường, Ban Dân vận Trung ương tổ chức hội nghị giao ban",
            ""
        ),
        Some(Level::Central)
    );
}

#[test]
fn an_arrest_of_an_official_is_crime_news_with_no_level() {
    assert_eq!(
        lvl(
            "Bắt giam nguyên Phó Chủ tịch UBND huyện Mường Nhé và 2 thuộc cấp",
            "Ngày 3/5, Cơ quan An ninh điều tra Công an tỉnh đã khởi tố bị can."
        ),
        None
    );
}

#[test]
fn a_headline_that_arrests_an_official_by_post_is_crime_news() {
    // "Bắt" opens the headline and the post follows: no act of a body.
    assert_eq!(
        lvl(
            "Bắt cựu Phó Chủ tịch UBND huyện Đồng Xuân vì sai phạm đấu thầu",
            "Ngày 9-4, Công an tỉnh đã bắt tạm giam 4 tháng đối với ông Lê Văn Hòa."
        ),
        None
    );
    assert_eq!(
        lvl(
            "Bắt nguyên Giám đốc Ban quản lý dự án huyện Tân Kỳ",
            "Chiều 2/6, Cơ quan Cảnh sát điều tra đã thi hành lệnh bắt bị can."
        ),
        None
    );
    assert_eq!(
        lvl(
            "Bắt Chủ tịch UBND xã Hòa Bình cùng cán bộ địa chính",
            "Sáng 11/3, Công an huyện đã đọc lệnh bắt đối với ông Trần Văn Khải."
        ),
        None
    );
}

#[test]
fn an_event_that_ends_well_names_its_body() {
    assert_eq!(
        lvl(
            "Ngày 14 và 15/10/2025, Đại hội đại biểu Hội Nông dân xã Tà Tổng lần thứ I, nhiệm kỳ 2025 - 2030 thành công tốt đẹp. Tham dự có đồng chí Lò Văn Sơn, Phó Chủ tịch Hội Nông dân tỉnh.",
            ""
        ),
        Some(Level::Commune)
    );
}

#[test]
fn an_event_whose_term_names_years_is_no_time_before_its_opening() {
    // The years of the congress's term do not make its name a time
    // phrase, so the guest's offices do not hold the congress.
    let head = "PHÁT HUY SỨC MẠNH ĐOÀN KẾT TOÀN ĐẢNG BỘ";
    for verb in [
        "đã khai mạc phiên trọng thể",
        "bế mạc sau hai ngày làm việc",
    ] {
        let lead = format!(
            "Chiều 5/8/2020, Đại hội đại biểu Đảng bộ huyện Tân Lập lần thứ XXII, nhiệm kỳ 2020 - 2025 {verb}. Đồng chí Lê Văn An, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Kỳ Phong, dự và trao cờ thi đua."
        );
        assert_eq!(lvl_lines(&[head, &lead]), Some(Level::District), "{verb}");
    }
}

#[test]
fn a_city_whose_secretary_sits_in_the_provincial_committee_is_a_district() {
    let head = "Đảng ủy Quân sự thành phố tổ chức hội nghị ra nghị quyết năm 2025";
    assert_eq!(
        lvl(
            head,
            "Đồng chí Đinh Văn Hòa - TUV, Bí thư Thành ủy, Bí thư Đảng ủy Quân sự thành phố chủ trì."
        ),
        Some(Level::District)
    );
    assert_eq!(
        lvl(
            head,
            "Đồng chí Đinh Văn Hòa - Bí thư Thành ủy, Bí thư Đảng ủy Quân sự thành phố chủ trì."
        ),
        Some(Level::Provincial)
    );
}

#[test]
fn a_central_steering_committee_written_short_is_central() {
    assert_eq!(
        lvl(
            "Ban Chỉ đạo TƯ về phòng chống thiên tai đề nghị các tỉnh miền núi sẵn sàng",
            ""
        ),
        Some(Level::Central)
    );
    // Guidance of thought is no body.
    let words = super::level_words::levels_in("đổi mới chỉ đạo tư tưởng cho cán bộ", "", None);
    assert!(words.is_empty());
}

#[test]
fn a_disaster_headline_a_national_body_acts_on_is_central() {
    assert_eq!(
        lvl(
            "Tổ chức sơ tán dân khỏi vùng nguy cơ lũ quét, Ban Chỉ đạo TƯ về phòng chống thiên tai yêu cầu",
            ""
        ),
        Some(Level::Central)
    );
}

#[test]
fn the_politburo_or_the_prime_minister_deciding_on_cadres_is_central() {
    assert_eq!(
        lvl(
            "Bộ Chính trị, Ban Bí thư chỉ định, chuẩn y nhân sự hai tỉnh",
            ""
        ),
        Some(Level::Central)
    );
    assert_eq!(
        lvl(
            "Cụ thể, Thủ tướng kỷ luật bằng hình thức cảnh cáo ông Lê Văn Tâm, Phó Chủ tịch UBND tỉnh",
            ""
        ),
        Some(Level::Central)
    );
}

#[test]
fn a_party_committee_named_with_no_unit_is_the_communes() {
    assert_eq!(
        lvl(
            "Chiều 12/3, Ban Tuyên giáo, UBKT Đảng ủy tổ chức tọa đàm ôn lại truyền thống",
            ""
        ),
        Some(Level::Commune)
    );
    assert_eq!(
        lvl("Đảng ủy Khối các cơ quan tỉnh tổ chức tọa đàm", ""),
        Some(Level::Provincial)
    );
}

#[test]
fn a_commune_named_after_a_province_is_a_commune() {
    // Since July 2025 communes and wards carry names of provinces.
    assert_eq!(
        super::organizer::unit_level("xã tuyên quang", true),
        Some(Level::Commune)
    );
    assert_eq!(
        super::organizer::unit_level("tuyên quang", true),
        Some(Level::Provincial)
    );
    assert_eq!(
        lvl("Xã Tuyên Quang: Khai thác hiệu quả nguồn lực", ""),
        Some(Level::Commune)
    );
}

#[test]
fn the_event_a_speech_is_given_at_names_the_body_not_the_speaker() {
    let speaker = Mention {
        name: "Lê Văn An".into(),
        titles: vec!["Phó Bí thư Thường trực Tỉnh ủy".into()],
        roles: [Role::Speaker].into(),
        ..Mention::default()
    };
    let got = level(
        &[
            "phát huy nguồn lực, hướng tới phát triển toàn diện",
            "đó là chỉ đạo của đồng chí lê văn an, phó bí thư thường trực tỉnh ủy tại đại hội đại biểu đảng bộ xã hòa phong lần thứ i, nhiệm kỳ 2025-2030.",
        ],
        &[speaker],
        "",
        None,
    );
    assert_eq!(got, Some(Level::Commune));
}

#[test]
fn a_guest_giving_flowers_in_a_later_paragraph_organizes_nothing() {
    let got = level(
        &[
            "xã hòa phong: phát huy nguồn lực cho nhiệm kỳ mới",
            "rà soát kỹ tiềm năng, lợi thế là yêu cầu đặt ra cho nhiệm kỳ tới.",
            "đồng chí lê văn an, phó bí thư tỉnh ủy tặng hoa chúc mừng đại hội.",
        ],
        &[],
        "",
        None,
    );
    assert_eq!(got, Some(Level::Commune));
}

#[test]
fn an_event_to_come_after_a_time_names_the_body_that_holds_it() {
    let got = level(
        &[
            "tâm tư của người đứng đầu cấp ủy cơ sở",
            "vào cuối tuần này sẽ diễn ra hội nghị gặp mặt giữa thường trực tỉnh ủy và bí thư đảng ủy các xã, phường, thị trấn.",
        ],
        &[],
        "",
        None,
    );
    assert_eq!(got, Some(Level::Provincial));
}

#[test]
fn trials_of_former_officials_have_no_level() {
    for head in [
        "Tuyên án nguyên Chủ tịch UBND huyện Tân Phước và 3 đồng phạm",
        "Cựu Phó Chủ tịch UBND tỉnh hầu tòa vì sai phạm đất đai",
        "Nguyên Bí thư xã bị đề nghị phạt 5 năm tù",
        // The sentence with its length after it, and the verdict received.
        "Cựu Phó Chủ tịch UBND huyện Tân Lập bị tù 3 năm vì vi phạm quy định về đất đai",
        "Hai nguyên Trưởng phòng Tài chính huyện nhận bản án vì cấp vốn sai quy định",
        "Nguyên Chủ tịch UBND xã lĩnh án vì nhận hối lộ",
    ] {
        assert_eq!(
            lvl(head, "Sáng 3/6, TAND tỉnh mở phiên tòa sơ thẩm."),
            None,
            "{head}"
        );
    }
    // A court's own meeting keeps the court's level.
    assert_eq!(
        lvl(
            "TAND tỉnh tổ chức hội nghị triển khai công tác xét xử sơ thẩm năm 2025",
            ""
        ),
        Some(Level::Provincial)
    );
}

#[test]
fn the_supreme_court_procuracy_and_state_audit_are_central() {
    assert_eq!(
        lvl(
            "Sáng 9/5, Viện kiểm sát nhân dân tối cao tổ chức họp báo",
            ""
        ),
        Some(Level::Central)
    );
    assert_eq!(
        lvl(
            "Chiều 2/6, TAND tối cao tổ chức hội nghị trực tuyến với các tỉnh",
            ""
        ),
        Some(Level::Central)
    );
    assert_eq!(
        lvl("VKSNDTC tổ chức hội nghị sơ kết", ""),
        Some(Level::Central)
    );
    assert_eq!(
        lvl("Kiểm toán nhà nước tổ chức hội nghị giao ban", ""),
        Some(Level::Central)
    );
    // A province's own court stays the province's.
    assert_eq!(
        lvl("TAND tỉnh Gia Lai tổ chức hội nghị", ""),
        Some(Level::Provincial)
    );
}

#[test]
fn a_paragraph_that_only_names_its_basis_names_no_organizer() {
    assert!(super::level::DATED_CODE.compiled() && super::level::EVENT_TIME.compiled());
    let text = "Hội nghị đối thoại giữa Chủ tịch UBND phường với Nhân dân năm 2026\n\n\
Thực hiện Luật Thực hiện dân chủ ở cơ sở; Quyết định số 215-QĐ/TU, ngày 12/3/2024 của Ban Thường vụ Tỉnh ủy về ban hành Quy chế đối thoại trực tiếp với Nhân dân.\n\n\
Tối ngày 20/3/2026, UBND Phường Hòa Bình đã tổ chức hội nghị đối thoại với Nhân dân về chỉnh trang vỉa hè.\n";
    let r = crate::parse::parse_report("doi-thoai.txt", text);
    assert_eq!(r.level, Some(Level::Commune));
    // A lead that carries out a plan and tells the event is the lead.
    let text = "Hội nghị tuyên truyền pháp luật\n\n\
Thực hiện Kế hoạch số 12/KH-UBND ngày 2/3/2026 của UBND tỉnh, sáng 5/3, Sở Tư pháp tổ chức hội nghị tuyên truyền pháp luật.\n\n\
Dự hội nghị có đại diện các xã.\n";
    let r = crate::parse::parse_report("tuyen-truyen.txt", text);
    assert_eq!(r.level, Some(Level::Provincial));
}

#[test]
fn a_speech_printed_whole_is_of_the_body_it_opens_not_of_the_guests_it_greets() {
    // No headline: the page opens with the salutations, the guests of the
    // province first; the speech opens a district's congress.
    let text = "Kính thưa :\n\
- Các đồng chí lão thành cách mạng, các Mẹ Việt Nam Anh hùng,\n\
- Đồng chí Phan Minh Tâm – Phó Bí thư Thường trực Tỉnh ủy,\n\
- Đồng chí Lưu Thị Ngọc - Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh,\n\
- Các vị khách quý,\n\
- Các đồng chí đại biểu.\n\
Hôm nay, Đại hội đại biểu Đảng bộ huyện Tân Thạnh lần thứ X long trọng khai mạc sau khi các tổ chức cơ sở đảng của huyện đã hoàn thành đại hội.\n";
    let r = crate::parse::parse_report("khai-mac.txt", text);
    assert_eq!(r.level, Some(Level::District));
    let names: Vec<&str> = r.officials.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(names, ["Phan Minh Tâm", "Lưu Thị Ngọc"]);
    // A headline that names the event keeps it, salutations or none.
    let text = "Phát biểu khai mạc Đại hội Hội Nông dân tỉnh lần thứ IX\n\
Kính thưa đồng chí Phan Minh Tâm – Phó Bí thư Thường trực Tỉnh ủy,\n\
- Các vị khách quý,\n\
Hôm nay, Đại hội Hội Nông dân tỉnh lần thứ IX khai mạc tại Hội trường Tỉnh ủy.\n";
    let r = crate::parse::parse_report("khai-mac-tinh.txt", text);
    assert_eq!(r.level, Some(Level::Provincial));
}

#[test]
fn an_online_meeting_is_held_by_the_body_at_its_main_bridge() {
    let heads = [
        "đảng ủy xã tân phong tổ chức hội nghị trực tuyến",
        "chiều ngày 14/10/2025, ban thường vụ tỉnh ủy tổ chức hội nghị quán triệt chỉ thị của bộ chính trị, trực tiếp tại hội trường tỉnh ủy, kết hợp trực tuyến đến các điểm cầu trong toàn tỉnh.",
    ];
    let date = Date::new(2025, 10, 15);
    assert_eq!(level(&heads, &[], "", date), Some(Level::Provincial));
}

#[test]
fn a_news_agency_and_a_cooperative_are_no_communes() {
    assert_eq!(
        lvl(
            "Đảng bộ Thông tấn xã Việt Nam tổ chức Đại hội đại biểu lần thứ 28",
            ""
        ),
        Some(Level::Central)
    );
    assert!(levels_in("hợp tác xã dịch vụ nông nghiệp hòa bình", "", None).is_empty());
}

#[test]
fn the_states_policy_banks_named_with_viet_nam_are_central() {
    // The policy bank's head office or its trade union acts, a province's
    // branch going along: central, whatever commune the gifts go to.
    let lead = "chiều 20/1 tại lai châu, công đoàn ngân hàng chính sách xã hội việt nam cùng \
        chi nhánh tỉnh tổ chức trao quà tết cho người nghèo xã mường kim.";
    assert_eq!(
        level(
            &["quà tết về với người nghèo mường kim", lead],
            &[],
            "",
            None
        ),
        Some(Level::Central)
    );
    assert_eq!(
        lvl(
            "Ngân hàng Phát triển Việt Nam tổ chức hội nghị khách hàng tại tỉnh Kon Tum",
            ""
        ),
        Some(Level::Central)
    );
    // A province's branch alone is the province's.
    assert_eq!(
        lvl(
            "NHCSXH chi nhánh tỉnh Lai Châu tổ chức hội nghị tổng kết năm",
            ""
        ),
        Some(Level::Provincial)
    );
}

#[test]
fn national_bodies_written_short_are_central() {
    assert_eq!(
        lvl(
            "Sáng 12/7 tại Hà Nội, Hội nghị BCH TƯ Hội Nông dân VN lần thứ 9 khai mạc",
            ""
        ),
        Some(Level::Central)
    );
}

#[test]
fn the_front_of_a_unit_named_after_viet_nam_is_the_units() {
    assert_eq!(
        levels_in(
            "đại diện đảng ủy, ubnd, ubmttq việt nam xã cùng dự",
            "",
            None
        ),
        vec![Level::Commune]
    );
    assert_eq!(
        levels_in("ủy ban mttq việt nam tổ chức hội nghị", "", None),
        vec![Level::Central]
    );
}

#[test]
fn two_titles_side_by_side_make_no_minister() {
    assert!(levels_in("bí thư chi bộ, trưởng ban công tác mặt trận", "", None).is_empty());
    assert_eq!(
        levels_in("bộ trưởng đến thăm", "", None),
        vec![Level::Central]
    );
}

#[test]
fn talk_with_a_reporter_is_no_action_on_crime_news() {
    assert_eq!(
        lvl(
            "Chiều 12-5, trao đổi với phóng viên, Thượng tá Lê Văn Bình, Phó Trưởng phòng Công an tỉnh cho biết đã khởi tố vụ án, bắt tạm giam 3 bị can",
            ""
        ),
        None
    );
}

#[test]
fn trade_figures_have_no_level() {
    assert_eq!(
        lvl(
            "Kim ngạch xuất khẩu của tỉnh 6 tháng tăng 12%",
            "Theo Sở Công Thương, các thị trường chính đều tăng."
        ),
        None
    );
    assert_eq!(lvl("4 tỉnh thu hút vốn FDI cao nhất cả nước", ""), None);
    assert_eq!(
        lvl(
            "Tăng trưởng GDP quý I có thể vượt 7%, các chuyên gia kỳ vọng",
            "Theo Thủ tướng, mức tăng trưởng cao nhất trong 10 năm."
        ),
        None
    );
    // A body's meeting on trade keeps its level.
    assert_eq!(
        lvl("Hội nghị xúc tiến xuất khẩu do UBND tỉnh tổ chức", ""),
        Some(Level::Provincial)
    );
}

#[test]
fn a_body_after_a_span_of_time_is_the_organizer() {
    let heads = [
        "hiệu quả mô hình vườn mẫu ở can lộc",
        "hưởng ứng phong trào thi đua, trong thời gian qua hội nông dân can lộc đã tập trung vận động hội viên cải tạo vườn tạp.",
    ];
    assert_eq!(level(&heads, &[], "", None), Some(Level::District));
}

#[test]
fn a_cadre_decision_with_no_body_named_is_the_deciders() {
    // The centre manages a province's party secretaries.
    assert_eq!(
        lvl(
            "Ba Bí thư Tỉnh ủy đã được điều động, luân chuyển về Trung ương",
            ""
        ),
        Some(Level::Central)
    );
    // The body the cadre is sent to decides.
    assert_eq!(
        lvl(
            "Trưởng phòng Nội vụ huyện Kim Sơn được điều động làm Phó Giám đốc Sở Nội vụ",
            ""
        ),
        Some(Level::Provincial)
    );
    // A commune's chairman is managed by the district.
    assert_eq!(
        lvl(
            "Chủ tịch UBND xã Tân Lập được điều động làm Phó Trưởng phòng Tài chính",
            ""
        ),
        Some(Level::District)
    );
    // Discipline proposed for a province's secretary is the centre's to decide.
    assert_eq!(
        lvl("Nguyên Bí thư Tỉnh ủy Tân Hà bị đề nghị kỷ luật", ""),
        Some(Level::Central)
    );
    // The post named after a removal is the one held: a province's chairman
    // is removed by the centre, a commune's by the district.
    assert_eq!(
        lvl("Ông Lê Văn Tám bị cách chức Chủ tịch UBND tỉnh Tân Hà", ""),
        Some(Level::Central)
    );
    assert_eq!(
        lvl("Ông Lê Văn Tám bị cách chức Chủ tịch UBND xã Tân Lập", ""),
        Some(Level::District)
    );
}

#[test]
fn a_cadre_decision_whose_decider_the_headline_names_is_the_deciders() {
    // The Politburo moves provincial leaders: the centre decides.
    assert_eq!(
        lvl(
            "Ba cán bộ chủ chốt của tỉnh được Bộ Chính trị điều động về Trung ương",
            ""
        ),
        Some(Level::Central)
    );
    // A commune's chairman disciplined by the district's standing committee.
    assert_eq!(
        lvl(
            "Chủ tịch UBND xã Tân Lập bị Ban Thường vụ Huyện ủy Kim Sơn kỷ luật khiển trách",
            ""
        ),
        Some(Level::District)
    );
}

#[test]
fn a_lead_naming_the_body_that_tells_of_a_discipline_outranks_the_posts_manager() {
    // The province's own committee disciplines its vice chairman.
    let heads = [
        "phó chủ tịch ubnd tỉnh tân hà bị kỷ luật khiển trách",
        "chiều 12-5, ủy ban kiểm tra tỉnh ủy tân hà cho biết ban thường vụ tỉnh ủy vừa quyết định kỷ luật khiển trách ông lê văn tám.",
    ];
    assert_eq!(level(&heads, &[], "", None), Some(Level::Provincial));
    // An official who tells of it is no deciding body.
    let heads = [
        "phó chủ tịch ubnd tỉnh tân hà bị kỷ luật khiển trách",
        "chiều 12-5, ông trần văn ba, chánh văn phòng tỉnh ủy tân hà cho biết như vậy.",
    ];
    assert_eq!(level(&heads, &[], "", None), Some(Level::Central));
}

#[test]
fn a_body_that_disciplines_cadres_below_it_holds_the_level() {
    // The province's inspection commission disciplines a district's leader.
    assert_eq!(
        lvl(
            "Ủy ban Kiểm tra Tỉnh ủy Tân Hà kỷ luật bằng hình thức cảnh cáo ông Lê Văn Tám, Phó Chủ tịch UBND huyện Kim Sơn",
            ""
        ),
        Some(Level::Provincial)
    );
    assert_eq!(
        lvl(
            "Ban Thường vụ Huyện ủy Kim Sơn kỷ luật khiển trách đối với bà Lò Thị Hoa, Chủ tịch Hội Nông dân xã Tân Lập",
            ""
        ),
        Some(Level::District)
    );
    // A cadre who undergoes it is no body that disciplines.
    assert_eq!(
        lvl(
            "Chủ tịch UBND xã Tân Lập bị kỷ luật bằng hình thức cảnh cáo",
            ""
        ),
        Some(Level::District)
    );
}

#[test]
fn an_inspection_team_named_for_its_body_is_that_bodys() {
    // "Kiểm tra" in the team's and the commission's names inspects nothing.
    let heads = [
        "công bố quyết định kỷ luật ông lê văn tám",
        "sáng 4-7, đoàn kiểm tra của ủy ban kiểm tra trung ương do đồng chí trần văn ba làm trưởng đoàn đã giám sát việc khắc phục sai phạm ở tân hà.",
    ];
    assert_eq!(level(&heads, &[], "", None), Some(Level::Central));
    let heads = [
        "kiểm tra công tác cải cách hành chính",
        "sáng 5/3, đoàn kiểm tra của huyện ủy kim sơn kiểm tra công tác cải cách hành chính tại xã tân lập.",
    ];
    assert_eq!(level(&heads, &[], "", None), Some(Level::District));
}

#[test]
fn a_ceremony_the_lead_says_a_body_holds_outranks_a_cadre_decision_headline() {
    // The centre appoints a province's secretary, but the province holds
    // the ceremony that announces it.
    let heads = [
        "chỉ định bí thư tỉnh ủy bình phước (mới)",
        "sáng 2/7, tại hội trường tỉnh ủy, ban thường vụ tỉnh ủy bình phước tổ chức hội nghị công bố quyết định của bộ chính trị.",
    ];
    assert_eq!(level(&heads, &[], "", None), Some(Level::Provincial));
    // A lead that holds no event leaves the decision to the deciders.
    let heads = [
        "ba bí thư tỉnh ủy được điều động về trung ương",
        "bộ chính trị vừa quyết định điều động ba đồng chí về công tác tại các ban đảng.",
    ];
    assert_eq!(level(&heads, &[], "", None), Some(Level::Central));
}

#[test]
fn a_chair_named_in_the_headline_hosts() {
    // The lead lists the bodies that report to the meeting, not its host.
    let heads = [
        "* ông trần văn bình, bí thư tỉnh ủy, chủ tịch hđnd tỉnh chủ trì hội nghị",
        "theo báo cáo của các huyện ủy, đảng ủy trực thuộc, các cấp ủy đảng ở cơ sở đã triển khai nghị quyết.",
    ];
    assert_eq!(level(&heads, &[], "", None), Some(Level::Provincial));
    let heads = [
        "đồng chí lê thị hoa, bí thư đảng ủy xã đồng chủ trì buổi đối thoại",
        "chiều 5/6, các thôn của xã đã cử đại diện tham dự.",
    ];
    assert_eq!(level(&heads, &[], "", None), Some(Level::Commune));
}

#[test]
fn a_passive_verbs_agent_acts_not_the_cadre() {
    let lead = "đồng chí lê văn an, phó bí thư thường trực huyện ủy, chủ tịch hđnd huyện được ban thường vụ tỉnh ủy giao phụ trách đảng bộ huyện.";
    assert_eq!(level(&[lead], &[], "", None), Some(Level::Provincial));
    // An event a commune's body holds, told in the passive.
    let lead = "sáng 9/11, ngày hội đại đoàn kết của thôn 3 được ủy ban mttq xã tân an tổ chức.";
    assert_eq!(level(&[lead], &[], "", None), Some(Level::Commune));
}

#[test]
fn a_body_chosen_by_an_agent_to_act_does_the_act() {
    // The higher committee chose; the commune's committee holds the event.
    let lead = "đảng ủy xã phước hưng (tuy phước) là đơn vị được huyện ủy chọn làm điểm để tổ chức liên hoan văn nghệ.";
    assert_eq!(level(&[lead], &[], "", None), Some(Level::Commune));
    let lead = "ủy ban mttq phường an lạc được ban thường vụ thành ủy lựa chọn để tổ chức thí điểm ngày hội.";
    assert_eq!(level(&[lead], &[], "", None), Some(Level::Commune));
    // With no "để", the agent still acts.
    let lead = "ngày hội của thôn 2 được ủy ban mttq huyện tổ chức.";
    assert_eq!(level(&[lead], &[], "", None), Some(Level::District));
}

#[test]
fn a_body_setting_its_targets_hosts_a_congress_the_lead_only_lists_guests_to() {
    let heads = [
        "về dự và chỉ đạo đại hội có đồng chí lê văn an, phó bí thư tỉnh ủy, chủ tịch ủy ban mttq việt nam tỉnh.",
        "nhiệm kỳ 2025 - 2030, ủy ban mttq việt nam xã tân an đề ra 8 mục tiêu, 10 chỉ tiêu.",
    ];
    assert_eq!(level(&heads, &[], "", None), Some(Level::Commune));
}

#[test]
fn an_abbreviation_spelled_out_in_brackets_leaves_the_body_whole() {
    let lead = "sáng 3/2, tại phường an phú, phó chủ tịch tổng liên đoàn lao động (lđlđ) việt nam lê văn an đã trao quà tết cho công nhân.";
    assert_eq!(level(&[lead], &[], "", None), Some(Level::Central));
    // A bracket that names a place is kept.
    let lead = "sáng 3/2, hội nông dân xã an phú (huyện tân an) tổ chức hội thi.";
    assert_eq!(level(&[lead], &[], "", None), Some(Level::Commune));
}

#[test]
fn a_reporters_opener_is_no_organizer() {
    // "PV A/Đài B thông tin, …": the body after the reporter holds the event.
    let heads = [
        "lễ công bố nghị quyết sáp nhập tỉnh",
        "pv lê an/vov miền trung thông tin, sáng nay (30/6), tại hội trường thành ủy quy nhơn, tỉnh bình định tổ chức lễ công bố nghị quyết.",
    ];
    assert_eq!(level(&heads, &[], "", None), Some(Level::Provincial));
    let heads = [
        "ra mắt mô hình dân vận khéo",
        "phóng viên đài tỉnh đưa tin, chiều 4/5, ủy ban mttq xã tân an tổ chức ra mắt mô hình dân vận khéo.",
    ];
    assert_eq!(level(&heads, &[], "", None), Some(Level::Commune));
}

#[test]
fn a_national_leader_acting_in_the_lead_is_central() {
    let heads = [
        "tổng bí thư: hà tĩnh cần giữ vững khối đoàn kết",
        "sáng 3/2, tổng bí thư nguyễn văn an cùng đoàn công tác trung ương có buổi làm việc với ban thường vụ tỉnh ủy hà tĩnh.",
    ];
    assert_eq!(level(&heads, &[], "", None), Some(Level::Central));
    // A leader who comes as a guest says nothing of the level.
    let heads = [
        "ngày hội đại đoàn kết ở khu dân cư số 4",
        "tối 16/11, chủ tịch nước nguyễn văn an cùng lãnh đạo thành phố tới dự ngày hội đại đoàn kết toàn dân tộc tại khu dân cư số 4, phường kim liên.",
    ];
    assert_eq!(level(&heads, &[], "", None), Some(Level::Commune));
}

#[test]
fn a_tournament_whose_prizes_officials_hand_over_is_a_bodys_event() {
    let heads = [
        "đội phường tân an lên ngôi ở giải bóng chuyền hơi 2024",
        "ông hà minh tâm, phó chủ tịch ubnd huyện lâm bình trao cúp cho đội nhất và trao huy chương cho các vận động viên.",
    ];
    assert_eq!(
        level(&heads, &[], &heads.join("\n\n"), None),
        Some(Level::District)
    );
    // A match reported for its score stays news of no level.
    let heads = [
        "đội bóng đá nữ thắng đậm ở lượt trận đầu tiên",
        "các cầu thủ ghi ba bàn trong hiệp hai trước hàng nghìn khán giả.",
    ];
    assert_eq!(level(&heads, &[], "", None), None);
}

#[test]
fn a_visit_that_opens_the_sentence_before_the_leader_is_central() {
    // The act comes first, its doer after the comma.
    let head = "khảo sát vùng trồng lúa của huyện tân lập chiều 14/3, phó thủ tướng trần văn an \
        yêu cầu sớm có giống chịu mặn.";
    assert_eq!(level(&[head], &[], "", None), Some(Level::Central));
    // A place set before the subject with a colon.
    let head = "tại tân lập: phó thủ tướng lê minh hòa cùng đoàn công tác thị sát \
        các điểm sạt lở ở xã vĩnh an.";
    assert_eq!(level(&[head], &[], "", None), Some(Level::Central));
    // "trực tiếp" before the leader, and a companion joined by "và".
    let head = "trực tiếp thủ tướng trần văn an và bộ trưởng đỗ văn khang chủ trì \
        cuộc họp ngay tại hiện trường đê sông cái.";
    assert_eq!(level(&[head], &[], "", None), Some(Level::Central));
    // The province's leader after the comma: the leader is whom they met.
    let head = "làm việc với phó thủ tướng lê minh hòa, bí thư tỉnh ủy hà văn tám \
        kiến nghị hỗ trợ vốn cho tỉnh bình sơn.";
    assert_ne!(level(&[head], &[], "", None), Some(Level::Central));
}

#[test]
fn a_visit_opened_by_going_there_before_the_leader_is_central() {
    // The province's leaders who come along are named first; the leader's
    // visit, opened by "đến thăm", is the central one's work.
    let heads = [
        "đoàn đến dâng hoa tại khu lưu niệm anh hùng lực lượng vũ trang ở ba tri",
        "cùng đi với đoàn có bí thư tỉnh ủy lê văn tùng, phó chủ tịch ubnd tỉnh trần thị mai.",
        "đến thăm gia đình ông nguyễn văn sáu, phó chủ tịch nước hoàng thị lan đã ân cần thăm hỏi, động viên gia đình.",
    ];
    assert_eq!(level(&heads, &[], "", None), Some(Level::Central));
    // Going to attend is a guest's.
    let heads = ["về dự ngày hội, phó thủ tướng lê văn an trao quà cho bà con thôn 3."];
    assert_ne!(level(&heads, &[], "", None), Some(Level::Central));
}

#[test]
fn the_supreme_procuracy_and_court_are_central() {
    assert_eq!(
        lvl(
            "Ngày 4/3, Viện kiểm sát nhân dân tối cao tổ chức hội nghị trực tuyến với 63 tỉnh",
            ""
        ),
        Some(Level::Central)
    );
    assert_eq!(
        levels_in("phó chánh án tand tối cao", "", None),
        vec![Level::Central]
    );
}

#[test]
fn trials_and_crashes_have_no_level_whoever_is_tried() {
    assert_eq!(
        lvl("Tuyên án ba cựu Phó Chủ tịch UBND tỉnh Hòa An", ""),
        None
    );
    assert_eq!(
        lvl("Cựu Chủ tịch UBND huyện Tân Lạc và 4 đồng phạm hầu tòa", ""),
        None
    );
    assert_eq!(
        lvl(
            "Ông Lò Văn Minh, Chủ tịch UBND xã Nậm Cang, cho biết chiếc xe tải mất phanh rồi lật nghiêng bên đường",
            ""
        ),
        None
    );
}

#[test]
fn an_office_in_a_chain_of_titles_is_no_second_body() {
    assert_eq!(
        lvl(
            "Đồng chí Hà Văn Tâm, Ủy viên Trung ương Đảng, Bí thư Đảng ủy, Bộ trưởng Bộ Nội vụ chủ trì buổi làm việc",
            ""
        ),
        Some(Level::Central)
    );
}

#[test]
fn a_villages_front_committee_written_short_is_the_communes() {
    assert_eq!(
        levels_in("trưởng ban ctmt ấp tân hòa", "", None),
        vec![Level::Commune]
    );
    assert_eq!(
        levels_in("trưởng ban công tác mặt trận thôn 3", "", None),
        vec![Level::Commune]
    );
}

#[test]
fn a_city_of_a_city_was_a_district() {
    // Before 1 July 2025 "TP. Thủ Đức" was a district of TP.HCM.
    let text = "Thành ủy TP. Thủ Đức, TP.HCM tổ chức họp mặt.";
    assert_eq!(
        level(
            &["tp. thủ đức tuyên dương 150 gương điển hình “dân vận khéo”"],
            &[],
            text,
            Date::new(2023, 10, 20)
        ),
        Some(Level::District)
    );
    assert_eq!(
        levels_in("thành ủy tp. thủ đức", text, Date::new(2023, 10, 20)),
        vec![Level::District, Level::District]
    );
    // The city centrally run stays provincial.
    assert_eq!(
        levels_in("thành ủy tp.hcm", text, Date::new(2023, 10, 20)),
        vec![Level::Provincial, Level::Provincial]
    );
}

#[test]
fn a_city_named_another_way_is_still_a_provinces_city() {
    // Any city but the six the centre runs is a province's: a district
    // before 1 July 2025, though its name is spelt another way, hyphened
    // or mistyped.
    let day = Date::new(2023, 4, 8);
    for (lower, text) in [
        (
            "hội khuyến học tp. buôn mê thuột tổng kết năm học",
            "Hội Khuyến học TP. Buôn Mê Thuột tổng kết năm học.",
        ),
        (
            "hội người cao tuổi tp.phan rang-tháp chàm mừng thọ hội viên",
            "Hội Người cao tuổi TP.Phan Rang-Tháp Chàm mừng thọ hội viên.",
        ),
        (
            "liên đoàn lao động thành phố phan rang – tháp chàm trao quà",
            "Liên đoàn Lao động thành phố Phan Rang – Tháp Chàm trao quà.",
        ),
        (
            "hội cựu chiến binh tp.vị thahn tổ chức đại hội",
            "Hội Cựu chiến binh TP.Vị Thahn tổ chức đại hội.",
        ),
    ] {
        assert_eq!(levels_in(lower, text, day), vec![Level::District], "{text}");
    }
    // A city the centre runs stays provincial, however written.
    for (lower, text) in [
        (
            "hội nông dân tp. cần thơ phát động",
            "Hội Nông dân TP. Cần Thơ phát động.",
        ),
        ("thành đoàn tp.hcm ra quân", "Thành đoàn TP.HCM ra quân."),
    ] {
        assert_eq!(
            levels_in(lower, text, day),
            vec![Level::Provincial; 1 + usize::from(text.starts_with("Thành"))],
            "{text}"
        );
    }
    // "TP" before a word that is no name names no city of a province.
    assert_eq!(
        levels_in(
            "năm nay tp cũng tổ chức hội thi",
            "Năm nay TP cũng tổ chức hội thi.",
            day
        ),
        vec![Level::Provincial]
    );
    // From 1 July 2025 no district is left.
    assert_eq!(
        levels_in(
            "hội khuyến học tp. buôn mê thuột tổng kết năm học",
            "Hội Khuyến học TP. Buôn Mê Thuột tổng kết năm học.",
            Date::new(2025, 9, 1)
        ),
        vec![Level::Provincial]
    );
}

#[test]
fn a_body_that_commends_is_the_organizer_but_a_listed_duty_is_not() {
    assert_eq!(
        lvl("Huyện ủy Đô Lương biểu dương 40 điển hình dân vận khéo", ""),
        Some(Level::District)
    );
    let heads = [
        "hội nghị tổng kết phong trào thi đua ở huyện đô lương",
        "báo cáo tại hội nghị nêu rõ, phong trào đã đi vào cuộc sống.",
        "thời gian tới, huyện ủy đô lương chú trọng nhân rộng cách làm hay của ban dân vận trung ương, biểu dương kịp thời các tập thể.",
    ];
    assert_ne!(level(&heads, &[], "", None), Some(Level::Central));
}

#[test]
fn deputies_meeting_voters_hold_no_meeting_the_front_holds_it() {
    let heads = [
        "chủ tịch quốc hội cùng các ứng cử viên đbqh tiếp xúc cử tri 8 phường của hải phòng",
        "ủy ban mttq việt nam thành phố hải phòng tổ chức hội nghị tiếp xúc giữa cử tri với người ứng cử đại biểu quốc hội.",
    ];
    assert_eq!(
        level(&heads, &[], "", Date::new(2026, 2, 20)),
        Some(Level::Provincial)
    );
}

#[test]
fn a_session_is_no_meeting_and_deputies_meet_voters_as_their_provinces_delegation() {
    assert_eq!(
        lvl(
            "Ông Lê Văn An, Bí thư Huyện ủy Tân Châu, đại biểu Quốc hội tỉnh Tây Ninh có buổi tiếp xúc cử tri thị xã Trảng Bàng trước Kỳ họp thứ 8",
            ""
        ),
        Some(Level::Provincial)
    );
    // A body's own meeting is still one.
    assert_eq!(
        lvl("Ban Thường vụ Huyện ủy Tân Châu họp phiên thường kỳ", ""),
        Some(Level::District)
    );
}

#[test]
fn guests_who_come_to_an_event_do_not_hold_it() {
    let official = |name: &str, title: &str, roles: Vec<Role>| Mention {
        name: name.into(),
        titles: vec![title.into()],
        roles: roles.into(),
        ..Mention::default()
    };
    // The lead only lists the guests ("Về dự, chỉ đạo …"); "Ban Tổ chức"
    // there is an organ, and the district's secretary who speaks is the host.
    let lead = "về dự, chỉ đạo hội nghị có đồng chí trần thị hoa, ủy viên ban thường vụ tỉnh ủy, trưởng ban tổ chức tỉnh ủy.";
    let guest = official(
        "Trần Thị Hoa",
        "Trưởng Ban Tổ chức Tỉnh ủy",
        vec![Role::Attendee],
    );
    let host = official("Lê Văn Nam", "Bí thư Huyện ủy", vec![Role::Speaker]);
    assert_eq!(
        level(&[lead], &[guest.clone(), host], "", None),
        Some(Level::District)
    );
    // When everyone named only attends, the host is the lowest of them: a
    // city's front chairwoman comes to the ward's congress.
    let head = "chủ tịch ubmttq thành phố phát biểu tại đại hội";
    let city = official(
        "Lê Thị Mai",
        "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Bắc Sơn",
        vec![Role::Attendee],
    );
    let ward = official(
        "Phan Văn Đức",
        "Bí thư Đảng ủy phường Đông Hải",
        vec![Role::Attendee],
    );
    assert_eq!(
        level(&[head], &[city.clone(), ward], "", None),
        Some(Level::Commune)
    );
    // A former official who gives a talk hosts nothing: the serving one
    // who speaks does.
    let former = Mention {
        name: "Đỗ Văn Thịnh".into(),
        titles: vec![
            "PGS.TS".into(),
            "nguyên Phó Trưởng ban Tuyên giáo Trung ương".into(),
        ],
        roles: [Role::Speaker].into(),
        ..Mention::default()
    };
    let serving = official(
        "Hà Thị Lụa",
        "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy",
        vec![Role::Speaker],
    );
    assert_eq!(
        level(&["hội nghị báo cáo viên"], &[former, serving], "", None),
        Some(Level::Provincial)
    );
    // One guest alone still gives the level, as the first official does.
    assert_eq!(level(&[head], &[city], "", None), Some(Level::Provincial));
    assert_eq!(level(&[lead], &[guest], "", None), Some(Level::Provincial));
}

#[test]
fn an_arrest_or_a_criminal_case_in_a_lead_has_no_level() {
    // A page with no headline opens with its lead: an arrest made by the
    // police, or a case they investigate, is news no body organises.
    assert_eq!(
        lvl(
            "Đại tá Trần Văn Hùng, Giám đốc Công an tỉnh Bắc Sơn xác nhận, lực lượng công an đã bắt được đối tượng trốn trại Lò Văn Páo.",
            ""
        ),
        None
    );
    assert_eq!(
        lvl(
            "Tối 12-3, một lãnh đạo Bộ Công an xác nhận cơ quan điều tra đang tiến hành mở rộng vụ án cố ý làm trái tại Tổng công ty Xây lắp Bắc Sơn.",
            ""
        ),
        None
    );
    // A meeting on such a case still has its body's level.
    assert_eq!(
        lvl(
            "Tòa án nhân dân tỉnh Bắc Sơn tổ chức hội nghị rút kinh nghiệm vụ án hành chính",
            ""
        ),
        Some(Level::Provincial)
    );
}

#[test]
fn the_organizer_after_a_time_and_a_venue_with_no_comma() {
    // A commune's portal runs the time, the venue and the organizer on
    // with no comma; the district's guests listed after it do not hold it.
    let head = "hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2024";
    let lead = "chiều ngày 11/10/2024 tại hội trường xã đảng ủy xã tổ chức hội nghị đối thoại trực tiếp với nhân dân.";
    let guest = Mention {
        name: "Đinh Văn Khải".into(),
        titles: vec!["Phó trưởng ban tổ chức Huyện ủy".into()],
        ..Mention::default()
    };
    assert_eq!(
        level(&[head, lead], &[guest], "", Date::new(2024, 10, 12)),
        Some(Level::Commune)
    );
    // A source and a time before the venue leave it to the rules before.
    let lead = "pv an bình/vov thông tin, sáng nay (30/6), tại hội trường thành ủy tân an, tỉnh bắc sơn tổ chức trọng thể lễ công bố nghị quyết.";
    assert_ne!(
        level(&[lead], &[], "", Date::new(2025, 6, 30)),
        Some(Level::District)
    );
    // A venue that opens the phrase is where it is held, as before.
    assert_eq!(
        lvl(
            "Sáng 5/6 tại Hội trường UBND huyện Tân Yên tổ chức hội nghị sơ kết",
            ""
        ),
        Some(Level::District)
    );
}

#[test]
fn a_count_of_units_written_as_a_fraction_is_no_date_and_no_body() {
    // "28/30 quận, huyện" counts units (30 is no month); the province
    // the headline names organises the round.
    assert_eq!(
        lead(
            "Nghệ An tổ chức thành công Đại hội Hội Nông dân cấp huyện",
            "Tính đến 20/5, đã có 19/21 huyện, thị xã, thành phố của tỉnh Nghệ An tổ chức thành công đại hội nhiệm kỳ 2023 - 2028.",
            None
        ),
        Some(Level::Provincial)
    );
}

#[test]
fn an_event_that_opens_after_a_time_and_a_venue_is_held_by_the_body_it_names() {
    let lead = "sáng 14/10, tại thành phố lào cai khai mạc đại hội đại biểu đảng bộ tỉnh lào cai lần thứ xvi.";
    assert_eq!(level(&[lead], &[], "", None), Some(Level::Provincial));
    let lead =
        "chiều 2/11, tại thị trấn phố ràng bế mạc hội nghị ban chấp hành đảng bộ huyện bảo yên.";
    assert_eq!(level(&[lead], &[], "", None), Some(Level::District));
}

#[test]
fn delegates_who_attend_a_units_own_conference_leave_it_the_units() {
    // "đại biểu tham dự" is who comes, not a unit attending another's event.
    assert_eq!(
        lvl(
            "Thị xã Bỉm Sơn tổ chức 25 điểm cầu với 1.200 đại biểu tham dự hội nghị quán triệt chuyên đề",
            ""
        ),
        Some(Level::District)
    );
}

#[test]
fn the_delegates_a_congress_sends_up_leave_it_its_own_level() {
    let lead = "theo kế hoạch, đại hội đại biểu mặt trận tổ quốc việt nam xã hòa phước nhiệm kỳ 2025-2030 sẽ diễn ra vào ngày 20/9/2025.";
    let next = "đại hội thảo luận phương hướng nhiệm kỳ mới; đồng thời bầu đoàn đại biểu đi dự đại hội mặt trận tổ quốc việt nam thành phố đà nẵng lần thứ xiii.";
    assert_eq!(
        level(
            &["quang cảnh hội nghị", lead, next],
            &[],
            &format!("Quang cảnh hội nghị\n\n{lead}\n\n{next}"),
            Date::new(2025, 9, 10)
        ),
        Some(Level::Commune)
    );
}

#[test]
fn a_verb_in_an_aside_in_brackets_names_no_organizer() {
    assert_eq!(
        lead(
            "Đại hội Hội Cựu chiến binh cấp xã sẽ hoàn thành trong tháng 10",
            "Theo đó, việc tổ chức đại hội của 72 xã, phường (trước đó, trong ngày 5-9, xã Tân Phú đã tổ chức đại hội điểm của tỉnh) diễn ra từ ngày 15-9 đến 10-10.",
            Date::new(2025, 9, 10)
        ),
        Some(Level::Provincial)
    );
}

#[test]
fn a_leader_who_attends_and_speaks_at_a_congress_is_its_guest() {
    let head = "bài phát biểu tại đại hội";
    let lead = "ngày 9/5, ông trần văn an, chủ tịch ủy ban trung ương mttq việt nam đã dự và phát biểu chỉ đạo tại đại hội đại biểu mttq việt nam tỉnh nam định lần thứ xv.";
    assert_eq!(level(&[head, lead], &[], "", None), Some(Level::Provincial));
    // A sentence that opens with "Dự" names its attendees after it: the
    // body of the sentence before holds the meeting.
    let head = "hiệp thương cử phó chủ tịch ủy ban mttq việt nam huyện";
    let lead = "vừa qua, ban thường trực ủy ban mttq việt nam huyện cái nước triệu tập hội nghị lần thứ 3. dự và chỉ đạo hội nghị có phó bí thư huyện ủy lê văn bình.";
    let date = Date::new(2023, 5, 9);
    assert_ne!(level(&[head, lead], &[], "", date), Some(Level::Provincial));
}

#[test]
fn a_working_session_with_a_body_is_the_visitors_and_a_session_opening_a_paragraph_counts() {
    // The body a visitor works with receives them: the speaker who chairs
    // hosts, not the district committee after "với".
    let heads = [
        "phát triển nhanh hơn, bền vững hơn",
        "đó là yêu cầu của đồng chí trần văn an, chủ tịch ubnd tỉnh tại buổi làm việc với ban thường vụ huyện ủy bình sơn chiều nay",
    ];
    let speaker = Mention {
        name: "Trần Văn An".into(),
        titles: vec!["Chủ tịch UBND tỉnh".into()],
        roles: [Role::Speaker].into(),
        ..Mention::default()
    };
    assert_eq!(
        level(&heads, &[speaker], "", Date::new(2024, 5, 2)),
        Some(Level::Provincial)
    );
    // "Tại kỳ họp HĐND huyện A, …" opens the paragraph with the session
    // that names its body; a congress recalled later does not.
    let heads = [
        "lượt xem: 12",
        "ông lê văn bình được bầu làm chủ tịch ubnd huyện",
        "tại kỳ họp hđnd huyện tân phước khóa x, đại biểu thống nhất. trước đó, tại đại hội đảng bộ tỉnh tiền giang, ông được bầu vào ban chấp hành",
    ];
    assert_eq!(
        level(&heads, &[], "", Date::new(2020, 12, 2)),
        Some(Level::District)
    );
}

#[test]
fn a_central_official_meeting_voters_with_a_provinces_deputies_is_the_provinces() {
    let heads = [
        "cử tri kiến nghị nhiều vấn đề dân sinh",
        "ngày 5/6, ông lê văn hòa, phó chủ tịch ủy ban trung ương mttq việt nam và đoàn đbqh tỉnh yên bái đã có buổi tiếp xúc cử tri xã lục yên",
    ];
    assert_eq!(
        level(&heads, &[], "", Date::new(2025, 6, 5)),
        Some(Level::Provincial)
    );
}

#[test]
fn a_movement_launched_from_above_is_no_organizer_of_a_bodys_own_event() {
    let head = "sáng 3-5, ủy ban mttq tỉnh ninh bình tổ chức hội nghị biểu dương điển hình trong cuộc vận động do mttq việt nam phát động";
    assert_eq!(lvl(head, ""), Some(Level::Provincial));
    // With no body acting before it, "do" still names the organizer.
    let head = "hội nghị biểu dương điển hình do ủy ban mttq tỉnh ninh bình tổ chức";
    assert_eq!(lvl(head, ""), Some(Level::Provincial));
    // A clause responding to the movement names where it comes from; the
    // body acting on it follows.
    assert_eq!(
        lead(
            "Hội Nông dân xã Tân Lập trao quà cho hội viên nghèo",
            "Hưởng ứng phong trào “Tết ấm nông dân” do Hội Nông dân tỉnh phát động, vừa qua, Hội Nông dân xã Tân Lập đã phối hợp với các nhà hảo tâm trao 30 suất quà cho hội viên.",
            None
        ),
        Some(Level::Commune)
    );
}

#[test]
fn a_movement_answered_after_another_opening_act_is_no_organizer() {
    // The lead names no body of its own: the headline's does the work.
    assert_eq!(
        lead(
            "Hội Liên hiệp Phụ nữ huyện Tam Nông trao 60 suất quà cho hội viên nghèo",
            "Phát huy tinh thần tương thân tương ái và hưởng ứng Cuộc vận động “Ngày vì người nghèo” do Chủ tịch nước phát động, dịp Tết Giáp Thìn 2024.",
            None
        ),
        Some(Level::District)
    );
}

#[test]
fn the_bodies_of_a_span_of_tiers_are_no_one_body() {
    assert!(super::level::every_tier_for_test(
        "hội nông dân từ cấp tỉnh đến cơ sở"
    ));
    assert!(super::level::every_tier_for_test(
        "công đoàn từ trung ương tới cấp xã"
    ));
    assert!(!super::level::every_tier_for_test(
        "đoàn công tác từ tỉnh bắc kạn"
    ));
    assert_eq!(
        lvl_lines(&[
            "Ba năm, Hội Nông dân mở 420 lớp tập huấn kỹ thuật",
            "Báo cáo của Hội Nông dân tỉnh Sơn La cho thấy Hội Nông dân từ cấp tỉnh tới cấp xã đã mở 420 lớp tập huấn kỹ thuật cho hội viên.",
        ]),
        Some(Level::Provincial)
    );
    // A span that is the subject of several verbs names no unit either.
    assert_eq!(
        lvl_lines(&[
            "Hội Cựu chiến binh các cấp giúp 900 hội viên thoát nghèo",
            "Hội Cựu chiến binh từ cấp tỉnh đến cơ sở đã chủ trì, phối hợp mở 45 lớp dạy nghề.",
        ]),
        None
    );
    assert_eq!(
        lvl_lines(&[
            "Hội Cựu chiến binh các cấp giúp 900 hội viên thoát nghèo",
            "Hội Cựu chiến binh từ cấp huyện tới cấp xã vừa chủ trì tổ chức 45 lớp dạy nghề.",
        ]),
        None
    );
}

#[test]
fn crime_fighting_news_has_no_level() {
    let head = "công an xã tân lập thời gian qua quyết liệt đấu tranh với tội phạm, xử lý nhiều vụ phạm pháp";
    assert_eq!(lvl(head, ""), None);
    // A body's campaign against it still has its level.
    let head = "công an xã tân lập ra quân phòng, chống tội phạm";
    assert_eq!(lvl(head, ""), Some(Level::Commune));
}

#[test]
fn a_headline_quoting_a_guest_leaves_the_host_to_the_leads_body() {
    let heads = [
        "trưởng ban tổ chức trung ương đề nghị hà giang phát huy sức mạnh đoàn kết",
        "trưởng ban tổ chức trung ương đề nghị hà giang phát huy sức mạnh đoàn kết.",
        "sáng 14/10, tại hội trường lớn, tỉnh hà giang đã khai mạc đại hội đại biểu đảng bộ tỉnh lần thứ xvii",
    ];
    assert_eq!(
        level(&heads, &[], "", Date::new(2025, 10, 14)),
        Some(Level::Provincial)
    );
    // A body of the centre that acts in the headline keeps its level.
    let heads = [
        "ban dân vận trung ương đề nghị các tỉnh chăm lo tết cho người nghèo",
        "sáng 14/1, tỉnh hà giang đã tổ chức hội nghị triển khai",
    ];
    assert_eq!(
        level(&heads, &[], "", Date::new(2025, 1, 14)),
        Some(Level::Central)
    );
}

#[test]
fn two_bodies_joined_by_and_share_the_unit_named_after_the_second() {
    let d = Some(Date {
        year: 2025,
        month: 8,
        day: 4,
    });
    let lvl_on = |lead: &str| level(&[lead], &[], "", d);
    assert_eq!(
        lvl_on("sáng 4/8, chi bộ văn phòng hđnd và ubnd phường tổ chức đại hội chi bộ."),
        Some(Level::Commune)
    );
    assert_eq!(
        lvl_on("chiều 2/8, đảng ủy và ubnd xã tân lập tổ chức hội nghị đối thoại."),
        Some(Level::Commune)
    );
    // A first body with its own unit leads.
    assert_eq!(
        lvl_on("sáng 5/8, ban dân vận tỉnh ủy và ubnd xã tân lập tổ chức hội nghị."),
        Some(Level::Provincial)
    );
}

#[test]
fn a_chairman_named_by_his_unit_alone_is_disciplined_by_the_level_above() {
    // "Chủ tịch tỉnh" leaves the people's committee unsaid.
    assert_eq!(
        lvl("Nguyên Chủ tịch tỉnh Hà Giang và Cao Bằng bị kỷ luật", ""),
        Some(Level::Central)
    );
    assert_eq!(
        lvl("Chủ tịch huyện Tân Lập bị kỷ luật cảnh cáo", ""),
        Some(Level::Provincial)
    );
}

#[test]
fn a_towns_youth_union_is_the_towns_level() {
    assert_eq!(
        levels_in("ban thường vụ thị đoàn bình sơn", "", None),
        vec![Level::District]
    );
    assert_eq!(
        lvl(
            "Ban Thường vụ Thị đoàn Bình Sơn ra mắt đội hình thanh niên tình nguyện",
            ""
        ),
        Some(Level::District)
    );
}

#[test]
fn a_commune_chairman_warned_or_reprimanded_is_disciplined_by_the_level_above() {
    assert_eq!(
        lvl(
            "Nguyên Chủ tịch UBND xã Tân Lập phải kỷ luật vì buông lỏng quản lý đất đai",
            ""
        ),
        Some(Level::District)
    );
    assert_eq!(
        lvl("Bí thư Đảng ủy xã Tân Lập bị cảnh cáo", ""),
        Some(Level::District)
    );
}

#[test]
fn a_district_a_leader_comes_to_hosts_the_event() {
    let head = "đồng chí chủ tịch ubnd tỉnh lê văn an dự lễ giao nhận quân tại huyện mỹ sơn";
    let lead = "sáng 20-2, cùng với các địa phương trong tỉnh, huyện mỹ sơn long trọng tổ chức lễ giao nhận quân năm 2024.";
    assert_eq!(level(&[head, lead], &[], "", None), Some(Level::District));
}

#[test]
fn a_report_that_opens_by_listing_guests_leaves_the_level_to_the_host() {
    let guests = "đến tham dự hội nghị lãnh đạo huyện có thượng tá lê văn an, chính trị viên ban chỉ huy quân sự huyện; lãnh đạo xã có đồng chí trần văn bình, bí thư đảng ủy xã.";
    let host = "sáng 20/12, ubnd xã tân lập tổ chức hội nghị kỷ niệm ngày hội quốc phòng toàn dân.";
    assert_eq!(level(&[guests, host], &[], "", None), Some(Level::Commune));
}

#[test]
fn a_congress_clause_with_its_term_is_no_opening_time() {
    // The congress's term holds years, and the Politburo it names decides
    // through it: no national leader acts in person.
    let head =
        "ông lê quang hòa, ủy viên bộ chính trị, phó thủ tướng, tham dự và chỉ đạo tại đại hội.";
    let lead = "đại hội đại biểu đảng bộ tỉnh tân hà lần thứ i (nhiệm kỳ 2025 - 2030) công bố quyết định của bộ chính trị, ban bí thư chỉ định ban chấp hành đảng bộ tỉnh.";
    assert_ne!(
        level(
            &[head, "dự phiên khai mạc có 350 đại biểu.", lead],
            &[],
            "",
            None
        ),
        Some(Level::Central)
    );
    // A time that opens the sentence still leads to the leader who acts.
    let head = "sáng 9/2, thủ tướng lê văn an làm việc với tỉnh tân hà";
    assert_eq!(level(&[head], &[], "", None), Some(Level::Central));
}

#[test]
fn a_speech_greeting_its_guests_first_is_the_speakers_event() {
    let official = |name: &str, title: &str, roles: Vec<Role>| Mention {
        name: name.into(),
        titles: vec![title.into()],
        roles: roles.into(),
        ..Mention::default()
    };
    // Greeted first, the minister attends; the provincial secretary who
    // gives the opening speech hosts.
    let guest = official("Lê Văn An", "Bộ trưởng Bộ Quốc phòng", vec![Role::Attendee]);
    let host = official("Trần Thị Hoa", "Bí thư Tỉnh ủy Tân Hà", vec![Role::Speaker]);
    let head = "toàn văn diễn văn khai mạc đại hội.";
    assert_eq!(
        level(&[head], &[guest, host], "", None),
        Some(Level::Provincial)
    );
}

#[test]
fn one_who_attends_and_directs_is_a_guest_not_the_organizer() {
    let head =
        "ông lê quang hòa, ủy viên bộ chính trị, phó thủ tướng, tham dự và chỉ đạo tại đại hội";
    let lead = "sáng 3/10, đảng bộ tỉnh tân hà tổ chức đại hội đại biểu lần thứ i.";
    assert_eq!(level(&[head, lead], &[], "", None), Some(Level::Provincial));
}

#[test]
fn the_organizing_committee_names_an_organ_no_holding() {
    let head = "biên chế cơ quan tham mưu của đảng ủy cấp xã (mới)";
    let summary = "biên chế các cơ quan của đảng ủy cấp xã (mới): định hướng khoảng 15 biên chế.";
    let lead = "ban tổ chức trung ương vừa ban hành hướng dẫn về việc thành lập tổ chức đảng ở địa phương.";
    assert_eq!(organizer::organizer(lead), Some("ban tổ chức trung ương"));
    assert_eq!(
        level(&[head, summary, lead], &[], "", None),
        Some(Level::Central)
    );
}

#[test]
fn a_bare_party_committee_before_a_body_is_that_bodys() {
    assert_eq!(
        lvl(
            "Chiều 5/3, Đảng ủy, Bộ CHQS tỉnh tổ chức hội nghị tổng kết công tác dân vận",
            ""
        ),
        Some(Level::Provincial)
    );
    assert_eq!(
        lvl(
            "Sáng 9/4, Đảng ủy và Ban Giám đốc Công an tỉnh tổ chức lễ trao quyết định",
            ""
        ),
        Some(Level::Provincial)
    );
}

#[test]
fn deputies_sit_in_their_council_not_their_constituency() {
    assert_eq!(
        lvl(
            "Ngày 12 tháng 7 năm 2014, Tổ đại biểu HĐND tỉnh đơn vị huyện Bảo Lạc tổ chức tiếp xúc cử tri",
            ""
        ),
        Some(Level::Provincial)
    );
}

#[test]
fn an_address_before_the_subject_is_no_organizer() {
    assert_eq!(
        lvl(
            "Phường Hòa Bình, tỉnh Đồng Xuân, Đại hội đại biểu Đảng bộ tỉnh Đồng Xuân lần thứ I khai mạc phiên thứ nhất",
            ""
        ),
        Some(Level::Provincial)
    );
    // Units alone are the organizer, the first of them.
    assert_eq!(
        lvl("Xã Tân Lập, huyện Ba Tơ tổ chức ngày hội đại đoàn kết", ""),
        Some(Level::Commune)
    );
}

#[test]
fn a_tournament_named_after_a_unit_is_that_units() {
    assert_eq!(
        lvl(
            "Bế mạc giải bóng đá mini huyện Hòa Vang lần thứ X năm 2019",
            "Giải bóng đá mini huyện Hòa Vang do Trung tâm Văn hóa huyện tổ chức."
        ),
        Some(Level::District)
    );
    // The nation's sport stays news no body organises.
    assert_eq!(
        lvl(
            "Đội tuyển U23 thắng trận mở màn giải bóng đá Đông Nam Á",
            ""
        ),
        None
    );
}

#[test]
fn a_city_police_written_short_is_the_citys_level() {
    assert_eq!(
        lvl(
            "Đại tá Lê Văn Hùng, Phó giám đốc CATP Hà Nội, cùng đoàn công tác tổ chức chương trình về nguồn tại xã Tân Trào",
            ""
        ),
        Some(Level::Provincial)
    );
}

#[test]
fn a_guest_who_attends_and_then_speaks_still_hosts_nothing() {
    let official = |name: &str, title: &str, roles: Vec<Role>| Mention {
        name: name.into(),
        titles: vec![title.into()],
        roles: roles.into(),
        ..Mention::default()
    };
    // "Ông A, Bí thư Thành ủy, và Phó Chủ tịch Quốc hội B tới dự. Phát
    // biểu tại kỳ họp, Phó Chủ tịch Quốc hội B …": the city's session.
    let head = "khai mạc kỳ họp thứ 9";
    let city = official(
        "Nguyễn Văn Hải",
        "Bí thư Thành ủy Hải Phòng",
        vec![Role::Attendee],
    );
    let centre = official(
        "Trần Văn Long",
        "Phó Chủ tịch Quốc hội",
        vec![Role::Attendee, Role::Speaker],
    );
    assert_eq!(
        level(&[head], &[city, centre], "", None),
        Some(Level::Provincial)
    );
}

#[test]
fn an_interview_has_the_level_of_the_one_interviewed() {
    // The anniversary and the resolution name the centre; the one who
    // answers heads a province's board.
    let report = crate::parse::parse_report(
        "phong-van.txt",
        "Công tác dân vận phải đi trước mở đường\n\
(PV) - Nhiều năm qua, công tác vận động quần chúng luôn giữ vai trò quan trọng trong sự nghiệp cách mạng.\n\
Nhân kỷ niệm 90 năm Ngày truyền thống công tác Dân vận của Đảng, được soi sáng qua Nghị quyết 25 Hội nghị Trung ương 7 - khóa XI, phóng viên đã phỏng vấn bà Lê Thị Hồng Nhung - Trưởng Ban Dân vận Tỉnh ủy Bình Phước.\n",
    );
    assert_eq!(report.level, Some(Level::Provincial));
    // A meeting the headline names keeps its body's level, whoever the
    // reporter then interviews.
    let report = crate::parse::parse_report(
        "ben-le.txt",
        "Huyện ủy Đông Anh tổ chức hội nghị sơ kết công tác dân vận\n\
Sáng 5/7, Huyện ủy Đông Anh tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm.\n\
Bên lề hội nghị, phóng viên đã phỏng vấn ông Lê Minh Quân, Phó Chủ tịch UBND tỉnh.\n",
    );
    assert_eq!(report.level, Some(Level::District));
}

#[test]
fn a_ministrys_seat_is_no_provincial_department() {
    let report = crate::parse::parse_report(
        "seat.txt",
        "Tăng cường hợp tác quốc phòng song phương\n\
Chiều 12/3, tại Trụ sở Bộ Quốc phòng, Thượng tướng Lê Văn An, Thứ trưởng Bộ Quốc phòng đã tiếp đoàn đại biểu quân sự.\n",
    );
    assert_eq!(report.level, Some(Level::Central));
}

#[test]
fn a_schools_or_firms_own_event_has_no_level() {
    let lines = |l: &[&str]| level(l, &[], "", None);
    // A school's closing ceremony, the ward in brackets where it stands.
    assert_eq!(
        lines(&[
            "trường thcs lê lợi nhận bằng khen",
            "sáng 24/5, trường thcs lê lợi (phường 3, thành phố an phú) tổ chức lễ tổng kết năm học 2024-2025.",
        ]),
        None
    );
    // Firms handing out scholarships, one name holding "và".
    assert_eq!(
        lines(&[
            "trao học bổng cho 80 học sinh nghèo",
            "sáng 12/9, tại thành phố hòa an, công ty bình minh và công ty xây dựng và thương mại an khang trao 80 suất học bổng.",
        ]),
        None
    );
    // A state body beside the firm, or the Front receiving its gift, makes
    // the event theirs.
    assert_eq!(
        lines(&[
            "công ty bình minh tặng 300 suất quà tết",
            "sáng 5/1, ủy ban mttq tỉnh đã tiếp nhận 300 suất quà tết do công ty bình minh trao tặng.",
        ]),
        Some(Level::Provincial)
    );
}

#[test]
fn a_writers_death_is_news_and_an_officials_is_not() {
    assert!(no_level_news("nhà thơ trần văn an qua đời ở tuổi 90"));
    assert!(no_level_news(
        "lễ viếng nhà văn lê thị hoa diễn ra sáng 20/5"
    ));
    assert!(!no_level_news("nguyên bí thư tỉnh ủy hà an từ trần"));
    assert!(!no_level_news("lễ viếng đồng chí nguyễn văn bình"));
    assert!(no_level_news(
        "tngt nghiêm trọng trên quốc lộ 1, 2 người thương vong"
    ));
}

#[test]
fn a_province_kicker_yields_to_the_lower_unit_that_holds_the_event() {
    // The headline names the ward the contest is held in.
    let heads = [
        "bình định: hội thi dân vận khéo ở phường tân hòa",
        "sáng 10/10, tại hội trường phường tân hòa đã diễn ra hội thi dân vận khéo năm 2025 với sự tham gia của 12 đội thi.",
        "tham dự có đồng chí lê văn minh, phó trưởng ban dân vận tỉnh ủy.",
    ];
    assert_eq!(level(&heads, &[], "", None), Some(Level::Commune));
    // The article says further on which body organised it.
    let heads = [
        "quảng ngãi: sôi nổi hội thi tuyên truyền viên giỏi",
        "sáng 10/10, hội thi tuyên truyền viên giỏi năm 2025 đã diễn ra với sự tham gia của 12 đội thi.",
        "tham dự có đồng chí lê văn minh, phó trưởng ban dân vận tỉnh ủy.",
    ];
    let body = ["hội thi do ban thường vụ đảng ủy xã tân lập tổ chức nhằm tuyên truyền sâu rộng về công tác dân vận."];
    assert_eq!(
        level_with_body(&heads, &body, &[], "", None),
        Some(Level::Commune)
    );
    assert_eq!(level(&heads, &[], "", None), Some(Level::Provincial));
    // A province's own event under its kicker stays the province's.
    let heads = [
        "bình định: hội nghị tổng kết công tác dân vận năm 2024",
        "sáng 20/12, ban dân vận tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2024.",
    ];
    let body = ["dịp này, các xã đã tham gia hội thi do đảng ủy xã tân lập tổ chức."];
    assert_eq!(
        level_with_body(&heads, &body, &[], "", None),
        Some(Level::Provincial)
    );
    // So does a district's, held at a commune's hall.
    let heads = [
        "bình định: hội nghị tổng kết công tác dân vận huyện tại xã tân lập",
        "ngày 20/12, huyện tổ chức hội nghị tổng kết.",
    ];
    assert_eq!(
        level(&heads, &[], "", Date::new(2024, 12, 20)),
        Some(Level::District)
    );
}

#[test]
fn a_regional_defence_command_is_the_provinces() {
    assert_eq!(
        lvl(
            "Ngày 2/10, Ban Chỉ huy phòng thủ khu vực 3 - Tân Lạc tổ chức hội nghị tổng kết công tác dân vận",
            ""
        ),
        Some(Level::Provincial)
    );
    // A commune's defence zone is no regional command.
    assert_ne!(
        lvl("Xã Tân Lạc diễn tập khu vực phòng thủ năm 2025", ""),
        Some(Level::Provincial)
    );
}

#[test]
fn a_border_post_is_the_districts_before_the_reform_and_the_provinces_after() {
    assert_eq!(
        lvl(
            "Đồn Biên phòng Khe Mây phối hợp với cấp ủy, chính quyền xã Na Lâm bàn giao nhà cho hộ nghèo",
            ""
        ),
        Some(Level::District)
    );
    assert_eq!(
        lvl("Đồn BPCKQT Hoàng Sơn tổ chức ngày hội", ""),
        Some(Level::District)
    );
    let after = Date::new(2025, 9, 12);
    assert_eq!(
        level(
            &["đồn biên phòng khe mây tổ chức ngày hội đại đoàn kết"],
            &[],
            "",
            after
        ),
        Some(Level::Provincial)
    );
    // A police station is no border post.
    assert_ne!(
        lvl("Đồn Công an Tân Hải tổ chức ra quân", ""),
        Some(Level::District)
    );
}

#[test]
fn an_undated_page_naming_a_body_of_the_reform_is_of_its_era() {
    // The border guard's provincial command became a "Ban Chỉ huy" under
    // the province's military command with the two-level government: a
    // page with no date that names it is of the reform's era.
    let text = "Ngày 20-1, Đồn Biên phòng Lò Gò phối hợp tổ chức chương trình “Xuân Biên phòng - Ấm lòng dân bản” tại xã Tân Lập. Tham dự có Thượng tá Lê Văn Tám, Phó Chính ủy Ban Chỉ huy BĐBP tỉnh Tây Ninh.\n";
    let r = crate::parse::parse_report("xuan-bien-phong.txt", text);
    assert_eq!(r.published, None);
    assert_eq!(r.level, Some(Level::Provincial));
    // Under the old provincial command, the border post is the district's.
    let text = text.replace("Ban Chỉ huy BĐBP", "Bộ Chỉ huy BĐBP");
    let r = crate::parse::parse_report("xuan-bien-phong.txt", &text);
    assert_eq!(r.level, Some(Level::District));
}

#[test]
fn a_body_named_in_a_clause_of_what_came_before_is_no_organizer() {
    // "Ngay sau khi" (right after) opens a clause, as "sau khi" does: the
    // Front that launched the campaign did not hold what the lead reports.
    let head = "Ngay sau khi Ủy ban Trung ương MTTQ Việt Nam phát động Cuộc vận động \
                “Chung tay xóa nhà tạm”, Đảng ủy, Ban chỉ huy Đồn Biên phòng Khe Mây \
                đã phối hợp với cấp ủy, chính quyền xã Na Lâm rà soát các hộ nghèo";
    assert_ne!(lvl(head, ""), Some(Level::Central));
}

#[test]
fn a_bare_party_committee_after_an_opening_is_the_next_bodys() {
    let head = "Báo cáo khẳng định, 10 năm qua, Đảng ủy, Bộ Tư lệnh Bộ đội Biên phòng đã có nhiều giải pháp";
    assert_ne!(lvl(head, ""), Some(Level::Commune));
}

#[test]
fn the_body_that_invites_a_delegation_hosts_its_visit() {
    let head = "tăng đoàn nước bạn sang làm việc";
    let lead = "nhận lời mời của giáo hội phật giáo việt nam, mười hai vị sư nước bạn có mặt ở đà nẵng sáng thứ hai";
    let text = "Nhận lời mời của Giáo hội Phật giáo Việt Nam, mười hai vị sư nước bạn có mặt ở Đà Nẵng sáng thứ Hai.";
    assert_eq!(level(&[head, lead], &[], text, None), Some(Level::Central));
    let lead = "theo lời mời của ủy ban mttq việt nam tỉnh tân hà, đoàn đại biểu mặt trận huyện b (lào) đến thăm tỉnh";
    let text = "Theo lời mời của Ủy ban MTTQ Việt Nam tỉnh Tân Hà, đoàn đại biểu Mặt trận huyện B (Lào) đến thăm tỉnh.";
    assert_eq!(
        level(
            &["đoàn mặt trận huyện b thăm tỉnh tân hà", lead],
            &[],
            text,
            None
        ),
        Some(Level::Provincial)
    );
}

#[test]
fn a_national_body_written_short_is_central_unless_a_unit_follows() {
    assert_eq!(
        lvl("Nhận lời mời của GHPGVN, ba vị sư nước bạn sang dự lễ", ""),
        Some(Level::Central)
    );
    assert_eq!(
        lvl("Ủy ban MTTQVN huyện Tân Hà tổ chức hội nghị", ""),
        Some(Level::District)
    );
    // The Front written short is a committee of any level.
    assert_ne!(
        lvl("Hoàn thành Đại hội đại biểu MTTQVN cấp huyện", ""),
        Some(Level::Central)
    );
}

#[test]
fn a_meeting_held_at_a_bodys_seat_is_that_bodys() {
    let heads = [
        "giao ban công tác dân vận của chính quyền",
        "nội dung chính là điểm lại việc làm dân vận của bộ máy hành chính trong năm và bàn việc của năm sau.",
        "hội nghị của khối sẽ họp chiều 9/11 tại cơ quan ban dân vận trung ương, lãnh đạo ban chủ trì.",
    ];
    assert_eq!(level(&heads, &[], "", None), Some(Level::Central));
    assert_eq!(
        super::level::seat_level_for_test(heads[2]),
        Some(Level::Central)
    );
    // A stop at a seat on a visit names no event the seat's body holds.
    assert_eq!(
        super::level::seat_level_for_test(
            "đoàn công tác đã đến thăm gia đình ông a tại trụ sở ubnd xã b."
        ),
        None
    );
}

#[test]
fn a_front_joined_by_its_member_bodies_is_of_the_unit_named_after_them() {
    assert_eq!(
        levels_in(
            "đại hội ủy ban mttq việt nam và các tổ chức chính trị - xã hội xã hòa lạc lần thứ i",
            "",
            None
        )
        .first()
        .copied(),
        Some(Level::Commune)
    );
    assert_eq!(
        lvl(
            "Ngày 9-10, Ủy ban MTTQ Việt Nam và các đoàn thể phường Tân Lạc tổ chức Đại hội lần thứ I",
            ""
        ),
        Some(Level::Commune)
    );
    assert_eq!(
        lvl(
            "Sáng 3/11, Đại hội Ủy ban MTTQ Việt Nam và các tổ chức chính trị - xã hội xã Hòa Lạc lần thứ I diễn ra thành công",
            ""
        ),
        Some(Level::Commune)
    );
    // The Front with no unit after the bodies joined to it is the nation's.
    assert_eq!(
        lvl(
            "Ủy ban Trung ương MTTQ Việt Nam và các tổ chức chính trị - xã hội tổ chức hội nghị",
            ""
        ),
        Some(Level::Central)
    );
}

fn lvl_lines(lines: &[&str]) -> Option<Level> {
    let lowers: Vec<String> = lines.iter().map(|l| l.to_lowercase()).collect();
    let refs: Vec<&str> = lowers.iter().map(String::as_str).collect();
    level(&refs, &[], &lines.join("\n"), None)
}

#[test]
fn a_festival_of_national_unity_at_a_residential_area_is_the_communes() {
    assert_eq!(
        lvl(
            "Sáng 14/11, dự Ngày hội Đại đoàn kết toàn dân tộc tại thôn Phú Hòa, xã Tân Lập, huyện Yên Sơn, Tổng Bí thư Lê Văn An bày tỏ vui mừng",
            ""
        ),
        Some(Level::Commune)
    );
    assert_eq!(
        lvl_lines(&[
            "Giữa tiếng trống hội rộn ràng, Chủ tịch nước Trần Văn Bình trò chuyện với bà con về những đổi thay của khu phố.",
            "Sáng nay, Chủ tịch nước Trần Văn Bình về chung vui Ngày hội Đại đoàn kết toàn dân tộc cùng người dân Cụm dân cư số 7, phường Kim Sơn và khen ngợi phong trào của phường.",
        ]),
        Some(Level::Commune)
    );
    assert_eq!(
        lvl_lines(&[
            "Rộn ràng ngày hội ở các khu dân cư",
            "Hôm qua, bà Lê Thị Hoa, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cùng bà con khu dân cư Xóm Đồi, xã Vĩnh Phú dự Ngày hội Đại đoàn kết toàn dân tộc.",
        ]),
        Some(Level::Commune)
    );
}

#[test]
fn festivals_reviewed_or_counted_across_areas_are_not_one_areas() {
    assert_ne!(
        lvl(
            "Ủy ban MTTQ tỉnh sơ kết 15 năm Ngày hội Đại đoàn kết toàn dân tộc ở thôn, khu dân cư",
            ""
        ),
        Some(Level::Commune)
    );
    assert_ne!(
        lvl(
            "Huyện Sơn Hà: 82 khu dân cư tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại các thôn",
            ""
        ),
        Some(Level::Commune)
    );
    assert_ne!(
        lvl(
            "Các địa phương trong huyện Sơn Hà tổ chức Ngày hội Đại đoàn kết các dân tộc ở khu dân cư",
            ""
        ),
        Some(Level::Commune)
    );
}

#[test]
fn festivals_of_the_villages_of_one_commune_are_the_communes() {
    // Villages counted inside one commune the sentence names: every
    // festival is still the commune's affair.
    assert_eq!(
        lvl_lines(&[
            "Tà Xùa rộn ràng ngày hội cuối năm",
            "Từ ngày 10 đến 15/11, các bản trên địa bàn xã Tà Xùa lần lượt mở Ngày hội Đại đoàn kết; đại diện Ban Dân vận Tỉnh ủy đến chung vui.",
        ]),
        Some(Level::Commune)
    );
    assert_eq!(
        lvl_lines(&[
            "Tưng bừng Ngày hội Đại đoàn kết ở các tổ dân phố của phường Đông Lương",
            "Tối 17/11, lãnh đạo Thành ủy đến chung vui cùng người dân.",
        ]),
        Some(Level::Commune)
    );
    // Villages of many communes are a higher tier's roundup.
    assert_ne!(
        lvl(
            "Huyện Mộc Hóa: các ấp của các xã biên giới mở Ngày hội Đại đoàn kết",
            ""
        ),
        Some(Level::Commune)
    );
}

#[test]
fn festivals_a_tier_directs_are_not_one_areas() {
    // Without the rule, the hamlets in the sentence after the festival
    // would make each of these the commune's.
    for lead in [
        "Ban Thường vụ Huyện ủy Krông Lâm chỉ đạo tổ chức Ngày hội Đại đoàn kết toàn dân tộc theo hướng thiết thực, để bà con trong làng, ngoài xóm cùng vui.",
        "Huyện ủy Krông Lâm yêu cầu Mặt trận và các đoàn thể tổ chức tốt Ngày hội Đại đoàn kết toàn dân tộc, để bà con trong làng, ngoài xóm thêm gần gũi.",
    ] {
        assert_eq!(
            lvl_lines(&["Krông Lâm sẵn sàng cho ngày hội lớn của khu dân cư", lead]),
            Some(Level::District),
            "{lead}"
        );
    }
    assert_eq!(
        lvl_lines(&[
            "Krông Lâm: ngày hội ở từng buôn, từng thôn",
            "Ban Thường vụ Huyện ủy chỉ đạo tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại thôn, buôn gọn nhẹ, vui tươi.",
        ]),
        Some(Level::District)
    );
}

#[test]
fn a_city_under_the_centre_is_of_the_provinces_rank() {
    assert_eq!(
        lvl(
            "Các thành phố trực thuộc Trung ương trong cụm thi đua trao nhà Đại đoàn kết tặng hộ khó khăn",
            ""
        ),
        Some(Level::Provincial)
    );
}

#[test]
fn the_issuer_of_a_cited_document_is_no_level() {
    assert_eq!(
        levels_in(
            "năm qua, mặt trận ba cấp giám sát 17 chuyên đề, bám sát quyết định 217-qđ/tw của bộ chính trị",
            "",
            None
        ),
        vec![]
    );
    assert_eq!(
        levels_in(
            "thực hiện chỉ thị số 05-ct/tu của ban thường vụ tỉnh ủy",
            "",
            None
        ),
        vec![Level::Provincial]
    );
    assert_eq!(
        levels_in("theo kế hoạch của ban dân vận trung ương", "", None),
        vec![Level::Central]
    );
}

#[test]
fn a_tier_that_completed_its_congresses_is_the_level_aboves_news() {
    // The lead names the last district unions that held theirs; the
    // headline reports the whole tier done.
    let head = "hòa bình: hoàn thành đại hội đoàn cấp huyện và tương đương";
    let lead = "ngày 15/8, ban chấp hành đoàn tncs hồ chí minh huyện kim lâm, lạc thủy, \
        thành phố hòa bình tổ chức thành công đại hội đại biểu nhiệm kỳ 2022 - 2027.";
    assert_eq!(level(&[head, lead], &[], "", None), Some(Level::Provincial));
    let head = "đông sơn hoàn thành đại hội phụ nữ cấp cơ sở";
    let lead = "đến nay, tất cả 12 hội lhpn xã trên địa bàn huyện đông sơn \
        hoàn thành tổ chức đại hội nhiệm kỳ 2021 - 2026.";
    assert_eq!(level(&[head, lead], &[], "", None), Some(Level::District));
    // "Hoàn tất" and "tổ chức dứt điểm" say the tier is done as well.
    let head = "quảng hà: tổ chức dứt điểm đại hội hội nông dân cấp huyện";
    let lead = "ngày 20/6, hội nông dân huyện tân lập và huyện bình sơn \
        tổ chức đại hội đại biểu nhiệm kỳ 2023 - 2028.";
    assert_eq!(level(&[head, lead], &[], "", None), Some(Level::Provincial));
    let head = "bình sơn hoàn tất đại hội hội cựu chiến binh cấp cơ sở";
    let lead = "đến nay, 15 hội cựu chiến binh xã trên địa bàn huyện bình sơn \
        đã tổ chức đại hội nhiệm kỳ 2022 - 2027.";
    assert_eq!(level(&[head, lead], &[], "", None), Some(Level::District));
    // The lead may count the tier below the one the headline completes:
    // the province directs both.
    let head = "nỗ lực hoàn thành đại hội hội cựu chiến binh cấp huyện trước quý iv";
    let lead = "ngày 3/3, hội cựu chiến binh xã tân lập là đơn vị thứ 41 trong tỉnh \
        tổ chức đại hội nhiệm kỳ 2022 - 2027.";
    assert_eq!(level(&[head, lead], &[], "", None), Some(Level::Provincial));
    // A headline that names no completion keeps the lead's organiser.
    let head = "hội thi dân vận khéo cấp cơ sở";
    let lead = "sáng 4/5, đảng ủy xã tân lập tổ chức hội thi dân vận khéo năm 2023.";
    assert_eq!(level(&[head, lead], &[], "", None), Some(Level::Commune));
}

#[test]
fn a_national_bodys_chapter_at_a_school_or_firm_is_not_central() {
    assert_eq!(
        levels_in(
            "hội sinh viên việt nam trường đại học quảng hà tổ chức đại hội",
            "",
            None
        ),
        vec![]
    );
    assert_eq!(
        levels_in(
            "hội cựu chiến binh vn công ty than mỏ lạng tổ chức",
            "",
            None
        ),
        vec![]
    );
    // The national body itself, and one a sentence goes on after.
    assert!(
        levels_in("trung ương hội sinh viên việt nam trao giải", "", None)
            .iter()
            .all(|l| *l == Level::Central)
    );
    assert_eq!(
        levels_in("hội nông dân việt nam trường tồn cùng dân tộc", "", None),
        vec![Level::Central]
    );
}

#[test]
fn a_city_abroad_names_no_level() {
    let lines = [
        "Lãnh đạo tỉnh tiếp đoàn đại biểu",
        "Chiều 14/9, đoàn đại biểu thành phố Gimhae (Hàn Quốc) đã đến thăm và làm việc với tỉnh Hà Nam.",
    ];
    assert_eq!(lvl_lines(&lines), Some(Level::Provincial));
    let lines = [
        "Lãnh đạo tỉnh tiếp đoàn đại biểu",
        "Chiều 14/9, đoàn do ông Kim Chul-soo, Thị trưởng thành phố làm trưởng đoàn đã đến làm việc với tỉnh Hà Nam.",
    ];
    assert_eq!(lvl_lines(&lines), Some(Level::Provincial));
    let lines = [
        "Lãnh đạo tỉnh tiếp đoàn đại biểu",
        "Chiều 14/9, đoàn đại biểu thành phố Kitakyushu, Nhật Bản đã đến làm việc với tỉnh Hà Nam.",
    ];
    assert_eq!(lvl_lines(&lines), Some(Level::Provincial));
    // A Vietnamese city of a province is still a district's unit.
    let lines = [
        "Thành phố Phủ Lý tổ chức hội nghị",
        "Chiều 14/9, thành phố Phủ Lý (tỉnh Hà Nam) tổ chức hội nghị tổng kết.",
    ];
    assert_eq!(lvl_lines(&lines), Some(Level::District));
}

#[test]
fn an_election_is_held_by_the_body_of_the_post() {
    // The provincial committee elects its deputy secretary, whatever
    // city's committee the person led.
    assert_eq!(
        level(
            &[
                "bầu bổ sung phó bí thư tỉnh ủy hòa sơn",
                "ông lê văn khải, bí thư thành ủy đông lâm được bầu làm phó bí thư tỉnh ủy hòa sơn với 40/45 phiếu.",
            ],
            &[],
            "",
            None,
        ),
        Some(Level::Provincial)
    );
    // A commune's congress elects its own secretary.
    assert_eq!(
        level(
            &[
                "bí thư đảng ủy xã tân phú tái đắc cử",
                "bà trần thị hoa, phó bí thư huyện ủy, được bầu giữ chức bí thư đảng ủy xã tân phú nhiệm kỳ 2020-2025.",
            ],
            &[],
            "",
            None,
        ),
        Some(Level::Commune)
    );
}

#[test]
fn deputies_meeting_voters_with_words_between_are_their_provinces() {
    for lead in [
        "sáng 12/5, phó thủ tướng lê minh tâm và đoàn đại biểu quốc hội tỉnh hòa sơn đã có buổi tiếp xúc, gặp gỡ cử tri huyện đông lâm.",
        "chiều 3/10, chủ tịch nước trần văn hải cùng các đại biểu quốc hội tỉnh hòa sơn tiếp xúc với cử tri xã tân phú.",
    ] {
        assert_eq!(
            level(
                &["cử tri hòa sơn kiến nghị về giao thông nông thôn", lead],
                &[],
                "",
                None
            ),
            Some(Level::Provincial),
            "{lead}"
        );
    }
}

#[test]
fn attendees_named_after_co_leave_the_clause_before_no_attendee() {
    let head = "tân lạc tổ chức đại hội đại biểu hội cựu chiến binh huyện nhiệm kỳ 2022 - 2027";
    let lead = "đây là đơn vị được hội cựu chiến binh tỉnh chọn làm điểm, đến dự và chỉ đạo đại hội có đồng chí trần văn quế, phó chủ tịch trung ương hội cựu chiến binh việt nam.";
    assert_eq!(level(&[head, lead], &[], "", None), Some(Level::District));
    // A unit that attends is still read as a guest of the level above.
    assert_eq!(
        lvl("Huyện ủy Yên Sơn tham dự hội nghị báo cáo viên tháng 5", ""),
        Some(Level::Provincial)
    );
}

#[test]
fn the_body_that_issued_documents_studied_holds_no_meeting() {
    // The commune's party executive studies what the province issued.
    let lead = "Hội nghị có sự tham dự của Ban Chấp hành Đảng bộ xã Nà Hang. Tại hội nghị, \
        các đại biểu được quán triệt các văn bản do Ban Thường vụ Tỉnh ủy ban hành.";
    assert_ne!(lvl(lead, ""), Some(Level::Provincial));
    let lead = "Sáng 4/3, Đảng ủy xã Phú Cường tổ chức hội nghị học tập các nghị quyết do \
        Ban Chấp hành Trung ương ban hành.";
    assert_eq!(lvl(lead, ""), Some(Level::Commune));
    // A body that issues a document itself is its subject.
    assert_eq!(
        lvl(
            "Ban Thường vụ Tỉnh ủy ban hành Chỉ thị về công tác dân vận",
            ""
        ),
        Some(Level::Provincial)
    );
}

#[test]
fn leaders_who_attend_named_with_an_office_written_short_are_guests() {
    // A city's session chaired by its council, the party's leaders listed
    // as guests with "UVTW" (Ủy viên Trung ương) first: the city holds it,
    // not the centre.
    let head = "uvtw đảng, chủ tịch hđnd thành phố hoàng minh khôi chủ trì, điều hành kỳ họp.";
    let lead = "uvtw đảng, bí thư thành ủy lý văn thuận; phó bí thư thường trực thành ủy đàm thị loan tham dự kỳ họp.";
    assert_ne!(level(&[head, lead], &[], "", None), Some(Level::Central));
}

#[test]
fn an_inspection_committee_weighing_or_concluding_on_a_case_holds_the_report() {
    assert_eq!(
        lvl(
            "Tại kỳ họp thứ 21, Ủy ban Kiểm tra Trung ương xem xét báo cáo của Tỉnh ủy Kỳ Phong về việc thu hồi một dự án sân golf",
            ""
        ),
        Some(Level::Central)
    );
    assert_eq!(
        lvl(
            "Ngày 27/3, Ủy ban Kiểm tra Tỉnh ủy kết luận bà Lương Thị Mận, Chánh Văn phòng Huyện ủy Vạn Thông đã để thất lạc hồ sơ đảng viên",
            ""
        ),
        Some(Level::Provincial)
    );
    // A case undergone, and conclusions as a noun, name no acting body.
    assert_eq!(
        lvl(
            "Thông báo kết luận của Ủy ban Kiểm tra Tỉnh ủy được Đảng ủy xã Tân Lập triển khai tới các chi bộ",
            ""
        ),
        Some(Level::Commune)
    );
}

#[test]
fn a_venue_naming_no_body_and_a_clause_may_open_before_the_subject() {
    assert_eq!(
        lvl(
            "Tại phiên họp, sau khi đối chiếu bản kê khai tài sản của Đảng bộ huyện Vạn Thông, Ủy ban Kiểm tra T.Ư yêu cầu Huyện ủy nộp lại hồ sơ gốc",
            ""
        ),
        Some(Level::Central)
    );
}

#[test]
fn a_border_guard_named_by_its_province_is_the_provinces() {
    assert_eq!(
        lvl(
            "Bộ đội Biên phòng Kiên Giang ra quân hỗ trợ ngư dân sửa chữa tàu cá sau bão",
            ""
        ),
        Some(Level::Provincial)
    );
    assert_eq!(
        lvl(
            "Bộ đội Biên phòng Thừa Thiên Huế ra quân giúp dân thu hoạch lúa",
            ""
        ),
        Some(Level::Provincial)
    );
    // With no province after it the force is the whole country's.
    assert_eq!(
        lvl(
            "Bộ đội Biên phòng tổ chức Hội nghị toàn quốc tổng kết phong trào",
            ""
        ),
        Some(Level::Central)
    );
}

#[test]
fn a_delegation_of_an_armed_forces_command_under_an_officer_is_the_commands() {
    let head = "ấm áp nghĩa tình quân dân nơi vùng cao";
    let lead = "đoàn công tác của bộ tư lệnh quân khu 2 do thiếu tướng hoàng đình khuê dẫn đầu vừa khám bệnh, cấp thuốc miễn phí cho đồng bào bản nậm khum";
    assert_eq!(level(&[head, lead], &[], "", None), Some(Level::Central));
    let lead = "nhân dịp tết trung thu, đoàn công tác của bộ chỉ huy quân sự tỉnh bình phước do đại tá lê minh tâm làm trưởng đoàn đã trao 200 phần quà cho học sinh xã lộc thành";
    assert_eq!(level(&[head, lead], &[], "", None), Some(Level::Provincial));
    // The command may follow the delegation's name with no "của".
    let lead = "ngày 5-2, đoàn công tác công an tphcm do thượng tá lê thị hạnh làm trưởng đoàn đã đến thăm, chúc tết ủy ban mttq việt nam xã bình khánh";
    assert_eq!(level(&[head, lead], &[], "", None), Some(Level::Provincial));
    let lead = "sáng 12-1, đoàn công tác công an tỉnh lạng sơn do đại tá hoàng văn khiêm dẫn đầu đã thăm, tặng quà các hộ nghèo xã tân thanh";
    assert_eq!(level(&[head, lead], &[], "", None), Some(Level::Provincial));
}

#[test]
fn a_great_feast_greeted_after_attending_is_no_higher_bodys_ceremony() {
    // "Đại lễ" is a faith's great feast, no conference of the level above:
    // a district body that attends it and greets it reads as one that
    // only attends it.
    let greets = "thường trực huyện ủy tân hưng dự và chúc mừng đại lễ vu lan tại chùa phước long";
    let attends = "thường trực huyện ủy tân hưng dự đại lễ vu lan tại chùa phước long";
    let lead = "sáng 2/9, đoàn đến thăm chư tăng và phật tử nhà chùa.";
    let greeted = level(&[greets, lead], &[], "", None);
    assert_ne!(greeted, Some(Level::Provincial));
    assert_eq!(greeted, level(&[attends, lead], &[], "", None));
}

#[test]
fn a_lead_that_opens_with_tham_du_lists_guests_not_an_attending_body() {
    // "Tham dự … về phía X có A": X is the guest's side, not the host.
    let head = "hội cựu chiến binh tỉnh lam sơn tổng kết công tác hội năm 2027";
    let lead = "tham dự và chỉ đạo hội nghị về phía bộ quốc phòng có trung tướng lê văn hải.";
    assert_eq!(level(&[head, lead], &[], "", None), Some(Level::Provincial));
    let head = "ủy ban mttq việt nam huyện đông hà tổ chức hội nghị hiệp thương lần thứ hai";
    let lead = "tham dự hội nghị về phía tỉnh có bà trần thị hạnh, phó chủ tịch ủy ban mttq việt nam tỉnh.";
    assert_eq!(level(&[head, lead], &[], "", None), Some(Level::District));
}

#[test]
fn a_side_named_before_the_attendees_is_no_attending_body() {
    // "Về phía tỉnh, dự … có A": whose people attend, not a body that
    // goes to another's event.
    let head = "hội liên hiệp phụ nữ tỉnh bắc sơn tổ chức hội nghị ban chấp hành";
    let lead = "về phía tỉnh, dự hội nghị có bà lò thị mai, phó chủ tịch ubnd tỉnh.";
    assert_eq!(level(&[head, lead], &[], "", None), Some(Level::Provincial));
    let lead = "về phía huyện, tham dự buổi lễ có ông vi văn hào, phó bí thư huyện ủy.";
    let head = "đảng ủy xã tân lập tổ chức lễ trao huy hiệu đảng";
    assert_eq!(level(&[head, lead], &[], "", None), Some(Level::Commune));
}

#[test]
fn the_bodies_of_every_tier_are_no_one_level() {
    // A union "at every tier" is no national body: the lead's organizer
    // places the event.
    assert_eq!(
        lvl_lines(&[
            "Phong trào thi đua do Hội Cựu chiến binh Việt Nam các cấp phát động đạt nhiều kết quả",
            "Sáng 9/8, Hội Cựu chiến binh tỉnh Sơn La tổng kết phong trào tại hội trường tỉnh.",
        ]),
        Some(Level::Provincial)
    );
    assert_ne!(
        lvl(
            "Các hoạt động do Hội Nông dân Việt Nam các cấp phát động",
            ""
        ),
        Some(Level::Central)
    );
    // The national union named bare stays central.
    assert_eq!(
        lvl("Hội Cựu chiến binh Việt Nam tổ chức hội thảo khoa học", ""),
        Some(Level::Central)
    );
}

#[test]
fn a_council_or_committee_named_for_the_nation_is_central() {
    assert_eq!(
        lvl("Hội đồng Bầu cử Quốc gia họp phiên thứ tư", ""),
        Some(Level::Central)
    );
    assert_eq!(
        lvl(
            "Ủy ban An toàn giao thông Quốc gia kiểm tra công tác bảo đảm trật tự giao thông",
            ""
        ),
        Some(Level::Central)
    );
    let report = crate::parse::parse_report(
        "council.txt",
        "Chăm lo người cao tuổi trong năm mới\n\
Theo Ủy ban Quốc gia về người cao tuổi, mỗi xã lập một quỹ chăm sóc người cao tuổi.\n\
Các địa phương báo cáo kết quả trước tháng 12.\n",
    );
    assert_eq!(report.level, Some(Level::Central));
    // A commune's committee carrying out a national programme stays the
    // commune's.
    assert_eq!(
        lvl(
            "UBND xã Hòa Tiến triển khai chương trình mục tiêu quốc gia giảm nghèo",
            ""
        ),
        Some(Level::Commune)
    );
    assert_eq!(
        lvl(
            "Ủy ban nhân dân xã Hòa Tiến triển khai chương trình mục tiêu quốc gia",
            ""
        ),
        Some(Level::Commune)
    );
}

#[test]
fn a_source_opening_a_page_with_no_headline_reports_it() {
    let report = crate::parse::parse_report(
        "source.txt",
        "Theo Ủy ban Quốc gia về người cao tuổi, từ tháng 7 mỗi xã lập một quỹ chăm sóc người cao tuổi trên địa bàn.\n\
Các địa phương báo cáo kết quả trước tháng 12 hằng năm.\n",
    );
    assert_eq!(report.level, Some(Level::Central));
}

#[test]
fn a_central_body_whose_name_carries_no_word_of_the_centre() {
    // The Committee for Ethnic Minority Affairs and the National Assembly's
    // Ethnic Council and committees name no "Trung ương" or "Chính phủ".
    for head in [
        "Đoàn kiểm tra của Ủy ban Dân tộc làm việc tại huyện Mường Tè",
        "Ủy ban Dân tộc ký kết chương trình phối hợp với Kon Tum",
        "Đoàn giám sát Hội đồng Dân tộc làm việc với tỉnh Hà Giang",
        "Ủy ban Pháp luật làm việc với tỉnh Sóc Trăng về thi hành luật",
        "Uỷ ban Dân tộc tổ chức tập huấn cho cán bộ các tỉnh phía Bắc",
    ] {
        assert_eq!(lvl(head, ""), Some(Level::Central), "{head}");
    }
    // A province's own bodies of a like name are no central body.
    for head in [
        "Ban Dân tộc tỉnh Quảng Trị làm việc với huyện Hướng Hóa",
        "Ban Dân tộc HĐND tỉnh giám sát tại huyện Đakrông",
    ] {
        assert_ne!(lvl(head, ""), Some(Level::Central), "{head}");
    }
}

#[test]
fn a_headless_conference_opening_on_its_guests_is_the_union_named_next() {
    // The district's guest comes down to direct the commune front's
    // conference; the front's committee named outside a post is the host.
    let heads = [
        "về dự và chỉ đạo hội nghị, ở huyện có ông: lê văn tám – huv – pct ubmttqvn huyện. ở xã có các đồng chí trong btv đảng ủy.",
        "hội nghị đã thông qua báo cáo sơ kết công tác mặt trận 6 tháng đầu năm của ubmttqvn xã tam an.",
    ];
    let text = "huyện, xã Tam An";
    assert_eq!(level(&heads, &[], text, None), Some(Level::Commune));
    // A guest's post named later is still the guest's.
    let heads = [
        "đến dự hội nghị có đồng chí hà văn sơn, phó bí thư huyện ủy.",
        "phát biểu chỉ đạo, đồng chí hoàng thị mai, chủ tịch hội nông dân huyện đề nghị hội nông dân xã an lạc phát huy kết quả.",
    ];
    assert_eq!(
        level(&heads, &[], "huyện, xã An Lạc", None),
        Some(Level::Commune)
    );
}

#[test]
fn a_headless_congress_opening_on_its_guests_is_the_party_organizations_named_next() {
    // No headline: the first sentence stands for one, and lists the guests
    // of a congress it does not name; the commune is named further down.
    let guests = "dự đại hội có đồng chí lê minh khoa, chủ tịch ubnd tỉnh; đồng chí đào thị hạnh, tỉnh ủy viên, giám đốc sở nội vụ";
    let opening = format!("{guests} cùng 150 đại biểu chính thức.");
    let heads = [
        guests,
        opening.as_str(),
        "nhiệm kỳ qua, đảng bộ xã tân phong đã lãnh đạo hoàn thành 20/22 chỉ tiêu.",
    ];
    let text = "Tỉnh ủy, UBND tỉnh, Ủy ban MTTQ tỉnh, HĐND tỉnh, xã Tân Phong";
    let date = Date::new(2025, 8, 10);
    assert_eq!(level(&heads, &[], text, date), Some(Level::Commune));
    // "Tham dự đại hội có …", with the ward's organization named in the
    // body after an act of the city's standing committee; no date known.
    let heads = [
        "tham dự đại hội có ông trịnh quốc bảo, phó bí thư thành ủy",
        "tham dự đại hội có ông trịnh quốc bảo, phó bí thư thành ủy, trưởng đoàn đbqh thành phố.",
    ];
    let body = ["tại phiên khai mạc, ban thường vụ thành ủy trao quyết định chỉ định ban chấp hành đảng bộ phường hòa lạc."];
    let text = "Thành ủy, thành phố, phường Hòa Lạc";
    assert_eq!(
        level_with_body(&heads, &body, &[], text, None),
        Some(Level::Commune)
    );
    // The organization of a province named first: the congress is not a
    // commune's, whatever commune comes up later.
    let heads = [
        guests,
        opening.as_str(),
        "đại hội đại biểu đảng bộ tỉnh lần thứ i triệu tập 420 đại biểu, trong đó đảng bộ xã tân phong có 3 đại biểu.",
    ];
    assert_ne!(level(&heads, &[], text, date), Some(Level::Commune));
    // A district's organization named first: the district's congress,
    // though its guests hold the province's offices.
    let heads = [
        "đến dự đại hội có bà phạm thị lực, bí thư tỉnh ủy và ông đinh văn nhàn, trưởng ban tuyên giáo tỉnh ủy",
        "trong nhiệm kỳ qua, đảng bộ huyện kim bôi đã lãnh đạo hoàn thành 18/20 chỉ tiêu.",
    ];
    let text = "Tỉnh ủy, UBND tỉnh, HĐND tỉnh, huyện Kim Bôi";
    assert_eq!(level(&heads, &[], text, date), Some(Level::District));
    // A body's own organization with no kind word after it ("Đảng bộ UBND
    // tỉnh") names no unit and is passed over.
    assert_eq!(crate::units::kind_level("ubnd tỉnh lần thứ i"), None);
    assert_eq!(
        crate::units::kind_level("đặc khu vân đồn"),
        Some(Level::Commune)
    );
    assert_eq!(
        crate::units::kind_level("tỉnh gia lai"),
        Some(Level::Provincial)
    );
}

#[test]
fn a_feature_on_a_provinces_border_guard_is_the_provinces_not_its_posts() {
    // The lead names the province's force; a caption below shows one of
    // its posts in a district.
    assert_eq!(
        lvl_lines(&[
            "Mùa đông ấm ở điểm trường vùng cao",
            "Hơn trăm học trò nghèo được Bộ đội Biên phòng tỉnh nhận đỡ đầu.",
            "Một sĩ quan của Đồn Biên phòng Sín Thầu, huyện Mường Nhé kèm các em học chữ.",
        ]),
        Some(Level::Provincial)
    );
    // No force of the province named, but two posts: the command over
    // both is the province's.
    assert_eq!(
        lvl_lines(&[
            "Giữ bình yên cho bản làng vùng biên",
            "Lực lượng biên phòng nay là chỗ dựa của người Hà Nhì, người Dao.",
            "Lính Đồn Biên phòng Mù Sang giúp dân gặt lúa.",
            "Ở Đồn Biên phòng Ka Lăng, đơn vị mở lớp xóa mù chữ.",
        ]),
        Some(Level::Provincial)
    );
    // One post alone, named twice, is no feature on the province's force.
    assert_ne!(
        lvl_lines(&[
            "Giữ bình yên cho bản làng vùng biên",
            "Lực lượng biên phòng nay là chỗ dựa của người Hà Nhì, người Dao.",
            "Lính Đồn Biên phòng Mù Sang, huyện Phong Thổ giúp dân gặt lúa.",
            "Đồn Biên phòng Mù Sang còn mở lớp xóa mù chữ.",
        ]),
        Some(Level::Provincial)
    );
}

#[test]
fn a_former_national_leader_at_a_schools_event_leaves_it_the_schools() {
    let lines = |l: &[&str]| level(l, &[], "", None);
    // A former holder comes as a guest, with no office: the school's
    // opening ceremony has no level.
    assert_eq!(
        lines(&[
            "nguyên chủ tịch nước hà quang minh dự lễ khai giảng tại trường thpt tân kỳ",
            "sáng 5/9, trường thpt tân kỳ (huyện tân kỳ, tỉnh hòa an) tổ chức lễ khai giảng năm học mới.",
        ]),
        None
    );
    // A sitting national leader at the same ceremony is named beside it.
    assert_ne!(
        lines(&[
            "chủ tịch nước hà quang minh dự lễ khai giảng tại trường thpt tân kỳ",
            "sáng 5/9, trường thpt tân kỳ (huyện tân kỳ, tỉnh hòa an) tổ chức lễ khai giảng năm học mới.",
        ]),
        None
    );
}

#[test]
fn a_former_official_attending_is_a_guest_as_a_serving_one_is() {
    // One who held an office comes as a person: the hamlet that holds the
    // festival holds the level, not the tier above the office once held.
    let head = "nguyên giám đốc sở nông nghiệp dự ngày hội đại đoàn kết tại ấp tân hòa, xã mỹ lợi";
    assert_eq!(level(&[head], &[], "", None), Some(Level::Commune));
    let head = "cựu chủ tịch ubnd huyện dự lễ mừng thọ tại thôn bắc sơn, xã yên phú";
    assert_eq!(level(&[head], &[], "", None), Some(Level::Commune));
    // A serving body that attends still reports to the tier above it.
    let head = "ban dân vận huyện ủy kim sơn dự hội nghị tập huấn công tác dân vận";
    assert_ne!(level(&[head], &[], "", None), Some(Level::Commune));
}

#[test]
fn a_firm_or_school_working_with_an_organ_shares_its_event_with_it() {
    let lines = |l: &[&str]| level(l, &[], "", None);
    // The Front of a commune named after "phối hợp" shares the firm's gift.
    assert_eq!(
        lines(&[
            "công ty an phát trao học bổng cho học sinh nghèo",
            "ngày 8/9, công ty an phát phối hợp ủy ban mttq việt nam xã hòa lạc trao 60 suất học bổng.",
        ]),
        Some(Level::Commune)
    );
    // A district's youth union beside a school, with "với".
    assert_eq!(
        lines(&[
            "trường thpt bắc sơn tổ chức ngày hội đọc sách",
            "sáng 21/4, trường thpt bắc sơn phối hợp với đoàn thanh niên huyện yên lạc tổ chức ngày hội đọc sách.",
        ]),
        Some(Level::District)
    );
    // Two firms together remain private.
    assert_eq!(
        lines(&[
            "công ty an phát trao học bổng cho học sinh nghèo",
            "ngày 8/9, công ty an phát phối hợp với công ty bảo long trao 60 suất học bổng.",
        ]),
        None
    );
}

#[test]
fn a_body_a_headline_names_after_a_units_kicker_holds_the_event() {
    let lines = |l: &[&str]| level(l, &[], "", None);
    // A province's body holding its contest in a district.
    assert_eq!(
        lines(&[
            "huyện an lão: hội nông dân tỉnh tổ chức hội thi nhà nông đua tài",
            "ngày 12/6, tại huyện an lão, hội nông dân tỉnh tổ chức hội thi nhà nông đua tài.",
        ]),
        Some(Level::Provincial)
    );
    // A commune's body under its district's kicker.
    assert_eq!(
        lines(&[
            "huyện an lão: đoàn thanh niên xã tân dân ra quân tình nguyện hè",
            "ngày 12/6, đoàn thanh niên xã tân dân ra quân chiến dịch tình nguyện hè.",
        ]),
        Some(Level::Commune)
    );
}

#[test]
fn a_bare_city_beside_a_named_city_of_a_province_is_a_district() {
    let head = "Hội Cựu chiến binh thành phố tổ chức tọa đàm về lịch sử Hội";
    // The text names a province's city: the bare "thành phố" is it.
    let text = "Tọa đàm bàn về cuốn sách lịch sử Hội Cựu chiến binh thành phố Bắc Giang giai đoạn 1990 - 2020.";
    assert_eq!(
        level(&[&head.to_lowercase()], &[], text, Date::new(2023, 4, 2)),
        Some(Level::District)
    );
    // A city named in small letters, or one run by the centre, is not.
    let text = "Tọa đàm có đại diện các đơn vị thành phố tham dự.";
    assert_eq!(
        level(&[&head.to_lowercase()], &[], text, Date::new(2023, 4, 2)),
        Some(Level::Provincial)
    );
    let text = "Tọa đàm bàn về lịch sử Hội Cựu chiến binh thành phố Cần Thơ.";
    assert_eq!(
        level(&[&head.to_lowercase()], &[], text, Date::new(2023, 4, 2)),
        Some(Level::Provincial)
    );
}

#[test]
fn a_given_name_like_a_central_city_names_no_city() {
    let head = "Hội Liên hiệp Phụ nữ thành phố tổ chức hội nghị tổng kết";
    let text = "Hội nghị tổng kết công tác Hội phụ nữ thành phố Thái Bình năm 2025.\nThu Huế - Văn Nam (Đài Truyền thanh thành phố)";
    assert_eq!(
        level(&[&head.to_lowercase()], &[], text, Date::new(2025, 3, 2)),
        Some(Level::District)
    );
    // The city itself, after its kind word, is named.
    let text = "Hội nghị có đại diện Hội phụ nữ TP Huế tham dự.";
    assert_eq!(
        level(&[&head.to_lowercase()], &[], text, Date::new(2025, 3, 2)),
        Some(Level::Provincial)
    );
}

#[test]
fn a_body_of_another_state_makes_no_report_central() {
    // A foreign ministry or command visiting a province: the host's level.
    assert_eq!(
        lvl(
            "Đoàn công tác Bộ Nội vụ Vương quốc Thái Lan sang thăm, làm việc tại UBND tỉnh Quảng Trị",
            ""
        ),
        Some(Level::Provincial)
    );
    assert_eq!(
        lvl(
            "Đoàn đại biểu Bộ Quốc phòng Lào sang thăm, chúc Tết tỉnh Kon Tum",
            ""
        ),
        Some(Level::Provincial)
    );
    // A foreign district visits its twin: a district's report.
    assert_eq!(
        lvl(
            "Đoàn cán bộ huyện Phôn Hồng (Lào) thăm huyện Tương Dương",
            ""
        ),
        Some(Level::District)
    );
    // Our own ministry, and a friendship society pairing Vietnam with a
    // country, keep their levels.
    assert_eq!(
        lvl("Bộ Ngoại giao tiếp Đại sứ quán Lào", ""),
        Some(Level::Central)
    );
    // A second party after a linking word is no part of the body's name.
    assert!(!super::level::foreign_body(
        "bộ ngoại giao chủ trì tọa đàm cùng đại sứ quán lào"
    ));
    // Another state's leader visiting is the host's news.
    assert_eq!(
        lvl(
            "Phó Chủ tịch Quốc hội Campuchia đến thăm tỉnh Đồng Tháp",
            ""
        ),
        Some(Level::Provincial)
    );
    assert_eq!(
        lvl("Phó Thủ tướng Trần Văn Nam làm việc với tỉnh Cà Mau", ""),
        Some(Level::Central)
    );
    assert!(!super::level::foreign_body(
        "hội hữu nghị việt nam - campuchia"
    ));
    assert!(super::level::foreign_body("đoàn bộ quốc phòng lào sang"));
    // A commune whose name ends on a country's syllable is ours.
    assert!(!super::level::foreign_body("nhân dân khu 2 xã hòa mỹ"));
    assert!(super::level::foreign_body("đoàn huyện a (lào)"));
}

#[test]
fn a_body_that_sends_out_a_document_acts_whoever_directed_it() {
    let head = "Đẩy mạnh phong trào thi đua chào mừng Đại hội Thi đua yêu nước toàn quốc";
    assert_eq!(
        lead(
            head,
            "Ngày 3-11, UBND tỉnh có văn bản số 5120/UBND-TĐKT về việc thực hiện Chỉ thị của Thủ tướng Chính phủ về đẩy mạnh phong trào thi đua yêu nước.",
            None
        ),
        Some(Level::Provincial)
    );
    assert_eq!(
        lead(
            "Chủ động ứng phó với bão số 3",
            "Chiều 5/9, UBND huyện Hải Hậu có công điện gửi các xã, thị trấn ven biển về việc chủ động ứng phó với bão.",
            None
        ),
        Some(Level::District)
    );
}

#[test]
fn a_unit_that_stands_ready_for_an_event_has_prepared_it() {
    let preparing = "Công tác chuẩn bị bầu cử trên địa bàn được cấp ủy, chính quyền, Mặt trận Tổ quốc tập trung lãnh đạo.";
    assert_eq!(
        lead(
            "Huyện Mường Khương sẵn sàng cho ngày bầu cử",
            preparing,
            None
        ),
        Some(Level::District)
    );
    assert_eq!(
        lead("Xã Bản Lầu sẵn sàng cho ngày bầu cử", preparing, None),
        Some(Level::Commune)
    );
}

#[test]
fn a_venues_hamlet_is_part_of_its_address_not_the_organizer() {
    assert_eq!(
        lvl_lines(&[
            "Hội thi Dân vận khéo",
            "Chiều 14/10, tại đình Hồng Thái, thôn Lũng Cò, xã Minh Thanh, Ban Dân vận \
             Tỉnh ủy tổ chức hội thi Dân vận khéo.",
        ]),
        Some(Level::Provincial)
    );
    // The hamlet's own body after its address is still the organizer.
    assert_eq!(
        lvl_lines(&[
            "Ngày hội đại đoàn kết",
            "Sáng 12/11, tại nhà văn hóa thôn Đồng Sài, Ban công tác Mặt trận thôn Đồng Sài \
             tổ chức ngày hội.",
        ]),
        Some(Level::Commune)
    );
}

#[test]
fn a_clause_looking_forward_to_an_anniversary_opens_before_the_organizer() {
    assert_eq!(
        lvl_lines(&[
            "Ra quân tình nguyện",
            "Nhân dịp kỷ niệm 94 năm Ngày thành lập Đoàn, hướng tới kỷ niệm 50 năm Ngày giải \
             phóng miền Nam, sáng 24/3, Tỉnh đoàn, Huyện đoàn Bố Trạch tổ chức lễ ra quân.",
        ]),
        Some(Level::Provincial)
    );
}

#[test]
fn a_body_that_surveys_or_oversees_at_a_commune_holds_the_visit() {
    assert_eq!(
        lvl(
            "Ban Dân vận Tỉnh ủy khảo sát công tác dân vận tại xã Tân Lập",
            ""
        ),
        Some(Level::Provincial)
    );
    assert_eq!(
        lvl(
            "Thường trực HĐND tỉnh giám sát việc giải quyết kiến nghị cử tri tại phường Đông Hải",
            ""
        ),
        Some(Level::Provincial)
    );
    assert_eq!(
        lvl("HĐND xã Yên Lạc giám sát công tác giải phóng mặt bằng", ""),
        Some(Level::Commune)
    );
    // The work named, no body acting: the commune that holds it.
    assert_eq!(
        lvl(
            "Đảng ủy xã Tân Lập triển khai công tác kiểm tra, giám sát năm 2025",
            ""
        ),
        Some(Level::Commune)
    );
}

#[test]
fn a_lead_opening_by_citing_documents_is_read_from_the_sentence_after() {
    // No headline of its own: the headline is cut from the citation, and
    // the ward that holds the dialogue comes in the sentence after it.
    let citation = "thực hiện quy định số 08-qđi/tw ngày 12/3/2020 của bộ chính trị, công văn số 45/hđnd-vp ngày 03 tháng 4 năm 2023 của hđnd tỉnh theo nghị định số 27/2022/nđ-cp";
    let lead = format!("{citation} trên địa bàn tỉnh. sáng 12/10/2024, phường an phú tổ chức hội nghị đối thoại giữa chủ tịch ubnd phường với nhân dân.");
    let heads = [citation, lead.as_str()];
    let text = "HĐND tỉnh, phường An Phú";
    let date = Date::new(2024, 10, 12);
    assert_eq!(level(&heads, &[], text, date), Some(Level::Commune));
    // A law's number and year ("27/2022") are no day of the event: the
    // sentence still only names documents.
    assert!(super::level::only_basis(citation));
    assert!(!super::level::only_basis(
        "thực hiện kế hoạch số 12-kh/tu ngày 02/3/2024, sáng 12/10 huyện ủy họp"
    ));
    // A paragraph that tells the event in its first sentence is read whole.
    let told =
        "thực hiện kế hoạch, sáng 12/10 phường an phú tổ chức hội nghị. hội nghị thành công.";
    assert_eq!(super::level::past_basis(told), told);
}

#[test]
fn a_headless_congress_sitting_under_a_scene_caption_is_the_party_organizations_named_next() {
    // The page opens on a photo's caption, then the guests of a sitting of
    // a commune's congress, with the commune's organization named after.
    let heads = [
        "quang cảnh phiên trù bị",
        "dự phiên trù bị đại hội có đồng chí lê thị an, ủy viên ban thường vụ tỉnh ủy, trưởng ban tổ chức tỉnh ủy; đồng chí trần văn bình, bí thư huyện ủy cùng 120 đại biểu đại diện cho 25 chi bộ của đảng bộ xã tân lập.",
    ];
    let text = "Tỉnh ủy, Huyện ủy, xã Tân Lập";
    assert_eq!(level(&heads, &[], text, None), Some(Level::Commune));
    assert!(crate::parse::page::scene_only("Quang cảnh phiên trù bị"));
    assert!(!crate::parse::page::scene_only(
        "Quang cảnh hội nghị đã được các đại biểu đánh giá cao vì tổ chức chu đáo, trang trọng"
    ));
}

#[test]
fn an_official_directing_the_response_at_a_fire_is_no_bodys_act() {
    // The fire is the news: an official come to direct the firefighting
    // acts for no body.
    assert!(no_level_news(
        "ông trần văn an, phó chủ tịch ubnd tỉnh, có mặt để chỉ đạo công tác chữa cháy và cứu hộ."
    ));
    // What a body directs of its own keeps its level.
    assert!(!no_level_news(
        "ubnd tỉnh chỉ đạo khắc phục hậu quả vụ cháy chợ"
    ));
}
