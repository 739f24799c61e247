//! Title heads: the office, rank or abbreviation a title opens with
//! ("Phó Bí thư Thường trực", "Đại tá", "PCT", "HT."), after at most two
//! modifiers ("nguyên", "quyền").

use crate::parse::names;
use crate::parse::tokens::Tokens;
use crate::parse::vocab;

/// The flags of the words a title may open with: no other word opens one.
pub const OPENS: u16 =
    vocab::flag::HEAD | vocab::flag::MODIFIER | vocab::flag::ABBREV | vocab::flag::DOTTED;

/// Longest title head starting at token `i`, in tokens: an office or a rank
/// ("Phó Bí thư Thường trực", "Đại tá"), an abbreviation standing for one
/// ("UVBTV", "PCT", "CT.HĐND"), each after at most two modifiers "nguyên",
/// "cựu", "quyền" (kept in the title).
pub fn head_len(t: &Tokens, i: usize) -> Option<usize> {
    if grows_up(t, i) || standing_committee(t, i) {
        return None;
    }
    if let Some(n) = standing_member(t, i) {
        return Some(n);
    }
    // Most words open nothing: one look at the flags tells.
    if !t.has(i, OPENS) {
        return unmarked_office(t, i);
    }
    if presidium(t, i) {
        return None;
    }
    t.head_memo(i, || opened_head_len(t, i))
}

/// `head_len` at a word that opens offices, read from the tokens.
fn opened_head_len(t: &Tokens, i: usize) -> Option<usize> {
    if let Some(n) = reverend_office(t, i) {
        return Some(1 + n);
    }
    let mut m = 0;
    while m < 2 && t.has(i + m, vocab::flag::MODIFIER) {
        m += 1;
    }
    // Modifiers count only in front of an office.
    for skip in (0..=m).rev() {
        if let Some(n) = office_len(t, i + skip) {
            return Some(skip + n);
        }
    }
    None
}

/// Offices of a church or of the Sangha that "Đức" (reverend) is written
/// before: "Đức Pháp chủ GHPGVN", "Đức Giám mục Giáo phận A".
const REVEREND_OFFICES: &[&str] = &[
    "pháp chủ",
    "phó pháp chủ",
    "giám mục",
    "giám mục chánh tòa",
    "giám mục chính tòa",
    "giám mục phụ tá",
    "tổng giám mục",
];

/// Length of the office after "Đức" at `i` when it is one of
/// `REVEREND_OFFICES`: the honorific opens the title, and the title shown
/// is the office's (`reverend_lead`).
pub(in crate::parse) fn reverend_office(t: &Tokens, i: usize) -> Option<usize> {
    if t.raw(i) != "Đức" || !t.is_cap(i + 1) {
        return None;
    }
    office_len(t, i + 1).filter(|&n| {
        t.phrase(i + 1, n)
            .is_some_and(|p| REVEREND_OFFICES.contains(&p))
    })
}

/// Whether the verb "trưởng thành" (to grow up, to mature) is at `i`:
/// "A trưởng thành từ cơ sở" says where someone rose from; its first word
/// is no office ("Trưởng" of a hamlet or a board) there.
pub(in crate::parse) fn grows_up(t: &Tokens, i: usize) -> bool {
    !t.is_cap(i) && t.low(i) == "trưởng" && t.low(i + 1) == "thành"
}

/// Whether "Thường vụ" at `i` names the standing committee after "Ủy
/// ban" ("thay mặt Ủy ban Thường vụ Quốc hội, Phó Chủ tịch …"): an organ,
/// not the office of a standing member.
fn standing_committee(t: &Tokens, i: usize) -> bool {
    i >= 2
        && t.low(i) == "thường"
        && t.low(i + 1) == "vụ"
        && t.low(i - 1) == "ban"
        && matches!(t.low(i - 2), "ủy" | "uỷ")
}

/// Party committees whose standing committee is written as the post of
/// its member ("Ban Thường vụ Đảng ủy"), both tone-mark spellings.
const PARTY_COMMITTEES: &[&str] = &[
    "đảng ủy",
    "đảng uỷ",
    "huyện ủy",
    "huyện uỷ",
    "quận ủy",
    "quận uỷ",
    "thành ủy",
    "thành uỷ",
    "thị ủy",
    "thị uỷ",
    "tỉnh ủy",
    "tỉnh uỷ",
];

/// Length of the head of a standing committee of a party committee
/// written after a separator as the post of one of its members: "A, Ban
/// Thường vụ Đảng ủy, Chủ tịch Hội Nông dân xã", "B - BTV Huyện ủy -
/// Trưởng Ban Dân vận", "C, Ban TVĐU, CT UBMTTQ xã". Commune portals
/// write the body for "member of" it. Elsewhere the words name the body
/// ("Ban Thường vụ Đảng ủy xã tổ chức …", "thay mặt Ban Thường vụ Tỉnh
/// ủy"), and a word before it always stands there.
fn standing_member(t: &Tokens, i: usize) -> Option<usize> {
    if !matches!(t.raw(i), "Ban" | "BTV") || i < 2 || !(t.is_punct(i - 1, ',') || t.is_dash(i - 1))
    {
        return None;
    }
    // "UV, BTV Huyện ủy", "Ủy viên, Ban Thường vụ …": a comma typed
    // inside one post, the member's office before the committee.
    if matches!(t.low(i - 2), "uv" | "viên") {
        return None;
    }
    // "Ban TVĐU": the member's post written short after the body's word.
    let short_member =
        vocab::expansion(t.low(i + 1)).is_some_and(|e| e.starts_with("Ủy viên Ban Thường vụ "));
    if t.raw(i) == "Ban" && short_member {
        return Some(2);
    }
    let n = match t.raw(i) {
        "BTV" => 1,
        _ if t.raw(i + 1) == "TV" => 2,
        _ if t.phrase(i, 3) == Some("ban thường vụ") => 3,
        _ => return None,
    };
    t.phrase(i + n, 2)
        .is_some_and(|p| PARTY_COMMITTEES.contains(&p))
        .then_some(n)
}

/// Whether "Chủ tịch" at `i` names the presidium after "Đoàn" ("theo Đoàn
/// Chủ tịch Hội Nông dân tỉnh, Phó Chủ tịch …"): an organ of the Front or
/// of a union, not the office of its chair.
fn presidium(t: &Tokens, i: usize) -> bool {
    i >= 1 && t.low(i) == "chủ" && t.low(i + 1) == "tịch" && t.low(i - 1) == "đoàn"
}

/// Length of an office, rank or office abbreviation at `i` (no modifier).
pub(in crate::parse) fn office_len(t: &Tokens, i: usize) -> Option<usize> {
    if dotted_rank(t, i) {
        return Some(2);
    }
    if bare_rank(t, i) {
        return Some(1);
    }
    let lens = t.info(i).head;
    if let Some(n) = (1..=8)
        .rev()
        .filter(|n| lens & 1 << (n - 1) != 0)
        .find(|&n| t.phrase(i, n).is_some_and(vocab::is_head))
    {
        // "Chứng minh Ban Trị sự GHPG Việt Nam tỉnh": the spiritual patron
        // of a Buddhist board is an office only capitalised before the
        // board it serves; "chứng minh" is otherwise the verb "to prove".
        if t.phrase(i, n) == Some("chứng minh") && !patron_of_board(t, i) {
            return None;
        }
        // "Phó trưởng bản": the deputy of a longer office the lists hold
        // ("Trưởng bản") outruns the bare deputy ("Phó trưởng") they hold
        // too.
        if t.low(i) == "phó" {
            if let Some(d) = deputy(t, i).filter(|&d| d > n) {
                return Some(d);
            }
        }
        return Some(n);
    }
    if t.low(i) == "phó" {
        // "Phó BT", "Phó CT UBND"; "Phó BTS GHPGVN tỉnh": the deputy of
        // the board the abbreviation names.
        if abbreviated_head(t, i + 1) || abbreviated_organ(t, i + 1) {
            return Some(2);
        }
        if let Some(n) = deputy(t, i) {
            return Some(n);
        }
    } else if abbreviated_head(t, i) {
        return Some(1);
    }
    misspelt_office(t, i)
}

/// Whether "Chứng minh" at `i` is capitalised and names the board it
/// serves right after it ("Chứng minh Ban Trị sự …", "Chứng minh Phân ban
/// …", "Chứng minh Hội đồng Trị sự …"), or by its short form ("Chứng
/// minh BTS GHPGVN tỉnh …", "Chứng minh HĐTS").
fn patron_of_board(t: &Tokens, i: usize) -> bool {
    t.is_cap(i)
        && t.is_cap(i + 2)
        && (matches!(t.low(i + 2), "ban" | "phân" | "bts" | "hđts")
            || t.phrase(i + 2, 2) == Some("hội đồng") && t.low(i + 4) == "trị")
}

/// Length of "Phó" (at `i`) before any office the lists name without it:
/// the deputy of that office ("Phó Thư ký", "Phó thường trực", "Phó Đội
/// trưởng"). A rank has no deputy, and "Phó Phó" is no office.
fn deputy(t: &Tokens, i: usize) -> Option<usize> {
    if t.low(i + 1) == "phó" || !t.has(i + 1, OPENS) {
        return None;
    }
    office_len(t, i + 1)
        .filter(|&n| !is_rank(t, i + 1, n))
        .map(|n| n + 1)
}

/// Length of an office of two or three words written with a wrong or
/// missing tone mark ("Bí thu Đảng ủy", "Chi huy trưởng"), capitalised,
/// as scraped pages and hurried typists leave them. Asked only where a
/// word that opens offices found no office.
fn misspelt_office(t: &Tokens, i: usize) -> Option<usize> {
    if !t.is_cap(i) || !t.has(i, vocab::flag::HEAD) {
        return None;
    }
    // After a capitalised family name the words are its given names:
    // "Lê Quốc Vượng" folds like "Quốc vương" (a king) but is a person.
    if i > 0 && t.is_cap(i - 1) && t.has(i - 1, vocab::flag::FAMILY) {
        return None;
    }
    // A misspelt word is one no list knows; most words after an office's
    // first word are known ("Chi bộ", "Phó Giám đốc"), and skip the fold.
    let unknown = |k: usize| t.is_word(k) && t.info(k) == vocab::Info::default();
    (2..=3)
        .rev()
        .filter(|&n| (i + 1..i + n).any(unknown))
        .find(|&n| t.phrase(i, n).is_some_and(vocab::is_misspelt_office))
}

/// Length of an office of two or three words written with no tone marks
/// at all, its first word one no list knows or a family name ("Pho Chu
/// tich", "Uy vien", "Bi thu"), as pages typed without Vietnamese input
/// have them. Another word of it must be unknown too. An office whose
/// first word alone lost its marks ("Uy viên Ban Thường vụ", "Pho Chủ
/// tịch") is one as well: its other words, spelt right, tell it.
pub(in crate::parse) fn unmarked_office(t: &Tokens, i: usize) -> Option<usize> {
    // Cheap tests first: this is asked at every capitalised word.
    let flags = t.info(i).flags & !(vocab::flag::FAMILY | vocab::flag::WEAK_FAMILY);
    if flags != 0 || !t.is_cap(i) || !t.is_word(i) || !t.low(i).is_ascii() {
        return None;
    }
    // After a capitalised word the word is a given name: "bà Nguyễn Thị
    // Thu trưởng đoàn" folds like "Thứ trưởng" but names the person.
    let in_name = i > 0 && t.is_word(i - 1) && t.is_cap(i - 1);
    if let Some(n) = (2..=3).rev().filter(|_| !in_name).find(|&n| {
        t.phrase(i, n)
            .is_some_and(|p| !p.is_ascii() && vocab::is_office_with_unmarked_first(p))
    }) {
        return Some(n);
    }
    let unknown = |k: usize| t.is_word(k) && t.info(k) == vocab::Info::default();
    (2..=3)
        .rev()
        .filter(|&n| (i + 1..i + n).any(unknown))
        .find(|&n| {
            t.phrase(i, n)
                .is_some_and(|p| p.is_ascii() && vocab::is_misspelt_office(p))
        })
}

/// Whether token `i` is an abbreviation of an office written in capitals
/// ("TUV", "PCT"), alone or dotted to its organ ("CT.HĐND", "UVT.Ư").
pub(super) fn abbreviated_head(t: &Tokens, i: usize) -> bool {
    // Cheap tests first: this runs wherever a title might start.
    if !t.has(i, vocab::flag::ABBREV | vocab::flag::DOTTED) || !t.is_cap(i) {
        return false;
    }
    let raw = t.raw(i);
    if !crate::parse::text::has_capitals(raw) {
        return false;
    }
    let low = t.low(i);
    // "UV-BTV" is dashed as "CT.HĐND" is dotted.
    let first = low.split(['.', '-']).next().unwrap_or(low);
    vocab::is_office_abbrev(low) || (first.len() < low.len() && vocab::is_office_abbrev(first))
}

/// Whether token `i` is an abbreviation in capitals of a board or body
/// ("BTS" Ban Trị sự, "BCH" Ban Chấp hành), whose deputy "Phó" is an office.
fn abbreviated_organ(t: &Tokens, i: usize) -> bool {
    t.is_abbrev(i)
        && t.raw(i).chars().all(|c| c.is_uppercase())
        && vocab::expansion(t.low(i)).is_some_and(|e| {
            let first = e.split(' ').next().unwrap_or(e).to_lowercase();
            matches!(
                first.as_str(),
                "ban" | "hội" | "sở" | "phòng" | "cục" | "vụ"
            )
        })
}

/// Whether the head of `len` tokens at `i` is a rank or degree ("Đại tá",
/// "PGS.TS", "HT."), which stands as a title of its own.
pub(in crate::parse) fn is_rank(t: &Tokens, i: usize, len: usize) -> bool {
    let m = (0..len)
        .take_while(|&k| t.has(i + k, vocab::flag::MODIFIER))
        .count();
    (t.has(i + m, vocab::flag::RANK) && t.phrase(i + m, len - m).is_some_and(vocab::is_rank))
        || (len == m + 2 && dotted_rank(t, i + m))
        || (len == m + 1 && bare_rank(t, i + m))
}

/// Whether token `i` is a rank written short with a full stop against it,
/// before a capitalised word that opens no organ ("HT. Thích Thanh Quyết",
/// "TT. Thích Minh Quang", "ĐĐ. Thích Nhuận Hải"), or a degree however
/// it is cased ("Ths. Lê Văn A" as `ThS.`); "TT" alone is
/// "Thường trực". "TT." is also a township ("chùa Bửu Lâm, TT. Long Hải"):
/// it is a rank only before a dharma name, or before a family name outside
/// an address in brackets ("(chùa Long Hòa, TT. Ngô Mây)").
pub(super) fn dotted_rank(t: &Tokens, i: usize) -> bool {
    const ORGAN: u16 = vocab::flag::INSTITUTION | vocab::flag::TITLE | vocab::flag::HEAD;
    short_rank(t, i)
        && (t.is_cap(i + 2) && (!t.has(i + 2, ORGAN) || names::starts_name(t, i + 2))
            || stacked_rank(t, i + 2))
        && (t.raw(i) != "TT"
            || t.raw(i + 2) == "Thích"
            || names::starts_name(t, i + 2) && !in_brackets(t, i))
}

/// Whether token `i` is a rank's abbreviation with a full stop against it
/// ("GS.", "TS.", "BS."), whatever follows.
fn short_rank(t: &Tokens, i: usize) -> bool {
    t.has(i, vocab::flag::ABBREV)
        && t.is_punct(i + 1, '.')
        && t.toks[i].end == t.toks[i + 1].start
        && (initials(t.raw(i)) || vocab::is_profession(t.low(i)))
        && vocab::is_dotted_rank(t.low(i))
}

/// Whether another rank written short follows at `j`, right there or past
/// a comma: degrees stacked before one name ("GS., TS. Nguyễn Văn A", "TS.
/// BS. Lê Thị B"), each a title of the chain. One look ahead, so a long
/// run of them is read in linear time.
fn stacked_rank(t: &Tokens, j: usize) -> bool {
    short_rank(t, j + usize::from(t.is_punct(j, ',')))
}

/// Whether token `i` stands inside brackets opened a few tokens before it
/// and not closed since, as an address does ("(chùa Long Hòa, TT. Ngô
/// Mây)"); the look back is bounded.
fn in_brackets(t: &Tokens, i: usize) -> bool {
    (i.saturating_sub(8)..i)
        .rev()
        .find_map(|j| {
            if t.is_punct(j, '(') {
                Some(true)
            } else if t.is_punct(j, ')') {
                Some(false)
            } else {
                None
            }
        })
        .unwrap_or(false)
}

/// Whether `word` is written as initials: in capitals, or opening and
/// closing with one (`ThS` of Thạc sĩ).
fn initials(word: &str) -> bool {
    word.chars().all(char::is_uppercase)
        || word.starts_with(char::is_uppercase)
            && word.ends_with(char::is_uppercase)
            && word.chars().count() <= 4
}

/// Whether token `i` is a monk's rank written short with no full stop
/// before a dharma name ("HT Thích Thanh Nhiễu", "ĐĐ Thích Minh Nhẫn",
/// "TT Thích Đức Thiện"), or "HT", "ĐĐ" before any name ("ĐĐ Danh Lưu").
/// "TT" before anything else is "Thường trực".
pub(super) fn bare_rank(t: &Tokens, i: usize) -> bool {
    t.has(i, vocab::flag::ABBREV)
        && t.is_word(i + 1)
        && t.raw(i).chars().all(char::is_uppercase)
        && vocab::is_dotted_rank(t.low(i))
        && (t.raw(i + 1) == "Thích"
            || t.raw(i) != "TT" && t.raw(i) != "NS" && names::starts_name(t, i + 1))
}
