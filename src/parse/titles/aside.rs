//! The parts of a title that say more about its organ: an abbreviation or
//! a place in brackets, the unit above, a former name, an envoy's seat, a
//! school or parish named after a person, a unit's number, and the "và"
//! that joins two parts of one department's name.

use super::head::{abbreviated_head, head_len, is_rank, office_len};
use super::{after_place, place_len};
use crate::parse::names;
use crate::parse::organs::{
    after_organ, inner_dash, listed_fields, number, organ_len, paren_organ, parent_organ,
};
use crate::parse::tokens::Tokens;
use crate::parse::vocab;
use crate::text::fold_lower_char;

/// Whether the title from `i` to `j` is the post of an envoy or a
/// representative office ("Đại sứ", "Tổng Lãnh sự", "Trưởng Đại diện",
/// "Đại biện", "Tham tán"), of a central body's standing office ("Cơ
/// quan Thường trực") or of a high court ("Tòa án nhân dân cấp cao"),
/// which goes on with "tại" and the place it sits.
fn envoy(t: &Tokens, i: usize, j: usize) -> bool {
    // "Trưởng Cơ quan Thường trực Ban Dân vận Trung ương tại thành phố Hồ
    // Chí Minh": a central body's standing office is named by its seat.
    let standing_office = |k: usize| {
        matches!(
            t.phrase(k, 4),
            Some("cơ quan thường trực" | "văn phòng thường trực")
        )
    };
    (i..j).any(|k| {
        standing_office(k)
            || matches!(
                (t.low(k), t.low(k + 1)),
                ("đại", "sứ" | "diện" | "biện")
                    | ("lãnh", "sự")
                    | ("tham", "tán")
                    | ("sứ", "quán")
                    | ("cấp", "cao")
                    | ("thường", "trú")
                    | ("quốc", "gia")
            )
    })
}

/// Whether a place, a country or a city in capitals starts at `k`, and
/// no name: the seat of an envoy's post after "tại". A city may be named
/// with its level in small letters ("tại thành phố Hồ Chí Minh").
fn seat(t: &Tokens, k: usize) -> bool {
    let unit = match t.phrase(k, 2) {
        Some("thành phố") => 2,
        _ if t.low(k) == "tỉnh" => 1,
        _ => 0,
    };
    if unit > 0 {
        return place_len(t, k + unit).is_some();
    }
    t.is_cap(k)
        && (place_len(t, k).is_some() || t.has(k, vocab::flag::TITLE) || t.is_abbrev(k))
        && !names::starts_name(t, k)
}

/// Whether the organ in brackets from `j` to `end` (past ")") only repeats
/// words of the title started at `i`: the short name the organ goes by
/// afterwards ("Trưởng Ban Chỉ đạo quốc gia phòng, chống dịch COVID-19
/// (Ban Chỉ đạo)"), which ends the title, not a body above it.
fn short_name_again(t: &Tokens, i: usize, j: usize, end: usize) -> bool {
    let n = end - 2 - j;
    n > 0
        && t.is_punct(end - 1, ')')
        && (i..j.saturating_sub(n - 1)).any(|k| (0..n).all(|d| t.low(k + d) == t.low(j + 1 + d)))
}

/// Where a part of a title that says more about its organ ends, when one
/// starts at `j` (the title started at `i`, its head is `head` long): an
/// organ or its abbreviation in brackets, the body above a unit, a
/// former name, an envoy's seat.
pub(super) fn aside(t: &Tokens, i: usize, head: usize, j: usize) -> Option<usize> {
    let past_head = j > i + head;
    // "Văn phòng HĐND - UBND phường": two bodies written short; "Hội
    // Doanh nhân trẻ & Câu lạc bộ …": "&" inside a name; "Cục Văn hóa cơ
    // sở, gia đình và thư viện": fields listed in the organ's name.
    let joined =
        past_head && (short_bodies_joined(t, j) || t.is_punct(j, '&') && joins_org(t, i, j));
    if joined {
        return Some(j + 1);
    }
    if let Some(k) = listed_fields(t, i + head, j).filter(|_| j > i + head + 1) {
        return Some(k);
    }
    if let Some(k) = numbered_term(t, i + head, j) {
        return Some(k);
    }
    paren_organ(t, j)
        .filter(|&k| !short_name_again(t, i, j, k))
        .or_else(|| parent_organ(t, i, head, j))
        .or_else(|| paren_initials(t, i, j))
        .or_else(|| paren_country_code(t, j).filter(|_| past_head))
        .or_else(|| paren_place(t, j).filter(|_| past_head))
        .or_else(|| parent_unit(t, i + head, j))
        // "trưởng phòng đô thị thuộc Văn phòng UBND": the body above
        // completes the post.
        .or_else(|| parent_body(t, j))
        // "Quận ủy quận 3 cũ", "tỉnh Bình Dương trước đây": a unit's name
        // before the 2025 mergers.
        .or_else(|| former(t, j).filter(|_| past_head).map(|n| j + n))
        // "Đại sứ Nhật Bản tại Việt Nam", "Tổng Lãnh sự … tại Đà Nẵng":
        // the post of an envoy names where it sits.
        .or_else(|| {
            // "Tổng Lãnh sự nước CHXHCN Việt Nam tại Pắc-xế": the country
            // it serves, too; and any head of a foreign state's office,
            // "Thủ tướng nước CHDCND Lào", "Chủ tịch Quốc hội nước Cộng hòa
            // Cuba", names the country it serves.
            let envoy_seat = t.low(j) == "tại" && past_head && envoy(t, i, j);
            let country = t.low(j) == "nước" && t.is_cap(j + 1);
            ((envoy_seat || country) && seat(t, j + 1)).then_some(j + 1)
        })
}

/// Where "thuộc" at `j` ends, when the body above follows it: an organ
/// ("thuộc Bộ Công an", "thuộc Quân khu 7"), a body's capitalised word
/// or its abbreviation ("thuộc Văn phòng UBND", "thuộc Đội Cảnh sát"), or
/// a unit named in lower case ("thuộc huyện Đông Hòa"). "thuộc diện",
/// "thuộc về" are no body; a name there is a person's.
pub(super) fn parent_body(t: &Tokens, j: usize) -> Option<usize> {
    // Cheap test first: asked at every word of a title.
    if t.low(j) != "thuộc" || t.is_cap(j) {
        return None;
    }
    body_at(t, j + 1).then_some(j + 1)
}

/// Whether the body a post belongs to opens at `k`: an organ, a body's
/// capitalised word or its abbreviation that is no office and opens no
/// name ("Văn phòng UBND", "Đội Cảnh sát"), or a unit named in lower case
/// ("huyện Đông Hòa").
pub(super) fn body_at(t: &Tokens, k: usize) -> bool {
    let body = organ_len(t, k).is_some()
        || t.is_cap(k)
            && t.is_word(k)
            && (t.has(k, vocab::flag::TITLE | vocab::flag::INSTITUTION) || t.is_abbrev(k))
            && office_len(t, k).is_none()
            && !names::starts_name(t, k);
    let unit = || {
        matches!(t.low(k), "xã" | "phường" | "huyện" | "quận" | "tỉnh")
            && !t.is_cap(k)
            && place_len(t, k + 1).is_some()
    };
    body || unit()
}

/// Where the term of a numbered assembly or committee ends, after its
/// comma at `j`: "Chủ tịch HĐND tỉnh khóa XVIII, nhiệm kỳ 2021-2026",
/// "Bí thư Huyện ủy khóa XXIV, nhiệm kỳ 2020 - 2025". Without the
/// years, "nhiệm kỳ" opens what follows.
fn numbered_term(t: &Tokens, start: usize, j: usize) -> Option<usize> {
    if !t.is_punct(j, ',') || j <= start {
        return None;
    }
    // "Phó Chủ tịch UBND tỉnh Sơn La, nhiệm kỳ 2016 - 2021": the term
    // with its years qualifies any post.
    if t.phrase(j + 1, 2) == Some("nhiệm kỳ") && t.is_word(j - 1) {
        if let Some(n) = super::term_years(t, j + 3) {
            return Some(j + 3 + n);
        }
    }
    if !term_number_before(t, start, j) {
        return None;
    }
    // "Bí thư Tỉnh đoàn khóa VIII, IX": one post held over several terms,
    // their numbers listed.
    let next = t.raw(j + 1);
    let roman = !next.is_empty() && next.bytes().all(|b| b"IVXL".contains(&b));
    if roman || number(next) && !t.is_word(j + 2) {
        return Some(j + 2);
    }
    if t.phrase(j + 1, 2) != Some("nhiệm kỳ") {
        return None;
    }
    super::term_years(t, j + 3).map(|n| j + 3 + n)
}

/// Whether the title (from `start`) ends right before `j` with a term's
/// number, or a list of them: "khóa XVIII", "khóa VIII, IX".
fn term_number_before(t: &Tokens, start: usize, j: usize) -> bool {
    let mut k = j;
    while k >= start + 2 && number(t.raw(k - 1)) {
        if matches!(t.low(k - 2), "khóa" | "khoá") {
            return true;
        }
        if !t.is_punct(k - 2, ',') {
            return false;
        }
        k -= 2;
    }
    false
}

/// Where the unit above a place the title (from `start`) ends with
/// ends, after a comma: "Chủ tịch UBND thị trấn Rạch Gốc, huyện Ngọc
/// Hiển", "Bí thư Đảng ủy xã Tân Phú, tỉnh Đồng Nai".
fn parent_unit(t: &Tokens, start: usize, j: usize) -> Option<usize> {
    if !t.is_punct(j, ',') || t.is_cap(j + 1) && t.low(j + 1) != "tp" {
        return None;
    }
    // "Trưởng thôn Nà Mường, xã Tân Lập", "Bí thư Chi bộ ấp 3, xã Long
    // Hòa": a commune is the unit above a village, which names it.
    let commune = match t.phrase(j + 1, 2) {
        Some("thị trấn") => 2,
        _ if matches!(t.low(j + 1), "xã" | "phường") => 1,
        _ => 0,
    };
    let word = match t.phrase(j + 1, 2) {
        Some("thành phố" | "thị xã") => 2,
        // "TP Bắc Ninh": the city's level written short.
        _ if matches!(t.low(j + 1), "huyện" | "tỉnh" | "quận" | "tp") => 1,
        _ if commune > 0 && village_before(t, start, j) => commune,
        _ => return None,
    };
    let n = place_len(t, j + 1 + word).or_else(|| unit_name(t, j + 1 + word))?;
    // The unit before the comma: a known place, or capitalised words
    // after a lower-case unit word ("thị trấn Rạch Gốc").
    let mut k = j;
    while k > start + 1 && j - k < 3 && t.is_cap(k - 1) {
        k -= 1;
    }
    let named = k < j
        && matches!(
            t.low(k - 1),
            "xã" | "phường" | "trấn" | "huyện" | "quận" | "phố"
        );
    (named || commune > 0 || after_place(t, start, j) || located_body(t, start, j))
        .then_some(j + 1 + word + n)
}

/// Most words of a located body's own name before the comma at `j`.
const MAX_LOCATED_NAME: usize = 8;

/// Whether the title (from `start`) ends right before the comma at `j`
/// with a body named by capitalised words of its own, opened by a word of
/// `located_bodies.txt` ("Trường THCS Tân Lập", "Bệnh viện Đa khoa Nam
/// Sơn", "HTX Tân Tiến"): the district or province after the comma says
/// where that body stands.
fn located_body(t: &Tokens, start: usize, j: usize) -> bool {
    // Cheap test first: the body's own name ends in a capital.
    if j == 0 || !t.is_cap(j - 1) {
        return false;
    }
    let from = start.max(j.saturating_sub(MAX_LOCATED_NAME));
    (from..j.saturating_sub(1))
        .rev()
        .take_while(|&k| t.is_word(k))
        .any(|k| {
            t.is_cap(k)
                && (1..=3).any(|n| {
                    k + n < j
                        && t.phrase(k, n)
                            .is_some_and(crate::parse::lexicon::is_located_body)
                        && t.is_cap(k + n)
                })
        })
}

/// Whether the title (from `start`) ends right before the comma at `j`
/// with a village or hamlet, named ("thôn Nà Mường", "bản Co Mạ") or
/// numbered ("ấp 3", "tổ dân phố 5").
fn village_before(t: &Tokens, start: usize, j: usize) -> bool {
    let mut k = j;
    while k > start && j - k < 3 && (t.is_cap(k - 1) || unit_number(t, k - 1).is_some()) {
        k -= 1;
    }
    // The village word may end the office itself ("Trưởng thôn").
    k < j
        && k >= 1
        && matches!(
            t.low(k - 1),
            "thôn" | "ấp" | "bản" | "xóm" | "buôn" | "làng" | "khóm" | "sóc" | "phố" | "khu"
        )
}

/// Length of a unit's capitalised name at `k` that the lists of places do
/// not hold (a district merged away, a misspelling, a commune): one to
/// three capitalised words, opening no office and no person's name, with
/// no capitalised word after them, or the holder's name right after them
/// (`name_before_holder`).
fn unit_name(t: &Tokens, k: usize) -> Option<usize> {
    if !t.is_cap(k) || t.is_abbrev(k) || names::starts_name(t, k) || office_len(t, k).is_some() {
        return None;
    }
    let word = |n: usize| t.is_word(k + n) && t.is_cap(k + n) && !t.is_abbrev(k + n);
    let run = (0..=MOST_RUN).take_while(|&n| word(n)).count();
    if run <= 3 && !(t.is_word(k + run) && t.is_cap(k + run)) {
        return Some(run);
    }
    name_before_holder(t, k, run)
}

/// Most capitalised words read after a unit word: a unit's name and a
/// holder's.
const MOST_RUN: usize = 8;

/// Length of a unit's name at `k` that the post's holder follows with no
/// mark between, the capitalised run `run` long: "Trưởng thôn Nà Pồng, xã
/// Tân Hòa Lù Văn Pao phát biểu". The unit's name has one to three words,
/// and the rest of the run is one person's name, opened by a family name
/// and ending with the run. A name the lists of units hold wins; else two
/// words, the length of most communes' names, then one, then three.
fn name_before_holder(t: &Tokens, k: usize, run: usize) -> Option<usize> {
    const LENGTHS: [usize; 3] = [2, 1, 3];
    let holder = |m: usize| {
        m + 2 <= run
            && names::starts_name(t, k + m)
            && names::name_end(t, k + m, true) == Some(k + run)
    };
    LENGTHS
        .into_iter()
        .find(|&m| holder(m) && crate::units::is_unit_name(t.span(k, k + m)))
        .or_else(|| LENGTHS.into_iter().find(|&m| holder(m)))
}

/// The code in brackets after a country or an international body, which
/// spells its name in another language ("Liên minh châu Âu (EU)", "Liên
/// hợp quốc (UN)"), so its letters are not the initials of the words
/// before it. Returns the index past ")".
fn paren_country_code(t: &Tokens, j: usize) -> Option<usize> {
    let code = t.is_punct(j, '(')
        && t.is_punct(j + 2, ')')
        && t.is_word(j + 1)
        && (2..=6).contains(&t.raw(j + 1).len())
        && t.raw(j + 1).chars().all(|c| c.is_ascii_uppercase());
    let country = || (1..=4).any(|n| j >= n && t.phrase(j - n, n).is_some_and(vocab::is_country));
    (code && country()).then_some(j + 3)
}

/// Length of "cũ" or "trước đây" (former) at `j` after a unit's name or
/// number: "Phó Bí thư Quận ủy quận 3 cũ".
fn former(t: &Tokens, j: usize) -> Option<usize> {
    let named = t.is_cap(j - 1) || number(t.raw(j - 1));
    match t.low(j) {
        "cũ" if named => Some(1),
        "trước" if named && t.phrase(j, 2) == Some("trước đây") => Some(2),
        _ => None,
    }
}

/// A place in brackets after a title's organ, naming where it was or what
/// it was called: "Thị ủy Bến Cát (thị xã Bến Cát, tỉnh Bình Dương trước
/// đây)", "Tỉnh ủy Bình Dương (cũ)", the province formed by the 2025
/// mergers ("Tỉnh ủy Lâm Đồng (mới)"), or the region a church's name holds
/// ("Hội thánh Tin lành Việt Nam (miền Bắc)"), or the city or province a
/// commune or ward is in, its unit written short with a full stop ("phường
/// Sài Gòn (TP.HCM)", "xã Hưng Long (TP. Hồ Chí Minh)"), as papers name
/// communes since the districts went in 2025. Returns the index past ")".
fn paren_place(t: &Tokens, j: usize) -> Option<usize> {
    const MOST: usize = 12;
    if !t.is_punct(j, '(') {
        return None;
    }
    let k = j + 1;
    let opens = place_len(t, k).is_some()
        || dotted_unit(t, k)
        || matches!(
            t.low(k),
            "xã" | "phường"
                | "thị"
                | "huyện"
                | "tỉnh"
                | "thành"
                | "quận"
                | "đặc"
                | "cũ"
                | "mới"
                | "trước"
                | "miền"
        );
    if !opens {
        return None;
    }
    let close = (k..k + MOST)
        .take_while(|&m| {
            t.is_word(m)
                || t.is_punct(m, ',')
                || t.is_dash(m)
                || t.is_punct(m, ')')
                || m > k && dotted_unit(t, m - 1)
        })
        .find(|&m| t.is_punct(m, ')'))?;
    // Every lower-case word is a level word or says "former".
    let plain = (k..close)
        .filter(|&m| t.is_word(m) && !t.is_cap(m))
        .all(|m| {
            matches!(
                t.low(m),
                "xã" | "phường"
                    | "thị"
                    | "trấn"
                    | "huyện"
                    | "tỉnh"
                    | "thành"
                    | "phố"
                    | "quận"
                    | "đặc"
                    | "khu"
                    | "miền"
                    | "cũ"
                    | "mới"
                    | "trước"
                    | "đây"
            ) || number(t.raw(m))
        });
    plain.then_some(close + 1)
}

/// Whether token `k` is a unit written short that a full stop closes with
/// no space between: "TP." (thành phố), "TX." (thị xã), "H." (huyện), "Q."
/// (quận), before the unit's name ("TP. Huế", "H.Bình Chánh"), or one word
/// with it when the name is in capitals too ("TP.HCM").
fn dotted_unit(t: &Tokens, k: usize) -> bool {
    let unit = |w: &str| matches!(w, "tp" | "tx" | "h" | "q");
    if !t.is_cap(k) {
        return false;
    }
    let joined = t.is_punct(k + 1, '.') && t.toks[k].end == t.toks[k + 1].start;
    joined && unit(t.low(k))
        || t.low(k)
            .split_once('.')
            .is_some_and(|(u, name)| unit(u) && !name.is_empty())
}

/// A parenthesised abbreviation of the words before it in the title
/// ("Ủy viên Ban Thường vụ Đảng ủy (UVTV ĐU)", "Bộ Chỉ huy quân sự
/// (CHQS) tỉnh"): its letters are the initials of the title's words, in
/// order. Returns the index past ")".
pub(super) fn paren_initials(t: &Tokens, i: usize, j: usize) -> Option<usize> {
    const MOST: usize = 3;
    if !t.is_punct(j, '(') {
        return None;
    }
    let close = (j + 2..=j + 1 + MOST).find(|&k| !t.is_word(k))?;
    let caps = |k: usize| crate::parse::text::has_capitals(t.raw(k));
    if !t.is_punct(close, ')') || !(j + 1..close).all(caps) {
        return None;
    }
    let mut initials = (i..j).filter(|&k| t.is_word(k)).flat_map(|k| {
        let w = t.low(k);
        // An abbreviation in the title counts letter by letter.
        let all = if t.is_abbrev(k) { w.len() } else { 1 };
        w.chars()
            .filter(|c| c.is_alphabetic())
            .take(all)
            .map(fold_lower_char)
    });
    let letters = (j + 1..close).flat_map(|k| {
        t.low(k)
            .chars()
            .filter(|c| c.is_alphabetic())
            .map(fold_lower_char)
    });
    let mut n = 0;
    for c in letters {
        initials.find(|&x| x == c)?;
        n += 1;
    }
    (n >= 2).then_some(close + 1)
}

/// Length of a person's name that names a school at `j`, right after
/// "Trường" and the school's kind ("Trường THCS Nguyễn Du", "Trường Tiểu
/// học Kim Đồng"), or a parish or a temple right after its
/// word, in a title whose organ part starts at `start`.
pub(super) fn school_name(t: &Tokens, start: usize, j: usize) -> Option<usize> {
    if gifted_school(t, start, j) {
        return Some(1);
    }
    // Cheap tests first: this is asked at every capitalised word.
    if !t.is_cap(j) || j < start + 1 {
        return None;
    }
    let family = t.has(j, vocab::flag::FAMILY | vocab::flag::WEAK_FAMILY);
    // "Viện trưởng Đan viện Thánh Mẫu Phước An": a monastery is named
    // right after its word, whatever its name looks like.
    let cloister = j >= start + 2
        && matches!(
            t.phrase(j - 2, 2),
            Some("đan viện" | "tu viện" | "thiền viện")
        );
    if !family && !cloister {
        return None;
    }
    let kind = matches!(
        t.low(j - 1),
        "học"
            | "sở"
            | "thông"
            | "non"
            | "giáo"
            | "trú"
            | "cấp"
            | "đẳng"
            | "th"
            | "thcs"
            | "thpt"
            | "chuyên"
    ) || t.has(j - 1, vocab::flag::ABBREV) && t.low(j - 1).starts_with("pt")
        // "Trường TH&THCS Lê Lợi": a school of two grades, written as one word.
        || joined_grades(t.low(j - 1))
        // "Phó Hiệu trưởng Trường Chính trị Phạm Hùng": a province's school
        // of the Party is named after a leader of the revolution, or after
        // the province ("Trường Chính trị tỉnh").
        || j >= 2 && t.phrase(j - 2, 2) == Some("chính trị");
    let school = (start.max(j.saturating_sub(5))..j - 1).any(|k| school_word(t, k, j));
    // "Chánh xứ Giáo xứ Thái Hà", "Trụ trì Chùa Phổ Minh": a parish or a
    // temple is named right after its word, whatever family name opens it.
    let pair = |p: &str| {
        matches!(
            p,
            "giáo xứ" | "giáo họ" | "giáo phận" | "giáo hạt" | "thánh thất" | "tịnh xá" | "nhà thờ"
        )
    };
    // Not a hospital: a name after "Bệnh viện" is its director's far more
    // often than the hospital's own ("Giám đốc Bệnh viện Lê Văn A cho biết").
    let parish = (j >= start + 2 && t.phrase(j - 2, 2).is_some_and(pair))
        || (j > start && t.low(j - 1) == "chùa");
    if !(cloister || parish || kind && school) {
        return None;
    }
    // "Trường THPT Lê Quý Đôn Trần Thị Lan": the school's name ends where
    // its head's begins.
    let end = (j + 1..j + 4)
        .find(|&k| !t.is_cap(k) || k > j + 1 && names::starts_name(t, k))
        .unwrap_or(j + 4);
    (end - j >= 2 && t.phrase(j, end - j).is_some()).then_some(end - j)
}

/// Whether `w` writes two school grades short, joined by "&" ("th&thcs",
/// "thcs&thpt"), as a school of both grades is named.
pub(super) fn joined_grades(w: &str) -> bool {
    w.contains('&') && w.split('&').all(|g| matches!(g, "th" | "thcs" | "thpt"))
}

/// Length of "học bổng" and the person's name a scholarship fund is named
/// for, at `j` right after "Quỹ": "Chủ tịch Quỹ học bổng Vừ A Dính", or
/// "… Quỹ học bổng “Vừ A Dính”" in quotation marks. A
/// scholarship always carries its name, so the name is the fund's, never
/// the holder's.
pub(super) fn scholarship_name(t: &Tokens, start: usize, j: usize) -> Option<usize> {
    // Cheap tests first: this is asked at every word of every title.
    if t.low(j) != "học" || j <= start || t.low(j - 1) != "quỹ" {
        return None;
    }
    if t.phrase(j, 2) != Some("học bổng") {
        return None;
    }
    // "Quỹ học bổng “Vừ A Dính”": the name in quotation marks.
    if let Some(n) = super::quoted_name(t, j + 2) {
        return Some(2 + n);
    }
    if !t.is_cap(j + 2) {
        return None;
    }
    let end = names::name_end(t, j + 2, true)?;
    // "Quỹ học bổng Lò Văn Giá Nguyễn Thị Mai": the holder's name, opening
    // with a family name, ends the fund's.
    let holder = (j + 4..end).find(|&k| t.has(k, vocab::flag::FAMILY) && names::starts_name(t, k));
    Some(holder.unwrap_or(end) - j)
}

/// Whether "chuyên" at `j` makes the school named before it a school for
/// the gifted, whose name follows: "Hiệu trưởng Trường THPT chuyên Lam
/// Sơn", "Trường THCS chuyên Lê Quý Đôn".
fn gifted_school(t: &Tokens, start: usize, j: usize) -> bool {
    j >= start + 2
        && t.low(j) == "chuyên"
        && !t.is_cap(j)
        && t.is_cap(j + 1)
        && t.is_word(j + 1)
        && (matches!(t.low(j - 1), "thcs" | "thpt" | "học" | "thông")
            || t.has(j - 1, vocab::flag::ABBREV) && t.low(j - 1).starts_with("pt"))
        && (start.max(j.saturating_sub(5))..j - 1).any(|k| school_word(t, k, j))
}

/// Whether a school's grade opens at `k`: "Tiểu học", "Trung học cơ sở",
/// "Trung học phổ thông", or short ("TH", "THCS", "THPT").
fn school_grade_at(t: &Tokens, k: usize) -> bool {
    matches!(t.low(k), "th" | "thcs" | "thpt")
        || matches!(t.phrase(k, 2), Some("tiểu học" | "trung học"))
}

/// Whether a school's grade ends right before `j` ("… Tiểu học", "…
/// THCS", "… Trung học cơ sở").
fn school_grade_before(t: &Tokens, j: usize) -> bool {
    matches!(t.low(j - 1), "th" | "thcs" | "thpt")
        || j >= 2 && matches!(t.phrase(j - 2, 2), Some("tiểu học" | "cơ sở" | "phổ thông"))
}

/// Whether "trường" at `k` opens a school whose kind runs on towards `j`:
/// capitalised ("Trường THCS"), or in lower case when it and the words
/// after it are a school's kind as listed ("Hiệu trưởng trường THPT Trần
/// Phú", "trường trung học cơ sở Lê Lợi", "trường THCS chuyên …"), which
/// no "trường" of everyday speech ("nhà trường", "thị trường") opens.
fn school_word(t: &Tokens, k: usize, j: usize) -> bool {
    t.low(k) == "trường"
        && (t.is_cap(k) || (2..=j - k).any(|n| t.phrase(k, n).is_some_and(vocab::is_title_word)))
}

/// Length of a number naming the unit before it at `j`: "Quân khu 3",
/// "Sư đoàn 312", "Chi bộ thôn 3", "Trại giam số 6"; or the term of a
/// body written in figures, as some outlets write it for Roman numerals:
/// "HĐND tỉnh khóa 10", "Quốc hội khóa 16".
pub(super) fn unit_number(t: &Tokens, j: usize) -> Option<usize> {
    // "Vùng Cảnh sát biển 2": a short number that ends the title names
    // the unit too.
    let last = t.raw(j).len() <= 3 && !t.is_word(j + 1) && t.is_word(j - 1);
    // "miễn nhiệm Ủy viên Thường trực HĐND huyện khóa 12 đối với bà C": a term
    // has one or two figures, whatever follows it.
    let term = t.raw(j).len() <= 2 && j > 0 && matches!(t.low(j - 1), "khóa" | "khoá");
    if number(t.raw(j))
        && !measured(t, j + 1)
        && (after_organ(t, j) || numbered_unit(t, j - 1) || last || term)
    {
        return Some(1);
    }
    (t.low(j) == "số" && number(t.raw(j + 1)) && t.is_word(j - 1)).then_some(2)
}

/// Whether the word at `k`, after a number, says what the number counts:
/// "cựu Phó Chánh Văn phòng 6 năm 6 tháng tù", "Trưởng phòng 45 tuổi":
/// a term, an age or a sum, no unit's number. "năm" counts only before
/// more of a term ("6 năm 6 tháng", "5 năm tù", "2 năm liền"); before a
/// year or a time word it says when ("phường 3 năm 2020", "năm nay").
fn measured(t: &Tokens, k: usize) -> bool {
    match t.low(k) {
        "năm" => {
            let next = t.raw(k + 1);
            number(next) && next.len() < 4
                || matches!(t.low(k + 1), "tù" | "liền" | "tháng" | "rưỡi" | "giam")
        }
        "tháng" | "tuổi" | "ngày" | "lần" | "người" | "tỷ" | "tỉ" | "triệu" | "nghìn" | "ngàn" => {
            !t.is_cap(k)
        }
        _ => false,
    }
}

/// Whether the lower-case word at `k` names a unit that is numbered rather
/// than named ("thôn 3", "tổ 5", "khu phố 2", "ấp 4", "phường 3", "khu
/// vực 2").
pub(super) fn numbered_unit(t: &Tokens, k: usize) -> bool {
    matches!(
        t.low(k),
        "thôn"
            | "xóm"
            | "ấp"
            | "bản"
            | "tổ"
            | "khu"
            | "phố"
            | "khóm"
            | "khối"
            | "đội"
            | "phường"
            | "quận"
            | "cụm"
            // "Phó Trưởng phòng 2 VKSND tỉnh": a procuracy's or police
            // department named by its number.
            | "phòng"
    ) || t.phrase(k.saturating_sub(1), 2) == Some("khu vực")
}

/// Whether the dot at `j` closes an abbreviation in capitals written
/// against it ("UB.", "TP.") and another word in capitals ("MTTQ") or a
/// place ("TP. Hà Nội", "TP. Hồ Chí Minh") follows, in a title whose organ
/// part starts at `start` or right after an abbreviated office ("PCT.
/// HĐND").
pub(super) fn abbreviation_dot(t: &Tokens, start: usize, j: usize) -> bool {
    if j <= start && !abbreviated_head(t, j - 1) {
        return false;
    }
    let caps = |k: usize| {
        let w = t.raw(k);
        t.is_word(k) && w.chars().count() <= 6 && w.chars().all(char::is_uppercase)
    };
    // "PCT. Hội Phụ nữ huyện", "CT. HPN xã": after an office written
    // short, its organ, in capitals or as a capitalised organ word.
    let organ_after_head = j <= start
        && (caps(j + 1)
            || t.is_cap(j + 1)
                && t.has(j + 1, vocab::flag::TITLE)
                && head_len(t, j + 1).is_none()
                && !names::starts_name(t, j + 1));
    caps(j - 1)
        && t.toks[j - 1].end == t.toks[j].start
        && (caps(j + 1) && (t.is_abbrev(j + 1) || t.has(j + 1, vocab::flag::TITLE))
            || t.is_abbrev(j - 1) && place_len(t, j + 1).is_some()
            || organ_after_head
            || j <= start && longer_office_after_dot(t, j))
}

/// Whether the office written short before the full stop at `j` and the
/// words after it make one longer office: "UV. Thường trực HĐTS" is "Ủy
/// viên Thường trực" of the council, no "Ủy viên" and a standing body.
fn longer_office_after_dot(t: &Tokens, j: usize) -> bool {
    let Some(short) = vocab::expansion(t.low(j - 1)) else {
        return false;
    };
    let short = short.to_lowercase();
    t.is_cap(j + 1)
        && (1..=2).any(|n| {
            t.phrase(j + 1, n)
                .is_some_and(|p| vocab::is_head(&format!("{short} {p}")))
        })
}

/// Whether "và" at `j` joins two capitalised parts of one department's
/// name ("Sở Tài nguyên và Môi trường") rather than two people or bodies;
/// only inside a title (from `i`) that names a department or ministry.
pub(super) fn joins_org(t: &Tokens, i: usize, j: usize) -> bool {
    let next = j + 1;
    // "Văn phòng Đoàn ĐBQH và HĐND tỉnh", "Chủ tịch HĐND và UBND xã": two
    // bodies written short make one office's name.
    let short = |k: usize| t.is_abbrev(k) && t.raw(k).chars().all(char::is_uppercase);
    // "Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh": the delegation
    // spelt out, the council written short.
    let assembly = j > i + 1 && t.phrase(j - 2, 2) == Some("quốc hội");
    // "Văn phòng Đoàn ĐBQH & HĐND tỉnh": "&" joins them as "và" does.
    if (t.low(j) == "và" || t.is_punct(j, '&'))
        && j > i
        && (short(j - 1) || assembly)
        && short(next)
        && !abbreviated_head(t, next)
    {
        return true;
    }
    // "Hội Doanh nhân trẻ & Câu lạc bộ …": "&" joins as "và" does.
    if t.low(j) != "và" && !t.is_punct(j, '&') {
        return false;
    }
    // "Trường PTDT Bán trú Tiểu học và THCS A": a school of two grades.
    if j >= i + 2
        && school_grade_before(t, j)
        && school_grade_at(t, next)
        && (i..j).any(|k| school_word(t, k, j))
    {
        return true;
    }
    // "Trưởng khoa Dân vận và Công tác xã hội": a school's faculty, its
    // word small after the head.
    let faculty = |k: usize| k > i && t.low(k) == "khoa" && t.low(k - 1) == "trưởng";
    let department = (i..j).any(|k| {
        t.is_cap(k) && matches!(t.low(k), "sở" | "bộ" | "cục" | "viện")
            || faculty(k)
            || open_board(t, k, j)
    });
    department
        && t.is_cap(next)
        && !t.has(next, vocab::flag::INSTITUTION)
        // "Hội Cựu chiến binh và Hội Liên hiệp Phụ nữ": a second body
        // the lists name.
        && organ_len(t, next).is_none()
        && head_len(t, next).is_none()
        && !names::starts_name(t, next)
        && place_len(t, next).is_none()
        && (t.phrase(j, 2).is_some() || t.is_punct(j, '&') && t.is_word(next))
}

/// Whether the dash at `j` joins two bodies written short that make one
/// office's name: "Văn phòng HĐND - UBND phường", "Văn phòng Đoàn ĐBQH -
/// HĐND tỉnh". An office written short after it ("HĐND - CT UBND") is a
/// second post instead.
fn short_bodies_joined(t: &Tokens, j: usize) -> bool {
    let short = |k: usize| {
        t.is_abbrev(k) && t.raw(k).chars().all(char::is_uppercase) && !abbreviated_head(t, k)
    };
    j > 0 && t.is_dash(j) && short(j - 1) && short(j + 1)
}

/// "Ban Công tác Dân tộc Tôn giáo và Hội quần chúng": a board (`k`) whose
/// name is still open at the "và" (`j`): no place, level word or
/// abbreviation closes it ("Ban Dân vận Tỉnh ủy và …", "Ban Dân vận tỉnh
/// và …" end the organ, so a new body follows).
fn open_board(t: &Tokens, k: usize, j: usize) -> bool {
    const CLOSING: u16 = vocab::flag::INSTITUTION | vocab::flag::PLACE_WORD;
    if !t.is_cap(k) {
        return false;
    }
    // "Tổng công ty Đầu tư và Kinh doanh vốn nhà nước", "Hội Khoa học và
    // Kỹ thuật", "Trung tâm Văn hóa và Thể thao": a company's, an
    // association's or a centre's name opens the same way.
    let word = match t.low(k) {
        "ban" | "phòng" | "vụ" | "hội" => 1,
        _ => match t.phrase(k, 3) {
            Some("tổng công ty") => 3,
            _ => match t.phrase(k, 2) {
                Some("công ty" | "tập đoàn" | "trung tâm" | "học viện") => 2,
                _ => return false,
            },
        },
    };
    let name = k + word;
    // "Trung tâm Văn hóa - Thể thao và Truyền thông": a dash between two
    // capitalised parts keeps the name open.
    t.is_cap(name)
        && j > name
        && (name..j).all(|m| {
            t.is_dash(m) && t.is_cap(m + 1)
                || t.is_word(m)
                    && !t.is_abbrev(m)
                    && !t.has(m, CLOSING)
                    && place_len(t, m).is_none()
        })
}

/// Length of the lower-case syllables after a capitalised word that
/// follows an organ word, up to a comma or the like: the rest
/// of an organ's name the lists do not hold ("Cục Khí tượng thủy văn",
/// "Tiểu ban Nội dung", "Phòng Xây dựng phong trào toàn dân bảo vệ
/// ANTQ"). No verb nor linking word may sit there, and the run is short.
pub(super) fn compound_tail(t: &Tokens, j: usize) -> Option<usize> {
    const MOST: usize = 6;
    // The capitalised word, one or two words back ("Phòng Xây dựng" +
    // "phong trào"), right after the organ word.
    // "Tổng công ty Đầu tư và Kinh doanh vốn nhà nước": or after the
    // "và" that joins two parts of one name (the title vetted the join).
    let joined =
        |c: usize| c >= 2 && (t.low(c - 1) == "và" || t.is_punct(c - 1, '&')) && t.is_word(c - 2);
    let named = |c: usize| {
        c >= 1
            && t.is_cap(c)
            && !t.is_abbrev(c)
            && (t.has(c - 1, vocab::flag::ORGAN | vocab::flag::INSTITUTION) || joined(c))
            && !matches!(t.low(c - 1), "ủy" | "uỷ")
            && place_len(t, c).is_none()
    };
    let opened = j >= 2 && (named(j - 1) || !t.is_cap(j - 1) && named(j - 2));
    if t.is_cap(j) || !opened {
        return None;
    }
    let mut k = j;
    while k < j + MOST && t.is_word(k) && !t.is_cap(k) {
        let w = t.low(k);
        // "Viện trưởng Viện Nghiên cứu lập pháp dự hội nghị": a role cue
        // after the name's words closes it as punctuation would.
        if k > j && t.has(k, vocab::flag::ROLE_CUE) {
            return Some(k - j);
        }
        // "Giám đốc Sở Nội vụ giải trình …", "… Sở Tài chính trả lời ý
        // kiến": an answer to the floor closes it too, though "trình" and
        // "ý kiến" inside the verb's words would pass for role cues.
        if news_act(t, k) {
            return (k > j).then_some(k - j);
        }
        if names::not_in_organ(w) || news_verb(w) || super::proper::befell(t, k) {
            return None;
        }
        k += 1;
    }
    // "… bảo vệ ANTQ,": an abbreviation may close the name.
    let caps = t.raw(k).chars().count() >= 2 && t.raw(k).chars().all(char::is_uppercase);
    let closing = usize::from(t.is_word(k) && caps && !t.is_word(k + 1));
    let ends = !t.is_word(k + closing) && !t.is_punct(k + closing, '(');
    (k > j && ends).then_some(k + closing - j)
}

/// First syllables of verbs news write right after an official's title
/// ("… tặng quà", "… bày tỏ", "… cảm ơn"), which no organ's name holds.
const NEWS_VERBS: &[&str] = &[
    "trao", "tặng", "bày", "cảm", "mong", "chia", "động", "thông", "nói", "hỏi", "kiểm", "biểu",
    "đón", "khen", "chỉ", "điều", "cho", "vui", "xem", "nghe", "đi", "về", "ký", "lắng", "gồm",
    "như", "dẫn", "dâng",
];

/// Verbs of answering the floor written right after an official's title
/// ("… giải trình", "… trả lời"), whole: their first syllables open organ
/// words too ("giải phóng mặt bằng", "tiếp công dân").
/// So do the verbs of standing for a post ("… ứng cử đại biểu", "…
/// hiệp thương cử giữ chức"), which no organ's name holds either, and
/// those of winning one, reading out a result or presenting a plan ("…
/// tái đắc cử Chủ tịch", "Trưởng ban Kiểm phiếu công bố kết quả", "Giám
/// đốc Sở Tư pháp giới thiệu kế hoạch").
const NEWS_ACTS: &[&str] = &[
    "giải thích",
    "giải trình",
    "trả lời",
    "tiếp thu",
    "ứng cử",
    "hiệp thương",
    "đắc cử",
    "tái đắc",
    "công bố",
    "giới thiệu",
];

/// Whether the two words at `k` are a verb of `NEWS_ACTS`. "Giới thiệu
/// việc làm" (job placement) names a centre's trade, no act.
pub(in crate::parse) fn news_act(t: &Tokens, k: usize) -> bool {
    t.phrase(k, 2).is_some_and(|p| {
        NEWS_ACTS.contains(&p) && !(p == "giới thiệu" && t.phrase(k + 2, 2) == Some("việc làm"))
    })
}

/// Whether `w` is the first syllable of a verb news write right after an
/// official's title (`NEWS_VERBS`).
pub(in crate::parse) fn news_verb(w: &str) -> bool {
    NEWS_VERBS.contains(&w)
}

/// Most lower-case words of the art an association of a trade serves.
const MAX_ART: usize = 3;

/// Length of the art or branch written in lower case at `k`, after the
/// trade of an association, when the country or the place it serves
/// closes it: "Hội Nghệ sĩ" + "nhiếp ảnh" + "Việt Nam", "Hội Nghệ sĩ" +
/// "sân khấu" + "Hà Nội". 0 when no place follows: the words then say
/// what the holder did.
fn art_len(t: &Tokens, k: usize) -> usize {
    let art_word = |m: usize| {
        t.is_word(m)
            && !t.is_cap(m)
            && !names::not_in_organ(t.low(m))
            && !news_verb(t.low(m))
            && !t.has(m, vocab::flag::ROLE_CUE | vocab::flag::PLACE_WORD)
            && head_len(t, m).is_none()
    };
    let n = (0..MAX_ART).take_while(|&n| art_word(k + n)).count();
    let m = k + n;
    let country = t.is_cap(m)
        && (t.phrase(m, 2) == Some("việt nam")
            || (1..=3).any(|w| t.phrase(m, w).is_some_and(vocab::is_country)));
    if n > 0 && (country || place_len(t, m).is_some()) {
        n
    } else {
        0
    }
}

/// Most tokens between "các" and the "và" that joins a second kind of
/// zone to the first ("các Khu chế xuất và …").
const MAX_ZONE_KIND: usize = 4;

/// Length of the words at `j` that join the zones a board or a union
/// serves to its title, which began at `i` and whose office ends at
/// `office_end`: "và các" after an industrial or economic zones' board
/// ("Trưởng Ban Quản lý Khu kinh tế X và các Khu công nghiệp tỉnh", "Phó
/// Trưởng BQL KKT Y và các KCN"); "các" before the zones ("Phó Trưởng
/// ban Quản lý các KCN tỉnh", "Chủ tịch Công đoàn các Khu chế xuất");
/// "và" between two kinds of zone after "các" ("Ban Quản lý các Khu
/// chế xuất và Khu công nghiệp", "Công đoàn các KKT và KCN"). The
/// zones after it are the same body's.
pub(super) fn zones_joined(t: &Tokens, i: usize, office_end: usize, j: usize) -> Option<usize> {
    let zone = |k: usize| zone_len(t, k).is_some();
    let board = |k: usize| t.low(k) == "bql" || t.phrase(k, 3) == Some("ban quản lý");
    match t.low(j) {
        "các" if j > office_end && t.is_word(j - 1) => zone_len(t, j + 1).map(|n| n + 1),
        "và" if t.low(j + 1) == "các" => (zone(j + 2) && (i..j).any(board)).then_some(2),
        "và" => {
            // The first kind follows "các" closely, with no mark between.
            let plural = (j.saturating_sub(MAX_ZONE_KIND).max(office_end)..j)
                .any(|k| t.low(k) == "các" && zone(k + 1) && (k + 1..j).all(|m| t.is_word(m)));
            zone_len(t, j + 1).filter(|_| plural).map(|n| n + 1)
        }
        _ => None,
    }
}

/// Length of the kind of zone at `k`: written short ("KCN", "KKT", "KCX",
/// "CCN") or in full ("Khu công nghiệp", "Khu chế xuất", "Khu kinh tế",
/// "Cụm công nghiệp").
fn zone_len(t: &Tokens, k: usize) -> Option<usize> {
    if matches!(t.low(k), "kcn" | "kcx" | "kkt" | "ccn") {
        return Some(1);
    }
    matches!(
        t.phrase(k, 3),
        Some("khu công nghiệp" | "khu chế xuất" | "khu kinh tế" | "cụm công nghiệp")
    )
    .then_some(3)
}

/// Length of a trade after the word of a body at `j` ("Đoàn Luật sư",
/// "Liên đoàn Luật sư", "Hội Kỹ sư", "Hội đồng giáo sư ngành"): the
/// body's members, part of the organ's name, not a rank of the holder.
/// In lower case only after the body's capitalised word.
pub(super) fn trade_body(t: &Tokens, j: usize) -> Option<usize> {
    let council = j >= 2 && t.phrase(j - 2, 2) == Some("hội đồng") && t.is_cap(j - 2);
    // "Trưởng văn phòng luật sư A": a law office, in any case.
    let office = j >= 2 && t.low(j - 1) == "phòng" && t.low(j - 2) == "văn";
    let body = j > 0 && matches!(t.low(j - 1), "đoàn" | "hội") || council || office;
    if !body || !(t.is_cap(j) || t.is_cap(j - 1) || council || office) {
        return None;
    }
    let n = (1..=2)
        .rev()
        .find(|&n| t.phrase(j, n).is_some_and(vocab::is_profession))?;
    // "Hội đồng giáo sư ngành Luật học": the field a council of scholars
    // serves, its name in capitals after "ngành".
    if !(council && t.low(j + n) == "ngành" && t.is_cap(j + n + 1)) {
        return Some(n + art_len(t, j + n));
    }
    // The field's name: a capitalised word and its lower-case syllables
    // ("Luật học", "Kinh tế học"), up to a mark.
    let k = j + n + 1;
    let words = (k..k + 4)
        .take_while(|&m| t.is_word(m) && (m == k || !t.is_cap(m)))
        .count();
    Some(n + 1 + if t.is_word(k + words) { 0 } else { words })
}

/// Length of "của" and the body above at `j` ("Ủy ban Quốc phòng và An
/// ninh của Quốc hội"), or the office a working group serves ("Tổ trưởng
/// Tổ công tác của Thủ tướng Chính phủ", "Tổ giúp việc của Chủ tịch UBND
/// tỉnh"), whose own organ follows as the rest of the title.
pub(super) fn body_above(t: &Tokens, j: usize) -> Option<usize> {
    if t.low(j) != "của" {
        return None;
    }
    // "Chủ nhiệm Ủy ban Pháp luật của QH": the body above may be written
    // short, as a body and not as an office ("của PCT" is none).
    let short_body =
        t.is_abbrev(j + 1) && head_len(t, j + 1).is_none() && !names::starts_name(t, j + 1);
    if inner_dash(t, j + 1) || short_body {
        return Some(1);
    }
    // "Tổ Tư vấn kinh tế của Thủ tướng": the group's job may be named
    // with its field after it.
    let group = (2..=4.min(j)).any(|m| {
        matches!(
            t.phrase(j - m, 2),
            Some("công tác" | "giúp việc" | "tư vấn" | "thư ký")
        )
    });
    if !group || !t.is_cap(j + 1) {
        return None;
    }
    head_len(t, j + 1)
        .filter(|&n| !is_rank(t, j + 1, n))
        .map(|n| n + 1)
}
