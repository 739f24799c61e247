//! Word classes of headlines: news no body organises (crime, sport,
//! weather), events, actions and party or state organs.

use super::KIND;
use crate::parse::rx::Rx;
use crate::parse::text::is_letter;
use std::sync::LazyLock;

/// Words of headlines about crime, sport, accidents or weather: news no
/// party or state body organises (`assets/lexicon/news.txt`).
pub(super) static NO_LEVEL_NEWS: LazyLock<Rx> = LazyLock::new(|| {
    let words: Vec<String> = crate::parse::lexicon::words(crate::parse::lexicon::NEWS)
        .flat_map(crate::parse::lexicon::spellings)
        .collect();
    // Plain words: a set of literals, fast to build and to run; whole
    // words are checked by `has_word`.
    Rx::new(&words.join("|"))
});

/// The words of `NO_LEVEL_NEWS` with `marker`, in both spellings.
fn marked(marker: &str) -> Vec<String> {
    crate::parse::lexicon::entries(crate::parse::lexicon::NEWS)
        .filter(|(_, m)| *m == marker)
        .flat_map(|(w, _)| crate::parse::lexicon::spellings(w))
        .collect()
}

/// Words of a death (marker `death`: "qua đời", "từ trần").
static DEATHS: LazyLock<Vec<String>> = LazyLock::new(|| marked("death"));

/// Words of an official directing the response at the scene of a fire
/// or an accident (marker `scene`: "chỉ đạo công tác chữa cháy").
static SCENE: LazyLock<Vec<String>> = LazyLock::new(|| marked("scene"));

/// Whether a headline reporting a death names one who held an office
/// ("Nguyên Chủ tịch nước A từ trần", "Đồng chí B, nguyên Bí thư Tỉnh ủy
/// qua đời", "Đại tướng C"): the state or the Party mourns them, which is
/// its own event, no news of a writer's or an artist's death.
fn mourns_official(head: &str) -> bool {
    ["nguyên ", "đồng chí", "tướng", "liệt sĩ"]
        .iter()
        .any(|w| head.contains(w))
        || has_word(&ORGAN, head)
        || super::level::names_national_leader(head)
}

/// Whether some whole-word match of `NO_LEVEL_NEWS` in a headline is
/// news: a death only when the dead held no office.
pub(super) fn holds_news(head: &str) -> bool {
    let mut mourned = None;
    whole_words(&NO_LEVEL_NEWS, head).any(|m| {
        !(DEATHS.iter().any(|d| d == m) && *mourned.get_or_insert_with(|| mourns_official(head)))
    })
}

/// Whether some match of `rx` in `s` is a whole word.
pub(super) fn has_word(rx: &Rx, s: &str) -> bool {
    whole_words(rx, s).next().is_some()
}

/// The matches of `rx` in `s` that stand as whole words.
fn whole_words<'a>(rx: &'a Rx, s: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    rx.find_iter(s)
        .filter(|m| {
            let before = s[..m.start()].chars().next_back();
            let after = s[m.end()..].chars().next();
            !before.is_some_and(is_letter) && !after.is_some_and(is_letter)
        })
        .map(|m| m.as_str())
}

/// Words of a headline that names something a body does about such news
/// ("tuyên truyền phòng, chống ma túy", "ra quân", "thăm hỏi", "khai mạc
/// giải bóng đá", a ministry's "họp báo" on a case).
pub(super) static ACTION: LazyLock<Rx> = LazyLock::new(|| {
    Rx::new(
        r"hội nghị|họp báo|tổ chức|tuyên truyền|phòng,? chống|ra quân|phát động|hỗ trợ|thăm|khắc phục|ủng hộ|chỉ đạo|ứng phó|trao|tặng|khen thưởng|biểu dương|khai mạc|bế mạc",
    )
});

/// Words of an event, something a body did on a day (whole words).
pub(super) static EVENT: LazyLock<Rx> = LazyLock::new(|| {
    Rx::new(
        r"hội nghị|đại hội|hội thi|hội thảo|hội diễn|tọa đàm|toạ đàm|lễ|dự|họp|thăm|tiếp|tổ chức|chủ trì|làm việc|phát động|ra quân|trao|tặng|khai mạc|bế mạc|kỷ niệm|gặp mặt|kiểm tra|giám sát|chúc mừng|tuyên truyền|triển khai|ban hành|phát biểu|quyết định|bổ nhiệm|điều động|công bố|tập huấn|tiếp xúc|đối thoại|sơ kết|tổng kết|giao ban|trực báo|khánh thành|khởi công|bàn giao|ký kết|hỗ trợ|ra mắt|biểu dương|tuyên dương|khen thưởng|ủng hộ|phối hợp",
    )
});

/// Party and state bodies: a headline naming one is about what it does
/// ("40 năm Đảng bộ thành phố thực hiện Di chúc của Bác"), even with no
/// event in it (whole words).
pub(super) static ORGAN: LazyLock<Rx> = LazyLock::new(|| {
    Rx::new(
        r"đảng bộ|đảng ủy|đảng uỷ|tỉnh ủy|tỉnh uỷ|thành ủy|thành uỷ|huyện ủy|huyện uỷ|quận ủy|quận uỷ|thị ủy|thị uỷ|chi bộ|ubnd|hđnd|mttq|ủy ban|uỷ ban|mặt trận tổ quốc|ban dân vận|công đoàn|đoàn thanh niên|hội liên hiệp|hội nông dân|hội cựu chiến binh",
    )
});

/// Commands of the armed forces and the police, whose working delegations
/// go out under an officer ("Đoàn công tác của Bộ Tư lệnh Quân khu 5 do
/// Thiếu tướng A làm trưởng đoàn"): the command is the body the delegation
/// is of, as a party or state body is (whole words).
pub(super) static COMMAND: LazyLock<Rx> = LazyLock::new(|| {
    Rx::new(
        r"bộ tư lệnh|bộ chỉ huy|ban chỉ huy|bộ chqs|ban chqs|bộ đội biên phòng|bđbp|cảnh sát biển|công an tỉnh|công an huyện|công an thành phố|công an tphcm|công an tp",
    )
});

/// Whether a headline or lead (in lower case) reports an event.
pub(super) fn names_event(lower: &str) -> bool {
    has_word(&EVENT, lower)
}

/// Whether a headline (in lower case) is news no body organises.
pub(super) fn no_level_news(head: &str) -> bool {
    holds_news(head) && !names_action(head) && !KIND.is_match(head) && !unit_tournament(head)
}

/// Whether a headline names a tournament after the unit that holds it
/// ("giải bóng đá mini quận A", "giải việt dã xã B"): a local body's
/// event, no sports news of the nation's.
pub(super) fn unit_tournament(head: &str) -> bool {
    use crate::parse::vocab::UNIT_WORDS as UNITS;
    head.match_indices("giải ").any(|(at, _)| {
        let words: Vec<&str> = head[at..].split(' ').take(7).collect();
        words.windows(2).skip(1).any(|w| {
            UNITS.contains(&w[0]) || UNITS.contains(&format!("{} {}", w[0], w[1]).as_str())
        })
    })
}

/// Whether a headline names something a body does (`ACTION`): "trao đổi
/// với phóng viên" is talk, no handing over; "Cục Cảnh sát phòng, chống
/// tội phạm …" names the police department a trial tries, no campaign;
/// "… có mặt để chỉ đạo công tác chữa cháy" is an official at a fire,
/// the fire being the news (`SCENE`).
fn names_action(head: &str) -> bool {
    ACTION.find_iter(head).any(|m| {
        let talk = m.as_str() == "trao" && head[m.end()..].starts_with(" đổi");
        let police = m.as_str().starts_with("phòng") && head[..m.start()].ends_with("cảnh sát ");
        let scene = SCENE
            .iter()
            .any(|w| head[m.start()..].starts_with(w.as_str()));
        !(talk || police || scene)
    })
}
