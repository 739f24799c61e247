//! Extraction quality: the shared scorer on the sample reports, and
//! hand-written reports in the styles of other outlets.

use dvtui::model::{Date, Level, Role};
use dvtui::parse::parse_report;
use std::path::Path;
use std::process::Command;

#[test]
fn scorer_accepts_the_sample_reports() {
    // ../shared beside the repository; a git worktree one level deeper also
    // finds it one level further up.
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let root = manifest
        .ancestors()
        .skip(1)
        .take(2)
        .map(|a| a.join("shared"))
        .find(|s| s.join("tools/score-extraction").exists())
        .unwrap_or_else(|| {
            panic!(
                "the shared scorer is missing: expected {}/../shared/tools/score-extraction",
                manifest.display()
            )
        });
    let scorer = root.join("tools/score-extraction");
    let out = Command::new("python3")
        .arg(&scorer)
        .arg("--gold")
        .arg(root.join("gold/seeds.json"))
        .arg("--bin")
        .arg(env!("CARGO_BIN_EXE_dvtui"))
        .arg("--dir")
        .arg(root.join("seeds"))
        .args([
            "-v",
            "--min-f1",
            "1",
            "--min-titles",
            "1",
            "--min-fields",
            "0.95",
        ])
        .output()
        .expect("python3 runs the scorer");
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "scorer failed:\n{report}");
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
    assert!(r.movements.contains(&"Dân vận khéo".to_string()));
    assert!(r.figures.contains(&"95,2%".to_string()));
    assert!(!r.body.contains("OCOP") && !r.body.contains("Tin liên quan"));
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
fn garbage_never_panics() {
    let long = "a".repeat(200_000);
    let names: String = (0..5000)
        .map(|i| format!("đồng chí Nguyễn Văn Tư{i}, Bí thư; "))
        .collect();
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
