//! Fast look-ups over the word lists the extractors share: family names,
//! title heads (offices and ranks), the words and organ names a title may
//! contain, institution words that never belong to a person's name,
//! abbreviations, and known places (from `crate::units`). The lists
//! themselves are data (`lexicon` and `units`, from `assets/lexicon/`); every
//! per-word flag is derived from them here, so no table has to be kept in
//! step by hand.

use super::lexicon::{self, entries, spellings, words};
use super::lookup::Organs;
use super::lookup::{packed, packed_at, Map, PackedHasher, PackedMap, Phrases, Set};
use super::text::same_key;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

/// Regions named like places ("các tỉnh Tây Nguyên"); not administrative
/// units, so not in `units`.
const REGIONS: &[&str] = &[
    "Tây Nguyên",
    "Tây Bắc",
    "Việt Bắc",
    "Đông Nam Bộ",
    "Tây Nam Bộ",
];

/// Known places, from `units`: provinces of both eras with their written
/// variants, and districts of two or more syllables (a one-syllable name
/// such as "Vinh" is too often a given name). Each in lower case, in both
/// tone placements ("hòa bình", "hoà bình").
fn places() -> Vec<String> {
    let provinces = crate::units::provinces()
        .iter()
        .flat_map(|p| std::iter::once(&p.name).chain(&p.variants).copied());
    let districts = crate::units::districts()
        .iter()
        .flat_map(|u| std::iter::once(&u.name).chain(&u.variants).copied())
        .filter(|n| n.contains(' '));
    // Tokens are words: "TP.HCM" can never be one phrase, but the key of
    // "Bà Rịa - Vũng Tàu" can.
    let words_only = |w: &String| w.chars().all(|c| c.is_alphabetic() || c == ' ');
    let mut out = Vec::new();
    for w in provinces.chain(districts).chain(REGIONS.iter().copied()) {
        out.extend([w.to_lowercase(), same_key(w), crate::units::key(w)]);
    }
    out.retain(words_only);
    out
}

/// A lower-case set of the entries of a list with marker `marker`, both spellings.
fn marked(file: &'static str, marker: &str) -> Set<String> {
    entries(file)
        .filter(|(_, m)| *m == marker)
        .flat_map(|(w, _)| spellings(&w.to_lowercase()).collect::<Vec<_>>())
        .collect()
}

/// The lower-case entries of list files, both spellings.
fn lower_words<'f>(files: &'f [&'static str]) -> impl Iterator<Item = String> + 'f {
    files
        .iter()
        .flat_map(|f| words(f))
        .flat_map(|w| spellings(&w.to_lowercase()).collect::<Vec<_>>())
}

/// Lower-case office or rank -> its usual capitalisation.
static HEAD_MAP: LazyLock<Map<String, &str>> = LazyLock::new(|| {
    let mut m = Map::default();
    for w in words(lexicon::OFFICES).chain(words(lexicon::RANKS)) {
        for s in spellings(&w.to_lowercase()) {
            m.entry(s).or_insert(w);
        }
    }
    m
});
static HEAD_FIRST: LazyLock<Phrases> = LazyLock::new(|| {
    let heads: Vec<String> = lower_words(&[lexicon::OFFICES, lexicon::RANKS]).collect();
    Phrases::new(heads.iter().map(String::as_str))
});
static RANK_SET: LazyLock<Phrases> = LazyLock::new(|| {
    let ranks: Vec<String> = lower_words(&[lexicon::RANKS]).collect();
    Phrases::new(ranks.iter().map(String::as_str))
});
static PROFESSION_SET: LazyLock<Set<String>> =
    LazyLock::new(|| marked(lexicon::RANKS, "profession"));
static HONORIFIC_SET: LazyLock<Set<String>> = LazyLock::new(|| marked(lexicon::RANKS, "honorific"));
/// The first letters of `HONORIFIC_SET`'s entries.
static HONORIFIC_INITIALS: LazyLock<Vec<char>> = LazyLock::new(|| {
    let mut initials: Vec<char> = HONORIFIC_SET
        .iter()
        .filter_map(|h| h.chars().next())
        .collect();
    initials.sort_unstable();
    initials.dedup();
    initials
});
static TITLE_SET: LazyLock<Phrases> = LazyLock::new(|| {
    let all: Vec<String> =
        lower_words(&[lexicon::ORGAN_WORDS, lexicon::MODIFIERS, lexicon::COUNTRIES]).collect();
    Phrases::new(all.iter().map(String::as_str))
});
static COUNTRY_SET: LazyLock<Set<String>> =
    LazyLock::new(|| lower_words(&[lexicon::COUNTRIES]).collect());
static CAP_ONLY_SET: LazyLock<Set<String>> = LazyLock::new(|| {
    let mut set = marked(lexicon::ORGAN_WORDS, "cap");
    set.extend(EVENT_SET.iter().cloned());
    set
});
static EVENT_SET: LazyLock<Set<String>> = LazyLock::new(|| marked(lexicon::ORGAN_WORDS, "event"));
static FIRM_SET: LazyLock<Set<String>> = LazyLock::new(|| lower_words(&[lexicon::FIRMS]).collect());
static EPONYMOUS_SET: LazyLock<Set<String>> =
    LazyLock::new(|| lower_words(&[lexicon::EPONYMOUS_BODIES]).collect());
static COMMITTEE_TOPIC_SET: LazyLock<Set<String>> =
    LazyLock::new(|| lower_words(&[lexicon::COMMITTEE_TOPICS]).collect());
static ORGAN_SET: LazyLock<Map<String, Organs>> = LazyLock::new(|| {
    organs()
        .into_iter()
        .map(|(k, v)| (k, Organs::new(v)))
        .collect()
});
static OFFICE_ABBREV: LazyLock<Set<String>> = LazyLock::new(|| {
    ABBREV_MAP
        .iter()
        .filter(|(_, e)| {
            let e = e.to_lowercase();
            let words: Vec<&str> = e.split(' ').collect();
            (1..=words.len()).any(|n| is_head(&words[..n].join(" ")))
        })
        .map(|(a, _)| a.clone())
        .collect()
});
static ABBREV_MAP: LazyLock<Map<String, &str>> = LazyLock::new(|| {
    entries(lexicon::ABBREVIATIONS)
        .map(|(a, e)| (a.to_lowercase(), e))
        .collect()
});
/// Abbreviations of an organ named by the unit it serves, its last word
/// the unit's ("cax" Công an xã, "catp" Công an thành phố).
static UNIT_ABBREV: LazyLock<Set<String>> = LazyLock::new(|| {
    const UNITS: &[&str] = &[
        "xã",
        "phường",
        "huyện",
        "quận",
        "tỉnh",
        "thị trấn",
        "thành phố",
    ];
    ABBREV_MAP
        .iter()
        .filter(|(_, e)| {
            let e = e.to_lowercase();
            e.contains(' ') && UNITS.iter().any(|u| e.ends_with(&format!(" {u}")))
        })
        .map(|(a, _)| a.clone())
        .collect()
});
/// Stems of ranks written short with a full stop ("ht" of "HT. Thích
/// Thanh Quyết"): the abbreviations ending in "." that stand for a rank.
static DOTTED_RANK: LazyLock<Set<String>> = LazyLock::new(|| {
    ABBREV_MAP
        .iter()
        .filter(|(a, e)| a.ends_with('.') && is_rank(&e.to_lowercase()))
        .map(|(a, _)| a.trim_end_matches('.').to_string())
        .collect()
});
static BAPTISMAL_SET: LazyLock<Set<String>> = LazyLock::new(|| {
    entries(lexicon::BAPTISMAL)
        .map(|(w, _)| w.to_string())
        .collect()
});
/// First syllables of the Christian names of two written apart ("đa" of
/// "đa minh").
static BAPTISMAL_PAIR_FIRST: LazyLock<Set<String>> = LazyLock::new(|| {
    entries(lexicon::BAPTISMAL)
        .filter_map(|(w, _)| w.split_once(' ').map(|(first, _)| first.to_string()))
        .collect()
});
static PLACE_SET: LazyLock<Phrases> =
    LazyLock::new(|| Phrases::new(places().iter().map(String::as_str)));

/// Facts about one lower-case word, looked up once per token.
pub mod flag {
    /// A family name.
    pub const FAMILY: u16 = 1;
    /// A family name that also opens common place names.
    pub const WEAK_FAMILY: u16 = 2;
    /// Opens a title head ("phó" of "Phó Bí thư").
    pub const HEAD: u16 = 4;
    /// Opens a word or phrase a title may contain.
    pub const TITLE: u16 = 8;
    /// Opens a known place.
    pub const PLACE: u16 = 16;
    /// Belongs to institutions, never to names.
    pub const INSTITUTION: u16 = 32;
    /// Opens a role cue ("chủ trì", "phát biểu").
    pub const ROLE_CUE: u16 = 64;
    /// Opens a word after which a name is a place ("huyện", "điểm cầu").
    pub const PLACE_WORD: u16 = 128;
    /// Opens a person cue ("đồng chí", "ông", "già làng").
    pub const PERSON_CUE: u16 = 256;
    /// Opens a military or police rank ("đại" of "Đại tá").
    pub const RANK: u16 = 512;
    /// Opens an organ or sector name ("lao" of "Lao động, Thương binh và Xã hội").
    pub const ORGAN: u16 = 1024;
    /// An abbreviation ("ubnd", "t.ư").
    pub const ABBREV: u16 = 2048;
    /// Ends a name when capitalised before a lower-case word ("theo", "tại").
    pub const NAME_STOP: u16 = 4096;
    /// A time word that ends a name before "nay", "qua", a number ("sáng").
    pub const TIME_STOP: u16 = 8192;
    /// Opens a title in front of an office: "nguyên", "cựu" (former), "quyền" (acting).
    pub const MODIFIER: u16 = 16384;
    /// Set by the tokenizer: a capitalised word with a dot ("CT.HĐND").
    pub const DOTTED: u16 = 32768;
}

/// Modifiers that stand in front of an office.
const PRE_MODIFIERS: [&str; 3] = ["nguyên", "cựu", "quyền"];

/// Whether the lower-case word stands in front of an office ("cựu").
pub fn is_pre_modifier(lower: &str) -> bool {
    PRE_MODIFIERS.contains(&lower)
}

/// One piece of an organ's name, matched against one token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    /// A word in lower case, and its other spelling when it has one.
    Word(String, Option<String>),
    /// A comma or a dash (they stand for each other in organ names).
    Sep,
    /// "và" or "&".
    And,
}

/// An organ or sector name as a sequence of pieces.
pub type Organ = Vec<Piece>;

/// Organ names by their first word (both spellings), longest first.
fn organs() -> Map<String, Vec<Organ>> {
    let mut m: Map<String, Vec<Organ>> = Map::default();
    let listed = words(lexicon::ORGANS).map(String::from);
    let short: Vec<String> = words(lexicon::ORGANS)
        .flat_map(initialled)
        .chain(words(lexicon::ORGANS).filter_map(committee_short))
        .collect();
    let mut seen = Set::default();
    for name in listed.chain(short) {
        if !seen.insert(name.clone()) {
            continue;
        }
        let lower = name.to_lowercase();
        let spaced = lower
            .replace(',', " , ")
            .replace(" - ", " , ")
            .replace(" – ", " , ")
            // "TB&XH", the initials of a part, is one word.
            .replace(" & ", " và ");
        let pieces: Organ = spaced
            .split_whitespace()
            .map(|w| match w {
                "," => Piece::Sep,
                "và" => Piece::And,
                _ => Piece::Word(w.to_string(), lexicon::old_spelling(w)),
            })
            .collect();
        let Some(Piece::Word(first, other)) = pieces.first() else {
            continue;
        };
        let keys: Vec<String> = std::iter::once(first.clone())
            .chain(other.clone())
            .collect();
        for key in keys {
            m.entry(key).or_default().push(pieces.clone());
        }
    }
    for list in m.values_mut() {
        list.sort_by_key(|o| std::cmp::Reverse(o.len()));
    }
    m
}

/// The short form of a listed committee's name that writes its word "Ủy
/// ban" as "UB", as pages short of space do ("Phó Chủ nhiệm UB Quốc phòng
/// và An ninh của QH"): only a committee named by capitalised words, not
/// "Ủy ban nhân dân".
fn committee_short(name: &str) -> Option<String> {
    ["Ủy ban ", "Uỷ ban "]
        .iter()
        .find_map(|p| name.strip_prefix(p))
        .filter(|rest| rest.starts_with(char::is_uppercase))
        .map(|rest| format!("UB {rest}"))
}

/// Most syllables the initials of an organ's last part stand for ("Thương
/// binh và Xã hội" in "TB&XH").
const MOST_INITIALS: usize = 6;

/// The short forms of a listed organ's name that write its last part,
/// after a "và", a comma or a dash, as the initials of its syllables
/// ("Nông nghiệp và PTNT", "Lao động, TB&XH", "Văn hóa, TT&DL", "Khoa
/// học và CN"), a "và" inside it as "&": older pages spell the sector's
/// first half and shorten the rest. The part must open with a capital and
/// hold no further comma or dash, and give two letters or more.
fn initialled(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    for joiner in [", ", " - ", " – ", " và ", " & "] {
        for (at, _) in name.match_indices(joiner) {
            let rest = &name[at + joiner.len()..];
            if !rest.starts_with(char::is_uppercase) || rest.contains([',', '-', '–']) {
                continue;
            }
            let words: Vec<&str> = rest.split(' ').collect();
            let syllables = words.iter().filter(|w| !matches!(**w, "và" | "&")).count();
            if !(2..=MOST_INITIALS).contains(&syllables) {
                continue;
            }
            let initials: String = words
                .iter()
                .filter_map(|w| match *w {
                    "và" | "&" => Some('&'),
                    w => w
                        .chars()
                        .next()
                        .map(|c| c.to_uppercase().next().unwrap_or(c)),
                })
                .collect();
            out.push(format!("{}{joiner}{initials}", &name[..at]));
        }
    }
    out
}

/// First words of role cues ("chủ trì", "phát biểu", "dự" …).
#[rustfmt::skip]
const ROLE_CUE_FIRST: &[&str] = &[
    "đồng", "chủ", "ý", "phát", "kết", "nhấn", "yêu", "đề", "khẳng", "cho", "trình", "quán",
    "biểu", "ghi", "dự", "tham", "về", "đến", "tới", "cùng", "có", "sự",
];

/// First words of what introduces a person ("đồng chí", "ông", "già làng" …).
#[rustfmt::skip]
const PERSON_CUE_FIRST: &[&str] = &[
    "các", "đồng", "đ/c", "đc", "ông", "bà", "anh", "chị", "già", "người", "hòa", "hoà", "thượng",
    "đại", "linh", "mục", "ni", "chức", "trưởng", "cụ", "ngài", "cha", "sheikh", "chú", "bác",
];

/// First words of the phrases after which a proper name is a place.
const PLACE_WORD_FIRST: &[&str] = &[
    "huyện",
    "quận",
    "thị",
    "xã",
    "phường",
    "điểm",
    "tỉnh",
    "thành",
];

/// What the word lists say about one lower-case word: `flag` bits and the
/// most words of a title head, title phrase or place that starts with it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Info {
    /// `flag` bits.
    pub flags: u16,
    /// The lengths in words of the title heads starting with the word: bit
    /// n-1 set for a head of n words.
    pub head: u8,
    /// Most words of a title phrase starting with the word.
    pub title: u8,
    /// Most words of a known place starting with the word.
    pub place: u8,
    /// Opens a person noun ("xạ thủ", "HLV", "đối tượng"): asked of nearly
    /// every word before a capital, so told by this bit rather than by
    /// comparing the word with the list (`flags` has no bit left).
    pub person_noun: bool,
}

static INFO: LazyLock<PackedMap<Info>> = LazyLock::new(|| PackedMap::new(info_lists()));

/// What the word lists say about each word of them.
fn info_lists() -> HashMap<u128, Info, BuildHasherDefault<PackedHasher>> {
    let mut m: HashMap<u128, Info, BuildHasherDefault<PackedHasher>> = HashMap::default();
    let mut add = |w: &str, f: &dyn Fn(&mut Info)| {
        if let Some(k) = packed(w) {
            f(m.entry(k).or_default());
        }
    };
    let bits: [(&[&str], u16); 4] = [
        (PERSON_CUE_FIRST, flag::PERSON_CUE),
        (ROLE_CUE_FIRST, flag::ROLE_CUE),
        (PLACE_WORD_FIRST, flag::PLACE_WORD),
        (&PRE_MODIFIERS, flag::MODIFIER),
    ];
    for (words, bit) in bits {
        for w in words {
            add(w, &|i| i.flags |= bit);
        }
    }
    // Family names, the openers of ethnic-minority names and the
    // Christian names written before a Catholic's own.
    let openers = entries(lexicon::SURNAMES)
        .chain(entries(lexicon::ETHNIC))
        .chain(entries(lexicon::BAPTISMAL).filter(|(w, _)| !w.contains(' ')));
    for (w, marker) in openers {
        let weak = if marker == "weak" {
            flag::WEAK_FAMILY
        } else {
            0
        };
        add(w, &|i| i.flags |= flag::FAMILY | weak);
    }
    for w in lower_words(&[lexicon::INSTITUTION]) {
        add(&w, &|i| i.flags |= flag::INSTITUTION);
    }
    for a in ABBREV_MAP.keys() {
        // "UV BTV": each word is an abbreviation. Two letters may be a
        // given name in lower case ("TƯ" and "Tư"): those only count
        // written in capitals (see `Tokens::is_abbrev`).
        for w in a.split(' ') {
            let inst = if w.chars().count() > 2 {
                flag::INSTITUTION
            } else {
                0
            };
            add(w, &|i| i.flags |= flag::ABBREV | inst);
        }
    }
    for w in DOTTED_RANK.iter() {
        add(w, &|i| i.flags |= flag::ABBREV);
    }
    for (w, marker) in entries(lexicon::NAME_STOPS) {
        // A cue's first word stops a name only before the cue's second
        // (`names`).
        if marker == "cue" {
            continue;
        }
        let bit = if marker == "time" {
            flag::TIME_STOP
        } else {
            flag::NAME_STOP
        };
        add(w, &|i| i.flags |= bit);
    }
    for w in ORGAN_SET.keys() {
        add(w, &|i| i.flags |= flag::ORGAN);
    }
    for w in RANK_SET.first.keys() {
        add(w, &|i| i.flags |= flag::RANK);
    }
    // Bit n-1 of `head`: some office or rank of n words starts here.
    for h in &HEAD_FIRST.all {
        let n = h.split(' ').count().clamp(1, 8);
        let first = h.split(' ').next().unwrap_or("");
        add(first, &|i| {
            (i.flags, i.head) = (i.flags | flag::HEAD, i.head | 1 << (n - 1));
        });
    }
    for (w, n) in &TITLE_SET.first {
        add(w, &|i| (i.flags, i.title) = (i.flags | flag::TITLE, *n));
    }
    for (w, n) in &PLACE_SET.first {
        add(w, &|i| (i.flags, i.place) = (i.flags | flag::PLACE, *n));
    }
    for w in words(lexicon::PERSON_NOUNS) {
        let first = w.to_lowercase();
        let first = first.split(' ').next().unwrap_or_default();
        add(first, &|i| i.person_noun = true);
    }
    m
}

/// The longest word of any list, in bytes (longer words need no look-up).
pub const LONGEST: usize = 16;

/// What the word lists say about a lower-case word (all zero for most words).
#[cfg(test)]
pub fn info(lower: &str) -> Info {
    info_at(lower, 0, lower.len())
}

/// What the word lists say about the word at `start..end` of lower-case
/// text `lower` (all zero for most words).
// Inlined into the tokenizer's loop, which asks it for every word.
#[allow(clippy::inline_always)]
#[inline(always)]
pub fn info_at(lower: &str, start: usize, end: usize) -> Info {
    packed_at(lower.as_bytes(), start, end)
        .and_then(|k| INFO.get(k))
        .unwrap_or_default()
}

/// Whether the lower-case phrase opens a title.
pub fn is_head(lower: &str) -> bool {
    HEAD_FIRST.contains(lower) || dotted_ranks(lower)
}

/// Offices of two or more words folded (no tone marks, "đ" as "d"), each
/// with its word count: "bi thu" for "Bí thư".
static FOLDED_OFFICES: LazyLock<Set<String>> = LazyLock::new(|| {
    words(lexicon::OFFICES)
        .filter(|w| w.contains(' '))
        .map(|w| {
            w.to_lowercase()
                .chars()
                .map(crate::text::fold_lower_char)
                .collect()
        })
        .collect()
});

/// Whether a lower-case phrase is an office of two or more words written
/// with a wrong or missing tone mark ("bí thu", "chi huy trưởng").
pub fn is_misspelt_office(lower: &str) -> bool {
    // Folded into a buffer on the stack: this is asked at every word that
    // opens an office and finds none, and an office fits in 64 bytes.
    let mut buf = [0u8; 64];
    let mut len = 0;
    for c in lower.chars().map(crate::text::fold_lower_char) {
        let n = c.len_utf8();
        let Some(room) = buf.get_mut(len..len + n) else {
            let folded: String = lower.chars().map(crate::text::fold_lower_char).collect();
            return FOLDED_OFFICES.contains(&folded);
        };
        c.encode_utf8(room);
        len += n;
    }
    std::str::from_utf8(&buf[..len]).is_ok_and(|folded| FOLDED_OFFICES.contains(folded))
}

/// Offices of two or more words, lower case, keyed by their first word
/// folded (no tone marks) and the rest as written in either spelling:
/// "uy viên" for "Ủy viên", "pho chủ tịch" for "Phó Chủ tịch".
static UNMARKED_FIRST_OFFICES: LazyLock<Set<String>> = LazyLock::new(|| {
    words(lexicon::OFFICES)
        .filter_map(|w| {
            let lower = w.to_lowercase();
            let (first, rest) = lower.split_once(' ')?;
            let first: String = first.chars().map(crate::text::fold_lower_char).collect();
            Some(
                spellings(rest)
                    .map(move |r| format!("{first} {r}"))
                    .collect::<Vec<_>>(),
            )
        })
        .flatten()
        .collect()
});

/// Whether a lower-case phrase is an office of two or more words whose
/// first word lost its tone marks while the rest kept theirs ("uy viên
/// ban thường vụ" typed for "Ủy viên", "pho chủ tịch").
pub fn is_office_with_unmarked_first(lower: &str) -> bool {
    UNMARKED_FIRST_OFFICES.contains(lower)
}

/// The usual capitalisation of a title head given in lower case.
pub fn canonical_head(lower: &str) -> Option<&'static str> {
    HEAD_MAP.get(lower).copied()
}

/// Whether the lower-case phrase may appear inside a title.
pub fn is_title_word(lower: &str) -> bool {
    TITLE_SET.contains(lower)
}

/// Whether a lower-case phrase names a country or an international body
/// of the country list ("bồ đào nha", "liên hợp quốc").
pub fn is_country(lower: &str) -> bool {
    COUNTRY_SET.contains(lower)
}

/// Whether a title word only counts inside a title when capitalised.
pub fn is_cap_only(lower: &str) -> bool {
    CAP_ONLY_SET.contains(lower)
}

/// Whether a title word names a gathering ("hội thảo", "diễn đàn").
pub fn is_event(lower: &str) -> bool {
    EVENT_SET.contains(lower)
}

/// Whether a lower-case pair of words stays whole in a committee's topic
/// ("phát triển", "tham nhũng").
pub fn is_committee_topic(lower: &str) -> bool {
    COMMITTEE_TOPIC_SET.contains(lower)
}

/// Whether a lower-case phrase is a kind or legal form of enterprise after
/// which the firm's own name comes ("công ty", "tnhh").
pub fn is_firm(lower: &str) -> bool {
    FIRM_SET.contains(lower)
}

/// Whether a lower-case phrase is a kind of practice named after the
/// person who founds it ("văn phòng công chứng").
pub fn is_eponymous_body(lower: &str) -> bool {
    EPONYMOUS_SET.contains(lower)
}

/// Whether the lower-case phrase is a military or police rank.
pub fn is_rank(lower: &str) -> bool {
    RANK_SET.contains(lower) || dotted_ranks(lower)
}

/// Whether `lower` is degrees and honours written short and joined by
/// full stops, each listed ("pgs.ts.ngưt", "ts.bs"): one title, as the
/// press writes it before a name.
pub fn dotted_ranks(lower: &str) -> bool {
    joined_by_stops(lower, |p| RANK_SET.contains(p))
}

/// Whether `lower` is degrees or trades written short and joined by full
/// stops, each a profession ("pgs.ts", "ths.bs"): a degree alone, no post.
pub fn dotted_professions(lower: &str) -> bool {
    joined_by_stops(lower, is_profession)
}

/// Whether `lower` is one word of parts joined by full stops, each one
/// `listed`.
fn joined_by_stops(lower: &str, listed: impl Fn(&str) -> bool) -> bool {
    // Asked of every phrase that may open an office: one pass over the
    // bytes turns away those of several words or with no full stop.
    let mut dotted = false;
    for &b in lower.as_bytes() {
        if b == b' ' {
            return false;
        }
        dotted |= b == b'.';
    }
    dotted && lower.split('.').all(|p| !p.is_empty() && listed(p))
}

/// The words of `clergy.txt` that make a title one of religion wherever
/// they stand in it.
static CLERGY_WORDS: LazyLock<Phrases> = LazyLock::new(|| {
    let all: Vec<String> = entries(lexicon::CLERGY)
        .filter(|(_, m)| m.is_empty())
        .flat_map(|(w, _)| spellings(w).collect::<Vec<_>>())
        .collect();
    Phrases::new(all.iter().map(String::as_str))
});
/// The office words of `clergy.txt` that do so only as the whole title.
static CLERGY_WHOLE: LazyLock<Set<String>> = LazyLock::new(|| marked(lexicon::CLERGY, "whole"));

thread_local! {
    /// The answers of `is_religious_title` on this thread: the same few
    /// hundred titles ("Bí thư Tỉnh ủy") come back report after report.
    static RELIGIOUS: crate::memo::Memo<bool> = std::cell::RefCell::default();
}

/// Whether a title is a post or a standing in a religious body ("Hòa
/// thượng", "Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "Chánh
/// xứ Giáo xứ A"): it holds a word of `clergy.txt` as whole words. Asked
/// once per title of a merged person, not per token, and remembered.
pub fn is_religious_title(title: &str) -> bool {
    crate::memo::remembered(&RELIGIOUS, title, reads_religious)
}

/// `is_religious_title`, read afresh.
fn reads_religious(title: &str) -> bool {
    let lower = title.to_lowercase();
    if CLERGY_WHOLE.contains(lower.trim()) {
        return true;
    }
    // Most chars of a title are ASCII: their class is told without the
    // Unicode tables.
    let apart = |c: char| {
        if c.is_ascii() {
            !c.is_ascii_alphanumeric() && c != '\''
        } else {
            !c.is_alphanumeric()
        }
    };
    let words: Vec<&str> = lower.split(apart).filter(|w| !w.is_empty()).collect();
    let mut phrase = String::new();
    for (i, first) in words.iter().enumerate() {
        let Some(&longest) = CLERGY_WORDS.first.get(*first) else {
            continue;
        };
        phrase.clear();
        for (n, w) in words[i..].iter().take(usize::from(longest)).enumerate() {
            if n > 0 {
                phrase.push(' ');
            }
            phrase.push_str(w);
            if CLERGY_WORDS.contains(&phrase) {
                return true;
            }
        }
    }
    false
}

/// Whether the lower-case phrase is a degree or a trade ("luật sư", "tiến sĩ").
pub fn is_profession(lower: &str) -> bool {
    PROFESSION_SET.contains(lower)
}

/// Whether a title as written is a distinction or a cleric's standing and
/// no post ("Mẹ Việt Nam Anh hùng", "Nhà giáo Ưu tú", "Đại đức").
pub fn is_honorific(title: &str) -> bool {
    // Cheap test first: asked of every official's first title.
    let Some(first) = title.chars().next() else {
        return false;
    };
    first
        .to_lowercase()
        .all(|c| HONORIFIC_INITIALS.contains(&c))
        && HONORIFIC_SET.contains(&title.to_lowercase())
}

/// The organ names starting with a lower-case word, longest first, with
/// an index by their second piece.
pub fn organs_from(first: &str) -> Option<&'static Organs> {
    ORGAN_SET.get(first)
}

/// What an abbreviation stands for ("ubnd" -> "Ủy ban nhân dân"), given in lower case.
pub fn expansion(lower: &str) -> Option<&'static str> {
    ABBREV_MAP.get(lower).copied()
}

/// Whether the lower-case abbreviation names an organ by its unit, so
/// that a proper name after it is the unit's place ("CAX Đặng Xá").
pub fn is_unit_abbrev(lower: &str) -> bool {
    UNIT_ABBREV.contains(lower)
}

/// Whether the lower-case abbreviation stands for an office or opens with
/// one ("pct" Phó Chủ tịch, "uvbtv" Ủy viên Ban Thường vụ, "tuv" Tỉnh ủy viên).
pub fn is_office_abbrev(lower: &str) -> bool {
    OFFICE_ABBREV.contains(lower)
}

/// Whether the lower-case word is a committee's member named by its
/// unit, written short ("tuv" Tỉnh ủy viên, "huv", "đuv"): a post that
/// names its committee in itself.
pub fn is_unit_member_abbrev(lower: &str) -> bool {
    ABBREV_MAP
        .get(lower)
        .is_some_and(|e| e.ends_with(" ủy viên"))
}

/// Whether the lower-case word is a member's post written short that
/// needs no organ after it: a committee's member named by its unit
/// (`is_unit_member_abbrev`), or a standing committee's ("uvbtv"). "uv"
/// (Ủy viên) alone is not: "UV-BTV" is one post.
pub fn is_whole_member_abbrev(lower: &str) -> bool {
    is_unit_member_abbrev(lower)
        || ABBREV_MAP
            .get(lower)
            .is_some_and(|e| e.starts_with("Ủy viên Ban Thường vụ"))
}

/// Whether the lower-case word is an office written short and dashed to
/// other abbreviations ("uv-btv" of "UV-BTV Tỉnh ủy", "huv-pct"), as
/// "CT.HĐND" is dotted to its organ: the first an office's, every part a
/// listed abbreviation of two letters or more.
pub fn is_dashed_office(lower: &str) -> bool {
    let Some((first, _)) = lower.split_once('-') else {
        return false;
    };
    OFFICE_ABBREV.contains(first)
        && lower
            .split('-')
            .all(|part| part.chars().count() >= 2 && ABBREV_MAP.contains_key(part))
}

/// Every abbreviation with its expansion, in the order of the glossary file.
pub fn glossary() -> impl Iterator<Item = (&'static str, &'static str)> {
    entries(lexicon::ABBREVIATIONS)
}

/// Whether a lower-case word written with a full stop after it is a rank
/// ("ht" of "HT.", Hòa thượng).
pub fn is_dotted_rank(lower: &str) -> bool {
    DOTTED_RANK.contains(lower)
}

/// Whether the lower-case word is a Christian name written before a
/// Catholic's own name ("giuse" of "Giuse Nguyễn Văn A").
pub fn is_baptismal(lower: &str) -> bool {
    BAPTISMAL_SET.contains(lower)
}

/// Words of the Christian name opening with the lower-case `first`, the
/// word after it `second`: one ("giuse"), two written apart ("đa minh",
/// "vinh sơn"), or none.
pub fn baptismal_len(first: &str, second: Option<&str>) -> usize {
    if BAPTISMAL_SET.contains(first) {
        return 1;
    }
    let Some(second) = second else {
        return 0;
    };
    // Most words open no Christian name of two: the pair is only built
    // for the few first syllables some listed name has.
    if BAPTISMAL_PAIR_FIRST.contains(first) && BAPTISMAL_SET.contains(&format!("{first} {second}"))
    {
        2
    } else {
        0
    }
}

/// Whether the lower-case word is a family name the lists know.
pub fn is_family_name(lower: &str) -> bool {
    info_at(lower, 0, lower.len()).flags & flag::FAMILY != 0
}

/// Whether the lower-case phrase is a known place.
pub fn is_place(lower: &str) -> bool {
    PLACE_SET.contains(lower)
}

/// Each word that opens the kind of a unit or a village written before
/// its name, from the hamlet up to the province, one word each ("thị" of
/// "thị xã", "thành" and "tp" of a city, "thôn", "khóm").
pub const UNIT_KIND_WORDS: &[&str] = &[
    "tỉnh",
    "thành",
    "phố",
    "tp",
    "huyện",
    "quận",
    "thị",
    "xã",
    "phường",
    "trấn",
    "thôn",
    "ấp",
    "bản",
    "xóm",
    "khu",
    "làng",
    "buôn",
    "khóm",
];

/// The words of an administrative unit written before its name, from the
/// commune up to the province ("xã", "thị trấn", "quận", "tỉnh").
pub const UNIT_WORDS: &[&str] = &[
    "xã",
    "phường",
    "thị trấn",
    "huyện",
    "quận",
    "thị xã",
    "tỉnh",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_answer_in_lower_case() {
        assert!(info("nguyễn").flags & flag::FAMILY != 0);
        assert!(info("văn").flags & flag::WEAK_FAMILY != 0);
        assert!(info("phó").head & 1 << 4 != 0, "Phó Trưởng ban Thường trực");
        assert!(is_head("phó bí thư"));
        assert!(is_head("uỷ viên"), "the old spelling too");
        assert!(is_title_word("dân vận"));
        assert!(info("ubnd").flags & flag::INSTITUTION != 0);
        assert!(info("t.ư").flags & flag::ABBREV != 0);
        assert!(info("đại").flags & flag::RANK != 0);
        assert!(info("lao").flags & flag::ORGAN != 0);
        assert!(info("ksor").flags & flag::FAMILY != 0);
        assert!(info("sùng").flags & flag::FAMILY != 0);
        assert_eq!(info("tuấn"), Info::default());
        assert_eq!(expansion("ubnd"), Some("Ủy ban nhân dân"));
        assert!(is_unit_abbrev("cax") && is_unit_abbrev("catp"));
        assert!(!is_unit_abbrev("ubnd") && !is_unit_abbrev("cand"));
        let all = [
            lexicon::SURNAMES,
            lexicon::ETHNIC,
            lexicon::BAPTISMAL,
            lexicon::OFFICES,
            lexicon::RANKS,
            lexicon::ORGAN_WORDS,
            lexicon::ORGANS,
            lexicon::INSTITUTION,
            lexicon::NAME_STOPS,
            lexicon::ABBREVIATIONS,
        ];
        let longest = all
            .iter()
            .flat_map(|f| words(f))
            .map(str::to_string)
            .chain(places())
            .filter_map(|w| w.split(' ').next().map(|w| w.to_lowercase().len()))
            .max()
            .unwrap_or(0);
        assert!(longest <= LONGEST, "{longest}");
        assert!(is_place("hải phòng"));
        // Places come from the unit lists, in both tone placements.
        assert!(is_place("hoà bình") && is_place("hòa bình"));
        assert!(is_place("tiên yên") && is_place("thừa thiên huế"));
        assert!(
            is_place("bà rịa vũng tàu"),
            "the key of \"Bà Rịa - Vũng Tàu\""
        );
        assert!(!is_place("vinh"), "one-syllable districts are left out");
        assert_eq!(info("bà").place, 4, "Bà Rịa - Vũng Tàu");
    }
}
