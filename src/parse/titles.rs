//! Titles (chức danh) in a token stream: where one starts (a head such as
//! "Phó Bí thư"), how far it runs (institution words, proper nouns, places)
//! and how it is shown ("phó bí thư TT Huyện ủy" -> "Phó Bí thư Thường trực
//! Huyện ủy"). Knows nothing of people; `names` decides where a name starts.

use super::names;
use super::organs::{
    after_organ, inner_dash, lower_run, number, organ_len, paren_organ, parent_organ, purpose_len,
};
use super::tokens::Tokens;
use super::vocab;
use crate::text::fold_lower_char;

/// Most tokens a title may span: a bound on every scan, whatever the input.
const MAX_TITLE: usize = 40;

/// The flags of the words a title may open with: no other word opens one.
pub const OPENS: u16 =
    vocab::flag::HEAD | vocab::flag::MODIFIER | vocab::flag::ABBREV | vocab::flag::DOTTED;

/// Longest title head starting at token `i`, in tokens: an office or a rank
/// ("Phó Bí thư Thường trực", "Đại tá"), an abbreviation standing for one
/// ("UVBTV", "PCT", "CT.HĐND"), each after at most two modifiers "nguyên",
/// "cựu", "quyền" (kept in the title).
pub fn head_len(t: &Tokens, i: usize) -> Option<usize> {
    // Most words open nothing: one look at the flags tells.
    if !t.has(i, OPENS) {
        return None;
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

/// Length of an office, rank or office abbreviation at `i` (no modifier).
pub(super) fn office_len(t: &Tokens, i: usize) -> Option<usize> {
    if dotted_rank(t, i) {
        return Some(2);
    }
    let lens = t.info(i).head;
    if let Some(n) = (1..=8)
        .rev()
        .filter(|n| lens & 1 << (n - 1) != 0)
        .find(|&n| t.phrase(i, n).is_some_and(vocab::is_head))
    {
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
    // A misspelt word is one no list knows; most words after an office's
    // first word are known ("Chi bộ", "Phó Giám đốc"), and skip the fold.
    let unknown = |k: usize| t.is_word(k) && t.info(k) == vocab::Info::default();
    (2..=3)
        .rev()
        .filter(|&n| (i + 1..i + n).any(unknown))
        .find(|&n| t.phrase(i, n).is_some_and(vocab::is_misspelt_office))
}

/// Whether token `i` is an abbreviation of an office written in capitals
/// ("TUV", "PCT"), alone or dotted to its organ ("CT.HĐND", "UVT.Ư").
fn abbreviated_head(t: &Tokens, i: usize) -> bool {
    // Cheap tests first: this runs wherever a title might start.
    if !t.has(i, vocab::flag::ABBREV | vocab::flag::DOTTED) || !t.is_cap(i) {
        return false;
    }
    let raw = t.raw(i);
    if raw.chars().filter(|c| c.is_uppercase()).count() < 2 {
        return false;
    }
    let low = t.low(i);
    let first = low.split('.').next().unwrap_or(low);
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
pub(super) fn is_rank(t: &Tokens, i: usize, len: usize) -> bool {
    let m = (0..len)
        .take_while(|&k| t.has(i + k, vocab::flag::MODIFIER))
        .count();
    (t.has(i + m, vocab::flag::RANK) && t.phrase(i + m, len - m).is_some_and(vocab::is_rank))
        || (len == m + 2 && dotted_rank(t, i + m))
}

/// Whether token `i` is a rank written short with a full stop against it,
/// before a capitalised word that opens no organ ("HT. Thích Thanh Quyết",
/// "TT. Thích Minh Quang", "ĐĐ. Thích Nhuận Hải"); "TT" alone is
/// "Thường trực".
fn dotted_rank(t: &Tokens, i: usize) -> bool {
    const ORGAN: u16 = vocab::flag::INSTITUTION | vocab::flag::TITLE | vocab::flag::HEAD;
    t.has(i, vocab::flag::ABBREV)
        && t.is_punct(i + 1, '.')
        && t.toks[i].end == t.toks[i + 1].start
        && t.is_cap(i + 2)
        && !t.has(i + 2, ORGAN)
        && t.raw(i).chars().all(char::is_uppercase)
        && vocab::is_dotted_rank(t.low(i))
}

/// Length in tokens of a known place starting at `i`.
pub fn place_len(t: &Tokens, i: usize) -> Option<usize> {
    if !t.is_cap(i) {
        return None;
    }
    (1..=usize::from(t.info(i).place))
        .rev()
        .find(|&n| t.phrase(i, n).is_some_and(vocab::is_place))
}

/// Length of a title word or phrase at `i` (lower-case verbs such as
/// "tổ chức" only count when capitalised).
/// With `stop_at_name`, a phrase may not swallow the start of a name
/// ("tỉnh Đoàn Đức Tuấn" is "tỉnh" and a name, not "Tỉnh đoàn").
fn word_len(t: &Tokens, i: usize, stop_at_name: bool) -> Option<usize> {
    (1..=usize::from(t.info(i).title)).rev().find(|&n| {
        t.phrase(i, n).is_some_and(|p| {
            vocab::is_title_word(p) && (t.is_cap(i) || !vocab::is_cap_only(p) || village(t, i, n))
        }) && !(stop_at_name
            && (i + 1..i + n).any(|k| names::starts_name(t, k) && place_len(t, k + 1).is_none()))
    })
}

/// Whether the lower-case word at `i` (of `n` tokens) is a village of the
/// uplands ("bản", "buôn", "làng", "sóc", "plei") or a pagoda before its
/// capitalised name: "Bí thư Chi bộ bản Nà Tàu", "Trụ trì chùa Som Rong".
fn village(t: &Tokens, i: usize, n: usize) -> bool {
    n == 1
        && matches!(
            t.low(i),
            "bản" | "buôn" | "làng" | "sóc" | "plei" | "bon" | "chùa"
        )
        && t.is_cap(i + 1)
        && t.phrase(i, 2).is_some()
}

/// Parses a title starting with a head at `i`. Returns the token index just
/// past it and the title as shown. With `stop_at_name`, a following person
/// name ("Trưởng ban Dân vận Trung ương Bùi Thị Minh Hoài") ends the title.
pub fn parse_title(t: &Tokens, i: usize, stop_at_name: bool) -> Option<(usize, String)> {
    let (head, j) = title_span(t, i, stop_at_name)?;
    Some((j, show_title(t, i, head, j)))
}

/// The head length and the end of a title starting at `i`, as
/// `parse_title` reads it, without building the title. The grammar:
/// [modifier] office [– office] (organ | title word | place | capitalised
/// word | "(dự khuyết)")*; a rank stands alone.
pub fn title_span(t: &Tokens, i: usize, stop_at_name: bool) -> Option<(usize, usize)> {
    let head = head_len(t, i)?;
    if is_rank(t, i, head) {
        return Some((head, i + head));
    }
    let mut j = office_end(t, i, head, stop_at_name);
    // Whether the last part read was one lone word (which may be trimmed).
    let mut lone = false;
    while j < t.len() && j - i < MAX_TITLE {
        if t.is_punct(j, '(') && t.phrase(j + 1, 2) == Some("dự khuyết") && t.is_punct(j + 3, ')')
        {
            (j, lone) = (j + 4, false);
            continue;
        }
        // The longest organ name here, or after an organ word ("Ban" +
        // "Tuyên giáo và Dân vận" is longer than "Ban Tuyên giáo").
        let inner = || {
            t.has(j, vocab::flag::TITLE)
                .then(|| organ_len(t, j + 1))
                .flatten()
                .map(|n| n + 1)
        };
        if let Some(n) = organ_len(t, j).max(inner()) {
            (j, lone) = (j + n, false);
            continue;
        }
        if let Some(n) = purpose_len(t, j) {
            (j, lone) = (j + n, false);
            continue;
        }
        if let Some(n) = unit_number(t, j).filter(|_| j > i + head) {
            (j, lone) = (j + n, false);
            continue;
        }
        if let Some(k) = aside(t, i, head, j) {
            (j, lone) = (k, false);
            continue;
        }
        // "Thừa Thiên – Huế", "Ban Văn hóa – Xã hội": a dash inside a
        // place's or an organ's name, not before another office or a name.
        if t.is_dash(j) && j > i + head && t.is_word(j - 1) && inner_dash(t, j + 1) {
            (j, lone) = (j + 1, false);
            continue;
        }
        // "Phó Chủ tịch Thường trực kiêm Tổng Thư ký …": one post.
        if t.low(j) == "kiêm" {
            match office_len(t, j + 1) {
                Some(n) => (j, lone) = (j + 1 + n, false),
                None => break,
            }
            continue;
        }
        // "UB. MTTQ", "UBND. TP": an abbreviation closed by a dot and
        // followed by another one.
        if t.is_punct(j, '.') && j > i + head && abbreviation_dot(t, j) {
            (j, lone) = (j + 1, false);
            continue;
        }
        // "Đảng ủy MTTQ, các đoàn thể Trung ương": a body named with a
        // comma and "các" before a plural organ word.
        if t.is_punct(j, ',')
            && j > i + head
            && t.low(j + 1) == "các"
            && word_len(t, j + 1, true).is_some_and(|n| n >= 2)
        {
            (j, lone) = (j + 1, false);
            continue;
        }
        if !t.is_word(j) {
            break;
        }
        // "Ủy ban Quốc phòng và An ninh của Quốc hội": the body above.
        if t.low(j) == "của" && j > i + head && inner_dash(t, j + 1) {
            (j, lone) = (j + 1, false);
            continue;
        }
        match qualifier(t, i, head, j) {
            Step::Take(n) => {
                (j, lone) = (j + n, false);
                continue;
            }
            Step::Stop => break,
            Step::Pass => {}
        }
        if let Some(n) = place_len(t, j).filter(|_| !names::named_like_place(t, j)) {
            (j, lone) = (j + n, false);
            continue;
        }
        if let Some(n) = school_name(t, i + head, j) {
            (j, lone) = (j + n, false);
            continue;
        }
        if stop_at_name && name_at(t, i + head, j) {
            break;
        }
        if let Some(n) = word_len(t, j, stop_at_name) {
            (j, lone) = (j + n, n == 1);
        } else if (t.is_cap(j) && (office_len(t, j).is_none() || t.is_abbrev(j)))
            || joins_org(t, i, j)
        {
            (j, lone) = (j + 1, false);
        } else if let Some(n) = lower_run(t, j).filter(|_| !after_place(t, i + head, j)) {
            (j, lone) = (j + n, false);
        } else {
            break;
        }
    }
    // A lone lower-case "ban" or "phó" at the end is the start of a verb
    // ("ban hành") or of another phrase, not part of the title.
    if lone && j > i + head && !t.is_cap(j - 1) && matches!(t.low(j - 1), "ban" | "phó" | "hội")
    {
        j -= 1;
    }
    Some((head, j))
}

/// What a title does with the word at `j`.
enum Step {
    /// The next `n` tokens belong to it.
    Take(usize),
    /// It ends here.
    Stop,
    /// Another reading decides.
    Pass,
}

/// A qualifier of the office at `j` (the title started at `i`, its head
/// is `head` long): a term, the office an aide serves, "Thường trực".
fn qualifier(t: &Tokens, i: usize, head: usize, j: usize) -> Step {
    // "… nhiệm kỳ 2022-2027": the term with its years; without them
    // "nhiệm kỳ" opens what follows, not the title.
    let two = t.phrase(j, 2);
    if two == Some("nhiệm kỳ") {
        return term_years(t, j + 2).map_or(Step::Stop, |n| Step::Take(2 + n));
    }
    // "Trợ lý Tổng Thư ký", "Thư ký Chủ tịch nước": an aide's post names
    // the office it serves.
    if j == i + head && aide(t, i, head) {
        if let Some(n) = office_len(t, j) {
            return Step::Take(n);
        }
    }
    // "… tỉnh Long An TT. Thích Quảng Tâm": a rank written short with a
    // full stop against it ("TT." Thượng tọa) is the next person's.
    if dotted_rank(t, j) {
        return Step::Stop;
    }
    // "Phó Bí thư TT Tỉnh ủy", "Phó Chủ tịch Thường trực": a qualifier of
    // the office, though "Thường trực" alone is an office too.
    if t.raw(j) == "TT" {
        return Step::Take(1);
    }
    // "Trưởng ban chính sách xã hội": "xã" before "hội" is no commune.
    if two == Some("thường trực") || two == Some("xã hội") && j > i + head {
        return Step::Take(2);
    }
    Step::Pass
}

/// Length of the years of a term at `k`: "2020", "2022-2027", "2020 - 2025".
fn term_years(t: &Tokens, k: usize) -> Option<usize> {
    let year = |m: usize| {
        let w = t.raw(m);
        m < t.len() && w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())
    };
    // "2022-2027" written as one word.
    let w = t.raw(k);
    let range = w.len() == 9
        && w.as_bytes()[4] == b'-'
        && w.bytes().filter(u8::is_ascii_digit).count() == 8;
    if range {
        return Some(1);
    }
    if !year(k) {
        return None;
    }
    Some(if t.is_dash(k + 1) && year(k + 2) {
        3
    } else {
        1
    })
}

/// Whether the head of `head` tokens at `i` is an aide's ("Trợ lý", "Thư
/// ký"), whose post goes on with the office served.
fn aide(t: &Tokens, i: usize, head: usize) -> bool {
    head == 2 && matches!(t.phrase(i, 2), Some("trợ lý" | "thư ký"))
}

/// Where the office of a title whose head of `head` tokens starts at `i`
/// ends: past a second office after a dash, the rest of an organ phrase
/// its last word opens, and a qualifier ("chuyên trách", "danh dự").
fn office_end(t: &Tokens, i: usize, head: usize, stop_at_name: bool) -> usize {
    let mut j = i + head;
    // "Bộ trưởng - Chủ nhiệm Ủy ban Dân tộc": two offices of one post; an
    // office complete in itself ("Thành ủy viên", "TUV") is a title of its own.
    let complete = t
        .phrase(i, head)
        .is_some_and(|h| h.ends_with("ủy viên") && !h.starts_with("ủy"))
        || abbreviated_head(t, j - 1);
    if t.is_dash(j) && !complete {
        if let Some(n) = office_len(t, j + 1).filter(|&n| !is_rank(t, j + 1, n)) {
            j += 1 + n;
        }
    }
    // "Trưởng ban chỉ đạo", "Trưởng phòng tổ chức cán bộ": the office's
    // last word opens an organ phrase written in lower case ("Trưởng Ban
    // Tuyên giáo và Dân vận" and "trưởng ban tuyên giáo và dân vận" are
    // read as organ names below).
    if head >= 2 && t.is_word(j) && !t.is_cap(j) && organ_len(t, j).is_none() {
        if let Some(n) = word_len(t, j - 1, stop_at_name).filter(|&n| n >= 2) {
            j += n - 1;
        }
    }
    // "Trưởng Ban" + "Ban Giám sát đầu tư của cộng đồng": an organ of the
    // lexicon that opens with the office's last word.
    if head >= 2 {
        let after = organ_len(t, j).unwrap_or(0);
        if let Some(n) = organ_len(t, j - 1).filter(|&n| n > after + 1) {
            j = j - 1 + n;
        }
    }
    // "Đại biểu Quốc hội chuyên trách", "Chủ tịch danh dự Hội …": a
    // qualifier of the office in any case.
    // "Phó Trưởng phòng phụ trách Phòng Nội vụ": in charge of the organ
    // that follows.
    let in_charge = t.phrase(j, 2) == Some("phụ trách") && t.is_cap(j + 2);
    if in_charge || matches!(t.phrase(j, 2), Some("chuyên trách" | "danh dự")) {
        j += 2;
    }
    j
}

/// Whether a person's name opening with a family name that also opens
/// places ("Ma", "Kim", "Lò") starts at `j`, right after a whole place the
/// title ends with: "Chủ tịch Ủy ban MTTQ tỉnh Tuyên Quang Ma Thế Hồng".
/// A place is only as long as the list of units says, so the words after
/// it that make a name are its holder's.
fn name_after_place(t: &Tokens, start: usize, j: usize) -> bool {
    // Cheap tests first: this is asked wherever a title may end.
    t.is_cap(j)
        && t.family(j, true)
        && !t.family(j, false)
        && place_len(t, j).is_none()
        && after_place(t, start, j)
        && names::name_end(t, j, true).is_some_and(|m| (3..=4).contains(&(m - j)))
}

/// Whether a whole place of the title (from `start`) ends right before
/// `j`: "Trưởng Công an thị xã Long Mỹ" + "tuyên thệ …", where lower-case
/// words say what its holder does, not more of the organ's name.
fn after_place(t: &Tokens, start: usize, j: usize) -> bool {
    (start.max(j.saturating_sub(4))..j).any(|k| place_len(t, k) == Some(j - k))
}

/// Whether the title from `i` to `j` is the post of an envoy or a
/// representative office ("Đại sứ", "Tổng Lãnh sự", "Trưởng Đại diện",
/// "Đại biện", "Tham tán") or of a high court ("Tòa án nhân dân cấp cao"),
/// which goes on with "tại" and the place it sits.
fn envoy(t: &Tokens, i: usize, j: usize) -> bool {
    (i..j).any(|k| {
        matches!(
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
/// no name: the seat of an envoy's post after "tại".
fn seat(t: &Tokens, k: usize) -> bool {
    t.is_cap(k)
        && (place_len(t, k).is_some() || t.has(k, vocab::flag::TITLE) || t.is_abbrev(k))
        && !names::starts_name(t, k)
}

/// Where a part of a title that says more about its organ ends, when one
/// starts at `j` (the title started at `i`, its head is `head` long): an
/// organ or its abbreviation in brackets, the body above a unit, a
/// former name, an envoy's seat.
fn aside(t: &Tokens, i: usize, head: usize, j: usize) -> Option<usize> {
    let past_head = j > i + head;
    paren_organ(t, j)
        .or_else(|| parent_organ(t, i, head, j))
        .or_else(|| paren_initials(t, i, j))
        .or_else(|| paren_place(t, j).filter(|_| past_head))
        .or_else(|| parent_unit(t, i + head, j))
        // "Quận ủy quận 3 cũ", "tỉnh Bình Dương trước đây": a unit's name
        // before the 2025 mergers.
        .or_else(|| former(t, j).filter(|_| past_head).map(|n| j + n))
        // "Đại sứ Nhật Bản tại Việt Nam", "Tổng Lãnh sự … tại Đà Nẵng":
        // the post of an envoy names where it sits.
        .or_else(|| {
            (t.low(j) == "tại" && past_head && envoy(t, i, j) && seat(t, j + 1)).then_some(j + 1)
        })
}

/// Where the unit above a place the title (from `start`) ends with
/// ends, after a comma: "Chủ tịch UBND thị trấn Rạch Gốc, huyện Ngọc
/// Hiển", "Bí thư Đảng ủy xã Tân Phú, tỉnh Đồng Nai".
fn parent_unit(t: &Tokens, start: usize, j: usize) -> Option<usize> {
    if !t.is_punct(j, ',') || t.is_cap(j + 1) {
        return None;
    }
    let word = match t.phrase(j + 1, 2) {
        Some("thành phố" | "thị xã") => 2,
        _ if matches!(t.low(j + 1), "huyện" | "tỉnh" | "quận") => 1,
        _ => return None,
    };
    let n = place_len(t, j + 1 + word)?;
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
    (named || after_place(t, start, j)).then_some(j + 1 + word + n)
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
/// đây)", "Tỉnh ủy Bình Dương (cũ)". Returns the index past ")".
fn paren_place(t: &Tokens, j: usize) -> Option<usize> {
    const MOST: usize = 12;
    if !t.is_punct(j, '(') {
        return None;
    }
    let k = j + 1;
    let opens = place_len(t, k).is_some()
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
                | "trước"
        );
    if !opens {
        return None;
    }
    let close = (k..k + MOST)
        .take_while(|&m| t.is_word(m) || t.is_punct(m, ',') || t.is_dash(m) || t.is_punct(m, ')'))
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
                    | "cũ"
                    | "trước"
                    | "đây"
            ) || number(t.raw(m))
        });
    plain.then_some(close + 1)
}

/// A parenthesised abbreviation of the words before it in the title
/// ("Ủy viên Ban Thường vụ Đảng ủy (UVTV ĐU)", "Bộ Chỉ huy quân sự
/// (CHQS) tỉnh"): its letters are the initials of the title's words, in
/// order. Returns the index past ")".
fn paren_initials(t: &Tokens, i: usize, j: usize) -> Option<usize> {
    const MOST: usize = 3;
    if !t.is_punct(j, '(') {
        return None;
    }
    let close = (j + 2..=j + 1 + MOST).find(|&k| !t.is_word(k))?;
    let caps = |k: usize| t.raw(k).chars().filter(|c| c.is_uppercase()).count() >= 2;
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
/// học Kim Đồng"), in a title whose organ part starts at `start`.
fn school_name(t: &Tokens, start: usize, j: usize) -> Option<usize> {
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
        "học" | "sở" | "thông" | "non" | "giáo" | "trú" | "cấp" | "đẳng" | "thcs" | "thpt"
    ) || t.has(j - 1, vocab::flag::ABBREV) && t.low(j - 1).starts_with("pt");
    let school =
        (start.max(j.saturating_sub(5))..j - 1).any(|k| t.is_cap(k) && t.low(k) == "trường");
    // "Chánh xứ Giáo xứ Thái Hà", "Trụ trì Chùa Phổ Minh": a parish or a
    // temple is named right after its word, whatever family name opens it.
    let pair = |p: &str| {
        matches!(
            p,
            "giáo xứ" | "giáo họ" | "giáo phận" | "giáo hạt" | "thánh thất" | "tịnh xá" | "nhà thờ"
        )
    };
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

/// Length of a number naming the unit before it at `j`: "Quân khu 3",
/// "Sư đoàn 312", "Chi bộ thôn 3", "Trại giam số 6".
fn unit_number(t: &Tokens, j: usize) -> Option<usize> {
    // "Vùng Cảnh sát biển 2": a short number that ends the title names
    // the unit too.
    let last = t.raw(j).len() <= 3 && !t.is_word(j + 1) && t.is_word(j - 1);
    if number(t.raw(j)) && (after_organ(t, j) || numbered_unit(t, j - 1) || last) {
        return Some(1);
    }
    (t.low(j) == "số" && number(t.raw(j + 1)) && t.is_word(j - 1)).then_some(2)
}

/// Whether the lower-case word at `k` names a unit that is numbered rather
/// than named ("thôn 3", "tổ 5", "khu phố 2", "ấp 4", "phường 3", "khu
/// vực 2").
fn numbered_unit(t: &Tokens, k: usize) -> bool {
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
    ) || t.phrase(k.saturating_sub(1), 2) == Some("khu vực")
}

/// Whether the dot at `j` closes an abbreviation in capitals written
/// against it ("UB.", "TP.") and another word in capitals ("MTTQ") or a
/// place ("TP. Hà Nội", "TP. Hồ Chí Minh") follows.
fn abbreviation_dot(t: &Tokens, j: usize) -> bool {
    let caps = |k: usize| {
        let w = t.raw(k);
        t.is_word(k) && w.chars().count() <= 6 && w.chars().all(char::is_uppercase)
    };
    caps(j - 1)
        && t.toks[j - 1].end == t.toks[j].start
        && (caps(j + 1) && (t.is_abbrev(j + 1) || t.has(j + 1, vocab::flag::TITLE))
            || t.is_abbrev(j - 1) && place_len(t, j + 1).is_some())
}

/// Whether "và" at `j` joins two capitalised parts of one department's
/// name ("Sở Tài nguyên và Môi trường") rather than two people or bodies;
/// only inside a title (from `i`) that names a department or ministry.
fn joins_org(t: &Tokens, i: usize, j: usize) -> bool {
    let next = j + 1;
    // "Văn phòng Đoàn ĐBQH và HĐND tỉnh", "Chủ tịch HĐND và UBND xã": two
    // bodies written short make one office's name.
    let short = |k: usize| t.is_abbrev(k) && t.raw(k).chars().all(char::is_uppercase);
    if t.low(j) == "và" && j > i && short(j - 1) && short(next) && !abbreviated_head(t, next) {
        return true;
    }
    if t.low(j) != "và" {
        return false;
    }
    let department = (i..j).any(|k| {
        t.is_cap(k) && matches!(t.low(k), "sở" | "bộ" | "cục" | "viện") || open_board(t, k, j)
    });
    department
        && t.is_cap(next)
        && !t.has(next, vocab::flag::INSTITUTION)
        && head_len(t, next).is_none()
        && !names::starts_name(t, next)
        && place_len(t, next).is_none()
        && t.phrase(j, 2).is_some()
}

/// "Ban Công tác Dân tộc Tôn giáo và Hội quần chúng": a board (`k`) whose
/// name is still open at the "và" (`j`): no place, level word or
/// abbreviation closes it ("Ban Dân vận Tỉnh ủy và …", "Ban Dân vận tỉnh
/// và …" end the organ, so a new body follows).
fn open_board(t: &Tokens, k: usize, j: usize) -> bool {
    const CLOSING: u16 = vocab::flag::INSTITUTION | vocab::flag::PLACE_WORD;
    t.is_cap(k)
        && matches!(t.low(k), "ban" | "phòng" | "vụ")
        && t.is_cap(k + 1)
        && j > k + 1
        && (k + 1..j).all(|m| {
            t.is_word(m) && !t.is_abbrev(m) && !t.has(m, CLOSING) && place_len(t, m).is_none()
        })
}

/// Builds the displayed title: canonical capitals for a lower-case head,
/// "TT" spelled out as "Thường trực".
fn show_title(t: &Tokens, i: usize, head: usize, end: usize) -> String {
    // Room for the written span and one "TT" spelled out.
    let mut out = String::with_capacity(t.span(i, end).len() + 16);
    let written_head = t.span(i, i + head);
    let lower_head = t.phrase(i, head).unwrap_or("");
    let all_lower = !written_head.chars().any(char::is_uppercase);
    match (all_lower, vocab::canonical_head(lower_head)) {
        (true, Some(c)) => out.push_str(c),
        _ => out.push_str(written_head),
    }
    let mut k = i + head;
    while k < end {
        // The spacing as written: "Lao động, Thương binh", "TP.HCM".
        if t.toks[k].start > t.toks[k - 1].end {
            out.push(' ');
        }
        if t.raw(k) == "TT" {
            out.push_str("Thường trực");
        } else if k == i + head && t.phrase(k, 2) == Some("thường trực") && !t.is_cap(k) {
            out.push_str("Thường trực");
            k += 1;
        } else {
            out.push_str(t.raw(k));
        }
        k += 1;
    }
    out
}

/// Where the next title of a chain may start after a title ending at `k`:
/// past "," or ";"; past a dash; right at `k` after a rank
/// ("Đại tá Chính ủy …"); past "và" when `and` (only where a new office
/// starts). `None` when no office starts there.
fn next_link(t: &Tokens, k: usize, after_rank: bool, and: bool) -> Option<usize> {
    let sep = t.is_punct(k, ',') || t.is_punct(k, ';') || t.is_dash(k) || (and && t.low(k) == "và");
    // "Bộ trưởng Bộ Quốc phòng Đại tướng Lê A": a rank needs no comma either.
    let rank_next = || head_len(t, k).is_some_and(|n| is_rank(t, k, n));
    let start = if sep {
        // "…, kiêm Trưởng ban Thông tin - Truyền thông", "…, đồng thời
        // là Chủ tịch Ủy ban MTTQ huyện": one more post.
        let joined = match t.low(k + 1) {
            "kiêm" => 1,
            "đồng" if t.phrase(k + 1, 3) == Some("đồng thời là") => 3,
            _ => 0,
        };
        if joined > 0 && office_len(t, k + 1 + joined).is_some() {
            k + 1 + joined
        } else {
            k + 1
        }
    } else if after_rank || rank_next() {
        k
    } else {
        return None;
    };
    head_len(t, start).map(|_| start)
}

/// Where a chain is read: before its holder's name, or after it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// "Ủy viên T.Ư Đảng, Bí thư Tỉnh ủy Nguyễn Văn A".
    Before,
    /// "Nguyễn Văn A, Ủy viên T.Ư Đảng, Bí thư Tỉnh ủy".
    After,
}

/// Reads a chain of titles from `k`, where the first ends, adding them to
/// `titles` (when given). After a name, a title followed by another
/// name belongs to that name ("A, Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh B"):
/// the chain stops before it. Returns where the chain ends.
pub fn chain(t: &Tokens, mut k: usize, mut titles: Option<&mut Vec<String>>, side: Side) -> usize {
    // "Đại tá Chính ủy …": after a rank the next office needs no comma.
    let mut after_rank = (1..=2).any(|n| k >= n && t.phrase(k - n, n).is_some_and(vocab::is_rank));
    // Each link moves `k` forward, so the loop ends; the count bounds it too.
    for _ in 0..MAX_TITLE {
        // "A, Ủy viên Ban Thường vụ Tỉnh ủy (nguyên Chủ tịch UBND tỉnh)":
        // a title in brackets after a title is one more link.
        let bracket = side == Side::After && t.is_punct(k, '(');
        let start = if bracket {
            head_len(t, k + 1).map(|_| k + 1)
        } else {
            next_link(t, k, after_rank, side == Side::After)
        };
        let Some(start) = start else {
            break;
        };
        let Some((head, end)) = title_span(t, start, true) else {
            break;
        };
        if bracket && !t.is_punct(end, ')') {
            break;
        }
        let past = end + usize::from(bracket);
        if side == Side::After && (name_follows(t, past) || rank_before_name(t, start, head, end)) {
            break;
        }
        if let Some(titles) = titles.as_deref_mut() {
            titles.push(show_title(t, start, head, end));
        }
        after_rank = is_rank(t, start, head);
        k = past;
    }
    k
}

/// Whether the link from `start` is a rank standing before a capitalised
/// word that opens no office, place or organ: the rank of the next person
/// ("…, Trụ trì chùa Bửu Long; Linh mục Giuse Nguyễn Văn Tâm"), whose
/// name the lists may not know.
fn rank_before_name(t: &Tokens, start: usize, head: usize, end: usize) -> bool {
    const ORGAN: u16 = vocab::flag::TITLE | vocab::flag::ORGAN | vocab::flag::INSTITUTION;
    end == start + head
        && is_rank(t, start, head)
        && t.is_cap(end)
        && !t.is_abbrev(end)
        && !t.has(end, ORGAN)
        && head_len(t, end).is_none()
        && place_len(t, end).is_none()
}

/// Whether a name starts at `e`, as after a title ("Bí thư Tỉnh ủy Lê A").
pub fn name_follows(t: &Tokens, e: usize) -> bool {
    name_at(t, 0, e)
}

/// Whether a person's name starts at `j`, in a title that began at `start`.
fn name_at(t: &Tokens, start: usize, j: usize) -> bool {
    !unit_name(t, j)
        && (names::starts_name(t, j)
            || names::unknown_name_at(t, j)
            || name_after_place(t, start, j)
            || name_after_province(t, j))
}

/// Whether a name opening with a family name that also opens places
/// ("Kim", "Ma") starts at `j`, right after "tỉnh" written in lower case:
/// every province is known, so the words no list holds as one are the
/// holder's name ("Phó Chủ tịch UBND tỉnh Kim Vol").
fn name_after_province(t: &Tokens, j: usize) -> bool {
    j > 0
        && t.is_cap(j)
        && t.family(j, true)
        && t.low(j - 1) == "tỉnh"
        && !t.is_cap(j - 1)
        && place_len(t, j).is_none()
        && names::name_end(t, j, true).is_some()
}

/// Whether the two capitalised words at `j` name the unit a lower-case
/// unit word before them opens ("Đảng ủy xã Tống Trân", "UBND huyện Lâm
/// Hà"), not a person: a name of two syllables with no middle name there
/// is the unit's.
fn unit_name(t: &Tokens, j: usize) -> bool {
    // The provinces are all known: after "tỉnh" two words no list holds
    // are the name of the province's official ("tỉnh Kim Vol").
    j > 0
        && t.has(j - 1, vocab::flag::PLACE_WORD)
        && !t.is_cap(j - 1)
        && t.low(j - 1) != "tỉnh"
        && !matches!(t.low(j + 1), "văn" | "thị")
        && names::name_end(t, j, true) == Some(j + 2)
}

/// Titles after a person's name: an optional separator (",", "–", "(",
/// ":") then one or more chained titles. Returns the index past them (past
/// a closing parenthesis) and the titles; none leaves `m` as is.
pub fn titles_after(t: &Tokens, m: usize) -> (usize, Vec<String>) {
    // "Lê Văn A (54 tuổi), Cục trưởng …": a note in brackets between the
    // name and the title.
    if let Some(after) = note_end(t, m).or_else(|| comma_note_end(t, m)) {
        let (k, titles) = titles_after(t, after);
        if !titles.is_empty() {
            return (k, titles);
        }
    }
    let mut titles = Vec::new();
    // "Lê Văn A, TUC, Bí thư Huyện ủy": an abbreviation no list knows,
    // standing as one link of a chain, is a title as written.
    if t.is_punct(m, ',') && unknown_abbreviation(t, m + 1) {
        let (k, more) = titles_after(t, m + 2);
        if !more.is_empty() {
            titles.push(t.raw(m + 1).to_string());
            titles.extend(more);
            return (k, titles);
        }
    }
    let paren = t.is_punct(m, '(');
    let sep = paren || t.is_punct(m, ',') || t.is_dash(m) || t.is_punct(m, ':');
    let k = if sep {
        m + 1
    } else {
        m + title_verb_len(t, m).unwrap_or(0)
    };
    let Some((head, e)) = title_span(t, k, true) else {
        return (m, titles);
    };
    // "Nguyễn Văn A, Bí thư Tỉnh ủy Lê Văn B": the title is B's.
    if !paren && name_follows(t, e) || leads_visit(t, k, head, e) {
        return (m, titles);
    }
    titles.push(show_title(t, k, head, e));
    let mut k = chain(t, e, Some(&mut titles), Side::After);
    if paren && t.is_punct(k, ')') {
        k += 1;
    }
    // "A, Phó Giám đốc Sở X được bổ nhiệm giữ chức vụ Giám đốc Sở X": the
    // post a verb gives after the titles held is the person's too.
    // "… làm trưởng đoàn Đoàn Kiểm tra": a role for the occasion, written
    // in lower case after a bare "làm", is no post.
    // "A, Huyện ủy viên, nguyên Bí thư Đảng ủy xã, giữ chức vụ Chủ tịch …".
    if !paren && t.is_punct(k, ',') && title_verb_len(t, k + 1).is_some() {
        k += 1;
    }
    let occasion = |n: usize| n == 1 && t.low(k) == "làm" && !t.is_cap(k + 1);
    if !paren {
        if let Some(n) = title_verb_len(t, k).filter(|&n| !occasion(n)) {
            if let Some((head, e)) =
                title_span(t, k + n, true).filter(|&(_, e)| !name_follows(t, e))
            {
                titles.push(show_title(t, k + n, head, e));
                k = chain(t, e, Some(&mut titles), Side::After);
            }
        }
    }
    (k, titles)
}

/// Whether the title from `k` (head `head` long, ending at `e`) is "làm
/// Trưởng đoàn" alone: leading a visit for the day, not a post ("A làm
/// Trưởng đoàn đến thăm …"; "làm Trưởng đoàn ĐBQH tỉnh" names a post).
fn leads_visit(t: &Tokens, k: usize, head: usize, e: usize) -> bool {
    e == k + head
        && k > 0
        && t.low(k - 1) == "làm"
        && t.phrase(k, head)
            .is_some_and(|h| h.ends_with("trưởng đoàn"))
}

/// Whether token `k` is an abbreviation in capitals that no list knows
/// ("TUC", "ĐUV"), between commas before another title.
fn unknown_abbreviation(t: &Tokens, k: usize) -> bool {
    let raw = t.raw(k);
    t.is_word(k)
        && (2..=5).contains(&raw.chars().count())
        && raw.chars().all(char::is_uppercase)
        && !t.is_abbrev(k)
        && t.is_punct(k + 1, ',')
        && head_len(t, k + 2).is_some()
}

/// When a note between commas follows a name at `m` ("A, 48 tuổi, …",
/// "B, 43 tuổi, quê huyện C, …"), the index of the comma after the last
/// note.
fn comma_note_end(t: &Tokens, m: usize) -> Option<usize> {
    let mut at = m;
    for _ in 0..2 {
        if !t.is_punct(at, ',') {
            break;
        }
        let k = at + 1;
        let age = number(t.raw(k)) && t.low(k + 1) == "tuổi";
        let home = matches!(t.low(k), "quê" | "sinh") || t.phrase(k, 2) == Some("sinh năm");
        if !(age || home) {
            break;
        }
        let close = (k + 1..k + 8).find(|&j| !t.is_word(j) && !t.is_punct(j, '.'))?;
        at = close;
    }
    (at > m && t.is_punct(at, ',')).then_some(at)
}

/// Verb phrases that give the person named before them a title ("A giữ
/// chức vụ Chủ tịch Hội", "bổ nhiệm A làm Giám đốc Sở", "A là Chi hội
/// trưởng"), longest first within each length.
#[rustfmt::skip]
const TITLE_VERBS: &[&str] = &[
    "là", "làm", "giữ", "kiêm", "kiêm nhiệm", "giữ chức", "giữ chức vụ", "giữ cương vị",
    "tái cử", "tái cử chức", "tái cử chức vụ", "đắc cử", "đắc cử chức", "đảm nhiệm",
    "đảm nhiệm làm", "đảm nhiệm chức", "đảm nhiệm chức vụ", "đảm nhận", "đảm nhận chức",
    "đảm nhận chức vụ", "được bầu", "được bầu làm", "được bầu giữ chức", "được bầu giữ chức vụ",
    "được bổ nhiệm", "được bổ nhiệm làm", "được bổ nhiệm giữ chức", "được bổ nhiệm giữ chức vụ",
    "được chỉ định", "được chỉ định làm", "được chỉ định giữ chức", "được chỉ định giữ chức vụ",
    "được điều động làm", "được phân công làm", "được giao làm", "được tín nhiệm bầu làm",
    "được tái cử", "được tái cử chức", "được tái cử chức vụ", "được công nhận là",
    "tái đắc cử", "tái đắc cử chức", "tái đắc cử chức vụ", "được tái bổ nhiệm",
    "được tái bổ nhiệm làm", "được suy tôn làm", "được bầu lại làm",
];

/// Longest phrase a verb phrase of `TITLE_VERBS` can span, in tokens.
const MAX_TITLE_VERB: usize = 5;

/// Length of a verb phrase at `k` that gives a title, when a title head
/// follows it.
pub(super) fn title_verb_len(t: &Tokens, k: usize) -> Option<usize> {
    // "đã từng giữ chức", "hiện là", "liên tục đảm nhiệm": an adverb first.
    let adverb = match t.phrase(k, 2) {
        Some("đã từng" | "liên tục" | "tiếp tục" | "hiện đang") => 2,
        _ if matches!(t.low(k), "đã" | "từng" | "hiện" | "đang" | "vẫn" | "nay") => 1,
        _ => 0,
    };
    let k = k + adverb;
    // Cheap test first: this is asked after every name.
    if !matches!(
        t.low(k),
        "là" | "làm" | "giữ" | "kiêm" | "tái" | "đắc" | "đảm" | "được"
    ) {
        return None;
    }
    (1..=MAX_TITLE_VERB)
        .rev()
        .find(|&n| {
            t.phrase(k, n).is_some_and(|p| TITLE_VERBS.contains(&p)) && head_len(t, k + n).is_some()
        })
        .map(|n| adverb + n)
}

/// Most tokens of a note in brackets after a name ("(54 tuổi)", "(sinh năm 1970)").
const MAX_NOTE: usize = 6;

/// When a short note in brackets that holds no title opens at `m` and a
/// separator (",", dash, ":") follows it, the index of that separator.
fn note_end(t: &Tokens, m: usize) -> Option<usize> {
    if !t.is_punct(m, '(') || title_span(t, m + 1, true).is_some() {
        return None;
    }
    let close = (m + 2..=m + 1 + MAX_NOTE).find(|&k| t.is_punct(k, ')'))?;
    if (m + 1..close).any(|k| t.is_punct(k, '(')) {
        return None;
    }
    let after = close + 1;
    let sep = t.is_punct(after, ',') || t.is_dash(after) || t.is_punct(after, ':');
    (sep || title_verb_len(t, after).is_some()).then_some(after)
}

#[cfg(test)]
mod tests;
