//! Titles after a person's name: after a separator, a note in brackets or
//! between commas ("A (54 tuổi), Cục trưởng …"), or a verb that gives a
//! post ("A giữ chức vụ Chủ tịch Hội").

use super::chain::{
    chain, dashed_to_name, name_follows, rank_before_name, ranked_name_follows, Side,
};
use super::head::{head_len, is_rank};
use super::verbs::{appointed_to, title_verb_len};
use super::{aide_serves_next, place_len, show_title, title_span};
use crate::parse::organs::number;
use crate::parse::tokens::Tokens;
use crate::parse::vocab;

/// Titles after a person's name: an optional separator (",", "–", "(",
/// ":") then one or more chained titles. Returns the index past them (past
/// a closing parenthesis) and the titles; none leaves `m` as is.
pub fn titles_after(t: &Tokens, m: usize) -> (usize, Vec<String>) {
    let (k, titles, _) = read_after(t, m);
    (k, titles)
}

/// The posts a verb gives after the titles held by the person named up to
/// `m` ("B - Trưởng Công an xã được bầu làm Ủy viên UBND xã" gives
/// "Ủy viên UBND xã"), without the titles held; none when no title is held
/// before the verb ("B được bầu làm …").
pub fn posts_given_after(t: &Tokens, m: usize) -> Vec<String> {
    let (_, mut titles, given) = read_after(t, m);
    if given == 0 {
        return Vec::new();
    }
    titles.split_off(given)
}

/// Where a title read after the separator at `m` opens, at `k` or past
/// a word before its head: "A - tân Ủy viên UBND tỉnh" (newly given, the
/// post all the same), "bà B, nữ Giám đốc Bệnh viện C" (the holder's sex,
/// which news writes of a woman in charge), "A và B, hai cựu Thứ trưởng
/// Bộ X" (the count of those who held it), "A, B - đồng Phó Chủ tịch Hội
/// đồng Trị sự" (a post held jointly, co-).
fn past_count(t: &Tokens, m: usize, k: usize, sep: bool) -> usize {
    let count =
        matches!(t.raw(k), "tân" | "nữ" | "đồng") || t.is_punct(m, ',') && t.low(k) == "hai";
    k + usize::from(sep && count && head_len(t, k + 1).is_some())
}

/// Words before the post inside brackets at `m`: "Phạm Văn A (kiêm Bộ
/// trưởng Ngoại giao)", a second post held besides the one the list is
/// of; "A và B (cùng là Phó Chủ tịch UBND huyện)", the post of the pair,
/// which the first is given too (`people::pairs`); "C (nay là Trưởng Ban
/// Dân vận Tỉnh ủy)", "D (đã nhận công tác Giám đốc Sở Y tế)", the post
/// the holder has moved to since, by a verb that gives a post.
fn paren_lead(t: &Tokens, m: usize) -> usize {
    if matches!(t.phrase(m + 1, 2), Some("cùng là" | "đều là")) {
        2
    } else if t.low(m + 1) == "kiêm" && head_len(t, m + 2).is_some() {
        1
    } else {
        title_verb_len(t, m + 1).unwrap_or(0)
    }
}

/// Where the titles read after the name ending at `m` start: past the
/// separator and a verb that gives a post.
fn first_title_at(t: &Tokens, m: usize, paren: bool, sep: bool) -> usize {
    if !sep {
        return m + title_verb_len(t, m).unwrap_or(0);
    }
    // "bầu bà A, giữ chức Phó Chủ tịch HĐND xã", "ông B - tái cử chức
    // danh Chủ tịch": a verb after the comma or the dash.
    let verb = if t.is_punct(m, ',') || t.is_dash(m) {
        title_verb_len(t, m + 1)
            .or_else(|| relative_given(t, m + 1))
            .unwrap_or(0)
    } else if paren {
        paren_lead(t, m)
    } else {
        0
    };
    m + 1 + verb
}

/// `titles_after`, with the index of the first title a verb gives (the
/// number of titles when none is given).
fn read_after(t: &Tokens, m: usize) -> (usize, Vec<String>, usize) {
    if let Some(read) = after_birth_note(t, m).or_else(|| after_aside(t, m)) {
        return read;
    }
    // "Lê Văn A (54 tuổi), Cục trưởng …": a note in brackets between the
    // name and the title.
    if let Some(after) = note_before_titles(t, m) {
        let (k, titles, given) = read_after(t, after);
        if !titles.is_empty() {
            return (k, titles, given);
        }
    }
    // "bà A – hội viên phụ nữ bản B làm tổ trưởng": a member's note after
    // the dash or the comma, then the post a verb gives.
    if let Some(verb) = member_note_verb(t, m) {
        let (k, titles, given) = read_after(t, verb);
        if !titles.is_empty() {
            return (k, titles, given);
        }
    }
    if let Some(read) = after_unknown_abbreviation(t, m) {
        return read;
    }
    let mut titles = Vec::new();
    let paren = t.is_punct(m, '(');
    let sep = paren || t.is_punct(m, ',') || t.is_dash(m) || t.is_punct(m, ':');
    let k = past_count(t, m, first_title_at(t, m, paren, sep), sep);
    let k0 = k;
    // "bổ nhiệm ông A giữ chức vụ Trợ lý Thủ tướng B", "ông C, Trợ lý
    // nguyên Phó Thủ tướng D": the aide's post is the one named before;
    // the offices after it, up to the next name, are the next one's, read
    // from there ("… Trợ lý Ủy viên Bộ Chính trị, Chủ tịch Quốc hội E").
    if let Some((next, post)) = aide_post_before_next(t, k).filter(|_| !paren) {
        return (next, vec![post], 0);
    }
    let Some((head, e)) = title_span(t, k, true).filter(|_| !presides(t, m, k, sep)) else {
        // "đại biểu A - Đoàn ĐBQH tỉnh Gia Lai", "B (Đoàn ĐBQH TP Hà
        // Nội)": a deputy named with the delegation of the seat.
        if let Some(n) = delegation(t, k).filter(|_| sep && k == m + 1) {
            titles.push(t.span(k, k + n).to_string());
            let end = k + n + usize::from(paren && t.is_punct(k + n, ')'));
            return (end, titles, 1);
        }
        // "đồng chí A - Công an tỉnh": the organ someone comes from,
        // named alone after a dash, stands for their post there.
        if let Some(n) = organ_alone(t, k).filter(|_| t.is_dash(m) && k == m + 1) {
            titles.push(t.span(k, k + n).to_string());
            return (k + n, titles, 1);
        }
        return (m, titles, 0);
    };
    // "bà A, Chủ tịch UBND phường Lê Mao.": the two words closing the
    // title read after a holder's name are the ward's, however like a
    // person's name they read; the holder is named already.
    let e = e + usize::from(sep) * unit_named_after_holder(t, e);
    // "A, công chức, người lao động Sở": the staff who came with A.
    if !paren && next_persons(t, k, head, e)
        || leads_visit(t, k, head, e)
        || t.is_punct(m, ',') && guest_named_after(t, m, k, e)
        || sep && super::chain::kinds_listed(t, k, head, e)
    {
        return (m, titles, 0);
    }
    titles.push(show_title(t, k, head, e));
    let mut k = chain(t, e, Some(&mut titles), Side::After);
    // "ông A (nguyên Bí thư Huyện ủy B) giữ chức …": past the brackets, a
    // verb gives a post as after a comma.
    let closed = paren && t.is_punct(k, ')');
    if closed {
        // "bà A (Phó Bí thư Thường trực) - Chủ tịch HĐND tỉnh": more posts
        // after the brackets; a semicolon ends the member of a list.
        k += 1;
        if t.is_dash(k) || t.is_punct(k, ',') {
            k = chain(t, k, Some(&mut titles), Side::After);
        }
    }
    // "A, Phó Giám đốc Sở X được bổ nhiệm giữ chức vụ Giám đốc Sở X": the
    // post a verb gives after the titles held is the person's too.
    // "… làm trưởng đoàn Đoàn Kiểm tra": a role for the occasion, written
    // in lower case after a bare "làm", is no post.
    // "A, Huyện ủy viên, nguyên Bí thư Đảng ủy xã, giữ chức vụ Chủ tịch …".
    // "A - Phó Bí thư Tỉnh ủy - được chỉ định giữ chức …": a dash closes
    // the titles held the same way.
    // What the unit belongs to ("thuộc Quân khu 7") is no part of the post.
    k = belongs_to_end(t, k).filter(|_| !paren).unwrap_or(k);
    // "A - Phó Chủ tịch UBND huyện (bìa trái) được suy tôn làm Chủ tịch
    // danh dự Hội": where a caption places the person says nothing of
    // them; the verb after the note gives a post as right after the titles.
    if !paren {
        k = position_note_end(t, k)
            .filter(|&after| title_verb_len(t, after).is_some())
            .unwrap_or(k);
    }
    if !paren && (t.is_punct(k, ',') || t.is_dash(k)) && title_verb_len(t, k + 1).is_some() {
        k += 1;
    }
    // "A, Trưởng phòng Quản lý kết cấu hạ tầng và An toàn giao thông giữ
    // chức vụ Phó Giám đốc Sở": a department's name runs on in lower case
    // and joined words the reader stops at; the verb that gives the new
    // post closes it.
    // "A, Bí thư Tỉnh ủy X đã được phê chuẩn kết quả bầu giữ chức …": a
    // clause of what the person does runs to the verb instead; the post
    // it gives is theirs, the clause is no part of the title.
    // "A, Trưởng ban X thôi giữ chức Trưởng ban X; điều động …": after the
    // post left ("thôi"), a new decision may follow.
    let leaving = !paren && run_to_post(t, &mut k, &mut titles);
    // "A - Phó Bí thư Tỉnh ủy X, tham gia Ban Chấp hành, Ban Thường vụ
    // Tỉnh ủy và giữ chức Phó Bí thư Tỉnh ủy Y": the bodies joined, then
    // the post given.
    if !paren {
        if let Some(verb) = joined_bodies_end(t, k) {
            k = verb;
        }
    }
    let occasion =
        |n: usize| n == 1 && t.low(k) == "làm" && !t.is_cap(k + 1) && !council_post(t, k + 1);
    // A verb right after the name gave the first title already.
    let given = if k0 > m + usize::from(sep) {
        0
    } else {
        titles.len()
    };
    if !paren || closed {
        if let Some(n) = title_verb_len(t, k).filter(|&n| !occasion(n)) {
            // "A, Vụ trưởng …, làm Thư ký Ủy viên Bộ Chính trị, Chủ tịch
            // nước B": the aide's post is A's, the offices served B's.
            if let Some((next, post)) = aide_post_before_next(t, k + n) {
                titles.push(post);
                return (next, titles, given);
            }
            // "A, Phó Chủ tịch UBND tỉnh làm Trưởng đoàn đã đến thăm …".
            let post = |&(head, e): &(usize, usize)| {
                !name_follows(t, e) && !leads_visit(t, k + n, head, e)
            };
            if let Some((head, e)) = title_span(t, k + n, true).filter(post) {
                titles.push(show_title(t, k + n, head, e));
                k = chain(t, e, Some(&mut titles), Side::After);
                if leaving {
                    k = post_after_left(t, k, &mut titles).unwrap_or(k);
                }
            }
        }
        k = one_more_post(t, k, &mut titles).unwrap_or(k);
    }
    (k, titles, given)
}

/// `name_runs_to_post` applied to the titles read up to `*k`: the words
/// of a department's name that ran on join the last title, and `*k` moves
/// to the verb. Whether that verb follows "thôi" (a post given up).
fn run_to_post(t: &Tokens, k: &mut usize, titles: &mut [String]) -> bool {
    let Some((verb, clause)) = name_runs_to_post(t, *k) else {
        return false;
    };
    if let Some(last) = titles.last_mut().filter(|_| !clause) {
        last.push(' ');
        last.push_str(t.span(*k, verb));
    }
    *k = verb;
    verb > 0 && t.low(verb - 1) == "thôi"
}

/// Whether the title at `j` names a committee of a council or its office
/// ("trưởng ban pháp chế HĐND huyện"): after a bare "làm", a post for the
/// term, whatever its case, not a role for the occasion.
fn council_post(t: &Tokens, j: usize) -> bool {
    title_span(t, j, true).is_some_and(|(_, e)| (j..e).any(|m| matches!(t.raw(m), "HĐND" | "UBND")))
}

/// "Lê Văn A, TUC, Bí thư Huyện ủy", "B – UVBTVHU, Trưởng ban Dân vận":
/// an abbreviation no list knows, after the separator at `m` and standing
/// as one link of a chain, is a title as written; `read_after` with it.
fn after_unknown_abbreviation(t: &Tokens, m: usize) -> Option<(usize, Vec<String>, usize)> {
    let lead = t.is_punct(m, ',') || t.is_dash(m) || t.is_punct(m, ':');
    if !lead || !unknown_abbreviation(t, m + 1) {
        return None;
    }
    let (k, more, given) = read_after(t, m + 2);
    if more.is_empty() {
        return None;
    }
    let mut titles = vec![t.raw(m + 1).to_string()];
    titles.extend(more);
    Some((k, titles, given + 1))
}

/// The aide's post read at `k` after a name, when the offices it serves
/// are the next one's (see `aide_serves_next`): where the next one's reading
/// starts, and the post.
fn aide_post_before_next(t: &Tokens, k: usize) -> Option<(usize, String)> {
    let (head, e) = title_span(t, k, true)?;
    aide_serves_next(t, k, head, e).then(|| (k + head, show_title(t, k, head, e)))
}

/// Whether the title read after a name at `k` (its head `head` words,
/// ending at `e`) is the next person's: "Nguyễn Văn A, Bí thư Tỉnh ủy Lê
/// Văn B" (the title is B's), "A, linh mục Tổng Đại diện B" (the rank is
/// B's too), "A, Bộ trưởng Bộ Quốc phòng Đại tướng B" (B's, before B's
/// rank), or a chain that runs to a dash before B's name.
fn next_persons(t: &Tokens, k: usize, head: usize, e: usize) -> bool {
    name_follows(t, e)
        || dashed_to_name(t, e)
        || rank_before_name(t, k, head, e)
        || ranked_name_follows(t, e)
        || chain_dashed_to_name(t, e)
}

/// Whether the title read at `k` (ending at `e`) after the name ending at
/// `m` is the office of a guest named next, after a comma and a form of
/// address: "Nhận lời mời của Thủ tướng A, Tổng thống Cộng hòa X, ngài B
/// sẽ thăm …", "… Chủ tịch Quốc hội A, Chủ tịch Quốc hội nước
/// Y, bà C dẫn đầu …". The press writes a guest's office first and then the
/// guest, so the office names a country, or the guest is addressed as
/// "ngài". A name itself opened by a form of address ("ông A, Giám đốc Quỹ
/// Hàn Quốc, bà B, Phó Giám đốc") is one of a list whose members' posts
/// come after them.
fn guest_named_after(t: &Tokens, m: usize, k: usize, e: usize) -> bool {
    let end = chain(t, e, None, Side::Before);
    if !t.is_punct(end, ',') || addressed_before(t, m) {
        return false;
    }
    let cue = t.low(end + 1);
    let country = || (k..e).any(|j| (1..=3).any(|n| t.phrase(j, n).is_some_and(vocab::is_country)));
    matches!(cue, "ngài" | "bà" | "ông")
        && t.is_cap(end + 2)
        && crate::parse::names::name_end(t, end + 2, true).is_some()
        && (cue == "ngài" || country())
}

/// Whether the name ending at `m` is opened by a form of address ("ông
/// A", "Bà B", "đồng chí C", "ngài D"), read back over its capitalised
/// words.
fn addressed_before(t: &Tokens, m: usize) -> bool {
    let mut s = m;
    while s > 0 && t.is_word(s - 1) && t.is_cap(s - 1) {
        s -= 1;
        if matches!(t.low(s), "ông" | "bà" | "ngài") {
            return true;
        }
    }
    s > 0
        && (matches!(t.low(s - 1), "ông" | "bà" | "ngài")
            || s > 1 && t.phrase(s - 2, 2) == Some("đồng chí"))
}

/// Whether the chain of titles going on from the first one, ending at
/// `e`, runs to a dash right before a name: in a list written "posts -
/// name" ("Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Dân vận Tỉnh ủy - A,
/// Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh - B"), the
/// posts after A's name are all B's.
fn chain_dashed_to_name(t: &Tokens, e: usize) -> bool {
    let end = chain(t, e, None, Side::Before);
    t.is_dash(end) && name_follows(t, end + 1)
}

/// Length of a commune's, ward's or district's name of two words at `e`,
/// right after its unit word in lower case, that closes the clause ("…
/// Chủ tịch UBND phường Lê Mao." , "… xã Trần Phú và …"): a title read
/// after a holder's name ends so with the unit's name, not a second
/// holder's, who would be named with a middle name or a cue. Zero when
/// none is there.
fn unit_named_after_holder(t: &Tokens, e: usize) -> usize {
    if e == 0 || t.is_cap(e - 1) || !matches!(t.low(e - 1), "xã" | "phường" | "quận" | "huyện")
    {
        return 0;
    }
    let Some(m) = crate::parse::names::name_end(t, e, true) else {
        return 0;
    };
    let middle = matches!(t.low(e + 1), "văn" | "thị");
    let closes = m >= t.len()
        || t.is_punct(m, '.')
        || t.is_punct(m, ';')
        || t.is_punct(m, ')')
        || t.low(m) == "và";
    if m == e + 2 && !middle && closes {
        2
    } else {
        0
    }
}

/// Whether "chủ tọa" in lower case right after a name ending at `m`, with
/// no mark or verb between (`k` is where a title would start), is the
/// verb: "Đồng chí A chủ tọa hội nghị" presides, and holds no judge's post.
fn presides(t: &Tokens, m: usize, k: usize, sep: bool) -> bool {
    !sep && k == m && t.low(k) == "chủ" && t.phrase(k, 2) == Some("chủ tọa") && !t.is_cap(k)
}

/// Whether "nguyên là" or "cựu là" at `m` gives a post held before:
/// "A nguyên là Giám đốc Công ty B" is the former director, "nguyên" the
/// post's modifier written before the verb.
pub fn former_post(t: &Tokens, m: usize) -> bool {
    matches!(t.low(m), "nguyên" | "cựu")
        && t.low(m + 1) == "là"
        && head_len(t, m + 2).is_some_and(|n| !is_rank(t, m + 2, n))
}

/// `read_after` past what stands between a name at `m` and its titles
/// with no bracket: a dash typed before a comma, which is one separator
/// with it ("ông A –, Phó Chủ tịch UBND thị xã"), the modifier of a post
/// held before written before "là", or a bare birth year.
fn after_aside(t: &Tokens, m: usize) -> Option<(usize, Vec<String>, usize)> {
    if t.is_dash(m) && t.is_punct(m + 1, ',') {
        return Some(read_after(t, m + 1));
    }
    // "A nguyên là Giám đốc Công ty B": a post held before, its modifier
    // written before the verb.
    if former_post(t, m) {
        let (k, mut titles, given) = read_after(t, m + 2);
        if let Some(first) = titles.first_mut() {
            first.insert(0, ' ');
            first.insert_str(0, t.raw(m));
        }
        return Some((k, titles, given));
    }
    after_birth_year(t, m)
}

/// `read_after` past a birth year written bare after the name at `m`
/// when a verb that gives a post follows it, after a comma or none: "ông A
/// sinh năm 1959 được bầu giữ chức Phó Bí thư Tỉnh ủy", "ông B SN 1971, là
/// Huyện ủy viên, Phó Chủ tịch UBND huyện" (profiles write the year short),
/// past notes on the home after it.
fn after_birth_year(t: &Tokens, m: usize) -> Option<(usize, Vec<String>, usize)> {
    let year_len = if t.phrase(m, 2) == Some("sinh năm") && number(t.raw(m + 2)) {
        3
    } else if t.low(m) == "sn" && number(t.raw(m + 1)) {
        2
    } else {
        return None;
    };
    // "ông C SN 1968, quê xã D, là …": notes on the home may follow.
    let k = comma_note_end(t, m + year_len).unwrap_or(m + year_len);
    let verb = k + usize::from(t.is_punct(k, ','));
    title_verb_len(t, verb).map(|_| read_after(t, k))
}

/// "… giữ chức Chủ tịch UBND tỉnh, sau khi được điều động giữ chức Phó
/// Bí thư Tỉnh ủy", "…, đồng thời được chỉ định giữ chức …": one more
/// post given to the same person after the one read up to `k`. Returns
/// where it ends.
fn one_more_post(t: &Tokens, k: usize, titles: &mut Vec<String>) -> Option<usize> {
    let j = k + usize::from(t.is_punct(k, ','));
    let joined = match t.phrase(j, 2) {
        Some("đồng thời" | "sau khi") => 2,
        _ => return post_after_leaving(t, k, titles),
    };
    let v = j + joined;
    let n = title_verb_len(t, v)?;
    let (head, e) = title_span(t, v + n, true).filter(|&(_, e)| !name_follows(t, e))?;
    titles.push(show_title(t, v + n, head, e));
    Some(chain(t, e, Some(titles), Side::After))
}

/// "A - Ủy viên Trung ương Đảng - thôi giữ chức Bí thư Tỉnh ủy để nhận
/// nhiệm vụ Phó ban Tổ chức Trung ương": the post left is no longer held;
/// the one taken up after "để" is. Returns where the new post ends.
fn post_after_leaving(t: &Tokens, k: usize, titles: &mut Vec<String>) -> Option<usize> {
    let j = k + usize::from(t.is_punct(k, ',') || t.is_dash(k));
    // "A, Bí thư Huyện ủy X thôi tham gia BCH Đảng bộ huyện, BTV Huyện
    // ủy, thôi giữ chức Bí thư Huyện ủy X": the committees left, then the post.
    let j = committees_left_end(t, j).unwrap_or(j);
    let leave = [4, 3, 2].into_iter().find(|&n| {
        matches!(
            t.phrase(j, n),
            Some("thôi giữ chức vụ" | "thôi giữ chức" | "thôi chức" | "thôi làm")
        )
    })?;
    let (_, left) = title_span(t, j + leave, true)?;
    post_after_left(t, left, titles)
}

/// The post taken up after the end `left` of a post given up: "… thôi giữ
/// chức Bí thư Tỉnh ủy để nhận nhiệm vụ Phó ban …", or a new decision
/// after a comma or a semicolon, as the Party's decisions on a cadre are
/// written ("… thôi giữ chức Trưởng ban Dân vận Huyện ủy nhiệm kỳ 2020 -
/// 2025; điều động, bổ nhiệm giữ chức Phó Giám đốc Sở Nội vụ"). Returns
/// where the new post ends.
fn post_after_left(t: &Tokens, left: usize, titles: &mut Vec<String>) -> Option<usize> {
    // The term of the post left ("… khóa XX, nhiệm kỳ 2020-2025").
    let mut v = left;
    if t.low(v) == "khóa" || t.low(v) == "khoá" {
        v += 1 + usize::from(t.is_word(v + 1) && t.raw(v + 1).chars().all(|c| "IVXLC".contains(c)));
        v += usize::from(t.is_punct(v, ',') && t.phrase(v + 1, 2) == Some("nhiệm kỳ"));
    }
    if t.phrase(v, 2) == Some("nhiệm kỳ") {
        v += 2 + super::term_years(t, v + 2).unwrap_or(0);
    }
    let sep = t.is_punct(v, ',') || t.is_punct(v, ';');
    v += usize::from(sep);
    let at = if t.low(v) == "để" {
        v + 1
    } else if sep && t.low(v) != "được" {
        v
    } else {
        return None;
    };
    let n = title_verb_len(t, at)?;
    let (head, e) = title_span(t, at + n, true).filter(|&(_, e)| !name_follows(t, e))?;
    titles.push(show_title(t, at + n, head, e));
    Some(chain(t, e, Some(titles), Side::After))
}

/// Most tokens of the committees a cadre leaves before the post left
/// ("thôi tham gia BCH Đảng bộ huyện, BTV Huyện ủy, thôi giữ chức").
const MAX_LEFT: usize = 16;

/// Where "thôi giữ chức" opens after "thôi tham gia" and the committees
/// left at `k`, past the comma or "và" before it.
fn committees_left_end(t: &Tokens, k: usize) -> Option<usize> {
    if t.phrase(k, 3) != Some("thôi tham gia") {
        return None;
    }
    (k + 3..(k + 3 + MAX_LEFT).min(t.len()))
        .take_while(|&j| !t.is_punct(j, '.') && !t.is_punct(j, ';'))
        .find(|&j| {
            (t.is_punct(j, ',') || t.low(j) == "và")
                && matches!(t.phrase(j + 1, 2), Some("thôi giữ" | "thôi chức"))
        })
        .map(|j| j + 1)
}

/// "A - Sư đoàn trưởng Sư đoàn 302 thuộc Quân khu 7, được điều động, bổ
/// nhiệm giữ chức …": where "thuộc" and the name of what a unit belongs to end
/// at `k` ("thuộc Quân khu 7", "thuộc Bộ Tư lệnh Biên phòng"), when a
/// verb giving a post comes next, after a comma or a dash or straight.
fn belongs_to_end(t: &Tokens, k: usize) -> Option<usize> {
    if t.low(k) != "thuộc" || !t.is_cap(k + 1) {
        return None;
    }
    let verb = |j: usize| title_verb_len(t, j).is_some();
    // "Quân khu 7": the name's words, its number and the lower-case
    // syllables of its capitalised words, up to a mark or the verb.
    let end = (k + 1..t.len())
        .find(|&j| !t.is_word(j) || verb(j))
        .unwrap_or(t.len());
    let sep = t.is_punct(end, ',') || t.is_dash(end);
    (end - k <= 7 && (sep && verb(end + 1) || verb(end))).then_some(end)
}

/// Most capitalised words of the body that gives a post inside a
/// relative clause ("được Ban Chấp hành Trung ương bầu làm …").
const MAX_GIVER: usize = 6;

/// Length of a relative clause at `k` that gives the person a post, up to
/// the post: "người vừa được chỉ định làm …", "người mới được Quốc hội
/// bầu làm …", "người mới đây được phân công giữ chức …". A post held
/// before ("người từng giữ chức") is no such clause.
fn relative_given(t: &Tokens, k: usize) -> Option<usize> {
    if t.low(k) != "người" {
        return None;
    }
    // "người mới đây được phân công giữ chức …": "recently" in two words.
    let j = if t.phrase(k + 1, 2) == Some("mới đây") {
        k + 3
    } else {
        k + 1 + usize::from(matches!(t.low(k + 1), "vừa" | "mới" | "đã"))
    };
    if let Some(n) = title_verb_len(t, j).filter(|_| t.low(j) == "được") {
        return Some(j + n - k);
    }
    if t.low(j) != "được" || !t.is_cap(j + 1) {
        return None;
    }
    let giver = (j + 1..(j + 1 + MAX_GIVER).min(t.len()))
        .take_while(|&m| t.is_cap(m))
        .count();
    let verb = j + 1 + giver;
    let n = match t.low(verb) {
        "bầu" => {
            1 + [3, 2, 1]
                .into_iter()
                .find(|&n| {
                    matches!(
                        t.phrase(verb + 1, n),
                        Some("giữ chức vụ" | "giữ chức danh" | "giữ chức" | "làm" | "là")
                    )
                })
                .unwrap_or(0)
        }
        _ => title_verb_len(t, verb)?,
    };
    Some(verb + n - k)
}

/// Titles read after a note of birth in brackets after a name at `m`
/// ("Trần Văn A (SN 1978, Phó Chi cục trưởng)", "B (SN 1980, ở xã C) là
/// Bí thư Đảng ủy xã"): news on courts and arrests give the birth year and
/// the home first, the post after them or after the brackets.
fn after_birth_note(t: &Tokens, m: usize) -> Option<(usize, Vec<String>, usize)> {
    let (post, close) = birth_note(t, m)?;
    if let Some(comma) = post {
        // A semicolon opens no chain of its own: the post starts after it.
        let from = comma + usize::from(t.is_punct(comma, ';'));
        let (k, titles, given) = read_after(t, from);
        if !titles.is_empty() {
            return Some((k.max((close + 1).min(t.len())), titles, given));
        }
    }
    let after = close + 1;
    // "A (SN 1960), trú tại phường B, TP C (nguyên Chủ tịch UBND
    // huyện D)": the home, then the post in brackets.
    if let Some(open) = home_then_bracket(t, after) {
        let (k, titles, given) = read_after(t, open);
        if !titles.is_empty() {
            return Some((k, titles, given));
        }
    }
    let sep = t.is_punct(after, ',') || t.is_dash(after) || t.is_punct(after, ':');
    if sep || title_verb_len(t, after).is_some() {
        let (k, titles, given) = read_after(t, after);
        if !titles.is_empty() {
            return Some((k, titles, given));
        }
    }
    None
}

/// Most tokens of the rest of a department's name before the verb that
/// gives a post ("kết cấu hạ tầng và An toàn giao thông").
const MAX_NAME_TAIL: usize = 16;

/// Where the verb giving a new post starts when the title read up to `k`
/// goes on, without a break, to it: "… Giáo dục tiểu học và Giáo dục mầm
/// non (Sở GD-ĐT tỉnh) giữ chức …". Punctuation other than a bracketed
/// note, a person's honorific, or no such verb within reach leaves the
/// title as read. Also whether a clause of what the person does came
/// between ("đã được phê chuẩn kết quả bầu giữ chức …"): then the words
/// read are no part of the title.
fn name_runs_to_post(t: &Tokens, k: usize) -> Option<(usize, bool)> {
    if title_verb_len(t, k).is_some() || !t.is_word(k) {
        return None;
    }
    let gives_post = |j: usize| {
        title_verb_len(t, j).is_some()
            && matches!(
                t.phrase(j, 2),
                Some("giữ chức" | "được bổ" | "được điều" | "được chỉ" | "được bầu")
            )
    };
    let mut open = false;
    let mut clause = false;
    for j in k..(k + MAX_NAME_TAIL).min(t.len()) {
        if t.is_punct(j, '(') && !open {
            open = true;
        } else if t.is_punct(j, ')') && open {
            open = false;
        } else if !t.is_word(j) && !(open && (t.is_dash(j) || t.is_punct(j, ','))) {
            return None;
        } else if !open && gives_post(j) {
            // "A được bầu giữ chức X và được chỉ định giữ chức Y": "và"
            // right before the verb joins two posts and ends neither.
            return Some((j, clause || j > k && t.low(j - 1) == "và"));
        } else if !open && clause_word(t.low(j)) {
            // "A, Bí thư Tỉnh ủy X đã được phê chuẩn …", "B, Phó Giám đốc
            // Sở Y đến nhận công tác tại …": an adverb or a verb the
            // person does; a department's name holds none.
            clause = true;
        } else if matches!(t.low(j), "ông" | "bà" | "đồng" | "anh" | "chị")
            || head_len(t, j).is_some_and(|h| is_rank(t, j, h))
        {
            // "… Quân khu 5 và Đại tá B giữ chức …": another person, by
            // a cue or a rank, gets the post that follows.
            return None;
        }
    }
    None
}

/// Whether a lower-case word says what someone does rather than naming
/// part of a department: an adverb of time or a verb of the clause ("đã
/// được phê chuẩn", "đến nhận công tác tại", "thôi giữ chức" of a post
/// left, "để" of the purpose a post is given for), which no department's
/// name holds; its level and organ words ("cán bộ tỉnh") are no such words.
fn clause_word(w: &str) -> bool {
    matches!(
        w,
        "đã" | "được"
            | "thôi"
            | "sẽ"
            | "đang"
            | "vừa"
            | "đến"
            | "về"
            | "tại"
            | "từ"
            | "cho"
            | "là"
            | "làm"
            | "có"
            | "cùng"
            | "thì"
            | "mà"
            // "A - Phó Bí thư Tỉnh ủy để Ủy ban MTTQ tỉnh hiệp thương cử
            // giữ chức …": the purpose of the introduction, whose body
            // gives the post; no department's name holds "để".
            | "để"
    )
}

/// Most tokens of the bodies someone joins before the post given
/// ("tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy nhiệm kỳ 2020 - 2025 và
/// giữ chức …").
const MAX_JOINED: usize = 30;

/// Where the verb giving a post starts after a clause at `k` (or after a
/// comma there) naming the bodies a person joins: "tham gia Ban Chấp
/// hành, Ban Thường vụ Tỉnh ủy và giữ chức …", "tham gia vào Ủy viên Ủy
/// ban MTTQ phường, tham gia Ban Thường trực và giữ chức danh …". The
/// clause ends the sentence's business with a full stop, a semicolon or
/// another person; then no post is given.
fn joined_bodies_end(t: &Tokens, k: usize) -> Option<usize> {
    let k = k + usize::from(t.is_punct(k, ','));
    // "bổ sung ông A, nguyên … vào Ủy viên Ủy ban, Ban Thường trực … và
    // giữ chức vụ …": the bodies a person is added to.
    let verb = match t.phrase(k, 2) {
        Some("tham gia") => 2,
        _ if t.low(k) == "vào" && t.is_cap(k + 1) => 1,
        _ => return None,
    };
    for j in k + verb..(k + verb + MAX_JOINED).min(t.len()) {
        if t.is_punct(j, '.') || t.is_punct(j, ';') || t.is_punct(j, ':') {
            return None;
        }
        if t.has(j, crate::parse::vocab::flag::PERSON_CUE) && t.is_cap(j + 1) {
            return None;
        }
        // "tham gia Ban Chấp hành, Ban Thường vụ, giữ chức vụ …": a comma
        // closes the bodies as "và" does.
        if (t.low(j) == "và" || t.is_punct(j, ',')) && title_verb_len(t, j + 1).is_some() {
            return Some(j + 1);
        }
    }
    None
}

/// Length of a province's or a city's delegation to the National Assembly
/// at `k`: "Đoàn ĐBQH tỉnh Gia Lai", "Đoàn đại biểu Quốc hội TP Hà Nội".
fn delegation(t: &Tokens, k: usize) -> Option<usize> {
    if t.raw(k) != "Đoàn" {
        return None;
    }
    let n = if t.raw(k + 1) == "ĐBQH" {
        2
    } else if t.phrase(k + 1, 4) == Some("đại biểu quốc hội") {
        5
    } else {
        return None;
    };
    let j = k + n;
    let unit = match t.phrase(j, 2) {
        Some("thành phố") => 2,
        _ if matches!(t.low(j), "tỉnh" | "tp") => 1,
        _ => 0,
    };
    place_len(t, j + unit).map(|p| n + unit + p)
}

/// Length of an organ named alone at `k`, with its level word and place
/// ("Công an tỉnh", "Hội Nông dân xã Tân Lập"), ending a list's member at
/// punctuation or the text's end.
fn organ_alone(t: &Tokens, k: usize) -> Option<usize> {
    let word = || {
        (1..=3).rev().find(|&n| {
            t.phrase(k, n)
                .is_some_and(|p| vocab::is_title_word(p) && !vocab::is_place(p))
        })
    };
    // "ông A - Ấp Hòa Bình": the hamlet someone lives in is no post.
    if matches!(
        t.low(k),
        "ấp" | "thôn"
            | "xóm"
            | "bản"
            | "buôn"
            | "làng"
            | "sóc"
            | "plei"
            | "bon"
            | "khu"
            | "tổ"
            | "khối"
    ) {
        return None;
    }
    let n = crate::parse::organs::organ_len(t, k).or_else(word)?;
    let mut e = k + n;
    if matches!(t.low(e), "tỉnh" | "huyện" | "xã" | "phường" | "quận") {
        e += 1;
    } else if matches!(t.phrase(e, 2), Some("thành phố" | "thị xã" | "thị trấn")) {
        e += 2;
    }
    e += place_len(t, e).unwrap_or(0);
    let closed = e >= t.len() || t.is_punct(e, ',') || t.is_punct(e, ';') || t.is_punct(e, '.');
    (closed && t.is_cap(k)).then_some(e - k)
}

/// Whether the title from `k` (head `head` long, ending at `e`) is "làm
/// Trưởng đoàn" alone: leading a visit for the day, not a post ("A làm
/// Trưởng đoàn đến thăm …"; "làm Trưởng đoàn ĐBQH tỉnh" names a post).
/// "A được chỉ định làm Trưởng đoàn, B làm Phó đoàn": a delegation's
/// head appointed by a verb of appointment holds a post all the same.
fn leads_visit(t: &Tokens, k: usize, head: usize, e: usize) -> bool {
    e == k + head
        && k > 0
        && t.low(k - 1) == "làm"
        && !appointed_to(t, k - 1)
        && t.phrase(k, head)
            .is_some_and(|h| h.ends_with("trưởng đoàn"))
}

/// Whether token `k` is an abbreviation in capitals that no list knows
/// ("TUC", "ĐUV", "UVBTVHU"), before a comma and another title.
fn unknown_abbreviation(t: &Tokens, k: usize) -> bool {
    let raw = t.raw(k);
    t.is_word(k)
        && (2..=8).contains(&raw.chars().count())
        && raw.chars().all(char::is_uppercase)
        && !t.is_abbrev(k)
        && (t.is_punct(k + 1, ',') || t.is_dash(k + 1))
        && head_len(t, k + 2).is_some()
}

/// Most words of a member's note before the verb that gives a post.
const MAX_MEMBER_NOTE: usize = 10;

/// When a member's note follows the name at `m` after a dash or a comma
/// ("A – hội viên nông dân thôn B làm tổ trưởng", "C, đoàn viên chi đoàn
/// D, được bầu làm Bí thư"), the index of the verb that gives the post:
/// membership is no post, and the post comes after it. A note that runs
/// on past a mark of its own, or past a few words, gives none.
fn member_note_verb(t: &Tokens, m: usize) -> Option<usize> {
    if !(t.is_dash(m) || t.is_punct(m, ',')) {
        return None;
    }
    let member = matches!(
        t.phrase(m + 1, 2),
        Some("hội viên" | "đoàn viên" | "đảng viên" | "thành viên")
    );
    if !member {
        return None;
    }
    (m + 3..(m + 3 + MAX_MEMBER_NOTE).min(t.len()))
        .take_while(|&j| t.is_word(j) || t.is_punct(j, ','))
        .map(|j| j + usize::from(t.is_punct(j, ',')))
        .find(|&j| matches!(t.low(j), "làm" | "được" | "giữ") && title_verb_len(t, j).is_some())
}

/// Most notes between commas after a name: the age, the birth, the home,
/// and the units of an address one after another.
const MAX_COMMA_NOTES: usize = 6;

/// When a note between commas follows a name at `m` ("A, 48 tuổi, …",
/// "B, 43 tuổi, quê huyện C, …", "D, dân tộc Tày, …", "E, sinh năm 1980,
/// trú tại phường F, thị xã G, tỉnh H, …"), the index of the comma after
/// the last note; after an age, that of a verb giving a post straight
/// after it ("I, 49 tuổi vừa tái cử …").
fn comma_note_end(t: &Tokens, m: usize) -> Option<usize> {
    let mut at = m;
    // Whether the note before was an address, whose larger units follow
    // it after commas.
    let mut address = false;
    for _ in 0..MAX_COMMA_NOTES {
        if !t.is_punct(at, ',') {
            break;
        }
        let k = at + 1;
        let age = number(t.raw(k)) && t.low(k + 1) == "tuổi";
        // "bà A, 49 tuổi vừa tái cử chức …": the age, then the verb that
        // gives the post with no comma between.
        if age && title_verb_len(t, k + 2).is_some() {
            return Some(k + 2);
        }
        // "B, sinh năm 1968, dân tộc Tày, …": the birth, the home and the
        // people one was born to.
        let home = matches!(t.low(k), "quê" | "sinh")
            || t.phrase(k, 2) == Some("sinh năm")
            || t.phrase(k, 2) == Some("dân tộc");
        // "trú tại phường A", "ngụ xã B", "HKTT tại C": where one lives.
        let lives = matches!(t.low(k), "trú" | "ngụ" | "hktt")
            || matches!(t.phrase(k, 2), Some("thường trú" | "cư trú"));
        let unit_len = if matches!(t.phrase(k, 2), Some("thị xã" | "thị trấn" | "thành phố"))
        {
            2
        } else {
            usize::from(matches!(
                t.low(k),
                "xã" | "phường" | "huyện" | "quận" | "tỉnh" | "tp"
            ))
        };
        let unit = address && unit_len > 0;
        // "đồng chí A, xã Lương Hòa, cán bộ lão thành cách mạng, nguyên
        // Phó Chủ nhiệm …": a home named first, in lower case before its
        // name, as reports of visits to retired cadres write it.
        let own_home = at == m && unit_len > 0 && !t.is_cap(k) && t.is_cap(k + unit_len);
        // "…, cán bộ lão thành cách mạng, …", "…, cán bộ hưu trí, …": a
        // standing, no post, between the name and the posts once held.
        let standing = matches!(
            t.phrase(k, 3),
            Some("cán bộ lão" | "cán bộ hưu" | "lão thành cách")
        )
            // "ông A, đảng viên, Trưởng phòng …", as a discipline is
            // reported: the membership alone, then the posts.
            || (t.phrase(k, 2) == Some("đảng viên") && t.is_punct(k + 2, ','));
        if !(age || home || lives || unit || own_home || standing) {
            break;
        }
        address = lives || unit || own_home;
        let close = (k + 1..k + 8).find(|&j| !t.is_word(j) && !t.is_punct(j, '.'))?;
        at = close;
    }
    (at > m && t.is_punct(at, ',')).then_some(at)
}

/// Most tokens of a note on birth and home in brackets after a name
/// ("(SN 1980, trú tại thị trấn A, huyện B, tỉnh C)").
const MAX_BIRTH_NOTE: usize = 24;

/// When a note in brackets after a name at `m` opens with the birth year
/// or the age ("(SN 1978, …)", "(sinh năm 1970, …)", "(54 tuổi, …)"): the
/// comma after which a post starts inside it, if one does, and the index
/// of the closing bracket.
fn birth_note(t: &Tokens, m: usize) -> Option<(Option<usize>, usize)> {
    if !t.is_punct(m, '(') {
        return None;
    }
    let k = m + 1;
    let born = (t.low(k) == "sn" && number(t.raw(k + 1)))
        || (t.phrase(k, 2) == Some("sinh năm") && number(t.raw(k + 2)))
        || (number(t.raw(k)) && t.low(k + 1) == "tuổi");
    if !born {
        return None;
    }
    let mut post = None;
    let mut end = k + MAX_BIRTH_NOTE;
    let mut j = k + 1;
    while j < end.min(t.len()) {
        if t.is_punct(j, '(') {
            return None;
        }
        if t.is_punct(j, ')') {
            return Some((post, j));
        }
        // "(SN 1960, trú phường A, TP B; Trưởng phòng …)": a semicolon
        // may close the home before the post.
        let sep = t.is_punct(j, ',') || t.is_punct(j, ';');
        if post.is_none() && sep && title_span(t, j + 1, true).is_some() {
            post = Some(j);
            // "(SN 1970, Chủ tịch UBND xã A, huyện B, nguyên Chủ tịch UBND
            // xã C, huyện B)": a post and the posts held before it make a
            // longer note than birth and home alone.
            end = j + MAX_POSTS_IN_NOTE;
        }
        j += 1;
    }
    // A page cut inside the note ("… (SN 1969, cán bộ địa chính xã A, "):
    // the post read so far is still the person's.
    (post.is_some() && j == t.len()).then_some((post, t.len()))
}

/// Most tokens of the posts in a note of birth after its first post.
const MAX_POSTS_IN_NOTE: usize = 40;

/// Most tokens of a home written after a note of birth ("trú tại phường
/// Đông Hải, thành phố Thanh Hóa").
const MAX_HOME: usize = 14;

/// Where a bracket opens on a post after a home at `k` (", trú tại …
/// (Trưởng phòng …)"), when one does before the sentence or the note ends.
fn home_then_bracket(t: &Tokens, k: usize) -> Option<usize> {
    if !t.is_punct(k, ',') || !matches!(t.low(k + 1), "trú" | "ở" | "ngụ" | "quê" | "thường")
    {
        return None;
    }
    // A full stop glued to the next word is an abbreviation's ("Tp.Thanh
    // Hóa"), not the sentence's end.
    let stop = |j: usize| {
        let glued = t.toks.get(j + 1).is_some_and(|n| n.start == t.toks[j].end);
        t.is_punct(j, '.') && !glued || t.is_punct(j, ';') || t.is_punct(j, ')')
    };
    let open = (k + 2..(k + 2 + MAX_HOME).min(t.len()))
        .take_while(|&j| !stop(j))
        .find(|&j| t.is_punct(j, '('))?;
    title_span(t, open + 1, true).map(|_| open)
}

/// Most tokens of the body someone speaks for, in a note after a name
/// ("đại diện Công ty cổ phần Tập đoàn A").
const MAX_REPRESENTED: usize = 12;

/// When a note of the body someone speaks for opens after the comma or
/// the dash at `m` and the same mark closes it before a post: "bà A -
/// đại diện Tập đoàn B - Giám đốc Quỹ C", "ông D, đại diện Công ty E,
/// Trưởng phòng Kinh doanh". Acting for a body is no post; the post after
/// it is the person's. The index of the closing mark.
fn represented_end(t: &Tokens, m: usize) -> Option<usize> {
    let dash = t.is_dash(m);
    if !(dash || t.is_punct(m, ',')) || t.phrase(m + 1, 2) != Some("đại diện") {
        return None;
    }
    let close = (m + 3..(m + 3 + MAX_REPRESENTED).min(t.len()))
        .take_while(|&j| t.is_word(j) || t.is_dash(j) || t.is_punct(j, ','))
        .find(|&j| {
            if dash {
                t.is_dash(j)
            } else {
                t.is_punct(j, ',')
            }
        })?;
    (close > m + 3 && title_span(t, close + 1, true).is_some()).then_some(close)
}

/// Where the titles may open after a note that follows the name at `m`:
/// a short note in brackets or after a comma ("(54 tuổi)"), the body
/// someone speaks for ("- đại diện Tập đoàn B -"), or a caption's place in
/// the photo, longer than other notes, before a comma or a dash ("A (hàng
/// đầu, thứ hai từ phải sang), Chủ tịch …").
fn note_before_titles(t: &Tokens, m: usize) -> Option<usize> {
    let placed =
        || position_note_end(t, m).filter(|&after| t.is_punct(after, ',') || t.is_dash(after));
    note_end(t, m)
        .or_else(|| comma_note_end(t, m))
        .or_else(|| represented_end(t, m))
        .or_else(placed)
}

/// Most tokens of a note in brackets after a name ("(54 tuổi)", "(sinh năm 1970)").
const MAX_NOTE: usize = 6;

/// Most tokens of a note in brackets that places someone in a photo: a
/// row and a place in it run longer than other notes ("(hàng đầu, thứ
/// hai từ phải sang)").
const MAX_POSITION_NOTE: usize = 10;

/// Past the brackets at `k` that place someone in a photo ("(bìa trái)",
/// "(thứ hai từ phải sang)"), when they open there.
pub(crate) fn position_note_end(t: &Tokens, k: usize) -> Option<usize> {
    if !t.is_punct(k, '(') {
        return None;
    }
    let close = (k + 2..=k + 1 + MAX_POSITION_NOTE).find(|&j| t.is_punct(j, ')'))?;
    let note = t.span(k, close + 1).to_lowercase();
    crate::parse::page::position_note(&note).then_some(close + 1)
}

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
