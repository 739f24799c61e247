//! Source (outlet or portal) and author (byline) of a report. The source
//! comes from a lead prefix ("(Baonghean.vn) -", "LSO-", "(ĐCSVN) –",
//! "HÀ NỘI (TTXVN) -", "VTV.vn -", "(SGGP).-"), a byline's parenthesis ("Thu Hà (TTXVN)"),
//! "Nguồn: X", "Theo X", or the portal name in the header. The author is the
//! byline as written; "Nguồn: X" gives X when there is no personal byline.

use super::page::Page;
use super::rx::Rx;
use std::sync::LazyLock;

static PAREN_PREFIX: LazyLock<Rx> =
    LazyLock::new(|| Rx::new(r"^([^()]{0,30}?)\(([^()]{2,40})\)\.?\s*[-–—]+\s*"));
static CAPS_PREFIX: LazyLock<Rx> = LazyLock::new(|| {
    Rx::new(
        r"^([A-ZĐ][A-ZĐ0-9.]{1,14}(?:\.(?:vn|com|net|org)(?:\.vn)?)?(?: [A-ZĐ0-9.]{2,14}){0,2})\s*[-–—]+\s*",
    )
});

/// Splits an outlet prefix off a lead paragraph: returns the outlet and the rest.
pub fn lead_prefix(para: &str) -> Option<(String, String)> {
    // "• (Dân Việt) - Ngày 17.8, …": a listing sets each lead as an item
    // of a list; the mark goes with the tag after it.
    let para = para.strip_prefix("• ").unwrap_or(para);
    if let Some((name, rest)) = bare_paren_prefix(para) {
        return Some((name.to_string(), rest.to_string()));
    }
    // Both patterns are anchored: a bracket within the opening thirty
    // chars, or two capitals first, is told on the bytes before either
    // runs (asked of every lead).
    let bracket = memchr::memchr(b'(', &para.as_bytes()[..para.len().min(128)]).is_some();
    let mut chars = para.chars();
    let capitals = chars
        .next()
        .is_some_and(|c| c.is_ascii_uppercase() || c == 'Đ')
        && chars
            .next()
            .is_some_and(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '.' || c == 'Đ');
    let (c, group) = match bracket.then(|| PAREN_PREFIX.captures(para)).flatten() {
        Some(c) if dateline(c.get(1)?.as_str()) => (c, 2),
        _ if !capitals => return None,
        _ => (CAPS_PREFIX.captures(para)?, 1),
    };
    let whole = c.get(0)?;
    let name = c.get(group)?.as_str().trim();
    let rest = para.get(whole.end()..)?;
    if name.split(' ').count() > 5 || rest.is_empty() {
        return None;
    }
    Some((name.to_string(), rest.to_string()))
}

/// The lead without the dash a page left at its start when it dropped
/// the outlet's tag before it (" - Tại xã A, Công an huyện B đã …"): a
/// sentence of some length, so that a short item of a list keeps its dash.
fn orphan_dash(para: &str) -> Option<&str> {
    let rest = para.trim_start().strip_prefix(['-', '–', '—'])?;
    let rest = rest.strip_prefix(' ')?.trim_start();
    let long = super::text::word_count(rest) >= 12;
    (long && rest.starts_with(char::is_uppercase)).then_some(rest)
}

/// The lead without the label of its media a page set before it with a
/// dash ("Trực tiếp - Ngày 9-4, …", "VIDEO – Sáng 3/2, …"): the kind of
/// item, which names no outlet and no writer (`MEDIA_TAGS`).
fn media_label(para: &str) -> Option<&str> {
    let dash = para
        .char_indices()
        .take(24)
        .find(|&(_, c)| matches!(c, '-' | '–' | '—'))?
        .0;
    let label = para[..dash].trim_end();
    if label.len() == dash || !crate::parse::lexicon::is_media_tag(label) {
        return None;
    }
    let rest = para[dash..].trim_start_matches(['-', '–', '—']);
    let rest = rest.strip_prefix(' ')?.trim_start();
    rest.starts_with(char::is_uppercase).then_some(rest)
}

/// "(NTO) Ngày 7-3, …": an outlet's short name in capitals in brackets
/// and no dash; the name and the rest. The writer's initials may follow
/// the outlet's after a hyphen ("(BTV-HL)"). Read by hand, like
/// `dates::agency_stamp`.
fn bare_paren_prefix(para: &str) -> Option<(&str, &str)> {
    let inner = para.strip_prefix('(')?;
    let close = inner.find(')').filter(|&n| (2..=30).contains(&n))?;
    let name = &inner[..close];
    let capitals = name.len() <= 12
        && name.starts_with(|c: char| c.is_ascii_uppercase() || c == 'Đ')
        && !name.ends_with('-')
        && !name.contains("--")
        && name.chars().all(|c| {
            c.is_ascii_uppercase() || c.is_ascii_digit() || c == '.' || c == '-' || c == 'Đ'
        });
    let rest = inner[close + 1..].strip_prefix(' ')?.trim_start();
    ((capitals || outlet_words(name)) && rest.starts_with(char::is_uppercase))
        .then_some((name, rest))
}

/// "(Tài chính) Thực hiện …", "(Dân sinh) Sáng 12/3 …": a magazine's or
/// a paper's name in words, in brackets before the lead: one to three
/// words, only letters, the first capitalised. A note on the text ("(Tiếp
/// theo kỳ trước)", "(Ảnh minh họa)") is none.
fn outlet_words(name: &str) -> bool {
    const NOTES: &[&str] = &[
        "tiếp", "kỳ", "kì", "bài", "ảnh", "video", "clip", "xem", "theo",
    ];
    let words = name.split(' ').count();
    let first = name.split(' ').next().unwrap_or("");
    (1..=3).contains(&words)
        && name.chars().count() <= 20
        && name.starts_with(char::is_uppercase)
        && name
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '.')
        && !NOTES.contains(&super::text::lower_same(first).as_str())
}

/// Whether the text before "(TTXVN)" is a dateline: a capitalised place,
/// maybe with a day ("Hà Nội, 5/3", "TP HCM"), or nothing.
fn dateline(pre: &str) -> bool {
    let words: Vec<&str> = pre.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    words.len() <= 6
        && words.iter().all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        })
}

/// The day in a dateline before an outlet ("Hà Nội, 5/3 (TTXVN) - …").
pub fn dateline_day(para: &str) -> Option<&str> {
    let c = PAREN_PREFIX.captures(para)?;
    let pre = c.get(1)?.as_str();
    if !dateline(pre) {
        return None;
    }
    pre.split([' ', ','])
        .find(|w| w.contains('/') && w.bytes().all(|b| b.is_ascii_digit() || b == b'/'))
}

/// Splits "Thu Hà (TTXVN)" into the name and the outlet in parentheses,
/// and "Thu Hà/TTXVN" (the agency's way) into the name and the outlet.
fn split_paren(byline: &str) -> (&str, Option<&str>) {
    if let Some((name, outlet)) = byline.split_once('/') {
        let (name, outlet) = (name.trim(), outlet.trim());
        if outlet_name(outlet) && !name.is_empty() && !name.contains(['(', ',']) {
            return (name, Some(outlet));
        }
    }
    if let (Some(open), true) = (byline.find('('), byline.ends_with(')')) {
        let name = byline[..open].trim();
        // "Thu Hà/Vientiane (Vietnam+)": an agency's correspondent and the
        // city they write from, the outlet in brackets.
        let name = match name.split_once('/') {
            Some((writer, city)) if dateline_city(city) => writer.trim(),
            _ => name,
        };
        let outlet = byline[open + 1..byline.len() - 1].trim();
        // "(tổng hợp)", "(st)": how the text was made, not an outlet;
        // "(website ĐCSVN)" is one.
        let made = outlet.starts_with(char::is_lowercase) && !outlet_name(outlet);
        if !name.is_empty() && !outlet.is_empty() {
            return (name, Some(outlet).filter(|_| !made));
        }
    }
    (byline, None)
}

/// Whether `word` after a writer's slash is the city of a correspondent
/// abroad ("Vientiane", "Bangkok"): one capitalised word of letters that
/// names no outlet.
fn dateline_city(word: &str) -> bool {
    let word = word.trim();
    !word.is_empty()
        && !word.contains(' ')
        && word.starts_with(char::is_uppercase)
        && word.chars().skip(1).all(char::is_lowercase)
        && !outlet_name(word)
}

/// The agency a text is signed with at its end, "Theo TTXVN", "Nguồn:
/// ĐNRTV": one short name in capitals, the outlet's own signature when no
/// writer is named ("Báo Nhân Dân", "baochinhphu.vn" only say where a text
/// was taken from).
fn agency_signature(source: &str) -> Option<&str> {
    let source = source.trim().trim_end_matches('.');
    let caps = (2..=8).contains(&source.chars().count())
        && source.chars().all(|c| c.is_uppercase() || c == '+')
        && !unsigned_source(source);
    caps.then_some(source)
}

/// "PV Thu Hà/VOV Tây Bắc thông tin, sáng nay …": a reporter and their
/// outlet reporting the news in the lead's first words; the reporter's
/// name without what they are called, as under the text, and the outlet.
fn reporter_lead(lead: &str) -> Option<(&str, &str)> {
    let opener = super::reporter::reporter_opener(lead)?;
    let (name, outlet) = lead[opener.who..opener.verb].split_once('/')?;
    let words = super::text::word_count(name);
    let shaped = (1..=4).contains(&words)
        && super::page::name_like(name)
        && super::text::word_count(outlet) <= 5
        && outlet.starts_with(char::is_uppercase);
    shaped.then(|| (name.trim(), outlet.trim()))
}

/// Splits "Vân Thùy - Ban Dân vận Tỉnh ủy" into the writer and where they
/// work; "Minh Quân - Thu Hà" (two writers) stays whole.
fn split_org(byline: &str) -> (&str, Option<&str>) {
    // "Minh Khoa - Thu Trang, Báo Kon Tum": the writers, then after a
    // comma the paper or site they write for, named in words or as an
    // address; the dash between the writers then parts no name from an
    // organ.
    if let Some((name, outlet)) = byline.rsplit_once(", ") {
        let (name, outlet) = (name.trim(), outlet.trim());
        if !name.is_empty() && outlet.contains([' ', '.']) && outlet_name(outlet) {
            return (name, Some(outlet));
        }
    }
    match super::page::split_dash(byline) {
        Some((name, org))
            if !name.is_empty()
                && (org
                    .split(' ')
                    .any(|w| w.chars().next().is_some_and(char::is_lowercase))
                    || super::page::org_opening(org)) =>
        {
            (name, Some(org))
        }
        _ => (byline, None),
    }
}

/// Whether `name` (what follows "Nguồn") names a news outlet or a website
/// ("Báo Nhân Dân", "Cổng TTĐT tỉnh", "baochinhphu.vn", "ZING", "VOV")
/// rather than an organ.
fn outlet_name(name: &str) -> bool {
    const OUTLET: &[&str] = &[
        "báo",
        "cổng",
        "trang",
        "đài",
        "tạp chí",
        "truyền hình",
        "thông tấn",
        "kênh",
        "website",
    ];
    let lower = super::text::lower_same(name);
    // "VOV-ĐBSCL": a brand and its regional desk, joined by a dash.
    let one_brand = !name.contains(' ')
        && name.split('-').all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '+')
        });
    one_brand
        || OUTLET.iter().any(|o| lower.starts_with(o))
        || ["http", ".vn", ".com", ".net", ".org"]
            .iter()
            .any(|d| lower.contains(d))
}

/// A signature without the date written after it ("daidoanket.vn, ngày
/// 20/4/2016"): the date is the text's, not part of who signs it.
fn without_date(signature: &str) -> &str {
    let lower = super::text::lower_same(signature);
    lower
        .find(", ngày ")
        .filter(|&k| lower[k..].bytes().any(|b| b.is_ascii_digit()))
        .map_or(signature, |k| signature[..k].trim_end())
}

/// Whether `name` (what follows "Nguồn") names no writer: a medium or a
/// way of gathering ("Internet", "Sưu tầm", "Tổng hợp"), a document the
/// text was taken from ("Công văn số 3922/UBND-TH2 …"), or the address of
/// the article it was copied from (`https://baolaocai.vn/tin-tuc/…`),
/// which links a page and signs nothing.
fn unsigned_source(name: &str) -> bool {
    const GATHERED: &[&str] = &[
        "internet",
        "sưu tầm",
        "st",
        "tổng hợp",
        "tư liệu",
        "tài liệu",
        "mạng xã hội",
        "facebook",
        "youtube",
    ];
    const DOCUMENTS: &[&str] = &[
        "công văn",
        "báo cáo",
        "kế hoạch",
        "quyết định",
        "thông báo",
        "nghị quyết",
        "chỉ thị",
        "hướng dẫn",
        "tờ trình",
        "văn bản",
    ];
    let lower = super::text::lower_same(name);
    let lower = lower.trim_matches(['(', ')', '.', ' ']);
    let opens = |w: &&str| {
        lower
            .strip_prefix(*w)
            .is_some_and(|r| r.is_empty() || r.starts_with([' ', ',', '/', '-']))
    };
    GATHERED.iter().any(opens)
        || (DOCUMENTS.iter().any(opens) && lower.bytes().any(|b| b.is_ascii_digit()))
        || lower.starts_with("http://")
        || lower.starts_with("https://")
}

/// The writer and the outlet of a "Theo" line that names both ("Theo
/// Đức Tuân/baochinhphu.vn"): a name of two to four capitalised words
/// before the outlet.
fn theo_writer(theo: Option<&str>) -> Option<(&str, &str)> {
    let theo = theo?;
    // "Theo Trọng Nguyễn (website ĐCSVN)" read without its last bracket.
    if let Some((name, outlet)) = theo.split_once(" (").filter(|(_, o)| !o.contains(')')) {
        let words = super::text::word_count(name);
        if (2..=4).contains(&words) && super::page::name_like(name) && outlet_name(outlet) {
            return Some((name, outlet));
        }
    }
    // After "Theo", what follows the slash is where the text was taken
    // from, whatever the outlet is called ("Theo Tiến Thành/Hà Nội mới").
    // "Theo Thu Hà, Đồ họa: Minh Anh/VOV.VN,": the graphics' credit
    // after the writer is no part of the name.
    let slashed = theo
        .trim_end_matches([',', ' '])
        .split_once('/')
        .map(|(n, o)| (n.trim(), o.trim()))
        .map(|(n, o)| match n.split_once(", ") {
            Some((writer, credit)) if credit.contains(": ") => (writer, o),
            _ => (n, o),
        })
        .filter(|(_, o)| o.starts_with(char::is_uppercase));
    let (name, outlet) = match split_paren(theo) {
        (name, Some(outlet)) => (name, outlet),
        _ => slashed?,
    };
    writers(name).then_some((name, outlet))
}

/// Whether `name` (what follows "Nguồn") is a site's or a blog's title
/// ("Tiếng Dân"): capitalised words in mixed case, none a family name
/// first, no organ's word, no outlet's. It says where the text was taken
/// from; an organ ("Ban Dân vận Huyện ủy"), an outlet ("Báo Nhân Dân") or
/// an agency in capitals signs instead.
fn site_title(name: &str) -> bool {
    let name = name.trim().trim_end_matches('.');
    let mixed = name.chars().any(char::is_lowercase);
    mixed
        && (1..=4).contains(&super::text::word_count(name))
        && super::page::name_like(name)
        && first_word_flags(name) & super::vocab::flag::FAMILY == 0
        && !super::page::org_opening(name)
        && !outlet_name(name)
}

/// The writer a "Theo" line names with nothing after: two to four
/// capitalised words opening with a family name that opens no place or
/// word ("Hoàng Minh"). A paper's name reads like a person's ("Tuổi
/// Trẻ", "Tiền Phong") but opens with no family name. A province's name
/// ("Nguồn Hà Tĩnh", "Theo Lâm Đồng") stands for that province's paper,
/// however much it reads as a family name and a given name.
fn theo_person(theo: Option<&str>) -> Option<&str> {
    let name = theo?.trim().trim_end_matches('.');
    let flags = first_word_flags(name);
    let family =
        flags & super::vocab::flag::FAMILY != 0 && flags & super::vocab::flag::WEAK_FAMILY == 0;
    let words = super::text::word_count(name);
    let person = family && (2..=4).contains(&words) && super::page::name_like(name);
    (person && crate::units::province(name).is_none()).then_some(name)
}

/// The writer a "Theo" line names, alone or with their place of work
/// after a comma or a dash ("Theo Hoàng Minh, Phòng Tổng hợp", "Theo Lê
/// Thu - Văn phòng Huyện ủy"), and that place when it is an outlet.
fn theo_signed(theo: Option<&str>) -> Option<(String, Option<String>)> {
    if let Some(name) = theo_person(theo) {
        return Some((name.to_string(), None));
    }
    let theo = theo?.trim().trim_end_matches('.');
    let (name, org) = theo
        .split_once(", ")
        .or_else(|| super::page::split_dash(theo))?;
    let org = org.trim();
    let outlet = outlet_name(org);
    // "Theo Lê Thu, Chủ tịch UBND xã" cites an official, not a writer.
    let post = first_word_flags(org) & super::vocab::flag::HEAD != 0;
    // "Văn phòng Huyện ủy": an organ's word anywhere in it, not only first.
    let organ_word = org.split(' ').any(|w| {
        let flags = first_word_flags(w);
        flags & (super::vocab::flag::INSTITUTION | super::vocab::flag::ABBREV) != 0
    });
    let organ = outlet || (organ_word && !post);
    let name = theo_person(Some(name)).filter(|_| organ)?;
    Some((name.to_string(), outlet.then(|| org.to_string())))
}

/// What the word lists say of the first word of `name`.
fn first_word_flags(name: &str) -> u16 {
    let first = super::text::lower_same(name.split(' ').next().unwrap_or(""));
    super::vocab::info_at(&first, 0, first.len()).flags
}

/// Whether `name` names one writer or two joined by a dash ("Thu Hà",
/// "Minh Quân - Thu Hà"): two to four capitalised words each.
fn writers(name: &str) -> bool {
    name.split([' ', '-', '–'])
        .filter(|w| !w.is_empty())
        .count()
        <= 8
        && name.split(" - ").flat_map(|n| n.split(" – ")).all(|one| {
            (2..=4).contains(&super::text::word_count(one.trim()))
                && super::page::name_like(one.trim())
        })
}

/// What follows "Theo" on a line that names a writer and the outlet the
/// text was taken from ("Theo Minh Quân - Thu Hà / Báo X"), as a page
/// prints it under the summary.
pub fn theo_signature(line: &str) -> Option<&str> {
    let rest = line.strip_prefix("Theo ")?.trim();
    (rest.contains('/') && !super::page::ends_sentence(rest) && theo_writer(Some(rest)).is_some())
        .then_some(rest)
}

/// A writer's name written twice in a row, as a portal's account shows
/// its first and last name fields holding the same login ("Tác giả:
/// quantriabc quantriabc"), given once. A pen name of one syllable said
/// twice ("Thanh Thanh", "Minh Minh") is a name of its own.
fn once(name: &str) -> &str {
    // "MAI HOA - MAI HOA": a byline printed on two lines, joined by a dash.
    if let Some((first, second)) = name.split_once(" - ") {
        if !first.is_empty() && first.trim() == second.trim() {
            return first.trim();
        }
    }
    let words: Vec<&str> = name.split(' ').collect();
    let half = words.len() / 2;
    if half == 0 || words.len() % 2 == 1 || words[..half] != words[half..] {
        return name;
    }
    let syllable = |w: &str| {
        let rest = &w[w.chars().next().map_or(0, char::len_utf8)..];
        w.chars().count() <= 7
            && w.starts_with(char::is_uppercase)
            && (rest.chars().all(char::is_lowercase) || rest.chars().all(char::is_uppercase))
    };
    if half == 1 && syllable(words[0]) {
        return name;
    }
    let cut: usize = words[..half].iter().map(|w| w.len() + 1).sum::<usize>() - 1;
    &name[..cut]
}

/// The outlet's short name when `line` is a lead code and its dash alone
/// ("NDO -", "TTXVN –", "(ĐCSVN) -"), with nothing after it.
fn lone_lead_code(line: &str) -> Option<String> {
    let line = line.trim();
    let bracketed = line
        .strip_prefix('(')
        .and_then(|r| r.split_once(')'))
        .filter(|(name, dash)| {
            matches!(dash.trim(), "-" | "–" | "—")
                && (2..=12).contains(&name.chars().count())
                && name
                    .chars()
                    .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '.' || c == '-')
        });
    if let Some((name, _)) = bracketed {
        return Some(name.to_string());
    }
    let c = CAPS_PREFIX.captures(line)?;
    let whole = c.get(0)?;
    (whole.end() == line.len() && line.ends_with(['-', '–', '—']))
        .then(|| c.get(1).map(|n| n.as_str().trim().to_string()))
        .flatten()
}

/// Whether `byline` is the site's own editorial board or administrator
/// ("Ban Biên Tập", "BBT", "Quản trị viên") with no unit after it, or a
/// document's heading left under the text ("THÔNG BÁO"): the page was
/// posted, not signed. "Ban biên tập phường Tân Hòa" signs for
/// its unit.
fn site_board(byline: &str) -> bool {
    let lower = crate::parse::text::lower_same(byline.trim_end_matches('.'));
    board_name(byline) || super::lexicon::is_document_kind(&lower) || posting_account(byline)
}

/// Whether `name` is what a portal calls its editorial board or posting
/// account (`SITE_BOARDS`), a closing full stop aside.
fn board_name(name: &str) -> bool {
    let lower = crate::parse::text::lower_same(name.trim_end_matches('.'));
    SITE_BOARDS.contains(&lower.as_str())
}

/// Whether `byline` is the login of the account that posted the page
/// ("btv xaanphu", "quantrihuyen quantrihuyen"): a writer's name is
/// written with capitals or tone marks, a login in small plain letters.
fn posting_account(byline: &str) -> bool {
    let name = once(byline.trim());
    let words = name.split(' ').count();
    words <= 2
        && name.chars().any(|c| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, ' ' | '.' | '_'))
}

/// Whether a byline is only a site's address ("VanVn.Net", "baomoi.com"):
/// the page's own site signing the text, no writer.
fn site_address(byline: &str) -> bool {
    super::page::site_address(byline.trim_end_matches('.'))
}

/// What a portal's posting account or editorial board is called.
const SITE_BOARDS: &[&str] = &[
    "admin",
    "ban biên tập",
    "bbt",
    "biên tập viên",
    "quản trị",
    "quản trị viên",
];

/// Works out source and author; strips an outlet prefix off the first paragraph.
pub fn source_and_author(page: &mut Page) -> (Option<String>, Option<String>) {
    let mut source = None;
    if let Some(first) = page.paragraphs.first_mut() {
        page.dateline = dateline_day(first).map(String::from);
        if let Some((name, rest)) = lead_prefix(first) {
            source = Some(name);
            *first = rest;
        } else if let Some(rest) = media_label(first).or_else(|| orphan_dash(first)) {
            *first = rest.to_string();
        }
    }
    // "Sáng nay, … tiến hành phiên trù bị" with no full stop, then "(CAO)
    // Trước khi …": the headline was printed again over the lead, which
    // opens with the outlet's tag all the same.
    // "<summary>. <who chaired>.", then "VOV1 - Chiều nay, …": a summary
    // printed above the headline, the lead under it with the outlet's code.
    if let [first, second, ..] = page.paragraphs.as_mut_slice() {
        let prefix = if super::page::ends_sentence(first) {
            second
                .starts_with(|c: char| c.is_ascii_uppercase() || c == 'Đ')
                .then(|| lead_prefix(second))
                .flatten()
        } else {
            bare_paren_prefix(second).map(|(name, rest)| (name.to_string(), rest.to_string()))
        };
        // The lead printed twice, as the summary and again over the text,
        // carries the outlet's code both times.
        if let Some((name, rest)) = prefix.filter(|(n, _)| source.as_ref().is_none_or(|s| s == n)) {
            source = Some(name);
            *second = rest;
        }
    }
    let byline = page
        .top_byline
        .as_deref()
        .or(page.byline.as_deref())
        .or(page.header_name.as_deref());
    // "NDO -" alone on the line above the lead: the outlet's lead code set
    // apart from the lead, no writer.
    let code = byline.and_then(lone_lead_code);
    let byline = byline.filter(|_| code.is_none());
    // "GIA KHÁNH -": a dash left after the name where the page dropped
    // the date or the outlet that followed it is no part of the name.
    let byline = byline
        .map(|b| b.trim_end_matches([' ', '-', '–', '—']))
        .filter(|b| !b.is_empty() && !site_board(b) && !site_address(b));
    if code.is_some() {
        source = source.or(code);
    }
    let (author, outlet) = match byline {
        Some(b) => {
            let b = bracketed_writer(b).unwrap_or(b);
            let (name, outlet) = split_paren(b);
            let (name, org) = split_org(name);
            let name = without_standing(without_staff_label(name));
            (
                Some(once(name).to_string()),
                outlet.or(org).map(String::from),
            )
        }
        // "Nguồn: Ban Dân vận Huyện ủy" or "Nguồn: Báo Nhân Dân" under
        // the text, with no byline, is its signature: the organ or outlet
        // it comes from stands for its writer. "Nguồn: Internet" or
        // "Nguồn: Báo cáo số 12/BC-UBND" names no writer at all.
        None => match theo_writer(page.theo.as_deref()) {
            // "Theo Đức Tuân/baochinhphu.vn": a writer of the outlet the
            // text was taken from.
            Some((name, outlet)) => (Some(name.to_string()), Some(outlet.to_string())),
            // "Theo Hoàng Minh" alone, or with the office they work in
            // ("Theo Hoàng Minh, Phòng Tổng hợp"): a person the text is by,
            // not an outlet it was taken from.
            None => match theo_signed(page.theo.as_deref()) {
                Some((name, outlet)) => {
                    page.theo = None;
                    (Some(name), outlet)
                }
                None => unsigned_page(page),
            },
        },
    };
    let source = source
        .or(outlet)
        .or_else(|| page.source_line.clone())
        // "(Theo Công văn số …)" cites a document, not an outlet.
        .or_else(|| page.theo.clone().filter(|t| !unsigned_source(t)))
        .or_else(|| page.portal.clone());
    (source, author)
}

/// A writer's name without the label of their standing that opens it
/// ("CTV Thu Hà", "PV: Minh An"): the label alone ("PV") still signs.
fn without_staff_label(name: &str) -> &str {
    for label in STAFF_SHORT.iter().chain(&["Cộng tác viên", "Phóng viên"]) {
        let Some(rest) = name.strip_prefix(label) else {
            continue;
        };
        let rest = rest.trim_start_matches(['.', ':']);
        let named = rest.strip_prefix(' ').map(str::trim_start);
        // "Phóng viên Điện tử": a desk signs, and the label stays with it.
        if let Some(named) = named.filter(|n| n.starts_with(char::is_uppercase)) {
            return if super::reporter::is_desk(named) {
                name
            } else {
                named
            };
        }
    }
    name
}

/// The writer in a byline set wholly in brackets with the label of their
/// standing, "(CTV: Thu Hà)", "(PV Minh An)": the brackets and the label
/// are no part of the name. "(Tổng hợp)" has no label and stays as written.
fn bracketed_writer(byline: &str) -> Option<&str> {
    let inner = byline.strip_prefix('(')?.strip_suffix(')')?.trim();
    if inner.contains(['(', ')']) {
        return None;
    }
    let named = without_staff_label(inner);
    (named != inner).then_some(named)
}

/// A writer's name without their standing after it: "Thu Hà - PVHTT",
/// "Minh An - CTV" (a staff label, alone or run into the unit's letters),
/// "Lan Anh- BBT" (the site's editorial board, `SITE_BOARDS`),
/// "Lò Văn An, Công chức Văn hóa xã" (a post after a comma, told from a
/// second writer by its lower-case words). "Minh Quân, Thu Hà" and
/// "Minh Quân - Thu Hà" are two writers and stay whole.
fn without_standing(name: &str) -> &str {
    if let Some((writer, standing)) = super::page::split_dash(name) {
        let first = standing.split(' ').next().unwrap_or("");
        // "Thu Hà- BBT": the site's editorial board the writer sits on.
        if !writer.is_empty() && (staff_label(first) || board_name(standing)) {
            return writer.trim_end();
        }
    }
    let Some((writer, post)) = name.split_once(", ") else {
        return name;
    };
    let post_words = post.split(' ').count();
    let is_post = post.starts_with(char::is_uppercase)
        && post_words >= 2
        && post
            .split(' ')
            .skip(1)
            .any(|w| w.starts_with(char::is_lowercase))
        && !post.contains([':', ','])
        && super::page::name_like(writer);
    if is_post {
        writer
    } else {
        name
    }
}

/// Whether `word` says what a writer is on the staff: "PV", "CTV",
/// or one of them run into the letters of the unit, "PVHTT", "CTVĐTH".
/// Three letters such as "PVĐ" may be a writer's initials and are not.
fn staff_label(word: &str) -> bool {
    if STAFF_SHORT.contains(&word) {
        return true;
    }
    let caps = word.chars().all(char::is_uppercase);
    caps && word.chars().count() >= 4 && STAFF_SHORT.iter().any(|l| word.starts_with(l))
}

/// A writer's standing on the staff written short: a contributor, a
/// reporter.
const STAFF_SHORT: [&str; 2] = ["CTV", "PV"];

/// The writer (and outlet) of a page with no byline: the source it names
/// under the text, an agency signing in capitals, or a reporter opening
/// the lead with their outlet.
fn unsigned_page(page: &Page) -> (Option<String>, Option<String>) {
    let signed = page
        .source_line
        .as_deref()
        .filter(|s| !unsigned_source(s) && !site_title(s))
        .map(|s| without_date(s).to_string())
        // "Theo TTXVN" under a text an aggregator took from the agency
        // names where it comes from, not who wrote it.
        .or_else(|| {
            let signed = page.source_line.as_deref();
            signed.and_then(agency_signature).map(String::from)
        });
    if signed.is_some() {
        return (signed, None);
    }
    let reporter = page.paragraphs.first().and_then(|l| reporter_lead(l));
    reporter.map_or((None, None), |(name, outlet)| {
        (Some(name.to_string()), Some(outlet.to_string()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_compile() {
        assert!(PAREN_PREFIX.compiled() && CAPS_PREFIX.compiled());
    }

    #[test]
    fn a_staff_label_before_a_name_is_no_part_of_it() {
        assert_eq!(without_staff_label("CTV Thu Hà"), "Thu Hà");
        assert_eq!(
            without_staff_label("PV: Minh An - Lê Bình"),
            "Minh An - Lê Bình"
        );
        assert_eq!(without_staff_label("Phóng viên Hồng Nhung"), "Hồng Nhung");
        assert_eq!(without_staff_label("PV"), "PV");
        assert_eq!(
            without_staff_label("Phóng viên Thời sự"),
            "Phóng viên Thời sự"
        );
        assert_eq!(without_staff_label("PV Thường trú"), "PV Thường trú");
        assert_eq!(without_staff_label("Nhóm PV"), "Nhóm PV");
        // A name that merely starts with the same letters keeps them.
        assert_eq!(without_staff_label("PVĐ"), "PVĐ");
        let mut page = Page {
            byline: Some("CTV Minh Thư – Quốc Bảo (TP.Buôn Ma Thuột)".into()),
            ..Page::default()
        };
        assert_eq!(
            source_and_author(&mut page).1.as_deref(),
            Some("Minh Thư – Quốc Bảo")
        );
    }

    #[test]
    fn a_writers_standing_after_the_name_is_no_part_of_it() {
        assert_eq!(without_standing("Hồng Vân - PVHTT"), "Hồng Vân");
        assert_eq!(without_standing("Quốc Khánh – CTV"), "Quốc Khánh");
        assert_eq!(
            without_standing("Đinh Văn Lực, Công chức Văn hóa - Xã hội xã"),
            "Đinh Văn Lực"
        );
        assert_eq!(
            without_standing("Mai Thảo, Phóng viên Đài Truyền thanh huyện"),
            "Mai Thảo"
        );
        // Two writers, by comma or by dash, and initials after a dash.
        assert_eq!(without_standing("Minh Quân, Thu Hà"), "Minh Quân, Thu Hà");
        assert_eq!(without_standing("Minh Quân - Thu Hà"), "Minh Quân - Thu Hà");
        assert_eq!(without_standing("Minh Quân - PVĐ"), "Minh Quân - PVĐ");
        // The site's editorial board after the name, the dash typed
        // against the name or not.
        assert_eq!(without_standing("Khánh Linh- BBT"), "Khánh Linh");
        assert_eq!(without_standing("Đức Toàn - Ban biên tập"), "Đức Toàn");
        assert_eq!(
            without_standing("Đức Toàn - Ban biên tập xã"),
            "Đức Toàn - Ban biên tập xã"
        );
        assert_eq!(without_standing("Tin, ảnh: Thu Hà"), "Tin, ảnh: Thu Hà");
        for (byline, writer) in [
            ("(CTV: Hoài Phương)", "Hoài Phương"),
            ("(PV Lâm Tùng)", "Lâm Tùng"),
            ("(Tổng hợp)", "(Tổng hợp)"),
        ] {
            let mut page = Page {
                byline: Some(byline.into()),
                ..Page::default()
            };
            assert_eq!(source_and_author(&mut page).1.as_deref(), Some(writer));
        }
    }

    #[test]
    fn a_name_written_twice_is_one_writer() {
        assert_eq!(once("quantrixaphu quantrixaphu"), "quantrixaphu");
        assert_eq!(once("Thu Hà Thu Hà"), "Thu Hà");
        assert_eq!(once("Thu Hà - Minh An"), "Thu Hà - Minh An");
        assert_eq!(once("Hà Hà Anh"), "Hà Hà Anh");
        // A pen name that says one syllable twice.
        assert_eq!(once("Minh Minh"), "Minh Minh");
        assert_eq!(once("MINH MINH"), "MINH MINH");
        assert_eq!(once("admin admin"), "admin");
        // A byline printed on two lines, joined by a dash.
        assert_eq!(once("KIM NGÂN - KIM NGÂN"), "KIM NGÂN");
        assert_eq!(once("Kim Ngân - Hải Yến"), "Kim Ngân - Hải Yến");
    }

    #[test]
    fn how_a_text_was_made_is_no_outlet() {
        assert_eq!(split_paren("Thu Hà (TTXVN)"), ("Thu Hà", Some("TTXVN")));
        assert_eq!(split_paren("Thu Hà (tổng hợp)"), ("Thu Hà", None));
        assert_eq!(split_paren("Thu Hà/TTXVN"), ("Thu Hà", Some("TTXVN")));
        assert_eq!(
            split_paren("Minh Quân/Báo Tin tức"),
            ("Minh Quân", Some("Báo Tin tức"))
        );
        assert_eq!(split_paren("Tin/ảnh: Thu Hà"), ("Tin/ảnh: Thu Hà", None));
    }

    #[test]
    fn outlet_prefixes_of_the_lead() {
        let got = lead_prefix("(Baonghean.vn) -Sáng nay 28/6, hội nghị");
        assert_eq!(
            got,
            Some(("Baonghean.vn".into(), "Sáng nay 28/6, hội nghị".into()))
        );
        let got = lead_prefix("LSO-Đó là ý kiến chỉ đạo");
        assert_eq!(got.map(|g| g.0), Some("LSO".into()));
        let got = lead_prefix("(ĐCSVN) – Chiều 4/5, Ban Bí thư");
        assert_eq!(got.map(|g| g.0), Some("ĐCSVN".into()));
        let got = lead_prefix("HÀ NỘI (TTXVN) - Sáng 2/3, Ủy ban");
        assert_eq!(got.map(|g| g.0), Some("TTXVN".into()));
        let lead = "Hà Nội, 5/3 (TTXVN) - Chiều nay, Ủy ban";
        assert_eq!(
            lead_prefix(lead).map(|g| g.1),
            Some("Chiều nay, Ủy ban".into())
        );
        assert_eq!(dateline_day(lead), Some("5/3"));
        assert_eq!(lead_prefix("Hội nghị (trực tuyến) - một"), None);
        // A lead set as a list's item keeps no mark.
        assert_eq!(
            lead_prefix("• (PLO) - Chiều 9.6, Ủy ban MTTQ quận tiếp xúc cử tri"),
            Some((
                "PLO".into(),
                "Chiều 9.6, Ủy ban MTTQ quận tiếp xúc cử tri".into()
            ))
        );
        assert_eq!(lead_prefix("• Tin tức (mới) - một"), None);
        let got = lead_prefix("(NTO) Ngày 7-3, Hội Phụ nữ xã tổ chức hội thi");
        assert_eq!(
            got,
            Some((
                "NTO".into(),
                "Ngày 7-3, Hội Phụ nữ xã tổ chức hội thi".into()
            ))
        );
        assert_eq!(lead_prefix("(Ảnh minh họa) Ngày 7-3"), None);
        // The outlet and its writer's initials.
        assert_eq!(
            lead_prefix("(BTV-HL) Chiều 5/6, Ban Dân vận Tỉnh ủy họp").map(|g| g.0),
            Some("BTV-HL".into())
        );
        assert_eq!(lead_prefix("(BTV-) Chiều 5/6, Ban Dân vận họp"), None);
        // A magazine's name in words, and notes on the text that are none.
        assert_eq!(
            lead_prefix("(Tài chính) Thực hiện chương trình công tác năm 2013, Ban Kinh tế")
                .map(|g| g.0),
            Some("Tài chính".into())
        );
        assert_eq!(lead_prefix("(Tiếp theo kỳ trước) Sau khi xã"), None);
        assert_eq!(lead_prefix("(Dân sinh) sáng nay"), None);
        assert_eq!(
            lead_prefix("Sáng 13-7, Ban Dân vận Trung ương - tổ chức"),
            None
        );
    }

    #[test]
    fn a_dash_left_of_a_dropped_outlet_tag_opens_no_lead() {
        let lead = " - Tại ấp Bình Lợi, xã Tân Hòa, Công an huyện Lai Vung đã tổ chức ra mắt mô hình tự quản.";
        let mut page = Page {
            paragraphs: vec![lead.into()],
            ..Page::default()
        };
        source_and_author(&mut page);
        assert!(page.paragraphs[0].starts_with("Tại ấp Bình Lợi"));
        // A short item of a list keeps its dash.
        let mut page = Page {
            paragraphs: vec!["- Đồng chí Lê Văn Bảy, Bí thư Đảng ủy xã.".into()],
            ..Page::default()
        };
        source_and_author(&mut page);
        assert!(page.paragraphs[0].starts_with("- Đồng chí"));
    }

    #[test]
    fn an_outlets_lead_code_alone_on_its_line_signs_nothing() {
        for (line, code) in [("NDO -", "NDO"), ("QĐND –", "QĐND"), ("(ĐCSVN) -", "ĐCSVN")] {
            let mut page = Page {
                header_name: Some(line.into()),
                ..Page::default()
            };
            assert_eq!(source_and_author(&mut page), (Some(code.into()), None));
        }
        // A writer's initials with no dash still sign.
        let mut page = Page {
            header_name: Some("LMT".into()),
            ..Page::default()
        };
        assert_eq!(source_and_author(&mut page).1.as_deref(), Some("LMT"));
    }

    #[test]
    fn a_source_line_under_the_text_signs_it() {
        // With no byline, "Nguồn: …" under the text is its signature.
        for (line, signed) in [
            ("Báo Quân đội nhân dân", Some("Báo Quân đội nhân dân")),
            ("TTXVN", Some("TTXVN")),
            ("baochinhphu.vn, ngày 12/5/2019", Some("baochinhphu.vn")),
            ("Cổng TTĐT tỉnh", Some("Cổng TTĐT tỉnh")),
            // A medium or a document names no writer.
            ("Internet", None),
            ("Báo cáo số 12/BC-UBND", None),
            (
                "https://baolaocai.vn/tin-tuc/chinh-tri/12345/bau-chu-tich",
                None,
            ),
            // Nor does a site's or a blog's title; an organ or a person does.
            ("Tiếng Làng", None),
            ("Ban Dân vận Huyện ủy", Some("Ban Dân vận Huyện ủy")),
            ("Lê Văn Hòa", Some("Lê Văn Hòa")),
        ] {
            let mut page = Page {
                source_line: Some(line.into()),
                ..Page::default()
            };
            let (source, author) = source_and_author(&mut page);
            assert_eq!(source.as_deref(), Some(line));
            assert_eq!(author.as_deref(), signed, "{line}");
        }
    }

    #[test]
    fn an_agency_in_capitals_at_the_end_signs_when_no_writer_does() {
        let mut page = Page {
            source_line: Some("ĐPTTH".into()),
            ..Page::default()
        };
        let signed = Some("ĐPTTH".to_string());
        assert_eq!(source_and_author(&mut page), (signed.clone(), signed));
        // "Theo TTXVN" under a text taken from the agency is its source
        // only: an aggregator republishing it names no writer.
        let mut page = Page {
            theo: Some("TTXVN".into()),
            ..Page::default()
        };
        assert_eq!(
            source_and_author(&mut page),
            (Some("TTXVN".to_string()), None)
        );
        // A writer named in a byline signs instead.
        let mut page = Page {
            byline: Some("Lan Chi".into()),
            theo: Some("TTXVN".into()),
            ..Page::default()
        };
        assert_eq!(source_and_author(&mut page).1.as_deref(), Some("Lan Chi"));
        assert_eq!(agency_signature("ST"), None);
    }

    #[test]
    fn a_writer_after_theo_with_their_office_signs_the_text() {
        // The office a portal's writer works in, after a comma or a dash,
        // is no outlet the text was taken from.
        for (theo, writer) in [
            (
                "Lương Thị Minh Nguyệt, Phòng Thông tin",
                "Lương Thị Minh Nguyệt",
            ),
            ("Nông Quang Vinh - Văn phòng Huyện ủy", "Nông Quang Vinh"),
            ("Phùng Thu Trang, Ban Dân vận Thị ủy", "Phùng Thu Trang"),
        ] {
            let mut page = Page {
                theo: Some(theo.into()),
                ..Page::default()
            };
            assert_eq!(
                source_and_author(&mut page),
                (None, Some(writer.to_string())),
                "{theo}"
            );
        }
        // A paper after the comma is where the text was taken from.
        let mut page = Page {
            theo: Some("Đào Minh Khuê, Báo Lạng Sơn".into()),
            ..Page::default()
        };
        assert_eq!(
            source_and_author(&mut page),
            (
                Some("Báo Lạng Sơn".to_string()),
                Some("Đào Minh Khuê".to_string())
            )
        );
        // An official quoted after "Theo" is no writer.
        let mut page = Page {
            theo: Some("Lò Văn Tuấn, Chủ tịch UBND xã".into()),
            ..Page::default()
        };
        assert_eq!(source_and_author(&mut page).1, None);
    }

    #[test]
    fn a_person_after_theo_writes_the_text_a_paper_is_its_source() {
        let mut page = Page {
            theo: Some("Hoàng Minh Khang".into()),
            ..Page::default()
        };
        assert_eq!(
            source_and_author(&mut page),
            (None, Some("Hoàng Minh Khang".to_string()))
        );
        // The writer, and in brackets the paper the text was taken from.
        let mut page = Page {
            theo: Some("Hữu Minh (Dân Việt)".into()),
            ..Page::default()
        };
        assert_eq!(
            source_and_author(&mut page),
            (Some("Dân Việt".to_string()), Some("Hữu Minh".to_string()))
        );
        // A paper's name reads like a person's but opens with no family
        // name; a weak family name opens places too.
        for paper in ["Tuổi Trẻ", "Tiền Phong", "Thanh Niên", "Sơn La"] {
            let mut page = Page {
                theo: Some(paper.into()),
                ..Page::default()
            };
            assert_eq!(
                source_and_author(&mut page),
                (Some(paper.to_string()), None),
                "{paper}"
            );
        }
    }

    #[test]
    fn a_correspondents_city_abroad_is_no_part_of_the_name() {
        let mut page = Page {
            byline: Some("Đào Minh Khôi/Bangkok (Vietnam+)".into()),
            ..Page::default()
        };
        assert_eq!(
            source_and_author(&mut page),
            (Some("Vietnam+".into()), Some("Đào Minh Khôi".into()))
        );
    }

    #[test]
    fn a_reporter_and_outlet_opening_the_lead_sign_it() {
        let mut page = Page {
            paragraphs: vec![
                "PV Hồng Nhung/VOV Tây Bắc thông tin, sáng 3/7, tỉnh tổ chức hội nghị.".into(),
            ],
            ..Page::default()
        };
        assert_eq!(
            source_and_author(&mut page),
            (Some("VOV Tây Bắc".into()), Some("Hồng Nhung".into()))
        );
        for lead in [
            "PV thông tin, sáng 3/7, hội nghị diễn ra.",
            "Phóng viên cho biết, sáng nay, hội nghị diễn ra.",
        ] {
            assert_eq!(reporter_lead(lead), None, "{lead}");
        }
    }

    #[test]
    fn a_theo_line_missing_its_last_bracket_still_names_the_writer() {
        let mut page = Page {
            theo: Some("Bảo Ngọc (website ĐCSVN".into()),
            ..Page::default()
        };
        assert_eq!(
            source_and_author(&mut page),
            (Some("website ĐCSVN".into()), Some("Bảo Ngọc".into()))
        );
    }

    #[test]
    fn a_medium_or_a_document_as_the_source_signs_nothing() {
        for gathered in [
            "Internet",
            "Sưu tầm",
            "Tổng hợp từ Internet",
            "Công văn số 215/UBND-VX ngày 3/4/2024 của UBND huyện",
            "(Báo cáo số 12/BC-BDV)",
        ] {
            let mut page = Page {
                source_line: Some(gathered.into()),
                ..Page::default()
            };
            assert_eq!(source_and_author(&mut page).1, None, "{gathered}");
        }
        // An organ still signs, and so does one whose name opens like a
        // document kind but cites none ("Ban Dân vận …").
        for organ in ["Ban Dân vận Huyện ủy", "Hội Nông dân tỉnh"] {
            let mut page = Page {
                source_line: Some(organ.into()),
                ..Page::default()
            };
            assert_eq!(source_and_author(&mut page).1.as_deref(), Some(organ));
        }
    }

    #[test]
    fn a_byline_with_the_writers_office() {
        let mut page = Page {
            byline: Some("Vân Thùy - Ban Dân vận Tỉnh ủy Bình Phước".into()),
            ..Page::default()
        };
        let (s, a) = source_and_author(&mut page);
        assert_eq!(a.as_deref(), Some("Vân Thùy"));
        assert_eq!(s.as_deref(), Some("Ban Dân vận Tỉnh ủy Bình Phước"));
        page.byline = Some("Lê Văn Tâm – HND xã An Hòa".into());
        assert_eq!(
            source_and_author(&mut page),
            (Some("HND xã An Hòa".into()), Some("Lê Văn Tâm".into()))
        );
        page.byline = Some("Minh Quân - Thu Hà".into());
        assert_eq!(
            source_and_author(&mut page).1.as_deref(),
            Some("Minh Quân - Thu Hà")
        );
    }

    #[test]
    fn a_brand_and_its_regional_desk_after_the_writers_slash_are_the_outlet() {
        let mut page = Page {
            byline: Some("Hoài Sơn/VOV-TB".into()),
            ..Page::default()
        };

        assert_eq!(
            source_and_author(&mut page),
            (Some("VOV-TB".into()), Some("Hoài Sơn".into()))
        );
    }

    #[test]
    fn a_provinces_name_as_the_source_is_its_paper_not_a_writer() {
        // An aggregator's link to the province's paper: "Nguồn Hà Tĩnh:
        // https://…" under the summary.
        for outlet in ["Hà Tĩnh", "Lâm Đồng", "Cao Bằng"] {
            let mut page = Page {
                theo: Some(outlet.into()),
                ..Page::default()
            };
            assert_eq!(
                source_and_author(&mut page),
                (Some(outlet.into()), None),
                "{outlet}"
            );
        }
        // A writer's name stays a writer's.
        let mut page = Page {
            theo: Some("Hà Minh Thư".into()),
            ..Page::default()
        };
        assert_eq!(
            source_and_author(&mut page).1.as_deref(),
            Some("Hà Minh Thư")
        );
    }

    #[test]
    fn a_theo_line_may_name_the_writer_and_the_outlet() {
        let mut page = Page {
            theo: Some("Minh Khoa/baochinhphu.vn".into()),
            ..Page::default()
        };
        assert_eq!(
            source_and_author(&mut page),
            (Some("baochinhphu.vn".into()), Some("Minh Khoa".into()))
        );
        // An outlet the word list does not know, after a writer's name.
        let mut page = Page {
            theo: Some("Khánh Linh/Hà Nội mới".into()),
            ..Page::default()
        };
        assert_eq!(
            source_and_author(&mut page),
            (Some("Hà Nội mới".into()), Some("Khánh Linh".into()))
        );
        // An organ before the outlet signs nothing.
        let mut page = Page {
            theo: Some("Sở Nội vụ/Cổng TTĐT tỉnh".into()),
            ..Page::default()
        };
        assert_eq!(source_and_author(&mut page).1, None);
        // The credit for the graphics after the writer.
        let mut page = Page {
            theo: Some("Minh Anh, Đồ họa: Văn Toàn/VOV.VN,".into()),
            ..Page::default()
        };
        assert_eq!(source_and_author(&mut page).1.as_deref(), Some("Minh Anh"));
        // Two writers joined by a dash.
        let mut page = Page {
            theo: Some("Minh Quân - Thu Hà / Báo Mới".into()),
            ..Page::default()
        };
        assert_eq!(
            source_and_author(&mut page),
            (Some("Báo Mới".into()), Some("Minh Quân - Thu Hà".into()))
        );
    }

    #[test]
    fn an_outlets_tag_opens_the_lead_under_the_headline_printed_again() {
        let mut page = Page {
            paragraphs: vec![
                "Sáng nay, Đại hội Đảng bộ xã Tân Lập tiến hành phiên trù bị".into(),
                "(TLO) Trước khi diễn ra phiên trù bị, các đại biểu dâng hương tại Đài tưởng niệm."
                    .into(),
            ],
            ..Page::default()
        };
        assert_eq!(source_and_author(&mut page).0.as_deref(), Some("TLO"));
        assert!(page.paragraphs[1].starts_with("Trước khi"));
    }

    #[test]
    fn an_outlets_code_opens_the_lead_under_a_summary() {
        let mut page = Page {
            paragraphs: vec![
                "Hội nghị đánh giá kết quả công tác dân vận năm qua. Chủ trì có Bí thư Tỉnh ủy."
                    .into(),
                "VOV1 - Sáng nay, 17/12, Tỉnh ủy Tân Lập tổ chức hội nghị tổng kết.".into(),
            ],
            ..Page::default()
        };
        assert_eq!(source_and_author(&mut page).0.as_deref(), Some("VOV1"));
        assert!(page.paragraphs[1].starts_with("Sáng nay"));
        // A second paragraph opening with a phrase and a dash keeps it.
        let mut page = Page {
            paragraphs: vec![
                "Hội nghị đánh giá kết quả công tác dân vận năm qua.".into(),
                "Mặt trận - cầu nối giữa Đảng với nhân dân được củng cố.".into(),
            ],
            ..Page::default()
        };
        source_and_author(&mut page);
        assert!(page.paragraphs[1].starts_with("Mặt trận"));
    }

    #[test]
    fn a_lead_printed_twice_loses_the_outlets_code_both_times() {
        let lead = "TTH - Chiều 3/12, Ủy ban MTTQ Việt Nam xã Hòa Bình ra mắt mô hình khu dân cư văn minh.";
        let mut page = Page {
            paragraphs: vec![lead.into(), lead.into()],
            ..Page::default()
        };
        assert_eq!(source_and_author(&mut page).0.as_deref(), Some("TTH"));
        assert!(
            page.paragraphs.iter().all(|p| p.starts_with("Chiều")),
            "{:?}",
            page.paragraphs
        );
    }

    #[test]
    fn a_media_label_before_the_lead_is_dropped_and_names_no_outlet() {
        for label in ["Trực tiếp", "TRỰC TIẾP", "Video", "Infographic"] {
            let lead = format!(
                "{label} - Sáng 14-5, Ban Thường vụ Huyện ủy Cờ Đỏ khai mạc hội nghị giữa nhiệm kỳ."
            );
            let mut page = Page {
                paragraphs: vec![lead],
                ..Page::default()
            };
            assert_eq!(source_and_author(&mut page).0, None, "{label}");
            assert!(
                page.paragraphs[0].starts_with("Sáng 14-5"),
                "{:?}",
                page.paragraphs
            );
        }
        // A lead that opens with a word of its own before a dash keeps it.
        let lead = "Trực tiếp - gián tiếp, hai cách làm đều được Ban Dân vận áp dụng.";
        let mut page = Page {
            paragraphs: vec![lead.into()],
            ..Page::default()
        };
        source_and_author(&mut page);
        assert_eq!(page.paragraphs[0], lead);
    }

    #[test]
    fn a_site_address_or_a_dot_before_the_dash_is_still_the_outlets_code() {
        let got = lead_prefix("HTV.vn - Chiều 12/3, Hội Nông dân huyện Cần Giờ tổng kết năm");
        assert_eq!(
            got,
            Some((
                "HTV.vn".into(),
                "Chiều 12/3, Hội Nông dân huyện Cần Giờ tổng kết năm".into()
            ))
        );
        let got = lead_prefix("(BĐT).- Ngày 3-8, Ủy ban MTTQ tỉnh họp mặt các vị chức sắc");
        assert_eq!(
            got,
            Some((
                "BĐT".into(),
                "Ngày 3-8, Ủy ban MTTQ tỉnh họp mặt các vị chức sắc".into()
            ))
        );
        // A place abbreviated with a small letter is no outlet's code.
        assert_eq!(lead_prefix("Tp.HCM - Sáng nay, Thành đoàn ra quân"), None);
    }

    #[test]
    fn a_dash_after_the_writer_and_the_sites_board_sign_nothing_more() {
        let signed = |by: &str| {
            let mut page = Page {
                byline: Some(by.into()),
                paragraphs: vec!["Sáng 2/3, Hội Nông dân xã tổ chức hội nghị.".into()],
                ..Page::default()
            };
            source_and_author(&mut page).1
        };
        assert_eq!(signed("HOÀNG LONG - ").as_deref(), Some("HOÀNG LONG"));
        assert_eq!(signed("Thu Hà –").as_deref(), Some("Thu Hà"));
        assert_eq!(signed("Ban Biên Tập"), None);
        assert_eq!(signed("BBT."), None);
        // A notice's heading left in capitals under the text signs nothing.
        assert_eq!(signed("THÔNG BÁO"), None);
        assert_eq!(signed("Kế hoạch"), None);
        assert_eq!(
            signed("Ban biên tập phường Tân Hòa").as_deref(),
            Some("Ban biên tập phường Tân Hòa")
        );
    }

    #[test]
    fn the_paper_after_the_writers_comma_is_their_outlet() {
        for (byline, outlet) in [
            ("Minh Khoa - Thu Trang, Báo Kon Tum", "Báo Kon Tum"),
            (
                "Minh Khoa - Thu Trang, baokontum.com.vn",
                "baokontum.com.vn",
            ),
        ] {
            let mut page = Page {
                byline: Some(byline.into()),
                paragraphs: vec!["Chiều 6/5, Hội Nông dân huyện Sa Thầy họp.".into()],
                ..Page::default()
            };
            let (source, author) = source_and_author(&mut page);
            assert_eq!(author.as_deref(), Some("Minh Khoa - Thu Trang"), "{byline}");
            assert_eq!(source.as_deref(), Some(outlet), "{byline}");
        }
    }

    #[test]
    fn author_from_byline_else_from_nguon() {
        let mut page = Page {
            byline: Some("Thu Hà (TTXVN)".into()),
            paragraphs: vec!["Sáng 2/3, hội nghị.".into()],
            ..Page::default()
        };
        assert_eq!(
            source_and_author(&mut page),
            (Some("TTXVN".into()), Some("Thu Hà".into()))
        );
        let mut page = Page {
            source_line: Some("Ban Dân vận Tỉnh ủy".into()),
            ..Page::default()
        };
        let (s, a) = source_and_author(&mut page);
        assert_eq!(a.as_deref(), Some("Ban Dân vận Tỉnh ủy"));
        assert_eq!(s, a);
        let mut page = Page {
            theo: Some("baoquangninh.vn".into()),
            ..Page::default()
        };
        assert_eq!(
            source_and_author(&mut page).0.as_deref(),
            Some("baoquangninh.vn")
        );
    }

    #[test]
    fn a_posting_accounts_login_signs_no_writer() {
        for login in [
            "btv xaanphu",
            "quantrihuyen quantrihuyen",
            "admin2",
            "bientap.phuongbac",
        ] {
            let mut page = Page {
                byline: Some(login.into()),
                ..Page::default()
            };
            assert_eq!(source_and_author(&mut page).1, None, "{login}");
        }
        // A writer's name keeps its capitals and tone marks, even short.
        for name in ["Thu Hà", "Minh An", "HOÀNG LAN", "Le Van Binh"] {
            let mut page = Page {
                byline: Some(name.into()),
                ..Page::default()
            };
            assert_eq!(source_and_author(&mut page).1.as_deref(), Some(name));
        }
    }

    #[test]
    fn a_sites_address_signs_no_writer() {
        assert!(site_address("VanHoaXyz.Net"));
        assert!(site_address("tinmoi.com.vn"));
        assert!(!site_address("Thu Hà"));
        assert!(!site_address(".vn"));
        let mut page = Page {
            byline: Some("VanHoaXyz.Net".into()),
            paragraphs: vec!["Sáng 2/3, hội nghị.".into()],
            ..Page::default()
        };
        assert_eq!(source_and_author(&mut page).1, None);
    }
}
