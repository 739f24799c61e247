//! The level of a report: the body that organises or reports its event,
//! read off the headline and lead (see the parent module).

use super::attended::{attended_level, attends_first, event_place_level, guest};
use super::level_words::levels_in;
use super::news::{has_word, names_event, no_level_news, ORGAN};
use super::organizer::{
    bare_unit_level, inviting_host, named_organizer, org_level, organizer, organizer_before,
    organizer_level, unit_level,
};
use crate::model::{Date, Level, Mention, Role};
use crate::parse::rx::Rx;
use crate::parse::text::{is_letter, lower_same};
use std::sync::LazyLock;

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

/// The level of the body a lead names as its source: "Theo Sở Y tế, …",
/// "Bộ Y tế cho biết, …".
fn source_level(lead: &str, of: impl Fn(&str) -> Option<Level>) -> Option<Level> {
    if let Some(rest) = lead.strip_prefix("theo ") {
        return of(&rest[..rest.find(", ")?]);
    }
    let said = lead.find(" cho biết")?;
    // "Ông A, đại biểu HĐND tỉnh, cho biết": a person who speaks is no
    // body that reports.
    let subject = organizer_before(&lead[..said]);
    if super::attended::guest(subject) {
        return None;
    }
    of(subject)
}
/// The level of the body the lead names as its source; a summary may
/// come first ("Chiến dịch … sẽ được triển khai …"), the source in the
/// paragraph after it ("Trung ương Đoàn cho biết, …").
fn reported_level(lowers: &[&str], of: impl Fn(&str) -> Option<Level>) -> Option<Level> {
    // A page with no headline of its own has its lead's opening read as
    // one: "Theo Sở Y tế, …" there names the source too.
    lowers
        .iter()
        .take(3)
        .enumerate()
        .filter(|(i, l)| *i > 0 || l.starts_with("theo "))
        .find_map(|(_, l)| source_level(l, &of))
}

/// Whether the headline and lead report no event a body holds: they name
/// none, or tell a story through a private person ("Chị A dự kiến tới
/// Lạng Sơn dự lễ hội …").
fn tells_no_event(lowers: &[&str]) -> bool {
    let private = lowers
        .get(1)
        .or(lowers.first())
        .is_some_and(|l| private_subject(organizer_before(l)));
    private || !lowers.iter().take(2).any(|l| names_event(l))
}

/// Whether a sentence's subject is a private person or the public ("chị
/// A", "anh B", "người dân", "du khách"), not a body or an office.
pub(super) fn private_subject(subject: &str) -> bool {
    [
        "chị ",
        "anh ",
        "em ",
        "cụ ",
        "người dân",
        "du khách",
        "nhiều người",
    ]
    .iter()
    .any(|w| subject.starts_with(w))
        && !subject.starts_with("anh hùng")
}

/// A word list of `assets/lexicon/`, each entry in both spellings of
/// "uỷ"/"hoá", with `suffix` appended.
fn phrases(file: &'static str, suffix: &str) -> Vec<String> {
    crate::parse::lexicon::words(file)
        .flat_map(crate::parse::lexicon::spellings)
        .map(|w| w + suffix)
        .collect()
}

/// Offices of the nation's top leaders (`assets/lexicon/national_leaders.txt`).
static NATIONAL_LEADERS: LazyLock<Vec<String>> =
    LazyLock::new(|| phrases(crate::parse::lexicon::NATIONAL_LEADERS, ""));

/// What a leader does on their own behalf, not as a guest
/// (`assets/lexicon/own_acts.txt`).
static OWN_ACTS: LazyLock<Vec<String>> =
    LazyLock::new(|| phrases(crate::parse::lexicon::OWN_ACTS, ""));

/// Words that open a paragraph continuing the one before it ("Cụ thể,
/// Thủ tướng kỷ luật …"): the subject comes after them
/// (`assets/lexicon/continuations.txt`).
static CONTINUATIONS: LazyLock<Vec<String>> =
    LazyLock::new(|| phrases(crate::parse::lexicon::CONTINUATIONS, ", "));

/// Whether a headline (lower case) names an office of the nation's top
/// leaders anywhere in it, held now: "nguyên Tổng Bí thư A dự lễ khai
/// giảng" names a former holder, who comes as a guest with no office, so
/// the school's own event stays the school's.
pub(super) fn names_national_leader(head: &str) -> bool {
    NATIONAL_LEADERS.iter().any(|o| {
        head.match_indices(o.as_str())
            .any(|(at, _)| !head[..at].ends_with(FORMER))
    })
}

/// The word before an office its holder no longer holds.
const FORMER: &str = "nguyên ";

/// Whether a headline's subject is a national leader who acts in person
/// ("Thủ tướng làm việc với tỉnh A", "Phó Thủ tướng B thị sát vùng lũ"):
/// the central government's work, whatever province hosts it. A leader
/// who attends ("Chủ tịch nước dự lễ hội …") is a guest and says nothing.
fn national_leader_acts(head: &str) -> bool {
    let head = headline_subject(head);
    if leads_into_leader(head) {
        return true;
    }
    let Some(office) = NATIONAL_LEADERS
        .iter()
        .filter(|o| head.starts_with(o.as_str()))
        .max_by_key(|o| o.len())
    else {
        return false;
    };
    let rest = head[office.len()..].trim_start();
    // "Phó Chủ tịch Quốc hội Lào thăm tỉnh A": another state's leader, a
    // guest of the place visited.
    !names_country_first(rest) && acts_in_person(rest)
}

/// Whether `rest`, the lower-case text after an office, names a country
/// within its first four words ("lào thăm …", "nước chdcnd lào làm việc
/// …"): the office is another state's.
fn names_country_first(rest: &str) -> bool {
    let words: Vec<&str> = rest.split(' ').take(4).collect();
    (0..words.len()).any(|a| {
        (a + 1..=words.len())
            .any(|b| b - a <= 3 && crate::parse::vocab::is_country(&words[a..b].join(" ")))
    })
}

/// Acts a sentence may open with before naming who does them ("Làm việc
/// với Ban Thường vụ Tỉnh ủy A, Thủ tướng …"): a visit, a meeting, an
/// inspection. Directing ("chỉ đạo") is left out: a leader directs a
/// province's congress as its guest. So is "tiếp": "Tiếp tục chương
/// trình tiếp xúc cử tri, Chủ tịch nước …" is a deputy at the voters'
/// meeting the place's delegation holds.
const OPENING_ACTS: &[&str] = &[
    "làm việc",
    "thăm",
    "kiểm tra",
    "khảo sát",
    "thị sát",
    "gặp",
    "đối thoại",
    "chủ trì",
];

/// Whether a sentence (lower case, from its subject on) opens with a
/// visit or an inspection whose doer its main clause names as a national
/// leader ("Làm việc với Ban Thường vụ Tỉnh ủy A về …, Thủ tướng Chính
/// phủ B ghi nhận …", "Kiểm tra tại hồ C, Phó Thủ tướng D cho biết …",
/// "Đến thăm gia đình E, Phó Chủ tịch nước F …"): the leader's own work,
/// though the office comes after the act.
fn leads_into_leader(head: &str) -> bool {
    // "Đến thăm gia đình A, Phó Chủ tịch nước B …": the visit may open
    // with the leader's going there ("đến", "tới", "về").
    let act = ["đến ", "tới ", "về "]
        .iter()
        .find_map(|w| head.strip_prefix(w))
        .unwrap_or(head);
    let opens = OPENING_ACTS.iter().any(|v| {
        act.strip_prefix(v)
            .is_some_and(|rest| rest.starts_with(' '))
    });
    let sentence = &head[..head.find(". ").unwrap_or(head.len())];
    opens
        && sentence.match_indices(", ").any(|(at, sep)| {
            let clause = &sentence[at + sep.len()..];
            NATIONAL_LEADERS.iter().any(|o| {
                clause
                    .strip_prefix(o.as_str())
                    .is_some_and(|rest| rest.starts_with(' '))
            })
        })
}

/// Whether a headline's subject holds an office of a central body, named
/// with it, and acts in person ("Chủ tịch Ủy ban TƯ MTTQ Việt Nam A khảo
/// sát …", "Trưởng Ban Dân vận Trung ương B làm việc với …"): the central
/// body's own work, as a national leader's is, wherever it happens.
fn central_holder_acts(
    head: &str,
    officials: &[Mention],
    of: impl Fn(&str) -> Option<Level>,
) -> bool {
    let head = headline_subject(head);
    officials.iter().any(|m| {
        let title_first = m.titles.iter().any(|title| {
            let shown = lower_same(&format!("{title} {}", m.name));
            head.strip_prefix(shown.as_str())
                .filter(|rest| rest.starts_with(' '))
                .is_some_and(|rest| {
                    of(&lower_same(title)) == Some(Level::Central)
                        && acts_in_person(rest.trim_start())
                })
        });
        title_first || name_first_central_acts(head, m, &of)
    })
}

/// Honorifics a headline may set before a name that opens it ("Đồng chí
/// A, …", "Ông B, …").
const HONORIFICS: &[&str] = &["đồng chí ", "ông ", "bà "];

/// Whether a headline (lower case, from its subject on) opens on `m`'s
/// name and then the chain of their titles, the last of them an office
/// of a central body, and goes on with an act of their own ("Đồng chí A,
/// Ủy viên Trung ương Đảng, Chủ tịch Liên minh HTX Việt Nam thăm và làm
/// việc tại tỉnh"): the office nearest the verb is the one that acts, so
/// a membership earlier in the chain ("Ủy viên Trung ương Đảng, Bí thư
/// Tỉnh ủy") leaves a province's secretary the province's.
fn name_first_central_acts(head: &str, m: &Mention, of: impl Fn(&str) -> Option<Level>) -> bool {
    let head = HONORIFICS
        .iter()
        .find_map(|h| head.strip_prefix(h))
        .unwrap_or(head);
    let Some(chain) = head
        .strip_prefix(lower_same(&m.name).as_str())
        .and_then(|rest| rest.strip_prefix(", "))
    else {
        return false;
    };
    // The chain holds the titles and their separators and nothing else:
    // a title found further on belongs to a later clause.
    let reach: usize = m.titles.iter().map(|t| t.len() + 3).sum();
    let last = m
        .titles
        .iter()
        .filter_map(|t| {
            let t = lower_same(t);
            let at = chain.find(t.as_str())?;
            (at + t.len() <= reach).then_some((at + t.len(), t))
        })
        .max_by_key(|(end, _)| *end);
    last.is_some_and(|(end, title)| {
        chain[end..].starts_with(' ')
            && of(&title) == Some(Level::Central)
            && acts_in_person(chain[end..].trim_start())
    })
}

/// A headline (lower case) from its subject on: without a word that
/// continues the paragraph before or an opening time ("Sáng 9/2, …").
fn headline_subject(head: &str) -> &str {
    let head = CONTINUATIONS
        .iter()
        .find_map(|c| head.strip_prefix(c.as_str()))
        .unwrap_or(head);
    // "Tại tỉnh A: Trực tiếp Phó Thủ tướng B …": a place set before the
    // subject with a colon, and "trực tiếp" (in person) before it.
    let head = head
        .split_once(": ")
        .filter(|(place, _)| place.starts_with("tại ") && place.split(' ').count() <= 6)
        .map_or(head, |(_, rest)| rest);
    let head = head.strip_prefix("trực tiếp ").unwrap_or(head);
    // "Sáng 9/2, Tổng Bí thư A …": the subject after an opening time.
    match head.split_once(", ") {
        // "Đại hội … lần thứ I (nhiệm kỳ 2025 - 2030) công bố quyết định của
        // Bộ Chính trị, Ban Bí thư chỉ định …" holds years but is a clause,
        // no time: a time is a few words and does nothing.
        Some((time, rest))
            if super::organizer::opens_with_time(time)
                && time.split(' ').count() <= 8
                && super::organizer::org_verb(time).is_none() =>
        {
            rest
        }
        _ => head,
    }
}

/// Whether what follows a leader's office (`rest`, lower case) is the
/// leader acting in person: a verb of their own (`OWN_ACTS`) after the
/// name, not a guest's ("dự", "tham dự", "chúc mừng").
fn acts_in_person(rest: &str) -> bool {
    // The leader's name, up to four words, comes between office and verb;
    // so may the leader's companions ("cùng Đoàn công tác Trung ương có
    // buổi thăm …").
    let mut at = rest;
    let mut companions = false;
    for k in 0..=16 {
        if k > 4 && !companions {
            return false;
        }
        // "tiếp xúc cử tri": a deputy meets voters at a meeting the place's
        // delegation holds, no act of the centre.
        if OWN_ACTS.iter().any(|v| {
            at.starts_with(v.as_str())
                && !at[v.len()..].starts_with(is_letter)
                && !at[v.len()..].starts_with(" xúc")
        }) {
            return true;
        }
        let word = at.split(' ').next().unwrap_or("");
        // "Phó Thủ tướng A và Thứ trưởng B đã kiểm tra …": a companion
        // named beside the leader.
        companions |= word == "cùng" || word == "và";
        // "tới thăm", "đến làm việc": a visit of the leader's own; "tới
        // dự": a guest.
        let visits = ["tới", "đến", "về"].contains(&word)
            && OWN_ACTS
                .iter()
                .any(|v| at[word.len()..].trim_start().starts_with(v.as_str()));
        if !visits && ["dự", "tham", "tới", "đến", "về", "chúc"].contains(&word) {
            return false;
        }
        match at.find(' ') {
            Some(p) => at = &at[p + 1..],
            None => return false,
        }
    }
    false
}

/// Whether a headline or lead (lower case) reports a state visit ("bắt đầu
/// chuyến thăm cấp Nhà nước tới Việt Nam"): the head of state hosts it or
/// makes it, whatever city the guest stops in. So does the state with its
/// own ceremonies: an official welcome, envoys presenting their
/// credentials to the President, a state funeral ("Quốc tang").
fn state_visit(lower: &str) -> bool {
    use crate::parse::text::Needle;
    static STATE: [Needle; 4] = [
        Needle::new("thăm cấp nhà nước"),
        Needle::new("lễ đón chính thức"),
        Needle::new("trình quốc thư"),
        Needle::new("quốc tang"),
    ];
    STATE.iter().any(|n| n.find(lower).is_some())
}

/// Passive decisions on a cadre (`assets/lexicon/cadre_decisions.txt`).
static CADRE_DECISIONS: LazyLock<Vec<String>> =
    LazyLock::new(|| phrases(crate::parse::lexicon::CADRE_DECISIONS, ""));

/// A searcher for each of `CADRE_DECISIONS` as a word of its own (a space
/// before it), built once: every lead's headline is searched for them all.
static CADRE_DECISION_FINDERS: LazyLock<Vec<memchr::memmem::Finder<'static>>> =
    LazyLock::new(|| {
        CADRE_DECISIONS
            .iter()
            .map(|v| memchr::memmem::Finder::new(&format!(" {v}")).into_owned())
            .collect()
    });

/// Each of `CADRE_DECISIONS` split at its first space: a searcher for its
/// voice as a word of its own (" được ", " bị ") and its verb, built once
/// rather than per headline, as `agent_decision_level` asks them all.
static CADRE_DECISION_VOICES: LazyLock<Vec<(memchr::memmem::Finder<'static>, String)>> =
    LazyLock::new(|| {
        CADRE_DECISIONS
            .iter()
            .filter_map(|d| d.split_once(' '))
            .map(|(voice, verb)| {
                let marker = format!(" {voice} ");
                (
                    memchr::memmem::Finder::new(&marker).into_owned(),
                    verb.to_owned(),
                )
            })
            .collect()
    });

/// The level above `level`: the one that manages the leaders of its units.
fn level_above(level: Level, two_level: bool) -> Level {
    match level {
        Level::Central | Level::Provincial => Level::Central,
        Level::District => Level::Provincial,
        Level::Commune if two_level => Level::Provincial,
        Level::Commune => Level::District,
    }
}

/// The level of the body that decides on a cadre a headline reports as
/// undergoing a decision with no deciding body named ("6 Bí thư Tỉnh ủy
/// được điều động về Trung ương"): the body the cadre is sent to, or the
/// level above a unit's party or people's committee whose leader the
/// cadre is ("Bí thư Tỉnh ủy" is managed by the centre), whichever is
/// higher. A department's head ("Giám đốc Sở") is managed by the unit.
fn cadre_decision_level(
    head: &str,
    of: impl Fn(&str) -> Option<Level>,
    two_level: bool,
) -> Option<Level> {
    let Some((at, verb)) = CADRE_DECISION_FINDERS
        .iter()
        .zip(CADRE_DECISIONS.iter())
        .filter_map(|(f, v)| f.find(head.as_bytes()).map(|at| (at, v)))
        .min_by_key(|(at, _)| *at)
    else {
        return agent_decision_level(head, of);
    };
    let subject = organizer_before(&head[..at]);
    let rest = &head[at + 1 + verb.len()..];
    let named_after = &rest[..rest.find(". ").unwrap_or(rest.len())];
    // "A bị cách chức Chủ tịch UBND tỉnh": the post named after a removal
    // is the one held, managed like the subject's own, not one the cadre
    // is sent to.
    let destination = if verb.ends_with("cách chức") {
        managing_level(named_after, &of, two_level)
    } else {
        of(named_after)
    };
    let managed = managing_level(subject, &of, two_level);
    // `Level` orders the centre first: the higher body is the lesser.
    destination.into_iter().chain(managed).min()
}

/// The level that manages the holder of the post `held` names, when the
/// post leads a unit's party or people's committee: the level above the
/// unit's ("Bí thư Tỉnh ủy" is managed by the centre).
fn managing_level(
    held: &str,
    of: &impl Fn(&str) -> Option<Level>,
    two_level: bool,
) -> Option<Level> {
    // "Chủ tịch tỉnh A" is the people's committee's chairman, the organ
    // left unsaid.
    let chairs_unit = [
        "chủ tịch tỉnh",
        "chủ tịch thành phố",
        "chủ tịch huyện",
        "chủ tịch xã",
        "chủ tịch phường",
    ]
    .iter()
    .any(|o| held.contains(o));
    let leads_unit = chairs_unit
        || ["bí thư", "chủ tịch"].iter().any(|o| held.contains(o)) && has_word(&ORGAN, held);
    leads_unit
        .then(|| of(held).map(|l| level_above(l, two_level)))
        .flatten()
}

/// Most words of the body named between "được"/"bị" and the verb of a
/// decision on a cadre ("được Ban Thường vụ Tỉnh ủy điều động").
const MAX_DECIDER_WORDS: usize = 8;

/// The level of a decision on a cadre whose deciding body the headline
/// names between "được"/"bị" and its verb ("5 cán bộ được Bộ Chính trị
/// điều động về Trung ương", "Chủ tịch xã bị Ban Thường vụ Huyện ủy kỷ
/// luật"): that body's, or the one the cadre is sent to, whichever is
/// higher. The cadre's own post says nothing once the decider is named.
fn agent_decision_level(head: &str, of: impl Fn(&str) -> Option<Level>) -> Option<Level> {
    CADRE_DECISION_VOICES.iter().find_map(|(marker, verb)| {
        let verb = verb.as_str();
        marker.find_iter(head.as_bytes()).find_map(|at| {
            let rest = &head[at + marker.needle().len()..];
            // The verb as a word of its own after one of the agent's words.
            let stop = rest
                .match_indices(' ')
                .map(|(k, _)| k)
                .take(MAX_DECIDER_WORDS)
                .find(|&k| {
                    rest[k + 1..]
                        .strip_prefix(verb)
                        .is_some_and(|after| after.is_empty() || after.starts_with([' ', ',', '.']))
                })?;
            // "được Bộ Chính trị", "bị Ban Thường vụ Huyện ủy": a body or
            // an office whose level is known; a person named alone is not.
            let decider = of(&rest[..stop])?;
            let after = &rest[stop + 1 + verb.len()..];
            let destination = of(&after[..after.find(". ").unwrap_or(after.len())]);
            // `Level` orders the centre first: the higher body is the lesser.
            Some(destination.map_or(decider, |d| d.min(decider)))
        })
    })
}

/// The level of the body a lead names as deciding on a cadre or telling
/// of the decision, when it holds no ceremony ("Ngày 12/5, Ủy ban Kiểm
/// tra Tỉnh ủy A cho biết, Ban Thường vụ Tỉnh ủy đã thi hành kỷ luật …"):
/// a headline's passive decision ("Phó Chủ tịch tỉnh A bị kỷ luật") is
/// then that body's, not the one above the cadre's post. A person who
/// speaks is no body.
fn decider_level(lead: &str, of: impl Fn(&str) -> Option<Level>) -> Option<Level> {
    const DECIDES: [&str; 5] = [
        " cho biết",
        " thi hành kỷ luật",
        " quyết định",
        " công bố",
        " ký quyết định",
    ];
    let end = super::bodies::actor_sentence_end(lead);
    let at = DECIDES
        .iter()
        .filter_map(|v| lead.find(v))
        .filter(|&at| at <= end)
        .min()?;
    let org = organizer_before(&lead[..at]);
    (super::organizer::names_a_body(org) && !super::attended::guest(org) && has_word(&ORGAN, org))
        .then(|| of(org))
        .flatten()
}

/// The level of the body a lead says holds an event ("Sáng 2/7, Tỉnh ủy A
/// tổ chức lễ công bố quyết định …"): the subject of its first "tổ chức",
/// a body and no guest.
fn holder_level(lead: &str, of: impl Fn(&str) -> Option<Level>) -> Option<Level> {
    let end = super::bodies::actor_sentence_end(lead);
    let at = lead.find(" tổ chức ").filter(|&at| at <= end)?;
    let org = organizer_before(&lead[..at]);
    (super::organizer::names_a_body(org) && !super::attended::guest(org))
        .then(|| of(org))
        .flatten()
}

/// The level of the official a headline says chairs its event ("Ông A,
/// Bí thư Tỉnh ủy chủ trì hội nghị"): the one who chairs hosts, whatever
/// bodies the lead goes on to list.
fn chair_named_level(head: &str, of: impl Fn(&str) -> Option<Level>) -> Option<Level> {
    let at = head.find(" chủ trì")?;
    let before = &head[..at];
    // "Dưới sự chủ trì của …" names the chair after the verb.
    if before.ends_with(" sự") || before.contains("dưới sự") {
        return None;
    }
    let subject = organizer_before(before.strip_suffix(" đồng").unwrap_or(before));
    super::attended::guest(subject)
        .then(|| of(subject))
        .flatten()
}

/// Whether a headline that names no organizer of its own ("Tổng Bí thư:
/// TP.HCM chăm lo …" quotes the leader) has a lead saying what a national
/// leader did ("Sáng 9/2, Tổng Bí thư A cùng Đoàn công tác Trung ương có
/// buổi thăm …"), or what the holder of a central body's office did
/// ("Trưởng Ban Dân vận Trung ương B trao quà …").
fn leader_acts_in_lead(
    lowers: &[&str],
    officials: &[Mention],
    of: impl Fn(&str) -> Option<Level>,
) -> bool {
    lowers.first().is_some_and(|h| organizer(h).is_none())
        && lowers
            .iter()
            .skip(1)
            .take(2)
            .any(|l| national_leader_acts(l) || central_holder_acts(l, officials, &of))
}

/// The level of the organizer a later paragraph names, as a body only:
/// "Đồng chí A, Phó Bí thư Tỉnh ủy, tặng hoa chúc mừng Đại hội" is a
/// guest's act. A feature on a province's border guard is the province's
/// before any of its posts a later paragraph names.
fn later_organizer_level(
    lowers: &[&str],
    text: &str,
    of: impl Fn(&str) -> Option<Level>,
) -> Option<Level> {
    // A feature on the province's border guard: a caption's post ("Cán
    // bộ Đồn Biên phòng A, huyện B hướng dẫn …") is one of its units.
    if super::level_words::province_border_feature(lowers, text) {
        return Some(Level::Provincial);
    }
    lowers.iter().skip(2).find_map(|l| {
        organizer(l)
            .filter(|o| !super::attended::guest(o))
            .and_then(&of)
    })
}

/// What is done at the close of a contest someone holds: prizes, cups
/// and medals handed over.
const PRIZE_ACTS: &[&str] = &["trao giải", "trao cúp", "trao huy chương"];

/// Whether the lead, under a headline of sports news ("Kết quả giải bóng
/// đá …"), has prizes handed over: a tournament a body holds, whose
/// officials present them, not a match reported for its score.
fn prizes_presented(lowers: &[&str]) -> bool {
    lowers
        .iter()
        .skip(1)
        .take(2)
        .any(|l| PRIZE_ACTS.iter().any(|w| l.contains(w)))
}

/// Whether a headline is news no body organises (crime, disaster,
/// weather) and no national body acts on it: "…, Ban Chỉ đạo TƯ về phòng
/// chống thiên tai yêu cầu" is the centre's work.
fn news_no_body_acts_on(head: &str, text: &str, date: Option<Date>) -> bool {
    super::news::holds_news(head)
        && !super::news::unit_tournament(head)
        && !levels_in(head, text, date).contains(&Level::Central)
}

/// Events a speech or a visit is said to take place at ("… tại Đại hội
/// …", "… tại Hội nghị …"; `assets/lexicon/held_events.txt`).
static HELD_EVENTS: LazyLock<Vec<String>> =
    LazyLock::new(|| phrases(crate::parse::lexicon::HELD_EVENTS, " "));

/// The level of the body whose event a paragraph places something at:
/// "tại Đại hội đại biểu Đảng bộ xã A lần thứ I" is the commune's.
fn held_at_level(lower: &str, of: impl Fn(&str) -> Option<Level>) -> Option<Level> {
    // "Tại kỳ họp HĐND huyện A, …": a paragraph may open with the venue.
    let opening = lower.starts_with("tại ").then_some((0, "tại "));
    opening
        .into_iter()
        .chain(lower.match_indices(" tại "))
        .find_map(|(at, w)| {
            let rest = &lower[at + w.len()..];
            let event = HELD_EVENTS.iter().find(|e| rest.starts_with(e.as_str()))?;
            // "tại buổi làm việc với Ban Thường vụ Huyện ủy A": the body after
            // "với" receives the visitor, whose work it is; it holds nothing.
            if rest[event.len()..].starts_with("với ") {
                return None;
            }
            let end = [", ", ". ", " lần ", " nhiệm kỳ", " khóa ", " năm "]
                .iter()
                .filter_map(|w| rest.find(w))
                .min()
                .unwrap_or(rest.len());
            of(&rest[..end])
        })
}

/// The level of the body at whose seat a paragraph holds its event:
/// "Hội nghị giao ban dự kiến tổ chức vào ngày 18/12 tại cơ quan Ban Dân
/// vận Trung ương" is the centre's; the body whose offices host a meeting
/// holds it. A paragraph naming no meeting (a visit's stop at a seat)
/// says nothing.
fn seat_level(lower: &str, of: impl Fn(&str) -> Option<Level>) -> Option<Level> {
    if !HELD_EVENTS.iter().any(|e| lower.contains(e.as_str())) {
        return None;
    }
    [" tại trụ sở ", " tại cơ quan "].iter().find_map(|w| {
        let rest = &lower[lower.find(w)? + w.len()..];
        let end = [", ", ". ", " về ", " với ", " để ", " nhằm "]
            .iter()
            .filter_map(|w| rest.find(w))
            .min()
            .unwrap_or(rest.len());
        of(rest[..end].trim_end_matches(['.', ' ']))
    })
}

/// The level of the organizer the headline or the lead names. "Đảng ủy xã
/// A tổ chức hội nghị trực tuyến" over a lead "Ban Thường vụ Tỉnh ủy tổ
/// chức hội nghị … trực tuyến tại các điểm cầu": an online meeting is the
/// body's that holds it at its main bridge; a local bridge only joins it.
fn opening_organizer_level(
    lowers: &[&str],
    of_org: impl Fn(&str) -> Option<Level>,
) -> Option<Level> {
    let online = lowers
        .iter()
        .take(2)
        .any(|l| ONLINE.iter().any(|w| l.contains(w)));
    // "Trưởng ban Nội chính Trung ương đề nghị tỉnh A …" over a lead "Sáng
    // 2/10, tỉnh A khai mạc Đại hội …": a headline that quotes a guest's
    // words leaves the host to the lead's body.
    let quotes_guest = lowers.first().and_then(|h| organizer(h)).is_some_and(guest)
        && lowers
            .get(1)
            .and_then(|l| organizer(l))
            .is_some_and(|o| !guest(o));
    let opening: Vec<&str> = if quotes_guest {
        lowers.iter().take(2).rev().copied().collect()
    } else {
        lowers.iter().take(2).copied().collect()
    };
    // "Huyện A: Hội LHPN tỉnh tổ chức hội thi": a headline's kicker says
    // where; the body the headline names after it holds the event.
    let opening: Vec<&str> = opening.into_iter().map(after_unit_kicker).collect();
    let mut organizers = opening.iter().filter_map(|l| organizer_level(l, &of_org));
    // `Level` orders the centre first: the main bridge is the lesser.
    let organizer = if online {
        organizers.min()
    } else {
        organizers.next()
    };
    // "Ông A và ông B, đại biểu Quốc hội tỉnh C, có buổi tiếp xúc cử tri
    // huyện D": deputies of the National Assembly meet voters as their
    // province's delegation.
    let deputies_meet_voters =
        |l: &&str| meets_voters(l) && (l.contains("quốc hội") || l.contains("đbqh"));
    // A central official named first among them is a deputy of that
    // delegation too ("bà A, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam
    // và Đoàn ĐBQH tỉnh B tiếp xúc cử tri …").
    let meet_voters = || {
        lowers
            .iter()
            .take(2)
            .any(deputies_meet_voters)
            .then_some(Level::Provincial)
    };
    match organizer {
        Some(Level::Central) => meet_voters().or(organizer),
        Some(_) => organizer,
        None => meet_voters(),
    }
}

/// Unit words a headline's place kicker opens with ("huyện a: …"),
/// besides a unit's own (`vocab::UNIT_WORDS`).
const KICKER_UNITS: &[&str] = &["thành phố"];

/// Most words of a unit named as a headline's kicker ("thành phố a b").
const KICKER_WORDS: usize = 6;

/// `line` (lower case) after a kicker that names a unit ("huyện a: hội
/// lhpn tỉnh tổ chức …" gives "hội lhpn tỉnh tổ chức …"), else `line`.
fn after_unit_kicker(line: &str) -> &str {
    match line.split_once(": ") {
        Some((kicker, rest))
            if crate::parse::vocab::UNIT_WORDS
                .iter()
                .chain(KICKER_UNITS)
                .any(|u| kicker.strip_prefix(*u).is_some_and(|r| r.starts_with(' ')))
                && kicker.split(' ').count() <= KICKER_WORDS
                && !rest.is_empty() =>
        {
            rest
        }
        _ => line,
    }
}

/// Most bytes between "tiếp xúc" and "cử tri" in one meeting with voters
/// ("tiếp xúc với cử tri", "tiếp xúc, gặp gỡ cử tri", "tiếp xúc, trao đổi
/// với cử tri").
const VOTERS_AFTER_MEETING: usize = 28;

/// Whether a line (lower case) tells of meeting voters: "tiếp xúc", then
/// "cử tri" a few words on.
fn meets_voters(lower: &str) -> bool {
    lower.match_indices("tiếp xúc").any(|(at, m)| {
        lower[at + m.len()..]
            .find("cử tri")
            .is_some_and(|k| k <= VOTERS_AFTER_MEETING)
    })
}

/// Words of a meeting held online over several bridges ("điểm cầu").
const ONLINE: &[&str] = &["trực tuyến", "điểm cầu"];

/// The level of a short kicker that names a body ("Bộ Y tế: …").
fn kicker_body(kicker: &str, of: impl Fn(&str) -> Option<Level>) -> Option<Level> {
    (kicker.split(' ').count() <= 6)
        .then(|| of(kicker))
        .flatten()
}

/// The headline and paragraphs without those that only cite a law: a
/// notice opens with the laws it rests on, one per paragraph ("Căn cứ
/// Nghị định … của Chính phủ;"), and its lead is the paragraph after them.
/// A ward's report may open with a paragraph that only names what it
/// carries out ("Thực hiện Điều 125 Luật …; Quyết định số 1738-QĐ/TU,
/// ngày 27/01/2015 của Ban Thường vụ Thành ủy …."): the issuers there
/// act in no event.
fn without_citations<'a>(lowers: &'a [&'a str]) -> std::borrow::Cow<'a, [&'a str]> {
    let cites = |k: usize, l: &str| {
        k > 0 && (l.starts_with("căn cứ ") || k + 1 < lowers.len() && only_basis(l))
    };
    if !lowers.iter().enumerate().any(|(k, l)| cites(k, l)) {
        return std::borrow::Cow::Borrowed(lowers);
    }
    let kept = lowers
        .iter()
        .enumerate()
        .filter(|(k, l)| !cites(*k, l))
        .map(|(_, l)| *l);
    std::borrow::Cow::Owned(kept.collect())
}

/// A document's code with the date it was issued ("1738-qđ/tu, ngày 27/01/2015").
pub(super) static DATED_CODE: LazyLock<Rx> = LazyLock::new(|| {
    Rx::new(
        r"[0-9]+[a-z]?\s?[-/–]\s?[^\s,;]+,?\s*(?:ban hành )?ngày\s*[0-9]{1,2}\s*[/.-]\s*[0-9]{1,2}\s*[/.-]\s*[0-9]{4}",
    )
});
/// A date or a time of day left in a paragraph once its documents' dates are gone.
pub(super) static EVENT_TIME: LazyLock<Rx> = LazyLock::new(|| {
    Rx::new(
        r"[0-9]{1,2}\s*[/.-]\s*[0-9]{1,2}|(?:^|[^\p{L}])(?:sáng|chiều|tối|trưa|đêm|hôm|vừa qua|mới đây|vừa)(?:[^\p{L}]|$)",
    )
});

/// Whether a paragraph opening with "thực hiện" only names the documents
/// it carries out: no date or time of day but those documents' dates.
pub(super) fn only_basis(lower: &str) -> bool {
    if !lower.starts_with("thực hiện ") || !DATED_CODE.is_match(lower) {
        return false;
    }
    let mut rest = String::with_capacity(lower.len());
    let mut from = 0;
    for m in DATED_CODE.find_iter(lower) {
        rest.push_str(&lower[from..m.start()]);
        rest.push(' ');
        from = m.end();
    }
    rest.push_str(&lower[from..]);
    // "nghị định số 27/2022/nđ-cp": a code's number and year, no day.
    let timed = EVENT_TIME
        .find_iter(&rest)
        .any(|m| !rest[m.end()..].starts_with(|c: char| c.is_ascii_digit() || c == '/'));
    !timed
}

/// A paragraph from the sentence after its first when that one only
/// names the documents the paragraph carries out ("thực hiện quy định số
/// 08-qđi/tw ngày 12/3/2020 của bộ chính trị, …. sáng 6/11, phường a tổ
/// chức …"): the issuers there act in no event; the sentence after names
/// the body that does.
pub(super) fn past_basis(lower: &str) -> &str {
    if !lower.starts_with("thực hiện ") {
        return lower;
    }
    let Some(end) = lower.find(". ") else {
        return lower;
    };
    let rest = lower[end + 2..].trim_start();
    if rest.is_empty() || !only_basis(&lower[..end]) {
        return lower;
    }
    rest
}

/// The lines, without a repeated headline, with each paragraph read past
/// the documents its first sentence only cites (`past_basis`). A headline
/// cut from such a lead is that citation: the lead past it is read instead.
fn past_citations<'b>(plain: &'b [std::borrow::Cow<'_, str>]) -> Vec<&'b str> {
    let mut lines = without_repeated_head(plain.iter().map(AsRef::as_ref).collect());
    if let [head, lead, ..] = lines[..] {
        if lead.starts_with(head) && past_basis(lead).len() < lead.len() {
            lines.remove(0);
        }
    }
    lines.into_iter().map(past_basis).collect()
}

/// The level of the official who chairs, else of the host among those
/// named (`host_level`).
fn chair_or_host_level(
    chaired: Option<&Mention>,
    officials: &[Mention],
    of: impl Fn(&str) -> Option<Level>,
) -> Option<Level> {
    let title_level = |m: &Mention| {
        let titles = lower_same(&m.titles.join(", "));
        of(&titles).or_else(|| village_office(&titles))
    };
    match chaired {
        Some(m) => title_level(m),
        None => host_level(officials, title_level, &of),
    }
}

/// The commune's level for the offices a village of the Central
/// Highlands gives its own people ("Già làng", "Trưởng làng", "Bí thư Chi
/// bộ làng A"), which name no body of their own: a portrait of one is
/// the village's, the lowest level there is. Said of the elders in
/// general ("vai trò của già làng"), the words are no one's post and
/// name no level (`levels_in`). So are the posts the law sets up in a
/// commune or its villages only, whatever place follows them: the
/// commune's police officer for a village ("Công an viên"), the head of
/// a village or hamlet, and the commune's or village's militia chief
/// ("Xã đội trưởng", "Thôn đội trưởng").
fn village_office(titles: &str) -> Option<Level> {
    COMMUNE_ONLY_OFFICES
        .iter()
        .any(|o| {
            titles.split(", ").any(|t| {
                t.match_indices(o)
                    .any(|(at, _)| at == 0 || t[..at].ends_with(' '))
            })
        })
        .then_some(Level::Commune)
}

/// Offices held in a commune or one of its villages only (lower case).
const COMMUNE_ONLY_OFFICES: &[&str] = &[
    "già làng",
    "trưởng làng",
    "chi bộ làng",
    "công an viên",
    "trưởng thôn",
    "trưởng bản",
    "trưởng ấp",
    "xã đội trưởng",
    "xã đội phó",
    "thôn đội trưởng",
];

/// Words that open an interview's subject in a lead ("phóng viên đã
/// phỏng vấn ông A - Trưởng Ban Dân vận Thành ủy B", "cuộc trao đổi với
/// đồng chí C").
const INTERVIEWS: &[&str] = &["phỏng vấn ", "trao đổi với "];

/// Most bytes between an interview's verb and the name of the one
/// interviewed ("phỏng vấn đồng chí Thượng tá A").
const MAX_BEFORE_INTERVIEWEE: usize = 40;

/// The level of the official a headline (the first of `lowers`) with no
/// event of its own is an interview with: the lead, or one of the
/// paragraphs after it (`lowers`, then `body`), says who was interviewed
/// ("Nhân kỷ niệm …, phóng viên đã phỏng vấn ông A - Trưởng Ban Dân vận
/// Thành ủy B"). An interview reports no meeting: the anniversary or the
/// resolution it is about names other bodies, but the one who speaks
/// holds the report's level.
fn interviewee_level(
    lowers: &[&str],
    body: &[&str],
    officials: &[Mention],
    of: impl Fn(&str) -> Option<Level>,
) -> Option<Level> {
    if lowers.first().is_none_or(|h| names_event(h)) {
        return None;
    }
    let paragraphs = lowers.iter().skip(1).chain(body).take(3);
    paragraphs.into_iter().find_map(|p| {
        INTERVIEWS.iter().find_map(|verb| {
            let rest = &p[p.find(verb)? + verb.len()..];
            let mut end = MAX_BEFORE_INTERVIEWEE.min(rest.len());
            while !rest.is_char_boundary(end) {
                end -= 1;
            }
            let window = &rest[..end];
            let one = officials
                .iter()
                .find(|m| !m.titles.is_empty() && window.contains(&lower_same(&m.name)))?;
            of(&lower_same(&one.titles.join(", ")))
        })
    })
}

/// The level of the host among the officials a report names when none
/// chairs: the first named, unless only attending ("Về dự, chỉ đạo Hội
/// nghị có đồng chí A, Trưởng Ban Tổ chức Tỉnh ủy" names a guest). A guest
/// comes to the host's event: the host is then the first official who
/// speaks and did not come as a guest ("đồng chí B, Bí thư Huyện ủy phát
/// biểu"), else the lowest level
/// the attendees hold ("Tham dự có bà A, Chủ tịch UBMTTQ thành phố; ông B,
/// Bí thư Đảng ủy phường": the ward's congress).
fn host_level(
    officials: &[Mention],
    of: impl Fn(&Mention) -> Option<Level>,
    of_title: impl Fn(&str) -> Option<Level>,
) -> Option<Level> {
    // "PGS.TS A, nguyên Phó Trưởng ban Tuyên giáo Trung ương" speaks at
    // the meeting but holds no office that could host it.
    let former = |m: &Mention| {
        let offices = m.titles.iter().map(|t| lower_same(t));
        let mut offices = offices.filter(|t| of_title(t).is_some()).peekable();
        offices.peek().is_some() && offices.all(|t| t.starts_with("nguyên "))
    };
    let serving: Vec<&Mention> = officials.iter().filter(|m| !former(m)).collect();
    let officials = serving.as_slice();
    let first = *officials.first()?;
    if first.roles != [Role::Attendee] {
        return of(first);
    }
    // One said to attend and then to speak ("Phó Chủ tịch Quốc hội A tới
    // dự. Phát biểu tại kỳ họp, Phó Chủ tịch Quốc hội A …") speaks as a
    // guest: the host is among the others.
    let speaks =
        |m: &&&Mention| m.roles.contains(&Role::Speaker) && !m.roles.contains(&Role::Attendee);
    if let Some(l) = officials.iter().filter(speaks).find_map(|m| of(m)) {
        return Some(l);
    }
    // `Level` orders the centre first: the lowest level is the greatest.
    officials
        .iter()
        .filter(|m| m.roles.contains(&Role::Attendee))
        .filter_map(|m| of(m))
        .max()
}

/// The level of the body the headline or lead names as the organizer
/// ("do X tổ chức"; a later paragraph only through its opening
/// organizer), else of the body that decides on a cadre ("Bí thư Tỉnh ủy
/// được điều động"), unless the lead says who holds the ceremony that
/// announces it; else of the body that elects to the post the headline or
/// lead names (`elected_post_level`).
fn named_level(
    lowers: &[&str],
    of: impl Fn(&str) -> Option<Level> + Copy,
    two_level: bool,
) -> Option<Level> {
    let named = lowers
        .iter()
        .take(2)
        .find_map(|l| named_organizer(l).or_else(|| inviting_host(l)).and_then(of));
    let decided = || cadre_decision_level(lowers.first()?, of, two_level);
    let elected = || {
        lowers
            .iter()
            .take(2)
            .find_map(|l| elected_post_level(l, of))
    };
    named
        .or_else(|| {
            let decision = decided()?;
            let of_org = |o: &str| org_level(o, of, two_level);
            lowers
                .get(1)
                .and_then(|l| holder_level(l, of_org).or_else(|| decider_level(l, of_org)))
                .or(Some(decision))
        })
        .or_else(elected)
}

/// The verbs of an election to a post, each with the space after it: the
/// post that follows names the body whose members elect ("được bầu làm
/// Phó Bí thư Tỉnh ủy": the provincial committee votes).
const ELECTED: &[&str] = &[
    "được bầu làm ",
    "được bầu giữ chức vụ ",
    "được bầu giữ chức danh ",
    "được bầu giữ chức ",
    "được bầu bổ sung làm ",
    "được bầu bổ sung giữ chức ",
    "được bầu là ",
    "trúng cử chức ",
    "tái đắc cử chức ",
];

/// The level of the body a headline or lead says elected someone to its
/// post ("Ông A, Bí thư Thành ủy B, được bầu làm Phó Bí thư Tỉnh ủy C"):
/// the post's body holds the vote, not the one the person came from.
fn elected_post_level(lower: &str, of: impl Fn(&str) -> Option<Level>) -> Option<Level> {
    // Each phrase's searcher is built once: a headline and a lead are asked
    // on every page, and building a searcher per phrase cost more than the
    // search.
    static ELECTED_FINDERS: LazyLock<Vec<memchr::memmem::Finder<'static>>> = LazyLock::new(|| {
        ELECTED
            .iter()
            .map(|v| memchr::memmem::Finder::new(v.as_bytes()))
            .collect()
    });
    let (at, verb) = ELECTED_FINDERS
        .iter()
        .filter_map(|f| f.find(lower.as_bytes()).map(|at| (at, f.needle().len())))
        .min()?;
    let post = &lower[at + verb..];
    let end = [" với ", ", ", ". ", "; ", " nhiệm kỳ", " khóa ", " thay "]
        .iter()
        .filter_map(|w| post.find(w))
        .min()
        .unwrap_or(post.len());
    of(&post[..end])
}

/// `org` without the abbreviations it spells out in brackets inside a
/// body's name ("tổng liên đoàn lao động (lđlđ) việt nam"): the name reads
/// whole without them, nor with the counts it breaks down in brackets. A
/// bracket of several words ("(tỉnh a)") stays.
fn without_bracketed_abbreviations(org: &str) -> std::borrow::Cow<'_, str> {
    if !org.contains(" (") {
        return std::borrow::Cow::Borrowed(org);
    }
    let mut out = String::with_capacity(org.len());
    let mut rest = org;
    while let Some(open) = rest.find(" (") {
        let inner = &rest[open + 2..];
        match inner.find(')') {
            // "8/8 Hội CCB cấp huyện (108 Hội cơ sở xã, phường …)": an
            // aside that opens with a number breaks a count down into the
            // units it covers; none of them is the organizer.
            Some(close)
                if close > 0
                    && (!inner[..close].contains(' ')
                        || inner.starts_with(|c: char| c.is_ascii_digit())) =>
            {
                out.push_str(&rest[..open]);
                rest = &inner[close + 1..];
            }
            _ => {
                out.push_str(&rest[..open + 2]);
                rest = inner;
            }
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// `org` without the constituency a group of deputies is elected in
/// ("tổ đại biểu hđnd tỉnh đơn vị huyện a", "đoàn đbqh tỉnh đơn vị bầu cử
/// số 2"): the deputies are of the council or assembly they sit in, the
/// unit after "đơn vị" only where their voters live.
fn without_constituency(org: &str) -> &str {
    match org.find(" đơn vị ") {
        Some(at)
            if ["đại biểu", "đbqh", "hđnd", "hội đồng nhân dân", "quốc hội"]
                .iter()
                .any(|w| org[..at].contains(w)) =>
        {
            &org[..at]
        }
        _ => org,
    }
}

/// The lowest level a body's name `org` names, its bracketed
/// abbreviations left out; the bodies of every tier ("Ủy ban MTTQ Việt
/// Nam các cấp") are no one body and name none.
fn body_level(org: &str, text: &str, date: Option<Date>) -> Option<Level> {
    if every_tier(org) {
        return None;
    }
    let levels = levels_in(
        &without_bracketed_abbreviations(without_constituency(org)),
        text,
        date,
    );
    // A body abroad ranks in its own state, not in Vietnam's: its
    // ministry or parliament makes no report central; its province or
    // district still tells the peers it visits. Asked only of a body
    // read as central, the rarer case.
    let abroad = levels.contains(&Level::Central) && foreign_body(org);
    levels
        .into_iter()
        .filter(|&l| !(abroad && l == Level::Central))
        .max()
}

/// Whether the lower-case `org` is a body of another state: its name
/// closes on a country, in brackets or not, before the verb of its
/// visit if any ("Đoàn Bộ Quốc phòng Hoàng gia Thái Lan sang", "Bộ
/// Quốc phòng Lào", "tỉnh Sê Kông (Lào)"). A name pairing Vietnam with
/// the country is a friendship society's here ("Hội Hữu nghị Việt Nam -
/// Lào").
pub(super) fn foreign_body(org: &str) -> bool {
    if org.contains("việt") {
        return false;
    }
    // The name ends where the visit is told ("… sang thăm và …") or a
    // linking word brings a second party ("… cùng Đại sứ quán A").
    let words: Vec<&str> = org
        .split(|c: char| !(is_letter(c) || c == '-'))
        .filter(|w| !w.is_empty())
        .take_while(|w| {
            !super::level_words::COMING.contains(w)
                && !LINKS.contains(w)
                && !crate::parse::lexicon::is_visit(w)
        })
        .collect();
    (1..=3.min(words.len())).any(|n| {
        let first = words.len() - n;
        if !crate::parse::vocab::is_country(&words[first..].join(" ")) {
            return false;
        }
        // "xã Tân Mỹ", "phường Hòa Mỹ": a unit's own name may end on a
        // country's syllable; "tỉnh A (Lào)" brackets the country.
        let at = words[first].as_ptr() as usize - org.as_ptr() as usize;
        let bracketed = org[..at].trim_end().ends_with('(');
        bracketed
            || !words[first.saturating_sub(3)..first]
                .iter()
                .any(|w| crate::parse::vocab::UNIT_KIND_WORDS.contains(w))
    })
}

/// Linking words no body's name runs across: a second party follows.
const LINKS: &[&str] = &["cùng", "với", "tại", "của", "cho"];

/// Whether `org` ends on "các cấp": the Front or a union "at every
/// tier" names the whole system, from the centre to the commune, so no
/// level of its own ("Hội Nông dân Việt Nam các cấp" is not the national
/// union); a unit after it places it ("các cấp TP Hà Nội" is the city's).
fn every_tier(org: &str) -> bool {
    let org = org.trim_end_matches(|c: char| !is_letter(c));
    org.strip_suffix("các cấp")
        .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
        || tier_span(org)
}

/// Whether `org` ends on a span of tiers ("Hội Phụ nữ từ cấp huyện tới
/// cấp xã", "Hội Nông dân từ tỉnh tới cơ sở", "Công đoàn từ Trung ương
/// đến cơ sở"): the bodies of each tier in the span, no one of them, so no
/// level of their own, as with "các cấp".
pub(super) fn tier_span(org: &str) -> bool {
    let Some(at) = org
        .rfind("từ ")
        .filter(|&k| k == 0 || org[..k].ends_with(' '))
    else {
        return false;
    };
    let rest = &org[at + "từ ".len()..];
    // The text before a later verb keeps what follows the subject ("…
    // tới cơ sở đang triển khai"): a tense word ends the span.
    tier_span_len(rest).is_some_and(|n| {
        let next = rest[n..].split_whitespace().next().unwrap_or("");
        matches!(next, "" | "đã" | "đang" | "sẽ" | "vừa" | "cũng" | "đều")
    })
}

/// `lower` without the spans of tiers it names ("từ cấp huyện đến cấp xã",
/// "từ trung ương tới cơ sở"): a span names each tier in it alike, so
/// none of them is the level of the text that counts it.
fn without_tier_spans(lower: &str) -> std::borrow::Cow<'_, str> {
    let mut out = String::new();
    let mut last = 0;
    for (at, _) in lower.match_indices("từ ") {
        if at < last || (at > 0 && !lower[..at].ends_with(' ')) {
            continue;
        }
        if let Some(len) = tier_span_len(&lower[at + "từ ".len()..]) {
            out.push_str(&lower[last..at]);
            last = at + "từ ".len() + len;
        }
    }
    if last == 0 {
        return std::borrow::Cow::Borrowed(lower);
    }
    out.push_str(&lower[last..]);
    std::borrow::Cow::Owned(out)
}

/// The length of the span of tiers `rest` opens with ("cấp huyện tới cơ sở",
/// "trung ương tới cơ sở").
fn tier_span_len(rest: &str) -> Option<usize> {
    let from = tier_len(rest)?;
    let after = &rest[from..];
    let sep = [" đến ", " tới "]
        .iter()
        .find(|s| after.starts_with(**s))?
        .len();
    Some(from + sep + tier_len(&after[sep..])?)
}

/// The words of a tier: the kinds of unit and the system's two ends, the
/// longer first ("thành phố" must not be read as a kind of one word).
static TIER_WORDS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    let kinds = crate::units::Kind::WRITTEN.iter().map(|k| k.as_str());
    let mut words: Vec<&str> = ["trung ương", "cơ sở"].into_iter().chain(kinds).collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    words
});

/// The length of the tier `s` opens with: a unit's kind ("tỉnh", "cấp
/// xã", "thị xã") or one of the system's ends ("trung ương", "cơ sở").
fn tier_len(s: &str) -> Option<usize> {
    let skip = if s.starts_with("cấp ") {
        "cấp ".len()
    } else {
        0
    };
    let s = &s[skip..];
    let ends = |w: &str| {
        s.strip_prefix(w)
            .filter(|r| r.is_empty() || r.starts_with([' ', ',', '.', ';']))
    };
    TIER_WORDS
        .iter()
        .find(|w| ends(w).is_some())
        .map(|w| skip + w.len())
}

/// The paragraph a headline opens: a page with no headline of its own
/// has its first sentence read as one, and the rest of that paragraph
/// (the storm's centre, the force of its wind) says what the news is
/// about as well as a headline would.
fn opening_paragraph<'a>(lowers: &[&'a str], head: &'a str) -> &'a str {
    let head_text = head.trim_end_matches(['.', ' ']);
    // "Ngày 15/12, Công an phường A tiếp nhận tin báo …": the headline read
    // off the first sentence leaves out the time that opens it.
    let opens_with_head = |lead: &str| {
        lead.starts_with(head_text)
            || lead.split_once(", ").is_some_and(|(time, rest)| {
                super::organizer::opens_with_time(time) && rest.starts_with(head_text)
            })
    };
    lowers
        .get(1)
        .filter(|lead| !head_text.is_empty() && opens_with_head(lead))
        .map_or(head, |lead| *lead)
}

/// Whether the headline, or the opening a page with no headline of its
/// own reads as one, is news no body organises: the whole paragraph the
/// headline opens, or that paragraph's first sentence alone. A crime's
/// first sentence tells the case ("Sáng 12/3, Công an xã A tiếp nhận
/// trình báo … bị kẻ gian đột nhập trộm …"); the sentences after it tell
/// how the police worked it ("triển khai các biện pháp nghiệp vụ", "hỗ
/// trợ truy bắt"), which names no event a body holds.
fn opens_on_news(lowers: &[&str], head: &str) -> bool {
    let paragraph = opening_paragraph(lowers, head);
    no_level_news(paragraph)
        || (paragraph != head && no_level_news(first_sentence_of(paragraph, head)))
}

/// The sentence of `paragraph` that the headline `head` was read off:
/// up to the first full stop past the headline's words, since a
/// headline read off a sentence may stop short of its end (at a length,
/// or at the initials of a name: "anh L.V.B. về việc …").
fn first_sentence_of<'a>(paragraph: &'a str, head: &str) -> &'a str {
    let head_text = head.trim_end_matches(['.', ' ']);
    let from = paragraph
        .find(head_text)
        .map_or(0, |at| at + head_text.len());
    paragraph[from..]
        .find(". ")
        .map_or(paragraph, |end| &paragraph[..from + end + 1])
}

/// Schools, firms and trade associations (`assets/lexicon/private_bodies.txt`).
static PRIVATE_BODIES: LazyLock<Vec<String>> =
    LazyLock::new(|| phrases(crate::parse::lexicon::PRIVATE_BODIES, " "));

/// Whether the first organizer the headline or the opening paragraphs
/// name is schools, firms or trade associations only ("Sáng 26/5, Trường
/// THCS A (phường 2) tổ chức lễ tổng kết …", "Công ty B, Công ty C trao
/// học bổng …"): their own events have no level, whatever officials
/// attend them. A body of the state beside them ("Công ty D phối hợp với
/// Tỉnh đoàn …") makes the event that body's.
fn private_organizer(lowers: &[&str]) -> bool {
    // "Trao học bổng cho …": a headline opening with its verb names no
    // organizer; the lead does.
    let named = lowers
        .iter()
        .take(3)
        .find_map(|l| organizer(l).filter(|o| !o.is_empty()));
    let Some(org) = named else {
        return false;
    };
    // Cheap gate: most organizers open with no listed body at all.
    if !PRIVATE_BODIES.iter().any(|p| org.contains(p.as_str())) {
        return false;
    }
    // "Công ty A tặng 400 suất quà" over a lead "Ủy ban MTTQ tỉnh đã tiếp
    // nhận 400 suất quà do Công ty A dành tặng": the Front's event; "Tập
    // đoàn B tổ chức công bố quyết định của Thủ tướng": the state's.
    let state_acts = |l: &&str| {
        // "Ông A, Bí thư Thành ủy, tặng hoa …": a guest's act, no body's.
        organizer(l).is_some_and(|o| has_word(&ORGAN, o) && !guest(o))
            || organ_partner(l)
            || names_national_leader(l)
            || l.contains("quyết định")
            || l.contains("bổ nhiệm")
    };
    if lowers.iter().take(3).any(state_acts) {
        return false;
    }
    // "Trường THCS A (phường 2, thành phố B)": the place in brackets is
    // where the body is, no second organizer.
    let org = without_asides(org);
    let mut parts = org
        .split(", ")
        .flat_map(|p| p.split(" với "))
        .flat_map(|p| p.split(" cùng "))
        .map(|p| p.trim_start_matches("phối hợp").trim())
        // "Sáng 29/8, tại thành phố A, Công ty B …": the time and venue
        // before the body.
        .filter(|p| !p.starts_with("tại ") && !super::organizer::opens_with_time(p))
        .peekable();
    // A firm's name may hold "và" ("Công ty Khai thác và Sản xuất …"): a
    // party or state organ after it is what shares the event.
    parts.peek().is_some()
        && parts.all(|p| PRIVATE_BODIES.iter().any(|b| p.starts_with(b.as_str())))
        && !has_word(&ORGAN, &org)
}

/// Whether the organizer of `line` (lower case) works with an organ it
/// names right after "phối hợp (với)" ("Công ty A phối hợp Ủy ban MTTQ xã
/// B trao …", "Trường THCS C phối hợp với Đoàn xã D tổ chức …"): the
/// organ shares the event, which is no firm's or school's alone.
fn organ_partner(line: &str) -> bool {
    const JOINS: &str = " phối hợp ";
    let Some(org) = organizer(line) else {
        return false;
    };
    let Some(at) = line.find(JOINS) else {
        return false;
    };
    // The organizer's own text ends where the partner opens.
    if !line[..at].ends_with(org.trim_end()) {
        return false;
    }
    let rest = &line[at + JOINS.len()..];
    let rest = rest.strip_prefix("với ").unwrap_or(rest);
    let end = [", ", ". ", " tổ chức ", " trao ", " tặng ", " để "]
        .iter()
        .filter_map(|w| rest.find(w))
        .min()
        .unwrap_or(rest.len());
    let partner = &rest[..end];
    has_word(&ORGAN, partner) && !guest(partner)
}

/// `s` without what it holds in brackets.
fn without_asides(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains('(') {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut depth = 0u8;
    for c in s.chars() {
        match c {
            '(' => depth = depth.saturating_add(1),
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Phrases of a mandate: the body named after them gives the authority,
/// the one after the comma acts on it.
const MANDATE: &[&str] = &[
    "thừa ủy quyền",
    "thừa uỷ quyền",
    "được sự ủy quyền",
    "được sự uỷ quyền",
    "được ủy quyền",
    "được uỷ quyền",
    "theo ủy quyền",
    "theo uỷ quyền",
];

/// Most words of a mandate's clause, up to its comma.
const MAX_MANDATE: usize = 14;

/// `lower` without a mandate's clause that opens it or follows its time
/// ("sáng 12-12, thừa ủy quyền của Bộ Tư lệnh Quân khu 2, Bộ CHQS tỉnh
/// tổ chức …" reads "sáng 12-12, Bộ CHQS tỉnh tổ chức …"); none when it
/// has no such clause.
fn without_mandate(lower: &str) -> Option<String> {
    if !lower.contains("quyền") {
        return None;
    }
    let at = MANDATE.iter().filter_map(|m| lower.find(m)).min()?;
    if at > 0 && !lower[..at].trim_end().ends_with(',') {
        return None;
    }
    let comma = lower[at..].find(", ")? + at;
    if lower[at..comma].split(' ').count() > MAX_MANDATE {
        return None;
    }
    Some(format!("{}{}", &lower[..at], &lower[comma + 2..]))
}

/// `lowers` without a lead that only repeats the headline (with its full
/// stop).
fn without_repeated_head(mut lowers: Vec<&str>) -> Vec<&str> {
    let repeats =
        |h: &str, l: &str| l.trim_end_matches(['.', ' ']) == h.trim_end_matches(['.', ' ']);
    if lowers.len() > 2 && repeats(lowers[0], lowers[1]) {
        lowers.remove(1);
    }
    lowers
}

/// "Bình Định: Hội thi dân vận khéo ở phường A": a kicker naming the
/// province (or a district) only says where the news is from; the level of
/// the lower unit the headline's event is held in, or of the lower body
/// the article says organised it ("Hội thi do Đảng ủy phường A tổ chức"),
/// is the report's. `None` unless one is below the kicker's unit.
fn below_kicker_level(
    lowers: &[&str],
    body: &[&str],
    of: impl Fn(&str) -> Option<Level>,
    two_level: bool,
) -> Option<Level> {
    let (kicker, rest) = lowers.first()?.split_once(": ")?;
    let above = unit_level(kicker, two_level)?;
    let organised = || {
        lowers
            .iter()
            .skip(1)
            .chain(body)
            .find_map(|l| named_organizer(l).and_then(&of))
    };
    event_place_level(rest, two_level)
        .or_else(organised)
        .filter(|&l| l > above)
}

/// The headline and lead lines as the level reads them: without a
/// list's bullet ("* Ông A, Bí thư Tỉnh ủy chủ trì …" opens with no
/// word), and without a mandate's clause ("Thừa ủy quyền của Chủ tịch
/// nước, Ban Thường vụ Tỉnh ủy trao …": the body that acts for another
/// organises the event).
fn plain_lines<'a>(lowers: &[&'a str]) -> Vec<std::borrow::Cow<'a, str>> {
    lowers
        .iter()
        .map(|l| {
            let l = l.trim_start_matches(['*', '•', '+', ' ']);
            without_mandate(l).map_or(std::borrow::Cow::Borrowed(l), std::borrow::Cow::Owned)
        })
        .collect()
}

/// The level of the meeting, from the headline and lead in lower case,
/// for a report of `date`.
#[cfg(test)]
pub fn level(
    lowers: &[&str],
    officials: &[Mention],
    text: &str,
    date: Option<Date>,
) -> Option<Level> {
    level_with_body(lowers, &[], officials, text, date)
}

/// `level`, with the paragraphs after those `lowers` holds (lower case):
/// a headline's place kicker yields to the lower unit they name as the
/// organizer.
pub fn level_with_body(
    lowers: &[&str],
    body: &[&str],
    officials: &[Mention],
    text: &str,
    date: Option<Date>,
) -> Option<Level> {
    let found = organizer_or_subject_level(lowers, body, officials, text, date);
    let two_level = date.is_some_and(|d| d >= crate::units::REFORM);
    match (found, tier_completed(lowers, text, date, two_level)) {
        // The lead may name a body of the tier itself or of one further
        // down (a commune's union under "… đại hội … cấp huyện"): both
        // report to the body that directs the whole tier.
        (Some(l), Some(above)) if l > above => Some(above),
        _ => found,
    }
}

/// The level above the tier a headline reports as having completed its
/// congresses or contests ("Tỉnh A: Hoàn thành đại hội Đoàn cấp huyện",
/// "A hoàn thành đại hội phụ nữ cấp cơ sở"), when the headline's own words
/// name no organiser: the progress of every unit of the tier is the news
/// of the body that directs them, though the lead names the tier's own
/// bodies that held them last ("Đoàn huyện B, C tổ chức …", "10 hội LHPN
/// xã … hoàn thành").
fn tier_completed(
    lowers: &[&str],
    text: &str,
    date: Option<Date>,
    two_level: bool,
) -> Option<Level> {
    let head = lowers.first()?;
    // "hoàn tất" says it as "hoàn thành" does; "tổ chức dứt điểm đại hội"
    // holds the last of them.
    if !["hoàn thành", "hoàn tất", "tổ chức dứt điểm"]
        .iter()
        .any(|w| head.contains(w))
    {
        return None;
    }
    let of = |org: &str| body_level(org, text, date);
    if named_level(&lowers[..1], of, two_level).is_some() {
        return None;
    }
    super::bodies::tier_level(head, two_level)
}

/// `level_with_body` before a tier's completion is weighed.
fn organizer_or_subject_level(
    lowers: &[&str],
    body: &[&str],
    officials: &[Mention],
    text: &str,
    date: Option<Date>,
) -> Option<Level> {
    let two_level = date.is_some_and(|d| d >= crate::units::REFORM);
    let plain = plain_lines(lowers);
    // A page with no headline of its own has its first paragraph read as
    // one: the lead is the paragraph after it.
    let unbulleted = past_citations(&plain);
    let lowers = unbulleted.as_slice();
    if let Some(l) = festival_level(lowers) {
        return Some(l);
    }
    let of = |org: &str| body_level(org, text, date);
    if let std::ops::ControlFlow::Break(found) = opening_verdict(lowers, officials, of) {
        return found;
    }
    if let Some(l) = unnamed_congress_level(lowers, body) {
        return Some(l);
    }
    let lowers = &*without_citations(lowers);
    let interview = || interviewee_level(lowers, body, officials, of);
    if let Some(l) = interview().or_else(|| named_level(lowers, of, two_level)) {
        return Some(l);
    }
    if let Some(l) = lowers
        .first()
        .and_then(|h| attended_level(h, of, two_level))
    {
        return Some(l);
    }
    if let Some(l) = lowers.first().and_then(|h| chair_named_level(h, of)) {
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
    if let Some(l) = opening_organizer_level(lowers, of_org) {
        return Some(l);
    }
    // "Hớn Quản tổ chức tọa đàm": a bare unit name as the organizer.
    // A kicker naming a wider unit yields to a lower one the headline or
    // the article names (`below_kicker_level`).
    let bare =
        |h: &&str| bare_unit_level(h, of, two_level).or_else(|| event_place_level(h, two_level));
    if let Some(l) = lowers
        .first()
        .and_then(bare)
        .or_else(|| below_kicker_level(lowers, body, of, two_level))
    {
        return Some(l);
    }
    if let Some(l) = later_organizer_level(lowers, text, of) {
        return Some(l);
    }
    // "Phú Hòa: Hoàn thành hội thi …": the headline's kicker names the
    // place, which holds the event when the lead names no organizer.
    if let Some(l) = lowers
        .first()
        .and_then(|h| h.split_once(": ").map(|(k, _)| k))
        // "Bộ Y tế: …" names a body, "Phú Hòa: …" a unit.
        .and_then(|org| unit_level(org, two_level).or_else(|| kicker_body(org, of)))
    {
        return Some(l);
    }
    if lowers
        .first()
        .is_some_and(|h| news_no_body_acts_on(h, text, date))
        && !prizes_presented(lowers)
    {
        return None;
    }
    // "Đồng chí A, Bí thư Tỉnh ủy, đến dự đại hội Đảng bộ xã B": the
    // lead names the event the leaders attend.
    // A lead that sums the article up may leave the event to the next
    // paragraph ("Tối 9-11, người dân đã tham dự Ngày hội … của khu phố 29").
    if let Some(l) = lowers
        .iter()
        .skip(1)
        .take(2)
        .find_map(|l| attended_level(l, of, two_level))
    {
        return Some(l);
    }
    // "Theo Ban Dân vận Huyện ủy A, toàn huyện có …": the body that
    // reports.
    if let Some(l) = reported_level(lowers, of) {
        return Some(l);
    }
    // "… là chỉ đạo của đồng chí A, Phó Bí thư Tỉnh ủy, tại Đại hội Đảng
    // bộ xã B": the event the speakers came to names its body, which
    // holds it; their own offices do not.
    if let Some(l) = lowers.iter().take(3).find_map(|l| held_at_level(l, of)) {
        return Some(l);
    }
    if let Some(l) = lowers.iter().take(3).find_map(|l| seat_level(l, of)) {
        return Some(l);
    }
    let chaired = officials.iter().find(|m| {
        m.roles
            .iter()
            .any(|r| matches!(r, Role::Chair | Role::CoChair))
    });
    if let Some(l) = chair_or_host_level(chaired, officials, of) {
        return Some(l);
    }
    // A portrait, an interview or a feature reports no event: it has the
    // level of the official it is about, if any, and not that of every
    // place it names ("Người có uy tín, trụ cột của buôn làng").
    let about_organ = || lowers.first().is_some_and(|h| has_word(&ORGAN, h));
    if chaired.is_none() && !about_organ() && tells_no_event(lowers) {
        return None;
    }
    // "Lịch tiếp công dân của Chủ tịch UBND xã A": the body the headline
    // names as the owner of what it reports; "Hoàn thành đại hội … cấp
    // huyện": a tier's progress, the level above.
    let owner = |h: &str| owner_level(h, of).or_else(|| super::bodies::tier_level(h, two_level));
    if let Some(l) = lowers.first().and_then(|h| owner(h)) {
        return Some(l);
    }
    most_named_level(text, date)
}

/// The level of the congress a page with no headline of its own opens on
/// by its guests ("Tham dự đại hội có …", "Về dự đại hội có lãnh đạo
/// tỉnh và …"): the lost headline named whose congress it
/// was, and the guests' offices do not say it. The Party organization the
/// page names next with a unit's kind word does ("Ban Chấp hành Đảng bộ
/// phường B", "Đảng bộ xã C đã …"): a commune's or a ward's congress is the
/// commune's affair, a district's ("Đảng bộ huyện D", "Đảng bộ quận E")
/// the district's. The first such organization decides; a province's
/// leaves the level to the other clues.
fn unnamed_congress_level(lowers: &[&str], body: &[&str]) -> Option<Level> {
    // "Quang cảnh phiên trù bị" over "Dự phiên trù bị Đại hội có …": the
    // photo's caption left first; the guests' sentence is the lead.
    let lowers = match lowers {
        [caption, rest @ ..] if !rest.is_empty() && crate::parse::page::scene_only(caption) => rest,
        _ => lowers,
    };
    let head = lowers.first()?;
    let attends = ["tham ", "đến ", "về "]
        .iter()
        .find_map(|w| head.strip_prefix(w))
        .unwrap_or(head)
        .strip_prefix("dự ")?;
    let attends = attends.strip_prefix("và chỉ đạo ").unwrap_or(attends);
    // "Dự phiên trù bị Đại hội có …": one sitting of the congress.
    let attends = CONGRESS_SITTINGS
        .iter()
        .find_map(|w| attends.strip_prefix(w))
        .unwrap_or(attends);
    if attends.starts_with("đại hội có ") {
        let level = lowers
            .iter()
            .chain(body)
            .flat_map(|p| {
                p.match_indices(PARTY_ORGANIZATION)
                    .map(move |(i, m)| &p[i + m.len()..])
            })
            .find_map(crate::units::kind_level);
        if level.is_some() {
            return level.filter(|l| matches!(l, Level::Commune | Level::District));
        }
    }
    let opened = ["đại hội", "hội nghị"]
        .iter()
        .find_map(|m| attends.strip_prefix(m))
        .is_some_and(|rest| [" có ", " có:", ", "].iter().any(|w| rest.starts_with(w)));
    if !opened {
        return None;
    }
    let level = hosting_union_level(lowers, body, head)?;
    matches!(level, Level::Commune | Level::District).then_some(level)
}

/// The sittings of a congress its guests attend ("dự phiên trù bị đại
/// hội có …").
const CONGRESS_SITTINGS: &[&str] = &[
    "phiên trù bị ",
    "phiên họp trù bị ",
    "phiên khai mạc ",
    "phiên chính thức ",
    "phiên bế mạc ",
];

/// The words for a Party organization of a unit, before its kind word
/// ("đảng bộ phường A").
const PARTY_ORGANIZATION: &str = "đảng bộ ";

/// The names of the front and the unions, before the kind word of the
/// unit each one serves ("Ủy ban MTTQ Việt Nam xã A", "Hội Nông dân huyện").
const UNION_NAMES: &[&str] = &[
    "ubmttqvn ",
    "ubmttq ",
    "mttqvn ",
    "mttq việt nam ",
    "mặt trận tổ quốc việt nam ",
    "hội nông dân ",
    "hội cựu chiến binh ",
    "hội ccb ",
    "hội lhpn ",
    "hội liên hiệp phụ nữ ",
    "đoàn thanh niên ",
];

/// Offices written right before a union's name make it a post of the one
/// named ("Phó Chủ tịch Hội Nông dân huyện"), the guest's, not the host's.
const OFFICE_BEFORE_UNION: &[&str] = &["chủ tịch ", "pct ", "ct ", "ủy viên ", "uv ", "bí thư "];

/// The level of the front or union a headless conference's page names
/// after its guests ("Về dự hội nghị, ở huyện có ông A – PCT UBMTTQVN
/// huyện. … báo cáo của UBMTTQVN xã …"): the first one named by its unit
/// and in no one's post, past the sentence of guests that opens `head`.
fn hosting_union_level(lowers: &[&str], body: &[&str], head: &str) -> Option<Level> {
    let guests = &head[..head.find(". ").unwrap_or(head.len())];
    lowers.iter().chain(body).find_map(|p| {
        let from = if p.starts_with(guests) {
            guests.len()
        } else {
            0
        };
        let p = &p[from..];
        UNION_NAMES
            .iter()
            .flat_map(|name| p.match_indices(name))
            .filter(|(i, _)| !OFFICE_BEFORE_UNION.iter().any(|o| p[..*i].ends_with(o)))
            .min_by_key(|(i, _)| *i)
            .and_then(|(i, m)| crate::units::kind_level(&p[i + m.len()..]))
    })
}

/// What the headline and lead settle before any organiser is looked for:
/// the centre's own work (a national leader or a central body's head
/// acting in person, a state visit), or news of no level (crime, weather,
/// a private organiser), as `Break`; `Continue` when they settle nothing.
fn opening_verdict(
    lowers: &[&str],
    officials: &[Mention],
    of: impl Fn(&str) -> Option<Level>,
) -> std::ops::ControlFlow<Option<Level>> {
    use std::ops::ControlFlow::{Break, Continue};
    match lowers.first() {
        Some(h) if national_leader_acts(h) || central_holder_acts(h, officials, &of) => {
            Break(Some(Level::Central))
        }
        _ if lowers.iter().take(2).any(|l| state_visit(l)) => Break(Some(Level::Central)),
        Some(h) if opens_on_news(lowers, h) && !prizes_presented(lowers) => Break(None),
        _ if leader_acts_in_lead(lowers, officials, &of) => Break(Some(Level::Central)),
        _ if private_organizer(lowers) => Break(None),
        _ => Continue(()),
    }
}

/// The phrase that names the festival of national unity every
/// residential area holds each November.
const FESTIVAL: &str = "ngày hội đại đoàn kết";

/// `FESTIVAL`'s searcher, built once: the headline and the first two
/// paragraphs of every page are searched.
static FESTIVAL_NAME: crate::parse::text::Needle = crate::parse::text::Needle::new(FESTIVAL);

/// Words of a residential area or of the commune it lies in, each after a
/// space, as a festival's venue names them ("tại thôn A", "với nhân dân khu
/// dân cư làng B", "liên địa bàn dân cư Cụm số 1, phường C"). "khu dân
/// cư" alone is no venue: the festival's own name holds it ("Ngày hội …
/// ở khu dân cư").
const FESTIVAL_VENUES: &[&str] = &[
    "thôn",
    "ấp",
    "bản",
    "xóm",
    "buôn",
    "làng",
    "khóm",
    "sóc",
    "tổ dân phố",
    "khu phố",
    "xã",
    "phường",
];

/// The level of a "Ngày hội Đại đoàn kết" the headline or the lead (lower
/// case) places at a residential area: the area holds its festival, so it
/// is the commune's affair whoever comes as a guest ("Tổng Bí thư A dự
/// Ngày hội … tại thôn B", "đến dự Ngày hội … khu dân cư C"). A review of
/// the festivals ("sơ kết 15 năm Ngày hội"), a tier directing them
/// ("A: chỉ đạo tổ chức chu đáo Ngày hội …", "yêu cầu các đoàn thể tổ
/// chức tốt Ngày hội") or festivals counted across areas ("các khu dân cư")
/// name no one venue.
fn festival_level(lowers: &[&str]) -> Option<Level> {
    lowers.iter().take(3).find_map(|l| {
        let at = FESTIVAL_NAME.find(l)?;
        let before = &l[..at];
        let clause = before.rfind(". ").map_or(before, |p| &before[p + 2..]);
        let areas_before =
            venues(clause).any(|p| counted(&clause[..p])) && !villages_of_one_commune(clause);
        if areas_before
            || [
                "tổng kết",
                "sơ kết",
                "hội nghị",
                "hướng dẫn",
                "kế hoạch",
                "chỉ đạo tổ chức",
                "yêu cầu",
            ]
            .iter()
            .any(|w| clause.contains(w))
        {
            return None;
        }
        if villages_of_one_commune(clause) {
            return Some(Level::Commune);
        }
        let rest = &l[at + FESTIVAL.len()..];
        let sentence = &rest[..rest.find(". ").unwrap_or(rest.len())];
        let mut hits = venues(sentence).peekable();
        hits.peek()?;
        // "năm nay các thôn, làng, tổ dân phố …": one counted venue makes
        // the list many areas.
        (!hits.any(|p| counted(&sentence[..p])) || villages_of_one_commune(sentence))
            .then_some(Level::Commune)
    })
}

/// Whether the areas `s` counts are villages of one commune it names after
/// them ("các thôn trên địa bàn xã A", "các tổ dân phố của phường B"):
/// every festival there is still the commune's. Communes counted ("các
/// xã, phường") or a commune the villages lie in named as one of many
/// ("các thôn của các xã") are a higher tier's roundup.
fn villages_of_one_commune(s: &str) -> bool {
    const COMMUNES: &[&str] = &["xã", "phường", "thị trấn"];
    let mut first_village = None;
    for p in venues(s) {
        let word = s[p + 1..].split([' ', ',']).next().unwrap_or("");
        let commune = COMMUNES.iter().any(|c| s[p + 1..].starts_with(c));
        if commune && counted(&s[..p]) {
            return false;
        }
        if !commune && counted(&s[..p]) && !word.is_empty() {
            first_village = Some(first_village.map_or(p, |f: usize| f.min(p)));
        }
    }
    let Some(first) = first_village else {
        return false;
    };
    venues(s).any(|p| p > first && COMMUNES.iter().any(|c| s[p + 1..].starts_with(c)))
}

/// Where the venue words of `FESTIVAL_VENUES` start in `s` (at the space
/// before them), each ending in a space or a comma ("các thôn, làng").
/// The "xã" of "thị xã" is no commune's: a town is a district's peer.
fn venues(s: &str) -> std::vec::IntoIter<usize> {
    let mut at = Vec::new();
    for w in FESTIVAL_VENUES {
        let word = format!(" {w}");
        at.extend(
            s.match_indices(word.as_str())
                .filter(|(p, m)| s[p + m.len()..].starts_with([' ', ',']))
                .filter(|(p, _)| !(*w == "xã" && s[..*p].ends_with("thị")))
                .map(|(p, _)| p),
        );
    }
    at.into_iter()
}

/// Whether the text before a unit word ends with a word that counts or
/// gathers units ("các xã", "82 khu dân cư", "cấp xã"): many, not one.
/// A number that closes a name ("Cụm số 1, phường A") counts nothing.
fn counted(before: &str) -> bool {
    let prev = before.rsplit(' ').next().unwrap_or("");
    matches!(prev, "các" | "những" | "toàn" | "cấp" | "số" | "mỗi")
        || (!prev.is_empty() && prev.chars().all(|c| c.is_ascii_digit() || c == '.'))
}

/// The level `text` names most often, if any.
fn most_named_level(text: &str, date: Option<Date>) -> Option<Level> {
    let all = levels_in(&without_tier_spans(&lower_same(text)), text, date);
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

/// `every_tier` (for tests).
#[cfg(test)]
pub(super) fn every_tier_for_test(org: &str) -> bool {
    every_tier(org)
}

/// `seat_level` with the levels bodies are named at and no text around.
#[cfg(test)]
pub(super) fn seat_level_for_test(lower: &str) -> Option<Level> {
    seat_level(lower, |o| body_level(o, "", None))
}
