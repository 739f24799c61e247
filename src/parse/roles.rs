//! What each person did, from cue words in the same sentence: "chủ trì"
//! (chair), "đồng chủ trì" (co-chair), "phát biểu", "kết luận", "ý kiến chỉ
//! đạo" (speaker), "Dự hội nghị có …" (attendee). A cue after a person
//! belongs to the person (or list) just before it; a cue followed by "của",
//! or with no one before it, belongs to the person (or list) after it.

use super::people::Found;
use super::tokens::Tokens;
use crate::model::Role;

/// A role cue at token `pos`.
struct Cue {
    pos: usize,
    role: Role,
    forward: bool,
    /// Only someone named before it in the sentence did it ("A đã báo cáo").
    behind: bool,
}

/// Speaker cues of two words.
const SPEAK: &[&str] = &[
    "phát biểu",
    "kết luận",
    "nhấn mạnh",
    "yêu cầu",
    "đề nghị",
    "khẳng định",
    "cho biết",
    "trình bày",
    "quán triệt",
    "biểu dương",
    "ghi nhận",
];

/// Words that open an attendance sentence ("Dự hội nghị có …").
const ATTEND_START: &[&str] = &[
    "dự",
    "về phía",
    "cùng về dự",
    "tham dự",
    "tham gia",
    "về dự",
    "đến dự",
    "tới dự",
    "cùng dự",
    "cùng tham dự",
    "có mặt",
    "cùng tham gia",
];

/// Whether a chair's or a speaker's verb opens at `k` ("chủ trì", "phát
/// biểu"): what its subject does, so no more of a title before it.
pub(super) fn is_role_verb(t: &Tokens, k: usize) -> bool {
    t.phrase(k, 2)
        .is_some_and(|p| p == "chủ trì" || SPEAK.contains(&p))
        || t.phrase(k, 3) == Some("đồng chủ trì")
}

fn cues(t: &Tokens) -> Vec<Cue> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        let report = reported(t, i);
        if !report && !t.has(i, crate::parse::vocab::flag::ROLE_CUE) {
            i += 1;
            continue;
        }
        // "- Về phía Trung ương có đồng chí A …": a list item's dash
        // comes before the sentence's first word.
        let starts = i == 0 || t.sentence(i - 1) != t.sentence(i) || i == 1 && is_list_item(t);
        let (n, role) = if report {
            (2, Role::Speaker)
        } else if t.phrase(i, 3) == Some("đồng chủ trì") {
            (3, Role::CoChair)
        } else if t.phrase(i, 2) == Some("chủ trì") {
            (2, Role::Chair)
        } else if t.phrase(i, 4) == Some("ý kiến chỉ đạo") {
            (4, Role::Speaker)
        } else if t.phrase(i, 2).is_some_and(|p| SPEAK.contains(&p)) && t.low(i + 2) != "số" {
            (2, Role::Speaker)
        } else if attend_at(t, i, starts) {
            (1, Role::Attendee)
        } else if let Some(n) = attended_after(t, i, starts) {
            // "Các đồng chí A, …; B, … dự.": the guests named before.
            out.push(Cue {
                pos: i,
                role: Role::Attendee,
                forward: false,
                behind: false,
            });
            i += n;
            continue;
        } else {
            i += 1;
            continue;
        };
        let forward = role == Role::Attendee || t.low(i + n) == "của" || starts;
        out.push(Cue {
            pos: i,
            role,
            forward: forward && !report,
            behind: report,
        });
        i += n;
    }
    out
}

/// Whether "báo cáo" at `i` is a report given by someone, marked as a
/// verb by "đã" before it ("ông A, Chủ tịch UBND xã đã báo cáo kết quả"):
/// not a report's paper ("đã báo cáo số 12", "báo cáo của"), nor the
/// lecturer's post ("báo cáo viên").
fn reported(t: &Tokens, i: usize) -> bool {
    t.low(i) == "báo"
        && t.low(i + 1) == "cáo"
        && i > 0
        && t.low(i - 1) == "đã"
        && !matches!(t.low(i + 2), "viên" | "số" | "của")
}

/// An attendance cue: a sentence opening with "Dự", "Tham dự" …, or
/// "sự tham dự của", or "dự"/"tham dự" followed shortly by "có".
fn attend_at(t: &Tokens, i: usize, starts: bool) -> bool {
    let opens = |n| t.phrase(i, n).is_some_and(|p| ATTEND_START.contains(&p));
    if starts && (opens(1) || opens(2) || opens(3)) {
        return true;
    }
    if t.phrase(i, 3)
        .is_some_and(|p| p == "sự tham dự" || p == "sự tham gia" || p == "sự có mặt")
    {
        return true;
    }
    matches!(t.low(i), "dự" | "tham")
        && (i + 1..i + 7).any(|k| t.low(k) == "có" && t.sentence(k) == t.sentence(i))
        && (t.low(i) == "dự" || t.low(i + 1) == "dự")
}

/// Words after "dự" that make one word with it ("dự án", "dự thảo"):
/// no attending.
const NOT_ATTENDING: &[&str] = &[
    "án", "thảo", "toán", "kiến", "báo", "khuyết", "bị", "trữ", "phòng", "định", "tính", "đoán",
    "thính", "luật", "liệu", "trù", "thi", "tuyển", "họp",
];

/// Most words between an attendance verb and a list of guests after it.
const MAX_ATTENDED: usize = 5;

/// Length of an attendance verb at `i` that ends what the people named
/// before it did ("ông C, Phó Chủ tịch UBND tỉnh cùng dự buổi lễ", "…; B,
/// Phó Trưởng Đoàn ĐBQH tỉnh dự."): "dự" or "tham dự" inside the
/// sentence, after "cùng", "đến", "tới", "về" or "cũng", or closing the
/// sentence or its clause. `None` before a list ("dự có", "dự:").
fn attended_after(t: &Tokens, i: usize, starts: bool) -> Option<usize> {
    let n = match t.low(i) {
        "dự" => 1,
        "tham" if t.low(i + 1) == "dự" => 2,
        _ => return None,
    };
    let next = i + n;
    // "Nguyễn Đình Dự" is a name, "bục danh dự" a word of its own.
    let word = t.is_cap(i) || i > 0 && matches!(t.low(i - 1), "danh" | "can");
    // "cùng tham dự hội nghị gồm …": the guests are named after.
    let list_after = (next..next + MAX_ATTENDED)
        .take_while(|&k| t.sentence(k) == t.sentence(i))
        .any(|k| matches!(t.low(k), "có" | "gồm") || t.is_punct(k, ':'));
    if starts || word || list_after || NOT_ATTENDING.contains(&t.low(next)) {
        return None;
    }
    let led = i > 0 && matches!(t.low(i - 1), "cùng" | "đến" | "tới" | "về" | "cũng");
    let closing = t.is_punct(next, '.') || t.is_punct(next, ';') || next >= t.len();
    // "ông A, Chủ tịch Quốc hội, tham dự và chỉ đạo Đại hội": a guest who
    // also speaks.
    let and_more = t.low(next) == "và";
    (led || closing || and_more).then_some(n)
}

/// Whether paragraph `t` opens a list of attendees on the lines after it
/// ("Tham dự buổi gặp mặt có:").
pub fn opens_attendance_list(t: &Tokens) -> bool {
    t.text.trim_end().ends_with(':') && attend_at(t, 0, true)
}

/// Whether paragraph `t` is an item of a list ("- Đồng chí …", "+ Ông …").
pub fn is_list_item(t: &Tokens) -> bool {
    t.text.starts_with(['-', '+', '•', '*', '–', '—'])
}

/// Whether the mention starting at token `pos` is greeted or thanked:
/// "Kính thưa đồng chí A", "Kính gửi ông B", "cảm ơn đồng chí C".
fn addressed(t: &Tokens, pos: usize) -> bool {
    let before = |n: usize| pos.checked_sub(n).and_then(|k| t.phrase(k, n));
    matches!(before(1), Some("thưa"))
        || matches!(before(2), Some("kính gửi" | "cảm ơn" | "cám ơn" | "tri ân"))
}

/// Whether the mention starting at token `pos` is greeted as a speech
/// opens ("Kính thưa đồng chí A"): someone present at the event.
fn greeted(t: &Tokens, pos: usize) -> bool {
    pos.checked_sub(1).and_then(|k| t.phrase(k, 1)) == Some("thưa")
}

/// Verbs, ending right before a person, whose object is the guest a
/// host receives or meets ("tiếp", "đón", "gặp lại", "hội đàm với").
const MEET: &[&str] = &[
    "tiếp",
    "đón",
    "gặp",
    "gặp lại",
    "hội kiến",
    "hội đàm",
    "tiếp đón",
    "hội kiến với",
    "hội đàm với",
    "điện đàm với",
];

/// Whether the person mentioned at `pos` is met or received by a verb
/// right before them: a guest, not the sentence's subject.
fn met(t: &Tokens, pos: usize) -> bool {
    (1..=3).any(|n| {
        pos.checked_sub(n)
            .and_then(|k| t.phrase(k, n))
            .is_some_and(|p| MEET.contains(&p))
    })
}

/// The mentions a chair's cue reaches from the one it hits (`k`): those
/// joined to it by ";" or "và" in the same sentence, one after another,
/// towards the far side from the cue ("ông A, Bí thư Huyện ủy; bà B, …
/// và ông C, … chủ trì" has three chairs).
fn joined_run(t: &Tokens, found: &[Found], k: usize, cue: &Cue, cues: &[Cue]) -> Vec<usize> {
    let mut run = vec![k];
    let mut at = k;
    loop {
        // A group's members share the role already: step on from its end.
        let group = found[at].group;
        while cue.forward && found.get(at + 1).is_some_and(|f| f.group == group) {
            at += 1;
        }
        while !cue.forward && at > 0 && found[at - 1].group == group {
            at -= 1;
        }
        let next = if cue.forward {
            Some(at + 1).filter(|&n| n < found.len())
        } else {
            at.checked_sub(1)
        };
        let Some(next) = next else { break };
        let (a, b) = if cue.forward { (at, next) } else { (next, at) };
        if !joined(t, &found[a], &found[b], cues) {
            break;
        }
        run.push(next);
        at = next;
    }
    run
}

/// Whether mention `b` follows mention `a` as the next item of one list:
/// the same sentence, ";" or "và" right before `b`, no cue between, and
/// `a`'s text ending with its last title (or its name) there, so no verb
/// of its own stands between ("ông A tặng quà và ông B chủ trì").
fn joined(t: &Tokens, a: &Found, b: &Found, cues: &[Cue]) -> bool {
    if b.pos <= a.pos + 1 || t.sentence(a.pos) != t.sentence(b.pos) {
        return false;
    }
    let joiner = shared_title_opening(t, a, b).unwrap_or(b.pos - 1);
    let joins = t.is_punct(joiner, ';') || t.low(joiner) == "và";
    let text = t
        .span(a.pos, joiner)
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '-' | '–'));
    let last = a.titles.last().or(a.name.as_ref());
    joins
        && !cues.iter().any(|c| c.pos > a.pos && c.pos < b.pos)
        && last.is_some_and(|l| text.ends_with(l.as_str()))
}

/// Where the item of list `b` opens when `b` is named after the title the
/// item's people share and a colon ("…; các Phó Chủ tịch UBND tỉnh: B,
/// C"): the ";" or "và" before that title.
fn shared_title_opening(t: &Tokens, a: &Found, b: &Found) -> Option<usize> {
    if !t.is_punct(b.pos.checked_sub(1)?, ':') {
        return None;
    }
    let colon = b.pos - 1;
    let opening = (a.pos + 1..colon)
        .rev()
        .find(|&k| t.is_punct(k, ';') || t.low(k) == "và")?;
    let shared = b.titles.first()?;
    t.span(opening + 1, colon)
        .ends_with(shared.as_str())
        .then_some(opening)
}

/// Roles for each entry of `found` (same order), from the cues of `t`.
pub fn assign_roles(t: &Tokens, found: &[Found]) -> Vec<Vec<Role>> {
    // A cue gives a role to someone of the paragraph: with no one, its
    // cues are not looked for.
    if found.is_empty() {
        return Vec::new();
    }
    let mut roles = vec![Vec::new(); found.len()];
    let cues = cues(t);
    for (c, cue) in cues.iter().enumerate() {
        let s = t.sentence(cue.pos);
        // "Kính thưa đồng chí A, …", "xin cảm ơn đồng chí B": someone
        // greeted or thanked is spoken to, and does nothing in the sentence.
        let in_sentence = |f: &&Found| t.sentence(f.pos) == s && !addressed(t, f.pos);
        let before = found
            .iter()
            .enumerate()
            .rfind(|(_, f)| in_sentence(f) && f.pos < cue.pos);
        let after = found
            .iter()
            .enumerate()
            .find(|(_, f)| in_sentence(f) && f.pos > cue.pos);
        let target = if cue.forward {
            after.or(None)
        } else if cue.behind {
            before
        } else {
            before.or(after)
        };
        let Some((k, hit)) = target else { continue };
        match cue.role {
            Role::Attendee if cue.forward => {
                for (m, f) in found.iter().enumerate() {
                    if in_sentence(&f) && f.pos > cue.pos {
                        roles[m].push(Role::Attendee);
                    }
                }
            }
            // Those named since the sentence's last cue attended: "A chủ
            // trì, các đồng chí B, C dự" leaves A the chair only.
            Role::Attendee => {
                let from = c
                    .checked_sub(1)
                    .map(|p| cues[p].pos)
                    .filter(|&p| t.sentence(p) == s);
                for (m, f) in found.iter().enumerate() {
                    if in_sentence(&f) && f.pos < cue.pos && from.is_none_or(|p| f.pos > p) {
                        roles[m].push(Role::Attendee);
                    }
                }
            }
            Role::Speaker => {
                // "A tiếp Quốc vương B, …, nhấn mạnh …": the guest a host
                // meets is the object; the host before speaks.
                let host = (!cue.forward && met(t, hit.pos))
                    .then(|| {
                        found
                            .iter()
                            .rposition(|f| in_sentence(&f) && f.pos < hit.pos)
                    })
                    .flatten();
                roles[host.unwrap_or(k)].push(Role::Speaker);
            }
            role => {
                let run = joined_run(t, found, k, cue, &cues);
                for (m, f) in found.iter().enumerate() {
                    if run.iter().any(|&r| found[r].group == f.group) {
                        roles[m].push(role);
                    }
                }
            }
        }
    }
    // Those a speech greets first ("Kính thưa đồng chí A, Bộ trưởng …")
    // are the guests it is given before: they attend, the speaker hosts.
    for (m, f) in found.iter().enumerate() {
        if greeted(t, f.pos) {
            roles[m].push(Role::Attendee);
        }
    }
    for r in &mut roles {
        r.sort();
        r.dedup();
    }
    roles
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::people::find_people;

    fn roles_of(text: &str) -> Vec<(String, Vec<Role>)> {
        let t = Tokens::new(text);
        let found = find_people(&t);
        let roles = assign_roles(&t, &found);
        found
            .into_iter()
            .zip(roles)
            .map(|(f, r)| (f.name.unwrap_or_else(|| f.titles.join(", ")), r))
            .collect()
    }

    #[test]
    fn the_guest_a_host_receives_does_not_speak_the_host_s_words() {
        let got = roles_of(
            "Chủ tịch nước Lê Văn Hòa vui mừng gặp lại Quốc vương Campuchia Norodom Sihamoni, người bạn lớn của Việt Nam, nhấn mạnh quan hệ hai nước.",
        );
        assert_eq!(
            got,
            [
                ("Lê Văn Hòa".into(), vec![Role::Speaker]),
                ("Norodom Sihamoni".into(), vec![])
            ]
        );
    }

    #[test]
    fn chair_before_and_after_and_co_chair_for_a_list() {
        let got = roles_of("Đồng chí Trần Văn Minh, Bí thư Huyện ủy chủ trì hội nghị.");
        assert_eq!(got, [("Trần Văn Minh".into(), vec![Role::Chair])]);
        let got = roles_of(
            "Dưới sự chủ trì của các đồng chí: Hồ Thị Lan, Chủ tịch UBND xã; Phạm Quốc Huy, Bí thư Đảng ủy xã.",
        );
        assert!(got.iter().all(|(_, r)| r == &[Role::Chair]), "{got:?}");
        let got = roles_of("Các đồng chí Ngô Văn Tài, Bí thư Tỉnh ủy; Vũ Thị Mai, Chủ tịch UBND tỉnh đồng chủ trì buổi làm việc.");
        assert!(
            got.len() == 2 && got.iter().all(|(_, r)| r == &[Role::CoChair]),
            "{got:?}"
        );
    }

    #[test]
    fn a_chair_s_cue_reaches_every_item_of_the_list_joined_to_its_person() {
        // Items joined by ";" and "và", each with its own cue word, before
        // the verb.
        let got = roles_of(
            "Sáng 3/4, đồng chí Mai Văn Kiên, Bí thư Tỉnh ủy; đồng chí Đặng Thu Hồng, Trưởng Ban Tiếp công dân tỉnh và đồng chí Tạ Quang Lực, Phó Chủ tịch HĐND tỉnh cùng chủ trì buổi đối thoại.",
        );
        assert!(
            got.len() == 3 && got.iter().all(|(_, r)| r == &[Role::Chair]),
            "{got:?}"
        );
        let got = roles_of(
            "Bà Lục Thị Yến, Huyện ủy viên, Chủ tịch Hội LHPN huyện và ông Chu Văn Thọ, Phó Chủ tịch UBND huyện đồng chủ trì hội nghị.",
        );
        assert!(
            got.len() == 2 && got.iter().all(|(_, r)| r == &[Role::CoChair]),
            "{got:?}"
        );
        // After the cue, the items that follow it.
        let got = roles_of(
            "Chủ trì hội nghị: ông Giàng A Dế – Bí thư Đảng ủy xã; bà Sùng Thị Mỷ – Phó Bí thư Đảng ủy, Chủ tịch UBND xã; cùng dự có đại diện các đoàn thể.",
        );
        assert!(
            got.len() == 2 && got.iter().all(|(_, r)| r == &[Role::Chair]),
            "{got:?}"
        );
        // An item whose people share a title written before a colon.
        let got = roles_of(
            "Ông Hứa Văn Bằng, Chủ tịch Hội Cựu chiến binh tỉnh; các Phó Chủ tịch Hội Cựu chiến binh tỉnh: Lã Văn Quý, Âu Thị Hường chủ trì buổi giao ban.",
        );
        assert!(
            got.len() == 3 && got.iter().all(|(_, r)| r == &[Role::Chair]),
            "{got:?}"
        );
        // A verb of its own, or another cue, ends the list.
        let got = roles_of(
            "Ông Triệu Văn Lâm, Chủ tịch UBND huyện trao quà và ông Nông Đức Hải, Bí thư Huyện ủy chủ trì buổi gặp mặt.",
        );
        assert_eq!(
            got,
            [
                ("Triệu Văn Lâm".into(), vec![]),
                ("Nông Đức Hải".into(), vec![Role::Chair])
            ]
        );
        let got = roles_of(
            "Bà Hà Thị Liên, Phó Chủ tịch HĐND xã phát biểu khai mạc; ông Vàng Seo Páo, Bí thư Đảng ủy xã chủ trì thảo luận.",
        );
        assert_eq!(
            got,
            [
                ("Hà Thị Liên".into(), vec![Role::Speaker]),
                ("Vàng Seo Páo".into(), vec![Role::Chair])
            ]
        );
    }

    #[test]
    fn someone_who_has_reported_speaks() {
        let got = roles_of(
            "Tại buổi tiếp xúc, bà Ksor H'Lan, Phó Chủ tịch UBND thị trấn đã báo cáo kết quả tuần tra bảo vệ rừng quý III.",
        );
        assert_eq!(got, [("Ksor H'Lan".into(), vec![Role::Speaker])]);
        // No one before it: the report is nobody's speech.
        let got = roles_of(
            "Xã đã báo cáo Huyện ủy việc ông Lầu Seo Chứ, trưởng bản Sín Chải được khen thưởng.",
        );
        assert!(got.iter().all(|(_, r)| r.is_empty()), "{got:?}");
    }

    #[test]
    fn someone_greeted_attends_and_someone_thanked_does_nothing() {
        let got = roles_of(
            "Kính thưa đồng chí Lò Văn Hải, Phó Chủ tịch UBND tỉnh, kính thưa các vị đại biểu, hôm nay chúng ta biểu dương các điển hình.",
        );
        assert_eq!(got, [("Lò Văn Hải".into(), vec![Role::Attendee])]);
        let got = roles_of(
            "Ban Tổ chức xin cảm ơn đồng chí Mai Thị Lan, Giám đốc Sở Nội vụ đã về dự và phát biểu.",
        );
        assert_eq!(got, [("Mai Thị Lan".into(), vec![])]);
    }

    #[test]
    fn a_guest_who_attends_and_directs_attends() {
        let got = roles_of(
            "Ông Lê Quang Hòa, Ủy viên Bộ Chính trị, Phó Thủ tướng Chính phủ, tham dự và chỉ đạo tại Đại hội.",
        );
        assert_eq!(got, [("Lê Quang Hòa".into(), vec![Role::Attendee])]);
    }

    #[test]
    fn a_list_item_opening_with_an_attendance_cue_names_guests() {
        let got = roles_of(
            "- Về phía Trung ương Hội có đồng chí Lê Thị Mai, Phó Chủ tịch Trung ương Hội LHPN Việt Nam dự đại hội.",
        );
        assert_eq!(got, [("Lê Thị Mai".into(), vec![Role::Attendee])]);
    }

    #[test]
    fn attendees_and_speakers() {
        let got = roles_of(
            "Dự hội nghị có đồng chí Lý Thị Hạnh, Phó Chủ tịch UBND tỉnh; lãnh đạo các sở.",
        );
        assert_eq!(got, [("Lý Thị Hạnh".into(), vec![Role::Attendee])]);
        let got =
            roles_of("Phát biểu kết luận, Bí thư Tỉnh ủy Đinh Công Sơn đánh giá cao kết quả.");
        assert_eq!(got, [("Đinh Công Sơn".into(), vec![Role::Speaker])]);
        let got = roles_of("Đó là ý kiến chỉ đạo của đồng chí Kiều Văn Nam, Chủ tịch HĐND tỉnh.");
        assert_eq!(got, [("Kiều Văn Nam".into(), vec![Role::Speaker])]);
    }

    #[test]
    fn an_attendance_verb_after_the_guests_names_those_since_the_last_cue() {
        let got = roles_of(
            "Đồng chí Hầu Văn Lộc, Bí thư Huyện ủy chủ trì; các đồng chí: Vi Thị Nga, Phó Chủ tịch HĐND huyện; Lù Văn Pao, Phó Chủ tịch UBND huyện dự.",
        );
        assert_eq!(
            got,
            [
                ("Hầu Văn Lộc".into(), vec![Role::Chair]),
                ("Vi Thị Nga".into(), vec![Role::Attendee]),
                ("Lù Văn Pao".into(), vec![Role::Attendee]),
            ]
        );
        let got = roles_of("Ông Vi Văn Dự, Phó Chủ tịch UBND tỉnh cùng dự buổi lễ.");
        assert_eq!(got, [("Vi Văn Dự".into(), vec![Role::Attendee])]);
        // A name, a word of its own, a list named after: no one before attended.
        let got = roles_of("Bí thư Tỉnh ủy Vi Văn Nam và Chủ tịch UBND tỉnh Lò Văn Dự.");
        assert!(got.iter().all(|(_, r)| r.is_empty()), "{got:?}");
        let got = roles_of("Chủ tịch UBND tỉnh Lò Văn Sơn bước lên bục danh dự.");
        assert!(got.iter().all(|(_, r)| r.is_empty()), "{got:?}");
        let got = roles_of(
            "Chủ trì hội nghị có ông Lò Văn Sơn, Chủ tịch UBND xã; cùng tham dự hội nghị gồm đại diện các ngành.",
        );
        assert_eq!(got, [("Lò Văn Sơn".into(), vec![Role::Chair])]);
    }
}
