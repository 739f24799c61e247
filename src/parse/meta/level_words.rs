//! Level words: which level each body, office or unit named in a piece of
//! lower-case text belongs to ("Ban Dân vận Tỉnh ủy", "Bộ Nội vụ", "xã A"),
//! past units listed after "các", memberships and tiers.

use crate::model::{Date, Level};
use crate::parse::text::{is_letter, lower_same};

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

/// Verbs of coming and tense words left after a visitor's name where the
/// organizer's name ends, before "thăm" ("Đoàn … Lào sang thăm").
pub(super) const COMING: &[&str] = &["sang", "đến", "tới", "qua", "đã", "vừa"];

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
        // The supreme court and procuracy ("TAND tối cao"); the State Audit.
        ("tối", "cao") => Some(Level::Central),
        ("kiểm", "toán") if after.starts_with(" toán nhà nước") => Some(Level::Central),
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
    // Inside "các huyện, thị xã, thành phố" or "100% số xã, phường" (units
    // listed or counted, not the organizer) and inside a membership ("Ủy
    // viên Trung ương Đảng, Bí thư Tỉnh ủy": the person's own body comes
    // after it).
    let (mut plural, mut member) = (false, false);
    // Whether this word follows a bare unit word ("huyện, xã"): units
    // named side by side are one joint body, the higher one leads it
    // ("Đoàn cán bộ huyện, xã").
    // With it, the last unit named with its own name (`NamedUnit`).
    let (mut joint, mut named) = (false, NamedUnit::default());
    // The word before `w` ("" at the first), `w`, and its index.
    let (mut prev, mut cur, mut i) = ("", words.next(), 0);
    while let Some(w) = cur {
        cur = words.next();
        // "Kỷ cương-Trung thành-Đoàn kết": a slogan glues its words with a
        // bare hyphen, and two words across one name no unit ("Thành đoàn").
        let next = cur.filter(|_| !glued(after(w))).unwrap_or("");
        let level = department_or_short(w, next, i, after(w)).or(match (w, next) {
            // "các (vị) đại biểu Quốc hội" are deputies, no organ acting
            // (a speech addresses them, a delegation plans their
            // meetings); one deputy sits in the National Assembly.
            ("quốc", "hội") | ("qh", _) if prev == "biểu" && deputies(before(w)) => None,
            // A cited document's issuer (`cited_issuer`); a city under the centre.
            _ if cited_issuer(before(w), w, next) => None,
            ("trung", "ương") if under(before(w)) => Some(Level::Provincial),
            // The centre and its offices ("Thủ tướng", "Bộ trưởng").
            _ if central_pair(w, next, prev, after(w)) => Some(Level::Central),
            // "Chủ tịch QH", "UBTVQH": the National Assembly written short
            // (a deputy, "ĐBQH", is one word of its own).
            ("qh" | "ubtvqh" | "tvqh", _) => Some(Level::Central),
            // "BCH TƯ Hội Nông dân": the Executive Committee written short.
            ("tư", _) if matches!(prev, "vận" | "giáo" | "ban" | "đảng" | "ủy" | "uỷ" | "bch") => {
                Some(Level::Central)
            }
            // "Ban Chỉ đạo TƯ về phòng chống thiên tai": a central steering
            // committee written short ("chỉ đạo tư tưởng" is guidance of
            // thought, no body).
            ("tư", n) if prev == "đạo" && n != "tưởng" && before(w).ends_with("chỉ đạo ") => {
                Some(Level::Central)
            }
            // "Ban Chỉ đạo Tây Bắc", "Ban Chỉ đạo Tây Nguyên".
            ("tây", "bắc" | "nguyên" | "nam") if prev == "đạo" => Some(Level::Central),
            // "Bộ đội Biên phòng Lai Châu giúp …": a province's border
            // guard, named by its province, is no ministry.
            ("bộ", "đội") if province_border_guard(after(w)) => Some(Level::Provincial),
            // "Bộ Nội vụ tổ chức …": a ministry, when it opens the organizer
            // or is named ("cán bộ y tế" is not one).
            ("bộ", _) if i == 0 => Some(Level::Central),
            ("bộ", n) if MINISTRY_NEXT.contains(&n) && !matches!(prev, "cán" | "toàn") => {
                Some(Level::Central)
            }
            // "cơ sở" is the grassroots, "trụ sở" a seat ("tại Trụ sở Bộ
            // Quốc phòng"), not a department.
            ("sở", _) if !matches!(prev, "cơ" | "trụ") => Some(Level::Provincial),
            ("tp" | "tphcm", _) => Some(named_city_level(w, after(w), text, date)),
            // "CATP Hà Nội": a city's police written short, its level the
            // city's.
            ("catp", _) => Some(named_city_level("tp", after(w), text, date)),
            ("đặc", "khu") => Some(Level::Commune),
            // "Ban Chỉ huy phòng thủ khu vực 3 - Phú Bình": a regional
            // defence command of the province's military command, which
            // the two-level reform set over several communes in place of
            // the district's ("khu vực phòng thủ" is a commune's defence
            // zone, no body).
            ("khu", "vực") if before(w).ends_with("phòng thủ ") => Some(Level::Provincial),
            ("đồn", n) if border_post(n) => Some(border_post_level(two_level)),
            ("chính", "trị") if prev == "bộ" => Some(Level::Central),
            ("tỉnh", _) => Some(Level::Provincial),
            // "tuổi trẻ Thủ đô", "Thủ đô Hà Nội": the capital, a city run
            // by the centre.
            ("thủ", "đô") => Some(Level::Provincial),
            // A city abroad has no level here.
            ("thành", "ủy" | "uỷ" | "phố" | "đoàn") if !foreign_city(before(w), after(w)) => {
                Some(named_city_level(w, after(w), text, date))
            }
            // "Thị đoàn": a town's youth union, as "Thị ủy" its party committee.
            ("huyện" | "quận", _) | ("thị", "xã" | "ủy" | "uỷ" | "đoàn") => {
                Some(Level::District)
            }
            ("thị", "trấn") | ("phường", _) => Some(Level::Commune),
            // "khu phố 29", "tổ dân phố 3": parts of a ward, its level.
            ("phố", _) if matches!(prev, "khu" | "dân") => Some(Level::Commune),
            // A village's party cell, head or front committee ("Bí thư Chi
            // bộ thôn", "Trưởng bản", "Ban công tác Mặt trận (khu dân cư)
            // thôn A", "Ban CTMT ấp B"), or a village opening the organizer
            // ("Thôn A tổ chức"): the commune's level, the lowest there is.
            // "Sóc Trăng", "Buôn Đôn" open the names of larger units.
            ("thôn" | "bản" | "ấp" | "xóm" | "buôn" | "khóm" | "sóc" | "bon", _)
                if matches!(prev, "bộ" | "trưởng" | "cư" | "trận" | "ctmt")
                    || (i == 0 && matches!(w, "thôn" | "ấp" | "xóm"))
                    || village_branch(before(w)) =>
            {
                Some(Level::Commune)
            }
            // "UBKT Đảng ủy tổ chức …", "của Ban Thường vụ Đảng ủy.": a
            // party committee named with no unit or body after it is the
            // commune's, whose own portal leaves the unit out; higher
            // committees always name theirs ("Đảng ủy Khối", "Đảng ủy
            // Quân sự tỉnh").
            ("ủy" | "uỷ", _) if prev == "đảng" && bare_party_committee(after(w)) => {
                Some(Level::Commune)
            }
            // No communes: "xã hội" (society), "xã giao" (courtesy), "Thông
            // tấn xã" (the news agency), "hợp tác xã" (a cooperative).
            ("xã", n) if !matches!((prev, n), ("thị" | "tấn" | "tác", _) | (_, "hội" | "giao")) => {
                Some(Level::Commune)
            }
            // "Ủy ban MTTQ Việt Nam", "Hội Nông dân VN" with no unit after it.
            ("việt", "nam") | ("vn", _) if national_named(w, next, before(w), prev, after(w)) => {
                Some(Level::Central)
            }
            // "Ban Dân vận T.Ư", "T.W": the centre written short with a dot.
            ("t", "ư" | "w") if after(w).starts_with('.') => Some(Level::Central),
            // A central body written short ("UBKTTW", "BCHTW", "BTCTW"); a
            // member of one ("UVTW") names the person's rank, not an organ.
            (abbrev, _) if central_abbreviation(abbrev) => Some(Level::Central),
            // "GHPGVN", "HLHPNVN": a national body written short.
            (abbrev, n) if national_abbreviation(abbrev, n) => Some(Level::Central),
            _ => None,
        });
        // "cấp huyện, thị xã, thành phố": a tier, and the units listed
        // after it are its members, no one body.
        let tier = level.is_some() && super::bodies::is_tier(prev, w);
        let level = level.filter(|_| !tier);
        // "94 xã, phường", "tại 5 huyện": a number before a unit counts
        // units ("Phường 3" names one with the number after it).
        // "khu 2 xã A", "khu dân cư số 3 phường B": the number names a
        // village of the unit, it counts nothing.
        let counted = level.is_some() && counts_units(before(w));
        let share = shares_units(prev, w, before(w), after(w));
        if tier || counted || (level.is_some() && share) {
            plural = true;
        } else if plural && level.is_none() && !RUN_WORDS.contains(&w) {
            plural = false;
        }
        if matches!((w, next), ("ủy" | "uỷ", "viên")) {
            member = true;
        }
        let unit = level.is_some() && JOINED.contains(&w);
        let level = level.filter(|&l| {
            let membership = std::mem::take(&mut member) && l == Level::Central;
            !(plural || membership || (joint && unit))
        });
        let level = named.read(level, unit && w != "và", prev, before(w));
        // "huyện, xã", "tỉnh và huyện": the next unit word joins this one.
        joint = (unit && JOINED.contains(&next)) || (joint && w == "và");
        out.extend(level.filter(|l| !(two_level && *l == Level::District)));
        (prev, i) = (w, i + 1);
    }
    out
}

/// Whether the text right after a word opens with a hyphen glued to the
/// next word, no space on either side ("thành-đoàn" in a slogan).
fn glued(after: &str) -> bool {
    let mut chars = after.chars();
    matches!(chars.next(), Some('-' | '–')) && chars.next().is_some_and(is_letter)
}

/// The last unit named with its own name ("tỉnh Sóc Trăng") as level words
/// are read: its level and the words of its name read since.
#[derive(Default)]
struct NamedUnit(Option<(Level, usize)>);

impl NamedUnit {
    /// The level of a word (`unit` when it is a unit word, after the word
    /// `prev` and the text `before` it), none when the unit joins a higher
    /// one named before it ("Lãnh đạo tỉnh A và huyện B", "Đoàn cán bộ tỉnh
    /// A, huyện B"): a second party the higher one leads, as in "tỉnh và
    /// huyện", where an address goes the other way ("xã A, huyện B") and
    /// places the body lower.
    fn read(
        &mut self,
        level: Option<Level>,
        unit: bool,
        prev: &str,
        before: &str,
    ) -> Option<Level> {
        let joins = |l: Level| {
            self.0.is_some_and(|(h, n)| {
                // "và" is counted as a word of the name: one name word before it.
                h < l && ((prev == "và" && n >= 2) || (n >= 1 && before.trim_end().ends_with(',')))
            })
        };
        let level = level.filter(|&l| !(unit && joins(l)));
        self.0 = match level {
            Some(l) if unit => Some((l, 0)),
            Some(_) => None,
            None => self
                .0
                .map(|(l, n)| (l, n + 1))
                .filter(|&(_, n)| n <= MAX_UNIT_NAME),
        };
        level
    }
}

/// Most words of a unit's own name ("Bà Rịa - Vũng Tàu", with "và" or a
/// comma after it) before a lower unit joined to it.
const MAX_UNIT_NAME: usize = 5;

/// Whether the text before "Trung ương" ends with "trực thuộc": a city
/// or a party committee directly under the centre, of a province's rank.
fn under(before: &str) -> bool {
    before.ends_with("trực thuộc ")
}

/// Kinds of documents a text cites, in lower case, with the issuer after
/// them ("Chỉ thị số 05-CT/TW của Bộ Chính trị").
const CITED_KINDS: &[&str] = &[
    "quyết định",
    "nghị quyết",
    "chỉ thị",
    "kết luận",
    "quy định",
    "nghị định",
    "thông tư",
    "công điện",
];

/// Most bytes between a cited document's kind and "của" before its issuer.
const MAX_CITATION: usize = 80;

/// Whether the word `w` (before the text `before` it, `next` after it)
/// names the issuer of a document the text cites: the code's last part
/// ("217-QĐ/TW", "05-NQ/TU") or the body after "của" that closes a
/// citation ("Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị").
fn cited_issuer(before: &str, w: &str, next: &str) -> bool {
    if let Some(code) = before.strip_suffix('/') {
        let code = code.rsplit(' ').next().unwrap_or("");
        if code.contains('-') && code.starts_with(|c: char| c.is_ascii_digit()) {
            return true;
        }
    }
    // The issuer's first word: "của Bộ Chính trị", "của Ban Bí thư".
    let rest = match (w, next) {
        ("chính", "trị") => before.strip_suffix("bộ "),
        ("bí", "thư") => before.strip_suffix("ban "),
        ("trung", "ương") | ("chính", "phủ") | ("thủ", "tướng") => Some(before),
        _ => None,
    };
    let Some(rest) = rest.and_then(|r| r.strip_suffix("của ")) else {
        return false;
    };
    let mut from = rest.len().saturating_sub(MAX_CITATION);
    while !rest.is_char_boundary(from) {
        from += 1;
    }
    let clause = &rest[from..];
    let clause = clause
        .rfind(['.', ';'])
        .map_or(clause, |p| &clause[p + 1..]);
    CITED_KINDS.iter().any(|k| clause.contains(k))
}

/// Whether the word `w` and the `next` (after `prev`, with the text
/// `after` it) name the centre or a central office: "Trung ương", "Quốc
/// hội", "Thủ tướng", "Bộ trưởng", "Học viện", "VKSND tối cao" (the
/// Supreme Procuracy and Court).
fn central_pair(w: &str, next: &str, prev: &str, after: &str) -> bool {
    match (w, next) {
        ("trung", "ương")
        | ("chính", "phủ")
        | ("quốc", "hội")
        | ("toàn", "quốc")
        | ("tối", "cao")
        | ("thủ", "tướng")
        | ("tw" | "ubtư" | "ubtw", _)
        | ("tổng", "cục")
        // Academies are national bodies ("Học viện Chính trị quốc gia Hồ
        // Chí Minh", "Học viện Quốc phòng"), their regional branches too.
        | ("học", "viện") => true,
        // The Sangha's national council ("Hội đồng Trị sự"); a province
        // has a "Ban Trị sự".
        ("đồng", "trị") => prev == "hội",
        ("tịch", "nước") => prev == "chủ",
        // "Đoàn kiểm tra của Ủy ban Dân tộc": a central body whose name
        // carries no word of the centre, unless a unit follows it.
        ("hội", "đồng") | ("ủy" | "uỷ", "ban") => {
            national_council(after)
                || super::bodies::unmarked_central(w, after).is_some_and(|t| !first_word_is_unit(t))
        }
        ("bí", "thư") => prev == "ban" || prev == "tổng",
        // "Bí thư chi bộ, Trưởng ban …" are two titles, no minister.
        ("bộ" | "thứ", "trưởng") => after.starts_with(" trưởng"),
        _ => false,
    }
}

/// Whether `after`, the lower-case text after the "hội" of "Hội đồng" or
/// the "ủy" of "Ủy ban", names a body of the whole nation: "quốc gia"
/// closes its name within a few words with no unit word before it
/// ("Hội đồng Bầu cử Quốc gia", "Ủy ban Quốc gia về người cao tuổi");
/// "Ủy ban nhân dân xã … chương trình mục tiêu quốc gia" names a commune.
fn national_council(after: &str) -> bool {
    const UNITS: &[&str] = &[
        "tỉnh",
        "huyện",
        "quận",
        "xã",
        "phường",
        "thành",
        "thị",
        "nhân",
    ];
    let name = after
        .split([',', '.', ';', ':', '(', '"', '“'])
        .next()
        .unwrap_or("");
    let words: Vec<&str> = name.split_whitespace().skip(1).take(7).collect();
    words
        .windows(2)
        .position(|pair| pair == ["quốc", "gia"])
        .is_some_and(|at| !words[..at].iter().any(|w| UNITS.contains(w)))
}

/// The level of a border post ("Đồn Biên phòng A", "Đồn BPCKQT B"): it
/// keeps a stretch of the border of a few communes, the level of the
/// district it served; after the two-level reform it is, like the regional
/// defence command, a unit of the province's command set over several
/// communes.
fn border_post_level(two_level: bool) -> Level {
    if two_level {
        Level::Provincial
    } else {
        Level::District
    }
}

/// The province's border guard as a headline or a lead names it, the
/// force and its command ("Bộ Chỉ huy BĐBP tỉnh") alike.
const PROVINCE_FORCE: &[&str] = &["bộ đội biên phòng tỉnh", "bđbp tỉnh"];

/// Whether a report is about a province's border guard rather than one of
/// its posts: its headline or lead (`lowers`, lower case) names the force
/// of the province, or the text names two border posts or more ("Đồn
/// Biên phòng A … Đồn Biên phòng B"). Posts keep stretches of the border
/// of different districts; the command over all of them is the
/// province's, whatever district the post a caption shows lies in.
pub(super) fn province_border_feature(lowers: &[&str], text: &str) -> bool {
    lowers
        .iter()
        .take(3)
        .any(|l| PROVINCE_FORCE.iter().any(|f| l.contains(f)))
        || border_posts_named(text) >= 2
}

/// How many border posts `text` names, each by the capitalised words
/// after "Đồn Biên phòng" (at most four, so a scan of a long page stays
/// linear); a post named again counts once. Stops counting at two.
fn border_posts_named(text: &str) -> usize {
    const POST: &str = "đồn biên phòng ";
    let lower = lower_same(text);
    let mut seen: Vec<&str> = Vec::new();
    for (at, _) in lower.match_indices(POST) {
        let rest = &text[at + POST.len()..];
        let mut end = 0;
        for w in rest.split(' ').take(4) {
            if !w.chars().next().is_some_and(char::is_uppercase) {
                break;
            }
            end += w.len() + 1;
            if w.ends_with([',', '.', ';', ':']) {
                break;
            }
        }
        let name = rest[..end.min(rest.len())].trim_end_matches([' ', ',', '.', ';', ':']);
        if !name.is_empty() && !seen.contains(&name) {
            seen.push(name);
            if seen.len() >= 2 {
                break;
            }
        }
    }
    seen.len()
}

/// Most words of a province's name ("Bà Rịa - Vũng Tàu" is written with
/// its dash, a word of no letters, left out).
const MAX_PROVINCE_WORDS: usize = 4;

/// Whether `after`, the lower-case text after the "bộ" of "Bộ đội Biên
/// phòng", goes on with the name of a province and no unit word before
/// it: "Bộ đội Biên phòng Sóc Trăng" is that province's border guard.
/// With "tỉnh" between ("Bộ đội Biên phòng tỉnh Sóc Trăng") the unit word
/// tells the level itself; alone, the force is the whole country's.
fn province_border_guard(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(" đội biên phòng ") else {
        return false;
    };
    let words: Vec<&str> = rest
        .split(|c: char| !is_letter(c) && c != ' ' && c != '-')
        .next()
        .unwrap_or("")
        .split_whitespace()
        .filter(|w| *w != "-")
        .take(MAX_PROVINCE_WORDS)
        .collect();
    !words.first().is_some_and(|w| UNIT_WORDS.contains(w))
        && (1..=words.len()).any(|n| crate::units::province(&words[..n].join(" ")).is_some())
}

/// Whether the word after "đồn" names a border post: "Biên phòng", or the
/// force written short ("BP", "BPCK", "BPCKQT", "BPCKC" for a port's).
fn border_post(next: &str) -> bool {
    next == "biên" || (next.starts_with("bp") && next.len() <= 8)
}

/// Words that open the name of an administrative unit ("xã A", "thành phố
/// B", "TP C").
const UNIT_WORDS: &[&str] = &[
    "tỉnh",
    "thành",
    "tp",
    "huyện",
    "quận",
    "thị",
    "xã",
    "phường",
    "đặc",
];

/// Whether "Việt Nam" (`w` "việt", or "vn" written short) closes the name
/// of a national body ("Ủy ban MTTQ Việt Nam"), with no unit named right
/// after it: "UBMTTQ Việt Nam xã A" is the commune's, read at "xã".
fn national_named(w: &str, next: &str, before: &str, prev: &str, after: &str) -> bool {
    super::bodies::national_body(before, prev)
        && if w == "vn" {
            !UNIT_WORDS.contains(&next) && !chapter_host_follows(after)
        } else {
            !unit_follows(after)
                && !chapter_host_follows(after.trim_start().strip_prefix("nam").unwrap_or(""))
        }
}

/// Institutions that hold a chapter of a national organisation, named
/// right after its "Việt Nam": "Hội Sinh viên Việt Nam Trường Đại học A",
/// "Hội Cựu chiến binh Việt Nam Công ty B" are the chapter of that school
/// or firm, not the national body. A school is named by its kind, so
/// "trường tồn" (lasting) is none.
const CHAPTER_HOSTS: &[&str] = &[
    "trường đại học",
    "trường cao đẳng",
    "trường trung cấp",
    "trường chính trị",
    "trường sĩ quan",
    "trường quân sự",
    "trường thpt",
    "trường thcs",
    "trường tiểu học",
    "trường mầm non",
    "trường phổ thông",
    "học viện",
    "đại học",
    "công ty",
    "tổng công ty",
    "bệnh viện",
];

/// Whether `after` (the text after "Việt Nam" or "VN") opens with an
/// institution of `CHAPTER_HOSTS`.
fn chapter_host_follows(after: &str) -> bool {
    let rest = after.trim_start();
    CHAPTER_HOSTS.iter().any(|h| {
        rest.strip_prefix(h)
            .is_some_and(|r| !r.chars().next().is_some_and(is_letter))
    })
}

/// Whether the first word of `text` is a unit's word ("tỉnh", "huyện").
fn first_word_is_unit(text: &str) -> bool {
    text.split(|c: char| !is_letter(c))
        .find(|w| !w.is_empty())
        .is_some_and(|w| UNIT_WORDS.contains(&w))
}

/// Whether the text after "việt" ("… nam xã A") names a unit right after
/// "Việt Nam": the body is that unit's, not the national one.
fn unit_follows(after_viet: &str) -> bool {
    let Some(rest) = after_viet
        .trim_start()
        .strip_prefix("nam")
        .map(str::trim_start)
    else {
        return false;
    };
    rest.split(|c: char| !is_letter(c))
        .next()
        .is_some_and(|w| UNIT_WORDS.contains(&w))
        || shared_unit_after(rest)
}

/// Bodies joined to the Front after "Việt Nam" that open a list of them
/// ("Ủy ban MTTQ Việt Nam và các tổ chức chính trị - xã hội xã A", "… và
/// các đoàn thể phường B").
const JOINED_BODIES: &[&str] = &[
    "các tổ chức chính trị - xã hội",
    "các tổ chức chính trị-xã hội",
    "các tổ chức chính trị – xã hội",
    "các tổ chức thành viên",
    "các đoàn thể",
    "các đoàn thể chính trị - xã hội",
    "các hội",
];

/// Whether `rest` (the text after "Việt Nam") joins other bodies to the
/// Front and names the unit once after them: the unit is that of all,
/// the Front's too.
fn shared_unit_after(rest: &str) -> bool {
    let Some(list) = rest.strip_prefix("và ") else {
        return false;
    };
    JOINED_BODIES.iter().any(|b| {
        list.strip_prefix(b)
            .map(str::trim_start)
            .and_then(|r| r.split(|c: char| !is_letter(c)).next())
            .is_some_and(|w| UNIT_WORDS.contains(&w))
    })
}

/// Whether the lower-case word `w` abbreviates a central body (its
/// expansion in `assets/lexicon/abbreviations.tsv` names the Trung ương
/// and opens with no membership).
fn central_abbreviation(w: &str) -> bool {
    w.len() > 3
        && crate::parse::vocab::expansion(w).is_some_and(|e| {
            (e.contains("Trung ương") || e.ends_with("tối cao") || e == "Kiểm toán nhà nước")
                && !e.starts_with("Ủy viên")
                && !e.starts_with("Tỉnh ủy viên")
        })
}

/// Whether the lower-case word `w` abbreviates a national body named with
/// "Việt Nam" ("ghpgvn": "Giáo hội Phật giáo Việt Nam"). The Front is
/// not one: "UBMTTQVN" is written so at every level ("UBMTTQVN tỉnh",
/// "MTTQVN cấp huyện"). Nor is one with a unit or a tier after it (`next`).
fn national_abbreviation(w: &str, next: &str) -> bool {
    w.len() > 4
        && w.ends_with("vn")
        && !UNIT_WORDS.contains(&next)
        && next != "cấp"
        && crate::parse::vocab::expansion(w).is_some_and(|e| {
            let lower = e.to_lowercase();
            lower.strip_suffix(" việt nam").is_some_and(|body| {
                let prev = body.rsplit(' ').next().unwrap_or(body);
                !body.contains("mặt trận") && super::bodies::national_body(body, prev)
            })
        })
}

/// Most words of a union's name between "Chi hội" or "Chi đoàn" and the
/// village it serves ("Chi hội Cựu chiến binh thôn").
const MAX_BRANCH_NAME: usize = 4;

/// Whether the text `before` a village word ends with a union's branch
/// ("Chi hội Nông dân ấp 3", "Chi hội Phụ nữ thôn Đông", "Chi đoàn bản
/// Mới"): a branch the commune's union keeps in a village, so the
/// commune's level, as the village's party cell is.
fn village_branch(before: &str) -> bool {
    let words = before.split_whitespace().rev().take(MAX_BRANCH_NAME + 2);
    let mut prev = "";
    for w in words {
        if w == "chi" && matches!(prev, "hội" | "đoàn") {
            return true;
        }
        if w.ends_with([',', '.', ';', ':']) {
            return false;
        }
        prev = w;
    }
    false
}

/// Whether the text `after` "Đảng ủy" names no unit or body: the sentence
/// ends there, or the committee's own act follows ("tổ chức", "đã", "vừa").
fn bare_party_committee(after: &str) -> bool {
    const ACTS: &[&str] = &["tổ chức", "đã ", "vừa ", "họp ", "lãnh đạo", "chỉ đạo"];
    let rest = after.trim_start();
    rest.is_empty()
        || rest.starts_with(['.', ';', '!', '?'])
        || ACTS.iter().any(|a| rest.starts_with(a))
}

/// Whether the unit word `w`, after `prev`, takes a share of the units
/// rather than naming one: "các xã", "những phường", "100% số xã"; "số 7
/// phường A" numbers a village (digits are no words, so "số" is still the
/// word before), and so does "khu dân cư số 4, phường A", the comma
/// setting the ward after the village it holds. "các phường A, B và C tổ
/// chức …": wards named one by one are the bodies that act, all of one
/// level, no share of the units.
fn shares_units(prev: &str, w: &str, before: &str, after: &str) -> bool {
    let numbered = || {
        before
            .trim_end()
            .trim_end_matches(',')
            .ends_with(|c: char| c.is_ascii_digit())
    };
    (matches!(prev, "các" | "những") && !(matches!(w, "xã" | "phường") && names_units(after)))
        || (prev == "số" && !numbered())
}

/// Whether the text after a unit word (" xuân hòa, bàn cờ và nhiêu lộc
/// tổ chức …") names two units or more of it one by one: a unit's name,
/// then a comma or "và", then another unit's name. "các xã biên giới" or
/// "các xã, phường" name no unit of the list, even where a commune bears
/// the common noun's name.
fn names_units(after: &str) -> bool {
    unit_name_then(after).is_some_and(|rest| {
        let rest = rest.trim_start();
        rest.strip_prefix(',')
            .or_else(|| rest.strip_prefix("và "))
            .and_then(unit_name_then)
            .is_some()
    })
}

/// The text after the unit name (of one to three words, the longest
/// known) that opens `s`, when one does.
fn unit_name_then(s: &str) -> Option<&str> {
    let s = s.trim_start();
    let mut ends = Vec::with_capacity(3);
    let mut at = 0;
    for _ in 0..3 {
        let word_len = s[at..]
            .find(|c: char| !is_letter(c))
            .unwrap_or(s.len() - at);
        if word_len == 0 {
            break;
        }
        ends.push(at + word_len);
        at += word_len;
        if !s[at..].starts_with(' ') {
            break;
        }
        at += 1;
    }
    ends.into_iter()
        .rev()
        .find(|&e| crate::units::is_unit_name(&s[..e]))
        .map(|e| &s[e..])
}

/// Whether `before` (the text ahead of a unit word) ends with a number
/// that counts units ("94 xã", "tại 5 huyện"), not one that names a
/// village or a residential group ("khu 2 xã A", "tổ dân phố số 4 phường B").
fn counts_units(before: &str) -> bool {
    const VILLAGE: &[&str] = &[
        "khu", "thôn", "ấp", "tổ", "bản", "xóm", "phố", "số", "buôn", "làng", "khối", "cụm", "đội",
    ];
    let rest = before.trim_end();
    // "100% quận, huyện", "98,5% thôn": a share in percent counts units
    // as a number does.
    if let Some(share) = rest.strip_suffix('%') {
        return share.ends_with(|c: char| c.is_ascii_digit());
    }
    let number = rest.trim_end_matches(|c: char| c.is_ascii_digit());
    if number.len() == rest.len() {
        return false;
    }
    let word = number.trim_end().rsplit(' ').next().unwrap_or("");
    !VILLAGE.contains(&word)
}

/// Whether `before` (the text ahead of "quốc hội") ends with deputies
/// named as a group: "các đại biểu", "các vị đại biểu", "những đại biểu".
fn deputies(before: &str) -> bool {
    let rest = before.trim_end().trim_end_matches("đại biểu").trim_end();
    let rest = rest.strip_suffix("vị").map_or(rest, str::trim_end);
    ["các", "những"]
        .iter()
        .any(|w| rest.ends_with(w) && !rest[..rest.len() - w.len()].ends_with(is_letter))
}

/// The level of the city named after "TP" or "Thành phố"/"Thành ủy" (`w`,
/// with `after` the text after it): a city of a province or of a city
/// centrally run ("TP. Thủ Đức", "Thành ủy Thủ Dầu Một") was a district
/// before 1 July 2025 even where the city above it is named; otherwise
/// `city_level` tells.
fn named_city_level(w: &str, after: &str, text: &str, date: Option<Date>) -> Level {
    let rest = if w == "thành" {
        after.trim_start().split_once(' ').map_or("", |(_, r)| r)
    } else {
        after
    };
    // "Thành ủy TP. Thủ Đức": the city's kind word again.
    let rest = rest.trim_start_matches(['.', ' ']);
    let rest = ["tp.", "tp ", "thành phố "]
        .iter()
        .find_map(|k| rest.strip_prefix(k))
        .unwrap_or(rest)
        .trim_start();
    let words = name_words(rest);
    let central = |name: &str| {
        crate::units::central_cities(date).any(|c| {
            std::iter::once(&c.name)
                .chain(&c.variants)
                .any(|n| n.to_lowercase() == name)
        })
    };
    let district_city = (1..=words.len()).rev().any(|n| {
        let name = words[..n].join(" ");
        !central(&name)
            && crate::units::district(&format!("thành phố {name}"))
                .is_some_and(|u| u.kind.level() == Level::District)
    });
    // Only six cities are run by the centre; any other city named after
    // "TP"/"thành phố" is a province's, a district until 1 July 2025,
    // though its name is spelt another way or not listed ("TP. Buôn Mê
    // Thuột", "TP. Phan Rang - Tháp Chàm").
    let spelled = w == "tp" || w == "thành" && after.trim_start().starts_with("phố ");
    let province_city = spelled
        && !(1..=words.len()).any(|n| central(&words[..n].join(" ")))
        && words.first().is_some_and(|first| names_city(text, first));
    if (district_city || province_city) && date.is_none_or(|d| d < crate::units::REFORM) {
        Level::District
    } else {
        city_level(text, date)
    }
}

/// The first three words of `rest` before any mark: the most a unit's
/// name after its kind word is read for ("Buôn Ma Thuột").
fn name_words(rest: &str) -> Vec<&str> {
    rest.split(|c: char| !is_letter(c) && c != ' ')
        .next()
        .unwrap_or("")
        .split(' ')
        .filter(|w| !w.is_empty())
        .take(3)
        .collect()
}

/// Ways a city's kind word is written before its name.
const CITY_KINDS: &[&str] = &[
    "TP.",
    "TP. ",
    "TP ",
    "Tp.",
    "Tp. ",
    "Tp ",
    "thành phố ",
    "Thành phố ",
];

/// Whether `text` writes a city's name, whose first word is `first`
/// (lower case), as a proper name after its kind word: "TP. Buôn Mê
/// Thuột", not "TP cũng" nor "TP.HCM" in capitals.
fn names_city(text: &str, first: &str) -> bool {
    let mut chars = first.chars();
    let Some(initial) = chars.next() else {
        return false;
    };
    if chars.as_str().is_empty() {
        return false;
    }
    let name: String = initial.to_uppercase().chain(chars).collect();
    CITY_KINDS
        .iter()
        .any(|kind| text.contains(&format!("{kind}{name}")))
}

/// Whether "thành phố" (with the lower-case text `before` and `after`
/// "thành") names a city abroad: its mayor ("Thị trưởng thành phố", an
/// office no Vietnamese city has), or its name followed by its country
/// in brackets or after a comma ("thành phố Asan (Hàn Quốc)", "thành phố
/// Osaka, Nhật Bản").
fn foreign_city(before: &str, after: &str) -> bool {
    if before.ends_with("thị trưởng ") {
        return true;
    }
    let Some(rest) = after.trim_start().strip_prefix("phố ") else {
        return false;
    };
    let Some(open) = rest.find(['(', ',']) else {
        return false;
    };
    let name = &rest[..open];
    let words = name.split_whitespace().count();
    if !(1..=3).contains(&words) || !name.chars().all(|c| is_letter(c) || c == ' ' || c == '-') {
        return false;
    }
    // The country's name is up to three words ("Hàn Quốc", "Cộng hòa
    // Séc"), the sentence going on after it when a comma brings it.
    let after_name = rest[open + 1..]
        .split([')', ',', '.', ';'])
        .next()
        .unwrap_or("");
    let words: Vec<&str> = after_name.split_whitespace().take(3).collect();
    (1..=words.len()).any(|n| crate::parse::vocab::is_country(&words[..n].join(" ")))
}

/// A city's party committee is provincial when a city centrally run on
/// the report's `date` is named in the text, or no province is and the
/// text names no city of a province either; otherwise it is a provincial
/// city's, a district-level body ("Thành ủy Huế, tỉnh Thừa Thiên Huế" in
/// 2023; "Hội Nông dân thành phố" beside "thành phố Bắc Ninh" in 2022).
pub(super) fn city_level(text: &str, date: Option<Date>) -> Level {
    // "HCM" covers "TP.HCM", "TPHCM", "TP HCM" and "TP. HCM"; "Sài Gòn" is
    // the city's former name, still written.
    let central = crate::units::central_cities(date).any(|c| {
        std::iter::once(&c.name)
            .chain(&c.variants)
            .any(|n| names_central_city(text, n))
    }) || ["HCM", "Sài Gòn"].iter().any(|c| text.contains(c));
    let province_named =
        text.contains("tỉnh ") || text.contains("Tỉnh ") || names_province_member(text);
    if central || !(province_named || names_district_city(text, date)) {
        Level::Provincial
    } else {
        Level::District
    }
}

/// Whether `text` names the centrally-run city written `name`. A name of
/// one syllable ("Huế") right after another capitalised word is the end
/// of a person's name ("Minh Huế", "Lê Thị Huế"), unless the words before
/// it spell a province with it ("Thừa Thiên Huế").
fn names_central_city(text: &str, name: &str) -> bool {
    if name.contains(' ') {
        return text.contains(name);
    }
    text.match_indices(name).any(|(at, _)| {
        let before = &text[..at];
        let Some(head) = before.strip_suffix(' ') else {
            return !before.ends_with(is_letter);
        };
        let words: Vec<&str> = head.rsplit(char::is_whitespace).take(2).collect();
        let Some(&last) = words.first() else {
            return true;
        };
        if !last.starts_with(char::is_uppercase) || CITY_KINDS.iter().any(|k| k.trim_end() == last)
        {
            return true;
        }
        (1..=words.len()).any(|n| {
            let mut spelt: Vec<&str> = words[..n].iter().rev().copied().collect();
            spelt.push(name);
            crate::units::province(&spelt.join(" ")).is_some()
        })
    })
}

/// Whether `text` names, before 1 July 2025, a city the district lexicon
/// knows as a province's, after its kind word and in capitals ("thành
/// phố Bắc Ninh", "TP. Vinh"): a bare "thành phố" in that text is that
/// city. Each kind word's place is read once, up to three words after it.
fn names_district_city(text: &str, date: Option<Date>) -> bool {
    if date.is_some_and(|d| d >= crate::units::REFORM) {
        return false;
    }
    CITY_KINDS.iter().any(|kind| {
        text.match_indices(kind).any(|(at, _)| {
            // Three words are read at most, so no more than a few dozen
            // characters: a long run of letters is not scanned to its end.
            let rest = &text[at + kind.len()..];
            let cut = rest.char_indices().nth(48).map_or(rest.len(), |(i, _)| i);
            let words = name_words(&rest[..cut]);
            words
                .first()
                .is_some_and(|w| w.starts_with(char::is_uppercase))
                && (1..=words.len()).any(|n| {
                    crate::units::district(&format!("thành phố {}", words[..n].join(" ")))
                        .is_some_and(|u| u.kind.level() == Level::District)
                })
        })
    })
}

/// Whether `text` names a member of a province's party committee written
/// short ("Đồng chí A - TUV, Bí thư Thành ủy"): the city's secretary sits
/// in a Tỉnh ủy, so the city is a province's, not one centrally run.
fn names_province_member(text: &str) -> bool {
    text.split(|c: char| !is_letter(c))
        .filter(|w| w.len() > 1 && w.chars().all(char::is_uppercase))
        .any(|w| {
            crate::parse::vocab::expansion(&w.to_lowercase())
                .is_some_and(|e| e.starts_with("Tỉnh ủy viên") || e.starts_with("Tỉnh uỷ viên"))
        })
}
