//! The word lists of `assets/lexicon/`, embedded at build time: family
//! names, ethnic-minority name openers, Christian names, offices, ranks, modifiers, organs,
//! organ words, institution words, name stops, news words, side-block headings,
//! document kinds, national leaders and their own acts, continuations,
//! openings of the same occasion, held events, cadre decisions, committee
//! topics, firms, time spans, person nouns,
//! caption words, reporters' openers, words that remember the dead, awards
//! and gifts, those gifts and visits are for, words
//! of what bears a person's name and abbreviations. Each file
//! holds one entry a line (`#` opens a comment line), an optional marker
//! after a TAB. This module only reads the files; `vocab` builds the fast
//! look-ups from them, so a word added to a file reaches every rule.

/// Vietnamese family names; marker `weak` when they also open place names.
pub const SURNAMES: &str = include_str!("../../assets/lexicon/surnames.txt");
/// Openers of ethnic-minority names ("Y", "Ksor", "Rơ"); marker `weak`.
pub const ETHNIC: &str = include_str!("../../assets/lexicon/ethnic.txt");
/// Names of Vietnam's ethnic groups ("ê đê", "mông"), lower case.
pub const ETHNIC_GROUPS: &str = include_str!("../../assets/lexicon/ethnic_groups.txt");
/// Christian names written before a Catholic's name ("Giuse", "Phêrô").
pub const BAPTISMAL: &str = include_str!("../../assets/lexicon/baptismal.txt");
/// Offices that open a title, in their usual capitalisation; marker
/// `presidium` for an office of a body's standing presidium, `minister`
/// for a minister's rank and `agency` for the head of a body of that rank.
pub const OFFICES: &str = include_str!("../../assets/lexicon/offices.txt");
/// Military and police ranks; marker `honorific` for a career distinction,
/// `profession` for a degree or a trade.
pub const RANKS: &str = include_str!("../../assets/lexicon/ranks.txt");
/// Words that qualify an office ("nguyên", "Thường trực").
pub const MODIFIERS: &str = include_str!("../../assets/lexicon/modifiers.txt");
/// Organ and sector names a title runs across, commas and "và" included.
pub const ORGANS: &str = include_str!("../../assets/lexicon/organs.txt");
/// Lower-case words a title may hold; marker `cap` when only capitalised.
pub const ORGAN_WORDS: &str = include_str!("../../assets/lexicon/organ_words.txt");
/// Countries named in titles ("Đại sứ Nhật Bản", "Bộ trưởng … Lào").
pub const COUNTRIES: &str = include_str!("../../assets/lexicon/countries.txt");
/// Capitalised words that never belong to a name.
pub const INSTITUTION: &str = include_str!("../../assets/lexicon/institution.txt");
/// Words that end a name; marker `time` for time words.
pub const NAME_STOPS: &str = include_str!("../../assets/lexicon/name_stops.txt");
/// Headline words of news no body organises (crime, accidents, weather, sport).
pub const NEWS: &str = include_str!("../../assets/lexicon/news.txt");
/// Openings of a clause set before a lead's subject ("nhân dịp", "sau khi").
pub const OPENERS: &str = include_str!("../../assets/lexicon/openers.txt");
/// National organisations named "… Việt Nam", without those words.
pub const NATIONAL_BODIES: &str = include_str!("../../assets/lexicon/national_bodies.txt");
/// Bodies of the centre whose names carry no word of it ("Ủy ban Dân tộc").
pub const CENTRAL_BODIES: &str = include_str!("../../assets/lexicon/central_bodies.txt");
/// What a national anniversary counts from, TAB the year ("công tác dân vận" 1930).
pub const ANNIVERSARIES: &str = include_str!("../../assets/lexicon/anniversaries.tsv");
/// Headings of side blocks (related news, counters, tags, comment forms).
pub const SECTIONS: &str = include_str!("../../assets/lexicon/sections.txt");
/// Kinds of documents their headings name ("thông báo", "kế hoạch").
pub const DOCUMENT_KINDS: &str = include_str!("../../assets/lexicon/document_kinds.txt");

/// Whether a lower-case phrase is a kind of document (`DOCUMENT_KINDS`):
/// a document's heading ("THÔNG BÁO", "KẾ HOẠCH") names no writer.
pub fn is_document_kind(lower: &str) -> bool {
    static KINDS: Listed = Listed::new(DOCUMENT_KINDS);
    KINDS.holds(lower)
}
/// Words that remember the dead before a title or a cue ("cố", "tưởng niệm").
pub const HONOURED: &str = include_str!("../../assets/lexicon/honoured.txt");

/// Whether a lower-case phrase of one to four words remembers someone who
/// has died (`HONOURED`): "tưởng niệm Chủ tịch A" names no official.
pub fn is_honouring(lower: &str) -> bool {
    static HONOURING: Listed = Listed::new(HONOURED);
    HONOURING.holds(lower)
}
/// What an official hands to someone named after "cho": an award, a
/// reward, a gift or a house ("bằng khen", "phần quà", "nhà đại đoàn kết").
pub const GIFTS: &str = include_str!("../../assets/lexicon/gifts.txt");

/// Whether a lower-case phrase of one to three words is an award or a gift
/// (`GIFTS`): "trao Bằng khen cho ông A" names A as the one commended.
pub fn is_gift(lower: &str) -> bool {
    static GIFT: Listed = Listed::new(GIFTS);
    GIFT.holds(lower)
}
/// Whom a visit, a gift or aid is for, before a list of their names
/// ("gia đình", "mẹ", "người có công", "học sinh").
pub const BENEFICIARIES: &str = include_str!("../../assets/lexicon/beneficiaries.txt");

/// Whether a lower-case phrase of one to three words names those a visit,
/// a gift or aid is for (`BENEFICIARIES`): "tặng quà các mẹ: A, B" names
/// two mothers honoured, no officials.
pub fn is_beneficiary(lower: &str) -> bool {
    static BENEFICIARY: Listed = Listed::new(BENEFICIARIES);
    BENEFICIARY.holds(lower)
}
/// Words of a body whose own name follows with only its first word
/// capitalised ("ban", "viện", "sở", "trung tâm").
pub const NAMED_BODIES: &str = include_str!("../../assets/lexicon/named_bodies.txt");

/// Whether a lower-case phrase of one or two words is the word of a body
/// whose own name follows, capitalised on its first word only
/// (`NAMED_BODIES`): "Ban Kiểm phiếu", "Viện Nghiên cứu và Quản lý kinh tế".
pub fn is_named_body(lower: &str) -> bool {
    static BODIES: Listed = Listed::new(NAMED_BODIES);
    BODIES.holds(lower)
}
/// Words of a visit (marker `visit`) and words that set it in the future
/// or the past ("chuẩn bị", "vừa qua").
pub const VISITS: &str = include_str!("../../assets/lexicon/visits.txt");

/// Whether the lower-case word is a visit's (`VISITS`, marker `visit`):
/// "đón", "thăm".
pub fn is_visit(lower: &str) -> bool {
    static VISIT: Listed = Listed::marked(VISITS, "visit");
    VISIT.holds(lower)
}

/// Whether the lower-case phrase of one or two words sets a visit in the
/// future or the past (`VISITS`, no marker): "chuẩn bị", "vừa qua".
pub fn is_visit_time(lower: &str) -> bool {
    static TIME: Listed = Listed::marked(VISITS, "");
    TIME.holds(lower)
}
/// Nouns of a written or sung work credited to its author after "của"
/// ("tác phẩm", "bài viết", "ca khúc").
pub const WORKS: &str = include_str!("../../assets/lexicon/works.txt");

/// Whether the lower-case phrase of one or two words names a work whose
/// author "của" then credits (`WORKS`): "bài viết của Tổng Bí thư A"
/// cites A, who is not there.
pub fn is_work(lower: &str) -> bool {
    static WORK: Listed = Listed::new(WORKS);
    WORK.holds(lower)
}
/// Words written before another name of someone just named ("bút danh",
/// "tên khai sinh", "tên gọi khác").
pub const ALIASES: &str = include_str!("../../assets/lexicon/aliases.txt");

/// Whether the lower-case phrase of one to three words is written right
/// before another name of someone just named (`ALIASES`): "Nhà văn A, tên
/// khai sinh là B" names no one but A.
pub fn is_alias(lower: &str) -> bool {
    static ALIAS: Listed = Listed::new(ALIASES);
    ALIAS.holds(lower)
}
/// Words of what is named after a person ("đường", "trường", "giải", "đèo").
pub const NAMESAKES: &str = include_str!("../../assets/lexicon/namesakes.txt");

/// Last words of a place of worship's own name ("Cung", "Tự").
pub const SHRINES: &str = include_str!("../../assets/lexicon/shrines.txt");

/// Whether a lower-case word closes the classical name of a place of
/// worship or a religious seat (`SHRINES`): "Trí Huệ Cung", "Vạn Phước
/// Tự" name no person.
pub fn is_shrine_word(lower: &str) -> bool {
    static SHRINE: Listed = Listed::new(SHRINES);
    SHRINE.holds(lower)
}

/// Bodies with their own name whose district or province may follow
/// after a comma inside a title (`assets/lexicon/located_bodies.txt`).
pub const LOCATED_BODIES: &str = include_str!("../../assets/lexicon/located_bodies.txt");

/// Whether a lower-case phrase opens a body with its own name whose place
/// may follow after a comma (`LOCATED_BODIES`): "Trường THCS Tân Lập,
/// huyện Đan Phượng" names the school by its district.
pub fn is_located_body(lower: &str) -> bool {
    static LOCATED: Listed = Listed::new(LOCATED_BODIES);
    LOCATED.holds(lower)
}

/// Whether a lower-case word is that of a street, a school, a prize, a
/// pass or the like named after someone (`NAMESAKES`): "đèo Lò Xo (…)"
/// names no person.
pub fn is_namesake(lower: &str) -> bool {
    static NAMESAKE: Listed = Listed::new(NAMESAKES);
    NAMESAKE.holds(lower)
}

/// A short word list asked whether it holds a lower-case phrase, read
/// from its file at the first ask: every entry, or those with one marker
/// (`""` for the entries without one).
struct Listed {
    file: &'static str,
    marker: Option<&'static str>,
    entries: std::sync::OnceLock<Vec<&'static str>>,
}

impl Listed {
    const fn new(file: &'static str) -> Listed {
        Listed {
            file,
            marker: None,
            entries: std::sync::OnceLock::new(),
        }
    }

    const fn marked(file: &'static str, marker: &'static str) -> Listed {
        Listed {
            file,
            marker: Some(marker),
            entries: std::sync::OnceLock::new(),
        }
    }

    fn holds(&self, lower: &str) -> bool {
        self.entries
            .get_or_init(|| {
                entries(self.file)
                    .filter(|(_, m)| self.marker.is_none_or(|k| k == *m))
                    .map(|(w, _)| w)
                    .collect()
            })
            .contains(&lower)
    }
}
/// Offices of the nation's top leaders ("thủ tướng", "bộ chính trị").
pub const NATIONAL_LEADERS: &str = include_str!("../../assets/lexicon/national_leaders.txt");
/// What a national leader does in person ("làm việc", "thị sát", "điều động").
pub const OWN_ACTS: &str = include_str!("../../assets/lexicon/own_acts.txt");
/// Words that open a paragraph continuing the one before ("cụ thể", "theo đó").
pub const CONTINUATIONS: &str = include_str!("../../assets/lexicon/continuations.txt");
/// Openings that name the report's own occasion before its day ("cũng trong dịp này").
pub const OCCASIONS: &str = include_str!("../../assets/lexicon/occasions.txt");
/// Events something is said to take place at ("đại hội", "hội nghị", "lễ").
pub const HELD_EVENTS: &str = include_str!("../../assets/lexicon/held_events.txt");
/// Passive decisions on a cadre ("được điều động", "bị cách chức").
pub const CADRE_DECISIONS: &str = include_str!("../../assets/lexicon/cadre_decisions.txt");
/// Two-word phrases of a committee's topic read as one word ("phát triển").
pub const COMMITTEE_TOPICS: &str = include_str!("../../assets/lexicon/committee_topics.txt");
/// Words after which a firm's own name comes ("công ty", "cổ phần", "tnhh").
pub const FIRMS: &str = include_str!("../../assets/lexicon/firms.txt");
/// Practices named after their founder ("văn phòng công chứng").
pub const EPONYMOUS_BODIES: &str = include_str!("../../assets/lexicon/eponymous_bodies.txt");
/// Schools, firms and trade associations, no party or state organ
/// ("trường thcs", "công ty", "hiệp hội").
pub const PRIVATE_BODIES: &str = include_str!("../../assets/lexicon/private_bodies.txt");
/// Bodies founded for the two-level local government ("ban chỉ huy phòng
/// thủ khu vực"), named nowhere before 1 July 2025.
pub const REFORM_BODIES: &str = include_str!("../../assets/lexicon/reform_bodies.txt");
/// Spans of time that open a sentence with no comma ("thời gian qua").
pub const TIME_SPANS: &str = include_str!("../../assets/lexicon/time_spans.txt");
/// What news calls a person with no post ("xạ thủ", "đối tượng"); marker
/// `case` for a case before the police or a court, `member` for a member
/// of the Party or a mass organisation.
pub const PERSON_NOUNS: &str = include_str!("../../assets/lexicon/person_nouns.txt");
/// What befalls a casualty right after the name ("bị thương", "tử
/// vong"); marker `weak` for a word that may stand before it ("đã").
pub const CASUALTIES: &str = include_str!("../../assets/lexicon/casualties.txt");
/// What an athlete does right after the name ("giành", "phá kỷ lục");
/// marker `weak` for a word that may stand before the act ("đã").
pub const FEATS: &str = include_str!("../../assets/lexicon/feats.txt");
/// Words that tell a photo's caption from a paragraph; markers `subject`,
/// `scene`, `act`, `narrative`, `position` and `side`.
pub const CAPTIONS: &str = include_str!("../../assets/lexicon/captions.txt");
/// What a lead calls its own reporter relaying the news (marker
/// `reporter`) and the verbs that relay it (marker `passes`).
pub const REPORTERS: &str = include_str!("../../assets/lexicon/reporters.txt");
/// News agencies that sign alone in capitals under the headline ("TTXVN").
pub const AGENCIES: &str = include_str!("../../assets/lexicon/agencies.txt");
/// Labels of an item's kind of media set before its headline or lead
/// ("[Infographic]", "Trực tiếp -").
pub const MEDIA_TAGS: &str = include_str!("../../assets/lexicon/media_tags.txt");
/// Headline phrases of a digest of many events ("điểm báo", "tin vắn").
pub const DIGESTS: &str = include_str!("../../assets/lexicon/digests.txt");
/// What a figure counts after its number: classifiers (marker
/// `classifier`) and the nouns read whole after them.
pub const COUNTED: &str = include_str!("../../assets/lexicon/counted.txt");
/// Words that make a title one of religion: clerics' standings, offices
/// held only in a religious body, and those bodies; marker `whole` for an
/// office word that does so only as the whole title.
pub const CLERGY: &str = include_str!("../../assets/lexicon/clergy.txt");

/// Whether a lower-case headline names a digest of the news of a day or
/// a week (`DIGESTS`): it reports many events and dates none of them.
pub fn is_digest(headline: &str) -> bool {
    words(DIGESTS).any(|phrase| headline.contains(phrase))
}
/// Whether a label, as written, names a kind of media (`MEDIA_TAGS`):
/// "Infographic", "TRỰC TIẾP".
pub fn is_media_tag(label: &str) -> bool {
    let lower = label.trim().to_lowercase();
    words(MEDIA_TAGS).any(|w| w == lower)
}
/// Abbreviation TAB expansion.
pub const ABBREVIATIONS: &str = include_str!("../../assets/lexicon/abbreviations.tsv");

/// The entries of a list file: each line's text and its marker ("" when none).
pub fn entries(file: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    file.lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split_once('\t').unwrap_or((l, "")))
}

/// The entries of a list file without their markers.
pub fn words(file: &'static str) -> impl Iterator<Item = &'static str> {
    entries(file).map(|(w, _)| w)
}

/// The other spelling of a lower-case phrase's open syllables ending in "oa", "oe" or
/// "uy": the tone mark on the first vowel ("hóa", "ủy") or on the second
/// ("hoá", "uỷ"). Both are in print; the lists hold the first. `None` when
/// no syllable changes.
pub fn old_spelling(phrase: &str) -> Option<String> {
    const PAIRS: [(&str, &str); 15] = [
        ("óa", "oá"),
        ("òa", "oà"),
        ("ỏa", "oả"),
        ("õa", "oã"),
        ("ọa", "oạ"),
        ("óe", "oé"),
        ("òe", "oè"),
        ("ỏe", "oẻ"),
        ("õe", "oẽ"),
        ("ọe", "oẹ"),
        ("úy", "uý"),
        ("ùy", "uỳ"),
        ("ủy", "uỷ"),
        ("ũy", "uỹ"),
        ("ụy", "uỵ"),
    ];
    let mut changed = false;
    let words: Vec<String> = phrase
        .split(' ')
        .map(|w| {
            for (new, old) in PAIRS {
                // Only at the end of the syllable: "hoàng" has no other spelling.
                if let Some(stem) = w.strip_suffix(new) {
                    changed = true;
                    return format!("{stem}{old}");
                }
            }
            w.to_string()
        })
        .collect();
    changed.then(|| words.join(" "))
}

/// A phrase and its other spelling, if any.
pub fn spellings(phrase: &str) -> impl Iterator<Item = String> {
    std::iter::once(phrase.to_string()).chain(old_spelling(phrase))
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::is_nfc;

    const ALL: [(&str, &str); 51] = [
        ("countries", COUNTRIES),
        ("gifts", GIFTS),
        ("beneficiaries", BENEFICIARIES),
        ("surnames", SURNAMES),
        ("ethnic", ETHNIC),
        ("ethnic_groups", ETHNIC_GROUPS),
        ("baptismal", BAPTISMAL),
        ("offices", OFFICES),
        ("ranks", RANKS),
        ("modifiers", MODIFIERS),
        ("organs", ORGANS),
        ("organ_words", ORGAN_WORDS),
        ("institution", INSTITUTION),
        ("name_stops", NAME_STOPS),
        ("news", NEWS),
        ("openers", OPENERS),
        ("sections", SECTIONS),
        ("document_kinds", DOCUMENT_KINDS),
        ("honoured", HONOURED),
        ("namesakes", NAMESAKES),
        ("shrines", SHRINES),
        ("located_bodies", LOCATED_BODIES),
        ("aliases", ALIASES),
        ("works", WORKS),
        ("visits", VISITS),
        ("named_bodies", NAMED_BODIES),
        ("national_bodies", NATIONAL_BODIES),
        ("central_bodies", CENTRAL_BODIES),
        ("national_leaders", NATIONAL_LEADERS),
        ("own_acts", OWN_ACTS),
        ("continuations", CONTINUATIONS),
        ("occasions", OCCASIONS),
        ("held_events", HELD_EVENTS),
        ("cadre_decisions", CADRE_DECISIONS),
        ("committee_topics", COMMITTEE_TOPICS),
        ("firms", FIRMS),
        ("eponymous_bodies", EPONYMOUS_BODIES),
        ("time_spans", TIME_SPANS),
        ("reform_bodies", REFORM_BODIES),
        ("private_bodies", PRIVATE_BODIES),
        ("person_nouns", PERSON_NOUNS),
        ("feats", FEATS),
        ("casualties", CASUALTIES),
        ("captions", CAPTIONS),
        ("reporters", REPORTERS),
        ("agencies", AGENCIES),
        ("digests", DIGESTS),
        ("media_tags", MEDIA_TAGS),
        ("counted", COUNTED),
        ("clergy", CLERGY),
        ("abbreviations", ABBREVIATIONS),
    ];

    /// The key a list is sorted and deduplicated by: abbreviations as
    /// written, the rest in lower case with one spelling of "uỷ"/"hoá".
    fn key(name: &str, w: &str) -> String {
        if name == "abbreviations" {
            return w.to_string();
        }
        let lower = w.to_lowercase();
        // Map an old spelling back onto the new one.
        let new: String = lower
            .split(' ')
            .map(|s| {
                let mut out = s.to_string();
                for (n, o) in [("óa", "oá"), ("òa", "oà"), ("ủy", "uỷ"), ("úy", "uý")] {
                    if let Some(stem) = s.strip_suffix(o) {
                        out = format!("{stem}{n}");
                    }
                }
                out
            })
            .collect::<Vec<_>>()
            .join(" ");
        new
    }

    #[test]
    fn every_list_is_nfc_sorted_without_repeats_or_stray_space() {
        for (name, file) in ALL {
            let mut last = String::new();
            for (w, marker) in entries(file) {
                assert!(is_nfc(w), "{name}: {w:?} is not NFC");
                assert_eq!(w.trim(), w, "{name}: {w:?}");
                assert!(!w.contains("  "), "{name}: {w:?}");
                if name == "abbreviations" {
                    assert!(!marker.is_empty(), "{name}: {w:?} has no expansion");
                } else {
                    assert!(
                        [
                            "",
                            "weak",
                            "cap",
                            "time",
                            "cue",
                            "honorific",
                            "profession",
                            "presidium",
                            "minister",
                            "agency",
                            "envoy",
                            "staff",
                            "event",
                            "case",
                            "member",
                            "visit",
                            "post",
                            "sport",
                            "kin",
                            "medal",
                            "opener",
                            "subject",
                            "scene",
                            "act",
                            "narrative",
                            "position",
                            "side",
                            "unit",
                            "reporter",
                            "passes",
                            "desk",
                            "death",
                            "classifier",
                            "whole"
                        ]
                        .contains(&marker),
                        "{name}: {w:?} marker {marker:?}"
                    );
                }
                let k = key(name, w);
                assert!(k > last, "{name}: {w:?} repeats or is out of order");
                last = k;
            }
            assert!(!last.is_empty(), "{name} is empty");
        }
    }

    #[test]
    fn lists_hold_the_new_spelling_only() {
        for (name, file) in ALL {
            for w in words(file) {
                let lower = w.to_lowercase();
                assert!(
                    !["uỷ", "oá ", "hoà ", "khoá"]
                        .iter()
                        .any(|o| format!("{lower} ").contains(o)),
                    "{name}: {w:?} uses an old spelling"
                );
            }
        }
    }

    #[test]
    fn old_spellings_are_derived() {
        assert_eq!(old_spelling("ủy viên").as_deref(), Some("uỷ viên"));
        assert_eq!(old_spelling("văn hóa").as_deref(), Some("văn hoá"));
        assert_eq!(old_spelling("hoàng"), None);
    }
}
