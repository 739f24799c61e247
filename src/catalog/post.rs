//! A title as written, read as a post and a place: "Trưởng Ban Dân vận
//! Tỉnh ủy Nghệ An" is the post "Trưởng Ban Dân vận Tỉnh ủy" of the
//! province Nghệ An. The level word ("tỉnh", "Huyện ủy", "Đảng ủy xã")
//! stays in the post; the proper name after it is the place. Keys ignore
//! case, tone placement and abbreviations. Knows titles, not reports.

use super::jurisdiction;
use crate::text::{eq_lower, name_key};
use std::sync::{Arc, LazyLock, Mutex};

/// The tier of local government a level word names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Tier {
    Province,
    /// "thành phố", "Thành ủy": a centrally-run city (provincial) or a
    /// city of a province (district), told by its place.
    City,
    District,
    Commune,
}

/// Where a post belongs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Scope {
    /// A central body: Trung ương, a ministry, the National Assembly.
    Central,
    /// A military or police rank: no place.
    Rank,
    Local(Tier),
    /// A post of a foreign state or an international body, named at the
    /// title's end ("Thủ tướng Campuchia", "Đại sứ Nhật Bản"): its place is
    /// that country, of no Vietnamese level.
    Abroad,
    /// Nothing in the title says.
    Unknown,
}

/// A title read as a post, with the place it names, if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Post {
    /// The post as written, without the place.
    pub display: String,
    pub scope: Scope,
    /// The place the title names, as written ("Nghệ An", "HCM").
    pub place: Option<String>,
    /// The last party committee the post names ("Huyện ủy", "Đảng ủy xã").
    pub committee: Option<String>,
}

/// Words that make a post central when no local level word is written.
const CENTRAL_WORDS: &[&str] = &[
    "trung ương",
    "quốc hội",
    "chính phủ",
    "bộ chính trị",
    "ban bí thư",
    "tổng bí thư",
    "chủ tịch nước",
    "thủ tướng",
    "nhà nước",
    "tòa án nhân dân tối cao",
    "viện kiểm sát nhân dân tối cao",
    "bộ trưởng",
    "thứ trưởng",
    // The government's agency of ministerial rank and the Assembly's
    // council for ethnic affairs; a province has a "Ban Dân tộc".
    "ủy ban dân tộc",
    "hội đồng dân tộc",
    // Every "Tổng cục" is a central agency (of a ministry or the army's);
    // the army's General Staff and the Party's national academy are central.
    "tổng cục",
    "tổng tham mưu",
    "học viện chính trị quốc gia",
    // A "Vụ" is a department of a central body; the Border Guard's command,
    // named with no province, and the army's regions, corps and services
    // answer to the Ministry of Defence.
    "vụ trưởng",
    "bộ đội biên phòng",
    "quân khu",
    "quân đoàn",
    "quân chủng",
    "binh chủng",
    // The National Assembly's committees, under their names before and
    // after 2025; a province's council has "Ban"s, no "Ủy ban" of these.
    "ủy ban pháp luật",
    "ủy ban tư pháp",
    "ủy ban kinh tế",
    "ủy ban tài chính",
    "ủy ban quốc phòng",
    "ủy ban văn hóa",
    "ủy ban khoa học",
    "ủy ban đối ngoại",
    "ủy ban xã hội",
    "ủy ban các vấn đề xã hội",
    "ủy ban về các vấn đề xã hội",
    "ủy ban dân nguyện",
    "ủy ban công tác đại biểu",
    "ban công tác đại biểu",
];

/// A level word at a word of `lower` (a title's words in lower case): its
/// tier, how many words it takes, and whether it is a party committee
/// ("Tỉnh ủy") rather than a unit ("tỉnh").
fn level_at(lower: &[String], i: usize) -> Option<(Tier, usize, bool)> {
    let low = |k: usize| lower.get(k).map_or("", String::as_str);
    let (w, next) = (low(i), low(i + 1));
    let next = next.trim_end_matches([',', ';']);
    let committee = matches!(next, "ủy" | "uỷ" | "đoàn");
    let tier = match w {
        "tỉnh" => Tier::Province,
        "thành" if committee => Tier::City,
        "thành" if next == "phố" => return Some((Tier::City, 2, false)),
        "tp" | "tp." => return Some((Tier::City, 1, false)),
        "huyện" | "quận" => Tier::District,
        "thị" if committee => Tier::District,
        "thị" if next == "xã" => return Some((Tier::District, 2, false)),
        "thị" if next == "trấn" => return Some((Tier::Commune, 2, false)),
        // "Xã hội" (society) is no commune.
        "xã" if next != "hội" => return Some((Tier::Commune, 1, false)),
        "phường" => return Some((Tier::Commune, 1, false)),
        "đảng" if matches!(next, "ủy" | "uỷ") => {
            // "Đảng ủy xã Tân Lập": the committee of a commune.
            return match low(i + 2) {
                "xã" | "phường" => Some((Tier::Commune, 3, true)),
                "thị" if low(i + 3) == "trấn" => Some((Tier::Commune, 4, true)),
                _ => None,
            };
        }
        _ => return None,
    };
    Some((tier, if committee { 2 } else { 1 }, committee))
}

/// Whether `w` may be a word of a place's name.
fn place_word(w: &str) -> bool {
    w.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        || matches!(w, "-" | "–")
}

/// Splits "TP.HCM" into "TP." and "HCM".
fn words_of(title: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for w in title.split_whitespace() {
        match w.split_once('.') {
            Some((a, b)) if a.eq_ignore_ascii_case("tp") && !b.is_empty() => {
                out.push(&w[..a.len() + 1]);
                out.push(b);
            }
            _ => out.push(w),
        }
    }
    out
}

/// Keys of the district's and the province's military commands.
static COMMANDS: LazyLock<[String; 2]> = LazyLock::new(|| {
    [
        name_key("ban chỉ huy quân sự"),
        name_key("bộ chỉ huy quân sự"),
    ]
});

/// Keys of the national organisations named "… Việt Nam" (see
/// `parse::national_bodies`), each followed by "viet nam".
static NATIONAL_KEYS: LazyLock<Vec<String>> = LazyLock::new(|| {
    crate::parse::national_bodies()
        .map(|b| post_key(&format!("{b} Việt Nam")))
        .collect()
});

/// Keys of the central words.
static CENTRAL_KEYS: LazyLock<Vec<String>> =
    LazyLock::new(|| CENTRAL_WORDS.iter().map(|w| name_key(w)).collect());

/// Most titles repeat across reports: the threads share what they read,
/// up to 8,192 titles in each of `SHARDS` parts, each started over when full.
const CACHE: usize = 1 << 13;
const SHARDS: usize = 16;

/// Titles read, in parts so that threads seldom wait for one another.
type Shard = Mutex<rustc_hash::FxHashMap<Box<str>, Arc<ReadTitle>>>;
static READ: LazyLock<[Shard; SHARDS]> =
    LazyLock::new(|| std::array::from_fn(|_| Shard::default()));

/// A title read once: its post, and the post's display and key as shared
/// texts, so that each mention of a title costs no copy of them.
#[derive(Debug)]
pub struct ReadTitle {
    pub post: Post,
    pub display: Arc<str>,
    pub key: Arc<str>,
}

/// `read_post` and the post's key, remembered.
pub fn read_title(title: &str) -> Arc<ReadTitle> {
    use std::hash::BuildHasher;
    let shard = &READ[rustc_hash::FxBuildHasher.hash_one(title) as usize % SHARDS];
    if let Some(hit) = shard.lock().ok().and_then(|c| c.get(title).cloned()) {
        return hit;
    }
    let post = read_post(title);
    let read = Arc::new(ReadTitle {
        display: post.display.as_str().into(),
        key: post_key(&post.display).into(),
        post,
    });
    // A poisoned part (a panic elsewhere) only stops remembering.
    if let Ok(mut c) = shard.lock() {
        if c.len() >= CACHE {
            c.clear();
        }
        c.insert(title.into(), Arc::clone(&read));
    }
    read
}

/// Reads `title` as a post and the place it names. An abbreviation names
/// its level as the words it stands for do ("TUV" is a member of a
/// province's committee, "HUV" of a district's).
pub fn read_post(title: &str) -> Post {
    let mut post = read_written(title);
    if post.scope == Scope::Unknown {
        if let Some(long) = crate::parse::expand_title(title) {
            let spelled = read_written(&long);
            if spelled.scope != Scope::Unknown {
                post.scope = spelled.scope;
                post.committee = post.committee.or(spelled.committee);
            }
        }
    }
    post
}

/// Whether `w` only dates or repeats what a post already says: the term
/// ("khóa XIII", "nhiệm kỳ 2020 - 2025") or an abbreviation in brackets
/// after its long form ("Bộ Chỉ huy Quân sự (CHQS)").
fn aside_word(w: &str) -> bool {
    let bare = w.trim_matches(['(', ')', ',', ';']);
    let bracketed = w.starts_with('(') && w.ends_with(')') && w.len() > 2;
    ["khóa", "khoá", "nhiệm", "kỳ", "kì", "-", "–", ""]
        .iter()
        .any(|a| eq_lower(bare, a))
        || is_numeral(bare)
        || (bracketed
            && bare
                .chars()
                .all(|c| c.is_uppercase() || matches!(c, '&' | '.' | '-')))
}

/// Whether `w` counts the terms written after it ("hai", "ba", "nhiều",
/// "2"): a number of terms, in words or digits.
fn term_count(w: &str) -> bool {
    const COUNTS: [&str; 10] = [
        "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "nhiều", "các",
    ];
    COUNTS.iter().any(|c| eq_lower(w, c)) || (w.len() == 1 && w.as_bytes()[0].is_ascii_digit())
}

/// "XIII", "2020", "2020-2025": a term's number or years.
fn is_numeral(w: &str) -> bool {
    !w.is_empty()
        && (w.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'))
            || w.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '-' | '–')))
}

/// `words` without what only dates the post or repeats it in brackets: a
/// post is the same office in every term, and its place follows the term
/// words as often as it precedes them ("Chủ tịch HĐND tỉnh khóa XVIII").
fn without_asides<'a>(words: &[&'a str]) -> Vec<&'a str> {
    let mut out: Vec<&'a str> = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        let bare = w.trim_start_matches('(');
        let term = if eq_lower(bare, "khóa") || eq_lower(bare, "khoá") {
            1
        } else if eq_lower(bare, "nhiệm")
            && matches!(
                words.get(i + 1).map(|n| n.trim_end_matches([',', ')'])),
                Some("kỳ" | "kì")
            )
        {
            2
        } else {
            0
        };
        // A term word counts only with its number after it.
        let numbered = term > 0
            && words
                .get(i + term)
                .is_some_and(|n| is_numeral(n.trim_matches(['(', ')', ',', ';'])));
        if numbered {
            i += term;
            while i < words.len() && aside_word(words[i]) && !words[i].starts_with('(') {
                i += 1;
            }
            // "Ủy viên Bộ Chính trị hai khóa XI, XII": how many
            // terms were served counts them, as the terms date them.
            if out.len() > 1 && out.last().is_some_and(|w| term_count(w)) {
                out.pop();
            }
            if let Some(prev) = out.last_mut() {
                *prev = prev.trim_end_matches([',', ';']);
            }
            continue;
        }
        let bracketed_abbreviation =
            w.starts_with('(') && w.ends_with(')') && aside_word(w) && i > 0;
        if bracketed_abbreviation {
            i += 1;
            continue;
        }
        // "Ủy viên Ban Thường vụ Đảng ủy (UVTV ĐU)": initials of two
        // words in brackets repeat the post too.
        if let Some(n) = bracketed_initials(&words[i..]).filter(|_| i > 0) {
            i += n;
            continue;
        }
        out.push(w);
        i += 1;
    }
    out
}

/// How many words the initials in brackets that open `words` take,
/// when they are written as two or three words ("(UVTV ĐU)").
fn bracketed_initials(words: &[&str]) -> Option<usize> {
    const MOST: usize = 3;
    let first = words.first()?;
    if !first.starts_with('(') || first.ends_with(')') {
        return None;
    }
    let close = (1..MOST.min(words.len())).find(|&k| words[k].ends_with(')'))?;
    let caps = |w: &&str| {
        let bare = w.trim_matches(['(', ')']);
        !bare.is_empty()
            && bare
                .chars()
                .all(|c| c.is_uppercase() || matches!(c, '&' | '.' | '-'))
    };
    words[..=close].iter().all(caps).then_some(close + 1)
}

/// Where the address at a title's end begins, with the tier and name of its
/// first unit: units after a comma, each of a higher tier than the one
/// before. "Phó Chủ tịch UBND huyện Mường Tè, tỉnh Lai Châu" names the
/// district, and ", tỉnh Lai Châu" only says where it lies ("xã A, huyện
/// B, tỉnh C" too); "Trưởng thôn Đông, xã Yên Lạc" is a post of the commune.
fn address_start(words: &[&str], lower: &[String]) -> Option<(usize, Tier, String)> {
    let mut units: Vec<(usize, usize, Tier, bool)> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if let Some((tier, n, committee)) = level_at(lower, i) {
            units.push((i, i + n, tier, committee));
            i += n;
        } else {
            i += 1;
        }
    }
    let mut first: Option<(usize, Tier, String)> = None;
    let mut end = words.len();
    for &(start, unit_end, tier, committee) in units.iter().rev() {
        let name = &words[unit_end..end];
        let addressed = !committee
            && start > 0
            && words[start - 1].ends_with(',')
            && !name.is_empty()
            && name.iter().all(|w| place_word(w))
            && first.as_ref().is_none_or(|(_, higher, _)| tier > *higher);
        if !addressed {
            break;
        }
        let name = name.join(" ").trim_end_matches(',').to_string();
        first = Some((start, tier, name));
        end = start;
    }
    first
}

/// Reads `title`, abbreviations and all, as a post and the place it names.
fn read_written(title: &str) -> Post {
    let title = title.trim().trim_end_matches([',', ';', '.', ':']);
    let words = without_asides(&words_of(title));
    // Each word in lower case once: level words are looked for at every word.
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    if let Some((k, tier, name)) = address_start(&words, &lower) {
        let mut post = read_written(&words[..k].join(" "));
        // A post whose words name no place of their own is of the address's.
        if post.place.is_none() && matches!(post.scope, Scope::Unknown | Scope::Local(_)) {
            post.place = Some(name);
            post.scope = Scope::Local(tier);
        }
        return post;
    }
    if crate::parse::is_rank(title) {
        return Post {
            display: title.to_string(),
            scope: Scope::Rank,
            place: None,
            committee: None,
        };
    }
    // The last level word, and the post's end when a unit word only
    // repeats the committee before it ("Thành ủy Thành phố Hồ Chí Minh").
    let mut last: Option<(usize, usize, Tier)> = None;
    let mut post_end = 0;
    let mut committee = None;
    let mut i = 0;
    while i < words.len() {
        if let Some((tier, n, is_committee)) = level_at(&lower, i) {
            let repeats = last.is_some_and(|(_, end, t)| end == i && t == tier)
                && committee.is_some()
                && !is_committee
                && post_end == i;
            if !repeats {
                post_end = i + n;
            }
            if is_committee {
                committee = Some(words[i..i + n].join(" "));
            }
            last = Some((i, i + n, tier));
            i += n;
        } else {
            i += 1;
        }
    }
    let (mut post_words, mut place) = (words.as_slice(), None);
    let mut scope = Scope::Unknown;
    if let Some((start, end, tier)) = last {
        scope = Scope::Local(tier);
        let rest = &words[end..];
        if !rest.is_empty() && rest.iter().all(|w| place_word(w)) {
            post_words = &words[..post_end];
            place = Some(rest.join(" "));
            // "quận 9", "Phường 3": a unit named by its number is called
            // with its word.
            if let [number] = rest {
                if number.bytes().all(|b| b.is_ascii_digit()) {
                    place = Some(numbered_unit(&words[start..end], number));
                }
            }
        }
    } else if let Some(k) = trailing_province(&words) {
        post_words = &words[..k];
        place = Some(words[k..].join(" "));
        scope = Scope::Local(Tier::Province);
    } else if let Some(k) = trailing_country(&words) {
        // "Đại sứ Việt Nam tại Lào": the post, then where it is held.
        let post_end = if words[k - 1] == "tại" { k - 1 } else { k };
        post_words = &words[..post_end];
        place = Some(words[k..].join(" "));
        scope = Scope::Abroad;
    }
    if place.as_deref().is_some_and(jurisdiction::is_central) {
        scope = Scope::Central;
    } else if last.is_none() && place.is_none() {
        let key = post_key(title);
        // "Chủ tịch Hội Nông dân Việt Nam": a national organisation named
        // with no unit after it is the central one.
        let national = || {
            NATIONAL_KEYS
                .iter()
                .any(|n| key.ends_with(n.as_str()) && has_phrase(&key, n))
        };
        if CENTRAL_KEYS.iter().any(|w| has_phrase(&key, w)) || is_ministry(&words) || national() {
            scope = Scope::Central;
        } else if words.contains(&"Sở") {
            // A department (Sở) is a body of the province.
            scope = Scope::Local(Tier::Province);
        } else if has_phrase(&key, &COMMANDS[0]) {
            scope = Scope::Local(Tier::District);
        } else if has_phrase(&key, &COMMANDS[1]) {
            scope = Scope::Local(Tier::Province);
        }
    }
    let display: Vec<&str> = post_words
        .iter()
        .map(|w| {
            if w.eq_ignore_ascii_case("tp") || w.eq_ignore_ascii_case("tp.") {
                "thành phố"
            } else {
                w
            }
        })
        .collect();
    Post {
        display: display.join(" ").trim_end_matches([',', ';']).to_string(),
        scope,
        place,
        committee,
    }
}

/// "Quận 9" from the level word as written ("quận", "Đảng ủy Phường")
/// and its number: the unit's own word, without the committee's.
fn numbered_unit(level: &[&str], number: &str) -> String {
    let committee = ["đảng", "ủy", "uỷ"];
    let unit: Vec<&str> = level
        .iter()
        .skip_while(|w| committee.iter().any(|c| eq_lower(w, c)))
        .copied()
        .collect();
    let unit = unit.join(" ");
    let mut chars = unit.chars();
    let first = chars.next().map(|c| c.to_uppercase().to_string());
    format!("{}{} {number}", first.unwrap_or_default(), chars.as_str())
}

/// Where a province's name starts when the title ends with one
/// ("Giám đốc Công an Hà Nội"), except inside an organ's own name: the
/// bodies named after Hồ Chí Minh ("Đoàn TNCS", "Đội TNTP", "Học viện
/// Chính trị quốc gia", "Lăng Chủ tịch", "Bảo tàng") are not the city's.
fn trailing_province(words: &[&str]) -> Option<usize> {
    (1..=4.min(words.len().saturating_sub(1)))
        .rev()
        .find_map(|n| {
            let k = words.len() - n;
            let before = words[k - 1].to_lowercase();
            let named = words[k..].join(" ");
            (jurisdiction::province(&named).is_some()
                && !matches!(
                    before.as_str(),
                    "tncs" | "sản" | "minh" | "tntp" | "phong" | "gia" | "tịch" | "tàng"
                )
                && words[k..].iter().all(|w| place_word(w)))
            .then_some(k)
        })
}

/// Where a foreign country or international body of the country list
/// ends `words` ("Thủ tướng Campuchia", "Bộ trưởng Ngoại giao Hàn Quốc"),
/// with a post before it.
fn trailing_country(words: &[&str]) -> Option<usize> {
    (1..=4.min(words.len().saturating_sub(1)))
        .rev()
        .find_map(|n| {
            let k = words.len() - n;
            // "Hội hữu nghị Việt Nam - Lào" is a Vietnamese body, and the
            // ministry "Bộ Tư pháp" is not in France: a country is written
            // with a capital and is not the end of a body's name.
            let joined = matches!(words[k - 1], "-" | "–" | "và" | "&" | "Tư");
            let capital = words[k].starts_with(char::is_uppercase);
            (!joined && capital && crate::parse::is_country(&words[k..].join(" "))).then_some(k)
        })
}

/// "Bộ trưởng Bộ Nội vụ", "Bộ Y tế": a ministry, except the provincial
/// military command ("Bộ Chỉ huy").
fn is_ministry(words: &[&str]) -> bool {
    words
        .windows(2)
        .any(|w| w[0] == "Bộ" && !matches!(w[1], "Chỉ" | "CHQS" | "đội" | "Đội" | "chỉ"))
}

/// Whether the key `key` holds the phrase `p` (a key) as whole words.
fn has_phrase(key: &str, p: &str) -> bool {
    key.match_indices(p).any(|(i, _)| {
        let before = key[..i].chars().next_back();
        let after = key[i + p.len()..].chars().next();
        before.is_none_or(|c| c == ' ') && after.is_none_or(|c| c == ' ')
    })
}

/// Ways of writing one post that differ in more than abbreviations:
/// (long form, the form kept in keys).
const SYNONYMS: &[(&str, &str)] = &[
    ("Ủy viên Ban Chấp hành Trung ương", "Ủy viên Trung ương"),
    ("Trung ương Đảng", "Trung ương"),
    ("Mặt trận Tổ quốc Việt Nam", "Mặt trận Tổ quốc"),
    ("Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Tỉnh ủy viên"),
    ("Ủy viên Ban Chấp hành Đảng bộ thành phố", "Thành ủy viên"),
    ("Ủy viên Ban Chấp hành Đảng bộ huyện", "Huyện ủy viên"),
    ("Ủy viên Ban Chấp hành Đảng bộ quận", "Quận ủy viên"),
    ("Ủy viên Ban Chấp hành Đảng bộ thị xã", "Thị ủy viên"),
    ("Ủy viên Tỉnh ủy", "Tỉnh ủy viên"),
    ("Ủy viên Thành ủy", "Thành ủy viên"),
    ("Ủy viên Huyện ủy", "Huyện ủy viên"),
    ("Ủy viên Quận ủy", "Quận ủy viên"),
    ("Ủy viên Thị ủy", "Thị ủy viên"),
    // "UVTV": the standing committee without its "Ban".
    ("Ủy viên Thường vụ", "Ủy viên Ban Thường vụ"),
];

/// Each synonym's long key with a searcher made once (a key is read for
/// every title first seen), and its short key.
static SYNONYM_KEYS: LazyLock<Vec<(memchr::memmem::Finder<'static>, String)>> =
    LazyLock::new(|| {
        SYNONYMS
            .iter()
            .map(|(a, b)| {
                let long = name_key(&spaced(a));
                let finder = memchr::memmem::Finder::new(long.as_bytes()).into_owned();
                (finder, name_key(&spaced(b)))
            })
            .collect()
    });

/// Punctuation inside a title read as spaces, "&" as "và".
fn spaced(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    push_spaced(&mut out, s);
    out
}

/// Appends `spaced(s)` to `out`.
fn push_spaced(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str(" và "),
            ',' | ';' | '-' | '–' | '—' | '/' | '(' | ')' => out.push(' '),
            c => out.push(c),
        }
    }
}

/// The key of a post: two spellings of one post ("UVBTV Tỉnh ủy",
/// "Ủy viên Ban thường vụ Tỉnh uỷ") share it.
pub fn post_key(post: &str) -> String {
    // Abbreviations are spelled out by the parser's lexicon.
    let long = crate::parse::expand_title(post);
    let post = long.as_deref().unwrap_or(post);
    let mut expanded = String::with_capacity(post.len() + 16);
    for w in without_asides(&words_of(post)) {
        if !expanded.is_empty() {
            expanded.push(' ');
        }
        push_spaced(&mut expanded, w.trim_end_matches([',', ';']));
    }
    let mut key = name_key(&expanded);
    for (long, short) in SYNONYM_KEYS.iter() {
        if long.find(key.as_bytes()).is_some() {
            let from = std::str::from_utf8(long.needle()).unwrap_or_default();
            key = replace_words(&key, from, short);
        }
    }
    key
}

/// `key` with the whole-word phrase `from` replaced by `to`.
fn replace_words(key: &str, from: &str, to: &str) -> String {
    let padded = format!(" {key} ");
    padded
        .replace(&format!(" {from} "), &format!(" {to} "))
        .trim()
        .to_string()
}

#[cfg(test)]
mod tests;
