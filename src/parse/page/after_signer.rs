//! The teasers of other articles a page prints under the line that signs
//! its article, with no heading over them: another report's paragraph
//! (with its own day and its own officials) closed by that report's own
//! writer, or another report's headline over its lead. Nothing of an
//! article follows the name of its writer, so the block leaves the body
//! and the people named only there are not the report's. Reads lines only;
//! the tail (`tail.rs`) then takes the signing line as the byline.

use super::header::top_byline;
use super::tail::{comma_signature, is_byline, linked_headline, signature, writer_alone};
use super::{body_like, ends_sentence};
use crate::parse::text::{lower_same, word_count};

/// Most lines under the signing line that are read as teasers: a site's
/// block of related articles holds a few, each a lead and its writer or a
/// headline and its lead.
const MAX_TEASER_LINES: usize = 24;

/// Most words of a line that signs an article ("Tin, ảnh: Thu Hà - Trung
/// tâm Văn hóa, Thông tin và Thể thao huyện Yên Lập" has 17).
const MAX_SIGNING_WORDS: usize = 24;

/// Fewest and most words of a teaser's headline with no date after it.
const TEASER_HEADLINE_WORDS: std::ops::RangeInclusive<usize> = 4..=30;

/// `body` up to the line signing its article when what follows that line
/// is the teasers of other articles ("Thu Hà", then "Chiều 22/7, Phó Bí
/// thư Tỉnh ủy B làm việc với …", then "Minh Anh").
pub(super) fn drop_teasers_after_signer(mut body: Vec<String>) -> Vec<String> {
    if let Some(k) = signer_over_teasers(&body) {
        body.truncate(k + 1);
    }
    body
}

/// The index of the line that signs the article, under a closed paragraph
/// and over teasers; the first such line, for every line under it belongs
/// to the teasers. None when a name alone stood earlier in the body: a
/// series of profiles names each person on a line of its own over the
/// paragraphs about that person, and the last profile is no teaser.
fn signer_over_teasers(body: &[String]) -> Option<usize> {
    let from = body.len().saturating_sub(MAX_TEASER_LINES + 1).max(1);
    let k = (from..body.len().saturating_sub(2))
        .find(|&k| closes_paragraph(&body[k - 1]) && signs(&body[k]) && teasers(&body[k + 1..]))?;
    let named_alone = |l: &String| signs(l) || is_byline(l, &lower_same(l));
    (!body[..k].iter().any(named_alone)).then_some(k)
}

/// Whether `line` is a writer signing an article: a name alone ("Tố Uyên"),
/// with the organ the writer works for ("Thu Hà - Ban Dân vận Huyện ủy",
/// "Thu Hà, Đài Truyền thanh xã"), or after a label ("Tin, ảnh: Minh
/// Nguyên"), or the writer's initials in capitals ("XDĐ", "T.H"). A name
/// of words in capitals is left out: a heading in capitals ("KẾT QUẢ NỔI
/// BẬT") reads the same.
pub(super) fn signs(line: &str) -> bool {
    // A writer's line, with a label and an organ, runs to a dozen words or
    // so; most lines here are paragraphs, told at once by their length.
    if word_count(line) > MAX_SIGNING_WORDS {
        return false;
    }
    initials(line)
        || writer_alone(line)
        || signature(line)
        || comma_signature(line).is_some()
        || top_byline(line, &lower_same(line)).is_some()
}

/// Whether `line` is one word of two to six capitals, maybe parted by dots:
/// the initials a desk signs with. A heading runs to more words.
fn initials(line: &str) -> bool {
    let letters = line.chars().filter(|c| c.is_alphabetic()).count();
    (2..=6).contains(&letters)
        && line
            .chars()
            .all(|c| c == '.' || c.is_alphabetic() && c.is_uppercase())
}

/// Whether `line` is an article's paragraph ended by a sentence, not a
/// heading over a list ("Danh sách các đồng chí được khen thưởng:").
fn closes_paragraph(line: &str) -> bool {
    body_like(line) && !line.trim_end().ends_with(':')
}

/// Whether `lines`, under a signing line, are teasers of other articles:
/// a headline over a lead, or paragraphs each closed by a writer's line
/// ("Chiều 22/7, …", "Minh Anh", "Sáng 25/11, …", "BTNO"), the last of them
/// maybe cut off with no writer under it.
fn teasers(lines: &[String]) -> bool {
    if matches!(lines, [head, lead, ..] if teaser_headline(head) && body_like(lead)) {
        return true;
    }
    // A teaser's lead tells of its own day ("Chiều 22/7, …", "Ngày
    // 26.4, …"); a paragraph of the article signed below it ("Bà thành lập
    // tổ hợp tác …", then "Minh Khôi") need not.
    // A digest's next item, starred or bulleted, is the page's own news
    // ("* Từ nguồn quỹ …, sáng 13.2, …" under "K.A"): the digest is read
    // whole.
    if !lines
        .first()
        .is_some_and(|l| tells_a_day(l) && !digest_item(l))
    {
        return false;
    }
    let mut signed = 0;
    let mut paragraphs = 0;
    for line in lines {
        if body_like(line) {
            paragraphs += 1;
        } else if paragraphs > 0 && is_byline(line, &lower_same(line)) {
            signed += 1;
            paragraphs = 0;
        } else {
            return false;
        }
    }
    signed > 0
}

/// Whether `line` opens with a digest's mark: a star, a bullet or a dash,
/// then a space.
fn digest_item(line: &str) -> bool {
    ["* ", "• ", "+ ", "- ", "– "]
        .iter()
        .any(|mark| line.starts_with(mark))
}

/// Whether `line` is a teaser's headline: dated or bulleted as a link, or a
/// line of four to thirty words that ends no sentence and signs nothing.
fn teaser_headline(line: &str) -> bool {
    linked_headline(line)
        || (TEASER_HEADLINE_WORDS.contains(&word_count(line))
            && line.starts_with(char::is_uppercase)
            && !ends_sentence(line)
            && !is_byline(line, &lower_same(line)))
}

/// Whether `para` holds a day and a month written with figures ("22/7",
/// "26.4", "4-11", "15/10/2016"): one or two digits, a slash, a dot or a
/// dash, one or two digits, no digit after. "2.000" (a thousand) and
/// "2016-2021" (a span of years) are no day.
pub(super) fn tells_a_day(para: &str) -> bool {
    let b = para.as_bytes();
    let digits = |from: usize| b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    (1..b.len().saturating_sub(1)).any(|at| {
        if !matches!(b[at], b'/' | b'.' | b'-') || !b[at - 1].is_ascii_digit() {
            return false;
        }
        let day_len = b[..at]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_digit())
            .count();
        let month_len = digits(at + 1);
        let number = |s: &[u8]| s.iter().fold(0u32, |n, d| n * 10 + u32::from(d - b'0'));
        (1..=2).contains(&day_len)
            && (1..=2).contains(&month_len)
            && (1..=31).contains(&number(&b[at - day_len..at]))
            && (1..=12).contains(&number(&b[at + 1..at + 1 + month_len]))
    })
}
