//! Level, kind and period of the meeting. The level comes from the
//! organizing body named before the verb of the headline or lead ("Ban Dân
//! vận Tỉnh ủy tổ chức …"), else from the chair's titles, else from what
//! the text names most. A "Thành ủy" of a centrally-run city (Hà Nội, Hồ Chí
//! Minh, Hải Phòng, Đà Nẵng, Cần Thơ, Huế) is provincial. "Hội nghị do X
//! tổ chức" names the organizer outright; where the meeting is held ("tại
//! huyện …") is not who holds it, nor are the source that reports it ("X
//! cho biết, …"), units listed after "các", or a membership ("Ủy viên
//! Trung ương Đảng"). From 1 July 2025 there is no district level. Crime,
//! sport, weather and disaster news (`assets/lexicon/news.txt`) has no
//! level, and a report that names no event (a portrait, a feature) has
//! only the level of the official it is about. A leader who attends an
//! event is a guest, not its organizer (a village or commune that hosts it
//! holds the level); units named side by side ("cán bộ huyện, xã") are one
//! joint body led by the higher; "Theo X, …" reports through X. An
//! opening clause ("Nhân dịp …, ", "Căn cứ …") is passed over, the first of
//! several co-organisers leads ("X cùng Y"), a tier ("cấp xã", with the
//! units listed after it) or a count of units ("100% số xã") is no body,
//! and a national organisation named "… Việt Nam" is central (`bodies`).
//! A deputy ("đại biểu Quốc hội") is no organ: a province's delegation is
//! the province's. Market prices are news no body organises.

use super::rx::Rx;
use std::sync::LazyLock;

mod attended;
mod bodies;
mod level;
mod level_words;
mod news;
mod organizer;
#[cfg(test)]
use level::level;
pub use level::level_with_body;
#[cfg(test)]
use {level_words::*, news::*, organizer::*};

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
        r"(?:(?:6|9|sáu|chín) tháng (?:đầu|cuối) năm|quý (?:iv|iii|ii|i)(?:(?:,| và|-) ?(?:iv|iii|ii|i))?\b|năm [0-9]{4}|tháng [0-9]{1,2}(?:/[0-9]{4})?|nhiệm kỳ [0-9]{4}\s?[-–]\s?[0-9]{4}|giai đoạn [0-9]{4}\s?[-–]\s?[0-9]{4})(?: năm [0-9]{4}|/[0-9]{4}| [0-9]{4})?",
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
