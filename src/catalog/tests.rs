use super::*;
use crate::model::{Date, Level, Mention, Text};

fn report(
    file: &str,
    year: u16,
    level: Level,
    places: &[&str],
    name: &str,
    titles: &[&str],
) -> Report {
    Report {
        file: file.into(),
        event_date: Some(Date {
            year,
            month: 5,
            day: 1,
        }),
        level: Some(level),
        places: places.iter().map(|p| (*p).into()).collect(),
        officials: vec![Mention {
            name: name.into(),
            titles: titles.iter().map(|t| (*t).into()).collect(),
            ..Mention::default()
        }],
        ..Report::default()
    }
}

#[test]
fn the_same_name_in_two_provinces_at_once_is_two_officials() {
    let c = Catalog::from_reports(vec![
        report(
            "a",
            2020,
            Level::Provincial,
            &["Nghệ An"],
            "Nguyễn Văn Hùng",
            &["Bí thư Tỉnh ủy"],
        ),
        report(
            "b",
            2020,
            Level::Provincial,
            &["Quảng Nam"],
            "Nguyễn Văn Hùng",
            &["Chủ tịch UBND tỉnh"],
        ),
    ]);
    assert_eq!(c.officials().len(), 2);
    assert!(c.officials().iter().all(|o| o.namesakes == 1));
    assert_eq!(c.namesakes(OfficialId::new(0)), [OfficialId::new(1)]);
}

#[test]
fn a_career_from_district_to_province_to_centre_is_one_official() {
    let c = Catalog::from_reports(vec![
        report(
            "a",
            2012,
            Level::District,
            &["Nam Đàn", "Nghệ An"],
            "Lê Văn Sơn",
            &["Bí thư Huyện ủy"],
        ),
        report(
            "b",
            2016,
            Level::Provincial,
            &["Nghệ An"],
            "Lê Văn Sơn",
            &["Trưởng Ban Dân vận Tỉnh ủy"],
        ),
        report(
            "c",
            2021,
            Level::Central,
            &[],
            "Lê Văn Sơn",
            &["Phó Trưởng ban Dân vận Trung ương"],
        ),
    ]);
    assert_eq!(c.officials().len(), 1);
    let o = &c.officials()[0];
    assert_eq!(o.jurisdictions, ["Nam Đàn", "Nghệ An", "Trung ương"]);
    assert_eq!(o.appearances.len(), 3);
}

#[test]
fn a_post_is_one_position_per_place_whatever_the_spelling() {
    let c = Catalog::from_reports(vec![
        report(
            "a",
            2021,
            Level::Provincial,
            &["Hải Phòng"],
            "Lê Trí Vũ",
            &["Trưởng Ban Dân vận Thành ủy"],
        ),
        report(
            "b",
            2023,
            Level::Provincial,
            &["Hải Phòng"],
            "Lê Trí Vũ",
            &["Trưởng ban Dân vận Thành uỷ Hải Phòng"],
        ),
        report(
            "c",
            2023,
            Level::Provincial,
            &["Nghệ An"],
            "Hồ Văn Nam",
            &["Trưởng ban Dân vận Tỉnh ủy"],
        ),
    ]);
    let hp: Vec<&Position> = c
        .positions()
        .iter()
        .filter(|p| p.place.as_deref() == Some("Hải Phòng"))
        .collect();
    assert_eq!(hp.len(), 1);
    assert_eq!(hp[0].holders.len(), 1);
    assert_eq!(hp[0].holders[0].reports.len(), 2);
    assert_eq!(hp[0].level, Some(Level::Provincial));
    assert_eq!(c.positions().len(), 2);
}

#[test]
fn a_report_naming_only_a_district_places_provincial_posts_in_its_province() {
    let c = Catalog::from_reports(vec![report(
        "a",
        2015,
        Level::District,
        &["Tiên Yên"],
        "Hoàng Văn Tám",
        &["Tỉnh ủy viên", "Bí thư Huyện ủy"],
    )]);
    let places: Vec<Option<&str>> = c
        .official(OfficialId::new(0))
        .titles
        .iter()
        .map(|t| t.place.as_deref())
        .collect();
    assert!(places.contains(&Some("Quảng Ninh")), "{places:?}");
    assert!(places.contains(&Some("Tiên Yên")), "{places:?}");
}

#[test]
fn the_latest_title_is_the_newest_dated_one() {
    let titled = |file: &str, year: u16, title: &str| {
        report(
            file,
            year,
            Level::Provincial,
            &["Tuyên Quang"],
            "Hà Thị Ngân",
            &[title],
        )
    };
    let mut undated = titled("c", 2000, "Bí thư Tỉnh ủy");
    undated.event_date = None;
    let c = Catalog::from_reports(vec![
        titled("a", 2018, "Phó Bí thư Tỉnh ủy"),
        undated,
        titled("b", 2021, "Chủ tịch UBND tỉnh"),
    ]);
    assert_eq!(c.officials().len(), 1);
    assert_eq!(c.latest_title(0), Some("Chủ tịch UBND tỉnh"));
}

#[test]
fn the_latest_title_is_the_office_of_the_chain_not_a_seat_or_a_rank() {
    let one = |titles: &[&str]| {
        let mut r = report(
            "a",
            2024,
            Level::Provincial,
            &["Lai Châu"],
            "Giàng A Tủa",
            titles,
        );
        let m = &mut r.officials[0];
        m.titles_expanded = m
            .titles
            .iter()
            .map(|t| crate::parse::expand_title(t).map_or_else(|| t.clone(), Text::from))
            .collect();
        Catalog::from_reports(vec![r])
    };
    let chain = one(&[
        "Ủy viên Trung ương Đảng",
        "Bí thư Tỉnh ủy",
        "Trưởng đoàn ĐBQH tỉnh",
    ]);
    assert_eq!(chain.latest_title(0), Some("Bí thư Tỉnh ủy"));
    // Seats written short, a rank, a deputy's seat and a former post.
    let short = one(&["UV BTV Tỉnh ủy", "Đại tá", "Chỉ huy trưởng Bộ CHQS tỉnh"]);
    assert_eq!(short.latest_title(0), Some("Chỉ huy trưởng Bộ CHQS tỉnh"));
    let member = one(&[
        "Tỉnh ủy viên",
        "nguyên Chủ tịch UBND huyện",
        "đại biểu HĐND tỉnh",
        "Chủ tịch Hội Cựu chiến binh tỉnh",
    ]);
    assert_eq!(
        member.latest_title(0),
        Some("Chủ tịch Hội Cựu chiến binh tỉnh")
    );
    let secretariat = one(&[
        "Ủy viên Bộ Chính trị",
        "Bí thư Trung ương Đảng",
        "Trưởng Ban Dân vận Trung ương",
    ]);
    assert_eq!(
        secretariat.latest_title(0),
        Some("Trưởng Ban Dân vận Trung ương")
    );
    // Nothing but seats: the first is shown.
    let seats = one(&["Ủy viên Ban Thường vụ Tỉnh ủy", "đại biểu Quốc hội khóa XV"]);
    assert_eq!(seats.latest_title(0), Some("Ủy viên Ban Thường vụ Tỉnh ủy"));
}

#[test]
fn a_post_no_report_places_is_one_position_per_report() {
    let unplaced = |file: &str, name: &str| {
        report(
            file,
            2025,
            Level::Provincial,
            &[],
            name,
            &["Phó Bí thư Tỉnh ủy", "Đại tá"],
        )
    };
    let mut both = unplaced("a", "Hoàng Văn Lực");
    both.officials.push(Mention {
        name: "Đinh Thị Sen".into(),
        titles: vec!["Phó Bí thư Tỉnh ủy".into()],
        ..Mention::default()
    });
    let c = Catalog::from_reports(vec![both, unplaced("b", "Vi Văn Khánh")]);
    let deputies: Vec<usize> = c
        .positions()
        .iter()
        .filter(|p| p.title == "Phó Bí thư Tỉnh ủy")
        .map(|p| {
            assert_eq!(p.place, None);
            p.holders.len()
        })
        .collect();
    // The two holders of report "a" share its post; report "b"'s is apart.
    assert_eq!(deputies.len(), 2, "{deputies:?}");
    assert!(
        deputies.contains(&2) && deputies.contains(&1),
        "{deputies:?}"
    );
    // Each names its report; the rank, of two reports, names none.
    let named_in: Vec<Option<&str>> = c
        .positions()
        .iter()
        .map(|p| c.unplaced_report(p).map(|r| c.report(r).file.as_str()))
        .collect();
    let deputy_reports: Vec<Option<&str>> = c
        .positions()
        .iter()
        .zip(&named_in)
        .filter(|(p, _)| p.title == "Phó Bí thư Tỉnh ủy")
        .map(|(_, r)| *r)
        .collect();
    assert_eq!(deputy_reports, [Some("a"), Some("b")]);
    // A rank is no post of a place: one, whoever holds it.
    let ranks: Vec<_> = c
        .positions()
        .iter()
        .zip(&named_in)
        .filter(|(p, _)| p.title == "Đại tá")
        .collect();
    assert_eq!(ranks.len(), 1);
    assert_eq!(*ranks[0].1, None);
}

#[test]
fn a_foreign_leader_s_post_is_of_the_country_not_the_centre() {
    let c = Catalog::from_reports(vec![report(
        "a",
        2025,
        Level::Central,
        &[],
        "Hun Manet",
        &["Thủ tướng Campuchia"],
    )]);
    let p = &c.positions()[0];
    assert_eq!(p.place.as_deref(), Some("Campuchia"));
    assert_eq!(p.level, None);
    assert_eq!(c.officials()[0].jurisdictions, ["Campuchia"]);
}

/// A catalog read back from its saved form keeps its identity state
/// packed: what the screens read of it answers as before, and reports
/// added later are decided as in the catalog that was saved.
#[test]
fn a_catalog_read_back_answers_from_its_packed_identities_and_grows_alike() {
    let first = || {
        vec![
            report(
                "a",
                2019,
                Level::Provincial,
                &["Nghệ An"],
                "Nguyễn Văn Hùng",
                &["Bí thư Tỉnh ủy"],
            ),
            report(
                "b",
                2020,
                Level::Provincial,
                &["Quảng Nam"],
                "Nguyễn Văn Hùng",
                &["Chủ tịch UBND tỉnh"],
            ),
            report(
                "c",
                2021,
                Level::Provincial,
                &["Nghệ An"],
                "Lê Thị Hoa",
                &["Phó Chủ tịch UBND tỉnh"],
            ),
        ]
    };
    let later = || {
        vec![report(
            "d",
            2022,
            Level::Provincial,
            &["Nghệ An"],
            "Lê Thị Hoa",
            &["Chủ tịch UBND tỉnh"],
        )]
    };
    let mut built = Catalog::from_reports(first());
    let (bytes, state) = {
        let (derived, state) = built.derived().unwrap();
        (postcard::to_stdvec(&derived).unwrap(), state)
    };
    let mut derived: Derived = postcard::from_bytes(&bytes).unwrap();
    let source = std::sync::Arc::new(Held {
        state,
        fetched: std::sync::atomic::AtomicUsize::new(0),
    });
    derived.read_identities_from(source.clone());
    let mut read = Catalog::from_derived(first(), derived).unwrap();
    assert!(matches!(read.people, Identities::Packed(_)));
    assert!(!read.settle(), "a settled state stays as saved");
    let fetched = || source.fetched.load(std::sync::atomic::Ordering::Relaxed);
    assert_eq!(fetched(), 0, "the packed state is left where it is");
    for (i, _) in built.officials().iter().enumerate() {
        let id = OfficialId::new(i);
        assert_eq!(read.latest(id), built.latest(id));
        assert_eq!(read.namesakes(id), built.namesakes(id));
    }
    for r in 0..built.reports().len() {
        let id = ReportId::new(r);
        assert_eq!(read.official_at(id, 0), built.official_at(id, 0));
    }
    built.add_reports(later());
    built.settle();
    read.add_reports(later());
    read.settle();
    assert!(matches!(read.people, Identities::Whole(_)));
    assert_eq!(fetched(), 1, "read once, when reports were added");
    assert_eq!(read.officials(), built.officials());
    assert_eq!(read.positions(), built.positions());
}

/// A packed identity state held in memory, counting its reads.
#[derive(Debug)]
struct Held {
    state: Vec<u8>,
    fetched: std::sync::atomic::AtomicUsize,
}

impl StateSource for Held {
    fn fetch(&self) -> Option<Vec<u8>> {
        self.fetched
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Some(self.state.clone())
    }
}
