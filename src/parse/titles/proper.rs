//! A body's own name written as Vietnamese spells the names of bodies:
//! its first word capitalised, the rest in lower case ("Ban Kiểm phiếu",
//! "Viện Nghiên cứu và Quản lý kinh tế Trung ương", "Sở Quy hoạch - kiến
//! trúc TP.HCM", "tổ Tư vấn kinh tế của Thủ tướng"). Read only right after
//! the word of a body, inside a title; ends at a verb or a linking word,
//! at punctuation, a capital (the body above, a place, the holder's name)
//! or a level word, which the title's own loop reads on. Knows nothing of
//! people.

use super::{head_len, news_verb, place_len, title_verb_len};
use crate::parse::lexicon::is_named_body;
use crate::parse::names;
use crate::parse::organs::unit_word;
use crate::parse::tokens::Tokens;
use crate::parse::vocab;

/// Most tokens of a body's own name after its capitalised first word: a
/// name that runs on further is a sentence, and is left unread.
const MAX_PROPER: usize = 8;

/// Most fields a body's own name joins ("Văn hóa, Thể thao và Du lịch").
const MAX_FIELDS: usize = 3;

/// Whether another field of a body's own name starts after `k`: "và"
/// and a field, capitalised or not ("Phân tích và Dự báo"), or a dash and
/// a field in lower case ("Quy hoạch - kiến trúc").
fn next_field(t: &Tokens, k: usize) -> bool {
    t.low(k) == "và" && !t.is_cap(k) && goes_on(t, k + 1)
        || t.is_dash(k) && lower_word(t, k + 1) && !ends_name(t, k + 1)
}

/// Length of a body's own name at `j`, its first word capitalised and the
/// rest in lower case, right after the word of a body (`named_bodies.txt`):
/// "Kiểm phiếu", "Phân tích và Dự báo", "Quy hoạch - kiến trúc". `None`
/// unless at least one lower-case word follows the capital and the name
/// ends at a mark, a capital, a level word or a verb within `MAX_PROPER`.
pub(super) fn proper_name_len(t: &Tokens, j: usize) -> Option<usize> {
    // Cheap tests first: asked at every capitalised word of a title.
    if j == 0 || !t.is_cap(j) || !t.is_word(j) || t.is_abbrev(j) || !lower_word(t, j + 1) {
        return None;
    }
    let kind = (1..=2.min(j)).any(|n| t.phrase(j - n, n).is_some_and(is_named_body));
    if !kind || head_len(t, j).is_some() || ends_name(t, j + 1) && !syllable(t, j + 1) {
        return None;
    }
    let mut k = j + 1;
    // Each field is bounded on its own: "Khoa học máy tính và Khoa học dữ
    // liệu" is two fields of four syllables, not a sentence of nine words.
    let mut field = j;
    let mut fields = 1;
    while k < field + 1 + MAX_PROPER {
        // "Trưởng ban Kiểm phiếu công bố kết quả": a verb of news after
        // the name ends it.
        if lower_word(t, k)
            && !befell(t, k)
            && !super::news_act(t, k)
            && (!ends_name(t, k) || syllable(t, k) || listed_pair(t, k))
        {
            k += 1;
        } else if fields < MAX_FIELDS && next_field(t, k) {
            (field, fields, k) = (k + 1, fields + 1, k + 2);
        } else {
            return Some(k - j);
        }
    }
    None
}

/// Length of a body's own name at `j` written all in lower case after the
/// word of a body, two fields joined by "và": "Trung tâm sức khỏe lao
/// động và môi trường TP.HCM", "phòng kinh tế và hạ tầng huyện", as news
/// outside the portals writes it. Only a level word or a place after it
/// tells the words were the body's name, not what its head did or who
/// came with them; `None` otherwise.
pub(super) fn lower_name_len(t: &Tokens, j: usize) -> Option<usize> {
    // Cheap tests first: asked at every word of a title.
    if j == 0 || !lower_word(t, j) || !t.is_word(j - 1) {
        return None;
    }
    if !(1..=2.min(j)).any(|n| t.phrase(j - n, n).is_some_and(is_named_body)) || ends_name(t, j) {
        return None;
    }
    let mut k = j + 1;
    let mut joined = false;
    while k < j + MAX_PROPER {
        if lower_word(t, k) && (!ends_name(t, k) || listed_pair(t, k)) {
            k += 1;
        } else if !joined && t.low(k) == "và" && lower_word(t, k + 1) && !ends_name(t, k + 1) {
            (joined, k) = (true, k + 2);
        } else {
            return (joined && unit_after(t, k)).then_some(k - j);
        }
    }
    None
}

/// Most words of a fund's or a movement's name in quotation marks.
const MAX_QUOTED: usize = 16;

/// Length of the name of a fund or a movement in quotation marks at `j`,
/// marks included, right after its word: "Trưởng ban Vận động quỹ “Vì
/// người nghèo” tỉnh", "Ban Chỉ đạo cuộc vận động “Người Việt Nam ưu tiên
/// dùng hàng Việt Nam” huyện". Only words stand between the marks.
pub(in crate::parse) fn quoted_name(t: &Tokens, j: usize) -> Option<usize> {
    // Cheap tests first: asked at every token of a title.
    if j == 0 || !matches!(t.raw(j), "“" | "\"") {
        return None;
    }
    // "cuộc thi “…”", "giải thưởng “…”", "danh hiệu “…”": a contest's, a
    // prize's or an honour's name too; "mô hình “…”", "chương trình “…”":
    // a model's or a programme's, which a steering committee is named for.
    // "Quỹ học bổng “…”", "Câu lạc bộ “…”": a scholarship's or a club's.
    let named = matches!(
        t.low(j - 1),
        "quỹ" | "động" | "đua" | "trào" | "thi" | "thưởng" | "hiệu" | "hình" | "trình" | "bổng"
    ) || j >= 3 && t.phrase(j - 3, 3) == Some("câu lạc bộ");
    if !named {
        return None;
    }
    let close =
        (j + 2..(j + 2 + MAX_QUOTED).min(t.len())).find(|&k| matches!(t.raw(k), "”" | "\""))?;
    // "Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn
    // minh”": a movement's name may list its aims with commas.
    // "Câu lạc bộ “Vì Hoàng Sa - Trường Sa thân yêu”": or join two places
    // with a dash.
    let inside =
        |k: usize| t.is_word(k) || (t.is_punct(k, ',') || t.is_dash(k)) && t.is_word(k + 1);
    ((j + 1..close).all(inside) && t.is_cap(j + 1)).then_some(close + 1 - j)
}

/// Whether the unit a body belongs to opens at `k`: a level word ("tỉnh",
/// "huyện", "thành phố") or a place, "TP.HCM" included.
fn unit_after(t: &Tokens, k: usize) -> bool {
    unit_word(t, k) || place_len(t, k).is_some() || t.raw(k).starts_with("TP")
}

/// Length of the word of a body written small at `j` and of its own name
/// after it: "tổ Tư vấn kinh tế", "ban Kiểm phiếu". The word alone ("tổ",
/// "ban") opens verbs too ("tổ chức", "ban hành"), so only a name right
/// after it makes it a body.
pub(super) fn small_body_len(t: &Tokens, j: usize) -> Option<usize> {
    if !lower_word(t, j) || !t.is_cap(j + 1) {
        return None;
    }
    let n = (1..=2).find(|&n| t.phrase(j, n).is_some_and(is_named_body) && t.is_cap(j + n))?;
    proper_name_len(t, j + n).map(|m| n + m)
}

/// Whether "bị" at `k` opens what befell the holder ("cựu Giám đốc Sở X
/// bị tuyên phạt 3 năm tù", "bị kỷ luật"), not the second half of a
/// noun inside the organ's name ("thiết bị", "chuẩn bị", "trang bị").
pub(super) fn befell(t: &Tokens, k: usize) -> bool {
    t.low(k) == "bị"
        && k > 0
        && !matches!(
            t.low(k - 1),
            "thiết" | "chuẩn" | "trang" | "dự" | "phòng" | "binh" | "quân" | "khí"
        )
}

/// Whether the lower-case word at `k` is the second syllable of the
/// capitalised word before it ("Dự báo", "Kiểm phiếu"), which only a
/// linking word, a verb's own first syllable or a level word is not.
fn syllable(t: &Tokens, k: usize) -> bool {
    let w = t.low(k);
    t.is_cap(k - 1) && t.is_word(k - 1) && !LINKING.contains(&w) && !befell(t, k)
}

/// Whether the lower-case word at `k` closes a two-word title phrase with
/// the lower-case word before it: "động" of "lao động" in "Trung tâm Sức
/// khỏe lao động", which alone would read as a verb ending the name.
fn listed_pair(t: &Tokens, k: usize) -> bool {
    lower_word(t, k - 1) && t.phrase(k - 1, 2).is_some_and(vocab::is_title_word)
}

/// Linking words and adverbs, which are no syllable of a name's word
/// ("báo" of "Dự báo" also opens "báo cáo", and is one), and level words,
/// which open the place of the body.
#[rustfmt::skip]
const LINKING: &[&str] = &[
    "và", "của", "với", "có", "là", "đã", "tại", "ở", "các", "những", "cùng", "được", "cho",
    "về", "trong", "thì", "mà", "sẽ", "đang", "vừa", "từ", "đến", "nay", "thuộc", "tỉnh",
    "huyện", "xã", "phường", "quận", "ông", "bà",
];

/// Whether the token at `k` is a word in lower case.
fn lower_word(t: &Tokens, k: usize) -> bool {
    t.is_word(k) && !t.is_cap(k)
}

/// Whether the name goes on at `k` after "và": a capitalised word that
/// opens no office and no person's name, or a lower-case word of a name.
fn goes_on(t: &Tokens, k: usize) -> bool {
    if lower_word(t, k) {
        return !ends_name(t, k);
    }
    t.is_word(k)
        && t.is_cap(k)
        && !t.is_abbrev(k)
        && lower_word(t, k + 1)
        && head_len(t, k).is_none()
        && !names::starts_name(t, k)
}

/// Whether the lower-case word at `k` ends a body's name: a verb or a
/// linking word, a cue of what its holder did, an office, a level word
/// or "thuộc" before the body above.
fn ends_name(t: &Tokens, k: usize) -> bool {
    let w = t.low(k);
    w != "và" && names::not_in_organ(w)
        || news_verb(w)
        || t.has(
            k,
            vocab::flag::ROLE_CUE | vocab::flag::NAME_STOP | vocab::flag::PERSON_CUE,
        )
        || w == "thuộc"
        || unit_word(t, k)
        || head_len(t, k).is_some()
        || title_verb_len(t, k).is_some()
}

/// Length of a contest's own name at `j`, right after "Giải" written with
/// its capital inside a title: the sport or the field in lower case, then
/// the capitalised words and the year that tell which contest it is
/// ("Phó Trưởng ban Chỉ đạo Giải bóng chuyền nữ quốc tế Cúp Hoa Sen
/// 2024"). The lower-case words alone may be a verb's object, so a name
/// must follow them; one that opens a person's name ends the title.
pub(super) fn contest_name_len(t: &Tokens, j: usize) -> Option<usize> {
    // Cheap tests first: asked at every word of a title.
    if j == 0 || !lower_word(t, j) || t.raw(j - 1) != "Giải" {
        return None;
    }
    let mut k = j;
    while k < j + MAX_PROPER && lower_word(t, k) && !ends_name(t, k) {
        k += 1;
    }
    if k == j || names::starts_name(t, k) {
        return None;
    }
    let named = k;
    let year = |k: usize| t.is_word(k) && t.raw(k).bytes().all(|b| b.is_ascii_digit());
    while k < named + MAX_PROPER && (t.is_word(k) && t.is_cap(k) || year(k)) {
        k += 1;
    }
    (k > named).then_some(k - j)
}
