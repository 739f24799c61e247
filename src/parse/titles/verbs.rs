//! The verb phrases that give the person named before them a post: "A giữ
//! chức vụ Chủ tịch Hội", "A được bầu làm Bí thư", "A trúng cử Chủ tịch
//! UBND xã", "A được Đại hội tín nhiệm bầu làm Chủ tịch", with the adverbs
//! that may open them ("đã", "vừa", "tiếp tục").

use super::head::head_len;
use crate::parse::tokens::Tokens;
use std::sync::LazyLock;

/// Verb phrases that give the person named before them a title ("A giữ
/// chức vụ Chủ tịch Hội", "bổ nhiệm A làm Giám đốc Sở", "A là Chi hội
/// trưởng").
#[rustfmt::skip]
const TITLE_VERBS: &[&str] = &[
    "là", "làm", "giữ", "kiêm", "kiêm nhiệm", "giữ chức", "giữ chức vụ", "giữ chức danh",
    "giữ cương vị", "giữ vị trí", "nhận nhiệm vụ", "nhận công tác", "tái cử", "tái cử chức", "tái cử chức vụ", "tái cử chức danh", "đắc cử",
    "đắc cử chức",
    "trúng cử", "trúng cử chức", "trúng cử chức vụ", "trúng cử chức danh", "đảm nhiệm",
    "đảm nhiệm làm", "đảm nhiệm chức", "đảm nhiệm chức vụ", "đảm nhận", "đảm nhận chức",
    "đảm nhận chức vụ", "được bầu", "được bầu là", "được bầu làm", "được bầu giữ chức",
    "được bầu giữ chức vụ", "được bầu giữ chức danh", "được bầu bổ sung làm",
    "được bầu bổ sung giữ chức", "được bầu bổ sung giữ chức vụ",
    "được bổ nhiệm", "được bổ nhiệm làm", "được bổ nhiệm giữ chức", "được bổ nhiệm giữ chức vụ",
    "được chỉ định", "được chỉ định làm", "được chỉ định giữ chức", "được chỉ định giữ chức vụ",
    "được điều động làm", "được phân công làm", "được giao làm", "được tín nhiệm bầu làm",
    // "A giữ chức Phó Tổng Biên tập, giao làm Quyền Tổng Biên tập Báo B":
    // the decision's second post, entrusted in the same clause.
    "giao làm",
    "được tái cử", "được tái cử chức", "được tái cử chức vụ", "được công nhận là",
    "tái đắc cử", "tái đắc cử chức", "tái đắc cử chức vụ", "tái đắc cử chức danh",
    "đắc cử chức vụ", "đắc cử chức danh", "được tái bổ nhiệm",
    "được tái bổ nhiệm làm", "được suy tôn làm", "được bầu lại làm",
    "được tín nhiệm bầu giữ chức", "được tín nhiệm bầu giữ chức vụ", "được suy cử",
    "được suy cử làm", "được hiệp thương cử giữ chức", "được hiệp thương giữ chức",
    "được hiệp thương cử làm", "được hiệp thương làm", "được cử giữ chức",
    "được cử giữ chức vụ", "được cử làm", "được bố trí làm", "được bố trí giữ chức",
    "được bố trí giữ chức vụ", "chuyển công tác làm", "chuyển công tác giữ chức",
    "chuyển công tác giữ chức vụ", "chuyển sang làm", "chuyển sang giữ chức",
    "chuyển sang giữ chức vụ", "tái cử làm", "được tín nhiệm tái cử làm",
    "được tín nhiệm tái cử",
    // "A tiếp tục tái cử giữ chức Chủ tịch Mặt trận xã": re-elected to hold it.
    "tái cử giữ chức", "tái cử giữ chức vụ", "tái cử giữ chức danh", "được tái cử làm",
    "được tái cử giữ chức", "được tái cử giữ chức vụ",
    // "A được phê chuẩn bổ nhiệm làm Bộ trưởng": the assembly's assent to
    // an appointment gives the post as the appointment does.
    "được phê chuẩn bổ nhiệm", "được phê chuẩn bổ nhiệm làm", "được phê chuẩn bổ nhiệm giữ chức",
    "được phê chuẩn bổ nhiệm giữ chức vụ",
    // "A được phê chuẩn làm Phó Chủ tịch UBND tỉnh": the Prime
    // Minister's assent to an election gives the post.
    "được phê chuẩn giữ chức", "được phê chuẩn giữ chức vụ", "được phê chuẩn làm",
    // "A với vai trò là Phó Chủ tịch …", "A với tư cách Trưởng đoàn …":
    // the capacity a person acts in is their post.
    "với vai trò", "với vai trò là", "trong vai trò", "trong vai trò là", "với tư cách",
    "với tư cách là", "trên cương vị", "trên cương vị là",
    // "Với cương vị Bí thư chi bộ, ông A …", "giữ vai trò Trưởng thôn":
    // the same capacity, as profiles of hamlet cadres write it.
    "với cương vị", "với cương vị là", "giữ vai trò", "giữ vai trò là",
    // "A về làm Trưởng ấp từ năm 2008": came to hold the post.
    "về làm",
    // "A tái trúng cử chức danh Phó Chủ tịch HĐND huyện": elected again.
    "tái trúng cử", "tái trúng cử chức", "tái trúng cử chức vụ", "tái trúng cử chức danh",
    // "A được bầu chức vụ Thủ quỹ Hội", "được bầu chức danh Trưởng ban":
    // elected to the post, with no "giữ" or "làm" before it.
    "được bầu chức", "được bầu chức vụ", "được bầu chức danh",
    // "A được giao giữ chức Trưởng trạm …", "được Tổng công ty giao đảm
    // nhận chức vụ …": a post entrusted to the holder.
    "được giao đảm nhiệm", "được giao đảm nhiệm chức vụ", "được giao đảm nhiệm chức danh",
    "được giao đảm nhận", "được giao đảm nhận chức vụ", "được giao giữ chức",
    "được giao giữ chức vụ",
    // A post taken "as chức danh" (the phrase, then the post): the regular
    // police sent to a commune take its posts so, as elected cadres do.
    "đảm nhiệm chức danh", "đảm nhận chức danh",
    // "chọn bà A (Giám đốc Sở) vào vị trí Phó Chủ tịch": elected or
    // chosen into the post named after "vào".
    "vào vị trí", "vào chức vụ", "vào chức danh",
];

/// What "được" may bring before a comma and the verb that gives a post:
/// the Front's consultation, a vote of confidence, an election ("được
/// hiệp thương, đảm nhiệm chức vụ …").
const CONSENTS: &[&str] = &[
    "hiệp thương",
    "hiệp thương cử",
    "tín nhiệm",
    "bầu",
    "bầu lại",
];

/// Length of a phrase of `CONSENTS` at `k` with the comma after it.
fn consented_len(t: &Tokens, k: usize) -> Option<usize> {
    t.listed_len(k, 3, CONSENTS)
        .filter(|&n| t.is_punct(k + n, ','))
        .map(|n| n + 1)
}

/// Longest phrase a verb phrase of `TITLE_VERBS` can span, in tokens.
const MAX_TITLE_VERB: usize = 6;

/// Most tokens of the body that elects or appoints, between "được" and its
/// verb ("được Đại hội bầu làm", "được HĐND xã tín nhiệm bầu giữ chức",
/// "được Ban Thường vụ Tỉnh ủy điều động").
const MAX_AGENT: usize = 6;

/// The phrases of `TITLE_VERBS` after "được", which may follow the body that
/// acts ("được Ban Chấp hành bầu làm" as "được bầu làm").
static AFTER_AGENT: LazyLock<Vec<&str>> = LazyLock::new(|| {
    TITLE_VERBS
        .iter()
        .filter_map(|v| v.strip_prefix("được "))
        .collect()
});

/// Length of a verb phrase at `k` that gives a title, when a title head
/// follows it.
pub(in crate::parse) fn title_verb_len(t: &Tokens, k: usize) -> Option<usize> {
    let k0 = k;
    let k = k + adverb_len(t, k);
    // Cheap test first: this is asked after every name.
    if !matches!(
        t.low(k),
        "là" | "làm"
            | "giữ"
            | "kiêm"
            | "tái"
            | "đắc"
            | "đảm"
            | "được"
            | "giao"
            | "trúng"
            | "bổ"
            | "điều"
            | "quyết"
            | "luân"
            | "phân"
            | "chỉ"
            | "tiếp"
            | "cử"
            | "chuyển"
            | "tham"
            | "nhận"
            | "với"
            | "trong"
            | "trên"
            | "về"
            | "vào"
    ) {
        return None;
    }
    // "A được giao quyền Giám đốc Sở …", "A, Phó Giám đốc, giao quyền
    // Giám đốc Bệnh viện …": the acting post entrusted, read with its
    // "quyền".
    if let Some(n) = entrusted_len(t, k) {
        return Some(k + n - k0);
    }
    // "chỉ định đồng chí A tham gia Ban Chấp hành, Ban Thường vụ Đảng ủy
    // và giữ chức Phó Bí thư …": the committees joined, then the post.
    if t.phrase(k, 2) == Some("tham gia") {
        // "hiệp thương cử bà A, Chủ tịch Ủy ban MTTQ thành phố tham gia Phó
        // Chủ tịch không chuyên trách Ủy ban …": an office right after
        // "tham gia" is the seat taken, as a committee joined is not.
        if head_len(t, k + 2).is_some() {
            return Some(k + 2 - k0);
        }
        let and = joined_end(t, k + 2)?;
        // "… và giới thiệu để bầu giữ chức Bí thư": put forward for the
        // committee to elect, as the body above decides.
        let at = and + 1 + nominated_len(t, and + 1);
        let n = (1..=3).rev().find(|&n| {
            t.phrase(at, n)
                .is_some_and(|p| p.starts_with("giữ") && GIVES_POST.contains(&p))
        })?;
        return head_len(t, at + n).map(|_| at + n - k0);
    }
    // "A được bầu làm tân Chủ tịch", "được suy cử tân Trưởng ban Trị sự":
    // "tân" (newly given) between the verb and the post is no part of it.
    let newly = |at: usize| usize::from(t.raw(at) == "tân" && head_len(t, at + 1).is_some());
    let phrase = |at: usize, verbs: &[&str]| {
        (1..=MAX_TITLE_VERB).rev().find_map(|n| {
            let verb =
                t.phrase(at, n).is_some_and(|p| verbs.contains(&p)) && lower_after_first(t, at, n);
            let n = n + newly(at + n);
            (verb && head_len(t, at + n).is_some()).then_some(n)
        })
    };
    if let Some(n) = phrase(k, TITLE_VERBS) {
        return Some(k + n - k0);
    }
    // "A nhận nhiệm vụ và đảm nhiệm chức danh Trưởng …": two verbs of
    // the post joined by "và", the post after the second.
    if let Some(j) = joined_verb_len(t, k) {
        if let Some(n) = phrase(k + j, TITLE_VERBS) {
            return Some(k + j + n - k0);
        }
    }
    // "… về công tác và bổ nhiệm giữ chức vụ …".
    if let Some(n) = appointment_len(t, k) {
        return Some(k + n - k0);
    }
    if t.low(k) != "được" {
        return None;
    }
    // "A được hiệp thương, đảm nhiệm chức vụ Phó Chủ tịch …", "B được
    // tín nhiệm, giữ chức …": the consultation or the vote, a comma, then
    // the verb that gives the post it led to.
    if let Some(n) = consented_len(t, k + 1) {
        if let Some(m) = title_verb_len(t, k + 1 + n).filter(|_| t.low(k + 1 + n) != "được") {
            return Some(k + 1 + n + m - k0);
        }
    }
    // "được tiếp tục bổ nhiệm làm …", "được chính thức bầu làm …": the
    // adverb between "được" and its verb.
    let still = match t.phrase(k + 1, 2) {
        Some("tiếp tục" | "chính thức") => 2,
        _ => 0,
    };
    if still > 0 {
        if let Some(n) = phrase(k + 1 + still, &AFTER_AGENT) {
            return Some(k + 1 + still + n - k0);
        }
    }
    // "được điều động, bổ nhiệm giữ chức vụ …": the moves, then the post.
    if let Some(n) = appointment_len(t, k + 1 + still) {
        return Some(k + 1 + still + n - k0);
    }
    // "được Đại hội bầu làm", "được HĐND xã tín nhiệm bầu giữ chức": the
    // body that acts stands between "được" and its verb ("được Thủ tướng
    // Chính phủ quyết định bổ nhiệm giữ chức …").
    if !agent_opens(t, k + 1) {
        return None;
    }
    // The agent may be counted ("100% đại biểu").
    (k + 2..=k + 1 + MAX_AGENT)
        .take_while(|&a| t.is_word(a - 1) || t.is_punct(a - 1, '%'))
        .find_map(|a| {
            phrase(a, &AFTER_AGENT)
                .or_else(|| appointment_len(t, a))
                .map(|n| a + n - k0)
        })
}

/// Length of a verb phrase of `TITLE_VERBS` at `k` with the "và" after it
/// ("nhận nhiệm vụ và", "được điều động làm và"): the first of two verbs
/// that give one post.
fn joined_verb_len(t: &Tokens, k: usize) -> Option<usize> {
    let n = (1..=MAX_TITLE_VERB).rev().find(|&n| {
        t.phrase(k, n).is_some_and(|p| TITLE_VERBS.contains(&p)) && lower_after_first(t, k, n)
    })?;
    (t.low(k + n) == "và").then_some(n + 1)
}

/// Length of "giao" or "được giao" at `k` when an acting post ("quyền"
/// and an office) follows: the post is entrusted, not yet appointed.
fn entrusted_len(t: &Tokens, k: usize) -> Option<usize> {
    let n = match t.low(k) {
        "giao" => 1,
        "được" if t.low(k + 1) == "giao" => 2,
        _ => return None,
    };
    (t.low(k + n) == "quyền" && head_len(t, k + n).is_some()).then_some(n)
}

/// Length of "giới thiệu", "giới thiệu bầu" or "giới thiệu để bầu" at `k`:
/// a cadre put forward by the body above for election to the post after.
fn nominated_len(t: &Tokens, k: usize) -> usize {
    ["giới thiệu để bầu", "giới thiệu bầu", "giới thiệu"]
        .iter()
        .find(|p| t.phrase(k, p.split(' ').count()) == Some(**p))
        .map_or(0, |p| p.split(' ').count())
}

/// Whether the words of a verb phrase of `n` tokens at `at` after its
/// first are in lower case: "giữ chức Vụ trưởng Vụ …" is "giữ chức" and
/// the office, not "giữ chức vụ" and "trưởng".
fn lower_after_first(t: &Tokens, at: usize, n: usize) -> bool {
    (at + 1..at + n).all(|k| !t.is_cap(k))
}

/// Whether "làm" at `k` ends a verb of appointment or election ("được chỉ
/// định làm", "được cử làm", "được bầu làm", "phân công làm") rather than
/// standing alone.
pub(in crate::parse) fn appointed_to(t: &Tokens, k: usize) -> bool {
    (2..=MAX_TITLE_VERB).any(|n| {
        k + 1 >= n
            && t.phrase(k + 1 - n, n).is_some_and(|p| {
                TITLE_VERBS.contains(&p)
                    || p.strip_suffix(" làm")
                        .is_some_and(|d| APPOINTMENTS.contains(&d))
            })
    })
}

/// Verbs of a decision on a cadre that come before the post given
/// ("điều động, bổ nhiệm giữ chức", "luân chuyển và chỉ định làm").
#[rustfmt::skip]
const APPOINTMENTS: &[&str] = &[
    "quyết định", "điều động", "bổ nhiệm", "bổ nhiệm lại", "tái bổ nhiệm", "luân chuyển",
    "phân công", "chỉ định", "tiếp nhận", "cử",
    // "được điều về làm …", "được điều chuyển về làm …": moved by the body
    // above, as "điều động" is.
    "điều", "điều chuyển",
    // "được tăng cường làm Chủ tịch UBND xã": an officer of the border
    // guard or the army seconded to a commune to hold its post.
    "tăng cường",
];

/// The verbs that give the post after one or more decisions at `k`.
const GIVES_POST: &[&str] = &[
    "giữ chức vụ",
    "giữ chức danh",
    "đảm nhiệm chức danh",
    "đảm nhiệm chức vụ",
    "đảm nhiệm",
    "giữ chức",
    "giữ",
    "làm",
    "là",
];

/// Length of one or more decisions on a cadre at `k`, joined by commas or
/// "và", then the verb that gives the post, when a title head follows:
/// "điều động, bổ nhiệm giữ chức vụ", "quyết định bổ nhiệm lại giữ chức".
fn appointment_len(t: &Tokens, k: usize) -> Option<usize> {
    let mut j = k;
    let mut decisions = 0;
    for _ in 0..4 {
        let Some(n) = t.listed_len(j, 3, APPOINTMENTS) else {
            break;
        };
        j += n;
        decisions += 1;
        // "điều động đến nhận công tác và chỉ định giữ chức …": the move
        // to the new place of work, then the next decision or the post.
        j += posting_len(t, j);
        if (t.is_punct(j, ',') || t.low(j) == "và")
            && (1..=3).any(|n| {
                t.phrase(j + 1, n)
                    .is_some_and(|p| APPOINTMENTS.contains(&p))
            })
        {
            j += 1;
        }
    }
    if decisions == 0 {
        return None;
    }
    // "bổ nhiệm có thời hạn giữ chức …", "bổ nhiệm lại có thời hạn …": the
    // term the post is given for, before the verb that gives it.
    if t.phrase(j, 3) == Some("có thời hạn") {
        j += 3;
    }
    // "điều động, phân công, chỉ định tham gia Ban Chấp hành, Ban Thường
    // vụ Đảng ủy và giữ chức …": the committees joined come before the post.
    if t.phrase(j, 2) == Some("tham gia") {
        j = joined_end(t, j + 2)? + 1;
        j += nominated_len(t, j);
    } else if t.is_punct(j, ',') && t.low(j + 1) == "giao" {
        // "điều động, giao Quyền Bộ trưởng …": the post entrusted.
        j += 1;
    }
    // "được điều động về làm …", "luân chuyển sang giữ chức …",
    // "được điều lên làm …": the way the cadre moves, then the post.
    if matches!(t.low(j), "về" | "sang" | "lên") {
        j += 1;
    }
    let n = (1..=4).rev().find(|&n| {
        t.phrase(j, n)
            .is_some_and(|p| GIVES_POST.contains(&p) || (n == 1 && p == "giao"))
            && lower_after_first(t, j, n)
    })?;
    head_len(t, j + n).map(|_| j + n - k)
}

/// The moves of a cadre to a new place of work, before the decision or
/// the post that follows there.
const POSTINGS: &[&str] = &[
    "đến nhận công tác",
    "về nhận công tác",
    "đến công tác",
    "về công tác",
];

/// Length of a move to a new place of work at `k`, with the place and the
/// comma or "và" after it: "đến nhận công tác và", "về công tác và", "đến
/// nhận công tác tại xã Xuân Lộc,". Zero when none opens there, or when
/// nothing joins it to what follows.
fn posting_len(t: &Tokens, k: usize) -> usize {
    // Cheap test first: asked at every verb phrase.
    if !matches!(t.low(k), "đến" | "về") {
        return 0;
    }
    let Some(n) = POSTINGS
        .iter()
        .map(|p| p.split(' ').count())
        .find(|&n| t.phrase(k, n).is_some_and(|p| POSTINGS.contains(&p)))
    else {
        return 0;
    };
    let m = k + n + at_place_len(t, k + n);
    if t.is_punct(m, ',') || t.low(m) == "và" {
        m + 1 - k
    } else {
        0
    }
}

/// Most capitalised words of the place after "tại" in a move.
const MAX_PLACE_NAME: usize = 5;

/// Length of "tại" and the place of work named after it, at `k`: a unit
/// of local government and its name ("tại xã Xuân Lộc", "tại đặc khu Cô
/// Tô", "tại phường 3") or a capitalised body ("tại Sở Nội vụ"). Zero
/// when no "tại" opens there.
fn at_place_len(t: &Tokens, k: usize) -> usize {
    if t.low(k) != "tại" {
        return 0;
    }
    let level = match t.phrase(k + 1, 2) {
        Some("đặc khu" | "thành phố") => 2,
        _ if matches!(t.low(k + 1), "xã" | "phường" | "tỉnh" | "huyện" | "quận") => 1,
        _ => 0,
    };
    let named =
        |m: usize| t.is_word(m) && (t.is_cap(m) || t.raw(m).bytes().all(|b| b.is_ascii_digit()));
    let name = (k + 1 + level..k + 1 + level + MAX_PLACE_NAME)
        .take_while(|&m| named(m))
        .count();
    if name == 0 {
        0
    } else {
        1 + level + name
    }
}

/// Most tokens of the committees joined before the post given ("tham gia
/// Ban Chấp hành, Ban Thường vụ Đảng ủy Chính phủ và giữ chức").
const MAX_JOINED: usize = 16;

/// Where the committees joined after "tham gia" at `k` end: at "và", or
/// at a comma with the verb that gives the post after it ("tham gia Thị
/// ủy, Ban Thường vụ Thị ủy, giữ chức Bí thư Thị ủy"). None past a full
/// stop or a semicolon.
fn joined_end(t: &Tokens, k: usize) -> Option<usize> {
    (k..(k + MAX_JOINED).min(t.len()))
        .take_while(|&a| !t.is_punct(a, '.') && !t.is_punct(a, ';'))
        .find(|&a| {
            t.low(a) == "và"
                || t.is_punct(a, ',')
                    && (1..=3).any(|n| {
                        t.phrase(a + 1, n)
                            .is_some_and(|p| p.starts_with("giữ") && GIVES_POST.contains(&p))
                    })
        })
}

/// Whether the body that elects or appoints opens at `k`: a capitalised
/// word ("Đại hội", "HĐND xã", "Ban Chấp hành") or "đại hội", "hội nghị".
fn agent_opens(t: &Tokens, k: usize) -> bool {
    counted_delegates(t, k)
        || t.is_word(k)
            && (t.is_cap(k) || matches!(t.phrase(k, 2), Some("đại hội" | "hội nghị" | "đại biểu")))
}

/// "100% đại biểu", "các đại biểu", "43/43 đại biểu": the delegates who
/// elect, counted, at `k`.
fn counted_delegates(t: &Tokens, k: usize) -> bool {
    let count = t.raw(k).starts_with(|c: char| c.is_ascii_digit()) || t.low(k) == "các";
    let percent = usize::from(t.is_punct(k + 1, '%'));
    count && t.phrase(k + 1 + percent, 2) == Some("đại biểu")
}

/// Length of the adverbs at `k` that may open a verb phrase: "đã từng giữ
/// chức", "hiện là", "vừa được bầu làm", "đã chính thức được bầu làm".
fn adverb_len(t: &Tokens, k: usize) -> usize {
    let mut adverb = 0;
    // "do trước đó đã được …": a reason, a time and a tense, at most.
    for _ in 0..3 {
        // "điều động A đến nhận công tác và giữ chức vụ …", "tiếp nhận A
        // về công tác và bổ nhiệm giữ chức vụ …", "điều động A, …, đến
        // nhận công tác tại xã B, chỉ định tham gia Ban Chấp hành …": the
        // move, then the decision or the post.
        let posting = posting_len(t, k + adverb);
        if posting > 0 {
            adverb += posting;
            continue;
        }
        let word = t.low(k + adverb);
        // "được tín nhiệm được bầu là", "được tín nhiệm tái cử": trusted,
        // then the verb that gives the post.
        if word == "được"
            && t.phrase(k + adverb, 3) == Some("được tín nhiệm")
            && matches!(t.low(k + adverb + 3), "được" | "tái" | "tiếp" | "giữ")
        {
            adverb += 3;
            continue;
        }
        // "ông A, thời điểm đó là Phó Chủ tịch …", "B, lúc bấy giờ là …":
        // the post held at the time the report goes back to.
        if matches!(
            t.phrase(k + adverb, 3),
            Some("thời điểm đó" | "thời điểm ấy" | "thời gian đó" | "lúc bấy giờ")
        ) {
            adverb += 3;
            continue;
        }
        adverb += match t.phrase(k + adverb, 2) {
            // "A và B lần lượt làm Giám đốc, Phó Giám đốc …": the posts
            // go one to each, in order (respectively).
            // "A đồng thời giữ chức …": a post held besides the one
            // named before (concurrently).
            Some(
                "đã từng" | "liên tục" | "tiếp tục" | "hiện đang" | "chính thức" | "vừa mới"
                | "lần lượt" | "đồng thời"
                // "ông A, do trước đó đã được Ban Thường vụ Tỉnh ủy điều
                // động đảm nhiệm …": when, before the move that gives it.
                | "trước đó" | "sau đó"
                // "ông A, khi đó là Phó Chủ tịch UBND tỉnh": the post held
                // then, which a trial's or an inspection's report recalls.
                | "khi đó" | "lúc đó" | "khi ấy" | "lúc ấy" | "hồi đó",
            ) => 2,
            // "miễn nhiệm … đối với ông A do được điều động, bổ nhiệm giữ
            // chức …", "ông B, do đã được bầu làm …": the post that is the
            // reason for the change is the holder's.
            Some("do được" | "do đã" | "do trước" | "do sau") => 1,
            // "… đối với ông A để đảm nhiệm chức vụ …": the post the
            // move is for; "ông A và ông B, đều là Phó Chủ tịch …": a
            // post that several hold.
            _ if matches!(
                t.low(k + adverb),
                "đã" | "từng"
                    | "hiện"
                    | "đang"
                    | "vẫn"
                    | "nay"
                    | "vừa"
                    | "mới"
                    | "để"
                    | "đều"
                    | "cùng"
                    | "cũng"
                    // "A lại được bầu làm …": again.
                    | "lại"
            ) =>
            {
                1
            }
            _ => break,
        };
    }
    adverb
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verb(text: &str) -> Option<usize> {
        let t = Tokens::new(text);
        title_verb_len(&t, 0)
    }

    #[test]
    fn election_verbs_with_adverbs_and_the_body_that_elects() {
        for (text, n) in [
            ("được bầu làm Chủ tịch Hội Nông dân xã", 3),
            ("vừa được bầu làm Chủ tịch Hội Nông dân xã", 4),
            // The post held at the time recalled.
            ("khi đó là Phó Chủ tịch UBND tỉnh", 3),
            ("khi đó đang là Phó Chủ tịch UBND tỉnh", 4),
            ("thời điểm đó là Giám đốc Sở Tài chính", 4),
            ("được bầu là Chủ tịch Hội Cựu chiến binh", 3),
            ("được bầu bổ sung làm Phó Chủ tịch UBND xã", 5),
            ("trúng cử chức vụ Chủ tịch HĐND xã", 4),
            ("trúng cử Chủ tịch UBND phường", 2),
            ("được Đại hội bầu làm Chủ tịch Công đoàn", 5),
            ("được HĐND xã bầu giữ chức Chủ tịch UBND xã", 6),
            ("được đại hội tín nhiệm bầu làm Bí thư Chi bộ", 7),
            ("được Ban Chấp hành bầu làm Phó Bí thư", 6),
            // Elected "chức vụ"/"chức danh" with no "giữ" or "làm".
            ("được bầu chức vụ Thủ quỹ Hội Cựu chiến binh", 4),
            (
                "được Ban Thường vụ bầu chức danh Trưởng ban Nữ công Công đoàn",
                7,
            ),
            ("được bầu chức Trưởng ban Kiểm tra", 3),
            ("được tín nhiệm được bầu là Chủ tịch Hội", 6),
            ("được tín nhiệm tái cử Chủ tịch Hội Nông dân xã", 5),
            (
                "đến nhận công tác và giữ chức vụ Chánh Văn phòng Bộ Công an",
                8,
            ),
            ("được điều động, bổ nhiệm giữ chức vụ Phó Giám đốc Sở", 9),
            (
                "được 100% đại biểu tín nhiệm bầu giữ chức Chủ tịch HĐND xã",
                10,
            ),
            ("được các đại biểu bầu làm Chủ tịch Hội", 6),
            ("được bổ nhiệm giữ chức Vụ trưởng Vụ Tổ chức cán bộ", 5),
            ("giữ chức Vụ trưởng Vụ Pháp chế", 2),
            // Two verbs of one post joined by "và".
            (
                "nhận nhiệm vụ và đảm nhiệm chức danh Trưởng Công an phường Hòa Bình",
                8,
            ),
            (
                "đã nhận nhiệm vụ và đảm nhiệm chức danh Phó Trưởng Công an thị trấn",
                9,
            ),
            ("được tín nhiệm giữ vị trí Chủ tịch Hội Nông dân", 6),
            ("để nhận nhiệm vụ Phó Trưởng ban Nội chính", 4),
            (
                "được Ban Thường vụ Tỉnh ủy điều động, bổ nhiệm giữ chức Giám đốc Sở",
                13,
            ),
            (
                "được Thủ tướng Chính phủ quyết định bổ nhiệm giữ chức Thứ trưởng",
                11,
            ),
            ("được bổ nhiệm lại giữ chức Giám đốc Sở Y tế", 6),
            ("để đảm nhiệm chức vụ Phó Bí thư Tỉnh ủy", 5),
            ("về công tác và bổ nhiệm giữ chức vụ Phó Giám đốc Sở", 9),
            // "tân" (newly given) before the post goes with the verb.
            ("được bầu làm tân Chủ tịch Hội Cựu chiến binh", 4),
            ("được suy cử tân Trưởng ban Trị sự GHPGVN huyện", 4),
            // An acting post entrusted: "quyền" opens the post.
            ("được giao quyền Hiệu trưởng Trường Cao đẳng Sư phạm", 2),
            ("giao Quyền Cục trưởng Cục Hải quan", 1),
            ("giao làm Quyền Tổng Biên tập Báo Bình Phước", 2),
            ("được giao đảm nhận chức vụ Phó Trưởng ban Quản lý", 6),
            ("được Ban Thường vụ giao giữ chức Chánh Văn phòng", 7),
            // The committees joined, closed by a comma before the post.
            (
                "chỉ định tham gia Huyện ủy, Ban Thường vụ Huyện ủy, giữ chức Bí thư Huyện ủy",
                15,
            ),
            // Moved, with the way of the move, then the post.
            ("được điều về làm Chánh Văn phòng Huyện ủy", 4),
            ("được điều động về làm Phó Giám đốc Sở Xây dựng", 5),
            ("được luân chuyển sang giữ chức Bí thư Đảng ủy xã", 6),
            ("được điều chuyển về làm Trưởng phòng Nội vụ", 5),
            // The consultation or the vote, a comma, then the verb.
            (
                "được hiệp thương, tiếp tục đảm nhiệm chức vụ Phó Chủ tịch Ủy ban MTTQ huyện",
                10,
            ),
            (
                "được tín nhiệm, giữ chức Phó Chủ tịch Hội Nông dân huyện",
                6,
            ),
            // An adverb between "được" and its verb.
            ("được tiếp tục bổ nhiệm làm Hiệu trưởng Trường", 6),
            ("được chính thức bầu làm Chủ tịch Hội Nông dân", 5),
        ] {
            assert_eq!(verb(text), Some(n), "{text}");
        }
    }

    #[test]
    fn no_verb_or_no_title_after_it_gives_nothing() {
        for text in [
            "được bầu làm đại biểu dự Đại hội",
            "được Đại hội biểu dương",
            "được tổ chức trang trọng tại Hội trường",
            "được Đại hội, bầu làm Chủ tịch",
            "được các đại biểu đánh giá cao",
            "trúng cử vào Ban Chấp hành",
            "được cử đi học tại Học viện Chính trị",
            "được điều động về Sở Nội vụ",
            "chỉ đạo Phó Giám đốc Sở",
            "tiếp nhận Chủ tịch Hội",
            "giao Giám đốc Sở Tài chính chủ trì",
            "được giao nhiệm vụ Trưởng đoàn",
            "được điều về huyện Mường Tè",
            "được tiếp tục đào tạo tại Học viện",
            "được hiệp thương, thống nhất cao về nhân sự Hội",
            "được tín nhiệm, được bầu làm đại biểu",
        ] {
            assert_eq!(verb(text), None, "{text}");
        }
    }
}
