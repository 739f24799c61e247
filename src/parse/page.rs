//! Splits a page into its zones: the header (date stamps, portal name,
//! headline, top byline), the article's paragraphs, and the tail (byline,
//! "Theo …", related headlines, counters), dropping furniture everywhere.
//! Every sentence of the article is kept; lines broken inside a sentence
//! are joined back.

use super::clean::{classify, split_date_prefix, Line};
use super::text::{lower_same, squash, word_count};

/// The zones of one page.
#[derive(Debug, Default)]
pub struct Page {
    /// The headline at the top, if any.
    pub title: Option<String>,
    /// A headline repeated at the foot ("QR CODE: …").
    pub foot_title: Option<String>,
    /// Date stamps seen before the article (first is the publication date).
    pub header_dates: Vec<String>,
    /// Labelled date stamps after the article ("Ngày đăng: …").
    pub foot_dates: Vec<String>,
    /// An all-capitals portal or agency name in the header.
    pub portal: Option<String>,
    /// The day of a dateline before the lead ("Hà Nội, 5/3 (TTXVN) -").
    pub dateline: Option<String>,
    /// A byline at the top ("Bài và ảnh: Thu Hà").
    pub top_byline: Option<String>,
    /// A byline after the article ("PHƯƠNG DUNG").
    pub byline: Option<String>,
    /// "Nguồn: X".
    pub source_line: Option<String>,
    /// "Theo X" after the article.
    pub theo: Option<String>,
    /// The article's paragraphs.
    pub paragraphs: Vec<String>,
}

/// Whether a line ends like a sentence (closing quotes and brackets aside).
pub fn ends_sentence(line: &str) -> bool {
    let t = line.trim_end_matches(['”', '"', '’', '\'', ')', '»', ' ']);
    t.ends_with(['.', '!', '?', '…', ';', ':'])
}

/// Whether a line reads as article text rather than a headline or caption.
fn body_like(line: &str) -> bool {
    let n = word_count(line);
    (ends_sentence(line) && n >= 6) || n >= 30
}

/// Opening words of a lead paragraph ("Sáng 13-7, …"), never of a headline.
fn starts_with_time(lower: &str) -> bool {
    const OPEN: &[&str] = &[
        "sáng ",
        "chiều ",
        "tối ",
        "trưa ",
        "đêm ",
        "ngày ",
        "hôm ",
        "sáng nay",
        "chiều nay",
        "(",
        "vừa qua",
        "mới đây",
        "trong ",
    ];
    OPEN.iter().any(|o| lower.starts_with(o))
        && lower
            .bytes()
            .take(40)
            .any(|b| b.is_ascii_digit() || b == b',')
}

/// Reads `text` into zones.
pub fn read_page(text: &str) -> Page {
    let mut page = Page::default();
    let mut body: Vec<String> = Vec::new();
    let mut seen_body = 0usize;
    let mut skipping = false;
    // Old Mac files end lines with a lone CR; the rest with LF or CRLF.
    let cr = memchr::memchr(b'\r', text.as_bytes()).is_some();
    let lines = text
        .split('\n')
        .flat_map(|l| l.split(if cr { '\r' } else { '\n' }));
    for raw in lines {
        let line = squash(raw);
        if line.is_empty() {
            continue;
        }
        // Furniture is told by a line's opening words; past the header
        // only the opening of a long line is lower-cased.
        let lower = if line.len() >= 160 && seen_body > 0 {
            let mut cut = 64;
            while !line.is_char_boundary(cut) {
                cut += 1;
            }
            lower_same(&line[..cut])
        } else {
            lower_same(&line)
        };
        match classify(&lower, &line) {
            Line::Drop => continue,
            Line::Section => {
                skipping = seen_body > 0;
                continue;
            }
            Line::DateOnly => {
                // After the article only a labelled stamp ("Ngày đăng: …")
                // is the page's own; bare ones date related headlines.
                let labelled = ["đăng", "cập nhật", "xuất bản"]
                    .iter()
                    .any(|w| lower.contains(w));
                if seen_body < 2 {
                    page.header_dates.push(line);
                } else if labelled {
                    page.foot_dates.push(line);
                }
                continue;
            }
            Line::Qr(t) => {
                page.foot_title.get_or_insert(t);
                continue;
            }
            Line::Source(s) => {
                page.source_line.get_or_insert(s);
                continue;
            }
            Line::Text => {}
        }
        // A list of related headlines ends where sentences start again.
        if skipping && !(body_like(&line) && word_count(&line) >= 12) {
            continue;
        }
        skipping = false;
        let mut line = line;
        if seen_body == 0 {
            if let Some((stamp, rest)) = split_date_prefix(&lower, &line) {
                page.header_dates.push(stamp.to_string());
                line = rest.to_string();
            } else if header_line(&mut page, &line, &lower) {
                continue;
            }
        }
        if body_like(&line) {
            seen_body += 1;
        }
        push_joined(&mut body, line);
    }
    split_tail(&mut page, body);
    page
}

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

/// Openings of a portal's or paper's name in a page header.
const PORTAL: &[&str] = &[
    "cổng thông tin",
    "trang thông tin",
    "báo điện tử",
    "cổng tin",
    "trang tin điện tử",
    "website",
    "đài phát thanh",
];

/// Handles a line of the header zone; true when it was used up there.
fn header_line(page: &mut Page, line: &str, lower: &str) -> bool {
    if let Some(by) = top_byline(line, lower) {
        page.top_byline.get_or_insert(by);
        return true;
    }
    let n = word_count(line);
    let caps = line
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    let org = ORG_OPENING.iter().any(|o| lower.starts_with(o));
    // "ỦY BAN NHÂN DÂN HUYỆN …" names the portal; a headline may be in
    // capitals too ("HỘI NGHỊ TỔNG KẾT …").
    if (2..=14).contains(&n) && caps && org && page.title.is_none() {
        page.portal.get_or_insert_with(|| line.to_string());
        return true;
    }
    // Breadcrumbs ("Trang chủ > Tin tức") and a portal's name
    // ("Cổng thông tin điện tử tỉnh …") head many pages.
    if n <= 14 && !ends_sentence(line) && page.title.is_none() {
        if lower.starts_with("trang chủ") {
            return true;
        }
        if PORTAL.iter().any(|p| lower.starts_with(p)) {
            page.portal.get_or_insert_with(|| line.to_string());
            return true;
        }
    }
    if starts_with_time(lower) || n > 60 || line.len() > 400 {
        return false;
    }
    let one_sentence = !line.trim_end_matches('.').contains(". ");
    if n < 4 || !one_sentence {
        return n < 4 && !ends_sentence(line);
    }
    // A short first "headline" is a section name ("Tin hoạt động"); a
    // longer line after it is the real headline. Otherwise a second line
    // belongs to the article.
    match &page.title {
        None => page.title = Some(headline(line)),
        Some(t) if word_count(t) <= 5 && !body_like(line) && line.len() > t.len() => {
            page.title = Some(headline(line));
        }
        Some(_) => return false,
    }
    true
}

/// A headline as shown: without a final full stop or a site's name after
/// it (" | Cổng TTĐT", " - Báo Nghệ An", " - baonghean.vn").
fn headline(line: &str) -> String {
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

/// "Bài và ảnh: Thu Hà", "Tin, ảnh: …", "Tác giả: …" → the name.
fn top_byline(line: &str, lower: &str) -> Option<String> {
    const LEAD: &[&str] = &[
        "bài và ảnh:",
        "bài, ảnh:",
        "bài và ảnh :",
        "tin và ảnh:",
        "tin, ảnh:",
        "bài:",
        "tác giả:",
        "phóng viên:",
        "nhóm phóng viên:",
        "bài, ảnh :",
        "tin:",
    ];
    let p = LEAD.iter().find(|p| lower.starts_with(*p))?;
    let name = line.get(p.len()..)?.trim();
    (!name.is_empty() && word_count(name) <= 8).then(|| name.to_string())
}

/// Appends `line`, joining it to the previous line when that one broke off
/// mid-sentence (ends with a comma, or this one starts in lower case).
fn push_joined(body: &mut Vec<String>, line: String) {
    if let Some(prev) = body.last_mut() {
        let lower_start = line.chars().next().is_some_and(char::is_lowercase);
        if !ends_sentence(prev) && (prev.ends_with(',') || lower_start) {
            prev.push(' ');
            prev.push_str(&line);
            return;
        }
    }
    body.push(line);
}

/// Moves what follows the last article paragraph into the tail fields.
fn split_tail(page: &mut Page, mut body: Vec<String>) {
    if let Some(last) = body.iter().rposition(|l| body_like(l)) {
        for line in body.split_off(last + 1) {
            let lower = lower_same(&line);
            if let Some(rest) = lower.strip_prefix("theo ") {
                if word_count(rest) <= 8 && page.theo.is_none() {
                    page.theo = Some(line[line.len() - rest.len()..].to_string());
                    continue;
                }
            }
            if page.byline.is_none() && is_byline(&line, &lower) {
                let by = top_byline(&line, &lower).unwrap_or_else(|| line.clone());
                page.byline = Some(by.trim_end_matches('.').to_string());
            }
        }
    }
    page.paragraphs = body;
}

/// A short line of capitalised words (or one marked "Bài: …") after the article.
fn is_byline(line: &str, lower: &str) -> bool {
    if top_byline(line, lower).is_some() {
        return true;
    }
    if lower.starts_with("ảnh") || lower.starts_with("(ảnh") {
        return false;
    }
    let n = word_count(line);
    let names = |s: &str| {
        s.split(' ').all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || "(-–/&".contains(c))
                || matches!(w, "và" | "-" | "–")
        })
    };
    let plain = (1..=7).contains(&n) && line.len() <= 70 && names(line);
    // "Vân Thùy - Ban Dân vận Tỉnh ủy": a name, a dash, where the writer works.
    let with_org = n <= 14
        && line.len() <= 110
        && split_dash(line).is_some_and(|(name, _)| word_count(name) <= 5 && names(name));
    (plain || with_org)
        && (!line.ends_with('.') || n <= 4)
        && !line.chars().any(|c| c.is_ascii_digit())
}

/// Splits "A - B" (or "A – B") at its first spaced dash.
pub fn split_dash(line: &str) -> Option<(&str, &str)> {
    let at = line.find(" - ").or_else(|| line.find(" – "))?;
    let dash = if line[at..].starts_with(" - ") {
        3
    } else {
        " – ".len()
    };
    Some((line[..at].trim(), line[at + dash..].trim()))
}

#[cfg(test)]
mod tests;
