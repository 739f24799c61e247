//! Titles (chức danh) in a token stream: where one starts (a head such as
//! "Phó Bí thư"), how far it runs (institution words, proper nouns, places)
//! and how it is shown ("phó bí thư TT Huyện ủy" -> "Phó Bí thư Thường trực
//! Huyện ủy"). Knows nothing of people; `names` decides where a name starts.

use super::names;
use super::tokens::Tokens;
use super::vocab;

/// Longest title head starting at token `i`, in tokens. "nguyên" (former)
/// only counts in front of another head.
pub fn head_len(t: &Tokens, i: usize) -> Option<usize> {
    let max = usize::from(t.info(i).head);
    for n in (1..=max).rev() {
        match t.phrase(i, n) {
            Some("nguyên") => return head_len(t, i + 1).map(|m| m + 1),
            Some(p) if vocab::is_head(p) => return Some(n),
            _ => {}
        }
    }
    None
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
        t.phrase(i, n)
            .is_some_and(|p| vocab::is_title_word(p) && (t.is_cap(i) || !vocab::is_cap_only(p)))
            && !(stop_at_name && (i + 1..i + n).any(|k| names::starts_name(t, k)))
    })
}

/// Parses a title starting with a head at `i`. Returns the token index just
/// past it and the title as shown. With `stop_at_name`, a following person
/// name ("Trưởng ban Dân vận Trung ương Bùi Thị Minh Hoài") ends the title.
pub fn parse_title(t: &Tokens, i: usize, stop_at_name: bool) -> Option<(usize, String)> {
    let (head, j) = title_span(t, i, stop_at_name)?;
    Some((j, show_title(t, i, head, j)))
}

/// The head length and the end of a title starting at `i`, as
/// `parse_title` reads it, without building the title.
pub fn title_span(t: &Tokens, i: usize, stop_at_name: bool) -> Option<(usize, usize)> {
    let head = head_len(t, i)?;
    let mut j = i + head;
    while j < t.len() && j - i < 20 {
        if !t.is_word(j) {
            break;
        }
        if let Some(n) = place_len(t, j) {
            j += n;
            continue;
        }
        if stop_at_name && names::starts_name(t, j) {
            break;
        }
        if let Some(n) = word_len(t, j, stop_at_name) {
            j += n;
        } else if (t.is_cap(j) && head_len(t, j).is_none_or(|_| j == i + head))
            || joins_org(t, i, j)
        {
            j += 1;
        } else {
            break;
        }
    }
    // A lone lower-case "ban" or "phó" at the end is the start of a verb
    // ("ban hành") or of another phrase, not part of the title.
    while j > i + head && !t.is_cap(j - 1) && matches!(t.low(j - 1), "ban" | "phó" | "hội") {
        j -= 1;
    }
    Some((head, j))
}

/// Whether "và" at `j` joins two capitalised parts of one department's
/// name ("Sở Tài nguyên và Môi trường") rather than two people or bodies;
/// only inside a title (from `i`) that names a department or ministry.
fn joins_org(t: &Tokens, i: usize, j: usize) -> bool {
    let next = j + 1;
    let department =
        (i..j).any(|k| t.is_cap(k) && matches!(t.low(k), "sở" | "bộ" | "cục" | "viện"));
    department
        && t.low(j) == "và"
        && t.is_cap(next)
        && !t.has(next, vocab::flag::INSTITUTION)
        && head_len(t, next).is_none()
        && !names::starts_name(t, next)
        && place_len(t, next).is_none()
        && t.phrase(j, 2).is_some()
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
        out.push(' ');
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

/// Titles after a person's name: an optional separator (",", "–", "(",
/// ":") then one or more titles separated by commas. Returns the index past
/// them (past a closing parenthesis) and the titles; none leaves `m` as is.
#[allow(clippy::many_single_char_names)]
pub fn titles_after(t: &Tokens, m: usize) -> (usize, Vec<String>) {
    let mut titles = Vec::new();
    let paren = t.is_punct(m, '(');
    let sep = paren || t.is_punct(m, ',') || t.is_dash(m) || t.is_punct(m, ':');
    let mut k = if sep { m + 1 } else { m };
    match parse_title(t, k, true) {
        Some((e, s)) => {
            titles.push(s);
            k = e;
        }
        None => return (m, titles),
    }
    while t.is_punct(k, ',') || t.is_punct(k, ';') && paren {
        match parse_title(t, k + 1, true) {
            Some((e, s)) => {
                titles.push(s);
                k = e;
            }
            None => break,
        }
    }
    if paren && t.is_punct(k, ')') {
        k += 1;
    }
    (k, titles)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn title(s: &str) -> Option<String> {
        let t = Tokens::new(s);
        parse_title(&t, 0, true).map(|(_, s)| s)
    }

    #[test]
    fn a_title_runs_over_institution_words_and_places() {
        assert_eq!(
            title("Trưởng Ban Quản lý Khu kinh tế Hải Phòng; Lê Văn A").as_deref(),
            Some("Trưởng Ban Quản lý Khu kinh tế Hải Phòng")
        );
        assert_eq!(
            title("Chủ tịch Ủy ban MTTQ Việt Nam thành phố cùng lãnh đạo").as_deref(),
            Some("Chủ tịch Ủy ban MTTQ Việt Nam thành phố")
        );
        assert_eq!(
            title("Trưởng Ban Tổ chức Thành ủy và đồng chí").as_deref(),
            Some("Trưởng Ban Tổ chức Thành ủy")
        );
    }

    #[test]
    fn a_title_stops_at_a_verb_and_at_a_name() {
        assert_eq!(
            title("Bí thư Tỉnh ủy tổ chức hội nghị").as_deref(),
            Some("Bí thư Tỉnh ủy")
        );
        assert_eq!(
            title("Phó Chủ tịch UBND tỉnh Lạng Sơn Đoàn Thu Hà phát biểu").as_deref(),
            Some("Phó Chủ tịch UBND tỉnh Lạng Sơn")
        );
        assert_eq!(
            title("Bí thư Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh").as_deref(),
            Some("Bí thư Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh")
        );
    }

    #[test]
    fn a_department_named_with_va_stays_whole() {
        assert_eq!(
            title("Giám đốc Sở Tài nguyên và Môi trường phát biểu").as_deref(),
            Some("Giám đốc Sở Tài nguyên và Môi trường")
        );
        assert_eq!(
            title("Bí thư Tỉnh ủy và Chủ tịch UBND tỉnh").as_deref(),
            Some("Bí thư Tỉnh ủy")
        );
        assert_eq!(
            title("Chủ tịch UBND tỉnh và Ban Dân vận").as_deref(),
            Some("Chủ tịch UBND tỉnh")
        );
        assert_eq!(
            title("Chủ tịch UBND tỉnh và Nguyễn Văn An").as_deref(),
            Some("Chủ tịch UBND tỉnh")
        );
        assert_eq!(
            title("Bí thư Huyện ủy và Nhân dân").as_deref(),
            Some("Bí thư Huyện ủy")
        );
    }

    #[test]
    fn lower_case_heads_and_tt_are_normalised() {
        assert_eq!(
            title("phó bí thư TT Huyện ủy chủ trì").as_deref(),
            Some("Phó Bí thư Thường trực Huyện ủy")
        );
        assert_eq!(
            title("phó bí thư thường trực huyện ủy").as_deref(),
            Some("Phó Bí thư Thường trực huyện ủy")
        );
    }

    #[test]
    fn titles_after_a_name_split_on_commas() {
        let t = Tokens::new("A – Bí thư Trung ương Đảng, Trưởng ban Dân vận Trung ương chủ trì");
        let (_, got) = titles_after(&t, 1);
        assert_eq!(
            got,
            ["Bí thư Trung ương Đảng", "Trưởng ban Dân vận Trung ương"]
        );
        let t = Tokens::new("A (Bí thư Huyện ủy) phát biểu");
        let (k, got) = titles_after(&t, 1);
        assert_eq!(got, ["Bí thư Huyện ủy"]);
        assert_eq!(t.raw(k), "phát");
    }
}
