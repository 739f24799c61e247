//! Property tests: loading, parsing and searching never panic on arbitrary
//! text — Vietnamese letters, combining marks, control characters and
//! escape sequences, very long lines, thousands of names — sanitized text
//! holds no control character but `\n`, and highlight positions fall inside
//! the displayed string.

use dvtui::load::{decode, prepare, sanitize};
use dvtui::parse::parse_report;
use dvtui::search::{highlight, Catalog, Filter, Subject};
use proptest::prelude::*;
use std::fmt::Write;

/// Vietnamese letters in both cases, with đ/Đ.
const VIET: &str = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ\
AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬEÈÉẺẼẸÊỀẾỂỄỆIÌÍỈĨỊOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢUÙÚỦŨỤƯỪỨỬỮỰYỲÝỶỸỴĐ";

/// One piece of messy text.
fn fragment() -> impl Strategy<Value = String> {
    let viet: Vec<char> = VIET.chars().collect();
    prop_oneof![
        4 => proptest::collection::vec(proptest::sample::select(viet), 1..12)
            .prop_map(|v| v.into_iter().collect()),
        2 => "[a-zA-Z0-9 ,.;:()/–-]{1,12}",
        1 => "[\u{300}-\u{36f}\u{1ab0}-\u{1aff}]{1,4}",
        1 => "[\u{2100}-\u{2130}\u{f900}-\u{f910}\u{1100}-\u{1175}\u{ac00}]{1,4}",
        1 => "[\u{0}-\u{1f}\u{7f}-\u{9f}]{1,3}",
        1 => Just("\u{1b}]0;pwned\u{7}".to_string()),
        1 => Just("\u{1b}[2J\u{1b}[1;31m".to_string()),
        1 => Just("\u{a0}\u{2009}\u{feff}\u{202e}\u{200b}\u{3000}".to_string()),
        1 => Just("Đồng chí Lê Trí Vũ – Trưởng ban Dân vận Thành ủy, ".to_string()),
        1 => Just("các đồng chí Ủy viên Ban Thường vụ: A, X; B, Y. ".to_string()),
        1 => Just("Sáng 13-7, ngày 6/4/2022; Quyết định số 446-QĐ/TU, ".to_string()),
        1 => Just("\n".to_string()),
        1 => any::<String>(),
    ]
}

/// Messy text made of up to `n` fragments.
fn messy(n: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(fragment(), 0..n).prop_map(|v| v.concat())
}

/// A text naming thousands of people, one long line or many short ones.
fn crowd() -> impl Strategy<Value = String> {
    (1000usize..3000, any::<bool>(), messy(10)).prop_map(|(n, one_line, noise)| {
        let sep = if one_line { "; " } else { "\n" };
        let mut s = String::from("Hội nghị giao ban. Tham dự có các đồng chí: ");
        for i in 0..n {
            let v: Vec<char> = VIET.chars().collect();
            let a = v[i % v.len()];
            let b = v[(i * 7) % v.len()];
            let _ = write!(s, "Nguyễn {a}ăn {b}ũ{i} – Bí thư Huyện ủy{sep}");
        }
        s.push_str(&noise);
        s
    })
}

/// Char count, for checking highlight bounds.
fn chars(s: &str) -> usize {
    s.chars().count()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn sanitized_text_has_no_control_character_but_newline(s in messy(60)) {
        let out = sanitize(&s);
        prop_assert!(!out.chars().any(|c| c.is_control() && c != '\n'), "{out:?}");
        prop_assert!(!out.contains("pwned"));
        prop_assert!(unicode_normalization::is_nfc(&out), "not NFC: {out:?}");
        prop_assert_eq!(sanitize(&out), out.clone(), "sanitize is idempotent");
    }

    #[test]
    fn arbitrary_bytes_load_without_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2000), html in any::<bool>()) {
        let _ = decode(bytes.clone());
        if let Ok(p) = prepare(bytes, html) {
            prop_assert!(!p.text.chars().any(|c| c.is_control() && c != '\n'));
            let _ = parse_report("x.txt", &p.text);
        }
    }

    #[test]
    fn parser_and_matcher_never_panic(texts in proptest::collection::vec(messy(80), 1..6), query in messy(6)) {
        let reports: Vec<_> = texts
            .iter()
            .map(|t| parse_report("r.txt", &sanitize(t)))
            .collect();
        let catalog = Catalog::from_reports(reports);
        check_filters(&catalog, &query)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(6))]

    #[test]
    fn thousands_of_names_and_long_lines(text in crowd(), query in "[a-zđ ]{0,8}") {
        let report = parse_report("crowd.txt", &sanitize(&text));
        let catalog = Catalog::from_reports(vec![report]);
        check_filters(&catalog, &query)?;
    }
}

/// Runs `query` through every subject's filter and checks each hit's
/// highlight positions against the displayed string.
fn check_filters(catalog: &Catalog, query: &str) -> Result<(), TestCaseError> {
    for subject in [Subject::Reports, Subject::Officials, Subject::Positions] {
        let mut f = Filter::new(subject);
        f.set_query(catalog, query);
        for hit in f.hits() {
            let shown = match subject {
                Subject::Reports => catalog.reports()[hit.index]
                    .title
                    .as_deref()
                    .unwrap_or_default()
                    .to_string(),
                Subject::Officials => catalog.officials()[hit.index].name.clone(),
                Subject::Positions => catalog.positions()[hit.index].title.clone(),
            };
            for i in highlight(query, &shown) {
                prop_assert!(i < chars(&shown), "index {i} outside {shown:?}");
            }
        }
    }
    for r in catalog.reports() {
        let body = r.body.text();
        let body_chars = chars(&body);
        for i in highlight(query, &body) {
            prop_assert!(i < body_chars);
        }
    }
    Ok(())
}

/// The bundled sample plus a few hundred generated look-alike reports.
fn sample_catalog() -> Catalog {
    let mut reports = dvtui::load::load_all(
        &dvtui::load::Source::Bundled,
        &dvtui::load::LoadOptions::default(),
    )
    .reports;
    let names = [
        "Bùi Thị Minh Hoài",
        "Lê Trí Vũ",
        "Nguyễn Văn Hùng",
        "Đỗ Mạnh Hiến",
    ];
    for i in 0..300 {
        let text = format!(
            "Hội nghị giao ban công tác dân vận quý {q} năm {y}\n\nSáng {d}-3, đồng chí {n} – Trưởng ban Dân vận Tỉnh ủy chủ trì hội nghị.",
            q = i % 4 + 1,
            y = 2010 + i % 15,
            d = i % 28 + 1,
            n = names[i % names.len()],
        );
        reports.push(parse_report(&format!("gen{i}.txt"), &text));
    }
    Catalog::from_reports(reports)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Typing a query key by key and deleting it again (narrowing, and
    /// restoring earlier hits) gives exactly the hits of the same text
    /// searched from scratch, in every view.
    #[test]
    fn typing_and_deleting_matches_searching_from_scratch(
        query in "[a-z đăâêôơư'\"^$!|:0-9]{1,12}"
    ) {
        let catalog = sample_catalog();
        for subject in [Subject::Reports, Subject::Officials, Subject::Positions] {
            let mut typed = Filter::new(subject);
            let prefixes: Vec<String> = (1..=query.chars().count())
                .map(|n| query.chars().take(n).collect())
                .collect();
            for text in prefixes.iter().chain(prefixes.iter().rev().skip(1)) {
                typed.set_query(&catalog, text);
                let mut fresh = Filter::new(subject);
                fresh.set_query(&catalog, text);
                prop_assert_eq!(typed.hits(), fresh.hits(), "{:?} {:?}", subject, text);
            }
        }
    }
}

/// One piece of a hostile run of titles and names: heads, organ names with
/// commas and "và", ranks, modifiers, abbreviations, capitalised words.
fn title_piece() -> impl Strategy<Value = &'static str> {
    proptest::sample::select(vec![
        "Bí thư ",
        "Phó Chủ tịch UBND tỉnh ",
        "Ủy viên dự khuyết T.Ư Đảng, ",
        "Sở Lao động, Thương binh và ",
        "Xã hội ",
        "Đại tá ",
        "nguyên ",
        "kiêm ",
        "các ",
        "Nguyễn Văn ",
        "Xyz ",
        "Hà ",
        "; ",
        ", ",
        " - ",
        "(dự khuyết) ",
        "TP.HCM ",
        "NN&PTNT ",
        "Trưởng phòng ",
        "Cảnh sát kinh tế ",
        "và ",
        "đồng chí ",
    ])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Long runs of titles, names and separators: the parser ends, every
    /// official has a name, and every title shown is written in the text
    /// (only "TT" is spelled out, and a lower-case head given its capitals).
    #[test]
    fn hostile_title_runs_end_with_titles_from_the_text(
        pieces in proptest::collection::vec(title_piece(), 1..3000)
    ) {
        let body = pieces.concat().split_whitespace().collect::<Vec<_>>().join(" ");
        let text = format!("Hội nghị\n\n{body}\n");
        let report = parse_report("hostile.txt", &text);
        for m in &report.officials {
            prop_assert!(!m.name.is_empty());
            prop_assert_eq!(m.expanded().len(), m.titles.len());
            for t in &m.titles {
                let written = t.replace("Thường trực", "TT");
                prop_assert!(
                    body.contains(t.as_str()) || body.contains(&written) || body.to_lowercase().contains(&t.to_lowercase()),
                    "{t:?} is not in the text"
                );
            }
        }
    }
}
