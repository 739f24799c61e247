//! Chains of titles held by one person ("Ủy viên T.Ư Đảng, Bí thư Tỉnh ủy,
//! Chủ tịch HĐND tỉnh"), and whether a name starts where a title ends.

use super::head::{head_len, is_rank, office_len};
use super::{name_after_place, place_len, show_title, title_span, MAX_TITLE};
use crate::parse::names;
use crate::parse::tokens::Tokens;
use crate::parse::vocab;

/// Where the next title of a chain may start after a title ending at `k`:
/// past ",", ";" or "/"; past a dash; right at `k` after a rank
/// ("Đại tá Chính ủy …"); past "và" when `and` (only where a new office
/// starts). `None` when no office starts there.
fn next_link(t: &Tokens, k: usize, after_rank: bool, and: bool) -> Option<usize> {
    // "Trưởng ban Dân vận Huyện ủy,, Chủ tịch …": a separator typed twice
    // is one.
    let k = k + usize::from((t.is_punct(k, ',') || t.is_punct(k, ';')) && t.is_punct(k + 1, ','));
    // Some ward portals write a slash between posts ("Phó Bí thư / Chủ
    // tịch UBND phường"); an office must follow it, so "xã/phường" is not one.
    let sep = t.is_punct(k, ',')
        || t.is_punct(k, ';')
        || t.is_punct(k, '/')
        || t.is_dash(k)
        || (and && t.low(k) == "và");
    // "Bộ trưởng Bộ Quốc phòng Đại tướng Lê A": a rank needs no comma either.
    let rank_next = || head_len(t, k).is_some_and(|n| is_rank(t, k, n));
    let start = if sep {
        // "…, kiêm Trưởng ban Thông tin - Truyền thông", "…, đồng thời
        // là Chủ tịch Ủy ban MTTQ huyện": one more post.
        let joined = match t.low(k + 1) {
            "kiêm" => 1,
            "đồng" if t.phrase(k + 1, 3) == Some("đồng thời là") => 3,
            // "…, Thượng tọa B - đồng Phó Chủ tịch Hội đồng Trị sự": a post
            // held jointly ("đồng", co-) with those named before.
            "đồng" if !t.is_cap(k + 1) => 1,
            // "…, nguyên là Chủ tịch UBND thành phố": a post held before,
            // its modifier written before the verb.
            "nguyên" | "cựu" if t.low(k + 2) == "là" => 2,
            _ => 0,
        };
        if joined > 0 && office_len(t, k + 1 + joined).is_some() {
            k + 1 + joined
        } else {
            k + 1
        }
    } else if after_rank || rank_next() || run_on(t, k) || member_run_on(t, k) {
        k
    } else if t.low(k) == "kiêm" && office_len(t, k + 1).is_some() {
        // "Phó Chánh Văn phòng UBND tỉnh kiêm Trưởng Ban …": a second post.
        k + 1
    } else {
        return None;
    };
    head_len(t, start).map(|_| start)
}

/// Whether a second office starts at `k` right after a party committee
/// that closes the first, with no comma between them: "Bí thư Huyện ủy
/// Chủ tịch HĐND huyện" is two posts. "Thường trực" there qualifies the
/// committee's office instead.
pub(super) fn run_on(t: &Tokens, k: usize) -> bool {
    k > 0
        && matches!(t.low(k - 1), "ủy" | "uỷ")
        && t.is_cap(k)
        && t.raw(k) != "TT"
        && t.phrase(k, 2) != Some("thường trực")
        && head_len(t, k).is_some_and(|n| !is_rank(t, k, n))
}

/// Whether a second office starts at `k` right after a committee member's
/// title of its own ("Tỉnh ủy viên", "Huyện ủy viên", "Đảng ủy viên"),
/// with no comma between them: "Thành ủy viên Chánh Thanh tra thành
/// phố" is two posts, the membership naming no organ to run on into. So
/// does the membership written short ("TUV Bí thư Huyện ủy", "HUV").
pub(super) fn member_run_on(t: &Tokens, k: usize) -> bool {
    let written_out = k >= 3
        && t.low(k - 1) == "viên"
        && matches!(t.low(k - 2), "ủy" | "uỷ")
        && matches!(
            t.low(k - 3),
            "tỉnh" | "huyện" | "thành" | "quận" | "thị" | "đảng" | "khu"
        );
    let short = || k >= 1 && t.is_abbrev(k - 1) && vocab::is_unit_member_abbrev(t.low(k - 1));
    (written_out || short()) && t.is_cap(k) && head_len(t, k).is_some_and(|n| !is_rank(t, k, n))
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
        k = past_short_name(t, k, after_rank, side);
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
        // "…, trưởng phó các ban ngành": a bare office word in lower case
        // before another word names a kind of cadre, not a post.
        let bare = end == start + 1 && !t.is_cap(start) && t.is_word(end);
        let many = counted_bodies(t, start + head, end + 1);
        if bare || many || kinds_listed(t, start, head, end) || bracket && !t.is_punct(end, ')') {
            break;
        }
        let past = end + usize::from(bracket);
        if side == Side::After
            && (name_follows(t, past)
                || dashed_to_name(t, past)
                || rank_before_name(t, start, head, end)
                || ranked_name_follows(t, past)
                || next_member(t, k, past)
                || given_to_next(t, past)
                || labels_list(t, past))
        {
            break;
        }
        if let Some(titles) = titles.as_deref_mut() {
            let shown = show_title(t, start, head, end);
            titles.push(match former_before(t, start) {
                Some(modifier) => format!("{modifier} {shown}"),
                None => shown,
            });
        }
        after_rank = is_rank(t, start, head);
        k = past;
    }
    k
}

/// Whether the link at `start` is a kind of staff in a list of kinds
/// ("…, cán bộ, công chức, người lao động của Sở"): an office of staff
/// (`staff` in the office list) alone, in lower case, with a lower-case
/// word after its comma names the people who came along, not one more
/// post of the person before. "…, trưởng thôn, bí thư chi bộ" stays two
/// posts.
pub(super) fn kinds_listed(t: &Tokens, start: usize, head: usize, end: usize) -> bool {
    end == start + head
        && !t.is_cap(start)
        && t.is_punct(end, ',')
        && !t.is_cap(end + 1)
        && t.phrase(start, head).is_some_and(super::staff_office)
}

/// Bodies besides units and villages (`vocab::UNIT_KIND_WORDS`) a post
/// may be held over many of, counted by a number before them ("Bí thư 9
/// chi bộ", "Hiệu trưởng 5 trường").
const COUNTED_BODIES: &[&str] = &["tổ", "đơn", "chi", "đảng", "cơ", "trường"];

/// Bodies named by a number written after their word: a steering
/// committee by the directive that set it up ("Ban Chỉ đạo 515", "Ban
/// Chỉ đạo 35"), an army's unit by its own ("Quân khu 4", "Sư đoàn 312").
const NUMBERED_BODIES: &[&str] = &[
    "chỉ đạo",
    "quân khu",
    "quân đoàn",
    "binh đoàn",
    "sư đoàn",
    "lữ đoàn",
    "trung đoàn",
    "tiểu đoàn",
    "hải đoàn",
];

/// Whether a number counts units right after the office, between `from`
/// and `to` ("Chủ tịch Ủy ban MTTQ 14 xã, thị trấn", "Bí thư Đảng ủy 12
/// xã"): the post of each of their heads, many people's, so no further
/// post of the one named before. A number after the unit word names one
/// ("Trưởng thôn 3"); so does a number closing a body's name, the level
/// after it the body's ("Trưởng ban Chỉ đạo 515 tỉnh").
fn counted_bodies(t: &Tokens, from: usize, to: usize) -> bool {
    (from..to).any(|k| {
        let n = t.low(k);
        !n.is_empty()
            && n.bytes().all(|b| b.is_ascii_digit())
            && (vocab::UNIT_KIND_WORDS.contains(&t.low(k + 1))
                || COUNTED_BODIES.contains(&t.low(k + 1)))
            && !t.is_cap(k + 1)
            && !(k >= 2
                && t.phrase(k - 2, 2)
                    .is_some_and(|p| NUMBERED_BODIES.contains(&p)))
    })
}

/// The modifier of a post held before, when "nguyên là" or "cựu là"
/// stands right before the office at `start`: the link "…, nguyên là Chủ
/// tịch UBND thành phố" is shown "nguyên Chủ tịch UBND thành phố".
fn former_before<'a>(t: &'a Tokens, start: usize) -> Option<&'a str> {
    (start >= 2 && t.low(start - 1) == "là" && matches!(t.low(start - 2), "nguyên" | "cựu"))
        .then(|| t.raw(start - 2))
}

/// Whether a colon at `k` opens a list of names, maybe each after "ông",
/// "bà" or "đồng chí": the title before it is the label of those after
/// it ("đại biểu HĐND tỉnh: bà A – X; đại biểu HĐND huyện: bà B – Y"), not
/// one more post of the name before.
fn labels_list(t: &Tokens, k: usize) -> bool {
    if !t.is_punct(k, ':') {
        return false;
    }
    let cue = (1..=2)
        .find(|&n| {
            matches!(
                t.phrase(k + 1, n),
                Some("ông" | "bà" | "anh" | "chị" | "đồng chí" | "các ông" | "các bà")
            )
        })
        .unwrap_or(0);
    name_follows(t, k + 1 + cue)
}

/// Where the chain goes on after an organ's short name in brackets at `k`
/// ("Chủ nhiệm Ủy ban Kiểm tra Trung ương (UBKTTW), thành viên Thường
/// trực Ban Bí thư"): past it when another link follows, else `k`, so a
/// chain that ends there still ends before the bracket.
fn past_short_name(t: &Tokens, k: usize, after_rank: bool, side: Side) -> usize {
    // Cheap test first: almost no title ends at a bracket.
    if !t.is_punct(k, '(') || !t.is_punct(k + 2, ')') || !short_name(t, k + 1) {
        return k;
    }
    let past = k + 3;
    if next_link(t, past, after_rank, side == Side::After).is_some() {
        past
    } else {
        k
    }
}

/// Whether the word at `k` is written as an organ's short name: capitals,
/// digits and "&" or "." only, two capitals at least ("UBKTTW",
/// "NN&PTNT"), or one capitalised word that opens no person's name (a
/// firm's brand, "Petrolimex").
fn short_name(t: &Tokens, k: usize) -> bool {
    let word = t.raw(k);
    let initials = crate::parse::text::has_capitals(word)
        && word.chars().all(|c| {
            c.is_ascii_digit() || matches!(c, '&' | '.') || crate::parse::text::is_upper(c)
        });
    initials || t.is_word(k) && t.is_cap(k) && !names::starts_name(t, k)
}

/// Whether a link ending at `past` is the post of the person named after
/// "là" there: "A làm Phó đoàn, Thư ký là đồng chí B" keeps "Thư ký" B's.
fn given_to_next(t: &Tokens, past: usize) -> bool {
    t.low(past) == "là" && {
        let cue = (1..=2)
            .find(|&n| {
                t.phrase(past + 1, n)
                    .is_some_and(|p| matches!(p, "đồng chí" | "ông" | "bà"))
            })
            .unwrap_or(0);
        name_follows(t, past + 1 + cue)
    }
}

/// Whether the link after a semicolon at `k`, ending at `past`, opens the
/// next member of a list: its titles run on to a name ("A, Thứ trưởng;
/// Phó Thủ tướng, Bộ trưởng Ngoại giao B" keeps "Phó Thủ tướng" B's).
fn next_member(t: &Tokens, k: usize, past: usize) -> bool {
    t.is_punct(k, ';') && name_follows(t, chain(t, past, None, Side::Before))
}

/// Whether a dash at `k` joins the title before it to more titles that
/// end at a name: "A, Phó Chủ tịch UBND tỉnh - Trưởng đoàn ĐBQH tỉnh B"
/// gives both posts to B, as titles written before a name are.
/// A semicolon between ends the member of a list: "A – Ủy viên Thường
/// trực Hội đồng Chứng minh; Hòa thượng B" keeps the post A's.
pub(super) fn dashed_to_name(t: &Tokens, k: usize) -> bool {
    t.is_dash(k) && {
        let end = chain(t, k, None, Side::Before);
        end > k && name_follows(t, end) && !(k..end).any(|j| t.is_punct(j, ';'))
    }
}

/// Whether the link from `start` is a rank standing before a capitalised
/// word that opens no office, place or organ: the rank of the next person
/// ("…, Trụ trì chùa Bửu Long; Linh mục Giuse Nguyễn Văn Tâm"), whose
/// name the lists may not know. So is a rank before an office that runs
/// into a name ("…, Đức cha phụ tá A, linh mục Tổng Đại diện B").
pub(super) fn rank_before_name(t: &Tokens, start: usize, head: usize, end: usize) -> bool {
    const ORGAN: u16 = vocab::flag::TITLE | vocab::flag::ORGAN | vocab::flag::INSTITUTION;
    if end != start + head || !is_rank(t, start, head) {
        return false;
    }
    let unknown_name = t.is_cap(end)
        && !t.is_abbrev(end)
        && !t.has(end, ORGAN)
        && head_len(t, end).is_none()
        && place_len(t, end).is_none();
    unknown_name || head_len(t, end).is_some() && name_follows(t, chain(t, end, None, Side::Before))
}

/// Whether a rank and a name follow at `k`, right after an office: "A,
/// Bộ trưởng Bộ Quốc phòng Đại tướng B" writes B's office before B's rank,
/// so the office ending at `k` is B's, not one more of A's.
pub(super) fn ranked_name_follows(t: &Tokens, k: usize) -> bool {
    head_len(t, k).is_some_and(|n| is_rank(t, k, n) && name_follows(t, k + n))
}

/// Whether a name starts at `e`, as after a title ("Bí thư Tỉnh ủy Lê A").
pub fn name_follows(t: &Tokens, e: usize) -> bool {
    name_at(t, 0, e)
}

/// Whether a person's name starts at `j`, in a title that began at `start`.
pub(super) fn name_at(t: &Tokens, start: usize, j: usize) -> bool {
    // "Trụ trì chùa Peam Buôl Thmây", "Trưởng buôn Cư Mblim": after a
    // pagoda or village word in lower case, capitalised words no family
    // name opens are its name, not a person's.
    let site = j > 0
        && !t.is_cap(j - 1)
        && matches!(
            t.low(j - 1),
            "chùa" | "bản" | "buôn" | "làng" | "sóc" | "plei" | "bon" | "phum"
        );
    if unit_name(t, j) || dashed_unit_len(t, j).is_some() {
        return false;
    }
    let starts = names::starts_name(t, j);
    (!site || starts)
        && (starts
            || names::christian_name_at(t, j)
            || names::unknown_name_at(t, j)
            || name_after_place(t, start, j)
            || name_after_province(t, j)
            || names::name_after_committee(t, j)
            || short_name_after_title(t, j)
            || name_after_country(t, start, j)
            || names::kho_name(t.raw(j)) && !t.is_cap(j + 1)
            || names::foreign_leader_named(t, j))
        && (starts || !place_unlike_person(t, j))
}

/// Whether two or three capitalised words at `j`, no family name opening
/// them (the caller knows), and no capitalised word after them, name a
/// known commune or district: "Trường THCS Ea Kly", "Bệnh viện Đa khoa
/// Krông Ana". A school's or a clinic's place in the Central Highlands is
/// written in the languages of its peoples and looks like their names,
/// but the official's own name comes after it, or before the title.
fn place_unlike_person(t: &Tokens, j: usize) -> bool {
    let cap = |k: usize| t.is_word(k) && t.is_cap(k);
    (2..=3)
        .any(|n| (j..j + n).all(cap) && !cap(j + n) && crate::units::is_unit_name(t.span(j, j + n)))
}

/// Whether a name of two syllables opening with a family name that also
/// opens places or words ("Danh", "Thạch", "Kim") starts at `j`, right
/// after a title that ends with a known place, country or organ word:
/// "Phó Giám đốc Sở Nội vụ tỉnh Kiên Giang Danh Lắm", "Đại sứ Hàn Quốc
/// Kim Sang-soo". The given name opens no place, organ or title, so
/// "Công ty Kim Long" stays a company; and a name of three syllables
/// ("Huyện ủy Lộc Công Đảm") is not cut after its first.
fn short_name_after_title(t: &Tokens, j: usize) -> bool {
    use crate::parse::names::KNOWN;
    j > 0
        && t.is_cap(j)
        && t.is_cap(j - 1)
        && t.is_word(j - 1)
        && t.family(j, true)
        && !t.family(j, false)
        && t.is_cap(j + 1)
        && !t.has(j + 1, KNOWN)
        && !t.has(j - 1, vocab::flag::INSTITUTION)
        && place_len(t, j).is_none()
        && names::name_end(t, j, true) == Some(j + 2)
        && (1..=4).any(|n| {
            j >= n
                && (place_len(t, j - n) == Some(n)
                    || t.phrase(j - n, n).is_some_and(vocab::is_title_word))
        })
}

/// Whether a name of two or three syllables opening with a family name
/// that also opens places or words ("Hồng", "Hùng") starts at `j`, right
/// after the foreign state a title ends with, the seat "tại Việt Nam", or
/// a diplomat's bare post: "Đại sứ Trung Quốc Hồng Tiểu Dũng", "Đại sứ …
/// tại Việt Nam Hùng Ba", "Đại sứ Hùng Ba". Nothing of an office or an
/// organ is written after a state or a seat, so the capitalised words
/// there are the holder's, whatever their other senses.
fn name_after_country(t: &Tokens, start: usize, j: usize) -> bool {
    // Cheap tests first: this is asked wherever a title may end.
    if !(j > 0 && t.is_cap(j) && t.family(j, true) && !t.family(j, false)) {
        return false;
    }
    let state = || {
        (1..=3).any(|n| {
            j >= start + n && t.is_cap(j - n) && t.phrase(j - n, n).is_some_and(vocab::is_country)
        })
    };
    let seat = || j >= start + 3 && t.low(j - 3) == "tại" && t.phrase(j - 2, 2) == Some("việt nam");
    let envoy = || {
        (1..=4).any(|n| {
            let post = t.span(j.saturating_sub(n), j);
            super::office_head(&super::ENVOY, post) == Some(post.len())
        })
    };
    (state() || seat() || envoy())
        && place_len(t, j).is_none()
        && names::name_end(t, j, true).is_some_and(|m| (j + 2..=j + 3).contains(&m) && !t.is_cap(m))
}

/// Whether a name opening with a family name that also opens places
/// ("Kim", "Ma") starts at `j`, right after "tỉnh" written in lower case:
/// every province is known, so the words no list holds as one are the
/// holder's name ("Phó Chủ tịch UBND tỉnh Kim Vol").
pub(crate) fn name_after_province(t: &Tokens, j: usize) -> bool {
    j > 0
        && t.is_cap(j)
        && t.family(j, true)
        && t.low(j - 1) == "tỉnh"
        && !t.is_cap(j - 1)
        && place_len(t, j).is_none()
        && names::name_end(t, j, true).is_some()
}

/// Whether the two words at `j..m` after a lower-case unit word, which
/// open with a family name that is no common word, name no commune, ward
/// or district the unit lists know: "Chủ tịch UBND xã Lê Hùng", "Bí thư
/// Đảng ủy phường Phạm Thắng" end with the official's name, as the lists
/// hold every unit of those kinds ("xã Trần Phú" is one).
fn unknown_unit_named_like_person(t: &Tokens, j: usize, m: usize) -> bool {
    matches!(t.low(j - 1), "xã" | "phường" | "huyện" | "quận" | "trấn")
        && t.family(j, false)
        && !crate::units::is_unit_name(t.span(j, m))
}

/// Most capitalised words on either side of the dash in a unit's name.
const MAX_DASHED_HALF: usize = 3;

/// Length of a commune's, ward's or city's name written in two halves
/// joined by a dash, at `j` right after the unit's word: "xã Chân Mây -
/// Lăng Cô", "phường Văn Miếu - Quốc Tử Giám", "TP Phan Rang - Tháp Chàm".
/// Units merged in 2025 often join their old names so. The whole name is
/// the unit's when the list of units knows it, though a half opens with a
/// family name ("Lăng", "Phan"); a holder's name written after it is no
/// part of it ("… Lăng Cô Trần Văn Minh Quân"), as the longest known
/// name is taken.
pub(super) fn dashed_unit_len(t: &Tokens, j: usize) -> Option<usize> {
    let cap = |k: usize| t.is_word(k) && t.is_cap(k);
    // Cheap tests first: asked at every capitalised word of a title.
    if j == 0 || !cap(j) || !vocab::UNIT_KIND_WORDS.contains(&t.low(j - 1)) {
        return None;
    }
    let dash = (j + 1..=j + MAX_DASHED_HALF)
        .find(|&k| !cap(k))
        .filter(|&k| t.is_dash(k))?;
    (1..=MAX_DASHED_HALF)
        .rev()
        .filter(|&n| (dash + 1..=dash + n).all(cap))
        .find(|&n| crate::units::is_unit_name(t.span(j, dash + 1 + n)))
        .map(|n| dash + 1 + n - j)
}

/// Whether the two capitalised words at `j` name the unit a lower-case
/// unit word before them opens ("Đảng ủy xã Tống Trân", "UBND huyện Lâm
/// Hà"), not a person: a name of two syllables with no middle name there
/// is the unit's.
fn unit_name(t: &Tokens, j: usize) -> bool {
    // "người uy tín xóm Trần Liễu": a hamlet's word opens its name too,
    // as the northern highlands' "bản" does ("Chi bộ bản Huổi Lếch").
    let hamlet = || matches!(t.low(j - 1), "xóm" | "thôn" | "ấp" | "bản");
    // "Trưởng CAX Đặng Xá": an organ written short whose last word is the
    // unit opens the unit's name as the word does.
    let unit_word = |k: usize| {
        !t.is_cap(k) && (t.has(k, vocab::flag::PLACE_WORD) || hamlet())
            || vocab::is_unit_abbrev(t.low(k))
    };
    if !(j > 0 && unit_word(j - 1)) {
        return false;
    }
    let Some(m) = names::name_end(t, j, true) else {
        return false;
    };
    // The provinces are all known: after "tỉnh" two words no list holds
    // are the name of the province's official ("tỉnh Kim Vol").
    let short = t.low(j - 1) != "tỉnh"
        && !matches!(t.low(j + 1), "văn" | "thị")
        && m == j + 2
        && !unknown_unit_named_like_person(t, j, m);
    // "Chủ tịch UBND xã Ksor H'Lan": a name written with an apostrophe,
    // as ethnic-minority names of the Central Highlands are, that no
    // commune or ward bears is the official's ("xã Cư M'ta" is a commune).
    let apostrophe = (j..m).any(|k| t.raw(k).contains(['\'', '’']));
    if apostrophe && crate::units::unit(t.span(j - 1, m)).is_none() {
        return false;
    }
    // "Bí thư Đảng ủy phường Phan Đình Phùng", "xã Hoàng Văn Thụ": many
    // wards and communes bear a hero's name; one of that kind known by
    // that name is the unit, not its official.
    // "Chủ tịch UBND xã Lê Lợi Nguyễn Văn Hùng", "phường Hoàng Văn Thụ Lê
    // Thị Hoa": a unit with a hero's name, then the official's own name.
    let hero_unit_then_name = (j + 2..=j + 3).any(|k| {
        m > k && names::starts_name(t, k) && crate::units::unit(t.span(j - 1, k)).is_some()
    });
    short
        || hero_unit_then_name
        || matches!(t.low(j - 1), "xã" | "phường" | "huyện" | "quận")
            && crate::units::unit(t.span(j - 1, m)).is_some()
}
