//! What the words around a title say of it: whose title it is ("thay mặt
//! Chủ tịch nước", "cố Thủ tướng", "chức vụ … đối với ông A"), and a
//! sentence that gives posts to "Ông" or "Bà" alone.

use super::cues::lead_cue;
use crate::parse::names::{parse_name, starts_name};
use crate::parse::titles::{
    chain, head_len, is_rank, name_follows, title_verb_len, titles_after, unmarked_office, Side,
    OPENS,
};
use crate::parse::tokens::Tokens;
use crate::parse::vocab;

/// Whether a title may open at `i` in running text: a word that opens
/// one, not right after "Ban" or "Bộ" ("thay mặt Ban Giám đốc Công an
/// tỉnh, Thượng tá A", "quyết định của Bộ Tư lệnh Quân khu 5, Thượng tá
/// B": there an office names the board or command, not a post), nor
/// after "Ủy ban" ("thay mặt Ủy ban Thường vụ Quốc hội, Chủ tịch Quốc
/// hội A": the standing committee is a body), nor after an association's
/// "Hội" ("tác giả A - Chi hội Nhà báo Báo Đầu tư": the trade names the
/// association, and the paper after it is no one's name), nor a trade
/// that names a law office (`law_office`), nor a bishop's see ("đại diện
/// Tòa Giám mục; Linh mục A": the see is a body, its bishop is not named).
pub(super) fn opens_title(t: &Tokens, i: usize) -> bool {
    let committee = i > 1 && t.low(i - 1) == "ban" && matches!(t.low(i - 2), "ủy" | "uỷ");
    let branch = i > 1 && t.low(i - 1) == "hội" && t.low(i - 2) == "chi";
    (t.has(i, OPENS) || unmarked_office(t, i).is_some())
        && !(i > 0 && matches!(t.raw(i - 1), "Ban" | "Bộ" | "Hội"))
        && !(committee || branch || law_office(t, i) || bishops_see(t, i))
}

/// Whether the bishop's office at `i` names the see it follows: "Tòa Giám
/// mục", "Tòa Tổng Giám mục", the bishop's house and curia.
fn bishops_see(t: &Tokens, i: usize) -> bool {
    let see = |k: usize| matches!(t.low(k), "tòa" | "toà");
    let bishop = t.phrase(i, 2) == Some("giám mục");
    (i > 0 && see(i - 1) && (bishop || t.phrase(i, 3) == Some("tổng giám mục")))
        || (i > 1 && see(i - 2) && t.low(i - 1) == "tổng" && bishop)
}

/// Whether the trade at `i` names a law office with the words before it:
/// "Văn phòng luật sư A" is the office's name, often its founder's, and
/// no lawyer's who speaks or is there.
fn law_office(t: &Tokens, i: usize) -> bool {
    // Cheap test first: the word before a title is rarely "phòng".
    i > 1
        && t.low(i - 1) == "phòng"
        && t.low(i - 2) == "văn"
        && (1..=2).any(|n| t.phrase(i, n).is_some_and(vocab::is_profession))
}

/// "Bí thư Tỉnh ủy – Nguyễn Văn A phát biểu", "Chủ tịch UBND tỉnh - ông
/// Lê Văn B": a dash between a title and its holder; where the name starts.
/// "Trưởng thôn (ông Bàn Văn Sơn) cho biết": the holder in brackets, with
/// a cue, and the bracket closed right after the name.
pub(super) fn dashed_holder(t: &Tokens, k: usize) -> Option<usize> {
    if t.is_punct(k, '(') {
        let j = match t.low(k + 1) {
            "ông" | "bà" => k + 2,
            "đồng" if t.low(k + 2) == "chí" => k + 3,
            _ => return None,
        };
        let closed = crate::parse::names::name_end(t, j, true).is_some_and(|m| t.is_punct(m, ')'));
        return (starts_name(t, j) && closed).then_some(j);
    }
    if !t.is_dash(k) {
        return None;
    }
    let j = match t.low(k + 1) {
        "ông" | "bà" => k + 2,
        "đồng" if t.low(k + 2) == "chí" => k + 3,
        _ => k + 1,
    };
    starts_name(t, j).then_some(j)
}

/// Where the holder starts in "chức vụ TITLE đối với ông A" (a dismissal or
/// an appointment written with the post first), the title at `i` ending
/// at `e`: at the name, or at a rank before it ("bầu bổ sung Ủy viên UBND
/// xã đối với Trung tá A"). A term or terms may stand between ("chức danh Chủ tịch
/// UBND xã khóa I, nhiệm kỳ 2021 - 2026 đối với ông A").
///
/// "phê chuẩn kết quả bầu: Chủ tịch HĐND tỉnh A khóa X đối với ông B; Phó
/// Chủ tịch … đối với bà C": after "bầu", or opening an item of a list
/// (a colon or a semicolon before it), the post is written first too.
/// "… nhiệm kỳ 2016 - 2021 đối với: Ông A, ông B": a colon may stand
/// before the holders. A post approved ("Bộ Chính trị chuẩn y Bí thư Tỉnh
/// ủy X … đối với ông A", "Thủ tướng phê chuẩn Phó Chủ tịch UBND tỉnh đối
/// với ông B") is written first the same way, with its plural as well
/// ("phê chuẩn kết quả bầu các Phó Chủ tịch UBND tỉnh … đối với ông A,
/// bà B").
pub(super) fn post_held_by(t: &Tokens, i: usize, e: usize) -> Option<usize> {
    // "phong hàm Đại sứ bậc hai cho ông A": a diplomat's rank conferred.
    let conferred = i > 0 && t.low(i - 1) == "hàm";
    // "bầu các Phó Chủ tịch UBND tỉnh … đối với ông A, bà B": the post of
    // several holders, written with its plural.
    let i = if i > 1 && t.low(i - 1) == "các" && !t.is_cap(i - 1) {
        i - 1
    } else {
        i
    };
    // "bổ nhiệm 4 Phó Tổng Biên tập Báo X đối với ông A, ông B": a count
    // of holders between the verb and the post.
    let i = if i > 1 && counted_holders(t, i - 1) {
        i - 1
    } else {
        i
    };
    let post = i > 0
        && (matches!(t.low(i - 1), "vụ" | "chức" | "bầu" | "nhiệm" | "hàm")
            || t.is_punct(i - 1, ':')
            || t.is_punct(i - 1, ';'))
        || i > 1
            && matches!(
                t.phrase(i - 2, 2),
                Some("chức danh" | "bổ sung" | "chuẩn y")
            )
        || i > 0 && t.low(i - 1) == "chuẩn";
    if !post {
        return None;
    }
    // "Tổng Thư ký Quốc hội – Chủ nhiệm Văn phòng Quốc hội đối với ông
    // A": two posts joined by a dash, both the holder's.
    let e = chain(t, e, None, Side::After);
    // "… nhiệm kỳ 2021 – 2026 với ông A": "đối" may be left out.
    // "miễn nhiệm chức vụ Chủ tịch UBND tỉnh X của ông A": the post's
    // holder after "của", where "chức vụ" or "chức danh" names the post.
    let named_post = i > 1 && matches!(t.phrase(i - 2, 2), Some("chức vụ" | "chức danh"));
    let (at, w) = (e..e + MAX_TERM).find_map(|k| match t.phrase(k, 2) {
        Some("đối với") => Some((k, 2)),
        _ if t.low(k) == "với" || conferred && t.low(k) == "cho" => Some((k, 1)),
        _ if named_post && t.low(k) == "của" => Some((k, 1)),
        _ => None,
    })?;
    if !(e..at).all(|k| term_word(t, k)) {
        return None;
    }
    // "… đối với: Ông A, ông B": a colon may open the list of holders.
    let at = at + w + usize::from(t.is_punct(at + w, ':'));
    let n = at + lead_cue(t, at);
    if n > at && parse_name(t, n, true).is_some() {
        return Some(n);
    }
    let rank = head_len(t, at).filter(|&h| is_rank(t, at, h))?;
    parse_name(t, at + rank, true).map(|_| at)
}

/// Whether the title at `i` is a rank or a post conferred: after "hàm", or
/// after "bổ nhiệm" or "bầu", a count of holders perhaps between ("bổ
/// nhiệm 3 Phó Cục trưởng …").
pub(super) fn conferred_post(t: &Tokens, i: usize) -> bool {
    let k = if i > 1 && counted_holders(t, i - 1) {
        i - 1
    } else {
        i
    };
    k > 0 && matches!(t.low(k - 1), "hàm" | "nhiệm" | "bầu")
}

/// Whether token `k` counts the holders of a post written after it: a
/// number of one or two digits ("bổ nhiệm 6 Phó Giám đốc …").
fn counted_holders(t: &Tokens, k: usize) -> bool {
    let raw = t.raw(k);
    (1..=2).contains(&raw.len()) && raw.bytes().all(|b| b.is_ascii_digit())
}

/// The semicolon at or after `end` that opens the next holder of a post
/// written first ("miễn nhiệm Ủy viên UBND tỉnh đối với ông A, nguyên Giám
/// đốc Sở Y tế; ông B, nguyên Giám đốc Sở Tài chính"). The reason one
/// holder leaves may stand before it in small words ("…, để nghỉ hưu theo
/// chế độ; ông B …", "… do nghỉ hưu; bà C …"). Only a cued name after the
/// semicolon makes it the list's: the caller checks for one.
pub(super) fn next_holder_semicolon(t: &Tokens, end: usize) -> Option<usize> {
    if t.is_punct(end, ';') {
        return Some(end);
    }
    let at = end + usize::from(t.is_punct(end, ','));
    if !matches!(t.low(at), "để" | "do" | "vì" | "nghỉ") {
        return None;
    }
    (at + 1..(at + MAX_REASON).min(t.len()))
        .take_while(|&k| t.is_punct(k, ';') || t.is_word(k) && !t.is_cap(k))
        .find(|&k| t.is_punct(k, ';'))
}

/// Most tokens of the reason a holder leaves, before the semicolon that
/// opens the next one: "để nghỉ hưu theo chế độ".
const MAX_REASON: usize = 10;

/// Most tokens of a term between a post and "đối với": ", nhiệm kỳ 2021 - 2026".
const MAX_TERM: usize = 8;

/// Whether token `k` belongs to the term of a post: "khóa I", "nhiệm kỳ
/// 2021 - 2026" and their punctuation.
fn term_word(t: &Tokens, k: usize) -> bool {
    let raw = t.raw(k);
    t.is_punct(k, ',')
        || t.is_dash(k)
        || matches!(
            t.low(k),
            "nhiệm" | "kỳ" | "khóa" | "khoá" | "giai" | "đoạn" | "các" | "và"
        )
        || raw.chars().all(|c| c.is_ascii_digit())
        || raw.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'))
}

/// "Ông từng giữ các chức vụ: A, B", "Bà hiện là Chủ tịch …": a sentence
/// opening with "Ông" or "Bà" alone (he, she) and a verb that gives posts;
/// where the titles end, and the titles.
/// "Từ năm 1957 - 1960 ông là Chánh Văn phòng …, năm 1962 bà làm …": a
/// career told year by year has "ông" or "bà" in lower case after each
/// time phrase.
pub(super) fn pronoun_posts(t: &Tokens, i: usize) -> Option<(usize, Vec<String>)> {
    let opens = matches!(t.raw(i), "Ông" | "Bà") && (i == 0 || t.is_punct(i - 1, '.'))
        || matches!(t.raw(i), "ông" | "bà") && after_time_phrase(t, i);
    if !opens || t.is_cap(i + 1) {
        return None;
    }
    let mut k = i + 1;
    while k < i + 3 && matches!(t.low(k), "từng" | "đã" | "hiện" | "đang" | "nay") {
        k += 1;
    }
    // "giữ các chức vụ:", "giữ nhiều chức vụ như", "đảm nhiệm các cương vị:".
    if matches!(t.low(k), "giữ" | "đảm") {
        let from = k + if t.low(k) == "đảm" { 2 } else { 1 };
        let lists = (from..from + 3).find(|&m| matches!(t.low(m), "vụ" | "vị"))?;
        k = lists + 1;
        if t.is_punct(k, ':') || matches!(t.low(k), "như" | "là") {
            k += 1;
        }
        let (end, titles) = titles_after(t, k - 1);
        return (!titles.is_empty()).then_some((end, titles));
    }
    let (end, titles) = titles_after(t, k);
    (!titles.is_empty() && end > k).then_some((end, titles))
}

/// Most tokens of a time phrase that opens a clause before "ông" or "bà".
const MAX_TIME: usize = 8;

/// Whether a time phrase holding a year opens the clause right before
/// `i`: "từ năm 1957 - 1960 ông …", "Tháng 12/2018, bà …".
fn after_time_phrase(t: &Tokens, i: usize) -> bool {
    let mut k = i - usize::from(i > 0 && t.is_punct(i - 1, ','));
    let mut year = false;
    while k > 0 && i - k < MAX_TIME {
        let w = t.low(k - 1);
        let digits = !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
        year |= digits && w.len() == 4;
        let time = digits
            || t.is_dash(k - 1)
            || t.is_punct(k - 1, '/')
            || matches!(w, "năm" | "từ" | "đến" | "tháng" | "cuối" | "đầu" | "giữa");
        if !time {
            break;
        }
        k -= 1;
    }
    let clause =
        k == 0 || t.is_punct(k - 1, ',') || t.is_punct(k - 1, '.') || t.is_punct(k - 1, ';');
    year && clause
}

/// A given name alone at `j` (after "ông", "bà") followed by a verb that
/// gives a post: where the titles end, and the titles.
pub(super) fn short_reference(t: &Tokens, j: usize) -> Option<(usize, Vec<String>)> {
    if !given_name_alone(t, j) || title_verb_len(t, j + 1).is_none() {
        return None;
    }
    let (end, titles) = titles_after(t, j + 1);
    (!titles.is_empty()).then_some((end, titles))
}

/// Whether `j` holds one capitalised word of a given name's shape with no
/// capital after it ("Nga" in "bà Nga là …", "Huy" in "anh Huy cho biết").
pub(super) fn given_name_alone(t: &Tokens, j: usize) -> bool {
    let w = t.raw(j);
    t.is_cap(j)
        && !t.is_abbrev(j)
        && (2..=7).contains(&w.chars().count())
        && w.chars().all(crate::parse::text::is_letter)
        && !t.is_cap(j + 1)
}

/// Whether the title at `i` names the one on whose behalf someone acts
/// ("thừa ủy quyền của …", "thừa ủy quyền …", "thừa lệnh …", "thay mặt …").
pub(super) fn on_behalf(t: &Tokens, i: usize) -> bool {
    let before = |n: usize| i.checked_sub(n).and_then(|k| t.phrase(k, n));
    matches!(before(3), Some("ủy quyền của" | "uỷ quyền của"))
        || matches!(before(2), Some("thừa lệnh" | "thay mặt" | "ủy quyền" | "uỷ quyền"))
        || before(3) == Some("thừa lệnh của")
        // "thừa ủy quyền Giám đốc Công an tỉnh, Thượng tá A": "quyền" is
        // the authority delegated, not the acting holder's modifier the
        // title would otherwise open with.
        || t.low(i) == "quyền" && matches!(before(1), Some("ủy" | "uỷ"))
}

/// Whether the title at `i` is the object of a reception that opens the
/// clause ("Tiếp Đại sứ Nhật Bản, Chủ tịch nước A đề nghị …", "Khi gặp
/// Bộ trưởng B, …"): the one received, not the one named after the comma.
pub(super) fn received(t: &Tokens, i: usize) -> bool {
    let clause_at = |k: usize| k == 0 || !t.is_word(k - 1) || t.low(k - 1) == "khi";
    i > 0 && matches!(t.low(i - 1), "tiếp" | "gặp" | "đón") && clause_at(i - 1)
}

/// Whether the title at `i` is an office sought, not held: after
/// "ứng cử viên", "ứng viên" or "ứng cử" ("Danh sách ứng cử viên đại
/// biểu Quốc hội gồm: ông A, Giám đốc Sở B": A is a candidate, his post
/// the one after his name).
pub(super) fn sought(t: &Tokens, i: usize) -> bool {
    let before = |n: usize| i.checked_sub(n).and_then(|k| t.phrase(k, n));
    before(3) == Some("ứng cử viên") || matches!(before(2), Some("ứng cử" | "ứng viên"))
}

/// Whether the title or the cue at `i` is that of someone who has died:
/// after "cố" (the late), a word of mourning or remembrance, a memorial's
/// word or the day of their birth or death ("dâng hương tưởng niệm Chủ
/// tịch A", "Khu lưu niệm Tổng Bí thư B", "kỷ niệm 100 năm ngày sinh
/// đồng chí C"), as `assets/lexicon/honoured.txt` lists them.
pub(super) fn commemorated(t: &Tokens, i: usize) -> bool {
    let honouring = |end: usize, n: usize| {
        end.checked_sub(n)
            .and_then(|k| t.phrase(k, n))
            .is_some_and(crate::parse::lexicon::is_honouring)
    };
    // "ngày hy sinh của Anh hùng A": a day of the dead's, "của" between;
    // "lễ dâng hương của Chủ tịch B" is B's own offering.
    let day = i > 2
        && t.low(i - 1) == "của"
        && (2..=3).any(|n| i > n && t.low(i - 1 - n) == "ngày" && honouring(i - 1, n));
    (1..=4).any(|n| honouring(i, n)) || day
}

/// Whether the person noun at `i`, its name from `j`, is a fallen
/// soldier's: "liệt sĩ" (or "liệt sỹ") names one who died in the war
/// ("tri ân Anh hùng liệt sĩ A", "khu mộ Anh hùng liệt sỹ B"), who holds no
/// office in the report.
pub(super) fn fallen_soldier(t: &Tokens, i: usize, j: usize) -> bool {
    matches!(t.phrase(i, j - i), Some("liệt sĩ" | "liệt sỹ"))
}

/// Whether the person noun at `i`, its name from `j`, is a fallen
/// soldier's named as the kin of a family visited: "gia đình ông A (thân
/// nhân Anh hùng liệt sỹ B)", "cha của liệt sĩ C", "vợ liệt sĩ D". The
/// fallen is remembered there, not present, and holds no office.
pub(super) fn kin_of_fallen(t: &Tokens, i: usize, j: usize) -> bool {
    let kin = |k: usize| {
        matches!(t.low(k), "của" | "vợ" | "mẹ" | "cha" | "bố" | "con")
            || k > 0 && t.phrase(k - 1, 2) == Some("thân nhân")
    };
    // A kin word right before, or before "Anh hùng" ("thân nhân Anh hùng
    // liệt sĩ A").
    let hero = i > 1 && t.phrase(i - 2, 2) == Some("anh hùng");
    fallen_soldier(t, i, j) && (i > 0 && kin(i - 1) || hero && i > 2 && kin(i - 3))
}

/// Whether the title at `i` (its head `head` words long) names someone a
/// thing bears or cites, not one who is there: what is named after them
/// ("con tàu mang tên Đại tướng A", "trường được đặt tên Anh hùng B"), or
/// the author a quoted work is credited to (ca khúc "…" của nhạc sĩ C,
/// cuốn sách "…" của Tiến sĩ D): a trade or degree after "của" and the
/// work's closing quote.
pub(super) fn named_after(t: &Tokens, i: usize, head: usize) -> bool {
    let before = |n: usize| i.checked_sub(n).and_then(|k| t.phrase(k, n));
    let work = i > 1
        && t.low(i - 1) == "của"
        && matches!(t.raw(i - 2), "”" | "\"" | "»" | "’")
        && t.phrase(i, head).is_some_and(vocab::is_profession);
    matches!(before(2), Some("mang tên" | "đặt tên" | "lấy tên")) || work || cited_author(t, i)
}

/// Most tokens between the quotes of a work's name.
const QUOTED_WORK_REACH: usize = 60;

/// Whether the mention at `i` (a title or a cue) names the author "của"
/// credits with a work named just before: "Học tập Tác phẩm của Tổng Bí
/// thư A", "bài viết trên của đồng chí B", "bài viết “Tự hào …” của Tổng
/// Bí thư C". The author is cited, not present; a speech given at the
/// event is no such work.
pub(super) fn cited_author(t: &Tokens, i: usize) -> bool {
    i > 1 && t.low(i - 1) == "của" && (work_ends_at(t, i - 1) || quoted_work_ends_at(t, i - 1))
}

/// Whether a work's noun ends right before `k`, or before a word there
/// that points back at it ("bài viết trên của …").
fn work_ends_at(t: &Tokens, k: usize) -> bool {
    let back = k > 0 && matches!(t.low(k - 1), "trên" | "này" | "đó" | "ấy");
    let k = k - usize::from(back);
    (1..=2).any(|n| {
        k.checked_sub(n)
            .and_then(|s| t.phrase(s, n))
            .is_some_and(crate::parse::lexicon::is_work)
    })
}

/// Whether a quoted name closes right before `k` and a work's noun stands
/// right before its opening quote ("bài viết “…” của …").
fn quoted_work_ends_at(t: &Tokens, k: usize) -> bool {
    let open = match t.raw(k.wrapping_sub(1)) {
        "”" => "“",
        "»" => "«",
        "\"" => "\"",
        _ => return false,
    };
    (k.saturating_sub(QUOTED_WORK_REACH)..k - 1)
        .rev()
        .find(|&q| t.raw(q) == open)
        .is_some_and(|q| work_ends_at(t, q))
}

/// Most words of the clause before a visitor's title that hold the
/// visit's word and the word that sets it apart in time.
const VISIT_REACH: usize = 10;

/// Whether the title at `i` names a visitor who is not there: the clause
/// before it holds a visit's word and a word that sets the visit in the
/// future or the past, in either order ("chuẩn bị đón Tổng thống A sang
/// thăm", "mong muốn sớm được đón Quốc vương B", "chuyến thăm cấp Nhà nước
/// vừa qua của Thủ tướng C"). A visit under way ("chủ trì lễ đón Tổng
/// thống D") names one who is there.
pub(super) fn awaited_visitor(t: &Tokens, i: usize) -> bool {
    let (mut visit, mut time) = (false, false);
    for k in (i.saturating_sub(VISIT_REACH)..i).rev() {
        // A mark ends the clause.
        if !t.is_word(k) {
            return false;
        }
        let w = t.low(k);
        visit |= crate::parse::lexicon::is_visit(w);
        time |= crate::parse::lexicon::is_visit_time(w)
            || k > 0
                && t.phrase(k - 1, 2)
                    .is_some_and(crate::parse::lexicon::is_visit_time);
        if visit && time {
            return true;
        }
    }
    false
}

/// Whether, after the title of the one on whose behalf someone acts
/// (ending at `e`), a comma leads to more offices of the same holder and
/// their name ("… của Chủ tịch nước, Tổng Bí thư Lê A"), rather than to
/// the rank or office of the one who acts.
pub(super) fn behalf_chain(t: &Tokens, e: usize) -> bool {
    if !t.is_punct(e, ',') {
        return false;
    }
    let Some(head) = head_len(t, e + 1) else {
        return false;
    };
    if is_rank(t, e + 1, head) {
        return false;
    }
    let k = chain(t, e, None, Side::Before);
    // "Thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy A trao …": a post
    // of a province, district or commune is the one who acts, not the
    // head of state on whose behalf.
    let local = (e + 1..k).any(|m| {
        matches!(
            t.low(m),
            "tỉnh" | "huyện" | "xã" | "phường" | "quận" | "thành" | "thị"
        )
    });
    k > e && !local && name_follows(t, k)
}

/// "giao nhiệm vụ cho cán bộ, Thiếu tướng A chúc mừng": a bare lower-case
/// head at `i` (the title ending at `e`, its head `head` long) after a
/// preposition is the verb's object, and the comma after it opens a new
/// clause. "Đoàn do Phó Chủ tịch Quốc hội A làm trưởng đoàn; Chủ nhiệm Ủy
/// ban B làm phó trưởng đoàn": a role for the occasion in lower case after
/// a bare "làm" is what the one named before does, so the comma or
/// semicolon after it opens the next clause, never a chain of the next name.
pub(super) fn verbs_object(t: &Tokens, i: usize, head: usize, e: usize) -> bool {
    if i == 0 || t.is_cap(i) {
        return false;
    }
    match t.low(i - 1) {
        "cho" | "với" | "của" => e == i + head && t.is_punct(e, ','),
        "làm" => t.is_punct(e, ',') || t.is_punct(e, ';'),
        _ => false,
    }
}
