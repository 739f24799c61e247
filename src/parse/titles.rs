//! Titles (chức danh) in a token stream: where one starts (a head such as
//! "Phó Bí thư"), how far it runs (institution words, proper nouns, places)
//! and how it is shown ("phó bí thư TT Huyện ủy" -> "Phó Bí thư Thường trực
//! Huyện ủy"). Knows nothing of people; `names` decides where a name starts.

use super::names;
use super::organs::{
    board_run, committee_topic_len, inner_dash, lower_run, organ_len, purpose_len, topic_len,
};
use super::tokens::Tokens;
use super::vocab;

mod after;
mod aside;
mod chain;
mod head;
mod proper;
mod verbs;

pub(crate) use after::position_note_end;
pub use after::{former_post, posts_given_after, titles_after};
use aside::{
    abbreviation_dot, aside, body_above, compound_tail, joins_org, numbered_unit, scholarship_name,
    school_name, trade_body, unit_number, zones_joined,
};
pub(super) use aside::{news_act, news_verb};
pub(crate) use chain::name_after_province;
pub use chain::{chain, name_follows, Side};
use chain::{dashed_unit_len, member_run_on, name_at, run_on};
pub(super) use head::unmarked_office;
use head::{abbreviated_head, bare_rank, dotted_rank};
pub use head::{head_len, OPENS};
pub(super) use head::{is_rank, office_len};
pub(super) use proper::quoted_name;
use proper::{contest_name_len, lower_name_len, proper_name_len, small_body_len};
pub(super) use verbs::title_verb_len;

/// Most tokens a title may span: a bound on every scan, whatever the input.
const MAX_TITLE: usize = 40;

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
            vocab::is_title_word(p)
                && (t.is_cap(i)
                    || !vocab::is_cap_only(p)
                    || village(t, i, n)
                    || firm_after_office(t, i, p))
                // "Thủ tướng Chính phủ ban hành Bộ tiêu chí …": the verb
                // of issuing, whose first word is also the organ word.
                && !(p == "ban" && t.low(i + 1) == "hành")
                && (p != "đắc cử" || elect_of(t, i + n))
        }) && !(stop_at_name
            && (i + 1..i + n).any(|k| names::starts_name(t, k) && place_len(t, k + 1).is_none()))
    })
}

/// Whether the firm's kind `p` at `i`, written in lower case, follows an
/// office at once: "giám đốc công ty", "Phó Giám đốc công ty TNHH A".
/// Right after the office the firm is the organ of the post; elsewhere
/// "công ty" is an everyday noun ("cán bộ, công nhân công ty").
fn firm_after_office(t: &Tokens, i: usize, p: &str) -> bool {
    vocab::is_firm(p) && (1..=i.min(3)).any(|n| office_len(t, i - n) == Some(n))
}

/// Whether "đắc cử" before `k` marks a post's holder-elect ("Tổng thống
/// đắc cử Lê Văn A", "… đắc cử Mỹ"): a name or a country follows, any
/// capitalised word that opens no post. Before
/// a post, a lower-case word or a full stop it is the verb of winning one
/// ("Bí thư Thành ủy B đắc cử chức vụ Chủ tịch"), no part of the title.
fn elect_of(t: &Tokens, k: usize) -> bool {
    t.is_cap(k) && head_len(t, k).is_none()
        || (1..=3).any(|n| t.phrase(k, n).is_some_and(vocab::is_country))
}

/// Length of a title word or phrase at `i`, or of a body's own name
/// there when that is longer: "Ban Kiểm phiếu", "Viện Nghiên cứu và Quản
/// lý kinh tế", capitalised on their first word only, as Vietnamese
/// spells the names of bodies.
fn word_or_name_len(t: &Tokens, i: usize, stop_at_name: bool) -> Option<usize> {
    let listed = word_len(t, i, stop_at_name);
    proper_name_len(t, i)
        .filter(|&n| n > listed.unwrap_or(0))
        .or(listed)
}

/// Whether the lower-case word at `i` (of `n` tokens) is a village of the
/// uplands ("bản", "buôn", "làng", "sóc", "plei") or a pagoda before its
/// capitalised name: "Bí thư Chi bộ bản Nà Tàu", "Trụ trì chùa Som Rong".
fn village(t: &Tokens, i: usize, n: usize) -> bool {
    n == 1
        && !publishing(t, i)
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
    Some(span_title(t, i, (head, j)))
}

/// `parse_title` at `i` from the span `title_span` gave there, which is
/// not read again.
pub fn span_title(t: &Tokens, i: usize, (head, end): (usize, usize)) -> (usize, String) {
    (end, show_title(t, i, head, end))
}

/// The head length and the end of a title starting at `i`, as
/// `parse_title` reads it, without building the title. The grammar:
/// [modifier] office [– office] (organ | title word | place | capitalised
/// word | "(dự khuyết)" | "(DK)")*; a rank stands alone.
pub fn title_span(t: &Tokens, i: usize, stop_at_name: bool) -> Option<(usize, usize)> {
    t.span_memo(i, stop_at_name, || read_title_span(t, i, stop_at_name))
}

/// Whether the full stop or comma at `j` stays inside the title whose
/// office opens at `i`: "UB. MTTQ", "UBND. TP", "PCT. HĐND", an
/// abbreviation closed by a dot and followed by another one; "Phó Bí thư
/// TT. Huyện ủy", "TT." right after the office is "Thường trực", and the
/// committee follows; or a dot or a comma typed by mistake after a
/// member's office (`member_dot`, `member_comma`).
fn mark_inside_title(t: &Tokens, i: usize, head: usize, j: usize) -> bool {
    let standing = j == i + head + 1 && t.raw(j - 1) == "TT" && t.is_cap(j + 1);
    (t.is_punct(j, '.') && (standing || abbreviation_dot(t, i + head, j)))
        || member_dot(t, i, head, j)
        || member_comma(t, i, head, j)
}

/// Whether the full stop at `j` is typed by mistake right after a
/// member's office that opens the title at `i` ("Ủy viên. Ban Thường vụ
/// Huyện ủy", "UV. BTV Tỉnh ủy"): the member's committee, an organ or an
/// abbreviation in capitals, follows it, and the title goes on.
fn member_dot(t: &Tokens, i: usize, head: usize, j: usize) -> bool {
    t.is_punct(j, '.')
        && member_office(t, i, head, j)
        && (organ_len(t, j + 1).is_some() || t.is_abbrev(j + 1))
}

/// Whether the comma at `j` is typed by mistake right after a member's
/// office that opens the title at `i` ("Ủy viên, Ủy ban MTTQ Việt Nam
/// tỉnh", "UV, BTV Huyện ủy"): a member is a member of something, and a
/// committee or an organ (a listed one, or one opening with an organ
/// word, "Ủy ban MTTQ …") opens no post of its own, so the title goes on
/// over it. An office written short there ("UV, PCT UBND huyện") is the
/// next post of a chain, not the committee.
fn member_comma(t: &Tokens, i: usize, head: usize, j: usize) -> bool {
    t.is_punct(j, ',')
        && member_office(t, i, head, j)
        && head_len(t, j + 1).is_none()
        && (organ_len(t, j + 1).is_some() || t.is_abbrev(j + 1) || t.has(j + 1, vocab::flag::TITLE))
}

/// Whether the title at `i` is a member's office alone ("Ủy viên", "UV")
/// ending at `j`, right before a capitalised word.
fn member_office(t: &Tokens, i: usize, head: usize, j: usize) -> bool {
    let member = match head {
        2 => matches!(t.phrase(i, 2), Some("ủy viên" | "uỷ viên")),
        1 => t.low(i) == "uv",
        _ => false,
    };
    member && j == i + head && t.is_cap(j + 1)
}

/// `title_span`, read from the tokens.
fn read_title_span(t: &Tokens, i: usize, stop_at_name: bool) -> Option<(usize, usize)> {
    let head = head_len(t, i)?;
    if is_rank(t, i, head) {
        return Some((head, i + head));
    }
    let mut j = office_end(t, i, head, stop_at_name);
    // Whether the last part read was one lone word (which may be trimmed).
    let mut lone = false;
    while j < t.len() && j - i < MAX_TITLE {
        // "(dự khuyết)"; the longest organ name here, or after an organ
        // word ("Ban" + "Tuyên giáo và Dân vận" is longer than "Ban Tuyên
        // giáo").
        // Not where a second office opens after a committee closed the
        // first ("Ủy viên Ban Thường vụ Tỉnh ủy Trưởng Ban Dân vận …").
        let inner = || {
            (t.has(j, vocab::flag::TITLE) && !(j > i + head && run_on(t, j)))
                .then(|| organ_len(t, j + 1))
                .flatten()
                .map(|n| n + 1)
        };
        // "thôn Nậm Khao", "… Bộ Nội vụ nay là Bộ Công an": a hamlet, an organ
        // now; "xã Chân Mây - Lăng Cô": a unit's name in two halves, whole.
        let alt = dashed_unit_len(t, j).or_else(|| named_len(t, i + head, j));
        if let Some(n) = alt.or_else(|| organ_len(t, j).max(inner())) {
            (j, lone) = (j + n, false);
            continue;
        }
        // "Ban Chỉ đạo phòng, chống …", "Diễn đàn về …": what a steering
        // committee is for, or what a gathering is about.
        if let Some(n) = purpose_or_topic(t, i, head, j).or_else(|| own_part(t, j)) {
            (j, lone) = (j + n, false);
            continue;
        }
        // "Trưởng thôn 3": a head that ends with a numbered unit takes its
        // number too.
        if let Some(n) = unit_number(t, j).filter(|_| j > i + head || numbered_unit(t, j - 1)) {
            (j, lone) = (j + n, false);
            continue;
        }
        if let Some(k) = aside(t, i, head, j) {
            (j, lone) = (k, false);
            continue;
        }
        // "Thừa Thiên – Huế", "Ban Văn hóa – Xã hội", "khu vực 1 - Long
        // Bình": a dash inside a place's or an organ's name, not before
        // another office or a name.
        if let Some(n) = dash_len(t, i + head, j) {
            (j, lone) = (j + n, false);
            continue;
        }
        if t.low(j) == "kiêm" {
            match one_post_held_besides(t, i + head, j) {
                Some(k) => (j, lone) = (k, false),
                None => break,
            }
            continue;
        }
        if mark_inside_title(t, i, head, j) {
            (j, lone) = (j + 1, false);
            continue;
        }
        if let Some(n) = comma_part_len(t, i + head, j) {
            (j, lone) = (j + n, false);
            continue;
        }
        // "cán bộ trưởng thành từ cơ sở": a verb, not "Trưởng" of a board;
        // "… xã Định Mỹ đại diện cho Đảng ủy": on another's behalf, not
        // an office's representation ("Văn phòng đại diện").
        if !t.is_word(j) || head::grows_up(t, j) || on_behalf(t, j) {
            break;
        }
        // "Ủy ban Quốc phòng và An ninh của Quốc hội": the body above;
        // "Lãnh sự danh dự của CH Bồ Đào Nha tại Hà Nội": a diplomat's
        // state and seat; a firm's name, whose "và" joins no post.
        let above = body_above(t, j)
            .filter(|_| j > i + head)
            .or_else(|| represented_unit(t, i, j))
            .or_else(|| envoy_seat(t, i, head, j))
            .or_else(|| firm_len(t, i, i + head, j));
        if let Some(n) = above.or_else(|| plural_in_room(t, i, head, j)) {
            (j, lone) = (j + n, false);
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
        if let Some(n) = place_or_unit_len(t, i + head, j, stop_at_name) {
            (j, lone) = (j + n, false);
            continue;
        }
        let named = || scholarship_name(t, i + head, j);
        if let Some(n) = school_name(t, i + head, j)
            .or_else(named)
            .or_else(|| trade_body(t, j))
            .or_else(|| zones_joined(t, i, i + head, j))
        {
            (j, lone) = (j + n, false);
            continue;
        }
        if stop_at_name && name_at(t, i + head, j) {
            break;
        }
        if let Some(n) = word_or_name_len(t, j, stop_at_name) {
            (j, lone) = (j + n, n == 1);
        } else if (t.is_cap(j) && (office_len(t, j).is_none() || t.is_abbrev(j)))
            || joins_org(t, i, j)
        {
            (j, lone) = (j + 1, false);
        } else if let Some(n) = lower_tail(t, i + head, j).or_else(|| board_run(t, i, head, j)) {
            (j, lone) = (j + n, false);
        } else {
            break;
        }
    }
    title_end(t, i, head, j, lone).map(|j| (head, j))
}

/// Length of a dash inside a name at `j`, in a title whose office ended
/// at `start`, with the seat after it when a numbered region is named
/// after one (`region_seat_len`).
fn dash_len(t: &Tokens, start: usize, j: usize) -> Option<usize> {
    region_seat_len(t, start, j)
        .or_else(|| short_name_after_dash(t, start, j))
        .or_else(|| {
            (t.is_dash(j) && j > start && t.is_word(j - 1) && inner_dash(t, j + 1)).then_some(1)
        })
}

/// Length of a dash and the short name in capitals a body goes by, after
/// its full name: "Tập đoàn Bưu chính Viễn thông Việt Nam – VNPT",
/// "Tổng công ty Điện lực miền Bắc - EVNNPC". The short name is no listed
/// organ or office (an organ written short there opens another post), and
/// no lower-case word runs on from it.
fn short_name_after_dash(t: &Tokens, start: usize, j: usize) -> Option<usize> {
    let k = j + 1;
    let short = t.raw(k);
    let capitals = short.len() >= 2
        && short
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && short.bytes().filter(u8::is_ascii_uppercase).count() >= 2;
    let named = t.is_dash(j) && j > start + 1 && t.is_word(j - 1) && t.is_cap(j - 1);
    let own = t.is_word(k) && !t.has(k, vocab::flag::TITLE) && !t.is_abbrev(k);
    let runs_on = t.is_word(k + 1) && !t.is_cap(k + 1);
    (named && capitals && own && !runs_on).then_some(2)
}

/// Length of a dash and the seat a numbered region is named after, at
/// `j` in a title whose office ended at `start`: "khu vực 4 - Vĩnh Yên",
/// "Khu vực II - Long Bình". The seat is a known commune, ward or town,
/// taken whole though a family name may open it ("Long", "Vĩnh"); a
/// comma, a verb or the end of the sentence follows it, never more
/// capitalised words, which would make it the start of a holder's name.
fn region_seat_len(t: &Tokens, start: usize, j: usize) -> Option<usize> {
    if !t.is_dash(j) || j < start + 3 || t.phrase(j - 3, 2) != Some("khu vực") {
        return None;
    }
    let number = t.raw(j - 1);
    let numbered = !number.is_empty()
        && (number.bytes().all(|b| b.is_ascii_digit())
            || number.bytes().all(|b| b"IVX".contains(&b)));
    if !numbered {
        return None;
    }
    let cap = |k: usize| t.is_word(k) && t.is_cap(k);
    let n = (1..=3)
        .rev()
        .filter(|&n| (j + 1..j + 1 + n).all(cap))
        .find(|&n| {
            place_len(t, j + 1) == Some(n)
                || t.phrase(j + 1, n).is_some_and(crate::units::is_unit_name)
        })?;
    let after = j + 1 + n;
    (!(t.is_word(after) && t.is_cap(after))).then_some(1 + n)
}

/// Length of a hamlet's name at `j`, right after the lower-case word for
/// a hamlet ("thôn", "bản", "ấp") in a title that began at `start`, when a
/// comma follows it and then the commune or district it lies in, or the
/// cue of the post's holder: "Bí thư Chi bộ thôn Sán Pờ Chải, xã Tả Van",
/// "Trưởng thôn Lùng Phìn, anh Giàng A Páo cho biết"; or when no family
/// name opens it ("Trưởng bản Nậm Khao"). Hamlets are too many to list,
/// and their names in the uplands look like people's; a holder's name is
/// neither followed so nor opened so.
fn hamlet_name_len(t: &Tokens, start: usize, j: usize) -> Option<usize> {
    if j < start
        || j == 0
        || !t.is_cap(j)
        || t.is_cap(j - 1)
        || !HAMLET_WORDS.contains(&t.low(j - 1))
        || publishing(t, j - 1)
    {
        return None;
    }
    let n = (1..=4).find(|&n| !(t.is_word(j + n) && t.is_cap(j + n)))?;
    if !(j..j + n).all(|k| t.is_word(k)) {
        return None;
    }
    // "Trưởng bản Nậm Khao": no family name opens it, so no name.
    if n <= 3 && !t.family(j, true) && !t.is_abbrev(j) {
        return Some(n);
    }
    if !t.is_punct(j + n, ',') {
        return None;
    }
    let k = j + n + 1;
    let unit = match t.phrase(k, 2) {
        Some("thị xã" | "thị trấn") => 2,
        _ if matches!(t.low(k), "xã" | "phường" | "huyện" | "quận") => 1,
        _ => 0,
    };
    let lies_in = unit > 0 && !t.is_cap(k) && t.is_cap(k + unit);
    let holder = matches!(t.low(k), "anh" | "chị" | "ông" | "bà" | "đ/c" | "đc")
        || t.phrase(k, 2) == Some("đồng chí");
    (lies_in || holder && t.is_cap(k + 1 + usize::from(t.low(k) == "đồng"))).then_some(n)
}

/// Length of a name at `j` the title goes on with before any organ: an
/// upland hamlet's (`hamlet_name_len`), which may look like a person's,
/// then another name of the organ just read or its present name.
fn named_len(t: &Tokens, start: usize, j: usize) -> Option<usize> {
    hamlet_name_len(t, start, j)
        .or_else(|| alternate(t, j))
        .or_else(|| renamed_organ(t, j))
}

/// Whether "bản" at `k` ends "xuất bản" (publishing), no village: "Phòng
/// Báo chí - Xuất bản Sở Thông tin và Truyền thông".
fn publishing(t: &Tokens, k: usize) -> bool {
    k > 0 && t.low(k) == "bản" && t.low(k - 1) == "xuất"
}

/// Lower-case words for a hamlet, a village or a quarter, under a commune.
const HAMLET_WORDS: &[&str] = &[
    "thôn", "bản", "buôn", "làng", "xóm", "ấp", "khóm", "sóc", "plei", "bon", "khối",
];

/// Length of a known place at `j` in a title that began at `start`, or,
/// with `stop_at_name`, of the rest of a unit's name read there
/// (`unit_goes_on`).
fn place_or_unit_len(t: &Tokens, start: usize, j: usize, stop_at_name: bool) -> Option<usize> {
    place_len(t, j)
        .filter(|_| !names::named_like_place(t, j))
        .or_else(|| unit_goes_on(t, start, j).filter(|_| stop_at_name))
}

/// Length of the rest of a commune's, ward's or district's name at `j`,
/// its first word or two read already after a lower-case unit word, when
/// a name still starts after it: "Bí thư Đảng ủy phường Việt Hưng Đường
/// Hoài Nam". A name opening with a family name that is also a word
/// ("Đường", "Vân") would otherwise take the ward's last word as its
/// first. The unit list is read only where a name was seen, in a title
/// that began at `start`.
fn unit_goes_on(t: &Tokens, start: usize, j: usize) -> Option<usize> {
    let cap = |k: usize| t.is_word(k) && t.is_cap(k);
    (1..=2).find_map(|back| {
        let s = j.checked_sub(back).filter(|&s| s > start)?;
        let unit_word = !t.is_cap(s - 1) && t.has(s - 1, vocab::flag::PLACE_WORD);
        if !unit_word || !(s..j).all(cap) || !name_at(t, start, j) {
            return None;
        }
        (1..=3 - back).rev().find(|&n| {
            (j..j + n).all(cap)
                && names::name_end(t, j + n, true).is_some()
                && crate::units::is_unit_name(t.span(s, j + n))
        })
    })
}

/// Where a title read up to `j` ends, its head `head` long at `i`; `lone`
/// when the last part read was one word. `None` when the head alone is no
/// post.
fn title_end(t: &Tokens, i: usize, head: usize, j: usize, lone: bool) -> Option<usize> {
    // "người có uy tín" alone is a standing in the village, no post; with
    // the hamlet it serves ("người uy tín xóm Trung Thành") it is one.
    if j == i + head && t.low(i) == "người" && t.low(j - 1) == "tín" {
        return None;
    }
    // "Trưởng, Phó các cơ quan, đơn vị", "Giám đốc, Phó Giám đốc các sở":
    // the heads and deputies of many bodies, a plural, no post of one.
    if j == i + head && heads_of_many(t, j) {
        return None;
    }
    // A lone lower-case "ban" or "phó" at the end is the start of a verb
    // ("ban hành") or of another phrase, not part of the title.
    let verb = matches!(t.low(j - 1), "ban" | "phó" | "hội");
    Some(j - usize::from(lone && j > i + head && !t.is_cap(j - 1) && verb))
}

/// Whether a comma at `j`, after a bare office, opens its deputy's office
/// and "các" or "những" before the bodies they head.
fn heads_of_many(t: &Tokens, j: usize) -> bool {
    if !t.is_punct(j, ',') || t.low(j + 1) != "phó" {
        return false;
    }
    let k = j + 2 + office_len(t, j + 2).unwrap_or(0);
    matches!(t.low(k), "các" | "những")
}

/// Length of what a title goes on with at `j` besides its organs: a
/// body's own name (`own_name`), a border post's (`post_name_len`) or the
/// field of a unit's head (`unit_head_field`).
fn own_part(t: &Tokens, j: usize) -> Option<usize> {
    own_name(t, j)
        .or_else(|| post_name_len(t, j))
        .or_else(|| unit_head_field(t, j))
}

/// Most words of a border post's own name.
const MAX_POST_NAME: usize = 3;

/// Length of a border post's own name at `j`, right after "Đồn Biên
/// phòng", "Đồn BP" (or the gate's "Đồn BPCK", "Đồn BPCKQT") or "Trạm
/// Kiểm soát Biên phòng": a post is always
/// named after its place, and the places of the uplands read like
/// people's names ("Đồn Biên phòng A Pa Chải", "Đồn BP Sì Lở Lầu"). The
/// capitalised words up to a mark or a lower-case word are the post's,
/// at most three; a longer run is left to the name reading, as a holder's
/// name may follow the post's.
fn post_name_len(t: &Tokens, j: usize) -> Option<usize> {
    // Cheap tests first: asked at every token of a title.
    if j < 2 || !t.is_cap(j) || !t.is_word(j) {
        return None;
    }
    let short = border_force_short(t.raw(j - 1));
    let border = t.phrase(j - 2, 2) == Some("biên phòng") || short && t.low(j - 2) == "đồn";
    let post = border && matches!(t.low(j.saturating_sub(3)), "đồn" | "soát") || short;
    // "Đồn Biên phòng Cửa khẩu quốc tế A": a gate, read as an organ.
    if !post || organ_len(t, j).is_some() || word_len(t, j, false).is_some() {
        return None;
    }
    let word = |k: usize| t.is_word(k) && t.is_cap(k) && !t.is_abbrev(k);
    let n = (0..=MAX_POST_NAME).take_while(|&n| word(j + n)).count();
    (1..=MAX_POST_NAME).contains(&n).then_some(n)
}

/// Whether `word` writes the border force short, as a border post's name
/// does: "BP", or with the gate it keeps, "BPCK" (a gate), "BPCKQT" (an
/// international gate), "BPCKC" (a port's gate).
fn border_force_short(word: &str) -> bool {
    matches!(word, "BP" | "BPCK" | "BPCKQT" | "BPCKC")
}

/// Most lower-case words of the field a unit's head or deputy serves in.
const MAX_UNIT_FIELD: usize = 4;

/// Length of the field written in lower case at `j`, right after the
/// office of a unit's head or deputy that ends there and before the
/// capitalised unit the post belongs to: "Đội trưởng vận động quần chúng
/// Đồn Biên phòng A", "Phó đồn trưởng trinh sát Đồn Biên phòng B". Only a
/// "…trưởng" of a unit takes one (a minister's field is the ministry
/// itself); a verb, a linking word, a cue, a level word or an office ends
/// the read, and without the unit's capitalised word after it nothing is
/// taken: the words were what the holder did.
fn unit_head_field(t: &Tokens, j: usize) -> Option<usize> {
    // Cheap tests first: asked at every token of a title.
    if !t.is_word(j) || t.is_cap(j) || j == 0 {
        return None;
    }
    let office = (1..=4.min(j)).find(|&n| office_len(t, j - n) == Some(n))?;
    let phrase = t.phrase(j - office, office)?;
    if !phrase.ends_with("trưởng") || matches!(phrase, "bộ trưởng" | "thứ trưởng") {
        return None;
    }
    let stops = vocab::flag::ROLE_CUE
        | vocab::flag::NAME_STOP
        | vocab::flag::PERSON_CUE
        | vocab::flag::PLACE_WORD;
    // A field is a word or two of two syllables: a news verb's first
    // syllable ("tặng", "động" of "động viên") opens a verb only where a
    // word may start, not as the second syllable of "vận động".
    let verb = |m: usize| {
        (m - j).is_multiple_of(2) && news_verb(t.low(m))
            || title_verb_len(t, m).is_some()
            || super::roles::is_role_verb(t, m)
    };
    let field_word = |m: usize| {
        t.is_word(m)
            && !t.is_cap(m)
            && !names::not_in_organ(t.low(m))
            && !t.has(m, stops)
            && !verb(m)
            && head_len(t, m).is_none()
    };
    let n = (0..MAX_UNIT_FIELD)
        .take_while(|&n| field_word(j + n))
        .count();
    let k = j + n;
    let unit = t.is_cap(k)
        && t.is_word(k)
        && office_len(t, k).is_none()
        && (organ_len(t, k).is_some() || word_len(t, k, true).is_some())
        && !names::starts_name(t, k);
    (n > 0 && unit).then_some(n)
}

/// Where a title that runs on past "kiêm" at `j` ends, its office's head
/// ending at `start`: "Phó Chủ tịch Thường trực kiêm Tổng Thư ký …" and
/// "Chủ tịch Hội đồng quản trị kiêm Tổng Giám đốc Tổng công ty A" are posts
/// of the one body named last. `None` when no office follows, or when
/// the first post's body is closed by its level or place ("Phó Chánh Văn
/// phòng UBND tỉnh kiêm Trưởng Ban Tiếp công dân tỉnh"): the second is a
/// post of its own, which the chain reads.
fn one_post_held_besides(t: &Tokens, start: usize, j: usize) -> Option<usize> {
    let n = office_len(t, j + 1)?;
    let own_body =
        (start..j).any(|k| t.has(k, vocab::flag::PLACE_WORD) || place_len(t, k).is_some());
    (!own_body).then_some(j + 1 + n)
}

/// "Đảng ủy MTTQ, các đoàn thể Trung ương": a body named with a comma at
/// `j` and "các" before a plural organ word, after the office ending at
/// `office_end`.
fn plural_after_comma(t: &Tokens, office_end: usize, j: usize) -> bool {
    t.is_punct(j, ',')
        && j > office_end
        && t.low(j + 1) == "các"
        && word_len(t, j + 1, true).is_some_and(|n| n >= 2)
}

/// Whether the title goes on past a comma at `j`, after the office
/// ending at `office_end`: a plural body, or the body in charge of.
fn comma_goes_on(t: &Tokens, office_end: usize, j: usize) -> bool {
    plural_after_comma(t, office_end, j)
        || in_charge_after_comma(t, office_end, j)
        || post_after_team(t, office_end, j)
        || university_after_school(t, office_end, j)
}

/// Length of what a comma at `j` joins to the title whose office ended at
/// `office_end`: a field written short (`field_after_comma`), a plural or
/// governing body (`comma_goes_on`), a team's second duty (`duties_paired`).
fn comma_part_len(t: &Tokens, office_end: usize, j: usize) -> Option<usize> {
    field_after_comma(t, office_end, j)
        .or_else(|| comma_goes_on(t, office_end, j).then_some(1))
        .or_else(|| duties_paired(t, office_end, j))
}

/// What an inspecting team is sent to do; a team's name often pairs two
/// of them ("Đoàn kiểm tra, giám sát số 2").
const TEAM_DUTIES: &[&str] = &["kiểm tra", "giám sát", "khảo sát", "thanh tra", "phúc tra"];

/// Length of the second of two duties of a team (`TEAM_DUTIES`) after a
/// comma at `j`, with the team's number when one follows: "Trưởng đoàn
/// kiểm tra, giám sát số 01 gồm các xã …" names one team, after the office
/// ending at `office_end`; no post opens with a duty.
fn duties_paired(t: &Tokens, office_end: usize, j: usize) -> Option<usize> {
    let duty = |k: usize| t.phrase(k, 2).is_some_and(|p| TEAM_DUTIES.contains(&p));
    let paired =
        t.is_punct(j, ',') && j >= office_end + 2 && !t.is_cap(j + 1) && duty(j - 2) && duty(j + 1);
    if !paired {
        return None;
    }
    let number = t.low(j + 4);
    let numbered =
        t.low(j + 3) == "số" && !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit());
    Some(if numbered { 5 } else { 3 })
}

/// "Bí thư Đoàn Thanh niên Trường Đại học Y, Đại học Huế": a member
/// school of a national or regional university, then a comma and the
/// university it belongs to ("Đại học Quốc gia Hà Nội", "Đại học Thái
/// Nguyên"), which is part of the title.
fn university_after_school(t: &Tokens, office_end: usize, j: usize) -> bool {
    t.is_punct(j, ',')
        && j > office_end
        && t.raw(j + 1) == "Đại"
        && t.low(j + 2) == "học"
        && (t.phrase(j + 3, 2) == Some("quốc gia") || place_len(t, j + 3).is_some())
        && (office_end..j).any(|k| t.raw(k) == "Trường")
}

/// "Đội phó Đội Vận động quần chúng, Đồn Biên phòng A": a border post's
/// team or group named right after the office, then a comma and the post
/// it belongs to, which is part of the title.
fn post_after_team(t: &Tokens, office_end: usize, j: usize) -> bool {
    t.is_punct(j, ',')
        && j > office_end + 1
        && matches!(t.raw(office_end), "Đội" | "Tổ")
        && t.low(j + 1) == "đồn"
        && matches!(t.raw(j + 2), "Biên" | "BP" | "BPCK" | "BPCKQT" | "BPCKC")
}

/// "Phó Bí thư Thường trực Thị ủy, phụ trách Đảng bộ phường A": a comma
/// at `j`, after the office ending at `office_end`, then "phụ trách" and
/// the capitalised body someone is in charge of, or the field of work
/// written small, which belongs to the post (no name, which a list of
/// people would bring).
fn in_charge_after_comma(t: &Tokens, office_end: usize, j: usize) -> bool {
    let body = t.is_cap(j + 3)
        && t.is_word(j + 3)
        && office_len(t, j + 3).is_none()
        && !names::starts_name(t, j + 3);
    // "Ủy viên Ban Thường vụ Trung ương Hội, phụ trách công tác phía Nam":
    // a field in lower case is the post's remit all the same.
    let field = !t.is_cap(j + 3) && field_len(t, j + 3) > 0;
    t.is_punct(j, ',')
        && j > office_end
        && t.phrase(j + 1, 2) == Some("phụ trách")
        && (body || field)
}

/// Length of a field of the organ's remit written short after a comma,
/// its parts joined by "&" ("Hội đồng tư vấn Dân chủ, GS&PBXH"): a listed
/// abbreviation, then another comma or the end of the title. Counted from
/// the comma at `j`.
fn field_after_comma(t: &Tokens, office_end: usize, j: usize) -> Option<usize> {
    let field = t.raw(j + 1);
    let joined = t.is_punct(j, ',')
        && j > office_end
        && t.is_word(j - 1)
        && field.contains('&')
        && !t.is_word(j + 2)
        && vocab::expansion(&field.to_lowercase()).is_some();
    joined.then_some(2)
}

/// Most words of the kind and legal form of a firm ("trách nhiệm hữu
/// hạn", four words, spelt out where "TNHH" is not).
const MAX_FIRM_WORDS: usize = 4;

/// Length of more of a firm's own name at `j`, in a title whose organ
/// part opens at `start`: a capitalised word that is no office and opens no
/// family name, or "và" before one, after "Công ty", "Tập đoàn" or a legal
/// form ("Công ty TNHH Xây dựng và Thương mại Vina Star"), with only such
/// words (and their lower-case second syllables) between. A firm's name is
/// no person's.
fn firm_name_len(t: &Tokens, start: usize, j: usize) -> Option<usize> {
    let own = |k: usize| firm_own_word(t, k);
    // "Thương mại Sài Gòn": the lower-case second syllable of a
    // capitalised word, where the name goes on or the title ends.
    let second = j > 0
        && t.is_word(j)
        && !t.is_cap(j)
        && t.is_cap(j - 1)
        && t.is_word(j - 1)
        && !names::not_in_organ(t.low(j))
        && !super::roles::is_role_verb(t, j)
        && (t.is_word(j + 1) && t.is_cap(j + 1)
            || t.is_punct(j + 1, ',')
            || t.is_punct(j + 1, '.'));
    // A word of the title lists ("Đầu tư", "Xây dựng") is read whole
    // where it stands; only "và" is taken before one.
    let listed = t.has(j, vocab::flag::TITLE);
    let len = if own(j) && !listed || second || t.low(j) == "và" && own(j + 1) {
        1
    } else {
        // "Công ty Than Hà Lầm": a firm is named after the ward of its
        // mine or plant, after its trade; that ward's name may open like a
        // family name, and is still no person's.
        // Its name must have begun ("Than", "than"): right after
        // "Công ty" or "CP", a name is the director's.
        let firm_before = (1..=MAX_FIRM_WORDS.min(j.saturating_sub(start)))
            .any(|m| t.phrase(j - m, m).is_some_and(vocab::is_firm));
        let begun = j > start && t.is_word(j - 1) && !t.is_abbrev(j - 1) && !firm_before;
        unit_in_firm(t, j)
            .filter(|_| begun)
            .or_else(|| firm_pair(t, j))?
    };
    firm_name_begun(t, start, j).then_some(len)
}

/// Whether the capitalised word at `k` may be a firm's own: no office, no
/// family name opening, no cue of a person.
fn firm_own_word(t: &Tokens, k: usize) -> bool {
    t.is_word(k)
        && t.is_cap(k)
        && office_len(t, k).is_none()
        && !names::starts_name(t, k)
        && !t.has(k, vocab::flag::PERSON_CUE)
}

/// Whether the words before `j`, back to the organ part's opening at
/// `start`, are a firm's kind or legal form and only its own name after it.
fn firm_name_begun(t: &Tokens, start: usize, j: usize) -> bool {
    let mut k = j;
    while k > start {
        let firm = (1..=MAX_FIRM_WORDS.min(k - start))
            .any(|m| t.phrase(k - m, m).is_some_and(vocab::is_firm));
        if firm {
            return true;
        }
        // "Xây dựng", "Thương mại": the lower-case second syllable of a
        // capitalised word.
        let syllable = k >= 2 && t.is_word(k - 1) && t.is_cap(k - 2) && t.is_word(k - 2);
        if !(firm_own_word(t, k - 1) || syllable || t.low(k - 1) == "và") {
            return false;
        }
        k -= 1;
    }
    false
}

/// Most lower-case syllables that go on a capitalised word of a firm's
/// own name written in sentence case ("Thức ăn chăn nuôi").
const MAX_FIRM_LOWER_RUN: usize = 4;

/// Most capitalised words that close a firm's own name after them.
const MAX_FIRM_CLOSING_WORDS: usize = 4;

/// Length of the rest of a firm's own name written in sentence case, at
/// `j` right after a capitalised word of it, in a title at `i` set in
/// brackets after its holder's name: "bà A (Giám đốc Công ty TNHH Thức ăn
/// chăn nuôi Hải Hà)", or after a comma or a dash after it. Only there is
/// the end of the title sure: the lower-case syllables (no verb, no
/// linking word) go on the word before them, one to four capitalised
/// words end the name, and the bracket, a mark or "và" closes it at once.
/// Elsewhere, "Công ty A trao tặng Trường B" has the same shape.
fn firm_sentence_case_len(t: &Tokens, i: usize, start: usize, j: usize) -> Option<usize> {
    // After a comma or a dash that follows the holder's name ("bà A, Giám
    // đốc HTX Dịch vụ nông nghiệp Tân Tiến;"), a mark or "và" closing the
    // name makes it as sure as the bracket does.
    let bracket = i > 0 && t.is_punct(i - 1, '(');
    let set_after = i > 1 && (t.is_punct(i - 1, ',') || t.is_dash(i - 1)) && t.is_cap(i - 2);
    if !(bracket || set_after) {
        return None;
    }
    // Right after a capitalised word of the name, or after the lower-case
    // second syllable of one read with it ("Vận tải hành khách").
    let after_word = j > start
        && (firm_own_word(t, j - 1)
            || j > start + 1 && t.is_word(j - 1) && !t.is_cap(j - 1) && firm_own_word(t, j - 2));
    if !after_word || !firm_name_begun(t, start, j - 1) {
        return None;
    }
    let run = (j..=j + MAX_FIRM_LOWER_RUN)
        .take_while(|&k| lower_name_word(t, k))
        .count();
    if run == 0 || run > MAX_FIRM_LOWER_RUN {
        return None;
    }
    let k = j + run;
    let closing = (k..=k + MAX_FIRM_CLOSING_WORDS)
        .take_while(|&m| t.is_word(m) && t.is_cap(m) && office_len(t, m).is_none())
        .count();
    let end = k + closing;
    let closed = if bracket {
        t.is_punct(end, ')')
    } else {
        end >= t.len() || [',', ';', '.'].iter().any(|&c| t.is_punct(end, c)) || t.low(end) == "và"
    };
    ((1..=MAX_FIRM_CLOSING_WORDS).contains(&closing) && closed).then_some(run + closing)
}

/// Length of a firm's or a practice's own name at `j`, in a title at `i`
/// whose organ part opens at `start`.
fn firm_len(t: &Tokens, i: usize, start: usize, j: usize) -> Option<usize> {
    eponymous_name_len(t, i, start, j)
        .or_else(|| firm_name_len(t, start, j))
        .or_else(|| firm_trade_len(t, start, j))
        .or_else(|| firm_sentence_case_len(t, i, start, j))
}

/// Most words of a practice's kind (`vocab::is_eponymous_body`).
const MAX_EPONYMOUS_KIND_WORDS: usize = 4;

/// Length of the rest of a practice's kind at `j` and the person's name it
/// bears after it, in a title at `i` whose organ part opens at `start`:
/// "công chứng Trần Văn B" after "Văn phòng" ("ông Lê Văn A, công chứng
/// viên Văn phòng công chứng Trần Văn B, …"). The kind opens in the title
/// before `j`; the name is two to four capitalised words. Only a title set
/// after its holder's name, between commas or in brackets ("bà C (công
/// chứng viên Văn phòng công chứng Trần Văn B)"), with a mark or "và"
/// closing the name, is sure to hold it: "Trưởng Văn phòng công chứng
/// Trần Văn B phát biểu" names the head himself.
fn eponymous_name_len(t: &Tokens, i: usize, start: usize, j: usize) -> Option<usize> {
    if i == 0 || !(t.is_punct(i - 1, ',') || t.is_punct(i - 1, '(')) {
        return None;
    }
    let rest = (0..MAX_EPONYMOUS_KIND_WORDS).find(|&r| {
        (1..=MAX_EPONYMOUS_KIND_WORDS - r)
            .filter(|&b| j >= start + b)
            .any(|b| {
                (j..j + r).all(|k| t.is_word(k) && !t.is_cap(k))
                    && t.phrase(j - b, b + r).is_some_and(vocab::is_eponymous_body)
            })
    })?;
    let name = (j + rest..j + rest + 4)
        .take_while(|&k| t.is_word(k) && t.is_cap(k) && office_len(t, k).is_none())
        .count();
    let end = j + rest + name;
    let closed = end >= t.len()
        || [',', ';', '.', ')'].iter().any(|&c| t.is_punct(end, c))
        || t.low(end) == "và";
    ((2..=4).contains(&name) && closed).then_some(rest + name)
}

/// Length of the last two words of a firm's own name at `j`, when they
/// open like a family name and the firm's name ends after them: "Công ty
/// Minh Hoàng Phát,", "Công ty TNHH Hoàng Long;", "Công ty cổ phần Vạn
/// Lợi và ông B", "Công ty TNHH Đỗ Gia trao quà", "Giám đốc Công ty Lâm
/// Gia Trần Văn C" (the director named in full after the firm). One
/// holding a post in a firm is named in full, with three syllables or
/// more, so two capitalised words before a mark, "và", a word in lower
/// case or a full name are the firm's.
fn firm_pair(t: &Tokens, j: usize) -> Option<usize> {
    if !(names::starts_name(t, j) && t.is_cap(j + 1) && t.is_word(j + 1)) {
        return None;
    }
    let e = j + 2;
    let closed = e >= t.len()
        || [',', ';', '.', ')'].iter().any(|&c| t.is_punct(e, c))
        || (t.is_word(e) && !t.is_cap(e))
        || holder_named_at(t, e);
    closed.then_some(2)
}

/// Whether a holder's full name opens at `e`: a family name and two or
/// three more capitalised syllables, then no more capitals.
fn holder_named_at(t: &Tokens, e: usize) -> bool {
    if !names::starts_name(t, e) {
        return false;
    }
    let run = (e..e + 5)
        .take_while(|&k| t.is_word(k) && t.is_cap(k))
        .count();
    (3..=4).contains(&run) && names::name_end(t, e, true) == Some(e + run)
}

/// Length of a district's or commune's name of two or three capitalised
/// words at `j` that opens like a family name ("Hà Lầm", "Hà Tu"). Read
/// only inside a firm's name, so a place's list is searched rarely.
fn unit_in_firm(t: &Tokens, j: usize) -> Option<usize> {
    if !names::starts_name(t, j) {
        return None;
    }
    (2..=3).rev().find(|&n| {
        (j..j + n).all(|m| t.is_word(m) && t.is_cap(m))
            && t.phrase(j, n).is_some_and(crate::units::is_unit_name)
    })
}

/// Most lower-case words of a firm's trade before its own name.
const MAX_TRADE_WORDS: usize = 8;

/// Whether token `k` is a lower-case word that may go on a firm's own
/// name ("Vận tải hành khách"): no verb of a role, no word that never
/// stands in an organ's name.
fn lower_name_word(t: &Tokens, k: usize) -> bool {
    t.is_word(k)
        && !t.is_cap(k)
        && !names::not_in_organ(t.low(k))
        && !super::roles::is_role_verb(t, k)
}

/// Length of a firm's trade in lower case and its own name after it, at
/// `j` right after its kind or legal form: "Công ty TNHH đầu tư xây dựng
/// Hòa Khánh", "Công ty cổ phần thương mại dịch vụ Sao Mai". The trade is
/// no verb or linking word, and the own name is one to three capitalised
/// words with no capital after them (a person named next would make it
/// longer, and is left to be read as one).
fn firm_trade_len(t: &Tokens, start: usize, j: usize) -> Option<usize> {
    let after_firm = (1..=MAX_FIRM_WORDS.min(j.saturating_sub(start)))
        .any(|m| t.phrase(j - m, m).is_some_and(vocab::is_firm));
    if !after_firm {
        return None;
    }
    let trade = (j..j + MAX_TRADE_WORDS)
        .take_while(|&k| lower_name_word(t, k))
        .count();
    let k = j + trade;
    let own = (k..k + 4)
        .take_while(|&m| t.is_word(m) && t.is_cap(m) && office_len(t, m).is_none())
        .count();
    let end = k + own;
    (trade > 0 && (1..=3).contains(&own) && !(t.is_word(end) && t.is_cap(end))).then_some(end - j)
}

/// Length of "nay là" at `j` and the organ's present name after it:
/// "nguyên Thứ trưởng Bộ Nội vụ nay là Bộ
/// Công an" (the name the organ bears now belongs to the post held then).
/// "… nay là Phó Chủ tịch …" is a post held now, which chains instead.
fn renamed_organ(t: &Tokens, j: usize) -> Option<usize> {
    if t.low(j) != "nay" || t.low(j + 1) != "là" || head_len(t, j + 2).is_some() {
        return None;
    }
    // Capitalised organ words and names: "Bộ Công an", "Sở Y tế".
    let mut m = j + 2;
    while t.is_cap(m) {
        match organ_len(t, m).or_else(|| word_len(t, m, true)) {
            Some(n) => m += n,
            None => break,
        }
    }
    (m > j + 2).then_some(m - j)
}

/// Whether "đại diện cho" (on behalf of) is at `j`.
fn on_behalf(t: &Tokens, j: usize) -> bool {
    t.phrase(j, 2) == Some("đại diện") && !t.is_cap(j) && t.low(j + 2) == "cho"
}

/// Length of what a committee at `j` is for, or what a gathering or a
/// committee named in the title from `i` is about; or of the trade of a
/// body's members.
fn purpose_or_topic(t: &Tokens, i: usize, head: usize, j: usize) -> Option<usize> {
    // "Hội đồng giáo sư ngành Luật học": a body's members and the field
    // it serves, before any other reading of lower-case words.
    trade_body(t, j)
        .filter(|_| !t.is_cap(j))
        .or_else(|| purpose_len(t, j))
        .or_else(|| topic_len(t, i + head, j))
        .or_else(|| committee_topic_len(t, i, j))
}

/// Length of a body's own name at `j` that the lists' words would cut:
/// written in lower case with "và" ("Trung tâm sức khỏe lao động và môi
/// trường TP.HCM"), or the quoted name of a fund or a movement ("quỹ “Vì
/// người nghèo”").
fn own_name(t: &Tokens, j: usize) -> Option<usize> {
    lower_name_len(t, j)
        .or_else(|| contest_name_len(t, j))
        .or_else(|| quoted_name(t, j))
        .or_else(|| youth_union_len(t, j))
}

/// Length of a Youth Union's name at `j`: "Đoàn" and one or two
/// capitalised words before a level word, a place or a small organ word
/// ("Bí thư Đoàn Khối cơ quan tỉnh", "Phó Bí thư Đoàn Than Quảng Ninh").
/// "Đoàn" also opens family names, but no unit follows a holder's name.
fn youth_union_len(t: &Tokens, j: usize) -> Option<usize> {
    // Cheap test first: asked at every word of a title.
    if !t.is_cap(j) || t.low(j) != "đoàn" || !t.is_cap(j + 1) {
        return None;
    }
    // "Đoàn Văn A", "Đoàn Thị B": a middle name makes a person's name.
    if matches!(t.low(j + 1), "văn" | "thị") {
        return None;
    }
    // An organ's noun in lower case ("cơ quan", "các doanh nghiệp"), not
    // a verb the holder says or does ("phát biểu").
    let organ = |k: usize| {
        !t.is_cap(k) && (1..=2).any(|m| t.phrase(k, m).is_some_and(vocab::is_title_word))
    };
    (1..=2).find_map(|n| {
        let k = j + 1 + n;
        let unit = crate::parse::organs::unit_word(t, k)
            || place_len(t, k).is_some()
            || organ(k)
            || t.low(k) == "các" && organ(k + 1);
        ((j + 1..k).all(|m| t.is_word(m) && t.is_cap(m)) && unit).then_some(n + 1)
    })
}

/// Length of "và các" and a plural organ word at `j` inside the name of a
/// room or a board, when a comma and the body above follow: "Phó Trưởng
/// Phòng Đoàn thể và các Hội, Ban Tuyên giáo và Dân vận Thành ủy" (the
/// room for mass organisations and the associations). Elsewhere "và các
/// Sở" joins other bodies to the title's.
fn plural_in_room(t: &Tokens, i: usize, head: usize, j: usize) -> Option<usize> {
    if t.low(j) != "và" || t.low(j + 1) != "các" || j <= i + head + 1 {
        return None;
    }
    // "Trưởng Ban Quản lý Khu kinh tế A và các Khu công nghiệp tỉnh": the
    // zones a board manages, the second kind named with the word that
    // opened the first; the main loop reads that kind's name.
    let kind = t.low(j + 2);
    let manages = (i..j).any(|k| t.phrase(k, 2) == Some("quản lý"));
    let repeated = manages
        && t.is_cap(j + 2)
        && t.has(j + 2, vocab::flag::TITLE)
        && (i + head + 1..j).any(|k| t.is_cap(k) && t.low(k) == kind);
    if repeated {
        return Some(2);
    }
    let room = matches!(t.raw(i + head), "Phòng" | "Ban")
        || t.phrase(i, head).is_some_and(|h| h.ends_with("phòng"));
    let plural = t.is_cap(j + 2)
        && t.has(j + 2, vocab::flag::TITLE)
        && office_len(t, j + 2).is_none()
        && !t.is_word(j + 3);
    let above = t.is_punct(j + 3, ',')
        && t.is_cap(j + 4)
        && t.has(j + 4, vocab::flag::TITLE)
        && office_len(t, j + 4).is_none()
        && !names::starts_name(t, j + 4);
    (room
        && plural
        && above
        && (i + head..j)
            .all(|k| t.is_cap(k) || t.phrase(k, 1).is_some_and(|w| !names::not_in_organ(w))))
    .then_some(3)
}

/// Length of "(dự khuyết)" or "(DK)" at `j`: an alternate member.
fn alternate(t: &Tokens, j: usize) -> Option<usize> {
    if !t.is_punct(j, '(') {
        return None;
    }
    if t.phrase(j + 1, 2) == Some("dự khuyết") && t.is_punct(j + 3, ')') {
        return Some(4);
    }
    (t.raw(j + 1) == "DK" && t.is_punct(j + 2, ')')).then_some(3)
}

/// Length of the lower-case words of an organ's name at `j`, in a title
/// whose organ part starts at `start`: none after a whole place, whose
/// holder's doings follow ("Trưởng Công an thị xã Long Mỹ tuyên thệ").
/// Nor the tail of a compound name: "Chủ tịch UBND tỉnh An Giang nhận
/// định" ends at the province, whose first word also opens an organ.
fn lower_tail(t: &Tokens, start: usize, j: usize) -> Option<usize> {
    if after_place(t, start, j) {
        return None;
    }
    // "tổ Tư vấn kinh tế": a body's word written small before its name.
    lower_run(t, j)
        .or_else(|| own_department(t, start, j))
        .or_else(|| compound_tail(t, j))
        .or_else(|| small_body_len(t, j))
        .or_else(|| room_name(t, start, j))
}

/// Most lower-case words of a room's or a board's name.
const MAX_ROOM_NAME: usize = 6;

/// Length of the name of a room or a board written all in lower case
/// after its word, at `j` in a title whose office ends at `start` (the
/// room's word may close the office): "nguyên trưởng phòng kế
/// hoạch chiến lược Công ty A", "trưởng ban kiểm soát)". Such a name is
/// read only where something closes it: the capitalised body it belongs
/// to, the body above after "thuộc", a unit and its name, or a closing
/// bracket; no verb, linking word or role cue stands inside it.
fn room_name(t: &Tokens, start: usize, j: usize) -> Option<usize> {
    // "Phó Cục trưởng Cục quản lý thị trường thuộc Bộ …", "Phó Giám
    // đốc trung tâm nghiên cứu khoa học Dân vận, Ban …": a
    // department, a centre or a committee named in lower case after its
    // word, in either case.
    // "Vụ trưởng vụ …": a department, after its head's office only
    // (`own_department`).
    let body = |k: usize| {
        matches!(t.low(k), "cục" | "viện")
            || k > 0 && matches!(t.phrase(k - 1, 2), Some("trung tâm" | "ủy ban" | "uỷ ban"))
            || k > 1 && t.raw(k) == "vụ" && t.phrase(k - 2, 2) == Some("vụ trưởng")
    };
    let room = |k: usize| matches!(t.low(k), "phòng" | "ban") && !t.is_cap(k) || body(k);
    let lower = |k: usize| {
        t.is_word(k)
            && !t.is_cap(k)
            && !names::not_in_organ(t.low(k))
            && !t.has(k, vocab::flag::ROLE_CUE)
            && !super::roles::is_role_verb(t, k)
    };
    // Cheap tests first: the word before is the room's or one of its name's.
    if j == 0 || !lower(j) || !(room(j - 1) || lower(j - 1)) {
        return None;
    }
    // The room's word, at most a few lower-case words back, inside the title.
    let from = start.saturating_sub(1).max(j.saturating_sub(MAX_ROOM_NAME));
    let word = (from..j)
        .rev()
        .take_while(|&k| room(k) || lower(k))
        .find(|&k| room(k))?;
    let m = (j..j + MAX_ROOM_NAME).find(|&k| !lower(k))?;
    if m - word > MAX_ROOM_NAME {
        return None;
    }
    // ", Ban Tuyên giáo Trung ương": a comma before the body it belongs to
    // closes it too.
    let closed = aside::body_at(t, m)
        || t.is_punct(m, ')')
        || aside::parent_body(t, m).is_some()
        || t.is_punct(m, ',') && aside::body_at(t, m + 1);
    closed.then_some(m - j)
}

/// Length of a ministry's or a board's department named in lower case
/// right after its head's office, at `j` where the office ended: "Vụ
/// trưởng vụ khoa học công nghệ, Ban Tuyên giáo Trung ương". Elsewhere
/// "vụ" is a case or a season ("vụ án", "vụ mùa").
fn own_department(t: &Tokens, start: usize, j: usize) -> Option<usize> {
    if j != start || j < 2 || t.raw(j) != "vụ" || t.phrase(j - 2, 2) != Some("vụ trưởng") {
        return None;
    }
    room_name(t, start, j + 1).map(|n| n + 1)
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

/// Length of "hợp đồng" or "tại" at `j` right after a staff member's
/// office (`head` long from `i`: "cán bộ", "nhân viên", "công chức"),
/// when "tại" comes before a capitalised body they work at.
fn staff_at(t: &Tokens, i: usize, head: usize, j: usize) -> Option<usize> {
    let staff = matches!(
        t.phrase(i, head),
        Some("cán bộ" | "nhân viên" | "công chức" | "viên chức")
    );
    if !staff {
        return None;
    }
    let contract = j == i + head && t.phrase(j, 2) == Some("hợp đồng");
    let at = |k: usize| t.low(k) == "tại" && t.is_cap(k + 1) && t.is_word(k + 1);
    if contract && at(j + 2) {
        Some(2)
    } else if at(j)
        && (j == i + head || j == i + head + 2 && t.phrase(j - 2, 2) == Some("hợp đồng"))
    {
        Some(1)
    } else {
        None
    }
}

/// Whether the body named from `k` to `j` is a representative office
/// ("Cơ quan đại diện", "Văn phòng đại diện") that ends at `j`.
fn represents(t: &Tokens, k: usize, j: usize) -> bool {
    j >= k + 4
        && matches!(t.phrase(j - 4, 2), Some("cơ quan" | "văn phòng"))
        && t.phrase(j - 2, 2) == Some("đại diện")
}

/// Most words of a paper's name after "báo" or "tạp chí".
const MAX_PAPER_NAME: usize = 6;

/// Length of a paper's name at `k`, after an editor's "báo" or "tạp
/// chí": capitalised words and the lower-case syllables that follow them
/// ("Nông thôn Ngày nay", "Văn nghệ Quân đội"), up to the name of its
/// editor ("… Ngày nay Lê Văn A"). Zero when the paper's name does not
/// open with a lower-case syllable, which the title reads as it goes.
fn paper_name_len(t: &Tokens, k: usize) -> usize {
    let mut m = k;
    while m < k + MAX_PAPER_NAME && t.is_word(m) {
        if t.is_cap(m) {
            if m > k && names::starts_name(t, m) {
                break;
            }
        } else if !(t.is_cap(m - 1) && t.is_word(m - 1))
            || names::not_in_organ(t.low(m)) && !(t.is_word(m + 1) && t.is_cap(m + 1))
        {
            // "Nông thôn Ngày nay": a syllable that is also a verb or a
            // time word only where more of the name or the editor follows
            // ("… Thanh Niên dự." ends at the paper).
            break;
        }
        m += 1;
    }
    // Lower-case syllables only in a name the editor's name or a mark
    // closes: "báo Nhân Dân nay đã …" is no paper "Nhân Dân nay".
    let syllable = (k..m).any(|x| !t.is_cap(x));
    let closed = !t.is_word(m) || names::starts_name(t, m);
    if syllable && closed {
        m - k
    } else {
        0
    }
}

/// Length of a kind of document at `j` ("đề án", "nghị quyết"), with
/// "dự thảo" before it, or "và" before another one, when a drafting
/// verb stands right before ("xây dựng", "soạn thảo", "dự thảo"): the
/// task a drafting group is named for ("Tổ xây dựng Đề án và dự thảo
/// Nghị quyết", "Ban soạn thảo Quy chế").
fn drafted_document(t: &Tokens, j: usize) -> Option<usize> {
    let kind_len = |k: usize| {
        (1..=3).find(|&n| {
            t.phrase(k, n)
                .is_some_and(crate::parse::lexicon::is_document_kind)
        })
    };
    // "Tổ xây dựng", "Ban soạn thảo": the group's word, then its verb
    // ending at `k`; a verb after an office is what its holder does.
    let group_verb = |k: usize| {
        k >= 3
            && matches!(t.low(k - 3), "tổ" | "ban" | "nhóm")
            && matches!(
                t.phrase(k - 2, 2),
                Some("xây dựng" | "soạn thảo" | "biên tập")
            )
    };
    // "dự thảo" ending at `k`, after the group's verb or after "và".
    let draft_before = |k: usize| {
        k >= 3
            && t.phrase(k - 2, 2) == Some("dự thảo")
            && (t.low(k - 3) == "và" || group_verb(k - 2))
    };
    let draft = |k: usize| t.phrase(k, 2) == Some("dự thảo") && kind_len(k + 2).is_some();
    if group_verb(j) || draft_before(j) {
        if let Some(n) = kind_len(j) {
            return Some(n);
        }
    }
    if group_verb(j + 2) && (kind_len(j + 2).is_some() || draft(j + 2)) {
        return Some(2);
    }
    if draft(j) && (group_verb(j) || j >= 1 && t.low(j - 1) == "và") {
        return Some(2);
    }
    // "và" between two documents the group drafts.
    let after_document = (1..=3.min(j)).any(|n| {
        t.phrase(j - n, n)
            .is_some_and(crate::parse::lexicon::is_document_kind)
            && (group_verb(j - n) || draft_before(j - n))
    });
    (after_document && t.low(j) == "và" && (draft(j + 1) || kind_len(j + 1).is_some())).then_some(1)
}

/// A qualifier of the office at `j` (the title started at `i`, its head
/// is `head` long): a term, the office an aide serves, "Thường trực".
fn qualifier(t: &Tokens, i: usize, head: usize, j: usize) -> Step {
    // "Phó Bí thư Tỉnh ủy Báo cáo kết quả …": "Báo cáo" (to report, a
    // report) is no newspaper's name, whatever its capital; only a
    // committee's purpose names one ("… góp ý dự thảo Báo cáo chính trị").
    if t.phrase(j, 2) == Some("báo cáo") && !matches!(t.low(j - 1), "thảo" | "ý") {
        return Step::Stop;
    }
    // "cán bộ hợp đồng tại Ban Quản lý dự án huyện", "nhân viên tại Công
    // ty A": a staff member's body after "tại", maybe their contract first.
    if let Some(n) = staff_at(t, i, head, j) {
        return Step::Take(n);
    }
    // "Tổ trưởng Tổ xây dựng Đề án và dự thảo Nghị quyết": a drafting
    // group is named for the documents it drafts.
    if j >= i + head {
        if let Some(n) = drafted_document(t, j) {
            return Step::Take(n);
        }
    }
    // "Trưởng Ban Chỉ đạo bầu cử đại biểu Quốc hội khóa XVI và đại biểu
    // Hội đồng nhân dân các cấp": one election of both assemblies, held
    // on one day, names the committee.
    if j > i + head && (i..j).any(|k| t.phrase(k, 2) == Some("bầu cử")) {
        if t.low(j) == "và" && t.phrase(j + 1, 2) == Some("đại biểu") {
            return Step::Take(3);
        }
        if t.phrase(j, 2) == Some("các cấp") {
            return Step::Take(2);
        }
    }
    // "Trưởng Ban bầu cử đơn vị số 2", "Tổ trưởng Tổ đại biểu HĐND tỉnh
    // đơn vị bầu cử số 6": the constituency an election board or a group
    // of deputies serves, by its number.
    if let Some(n) = constituency_len(t, j).filter(|_| {
        j > i + head && (i..j).any(|k| matches!(t.phrase(k, 2), Some("bầu cử" | "đại biểu")))
    }) {
        return Step::Take(n);
    }
    // "Đại sứ bậc một", "Đại sứ bậc hai": the grade of an ambassador's rank.
    let grade = matches!(t.phrase(j, 2), Some("bậc một" | "bậc hai"));
    if j == i + head && grade && t.phrase(i, head) == Some("đại sứ") {
        return Step::Take(2);
    }
    // "… nhiệm kỳ 2022-2027", "… giai đoạn 2015 - 2020": the term with its
    // years; without them "nhiệm kỳ" opens what follows, not the title.
    let two = t.phrase(j, 2);
    if two == Some("nhiệm kỳ") || two == Some("giai đoạn") {
        return term_years(t, j + 2).map_or(Step::Stop, |n| Step::Take(2 + n));
    }
    // "Trợ lý nguyên Thủ tướng A": the aide of one who held an office
    // before; the former office is A's, and the aide's post ends at it.
    if j == i + head && aide(t, i, head) && matches!(t.low(j), "nguyên" | "cựu") {
        return Step::Stop;
    }
    // "Trợ lý Tổng Thư ký", "Thư ký Chủ tịch nước": an aide's post names
    // the office it serves.
    if j == i + head && aide(t, i, head) {
        if let Some(n) = office_len(t, j) {
            return Step::Take(n);
        }
    }
    // "Tổng Biên tập báo Nông thôn Ngày nay": an editor's paper, written
    // in lower case before its capitalised name; so is a staff editor's
    // ("Biên tập viên đài Tiếng nói Việt Nam") and the paper whose office
    // a representative runs ("Trưởng Văn phòng đại diện báo Lao Động tại
    // Cần Thơ").
    let editor = j == i + head
        && t.phrase(i, head)
            .is_some_and(|h| h.ends_with("biên tập") || h.ends_with("biên tập viên"));
    if editor || j > i + head && represents(t, i + head, j) {
        let paper = match t.low(j) {
            "báo" | "đài" => 1,
            "tạp" if t.low(j + 1) == "chí" => 2,
            _ => 0,
        };
        if paper > 0 && !t.is_cap(j) && t.is_cap(j + paper) {
            return Step::Take(paper + paper_name_len(t, j + paper));
        }
    }
    // "Bí thư Huyện ủy Chủ tịch HĐND huyện": a second post.
    if j > i + head && run_on(t, j) || member_run_on(t, j) {
        return Step::Stop;
    }
    // "… tỉnh Long An TT. Thích Quảng Tâm": a rank written short with a
    // full stop against it ("TT." Thượng tọa) is the next person's.
    if dotted_rank(t, j) || bare_rank(t, j) {
        return Step::Stop;
    }
    // "Phó Bí thư TT Tỉnh ủy", "Phó Chủ tịch Thường trực": a qualifier of
    // the office, though "Thường trực" alone is an office too.
    if t.raw(j) == "TT" {
        return Step::Take(1);
    }
    // "Thượng tọa A, Trụ trì chùa tiếp nhận": the abbot of the pagoda the
    // report is at, named before.
    if t.low(j) == "chùa" && j >= 2 && t.phrase(j - 2, 2) == Some("trụ trì") {
        return Step::Take(1);
    }
    // "Phó Chủ tịch hội Phụ nữ xã": an association written with a small
    // letter before its capitalised name, which no list may hold; so is a
    // delegation ("Phó Trưởng đoàn chuyên trách đoàn ĐBQH tỉnh").
    let small_body = matches!(t.low(j), "hội" | "đoàn")
        && !t.is_cap(j)
        && t.is_cap(j + 1)
        && office_len(t, j + 1).is_none()
        && !names::starts_name(t, j + 1);
    // The delegation of deputies, whose short name is their office's.
    let deputies = t.raw(j) == "đoàn" && t.raw(j + 1) == "ĐBQH";
    if small_body || deputies {
        return Step::Take(if deputies { 2 } else { 1 });
    }
    // "Trưởng ban chính sách xã hội": "xã" before "hội" is no commune.
    if two == Some("thường trực") || two == Some("xã hội") && j > i + head {
        return Step::Take(2);
    }
    // "Phó Chủ tịch HĐND tỉnh chuyên trách", "Phó Chủ tịch UBND xã phụ
    // trách văn hóa - xã hội": the kind of post, or the field in charge,
    // after the organ is the post's too.
    if j > i + head && two == Some("chuyên trách") {
        return Step::Take(2);
    }
    if j > i + head && two == Some("phụ trách") {
        return Step::Take(2 + field_len(t, j + 2));
    }
    Step::Pass
}

/// Length of a constituency named by its number at `j`: "đơn vị số 2",
/// "đơn vị bầu cử số 6".
fn constituency_len(t: &Tokens, j: usize) -> Option<usize> {
    if t.phrase(j, 2) != Some("đơn vị") {
        return None;
    }
    let elected = usize::from(t.phrase(j + 2, 2) == Some("bầu cử"));
    let k = j + 2 + 2 * elected;
    let numbered = t.low(k) == "số" && t.raw(k + 1).bytes().all(|b| b.is_ascii_digit());
    (numbered && !t.raw(k + 1).is_empty()).then_some(k + 2 - j)
}

/// Most words of the field someone is in charge of ("văn hóa - xã hội").
const MAX_FIELD: usize = 8;

/// Length of a field written in lower case at `k` after "phụ trách":
/// words no verb or role cue, joined by dashes ("văn hóa - xã hội",
/// "khối kinh tế"); none before a capital (an organ follows instead).
fn field_len(t: &Tokens, k: usize) -> usize {
    let field_word = |m: usize| {
        t.is_word(m)
            && !t.is_cap(m)
            && !t.has(m, vocab::flag::ROLE_CUE)
            && !matches!(
                t.low(m),
                "và" | "của"
                    | "với"
                    | "tại"
                    | "ở"
                    | "đã"
                    | "được"
                    | "là"
                    | "làm"
                    | "trao"
                    | "thăm"
                    | "đang"
                    | "sẽ"
                    | "trong"
                    | "tặng"
                    | "kiểm"
                    | "đi"
                    | "nêu"
            )
    };
    let sector = |m: usize| {
        !t.is_cap(m) && (1..=2).any(|w| t.phrase(m, w).is_some_and(vocab::is_title_word))
    };
    let mut n = 0;
    while n < MAX_FIELD {
        if field_word(k + n) {
            n += 1;
        } else if n > 0 && t.is_dash(k + n) && field_word(k + n + 1) {
            n += 2;
        } else if n > 0 && t.low(k + n) == "và" && sector(k + n + 1) {
            // "phụ trách an ninh và chính sách đối ngoại": two fields.
            n += 2;
        } else if n > 0 && compass(t, k + n) {
            // "phụ trách công tác phía Nam": a region named by its
            // quarter, capitalised, closes the field.
            n += 1;
            break;
        } else {
            break;
        }
    }
    n
}

/// Whether `k` holds a quarter of the country written with a capital
/// after "phía" or "miền" ("phía Nam", "miền Trung"): a region's name.
fn compass(t: &Tokens, k: usize) -> bool {
    k > 0
        && matches!(t.low(k - 1), "phía" | "miền")
        && matches!(t.raw(k), "Bắc" | "Nam" | "Trung" | "Đông" | "Tây")
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
/// ký") or the head of an office's staff ("Chánh Văn phòng Chủ tịch
/// nước"), whose post goes on with the office served.
fn aide(t: &Tokens, i: usize, head: usize) -> bool {
    head == 2 && matches!(t.phrase(i, 2), Some("trợ lý" | "thư ký"))
        || head >= 3 && t.phrase(i + head - 2, 2) == Some("văn phòng")
}

/// Whether the title at `i`, its head `head` words, is an aide's post
/// ("Trợ lý", "Thư ký") whose office is held by the one named after it,
/// not by the aide: the post is given by a verb to someone named before
/// ("bổ nhiệm ông A giữ chức vụ Trợ lý Thủ tướng B", "bà C làm Thư ký
/// Chủ tịch nước D"), or the office served is a former one ("Trợ lý
/// nguyên Phó Thủ tướng E"). B, D and E hold the offices; the aide's
/// post is A's and C's.
pub fn aide_of_next(t: &Tokens, i: usize, head: usize) -> bool {
    if head != 2 || !matches!(t.phrase(i, 2), Some("trợ lý" | "thư ký")) {
        return false;
    }
    if matches!(t.low(i + 2), "nguyên" | "cựu") {
        return true;
    }
    let given_to = |n: usize| {
        i >= n
            && matches!(
                t.phrase(i - n, n),
                Some("giữ chức" | "giữ chức vụ" | "giữ chức danh")
            )
    };
    // "làm" gives the post only right after the appointee's name, the
    // comma closing the posts held, or the appointing verb ("bổ nhiệm bà
    // C làm …", "ông F, Trợ lý nguyên Chủ tịch nước, làm …", "được cử
    // làm …").
    let made = i >= 2
        && t.low(i - 1) == "làm"
        && (t.is_cap(i - 2) && t.is_word(i - 2)
            || t.is_punct(i - 2, ',')
            || matches!(t.low(i - 2), "nhiệm" | "cử"));
    (1..=3).any(given_to) || made
}

/// Whether the aide's post at `i` (its head `head` words, the title
/// ending at `e`) serves the one named next (see `aide_of_next`): the
/// office served is a former one, or the offices run on to a name.
pub fn aide_serves_next(t: &Tokens, i: usize, head: usize, e: usize) -> bool {
    aide_of_next(t, i, head)
        && (matches!(t.low(i + head), "nguyên" | "cựu")
            || name_follows(t, chain(t, e, None, Side::Before)))
}

/// Where the office of a title whose head of `head` tokens starts at `i`
/// ends: past a second office after a dash, the rest of an organ phrase
/// its last word opens, and a qualifier ("chuyên trách", "danh dự").
fn office_end(t: &Tokens, i: usize, head: usize, stop_at_name: bool) -> usize {
    let mut j = i + head;
    // "Bộ trưởng - Chủ nhiệm Ủy ban Dân tộc": two offices of one post; an
    // office complete in itself ("Thành ủy viên", "TUV") is a title of its own.
    // A Party secretary's office named with no committee ("Phó Bí thư -
    // Chủ tịch UBND huyện") is a post in the Party, the office after the
    // dash one in the state: two titles, as with a comma between.
    let complete = t.phrase(i, head).is_some_and(|h| {
        h.ends_with("ủy viên") && !h.starts_with("ủy")
            || matches!(h, "bí thư" | "phó bí thư" | "phó bí thư thường trực")
    }) || abbreviated_head(t, j - 1);
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
    // "Phó Trưởng phòng phụ trách phòng Văn hóa và Thông tin": the room
    // written small before its name.
    let room = matches!(t.low(j + 2), "phòng" | "ban") && t.is_cap(j + 3);
    let in_charge = t.phrase(j, 2) == Some("phụ trách") && (t.is_cap(j + 2) || room);
    if in_charge || matches!(t.phrase(j, 2), Some("chuyên trách" | "danh dự")) {
        j += 2;
    } else if t.phrase(j, 3) == Some("không chuyên trách") {
        // "Phó chủ tịch không chuyên trách Ủy ban MTTQ Việt Nam tỉnh": a
        // part-time post of the front, as the two-level reform set them.
        j += 3;
    } else if t.phrase(j, 2) == Some("phụ trách") {
        // "Đại diện cao cấp phụ trách an ninh và chính sách đối ngoại Liên
        // minh châu Âu": the fields in charge, then the body they serve.
        let n = field_len(t, j + 2);
        let body = t.is_cap(j + 2 + n) && t.is_word(j + 2 + n) && !names::starts_name(t, j + 2 + n);
        if n > 0 && body {
            j += 2 + n;
        }
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

/// Builds the displayed title: canonical capitals for a lower-case head,
/// "TT" spelled out as "Thường trực", and without the bracketed initials
/// a writer puts after the words they stand for ("đại biểu Quốc hội
/// (ĐBQH) tỉnh" is "đại biểu Quốc hội tỉnh"): they say nothing the title
/// does not, and cut it in two for whoever reads or searches it.
fn show_title(t: &Tokens, i: usize, head: usize, end: usize) -> String {
    // "Đức Pháp chủ Hội đồng Chứng minh": the honorific is the holder's, the
    // post is "Pháp chủ Hội đồng Chứng minh".
    if head > 1 && head::reverend_office(t, i) == Some(head - 1) {
        return show_title(t, i + 1, head - 1, end);
    }
    // Room for the written span and a head spelled out.
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
        // A title is shown as written: "Phó Bí thư TT Huyện ủy" keeps its
        // "TT" (the full stop of "Phó Chủ tịch TT. UBND" only closed it),
        // and "Ủy ban Mặt trận Tổ quốc (MTTQ) tỉnh" its abbreviation in
        // brackets; post keys spell the one out and drop the other.
        if t.raw(k) == "TT" && k == i + head {
            out.push_str("TT");
            if t.is_punct(k + 1, '.') && k + 1 < end {
                k += 1;
            }
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

/// Length of "của" and the unit a delegation or a steering committee
/// stands for, at `j` after a title from `i` that names one: "Trưởng đoàn
/// đại biểu Quốc hội khóa XIII của tỉnh Bình Định", "Trưởng Ban Chỉ đạo
/// bầu cử của tỉnh". A unit word and, maybe, its name. A deputy's
/// delegation is written "Đoàn" and its unit's name: "Đại biểu Quốc hội
/// khóa XV Đoàn Hải Dương", "ĐBQH Đoàn TP Cần Thơ" (not a name that opens
/// with the surname Đoàn).
fn represented_unit(t: &Tokens, i: usize, j: usize) -> Option<usize> {
    // Cheap tests first: this is asked at every word of every title.
    if t.low(j) != "của" && t.raw(j) != "Đoàn" {
        return None;
    }
    let stands_for = (i..j)
        .any(|k| matches!(t.phrase(k, 2), Some("đại biểu" | "chỉ đạo")) || t.raw(k) == "ĐBQH");
    if !stands_for {
        return None;
    }
    if t.raw(j) == "Đoàn" {
        let word = match t.low(j + 1) {
            "tp" | "tỉnh" => 1,
            "thành" if t.low(j + 2) == "phố" => 2,
            _ => 0,
        };
        return place_len(t, j + 1 + word).map(|n| 1 + word + n);
    }
    // "của" and the unit.
    let word = match t.phrase(j + 1, 2) {
        Some("thành phố" | "thị xã") => 2,
        _ if matches!(t.low(j + 1), "tỉnh" | "huyện" | "quận" | "xã" | "phường") => 1,
        _ => return None,
    };
    let name = place_len(t, j + 1 + word).unwrap_or(0);
    Some(1 + word + name)
}

#[cfg(test)]
mod tests;

/// The offices of the office list with `marker`, lower case, longest first.
fn marked_offices(marker: &str) -> Vec<String> {
    let mut offices: Vec<String> = super::lexicon::entries(super::lexicon::OFFICES)
        .filter(|(_, m)| *m == marker)
        .map(|(w, _)| w.to_lowercase())
        .collect();
    offices.sort_by_key(|w| std::cmp::Reverse(w.len()));
    offices
}

/// The kinds of staff (`staff`), in lower case.
static STAFF: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| marked_offices("staff"));

/// Whether `office`, in lower case, is a kind of staff (`staff`).
pub(super) fn staff_office(office: &str) -> bool {
    STAFF.iter().any(|s| s == office)
}

/// A diplomat's posts (`envoy`).
static ENVOY: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| marked_offices("envoy"));

/// Most words of a state's name after "của" ("CH Bồ Đào Nha").
const MAX_STATE: usize = 6;

/// Length of a diplomat's state or seat at `j` after the post read from
/// `i`: "của CH Bồ Đào Nha", "tại TP HCM", "thường trú tại Thái Lan". A
/// state is capitalised words ending in a listed country; a seat is a
/// listed country or a place.
fn envoy_seat(t: &Tokens, i: usize, head: usize, j: usize) -> Option<usize> {
    let lead = match t.low(j) {
        "của" | "tại" => 1,
        "thường" if t.phrase(j, 3) == Some("thường trú tại") => 3,
        _ => return None,
    };
    office_head(&ENVOY, t.span(i, i + head))?;
    let k = j + lead;
    let country_at = |m: usize| {
        (1..=3)
            .rev()
            .find(|&n| t.phrase(m, n).is_some_and(vocab::is_country))
    };
    if t.low(j) == "của" {
        // "CH", "Cộng hòa", "Vương quốc" before the country's own name.
        let end = (k..(k + MAX_STATE).min(t.len()))
            .find_map(|m| country_at(m).filter(|_| t.is_cap(m)).map(|n| m + n))?;
        return (t.is_cap(k) && (k..end).all(|m| t.is_word(m))).then_some(end - j);
    }
    if !t.is_cap(k) {
        return None;
    }
    let seat = country_at(k)
        .or_else(|| place_len(t, k))
        .or_else(|| (t.phrase(k, 2) == Some("việt nam")).then_some(2))
        .or_else(|| foreign_city(t, k, &country_at))
        .or_else(|| city_before_name(t, k))?;
    Some(lead + seat)
}

/// Length of a foreign city no list knows at `k`, one to three
/// capitalised words that open no name, when the holder's name follows
/// it: "Tổng Lãnh sự Việt Nam tại Quảng Châu Lê Văn A".
fn city_before_name(t: &Tokens, k: usize) -> Option<usize> {
    (1..=3)
        .take_while(|&n| {
            let m = k + n - 1;
            t.is_word(m) && t.is_cap(m) && !names::starts_name(t, m)
        })
        .find(|&n| names::starts_name(t, k + n))
}

/// Length of a foreign city no list knows written with its country after
/// a dash, at `k`: "Tổng Lãnh sự Việt Nam tại Vancouver - Canada".
fn foreign_city(
    t: &Tokens,
    k: usize,
    country_at: &dyn Fn(usize) -> Option<usize>,
) -> Option<usize> {
    let city = (1..=3).find(|&n| t.is_dash(k + n))?;
    let words = (k..k + city).all(|m| t.is_word(m) && t.is_cap(m));
    let country = country_at(k + city + 1).filter(|_| t.is_cap(k + city + 1))?;
    words.then_some(city + 1 + country)
}

/// The offices marked `presidium` in the office list.
static PRESIDIUM: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| marked_offices("presidium"));
/// A minister's ranks (`minister`) and the offices heading a body of that
/// rank (`agency`).
static MINISTER: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| marked_offices("minister"));
static AGENCY: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| marked_offices("agency"));

/// The length in bytes of an office of `offices` (in lower case) opening
/// `title`, when a word boundary follows it. Compared letter by letter in
/// lower case, without a lower-cased copy: every title of every mention
/// passes here.
fn office_head(offices: &[String], title: &str) -> Option<usize> {
    offices.iter().find_map(|p| {
        // Lower-casing keeps the byte length of Vietnamese letters.
        let head = title.get(..p.len())?;
        let rest = &title[p.len()..];
        let same = head.chars().flat_map(char::to_lowercase).eq(p.chars());
        (same && (rest.is_empty() || rest.starts_with(' '))).then_some(p.len())
    })
}

/// The length of the presidium office opening `title`.
fn presidium_head(title: &str) -> Option<usize> {
    office_head(&PRESIDIUM, title)
}

/// The head of the second of two offices of one body, when `first` opens
/// with an office that shares its body with it: another presidium office
/// after a presidium office, a body of ministerial rank's head after a
/// minister's rank ("Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc").
fn second_head(first: &str, second: &str) -> Option<(usize, usize)> {
    if let Some(h) = presidium_head(first) {
        return presidium_head(second).map(|h2| (h, h2));
    }
    let h = office_head(&MINISTER, first)?;
    office_head(&AGENCY, second).map(|h2| (h, h2))
}

/// Two offices of one body's presidium written together are two posts of
/// that body: "Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ Việt
/// Nam" and "Phó Chủ tịch", "Tổng Thư ký Ủy ban …" (a comma between)
/// both become "Phó Chủ tịch Ủy ban …" and "Tổng Thư ký Ủy ban …". A
/// minister's rank and the head of a body of ministerial rank are one
/// post, as the state styles it: "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc"
/// (written so, or with a dash) stays one title, and so does "Thứ
/// trưởng, Phó Chủ nhiệm …".
pub fn share_presidium_organ(titles: &mut Vec<String>) {
    let shared = |t: &String| presidium_head(t).is_some() || office_head(&MINISTER, t).is_some();
    if !titles.iter().any(shared) {
        return;
    }
    let mut out: Vec<String> = Vec::with_capacity(titles.len() + 1);
    for title in titles.drain(..) {
        // "Phó Chủ tịch - Tổng Thư ký X", "Phó Chủ tịch kiêm Tổng Thư ký X".
        // A minister's rank so joined is one post: kept as written.
        let joined = presidium_head(&title).and_then(|h| {
            let rest = title.get(h..)?.trim_start();
            let second = ["- ", "– ", "kiêm "]
                .iter()
                .find_map(|sep| rest.strip_prefix(sep))?;
            let (_, h2) = second_head(&title, second)?;
            let organ = second.get(h2..)?.trim_start();
            (!organ.is_empty()).then(|| {
                let first = title.get(..h).unwrap_or_default();
                (format!("{first} {organ}"), second.to_string())
            })
        });
        if let Some((first, second)) = joined {
            out.push(first);
            out.push(second);
            continue;
        }
        // A bare presidium office, then one naming the body: the body is
        // both's. A bare minister's rank and the body's head: one post.
        if let Some(last) = out.last_mut() {
            if let Some((h, h2)) = second_head(last, &title) {
                if h == last.len() && office_head(&MINISTER, last).is_some() {
                    last.push_str(", ");
                    last.push_str(&title);
                    continue;
                }
                let organ = title.get(h2..).unwrap_or_default().trim_start();
                if h == last.len() && !organ.is_empty() {
                    last.push(' ');
                    last.push_str(organ);
                }
            }
        }
        out.push(title);
    }
    *titles = out;
}
