//! The catalog decides who is who from the set of reports alone: the same
//! reports loaded in any order and in batches of any sizes give the same
//! officials and positions.

use dvtui::catalog::Catalog;
use dvtui::model::{Date, Level, Mention, Report};
use proptest::prelude::*;

const NAMES: &[&str] = &[
    "Nguyễn Văn Hùng",
    "Lê Thị Hoà",
    "Lê Thị Hòa",
    "Trần Minh",
    "Phạm Hồng Sơn",
];
const TITLES: &[&str] = &[
    "Bí thư Tỉnh ủy",
    "Trưởng Ban Dân vận Tỉnh ủy Nghệ An",
    "Phó Chủ tịch UBND tỉnh Quảng Nam",
    "Chủ tịch Ủy ban MTTQ Việt Nam huyện",
    "Phó trưởng ban Dân vận Trung ương",
    "Đại tá",
    "Ủy viên Ban Thường vụ",
    "Giám đốc Sở Nội vụ",
];
const PLACES: &[&str] = &["Nghệ An", "Hải Dương", "Hải Phòng", "Quảng Nam", "Nam Đàn"];

fn report() -> impl Strategy<Value = Report> {
    (
        0..PLACES.len(),
        prop::option::of(2012u16..2027),
        0usize..4,
        prop::collection::vec(
            (0..NAMES.len(), prop::collection::vec(0..TITLES.len(), 0..3)),
            0..4,
        ),
    )
        .prop_map(|(place, year, level, people)| Report {
            title: Some(format!("Hội nghị công tác dân vận tại {}", PLACES[place]).into()),
            event_date: year.map(|y| Date {
                year: y,
                month: 3,
                day: 1,
            }),
            level: Some(
                [
                    Level::Central,
                    Level::Provincial,
                    Level::District,
                    Level::Commune,
                ][level],
            ),
            places: vec![
                PLACES[place].into(),
                PLACES[(place + 1) % PLACES.len()].into(),
            ],
            officials: people
                .into_iter()
                .map(|(n, ts)| Mention {
                    name: NAMES[n].into(),
                    titles: ts.into_iter().map(|t| TITLES[t].into()).collect(),
                    ..Mention::default()
                })
                .collect(),
            ..Report::default()
        })
}

type Canon = (
    Vec<(String, Vec<String>, Vec<String>)>,
    Vec<(String, Option<String>, Vec<(String, Vec<String>)>)>,
);

/// Officials and positions, named by text and sorted, so catalog order does not count.
fn canon(c: &Catalog) -> Canon {
    let files = |ids: &mut dyn Iterator<Item = dvtui::model::ReportId>| {
        let mut f: Vec<String> = ids.map(|r| c.report(r).file.clone()).collect();
        f.sort();
        f.dedup();
        f
    };
    let mut officials: Vec<_> = c
        .officials()
        .iter()
        .map(|o| {
            let mut j = o.jurisdictions.clone();
            j.sort();
            (
                o.name.clone(),
                files(&mut o.appearances.iter().map(|a| a.report)),
                j,
            )
        })
        .collect();
    officials.sort();
    let mut positions: Vec<_> = c
        .positions()
        .iter()
        .map(|p| {
            let mut holders: Vec<_> = p
                .holders
                .iter()
                .map(|h| {
                    (
                        c.official(h.official).name.clone(),
                        files(&mut h.reports.iter().copied()),
                    )
                })
                .collect();
            holders.sort();
            (p.title.clone(), p.place.clone(), holders)
        })
        .collect();
    positions.sort();
    (officials, positions)
}

fn load(reports: &[Report], sizes: &[usize]) -> Catalog {
    let mut c = Catalog::new();
    let mut rest = reports;
    let mut k = 0;
    while !rest.is_empty() {
        let n = sizes.get(k).copied().unwrap_or(1).clamp(1, rest.len());
        c.add_reports(rest[..n].to_vec());
        rest = &rest[n..];
        k += 1;
    }
    c.settle();
    c
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    #[test]
    fn any_order_and_batch_sizes_give_the_same_officials_and_positions(
        // Up to 160 reports: names with more mentions than a batch decides at once.
        reports in prop::collection::vec(report(), 1..160),
        order in any::<prop::sample::Index>(),
        seed in any::<u64>(),
        sizes in prop::collection::vec(1usize..40, 1..24),
    ) {
        let mut reports = reports;
        for (i, r) in reports.iter_mut().enumerate() {
            r.file = format!("r{i:03}.txt");
        }
        let reference = canon(&Catalog::from_reports(reports.clone()));
        // A shuffle from the seed, rotated by `order`.
        let mut shuffled = reports.clone();
        let mut s = seed | 1;
        for i in (1..shuffled.len()).rev() {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            shuffled.swap(i, (s % (i as u64 + 1)) as usize);
        }
        let at = order.index(shuffled.len());
        shuffled.rotate_left(at);
        prop_assert_eq!(canon(&load(&shuffled, &sizes)), reference);
    }
}
