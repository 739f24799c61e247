//! Splits a page into its zones: the header (date stamps, portal name,
//! headline, top byline), the article's paragraphs, and the tail (byline,
//! "Theo …", related headlines, counters), dropping furniture everywhere.
//! Every sentence of the article is kept; lines broken inside a sentence
//! are joined back.

use super::clean::{
    classify, credit_start, leading_stamp, split_date_inside, split_date_label, split_date_prefix,
    split_date_suffix, split_outlet_tag, year_first, Line,
};
use std::borrow::Cow;

mod after_signer;
mod captions;
mod glued;
mod header;
mod signed;
mod tail;
mod unsigned;
mod wrapped;

use super::text::{self, is_letter, lower_same_into, squash_cow, word_count, word_count_to};
use super::vocab;
pub(crate) use captions::{position_note, scene_only};
pub(crate) use header::{name_like, site_address};
pub(crate) use tail::EDITOR;
pub use tail::{org_opening, split_dash};

/// The zones of one page.
#[derive(Debug, Default)]
pub struct Page {
    /// The headline at the top, if any.
    pub title: Option<String>,
    /// A headline repeated at the foot ("QR CODE: …").
    pub foot_title: Option<String>,
    /// Date stamps seen before the article (first is the publication date).
    pub header_dates: Vec<String>,
    /// Stamps above the article printed more than once without a time: the
    /// site's clock, unless the lead's own day confirms one.
    pub repeated_dates: Vec<String>,
    /// How many of `header_dates` stood above the first paragraph: on a
    /// page listing several items, each a stamp and a teaser, the stamps
    /// under the first paragraph are the other items'.
    pub stamps_above_lead: Option<usize>,
    /// How many of `header_dates` stood above the headline: a stamp under
    /// it, with the writer's name or alone, is the article's; one above it
    /// may be the site's clock, however it is written.
    pub stamps_above_title: Option<usize>,
    /// Labelled date stamps after the article ("Ngày đăng: …").
    pub foot_dates: Vec<String>,
    /// A bare stamp right under the article ("Thu Hà" then "12/03/2024").
    pub foot_stamp: Option<String>,
    /// An all-capitals portal or agency name in the header.
    pub portal: Option<String>,
    /// The day of a dateline before the lead ("Hà Nội, 5/3 (TTXVN) -").
    pub dateline: Option<String>,
    /// A byline at the top ("Bài và ảnh: Thu Hà").
    pub top_byline: Option<String>,
    /// A bare name under the headline, the byline when none follows the article.
    pub header_name: Option<String>,
    /// A byline after the article ("PHƯƠNG DUNG").
    pub byline: Option<String>,
    /// "Nguồn: X".
    pub source_line: Option<String>,
    /// "Theo X" after the article.
    pub theo: Option<String>,
    /// The article's paragraphs.
    pub paragraphs: Vec<String>,
    /// Photo captions, without their credit, in page order: not article
    /// text, but the people they name were there.
    pub captions: Vec<String>,
    /// Header lines read so far (a short line counts as a headline only first).
    pub(crate) header_lines: usize,
    /// The title is a short first line that the next line may show to be
    /// a menu or section name.
    pub(crate) short_title: bool,
    /// The title's line ended with a full stop, as a caption's does.
    pub(crate) stopped_title: bool,
    /// The header line the title was first read from (counted as
    /// `header_lines`): a headline may come right under a caption read
    /// as one, whatever stood above that caption.
    pub(crate) title_line: usize,
    /// What the next header line may name.
    pub(crate) next: HeaderNext,
    /// Where the header stands after a bare "Trang chủ": a breadcrumb's
    /// section label may come next, above the headline.
    pub(crate) home: Home,
    /// Where the header stands after a heading of other articles' list
    /// above any headline ("Tin liên quan" first on the page).
    pub(crate) listed: Listed,
}

/// Where the header stands after a heading of other articles' list read
/// before any headline.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Listed {
    /// No such heading.
    #[default]
    No,
    /// The heading, and no headline yet.
    Above,
    /// The headline so far was read under it: it may be one of the
    /// list's, and the last headline above the lead the page's.
    Title,
}

/// What the next line of the header may name, after the line before.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum HeaderNext {
    /// Nothing in particular.
    #[default]
    Plain,
    /// A special section, after "Chuyên trang" alone.
    SectionName,
    /// Where the writer works, after a signature with a degree.
    Affiliation,
    /// A second writer's name on its own line, after a first in capitals.
    CoWriter,
}

/// The header's place after a breadcrumb's home link ("Trang chủ").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum Home {
    /// No home link just before.
    #[default]
    Away,
    /// The last line dropped was the home link.
    Passed,
    /// The headline so far was read right after the home link: it may be
    /// the section's label.
    Titled,
}

/// Whether a line ends like a sentence (closing quotes and brackets aside).
pub fn ends_sentence(line: &str) -> bool {
    let t = line.trim_end_matches(['”', '"', '’', '\'', ')', '»', ' ']);
    t.ends_with(['.', '!', '?', '…', ';', ':'])
}

/// The byte offset of the first ". " that ends a sentence in `s`: not
/// after an abbreviation in capitals ("TP. Hồ Chí Minh", "PGS. TS"), but
/// after a Roman numeral ("quý III. Đồng chí …").
pub fn sentence_end(s: &str) -> Option<usize> {
    text::STOP.find_iter(s).find(|&at| {
        let word = s[..at].rsplit([' ', '(']).next().unwrap_or("");
        // "quý III." ends a sentence: a Roman numeral is no abbreviation.
        let roman = word.chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
        let abbreviation = (1..=3).contains(&word.chars().count())
            && word.chars().all(|c| c.is_uppercase() || c == '.')
            && !roman;
        // "Già làng, trưởng buôn... ở Đắk Lắk gửi …": an ellipsis before a
        // lower-case word trails off inside the sentence.
        let trailing =
            s[..at].ends_with("..") && s[at + 2..].chars().next().is_some_and(char::is_lowercase);
        !abbreviation && !trailing
    })
}

/// Whether a line reads as article text rather than a headline or caption.
fn body_like(line: &str) -> bool {
    let n = word_count_to(line, 30);
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

/// "Xây dựng Đoàn: Sáng 29/11, …": the name of the page's rubric glued
/// before the lead with a colon; where the lead starts. A rubric is a
/// phrase of two to six words with a word in lower case (a place that
/// datelines the lead, "Bắc Giang: …", is all capitalised), no digit, no
/// comma; the lead after it opens with its time.
fn rubric_before_lead(first: &str) -> Option<usize> {
    let colon = first.get(..80).unwrap_or(first).find(": ")?;
    let (rubric, lead) = (&first[..colon], &first[colon + 2..]);
    let words = word_count(rubric);
    // "Theo kế hoạch: …", "Thực hiện chỉ đạo: …" open the lead itself.
    let opens_lead = ["Theo ", "Thực hiện ", "Căn cứ ", "Nhằm ", "Để "]
        .iter()
        .any(|w| rubric.starts_with(w));
    let shaped = (2..=6).contains(&words)
        && !opens_lead
        && rubric.starts_with(char::is_uppercase)
        && !rubric.contains(|c: char| c.is_ascii_digit() || c == ',' || c == '"')
        && rubric.split(' ').any(|w| w.starts_with(char::is_lowercase));
    (shaped
        && lead.starts_with(char::is_uppercase)
        && starts_with_time(&text::lower_same(lead.get(..48).unwrap_or(lead))))
    .then_some(colon + 2)
}

/// The first paragraph from where its lead starts: without a rubric's
/// name (`rubric_before_lead`) or the headline written again
/// (`headline_before_lead`) glued before it.
fn cut_before_lead(page: &mut Page) {
    let Some(first) = page.paragraphs.first_mut() else {
        return;
    };
    if let Some(at) = rubric_before_lead(first) {
        first.drain(..at);
    }
    if let Some(at) = page
        .title
        .as_deref()
        .and_then(|t| headline_before_lead(first, t))
    {
        first.drain(..at);
    }
}

/// "<headline> _Mail Sáng 28/11, …": the headline written again before
/// the lead in one block, maybe with the label of a share link after it
/// (a word opening with "_"); where the lead starts. The lead opens with
/// its time, as in `rubric_before_lead`; a headline of fewer than five
/// words may open a sentence of the text itself.
fn headline_before_lead(first: &str, title: &str) -> Option<usize> {
    let rest = first.strip_prefix(title)?;
    if word_count(title) < 5 || !rest.starts_with(' ') {
        return None;
    }
    let mut lead = rest.trim_start();
    if let Some(label) = lead.strip_prefix('_') {
        let end = label.find(' ')?;
        if !label[..end].chars().all(|c| c.is_ascii_alphabetic()) {
            return None;
        }
        lead = label[end..].trim_start();
    }
    (lead.starts_with(char::is_uppercase)
        && starts_with_time(&text::lower_same(lead.get(..48).unwrap_or(lead))))
    .then(|| first.len() - lead.len())
}

/// The site's clock among the header stamps, each stamp once: a day
/// with no time printed more than once ("Thứ tư, 26/11/2025" in the
/// desktop bar and again in the mobile one) is today's date on every page
/// of the site; a page prints its own stamp once, or twice where its
/// section label and stamp are echoed, which only the lead's own day tells
/// apart.
fn site_clock(header_dates: &[String]) -> Vec<String> {
    let repeated = |s: &String| header_dates.iter().filter(|d| *d == s).count() > 1;
    let mut clock: Vec<String> = header_dates
        .iter()
        .filter(|s| !s.contains(':') && repeated(s))
        .cloned()
        .collect();
    clock.sort_unstable();
    clock.dedup();
    clock
}

/// The marks that open the items of a listed block.
const BULLETS: [char; 5] = ['•', '·', '►', '»', '▪'];

/// How many blank lines in a row mark where a photo stood; paragraphs are
/// parted by one or two.
const PHOTO_GAP: usize = 3;

/// Spaces in a row that set a signature apart to the right of a line;
/// looked for in every raw line, so its searcher is shared.
static ALIGN_GAP: text::Needle = text::Needle::new("     ");

/// A line that ends a sentence, then a wide gap, then a few words with no
/// stop: the text and the signature set to the right of it.
fn right_aligned(raw: &str) -> Option<(&str, &str)> {
    let at = ALIGN_GAP.rfind(raw.trim_end())?;
    let (text, signature) = (raw[..at].trim_end(), raw[at..].trim());
    let words = signature.split_whitespace().count();
    let ends = text.ends_with(['.', '!', '?', '…', '"', '”', ')']);
    (ends && (1..=5).contains(&words) && !signature.ends_with(['.', ':']) && !text.is_empty())
        .then_some((text, signature))
}

/// `text` with the spaces a scrape lost put back and its wrapped lines
/// joined.
fn prepared(text: &str) -> Cow<'_, str> {
    match glued::respace(text) {
        Cow::Borrowed(text) => wrapped::unwrap(text),
        Cow::Owned(text) => Cow::Owned(wrapped::unwrap(&text).into_owned()),
    }
}

/// Reads `text` into zones.
pub fn read_page(text: &str) -> Page {
    let text = &*prepared(text);
    let mut reader = Reader::default();
    // Old Mac files end lines with a lone CR; the rest with LF or CRLF.
    let cr = memchr::memchr(b'\r', text.as_bytes()).is_some();
    // Blank lines in a row since the last line of text: three or more are
    // the gap a photo left.
    let mut blanks = 0;
    let mut take = |raw: &str| {
        // "… phường Thắng Lợi.                      THANH TÂM": a signature
        // set to the right of the last paragraph's line is a line of its own.
        if let Some((text, signature)) = right_aligned(raw) {
            reader.line(&squash_cow(text));
            reader.line(&squash_cow(signature));
            return;
        }
        let line = squash_cow(raw);
        if line.is_empty() {
            blanks += 1;
            if blanks == PHOTO_GAP {
                reader.photo_gap();
            }
            return;
        }
        blanks = 0;
        if let Some((first, second)) = glued_pair(&line) {
            reader.line(first);
            reader.line(second);
            return;
        }
        if let Some(parts) = super::clean::meta_row(&line) {
            for part in parts {
                reader.line(part);
            }
            return;
        }
        match super::clean::split_glued_credit(&line) {
            Some((caption, next)) => {
                reader.line(caption);
                reader.line(next);
            }
            None => reader.line(&line),
        }
    };
    let mut lone = LoneWord::default();
    for raw in text.split('\n') {
        // Only a text with a CR is searched for it line by line.
        if cr {
            raw.split('\r').for_each(|raw| lone.feed(raw, &mut take));
        } else {
            lone.feed(raw, &mut take);
        }
    }
    lone.flush(&mut take);
    reader.flush_ticker();
    let mut page = reader.page;
    let clock = site_clock(&page.header_dates);
    // The counts of stamps above the lead and the headline, less the
    // clock's among them.
    let kept = |k: usize| {
        k - page.header_dates[..k]
            .iter()
            .filter(|s| clock.contains(s))
            .count()
    };
    page.stamps_above_lead = page.stamps_above_lead.map(kept);
    page.stamps_above_title = page.stamps_above_title.map(kept);
    page.header_dates.retain(|s| !clock.contains(s));
    page.repeated_dates = clock;
    let mut body = reader.body;
    let mut captioned = reader.captioned;
    if let Some(k) = reader.under_lead {
        if body
            .get(k + 1..)
            .is_some_and(|rest| rest.iter().any(|l| body_like(l)))
        {
            let name = body.remove(k);
            let name = name.trim_end_matches([' ', '|', '•']);
            page.header_name = Some(name.to_string());
            captioned
                .iter_mut()
                .filter(|c| **c > k)
                .for_each(|c| *c -= 1);
        }
    }
    let first_label = reader.first_label;
    if let Some(label) = &first_label {
        headline_named_by_label(&mut page, &mut body, &mut captioned, label);
    }
    if reader.dated_second {
        headline_under_summary(&mut page, &mut body, &mut captioned);
    }
    drop_caps_headlines(&mut body, &mut captioned);
    headline_over_furniture(&mut page, &mut body, &mut captioned);
    headline_under_greeting(&mut page, &mut body, &mut captioned);
    if page.title.is_none() {
        missing_headline(&mut page, &mut body, &mut captioned, first_label);
    }
    drop_related_under_lead(&mut body, &mut captioned);
    drop_other_parts_of_series(page.title.as_deref(), &mut body, &mut captioned);
    unsigned::drop_unsigned_teasers(&mut body, &mut captioned, page.title.as_deref());
    take_captions(&mut page, &mut body, &mut captioned);
    // Dashed links to other articles under the writer's signature go first,
    // then teasers under that signature.
    let body = after_signer::drop_teasers_after_signer(tail::drop_signed_links(body));
    tail::split_tail(&mut page, body, &captioned);
    cut_before_lead(&mut page);
    one_sentence_item(&mut page);
    page
}

/// A paragraph's first word alone on its line, held until the next line
/// shows whether the page broke the sentence right after it ("Sáng" then
/// "12/3, Ban Thường vụ …", "Theo" then "đó, …"): the header's rules read
/// a one-word line as a label or a name and drop it, and a word before a
/// number is never joined by the body's rules. One blank line may stand
/// between the two halves.
#[derive(Default)]
struct LoneWord {
    word: String,
    blank: bool,
}

impl LoneWord {
    fn feed(&mut self, raw: &str, take: &mut impl FnMut(&str)) {
        if !self.word.is_empty() {
            let line = squash_cow(raw);
            if line.is_empty() && !self.blank {
                self.blank = true;
                return;
            }
            if continues_word(&line) {
                self.word.push(' ');
                self.word.push_str(&line);
                take(&self.word);
                self.word.clear();
                self.blank = false;
                return;
            }
            self.flush(take);
        }
        if lone_word(raw) {
            self.word.push_str(raw.trim());
            return;
        }
        take(raw);
    }

    /// Hands on the held word, and the blank line after it, unjoined.
    fn flush(&mut self, take: &mut impl FnMut(&str)) {
        if self.word.is_empty() {
            return;
        }
        take(&self.word);
        self.word.clear();
        if std::mem::take(&mut self.blank) {
            take("");
        }
    }
}

/// Two lines a page ran together: a photo's caption and the text after
/// it, a site's stamp and the headline after it, a view counter and the
/// field after it, or a byline and the
/// heading of the comments after it.
fn glued_pair(line: &str) -> Option<(&str, &str)> {
    captions::glued_caption(line)
        .or_else(|| super::clean::glued_stamp(line))
        .or_else(|| super::clean::glued_counter(line))
        .or_else(|| super::clean::glued_heading(line))
}

/// Whether a raw line is one capitalised word of letters, as a sentence
/// opens ("Sáng", "Theo", "Tại"); never an abbreviation in capitals
/// ("PV", "TTXVN"), which signs or credits.
fn lone_word(raw: &str) -> bool {
    let word = raw.trim();
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    first.is_uppercase()
        && word.len() <= 24
        && chars.clone().all(is_letter)
        && chars.any(char::is_lowercase)
        // "TinMoiPlus", a logo's text: no word that opens a sentence has a
        // capital after a small letter.
        && !super::text::capital_after_small(word)
        && !LANGUAGE_SWITCHES.contains(&word)
        && !button(word)
}

/// Whether a word alone on its line is a page's button or menu label
/// ("Đóng" of a menu's close button): furniture, never a sentence's first
/// word, however the next line opens ("7 cán bộ được …" under it is the
/// headline, not its rest).
fn button(word: &str) -> bool {
    let mut lower = String::new();
    lower_same_into(word, &mut lower);
    super::clean::classify(&lower, word) == Line::Drop
}

/// Links a bilingual site prints to switch language ("En" above the
/// headline): furniture, never a sentence's first word.
const LANGUAGE_SWITCHES: &[&str] = &["En", "Eng", "English", "Vi", "Vie"];

/// Whether a line goes on with a sentence a word began: it opens in lower
/// case or with a figure ("12/3, …"), and holds more than one word.
fn continues_word(line: &str) -> bool {
    line.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit()) && line.contains(' ')
}

/// The headline of a page that prints none above the article: a line
/// the lead echoes, else the photo's generated label, which names it
/// ("<headline> - Ảnh 1.").
fn missing_headline(
    page: &mut Page,
    body: &mut Vec<String>,
    captioned: &mut Vec<usize>,
    label: Option<String>,
) {
    if let Some(k) = headline_by_lead(body) {
        page.title = Some(header::headline(&body[k]));
        remove_lines(body, captioned, k..k + 1);
    } else {
        page.title = label.map(|l| header::headline(&l));
    }
}

/// A photo's generated label ("<headline> - Ảnh 1") repeats the headline:
/// when it repeats the first line of the body, which has no full stop,
/// that line is the headline ("Sáng nay, Quốc hội phê chuẩn …" opens like
/// a lead), and a line taken for it above was the site's.
fn headline_named_by_label(
    page: &mut Page,
    body: &mut Vec<String>,
    captioned: &mut Vec<usize>,
    label: &str,
) {
    if body.len() < 2 || body[0] != label || ends_sentence(label) {
        return;
    }
    page.title = Some(header::headline(&body[0]));
    remove_lines(body, captioned, 0..1);
}

/// Whether `line` is a headline of the outlet's place-first kind ("Gia
/// Lai: Gặp mặt người có uy tín"): a known place, a colon, no full stop.
fn place_headline(line: &str) -> bool {
    line.split_once(": ").is_some_and(|(place, rest)| {
        vocab::is_place(&text::lower_same(place))
            && rest.starts_with(char::is_uppercase)
            && !ends_sentence(rest)
    })
}

/// Drops a box of related headlines right under the lead: two or more
/// lines with no full stop in a row, one of them a place-first headline
/// ("Gia Lai: …", "Huyện A biểu dương …"), or three or more headlines of
/// other articles (`other_headlines`). A subheading stands alone above
/// its paragraph.
fn drop_related_under_lead(body: &mut Vec<String>, captioned: &mut Vec<usize>) {
    drop_headline_rows(body, captioned);
    let headline_like = |l: &String| !ends_sentence(l) && (4..=35).contains(&word_count(l));
    if !body
        .first()
        .is_some_and(|l| ends_sentence(l) && body_like(l))
    {
        return;
    }
    let run = body[1..].iter().take_while(|l| headline_like(l)).count();
    if run < 2
        || body.len() <= 1 + run
        || !(body[1..=run].iter().any(|l| place_headline(l)) || other_headlines(&body[1..=run]))
    {
        return;
    }
    remove_lines(body, captioned, 1..1 + run);
}

/// Words that number a part of a series in its headline: "… – Kỳ 2: …",
/// "… - Bài 1: …", "… (Phần cuối)".
const SERIES_PARTS: [&str; 3] = ["Kỳ ", "Bài ", "Phần "];

/// Fewest words of a series' name before its part's number: a headline's,
/// not a label's ("Bài 1").
const MIN_SERIES_NAME: usize = 4;

/// A series' part in a headline: the series' name, lower-cased, and the
/// part's number ("1", "cuối") after "Kỳ", "Bài" or "Phần", which a colon,
/// a bracket or the end closes. `None` for a headline of no series.
fn series_part(line: &str) -> Option<(String, &str)> {
    SERIES_PARTS.iter().find_map(|word| {
        line.match_indices(word).find_map(|(at, _)| {
            let before = line[..at].chars().next_back()?;
            if !matches!(before, ' ' | '(' | '-' | '–' | '—' | ':') {
                return None;
            }
            let rest = &line[at + word.len()..];
            let number_len = rest.find([':', ')', ' ']).unwrap_or(rest.len());
            let number = &rest[..number_len];
            let numbered = !number.is_empty() && number.chars().all(|c| c.is_ascii_digit())
                || number == "cuối";
            let closed = rest[number_len..].trim_start().is_empty()
                || rest[number_len..].starts_with([':', ')']);
            let name = line[..at].trim_end_matches([' ', '(', '-', '–', '—', ':', ',']);
            (numbered && closed && word_count(name) >= MIN_SERIES_NAME)
                .then(|| (name.to_lowercase(), number))
        })
    })
}

/// Drops the headlines of the other parts of the series `title` is a part
/// of, which a page links to among the paragraphs ("Giữ bình yên … – Kỳ 1: …"
/// under "Giữ bình yên … – Kỳ 2: …"): a line of no sentence naming the same
/// series and another part.
fn drop_other_parts_of_series(
    title: Option<&str>,
    body: &mut Vec<String>,
    captioned: &mut Vec<usize>,
) {
    let Some((series, part)) = title.and_then(series_part) else {
        return;
    };
    let mut k = 0;
    while k < body.len() {
        let other = !ends_sentence(&body[k])
            && series_part(&body[k]).is_some_and(|(s, p)| s == series && p != part);
        if other {
            remove_lines(body, captioned, k..k + 1);
        } else {
            k += 1;
        }
    }
}

/// Fewest words of a headline in a box of other articles' headlines: more
/// than a photo's short caption ("Toàn cảnh hội nghị").
const MIN_OTHER_HEADLINE: usize = 8;

/// Whether `lines`, with no full stop, are three or more headlines of other
/// articles an aggregator sets under the lead ("Tổng Bí thư A làm việc với
/// Ban B", "Phát biểu của Chủ tịch nước C tại …"): each opens with a
/// capital, ends with no mark at all and names no photo, and no two are
/// alike. A speech's salutations end with a comma ("Kính thưa đồng chí A
/// …,"), and a page that repeats a photo's caption writes it twice.
fn other_headlines(lines: &[String]) -> bool {
    lines.len() >= 3
        && lines.iter().all(|l| {
            l.starts_with(char::is_uppercase)
                && !l.trim_end().ends_with([',', '-', '–', '|'])
                && !l.contains("Ảnh")
                && word_count_to(l, MIN_OTHER_HEADLINE) >= MIN_OTHER_HEADLINE
        })
        && lines.windows(2).all(|w| w[0] != w[1])
}

/// Lines a lead may come after: a caption or a label above it.
const LEAD_WITHIN: usize = 3;

/// Drops a box of related headlines flattened into one line
/// (`headlines_in_a_row`) right under the lead, the first finished
/// paragraph of `body`; a photo's caption is none, though a long one names
/// its people and places with as many capitals after small letters ("Bí
/// thư Đảng ủy xã A cùng Chủ tịch UBND xã A … cắt băng khánh thành Trung
/// tâm …"): a line worded as a caption, an office and what its holder
/// does, stays for the captions.
fn drop_headline_rows(body: &mut Vec<String>, captioned: &mut Vec<usize>) {
    let Some(lead) = body
        .iter()
        .take(LEAD_WITHIN)
        .position(|l| ends_sentence(l) && body_like(l))
    else {
        return;
    };
    let k = lead + 1;
    if k + 1 < body.len()
        && !captioned.contains(&k)
        && headlines_in_a_row(&body[k])
        && captions::shape(&body[k]) != captions::Shape::Worded
    {
        remove_lines(body, captioned, k..k + 1);
    }
}

/// Whether `line` holds a photo's label ("… ảnh 1Thủ tướng …"): the
/// headline the page named the photo after, run into its caption.
fn photo_label(line: &str) -> bool {
    line.match_indices("ảnh ").any(|(at, w)| {
        line.as_bytes()
            .get(at + w.len())
            .is_some_and(u8::is_ascii_digit)
    })
}

/// Fewest words of a line that runs related headlines together: more
/// than a photo's caption holds.
const MIN_HEADLINES_ROW: usize = 30;

/// Whether `line` is a box of related headlines flattened into one line
/// ("Trao quà cho hộ nghèo ở xã A Hội Nông dân huyện B ra quân làm đường
/// … tại thôn C Tuyên dương …"): many words with no mark of punctuation at
/// all but a comma a headline may hold (one in thirty words), where a
/// sentence that long has several, and at least two headlines' seams, a
/// small letter against the capital opening the next.
fn headlines_in_a_row(line: &str) -> bool {
    // A dash may join a headline's pair ("Việt - Lào", "2023 - 2028").
    const MARKS: &[char] = &['.', ';', ':', '!', '?', '…', '"', '“', '”', '(', ')'];
    if line.len() < MIN_HEADLINES_ROW * 3 || line.contains(MARKS) || photo_label(line) {
        return false;
    }
    let words = word_count(line);
    let commas = memchr::memchr_iter(b',', line.as_bytes()).count();
    if words < MIN_HEADLINES_ROW || commas * MIN_HEADLINES_ROW > words {
        return false;
    }
    let mut seams = 0;
    let mut prev_small = false;
    for w in line.split(' ') {
        let capital = w.starts_with(char::is_uppercase);
        seams += usize::from(prev_small && capital);
        prev_small = w.starts_with(char::is_lowercase);
    }
    seams >= 2
}

/// A page that is one finished sentence of some length and nothing else
/// ("Ông A sẽ thay ông B, Bí thư Tỉnh ủy, …") is a short news item: the
/// sentence is its text as well as its title. A headline has no full stop.
fn one_sentence_item(page: &mut Page) {
    if !page.paragraphs.is_empty() || !page.captions.is_empty() || !page.stopped_title {
        return;
    }
    if let Some(title) = page.title.as_deref().filter(|t| word_count(t) >= 12) {
        page.paragraphs.push(format!("{title}."));
    }
}

/// The lower-case words of `s` (letters and digits).
fn words_of(s: &str) -> Vec<String> {
    text::lower_same(s)
        .split(|c: char| !is_letter(c) && !c.is_ascii_digit())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// The share of the distinct words of `line` that `said` holds.
fn echo_share(line: &str, said: &[String]) -> f32 {
    let mut own = words_of(line);
    own.sort_unstable();
    own.dedup();
    let found = own.iter().filter(|w| said.contains(w)).count();
    found as f32 / own.len().max(1) as f32
}

/// Replaces a line of the site's taken for the headline (a breadcrumb,
/// a menu's row, a banner) with the headline the page holds under it.
fn headline_over_furniture(page: &mut Page, body: &mut Vec<String>, captioned: &mut Vec<usize>) {
    headline_under_breadcrumb(page, body, captioned);
    headline_above_lead(page, body, captioned);
}

/// Marks between the items of a breadcrumb ("Hoạt động chung > …").
const CRUMB_MARKS: [&str; 3] = [" > ", " » ", " › "];

/// Replaces a breadcrumb taken for the headline ("Hoạt động chung > Ủy
/// ban A: Tổ chức hội nghị …", its last item the headline cut short) with
/// the line under it that its last item opens: the headline in full.
fn headline_under_breadcrumb(page: &mut Page, body: &mut Vec<String>, captioned: &mut Vec<usize>) {
    let Some(title) = page.title.as_deref() else {
        return;
    };
    let Some(last) = CRUMB_MARKS
        .iter()
        .filter_map(|m| title.rfind(m).map(|at| &title[at + m.len()..]))
        .min_by_key(|rest| rest.len())
    else {
        return;
    };
    let last = last.trim_end_matches(['.', '…', ' ']);
    let full = body.first().filter(|first| {
        word_count(last) >= 4
            && first.len() > last.len()
            && first.starts_with(last)
            && !ends_sentence(first)
    });
    if let Some(full) = full {
        page.title = Some(header::headline(full));
        remove_lines(body, captioned, 0..1);
    }
}

/// Replaces a headline the article does not echo (a row of the site's
/// menu or a banner taken for it: "Trending Vusta & Trí thức …", "Chào
/// mừng Đại hội …") with the
/// line of no sentence right above the first paragraph, when the article
/// echoes that one; the lines down to it were the header's. Only when
/// nothing above the first paragraph is a sentence.
fn headline_above_lead(page: &mut Page, body: &mut Vec<String>, captioned: &mut Vec<usize>) {
    // A quotation cut short for the headline ("\"Xây dựng nông dân … nghĩa
    // tình...\"") above the summary that quotes it whole reads as a
    // sentence, yet is the headline.
    let teaser = |k: usize| {
        body.get(k + 1)
            .is_some_and(|next| quoted_teaser(&body[k], next))
    };
    let (Some(title), Some(first)) = (
        page.title.as_deref(),
        (0..body.len()).find(|&k| body_like(&body[k]) && !teaser(k)),
    ) else {
        return;
    };
    if first == 0 || (0..first).any(|k| ends_sentence(&body[k]) && !teaser(k)) {
        return;
    }
    // "Chào mừng Đại hội …": a banner greeting an event opens no headline
    // above another line the article echoes, however many words they share.
    let greeting = GREETINGS
        .iter()
        .any(|g| text::lower_same(title).starts_with(g));
    let line = &body[first - 1];
    let quoted = teaser(first - 1);
    let line = if quoted { unquoted(line) } else { line };
    // A headline with its slogan after a colon may run longer.
    let most = if greeting { 45 } else { 30 };
    let shaped = (6..=most).contains(&word_count(line))
        && line.starts_with(char::is_uppercase)
        && !captions::shape(line).alone();
    // The words of the article are gathered only for a line shaped as a
    // headline: most lines above the lead are not.
    if !shaped {
        return;
    }
    let said: Vec<String> = body[first..]
        .iter()
        .filter(|l| body_like(l))
        .take(3)
        .flat_map(|l| words_of(l))
        .collect();
    if (greeting || echo_share(title, &said) < 0.25) && echo_share(line, &said) >= 0.6 {
        page.title = Some(if quoted {
            line.to_string()
        } else {
            header::headline(line)
        });
        remove_lines(body, captioned, 0..first);
    }
}

/// Opening and closing quotation marks.
const QUOTES: [char; 4] = ['"', '“', '”', '«'];

/// `line` without the quotation marks around it.
fn unquoted(line: &str) -> &str {
    line.trim()
        .trim_start_matches(QUOTES)
        .trim_end_matches(['"', '”', '»'])
}

/// Whether `line` is a quotation cut short with an ellipsis and `next`
/// opens with the same quotation: a headline quoting the summary under it.
fn quoted_teaser(line: &str, next: &str) -> bool {
    let inner = unquoted(line);
    let whole = line.trim().starts_with(QUOTES) && inner.len() < line.trim().len();
    let stem = inner.trim_end_matches(['.', '…']);
    whole
        && stem.len() < inner.len()
        && word_count(stem) >= 4
        && next.trim_start().starts_with(QUOTES)
        && next
            .trim_start()
            .trim_start_matches(QUOTES)
            .starts_with(stem)
}

/// Replaces a banner greeting an event still taken for the headline
/// ("Chào mừng kỷ niệm 80 năm …") with the line of no sentence right above
/// the first one that ends a sentence, when that line runs as long as a
/// lead with its slogan ("Đại hội … nhiệm kỳ 2025 – 2030: Đoàn kết – Dân
/// chủ – Đổi mới – Phát triển").
fn headline_under_greeting(page: &mut Page, body: &mut Vec<String>, captioned: &mut Vec<usize>) {
    let Some(title) = page.title.as_deref().map(text::lower_same) else {
        return;
    };
    if !GREETINGS.iter().any(|g| title.starts_with(g)) {
        return;
    }
    let Some(first) = body
        .iter()
        .position(|l| ends_sentence(l))
        .filter(|&k| k > 0)
    else {
        return;
    };
    let line = &body[first - 1];
    if !(6..=45).contains(&word_count(line))
        || !line.starts_with(char::is_uppercase)
        || captions::shape(line).alone()
    {
        return;
    }
    page.title = Some(header::headline(line));
    remove_lines(body, captioned, 0..first);
}

/// "<summary of two sentences>", then "<headline>", then its stamp: some
/// outlets print the summary above the headline. The second line is the
/// headline when it reads as one (no sentence, a headline's length) and
/// the first is a sentence; the summary stays with the article.
fn headline_under_summary(page: &mut Page, body: &mut Vec<String>, captioned: &mut Vec<usize>) {
    let [summary, line, ..] = body.as_slice() else {
        return;
    };
    let shaped = (6..=30).contains(&word_count(line))
        && !ends_sentence(line)
        && line.starts_with(char::is_uppercase)
        && !captions::shape(line).alone();
    if page.title.is_some() || !shaped || !ends_sentence(summary) || word_count(summary) < 15 {
        return;
    }
    page.title = Some(header::headline(line));
    remove_lines(body, captioned, 1..2);
}

/// Removes `lines` from `body`, keeping the indices in `captioned` on the
/// lines they named.
fn remove_lines(body: &mut Vec<String>, captioned: &mut Vec<usize>, lines: std::ops::Range<usize>) {
    let n = lines.len();
    body.drain(lines.clone());
    captioned.retain(|c| !lines.contains(c));
    for c in captioned.iter_mut().filter(|c| **c >= lines.end) {
        *c -= n;
    }
}

/// How a banner greeting an event opens ("Chào mừng Đại hội …").
const GREETINGS: [&str; 3] = ["chào mừng", "nhiệt liệt chào mừng", "mừng đảng"];

/// The headline of a page that set it under the lead or among the
/// paragraphs (the summary, then the headline last; or a paragraph or
/// two, then the headline and the lead): a line of no sentence whose
/// words are nearly all in the lead next to it, one opening with its time
/// ("Sáng 10/7, …") or the first paragraph. A caption's words are no
/// headline.
fn headline_by_lead(body: &[String]) -> Option<usize> {
    let is_lead = |k: usize| {
        body.get(k)
            .is_some_and(|l| body_like(l) && (k == 0 || starts_with_time(&text::lower_same(l))))
    };
    body.iter().enumerate().find_map(|(k, line)| {
        let n = word_count(line);
        let shaped = (6..=30).contains(&n)
            && !ends_sentence(line)
            && line.starts_with(char::is_uppercase)
            && !captions::shape(line).alone();
        if !shaped {
            return None;
        }
        let echoed = |lead: &String| echo_share(line, &words_of(lead)) >= 0.9;
        // Above the lead, or last on the page under the summary: a line
        // between paragraphs that echoes the one above is its caption.
        let above = is_lead(k + 1) && echoed(&body[k + 1]);
        let under = k + 1 == body.len() && k > 0 && is_lead(k - 1) && echoed(&body[k - 1]);
        (above || under).then_some(k)
    })
}

/// Moves the photo captions among the paragraphs (`captions::mark`) to
/// the page's captions; `captioned` follows the lines that stay.
fn take_captions(page: &mut Page, body: &mut Vec<String>, captioned: &mut Vec<usize>) {
    let marks = captions::mark(body, captioned, page.title.is_some());
    let title = page.title.as_deref().unwrap_or_default();
    let labels: Vec<bool> = body.iter().map(|l| numbered_headline(l, title)).collect();
    if !marks.contains(&true) && !labels.contains(&true) {
        return;
    }
    let mut kept = Vec::with_capacity(body.len());
    let mut kept_captioned = Vec::new();
    let lines = std::mem::take(body).into_iter().zip(marks).zip(labels);
    for (k, ((line, caption), label)) in lines.enumerate() {
        if label {
            continue;
        }
        // A dated or bulleted headline of another article opens with an
        // office as a caption does, but names no one of this article.
        if caption && tail::linked_headline(&line) {
            continue;
        }
        if caption {
            page.captions.push(line);
            continue;
        }
        if captioned.contains(&k) {
            kept_captioned.push(kept.len());
        }
        kept.push(line);
    }
    *body = kept;
    *captioned = kept_captioned;
}

/// "<headline> - 2": the name a page gives a photo from its headline and
/// the photo's number, no text.
fn numbered_headline(line: &str, title: &str) -> bool {
    let Some(rest) = line.strip_prefix(title).filter(|_| !title.is_empty()) else {
        return false;
    };
    let Some(number) = rest.trim_start().strip_prefix(['-', '–']) else {
        return false;
    };
    let number = number.trim().trim_end_matches('.');
    (1..=2).contains(&number.len()) && number.bytes().all(|b| b.is_ascii_digit())
}

/// The text of a line marked as a Markdown heading ("# …" to "###### …").
fn markdown_heading(line: &str) -> Option<&str> {
    let rest = line.trim_start_matches('#');
    let marks = line.len() - rest.len();
    ((1..=6).contains(&marks))
        .then(|| rest.strip_prefix(' '))
        .flatten()
        .map(str::trim_start)
        .filter(|t| !t.is_empty())
}

/// What the line before the current one was, for a line that reads it.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
enum LineBefore {
    /// Text that ends a sentence.
    Sentence,
    /// A photo's name alone where the photo stood (`a1`, `anh2.jpg`).
    PhotoName,
    #[default]
    Other,
}

/// The state of reading a page line by line.
#[derive(Default)]
struct Reader {
    page: Page,
    body: Vec<String>,
    /// What the line before was.
    before: LineBefore,
    /// Article paragraphs seen so far.
    seen_body: usize,
    /// Where the reader stands in a list of related headlines.
    listing: Listing,
    /// The next line of the header is a row of links.
    links: bool,
    /// The lower case of the line being read (one buffer for all lines).
    lower: String,
    /// Indices in `body` of captions whose photo credit was cut off.
    captioned: Vec<usize>,
    /// Index in `body` of a writer's name right under the lead.
    under_lead: Option<usize>,
    /// Under a section label above the article ("Tin mới"): stamps there
    /// date the listed headlines.
    header_list: bool,
    /// Lines read since the last article paragraph.
    since_body: usize,
    /// Where the last paragraph took a finished line after its comma.
    glued: Option<usize>,
    /// Index in `body` of the last line read, when it was kept whole.
    last_kept: Option<usize>,
    /// Where the reader stands in a ticker of related articles.
    ticker: Ticker,
    /// The headline's words of the first photo's generated label.
    first_label: Option<String>,
    /// Index in `body` of a name right above a timed stamp, past the
    /// article's opening: a reader's comment may start there.
    commenter: Option<usize>,
    /// The line passed over under "Liên kết website", held for the line
    /// after it to say whether it was the headline.
    link_passed: Option<String>,
    /// A stamp came right under the second line kept, with no headline
    /// yet: a summary and the headline may stand above it.
    dated_second: bool,
}

/// Where the reader stands in a list of related headlines.
#[derive(Default)]
struct Listing {
    /// Inside a list of related headlines after the article began.
    skipping: bool,
    /// Under a section label, where each listed headline is marked with a
    /// bullet ("Tin liên quan", then "• Xã B ra mắt mô hình …"): the
    /// bullets end where a line without one starts.
    bullets: bool,
    /// Under the heading of the readers' comments, which run to the end.
    comments: bool,
}

impl Listing {
    /// Whether `line` is one of the listed headlines, and so passed over.
    fn passes(&mut self, line: &str) -> bool {
        // Readers' comments are sentences too, but never the article's.
        if self.comments {
            return true;
        }
        if std::mem::take(&mut self.bullets) && line.starts_with(BULLETS) {
            self.bullets = true;
            return true;
        }
        // A list of related headlines ends where sentences start again.
        if self.skipping && !(body_like(line) && word_count_to(line, 12) >= 12) {
            return true;
        }
        self.skipping = false;
        false
    }
}

/// Where the reader stands in a ticker of related headlines, one a line
/// ending in a dash.
#[derive(Default)]
enum Ticker {
    /// In no ticker.
    #[default]
    Out,
    /// A headline ending in a dash, held back until the next line says
    /// whether it opens a ticker.
    First(String),
    /// Inside a ticker.
    In,
}

/// Whether `line` is a headline in a ticker of related articles, which a
/// page runs together as "Headline one - Headline two - …", one a line.
fn ticker_item(line: &str) -> bool {
    let Some(head) = line.strip_suffix(" -").or_else(|| line.strip_suffix(" –")) else {
        return false;
    };
    line.len() < 250 && head.split(' ').count() >= 4 && !ends_sentence(head)
}

/// Whether `line`, right after a ticker, is its last headline: no dash
/// after it, a headline's length and no full stop.
fn ticker_last(line: &str) -> bool {
    line.len() < 200 && line.split(' ').count() >= 4 && !ends_sentence(line)
}

/// Fewest words of a text a line writes twice over: fewer may be a
/// label or a chant written so.
const MIN_DOUBLED_WORDS: usize = 4;

/// The one copy of a line that is one text written twice, run together
/// with a space ("X tiếp Đại sứ Y X tiếp Đại sứ Y"): a photo's alternative
/// text and its caption, or a related link's image and title, which read
/// as one run-on sentence would give the people in it each other's posts.
fn doubled_line(line: &str) -> Option<&str> {
    let mid = line.len() / 2;
    if line.as_bytes().get(mid) != Some(&b' ') {
        return None;
    }
    let (first, second) = (line.get(..mid)?, line.get(mid + 1..)?);
    (first == second && word_count(first) >= MIN_DOUBLED_WORDS).then_some(first)
}

impl Reader {
    /// Takes one squashed, non-empty line, holding back a headline that
    /// may open a ticker of related articles: two such lines in a row
    /// are one, and the ticker with its last headline leaves the page.
    fn line(&mut self, line: &str) {
        let line = doubled_line(line).unwrap_or(line);
        let untitled = self.page.title.is_none();
        self.line_read(line);
        if untitled && self.page.title.is_some() && self.page.stamps_above_title.is_none() {
            self.page.stamps_above_title = Some(self.page.header_dates.len());
        }
    }

    /// Reads one line; `line` keeps count of what it did to the page.
    fn line_read(&mut self, line: &str) {
        if ticker_item(line) {
            self.ticker = match std::mem::take(&mut self.ticker) {
                Ticker::Out => Ticker::First(line.to_string()),
                Ticker::First(_) | Ticker::In => Ticker::In,
            };
            return;
        }
        if matches!(self.ticker, Ticker::In) {
            self.ticker = Ticker::Out;
            if ticker_last(line) {
                return;
            }
        }
        self.flush_ticker();
        self.read_line(line);
    }

    /// Notes what a dropped line still tells: a reply button, or a
    /// portal's address, which shows the line above it was the masthead.
    fn dropped(&mut self, lower: &str, line: &str) {
        self.reply_button(lower);
        if self.seen_body == 0 {
            header::address_masthead(&mut self.page, line);
        }
    }

    /// Reads a held-back headline that opened no ticker.
    fn flush_ticker(&mut self) {
        if let Ticker::First(first) = std::mem::take(&mut self.ticker) {
            self.read_line(&first);
        }
    }

    /// `kind` of the line `lower`, unless it is a gallery's heading first
    /// on the page with no colon ("Một số hình ảnh Đại hội Công đoàn …"):
    /// the gallery's headline, not a heading inside the text.
    fn headline_kept(&self, kind: Line, lower: &str) -> Line {
        let first = self.page.title.is_none() && self.seen_body == 0 && self.page.header_lines == 0;
        if kind == Line::Drop && first && super::clean::gallery_headline(lower) {
            Line::Text
        } else {
            kind
        }
    }

    /// Takes one squashed, non-empty line.
    fn read_line(&mut self, line: &str) {
        // "# Hội nghị …", "## Tin tức": a heading marked up as in Markdown;
        // the marks are no words of it.
        let line = markdown_heading(line).unwrap_or(line);
        // A photo credit goes, alone or at the end of its caption.
        // "BÀI VÀ ẢNH: TRẦN HÙNG" signs the article; "Ảnh:" inside it is no
        // photo credit to cut off.
        let credit = credit_start(line).filter(|_| !header::labelled_byline(line));
        let line = match credit {
            Some(0) => {
                self.credit_alone();
                return;
            }
            Some(at) => line[..at].trim_end(),
            None => line,
        };
        // "Thu Hà - Ảnh: Minh An" under the article: the writer, then who
        // took the photos; the name left is no photo's caption.
        let credit = credit.filter(|_| {
            let name = line.trim_end_matches([' ', '-', '–', ',', '(']);
            self.seen_body == 0 || !(2..=4).contains(&word_count(name)) || !header::name_like(name)
        });
        let line = super::clean::after_image_marker(line).unwrap_or(line);
        let line = super::clean::strip_empty_field(super::clean::strip_image_residue(line));
        let line = super::clean::strip_glued_section(super::clean::strip_slug_prefix(line));
        // "| Quang cảnh hội nghị. |": a photo's caption in the cell of the
        // table that held the photo.
        let cell = table_cell(line);
        let line = cell.unwrap_or(line);
        // Furniture is told by a line's opening words; past the header
        // only the opening of a long line is lower-cased.
        let lower_src = if line.len() >= 160 && self.seen_body > 0 {
            let mut cut = 64;
            while !line.is_char_boundary(cut) {
                cut += 1;
            }
            &line[..cut]
        } else {
            line
        };
        let mut lower = std::mem::take(&mut self.lower);
        lower_same_into(lower_src, &mut lower);
        let kind = self.headline_kept(classify(&lower, line), &lower);
        let under_photo = self.before == LineBefore::PhotoName;
        let before = if matches!(kind, Line::Text) && ends_sentence(line) {
            LineBefore::Sentence
        } else if kind == Line::Drop && super::clean::names_photo(&lower, line) {
            LineBefore::PhotoName
        } else {
            LineBefore::Other
        };
        let mut kept = None;
        let link_passed = self.link_passed.take();
        // Two paragraphs in, a comment heading closes the article, even
        // as a button of the form ("Gửi bình luận").
        if self.seen_body >= 2
            && matches!(kind, Line::Drop | Line::Section)
            && super::clean::heads_comments(&lower)
        {
            self.listing.comments = true;
        }
        match kind {
            // "date 2025-11-09 HOTLINE: …": the stamp opening a line of
            // furniture is still the page's; so is one glued to the end of
            // a menu ("Trang chủ | Tin tức 12/03/2024").
            Line::Drop => {
                self.dropped(&lower, line);
                if self.seen_body == 0 && self.page.title.is_none() {
                    self.page.home = if lower == "trang chủ" {
                        Home::Passed
                    } else {
                        Home::Away
                    };
                }
                // The lunar date of the site's clock dates nothing.
                if self.seen_body == 0 && !lower.starts_with("âm lịch") {
                    let stamp = leading_stamp(&lower, line)
                        .or_else(|| split_date_suffix(line).map(|(_, stamp)| stamp));
                    if let Some(stamp) = stamp {
                        self.page.header_dates.push(stamp.to_string());
                    }
                }
            }
            Line::Section => self.section(&lower),
            Line::DateOnly => {
                self.headline_under_links(link_passed);
                self.note_commenter(line);
                if self.page.title.is_none() && self.body.len() == 2 && self.seen_body < 2 {
                    self.dated_second = true;
                }
                self.date_line(line, &lower);
            }
            Line::Qr(t) => {
                self.page.foot_title.get_or_insert(t);
            }
            Line::PhotoLabel(label) => self.photo_label(label),
            Line::Source(s) => {
                self.page.source_line.get_or_insert(s);
            }
            Line::Text => {
                self.text_line(line, &lower);
                kept = self
                    .body
                    .last()
                    .filter(|l| *l == line)
                    .map(|_| self.body.len() - 1);
                // A short note with no story right under a photo's name is
                // its caption ("a1", then "Ban Chỉ huy diễn tập.").
                // With no stop, it says who does what ("a1", then "Đảng ủy
                // xã trao quà cho các hộ nghèo").
                let noted = under_photo
                    && (captions::note_shape(line)
                        || captions::act_unstopped(line)
                        || captions::act_stopped(line));
                if let Some(k) = kept.filter(|_| credit.is_some() || cell.is_some() || noted) {
                    self.captioned.push(k);
                }
            }
        }
        self.last_kept = kept;
        self.lower = lower;
        self.before = before;
    }

    /// "Liên kết website" right above the headline, which the stamp
    /// follows: a portal's first link is never dated, so the line passed
    /// over under the label was the headline.
    fn headline_under_links(&mut self, passed: Option<String>) {
        let Some(line) = passed else {
            return;
        };
        if self.page.title.is_none() && (6..=30).contains(&word_count(&line)) {
            self.page.title = Some(header::headline(&line));
        }
    }

    /// A name alone, then a stamp with its time ("Trần Văn Bảy", then
    /// "12/03/2025 10:21"), past the article's opening: a reader's comment
    /// may start at the name, or the writer signed with the date.
    fn note_commenter(&mut self, line: &str) {
        self.commenter = self.last_kept.filter(|&k| {
            self.seen_body >= 2
                && line.contains(':')
                && self.body.get(k).is_some_and(|name| {
                    (2..=5).contains(&word_count(name)) && header::name_like(name)
                })
        });
    }

    /// The reply button under a reader's comment ("Trả lời") with no
    /// heading over the comments: from the commenter's name with its
    /// stamp above the comment, the comments run to the end. A writer
    /// signing with the date has no comment and no reply button under it.
    fn reply_button(&mut self, lower: &str) {
        if self.seen_body < 2 || !matches!(lower, "trả lời" | "phản hồi" | "trả lời bình luận")
        {
            return;
        }
        let Some(k) = self.commenter.take().filter(|&k| k + 1 < self.body.len()) else {
            return;
        };
        self.body.truncate(k);
        self.captioned.retain(|&c| c < k);
        self.under_lead = self.under_lead.filter(|&u| u < k);
        self.last_kept = None;
        self.glued = self.glued.filter(|&g| g < k);
        self.listing.comments = true;
    }

    /// Reads a section's heading: what follows is a list to pass over.
    fn section(&mut self, lower: &str) {
        self.listing.bullets = true;
        // Under the headline, before the lead, a related-news box lists
        // other headlines as well ("Tin liên quan", then two headlines,
        // then "Sáng 5/3, …").
        self.listing.skipping =
            self.seen_body > 0 || (self.page.title.is_some() && super::clean::heads_list(lower));
        self.header_list = self.seen_body == 0;
        // "Liên kết website" above the headline heads a row of links to
        // other portals, never the headline itself.
        self.links = self.seen_body == 0 && lower.starts_with("liên kết");
        // A tag row's label heads no headlines.
        let tags =
            ["tag", "tags", "từ khóa", "từ khoá"].contains(&lower.trim_end_matches([':', ' ']));
        if self.seen_body == 0
            && self.page.title.is_none()
            && !tags
            && super::clean::heads_list(lower)
        {
            self.page.listed = Listed::Above;
        }
    }

    /// Blank lines where a photo stood, under the line last read: when it
    /// reads as a caption (`captions::act_unstopped`), it is the photo's.
    fn photo_gap(&mut self) {
        let Some(k) = self.last_kept else {
            return;
        };
        if self.seen_body > 0 && self.body.get(k).is_some_and(|l| captions::act_unstopped(l)) {
            self.captioned.push(k);
        }
    }

    /// A photo's credit alone on its line ("ẢNH: THU HÀ") under a line
    /// with no full stop, kept as it was read: that line is the photo's
    /// caption, as if the credit had closed it.
    fn credit_alone(&mut self) {
        let Some(k) = self.last_kept.take() else {
            return;
        };
        if self
            .body
            .get(k)
            .is_some_and(|l| !ends_sentence(l) && (2..=35).contains(&word_count(l)))
        {
            self.captioned.push(k);
        }
    }

    /// A photo's label made of the headline ("<headline> ảnh 1") right
    /// under the line taken for the headline, before any paragraph: when
    /// that line is a longer sentence, it was the summary that opens the article
    /// ("Trước thềm Đại hội, 5 Bí thư Tỉnh ủy đã được điều động …", then
    /// "Chân dung 5 Bí thư Tỉnh ủy … ảnh 1"), and the label is the headline.
    fn photo_label(&mut self, label: String) {
        if self.first_label.is_none() {
            self.first_label = Some(label.clone());
        }
        let top =
            self.seen_body == 0 && self.body.is_empty() && self.before == LineBefore::Sentence;
        let Some(taken) = self.page.title.as_deref().filter(|_| top) else {
            return;
        };
        // A label without diacritics only stands in for a headline the
        // page left out; it never replaces a line written with them.
        if word_count(taken) > word_count(&label) && !label.starts_with(taken) && !label.is_ascii()
        {
            let summary = self.page.title.replace(label).unwrap_or_default();
            self.seen_body += 1;
            let ended = summary.ends_with(['.', '!', '?', '…']);
            self.body.push(if ended {
                summary
            } else {
                format!("{summary}.")
            });
        }
    }

    /// A line holding only a date stamp.
    fn date_line(&mut self, line: &str, lower: &str) {
        // After the article only a labelled stamp ("Ngày đăng: …") is the
        // page's own; bare ones date related headlines.
        let labelled = ["đăng", "đưa", "cập nhật", "xuất bản"]
            .iter()
            .any(|w| lower.contains(w));
        if self.seen_body < 2 {
            self.page.header_dates.push(line.to_string());
        } else if labelled {
            self.page.foot_dates.push(line.to_string());
        } else if !self.listing.skipping && self.since_body <= 2 && !line.contains(':') {
            // A date alone right under the article or its byline, before any
            // list of other headlines, dates the page when nothing else does;
            // a stamp with its time there ("15:39 22/04/2024") heads a
            // listed headline.
            self.page.foot_stamp.get_or_insert_with(|| line.to_string());
        }
    }

    /// Takes a header line opening with a stamp written year first ("date
    /// 2025-09-22 Chính trị", then reads the rest), a stamp with the writer
    /// after a bar, or a listed headline with its stamp under a section
    /// label ("11/03/2024 Xã B tổ chức …" under "Tin mới"); true when the
    /// line was used up.
    fn year_first_or_listed(&mut self, line: &str, lower: &str) -> bool {
        if std::mem::take(&mut self.header_list)
            && (split_date_prefix(lower, line).is_some() || year_first(line).is_some())
        {
            self.header_list = true;
            return true;
        }
        if let Some((name, stamp)) = self
            .page
            .title
            .is_some()
            .then(|| header::stamp_with_name(line))
            .flatten()
        {
            // "Thứ Ba, 12/03/2024 10:15 | Thu Hà": the date and the writer.
            self.page.header_dates.push(stamp.to_string());
            self.sign(name);
            return true;
        }
        let Some((stamp, rest)) = year_first(line) else {
            return false;
        };
        self.page.header_dates.push(stamp.to_string());
        // What follows the stamp is read as a line of its own: it may be
        // furniture too ("date 2021-11 Your browser does not support …").
        if word_count(rest) >= 4 {
            self.line(rest);
        }
        true
    }

    /// "Thu Hà - 14:20 28/09/2023 GMT+7" under the summary: the writer and
    /// the page's stamp, like a stamp line before the second paragraph.
    fn writer_under_summary(&mut self, line: &str) -> bool {
        if self.seen_body != 1 || self.body.len() != 1 || !self.page.header_dates.is_empty() {
            return false;
        }
        // "Báo Vĩnh Long19/11/2025": the outlet's credit dates the page
        // and signs nothing.
        if let Some(stamp) = header::outlet_with_stamp(line) {
            self.page.header_dates.push(stamp.to_string());
            return true;
        }
        let Some((name, stamp)) = header::name_with_stamp(line) else {
            return false;
        };
        self.page.header_dates.push(stamp.to_string());
        self.sign(name);
        true
    }

    /// Whether the last line kept is the summary: text, with nothing that
    /// ends a sentence above it (labels or a menu row kept there are none).
    fn sapo_last(&self) -> bool {
        self.body
            .split_last()
            .is_some_and(|(sapo, above)| body_like(sapo) && above.iter().all(|l| !ends_sentence(l)))
    }

    /// "Theo Thu Hà / Báo X" under the summary: the writer and the outlet
    /// the text was taken from; true when the line was one.
    fn theo_under_summary(&mut self, line: &str) -> bool {
        if self.seen_body != 1 || self.page.theo.is_some() {
            return false;
        }
        let theo = crate::parse::byline::theo_signature(line);
        self.page.theo = theo.map(str::to_string);
        theo.is_some()
    }

    /// A line of the header zone, handed to `header::header_line`; true
    /// when it was used up there.
    fn header_line(&mut self, line: &str, lower: &str) -> bool {
        // The headline before the line, told apart from a new one by its
        // buffer (a new headline is a new string) without copying it.
        let title = self.page.title.as_deref().map(|t| (t.as_ptr(), t.len()));
        let unsigned = self.page.header_name.is_none();
        if !header::header_line(&mut self.page, line, lower) {
            return false;
        }
        if unsigned && self.page.header_name.is_some() {
            self.headline_above_writer();
        }
        // "Thông tin chỉ đạo, điều hành" between the headline and the
        // headline again: a section label.
        let now = self.page.title.as_deref();
        let same = now.map(|t| (t.as_ptr(), t.len())) == title;
        let again = same && now.is_some_and(|t| line.starts_with(t));
        if again && self.seen_body == 0 && self.body.iter().all(|l| section_label(l)) {
            self.body.clear();
            self.captioned.clear();
        }
        // Lines kept above the headline, before any paragraph, were the
        // header's ("1. Dòng sự kiện:"), not the article's.
        if now.is_some() && !same && self.seen_body == 0 {
            self.body.clear();
            self.captioned.clear();
            self.under_lead = None;
        }
        true
    }

    /// A headline right above the writer's line, when a banner or a
    /// slogan came first and was taken for it ("Việt Nam vươn mình trong
    /// kỷ nguyên mới", then the headline, then "Thu Hà"): the line under
    /// the banner, kept as the only one of the article so far, if it is
    /// no sentence and longer than the banner. A kicker may stand between
    /// them ("Chính trị Ngày hội bầu cử", "Hướng tới ngày hội bầu cử toàn
    /// dân", the headline, "Đình Huy"): the headline is the last of such
    /// lines, right above the writer.
    fn headline_above_writer(&mut self) {
        let Some(line) = self.body.last() else {
            return;
        };
        let labels = &self.body[..self.body.len() - 1];
        if !labels
            .iter()
            .all(|l| !ends_sentence(l) && word_count(l) <= 12)
        {
            return;
        }
        let n = word_count(line);
        let banner = self.page.title.as_deref().map_or(usize::MAX, word_count);
        let shaped = !ends_sentence(line) && (4..=30).contains(&n) && n > banner;
        if self.seen_body == 0 && shaped {
            self.page.title = Some(header::headline(line));
            self.body.clear();
            self.captioned.clear();
        }
    }

    /// Keeps `name` as the writer named in the header, unless one is kept.
    fn sign(&mut self, name: &str) {
        self.page
            .header_name
            .get_or_insert_with(|| name.to_string());
    }

    /// A headline and the lead run on after it in one line: the headline
    /// is kept, the rest read as a line of its own.
    fn headline_then_lead(&mut self, head: &str, rest: &str) {
        self.page.title = Some(header::headline(head));
        let mut lower = String::new();
        lower_same_into(rest, &mut lower);
        self.text_line(rest, &lower);
    }

    /// A line of text: header, article or tail.
    fn text_line(&mut self, mut line: &str, lower: &str) {
        if self.listing.passes(line) {
            return;
        }
        if std::mem::take(&mut self.links) && self.seen_body == 0 && !body_like(line) {
            self.link_passed = Some(line.to_string());
            return;
        }
        if self.seen_body == 0 && self.year_first_or_listed(line, lower) {
            return;
        }
        if self.seen_body == 0 {
            if let Some((stamp, rest)) = split_date_prefix(lower, line) {
                self.page.header_dates.push(stamp.to_string());
                // "date 2025-09-24 Thời sự <headline> Tại phiên họp, …":
                // what follows the stamp is read as a line of its own.
                let mut lower = String::new();
                lower_same_into(rest, &mut lower);
                return self.text_line(rest, &lower);
            } else if let Some(stamp) = split_date_label(lower, line) {
                self.page.header_dates.push(stamp.to_string());
                return;
            } else if let Some(stamp) = header::outlet_with_stamp(line) {
                // "Báo Vĩnh Long 19/11/2025": the outlet is no writer.
                self.page.header_dates.push(stamp.to_string());
                return;
            } else if let Some((name, stamp)) = header::name_with_stamp(line) {
                // "Thùy Trang 14/08/2021 07:18": the writer and the date.
                self.page.header_dates.push(stamp.to_string());
                if self.page.title.is_some() {
                    self.page
                        .header_name
                        .get_or_insert_with(|| name.to_string());
                    self.headline_above_writer();
                }
                return;
            } else if let Some((head, stamp)) = split_date_suffix(line) {
                // "… con hẻm 19/11/2025 12:19": a headline with its stamp;
                // "Chính trị 28-05-2024": a section label with it.
                self.page.header_dates.push(stamp.to_string());
                if let Some(name) = header::posted_by(head).filter(|_| self.page.title.is_some()) {
                    // "Đăng bởi Thu Hà vào 12/03/2024".
                    return self.sign(name);
                }
                if word_count(head) < 4 || header::label_stamp(&self.page, line) {
                    return;
                }
                let lower = lower.get(..head.len()).unwrap_or(lower);
                if header::header_line(&mut self.page, head, lower) {
                    return;
                }
                line = head;
            } else if let Some((head, rest)) = split_outlet_tag(line)
                .or_else(|| super::clean::split_section_headline_lead(line))
                .filter(|_| self.page.title.is_none())
            {
                return self.headline_then_lead(head, rest);
            } else if let Some((head, stamp, rest)) =
                split_date_inside(line).filter(|_| self.page.title.is_none())
            {
                self.page.header_dates.push(stamp.to_string());
                return self.headline_then_lead(head, rest);
            } else if let Some(by) = self
                .page
                .title
                .is_none()
                .then(|| signed::by_and_stamp(line))
                .flatten()
            {
                self.page.header_dates.push(by.stamp.to_string());
                self.page.title = Some(header::headline(by.head));
                self.page.top_byline = Some(by.name.to_string());
                if by.rest.is_empty() {
                    return;
                }
                let mut lower = String::new();
                lower_same_into(by.rest, &mut lower);
                return self.text_line(by.rest, &lower);
            } else if let Some(stamp) = header::loose_stamp(&self.page, line, lower) {
                // "Đăng ngày 12/01/2026 bởi Thu Hà", "Thu Hà (12/01/2026)".
                self.page.header_dates.push(stamp.to_string());
                if let Some(name) = header::posted_by(line) {
                    self.sign(name);
                }
                return;
            } else if self.header_line(line, lower) {
                return;
            }
        }
        // "Thu Hà - 14:20 28/09/2023" between the sapo and the body: the
        // writer and the page's stamp.
        if self.writer_under_summary(line) {
            return;
        }
        // Some outlets sign under the lead that sums the article up ("Thu
        // Hà" or "PV" between the sapo and the body); it is the writer
        // when the article goes on after it (`read_page` decides).
        let sapo_last = self.sapo_last();
        if sapo_last && self.theo_under_summary(line) {
            return;
        }
        if self.seen_body == 1
            && sapo_last
            && self.page.title.is_some()
            && self.page.header_name.is_none()
            && !line.starts_with('(')
            && signed::writer_shape(line)
        {
            self.under_lead = Some(self.body.len());
            self.body.push(line.to_string());
            return;
        }
        self.count_paragraph(line);
        push_joined(&mut self.body, line, &mut self.glued);
    }

    /// Counts `line` as an article paragraph, or as a line since the last
    /// one; the stamps read before the first paragraph are the page's own.
    fn count_paragraph(&mut self, line: &str) {
        if body_like(line) {
            if self.seen_body == 0 {
                self.page.stamps_above_lead = Some(self.page.header_dates.len());
            }
            self.seen_body += 1;
            self.since_body = 0;
        } else {
            self.since_body += 1;
        }
    }
}

/// Whether `line` has a section label's shape: a few words, no sentence.
fn section_label(line: &str) -> bool {
    word_count_to(line, 8) <= 7 && !ends_sentence(line)
}

/// The text of a table cell alone on its line ("| Quang cảnh hội nghị. |"),
/// the way converted pages keep a photo's caption under it.
/// A cell whose opening bar was lost keeps its closing ones ("Đông đảo
/// người dân dự lễ |", "Quang cảnh hội nghị | |"); one whose closing bar
/// was lost keeps the opening one glued to its text ("|Phó Thủ tướng A"),
/// the way some scrapes set each cell of a table's row on its own line.
fn table_cell(line: &str) -> Option<&str> {
    if let Some(rest) = line.strip_prefix('|') {
        let rest = rest.trim();
        if !rest.is_empty() && !rest.contains('|') {
            return Some(rest);
        }
    }
    let open = line.strip_prefix("| ").unwrap_or(line);
    let mut inner = open.strip_suffix(" |")?;
    while let Some(shorter) = inner.trim_end().strip_suffix(" |") {
        inner = shorter;
    }
    let inner = inner.trim();
    let bars = open.len() < line.len() || !inner.starts_with('|');
    (bars && !inner.is_empty() && !inner.contains(" | ")).then_some(inner)
}

/// A headline of another article datelined with its province, as boxes
/// of other articles print them ("Tỉnh A: Gặp mặt các cựu chiến binh"):
/// a province's name, a colon, then a capitalised headline with no full
/// stop. A list of figures by province runs on with a number ("Tỉnh A: 120
/// hộ …") and is none.
fn datelined_headline(line: &str) -> bool {
    // Asked of every paragraph: a look at its end turns away the
    // sentences before any search for the colon.
    if ends_sentence(line) {
        return false;
    }
    let Some((place, headline)) = line.split_once(": ") else {
        return false;
    };
    word_count(place) <= 4
        && word_count(headline) >= 4
        && headline.starts_with(char::is_uppercase)
        && crate::units::province(place).is_some()
}

/// Drops runs of two or more headlines of other articles inside the
/// article, in capitals ("ĐOÀN ĐBQH TỈNH A: …", "BÌNH DƯƠNG: …") or
/// datelined with their province ("Tỉnh A: Gặp mặt …"): a box of other
/// articles set between paragraphs. One line alone may be a section
/// heading of the article and stays. `captioned` indices follow the lines
/// that stay.
fn drop_caps_headlines(body: &mut Vec<String>, captioned: &mut Vec<usize>) {
    let caps = |l: &String| {
        !ends_sentence(l)
            && word_count(l) >= 6
            && l.chars().any(is_letter)
            && l.chars().filter(|&c| is_letter(c)).all(char::is_uppercase)
            || datelined_headline(l)
    };
    let mut gone = vec![false; body.len()];
    let mut k = 0;
    while k < body.len() {
        let run = body[k..].iter().take_while(|l| caps(l)).count();
        if run >= 2 && k > 0 {
            gone[k..k + run].iter_mut().for_each(|g| *g = true);
        }
        k += run.max(1);
    }
    if !gone.contains(&true) {
        return;
    }
    let kept: Vec<usize> = (0..body.len()).filter(|&k| !gone[k]).collect();
    *captioned = captioned
        .iter()
        .filter_map(|c| kept.iter().position(|k| k == c))
        .collect();
    let mut k = 0;
    body.retain(|_| {
        k += 1;
        !gone[k - 1]
    });
}

/// Appends `line`, joining it to the previous line when that one broke off
/// mid-sentence (ends with a comma, or this one starts in lower case).
/// `glued` is where the last paragraph took a finished line after its
/// comma: a photo's caption, when the next line goes on in lower case.
fn push_joined(body: &mut Vec<String>, line: &str, glued: &mut Option<usize>) {
    let first = body.len() == 1;
    let mark = glued.take();
    if let Some(prev) = body.last_mut() {
        // The summary printed again as the first paragraph is read once
        // (two photos may share a caption further down).
        if first && prev == line {
            return;
        }
        let lower_start = line.chars().next().is_some_and(char::is_lowercase);
        // "… đồng chí" + "Châu Văn A, Phó Bí thư …": the form of address
        // closing a line is never a paragraph's end; its name opens the next.
        if !lower_start && awaits_name(prev) || titles_after_dash(prev, line) {
            prev.push(' ');
            prev.push_str(line);
            return;
        }
        if !ends_sentence(prev) && (prev.ends_with(',') || lower_start) {
            let caption = !lower_start && ends_sentence(line) && word_count(line) <= 30;
            *glued = caption.then_some(prev.len() + 1);
            prev.push(' ');
            prev.push_str(line);
            return;
        }
        // "… đề nghị các xã," + "Quang cảnh hội nghị." + "tiếp tục …":
        // the caption comes out, the sentence closes around it.
        if let Some(at) = mark.filter(|&at| lower_start && at <= prev.len()) {
            let caption = prev.split_off(at);
            prev.push_str(line);
            body.push(caption);
            return;
        }
    }
    if let Some(broken) = split_by_caption(body, line) {
        broken.push(' ');
        broken.push_str(line);
        return;
    }
    body.push(line.to_string());
}

/// Whether `line` ends with a form of address that a name must follow
/// ("đồng chí", "đ/c", "ông", "bà"): a page's reflow may break the line
/// right before the name, which then opens in capitals.
fn awaits_name(line: &str) -> bool {
    let mut words = line.rsplit(' ');
    let last = words.next().unwrap_or_default();
    match last {
        "chí" => words.next().is_some_and(|w| w == "đồng" || w == "Đồng"),
        _ => matches!(last, "đ/c" | "Đ/c" | "ông" | "bà"),
    }
}

/// Whether `line` opens with a dash and an office ("- Phó Bí thư Đảng ủy,
/// Chủ tịch UBND phường …") right after `prev` closed on a name that a form
/// of address opened ("… và đồng chí Lê Văn A"): a caption the page broke
/// before the dash that gives the titles. A list item before it ("- Đồng
/// chí …") is a list, whose items each open with a dash.
fn titles_after_dash(prev: &str, line: &str) -> bool {
    let Some(rest) = line.strip_prefix(['-', '–']) else {
        return false;
    };
    if prev.starts_with(['-', '–']) {
        return false;
    }
    let words: Vec<&str> = prev.rsplit(' ').take(6).collect();
    let name = words
        .iter()
        .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    (2..=4).contains(&name)
        && words
            .get(name)
            .is_some_and(|w| matches!(*w, "chí" | "ông" | "bà"))
        && super::titles::title_span(&super::tokens::Tokens::new(rest.trim_start()), 0, true)
            .is_some()
}

/// The paragraph a photo's caption broke off mid-sentence, when `line`
/// goes on with it: "… đồng chí Bí thư Huyện ủy đề nghị các cấp," then
/// the caption "Quang cảnh hội nghị.", then "tiếp tục làm tốt …". The
/// caption is a short finished line; the paragraph before it is long and
/// unfinished.
fn split_by_caption<'b>(body: &'b mut [String], line: &str) -> Option<&'b mut String> {
    let [.., broken, caption] = body else {
        return None;
    };
    let shaped = line.starts_with(char::is_lowercase)
        && ends_sentence(caption)
        && caption.starts_with(char::is_uppercase)
        && word_count(caption) <= 30
        && !ends_sentence(broken)
        && word_count(broken) >= 12;
    shaped.then_some(broken)
}

#[cfg(test)]
mod tests;
