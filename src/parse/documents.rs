//! Documents cited in a report: numbered ones ("Quyết định số 446-QĐ/TU,
//! ngày 26/11/2021", "Chỉ thị số 18-CT/TW", "Kế hoạch 120/KH-UBND") and
//! resolutions named by plenum ("Nghị quyết Trung ương 4"), and document
//! codes standing alone or after a long name ("Luật Thực hiện dân chủ ở cơ
//! sở số 10/2022/QH15", "Pháp lệnh số 34/2007/PL-UBTVQH11", "215 – QĐ/TU").

use super::lexicon;
use super::rx::Rx;
use super::text::{squash_cow, Needle};
use std::sync::LazyLock;

/// A document named by its kind (`assets/lexicon/document_kinds.txt`) and
/// number, with the day it was issued.
static NUMBERED: LazyLock<Rx> = LazyLock::new(|| {
    let kinds: Vec<&str> = lexicon::words(lexicon::DOCUMENT_KINDS).collect();
    Rx::new(&format!(
        r"(?i:{})(?: liên tịch)?(?: (?i:số))?\s+[0-9]{{1,5}}[a-z]?[\-–/][\p{{L}}0-9\-–/.]*[\p{{L}}0-9](?:\s*,?\s*(?:ban hành )?ngày\s+[0-9]{{1,2}}\s*/\s*[0-9]{{1,2}}\s*/+\s*[0-9]{{4}})?",
        kinds.join("|")
    ))
});
static PLENUM: LazyLock<Rx> = LazyLock::new(|| {
    Rx::new(
        r"Nghị quyết (?:Hội nghị )?(?:Trung ương|TW) (?:[0-9]{1,2}|[IVX]{1,4})\b(?:\s*\(\s*(?:khóa|khoá|Khóa|Khoá) [IVX]{1,5}\)|\s+(?:khóa|khoá|Khóa|Khoá) [IVX]{1,5}\b)?",
    )
});

/// A document code: a number (maybe with a letter for one numbered
/// between two others, "168a"; with the year for laws and decrees), a
/// dash or slash, then capitals ("446-QĐ/TU", "10/2022/QH15", "215 –
/// QĐ/TU"); the types of programmes and submissions keep the "r" of
/// "trình" ("05-CTr/TU", "1818/TTr-VP"), with their issuer after them.
/// The Prime Minister's issuer ends with a small letter ("201/CĐ-TTg"),
/// the one issuer written so.
static CODE: LazyLock<Rx> = LazyLock::new(|| {
    // An ASCII word boundary: a Unicode one keeps the regex off its fast path.
    Rx::new(
        r"(?-u:\b)[0-9]{1,5}[a-z]?(?:/[0-9]{4})?(?:[-/]|\s?[-–]\s?)(?:\p{Lu}{1,2}r[-/]\p{Lu}[\p{Lu}0-9&]*|\p{Lu}[\p{Lu}0-9&]+)(?:[-/](?:TTg(?-u:\b)|[\p{L}0-9&]*[\p{Lu}0-9]))*",
    )
});

// Every paragraph of every report is searched for these: their searchers
// are built once, not per paragraph.
/// "quyết", of "Nghị quyết": a plenum's resolution may be cited unnumbered.
static QUYET: Needle = Needle::new("quyết");
/// "số ", which counts a document by its number.
static SO: Needle = Needle::new("số ");

/// The documents cited in `paragraphs` (and the headline), in order of
/// the paragraphs, without repeats.
pub fn find_documents<'a>(
    headline: Option<&'a str>,
    paragraphs: impl IntoIterator<Item = &'a String>,
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for p in headline
        .into_iter()
        .chain(paragraphs.into_iter().map(String::as_str))
    {
        // A numbered document has a digit before "-" or "/"; a plenum
        // resolution says "Nghị quyết".
        let b = p.as_bytes();
        let numbered = code_positions(b).next().is_some() || year_numbered(p);
        let plenum = numbered || QUYET.find(p).is_some();
        let rxs: &[&Rx] = match (numbered, plenum) {
            (true, _) => &[&NUMBERED, &PLENUM],
            (false, true) => &[&PLENUM],
            _ => &[],
        };
        let mut covered: Vec<(usize, usize)> = Vec::new();
        for rx in rxs {
            for m in rx.find_iter(p).filter(|m| typed_or_counted(m.as_str())) {
                let end = spaced_issuer_end(p, m.end());
                covered.push((m.start(), end));
                let doc = squash_cow(&p[m.start()..end]);
                if !out.iter().any(|d| *d == doc) {
                    out.push(doc.into_owned());
                }
            }
        }
        // A code no typed document took ("Luật … số 10/2022/QH15").
        if code_positions(b).any(|k| !covered.iter().any(|&(s, e)| (s..e).contains(&k))) {
            add_codes(p, &mut out);
        }
    }
    out
}

/// Whether `p` cites a document by its number and year alone ("Nghị
/// quyết số 202/2025 của Quốc hội"): "số", a number, a slash and a year
/// no code type follows.
fn year_numbered(p: &str) -> bool {
    SO.find_iter(p).any(|at| {
        let rest = &p.as_bytes()[at + SO.as_str().len()..];
        let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
        (1..=5).contains(&digits) && year_after_slash(&rest[digits..])
    })
}

/// Whether `b` opens with a slash and a year that ends the number
/// ("/2025 của"), not a date's month ("/10/2025") nor a code ("/2025/QH15").
fn year_after_slash(b: &[u8]) -> bool {
    b.first() == Some(&b'/')
        && b.len() >= 5
        && b[1..5].iter().all(u8::is_ascii_digit)
        && b.get(5)
            .is_none_or(|&c| !c.is_ascii_alphanumeric() && c != b'/')
}

/// Whether a typed document read by `NUMBERED` has a code type, or is
/// counted by "số" when its number has only a year after it ("Nghị quyết
/// số 202/2025"): "Báo cáo 6/2025" is a month's report, no number.
fn typed_or_counted(doc: &str) -> bool {
    let number = doc
        .rfind(|c: char| c.is_whitespace())
        .map_or(doc, |k| &doc[k + 1..]);
    let Some((_, after)) = number.split_once('/') else {
        return true;
    };
    let year_only = after.len() == 4 && after.bytes().all(|b| b.is_ascii_digit());
    !year_only || doc.to_lowercase().contains(" số ")
}

/// Where `b` may hold a document code: a digit (or a digit and a space)
/// before "-", "–" or "/", and a capital or a year and capitals after it.
fn code_positions(b: &[u8]) -> impl Iterator<Item = usize> + '_ {
    memchr::memchr3_iter(b'-', b'/', 0xE2, b).filter(|&k| {
        let digit_before = |i: usize| i > 0 && b[i - 1].is_ascii_digit();
        let spaced = k > 1 && b[k - 1] == b' ' && digit_before(k - 1);
        // "168a/QĐ-UBND": a number with a letter.
        let lettered = k > 1 && b[k - 1].is_ascii_lowercase() && digit_before(k - 1);
        if !(digit_before(k) || spaced || lettered) {
            return false;
        }
        let after = if b[k] == 0xE2 { k + 3 } else { k + 1 };
        let after = after + usize::from(b.get(after) == Some(&b' '));
        let capital = |i: usize| {
            b.get(i)
                .is_some_and(|&c| c.is_ascii_uppercase() || c == 0xC4)
        };
        // "10/2022/QH15": a year, a slash and capitals; "19/12/2025" is a date.
        let year_code = b
            .get(after..after + 4)
            .is_some_and(|y| y.iter().all(u8::is_ascii_digit))
            && b.get(after + 4) == Some(&b'/')
            && capital(after + 5);
        capital(after) || year_code
    })
}

/// The issuer of a code written after a spaced dash ("819/NQ – UBTVQH14"):
/// a dash, then a word of two or more capitals, maybe more of them after
/// a dash or slash, and the number of the National Assembly's term after
/// "QH" ("UBTVQH 14").
static SPACED_ISSUER: LazyLock<Rx> =
    LazyLock::new(|| Rx::new(r"^ ?[-–] ?\p{Lu}[\p{Lu}0-9&]+(?:[-/]\p{Lu}[\p{Lu}0-9&]*)*"));

/// Where a code that ends at byte `end` of `p` ends with the issuer it
/// writes after a spaced dash ("Nghị quyết số 819/NQ – UBTVQH 14"); `end`
/// when there is none.
fn spaced_issuer_end(p: &str, end: usize) -> usize {
    // Only a code that stops at its type ("819/NQ") waits for its issuer;
    // "15/QĐ-UBND - UBND huyện" already has one.
    let code = p.get(..end).unwrap_or("");
    let typed = code
        .rsplit_once('/')
        .is_some_and(|(_, t)| !t.contains(['-', '–']) && !t.contains(char::is_whitespace));
    if !typed {
        return end;
    }
    let rest = p.get(end..).unwrap_or("");
    // "22/2003/QH 11": the Assembly's term after a space, with no issuer.
    if code.ends_with("QH") {
        return end + term_len(rest);
    }
    let Some(m) = SPACED_ISSUER.find(rest) else {
        return end;
    };
    let after = &rest[m.end()..];
    // The issuer's word ends there ("- Ảnh" is no issuer, "- PVT" is cut).
    if after.starts_with(|c: char| c.is_alphabetic()) {
        return end;
    }
    let term = if m.as_str().ends_with("QH") {
        term_len(after)
    } else {
        0
    };
    end + m.end() + term
}

/// The length of the National Assembly's term written after a space at
/// the start of `after` (" 14" of "UBTVQH 14"); 0 when there is none.
fn term_len(after: &str) -> usize {
    let b = after.as_bytes();
    let term = b.len() >= 3
        && b[0] == b' '
        && b[1..3].iter().all(u8::is_ascii_digit)
        && !b.get(3).is_some_and(u8::is_ascii_alphanumeric);
    if term {
        3
    } else {
        0
    }
}

/// Adds the codes in `p` that no document found so far contains, as they
/// are written. A code written with spaces ("215 – QĐ/TU") needs a slash
/// after the dash, so that "Ảnh 2 – PV" is not one.
fn add_codes(p: &str, out: &mut Vec<String>) {
    // "215 – QĐ/TU" and "215-QĐ/TU" are one document.
    let key = |c: &str| c.replace('–', "-").replace(' ', "");
    for m in CODE.find_iter(p) {
        let code = m.as_str();
        if let Some(space) = code.find(' ') {
            if !code[space..].contains('/') {
                continue;
            }
        }
        let code = &p[m.start()..spaced_issuer_end(p, m.end())];
        let k = key(code);
        if !out.iter().any(|d| key(d).contains(&k)) {
            out.push(code.to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn docs(s: &str) -> Vec<String> {
        find_documents(None, &[s.to_string()])
    }

    #[test]
    fn numbered_documents_with_their_dates() {
        assert!(NUMBERED.compiled() && PLENUM.compiled() && CODE.compiled());
        assert_eq!(
            docs("ban hành Quyết định số 215-QĐ/HU, ngày 12/5/2022 về quy chế"),
            ["Quyết định số 215-QĐ/HU, ngày 12/5/2022"]
        );
        assert_eq!(
            docs("thực hiện chỉ thị số 05-CT/TW của Bộ Chính trị"),
            ["chỉ thị số 05-CT/TW"]
        );
        assert_eq!(docs("theo Kế hoạch 88/KH-UBND."), ["Kế hoạch 88/KH-UBND"]);
        assert_eq!(
            docs("Thông tri số 08-TT/TU, ngày 03/01//2023"),
            ["Thông tri số 08-TT/TU, ngày 03/01//2023"]
        );
    }

    #[test]
    fn programme_codes_and_lettered_numbers() {
        assert_eq!(
            docs("triển khai Chương trình hành động số 12-CTr/ĐU ngày 3/3/2026 của Đảng ủy xã"),
            ["12-CTr/ĐU"]
        );
        assert_eq!(
            docs("theo Tờ trình số 215/TTr-UBND của Ủy ban nhân dân xã"),
            ["Tờ trình số 215/TTr-UBND"]
        );
        assert_eq!(
            docs("Phương án số 31/PA-UBND ngày 19/01/2026 của Ủy ban nhân dân tỉnh"),
            ["Phương án số 31/PA-UBND ngày 19/01/2026"]
        );
        assert_eq!(
            docs("Quyết định số 42b/QĐ-UBND về việc phân công"),
            ["Quyết định số 42b/QĐ-UBND"]
        );
        // A dash before a capitalised word is no code.
        assert!(docs("tổ 2-Trường Sơn và tổ 3-Tr").is_empty());
        assert!(docs("căn hộ 12a-B").is_empty());
    }

    #[test]
    fn resolutions_named_by_plenum() {
        assert_eq!(
            docs("triển khai Nghị quyết Trung ương 4 khóa XII và Nghị quyết TW 7"),
            ["Nghị quyết Trung ương 4 khóa XII", "Nghị quyết TW 7"]
        );
        assert!(docs("năm 2022 có 15 mô hình").is_empty());
        assert_eq!(
            docs("Nghị quyết TW 4 Khóa XI); và"),
            ["Nghị quyết TW 4 Khóa XI"]
        );
        assert_eq!(
            docs("Nghị quyết Trung ương 8 (khóa XIII)"),
            ["Nghị quyết Trung ương 8 (khóa XIII)"]
        );
    }

    #[test]
    fn codes_after_long_names_or_written_with_spaces() {
        assert_eq!(
            docs("bám sát Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 và"),
            ["10/2022/QH15"]
        );
        assert_eq!(
            docs("theo Pháp lệnh số 34/2007/PL-UBTVQH11."),
            ["34/2007/PL-UBTVQH11"]
        );
        assert_eq!(
            docs("Quyết định số 215 – QĐ/TU về việc kiện toàn"),
            ["215 – QĐ/TU"]
        );
        let headline = "Sơ kết 5 năm Nghị quyết 35-NQ/ĐUQSTW";
        assert_eq!(
            find_documents(Some(headline), &[]),
            ["Nghị quyết 35-NQ/ĐUQSTW"]
        );
        assert!(docs("Ảnh 2 – PV. Ngày 19/12/2025 và 12-3, tỉ số 2-1").is_empty());
    }

    #[test]
    fn prime_minister_codes_and_dispatches() {
        assert_eq!(
            docs("Thủ tướng vừa ký Công điện số 88/CĐ-TTg về phòng, chống bão"),
            ["Công điện số 88/CĐ-TTg"]
        );
        assert_eq!(
            docs("theo Quyết định 512/QĐ-TTg và Chỉ thị 07/CT-TTg."),
            ["Quyết định 512/QĐ-TTg", "Chỉ thị 07/CT-TTg"]
        );
        // A code with the Prime Minister's issuer and no typed name.
        assert_eq!(docs("(kèm theo 33/QĐ-TTg)"), ["33/QĐ-TTg"]);
    }

    #[test]
    fn a_resolution_numbered_with_its_year_only() {
        assert_eq!(
            docs("công bố Nghị quyết số 310/2025 của Quốc hội và Nghị quyết số 1702/2025 của Ủy ban Thường vụ Quốc hội."),
            ["Nghị quyết số 310/2025", "Nghị quyết số 1702/2025"]
        );
        // A month's report, a day, a period: no number.
        assert!(docs("Báo cáo 6/2025 của xã; Kế hoạch tháng 9/2025").is_empty());
        assert!(docs("thông báo số 12 ngày 3/10/2025").is_empty());
        assert!(!year_after_slash(b"/10/2025"));
        assert!(!year_after_slash(b"/2025/QH15"));
        assert!(year_after_slash(b"/2025 c"));
    }

    #[test]
    fn a_code_is_kept_as_written_with_its_spaced_issuer() {
        assert!(SPACED_ISSUER.compiled());
        assert_eq!(
            docs("công bố Nghị quyết số 1203/NQ – UBTVQH 15 về sắp xếp xã"),
            ["Nghị quyết số 1203/NQ – UBTVQH 15"],
        );
        // The term after a space with no issuer's dash before it.
        assert_eq!(
            docs("theo Nghị quyết số 12/2009/QH 12 của Quốc hội về chia tỉnh"),
            ["Nghị quyết số 12/2009/QH 12"]
        );
        assert_eq!(
            docs("thi hành Luật số 31/2015/QH 13, có hiệu lực từ năm sau"),
            ["Luật số 31/2015/QH 13"]
        );
        assert_eq!(
            docs("thực hiện Công văn số 88/CV - UBND, Kết luận số 12 - KL/HU."),
            ["Công văn số 88/CV - UBND", "12 - KL/HU"]
        );
        // The same code written both ways is one document.
        assert_eq!(docs("Quyết định 215 – QĐ/TU (215-QĐ/TU)"), ["215 – QĐ/TU"]);
        assert_eq!(docs("Kế hoạch số 30/KH - Ảnh: PV"), ["Kế hoạch số 30/KH"]);
        assert_eq!(
            docs("theo Quyết định số 15/QĐ-UBND - UBND huyện đã giao"),
            ["Quyết định số 15/QĐ-UBND"]
        );
    }
}
