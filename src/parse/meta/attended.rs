//! Events a unit or a leader attends: the body that holds the event has
//! the level, not the one that attends it.

use super::organizer::{org_verb, organizer_before, unit_level};
use crate::model::Level;

/// Events a body attends ("Huyện A tham dự hội nghị …").
const ATTENDED: &[&str] = &[
    "hội nghị",
    "đại hội",
    "lễ",
    "hội thảo",
    "tọa đàm",
    "toạ đàm",
    "phiên",
    "buổi",
    "kỳ họp",
    "hội thi",
    "lớp",
    "tập huấn",
    "chương trình",
    "ngày hội",
    "liên hoan",
];

/// Most bytes of what an attendee also did before the event is named
/// ("và phát biểu chỉ đạo tại ").
const MAX_ALSO_DONE: usize = 48;

/// The event named after "dự" (in lower case), from its first word: right
/// there ("hội nghị …"), or after what the attendee also did there ("và
/// phát biểu chỉ đạo tại Đại hội …", "và chỉ đạo hội nghị …").
fn attended_event(after: &str) -> Option<&str> {
    let event = |s: &str| ATTENDED.iter().any(|e| s.starts_with(e));
    if event(after) {
        return Some(after);
    }
    let rest = after.strip_prefix("và ")?;
    rest.match_indices(' ')
        .take_while(|&(p, _)| p <= MAX_ALSO_DONE)
        // "và chúc mừng Đại lễ Phật đản": a great feast of a faith, whose
        // "lễ" is no ceremony of a body's named after "dự" (`event` does
        // not take "đại lễ" right after it either).
        .filter(|&(p, _)| !rest[..p].ends_with(" đại") && &rest[..p] != "đại")
        .map(|(p, _)| &rest[p + 1..])
        // The same clause: no comma, no full stop, no second attending.
        .take_while(|r| !r.starts_with(", ") && !r.starts_with("dự "))
        .find(|r| event(r))
        .filter(|r| !rest[..rest.len() - r.len()].contains([',', '.']))
}

/// The level of the place a headline's event is named for, when the
/// headline opens with the event ("Ngày hội Đại đoàn kết thôn A, xã B,
/// huyện C": the hamlet's festival, a commune's affair; "Hội nghị tổng
/// kết … huyện D": the district's): the first unit word after it.
pub(super) fn event_place_level(head: &str, two_level: bool) -> Option<Level> {
    let event = ATTENDED.iter().find(|e| {
        head.strip_prefix(**e)
            .is_some_and(|rest| rest.starts_with(' '))
    })?;
    let rest = &head[event.len()..];
    // Only the event's own name: where it is held and who comes are not it.
    let end = [" tại ", " do ", " với ", " có "]
        .iter()
        .filter_map(|w| rest.find(w))
        .min()
        .unwrap_or(rest.len());
    // "cấp xã", "các xã", "3 xã" name a tier or a count, no one place.
    let words: Vec<&str> = rest[..end].split(' ').collect();
    words.iter().enumerate().find_map(|(k, w)| {
        let prev = if k > 0 { words[k - 1] } else { "" };
        if matches!(prev, "cấp" | "các" | "những" | "số" | "toàn")
            // A count, not a year ("năm 2023 huyện A").
            || (prev.len() <= 3 && prev.starts_with(|c: char| c.is_ascii_digit()))
        {
            return None;
        }
        match *w {
            "thôn" | "ấp" | "bản" | "xóm" | "buôn" | "làng" | "xã" | "phường" | "khóm" => {
                Some(Level::Commune)
            }
            "huyện" | "quận" if !two_level => Some(Level::District),
            "tỉnh" => Some(Level::Provincial),
            _ => None,
        }
    })
}

/// The level of an event a unit attends, from a headline "X (tham) dự
/// hội nghị …": the body that holds it, not X. That is the level the event
/// names, else the level above X's (a district attends the province's
/// conference, from 1 July 2025 a commune too).
pub(super) fn attended_level(
    head: &str,
    of: impl Fn(&str) -> Option<Level>,
    two_level: bool,
) -> Option<Level> {
    let (at, verb) = attends_at(head)?;
    let after = attended_event(&head[at + verb..])?;
    // The body the event names ("đại hội Đảng bộ xã A", "hội nghị trực
    // tuyến toàn quốc") holds it; where it is held and who else attends
    // come after.
    let end = [" tại ", ", ", " có ", ". ", " do ", " với "]
        .iter()
        .filter_map(|w| after.find(w))
        .min()
        .unwrap_or(after.len());
    if let Some(l) = of(&after[..end]) {
        return Some(l);
    }
    let subject = organizer_before(&head[..at]);
    // "Đây là đơn vị được tỉnh chọn làm điểm, đến dự đại hội có đồng chí
    // A, Phó Chủ tịch Trung ương Hội": those who attend are named after
    // "có", and a clause parted by a comma before "dự" is no attendee.
    // So is a side named before a comma ("Về phía tỉnh, dự hội nghị có
    // A"): it says whose people those named are, at someone's event.
    let side = head[..at].trim_end().ends_with(',');
    if after[end..].starts_with(" có ") && (subject.contains(", ") || side) {
        return None;
    }
    // "Chị A … tới Lạng Sơn để tham dự lễ hội": a private person going to
    // an event tells of no body.
    if super::level::private_subject(subject) {
        return None;
    }
    // A leader who attends is a guest: the host is not read off their rank
    // ("Phó Chủ tịch nước dự Ngày hội … tại ấp A" is the hamlet's). A
    // village or a commune the event is held in hosts it.
    // Leaders listed with an office written short first are guests too.
    if guest(subject) || short_office_first(subject) {
        // "Bí thư Tỉnh ủy dự Ngày hội Đại đoàn kết toàn dân tộc tại huyện
        // A": the festival is a residential area's own, wherever in the
        // district it is held; the district only says where that area is.
        if residential_festival(&after[..end]) {
            return Some(Level::Commune);
        }
        let rest = &after[end..];
        // "… tại ấp A", or the unit right after the event's name ("Ngày
        // hội … khu dân cư số 1, phường A").
        let venue = match rest.find("tại ") {
            Some(p) => &rest[p + "tại ".len()..],
            None => rest.strip_prefix(", ").unwrap_or(""),
        };
        return village_level(venue).or_else(|| unit_venue_level(venue, &of));
    }
    let own = of(subject).or_else(|| unit_level(subject, two_level))?;
    Some(match own {
        Level::Commune if !two_level => Level::District,
        Level::Central => Level::Central,
        Level::Commune | Level::District => Level::Provincial,
        Level::Provincial => Level::Central,
    })
}

/// Whether an event's name (in lower case) is the great-unity festival
/// that each residential area holds for the Front's day ("ngày hội đại
/// đoàn kết toàn dân tộc", "ngày hội đại đoàn kết các dân tộc ở khu dân
/// cư"), with no unit of its own named.
fn residential_festival(event: &str) -> bool {
    event
        .strip_prefix("ngày hội đại đoàn kết")
        .is_some_and(|rest| {
            !["huyện ", "quận ", "thị xã ", "tỉnh ", "thành phố "]
                .iter()
                .any(|u| rest.contains(u))
        })
}

/// Whether the subject of a sentence (in lower case) is a person by office
/// or a leadership rather than a body: "phó chủ tịch nước a", "lãnh đạo
/// tỉnh", "đồng chí b", "(vov) - bộ trưởng c".
pub(super) fn guest(subject: &str) -> bool {
    let s = match subject.find(") ") {
        Some(p) if subject.starts_with('(') => subject[p + 2..].trim_start_matches(['-', '–', ' ']),
        _ => subject,
    };
    if ["lãnh đạo", "đồng chí", "ông ", "bà "]
        .iter()
        .any(|w| s.starts_with(w))
    {
        return true;
    }
    // "nguyên Giám đốc Sở A", "cựu Bộ trưởng B": one who held an office
    // is a person by it still, and no body.
    let s = ["nguyên ", "cựu "]
        .iter()
        .find_map(|w| s.strip_prefix(w))
        .unwrap_or(s);
    // "Thường trực Huyện ủy", "Thường vụ Đảng ủy", "cán bộ huyện": a
    // body or a group, though its first words also name an office.
    if [
        "thường trực",
        "thường vụ",
        "ban thường vụ",
        "cán bộ",
        "thành viên",
    ]
    .iter()
    .any(|w| s.starts_with(w))
    {
        return false;
    }
    let words: Vec<&str> = s.split(' ').take(4).collect();
    (1..=words.len()).any(|n| super::super::vocab::is_head(&words[..n].join(" ")))
}

/// Whether a subject (in lower case) opens with an office written short,
/// as a person's titles may: "uvtw đảng, bí thư thành ủy a", "tuv, giám
/// đốc sở b".
fn short_office_first(subject: &str) -> bool {
    subject
        .split([' ', ','])
        .next()
        .is_some_and(super::super::vocab::is_office_abbrev)
}

/// The level of a venue (in lower case) that is a village, a hamlet or a
/// commune: "ấp a, xã b, huyện c" is the hamlet's.
fn village_level(venue: &str) -> Option<Level> {
    const VILLAGE: &[&str] = &[
        "ấp ",
        "thôn ",
        "bản ",
        "xóm ",
        "buôn ",
        "khóm ",
        "sóc ",
        "làng ",
        "tổ dân phố ",
        "khu phố ",
        "xã ",
        "phường ",
        "thị trấn ",
        "đặc khu ",
    ];
    let v = venue.trim_start();
    // "khu 11, phường A", "khu dân cư số 3": a residential area named by
    // its number, not "khu công nghiệp" or "khu kinh tế".
    let area = v
        .strip_prefix("khu ")
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()) || r.starts_with("dân cư"));
    (area || VILLAGE.iter().any(|w| v.starts_with(w)) && !v.starts_with("xã hội"))
        .then_some(Level::Commune)
}

/// The level of a venue (in lower case) that is a district or a province
/// ("huyện A", "tỉnh B, …"): a leader who comes to an event there is its
/// guest, the unit hosts it ("Bí thư Tỉnh ủy dự lễ giao nhận quân tại
/// huyện A" is the district's).
fn unit_venue_level(venue: &str, of: impl Fn(&str) -> Option<Level>) -> Option<Level> {
    const UNITS: &[&str] = &["huyện ", "quận ", "thị xã ", "tỉnh "];
    let v = venue.trim_start();
    if !UNITS.iter().any(|w| v.starts_with(w)) {
        return None;
    }
    let end = [", ", ". ", " (", " và "]
        .iter()
        .filter_map(|w| v.find(w))
        .min()
        .unwrap_or(v.len());
    of(&v[..end])
}

/// Whether `lower` says someone attends an event ("dự hội nghị") before
/// any verb that ends an organizer's name.
pub(super) fn attends_first(lower: &str) -> bool {
    let attends = attends_at(lower)
        .filter(|&(at, verb)| attended_event(&lower[at + verb..]).is_some())
        .map(|(at, _)| at);
    attends.is_some_and(|at| org_verb(lower).is_none_or(|v| at < v))
}

/// Where the first "(tham) dự" of `head` that is a verb starts, and its
/// length: "Đoàn đại biểu dự Đại hội Hội CCB huyện" names a delegation.
fn attends_at(head: &str) -> Option<(usize, usize)> {
    head.match_indices(" dự ")
        .map(|(at, v)| {
            // "dự" of "tham dự" is the same verb: "2.050 đại biểu tham dự
            // hội nghị" is still a delegation.
            // "Tham dự hội nghị có …" at the very start has no space
            // before "tham", and opens a list of attendees all the same.
            match head[..at].strip_suffix(" tham") {
                Some(before) => (before.len(), " tham".len() + v.len()),
                None if &head[..at] == "tham" => (0, at + v.len()),
                None => (at, v.len()),
            }
        })
        .find(|&(at, _)| {
            // "bầu đoàn đại biểu đi dự Đại hội … tỉnh": the delegates a
            // congress sends to the one above.
            let before = &head[..at];
            let before = [" đi", " về", " tới", " đến"]
                .iter()
                .find_map(|w| before.strip_suffix(w))
                .unwrap_or(before);
            // ". Dự và chỉ đạo hội nghị có A": a sentence that opens with
            // "dự" names its attendees after it; no subject attends.
            // "Đến tham dự hội nghị có …" opens the same way.
            let opens = before.is_empty() || ["đi", "về", "tới", "đến", "cùng"].contains(&before);
            !opens && !before.ends_with("đại biểu") && !before.ends_with(['.', ';', ':'])
        })
}
