//! Organ names inside titles: the organ and sector names of the lexicon
//! across their commas, dashes and "và" ("Lao động, Thương binh và Xã
//! hội"), lower-case words inside an organ's name ("Hội đồng lý luận Trung
//! ương"), a unit's number ("Quân khu 3"), the body above a unit after a
//! comma or in parentheses, and dashes inside a name ("Thừa Thiên – Huế").
//! Used by `titles` while it reads a title; knows nothing of people but
//! where their names start.

use super::lookup::Next;
use super::names;
use super::titles::{head_len, office_len, place_len};
use super::tokens::Tokens;
use super::vocab::{self, Piece};

/// Length in tokens of an organ or sector name at `i` ("Lao động, Thương
/// binh và Xã hội"), across its commas, dashes, "và" and "&".
pub fn organ_len(t: &Tokens, i: usize) -> Option<usize> {
    if !t.has(i, vocab::flag::ORGAN) {
        return None;
    }
    t.organ_memo(i, || read_organ_len(t, i))
}

/// `organ_len` at a word that opens organs, read from the tokens.
fn read_organ_len(t: &Tokens, i: usize) -> Option<usize> {
    let organs = vocab::organs_from(t.low(i))?;
    let next = if t.is_word(i + 1) {
        Next::Word(t.low(i + 1))
    } else if t.is_punct(i + 1, ',') || t.is_dash(i + 1) {
        Next::Sep
    } else if t.is_punct(i + 1, '&') {
        Next::Amp
    } else {
        Next::Other
    };
    // The lists hold positions in longest-first order: the first match of
    // each, then the least of those, is the longest name that matches.
    let [word, and, single] = organs.candidates(next);
    let first = |list: &[u16]| {
        list.iter()
            .map(|&k| usize::from(k))
            .find(|&k| organ_at(t, i, &organs.all[k]))
    };
    let k = match (first(word), first(and)) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b).or_else(|| first(single)),
    }?;
    Some(organs.all[k].len())
}

/// Whether the pieces of organ `o` match the tokens from `i`.
fn organ_at(t: &Tokens, i: usize, o: &[Piece]) -> bool {
    o.iter().enumerate().all(|(k, p)| {
        let j = i + k;
        match p {
            Piece::Word(w, other) => {
                t.is_word(j) && (t.low(j) == w || other.as_deref() == Some(t.low(j)))
            }
            Piece::Sep => t.is_punct(j, ',') || t.is_dash(j),
            Piece::And => t.low(j) == "và" || t.is_punct(j, '&'),
        }
    })
}

/// Lower-case words inside an organ's name, after its capitalised word
/// and up to a capitalised organ word, a level word or a number ("Hội đồng
/// lý luận Trung ương", "Ban Chỉ đạo thực hiện quy chế dân chủ huyện", "Vụ
/// Địa phương 1"): at most six, none of them a verb or a linking word, and
/// never after a party committee ("Tỉnh ủy tặng quà …"). Returns how many.
pub(super) fn lower_run(t: &Tokens, j: usize) -> Option<usize> {
    // "trưởng ban quản lý dự án đầu tư xây dựng huyện": after an organ
    // written in lower case, only a run that ends at a level word.
    lower_run_from(t, j, !after_organ(t, j))
}

/// `lower_run` right after the head of a board or a room whose own word
/// is written small ("Trưởng ban phong trào UBMTTQVN tỉnh", "Phó ban
/// tuyên giáo Đảng ủy xã"): the board's name, in lower case, may end at
/// the capitalised organ it belongs to, as after a capitalised "Ban".
pub(super) fn board_run(t: &Tokens, i: usize, head: usize, j: usize) -> Option<usize> {
    let board = j == i + head
        && j > 0
        && matches!(t.raw(j - 1), "ban" | "phòng")
        && t.phrase(i, head).is_some_and(|h| {
            matches!(
                h,
                "trưởng ban"
                    | "phó ban"
                    | "phó trưởng ban"
                    | "trưởng phòng"
                    | "phó phòng"
                    | "phó trưởng phòng"
            )
        });
    board.then(|| lower_run_from(t, j, false)).flatten()
}

fn lower_run_from(t: &Tokens, j: usize, weak: bool) -> Option<usize> {
    if weak && !after_lower_organ(t, j) || after_committee(t, j) {
        return None;
    }
    let mut k = j;
    // Whether every word so far belongs to an organ's phrase ("cán bộ").
    let mut all_phrase = true;
    // "Tổ phó Tổ công tác gồm: A, B", "Tổ trưởng Tổ công tác Lê Văn A": the
    // organ's own words end before the members or the holder.
    let members = |k: usize, all_phrase: bool| {
        k > j
            && all_phrase
            && !weak
            && (matches!(t.low(k), "gồm" | "là") || t.is_cap(k) && names::starts_name(t, k))
    };
    while k < j + 6 && t.is_word(k) && !t.is_cap(k) {
        if members(k, all_phrase) {
            return Some(k - j);
        }
        if t.phrase(k, 2).is_none() {
            // "Cục Tổ chức cán bộ - Bộ Nội vụ", "Ban Tổ chức cán bộ,":
            // organ words up to punctuation.
            let whole = k > j && t.phrase(k - 1, 2).is_some_and(vocab::is_title_word);
            return (all_phrase && whole && !weak).then_some(k + 1 - j);
        }
        // "dân chủ", "xã hội": the words of an organ's phrase are no verbs;
        // "các khu công nghiệp": nor is "các" before one.
        let in_phrase = k > j && t.phrase(k - 1, 2).is_some_and(vocab::is_title_word)
            || t.phrase(k, 2).is_some_and(vocab::is_title_word)
            || t.low(k) == "các"
                && (2..=3).any(|n| t.phrase(k + 1, n).is_some_and(vocab::is_title_word));
        // "Ủy ban công tác đại biểu của Quốc hội": the body above follows.
        // "Tổ công tác của Thủ tướng Chính phủ": or the office it serves.
        let above = inner_dash(t, k + 1) || t.is_cap(k + 1) && office_len(t, k + 1).is_some();
        if k > j && t.low(k) == "của" && above && !weak {
            return Some(k - j);
        }
        // "Giám đốc Sở Nội vụ ứng cử đại biểu HĐND tỉnh": standing for a
        // post is no word of an organ's name, though the post after it is.
        if super::titles::news_act(t, k) {
            return None;
        }
        if !in_phrase && (names::not_in_organ(t.low(k)) || cue(t, k)) {
            // "Trưởng Ban công tác công đoàn trao quà": a board's name in
            // lower case after its capitalised word, whole organ phrases
            // only, ends at the verb of what its head did.
            let board = t.is_cap(j - 1) && matches!(t.low(j - 1), "ban" | "phòng");
            let verb = cue(t, k) || crate::parse::titles::news_verb(t.low(k));
            return (board && all_phrase && k >= j + 2 && verb && !weak).then(|| k - j);
        }
        all_phrase &= in_phrase;
        k += 1;
        let ends = t.is_cap(k) && (t.has(k, vocab::flag::TITLE) || t.is_abbrev(k));
        let level = matches!(t.low(k), "huyện" | "tỉnh" | "xã" | "phường" | "quận")
            && t.phrase(k, 2) != Some("xã hội");
        if (ends && office_len(t, k).is_none() && !names::starts_name(t, k) && !weak) || level {
            return Some(k - j);
        }
        if number(t.raw(k)) && !t.is_word(k + 1) && !weak {
            return Some(k + 1 - j);
        }
    }
    // "Trưởng Nhóm thiện nguyện Nhất Tâm", "Đội trưởng Đội văn nghệ Hoa
    // Ban": a small group named by what it does, then by its own name,
    // which no list holds and no person's name opens.
    let group = matches!(t.raw(j - 1), "Nhóm" | "Đội" | "Tổ");
    let own_name = k > j
        && t.is_word(k)
        && t.is_cap(k)
        && office_len(t, k).is_none()
        && !names::starts_name(t, k);
    if group && own_name && !weak {
        return Some(k - j);
    }
    members(k, all_phrase).then(|| k - j)
}

/// Most words of the topic of a gathering named in a title.
const MAX_TOPIC: usize = 10;

/// Length of what a gathering named in a title is about, "về" and the
/// lower-case words after it, at `j`: "Trưởng Ban Tổ chức Diễn đàn về
/// xây dựng pháp luật", "Hội thảo khoa học về công tác dân vận". The
/// gathering's word is one of the few words before `j`, after `start`; the
/// topic ends before a capital, punctuation, a verb or a role cue.
pub(super) fn topic_len(t: &Tokens, start: usize, j: usize) -> Option<usize> {
    if t.low(j) != "về" || t.is_cap(j) {
        return None;
    }
    let from = start.max(j.saturating_sub(4));
    if !(from..j).any(|k| t.phrase(k, 2).is_some_and(vocab::is_event)) {
        return None;
    }
    let mut k = j + 1;
    while k < j + 1 + MAX_TOPIC && t.is_word(k) && !t.is_cap(k) {
        let w = t.low(k);
        // "phát triển", "phát huy", "các", "những": words of a topic that
        // open no verb of the holder's here.
        let topic = matches!(t.phrase(k, 2), Some("phát triển" | "phát huy"))
            || matches!(w, "các" | "những" | "và");
        if (names::not_in_organ(w) && !topic) || purpose_stop(w) || cue(t, k) {
            break;
        }
        k += 1 + usize::from(w == "phát");
    }
    (k > j + 1).then_some(k - j)
}

/// Most tokens of the topic a steering committee or a council is named by.
const MAX_COMMITTEE_TOPIC: usize = 24;

/// Length of the topic a steering committee or a council named before `j`
/// is for (in the title opening at `start`, whose head may hold the
/// committee), "về" and lower-case fields listed with commas and "và":
/// "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ,
/// đổi mới sáng tạo và chuyển đổi số". The topic ends before a capital,
/// punctuation other than a comma between fields, a verb or a cue.
pub(super) fn committee_topic_len(t: &Tokens, start: usize, j: usize) -> Option<usize> {
    if t.low(j) != "về" || t.is_cap(j) {
        return None;
    }
    let from = start.max(j.saturating_sub(6));
    let committee = (from..j)
        .any(|k| t.phrase(k, 3) == Some("ban chỉ đạo") || t.phrase(k, 2) == Some("hội đồng"));
    if !committee {
        return None;
    }
    // "phát triển", "sáng tạo" (`assets/lexicon/committee_topics.txt`):
    // words of a topic that open no verb or time of the sentence here.
    let pair = |k: usize| t.phrase(k, 2).is_some_and(vocab::is_committee_topic);
    let field = |k: usize| {
        let w = t.low(k);
        let topic = pair(k) || matches!(w, "và" | "các" | "những");
        t.is_word(k)
            && !t.is_cap(k)
            && (topic || !names::not_in_organ(w))
            && !purpose_stop(w)
            && !cue(t, k)
            && !t.has(k, vocab::flag::PERSON_CUE)
    };
    let mut k = j + 1;
    while k < (j + 1 + MAX_COMMITTEE_TOPIC).min(t.len()) {
        if field(k) {
            k += 1 + usize::from(pair(k));
        } else if t.is_punct(k, ',') && field(k + 1) && t.low(k + 1) != "và" {
            k += 1;
        } else {
            break;
        }
    }
    (k > j + 1 && t.low(k - 1) != "và").then_some(k - j)
}

/// Most tokens of what a steering committee is for: "Ban Chỉ đạo thực
/// hiện Quy chế dân chủ ở cơ sở và công tác vận động quần chúng xã",
/// "Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong
/// trào toàn dân bảo vệ an ninh Tổ quốc tỉnh" (24 with its commas).
const MAX_PURPOSE: usize = 28;

/// What a steering committee ("Ban Chỉ đạo") is for, in lower case and
/// across the comma of "phòng, chống", up to the level or body that
/// closes its name: "Ban Chỉ đạo phòng, chống dịch bệnh Covid-19 tỉnh",
/// "Ban chỉ đạo xây dựng nông thôn mới huyện", "Ban Chỉ đạo công tác bầu
/// cử của Ủy ban …". Returns how many tokens come before that closing
/// word (which the title reads itself); `None` when nothing closes it, or
/// a verb or a name comes first.
pub(super) fn purpose_len(t: &Tokens, j: usize) -> Option<usize> {
    // Cheap tests first: this is asked at every word of every title.
    // "Ban chỉ đạo Phòng, chống tội phạm …": the purpose may open with
    // "phòng, chống" (prevention and control) written with a capital.
    let prevention = prevention_at(t, j);
    if j < 3
        || t.is_cap(j) && !prevention
        || !t.is_word(j)
        || !matches!(t.low(j - 1), "đạo" | "đồng" | "gia" | "ương" | "án" | "tổ")
    {
        return None;
    }
    // "Hội đồng phối hợp phổ biến, giáo dục pháp luật xã": a council
    // named by what it is for, in lower case, as a steering committee is.
    // "Ban Chỉ đạo Quốc gia phòng, chống dịch COVID-19": the nation's
    // committee, which no level closes.
    // "Ban Chỉ đạo Trung ương triển khai xóa nhà tạm": the centre's alike.
    let national = matches!(t.phrase(j - 2, 2), Some("quốc gia" | "trung ương"))
        && j >= 5
        && t.phrase(j - 5, 3) == Some("ban chỉ đạo");
    // "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh":
    // a project board named by the works it builds.
    let projects = j >= 5 && t.phrase(j - 5, 5) == Some("ban quản lý dự án");
    // "Tổ công tác giúp việc thực hiện Quyết định số 35 của Bộ Chính
    // trị": a working group named by the task it helps with, as a
    // steering committee is.
    let working = t.raw(j - 1) == "Tổ" && matches!(t.phrase(j, 2), Some("công tác" | "giúp việc"));
    if t.phrase(j - 3, 3) != Some("ban chỉ đạo")
        && t.phrase(j - 2, 2) != Some("hội đồng")
        && !national
        && !projects
        && !working
    {
        return None;
    }
    let mut k = j;
    while k < (j + MAX_PURPOSE).min(t.len()) {
        // "… bảo vệ an ninh Tổ quốc tỉnh": the fatherland is no body.
        let fatherland = t.raw(k) == "Tổ" && t.low(k + 1) == "quốc";
        let lower = t.is_word(k) && (!t.is_cap(k) || k == j && prevention || fatherland);
        if lower && k > j && (closes_purpose(t, k) && !national || unclosed_purpose(t, j, k)) {
            return Some(k - j);
        }
        if lower {
            if cue(t, k) || purpose_stop(t.low(k)) || serves_as(t, k) {
                return None;
            }
        } else if t.is_cap(k) {
            // "… của Ủy ban", "… Tỉnh ủy": a body closes it; a person's
            // name or an office means the name ended unclosed.
            let body = t.has(k, vocab::flag::TITLE) || t.is_abbrev(k) || place_len(t, k).is_some();
            if k > j && body && office_len(t, k).is_none() && !names::starts_name(t, k) {
                return Some(k - j);
            }
            // "Ban Chỉ đạo Trung ương phòng, chống tham nhũng, tiêu cực
            // Lê Văn A": the nation's committee, which no level closes,
            // ends at its holder's name.
            if national && k > j && names::starts_name(t, k) && nation_purpose(t, j, k) {
                return Some(k - j);
            }
            if body || office_len(t, k).is_some() || names::starts_name(t, k) {
                return None;
            }
        } else if k > j && super::titles::quoted_name(t, k).is_some() {
            // "Hội đồng xét tặng giải thưởng “Dân vận khéo”": the quoted
            // name of the prize or the contest a council is for closes
            // its purpose; the title reads the name itself.
            return Some(k - j);
        } else {
            // "phòng, chống", "Covid-19": a comma before a lower-case word,
            // a dash or a number written against the word before.
            let comma = t.is_punct(k, ',') && t.is_word(k + 1) && !t.is_cap(k + 1);
            let glued = t.toks[k].start == t.toks[k - 1].end;
            if !(comma || glued && (t.is_dash(k) || number(t.raw(k)))) {
                // "Phó Trưởng Ban Chỉ đạo Trung ương triển khai xóa nhà
                // tạm, nhà dột nát.": or at the sentence's end, or at the
                // comma before the next post or name. "… COVID-19 (Ban Chỉ
                // đạo) chủ trì": the short name it is called by after,
                // in brackets, ends it too.
                let ends = matches!(t.raw(k), "." | ";" | ")" | ":" | "(")
                    || t.is_punct(k, ',') && t.is_cap(k + 1);
                return (national && k > j && ends && nation_purpose(t, j, k)).then(|| k - j);
            }
        }
        k += 1;
    }
    None
}

/// Whether "Phòng, chống" or "Phòng chống" (prevention and control), the
/// opening of what many committees and units are for, starts at `j` with a
/// capital: "Phòng" alone is an office's room, with "chống" it is no body.
fn prevention_at(t: &Tokens, j: usize) -> bool {
    t.raw(j) == "Phòng" && {
        let next = if t.is_punct(j + 1, ',') { j + 2 } else { j + 1 };
        t.low(next) == "chống"
    }
}

/// Whether what a committee is for, from `j`, ends unclosed right before
/// `k`, where its holder's own act begins: "Trưởng Ban Chỉ đạo Quốc gia
/// phòng, chống dịch COVID-19 chủ trì …", "Trưởng Ban Chỉ đạo phòng, chống
/// thiên tai phát biểu". Only a short span, crossing no comma but that of
/// "phòng, chống", and ending in no word that joins more to it.
fn unclosed_purpose(t: &Tokens, j: usize, k: usize) -> bool {
    k - j <= MAX_UNCLOSED_PURPOSE
        && super::roles::is_role_verb(t, k)
        && !matches!(t.low(k - 1), "và" | "của" | "các" | "những")
        && (j..k).all(|c| !t.is_punct(c, ',') || t.low(c - 1) == "phòng")
}

/// Whether the lower-case words from `j` to `k` can be all of what the
/// nation's steering committee is for, closed by no level: a span of at
/// most `MAX_PURPOSE` tokens (the caller's bound) with no verb of the
/// sentence and no word joining more to it.
fn nation_purpose(t: &Tokens, j: usize, k: usize) -> bool {
    !matches!(t.low(k - 1), "và" | "của" | "các" | "những")
        && (j..k).all(|c| !super::roles::is_role_verb(t, c))
}

/// Most tokens of what a committee is for when no level or body closes it.
const MAX_UNCLOSED_PURPOSE: usize = 10;

/// Whether the lower-case word at `k` is the level that ends the name of
/// a committee ("tỉnh", "thành phố", "Trung ương").
fn closes_purpose(t: &Tokens, k: usize) -> bool {
    // "tệ nạn xã hội" (social evils): "xã hội" is society, no commune.
    let society = t.low(k) == "xã" && t.raw(k + 1) == "hội";
    unit_word(t, k) && !society || t.phrase(k, 2) == Some("trung ương")
}

/// Whether a local unit's level word opens at `k`: "tỉnh", "huyện", "xã",
/// "phường", "quận", "thành phố", "thị xã", "thị trấn".
pub(crate) fn unit_word(t: &Tokens, k: usize) -> bool {
    matches!(t.low(k), "tỉnh" | "huyện" | "xã" | "phường" | "quận")
        || matches!(t.phrase(k, 2), Some("thành phố" | "thị xã" | "thị trấn"))
}

/// Whether "làm" at `k` says what the holder serves as ("Trưởng Ban Chỉ
/// đạo làm trưởng đoàn"): a verb of the sentence. "làm theo" (follow, as
/// in "học tập và làm theo tư tưởng … Hồ Chí Minh") is part of a steering
/// committee's purpose.
fn serves_as(t: &Tokens, k: usize) -> bool {
    t.low(k) == "làm" && t.low(k + 1) != "theo"
}

/// Words that never stand in what a committee is for: a verb of the
/// sentence, or a word joining the clause that follows.
fn purpose_stop(w: &str) -> bool {
    matches!(
        w,
        "tại"
            | "đã"
            | "đang"
            | "sẽ"
            | "vừa"
            | "là"
            | "được"
            | "cho"
            | "với"
            | "có"
            | "khi"
            | "nhằm"
            | "để"
            | "thì"
            | "cũng"
    )
}

/// Where a title of a unit goes on to the body above it, past a comma:
/// "Vụ trưởng Vụ Địa phương 1, Văn phòng Trung ương Đảng", "Trưởng phòng
/// Cảnh sát kinh tế, Công an tỉnh". Only after the office of a unit (a
/// department, a room, a faculty) and before a capitalised organ word that
/// opens no office and no name.
pub(super) fn parent_organ(t: &Tokens, i: usize, head: usize, j: usize) -> Option<usize> {
    // "Trợ lý Bộ trưởng kiêm Vụ trưởng Vụ Châu Âu, Bộ Ngoại giao": the
    // office held as well is the one whose unit the body above follows.
    let (i, head) = (i + head..j)
        .rev()
        .find(|&k| t.low(k) == "kiêm")
        .and_then(|k| Some((k + 1, head_len(t, k + 1)?)))
        .unwrap_or((i, head));
    let unit = t.phrase(i, head).is_some_and(|h| {
        [
            "vụ trưởng",
            "trưởng phòng",
            "cục trưởng",
            "trưởng khoa",
            "viện trưởng",
            "đội trưởng",
            "phó phòng",
            "đồn trưởng",
            "trạm trưởng",
            // "Sư đoàn trưởng Sư đoàn 312, Quân đoàn 12": a division's
            // corps, a regiment's division.
            "đoàn trưởng",
            // "Chỉ huy trưởng Nhà giàn DK1/6, Tiểu đoàn DK1, Quân chủng
            // Hải quân": the commander and the political officer of a
            // unit, then the units above it. Army pages also put a comma
            // between the post and its unit ("Chính ủy, Bộ Chỉ huy Quân
            // sự tỉnh"), which the unit still closes.
            "chỉ huy trưởng",
            "chỉ huy phó",
            "chính ủy",
            "chính trị viên",
            "tư lệnh",
            // "Chủ nhiệm Chính trị, Bộ Chỉ huy BĐBP tỉnh", "Tham mưu
            // trưởng, Bộ Tư lệnh Vùng 2": the heads of a command's
            // departments, then the command.
            "chủ nhiệm chính trị",
            "chủ nhiệm hậu cần",
            "chủ nhiệm kỹ thuật",
            "tham mưu trưởng",
        ]
        .iter()
        .any(|u| h.ends_with(u))
    });
    // "Trưởng ban Xây dựng Đảng, Đảng ủy xã …", "chuyên viên Ban Dân tộc
    // – Tôn giáo, Ủy ban MTTQ Việt Nam tỉnh": a board's head or a staff
    // member of a board goes on to the committee the board serves, when
    // nothing has closed the board's name yet (a committee, a place, an
    // abbreviation: "Trưởng ban Dân vận Tỉnh ủy, Ủy ban …" is two bodies).
    // "Giám đốc Trung tâm C4, Viện …", "Phó Giám đốc Ban Kỹ thuật, Tổng
    // Công ty …": so does the director of a unit (a centre, a board, a
    // branch, a plant), which the body it belongs to follows.
    let director = t.phrase(i, head).is_some_and(|h| h.ends_with("giám đốc"))
        && (matches!(t.low(i + head), "ban" | "phòng")
            || matches!(
                t.phrase(i + head, 2),
                Some("trung tâm" | "chi nhánh" | "xí nghiệp" | "nhà máy")
            ));
    let staff = (director
        || t.phrase(i, head).is_some_and(|h| {
            [
                "trưởng ban",
                "phó ban",
                // "Phó Chủ nhiệm Ủy ban Kiểm tra, Liên đoàn Lao động
                // tỉnh": the inspection committee of a mass organisation,
                // a club or a cooperative of the body named next.
                "chủ nhiệm",
                "chuyên viên",
                "chuyên viên chính",
                // "Giảng viên cao cấp Viện A, Viện Hàn lâm B": a lecturer
                // of a school or an institute, and the body above it.
                "giảng viên",
                "giảng viên chính",
                "giảng viên cao cấp",
                "công chức",
                "thanh tra viên",
                // "cán bộ Phòng Cảnh sát cơ động, Công an tỉnh A".
                "cán bộ",
                "nhân viên",
                // "Trợ lý Dân quân, Ban Chỉ huy Phòng thủ khu vực 1": an
                // army staff officer's branch, then the command it serves.
                "trợ lý",
            ]
            .iter()
            .any(|u| h.ends_with(u))
        }))
        && j > i + head
        && !t.is_abbrev(j - 1)
        && (i + head..j).all(|k| place_len(t, k).is_none() && !closes_board(t, k));
    if !t.is_punct(j, ',') {
        return None;
    }
    if let Some(next) = department_body(t, i, head, j) {
        return Some(next);
    }
    if !(unit || staff) {
        return None;
    }
    let organ = |next: usize| {
        t.is_cap(next)
            && (t.has(next, vocab::flag::TITLE) || t.has(next, vocab::flag::ORGAN))
            && office_len(t, next).is_none()
            && !names::starts_name(t, next)
    };
    if organ(j + 1) || located_abbrev(t, j + 1) {
        return Some(j + 1);
    }
    // "Trưởng phòng Quản lý công chức, viên chức, Sở Nội vụ": the comma
    // goes on with a list of lower-case nouns (no verb, no linking word)
    // that the organ above closes.
    let lower =
        |k: usize| t.is_word(k) && !t.is_cap(k) && !names::not_in_organ(t.low(k)) && !cue(t, k);
    if !lower(j - 1) {
        return None;
    }
    let n = (1..=MAX_LISTED).find(|&n| !lower(j + n))?;
    let next = j + n + 1;
    (n > 1 && t.is_punct(j + n, ',') && organ(next)).then_some(next)
}

/// Where a staff member's department goes on to the body it belongs to,
/// past the comma at `j`: "chuyên viên Phòng Kinh tế, UBND phường A",
/// "công chức Phòng Công tác HĐND, Văn phòng Đoàn ĐBQH và HĐND tỉnh". A
/// department ("Phòng") is named by its field alone, which may hold an
/// abbreviation or the words of a committee ("Công tác Quốc hội", "Văn
/// hóa - Xã hội") without closing the post: a department always belongs
/// to an office, a department of state or, since the 2025 reforms, to
/// the People's Committee of a commune. A place inside the department's
/// name ("Phòng Nội vụ huyện A") does close it.
fn department_body(t: &Tokens, i: usize, head: usize, j: usize) -> Option<usize> {
    let staff = t.phrase(i, head).is_some_and(|h| {
        matches!(
            h,
            "chuyên viên"
                | "chuyên viên chính"
                | "công chức"
                | "viên chức"
                | "cán bộ"
                | "nhân viên"
        )
    });
    let department = staff && t.is_cap(i + head) && t.low(i + head) == "phòng" && j > i + head + 1;
    if !department || (i + head..j).any(|k| place_len(t, k).is_some()) {
        return None;
    }
    let next = j + 1;
    let body = t.is_cap(next)
        && (t.has(next, vocab::flag::ORGAN) || t.is_abbrev(next))
        && office_len(t, next).is_none()
        && !names::starts_name(t, next);
    body.then_some(next)
}

/// Whether the word at `k` is an abbreviation of a body with a name of
/// its own ("BV" Bệnh viện, "TTYT" Trung tâm Y tế): "Trưởng khoa Ngoại,
/// BV Đa khoa tỉnh" goes on to the hospital the faculty belongs to.
fn located_abbrev(t: &Tokens, k: usize) -> bool {
    // Cheap test first: only a listed abbreviation is looked up.
    if !t.is_abbrev(k) {
        return false;
    }
    let Some(full) = vocab::expansion(t.low(k)) else {
        return false;
    };
    let full = full.to_lowercase();
    let ends = full.match_indices(' ').map(|(n, _)| n).chain([full.len()]);
    ends.take(3)
        .any(|n| crate::parse::lexicon::is_located_body(&full[..n]))
}

/// Whether the word at `k` closes a board's name: its committee or the
/// body it belongs to ("Tỉnh ủy", "Trung ương", "Chính phủ", "Quốc hội",
/// "Việt Nam") or a level ("tỉnh", "xã").
fn closes_board(t: &Tokens, k: usize) -> bool {
    // "Ủy ban Kiểm tra" opens a committee; "Tỉnh ủy" closes one.
    let committee = matches!(t.low(k), "ủy" | "uỷ") && t.low(k + 1) != "ban";
    committee
        || matches!(
            t.low(k),
            "tỉnh" | "huyện" | "xã" | "phường" | "quận" | "thị" | "thành"
        )
        || matches!(
            t.phrase(k, 2),
            Some("trung ương" | "chính phủ" | "quốc hội" | "việt nam")
        )
}

/// Most tokens of the lower-case fields an organ's name lists after a comma.
const MAX_FIELDS: usize = 10;

/// Where the lower-case fields an organ's name lists across commas end,
/// when the list closes with "và" and one more field: "Cục Văn hóa cơ
/// sở, gia đình và thư viện", "Phòng Văn hóa, thể thao và du lịch". The
/// comma is at `j`; the organ's capitalised word is the head's next token
/// `organ`, and the list must end at punctuation or at a capitalised body
/// above ("…, Bộ Văn hóa, Thể thao và Du lịch").
pub(super) fn listed_fields(t: &Tokens, organ: usize, j: usize) -> Option<usize> {
    if !t.is_punct(j, ',') || !t.is_cap(organ) || !t.has(organ, vocab::flag::TITLE) {
        return None;
    }
    let field =
        |k: usize| t.is_word(k) && !t.is_cap(k) && !names::not_in_organ(t.low(k)) && !cue(t, k);
    // The organ's name must still be open: a level word or a place closes
    // it ("Trung tâm Y tế huyện, vận động bà con và …" goes on with deeds).
    let level_or_place = |k: usize| {
        matches!(
            t.low(k),
            "tỉnh" | "huyện" | "xã" | "phường" | "quận" | "thị" | "thành" | "ủy" | "uỷ"
        ) || place_len(t, k).is_some()
    };
    if !field(j - 1) || office_len(t, j + 1).is_some() || (organ + 1..j).any(level_or_place) {
        return None;
    }
    let mut k = j + 1;
    let mut and_seen = false;
    while k < j + 1 + MAX_FIELDS {
        if field(k) || t.is_punct(k, ',') && field(k + 1) && !and_seen {
            k += 1;
        } else if t.low(k) == "và" && !and_seen && field(k + 1) {
            and_seen = true;
            k += 1;
        } else {
            break;
        }
    }
    let ends = !t.is_word(k) || t.is_cap(k) && office_len(t, k).is_none();
    (and_seen && ends && k > j + 1).then_some(k)
}

/// Most tokens of one lower-case noun listed after a comma inside an
/// organ's name ("viên chức", "đô thị").
const MAX_LISTED: usize = 4;

/// A parenthesised organ inside a title: "Phó Chủ nhiệm Chính trị (Bộ Chỉ
/// huy Quân sự tỉnh)". Returns the index past ")".
pub(super) fn paren_organ(t: &Tokens, j: usize) -> Option<usize> {
    if !t.is_punct(j, '(')
        || !(t.has(j + 1, vocab::flag::TITLE) || t.has(j + 1, vocab::flag::ORGAN))
        || !t.is_cap(j + 1)
        || office_len(t, j + 1).is_some()
    {
        return None;
    }
    (j + 2..j + 12)
        .take_while(|&k| t.is_word(k) || t.is_punct(k, ')'))
        .find(|&k| t.is_punct(k, ')'))
        .map(|k| k + 1)
}

/// Whether what follows a dash at `k` goes on with the same name: a place,
/// or a capitalised organ or country word that opens no office and no name.
/// "Nguyên" or "Quyền" before an office opens a post held then or now.
/// A verb of the meeting capitalised after the dash ("Phó Chủ tịch UBND
/// phường - Chủ trì hội nghị") is what the holder does, not the name.
pub(super) fn inner_dash(t: &Tokens, k: usize) -> bool {
    t.is_cap(k)
        && (place_len(t, k).is_some() || t.has(k, vocab::flag::TITLE) && head_len(t, k).is_none())
        && !names::starts_name(t, k)
        && !cue(t, k)
}

/// Whether token `j` follows a capitalised word, or a capitalised organ
/// phrase such as "Hội đồng", "Quân khu" (not a party committee: "Tỉnh ủy").
pub(super) fn after_organ(t: &Tokens, j: usize) -> bool {
    j > 0 && t.is_cap(j - 1)
        || j > 1
            && t.is_cap(j - 2)
            && t.phrase(j - 2, 2)
                .is_some_and(|p| vocab::is_title_word(p) && !p.ends_with('y'))
}

/// Whether token `j` follows an organ's word or phrase written in lower
/// case ("ban quản lý dự án", "phòng y tế"), not a level ("tỉnh") or a
/// word kept for capitals ("tổ chức").
fn after_lower_organ(t: &Tokens, j: usize) -> bool {
    (1..=3).any(|n| {
        j >= n
            && t.phrase(j - n, n).is_some_and(|p| {
                vocab::is_title_word(p)
                    && !vocab::is_cap_only(p)
                    && !matches!(
                        p,
                        "tỉnh" | "huyện" | "xã" | "phường" | "quận" | "trung ương"
                    )
            })
    })
}

/// Whether token `j` follows the whole name of a party or youth committee
/// ("Tỉnh ủy", "Huyện Ủy", "Tỉnh Đoàn", "Thành đoàn", "Xã đoàn"), after which lower-case
/// words are what the committee does ("Tỉnh Đoàn cảm ơn …"), not its name.
fn after_committee(t: &Tokens, j: usize) -> bool {
    j > 1
        && t.phrase(j - 2, 2).is_some_and(|p| {
            let (level, body) = p.split_once(' ').unwrap_or((p, ""));
            matches!(
                level,
                "tỉnh" | "huyện" | "thành" | "quận" | "thị" | "xã" | "phường" | "đảng"
            ) && matches!(body, "ủy" | "uỷ" | "đoàn")
        })
}

/// Whether a verb of what someone did at a meeting starts at `k`.
fn cue(t: &Tokens, k: usize) -> bool {
    const CUES: [&str; 13] = [
        "chủ trì",
        "phát biểu",
        "kết luận",
        "cho biết",
        "nhấn mạnh",
        "yêu cầu",
        "đề nghị",
        "khẳng định",
        "trình bày",
        "tham dự",
        "tham gia",
        "đến dự",
        "về dự",
    ];
    // "dự thảo" (a draft) is a thing, not attending.
    let attend = t.low(k) == "dự" && t.low(k + 1) != "thảo";
    t.has(k, vocab::flag::ROLE_CUE) && (attend || t.phrase(k, 2).is_some_and(|p| CUES.contains(&p)))
}

/// Whether `w` is a number in digits or Roman numerals ("1", "III").
pub(super) fn number(w: &str) -> bool {
    !w.is_empty()
        && (w.bytes().all(|b| b.is_ascii_digit()) || w.bytes().all(|b| b"IVX".contains(&b)))
}
