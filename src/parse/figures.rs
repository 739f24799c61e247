//! Figures ("845 đơn thư", "92,96%", "7/8 vụ việc", "63 tỉnh, thành") and
//! quoted movements and models (“Dân vận khéo”, “Chính quyền thân thiện”).

use super::lexicon;
use super::text::lower_same;
use std::collections::HashMap;
use std::sync::LazyLock;

/// Most figures kept per report.
const MAX_FIGURES: usize = 60;

/// Words after a number that make it a date, a duration or an ordinal, not a figure.
const NOT_UNIT: &[&str] = &[
    "tháng", "năm", "ngày", "giờ", "phút", "giây", "quý", "tuần", "và", "đến", "có", "là", "của",
    "trong", "tại", "với", "các", "những", "được", "đã", "thì", "về", "từ", "cho", "do", "ở",
    "hôm", "nay", "sẽ", "vì", "nên", "khi", "để", "như", "theo", "trên", "sau", "trước", "mà",
    "này", "đó", "gồm", "thuộc", "tham", "cùng", "đang",
    // Verbs a sentence goes on with after a number that counts nothing
    // ("kỳ họp thứ 4 xem xét", "lần thứ 22 diễn ra", "cấp 2 đi vào").
    "diễn", "xem", "rồi", "làm", "đi", "đạt", "tăng", "giảm", "chiếm", "còn", "dự", "thống", "ra",
    "vào", "lên", "tới",
];

/// Words before a number that make it an ordinal, a part's number or
/// part of a name, not a count: "lần thứ 22", "Hội nghị lần 5", "Điều
/// 12", "tổ 7", "khu phố 3", "Quân khu 9", "Đồn Biên phòng 615".
const NAMED_BEFORE: &[&str] = &[
    "thứ",
    "lần",
    "khóa",
    "kỳ",
    "đợt",
    "điều",
    "khoản",
    "chương",
    "mục",
    "phần",
    "tổ",
    "thôn",
    "ấp",
    "xóm",
    "khóm",
    "khu",
    "phố",
    "phường",
    "quận",
    "lô",
    "tầng",
    "lộ",
    "hẻm",
];

/// Words that multiply the number before them: the unit is read after
/// them ("250 nghìn đảng viên", "1,2 triệu người lao động").
const MULTIPLIERS: &[&str] = &["nghìn", "ngàn", "triệu", "tỷ", "tỉ", "vạn"];

/// Words before a number that make it part of a date.
const DATE_BEFORE: &[&str] = &[
    "ngày", "sáng", "chiều", "tối", "trưa", "hôm", "đêm", "năm", "số",
];

/// Figures in `paragraphs`, in order, without repeats.
pub fn find_figures(paragraphs: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for p in paragraphs {
        let b = p.as_bytes();
        let mut i = 0;
        while out.len() < MAX_FIGURES {
            let Some(start) = next_digit(b, i) else {
                break;
            };
            let end = number_end(b, start);
            i = end.max(start + 1);
            let opens = start == 0 || matches!(b[start - 1], b' ' | b'(');
            if !opens {
                continue;
            }
            if let Some(fig) = figure_at(p, start, end) {
                if !out.contains(&fig) {
                    out.push(fig);
                }
            }
        }
    }
    out
}

/// Offset of the first ASCII digit at or after `from`. Digits are sparse
/// in prose: sixteen bytes are tested at once (a test without an early
/// exit per byte, which the compiler vectorizes) before finding which.
fn next_digit(b: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while let Some(chunk) = b.get(i..i + 16) {
        if chunk.iter().fold(false, |any, c| any | c.is_ascii_digit()) {
            break;
        }
        i += 16;
    }
    b.get(i..)?
        .iter()
        .position(u8::is_ascii_digit)
        .map(|k| i + k)
}

/// End of the number starting at `start`: digits with inner "." "," "/".
fn number_end(b: &[u8], start: usize) -> usize {
    let mut j = start;
    while j < b.len() {
        let inner =
            matches!(b[j], b'.' | b',' | b'/') && b.get(j + 1).is_some_and(u8::is_ascii_digit);
        if b[j].is_ascii_digit() || (inner && j > start) {
            j += 1;
        } else {
            break;
        }
    }
    j
}

/// The figure made of the number `p[start..end]` and what follows it: a
/// percent sign, or one or two lower-case words naming what is counted.
fn figure_at(p: &str, start: usize, end: usize) -> Option<String> {
    let num = &p[start..end];
    let rest = &p[end..];
    if let Some(r) = rest.strip_prefix('%').or_else(|| rest.strip_prefix(" %")) {
        let _ = r;
        return Some(format!("{num}%"));
    }
    let rest = rest.strip_prefix(' ')?;
    let year_like = num.len() == 4 && num.starts_with(['1', '2']);
    let before = p[..start].split_whitespace().next_back().unwrap_or("");
    // The word before, its first letter lowered ("Điều" as "điều").
    let mut chars = before.chars();
    let before: String = chars
        .next()
        .map(super::text::lower_char)
        .into_iter()
        .chain(chars)
        .collect();
    let dated = DATE_BEFORE.contains(&before.as_str());
    let named = NAMED_BEFORE.contains(&before.as_str());
    if year_like || dated || named || num.matches('/').count() > 1 {
        return None;
    }
    // "đ/c" is "đồng chí" written short, its slash no end of the word.
    if rest
        .strip_prefix("đ/c")
        .is_some_and(|after| !after.starts_with(char::is_alphanumeric))
    {
        return Some(format!("{num} đ/c"));
    }
    let unit = unit_words(rest)?;
    let first = unit.split([' ', ',']).next().unwrap_or("");
    // A lone Latin letter after a number is a clause's or a plot's letter
    // ("khoản 10 b", "thửa 139 v"), but "m" is the metre.
    let letter = first.len() == 1 && first != "m";
    (!letter && !NOT_UNIT.contains(&first)).then(|| format!("{num} {unit}"))
}

/// What a figure counts, from `counted.txt`: each phrase and whether it
/// is a classifier that opens a longer counted phrase.
static COUNTED: LazyLock<HashMap<&'static str, bool>> = LazyLock::new(|| {
    lexicon::entries(lexicon::COUNTED)
        .map(|(phrase, marker)| (phrase, marker == "classifier"))
        .collect()
});

/// Most words of a counted phrase.
const MAX_UNIT_WORDS: usize = 4;

/// The unit at the start of `rest`, a run of lower-case words (plus ",
/// thành" in "63 tỉnh, thành"): a counted phrase of `counted.txt` whole
/// ("1.189 đảng viên", "100 hộ gia đình", "11 cuộc thanh tra"); after a
/// classifier followed by words the list does not know, the classifier
/// alone, since the next word may be half of a longer one ("2 lần …");
/// after a multiplier ("nghìn", "triệu"), the multiplier and the unit
/// read after it; else one or two words (one after a multiplier, where
/// the multiplier was the first).
fn unit_words(rest: &str) -> Option<&str> {
    unit_after(rest, false)
}

/// `unit_words`, with `after_multiplier` when a multiplier stands before `rest`.
fn unit_after(rest: &str, after_multiplier: bool) -> Option<&str> {
    let ends = word_ends(rest);
    let (&first, later) = ends.split_first()?;
    let phrase = |from: usize, to: usize| &rest[from..to];
    let known = |from: usize| {
        later
            .iter()
            .rev()
            .find(|&&to| to > from && COUNTED.contains_key(phrase(from, to)))
            .copied()
    };
    let multiplier = MULTIPLIERS.contains(&&rest[..first]);
    let mut end = match (known(0), COUNTED.get(&rest[..first])) {
        (Some(to), _) => to,
        (None, _) if multiplier => match rest.get(first + 1..).and_then(|r| unit_after(r, true)) {
            Some(unit) if !later.is_empty() => first + 1 + unit.len(),
            _ => first,
        },
        (None, Some(false)) => first,
        (None, Some(true)) => match later.first() {
            Some(&second) => known(first + 1)
                .filter(|&to| COUNTED.get(phrase(first + 1, to)) == Some(&false))
                .or_else(|| (later.len() == 1 && !after_multiplier).then_some(second))
                .unwrap_or(first),
            None => first,
        },
        _ if after_multiplier => first,
        _ => later.first().copied().unwrap_or(first),
    };
    for tail in [", thành phố", ", thành"] {
        if rest[end..].starts_with(tail) {
            end += tail.len();
            break;
        }
    }
    Some(&rest[..end])
}

/// The ends of the lower-case words that open `rest`, one space apart,
/// up to `MAX_UNIT_WORDS` (a square or cubic metre's sign is part of its
/// word); a function word, a capital or a mark ends the run.
fn word_ends(rest: &str) -> Vec<usize> {
    let is_word = |c: char| c.is_lowercase() || matches!(c, '²' | '³');
    let mut ends = Vec::new();
    let mut from = 0;
    while ends.len() < MAX_UNIT_WORDS {
        let word = rest[from..]
            .find(|c: char| !is_word(c))
            .unwrap_or(rest.len() - from);
        if word == 0 || (from > 0 && NOT_UNIT.contains(&&rest[from..from + word])) {
            break;
        }
        ends.push(from + word);
        from += word;
        if !rest[from..].starts_with(' ') {
            break;
        }
        from += 1;
    }
    ends
}

/// Words that, just before a quotation, make it a movement or model name.
const MOVEMENT_CUES: &[&str] = &[
    "phong trào",
    "thi đua",
    "mô hình",
    "cuộc vận động",
    "vận động",
    "chủ đề",
    "phương châm",
    "năm",
    "khẩu hiệu",
    "chương trình",
    "điển hình",
    "danh hiệu",
    "giải thưởng",
];

/// Quotations in `p`: the offset of each opening mark and the text inside
/// (2 to 120 bytes, no quotation mark within).
fn quotations(p: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut rest = 0;
    while let Some(open) = find_mark(p, rest, b'\x9C', b'\x9C') {
        let body = open
            + if p[open..].starts_with('"') {
                1
            } else {
                '“'.len_utf8()
            };
        let Some(close) = find_mark(p, body, b'\x9C', b'\x9D') else {
            break;
        };
        if p[close..].starts_with('“') {
            rest = close;
            continue;
        }
        if (2..=120).contains(&(close - body)) {
            out.push((open, &p[body..close]));
        }
        rest = close
            + if p[close..].starts_with('"') {
                1
            } else {
                '”'.len_utf8()
            };
    }
    out
}

/// Offset of the first '"' in `p` from `from`, or of a curly quotation
/// mark U+201C or U+201D (bytes E2 80 9C and E2 80 9D) whose last byte is
/// `a` or `b`. Searched on bytes: `str::find` with several chars decodes
/// every char of the paragraph.
fn find_mark(p: &str, from: usize, a: u8, b: u8) -> Option<usize> {
    let bytes = p.as_bytes();
    memchr::memchr2_iter(b'"', 0xE2, bytes.get(from..)?)
        .map(|k| k + from)
        .find(|&k| {
            bytes[k] == b'"'
                || (bytes.get(k + 1) == Some(&0x80)
                    && bytes.get(k + 2).is_some_and(|&x| x == a || x == b))
        })
}

/// Quoted movement and model names in `paragraphs`, without repeats.
pub fn find_movements(paragraphs: &[String], lowers: &[&str]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    // The lower case of each name in `out`, same order.
    let mut keys: Vec<String> = Vec::new();
    for (p, lower) in paragraphs.iter().zip(lowers) {
        if find_mark(p, 0, b'\x9C', b'\x9C').is_none() {
            continue;
        }
        for (start, inner) in quotations(p) {
            let before = lower.get(..start).unwrap_or("").trim_end();
            if !MOVEMENT_CUES.iter().any(|cue| before.ends_with(cue)) {
                continue;
            }
            let name = inner.trim();
            let key = lower_same(name);
            if !keys.contains(&key) {
                out.push(name.to_string());
                keys.push(key);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> Vec<String> {
        vec![s.to_string()]
    }

    #[test]
    fn counts_percentages_and_fractions() {
        let got = find_figures(&v("Đã tiếp nhận 1.250 đơn thư, giải quyết đạt 95,5%; hòa giải 9/10 vụ việc với 34 tỉnh, thành."));
        assert_eq!(
            got,
            ["1.250 đơn thư", "95,5%", "9/10 vụ việc", "34 tỉnh, thành"]
        );
    }

    #[test]
    fn counted_phrases_are_read_whole() {
        let got = find_figures(&v("Đoàn tổ chức 11 cuộc thanh tra, thăm 100 hộ gia đình và 6.000 người lao động; 4 ứng cử viên gặp cử tri 13 xã khu vực phía nam."));
        assert_eq!(
            got,
            [
                "11 cuộc thanh tra",
                "100 hộ gia đình",
                "6.000 người lao động",
                "4 ứng cử viên",
                "13 xã"
            ]
        );
    }

    #[test]
    fn a_classifier_before_an_unknown_word_stands_alone() {
        let got = find_figures(&v("Hội nghị bàn 5 nhóm giải pháp, trao 60 suất quà. Đã 2 lần mở rộng 7,8 km đường giao thông và 23 nghìn m² sân; 2 nhà văn và 17 căn nhà đại đoàn kết."));
        assert_eq!(
            got,
            [
                "5 nhóm",
                "60 suất quà",
                "2 lần",
                "7,8 km",
                "23 nghìn m²",
                "2 nhà văn",
                "17 căn nhà"
            ]
        );
    }

    #[test]
    fn a_multiplier_keeps_the_unit_after_it_whole() {
        let got = find_figures(&v("Đảng bộ có hơn 5,2 triệu đảng viên; quỹ nhận 3 tỷ đồng, hỗ trợ 1,5 nghìn hộ gia đình và 12 nghìn m² đất; chi 40 triệu."));
        assert_eq!(
            got,
            [
                "5,2 triệu đảng viên",
                "3 tỷ đồng",
                "1,5 nghìn hộ gia đình",
                "12 nghìn m²",
                "40 triệu"
            ]
        );
    }

    #[test]
    fn ordinals_numbered_parts_and_places_are_not_figures() {
        let got = find_figures(&v("Hội nghị Ban Chấp hành lần thứ 22 diễn ra tại tổ 7 khu phố 3; Kỳ họp lần 5 xem xét theo khoản 2 điểm b Điều 12 quy chế; Quân khu 9 trao 30 suất quà."));
        assert_eq!(got, ["30 suất quà"]);
    }

    #[test]
    fn a_verb_or_a_lone_letter_after_a_number_is_no_unit() {
        let got = find_figures(&v(
            "Có 12 thống nhất, 3 rồi làm lại, 10 b chưa rõ; đã đào 40 m mương và 64 điểm cầu; có 9 ý kiến, 2 đ/c được khen, ông Tạ Văn Lưu được 31 phiếu bầu.",
        ));
        assert_eq!(
            got,
            [
                "40 m mương",
                "64 điểm cầu",
                "9 ý kiến",
                "2 đ/c",
                "31 phiếu bầu"
            ]
        );
    }

    #[test]
    fn a_function_word_after_a_number_is_no_unit() {
        let got = find_figures(&v(
            "Có 24 do ông Nguyễn Văn A đề xuất, 380 hôm nay tới dự; 125 đại biểu tham dự.",
        ));
        assert_eq!(got, ["125 đại biểu"]);
    }

    #[test]
    fn digits_are_found_across_chunks() {
        let s = format!("{}7 và {}", "chữ ".repeat(9), "x".repeat(40));
        for from in 0..s.len() {
            let want = s.bytes().skip(from).position(|c| c.is_ascii_digit());
            assert_eq!(next_digit(s.as_bytes(), from), want.map(|k| k + from));
        }
    }

    #[test]
    fn dates_durations_and_years_are_not_figures() {
        assert_eq!(
            find_figures(&v("tặng quà cho 120 người có uy tín")),
            ["120 người"]
        );
        let got = find_figures(&v(
            "Ngày 15/9 hoàn thành; trong 6 tháng đầu năm 2022 các cấp; Quyết định số 12 ngày",
        ));
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn quotations_survive_unclosed_and_stray_marks() {
        assert!(quotations("a “b” c").is_empty(), "too short");
        let s = "mô hình “Dân vận khéo” và “";
        assert_eq!(quotations(s), [(s.find('“').unwrap_or(0), "Dân vận khéo")]);
        assert_eq!(quotations("“ “Hai”"), [(4, "Hai")]);
        assert!(quotations("\"").is_empty());
    }

    #[test]
    fn quoted_movements_need_a_cue() {
        let text = v("nhân rộng mô hình “Dân vận khéo” và phong trào \"Xây dựng nông thôn mới\"; thực hiện “nhiệm vụ kép”.");
        let got = find_movements(&text, &[&lower_same(&text[0])]);
        assert_eq!(got, ["Dân vận khéo", "Xây dựng nông thôn mới"]);
    }
}
