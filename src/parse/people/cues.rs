//! The words that introduce a person ("đồng chí", "ông", "các đồng chí",
//! "già làng"), and the signs that the person named is a private one (a
//! household, a victim, an age or a home in brackets).

use super::pairs::past_note;
use super::{name_after_cue, Found};
use crate::parse::names::{christian_len, small_family_name, starts_name};
use crate::parse::titles::head_len;
use crate::parse::tokens::Tokens;
use crate::parse::{lexicon, vocab};

/// How a mention is introduced.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Cue {
    /// "đồng chí", "ông", "bà": one person, possibly a title first.
    One,
    /// "các đồng chí": a list, possibly under a shared title.
    Many,
    /// "các Ủy viên Bộ Chính trị": a list under the title that follows.
    ManyTitled,
}

/// Whether the person cue at `i` ("ông", "bà", "cụ", "anh", "chị") names a
/// household or a family ("hộ bà A", "gia đình ông B", "hộ gia đình chị
/// C", "nhà bà D"), or someone a news item names as a victim, suspect or
/// patient ("nạn nhân là anh A", "đối tượng B", "bị cáo C").
pub(super) fn private_at(t: &Tokens, i: usize) -> bool {
    if private_role_before(t, i) || badge_given_to(t, i) || household_noun(t, i) {
        return true;
    }
    if !matches!(
        t.low(i),
        "ông" | "bà" | "cụ" | "anh" | "chị" | "em" | "cháu" | "đồng"
    ) {
        return false;
    }
    // "anh", "chị", "em", "cháu" name citizens: a young volunteer, a
    // victim, a pupil; an official is named so only beside a title. So at
    // the start of a paragraph too ("Anh A, thương lái, cho biết").
    if matches!(t.low(i), "anh" | "chị" | "em" | "cháu") {
        return true;
    }
    if i == 0 {
        return false;
    }
    // "trao quà cho gia đình đồng chí A": with "đồng chí" too, the family
    // of someone who died; "truy tặng Huy hiệu cho thân nhân đồng chí B":
    // the kin who receive it for them. "đến nhà bà A": a home visited is a
    // household's.
    matches!(t.low(i - 1), "hộ" | "nhà")
        || households_named(t, i)
        || (i > 1 && matches!(t.phrase(i - 2, 2), Some("gia đình" | "thân nhân")))
        || household_list(t, i)
        || beneficiary_listed(t, i)
        || household_pair(t, i)
        || gift_given_to(t, i)
        || received_in_clause(t, i)
}

/// Most words of a clause of receiving before the comma and its receiver.
const RECEIVING_CLAUSE: usize = 16;

/// Whether the cue at `i` follows a comma closing a clause that opens its
/// sentence with receiving a house or a gift (`assets/lexicon/gifts.txt`):
/// "Nhận căn nhà mới, bà A xúc động …", "Đón nhận phần quà, ông B cảm ơn
/// …". The one named after the comma received it: a beneficiary, no
/// official; a post written with the name keeps one (`push`).
fn received_in_clause(t: &Tokens, i: usize) -> bool {
    if i < 3 || !t.is_punct(i - 1, ',') {
        return false;
    }
    let comma = i - 1;
    let Some(start) = (comma.saturating_sub(RECEIVING_CLAUSE)..comma)
        .rev()
        .take_while(|&k| t.is_word(k))
        .last()
    else {
        return false;
    };
    let opens_sentence = start == 0
        || ['.', ':', '!', '?']
            .iter()
            .any(|&c| t.is_punct(start - 1, c));
    let verb = if t.low(start) == "nhận" {
        1
    } else if matches!(t.phrase(start, 2), Some("được nhận" | "đón nhận")) {
        2
    } else {
        return false;
    };
    opens_sentence
        && (start + verb..comma)
            .any(|k| (1..=3).any(|n| t.phrase(k, n).is_some_and(lexicon::is_gift)))
}

/// Most tokens from an award or a gift to the "cho" before its recipient:
/// "trao Bằng khen và tiền thưởng của Giám đốc Công an tỉnh cho".
const GIFT_TO_RECIPIENT: usize = 12;

/// Whether the cue "ông", "bà" or "cụ" at `i` follows "cho" with an award
/// or a gift before it in the clause (`assets/lexicon/gifts.txt`): "trao
/// Bằng khen và tiền thưởng cho ông A", "tặng quà cho bà B". One commended
/// or helped so is a citizen; "đồng chí" is left to the posts around it,
/// and a post written after the name keeps an official (`push`).
fn gift_given_to(t: &Tokens, i: usize) -> bool {
    if !matches!(t.low(i), "ông" | "bà" | "cụ") || t.low(i - 1) != "cho" {
        return false;
    }
    let k = i - 1;
    (k.saturating_sub(GIFT_TO_RECIPIENT)..k)
        .rev()
        .take_while(|&j| !t.is_punct(j, '.') && !t.is_punct(j, ';') && !t.is_punct(j, ':'))
        .any(|j| (1..=3).any(|n| t.phrase(j, n).is_some_and(lexicon::is_gift)))
}

/// Whether the cue at `i` is a household's noun itself ("thăm gia đình
/// Lê Văn A", "hộ gia đình đảng viên B"): the one named heads a family
/// visited or helped, whatever they are called after it.
fn household_noun(t: &Tokens, i: usize) -> bool {
    t.phrase(i, 2) == Some("gia đình") || t.phrase(i, 3) == Some("hộ gia đình")
}

/// Whether the cue at `i` follows "hộ là" ("trao nhà cho 2 hộ là bà A và
/// ông B"): the households a gift goes to, named one by one.
fn households_named(t: &Tokens, i: usize) -> bool {
    i > 1 && t.low(i - 1) == "là" && t.low(i - 2) == "hộ"
}

/// Most tokens a note in brackets after a household's name runs to
/// ("(khối 3, phường Hưng Bình, TP Vinh)").
const HOME_NOTE: usize = 16;

/// What a report calls a person it names for what befell them or what
/// they said, not for a post: a victim, a suspect, a patient, a driver, a
/// voter, an elder of the village ("nạn nhân", "bị cáo", "tài xế", "cử
/// tri", "người dân", "cụ ông").
const PRIVATE_ROLES: &[&str] = &[
    "bà con",
    "bệnh nhân",
    "bị can",
    "bị cáo",
    "cử tri",
    "cụ bà",
    "cụ ông",
    "lái xe",
    "nạn nhân",
    "nghi can",
    "nghi phạm",
    "người bệnh",
    "người dân",
    "nông dân",
    "phạm nhân",
    "tài xế",
    "thủ phạm",
    "đối tượng",
];

/// Whether a private role (`PRIVATE_ROLES`) is the cue at `i` itself
/// ("bị cáo A") or comes right before it, maybe with "là" ("cử tri Lê Văn
/// A", "nạn nhân là anh B", "tài xế xe tải là ông C"). So is a member's
/// noun ("đảng viên A", "hội viên B"): membership is no post; a spouse's
/// ("Phu nhân C"): marriage to a leader is no post either; and an
/// athlete's or a referee's ("xạ thủ A", "VĐV B", "trọng tài C"): a match
/// or a medal is no post either.
fn private_role_before(t: &Tokens, i: usize) -> bool {
    let role = |k: usize| {
        t.phrase(k, 2).is_some_and(|p| {
            PRIVATE_ROLES.contains(&p)
                || MEMBER_NOUNS.iter().any(|w| w == p)
                || KIN_NOUNS.iter().any(|w| w == p)
        })
    };
    let k = if i > 0 && t.low(i - 1) == "là" {
        i - 1
    } else {
        i
    };
    // An honorific may close the role itself ("cụ bà A": the cue is "bà").
    role(i)
        || i >= 1 && role(i - 1)
        || k >= 2 && role(k - 2)
        || sport_noun_at(t, i)
        || sport_noun_ends(t, k)
}

/// Whether a private role (`PRIVATE_ROLES`) opens at `k`.
fn private_role_at(t: &Tokens, k: usize) -> bool {
    t.phrase(k, 2).is_some_and(|p| PRIVATE_ROLES.contains(&p))
}

/// "Công an xác định A và B (ngụ tỉnh X) là nghi can", "C là nạn nhân":
/// marks as private each named with no post whose name, and any note in
/// brackets after it, is followed by "là" and a private role, or by the
/// home one lives in (`home_after_name`); so is each
/// named before it in the same run joined by "," or "và", as the role is
/// said once for the whole run.
pub(super) fn mark_called_private(t: &Tokens, out: &mut [Found]) {
    mark_private_runs(t, out, |after| {
        t.low(after) == "là" && private_role_at(t, after + 1) || home_after_name(t, after)
    });
}

/// Marks as private each named with no post for whom `said_after` holds
/// at the token past the name and any note in brackets after it, and
/// each named before them in the same run joined by "," or "và", as what
/// is said is said once for the whole run.
pub(super) fn mark_private_runs(t: &Tokens, out: &mut [Found], said_after: impl Fn(usize) -> bool) {
    for k in 0..out.len() {
        let f = &out[k];
        // Cheap tests first: most mentions hold a post or are private.
        if f.private || !f.titles.is_empty() || f.name.is_none() || f.short {
            continue;
        }
        let Some(end) = name_after_cue(t, f.pos) else {
            continue;
        };
        if !said_after(past_note(t, end)) {
            continue;
        }
        out[k].private = true;
        let mut j = k;
        while j > 0 && joins_previous(t, &out[j - 1], out[j].pos) {
            out[j - 1].private = true;
            j -= 1;
        }
    }
}

/// Whether "ở" and a hamlet, a ward or a commune stand at `k`, right
/// after a name with no post: "Ông Trần Văn B ở phường 9, TP Sóc Trăng cho
/// biết …". A report names one who holds a post by the post; one it places
/// by home is a citizen who received or said something.
fn home_after_name(t: &Tokens, k: usize) -> bool {
    t.low(k) == "ở"
        && matches!(
            t.low(k + 1),
            "thôn"
                | "ấp"
                | "bản"
                | "buôn"
                | "xóm"
                | "làng"
                | "tổ"
                | "khối"
                | "khóm"
                | "phường"
                | "xã"
        )
}

/// Whether `prev`, named with no post, ends right before the "," or "và"
/// that opens the mention at `pos`, past any note in brackets.
pub(super) fn joins_previous(t: &Tokens, prev: &Found, pos: usize) -> bool {
    let joined = pos > 0 && (t.is_punct(pos - 1, ',') || t.low(pos - 1) == "và");
    joined
        && prev.titles.is_empty()
        && prev.name.is_some()
        && name_after_cue(t, prev.pos).is_some_and(|e| past_note(t, e) == pos - 1)
}

/// Whether an athlete's or a referee's noun (marker `sport`) opens at `i`.
pub(super) fn sport_noun_at(t: &Tokens, i: usize) -> bool {
    (1..=MAX_PERSON_NOUN).any(|n| sport_noun(t, i, n))
}

/// Whether an athlete's or a referee's noun ends right before `k`.
fn sport_noun_ends(t: &Tokens, k: usize) -> bool {
    (1..=MAX_PERSON_NOUN.min(k)).any(|n| sport_noun(t, k - n, n))
}

/// Whether the `n` words at `i` are an athlete's or a referee's noun.
fn sport_noun(t: &Tokens, i: usize, n: usize) -> bool {
    t.phrase(i, n)
        .is_some_and(|p| SPORT_NOUNS.iter().any(|w| w == p))
}

/// Most tokens from "huy hiệu" to the "cho" before its recipient:
/// the badge's years and "tuổi Đảng" fit in it ("Huy hiệu Đảng (30 năm) cho").
const BADGE_TO_RECIPIENT: usize = 8;

/// Whether the one named at `i` (a cue or the name itself) is given a Party
/// badge, written before "cho" ("… tuổi Đảng, cho đồng chí A", "Huy hiệu
/// Đảng (40 năm) cho đảng viên B", "huy hiệu 50 năm cho bà C"): a member
/// honoured for their years in the Party, no post; a post written after
/// the name keeps them an official (`push`).
fn badge_given_to(t: &Tokens, i: usize) -> bool {
    if i == 0 || t.low(i - 1) != "cho" {
        return false;
    }
    let k = i - 1;
    (k.saturating_sub(BADGE_TO_RECIPIENT)..k).any(|j| {
        t.phrase(j, 2) == Some("tuổi đảng")
            || t.phrase(j, 3) == Some("huy hiệu đảng")
            || badge_years(t, j)
    })
}

/// Whether "huy hiệu" at `j` is followed by its years ("huy hiệu 65 năm"):
/// the badge of years in the Party, even where "tuổi Đảng" is left out.
fn badge_years(t: &Tokens, j: usize) -> bool {
    let years = t.low(j + 2);
    t.phrase(j, 2) == Some("huy hiệu")
        && !years.is_empty()
        && years.bytes().all(|b| b.is_ascii_digit())
        && t.low(j + 3) == "năm"
}

/// Whether the cue at `i` names the second of two households joined by
/// "và" ("thăm gia đình ông A và ông B"): the family cue is the pair's.
fn household_pair(t: &Tokens, i: usize) -> bool {
    if t.low(i - 1) != "và" {
        return false;
    }
    // "hộ bà A (xóm 2, xã B) và ông C": the first household's home in
    // brackets before "và" is passed over.
    let mut end = i - 1;
    if end > 0 && t.is_punct(end - 1, ')') {
        match (end.saturating_sub(HOME_NOTE)..end - 1)
            .rev()
            .find(|&k| t.is_punct(k, '(') || t.is_punct(k, ')'))
        {
            Some(k) if t.is_punct(k, '(') => end = k,
            _ => return false,
        }
    }
    let cue = |k: usize| matches!(t.low(k), "ông" | "bà");
    // The first household may name two heads joined by a comma ("gia
    // đình ông A, B (xã C) và ông D"): at most two names of five syllables
    // each between the cue and "và", capitals and that comma only, so no
    // post ("ông A, Bí thư Chi bộ") stands between.
    (end.saturating_sub(HOUSEHOLD_HEADS)..end).any(|k| {
        k >= 2
            && cue(k)
            && (t.low(k - 1) == "hộ"
                || households_named(t, k)
                || t.phrase(k - 2, 2) == Some("gia đình"))
            && (k + 1..end).all(|m| t.is_word(m) && t.is_cap(m) || t.is_punct(m, ','))
            && (k + 1..end).filter(|&m| t.is_punct(m, ',')).count() <= 1
    })
}

/// Most tokens from the first household's cue to the "và" before the
/// second's: two names of five syllables and the comma between them.
const HOUSEHOLD_HEADS: usize = 12;

/// Whether the cue at `i` names a member of a list that a family opens
/// ("thăm gia đình các ông gồm ông A và ông B"): "gồm" or a colon in the
/// same clause, after "gia đình".
fn household_list(t: &Tokens, i: usize) -> bool {
    const CLAUSE: usize = 16;
    let opener = (i.saturating_sub(CLAUSE)..i)
        .rev()
        .take_while(|&k| !t.is_punct(k, '.') && !t.is_punct(k, ';'))
        .find(|&k| t.low(k) == "gồm" || t.is_punct(k, ':'));
    opener.is_some_and(|k| (k.saturating_sub(4)..k).any(|m| t.phrase(m, 2) == Some("gia đình")))
}

/// Most tokens from the opener of a list of people helped back to it
/// from a later member ("gồm: A (tổ 2, phường B); C (tổ 3, phường D); …":
/// eight households with their homes).
const BENEFICIARY_LIST: usize = 120;

/// Most tokens from the noun of the people helped to the list's opener:
/// "8 gia đình chính sách, người có công trên địa bàn thị xã, gồm:".
const BENEFICIARY_NOUN: usize = 14;

/// Whether the name or cue at `i` is a member of a list that "gồm" or a
/// colon opens after a noun of those a visit, a gift or aid is for
/// (`assets/lexicon/beneficiaries.txt`): "tặng quà 6 Mẹ Việt Nam Anh hùng,
/// gồm các mẹ: A (huyện B); C, D (huyện E)", "thăm 8 gia đình chính sách,
/// gồm: F (tổ 2); G (tổ 3)"; or after a private role's noun ("sáu bị cáo
/// gồm H, I"). Such a list names the mothers, families and pupils honoured
/// or helped, or the accused; one of them with a post written keeps it
/// (`merge::merge`).
pub(super) fn beneficiary_listed(t: &Tokens, i: usize) -> bool {
    let Some(opener) = (i.saturating_sub(BENEFICIARY_LIST)..i)
        .rev()
        .take_while(|&k| !t.is_punct(k, '.'))
        // "A (tổ 2, phường B): C (tổ 3, …)": a colon after a member's
        // home in brackets parts two members, as a semicolon would.
        .find(|&k| t.low(k) == "gồm" || t.is_punct(k, ':') && !(k > 0 && t.is_punct(k - 1, ')')))
    else {
        return false;
    };
    // "gồm:" opens the list at "gồm".
    let opener = if opener > 0 && t.is_punct(opener, ':') && t.low(opener - 1) == "gồm" {
        opener - 1
    } else {
        opener
    };
    (opener.saturating_sub(BENEFICIARY_NOUN)..opener)
        .rev()
        .take_while(|&k| !t.is_punct(k, '.') && !t.is_punct(k, ':'))
        .any(|k| beneficiary_at(t, k))
}

/// Whether a noun of those helped (`is_beneficiary`) opens at `k`, and
/// not inside a body's capitalised name ("Hội Gia đình liệt sĩ", "Hội Nạn
/// nhân chất độc da cam": the body's members are no list of the helped).
fn beneficiary_at(t: &Tokens, k: usize) -> bool {
    let in_name = k > 0 && t.is_word(k - 1) && t.is_cap(k - 1);
    // "Hai bị cáo còn lại gồm A, B …", "các nạn nhân gồm: C, D": a private
    // role's noun opens such a list too, after a numeral that opens the
    // sentence; written small, it names no body.
    let private_role =
        || !t.is_cap(k) && t.phrase(k, 2).is_some_and(|p| PRIVATE_ROLES.contains(&p));
    !in_name && (1..=3).any(|n| t.phrase(k, n).is_some_and(lexicon::is_beneficiary))
        || private_role()
}

/// Most tokens between a name and the Party badge its holder receives:
/// "đồng chí A, đồng chí B chi bộ thôn Đông được tặng Huy hiệu 30 năm
/// tuổi Đảng" names the badge once for a short list.
const BADGE_REACH: usize = 40;

/// Whether the person named before `m` is a Party member receiving the
/// badge of their years in the Party ("đồng chí A chi bộ thôn Đông nhận
/// Huy hiệu 40 năm tuổi Đảng", "…, đồng chí B được trao tặng Huy hiệu 30
/// năm tuổi Đảng"): a member honoured, with no post. Who presents the
/// badge ("đồng chí C trao Huy hiệu …") is no such member. The clause ends
/// at a full stop, a semicolon or a colon.
pub(super) fn badge_note(t: &Tokens, m: usize) -> bool {
    for k in m..(m + BADGE_REACH).min(t.len()) {
        if t.is_punct(k, '.') || t.is_punct(k, ';') || t.is_punct(k, ':') {
            return false;
        }
        // "đồng chí A phát biểu, chúc mừng những đảng viên được tặng …",
        // "… trao Huy hiệu cho": the person acts, another is honoured.
        if matches!(t.low(k), "cho" | "chúc")
            || matches!(t.phrase(k, 2), Some("phát biểu" | "đề nghị"))
        {
            return false;
        }
        if t.phrase(k, 2) != Some("huy hiệu") {
            continue;
        }
        // The longest verb before the badge says who acts: "trao tặng"
        // presents it, "được trao tặng" and "tặng" alone receive it.
        let verb = (1..=3)
            .rev()
            .filter(|&n| k >= n)
            .find_map(|n| t.phrase(k - n, n).filter(|p| BADGE_VERBS.contains(p)));
        let receives = verb.is_some_and(|v| !matches!(v, "trao" | "trao tặng" | "gắn"));
        let years = (k + 2..k + 6).any(|j| t.phrase(j, 2) == Some("tuổi đảng"));
        return receives && years;
    }
    false
}

/// Verbs written before a Party badge: those that present it ("trao",
/// "trao tặng", "gắn") and those that receive it.
const BADGE_VERBS: &[&str] = &[
    "trao",
    "trao tặng",
    "gắn",
    "nhận",
    "tặng",
    "được tặng",
    "được trao",
    "được trao tặng",
    "đón nhận",
];

/// Whether what follows a name at `m` describes a private person: age,
/// birth year or home in brackets ("(35 tuổi, trú xã B)", "(SN 1990)",
/// "(thôn Đông)", "(số 12/3 Lê Lợi)"), or ", một người dân …".
pub(super) fn citizen_note(t: &Tokens, m: usize) -> bool {
    // "anh Phạm Văn H. (SN 1998)": a name cut to an initial, as news on
    // accidents and crimes write it; the note follows the full stop.
    let initial = m > 0 && t.raw(m - 1).chars().count() == 1 && t.is_cap(m - 1);
    let m = if initial && t.is_punct(m, '.') {
        m + 1
    } else {
        m
    };
    let words = |from: usize| (from..from + 6).map(|k| t.low(k));
    let hamlet = |k: usize| hamlet_at(t, k);
    let unit = |k: usize| unit_at(t, k);
    if comma_home(t, m) || home_shared(t, m) {
        return true;
    }
    // "tặng xe lăn cho ông A ở ấp Ngã Ba", "ông B, người hoạt động kháng
    // chiến", "ông C, người có uy tín ở bản D": where a citizen lives, what
    // they did, or the standing a village gives them.
    let lives = matches!(t.low(m), "ở" | "trú" | "ngụ") && (hamlet(m + 1) || unit(m + 1));
    let veteran = t.is_punct(m, ',')
        && matches!(
            t.phrase(m + 1, 3),
            Some("người hoạt động" | "người có công" | "người có uy")
        );
    // "hộ ông A với mô hình nuôi tôm; ông B mô hình trồng bưởi": a farmer
    // cited for the model their own holding runs, not for a post.
    let model = t.phrase(m, 2) == Some("mô hình") || t.phrase(m, 3) == Some("với mô hình");
    if lives || veteran || model {
        return true;
    }
    // "mô hình của ông Võ Văn Tư thôn 1", "bà Lò Thị Mai bản Nà Tàu": a
    // home right after the name.
    if numbered_at(t, m) || hamlet(m) {
        return true;
    }
    if t.is_punct(m, '(') {
        // A home: a house number, or a village, hamlet or commune.
        let home = t.low(m + 1).starts_with(|c: char| c.is_ascii_digit())
            || matches!(
                t.low(m + 1),
                "số" | "thôn" | "ấp" | "xóm" | "bản" | "buôn" | "tổ" | "khu" | "xã" | "phường"
            );
        // "(dân tộc Thái, ở ấp B)": whom a report describes by people and
        // home, for want of a post.
        // "ông A (bệnh binh 1/4, xóm Trại)", "bà C (mẹ liệt sĩ)": the
        // standing a visit is paid for, in brackets as after a comma.
        return home
            || t.phrase(m + 1, 2) == Some("dân tộc")
            || described(t, m + 1)
            || words(m + 1)
                .any(|w| matches!(w, "tuổi" | "sn" | "sinh" | "trú" | "ngụ" | "quê" | "ở"));
    }
    // "đồng chí A - đảng viên Chi bộ xóm 3", "ông B là thương binh", "ông
    // C, nông dân xã D" (given a certificate of merit): a member, a
    // veteran or a trade, described so for want of a post.
    let member = (t.is_punct(m, ',') || t.is_dash(m) || t.low(m) == "là") && described(t, m + 1);
    member
        || t.is_punct(m, ',')
            && (t.phrase(m + 1, 2) == Some("người dân")
                || t.phrase(m + 2, 2) == Some("người dân")
                || matches!(t.low(m + 1), "trú" | "ngụ" | "sinh" | "ở"))
}

/// Whether the lower-case word at `k` is a hamlet's or a village's before
/// its capitalised name ("ấp Sở Líp", "bản Nà Tàu"), or opens a street
/// group ("tổ dân phố", "khu dân cư").
fn hamlet_at(t: &Tokens, k: usize) -> bool {
    matches!(
        t.low(k),
        "ấp" | "thôn" | "xóm" | "bản" | "buôn" | "khóm" | "sóc"
    ) && t.is_cap(k + 1)
        || matches!(t.phrase(k, 3), Some("tổ dân phố" | "khu dân cư"))
}

/// Whether a commune or a district in lower case opens its capitalised
/// name at `k` ("xã Ea Tiêu", "thị xã Ayunpa").
fn unit_at(t: &Tokens, k: usize) -> bool {
    let n = match t.phrase(k, 2) {
        Some("thị xã" | "thị trấn") => 2,
        _ if matches!(t.low(k), "xã" | "phường" | "huyện") => 1,
        _ => return false,
    };
    !t.is_cap(k) && t.is_cap(k + n)
}

/// Whether a hamlet or a street group named by its number opens at `k`
/// ("thôn 2", "xóm 7", "tổ 12", "khối 3").
fn numbered_at(t: &Tokens, k: usize) -> bool {
    matches!(
        t.low(k),
        "thôn" | "xóm" | "ấp" | "tổ" | "khóm" | "khối" | "bản"
    ) && t.raw(k + 1).starts_with(|c: char| c.is_ascii_digit())
}

/// Whether a comma or a dash at `m` opens a home: "bà A, ấp Sở Líp", "ông
/// B - Ấp Hưng Thạnh", "ông C, thôn 2", "gương ông Nay Bim, thị xã
/// Ayunpa": a household's address, or the home of someone with no post.
fn comma_home(t: &Tokens, m: usize) -> bool {
    (t.is_punct(m, ',') || t.is_dash(m))
        && (hamlet_at(t, m + 1) || unit_at(t, m + 1) || numbered_at(t, m + 1))
}

/// Most persons of a run ("ông A, ông B, thôn 8") that one home written
/// after the last is read for.
const SHARED_HOME: usize = 3;

/// Whether the name ending at `m` is followed by others, each with "ông"
/// or "bà" after a comma or "và", the last of which a home follows: "ông
/// A, ông B, thôn 8" and "bà C và bà D, xóm Trại" name households of one
/// hamlet, the home written once.
fn home_shared(t: &Tokens, mut m: usize) -> bool {
    for _ in 0..SHARED_HOME {
        let joined = t.is_punct(m, ',') || t.low(m) == "và";
        if !joined || !matches!(t.low(m + 1), "ông" | "bà") {
            return false;
        }
        let Some(end) = crate::parse::names::name_end(t, m + 2, true) else {
            return false;
        };
        if comma_home(t, end) {
            return true;
        }
        m = end;
    }
    false
}

/// Whether the words at `k` describe someone by membership, trade or kin,
/// for want of a post: "đảng viên", "thương binh", "nông dân", "thân nhân
/// liệt sĩ", "vợ của …", "mẹ liệt sĩ".
fn described(t: &Tokens, k: usize) -> bool {
    // A member, a veteran or a trade.
    let member = matches!(
        t.phrase(k, 2),
        Some(
            "đảng viên"
                | "hội viên"
                | "đoàn viên"
                | "thương binh"
                | "bệnh binh"
                | "nông dân"
                | "ngư dân"
                | "thương lái"
                | "công nhân"
                | "tiểu thương"
        )
    );
    // Whom a visit or a gift is for, or whose relative someone is: "cụ A
    // - thân sinh của Chủ tịch B", the parent a memorial honours.
    let kin = matches!(
        t.phrase(k, 2),
        Some(
            "đối tượng"
                | "phu nhân"
                | "thân nhân"
                | "gia đình"
                | "con trai"
                | "con gái"
                | "thân sinh"
                | "thân phụ"
                | "thân mẫu"
        )
    ) || (matches!(t.low(k), "vợ" | "mẹ" | "cha" | "bố" | "con" | "cháu")
        && matches!(t.low(k + 1), "của" | "liệt" | "đồng" | "ông" | "bà"));
    // "ông A, cử tri phường B", "anh C, tài xế xe tải": what befell them
    // or what they said is what the report names them for.
    member || kin || private_role_at(t, k)
}

/// Dignitaries, named as people are in reports on dân vận ("người có uy
/// tín A Ting"); a village elder's standing ("Già làng") and religious
/// ranks ("Hòa thượng") are titles, as ranks.
#[rustfmt::skip]
pub(super) const DIGNITARY: &[&str] = &[
    "người có uy tín", "chức sắc", "trưởng họ", "cụ",
];

/// A dignitary's title at `i` followed by a capitalised word.
pub(super) fn dignitary(t: &Tokens, i: usize) -> Option<(usize, Cue)> {
    let n = match t.low(i) {
        "cụ" => 1,
        "người" => 4,
        _ => 2,
    };
    if !t.is_cap(i + n) {
        return None;
    }
    DIGNITARY
        .contains(&t.phrase(i, n)?)
        .then_some((i + n, Cue::One))
}

/// The length of a one-person cue ("ông", "bà", "anh", "đồng chí") opening a list
/// member at `k`, or 0.
pub(super) fn lead_cue(t: &Tokens, k: usize) -> usize {
    match cue_at(t, k) {
        // "anh", "chị" only before a family name (`cue_at`): the youth
        // union's officials ("Bí thư Tỉnh đoàn, anh A").
        Some((j, Cue::One))
            if matches!(
                t.low(k),
                "ông" | "bà" | "anh" | "chị" | "đồng" | "đ/c" | "đc" | "sheikh"
            ) =>
        {
            j - k
        }
        _ => 0,
    }
}

/// Whether "Bà" or "Ông" at `i` opens the name of a deity a shrine is
/// named after ("Chùa Bà Chúa Xứ", "miếu Ông"), after the shrine's word,
/// or of a street named after someone so called ("đường Bà Triệu", "số
/// 574 Ông Ích Khiêm"), after the street's word or a house's number: the
/// cue of a person is written in lower case there.
fn shrine(t: &Tokens, i: usize) -> bool {
    i > 0
        && t.is_cap(i)
        && matches!(t.low(i), "bà" | "ông")
        && (matches!(
            t.low(i - 1),
            "chùa" | "đền" | "miếu" | "điện" | "phủ" | "lăng" | "đường" | "phố"
        ) || house_number(t, i - 1))
}

/// Whether the token at `k` is a house's number after "số", "tại" or "ở"
/// ("số 12", "tại 45/3"): a table's row number opens no such phrase.
fn house_number(t: &Tokens, k: usize) -> bool {
    k > 0
        && t.raw(k).starts_with(|c: char| c.is_ascii_digit())
        && matches!(t.low(k - 1), "số" | "tại" | "ở")
}

/// A cue at `i`: returns the index after it and its kind.
pub(super) fn cue_at(t: &Tokens, i: usize) -> Option<(usize, Cue)> {
    if !t.has(i, crate::parse::vocab::flag::PERSON_CUE) || shrine(t, i) {
        return None;
    }
    match t.low(i) {
        "các" if t.phrase(i, 3) == Some("các đồng chí") => Some((i + 3, Cue::Many)),
        // "gồm các đại biểu: A, B", "các ông: A, B": people listed by name;
        // "chúc thọ các cụ: A, B" the elders a visit is paid to.
        "các" if t.phrase(i, 3) == Some("các đại biểu") && t.is_punct(i + 3, ':') => {
            Some((i + 3, Cue::Many))
        }
        "các" if matches!(t.low(i + 1), "ông" | "bà" | "vị" | "cụ") && t.is_punct(i + 2, ':') => {
            Some((i + 2, Cue::Many))
        }
        // "các ông A, B, Phó Bí thư Tỉnh ủy", "các bà C và D": a list
        // with no colon, of names opening with a family name.
        "các" if matches!(t.low(i + 1), "ông" | "bà") && starts_name(t, i + 2) => {
            Some((i + 2, Cue::Many))
        }
        // "gồm các ông, bà: A, B", "các ông bà: A, B"; "các anh, chị: A,
        // B" of a youth union.
        "các"
            if matches!(
                (
                    t.low(i + 1),
                    t.low(i + 2 + usize::from(t.is_punct(i + 2, ',')))
                ),
                ("ông", "bà") | ("anh", "chị")
            ) =>
        {
            let colon = i + 3 + usize::from(t.is_punct(i + 2, ','));
            t.is_punct(colon, ':').then_some((colon, Cue::Many))
        }
        // "các Ủy viên Bộ Chính trị: A, …; B, …", "các Phó Bí thư Đảng ủy A, B, C".
        "các" if head_len(t, i + 1).is_some() => Some((i + 1, Cue::ManyTitled)),
        // "các vị đại biểu Quốc hội A, B": the same, said with respect.
        "các" if t.low(i + 1) == "vị" && head_len(t, i + 2).is_some() => {
            Some((i + 2, Cue::ManyTitled))
        }
        // "Thủ tướng Qatar Sheikh Abdullah …": an Arab ruler's honorific,
        // as "ngài", is no part of the name.
        "ngài" | "sheikh" if t.is_cap(i + 1) => Some((i + 1, Cue::One)),
        // "Cha Giuse Nguyễn Văn A": a priest, only before a Christian name.
        "cha" if t.is_cap(i) && christian_len(t, i + 1) > 0 => Some((i + 1, Cue::One)),
        // "4 đồng chí: A, B, C, D": counted comrades are a list.
        "đồng" if t.phrase(i, 2) == Some("đồng chí") && counted(t, i) => {
            Some((i + 2, Cue::Many))
        }
        "đồng" if t.phrase(i, 2) == Some("đồng chí") => Some((i + 2, Cue::One)),
        "đ/c" => Some((i + 1, Cue::One)),
        // "đc Nguyễn Văn A": "đồng chí" written short with no slash, as
        // commune portals do; only before a name, since "đc" also
        // shortens "địa chỉ" (an address).
        "đc" if starts_name(t, i + 1) => Some((i + 1, Cue::One)),
        "ông" | "bà" if t.is_cap(i + 1) || small_family_name(t, i + 1) => Some((i + 1, Cue::One)),
        // "Bà: Lê Thị A - vợ liệt sĩ; Ông: Trần Văn B - thương binh": a
        // list of families visited, each member's cue with a colon.
        "ông" | "bà" if t.is_punct(i + 1, ':') && starts_name(t, i + 2) => {
            Some((i + 1, Cue::One))
        }
        // "anh Nguyễn Văn Tư", "chị Lò Thị Mai": only before a family name;
        // one that is also a word ("Vàng", "Cao") when a middle name shows
        // the name ("chị Vàng Thị Mỷ", "anh Vàng A Sáo"), or three
        // syllables in capitals ("anh Văn Hữu Viên").
        "anh" | "chị" if t.is_cap(i + 1) && (t.family(i + 1, false) || starts_name(t, i + 1)) => {
            Some((i + 1, Cue::One))
        }
        "anh" | "chị" if word_family_opens_full_name(t, i + 1) || small_family_name(t, i + 1) => {
            Some((i + 1, Cue::One))
        }
        // "thăm chú Lâm Văn Hai", "; Bác Đỗ Thị Na, nguyên …": how a
        // commune's report calls an elder it visits, only before a full
        // name that opens with a family name ("Bác Hồ" is the President,
        // "bác bỏ" a verb, "chú trọng" care).
        "chú" | "bác" if elder_named(t, i + 1) => Some((i + 1, Cue::One)),
        // "anh Huy", "chị Hoa": the given name of someone named in full.
        "anh" | "chị" if super::context::given_name_alone(t, i + 1) => Some((i + 1, Cue::One)),
        // "già Y Hơn Mlô", "già A Thút": the Central Highlands call a
        // village elder "già" before the name, which one of the peoples'
        // own name words opens.
        "già" if crate::parse::names::ethnic_name_word(t, i + 1, true) => Some((i + 1, Cue::One)),
        "già" | "người" | "chức" | "trưởng" | "cụ" => dignitary(t, i),
        _ => None,
    }
}

/// Whether a name of two syllables or more, in capitals and opening with
/// a family name, starts at `j` (the President's is read as no one's
/// name, so "Bác Hồ Chí Minh" is no elder visited).
fn elder_named(t: &Tokens, j: usize) -> bool {
    t.is_cap(j)
        && t.family(j, false)
        && crate::parse::names::name_end(t, j, true)
            .is_some_and(|e| e >= j + 2 && (j..e).all(|k| t.is_cap(k)))
}

/// Whether a family name that is also a word ("Văn", "Đường") opens a
/// name of three syllables or more at `j`, each in capitals.
fn word_family_opens_full_name(t: &Tokens, j: usize) -> bool {
    t.is_cap(j)
        && t.family(j, true)
        && crate::parse::names::name_end(t, j, true)
            .is_some_and(|e| e >= j + 3 && (j..e).all(|k| t.is_cap(k)))
}

/// What news calls a person with no post ("xạ thủ", "HLV", "đối tượng"),
/// lower case, each with whether it is a case's (marker `case`).
/// By the noun: a set, as every phrase before a capital may be asked; a
/// noun listed twice keeps its first marker.
static PERSON_NOUNS: std::sync::LazyLock<crate::parse::lookup::Map<String, bool>> =
    std::sync::LazyLock::new(|| {
        let mut nouns = crate::parse::lookup::Map::default();
        for (w, marker) in crate::parse::lexicon::entries(crate::parse::lexicon::PERSON_NOUNS) {
            // A member is a citizen named as a case's person is.
            nouns
                .entry(w.to_lowercase())
                .or_insert(matches!(marker, "case" | "member"));
        }
        nouns
    });

/// The person nouns of `person_nouns.txt` with `marker`, lower case.
fn nouns_marked(marker: &str) -> Vec<String> {
    crate::parse::lexicon::entries(crate::parse::lexicon::PERSON_NOUNS)
        .filter(|(_, m)| *m == marker)
        .map(|(w, _)| w.to_lowercase())
        .collect()
}

/// The person nouns that name a member of the Party or a mass
/// organisation (marker `member`: "đảng viên", "hội viên"), lower case.
static MEMBER_NOUNS: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| nouns_marked("member"));

/// The person nouns of a leader's spouse (marker `kin`: "phu nhân"),
/// lower case.
static KIN_NOUNS: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| nouns_marked("kin"));

/// The person nouns of an athlete or a referee (marker `sport`: "xạ thủ",
/// "VĐV", "trọng tài"), lower case.
static SPORT_NOUNS: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| nouns_marked("sport"));

/// The person nouns that are a post (marker `post`: a coach's), lower case.
static POST_NOUNS: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| nouns_marked("post"));

/// The post a person noun at `i`, its name from `j`, gives as written
/// ("HLV", "huấn luyện viên", "HLV trưởng" with the head's "trưởng"), up
/// to the name ("là" is no word of it).
pub(super) fn coach_post(t: &Tokens, i: usize, j: usize) -> Option<String> {
    let n = (1..=MAX_PERSON_NOUN).rev().find(|&n| {
        t.phrase(i, n)
            .is_some_and(|p| POST_NOUNS.iter().any(|w| w == p))
    })?;
    let end = if j > i + n && t.raw(i + n) == "trưởng" {
        i + n + 1
    } else {
        i + n
    };
    Some(t.span(i, end).to_string())
}

/// Whether a coach's noun at `i`, `n` words, has its head's "trưởng"
/// after it ("HLV trưởng Nguyễn Văn A").
fn head_coach(t: &Tokens, i: usize, n: usize) -> bool {
    t.raw(i + n) == "trưởng"
        && t.phrase(i, n)
            .is_some_and(|p| POST_NOUNS.iter().any(|w| w == p))
}

/// Most words of a person noun ("thanh niên ưu tú", "nữ vận động viên":
/// four): a noun longer than the look-up's reach would never cue its name.
pub(super) const MAX_PERSON_NOUN: usize = 4;

/// A person noun at `i` right before a name ("xạ thủ Lê Văn An", "nghi
/// phạm là Trần Văn B", "HLV Park Min-ho"): where the name starts and the
/// cue, one that opens a list after "các" or a count ("các xạ thủ A, B
/// và C", "2 xạ thủ A, B"). A case's noun needs a family name after it,
/// as such reports name the country's citizens; a country after a sport's
/// noun ("VĐV Thái Lan") is no one.
pub(super) fn noun_cue(t: &Tokens, i: usize) -> Option<(usize, Cue)> {
    // Cheap test first: asked of nearly every word. The word lists' bit
    // for a person noun's first word tells most words apart at once.
    let named = |j: usize| t.is_cap(j) || t.is_cap(j + 1) && t.low(j) == "là";
    if !t.info(i).person_noun || !(1..=MAX_PERSON_NOUN + MAX_FIELD).any(|n| named(i + n)) {
        return None;
    }
    let (n, case) = (1..=MAX_PERSON_NOUN).rev().find_map(|n| {
        let p = t.phrase(i, n)?;
        PERSON_NOUNS.get(p).map(|&case| (n, case))
    })?;
    let j = if head_coach(t, i, n) {
        i + n + 1
    } else {
        i + n + usize::from(t.low(i + n) == "là")
    };
    let j = if t.is_cap(j) {
        j
    } else {
        past_field(t, j).unwrap_or(j)
    };
    let (m, _) = crate::parse::names::parse_name(t, j, true)?;
    // A Hmong family name that is also a word ("Mùa", "Vàng") counts
    // before a middle name only Hmong names have: "đối tượng Mùa A Dình";
    // so does any family name before "Văn" or "Thị" ("cô giáo Trà Thị
    // A", "bị cáo Vân Văn B").
    // "bị cáo Quan Minh Thịnh": after the accused, a family name that is
    // also a word opens a full name of three syllables.
    let accused =
        matches!(t.phrase(i, n), Some("bị can" | "bị cáo")) && t.family(j, true) && m >= j + 3;
    let family = t.family(j, false)
        || accused
        || crate::parse::names::hmong_middle(t, j)
        || crate::parse::names::middle_name_next(t, j);
    if case && !family || t.phrase(j, m - j).is_some_and(vocab::is_country) {
        return None;
    }
    // "Đại biểu Lê Văn A (Nghệ An)": a deputy with the seat in brackets,
    // whose word is the post (`Scan::deputy`); so is one speaking at a
    // council's session.
    if t.phrase(i, n) == Some("đại biểu") && (t.is_punct(m, '(') || council_deputy(t, i)) {
        return None;
    }
    let counted = i > 0
        && (matches!(t.low(i - 1), "các" | "những" | "hai" | "ba" | "bốn" | "năm")
            || t.raw(i - 1).bytes().all(|b| b.is_ascii_digit()));
    Some((j, if counted { Cue::Many } else { Cue::One }))
}

/// Most lower-case words of a field between a person noun and the name:
/// "vận động viên quần vợt", "xạ thủ súng ngắn", "HLV bắn súng".
const MAX_FIELD: usize = 2;

/// Where the name starts after the lower-case field at `j` that follows a
/// person noun: "vận động viên đấu kiếm Lê Văn A", "xạ thủ súng ngắn Đỗ
/// Văn B". Only a full name opening with a family name that is no word
/// counts, and the field holds no linking word ("HLV nói với …") and no
/// namesake's word ("giáo viên trường Lê Văn Tám" names a school).
fn past_field(t: &Tokens, j: usize) -> Option<usize> {
    let field = |x: usize| {
        t.is_word(x)
            && !t.is_cap(x)
            && !crate::parse::names::not_in_organ(t.low(x))
            && !crate::parse::lexicon::is_namesake(t.low(x))
    };
    (1..=MAX_FIELD)
        .take_while(|&n| field(j + n - 1))
        .find(|&n| {
            let k = j + n;
            t.is_cap(k)
                && t.family(k, false)
                && crate::parse::names::name_end(t, k, true).is_some_and(|m| m >= k + 3)
        })
        .map(|n| j + n)
}

/// Whether a note in brackets or after a comma at `m`, right after a name,
/// gives the person's birth year or age ("(SN 1990, trú tại …)", "(sinh
/// năm 2004)", "(42 tuổi)", ", SN 1985,"): what news writes of a citizen
/// it names, and of no organ or place. A list may give the year with no
/// bracket or comma at all: "các ông A sinh năm 1959, B sinh năm 1962".
pub(super) fn birth_note(t: &Tokens, m: usize) -> bool {
    let number = |k: usize| t.raw(k).starts_with(|c: char| c.is_ascii_digit());
    if t.low(m) == "sinh" {
        return matches!(t.low(m + 1), "năm" | "ngày") && number(m + 2);
    }
    if !t.is_punct(m, '(') && !t.is_punct(m, ',') {
        return false;
    }
    match t.low(m + 1) {
        "sn" => number(m + 2),
        "sinh" => matches!(t.low(m + 2), "năm" | "ngày") && number(m + 3),
        // "A (quốc tịch Australia)": a person's citizenship.
        "quốc" => t.low(m + 2) == "tịch" && t.is_cap(m + 3),
        _ => number(m + 1) && t.low(m + 2) == "tuổi",
    }
}

/// Whether a note in brackets at `m`, right after a name, says where the
/// person lives ("(xã Dương Hưu)", "(thôn 3, xã A)", "(trú tại …)"): how a
/// report lists citizens, model farmers or donors. A school or a street
/// named after someone takes such a note too ("Trường THCS Lê Lợi (xã
/// A)"), so it counts only for a name that opens a list's member (see
/// `listed`).
pub(super) fn home_note(t: &Tokens, m: usize) -> bool {
    if !t.is_punct(m, '(') {
        return false;
    }
    // "(thị trấn Đak Đoa)": a township is a home as a commune is.
    (t.low(m + 1) == "thị" && t.low(m + 2) == "trấn")
        || matches!(
            t.low(m + 1),
            "xã" | "phường"
                | "thôn"
                | "ấp"
                | "bản"
                | "xóm"
                | "buôn"
                | "làng"
                | "trú"
                | "ngụ"
                | "quê"
        )
}

/// Whether a comma at `m`, right after a name, opens where the person
/// lives: ", trú tại xã A", ", ngụ ấp B", ", thường trú ở …". Reports of
/// trials, arrests and accidents name a citizen so, with no cue before
/// the name; an organ, a street or a school takes no such note.
pub(super) fn residence_note(t: &Tokens, m: usize) -> bool {
    if !t.is_punct(m, ',') {
        return false;
    }
    // "thường trú", "tạm trú", "cư trú": the kinds of residence.
    let k = m + 1 + usize::from(matches!(t.low(m + 1), "thường" | "tạm" | "cư"));
    matches!(t.low(k), "trú" | "ngụ")
        && (matches!(t.low(k + 1), "tại" | "ở")
            || t.has(k + 1, crate::parse::vocab::flag::PLACE_WORD)
            || matches!(t.low(k + 1), "ấp" | "thôn" | "xóm" | "bản" | "tổ"))
}

/// Whether the name at `i` opens a member of a list: after a semicolon or
/// a colon.
pub(super) fn listed(t: &Tokens, i: usize) -> bool {
    i > 0 && (t.is_punct(i - 1, ';') || t.is_punct(i - 1, ':'))
}

/// Whether a count of two or more ("3", "hai", "ba") comes right before `i`.
fn counted(t: &Tokens, i: usize) -> bool {
    i > 0 && {
        let w = t.low(i - 1);
        matches!(
            w,
            "hai" | "ba" | "bốn" | "năm" | "sáu" | "bảy" | "tám" | "chín"
        ) || w.parse::<u32>().is_ok_and(|n| (2..=99).contains(&n))
    }
}

/// Words that tell a paragraph speaks of a council's session or of its
/// deputies ("kỳ họp", "chất vấn", "HĐND", "Quốc hội"), in lower case.
const COUNCIL_WORDS: &[&str] = &[
    "kỳ họp",
    "kì họp",
    "chất vấn",
    "hđnd",
    "hội đồng nhân dân",
    "quốc hội",
    "đbqh",
    "nghị trường",
    "cử tri",
];

/// Whether "đại biểu" at `i`, right before a name, is one deputy's post:
/// "tại kỳ họp, đại biểu Lê Thị A chất vấn …". The word is one person's
/// there, not counted ("các đại biểu A, B" are guests), and the paragraph
/// speaks of a council. Asked only at "đại biểu" before a name, so the
/// paragraph is searched rarely.
pub(super) fn council_deputy(t: &Tokens, i: usize) -> bool {
    let counted = i > 0
        && (matches!(
            t.low(i - 1),
            "các" | "những" | "nhiều" | "hai" | "ba" | "bốn" | "năm"
        ) || t.raw(i - 1).bytes().all(|b| b.is_ascii_digit()));
    !counted && COUNCIL_WORDS.iter().any(|w| t.lower.contains(w))
}
