//! Lines of a page's header that sign it: a writer's name alone on its
//! line ("Thu Hà", "THU HÀ |", "PV"), and a blog template's headline,
//! "bởi" writer and worded stamp run together on one line.

use super::{ends_sentence, Page};
use crate::parse::text::{is_letter, word_count};
use crate::parse::{lexicon, vocab};

/// A headline, "bởi" and its writer, a worded stamp and the lead run
/// together on one line ("… quản lý bởi Thu Hà 18 Tháng 9, 2025 Sáng 17/9,
/// …"), as blog-style templates print them: the four parts.
pub(super) fn by_and_stamp(line: &str) -> Option<ByLine<'_>> {
    static BY: crate::parse::text::Needle = crate::parse::text::Needle::new(" bởi ");
    let at = BY.find(line)?;
    let head = line[..at].trim();
    let after = &line[at + " bởi ".len()..];
    let words: Vec<(usize, &str)> = after
        .split(' ')
        .scan(0, |pos, w| {
            let start = *pos;
            *pos += w.len() + 1;
            Some((start, w))
        })
        .take(9)
        .collect();
    let name_len = words
        .iter()
        .take_while(|(_, w)| w.starts_with(char::is_uppercase) && w.chars().all(is_letter))
        .count();
    let [(day_at, day), (_, month_word), (_, month), (_, year)] =
        words.get(name_len..name_len + 4)?
    else {
        return None;
    };
    let digits = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
    let stamp_shape = digits(day)
        && matches!(*month_word, "Tháng" | "tháng")
        && digits(month.trim_end_matches(','))
        && year.len() == 4
        && digits(year);
    if !(1..=4).contains(&name_len) || !stamp_shape || word_count(head) < 4 {
        return None;
    }
    let name = after[..*day_at].trim();
    let end =
        (day_at + day.len() + month_word.len() + month.len() + year.len() + 3).min(after.len());
    Some(ByLine {
        head,
        name,
        stamp: &after[*day_at..end],
        rest: after[end..].trim(),
    })
}

/// The parts `by_and_stamp` finds.
pub(super) struct ByLine<'l> {
    /// The headline.
    pub head: &'l str,
    /// The writer.
    pub name: &'l str,
    /// The stamp ("18 Tháng 9, 2025").
    pub stamp: &'l str,
    /// The lead, maybe empty.
    pub rest: &'l str,
}

/// Labels newsrooms sign with instead of a name ("PV": a reporter).
pub(super) const STAFF: &[&str] = &[
    "PV",
    "CTV",
    "Nhóm PV",
    "PV.",
    "Nhóm phóng viên",
    "Phóng viên",
];

/// Takes a line that is only a writer's name ("Thu Hà", "THU HÀ |", "Minh
/// Quân - Thu Hà", "PV") as the name under the headline; true when it is one.
/// A researcher signs with their degree ("TS. Lê Văn An"), and the line
/// under it names where they work ("Khoa Lý luận chính trị").
pub(super) fn writer_line(page: &mut Page, line: &str) -> bool {
    let degree = degree_byline(line);
    let compiled = without_compiling_note(line);
    if degree || compiled.is_some_and(writer_shape) || writer_shape(line) {
        let name = compiled.unwrap_or(line).trim_end_matches([' ', '|', '•']);
        if degree {
            page.next = super::HeaderNext::Affiliation;
        } else if page.header_name.is_none() && in_capitals(name) {
            page.next = super::HeaderNext::CoWriter;
        }
        page.header_name.get_or_insert_with(|| name.to_string());
        return true;
    }
    false
}

/// Adds the name on the line right after a writer's name in capitals when
/// it is another writer's, in capitals too ("MỸ AN" then "VĂN BÌNH"):
/// co-writers stacked one a line sign as "MỸ AN - VĂN BÌNH". True when the
/// line was used up.
pub(super) fn co_writer(page: &mut Page, line: &str) -> bool {
    let name = line.trim_end_matches([' ', '|', '•']);
    let Some(first) = page.header_name.as_mut() else {
        return false;
    };
    if !in_capitals(name) || STAFF.contains(&name) || agency(name) || !writer_shape(name) {
        return false;
    }
    first.push_str(" - ");
    first.push_str(name);
    true
}

/// Whether a name is written in capitals ("THU HÀ"), as bylines often are.
fn in_capitals(name: &str) -> bool {
    name.chars().any(char::is_alphabetic) && !name.chars().any(char::is_lowercase)
}

/// The writer's name before a note that the text was compiled from
/// others ("Thu Hà (t.h)", "Thu Hà (tổng hợp)"), as an aggregator signs a
/// digest.
fn without_compiling_note(line: &str) -> Option<&str> {
    let (name, note) = line.trim_end().strip_suffix(')')?.rsplit_once(" (")?;
    let note = crate::parse::text::lower_same(note);
    matches!(note.as_str(), "t.h" | "th" | "tổng hợp" | "t/h").then_some(name)
}

/// Degrees a writer may sign with before the name, as printed.
const DEGREES: &[&str] = &["GS.TS.", "NCS.", "PGS.TS.", "TS.", "ThS."];

/// "TS. Lê Văn An", "PGS.TS Trần Bình", `ThS.` before a name: an academic
/// degree in its short form, then two to four words of a name, and
/// nothing else: how a research article is signed. A degree written out
/// ("Tiến sĩ Lê Văn An") opens sentences too, and is left alone.
pub(crate) fn degree_byline(line: &str) -> bool {
    let line = line.trim();
    let mut words = line.split(' ').filter(|w| !w.is_empty()).peekable();
    let mut degrees = 0;
    while let Some(w) = words.peek() {
        let short = w.trim_end_matches('.');
        let abbreviated = short.len() <= 8 && short.chars().skip(1).any(char::is_uppercase)
            || short.chars().all(|c| c.is_ascii_uppercase() || c == '.');
        if short.is_empty() || !abbreviated || !vocab::is_profession(&short.to_lowercase()) {
            break;
        }
        degrees += 1;
        words.next();
    }
    let name: Vec<&str> = words.collect();
    degrees > 0
        && (2..=4).contains(&name.len())
        && name
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(is_letter))
}

/// The line under a researcher's signature naming where they work: a
/// short line with no full stop ("Khoa Nhà nước và pháp luật", "Trường
/// Chính trị tỉnh").
pub(super) fn affiliation(line: &str) -> bool {
    (2..=12).contains(&word_count(line))
        && !ends_sentence(line)
        && line.starts_with(char::is_uppercase)
}

/// Whether `line` is only a writer's name, as `writer_line` takes it. A
/// document's heading in capitals ("THÔNG BÁO", "KẾ HOẠCH") is none.
pub(super) fn writer_shape(line: &str) -> bool {
    let whole = line.trim_end_matches([' ', '|', '•']);
    // "ThS. Lê Thị Hoa": a scholar signs with the degree before the name.
    let name = DEGREES
        .iter()
        .find_map(|d| whole.strip_prefix(d).and_then(|r| r.strip_prefix(' ')))
        .unwrap_or(whole);
    let n = word_count(name);
    let names = (2..=4).contains(&n)
        || (n <= 7 && (name.contains(" - ") || name.contains(" – ")))
        || initialled(name);
    let listed = STAFF.contains(&name) || agency(name);
    // Most lines asked are paragraphs, too long to be a name: told before
    // the line is lower-cased for the tests below, which only turn away.
    if !listed && !names {
        return false;
    }
    let lower = crate::parse::text::lower_same(whole);
    // "CÔNG TÁC NỘI CHÍNH" under the date: the column, not its writer.
    if lexicon::is_document_kind(&lower) || crate::parse::clean::section_name(&lower) {
        return false;
    }
    // "Bạc Liêu" alone under the summary: a digest's heading for the
    // province its next part tells of, not a writer.
    if crate::parse::vocab::is_place(&lower) || unit_heading(&lower) {
        return false;
    }
    listed || initialled(name) || names && !ends_sentence(name) && super::header::name_like(name)
}

/// "V.Mạnh", "N.T.Hà", "Q. Hùng": a writer signing with the initials of
/// the family and middle names, each closed by a dot, then the given name
/// (one or two capitalised words), as many papers print a byline.
fn initialled(name: &str) -> bool {
    let Some((initials, given)) = name.rsplit_once('.') else {
        return false;
    };
    let initials_shape = initials.split('.').all(|i| {
        let mut c = i.trim().chars();
        c.next().is_some_and(char::is_uppercase) && c.next().is_none()
    });
    let given = given.trim_start();
    let words = word_count(given);
    initials.split('.').count() <= 3
        && initials_shape
        && (1..=2).contains(&words)
        && given.split(' ').all(|w| {
            w.chars().count() >= 2 && w.starts_with(char::is_uppercase) && w.chars().all(is_letter)
        })
}

/// Whether a line (lower case) is an administrative unit's word and its
/// name ("huyện hương sơn", "tỉnh lào cai"): a heading over the part of a
/// digest that tells of that unit. No one's name opens with such a word;
/// a unit's party committee, youth union or military command does
/// ("huyện ủy …", "tỉnh đoàn …", "huyện đội …") and may sign for its desk.
pub(super) fn unit_heading(lower: &str) -> bool {
    crate::parse::vocab::UNIT_WORDS
        .iter()
        .chain(&["thành phố", "đặc khu"])
        .any(|u| {
            let Some(name) = lower.strip_prefix(u).and_then(|r| r.strip_prefix(' ')) else {
                return false;
            };
            let first = name.split(' ').next().unwrap_or("");
            !first.is_empty() && !matches!(first, "ủy" | "uỷ" | "đoàn" | "đội")
        })
}

/// A news agency signing alone in capitals under the headline ("TTXVN",
/// "VNA"), printed where a writer's name stands: one word of three to
/// eight capital letters.
pub(super) fn agency(name: &str) -> bool {
    (3..=8).contains(&name.len())
        && name.bytes().all(|b| b.is_ascii_uppercase())
        && crate::parse::lexicon::words(crate::parse::lexicon::AGENCIES).any(|a| a == name)
}
