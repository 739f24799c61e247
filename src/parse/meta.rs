//! Level, kind and period of the meeting. The level comes from the
//! organizing body named before the verb of the headline or lead ("Ban Dân
//! vận Tỉnh ủy tổ chức …"), else from the chair's titles, else from what
//! the text names most. A "Thành ủy" of a centrally-run city (Hà Nội, Hồ Chí
//! Minh, Hải Phòng, Đà Nẵng, Cần Thơ, Huế) is provincial.

use super::rx::Rx;
use super::text::{is_letter, lower_same};
use super::vocab::CENTRAL_CITIES;
use crate::model::{Level, Mention, Role};
use std::sync::LazyLock;

/// Verbs that end the organizer's name in a headline or lead.
const ORG_VERBS: &[&str] = &[
    " tổ chức",
    " làm việc",
    " giao ban",
    " họp",
    " khai mạc",
    " tiến hành",
    " phối hợp",
    " gặp mặt",
    " sơ kết",
    " tổng kết",
    " triển khai",
    " ban hành",
    " tiếp",
    " kiểm tra",
    " trực báo",
    " đã ",
    " vừa ",
    " long trọng",
];

/// Level words found in `lower`, in order.
fn levels_in(lower: &str, text: &str) -> Vec<Level> {
    let mut words = lower
        .split(|c: char| !is_letter(c))
        .filter(|w| !w.is_empty());
    let mut out = Vec::new();
    // The word before `w` ("" at the first), `w`, and its index.
    let (mut prev, mut cur, mut i) = ("", words.next(), 0);
    while let Some(w) = cur {
        cur = words.next();
        let next = cur.unwrap_or("");
        let level = match (w, next) {
            ("trung", "ương") | ("chính", "phủ") | ("quốc", "hội") | ("toàn", "quốc") => {
                Some(Level::Central)
            }
            ("bí", "thư") if prev == "ban" => Some(Level::Central),
            // "Bộ Nội vụ tổ chức …": a ministry, when it opens the organizer.
            ("bộ", _) if i == 0 => Some(Level::Central),
            ("chính", "trị") if prev == "bộ" => Some(Level::Central),
            ("tỉnh", _) => Some(Level::Provincial),
            ("thành", "ủy" | "uỷ" | "phố") => Some(city_level(text)),
            ("huyện" | "quận", _) | ("thị", "xã" | "ủy" | "uỷ") => Some(Level::District),
            ("thị", "trấn") | ("phường", _) => Some(Level::Commune),
            ("xã", n) if n != "hội" && prev != "thị" => Some(Level::Commune),
            _ => None,
        };
        out.extend(level);
        (prev, i) = (w, i + 1);
    }
    out
}

/// A city's party committee is provincial when a centrally-run city is
/// named in the text, or no province is; otherwise it is a provincial
/// city's, a district-level body.
fn city_level(text: &str) -> Level {
    let central = CENTRAL_CITIES.iter().any(|c| text.contains(c))
        || ["TP.HCM", "TPHCM", "TP HCM", "TP. HCM", "Sài Gòn"]
            .iter()
            .any(|c| text.contains(c));
    if central || !(text.contains("tỉnh ") || text.contains("Tỉnh ")) {
        Level::Provincial
    } else {
        Level::District
    }
}

/// The organizer's part of a headline or lead sentence: before its verb,
/// after an opening time phrase.
fn organizer(lower: &str) -> Option<&str> {
    let cut = ORG_VERB.find(lower)?.start();
    let head = &lower[..cut];
    // "Hội nghị tại xã A do UBND huyện B tổ chức": the body after "do".
    if let Some(at) = head.rfind(" do ") {
        return Some(&head[at + 4..]);
    }
    let start = if head.starts_with(['s', 'c', 't', 'n', 'h', '(']) {
        head.find(", ").map_or(0, |p| p + 2)
    } else {
        0
    };
    Some(&head[start.min(head.len())..])
}

/// The level of the meeting, from the headline and lead in lower case.
pub fn level(lowers: &[&str], officials: &[Mention], text: &str) -> Option<Level> {
    for lower in lowers {
        if let Some(org) = organizer(lower) {
            if let Some(l) = levels_in(org, text).into_iter().max() {
                return Some(l);
            }
        }
    }
    let chair = officials
        .iter()
        .find(|m| {
            m.roles
                .iter()
                .any(|r| matches!(r, Role::Chair | Role::CoChair))
        })
        .or_else(|| officials.first());
    if let Some(m) = chair {
        let titles = lower_same(&m.titles.join(", "));
        if let Some(l) = levels_in(&titles, text).into_iter().max() {
            return Some(l);
        }
    }
    let all = levels_in(&lower_same(text), text);
    [
        Level::Central,
        Level::Provincial,
        Level::District,
        Level::Commune,
    ]
    .into_iter()
    .max_by_key(|l| all.iter().filter(|x| *x == l).count())
    .filter(|_| !all.is_empty())
}

/// Kinds of meeting, the specific ones first.
const KINDS: &[&str] = &[
    "sơ kết",
    "tổng kết",
    "trực báo",
    "giao ban",
    "làm việc",
    "hội thảo",
    "tọa đàm",
    "toạ đàm",
    "tập huấn",
    "gặp mặt",
    "đối thoại",
    "giám sát",
    "khảo sát",
    "kiểm tra",
    "kỷ niệm",
    "mít tinh",
    "hội thi",
    "quán triệt",
    "triển khai",
    "hội nghị",
];

static KIND: LazyLock<Rx> = LazyLock::new(|| Rx::new(&KINDS[..KINDS.len() - 1].join("|")));
static ORG_VERB: LazyLock<Rx> = LazyLock::new(|| Rx::new(&ORG_VERBS.join("|")));

/// The kind of meeting: the earliest specific kind named in the first
/// candidate (in lower case) that names one ("hội nghị" only when nothing
/// more specific is).
pub fn kind(lowers: &[&str]) -> Option<String> {
    for lower in lowers {
        if let Some(m) = KIND.find(lower) {
            return Some(m.as_str().to_string());
        }
    }
    let any = lowers.iter().any(|c| c.contains("hội nghị"));
    any.then(|| "hội nghị".to_string())
}

static PERIOD: LazyLock<Rx> = LazyLock::new(|| {
    Rx::new(
        r"(?:(?:6|9|sáu|chín) tháng (?:đầu|cuối) năm|quý (?:iv|iii|ii|i)(?:(?:,| và|-) ?(?:iv|iii|ii|i))?\b|năm \d{4}|tháng \d{1,2}(?:/\d{4})?|nhiệm kỳ \d{4}\s?[-–]\s?\d{4}|giai đoạn \d{4}\s?[-–]\s?\d{4})(?: năm \d{4}|/\d{4}| \d{4})?",
    )
});

/// The period the meeting reviews ("6 tháng đầu năm 2021", "quý I năm
/// 2022", "năm 2020"), with `year` added where the text leaves it out.
pub fn period(candidates: &[(&str, &str)], year: Option<u16>) -> Option<String> {
    for (c, lower) in candidates {
        let Some(m) = PERIOD.find(lower) else {
            continue;
        };
        let text = c
            .get(m.start()..m.end())?
            .trim_end_matches([',', '.', ';', ' ', ')']);
        return Some(match year {
            Some(y) if !has_year(text) && text.ends_with("năm") => format!("{text} {y}"),
            Some(y) if !has_year(text) => format!("{text} năm {y}"),
            _ => text.to_string(),
        });
    }
    None
}

fn has_year(s: &str) -> bool {
    s.as_bytes()
        .windows(4)
        .any(|w| w.iter().all(u8::is_ascii_digit))
}

#[cfg(test)]
mod tests;
