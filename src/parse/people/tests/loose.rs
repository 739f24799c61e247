//! Titles as outlets write them in a hurry: a role for the day after
//! "làm", two posts with no comma between them, an abbreviation no list
//! knows after a dash, an office that names a command.

use super::{one, people};

#[test]
fn leading_a_visit_is_no_post() {
    assert_eq!(
        people("Đoàn do đồng chí Lương Thị Mến, Phó Chủ tịch UBND tỉnh làm Trưởng đoàn đã đến thăm giáo xứ."),
        [one("Lương Thị Mến", &["Phó Chủ tịch UBND tỉnh"])]
    );
    // A post named by its body stays: "làm Trưởng đoàn ĐBQH tỉnh".
    assert_eq!(
        people("Ông Hứa Văn Đạt, Tỉnh ủy viên, làm Trưởng đoàn ĐBQH tỉnh từ năm 2021."),
        [one(
            "Hứa Văn Đạt",
            &["Tỉnh ủy viên", "Trưởng đoàn ĐBQH tỉnh"]
        )]
    );
}

#[test]
fn two_posts_run_together_after_a_committee() {
    assert_eq!(
        people("Đến dự có đồng chí Sầm Văn Quý, Bí thư Huyện ủy Chủ tịch HĐND huyện."),
        [one(
            "Sầm Văn Quý",
            &["Bí thư Huyện ủy", "Chủ tịch HĐND huyện"]
        )]
    );
    // "Thường trực" after the committee qualifies its office.
    assert_eq!(
        people("Ông Lục Văn Kiên, Phó Bí thư Tỉnh ủy Thường trực, dự họp."),
        [one("Lục Văn Kiên", &["Phó Bí thư Tỉnh ủy Thường trực"])]
    );
}

#[test]
fn an_unknown_abbreviation_after_a_dash_opens_the_chain() {
    assert_eq!(
        people("Dự có đồng chí Ma Văn Khuê – UVBTVHU, Trưởng ban Dân vận Huyện ủy."),
        [one(
            "Ma Văn Khuê",
            &["UVBTVHU", "Trưởng ban Dân vận Huyện ủy"]
        )]
    );
}

#[test]
fn an_office_naming_a_command_is_no_post() {
    assert_eq!(
        people("Theo quyết định của Bộ Tư lệnh Quân khu 9, Trung tá Đàm Quang Vinh nhận nhiệm vụ."),
        [one("Đàm Quang Vinh", &["Trung tá"])]
    );
}
