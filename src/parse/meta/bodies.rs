//! Which body a lead names as the one that acts, past what stands around it:
//! a clause that opens the sentence ("Nhân dịp …, Hội … tổ chức"), a list of
//! co-organisers (the first named leads), tiers of units ("cấp xã" is every
//! commune, no one body) and national organisations named "… Việt Nam". The
//! word lists are `assets/lexicon/openers.txt` and `national_bodies.txt`;
//! this module only reads lower-case text handed to it.

use crate::model::Level;
use crate::parse::lexicon;
use crate::parse::text::is_letter;
use std::sync::LazyLock;

/// Both spellings of every entry of a list file.
fn spelled(file: &'static str) -> Vec<String> {
    lexicon::words(file).flat_map(lexicon::spellings).collect()
}

static OPENERS: LazyLock<Vec<String>> = LazyLock::new(|| spelled(lexicon::OPENERS));
static NATIONAL: LazyLock<Vec<String>> = LazyLock::new(|| spelled(lexicon::NATIONAL_BODIES));
static CENTRAL: LazyLock<Vec<String>> = LazyLock::new(|| spelled(lexicon::CENTRAL_BODIES));

/// The text after the name of a central body that carries no word of the
/// centre (`central_bodies.txt`: "Ủy ban Dân tộc", "Hội đồng Dân tộc")
/// when that name opens at the word `w`, `after` being the text after `w`.
pub(super) fn unmarked_central<'a>(w: &str, after: &'a str) -> Option<&'a str> {
    CENTRAL.iter().find_map(|name| {
        let rest = name.strip_prefix(w).filter(|r| r.starts_with(' '))?;
        after
            .strip_prefix(rest)
            .filter(|tail| !tail.starts_with(is_letter))
    })
}

/// Words that open a body's name in a list of co-organisers.
const BODY_OPENERS: &[&str] = &[
    "hội ",
    "ban ",
    "ủy ban ",
    "uỷ ban ",
    "ubnd ",
    "ubmttq ",
    "mttq ",
    "sở ",
    "công an ",
    "bộ ",
    "trung ương ",
    "liên đoàn ",
    "tỉnh đoàn",
    "huyện đoàn",
    "thành đoàn",
    "đoàn thanh niên",
    "bộ chỉ huy",
    "đoàn đại biểu",
    "đoàn công tác",
];

/// Whether `lower` opens with a clause set before its subject: a purpose,
/// an occasion or a basis ("nhân dịp …", "sau khi …", "thực hiện …").
pub(super) fn opens_clause(lower: &str) -> bool {
    OPENERS.iter().any(|o| {
        lower
            .strip_prefix(o.as_str())
            .is_some_and(|r| r.starts_with(' '))
    })
}

/// Where the sentence that names who acts ends in `lower`: the first
/// sentence, or the second when the first is an opening clause ("Nhân dịp
/// kỷ niệm …. Chiều 17/11, xã A tổ chức …").
pub(super) fn actor_sentence_end(lower: &str) -> usize {
    let mut breaks = super::organizer::sentence_breaks(lower);
    let first = breaks.next();
    let end = if opens_clause(lower) {
        breaks.next()
    } else {
        first
    };
    end.unwrap_or(lower.len())
}

/// Whether "việt nam" after the word `prev`, with `before` the text ahead
/// of it, closes the name of a national body: the Fatherland Front ("Ủy ban
/// MTTQ Việt Nam") or an organisation of the list ("Hội Nông dân Việt Nam").
/// A body whose founding or tradition day is marked ("Ngày truyền thống
/// MTTQ Việt Nam") is named, not acting.
pub(super) fn national_body(before: &str, prev: &str) -> bool {
    let b = before.trim_end();
    let rest = match prev {
        "mttq" | "ubmttq" => b.strip_suffix(prev),
        "quốc" => Some(b.strip_suffix("mặt trận tổ quốc").unwrap_or(b)),
        _ => NATIONAL.iter().find_map(|n| {
            b.strip_suffix(n.as_str())
                .filter(|rest| !rest.chars().next_back().is_some_and(is_letter))
        }),
    };
    rest.is_some_and(|r| {
        let r = r.trim_end();
        !["thành lập", "truyền thống"].iter().any(|c| r.ends_with(c))
    })
}

/// Whether `rest` opens with an office of two words ("bộ trưởng …").
fn opens_office(rest: &str) -> bool {
    let mut words = rest.splitn(3, ' ');
    let two = [words.next(), words.next()]
        .iter()
        .flatten()
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    crate::parse::vocab::is_head(&two)
}

/// The first of several bodies named together as organisers: "trung ương
/// hội lhpn việt nam, hội lhpn tỉnh và các nhãn hàng", "hội lhpn tỉnh phối
/// hợp với hội lhpn huyện a" lead with the first. A unit after a body
/// ("huyện ủy a, tỉnh b") is its address, not a second body.
pub(super) fn lead_body(org: &str) -> &str {
    // "X phối hợp với Y", "X cùng (với) Y tổ chức": X leads.
    if let Some(p) = [" phối hợp với ", " cùng "]
        .iter()
        .filter_map(|w| org.find(w))
        .min()
    {
        return &org[..p];
    }
    let cut = org
        .match_indices(", ")
        .chain(org.match_indices(" và "))
        .filter(|&(at, sep)| !(sep == " và " && shares_unit(&org[..at], &org[at + sep.len()..])))
        // "Đảng ủy, Bộ CHQS tỉnh", "Đảng ủy và Ban Giám đốc Công an tỉnh":
        // a party committee named bare is that of the body after it, the
        // two one organiser; so after words set before them ("5 năm qua,
        // Đảng ủy, Bộ Tư lệnh …").
        .filter(|&(at, _)| !bare_party_committee(last_part(&org[..at])))
        .map(|(at, sep)| (at, &org[at + sep.len()..]))
        .filter(|(_, rest)| BODY_OPENERS.iter().any(|b| rest.starts_with(b)))
        // "Bí thư Đảng ủy, Bộ trưởng Bộ A": an office in the same chain of
        // titles, no second body.
        .filter(|(_, rest)| !opens_office(rest))
        .map(|(at, _)| at)
        .min();
    cut.map_or(org, |at| &org[..at])
}

/// The part of `org` after its last comma: the body named just before a
/// separator, past words set before it.
fn last_part(org: &str) -> &str {
    org.rsplit(", ").next().unwrap_or(org)
}

/// Whether `body` is a party committee or cell named without its unit
/// ("đảng ủy", "chi bộ").
fn bare_party_committee(body: &str) -> bool {
    matches!(
        body.trim_start_matches(['-', '–', ' ']),
        "đảng ủy" | "đảng uỷ" | "chi bộ" | "ban thường vụ đảng ủy" | "ban thường vụ đảng uỷ"
    )
}

/// Whether two bodies joined by "và" share the unit named once after the
/// second ("Văn phòng HĐND và UBND xã", "Đảng ủy và UBND phường A"): the
/// first names no unit of its own, the second's one word is followed by
/// the unit's word. They are one organiser of that unit.
fn shares_unit(first: &str, second: &str) -> bool {
    const UNITS: &[&str] = &["xã", "phường", "thị", "huyện", "quận", "tỉnh", "thành"];
    let names_unit = |s: &str| s.split(' ').any(|w| UNITS.contains(&w));
    let mut words = second.split(' ');
    let _body = words.next();
    !names_unit(first) && words.next().is_some_and(|w| UNITS.contains(&w))
}

/// The level of the body above the tier of units a headline names ("đại
/// hội hội nông dân cấp huyện", "sáp nhập … cấp xã"): the progress of every
/// district is the province's news, of every commune the district's (from
/// 1 July 2025, with no districts, the province's). Provinces named as
/// many ("nghe UBND các tỉnh A và B báo cáo") answer to the centre.
pub(super) fn tier_level(head: &str, two_level: bool) -> Option<Level> {
    if names_provinces(head) {
        return Some(Level::Central);
    }
    let names = |tiers: &[&str]| tiers.iter().any(|t| head.contains(t));
    if names(&["cấp huyện", "các huyện"]) {
        return Some(Level::Provincial);
    }
    names(&["cấp xã", "cấp cơ sở", "các xã"]).then_some(if two_level {
        Level::Provincial
    } else {
        Level::District
    })
}

/// Whether a line (lower case) names provinces as many ("các tỉnh", "các
/// tỉnh, thành phố", "các tỉnh ủy"), not a province's roads ("các tỉnh
/// lộ"), the members of its own committee ("các tỉnh ủy viên") or the
/// provinces it is twinned with ("các tỉnh bạn").
fn names_provinces(s: &str) -> bool {
    const MANY: &str = "các tỉnh";
    const NOT_MANY: &[&str] = &[" lộ", " ủy viên", " uỷ viên", " bạn"];
    s.match_indices(MANY).any(|(at, _)| {
        let rest = &s[at + MANY.len()..];
        !rest.starts_with(is_letter) && !NOT_MANY.iter().any(|w| rest.starts_with(w))
    })
}

/// Whether the unit word `w` after `prev` names a tier of units ("cấp
/// xã"), not one unit's body; "các cấp thành phố Hà Nội" names the city.
pub(super) fn is_tier(prev: &str, w: &str) -> bool {
    prev == "cấp" && matches!(w, "xã" | "phường" | "huyện" | "quận" | "tỉnh")
}
