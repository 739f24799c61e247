//! The header zone of a page: portal names, breadcrumbs, the headline and
//! a byline at the top.

use super::{
    body_like, captions, ends_sentence, sentence_end, starts_with_time, HeaderNext, Home, Listed,
    Page,
};
use crate::parse::text::{is_letter, lower_same, word_count};

/// Openings of an institution's name, for a portal name in capitals.
const ORG_OPENING: &[&str] = &[
    "ủy ban",
    "uỷ ban",
    "ubnd",
    "ban ",
    "huyện ủy",
    "huyện uỷ",
    "tỉnh ủy",
    "tỉnh uỷ",
    "thành ủy",
    "thành uỷ",
    "quận ủy",
    "quận uỷ",
    "thị ủy",
    "thị uỷ",
    "đảng ủy",
    "đảng uỷ",
    "đảng bộ",
    "đảng cộng sản",
    "cổng",
    "trang",
    "báo",
    "sở ",
    "hội ",
    "mặt trận",
    "hđnd",
    "hội đồng",
    "bộ ",
    "đài ",
    "tạp chí",
    "thông tấn",
    "văn phòng",
    "trường",
    "liên đoàn",
    "tỉnh ",
    "huyện ",
    "xã ",
    "phường",
    "thị xã",
    "thị trấn",
    "quận ",
    "thành phố",
];

/// Openings of an event's name: "hội nghị" is no "hội" (association); nor
/// is the verb "ban hành" (to issue) a "ban" (board): "BAN HÀNH QUYẾT ĐỊNH
/// …" is a headline in capitals.
const EVENT_OPENING: &[&str] = &[
    "ban hành",
    "hội nghị",
    "hội thi",
    "hội thảo",
    "hội diễn",
    "hội trại",
    "hội chợ",
    "hội giảng",
];

/// Openings of a portal's or paper's name in a page header.
const PORTAL: &[&str] = &[
    "cổng thông tin",
    "trang thông tin",
    "báo điện tử",
    "cổng tin",
    "trang tin điện tử",
    "website",
    "đài phát thanh",
    "đài tiếng nói",
    "chuyên trang",
    "trang điện tử",
    // A portal's greeting banner ("CHÀO MỪNG ĐẾN VỚI TRANG THÔNG TIN ĐIỆN
    // TỬ …") and a page's name in the browser's title bar ("Chi tiết tin -
    // Xã Tân Lập", "Chi tiết - Huyện Vĩnh Linh").
    "chào mừng đến với",
    "chào mừng bạn đến với",
    "chào mừng quý vị đến với",
    "chi tiết tin -",
    "chi tiết tin –",
    "chi tiết -",
    "chi tiết –",
    "chi tiết tin tức",
    "chi tiết bài viết",
];

/// Words a broadcaster's name holds after "Đài Phát thanh": the
/// television it may add and the unit of the place it serves ("Đài Phát
/// thanh và Truyền hình tỉnh A", "Đài phát thanh - truyền hình thành phố
/// B").
const STATION_NAME_WORDS: &[&str] = &[
    "và", "truyền", "hình", "-", "–", "tỉnh", "thành", "phố", "huyện", "quận", "thị", "xã", "trấn",
    "tp.", "tp",
];

/// Whether a line that opens with a broadcaster's name ("Đài Phát thanh
/// …") goes on with a sentence, as a headline does ("Đài Phát thanh cấp
/// huyện tăng thời lượng …"): two or more words in small letters that no
/// station's name holds. A masthead goes on with its place only, which is
/// written with capitals ("Đài Phát thanh và Truyền hình tỉnh A").
fn broadcaster_headline(line: &str) -> bool {
    let mut words = line.split_whitespace();
    let opens = words
        .by_ref()
        .take(3)
        .map(str::to_lowercase)
        .eq(["đài", "phát", "thanh"]);
    opens
        && words
            .filter(|w| w.starts_with(char::is_lowercase))
            .filter(|w| !STATION_NAME_WORDS.contains(&w.to_lowercase().as_str()))
            .count()
            >= 2
}

/// Whether the line right after a writer's name goes on with the
/// signature: where a writer with a degree works, or a co-writer's name.
fn signature_goes_on(page: &mut Page, line: &str) -> bool {
    match std::mem::take(&mut page.next) {
        HeaderNext::Affiliation => super::signed::affiliation(line),
        HeaderNext::CoWriter => super::signed::co_writer(page, line),
        other => {
            page.next = other;
            false
        }
    }
}

/// Handles a line of the header zone; true when it was used up there.
pub(super) fn header_line(page: &mut Page, line: &str, lower: &str) -> bool {
    let home = std::mem::take(&mut page.home);
    if signature_goes_on(page, line) {
        return true;
    }
    if let Some(by) = top_byline(line, lower).or_else(|| bracketed_byline(line, lower)) {
        page.top_byline.get_or_insert(by);
        return true;
    }
    // "Cơ quan của Đảng bộ … tỉnh A - Tiếng nói của Đảng bộ, chính quyền
    // và nhân dân …": the paper's motto under its name, however long.
    if page.title.is_none() && MASTHEAD.iter().any(|m| lower.starts_with(m)) {
        return true;
    }
    if writer_above_all(page, line, lower) {
        page.top_byline.get_or_insert_with(|| line.to_string());
        return true;
    }
    let n = word_count(line);
    if portal_in_capitals(page, line, lower, n) {
        page.portal.get_or_insert_with(|| line.to_string());
        return true;
    }
    if masthead_line(page, line) {
        return true;
    }
    // A menu label read twice ("Xuất bản thông tin Xuất bản thông tin").
    if menu_label(page, line) {
        return true;
    }
    // Breadcrumbs ("Trang chủ > Tin tức") and a portal's name
    // ("Cổng thông tin điện tử tỉnh …", "www.x.com - Tin quê nhà") head
    // many pages.
    if n <= 20
        && !ends_sentence(line)
        && page.title.is_none()
        && (lower.starts_with("www.") || site_banner(lower) || brand_banner(line))
    {
        // The site is its address; its motto says nothing of the text.
        let site = match line.split_once(' ') {
            Some((site, _)) if !lower.starts_with("www.") => site,
            _ => line,
        };
        page.portal.get_or_insert_with(|| site.to_string());
        return true;
    }
    // "Trang chủNewsThời sựCông bố nghị quyết …": a breadcrumb whose
    // items ran together, its last cut short, is no headline.
    if page.title.is_none() && lower.starts_with("trang chủ") && n <= 30 {
        return true;
    }
    if n <= 14 && !ends_sentence(line) && page.title.is_none() {
        // "Chuyên trang" alone labels the special section whose name
        // comes on the next line.
        if page.next == HeaderNext::SectionName {
            page.next = HeaderNext::Plain;
            return true;
        }
        // A broadcaster's motto in English under its name ("The Voice of
        // … People") is part of the masthead.
        let motto = page.portal.is_some() && english_line(line);
        let portal = PORTAL.iter().any(|p| lower.starts_with(p)) && !broadcaster_headline(line);
        if motto || portal || paper_name(line, lower, n) {
            if lower.trim_end_matches(':') == "chuyên trang" {
                page.next = HeaderNext::SectionName;
            }
            page.portal.get_or_insert_with(|| line.to_string());
            return true;
        }
    }
    // A writer's name on its own line under the headline ("THU HÀ"),
    // maybe with the bar that stood before the date ("Thu Hà |").
    if page.title.is_some() && super::signed::writer_line(page, line) {
        return true;
    }
    let n = word_count(line);
    // "TAO-Sáng 27/8, …": a lead behind an outlet's prefix.
    let lead_at =
        crate::parse::byline::lead_prefix(line).map_or(0, |(_, rest)| line.len() - rest.len());
    let time = starts_with_time(lower) || lower.get(lead_at..).is_some_and(starts_with_time);
    // "Sáng 17/10, khai mạc Đại hội …" first on the page, short and with
    // no full stop, is a headline that opens with its time; a lead ends
    // its sentences.
    if time && lead_at == 0 && timed_headline(page, line, n) {
        page.header_lines += 1;
        page.title = Some(headline(line));
        return true;
    }
    // A long finished sentence is a lead, whatever opens it ("Nhân dịp …,
    // ngày 3-5, đoàn … đã đến thăm …."): headlines run shorter.
    if time || n > 60 || line.len() > 400 || (n > 35 && ends_sentence(line)) {
        return false;
    }
    // A tag or a slug above the headline ("tạm dừng việc sắp xếp …"): a
    // headline opens with a capital.
    if page.title.is_none() && line.starts_with(char::is_lowercase) {
        return true;
    }
    // A portal's theme of the year above everything ("Chủ đề năm 2023:
    // Nâng cao hiệu quả …") is a banner, not the headline.
    if page.title.is_none() && lower.starts_with("chủ đề năm ") {
        return true;
    }
    // A photo's caption above the headline ("Ông A (bìa trái) và ông B
    // (bìa phải)."): it places people in the picture.
    if page.title.is_none() && places_in_photo(lower) {
        return true;
    }
    // "Tin tức - sự kiện - nổi bật": the section's path above the
    // headline.
    if page.title.is_none() && section_path(line) {
        return true;
    }
    let one_sentence = sentence_end(line.trim_end_matches('.')).is_none();
    let first = page.header_lines == 0;
    page.header_lines += 1;
    if n < 4 {
        // "Hà Nội:" above the headline: a kicker naming the place.
        if page.title.is_none() && line.ends_with(':') {
            return true;
        }
        short_line(page, line, first);
        return !ends_sentence(line);
    }
    page.short_title = false;
    if !one_sentence {
        return false;
    }
    headline_or_label(page, line, n, home)
}

/// Where a caption places someone in its photo: "(bìa trái)", "(thứ hai
/// từ trái sang)", "(đứng giữa)".
fn places_in_photo(lower: &str) -> bool {
    const PLACES: &[&str] = &[
        "(bìa trái",
        "(bìa phải",
        "từ trái sang",
        "từ phải sang",
        "từ trái qua",
        "từ phải qua",
        "(đứng giữa",
        "(ngoài cùng",
        "(giữa)",
    ];
    PLACES.iter().any(|p| lower.contains(p))
}

/// Reads a header line of one sentence and four or more words: the
/// headline, a section label above or under it, or the article's start
/// (false).
fn headline_or_label(page: &mut Page, line: &str, n: usize, home: Home) -> bool {
    // A short first "headline" is a section name ("Tin hoạt động"); a
    // longer line after it is the real headline. Otherwise a second line
    // belongs to the article.
    match &page.title {
        None => {
            page.title = Some(headline(line));
            if page.listed == Listed::Above {
                page.listed = Listed::Title;
            }
            page.stopped_title = ends_sentence(line);
            page.title_line = page.header_lines;
            if home == Home::Passed {
                page.home = Home::Titled;
            }
        }
        // "Trang chủ", then the section ("Hoạt động Đảng ủy - Đoàn thể
        // phường"), then the headline: a longer line, no sentence, right
        // after a label read straight after the home link.
        Some(t)
            if home == Home::Titled
                && page.header_lines == 2
                && word_count(t) <= 8
                && n > word_count(t)
                && !ends_sentence(line)
                && !body_like(line) =>
        {
            page.title = Some(headline(line));
        }
        // Under a list's heading above everything ("Tin liên quan", two
        // headlines, the page's own): the last headline above the lead is
        // the page's, the others the list's.
        Some(_)
            if page.listed == Listed::Title
                && n >= 6
                && !ends_sentence(line)
                && !body_like(line)
                && !captions::shape(line).alone() =>
        {
            page.title = Some(headline(line));
        }
        // A tag above the headline that the headline holds ("Chủ tịch Tập
        // đoàn X", then "Bí thư Tỉnh ủy tiếp Chủ tịch Tập đoàn X").
        Some(t)
            if page.header_lines == 2
                && line.len() > t.len()
                && line.contains(t.as_str())
                && !ends_sentence(line)
                && !body_like(line) =>
        {
            page.title = Some(headline(line));
        }
        // A section's name in capitals above the headline ("KINH TẾ - XÃ
        // HỘI", "PHONG TRÀO TOÀN DÂN ĐOÀN KẾT …", then the headline,
        // however long, with no full stop).
        Some(t)
            if page.header_lines == 2
                && (rubric_in_capitals(t) || movement_in_capitals(t))
                && n > word_count(t)
                && !ends_sentence(line)
                && !letters_in_capitals(line) =>
        {
            page.title = Some(headline(line));
        }
        // A column's name in capitals above the headline ("TIN HOẠT ĐỘNG
        // LIÊN ĐOÀN LAO ĐỘNG TỈNH"), then the headline, which may close
        // with a full stop: one sentence, no lead's time opening.
        Some(t)
            if page.header_lines == 2 && column_in_capitals(t) && headline_under_column(line) =>
        {
            page.title = Some(headline(line));
        }
        // A photo's caption above the headline ("Bí thư Tỉnh ủy trao quyết
        // định cho đồng chí A.", then the headline): it ends with a full
        // stop and reads as a caption; the headline under it does neither.
        // A writer's name may stand above the caption.
        Some(t)
            if page.header_lines == page.title_line + 1
                && page.stopped_title
                && captions::shape(t).alone()
                && n >= 6
                && !ends_sentence(line)
                && !body_like(line)
                && !captions::shape(line).alone() =>
        {
            page.captions.push(t.clone());
            page.title = Some(headline(line));
        }
        // A section label under the headline ("Hoạt động Đoàn TNCS Hồ Chí
        // Minh", "Tin trong tỉnh"): short, no sentence, shorter than the
        // headline.
        Some(t)
            if page.header_lines == 2
                && n <= 7
                && !ends_sentence(line)
                && line.len() < t.len()
                && word_count(t) > 5 =>
        {
            return true;
        }
        // A kicker ending with a colon ("Bộ Chỉ huy Quân sự tỉnh:") heads
        // the headline on the next line.
        Some(t)
            if (word_count(t) <= 5 && line.len() > t.len() || t.ends_with(':'))
                && !body_like(line) =>
        {
            page.title = Some(headline(line));
        }
        // A section's name above the headline ("Hoạt động của lãnh đạo
        // tỉnh"): six words at most with no full stop, then a headline more
        // than twice as long with none either.
        Some(t)
            if page.header_lines == 2
                && word_count(t) <= 6
                && n > 2 * word_count(t)
                && !ends_sentence(t)
                && !ends_sentence(line)
                && !body_like(line) =>
        {
            page.title = Some(headline(line));
        }
        Some(_) => return false,
    }
    true
}

/// Whether every letter of `line` is a capital ("TIN HOẠT ĐỘNG", "KINH
/// TẾ - XÃ HỘI"): the mark of section names and of some headlines.
fn letters_in_capitals(line: &str) -> bool {
    line.chars()
        .filter(|&c| is_letter(c))
        .all(char::is_uppercase)
}

/// Whether `line` is a section's name in capitals made of two topics
/// joined by a dash or "&" ("VĂN HÓA - XÃ HỘI", "AN NINH – QUỐC PHÒNG").
/// A section's path, three or more menu labels of one to three words
/// joined by dashes ("Tin tức - sự kiện - nổi bật", "Hoạt động - Đảng ủy -
/// Tin tức"): headlines seldom break into so many short pieces.
pub(super) fn section_path(line: &str) -> bool {
    let pieces: Vec<&str> = line.split(['-', '–']).map(str::trim).collect();
    pieces.len() >= 3
        && pieces.iter().all(|p| {
            (1..=3).contains(&word_count(p)) && p.chars().all(|c| is_letter(c) || c == ' ')
        })
}

/// Whether `line` (`n` words) is a portal's name in capitals: "ỦY BAN
/// NHÂN DÂN HUYỆN …", "HỘI NÔNG DÂN TỈNH …". A headline may be in capitals
/// too ("HỘI NGHỊ TỔNG KẾT …", "PHƯỜNG 4 TỔ CHỨC MẠN ĐÀM": a unit that
/// does something).
fn portal_in_capitals(page: &Page, line: &str, lower: &str, n: usize) -> bool {
    if !(2..=14).contains(&n) || page.title.is_some() {
        return false;
    }
    let caps = letters_in_capitals(line);
    // "HỘI NGHỊ BIỂU DƯƠNG …" is a headline in capitals, "HỘI NÔNG DÂN
    // TỈNH …" a portal's name.
    let event = EVENT_OPENING.iter().any(|o| lower.starts_with(o));
    let org = !event && ORG_OPENING.iter().any(|o| lower.starts_with(o));
    // Under the portal's name, a line that goes on from it ("XÃ ĐÔNG SƠN"
    // then "XÃ ĐÔNG SƠN TRI ÂN CÁC GIA ĐÌNH …") says what the unit does.
    let after_portal = page.portal.as_deref().is_some_and(|p| {
        line.len() > p.len() + 1 && line.starts_with(p) && line.as_bytes()[p.len()] == b' '
    });
    caps && org && !does_something(lower) && !after_portal && !says_of_unit(lower)
}

/// Most words a unit's name runs to after its kind word in a portal's
/// name ("XÃ ĐỨC LONG", "THÀNH PHỐ HỒ CHÍ MINH").
const UNIT_NAME_WORDS: usize = 4;

/// Whether a line in lower case that opens with a unit's kind word goes on
/// past the unit's name ("huyện tân trụ sẵn sàng cho ngày bầu cử"): a
/// portal names its unit and the units above it only ("xã tân lập - huyện
/// a - tỉnh b", "xã tân lập huyện a"), each kind word followed by a short
/// name, while a headline says something of its unit.
fn says_of_unit(lower: &str) -> bool {
    let opens_with_unit = |words: &str| {
        crate::parse::vocab::UNIT_WORDS
            .iter()
            .chain(&["thành phố", "tp."])
            .any(|u| words.strip_prefix(u).is_some_and(|r| r.starts_with(' ')))
    };
    if !opens_with_unit(lower) {
        return false;
    }
    let mut since_unit = 0;
    let mut rest = lower;
    while let Some(word) = rest.split(' ').next() {
        if opens_with_unit(rest) || matches!(word, "-" | "–" | ",") {
            since_unit = 0;
        } else {
            since_unit += 1;
            if since_unit > UNIT_NAME_WORDS {
                return true;
            }
        }
        match rest.split_once(' ') {
            Some((_, after)) => rest = after,
            None => break,
        }
    }
    false
}

/// Whether `line` is a portal's section named in capitals after a
/// movement, a campaign or a column ("PHONG TRÀO TOÀN DÂN ĐOÀN KẾT XÂY
/// DỰNG ĐỜI SỐNG VĂN HÓA"): above a longer headline in small letters, its
/// label.
fn movement_in_capitals(line: &str) -> bool {
    let lower = crate::parse::text::lower_same(line);
    ["phong trào ", "cuộc vận động ", "chuyên mục ", "chuyên đề "]
        .iter()
        .any(|p| lower.starts_with(p))
        && word_count(line) <= 14
        && letters_in_capitals(line)
}

/// Whether `line` is a column's name in capitals: the news of a body's
/// activities ("TIN HOẠT ĐỘNG", "TIN HOẠT ĐỘNG HỘI NÔNG DÂN TỈNH", "TIN
/// TỨC HOẠT ĐỘNG CỦA CÁC ĐOÀN THỂ"), which a template may print twice
/// on one line (its link's title, then its text).
fn column_in_capitals(line: &str) -> bool {
    let line = once_if_doubled(line);
    let lower = crate::parse::text::lower_same(line);
    ["tin hoạt động", "tin tức hoạt động"].iter().any(|c| {
        lower
            .strip_prefix(c)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
    }) && word_count(line) <= 14
        && letters_in_capitals(line)
}

/// The first half of `line` when it is the same words twice ("TIN TỨC
/// TIN TỨC"), else `line`.
fn once_if_doubled(line: &str) -> &str {
    let half = line.len() / 2;
    match (line.get(..half), line.get(half..)) {
        (Some(a), Some(b)) if b.starts_with(' ') && a == &b[1..] => a,
        _ => line,
    }
}

/// Whether `line`, under a column's name, reads as a headline: six words
/// or more, fewer than a paragraph's thirty, one sentence at most, not
/// all in capitals, and no lead's opening time ("Sáng 16/7, …").
fn headline_under_column(line: &str) -> bool {
    let n = word_count(line);
    let one_sentence = !line.trim_end_matches('.').contains(". ");
    (6..30).contains(&n)
        && one_sentence
        && !starts_with_time(&crate::parse::text::lower_same(line))
        && !letters_in_capitals(line)
}

/// Whether `line` is a section's name in capitals: two names joined by a
/// dash or an ampersand ("KINH TẾ - XÃ HỘI").
fn rubric_in_capitals(line: &str) -> bool {
    let caps = letters_in_capitals(line);
    let parts: Vec<&str> = line
        .split([' ', '-', '–', '&'])
        .filter(|w| !w.is_empty())
        .collect();
    let joined = [" - ", " – ", " & "]
        .iter()
        .filter(|j| line.contains(*j))
        .count()
        == 1;
    caps && joined
        && (2..=6).contains(&parts.len())
        && parts.iter().all(|w| w.chars().all(is_letter))
        && line
            .split(['-', '–', '&'])
            .all(|side| (1..=3).contains(&word_count(side)))
}

/// Whether `line` repeats the headline (the page's title, then its h1),
/// maybe with the day it was posted in brackets, which then dates the page.
fn repeated_headline(page: &mut Page, line: &str) -> bool {
    // The headline again under itself (the page's title, then its h1).
    if page
        .title
        .as_deref()
        .is_some_and(|t| line.starts_with(t) && headline(line) == t)
    {
        return true;
    }
    // The headline again with the day it was posted in brackets ("… năm
    // 2022\" (22/08/2022)"): that day is the page's date. A day in brackets
    // after other words is the headline's own ("… thành lập Đảng (3/2/1930)").
    if let Some(day) = page
        .title
        .as_deref()
        .and_then(|t| line.strip_prefix(t))
        .and_then(|rest| rest.trim().strip_prefix('('))
        .and_then(|rest| rest.strip_suffix(')'))
        .filter(|day| crate::parse::dates::full_date(day).is_some() && day.len() <= 12)
    {
        page.header_dates.push(day.to_string());
        return true;
    }
    // The headline again with the time it was posted glued to its last
    // word, as listings set them ("… để chống dịch27/03/2020 15:52"):
    // that time is the page's date.
    if let Some(stamp) = page
        .title
        .as_deref()
        .and_then(|t| line.strip_prefix(t))
        .map(str::trim)
        .filter(|rest| bare_stamp(rest))
    {
        page.header_dates.push(stamp.to_string());
        return true;
    }
    false
}

/// Whether `rest` is a date stamp and nothing else ("27/03/2020 15:52",
/// "27-03-2020"): digits and their separators, a whole date among them.
fn bare_stamp(rest: &str) -> bool {
    (8..=20).contains(&rest.len())
        && rest
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'/' | b'-' | b':' | b' '))
        && crate::parse::dates::full_date(rest).is_some()
}

/// Whether `line` signs the page from above everything else: "T.Thủy"
/// alone first on the page, above the lead, the writer's initial and given
/// name as aggregators set them; or the writer's full name ("Lê Thu Hà"),
/// set where others print the outlet.
fn writer_above_all(page: &Page, line: &str, lower: &str) -> bool {
    page.title.is_none()
        && page.header_lines == 0
        && (initialled_name(line) || full_name_alone(line, lower))
}

/// Whether `line` is a person's name and nothing else: two to four
/// capitalised syllables from a family name ("Đỗ Văn Bình", "ĐỖ BÌNH"),
/// not the name of a place ("Hồ Chí Minh" heads a weather widget). No
/// headline is a bare name.
fn full_name_alone(line: &str, lower: &str) -> bool {
    let first = lower.split(' ').next().unwrap_or("");
    (2..=4).contains(&word_count(line))
        && name_like(line)
        && !line.contains(['-', '–', '(', ')'])
        && crate::parse::vocab::is_family_name(first)
        && !crate::parse::vocab::is_place(lower)
}

/// Whether `line` is a writer's name written with the initial of the
/// family name ("T.Thủy", "N. Hà", "Đ.LAM", "Th.Minh Tâm"): a capital
/// (and a digraph's small letter) with a dot, then one or two capitalised
/// syllables.
fn initialled_name(line: &str) -> bool {
    let Some((initial, given)) = line.split_once('.') else {
        return false;
    };
    let given = given.trim_start();
    let syllable = |w: &str| {
        let mut cs = w.chars();
        (2..=7).contains(&w.chars().count())
            && cs.next().is_some_and(char::is_uppercase)
            && cs.all(is_letter)
    };
    // "T.", "Th.", "Ng.": a capital, maybe with the small letter of a
    // digraph; "TP.HCM" and "TX.Sơn Tây" name places.
    let mut letters = initial.chars();
    letters.next().is_some_and(char::is_uppercase)
        && letters.next().is_none_or(char::is_lowercase)
        && initial.chars().count() <= 2
        && (1..=2).contains(&word_count(given))
        && given.split(' ').all(syllable)
}

/// Whether a line is a phrase in English: three or more words of ASCII
/// letters, none of them Vietnamese ("The Voice of Ho Chi Minh City People").
fn english_line(line: &str) -> bool {
    let words: Vec<&str> = line.split(' ').collect();
    words.len() >= 3
        && words
            .iter()
            .all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_alphabetic()))
        && words
            .iter()
            .any(|w| ["the", "of", "and", "for"].contains(&w.to_ascii_lowercase().as_str()))
}

/// Whether `line` is a row of other articles' headlines parted by " / "
/// ("Lễ đón … tại Phủ Chủ tịch / Mỹ dỡ bỏ …"), as an aggregator sets
/// them above the headline: each part four words or more, capitalised,
/// no sentence.
fn headlines_with_slash(line: &str) -> bool {
    memchr::memmem::find(line.as_bytes(), b" / ").is_some()
        && !ends_sentence(line)
        && line
            .split(" / ")
            .all(|h| word_count(h) >= 4 && h.starts_with(char::is_uppercase))
}

/// "Cục Quản lý đầu tư xây dựng", then its name in English: the line read
/// as the headline was the agency's masthead, which becomes the portal.
fn english_masthead(page: &mut Page, line: &str) -> bool {
    let organ_title = page
        .title
        .as_deref()
        .is_some_and(|t| word_count(t) <= 10 && super::tail::org_opening(t));
    if !(organ_title && english_organ(line)) {
        return false;
    }
    let masthead = page.title.take();
    page.portal = page.portal.take().or(masthead);
    true
}

/// Whether `line` repeats the headline or shows the line read as the
/// headline to be a masthead.
fn masthead_line(page: &mut Page, line: &str) -> bool {
    repeated_headline(page, line) || english_masthead(page, line) || address_masthead(page, line)
}

/// "Hội đồng nhân dân thành phố A", then "hdnd.a.gov.vn": the line read
/// as the headline was the name of the body whose portal prints its
/// address under it; the name becomes the portal, and the headline is
/// still to come.
pub(super) fn address_masthead(page: &mut Page, line: &str) -> bool {
    let organ_title = page.title.as_deref().is_some_and(|t| {
        let lower = lower_same(t);
        let organ = super::tail::org_opening(t)
            || ORG_OPENING.iter().any(|o| lower.starts_with(o))
                && !EVENT_OPENING.iter().any(|e| lower.starts_with(e));
        word_count(t) <= 10 && organ && !does_something(&lower)
    });
    if !(organ_title && site_address(line)) {
        return false;
    }
    let masthead = page.title.take();
    page.portal = page.portal.take().or(masthead);
    true
}

/// Nouns of a body's name in English, as an agency prints it under its
/// Vietnamese name.
const ENGLISH_ORGANS: &[&str] = &[
    "Administration",
    "Agency",
    "Association",
    "Authority",
    "Board",
    "Bureau",
    "Commission",
    "Committee",
    "Council",
    "Department",
    "Ministry",
    "Office",
    "Union",
];

/// Whether a line is a body's name in English: three or more capitalised
/// words of ASCII letters ("of", "and", "for", "the" between them), one
/// of them a body's noun ("Transport Investment Management Authority").
fn english_organ(line: &str) -> bool {
    let words: Vec<&str> = line.split(' ').collect();
    words.len() >= 3
        && words.len() <= 12
        && words.iter().all(|w| {
            ["of", "and", "for", "the"].contains(w)
                || w.starts_with(|c: char| c.is_ascii_uppercase())
                    && w.bytes().all(|b| b.is_ascii_alphabetic() || b == b'\'')
        })
        && words.iter().any(|w| ENGLISH_ORGANS.contains(w))
}

/// Whether a line opening with a time is the page's headline: the first
/// line of the header, one unfinished sentence of at most 20 words.
fn timed_headline(page: &Page, line: &str, n: usize) -> bool {
    page.title.is_none()
        && page.header_lines == 0
        && n <= 20
        && !ends_sentence(line)
        && sentence_end(line).is_none()
}

/// How a paper's motto under its name opens.
const MASTHEAD: &[&str] = &[
    "cơ quan của đảng bộ",
    "cơ quan của tỉnh ủy",
    "cơ quan ngôn luận của",
    "tiếng nói của đảng bộ",
];

/// Verbs and events of a headline: a line in capitals naming a unit and
/// one of them is a headline ("XÃ A TỔ CHỨC HỘI NGHỊ"), not a portal's name.
const DOINGS: &[&str] = &[
    " tổ chức ",
    " họp",
    " triển khai",
    " tổng kết",
    " sơ kết",
    " khai mạc",
    " bế mạc",
    " phát động",
    " ra quân",
    " trao ",
    " tặng ",
    " thăm ",
    " làm việc",
    " mạn đàm",
    " gặp mặt",
    " tiếp xúc",
    " đối thoại",
    " biểu dương",
    " tuyên dương",
    " ra mắt",
    " bàn giao",
    " khánh thành",
    " chúc mừng",
    " kỷ niệm",
    " hội nghị",
    " đại hội",
    " kiểm tra",
    " khảo sát",
    " giám sát",
    " tập huấn",
    " quán triệt",
    " ký kết",
    " hưởng ứng",
    " tuyên truyền",
    " giao lưu",
    " khen thưởng",
    " tôn vinh",
    // "XÃ A GIAO BAN THÁNG 3", "PHƯỜNG B CÔNG BỐ QUYẾT ĐỊNH …": a meeting
    // held or a decision announced.
    " giao ban",
    " công bố",
    " hội thảo",
    " tọa đàm",
    " hội thi",
    " dâng hương",
    " tri ân",
    " đón nhận",
    " diễn tập",
];

/// Whether a short header line is a paper's or a journal's name in mixed
/// case ("Báo Dân tộc và Phát triển", "Tạp chí Cộng sản"): the kind,
/// then a capitalised name, no number and nothing done. "Báo chí …"
/// (the press) goes on in lower case.
fn paper_name(line: &str, lower: &str, n: usize) -> bool {
    let rest = ["báo ", "tạp chí "]
        .iter()
        .find_map(|k| lower.starts_with(k).then(|| line.get(k.len()..)))
        .flatten();
    rest.is_some_and(|r| r.starts_with(char::is_uppercase))
        && n <= 7
        && !line.bytes().any(|b| b.is_ascii_digit())
        && !does_something(lower)
}

/// Whether `lower` (a line in lower case) opens with a site's address and
/// its motto after a dash or a bar ("vietnam.vn - nền tảng quảng bá việt
/// nam"), as an aggregator heads each page: the site, not a headline.
fn site_banner(lower: &str) -> bool {
    let Some((site, _)) = lower.split_once(' ') else {
        return false;
    };
    site_address(site)
        && [" - ", " – ", " | "]
            .iter()
            .any(|bar| lower[site.len()..].starts_with(bar))
}

/// Whether `line` opens with a news brand written in one word with a
/// capital inside (`TinMoiPlus`, `BaoMoiNet`) and its motto after a
/// dash or a bar, as a site's logo text heads each page: the site, not a
/// headline. Vietnamese words take no capital inside, nor do headlines
/// open with a brand so glued.
fn brand_banner(line: &str) -> bool {
    let Some((brand, rest)) = line.split_once(' ') else {
        return false;
    };
    let b = brand.as_bytes();
    b.len() >= 4
        && b[0].is_ascii_uppercase()
        && b.iter().all(u8::is_ascii_alphanumeric)
        && crate::parse::text::inner_capital(brand)
        && ["- ", "– ", "| "].iter().any(|bar| rest.starts_with(bar))
}

/// Whether `word` is a site's address alone ("vietnam.vn", "VanVn.Net"):
/// letters, digits, dots and hyphens, ending in a domain of the sites
/// that carry Vietnamese news, with a name before it.
pub(crate) fn site_address(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    lower
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
        && [".vn", ".com", ".net", ".org", ".info"]
            .iter()
            .any(|d| lower.len() > d.len() + 2 && lower.ends_with(d))
}

/// Whether `lower` (a line in lower case) names something done.
fn does_something(lower: &str) -> bool {
    DOINGS.iter().any(|d| lower.contains(d))
}

/// Whether `line` is one phrase of two words or more written twice.
fn doubled(line: &str) -> bool {
    // "A B A B": the half before the middle space is the half after it.
    let n = line.len();
    let half = n / 2;
    !n.is_multiple_of(2)
        && line.as_bytes()[half] == b' '
        && line.is_char_boundary(half)
        && line[..half] == line[half + 1..]
        && line[..half].contains(' ')
}

/// Whether `line` is a menu's label above the headline (written twice,
/// or a list of headlines parted by slashes), or an icon's label anywhere
/// in the header.
fn menu_label(page: &Page, line: &str) -> bool {
    icon_label(line)
        || page.title.is_none()
            && (doubled(line) || label_doubled(line) || headlines_with_slash(line))
}

/// Whether `line` ends with a menu label written twice, as an icon's
/// text and the label beside it print it ("Menu Menu", "Biểu tượng
/// Podcast Podcast", "Biểu tượng tòa soạn Tòa soạn"): a short line whose
/// last word or words repeat the ones before them, when the line is that
/// word twice, the label runs two words or more, is a foreign word
/// ("Infographics"), or its second writing is capitalised where the
/// first is not ("ảnh Ảnh"). No headline ends
/// so; a sentence doubling a word for emphasis ends with a stop.
pub(super) fn label_doubled(line: &str) -> bool {
    doubled_tail(line, false)
}

/// Whether `line` ends with a foreign word or a brand written twice, or a
/// word written again with a capital ("Menu Menu", "`TmP` TV `TmP` TV",
/// "Biểu tượng ảnh Ảnh"): an
/// icon's label even under a headline, where a writer's name in
/// Vietnamese written twice is a name ("Thu Hà Thu Hà").
fn icon_label(line: &str) -> bool {
    doubled_tail(line, true)
}

/// `label_doubled`, or with `foreign_only` `icon_label`.
fn doubled_tail(line: &str, foreign_only: bool) -> bool {
    let words: Vec<&str> = line.split(' ').filter(|w| !w.is_empty()).collect();
    let n = words.len();
    if !(2..=8).contains(&n) || ends_sentence(line) || line.contains(',') {
        return false;
    }
    (1..=n / 2).any(|k| {
        let (first, second) = (&words[n - 2 * k..n - k], &words[n - k..]);
        let same = first
            .iter()
            .zip(second)
            .all(|(a, b)| a.to_lowercase() == b.to_lowercase());
        let recased =
            first[0].starts_with(char::is_lowercase) && second[0].starts_with(char::is_uppercase);
        let foreign = k == 1 && crate::parse::names::foreign(first[0]);
        // "`TmP` TV": a brand's capital after a small letter, in no name.
        let branded = first
            .iter()
            .any(|w| crate::parse::text::capital_after_small(w));
        same && (recased || foreign || branded || !foreign_only && (n == 2 || k >= 2))
    })
}

/// A line of one to three words: the headline of a plain-text file when
/// it comes first and reads as one ("Giao ban", "Họp dân"); otherwise a
/// menu item or section name. A second short line right after it shows
/// the first was a menu too.
fn short_line(page: &mut Page, line: &str, first: bool) {
    if page.short_title {
        page.title = None;
        page.short_title = false;
        return;
    }
    if first && page.title.is_none() && short_headline(line) {
        page.title = Some(headline(line));
        page.short_title = true;
    }
}

/// Whether a short line has a headline's shape: two or three words of
/// letters, not ending like a sentence, not a name in capitals.
fn short_headline(line: &str) -> bool {
    (2..=3).contains(&word_count(line))
        && !ends_sentence(line)
        && !name_like(line)
        && line
            .split(' ')
            .all(|w| w.chars().filter(|&c| is_letter(c)).count() >= 2 && w.chars().all(is_letter))
}

/// A writer's name with the date stamp after it ("Thùy Trang 14/08/2021
/// 07:18"): the name and the stamp.
pub(super) fn name_with_stamp(line: &str) -> Option<(&str, &str)> {
    // Four words of a name and a stamp with its time fit in 80 bytes; a
    // broadcaster's team of three or four writers, with its desk in
    // brackets, in twice that.
    if line.len() > 160 {
        return None;
    }
    // "Thu Hà (VTV9)-Thứ bảy, …": digits in brackets name a desk, not a date.
    let at = first_digit_outside_brackets(line)?;
    // "Thu Hà Thứ hai, ngày 04/12/2023 07:45 AM": the weekday opens the stamp.
    let at = [" Thứ ", "-Thứ ", " Chủ nhật", "-Chủ nhật"]
        .iter()
        .filter_map(|w| line[..at].find(w))
        .min()
        .map_or(at, |w| w + 1);
    // "Thu Hà - 12/01/2026", "Thu Hà | 12/01/2026", "Thu Hà • …".
    let name = line[..at].trim_end_matches([' ', '-', '–', '|', '•', ',']);
    // "THU HÀ (thực hiện) 10/10/2018": how the piece was made, in brackets.
    let credited = name
        .strip_suffix(')')
        .and_then(|n| n.rsplit_once(" ("))
        .filter(|(_, made)| made.starts_with(char::is_lowercase) || desk(made));
    let name = credited.map_or(name, |(n, _)| n.trim_end());
    let stamp = &line[at..];
    // "14:20 28/09/2023 GMT+7": the zone after the time; the weekday,
    // "ngày" and "AM" are stamp words too.
    let bare = stamp
        .trim_end()
        .trim_end_matches(['(', ')'])
        .trim_end_matches("GMT+7")
        .trim_end_matches(['(', ' ']);
    let stamp_word = |w: &str| {
        // "Thành Long 11:24 | 01/07/2025": a bar may part the time and the day.
        w.chars()
            .all(|c| c.is_ascii_digit() || "/:.-,|•".contains(c))
            || matches!(
                w.trim_end_matches(','),
                "Thứ"
                    | "thứ"
                    | "hai"
                    | "ba"
                    | "tư"
                    | "năm"
                    | "sáu"
                    | "bảy"
                    | "Chủ"
                    | "nhật"
                    | "ngày"
                    | "AM"
                    | "PM"
                    | "SA"
                    | "CH"
            )
    };
    // "Đức Hạnh - Hồng Việt", "K’ Liệp – Vĩnh Hy": two or three writers
    // joined by hyphens or dashes; a broadcaster's crew by commas ("Thu
    // Hà, Minh An, Quốc Anh (Ban Thời sự)-Thứ bảy, …"); two writers of a
    // commentary by "và" ("Thu Hà và Quang Minh - 07:30, …"), each part
    // still a name on its own.
    let parts = || {
        name.split(" - ")
            .flat_map(|p| p.split(" – "))
            .flat_map(|p| p.split(", "))
            .flat_map(|p| p.split(" và "))
    };
    let long = line.len() > 80;
    let writers = parts().count() <= if long { 4 } else { 3 }
        // Past 80 bytes only a crew credited with its desk is a byline.
        && (!long || credited.is_some())
        // "V.KHANG 26/08/2024 09:17": a family name's initial before the
        // given name signs with the stamp as a full name does.
        // "PV 02/09/2015 07:30": a newsroom's label signs with the stamp
        // as a name does.
        && parts().all(|n| {
            (2..=4).contains(&word_count(n)) && name_like(n)
                || crate::parse::names::dotted_initials(n)
                || initialled_name(n)
                || super::signed::STAFF.contains(&n)
        });
    let shaped = writers
        && crate::parse::dates::full_date(stamp).is_some()
        && bare.split(' ').all(stamp_word);
    shaped.then_some((name, stamp))
}

/// An outlet's name with the date stamp after it, glued or not, the name
/// maybe written twice as an aggregator prints its credit ("Báo Vĩnh
/// Long 19/11/2025", or glued: "Báo X" twice, then the date): the stamp.
/// The outlet is where the text was taken from, never its writer.
pub(super) fn outlet_with_stamp(line: &str) -> Option<&str> {
    const OUTLETS: &[&str] = &[
        "Báo ",
        "Tạp chí ",
        "Đài ",
        "Cổng ",
        "Trang ",
        "Kênh ",
        "Truyền hình ",
        "Thông tấn ",
    ];
    if line.len() > 80 || !OUTLETS.iter().any(|o| line.starts_with(o)) {
        return None;
    }
    let at = line.find(|c: char| c.is_ascii_digit())?;
    let name = line[..at].trim_end_matches([' ', '-', '–', '|', '•', ',']);
    let stamp = &line[at..];
    let stamp_only = stamp
        .bytes()
        .all(|b| b.is_ascii_digit() || b" /:.-,|".contains(&b));
    let shaped = (2..=8).contains(&word_count(name))
        && name.chars().all(|c| is_letter(c) || c == ' ')
        && stamp_only
        && crate::parse::dates::full_date(stamp).is_some();
    shaped.then_some(stamp)
}

/// Where the first digit outside brackets is in `line`.
fn first_digit_outside_brackets(line: &str) -> Option<usize> {
    let mut depth = 0u8;
    line.char_indices().find_map(|(at, c)| {
        match c {
            '(' => depth = depth.saturating_add(1),
            ')' => depth = depth.saturating_sub(1),
            _ => {}
        }
        (depth == 0 && c.is_ascii_digit()).then_some(at)
    })
}

/// Whether a bracket after a writer names the desk or channel they work
/// for, in capitals and digits ("VTV9", "TTXVN"), or in a few words that
/// open with a desk's noun ("Ban Thời sự", "Trung tâm Tin tức VTV24").
fn desk(made: &str) -> bool {
    const DESKS: &[&str] = &["Ban ", "Phòng ", "Trung tâm ", "Đài ", "Báo ", "Kênh "];
    let short = (2..=10).contains(&made.len())
        && made
            .chars()
            .all(|c| c.is_ascii_digit() || (c.is_uppercase() && is_letter(c)) || c == '+');
    short || DESKS.iter().any(|d| made.starts_with(d)) && word_count(made) <= 6
}

/// A stamp and the writer between bars, maybe with a counter ("Thứ Ba,
/// 12/03/2024 10:15 | Thu Hà", "12/03/2024 | Thu Hà | Lượt xem: 45"):
/// the name and the stamp.
pub(super) fn stamp_with_name(line: &str) -> Option<(&str, &str)> {
    if line.len() > 100 {
        return None;
    }
    let parts: Vec<&str> = line.split(" | ").map(str::trim).collect();
    let [stamp, name, rest @ ..] = parts.as_slice() else {
        return stamp_then_writer(line);
    };
    let counter = |p: &&str| {
        let lower = lower_same(p);
        ["lượt xem", "lượt đọc", "views"]
            .iter()
            .any(|c| lower.starts_with(c))
    };
    let shaped = (2..=4).contains(&word_count(name))
        && name_like(name)
        && crate::parse::dates::full_date(stamp).is_some()
        && word_count(stamp) <= 6
        && rest.iter().all(counter);
    shaped.then_some((*name, *stamp))
}

/// A stamp with its time and the writer after it, with no bar between
/// ("05/04/2016 10:53 Thu Hà"), as a portal prints its dateline under the
/// headline: the name and the stamp. The time tells a stamp from a day
/// that opens a sentence; a place after it ("12/03/2024 08:15 Hà Nội")
/// is where the text was filed, not who wrote it.
fn stamp_then_writer(line: &str) -> Option<(&str, &str)> {
    let at = line.find(|c: char| c.is_alphabetic())?;
    let (stamp, name) = (line[..at].trim_end(), &line[at..]);
    let stamp_only = stamp
        .bytes()
        .all(|b| b.is_ascii_digit() || b" /:.-,".contains(&b));
    let timed = stamp
        .split(' ')
        .any(|w| w.len() == 5 && w.as_bytes()[2] == b':');
    let shaped = stamp_only
        && timed
        && (2..=4).contains(&word_count(name))
        && name_like(name)
        && !crate::parse::vocab::is_place(&lower_same(name))
        && crate::parse::dates::full_date(stamp).is_some();
    shaped.then_some((name, stamp))
}

/// The writer a blog template names with "bởi" beside the stamp ("Đăng
/// bởi Thu Hà vào 12/03/2024"): two to four capitalised words.
pub(super) fn posted_by(line: &str) -> Option<&str> {
    static BY: crate::parse::text::Needle = crate::parse::text::Needle::new("bởi ");
    let at = BY.find(line)?;
    let after = &line[at + "bởi ".len()..];
    let end = after
        .split(' ')
        .take_while(|w| w.starts_with(char::is_uppercase) && w.chars().all(is_letter))
        .map(|w| w.len() + 1)
        .sum::<usize>();
    let name = after.get(..end.saturating_sub(1))?;
    ((2..=4).contains(&word_count(name)) && name_like(name)).then_some(name)
}

/// A short line under the headline holding one full date among a few
/// words ("Đăng ngày 12/01/2026 bởi Admin", "Thu Hà (12/01/2026)"): the
/// page's stamp. A lead opening with its time, a sentence, or a line with
/// two dates (a span of years) is none.
pub(super) fn loose_stamp<'l>(page: &Page, line: &'l str, lower: &str) -> Option<&'l str> {
    if page.title.is_none() || line.len() > 80 {
        return None;
    }
    if starts_with_time(lower) || ends_sentence(line) {
        return None;
    }
    let words = word_count(line);
    let slashes = line.bytes().filter(|&b| b == b'/').count();
    if words <= 8 && slashes == 2 && crate::parse::dates::full_date(line).is_some() {
        return Some(line);
    }
    // "06 Tháng Mười Hai, 2019 | Tin Việt Nam": a month in words takes up
    // to three words more, and the site's section follows a bar.
    // The stamp opens the line ("Thứ Sáu, 06 Tháng …"): "Kết quả 5 tháng
    // năm 2019" is a heading, not a stamp.
    let barred = line.split_once(" | ").map_or(line, |(stamp, _)| stamp);
    let opens = barred.starts_with(|c: char| c.is_ascii_digit())
        || ["Thứ ", "Chủ nhật", "Tháng "]
            .iter()
            .any(|w| barred.starts_with(w));
    let shaped = words <= 11 && slashes == 0 && opens && word_count(barred) <= 7;
    (shaped && crate::parse::dates::month_named(barred).is_some()).then_some(barred)
}

/// Under the headline, a section's label with the hour the page went up,
/// before its day (`label_with_time`).
pub(super) fn label_stamp(page: &Page, line: &str) -> bool {
    page.title.is_some() && label_with_time(line)
}

/// A few words, a clock time, a bar and a day ("Chính trị xã hội 08:00 |
/// 26/06/2025" under the headline): the section the page was filed
/// under and the hour it went up. A time the words lead to ("… kết thúc
/// lúc 11:00") is part of a sentence.
pub(super) fn label_with_time(line: &str) -> bool {
    let Some((head, _day)) = line.split_once(" | ") else {
        return false;
    };
    let Some((label, time)) = head.rsplit_once(' ') else {
        return false;
    };
    let clock = time.split_once(':').is_some_and(|(h, m)| {
        (1..=2).contains(&h.len())
            && m.len() == 2
            && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
    });
    let last = label.rsplit(' ').next().unwrap_or(label);
    clock
        && (1..=6).contains(&word_count(label))
        && !ends_sentence(label)
        && label.starts_with(char::is_uppercase)
        && !["lúc", "đến", "tới", "từ", "vào", "trước", "sau"].contains(&last)
}

/// Whether every word of `line` is a capitalised word of letters (a name,
/// maybe followed by an outlet in parentheses).
pub(crate) fn name_like(line: &str) -> bool {
    // "VĂN HÀO - TRẦN HỮU": two writers joined by a dash.
    line.split(' ')
        .filter(|w| !matches!(*w, "-" | "–"))
        .all(|w| {
            let w = w.trim_start_matches('(').trim_end_matches(')');
            // "K’ Liệp": an ethnic-minority name's opener keeps its
            // apostrophe.
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().count() <= 7
                && w.chars().all(|c| is_letter(c) || c == '’' || c == '\'')
        })
}

/// A headline as shown: without a final full stop or a site's name after
/// it (" | Cổng TTĐT", " - Báo Nghệ An", " - baonghean.vn").
pub(super) fn headline(line: &str) -> String {
    // "• Phó Chủ tịch … dự ngày hội …": a list bullet some templates set
    // before the headline is no part of it.
    let line = line.trim_start_matches(['•', '·', ' ']);
    let line = crate::parse::clean::strip_empty_field(line);
    let line = without_media_tag(line);
    let mut head = line.split(" | ").next().unwrap_or(line);
    if let Some(at) = head.rfind(" - ") {
        let tail = &head[at + 3..];
        let lower = lower_same(tail);
        let site = tail.contains(".vn")
            || tail.contains(".com")
            || ["báo ", "cổng ", "trang ", "đài ", "tạp chí"]
                .iter()
                .any(|p| lower.starts_with(p));
        if site && word_count(tail) <= 8 {
            head = &head[..at];
        }
    }
    head.trim_end_matches('.').trim().to_string()
}

/// `line` without the tag of its media in brackets before it ("[Ảnh]Chủ
/// tịch Quốc hội …", "[Video] Bí thư Tỉnh ủy …", "[Infographic] – Hơn 2
/// năm …"): the paper's label for the kind of item (`MEDIA_TAGS`), no
/// part of the headline, nor is the dash or colon after it.
fn without_media_tag(line: &str) -> &str {
    let Some(inner) = line.strip_prefix('[') else {
        return line;
    };
    let Some((tag, rest)) = inner.split_once(']') else {
        return line;
    };
    let rest = rest.trim_start_matches([':', ' ', '-', '–', '—']);
    let known = tag.len() <= 24 && crate::parse::lexicon::is_media_tag(tag);
    if known && rest.starts_with(char::is_uppercase) {
        rest
    } else {
        line
    }
}

/// The writer a heading names in brackets at its end under a byline's
/// label ("BẢN TIN HỘI NGHỊ CÁN BỘ (Tác giả: Thu Hà)"), as school and
/// commune portals print it above the text: the line is the header's.
fn bracketed_byline(line: &str, lower: &str) -> Option<String> {
    let inner = line.strip_suffix(')')?;
    let open = inner.rfind('(')? + 1;
    let name = top_byline(inner.get(open..)?, lower.get(open..inner.len())?)?;
    (1..=5).contains(&word_count(&name)).then_some(name)
}

/// Whether `line` opens with a byline's label ("BÀI VÀ ẢNH: …", "Tin, ảnh: …").
pub(super) fn labelled_byline(line: &str) -> bool {
    let mut cut = line.len().min(24);
    while !line.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &line[..cut];
    top_byline(head, &lower_same(head)).is_some()
}

/// "Bài và ảnh: Thu Hà", "Tin, ảnh: …", "Tác giả: …" → the name.
pub(super) fn top_byline(line: &str, lower: &str) -> Option<String> {
    const LEAD: &[&str] = &[
        "người viết:",
        "pv:",
        "nhóm pv:",
        "thực hiện:",
        "bài và ảnh:",
        "bài, ảnh:",
        "bài và ảnh :",
        "tin và ảnh:",
        "tin, ảnh:",
        // "Tin ảnh: …", "Bài ảnh: …": the comma left out.
        "tin ảnh:",
        "bài ảnh:",
        "bài:",
        "tác giả:",
        "tác giả bài viết:",
        "phóng viên:",
        "nhóm phóng viên:",
        "bài, ảnh :",
        "tin:",
        "đưa tin:",
        "người đưa tin:",
        "tin bài:",
        "tin/ảnh:",
        "bài/ảnh:",
        "tin - ảnh:",
        "bài - ảnh:",
        "tin-ảnh:",
        "bài-ảnh:",
        "tin – ảnh:",
        "bài – ảnh:",
        // "Tin - ảnh - clip: Thu Hà": a report with its own footage.
        "tin - ảnh - clip:",
        "bài - ảnh - clip:",
        "tin, ảnh, clip:",
        "bài, ảnh, clip:",
        "ctv:",
        "cộng tác viên:",
        // The same label as many a commune's portal types it.
        "công tác viên:",
        // A broadcaster's report: "Phóng sự: Minh Anh - Quốc Bảo".
        "phóng sự:",
        "tin, video:",
        "bài, video:",
        "tin và video:",
        // "T/h: Thu Hà": compiled by.
        "t/h:",
        // "Bt: Như Ý", "Biên tập: …": the portal's editor who wrote it up.
        "bt:",
        "btv:",
        "biên tập:",
        // "Biên tập viên: Thu Hà" under a broadcaster's text.
        "biên tập viên:",
        "tổng hợp:",
    ];
    if let Some(name) = by_alone(line, lower).or_else(|| credit_row(line, lower)) {
        return Some(name.to_string());
    }
    // "Tin, ảnh : Thu Hà": a space typed before the colon.
    let label_len = LEAD.iter().find_map(|p| {
        if lower.starts_with(p) {
            return Some(p.len());
        }
        let stem = p.strip_suffix(':')?;
        lower
            .strip_prefix(stem)?
            .starts_with(" :")
            .then_some(stem.len() + " :".len())
    })?;
    let rest = line.get(label_len..)?;
    let name = rest.trim();
    // "Tin: Thu Hà - Đăng: 12/01/2026", "Tác giả: Thu Hà Nguồn: Báo X":
    // the next label is no part of the name.
    let from = label_len + (rest.len() - rest.trim_start().len());
    let lower_name = lower.get(from..from + name.len()).unwrap_or("");
    let name = [
        "đăng:",
        "ngày đăng:",
        "ngày đăng tin:",
        "ngày đăng bài:",
        "cập nhật:",
        "đăng lúc:",
        "đăng ngày:",
        "nguồn:",
        // "Tin: Thu Hà; Ảnh: Minh Anh": the photographer is no writer, nor
        // is the one who drew the graphics or filmed the clip.
        "ảnh:",
        // "Bài: Thu Hà; Giọng đọc: Minh Anh": an audio edition's reader.
        "giọng đọc:",
        "infographic:",
        "đồ họa:",
        "video:",
    ]
    .iter()
    .filter_map(|l| lower_name.find(l).map(|at| &name[..at]))
    .min_by_key(|n| n.len())
    .unwrap_or(name)
    .trim_end_matches([' ', '-', '–', '|', '•', ',', ';']);
    let name = without_home(name);
    // "Thu Hà – Cơ quan Ủy ban MTTQ huyện A": the writer's name, then
    // where they work after a dash, runs longer than a name alone.
    let signed = super::tail::split_dash(name).is_some_and(|(writer, org)| {
        (2..=4).contains(&word_count(writer))
            && word_count(org) <= 12
            && org.starts_with(char::is_uppercase)
    });
    (!name.is_empty() && (word_count(name) <= 8 || signed)).then(|| name.to_string())
}

/// Level words of the local unit a commune's writer signs as home after
/// the name ("Tác giả: Tô Văn Bền xã Long Điền"), besides a unit's own
/// (`vocab::UNIT_WORDS`).
const HOME_UNITS: &[&str] = &["thành phố", "ấp", "thôn"];

/// `name` less the unit a writer signs after it with no mark between
/// ("Tô Văn Bền xã Long Điền" is Tô Văn Bền): a unit's level word after
/// two to four words that open with a family name, and the unit's name
/// after it. A body's name ("Ban Tuyên giáo huyện ủy") opens with no
/// family name and is kept whole.
fn without_home(name: &str) -> &str {
    let lower = lower_same(name);
    let starts: Vec<usize> = std::iter::once(0)
        .chain(lower.match_indices(' ').map(|(k, _)| k + 1))
        .collect();
    let first = lower.split(' ').next().unwrap_or("");
    if !crate::parse::vocab::is_family_name(first) {
        return name;
    }
    starts
        .iter()
        .enumerate()
        .skip(2)
        .take(3)
        .find_map(|(i, &at)| {
            let unit = crate::parse::vocab::UNIT_WORDS
                .iter()
                .chain(HOME_UNITS)
                .find(|u| {
                    lower[at..]
                        .strip_prefix(**u)
                        .is_some_and(|r| r.starts_with(' '))
                })?;
            let words = unit.split(' ').count();
            (starts.len() > i + words).then(|| name[..at].trim_end())
        })
        .unwrap_or(name)
}

/// Labels of the other hands a credit row names beside the writer's
/// content, each with its colon: the reader of an audio edition, the
/// designer of a long-form page. (A photographer's credit is cut from its
/// line before the header is read.)
const CREDITS: &[&str] = &[
    "giọng đọc:",
    "thiết kế:",
    "trình bày:",
    "đồ họa:",
    "đồ hoạ:",
    "video:",
];

/// The writer of a credit row ("Nội dung: Thu Hà; Giọng đọc: Minh Anh",
/// "Nội dung: Thu Hà - Thiết kế: Lan Anh"): "Nội dung" (content) signs the
/// text only where another hand is credited after it on the same line, for
/// alone it opens ordinary text ("Nội dung: Hội nghị thông qua …"). The
/// others are no writers.
fn credit_row<'l>(line: &'l str, lower: &str) -> Option<&'l str> {
    const CONTENT: &str = "nội dung:";
    let rest = lower.strip_prefix(CONTENT)?;
    let from = CONTENT.len();
    // The name runs to the next hand's label.
    let to = from + CREDITS.iter().filter_map(|c| rest.find(c)).min()?;
    let name = line
        .get(from..to)?
        .trim()
        .trim_end_matches([' ', ';', ',', '-', '–', '|'])
        .trim_end();
    ((1..=5).contains(&word_count(name)) && name_like(name)).then_some(name)
}

/// A line that is only "bởi" and a writer ("bởi Thu Hà", "Đăng bởi
/// Linh"), as blog templates print the author under the headline or
/// after the text: one to four capitalised words, a pen name of one
/// word included; nothing else on the line. So is a report's label
/// with no colon after it ("Bài và ảnh Thu Hà", "Tin, ảnh Minh Anh"),
/// which only a name may follow.
fn by_alone<'l>(line: &'l str, lower: &str) -> Option<&'l str> {
    let label = [
        "bởi ",
        "đăng bởi ",
        "viết bởi ",
        "bài và ảnh ",
        "tin và ảnh ",
        "bài, ảnh ",
        "tin, ảnh ",
    ]
    .iter()
    .find(|l| lower.starts_with(*l))?;
    let name = line.get(label.len()..)?.trim();
    ((1..=4).contains(&word_count(name)) && name_like(name)).then_some(name)
}
