//! The level of a report: the body that organises or reports its event,
//! read off the headline and lead (see the parent module).

use super::KIND;
use crate::model::{Date, Level, Mention, Role};
use crate::parse::rx::Rx;
use crate::parse::text::{is_letter, lower_same};
use std::sync::LazyLock;

/// Verbs that end the organizer's name in a headline or lead.
pub(super) const ORG_VERBS: &[&str] = &[
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
    " ra mắt",
    " trao ",
    " tặng ",
    " thăm",
    " chúc mừng",
    " bàn giao",
    " phát động",
    " ra quân",
    " công bố",
    " bổ nhiệm",
    " điều động",
    // "Bộ trưởng giao Đại tá A phụ trách …" (`org_verb` keeps only an
    // assignment, not "giao lưu" or "xã giao").
    " giao ",
];

/// Words after "giao" that make it an assignment.
pub(super) const ASSIGNED: &[&str] = &[
    "quyền",
    "phụ trách",
    "nhiệm vụ",
    "đồng chí",
    "ông",
    "bà",
    "đại tá",
    "thượng tá",
    "trung tá",
    "thiếu tá",
];

/// Verbs after "do X" that make X the organizer ("do Ban Dân vận Tỉnh ủy
/// tổ chức"); "do X dẫn đầu" names a delegation's leader instead.
pub(super) const ORGANIZING: &[&str] =
    &["tổ chức", "chủ trì", "phối hợp", "triển khai", "phát động"];

/// Openings of a lead that join it to what came before ("Theo đó, …").
pub(super) const CONNECTIVES: &[&str] = &["theo đó", "trước đó", "tiếp đó", "sau đó", "cùng ngày"];

/// First words of ministries ("Bộ Nội vụ", "Bộ LĐ-TB&XH"): "bộ" before one
/// of them is a central body.
pub(super) const MINISTRY_NEXT: &[&str] = &[
    "nội", "công", "quốc", "ngoại", "tư", "tài", "nông", "xây", "giáo", "y", "khoa", "văn", "lao",
    "lđ", "giao", "kế", "thông", "dân",
    // Written short: "Bộ NN&PTNT", "Bộ VHTTDL", "Bộ GD-ĐT", "Bộ TN&MT",
    // "Bộ KH&ĐT", "Bộ TT&TT", "Bộ GTVT", "Bộ LĐTB&XH", "Bộ CA", "Bộ QP".
    "nn", "nnptnt", "vh", "vhttdl", "gd", "gdđt", "tn", "tnmt", "kh", "khđt", "khcn", "tt", "tttt",
    "gtvt", "lđtbxh", "ca", "qp", "tc", "ct", "xd",
];

/// Words that may continue a list of units after "các" ("các huyện, thị
/// xã, thành phố", "các sở, ban, ngành").
pub(super) const RUN_WORDS: &[&str] = &[
    "và",
    "thị",
    "xã",
    "thành",
    "phố",
    "huyện",
    "quận",
    "phường",
    "trấn",
    "sở",
    "ban",
    "ngành",
    "tỉnh",
    "ủy",
    "uỷ",
    "cấp",
    "các",
    "đoàn",
    "thể",
    "khu",
    "đặc",
];

/// Unit words that may be named side by side as one joint body ("cán bộ
/// huyện, xã"), and the "và" that joins them.
const JOINED: &[&str] = &["tỉnh", "huyện", "quận", "xã", "phường", "và"];

/// The level of a ministry's department ("Cục Trồng trọt", "Vụ Địa
/// phương" opening the organizer) or of a unit written short ("Q.2",
/// "P.5") at word `w` (the `i`th), with the words around it and the text
/// right `after` it.
fn department_or_short(w: &str, next: &str, i: usize, after: &str) -> Option<Level> {
    let short = |digit_only: bool| {
        after.strip_prefix('.').is_some_and(|r| {
            r.starts_with(|c: char| c.is_ascii_digit() || (!digit_only && is_letter(c)))
        })
    };
    match (w, next) {
        // A department of a ministry opening the organizer ("Cục Trồng
        // trọt", "Vụ Địa phương tổ chức …"); a local branch names its unit
        // after it, a "Chi cục" is local. "cục bộ" (local) is no body.
        ("vụ", n)
            if i == 0
                && !matches!(
                    n,
                    "việc"
                        | "án"
                        | "mùa"
                        | "xuân"
                        | "đông"
                        | "hè"
                        | "thu"
                        | "cháy"
                        | "tai"
                        | "nổ"
                        | "trộm"
                        | "lúa"
                ) =>
        {
            Some(Level::Central)
        }
        ("cục", n) if i == 0 && !matches!(n, "bộ" | "diện" | "súc" | "mịch" | "cằn") => {
            Some(Level::Central)
        }
        // Written short before a number or a name: "Q.2", "Q.Bình
        // Thạnh" (a district of a city), "P.5" (a ward).
        ("q", _) if short(false) => Some(Level::District),
        ("p", _) if short(true) => Some(Level::Commune),
        _ => None,
    }
}

/// Level words found in `lower`, in order; with `two_level` (a report from
/// 1 July 2025) district words count for nothing.
pub(super) fn levels_in(lower: &str, text: &str, date: Option<Date>) -> Vec<Level> {
    let two_level = date.is_some_and(|d| d >= crate::units::REFORM);
    let mut words = lower
        .split(|c: char| !is_letter(c))
        .filter(|w| !w.is_empty());
    // What follows a word in `lower` ("q" in "q.2" is a district).
    let after = |w: &str| {
        let at = w.as_ptr() as usize - lower.as_ptr() as usize + w.len();
        lower.get(at..).unwrap_or("")
    };
    // What precedes a word in `lower` ("hội nông dân" before "việt nam").
    let before = |w: &str| {
        lower
            .get(..w.as_ptr() as usize - lower.as_ptr() as usize)
            .unwrap_or("")
    };
    let mut out = Vec::new();
    // Inside "các huyện, thị xã, thành phố" (units listed, not the
    // organizer) and inside a membership ("Ủy viên Trung ương Đảng, Bí thư
    // Tỉnh ủy": the person's own body comes after it).
    let (mut plural, mut member) = (false, false);
    // Whether this word follows a bare unit word ("huyện, xã"): units
    // named side by side are one joint body, the higher one leads it
    // ("Đoàn cán bộ huyện, xã").
    let mut joint = false;
    // The word before `w` ("" at the first), `w`, and its index.
    let (mut prev, mut cur, mut i) = ("", words.next(), 0);
    while let Some(w) = cur {
        cur = words.next();
        let next = cur.unwrap_or("");
        let level = department_or_short(w, next, i, after(w))
            .or(match (w, next) {
                ("trung", "ương") | ("chính", "phủ") | ("quốc", "hội") | ("toàn", "quốc") => {
                    Some(Level::Central)
                }
                // The Prime Minister, the State President.
                ("thủ", "tướng") => Some(Level::Central),
                ("tịch", "nước") if prev == "chủ" => Some(Level::Central),
                ("bí", "thư") if prev == "ban" || prev == "tổng" => Some(Level::Central),
                ("tw" | "ubtư" | "ubtw", _) | ("tổng", "cục") | ("bộ" | "thứ", "trưởng") => {
                    Some(Level::Central)
                }
                // Academies are national bodies ("Học viện Chính trị quốc gia Hồ
                // Chí Minh", "Học viện Quốc phòng"), their regional branches too.
                ("học", "viện") => Some(Level::Central),
                ("tư", _) if matches!(prev, "vận" | "giáo" | "ban" | "đảng" | "ủy" | "uỷ") => {
                    Some(Level::Central)
                }
                // "Ban Chỉ đạo Tây Bắc", "Ban Chỉ đạo Tây Nguyên".
                ("tây", "bắc" | "nguyên" | "nam") if prev == "đạo" => Some(Level::Central),
                // "Bộ Nội vụ tổ chức …": a ministry, when it opens the organizer
                // or is named ("cán bộ y tế" is not one).
                ("bộ", _) if i == 0 => Some(Level::Central),
                ("bộ", n) if MINISTRY_NEXT.contains(&n) && !matches!(prev, "cán" | "toàn") => {
                    Some(Level::Central)
                }
                // "cơ sở" is the grassroots, not a department.
                ("sở", _) if prev != "cơ" => Some(Level::Provincial),
                ("tp" | "tphcm", _) => Some(city_level(text, date)),
                ("đặc", "khu") => Some(Level::Commune),
                ("chính", "trị") if prev == "bộ" => Some(Level::Central),
                ("tỉnh", _) => Some(Level::Provincial),
                ("thành", "ủy" | "uỷ" | "phố") => Some(city_level(text, date)),
                ("huyện" | "quận", _) | ("thị", "xã" | "ủy" | "uỷ") => {
                    Some(Level::District)
                }
                ("thị", "trấn") | ("phường", _) => Some(Level::Commune),
                // A village's party cell, head or front committee ("Bí thư Chi
                // bộ thôn", "Trưởng bản", "Ban công tác Mặt trận khu dân cư
                // thôn A"), or a village opening the organizer ("Thôn A tổ
                // chức"): the commune's level, the lowest there is. "Sóc
                // Trăng", "Buôn Đôn" open the names of larger units.
                ("thôn" | "bản" | "ấp" | "xóm" | "buôn" | "khóm" | "sóc" | "bon", _)
                    if matches!(prev, "bộ" | "trưởng" | "cư")
                        || (i == 0 && matches!(w, "thôn" | "ấp" | "xóm")) =>
                {
                    Some(Level::Commune)
                }
                // "xã hội" (society), "xã giao" (courtesy) are no communes.
                ("xã", n) if !matches!(n, "hội" | "giao") && prev != "thị" => {
                    Some(Level::Commune)
                }
                // "Ủy ban MTTQ Việt Nam" with no unit after it is the central one.
                ("việt", "nam") if super::bodies::national_body(before(w), prev) => {
                    Some(Level::Central)
                }
                _ => None,
            })
            .filter(|_| !super::bodies::is_tier(prev, w));
        if level.is_some() && matches!(prev, "các" | "những") {
            plural = true;
        } else if plural && level.is_none() && !RUN_WORDS.contains(&w) {
            plural = false;
        }
        if matches!((w, next), ("ủy" | "uỷ", "viên")) {
            member = true;
        }
        let unit = level.is_some() && JOINED.contains(&w);
        let level = match level {
            Some(l) => {
                let membership = std::mem::take(&mut member) && l == Level::Central;
                Some(l).filter(|_| !(plural || membership || (joint && unit)))
            }
            None => None,
        };
        // "huyện, xã", "tỉnh và huyện": the next unit word joins this one.
        joint = (unit && JOINED.contains(&next)) || (joint && w == "và");
        out.extend(level.filter(|l| !(two_level && *l == Level::District)));
        (prev, i) = (w, i + 1);
    }
    out
}

/// A city's party committee is provincial when a city centrally run on
/// the report's `date` is named in the text, or no province is; otherwise
/// it is a provincial city's, a district-level body ("Thành ủy Huế, tỉnh
/// Thừa Thiên Huế" in 2023).
pub(super) fn city_level(text: &str, date: Option<Date>) -> Level {
    // "HCM" covers "TP.HCM", "TPHCM", "TP HCM" and "TP. HCM"; "Sài Gòn" is
    // the city's former name, still written.
    let central = crate::units::central_cities(date).any(|c| {
        std::iter::once(&c.name)
            .chain(&c.variants)
            .any(|n| text.contains(n))
    }) || ["HCM", "Sài Gòn"].iter().any(|c| text.contains(c));
    if central || !(text.contains("tỉnh ") || text.contains("Tỉnh ")) {
        Level::Provincial
    } else {
        Level::District
    }
}

/// The organizer's part of a headline or lead sentence: before its verb,
/// after an opening time phrase.
pub(super) fn organizer(lower: &str) -> Option<&str> {
    Some(organizer_before(&lower[..org_verb(lower)?]))
}

/// The organizer's part of `head`, the text before a verb.
pub(super) fn organizer_before(head: &str) -> &str {
    let mut head = head;
    // The organizer is the subject of the verb's own sentence.
    if let Some(start) = last_sentence_start(head) {
        head = &head[start..];
    }
    // "Căn cứ Luật …; Căn cứ Nghị định … của Chính phủ; UBND xã A thông
    // báo …": the documents a notice rests on are not who issues it.
    if head.starts_with("căn cứ ") {
        if let Some(at) = head.rfind("; ") {
            head = &head[at + 2..];
        }
    }
    // "Hội nghị tại xã A do UBND huyện B tổ chức": the body after "do";
    // "Đoàn đại biểu tỉnh do đồng chí A làm trưởng đoàn": its leader.
    if let Some(at) = head.rfind(" do ") {
        let after = &head[at + 4..];
        if after.contains("dẫn đầu") || after.contains("trưởng đoàn") {
            let first = head.find(" do ").unwrap_or(at);
            return &head[first + 4..];
        }
        return after;
    }
    // "Công an tỉnh A cho biết, sáng cùng ngày, …": the source of the
    // news is not who acted.
    if let Some(p) = head.find(" cho biết, ") {
        head = &head[p + " cho biết, ".len()..];
        if let Some(p) = head.find(", ").filter(|&p| opens_with_time(&head[..p])) {
            head = &head[p + 2..];
        }
    }
    // "Sáng 12/3, …" opens with a time, "Theo đó, …" with a link to what
    // came before; "Thường trực Huyện ủy A, tỉnh B" opens with the
    // organizer itself.
    // Several openings may come one after another ("Trong không khí … 78
    // năm …, tối 19/8, tại …").
    let mut org = head;
    for _ in 0..4 {
        match org.find(", ") {
            Some(p)
                if (opens_with_time(&org[..p]) && !time_then_body(&org[..p]))
                    || CONNECTIVES.contains(&&org[..p])
                    || super::bodies::opens_clause(&org[..p]) =>
            {
                org = &org[p + 2..];
            }
            _ => break,
        }
    }
    // "tại TP Vinh (Nghệ An), Ban Chỉ đạo Tây Bắc phối hợp …": the venue
    // first, then the organizer; a venue alone ("tại Hội trường UBND huyện
    // A đã tổ chức") is the host's. The venue's name may run on over units
    // ("tại xã A, huyện B, Hội Nông dân tỉnh …"), but the last unit is the
    // organizer ("tại thành phố Long Xuyên, tỉnh An Giang long trọng tổ
    // chức").
    if let Some(rest) = org.strip_prefix("tại ") {
        org = rest.find(", ").map_or(org, |p| &rest[p + 2..]);
        while let Some(p) = org.find(", ") {
            if !opens_with_unit(org) {
                break;
            }
            org = &org[p + 2..];
        }
    }
    // "Căn cứ Nghị định … của Chính phủ quy định …;": a clause that runs
    // up to the verb names no one who acts.
    if super::bodies::opens_clause(org) {
        return "";
    }
    // "… tổ chức tại huyện A": where it is held, not who holds it.
    org.find(" tại ").map_or(org, |at| &org[..at])
}

/// Whether an opening that starts with a time runs on into a body with no
/// comma between them ("sáng ngày 4/2 đoàn cán bộ huyện, xã đã đến thăm"):
/// the body is then the organizer, not part of the time.
fn time_then_body(chunk: &str) -> bool {
    const TIME: &[&str] = &["sáng", "chiều", "tối", "trưa", "ngày"];
    // "sáng 12/3 tại hội trường ubnd huyện, …" names a venue, no body.
    TIME.iter().any(|t| chunk.starts_with(t))
        && !chunk.contains(" tại ")
        && !chunk.contains(" ở ")
        && (has_word(&ORGAN, chunk) || chunk.contains(" đoàn ") || chunk.contains(" ban "))
}

/// Whether `lower` opens with an administrative unit's word ("huyện a",
/// "tỉnh b", "thành phố c").
fn opens_with_unit(lower: &str) -> bool {
    [
        "xã ",
        "phường ",
        "thị trấn ",
        "huyện ",
        "quận ",
        "thị xã ",
        "thành phố ",
        "tp ",
        "tp. ",
        "tỉnh ",
    ]
    .iter()
    .any(|u| lower.starts_with(u))
}

/// Where the last sentence of `lower` starts, if it is not the first: after
/// ". " that does not follow a short abbreviation in plain letters ("tp.
/// hồ chí minh", "pgs. ts"; "cư trú." ends a sentence).
pub(super) fn last_sentence_start(lower: &str) -> Option<usize> {
    sentence_breaks(lower).last().map(|at| at + 2)
}

/// Where the ". " that end sentences of `lower` are, as `last_sentence_start` reads them.
pub(super) fn sentence_breaks(lower: &str) -> impl Iterator<Item = usize> + '_ {
    lower.match_indices(". ").map(|(at, _)| at).filter(|&at| {
        let word = lower[..at].rsplit([' ', '(']).next().unwrap_or("");
        !(word.len() <= 3 && word.bytes().all(|b| b.is_ascii_lowercase()))
    })
}

/// Where the first verb that ends an organizer's name starts in `lower`
/// ("trao đổi" is talk, not a handing over).
pub(super) fn org_verb(lower: &str) -> Option<usize> {
    org_verbs(lower).next()
}

/// Where each verb that may end an organizer's name starts in `lower`.
pub(super) fn org_verbs(lower: &str) -> impl Iterator<Item = usize> + '_ {
    ORG_VERB
        .find_iter(lower)
        .filter(move |m| {
            let at = m.start();
            if at == 0 || lower.as_bytes()[at - 1] != b' ' {
                return false;
            }
            let (before, after) = (&lower[..at - 1], &lower[m.end()..]);
            match m.as_str() {
                "trao " => !after.starts_with("đổi"),
                "giao " => ASSIGNED.iter().any(|w| after.starts_with(w)),
                // "trực tiếp", "tiếp tục", "tiếp thu": no receiving.
                "tiếp" => {
                    !before.ends_with("trực")
                        && !["tục", "thu", "theo", "nhận"]
                            .iter()
                            .any(|w| after.trim_start().starts_with(w))
                }
                _ => true,
            }
        })
        .map(|m| m.start() - 1)
}

/// The level of the first organizer named in `lower` that has one: "Nhằm
/// tạo khí thế ra quân …, chiều 10/1, Hội Nông dân huyện A đã tổ chức":
/// the verb of a purpose clause ends no organizer's name, the next one does.
/// Up to three verbs of the first sentence are tried.
pub(super) fn organizer_level(lower: &str, of: impl Fn(&str) -> Option<Level>) -> Option<Level> {
    let end = super::bodies::actor_sentence_end(lower);
    let mut verbs = org_verbs(lower).peekable();
    // "Nhân dịp kỷ niệm 93 năm Ngày truyền thống MTTQ Việt Nam. Chiều
    // 17/11, các ấp của xã A tổ chức …": a sentence with no verb names the
    // occasion; the organizer is in the next one.
    let end = if verbs.peek().is_some_and(|&at| at <= end) {
        end
    } else {
        sentence_breaks(lower)
            .find(|&b| b > end)
            .unwrap_or(lower.len())
    };
    // "Căn cứ Luật …; Căn cứ Nghị định … quy định …; UBND xã A thông
    // báo …": the verbs of the documents cited first are not the issuer's.
    let cited = if lower.starts_with("căn cứ ") {
        lower.get(..end).and_then(|s| s.rfind("; ")).unwrap_or(0)
    } else {
        0
    };
    verbs
        .skip_while(|&at| at < cited)
        .take_while(|&at| at <= end)
        .take(3)
        .find_map(|cut| of(organizer_before(&lower[..cut])))
}

/// The level of an organizer that is only a province's or a district's
/// name.
pub(super) fn unit_level(org: &str, two_level: bool) -> Option<Level> {
    if crate::units::province(org).is_some() {
        return Some(Level::Provincial);
    }
    crate::units::district(org)
        .filter(|_| !two_level)
        .map(|u| u.kind.level())
}

/// The level of a headline's organizer that is only a unit's name ("Hớn
/// Quản tổ chức tọa đàm"), or of the lower unit its event names ("Phú
/// Xuân tổ chức Đại hội MTTQ phường": the ward's congress).
fn bare_unit_level(
    head: &str,
    of: impl Fn(&str) -> Option<Level>,
    two_level: bool,
) -> Option<Level> {
    let cut = org_verb(head)?;
    let own = unit_level(organizer_before(&head[..cut]), two_level)?;
    let event = &head[cut..];
    let end = [" tại ", ", ", ". ", " với "]
        .iter()
        .filter_map(|w| event.find(w))
        .min()
        .unwrap_or(event.len());
    Some(of(&event[..end]).filter(|l| *l > own).unwrap_or(own))
}

/// The level of a unit whose name ends `org` (up to four words), when it
/// opens with a body's word rather than a person's name.
fn named_unit(org: &str, two_level: bool) -> Option<Level> {
    if !has_word(&ORGAN, org)
        && ![
            "công an",
            "bộ chỉ huy",
            "bch",
            "ban ",
            "hội ",
            "sở ",
            "đoàn ",
        ]
        .iter()
        .any(|w| org.starts_with(w))
    {
        return None;
    }
    let words: Vec<&str> = org.split(' ').filter(|w| !w.is_empty()).collect();
    (2..=4.min(words.len().saturating_sub(1)))
        .rev()
        .find_map(|n| unit_level(&words[words.len() - n..].join(" "), two_level))
}

/// The level of an organizer's name: of the first body when it names
/// several, else its own, else of a unit named by its province's or
/// district's name alone ("Công an Nghệ An").
fn org_level(org: &str, of: impl Fn(&str) -> Option<Level>, two_level: bool) -> Option<Level> {
    let lead = super::bodies::lead_body(org);
    of(lead)
        .or_else(|| (lead.len() < org.len()).then(|| of(org)).flatten())
        .or_else(|| (!guest(org)).then(|| named_unit(org, two_level)).flatten())
}

/// The level of the body a headline names after "của" ("… của Chủ tịch
/// UBND xã A năm 2025").
fn owner_level(head: &str, of: impl Fn(&str) -> Option<Level>) -> Option<Level> {
    let rest = &head[head.find(" của ")? + " của ".len()..];
    let end = [", ", ". ", " năm ", " về ", " trong ", " tại "]
        .iter()
        .filter_map(|w| rest.find(w))
        .min()
        .unwrap_or(rest.len());
    of(&rest[..end])
}

/// The level of the body a lead names as its source ("Theo Sở Y tế, …").
fn source_level(lead: &str, of: impl Fn(&str) -> Option<Level>) -> Option<Level> {
    let rest = lead.strip_prefix("theo ")?;
    of(&rest[..rest.find(", ")?])
}

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

/// The level of an event a unit attends, from a headline "X (tham) dự
/// hội nghị …": the body that holds it, not X. That is the level the event
/// names, else the level above X's (a district attends the province's
/// conference, from 1 July 2025 a commune too).
pub(super) fn attended_level(
    head: &str,
    of: impl Fn(&str) -> Option<Level>,
    two_level: bool,
) -> Option<Level> {
    let (at, verb) = [" tham dự ", " dự "]
        .iter()
        .find_map(|v| head.find(v).map(|at| (at, v.len())))?;
    let after = &head[at + verb..];
    if !ATTENDED.iter().any(|e| after.starts_with(e)) {
        return None;
    }
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
    // A leader who attends is a guest: the host is not read off their rank
    // ("Phó Chủ tịch nước dự Ngày hội … tại ấp A" is the hamlet's). A
    // village or a commune the event is held in hosts it.
    if guest(subject) {
        return after[end..]
            .find("tại ")
            .and_then(|p| village_level(&after[end + p + "tại ".len()..]));
    }
    let own = of(subject).or_else(|| unit_level(subject, two_level))?;
    Some(match own {
        Level::Commune if !two_level => Level::District,
        Level::Central => Level::Central,
        Level::Commune | Level::District => Level::Provincial,
        Level::Provincial => Level::Central,
    })
}

/// Whether the subject of a sentence (in lower case) is a person by office
/// or a leadership rather than a body: "phó chủ tịch nước a", "lãnh đạo
/// tỉnh", "đồng chí b", "(vov) - bộ trưởng c".
fn guest(subject: &str) -> bool {
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
    (VILLAGE.iter().any(|w| v.starts_with(w)) && !v.starts_with("xã hội")).then_some(Level::Commune)
}

/// Whether `lower` says someone attends an event ("dự hội nghị") before
/// any verb that ends an organizer's name.
fn attends_first(lower: &str) -> bool {
    let attends = [" tham dự ", " dự "]
        .iter()
        .filter_map(|v| lower.find(v).map(|at| (at, &lower[at + v.len()..])))
        .filter(|(_, after)| ATTENDED.iter().any(|e| after.starts_with(e)))
        .map(|(at, _)| at)
        .min();
    attends.is_some_and(|at| org_verb(lower).is_none_or(|v| at < v))
}

/// Whether an opening phrase is a time ("sáng 12/3", "chiều nay", "(lao)").
pub(super) fn opens_with_time(p: &str) -> bool {
    const TIME: &[&str] = &[
        "sáng", "chiều", "tối", "trưa", "đêm", "hôm", "ngày", "nay", "vừa", "(",
    ];
    TIME.iter().any(|t| p.starts_with(t)) || p.bytes().any(|b| b.is_ascii_digit())
}

/// The organizer named by "do" in a sentence of `lower`: "Hội nghị do Ban
/// Dân vận Tỉnh ủy tổ chức" gives "ban dân vận tỉnh ủy".
pub(super) fn named_organizer(lower: &str) -> Option<&str> {
    lower.match_indices(" do ").find_map(|(at, _)| {
        let rest = &lower[at + 4..];
        // "do đó", "do vậy": "so", not "by".
        if rest.starts_with("đó") || rest.starts_with("vậy") {
            return None;
        }
        let end = rest.find(['.', ';']).unwrap_or(rest.len());
        let cut = org_verb(&rest[..end])?;
        let verb = rest[cut..].trim_start();
        // "… mô hình do Trung ương Hội phát động": after the sentence that
        // names who acts, launching a programme is its origin, not the event.
        let origin = (verb.starts_with("phát động") || verb.starts_with("triển khai"))
            && at > super::bodies::actor_sentence_end(lower);
        (!origin && ORGANIZING.iter().any(|v| verb.starts_with(v))).then(|| &rest[..cut])
    })
}

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

/// Whether some match of `rx` in `s` is a whole word.
pub(super) fn has_word(rx: &Rx, s: &str) -> bool {
    rx.find_iter(s).any(|m| {
        let before = s[..m.start()].chars().next_back();
        let after = s[m.end()..].chars().next();
        !before.is_some_and(is_letter) && !after.is_some_and(is_letter)
    })
}

/// Words of a headline that names something a body does about such news
/// ("tuyên truyền phòng, chống ma túy", "ra quân", "thăm hỏi").
pub(super) static ACTION: LazyLock<Rx> = LazyLock::new(|| {
    Rx::new(
        r"hội nghị|tổ chức|tuyên truyền|phòng,? chống|ra quân|phát động|hỗ trợ|thăm|khắc phục|ủng hộ|chỉ đạo|ứng phó|trao|tặng|khen thưởng|biểu dương",
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

/// Whether a headline or lead (in lower case) reports an event.
pub(super) fn names_event(lower: &str) -> bool {
    has_word(&EVENT, lower)
}

/// Whether a headline (in lower case) is news no body organises.
pub(super) fn no_level_news(head: &str) -> bool {
    has_word(&NO_LEVEL_NEWS, head) && !ACTION.is_match(head) && !KIND.is_match(head)
}

/// The headline and paragraphs without those that only cite a law: a
/// notice opens with the laws it rests on, one per paragraph ("Căn cứ
/// Nghị định … của Chính phủ;"), and its lead is the paragraph after them.
fn without_citations<'a>(lowers: &'a [&'a str]) -> std::borrow::Cow<'a, [&'a str]> {
    if !lowers.iter().skip(1).any(|l| l.starts_with("căn cứ ")) {
        return std::borrow::Cow::Borrowed(lowers);
    }
    let kept = lowers
        .iter()
        .enumerate()
        .filter(|(k, l)| *k == 0 || !l.starts_with("căn cứ "))
        .map(|(_, l)| *l);
    std::borrow::Cow::Owned(kept.collect())
}

/// The level of the meeting, from the headline and lead in lower case,
/// for a report of `date`.
pub fn level(
    lowers: &[&str],
    officials: &[Mention],
    text: &str,
    date: Option<Date>,
) -> Option<Level> {
    let two_level = date.is_some_and(|d| d >= crate::units::REFORM);
    if lowers.first().is_some_and(|h| no_level_news(h)) {
        return None;
    }
    let lowers = &*without_citations(lowers);
    let of = |org: &str| levels_in(org, text, date).into_iter().max();
    // "do X tổ chức" in the headline or lead; a later paragraph only
    // through its opening organizer.
    let named = lowers
        .iter()
        .take(2)
        .find_map(|l| named_organizer(l).and_then(of));
    if let Some(l) = named {
        return Some(l);
    }
    if let Some(l) = lowers
        .first()
        .and_then(|h| attended_level(h, of, two_level))
    {
        return Some(l);
    }
    // "(VOV) - Phó Chủ tịch nước A tham dự Ngày hội … tổ chức tại ấp B":
    // a lead whose subject attends, before any verb of an organizer.
    if let Some(l) = lowers
        .get(1)
        .filter(|l| attends_first(l))
        .and_then(|l| attended_level(l, of, two_level))
    {
        return Some(l);
    }
    // "Đảng ủy Quân sự Vĩnh Long vừa …", "Công an Nghệ An tổ chức …": a
    // body named with its province's or district's name and no unit word.
    let of_org = |org: &str| org_level(org, of, two_level);
    if let Some(l) = lowers
        .iter()
        .take(2)
        .find_map(|l| organizer_level(l, of_org))
    {
        return Some(l);
    }
    // "Hớn Quản tổ chức tọa đàm": a bare unit name as the organizer.
    if let Some(l) = lowers
        .first()
        .and_then(|h| bare_unit_level(h, of, two_level))
    {
        return Some(l);
    }
    if let Some(l) = lowers
        .iter()
        .skip(2)
        .find_map(|l| organizer(l).and_then(of))
    {
        return Some(l);
    }
    // "Phú Hòa: Hoàn thành hội thi …": the headline's kicker names the
    // place, which holds the event when the lead names no organizer.
    if let Some(l) = lowers
        .first()
        .and_then(|h| h.split_once(": ").map(|(k, _)| k))
        .and_then(|org| unit_level(org, two_level))
    {
        return Some(l);
    }
    if lowers.first().is_some_and(|h| has_word(&NO_LEVEL_NEWS, h)) {
        return None;
    }
    // "Đồng chí A, Bí thư Tỉnh ủy, đến dự đại hội Đảng bộ xã B": the
    // lead names the event the leaders attend.
    if let Some(l) = lowers.get(1).and_then(|l| attended_level(l, of, two_level)) {
        return Some(l);
    }
    // "Theo Ban Dân vận Huyện ủy A, toàn huyện có …": the body that
    // reports.
    if let Some(l) = lowers.get(1).and_then(|l| source_level(l, of)) {
        return Some(l);
    }
    let chaired = officials.iter().find(|m| {
        m.roles
            .iter()
            .any(|r| matches!(r, Role::Chair | Role::CoChair))
    });
    let chair = chaired.or_else(|| officials.first());
    if let Some(m) = chair {
        let titles = lower_same(&m.titles.join(", "));
        if let Some(l) = of(&titles) {
            return Some(l);
        }
    }
    // A portrait, an interview or a feature reports no event: it has the
    // level of the official it is about, if any, and not that of every
    // place it names ("Người có uy tín, trụ cột của buôn làng").
    let about_organ = || lowers.first().is_some_and(|h| has_word(&ORGAN, h));
    if chaired.is_none() && !about_organ() && !lowers.iter().take(2).any(|l| names_event(l)) {
        return None;
    }
    // "Lịch tiếp công dân của Chủ tịch UBND xã A": the body the headline
    // names as the owner of what it reports; "Hoàn thành đại hội … cấp
    // huyện": a tier's progress, the level above.
    let owner = |h: &str| owner_level(h, of).or_else(|| super::bodies::tier_level(h, two_level));
    if let Some(l) = lowers.first().and_then(|h| owner(h)) {
        return Some(l);
    }
    let all = levels_in(&lower_same(text), text, date);
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

/// The verbs without their leading space: the pattern then starts with
/// letters, which a search finds faster than a space; `org_verbs` checks
/// the space.
pub(super) static ORG_VERB: LazyLock<Rx> = LazyLock::new(|| {
    let verbs: Vec<&str> = ORG_VERBS.iter().map(|v| v.trim_start()).collect();
    Rx::new(&verbs.join("|"))
});
