//! Documents cited in a report: numbered ones ("Quyết định số 446-QĐ/TU,
//! ngày 26/11/2021", "Chỉ thị số 18-CT/TW", "Kế hoạch 120/KH-UBND") and
//! resolutions named by plenum ("Nghị quyết Trung ương 4").

use super::rx::Rx;
use super::text::squash_cow;
use std::sync::LazyLock;

static NUMBERED: LazyLock<Rx> = LazyLock::new(|| {
    Rx::new(
        r"(?i:quyết định|chỉ thị|nghị quyết|kết luận|thông tri|quy định|hướng dẫn|kế hoạch|công văn|thông báo|nghị định|thông tư|chương trình|đề án|quy chế|luật)(?: liên tịch)?(?: (?i:số))?\s+\d{1,5}[\-–/][\p{L}\d\-–/.]*[\p{L}\d](?:\s*,?\s*(?:ban hành )?ngày\s+\d{1,2}\s*/\s*\d{1,2}\s*/+\s*\d{4})?",
    )
});
static PLENUM: LazyLock<Rx> = LazyLock::new(|| {
    Rx::new(
        r"Nghị quyết (?:Hội nghị )?(?:Trung ương|TW) (?:\d{1,2}|[IVX]{1,4})\b(?:\s*\(\s*(?:khóa|khoá|Khóa|Khoá) [IVX]{1,5}\)|\s+(?:khóa|khoá|Khóa|Khoá) [IVX]{1,5}\b)?",
    )
});

/// The documents cited in `paragraphs`, in order, without repeats.
pub fn find_documents(paragraphs: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for p in paragraphs {
        // A numbered document has a digit before "-" or "/"; a plenum
        // resolution says "Nghị quyết".
        let b = p.as_bytes();
        // A document code: digits, "-" or "/", then capitals ("446-QĐ/TU",
        // "120/KH-UBND", "10/2022/QH15").
        let numbered = memchr::memchr2_iter(b'-', b'/', b).any(|k| {
            k > 0
                && b[k - 1].is_ascii_digit()
                && b.get(k + 1)
                    .is_some_and(|&c| c.is_ascii_uppercase() || c == 0xC4)
        });
        let plenum = numbered || p.contains("quyết");
        let rxs: &[&Rx] = match (numbered, plenum) {
            (true, _) => &[&NUMBERED, &PLENUM],
            (false, true) => &[&PLENUM],
            _ => &[],
        };
        for rx in rxs {
            for m in rx.find_iter(p) {
                let doc = squash_cow(m.as_str());
                if !out.iter().any(|d| *d == doc) {
                    out.push(doc.into_owned());
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn docs(s: &str) -> Vec<String> {
        find_documents(&[s.to_string()])
    }

    #[test]
    fn numbered_documents_with_their_dates() {
        assert!(NUMBERED.compiled() && PLENUM.compiled());
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
}
